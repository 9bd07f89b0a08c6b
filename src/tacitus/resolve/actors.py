"""Resolve noun phrases to actors: country code and sector, with dated roles.

The packaged dictionary (built by scripts/build_dictionaries.py from the PETRARCH2
Phoenix dictionaries, MIT) maps phrases to dated roles such as `RUS GOV 2008-05-08..`;
agent nouns map to sectors ("police" -> COP). Users may add their own dictionary file
in the same TSV format (README, "Actors").
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError

MAX_PHRASE = 8
DOTTED = re.compile(r"(?:[a-z]\.){2,4}")
PLURAL_ES = ("ches", "shes", "sses", "xes")


@dataclass(frozen=True)
class Role:
    """One dictionary row: what a phrase means between two dates."""

    code: str
    sector: str
    start: str
    end: str
    kind: str  # country | capital | international | nonstate | person (user file)

    def covers(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day <= self.end)


def normalise(words: Iterable[str]) -> str:
    """The lookup key of a token sequence: lower case, no possessive or hyphen tokens."""
    out = []
    for w in words:
        w = w.lower().replace("\u2019", "'")
        if w in {"'s", "'", "-", "\u2013", ",", "the", "&"}:
            continue
        out.extend(w.replace("-", " ").split())
    return " ".join(out)


class ActorDictionary:
    """Phrase -> dated roles, and agent noun -> sector."""

    def __init__(self, roles: dict[str, list[Role]], agents: dict[str, str]) -> None:
        self.roles = roles
        self.agents = agents
        self.surnames: dict[str, list[str]] | None = None  # built when a surname asks

    def role(self, phrase: str, day: str | None, home: str | None = None) -> Role | None:
        """The role a phrase has on `day`: a dated role covering it, else the undated one
        (of the `home` country, where the phrase names one there and one elsewhere: "EPA" in
        a US story is the agency, not a Venezuelan armed group)."""
        rows = self.roles.get(phrase)
        if not rows and DOTTED.fullmatch(phrase):  # "E.U." is the EU
            rows = self.roles.get(phrase.replace(".", ""))
        if not rows and len(phrase) >= 5:  # "Liberians" -> "liberian"
            rows = next((self.roles[p] for p in _singulars(phrase) if p in self.roles), None)
        if not rows:
            return None
        dated = [r for r in rows if r.start or r.end]
        if day:
            covering = [r for r in dated if r.covers(day)]
            if covering:
                return max(covering, key=lambda r: r.start)
        else:
            open_ended = [r for r in dated if r.start and not r.end]
            if open_ended:
                return max(open_ended, key=lambda r: r.start)
        undated = [r for r in rows if not r.start and not r.end]
        undated.sort(key=lambda r: (r.kind != "capital", r.code != home, r.kind == "nonstate"))
        # ("Moscow" is a capital first; a state's body before an armed group's acronym)
        if undated:
            return undated[0]
        if " " in phrase and len({r.code for r in rows}) == 1:
            # a full name known only at other dates keeps its country, not its office:
            # "Olaf Scholz" in 2023 was a German, whatever the dictionary's dates say
            return Role(rows[0].code, "", "", "", rows[0].kind)
        return None

    def in_office(self, surname: str, day: str | None, first: str | None = None
                  ) -> Role | None:
        """The one person of this surname (and first name, if given) whom the dictionary
        gives an office on `day` ("President Clinton" in 1994 is Bill Clinton, of the USA;
        "Prime Minister Atal Behari Vajpayee" in 1998 the Atal Bihari Vajpayee it knows);
        None for none or many."""
        if not day:
            return None
        if self.surnames is None:
            self.surnames = {}
            for phrase, rows in self.roles.items():
                words = phrase.split()
                if 2 <= len(words) <= 3 and any(r.start and r.sector in OFFICE_SECTORS
                                                for r in rows):
                    self.surnames.setdefault(words[-1], []).append(phrase)
        found = [r for phrase in self.surnames.get(surname, ())
                 if first is None or phrase.split()[0] == first
                 for r in self.roles[phrase]
                 if r.start and r.sector in OFFICE_SECTORS and r.covers(day)]
        return found[0] if len({(r.code, r.sector) for r in found}) == 1 else None

    def sector_of(self, phrase: str) -> str | None:
        """Sector of an agent noun phrase, trying the singular of a plural last word."""
        if phrase in self.agents:
            return self.agents[phrase]
        for singular in _singulars(phrase):
            if singular in self.agents:
                return self.agents[singular]
        return None


# Offices a surname alone may name their holder by: "President Clinton".
OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD"}


def _singulars(phrase: str) -> list[str]:
    if phrase.endswith("ies"):
        return [phrase[:-3] + "y"]
    if phrase.endswith(PLURAL_ES):
        return [phrase[:-2]]
    if phrase.endswith("s") and not phrase.endswith("ss"):
        return [phrase[:-1]]
    return []


def _read_tsv(text: str, where: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and "phrase" not in rows[0]:
        raise InputError(f"{where}: expected a tab-separated header starting with 'phrase'")
    return rows


def _data(name: str) -> str:
    return resources.files("tacitus.data").joinpath(name).read_text(encoding="utf-8")


def _add_roles(table: dict[str, list[Role]], rows: Sequence[dict[str, str]], where: str) -> None:
    for number, row in enumerate(rows, start=2):
        code = (row.get("code") or "").strip().upper()
        if not row.get("phrase") or len(code) != 3:
            raise InputError(f"{where}:{number}: each row needs a phrase and a 3-letter code")
        key = normalise(row["phrase"].split())
        table.setdefault(key, []).insert(0, Role(
            code, (row.get("sector") or "").strip().upper(), (row.get("start") or "").strip(),
            (row.get("end") or "").strip(), (row.get("kind") or "person").strip()))


@lru_cache(maxsize=8)
def load_dictionary(user_file: str | None = None, version: str = "") -> ActorDictionary:
    """The packaged dictionary, plus a user's TSV file whose rows take precedence.
    `version` (the user file's hash) makes a changed file be read again."""
    roles: dict[str, list[Role]] = {}
    for name in ("actors.tsv", "actors_extra.tsv"):
        _add_roles(roles, _read_tsv(_data(name), name), name)
    agents = {r["phrase"]: r["sector"] for r in _read_tsv(_data("agents.tsv"), "agents.tsv")}
    agents.update({r["phrase"]: r["sector"]
                   for r in _read_tsv(_data("agents_extra.tsv"), "agents_extra.tsv")})
    if user_file:
        path = Path(user_file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: cannot read the actor dictionary ({e})") from None
        _add_roles(roles, _read_tsv(text, str(path)), str(path))
    return ActorDictionary(roles, agents)
