// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/created_workspace.h"

#include <filesystem>

#include "core/domain/try.h"
#include "core/workspace/workspace_address.h"

namespace castnet::cli {

namespace {

namespace fs = std::filesystem;

// Only a file path can have created a file.
bool namesAFile(const std::string &db) {
    const auto address = core::parseWorkspaceAddress(db);
    return address && address->backend == core::WorkspaceBackend::File;
}

// After an open that failed: a file of 0 bytes that no program holds open
// is what the failed open left; anything more is someone's.
void removeEmptyFile(const std::string &path) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error || size != 0)
        return;
    if (const auto file = core::sqlite::identityOf(path))
        core::sqlite::removeCreatedWorkspaceFile(path, *file);
}

} // namespace

CreatedWorkspace::CreatedWorkspace(std::string path,
                                   std::unique_ptr<core::SqliteWorkspace> workspace,
                                   std::optional<Created> created)
    : m_path(std::move(path))
    , m_workspace(std::move(workspace))
    , m_created(created) {}

core::Result<CreatedWorkspace> CreatedWorkspace::open(const CommandContext &context) {
    CASTNET_TRY(const std::string db, context.required("db"));
    std::error_code error;
    const bool mayCreate = namesAFile(db) && !fs::exists(db, error) && !error;
    auto workspace = context.openWorkspace(/*create*/ true);
    if (!workspace) {
        if (mayCreate)
            removeEmptyFile(db);
        return tl::unexpected(workspace.error());
    }
    std::optional<Created> created;
    if (mayCreate) {
        const auto file = core::sqlite::identityOf(db);
        const auto version = (*workspace)->dataVersion();
        if (file && version)
            created = Created{*file, *version};
    }
    return CreatedWorkspace(db, std::move(*workspace), created);
}

bool CreatedWorkspace::onlyOurs() {
    bool ours = false;
    // Under the write lock, so that no other program commits while it is
    // judged; a file another program is writing is busy and kept.
    const auto judged = m_workspace->transact([&]() -> core::Result<void> {
        CASTNET_TRY(const std::int64_t version, m_workspace->dataVersion());
        CASTNET_TRY(const bool empty, m_workspace->isEmpty());
        ours = version == m_created->dataVersion && empty &&
               core::sqlite::identityOf(m_path) == m_created->file;
        return {};
    });
    return judged && ours;
}

void CreatedWorkspace::discard() {
    const bool remove = m_created && onlyOurs();
    // Closing folds the WAL back and removes -wal and -shm unless another
    // program has the file open, which removeCreatedWorkspaceFile looks for.
    m_workspace.reset();
    if (remove)
        core::sqlite::removeCreatedWorkspaceFile(m_path, m_created->file);
}

} // namespace castnet::cli
