// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_transaction.h"

#include <utility>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/domain/try.h"
#include "core/storage/sqlite/sqlite_statement.h"

namespace castnet::core::sqlite {

namespace {

bool transactionOpen(sqlite3 *db) {
    return sqlite3_get_autocommit(db) == 0;
}

Error abandoned(std::string_view location) {
    return Error::user(fmt::format(
        "the change to {} was cancelled after an earlier error; nothing was saved", location));
}

// The change is saved whether or not this works; a file that stays in its
// own journal mode (another program holds it open, say) is switched after
// a later commit.
void switchToWal(TransactionState &state) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(state.db, "PRAGMA journal_mode = WAL", -1, &statement, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto *mode = sqlite3_column_text(statement, 0);
        state.walAfterCommit =
            mode == nullptr || std::string_view(reinterpret_cast<const char *>(mode)) != "wal";
    }
    sqlite3_finalize(statement);
}

} // namespace

Result<Transaction> Transaction::begin(TransactionState &state, Mode mode) {
    if (state.depth == 0) {
        const char *sql = mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN";
        CASTNET_TRY_VOID(execute(state.db, sql, state.location));
    } else {
        if (!transactionOpen(state.db))
            return tl::unexpected(abandoned(state.location));
        CASTNET_TRY_VOID(execute(state.db, "SAVEPOINT castnet", state.location));
    }
    ++state.depth;
    return Transaction(state);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_state(std::exchange(other.m_state, nullptr)) {}

Transaction::~Transaction() {
    if (m_state)
        rollback();
}

Result<void> Transaction::commit() {
    TransactionState &state = *m_state;
    if (!transactionOpen(state.db)) {
        rollback();
        return tl::unexpected(abandoned(state.location));
    }
    const char *sql = state.depth == 1 ? "COMMIT" : "RELEASE castnet";
    if (auto ok = execute(state.db, sql, state.location); !ok) {
        rollback();
        return tl::unexpected(ok.error());
    }
    --state.depth;
    m_state = nullptr;
    if (state.depth == 0 && state.walAfterCommit)
        switchToWal(state);
    return {};
}

void Transaction::rollback() {
    TransactionState &state = *std::exchange(m_state, nullptr);
    // SQLite may already have rolled everything back (full disk, I/O
    // error); then there is nothing left to undo at any depth.
    if (transactionOpen(state.db)) {
        const char *sql = state.depth == 1 ? "ROLLBACK" : "ROLLBACK TO castnet; RELEASE castnet";
        sqlite3_exec(state.db, sql, nullptr, nullptr, nullptr);
    }
    --state.depth;
}

} // namespace castnet::core::sqlite
