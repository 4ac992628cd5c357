// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
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
    Projection projection;
    std::vector<Classification> classifications; // one per activity
    std::shared_ptr<const ChartData> charts;
    std::vector<Recommendation> recommendations;
};

// One builder per section of DESIGN §7, in report order.
ReportSection summarySection(const ReportContext &context);
ReportSection tracksSection(const ReportContext &context);
ReportSection activitiesSection(const ReportContext &context);
ReportSection chartsSection(const ReportContext &context);
ReportSection scenariosSection(const ReportContext &context);
ReportSection scheduleSection(const ReportContext &context);
ReportSection recommendationsSection(const ReportContext &context);

} // namespace castnet::core
