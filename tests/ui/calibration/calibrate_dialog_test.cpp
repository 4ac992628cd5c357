// SPDX-License-Identifier: GPL-3.0-or-later
// The Calibrate dialog on the demo's half-way campaign: the fits run off the
// GUI thread and equal core's calibrateActivity(); Apply for the ticked
// activities is one undoable step that undo takes back whole.
#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include "core/actuals/calibration.h"
#include "tests/ui/demo_fixture.h"
#include "ui/calibration/calibrate_dialog.h"

namespace castnet::ui {
namespace {

class CalibrateDialogTest : public test::DemoCampaignTest {
protected:
    void SetUp() override {
        DemoCampaignTest::SetUp();
        dialog = tabs->calibrateDialog();
        ASSERT_NE(dialog, nullptr);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        // No speed is asserted: the wait is only a guard against a hang.
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->finished(); }, 120000));
    }

    void TearDown() override {
        dialog.reset();
        DemoCampaignTest::TearDown();
    }

    // The first row that was fitted with `fitted` parameters or more.
    int fittedRow(std::size_t fitted = 1) const {
        for (std::size_t i = 0; i < dialog->results().size(); ++i) {
            if (dialog->results()[i] && dialog->results()[i]->fitted.size() >= fitted)
                return static_cast<int>(i);
        }
        return -1;
    }

    std::unique_ptr<CalibrateDialog> dialog;
};

TEST_F(CalibrateDialogTest, EveryActivityIsFittedAsCoreFitsIt) {
    auto plan = workspace->snapshot(fleet);
    auto actuals = workspace->actuals(fleet);
    ASSERT_TRUE(plan && actuals);
    const auto inputs = core::calibrationInputs(*plan, *actuals);
    ASSERT_EQ(dialog->results().size(), inputs.size());
    EXPECT_EQ(dialog->progressBar()->value(), static_cast<int>(inputs.size()));
    bool someNotFitted = false;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        ASSERT_TRUE(dialog->results()[i].has_value());
        const core::ActivityCalibration expected =
            core::calibrateActivity(inputs[i], plan->activities[i].uid);
        const core::ActivityCalibration &shown = *dialog->results()[i];
        EXPECT_EQ(shown.fitted, expected.fitted);
        EXPECT_EQ(shown.parameters, expected.parameters);
        EXPECT_EQ(shown.forecastTotalReturn, expected.forecastTotalReturn);
        EXPECT_EQ(shown.forecastBand, expected.forecastBand);
        if (shown.reason) {
            // Why, in the Fitted column's tooltip and above the chart.
            const QString why = QString::fromStdString(*shown.reason);
            EXPECT_EQ(dialog->table()
                          ->item(static_cast<int>(i), CalibrateDialog::FittedColumn)
                          ->toolTip(),
                      why);
            dialog->showActivity(static_cast<int>(i));
            EXPECT_TRUE(dialog->reason().contains(why));
        }
        if (!shown.applied()) {
            someNotFitted = true;
            EXPECT_TRUE(dialog->table()
                            ->item(static_cast<int>(i), CalibrateDialog::FittedColumn)
                            ->text()
                            .startsWith(QStringLiteral("nothing")));
        }
    }
    // The demo keeps one activity with too few weeks to fit.
    EXPECT_TRUE(someNotFitted);
}

TEST_F(CalibrateDialogTest, TheChartShowsTheMeasuredWeeksTheFittedCurveAndItsBand) {
    const int row = fittedRow();
    ASSERT_GE(row, 0);
    // A click on the row selects it and redraws the chart.
    QTableWidget *table = dialog->table();
    const QRect cell = table->visualItemRect(table->item(row, CalibrateDialog::WeeksColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(table->currentRow(), row);
    const auto series = dialog->chart()->series();
    ASSERT_EQ(series.size(), 3);
    const auto *band = qobject_cast<QAreaSeries *>(series[0]);
    const auto *fitted = qobject_cast<QLineSeries *>(series[1]);
    const auto *measured = qobject_cast<QScatterSeries *>(series[2]);
    ASSERT_TRUE(band && fitted && measured);
    EXPECT_EQ(measured->count(),
              dialog->results()[static_cast<std::size_t>(row)]->weeksWithResults);
    EXPECT_EQ(fitted->count(), dialog->plan().campaign.weeks);
    ASSERT_EQ(band->upperSeries()->count(), fitted->count());
    // The band holds the fitted curve in every week.
    for (int t = 0; t < fitted->count(); ++t) {
        EXPECT_LE(band->lowerSeries()->at(t).y(), fitted->at(t).y() + 1e-9) << t;
        EXPECT_GE(band->upperSeries()->at(t).y(), fitted->at(t).y() - 1e-9) << t;
    }
}

TEST_F(CalibrateDialogTest, ApplyToTheTickedIsOneStepAndUndoRestoresTheCurves) {
    const int row = fittedRow();
    ASSERT_GE(row, 0);
    const auto &result = *dialog->results()[static_cast<std::size_t>(row)];
    const core::ActivityId id = result.id;
    const core::Activity before = *workspace->activity(id);
    const auto recordsBefore = workspace->calibrations(fleet)->size();
    const std::vector<core::Activity> allBefore = *workspace->activities(fleet);
    EXPECT_FALSE(dialog->applyTickedButton()->isEnabled());
    dialog->setTicked(row, true);
    ASSERT_TRUE(dialog->applyTickedButton()->isEnabled());
    QTest::mouseClick(dialog->applyTickedButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(stack.count(), 1);

    const core::Activity after = *workspace->activity(id);
    EXPECT_EQ(after.response.maxWeeklyReturn, result.parameters.maxWeeklyReturn);
    const auto records = *workspace->calibrations(fleet);
    ASSERT_EQ(records.size(), recordsBefore + 1);
    EXPECT_EQ(records.back().activityId, id);
    // Only the ticked activity changed.
    const std::vector<core::Activity> allAfter = *workspace->activities(fleet);
    ASSERT_EQ(allAfter.size(), allBefore.size());
    for (std::size_t i = 0; i < allAfter.size(); ++i) {
        if (allAfter[i].id != id)
            EXPECT_EQ(allAfter[i], allBefore[i]) << allAfter[i].title;
    }

    stack.undo();
    EXPECT_EQ(workspace->activity(id)->response, before.response);
    EXPECT_EQ(workspace->calibrations(fleet)->size(), recordsBefore);
    stack.redo();
    EXPECT_EQ(workspace->activity(id)->response.maxWeeklyReturn, result.parameters.maxWeeklyReturn);
    EXPECT_EQ(workspace->calibrations(fleet)->size(), recordsBefore + 1);
}

} // namespace
} // namespace castnet::ui
