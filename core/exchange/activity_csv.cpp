// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/activity_csv.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "core/domain/activity_field.h"
#include "core/exchange/csv.h"
#include "core/text/number_format.h"
#include "core/text/one_line_message.h"

namespace castnet::core {

namespace {

bool isTextField(ActivityField field) {
    return field == ActivityField::Channel || field == ActivityField::Title ||
           field == ActivityField::Notes;
}

// The messages of writeField() and validate() start with the column name;
// the "line N, column X:" prefix already gives it.
std::string_view reasonOnly(std::string_view message, std::string_view column) {
    if (!column.empty() && message.starts_with(column)) {
        message.remove_prefix(column.size());
        if (message.starts_with(':'))
            message.remove_prefix(1);
        while (message.starts_with(' '))
            message.remove_prefix(1);
    }
    return message;
}

tl::unexpected<Error> cellError(int line, std::string_view column, std::string_view reason) {
    return fail(oneLineMessage(fmt::format("line {}, column {}: {}", line, column, reason)),
                std::string(column));
}

std::string knownColumns() {
    std::string list;
    for (const ActivityField field : allActivityFields()) {
        if (!list.empty())
            list.append(", ");
        list.append(columnName(field));
    }
    return list;
}

// Maps each header cell to its field, refusing what the file cannot mean.
Result<std::vector<ActivityField>> readHeader(const CsvRecord &header) {
    std::vector<ActivityField> columns;
    columns.reserve(header.fields.size());
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string_view name = trim(header.fields[i]);
        if (name.empty())
            return fail(
                fmt::format("line {}: column {} of the header has no name", header.line, i + 1));
        const std::optional<ActivityField> field = fieldFromColumnName(name);
        if (!field)
            return fail(
                oneLineMessage(fmt::format("line {}: unknown column \"{}\" (the columns are {})",
                                           header.line, name, knownColumns())),
                std::string(name));
        if (std::find(columns.begin(), columns.end(), *field) != columns.end())
            return fail(fmt::format("line {}: the column \"{}\" appears twice", header.line, name),
                        std::string(name));
        columns.push_back(*field);
    }
    for (const ActivityField field : allActivityFields()) {
        if (isRequired(field) && std::find(columns.begin(), columns.end(), field) == columns.end())
            return fail(fmt::format("line {}: the required column \"{}\" is missing", header.line,
                                    columnName(field)),
                        std::string(columnName(field)));
    }
    return columns;
}

// A spreadsheet often leaves empty lines at the end; they hold no activity.
bool isBlank(const CsvRecord &record) {
    return record.fields.size() == 1 && record.fields.front().empty();
}

Result<Activity> readRecord(const CsvRecord &record, const std::vector<ActivityField> &columns,
                            const Campaign &campaign) {
    if (record.fields.size() != columns.size())
        return fail(fmt::format("line {}: {} field{}, the header has {}", record.line,
                                record.fields.size(), record.fields.size() == 1 ? "" : "s",
                                columns.size()));
    Activity activity;
    activity.campaignId = campaign.id;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const ActivityField field = columns[i];
        std::string_view cell = record.fields[i];
        if (isRequired(field) && trim(cell).empty())
            return cellError(record.line, columnName(field), "a value is required");
        if (isTextField(field))
            cell = removeFormulaGuard(cell);
        if (auto written = writeField(activity, field, cell); !written)
            return cellError(record.line, columnName(field),
                             reasonOnly(written.error().message, columnName(field)));
    }
    if (auto valid = validate(activity, campaign); !valid) {
        const Error &error = valid.error();
        if (error.field.empty())
            return fail(oneLineMessage(fmt::format("line {}: {}", record.line, error.message)));
        return cellError(record.line, error.field, reasonOnly(error.message, error.field));
    }
    return activity;
}

} // namespace

Result<std::vector<Activity>> readActivityCsv(std::string_view text, const Campaign &campaign) {
    std::optional<std::vector<ActivityField>> columns;
    std::vector<Activity> activities;
    activities.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    auto read = forEachCsvRecord(text, [&](const CsvRecord &record) -> Result<void> {
        if (!columns) {
            auto header = readHeader(record);
            if (!header)
                return tl::unexpected(std::move(header.error()));
            columns = std::move(*header);
            return {};
        }
        if (isBlank(record))
            return {};
        auto activity = readRecord(record, *columns, campaign);
        if (!activity)
            return tl::unexpected(std::move(activity.error()));
        activities.push_back(std::move(*activity));
        return {};
    });
    if (!read)
        return tl::unexpected(std::move(read.error()));
    if (!columns)
        return fail("line 1: the header row is missing");
    return activities;
}

std::string writeActivityCsv(const std::vector<Activity> &activities) {
    const auto &fields = allActivityFields();
    std::vector<std::string> cells(fields.size());
    std::string out;
    out.reserve(256 + activities.size() * 160);

    for (std::size_t i = 0; i < fields.size(); ++i)
        cells[i] = columnName(fields[i]);
    appendCsvRecord(out, cells);

    for (const Activity &activity : activities) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            cells[i] = readField(activity, fields[i]);
            if (isTextField(fields[i]) && needsFormulaGuard(cells[i]))
                cells[i].insert(cells[i].begin(), '\'');
        }
        appendCsvRecord(out, cells);
    }
    return out;
}

} // namespace castnet::core
