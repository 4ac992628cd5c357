// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/domain/error.h"
#include "core/domain/ids.h"

struct sqlite3;
struct sqlite3_stmt;

namespace castnet::core::sqlite {

// Turns an SQLite result code into an Error. Conditions a user can act on
// (disk full, read-only or busy file, damaged file) are user errors naming
// the workspace file `location`; anything else is internal.
Error errorFrom(sqlite3 *db, int rc, std::string_view location);

// Runs one or more statements that return no rows (DDL, pragmas, BEGIN...).
// Errors are reported against the file `location`.
Result<void> execute(sqlite3 *db, const char *sql, std::string_view location);

// Reads the first column of the first row of a query or pragma.
Result<std::int64_t> queryInteger(sqlite3 *db, const char *sql, std::string_view location);
Result<std::string> queryText(sqlite3 *db, const char *sql, std::string_view location);

// An owned prepared statement. Keeping one prepared across calls and
// rebinding it is what makes bulk inserts fast; reset() must follow each use
// so that no read transaction stays open behind the caller's back.
class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    // `persistent`: the statement is kept and reused many times. Errors name
    // the file `location`, which must outlive the statement.
    static Result<Statement> prepare(sqlite3 *db, std::string_view sql, bool persistent,
                                     std::string_view location);

    // Parameters are 1-based, as in SQLite.
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bind(int index, const std::string &value) { bind(index, std::string_view(value)); }
    void bind(int index, const char *value) { bind(index, std::string_view(value)); }
    template<class Tag> void bind(int index, Id<Tag> id) { bind(index, id.value()); }
    // NULL for an id not stored yet, so that SQLite assigns one.
    template<class Tag> void bindOrNull(int index, Id<Tag> id) {
        if (id.isStored())
            bind(index, id);
        else
            bindNull(index);
    }
    void bindNull(int index);
    template<class T> void bind(int index, const std::optional<T> &value) {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // true: a row is available; false: done. Errors carry SQLite's code.
    Result<bool> step();
    // Steps a statement that returns no row (INSERT, UPDATE, DELETE).
    Result<void> run();
    // The extended result code and SQLite's own message of the last failed
    // step(), for telling constraint violations apart.
    int lastCode() const { return m_lastCode; }
    const std::string &lastMessage() const { return m_lastMessage; }
    // Resets the statement and clears its bindings for the next use.
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    template<class IdType> IdType id(int column) const { return IdType(integer(column)); }
    double real(int column) const;
    std::string_view text(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::string_view columnName(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    Statement(sqlite3_stmt *stmt, std::string_view location)
        : m_stmt(stmt)
        , m_location(location) {}

    sqlite3_stmt *m_stmt = nullptr;
    std::string_view m_location;
    int m_lastCode = 0;
    std::string m_lastMessage;
};

// Resets a statement when leaving the scope, whatever the path out.
class ResetOnExit {
public:
    explicit ResetOnExit(Statement &statement)
        : m_statement(statement) {}
    ResetOnExit(const ResetOnExit &) = delete;
    ResetOnExit &operator=(const ResetOnExit &) = delete;
    ~ResetOnExit() { m_statement.reset(); }

private:
    Statement &m_statement;
};

} // namespace castnet::core::sqlite
