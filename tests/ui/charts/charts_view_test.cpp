// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

#include <gtest/gtest.h>

#include "core/analysis/chart_data.h"
#include "core/analysis/projection.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/charts_view.h"
#include "ui/charts/cumulative_return_chart.h"
#include "ui/charts/response_curve_chart.h"
#include "ui/charts/split_chart.h"
#include "ui/charts/weekly_effort_chart.h"

namespace castnet::ui::test {
namespace {

using core::Track;
using Curves = charts::ResponseCurveChart::Curves;

// A 12-week campaign with 10 hours of capacity a week:
//   Instagram video      media       2 × 1.5 h = 3 h/week, weeks 1–12, 10.00 each
//   LinkedIn group       networking  5 × 1 h   = 5 h/week, weeks 1–6, 2 h setup
//   Meetup event         networking  1 × 4 h   = 4 h/week, weeks 3–12
// Weekly effort: week 1 = 3 + 5 + 2 = 10 (at capacity, not over), week 2 = 8,
// weeks 3–6 = 3 + 5 + 4 = 12 (over), weeks 7–12 = 3 + 4 = 7.
class ChartsViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        campaign = core::defaultCampaign("Spring", "2026-03-02");
        campaign.id = core::CampaignId{1};
        campaign.weeks = 12;
        campaign.capacityHoursPerWeek = 10.0;
        campaign.returnUnit = "leads";

        activities.push_back(activity(1, "Instagram", "Reels", core::Format::Video,
                                      core::Interaction::Broadcast, core::Goal::Sales, 2, 1.5, 1,
                                      12));
        activities.back().costPerOccurrence = core::Cents(1000);
        activities.push_back(activity(2, "LinkedIn group", "Answer questions",
                                      core::Format::ThreadReply, core::Interaction::Community,
                                      core::Goal::Relationships, 5, 1, 1, 6));
        activities.back().setupHours = 2;
        activities.push_back(activity(3, "Meetup", "Monthly meetup", core::Format::Event,
                                      core::Interaction::Community, core::Goal::Referrals, 1, 4, 3,
                                      12));
        view.resize(1280, 800);
    }

    static core::Activity activity(std::int64_t id, std::string channel, std::string title,
                                   core::Format format, core::Interaction interaction,
                                   core::Goal goal, double cadence, double hours, int startWeek,
                                   int endWeek) {
        core::Activity a;
        a.id = core::ActivityId{id};
        a.campaignId = core::CampaignId{1};
        a.channel = std::move(channel);
        a.title = std::move(title);
        a.format = format;
        a.interaction = interaction;
        a.goal = goal;
        a.cadencePerWeek = cadence;
        a.hoursPerOccurrence = hours;
        a.startWeek = startWeek;
        a.endWeek = endWeek;
        return a;
    }

    // `count` media activities, each on its own channel.
    void useChannels(int count) {
        activities.clear();
        for (int i = 1; i <= count; ++i)
            activities.push_back(activity(i, "Channel " + std::to_string(i), "Post",
                                          core::Format::Image, core::Interaction::Broadcast,
                                          core::Goal::Awareness, 1, 0.5 + i * 0.1, 1, 12));
    }

    core::Projection projection() const { return core::project(campaign, activities); }

    static QList<QPointF> points(const QXYSeries &series) { return series.points(); }

    core::Campaign campaign;
    std::vector<core::Activity> activities;
    ChartsView view;
};

TEST_F(ChartsViewTest, CumulativeReturnEndsAtEachTracksTotalReturn) {
    view.showCampaign(campaign, activities);
    const core::Projection expected = projection();
    for (Track track : {Track::Media, Track::Networking}) {
        const QList<QPointF> line = points(*view.cumulativeReturn()->trackSeries(track));
        ASSERT_EQ(line.size(), 12);
        EXPECT_DOUBLE_EQ(line.front().x(), 1.0);
        EXPECT_DOUBLE_EQ(line.back().x(), 12.0);
        EXPECT_NEAR(line.back().y(), expected.track(track).totalReturn,
                    1e-9 * expected.track(track).totalReturn);
        // Week 1 holds week 1's return alone.
        EXPECT_NEAR(line.front().y(), expected.track(track).returns[0], 1e-9);
    }
}

