// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/campaign.h"

#include <chrono>
#include <cmath>
#include <ctime>

#include <fmt/format.h>

#include "core/domain/text_limits.h"
#include "core/domain/try.h"
#include "core/text/number_format.h"

namespace castnet::core {

namespace {

constexpr double maxCapacityHoursPerWeek = 100'000.0; // a large team, still a plan

bool isIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    const auto year = parseInt(text.substr(0, 4));
    const auto month = parseInt(text.substr(5, 2));
    const auto day = parseInt(text.substr(8, 2));
    if (!year || !month || !day || text[5] == '+' || text[8] == '+' || text[0] == '+')
        return false;
    const std::chrono::year_month_day date{std::chrono::year{*year},
                                           std::chrono::month{static_cast<unsigned>(*month)},
                                           std::chrono::day{static_cast<unsigned>(*day)}};
    return *month >= 1 && *day >= 1 && date.ok();
}

Result<void> checkLabel(const std::string &text, const char *field, std::size_t limit) {
    if (trim(text).empty())
        return fail(fmt::format("{} must not be empty", field), field);
    if (!isValidUtf8(text) || text.find('\0') != std::string::npos)
        return fail(fmt::format("{} is not valid UTF-8 text", field), field);
    if (characterCount(text) > limit)
        return fail(fmt::format("{} {}", field, tooLong(limit, text)), field);
    return {};
}

} // namespace

Campaign defaultCampaign(std::string name, std::string today) {
    Campaign campaign;
    campaign.name = std::move(name);
    campaign.startDate = std::move(today);
    return campaign;
}

std::string todayIsoDate() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

Result<void> validate(const Campaign &c) {
    CASTNET_TRY_VOID(checkLabel(c.name, "name", textLimits::name));
    if (!isIsoDate(c.startDate)) {
        return fail(
            fmt::format("start_date must be a date such as 2026-03-01, not \"{}\"", c.startDate),
            "start_date");
    }
    if (c.weeks < Campaign::minWeeks || c.weeks > Campaign::maxWeeks) {
        return fail(fmt::format("weeks must be between {} and {}, not {}", Campaign::minWeeks,
                                Campaign::maxWeeks, c.weeks),
                    "weeks");
    }
    if (!std::isfinite(c.capacityHoursPerWeek) || c.capacityHoursPerWeek < 0 ||
        c.capacityHoursPerWeek > maxCapacityHoursPerWeek) {
        return fail(fmt::format("capacity_hours_per_week must be between 0 and {}, not {}",
                                formatDouble(maxCapacityHoursPerWeek),
                                formatDouble(c.capacityHoursPerWeek)),
                    "capacity_hours_per_week");
    }
    if (c.budgetPerWeek &&
        (c.budgetPerWeek->value() < 0 || c.budgetPerWeek->value() > Cents::maxUnits * 100)) {
        return fail(fmt::format("budget_per_week must be between 0 and {}, not {}", Cents::maxUnits,
                                c.budgetPerWeek->toString()),
                    "budget_per_week");
    }
    CASTNET_TRY_VOID(checkLabel(c.currency, "currency", textLimits::label));
    CASTNET_TRY_VOID(checkLabel(c.returnUnit, "return_unit", textLimits::label));
    if (!std::isfinite(c.automationSaving) || c.automationSaving < 0 || c.automationSaving >= 1) {
        return fail(fmt::format("automation_saving must be at least 0 and below 1, not {}",
                                formatDouble(c.automationSaving)),
                    "automation_saving");
    }
    return {};
}

} // namespace castnet::core
