// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/activity_edit.h"

namespace castnet::core {

Result<void> setActivityField(Workspace &workspace, ActivityId id, ActivityField field,
                              std::string_view text) {
    return workspace.transact([&]() -> Result<void> {
        auto activity = workspace.activity(id);
        if (!activity)
            return tl::unexpected(activity.error());
        if (auto written = writeField(*activity, field, text); !written)
            return written;
        return workspace.updateActivity(*activity);
    });
}

} // namespace castnet::core
