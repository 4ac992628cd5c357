// SPDX-License-Identifier: GPL-3.0-or-later
// The sections that join the report once the campaign has actuals: Progress
// (plan against what happened, DESIGN §12) and Calibration (the response
// curves fitted to the results, §13).
#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "core/actuals/progress.h"
#include "core/report/report_sections.h"
#include "core/report/report_table_builder.h"
#include "core/report/report_text.h"

namespace castnet::core {

namespace {

const char *pick(std::size_t count, const char *one, const char *many) {
    return count == 1 ? one : many;
}

std::string indexText(const std::optional<double> &index) {
    return index ? reportShare(*index) : std::string("–");
}

std::string signedNumber(double value, int decimals) {
    return (value > 0.0 ? "+" : "") + reportNumber(value, decimals);
}

Progress campaignProgress(const ReportContext &context) {
    const CampaignSnapshot plan{context.campaign, context.activities, context.scenarios};
    return progress(context.history.baseline ? context.history.baseline->frozen : plan, plan,
                    context.history.actuals);
}

void addComparisonRow(ReportTable &table, const std::string &label, const WeeklyComparison &effort,
                      const WeeklyComparison &cost, const ReturnComparison &returns,
                      double forecast, double baseline, bool total) {
    addRow(table,
           {label, reportNumber(effort.plannedTotal, 1), reportNumber(effort.actualTotal, 1),
            reportNumber(cost.plannedTotal, 2), reportNumber(cost.actualTotal, 2),
            returns.measuredWeeks > 0 ? reportNumber(returns.plannedInMeasuredWeeks, 1) : "–",
            returns.measuredWeeks > 0 ? reportNumber(returns.actualTotal, 1) : "–",
            indexText(returns.index), reportNumber(baseline, 1), reportNumber(forecast, 1)},
           total);
}

std::string parameterWords(ResponseParameter parameter) {
    switch (parameter) {
    case ResponseParameter::MaxWeeklyReturn:
        return "highest weekly return";
    case ResponseParameter::HalfSaturationHours:
        return "hours for half of it";
    case ResponseParameter::Carryover:
        return "carry-over";
    case ResponseParameter::Shape:
        break;
    }
    return "shape";
}

} // namespace

ReportSection progressSection(const ReportContext &context) {
    ReportSection section{"progress", "Progress", {}};
    const Progress p = campaignProgress(context);
    const Campaign &c = context.campaign;
    const ProgressTotals &all = p.campaign;
    const std::string against =
        context.history.baseline
            ? fmt::format("the baseline “{}” saved {}", context.history.baseline->summary.name,
                          context.history.baseline->summary.savedAt.substr(0, 10))
            : std::string("the current plan (no baseline is saved)");
    std::string text = fmt::format(
        "Actuals are recorded up to week {} ({}), compared with {}. The team spent {} against {} "
        "planned, and {} against {} planned.",
        p.asOfWeek, isoDatePlusDays(c.startDate, 7 * p.asOfWeek - 1), against,
        reportHours(all.effort.actualTotal), reportHours(all.effort.plannedTotal),
        reportMoney(all.cost.actualTotal, c.currency),
        reportMoney(all.cost.plannedTotal, c.currency));
    if (all.returns.measuredWeeks > 0) {
        text += fmt::format(
            " In the {} with a measured result the campaign returned {} where the plan expected "
            "{} ({} of plan).",
            all.returns.measuredWeeks == 1 ? std::string("one week")
                                           : fmt::format("{} weeks", all.returns.measuredWeeks),
            reportAmount(all.returns.actualTotal, c.returnUnit),
            reportAmount(all.returns.plannedInMeasuredWeeks, c.returnUnit),
            indexText(all.returns.index));
    } else {
        text += " No result has been measured yet, so returns cannot be compared.";
    }
    const double change = all.forecastTotalReturn - all.baselineTotalReturn;
    text += fmt::format(" Re-forecast for the whole campaign: {} against {} planned ({}{}).",
                        reportAmount(all.forecastTotalReturn, c.returnUnit),
                        reportAmount(all.baselineTotalReturn, c.returnUnit),
                        signedNumber(change, std::abs(change) >= 100.0 ? 0 : 1),
                        all.baselineTotalReturn > 0.0
                            ? fmt::format(", {}{}", change > 0.0 ? "+" : "",
                                          reportShare(change / all.baselineTotalReturn))
                            : std::string());
    section.blocks.push_back(paragraph(std::move(text)));

    ReportTable table = makeTable(
        {textColumn("Activity", 2.0), figureColumn("Planned effort (h)"),
         figureColumn("Actual effort (h)"), figureColumn("Planned cost"),
         figureColumn("Actual cost"), figureColumn("Planned result"), figureColumn("Actual result"),
         figureColumn("Result against plan"), figureColumn("Campaign total planned", 1.1),
         figureColumn("Re-forecast", 1.1)},
        fmt::format("Weeks 1–{}; results compare only the weeks with a measured result; the last "
                    "two columns cover the whole campaign, in {}.",
                    p.asOfWeek, c.returnUnit));
    for (const ActivityProgress &a : p.activities) {
        std::string label = a.title;
        if (!a.inPlan)
            label += " (deleted since the baseline)";
        else if (!a.inBaseline)
            label += " (added since the baseline)";
        addComparisonRow(table, label, a.effort, a.cost, a.returns, a.forecastTotalReturn,
                         a.baselineTotalReturn, false);
    }
    for (const Track track : {Track::Media, Track::Networking}) {
        const ProgressTotals &t = p.track(track);
        addComparisonRow(table, reportTrackTitle(track), t.effort, t.cost, t.returns,
                         t.forecastTotalReturn, t.baselineTotalReturn, true);
    }
    addComparisonRow(table, "Campaign", all.effort, all.cost, all.returns, all.forecastTotalReturn,
                     all.baselineTotalReturn, true);
    section.blocks.push_back(std::move(table));
    return section;
}

ReportSection calibrationSection(const ReportContext &context) {
    ReportSection section{"calibration", "Calibration", {}};
    std::map<ActivityId, const CalibrationRecord *> latest;
    for (const CalibrationRecord &record : context.history.calibrations)
        latest[record.activityId] = &record;
    std::vector<std::pair<const Activity *, const CalibrationRecord *>> rows;
    for (const Activity &activity : context.activities) {
        const auto found = latest.find(activity.id);
        if (found != latest.end())
            rows.emplace_back(&activity, found->second);
    }
    const std::size_t others = context.activities.size() - rows.size();
    if (rows.empty()) {
        section.blocks.push_back(paragraph(
            "No response curve is calibrated yet: every return still rests on the values entered "
            "or on Castnet's defaults. Once an activity has results in at least 4 weeks, "
            "calibrating fits its curve to them: with 4 weeks only the highest weekly return, "
            "from 8 weeks also how long effort carries over, from 16 weeks also the hours it "
            "takes to reach half of the highest return."));
        return section;
    }
    const std::string rest = others == 0
                                 ? std::string("every activity rests on its own results")
                                 : fmt::format("{} {} the values entered or Castnet's defaults",
                                               others == 1 ? std::string("the other activity")
                                                           : fmt::format("the other {}", others),
                                               pick(others, "keeps", "keep"));
    section.blocks.push_back(paragraph(fmt::format(
        "{} fitted to the brand's own results; {}. “Fit” is the share of the week-to-week "
        "variation in results that the fitted curve explains; the range is where the "
        "activity's campaign total should land 8 times in 10.",
        rows.size() == 1 ? std::string("One activity's response curve is")
                         : fmt::format("{} activities' response curves are", rows.size()),
        rest)));
    ReportTable table =
        makeTable({textColumn("Activity", 2.0), textColumn("Calibrated", 0.9),
                   figureColumn("Weeks with results"), textColumn("Fitted", 2.0),
                   figureColumn("Fit"), figureColumn("Campaign total, low–high", 1.4)});
    for (const auto &[activity, record] : rows) {
        std::string fitted;
        for (std::size_t i = 0; i < record->fitted.size(); ++i)
            fitted += (i ? ", " : "") + parameterWords(record->fitted[i]);
        addRow(table, {activity->title, record->calibratedAt.substr(0, 10),
                       std::to_string(record->weeksWithResults),
                       fitted.empty() ? std::string("nothing") : fitted,
                       record->quality.r2 ? reportShare(std::max(0.0, *record->quality.r2)) : "–",
                       record->forecastBand
                           ? fmt::format("{}–{}", reportNumber(record->forecastBand->p10, 1),
                                         reportNumber(record->forecastBand->p90, 1))
                           : "–"});
    }
    section.blocks.push_back(std::move(table));
    return section;
}

} // namespace castnet::core
