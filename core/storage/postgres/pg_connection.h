// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/try.h"

struct pg_conn;
struct pg_result;

namespace castnet::core::postgres {

// The values of $1, $2, ... of one statement, in libpq's text format (the
// server parses them by the parameter's type), NULL where absent. Every
// value Castnet sends goes this way: no value is ever spliced into SQL.
class Params {
public:
    Params() = default;

    Params &text(std::string_view value);
    Params &integer(std::int64_t value);
    Params &real(double value);
    Params &real(std::optional<double> value);
    Params &boolean(bool value);
    Params &null();
    template<class Tag> Params &id(Id<Tag> value) { return integer(value.value()); }
    // A stored id, or NULL for "not stored yet" (the server assigns one).
    template<class Tag> Params &idOrNull(Id<Tag> value) {
        return value.isStored() ? integer(value.value()) : null();
    }

    int size() const { return static_cast<int>(m_values.size()); }
    // Pointers into the values, valid while this object lives unchanged.
    std::vector<const char *> pointers() const;

private:
    std::vector<std::string> m_values;
    std::vector<bool> m_null;
};

// The rows a statement returned; owns libpq's result.
class Rows {
public:
    explicit Rows(pg_result *result);
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;
    ~Rows();

    int size() const;
    bool empty() const { return size() == 0; }
    // Rows an INSERT, UPDATE or DELETE touched.
    std::int64_t affected() const;

    bool isNull(int row, int column) const;
    std::string_view text(int row, int column) const;
    std::int64_t integer(int row, int column) const;
    double real(int row, int column) const;
    std::optional<double> optionalReal(int row, int column) const;
    bool boolean(int row, int column) const;
    template<class I> I id(int row, int column) const { return I(integer(row, column)); }

private:
    pg_result *m_result = nullptr;
};

// A notification sent by a trigger of Castnet's schema (pg_schema.h) for a
// change another connection committed.
struct Notification {
    std::string channel;
    std::string payload;
};

// What the server said when it refused a statement: its SQLSTATE and, for
// a broken constraint, the constraint's name.
struct ServerRefusal {
    std::string state;
    std::string constraint;
};

// One connection to the server (libpq). It holds the depth of nested
// transactions: the outermost one is a BEGIN, the inner ones SAVEPOINTs, so
// a failed call inside a transaction undoes only itself, as on a file.
// A connection is used from one thread at a time.
class Connection {
public:
    // Connects with `uri` (a postgresql:// URI; libpq reads the password
    // from its own sources). `location` names the workspace in every
    // message: the URI without its password.
    static Result<std::unique_ptr<Connection>> open(const std::string &uri, std::string location);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    const std::string &location() const { return m_location; }
    pg_conn *handle() const { return m_conn; }

    // Runs one statement with bound parameters. A refusal becomes a user
    // error in Castnet's words (a CHECK constraint names its field, a
    // viewer's write is "read-only"); lastRefusal() tells callers which
    // constraint it was.
    Result<Rows> exec(const std::string &sql, const Params &params = {});
    Result<void> run(const std::string &sql, const Params &params = {});
    const ServerRefusal &lastRefusal() const { return m_refusal; }
    // Runs a script of several statements that take no parameter (the
    // schema's DDL, which has no value in it).
    Result<void> runScript(const std::string &sql);

    // Streams `data` (COPY's text format) into `copySql` (a COPY ... FROM
    // STDIN statement).
    Result<void> copyIn(const std::string &copySql, const std::string &data);

    // Runs `body` as one transaction, a savepoint inside another one:
    // committed when it returns a value, rolled back when it returns an
    // error or throws. `serializable` asks for the serializable isolation
    // level when this is the outermost transaction.
    template<class Body> auto write(Body &&body, bool serializable = false) -> decltype(body()) {
        CASTNET_TRY_VOID(begin(serializable ? Isolation::Serializable : Isolation::ReadCommitted));
        Guard guard(*this);
        auto result = body();
        if (!result)
            return result; // the guard rolls back
        guard.done = true;
        CASTNET_TRY_VOID(commit());
        return result;
    }
    // Runs `body` so that every read in it sees one state of the workspace.
    template<class Body> auto read(Body &&body) -> decltype(body()) {
        if (m_depth > 0)
            return body();
        CASTNET_TRY_VOID(begin(Isolation::RepeatableReadOnly));
        Guard guard(*this);
        auto result = body();
        if (!result)
            return result;
        guard.done = true;
        CASTNET_TRY_VOID(commit());
        return result;
    }
    bool inTransaction() const { return m_depth > 0; }

    // The socket to wait on for notifications, and the ones that arrived
    // from other connections since the last call (never this connection's
    // own). Returns at once.
    int socket() const;
    Result<std::vector<Notification>> notifications();
    // Waits up to `timeout` for the socket to become readable; true when
    // it did.
    Result<bool> waitReadable(std::chrono::milliseconds timeout);

private:
    enum class Isolation { ReadCommitted, Serializable, RepeatableReadOnly };

    struct Guard {
        explicit Guard(Connection &c)
            : connection(c) {}
        ~Guard() {
            if (!done)
                connection.rollback();
        }
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;
        Connection &connection;
        bool done = false;
    };

    Connection(pg_conn *conn, std::string location);
    Result<void> begin(Isolation isolation);
    Result<void> commit();
    void rollback();
    Error refusalOf(pg_result *result);
    Error lostConnection() const;

    pg_conn *m_conn = nullptr;
    std::string m_location;
    int m_depth = 0;
    ServerRefusal m_refusal;
};

// SQLSTATEs Castnet tells apart.
inline constexpr std::string_view uniqueViolation = "23505";
inline constexpr std::string_view foreignKeyViolation = "23503";

} // namespace castnet::core::postgres
