// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "core/domain/error.h"

namespace castnet::core {

// Reads a whole file; a missing or unreadable file or a directory is a user
// error naming the path.
Result<std::string> readFile(const std::string &path);

// Writes to a temporary file beside `path`, flushes it to disk and renames it
// over `path`, so a failure never leaves a partial file behind. A symbolic
// link is written through: the file it points at is replaced (or created),
// not the link. A folder, a device, a FIFO or a socket at `path` (also
// behind a link) is refused, since renaming over it would replace what
// another program reads; so is an unwritable directory. Errors are user
// errors naming the path. Hidden temporary files that a killed writer left
// beside `path` are removed first.
Result<void> writeFileAtomically(const std::string &path, std::string_view bytes);

// Like writeFileAtomically(), but never replaces anything: the file appears
// whole under `path` or not at all, and an existing `path` is an error
// (EEXIST, "it already exists").
Result<void> createFileAtomically(const std::string &path, std::string_view bytes);

// Refuses, with a user error naming `flag`, an output path that is the
// file `protectedPath` itself: the same file (device and inode) by whatever
// name, link or hard link. Paths that do not exist yet are fine. An empty
// `flag` (the window's exports) names the file alone.
Result<void> refuseSameFile(const std::string &path, const std::string &protectedPath,
                            std::string_view flag);

} // namespace castnet::core
