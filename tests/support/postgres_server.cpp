// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/postgres_server.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <fmt/format.h>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/storage/postgres/postgres_workspace.h"

namespace castnet::core::testing {

namespace fs = std::filesystem;

namespace {

constexpr const char *binaries = "/usr/lib/postgresql/15/bin/";

std::string readFile(const std::string &path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs a program (no shell) with its output appended to `log`; its exit
// code.
int runProgram(std::vector<std::string> argv, const std::string &log) {
    const pid_t child = ::fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        std::FILE *out = std::fopen(log.c_str(), "a");
        if (out != nullptr) {
            ::dup2(::fileno(out), STDOUT_FILENO);
            ::dup2(::fileno(out), STDERR_FILENO);
        }
        std::vector<char *> args;
        for (std::string &arg : argv)
            args.push_back(arg.data());
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

PostgresServer::PostgresServer() {
    std::string pattern = (fs::temp_directory_path() / "castnet-pg-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::runtime_error("cannot create a temporary folder for the test server");
    m_folder = pattern;
    m_data = m_folder + "/data";
    const std::string log = m_folder + "/server.log";
    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *user = ::getpwnam("postgres");
        if (user == nullptr || ::chown(m_folder.c_str(), user->pw_uid, user->pw_gid) != 0)
            throw std::runtime_error("running as root, but there is no user postgres to run "
                                     "the test server as");
    }
    const auto command = [&](std::vector<std::string> argv) {
        if (m_asPostgresUser)
            argv.insert(argv.begin(), {"runuser", "-u", "postgres", "--"});
        return argv;
    };
    if (runProgram(command({std::string(binaries) + "initdb", "-D", m_data, "-U", superuser, "-A",
                            "trust", "-E", "UTF8", "--locale=C", "--no-sync"}),
                   m_folder + "/initdb.log") != 0) {
        throw std::runtime_error("initdb failed:\n" + readFile(m_folder + "/initdb.log"));
    }
    // Only the socket in the folder: listen_addresses is empty, so no TCP
    // port is opened. Durability is not what these tests are about.
    const std::string options =
        fmt::format("-c listen_addresses='' -c unix_socket_directories='{}' -c fsync=off "
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=64",
                    m_folder);
    if (runProgram(command({std::string(binaries) + "pg_ctl", "-D", m_data, "-l", log, "-w", "-t",
                            "60", "-o", options, "start"}),
                   m_folder + "/pg_ctl.log") != 0) {
        throw std::runtime_error("pg_ctl start failed:\n" + readFile(m_folder + "/pg_ctl.log") +
                                 readFile(log));
    }
    m_running = true;
    admin(fmt::format("CREATE ROLE {} LOGIN", editor));
    admin(fmt::format("CREATE ROLE {} LOGIN", viewer));
}

PostgresServer::~PostgresServer() {
    stop();
    std::error_code ignored;
    fs::remove_all(m_folder, ignored);
}

void PostgresServer::stop() {
    if (!m_running)
        return;
    m_running = false;
    std::vector<std::string> argv{
        std::string(binaries) + "pg_ctl", "-D", m_data, "-m", "fast", "-w", "stop"};
    if (m_asPostgresUser)
        argv.insert(argv.begin(), {"runuser", "-u", "postgres", "--"});
    runProgram(argv, m_folder + "/pg_ctl.log");
}

std::string PostgresServer::uri(const std::string &database, const std::string &user) const {
    return fmt::format("postgresql://{}@/{}?host={}", user, database, m_folder);
}

void PostgresServer::admin(const std::string &sql, const std::string &database) const {
    PGconn *conn = PQconnectdb(uri(database, superuser).c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        ADD_FAILURE() << "cannot connect to the test server: " << PQerrorMessage(conn);
        PQfinish(conn);
        return;
    }
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    PGresult *result = PQexec(conn, sql.c_str());
    const auto status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        ADD_FAILURE() << "SQL failed: " << PQresultErrorMessage(result) << sql;
    PQclear(result);
    PQfinish(conn);
}

std::string PostgresServer::createDatabase() {
    const std::string name = fmt::format("workspace_{}", ++m_databases);
    admin("CREATE DATABASE " + name);
    return name;
}

std::string PostgresServer::createWorkspaceDatabase() {
    const std::string name = createDatabase();
    auto init = PostgresWorkspace::initServer(uri(name, superuser));
    if (!init)
        ADD_FAILURE() << "server init failed: " << init.error().message;
    admin(fmt::format("GRANT castnet_editor TO {}; GRANT castnet_viewer TO {}", editor, viewer));
    return name;
}

void PostgresServer::resetWorkspaceDatabase(const std::string &name) {
    if (m_reset.insert(name).second)
        admin("CREATE DATABASE " + name);
    else
        admin("DROP SCHEMA IF EXISTS castnet CASCADE", name);
    auto init = PostgresWorkspace::initServer(uri(name, superuser));
    if (!init)
        ADD_FAILURE() << "server init failed: " << init.error().message;
    admin(fmt::format("GRANT castnet_editor TO {}; GRANT castnet_viewer TO {}", editor, viewer));
}

std::unique_ptr<PostgresServer> PostgresEnvironment::s_server;

void PostgresEnvironment::SetUp() {
    try {
        s_server = std::make_unique<PostgresServer>();
    } catch (const std::exception &e) {
        FAIL() << e.what();
    }
}

void PostgresEnvironment::TearDown() {
    s_server.reset();
}

PostgresServer &PostgresEnvironment::server() {
    return *s_server;
}

} // namespace castnet::core::testing
