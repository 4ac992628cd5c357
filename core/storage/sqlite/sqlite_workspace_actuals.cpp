// SPDX-License-Identifier: GPL-3.0-or-later
// The actuals, baselines and calibrations of SqliteWorkspace (DESIGN §12,
// §13), kept apart from the plan's tables in sqlite_workspace.cpp.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/domain/try.h"
#include "core/storage/calibration_columns.h"
#include "core/storage/sqlite/sqlite_connection.h"
#include "core/storage/sqlite/sqlite_rows.h"
#include "core/storage/sqlite/sqlite_workspace.h"

namespace castnet::core {

using sqlite::Connection;
using sqlite::Statement;

namespace {

Result<Campaign> campaignOf(Connection &db, CampaignId id) {
    CASTNET_TRY(Statement * select, db.prepared(fmt::format("SELECT {} FROM campaign WHERE id = ?1",
                                                            sqlite::campaignColumns)));
    select->bind(1, id);
    std::optional<Campaign> found;
    CASTNET_TRY_VOID(db.forEachRow(*select, [&](const Statement &row) -> Result<void> {
        CASTNET_TRY(found, sqlite::readCampaign(row, db.location()));
        return {};
    }));
    if (!found)
        return tl::unexpected(Error::user(fmt::format("no campaign with id {}", id)));
    return *found;
}

// The ids of the campaign's activities in their stored order.
Result<std::vector<ActivityId>> activityIdsOf(Connection &db, CampaignId campaign) {
    CASTNET_TRY(Statement * select, db.prepared("SELECT id FROM activity WHERE campaign_id = ?1 "
                                                "ORDER BY position, id"));
    select->bind(1, campaign);
    std::vector<ActivityId> ids;
    CASTNET_TRY_VOID(db.forEachRow(*select, [&](const Statement &row) -> Result<void> {
        ids.push_back(row.id<ActivityId>(0));
        return {};
    }));
    return ids;
}

// An activity-week as one key: weeks stay below 2^9.
std::int64_t weekKey(ActivityId activity, int week) {
    return activity.value() * 512 + week;
}

Result<void> checkActuals(const Campaign &campaign, const std::vector<ActivityId> &ids,
                          const std::vector<Actual> &actuals) {
    const std::unordered_set<ActivityId> ours(ids.begin(), ids.end());
    std::unordered_set<std::int64_t> seen;
    for (const Actual &actual : actuals) {
        if (!ours.contains(actual.activityId)) {
            return fail(fmt::format("activity {} is not in campaign \"{}\"", actual.activityId,
                                    campaign.name),
                        "activity_id");
        }
        CASTNET_TRY_VOID(validate(actual, campaign));
        if (!seen.insert(weekKey(actual.activityId, actual.week)).second) {
            return fail(fmt::format("activity {} has two actuals for week {}", actual.activityId,
                                    actual.week),
                        "week");
        }
    }
    return {};
}

Result<std::unordered_set<std::int64_t>> storedWeeks(Connection &db, CampaignId campaign) {
    CASTNET_TRY(Statement * select,
                db.prepared("SELECT a.activity_id, a.week FROM actual AS a JOIN activity AS v "
                            "ON v.id = a.activity_id WHERE v.campaign_id = ?1"));
    select->bind(1, campaign);
    std::unordered_set<std::int64_t> weeks;
    CASTNET_TRY_VOID(db.forEachRow(*select, [&](const Statement &row) -> Result<void> {
        weeks.insert(weekKey(row.id<ActivityId>(0), static_cast<int>(row.integer(1))));
        return {};
    }));
    return weeks;
}

Result<void> insertActuals(Connection &db, const std::vector<Actual> &actuals) {
    CASTNET_TRY(Statement * insert,
                db.prepared("INSERT OR REPLACE INTO actual (activity_id, week, hours, setup_hours, "
                            "cost_cents, result, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    for (const Actual &actual : actuals) {
        insert->bind(1, actual.activityId);
        insert->bind(2, actual.week);
        insert->bind(3, actual.hours);
        insert->bind(4, actual.setupHours);
        insert->bind(5, actual.cost.value());
        insert->bind(6, actual.result);
        insert->bind(7, actual.note);
        CASTNET_TRY_VOID(db.run(*insert));
    }
    return {};
}

// ---- baselines -------------------------------------------------------------

Error noBaseline(const std::string &name) {
    return Error::user(fmt::format("the campaign has no baseline named \"{}\"", name), "baseline");
}

Result<std::optional<std::int64_t>> baselineIdOf(Connection &db, CampaignId campaign,
                                                 const std::string &name) {
    CASTNET_TRY(Statement * select,
                db.prepared("SELECT id FROM baseline WHERE campaign_id = ?1 AND name = ?2"));
    select->bind(1, campaign);
    select->bind(2, name);
    std::optional<std::int64_t> id;
    CASTNET_TRY_VOID(db.forEachRow(*select, [&](const Statement &row) -> Result<void> {
        id = row.integer(0);
        return {};
    }));
    return id;
}

Result<void> checkBaselineName(const std::string &name) {
    const bool blank = std::all_of(name.begin(), name.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    });
    if (blank)
        return fail("a baseline needs a name", "baseline");
    if (name.size() > 200)
        return fail("a baseline's name has at most 200 characters", "baseline");
    return {};
}

Result<BaselineSummary> insertBaseline(Connection &db, const Campaign &campaign,
                                       const std::string &name) {
    CASTNET_TRY(const auto existing, baselineIdOf(db, campaign.id, name));
    if (existing) {
        return fail(fmt::format("the campaign already has a baseline named \"{}\"", name),
                    "baseline");
    }
    BaselineSummary summary{name, utcTimestamp(), 0};
    CASTNET_TRY(Statement * insert,
                db.prepared("INSERT INTO baseline (campaign_id, name, saved_at, campaign_name, "
                            "objective, start_date, weeks, capacity_hours_per_week, "
                            "budget_per_week_cents, currency, return_unit, automation_saving) "
                            "SELECT id, ?2, ?3, name, objective, start_date, weeks, "
                            "capacity_hours_per_week, budget_per_week_cents, currency, "
                            "return_unit, automation_saving FROM campaign WHERE id = ?1"));
    insert->bind(1, campaign.id);
    insert->bind(2, name);
    insert->bind(3, summary.savedAt);
    CASTNET_TRY_VOID(db.run(*insert));
    const std::int64_t baselineId = db.lastInsertId();
    CASTNET_TRY(Statement * freeze,
                db.prepared(fmt::format("INSERT INTO baseline_activity (baseline_id, {0}, "
                                        "position) SELECT ?1, {0}, position FROM activity "
                                        "WHERE campaign_id = ?2",
                                        sqlite::activityColumns)));
    freeze->bind(1, baselineId);
    freeze->bind(2, campaign.id);
    CASTNET_TRY_VOID(db.run(*freeze));
    summary.activityCount = static_cast<std::size_t>(db.changes());
    return summary;
}

Result<std::vector<BaselineSummary>> selectBaselines(Connection &db, CampaignId campaign) {
    CASTNET_TRY(Statement * select,
                db.prepared("SELECT name, saved_at, (SELECT count(*) FROM baseline_activity "
                            "WHERE baseline_id = baseline.id) FROM baseline "
                            "WHERE campaign_id = ?1 ORDER BY id"));
    select->bind(1, campaign);
    std::vector<BaselineSummary> list;
    CASTNET_TRY_VOID(db.forEachRow(*select, [&](const Statement &row) -> Result<void> {
        list.push_back({std::string(row.text(0)), std::string(row.text(1)),
                        static_cast<std::size_t>(row.integer(2))});
        return {};
    }));
    return list;
}

Result<Baseline> selectBaseline(Connection &db, CampaignId campaign, const std::string &name) {
    CASTNET_TRY(const auto id, baselineIdOf(db, campaign, name));
    if (!id)
        return tl::unexpected(noBaseline(name));
    Baseline baseline;
    CASTNET_TRY(Statement * select,
                db.prepared("SELECT b.campaign_id, c.brand_id, b.campaign_name, b.objective, "
                            "b.start_date, b.weeks, b.capacity_hours_per_week, "
                            "b.budget_per_week_cents, b.currency, b.return_unit, "
                            "b.automation_saving, b.name, b.saved_at FROM baseline AS b "
                            "JOIN campaign AS c ON c.id = b.campaign_id WHERE b.id = ?1"));
    select->bind(1, *id);
    CASTNET_TRY_VOID(db.forEachRow(*select, [&](const Statement &row) -> Result<void> {
        CASTNET_TRY(baseline.frozen.campaign, sqlite::readCampaign(row, db.location()));
        baseline.summary.name = row.text(11);
        baseline.summary.savedAt = row.text(12);
        return {};
    }));
    CASTNET_TRY(Statement * activities,
                db.prepared(fmt::format("SELECT {} FROM baseline_activity WHERE baseline_id = ?1 "
                                        "ORDER BY position, id",
                                        sqlite::activityColumns)));
    activities->bind(1, *id);
    CASTNET_TRY_VOID(db.forEachRow(*activities, [&](const Statement &row) -> Result<void> {
        CASTNET_TRY(Activity activity, sqlite::readActivity(row, db.location()));
        baseline.frozen.activities.push_back(std::move(activity));
        return {};
    }));
    baseline.summary.activityCount = baseline.frozen.activities.size();
    return baseline;
}

// ---- calibrations ----------------------------------------------------------

Result<void> applyToActivity(Connection &db, CampaignId campaign, const CalibrationRecord &record) {
    CASTNET_TRY(Statement * update,
                db.prepared("UPDATE activity SET max_weekly_return = coalesce(?2, "
                            "max_weekly_return), half_saturation_hours = coalesce(?3, "
                            "half_saturation_hours), shape = coalesce(?4, shape), carryover = "
                            "coalesce(?5, carryover), revision = revision + 1 "
                            "WHERE id = ?1 AND campaign_id = ?6"));
    update->bind(1, record.activityId);
    update->bind(2, record.parameters.maxWeeklyReturn);
    update->bind(3, record.parameters.halfSaturationHours);
    update->bind(4, record.parameters.shape);
    update->bind(5, record.parameters.carryover);
    update->bind(6, campaign);
    CASTNET_TRY_VOID(db.run(*update));
    if (db.changes() == 0) {
        return fail(fmt::format("activity {} is not in the campaign", record.activityId),
                    "activity_id");
    }
    return {};
}

Result<void> insertCalibration(Connection &db, const CalibrationRecord &record) {
    CASTNET_TRY(Statement * insert,
                db.prepared("INSERT INTO calibration (activity_id, calibrated_at, "
                            "weeks_with_results, fitted, max_weekly_return, "
                            "half_saturation_hours, shape, carryover, sse, r2, nrmse, mape, "
                            "holdout_weeks, holdout_nrmse, holdout_mape, intervals, forecast_p10, "
                            "forecast_p50, forecast_p90) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                            "?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"));
    insert->bind(1, record.activityId);
    insert->bind(2, record.calibratedAt);
    insert->bind(3, record.weeksWithResults);
    insert->bind(4, fittedNames(record.fitted));
    insert->bind(5, record.parameters.maxWeeklyReturn);
    insert->bind(6, record.parameters.halfSaturationHours);
    insert->bind(7, record.parameters.shape);
    insert->bind(8, record.parameters.carryover);
    insert->bind(9, record.quality.sse);
    insert->bind(10, record.quality.r2);
    insert->bind(11, record.quality.nrmse);
    insert->bind(12, record.quality.mape);
    if (record.holdout) {
        insert->bind(13, record.holdout->weeks);
        insert->bind(14, record.holdout->nrmse);
        insert->bind(15, record.holdout->mape);
    } else {
        insert->bindNull(13);
        insert->bindNull(14);
        insert->bindNull(15);
    }
    insert->bind(16, intervalsText(record.intervals));
    if (record.forecastBand) {
        insert->bind(17, record.forecastBand->p10);
        insert->bind(18, record.forecastBand->p50);
        insert->bind(19, record.forecastBand->p90);
    } else {
        insert->bindNull(17);
        insert->bindNull(18);
        insert->bindNull(19);
    }
    return db.run(*insert);
}

Result<CalibrationRecord> readCalibration(const Statement &row, std::string_view location) {
    CalibrationRecord record;
    record.activityId = row.id<ActivityId>(0);
    record.calibratedAt = row.text(1);
    record.weeksWithResults = static_cast<int>(row.integer(2));
    CASTNET_TRY(record.fitted, readFitted(row.text(3), location));
    record.parameters = {row.optionalReal(4), row.optionalReal(5), row.optionalReal(6),
                         row.optionalReal(7)};
    record.quality = {row.real(8), row.optionalReal(9), row.optionalReal(10), row.optionalReal(11)};
    if (!row.isNull(12)) {
        record.holdout = HoldoutQuality{static_cast<int>(row.integer(12)), row.optionalReal(13),
                                        row.optionalReal(14)};
    }
    CASTNET_TRY(record.intervals, readIntervals(row.text(15), location));
    if (!row.isNull(16))
        record.forecastBand = Band{row.real(16), row.real(17), row.real(18)};
    return record;
}

} // namespace

// ---- actuals ---------------------------------------------------------------

Result<ActualsStored> SqliteWorkspace::storeActuals(CampaignId campaign,
                                                    const std::vector<Actual> &actuals) {
    return m_db->write([&]() -> Result<ActualsStored> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign));
        CASTNET_TRY(const std::vector<ActivityId> ids, activityIdsOf(*m_db, campaign));
        CASTNET_TRY_VOID(checkActuals(owner, ids, actuals));
        CASTNET_TRY(const auto stored, storedWeeks(*m_db, campaign));
        ActualsStored counts;
        for (const Actual &actual : actuals) {
            if (stored.contains(weekKey(actual.activityId, actual.week)))
                ++counts.replacedWeeks;
            else
                ++counts.addedWeeks;
        }
        CASTNET_TRY_VOID(insertActuals(*m_db, actuals));
        return counts;
    });
}

