// SPDX-License-Identifier: GPL-3.0-or-later
// compare() of 4 scenarios on a campaign of 1,000 activities over 52 weeks.
// The target is 20 ms on one core in a Release build.
#include <cstdint>
#include <vector>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/analysis/comparison.h"

namespace {

using namespace castnet::core;

std::vector<Activity> benchPlan(int count, int weeks) {
    castnet::bench::Sequence random(20240918);
    std::vector<Activity> activities(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Activity &a = activities[static_cast<std::size_t>(i)];
        a.id = ActivityId{i + 1};
        a.channel = "Channel " + std::to_string(i % 40);
        a.title = "Activity " + std::to_string(i + 1);
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

// The plan and three variants: every activity halved, every third dropped,
// the media doubled.
std::vector<Scenario> fourScenarios(const std::vector<Activity> &activities) {
    std::vector<Scenario> scenarios(4);
    scenarios[0].name = Scenario::planName;
    scenarios[1].name = "Half";
    scenarios[2].name = "Fewer";
    scenarios[3].name = "Loud";
    for (const Activity &a : activities) {
        const double hours = a.cadencePerWeek * a.hoursPerOccurrence;
        scenarios[1].allocations.push_back({a.id, hours / 2.0});
        if (a.id.value() % 3 == 0)
            scenarios[2].allocations.push_back({a.id, 0.0});
        if (a.interaction == Interaction::Broadcast)
            scenarios[3].allocations.push_back({a.id, hours * 2.0});
    }
    return scenarios;
}

void BM_Compare4Scenarios1000(benchmark::State &state) {
    Campaign campaign;
    campaign.weeks = 52;
    const std::vector<Activity> activities = benchPlan(1'000, campaign.weeks);
    const std::vector<Scenario> scenarios = fourScenarios(activities);
    for (auto _ : state) {
        auto comparison = compare(campaign, activities, scenarios);
        benchmark::DoNotOptimize(comparison->columns.back().figures.total.returns);
    }
}
BENCHMARK(BM_Compare4Scenarios1000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
