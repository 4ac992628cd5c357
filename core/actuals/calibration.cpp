// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/actuals/calibration.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "core/actuals/actual_weeks.h"
#include "core/actuals/bootstrap_sample.h"
#include "core/actuals/response_fit.h"
#include "core/analysis/classification.h"
#include "core/analysis/projection.h"

namespace castnet::core {

namespace {

std::vector<ResponseParameter> fittedParameters(FittedSet set) {
    switch (set) {
    case FittedSet::Nothing:
        return {};
    case FittedSet::MaxReturn:
        return {ResponseParameter::MaxWeeklyReturn};
    case FittedSet::MaxReturnCarryover:
        return {ResponseParameter::MaxWeeklyReturn, ResponseParameter::Carryover};
    case FittedSet::MaxReturnCarryoverHalfSat:
        return {ResponseParameter::MaxWeeklyReturn, ResponseParameter::Carryover,
                ResponseParameter::HalfSaturationHours};
    }
    return {};
}

double valueOf(const FitPoint &point, ResponseParameter parameter) {
    switch (parameter) {
    case ResponseParameter::MaxWeeklyReturn:
        return point.maxWeeklyReturn;
    case ResponseParameter::Carryover:
        return point.carryover;
    case ResponseParameter::HalfSaturationHours:
        return point.halfSaturationHours;
    case ResponseParameter::Shape:
        break;
    }
    return 0.0;
}

FitProblem fitProblem(const CalibrationInput &input) {
    FitProblem problem;
    problem.output = input.actualOutput;
    problem.start = input.start;
    const std::size_t weeks = std::min(input.actualOutput.size(), input.results.size());
    for (std::size_t t = 0; t < weeks; ++t) {
        if (input.results[t]) {
            problem.measured.push_back(t);
            problem.results.push_back(*input.results[t]);
        }
    }
    return problem;
}

// RMSE ÷ range and MAPE over the rows [from, to) of results and predictions;
// the range is that of every result, so in-sample and hold-out NRMSE share a
// scale.
void errorMeasures(const std::vector<double> &results, const std::vector<double> &predicted,
                   std::size_t from, std::size_t to, std::optional<double> &nrmse,
                   std::optional<double> &mape) {
    const auto [low, high] = std::minmax_element(results.begin(), results.end());
    double squares = 0.0;
    double relative = 0.0;
    int positive = 0;
    for (std::size_t i = from; i < to; ++i) {
        const double error = results[i] - predicted[i];
        squares += error * error;
        if (results[i] > 0.0) {
            relative += std::abs(error) / results[i];
            ++positive;
        }
    }
    const double range = *high - *low;
    if (range > 0.0 && to > from)
        nrmse = std::sqrt(squares / static_cast<double>(to - from)) / range;
    if (positive > 0)
        mape = relative / positive;
}

FitQuality inSample(const std::vector<double> &results, const std::vector<double> &predicted) {
    FitQuality quality;
    double mean = 0.0;
    for (double r : results)
        mean += r;
    mean /= static_cast<double>(results.size());
    double total = 0.0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const double error = results[i] - predicted[i];
        quality.sse += error * error;
        total += (results[i] - mean) * (results[i] - mean);
    }
    if (total > 0.0)
        quality.r2 = 1.0 - quality.sse / total;
    errorMeasures(results, predicted, 0, results.size(), quality.nrmse, quality.mape);
    return quality;
}

double forecastTotal(const CalibrationInput &input, const ResolvedResponse &response) {
    return reforecast(input.actualOutput, input.results, input.plan, response, input.campaignWeeks)
        .total();
}

bool anyOutputBefore(const FitProblem &problem) {
    const std::size_t last = problem.measured.back();
    for (std::size_t t = 0; t <= last; ++t) {
        if (problem.output[t] > 0.0)
            return true;
    }
    return false;
}

// Residuals resampled around the fit: centred, and widened by √(n / (n − p))
// because a fit with p parameters leaves residuals smaller than its errors.
void bootstrap(const CalibrationInput &input, const FitProblem &problem,
               const ResponseFitter &fitter, const std::vector<double> &predicted,
               const std::string &uid, int refits, ActivityCalibration &out) {
    const std::size_t n = problem.results.size();
    std::vector<double> residuals(n);
    double mean = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        residuals[i] = problem.results[i] - predicted[i];
        mean += residuals[i];
    }
    mean /= static_cast<double>(n);
    const double widen =
        std::sqrt(static_cast<double>(n) / static_cast<double>(n - out.fitted.size()));
    for (double &residual : residuals)
        residual = (residual - mean) * widen;

    BootstrapSample sample(uid);
    std::vector<std::vector<double>> draws(out.fitted.size());
    out.forecastDraws.clear();
    std::vector<double> resampled(n);
    for (int b = 0; b < refits; ++b) {
        for (std::size_t i = 0; i < n; ++i)
            resampled[i] = predicted[i] + residuals[sample.index(n)];
        const FitPoint refit = fitter.fit(resampled);
        for (std::size_t k = 0; k < out.fitted.size(); ++k)
            draws[k].push_back(valueOf(refit, out.fitted[k]));
        out.forecastDraws.push_back(forecastTotal(input, withFit(input.start, refit)));
    }
    if (refits <= 0)
        return;
    for (std::size_t k = 0; k < out.fitted.size(); ++k)
        out.intervals.push_back({out.fitted[k], percentileBand(draws[k])});
    std::vector<double> forecasts = out.forecastDraws;
    out.forecastBand = percentileBand(forecasts);
}

