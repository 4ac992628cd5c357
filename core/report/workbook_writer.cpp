// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/workbook_writer.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "core/analysis/classification.h"
#include "core/domain/week_dates.h"
#include "core/exchange/file_io.h"

namespace castnet::core {

namespace {

// Midnight UTC of a "YYYY-MM-DD" date; 0 (libxlsxwriter then uses the
// clock) when the date cannot be read.
std::time_t createdTime(const std::string &date) {
    std::tm day{};
    if (std::sscanf(date.c_str(), "%4d-%2d-%2d", &day.tm_year, &day.tm_mon, &day.tm_mday) != 3)
        return 0;
    day.tm_year -= 1900;
    day.tm_mon -= 1;
    return timegm(&day);
}

namespace fs = std::filesystem;

// ---- cell addresses ----

std::string columnName(int column) {
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

// "C8" for row 7, column 2 (both 0-based, as libxlsxwriter counts).
std::string cell(int row, int column) {
    return columnName(column) + std::to_string(row + 1);
}

std::string cellRange(int firstRow, int column, int lastRow, int lastColumn) {
    return cell(firstRow, column) + ":" + cell(lastRow, lastColumn);
}

std::string columnRange(int column, int firstRow, int lastRow) {
    return cellRange(firstRow, column, lastRow, column);
}

std::string absoluteColumnRange(int column, int firstRow, int lastRow) {
    return fmt::format("${0}${1}:${0}${2}", columnName(column), firstRow + 1, lastRow + 1);
}

// "$E$2": the same cell from every row.
std::string absoluteCell(int row, int column) {
    return fmt::format("${}${}", columnName(column), row + 1);
}

// Excel counts days from 1899-12-30 (so that its 1900 leap-year bug lands
// before every date a campaign can have).
double excelDate(std::chrono::sys_days day) {
    return static_cast<double>(day.time_since_epoch().count()) + 25569.0;
}

// A currency or unit inside a number format's quotes: the quote and the
// backslash would end or escape it, so they are left out of the format (the
// column header still shows the label as typed).
std::string formatLiteral(std::string_view label) {
    std::string literal;
    for (const char c : label) {
        if (c != '"' && c != '\\')
            literal += c;
    }
    return literal;
}

// ---- formats ----

enum class Kind { Text, Hours, Money, Number, Ratio, Percent, Count, Date };
inline constexpr int kindCount = 8;

class Formats {
public:
    Formats(lxw_workbook *workbook, const Campaign &campaign) {
        const std::string currency = formatLiteral(campaign.currency);
        const std::string money =
            currency.empty() ? std::string("#,##0.00") : "#,##0.00 \"" + currency + "\"";
        const std::array<std::string, kindCount> numberFormats{
            "@", "#,##0.00 \"h\"", money, "#,##0.00", "0.0000", "0.0%", "0", "d mmm yyyy"};
        for (int bold = 0; bold < 2; ++bold) {
            for (int kind = 0; kind < kindCount; ++kind) {
                lxw_format *format = workbook_add_format(workbook);
                if (kind != int(Kind::Text))
                    format_set_num_format(format, numberFormats[kind].c_str());
                if (bold) {
                    format_set_bold(format);
                    format_set_top(format, LXW_BORDER_THIN);
                }
                m_formats[bold][kind] = format;
            }
        }
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(header, 0xE7ECF2);
        format_set_bottom(header, LXW_BORDER_THIN);
        dateHeader = workbook_add_format(workbook);
        format_set_bold(dateHeader);
        format_set_num_format(dateHeader, numberFormats[int(Kind::Date)].c_str());
        format_set_bg_color(dateHeader, 0xE7ECF2);
        format_set_bottom(dateHeader, LXW_BORDER_THIN);
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 16);
        label = workbook_add_format(workbook);
        format_set_bold(label);
    }

    lxw_format *of(Kind kind, bool bold = false) const { return m_formats[bold][int(kind)]; }

    lxw_format *header = nullptr;
    lxw_format *dateHeader = nullptr;
    lxw_format *title = nullptr;
    lxw_format *label = nullptr;

private:
    std::array<std::array<lxw_format *, kindCount>, 2> m_formats{};
};

// ---- one sheet, remembering the first failure ----

class Sheet {
public:
    Sheet(lxw_workbook *workbook, const char *name, const Formats &formats, lxw_error &status)
        : m_sheet(workbook_add_worksheet(workbook, name))
        , m_formats(formats)
        , m_status(status) {
        if (!m_sheet)
            note(LXW_ERROR_MEMORY_MALLOC_FAILED);
    }

    bool ok() const { return m_sheet != nullptr; }
    const Formats &formats() const { return m_formats; }

    // User text and Castnet's labels alike go through here, never through
    // a formula call: "=1+1" as a campaign name stays those four characters.
    void text(int row, int column, const std::string &value, lxw_format *format = nullptr) {
        if (value.empty())
            return;
        note(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.c_str(),
                                    format));
    }
    void header(int row, int column, const std::string &value) {
        note(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.c_str(),
                                    m_formats.header));
    }
    void headers(int row, const std::vector<std::string> &titles) {
        for (std::size_t i = 0; i < titles.size(); ++i)
            header(row, int(i), titles[i]);
    }
    void dateHeader(int row, int column, std::chrono::sys_days day) {
        note(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), excelDate(day),
                                    m_formats.dateHeader));
    }
    void number(int row, int column, double value, Kind kind, bool bold = false) {
        // A value that is not finite has no cell form; Castnet never makes
        // one, so a blank is the honest fallback.
        if (!std::isfinite(value))
            return;
        note(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value,
                                    m_formats.of(kind, bold)));
    }
    void number(int row, int column, const std::optional<double> &value, Kind kind,
                bool bold = false) {
        if (value)
            number(row, column, *value, kind, bold);
    }
    // A formula with the value Castnet computed for it, so that the figure
    // shows before (or without) a recalculation.
    void formula(int row, int column, const std::string &expression, double value, Kind kind,
                 bool bold = false) {
        if (!std::isfinite(value))
            return;
        note(worksheet_write_formula_num(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                         ("=" + expression).c_str(), m_formats.of(kind, bold),
                                         value));
    }
    void date(int row, int column, std::optional<std::chrono::sys_days> day, bool bold = false) {
        if (day)
            number(row, column, excelDate(*day), Kind::Date, bold);
    }
    void width(int firstColumn, int lastColumn, double characters) {
        note(worksheet_set_column(m_sheet, lxw_col_t(firstColumn), lxw_col_t(lastColumn),
                                  characters, nullptr));
    }
    void freeze(int rows, int columns) {
        worksheet_freeze_panes(m_sheet, lxw_row_t(rows), lxw_col_t(columns));
    }
    void filter(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        note(worksheet_autofilter(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstColumn),
                                  lxw_row_t(lastRow), lxw_col_t(lastColumn)));
    }
    void insertChart(int row, int column, lxw_chart *chart) {
        if (chart)
            note(worksheet_insert_chart(m_sheet, lxw_row_t(row), lxw_col_t(column), chart));
    }

