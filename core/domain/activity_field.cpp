// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/activity_field.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/domain/text_limits.h"
#include "core/domain/try.h"
#include "core/text/number_format.h"

namespace castnet::core {

namespace {

struct FieldInfo {
    ActivityField field;
    std::string_view column;
    bool required;
};

constexpr std::array<FieldInfo, activityFieldCount> fieldInfos{{
    {ActivityField::Channel, "channel", true},
    {ActivityField::Title, "title", true},
    {ActivityField::Format, "format", true},
    {ActivityField::Interaction, "interaction", true},
    {ActivityField::Automated, "automated", false},
    {ActivityField::Goal, "goal", true},
    {ActivityField::CadencePerWeek, "cadence_per_week", true},
    {ActivityField::HoursPerOccurrence, "hours_per_occurrence", true},
    {ActivityField::SetupHours, "setup_hours", false},
    {ActivityField::CostPerOccurrence, "cost_per_occurrence", false},
    {ActivityField::StartWeek, "start_week", true},
    {ActivityField::EndWeek, "end_week", true},
    {ActivityField::MaxWeeklyReturn, "max_weekly_return", false},
    {ActivityField::HalfSaturationHours, "half_saturation_hours", false},
    {ActivityField::Shape, "shape", false},
    {ActivityField::Carryover, "carryover", false},
    {ActivityField::Track, "track", false},
    {ActivityField::Notes, "notes", false},
}};

const FieldInfo &infoOf(ActivityField field) {
    return fieldInfos[static_cast<std::size_t>(field)];
}

} // namespace

std::optional<NumberRule> numberRule(ActivityField field) {
    constexpr double unbounded = 1e12; // beyond any plan, still finite
    switch (field) {
    case ActivityField::CadencePerWeek:
        return NumberRule{0, Activity::maxCadencePerWeek};
    case ActivityField::HoursPerOccurrence:
        return NumberRule{0, Activity::maxHoursPerOccurrence};
    case ActivityField::SetupHours:
        return NumberRule{0, Activity::maxSetupHours};
    case ActivityField::StartWeek:
    case ActivityField::EndWeek:
        return NumberRule{1, 260, false, false, true};
    case ActivityField::MaxWeeklyReturn:
        return NumberRule{0, unbounded};
    case ActivityField::HalfSaturationHours:
        return NumberRule{0, unbounded, true};
    case ActivityField::Shape:
        return NumberRule{0, unbounded, true};
    case ActivityField::Carryover:
        return NumberRule{0, 1, false, true};
    default:
        return std::nullopt;
    }
}

namespace {

std::string describeRange(const NumberRule &rule) {
    if (rule.minExclusive && rule.max >= 1e12)
        return "must be greater than " + formatDouble(rule.min);
    if (rule.max >= 1e12)
        return "must be at least " + formatDouble(rule.min);
    if (rule.maxExclusive)
        return fmt::format("must be at least {} and below {}", formatDouble(rule.min),
                           formatDouble(rule.max));
    if (rule.minExclusive)
        return fmt::format("must be greater than {} and at most {}", formatDouble(rule.min),
                           formatDouble(rule.max));
    return fmt::format("must be between {} and {}", formatDouble(rule.min), formatDouble(rule.max));
}

std::string quoted(std::string_view text) {
    constexpr std::size_t shown = 40; // keep one-line messages short
    if (text.size() <= shown)
        return fmt::format("\"{}\"", text);
    return fmt::format("\"{}…\"", text.substr(0, shown));
}

tl::unexpected<Error> refuse(ActivityField field, std::string_view reason) {
    const std::string_view column = columnName(field);
    return fail(fmt::format("{} {}", column, reason), std::string(column));
}

std::string optionalText(const std::optional<double> &value) {
    return value ? formatDouble(*value) : std::string();
}

Result<double> parseNumber(ActivityField field, std::string_view text) {
    const auto value = parseDouble(text);
    if (!value)
        return refuse(field, fmt::format("must be a number, not {}", quoted(trim(text))));
    CASTNET_TRY_VOID(checkNumber(field, *value));
    return *value;
}

Result<std::optional<double>> parseOptionalNumber(ActivityField field, std::string_view text) {
    if (trim(text).empty())
        return std::optional<double>{};
    return parseNumber(field, text).map([](double v) { return std::optional<double>(v); });
}

Result<int> parseWeek(ActivityField field, std::string_view text) {
    const auto value = parseInt(text);
    if (!value) {
        if (parseDouble(text))
            return refuse(field, fmt::format("must be a whole number, not {}", quoted(trim(text))));
        return refuse(field, fmt::format("must be a week number, not {}", quoted(trim(text))));
    }
    CASTNET_TRY_VOID(checkNumber(field, *value));
    return *value;
}

template<class Enum> Result<Enum> parseWord(ActivityField field, std::string_view text) {
    if (const auto value = parseEnum<Enum>(text))
        return *value;
    if (trim(text).empty())
        return refuse(field, fmt::format("must be one of: {}", acceptedWords<Enum>()));
    return refuse(field,
                  fmt::format("{} is not one of: {}", quoted(trim(text)), acceptedWords<Enum>()));
}

Result<bool> parseYesNo(std::string_view text) {
    const std::string_view word = trim(text);
    if (word.empty())
        return false;
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    if (lower == "yes" || lower == "true" || lower == "1")
        return true;
    if (lower == "no" || lower == "false" || lower == "0")
        return false;
    return refuse(ActivityField::Automated,
                  fmt::format("must be yes, no, true, false, 1 or 0, not {}", quoted(word)));
}

Result<std::optional<Track>> parseTrackOverride(std::string_view text) {
    if (trim(text).empty())
        return std::optional<Track>{};
    return parseWord<Track>(ActivityField::Track, text).map([](Track t) {
        return std::optional<Track>(t);
    });
}

// Assigns a parsed value when parsing succeeded; leaves the activity as it
// was otherwise.
template<class T, class Target> Result<void> assign(Result<T> parsed, Target &target) {
    CASTNET_TRY(target, std::move(parsed));
    return {};
}

} // namespace

const std::array<ActivityField, activityFieldCount> &allActivityFields() {
    static const auto fields = [] {
        std::array<ActivityField, activityFieldCount> result{};
        for (std::size_t i = 0; i < fieldInfos.size(); ++i)
            result[i] = fieldInfos[i].field;
        return result;
    }();
    return fields;
}

std::string_view columnName(ActivityField field) {
    return infoOf(field).column;
}

std::optional<ActivityField> fieldFromColumnName(std::string_view name) {
    name = trim(name);
    for (const auto &info : fieldInfos) {
        if (info.column == name)
            return info.field;
    }
    return std::nullopt;
}

bool isRequired(ActivityField field) {
    return infoOf(field).required;
}

Result<void> checkNumber(ActivityField field, double value) {
    const auto rule = numberRule(field);
    if (!rule)
        return {};
    if (!std::isfinite(value))
        return refuse(field, "must be a finite number");
    const bool belowMin = rule->minExclusive ? value <= rule->min : value < rule->min;
    const bool aboveMax = rule->maxExclusive ? value >= rule->max : value > rule->max;
    if (belowMin || aboveMax)
        return refuse(field, fmt::format("{}, not {}", describeRange(*rule), formatDouble(value)));
    if (rule->integer && value != std::floor(value))
        return refuse(field, fmt::format("must be a whole number, not {}", formatDouble(value)));
    return {};
}

Result<void> checkText(ActivityField field, std::string_view text) {
    // Generous for any plan (DESIGN §3), and small enough that every view
    // and report lays them out at once.
    constexpr std::size_t maxShortText = textLimits::name;
    constexpr std::size_t maxNotes = textLimits::notes;
    if (field != ActivityField::Channel && field != ActivityField::Title &&
        field != ActivityField::Notes)
        return {};
    if (!isValidUtf8(text))
        return refuse(field, "is not valid UTF-8 text");
    if (text.find('\0') != std::string_view::npos)
        return refuse(field, "must not contain a NUL character");
    if (field == ActivityField::Notes) {
        if (characterCount(text) > maxNotes)
            return refuse(field, tooLong(maxNotes, text));
        return {};
    }
    if (trim(text).empty())
        return refuse(field, "must not be empty");
    if (characterCount(text) > maxShortText)
        return refuse(field, tooLong(maxShortText, text));
    return {};
}

std::string readField(const Activity &activity, ActivityField field) {
    switch (field) {
    case ActivityField::Channel:
        return activity.channel;
    case ActivityField::Title:
        return activity.title;
    case ActivityField::Format:
        return std::string(toString(activity.format));
    case ActivityField::Interaction:
        return std::string(toString(activity.interaction));
    case ActivityField::Automated:
        return activity.automated ? "yes" : "no";
    case ActivityField::Goal:
        return std::string(toString(activity.goal));
    case ActivityField::CadencePerWeek:
        return formatDouble(activity.cadencePerWeek);
    case ActivityField::HoursPerOccurrence:
        return formatDouble(activity.hoursPerOccurrence);
    case ActivityField::SetupHours:
        return formatDouble(activity.setupHours);
    case ActivityField::CostPerOccurrence:
        return activity.costPerOccurrence.toString();
    case ActivityField::StartWeek:
        return std::to_string(activity.startWeek);
    case ActivityField::EndWeek:
        return std::to_string(activity.endWeek);
    case ActivityField::MaxWeeklyReturn:
        return optionalText(activity.response.maxWeeklyReturn);
    case ActivityField::HalfSaturationHours:
        return optionalText(activity.response.halfSaturationHours);
    case ActivityField::Shape:
        return optionalText(activity.response.shape);
    case ActivityField::Carryover:
        return optionalText(activity.response.carryover);
    case ActivityField::Track:
        return activity.trackOverride ? std::string(toString(*activity.trackOverride))
                                      : std::string();
    case ActivityField::Notes:
        return activity.notes;
    }
    return {};
}

Result<void> writeField(Activity &activity, ActivityField field, std::string_view text) {
    switch (field) {
    case ActivityField::Channel:
        return checkText(field, text).map([&] { activity.channel = std::string(text); });
    case ActivityField::Title:
        return checkText(field, text).map([&] { activity.title = std::string(text); });
    case ActivityField::Notes:
        return checkText(field, text).map([&] { activity.notes = std::string(text); });
    case ActivityField::Format:
        return assign(parseWord<Format>(field, text), activity.format);
    case ActivityField::Interaction:
        return assign(parseWord<Interaction>(field, text), activity.interaction);
    case ActivityField::Goal:
        return assign(parseWord<Goal>(field, text), activity.goal);
    case ActivityField::Automated:
        return assign(parseYesNo(text), activity.automated);
    case ActivityField::CadencePerWeek:
        return assign(parseNumber(field, text), activity.cadencePerWeek);
    case ActivityField::HoursPerOccurrence:
        return assign(parseNumber(field, text), activity.hoursPerOccurrence);
    case ActivityField::SetupHours:
        if (trim(text).empty())
            return assign(Result<double>(0.0), activity.setupHours);
        return assign(parseNumber(field, text), activity.setupHours);
    case ActivityField::CostPerOccurrence:
        if (trim(text).empty())
            return assign(Result<Cents>(Cents(0)), activity.costPerOccurrence);
        return assign(Cents::parse(text, columnName(field)), activity.costPerOccurrence);
    case ActivityField::StartWeek:
        return assign(parseWeek(field, text), activity.startWeek);
    case ActivityField::EndWeek:
        return assign(parseWeek(field, text), activity.endWeek);
    case ActivityField::MaxWeeklyReturn:
        return assign(parseOptionalNumber(field, text), activity.response.maxWeeklyReturn);
    case ActivityField::HalfSaturationHours:
        return assign(parseOptionalNumber(field, text), activity.response.halfSaturationHours);
    case ActivityField::Shape:
        return assign(parseOptionalNumber(field, text), activity.response.shape);
    case ActivityField::Carryover:
        return assign(parseOptionalNumber(field, text), activity.response.carryover);
    case ActivityField::Track:
        return assign(parseTrackOverride(text), activity.trackOverride);
    }
    return {};
}

} // namespace castnet::core
