#!/usr/bin/env python3
"""Derives Seed/monitoring/cbs-figures.csv from the CBS open-data files in ../shared/data/open.

Only the municipalities of the shipped regions (read from Seed/plans/*.yaml) are kept. Counts are
also summed to each region, but only when every municipality of the region has a figure; shares
(percentages) stay per municipality as CBS publishes them (whole percentages), because a regional
share computed from rounded percentages would be a figure CBS never published.

Usage: python3 scripts/derive-cbs-figures.py [open-data folder] [output file]
Rerunning it on the same files gives the same output byte for byte. See docs/cbs-figures.md.
"""
import csv
import io
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPEN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "open")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "src", "Regiokompas.Web", "Seed", "monitoring", "cbs-figures.csv")
PLANS = os.path.join(ROOT, "src", "Regiokompas.Web", "Seed", "plans")
LICENCE = "CC BY 4.0"

# Provenance written into every figure's note: source table, measure or column, retrieval date, licence.
POPULATION = ("03759ned", "M000352", "2026-07-02")
KEY_FIGURES = {2022: ("85318NED", "2026-11-26"), 2023: ("85618NED", "2026-11-26")}
AGE_GROUPS_2020 = ("03759ned", "leeftijdsgroepen 2020", "2026-11-26")
AGE_COLUMNS = ["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+"]


def note(table, measure, retrieved, summed=None):
    text = f"Bron: CBS {table} · {measure} · opgehaald {retrieved} · {LICENCE}"
    return text + (f" · som van {summed} gemeenten" if summed else "")


