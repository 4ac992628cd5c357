// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/actuals_csv.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>

#include "core/domain/try.h"
#include "core/domain/week_dates.h"
#include "core/exchange/csv.h"
#include "core/text/number_format.h"
#include "core/text/one_line_message.h"

namespace castnet::core {

namespace {

enum class Column { ActivityId, Channel, Title, Week, Date, Hours, SetupHours, Cost, Result, Note };

constexpr std::array<std::pair<Column, std::string_view>, 10> columnNames{{
    {Column::ActivityId, "activity_id"},
    {Column::Channel, "channel"},
    {Column::Title, "title"},
    {Column::Week, "week"},
    {Column::Date, "date"},
    {Column::Hours, "hours"},
    {Column::SetupHours, "setup_hours"},
    {Column::Cost, "cost"},
    {Column::Result, "result"},
    {Column::Note, "note"},
}};

std::string_view nameOf(Column column) {
    return columnNames[static_cast<std::size_t>(column)].second;
}

tl::unexpected<Error> cellError(int line, std::string_view column, std::string_view reason) {
    return fail(oneLineMessage(fmt::format("line {}, column {}: {}", line, column, reason)),
                std::string(column));
}

// Where each column sits in a record; -1 when the file has none.
struct Header {
    std::array<int, columnNames.size()> at{};

    bool has(Column column) const { return at[static_cast<std::size_t>(column)] >= 0; }
    std::string_view cell(const CsvRecord &record, Column column) const {
        return has(column) ? std::string_view(record.fields[static_cast<std::size_t>(
                                 at[static_cast<std::size_t>(column)])])
                           : std::string_view();
    }
};

std::string knownColumns() {
    std::string list;
    for (const auto &[column, name] : columnNames)
        list += (list.empty() ? "" : ", ") + std::string(name);
    return list;
}

Result<Header> readHeader(const CsvRecord &record) {
    Header header;
    header.at.fill(-1);
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::string_view name = trim(record.fields[i]);
        const auto found = std::find_if(columnNames.begin(), columnNames.end(),
                                        [&](const auto &entry) { return entry.second == name; });
        if (found == columnNames.end()) {
            return fail(
                oneLineMessage(fmt::format("line {}: unknown column \"{}\" (the columns are {})",
                                           record.line, name, knownColumns())),
                std::string(name));
        }
        int &slot = header.at[static_cast<std::size_t>(found - columnNames.begin())];
        if (slot >= 0) {
            return fail(fmt::format("line {}: the column \"{}\" appears twice", record.line, name),
                        std::string(name));
        }
        slot = static_cast<int>(i);
    }
    if (!header.has(Column::ActivityId) &&
        !(header.has(Column::Channel) && header.has(Column::Title)))
        return fail(fmt::format("line {}: the header needs activity_id, or channel and title",
                                record.line));
    if (!header.has(Column::Week) && !header.has(Column::Date))
        return fail(fmt::format("line {}: the header needs week or date", record.line));
    if (!header.has(Column::Hours))
        return fail(fmt::format("line {}: the required column \"hours\" is missing", record.line),
                    "hours");
    return header;
}

// The campaign's activities by id and by channel and title.
class ActivityIndex {
public:
    explicit ActivityIndex(const std::vector<Activity> &activities) {
        for (const Activity &activity : activities) {
            m_byId.emplace(activity.id, &activity);
            m_byName[key(activity.channel, activity.title)].push_back(&activity);
        }
    }

