// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postgres/pg_connection.h"

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>
#include <libpq-fe.h>
#include <poll.h>

#include "core/text/one_line_message.h"

namespace castnet::core::postgres {

namespace {

std::string firstLine(const char *text) {
    std::string line = text == nullptr ? std::string() : std::string(text);
    while (!line.empty() && (line.back() == '\n' || line.back() == ' '))
        line.pop_back();
    return oneLineMessage(line);
}

std::string field(pg_result *result, int code) {
    const char *value = PQresultErrorField(result, code);
    return value == nullptr ? std::string() : std::string(value);
}

// The field a CHECK constraint guards: constraints carry the field's name
// (pg_schema.cpp), as in the workspace file.
std::string fieldOfConstraint(const std::string &constraint) {
    return constraint;
}

} // namespace

// ---- Params ----------------------------------------------------------------

Params &Params::text(std::string_view value) {
    m_values.emplace_back(value);
    m_null.push_back(false);
    return *this;
}

Params &Params::integer(std::int64_t value) {
    return text(fmt::format("{}", value));
}

Params &Params::real(double value) {
    // The shortest text that reads back as the same double: what is stored
    // is exactly what was given.
    return text(fmt::format("{}", value));
}

Params &Params::real(std::optional<double> value) {
    return value ? real(*value) : null();
}

Params &Params::boolean(bool value) {
    return text(value ? "true" : "false");
}

Params &Params::null() {
    m_values.emplace_back();
    m_null.push_back(true);
    return *this;
}

std::vector<const char *> Params::pointers() const {
    std::vector<const char *> pointers;
    pointers.reserve(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        pointers.push_back(m_null[i] ? nullptr : m_values[i].c_str());
    return pointers;
}

// ---- Rows ------------------------------------------------------------------

Rows::Rows(pg_result *result)
    : m_result(result) {}

Rows::Rows(Rows &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr)) {}

Rows &Rows::operator=(Rows &&other) noexcept {
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

Rows::~Rows() {
    PQclear(m_result);
}

int Rows::size() const {
    return PQntuples(m_result);
}

std::int64_t Rows::affected() const {
    const char *count = PQcmdTuples(m_result);
    std::int64_t value = 0;
    std::from_chars(count, count + std::strlen(count), value);
    return value;
}

bool Rows::isNull(int row, int column) const {
    return PQgetisnull(m_result, row, column) != 0;
}

std::string_view Rows::text(int row, int column) const {
    return {PQgetvalue(m_result, row, column),
            static_cast<std::size_t>(PQgetlength(m_result, row, column))};
}

std::int64_t Rows::integer(int row, int column) const {
    const std::string_view value = text(row, column);
    std::int64_t number = 0;
    std::from_chars(value.data(), value.data() + value.size(), number);
    return number;
}

double Rows::real(int row, int column) const {
    const std::string_view value = text(row, column);
    double number = 0;
    std::from_chars(value.data(), value.data() + value.size(), number);
    return number;
}

std::optional<double> Rows::optionalReal(int row, int column) const {
    if (isNull(row, column))
        return std::nullopt;
    return real(row, column);
}

bool Rows::boolean(int row, int column) const {
    return text(row, column) == "t";
}

// ---- Connection ------------------------------------------------------------

Result<std::unique_ptr<Connection>> Connection::open(const std::string &uri, std::string location) {
    // Parsed first so that a malformed URI is refused without libpq
    // quoting it back (it may hold a password).
    char *parseError = nullptr;
    PQconninfoOption *options = PQconninfoParse(uri.c_str(), &parseError);
    if (options == nullptr) {
        PQfreemem(parseError);
        return fail(fmt::format("{} is not a valid postgresql:// address", location), "db");
    }
    PQconninfoFree(options);
    pg_conn *conn = PQconnectdb(uri.c_str());
    if (conn == nullptr)
        return failInternal("out of memory while connecting to the server");
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string reason = firstLine(PQerrorMessage(conn));
        PQfinish(conn);
        return fail(fmt::format("cannot connect to {}: {}", location, reason), "db");
    }
    auto connection = std::unique_ptr<Connection>(new Connection(conn, std::move(location)));
    // Castnet's tables come first and nothing else can stand in for them:
    // pg_catalog is searched before them, temporary tables last.
    CASTNET_TRY_VOID(
        connection->run("SELECT pg_catalog.set_config('search_path', 'castnet, pg_temp', false), "
                        "pg_catalog.set_config('client_encoding', 'UTF8', false)"));
    return connection;
}

Connection::Connection(pg_conn *conn, std::string location)
    : m_conn(conn)
    , m_location(std::move(location)) {
    // Notices (an "already exists, skipping") are not for the user.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
}

Connection::~Connection() {
    PQfinish(m_conn);
}

Error Connection::lostConnection() const {
    return Error::user(fmt::format("lost the connection to {} ({}); nothing was changed",
                                   m_location, firstLine(PQerrorMessage(m_conn))),
                       "db");
}

Error Connection::refusalOf(pg_result *result) {
    m_refusal = {field(result, PG_DIAG_SQLSTATE), field(result, PG_DIAG_CONSTRAINT_NAME)};
    const std::string &state = m_refusal.state;
    const std::string message = firstLine(field(result, PG_DIAG_MESSAGE_PRIMARY).c_str());
    if (PQstatus(m_conn) != CONNECTION_OK || state.starts_with("08") || state == "57P01")
        return lostConnection();
    if (state == "23514") {
        return Error::user(
            fmt::format("{} holds a value the workspace does not accept", m_refusal.constraint),
            fieldOfConstraint(m_refusal.constraint));
    }
    if (state.starts_with("23"))
        return Error::user(fmt::format("the workspace refused the change ({})", message));
    if (state == "42501") {
        // The server's GRANTs decide (DESIGN §15): a viewer may read only.
        return Error::user("read-only: you are a viewer of this workspace", "db");
    }
    if (state == "40001" || state == "40P01") {
        return Error::user("someone else changed the workspace at the same time; nothing was "
                           "changed, try again");
    }
    if (state == "57014")
        return Error::user(fmt::format("the server {} cancelled the statement", m_location));
    return Error::internal(
        fmt::format("the server {} refused a statement: {}", m_location,
                    message.empty() ? firstLine(PQerrorMessage(m_conn)) : message));
}

Result<Rows> Connection::exec(const std::string &sql, const Params &params) {
    m_refusal = {};
    const std::vector<const char *> values = params.pointers();
    pg_result *result = PQexecParams(m_conn, sql.c_str(), params.size(), nullptr, values.data(),
                                     nullptr, nullptr, 0);
    Rows rows(result);
    if (result == nullptr)
        return tl::unexpected(lostConnection());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return tl::unexpected(refusalOf(result));
    return rows;
}

Result<void> Connection::run(const std::string &sql, const Params &params) {
    CASTNET_TRY_VOID(exec(sql, params));
    return {};
}

Result<void> Connection::runScript(const std::string &sql) {
    m_refusal = {};
    pg_result *result = PQexec(m_conn, sql.c_str());
    Rows owned(result);
    if (result == nullptr)
        return tl::unexpected(lostConnection());
    if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK)
        return tl::unexpected(refusalOf(result));
    return {};
}

