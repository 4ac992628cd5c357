// SPDX-License-Identifier: GPL-3.0-or-later
#include <variant>
#include <vector>

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/charts/charts_view.h"
#include "ui/commands/commands.h"
#include "ui/commands/workspace_notifier.h"
#include "ui/editor/activity_table_model.h"
#include "ui/scenarios/comparison_view.h"
#include "ui/tracks/tracks_list_model.h"
#include "ui/tracks/tracks_view.h"
#include "ui/window/campaign_tabs.h"
#include "ui/window/main_window.h"

namespace castnet::ui::test {
namespace {

using core::ActivityField;
using core::Track;

// Every change the notifier handed on, in order.
class ChangeLog {
public:
    explicit ChangeLog(WorkspaceNotifier &notifier) {
        // Through a context object, so that the log stops listening when it goes.
        QObject::connect(&notifier, &WorkspaceNotifier::changed, &m_context,
                         [this](const WorkspaceChange &change) { changes.push_back(change); });
    }

    template<class Event> int count() const {
        int n = 0;
        for (const auto &change : changes)
            n += std::holds_alternative<Event>(change) ? 1 : 0;
        return n;
    }

    std::vector<WorkspaceChange> changes;

private:
    QObject m_context;
};

TEST(WorkspaceNotifierTest, AReportIsHandedOnAsItselfAndAsTheSignalOfItsKind) {
    WorkspaceNotifier notifier;
    ChangeLog log(notifier);
    QSignalSpy added(&notifier, &WorkspaceNotifier::activitiesAdded);
    notifier.report(
        ActivitiesAdded{core::CampaignId{7}, {core::ActivityId{11}, core::ActivityId{12}}});
    ASSERT_EQ(log.changes.size(), 1u);
    const auto &event = std::get<ActivitiesAdded>(log.changes.front());
    EXPECT_EQ(event.campaign, core::CampaignId{7});
    EXPECT_EQ(event.activities,
              (std::vector<core::ActivityId>{core::ActivityId{11}, core::ActivityId{12}}));
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.at(0).at(0).value<core::CampaignId>(), core::CampaignId{7});
    EXPECT_EQ(added.at(0).at(1).value<QList<core::ActivityId>>(),
              (QList<core::ActivityId>{core::ActivityId{11}, core::ActivityId{12}}));

    EXPECT_EQ(campaignOf(ActivityChanged{core::CampaignId{7}, core::ActivityId{11}}),
              core::CampaignId{7});
    EXPECT_EQ(campaignOf(ScenariosChanged{core::CampaignId{8}}), core::CampaignId{8});
    EXPECT_EQ(campaignOf(BrandChanged{core::BrandId{3}}), std::nullopt);
    EXPECT_EQ(campaignOf(WorkspaceReplaced{}), std::nullopt);
}

class CommandChangesTest : public UiWorkspaceTest {};

TEST_F(CommandChangesTest, AttachingAndDetachingReplaceTheWorkspaceListenersReadFrom) {
    QSignalSpy replaced(&notifier, &WorkspaceNotifier::workspaceReplaced);
    EXPECT_EQ(notifier.workspace(), workspace.get()); // the fixture attached it
    commands::detach();
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_EQ(notifier.workspace(), nullptr);
    commands::attach(*workspace, stack, notifier);
    EXPECT_EQ(replaced.count(), 2);
    EXPECT_EQ(notifier.workspace(), workspace.get());
}

TEST_F(CommandChangesTest, EveryCommandUndoAndRedoReportsWhatItChanged) {
    ChangeLog log(notifier);
    const auto photos = springActivities[0];
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::Title, "Reels"));
    stack.undo();
    stack.redo();
    ASSERT_EQ(log.count<ActivityChanged>(), 3);
    for (const auto &change : log.changes) {
        EXPECT_EQ(std::get<ActivityChanged>(change).campaign, spring);
        EXPECT_EQ(std::get<ActivityChanged>(change).activity, photos);
    }

    log.changes.clear();
    ASSERT_TRUE(commands::removeCampaign(autumn));
    stack.undo();
    ASSERT_EQ(log.changes.size(), 2u);
    EXPECT_EQ(std::get<CampaignRemoved>(log.changes[0]).campaign, autumn);
    EXPECT_EQ(std::get<CampaignAdded>(log.changes[1]).campaign, autumn);

    log.changes.clear();
    ASSERT_TRUE(commands::addPlanScenario(spring, "Lean"));
    EXPECT_EQ(std::get<ScenariosChanged>(log.changes.at(0)).campaign, spring);
}

