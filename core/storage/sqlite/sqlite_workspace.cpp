// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_workspace.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/storage/sqlite/schema_guard.h"
#include "core/storage/sqlite/sqlite_rows.h"
#include "core/storage/sqlite/sqlite_schema.h"
#include "core/storage/sqlite/sqlite_statement.h"
#include "core/storage/sqlite/sqlite_transaction.h"
#include "core/storage/sqlite/workspace_file.h"
#include "core/text/number_format.h"

namespace castnet::core {

static_assert(SqliteWorkspace::schemaVersion == sqlite::latestSchemaVersion);

using sqlite::ResetOnExit;
using sqlite::Statement;
using sqlite::Transaction;

namespace {

namespace fs = std::filesystem;

constexpr int busyTimeoutMs = 5000;
constexpr std::size_t maxScenarioNameBytes = 200;
constexpr double maxAllocationHours = 1e12;

struct ConnectionCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

template<class T> tl::unexpected<Error> failWith(const Result<T> &result) {
    return tl::unexpected(result.error());
}

Error notFound(std::string_view what, std::int64_t id) {
    return Error::user(fmt::format("no {} with id {}", what, id));
}

// A constraint that the core's validation should have caught first still
// gets a user message naming the field: CHECK constraints carry the field's
// name (docs/SCHEMA.md).
Error storeError(const Statement &statement, Error error) {
    constexpr std::string_view checkPrefix = "CHECK constraint failed: ";
    const std::string &message = statement.lastMessage();
    if (statement.lastCode() == SQLITE_CONSTRAINT_CHECK && message.starts_with(checkPrefix)) {
        const std::string field = message.substr(checkPrefix.size());
        return Error::user(fmt::format("{} holds a value the workspace does not accept", field),
                           field);
    }
    if ((statement.lastCode() & 0xff) == SQLITE_CONSTRAINT)
        return Error::user(fmt::format("the workspace refused the change ({})", message));
    return error;
}

bool isPlanName(std::string_view name) {
    const std::string_view word = trim(name);
    constexpr std::string_view plan = Scenario::planName;
    return word.size() == plan.size() &&
           std::equal(word.begin(), word.end(), plan.begin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
           });
}

Result<void> validateScenario(const Scenario &s) {
    if (trim(s.name).empty())
        return fail("scenario name must not be empty", "name");
    if (!isValidUtf8(s.name) || s.name.find('\0') != std::string::npos)
        return fail("scenario name is not valid UTF-8 text", "name");
    if (s.name.size() > maxScenarioNameBytes)
        return fail(
            fmt::format("scenario name must be at most {} bytes long", maxScenarioNameBytes),
            "name");
    if (isPlanName(s.name))
        return fail("\"plan\" is the name of the plan itself; choose another scenario name",
                    "name");
    std::unordered_set<ActivityId> seen;
    for (const Allocation &allocation : s.allocations) {
        const double hours = allocation.hours;
        if (!std::isfinite(hours) || hours < 0 || hours > maxAllocationHours) {
            return fail(fmt::format("hours for activity {} must be at least 0, not {}",
                                    allocation.activityId,
                                    std::isfinite(hours) ? formatDouble(hours) : "non-finite"),
                        "hours");
        }
        if (!seen.insert(allocation.activityId).second) {
            return fail(fmt::format("activity {} appears twice in scenario \"{}\"",
                                    allocation.activityId, s.name),
                        "hours");
        }
    }
    return {};
}

// What the file held when it was opened.
struct FileContents {
    int version = 0;
    bool hasTables = false;
};

Result<std::optional<std::string>> firstName(sqlite3 *db, const char *sql,
                                             std::string_view location) {
    auto statement = Statement::prepare(db, sql, false, location);
    if (!statement)
        return failWith(statement);
    auto row = statement->step();
    if (!row)
        return failWith(row);
    if (!*row)
        return std::optional<std::string>();
    return std::optional<std::string>(statement->text(0));
}

// Everything here only reads: a file refused by any check is left exactly
// as it was.
Result<FileContents> checkContents(sqlite3 *db, const std::string &path) {
    auto version = sqlite::queryInteger(db, "PRAGMA user_version", path);
    if (!version)
        return failWith(version);
    if (*version > sqlite::latestSchemaVersion) {
        return fail(fmt::format("{} was written by a newer Castnet (schema {}); this version reads "
                                "up to {}",
                                path, *version, sqlite::latestSchemaVersion));
    }
    if (*version < 0)
        return fail(fmt::format("{} is not a Castnet workspace (schema {})", path, *version));

    auto trigger = firstName(
        db, "SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name LIMIT 1", path);
    if (!trigger)
        return failWith(trigger);
    if (*trigger) {
        return fail(
            fmt::format("{} holds a trigger that Castnet did not create (\"{}\"); a trigger "
                        "runs on every change, so Castnet will not open it",
                        path, **trigger));
    }

    auto table = firstName(db,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name LIMIT 1",
                           path);
    if (!table)
        return failWith(table);
    FileContents contents{static_cast<int>(*version), table->has_value()};
    if (contents.version == 0 && contents.hasTables) {
        return fail(fmt::format("{} is not a Castnet workspace (it holds other tables, such as "
                                "\"{}\", and Castnet will not add its own to them)",
                                path, **table));
    }
    if (contents.version > 0) {
        if (auto ok = sqlite::checkShape(db, contents.version, path); !ok)
            return failWith(ok);
    }
    // Definitions first: the page check evaluates CHECK constraints.
    if (auto ok = sqlite::refuseCodeInSchema(db, path); !ok)
        return failWith(ok);
    if (auto ok = sqlite::checkCastnetDefinitions(db, contents.version, path); !ok)
        return failWith(ok);
    if (auto ok = sqlite::checkCastnetPages(db, contents.version, path); !ok)
        return failWith(ok);
    return contents;
}

// Opens the connection with the settings for an untrusted file
// (DESIGN §10). Nothing here writes to the file.
Result<Connection> openConnection(const std::string &path, bool create) {
    sqlite3 *raw = nullptr;
    // NOMUTEX: a workspace is used from one thread at a time (see the
    // header), so SQLite's per-call locking would only cost time.
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return tl::unexpected(sqlite::errorFrom(db.get(), rc, path));
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), busyTimeoutMs);
    // A schema from elsewhere must not run code: no extensions, no
    // functions with side effects in its views, no writes to sqlite_schema,
    // and no triggers (Castnet creates none and refuses files holding one;
    // disabling them also covers one added while the file is open).
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    // A file refused with a WAL left beside it (after a crash, say) is
    // closed without folding that WAL into it; an accepted one is closed by
    // ~SqliteWorkspace, which does. Without a WAL there is nothing to fold,
    // and closing normally removes the -wal and -shm files reading made.
    std::error_code noWal;
    const auto walSize = fs::file_size(path + "-wal", noWal);
    if (!noWal && walSize > 0)
        sqlite3_db_config(db.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (auto ok = sqlite::execute(db.get(), "PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON",
                                  path);
        !ok) {
        return failWith(ok);
    }
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

} // namespace