private:
    void note(lxw_error error) {
        if (m_status == LXW_NO_ERROR && error != LXW_NO_ERROR)
            m_status = error;
    }

    lxw_worksheet *m_sheet;
    const Formats &m_formats;
    lxw_error &m_status;
};

// ---- what the sheets share ----

struct Context {
    const CampaignWorkbook &book;
    const Campaign &campaign;
    std::string currency;   // "EUR"
    std::string returnUnit; // "points"
};

std::optional<std::chrono::sys_days> weekStart(const Campaign &campaign, int week) {
    if (const auto dates = weekDates(campaign.startDate, week))
        return dates->first;
    return std::nullopt;
}

std::optional<std::chrono::sys_days> weekEnd(const Campaign &campaign, int week) {
    if (const auto dates = weekDates(campaign.startDate, week))
        return dates->last;
    return std::nullopt;
}

const Activity *activityWithId(const CampaignWorkbook &book, ActivityId id) {
    for (const Activity &activity : book.plan.activities) {
        if (activity.id == id)
            return &activity;
    }
    return nullptr;
}

std::string yesNo(bool value) {
    return value ? "yes" : "no";
}

std::string weekList(const std::vector<int> &weeks) {
    std::string text;
    for (const int week : weeks)
        text += (text.empty() ? "" : ", ") + std::to_string(week);
    return text;
}

// ---- Tracks: the per-track totals over the week-by-week series ----

// Where the Tracks sheet keeps its figures, for the Summary and the charts.
struct TracksLayout {
    static constexpr int mediaRow = 1;
    static constexpr int networkingRow = 2;
    static constexpr int campaignRow = 3;
    static constexpr int weeklyHeaderRow = 5;
    static constexpr int firstWeekRow = 6;
    enum Column {
        Week,
        Starts,
        MediaEffort,
        NetworkingEffort,
        Effort,
        Capacity,
        Overloaded,
        MediaCost,
        NetworkingCost,
        Cost,
        MediaReturn,
        NetworkingReturn,
        Return,
        MediaCumulative,
        NetworkingCumulative
    };
    // Columns of the totals table at the top.
    enum TotalColumn {
        TrackName,
        Activities,
        TotalEffort,
        TotalCost,
        TotalReturn,
        PerHour,
        PerCurrency,
        DefaultReturn
    };
    int weeks = 0;
    int lastWeekRow() const { return firstWeekRow + weeks - 1; }
};

void writeTracks(Sheet &sheet, const Context &context, const TracksLayout &layout) {
    const Projection &projection = context.book.projection;
    const int first = layout.firstWeekRow;
    const int last = layout.lastWeekRow();
    sheet.headers(0, {"Track", "Activities", "Effort (h)", "Cost (" + context.currency + ")",
                      "Expected return (" + context.returnUnit + ")", "Return per hour",
                      "Return per " + context.currency, "Rests on a default maximum return"});
    const std::array<Track, 2> tracks{Track::Media, Track::Networking};
    for (const Track which : tracks) {
        const TrackProjection &track = projection.track(which);
        const bool media = which == Track::Media;
        const int row = media ? TracksLayout::mediaRow : TracksLayout::networkingRow;
        sheet.text(row, TracksLayout::TrackName, std::string(toString(which)));
        sheet.number(row, TracksLayout::Activities, double(track.activityCount), Kind::Count);
        const int effortColumn = media ? TracksLayout::MediaEffort : TracksLayout::NetworkingEffort;
        const int costColumn = media ? TracksLayout::MediaCost : TracksLayout::NetworkingCost;
        const int returnColumn = media ? TracksLayout::MediaReturn : TracksLayout::NetworkingReturn;
        sheet.formula(row, TracksLayout::TotalEffort,
                      "SUM(" + columnRange(effortColumn, first, last) + ")", track.totalEffort,
                      Kind::Hours);
        sheet.formula(row, TracksLayout::TotalCost,
                      "SUM(" + columnRange(costColumn, first, last) + ")", track.totalCost,
                      Kind::Money);
        sheet.formula(row, TracksLayout::TotalReturn,
                      "SUM(" + columnRange(returnColumn, first, last) + ")", track.totalReturn,
                      Kind::Number);
        if (track.returnPerHour) {
            sheet.formula(row, TracksLayout::PerHour,
                          cell(row, TracksLayout::TotalReturn) + "/" +
                              cell(row, TracksLayout::TotalEffort),
                          *track.returnPerHour, Kind::Ratio);
        }
        if (track.returnPerCurrencyUnit) {
            sheet.formula(row, TracksLayout::PerCurrency,
                          cell(row, TracksLayout::TotalReturn) + "/" +
                              cell(row, TracksLayout::TotalCost),
                          *track.returnPerCurrencyUnit, Kind::Ratio);
        }
        sheet.text(row, TracksLayout::DefaultReturn, yesNo(track.restsOnDefaultReturn));
    }
    const int total = TracksLayout::campaignRow;
    const auto sumOfTracks = [&](int column) {
        return cell(TracksLayout::mediaRow, column) + "+" +
               cell(TracksLayout::networkingRow, column);
    };
    sheet.text(total, TracksLayout::TrackName, "campaign", sheet.formats().of(Kind::Text, true));
    sheet.formula(total, TracksLayout::Activities, sumOfTracks(TracksLayout::Activities),
                  double(projection.activities.size()), Kind::Count, true);
    sheet.formula(total, TracksLayout::TotalEffort, sumOfTracks(TracksLayout::TotalEffort),
                  projection.totalEffort, Kind::Hours, true);
    sheet.formula(total, TracksLayout::TotalCost, sumOfTracks(TracksLayout::TotalCost),
                  projection.totalCost, Kind::Money, true);
    sheet.formula(total, TracksLayout::TotalReturn, sumOfTracks(TracksLayout::TotalReturn),
                  projection.totalReturn, Kind::Number, true);
    if (projection.returnPerHour) {
        sheet.formula(total, TracksLayout::PerHour,
                      cell(total, TracksLayout::TotalReturn) + "/" +
                          cell(total, TracksLayout::TotalEffort),
                      *projection.returnPerHour, Kind::Ratio, true);
    }
    if (projection.returnPerCurrencyUnit) {
        sheet.formula(total, TracksLayout::PerCurrency,
                      cell(total, TracksLayout::TotalReturn) + "/" +
                          cell(total, TracksLayout::TotalCost),
                      *projection.returnPerCurrencyUnit, Kind::Ratio, true);
    }
    sheet.text(total, TracksLayout::DefaultReturn, yesNo(projection.restsOnDefaultReturn),
               sheet.formats().of(Kind::Text, true));

    sheet.headers(TracksLayout::weeklyHeaderRow,
                  {"Week", "Starts", "Media effort (h)", "Networking effort (h)", "Effort (h)",
                   "Capacity (h)", "Over capacity", "Media cost", "Networking cost", "Cost",
                   "Media return", "Networking return", "Return", "Cumulative media return",
                   "Cumulative networking return"});
    const TrackProjection &media = projection.track(Track::Media);
    const TrackProjection &networking = projection.track(Track::Networking);
    double mediaCumulative = 0.0;
    double networkingCumulative = 0.0;
    for (int week = 1; week <= layout.weeks; ++week) {
        const auto t = static_cast<std::size_t>(week - 1);
        const int row = first + week - 1;
        sheet.number(row, TracksLayout::Week, double(week), Kind::Count);
        sheet.date(row, TracksLayout::Starts, weekStart(context.campaign, week));
        sheet.number(row, TracksLayout::MediaEffort, media.effort[t], Kind::Hours);
        sheet.number(row, TracksLayout::NetworkingEffort, networking.effort[t], Kind::Hours);
        sheet.formula(row, TracksLayout::Effort,
                      cell(row, TracksLayout::MediaEffort) + "+" +
                          cell(row, TracksLayout::NetworkingEffort),
                      projection.weeklyEffort[t], Kind::Hours);
        sheet.number(row, TracksLayout::Capacity, projection.capacityHoursPerWeek, Kind::Hours);
        const bool overloaded =
            std::find(projection.overloadWeeks.begin(), projection.overloadWeeks.end(), week) !=
            projection.overloadWeeks.end();
        if (overloaded)
            sheet.text(row, TracksLayout::Overloaded, "yes");
        sheet.number(row, TracksLayout::MediaCost, media.cost[t], Kind::Money);
        sheet.number(row, TracksLayout::NetworkingCost, networking.cost[t], Kind::Money);
        sheet.formula(row, TracksLayout::Cost,
                      cell(row, TracksLayout::MediaCost) + "+" +
                          cell(row, TracksLayout::NetworkingCost),
                      projection.weeklyCost[t], Kind::Money);
        sheet.number(row, TracksLayout::MediaReturn, media.returns[t], Kind::Number);
        sheet.number(row, TracksLayout::NetworkingReturn, networking.returns[t], Kind::Number);
        sheet.formula(row, TracksLayout::Return,
                      cell(row, TracksLayout::MediaReturn) + "+" +
                          cell(row, TracksLayout::NetworkingReturn),
                      projection.weeklyReturn[t], Kind::Number);
        mediaCumulative += media.returns[t];
        networkingCumulative += networking.returns[t];
        const auto running = [&](int cumulative, int weekly) {
            return week == 1 ? cell(row, weekly)
                             : cell(row - 1, cumulative) + "+" + cell(row, weekly);
        };
        sheet.formula(row, TracksLayout::MediaCumulative,
                      running(TracksLayout::MediaCumulative, TracksLayout::MediaReturn),
                      mediaCumulative, Kind::Number);
        sheet.formula(row, TracksLayout::NetworkingCumulative,
                      running(TracksLayout::NetworkingCumulative, TracksLayout::NetworkingReturn),
                      networkingCumulative, Kind::Number);
    }
    sheet.width(0, 0, 12);
    sheet.width(1, 1, 12);
    sheet.width(2, 14, 14);
    sheet.freeze(first, 2);
}

