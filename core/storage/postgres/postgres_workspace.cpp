// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postgres/postgres_workspace.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>
#include <libpq-fe.h>
#include <nlohmann/json.hpp>

#include "core/domain/try.h"
#include "core/domain/uuid.h"
#include "core/storage/postgres/connection_uri.h"
#include "core/storage/postgres/pg_connection.h"
#include "core/storage/postgres/pg_rows.h"
#include "core/storage/postgres/pg_schema.h"
#include "core/workspace/snapshot_ids.h"

namespace castnet::core {

using postgres::Connection;
using postgres::Params;
using postgres::Rows;

namespace {

template<class Tag> Error notFound(std::string_view what, Id<Tag> id) {
    return Error::user(fmt::format("no {} with id {}", what, id));
}

bool refusedBy(const Connection &db, std::string_view state, std::string_view constraint = {}) {
    return db.lastRefusal().state == state &&
           (constraint.empty() || db.lastRefusal().constraint == constraint);
}

// ASCII case folding, as the file's COLLATE NOCASE: the order of names must
// not depend on the server's locale.
constexpr const char *folded = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                               "'abcdefghijklmnopqrstuvwxyz')";

std::string fold(std::string_view column) {
    return fmt::format(fmt::runtime(folded), column);
}

// A kept id (undo of a delete, a copy) moves its table's sequence past it,
// so the next new row never gets an id that was used.
Result<void> keepSequencePast(Connection &db, std::string_view table, std::int64_t id) {
    return db.run(fmt::format("SELECT pg_catalog.setval('castnet.{0}_id_seq', $1) "
                              "FROM castnet.{0}_id_seq WHERE $1 >= CASE WHEN is_called "
                              "THEN last_value + 1 ELSE last_value END",
                              table),
                  Params().integer(id));
}

template<class Tag> Result<void> removeRow(Connection &db, const std::string &table, Id<Tag> id) {
    return db.write([&]() -> Result<void> {
        CASTNET_TRY(const Rows removed,
                    db.exec("DELETE FROM castnet." + table + " WHERE id = $1", Params().id(id)));
        if (removed.affected() == 0)
            return tl::unexpected(notFound(table, id));
        return {};
    });
}

// ---- brands ----------------------------------------------------------------

Result<std::vector<Brand>> selectBrands(Connection &db, const std::string &sql,
                                        const Params &params) {
    CASTNET_TRY(const Rows rows, db.exec(sql, params));
    std::vector<Brand> brands;
    for (int row = 0; row < rows.size(); ++row)
        brands.push_back(postgres::readBrand(rows, row));
    return brands;
}

Result<Brand> selectBrand(Connection &db, BrandId id) {
    CASTNET_TRY(std::vector<Brand> found,
                selectBrands(db,
                             fmt::format("SELECT {} FROM castnet.brand WHERE id = $1",
                                         postgres::brandColumns),
                             Params().id(id)));
    if (found.empty())
        return tl::unexpected(notFound("brand", id));
    return std::move(found.front());
}

Error duplicateBrand(const Brand &brand) {
    return Error::user(fmt::format("a brand named \"{}\" already exists", brand.name), "name");
}

Params brandFields(const Brand &brand) {
    Params params;
    params.idOrNull(brand.id).text(brand.name).text(brand.industry).text(brand.audience);
    params.text(brand.notes);
    return params;
}

Result<Brand> insertBrand(Connection &db, const Brand &brand) {
    auto inserted = db.write([&]() -> Result<Rows> {
        CASTNET_TRY(Rows rows,
                    db.exec("INSERT INTO castnet.brand (id, name, industry, audience, notes) "
                            "VALUES (coalesce($1, nextval('castnet.brand_id_seq')), $2, $3, $4, "
                            "$5) RETURNING id",
                            brandFields(brand)));
        if (brand.id.isStored())
            CASTNET_TRY_VOID(keepSequencePast(db, "brand", brand.id.value()));
        return rows;
    });
    if (!inserted) {
        if (refusedBy(db, postgres::uniqueViolation, "brand_name_unique"))
            return tl::unexpected(duplicateBrand(brand));
        if (refusedBy(db, postgres::uniqueViolation, "brand_pkey"))
            return fail(fmt::format("a brand with id {} already exists", brand.id));
        return tl::unexpected(inserted.error());
    }
    Brand stored = brand;
    stored.id = inserted->id<BrandId>(0, 0);
    return stored;
}

Result<void> storeBrandUpdate(Connection &db, const Brand &brand) {
    auto updated = db.write([&] {
        return db.exec("UPDATE castnet.brand SET name = $2, industry = $3, audience = $4, "
                       "notes = $5 WHERE id = $1",
                       brandFields(brand));
    });
    if (!updated) {
        if (refusedBy(db, postgres::uniqueViolation, "brand_name_unique"))
            return tl::unexpected(duplicateBrand(brand));
        return tl::unexpected(updated.error());
    }
    if (updated->affected() == 0)
        return tl::unexpected(notFound("brand", brand.id));
    return {};
}

// ---- campaigns -------------------------------------------------------------

Result<std::vector<Campaign>> selectCampaigns(Connection &db, const std::string &sql,
                                              const Params &params) {
    CASTNET_TRY(const Rows rows, db.exec(sql, params));
    std::vector<Campaign> campaigns;
    for (int row = 0; row < rows.size(); ++row) {
        CASTNET_TRY(Campaign campaign, postgres::readCampaign(rows, row, db.location()));
        campaigns.push_back(std::move(campaign));
    }
    return campaigns;
}

// The campaign; `lock` takes a row lock against concurrent writers: FOR
// SHARE while an activity is checked against it, FOR UPDATE while the
// campaign itself changes.
Result<Campaign> selectCampaign(Connection &db, CampaignId id, std::string_view lock = {}) {
    CASTNET_TRY(std::vector<Campaign> found,
                selectCampaigns(db,
                                fmt::format("SELECT {} FROM castnet.campaign WHERE id = $1 {}",
                                            postgres::campaignColumns, lock),
                                Params().id(id)));
    if (found.empty())
        return tl::unexpected(notFound("campaign", id));
    return std::move(found.front());
}

Error duplicateCampaign(const Campaign &campaign, const Brand &brand) {
    return Error::user(
        fmt::format("brand \"{}\" already has a campaign named \"{}\"", brand.name, campaign.name),
        "name");
}

Result<Campaign> insertCampaign(Connection &db, const Campaign &campaign) {
    CASTNET_TRY_VOID(validate(campaign));
    CASTNET_TRY(const Brand owner, selectBrand(db, campaign.brandId));
    Params params;
    postgres::addCampaign(params, campaign);
    auto inserted = db.write([&]() -> Result<Rows> {
        CASTNET_TRY(Rows rows,
                    db.exec(fmt::format("INSERT INTO castnet.campaign ({}) VALUES "
                                        "(coalesce($1, nextval('castnet.campaign_id_seq')), $2, "
                                        "$3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                                        postgres::campaignColumns),
                            params));
        if (campaign.id.isStored())
            CASTNET_TRY_VOID(keepSequencePast(db, "campaign", campaign.id.value()));
        return rows;
    });
    if (!inserted) {
        if (refusedBy(db, postgres::uniqueViolation, "campaign_name_unique"))
            return tl::unexpected(duplicateCampaign(campaign, owner));
        if (refusedBy(db, postgres::uniqueViolation, "campaign_pkey"))
            return fail(fmt::format("a campaign with id {} already exists", campaign.id));
        if (refusedBy(db, postgres::foreignKeyViolation))
            return tl::unexpected(notFound("brand", campaign.brandId));
        return tl::unexpected(inserted.error());
    }
    Campaign stored = campaign;
    stored.id = inserted->id<CampaignId>(0, 0);
    return stored;
}

Result<void> checkWeeksFit(Connection &db, const Campaign &campaign) {
    CASTNET_TRY(const Rows rows,
                db.exec("SELECT title, end_week FROM castnet.activity WHERE campaign_id = $1 "
                        "AND end_week > $2 ORDER BY end_week DESC, position, id LIMIT 1",
                        Params().id(campaign.id).integer(campaign.weeks)));
    if (rows.empty())
        return {};
    return fail(fmt::format("weeks cannot be {}: activity \"{}\" ends in week {}; shorten it first",
                            campaign.weeks, rows.text(0, 0), rows.integer(0, 1)),
                "weeks");
}

Result<void> storeCampaignUpdate(Connection &db, const Campaign &campaign) {
    CASTNET_TRY_VOID(selectCampaign(db, campaign.id, "FOR UPDATE"));
    CASTNET_TRY(const Brand owner, selectBrand(db, campaign.brandId));
    CASTNET_TRY_VOID(checkWeeksFit(db, campaign));
    Params params;
    postgres::addCampaign(params, campaign);
    auto updated = db.write([&] {
        return db.run("UPDATE castnet.campaign SET brand_id = $2, name = $3, objective = $4, "
                      "start_date = $5, weeks = $6, capacity_hours_per_week = $7, "
                      "budget_per_week_cents = $8, currency = $9, return_unit = $10, "
                      "automation_saving = $11 WHERE id = $1",
                      params);
    });
    if (!updated && refusedBy(db, postgres::uniqueViolation, "campaign_name_unique"))
        return tl::unexpected(duplicateCampaign(campaign, owner));
    if (!updated && refusedBy(db, postgres::foreignKeyViolation))
        return tl::unexpected(notFound("brand", campaign.brandId));
    return updated;
}

// ---- activities ------------------------------------------------------------

Result<std::vector<Activity>> selectActivities(Connection &db, const std::string &sql,
                                               const Params &params) {
    CASTNET_TRY(const Rows rows, db.exec(sql, params));
    std::vector<Activity> activities;
    activities.reserve(static_cast<std::size_t>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        CASTNET_TRY(Activity activity, postgres::readActivity(rows, row, db.location()));
        activities.push_back(std::move(activity));
    }
    return activities;
}

Result<Activity> selectActivity(Connection &db, ActivityId id) {
    CASTNET_TRY(std::vector<Activity> found,
                selectActivities(db,
                                 fmt::format("SELECT {} FROM castnet.activity WHERE id = $1",
                                             postgres::activityColumns),
                                 Params().id(id)));
    if (found.empty())
        return tl::unexpected(notFound("activity", id));
    return std::move(found.front());
}

Error inBatch(Error error, std::size_t index, std::size_t count, const Activity &activity) {
    if (count > 1) {
        error.message = fmt::format("activity {} of {} (\"{}\"): {}", index + 1, count,
                                    activity.title, error.message);
    }
    return error;
}

// New activities get ids from the sequence and go after the campaign's last
// row; one that keeps its id goes back to the row its id names. Returns
// every activity's position.
Result<std::vector<double>> assignIdsAndPositions(Connection &db, const Campaign &campaign,
                                                  std::vector<Activity> &activities) {
    const auto fresh = static_cast<std::int64_t>(std::count_if(
        activities.begin(), activities.end(), [](const Activity &a) { return !a.id.isStored(); }));
    std::vector<std::int64_t> ids;
    if (fresh > 0) {
        CASTNET_TRY(const Rows rows, db.exec("SELECT nextval('castnet.activity_id_seq') FROM "
                                             "generate_series(1, $1)",
                                             Params().integer(fresh)));
        for (int row = 0; row < rows.size(); ++row)
            ids.push_back(rows.integer(row, 0));
        std::sort(ids.begin(), ids.end());
    }
    CASTNET_TRY(const Rows last, db.exec("SELECT coalesce(max(position), 0) FROM castnet.activity "
                                         "WHERE campaign_id = $1",
                                         Params().id(campaign.id)));
    double lastPosition = last.real(0, 0);
    std::size_t next = 0;
    std::int64_t keptMax = 0;
    std::vector<double> positions;
    positions.reserve(activities.size());
    for (Activity &activity : activities) {
        const bool kept = activity.id.isStored();
        if (kept)
            keptMax = std::max(keptMax, activity.id.value());
        else
            activity.id = ActivityId(ids[next++]);
        const double id = static_cast<double>(activity.id.value());
        positions.push_back(kept ? id : std::max(id, lastPosition + 1));
        lastPosition = std::max(lastPosition, positions.back());
    }
    if (keptMax > 0)
        CASTNET_TRY_VOID(keepSequencePast(db, "activity", keptMax));
    return positions;
}

// As the file does (sqlite_workspace.cpp): a given uid is kept unless the
// workspace or the batch holds it already, in which case that activity is
// a copy with a fresh uid and revision 1.
Result<void> assignUids(Connection &db, std::vector<Activity> &activities) {
    std::string given;
    for (const Activity &activity : activities) {
        if (!activity.uid.empty() && isUuid(activity.uid))
            given += (given.empty() ? "" : ",") + activity.uid;
    }
    std::unordered_set<std::string> taken;
    if (!given.empty()) {
        CASTNET_TRY(const Rows rows, db.exec("SELECT uid FROM castnet.activity WHERE uid = "
                                             "ANY (pg_catalog.string_to_array($1, ','))",
                                             Params().text(given)));
        for (int row = 0; row < rows.size(); ++row)
            taken.emplace(rows.text(row, 0));
    }
    for (Activity &activity : activities) {
        if (activity.revision == 0)
            activity.revision = 1;
        if (!activity.uid.empty() && (taken.contains(activity.uid) || !isUuid(activity.uid))) {
            activity.uid.clear();
            activity.revision = 1;
        }
        if (activity.uid.empty())
            activity.uid = newUuid();
        taken.insert(activity.uid);
    }
    return {};
}

std::string activityInsert() {
    std::string sql = fmt::format("INSERT INTO castnet.activity ({}, position) VALUES (",
                                  postgres::activityColumns);
    for (int column = 1; column <= postgres::activityColumnCount + 1; ++column)
        sql += fmt::format("{}${}", column == 1 ? "" : ", ", column);
    return sql + ")";
}

// One row at a time, to tell which activity of a refused batch was refused.
Result<void> insertOneByOne(Connection &db, const std::vector<Activity> &activities,
                            const std::vector<double> &positions) {
    const std::string sql = activityInsert();
    for (std::size_t i = 0; i < activities.size(); ++i) {
        Params params;
        postgres::addActivity(params, activities[i]);
        params.real(positions[i]);
        auto ok = db.write([&] { return db.run(sql, params); });
        if (ok)
            continue;
        if (refusedBy(db, postgres::uniqueViolation, "activity_pkey"))
            return fail(fmt::format("an activity with id {} already exists", activities[i].id));
        if (ok.error().field.empty())
            return ok;
        return tl::unexpected(inBatch(std::move(ok).error(), i, activities.size(), activities[i]));
    }
    return {};
}

// Stores a validated batch with COPY, one statement for the whole batch; a
// refused batch is stored again row by row to name the activity at fault.
Result<void> insertAll(Connection &db, const std::vector<Activity> &activities,
                       const std::vector<double> &positions) {
    std::string data;
    data.reserve(activities.size() * 200);
    for (std::size_t i = 0; i < activities.size(); ++i)
        postgres::appendCopyLine(data, activities[i], positions[i]);
    auto copied = db.write([&] {
        return db.copyIn(fmt::format("COPY castnet.activity ({}, position) FROM STDIN",
                                     postgres::activityColumns),
                         data);
    });
    if (copied || !db.lastRefusal().state.starts_with("23"))
        return copied;
    return db.write([&] { return insertOneByOne(db, activities, positions); });
}

Result<std::vector<Activity>> insertActivities(Connection &db, const Campaign &campaign,
                                               std::vector<Activity> activities) {
    const std::size_t count = activities.size();
    for (std::size_t i = 0; i < count; ++i) {
        activities[i].campaignId = campaign.id;
        if (auto ok = validate(activities[i], campaign); !ok)
            return tl::unexpected(inBatch(std::move(ok).error(), i, count, activities[i]));
    }
    if (activities.empty())
        return activities;
    CASTNET_TRY(const std::vector<double> positions,
                assignIdsAndPositions(db, campaign, activities));
    CASTNET_TRY_VOID(assignUids(db, activities));
    CASTNET_TRY_VOID(insertAll(db, activities, positions));
    return activities;
}

Error staleActivity(const Activity &stored) {
    return Error::user(fmt::format("activity \"{}\" was changed by someone else since you opened "
                                   "it (it is at revision {} now); nothing was changed",
                                   stored.title, stored.revision),
                       "revision");
}

// Checks an edit against the stored activity and its campaign, locking the
// campaign's row so that it cannot shrink below the activity meanwhile.
Result<Activity> checkedEdit(Connection &db, const Activity &activity) {
    CASTNET_TRY(const Activity stored, selectActivity(db, activity.id));
    if (activity.campaignId.isStored() && activity.campaignId != stored.campaignId) {
        return fail(fmt::format("activity {} belongs to campaign {}, not {}", activity.id,
                                stored.campaignId, activity.campaignId));
    }
    CASTNET_TRY(const Campaign owner, selectCampaign(db, stored.campaignId, "FOR SHARE"));
    Activity updated = activity;
    updated.campaignId = stored.campaignId;
    CASTNET_TRY_VOID(validate(updated, owner));
    return updated;
}

Result<void> storeActivityUpdate(Connection &db, const Activity &activity) {
    CASTNET_TRY(Activity updated, checkedEdit(db, activity));
    Params params;
    postgres::addActivity(params, updated);
    CASTNET_TRY(const Rows rows,
                db.exec("UPDATE castnet.activity SET campaign_id = $2, channel = $3, "
                        "title = $4, format = $5, interaction = $6, automated = $7, goal = $8, "
                        "cadence_per_week = $9, hours_per_occurrence = $10, setup_hours = $11, "
                        "cost_per_occurrence_cents = $12, start_week = $13, end_week = $14, "
                        "max_weekly_return = $15, half_saturation_hours = $16, shape = $17, "
                        "carryover = $18, track = $19, notes = $20, revision = revision + 1 "
                        "WHERE id = $1 AND $21::text IS NOT NULL AND $22::bigint IS NOT NULL",
                        params));
    if (rows.affected() == 0)
        return tl::unexpected(notFound("activity", activity.id));
    return {};
}

// The stored activity and its campaign.
Result<std::pair<Activity, Campaign>> selectActivityAndCampaign(Connection &db, ActivityId id) {
    CASTNET_TRY(Activity stored, selectActivity(db, id));
    CASTNET_TRY(Campaign owner, selectCampaign(db, stored.campaignId));
    return std::pair{std::move(stored), std::move(owner)};
}

// One UPDATE, one round trip, in a transaction of its own when none is
// open: it applies only to the revision the change was made on, and only
// while the campaign still has room for the activity's weeks (checked under
// a share lock, so the campaign cannot shrink meanwhile). A concurrent
// change that commits first makes it match no row (READ COMMITTED re-reads
// the row it waited for), so the later change is refused, never applied
// over the earlier one. Only a refused change reads the row again, to say
// why.
Result<Activity> storeActivityChange(Connection &db, const Activity &activity) {
    CASTNET_TRY_VOID(validate(activity));
    Params params;
    postgres::addActivity(params, activity);
    CASTNET_TRY(const Rows rows,
                db.exec("UPDATE castnet.activity SET channel = $3, title = $4, format = $5, "
                        "interaction = $6, automated = $7, goal = $8, cadence_per_week = $9, "
                        "hours_per_occurrence = $10, setup_hours = $11, "
                        "cost_per_occurrence_cents = $12, start_week = $13, end_week = $14, "
                        "max_weekly_return = $15, half_saturation_hours = $16, shape = $17, "
                        "carryover = $18, track = $19, notes = $20, revision = revision + 1 "
                        "WHERE id = $1 AND ($2::bigint = 0 OR campaign_id = $2) AND "
                        "revision = $22 AND $21::text IS NOT NULL AND EXISTS (SELECT 1 FROM "
                        "castnet.campaign AS c WHERE c.id = activity.campaign_id AND "
                        "c.weeks >= $14 FOR SHARE) RETURNING uid, revision, campaign_id",
                        params));
    if (!rows.empty()) {
        Activity updated = activity;
        updated.uid = rows.text(0, 0);
        updated.revision = rows.integer(0, 1);
        updated.campaignId = rows.id<CampaignId>(0, 2);
        return updated;
    }
    CASTNET_TRY(auto now, selectActivityAndCampaign(db, activity.id));
    const auto &[stored, owner] = now;
    if (stored.revision != activity.revision)
        return tl::unexpected(staleActivity(stored));
    if (activity.campaignId.isStored() && activity.campaignId != stored.campaignId) {
        return fail(fmt::format("activity {} belongs to campaign {}, not {}", activity.id,
                                stored.campaignId, activity.campaignId));
    }
    Activity updated = activity;
    updated.campaignId = stored.campaignId;
    CASTNET_TRY_VOID(validate(updated, owner));
    return failInternal(fmt::format("the change of activity {} was refused", activity.id));
}

Result<void> deleteActivities(Connection &db, const std::vector<ActivityId> &ids) {
    for (const ActivityId id : ids) {
        CASTNET_TRY(const Rows removed,
                    db.exec("DELETE FROM castnet.activity WHERE id = $1", Params().id(id)));
        if (removed.affected() == 0)
            return tl::unexpected(notFound("activity", id));
    }
    return {};
}

// ---- scenarios -------------------------------------------------------------

Result<std::vector<Scenario>> selectScenarios(Connection &db, const std::string &where,
                                              const Params &params) {
    CASTNET_TRY(const Rows rows,
                db.exec(fmt::format("SELECT id, campaign_id, name FROM castnet.scenario "
                                    "WHERE {} ORDER BY {}, name COLLATE \"C\", id",
                                    where, fold("name")),
                        params));
    std::vector<Scenario> scenarios;
    std::unordered_map<ScenarioId, std::size_t> indexOf;
    for (int row = 0; row < rows.size(); ++row) {
        scenarios.push_back(Scenario{rows.id<ScenarioId>(row, 0),
                                     rows.id<CampaignId>(row, 1),
                                     std::string(rows.text(row, 2)),
                                     {}});
        indexOf.emplace(scenarios.back().id, scenarios.size() - 1);
    }
    if (scenarios.empty())
        return scenarios;
    CASTNET_TRY(const Rows allocations,
                db.exec(fmt::format("SELECT a.scenario_id, a.activity_id, a.hours_per_week "
                                    "FROM castnet.scenario_allocation AS a WHERE a.scenario_id "
                                    "IN (SELECT id FROM castnet.scenario WHERE {}) "
                                    "ORDER BY a.scenario_id, a.activity_id",
                                    where),
                        params));
    for (int row = 0; row < allocations.size(); ++row) {
        const auto found = indexOf.find(allocations.id<ScenarioId>(row, 0));
        if (found != indexOf.end()) {
            scenarios[found->second].allocations.push_back(
                Allocation{allocations.id<ActivityId>(row, 1), allocations.real(row, 2)});
        }
    }
    return scenarios;
}

Result<std::vector<Scenario>> selectCampaignScenarios(Connection &db, CampaignId campaign) {
    return db.read([&]() -> Result<std::vector<Scenario>> {
        CASTNET_TRY_VOID(selectCampaign(db, campaign));
        return selectScenarios(db, "campaign_id = $1", Params().id(campaign));
    });
}

Result<Scenario> selectScenario(Connection &db, ScenarioId id) {
    return db.read([&]() -> Result<Scenario> {
        CASTNET_TRY(std::vector<Scenario> found, selectScenarios(db, "id = $1", Params().id(id)));
        if (found.empty())
            return tl::unexpected(notFound("scenario", id));
        return std::move(found.front());
    });
}

Error duplicateScenario(const Scenario &scenario) {
    return Error::user(
        fmt::format("a scenario named \"{}\" already exists in this campaign", scenario.name),
        "name");
}

Result<void> insertAllocations(Connection &db, const Scenario &scenario) {
    for (const Allocation &allocation : scenario.allocations) {
        CASTNET_TRY(const Rows inserted,
                    db.exec("INSERT INTO castnet.scenario_allocation (scenario_id, activity_id, "
                            "hours_per_week) SELECT $1, id, $3 FROM castnet.activity "
                            "WHERE id = $2 AND campaign_id = $4",
                            Params()
                                .id(scenario.id)
                                .id(allocation.activityId)
                                .real(allocation.hours)
                                .id(scenario.campaignId)));
        if (inserted.affected() == 0) {
            return fail(fmt::format("scenario \"{}\" gives hours to activity {}, which is not in "
                                    "its campaign",
                                    scenario.name, allocation.activityId),
                        "hours");
        }
    }
    return {};
}

Result<Scenario> insertScenario(Connection &db, const Scenario &scenario) {
    CASTNET_TRY_VOID(validate(scenario));
    CASTNET_TRY_VOID(selectCampaign(db, scenario.campaignId, "FOR SHARE"));
    return db.write([&]() -> Result<Scenario> {
        auto inserted = db.write([&]() -> Result<Rows> {
            CASTNET_TRY(
                Rows rows,
                db.exec(
                    "INSERT INTO castnet.scenario (id, campaign_id, name) VALUES "
                    "(coalesce($1, nextval('castnet.scenario_id_seq')), $2, $3) "
                    "RETURNING id",
                    Params().idOrNull(scenario.id).id(scenario.campaignId).text(scenario.name)));
            if (scenario.id.isStored())
                CASTNET_TRY_VOID(keepSequencePast(db, "scenario", scenario.id.value()));
            return rows;
        });
        if (!inserted) {
            if (refusedBy(db, postgres::uniqueViolation, "scenario_name_unique"))
                return tl::unexpected(duplicateScenario(scenario));
            if (refusedBy(db, postgres::uniqueViolation, "scenario_pkey"))
                return fail(fmt::format("a scenario with id {} already exists", scenario.id));
            return tl::unexpected(inserted.error());
        }
        Scenario stored = scenario;
        stored.id = inserted->id<ScenarioId>(0, 0);
        CASTNET_TRY_VOID(insertAllocations(db, stored));
        std::sort(
            stored.allocations.begin(), stored.allocations.end(),
            [](const Allocation &a, const Allocation &b) { return a.activityId < b.activityId; });
        return stored;
    });
}

Result<void> storeScenarioUpdate(Connection &db, const Scenario &scenario) {
    CASTNET_TRY(const Rows owner,
                db.exec("SELECT campaign_id FROM castnet.scenario WHERE id = $1 FOR UPDATE",
                        Params().id(scenario.id)));
    if (owner.empty())
        return tl::unexpected(notFound("scenario", scenario.id));
    const auto campaignId = owner.id<CampaignId>(0, 0);
    if (scenario.campaignId.isStored() && scenario.campaignId != campaignId) {
        return fail(fmt::format("scenario {} belongs to campaign {}, not {}", scenario.id,
                                campaignId, scenario.campaignId));
    }
    Scenario updated = scenario;
    updated.campaignId = campaignId;
    auto renamed = db.write([&] {
        return db.run("UPDATE castnet.scenario SET name = $2 WHERE id = $1",
                      Params().id(updated.id).text(updated.name));
    });
    if (!renamed) {
        if (refusedBy(db, postgres::uniqueViolation, "scenario_name_unique"))
            return tl::unexpected(duplicateScenario(updated));
        return renamed;
    }
    CASTNET_TRY_VOID(db.run("DELETE FROM castnet.scenario_allocation WHERE scenario_id = $1",
                            Params().id(updated.id)));
    return insertAllocations(db, updated);
}

// ---- snapshots -------------------------------------------------------------

std::vector<std::int64_t> numbersOf(const nlohmann::json &value) {
    std::vector<std::int64_t> numbers;
    if (value.is_array()) {
        for (const auto &number : value) {
            if (number.is_number_integer())
                numbers.push_back(number.get<std::int64_t>());
        }
    }
    return numbers;
}

} // namespace

// ---- the workspace ---------------------------------------------------------

Result<std::unique_ptr<PostgresWorkspace>> PostgresWorkspace::open(const std::string &uri) {
    const std::string location = postgres::withoutPassword(uri);
    CASTNET_TRY(auto db, Connection::open(uri, location));
    CASTNET_TRY(const Rows privileges,
                db->exec("SELECT pg_catalog.has_schema_privilege(n.oid, 'USAGE') FROM "
                         "pg_catalog.pg_namespace AS n WHERE n.nspname = $1",
                         Params().text("castnet")));
    if (privileges.empty()) {
        return fail(fmt::format("{} holds no Castnet workspace; an administrator creates it with "
                                "castnet server init --db URI",
                                location),
                    "db");
    }
    if (!privileges.boolean(0, 0)) {
        return fail(fmt::format("{} is a Castnet workspace you may not open: ask its "
                                "administrator to grant you {} or {}",
                                location, postgres::editorRole, postgres::viewerRole),
                    "db");
    }
    CASTNET_TRY(const int version, postgres::storedSchemaVersion(*db));
    if (version > postgres::latestSchemaVersion) {
        return fail(fmt::format("{} was made by a newer Castnet (schema {}; this one knows {} at "
                                "most)",
                                location, version, postgres::latestSchemaVersion),
                    "db");
    }
    if (version < postgres::latestSchemaVersion) {
        return fail(fmt::format("{} has an older schema ({}); an administrator upgrades it with "
                                "castnet server init --db URI",
                                location, version),
                    "db");
    }
    CASTNET_TRY(const Rows writable,
                db->exec("SELECT pg_catalog.has_table_privilege('castnet.activity', 'UPDATE')"));
    const WorkspaceAccess access =
        writable.boolean(0, 0) ? WorkspaceAccess::Editor : WorkspaceAccess::Viewer;
    return std::unique_ptr<PostgresWorkspace>(new PostgresWorkspace(std::move(db), access));
}

Result<PostgresWorkspace::InitReport> PostgresWorkspace::initServer(const std::string &uri) {
    const std::string location = postgres::withoutPassword(uri);
    CASTNET_TRY(auto db, Connection::open(uri, location));
    auto done = postgres::initServer(*db);
    if (!done) {
        if (db->lastRefusal().state == "42501") {
            return fail(fmt::format("{}: the role may not create the schema or the roles; run "
                                    "server init as the database's owner with CREATEROLE",
                                    location),
                        "db");
        }
        return tl::unexpected(done.error());
    }
    InitReport report;
    report.changed = done->changedAnything();
    if (!report.changed) {
        report.summary = fmt::format("The team workspace {} is up to date (schema {}); nothing "
                                     "was changed.",
                                     location, postgres::latestSchemaVersion);
    } else {
        report.summary = fmt::format(
            "{} the team workspace {} (schema {}){}; grant {} or {} to each person.",
            done->createdSchema ? "Created" : "Upgraded", location, postgres::latestSchemaVersion,
            done->createdRoles ? fmt::format(" and the roles {} and {}", postgres::editorRole,
                                             postgres::viewerRole)
                               : std::string(),
            postgres::editorRole, postgres::viewerRole);
        if (!done->createdSchema && done->migratedFrom == 0) {
            report.summary = fmt::format("Created the roles {} and {} for the team workspace {}.",
                                         postgres::editorRole, postgres::viewerRole, location);
        }
    }
    return report;
}

PostgresWorkspace::PostgresWorkspace(std::unique_ptr<Connection> db, WorkspaceAccess access)
    : m_db(std::move(db))
    , m_access(access) {}

PostgresWorkspace::~PostgresWorkspace() = default;

std::string PostgresWorkspace::location() const {
    return m_db->location();
}

std::string PostgresWorkspace::user() const {
    const char *user = PQuser(m_db->handle());
    return user == nullptr ? std::string() : std::string(user);
}

Result<void> PostgresWorkspace::transact(const std::function<Result<void>()> &action) {
    return m_db->write([&] { return action(); }, /*serializable*/ true);
}

Result<bool> PostgresWorkspace::isEmpty() {
    CASTNET_TRY(const Rows rows, m_db->exec("SELECT NOT EXISTS (SELECT 1 FROM castnet.brand)"));
    return rows.boolean(0, 0);
}

// ---- brands ----------------------------------------------------------------

Result<std::vector<Brand>> PostgresWorkspace::brands() {
    return selectBrands(*m_db,
                        fmt::format("SELECT {} FROM castnet.brand ORDER BY {}, name COLLATE "
                                    "\"C\", id",
                                    postgres::brandColumns, fold("name")),
                        {});
}

Result<Brand> PostgresWorkspace::brand(BrandId id) {
    return selectBrand(*m_db, id);
}

Result<std::optional<Brand>> PostgresWorkspace::findBrand(const std::string &name) {
    CASTNET_TRY(std::vector<Brand> found,
                selectBrands(*m_db,
                             fmt::format("SELECT {} FROM castnet.brand WHERE name = $1",
                                         postgres::brandColumns),
                             Params().text(name)));
    if (found.empty())
        return std::optional<Brand>();
    return std::optional<Brand>(std::move(found.front()));
}

Result<Brand> PostgresWorkspace::addBrand(const Brand &brand) {
    CASTNET_TRY_VOID(validate(brand));
    return insertBrand(*m_db, brand);
}

Result<void> PostgresWorkspace::updateBrand(const Brand &brand) {
    CASTNET_TRY_VOID(validate(brand));
    return storeBrandUpdate(*m_db, brand);
}

Result<void> PostgresWorkspace::removeBrand(BrandId id) {
    return removeRow(*m_db, "brand", id);
}

// ---- campaigns -------------------------------------------------------------

Result<std::vector<Campaign>> PostgresWorkspace::campaigns(std::optional<BrandId> brand) {
    return m_db->read([&]() -> Result<std::vector<Campaign>> {
        if (brand)
            CASTNET_TRY_VOID(selectBrand(*m_db, *brand));
        Params params;
        if (brand)
            params.id(*brand);
        else
            params.null();
        std::string columns;
        for (std::string_view rest = postgres::campaignColumns; !rest.empty();) {
            const std::size_t comma = rest.find(", ");
            columns += (columns.empty() ? "c." : ", c.") + std::string(rest.substr(0, comma));
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
        }
        return selectCampaigns(*m_db,
                               fmt::format("SELECT {} FROM castnet.campaign AS c JOIN "
                                           "castnet.brand AS b ON b.id = c.brand_id WHERE "
                                           "$1::bigint IS NULL OR c.brand_id = $1 ORDER BY {}, "
                                           "b.name COLLATE \"C\", c.brand_id, {}, c.name "
                                           "COLLATE \"C\", c.id",
                                           columns, fold("b.name"), fold("c.name")),
                               params);
    });
}

Result<Campaign> PostgresWorkspace::campaign(CampaignId id) {
    return selectCampaign(*m_db, id);
}

Result<Campaign> PostgresWorkspace::addCampaign(const Campaign &campaign) {
    return m_db->write([&] { return insertCampaign(*m_db, campaign); });
}

Result<void> PostgresWorkspace::updateCampaign(const Campaign &campaign) {
    CASTNET_TRY_VOID(validate(campaign));
    return m_db->write([&] { return storeCampaignUpdate(*m_db, campaign); });
}

Result<void> PostgresWorkspace::removeCampaign(CampaignId id) {
    return removeRow(*m_db, "campaign", id);
}

// ---- activities ------------------------------------------------------------

Result<std::vector<Activity>> PostgresWorkspace::activities(CampaignId campaign) {
    return m_db->read([&]() -> Result<std::vector<Activity>> {
        CASTNET_TRY_VOID(selectCampaign(*m_db, campaign));
        return selectActivities(*m_db,
                                fmt::format("SELECT {} FROM castnet.activity WHERE "
                                            "campaign_id = $1 ORDER BY position, id",
                                            postgres::activityColumns),
                                Params().id(campaign));
    });
}

Result<Activity> PostgresWorkspace::activity(ActivityId id) {
    return selectActivity(*m_db, id);
}

Result<std::vector<Activity>> PostgresWorkspace::addActivities(CampaignId campaign,
                                                               std::vector<Activity> activities) {
    return m_db->write([&]() -> Result<std::vector<Activity>> {
        CASTNET_TRY(const Campaign owner, selectCampaign(*m_db, campaign, "FOR SHARE"));
        return insertActivities(*m_db, owner, std::move(activities));
    });
}

Result<void> PostgresWorkspace::updateActivity(const Activity &activity) {
    return m_db->write([&] { return storeActivityUpdate(*m_db, activity); });
}

Result<Activity> PostgresWorkspace::changeActivity(const Activity &activity) {
    // One statement writes; inside transact() it still gets a savepoint, so
    // that a refusal undoes only itself.
    if (!m_db->inTransaction())
        return storeActivityChange(*m_db, activity);
    return m_db->write([&] { return storeActivityChange(*m_db, activity); });
}

Result<void> PostgresWorkspace::removeActivities(const std::vector<ActivityId> &ids) {
    return m_db->write([&] { return deleteActivities(*m_db, ids); });
}

// ---- scenarios -------------------------------------------------------------

Result<std::vector<Scenario>> PostgresWorkspace::scenarios(CampaignId campaign) {
    return selectCampaignScenarios(*m_db, campaign);
}

Result<Scenario> PostgresWorkspace::scenario(ScenarioId id) {
    return selectScenario(*m_db, id);
}

Result<Scenario> PostgresWorkspace::addScenario(const Scenario &scenario) {
    return m_db->write([&] { return insertScenario(*m_db, scenario); });
}

Result<void> PostgresWorkspace::updateScenario(const Scenario &scenario) {
    CASTNET_TRY_VOID(validate(scenario));
    return m_db->write([&] { return storeScenarioUpdate(*m_db, scenario); });
}

Result<void> PostgresWorkspace::removeScenario(ScenarioId id) {
    return removeRow(*m_db, "scenario", id);
}

// ---- snapshots -------------------------------------------------------------

Result<CampaignSnapshot> PostgresWorkspace::snapshot(CampaignId id) {
    return m_db->read([&]() -> Result<CampaignSnapshot> {
        CampaignSnapshot snapshot;
        CASTNET_TRY(snapshot.campaign, selectCampaign(*m_db, id));
        CASTNET_TRY(snapshot.activities, activities(id));
        CASTNET_TRY(snapshot.scenarios, scenarios(id));
        return snapshot;
    });
}

Result<CampaignSnapshot> PostgresWorkspace::restore(const CampaignSnapshot &snapshot,
                                                    bool keepIds) {
    return m_db->write([&]() -> Result<CampaignSnapshot> {
        CampaignSnapshot stored;
        Campaign campaign = snapshot.campaign;
        if (!keepIds)
            campaign.id = {};
        CASTNET_TRY(stored.campaign, insertCampaign(*m_db, campaign));
        std::vector<Activity> activities = snapshot.activities;
        if (!keepIds) {
            for (Activity &activity : activities)
                activity.id = {};
        }
        CASTNET_TRY(stored.activities,
                    insertActivities(*m_db, stored.campaign, std::move(activities)));
        CASTNET_TRY(const auto newIdOf, storedIdsOf(snapshot.activities, stored.activities));
        for (Scenario scenario : snapshot.scenarios) {
            scenario.campaignId = stored.campaign.id;
            if (!keepIds) {
                scenario.id = {};
                CASTNET_TRY_VOID(remapAllocations(scenario, newIdOf));
            }
            CASTNET_TRY_VOID(insertScenario(*m_db, scenario));
        }
        CASTNET_TRY(stored.scenarios, scenarios(stored.campaign.id));
        return stored;
    });
}

// ---- live updates ----------------------------------------------------------

Result<void> PostgresWorkspace::listenForChanges() {
    return m_db->run(fmt::format("LISTEN {}", postgres::changeChannel));
}

int PostgresWorkspace::changeSocket() const {
    return m_db->socket();
}

Result<std::vector<WorkspaceChange>> PostgresWorkspace::takeChanges() {
    CASTNET_TRY(const auto notifications, m_db->notifications());
    std::vector<WorkspaceChange> changes;
    for (const postgres::Notification &notification : notifications) {
        if (notification.channel != postgres::changeChannel)
            continue;
        const auto payload = nlohmann::json::parse(notification.payload, nullptr, false);
        if (!payload.is_object())
            continue;
        WorkspaceChange change;
        change.table = payload.value("table", "");
        change.operation = payload.value("op", "");
        change.rows = payload.value("rows", std::int64_t{0});
        change.keys = numbersOf(payload.value("keys", nlohmann::json()));
        change.campaigns = numbersOf(payload.value("campaigns", nlohmann::json()));
        changes.push_back(std::move(change));
    }
    return changes;
}

Result<std::vector<WorkspaceChange>>
PostgresWorkspace::waitForChanges(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        CASTNET_TRY(std::vector<WorkspaceChange> changes, takeChanges());
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (!changes.empty() || left.count() <= 0)
            return changes;
        CASTNET_TRY_VOID(m_db->waitReadable(left));
    }
}

} // namespace castnet::core
