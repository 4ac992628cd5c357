// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "core/domain/error.h"

struct sqlite3;

namespace castnet::core::sqlite {

// How deep the connection is in nested transactions; shared by the guards
// of one connection so that an inner guard can tell that SQLite already
// rolled the whole transaction back (it does so by itself after a full disk
// or an I/O error) and refuse to go on as if nothing happened.
struct TransactionState {
    sqlite3 *db = nullptr;
    std::string_view location;
    int depth = 0;
    // Set by the connection: the next outermost commit switches the file to
    // WAL. Switching after the commit rather than before the first write
    // means a change that fails leaves even the header's journal-mode bytes
    // (18 and 19) as they were.
    bool walAfterCommit = false;
};

// An RAII transaction: an outermost write guard is a BEGIN IMMEDIATE
// transaction (the write lock is taken at once, so busy_timeout applies
// instead of a deadlock when two programs upgrade a read lock), an outermost
// read guard a plain BEGIN, inner ones are SAVEPOINTs. Destroyed without
// commit(), including while an exception unwinds, it rolls back exactly its
// own part.
class Transaction {
public:
    enum class Mode { Write, Read };

    static Result<Transaction> begin(TransactionState &state, Mode mode = Mode::Write);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(TransactionState &state)
        : m_state(&state) {}
    void rollback();

    TransactionState *m_state = nullptr;
};

} // namespace castnet::core::sqlite
