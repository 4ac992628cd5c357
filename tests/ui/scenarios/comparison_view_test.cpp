// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "core/analysis/comparison.h"
#include "core/optimizer/optimizer.h"
#include "ui/commands/commands.h"
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>

#include "tests/ui/workspace_fixture.h"
#include "ui/charts/scenario_chart.h"
#include "ui/scenarios/comparison_table_model.h"
#include "ui/scenarios/comparison_view.h"
#include "ui/scenarios/optimizer_dialog.h"
#include "ui/scenarios/scenario_hours_model.h"

namespace castnet::ui::test {
namespace {

using namespace Qt::StringLiterals;

class ComparisonViewTest : public UiWorkspaceTest {
protected:
    std::vector<core::Scenario> scenariosOf(core::CampaignId campaign) {
        auto scenarios = workspace->scenarios(campaign);
        EXPECT_TRUE(scenarios) << scenarios.error().message;
        return scenarios ? *scenarios : std::vector<core::Scenario>{};
    }

    // What the window does on scenariosChanged().
    void refresh() {
        view.showCampaign(campaignOf(spring), activitiesOf(spring), scenariosOf(spring));
    }

    std::optional<double> figure(int row, int column) {
        const auto value =
            view.comparisonModel()->index(row, column).data(ComparisonTableModel::RawValueRole);
        return value.isValid() ? std::optional(value.toDouble()) : std::nullopt;
    }