TEST_F(ChartsViewTest, StackedBarsHoldEachTracksWeeklyEffort) {
    view.showCampaign(campaign, activities);
    const QBarSet *media = view.weeklyEffort()->trackBars(Track::Media);
    const QBarSet *networking = view.weeklyEffort()->trackBars(Track::Networking);
    ASSERT_EQ(media->count(), 12);
    ASSERT_EQ(networking->count(), 12);
    // Media: 3 h every week. Networking: week 1 = 5 + 2 setup, week 2 = 5,
    // weeks 3–6 = 5 + 4, weeks 7–12 = 4.
    const std::vector<double> networkingHours{7, 5, 9, 9, 9, 9, 4, 4, 4, 4, 4, 4};
    const core::Projection expected = projection();
    for (int week = 0; week < 12; ++week) {
        EXPECT_DOUBLE_EQ(media->at(week), 3.0) << "week " << week + 1;
        EXPECT_DOUBLE_EQ(networking->at(week), networkingHours[static_cast<std::size_t>(week)])
            << "week " << week + 1;
        EXPECT_DOUBLE_EQ(media->at(week) + networking->at(week),
                         expected.weeklyEffort[static_cast<std::size_t>(week)]);
    }
}

TEST_F(ChartsViewTest, CapacityLineRunsAtTheCapacityOverEveryWeek) {
    view.showCampaign(campaign, activities);
    const QList<QPointF> line = points(*view.weeklyEffort()->capacityLine());
    ASSERT_EQ(line.size(), 2);
    // Bars stand at x = 0 … 11; the line spans them edge to edge.
    EXPECT_DOUBLE_EQ(line[0].x(), -0.5);
    EXPECT_DOUBLE_EQ(line[1].x(), 11.5);
    EXPECT_DOUBLE_EQ(line[0].y(), 10.0);
    EXPECT_DOUBLE_EQ(line[1].y(), 10.0);
    EXPECT_TRUE(view.weeklyEffort()->capacityLine()->name().contains(QStringLiteral("10 h/week")));
}

TEST_F(ChartsViewTest, WeeksOverCapacityAreMarkedAndCountedInTheTitle) {
    view.showCampaign(campaign, activities);
    // Weeks 3–6 carry 12 h against 10; week 1 is exactly at capacity.
    const QList<QPointF> marks = points(*view.weeklyEffort()->overloadMarkers());
    ASSERT_EQ(marks.size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_DOUBLE_EQ(marks[i].x(), i + 2.0);
        EXPECT_DOUBLE_EQ(marks[i].y(), 12.0);
    }
    EXPECT_TRUE(view.weeklyEffort()->overloadMarkers()->isVisible());
    EXPECT_TRUE(
        view.weeklyEffort()->chart()->title().contains(QStringLiteral("4 weeks over capacity")));

    campaign.capacityHoursPerWeek = 40.0;
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.weeklyEffort()->overloadMarkers()->count(), 0);
    EXPECT_FALSE(view.weeklyEffort()->overloadMarkers()->isVisible());
    EXPECT_FALSE(view.weeklyEffort()->chart()->title().contains(QStringLiteral("over capacity")));
}

TEST_F(ChartsViewTest, WeeksOverBudgetAreMarkedAtTheFootOfTheirBars) {
    // Spend: Instagram 2 × 10.00 = 20.00 a week in weeks 1–12, the meetup
    // 1 × 15.00 in weeks 3–12: 20.00 in weeks 1–2 (exactly the budget, not
    // over), 35.00 in weeks 3–12 (over by 15.00).
    activities[2].costPerOccurrence = core::Cents(1500);
    campaign.budgetPerWeek = core::Cents(2000);
    view.showCampaign(campaign, activities);
    const QList<QPointF> marks = points(*view.weeklyEffort()->overBudgetMarkers());
    ASSERT_EQ(marks.size(), 10);
    EXPECT_DOUBLE_EQ(marks.front().x(), 2.0);
    EXPECT_DOUBLE_EQ(marks.back().x(), 11.0);
    EXPECT_DOUBLE_EQ(marks.front().y(), 0.0);
    EXPECT_TRUE(view.weeklyEffort()->overBudgetMarkers()->isVisible());
    const QString title = view.weeklyEffort()->chart()->title();
    EXPECT_TRUE(title.contains(QStringLiteral("4 weeks over capacity, 10 weeks over budget")))
        << title.toStdString();
    EXPECT_TRUE(view.weeklyEffort()->overBudgetMarkers()->name().contains(QStringLiteral("20")));

    campaign.budgetPerWeek.reset();
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.weeklyEffort()->overBudgetMarkers()->count(), 0);
    EXPECT_FALSE(view.weeklyEffort()->overBudgetMarkers()->isVisible());
    EXPECT_FALSE(view.weeklyEffort()->chart()->title().contains(QStringLiteral("budget")));
}

