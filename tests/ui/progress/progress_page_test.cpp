// SPDX-License-Identifier: GPL-3.0-or-later
// The Progress tab on the demo's half-way campaign: what it shows is core's
// progress() figure for figure, whichever scope, figure and mode the user
// picks with the mouse and the keyboard; Save Baseline is one undoable step.
#include <cmath>

#include <QButtonGroup>
#include <QComboBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include "core/actuals/progress.h"
#include "tests/ui/demo_fixture.h"
#include "ui/charts/chart_style.h"
#include "ui/progress/progress_page.h"

namespace castnet::ui {
namespace {

using Measure = ProgressPage::Measure;

class ProgressPageTest : public test::DemoCampaignTest {
protected:
    void SetUp() override {
        DemoCampaignTest::SetUp();
        showTab(tabs->progressPage());
        page = tabs->progressPage();
    }

    // What core says, computed here from the workspace as the command line does.
    core::Progress coreProgress(const std::optional<std::string> &baseline) {
        auto plan = workspace->snapshot(fleet);
        auto actuals = workspace->actuals(fleet);
        EXPECT_TRUE(plan && actuals);
        if (!baseline)
            return core::progress(*plan, *plan, *actuals);
        auto frozen = workspace->baseline(fleet, *baseline);
        EXPECT_TRUE(frozen);
        return core::progress(frozen->frozen, *plan, *actuals);
    }

    static void expectSame(const std::vector<double> &shown, std::span<const double> expected) {
        ASSERT_EQ(shown.size(), expected.size());
        for (std::size_t i = 0; i < shown.size(); ++i) {
            if (std::isnan(expected[i]))
                EXPECT_TRUE(std::isnan(shown[i])) << "week " << i + 1;
            else
                EXPECT_EQ(shown[i], expected[i]) << "week " << i + 1;
        }
    }

    ProgressPage *page = nullptr;
};

TEST_F(ProgressPageTest, TheLatestBaselineIsComparedAsOfTheLastWeekWithActuals) {
    const core::Progress expected = coreProgress("signed off");
    ASSERT_TRUE(page->progress().has_value());
    EXPECT_EQ(page->baselineName(), std::optional<std::string>("signed off"));
    EXPECT_EQ(page->progress()->asOfWeek, 20);
    EXPECT_EQ(page->baselineChooser()->currentText(), QStringLiteral("signed off"));
    // Cumulative results of the whole campaign by default.
    expectSame(page->planned(), core::cumulated(expected.campaign.returns.planned));
    EXPECT_TRUE(page->summary().contains(QStringLiteral("As of week 20 of 40")))
        << page->summary().toStdString();
    EXPECT_TRUE(page->summary().contains(QStringLiteral("Re-forecast total return")));
}

TEST_F(ProgressPageTest, WeeklyFiguresOfATrackAndOfAnActivityAreCoresOwn) {
    const core::Progress expected = coreProgress("signed off");
    // Weekly, by mouse.
    auto *weekly = page->findChild<QRadioButton *>(QStringLiteral("progressWeekly"));
    QTest::mouseClick(weekly, Qt::LeftButton);
    ASSERT_TRUE(weekly->isChecked());
    expectSame(page->planned(), expected.campaign.returns.planned);
    expectSame(page->actual(), expected.campaign.returns.actual);

    // The media track, by keyboard: one step down from the whole campaign.
    page->scopeChooser()->setFocus();
    QTest::keyClick(page->scopeChooser(), Qt::Key_Down);
    ASSERT_EQ(page->scopeChooser()->currentIndex(), 1);
    const core::ProgressTotals &media = expected.track(core::Track::Media);
    expectSame(page->planned(), media.returns.planned);
    expectSame(page->actual(), media.returns.actual);

    // Effort of the first activity.
    page->setMeasure(Measure::Effort);
    page->setScope(ProgressPage::Scope::Activity, expected.activities[0].id);
    expectSame(page->planned(), expected.activities[0].effort.planned);
    expectSame(page->actual(), expected.activities[0].effort.actual);
    // The total row: weeks 1 … 20 summed, as core sums them.
    QTableWidget *table = page->table();
    ASSERT_EQ(table->rowCount(), 21);
    EXPECT_EQ(table->item(20, ProgressPage::PlannedColumn)->data(Qt::UserRole).toDouble(),
              expected.activities[0].effort.plannedTotal);
    EXPECT_EQ(table->item(20, ProgressPage::VarianceColumn)->data(Qt::UserRole).toDouble(),
              expected.activities[0].effort.variance);
}

TEST_F(ProgressPageTest, AWeekFarBelowPlanIsMarkedAsWorseThanPlanned) {
    const core::Progress expected = coreProgress("signed off");
    page->setCumulative(false);
    // The demo's second activity ran below plan (results at 65 %).
    const core::ActivityProgress &low = expected.activities[1];
    page->setScope(ProgressPage::Scope::Activity, low.id);
    QTableWidget *table = page->table();
    int marked = 0;
    for (int row = 0; row < expected.asOfWeek; ++row) {
        const auto result = low.returns.measured(static_cast<std::size_t>(row));
        if (!result || *result >= 0.9 * low.returns.planned[static_cast<std::size_t>(row)])
            continue;
        EXPECT_EQ(table->item(row, ProgressPage::VarianceColumn)->foreground().color(),
                  charts::alertColor(page->palette()))
            << "week " << row + 1;
        ++marked;
    }
    EXPECT_GT(marked, 0);
}

TEST_F(ProgressPageTest, ChoosingThePlanComparesWithTheCurrentPlan) {
    const core::Progress expected = coreProgress(std::nullopt);
    QComboBox *chooser = page->baselineChooser();
    const int plan = chooser->count() - 1;
    ASSERT_EQ(chooser->itemData(plan).toString(), QString());
    page->chooseBaseline(std::nullopt);
    EXPECT_FALSE(page->baselineName().has_value());
    expectSame(page->planned(), core::cumulated(expected.campaign.returns.planned));
    EXPECT_EQ(page->progress()->campaign.forecastTotalReturn,
              expected.campaign.forecastTotalReturn);
}

TEST_F(ProgressPageTest, SaveBaselineIsOneStepThatBecomesTheLatestAndUndoDeletesIt) {
    ASSERT_TRUE(tabs->saveBaseline(QStringLiteral("re-planned")));
    settle();
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(workspace->baselines(fleet)->size(), 2u);
    EXPECT_EQ(page->baselineChooser()->currentText(), QStringLiteral("re-planned"));
    EXPECT_EQ(page->baselineName(), std::optional<std::string>("re-planned"));
    // A name that is taken is refused and nothing is pushed.
    EXPECT_FALSE(tabs->saveBaseline(QStringLiteral("signed off")));
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    settle();
    EXPECT_EQ(workspace->baselines(fleet)->size(), 1u);
    EXPECT_EQ(page->baselineChooser()->currentText(), QStringLiteral("signed off"));
}

} // namespace
} // namespace castnet::ui
