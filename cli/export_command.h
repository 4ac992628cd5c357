// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command_context.h"

namespace castnet::cli {

// `castnet export`: writes a campaign's activities as CSV or the whole
// campaign as JSON, all or nothing.
Command exportCommand();

} // namespace castnet::cli