TEST_F(ChartsViewTest, ResponseCurvesFollowTheCoreCurvesWithTodaysPlanMarked) {
    view.showCampaign(campaign, activities);
    const core::ChartData expected = core::chartData(campaign, activities);
    for (Track track : {Track::Media, Track::Networking}) {
        const core::ResponseCurve &curve = expected.trackCurves[core::trackIndex(track)];
        const QList<QPointF> line = points(*view.responseCurves()->trackCurve(track));
        ASSERT_EQ(line.size(), static_cast<qsizetype>(curve.points.size()));
        EXPECT_DOUBLE_EQ(line.back().x(), curve.points.back().effortHours);
        EXPECT_DOUBLE_EQ(line.back().y(), curve.points.back().weeklyReturn);
        const QList<QPointF> plan = points(*view.responseCurves()->trackPlan(track));
        ASSERT_EQ(plan.size(), 1);
        EXPECT_DOUBLE_EQ(plan[0].x(), curve.plan.effortHours);
        EXPECT_DOUBLE_EQ(plan[0].y(), curve.plan.weeklyReturn);
        // The marker wears its curve's colour, the track's fixed hue.
        const QColor colour = charts::trackColor(track, view.palette());
        EXPECT_EQ(view.responseCurves()->trackCurve(track)->pen().color(), colour);
        EXPECT_EQ(view.responseCurves()->trackPlan(track)->color(), colour);
    }
    // Media plans 3 h/week; networking 5 + 4 = 9 h/week in its active weeks.
    EXPECT_DOUBLE_EQ(points(*view.responseCurves()->trackPlan(Track::Media))[0].x(), 3.0);
    EXPECT_DOUBLE_EQ(points(*view.responseCurves()->trackPlan(Track::Networking))[0].x(), 9.0);
}

TEST_F(ChartsViewTest, TrackCurvesAreDrawnThickerThanChannelCurves) {
    view.showCampaign(campaign, activities);
    ASSERT_EQ(view.responseCurves()->channelCurveCount(), 3);
    const qreal track = view.responseCurves()->trackCurve(Track::Media)->pen().widthF();
    for (int i = 0; i < 3; ++i)
        EXPECT_GT(track, view.responseCurves()->channelCurve(i)->pen().widthF());
}

TEST_F(ChartsViewTest, ChannelCurvesShowOnlyWhenAskedFor) {
    view.showCampaign(campaign, activities);
    charts::ResponseCurveChart &chart = *view.responseCurves();
    EXPECT_EQ(chart.curves(), Curves::Tracks);
    EXPECT_FALSE(chart.channelCurve(0)->isVisible());
    EXPECT_TRUE(chart.trackCurve(Track::Media)->isVisible());

    chart.setCurves(Curves::Channels);
    EXPECT_TRUE(chart.channelCurve(0)->isVisible());
    EXPECT_FALSE(chart.trackCurve(Track::Media)->isVisible());

    chart.setCurves(Curves::TracksAndChannels);
    EXPECT_TRUE(chart.channelCurve(0)->isVisible());
    EXPECT_TRUE(chart.trackCurve(Track::Media)->isVisible());

    // Unticking a channel hides its curve and keeps it hidden across edits.
    const QString channel = chart.channelCurve(0)->name();
    chart.setChannelShown(channel, false);
    EXPECT_FALSE(chart.channelCurve(0)->isVisible());
    view.showCampaign(campaign, activities);
    EXPECT_FALSE(chart.channelCurve(0)->isVisible());
    EXPECT_TRUE(chart.channelCurve(1)->isVisible());
}

TEST_F(ChartsViewTest, ThirtyChannelsGiveThirtyChannelCurvesInDistinctColours) {
    useChannels(30);
    view.showCampaign(campaign, activities);
    const charts::ResponseCurveChart &chart = *view.responseCurves();
    ASSERT_EQ(chart.channelCurveCount(), 30);
    QSet<QRgb> colours;
    QSet<QString> names;
    for (int i = 0; i < 30; ++i) {
        ASSERT_NE(chart.channelCurve(i), nullptr);
        EXPECT_EQ(chart.channelCurve(i)->count(), 101); // ChartOptions: 100 segments
        EXPECT_EQ(chart.channelPlan(i)->count(), 1);
        colours.insert(chart.channelCurve(i)->pen().color().rgb());
        names.insert(chart.channelCurve(i)->name());
    }
    EXPECT_EQ(colours.size(), 30);
    EXPECT_EQ(names.size(), 30);
    EXPECT_EQ(view.channelSplit()->channels().size(), 30);
}

