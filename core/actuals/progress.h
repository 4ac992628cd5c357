// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/actuals/actual.h"
#include "core/actuals/reforecast.h"
#include "core/analysis/projection.h"
#include "core/domain/campaign_snapshot.h"
#include "core/domain/enums.h"
#include "core/domain/ids.h"

namespace castnet::core {

// Planned against actual over weeks 1 … K (week t at index t − 1), DESIGN
// §12. Effort is the team's hours with setup; cost is in currency units.
// The series are views of K entries into buffers the Progress shares; the
// owners in ActivityProgress and ProgressTotals keep them alive, so a copy
// taken out of its Progress stays valid. cumulated() gives the running sums.
struct WeeklyComparison {
    std::span<const double> planned;
    std::span<const double> actual;
    double plannedTotal = 0.0;
    double actualTotal = 0.0;
    double variance = 0.0;       // actual − planned
    std::optional<double> index; // actual ÷ planned; null when planned is 0
};

// Returns are only compared where a result was measured: an unmeasured week
// is a gap in the data, not a week without return.
struct ReturnComparison {
    std::span<const double> planned;
    std::span<const double> actual;      // NaN where not measured: read it through measured()
    double plannedTotal = 0.0;           // every week 1 … K
    double plannedInMeasuredWeeks = 0.0; // the weeks with a result only
    double actualTotal = 0.0;            // sum of the measured results
    int measuredWeeks = 0;               // weeks with at least one result
    std::optional<double> variance;      // actual − planned over the measured weeks
    std::optional<double> index;         // actual ÷ planned over the measured weeks

    // The result of week index + 1, std::nullopt when none was measured.
    std::optional<double> measured(std::size_t index) const {
        const double value = actual[index];
        return std::isnan(value) ? std::nullopt : std::optional<double>(value);
    }
};

// Running sums of a weekly series; an unmeasured result adds nothing.
std::vector<double> cumulated(std::span<const double> weekly);

struct ActivityProgress {
    ActivityId id{};
    std::string title;
    Track track = Track::Media; // effective track in the plan (else in the baseline)
    bool inBaseline = false;
    bool inPlan = false;
    WeeklyComparison effort;
    WeeklyComparison cost;
    ReturnComparison returns;
    std::span<const double> actualOutput; // output hours from actuals (§12), K entries
    Reforecast forecast;
    double forecastTotalReturn = 0.0;
    double baselineTotalReturn = 0.0; // the baseline's §5 total over its weeks
    std::shared_ptr<const double[]> plannedOwner;
    std::shared_ptr<const double[]> actualOwner;
};

struct ProgressTotals {
    std::size_t activityCount = 0;
    WeeklyComparison effort;
    WeeklyComparison cost;
    ReturnComparison returns; // a week is measured when any activity's result is
    double forecastTotalReturn = 0.0;
    double baselineTotalReturn = 0.0;
    std::shared_ptr<const double[]> owner;
};

struct Progress {
    int asOfWeek = 0; // K: the last week with any actual
    // The plan's activities in its order, then those only the baseline has
    // (deleted since): re-planning never hides their slippage.
    std::vector<ActivityProgress> activities;
    std::array<ProgressTotals, 2> tracks; // tracks[trackIndex(track)]
    ProgressTotals campaign;

    const ProgressTotals &track(Track which) const;
};

// Progress as of week K and the re-forecast of DESIGN §12. `baseline` gives
// the planned figures (pass the plan itself when no baseline is saved);
// `plan` gives the output from week K + 1 on, the response parameters and
// how hours turn into output. Activities match by id.
Progress progress(const CampaignSnapshot &baseline, const CampaignSnapshot &plan,
                  const std::vector<Actual> &actuals);

} // namespace castnet::core
