// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_schema.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/storage/sqlite/sqlite_statement.h"

namespace castnet::core::sqlite {

namespace {

// The tables of schema version 3, as documented in docs/SCHEMA.md; the
// latest schema adds version4Tables. The CHECK constraints
// repeat the rules of the core's validate() (never stricter, so a value the
// core accepts is always stored); each is named after its field so that a
// violation still names it. Rules that span tables (an activity's weeks
// within its campaign, allocations within one campaign) are the code's.
// Enumerations are OR chains rather than IN lists: SQLite builds an IN
// list's lookup table anew for each row an INSERT statement stores, which
// made storing 100,000 activities three times slower.
// `position`, then `uid` and `revision` come last because that is where
// ALTER TABLE puts them in a migrated file: a new and a migrated workspace
// have the same columns. `uid` has no CHECK for the same reason (ALTER TABLE
// tests a new column's CHECK against the rows before they get their uids);
// the core checks every uid it reads. Nor does it have a UNIQUE index:
// random keys made that index cost a large import two thirds more time, and
// the core keeps uids unique (sqlite_workspace.cpp, assignUids).

// Version 4 (DESIGN §12, §13): actuals, baselines with their frozen
// activity rows, and applied calibrations. The same text creates them in a
// new file and in a migrated one, so both have the same definitions.
// baseline_activity repeats the activity columns without their CHECKs: it
// holds what Castnet itself stored, and never changes. Its id is the frozen
// activity's id and references nothing, so deleting an activity from the
// plan keeps it in the baselines (its slippage stays visible).
constexpr const char *version4Tables = R"sql(
CREATE TABLE actual (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    week        INTEGER NOT NULL CONSTRAINT week CHECK (week BETWEEN 1 AND 260),
    hours       REAL NOT NULL DEFAULT 0 CONSTRAINT hours CHECK (hours BETWEEN 0 AND 1e12),
    setup_hours REAL NOT NULL DEFAULT 0 CONSTRAINT setup_hours
        CHECK (setup_hours BETWEEN 0 AND 1e12),
    cost_cents  INTEGER NOT NULL DEFAULT 0 CONSTRAINT cost CHECK (cost_cents >= 0),
    result      REAL CONSTRAINT result CHECK (result BETWEEN 0 AND 1e15),
    note        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, week)
) STRICT, WITHOUT ROWID;

CREATE TABLE baseline (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id             INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    name                    TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    saved_at                TEXT NOT NULL,
    campaign_name           TEXT NOT NULL,
    objective               TEXT NOT NULL,
    start_date              TEXT NOT NULL,
    weeks                   INTEGER NOT NULL,
    capacity_hours_per_week REAL NOT NULL,
    budget_per_week_cents   INTEGER,
    currency                TEXT NOT NULL,
    return_unit             TEXT NOT NULL,
    automation_saving       REAL NOT NULL,
    CONSTRAINT baseline_name_unique UNIQUE (campaign_id, name)
) STRICT;

CREATE TABLE baseline_activity (
    baseline_id               INTEGER NOT NULL REFERENCES baseline (id) ON DELETE CASCADE,
    id                        INTEGER NOT NULL,
    campaign_id               INTEGER NOT NULL,
    channel                   TEXT NOT NULL,
    title                     TEXT NOT NULL,
    format                    TEXT NOT NULL,
    interaction               TEXT NOT NULL,
    automated                 INTEGER NOT NULL,
    goal                      TEXT NOT NULL,
    cadence_per_week          REAL NOT NULL,
    hours_per_occurrence      REAL NOT NULL,
    setup_hours               REAL NOT NULL,
    cost_per_occurrence_cents INTEGER NOT NULL,
    start_week                INTEGER NOT NULL,
    end_week                  INTEGER NOT NULL,
    max_weekly_return         REAL,
    half_saturation_hours     REAL,
    shape                     REAL,
    carryover                 REAL,
    track                     TEXT,
    notes                     TEXT NOT NULL,
    uid                       TEXT NOT NULL,
    revision                  INTEGER NOT NULL,
    position                  REAL NOT NULL,
    PRIMARY KEY (baseline_id, id)
) STRICT, WITHOUT ROWID;

CREATE TABLE calibration (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id           INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    calibrated_at         TEXT NOT NULL,
    weeks_with_results    INTEGER NOT NULL CONSTRAINT weeks_with_results
        CHECK (weeks_with_results >= 0),
    fitted                TEXT NOT NULL,
    max_weekly_return     REAL,
    half_saturation_hours REAL,
    shape                 REAL,
    carryover             REAL,
    sse                   REAL NOT NULL,
    r2                    REAL,
    nrmse                 REAL,
    mape                  REAL,
    holdout_weeks         INTEGER,
    holdout_nrmse         REAL,
    holdout_mape          REAL,
    intervals             TEXT NOT NULL DEFAULT '',
    forecast_p10          REAL,
    forecast_p50          REAL,
    forecast_p90          REAL
) STRICT;

CREATE INDEX calibration_activity ON calibration (activity_id);
)sql";