struct SqliteWorkspace::Impl {
    sqlite3 *db = nullptr;
    std::string path;
    sqlite::TransactionState transactions;
    bool walEnsured = false;
    // Statements prepared once and reused, by SQL text.
    std::unordered_map<std::string, Statement> statements;

    Impl(sqlite3 *connection, std::string location)
        : db(connection)
        , path(std::move(location)) {
        transactions.db = db;
        transactions.location = path;
    }

    // A prepared statement, reset and ready for new bindings.
    Result<Statement *> prepared(const std::string &sql) {
        auto found = statements.find(sql);
        if (found == statements.end()) {
            auto statement = Statement::prepare(db, sql, true, path);
            if (!statement)
                return failWith(statement);
            found = statements.emplace(sql, std::move(*statement)).first;
        }
        found->second.reset();
        return &found->second;
    }

    // WAL is switched on before the first write rather than at open, so a
    // command that only reads leaves even a file in another journal mode
    // byte-for-byte as it was.
    Result<void> ensureWal() {
        if (walEnsured)
            return {};
        auto mode = sqlite::queryText(db, "PRAGMA journal_mode = WAL", path);
        if (!mode)
            return failWith(mode);
        walEnsured = true;
        return {};
    }

    Result<Transaction> begin() {
        if (transactions.depth == 0) {
            if (auto ok = ensureWal(); !ok)
                return failWith(ok);
        }
        return Transaction::begin(transactions);
    }

    // Runs `body` as one transaction (a savepoint inside transact()).
    template<class Body> auto write(Body &&body) -> decltype(body()) {
        return inTransaction(Transaction::Mode::Write, std::forward<Body>(body));
    }

    // Runs `body` in one read transaction, so that several reads see the
    // same state; it takes no write lock and switches no journal mode.
    template<class Body> auto read(Body &&body) -> decltype(body()) {
        return inTransaction(Transaction::Mode::Read, std::forward<Body>(body));
    }

    template<class Body>
    auto inTransaction(Transaction::Mode mode, Body &&body) -> decltype(body()) {
        auto transaction = mode == Transaction::Mode::Write
                               ? begin()
                               : Transaction::begin(transactions, Transaction::Mode::Read);
        if (!transaction)
            return failWith(transaction);
        auto result = body();
        if (!result)
            return result; // the guard rolls back
        if (auto ok = transaction->commit(); !ok)
            return failWith(ok);
        return result;
    }

    // Calls `onRow` for each row of the bound statement.
    template<class OnRow> Result<void> forEachRow(Statement &statement, OnRow &&onRow) {
        ResetOnExit reset(statement);
        while (true) {
            auto row = statement.step();
            if (!row)
                return failWith(row);
            if (!*row)
                return {};
            if (auto ok = onRow(statement); !ok)
                return ok;
        }
    }

    Result<void> run(Statement &statement) {
        ResetOnExit reset(statement);
        if (auto ok = statement.run(); !ok)
            return tl::unexpected(storeError(statement, ok.error()));
        return {};
    }

    // The first column of the first row (0 when there is no row).
    Result<std::int64_t> integer(const std::string &sql,
                                 std::optional<std::int64_t> parameter = {}) {
        auto statement = prepared(sql);
        if (!statement)
            return failWith(statement);
        if (parameter)
            (*statement)->bind(1, *parameter);
        ResetOnExit reset(**statement);
        auto row = (*statement)->step();
        if (!row)
            return failWith(row);
        return *row ? (*statement)->integer(0) : 0;
    }

    int changes() const { return sqlite3_changes(db); }

    // Deletes the row `id` of `table` (its dependants go by cascade), as one
    // write; an id that names no row is an error, not a silent success.
    Result<void> removeRow(const std::string &table, std::int64_t id) {
        return write([&]() -> Result<void> {
            auto remove = prepared("DELETE FROM " + table + " WHERE id = ?1");
            if (!remove)
                return failWith(remove);
            (*remove)->bind(1, id);
            if (auto ok = run(**remove); !ok)
                return ok;
            if (changes() == 0)
                return tl::unexpected(notFound(table, id));
            return {};
        });
    }

