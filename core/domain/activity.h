// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/domain/enums.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"

namespace castnet::core {

struct Campaign;

// Response-curve parameters; std::nullopt means "the track default".
struct ResponseParameters {
    std::optional<double> maxWeeklyReturn;     // R >= 0
    std::optional<double> halfSaturationHours; // gamma > 0
    std::optional<double> shape;               // s > 0
    std::optional<double> carryover;           // theta in [0, 1)

    friend bool operator==(const ResponseParameters &, const ResponseParameters &) = default;
};

struct Activity {
    static constexpr double maxCadencePerWeek = 1000.0;
    static constexpr double maxHoursPerOccurrence = 168.0;
    static constexpr double maxSetupHours = 10000.0;

    ActivityId id;
    CampaignId campaignId;
    std::string channel;
    std::string title;
    Format format = Format::Image;
    Interaction interaction = Interaction::Broadcast;
    bool automated = false;
    Goal goal = Goal::Awareness;
    double cadencePerWeek = 1.0;     // occurrences per week, fractions allowed
    double hoursPerOccurrence = 1.0; // output hours of one occurrence
    double setupHours = 0.0;         // once, in the start week
    Cents costPerOccurrence;         // at most 2 decimals by construction
    int startWeek = 1;               // 1-based, inclusive
    int endWeek = 1;                 // 1-based, inclusive
    ResponseParameters response;
    std::optional<Track> trackOverride;
    std::string notes;
    // A UUID the workspace gives the activity when it is first stored and
    // keeps across every change, so that a calendar or another workspace
    // can recognise it; empty means "not stored yet".
    std::string uid;
    // 1 when first stored, one more with every stored change (a calendar's
    // SEQUENCE); 0 means "not stored yet".
    std::int64_t revision = 0;

    friend bool operator==(const Activity &, const Activity &) = default;
};

// Checks every field, and the weeks against the campaign's length.
// The error's field is the CSV column name ("cadence_per_week").
Result<void> validate(const Activity &activity, const Campaign &campaign);

// Checks the fields that do not depend on the campaign.
Result<void> validate(const Activity &activity);

} // namespace castnet::core
