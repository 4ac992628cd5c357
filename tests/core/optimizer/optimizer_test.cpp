// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/optimizer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>

#include <glpk.h>
#include <gtest/gtest.h>

#include "core/analysis/projection.h"
#include "core/analysis/scenario_projection.h"
#include "core/text/display_number.h"

namespace castnet::core {
namespace {

constexpr double step = 0.25;

// A small deterministic generator so every run checks the same cases.
class Sequence {
public:
    explicit Sequence(std::uint64_t seed)
        : m_state(seed) {}
    double next() { // in [0, 1)
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(m_state >> 11) * 0x1.0p-53;
    }
    double between(double low, double high) { return low + (high - low) * next(); }

private:
    std::uint64_t m_state;
};

// Broadcast video for leads, made by hand: 3 + 2 + 2 − 1 = 6, media.
Activity mediaActivity(std::int64_t id, double cadence, double hours) {
    Activity a;
    a.id = ActivityId{id};
    a.channel = "Instagram";
    a.title = "Reel " + std::to_string(id);
    a.format = Format::Video;
    a.interaction = Interaction::Broadcast;
    a.goal = Goal::Leads;
    a.automated = false;
    a.cadencePerWeek = cadence;
    a.hoursPerOccurrence = hours;
    a.startWeek = 1;
    a.endWeek = 8;
    a.response = {100.0, 4.0, 1.0, 0.3};
    return a;
}

// Community thread for relationships, manual: −3 − 2 − 2 − 1 = −8, networking.
Activity networkingActivity(std::int64_t id, double cadence, double hours) {
    Activity a = mediaActivity(id, cadence, hours);
    a.channel = "Forum";
    a.title = "Thread " + std::to_string(id);
    a.format = Format::ThreadReply;
    a.interaction = Interaction::Community;
    a.goal = Goal::Relationships;
    a.response = {100.0, 3.0, 2.5, 0.6};
    return a;
}

// A request, told the way a user asks: Ask().budget(25).lock(1).
struct Ask {
    OptimizeRequest request;
    Ask &hours(double h) {
        request.hours = h;
        return *this;
    }
    Ask &budget(double b) {
        request.budget = b;
        return *this;
    }
    Ask &share(Track track, double fraction) {
        request.minShares[track] = fraction;
        return *this;
    }
    Ask &lock(std::int64_t id) {
        request.locks.push_back(ActivityId{id});
        return *this;
    }
    operator OptimizeRequest() const { return request; }
};

struct Instance {
    Campaign campaign;
    std::vector<Activity> activities;
    OptimizeRequest request;
};

// The request's limits as brute force reads them, straight from DESIGN §6.
struct BruteLimits {
    double hours = 0.0;
    std::optional<double> budget;
    std::array<double, 2> minShare{};
};

struct BruteBest {
    double value = -1.0; // -1: nothing feasible
    std::vector<double> hours;
};

// Each activity's levels, with its return and weekly cost taken from a
// projection of that activity alone (activities saturate separately): the
// multiples of the step below its upper bound and the bound itself, or its
// plan when it is locked or has no hours per occurrence.
struct Option {
    double hours, value, cost;
};

struct Tabulated {
    BruteLimits limits;
    std::vector<std::vector<Option>> options;
    std::vector<std::size_t> tracks;
};

Tabulated tabulate(const Instance &instance) {
    const Campaign &campaign = instance.campaign;
    Tabulated table;
    BruteLimits &limits = table.limits;
    limits.hours = instance.request.hours.value_or(campaign.capacityHoursPerWeek);
    limits.budget = instance.request.budget;
    if (!limits.budget && campaign.budgetPerWeek)
        limits.budget = campaign.budgetPerWeek->units();
    for (const auto &[track, share] : instance.request.minShares)
        limits.minShare[trackIndex(track)] = share;
    for (const Activity &a : instance.activities) {
        const double x = plannedWeeklyEffort(a, campaign);
        const double occurrence = a.hoursPerOccurrence * effortPerOutputHour(a, campaign);
        const double upper = std::max(3.0 * x, 3.0 * occurrence);
        const bool locked = std::find(instance.request.locks.begin(), instance.request.locks.end(),
                                      a.id) != instance.request.locks.end();
        std::vector<double> levels;
        if (locked || a.hoursPerOccurrence == 0.0) {
            levels.push_back(x);
        } else {
            for (int k = 0; k * step < upper - 1e-9 && k * step <= limits.hours + 1e-9; ++k)
                levels.push_back(k * step);
            if (upper <= limits.hours + 1e-9)
                levels.push_back(upper);
        }
        std::vector<Option> own;
        for (double h : levels) {
            Scenario s;
            s.allocations = {{a.id, h}};
            const Projection p = projectScenario(campaign, {a}, s, {.marginalReturns = false});
            own.push_back({h, p.totalReturn, p.activities[0].weeklyCost});
        }
        table.options.push_back(std::move(own));
        table.tracks.push_back(trackIndex(effectiveTrack(a, campaign.objective)));
    }
    return table;
}

// Every allocation on the grid, the constraints checked as written in
// DESIGN §6 version 2: in every week, the hours of the active activities
// plus the setup hours of those starting with hours within the capacity,
// their cost within the budget; shares on Σ h_i × active weeks.
// Calls `feasible(value, hours)` for every feasible allocation.
void forEachFeasible(const Instance &instance,
                     const std::function<void(double, const std::vector<double> &)> &feasible) {
    const Campaign &campaign = instance.campaign;
    const Tabulated table = tabulate(instance);
    const BruteLimits &limits = table.limits;
    const auto &options = table.options;
    const auto &tracks = table.tracks;

    const std::size_t weeks = static_cast<std::size_t>(campaign.weeks);
    std::vector<double> chosen(options.size());
    std::function<void(std::size_t, double, std::vector<double>, std::vector<double>,
                       std::array<double, 2>)>
        visit = [&](std::size_t i, double value, std::vector<double> hours,
                    std::vector<double> cost, std::array<double, 2> weighted) {
            for (std::size_t w = 0; w < weeks; ++w) {
                if (hours[w] > limits.hours + 1e-9)
                    return;
                if (limits.budget && cost[w] > *limits.budget + 1e-9)
                    return;
            }
            if (i == options.size()) {
                const double all = weighted[0] + weighted[1];
                for (std::size_t t = 0; t < 2; ++t) {
                    if (weighted[t] < limits.minShare[t] * all - 1e-9)
                        return;
                }
                feasible(value, chosen);
                return;
            }
            const Activity &a = instance.activities[i];
            for (const Option &o : options[i]) {
                chosen[i] = o.hours;
                std::vector<double> h = hours, c = cost;
                for (int w = a.startWeek; w <= a.endWeek; ++w) {
                    h[static_cast<std::size_t>(w - 1)] += o.hours;
                    c[static_cast<std::size_t>(w - 1)] += o.cost;
                }
                if (o.hours > 0.0)
                    h[static_cast<std::size_t>(a.startWeek - 1)] += a.setupHours;
                std::array<double, 2> next = weighted;
                next[tracks[i]] += o.hours * (a.endWeek - a.startWeek + 1);
                visit(i + 1, value + o.value, h, c, next);
            }
        };
    visit(0, 0.0, std::vector<double>(weeks, 0.0), std::vector<double>(weeks, 0.0), {0.0, 0.0});
}

BruteBest bruteForce(const Instance &instance) {
    BruteBest best;
    forEachFeasible(instance, [&](double value, const std::vector<double> &hours) {
        if (value > best.value) {
            best.value = value;
            best.hours = hours;
        }
    });
    return best;
}

// The fewest recurring hours, Σ h_i × active weeks, of a feasible
// allocation returning at least `target`; -1 when none does.
double fewestHoursReaching(const Instance &instance, double target) {
    double fewest = -1.0;
    forEachFeasible(instance, [&](double value, const std::vector<double> &hours) {
        if (value < target - 1e-9 * target)
            return;
        double recurring = 0.0;
        for (std::size_t i = 0; i < hours.size(); ++i) {
            const Activity &a = instance.activities[i];
            recurring += hours[i] * (a.endWeek - a.startWeek + 1);
        }
        if (fewest < 0.0 || recurring < fewest)
            fewest = recurring;
    });
    return fewest;
}

// The same grid optimum as an integer programme solved by GLPK, one binary
// y_i,k per activity and level: Σ_k y_i,k = 1, and each week's capacity,
// budget and each share as linear rows over the y (setup hours on every
// level above 0 in the start week). std::nullopt when GLPK finds nothing
// feasible.
std::optional<double> integerProgrammeOptimum(const Instance &instance) {
    const Tabulated table = tabulate(instance);
    const std::size_t weeks = static_cast<std::size_t>(instance.campaign.weeks);
    glp_prob *lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    std::vector<int> ia{0}, ja{0};
    std::vector<double> ar{0.0};
    auto addRow = [&](int type, double limit) {
        const int row = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, row, type, limit, limit);
        return row;
    };
    std::vector<int> capacityRow(weeks), budgetRow(weeks, 0);
    for (std::size_t w = 0; w < weeks; ++w) {
        capacityRow[w] = addRow(GLP_UP, table.limits.hours + 1e-9);
        if (table.limits.budget)
            budgetRow[w] = addRow(GLP_UP, *table.limits.budget + 1e-9);
    }
    std::array<int, 2> shareRow{0, 0};
    for (std::size_t t = 0; t < 2; ++t) {
        if (table.limits.minShare[t] > 0.0)
            shareRow[t] = addRow(GLP_UP, 1e-9);
    }
    for (std::size_t i = 0; i < table.options.size(); ++i) {
        const Activity &a = instance.activities[i];
        const int one = addRow(GLP_FX, 1.0);
        const double active = a.endWeek - a.startWeek + 1;
        for (const Option &o : table.options[i]) {
            const int col = glp_add_cols(lp, 1);
            glp_set_col_kind(lp, col, GLP_BV);
            glp_set_obj_coef(lp, col, o.value);
            auto put = [&](int row, double coefficient) {
                if (row == 0 || coefficient == 0.0)
                    return;
                ia.push_back(row);
                ja.push_back(col);
                ar.push_back(coefficient);
            };
            put(one, 1.0);
            for (int w = a.startWeek; w <= a.endWeek; ++w) {
                const std::size_t at = static_cast<std::size_t>(w - 1);
                const double setup = w == a.startWeek && o.hours > 0.0 ? a.setupHours : 0.0;
                put(capacityRow[at], o.hours + setup);
                put(budgetRow[at], o.cost);
            }
            for (std::size_t t = 0; t < 2; ++t) {
                const double share = table.limits.minShare[t];
                put(shareRow[t], (share - (table.tracks[i] == t ? 1.0 : 0.0)) * active * o.hours);
            }
        }
    }
    glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.presolve = GLP_ON;
    parameters.msg_lev = GLP_MSG_OFF;
    std::optional<double> optimum;
    if (glp_intopt(lp, &parameters) == 0 && glp_mip_status(lp) == GLP_OPT)
        optimum = glp_mip_obj_val(lp);
    glp_delete_prob(lp);
    return optimum;
}

Instance randomInstance(std::uint64_t seed);

// `count` activities from the small random cases, renumbered, on a
// 40 h capacity over 12 weeks.
Instance largeInstance(const Campaign &campaign, std::size_t count, std::uint64_t seed) {
    Instance instance;
    instance.campaign = campaign;
    instance.campaign.capacityHoursPerWeek = 40.0;
    for (std::uint64_t s = 1; instance.activities.size() < count; ++s) {
        for (Activity a : randomInstance(seed * 1000 + s).activities) {
            a.id = ActivityId{static_cast<std::int64_t>(instance.activities.size()) + 1};
            instance.activities.push_back(a);
        }
    }
    instance.activities.resize(count);
    return instance;
}

// 3–4 activities, about half of them S-shaped networking (shape 2–3), on
// a 4–6 h capacity, costs on most of them.
Instance randomInstance(std::uint64_t seed) {
    Sequence random(seed);
    Instance instance;
    instance.campaign.name = "Small test";
    instance.campaign.weeks = 12;
    instance.campaign.capacityHoursPerWeek = 4.0 + std::floor(random.between(0.0, 3.0));
    instance.campaign.budgetPerWeek.reset();
    const int count = random.next() < 0.5 ? 3 : 4;
    for (int i = 0; i < count; ++i) {
        const bool networking = random.next() < 0.5;
        Activity a =
            networking ? networkingActivity(i + 1, 1.0, 1.0) : mediaActivity(i + 1, 1.0, 1.0);
        a.cadencePerWeek = std::round(random.between(0.5, 3.0) * 4.0) / 4.0;
        a.hoursPerOccurrence = std::round(random.between(0.25, 1.0) * 4.0) / 4.0;
        a.automated = !networking && random.next() < 0.4;
        a.costPerOccurrence =
            Cents(random.next() < 0.25 ? 0 : std::llround(random.between(10, 200)) * 100);
        a.startWeek = 1 + static_cast<int>(random.between(0.0, 4.0));
        a.endWeek = a.startWeek + 3 + static_cast<int>(random.between(0.0, 5.0));
        a.response.maxWeeklyReturn = random.between(40.0, 150.0);
        a.response.halfSaturationHours = random.between(0.8, 3.5);
        a.response.shape = networking ? random.between(2.0, 3.0) : random.between(0.6, 1.0);
        a.response.carryover = networking ? random.between(0.5, 0.9) : random.between(0.0, 0.5);
        // Some activities need setup hours in their start week.
        a.setupHours = random.next() < 0.4 ? std::round(random.between(0.5, 3.0) * 4.0) / 4.0 : 0.0;
        instance.activities.push_back(a);
    }
    return instance;
}

// Checks an optimization against the constraints it was asked to meet, week
// by week (DESIGN §6 version 2).
void expectFeasible(const Instance &instance, const Optimization &result) {
    std::vector<double> hours(static_cast<std::size_t>(instance.campaign.weeks), 0.0);
    std::vector<double> cost(hours.size(), 0.0);
    std::array<double, 2> weighted{};
    for (const ActivityAllocation &a : result.allocation) {
        const Activity &activity = instance.activities[a.index];
        for (int w = activity.startWeek; w <= activity.endWeek; ++w) {
            hours[static_cast<std::size_t>(w - 1)] += a.hours;
            cost[static_cast<std::size_t>(w - 1)] += a.weeklyCost;
        }
        if (a.hours > 0.0)
            hours[static_cast<std::size_t>(activity.startWeek - 1)] += activity.setupHours;
        weighted[trackIndex(a.track)] += a.hours * (activity.endWeek - activity.startWeek + 1);
        EXPECT_GE(a.hours, 0.0);
        EXPECT_LE(a.hours, a.upperBound + 1e-9);
    }
    for (std::size_t w = 0; w < hours.size(); ++w) {
        EXPECT_LE(hours[w], result.hours + 1e-9) << "week " << w + 1;
        if (result.budget) {
            EXPECT_LE(cost[w], *result.budget + 1e-9) << "week " << w + 1;
        }
    }
    for (const auto &[track, share] : instance.request.minShares)
        EXPECT_GE(weighted[trackIndex(track)], share * (weighted[0] + weighted[1]) - 1e-9);
}

class OptimizerTest : public ::testing::Test {
protected:
    OptimizerTest() {
        campaign.name = "Spring";
        campaign.weeks = 12;
        campaign.capacityHoursPerWeek = 5.0;
        campaign.automationSaving = 0.4;
        campaign.budgetPerWeek.reset();
    }