// The two native charts of §16, drawn from the Tracks sheet's weekly table.
lxw_chart *cumulativeReturnChart(lxw_workbook *workbook, const Context &context,
                                 const TracksLayout &layout) {
    lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_LINE);
    if (!chart)
        return nullptr;
    const auto series = [&](int column, const char *name) {
        lxw_chart_series *line = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(line, "Tracks", layout.firstWeekRow, TracksLayout::Week,
                                    layout.lastWeekRow(), TracksLayout::Week);
        chart_series_set_values(line, "Tracks", layout.firstWeekRow, column, layout.lastWeekRow(),
                                column);
        chart_series_set_name(line, name);
    };
    series(TracksLayout::MediaCumulative, "media");
    series(TracksLayout::NetworkingCumulative, "networking");
    chart_title_set_name(chart, "Cumulative expected return per track");
    chart_axis_set_name(chart->x_axis, "Campaign week");
    chart_axis_set_name(chart->y_axis, context.returnUnit.c_str());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    return chart;
}

lxw_chart *weeklyEffortChart(lxw_workbook *workbook, const TracksLayout &layout) {
    // libxlsxwriter 1.1.4 cannot combine bars with a line, so the tracks'
    // effort, their sum and the capacity are four lines on one axis.
    lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_LINE);
    if (!chart)
        return nullptr;
    const auto series = [&](int column, const char *name, lxw_chart_line *style) {
        lxw_chart_series *line = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(line, "Tracks", layout.firstWeekRow, TracksLayout::Week,
                                    layout.lastWeekRow(), TracksLayout::Week);
        chart_series_set_values(line, "Tracks", layout.firstWeekRow, column, layout.lastWeekRow(),
                                column);
        chart_series_set_name(line, name);
        if (style)
            chart_series_set_line(line, style);
    };
    lxw_chart_line capacity{};
    capacity.color = 0xC0392B;
    capacity.dash_type = LXW_CHART_LINE_DASH_DASH;
    capacity.width = 2.0;
    lxw_chart_line total{};
    total.color = 0x222222;
    total.width = 2.25;
    series(TracksLayout::MediaEffort, "media effort", nullptr);
    series(TracksLayout::NetworkingEffort, "networking effort", nullptr);
    series(TracksLayout::Effort, "effort", &total);
    series(TracksLayout::Capacity, "capacity", &capacity);
    chart_title_set_name(chart, "Weekly effort against capacity");
    chart_axis_set_name(chart->x_axis, "Campaign week");
    chart_axis_set_name(chart->y_axis, "hours");
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    return chart;
}

// ---- Activities ----

