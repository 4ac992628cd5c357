// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/enums.h"

namespace castnet::cli {

// `castnet classify --json` (DESIGN §11): [{"id", "title", "track",
// "computed_track", "confidence", "reasons": [..], "overridden"}].
std::string classificationJson(const std::vector<core::Activity> &activities,
                               core::Objective objective);

// The same as an aligned table, with the reasons below it and any warnings.
std::string classificationTable(const std::vector<core::Activity> &activities,
                                core::Objective objective);

} // namespace castnet::cli