    ComparisonView view;
};

TEST_F(ComparisonViewTest, ModelsPassTheItemModelTesterThroughEdits) {
    QAbstractItemModelTester comparisonTester(
        view.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester hoursTester(view.hoursModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    refresh();
    ASSERT_TRUE(view.createScenario());
    refresh();
    EXPECT_EQ(view.comparisonModel()->columnCount(), 2);
    EXPECT_EQ(view.hoursModel()->rowCount(), 3);
    const auto cell = view.hoursModel()->index(0, ScenarioHoursModel::ScenarioColumn);
    EXPECT_TRUE(view.hoursModel()->setData(cell, 2.0));
    refresh();
    view.clear();
    EXPECT_EQ(view.comparisonModel()->rowCount(), 0);
}

TEST_F(ComparisonViewTest, NewScenarioCopiesThePlanAndUndoRemovesIt) {
    refresh();
    ASSERT_TRUE(view.createScenario());
    auto stored = scenariosOf(spring);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored.front().name, "Scenario");
    // Explicit hours for all three activities, e.g. photos 3 × 1.5 h × (1 − saving).
    EXPECT_EQ(stored.front().allocations.size(), 3u);
    refresh();
    // A copy of the plan: every difference to the plan column is zero.
    EXPECT_EQ(view.chosen(), (QStringList{u"plan"_s, u"Scenario"_s}));
    EXPECT_DOUBLE_EQ(*figure(2, 1), *figure(2, 0));

    stack.undo();
    EXPECT_TRUE(scenariosOf(spring).empty());
    stack.redo();
    EXPECT_EQ(scenariosOf(spring).size(), 1u);
}

TEST_F(ComparisonViewTest, RenameAndDeleteAreSavedAndUndone) {
    refresh();
    ASSERT_TRUE(view.createScenario());
    refresh();
    ASSERT_TRUE(view.renameCurrent(u"Lean"_s));
    EXPECT_EQ(scenariosOf(spring).front().name, "Lean");
    refresh();
    EXPECT_EQ(view.chosen(), (QStringList{u"plan"_s, u"Lean"_s}));

    EXPECT_FALSE(view.renameCurrent(u"plan"_s)); // refused by the workspace, nothing pushed
    EXPECT_EQ(scenariosOf(spring).front().name, "Lean");

    const auto before = scenariosOf(spring).front();
    ASSERT_TRUE(view.removeCurrent());
    EXPECT_TRUE(scenariosOf(spring).empty());
    stack.undo();
    ASSERT_EQ(scenariosOf(spring).size(), 1u);
    EXPECT_EQ(scenariosOf(spring).front(), before); // same id, name and hours
    stack.undo();
    EXPECT_EQ(scenariosOf(spring).front().name, "Scenario");
}

TEST_F(ComparisonViewTest, DuplicateStoresACopyUnderANewName) {
    refresh();
    ASSERT_TRUE(view.createScenario());
    refresh();
    ASSERT_TRUE(view.duplicateCurrent());
    const auto stored = scenariosOf(spring);
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].allocations, stored[1].allocations);
    EXPECT_NE(stored[0].id, stored[1].id);
}

TEST_F(ComparisonViewTest, EditedHoursGiveTheFiguresOfCoreCompare) {
    refresh();
    ASSERT_TRUE(view.createScenario());
    refresh();
    auto *hours = view.hoursModel();
    const auto cell = hours->index(1, ScenarioHoursModel::ScenarioColumn);
    ASSERT_TRUE(hours->setData(cell, 6.0));
    EXPECT_FALSE(hours->setData(cell, -1.0)); // refused, nothing stored
    refresh();

    const auto scenario = scenariosOf(spring).front();
    auto expected = core::compare(campaignOf(spring), activitiesOf(spring),
                                  {core::planScenario(spring), scenario});
    ASSERT_TRUE(expected) << expected.error().message;
    ASSERT_TRUE(view.comparison());
    const auto &column = expected->columns.at(1);
    // Rows 0–3: total effort, cost, return, return per hour.
    EXPECT_DOUBLE_EQ(*figure(0, 1), column.figures.total.effort);
    EXPECT_DOUBLE_EQ(*figure(1, 1), column.figures.total.cost);
    EXPECT_DOUBLE_EQ(*figure(2, 1), column.figures.total.returns);
    EXPECT_DOUBLE_EQ(*figure(3, 1), *column.figures.total.returnPerHour);
    const auto difference =
        view.comparisonModel()->index(2, 1).data(ComparisonTableModel::DifferenceRole);
    EXPECT_DOUBLE_EQ(difference.toDouble(), column.difference.total.returns);
    EXPECT_NE(column.difference.total.returns, 0.0); // 6 h instead of 2.5 h changes the return

    stack.undo(); // the edit of the hours
    refresh();
    EXPECT_DOUBLE_EQ(*figure(2, 1), *figure(2, 0));
}

TEST_F(ComparisonViewTest, ChartsDrawEachScenarioWithTheComparedReturns) {
    refresh();
    ASSERT_TRUE(view.createScenario());
    refresh();
    ASSERT_TRUE(view.hoursModel()->setData(
        view.hoursModel()->index(1, ScenarioHoursModel::ScenarioColumn), 6.0));
    refresh();
    ASSERT_TRUE(view.comparison());
    auto *chart = view.findChild<charts::ScenarioChart *>();
    ASSERT_NE(chart, nullptr);
    const auto lines = chart->cumulativeChart()->series();
    ASSERT_EQ(lines.size(), 2);
    const auto &columns = view.comparison()->columns;
    for (int i = 0; i < lines.size(); ++i) {
        auto *line = qobject_cast<QLineSeries *>(lines.at(i));
        ASSERT_NE(line, nullptr);
        EXPECT_EQ(line->name(), QString::fromStdString(columns.at(std::size_t(i)).name));
        // The last point of the running sum is the scenario's total return.
        EXPECT_NEAR(line->points().constLast().y(),
                    columns.at(std::size_t(i)).figures.total.returns, 1e-6);
    }
    auto *bars = qobject_cast<QBarSeries *>(chart->trackChart()->series().constFirst());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 2); // media, networking
    EXPECT_DOUBLE_EQ(bars->barSets().at(1)->at(1),
                     columns.at(1).figures.track(core::Track::Networking).returns);
}