void keepEverything(const CalibrationInput &input, int refits, ActivityCalibration &out) {
    out.parameters = input.start;
    out.forecastTotalReturn = forecastTotal(input, input.start);
    out.forecastDraws.assign(static_cast<std::size_t>(std::max(refits, 0)),
                             out.forecastTotalReturn);
}

std::optional<Band> combinedBand(const std::vector<ActivityCalibration> &activities,
                                 const std::vector<CalibrationInput> &inputs,
                                 std::optional<Track> track) {
    std::vector<double> sums;
    bool any = false;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        if (track && inputs[i].track != *track)
            continue;
        const std::vector<double> &draws = activities[i].forecastDraws;
        if (!any) {
            sums.assign(draws.size(), 0.0);
            any = true;
        }
        for (std::size_t b = 0; b < std::min(draws.size(), sums.size()); ++b)
            sums[b] += draws[b];
    }
    if (!any || sums.empty())
        return std::nullopt;
    return percentileBand(sums);
}

} // namespace

std::string_view csvName(ResponseParameter parameter) {
    switch (parameter) {
    case ResponseParameter::MaxWeeklyReturn:
        return "max_weekly_return";
    case ResponseParameter::HalfSaturationHours:
        return "half_saturation_hours";
    case ResponseParameter::Shape:
        return "shape";
    case ResponseParameter::Carryover:
        return "carryover";
    }
    return {};
}

std::vector<CalibrationInput> calibrationInputs(const CampaignSnapshot &plan,
                                                const std::vector<Actual> &actuals) {
    const int weeks = asOfWeek(actuals);
    std::vector<ActualWeeks> actual = actualWeeks(plan.campaign, plan.activities, actuals, weeks);
    std::vector<CalibrationInput> inputs(plan.activities.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Activity &activity = plan.activities[i];
        CalibrationInput &input = inputs[i];
        input.id = activity.id;
        input.track = effectiveTrack(activity, plan.campaign.objective);
        input.actualOutput = std::move(actual[i].output);
        input.results = std::move(actual[i].result);
        input.plan = plannedOutput(activity, plan.campaign.weeks);
        input.campaignWeeks = plan.campaign.weeks;
        input.start = resolveResponse(activity.response, input.track);
    }
    return inputs;
}

ActivityCalibration calibrateActivity(const CalibrationInput &input, const std::string &uid,
                                      const CalibrationOptions &options) {
    ActivityCalibration out;
    out.id = input.id;
    const FitProblem problem = fitProblem(input);
    const std::size_t n = problem.results.size();
    out.weeksWithResults = static_cast<int>(n);

    std::vector<double> measuredOutput;
    for (std::size_t t : problem.measured)
        measuredOutput.push_back(problem.output[t]);
    FitRule rule = fitRule(measuredOutput);
    if (rule.set != FittedSet::Nothing && !anyOutputBefore(problem))
        rule = {FittedSet::Nothing, "no output hours were recorded up to the last week with a "
                                    "result, so the results say nothing about the curve"};
    out.reason = rule.reason;
    out.fitted = fittedParameters(rule.set);
    if (rule.set == FittedSet::Nothing) {
        keepEverything(input, options.bootstrapRefits, out);
        return out;
    }

    const std::size_t heldOut = n >= 10 ? (n + 4) / 5 : 0; // ⌈n/5⌉
    const ResponseFitter fitter(problem, rule.set, n - heldOut);
    const std::span<const double> results(problem.results);
    if (heldOut > 0) {
        const FitPoint training = fitter.fit(results.first(n - heldOut));
        HoldoutQuality holdout;
        holdout.weeks = static_cast<int>(heldOut);
        errorMeasures(problem.results, fitter.predict(training), n - heldOut, n, holdout.nrmse,
                      holdout.mape);
        out.holdout = holdout;
    }

    const FitPoint fit = fitter.fit(results);
    const std::vector<double> predicted = fitter.predict(fit);
    out.parameters = withFit(input.start, fit);
    out.quality = inSample(problem.results, predicted);
    out.forecastTotalReturn = forecastTotal(input, out.parameters);
    bootstrap(input, problem, fitter, predicted, uid, options.bootstrapRefits, out);
    return out;
}

CampaignCalibration calibrateCampaign(const std::vector<CalibrationInput> &inputs,
                                      const std::vector<std::string> &uids,
                                      const CalibrationOptions &options) {
    CampaignCalibration campaign;
    campaign.activities.resize(inputs.size());
    // Each activity is fitted on its own with its own seed and written to its
    // own slot, so the figures are the same on any number of threads.
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < inputs.size(); i = next++)
            campaign.activities[i] =
                calibrateActivity(inputs[i], i < uids.size() ? uids[i] : std::string(), options);
    };
    const unsigned threads =
        std::max(1u, std::min<unsigned>(options.threads ? options.threads
                                                        : std::thread::hardware_concurrency(),
                                        static_cast<unsigned>(inputs.size())));
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < threads; ++k)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();

    for (Track track : {Track::Media, Track::Networking})
        campaign.trackForecast[trackIndex(track)] =
            combinedBand(campaign.activities, inputs, track);
    campaign.campaignForecast = combinedBand(campaign.activities, inputs, std::nullopt);
    return campaign;
}

} // namespace castnet::core
