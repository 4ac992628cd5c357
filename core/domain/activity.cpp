// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/activity.h"

#include <fmt/format.h>

#include "core/domain/activity_field.h"
#include "core/domain/campaign.h"

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
        if (auto ok = checkNumber(field, value); !ok)
            return ok;
    }
    const std::pair<ActivityField, std::optional<double>> parameters[] = {
        {ActivityField::MaxWeeklyReturn, a.response.maxWeeklyReturn},
        {ActivityField::HalfSaturationHours, a.response.halfSaturationHours},
        {ActivityField::Shape, a.response.shape},
        {ActivityField::Carryover, a.response.carryover},
    };
    for (const auto &[field, value] : parameters) {
        if (!value)
            continue;
        if (auto ok = checkNumber(field, *value); !ok)
            return ok;
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
                                      std::pair{ActivityField::Notes, &activity.notes}}) {
        if (auto ok = checkText(field, *text); !ok)
            return ok;
    }
    if (auto ok = checkNumbers(activity); !ok)
        return ok;
    if (auto ok = checkCost(activity.costPerOccurrence); !ok)
        return ok;
    if (activity.endWeek < activity.startWeek) {
        return fail(fmt::format("end_week {} is before start_week {}", activity.endWeek,
                                activity.startWeek),
                    "end_week");
    }
    return {};
}

Result<void> validate(const Activity &activity, const Campaign &campaign) {
    if (auto ok = validate(activity); !ok)
        return ok;
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
