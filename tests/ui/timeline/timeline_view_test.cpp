// SPDX-License-Identifier: GPL-3.0-or-later
// The Timeline tab as a user drives it: real mouse presses, moves and
// releases on the view's viewport, through the window's campaign tabs, so a
// drag goes the whole way to the workspace and its undo history.
#include <memory>

#include <QCoreApplication>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include "tests/ui/workspace_fixture.h"
#include "ui/charts/chart_style.h"
#include "ui/editor/activities_page.h"
#include "ui/editor/activity_table_model.h"
#include "ui/timeline/timeline_page.h"
#include "ui/timeline/timeline_view.h"
#include "ui/window/campaign_tabs.h"

namespace castnet::ui {
namespace {

using Column = ActivityTableModel::Column;

class TimelineViewTest : public test::UiWorkspaceTest {
protected:
    void SetUp() override {
        UiWorkspaceTest::SetUp();
        // Product photos runs weeks 1–4 of the 12, so it has room to move.
        auto photos = *workspace->activity(springActivities[0]);
        photos.endWeek = 4;
        ASSERT_TRUE(workspace->updateActivity(photos));
        // No automation saving, and a capacity only week 1 goes over.
        auto campaign = campaignOf(spring);
        campaign.automationSaving = 0.0;
        campaign.capacityHoursPerWeek = 12.0;
        ASSERT_TRUE(workspace->updateCampaign(campaign));

        tabs = std::make_unique<CampaignTabs>(notifier);
        tabs->resize(1000, 640);
        ASSERT_TRUE(tabs->activitiesPage()->setCampaign(spring));
        tabs->setCurrentWidget(tabs->timelinePage());
        tabs->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(tabs.get()));
        settle();
        view = tabs->timelinePage()->view();
        ASSERT_EQ(view->rows().size(), 3U);
    }

    void TearDown() override {
        tabs.reset();
        UiWorkspaceTest::TearDown();
    }

