// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
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

// Makes sure a byte-for-byte copy of `from` is kept next to it, named
// "<from>.v<version>.bak", and returns its name. A copy with those bytes
// already there (left by a migration that was interrupted) is reused;
// another file under that name is never overwritten: the copy goes to
// "<from>.v<version>-2.bak"... instead. The copy is written under a hidden
// temporary name and appears whole under its own name or not at all.
struct BackupCopy {
    std::string path;
    bool created = false; // false: an identical copy was already there
};
Result<BackupCopy> writeBackupCopy(const std::string &from, int version);

// Removes a workspace file this program created at `path`, with its
// journal files, so that a failed command leaves nothing behind. When
// `path` is a symbolic link (made by the user, to a file not there yet), the
// file created through it goes and the link stays.
void removeCreatedWorkspaceFile(const std::string &path);

// Which file a path names (through a link): two paths, or one path at two
// moments, name the same file when these match.
struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    bool operator==(const FileIdentity &) const = default;
};
std::optional<FileIdentity> identityOf(const std::string &path);

// As above, but only while `path` still names the file `created` (no other
// program has put another there) and no other program has it open: this
// program's connection is closed, so a -wal, -shm or -journal file beside it
// is another program's. Anything else is left alone.
void removeCreatedWorkspaceFile(const std::string &path, const FileIdentity &created);

} // namespace castnet::core::sqlite