void writeActivities(Sheet &sheet, const Context &context) {
    const CampaignWorkbook &book = context.book;
    enum Column {
        Id,
        Channel,
        Title,
        TrackColumn,
        FormatColumn,
        InteractionColumn,
        Automated,
        GoalColumn,
        Cadence,
        HoursPerOccurrence,
        SetupHours,
        CostPerOccurrence,
        StartWeek,
        EndWeek,
        StartDate,
        EndDate,
        MaxReturn,
        HalfSaturation,
        Shape,
        Carryover,
        DefaultReturn,
        WeeklyEffort,
        TotalEffort,
        TotalCost,
        TotalReturn,
        PerHour,
        PerCurrency,
        Maturity,
        Marginal,
        Notes,
        ColumnCount
    };
    sheet.headers(0, {"ID",
                      "Channel",
                      "Title",
                      "Track",
                      "Format",
                      "Interaction",
                      "Automated",
                      "Goal",
                      "Cadence per week",
                      "Hours per occurrence",
                      "Setup hours",
                      "Cost per occurrence (" + context.currency + ")",
                      "Start week",
                      "End week",
                      "Starts",
                      "Ends",
                      "Maximum weekly return",
                      "Half-saturation hours",
                      "Shape",
                      "Carry-over",
                      "Maximum return is the track default",
                      "Effort per active week (h)",
                      "Total effort (h)",
                      "Total cost (" + context.currency + ")",
                      "Expected return (" + context.returnUnit + ")",
                      "Return per hour",
                      "Return per " + context.currency,
                      "Weeks to 90 % maturity",
                      "Return of one more hour a week",
                      "Notes"});
    const auto &projected = book.projection.activities;
    int row = 1;
    for (const ActivityProjection &p : projected) {
        const Activity &a = book.plan.activities[p.index];
        sheet.number(row, Id, double(a.id.value()), Kind::Count);
        sheet.text(row, Channel, a.channel);
        sheet.text(row, Title, a.title);
        sheet.text(row, TrackColumn, std::string(toString(p.track)));
        sheet.text(row, FormatColumn, std::string(toString(a.format)));
        sheet.text(row, InteractionColumn, std::string(toString(a.interaction)));
        sheet.text(row, Automated, yesNo(a.automated));
        sheet.text(row, GoalColumn, std::string(toString(a.goal)));
        sheet.number(row, Cadence, a.cadencePerWeek, Kind::Number);
        sheet.number(row, HoursPerOccurrence, a.hoursPerOccurrence, Kind::Hours);
        sheet.number(row, SetupHours, a.setupHours, Kind::Hours);
        sheet.number(row, CostPerOccurrence, a.costPerOccurrence.units(), Kind::Money);
        sheet.number(row, StartWeek, double(a.startWeek), Kind::Count);
        sheet.number(row, EndWeek, double(a.endWeek), Kind::Count);
        sheet.date(row, StartDate, weekStart(context.campaign, a.startWeek));
        sheet.date(row, EndDate, weekEnd(context.campaign, a.endWeek));
        sheet.number(row, MaxReturn, p.response.maxWeeklyReturn, Kind::Number);
        sheet.number(row, HalfSaturation, p.response.halfSaturationHours, Kind::Hours);
        sheet.number(row, Shape, p.response.shape, Kind::Ratio);
        sheet.number(row, Carryover, p.response.carryover, Kind::Ratio);
        sheet.text(row, DefaultReturn, yesNo(p.response.maxWeeklyReturnIsDefault));
        sheet.number(row, WeeklyEffort, p.weeklyRecurringEffort, Kind::Hours);
        sheet.number(row, TotalEffort, p.totalEffort, Kind::Hours);
        sheet.number(row, TotalCost, p.totalCost, Kind::Money);
        sheet.number(row, TotalReturn, p.totalReturn, Kind::Number);
        sheet.number(row, PerHour, p.returnPerHour, Kind::Ratio);
        sheet.number(row, PerCurrency, p.returnPerCurrencyUnit, Kind::Ratio);
        sheet.number(row, Maturity, double(p.maturityWeeks), Kind::Count);
        sheet.number(row, Marginal, p.marginalReturn, Kind::Ratio);
        sheet.text(row, Notes, a.notes);
        ++row;
    }
    const int lastRow = row - 1;
    // The filter covers the activities only: the total row below a blank
    // row stays put when the list is sorted or filtered.
    sheet.filter(0, 0, std::max(lastRow, 1), ColumnCount - 1);
    sheet.freeze(1, Title + 1);
    if (!projected.empty()) {
        const int total = lastRow + 2;
        const Projection &projection = book.projection;
        const auto sum = [&](int column) { return "SUM(" + columnRange(column, 1, lastRow) + ")"; };
        double setup = 0.0;
        for (const Activity &a : book.plan.activities)
            setup += a.setupHours;
        sheet.text(total, Title, "Total", sheet.formats().of(Kind::Text, true));
        sheet.formula(total, SetupHours, sum(SetupHours), setup, Kind::Hours, true);
        sheet.formula(total, TotalEffort, sum(TotalEffort), projection.totalEffort, Kind::Hours,
                      true);
        sheet.formula(total, TotalCost, sum(TotalCost), projection.totalCost, Kind::Money, true);
        sheet.formula(total, TotalReturn, sum(TotalReturn), projection.totalReturn, Kind::Number,
                      true);
        if (projection.returnPerHour) {
            sheet.formula(total, PerHour, cell(total, TotalReturn) + "/" + cell(total, TotalEffort),
                          *projection.returnPerHour, Kind::Ratio, true);
        }
        if (projection.returnPerCurrencyUnit) {
            sheet.formula(total, PerCurrency,
                          cell(total, TotalReturn) + "/" + cell(total, TotalCost),
                          *projection.returnPerCurrencyUnit, Kind::Ratio, true);
        }
    }
    sheet.width(Id, Id, 6);
    sheet.width(Channel, Channel, 16);
    sheet.width(Title, Title, 32);
    sheet.width(TrackColumn, Marginal, 13);
    sheet.width(Notes, Notes, 40);
}

// ---- Weekly: activity × week ----

void writeWeekly(Sheet &sheet, const Context &context) {
    const CampaignWorkbook &book = context.book;
    const int weeks = book.projection.weeks;
    constexpr int firstWeekColumn = 5;
    const int totalColumn = firstWeekColumn + weeks;
    const int lastWeekColumn = totalColumn - 1;
    // Row 1 names the weeks, row 2 (the filter's header) dates them.
    for (int week = 1; week <= weeks; ++week) {
        sheet.header(0, firstWeekColumn + week - 1, "Week " + std::to_string(week));
        if (const auto day = weekStart(context.campaign, week)) {
            sheet.dateHeader(1, firstWeekColumn + week - 1, *day);
        } else {
            sheet.header(1, firstWeekColumn + week - 1, "");
        }
    }
    for (int column = 0; column < firstWeekColumn; ++column)
        sheet.header(0, column, "");
    sheet.headers(1, {"ID", "Channel", "Title", "Track", "Figure"});
    sheet.header(0, totalColumn, "");
    sheet.header(1, totalColumn, "Total");
    int row = 2;
    for (const ActivityProjection &p : book.projection.activities) {
        const Activity &a = book.plan.activities[p.index];
        const auto line = [&](const char *figure, std::span<const double> series, double total,
                              Kind kind) {
            sheet.number(row, 0, double(a.id.value()), Kind::Count);
            sheet.text(row, 1, a.channel);
            sheet.text(row, 2, a.title);
            sheet.text(row, 3, std::string(toString(p.track)));
            sheet.text(row, 4, figure);
            for (int week = 1; week <= weeks; ++week)
                sheet.number(row, firstWeekColumn + week - 1, series[std::size_t(week - 1)], kind);
            sheet.formula(row, totalColumn,
                          "SUM(" + cellRange(row, firstWeekColumn, row, lastWeekColumn) + ")",
                          total, kind);
            ++row;
        };
        line("Effort", p.effort, p.totalEffort, Kind::Hours);
        line("Return", p.returns, p.totalReturn, Kind::Number);
    }
    const int lastDataRow = row - 1;
    sheet.filter(1, 0, std::max(lastDataRow, 2), totalColumn);
    sheet.freeze(2, firstWeekColumn);
    if (lastDataRow >= 2) {
        const Projection &projection = book.projection;
        const int effortRow = lastDataRow + 2;
        const int returnRow = effortRow + 1;
        const int capacityRow = returnRow + 1;
        const std::string figures = absoluteColumnRange(4, 2, lastDataRow);
        const auto totals = [&](int at, const char *figure, const std::vector<double> &series,
                                double total, Kind kind) {
            sheet.text(at, 2, "All activities", sheet.formats().of(Kind::Text, true));
            sheet.text(at, 4, figure, sheet.formats().of(Kind::Text, true));
            for (int week = 1; week <= weeks; ++week) {
                const int column = firstWeekColumn + week - 1;
                sheet.formula(at, column,
                              fmt::format("SUMIF({},\"{}\",{})", figures, figure,
                                          columnRange(column, 2, lastDataRow)),
                              series[std::size_t(week - 1)], kind, true);
            }
            sheet.formula(at, totalColumn,
                          "SUM(" + cellRange(at, firstWeekColumn, at, lastWeekColumn) + ")", total,
                          kind, true);
        };
        totals(effortRow, "Effort", projection.weeklyEffort, projection.totalEffort, Kind::Hours);
        totals(returnRow, "Return", projection.weeklyReturn, projection.totalReturn, Kind::Number);
        sheet.text(capacityRow, 2, "Capacity");
        for (int week = 1; week <= weeks; ++week) {
            sheet.number(capacityRow, firstWeekColumn + week - 1, projection.capacityHoursPerWeek,
                         Kind::Hours);
        }
    }
    sheet.width(0, 0, 6);
    sheet.width(1, 1, 16);
    sheet.width(2, 2, 32);
    sheet.width(3, 4, 11);
    sheet.width(firstWeekColumn, totalColumn, 12);
}