constexpr const char *latestSchema = R"sql(
CREATE TABLE brand (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    industry TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    notes    TEXT NOT NULL DEFAULT '',
    CONSTRAINT brand_name_unique UNIQUE (name)
) STRICT;

CREATE TABLE campaign (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    brand_id                INTEGER NOT NULL REFERENCES brand (id) ON DELETE CASCADE,
    name                    TEXT NOT NULL CONSTRAINT name CHECK (length(trim(name)) > 0),
    objective               TEXT NOT NULL DEFAULT 'awareness' CONSTRAINT objective
        CHECK (objective = 'awareness' OR objective = 'leads' OR objective = 'sales'
               OR objective = 'community' OR objective = 'feedback'),
    start_date              TEXT NOT NULL CONSTRAINT start_date
        CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
               AND date(start_date) IS NOT NULL),
    weeks                   INTEGER NOT NULL DEFAULT 52 CONSTRAINT weeks
        CHECK (weeks BETWEEN 1 AND 260),
    capacity_hours_per_week REAL NOT NULL DEFAULT 40 CONSTRAINT capacity_hours_per_week
        CHECK (capacity_hours_per_week BETWEEN 0 AND 100000),
    budget_per_week_cents   INTEGER CONSTRAINT budget_per_week
        CHECK (budget_per_week_cents BETWEEN 0 AND 100000000000),
    currency                TEXT NOT NULL DEFAULT 'EUR' CONSTRAINT currency
        CHECK (length(trim(currency)) > 0),
    return_unit             TEXT NOT NULL DEFAULT 'points' CONSTRAINT return_unit
        CHECK (length(trim(return_unit)) > 0),
    automation_saving       REAL NOT NULL DEFAULT 0.4 CONSTRAINT automation_saving
        CHECK (automation_saving >= 0 AND automation_saving < 1),
    CONSTRAINT campaign_name_unique UNIQUE (brand_id, name)
) STRICT;