Result<std::vector<Actual>> SqliteWorkspace::actuals(CampaignId campaign) {
    return m_db->read([&]() -> Result<std::vector<Actual>> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(Statement * select,
                    m_db->prepared("SELECT a.activity_id, a.week, a.hours, a.setup_hours, "
                                   "a.cost_cents, a.result, a.note FROM actual AS a "
                                   "JOIN activity AS v ON v.id = a.activity_id "
                                   "WHERE v.campaign_id = ?1 ORDER BY v.position, v.id, a.week"));
        select->bind(1, campaign);
        std::vector<Actual> rows;
        CASTNET_TRY_VOID(m_db->forEachRow(*select, [&](const Statement &row) -> Result<void> {
            rows.push_back(Actual{row.id<ActivityId>(0), static_cast<int>(row.integer(1)),
                                  row.real(2), row.real(3), Cents(row.integer(4)),
                                  row.optionalReal(5), std::string(row.text(6))});
            return {};
        }));
        return rows;
    });
}

Result<void> SqliteWorkspace::removeActuals(CampaignId campaign,
                                            const std::vector<ActualWeek> &weeks) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign));
        CASTNET_TRY(const std::vector<ActivityId> ids, activityIdsOf(*m_db, campaign));
        const std::unordered_set<ActivityId> ours(ids.begin(), ids.end());
        CASTNET_TRY(Statement * remove,
                    m_db->prepared("DELETE FROM actual WHERE activity_id = ?1 AND week = ?2"));
        for (const ActualWeek &week : weeks) {
            if (!ours.contains(week.activityId)) {
                return fail(fmt::format("activity {} is not in campaign \"{}\"", week.activityId,
                                        owner.name),
                            "activity_id");
            }
            remove->bind(1, week.activityId);
            remove->bind(2, week.week);
            CASTNET_TRY_VOID(m_db->run(*remove));
        }
        return {};
    });
}

