#!/usr/bin/env python3
"""Generate Sources/DoudiDomain/Resources/holidays-cn.csv from the PyPI package `chinese-calendar`.

Run once (or when a new State Council holiday notice is published and the package is updated):

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install chinese-calendar==1.11.0
    /tmp/hv/bin/python scripts/data/generate_holidays.py

The CSV lists, for every covered year, each official day off (kind=holiday; this includes
weekend days inside a holiday block, which is harmless) and each adjusted working day
(调休上班日, kind=workday, which falls on a weekend). Days not listed follow the plain rule:
Monday–Friday work, Saturday/Sunday rest. Provenance is recorded in Resources/PROVENANCE.md.
"""
import datetime
import pathlib
import sys

from importlib.metadata import version

from chinese_calendar import constants

FIRST_YEAR = 2019
LAST_YEAR = 2026

OUT = pathlib.Path(__file__).resolve().parents[2] / "Sources/DoudiDomain/Resources/holidays-cn.csv"


def main() -> int:
    pkg_version = version("chinese-calendar")
    years = {d.year for d in constants.holidays} | {d.year for d in constants.workdays}
    missing = [y for y in range(FIRST_YEAR, LAST_YEAR + 1) if y not in years]
    if missing:
        print(f"chinese-calendar {pkg_version} lacks years {missing}", file=sys.stderr)
        return 1
    rows = []
    for day, name in constants.holidays.items():
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            rows.append((day, "holiday", name))
    for day, name in constants.workdays.items():
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            if day.weekday() < 5:
                print(f"workday {day} is not a weekend day", file=sys.stderr)
                return 1
            rows.append((day, "workday", name))
    rows.sort()
    seen = set()
    for day, _, _ in rows:
        if day in seen:
            print(f"{day} listed twice", file=sys.stderr)
            return 1
        seen.add(day)
    lines = [
        f"# China public holidays and adjusted working days {FIRST_YEAR}-{LAST_YEAR}; "
        f"generated {datetime.date.today().isoformat()} from PyPI chinese-calendar {pkg_version} "
        "by scripts/data/generate_holidays.py; see PROVENANCE.md",
        "date,kind,name",
    ]
    lines += [f"{day.isoformat()},{kind},{name}" for day, kind, name in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
