// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a 100,000-row activity CSV. The target for the full import into
// a new campaign (read, parse, validate, store in one transaction) is 1.5 s
// in a Release build; BM_ParseCsv100k shows the part spent before storage.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <benchmark/benchmark.h>

#include "core/exchange/activity_csv.h"
#include "core/exchange/campaign_import.h"
#include "core/storage/sqlite/sqlite_workspace.h"

namespace {

using namespace castnet::core;
namespace fs = std::filesystem;

constexpr int rowCount = 100'000;

// A deterministic plan so that every run reads the same bytes.
std::string largeCsv() {
    static const char *const channels[] = {
        "Instagram",          "LinkedIn group", "Meetup",  "Newsletter",
        "Reddit r/marketing", "YouTube",        "Podcast", "Blog"};
    static const char *const formats[] = {"video",    "thread_reply", "event",   "newsletter",
                                          "question", "live_stream",  "podcast", "article"};
    static const char *const interactions[] = {"broadcast", "community", "dialogue"};
    static const char *const goals[] = {"awareness", "relationships", "leads", "feedback"};

    Activity a;
    std::vector<Activity> activities;
    activities.reserve(rowCount);
    std::uint64_t state = 20240601;
    const auto next = [&state](int below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(below));
    };
    for (int i = 0; i < rowCount; ++i) {
        a.channel = channels[next(8)];
        a.title = "Activity " + std::to_string(i) + ", “weekly” café";
        a.format = *parseEnum<Format>(formats[next(8)]);
        a.interaction = *parseEnum<Interaction>(interactions[next(3)]);
        a.goal = *parseEnum<Goal>(goals[next(4)]);
        a.automated = next(2) == 1;
        a.cadencePerWeek = 0.25 * (1 + next(16));
        a.hoursPerOccurrence = 0.5 * (1 + next(10));
        a.setupHours = next(20);
        a.costPerOccurrence = Cents(next(100'000));
        a.startWeek = 1 + next(26);
        a.endWeek = a.startWeek + next(26);
        a.response = {};
        if (next(4) == 0)
            a.response.carryover = 0.05 * next(19);
        a.notes = next(3) == 0 ? "Follow up with the \"community\" team" : "";
        activities.push_back(a);
    }
    return writeActivityCsv(activities);
}

Campaign benchCampaign() {
    Campaign campaign = defaultCampaign("Benchmark", "2026-01-05");
    campaign.id = CampaignId{1};
    return campaign;
}

void BM_ParseCsv100k(benchmark::State &state) {
    const std::string csv = largeCsv();
    const Campaign campaign = benchCampaign();
    for (auto _ : state) {
        auto activities = readActivityCsv(csv, campaign);
        if (!activities || activities->size() != rowCount)
            state.SkipWithError("the CSV did not parse");
        benchmark::DoNotOptimize(activities);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(csv.size()));
    state.SetItemsProcessed(state.iterations() * rowCount);
}
BENCHMARK(BM_ParseCsv100k)->Unit(benchmark::kMillisecond);

void BM_ImportCsv100k(benchmark::State &state) {
    const fs::path dir =
        fs::temp_directory_path() / ("castnet-import-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path csvPath = dir / "activities.csv";
    std::ofstream(csvPath, std::ios::binary) << largeCsv();
    const fs::path dbPath = dir / "bench.db";
    std::string failure; // outlives the loop: SkipWithError() may keep the pointer

    for (auto _ : state) {
        state.PauseTiming();
        fs::remove(dbPath);
        fs::remove(dbPath.string() + "-wal");
        fs::remove(dbPath.string() + "-shm");
        auto workspace =
            SqliteWorkspace::open(dbPath.string(), SqliteWorkspace::OpenMode::CreateIfMissing);
        if (!workspace) {
            failure = workspace.error().message;
            state.SkipWithError(failure.c_str());
            break;
        }
        state.ResumeTiming();

        auto result =
            importCampaignFile(**workspace, {"Benchmark brand", "Benchmark", 52, csvPath.string()});
        if (!result || result->activitiesAdded != rowCount) {
            failure = result ? std::string("rows were lost") : result.error().message;
            state.SkipWithError(failure.c_str());
            break;
        }

        state.PauseTiming();
        workspace->reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rowCount);
    fs::remove_all(dir);
}
BENCHMARK(BM_ImportCsv100k)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

BENCHMARK_MAIN();
