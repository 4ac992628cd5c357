// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/calibration_columns.h"

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "core/actuals/calibration_result.h"

namespace castnet::core {

std::string fittedNames(const std::vector<ResponseParameter> &fitted) {
    std::string names;
    for (const ResponseParameter parameter : fitted)
        names += (names.empty() ? "" : ",") + std::string(csvName(parameter));
    return names;
}

std::optional<ResponseParameter> parameterNamed(std::string_view name) {
    for (const auto parameter :
         {ResponseParameter::MaxWeeklyReturn, ResponseParameter::HalfSaturationHours,
          ResponseParameter::Shape, ResponseParameter::Carryover}) {
        if (csvName(parameter) == name)
            return parameter;
    }
    return std::nullopt;
}

std::string intervalsText(const std::vector<ParameterBand> &intervals) {
    std::string text;
    for (const ParameterBand &interval : intervals) {
        text += fmt::format("{} {} {} {}\n", csvName(interval.parameter), interval.band.p10,
                            interval.band.p50, interval.band.p90);
    }
    return text;
}

Result<std::vector<ParameterBand>> readIntervals(std::string_view text, std::string_view location) {
    std::vector<ParameterBand> intervals;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string line(text.substr(start, end - start));
        start = end + 1;
        char name[32] = {};
        Band band;
        const auto parameter = std::sscanf(line.c_str(), "%31s %lf %lf %lf", name, &band.p10,
                                           &band.p50, &band.p90) == 4
                                   ? parameterNamed(name)
                                   : std::nullopt;
        if (!parameter)
            return fail(
                fmt::format("{} is damaged (a calibration's intervals cannot be read)", location));
        intervals.push_back({*parameter, band});
    }
    return intervals;
}

Result<std::vector<ResponseParameter>> readFitted(std::string_view text,
                                                  std::string_view location) {
    std::vector<ResponseParameter> fitted;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        const auto parameter = parameterNamed(text.substr(start, end - start));
        if (!parameter)
            return fail(
                fmt::format("{} is damaged (a calibration names an unknown parameter)", location));
        fitted.push_back(*parameter);
        start = end + 1;
    }
    return fitted;
}

} // namespace castnet::core
