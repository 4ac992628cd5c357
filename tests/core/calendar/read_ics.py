#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file with the icalendar module, a parser independent of
libical, and prints one line per VEVENT: its UID, SEQUENCE, number of
occurrences (the RRULE expanded with dateutil), the first and last occurrence
and SUMMARY, tab-separated. Exits 3 when the module is missing."""
import sys

try:
    import icalendar
    from dateutil.rrule import rrulestr
except ImportError as missing:
    print(f"missing module: {missing}", file=sys.stderr)
    sys.exit(3)

with open(sys.argv[1], "rb") as file:
    calendar = icalendar.Calendar.from_ical(file.read())

for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    rule = event["RRULE"].to_ical().decode()
    occurrences = list(rrulestr(rule, dtstart=start))
    print("\t".join([str(event["UID"]), str(event["SEQUENCE"]), str(len(occurrences)),
                     occurrences[0].isoformat(), occurrences[-1].isoformat(),
                     str(event["SUMMARY"])]))
