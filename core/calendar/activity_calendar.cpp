// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/calendar/activity_calendar.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <memory>

#include <fmt/format.h>
#include <libical/ical.h>

#include "core/analysis/classification.h"
#include "core/calendar/weekly_recurrence.h"
#include "core/domain/week_dates.h"

namespace castnet::core {

namespace {

struct ComponentFree {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// Floating local time: no zone, so 09:00 is 09:00 wherever the calendar is.
icaltimetype floatingTime(std::chrono::sys_days day, int hour, int minute, int second) {
    const std::chrono::year_month_day date(day);
    icaltimetype time = icaltime_null_time();
    time.year = static_cast<int>(date.year());
    time.month = static_cast<int>(static_cast<unsigned>(date.month()));
    time.day = static_cast<int>(static_cast<unsigned>(date.day()));
    time.hour = hour;
    time.minute = minute;
    time.second = second;
    time.is_date = 0;
    time.zone = nullptr;
    return time;
}

icaltimetype utcTime(std::chrono::sys_seconds stamp) {
    return icaltime_from_timet_with_zone(static_cast<time_t>(stamp.time_since_epoch().count()), 0,
                                         icaltimezone_get_utc_timezone());
}

icalrecurrencetype_weekday icalWeekday(std::chrono::weekday day) {
    // libical counts from Sunday = 1, as c_encoding() does from Sunday = 0.
    return static_cast<icalrecurrencetype_weekday>(day.c_encoding() + 1);
}

icalrecurrencetype weeklyRule(const WeeklyRecurrence &recurrence, icaltimetype until) {
    icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    rule.freq = ICAL_WEEKLY_RECURRENCE;
    rule.interval = static_cast<short>(recurrence.intervalWeeks);
    rule.until = until;
    rule.week_start = ICAL_MONDAY_WEEKDAY;
    for (std::size_t i = 0; i < recurrence.days.size(); ++i)
        rule.by_day[i] = static_cast<short>(icalWeekday(recurrence.days[i]));
    rule.by_day[recurrence.days.size()] = ICAL_RECURRENCE_ARRAY_MAX;
    return rule;
}

std::string description(const Activity &activity, const WeeklyRecurrence &recurrence) {
    std::string text;
    if (recurrence.oneEventADay) {
        text =
            fmt::format("{} occurrences a week, shown as one event a day.\n", recurrence.perWeek);
    }
    text += fmt::format("Goal: {}\nFormat: {}", toString(activity.goal), toString(activity.format));
    if (!activity.notes.empty())
        text += "\n\n" + activity.notes;
    return text;
}

int sequenceOf(const Activity &activity) {
    return static_cast<int>(
        std::clamp<std::int64_t>(activity.revision, 0, std::numeric_limits<int>::max()));
}

int durationSeconds(double hours) {
    return static_cast<int>(std::lround(hours * 3600.0));
}

Component activityEvent(const Activity &activity, const Campaign &campaign,
                        std::chrono::sys_days start, const WeeklyRecurrence &recurrence,
                        icaltimetype stamp) {
    const WeekDates first = weekDates(start, activity.startWeek);
    const WeekDates last = weekDates(start, activity.endWeek);
    const std::chrono::sys_days firstDay = firstOccurrence(first.first, recurrence.days);
    Component event(icalcomponent_new(ICAL_VEVENT_COMPONENT));
    icalcomponent *e = event.get();
    icalcomponent_add_property(e, icalproperty_new_uid(activity.uid.c_str()));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(e, icalproperty_new_sequence(sequenceOf(activity)));
    icalcomponent_add_property(e, icalproperty_new_dtstart(floatingTime(firstDay, 9, 0, 0)));
    icalcomponent_add_property(e, icalproperty_new_duration(icaldurationtype_from_int(
                                      durationSeconds(activity.hoursPerOccurrence))));
    icalcomponent_add_property(
        e, icalproperty_new_rrule(weeklyRule(recurrence, floatingTime(last.last, 23, 59, 59))));
    const std::string summary = fmt::format("{}: {}", activity.channel, activity.title);
    icalcomponent_add_property(e, icalproperty_new_summary(summary.c_str()));
    const std::string track(toString(effectiveTrack(activity, campaign.objective)));
    icalcomponent_add_property(e, icalproperty_new_categories(track.c_str()));
    icalcomponent_add_property(
        e, icalproperty_new_description(description(activity, recurrence).c_str()));
    return event;
}

} // namespace

Result<std::string> writeActivityCalendar(const Campaign &campaign,
                                          const std::vector<Activity> &activities,
                                          std::chrono::sys_seconds stamp) {
    const auto start = parseIsoDate(campaign.startDate);
    if (!start) {
        return fail(fmt::format("start_date \"{}\" is not a date (YYYY-MM-DD)", campaign.startDate),
                    "start_date");
    }
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Castnet//Castnet//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const icaltimetype stampTime = utcTime(stamp);
    for (const Activity &activity : activities) {
        const auto recurrence = weeklyRecurrence(activity.cadencePerWeek);
        if (!recurrence)
            continue; // cadence 0: nothing happens, so nothing to put in a calendar
        icalcomponent_add_component(
            calendar.get(),
            activityEvent(activity, campaign, *start, *recurrence, stampTime).release());
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (text == nullptr)
        return failInternal("libical could not write the calendar");
    std::string bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

} // namespace castnet::core
