// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_open.h"

#include <filesystem>
#include <optional>

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include "core/domain/try.h"
#include "core/storage/sqlite/schema_guard.h"
#include "core/storage/sqlite/sqlite_schema.h"
#include "core/storage/sqlite/sqlite_statement.h"
#include "core/storage/sqlite/stored_rows_check.h"
#include "core/storage/sqlite/workspace_file.h"
#include "core/workspace/workspace_address.h"

namespace castnet::core::sqlite {

namespace {

namespace fs = std::filesystem;

constexpr int busyTimeoutMs = 5000;

// A handle that has not passed the checks yet: closed plainly, without
// folding a WAL left beside a refused file into it.
struct HandleCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using UncheckedHandle = std::unique_ptr<sqlite3, HandleCloser>;

// What the file held when it was opened.
struct FileContents {
    int version = 0;
    bool hasTables = false; // or any other object SQLite did not make
};

bool hasWal(const std::string &path) {
    std::error_code noWal;
    const auto walSize = fs::file_size(path + "-wal", noWal);
    return !noWal && walSize > 0;
}

Result<std::optional<std::string>> firstName(sqlite3 *db, const char *sql,
                                             std::string_view location) {
    CASTNET_TRY(Statement statement, Statement::prepare(db, sql, false, location));
    CASTNET_TRY(const bool hasRow, statement.step());
    if (!hasRow)
        return std::optional<std::string>();
    return std::optional<std::string>(statement.text(0));
}

Result<int> checkVersion(sqlite3 *db, const std::string &path) {
    CASTNET_TRY(const std::int64_t version, queryInteger(db, "PRAGMA user_version", path));
    if (version > latestSchemaVersion) {
        return fail(fmt::format("{} was written by a newer Castnet (schema {}); this version reads "
                                "up to {}",
                                path, version, latestSchemaVersion));
    }
    if (version < 0)
        return fail(fmt::format("{} is not a Castnet workspace (schema {})", path, version));
    return static_cast<int>(version);
}

Result<void> refuseTriggers(sqlite3 *db, const std::string &path) {
    CASTNET_TRY(const auto trigger,
                firstName(db,
                          "SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name "
                          "LIMIT 1",
                          path));
    if (!trigger)
        return {};
    return fail(fmt::format("{} holds a trigger that Castnet did not create (\"{}\"); a trigger "
                            "runs on every change, so Castnet will not open it",
                            path, *trigger));
}

// Everything here only reads: a file refused by any check is left exactly
// as it was.
Result<FileContents> checkContents(sqlite3 *db, const std::string &path) {
    CASTNET_TRY(const int version, checkVersion(db, path));
    CASTNET_TRY_VOID(refuseTriggers(db, path));
    // A view or an index is as much another program's as a table is.
    CASTNET_TRY(const auto object,
                firstName(db,
                          fmt::format("SELECT type || ' ' || name FROM sqlite_schema "
                                      "WHERE NOT ({}) ORDER BY type <> 'table', name LIMIT 1",
                                      sqlitesOwnObject)
                              .c_str(),
                          path));
    const FileContents contents{version, object.has_value()};
    if (contents.version == 0 && contents.hasTables) {
        const std::size_t space = object->find(' ');
        const std::string type = object->substr(0, space);
        const std::string name = object->substr(space + 1);
        return fail(fmt::format("{} is not a Castnet workspace (it holds {}, such as \"{}\", and "
                                "Castnet will not add its own tables to them)",
                                path, type == "table" ? "other tables" : "other " + type + "s",
                                name));
    }
    if (contents.version > 0)
        CASTNET_TRY_VOID(checkShape(db, contents.version, path));
    // Definitions first: the page check evaluates CHECK constraints.
    CASTNET_TRY_VOID(refuseCodeInSchema(db, path));
    CASTNET_TRY_VOID(checkCastnetDefinitions(db, contents.version, path));
    CASTNET_TRY_VOID(checkCastnetPages(db, contents.version, path));
    // Rows last: they are read through the definitions just checked.
    if (contents.version > 0)
        CASTNET_TRY_VOID(checkStoredRows(db, contents.version, path));
    return contents;
}

// A schema from elsewhere must not run code: no extensions, no functions
// with side effects in its views, no writes to sqlite_schema, and no
// triggers (Castnet creates none and refuses files holding one; disabling
// them also covers one added while the file is open).
void distrustSchema(sqlite3 *db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

// As this process would be allowed to write, with its effective user and
// capabilities (plain access() asks for the real ones).
bool isWritable(const fs::path &path) {
    return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

// A file this program cannot change — read-only to this user, in a folder it
// cannot write to, on a read-only file system — and with no WAL waiting to
// be folded in. SQLite would otherwise need to create the -wal and -shm
// files beside it even to read it (and leave them behind), or fail with
// "unable to open database file" where it cannot.
bool cannotChange(const std::string &path) {
    std::error_code error;
    const fs::path folder = fs::absolute(fs::path(path), error).parent_path();
    return !hasWal(path) && (!isWritable(path) || !isWritable(folder));
}

// SQLite's URI for opening `path` as immutable: read-only, without locks
// and without -wal or -shm files (https://sqlite.org/uri.html).
std::string immutableUri(const std::string &path) {
    std::error_code error;
    const std::string absolute = fs::absolute(fs::path(path), error).string();
    std::string uri = "file:";
    for (const char c : absolute) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '/' || c == '.' || c == '_' || c == '-' ||
                           c == '~';
        if (plain)
            uri.push_back(c);
        else
            uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    }
    return uri + "?immutable=1";
}

// Opens the handle with the settings for an untrusted file (DESIGN §10).
// Nothing here writes to the file.
Result<UncheckedHandle> openHandle(const std::string &path, bool create) {
    sqlite3 *raw = nullptr;
    // NOMUTEX: a workspace is used from one thread at a time (see
    // sqlite_connection.h), so SQLite's per-call locking would only cost time.
    const bool immutable = !create && cannotChange(path);
    const int flags = SQLITE_OPEN_NOMUTEX |
                      (immutable ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
                                 : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
    const std::string name = immutable ? immutableUri(path) : path;
    const int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
    UncheckedHandle db(raw);
    if (rc != SQLITE_OK)
        return tl::unexpected(errorFrom(db.get(), rc, path));
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), busyTimeoutMs);
    distrustSchema(db.get());
    // A file refused with a WAL left beside it (after a crash, say) is
    // closed without folding that WAL into it; an accepted one is closed by
    // ~Connection, which does. Without a WAL there is nothing to fold, and
    // closing normally removes the -wal and -shm files reading made.
    if (hasWal(path))
        sqlite3_db_config(db.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    CASTNET_TRY_VOID(
        execute(db.get(), "PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON", path));
    return db;
}

Result<void> checkFolderExists(const std::string &path) {
    std::error_code error;
    const fs::path folder = fs::absolute(fs::path(path), error).parent_path();
    if (!fs::is_directory(folder, error))
        return fail(
            fmt::format("cannot create {}: the folder {} does not exist", path, folder.string()));
    return {};
}

Result<void> createSchema(Connection &db) {
    return db.write([&] { return createLatestSchema(db.handle(), db.location()); });
}

Result<void> migrateFrom(Connection &db, int version) {
    const std::string &path = db.location();
    // The backup must hold everything: fold a WAL into the file first. This
    // changes no content, and is a no-op for a file in rollback mode.
    CASTNET_TRY_VOID(execute(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", path));
    CASTNET_TRY(Transaction transaction, db.beginInFileJournalMode());
    if (hasWal(path))
        return fail(fmt::format("{} is in use by another program; close it and try again", path));
    CASTNET_TRY(const BackupCopy backup, writeBackupCopy(path, version));
    auto migrated = migrate(db.handle(), version, path);
    const std::string reason = migrated ? std::string() : sqlite3_errmsg(db.handle());
    if (migrated)
        migrated = transaction.commit();
    if (!migrated) {
        // The guard's rollback leaves the file as it was, so a copy made
        // now would only mislead; one found already there is left alone.
        if (backup.created) {
            std::error_code ignored;
            fs::remove(backup.path, ignored);
        }
        return fail(fmt::format("{} could not be brought from schema {} to {} ({}); it was left "
                                "unchanged",
                                path, version, latestSchemaVersion,
                                reason.empty() ? migrated.error().message : reason));
    }
    return {};
}

// Brings a checked file to the latest schema.
Result<void> prepareSchema(Connection &db, int version) {
    if (version == 0)
        return createSchema(db);
    if (version < latestSchemaVersion)
        return migrateFrom(db, version);
    return {};
}

} // namespace

Result<std::unique_ptr<Connection>> openWorkspaceFile(const std::string &path,
                                                      MissingFile missingFile) {
    // Names SQLite reads as a database in memory or as a URI are refused:
    // they would keep nothing, or not in the file named.
    CASTNET_TRY_VOID(workspaceFilePath(path));
    CASTNET_TRY(const WorkspaceFileKind kind, inspectWorkspaceFile(path));
    const bool missing = kind == WorkspaceFileKind::Missing;
    if (missing) {
        if (missingFile == MissingFile::Refuse)
            return fail(fmt::format("{} does not exist", path));
        CASTNET_TRY_VOID(checkFolderExists(path));
    }
    CASTNET_TRY(UncheckedHandle handle, openHandle(path, missing));
    CASTNET_TRY(const FileContents contents, checkContents(handle.get(), path));

    auto db = std::make_unique<Connection>(handle.release(), path);
    if (auto ready = prepareSchema(*db, contents.version); !ready) {
        db.reset();
        // A file this call created is not left behind half made.
        if (missing)
            removeCreatedWorkspaceFile(path);
        return tl::unexpected(std::move(ready).error());
    }
    return db;
}

} // namespace castnet::core::sqlite