CREATE TABLE activity (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id               INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    channel                   TEXT NOT NULL CONSTRAINT channel CHECK (length(trim(channel)) > 0),
    title                     TEXT NOT NULL CONSTRAINT title CHECK (length(trim(title)) > 0),
    format                    TEXT NOT NULL CONSTRAINT format
        CHECK (format = 'image' OR format = 'video' OR format = 'infographic'
               OR format = 'white_paper' OR format = 'article' OR format = 'live_stream'
               OR format = 'story' OR format = 'newsletter' OR format = 'ad'
               OR format = 'thread_reply' OR format = 'question' OR format = 'poll'
               OR format = 'direct_message' OR format = 'community_post' OR format = 'event'
               OR format = 'webinar' OR format = 'podcast'),
    interaction               TEXT NOT NULL CONSTRAINT interaction
        CHECK (interaction = 'broadcast' OR interaction = 'dialogue'
               OR interaction = 'community'),
    automated                 INTEGER NOT NULL DEFAULT 0 CONSTRAINT automated
        CHECK (automated = 0 OR automated = 1),
    goal                      TEXT NOT NULL CONSTRAINT goal
        CHECK (goal = 'awareness' OR goal = 'leads' OR goal = 'data' OR goal = 'sales'
               OR goal = 'relationships' OR goal = 'feedback' OR goal = 'referrals'),
    cadence_per_week          REAL NOT NULL CONSTRAINT cadence_per_week
        CHECK (cadence_per_week BETWEEN 0 AND 1000),
    hours_per_occurrence      REAL NOT NULL CONSTRAINT hours_per_occurrence
        CHECK (hours_per_occurrence BETWEEN 0 AND 168),
    setup_hours               REAL NOT NULL DEFAULT 0 CONSTRAINT setup_hours
        CHECK (setup_hours BETWEEN 0 AND 10000),
    cost_per_occurrence_cents INTEGER NOT NULL DEFAULT 0 CONSTRAINT cost_per_occurrence
        CHECK (cost_per_occurrence_cents BETWEEN 0 AND 100000000000),
    start_week                INTEGER NOT NULL CONSTRAINT start_week
        CHECK (start_week BETWEEN 1 AND 260),
    end_week                  INTEGER NOT NULL CONSTRAINT end_week
        CHECK (end_week BETWEEN start_week AND 260),
    max_weekly_return         REAL CONSTRAINT max_weekly_return
        CHECK (max_weekly_return BETWEEN 0 AND 1e12),
    half_saturation_hours     REAL CONSTRAINT half_saturation_hours
        CHECK (half_saturation_hours > 0 AND half_saturation_hours <= 1e12),
    shape                     REAL CONSTRAINT shape CHECK (shape > 0 AND shape <= 1e12),
    carryover                 REAL CONSTRAINT carryover CHECK (carryover >= 0 AND carryover < 1),
    track                     TEXT CONSTRAINT track CHECK (track = 'media' OR track = 'networking'),
    notes                     TEXT NOT NULL DEFAULT '',
    position                  REAL NOT NULL DEFAULT 0,
    uid                       TEXT NOT NULL DEFAULT '',
    revision                  INTEGER NOT NULL DEFAULT 1 CONSTRAINT revision CHECK (revision >= 1)
) STRICT;

CREATE INDEX activity_order ON activity (campaign_id, position);

CREATE TABLE scenario (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CONSTRAINT name
        CHECK (length(trim(name)) > 0 AND lower(trim(name)) <> 'plan'),
    CONSTRAINT scenario_name_unique UNIQUE (campaign_id, name)
) STRICT;

CREATE TABLE scenario_allocation (
    scenario_id    INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    activity_id    INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    hours_per_week REAL NOT NULL CONSTRAINT hours_per_week
        CHECK (hours_per_week BETWEEN 0 AND 1e12),
    PRIMARY KEY (scenario_id, activity_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX scenario_allocation_activity ON scenario_allocation (activity_id);
)sql";

// Version 2: the user's row order. Existing rows keep the order they had,
// which was by id.
constexpr const char *toVersion2 = R"sql(
ALTER TABLE activity ADD COLUMN position REAL NOT NULL DEFAULT 0;
UPDATE activity SET position = id;
DROP INDEX IF EXISTS activity_campaign;
CREATE INDEX activity_order ON activity (campaign_id, position);
PRAGMA user_version = 2;
)sql";

// Version 3: every activity gets a random (version 4) UUID and revision 1.
// The uid is built from SQLite's randomness in the 8-4-4-4-12 form that
// newUuid() writes: the version digit 4, then a variant digit of 8, 9, a or b.
constexpr const char *toVersion3 = R"sql(
ALTER TABLE activity ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE activity ADD COLUMN
    revision INTEGER NOT NULL DEFAULT 1 CONSTRAINT revision CHECK (revision >= 1);
UPDATE activity SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'
    || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)));
PRAGMA user_version = 3;
)sql";