// ---- Scenarios ----

// Where the Scenarios sheet keeps each scenario's return, for the Summary.
int scenarioRow(std::size_t index) {
    return 1 + int(index);
}
// The Scenarios sheet's columns of the differences to the plan.
constexpr int scenarioReturnVsPlan = 13;
constexpr int scenarioEffortVsPlan = 14;
constexpr int scenarioCostVsPlan = 15;

void writeScenarios(Sheet &sheet, lxw_workbook *workbook, const Context &context) {
    const auto &scenarios = context.book.scenarios;
    enum Column {
        Name,
        KindColumn,
        Effort,
        Cost,
        Return,
        PerHour,
        MediaEffort,
        NetworkingEffort,
        MediaReturn,
        NetworkingReturn,
        OverloadCount,
        OverloadWeeks,
        AddedSince,
        ReturnVsPlan,
        EffortVsPlan,
        CostVsPlan,
        ColumnCount
    };
    static_assert(ReturnVsPlan == scenarioReturnVsPlan && EffortVsPlan == scenarioEffortVsPlan &&
                  CostVsPlan == scenarioCostVsPlan);
    sheet.headers(
        0, {"Scenario", "Kind", "Effort (h)", "Cost (" + context.currency + ")",
            "Expected return (" + context.returnUnit + ")", "Return per hour", "Media effort (h)",
            "Networking effort (h)", "Media return", "Networking return", "Weeks over capacity",
            "Which weeks", "Activities added since it was saved (they keep their planned hours)",
            "Return against the plan", "Effort against the plan", "Cost against the plan"});
    const Projection &plan = scenarios.front().projection;
    const int planRow = scenarioRow(0);
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const WorkbookScenario &s = scenarios[i];
        const Projection &p = s.projection;
        const int row = scenarioRow(i);
        sheet.text(row, Name, s.name);
        sheet.text(row, KindColumn,
                   s.kind == WorkbookScenario::Kind::Plan       ? "plan"
                   : s.kind == WorkbookScenario::Kind::Proposal ? "optimizer's proposal"
                                                                : "stored");
        sheet.number(row, Effort, p.totalEffort, Kind::Hours);
        sheet.number(row, Cost, p.totalCost, Kind::Money);
        sheet.number(row, Return, p.totalReturn, Kind::Number);
        sheet.number(row, PerHour, p.returnPerHour, Kind::Ratio);
        sheet.number(row, MediaEffort, p.track(Track::Media).totalEffort, Kind::Hours);
        sheet.number(row, NetworkingEffort, p.track(Track::Networking).totalEffort, Kind::Hours);
        sheet.number(row, MediaReturn, p.track(Track::Media).totalReturn, Kind::Number);
        sheet.number(row, NetworkingReturn, p.track(Track::Networking).totalReturn, Kind::Number);
        sheet.number(row, OverloadCount, double(p.overloadWeeks.size()), Kind::Count);
        sheet.text(row, OverloadWeeks, weekList(p.overloadWeeks));
        sheet.number(row, AddedSince, double(s.activitiesAddedSince), Kind::Count);
        sheet.formula(row, ReturnVsPlan, cell(row, Return) + "-" + absoluteCell(planRow, Return),
                      p.totalReturn - plan.totalReturn, Kind::Number);
        sheet.formula(row, EffortVsPlan, cell(row, Effort) + "-" + absoluteCell(planRow, Effort),
                      p.totalEffort - plan.totalEffort, Kind::Hours);
        sheet.formula(row, CostVsPlan, cell(row, Cost) + "-" + absoluteCell(planRow, Cost),
                      p.totalCost - plan.totalCost, Kind::Money);
    }
    const int lastRow = scenarioRow(scenarios.size() - 1);
    sheet.filter(0, 0, lastRow, ColumnCount - 1);
    sheet.freeze(1, 1);
    sheet.width(Name, Name, 24);
    sheet.width(KindColumn, KindColumn, 12);
    sheet.width(Effort, CostVsPlan, 14);

    if (lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_COLUMN)) {
        const auto series = [&](int column, const char *name) {
            lxw_chart_series *bars = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(bars, "Scenarios", 1, Name, lastRow, Name);
            chart_series_set_values(bars, "Scenarios", 1, column, lastRow, column);
            chart_series_set_name(bars, name);
        };
        series(Return, "expected return");
        series(Effort, "effort (h)");
        chart_title_set_name(chart, "Expected return and effort per scenario");
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        sheet.insertChart(lastRow + 3, 0, chart);
    }
}

// ---- Progress ----

