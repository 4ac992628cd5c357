// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/domain/activity.h"
#include "core/domain/campaign.h"
#include "core/domain/error.h"

namespace castnet::core {

// A campaign's activities as an RFC 5545 calendar (DESIGN §14), written
// through libical. Each activity is one recurring VEVENT: its first
// occurrence at 09:00 floating local time, lasting its hours per
// occurrence, repeating weekly as weeklyRecurrence() says until the last
// day of its end week; SUMMARY "channel: title", CATEGORIES its track,
// DESCRIPTION goal, format and notes, UID its uid and SEQUENCE its
// revision, so that a calendar importing the file again updates its events.
// An activity with cadence 0 has no occurrence and gets no event; one of 0
// hours keeps its events (a post that takes no time still happens), as
// moments rather than blocks of time. `stamp` is the DTSTAMP, the time the
// file is written.
Result<std::string> writeActivityCalendar(const Campaign &campaign,
                                          const std::vector<Activity> &activities,
                                          std::chrono::sys_seconds stamp);

} // namespace castnet::core
