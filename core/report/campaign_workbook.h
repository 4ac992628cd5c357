// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actuals/calibration_result.h"
#include "core/actuals/progress.h"
#include "core/analysis/projection.h"
#include "core/domain/brand.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/domain/scenario.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// The figures of the spreadsheet workbook (DESIGN §16): the same campaign,
// projection, scenarios, progress and calibration that the report rests on,
// kept as numbers, so that the workbook's cells hold Castnet's own figures
// rather than the report's rounded text.

struct WorkbookScenario {
    enum class Kind { Plan, Stored, Proposal };
    std::string name;
    Kind kind = Kind::Stored;
    Projection projection; // without marginal returns
    // Activities the scenario holds no hours for (added after it was saved),
    // which keep their planned hours in it (DESIGN §6).
    std::size_t activitiesAddedSince = 0;
};

// Present only when the campaign has actuals (DESIGN §12 and §13).
struct WorkbookActuals {
    std::optional<std::string> baselineName; // null: compared with the plan
    Progress progress;
    CampaignCalibration calibration; // one entry per plan activity, in its order
};

struct CampaignWorkbook {
    Brand brand;
    CampaignSnapshot plan;
    Projection projection;                   // the plan, with marginal returns
    std::vector<WorkbookScenario> scenarios; // the plan first, then stored, then the proposal
    std::optional<WorkbookActuals> actuals;
    std::string date; // "YYYY-MM-DD", the workbook's date
};

struct WorkbookOptions {
    std::string date; // empty: today
    // The optimizer's proposal, when the caller computed one (hours for
    // every activity); a proposal the user kept is a stored scenario.
    std::optional<Scenario> proposal;
};

// The workbook of one stored campaign, read in one snapshot with its brand,
// actuals, latest baseline (else the plan) and a fresh calibration, as
// `castnet progress` and `castnet calibrate` compute them. An unknown
// campaign is an error.
Result<CampaignWorkbook> buildCampaignWorkbook(Workspace &workspace, CampaignId campaign,
                                               const WorkbookOptions &options);

} // namespace castnet::core
