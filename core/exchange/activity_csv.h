// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"

namespace castnet::core {

// Reads the activity CSV of DESIGN §11: header row required, columns in any
// order, required columns present and non-empty, every value validated
// against `campaign` (weeks within its length). All-or-nothing: the first bad
// record gives "line N, column X: reason" and no activity.
Result<std::vector<Activity>> readActivityCsv(std::string_view text, const Campaign &campaign);

// Writes the 18 columns in §11 order. Text cells starting with = + - @, tab
// or CR get a leading ' so spreadsheets do not run them (readActivityCsv
// removes it again), so export -> import -> export gives the same bytes.
std::string writeActivityCsv(const std::vector<Activity> &activities);

} // namespace castnet::core
