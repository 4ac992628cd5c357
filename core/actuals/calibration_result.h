// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/response_parameters.h"
#include "core/domain/enums.h"
#include "core/domain/ids.h"

namespace castnet::core {

// The four response parameters of DESIGN §5, named as the CSV columns.
enum class ResponseParameter { MaxWeeklyReturn, HalfSaturationHours, Shape, Carryover };

std::string_view csvName(ResponseParameter parameter);

// P10, P50 and P90 of a bootstrap.
struct Band {
    double p10 = 0.0;
    double p50 = 0.0;
    double p90 = 0.0;

    friend bool operator==(const Band &, const Band &) = default;
};

struct FitQuality {
    double sse = 0.0;
    std::optional<double> r2;    // null when every result is the same
    std::optional<double> nrmse; // RMSE ÷ (max r − min r); null when max r = min r
    std::optional<double> mape;  // a fraction (0.12 = 12 %), over r > 0; null without one
};

// The last ⌈n/5⌉ weeks with results, predicted by a fit without them.
struct HoldoutQuality {
    int weeks = 0;
    std::optional<double> nrmse; // divided by the range of every result, as in sample
    std::optional<double> mape;
};

struct ParameterBand {
    ResponseParameter parameter = ResponseParameter::MaxWeeklyReturn;
    Band band;
};

// The calibration of one activity (DESIGN §13).
struct ActivityCalibration {
    ActivityId id{};
    int weeksWithResults = 0;              // n
    std::vector<ResponseParameter> fitted; // in the order R, θ, γ; empty: nothing fitted
    std::optional<std::string> reason;     // why something was not fitted, in a sentence
    ResolvedResponse parameters;           // fitted values, the others kept
    std::optional<FitQuality> quality;     // null when nothing was fitted
    std::optional<HoldoutQuality> holdout; // null when n < 10 or nothing was fitted
    std::vector<ParameterBand> intervals;  // one per fitted parameter
    double forecastTotalReturn = 0.0;      // §12 re-forecast with `parameters`
    std::optional<Band> forecastBand;      // null when nothing was fitted
    // One re-forecast total per bootstrap refit, in draw order (all equal to
    // forecastTotalReturn when nothing was fitted), so tracks and the
    // campaign can combine the activities' draws.
    std::vector<double> forecastDraws;

    bool applied() const { return !fitted.empty(); }
};

struct CampaignCalibration {
    std::vector<ActivityCalibration> activities; // in the activities' order
    std::array<std::optional<Band>, 2>
        trackForecast;                    // trackForecast[trackIndex(t)]; null without activities
    std::optional<Band> campaignForecast; // null without activities
};

} // namespace castnet::core
