// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/scenario.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include <fmt/format.h>

#include "core/domain/text_limits.h"
#include "core/domain/try.h"
#include "core/text/number_format.h"

namespace castnet::core {

namespace {

constexpr double maxAllocationHours = 1e12;

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

Result<void> validateAllocation(const Allocation &allocation) {
    if (auto ok = checkAllocationHours(allocation.hours); !ok)
        return fail(
            fmt::format("hours for activity {} {}", allocation.activityId, ok.error().message),
            "hours");
    return {};
}

} // namespace

bool isReservedScenarioName(std::string_view name) {
    const std::string_view word = trim(name);
    constexpr std::string_view plan = Scenario::planName;
    return std::equal(word.begin(), word.end(), plan.begin(), plan.end(),
                      [](char a, char b) { return asciiLower(a) == b; });
}

Result<void> validateScenarioName(std::string_view name) {
    if (trim(name).empty())
        return fail("scenario name must not be empty", "name");
    if (!isValidUtf8(name) || name.find('\0') != std::string_view::npos)
        return fail("scenario name is not valid UTF-8 text", "name");
    if (characterCount(name) > textLimits::name)
        return fail(fmt::format("scenario name {}", tooLong(textLimits::name, name)), "name");
    if (isReservedScenarioName(name))
        return fail("\"plan\" is the name of the plan itself; choose another scenario name",
                    "name");
    return {};
}

Result<void> checkAllocationHours(double hours) {
    if (std::isfinite(hours) && hours >= 0 && hours <= maxAllocationHours)
        return {};
    return fail(fmt::format("must be between 0 and {}, not {}", formatDouble(maxAllocationHours),
                            std::isfinite(hours) ? formatDouble(hours) : "non-finite"),
                "hours");
}

Result<void> validate(const Scenario &scenario) {
    CASTNET_TRY_VOID(validateScenarioName(scenario.name));
    std::unordered_set<ActivityId> seen;
    for (const Allocation &allocation : scenario.allocations) {
        CASTNET_TRY_VOID(validateAllocation(allocation));
        if (!seen.insert(allocation.activityId).second) {
            return fail(fmt::format("activity {} appears twice in scenario \"{}\"",
                                    allocation.activityId, scenario.name),
                        "hours");
        }
    }
    return {};
}

} // namespace castnet::core
