// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/optimizer/integer_programme.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

#include <glpk.h>

namespace castnet::core {

namespace {

// The programme with its columns: column → (item, level).
class Programme {
public:
    explicit Programme(const WeeklyProblem &problem)
        : m_problem(problem)
        , m_lp(glp_create_prob()) {
        glp_set_obj_dir(m_lp, GLP_MAX);
        const int rows = static_cast<int>(problem.rows.size());
        const int items = static_cast<int>(problem.items.size());
        if (rows + items > 0)
            glp_add_rows(m_lp, rows + items);
        for (int r = 0; r < rows; ++r) {
            const WeeklyRow &row = problem.rows[static_cast<std::size_t>(r)];
            // Divided by its scale, so that the rows are of one size.
            const double limit = (row.limit + problem.tolerance(r)) / row.scale;
            glp_set_row_bnds(m_lp, r + 1, GLP_UP, limit, limit);
        }
        for (int i = 0; i < items; ++i)
            glp_set_row_bnds(m_lp, rows + i + 1, GLP_UP, 1.0, 1.0);

        std::vector<int> ia{0}, ja{0};
        std::vector<double> ar{0.0};
        m_firstColumn.resize(static_cast<std::size_t>(items) + 1, 1);
        for (int i = 0; i < items; ++i) {
            const WeeklyItem &item = problem.items[static_cast<std::size_t>(i)];
            m_firstColumn[static_cast<std::size_t>(i)] = static_cast<int>(m_columns.size()) + 1;
            for (int k = 1; k <= item.steps(); ++k) {
                m_columns.push_back({i, k});
                const int column = static_cast<int>(m_columns.size());
                ia.push_back(rows + i + 1);
                ja.push_back(column);
                ar.push_back(1.0);
                for (const RowTerm &t : item.terms) {
                    const double c = problem.coefficient(t, i, k);
                    if (c == 0.0)
                        continue;
                    ia.push_back(t.row + 1);
                    ja.push_back(column);
                    ar.push_back(c / problem.rows[static_cast<std::size_t>(t.row)].scale);
                }
            }
        }
        m_firstColumn[static_cast<std::size_t>(items)] = static_cast<int>(m_columns.size()) + 1;
        if (!m_columns.empty())
            glp_add_cols(m_lp, static_cast<int>(m_columns.size()));
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const auto [i, k] = m_columns[c];
            const WeeklyItem &item = problem.items[static_cast<std::size_t>(i)];
            const int column = static_cast<int>(c) + 1;
            glp_set_col_bnds(m_lp, column, GLP_DB, 0.0, 1.0);
            glp_set_obj_coef(m_lp, column, item.value[static_cast<std::size_t>(k)] - item.value[0]);
        }
        glp_load_matrix(m_lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
        for (const WeeklyItem &item : problem.items)
            m_base += item.value[0];
    }
    ~Programme() { glp_delete_prob(m_lp); }
    Programme(const Programme &) = delete;
    Programme &operator=(const Programme &) = delete;

    glp_prob *lp() const { return m_lp; }
    double base() const { return m_base; }
    int columns() const { return static_cast<int>(m_columns.size()); }
    std::pair<int, int> column(int c) const { return m_columns[static_cast<std::size_t>(c - 1)]; }
    int firstColumn(int item) const { return m_firstColumn[static_cast<std::size_t>(item)]; }

