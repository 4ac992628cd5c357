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
// PRAGMA quick_check, table by table, so that only definitions Castnet wrote
// are evaluated (call checkCastnetDefinitions first). A file of schema 0
// holds no table and is checked whole.
Result<void> checkCastnetPages(sqlite3 *db, int version, std::string_view location);

} // namespace castnet::core::sqlite
