// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/stored_rows_check.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/actuals/actual.h"
#include "core/domain/scenario.h"
#include "core/domain/try.h"
#include "core/storage/sqlite/sqlite_rows.h"
#include "core/storage/sqlite/sqlite_statement.h"

namespace castnet::core::sqlite {

namespace {

// A reason may quote the stored text itself; a control character in it
// would break the one-line error.
std::string printable(std::string_view reason) {
    std::string line;
    for (const char c : reason)
        line += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
    return line;
}

// `row` names the row as a person finds it: its id, or "activity 4, week 2"
// for a table keyed by other columns.
Error refusedRow(std::string_view location, std::string_view table, std::string_view row,
                 std::string_view reason) {
    return Error::user(fmt::format("{} holds a row that Castnet does not accept (table {}, {}: "
                                   "{}); Castnet will not open it",
                                   location, table, row, printable(reason)));
}

Error refused(std::string_view location, std::string_view table, std::int64_t row,
              std::string_view reason) {
    return refusedRow(location, table, fmt::format("row {}", row), reason);
}

Result<void> checkId(std::string_view location, std::string_view table, std::int64_t id) {
    if (id >= 1 && id <= maxStoredId)
        return {};
    return tl::unexpected(
        refused(location, table, id, fmt::format("the id must be from 1 to {}", maxStoredId)));
}

// Calls `onRow` for every row `sql` returns.
template<class OnRow>
Result<void> forEachRow(sqlite3 *db, const std::string &sql, std::string_view location,
                        OnRow &&onRow) {
    CASTNET_TRY(Statement statement, Statement::prepare(db, sql, false, location));
    while (true) {
        CASTNET_TRY(const bool hasRow, statement.step());
        if (!hasRow)
            return {};
        CASTNET_TRY_VOID(onRow(statement));
    }
}

// What later rows are checked against.
struct Seen {
    std::unordered_set<BrandId> brands;
    std::unordered_map<CampaignId, Campaign> campaigns;
    std::unordered_map<ScenarioId, CampaignId> scenarios;
};

Result<void> checkBrands(sqlite3 *db, std::string_view location, Seen &seen) {
    return forEachRow(db, fmt::format("SELECT {} FROM brand", brandColumns), location,
                      [&](const Statement &row) -> Result<void> {
                          const Brand brand = readBrand(row);
                          CASTNET_TRY_VOID(checkId(location, "brand", brand.id.value()));
                          if (auto valid = validate(brand); !valid)
                              return tl::unexpected(refused(location, "brand", brand.id.value(),
                                                            valid.error().message));
                          seen.brands.insert(brand.id);
                          return {};
                      });
}

Result<void> checkCampaigns(sqlite3 *db, std::string_view location, Seen &seen) {
    return forEachRow(
        db, fmt::format("SELECT {} FROM campaign", campaignColumns), location,
        [&](const Statement &row) -> Result<void> {
            CASTNET_TRY(Campaign campaign, readCampaign(row, location));
            const std::int64_t id = campaign.id.value();
            CASTNET_TRY_VOID(checkId(location, "campaign", id));
            if (!seen.brands.contains(campaign.brandId)) {
                return tl::unexpected(
                    refused(location, "campaign", id,
                            fmt::format("its brand {} does not exist", campaign.brandId.value())));
            }
            if (auto valid = validate(campaign); !valid)
                return tl::unexpected(refused(location, "campaign", id, valid.error().message));
            seen.campaigns.emplace(campaign.id, std::move(campaign));
            return {};
        });
}

// Files older than schema 3 have no uid and revision yet; the migration
// gives each activity both, so any valid stand-in will do here.
std::string activitySelect(int version) {
    std::string columns = activityColumns;
    if (version < 3) {
        const auto at = columns.find(", uid, revision");
        columns.replace(at, std::string::npos, ", '00000000-0000-4000-8000-000000000000', 1");
    }
    return fmt::format("SELECT {} FROM activity", columns);
}

Result<void> checkActivities(sqlite3 *db, int version, std::string_view location,
                             const Seen &seen) {
    return forEachRow(
        db, activitySelect(version), location, [&](const Statement &row) -> Result<void> {
            CASTNET_TRY(const Activity activity, readActivity(row, location));
            const std::int64_t id = activity.id.value();
            CASTNET_TRY_VOID(checkId(location, "activity", id));
            const auto campaign = seen.campaigns.find(activity.campaignId);
            if (campaign == seen.campaigns.end()) {
                return tl::unexpected(refused(
                    location, "activity", id,
                    fmt::format("its campaign {} does not exist", activity.campaignId.value())));
            }
            if (activity.revision < 1) {
                return tl::unexpected(
                    refused(location, "activity", id,
                            fmt::format("revision must be at least 1, not {}", activity.revision)));
            }
            if (auto valid = validate(activity, campaign->second); !valid)
                return tl::unexpected(refused(location, "activity", id, valid.error().message));
            return {};
        });
}

Result<void> checkScenarios(sqlite3 *db, std::string_view location, Seen &seen) {
    return forEachRow(db, "SELECT id, campaign_id, name FROM scenario", location,
                      [&](const Statement &row) -> Result<void> {
                          const auto id = row.id<ScenarioId>(0);
                          const auto campaign = row.id<CampaignId>(1);
                          CASTNET_TRY_VOID(checkId(location, "scenario", id.value()));
                          if (!seen.campaigns.contains(campaign)) {
                              return tl::unexpected(refused(
                                  location, "scenario", id.value(),
                                  fmt::format("its campaign {} does not exist", campaign.value())));
                          }
                          if (auto valid = validateScenarioName(row.text(2)); !valid)
                              return tl::unexpected(
                                  refused(location, "scenario", id.value(), valid.error().message));
                          seen.scenarios.emplace(id, campaign);
                          return {};
                      });
}

// Allocations have no id of their own: the row is named by its scenario.
// They are looked up by SQL rather than against every activity read above
// (a map of 100,000 activities cost more than the lookups); their hours
// have the same bounds in the CHECK as in checkAllocationHours().
Result<void> checkAllocations(sqlite3 *db, std::string_view location) {
    return forEachRow(
        db,
        "SELECT a.scenario_id, a.activity_id, s.id IS NULL, t.id IS NULL "
        "FROM scenario_allocation a LEFT JOIN scenario s ON s.id = a.scenario_id "
        "LEFT JOIN activity t ON t.id = a.activity_id "
        "WHERE s.id IS NULL OR t.id IS NULL OR t.campaign_id <> s.campaign_id LIMIT 1",
        location, [&](const Statement &row) -> Result<void> {
            const std::string reason = row.integer(2) != 0   ? "its scenario does not exist"
                                       : row.integer(3) != 0 ? "the activity does not exist"
                                                             : "the activity is not in the "
                                                               "scenario's campaign";
            return tl::unexpected(refused(location, "scenario_allocation", row.integer(0),
                                          fmt::format("activity {}: {}", row.integer(1), reason)));
        });
}

// Actuals (schema 4 on) are keyed by activity and week. The activity is
// looked up by SQL, as allocations are; the week and the numbers are checked
// against its campaign as an import checks them, so a row written behind
// Castnet's back (foreign keys or CHECKs switched off) cannot reach a
// projection.
Result<void> checkActuals(sqlite3 *db, std::string_view location, const Seen &seen) {
    return forEachRow(
        db,
        "SELECT a.activity_id, a.week, a.hours, a.setup_hours, a.cost_cents, a.result, a.note, "
        "t.campaign_id FROM actual a LEFT JOIN activity t ON t.id = a.activity_id",
        location, [&](const Statement &row) -> Result<void> {
            const Actual actual{row.id<ActivityId>(0),
                                static_cast<int>(row.integer(1)),
                                row.real(2),
                                row.real(3),
                                Cents(row.integer(4)),
                                row.optionalReal(5),
                                std::string(row.text(6))};
            const std::string name =
                fmt::format("activity {}, week {}", actual.activityId.value(), actual.week);
            if (row.isNull(7))
                return tl::unexpected(
                    refusedRow(location, "actual", name, "the activity does not exist"));
            const auto campaign = seen.campaigns.find(row.id<CampaignId>(7));
            if (campaign == seen.campaigns.end())
                return tl::unexpected(
                    refusedRow(location, "actual", name, "its campaign does not exist"));
            if (auto valid = validate(actual, campaign->second); !valid)
                return tl::unexpected(refusedRow(location, "actual", name, valid.error().message));
            return {};
        });
}

// A baseline is a frozen campaign with its activities: each must be one
// Castnet would store, and the campaign it was taken of must still exist.
Result<void> checkBaselines(sqlite3 *db, std::string_view location, const Seen &seen) {
    std::unordered_map<std::int64_t, Campaign> frozen;
    CASTNET_TRY_VOID(forEachRow(
        db,
        "SELECT b.campaign_id, c.brand_id, b.campaign_name, b.objective, b.start_date, b.weeks, "
        "b.capacity_hours_per_week, b.budget_per_week_cents, b.currency, b.return_unit, "
        "b.automation_saving, b.id FROM baseline b LEFT JOIN campaign c ON c.id = b.campaign_id",
        location, [&](const Statement &row) -> Result<void> {
            const std::int64_t id = row.integer(11);
            CASTNET_TRY_VOID(checkId(location, "baseline", id));
            if (!seen.campaigns.contains(row.id<CampaignId>(0)))
                return tl::unexpected(
                    refused(location, "baseline", id, "its campaign does not exist"));
            CASTNET_TRY(Campaign campaign, readCampaign(row, location));
            if (auto valid = validate(campaign); !valid)
                return tl::unexpected(refused(location, "baseline", id, valid.error().message));
            frozen.emplace(id, std::move(campaign));
            return {};
        }));
    return forEachRow(db,
                      fmt::format("SELECT {}, baseline_id FROM baseline_activity", activityColumns),
                      location, [&](const Statement &row) -> Result<void> {
                          const std::int64_t baseline = row.integer(activityColumnCount);
                          CASTNET_TRY(const Activity activity, readActivity(row, location));
                          const std::string name = fmt::format("baseline {}, activity {}", baseline,
                                                               activity.id.value());
                          const auto campaign = frozen.find(baseline);
                          if (campaign == frozen.end())
                              return tl::unexpected(refusedRow(location, "baseline_activity", name,
                                                               "its baseline does not exist"));
                          if (auto valid = validate(activity, campaign->second); !valid)
                              return tl::unexpected(refusedRow(location, "baseline_activity", name,
                                                               valid.error().message));
                          return {};
                      });
}

// A calibration is the record of a fit applied to an activity; one of an
// activity that is gone would be shown against nothing.
Result<void> checkCalibrations(sqlite3 *db, std::string_view location) {
    return forEachRow(db,
                      "SELECT c.id, c.activity_id FROM calibration c LEFT JOIN activity t "
                      "ON t.id = c.activity_id WHERE t.id IS NULL LIMIT 1",
                      location, [&](const Statement &row) -> Result<void> {
                          return tl::unexpected(refused(
                              location, "calibration", row.integer(0),
                              fmt::format("its activity {} does not exist", row.integer(1))));
                      });
}

// AUTOINCREMENT keeps the last id handed out in sqlite_sequence; the next
// one is that plus one, so it must be in range too.
Result<void> checkSequence(sqlite3 *db, std::string_view location) {
    CASTNET_TRY(const std::int64_t tables,
                queryInteger(db,
                             "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = "
                             "'sqlite_sequence'",
                             location));
    if (tables == 0) {
        return fail(fmt::format("{} is damaged (it has no sqlite_sequence table, where SQLite "
                                "keeps the last id of each table)",
                                location));
    }
    return forEachRow(db, "SELECT name, seq FROM sqlite_sequence", location,
                      [&](const Statement &row) -> Result<void> {
                          const std::int64_t seq = row.integer(1);
                          if (seq >= 0 && seq < maxStoredId)
                              return {};
                          return fail(fmt::format(
                              "{} holds a row that Castnet does not accept (table "
                              "sqlite_sequence, row \"{}\": the last id must be from 0 to {}, "
                              "not {}); Castnet will not open it",
                              location, printable(row.text(0)), maxStoredId - 1, seq));
                      });
}

} // namespace

Result<void> checkStoredRows(sqlite3 *db, int version, std::string_view location) {
    // One read transaction: every table is read as of the same moment.
    CASTNET_TRY_VOID(execute(db, "BEGIN", location));
    Seen seen;
    auto checked = [&]() -> Result<void> {
        CASTNET_TRY_VOID(checkSequence(db, location));
        CASTNET_TRY_VOID(checkBrands(db, location, seen));
        CASTNET_TRY_VOID(checkCampaigns(db, location, seen));
        CASTNET_TRY_VOID(checkActivities(db, version, location, seen));
        CASTNET_TRY_VOID(checkScenarios(db, location, seen));
        CASTNET_TRY_VOID(checkAllocations(db, location));
        if (version < 4)
            return {};
        CASTNET_TRY_VOID(checkActuals(db, location, seen));
        CASTNET_TRY_VOID(checkBaselines(db, location, seen));
        return checkCalibrations(db, location);
    }();
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return checked;
}

} // namespace castnet::core::sqlite
