// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include "core/domain/activity_field.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// Sets one field of a stored activity from its text, reading the activity
// and writing it back in one transaction. Only that field changes, even
// when another program edited the activity's other fields in the meantime:
// a read outside the transaction would write their old values back.
Result<void> setActivityField(Workspace &workspace, ActivityId id, ActivityField field,
                              std::string_view text);

} // namespace castnet::core