    Optimization run(const std::vector<Activity> &activities, const OptimizeRequest &request = {}) {
        auto result = optimize(campaign, activities, request);
        EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
        return result ? *result : Optimization{};
    }

    std::string refusal(const std::vector<Activity> &activities, const OptimizeRequest &request) {
        auto result = optimize(campaign, activities, request);
        EXPECT_FALSE(result.has_value());
        return result ? std::string() : result.error().message;
    }

    const ActivityAllocation &of(const Optimization &o, std::int64_t id) {
        return *std::find_if(o.allocation.begin(), o.allocation.end(),
                             [id](const ActivityAllocation &a) { return a.id == ActivityId{id}; });
    }

    Campaign campaign;
};

TEST_F(OptimizerTest, FindsTheGlobalOptimumOnTheGridWithoutABudget) {
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Instance instance = randomInstance(seed);
        const BruteBest best = bruteForce(instance);
        auto result = optimize(instance.campaign, instance.activities, instance.request);
        ASSERT_TRUE(result.has_value()) << result.error().message;
        EXPECT_TRUE(result->provenOptimal);
        EXPECT_NEAR(result->totalReturn, best.value, 1e-9 * best.value) << "seed " << seed;
        expectFeasible(instance, *result);
    }
}

TEST_F(OptimizerTest, FindsTheGlobalOptimumWithMinimumShares) {
    for (std::uint64_t seed = 101; seed <= 130; ++seed) {
        Instance instance = randomInstance(seed);
        // One activity of each track, so that either share can be met.
        instance.activities[0] = networkingActivity(1, 1.5, 0.5);
        instance.activities[1] = mediaActivity(2, 2.0, 0.75);
        instance.request.minShares = {{seed % 2 ? Track::Networking : Track::Media, 0.5},
                                      {seed % 2 ? Track::Media : Track::Networking, 0.2}};
        const BruteBest best = bruteForce(instance);
        ASSERT_GE(best.value, 0.0);
        auto result = optimize(instance.campaign, instance.activities, instance.request);
        ASSERT_TRUE(result.has_value()) << result.error().message;
        EXPECT_NEAR(result->totalReturn, best.value, 1e-9 * best.value) << "seed " << seed;
        expectFeasible(instance, *result);
    }
}

