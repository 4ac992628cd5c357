// SPDX-License-Identifier: GPL-3.0-or-later
// Castnet's optimizer against a local solver, side by side on one
// 50-activity campaign over 52 weeks with a binding budget: NLopt SLSQP (the
// method of the MMM allocators) started from the plan, the best of SLSQP
// from 20 random starts, and `--step 0` (SLSQP polishing Castnet's grid
// optimum). The counters are returns relative to Castnet's grid optimum:
// "plan_ratio", "random_ratio", "polish_ratio", and "feasible_random" how
// many of the 20 random starts ended within every constraint.
#include <algorithm>
#include <vector>

#include <benchmark/benchmark.h>

#include "tests/bench/optimizer_plan.h"

#include "core/analysis/projection.h"
#include "core/optimizer/optimizer.h"

namespace {

using namespace castnet::core;
using castnet::bench::benchCampaign;
using castnet::bench::benchPlan;
using castnet::bench::Sequence;

struct Case {
    Campaign campaign;
    std::vector<Activity> activities;
    OptimizeRequest request;
};

Case fiftyActivities() {
    Case c;
    c.campaign = benchCampaign();
    c.campaign.capacityHoursPerWeek = 30.0;
    c.activities = benchPlan(50, c.campaign.weeks);
    const auto unlimited = optimize(c.campaign, c.activities, {});
    c.request.budget = 0.4 * unlimited->weeklyCost;
    return c;
}

void BM_CastnetGrid(benchmark::State &state) {
    const Case c = fiftyActivities();
    for (auto _ : state)
        benchmark::DoNotOptimize(optimize(c.campaign, c.activities, c.request)->totalReturn);
}
BENCHMARK(BM_CastnetGrid)->Unit(benchmark::kMillisecond);

void BM_CastnetPolished(benchmark::State &state) {
    const Case c = fiftyActivities();
    const double grid = optimize(c.campaign, c.activities, c.request)->totalReturn;
    OptimizeRequest request = c.request;
    request.step = 0.0;
    double polished = 0.0;
    for (auto _ : state)
        polished = optimize(c.campaign, c.activities, request)->totalReturn;
    state.counters["polish_ratio"] = polished / grid;
}
BENCHMARK(BM_CastnetPolished)->Unit(benchmark::kMillisecond);

void BM_SlsqpFromThePlan(benchmark::State &state) {
    const Case c = fiftyActivities();
    const double grid = optimize(c.campaign, c.activities, c.request)->totalReturn;
    std::vector<double> plan;
    for (const Activity &a : c.activities)
        plan.push_back(plannedWeeklyEffort(a, c.campaign));
    LocalOptimum local;
    for (auto _ : state)
        local = *localOptimum(c.campaign, c.activities, c.request, plan);
    state.counters["plan_ratio"] = local.totalReturn / grid;
    state.counters["feasible"] = local.feasible ? 1.0 : 0.0;
}
BENCHMARK(BM_SlsqpFromThePlan)->Unit(benchmark::kMillisecond);

void BM_SlsqpFromTwentyRandomStarts(benchmark::State &state) {
    const Case c = fiftyActivities();
    const auto castnet = optimize(c.campaign, c.activities, c.request);
    double best = 0.0;
    int feasible = 0;
    for (auto _ : state) {
        Sequence random(20260101);
        best = 0.0;
        feasible = 0;
        for (int start = 0; start < 20; ++start) {
            std::vector<double> hours;
            for (const ActivityAllocation &a : castnet->allocation)
                hours.push_back(a.upperBound * random.next());
            const LocalOptimum local = *localOptimum(c.campaign, c.activities, c.request, hours);
            if (local.feasible) {
                ++feasible;
                best = std::max(best, local.totalReturn);
            }
        }
    }
    state.counters["random_ratio"] = best / castnet->totalReturn;
    state.counters["feasible_random"] = feasible;
}
BENCHMARK(BM_SlsqpFromTwentyRandomStarts)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SlsqpFromCastnetsPolishedAnswer(benchmark::State &state) {
    // No local solver started from the polished answer finds more: the
    // ratio is at most 1.
    const Case c = fiftyActivities();
    OptimizeRequest request = c.request;
    request.step = 0.0;
    const auto polished = optimize(c.campaign, c.activities, request);
    std::vector<double> hours;
    for (const ActivityAllocation &a : polished->allocation)
        hours.push_back(a.hours);
    LocalOptimum local;
    for (auto _ : state)
        local = *localOptimum(c.campaign, c.activities, c.request, hours);
    state.counters["again_ratio"] = local.totalReturn / polished->totalReturn;
    state.counters["feasible"] = local.feasible ? 1.0 : 0.0;
}
BENCHMARK(BM_SlsqpFromCastnetsPolishedAnswer)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
