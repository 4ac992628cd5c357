// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_model.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/analysis/scenario_projection.h"
#include "core/report/report_sections.h"
#include "core/report/report_text.h"

namespace castnet::core {

namespace {

ReportTitlePage titlePage(const Brand &brand, const Campaign &campaign, std::size_t activities,
                          std::string date) {
    ReportTitlePage page;
    page.title = "Strategy report: " + campaign.name;
    page.subtitle = brand.name;
    page.date = std::move(date);
    const std::string lastDay = isoDatePlusDays(campaign.startDate, 7 * campaign.weeks - 1);
    auto &facts = page.facts;
    facts.push_back({"Brand", brand.name});
    if (!brand.industry.empty())
        facts.push_back({"Industry", brand.industry});
    if (!brand.audience.empty())
        facts.push_back({"Audience", brand.audience});
    facts.push_back({"Campaign", campaign.name});
    facts.push_back({"Objective", capitalized(toString(campaign.objective))});
    facts.push_back(
        {"Runs", fmt::format("{} weeks, {} to {}", campaign.weeks, campaign.startDate, lastDay)});
    facts.push_back({"Team capacity", reportHours(campaign.capacityHoursPerWeek) + " a week"});
    facts.push_back(
        {"Budget", campaign.budgetPerWeek
                       ? reportMoney(campaign.budgetPerWeek->units(), campaign.currency) + " a week"
                       : std::string("no money limit")});
    facts.push_back({"Returns counted in", campaign.returnUnit});
    facts.push_back({"Automation saving", reportShare(campaign.automationSaving) +
                                              " of a scheduled media activity's hours"});
    facts.push_back({"Activities", std::to_string(activities)});
    facts.push_back({"Report date", page.date});
    return page;
}

ScenarioSummary summarize(std::string name, ScenarioSummary::Kind kind,
                          const Projection &projection) {
    ScenarioSummary summary;
    summary.name = std::move(name);
    summary.kind = kind;
    summary.effort = projection.totalEffort;
    summary.cost = projection.totalCost;
    summary.returns = projection.totalReturn;
    summary.returnPerHour = projection.returnPerHour;
    for (const TrackProjection &track : projection.tracks) {
        summary.trackEffort[trackIndex(track.track)] = track.totalEffort;
        summary.trackReturn[trackIndex(track.track)] = track.totalReturn;
    }
    summary.overloadWeeks = projection.overloadWeeks.size();
    summary.overloaded = projection.overloadWeeks;
    return summary;
}

} // namespace

std::vector<ScenarioSummary> summarizeScenarios(const Campaign &campaign,
                                                const std::vector<Activity> &activities,
                                                const std::vector<Scenario> &scenarios,
                                                const std::optional<ScenarioProposal> &proposal) {
    const ProjectionOptions seriesOnly{.marginalReturns = false};
    std::vector<ScenarioSummary> summaries;
    summaries.push_back(summarize(Scenario::planName, ScenarioSummary::Kind::Plan,
                                  project(campaign, activities, seriesOnly)));
    for (const Scenario &scenario : scenarios) {
        summaries.push_back(summarize(scenario.name, ScenarioSummary::Kind::Stored,
                                      projectScenario(campaign, activities, scenario, seriesOnly)));
        for (const Activity &activity : activities) {
            const bool held =
                std::any_of(scenario.allocations.begin(), scenario.allocations.end(),
                            [&](const Allocation &a) { return a.activityId == activity.id; });
            if (!held)
                summaries.back().addedSince.push_back(activity.title);
        }
    }
    if (proposal) {
        summaries.push_back(
            summarize(proposal->scenario.name, ScenarioSummary::Kind::Proposal,
                      projectScenario(campaign, activities, proposal->scenario, seriesOnly)));
    }
    return summaries;
}

Report buildReport(const Brand &brand, const Campaign &campaign,
                   const std::vector<Activity> &activities, const std::vector<Scenario> &scenarios,
                   const ReportOptions &options, const ReportHistory &history) {
    ReportContext context{brand, campaign, activities, scenarios, options, history,
                          {},    {},       {},         {},        {}};
    context.projection = project(campaign, activities);
    context.classifications.reserve(activities.size());
    for (const Activity &activity : activities)
        context.classifications.push_back(classify(activity, campaign.objective));
    context.charts = std::make_shared<const ChartData>(
        chartData(campaign, activities, context.projection, options.charts));
    context.recommendations = recommendations({campaign, activities, context.projection});
    context.scenarioSummaries =
        summarizeScenarios(campaign, activities, scenarios, options.proposal);

    Report report;
    report.titlePage = titlePage(brand, campaign, activities.size(),
                                 options.date.empty() ? todayIsoDate() : options.date);
    report.units = {campaign.currency, campaign.returnUnit};
    report.paper = options.paper;
    report.sections.push_back(summarySection(context));
    if (!history.actuals.empty()) {
        report.sections.push_back(progressSection(context));
        report.sections.push_back(calibrationSection(context));
    }
    for (auto *section : {tracksSection, activitiesSection, chartsSection, scenariosSection,
                          scheduleSection, recommendationsSection})
        report.sections.push_back(section(context));
    return report;
}

} // namespace castnet::core