TEST_F(OptimizerTest, FindsTheGlobalOptimumAroundLockedActivities) {
    for (std::uint64_t seed = 201; seed <= 230; ++seed) {
        Instance instance = randomInstance(seed);
        // The first activity, with its plan of cadence × hours (at most 3 h
        // here) inside every capacity of 4 h or more.
        instance.request.locks = {instance.activities[0].id};
        if (seed % 3 == 0)
            instance.request.minShares = {{Track::Networking, 0.25}};
        const BruteBest best = bruteForce(instance);
        auto result = optimize(instance.campaign, instance.activities, instance.request);
        if (best.value < 0.0) {
            EXPECT_FALSE(result.has_value()) << "seed " << seed;
            continue;
        }
        ASSERT_TRUE(result.has_value()) << result.error().message;
        EXPECT_NEAR(result->totalReturn, best.value, 1e-9 * best.value) << "seed " << seed;
        EXPECT_DOUBLE_EQ(result->allocation[0].hours,
                         plannedWeeklyEffort(instance.activities[0], instance.campaign));
        EXPECT_EQ(result->allocation[0].binding, Binding::Lock);
        expectFeasible(instance, *result);
    }
}

TEST_F(OptimizerTest, FindsTheGlobalOptimumWithABudget) {
    int binding = 0;
    for (std::uint64_t seed = 301; seed <= 420; ++seed) {
        Instance instance = randomInstance(seed);
        // A budget between a tenth and three quarters of what the unlimited
        // optimum spends, so that it binds.
        auto free = optimize(instance.campaign, instance.activities, instance.request);
        ASSERT_TRUE(free.has_value());
        Sequence random(seed * 7);
        instance.request.budget = std::round(free->weeklyCost * random.between(0.1, 0.75));
        const bool hasNetworking =
            std::any_of(instance.activities.begin(), instance.activities.end(), [&](auto &a) {
                return effectiveTrack(a, instance.campaign.objective) == Track::Networking;
            });
        if (seed % 4 == 0 && hasNetworking)
            instance.request.minShares = {{Track::Networking, 0.3}};
        if (seed % 5 == 0)
            instance.request.locks = {instance.activities.back().id};

        const BruteBest best = bruteForce(instance);
        auto result = optimize(instance.campaign, instance.activities, instance.request);
        if (best.value < 0.0) {
            EXPECT_FALSE(result.has_value()) << "seed " << seed;
            continue;
        }
        ASSERT_TRUE(result.has_value()) << "seed " << seed << ": " << result.error().message;
        expectFeasible(instance, *result);
        EXPECT_TRUE(result->provenOptimal) << "seed " << seed;
        EXPECT_DOUBLE_EQ(result->gapBound, 0.0);
        EXPECT_NEAR(result->totalReturn, best.value, 1e-9 * best.value) << "seed " << seed;
        binding += result->totalReturn < free->totalReturn * (1.0 - 1e-9) ? 1 : 0;
    }
    EXPECT_GT(binding, 60) << "in most cases the budget must cost some return";
}

