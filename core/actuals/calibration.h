// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/actuals/actual.h"
#include "core/actuals/calibration_result.h"
#include "core/actuals/reforecast.h"
#include "core/analysis/response_parameters.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/enums.h"

namespace castnet::core {

// What one activity's calibration needs: its actual weeks 1 … K, the plan's
// output after them and the parameters it has now (own, else track default).
struct CalibrationInput {
    ActivityId id{};
    Track track = Track::Media;
    std::vector<double> actualOutput;           // output hours from actuals, weeks 1 … K
    std::vector<std::optional<double>> results; // weeks 1 … K; null = not measured
    PlannedOutput plan;
    int campaignWeeks = 0;
    ResolvedResponse start;
};

struct CalibrationOptions {
    int bootstrapRefits = 200;
    unsigned threads = 0; // 0: one per core. The results do not depend on it.
};

// One input per activity of `plan`, in its order, from the actuals up to the
// last week with any actual.
std::vector<CalibrationInput> calibrationInputs(const CampaignSnapshot &plan,
                                                const std::vector<Actual> &actuals);

// The calibration of DESIGN §13 for one activity: the data-count and γ
// rules, the global least-squares fit, its quality in sample and on the
// hold-out, and the bootstrap bands, seeded by `uid`.
ActivityCalibration calibrateActivity(const CalibrationInput &input, const std::string &uid,
                                      const CalibrationOptions &options = {});

// Every activity (uids[i] belongs to inputs[i]) on all cores, and the bands
// of each track and of the campaign from the activities' draws: draw b of a
// track is the sum of its activities' draws b.
CampaignCalibration calibrateCampaign(const std::vector<CalibrationInput> &inputs,
                                      const std::vector<std::string> &uids,
                                      const CalibrationOptions &options = {});

} // namespace castnet::core
