// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/domain/error.h"
#include "core/domain/try.h"
#include "core/storage/sqlite/sqlite_statement.h"
#include "core/storage/sqlite/sqlite_transaction.h"

struct sqlite3;

namespace castnet::core::sqlite {

// One open workspace file: the SQLite handle, the statements prepared on it
// and the depth of its transactions. It owns the handle and closes it by
// folding the WAL back into the file, so only a file that passed every check
// at opening (sqlite_open.h) is handed to a Connection.
// A connection is used from one thread at a time.
class Connection {
public:
    // Takes ownership of `db`; `location` (the file path) names the file in
    // every error.
    Connection(sqlite3 *db, std::string location);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *handle() const { return m_db; }
    const std::string &location() const { return m_location; }

    // A statement prepared once and kept by its SQL text, reset and ready for
    // new bindings.
    Result<Statement *> prepared(const std::string &sql);

    // An outermost write transaction switches the file to WAL once it has
    // committed (sqlite_transaction.h); a read one takes no write lock and
    // switches no journal mode.
    Result<Transaction> begin(Transaction::Mode mode = Transaction::Mode::Write);
    // A write transaction in the file's own journal mode, for the migration,
    // whose backup copy must be the old file byte for byte.
    Result<Transaction> beginInFileJournalMode();

    // Runs `body` as one transaction (a savepoint inside another one):
    // committed when it returns a value, rolled back when it returns an
    // error or throws.
    template<class Body> auto write(Body &&body) -> decltype(body()) {
        return inTransaction(Transaction::Mode::Write, std::forward<Body>(body));
    }
    // Runs `body` in one read transaction, so that several reads see the
    // same state.
    template<class Body> auto read(Body &&body) -> decltype(body()) {
        return inTransaction(Transaction::Mode::Read, std::forward<Body>(body));
    }

    // Calls `onRow` for each row of the bound statement, then resets it.
    template<class OnRow> Result<void> forEachRow(Statement &statement, OnRow &&onRow) {
        ResetOnExit reset(statement);
        while (true) {
            CASTNET_TRY(const bool hasRow, statement.step());
            if (!hasRow)
                return {};
            CASTNET_TRY_VOID(onRow(statement));
        }
    }

    // Steps a statement that returns no row and resets it. A refused
    // constraint becomes a user error naming the field where SQLite names it.
    Result<void> run(Statement &statement);

    // The first column of the first row of `sql` (0 when there is no row),
    // with ?1 bound to `parameter` when given.
    Result<std::int64_t> integer(const std::string &sql,
                                 std::optional<std::int64_t> parameter = {});

    // Rows changed by the last statement, and the rowid it inserted.
    int changes() const;
    std::int64_t lastInsertId() const;

private:
    template<class Body>
    auto inTransaction(Transaction::Mode mode, Body &&body) -> decltype(body()) {
        CASTNET_TRY(Transaction transaction, begin(mode));
        auto result = body();
        if (!result)
            return result; // the guard rolls back
        CASTNET_TRY_VOID(transaction.commit());
        return result;
    }

    sqlite3 *m_db = nullptr;
    std::string m_location;
    TransactionState m_transactions;
    bool m_walChecked = false; // the file's journal mode was read
    std::unordered_map<std::string, Statement> m_statements;
};

} // namespace castnet::core::sqlite