void writeProgress(Sheet &sheet, const Context &context, const WorkbookActuals &actuals) {
    const Progress &progress = actuals.progress;
    const int asOf = progress.asOfWeek;
    std::string heading = "Progress as of week " + std::to_string(asOf);
    sheet.text(0, 0, heading, sheet.formats().title);
    sheet.text(1, 0, actuals.baselineName ? "Compared with the baseline" : "Compared with the plan",
               sheet.formats().label);
    if (actuals.baselineName)
        sheet.text(1, 3, *actuals.baselineName);
    else
        sheet.text(1, 3, "no baseline is saved");
    enum Column {
        Id,
        Title,
        TrackColumn,
        InBaseline,
        InPlan,
        PlannedEffort,
        ActualEffort,
        EffortVariance,
        EffortIndex,
        PlannedCost,
        ActualCost,
        CostVariance,
        CostIndex,
        MeasuredWeeks,
        PlannedReturn,
        ActualReturn,
        ReturnVariance,
        ReturnIndex,
        Forecast,
        BaselineReturn,
        ColumnCount
    };
    constexpr int headerRow = 3;
    sheet.headers(headerRow, {"ID",
                              "Title",
                              "Track",
                              "In the baseline",
                              "In the plan",
                              "Planned effort (h)",
                              "Actual effort (h)",
                              "Effort variance (h)",
                              "Effort index",
                              "Planned cost (" + context.currency + ")",
                              "Actual cost",
                              "Cost variance",
                              "Cost index",
                              "Weeks with results",
                              "Planned return in those weeks",
                              "Measured return",
                              "Return variance",
                              "Return index",
                              "Re-forecast total return",
                              "Baseline total return"});
    // Variance and index as formulas over the row's own cells.
    const auto comparison = [&](int row, int planned, int actual, int variance, int index,
                                std::optional<double> varianceValue,
                                std::optional<double> indexValue, Kind kind, bool bold) {
        if (varianceValue) {
            sheet.formula(row, variance, cell(row, actual) + "-" + cell(row, planned),
                          *varianceValue, kind, bold);
        }
        if (indexValue) {
            sheet.formula(row, index, cell(row, actual) + "/" + cell(row, planned), *indexValue,
                          Kind::Percent, bold);
        }
    };
    const auto figures = [&](int row, const auto &p, bool bold) {
        comparison(row, PlannedEffort, ActualEffort, EffortVariance, EffortIndex, p.effort.variance,
                   p.effort.index, Kind::Hours, bold);
        comparison(row, PlannedCost, ActualCost, CostVariance, CostIndex, p.cost.variance,
                   p.cost.index, Kind::Money, bold);
        sheet.number(row, MeasuredWeeks, double(p.returns.measuredWeeks), Kind::Count, bold);
        if (p.returns.measuredWeeks > 0)
            sheet.number(row, PlannedReturn, p.returns.plannedInMeasuredWeeks, Kind::Number, bold);
        comparison(row, PlannedReturn, ActualReturn, ReturnVariance, ReturnIndex,
                   p.returns.variance, p.returns.index, Kind::Number, bold);
    };
    int row = headerRow + 1;
    for (const ActivityProgress &p : progress.activities) {
        sheet.number(row, Id, double(p.id.value()), Kind::Count);
        sheet.text(row, Title, p.title);
        sheet.text(row, TrackColumn, std::string(toString(p.track)));
        sheet.text(row, InBaseline, yesNo(p.inBaseline));
        sheet.text(row, InPlan, yesNo(p.inPlan));
        sheet.number(row, PlannedEffort, p.effort.plannedTotal, Kind::Hours);
        sheet.number(row, ActualEffort, p.effort.actualTotal, Kind::Hours);
        sheet.number(row, PlannedCost, p.cost.plannedTotal, Kind::Money);
        sheet.number(row, ActualCost, p.cost.actualTotal, Kind::Money);
        if (p.returns.measuredWeeks > 0)
            sheet.number(row, ActualReturn, p.returns.actualTotal, Kind::Number);
        figures(row, p, false);
        sheet.number(row, Forecast, p.forecastTotalReturn, Kind::Number);
        sheet.number(row, BaselineReturn, p.baselineTotalReturn, Kind::Number);
        ++row;
    }
    const int firstData = headerRow + 1;
    const int lastData = row - 1;
    sheet.filter(headerRow, 0, std::max(lastData, firstData), ColumnCount - 1);
    sheet.freeze(firstData, Title + 1);

    // Track and campaign rows: sums of the activities where the figure adds
    // up; the planned return of the weeks with results does not (a track's
    // week counts when any of its activities measured it), so it is
    // Castnet's own figure.
    row = lastData + 2;
    const std::string tracks = absoluteColumnRange(TrackColumn, firstData, lastData);
    const auto total = [&](const ProgressTotals &t, const std::string &name,
                           const std::optional<std::string> &criterion) {
        const auto sum = [&](int column) {
            const std::string values = columnRange(column, firstData, lastData);
            return criterion ? fmt::format("SUMIF({},\"{}\",{})", tracks, *criterion, values)
                             : "SUM(" + values + ")";
        };
        sheet.text(row, Title, name, sheet.formats().of(Kind::Text, true));
        if (lastData >= firstData) {
            sheet.formula(row, PlannedEffort, sum(PlannedEffort), t.effort.plannedTotal,
                          Kind::Hours, true);
            sheet.formula(row, ActualEffort, sum(ActualEffort), t.effort.actualTotal, Kind::Hours,
                          true);
            sheet.formula(row, PlannedCost, sum(PlannedCost), t.cost.plannedTotal, Kind::Money,
                          true);
            sheet.formula(row, ActualCost, sum(ActualCost), t.cost.actualTotal, Kind::Money, true);
            if (t.returns.measuredWeeks > 0) {
                sheet.formula(row, ActualReturn, sum(ActualReturn), t.returns.actualTotal,
                              Kind::Number, true);
            }
            sheet.formula(row, Forecast, sum(Forecast), t.forecastTotalReturn, Kind::Number, true);
            sheet.formula(row, BaselineReturn, sum(BaselineReturn), t.baselineTotalReturn,
                          Kind::Number, true);
        }
        figures(row, t, true);
        ++row;
    };
    total(progress.track(Track::Media), "media", std::string("media"));
    total(progress.track(Track::Networking), "networking", std::string("networking"));
    total(progress.campaign, "campaign", std::nullopt);

    // The campaign week by week, weeks 1 … K.
    row += 1;
    const int weeklyHeader = row;
    sheet.headers(weeklyHeader,
                  {"Week", "Starts", "Planned effort (h)", "Actual effort (h)", "Planned cost",
                   "Actual cost", "Planned return", "Measured return"});
    const ProgressTotals &campaign = progress.campaign;
    for (int week = 1; week <= asOf; ++week) {
        const auto t = static_cast<std::size_t>(week - 1);
        const int at = weeklyHeader + week;
        sheet.number(at, 0, double(week), Kind::Count);
        sheet.date(at, 1, weekStart(context.campaign, week));
        sheet.number(at, 2, campaign.effort.planned[t], Kind::Hours);
        sheet.number(at, 3, campaign.effort.actual[t], Kind::Hours);
        sheet.number(at, 4, campaign.cost.planned[t], Kind::Money);
        sheet.number(at, 5, campaign.cost.actual[t], Kind::Money);
        sheet.number(at, 6, campaign.returns.planned[t], Kind::Number);
        sheet.number(at, 7, campaign.returns.measured(t), Kind::Number);
    }
    sheet.width(Id, Id, 8);
    sheet.width(Title, Title, 32);
    sheet.width(TrackColumn, BaselineReturn, 13);
}

// ---- Calibration ----

