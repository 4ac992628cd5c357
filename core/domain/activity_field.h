// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/domain/activity.h"
#include "core/domain/error.h"

namespace castnet::core {

// The user-editable fields of an activity, in the order of the CSV columns
// of DESIGN §11. The CSV reader/writer and the activity table both go
// through readField()/writeField(), so a cell means the same in both.
enum class ActivityField {
    Channel,
    Title,
    Format,
    Interaction,
    Automated,
    Goal,
    CadencePerWeek,
    HoursPerOccurrence,
    SetupHours,
    CostPerOccurrence,
    StartWeek,
    EndWeek,
    MaxWeeklyReturn,
    HalfSaturationHours,
    Shape,
    Carryover,
    Track,
    Notes,
};

inline constexpr int activityFieldCount = 18;

// All fields in CSV column order.
const std::array<ActivityField, activityFieldCount> &allActivityFields();

// The CSV column name: "cadence_per_week".
std::string_view columnName(ActivityField field);

// Looks up a column name (exact, lowercase as written by export; surrounding
// blanks ignored).
std::optional<ActivityField> fieldFromColumnName(std::string_view name);

// Whether a CSV file must have the column, with a non-empty cell.
bool isRequired(ActivityField field);

// The canonical text of a field, as CSV export writes it: numbers in the
// shortest form that reads back to the same double (locale-independent),
// money as Cents::toString(), booleans as "yes"/"no", enums as their words,
// blank for a parameter left to the track default and for no override.
std::string readField(const Activity &activity, ActivityField field);

// Parses `text` into the field, validating the value on its own (range,
// finiteness, integer weeks, enum word). Blank text is accepted for optional
// fields and means their default. On error the activity is unchanged and
// the error names the column and the reason ("cadence_per_week must be
// between 0 and 1000, not -1").
Result<void> writeField(Activity &activity, ActivityField field, std::string_view text);

// A numeric field's allowed range; `integer` fields take whole numbers only.
// A `max` of 1e12 or more means no upper bound.
struct NumberRule {
    double min;
    double max;
    bool minExclusive = false;
    bool maxExclusive = false;
    bool integer = false;
};

// The range checkNumber() enforces; none for fields that are not numbers
// and for the cost, which is money (Cents).
std::optional<NumberRule> numberRule(ActivityField field);

// Checks a number for a numeric field (range, finiteness, whole weeks) with
// the same message writeField() gives. Fields that are not numbers pass.
Result<void> checkNumber(ActivityField field, double value);

// Checks a text field (channel and title non-blank; valid UTF-8; no NUL;
// bounded length). Other fields pass.
Result<void> checkText(ActivityField field, std::string_view text);

} // namespace castnet::core
