// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/domain/error.h"

namespace castnet::core::sqlite {

// What is at a workspace path before SQLite is given the file.
enum class WorkspaceFileKind {
    Missing,  // nothing there yet
    Empty,    // a file of 0 bytes: a new workspace
    Database, // starts with a plausible SQLite header
};

// Looks at the path without writing anything: a directory, a file that
// cannot be read, a file that is not an SQLite database, and a database
// shorter than its own header says (truncated) are refused here, with a
// one-line user error naming the path.
Result<WorkspaceFileKind> inspectWorkspaceFile(const std::string &path);

// Copies `from` to a new file next to it, named "<from>.v<version>.bak" (or
// "<from>.v<version>-2.bak"... when that name is taken: a backup is never
// overwritten). Returns the name written.
Result<std::string> writeBackupCopy(const std::string &from, int version);

} // namespace castnet::core::sqlite
