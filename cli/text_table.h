// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace castnet::cli {

// A plain-text table with aligned columns, for the command line's readable
// output. Widths count code points, so accented and CJK titles stay aligned
// as far as a terminal's fixed-width font allows.
class TextTable {
public:
    enum class Align { Left, Right };

    struct Column {
        std::string title;
        Align align = Align::Left;
    };

    explicit TextTable(std::vector<Column> columns);

    // A row with one cell per column; missing cells are blank.
    void addRow(std::vector<std::string> cells);

    // Header, a rule, then the rows, each line ending in '\n'.
    std::string render() const;

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace castnet::cli
