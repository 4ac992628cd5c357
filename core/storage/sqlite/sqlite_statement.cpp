// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_statement.h"

#include <utility>

#include <fmt/format.h>
#include <sqlite3.h>

#include "core/domain/try.h"

namespace castnet::core::sqlite {

Error errorFrom(sqlite3 *db, int rc, std::string_view location) {
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::user(fmt::format("cannot save to {}: the disk is full", location));
    case SQLITE_READONLY:
        return Error::user(fmt::format("cannot save to {}: the file is read-only", location));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::user(
            fmt::format("{} is in use by another program; close it and try again", location));
    case SQLITE_CORRUPT:
        return Error::user(fmt::format("{} is damaged ({})", location, detail));
    case SQLITE_NOTADB:
        return Error::user(
            fmt::format("{} is not a Castnet workspace (not an SQLite database)", location));
    case SQLITE_IOERR:
        return Error::user(fmt::format("cannot read or write {} ({})", location, detail));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::user(fmt::format("cannot open {} ({})", location, detail));
    default:
        return Error::internal(fmt::format("{}: SQLite error: {}", location, detail));
    }
}

Result<void> execute(sqlite3 *db, const char *sql, std::string_view location) {
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return tl::unexpected(errorFrom(db, sqlite3_extended_errcode(db), location));
    return {};
}

namespace {

template<class T, class Read>
Result<T> queryOne(sqlite3 *db, const char *sql, std::string_view location, Read read) {
    CASTNET_TRY(Statement statement, Statement::prepare(db, sql, false, location));
    CASTNET_TRY(const bool hasRow, statement.step());
    if (!hasRow)
        return failInternal(fmt::format("{}: no result from \"{}\"", location, sql));
    return read(statement);
}

} // namespace

Result<std::int64_t> queryInteger(sqlite3 *db, const char *sql, std::string_view location) {
    return queryOne<std::int64_t>(db, sql, location,
                                  [](const Statement &s) { return s.integer(0); });
}

Result<std::string> queryText(sqlite3 *db, const char *sql, std::string_view location) {
    return queryOne<std::string>(db, sql, location,
                                 [](const Statement &s) { return std::string(s.text(0)); });
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_location(other.m_location)
    , m_lastCode(other.m_lastCode)
    , m_lastMessage(std::move(other.m_lastMessage)) {}

Statement &Statement::operator=(Statement &&other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_location = other.m_location;
        m_lastCode = other.m_lastCode;
        m_lastMessage = std::move(other.m_lastMessage);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Result<Statement> Statement::prepare(sqlite3 *db, std::string_view sql, bool persistent,
                                     std::string_view location) {
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      persistent ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return tl::unexpected(errorFrom(db, sqlite3_extended_errcode(db), location));
    }
    return Statement(stmt, location);
}

void Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, std::string_view value) {
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries are safe.
    sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    m_lastCode = sqlite3_extended_errcode(db);
    m_lastMessage = sqlite3_errmsg(db);
    return tl::unexpected(errorFrom(db, m_lastCode, m_location));
}

Result<void> Statement::run() {
    CASTNET_TRY_VOID(step());
    return {};
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::text(int column) const {
    // Fetch the text before its size: that is the order SQLite documents.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(data, static_cast<std::size_t>(size)) : std::string_view();
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::string_view Statement::columnName(int column) const {
    const char *name = sqlite3_column_name(m_stmt, column);
    return name ? std::string_view(name) : std::string_view();
}

} // namespace castnet::core::sqlite
