// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

#include "core/domain/error.h"

struct sqlite3;

namespace castnet::core::sqlite {

// Reads every row of Castnet's tables in a file of schema `version` (1 and
// up) and checks it with the rules Castnet writes by (the core's
// validate(), ids from 1 to maxStoredId, references that lead to a row of
// the right campaign), so that a file holding a row Castnet would not have
// written is refused when it is opened (DESIGN §10) rather than carried
// into exports it would then refuse to import. Only reads: the first row
// that breaks a rule is named in a one-line user error, table, row and
// reason.
Result<void> checkStoredRows(sqlite3 *db, int version, std::string_view location);

// The largest id a stored row may have: the largest integer a JSON number
// holds exactly, far more ids than a workspace ever hands out, and far
// enough from INT64_MAX that the next id can never overflow.
inline constexpr std::int64_t maxStoredId = std::int64_t{1} << 53;

} // namespace castnet::core::sqlite
