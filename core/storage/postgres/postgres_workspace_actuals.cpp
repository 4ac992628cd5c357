// SPDX-License-Identifier: GPL-3.0-or-later
// The actuals, baselines and calibrations of PostgresWorkspace (DESIGN §12,
// §13), kept apart from the plan's tables in postgres_workspace.cpp.
#include <algorithm>
#include <cstdio>
#include <string>
#include <unordered_set>

#include <fmt/format.h>

#include "core/domain/enums.h"
#include "core/domain/try.h"
#include "core/storage/calibration_columns.h"
#include "core/storage/postgres/pg_connection.h"
#include "core/storage/postgres/pg_rows.h"
#include "core/storage/postgres/postgres_workspace.h"

namespace castnet::core {

using postgres::Connection;
using postgres::Params;
using postgres::Rows;

namespace {

Result<Campaign> campaignOf(Connection &db, CampaignId id, std::string_view lock = {}) {
    CASTNET_TRY(const Rows rows,
                db.exec(fmt::format("SELECT {} FROM castnet.campaign WHERE id = $1 {}",
                                    postgres::campaignColumns, lock),
                        Params().id(id)));
    if (rows.empty())
        return tl::unexpected(Error::user(fmt::format("no campaign with id {}", id)));
    return postgres::readCampaign(rows, 0, db.location());
}

Result<std::vector<ActivityId>> activityIdsOf(Connection &db, CampaignId campaign) {
    CASTNET_TRY(const Rows rows, db.exec("SELECT id FROM castnet.activity WHERE campaign_id = $1 "
                                         "ORDER BY position, id",
                                         Params().id(campaign)));
    std::vector<ActivityId> ids;
    for (int row = 0; row < rows.size(); ++row)
        ids.push_back(rows.id<ActivityId>(row, 0));
    return ids;
}

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
    CASTNET_TRY(const Rows rows,
                db.exec("SELECT a.activity_id, a.week FROM castnet.actual AS a JOIN "
                        "castnet.activity AS v ON v.id = a.activity_id WHERE v.campaign_id = $1",
                        Params().id(campaign)));
    std::unordered_set<std::int64_t> weeks;
    for (int row = 0; row < rows.size(); ++row)
        weeks.insert(weekKey(rows.id<ActivityId>(row, 0), static_cast<int>(rows.integer(row, 1))));
    return weeks;
}

Result<void> insertActuals(Connection &db, const std::vector<Actual> &actuals) {
    for (const Actual &actual : actuals) {
        CASTNET_TRY_VOID(db.run(
            "INSERT INTO castnet.actual (activity_id, week, hours, setup_hours, cost_cents, "
            "result, note) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (activity_id, week) "
            "DO UPDATE SET hours = EXCLUDED.hours, setup_hours = EXCLUDED.setup_hours, "
            "cost_cents = EXCLUDED.cost_cents, result = EXCLUDED.result, note = EXCLUDED.note",
            Params()
                .id(actual.activityId)
                .integer(actual.week)
                .real(actual.hours)
                .real(actual.setupHours)
                .integer(actual.cost.value())
                .real(actual.result)
                .text(actual.note)));
    }
    return {};
}

// ---- baselines -------------------------------------------------------------

Error noBaseline(const std::string &name) {
    return Error::user(fmt::format("the campaign has no baseline named \"{}\"", name), "baseline");
}

Result<std::optional<std::int64_t>> baselineIdOf(Connection &db, CampaignId campaign,
                                                 const std::string &name) {
    CASTNET_TRY(const Rows rows,
                db.exec("SELECT id FROM castnet.baseline WHERE campaign_id = $1 AND name = $2",
                        Params().id(campaign).text(name)));
    if (rows.empty())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(rows.integer(0, 0));
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

Error duplicateBaseline(const std::string &name) {
    return Error::user(fmt::format("the campaign already has a baseline named \"{}\"", name),
                       "baseline");
}

Result<BaselineSummary> insertBaseline(Connection &db, const Campaign &campaign,
                                       const std::string &name) {
    CASTNET_TRY(const auto existing, baselineIdOf(db, campaign.id, name));
    if (existing)
        return tl::unexpected(duplicateBaseline(name));
    BaselineSummary summary{name, utcTimestamp(), 0};
    auto inserted = db.write([&] {
        return db.exec("INSERT INTO castnet.baseline (campaign_id, name, saved_at, "
                       "campaign_name, objective, start_date, weeks, capacity_hours_per_week, "
                       "budget_per_week_cents, currency, return_unit, automation_saving) "
                       "SELECT id, $2, $3, name, objective, start_date, weeks, "
                       "capacity_hours_per_week, budget_per_week_cents, currency, return_unit, "
                       "automation_saving FROM castnet.campaign WHERE id = $1 RETURNING id",
                       Params().id(campaign.id).text(name).text(summary.savedAt));
    });
    if (!inserted) {
        if (db.lastRefusal().state == postgres::uniqueViolation)
            return tl::unexpected(duplicateBaseline(name));
        return tl::unexpected(inserted.error());
    }
    CASTNET_TRY(const Rows frozen,
                db.exec(fmt::format("INSERT INTO castnet.baseline_activity (baseline_id, {0}, "
                                    "position) SELECT $1, {0}, position FROM castnet.activity "
                                    "WHERE campaign_id = $2",
                                    postgres::activityColumns),
                        Params().integer(inserted->integer(0, 0)).id(campaign.id)));
    summary.activityCount = static_cast<std::size_t>(frozen.affected());
    return summary;
}

Result<Baseline> selectBaseline(Connection &db, CampaignId campaign, const std::string &name) {
    CASTNET_TRY(const auto id, baselineIdOf(db, campaign, name));
    if (!id)
        return tl::unexpected(noBaseline(name));
    Baseline baseline;
    CASTNET_TRY(const Rows head,
                db.exec("SELECT b.campaign_id, c.brand_id, b.campaign_name, b.objective, "
                        "b.start_date, b.weeks, b.capacity_hours_per_week, "
                        "b.budget_per_week_cents, b.currency, b.return_unit, "
                        "b.automation_saving, b.name, b.saved_at FROM castnet.baseline AS b "
                        "JOIN castnet.campaign AS c ON c.id = b.campaign_id WHERE b.id = $1",
                        Params().integer(*id)));
    if (head.empty())
        return tl::unexpected(noBaseline(name));
    CASTNET_TRY(baseline.frozen.campaign, postgres::readCampaign(head, 0, db.location()));
    baseline.summary.name = head.text(0, 11);
    baseline.summary.savedAt = head.text(0, 12);
    CASTNET_TRY(const Rows rows, db.exec(fmt::format("SELECT {} FROM castnet.baseline_activity "
                                                     "WHERE baseline_id = $1 ORDER BY position, id",
                                                     postgres::activityColumns),
                                         Params().integer(*id)));
    for (int row = 0; row < rows.size(); ++row) {
        CASTNET_TRY(Activity activity, postgres::readActivity(rows, row, db.location()));
        baseline.frozen.activities.push_back(std::move(activity));
    }
    baseline.summary.activityCount = baseline.frozen.activities.size();
    return baseline;
}

// ---- calibrations ----------------------------------------------------------

Result<void> applyToActivity(Connection &db, const Campaign &campaign,
                             const CalibrationRecord &record) {
    CASTNET_TRY(const Rows updated,
                db.exec(fmt::format("UPDATE castnet.activity SET max_weekly_return = "
                                    "coalesce($2, max_weekly_return), half_saturation_hours = "
                                    "coalesce($3, half_saturation_hours), shape = coalesce($4, "
                                    "shape), carryover = coalesce($5, carryover), revision = "
                                    "revision + 1 WHERE id = $1 AND campaign_id = $6 "
                                    "RETURNING {}",
                                    postgres::activityColumns),
                        Params()
                            .id(record.activityId)
                            .real(record.parameters.maxWeeklyReturn)
                            .real(record.parameters.halfSaturationHours)
                            .real(record.parameters.shape)
                            .real(record.parameters.carryover)
                            .id(campaign.id)));
    if (updated.empty()) {
        return fail(fmt::format("activity {} is not in the campaign", record.activityId),
                    "activity_id");
    }
    // The activity with its new parameters must still pass the core's
    // rules, as every stored activity does.
    CASTNET_TRY(const Activity activity, postgres::readActivity(updated, 0, db.location()));
    return validate(activity, campaign);
}

Result<void> insertCalibration(Connection &db, const CalibrationRecord &record) {
    Params params;
    params.id(record.activityId).text(record.calibratedAt).integer(record.weeksWithResults);
    params.text(fittedNames(record.fitted));
    params.real(record.parameters.maxWeeklyReturn).real(record.parameters.halfSaturationHours);
    params.real(record.parameters.shape).real(record.parameters.carryover);
    params.real(record.quality.sse).real(record.quality.r2).real(record.quality.nrmse);
    params.real(record.quality.mape);
    if (record.holdout) {
        params.integer(record.holdout->weeks).real(record.holdout->nrmse);
        params.real(record.holdout->mape);
    } else {
        params.null().null().null();
    }
    params.text(intervalsText(record.intervals));
    if (record.forecastBand) {
        params.real(record.forecastBand->p10).real(record.forecastBand->p50);
        params.real(record.forecastBand->p90);
    } else {
        params.null().null().null();
    }
    return db.run("INSERT INTO castnet.calibration (activity_id, calibrated_at, "
                  "weeks_with_results, fitted, max_weekly_return, half_saturation_hours, shape, "
                  "carryover, sse, r2, nrmse, mape, holdout_weeks, holdout_nrmse, holdout_mape, "
                  "intervals, forecast_p10, forecast_p50, forecast_p90) VALUES ($1, $2, $3, $4, "
                  "$5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)",
                  params);
}

Result<CalibrationRecord> readCalibration(const Rows &rows, int row, std::string_view location) {
    CalibrationRecord record;
    record.activityId = rows.id<ActivityId>(row, 0);
    record.calibratedAt = rows.text(row, 1);
    record.weeksWithResults = static_cast<int>(rows.integer(row, 2));
    CASTNET_TRY(record.fitted, readFitted(rows.text(row, 3), location));
    record.parameters = {rows.optionalReal(row, 4), rows.optionalReal(row, 5),
                         rows.optionalReal(row, 6), rows.optionalReal(row, 7)};
    record.quality = {rows.real(row, 8), rows.optionalReal(row, 9), rows.optionalReal(row, 10),
                      rows.optionalReal(row, 11)};
    if (!rows.isNull(row, 12)) {
        record.holdout = HoldoutQuality{static_cast<int>(rows.integer(row, 12)),
                                        rows.optionalReal(row, 13), rows.optionalReal(row, 14)};
    }
    CASTNET_TRY(record.intervals, readIntervals(rows.text(row, 15), location));
    if (!rows.isNull(row, 16))
        record.forecastBand = Band{rows.real(row, 16), rows.real(row, 17), rows.real(row, 18)};
    return record;
}

} // namespace

// ---- actuals ---------------------------------------------------------------

Result<ActualsStored> PostgresWorkspace::storeActuals(CampaignId campaign,
                                                      const std::vector<Actual> &actuals) {
    return m_db->write([&]() -> Result<ActualsStored> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign, "FOR SHARE"));
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

Result<std::vector<Actual>> PostgresWorkspace::actuals(CampaignId campaign) {
    return m_db->read([&]() -> Result<std::vector<Actual>> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(const Rows rows,
                    m_db->exec("SELECT a.activity_id, a.week, a.hours, a.setup_hours, "
                               "a.cost_cents, a.result, a.note FROM castnet.actual AS a "
                               "JOIN castnet.activity AS v ON v.id = a.activity_id "
                               "WHERE v.campaign_id = $1 ORDER BY v.position, v.id, a.week",
                               Params().id(campaign)));
        std::vector<Actual> actuals;
        for (int row = 0; row < rows.size(); ++row) {
            actuals.push_back(Actual{rows.id<ActivityId>(row, 0),
                                     static_cast<int>(rows.integer(row, 1)), rows.real(row, 2),
                                     rows.real(row, 3), Cents(rows.integer(row, 4)),
                                     rows.optionalReal(row, 5), std::string(rows.text(row, 6))});
        }
        return actuals;
    });
}