// ---- baselines -------------------------------------------------------------

Result<BaselineSummary> SqliteWorkspace::saveBaseline(CampaignId campaign,
                                                      const std::string &name) {
    CASTNET_TRY_VOID(checkBaselineName(name));
    return m_db->write([&]() -> Result<BaselineSummary> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign));
        return insertBaseline(*m_db, owner, name);
    });
}

Result<std::vector<BaselineSummary>> SqliteWorkspace::baselines(CampaignId campaign) {
    return m_db->read([&]() -> Result<std::vector<BaselineSummary>> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        return selectBaselines(*m_db, campaign);
    });
}

Result<Baseline> SqliteWorkspace::baseline(CampaignId campaign, const std::string &name) {
    return m_db->read([&]() -> Result<Baseline> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        return selectBaseline(*m_db, campaign, name);
    });
}

Result<void> SqliteWorkspace::removeBaseline(CampaignId campaign, const std::string &name) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(Statement * remove,
                    m_db->prepared("DELETE FROM baseline WHERE campaign_id = ?1 AND name = ?2"));
        remove->bind(1, campaign);
        remove->bind(2, name);
        CASTNET_TRY_VOID(m_db->run(*remove));
        if (m_db->changes() == 0)
            return tl::unexpected(noBaseline(name));
        return {};
    });
}