TEST_F(ComparisonViewTest, OptimizerPreviewEqualsCoreOptimize) {
    OptimizerDialog dialog(campaignOf(spring), activitiesOf(spring));
    // The locked meetup takes 1 h plus its 6 h setup in week 1: 8 h fit.
    dialog.capacityBox()->setValue(8.0);
    dialog.noBudgetBox()->setChecked(true);
    dialog.networkingShareBox()->setValue(50.0);
    dialog.lockList()->item(2)->setCheckState(Qt::Checked);

    const auto request = dialog.request();
    EXPECT_EQ(request.hours, 8.0);
    EXPECT_FALSE(request.budget);
    EXPECT_EQ(request.minShares.at(core::Track::Networking), 0.5);
    EXPECT_EQ(request.locks, std::vector<core::ActivityId>{springActivities[2]});

    QSignalSpy finished(&dialog, &OptimizerDialog::previewFinished);
    dialog.preview();
    ASSERT_TRUE(finished.wait(60000));
    auto expected = core::optimize(campaignOf(spring), activitiesOf(spring), request);
    ASSERT_TRUE(expected) << expected.error().message;
    ASSERT_TRUE(dialog.proposal());
    EXPECT_DOUBLE_EQ(dialog.proposal()->totalReturn, expected->totalReturn);
    ASSERT_EQ(dialog.proposal()->allocation.size(), expected->allocation.size());
    for (std::size_t i = 0; i < expected->allocation.size(); ++i)
        EXPECT_DOUBLE_EQ(dialog.proposal()->allocation[i].hours, expected->allocation[i].hours);

    auto saved = dialog.saveAsScenario(u"Best mix"_s);
    ASSERT_TRUE(saved) << saved.error().message;
    ASSERT_EQ(scenariosOf(spring).size(), 1u);
    auto proposal = core::proposalScenario(*expected, spring, "Best mix");
    proposal.id = *saved;
    EXPECT_EQ(scenariosOf(spring).front(), proposal);
    stack.undo();
    EXPECT_TRUE(scenariosOf(spring).empty());
}

TEST_F(ComparisonViewTest, WhatWouldItTakeFindsTheFewestHoursReachingATarget) {
    OptimizerDialog dialog(campaignOf(spring), activitiesOf(spring));
    dialog.noBudgetBox()->setChecked(true);
    const auto best = core::optimize(campaignOf(spring), activitiesOf(spring), dialog.request());
    ASSERT_TRUE(best) << best.error().message;
    EXPECT_FALSE(dialog.targetBox()->isEnabled());
    dialog.seekTargetBox()->setChecked(true);
    EXPECT_TRUE(dialog.targetBox()->isEnabled());
    const double target = std::round(0.5 * best->totalReturn);
    dialog.targetBox()->setValue(target);
    EXPECT_EQ(dialog.request().targetReturn, target);

    QSignalSpy finished(&dialog, &OptimizerDialog::previewFinished);
    dialog.preview();
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(dialog.proposal()) << dialog.failure().toStdString();
    auto expected = core::optimize(campaignOf(spring), activitiesOf(spring), dialog.request());
    ASSERT_TRUE(expected) << expected.error().message;
    EXPECT_DOUBLE_EQ(dialog.proposal()->totalReturn, expected->totalReturn);
    EXPECT_GE(dialog.proposal()->totalReturn, target);
    EXPECT_LT(dialog.proposal()->recurringHours, best->recurringHours);
    const QString summary = dialog.findChild<QLabel *>(u"proposalSummary"_s)->text();
    EXPECT_TRUE(summary.contains(u"of recurring effort over the campaign, the fewest hours"_s))
        << summary.toStdString();

    // Twice the best return is beyond reach: no proposal, and the reason.
    dialog.targetBox()->setValue(std::round(2.0 * best->totalReturn));
    dialog.preview();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(dialog.proposal());
    EXPECT_TRUE(dialog.failure().contains(u"is beyond reach: the highest reachable return is"_s))
        << dialog.failure().toStdString();
    EXPECT_FALSE(dialog.saveAsScenario(u"x"_s));
    EXPECT_TRUE(scenariosOf(spring).empty());
}

TEST_F(ComparisonViewTest, InfeasibleRequestShowsTheReasonAndNoProposal) {
    OptimizerDialog dialog(campaignOf(spring), activitiesOf(spring));
    dialog.networkingShareBox()->setValue(70.0);
    dialog.mediaShareBox()->setValue(70.0); // 140 % of the hours cannot be met
    QSignalSpy finished(&dialog, &OptimizerDialog::previewFinished);
    dialog.preview();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(dialog.proposal());
    EXPECT_TRUE(dialog.failure().startsWith(u"No proposal: "_s)) << dialog.failure().toStdString();
    EXPECT_FALSE(dialog.saveAsScenario(u"x"_s));
    EXPECT_TRUE(scenariosOf(spring).empty());
}

} // namespace
} // namespace castnet::ui::test