def regions():
    """Region id -> list of CBS municipality codes, from the plan files (a small line reader, no YAML library needed)."""
    found = {}
    for name in sorted(os.listdir(PLANS)):
        if not name.endswith(".yaml"):
            continue
        region, codes, in_region, in_list = None, [], False, False
        with open(os.path.join(PLANS, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("region:"):
                    in_region = True
                    continue
                if in_region and re.match(r"^\S", line):
                    break
                if in_region:
                    m = re.match(r"^  id:\s*(\S+)", line)
                    if m:
                        region = m.group(1)
                    if re.match(r"^  municipalities:", line):
                        in_list = True
                        continue
                    if in_list:
                        m = re.match(r"^    - code:\s*(GM\d{4})", line)
                        if m:
                            codes.append(m.group(1))
                        elif re.match(r"^  \S", line):
                            in_list = False
        if not region or not codes:
            sys.exit(f"{name}: no region id or municipalities found")
        found[region] = codes
    return found


def main():
    regs = regions()
    wanted = {gm for codes in regs.values() for gm in codes}
    rows = []

    def add(indicator, area, period, value, note_text, age_group=""):
        rows.append((indicator, area, period, str(value), age_group, note_text))

    # 1. Inhabitants on 1 January 2019-2026 (03759ned, all ages, men and women, all marital states).
    with open(os.path.join(OPEN, "cbs-odata4-03759ned-bevolking", "observations-page-1.json"), encoding="utf-8") as f:
        observations = json.load(f)["value"]
    population = {}
    for o in observations:
        if o["Measure"] != POPULATION[1] or o["ValueAttribute"] != "None" or o["Value"] is None:
            continue
        if (o["Geslacht"], o["Leeftijd"], o["BurgerlijkeStaat"]) != ("T001038", "10000", "T001019"):
            continue
        area = o["RegioS"].strip()
        if area in wanted:
            population[(area, o["Perioden"].strip())] = int(o["Value"])
    periods = sorted({p for (_, p) in population})
    for region, codes in regs.items():
        for period in periods:
            for gm in codes:
                if (gm, period) in population:
                    add("inwoners", gm, period, population[(gm, period)], note(*POPULATION))
            if all((gm, period) in population for gm in codes):
                add("inwoners", region, period, sum(population[(gm, period)] for gm in codes), note(*POPULATION, summed=len(codes)))

    # 2. Key figures 2022 and 2023: share 65+ and share of single-person households (whole percentages,
    #    per municipality only), and the number of households (a count, also summed).
    for year, (table, retrieved) in KEY_FIGURES.items():
        path = os.path.join(OPEN, "cbs-wijkenbuurten-gemeenten", f"gemeenten_{year}_kerncijfers.csv")
        with open(path, encoding="utf-8", newline="") as f:
            key_rows = [r for r in csv.DictReader(f) if r["gemeentecode"] in wanted and r["water"] == "NEE"]
        by_code = {r["gemeentecode"]: r for r in key_rows}
        if len(by_code) != len(key_rows):
            sys.exit(f"{path}: a municipality occurs twice")
        period = f"{year}JJ00"

        def number(r, column):
            v = r[column].strip()
            return None if v in ("", "-99999999", ".", "x") else v

        for region, codes in regs.items():
            households = {}
            for gm in codes:
                r = by_code.get(gm)
                if r is None:
                    continue
                for indicator, column in (("aandeel-65plus", "percentagePersonen65JaarEnOuder"),
                                          ("aandeel-eenpersoonshuishoudens", "percentageEenpersoonshuishoudens")):
                    v = number(r, column)
                    if v is not None:
                        if not re.fullmatch(r"\d{1,3}", v):
                            sys.exit(f"{path}: {gm} {column} is not a whole percentage: {v}")
                        add(indicator, gm, period, int(v), note(table, column, retrieved))
                v = number(r, "aantalHuishoudens")
                if v is not None:
                    households[gm] = int(v)
                    add("huishoudens", gm, period, int(v), note(table, "aantalHuishoudens", retrieved))
            if len(households) == len(codes):
                add("huishoudens", region, period, sum(households.values()), note(table, "aantalHuishoudens", retrieved, summed=len(codes)))

    # 3. Age groups on 1 January 2020 (03759ned summed into 10-year groups); 80+ = 80-89 + 90+.
    path = os.path.join(OPEN, "cbs-bevolking-2020-leeftijdsgroepen", "municipalities-population-agegroup.csv")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader)]
    header = ["10-19" if h == "okt-19" else h for h in header]  # a spreadsheet turned "10-19" into a date
    ages = {}
    for fields in reader:
        r = dict(zip(header, fields))
        if r["Gemeentecode"] in wanted:
            ages[r["Gemeentecode"]] = {c: int(r[c]) for c in AGE_COLUMNS}
    table, measure, retrieved = AGE_GROUPS_2020
    for region, codes in regs.items():
        complete = all(gm in ages for gm in codes)
        for gm in codes:
            if gm not in ages:
                continue
            if sum(ages[gm].values()) != population.get((gm, "2020JJ00"), -1):
                sys.exit(f"{path}: {gm} age groups do not add up to 03759ned 2020")
            for c in AGE_COLUMNS:
                add("inwoners-naar-leeftijd", gm, "2020JJ00", ages[gm][c], note(table, measure, retrieved), age_group=c)
            add("inwoners-80plus", gm, "2020JJ00", ages[gm]["80-89"] + ages[gm]["90+"], note(table, measure, retrieved))
        if complete:
            for c in AGE_COLUMNS:
                add("inwoners-naar-leeftijd", region, "2020JJ00", sum(ages[gm][c] for gm in codes),
                    note(table, measure, retrieved, summed=len(codes)), age_group=c)
            add("inwoners-80plus", region, "2020JJ00", sum(ages[gm]["80-89"] + ages[gm]["90+"] for gm in codes),
                note(table, measure, retrieved, summed=len(codes)))

    missing = sorted(gm for gm in wanted if not any(r[1] == gm for r in rows))
    if missing:
        sys.exit(f"no figures at all for {', '.join(missing)}")
    rows.sort(key=lambda r: (r[0], r[1], r[2], r[4]))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["indicator", "area", "period", "value", "age_group", "note"])
        w.writerows(rows)
    print(f"{len(rows)} figures for {len(wanted)} municipalities in {len(regs)} regions -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
