// SPDX-License-Identifier: GPL-3.0-or-later
// optimize() on a campaign of 200 activities over 52 weeks with a 100 h
// capacity and a budget holding in every week, on the 0.25 h grid: the
// target is 1 s on one core in a Release build with a proven gap of at most
// 0.1 % (the counter "gap_percent"). And 40 activities proven optimal
// (the counter "proven" is 1): the target is 2 s. 5,000 activities with a
// binding budget: 1 s. 100,000 activities over 260 weeks: at most 400 MB.
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "tests/bench/optimizer_plan.h"

#include "core/optimizer/optimizer.h"

namespace {

using namespace castnet::core;
using castnet::bench::benchCampaign;
using castnet::bench::benchPlan;

void BM_Optimize200WithBudget(benchmark::State &state) {
    const Campaign campaign = benchCampaign();
    const std::vector<Activity> activities = benchPlan(200, campaign.weeks);
    // 40 % of what the best mix without a budget spends: the budget binds.
    const auto unlimited = optimize(campaign, activities, {});
    OptimizeRequest request;
    request.budget = 0.4 * unlimited->weeklyCost;
    double gap = 0.0;
    for (auto _ : state) {
        auto result = optimize(campaign, activities, request);
        benchmark::DoNotOptimize(result->totalReturn);
        if (result->totalReturn >= unlimited->totalReturn)
            state.SkipWithError("the budget did not bind");
        gap = result->gapBound;
    }
    state.counters["gap_percent"] = gap * 100.0;
}
BENCHMARK(BM_Optimize200WithBudget)->Unit(benchmark::kMillisecond);

void BM_Optimize200WithoutBudget(benchmark::State &state) {
    const Campaign campaign = benchCampaign();
    const std::vector<Activity> activities = benchPlan(200, campaign.weeks);
    for (auto _ : state) {
        auto result = optimize(campaign, activities, {});
        benchmark::DoNotOptimize(result->totalReturn);
    }
}
BENCHMARK(BM_Optimize200WithoutBudget)->Unit(benchmark::kMillisecond);

void BM_Optimize40Exactly(benchmark::State &state) {
    Campaign campaign = benchCampaign();
    campaign.capacityHoursPerWeek = 30.0;
    const std::vector<Activity> activities = benchPlan(40, campaign.weeks);
    const auto unlimited = optimize(campaign, activities, {});
    OptimizeRequest request;
    request.budget = 0.4 * unlimited->weeklyCost;
    double proven = 0.0;
    for (auto _ : state) {
        auto result = optimize(campaign, activities, request);
        benchmark::DoNotOptimize(result->totalReturn);
        proven = result->provenOptimal ? 1.0 : 0.0;
    }
    state.counters["proven"] = proven;
}
BENCHMARK(BM_Optimize40Exactly)->Unit(benchmark::kMillisecond);

void BM_Optimize5000WithBindingBudget(benchmark::State &state) {
    const Campaign campaign = benchCampaign();
    const std::vector<Activity> activities = benchPlan(5000, campaign.weeks);
    const auto unlimited = optimize(campaign, activities, {});
    OptimizeRequest request;
    request.budget = 0.4 * unlimited->weeklyCost;
    double gap = 0.0;
    for (auto _ : state) {
        auto result = optimize(campaign, activities, request);
        benchmark::DoNotOptimize(result->totalReturn);
        if (result->totalReturn >= unlimited->totalReturn)
            state.SkipWithError("the budget did not bind");
        gap = result->gapBound;
    }
    state.counters["gap_percent"] = gap * 100.0;
}
BENCHMARK(BM_Optimize5000WithBindingBudget)->Unit(benchmark::kMillisecond);

// The peak resident memory of the process so far, in MB (Linux: VmHWM).
double peakResidentMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    }
    return 0.0;
}

// 100,000 activities over 260 weeks, with a budget: the counter
// "peak_rss_mb" is the process's peak, the plan itself included; the
// target is 400 MB.
void BM_Optimize100kBy260Memory(benchmark::State &state) {
    Campaign campaign = benchCampaign();
    campaign.weeks = 260;
    campaign.capacityHoursPerWeek = 2000.0;
    const std::vector<Activity> activities = benchPlan(100000, campaign.weeks);
    OptimizeRequest request;
    request.budget = 200000.0;
    for (auto _ : state) {
        auto result = optimize(campaign, activities, request);
        benchmark::DoNotOptimize(result->totalReturn);
        state.counters["gap_percent"] = result->gapBound * 100.0;
    }
    state.counters["peak_rss_mb"] = peakResidentMegabytes();
}
BENCHMARK(BM_Optimize100kBy260Memory)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
