// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace castnet::core {

// Slack allowed on the capacity, budget and share comparisons, relative to
// the figures compared, so that a sum of doubles landing an ulp past a limit
// still counts as within it.
constexpr double gridTolerance = 1e-9;

inline double gridSlack(double magnitude) {
    return gridTolerance * std::max(1.0, std::abs(magnitude));
}

// The optimizer's problem with its constraints week by week (DESIGN §6,
// version 2), once each free activity has been tabulated on its grid:
// choose one level k_i per item to maximise Σ value_i[k_i] subject to the
// rows r:  Σ_i coefficient_r,i(k_i) ≤ limit_r, where
//   coefficient_r,i(k) = perHour_r,i · hours_i[k] + setup_r,i · [k > 0].
// A capacity row is one week (or several weeks with the same active and
// starting activities): perHour 1 for each active item, setup its setup
// hours in its start week. A budget row has the item's cost per hour. A
// minimum share of track t with fraction F is the row
//   Σ_i (F − [i in t]) · weeks_i · h_i ≤ fixed_t − F · fixed_all.
// A row of recurring hours (goal seeking) has weeks_i per hour. Locked
// activities are outside: their part has been taken off the limits.
enum class RowKind { Capacity, Budget, MinShare, RecurringHours };

struct RowTerm {
    int row = 0;
    double perHour = 0.0;
    double setup = 0.0;
};

struct WeeklyItem {
    std::vector<double> hours; // hours[0] = 0, increasing; the last is the exact upper bound
    std::vector<double> value; // the campaign's total return at each level
    std::vector<RowTerm> terms;
    int steps() const { return static_cast<int>(hours.size()) - 1; }
};

struct WeeklyRow {
    RowKind kind = RowKind::Capacity;
    int week = 0;       // the first campaign week it stands for (capacity and budget)
    double limit = 0.0; // what is left once the locked part is taken off
    double scale = 1.0; // a typical size of its terms, for the tolerance and the duals
    std::vector<int> items;
};

struct WeeklyProblem {
    std::vector<WeeklyItem> items;
    std::vector<WeeklyRow> rows;

    double coefficient(const RowTerm &term, int item, int level) const {
        const double h =
            items[static_cast<std::size_t>(item)].hours[static_cast<std::size_t>(level)];
        return term.perHour * h + (level > 0 ? term.setup : 0.0);
    }
    // A row's slack may be an ulp negative and still hold.
    double tolerance(int row) const;
    std::vector<double> loads(const std::vector<int> &levels) const;
    bool isFeasible(const std::vector<int> &levels) const;
    double valueOf(const std::vector<int> &levels) const;
};

} // namespace castnet::core