// ---- baselines -------------------------------------------------------------

Result<BaselineSummary> PostgresWorkspace::saveBaseline(CampaignId campaign,
                                                        const std::string &name) {
    CASTNET_TRY_VOID(checkBaselineName(name));
    return m_db->write([&]() -> Result<BaselineSummary> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign, "FOR SHARE"));
        return insertBaseline(*m_db, owner, name);
    });
}

Result<std::vector<BaselineSummary>> PostgresWorkspace::baselines(CampaignId campaign) {
    return m_db->read([&]() -> Result<std::vector<BaselineSummary>> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(const Rows rows,
                    m_db->exec("SELECT name, saved_at, (SELECT count(*) FROM "
                               "castnet.baseline_activity WHERE baseline_id = b.id) FROM "
                               "castnet.baseline AS b WHERE campaign_id = $1 ORDER BY id",
                               Params().id(campaign)));
        std::vector<BaselineSummary> list;
        for (int row = 0; row < rows.size(); ++row) {
            list.push_back({std::string(rows.text(row, 0)), std::string(rows.text(row, 1)),
                            static_cast<std::size_t>(rows.integer(row, 2))});
        }
        return list;
    });
}

Result<Baseline> PostgresWorkspace::baseline(CampaignId campaign, const std::string &name) {
    return m_db->read([&]() -> Result<Baseline> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        return selectBaseline(*m_db, campaign, name);
    });
}