TEST_F(ChartsViewTest, FewerChannelsAfterAnEditLeaveNoStaleCurves) {
    useChannels(30);
    view.showCampaign(campaign, activities);
    activities.resize(2);
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.responseCurves()->channelCurveCount(), 2);
    EXPECT_EQ(view.responseCurves()->channelCurve(2), nullptr);
    // Two track curves, their two plans, the plan's legend entry, and two
    // curves with their plans per channel.
    EXPECT_EQ(view.responseCurves()->chart()->series().size(), 2 + 2 + 1 + 2 * 2);
}

TEST_F(ChartsViewTest, AnEditUpdatesTheSameSeriesInPlace) {
    view.showCampaign(campaign, activities);
    QLineSeries *cumulative = view.cumulativeReturn()->trackSeries(Track::Media);
    QBarSet *bars = view.weeklyEffort()->trackBars(Track::Media);
    QLineSeries *curve = view.responseCurves()->trackCurve(Track::Media);
    const double before = cumulative->at(11).y();

    activities[0].cadencePerWeek = 4; // 4 × 1.5 h = 6 h/week
    view.showCampaign(campaign, activities);

    EXPECT_EQ(view.cumulativeReturn()->trackSeries(Track::Media), cumulative);
    EXPECT_EQ(view.weeklyEffort()->trackBars(Track::Media), bars);
    EXPECT_EQ(view.responseCurves()->trackCurve(Track::Media), curve);
    EXPECT_GT(cumulative->at(11).y(), before);
    const double total = projection().track(Track::Media).totalReturn;
    EXPECT_NEAR(cumulative->at(11).y(), total, 1e-9 * total);
    EXPECT_DOUBLE_EQ(bars->at(0), 6.0);
    EXPECT_DOUBLE_EQ(view.responseCurves()->trackPlan(Track::Media)->at(0).x(), 6.0);
}

TEST_F(ChartsViewTest, TrackSplitShowsEachTracksShareInPercent) {
    view.showCampaign(campaign, activities);
    // Effort: media 3 × 12 = 36 h; networking 5 × 6 + 2 + 4 × 10 = 72 h;
    // 36 / 108 = 33.3 %.
    const QBarSet *media = view.trackSplit()->trackShares(Track::Media);
    const QBarSet *networking = view.trackSplit()->trackShares(Track::Networking);
    EXPECT_NEAR(media->at(charts::TrackSplitChart::EffortBar), 100.0 / 3.0, 1e-9);
    EXPECT_NEAR(networking->at(charts::TrackSplitChart::EffortBar), 200.0 / 3.0, 1e-9);
    const core::Projection expected = projection();
    EXPECT_NEAR(media->at(charts::TrackSplitChart::ReturnBar),
                100.0 * expected.track(Track::Media).totalReturn / expected.totalReturn, 1e-9);
    EXPECT_NEAR(media->at(charts::TrackSplitChart::ReturnBar) +
                    networking->at(charts::TrackSplitChart::ReturnBar),
                100.0, 1e-9);
}

TEST_F(ChartsViewTest, ChannelSplitListsTheLargestReturnFirst) {
    view.showCampaign(campaign, activities);
    const core::ChartData expected = core::chartData(campaign, activities);
    const charts::ChannelSplitChart &split = *view.channelSplit();
    ASSERT_EQ(split.channels().size(), 3);
    const auto &slices = expected.returnByChannel.slices;
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(split.channels()[i].toStdString(), slices[static_cast<std::size_t>(i)].label);
    EXPECT_GE(slices[0].value, slices[1].value);
    // The chart draws bottom-up, so the largest return is the last bar.
    const QBarSet *returns = split.shares(charts::ChannelSplitChart::ReturnSet);
    EXPECT_NEAR(returns->at(2), slices[0].share * 100.0, 1e-9);
    // Effort by channel: Instagram 36 h, LinkedIn group 32 h, Meetup 40 h of 108 h.
    const QBarSet *effort = split.shares(charts::ChannelSplitChart::EffortSet);
    double total = 0.0;
    for (int i = 0; i < 3; ++i)
        total += effort->at(i);
    EXPECT_NEAR(total, 100.0, 1e-9);
    const auto meetup = split.channels().indexOf(QStringLiteral("Meetup"));
    EXPECT_NEAR(effort->at(2 - static_cast<int>(meetup)), 100.0 * 40.0 / 108.0, 1e-9);
}

