// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"
#include "core/domain/ids.h"
#include "core/report/report_model.h"
#include "core/workspace/workspace.h"

namespace castnet::core {

// The report of one stored campaign (DESIGN §7): its brand, its activities
// and every stored scenario, read in one snapshot, laid out with `options`.
// The one report builder that the command line and the window share;
// rendering and writing it are the caller's. The optimizer's proposal
// (options.proposal) is the caller's to add: one the user keeps is a stored
// scenario and is compared like the others. An unknown campaign is an error.
Result<Report> buildCampaignReport(Workspace &workspace, CampaignId campaign,
                                   const ReportOptions &options);

} // namespace castnet::core
