// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTreeView>

#include <gtest/gtest.h>

#include "core/analysis/classification.h"
#include "core/analysis/projection.h"
#include "ui/charts/figure_format.h"
#include "ui/tracks/tracks_list_model.h"
#include "ui/tracks/tracks_view.h"

namespace castnet::ui::test {
namespace {

using core::Track;
using Total = TracksView::Total;

// A 12-week campaign; classification by DESIGN §4:
//   1 Reels       broadcast +3, video +2, sales +2, not automated −1 = +6: media, 75 %
//   2 Questions   community −3, thread_reply −2, relationships −2, −1 = −8: networking, 100 %
//   3 Meetup      community −3, event 0, referrals −2, −1 = −6: networking, 75 %
// Effort: media 2 × 1.5 h × 12 weeks = 36 h; networking 5 × 1 h × 6 + 2 setup
// + 4 h × 10 weeks = 72 h. Cost: media 2 × 10.00 × 12 = 240.
class TracksViewTest : public ::testing::Test {
protected:
    using Request = std::pair<core::ActivityId, std::optional<Track>>;

    void SetUp() override {
        campaign = core::defaultCampaign("Spring", "2026-03-02");
        campaign.id = core::CampaignId{1};
        campaign.weeks = 12;
        campaign.returnUnit = "leads";
        campaign.currency = "EUR";

        activities.push_back(activity(1, "Instagram", "Reels", core::Format::Video,
                                      core::Interaction::Broadcast, core::Goal::Sales, 2, 1.5, 1,
                                      12));
        activities.back().costPerOccurrence = core::Cents(1000);
        activities.push_back(activity(2, "LinkedIn group", "Questions", core::Format::ThreadReply,
                                      core::Interaction::Community, core::Goal::Relationships, 5, 1,
                                      1, 6));
        activities.back().setupHours = 2;
        activities.push_back(activity(3, "Meetup", "Meetup", core::Format::Event,
                                      core::Interaction::Community, core::Goal::Referrals, 1, 4, 3,
                                      12));

        for (Track track : {Track::Media, Track::Networking})
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view.model(track), QAbstractItemModelTester::FailureReportingMode::Fatal));
        QObject::connect(&view, &TracksView::overrideRequested, &view,
                         [this](core::ActivityId id, std::optional<Track> track) {
                             requests.emplace_back(id, track);
                         });
        view.resize(1280, 800);
        view.showCampaign(campaign, activities);
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

    QModelIndex cell(Track track, std::int64_t id, int column) const {
        const TracksListModel *model = view.model(track);
        return model->index(model->rowOf(core::ActivityId{id}), column);
    }

    QString text(Track track, std::int64_t id, int column) const {
        return cell(track, id, column).data().toString();
    }

    void select(Track track, const std::vector<std::int64_t> &ids) {
        QTreeView *list = view.list(track);
        list->clearSelection();
        for (std::int64_t id : ids) {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                const QModelIndex candidate = list->model()->index(row, 0);
                if (candidate.data(TracksListModel::ActivityIdRole).toLongLong() == id)
                    list->selectionModel()->select(candidate, QItemSelectionModel::Select |
                                                                  QItemSelectionModel::Rows);
            }
        }
    }

    core::Campaign campaign;
    std::vector<core::Activity> activities;
    TracksView view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<Request> requests;
};

TEST_F(TracksViewTest, EachActivityIsListedInItsTrackColumn) {
    ASSERT_EQ(view.model(Track::Media)->rowCount(), 1);
    ASSERT_EQ(view.model(Track::Networking)->rowCount(), 2);
    EXPECT_EQ(view.model(Track::Media)->rowOf(core::ActivityId{1}), 0);
    EXPECT_GE(view.model(Track::Networking)->rowOf(core::ActivityId{2}), 0);
    EXPECT_GE(view.model(Track::Networking)->rowOf(core::ActivityId{3}), 0);
    EXPECT_EQ(view.model(Track::Media)->rowOf(core::ActivityId{2}), -1);
}

TEST_F(TracksViewTest, RowShowsTitleChannelConfidenceAndFigures) {
    EXPECT_EQ(text(Track::Media, 1, TracksListModel::Title), QStringLiteral("Reels"));
    EXPECT_EQ(text(Track::Media, 1, TracksListModel::Channel), QStringLiteral("Instagram"));
    EXPECT_EQ(text(Track::Media, 1, TracksListModel::Confidence), QStringLiteral("75 %"));
    EXPECT_EQ(text(Track::Networking, 2, TracksListModel::Confidence), QStringLiteral("100 %"));
    EXPECT_EQ(text(Track::Media, 1, TracksListModel::Effort), QStringLiteral("36 h"));
    EXPECT_EQ(text(Track::Media, 1, TracksListModel::Override), QString());
    // Sorting uses the value, not the text.
    EXPECT_DOUBLE_EQ(cell(Track::Media, 1, TracksListModel::Effort)
                         .data(TracksListModel::RawValueRole)
                         .toDouble(),
                     36.0);
}