Result<void> PostgresWorkspace::removeBaseline(CampaignId campaign, const std::string &name) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(const Rows removed,
                    m_db->exec("DELETE FROM castnet.baseline WHERE campaign_id = $1 AND "
                               "name = $2",
                               Params().id(campaign).text(name)));
        if (removed.affected() == 0)
            return tl::unexpected(noBaseline(name));
        return {};
    });
}

Result<void> PostgresWorkspace::restoreBaseline(CampaignId campaign, const Baseline &baseline) {
    const std::string &name = baseline.summary.name;
    CASTNET_TRY_VOID(checkBaselineName(name));
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign, "FOR SHARE"));
        CASTNET_TRY(const auto existing, baselineIdOf(*m_db, campaign, name));
        if (existing)
            return tl::unexpected(duplicateBaseline(name));
        const Campaign &frozen = baseline.frozen.campaign;
        Params head;
        head.id(campaign).text(name).text(baseline.summary.savedAt).text(frozen.name);
        head.text(toString(frozen.objective)).text(frozen.startDate).integer(frozen.weeks);
        head.real(frozen.capacityHoursPerWeek);
        if (frozen.budgetPerWeek)
            head.integer(frozen.budgetPerWeek->value());
        else
            head.null();
        head.text(frozen.currency).text(frozen.returnUnit).real(frozen.automationSaving);
        CASTNET_TRY(const Rows inserted,
                    m_db->exec("INSERT INTO castnet.baseline (campaign_id, name, saved_at, "
                               "campaign_name, objective, start_date, weeks, "
                               "capacity_hours_per_week, budget_per_week_cents, currency, "
                               "return_unit, automation_saving) VALUES ($1, $2, $3, $4, $5, $6, "
                               "$7, $8, $9, $10, $11, $12) RETURNING id",
                               head));
        const std::int64_t baselineId = inserted.integer(0, 0);
        std::string sql = fmt::format("INSERT INTO castnet.baseline_activity (baseline_id, {}, "
                                      "position) VALUES ($1",
                                      postgres::activityColumns);
        for (int column = 2; column <= postgres::activityColumnCount + 2; ++column)
            sql += fmt::format(", ${}", column);
        sql += ")";
        // The frozen rows keep the order they were read in.
        double position = 0;
        for (const Activity &activity : baseline.frozen.activities) {
            Params row;
            row.integer(baselineId);
            postgres::addActivity(row, activity);
            row.real(++position);
            CASTNET_TRY_VOID(m_db->run(sql, row));
        }
        return {};
    });
}

