// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/optimize_command.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "cli/optimize_output.h"
#include "core/domain/try.h"
#include "core/optimizer/optimizer.h"
#include "core/text/number_format.h"
#include "core/workspace/computed_scenario.h"

namespace castnet::cli {

namespace {

using core::Result;

// A flag holding a finite number, 0 or more; std::nullopt when absent.
Result<std::optional<double>> amountFrom(const CommandContext &context, const std::string &flag,
                                         const char *what) {
    const auto text = context.value(flag);
    if (!text)
        return std::optional<double>{};
    const auto value = core::parseDouble(*text);
    if (!value || *value < 0.0)
        return core::fail(fmt::format("--{} must be {}, 0 or more, not \"{}\"", flag, what, *text),
                          flag);
    return std::optional<double>(*value);
}

// --min-share TRACK=F, each track at most once.
Result<std::map<core::Track, double>> minSharesFrom(const CommandContext &context) {
    std::map<core::Track, double> shares;
    for (const std::string &text : context.values("min-share")) {
        const auto eq = text.find('=');
        if (eq == std::string::npos) {
            return core::fail(
                fmt::format("--min-share must look like networking=0.3, not \"{}\"", text),
                "min-share");
        }
        const auto track = core::parseEnum<core::Track>(std::string_view(text).substr(0, eq));
        if (!track) {
            return core::fail(fmt::format("--min-share names a track as {}, not \"{}\"",
                                          core::acceptedWords<core::Track>(), text.substr(0, eq)),
                              "min-share");
        }
        const auto share = core::parseDouble(std::string_view(text).substr(eq + 1));
        if (!share || *share < 0.0 || *share > 1.0) {
            return core::fail(fmt::format("--min-share {}: the share must be a fraction from 0 to "
                                          "1, not \"{}\"",
                                          core::toString(*track), text.substr(eq + 1)),
                              "min-share");
        }
        if (!shares.emplace(*track, *share).second) {
            return core::fail(fmt::format("--min-share gives {} twice", core::toString(*track)),
                              "min-share");
        }
    }
    return shares;
}

// --lock ID..., each the id of one of the campaign's activities.
Result<std::vector<core::ActivityId>> locksFrom(const CommandContext &context,
                                                const LoadedCampaign &loaded) {
    std::vector<core::ActivityId> locks;
    for (const std::string &text : context.values("lock")) {
        std::int64_t number = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
        const core::ActivityId id(number);
        const bool known = ec == std::errc() && end == text.data() + text.size() &&
                           std::any_of(loaded.activities.begin(), loaded.activities.end(),
                                       [id](const core::Activity &a) { return a.id == id; });
        if (!known) {
            return core::fail(fmt::format("--lock {}: campaign \"{}\" has no activity with that id",
                                          text, loaded.campaign.name),
                              "lock");
        }
        locks.push_back(id);
    }
    return locks;
}

Result<core::OptimizeRequest> optimizeRequestFrom(const CommandContext &context,
                                                  const LoadedCampaign &loaded) {
    core::OptimizeRequest request;
    auto hours = amountFrom(context, "hours", "a number of hours per week");
    if (!hours)
        return tl::unexpected(hours.error());
    request.hours = *hours;
    auto budget = amountFrom(context, "budget", "an amount per week");
    if (!budget)
        return tl::unexpected(budget.error());
    request.budget = *budget;
    auto step = amountFrom(context, "step", "a number of hours");
    if (!step)
        return tl::unexpected(step.error());
    if (*step)
        request.step = **step;
    auto target = amountFrom(context, "target-return", "a return over the campaign");
    if (!target)
        return tl::unexpected(target.error());
    request.targetReturn = *target;
    auto shares = minSharesFrom(context);
    if (!shares)
        return tl::unexpected(shares.error());
    request.minShares = std::move(*shares);
    auto locks = locksFrom(context, loaded);
    if (!locks)
        return tl::unexpected(locks.error());
    request.locks = std::move(*locks);
    return request;
}

// Refuses a --save-as name the workspace would refuse, before any work.
Result<void> checkNewScenarioName(core::Workspace &workspace, const core::Campaign &campaign,
                                  const std::string &name) {
    std::string word(core::trim(name));
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (word == core::Scenario::planName) {
        return core::fail("--save-as cannot be \"plan\", the name of the plan itself; choose "
                          "another name",
                          "save-as");
    }
    auto scenarios = workspace.scenarios(campaign.id);
    if (!scenarios)
        return tl::unexpected(scenarios.error());
    for (const core::Scenario &scenario : *scenarios) {
        if (scenario.name == name) {
            return core::fail(fmt::format("campaign \"{}\" already has a scenario named \"{}\"; "
                                          "choose another --save-as name",
                                          campaign.name, name),
                              "save-as");
        }
    }
    return {};
}

// The proposal for the campaign and activities in `loaded`.
Result<core::Optimization> propose(const CommandContext &context, const LoadedCampaign &loaded) {
    auto request = optimizeRequestFrom(context, loaded);
    if (!request)
        return tl::unexpected(request.error());
    return core::optimize(loaded.campaign, loaded.activities, *request);
}

Result<void> runOptimize(const CommandContext &context) {
    auto loaded = context.loadCampaign();
    if (!loaded)
        return tl::unexpected(loaded.error());
    const auto saveAs = context.value("save-as");
    std::optional<core::Optimization> proposal;
    if (!saveAs) {
        CASTNET_TRY(proposal, propose(context, *loaded));
    } else {
        // Read again, computed and stored in one write transaction: an
        // import landing between the read and the write would leave its
        // activities out of the stored proposal.
        auto saved = core::saveComputedScenario(
            *loaded->workspace, loaded->campaign.id,
            [&](const core::Campaign &campaign,
                const std::vector<core::Activity> &activities) -> Result<core::Scenario> {
                loaded->campaign = campaign;
                loaded->activities = activities;
                CASTNET_TRY_VOID(checkNewScenarioName(*loaded->workspace, campaign, *saveAs));
                CASTNET_TRY(proposal, propose(context, *loaded));
                return core::proposalScenario(*proposal, campaign.id, *saveAs);
            });
        if (!saved)
            return tl::unexpected(saved.error());
    }
    if (context.has("json")) {
        fmt::print("{}", optimizationJson(*proposal, loaded->activities));
        return {};
    }
    fmt::print("{}", optimizationTable(loaded->campaign, *proposal, loaded->activities));
    if (saveAs)
        fmt::print("Saved as scenario \"{}\".\n", *saveAs);
    return {};
}

} // namespace

Command optimizeCommand() {
    return {"optimize", "Proposes the weekly hours with the highest expected return.",
            "castnet optimize --db FILE --campaign C [--hours H] [--budget B] [--min-share "
            "TRACK=F]...\n"
            "                 [--lock ID]... [--step H] [--target-return X] [--save-as S] [--json]",
            [](CommandContext &context) {
                context.addCampaignFlags();
                context.addValue("hours", "H", "hours per week (default: the campaign's capacity)");
                context.addValue("budget", "B",
                                 "money per week (default: the campaign's weekly budget)");
                context.addValue("min-share", "TRACK=F",
                                 "at least this share of the hours on a track, e.g. "
                                 "networking=0.3",
                                 /*repeated*/ true);
                context.addValue("lock", "ID", "keep this activity's planned hours",
                                 /*repeated*/ true);
                context.addValue("step", "H",
                                 "the hour grid, 0.25 h unless given; 0 polishes the 0.25 h "
                                 "optimum off the grid");
                context.addValue("target-return", "X",
                                 "the fewest recurring hours that reach a return of X");
                context.addValue("save-as", "S", "store the proposal as a scenario named S");
                context.addSwitch("json", "print only JSON");
            },
            runOptimize};
}

} // namespace castnet::cli
