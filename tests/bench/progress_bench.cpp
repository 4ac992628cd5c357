// SPDX-License-Identifier: GPL-3.0-or-later
// progress() on 10,000 activities over a 104-week campaign, against a
// baseline of the same plan, with actuals for every activity up to the as-of
// week (52: half-way, and 104: the whole campaign). The target is 50 ms.
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/actuals/progress.h"

namespace {

using namespace castnet::core;

CampaignSnapshot largePlan(int count, int weeks) {
    castnet::bench::Sequence random(20261205);
    CampaignSnapshot plan;
    plan.campaign.weeks = weeks;
    plan.campaign.capacityHoursPerWeek = 4000.0;
    plan.activities.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        Activity &a = plan.activities[static_cast<std::size_t>(i)];
        a.id = ActivityId{i + 1};
        a.title = "Activity " + std::to_string(i);
        a.interaction = static_cast<Interaction>(random.below(3));
        a.format = static_cast<Format>(random.below(17));
        a.goal = static_cast<Goal>(random.below(7));
        a.automated = random.next() < 0.33;
        a.cadencePerWeek = 0.5 + 4.5 * random.next();
        a.hoursPerOccurrence = 0.25 + 3.75 * random.next();
        a.costPerOccurrence = Cents{static_cast<std::int64_t>(5000 * random.next())};
        a.startWeek = 1 + random.below(weeks / 4);
        a.endWeek = weeks - random.below(weeks / 4);
    }
    return plan;
}

std::vector<Actual> actualsUpTo(const CampaignSnapshot &plan, int asOf) {
    castnet::bench::Sequence random(7);
    std::vector<Actual> actuals;
    actuals.reserve(plan.activities.size() * static_cast<std::size_t>(asOf));
    for (const Activity &activity : plan.activities) {
        for (int week = 1; week <= asOf; ++week) {
            Actual actual;
            actual.activityId = activity.id;
            actual.week = week;
            actual.hours = 4.0 * random.next();
            actual.cost = Cents{static_cast<std::int64_t>(10000 * random.next())};
            if (random.next() < 0.7)
                actual.result = 50.0 * random.next();
            actuals.push_back(actual);
        }
    }
    return actuals;
}

void BM_Progress(benchmark::State &state) {
    const CampaignSnapshot plan = largePlan(static_cast<int>(state.range(0)), 104);
    const std::vector<Actual> actuals = actualsUpTo(plan, static_cast<int>(state.range(1)));
    for (auto _ : state) {
        Progress result = progress(plan, plan, actuals);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_Progress)->Args({10000, 52})->Args({10000, 104})->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
