// SPDX-License-Identifier: GPL-3.0-or-later
// One edit in a campaign of 1,000 activities over 52 weeks and 40 channels,
// then both views shown again, as the window does after every edit: the
// charts (projection, chart data and every series replaced in place) and the
// tracks (classification, projection, both columns). The target is 50 ms in
// a Release build; the *AndPaint variants add rendering the view at
// 1280×800, which the event loop does after the refresh.
#include <cstdint>
#include <string>
#include <vector>

#include <QApplication>
#include <QPixmap>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "ui/charts/charts_view.h"
#include "ui/tracks/tracks_view.h"

namespace {

using namespace castnet;

core::Campaign campaign() {
    core::Campaign campaign = core::defaultCampaign("Benchmark", "2026-03-02");
    campaign.id = core::CampaignId{1};
    campaign.weeks = 52;
    campaign.capacityHoursPerWeek = 400.0;
    return campaign;
}

std::vector<core::Activity> plan(int count, int weeks) {
    castnet::bench::Sequence random(20240601);
    std::vector<core::Activity> activities(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        core::Activity &a = activities[static_cast<std::size_t>(i)];
        a.id = core::ActivityId{i + 1};
        a.campaignId = core::CampaignId{1};
        a.channel = "Channel " + std::to_string(i % 40);
        a.title = "Activity " + std::to_string(i + 1);
        a.interaction = static_cast<core::Interaction>(random.below(3));
        a.format = static_cast<core::Format>(random.below(17));
        a.goal = static_cast<core::Goal>(random.below(7));
        a.automated = random.next() < 0.33;
        a.cadencePerWeek = 0.5 + 4.5 * random.next();
        a.hoursPerOccurrence = 0.25 + 3.75 * random.next();
        a.setupHours = random.below(4) * 2.0;
        a.costPerOccurrence = core::Cents(random.below(20000));
        a.startWeek = 1 + random.below(weeks);
        a.endWeek = a.startWeek + random.below(weeks - a.startWeek + 1);
        if (random.next() < 0.33) {
            a.response.maxWeeklyReturn = 50.0 + 100.0 * random.next();
            a.response.shape = 0.5 + 2.5 * random.next();
        }
    }
    return activities;
}

// The views as the window holds them: created once, shown, then refreshed.
struct Views {
    Views() {
        charts.resize(1280, 800);
        tracks.resize(1280, 800);
        charts.showCampaign(plannedCampaign, activities);
        tracks.showCampaign(plannedCampaign, activities);
    }

    // An edit of one value, alternating so that every refresh changes data.
    void edit(std::int64_t iteration) {
        activities[500].cadencePerWeek = iteration % 2 == 0 ? 3.0 : 2.0;
    }

    core::Campaign plannedCampaign = campaign();
    std::vector<core::Activity> activities = plan(1000, 52);
    ui::ChartsView charts;
    ui::TracksView tracks;
};

void BM_ChartsRefreshAfterAnEdit(benchmark::State &state) {
    Views views;
    std::int64_t iteration = 0;
    for (auto _ : state) {
        views.edit(iteration++);
        views.charts.showCampaign(views.plannedCampaign, views.activities);
    }
}
BENCHMARK(BM_ChartsRefreshAfterAnEdit)->Unit(benchmark::kMillisecond);

void BM_TracksRefreshAfterAnEdit(benchmark::State &state) {
    Views views;
    std::int64_t iteration = 0;
    for (auto _ : state) {
        views.edit(iteration++);
        views.tracks.showCampaign(views.plannedCampaign, views.activities);
    }
}
BENCHMARK(BM_TracksRefreshAfterAnEdit)->Unit(benchmark::kMillisecond);

void BM_BothViewsRefreshAfterAnEdit(benchmark::State &state) {
    Views views;
    std::int64_t iteration = 0;
    for (auto _ : state) {
        views.edit(iteration++);
        views.charts.showCampaign(views.plannedCampaign, views.activities);
        views.tracks.showCampaign(views.plannedCampaign, views.activities);
    }
}
BENCHMARK(BM_BothViewsRefreshAfterAnEdit)->Unit(benchmark::kMillisecond);

void BM_ChartsRefreshAndPaintAfterAnEdit(benchmark::State &state) {
    Views views;
    std::int64_t iteration = 0;
    for (auto _ : state) {
        views.edit(iteration++);
        views.charts.showCampaign(views.plannedCampaign, views.activities);
        benchmark::DoNotOptimize(views.charts.grab());
    }
}
BENCHMARK(BM_ChartsRefreshAndPaintAfterAnEdit)->Unit(benchmark::kMillisecond);

void BM_TracksRefreshAndPaintAfterAnEdit(benchmark::State &state) {
    Views views;
    std::int64_t iteration = 0;
    for (auto _ : state) {
        views.edit(iteration++);
        views.tracks.showCampaign(views.plannedCampaign, views.activities);
        benchmark::DoNotOptimize(views.tracks.grab());
    }
}
BENCHMARK(BM_TracksRefreshAndPaintAfterAnEdit)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv) {
    // Widgets need an application; no display is needed to measure them.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("castnet-bench"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
