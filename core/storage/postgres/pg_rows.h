// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/storage/postgres/pg_connection.h"

namespace castnet::core::postgres {

// The one place that maps domain structs to the server's columns and back,
// as sqlite_rows.h does for the file. Each SELECT returns the columns in the
// order read*() expects; each add*() appends parameters in the order of the
// matching INSERT.

inline constexpr const char *brandColumns = "id, name, industry, audience, notes";
Brand readBrand(const Rows &rows, int row);

inline constexpr const char *campaignColumns =
    "id, brand_id, name, objective, start_date, weeks, capacity_hours_per_week, "
    "budget_per_week_cents, currency, return_unit, automation_saving";
// Appends id (NULL when 0) to automation_saving: eleven parameters.
void addCampaign(Params &params, const Campaign &campaign);
Result<Campaign> readCampaign(const Rows &rows, int row, std::string_view location);

inline constexpr const char *activityColumns =
    "id, campaign_id, channel, title, format, interaction, automated, goal, cadence_per_week, "
    "hours_per_occurrence, setup_hours, cost_per_occurrence_cents, start_week, end_week, "
    "max_weekly_return, half_saturation_hours, shape, carryover, track, notes, uid, revision";
inline constexpr int activityColumnCount = 22;
// Appends the columns above, id to revision.
void addActivity(Params &params, const Activity &activity);
// The columns above and `position`, as one line of COPY's text format.
void appendCopyLine(std::string &out, const Activity &activity, double position);
// Reads the columns above starting at `first`.
Result<Activity> readActivity(const Rows &rows, int row, std::string_view location, int first = 0);

} // namespace castnet::core::postgres
