// SPDX-License-Identifier: GPL-3.0-or-later
// project() on a large campaign: 10,000 activities over 104 weeks, marginal
// returns included. The target is 20 ms on one core in a Release build.
#include <cstdint>
#include <vector>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/analysis/projection.h"

namespace {

using namespace castnet::core;

Campaign largeCampaign() {
    Campaign campaign;
    campaign.weeks = 104;
    campaign.capacityHoursPerWeek = 4000.0;
    return campaign;
}

// A mix like a real plan: both tracks, a third automated, two thirds on the
// track defaults and the rest with their own parameters (any shape, so the
// general pow() path is measured too).
std::vector<Activity> largePlan(int count, int weeks) {
    castnet::bench::Sequence random(20240601);
    std::vector<Activity> activities(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Activity &a = activities[static_cast<std::size_t>(i)];
        a.id = ActivityId{i + 1};
        a.channel = "Channel " + std::to_string(i % 40);
        a.title = "Activity";
        a.interaction = static_cast<Interaction>(random.below(3));
        a.format = static_cast<Format>(random.below(17));
        a.goal = static_cast<Goal>(random.below(7));
        a.automated = random.next() < 0.33;
        a.cadencePerWeek = 0.5 + 4.5 * random.next();
        a.hoursPerOccurrence = 0.25 + 3.75 * random.next();
        a.setupHours = random.below(4) * 2.0;
        a.costPerOccurrence = Cents(random.below(20000));
        a.startWeek = 1 + random.below(weeks);
        a.endWeek = a.startWeek + random.below(weeks - a.startWeek + 1);
        if (random.next() < 0.33) {
            a.response.maxWeeklyReturn = 50.0 + 100.0 * random.next();
            a.response.halfSaturationHours = 1.0 + 8.0 * random.next();
            a.response.shape = 0.5 + 2.5 * random.next();
            a.response.carryover = 0.9 * random.next();
        }
    }
    return activities;
}

void BM_Project10kActivities104Weeks(benchmark::State &state) {
    const Campaign campaign = largeCampaign();
    const std::vector<Activity> activities = largePlan(10'000, campaign.weeks);
    for (auto _ : state) {
        Projection projection = project(campaign, activities);
        benchmark::DoNotOptimize(projection.totalReturn);
    }
    state.SetItemsProcessed(state.iterations() * 10'000 * 104);
}
BENCHMARK(BM_Project10kActivities104Weeks)->Unit(benchmark::kMillisecond);

void BM_Project10kActivities104WeeksWithoutMarginal(benchmark::State &state) {
    const Campaign campaign = largeCampaign();
    const std::vector<Activity> activities = largePlan(10'000, campaign.weeks);
    for (auto _ : state) {
        Projection projection = project(campaign, activities, {.marginalReturns = false});
        benchmark::DoNotOptimize(projection.totalReturn);
    }
    state.SetItemsProcessed(state.iterations() * 10'000 * 104);
}
BENCHMARK(BM_Project10kActivities104WeeksWithoutMarginal)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
