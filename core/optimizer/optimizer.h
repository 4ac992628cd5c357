// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/enums.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/scenario.h"

namespace castnet::core {

// The optimizer of DESIGN §6: the channel mix that maximises the campaign's
// total expected return (the §5 projection, carry-over tail included) within
// the team's hours, the weekly budget, each activity's bounds, the locks and
// the minimum shares of the tracks.
//
// Hours h_i are weekly recurring effort (the team's time, after automation
// saving) on the grid of `step` hours. Each activity's bounds are
// 0 ≤ h_i ≤ max(3 × planned x_i, 3 × the effort of one occurrence). Weekly
// cost follows the cadence, so it is h_i × cost per occurrence / (effort of
// one occurrence); for an activity with a planned x this is planned weekly
// cost × h_i / planned x_i, and it stays defined when the plan has cadence 0.
// An activity with 0 hours per occurrence cannot be rescaled by a scenario
// (DESIGN §6): it is held at its plan like a locked one, and its cost counts
// against the budget.
//
// Capacity and budget hold in every campaign week (DESIGN §6, version 2):
// the hours of the activities active in the week plus the setup hours of
// those that start in it with hours, and their weekly cost. Minimum shares
// weigh each activity's hours by its active weeks. With up to 40 free
// activities the result is the proven optimum on the grid; beyond, it is
// feasible with a proven gap (weekly_search.h says how).
//
// Step 0 polishes the optimum on the 0.25 h grid off the grid: NLopt's SLSQP
// from it, on the hours of the activities it gives hours, every constraint
// kept (local_search.h), so that no local solver started from the answer
// finds a better one. The gap stays that of the grid optimum it started
// from.
//
// Goal seeking (a target return): the scenario with the fewest recurring
// hours, Σ h_i × active weeks, whose return reaches the target under the
// same constraints. A bisection on a limit of those hours, each step the
// optimum above with the limit as one more row, to within one step of
// hours over the campaign; exact on the grid whenever every optimum on the
// way is proven.

struct OptimizeRequest {
    std::optional<double> hours;       // per week; std::nullopt: the campaign's capacity
    std::optional<double> budget;      // per week; std::nullopt: the campaign's budget, if any
    std::map<Track, double> minShares; // track → least fraction of all hours, in [0, 1]
    std::vector<ActivityId> locks;     // held at their planned hours
    // Hours; each activity's exact upper bound is a level too. 0: the 0.25 h
    // grid optimum, polished off the grid.
    double step = 0.25;
    std::optional<double> targetReturn; // the fewest recurring hours reaching it
};

// What stops an activity from taking one more grid step, in this order of
// precedence:
// - Lock: locked, or held at its plan (0 hours per occurrence);
// - UpperBound: one more step passes its upper bound;
// - LowerBound: it gets no hours (dropping it serves the return best);
// - Capacity, Budget, MinShare: one more step would break that constraint
//   (MinShare: the other track's minimum share);
// - None: nothing does; one more step would not raise the return.
enum class Binding { None, UpperBound, LowerBound, Lock, Capacity, Budget, MinShare };

// "upper_bound", "lower_bound", "lock", "capacity", "budget", "min_share";
// std::nullopt for None.
std::optional<std::string_view> bindingName(Binding binding);

struct ActivityAllocation {
    ActivityId id;
    std::size_t index = 0; // position in the activities given to optimize()
    Track track = Track::Media;
    double hours = 0.0;        // proposed weekly recurring effort
    double plannedHours = 0.0; // planned x_i
    double upperBound = 0.0;
    double weeklyCost = 0.0;
    double totalReturn = 0.0;
    // As in DESIGN §5: the campaign's total return with one more effort hour
    // per week on this activity, minus the total at the proposal. It is the
    // figure `castnet project` gives for the saved proposal.
    double marginalReturn = 0.0;
    Binding binding = Binding::None;
};

struct Optimization {
    double hours = 0.0;                 // the capacity the proposal respects
    std::optional<double> budget;       // the weekly budget it respects, if any
    double step = 0.25;                 // 0: polished off the grid
    std::optional<double> targetReturn; // when goal seeking
    // True when the result is the proven global optimum on the grid.
    bool provenOptimal = true;
    // The proposal is proven to return at least (1 − gapBound) × the best
    // allocation on the grid: 0 when provenOptimal, else from the Lagrangian
    // bound of the week-by-week search.
    double gapBound = 0.0;
    double totalReturn = 0.0;                   // the §5 projection of the proposal
    double plannedReturn = 0.0;                 // the same for the plan, to compare
    double usedHours = 0.0;                     // Σ h_i
    double recurringHours = 0.0;                // Σ h_i × active weeks, over the campaign
    double weeklyCost = 0.0;                    // Σ weekly cost_i
    std::vector<ActivityAllocation> allocation; // in activity order
    std::vector<int> fullCapacityWeeks;         // weeks with less than one step of hours left
    std::vector<int> fullBudgetWeeks;           // weeks whose budget is spent
};

// The proposal for a campaign. An infeasible request (negative or
// non-finite hours or budget, shares outside [0, 1] or summing above 1,
// locks beyond the hours or the budget, shares the bounds cannot meet, an
// unknown locked id, a target return beyond reach) is an error naming the
// reason; there is never a partial plan.
Result<Optimization> optimize(const Campaign &campaign, const std::vector<Activity> &activities,
                              const OptimizeRequest &request);

// NLopt SLSQP alone on the same problem, from `start` (weekly hours per
// activity; the locked and the fixed keep their plan): what a local method
// reaches, for comparison with optimize(). Setup hours count for every
// activity it may give hours. `totalReturn` is the §5 projection of its
// hours; `feasible` says whether they keep every constraint.
struct LocalOptimum {
    std::vector<double> hours; // per activity
    double totalReturn = 0.0;
    bool feasible = false;
};
Result<LocalOptimum> localOptimum(const Campaign &campaign, const std::vector<Activity> &activities,
                                  const OptimizeRequest &request, const std::vector<double> &start);

// The proposal as a scenario to store: hours for every activity, zeros
// included.
Scenario proposalScenario(const Optimization &optimization, CampaignId campaign, std::string name);

} // namespace castnet::core
