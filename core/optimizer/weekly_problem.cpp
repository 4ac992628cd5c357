// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/weekly_problem.h"

#include <algorithm>
#include <cmath>

namespace castnet::core {

double WeeklyProblem::tolerance(int row) const {
    const WeeklyRow &r = rows[static_cast<std::size_t>(row)];
    return gridTolerance * std::max({1.0, std::abs(r.limit), r.scale});
}

std::vector<double> WeeklyProblem::loads(const std::vector<int> &levels) const {
    std::vector<double> load(rows.size(), 0.0);
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (const RowTerm &t : items[i].terms)
            load[static_cast<std::size_t>(t.row)] += coefficient(t, static_cast<int>(i), levels[i]);
    }
    return load;
}

bool WeeklyProblem::isFeasible(const std::vector<int> &levels) const {
    const std::vector<double> load = loads(levels);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (load[r] > rows[r].limit + tolerance(static_cast<int>(r)))
            return false;
    }
    return true;
}

double WeeklyProblem::valueOf(const std::vector<int> &levels) const {
    double total = 0.0;
    for (std::size_t i = 0; i < items.size(); ++i)
        total += items[i].value[static_cast<std::size_t>(levels[i])];
    return total;
}

} // namespace castnet::core
