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

CreatedWorkspace::CreatedWorkspace(std::string path, std::unique_ptr<core::Workspace> workspace,
                                   std::optional<Created> created)
    : m_path(std::move(path))
    , m_workspace(std::move(workspace))
    , m_file(dynamic_cast<core::SqliteWorkspace *>(m_workspace.get()))
    , m_created(created) {}

core::Result<CreatedWorkspace> CreatedWorkspace::open(const CommandContext &context) {
    CASTNET_TRY(const std::string db, context.required("db"));
    return open(db);
}

core::Result<CreatedWorkspace> CreatedWorkspace::open(const std::string &db) {
    std::error_code error;
    const bool mayCreate = namesAFile(db) && !fs::exists(db, error) && !error;
    auto workspace = openWorkspace(db, /*create*/ true);
    if (!workspace) {
        if (mayCreate)
            removeEmptyFile(db);
        return tl::unexpected(workspace.error());
    }
    std::optional<Created> created;
    auto *file = dynamic_cast<core::SqliteWorkspace *>(workspace->get());
    if (mayCreate && file != nullptr) {
        const auto identity = core::sqlite::identityOf(db);
        const auto version = file->dataVersion();
        if (identity && version)
            created = Created{*identity, *version};
    }
    return CreatedWorkspace(db, std::move(*workspace), created);
}

bool CreatedWorkspace::onlyOurs() {
    bool ours = false;
    // Under the write lock, so that no other program commits while it is
    // judged; a file another program is writing is busy and kept.
    const auto judged = m_file->transact([&]() -> core::Result<void> {
        CASTNET_TRY(const std::int64_t version, m_file->dataVersion());
        CASTNET_TRY(const bool empty, m_file->isEmpty());
        ours = version == m_created->dataVersion && empty &&
               core::sqlite::identityOf(m_path) == m_created->file;
        return {};
    });
    return judged && ours;
}

void CreatedWorkspace::discard() {
    const bool remove = m_created && m_file != nullptr && onlyOurs();
    m_file = nullptr;
    // Closing folds the WAL back and removes -wal and -shm unless another
    // program has the file open, which removeCreatedWorkspaceFile looks for.
    m_workspace.reset();
    if (remove)
        core::sqlite::removeCreatedWorkspaceFile(m_path, m_created->file);
}

} // namespace castnet::cli
