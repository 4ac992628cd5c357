// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/domain/error.h"
#include "core/report/campaign_workbook.h"

namespace castnet::core {

// Writes the workbook of DESIGN §16 as an Excel (.xlsx) file: the sheets
// Summary, Activities, Weekly, Tracks, Scenarios, and Progress and
// Calibration when the campaign has actuals. Totals are formulas that carry
// their computed values, so a spreadsheet shows the right figure before it
// recalculates; every piece of user text is written as text, never as a
// formula. All or nothing, like every other output: the workbook is built
// in a private temporary folder and written with writeFileAtomically(), so
// a folder, a device or an unwritable path is refused and nothing is left
// behind.
Result<void> writeWorkbook(const CampaignWorkbook &workbook, const std::string &path);

} // namespace castnet::core
