// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/actuals/actual.h"
#include "core/actuals/baseline.h"
#include "core/actuals/calibration_record.h"
#include "core/analysis/chart_data.h"
#include "core/domain/activity.h"
#include "core/domain/brand.h"
#include "core/domain/campaign.h"
#include "core/domain/scenario.h"

namespace castnet::core {

// The strategy report of DESIGN §7 as data: built once by buildReport() and
// drawn by every renderer (Markdown, HTML, PDF), so the formats cannot drift
// apart. All text is plain: it carries no markup, and each renderer escapes
// it for its own format.

enum class PaperSize { A4, Letter };

// The optimizer's proposal for the report, when one was computed. A plain
// struct so that the report does not depend on the optimizer: whoever runs
// it fills this in (the scenario holds hours for every activity).
struct ScenarioProposal {
    Scenario scenario;
    std::string method; // one sentence: how it was found and what it respects
};

struct ReportOptions {
    std::string date;                // "YYYY-MM-DD" on the title page; empty: today
    PaperSize paper = PaperSize::A4; // for the PDF
    std::optional<ScenarioProposal> proposal;
    ChartOptions charts;
};

// What happened so far (DESIGN §12, §13): the report adds its Progress and
// Calibration sections and says how far its figures can be trusted from it.
// Empty for a campaign that has not started.
struct ReportHistory {
    std::vector<Actual> actuals;
    std::optional<Baseline> baseline;            // the latest; none: the plan is the baseline
    std::vector<CalibrationRecord> calibrations; // oldest first
};

struct ReportParagraph {
    enum class Style { Body, Note };
    std::string text;
    Style style = Style::Body;
};

// A heading inside a section (### in Markdown, <h3> in HTML).
struct ReportSubheading {
    std::string text;
};

struct ReportBulletList {
    std::vector<std::string> items;
};

struct ReportColumn {
    enum class Align { Left, Right };
    std::string title;
    Align align = Align::Left;
    // Roughly how much room the column wants on paper: 1 for a figure, more
    // for running text. Renderers that lay out pages use it as a weight.
    double weight = 1.0;
};

struct ReportTable {
    std::string caption;                        // may be empty
    std::vector<ReportColumn> columns;          // the header row
    std::vector<std::vector<std::string>> rows; // one cell per column
    std::vector<bool> totalRows;                // per row: a total or subtotal, drawn in bold
};

// The charts of DESIGN §5 (chart 4 comes as two: between tracks, between
// channels).
enum class ReportChartKind {
    ResponseCurves,
    CumulativeReturn,
    WeeklyEffort,
    TrackSplit,
    ChannelSplit,
    Schedule, // a bar per activity across the dated weeks, the load under it
    Scenarios // each mix's return beside its hours
};

// The schedule as a Gantt chart: one bar per activity, the weekly load
// (setup hours included) against the capacity under the bars.
struct ReportGanttRow {
    std::string label; // "channel: title"
    Track track = Track::Media;
    int firstWeek = 1; // 1-based, inclusive
    int lastWeek = 0;  // before firstWeek: the activity never runs
};

struct ReportGantt {
    std::string startDate; // week 1's Monday, "YYYY-MM-DD"
    int weeks = 0;
    double capacity = 0.0;
    std::vector<ReportGanttRow> rows;
    std::vector<double> load; // hours per week, size `weeks`
};

// One bar pair of the scenario chart.
struct ReportMixBar {
    std::string name;
    double returns = 0.0;
    double hours = 0.0;
    std::size_t overloadWeeks = 0;
};

struct ReportChart {
    ReportChartKind kind = ReportChartKind::ResponseCurves;
    std::string title;
    std::string caption; // what to read in it, with the figures
    // The figures of every chart, shared by the chart blocks of one report.
    std::shared_ptr<const ChartData> data;
    // The chart's figures as a table: what Markdown shows instead of a
    // drawing, and what a reader of the HTML can open.
    ReportTable figures;
    std::shared_ptr<const ReportGantt> gantt; // Schedule only
    std::vector<ReportMixBar> mixes;          // Scenarios only
};

using ReportBlock =
    std::variant<ReportParagraph, ReportSubheading, ReportBulletList, ReportTable, ReportChart>;

struct ReportSection {
    std::string id;    // stable, for anchors: "summary", "tracks", …
    std::string title; // "Summary"
    std::vector<ReportBlock> blocks;
};

struct ReportFact {
    std::string label;
    std::string value;
};

struct ReportTitlePage {
    std::string title;             // "Strategy report: <campaign>"
    std::string subtitle;          // the brand
    std::vector<ReportFact> facts; // brand, campaign, objective, dates, capacity, …
    std::string date;              // the report's date, "YYYY-MM-DD"
};

// The labels charts need from the campaign.
struct ReportUnits {
    std::string currency;
    std::string returnUnit;
};

struct Report {
    ReportTitlePage titlePage;
    ReportUnits units;
    PaperSize paper = PaperSize::A4;
    std::vector<ReportSection> sections; // in the order of DESIGN §7
};

// The scenario section's figures: the plan, each stored scenario, and the
// optimizer's proposal when there is one, projected as DESIGN §5 says.
struct ScenarioSummary {
    enum class Kind { Plan, Stored, Proposal };
    std::string name;
    Kind kind = Kind::Stored;
    double effort = 0.0; // campaign totals, setup hours included
    double cost = 0.0;
    double returns = 0.0;
    std::optional<double> returnPerHour;
    std::array<double, 2> trackEffort{}; // by trackIndex()
    std::array<double, 2> trackReturn{};
    std::size_t overloadWeeks = 0;
    std::vector<int> overloaded; // the weeks over capacity, 1-based
    // A stored scenario's activities that it holds no hours for: added since
    // it was saved, they keep their planned hours (DESIGN §6).
    std::vector<std::string> addedSince;
};

std::vector<ScenarioSummary> summarizeScenarios(const Campaign &campaign,
                                                const std::vector<Activity> &activities,
                                                const std::vector<Scenario> &scenarios,
                                                const std::optional<ScenarioProposal> &proposal);

// The section ids of every report, in order.
// "progress" and "calibration" follow the summary once actuals exist.
inline constexpr std::array<const char *, 7> reportSectionIds{
    "summary", "tracks", "activities", "charts", "scenarios", "schedule", "recommendations"};

Report buildReport(const Brand &brand, const Campaign &campaign,
                   const std::vector<Activity> &activities, const std::vector<Scenario> &scenarios,
                   const ReportOptions &options, const ReportHistory &history = {});

} // namespace castnet::core
