// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/schema_guard.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/domain/try.h"
#include "core/storage/sqlite/sqlite_schema.h"
#include "core/storage/sqlite/sqlite_statement.h"

namespace castnet::core::sqlite {

namespace {

struct SchemaObject {
    std::string type;
    std::string name;
    std::string table;
    std::string sql;
};

// Every object of the file's schema except SQLite's own.
Result<std::vector<SchemaObject>> schemaObjects(sqlite3 *db, std::string_view location) {
    CASTNET_TRY(Statement statement,
                Statement::prepare(db,
                                   fmt::format("SELECT type, name, tbl_name, ifnull(sql, '') "
                                               "FROM sqlite_schema WHERE NOT ({}) ORDER BY rowid",
                                               sqlitesOwnObject),
                                   false, location));
    std::vector<SchemaObject> objects;
    while (true) {
        CASTNET_TRY(const bool hasRow, statement.step());
        if (!hasRow)
            return objects;
        objects.push_back({std::string(statement.text(0)), std::string(statement.text(1)),
                           std::string(statement.text(2)), std::string(statement.text(3))});
    }
}

std::string withoutWhitespace(std::string_view sql) {
    std::string compact;
    for (const char c : sql) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            compact += c;
    }
    return compact;
}

// Castnet's own tables and indexes by name, as the latest schema defines
// them, read back from a database built in memory with that very DDL.
const std::map<std::string, SchemaObject> &castnetDefinitions() {
    static const std::map<std::string, SchemaObject> definitions = [] {
        std::map<std::string, SchemaObject> byName;
        sqlite3 *memory = nullptr;
        if (sqlite3_open(":memory:", &memory) == SQLITE_OK &&
            createLatestSchema(memory, ":memory:")) {
            if (auto objects = schemaObjects(memory, ":memory:")) {
                for (SchemaObject &object : *objects) {
                    object.sql = withoutWhitespace(object.sql);
                    byName.emplace(object.name, std::move(object));
                }
            }
        }
        sqlite3_close(memory);
        return byName;
    }();
    return definitions;
}

bool isCastnetTable(const std::string &name) {
    const auto &definitions = castnetDefinitions();
    const auto found = definitions.find(name);
    return found != definitions.end() && found->second.type == "table";
}

std::string quoted(std::string_view name) {
    std::string text = "\"";
    for (const char c : name) {
        text += c;
        if (c == '"')
            text += '"';
    }
    return text + '"';
}

// The functions a statement would call, as the authorizer reports them
// while the statement is prepared (views are expanded at that point).
int collectFunction(void *names, int action, const char *, const char *function, const char *,
                    const char *) {
    if (action == SQLITE_FUNCTION && function != nullptr)
        static_cast<std::set<std::string> *>(names)->insert(function);
    return SQLITE_OK;
}

Result<void> refuseViewCallingFunctions(sqlite3 *db, const SchemaObject &view,
                                        std::string_view location) {
    std::set<std::string> functions;
    sqlite3_set_authorizer(db, collectFunction, &functions);
    const std::string sql = "SELECT * FROM " + quoted(view.name);
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
    const std::string reason = rc == SQLITE_OK ? std::string() : sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    sqlite3_set_authorizer(db, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return fail(fmt::format("{} holds a view \"{}\" that cannot be read safely ({}); Castnet "
                                "will not open it",
                                location, view.name, reason));
    }
    if (!functions.empty()) {
        return fail(fmt::format("{} holds a view \"{}\" that calls the function {}(); a view's "
                                "functions run whenever it is read, so Castnet will not open it",
                                location, view.name, *functions.begin()));
    }
    return {};
}

// An index on a Castnet table is updated by Castnet's own writes; plain
// columns are harmless, an expression or a WHERE clause would be evaluated.
Result<void> refuseComputedIndex(sqlite3 *db, const SchemaObject &index,
                                 std::string_view location) {
    CASTNET_TRY(Statement computed,
                Statement::prepare(
                    db,
                    "SELECT (SELECT count(*) FROM pragma_index_xinfo(?1) WHERE cid = -2) + "
                    "(SELECT count(*) FROM pragma_index_list(?2) WHERE name = ?1 AND partial)",
                    false, location));
    computed.bind(1, index.name);
    computed.bind(2, index.table);
    CASTNET_TRY(const bool hasRow, computed.step());
    if (hasRow && computed.integer(0) > 0) {
        return fail(fmt::format("{} holds an index \"{}\" on Castnet's table {} that Castnet did "
                                "not create and that computes values on every change; Castnet "
                                "will not open it",
                                location, index.name, index.table));
    }
    return {};
}

Result<void> refuseReferenceToCastnet(sqlite3 *db, const SchemaObject &table,
                                      std::string_view location) {
    CASTNET_TRY(Statement references,
                Statement::prepare(db, "SELECT \"table\" FROM pragma_foreign_key_list(?1)", false,
                                   location));
    references.bind(1, table.name);
    while (true) {
        CASTNET_TRY(const bool hasRow, references.step());
        if (!hasRow)
            return {};
        const std::string target(references.text(0));
        if (isCastnetTable(target)) {
            return fail(fmt::format("{} holds a table \"{}\" that references Castnet's table {}; "
                                    "its actions would run when Castnet deletes, so Castnet will "
                                    "not open it",
                                    location, table.name, target));
        }
    }
}

// What Castnet wrote for `name` in a file of schema `version`, if the
// object is Castnet's. Version 1 lacked activity.position and its index and
// had a plain index on activity.campaign_id; versions 1 and 2 lacked
// activity.uid and activity.revision (docs/SCHEMA.md).
std::optional<SchemaObject> expectedDefinition(const std::string &name, int version) {
    static_assert(latestSchemaVersion == 4, "describe the older versions' definitions here");
    if (version == 1 && name == "activity_campaign")
        return SchemaObject{"index", name, "activity",
                            "CREATEINDEXactivity_campaignONactivity(campaign_id)"};
    const auto &definitions = castnetDefinitions();
    const auto found = definitions.find(name);
    if (found == definitions.end() || (version == 1 && name == "activity_order"))
        return std::nullopt;
    SchemaObject object = found->second;
    const auto drop = [&object](std::string_view column) {
        if (const auto at = object.sql.find(column); at != std::string::npos)
            object.sql.erase(at, column.size());
    };
    if (version < 3 && name == "activity") {
        drop(",uidTEXTNOTNULLDEFAULT''");
        drop(",revisionINTEGERNOTNULLDEFAULT1CONSTRAINTrevisionCHECK(revision>=1)");
    }
    if (version == 1 && name == "activity")
        drop(",positionREALNOTNULLDEFAULT0");
    return object;
}

// quick_check reports over several lines, starting with the schema name.
std::string oneLine(std::string_view report) {
    constexpr std::string_view schemaLine = "*** in database main ***";
    if (report.starts_with(schemaLine))
        report.remove_prefix(schemaLine.size());
    std::string line;
    for (const char c : report) {
        const bool blank = c == '\n' || c == '\r' || c == ' ' || c == '\t';
        if (!blank)
            line += c;
        else if (!line.empty() && line.back() != ' ')
            line += ' ';
    }
    if (!line.empty() && line.back() == ' ')
        line.pop_back();
    return line;
}

} // namespace