// The window: an edit made through a command reaches the table model, the
// analysis tabs and the status bar through the notifier alone.
class WindowChangePathTest : public UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        commands::detach();
        workspace.reset();
        window = std::make_unique<MainWindow>();
        window->show();
        ASSERT_TRUE(window->openWorkspace(QString::fromStdString(path), {}));
        ASSERT_TRUE(window->selectCampaign(spring));
        tabs = window->findChild<CampaignTabs *>();
        ASSERT_NE(tabs, nullptr);
    }

    void TearDown() override {
        window.reset();
        UiWorkspaceTest::TearDown();
    }

    // The analysis tabs recompute once per event-loop pass.
    static void settle() {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    QString cell(core::ActivityId activity, ActivityField field) const {
        const auto *table = window->findChild<QTableView *>(QStringLiteral("activityTable"));
        const auto *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto index = model->index(row, ActivityTableModel::columnOf(field));
            if (index.data(ActivityTableModel::ActivityIdRole).value<qint64>() == activity.value())
                return index.data().toString();
        }
        return {};
    }

    QString totals() const {
        return window->findChild<QLabel *>(QStringLiteral("activityTotals"))->text();
    }

    std::unique_ptr<MainWindow> window;
    CampaignTabs *tabs = nullptr;
};

TEST_F(WindowChangePathTest, AnEditAndItsUndoReachTheTableAndTheTracksTab) {
    const auto photos = springActivities[0];
    tabs->setCurrentWidget(tabs->tracksView());
    settle();
    ASSERT_GE(tabs->tracksView()->model(Track::Media)->rowOf(photos), 0);

    ChangeLog log(window->notifier());
    ASSERT_TRUE(commands::setActivityField(spring, photos, ActivityField::Track, "networking"));
    EXPECT_EQ(log.count<ActivityChanged>(), 1);
    EXPECT_EQ(cell(photos, ActivityField::Track), QStringLiteral("networking"));
    settle();
    EXPECT_EQ(tabs->tracksView()->model(Track::Media)->rowOf(photos), -1);
    EXPECT_GE(tabs->tracksView()->model(Track::Networking)->rowOf(photos), 0);

    window->undoStack().undo();
    EXPECT_EQ(log.count<ActivityChanged>(), 2);
    EXPECT_NE(cell(photos, ActivityField::Track), QStringLiteral("networking"));
    settle();
    EXPECT_GE(tabs->tracksView()->model(Track::Media)->rowOf(photos), 0);
    EXPECT_EQ(tabs->tracksView()->model(Track::Networking)->rowOf(photos), -1);
}

TEST_F(WindowChangePathTest, AddedActivitiesReachTheChartsTabAndTheStatusBar) {
    tabs->setCurrentWidget(tabs->chartsView());
    settle();
    const auto before = tabs->chartsView()->chartData().effortByTrack.total;
    EXPECT_TRUE(totals().startsWith(QStringLiteral("3 activities")));

    auto activity = commands::newActivity(spring);
    ASSERT_TRUE(activity);
    activity->cadencePerWeek = 10;
    activity->hoursPerOccurrence = 2;
    ASSERT_TRUE(commands::addActivity(spring, *activity));
    EXPECT_TRUE(totals().startsWith(QStringLiteral("4 activities")));
    settle();
    EXPECT_GT(tabs->chartsView()->chartData().effortByTrack.total, before);

    window->undoStack().undo();
    EXPECT_TRUE(totals().startsWith(QStringLiteral("3 activities")));
    settle();
    EXPECT_DOUBLE_EQ(tabs->chartsView()->chartData().effortByTrack.total, before);
}

TEST_F(WindowChangePathTest, ANewScenarioAndItsUndoReachTheCompareTab) {
    tabs->setCurrentWidget(tabs->comparisonView());
    settle();
    const auto *list = tabs->comparisonView()->findChild<QListWidget *>();
    ASSERT_NE(list, nullptr);
    const int before = list->count(); // the plan
    ASSERT_TRUE(commands::addPlanScenario(spring, "Lean"));
    settle();
    EXPECT_EQ(list->count(), before + 1);
    window->undoStack().undo();
    settle();
    EXPECT_EQ(list->count(), before);
}

TEST_F(WindowChangePathTest, OpeningAnotherWorkspaceReplacesItForEveryListener) {
    ChangeLog log(window->notifier());
    QSignalSpy replaced(&window->notifier(), &WorkspaceNotifier::workspaceReplaced);
    const QString other = QString::fromStdString(path) + QStringLiteral(".other.db");
    ASSERT_TRUE(window->openWorkspace(other, {.createIfMissing = true, .demoIfNew = true}));
    EXPECT_EQ(replaced.count(), 1);
    ASSERT_EQ(log.count<WorkspaceReplaced>(), 1);
    EXPECT_EQ(std::get<WorkspaceReplaced>(log.changes.back()).workspace, window->workspace());
    EXPECT_EQ(window->notifier().workspace(), window->workspace());
    EXPECT_EQ(window->undoStack().count(), 0);
    // The demo's campaign is shown, read from the new file.
    ASSERT_TRUE(window->currentCampaign());
    auto shown = window->workspace()->campaign(*window->currentCampaign());
    ASSERT_TRUE(shown);
    EXPECT_NE(shown->name, "Spring launch");

    window->closeWorkspace();
    EXPECT_EQ(replaced.count(), 2);
    EXPECT_EQ(window->notifier().workspace(), nullptr);
    EXPECT_EQ(totals(), QStringLiteral("No workspace open"));
}

} // namespace
} // namespace castnet::ui::test