Result<void> SqliteWorkspace::restoreBaseline(CampaignId campaign, const Baseline &baseline) {
    const std::string &name = baseline.summary.name;
    CASTNET_TRY_VOID(checkBaselineName(name));
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(const auto existing, baselineIdOf(*m_db, campaign, name));
        if (existing) {
            return fail(fmt::format("the campaign already has a baseline named \"{}\"", name),
                        "baseline");
        }
        const Campaign &frozen = baseline.frozen.campaign;
        CASTNET_TRY(Statement * insert,
                    m_db->prepared("INSERT INTO baseline (campaign_id, name, saved_at, "
                                   "campaign_name, objective, start_date, weeks, "
                                   "capacity_hours_per_week, budget_per_week_cents, currency, "
                                   "return_unit, automation_saving) VALUES (?1, ?2, ?3, ?4, ?5, "
                                   "?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
        insert->bind(1, campaign);
        insert->bind(2, name);
        insert->bind(3, baseline.summary.savedAt);
        insert->bind(4, frozen.name);
        insert->bind(5, toString(frozen.objective));
        insert->bind(6, frozen.startDate);
        insert->bind(7, frozen.weeks);
        insert->bind(8, frozen.capacityHoursPerWeek);
        if (frozen.budgetPerWeek)
            insert->bind(9, frozen.budgetPerWeek->value());
        else
            insert->bindNull(9);
        insert->bind(10, frozen.currency);
        insert->bind(11, frozen.returnUnit);
        insert->bind(12, frozen.automationSaving);
        CASTNET_TRY_VOID(m_db->run(*insert));
        const std::int64_t baselineId = m_db->lastInsertId();
        CASTNET_TRY(Statement * row,
                    m_db->prepared(fmt::format(
                        "INSERT INTO baseline_activity (baseline_id, {}, position) VALUES (?1, "
                        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
                        "?18, ?19, ?20, ?21, ?22, ?23, ?24)",
                        sqlite::activityColumns)));
        // The frozen rows keep the order they were read in.
        double position = 0;
        for (const Activity &activity : baseline.frozen.activities) {
            row->bind(1, baselineId);
            sqlite::bindActivity(*row, activity, 2);
            row->bind(24, ++position);
            CASTNET_TRY_VOID(m_db->run(*row));
        }
        return {};
    });
}

