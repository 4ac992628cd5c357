// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "core/domain/error.h"

struct sqlite3;

namespace castnet::core::sqlite {

// A workspace comes from anywhere, so its schema is untrusted: SQL in a view,
// an index or a table definition runs whenever Castnet reads or writes
// through it. These checks only read sqlite_schema and prepare statements;
// nothing they look at is executed, and a refused file is left untouched.

// An SQL condition on sqlite_schema's columns matching SQLite's own objects,
// told by what they are rather than by a name anyone can give (with
// writable_schema, even "sqlite_..."): the indexes SQLite makes for a UNIQUE
// or PRIMARY KEY constraint have no SQL, and its own tables are the
// AUTOINCREMENT and statistics tables.
inline constexpr const char *sqlitesOwnObject =
    "(type = 'index' AND sql IS NULL) OR (type = 'table' AND name IN ('sqlite_sequence', "
    "'sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4'))";

// Refuses a file whose own additions would run code through Castnet: a view
// that calls a function (found by preparing a read of it, never stepping
// it), an index on a Castnet table that computes an expression or has a
// WHERE clause, and a table of the user's that references a Castnet table
// (its ON DELETE actions would run when Castnet deletes). Plain tables,
// views and indexes of the user's are left alone.
Result<void> refuseCodeInSchema(sqlite3 *db, std::string_view location);

// Refuses a file of schema `version` whose Castnet tables or indexes differ
// from the definitions Castnet writes for that version: a CHECK, DEFAULT or
// generated column edited outside Castnet would run on every write, and
// even SQLite's quick_check evaluates CHECK constraints. Whitespace is
// ignored, so a migrated file matches a new one.
Result<void> checkCastnetDefinitions(sqlite3 *db, int version, std::string_view location);

// Checks the pages of Castnet's tables and their indexes with
// PRAGMA integrity_check, table by table, so that only definitions Castnet
// wrote are evaluated (call checkCastnetDefinitions first); unlike
// quick_check it also finds an index whose entries do not match its table. A file of schema 0
// holds no table and is checked whole.
Result<void> checkCastnetPages(sqlite3 *db, int version, std::string_view location);

} // namespace castnet::core::sqlite
