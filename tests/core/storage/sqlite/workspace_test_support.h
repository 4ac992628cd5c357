// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the workspace tests: a temporary folder, raw file access, and
// plain SQL on a workspace file behind Castnet's back (to build fixtures and
// to look at what was stored).

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/storage/sqlite/sqlite_workspace.h"
#include "tests/support/sample_records.h"

namespace castnet::core::testing {

namespace fs = std::filesystem;

// A folder under the system temp directory, removed with everything in it.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "castnet-test-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("cannot create a temporary folder");
        m_path = pattern;
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    ~TempDir() {
        std::error_code ignored;
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ignored);
        fs::remove_all(m_path, ignored);
    }

    const fs::path &path() const { return m_path; }
    std::string file(const std::string &name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

inline std::string readBytes(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeBytes(const std::string &path, const std::string &bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Plain SQLite access, as a user's own tool would have it.
class RawDatabase {
public:
    explicit RawDatabase(const std::string &path) {
        if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK)
            ADD_FAILURE() << "cannot open " << path << ": " << sqlite3_errmsg(m_db);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;
    ~RawDatabase() { sqlite3_close(m_db); }

    void exec(const std::string &sql) {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK)
            ADD_FAILURE() << "SQL failed: " << (message ? message : "?") << "\n" << sql;
        sqlite3_free(message);
    }

    // Every value of the first column, as text ("" for NULL).
    std::vector<std::string> column(const std::string &sql) {
        std::vector<std::string> values;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
            ADD_FAILURE() << "SQL failed: " << sqlite3_errmsg(m_db) << "\n" << sql;
            return values;
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const auto *text = sqlite3_column_text(statement, 0);
            values.emplace_back(text ? reinterpret_cast<const char *>(text) : "");
        }
        sqlite3_finalize(statement);
        return values;
    }

    std::int64_t integer(const std::string &sql) {
        const auto values = column(sql);
        return values.empty() ? -1 : std::stoll(values.front());
    }

private:
    sqlite3 *m_db = nullptr;
};

// The value of a call expected to succeed (a default value, and a test
// failure, when it did not).
template<class T> T must(Result<T> result) {
    if (!result) {
        ADD_FAILURE() << result.error().message;
        return T{};
    }
    return std::move(*result);
}

inline std::unique_ptr<SqliteWorkspace>
openWorkspace(const std::string &path,
              SqliteWorkspace::OpenMode mode = SqliteWorkspace::OpenMode::CreateIfMissing) {
    auto workspace = SqliteWorkspace::open(path, mode);
    if (!workspace) {
        ADD_FAILURE() << "cannot open " << path << ": " << workspace.error().message;
        return nullptr;
    }
    return std::move(*workspace);
}

} // namespace castnet::core::testing
