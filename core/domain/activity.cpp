// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/activity.h"

#include <fmt/format.h>

#include "core/domain/activity_field.h"
#include "core/domain/campaign.h"
#include "core/domain/try.h"
#include "core/domain/uuid.h"

namespace castnet::core {

namespace {

Result<void> checkNumbers(const Activity &a) {
    const std::pair<ActivityField, double> numbers[] = {
        {ActivityField::CadencePerWeek, a.cadencePerWeek},
        {ActivityField::HoursPerOccurrence, a.hoursPerOccurrence},
        {ActivityField::SetupHours, a.setupHours},
        {ActivityField::StartWeek, a.startWeek},
        {ActivityField::EndWeek, a.endWeek},
    };
    for (const auto &[field, value] : numbers) {
        CASTNET_TRY_VOID(checkNumber(field, value));
    }
    const std::pair<ActivityField, std::optional<double>> parameters[] = {
        {ActivityField::MaxWeeklyReturn, a.response.maxWeeklyReturn},
        {ActivityField::HalfSaturationHours, a.response.halfSaturationHours},
        {ActivityField::Shape, a.response.shape},
        {ActivityField::Carryover, a.response.carryover},
    };
    for (const auto &[field, value] : parameters) {
        if (value)
            CASTNET_TRY_VOID(checkNumber(field, *value));
    }
    return {};
}

Result<void> checkCost(Cents cost) {
    if (cost.value() < 0 || cost.value() > Cents::maxUnits * 100) {
        return fail(fmt::format("cost_per_occurrence must be between 0 and {}, not {}",
                                Cents::maxUnits, cost.toString()),
                    "cost_per_occurrence");
    }
    return {};
}

} // namespace

Result<void> validate(const Activity &activity) {
    for (const auto &[field, text] : {std::pair{ActivityField::Channel, &activity.channel},
                                      std::pair{ActivityField::Title, &activity.title},
                                      std::pair{ActivityField::Notes, &activity.notes}})
        CASTNET_TRY_VOID(checkText(field, *text));
    CASTNET_TRY_VOID(checkNumbers(activity));
    CASTNET_TRY_VOID(checkCost(activity.costPerOccurrence));
    if (!activity.uid.empty() && !isUuid(activity.uid))
        return fail(fmt::format("uid \"{}\" is not a UUID", activity.uid), "uid");
    if (activity.revision < 0)
        return fail(fmt::format("revision must be at least 1, not {}", activity.revision),
                    "revision");
    if (activity.endWeek < activity.startWeek) {
        return fail(fmt::format("end_week {} is before start_week {}", activity.endWeek,
                                activity.startWeek),
                    "end_week");
    }
    return {};
}

Result<void> validate(const Activity &activity, const Campaign &campaign) {
    CASTNET_TRY_VOID(validate(activity));
    if (activity.startWeek > campaign.weeks) {
        return fail(fmt::format("start_week {} is after the campaign's {} weeks",
                                activity.startWeek, campaign.weeks),
                    "start_week");
    }
    if (activity.endWeek > campaign.weeks) {
        return fail(fmt::format("end_week {} is after the campaign's {} weeks", activity.endWeek,
                                campaign.weeks),
                    "end_week");
    }
    return {};
}

} // namespace castnet::core
