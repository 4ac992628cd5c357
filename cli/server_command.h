// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet server init --db URI`: creates (or upgrades) a team workspace on
// a PostgreSQL server with its roles castnet_editor and castnet_viewer
// (DESIGN §15); run again, it changes nothing.
Command serverInitCommand();

} // namespace castnet::cli
