// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/activity_edit.h"

#include "core/domain/try.h"

namespace castnet::core {

Result<void> setActivityField(Workspace &workspace, ActivityId id, ActivityField field,
                              std::string_view text) {
    return workspace.transact([&]() -> Result<void> {
        CASTNET_TRY(Activity activity, workspace.activity(id));
        CASTNET_TRY_VOID(writeField(activity, field, text));
        return workspace.updateActivity(activity);
    });
}

} // namespace castnet::core