TEST_F(OptimizerTest, OnFortyActivitiesWithABudgetItProvesTheOptimum) {
    // 40 activities, too many for brute force; the branch and bound, pruned
    // by the Lagrangian bound, is the proof instead.
    Instance instance;
    instance.campaign = campaign;
    instance.campaign.capacityHoursPerWeek = 40.0;
    for (std::uint64_t seed = 1; instance.activities.size() < 40; ++seed) {
        for (Activity a : randomInstance(seed * 31).activities) {
            a.id = ActivityId{static_cast<std::int64_t>(instance.activities.size()) + 1};
            instance.activities.push_back(a);
        }
    }
    instance.activities.resize(40);
    auto free = optimize(instance.campaign, instance.activities, {});
    ASSERT_TRUE(free.has_value());
    instance.request = Ask().budget(0.3 * free->weeklyCost).share(Track::Networking, 0.3);
    auto result = optimize(instance.campaign, instance.activities, instance.request);
    ASSERT_TRUE(result.has_value()) << result.error().message;
    expectFeasible(instance, *result);
    EXPECT_TRUE(result->provenOptimal);
    EXPECT_DOUBLE_EQ(result->gapBound, 0.0);
    EXPECT_GT(result->totalReturn, 0.0);
}

TEST_F(OptimizerTest, EqualsTheIntegerProgrammeOptimumOnUpToFortyActivities) {
    // An independent exact answer: GLPK's branch and cut on the integer
    // programme of DESIGN §6, one binary per activity and level, against
    // Castnet's own search. With and without a budget, with shares and a
    // lock, from 16 to 40 activities.
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        const std::size_t count = seed % 2 ? 40 : 10 + 3 * seed;
        Instance instance = largeInstance(campaign, count, seed);
        auto free = optimize(instance.campaign, instance.activities, {});
        ASSERT_TRUE(free.has_value());
        if (seed % 4 != 1)
            instance.request.budget = std::round(free->weeklyCost * (0.2 + 0.1 * seed));
        if (seed % 3 == 0)
            instance.request.minShares = {{Track::Networking, 0.3}};
        if (seed % 4 == 2)
            instance.request.locks = {instance.activities[3].id};
        const std::optional<double> exact = integerProgrammeOptimum(instance);
        ASSERT_TRUE(exact.has_value()) << "seed " << seed;
        auto result = optimize(instance.campaign, instance.activities, instance.request);
        ASSERT_TRUE(result.has_value()) << "seed " << seed << ": " << result.error().message;
        expectFeasible(instance, *result);
        EXPECT_TRUE(result->provenOptimal) << "seed " << seed;
        EXPECT_NEAR(result->totalReturn, *exact, 1e-7 * *exact)
            << "seed " << seed << ", " << count << " activities";
    }
}

TEST_F(OptimizerTest, ATargetReturnTakesTheFewestRecurringHoursThatReachIt) {
    int checked = 0;
    for (std::uint64_t seed = 501; seed <= 530; ++seed) {
        Instance instance = randomInstance(seed);
        if (seed % 2 == 0) {
            auto free = optimize(instance.campaign, instance.activities, {});
            ASSERT_TRUE(free.has_value());
            instance.request.budget = std::round(0.5 * free->weeklyCost);
        }
        auto best = optimize(instance.campaign, instance.activities, instance.request);
        ASSERT_TRUE(best.has_value()) << best.error().message;
        // A target between a fifth and nine tenths of the highest return.
        const double target = best->totalReturn * (0.2 + 0.7 * Sequence(seed).next());
        instance.request.targetReturn = target;
        const double fewest = fewestHoursReaching(instance, target);
        ASSERT_GE(fewest, 0.0);
        auto result = optimize(instance.campaign, instance.activities, instance.request);
        ASSERT_TRUE(result.has_value()) << "seed " << seed << ": " << result.error().message;
        expectFeasible(instance, *result);
        EXPECT_GE(result->totalReturn, target * (1.0 - 1e-9)) << "seed " << seed;
        // The bisection ends within one step (0.25 h) of recurring hours
        // over the campaign of the fewest that reach the target.
        EXPECT_GE(result->recurringHours, fewest - 1e-9) << "seed " << seed;
        EXPECT_LE(result->recurringHours, fewest + step + 1e-9) << "seed " << seed;
        EXPECT_EQ(result->targetReturn, target);
        ++checked;
    }
    EXPECT_EQ(checked, 30);
}

TEST_F(OptimizerTest, ATargetWithinWhatNoHoursReturnTakesNoHours) {
    const Optimization result = run({mediaActivity(1, 2.0, 1.0)}, [] {
        OptimizeRequest r;
        r.targetReturn = 0.0;
        return r;
    }());
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 0.0);
    EXPECT_DOUBLE_EQ(result.recurringHours, 0.0);
}

