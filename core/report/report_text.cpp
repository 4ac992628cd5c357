// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_text.h"

#include <chrono>

#include <fmt/format.h>

#include "core/text/display_number.h"
#include "core/text/number_format.h"

namespace castnet::core {

std::string reportNumber(double value, int decimals) {
    return displayNumber(value, DisplayStyle::report(decimals));
}

std::string reportHours(double hours) {
    return displayNumber(hours, DisplayStyle::reportHours(hours)) + " h";
}

std::string reportMoney(double units, std::string_view currency) {
    return displayNumber(units, DisplayStyle::reportMoney(units)) + " " + std::string(currency);
}

std::string reportAmount(double value, std::string_view unit) {
    return displayNumber(value, DisplayStyle::reportAmount(value)) + " " + std::string(unit);
}

std::string reportShare(double share) {
    if (share > 0.0 && share < 0.005)
        return "< 1 %";
    return reportNumber(share * 100.0, 0) + " %";
}

std::string reportWeeks(int first, int last) {
    if (first == last)
        return fmt::format("week {}", first);
    return fmt::format("weeks {}–{}", first, last);
}

std::string reportWeekRanges(const std::vector<int> &weeks) {
    std::string text;
    for (std::size_t i = 0; i < weeks.size();) {
        std::size_t j = i;
        while (j + 1 < weeks.size() && weeks[j + 1] == weeks[j] + 1)
            ++j;
        text += text.empty() ? "" : ", ";
        text += j == i ? std::to_string(weeks[i]) : fmt::format("{}–{}", weeks[i], weeks[j]);
        i = j + 1;
    }
    return text;
}

std::string reportQuotedList(const std::vector<std::string> &names, std::size_t shown) {
    const std::size_t count = names.size();
    const bool truncated = count > shown;
    const std::size_t listed = truncated ? shown : count;
    std::string text;
    for (std::size_t i = 0; i < listed; ++i) {
        if (i > 0)
            text += (!truncated && i + 1 == listed) ? " and " : ", ";
        text += "“" + names[i] + "”";
    }
    if (truncated)
        text += fmt::format(" and {} more", count - shown);
    return text;
}

std::string reportTrackTitle(Track track) {
    return track == Track::Media ? "Broadcast media" : "Relationship networking";
}

std::string capitalized(std::string_view text) {
    std::string result(text);
    if (!result.empty() && result[0] >= 'a' && result[0] <= 'z')
        result[0] = static_cast<char>(result[0] - 'a' + 'A');
    return result;
}

std::string isoDatePlusDays(const std::string &isoDate, int days) {
    using namespace std::chrono;
    if (isoDate.size() != 10)
        return isoDate;
    const auto y = parseInt(std::string_view(isoDate).substr(0, 4));
    const auto m = parseInt(std::string_view(isoDate).substr(5, 2));
    const auto d = parseInt(std::string_view(isoDate).substr(8, 2));
    if (!y || !m || !d || *m < 1 || *d < 1)
        return isoDate;
    const year_month_day date{year{*y}, month{static_cast<unsigned>(*m)},
                              day{static_cast<unsigned>(*d)}};
    if (!date.ok())
        return isoDate;
    const year_month_day later{sys_days{date} + std::chrono::days{days}};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(later.year()),
                       static_cast<unsigned>(later.month()), static_cast<unsigned>(later.day()));
}

} // namespace castnet::core
