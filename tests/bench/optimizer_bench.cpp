// SPDX-License-Identifier: GPL-3.0-or-later
// optimize() on a campaign of 200 activities over 52 weeks with a 100 h
// capacity and a budget holding in every week, on the 0.25 h grid: the
// target is 1 s on one core in a Release build with a proven gap of at most
// 0.1 % (the counter "gap_percent"). And 40 activities proven optimal
// (the counter "proven" is 1): the target is 2 s.
#include <cstdint>
#include <vector>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/optimizer/optimizer.h"

namespace {

using namespace castnet::core;

Campaign benchCampaign() {
    Campaign campaign;
    campaign.name = "Benchmark";
    campaign.weeks = 52;
    campaign.capacityHoursPerWeek = 100.0;
    campaign.budgetPerWeek.reset();
    return campaign;
}

// Both tracks, a third automated, a third with their own (often S-shaped)
// response; most activities cost money, some are free. The plan asks for far
// more hours than the capacity, so the capacity binds.
std::vector<Activity> benchPlan(int count, int weeks) {
    castnet::bench::Sequence random(20240917);
    std::vector<Activity> activities(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Activity &a = activities[static_cast<std::size_t>(i)];
        a.id = ActivityId{i + 1};
        a.channel = "Channel " + std::to_string(i % 25);
        a.title = "Activity " + std::to_string(i + 1);
        a.interaction = static_cast<Interaction>(random.below(3));
        a.format = static_cast<Format>(random.below(17));
        a.goal = static_cast<Goal>(random.below(7));
        a.automated = random.next() < 0.33;
        a.cadencePerWeek = 0.5 + 2.5 * random.next();
        a.hoursPerOccurrence = 0.25 + 1.75 * random.next();
        a.setupHours = random.below(4) * 2.0;
        a.costPerOccurrence = Cents(random.next() < 0.2 ? 0 : random.below(20000));
        a.startWeek = 1 + random.below(weeks / 2);
        a.endWeek = a.startWeek + random.below(weeks - a.startWeek + 1);
        if (random.next() < 0.33) {
            a.response.maxWeeklyReturn = 50.0 + 100.0 * random.next();
            a.response.halfSaturationHours = 1.0 + 5.0 * random.next();
            a.response.shape = 0.5 + 2.5 * random.next();
            a.response.carryover = 0.9 * random.next();
        }
    }
    return activities;
}

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

} // namespace

BENCHMARK_MAIN();
