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
// over `path`, so a failure never leaves a partial file behind. An
// unwritable directory is a user error naming the path.
Result<void> writeFileAtomically(const std::string &path, std::string_view bytes);

} // namespace castnet::core