void writeCalibration(Sheet &sheet, const Context &context, const WorkbookActuals &actuals) {
    const CampaignCalibration &calibration = actuals.calibration;
    enum Column {
        Id,
        Title,
        TrackColumn,
        Weeks,
        Fitted,
        Reason,
        MaxReturn,
        HalfSaturation,
        Shape,
        Carryover,
        Sse,
        R2,
        Nrmse,
        Mape,
        HoldoutWeeks,
        HoldoutNrmse,
        HoldoutMape,
        P10,
        P50,
        P90,
        Forecast,
        ColumnCount
    };
    sheet.headers(0, {"ID",
                      "Title",
                      "Track",
                      "Weeks with results",
                      "Fitted",
                      "Why not (or not all) fitted",
                      "Maximum weekly return",
                      "Half-saturation hours",
                      "Shape",
                      "Carry-over",
                      "Sum of squared errors",
                      "R²",
                      "NRMSE",
                      "MAPE",
                      "Hold-out weeks",
                      "Hold-out NRMSE",
                      "Hold-out MAPE",
                      "Re-forecast P10",
                      "Re-forecast P50",
                      "Re-forecast P90",
                      "Re-forecast total return (" + context.returnUnit + ")"});
    const auto band = [&](int row, const std::optional<Band> &b, bool bold) {
        if (!b)
            return;
        sheet.number(row, P10, b->p10, Kind::Number, bold);
        sheet.number(row, P50, b->p50, Kind::Number, bold);
        sheet.number(row, P90, b->p90, Kind::Number, bold);
    };
    int row = 1;
    for (const ActivityCalibration &c : calibration.activities) {
        const Activity *activity = activityWithId(context.book, c.id);
        sheet.number(row, Id, double(c.id.value()), Kind::Count);
        if (activity) {
            sheet.text(row, Title, activity->title);
            sheet.text(
                row, TrackColumn,
                std::string(toString(effectiveTrack(*activity, context.campaign.objective))));
        }
        sheet.number(row, Weeks, double(c.weeksWithResults), Kind::Count);
        std::string fitted;
        for (const ResponseParameter parameter : c.fitted)
            fitted += (fitted.empty() ? "" : ", ") + std::string(csvName(parameter));
        sheet.text(row, Fitted, fitted.empty() ? std::string("nothing") : fitted);
        if (c.reason)
            sheet.text(row, Reason, *c.reason);
        sheet.number(row, MaxReturn, c.parameters.maxWeeklyReturn, Kind::Number);
        sheet.number(row, HalfSaturation, c.parameters.halfSaturationHours, Kind::Hours);
        sheet.number(row, Shape, c.parameters.shape, Kind::Ratio);
        sheet.number(row, Carryover, c.parameters.carryover, Kind::Ratio);
        if (c.quality) {
            sheet.number(row, Sse, c.quality->sse, Kind::Number);
            sheet.number(row, R2, c.quality->r2, Kind::Ratio);
            sheet.number(row, Nrmse, c.quality->nrmse, Kind::Ratio);
            sheet.number(row, Mape, c.quality->mape, Kind::Percent);
        }
        if (c.holdout) {
            sheet.number(row, HoldoutWeeks, double(c.holdout->weeks), Kind::Count);
            sheet.number(row, HoldoutNrmse, c.holdout->nrmse, Kind::Ratio);
            sheet.number(row, HoldoutMape, c.holdout->mape, Kind::Percent);
        }
        // Without a fit there is no spread: the band is the re-forecast
        // itself, as `castnet calibrate` shows it.
        band(row,
             c.forecastBand.value_or(
                 Band{c.forecastTotalReturn, c.forecastTotalReturn, c.forecastTotalReturn}),
             false);
        sheet.number(row, Forecast, c.forecastTotalReturn, Kind::Number);
        ++row;
    }
    const int lastData = row - 1;
    sheet.filter(0, 0, std::max(lastData, 1), ColumnCount - 1);
    sheet.freeze(1, Title + 1);
    // The bands of the tracks and the campaign combine the activities'
    // draws (a sum of percentiles is not a percentile), so they are
    // Castnet's figures, not formulas.
    row = lastData + 2;
    sheet.text(row, Title, "media", sheet.formats().of(Kind::Text, true));
    band(row++, calibration.trackForecast[trackIndex(Track::Media)], true);
    sheet.text(row, Title, "networking", sheet.formats().of(Kind::Text, true));
    band(row++, calibration.trackForecast[trackIndex(Track::Networking)], true);
    sheet.text(row, Title, "campaign", sheet.formats().of(Kind::Text, true));
    band(row, calibration.campaignForecast, true);
    sheet.width(Id, Id, 8);
    sheet.width(Title, Title, 32);
    sheet.width(TrackColumn, Fitted, 14);
    sheet.width(Reason, Reason, 40);
    sheet.width(MaxReturn, Forecast, 13);
}

// ---- Summary ----

void writeSummary(Sheet &sheet, lxw_workbook *workbook, const Context &context,
                  const TracksLayout &tracks) {
    const CampaignWorkbook &book = context.book;
    const Campaign &campaign = context.campaign;
    sheet.text(0, 0, "Strategy workbook", sheet.formats().title);
    int row = 2;
    const auto fact = [&](const std::string &label) {
        sheet.text(row, 0, label, sheet.formats().label);
        return row++;
    };
    sheet.text(fact("Brand"), 1, book.brand.name);
    sheet.text(fact("Campaign"), 1, campaign.name);
    sheet.text(fact("Objective"), 1, std::string(toString(campaign.objective)));
    sheet.date(fact("Starts"), 1, weekStart(campaign, 1));
    sheet.date(fact("Ends"), 1, weekEnd(campaign, campaign.weeks));
    sheet.number(fact("Weeks"), 1, double(campaign.weeks), Kind::Count);
    sheet.number(fact("Capacity per week"), 1, campaign.capacityHoursPerWeek, Kind::Hours);
    const int budget = fact("Budget per week");
    if (campaign.budgetPerWeek)
        sheet.number(budget, 1, campaign.budgetPerWeek->units(), Kind::Money);
    else
        sheet.text(budget, 1, "no limit");
    sheet.text(fact("Currency"), 1, campaign.currency);
    sheet.text(fact("Return unit"), 1, campaign.returnUnit);
    sheet.number(fact("Automation saving"), 1, campaign.automationSaving, Kind::Percent);
    sheet.date(fact("Workbook date"), 1, parseIsoDate(book.date));

    row += 1;
    const int figuresHeader = row;
    sheet.headers(figuresHeader, {"Figure", "Media", "Networking", "Campaign"});
    const auto fromTracks =
        [&](const std::string &label, int column, Kind kind, const std::optional<double> &media,
            const std::optional<double> &networking, const std::optional<double> &total) {
            const int at = ++row;
            sheet.text(at, 0, label, sheet.formats().label);
            const std::array<std::pair<int, std::optional<double>>, 3> cells{
                std::pair{TracksLayout::mediaRow, media},
                std::pair{TracksLayout::networkingRow, networking},
                std::pair{TracksLayout::campaignRow, total}};
            for (std::size_t i = 0; i < cells.size(); ++i) {
                if (cells[i].second) {
                    sheet.formula(at, 1 + int(i), "Tracks!" + cell(cells[i].first, column),
                                  *cells[i].second, kind, i == 2);
                }
            }
        };
    const Projection &p = book.projection;
    const TrackProjection &media = p.track(Track::Media);
    const TrackProjection &networking = p.track(Track::Networking);
    fromTracks("Activities", TracksLayout::Activities, Kind::Count, double(media.activityCount),
               double(networking.activityCount), double(p.activities.size()));
    fromTracks("Effort (h)", TracksLayout::TotalEffort, Kind::Hours, media.totalEffort,
               networking.totalEffort, p.totalEffort);
    fromTracks("Cost (" + context.currency + ")", TracksLayout::TotalCost, Kind::Money,
               media.totalCost, networking.totalCost, p.totalCost);
    fromTracks("Expected return (" + context.returnUnit + ")", TracksLayout::TotalReturn,
               Kind::Number, media.totalReturn, networking.totalReturn, p.totalReturn);
    fromTracks("Return per hour", TracksLayout::PerHour, Kind::Ratio, media.returnPerHour,
               networking.returnPerHour, p.returnPerHour);
    fromTracks("Return per " + context.currency, TracksLayout::PerCurrency, Kind::Ratio,
               media.returnPerCurrencyUnit, networking.returnPerCurrencyUnit,
               p.returnPerCurrencyUnit);
    ++row;
    sheet.text(row, 0, "Weeks over capacity", sheet.formats().label);
    sheet.number(row, 3, double(p.overloadWeeks.size()), Kind::Count, true);
    ++row;
    sheet.text(row, 0, "Which weeks", sheet.formats().label);
    sheet.text(row, 3, p.overloadWeeks.empty() ? std::string("none") : weekList(p.overloadWeeks));

    // The mix with the highest expected return, against the plan.
    row += 2;
    std::size_t best = 0;
    for (std::size_t i = 1; i < book.scenarios.size(); ++i) {
        if (book.scenarios[i].projection.totalReturn > book.scenarios[best].projection.totalReturn)
            best = i;
    }
    const WorkbookScenario &chosen = book.scenarios[best];
    const Projection &plan = book.scenarios.front().projection;
    sheet.text(row, 0, "Mix with the highest expected return", sheet.formats().label);
    sheet.text(row, 1, chosen.name);
    const int scenario = scenarioRow(best);
    const auto gain = [&](const std::string &label, int column, double value, Kind kind) {
        ++row;
        sheet.text(row, 0, label, sheet.formats().label);
        sheet.formula(row, 1, "Scenarios!" + cell(scenario, column), value, kind);
    };
    gain("Return against the plan", scenarioReturnVsPlan,
         chosen.projection.totalReturn - plan.totalReturn, Kind::Number);
    gain("Effort against the plan (h)", scenarioEffortVsPlan,
         chosen.projection.totalEffort - plan.totalEffort, Kind::Hours);
    gain("Cost against the plan", scenarioCostVsPlan, chosen.projection.totalCost - plan.totalCost,
         Kind::Money);

    row += 2;
    std::size_t onDefaults = 0;
    for (const ActivityProjection &a : p.activities)
        onDefaults += a.restsOnDefaultReturn() ? 1 : 0;
    sheet.text(row, 0, "Activities whose return rests on a default maximum return",
               sheet.formats().label);
    sheet.number(row, 1, double(onDefaults), Kind::Count);
    if (book.actuals) {
        ++row;
        sheet.text(row, 0, "Actuals recorded up to week", sheet.formats().label);
        sheet.number(row, 1, double(book.actuals->progress.asOfWeek), Kind::Count);
    }

    sheet.width(0, 0, 44);
    sheet.width(1, 3, 18);
    if (tracks.weeks > 0) {
        sheet.insertChart(2, 5, cumulativeReturnChart(workbook, context, tracks));
        sheet.insertChart(18, 5, weeklyEffortChart(workbook, tracks));
    }
}

