// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace on a PostgreSQL server (DESIGN §15) against the workspace
// file, over the Unix socket of a server the program starts itself
// (tests/support/postgres_server.h; fsync is off there, as in the tests).
// Targets (issue "The team's workspace"): load 100,000 activities within 2×
// the file's figure, import 100,000 within 3 s, an edit seen by a second
// client within 20 ms (median).

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/storage/postgres/postgres_workspace.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/bench/varied_activities.h"
#include "tests/support/postgres_server.h"

namespace {

using namespace castnet::core;
using castnet::core::testing::PostgresServer;
namespace fs = std::filesystem;

constexpr int activityCount = 100'000;

template<class T> T check(Result<T> result) {
    if (!result)
        throw std::runtime_error(result.error().message);
    return std::move(*result);
}

void check(Result<void> result) {
    if (!result)
        throw std::runtime_error(result.error().message);
}

const std::vector<Activity> &sampleActivities() {
    static const std::vector<Activity> activities = castnet::bench::variedActivities(activityCount);
    return activities;
}

PostgresServer &server() {
    static PostgresServer instance;
    return instance;
}

CampaignId addEmptyCampaign(Workspace &workspace, const std::string &name) {
    auto brand = check(workspace.findBrand("Acme Coffee"));
    if (!brand) {
        Brand added;
        added.name = "Acme Coffee";
        brand = check(workspace.addBrand(added));
    }
    Campaign campaign = defaultCampaign(name, "2026-01-05");
    campaign.brandId = brand->id;
    campaign.weeks = Campaign::maxWeeks;
    return check(workspace.addCampaign(campaign)).id;
}

struct LoadedServer {
    std::string uri;
    CampaignId campaign;
    LoadedServer() {
        uri = server().uri(server().createWorkspaceDatabase(), PostgresServer::editor);
        auto workspace = check(PostgresWorkspace::open(uri));
        campaign = addEmptyCampaign(*workspace, "Long plan");
        check(workspace->addActivities(campaign, sampleActivities()));
    }
};

LoadedServer &loadedServer() {
    static LoadedServer loaded;
    return loaded;
}

struct LoadedFile {
    std::string folder;
    std::string path;
    CampaignId campaign;
    LoadedFile() {
        std::string pattern = (fs::temp_directory_path() / "castnet-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("cannot create a temporary folder");
        folder = pattern;
        path = folder + "/castnet.db";
        auto workspace =
            check(SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::CreateIfMissing));
        campaign = addEmptyCampaign(*workspace, "Long plan");
        check(workspace->addActivities(campaign, sampleActivities()));
    }
    ~LoadedFile() {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
};

LoadedFile &loadedFile() {
    static LoadedFile file;
    return file;
}

void BM_ServerLoadCampaign100k(benchmark::State &state) {
    LoadedServer &loaded = loadedServer();
    auto workspace = check(PostgresWorkspace::open(loaded.uri));
    for (auto _ : state) {
        auto activities = check(workspace->activities(loaded.campaign));
        if (activities.size() != activityCount)
            state.SkipWithError("wrong number of activities");
        benchmark::DoNotOptimize(activities.data());
    }
    state.SetItemsProcessed(state.iterations() * activityCount);
}
BENCHMARK(BM_ServerLoadCampaign100k)->Unit(benchmark::kMillisecond);

// The file's figure, measured in the same run for the ratio.
void BM_FileLoadCampaign100k(benchmark::State &state) {
    LoadedFile &file = loadedFile();
    auto workspace = check(SqliteWorkspace::open(file.path, SqliteWorkspace::OpenMode::MustExist));
    for (auto _ : state) {
        auto activities = check(workspace->activities(file.campaign));
        benchmark::DoNotOptimize(activities.data());
    }
    state.SetItemsProcessed(state.iterations() * activityCount);
}
BENCHMARK(BM_FileLoadCampaign100k)->Unit(benchmark::kMillisecond);

// Storing 100,000 activities in a new campaign: one COPY in one
// transaction.
void BM_ServerImport100k(benchmark::State &state) {
    const std::string uri =
        server().uri(server().createWorkspaceDatabase(), PostgresServer::editor);
    auto workspace = check(PostgresWorkspace::open(uri));
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const CampaignId campaign =
            addEmptyCampaign(*workspace, "Import " + std::to_string(++round));
        std::vector<Activity> batch = sampleActivities();
        state.ResumeTiming();
        benchmark::DoNotOptimize(check(workspace->addActivities(campaign, std::move(batch))));
    }
    state.SetItemsProcessed(state.iterations() * activityCount);
}
BENCHMARK(BM_ServerImport100k)->Unit(benchmark::kMillisecond)->Iterations(3);

// One cell edit by client A (a change of the revision it read) until client
// B, waiting on its socket, has the notification.
void BM_EditSeenByAnotherClient(benchmark::State &state) {
    const std::string database = server().createWorkspaceDatabase();
    auto a = check(PostgresWorkspace::open(server().uri(database, PostgresServer::editor)));
    auto b = check(PostgresWorkspace::open(server().uri(database, PostgresServer::viewer)));
    check(b->listenForChanges());
    const CampaignId campaign = addEmptyCampaign(*a, "Edits");
    std::vector<Activity> rows(sampleActivities().begin(), sampleActivities().begin() + 1000);
    Activity edited = check(a->addActivities(campaign, rows))[500];
    while (!check(b->waitForChanges(std::chrono::milliseconds(200))).empty()) {
    }
    std::vector<double> milliseconds;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        edited.cadencePerWeek = edited.cadencePerWeek >= 999 ? 1 : edited.cadencePerWeek + 1;
        edited = check(a->changeActivity(edited));
        bool seen = false;
        while (!seen) {
            const auto changes = check(b->waitForChanges(std::chrono::milliseconds(1000)));
            for (const WorkspaceChange &change : changes)
                seen = seen || change.table == "activity";
        }
        milliseconds.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    state.counters["median_ms"] = milliseconds[milliseconds.size() / 2];
}
BENCHMARK(BM_EditSeenByAnotherClient)->Unit(benchmark::kMillisecond)->Iterations(200);

} // namespace

BENCHMARK_MAIN();
