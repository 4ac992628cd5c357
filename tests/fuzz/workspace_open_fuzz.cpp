// SPDX-License-Identifier: GPL-3.0-or-later
// Any file handed to Castnet as a workspace is either refused with an error,
// and left byte for byte as it was, or read without crashing.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "core/storage/sqlite/sqlite_workspace.h"

namespace fs = std::filesystem;

namespace {

// One directory per process, so parallel fuzzing jobs do not share files, and
// a whole directory because opening may leave a WAL, a journal or the backup
// copy of a migration ("workspace.db.v1.bak") next to the file. Removed when
// the fuzzer exits.
class ScratchDir {
public:
    ScratchDir()
        : m_path(fs::temp_directory_path() /
                 ("castnet_workspace_fuzz_" + std::to_string(getpid()))) {
        fs::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code error;
        fs::remove_all(m_path, error);
    }
    ScratchDir(const ScratchDir &) = delete;
    ScratchDir &operator=(const ScratchDir &) = delete;

    const fs::path &path() const { return m_path; }

    void empty() const {
        std::error_code error;
        for (const auto &entry : fs::directory_iterator(m_path, error))
            fs::remove_all(entry.path(), error);
    }

private:
    fs::path m_path;
};

const ScratchDir &scratch() {
    static const ScratchDir dir;
    return dir;
}

void readEverything(castnet::core::SqliteWorkspace &workspace) {
    (void)workspace.brands();
    auto campaigns = workspace.campaigns(std::nullopt);
    if (!campaigns)
        return;
    for (const auto &campaign : *campaigns) {
        (void)workspace.activities(campaign.id);
        (void)workspace.scenarios(campaign.id);
    }
}

bool unchanged(const std::string &path, const std::uint8_t *data, std::size_t size) {
    std::ifstream file(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    return bytes.size() == size &&
           std::equal(bytes.begin(), bytes.end(), data,
                      [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using castnet::core::SqliteWorkspace;
    scratch().empty();
    const std::string path = (scratch().path() / "workspace.db").string();
    {
        std::ofstream file(path, std::ios::binary | std::ios::trunc);
        file.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    }
    {
        auto workspace = SqliteWorkspace::open(path, SqliteWorkspace::OpenMode::MustExist);
        if (workspace)
            readEverything(**workspace);
        else if (!unchanged(path, data, size)) {
            std::fprintf(stderr, "a refused file was changed: %s\n",
                         workspace.error().message.c_str());
            std::abort();
        }
    }
    scratch().empty();
    return 0;
}
