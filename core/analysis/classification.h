// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/enums.h"
#include "core/domain/ids.h"

namespace castnet::core {

// The points of the reference article that classification weighs (DESIGN §4).
enum class ArticlePoint { Communication, Content, EndGoal, Effort };

// "communication", "content", "end goal", "effort".
std::string_view toString(ArticlePoint point);

// One point of the article that spoke for a track. Positive scores speak for
// media, negative ones for networking; a point scoring 0 gives no reason.
struct TrackReason {
    ArticlePoint point = ArticlePoint::Communication;
    std::string sentence; // "two-way dialogue: networking is give-and-take"
    int score = 0;

    friend bool operator==(const TrackReason &, const TrackReason &) = default;
};

struct Classification {
    Track track = Track::Media;         // effective: the override when set, else computed
    Track computedTrack = Track::Media; // from the score, whatever the override
    double confidence = 0.0;            // |score| / 8, always from the computed score
    int score = 0;                      // sum of the points' scores, in [-8, 8]
    std::vector<TrackReason> reasons; // in article order: communication, content, end goal, effort
    bool overridden = false;          // an override is stored, even one equal to computedTrack

    friend bool operator==(const Classification &, const Classification &) = default;
};

// Classifies an activity by the four points of DESIGN §4. A tie (score 0)
// follows the campaign objective: community and feedback lean to networking,
// every other objective to media.
Classification classify(const Activity &activity, Objective campaignObjective);

// The summed score alone, without building the reason sentences.
int trackScore(const Activity &activity);

// The track every later computation uses: the override, else the computed one.
// Cheap: it builds no sentences.
Track effectiveTrack(const Activity &activity, Objective campaignObjective);

// "communication: two-way dialogue: networking is give-and-take" — a reason
// with the article point it cites, for tooltips and reports.
std::string describe(const TrackReason &reason);

// Plan problems found while classifying and projecting (DESIGN §2).
enum class WarningKind {
    // A networking activity marked automated: no shortcut, so no hours saved.
    AutomatedNetworking
};

struct ActivityWarning {
    WarningKind kind = WarningKind::AutomatedNetworking;
    ActivityId activityId;
    std::string message; // a whole sentence naming the activity

    friend bool operator==(const ActivityWarning &, const ActivityWarning &) = default;
};

// The warnings for one activity, given its effective track (empty when none).
std::vector<ActivityWarning> trackWarnings(const Activity &activity, Track effective);

// The warnings for every activity of a campaign, in activity order.
std::vector<ActivityWarning> trackWarnings(const std::vector<Activity> &activities,
                                           Objective campaignObjective);

} // namespace castnet::core
