// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/classification.h"

#include <cstdlib>
#include <utility>

namespace castnet::core {

namespace {

// The largest |score|: broadcast (3) + media content (2) + sales goal (2) +
// automated (1). Confidence is measured against it.
constexpr double maxAbsoluteScore = 8.0;

struct PointScore {
    int score = 0;
    const char *sentence = "";
};

PointScore communication(Interaction interaction) {
    switch (interaction) {
    case Interaction::Broadcast:
        return {3, "one-to-many broadcast: media pushes content to followers and ends in calls "
                   "to action"};
    case Interaction::Dialogue:
        return {-2, "two-way dialogue: networking is give-and-take"};
    case Interaction::Community:
        return {-3, "many-to-many community: networking means posting, listening and answering "
                    "others"};
    }
    return {};
}

PointScore content(Format format) {
    // The sentence is the format with its article; contentTail() completes it.
    switch (format) {
    case Format::Image:
        return {2, "an image"};
    case Format::Video:
        return {2, "a video"};
    case Format::Infographic:
        return {2, "an infographic"};
    case Format::WhitePaper:
        return {2, "a white paper"};
    case Format::Article:
        return {2, "an article"};
    case Format::LiveStream:
        return {2, "a live stream"};
    case Format::Story:
        return {2, "a story"};
    case Format::Newsletter:
        return {2, "a newsletter"};
    case Format::Ad:
        return {2, "an ad"};
    case Format::ThreadReply:
        return {-2, "a thread reply"};
    case Format::Question:
        return {-2, "a question"};
    case Format::Poll:
        return {-2, "a poll"};
    case Format::DirectMessage:
        return {-2, "a direct message"};
    case Format::CommunityPost:
        return {-2, "a community post"};
    // Events, webinars and podcasts serve both tracks: the content point is silent.
    case Format::Event:
    case Format::Webinar:
    case Format::Podcast:
        return {0, ""};
    }
    return {};
}

const char *contentTail(int score) {
    return score > 0 ? " is a media asset made to create interest and buzz"
                     : " is conversation: networking content is questions and talk in an "
                       "informative tone";
}

PointScore endGoal(Goal goal) {
    switch (goal) {
    case Goal::Leads:
        return {2, "aims at leads: media's bottom line is lead generation, data and sales"};
    case Goal::Data:
        return {2, "aims at data: media's bottom line is lead generation, data and sales"};
    case Goal::Sales:
        return {2, "aims at sales: media's bottom line is lead generation, data and sales"};
    case Goal::Awareness:
        return {1, "aims at awareness: presence and reach across the globe lean to media"};
    case Goal::Relationships:
        return {-2, "aims at relationships: networking builds and fosters them"};
    case Goal::Feedback:
        return {-2, "aims at feedback: organic feedback comes from networking's conversations"};
    case Goal::Referrals:
        return {-2, "aims at referrals: they come from the relationships networking builds"};
    }
    return {};
}

PointScore effort(bool automated) {
    if (automated)
        return {1, "scheduled ahead (automated): media can be automated to save hours"};
    return {-1, "done by hand: networking has no shortcut, it takes time and people"};
}

Track trackFromScore(int score, Objective objective) {
    if (score > 0)
        return Track::Media;
    if (score < 0)
        return Track::Networking;
    const bool relational = objective == Objective::Community || objective == Objective::Feedback;
    return relational ? Track::Networking : Track::Media;
}

} // namespace

std::string_view toString(ArticlePoint point) {
    switch (point) {
    case ArticlePoint::Communication:
        return "communication";
    case ArticlePoint::Content:
        return "content";
    case ArticlePoint::EndGoal:
        return "end goal";
    case ArticlePoint::Effort:
        return "effort";
    }
    return "";
}

int trackScore(const Activity &activity) {
    return communication(activity.interaction).score + content(activity.format).score +
           endGoal(activity.goal).score + effort(activity.automated).score;
}

Track effectiveTrack(const Activity &activity, Objective campaignObjective) {
    if (activity.trackOverride)
        return *activity.trackOverride;
    return trackFromScore(trackScore(activity), campaignObjective);
}

Classification classify(const Activity &activity, Objective campaignObjective) {
    Classification result;
    auto speak = [&result](ArticlePoint point, const PointScore &part, std::string sentence) {
        result.score += part.score;
        if (part.score != 0)
            result.reasons.push_back({point, std::move(sentence), part.score});
    };
    const PointScore talk = communication(activity.interaction);
    speak(ArticlePoint::Communication, talk, talk.sentence);
    const PointScore made = content(activity.format);
    speak(ArticlePoint::Content, made, std::string(made.sentence) + contentTail(made.score));
    const PointScore goal = endGoal(activity.goal);
    speak(ArticlePoint::EndGoal, goal, goal.sentence);
    const PointScore work = effort(activity.automated);
    speak(ArticlePoint::Effort, work, work.sentence);

    result.computedTrack = trackFromScore(result.score, campaignObjective);
    result.confidence = std::abs(result.score) / maxAbsoluteScore;
    result.overridden = activity.trackOverride.has_value();
    result.track = activity.trackOverride.value_or(result.computedTrack);
    return result;
}

std::string describe(const TrackReason &reason) {
    std::string text(toString(reason.point));
    text += ": ";
    text += reason.sentence;
    return text;
}

std::vector<ActivityWarning> trackWarnings(const Activity &activity, Track effective) {
    std::vector<ActivityWarning> warnings;
    if (effective == Track::Networking && activity.automated) {
        std::string name = "\"" + activity.title + "\"";
        if (activity.title.empty())
            name = "An untitled networking activity";
        warnings.push_back({WarningKind::AutomatedNetworking, activity.id,
                            name + " is marked automated, but networking has no shortcut: "
                                   "no hours are saved"});
    }
    return warnings;
}

std::vector<ActivityWarning> trackWarnings(const std::vector<Activity> &activities,
                                           Objective campaignObjective) {
    std::vector<ActivityWarning> warnings;
    for (const Activity &activity : activities) {
        for (ActivityWarning &warning :
             trackWarnings(activity, effectiveTrack(activity, campaignObjective)))
            warnings.push_back(std::move(warning));
    }
    return warnings;
}

} // namespace castnet::core
