// SPDX-License-Identifier: GPL-3.0-or-later
// The summary's opening (DESIGN §7, version 2): what a reader needs first.
// Which mix to run and what it gains, the risks that matter most, the spend
// against the budget, and how far the figures can be trusted.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/report/report_sections.h"
#include "core/report/report_table_builder.h"
#include "core/report/report_text.h"

namespace castnet::core {

namespace {

// Risks the summary names; the last section has them all.
constexpr std::size_t summaryRisks = 3;

const char *pick(std::size_t count, const char *one, const char *many) {
    return count == 1 ? one : many;
}

// "7 827": an amount as reportAmount() writes it, without the unit a
// sentence has just named.
std::string amountOnly(double value) {
    return reportNumber(value, std::abs(value) >= 100.0 ? 0 : 1);
}

std::string mixName(const ScenarioSummary &mix) {
    return mix.kind == ScenarioSummary::Kind::Proposal
               ? fmt::format("“{}”, the optimizer's proposal", mix.name)
               : fmt::format("the scenario “{}”", mix.name);
}

std::string signedShare(double delta, double base) {
    if (!(base > 0.0))
        return {};
    return fmt::format(" ({}{})", delta > 0.0 ? "+" : "", reportShare(delta / base));
}

// "12.0 h more of the team's time (+5 %)", "the same hours".
std::string hoursChange(double hours, double plan) {
    const double delta = hours - plan;
    if (std::abs(delta) < 0.05)
        return "the same hours";
    return fmt::format("{} {} of the team's time{}", reportHours(std::abs(delta)),
                       delta > 0.0 ? "more" : "less", signedShare(delta, plan));
}

std::string costChange(double cost, double plan, const std::string &currency) {
    const double delta = cost - plan;
    if (std::abs(delta) < 0.005)
        return "at the same cost";
    return fmt::format("{} {} spending{}", reportMoney(std::abs(delta), currency),
                       delta > 0.0 ? "more" : "less", signedShare(delta, plan));
}

std::string overloadPhrase(const ScenarioSummary &mix) {
    const std::size_t n = mix.overloaded.size();
    return fmt::format("{} {} ({} {})", n, pick(n, "week", "weeks"), pick(n, "week", "weeks"),
                       reportWeekRanges(mix.overloaded));
}

std::string mixText(const ReportContext &context) {
    const auto &summaries = context.scenarioSummaries;
    const ScenarioSummary &plan = summaries.front();
    const Campaign &c = context.campaign;
    const MixChoice choice = chooseMix(summaries);
    std::string text;
    if (choice.chosen == 0) {
        const std::size_t others = summaries.size() - 1;
        if (others == 0) {
            text = "Run the plan as it stands: no other channel mix has been tried yet. Let "
                   "the optimizer propose one to see what the same hours could return.";
        } else {
            text = fmt::format("Keep the plan: {} returns more without overloading more weeks "
                               "than the plan does.",
                               others == 1 ? std::string("the one other mix compared neither")
                                           : fmt::format("none of the {} other mixes", others));
            // "neither returns more" reads wrong; say it plainly for one.
            if (others == 1)
                text = "Keep the plan: the one other mix compared does not return more without "
                       "overloading more weeks than the plan does.";
        }
    } else {
        const ScenarioSummary &mix = summaries[choice.chosen];
        text = fmt::format("Run {} instead of the plan: it is expected to return {}, {}{} more "
                           "than the plan, for {} and {}.",
                           mixName(mix), reportAmount(mix.returns, c.returnUnit),
                           amountOnly(mix.returns - plan.returns),
                           signedShare(mix.returns - plan.returns, plan.returns),
                           hoursChange(mix.effort, plan.effort),
                           costChange(mix.cost, plan.cost, c.currency));
        if (!mix.overloaded.empty())
            text += fmt::format(" It still overloads {}, as the plan does in {}.",
                                overloadPhrase(mix), overloadPhrase(plan));
    }
    if (choice.richerOverloading) {
        const ScenarioSummary &rich = summaries[*choice.richerOverloading];
        text += fmt::format(
            " {} would return more ({}{}), but it overloads the team in {}: "
            "move hours out of those weeks before running it.",
            capitalized(mixName(rich)), reportAmount(rich.returns - plan.returns, c.returnUnit),
            signedShare(rich.returns - plan.returns, plan.returns), overloadPhrase(rich));
    }
    if (choice.chosen == 0 && !plan.overloaded.empty())
        text += fmt::format(" The plan overloads the team in {}.", overloadPhrase(plan));
    return text;
}

std::string budgetText(const ReportContext &context) {
    const Campaign &c = context.campaign;
    const Projection &p = context.projection;
    if (!c.budgetPerWeek) {
        return fmt::format(
            "Spend: the plan costs {}, {} a week on average. The campaign sets no budget, so no "
            "week is checked against one; set a budget per week to have it checked.",
            reportMoney(p.totalCost, c.currency),
            reportMoney(p.weeks > 0 ? p.totalCost / p.weeks : 0.0, c.currency));
    }
    const double perWeek = c.budgetPerWeek->units();
    const double budget = perWeek * c.weeks;
    std::vector<int> over;
    for (std::size_t i = 0; i < p.weeklyCost.size(); ++i) {
        // Cents decide: a week that spends its budget to the cent is within it.
        if (std::llround(p.weeklyCost[i] * 100.0) > c.budgetPerWeek->value())
            over.push_back(static_cast<int>(i) + 1);
    }
    std::string text = fmt::format(
        "Spend: the plan costs {} against a budget of {} ({} a week for {} {}), {} of it.",
        reportMoney(p.totalCost, c.currency), reportMoney(budget, c.currency),
        reportMoney(perWeek, c.currency), c.weeks,
        pick(static_cast<std::size_t>(c.weeks), "week", "weeks"),
        budget > 0.0 ? reportShare(p.totalCost / budget) : std::string("none"));
    if (over.empty()) {
        text += " No week spends more than its budget.";
    } else {
        text += fmt::format(" {} {} more than the week's budget ({} {}).", over.size(),
                            pick(over.size(), "week spends", "weeks spend"),
                            pick(over.size(), "week", "weeks"), reportWeekRanges(over));
    }
    return text;
}

std::string trustText(const ReportContext &context) {
    const Projection &p = context.projection;
    // The latest calibration of each activity still in the plan.
    std::map<ActivityId, const CalibrationRecord *> latest;
    for (const CalibrationRecord &record : context.history.calibrations)
        latest[record.activityId] = &record;
    std::set<ActivityId> planned;
    for (const Activity &activity : context.activities)
        planned.insert(activity.id);
    int fewest = 0, most = 0;
    std::size_t calibrated = 0;
    double calibratedReturn = 0.0;
    for (const auto &[id, record] : latest) {
        if (!planned.count(id))
            continue;
        fewest =
            calibrated == 0 ? record->weeksWithResults : std::min(fewest, record->weeksWithResults);
        most = std::max(most, record->weeksWithResults);
        ++calibrated;
        for (const ActivityProjection &a : p.activities)
            calibratedReturn += a.id == id ? a.totalReturn : 0.0;
    }
    double onDefault = 0.0;
    for (const ActivityProjection &a : p.activities)
        onDefault += a.restsOnDefaultReturn() ? a.totalReturn : 0.0;
    const double total = p.totalReturn;
    const auto share = [&](double part) { return reportShare(total > 0.0 ? part / total : 0.0); };
    const std::size_t n = context.activities.size();
    if (calibrated > 0) {
        std::string text = fmt::format(
            "Trust: {} of {} {} {} calibrated from {} {} of the brand's own results, {} of the "
            "expected return.",
            calibrated, n, pick(n, "activity", "activities"), pick(calibrated, "is", "are"),
            fewest == most ? std::to_string(most) : fmt::format("{}–{}", fewest, most),
            pick(static_cast<std::size_t>(most), "week", "weeks"), share(calibratedReturn));
        if (onDefault > 0.0)
            text += fmt::format(" {} still rests on Castnet's default assumptions; calibrate those "
                                "activities once they have 4 weeks of results.",
                                capitalized(share(onDefault)));
        return text;
    }
    if (!context.history.actuals.empty() && p.restsOnDefaultReturn) {
        return fmt::format(
            "Trust: actuals are recorded, but no response curve is calibrated yet, so {} of the "
            "expected return rests on Castnet's default assumptions. Calibrate the activities "
            "that have at least 4 weeks of results to base the figures on the brand's own data.",
            share(onDefault));
    }
    if (p.restsOnDefaultReturn) {
        return fmt::format(
            "Trust: low. {} of the expected return rests on Castnet's default assumptions, not on "
            "measured results: read the returns to compare mixes, not as a forecast. Enter what "
            "analytics measure per channel, or record results each week and calibrate once 4 "
            "weeks have results.",
            capitalized(share(onDefault)));
    }
    return "Trust: every activity's response figures were entered for this campaign rather than "
           "taken from defaults, but no results have been recorded to check them yet.";
}

} // namespace

MixChoice chooseMix(const std::vector<ScenarioSummary> &summaries) {
    MixChoice choice;
    if (summaries.empty())
        return choice;
    const ScenarioSummary &plan = summaries.front();
    // A mix wins when it returns more and overloads no more weeks than the
    // plan; among winners, fewer overloaded weeks first, then the return.
    for (std::size_t i = 1; i < summaries.size(); ++i) {
        const ScenarioSummary &mix = summaries[i];
        if (!(mix.returns > plan.returns))
            continue;
        if (mix.overloadWeeks > plan.overloadWeeks) {
            if (!choice.richerOverloading ||
                mix.returns > summaries[*choice.richerOverloading].returns)
                choice.richerOverloading = i;
            continue;
        }
        const ScenarioSummary &best = summaries[choice.chosen];
        if (choice.chosen == 0 || mix.overloadWeeks < best.overloadWeeks ||
            (mix.overloadWeeks == best.overloadWeeks && mix.returns > best.returns))
            choice.chosen = i;
    }
    // Only worth saying when the overloading mix returns more than the chosen one.
    if (choice.richerOverloading &&
        !(summaries[*choice.richerOverloading].returns > summaries[choice.chosen].returns))
        choice.richerOverloading.reset();
    return choice;
}

std::vector<ReportBlock> verdictBlocks(const ReportContext &context) {
    std::vector<ReportBlock> blocks;
    blocks.push_back(ReportSubheading{"What to do"});
    blocks.push_back(paragraph(mixText(context)));
    const auto risks = mostImportantRisks(context.recommendations, summaryRisks);
    if (risks.empty()) {
        blocks.push_back(paragraph("No rule finds a risk in this plan."));
    } else {
        blocks.push_back(paragraph(risks.size() == 1 ? "The risk that matters most:"
                                                     : "The risks that matter most:"));
        ReportBulletList list;
        for (const Recommendation &risk : risks)
            list.items.push_back(risk.headline);
        blocks.push_back(std::move(list));
    }
    blocks.push_back(paragraph(budgetText(context)));
    blocks.push_back(paragraph(trustText(context)));
    blocks.push_back(ReportSubheading{"The plan in figures"});
    return blocks;
}

} // namespace castnet::core