// ---- calibrations ----------------------------------------------------------

Result<void> PostgresWorkspace::restoreCalibrations(CampaignId campaign,
                                                    const std::vector<CalibrationRecord> &records) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign, "FOR SHARE"));
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

Result<void> PostgresWorkspace::applyCalibrations(CampaignId campaign,
                                                  const std::vector<CalibrationRecord> &records) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign, "FOR SHARE"));
        for (const CalibrationRecord &record : records) {
            CASTNET_TRY_VOID(applyToActivity(*m_db, owner, record));
            CASTNET_TRY_VOID(insertCalibration(*m_db, record));
        }
        return {};
    });
}

Result<std::vector<CalibrationRecord>> PostgresWorkspace::calibrations(CampaignId campaign) {
    return m_db->read([&]() -> Result<std::vector<CalibrationRecord>> {
        CASTNET_TRY_VOID(campaignOf(*m_db, campaign));
        CASTNET_TRY(const Rows rows,
                    m_db->exec("SELECT c.activity_id, c.calibrated_at, c.weeks_with_results, "
                               "c.fitted, c.max_weekly_return, c.half_saturation_hours, "
                               "c.shape, c.carryover, c.sse, c.r2, c.nrmse, c.mape, "
                               "c.holdout_weeks, c.holdout_nrmse, c.holdout_mape, c.intervals, "
                               "c.forecast_p10, c.forecast_p50, c.forecast_p90 "
                               "FROM castnet.calibration AS c JOIN castnet.activity AS v "
                               "ON v.id = c.activity_id WHERE v.campaign_id = $1 ORDER BY c.id",
                               Params().id(campaign)));
        std::vector<CalibrationRecord> records;
        for (int row = 0; row < rows.size(); ++row) {
            CASTNET_TRY(CalibrationRecord record, readCalibration(rows, row, m_db->location()));
            records.push_back(std::move(record));
        }
        return records;
    });
}

