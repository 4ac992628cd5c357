// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "core/report/report_model.h"

namespace castnet::core {

// The report as CommonMark with GitHub tables: the title as `# `, each
// top-level section as `## `, its subheadings as `### `. Charts come as
// their figures tables, since Markdown cannot carry a drawing.
std::string renderMarkdown(const Report &report);

// Escapes text so that Markdown shows it as written: backslashes before
// \ ` * _ [ ] < > | ~ and an entity-like &, and before what would start a
// block at the beginning of a line (# - + = > and a number followed by . or
// )). Line breaks become spaces, so the text stays in its paragraph or
// table cell.
std::string escapeMarkdown(std::string_view text);

} // namespace castnet::core
