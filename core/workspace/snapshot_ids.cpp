// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/snapshot_ids.h"

#include <fmt/format.h>

namespace castnet::core {

Result<std::unordered_map<ActivityId, ActivityId>>
storedIdsOf(const std::vector<Activity> &original, const std::vector<Activity> &stored) {
    std::unordered_map<ActivityId, ActivityId> newIdOf;
    for (std::size_t i = 0; i < original.size(); ++i) {
        const ActivityId oldId = original[i].id;
        if (!newIdOf.emplace(oldId, stored[i].id).second && oldId.isStored())
            return fail(fmt::format("the campaign lists activity id {} twice", oldId));
    }
    return newIdOf;
}

Result<void> remapAllocations(Scenario &scenario,
                              const std::unordered_map<ActivityId, ActivityId> &newIdOf) {
    for (Allocation &allocation : scenario.allocations) {
        const auto found = newIdOf.find(allocation.activityId);
        if (found == newIdOf.end()) {
            return fail(fmt::format("scenario \"{}\" gives hours to activity {}, which is not in "
                                    "the campaign",
                                    scenario.name, allocation.activityId),
                        "hours");
        }
        allocation.activityId = found->second;
    }
    return {};
}

} // namespace castnet::core