    Result<const Activity *> find(const CsvRecord &record, const Header &header) const {
        const Activity *byId = nullptr;
        const bool byName = header.has(Column::Channel) && header.has(Column::Title);
        const std::string_view idCell = header.cell(record, Column::ActivityId);
        // A row may leave activity_id blank and name the activity instead.
        if (header.has(Column::ActivityId) && !(byName && trim(idCell).empty())) {
            const std::string_view cell = idCell;
            const auto id = parseInt(cell);
            const auto found = id ? m_byId.find(ActivityId{*id}) : m_byId.end();
            if (found == m_byId.end()) {
                return cellError(record.line, "activity_id",
                                 fmt::format("the campaign has no activity with id \"{}\"", cell));
            }
            byId = found->second;
        }
        if (!byName)
            return byId;
        const std::string_view channel = removeFormulaGuard(header.cell(record, Column::Channel));
        const std::string_view title = removeFormulaGuard(header.cell(record, Column::Title));
        if (byId != nullptr) {
            const bool named = !trim(channel).empty() || !trim(title).empty();
            if (named && (byId->channel != channel || byId->title != title)) {
                return cellError(record.line, "title",
                                 fmt::format("activity {} is \"{}\" on {}, not \"{}\" on {}",
                                             byId->id, byId->title, byId->channel, title, channel));
            }
            return byId;
        }
        const auto found = m_byName.find(key(channel, title));
        if (found == m_byName.end()) {
            return cellError(
                record.line, "title",
                fmt::format("the campaign has no activity \"{}\" on {}", title, channel));
        }
        if (found->second.size() > 1) {
            return cellError(record.line, "title",
                             fmt::format("{} activities are \"{}\" on {}; give activity_id",
                                         found->second.size(), title, channel));
        }
        return found->second.front();
    }

private:
    static std::string key(std::string_view channel, std::string_view title) {
        std::string joined(channel);
        joined += '\n'; // neither a channel nor a title is kept with a line break at its end
        joined += title;
        return joined;
    }

