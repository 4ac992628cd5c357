// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/actual.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/domain/campaign.h"

namespace castnet::core {

namespace {

Result<void> nonNegative(double value, const char *field) {
    if (!std::isfinite(value) || value < 0.0)
        return fail(std::string(field) + " must be a number of at least 0", field);
    return {};
}

} // namespace

Result<void> validate(const Actual &actual, const Campaign &campaign) {
    if (actual.week < 1 || actual.week > campaign.weeks)
        return fail("week must lie within the campaign's " + std::to_string(campaign.weeks) +
                        " weeks",
                    "week");
    if (auto ok = nonNegative(actual.hours, "hours"); !ok)
        return ok;
    if (auto ok = nonNegative(actual.setupHours, "setup_hours"); !ok)
        return ok;
    if (actual.cost.value() < 0)
        return fail("cost must be at least 0", "cost");
    if (actual.result)
        return nonNegative(*actual.result, "result");
    return {};
}

int asOfWeek(const std::vector<Actual> &actuals) {
    int last = 0;
    for (const Actual &actual : actuals)
        last = std::max(last, actual.week);
    return last;
}

} // namespace castnet::core
