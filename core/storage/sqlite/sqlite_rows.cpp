// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlite/sqlite_rows.h"

#include <fmt/format.h>

#include "core/domain/enums.h"
#include "core/domain/try.h"
#include "core/domain/uuid.h"

namespace castnet::core::sqlite {

namespace {

// Stored words are the canonical lowercase ones (the CHECK constraints
// allow no other), so an exact comparison is enough and keeps loading a
// large campaign fast.
template<class Enum> std::optional<Enum> fromStoredWord(std::string_view word) {
    for (const Enum value : allValues<Enum>()) {
        if (toString(value) == word)
            return value;
    }
    return std::nullopt;
}

template<class Enum>
Result<Enum> readWord(const Statement &row, int column, std::string_view what,
                      std::string_view location) {
    const std::string_view word = row.text(column);
    if (auto value = fromStoredWord<Enum>(word))
        return *value;
    return fail(fmt::format("{} is damaged ({} {} has an unknown {} \"{}\")", location, what,
                            row.integer(0), row.columnName(column), word));
}

} // namespace

Brand readBrand(const Statement &row) {
    Brand brand;
    brand.id = row.id<BrandId>(0);
    brand.name = row.text(1);
    brand.industry = row.text(2);
    brand.audience = row.text(3);
    brand.notes = row.text(4);
    return brand;
}

void bindCampaign(Statement &statement, const Campaign &c) {
    statement.bindOrNull(1, c.id);
    statement.bind(2, c.brandId);
    statement.bind(3, c.name);
    statement.bind(4, toString(c.objective));
    statement.bind(5, c.startDate);
    statement.bind(6, c.weeks);
    statement.bind(7, c.capacityHoursPerWeek);
    if (c.budgetPerWeek)
        statement.bind(8, c.budgetPerWeek->value());
    else
        statement.bindNull(8);
    statement.bind(9, c.currency);
    statement.bind(10, c.returnUnit);
    statement.bind(11, c.automationSaving);
}

Result<Campaign> readCampaign(const Statement &row, std::string_view location) {
    Campaign c;
    c.id = row.id<CampaignId>(0);
    c.brandId = row.id<BrandId>(1);
    c.name = row.text(2);
    CASTNET_TRY(c.objective, readWord<Objective>(row, 3, "campaign", location));
    c.startDate = row.text(4);
    c.weeks = static_cast<int>(row.integer(5));
    c.capacityHoursPerWeek = row.real(6);
    if (!row.isNull(7))
        c.budgetPerWeek = Cents(row.integer(7));
    c.currency = row.text(8);
    c.returnUnit = row.text(9);
    c.automationSaving = row.real(10);
    return c;
}

void bindActivity(Statement &statement, const Activity &a, int first) {
    const int p = first - 1; // parameter n of the row is p + n
    statement.bind(p + 1, a.id);
    statement.bind(p + 2, a.campaignId);
    statement.bind(p + 3, a.channel);
    statement.bind(p + 4, a.title);
    statement.bind(p + 5, toString(a.format));
    statement.bind(p + 6, toString(a.interaction));
    statement.bind(p + 7, a.automated);
    statement.bind(p + 8, toString(a.goal));
    statement.bind(p + 9, a.cadencePerWeek);
    statement.bind(p + 10, a.hoursPerOccurrence);
    statement.bind(p + 11, a.setupHours);
    statement.bind(p + 12, a.costPerOccurrence.value());
    statement.bind(p + 13, a.startWeek);
    statement.bind(p + 14, a.endWeek);
    statement.bind(p + 15, a.response.maxWeeklyReturn);
    statement.bind(p + 16, a.response.halfSaturationHours);
    statement.bind(p + 17, a.response.shape);
    statement.bind(p + 18, a.response.carryover);
    if (a.trackOverride)
        statement.bind(p + 19, toString(*a.trackOverride));
    else
        statement.bindNull(p + 19);
    statement.bind(p + 20, a.notes);
    statement.bind(p + 21, a.uid);
    statement.bind(p + 22, a.revision);
}

Result<Activity> readActivity(const Statement &row, std::string_view location) {
    Activity a;
    a.id = row.id<ActivityId>(0);
    a.campaignId = row.id<CampaignId>(1);
    a.channel = row.text(2);
    a.title = row.text(3);
    CASTNET_TRY(a.format, readWord<Format>(row, 4, "activity", location));
    CASTNET_TRY(a.interaction, readWord<Interaction>(row, 5, "activity", location));
    a.automated = row.integer(6) != 0;
    CASTNET_TRY(a.goal, readWord<Goal>(row, 7, "activity", location));
    a.cadencePerWeek = row.real(8);
    a.hoursPerOccurrence = row.real(9);
    a.setupHours = row.real(10);
    a.costPerOccurrence = Cents(row.integer(11));
    a.startWeek = static_cast<int>(row.integer(12));
    a.endWeek = static_cast<int>(row.integer(13));
    a.response.maxWeeklyReturn = row.optionalReal(14);
    a.response.halfSaturationHours = row.optionalReal(15);
    a.response.shape = row.optionalReal(16);
    a.response.carryover = row.optionalReal(17);
    if (!row.isNull(18)) {
        CASTNET_TRY(a.trackOverride, readWord<Track>(row, 18, "activity", location));
    }
    a.notes = row.text(19);
    a.uid = row.text(20);
    if (!isUuid(a.uid)) {
        return fail(fmt::format("{} is damaged (activity {} has a uid that is not a UUID: \"{}\")",
                                location, row.integer(0), a.uid.substr(0, 40)));
    }
    a.revision = row.integer(21);
    return a;
}

} // namespace castnet::core::sqlite
