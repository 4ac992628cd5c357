// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"
#include "core/storage/sqlite/sqlite_statement.h"

namespace castnet::core::sqlite {

// The one place that maps domain structs to table columns and back. Each
// SELECT below returns the columns in the order read*() expects; each
// bind*() fills parameters ?1... in the order of the matching INSERT.

inline constexpr const char *brandColumns = "id, name, industry, audience, notes";
Brand readBrand(const Statement &row);

inline constexpr const char *campaignColumns =
    "id, brand_id, name, objective, start_date, weeks, capacity_hours_per_week, "
    "budget_per_week_cents, currency, return_unit, automation_saving";
// Binds ?1 = id (NULL when 0, so that SQLite assigns one) through ?11.
void bindCampaign(Statement &statement, const Campaign &campaign);
// Stored words are checked by CHECK constraints; one that still does not
// parse means the file was damaged behind SQLite's back.
Result<Campaign> readCampaign(const Statement &row, std::string_view location);

inline constexpr const char *activityColumns =
    "id, campaign_id, channel, title, format, interaction, automated, goal, cadence_per_week, "
    "hours_per_occurrence, setup_hours, cost_per_occurrence_cents, start_week, end_week, "
    "max_weekly_return, half_saturation_hours, shape, carryover, track, notes, uid, revision";
inline constexpr int activityColumnCount = 22;
// Binds the columns above, id to revision, to parameters first ...
// first + 21; the caller binds position.
void bindActivity(Statement &statement, const Activity &activity, int first = 1);
// A uid that is not a UUID means the file was changed behind Castnet's back.
Result<Activity> readActivity(const Statement &row, std::string_view location);

} // namespace castnet::core::sqlite
