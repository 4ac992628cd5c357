// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_connection.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace castnet::core::sqlite {

namespace {

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

} // namespace

Connection::Connection(sqlite3 *db, std::string location)
    : m_db(db)
    , m_location(std::move(location)) {
    m_transactions.db = m_db;
    m_transactions.location = m_location;
}

Connection::~Connection() {
    m_statements.clear();
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
    // Folding the WAL back and closing removes the -wal and -shm files, so
    // the workspace is one self-contained file again. While another program
    // is using the file this cannot be done, and there is no point waiting:
    // the last one to close folds the WAL back.
    sqlite3_busy_timeout(m_db, 0);
    sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close_v2(m_db);
}

Result<Statement *> Connection::prepared(const std::string &sql) {
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        CASTNET_TRY(Statement statement, Statement::prepare(m_db, sql, true, m_location));
        found = m_statements.emplace(sql, std::move(statement)).first;
    }
    found->second.reset();
    return &found->second;
}

Result<Transaction> Connection::begin(Transaction::Mode mode) {
    const bool outermostWrite = mode == Transaction::Mode::Write && m_transactions.depth == 0;
    if (outermostWrite && !m_walChecked) {
        CASTNET_TRY(const std::string journal, queryText(m_db, "PRAGMA journal_mode", m_location));
        m_transactions.walAfterCommit = journal != "wal";
        m_walChecked = true;
    }
    return Transaction::begin(m_transactions, mode);
}

Result<Transaction> Connection::beginInFileJournalMode() {
    return Transaction::begin(m_transactions);
}

Result<void> Connection::run(Statement &statement) {
    ResetOnExit reset(statement);
    if (auto ok = statement.run(); !ok)
        return tl::unexpected(storeError(statement, ok.error()));
    return {};
}

Result<std::int64_t> Connection::integer(const std::string &sql,
                                         std::optional<std::int64_t> parameter) {
    CASTNET_TRY(Statement * statement, prepared(sql));
    if (parameter)
        statement->bind(1, *parameter);
    ResetOnExit reset(*statement);
    CASTNET_TRY(const bool hasRow, statement->step());
    return hasRow ? statement->integer(0) : 0;
}

int Connection::changes() const {
    return sqlite3_changes(m_db);
}

std::int64_t Connection::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace castnet::core::sqlite