    // The levels of a column vector: of a 0/1 one, the level each item
    // takes; of a fractional one, each item at the lowest level its columns
    // touch, or at 0 when they do not add up to a whole.
    std::vector<int> levelsOf(const std::vector<double> &x, bool roundDown) const {
        const std::size_t n = m_problem.items.size();
        std::vector<int> levels(n, 0), lowest(n, 0);
        std::vector<double> whole(n, 0.0);
        for (int c = 1; c <= columns(); ++c) {
            const auto [i, k] = column(c);
            const std::size_t at = static_cast<std::size_t>(i);
            const double v = x[static_cast<std::size_t>(c)];
            if (v > 0.5)
                levels[at] = k;
            if (v > 1e-9) {
                whole[at] += v;
                if (lowest[at] == 0)
                    lowest[at] = k; // columns come in increasing level
            }
        }
        if (roundDown) {
            for (std::size_t i = 0; i < n; ++i)
                levels[i] = whole[i] > 1.0 - 1e-6 ? lowest[i] : 0;
        }
        return levels;
    }

private:
    const WeeklyProblem &m_problem;
    glp_prob *m_lp;
    std::vector<std::pair<int, int>> m_columns;
    std::vector<int> m_firstColumn;
    double m_base = 0.0;
};

struct SearchData {
    const Programme *programme = nullptr;
    std::vector<double> start; // 1-based column values of the incumbent
    bool offered = false;
    double bound = 0.0;
    bool haveBound = false;
};

void callback(glp_tree *tree, void *info) {
    SearchData &data = *static_cast<SearchData *>(info);
    switch (glp_ios_reason(tree)) {
    case GLP_IHEUR:
        if (!data.offered) {
            data.offered = true;
            glp_ios_heur_sol(tree, data.start.data());
        }
        break;
    case GLP_ISELECT:
    case GLP_IBINGO: {
        const int node = glp_ios_best_node(tree);
        if (node != 0) {
            data.bound = glp_ios_node_bound(tree, node);
            data.haveBound = true;
        }
        break;
    }
    default:
        break;
    }
}

void quiet(glp_smcp &simplex) {
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    simplex.presolve = GLP_OFF;
}

} // namespace

ProgrammeAnswer relaxedProgramme(const WeeklyProblem &problem) {
    ProgrammeAnswer answer;
    Programme programme(problem);
    if (programme.columns() == 0) {
        answer.levels = std::vector<int>(problem.items.size(), 0);
        answer.upperBound = programme.base();
        answer.provenOptimal = problem.isFeasible(*answer.levels);
        if (!answer.provenOptimal)
            answer.levels.reset();
        return answer;
    }
    glp_smcp simplex;
    quiet(simplex);
    if (glp_simplex(programme.lp(), &simplex) != 0 || glp_get_status(programme.lp()) != GLP_OPT) {
        answer.upperBound = std::numeric_limits<double>::infinity();
        return answer;
    }
    answer.upperBound = programme.base() + glp_get_obj_val(programme.lp());
    std::vector<double> x(static_cast<std::size_t>(programme.columns()) + 1, 0.0);
    for (int c = 1; c <= programme.columns(); ++c)
        x[static_cast<std::size_t>(c)] = glp_get_col_prim(programme.lp(), c);
    std::vector<int> levels = programme.levelsOf(x, true);
    if (problem.isFeasible(levels))
        answer.levels = std::move(levels);
    return answer;
}

ProgrammeAnswer integerProgramme(const WeeklyProblem &problem, const std::vector<int> &incumbent,
                                 int milliseconds) {
    ProgrammeAnswer answer;
    Programme programme(problem);
    const int columns = programme.columns();
    if (columns == 0)
        return relaxedProgramme(problem);
    for (int c = 1; c <= columns; ++c)
        glp_set_col_kind(programme.lp(), c, GLP_BV);
    glp_smcp simplex;
    quiet(simplex);
    if (glp_simplex(programme.lp(), &simplex) != 0 || glp_get_status(programme.lp()) != GLP_OPT) {
        answer.upperBound = std::numeric_limits<double>::infinity();
        return answer;
    }
    answer.upperBound = programme.base() + glp_get_obj_val(programme.lp());

    SearchData data;
    data.programme = &programme;
    data.start.assign(static_cast<std::size_t>(columns) + 1, 0.0);
    for (std::size_t i = 0; i < incumbent.size(); ++i) {
        if (incumbent[i] > 0) {
            const int c = programme.firstColumn(static_cast<int>(i)) + incumbent[i] - 1;
            data.start[static_cast<std::size_t>(c)] = 1.0;
        }
    }
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.tm_lim = milliseconds;
    parameters.cb_func = callback;
    parameters.cb_info = &data;
    parameters.gmi_cuts = GLP_ON;
    parameters.mir_cuts = GLP_ON;
    parameters.cov_cuts = GLP_ON;
    parameters.clq_cuts = GLP_ON;
    // GLPK's cut generators write to the terminal whatever msg_lev says.
    glp_term_out(GLP_OFF);
    const int code = glp_intopt(programme.lp(), &parameters);
    glp_term_out(GLP_ON);
    const int status = glp_mip_status(programme.lp());
    if (status == GLP_OPT || status == GLP_FEAS) {
        std::vector<double> x(static_cast<std::size_t>(columns) + 1, 0.0);
        for (int c = 1; c <= columns; ++c)
            x[static_cast<std::size_t>(c)] = glp_mip_col_val(programme.lp(), c);
        std::vector<int> levels = programme.levelsOf(x, false);
        if (problem.isFeasible(levels))
            answer.levels = std::move(levels);
    }
    if (code == 0 && status == GLP_OPT && answer.levels) {
        answer.provenOptimal = true;
        answer.upperBound = problem.valueOf(*answer.levels);
    } else if (code == 0 && status == GLP_NOFEAS) {
        answer.provenOptimal = true; // nothing is feasible
        answer.upperBound = -std::numeric_limits<double>::infinity();
    } else if (data.haveBound) {
        answer.upperBound = std::min(answer.upperBound, programme.base() + data.bound);
    }
    return answer;
}

} // namespace castnet::core