    Result<void> createSchema();
    Result<void> migrateFrom(int version);

    Result<Brand> brand(BrandId id);
    Result<Campaign> campaign(CampaignId id);
    Result<Brand> insertBrand(const Brand &brand);
    Result<Campaign> insertCampaign(const Campaign &campaign);
    Result<void> checkWeeksFit(const Campaign &campaign);
    Result<std::vector<Activity>> insertActivities(const Campaign &campaign,
                                                   std::vector<Activity> activities);
    Result<std::vector<double>> assignIdsAndPositions(const Campaign &campaign,
                                                      std::vector<Activity> &activities);
    Result<void> insertAllocations(const Scenario &scenario);
    Result<Scenario> insertScenario(const Scenario &scenario);
    Result<CampaignId> scenarioCampaign(ScenarioId id);
};

Result<void> SqliteWorkspace::Impl::createSchema() {
    return write([&] { return sqlite::createLatestSchema(db, path); });
}

Result<void> SqliteWorkspace::Impl::migrateFrom(int version) {
    // The backup must hold everything: fold a WAL into the file first. This
    // changes no content, and is a no-op for a file in rollback mode.
    if (auto ok = sqlite::execute(db, "PRAGMA wal_checkpoint(TRUNCATE)", path); !ok)
        return ok;
    // Not begin(): the copy is taken in the file's own journal mode, so it
    // is the old file byte for byte.
    auto transaction = Transaction::begin(transactions);
    if (!transaction)
        return failWith(transaction);
    std::error_code error;
    const auto walSize = fs::file_size(path + "-wal", error);
    if (!error && walSize > 0) {
        return fail(fmt::format("{} is in use by another program; close it and try again", path));
    }
    auto backup = sqlite::writeBackupCopy(path, version);
    if (!backup)
        return failWith(backup);
    auto migrated = sqlite::migrate(db, version, path);
    const std::string reason = migrated ? std::string() : sqlite3_errmsg(db);
    if (migrated)
        migrated = transaction->commit();
    if (!migrated) {
        // The guard's rollback leaves the file as it was, so the copy would
        // only mislead.
        fs::remove(*backup, error);
        return fail(fmt::format("{} could not be brought from schema {} to {} ({}); it was left "
                                "unchanged",
                                path, version, sqlite::latestSchemaVersion,
                                reason.empty() ? migrated.error().message : reason));
    }
    return {};
}

Result<std::unique_ptr<SqliteWorkspace>> SqliteWorkspace::open(const std::string &path,
                                                               OpenMode mode) {
    auto kind = sqlite::inspectWorkspaceFile(path);
    if (!kind)
        return failWith(kind);
    const bool missing = *kind == sqlite::WorkspaceFileKind::Missing;
    if (missing) {
        if (mode == OpenMode::MustExist)
            return fail(fmt::format("{} does not exist", path));
        if (auto ok = checkFolderExists(path); !ok)
            return failWith(ok);
    }
    auto db = openConnection(path, missing);
    if (!db) {
        return failWith(db);
    }
    auto contents = checkContents(db->get(), path);
    if (!contents)
        return failWith(contents);

    std::unique_ptr<SqliteWorkspace> workspace(new SqliteWorkspace(db->release(), path));
    Result<void> ready;
    if (contents->version == 0)
        ready = workspace->m_impl->createSchema();
    else if (contents->version < schemaVersion)
        ready = workspace->m_impl->migrateFrom(contents->version);
    if (!ready) {
        workspace.reset();
        // A file this call created is not left behind half made.
        if (missing) {
            std::error_code ignored;
            fs::remove(path, ignored);
        }
        return failWith(ready);
    }
    return workspace;
}

SqliteWorkspace::SqliteWorkspace(sqlite3 *db, std::string path)
    : m_impl(std::make_unique<Impl>(db, std::move(path))) {}

