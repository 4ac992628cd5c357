// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "core/domain/error.h"
#include "core/storage/sqlite/sqlite_connection.h"

namespace castnet::core::sqlite {

enum class MissingFile {
    Create, // a missing file is created, empty
    Refuse  // a missing file is an error
};

// Opens the workspace file at `path` for Castnet (DESIGN §10): looks at the
// file before SQLite does, opens it with the settings for an untrusted file,
// refuses anything it cannot trust (a newer or foreign schema, a trigger,
// code in the schema, edited definitions, damaged pages) without writing to
// it, then creates the schema of a new file or migrates an older one after
// a backup copy. A file this call created is removed again when it fails.
Result<std::unique_ptr<Connection>> openWorkspaceFile(const std::string &path, MissingFile missing);

} // namespace castnet::core::sqlite
