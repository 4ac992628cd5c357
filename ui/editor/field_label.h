// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

#include <QString>

#include "core/domain/activity_field.h"
#include "core/domain/error.h"

namespace castnet::ui {

// The names the window gives the fields, as a person says them ("Per week",
// "End week"), where the core, the CLI and the CSV name them by their CSV
// column ("cadence_per_week"). The core's messages keep the column names;
// the window rewrites them here and nowhere else.

// The label of an activity field: "Hours each".
QString fieldLabel(core::ActivityField field);

// The label of a field named by its core name (an activity's CSV column or
// a campaign field such as "return_unit"); the name itself when unknown.
QString fieldLabel(std::string_view name);

// The error's message with every field named by its label: "end_week 3 is
// before start_week 6" reads "End week 3 is before start week 6".
QString readableMessage(const core::Error &error);

} // namespace castnet::ui
