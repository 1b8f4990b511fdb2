"""Parses each .ics file given with two independent Python parsers (icalendar, vobject) and
prints, per file and parser, every VEVENT as {uid, start, end, summary} with times in UTC
(ISO 8601). vobject resolves TZIDs through the file's own VTIMEZONE blocks, icalendar through
the IANA database, so agreement of both with Plenary checks the VTIMEZONE data too.
Exit status 3 when a parser is missing (the Rust test decides whether that fails)."""
import json
import sys
from datetime import datetime, timezone

try:
    import icalendar
    import vobject
except ImportError as e:  # pragma: no cover
    print(f"missing python module: {e.name}", file=sys.stderr)
    sys.exit(3)


def utc(value):
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"floating time {value} in a Plenary export")
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    raise ValueError(f"{value!r} is not a date-time")


def with_icalendar(data):
    cal = icalendar.Calendar.from_ical(data)
    out = []
    for ev in cal.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if required not in ev:
                raise ValueError(f"VEVENT without {required}")
        out.append({
            "uid": str(ev["UID"]),
            "start": utc(ev.decoded("DTSTART")),
            "end": utc(ev.decoded("DTEND")),
            "summary": str(ev["SUMMARY"]),
        })
    return out


def with_vobject(data):
    cal = vobject.readOne(data.decode("utf-8"), validate=True)
    out = []
    for ev in getattr(cal, "vevent_list", []):
        out.append({
            "uid": ev.uid.value,
            "start": utc(ev.dtstart.value),
            "end": utc(ev.dtend.value),
            "summary": ev.summary.value,
        })
    return out


result = {}
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    result[path] = {"icalendar": with_icalendar(data), "vobject": with_vobject(data)}
print(json.dumps(result))