SqliteWorkspace::~SqliteWorkspace() {
    m_impl->statements.clear();
    sqlite3_db_config(m_impl->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    // Folding the WAL back and closing removes the -wal and -shm files, so
    // the workspace is one self-contained file again. While another program
    // is using the file this cannot be done, and there is no point waiting:
    // the last one to close folds the WAL back.
    sqlite3_busy_timeout(m_impl->db, 0);
    sqlite3_exec(m_impl->db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close_v2(m_impl->db);
}

std::string SqliteWorkspace::location() const {
    return m_impl->path;
}

Result<void> SqliteWorkspace::transact(const std::function<Result<void>()> &action) {
    // An exception unwinds through the guard, which rolls back.
    return m_impl->write([&] { return action(); });
}

Result<void> SqliteWorkspace::limitPageCountForTesting(int pages) {
    const std::string sql = fmt::format("PRAGMA max_page_count = {}", pages);
    return sqlite::queryInteger(m_impl->db, sql.c_str(), m_impl->path).map([](auto) {});
}

Result<bool> SqliteWorkspace::isEmpty() {
    return m_impl->integer("SELECT NOT EXISTS (SELECT 1 FROM brand)").map([](std::int64_t empty) {
        return empty != 0;
    });
}

// ---- brands ----------------------------------------------------------------

Result<Brand> SqliteWorkspace::Impl::brand(BrandId id) {
    auto select = prepared(fmt::format("SELECT {} FROM brand WHERE id = ?1", sqlite::brandColumns));
    if (!select)
        return failWith(select);
    (*select)->bind(1, id);
    std::optional<Brand> found;
    auto ok = forEachRow(**select, [&](const Statement &row) -> Result<void> {
        found = sqlite::readBrand(row);
        return {};
    });
    if (!ok)
        return failWith(ok);
    if (!found)
        return tl::unexpected(notFound("brand", id));
    return *found;
}

Result<std::vector<Brand>> SqliteWorkspace::brands() {
    auto select = m_impl->prepared(fmt::format(
        "SELECT {} FROM brand ORDER BY name COLLATE NOCASE, name, id", sqlite::brandColumns));
    if (!select)
        return failWith(select);
    std::vector<Brand> brands;
    auto ok = m_impl->forEachRow(**select, [&](const Statement &row) -> Result<void> {
        brands.push_back(sqlite::readBrand(row));
        return {};
    });
    if (!ok)
        return failWith(ok);
    return brands;
}

Result<std::optional<Brand>> SqliteWorkspace::findBrand(const std::string &name) {
    auto select =
        m_impl->prepared(fmt::format("SELECT {} FROM brand WHERE name = ?1", sqlite::brandColumns));
    if (!select)
        return failWith(select);
    (*select)->bind(1, name);
    std::optional<Brand> found;
    auto ok = m_impl->forEachRow(**select, [&](const Statement &row) -> Result<void> {
        found = sqlite::readBrand(row);
        return {};
    });
    if (!ok)
        return failWith(ok);
    return found;
}

Result<Brand> SqliteWorkspace::Impl::insertBrand(const Brand &brand) {
    auto insert = prepared("INSERT INTO brand (id, name, industry, audience, notes) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return failWith(insert);
    Statement &statement = **insert;
    if (brand.id == 0)
        statement.bindNull(1);
    else
        statement.bind(1, brand.id);
    statement.bind(2, brand.name);
    statement.bind(3, brand.industry);
    statement.bind(4, brand.audience);
    statement.bind(5, brand.notes);
    if (auto ok = run(statement); !ok) {
        if (statement.lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return fail(fmt::format("a brand named \"{}\" already exists", brand.name), "name");
        if (statement.lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(fmt::format("a brand with id {} already exists", brand.id));
        return failWith(ok);
    }
    Brand stored = brand;
    stored.id = sqlite3_last_insert_rowid(db);
    return stored;
}

Result<Brand> SqliteWorkspace::addBrand(const Brand &brand) {
    if (auto ok = validate(brand); !ok)
        return failWith(ok);
    return m_impl->write([&] { return m_impl->insertBrand(brand); });
}

Result<void> SqliteWorkspace::updateBrand(const Brand &brand) {
    if (auto ok = validate(brand); !ok)
        return ok;
    return m_impl->write([&]() -> Result<void> {
        auto update = m_impl->prepared(
            "UPDATE brand SET name = ?2, industry = ?3, audience = ?4, notes = ?5 WHERE id = ?1");
        if (!update)
            return failWith(update);
        Statement &statement = **update;
        statement.bind(1, brand.id);
        statement.bind(2, brand.name);
        statement.bind(3, brand.industry);
        statement.bind(4, brand.audience);
        statement.bind(5, brand.notes);
        if (auto ok = m_impl->run(statement); !ok) {
            if (statement.lastCode() == SQLITE_CONSTRAINT_UNIQUE)
                return fail(fmt::format("a brand named \"{}\" already exists", brand.name), "name");
            return ok;
        }
        if (m_impl->changes() == 0)
            return tl::unexpected(notFound("brand", brand.id));
        return {};
    });
}

Result<void> SqliteWorkspace::removeBrand(BrandId id) {
    return m_impl->removeRow("brand", id);
}

// ---- campaigns -------------------------------------------------------------

Result<Campaign> SqliteWorkspace::Impl::campaign(CampaignId id) {
    auto select =
        prepared(fmt::format("SELECT {} FROM campaign WHERE id = ?1", sqlite::campaignColumns));
    if (!select)
        return failWith(select);
    (*select)->bind(1, id);
    std::optional<Campaign> found;
    auto ok = forEachRow(**select, [&](const Statement &row) -> Result<void> {
        auto campaign = sqlite::readCampaign(row, path);
        if (!campaign)
            return failWith(campaign);
        found = std::move(*campaign);
        return {};
    });
    if (!ok)
        return failWith(ok);
    if (!found)
        return tl::unexpected(notFound("campaign", id));
    return *found;
}

Result<std::vector<Campaign>> SqliteWorkspace::campaigns(std::optional<BrandId> brand) {
    if (brand) {
        if (auto known = m_impl->brand(*brand); !known)
            return failWith(known);
    }
    auto select = m_impl->prepared(
        fmt::format("SELECT {} FROM campaign WHERE ?1 IS NULL OR brand_id = ?1 "
                    "ORDER BY (SELECT name FROM brand WHERE brand.id = brand_id) COLLATE NOCASE, "
                    "(SELECT name FROM brand WHERE brand.id = brand_id), brand_id, "
                    "name COLLATE NOCASE, name, id",
                    sqlite::campaignColumns));
    if (!select)
        return failWith(select);
    if (brand)
        (*select)->bind(1, *brand);
    std::vector<Campaign> campaigns;
    auto ok = m_impl->forEachRow(**select, [&](const Statement &row) -> Result<void> {
        auto campaign = sqlite::readCampaign(row, m_impl->path);
        if (!campaign)
            return failWith(campaign);
        campaigns.push_back(std::move(*campaign));
        return {};
    });
    if (!ok)
        return failWith(ok);
    return campaigns;
}

Result<Campaign> SqliteWorkspace::campaign(CampaignId id) {
    return m_impl->campaign(id);
}

namespace {

Error duplicateCampaign(const Campaign &campaign, const Brand &brand) {
    return Error::user(
        fmt::format("brand \"{}\" already has a campaign named \"{}\"", brand.name, campaign.name),
        "name");
}

} // namespace

Result<Campaign> SqliteWorkspace::Impl::insertCampaign(const Campaign &campaign) {
    if (auto ok = validate(campaign); !ok)
        return failWith(ok);
    auto owner = brand(campaign.brandId);
    if (!owner)
        return failWith(owner);
    auto insert = prepared(fmt::format(
        "INSERT INTO campaign ({}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        sqlite::campaignColumns));
    if (!insert)
        return failWith(insert);
    Statement &statement = **insert;
    sqlite::bindCampaign(statement, campaign);
    if (auto ok = run(statement); !ok) {
        if (statement.lastCode() == SQLITE_CONSTRAINT_UNIQUE)
            return tl::unexpected(duplicateCampaign(campaign, *owner));
        if (statement.lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(fmt::format("a campaign with id {} already exists", campaign.id));
        return failWith(ok);
    }
    Campaign stored = campaign;
    stored.id = sqlite3_last_insert_rowid(db);
    return stored;
}

Result<Campaign> SqliteWorkspace::addCampaign(const Campaign &campaign) {
    return m_impl->write([&] { return m_impl->insertCampaign(campaign); });
}

// The weeks of a campaign may only shrink to the last week its activities
// use: the user moves or shortens the activity first.
Result<void> SqliteWorkspace::Impl::checkWeeksFit(const Campaign &campaign) {
    auto select = prepared("SELECT title, end_week FROM activity "
                           "WHERE campaign_id = ?1 AND end_week > ?2 "
                           "ORDER BY end_week DESC, position, id LIMIT 1");
    if (!select)
        return failWith(select);
    (*select)->bind(1, campaign.id);
    (*select)->bind(2, campaign.weeks);
    return forEachRow(**select, [&](const Statement &row) -> Result<void> {
        return fail(fmt::format("weeks cannot be {}: activity \"{}\" ends in week {}; shorten it "
                                "first",
                                campaign.weeks, row.text(0), row.integer(1)),
                    "weeks");
    });
}

Result<void> SqliteWorkspace::updateCampaign(const Campaign &campaign) {
    if (auto ok = validate(campaign); !ok)
        return ok;
    return m_impl->write([&]() -> Result<void> {
        if (auto stored = m_impl->campaign(campaign.id); !stored)
            return failWith(stored);
        auto owner = m_impl->brand(campaign.brandId);
        if (!owner)
            return failWith(owner);
        if (auto ok = m_impl->checkWeeksFit(campaign); !ok)
            return ok;
        auto update = m_impl->prepared(
            "UPDATE campaign SET brand_id = ?2, name = ?3, objective = ?4, start_date = ?5, "
            "weeks = ?6, capacity_hours_per_week = ?7, budget_per_week_cents = ?8, "
            "currency = ?9, return_unit = ?10, automation_saving = ?11 WHERE id = ?1");
        if (!update)
            return failWith(update);
        Statement &statement = **update;
        sqlite::bindCampaign(statement, campaign);
        if (auto ok = m_impl->run(statement); !ok) {
            if (statement.lastCode() == SQLITE_CONSTRAINT_UNIQUE)
                return tl::unexpected(duplicateCampaign(campaign, *owner));
            return ok;
        }
        return {};
    });
}

Result<void> SqliteWorkspace::removeCampaign(CampaignId id) {
    return m_impl->removeRow("campaign", id);
}

// ---- activities ------------------------------------------------------------

Result<std::vector<Activity>> SqliteWorkspace::activities(CampaignId campaign) {
    if (auto known = m_impl->campaign(campaign); !known)
        return failWith(known);
    auto select = m_impl->prepared(
        fmt::format("SELECT {} FROM activity WHERE campaign_id = ?1 ORDER BY position, id",
                    sqlite::activityColumns));
    if (!select)
        return failWith(select);
    (*select)->bind(1, campaign);
    std::vector<Activity> activities;
    auto ok = m_impl->forEachRow(**select, [&](const Statement &row) -> Result<void> {
        auto activity = sqlite::readActivity(row, m_impl->path);
        if (!activity)
            return failWith(activity);
        activities.push_back(std::move(*activity));
        return {};
    });
    if (!ok)
        return failWith(ok);
    return activities;
}

Result<Activity> SqliteWorkspace::activity(ActivityId id) {
    auto select = m_impl->prepared(
        fmt::format("SELECT {} FROM activity WHERE id = ?1", sqlite::activityColumns));
    if (!select)
        return failWith(select);
    (*select)->bind(1, id);
    std::optional<Activity> found;
    auto ok = m_impl->forEachRow(**select, [&](const Statement &row) -> Result<void> {
        auto activity = sqlite::readActivity(row, m_impl->path);
        if (!activity)
            return failWith(activity);
        found = std::move(*activity);
        return {};
    });
    if (!ok)
        return failWith(ok);
    if (!found)
        return tl::unexpected(notFound("activity", id));
    return *found;
}

namespace {

// Says which activity of a batch was refused; a single one needs no number.
Error inBatch(Error error, std::size_t index, std::size_t count, const Activity &activity) {
    if (count > 1) {
        error.message = fmt::format("activity {} of {} (\"{}\"): {}", index + 1, count,
                                    activity.title, error.message);
    }
    return error;
}

} // namespace

// Rows stored by one INSERT statement: with a statement per row, starting
// and finishing statements took a third of the time of a large import.
constexpr std::size_t rowsPerInsert = 32;

std::string activityInsert(std::size_t rows) {
    std::string sql =
        fmt::format("INSERT INTO activity ({}, position) VALUES ", sqlite::activityColumns);
    for (std::size_t row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column <= sqlite::activityColumnCount; ++column)
            sql += column == 0 ? "?" : ", ?";
        sql += ")";
    }
    return sql;
}

// New activities get fresh ids and go to the end. Castnet has no reordering
// edit yet, so every position it writes equals the row's id: an activity
// restored with its id (undo of a delete) goes back to its old row.
Result<std::vector<Activity>>
SqliteWorkspace::Impl::insertActivities(const Campaign &campaign,
                                        std::vector<Activity> activities) {
    const std::size_t count = activities.size();
    for (std::size_t i = 0; i < count; ++i) {
        activities[i].campaignId = campaign.id;
        if (auto ok = validate(activities[i], campaign); !ok)
            return tl::unexpected(inBatch(ok.error(), i, count, activities[i]));
    }
    auto positions = assignIdsAndPositions(campaign, activities);
    if (!positions)
        return failWith(positions);

    auto single = prepared(activityInsert(1));
    if (!single)
        return failWith(single);
    const auto insertOne = [&](std::size_t i) -> Result<void> {
        Statement &statement = **single;
        sqlite::bindActivity(statement, activities[i]);
        statement.bind(sqlite::activityColumnCount + 1, (*positions)[i]);
        if (auto ok = run(statement); !ok) {
            if (statement.lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
                return fail(fmt::format("an activity with id {} already exists", activities[i].id));
            // A refused value names its activity; a full disk does not.
            if (ok.error().field.empty())
                return ok;
            return tl::unexpected(inBatch(ok.error(), i, count, activities[i]));
        }
        return {};
    };

    std::size_t next = 0;
    if (count >= rowsPerInsert) {
        auto chunk = prepared(activityInsert(rowsPerInsert));
        if (!chunk)
            return failWith(chunk);
        Statement &statement = **chunk;
        constexpr int perRow = sqlite::activityColumnCount + 1;
        for (; next + rowsPerInsert <= count; next += rowsPerInsert) {
            for (std::size_t row = 0; row < rowsPerInsert; ++row) {
                const int first = static_cast<int>(row) * perRow + 1;
                sqlite::bindActivity(statement, activities[next + row], first);
                statement.bind(first + perRow - 1, (*positions)[next + row]);
            }
            auto ok = run(statement);
            if (ok)
                continue;
            if ((statement.lastCode() & 0xff) != SQLITE_CONSTRAINT)
                return failWith(ok);
            // The failed statement stored none of its rows: store them one
            // by one to tell which activity was refused, and why.
            for (std::size_t row = 0; row < rowsPerInsert; ++row) {
                if (auto one = insertOne(next + row); !one)
                    return failWith(one);
            }
        }
    }
    for (; next < count; ++next) {
        if (auto ok = insertOne(next); !ok)
            return failWith(ok);
    }
    return activities;
}

// Gives new activities the next unused ids and returns every activity's
// position: after the campaign's last row for a new one, its own id for one
// that keeps its id.
Result<std::vector<double>>
SqliteWorkspace::Impl::assignIdsAndPositions(const Campaign &campaign,
                                             std::vector<Activity> &activities) {
    // AUTOINCREMENT: an id once used is never given to another activity,
    // even after a delete, so an id in an undo step or a script stays unique.
    auto lastId = integer("SELECT max(coalesce((SELECT seq FROM sqlite_sequence "
                          "WHERE name = 'activity'), 0), coalesce((SELECT max(id) FROM activity), "
                          "0))");
    auto lastPosition = integer(
        "SELECT coalesce(max(position), 0) FROM activity WHERE campaign_id = ?1", campaign.id);
    if (!lastId || !lastPosition)
        return failWith(!lastId ? lastId : lastPosition);
    ActivityId nextId = *lastId + 1;
    for (const Activity &activity : activities)
        nextId = std::max(nextId, activity.id + 1);
    double last = static_cast<double>(*lastPosition);
    std::vector<double> positions;
    positions.reserve(activities.size());
    for (Activity &activity : activities) {
        const bool kept = activity.id != 0;
        if (!kept)
            activity.id = nextId++;
        const double id = static_cast<double>(activity.id);
        positions.push_back(kept ? id : std::max(id, last + 1));
        last = std::max(last, positions.back());
    }
    return positions;
}

Result<std::vector<Activity>> SqliteWorkspace::addActivities(CampaignId campaign,
                                                             std::vector<Activity> activities) {
    return m_impl->write([&]() -> Result<std::vector<Activity>> {
        auto owner = m_impl->campaign(campaign);
        if (!owner)
            return failWith(owner);
        return m_impl->insertActivities(*owner, std::move(activities));
    });
}

Result<void> SqliteWorkspace::updateActivity(const Activity &activity) {
    return m_impl->write([&]() -> Result<void> {
        auto stored = this->activity(activity.id);
        if (!stored)
            return failWith(stored);
        if (activity.campaignId != 0 && activity.campaignId != stored->campaignId) {
            return fail(fmt::format("activity {} belongs to campaign {}, not {}", activity.id,
                                    stored->campaignId, activity.campaignId));
        }
        auto owner = m_impl->campaign(stored->campaignId);
        if (!owner)
            return failWith(owner);
        Activity updated = activity;
        updated.campaignId = stored->campaignId;
        if (auto ok = validate(updated, *owner); !ok)
            return ok;
        auto update = m_impl->prepared(
            "UPDATE activity SET campaign_id = ?2, channel = ?3, title = ?4, format = ?5, "
            "interaction = ?6, automated = ?7, goal = ?8, cadence_per_week = ?9, "
            "hours_per_occurrence = ?10, setup_hours = ?11, cost_per_occurrence_cents = ?12, "
            "start_week = ?13, end_week = ?14, max_weekly_return = ?15, "
            "half_saturation_hours = ?16, shape = ?17, carryover = ?18, track = ?19, "
            "notes = ?20 WHERE id = ?1");
        if (!update)
            return failWith(update);
        sqlite::bindActivity(**update, updated);
        return m_impl->run(**update);
    });
}

Result<void> SqliteWorkspace::removeActivities(const std::vector<ActivityId> &ids) {
    return m_impl->write([&]() -> Result<void> {
        auto remove = m_impl->prepared("DELETE FROM activity WHERE id = ?1");
        if (!remove)
            return failWith(remove);
        for (const ActivityId id : ids) {
            (*remove)->bind(1, id);
            if (auto ok = m_impl->run(**remove); !ok)
                return ok;
            if (m_impl->changes() == 0)
                return tl::unexpected(notFound("activity", id));
        }
        return {};
    });
}

// ---- scenarios -------------------------------------------------------------

Result<std::vector<Scenario>> SqliteWorkspace::scenarios(CampaignId campaign) {
    if (auto known = m_impl->campaign(campaign); !known)
        return failWith(known);
    auto select = m_impl->prepared("SELECT id, name FROM scenario WHERE campaign_id = ?1 "
                                   "ORDER BY name COLLATE NOCASE, name, id");
    if (!select)
        return failWith(select);
    (*select)->bind(1, campaign);
    std::vector<Scenario> scenarios;
    std::unordered_map<ScenarioId, std::size_t> indexOf;
    auto ok = m_impl->forEachRow(**select, [&](const Statement &row) -> Result<void> {
        Scenario scenario;
        scenario.id = row.integer(0);
        scenario.campaignId = campaign;
        scenario.name = row.text(1);
        indexOf.emplace(scenario.id, scenarios.size());
        scenarios.push_back(std::move(scenario));
        return {};
    });
    if (!ok)
        return failWith(ok);

    auto allocations = m_impl->prepared(
        "SELECT a.scenario_id, a.activity_id, a.hours_per_week FROM scenario_allocation AS a "
        "JOIN scenario AS s ON s.id = a.scenario_id WHERE s.campaign_id = ?1 "
        "ORDER BY a.scenario_id, a.activity_id");
    if (!allocations)
        return failWith(allocations);
    (*allocations)->bind(1, campaign);
    ok = m_impl->forEachRow(**allocations, [&](const Statement &row) -> Result<void> {
        scenarios[indexOf.at(row.integer(0))].allocations.push_back(
            Allocation{row.integer(1), row.real(2)});
        return {};
    });
    if (!ok)
        return failWith(ok);
    return scenarios;
}

// Stores the allocations of a scenario already in the table. The INSERT
// selects the activity, so one that is not in the scenario's campaign
// inserts nothing and is refused.
Result<void> SqliteWorkspace::Impl::insertAllocations(const Scenario &scenario) {
    auto insert = prepared("INSERT INTO scenario_allocation (scenario_id, activity_id, "
                           "hours_per_week) SELECT ?1, id, ?3 FROM activity "
                           "WHERE id = ?2 AND campaign_id = ?4");
    if (!insert)
        return failWith(insert);
    Statement &statement = **insert;
    for (const Allocation &allocation : scenario.allocations) {
        statement.bind(1, scenario.id);
        statement.bind(2, allocation.activityId);
        statement.bind(3, allocation.hours);
        statement.bind(4, scenario.campaignId);
        if (auto ok = run(statement); !ok)
            return ok;
        if (changes() == 0) {
            return fail(fmt::format("scenario \"{}\" gives hours to activity {}, which is not in "
                                    "its campaign",
                                    scenario.name, allocation.activityId),
                        "hours");
        }
    }
    return {};
}

Result<Scenario> SqliteWorkspace::Impl::insertScenario(const Scenario &scenario) {
    if (auto ok = validateScenario(scenario); !ok)
        return failWith(ok);
    if (auto owner = campaign(scenario.campaignId); !owner)
        return failWith(owner);
    auto insert = prepared("INSERT INTO scenario (id, campaign_id, name) VALUES (?1, ?2, ?3)");
    if (!insert)
        return failWith(insert);
    Statement &statement = **insert;
    if (scenario.id == 0)
        statement.bindNull(1);
    else
        statement.bind(1, scenario.id);
    statement.bind(2, scenario.campaignId);
    statement.bind(3, scenario.name);
    if (auto ok = run(statement); !ok) {
        if (statement.lastCode() == SQLITE_CONSTRAINT_UNIQUE) {
            return fail(fmt::format("a scenario named \"{}\" already exists in this campaign",
                                    scenario.name),
                        "name");
        }
        if (statement.lastCode() == SQLITE_CONSTRAINT_PRIMARYKEY)
            return fail(fmt::format("a scenario with id {} already exists", scenario.id));
        return failWith(ok);
    }
    Scenario stored = scenario;
    stored.id = sqlite3_last_insert_rowid(db);
    if (auto ok = insertAllocations(stored); !ok)
        return failWith(ok);
    std::sort(stored.allocations.begin(), stored.allocations.end(),
              [](const Allocation &a, const Allocation &b) { return a.activityId < b.activityId; });
    return stored;
}

Result<Scenario> SqliteWorkspace::addScenario(const Scenario &scenario) {
    return m_impl->write([&] { return m_impl->insertScenario(scenario); });
}

Result<CampaignId> SqliteWorkspace::Impl::scenarioCampaign(ScenarioId id) {
    auto select = prepared("SELECT campaign_id FROM scenario WHERE id = ?1");
    if (!select)
        return failWith(select);
    (*select)->bind(1, id);
    std::optional<CampaignId> campaignId;
    auto ok = forEachRow(**select, [&](const Statement &row) -> Result<void> {
        campaignId = row.integer(0);
        return {};
    });
    if (!ok)
        return failWith(ok);
    if (!campaignId)
        return tl::unexpected(notFound("scenario", id));
    return *campaignId;
}

Result<void> SqliteWorkspace::updateScenario(const Scenario &scenario) {
    if (auto ok = validateScenario(scenario); !ok)
        return ok;
    return m_impl->write([&]() -> Result<void> {
        auto campaignId = m_impl->scenarioCampaign(scenario.id);
        if (!campaignId)
            return failWith(campaignId);
        if (scenario.campaignId != 0 && scenario.campaignId != *campaignId) {
            return fail(fmt::format("scenario {} belongs to campaign {}, not {}", scenario.id,
                                    *campaignId, scenario.campaignId));
        }
        Scenario updated = scenario;
        updated.campaignId = *campaignId;
        auto rename = m_impl->prepared("UPDATE scenario SET name = ?2 WHERE id = ?1");
        if (!rename)
            return failWith(rename);
        (*rename)->bind(1, updated.id);
        (*rename)->bind(2, updated.name);
        if (auto ok = m_impl->run(**rename); !ok) {
            if ((*rename)->lastCode() == SQLITE_CONSTRAINT_UNIQUE) {
                return fail(fmt::format("a scenario named \"{}\" already exists in this campaign",
                                        updated.name),
                            "name");
            }
            return ok;
        }
        auto clear = m_impl->prepared("DELETE FROM scenario_allocation WHERE scenario_id = ?1");
        if (!clear)
            return failWith(clear);
        (*clear)->bind(1, updated.id);
        if (auto ok = m_impl->run(**clear); !ok)
            return ok;
        return m_impl->insertAllocations(updated);
    });
}

Result<void> SqliteWorkspace::removeScenario(ScenarioId id) {
    return m_impl->removeRow("scenario", id);
}

// ---- snapshots -------------------------------------------------------------

Result<CampaignSnapshot> SqliteWorkspace::snapshot(CampaignId id) {
    return m_impl->read([&]() -> Result<CampaignSnapshot> {
        CampaignSnapshot snapshot;
        auto campaign = m_impl->campaign(id);
        if (!campaign)
            return failWith(campaign);
        snapshot.campaign = std::move(*campaign);
        auto activities = this->activities(id);
        if (!activities)
            return failWith(activities);
        snapshot.activities = std::move(*activities);
        auto scenarios = this->scenarios(id);
        if (!scenarios)
            return failWith(scenarios);
        snapshot.scenarios = std::move(*scenarios);
        return snapshot;
    });
}

Result<CampaignSnapshot> SqliteWorkspace::restore(const CampaignSnapshot &snapshot, bool keepIds) {
    return m_impl->write([&]() -> Result<CampaignSnapshot> {
        CampaignSnapshot stored;
        Campaign campaign = snapshot.campaign;
        if (!keepIds)
            campaign.id = 0;
        auto added = m_impl->insertCampaign(campaign);
        if (!added)
            return failWith(added);
        stored.campaign = std::move(*added);

        std::vector<Activity> activities = snapshot.activities;
        if (!keepIds) {
            for (Activity &activity : activities)
                activity.id = 0;
        }
        auto inserted = m_impl->insertActivities(stored.campaign, std::move(activities));
        if (!inserted)
            return failWith(inserted);
        stored.activities = std::move(*inserted);

        std::unordered_map<ActivityId, ActivityId> newIdOf;
        for (std::size_t i = 0; i < snapshot.activities.size(); ++i) {
            const ActivityId oldId = snapshot.activities[i].id;
            if (!newIdOf.emplace(oldId, stored.activities[i].id).second && oldId != 0)
                return fail(fmt::format("the campaign lists activity id {} twice", oldId));
        }
        for (Scenario scenario : snapshot.scenarios) {
            scenario.campaignId = stored.campaign.id;
            if (!keepIds) {
                scenario.id = 0;
                for (Allocation &allocation : scenario.allocations) {
                    const auto found = newIdOf.find(allocation.activityId);
                    if (found == newIdOf.end()) {
                        return fail(fmt::format("scenario \"{}\" gives hours to activity {}, "
                                                "which is not in the campaign",
                                                scenario.name, allocation.activityId),
                                    "hours");
                    }
                    allocation.activityId = found->second;
                }
            }
            if (auto ok = m_impl->insertScenario(scenario); !ok)
                return failWith(ok);
        }
        auto scenarios = this->scenarios(stored.campaign.id);
        if (!scenarios)
            return failWith(scenarios);
        stored.scenarios = std::move(*scenarios);
        return stored;
    });
}

} // namespace castnet::core