Result<void> refuseCodeInSchema(sqlite3 *db, std::string_view location) {
    CASTNET_TRY(const std::vector<SchemaObject> objects, schemaObjects(db, location));
    const auto &castnet = castnetDefinitions();
    for (const SchemaObject &object : objects) {
        if (castnet.contains(object.name))
            continue;
        Result<void> safe;
        if (object.type == "view")
            safe = refuseViewCallingFunctions(db, object, location);
        else if (object.type == "index" && isCastnetTable(object.table))
            safe = refuseComputedIndex(db, object, location);
        else if (object.type == "table")
            safe = refuseReferenceToCastnet(db, object, location);
        if (!safe)
            return safe;
    }
    return {};
}

Result<void> checkCastnetDefinitions(sqlite3 *db, int version, std::string_view location) {
    CASTNET_TRY(const std::vector<SchemaObject> objects, schemaObjects(db, location));
    for (const SchemaObject &object : objects) {
        const auto expected = expectedDefinition(object.name, version);
        if (!expected)
            continue;
        if (expected->type != object.type || expected->sql != withoutWhitespace(object.sql)) {
            return fail(fmt::format("{} has a definition of {} {} that Castnet did not write; "
                                    "Castnet will not write through it, so it will not open the "
                                    "file",
                                    location, object.type, object.name));
        }
    }
    return {};
}

Result<void> checkCastnetPages(sqlite3 *db, int version, std::string_view location) {
    std::vector<std::string> checks;
    if (version == 0) {
        checks.emplace_back("PRAGMA quick_check(1)");
    } else {
        // An older file lacks the tables later versions added (actual,
        // baseline, ... came in version 4): only those it has are checked.
        CASTNET_TRY(const std::vector<SchemaObject> objects, schemaObjects(db, location));
        std::set<std::string> present;
        for (const SchemaObject &object : objects)
            present.insert(object.name);
        for (const auto &[name, object] : castnetDefinitions()) {
            // integrity_check also compares each index with its table: an
            // index missing rows would hide them from every read through it.
            if (object.type == "table" && present.contains(name))
                checks.push_back(fmt::format("PRAGMA integrity_check({})", quoted(name)));
        }
    }
    for (const std::string &check : checks) {
        CASTNET_TRY(const std::string report, queryText(db, check.c_str(), location));
        if (report != std::string_view("ok")) {
            return fail(fmt::format("{} is damaged (SQLite's check reports: {})", location,
                                    oneLine(report)));
        }
    }
    return {};
}

} // namespace castnet::core::sqlite
