// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the iCalendar of a campaign of 1,000 activities (one recurring
// event each, through libical). Target: at most 200 ms in a Release build.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/calendar/activity_calendar.h"
#include "core/domain/uuid.h"

namespace {

using namespace castnet::core;

constexpr int activityCount = 1'000;

// A deterministic mix of cadences: below once a week, a few a week, and more
// than seven, so every kind of rule is written.
std::vector<Activity> activities() {
    static const double cadences[] = {0.25, 0.5, 1, 2, 3, 5, 7, 12};
    std::vector<Activity> list;
    list.reserve(activityCount);
    std::uint64_t state = 20261125;
    const auto next = [&state](int below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(below));
    };
    for (int i = 0; i < activityCount; ++i) {
        Activity a;
        a.id = ActivityId{i + 1};
        a.channel = "Instagram";
        a.title = "Activity " + std::to_string(i) + ", “weekly” café";
        a.cadencePerWeek = cadences[next(8)];
        a.hoursPerOccurrence = 0.5 * (1 + next(8));
        a.startWeek = 1 + next(26);
        a.endWeek = a.startWeek + next(26);
        a.notes = next(3) == 0 ? "Follow up with the \"community\" team; bring cups" : "";
        a.uid = newUuid();
        a.revision = 1 + next(5);
        list.push_back(a);
    }
    return list;
}

void BM_CalendarOf1000Activities(benchmark::State &state) {
    Campaign campaign = defaultCampaign("Winter roast", "2026-11-25");
    campaign.weeks = 52;
    const std::vector<Activity> plan = activities();
    const auto stamp = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto ics = writeActivityCalendar(campaign, plan, stamp);
        if (!ics)
            state.SkipWithError(ics.error().message.c_str());
        bytes = ics ? ics->size() : 0;
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_CalendarOf1000Activities)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
