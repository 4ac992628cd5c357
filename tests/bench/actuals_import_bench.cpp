// SPDX-License-Identifier: GPL-3.0-or-later
// Importing 100,000 actuals rows (500 activities × 200 weeks) into a
// campaign: read the file, parse and add up, check, store in one
// transaction. The target is 1.5 s in a Release build; BM_ParseActuals100k
// shows the part spent before storage.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include <benchmark/benchmark.h>

#include "core/actuals/actuals_csv.h"
#include "core/exchange/file_io.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/support/sample_records.h"

namespace {

using namespace castnet::core;
namespace fs = std::filesystem;

constexpr int activityCount = 500;
constexpr int weekCount = 200;

struct Fixture {
    fs::path dir;
    fs::path base; // the workspace with the plan and no actuals
    fs::path csv;
    Campaign campaign;
    std::vector<Activity> activities;
};

// A deterministic file: every activity, every week, with a result in two
// weeks of three; half the rows name the activity by channel and title.
std::string actualsCsv(const std::vector<Activity> &activities) {
    std::string csv = "activity_id,channel,title,week,hours,cost,result,note\n";
    for (const Activity &a : activities) {
        const bool byName = a.id.value() % 2 == 0;
        for (int week = 1; week <= weekCount; ++week) {
            csv += byName ? std::string(",") + a.channel + "," + a.title
                          : std::to_string(a.id.value()) + ",,";
            csv += "," + std::to_string(week) + "," + std::to_string(week % 7) + ".5," +
                   std::to_string(week % 50) + ".25," +
                   (week % 3 == 0 ? std::string() : std::to_string(week % 40)) +
                   (week % 10 == 0 ? ",posted twice\n" : ",\n");
        }
    }
    return csv;
}

const Fixture &fixture() {
    static const Fixture made = [] {
        Fixture f;
        f.dir = fs::temp_directory_path() / ("castnet-actuals-bench-" + std::to_string(::getpid()));
        fs::create_directories(f.dir);
        f.base = f.dir / "base.db";
        auto workspace =
            SqliteWorkspace::open(f.base.string(), SqliteWorkspace::OpenMode::CreateIfMissing);
        const Brand brand = *(*workspace)->addBrand(testing::makeBrand("Bench"));
        Campaign campaign = testing::makeCampaign(brand.id, "Bench");
        campaign.weeks = weekCount;
        f.campaign = *(*workspace)->addCampaign(campaign);
        std::vector<Activity> activities;
        for (int i = 0; i < activityCount; ++i)
            activities.push_back(
                testing::makeActivity("Activity " + std::to_string(i), 1, weekCount));
        f.activities = *(*workspace)->addActivities(f.campaign.id, std::move(activities));
        workspace->reset();
        f.csv = f.dir / "actuals.csv";
        std::ofstream(f.csv, std::ios::binary) << actualsCsv(f.activities);
        return f;
    }();
    return made;
}

void BM_ParseActuals100k(benchmark::State &state) {
    const Fixture &f = fixture();
    const std::string text = *readFile(f.csv.string());
    for (auto _ : state) {
        auto actuals = readActualsCsv(text, f.campaign, f.activities);
        if (!actuals || actuals->size() != activityCount * weekCount)
            state.SkipWithError("the CSV did not parse");
        benchmark::DoNotOptimize(actuals);
    }
    state.SetItemsProcessed(state.iterations() * activityCount * weekCount);
}
BENCHMARK(BM_ParseActuals100k)->Unit(benchmark::kMillisecond);

// What `castnet actuals import` does after opening the workspace.
void BM_ImportActuals100k(benchmark::State &state) {
    const Fixture &f = fixture();
    const fs::path work = f.dir / "work.db";
    for (auto _ : state) {
        state.PauseTiming();
        fs::copy_file(f.base, work, fs::copy_options::overwrite_existing);
        auto workspace = SqliteWorkspace::open(work.string(), SqliteWorkspace::OpenMode::MustExist);
        state.ResumeTiming();
        const std::string text = *readFile(f.csv.string());
        auto activities = (*workspace)->activities(f.campaign.id);
        auto actuals = readActualsCsv(text, f.campaign, *activities);
        auto stored = actuals ? (*workspace)->storeActuals(f.campaign.id, *actuals)
                              : Result<ActualsStored>(tl::unexpected(actuals.error()));
        if (!stored || stored->addedWeeks != activityCount * weekCount) {
            state.SkipWithError(stored ? "not every week was added"
                                       : stored.error().message.c_str());
            break;
        }
        state.PauseTiming();
        workspace->reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * activityCount * weekCount);
}
BENCHMARK(BM_ImportActuals100k)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