    // The refresh after a change runs on the next pass of the event loop.
    static void settle() {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    // Presses at `from`, moves in steps to `to` and releases there.
    void drag(QPoint from, QPoint to) {
        QWidget *viewport = view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        const QPoint step = (to - from) / 4;
        for (int i = 1; i < 4; ++i)
            QTest::mouseMove(viewport, from + step * i);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        settle();
    }

    // A point `weeks` weeks (and a third of one) to the right of `point`:
    // the drag counts whole weeks to the nearest.
    QPoint weeksRight(QPoint point, int weeks) const {
        const double width = view->weekWidth();
        return point + QPoint(static_cast<int>(weeks * width + width / 3), 0);
    }

    std::unique_ptr<CampaignTabs> tabs;
    TimelineView *view = nullptr;
};

TEST_F(TimelineViewTest, DraggingABarMovesItByWholeWeeksAsOneUndoStep) {
    const QRect bar = view->barRect(0);
    ASSERT_EQ(view->rows()[0].id, springActivities[0]);

    drag(bar.center(), weeksRight(bar.center(), 3));

    // Weeks 1–4 moved 3 weeks: 4–7, the same length.
    EXPECT_EQ(storedActivity(springActivities[0]).startWeek, 4);
    EXPECT_EQ(storedActivity(springActivities[0]).endWeek, 7);
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(view->rows()[0].startWeek, 4);
    EXPECT_EQ(view->barRect(0).left(), bar.left() + static_cast<int>(3 * view->weekWidth()));

    stack.undo();
    settle();
    EXPECT_EQ(storedActivity(springActivities[0]).startWeek, 1);
    EXPECT_EQ(storedActivity(springActivities[0]).endWeek, 4);
    EXPECT_EQ(view->barRect(0), bar);
}

TEST_F(TimelineViewTest, DraggingTheEndOfABarChangesOnlyThatWeek) {
    const QRect bar = view->barRect(0);
    const QPoint endGrip(bar.right() - 2, bar.center().y());

    drag(endGrip, weeksRight(endGrip, 2));

    // The end week 4 dragged 2 weeks later: weeks 1–6.
    EXPECT_EQ(storedActivity(springActivities[0]).startWeek, 1);
    EXPECT_EQ(storedActivity(springActivities[0]).endWeek, 6);
    EXPECT_EQ(stack.count(), 1);

    const QRect longer = view->barRect(0);
    const QPoint startGrip(longer.left() + 2, longer.center().y());
    drag(startGrip, weeksRight(startGrip, 1));
    // The start week 1 dragged 1 week later: weeks 2–6.
    EXPECT_EQ(storedActivity(springActivities[0]).startWeek, 2);
    EXPECT_EQ(storedActivity(springActivities[0]).endWeek, 6);
    EXPECT_EQ(stack.count(), 2); // each drag its own step
}

TEST_F(TimelineViewTest, AMovePastTheCampaignEndSnapsBackWithTheReason) {
    const QRect bar = view->barRect(0);
    QSignalSpy status(tabs.get(), &CampaignTabs::message);

    // Weeks 1–4 moved 10 weeks would be 11–14 of a 12-week campaign.
    drag(bar.center(), weeksRight(bar.center(), 10));

    EXPECT_EQ(storedActivity(springActivities[0]).startWeek, 1);
    EXPECT_EQ(storedActivity(springActivities[0]).endWeek, 4);
    EXPECT_EQ(stack.count(), 0);
    EXPECT_EQ(view->barRect(0), bar);
    const QString reason = QStringLiteral("End week 14 is after the campaign's 12 weeks");
    EXPECT_TRUE(tabs->timelinePage()->refusal().contains(reason))
        << tabs->timelinePage()->refusal().toStdString();
    ASSERT_EQ(status.count(), 1);
    EXPECT_TRUE(status.first().first().toString().contains(reason));
}

TEST_F(TimelineViewTest, TheLoadRowMarksAnOverloadedWeek) {
    // Week 1: photos 3 × 1.5 = 4.5 h, questions 5 × 0.5 = 2.5 h, the meetup's
    // 6 setup hours and its recurring hours: over the 12 h capacity. Weeks
    // 2–4 lose the setup hours (at most 4.5 + 2.5 + 4 = 11 h), later weeks
    // the photos too: none of them is over.
    EXPECT_EQ(view->overloadWeeks(), std::vector<int>{1});

    const QImage image = view->viewport()->grab().toImage();
    const QColor alert = charts::alertColor(view->palette());
    // The mark is a strip at the top of the week's column of the load area.
    const auto markOf = [&](int week) {
        const QRect column = view->loadColumnRect(week);
        return image.pixelColor(column.center().x(), column.top() + 3);
    };
    EXPECT_EQ(markOf(1), alert);
    EXPECT_NE(markOf(2), alert);
}

TEST_F(TimelineViewTest, TheRowsFollowTheActivitiesFilterAndSort) {
    auto *filter = tabs->activitiesPage()->findChild<QLineEdit *>(QStringLiteral("activityFilter"));
    ASSERT_NE(filter, nullptr);
    filter->setText(QStringLiteral("meetup"));
    settle();
    ASSERT_EQ(view->rows().size(), 1U);
    EXPECT_EQ(view->rows()[0].id, springActivities[2]);

    filter->clear();
    auto *table = tabs->activitiesPage()->findChild<QTableView *>(QStringLiteral("activityTable"));
    ASSERT_NE(table, nullptr);
    table->sortByColumn(ActivityTableModel::columnOf(Column::Title), Qt::AscendingOrder);
    settle();
    // Answer questions, Monthly meetup, Product photos.
    ASSERT_EQ(view->rows().size(), 3U);
    EXPECT_EQ(view->rows()[0].id, springActivities[1]);
    EXPECT_EQ(view->rows()[1].id, springActivities[2]);
    EXPECT_EQ(view->rows()[2].id, springActivities[0]);
}

TEST_F(TimelineViewTest, MonthZoomNarrowsTheWeeksAndKeepsTheBarsOnTheirWeeks) {
    const double weekWide = view->weekWidth();
    view->setZoom(TimelineZoom::Months);
    EXPECT_LT(view->weekWidth(), weekWide);
    // Weeks 1–4 are four of the narrower weeks.
    EXPECT_NEAR(view->barRect(0).width(), 4 * view->weekWidth(), 1.0);
}

TEST_F(TimelineViewTest, TodaysLineSitsOnTodaysDayOfTheWeek) {
    // The campaign starts Monday 2 March 2026; Thursday 12 March is 10 days
    // in: week 2, three sevenths across it.
    view->setToday(std::chrono::sys_days{std::chrono::year{2026} / 3 / 12});
    const double expected = view->barRect(0).left() + 10.0 / 7.0 * view->weekWidth();
    EXPECT_NEAR(view->todayX(), expected, 1.0);
}

} // namespace
} // namespace castnet::ui
