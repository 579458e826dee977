"""Closure and on-time closure counts of the Boston 311 log, straight from the raw file.

An independent route for test_boston311: it shares no code with GridDesk's reader and uses
only the csv and gzip modules. It applies the documented rules (docs/kpi.md):
  due in the period   TARGET_DT falls in the period; requests without TARGET_DT are never due
  closed              CLOSED_DT is set and earlier than the period's end
  on time             CLOSED_DT is set and no later than TARGET_DT
Times are compared as written (the log's local times), so a period is a span of the log's
own calendar days.

usage: boston311_kpi.py FILE.csv.gz PERIOD...   PERIOD is 2015, 2015-06 or 2015-Q2
prints one line per period: PERIOD due=N closed=N on_time=N
"""
import csv
import gzip
import sys


def stamp(text):
    """'01/05/2015 12:40:41 PM' -> (2015, 1, 5, 12, 40, 41), or None when empty."""
    if not text:
        return None
    date, clock, half = text.split(" ")
    month, day, year = (int(p) for p in date.split("/"))
    hour, minute, second = (int(p) for p in clock.split(":"))
    if hour == 12:
        hour = 0
    if half == "PM":
        hour += 12
    return (year, month, day, hour, minute, second)


def bounds(period):
    """[start, end) of a period as stamps."""
    if "-Q" in period:
        year, quarter = period.split("-Q")
        first = (int(quarter) - 1) * 3 + 1
        start = (int(year), first, 1, 0, 0, 0)
        end = (int(year) + 1, 1, 1, 0, 0, 0) if first == 10 else (int(year), first + 3, 1, 0, 0, 0)
    elif "-" in period:
        year, month = (int(p) for p in period.split("-"))
        start = (year, month, 1, 0, 0, 0)
        end = (year + 1, 1, 1, 0, 0, 0) if month == 12 else (year, month + 1, 1, 0, 0, 0)
    else:
        start = (int(period), 1, 1, 0, 0, 0)
        end = (int(period) + 1, 1, 1, 0, 0, 0)
    return start, end


def main():
    path, periods = sys.argv[1], sys.argv[2:]
    spans = [(p,) + bounds(p) for p in periods]
    counts = {p: [0, 0, 0] for p in periods}
    with gzip.open(path, "rt", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            target = stamp(row["TARGET_DT"])
            if target is None:
                continue
            closed = stamp(row["CLOSED_DT"])
            for name, start, end in spans:
                if not (start <= target < end):
                    continue
                c = counts[name]
                c[0] += 1
                if closed is not None and closed < end:
                    c[1] += 1
                if closed is not None and closed <= target:
                    c[2] += 1
    for p in periods:
        due, closed, on_time = counts[p]
        print("%s due=%d closed=%d on_time=%d" % (p, due, closed, on_time))


main()