TEST_F(ChartsViewTest, AxesNameTheirUnits) {
    view.showCampaign(campaign, activities);
    QStringList titles;
    for (QChart *chart : {view.responseCurves()->chart(), view.cumulativeReturn()->chart(),
                          view.weeklyEffort()->chart()})
        for (QAbstractAxis *axis : chart->axes())
            titles << axis->titleText();
    EXPECT_TRUE(titles.contains(QStringLiteral("Effort (hours/week)")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Return (leads/week)")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Cumulative return (leads)")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Campaign week")));
}

TEST_F(ChartsViewTest, NoteCountsTheActivitiesRestingOnTheDefaultReturn) {
    view.showCampaign(campaign, activities);
    EXPECT_TRUE(view.defaultReturnNote().contains(QStringLiteral("3 activities")))
        << view.defaultReturnNote().toStdString();
    EXPECT_TRUE(view.defaultReturnNote().contains(QStringLiteral("100 leads/week")));

    activities[0].response.maxWeeklyReturn = 50.0;
    activities[1].response.maxWeeklyReturn = 20.0;
    view.showCampaign(campaign, activities);
    EXPECT_TRUE(view.defaultReturnNote().contains(QStringLiteral("1 activity")));

    activities[2].response.maxWeeklyReturn = 20.0;
    view.showCampaign(campaign, activities);
    EXPECT_TRUE(view.defaultReturnNote().isEmpty());
}

TEST_F(ChartsViewTest, ClearEmptiesEveryChart) {
    view.showCampaign(campaign, activities);
    view.clear();
    EXPECT_EQ(view.cumulativeReturn()->trackSeries(Track::Media)->count(), 0);
    EXPECT_EQ(view.weeklyEffort()->trackBars(Track::Networking)->count(), 0);
    EXPECT_EQ(view.weeklyEffort()->capacityLine()->count(), 0);
    EXPECT_EQ(view.responseCurves()->trackCurve(Track::Media)->count(), 0);
    EXPECT_EQ(view.responseCurves()->channelCurveCount(), 0);
    EXPECT_EQ(view.trackSplit()->trackShares(Track::Media)->count(), 0);
    EXPECT_TRUE(view.channelSplit()->channels().isEmpty());
    EXPECT_TRUE(view.defaultReturnNote().isEmpty());
    EXPECT_EQ(view.chartData().weeks, 0);
}

TEST_F(ChartsViewTest, AnEmptyCampaignShowsEmptyChartsWithoutFailing) {
    activities.clear();
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.responseCurves()->trackCurve(Track::Media)->count(), 0);
    EXPECT_EQ(view.cumulativeReturn()->trackSeries(Track::Media)->count(), 12);
    EXPECT_DOUBLE_EQ(view.cumulativeReturn()->trackSeries(Track::Media)->at(11).y(), 0.0);
    EXPECT_EQ(view.responseCurves()->channelCurveCount(), 0);
}

TEST_F(ChartsViewTest, ChartsTakeTheirColoursFromADarkPalette) {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(25, 25, 25));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    view.setPalette(dark);
    view.showCampaign(campaign, activities);
    ASSERT_TRUE(charts::isDark(view.responseCurves()->palette()));
    for (QChart *chart :
         {view.responseCurves()->chart(), view.cumulativeReturn()->chart(),
          view.weeklyEffort()->chart(), view.trackSplit()->chart(), view.channelSplit()->chart()}) {
        EXPECT_EQ(chart->backgroundBrush().color(), QColor(25, 25, 25));
        EXPECT_EQ(chart->titleBrush().color(), QColor(235, 235, 235));
        for (QAbstractAxis *axis : chart->axes())
            EXPECT_EQ(axis->labelsBrush().color(), QColor(235, 235, 235));
    }
    // The track hues stay, lighter on the dark background.
    EXPECT_EQ(view.cumulativeReturn()->trackSeries(Track::Media)->pen().color(),
              charts::trackColor(Track::Media, dark));
    EXPECT_GT(charts::trackColor(Track::Media, dark).lightness(),
              charts::trackColor(Track::Media, QPalette(Qt::white)).lightness());
}

} // namespace
} // namespace castnet::ui::test
