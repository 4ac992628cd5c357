// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "core/analysis/classification.h"
#include "core/analysis/projection.h"
#include "core/report/recommendations.h"
#include "core/report/report_model.h"

namespace castnet::core {

// Everything the section builders read, computed once by buildReport().
struct ReportContext {
    const Brand &brand;
    const Campaign &campaign;
    const std::vector<Activity> &activities;
    const std::vector<Scenario> &scenarios;
    const ReportOptions &options;
    const ReportHistory &history;
    Projection projection;
    std::vector<Classification> classifications; // one per activity
    std::shared_ptr<const ChartData> charts;
    std::vector<Recommendation> recommendations;
    std::vector<ScenarioSummary> scenarioSummaries; // the plan first
};

// Which mix the summary recommends: an index into the summaries (0, the
// plan, when no mix returns more without overloading more weeks), and the
// richest mix left out because it overloads more weeks than the plan.
struct MixChoice {
    std::size_t chosen = 0;
    std::optional<std::size_t> richerOverloading;
};
MixChoice chooseMix(const std::vector<ScenarioSummary> &summaries);

// The scenario section's chart: each mix's return and hours.
ReportChart scenarioChart(const ReportContext &context);
// The schedule's Gantt chart.
ReportChart scheduleChart(const ReportContext &context);

// The summary's opening: the mix to run, the risks, the spend, the trust.
std::vector<ReportBlock> verdictBlocks(const ReportContext &context);

// One builder per section of DESIGN §7, in report order.
ReportSection summarySection(const ReportContext &context);
ReportSection progressSection(const ReportContext &context);    // only with actuals
ReportSection calibrationSection(const ReportContext &context); // only with actuals
ReportSection tracksSection(const ReportContext &context);
ReportSection activitiesSection(const ReportContext &context);
ReportSection chartsSection(const ReportContext &context);
ReportSection scenariosSection(const ReportContext &context);
ReportSection scheduleSection(const ReportContext &context);
ReportSection recommendationsSection(const ReportContext &context);

} // namespace castnet::core
