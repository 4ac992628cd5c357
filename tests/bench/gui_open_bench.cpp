// SPDX-License-Identifier: GPL-3.0-or-later
// How fast a campaign of 10,000 activities opens in the editor and scrolls:
// loading the activity table model, the window showing its first page, and
// one page of scrolling. Runs on the offscreen platform.
#include <memory>
#include <string>
#include <vector>

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "core/domain/campaign.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/editor/activity_filter_model.h"
#include "ui/editor/activity_table_model.h"
#include "ui/editor/delegates.h"
#include "ui/window/main_window.h"

namespace {

using namespace castnet;

constexpr int activityCount = 10'000;

struct Fixture {
    QTemporaryDir dir;
    std::string path;
    core::CampaignId large;
    core::CampaignId small;
};

Fixture &fixture() {
    static Fixture instance;
    return instance;
}

core::Activity sampleActivity(int i) {
    static const char *const channels[] = {"Instagram", "LinkedIn", "Meetup",  "Newsletter",
                                           "Reddit",    "TikTok",   "YouTube", "Discord"};
    core::Activity a;
    a.channel = channels[i % 8];
    a.title = "Activity " + std::to_string(i);
    a.format = i % 2 == 0 ? core::Format::Video : core::Format::ThreadReply;
    a.interaction = i % 2 == 0 ? core::Interaction::Broadcast : core::Interaction::Community;
    a.goal = core::Goal::Awareness;
    a.automated = i % 3 == 0;
    a.cadencePerWeek = 1 + i % 5;
    a.hoursPerOccurrence = 0.25 * (1 + i % 8);
    a.costPerOccurrence = core::Cents(100 * (i % 40));
    a.startWeek = 1 + i % 10;
    a.endWeek = 52;
    a.notes = "note " + std::to_string(i);
    return a;
}

// One workspace for every benchmark: a brand with a 10,000-activity campaign
// and a one-activity campaign to switch away to.
bool createWorkspace() {
    auto &f = fixture();
    if (!f.dir.isValid())
        return false;
    f.path = f.dir.filePath(QStringLiteral("bench.db")).toStdString();
    auto workspace =
        core::SqliteWorkspace::open(f.path, core::SqliteWorkspace::OpenMode::CreateIfMissing);
    if (!workspace)
        return false;
    core::Brand brand;
    brand.name = "Bench";
    auto stored = (*workspace)->addBrand(brand);
    auto large = core::defaultCampaign("Large", "2026-01-05");
    large.brandId = stored->id;
    auto small = core::defaultCampaign("Small", "2026-01-05");
    small.brandId = stored->id;
    f.large = (*workspace)->addCampaign(large)->id;
    f.small = (*workspace)->addCampaign(small)->id;
    std::vector<core::Activity> activities;
    for (int i = 0; i < activityCount; ++i)
        activities.push_back(sampleActivity(i));
    return (*workspace)->addActivities(f.large, std::move(activities)) &&
           (*workspace)->addActivities(f.small, {sampleActivity(0)});
}

std::unique_ptr<core::SqliteWorkspace> openWorkspace() {
    return std::move(
        *core::SqliteWorkspace::open(fixture().path, core::SqliteWorkspace::OpenMode::MustExist));
}

// The model alone: one workspace query and a reset.
void BM_LoadActivityModel(benchmark::State &state) {
    auto workspace = openWorkspace();
    ui::WorkspaceNotifier notifier;
    ui::ActivityTableModel model(notifier);
    notifier.report(ui::WorkspaceReplaced{workspace.get()});
    for (auto _ : state) {
        if (!model.setCampaign(fixture().large))
            state.SkipWithError("load failed");
        benchmark::DoNotOptimize(model.rowCount());
        state.PauseTiming();
        (void)model.setCampaign(std::nullopt);
        state.ResumeTiming();
    }
    state.counters["activities"] = activityCount;
}
BENCHMARK(BM_LoadActivityModel)->Unit(benchmark::kMillisecond);

// The table view over the filter model, painted until its first page shows.
void BM_ShowFirstPage(benchmark::State &state) {
    auto workspace = openWorkspace();
    ui::WorkspaceNotifier notifier;
    ui::ActivityTableModel model(notifier);
    ui::ActivityFilterModel proxy;
    proxy.setSourceModel(&model);
    notifier.report(ui::WorkspaceReplaced{workspace.get()});
    QTableView view;
    view.setItemDelegate(new ui::ActivityDelegate(&view));
    view.setModel(&proxy);
    // As the window does: sortable, but in stored order until a header is clicked.
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.setSortingEnabled(true);
    view.resize(1000, 600);
    view.show();
    for (auto _ : state) {
        (void)model.setCampaign(fixture().large);
        benchmark::DoNotOptimize(view.grab());
        state.PauseTiming();
        (void)model.setCampaign(std::nullopt);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ShowFirstPage)->Unit(benchmark::kMillisecond);

// What a user waits for: clicking the campaign in the tree of the editor
// window until the window has painted it (form, table, status bar).
void BM_OpenCampaignInWindow(benchmark::State &state) {
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openWorkspace(QString::fromStdString(fixture().path), {})) {
        state.SkipWithError("open failed");
        return;
    }
    for (auto _ : state) {
        window.selectCampaign(fixture().large);
        benchmark::DoNotOptimize(window.grab());
        state.PauseTiming();
        window.selectCampaign(fixture().small);
        QApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenCampaignInWindow)->Unit(benchmark::kMillisecond);

// One page of scrolling through the 10,000 rows, repainted.
void BM_ScrollOnePage(benchmark::State &state) {
    auto workspace = openWorkspace();
    ui::WorkspaceNotifier notifier;
    ui::ActivityTableModel model(notifier);
    ui::ActivityFilterModel proxy;
    proxy.setSourceModel(&model);
    notifier.report(ui::WorkspaceReplaced{workspace.get()});
    (void)model.setCampaign(fixture().large);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1000, 600);
    view.show();
    auto *bar = view.verticalScrollBar();
    for (auto _ : state) {
        const auto next = bar->value() + bar->pageStep();
        bar->setValue(next > bar->maximum() ? 0 : next);
        benchmark::DoNotOptimize(view.viewport()->grab());
    }
}
BENCHMARK(BM_ScrollOnePage)->Unit(benchmark::kMicrosecond);

// Clicking a header: sorting 10,000 rows by a number.
void BM_SortByCadence(benchmark::State &state) {
    auto workspace = openWorkspace();
    ui::WorkspaceNotifier notifier;
    ui::ActivityTableModel model(notifier);
    ui::ActivityFilterModel proxy;
    proxy.setSourceModel(&model);
    notifier.report(ui::WorkspaceReplaced{workspace.get()});
    (void)model.setCampaign(fixture().large);
    bool ascending = true;
    for (auto _ : state) {
        proxy.sort(ui::ActivityTableModel::columnOf(ui::ActivityTableModel::CadencePerWeek),
                   ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
        ascending = !ascending;
        benchmark::DoNotOptimize(proxy.index(0, 0));
    }
}
BENCHMARK(BM_SortByCadence)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("castnet-bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("castnet-bench"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!createWorkspace())
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
