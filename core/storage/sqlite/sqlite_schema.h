// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "core/domain/error.h"

struct sqlite3;

namespace castnet::core::sqlite {

// The schema version this build writes, kept in PRAGMA user_version.
// History (docs/SCHEMA.md): 1 the first shape; 2 adds activity.position;
// 3 adds activity.uid and activity.revision; 4 adds the tables actual,
// baseline, baseline_activity and calibration.
inline constexpr int latestSchemaVersion = 4;

// Creates every table and index of the latest schema and writes its version.
// The caller holds the transaction.
Result<void> createLatestSchema(sqlite3 *db, std::string_view location);

// Brings a file of schema `from` (1 <= from < latest) to the latest schema,
// step by step, and writes the new version. The caller holds the
// transaction, so a failing step leaves the file as it was.
Result<void> migrate(sqlite3 *db, int from, std::string_view location);

// Checks that a file of schema `version` has the tables and columns that
// version defines, so that a foreign database that merely carries a
// user_version is refused instead of failing later on a missing column.
Result<void> checkShape(sqlite3 *db, int version, std::string_view location);

} // namespace castnet::core::sqlite