Result<void> Connection::copyIn(const std::string &copySql, const std::string &data) {
    m_refusal = {};
    // PQexec's result for COPY FROM STDIN is PGRES_COPY_IN, or the refusal.
    pg_result *startedResult = PQexec(m_conn, copySql.c_str());
    Rows owned(startedResult);
    if (startedResult == nullptr)
        return tl::unexpected(lostConnection());
    if (PQresultStatus(startedResult) != PGRES_COPY_IN)
        return tl::unexpected(refusalOf(startedResult));
    constexpr std::size_t chunk = 1 << 20;
    for (std::size_t offset = 0; offset < data.size(); offset += chunk) {
        const std::size_t size = std::min(chunk, data.size() - offset);
        if (PQputCopyData(m_conn, data.data() + offset, static_cast<int>(size)) != 1)
            return tl::unexpected(lostConnection());
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return tl::unexpected(lostConnection());
    std::optional<Error> error;
    while (pg_result *result = PQgetResult(m_conn)) {
        Rows finished(result);
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !error)
            error = refusalOf(result);
    }
    if (error)
        return tl::unexpected(*error);
    return {};
}

Result<void> Connection::begin(Isolation isolation) {
    if (m_depth == 0) {
        const char *sql = "BEGIN";
        if (isolation == Isolation::Serializable)
            sql = "BEGIN ISOLATION LEVEL SERIALIZABLE";
        else if (isolation == Isolation::RepeatableReadOnly)
            sql = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
        CASTNET_TRY_VOID(run(sql));
    } else {
        CASTNET_TRY_VOID(run(fmt::format("SAVEPOINT castnet_{}", m_depth)));
    }
    ++m_depth;
    return {};
}

Result<void> Connection::commit() {
    --m_depth;
    if (m_depth == 0) {
        // A COMMIT that fails (a serialization failure, a lost connection)
        // has ended the transaction all the same.
        return run("COMMIT");
    }
    auto released = run(fmt::format("RELEASE SAVEPOINT castnet_{}", m_depth));
    if (!released) {
        ++m_depth;
        rollback();
    }
    return released;
}

void Connection::rollback() {
    --m_depth;
    // Errors here are the lost connection's, already reported by the call
    // that failed; the server ends a broken connection's transaction.
    if (m_depth == 0) {
        PQclear(PQexec(m_conn, "ROLLBACK"));
        return;
    }
    const std::string savepoint = fmt::format("castnet_{}", m_depth);
    PQclear(
        PQexec(m_conn,
               fmt::format("ROLLBACK TO SAVEPOINT {0}; RELEASE SAVEPOINT {0}", savepoint).c_str()));
}

int Connection::socket() const {
    return PQsocket(m_conn);
}

Result<std::vector<Notification>> Connection::notifications() {
    if (PQconsumeInput(m_conn) != 1)
        return tl::unexpected(lostConnection());
    const int ownPid = PQbackendPID(m_conn);
    std::vector<Notification> arrived;
    while (PGnotify *notify = PQnotifies(m_conn)) {
        if (notify->be_pid != ownPid)
            arrived.push_back({notify->relname, notify->extra});
        PQfreemem(notify);
    }
    return arrived;
}

Result<bool> Connection::waitReadable(std::chrono::milliseconds timeout) {
    pollfd descriptor{socket(), POLLIN, 0};
    while (true) {
        const int ready = ::poll(&descriptor, 1, static_cast<int>(timeout.count()));
        if (ready >= 0)
            return ready > 0;
        if (errno != EINTR)
            return failInternal(fmt::format("cannot wait on the connection to {}", m_location));
    }
}

} // namespace castnet::core::postgres
