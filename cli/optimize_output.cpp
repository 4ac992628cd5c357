// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/optimize_output.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/text_table.h"
#include "core/text/display_number.h"
#include "core/text/number_format.h"

namespace castnet::cli {

using core::ActivityAllocation;
using core::Campaign;
using core::DisplayStyle;
using core::Optimization;

using core::Activity;
using core::Binding;
using core::displayNumber;
using core::formatDouble;

namespace {

nlohmann::json bindingJson(Binding binding) {
    if (const auto name = bindingName(binding))
        return std::string(*name);
    return nullptr;
}

std::string summary(const Campaign &campaign, const Optimization &o) {
    std::string out = fmt::format("Proposal for {}: {} of {} h a week", campaign.name,
                                  displayNumber(o.usedHours, DisplayStyle::fixed(2)),
                                  displayNumber(o.hours, DisplayStyle::fixed(2)));
    if (o.budget) {
        out +=
            fmt::format(", {} of {} {} a week", displayNumber(o.weeklyCost, DisplayStyle::fixed(2)),
                        displayNumber(*o.budget, DisplayStyle::fixed(2)), campaign.currency);
    } else {
        out += fmt::format(", {} {} a week (no budget limit)",
                           displayNumber(o.weeklyCost, DisplayStyle::fixed(2)), campaign.currency);
    }
    out += fmt::format(".\nExpected return: {} {} over the campaign (plan: {}",
                       displayNumber(o.totalReturn, DisplayStyle::fixed(1)), campaign.returnUnit,
                       displayNumber(o.plannedReturn, DisplayStyle::fixed(1)));
    if (o.plannedReturn > 0.0)
        out += fmt::format(", {:+.1f} %", (o.totalReturn / o.plannedReturn - 1.0) * 100.0);
    out += ").\n";
    if (o.targetReturn) {
        out += fmt::format("Target: {} {}, reached with {} recurring hours over the campaign, the "
                           "fewest that do.\n",
                           displayNumber(*o.targetReturn, DisplayStyle::atMost(1)),
                           campaign.returnUnit,
                           displayNumber(o.recurringHours, DisplayStyle::fixed(2)));
    }
    out += describeMethod(o);
    out += '\n';
    return out;
}

} // namespace

std::string describeMethod(const Optimization &o) {
    // A gap that rounds to 0.00 % is not 0: say "less than".
    const std::string gap = o.gapBound < 0.00005
                                ? std::string("less than 0.01")
                                : displayNumber(o.gapBound * 100.0, DisplayStyle::fixed(2));
    if (o.step == 0.0) {
        const std::string start =
            o.provenOptimal ? std::string("The global optimum on the 0.25 h grid")
                            : fmt::format("The best mix found on the 0.25 h grid (proven within "
                                          "{} % of the best there)",
                                          gap);
        return start + ", polished off the grid by a local solver (SLSQP) with every constraint "
                       "kept.";
    }
    if (o.provenOptimal)
        return fmt::format("The global optimum on the {} h grid.", formatDouble(o.step));
    return fmt::format("Week-by-week Lagrangian search with repair, local improvement and a "
                       "bounded branch and bound on the {} h grid; proven within {} % of the best "
                       "mix on that grid.",
                       formatDouble(o.step), gap);
}

std::string optimizationJson(const Optimization &optimization,
                             const std::vector<Activity> &activities) {
    nlohmann::json rows = nlohmann::json::array();
    for (const ActivityAllocation &a : optimization.allocation) {
        rows.push_back({{"id", a.id},
                        {"title", activities[a.index].title},
                        {"hours", a.hours},
                        {"marginal_return", a.marginalReturn},
                        {"binding", bindingJson(a.binding)}});
    }
    nlohmann::json document = {{"hours", optimization.hours},
                               {"budget", optimization.budget ? nlohmann::json(*optimization.budget)
                                                              : nlohmann::json(nullptr)},
                               {"total_return", optimization.totalReturn},
                               {"gap", optimization.provenOptimal ? 0.0 : optimization.gapBound},
                               {"full_capacity_weeks", optimization.fullCapacityWeeks},
                               {"full_budget_weeks", optimization.fullBudgetWeeks},
                               {"allocation", std::move(rows)}};
    // Goal seeking adds what was asked and the recurring hours it takes.
    if (optimization.targetReturn) {
        document["target_return"] = *optimization.targetReturn;
        document["recurring_hours"] = optimization.recurringHours;
    }
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string optimizationTable(const Campaign &campaign, const Optimization &optimization,
                              const std::vector<Activity> &activities) {
    using Align = TextTable::Align;
    TextTable table({{"id", Align::Right},
                     {"title"},
                     {"track"},
                     {"plan h", Align::Right},
                     {"hours", Align::Right},
                     {"cost/wk", Align::Right},
                     {"return", Align::Right},
                     {"marginal", Align::Right},
                     {"binding"}});
    for (const ActivityAllocation &a : optimization.allocation) {
        table.addRow({std::to_string(a.id.value()), activities[a.index].title,
                      std::string(toString(a.track)),
                      displayNumber(a.plannedHours, DisplayStyle::fixed(2)),
                      displayNumber(a.hours, DisplayStyle::fixed(2)),
                      displayNumber(a.weeklyCost, DisplayStyle::fixed(2)),
                      displayNumber(a.totalReturn, DisplayStyle::fixed(1)),
                      displayNumber(a.marginalReturn, DisplayStyle::fixed(2)),
                      std::string(bindingName(a.binding).value_or(""))});
    }
    std::string out = summary(campaign, optimization);
    out += '\n';
    out += table.render();
    out += "Marginal: the campaign's extra return from one more hour a week on that activity.\n";
    return out;
}

} // namespace castnet::cli
