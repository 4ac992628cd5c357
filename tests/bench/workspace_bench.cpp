// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite workspace with a campaign of 100,000 activities: storing them
// in one transaction (the CSV import's path) and loading them back (what
// every command and the GUI do first). Targets: add well under 1 s, load at
// most 300 ms, in a Release build.

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/bench/varied_activities.h"

namespace {

using namespace castnet::core;
namespace fs = std::filesystem;

constexpr int activityCount = 100'000;

class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "castnet-bench-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("cannot create a temporary folder");
        m_path = pattern;
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    std::string file(const std::string &name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

template<class T> T check(Result<T> result) {
    if (!result)
        throw std::runtime_error(result.error().message);
    return std::move(*result);
}

const std::vector<Activity> &sampleActivities() {
    static const std::vector<Activity> activities = castnet::bench::variedActivities(activityCount);
    return activities;
}

// A workspace holding one brand and one 260-week campaign.
CampaignId addEmptyCampaign(SqliteWorkspace &workspace) {
    Brand brand;
    brand.name = "Acme Coffee";
    Campaign campaign = defaultCampaign("Long plan", "2026-01-05");
    campaign.brandId = check(workspace.addBrand(brand)).id;
    campaign.weeks = Campaign::maxWeeks;
    return check(workspace.addCampaign(campaign)).id;
}

void BM_AddActivities100k(benchmark::State &state) {
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<TempDir>();
        auto workspace = check(SqliteWorkspace::open(dir->file("castnet.db"),
                                                     SqliteWorkspace::OpenMode::CreateIfMissing));
        const CampaignId campaign = addEmptyCampaign(*workspace);
        std::vector<Activity> batch = sampleActivities();
        state.ResumeTiming();

        auto added = check(workspace->addActivities(campaign, std::move(batch)));
        benchmark::DoNotOptimize(added.data());

        state.PauseTiming();
        workspace.reset(); // the checkpoint on close is not part of the add
        dir.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * activityCount);
}
BENCHMARK(BM_AddActivities100k)->Unit(benchmark::kMillisecond)->Iterations(5);

// The same add followed by closing the file, which folds the WAL back into
// it: what a headless import costs end to end on the storage side.
void BM_AddActivities100kAndClose(benchmark::State &state) {
    for (auto _ : state) {
        state.PauseTiming();
        auto dir = std::make_unique<TempDir>();
        auto workspace = check(SqliteWorkspace::open(dir->file("castnet.db"),
                                                     SqliteWorkspace::OpenMode::CreateIfMissing));
        const CampaignId campaign = addEmptyCampaign(*workspace);
        std::vector<Activity> batch = sampleActivities();
        state.ResumeTiming();

        benchmark::DoNotOptimize(check(workspace->addActivities(campaign, std::move(batch))));
        workspace.reset();

        state.PauseTiming();
        dir.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_AddActivities100kAndClose)->Unit(benchmark::kMillisecond)->Iterations(5);

// A file with a 100,000-activity campaign, written once for the load
// benchmarks.
struct LoadedFile {
    TempDir dir;
    std::string path = dir.file("castnet.db");
    CampaignId campaign;

    LoadedFile() {
        auto workspace =
            check(SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::CreateIfMissing));
        campaign = addEmptyCampaign(*workspace);
        check(workspace->addActivities(campaign, sampleActivities()));
    }
};

LoadedFile &loadedFile() {
    static LoadedFile file;
    return file;
}

void BM_LoadCampaign100k(benchmark::State &state) {
    LoadedFile &file = loadedFile();
    auto workspace = check(SqliteWorkspace::open(file.path, SqliteWorkspace::OpenMode::MustExist));
    for (auto _ : state) {
        auto activities = check(workspace->activities(file.campaign));
        if (activities.size() != activityCount)
            state.SkipWithError("wrong number of activities");
        benchmark::DoNotOptimize(activities.data());
    }
    state.SetItemsProcessed(state.iterations() * activityCount);
}
BENCHMARK(BM_LoadCampaign100k)->Unit(benchmark::kMillisecond);

// Opening the file alone: every check a file gets before a command may use
// it, on 100,000 activities.
void BM_Open100k(benchmark::State &state) {
    LoadedFile &file = loadedFile();
    for (auto _ : state) {
        auto workspace =
            check(SqliteWorkspace::open(file.path, SqliteWorkspace::OpenMode::MustExist));
        benchmark::DoNotOptimize(workspace.get());
    }
}
BENCHMARK(BM_Open100k)->Unit(benchmark::kMillisecond);

// Opening the file (checks and PRAGMA quick_check included) and loading the
// campaign: the start of every command.
void BM_OpenAndLoadCampaign100k(benchmark::State &state) {
    LoadedFile &file = loadedFile();
    for (auto _ : state) {
        auto workspace =
            check(SqliteWorkspace::open(file.path, SqliteWorkspace::OpenMode::MustExist));
        auto activities = check(workspace->activities(file.campaign));
        benchmark::DoNotOptimize(activities.data());
    }
}
BENCHMARK(BM_OpenAndLoadCampaign100k)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