TEST_F(OptimizerTest, ATargetBeyondReachNamesTheHighestReachableReturn) {
    // Alone on the 5 h capacity, 5 h a week on the reel: 100 × 5 / (4 + 5)
    // = 55.6 a week, carried over into the tail; the highest return is the
    // projection of that.
    const Optimization best = run({mediaActivity(1, 2.0, 1.0)});
    OptimizeRequest request;
    request.targetReturn = 1e6;
    EXPECT_EQ(refusal({mediaActivity(1, 2.0, 1.0)}, request),
              "the target return of 1000000 points is beyond reach: the highest reachable return "
              "is " +
                  displayNumber(best.totalReturn, DisplayStyle::fixed(1)) + " points");
    request.targetReturn = -1.0;
    EXPECT_EQ(refusal({mediaActivity(1, 2.0, 1.0)}, request),
              "the target return must be a finite number, 0 or more, not -1");
}

TEST_F(OptimizerTest, StepZeroPolishesOffTheGridKeepingEveryConstraint) {
    // Two reels on 5 h, the first rewarding a little more per hour: the
    // best split equalises their marginal returns, which the 0.25 h grid
    // cannot reach exactly. Each has bound 3 × 2 × 1.5 = 9 h.
    Activity first = mediaActivity(1, 2.0, 1.5);
    first.response = {130.0, 3.0, 1.0, 0.0};
    Activity second = mediaActivity(2, 2.0, 1.5);
    second.response = {100.0, 2.2, 1.0, 0.0};
    const Optimization grid = run({first, second});
    OptimizeRequest request;
    request.step = 0.0;
    const Optimization polished = run({first, second}, request);
    EXPECT_DOUBLE_EQ(polished.step, 0.0);
    EXPECT_GT(polished.totalReturn, grid.totalReturn);
    // Every hour of the week is used, and no more.
    EXPECT_NEAR(of(polished, 1).hours + of(polished, 2).hours, 5.0, 1e-7);
    EXPECT_LE(of(polished, 1).hours + of(polished, 2).hours, 5.0 + 1e-9);
    EXPECT_NE(of(polished, 1).hours, std::round(of(polished, 1).hours * 4.0) / 4.0);
    EXPECT_EQ(of(polished, 1).binding, Binding::Capacity);
    // At the optimum the marginal returns per hour are equal: with
    // r_i(h) = M_i h / (K_i + h), r'_i(h) = M_i K_i / (K_i + h)², so
    // 130 × 3 / (3 + h₁)² = 100 × 2.2 / (2.2 + 5 − h₁)².
    const double h1 = of(polished, 1).hours;
    EXPECT_NEAR(130.0 * 3.0 / ((3.0 + h1) * (3.0 + h1)), 100.0 * 2.2 / ((7.2 - h1) * (7.2 - h1)),
                1e-4);
    // No local solver started from the answer finds more.
    std::vector<double> start{of(polished, 1).hours, of(polished, 2).hours};
    auto local = localOptimum(campaign, {first, second}, {}, start);
    ASSERT_TRUE(local.has_value());
    EXPECT_LE(local->totalReturn, polished.totalReturn * (1.0 + 1e-9));
}

TEST_F(OptimizerTest, StepZeroNeverLosesReturnAndKeepsEveryWeekWithinItsLimits) {
    for (std::uint64_t seed = 601; seed <= 640; ++seed) {
        Instance instance = randomInstance(seed);
        if (seed % 2 == 0) {
            auto free = optimize(instance.campaign, instance.activities, {});
            ASSERT_TRUE(free.has_value());
            instance.request.budget = std::round(0.5 * free->weeklyCost);
        }
        if (seed % 3 == 0)
            instance.request.locks = {instance.activities[0].id};
        auto grid = optimize(instance.campaign, instance.activities, instance.request);
        if (!grid)
            continue;
        instance.request.step = 0.0;
        auto polished = optimize(instance.campaign, instance.activities, instance.request);
        ASSERT_TRUE(polished.has_value()) << polished.error().message;
        expectFeasible(instance, *polished);
        EXPECT_GE(polished->totalReturn, grid->totalReturn * (1.0 - 1e-12)) << "seed " << seed;
    }
}

TEST_F(OptimizerTest, RefusesANegativeStep) {
    OptimizeRequest request;
    request.step = -0.25;
    EXPECT_EQ(refusal({mediaActivity(1, 2.0, 1.0)}, request),
              "the hour grid step must be a number of hours, 0 or more");
}

// The climb a local method makes: one grid step at a time to the activity
// whose next step adds the most return.
double greedyClimb(const Campaign &campaign, const std::vector<Activity> &activities) {
    std::vector<double> hours(activities.size(), 0.0);
    auto returnOf = [&](std::size_t i, double h) {
        Scenario s;
        s.allocations = {{activities[i].id, h}};
        return projectScenario(campaign, {activities[i]}, s).totalReturn;
    };
    double used = 0.0;
    while (used + step <= campaign.capacityHoursPerWeek + 1e-9) {
        std::size_t pick = activities.size();
        double gain = 0.0;
        for (std::size_t i = 0; i < activities.size(); ++i) {
            const double g = returnOf(i, hours[i] + step) - returnOf(i, hours[i]);
            if (g > gain) {
                gain = g;
                pick = i;
            }
        }
        if (pick == activities.size())
            break;
        hours[pick] += step;
        used += step;
    }
    double total = 0.0;
    for (std::size_t i = 0; i < activities.size(); ++i)
        total += returnOf(i, hours[i]);
    return total;
}

TEST_F(OptimizerTest, GoesPastWhereAGreedyClimbStopsOnSShapedNetworking) {
    // A media post that pays a little from the first hour, against two
    // networking communities whose first hours earn almost nothing (shape 3,
    // half saturation at 2.5 h) but which pay far more once they form.
    Activity post = mediaActivity(1, 4.0, 1.0);
    post.response = {40.0, 2.0, 1.0, 0.0};
    Activity forum = networkingActivity(2, 1.0, 1.0);
    forum.response = {150.0, 2.5, 3.0, 0.5};
    Activity club = networkingActivity(3, 1.0, 1.0);
    club.response = {150.0, 2.5, 3.0, 0.5};
    const std::vector<Activity> activities{post, forum, club};

    const double greedy = greedyClimb(campaign, activities);
    const Optimization result = run(activities);
    const BruteBest best = bruteForce({campaign, activities, {}});
    EXPECT_NEAR(result.totalReturn, best.value, 1e-9 * best.value);
    // The climb feeds the post, whose first steps look best, and never
    // reaches the part of the networking curves that pays: all 5 h on the
    // post give 40 / (1 + 2/5) = 200/7 a week for 8 weeks, 1600/7 ≈ 228.6.
    // The optimum (2.5 h on each community) returns more than four times that.
    EXPECT_NEAR(greedy, 1600.0 / 7.0, 1e-9);
    EXPECT_GT(result.totalReturn, 4.0 * greedy)
        << "optimum " << result.totalReturn << " vs greedy " << greedy;
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 0.0);
    EXPECT_DOUBLE_EQ(of(result, 2).hours, 2.5);
    EXPECT_DOUBLE_EQ(of(result, 3).hours, 2.5);
}

