// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline tab with 1,000 activities over 52 weeks at 1280×800. One
// drag step is a pointer move that takes the bar to another week and the
// repaint that follows; the target is 16 ms (one frame at 60 Hz) in a
// Release build. The refresh after a drop (projection and every row again)
// is measured beside it.
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include <QApplication>
#include <QMouseEvent>
#include <QPixmap>

#include <benchmark/benchmark.h>

#include "tests/bench/bench_sequence.h"

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "ui/timeline/timeline_view.h"

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
        a.cadencePerWeek = 0.5 + 4.5 * random.next();
        a.hoursPerOccurrence = 0.25 + 3.75 * random.next();
        a.setupHours = random.below(4) * 2.0;
        a.startWeek = 1 + random.below(weeks);
        a.endWeek = a.startWeek + random.below(weeks - a.startWeek + 1);
    }
    // The first one is short and early, so a drag has room to move it.
    activities[0].startWeek = 2;
    activities[0].endWeek = 6;
    return activities;
}

struct Timeline {
    Timeline() {
        view.resize(1280, 800);
        std::iota(rows.begin(), rows.end(), 0);
        view.showCampaign(plannedCampaign, activities, rows);
        // Shown, so that a repaint paints (on the offscreen platform too).
        view.show();
        QCoreApplication::processEvents();
        view.grab(); // the first paint lays out fonts and scroll bars
    }

    void mouse(QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, view.viewport()->mapToGlobal(pos), Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &event);
    }

    core::Campaign plannedCampaign = campaign();
    std::vector<core::Activity> activities = plan(1000, 52);
    std::vector<int> rows = std::vector<int>(activities.size());
    ui::TimelineView view;
};

void BM_TimelineDragStepRepaint(benchmark::State &state) {
    Timeline timeline;
    const QPoint from = timeline.view.barRect(0).center();
    timeline.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
    const int week = static_cast<int>(timeline.view.weekWidth());
    std::int64_t step = 0;
    for (auto _ : state) {
        // Back and forth by one week, so that every step moves the bar.
        const QPoint to = from + QPoint(step++ % 2 == 0 ? week : 0, 0);
        timeline.mouse(QEvent::MouseMove, to, Qt::LeftButton);
        // The repaint of what the move marked dirty, as the event loop does it.
        QCoreApplication::processEvents();
    }
    timeline.mouse(QEvent::MouseButtonRelease, from, Qt::NoButton);
}
BENCHMARK(BM_TimelineDragStepRepaint)->Unit(benchmark::kMillisecond);

// The same step with the whole view painted into a pixmap: the upper bound,
// as if every row, the header and the load changed.
void BM_TimelineDragStepGrab(benchmark::State &state) {
    Timeline timeline;
    const QPoint from = timeline.view.barRect(0).center();
    timeline.mouse(QEvent::MouseButtonPress, from, Qt::LeftButton);
    const int week = static_cast<int>(timeline.view.weekWidth());
    std::int64_t step = 0;
    for (auto _ : state) {
        const QPoint to = from + QPoint(step++ % 2 == 0 ? week : 0, 0);
        timeline.mouse(QEvent::MouseMove, to, Qt::LeftButton);
        benchmark::DoNotOptimize(timeline.view.grab());
    }
    timeline.mouse(QEvent::MouseButtonRelease, from, Qt::NoButton);
}
BENCHMARK(BM_TimelineDragStepGrab)->Unit(benchmark::kMillisecond);

void BM_TimelineRefreshAfterADrop(benchmark::State &state) {
    Timeline timeline;
    std::int64_t step = 0;
    for (auto _ : state) {
        timeline.activities[0].startWeek = step % 2 == 0 ? 3 : 2;
        timeline.activities[0].endWeek = step++ % 2 == 0 ? 7 : 6;
        timeline.view.showCampaign(timeline.plannedCampaign, timeline.activities, timeline.rows);
        benchmark::DoNotOptimize(timeline.view.grab());
    }
}
BENCHMARK(BM_TimelineRefreshAfterADrop)->Unit(benchmark::kMillisecond);

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