constexpr const char *version4 = "PRAGMA user_version = 4;";

struct TableShape {
    const char *table;
    std::vector<const char *> columns;
};

// The columns of schema version 1; later versions add to them.
const std::array<TableShape, 5> &version1Shape() {
    static const std::array<TableShape, 5> shape{{
        {"brand", {"id", "name", "industry", "audience", "notes"}},
        {"campaign",
         {"id", "brand_id", "name", "objective", "start_date", "weeks", "capacity_hours_per_week",
          "budget_per_week_cents", "currency", "return_unit", "automation_saving"}},
        {"activity",
         {"id",
          "campaign_id",
          "channel",
          "title",
          "format",
          "interaction",
          "automated",
          "goal",
          "cadence_per_week",
          "hours_per_occurrence",
          "setup_hours",
          "cost_per_occurrence_cents",
          "start_week",
          "end_week",
          "max_weekly_return",
          "half_saturation_hours",
          "shape",
          "carryover",
          "track",
          "notes"}},
        {"scenario", {"id", "campaign_id", "name"}},
        {"scenario_allocation", {"scenario_id", "activity_id", "hours_per_week"}},
    }};
    return shape;
}

Result<std::vector<std::string>> columnsOf(sqlite3 *db, const char *table,
                                           std::string_view location) {
    CASTNET_TRY(Statement statement,
                Statement::prepare(db, "SELECT name FROM pragma_table_info(?1)", false, location));
    statement.bind(1, table);
    std::vector<std::string> columns;
    while (true) {
        CASTNET_TRY(const bool hasRow, statement.step());
        if (!hasRow)
            break;
        columns.emplace_back(statement.text(0));
    }
    return columns;
}

} // namespace

Result<void> createLatestSchema(sqlite3 *db, std::string_view location) {
    static_assert(latestSchemaVersion == 4, "update the DDL's PRAGMA user_version");
    CASTNET_TRY_VOID(execute(db, latestSchema, location));
    CASTNET_TRY_VOID(execute(db, version4Tables, location));
    return execute(db, version4, location);
}

Result<void> migrate(sqlite3 *db, int from, std::string_view location) {
    static_assert(latestSchemaVersion == 4, "add the step to the new version here");
    if (from < 2)
        CASTNET_TRY_VOID(execute(db, toVersion2, location));
    if (from < 3)
        CASTNET_TRY_VOID(execute(db, toVersion3, location));
    if (from < 4) {
        // Version 4: actuals, baselines and calibrations, all empty.
        CASTNET_TRY_VOID(execute(db, version4Tables, location));
        CASTNET_TRY_VOID(execute(db, version4, location));
    }
    return {};
}

Result<void> checkShape(sqlite3 *db, int version, std::string_view location) {
    for (const TableShape &shape : version1Shape()) {
        CASTNET_TRY(const std::vector<std::string> columns, columnsOf(db, shape.table, location));
        if (columns.empty()) {
            return fail(fmt::format("{} is not a Castnet workspace (it has no {} table)", location,
                                    shape.table));
        }
        std::vector<const char *> expected = shape.columns;
        if (version >= 2 && std::string_view(shape.table) == "activity")
            expected.push_back("position");
        if (version >= 3 && std::string_view(shape.table) == "activity") {
            expected.push_back("uid");
            expected.push_back("revision");
        }
        for (const char *column : expected) {
            if (std::find(columns.begin(), columns.end(), column) == columns.end()) {
                return fail(fmt::format("{} is not a Castnet workspace (table {} has no column {})",
                                        location, shape.table, column));
            }
        }
    }
    if (version < 4)
        return {};
    for (const char *table : {"actual", "baseline", "baseline_activity", "calibration"}) {
        CASTNET_TRY(const std::vector<std::string> columns, columnsOf(db, table, location));
        if (columns.empty()) {
            return fail(
                fmt::format("{} is not a Castnet workspace (it has no {} table)", location, table));
        }
    }
    return {};
}

} // namespace castnet::core::sqlite
