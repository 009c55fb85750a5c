#!/usr/bin/env python3
"""Derives the small CBS municipality list (year, code, name) that the "new region" page offers.

Reads the CBS key-figure CSVs in ../shared/data/open/cbs-wijkenbuurten-gemeenten/ (CBS, CC BY 4.0)
and writes src/Regiokompas.Web/Modules/Plan/Regions/cbs-gemeenten.csv. Only municipalities on land
(water = NEE) count; GM0998 "Buitenland" is a CBS pseudo-region and is left out.
Run from the repository root: python3 scripts/make-cbs-municipalities.py
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "..", "shared", "data", "open", "cbs-wijkenbuurten-gemeenten")
TARGET = os.path.join(ROOT, "src", "Regiokompas.Web", "Modules", "Plan", "Regions", "cbs-gemeenten.csv")
YEARS = (2022, 2023)

rows = []
for year in YEARS:
    with open(os.path.join(SOURCE, f"gemeenten_{year}_kerncijfers.csv"), encoding="utf-8", newline="") as f:
        seen = set()
        for r in csv.DictReader(f):
            code = r["gemeentecode"].strip()
            if r.get("water", "NEE") != "NEE" or code == "GM0998" or code in seen:
                continue
            seen.add(code)
            rows.append((year, code, r["gemeentenaam"].strip()))
rows.sort(key=lambda r: (r[0], r[2].casefold()))
with open(TARGET, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["year", "code", "name"])
    w.writerows(rows)
print(f"{TARGET}: {len(rows)} rows", file=sys.stderr)