TEST_F(TracksViewTest, TooltipGivesEveryReasonOfTheClassification) {
    const QString tip =
        cell(Track::Networking, 2, TracksListModel::Title).data(Qt::ToolTipRole).toString();
    const core::Classification classification = core::classify(activities[1], campaign.objective);
    ASSERT_EQ(classification.reasons.size(), 4u);
    for (const core::TrackReason &reason : classification.reasons)
        EXPECT_TRUE(tip.contains(QString::fromStdString(core::describe(reason))))
            << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("100 % confidence"))) << tip.toStdString();
}

TEST_F(TracksViewTest, TooltipCarriesTheActivitysWarnings) {
    activities[1].automated = true; // networking has no shortcut
    view.showCampaign(campaign, activities);
    const QString tip =
        cell(Track::Networking, 2, TracksListModel::Title).data(Qt::ToolTipRole).toString();
    const auto warnings = core::trackWarnings(activities[1], Track::Networking);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_TRUE(tip.contains(QString::fromStdString(warnings[0].message))) << tip.toStdString();
}

TEST_F(TracksViewTest, OverriddenActivityIsMarkedInTheColumnOfItsOverride) {
    activities[0].trackOverride = Track::Networking;
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.model(Track::Media)->rowCount(), 0);
    EXPECT_EQ(text(Track::Networking, 1, TracksListModel::Override), QStringLiteral("overridden"));
    const QString tip =
        cell(Track::Networking, 1, TracksListModel::Title).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("set by hand"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("computed: broadcast media, 75 % confidence")))
        << tip.toStdString();
}

TEST_F(TracksViewTest, TotalsMatchTheProjection) {
    const core::Projection projection = core::project(campaign, activities);
    EXPECT_EQ(view.totalText(Track::Media, Total::Activities), QStringLiteral("1"));
    EXPECT_EQ(view.totalText(Track::Networking, Total::Activities), QStringLiteral("2"));
    EXPECT_EQ(view.totalText(Track::Media, Total::Effort), QStringLiteral("36 h"));
    EXPECT_EQ(view.totalText(Track::Networking, Total::Effort), QStringLiteral("72 h"));
    EXPECT_EQ(view.totalText(Track::Media, Total::Cost), QStringLiteral("240 EUR"));
    EXPECT_EQ(view.totalText(Track::Networking, Total::Cost), QStringLiteral("0 EUR"));
    for (Track track : {Track::Media, Track::Networking}) {
        const core::TrackProjection &totals = projection.track(track);
        EXPECT_EQ(view.totalText(track, Total::Return),
                  charts::formatAmount(totals.totalReturn, QStringLiteral("leads")));
        EXPECT_EQ(view.totalText(track, Total::ReturnPerHour),
                  charts::formatPerHour(totals.returnPerHour, QStringLiteral("leads")));
    }
    EXPECT_TRUE(view.totalText(Track::Media, Total::Return).endsWith(QStringLiteral(" leads")));
}

TEST_F(TracksViewTest, AnEmptyTrackShowsNoReturnPerHour) {
    activities.erase(activities.begin()); // the only media activity
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.totalText(Track::Media, Total::Activities), QStringLiteral("0"));
    EXPECT_EQ(view.totalText(Track::Media, Total::Effort), QStringLiteral("0 h"));
    EXPECT_EQ(view.totalText(Track::Media, Total::ReturnPerHour), QStringLiteral("—"));
}

TEST_F(TracksViewTest, DroppingAnActivityOnTheOtherColumnRequestsItsOverride) {
    TracksListModel *media = view.model(Track::Media);
    TracksListModel *networking = view.model(Track::Networking);
    const std::unique_ptr<QMimeData> data(media->mimeData({media->index(0, 0)}));
    ASSERT_TRUE(data);
    EXPECT_TRUE(data->hasFormat(TracksListModel::mimeType()));
    EXPECT_EQ(TracksListModel::decodeIds(data.get()), QList<core::ActivityId>{core::ActivityId{1}});

    ASSERT_TRUE(networking->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_TRUE(networking->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].first, core::ActivityId{1});
    EXPECT_EQ(requests[0].second, std::optional<Track>(Track::Networking));
    // The rows move only when the campaign is shown again.
    EXPECT_EQ(media->rowCount(), 1);
}

