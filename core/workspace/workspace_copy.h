// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include "core/domain/error.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

struct WorkspaceCopied {
    std::size_t brands = 0;
    std::size_t campaigns = 0;
    std::size_t activities = 0;
    std::size_t actuals = 0;
    std::size_t baselines = 0;
    std::size_t calibrations = 0;
};

// `castnet copy` (DESIGN §15): everything in `from` into `to`, which must
// hold nothing yet, between any two back ends (a file and a server, either
// way). Ids, uids and revisions are kept, so an export of a campaign reads
// the same from both; actuals, baselines and calibration records come
// along. One transaction on `to`: on any error it stays empty.
Result<WorkspaceCopied> copyWorkspace(Workspace &from, Workspace &to);

} // namespace castnet::core