TEST_F(OptimizerTest, UsesEachWeeksCapacityWhenActivitiesRunInDifferentWeeks) {
    // Weeks 1–4 and 5–8, never together; each bound 3 × 2 × 1 = 6 h and so
    // rewarding that it wants all it can get. Capacity 5 h holds in every
    // week, so each takes 5 h; the old sum-of-hours rule (5 h in all) left
    // half the capacity of every week unused: 2.5 h each, or 5 h and 0.
    Activity early = mediaActivity(1, 2.0, 1.0);
    early.endWeek = 4;
    early.response = {500.0, 1.0, 1.0, 0.0};
    Activity late = early;
    late.id = ActivityId{2};
    late.startWeek = 5;
    late.endWeek = 8;
    const Optimization result = run({early, late});
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 5.0);
    EXPECT_DOUBLE_EQ(of(result, 2).hours, 5.0);
    EXPECT_EQ(of(result, 1).binding, Binding::Capacity);
    EXPECT_EQ(result.fullCapacityWeeks, (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8}));
}

TEST_F(OptimizerTest, CountsSetupHoursInTheStartWeek) {
    // Setup 2 h in week 1: 5 − 2 = 3 h of recurring effort fit that week.
    // The old rule gave 5 h, 7 h of work in week 1 against 5 h of capacity.
    Activity launch = mediaActivity(1, 2.0, 1.0);
    launch.setupHours = 2.0;
    launch.response = {500.0, 1.0, 1.0, 0.0};
    const Optimization result = run({launch});
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 3.0);
    EXPECT_EQ(of(result, 1).binding, Binding::Capacity);
    EXPECT_EQ(result.fullCapacityWeeks, (std::vector<int>{1}));
}

TEST_F(OptimizerTest, DropsAnActivityWhoseSetupAloneFillsItsStartWeek) {
    // Setup 6 h against 5 h of capacity: any hours would overload week 1.
    Activity launch = mediaActivity(1, 2.0, 1.0);
    launch.setupHours = 6.0;
    const Optimization result = run({launch, mediaActivity(2, 2.0, 1.0)});
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 0.0);
    EXPECT_GT(of(result, 2).hours, 0.0);
}

TEST_F(OptimizerTest, RefusesLockedSetupBeyondAWeeksCapacityNamingTheWeek) {
    // Locked at 2 × 1 = 2 h from week 4, setup 4 h: 6 h in week 4 > 5 h.
    Activity launch = mediaActivity(1, 2.0, 1.0);
    launch.startWeek = 4;
    launch.setupHours = 4.0;
    EXPECT_EQ(refusal({launch}, Ask().lock(1)),
              "week 4: the locked activities with the setup of 1 activity need 6 h, capacity 5 h");
}

TEST_F(OptimizerTest, NamesTheFirstWeekWhoseSetupsCannotFit) {
    // Three locked launches of 1 × 1 = 1 h from week 4, setup 3 h each:
    // 3 × (1 + 3) = 12 h in week 4 against 10 h; weeks 5–8 need only 3 h.
    campaign.capacityHoursPerWeek = 10.0;
    std::vector<Activity> launches;
    for (std::int64_t id = 1; id <= 3; ++id) {
        Activity a = mediaActivity(id, 1.0, 1.0);
        a.startWeek = 4;
        a.setupHours = 3.0;
        launches.push_back(a);
    }
    EXPECT_EQ(refusal(launches, Ask().lock(1).lock(2).lock(3)),
              "week 4: the locked activities with the setup of 3 activities need 12 h, capacity "
              "10 h");
}

TEST_F(OptimizerTest, ReachesAnUpperBoundOffTheGrid) {
    // Planned 3 × 0.3 = 0.9 h, so the bound is max(3 × 0.9, 3 × 0.3) =
    // 2.7 h: a level of its own grid (…, 2.25, 2.5, 2.7), chosen at 2.7 h
    // rather than floored to 2.5 h when the response keeps rewarding hours.
    Activity post = mediaActivity(1, 3.0, 0.3);
    post.response = {500.0, 1.0, 1.0, 0.0};
    const Optimization result = run({post});
    EXPECT_DOUBLE_EQ(of(result, 1).upperBound, 2.7);
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 2.7);
    EXPECT_EQ(of(result, 1).binding, Binding::UpperBound);
}

TEST_F(OptimizerTest, OnSixtyActivitiesWithABudgetItProvesASmallGap) {
    // Beyond 40 activities the Lagrangian bound is the proof.
    Instance instance;
    instance.campaign = campaign;
    instance.campaign.capacityHoursPerWeek = 40.0;
    for (std::uint64_t seed = 1; instance.activities.size() < 60; ++seed) {
        for (Activity a : randomInstance(seed * 17).activities) {
            a.id = ActivityId{static_cast<std::int64_t>(instance.activities.size()) + 1};
            instance.activities.push_back(a);
        }
    }
    instance.activities.resize(60);
    auto free = optimize(instance.campaign, instance.activities, {});
    ASSERT_TRUE(free.has_value());
    instance.request = Ask().budget(0.3 * free->weeklyCost).share(Track::Networking, 0.3);
    auto result = optimize(instance.campaign, instance.activities, instance.request);
    ASSERT_TRUE(result.has_value()) << result.error().message;
    expectFeasible(instance, *result);
    EXPECT_LE(result->gapBound, 0.002);
    EXPECT_GT(result->totalReturn, 0.0);
}

