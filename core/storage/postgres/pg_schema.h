// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"

namespace castnet::core::postgres {

class Connection;

// The schema version this build writes, kept in castnet.schema_version.
// History (docs/TEAM.md): 1 the tables of the workspace file's version 4,
// with the change notifications of DESIGN §15.
inline constexpr int latestSchemaVersion = 1;

// The roles an administrator grants to people (DESIGN §15): editors read
// and write, viewers only read; the server's GRANTs enforce both.
inline constexpr const char *editorRole = "castnet_editor";
inline constexpr const char *viewerRole = "castnet_viewer";

// The channel the triggers notify on; each payload is a JSON object
// {"table", "op", "rows", "keys", "campaigns"} (see pg_schema.cpp).
inline constexpr const char *changeChannel = "castnet_changes";

// What `castnet server init` did.
struct ServerInit {
    bool createdSchema = false;
    int migratedFrom = 0; // the version an older schema had, 0 when none was migrated
    bool createdRoles = false;

    bool changedAnything() const { return createdSchema || migratedFrom != 0 || createdRoles; }
};

// Creates the schema `castnet` with every table, trigger and index, or
// migrates an older one step by step, creates the two roles when missing and
// grants them their rights, all in one transaction: a failing step leaves
// the server as it was. A schema already at the latest version with both
// roles in place is left untouched (nothing is rewritten, not even the
// GRANTs). A newer schema is refused.
Result<ServerInit> initServer(Connection &db);

// The version of the schema in the database: 0 when there is none.
Result<int> storedSchemaVersion(Connection &db);

} // namespace castnet::core::postgres