Result<void> PostgresWorkspace::removeActuals(CampaignId campaign,
                                              const std::vector<ActualWeek> &weeks) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign, "FOR SHARE"));
        CASTNET_TRY(const std::vector<ActivityId> ids, activityIdsOf(*m_db, campaign));
        const std::unordered_set<ActivityId> ours(ids.begin(), ids.end());
        for (const ActualWeek &week : weeks) {
            if (!ours.contains(week.activityId)) {
                return fail(fmt::format("activity {} is not in campaign \"{}\"", week.activityId,
                                        owner.name),
                            "activity_id");
            }
            CASTNET_TRY_VOID(
                m_db->exec("DELETE FROM castnet.actual WHERE activity_id = $1 AND week = $2",
                           Params().id(week.activityId).integer(week.week)));
        }
        return {};
    });
}

Result<void>
PostgresWorkspace::removeLatestCalibrations(CampaignId campaign,
                                            const std::vector<ActivityId> &activities) {
    return m_db->write([&]() -> Result<void> {
        CASTNET_TRY(const Campaign owner, campaignOf(*m_db, campaign, "FOR SHARE"));
        CASTNET_TRY(const std::vector<ActivityId> ids, activityIdsOf(*m_db, campaign));
        const std::unordered_set<ActivityId> ours(ids.begin(), ids.end());
        for (const ActivityId activity : activities) {
            if (!ours.contains(activity)) {
                return fail(
                    fmt::format("activity {} is not in campaign \"{}\"", activity, owner.name),
                    "activity_id");
            }
            CASTNET_TRY_VOID(m_db->exec("DELETE FROM castnet.calibration WHERE id = (SELECT "
                                        "max(id) FROM castnet.calibration WHERE activity_id = $1)",
                                        Params().id(activity)));
        }
        return {};
    });
}

} // namespace castnet::core