TEST_F(OptimizerTest, ReportsWhatBindsEachActivity) {
    campaign.capacityHoursPerWeek = 6.0;
    Activity locked = mediaActivity(1, 1.0, 1.0); // x = 1 h, held there
    Activity small = mediaActivity(2, 0.25, 1.0); // x = 0.25, bound max(0.75, 3) = 3 h
    small.response = {500.0, 1.0, 1.0, 0.0};      // so rewarding it fills its bound
    Activity idle = mediaActivity(3, 1.0, 1.0);
    idle.response.maxWeeklyReturn = 0.0;        // returns nothing: dropped
    Activity rest = mediaActivity(4, 2.0, 1.0); // bound 6 h, takes what is left: 2 h
    const Optimization result = run({locked, small, idle, rest}, Ask().lock(1));
    EXPECT_EQ(of(result, 1).binding, Binding::Lock);
    EXPECT_DOUBLE_EQ(of(result, 2).hours, 3.0);
    EXPECT_EQ(of(result, 2).binding, Binding::UpperBound);
    EXPECT_DOUBLE_EQ(of(result, 3).hours, 0.0);
    EXPECT_EQ(of(result, 3).binding, Binding::LowerBound);
    EXPECT_DOUBLE_EQ(of(result, 4).hours, 2.0); // 6 − 1 − 3
    EXPECT_EQ(of(result, 4).binding, Binding::Capacity);
    EXPECT_EQ(bindingName(Binding::Capacity), "capacity");
    EXPECT_EQ(bindingName(Binding::None), std::nullopt);
}

TEST_F(OptimizerTest, ReportsTheBudgetWhenMoneyRunsOutBeforeHours) {
    // 10 per occurrence of 1 h: 10 a week per hour; a budget of 25 buys 2.5 h
    // of the 5 available.
    Activity paid = mediaActivity(1, 2.0, 1.0);
    paid.costPerOccurrence = Cents(1000);
    const Optimization result = run({paid}, Ask().budget(25.0));
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 2.5);
    EXPECT_DOUBLE_EQ(of(result, 1).weeklyCost, 25.0);
    EXPECT_EQ(of(result, 1).binding, Binding::Budget);
}

TEST_F(OptimizerTest, ReportsTheMinimumShareThatHoldsMediaBack) {
    // Networking bound at 3 × 1 = 3 h; at least half the hours on it keeps
    // media at 3 h too, well inside the 10 h capacity.
    campaign.capacityHoursPerWeek = 10.0;
    const Optimization result = run({mediaActivity(1, 2.0, 1.0), networkingActivity(2, 1.0, 1.0)},
                                    Ask().share(Track::Networking, 0.5));
    EXPECT_DOUBLE_EQ(of(result, 2).hours, 3.0);
    EXPECT_EQ(of(result, 2).binding, Binding::UpperBound);
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 3.0);
    EXPECT_EQ(of(result, 1).binding, Binding::MinShare);
}

TEST_F(OptimizerTest, BudgetZeroAllowsNoSpending) {
    Activity paid = mediaActivity(1, 2.0, 1.0);
    paid.costPerOccurrence = Cents(500);
    Activity unpaid = networkingActivity(2, 1.0, 1.0);
    const Optimization result = run({paid, unpaid}, Ask().budget(0.0));
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 0.0);
    EXPECT_DOUBLE_EQ(result.weeklyCost, 0.0);
    EXPECT_DOUBLE_EQ(of(result, 2).hours, 3.0); // its upper bound 3 × 1 h
    ASSERT_TRUE(result.budget.has_value());
    EXPECT_DOUBLE_EQ(*result.budget, 0.0);
}

TEST_F(OptimizerTest, UsesTheCampaignCapacityAndBudgetByDefault) {
    campaign.capacityHoursPerWeek = 2.0;
    campaign.budgetPerWeek = Cents(1500); // 15 a week
    Activity paid = mediaActivity(1, 2.0, 1.0);
    paid.costPerOccurrence = Cents(1000); // 10 per hour: the budget buys 1.5 h
    const Optimization result = run({paid, mediaActivity(2, 2.0, 1.0)});
    EXPECT_DOUBLE_EQ(result.hours, 2.0);
    ASSERT_TRUE(result.budget.has_value());
    EXPECT_DOUBLE_EQ(*result.budget, 15.0);
    EXPECT_LE(result.usedHours, 2.0);
    EXPECT_LE(result.weeklyCost, 15.0);
}

TEST_F(OptimizerTest, CostFollowsTheCadenceEvenWhenThePlanHasNone) {
    // Cadence 0: no planned hours, but one occurrence is 2 h of effort at 30,
    // so an hour costs 15 and the bound is 3 × 2 = 6 h.
    Activity idea = mediaActivity(1, 0.0, 2.0);
    idea.costPerOccurrence = Cents(3000);
    const Optimization result = run({idea}, Ask().hours(6.0).budget(45.0));
    EXPECT_DOUBLE_EQ(of(result, 1).upperBound, 6.0);
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 3.0); // 45 / 15
    EXPECT_DOUBLE_EQ(of(result, 1).weeklyCost, 45.0);
    // The projection of the proposal charges the same: 1.5 occurrences × 30.
    const Projection p =
        projectScenario(campaign, {idea}, proposalScenario(result, campaign.id, "x"));
    EXPECT_DOUBLE_EQ(p.activities[0].weeklyCost, 45.0);
}

TEST_F(OptimizerTest, AutomatedMediaIsBoundedAndCountedInTeamHours) {
    // Automated: x = 2 × 1 × (1 − 0.4) = 1.2 h; bound max(3.6, 1.8) = 3.6 h,
    // a level of its own grid (0, 0.25, …, 3.5, 3.6), not floored to 3.5 h.
    Activity scheduled = mediaActivity(1, 2.0, 1.0);
    scheduled.automated = true;
    scheduled.response = {500.0, 1.0, 1.0, 0.0};
    const Optimization result = run({scheduled});
    EXPECT_DOUBLE_EQ(of(result, 1).plannedHours, 1.2);
    EXPECT_DOUBLE_EQ(of(result, 1).upperBound, 3.6);
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 3.6);
    EXPECT_EQ(of(result, 1).binding, Binding::UpperBound);
}

TEST_F(OptimizerTest, HoldsAnActivityWithoutHoursPerOccurrenceAtItsPlan) {
    // No hours per occurrence: no scenario can change it; its 2 × 20 = 40 a
    // week counts against the budget of 50, leaving 10 for the other.
    Activity sponsorship = mediaActivity(1, 2.0, 0.0);
    sponsorship.costPerOccurrence = Cents(2000);
    Activity paid = mediaActivity(2, 2.0, 1.0);
    paid.costPerOccurrence = Cents(1000);
    const Optimization result = run({sponsorship, paid}, Ask().budget(50.0));
    EXPECT_EQ(of(result, 1).binding, Binding::Lock);
    EXPECT_DOUBLE_EQ(of(result, 1).hours, 0.0);
    EXPECT_DOUBLE_EQ(of(result, 1).weeklyCost, 40.0);
    EXPECT_DOUBLE_EQ(of(result, 2).hours, 1.0);
    EXPECT_DOUBLE_EQ(result.weeklyCost, 50.0);
}