// ---- calibrations ----------------------------------------------------------

Result<void> SqliteWorkspace::restoreCalibrations(CampaignId campaign,
                                                  const std::vector<CalibrationRecord> &records) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(const std::vector<ActivityId> ids, activityIdsOf(*m_db, campaign));
        const std::unordered_set<ActivityId> ours(ids.begin(), ids.end());
        for (const CalibrationRecord &record : records) {
            if (!ours.contains(record.activityId)) {
                return fail(fmt::format("activity {} is not in the campaign", record.activityId),
                            "activity_id");
            }
            CASTNET_TRY_VOID(insertCalibration(*m_db, record));
        }
        return {};
    });
}

Result<void> SqliteWorkspace::applyCalibrations(CampaignId campaign,
                                                const std::vector<CalibrationRecord> &records) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign));
        for (const CalibrationRecord &record : records) {
            CASTNET_TRY_VOID(applyToActivity(*m_db, owner.id, record));
            CASTNET_TRY(Statement * select,
                        m_db->prepared(fmt::format("SELECT {} FROM activity WHERE id = ?1",
                                                   sqlite::activityColumns)));
            select->bind(1, record.activityId);
            // The activity with its new parameters must still pass the
            // core's rules, as every stored activity does.
            CASTNET_TRY_VOID(m_db->forEachRow(*select, [&](const Statement &row) -> Result<void> {
                CASTNET_TRY(const Activity updated, sqlite::readActivity(row, m_db->location()));
                return validate(updated, owner);
            }));
            CASTNET_TRY_VOID(insertCalibration(*m_db, record));
        }
        return {};
    });
}

