// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/postgres/pg_rows.h"

#include <fmt/format.h>

#include "core/domain/enums.h"
#include "core/domain/try.h"
#include "core/domain/uuid.h"

namespace castnet::core::postgres {

namespace {

template<class Enum> std::optional<Enum> fromStoredWord(std::string_view word) {
    for (const Enum value : allValues<Enum>()) {
        if (toString(value) == word)
            return value;
    }
    return std::nullopt;
}

template<class Enum>
Result<Enum> readWord(const Rows &rows, int row, int column, std::string_view what,
                      std::string_view location) {
    const std::string_view word = rows.text(row, column);
    if (auto value = fromStoredWord<Enum>(word))
        return *value;
    return fail(fmt::format("{} is damaged ({} {} has an unknown value \"{}\")", location, what,
                            rows.integer(row, 0), word));
}

// COPY's text format: a backslash, a tab, a newline or a carriage return
// in a value is written as its escape; NULL is \N.
void appendCopyText(std::string &out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void appendCopyReal(std::string &out, std::optional<double> value) {
    if (value)
        fmt::format_to(std::back_inserter(out), "{}", *value);
    else
        out += "\\N";
}

} // namespace

Brand readBrand(const Rows &rows, int row) {
    Brand brand;
    brand.id = rows.id<BrandId>(row, 0);
    brand.name = rows.text(row, 1);
    brand.industry = rows.text(row, 2);
    brand.audience = rows.text(row, 3);
    brand.notes = rows.text(row, 4);
    return brand;
}

void addCampaign(Params &params, const Campaign &c) {
    params.idOrNull(c.id).id(c.brandId).text(c.name).text(toString(c.objective)).text(c.startDate);
    params.integer(c.weeks).real(c.capacityHoursPerWeek);
    if (c.budgetPerWeek)
        params.integer(c.budgetPerWeek->value());
    else
        params.null();
    params.text(c.currency).text(c.returnUnit).real(c.automationSaving);
}

Result<Campaign> readCampaign(const Rows &rows, int row, std::string_view location) {
    Campaign c;
    c.id = rows.id<CampaignId>(row, 0);
    c.brandId = rows.id<BrandId>(row, 1);
    c.name = rows.text(row, 2);
    CASTNET_TRY(c.objective, readWord<Objective>(rows, row, 3, "campaign", location));
    c.startDate = rows.text(row, 4);
    c.weeks = static_cast<int>(rows.integer(row, 5));
    c.capacityHoursPerWeek = rows.real(row, 6);
    if (!rows.isNull(row, 7))
        c.budgetPerWeek = Cents(rows.integer(row, 7));
    c.currency = rows.text(row, 8);
    c.returnUnit = rows.text(row, 9);
    c.automationSaving = rows.real(row, 10);
    return c;
}

void addActivity(Params &params, const Activity &a) {
    params.id(a.id).id(a.campaignId).text(a.channel).text(a.title).text(toString(a.format));
    params.text(toString(a.interaction)).boolean(a.automated).text(toString(a.goal));
    params.real(a.cadencePerWeek).real(a.hoursPerOccurrence).real(a.setupHours);
    params.integer(a.costPerOccurrence.value()).integer(a.startWeek).integer(a.endWeek);
    params.real(a.response.maxWeeklyReturn).real(a.response.halfSaturationHours);
    params.real(a.response.shape).real(a.response.carryover);
    if (a.trackOverride)
        params.text(toString(*a.trackOverride));
    else
        params.null();
    params.text(a.notes).text(a.uid).integer(a.revision);
}

void appendCopyLine(std::string &out, const Activity &a, double position) {
    const auto tab = [&out] { out += '\t'; };
    fmt::format_to(std::back_inserter(out), "{}\t{}\t", a.id.value(), a.campaignId.value());
    appendCopyText(out, a.channel);
    tab();
    appendCopyText(out, a.title);
    fmt::format_to(std::back_inserter(out), "\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t",
                   toString(a.format), toString(a.interaction), a.automated ? "t" : "f",
                   toString(a.goal), a.cadencePerWeek, a.hoursPerOccurrence, a.setupHours,
                   a.costPerOccurrence.value(), a.startWeek, a.endWeek);
    appendCopyReal(out, a.response.maxWeeklyReturn);
    tab();
    appendCopyReal(out, a.response.halfSaturationHours);
    tab();
    appendCopyReal(out, a.response.shape);
    tab();
    appendCopyReal(out, a.response.carryover);
    tab();
    if (a.trackOverride)
        out += toString(*a.trackOverride);
    else
        out += "\\N";
    tab();
    appendCopyText(out, a.notes);
    tab();
    appendCopyText(out, a.uid);
    fmt::format_to(std::back_inserter(out), "\t{}\t{}\n", a.revision, position);
}

Result<Activity> readActivity(const Rows &rows, int row, std::string_view location, int first) {
    const int f = first;
    Activity a;
    a.id = rows.id<ActivityId>(row, f + 0);
    a.campaignId = rows.id<CampaignId>(row, f + 1);
    a.channel = rows.text(row, f + 2);
    a.title = rows.text(row, f + 3);
    CASTNET_TRY(a.format, readWord<Format>(rows, row, f + 4, "activity", location));
    CASTNET_TRY(a.interaction, readWord<Interaction>(rows, row, f + 5, "activity", location));
    a.automated = rows.boolean(row, f + 6);
    CASTNET_TRY(a.goal, readWord<Goal>(rows, row, f + 7, "activity", location));
    a.cadencePerWeek = rows.real(row, f + 8);
    a.hoursPerOccurrence = rows.real(row, f + 9);
    a.setupHours = rows.real(row, f + 10);
    a.costPerOccurrence = Cents(rows.integer(row, f + 11));
    a.startWeek = static_cast<int>(rows.integer(row, f + 12));
    a.endWeek = static_cast<int>(rows.integer(row, f + 13));
    a.response.maxWeeklyReturn = rows.optionalReal(row, f + 14);
    a.response.halfSaturationHours = rows.optionalReal(row, f + 15);
    a.response.shape = rows.optionalReal(row, f + 16);
    a.response.carryover = rows.optionalReal(row, f + 17);
    if (!rows.isNull(row, f + 18)) {
        CASTNET_TRY(a.trackOverride, readWord<Track>(rows, row, f + 18, "activity", location));
    }
    a.notes = rows.text(row, f + 19);
    a.uid = rows.text(row, f + 20);
    a.revision = rows.integer(row, f + 21);
    return a;
}

} // namespace castnet::core::postgres