TEST_F(OptimizerTest, ItsFiguresAreThoseOfTheProjectionOfTheProposal) {
    const Instance instance = randomInstance(7);
    auto result = optimize(instance.campaign, instance.activities, {});
    ASSERT_TRUE(result.has_value());
    const Projection p = projectScenario(instance.campaign, instance.activities,
                                         proposalScenario(*result, CampaignId{}, "proposal"));
    EXPECT_DOUBLE_EQ(result->totalReturn, p.totalReturn);
    for (const ActivityAllocation &a : result->allocation) {
        EXPECT_DOUBLE_EQ(a.marginalReturn, p.activities[a.index].marginalReturn);
        EXPECT_DOUBLE_EQ(a.totalReturn, p.activities[a.index].totalReturn);
    }
    EXPECT_DOUBLE_EQ(result->plannedReturn,
                     project(instance.campaign, instance.activities).totalReturn);
}

TEST_F(OptimizerTest, TheProposalScenarioHoldsHoursForEveryActivityZerosIncluded) {
    Activity idle = mediaActivity(2, 1.0, 1.0);
    idle.response.maxWeeklyReturn = 0.0;
    const Optimization result = run({mediaActivity(1, 1.0, 1.0), idle});
    const Scenario scenario = proposalScenario(result, CampaignId{9}, "Best mix");
    EXPECT_EQ(scenario.campaignId, CampaignId{9});
    EXPECT_EQ(scenario.name, "Best mix");
    ASSERT_EQ(scenario.allocations.size(), 2u);
    EXPECT_EQ(scenario.allocations[1], (Allocation{ActivityId{2}, 0.0}));
}

TEST_F(OptimizerTest, RefusesLocksBeyondTheHours) {
    campaign.capacityHoursPerWeek = 2.0;
    EXPECT_EQ(refusal({mediaActivity(1, 3.0, 1.0)}, Ask().lock(1)),
              "week 1: the locked activities need 3 h, capacity 2 h");
}

TEST_F(OptimizerTest, RefusesLocksBeyondTheBudget) {
    Activity paid = mediaActivity(1, 2.0, 1.0);
    paid.costPerOccurrence = Cents(1000);
    const std::string message = refusal({paid}, Ask().budget(15.0).lock(1));
    EXPECT_NE(message.find("cost 20.00"), std::string::npos) << message;
    EXPECT_NE(message.find("budget of 15.00"), std::string::npos) << message;
}

TEST_F(OptimizerTest, RefusesSharesAddingUpToMoreThanAll) {
    const std::string message =
        refusal({mediaActivity(1, 1.0, 1.0), networkingActivity(2, 1.0, 1.0)},
                Ask().share(Track::Media, 0.6).share(Track::Networking, 0.5));
    EXPECT_EQ(message, "the minimum shares add up to 110 %, more than all the hours");
}

TEST_F(OptimizerTest, RefusesAShareOutsideZeroToOne) {
    EXPECT_EQ(refusal({mediaActivity(1, 1.0, 1.0)}, Ask().share(Track::Media, 1.5)),
              "the minimum share of media must be a fraction from 0 to 1, not 1.5");
}

TEST_F(OptimizerTest, RefusesAShareForATrackWithoutActivities) {
    EXPECT_EQ(refusal({mediaActivity(1, 1.0, 1.0)}, Ask().share(Track::Networking, 0.2)),
              "no networking activity can take hours, so its minimum share cannot be met");
}

TEST_F(OptimizerTest, RefusesSharesTheBoundsCannotMeet) {
    // Media locked at 4 h; networking can take at most 3 × 0.5 = 1.5 h, so
    // its share stays under 1.5 / 5.5 = 27 % < 50 %.
    campaign.capacityHoursPerWeek = 10.0;
    const std::string message =
        refusal({mediaActivity(1, 4.0, 1.0), networkingActivity(2, 1.0, 0.5)},
                Ask().share(Track::Networking, 0.5).lock(1));
    EXPECT_EQ(message, "the minimum shares cannot be met with these hours, locks and the "
                       "activities' upper bounds");
}

TEST_F(OptimizerTest, RefusesSharesTheBudgetCannotPayFor) {
    // Media locked at 2 h (free); networking must take 2 h at 10 an hour,
    // 20 a week, against a budget of 5.
    Activity paid = networkingActivity(2, 1.0, 1.0);
    paid.costPerOccurrence = Cents(1000);
    const std::string message = refusal({mediaActivity(1, 2.0, 1.0), paid},
                                        Ask().budget(5.0).share(Track::Networking, 0.5).lock(1));
    EXPECT_EQ(message, "the minimum shares cannot be met with these hours, locks, the activities' "
                       "upper bounds and the budget");
}

TEST_F(OptimizerTest, RefusesNegativeOrNonFiniteLimits) {
    const std::vector<Activity> one{mediaActivity(1, 1.0, 1.0)};
    EXPECT_EQ(refusal(one, Ask().hours(-1.0)),
              "hours must be a finite number of hours per week, 0 or more, not -1");
    EXPECT_NE(refusal(one, Ask().budget(std::nan(""))).find("budget must be"), std::string::npos);
    EXPECT_NE(refusal(one, Ask().hours(HUGE_VAL)).find("hours must be"), std::string::npos);
}

TEST_F(OptimizerTest, RefusesALockOutsideTheCampaign) {
    EXPECT_EQ(refusal({mediaActivity(1, 1.0, 1.0)}, Ask().lock(42)),
              "activity 42 is not in campaign \"Spring\", so it cannot be locked");
}

TEST_F(OptimizerTest, ZeroHoursGiveAnEmptyButValidProposal) {
    const Optimization result = run({mediaActivity(1, 1.0, 1.0)}, Ask().hours(0.0));
    EXPECT_DOUBLE_EQ(result.usedHours, 0.0);
    EXPECT_DOUBLE_EQ(result.totalReturn, 0.0);
    EXPECT_EQ(of(result, 1).binding, Binding::LowerBound);
}

} // namespace
} // namespace castnet::core