// ---- the file ----

// A private folder for libxlsxwriter's file and its own temporary files,
// removed whatever happens.
class TemporaryFolder {
public:
    TemporaryFolder() {
        std::error_code error;
        const fs::path base = fs::temp_directory_path(error);
        std::string pattern = ((error ? fs::path("/tmp") : base) / "castnet-workbook-XXXXXX");
        if (mkdtemp(pattern.data()))
            m_path = pattern;
    }
    ~TemporaryFolder() {
        if (!m_path.empty()) {
            std::error_code ignored;
            fs::remove_all(m_path, ignored);
        }
    }
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;

    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
};

// libxlsxwriter reports its failures on stderr as well as in its return
// codes; Castnet's own message is the one line a user should see, so its
// chatter goes to /dev/null while it assembles the file.
class QuietStderr {
public:
    QuietStderr() {
        std::fflush(stderr);
        m_saved = dup(STDERR_FILENO);
        const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            dup2(null, STDERR_FILENO);
        if (null >= 0)
            close(null);
    }
    ~QuietStderr() {
        std::fflush(stderr);
        if (m_saved >= 0) {
            dup2(m_saved, STDERR_FILENO);
            close(m_saved);
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved = -1;
};

Result<std::string> readBytes(const fs::path &file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return failInternal("the workbook could not be read back from its temporary file");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return failInternal("the workbook could not be read back from its temporary file");
    return bytes;
}

} // namespace

Result<void> writeWorkbook(const CampaignWorkbook &book, const std::string &path) {
    TemporaryFolder folder;
    if (folder.path().empty())
        return failInternal("no temporary folder for the workbook could be made");
    const std::string file = (folder.path() / "workbook.xlsx").string();
    std::string tmpdir = folder.path().string();
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    lxw_workbook *workbook = workbook_new_opt(file.c_str(), &options);
    if (!workbook)
        return failInternal("the workbook could not be started");

    const Campaign &campaign = book.plan.campaign;
    Context context{book, campaign, campaign.currency, campaign.returnUnit};
    std::string title = "Strategy workbook: " + campaign.name;
    std::string subject = book.brand.name;
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    // Stamped with the workbook's date, not the clock, so that the same
    // campaign on the same day gives the same bytes.
    properties.created = createdTime(book.date);
    lxw_error status = workbook_set_properties(workbook, &properties);

    const Formats formats(workbook, campaign);
    TracksLayout tracks;
    tracks.weeks = book.projection.weeks;
    Sheet summary(workbook, "Summary", formats, status);
    Sheet activities(workbook, "Activities", formats, status);
    Sheet weekly(workbook, "Weekly", formats, status);
    Sheet trackSheet(workbook, "Tracks", formats, status);
    Sheet scenarios(workbook, "Scenarios", formats, status);
    if (summary.ok() && activities.ok() && weekly.ok() && trackSheet.ok() && scenarios.ok()) {
        writeSummary(summary, workbook, context, tracks);
        writeActivities(activities, context);
        writeWeekly(weekly, context);
        writeTracks(trackSheet, context, tracks);
        writeScenarios(scenarios, workbook, context);
    }
    if (book.actuals) {
        Sheet progress(workbook, "Progress", formats, status);
        if (progress.ok())
            writeProgress(progress, context, *book.actuals);
        Sheet calibration(workbook, "Calibration", formats, status);
        if (calibration.ok())
            writeCalibration(calibration, context, *book.actuals);
    }
    // workbook_close() frees the workbook whether or not it could write it.
    int closeErrno = 0;
    const lxw_error closed = [&] {
        const QuietStderr quiet;
        errno = 0;
        const lxw_error result = workbook_close(workbook);
        closeErrno = errno;
        return result;
    }();
    if (status != LXW_NO_ERROR)
        return failInternal(
            fmt::format("the workbook could not be laid out: {}", lxw_strerror(status)));
    if (closed != LXW_NO_ERROR) {
        return failInternal(
            fmt::format("the workbook could not be assembled: {}", lxw_strerror(closed)));
    }
    auto bytes = readBytes(file);
    if (!bytes)
        return tl::unexpected(bytes.error());
    return writeFileAtomically(path, *bytes);
}

} // namespace castnet::core
