// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <unordered_map>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/error.h"
#include "core/domain/scenario.h"

namespace castnet::core {

// What every back end does when it restores a snapshot under new ids.

// The ids of a snapshot's activities (`original`), mapped to the ids they
// were stored under (`stored`, in the same order); an id listed twice is
// refused.
Result<std::unordered_map<ActivityId, ActivityId>>
storedIdsOf(const std::vector<Activity> &original, const std::vector<Activity> &stored);

// Points a copied scenario's allocations at the copied activities; an
// allocation to an activity outside the campaign is refused naming it.
Result<void> remapAllocations(Scenario &scenario,
                              const std::unordered_map<ActivityId, ActivityId> &newIdOf);

} // namespace castnet::core