TEST_F(TracksViewTest, DroppingThroughTheSortedListReachesTheModel) {
    QAbstractItemModel *networking = view.list(Track::Networking)->model();
    QAbstractItemModel *media = view.list(Track::Media)->model();
    const std::unique_ptr<QMimeData> data(
        networking->mimeData({networking->index(0, 0), networking->index(1, 0)}));
    ASSERT_TRUE(data);
    EXPECT_TRUE(media->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    ASSERT_EQ(requests.size(), 2u);
    for (const Request &request : requests)
        EXPECT_EQ(request.second, std::optional<Track>(Track::Media));
    EXPECT_NE(requests[0].first, requests[1].first);
}

TEST_F(TracksViewTest, DroppingOnTheSameColumnRequestsNothing) {
    TracksListModel *networking = view.model(Track::Networking);
    const std::unique_ptr<QMimeData> data(networking->mimeData({networking->index(0, 0)}));
    EXPECT_FALSE(networking->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_FALSE(networking->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_TRUE(requests.empty());
}

TEST_F(TracksViewTest, ForeignOrDamagedDragDataIsRefused) {
    QMimeData text;
    text.setText(QStringLiteral("1"));
    EXPECT_FALSE(view.model(Track::Media)->canDropMimeData(&text, Qt::MoveAction, -1, -1, {}));
    QMimeData damaged;
    damaged.setData(TracksListModel::mimeType(), QByteArray("\x01\x02\x03", 3));
    EXPECT_TRUE(TracksListModel::decodeIds(&damaged).isEmpty());
    EXPECT_FALSE(view.model(Track::Media)->dropMimeData(&damaged, Qt::MoveAction, -1, -1, {}));
    EXPECT_TRUE(requests.empty());
}

TEST_F(TracksViewTest, MoveToTheOtherTrackRequestsEachSelectedActivity) {
    select(Track::Networking, {2, 3});
    view.moveSelectionToOtherTrack(Track::Networking);
    ASSERT_EQ(requests.size(), 2u);
    for (const Request &request : requests)
        EXPECT_EQ(request.second, std::optional<Track>(Track::Media));
}

TEST_F(TracksViewTest, ContextMenuOffersMoveAndClearOverride) {
    const QList<QAction *> actions = view.list(Track::Media)->actions();
    ASSERT_EQ(actions.size(), 2);
    EXPECT_EQ(actions[0]->text(), QStringLiteral("Move to Relationship networking"));
    EXPECT_EQ(actions[1]->text(), QStringLiteral("Clear override"));
    EXPECT_FALSE(actions[0]->isEnabled()); // nothing selected

    select(Track::Media, {1});
    EXPECT_TRUE(actions[0]->isEnabled());
    EXPECT_FALSE(actions[1]->isEnabled()); // not overridden
    actions[0]->trigger();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0], Request(1, Track::Networking));
}

TEST_F(TracksViewTest, ClearOverrideRequestsOnlyOverriddenActivities) {
    activities[1].trackOverride = Track::Networking; // equal to the computed track
    view.showCampaign(campaign, activities);
    select(Track::Networking, {2, 3});
    QAction *clear = view.list(Track::Networking)->actions()[1];
    EXPECT_TRUE(clear->isEnabled());
    clear->trigger();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0], Request(2, std::nullopt));
}

TEST_F(TracksViewTest, AnEditKeepsTheSelection) {
    select(Track::Networking, {3});
    activities[2].cadencePerWeek = 2; // same activities, new figures: updated in place
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.selectedActivities(Track::Networking),
              QList<core::ActivityId>{core::ActivityId{3}});
    EXPECT_EQ(text(Track::Networking, 3, TracksListModel::Effort), QStringLiteral("80 h"));

    activities.erase(activities.begin() + 1); // the rows change: the model resets
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.selectedActivities(Track::Networking),
              QList<core::ActivityId>{core::ActivityId{3}});
}

TEST_F(TracksViewTest, ClearEmptiesBothColumns) {
    view.clear();
    EXPECT_EQ(view.model(Track::Media)->rowCount(), 0);
    EXPECT_EQ(view.model(Track::Networking)->rowCount(), 0);
    EXPECT_EQ(view.totalText(Track::Media, Total::Return), QStringLiteral("—"));
    view.showCampaign(campaign, activities);
    EXPECT_EQ(view.model(Track::Networking)->rowCount(), 2);
}

TEST_F(TracksViewTest, ReturnHeaderNamesTheUnit) {
    const QString tip = view.model(Track::Media)
                            ->headerData(TracksListModel::Return, Qt::Horizontal, Qt::ToolTipRole)
                            .toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("leads")));
}

} // namespace
} // namespace castnet::ui::test