Result<std::vector<CalibrationRecord>> SqliteWorkspace::calibrations(CampaignId campaign) {
    return m_db->read([&]() -> Result<std::vector<CalibrationRecord>> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(Statement * select,
                    m_db->prepared("SELECT c.activity_id, c.calibrated_at, c.weeks_with_results, "
                                   "c.fitted, c.max_weekly_return, c.half_saturation_hours, "
                                   "c.shape, c.carryover, c.sse, c.r2, c.nrmse, c.mape, "
                                   "c.holdout_weeks, c.holdout_nrmse, c.holdout_mape, c.intervals, "
                                   "c.forecast_p10, c.forecast_p50, c.forecast_p90 "
                                   "FROM calibration AS c JOIN activity AS v "
                                   "ON v.id = c.activity_id WHERE v.campaign_id = ?1 "
                                   "ORDER BY c.id"));
        select->bind(1, campaign);
        std::vector<CalibrationRecord> records;
        CASTNET_TRY_VOID(m_db->forEachRow(*select, [&](const Statement &row) -> Result<void> {
            CASTNET_TRY(CalibrationRecord record, readCalibration(row, m_db->location()));
            records.push_back(std::move(record));
            return {};
        }));
        return records;
    });
}

Result<void> SqliteWorkspace::removeLatestCalibrations(CampaignId campaign,
                                                       const std::vector<ActivityId> &activities) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign));
        CASTNET_TRY(const std::vector<ActivityId> ids, activityIdsOf(*m_db, campaign));
        const std::unordered_set<ActivityId> ours(ids.begin(), ids.end());
        CASTNET_TRY(Statement * remove,
                    m_db->prepared("DELETE FROM calibration WHERE id = (SELECT max(id) FROM "
                                   "calibration WHERE activity_id = ?1)"));
        for (const ActivityId activity : activities) {
            if (!ours.contains(activity)) {
                return fail(
                    fmt::format("activity {} is not in campaign \"{}\"", activity, owner.name),
                    "activity_id");
            }
            remove->bind(1, activity);
            CASTNET_TRY_VOID(m_db->run(*remove));
        }
        return {};
    });
}

} // namespace castnet::core
