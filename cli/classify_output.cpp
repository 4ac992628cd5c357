// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/classify_output.h"

#include <nlohmann/json.hpp>

#include "cli/text_table.h"
#include "core/analysis/classification.h"
#include "core/text/display_number.h"
#include "core/text/number_format.h"

namespace castnet::cli {

using core::Activity;
using core::ActivityWarning;
using core::Classification;
using core::Objective;
using core::toString;
using core::TrackReason;
using core::trackWarnings;

std::string classificationJson(const std::vector<Activity> &activities, Objective objective) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Activity &activity : activities) {
        const Classification c = classify(activity, objective);
        nlohmann::json reasons = nlohmann::json::array();
        for (const TrackReason &reason : c.reasons)
            reasons.push_back(describe(reason));
        rows.push_back({{"id", activity.id},
                        {"title", activity.title},
                        {"track", toString(c.track)},
                        {"computed_track", toString(c.computedTrack)},
                        {"confidence", c.confidence},
                        {"reasons", std::move(reasons)},
                        {"overridden", c.overridden}});
    }
    // Titles are user text: invalid UTF-8 cannot reach here (validated), but
    // replace rather than throw should it ever.
    return rows.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string classificationTable(const std::vector<Activity> &activities, Objective objective) {
    using Align = TextTable::Align;
    TextTable table({{"id", Align::Right},
                     {"title"},
                     {"channel"},
                     {"track"},
                     {"computed"},
                     {"confidence", Align::Right},
                     {"override"}});
    std::string reasons;
    for (const Activity &activity : activities) {
        const Classification c = classify(activity, objective);
        table.addRow({std::to_string(activity.id.value()), activity.title, activity.channel,
                      std::string(toString(c.track)), std::string(toString(c.computedTrack)),
                      core::displayPercent(c.confidence), c.overridden ? "yes" : ""});
        reasons += "#" + std::to_string(activity.id.value()) + " " + activity.title + "\n";
        for (const TrackReason &reason : c.reasons)
            reasons += "  - " + describe(reason) + "\n";
    }
    std::string out = table.render();
    if (!reasons.empty())
        out += "\nReasons\n" + reasons;
    const auto warnings = trackWarnings(activities, objective);
    if (!warnings.empty()) {
        out += "\nWarnings\n";
        for (const ActivityWarning &warning : warnings)
            out += "  - " + warning.message + "\n";
    }
    return out;
}

} // namespace castnet::cli
