// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/actuals/actual.h"
#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"

namespace castnet::core {

// Reads the actuals CSV of DESIGN §12 (RFC 4180, UTF-8, header row, columns
// in any order): `activity_id`, or `channel` and `title` naming exactly one
// of `activities`; `week`, or `date` (ISO 8601, the campaign week that holds
// it); `hours`; optional `setup_hours`, `cost`, `result`, `note`. When both
// ways of naming are given (as the export writes them) they must agree; a
// row may leave activity_id blank and give channel and title instead, or
// the other way round.
// Rows of one activity and week add up (a result is measured when any row
// has one; notes are joined with "; "). The result holds one Actual per
// activity and week, in the order the file first names them. All-or-nothing:
// the first bad record gives "line N, column X: reason" and no actual.
Result<std::vector<Actual>> readActualsCsv(std::string_view text, const Campaign &campaign,
                                           const std::vector<Activity> &activities);

// Writes activity_id, channel, title, week, date (the week's first day),
// hours, setup_hours, cost, result, note, one row per actual in the order
// given, so that export -> import -> export gives the same bytes. Text cells
// get the activity CSV's formula guard.
std::string writeActualsCsv(const std::vector<Actual> &actuals, const Campaign &campaign,
                            const std::vector<Activity> &activities);

} // namespace castnet::core
