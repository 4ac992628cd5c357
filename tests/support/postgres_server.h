// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PostgreSQL 15 server of the test program's own (DESIGN §15): initdb and
// pg_ctl in a temporary folder, listening only on a Unix socket in that
// folder (no TCP port is opened). Under root, as CI runs, the server runs as
// the unprivileged user `postgres` (PostgreSQL refuses to run as root) and
// the folder belongs to it. One server serves the whole test program: a
// GoogleTest environment starts it before the first test and stops it after
// the last, also when tests fail.

#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace castnet::core::testing {

class PostgresServer {
public:
    // Starts a server; throws std::runtime_error (with the server's log)
    // when it cannot.
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The folder that holds the server's socket (and its data).
    const std::string &folder() const { return m_folder; }
    // A URI for `user` on `database` over the server's socket.
    std::string uri(const std::string &database, const std::string &user) const;
    // Runs `sql` on `database` as the superuser; a failure fails the test.
    void admin(const std::string &sql, const std::string &database = "postgres") const;

    // A new, empty database; its name.
    std::string createDatabase();
    // A new database with the Castnet schema made by `server init`, its
    // roles granted to the test's people: `editor` may write, `viewer`
    // only read. Returns the database's name.
    std::string createWorkspaceDatabase();
    // The database `name` (made when missing) with a new, empty Castnet
    // schema: what was there before is dropped. Cheaper than a new database
    // for each of many tests.
    void resetWorkspaceDatabase(const std::string &name);

    static constexpr const char *superuser = "postgres";
    static constexpr const char *editor = "alice";
    static constexpr const char *viewer = "victor";

private:
    void stop();

    std::string m_folder;
    std::string m_data;
    bool m_asPostgresUser = false;
    bool m_running = false;
    int m_databases = 0;
    std::set<std::string> m_reset; // databases resetWorkspaceDatabase() made
};

// The environment that owns the program's one server.
class PostgresEnvironment : public ::testing::Environment {
public:
    void SetUp() override;
    void TearDown() override;

    // The running server; only valid between SetUp and TearDown.
    static PostgresServer &server();

private:
    static std::unique_ptr<PostgresServer> s_server;
};

} // namespace castnet::core::testing
