// SPDX-License-Identifier: GPL-3.0-or-later
// calibrateCampaign() on 1,000 activities with 52 weeks of results each and
// 200 bootstrap refits per activity; every activity fits R, θ and γ. The
// target is 10 s on two cores in a Release build.
#include <cmath>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/actuals/calibration.h"

namespace {

using namespace castnet::core;

// Both tracks at their default shapes (1 and 1.5) and a tenth with an own
// shape of 2.5, so the general pow() path is measured too; output varies
// from week to week as real posting does.
std::vector<CalibrationInput> activities(int count, int weeks) {
    castnet::bench::Sequence random(20261204);
    std::vector<CalibrationInput> inputs(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        CalibrationInput &input = inputs[static_cast<std::size_t>(i)];
        input.id = ActivityId{i + 1};
        input.track = i % 3 == 0 ? Track::Networking : Track::Media;
        input.start = trackDefaults(input.track);
        if (i % 10 == 0)
            input.start.shape = 2.5;
        ResolvedResponse truth = input.start;
        truth.maxWeeklyReturn = 20.0 + 200.0 * random.next();
        truth.carryover = 0.9 * random.next();
        truth.halfSaturationHours = 1.0 + 15.0 * random.next();
        input.campaignWeeks = 2 * weeks;
        input.plan = {5.0, weeks + 1, 2 * weeks};
        double adstock = 0.0;
        for (int t = 0; t < weeks; ++t) {
            const double output = 1.0 + 19.0 * random.next();
            adstock = nextAdstock(truth.carryover, adstock, output);
            const double noise = 0.1 * truth.maxWeeklyReturn * (random.next() - 0.5);
            input.actualOutput.push_back(output);
            input.results.push_back(std::max(0.0, weeklyReturn(truth, adstock) + noise));
        }
    }
    return inputs;
}

void BM_CalibrateCampaign(benchmark::State &state) {
    const std::vector<CalibrationInput> inputs =
        activities(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    std::vector<std::string> uids;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        uids.push_back("activity-" + std::to_string(i));
    CalibrationOptions options;
    options.bootstrapRefits = static_cast<int>(state.range(2));
    for (auto _ : state) {
        CampaignCalibration calibration = calibrateCampaign(inputs, uids, options);
        benchmark::DoNotOptimize(calibration);
    }
}
BENCHMARK(BM_CalibrateCampaign)
    ->Args({1000, 52, 200})
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->Iterations(1);

} // namespace

BENCHMARK_MAIN();
