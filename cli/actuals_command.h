// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet actuals import` and `castnet actuals export`: the actuals CSV of
// DESIGN §12 into and out of a campaign.
Command actualsImportCommand();
Command actualsExportCommand();

} // namespace castnet::cli