    std::unordered_map<ActivityId, const Activity *> m_byId;
    std::unordered_map<std::string, std::vector<const Activity *>> m_byName;
};

std::string isoDate(std::chrono::sys_days day) {
    const std::chrono::year_month_day date{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

Result<int> weekOf(const CsvRecord &record, const Header &header, const Campaign &campaign) {
    std::optional<int> week;
    if (header.has(Column::Week)) {
        const std::string_view cell = header.cell(record, Column::Week);
        week = parseInt(cell);
        if (!week || *week < 1 || *week > campaign.weeks) {
            return cellError(record.line, "week",
                             fmt::format("\"{}\" is not a week of the campaign (1 to {})", cell,
                                         campaign.weeks));
        }
    }
    if (!header.has(Column::Date))
        return *week;
    const std::string_view cell = trim(header.cell(record, Column::Date));
    if (cell.empty() && week)
        return *week;
    const auto day = parseIsoDate(cell);
    if (!day)
        return cellError(record.line, "date",
                         fmt::format("\"{}\" is not a date (YYYY-MM-DD)", cell));
    const auto first = weekDates(campaign.startDate, 1);
    const auto last = weekDates(campaign.startDate, campaign.weeks);
    if (!first || !last)
        return cellError(record.line, "date", "the campaign has no start date");
    if (*day < first->first || *day > last->last) {
        return cellError(record.line, "date",
                         fmt::format("{} lies outside the campaign ({} to {})", cell,
                                     isoDate(first->first), isoDate(last->last)));
    }
    const int dated = static_cast<int>((*day - first->first).count() / 7) + 1;
    if (week && *week != dated) {
        return cellError(record.line, "date",
                         fmt::format("{} lies in week {}, not in week {}", cell, dated, *week));
    }
    return dated;
}

Result<double> numberIn(const CsvRecord &record, const Header &header, Column column) {
    const std::string_view cell = header.cell(record, column);
    if (trim(cell).empty())
        return 0.0;
    const auto value = parseDouble(cell);
    if (!value)
        return cellError(record.line, nameOf(column), fmt::format("\"{}\" is not a number", cell));
    if (*value < 0.0)
        return cellError(record.line, nameOf(column), "must be at least 0");
    return *value;
}

Result<Actual> readRecord(const CsvRecord &record, const Header &header, const Campaign &campaign,
                          const ActivityIndex &index) {
    Actual actual;
    CASTNET_TRY(const Activity *activity, index.find(record, header));
    actual.activityId = activity->id;
    CASTNET_TRY(actual.week, weekOf(record, header, campaign));
    if (trim(header.cell(record, Column::Hours)).empty())
        return cellError(record.line, "hours", "a value is required");
    CASTNET_TRY(actual.hours, numberIn(record, header, Column::Hours));
    CASTNET_TRY(actual.setupHours, numberIn(record, header, Column::SetupHours));
    const std::string_view cost = header.cell(record, Column::Cost);
    if (!trim(cost).empty()) {
        auto cents = Cents::parse(trim(cost), "cost");
        if (!cents)
            return cellError(record.line, "cost",
                             fmt::format("\"{}\" is not an amount of at least 0 with at most 2 "
                                         "decimals",
                                         cost));
        actual.cost = *cents;
    }
    if (!trim(header.cell(record, Column::Result)).empty()) {
        CASTNET_TRY(actual.result, numberIn(record, header, Column::Result));
    }
    actual.note = removeFormulaGuard(header.cell(record, Column::Note));
    return actual;
}

void addTo(Actual &sum, const Actual &row) {
    sum.hours += row.hours;
    sum.setupHours += row.setupHours;
    sum.cost = Cents(sum.cost.value() + row.cost.value());
    if (row.result)
        sum.result = sum.result.value_or(0.0) + *row.result;
    if (!row.note.empty())
        sum.note += (sum.note.empty() ? "" : "; ") + row.note;
}

bool isBlank(const CsvRecord &record) {
    return record.fields.size() == 1 && record.fields.front().empty();
}

std::string guarded(std::string_view text) {
    std::string cell;
    if (needsFormulaGuard(text))
        cell = '\'';
    cell.append(text);
    return cell;
}

} // namespace

Result<std::vector<Actual>> readActualsCsv(std::string_view text, const Campaign &campaign,
                                           const std::vector<Activity> &activities) {
    const ActivityIndex index(activities);
    std::optional<Header> header;
    std::size_t columns = 0;
    std::vector<Actual> actuals;
    std::unordered_map<std::int64_t, std::size_t> slotOf; // activity-week -> index in actuals
    auto read = forEachCsvRecord(text, [&](const CsvRecord &record) -> Result<void> {
        if (!header) {
            CASTNET_TRY(header, readHeader(record));
            columns = record.fields.size();
            return {};
        }
        if (isBlank(record))
            return {};
        if (record.fields.size() != columns) {
            return fail(fmt::format("line {}: {} field{}, the header has {}", record.line,
                                    record.fields.size(), record.fields.size() == 1 ? "" : "s",
                                    columns));
        }
        CASTNET_TRY(const Actual row, readRecord(record, *header, campaign, index));
        const std::int64_t key = row.activityId.value() * 512 + row.week;
        const auto [slot, added] = slotOf.emplace(key, actuals.size());
        if (added)
            actuals.push_back(row);
        else
            addTo(actuals[slot->second], row);
        return {};
    });
    if (!read)
        return tl::unexpected(std::move(read.error()));
    if (!header)
        return fail("line 1: the header row is missing");
    return actuals;
}

std::string writeActualsCsv(const std::vector<Actual> &actuals, const Campaign &campaign,
                            const std::vector<Activity> &activities) {
    std::unordered_map<ActivityId, const Activity *> byId;
    for (const Activity &activity : activities)
        byId.emplace(activity.id, &activity);
    std::string out;
    out.reserve(128 + actuals.size() * 80);
    std::vector<std::string> cells;
    for (const auto &[column, name] : columnNames)
        cells.emplace_back(name);
    appendCsvRecord(out, cells);
    for (const Actual &actual : actuals) {
        const auto found = byId.find(actual.activityId);
        const Activity *activity = found == byId.end() ? nullptr : found->second;
        const auto dates = weekDates(campaign.startDate, actual.week);
        cells =
            std::vector<std::string>{fmt::format("{}", actual.activityId),
                                     activity ? guarded(activity->channel) : std::string(),
                                     activity ? guarded(activity->title) : std::string(),
                                     std::to_string(actual.week),
                                     dates ? isoDate(dates->first) : std::string(),
                                     formatDouble(actual.hours),
                                     formatDouble(actual.setupHours),
                                     actual.cost.toString(),
                                     actual.result ? formatDouble(*actual.result) : std::string(),
                                     guarded(actual.note)};
        appendCsvRecord(out, cells);
    }
    return out;
}

} // namespace castnet::core
