// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/classification.h"

#include <cstdlib>

#include <gtest/gtest.h>

namespace castnet::core {
namespace {

Activity activity(Interaction interaction, Format format, Goal goal, bool automated) {
    Activity result;
    result.id = ActivityId{7};
    result.title = "Weekly AMA";
    result.interaction = interaction;
    result.format = format;
    result.goal = goal;
    result.automated = automated;
    result.endWeek = 4;
    return result;
}

// DESIGN §4, written out again so that the test does not share the code's table.
int communicationScore(Interaction interaction) {
    switch (interaction) {
    case Interaction::Broadcast:
        return 3;
    case Interaction::Dialogue:
        return -2;
    case Interaction::Community:
        return -3;
    }
    return 99;
}

int contentScore(Format format) {
    switch (format) {
    case Format::Image:
    case Format::Video:
    case Format::Infographic:
    case Format::WhitePaper:
    case Format::Article:
    case Format::LiveStream:
    case Format::Story:
    case Format::Newsletter:
    case Format::Ad:
        return 2;
    case Format::ThreadReply:
    case Format::Question:
    case Format::Poll:
    case Format::DirectMessage:
    case Format::CommunityPost:
        return -2;
    case Format::Event:
    case Format::Webinar:
    case Format::Podcast:
        return 0;
    }
    return 99;
}

int goalScore(Goal goal) {
    switch (goal) {
    case Goal::Leads:
    case Goal::Data:
    case Goal::Sales:
        return 2;
    case Goal::Awareness:
        return 1;
    case Goal::Relationships:
    case Goal::Feedback:
    case Goal::Referrals:
        return -2;
    }
    return 99;
}

constexpr Interaction interactions[] = {Interaction::Broadcast, Interaction::Dialogue,
                                        Interaction::Community};
constexpr Format formats[] = {Format::Image,         Format::Video,         Format::Infographic,
                              Format::WhitePaper,    Format::Article,       Format::LiveStream,
                              Format::Story,         Format::Newsletter,    Format::Ad,
                              Format::ThreadReply,   Format::Question,      Format::Poll,
                              Format::DirectMessage, Format::CommunityPost, Format::Event,
                              Format::Webinar,       Format::Podcast};
constexpr Goal goals[] = {Goal::Awareness,     Goal::Leads,    Goal::Data,     Goal::Sales,
                          Goal::Relationships, Goal::Feedback, Goal::Referrals};
constexpr Objective objectives[] = {Objective::Awareness, Objective::Leads, Objective::Sales,
                                    Objective::Community, Objective::Feedback};

TEST(ClassifyTest, BroadcastVideoForSalesScheduledAheadIsMediaWithFullConfidence) {
    // 3 (broadcast) + 2 (video) + 2 (sales) + 1 (automated) = 8 -> media, 8 / 8 = 1.
    const Classification result = classify(
        activity(Interaction::Broadcast, Format::Video, Goal::Sales, true), Objective::Awareness);
    EXPECT_EQ(result.score, 8);
    EXPECT_EQ(result.track, Track::Media);
    EXPECT_EQ(result.computedTrack, Track::Media);
    EXPECT_DOUBLE_EQ(result.confidence, 1.0);
    EXPECT_FALSE(result.overridden);
    ASSERT_EQ(result.reasons.size(), 4u);
    EXPECT_EQ(result.reasons[0].point, ArticlePoint::Communication);
    EXPECT_EQ(result.reasons[0].score, 3);
    EXPECT_EQ(result.reasons[1].point, ArticlePoint::Content);
    EXPECT_EQ(result.reasons[1].score, 2);
    EXPECT_EQ(result.reasons[2].point, ArticlePoint::EndGoal);
    EXPECT_EQ(result.reasons[2].score, 2);
    EXPECT_EQ(result.reasons[3].point, ArticlePoint::Effort);
    EXPECT_EQ(result.reasons[3].score, 1);
}

TEST(ClassifyTest, CommunityQuestionForRelationshipsByHandIsNetworkingWithFullConfidence) {
    // -3 (community) - 2 (question) - 2 (relationships) - 1 (by hand) = -8.
    const Classification result =
        classify(activity(Interaction::Community, Format::Question, Goal::Relationships, false),
                 Objective::Sales);
    EXPECT_EQ(result.score, -8);
    EXPECT_EQ(result.track, Track::Networking);
    EXPECT_DOUBLE_EQ(result.confidence, 1.0);
    EXPECT_EQ(result.reasons.size(), 4u);
}

TEST(ClassifyTest, ConfidenceIsTheScoreOverEight) {
    // 3 (broadcast) - 2 (poll) + 1 (awareness) + 1 (automated) = 3 -> 3 / 8 = 0.375.
    const Classification result =
        classify(activity(Interaction::Broadcast, Format::Poll, Goal::Awareness, true),
                 Objective::Awareness);
    EXPECT_EQ(result.score, 3);
    EXPECT_DOUBLE_EQ(result.confidence, 0.375);
}

TEST(ClassifyTest, ReasonsAreSentencesAMarketerReads) {
    const Classification result =
        classify(activity(Interaction::Dialogue, Format::DirectMessage, Goal::Feedback, false),
                 Objective::Awareness);
    ASSERT_EQ(result.reasons.size(), 4u);
    EXPECT_EQ(result.reasons[0].sentence, "two-way dialogue: networking is give-and-take");
    EXPECT_EQ(describe(result.reasons[0]),
              "communication: two-way dialogue: networking is give-and-take");
    EXPECT_EQ(result.reasons[1].sentence.rfind("a direct message is conversation", 0), 0u);
    for (const TrackReason &reason : result.reasons) {
        EXPECT_FALSE(reason.sentence.empty());
        EXPECT_EQ(reason.sentence.find('_'), std::string::npos) << reason.sentence;
    }
}

TEST(ClassifyTest, ArticlePointsAreNamedAsInTheArticle) {
    EXPECT_EQ(toString(ArticlePoint::Communication), "communication");
    EXPECT_EQ(toString(ArticlePoint::Content), "content");
    EXPECT_EQ(toString(ArticlePoint::EndGoal), "end goal");
    EXPECT_EQ(toString(ArticlePoint::Effort), "effort");
}

TEST(ClassifyTest, EventsWebinarsAndPodcastsGiveNoContentReason) {
    for (Format format : {Format::Event, Format::Webinar, Format::Podcast}) {
        const Classification result = classify(
            activity(Interaction::Broadcast, format, Goal::Leads, true), Objective::Awareness);
        // 3 + 0 + 2 + 1 = 6; the content point scored 0 and stays silent.
        EXPECT_EQ(result.score, 6);
        ASSERT_EQ(result.reasons.size(), 3u);
        for (const TrackReason &reason : result.reasons)
            EXPECT_NE(reason.point, ArticlePoint::Content);
    }
}

TEST(ClassifyTest, TieFollowsTheCampaignObjective) {
    // -2 (dialogue) + 0 (webinar) + 1 (awareness) + 1 (automated) = 0.
    const Activity tie = activity(Interaction::Dialogue, Format::Webinar, Goal::Awareness, true);
    ASSERT_EQ(trackScore(tie), 0);
    EXPECT_EQ(classify(tie, Objective::Awareness).track, Track::Media);
    EXPECT_EQ(classify(tie, Objective::Leads).track, Track::Media);
    EXPECT_EQ(classify(tie, Objective::Sales).track, Track::Media);
    EXPECT_EQ(classify(tie, Objective::Community).track, Track::Networking);
    EXPECT_EQ(classify(tie, Objective::Feedback).track, Track::Networking);
    EXPECT_DOUBLE_EQ(classify(tie, Objective::Feedback).confidence, 0.0);
}

TEST(ClassifyTest, OverrideWinsButTheComputedTrackAndReasonsStayVisible) {
    Activity post = activity(Interaction::Broadcast, Format::Image, Goal::Sales, true);
    post.trackOverride = Track::Networking;
    const Classification result = classify(post, Objective::Awareness);
    EXPECT_EQ(result.track, Track::Networking);
    EXPECT_EQ(result.computedTrack, Track::Media);
    EXPECT_TRUE(result.overridden);
    EXPECT_EQ(result.score, 8);
    EXPECT_DOUBLE_EQ(result.confidence, 1.0);
    EXPECT_EQ(result.reasons.size(), 4u);
    EXPECT_EQ(effectiveTrack(post, Objective::Awareness), Track::Networking);
}

TEST(ClassifyTest, OverrideEqualToTheComputedTrackStillCountsAsOverridden) {
    Activity post = activity(Interaction::Broadcast, Format::Image, Goal::Sales, true);
    post.trackOverride = Track::Media;
    const Classification result = classify(post, Objective::Awareness);
    EXPECT_TRUE(result.overridden);
    EXPECT_EQ(result.track, Track::Media);
}

TEST(ClassifyTest, EveryCombinationScoresAsTheDesignTableSays) {
    int combinations = 0;
    for (Interaction interaction : interactions) {
        for (Format format : formats) {
            for (Goal goal : goals) {
                for (bool automated : {false, true}) {
                    const Activity item = activity(interaction, format, goal, automated);
                    const int expected = communicationScore(interaction) + contentScore(format) +
                                         goalScore(goal) + (automated ? 1 : -1);
                    for (Objective objective : objectives) {
                        const Classification result = classify(item, objective);
                        ASSERT_EQ(result.score, expected);
                        ASSERT_EQ(trackScore(item), expected);
                        Track track = expected > 0 ? Track::Media : Track::Networking;
                        if (expected == 0)
                            track = (objective == Objective::Community ||
                                     objective == Objective::Feedback)
                                        ? Track::Networking
                                        : Track::Media;
                        ASSERT_EQ(result.computedTrack, track);
                        ASSERT_EQ(result.track, track);
                        ASSERT_EQ(effectiveTrack(item, objective), track);
                        ASSERT_DOUBLE_EQ(result.confidence, std::abs(expected) / 8.0);
                        int reasonSum = 0;
                        for (const TrackReason &reason : result.reasons) {
                            ASSERT_NE(reason.score, 0);
                            reasonSum += reason.score;
                        }
                        ASSERT_EQ(reasonSum, expected);
                        ASSERT_EQ(result.reasons.size(), contentScore(format) == 0 ? 3u : 4u);
                    }
                    ++combinations;
                }
            }
        }
    }
    EXPECT_EQ(combinations, 3 * 17 * 7 * 2);
}

TEST(ClassifyTest, AutomatedNetworkingDrawsAWarning) {
    const Activity ama = activity(Interaction::Community, Format::Question, Goal::Feedback, true);
    const std::vector<ActivityWarning> warnings = trackWarnings({ama}, Objective::Awareness);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].kind, WarningKind::AutomatedNetworking);
    EXPECT_EQ(warnings[0].activityId, ActivityId{7});
    EXPECT_EQ(warnings[0].message, "\"Weekly AMA\" is marked automated, but networking has no "
                                   "shortcut: no hours are saved");
}

TEST(ClassifyTest, AutomatedMediaAndHandMadeNetworkingDrawNoWarning) {
    const Activity media = activity(Interaction::Broadcast, Format::Video, Goal::Sales, true);
    const Activity talk = activity(Interaction::Community, Format::Question, Goal::Feedback, false);
    EXPECT_TRUE(trackWarnings({media, talk}, Objective::Awareness).empty());
}

TEST(ClassifyTest, WarningFollowsTheEffectiveTrack) {
    Activity post = activity(Interaction::Broadcast, Format::Video, Goal::Sales, true);
    post.trackOverride = Track::Networking;
    EXPECT_EQ(trackWarnings({post}, Objective::Awareness).size(), 1u);

    Activity ama = activity(Interaction::Community, Format::Question, Goal::Feedback, true);
    ama.trackOverride = Track::Media;
    EXPECT_TRUE(trackWarnings({ama}, Objective::Awareness).empty());
}

} // namespace
} // namespace castnet::core
