"""The peer in the iCalendar benchmark: Python's icalendar package (what Indico uses) doing the
same work as Plenary on the same 10,000-event file: parse it and read every event's fields
(import), and serialise the calendar (export). Prints seconds as JSON."""
import json
import sys
import time

import icalendar

data = open(sys.argv[1], "rb").read()

start = time.perf_counter()
cal = icalendar.Calendar.from_ical(data)
events = 0
for ev in cal.walk("VEVENT"):
    # What an importer reads: identity, times resolved to instants, texts.
    ev.get("UID")
    ev.decoded("DTSTART")
    ev.decoded("DTEND")
    ev.get("SUMMARY")
    ev.get("DESCRIPTION")
    ev.get("LOCATION")
    ev.get("CATEGORIES")
    events += 1
parse_s = time.perf_counter() - start

start = time.perf_counter()
out = cal.to_ical()
write_s = time.perf_counter() - start

print(json.dumps({"events": events, "bytes": len(data), "parse_s": parse_s, "write_s": write_s,
                  "icalendar": icalendar.__version__}))
