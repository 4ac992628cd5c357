// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_workspace.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/domain/try.h"
#include "core/domain/uuid.h"
#include "core/storage/sqlite/sqlite_connection.h"
#include "core/storage/sqlite/sqlite_open.h"
#include "core/storage/sqlite/sqlite_rows.h"
#include "core/storage/sqlite/sqlite_schema.h"
#include "core/storage/sqlite/stored_rows_check.h"
#include "core/workspace/snapshot_ids.h"

namespace castnet::core {

static_assert(SqliteWorkspace::schemaVersion == sqlite::latestSchemaVersion);

using sqlite::Connection;
using sqlite::Statement;

namespace {

template<class Tag> Error notFound(std::string_view what, Id<Tag> id) {
    return Error::user(fmt::format("no {} with id {}", what, id));
}

// ---- reading rows ----------------------------------------------------------

// Every row of the bound statement, each read by `read` into a Result<T>.
template<class T, class Read>
Result<std::vector<T>> selectAll(Connection &db, Statement &statement, Read read) {
    std::vector<T> rows;
    CASTNET_TRY_VOID(db.forEachRow(statement, [&](const Statement &row) -> Result<void> {
        CASTNET_TRY(T value, read(row));
        rows.push_back(std::move(value));
        return {};
    }));
    return rows;
}

// The one row the bound statement selects, or nothing.
template<class T, class Read>
Result<std::optional<T>> selectFirst(Connection &db, Statement &statement, Read read) {
    CASTNET_TRY(std::vector<T> rows, selectAll<T>(db, statement, read));
    if (rows.empty())
        return std::optional<T>();
    return std::optional<T>(std::move(rows.front()));
}

// The row `id` of `what`, or the not-found error.
template<class T, class Tag>
Result<T> required(std::optional<T> row, std::string_view what, Id<Tag> id) {
    if (!row)
        return tl::unexpected(notFound(what, id));
    return std::move(*row);
}

Result<Brand> brandOf(const Statement &row) {
    return sqlite::readBrand(row);
}

auto campaignReader(const Connection &db) {
    return [&db](const Statement &row) { return sqlite::readCampaign(row, db.location()); };
}

auto activityReader(const Connection &db) {
    return [&db](const Statement &row) { return sqlite::readActivity(row, db.location()); };
}

// Deletes the row `id` of `table` (its dependants go by cascade), as one
// write; an id that names no row is an error, not a silent success.
template<class Tag> Result<void> removeRow(Connection &db, const std::string &table, Id<Tag> id) {
    return db.write([&]() -> Result<void> {
        CASTNET_TRY(Statement * remove, db.prepared("DELETE FROM " + table + " WHERE id = ?1"));
        remove->bind(1, id);
        CASTNET_TRY_VOID(db.run(*remove));
        if (db.changes() == 0)
            return tl::unexpected(notFound(table, id));
        return {};
    });
}

// ---- brands ----------------------------------------------------------------

Result<Brand> selectBrand(Connection &db, BrandId id) {
    CASTNET_TRY(Statement * select, db.prepared(fmt::format("SELECT {} FROM brand WHERE id = ?1",
                                                            sqlite::brandColumns)));
    select->bind(1, id);
    CASTNET_TRY(auto found, selectFirst<Brand>(db, *select, brandOf));
    return required(std::move(found), "brand", id);
}

Error duplicateBrand(const Brand &brand) {
    return Error::user(fmt::format("a brand named \"{}\" already exists", brand.name), "name");
}

// Binds ?2 ... ?5 to the brand's fields.
void bindBrandFields(Statement &statement, const Brand &brand) {
    statement.bind(2, brand.name);
    statement.bind(3, brand.industry);
    statement.bind(4, brand.audience);
    statement.bind(5, brand.notes);
}

Result<Brand> insertBrand(Connection &db, const Brand &brand) {
    CASTNET_TRY(Statement * insert, db.prepared("INSERT INTO brand (id, name, industry, audience, "
                                                "notes) VALUES (?1, ?2, ?3, ?4, ?5)"));
    insert->bindOrNull(1, brand.id);
    bindBrandFields(*insert, brand);
    if (auto ok = db.run(*insert); !ok) {
        if (insert->lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return tl::unexpected(duplicateBrand(brand));
        if (insert->lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(fmt::format("a brand with id {} already exists", brand.id));
        return tl::unexpected(std::move(ok).error());
    }
    Brand stored = brand;
    stored.id = BrandId(db.lastInsertId());
    return stored;
}

Result<void> storeBrandUpdate(Connection &db, const Brand &brand) {
    CASTNET_TRY(Statement * update,
                db.prepared("UPDATE brand SET name = ?2, industry = ?3, audience = ?4, "
                            "notes = ?5 WHERE id = ?1"));
    update->bind(1, brand.id);
    bindBrandFields(*update, brand);
    if (auto ok = db.run(*update); !ok) {
        if (update->lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return tl::unexpected(duplicateBrand(brand));
        return ok;
    }
    if (db.changes() == 0)
        return tl::unexpected(notFound("brand", brand.id));
    return {};
}

// ---- campaigns -------------------------------------------------------------

Result<Campaign> selectCampaign(Connection &db, CampaignId id) {
    CASTNET_TRY(Statement * select, db.prepared(fmt::format("SELECT {} FROM campaign WHERE id = ?1",
                                                            sqlite::campaignColumns)));
    select->bind(1, id);
    CASTNET_TRY(auto found, selectFirst<Campaign>(db, *select, campaignReader(db)));
    return required(std::move(found), "campaign", id);
}

Error duplicateCampaign(const Campaign &campaign, const Brand &brand) {
    return Error::user(
        fmt::format("brand \"{}\" already has a campaign named \"{}\"", brand.name, campaign.name),
        "name");
}

Result<Campaign> insertCampaign(Connection &db, const Campaign &campaign) {
    CASTNET_TRY_VOID(validate(campaign));
    CASTNET_TRY(const Brand owner, selectBrand(db, campaign.brandId));
    CASTNET_TRY(Statement * insert,
                db.prepared(fmt::format("INSERT INTO campaign ({}) VALUES (?1, ?2, ?3, ?4, ?5, "
                                        "?6, ?7, ?8, ?9, ?10, ?11)",
                                        sqlite::campaignColumns)));
    sqlite::bindCampaign(*insert, campaign);
    if (auto ok = db.run(*insert); !ok) {
        if (insert->lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return tl::unexpected(duplicateCampaign(campaign, owner));
        if (insert->lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(fmt::format("a campaign with id {} already exists", campaign.id));
        return tl::unexpected(std::move(ok).error());
    }
    Campaign stored = campaign;
    stored.id = CampaignId(db.lastInsertId());
    return stored;
}

// The weeks of a campaign may only shrink to the last week its activities
// use: the user moves or shortens the activity first.
Result<void> checkWeeksFit(Connection &db, const Campaign &campaign) {
    CASTNET_TRY(Statement * select, db.prepared("SELECT title, end_week FROM activity "
                                                "WHERE campaign_id = ?1 AND end_week > ?2 "
                                                "ORDER BY end_week DESC, position, id LIMIT 1"));
    select->bind(1, campaign.id);
    select->bind(2, campaign.weeks);
    return db.forEachRow(*select, [&](const Statement &row) -> Result<void> {
        return fail(fmt::format("weeks cannot be {}: activity \"{}\" ends in week {}; shorten it "
                                "first",
                                campaign.weeks, row.text(0), row.integer(1)),
                    "weeks");
    });
}

Result<void> storeCampaignUpdate(Connection &db, const Campaign &campaign) {
    CASTNET_TRY_VOID(selectCampaign(db, campaign.id));
    CASTNET_TRY(const Brand owner, selectBrand(db, campaign.brandId));
    CASTNET_TRY_VOID(checkWeeksFit(db, campaign));
    CASTNET_TRY(Statement * update,
                db.prepared("UPDATE campaign SET brand_id = ?2, name = ?3, objective = ?4, "
                            "start_date = ?5, weeks = ?6, capacity_hours_per_week = ?7, "
                            "budget_per_week_cents = ?8, currency = ?9, return_unit = ?10, "
                            "automation_saving = ?11 WHERE id = ?1"));
    sqlite::bindCampaign(*update, campaign);
    if (auto ok = db.run(*update); !ok) {
        if (update->lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return tl::unexpected(duplicateCampaign(campaign, owner));
        return ok;
    }
    return {};
}

// ---- activities ------------------------------------------------------------

Result<Activity> selectActivity(Connection &db, ActivityId id) {
    CASTNET_TRY(Statement * select, db.prepared(fmt::format("SELECT {} FROM activity WHERE id = ?1",
                                                            sqlite::activityColumns)));
    select->bind(1, id);
    CASTNET_TRY(auto found, selectFirst<Activity>(db, *select, activityReader(db)));
    return required(std::move(found), "activity", id);
}

// Says which activity of a batch was refused; a single one needs no number.
Error inBatch(Error error, std::size_t index, std::size_t count, const Activity &activity) {
    if (count > 1) {
        error.message = fmt::format("activity {} of {} (\"{}\"): {}", index + 1, count,
                                    activity.title, error.message);
    }
    return error;
}

// Rows stored by one INSERT statement: with a statement per row, starting
// and finishing statements took a third of the time of a large import.
constexpr std::size_t rowsPerInsert = 32;
constexpr int parametersPerRow = sqlite::activityColumnCount + 1; // the columns and position

std::string activityInsert(std::size_t rows) {
    std::string sql =
        fmt::format("INSERT INTO activity ({}, position) VALUES ", sqlite::activityColumns);
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < parametersPerRow; ++column)
            sql += column == 0 ? "?" : ", ?";
        sql += ")";
    }
    return sql;
}

// Gives new activities the next unused ids and returns every activity's
// position: after the campaign's last row for a new one, its own id for one
// that keeps its id.
Result<std::vector<double>> assignIdsAndPositions(Connection &db, const Campaign &campaign,
                                                  std::vector<Activity> &activities) {
    // AUTOINCREMENT: an id once used is never given to another activity,
    // even after a delete, so an id in an undo step or a script stays unique.
    CASTNET_TRY(const std::int64_t lastId,
                db.integer("SELECT max(coalesce((SELECT seq FROM sqlite_sequence "
                           "WHERE name = 'activity'), 0), coalesce((SELECT max(id) FROM "
                           "activity), 0))"));
    CASTNET_TRY(const std::int64_t lastPosition,
                db.integer("SELECT coalesce(max(position), 0) FROM activity WHERE campaign_id = ?1",
                           campaign.id.value()));
    // Opening refuses ids beyond maxStoredId; one set while the file is open
    // (by another program) must not overflow the next id either.
    const auto beyondIds = [](std::int64_t id) { return id >= sqlite::maxStoredId; };
    if (beyondIds(lastId) ||
        std::any_of(activities.begin(), activities.end(),
                    [&](const Activity &a) { return beyondIds(a.id.value()); }))
        return fail(fmt::format("{} has no activity ids left (the last one handed out is beyond "
                                "{})",
                                db.location(), sqlite::maxStoredId - 1));
    std::int64_t nextId = lastId + 1;
    for (const Activity &activity : activities)
        nextId = std::max(nextId, activity.id.value() + 1);
    double last = static_cast<double>(lastPosition);
    std::vector<double> positions;
    positions.reserve(activities.size());
    for (Activity &activity : activities) {
        const bool kept = activity.id.isStored();
        if (!kept)
            activity.id = ActivityId(nextId++);
        const double id = static_cast<double>(activity.id.value());
        positions.push_back(kept ? id : std::max(id, last + 1));
        last = std::max(last, positions.back());
    }
    return positions;
}

// Stores a validated batch of activities with their positions, many rows per
// statement; the failed statement of a refused row stored none of its rows.
class ActivityInserter {
public:
    ActivityInserter(Connection &db, const std::vector<Activity> &activities,
                     const std::vector<double> &positions)
        : m_db(db)
        , m_activities(activities)
        , m_positions(positions) {}

    Result<void> insertAll() {
        CASTNET_TRY(m_single, m_db.prepared(activityInsert(1)));
        const std::size_t count = m_activities.size();
        std::size_t next = 0;
        if (count >= rowsPerInsert) {
            CASTNET_TRY(Statement * chunk, m_db.prepared(activityInsert(rowsPerInsert)));
            for (; next + rowsPerInsert <= count; next += rowsPerInsert)
                CASTNET_TRY_VOID(insertChunk(*chunk, next));
        }
        for (; next < count; ++next)
            CASTNET_TRY_VOID(insertOne(next));
        return {};
    }

private:
    Result<void> insertChunk(Statement &statement, std::size_t first) {
        for (std::size_t row = 0; row < rowsPerInsert; ++row)
            bindRow(statement, first + row, static_cast<int>(row) * parametersPerRow + 1);
        auto ok = m_db.run(statement);
        if (ok)
            return {};
        if ((statement.lastCode() & 0xff) != SQLITE_CONSTRAINT)
            return ok;
        // Store them one by one to tell which activity was refused, and why.
        for (std::size_t row = 0; row < rowsPerInsert; ++row)
            CASTNET_TRY_VOID(insertOne(first + row));
        return {};
    }

    Result<void> insertOne(std::size_t i) {
        bindRow(*m_single, i, 1);
        auto ok = m_db.run(*m_single);
        if (ok)
            return {};
        if (m_single->lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(fmt::format("an activity with id {} already exists", m_activities[i].id));
        // A refused value names its activity; a full disk does not.
        if (ok.error().field.empty())
            return ok;
        return tl::unexpected(
            inBatch(std::move(ok).error(), i, m_activities.size(), m_activities[i]));
    }

    void bindRow(Statement &statement, std::size_t i, int first) {
        sqlite::bindActivity(statement, m_activities[i], first);
        statement.bind(first + parametersPerRow - 1, m_positions[i]);
    }

    Connection &m_db;
    const std::vector<Activity> &m_activities;
    const std::vector<double> &m_positions;
    Statement *m_single = nullptr; // the one-row INSERT, prepared by insertAll()
};

// Gives each activity its uid and revision: a new one gets a fresh uid and
// revision 1; one that brings a uid (undo of a delete, a JSON import) keeps
// it, unless the workspace or the batch holds it already (the same file
// imported twice, a duplicated row): that copy is another activity and gets
// a fresh uid and revision 1.
Result<void> assignUids(Connection &db, std::vector<Activity> &activities) {
    const bool anyGiven = std::any_of(activities.begin(), activities.end(),
                                      [](const Activity &a) { return !a.uid.empty(); });
    // Every uid of the workspace, read once, and only when a given uid has
    // to be checked against them (there is no index on uid).
    std::unordered_set<std::string> taken;
    if (anyGiven) {
        CASTNET_TRY(Statement * select, db.prepared("SELECT uid FROM activity"));
        CASTNET_TRY_VOID(db.forEachRow(*select, [&taken](const Statement &row) -> Result<void> {
            taken.emplace(row.text(0));
            return {};
        }));
    }
    for (Activity &activity : activities) {
        if (activity.revision == 0)
            activity.revision = 1;
        if (!activity.uid.empty() && taken.contains(activity.uid)) {
            activity.uid.clear();
            activity.revision = 1; // a new activity, not a change of the other
        }
        if (activity.uid.empty())
            activity.uid = newUuid();
        if (anyGiven)
            taken.insert(activity.uid);
    }
    return {};
}

// New activities get fresh ids and go to the end. Castnet has no reordering
// edit yet, so every position it writes equals the row's id: an activity
// restored with its id (undo of a delete) goes back to its old row.
Result<std::vector<Activity>> insertActivities(Connection &db, const Campaign &campaign,
                                               std::vector<Activity> activities) {
    const std::size_t count = activities.size();
    for (std::size_t i = 0; i < count; ++i) {
        activities[i].campaignId = campaign.id;
        if (auto ok = validate(activities[i], campaign); !ok)
            return tl::unexpected(inBatch(std::move(ok).error(), i, count, activities[i]));
    }
    CASTNET_TRY(const std::vector<double> positions,
                assignIdsAndPositions(db, campaign, activities));
    CASTNET_TRY_VOID(assignUids(db, activities));
    CASTNET_TRY_VOID(ActivityInserter(db, activities, positions).insertAll());
    return activities;
}

Result<void> storeActivityUpdate(Connection &db, const Activity &activity) {
    CASTNET_TRY(const Activity stored, selectActivity(db, activity.id));
    if (activity.campaignId.isStored() && activity.campaignId != stored.campaignId) {
        return fail(fmt::format("activity {} belongs to campaign {}, not {}", activity.id,
                                stored.campaignId, activity.campaignId));
    }
    CASTNET_TRY(const Campaign owner, selectCampaign(db, stored.campaignId));
    Activity updated = activity;
    updated.campaignId = stored.campaignId;
    CASTNET_TRY_VOID(validate(updated, owner));
    CASTNET_TRY(Statement * update,
                db.prepared("UPDATE activity SET campaign_id = ?2, channel = ?3, title = ?4, "
                            "format = ?5, interaction = ?6, automated = ?7, goal = ?8, "
                            "cadence_per_week = ?9, hours_per_occurrence = ?10, setup_hours = ?11, "
                            "cost_per_occurrence_cents = ?12, start_week = ?13, end_week = ?14, "
                            "max_weekly_return = ?15, half_saturation_hours = ?16, shape = ?17, "
                            "carryover = ?18, track = ?19, notes = ?20, "
                            "revision = revision + 1 WHERE id = ?1"));
    // The uid and revision the caller holds (?21, ?22) are not used: the
    // uid never changes, and the stored revision grows by one.
    sqlite::bindActivity(*update, updated);
    return db.run(*update);
}

Result<void> deleteActivities(Connection &db, const std::vector<ActivityId> &ids) {
    CASTNET_TRY(Statement * remove, db.prepared("DELETE FROM activity WHERE id = ?1"));
    for (const ActivityId id : ids) {
        remove->bind(1, id);
        CASTNET_TRY_VOID(db.run(*remove));
        if (db.changes() == 0)
            return tl::unexpected(notFound("activity", id));
    }
    return {};
}

// ---- scenarios -------------------------------------------------------------

// The scenarios `select` selects (id, campaign_id, name), each with the
// allocations `allocations` selects for them (scenario_id, activity_id,
// hours_per_week, ordered by activity). Both statements are bound.
Result<std::vector<Scenario>> selectScenarios(Connection &db, Statement &select,
                                              Statement &allocations) {
    CASTNET_TRY(std::vector<Scenario> scenarios,
                selectAll<Scenario>(db, select, [](const Statement &row) -> Result<Scenario> {
                    return Scenario{
                        row.id<ScenarioId>(0), row.id<CampaignId>(1), std::string(row.text(2)), {}};
                }));
    std::unordered_map<ScenarioId, std::size_t> indexOf;
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        indexOf.emplace(scenarios[i].id, i);
    CASTNET_TRY_VOID(db.forEachRow(allocations, [&](const Statement &row) -> Result<void> {
        scenarios[indexOf.at(row.id<ScenarioId>(0))].allocations.push_back(
            Allocation{row.id<ActivityId>(1), row.real(2)});
        return {};
    }));
    return scenarios;
}

Result<std::vector<Scenario>> selectCampaignScenarios(Connection &db, CampaignId campaign) {
    CASTNET_TRY_VOID(selectCampaign(db, campaign));
    CASTNET_TRY(Statement * select,
                db.prepared("SELECT id, campaign_id, name FROM scenario WHERE campaign_id = ?1 "
                            "ORDER BY name COLLATE NOCASE, name, id"));
    CASTNET_TRY(Statement * allocations,
                db.prepared("SELECT a.scenario_id, a.activity_id, a.hours_per_week "
                            "FROM scenario_allocation AS a JOIN scenario AS s "
                            "ON s.id = a.scenario_id WHERE s.campaign_id = ?1 "
                            "ORDER BY a.scenario_id, a.activity_id"));
    select->bind(1, campaign);
    allocations->bind(1, campaign);
    return selectScenarios(db, *select, *allocations);
}

Result<Scenario> selectScenario(Connection &db, ScenarioId id) {
    CASTNET_TRY(Statement * select,
                db.prepared("SELECT id, campaign_id, name FROM scenario WHERE id = ?1"));
    CASTNET_TRY(
        Statement * allocations,
        db.prepared("SELECT scenario_id, activity_id, hours_per_week "
                    "FROM scenario_allocation WHERE scenario_id = ?1 ORDER BY activity_id"));
    select->bind(1, id);
    allocations->bind(1, id);
    CASTNET_TRY(std::vector<Scenario> found, selectScenarios(db, *select, *allocations));
    if (found.empty())
        return tl::unexpected(notFound("scenario", id));
    return std::move(found.front());
}

Error duplicateScenario(const Scenario &scenario) {
    return Error::user(
        fmt::format("a scenario named \"{}\" already exists in this campaign", scenario.name),
        "name");
}

// Stores the allocations of a scenario already in the table. The INSERT
// selects the activity, so one that is not in the scenario's campaign
// inserts nothing and is refused.
Result<void> insertAllocations(Connection &db, const Scenario &scenario) {
    CASTNET_TRY(Statement * insert,
                db.prepared("INSERT INTO scenario_allocation (scenario_id, activity_id, "
                            "hours_per_week) SELECT ?1, id, ?3 FROM activity "
                            "WHERE id = ?2 AND campaign_id = ?4"));
    for (const Allocation &allocation : scenario.allocations) {
        insert->bind(1, scenario.id);
        insert->bind(2, allocation.activityId);
        insert->bind(3, allocation.hours);
        insert->bind(4, scenario.campaignId);
        CASTNET_TRY_VOID(db.run(*insert));
        if (db.changes() == 0) {
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
    CASTNET_TRY_VOID(selectCampaign(db, scenario.campaignId));
    CASTNET_TRY(Statement * insert,
                db.prepared("INSERT INTO scenario (id, campaign_id, name) VALUES (?1, ?2, ?3)"));
    insert->bindOrNull(1, scenario.id);
    insert->bind(2, scenario.campaignId);
    insert->bind(3, scenario.name);
    if (auto ok = db.run(*insert); !ok) {
        if (insert->lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return tl::unexpected(duplicateScenario(scenario));
        if (insert->lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(fmt::format("a scenario with id {} already exists", scenario.id));
        return tl::unexpected(std::move(ok).error());
    }
    Scenario stored = scenario;
    stored.id = ScenarioId(db.lastInsertId());
    CASTNET_TRY_VOID(insertAllocations(db, stored));
    std::sort(stored.allocations.begin(), stored.allocations.end(),
              [](const Allocation &a, const Allocation &b) { return a.activityId < b.activityId; });
    return stored;
}

Result<CampaignId> scenarioCampaign(Connection &db, ScenarioId id) {
    CASTNET_TRY(Statement * select, db.prepared("SELECT campaign_id FROM scenario WHERE id = ?1"));
    select->bind(1, id);
    CASTNET_TRY(auto found, selectFirst<CampaignId>(db, *select,
                                                    [](const Statement &row) -> Result<CampaignId> {
                                                        return row.id<CampaignId>(0);
                                                    }));
    return required(std::move(found), "scenario", id);
}

Result<void> storeScenarioUpdate(Connection &db, const Scenario &scenario) {
    CASTNET_TRY(const CampaignId campaignId, scenarioCampaign(db, scenario.id));
    if (scenario.campaignId.isStored() && scenario.campaignId != campaignId) {
        return fail(fmt::format("scenario {} belongs to campaign {}, not {}", scenario.id,
                                campaignId, scenario.campaignId));
    }
    Scenario updated = scenario;
    updated.campaignId = campaignId;
    CASTNET_TRY(Statement * rename, db.prepared("UPDATE scenario SET name = ?2 WHERE id = ?1"));
    rename->bind(1, updated.id);
    rename->bind(2, updated.name);
    if (auto ok = db.run(*rename); !ok) {
        if (rename->lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return tl::unexpected(duplicateScenario(updated));
        return ok;
    }
    CASTNET_TRY(Statement * clear,
                db.prepared("DELETE FROM scenario_allocation WHERE scenario_id = ?1"));
    clear->bind(1, updated.id);
    CASTNET_TRY_VOID(db.run(*clear));
    return insertAllocations(db, updated);
}

// ---- snapshots -------------------------------------------------------------

} // namespace

// ---- the workspace ---------------------------------------------------------

Result<std::unique_ptr<SqliteWorkspace>> SqliteWorkspace::open(const std::string &path,
                                                               OpenMode mode) {
    const auto missing =
        mode == OpenMode::MustExist ? sqlite::MissingFile::Refuse : sqlite::MissingFile::Create;
    CASTNET_TRY(auto db, sqlite::openWorkspaceFile(path, missing));
    return std::unique_ptr<SqliteWorkspace>(new SqliteWorkspace(std::move(db)));
}

SqliteWorkspace::SqliteWorkspace(std::unique_ptr<sqlite::Connection> db)
    : m_db(std::move(db)) {}

SqliteWorkspace::~SqliteWorkspace() = default;

std::string SqliteWorkspace::location() const {
    return m_db->location();
}

Result<void> SqliteWorkspace::transact(const std::function<Result<void>()> &action) {
    // An exception unwinds through the guard, which rolls back.
    return m_db->write([&] { return action(); });
}

Result<void> SqliteWorkspace::limitPageCountForTesting(int pages) {
    const std::string sql = fmt::format("PRAGMA max_page_count = {}", pages);
    return sqlite::queryInteger(m_db->handle(), sql.c_str(), m_db->location()).map([](auto) {});
}

Result<std::int64_t> SqliteWorkspace::dataVersion() {
    return sqlite::queryInteger(m_db->handle(), "PRAGMA data_version", m_db->location());
}

Result<bool> SqliteWorkspace::isEmpty() {
    return m_db->integer("SELECT NOT EXISTS (SELECT 1 FROM brand)").map([](std::int64_t empty) {
        return empty != 0;
    });
}

// ---- brands ----------------------------------------------------------------

Result<std::vector<Brand>> SqliteWorkspace::brands() {
    CASTNET_TRY(Statement * select,
                m_db->prepared(fmt::format("SELECT {} FROM brand ORDER BY name COLLATE NOCASE, "
                                           "name, id",
                                           sqlite::brandColumns)));
    return selectAll<Brand>(*m_db, *select, brandOf);
}

Result<Brand> SqliteWorkspace::brand(BrandId id) {
    return selectBrand(*m_db, id);
}

Result<std::optional<Brand>> SqliteWorkspace::findBrand(const std::string &name) {
    CASTNET_TRY(
        Statement * select,
        m_db->prepared(fmt::format("SELECT {} FROM brand WHERE name = ?1", sqlite::brandColumns)));
    select->bind(1, name);
    return selectFirst<Brand>(*m_db, *select, brandOf);
}

Result<Brand> SqliteWorkspace::addBrand(const Brand &brand) {
    CASTNET_TRY_VOID(validate(brand));
    return m_db->write([&] { return insertBrand(*m_db, brand); });
}

Result<void> SqliteWorkspace::updateBrand(const Brand &brand) {
    CASTNET_TRY_VOID(validate(brand));
    return m_db->write([&] { return storeBrandUpdate(*m_db, brand); });
}

Result<void> SqliteWorkspace::removeBrand(BrandId id) {
    return removeRow(*m_db, "brand", id);
}

// ---- campaigns -------------------------------------------------------------

Result<std::vector<Campaign>> SqliteWorkspace::campaigns(std::optional<BrandId> brand) {
    if (brand)
        CASTNET_TRY_VOID(selectBrand(*m_db, *brand));
    CASTNET_TRY(Statement * select,
                m_db->prepared(fmt::format(
                    "SELECT {} FROM campaign WHERE ?1 IS NULL OR brand_id = ?1 "
                    "ORDER BY (SELECT name FROM brand WHERE brand.id = brand_id) COLLATE NOCASE, "
                    "(SELECT name FROM brand WHERE brand.id = brand_id), brand_id, "
                    "name COLLATE NOCASE, name, id",
                    sqlite::campaignColumns)));
    if (brand)
        select->bind(1, *brand);
    return selectAll<Campaign>(*m_db, *select, campaignReader(*m_db));
}

Result<Campaign> SqliteWorkspace::campaign(CampaignId id) {
    return selectCampaign(*m_db, id);
}

Result<Campaign> SqliteWorkspace::addCampaign(const Campaign &campaign) {
    return m_db->write([&] { return insertCampaign(*m_db, campaign); });
}

Result<void> SqliteWorkspace::updateCampaign(const Campaign &campaign) {
    CASTNET_TRY_VOID(validate(campaign));
    return m_db->write([&] { return storeCampaignUpdate(*m_db, campaign); });
}

Result<void> SqliteWorkspace::removeCampaign(CampaignId id) {
    return removeRow(*m_db, "campaign", id);
}

// ---- activities ------------------------------------------------------------

Result<std::vector<Activity>> SqliteWorkspace::activities(CampaignId campaign) {
    CASTNET_TRY_VOID(selectCampaign(*m_db, campaign));
    CASTNET_TRY(Statement * select,
                m_db->prepared(fmt::format("SELECT {} FROM activity WHERE campaign_id = ?1 "
                                           "ORDER BY position, id",
                                           sqlite::activityColumns)));
    select->bind(1, campaign);
    return selectAll<Activity>(*m_db, *select, activityReader(*m_db));
}

Result<Activity> SqliteWorkspace::activity(ActivityId id) {
    return selectActivity(*m_db, id);
}

Result<std::vector<Activity>> SqliteWorkspace::addActivities(CampaignId campaign,
                                                             std::vector<Activity> activities) {
    return m_db->write([&]() -> Result<std::vector<Activity>> {
        CASTNET_TRY(const Campaign owner, selectCampaign(*m_db, campaign));
        return insertActivities(*m_db, owner, std::move(activities));
    });
}

Result<void> SqliteWorkspace::updateActivity(const Activity &activity) {
    return m_db->write([&] { return storeActivityUpdate(*m_db, activity); });
}

Result<Activity> SqliteWorkspace::changeActivity(const Activity &activity) {
    // Under the write lock no other program commits between the comparison
    // and the write.
    return m_db->write([&]() -> Result<Activity> {
        CASTNET_TRY(const Activity stored, selectActivity(*m_db, activity.id));
        if (stored.revision != activity.revision) {
            return fail(fmt::format("activity \"{}\" was changed by someone else since you "
                                    "opened it (it is at revision {} now); nothing was changed",
                                    stored.title, stored.revision),
                        "revision");
        }
        CASTNET_TRY_VOID(storeActivityUpdate(*m_db, activity));
        return selectActivity(*m_db, activity.id);
    });
}

Result<void> SqliteWorkspace::removeActivities(const std::vector<ActivityId> &ids) {
    return m_db->write([&] { return deleteActivities(*m_db, ids); });
}

// ---- scenarios -------------------------------------------------------------

Result<std::vector<Scenario>> SqliteWorkspace::scenarios(CampaignId campaign) {
    return selectCampaignScenarios(*m_db, campaign);
}

Result<Scenario> SqliteWorkspace::scenario(ScenarioId id) {
    return m_db->read([&] { return selectScenario(*m_db, id); });
}

Result<Scenario> SqliteWorkspace::addScenario(const Scenario &scenario) {
    return m_db->write([&] { return insertScenario(*m_db, scenario); });
}

Result<void> SqliteWorkspace::updateScenario(const Scenario &scenario) {
    CASTNET_TRY_VOID(validate(scenario));
    return m_db->write([&] { return storeScenarioUpdate(*m_db, scenario); });
}

Result<void> SqliteWorkspace::removeScenario(ScenarioId id) {
    return removeRow(*m_db, "scenario", id);
}

// ---- snapshots -------------------------------------------------------------

Result<CampaignSnapshot> SqliteWorkspace::snapshot(CampaignId id) {
    return m_db->read([&]() -> Result<CampaignSnapshot> {
        CampaignSnapshot snapshot;
        CASTNET_TRY(snapshot.campaign, selectCampaign(*m_db, id));
        CASTNET_TRY(snapshot.activities, activities(id));
        CASTNET_TRY(snapshot.scenarios, scenarios(id));
        return snapshot;
    });
}

Result<CampaignSnapshot> SqliteWorkspace::restore(const CampaignSnapshot &snapshot, bool keepIds) {
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

} // namespace castnet::core
