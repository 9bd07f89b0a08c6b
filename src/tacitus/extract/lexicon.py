"""The event lexicon: verbs, verb phrase patterns and event nouns, each mapped to PLOVER.

verbs.tsv and patterns.tsv are converted from the PETRARCH2 CAMEO verb dictionary
through the CAMEO->PLOVER table (scripts/build_dictionaries.py); verbs_extra.tsv and
nouns.tsv are Tacitus's own, written from the PLOVER manual's category definitions. A row
of verbs_extra.tsv with an empty event removes a verb that names no event; one with `-`
keeps only its phrase patterns ("take hostage"); `-` in its block column drops the phrase
patterns of the CAMEO block it sits in ("question" sits with "ask"). patterns_extra.tsv
corrects a converted pattern (same block and words) whose CAMEO code contradicts the
PLOVER manual; an empty event removes it.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Sense:
    """What a trigger means in PLOVER."""

    event: str
    mode: str | None
    cameo: str | None = None  # the CAMEO code of the verb or pattern it came from


@dataclass(frozen=True)
class Pattern:
    """A verb in context: words before it (any of the next few) and after it, in order."""

    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    sense: Sense

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass(frozen=True)
class NounSense:
    sense: Sense
    light_verbs: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[tuple[str, str], Sense | None]  # None: a verb that codes only in patterns
    blocks: dict[tuple[str, str], str]  # verb -> its CAMEO synonym block, which has patterns
    patterns: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[NounSense, ...]]
    pattern_only: frozenset[tuple[str, str]]  # vague alone, but coded in phrases
    # block -> word key -> positions of the block's patterns whose most selective slot
    # has that word: only those can match a window without it
    index: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)

    def verb_patterns(self, lemma: str, particle: str = "") -> tuple[Pattern, ...]:
        block = self.blocks.get((lemma, particle))
        return self.patterns.get(block, ()) if block else ()

    def candidate_patterns(self, lemma: str, particle: str, keys: set[str]
                           ) -> list[Pattern]:
        """The block's patterns, in order, that the window's word keys (see `word_keys`)
        allow; the others cannot match it."""
        block = self.blocks.get((lemma, particle))
        if not block:
            return []
        patterns, index = self.patterns.get(block, ()), self.index.get(block, {})
        found = sorted({i for k in keys for i in index.get(k, ())})
        return [patterns[i] for i in found]


def word_keys(word: str) -> tuple[str, ...]:
    """The keys a pattern's word is found under: a long word by its stem (it matches any
    word it begins), a short one by itself."""
    return ("~" + word[:4],) if len(word) >= 4 else (word,)


def _index(patterns: tuple[Pattern, ...]) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, pattern in enumerate(patterns):
        slots = pattern.before + pattern.after
        if not slots:
            continue
        slot = min(slots, key=len)  # the slot with fewest alternatives
        keys = {k for alternative in slot for k in word_keys(alternative.split(" ", 1)[0])}
        for k in keys:
            out.setdefault(k, []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("tacitus.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def _words(field: str) -> tuple[tuple[str, ...], ...]:
    """'by|beside war' -> (('by', 'beside'), ('war',)): each slot lists its alternatives."""
    return tuple(tuple(alt.replace("_", " ") for alt in slot.split("|"))
                 for slot in field.split() if slot)


FUNCTION_WORDS = {
    "a", "an", "the", "in", "on", "at", "to", "of", "with", "for", "by", "from", "into", "as",
    "and", "or", "that", "it", "is", "are", "was", "were", "be", "been", "will", "would",
    "has", "have", "had", "not", "no", "up", "out", "off", "over", "its", "their", "his",
    "against", "near", "across", "through", "after", "before", "during", "under", "between",
    "among", "toward", "towards", "upon", "within", "about", "via", "despite",
}


def _cameo(code: str) -> str | None:
    """A CAMEO event code ("173", "0874"), or None for a placeholder ("---")."""
    return code if code.isdigit() else None


def _content(field: str) -> bool:
    """Does a pattern field hold a word that carries meaning?"""
    return any(w not in FUNCTION_WORDS for slot in field.split() for w in slot.split("|"))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    verbs: dict[tuple[str, str], Sense | None] = {}
    blocks: dict[tuple[str, str], str] = {}
    pattern_only: set[tuple[str, str]] = set()
    for row in _rows("verbs.tsv"):
        key = (row["lemma"], row["particle"] or "")
        verbs[key] = Sense(row["event"], row["mode"] or None, _cameo(row["cameo"])) \
            if row["event"] else None
        blocks[key] = row["block"]
    for row in _rows("verbs_extra.tsv"):
        key = (row["lemma"], row["particle"] or "")
        if row.get("event") == "-":
            verbs[key] = None
            pattern_only.add(key)
        elif row.get("event"):
            base = verbs.get(key)  # a correction of the same type keeps the CAMEO code
            verbs[key] = Sense(row["event"], row.get("mode") or None,
                               base.cameo if base and base.event == row["event"] else None)
            if row.get("block") == "-":
                blocks.pop(key, None)  # its CAMEO block's phrases are another verb's:
                # "question" sits with "ask", whose "ask for intelligence" it does not mean
        else:  # names no event, in any phrase
            verbs.pop(key, None)
            blocks.pop(key, None)
    patterns: dict[str, list[Pattern]] = {}
    corrected = {(r["block"], r["before"], r["after"]): r for r in _rows("patterns_extra.tsv")}
    for row in _rows("patterns.tsv"):
        row = corrected.get((row["block"], row["before"], row["after"]), row)
        if not _content(row["after"]) or not row["event"]:
            continue  # "* IN", "* WITH": too loose to code anything by itself
        pattern = Pattern(_words(row["before"]), _words(row["after"]),
                          Sense(row["event"], row["mode"] or None, _cameo(row["cameo"])))
        patterns.setdefault(row["block"], []).append(pattern)
    nouns: dict[str, tuple[NounSense, ...]] = {}
    for row in _rows("nouns.tsv"):
        sense = NounSense(Sense(row["event"], row["mode"] or None),
                          frozenset(row["light_verbs"].split("|")))
        nouns[row["noun"]] = nouns.get(row["noun"], ()) + (sense,)
    ordered = {k: tuple(sorted(v, key=lambda p: -p.size)) for k, v in patterns.items()}
    return Lexicon(verbs, blocks, ordered, nouns, frozenset(pattern_only),
                   {block: _index(p) for block, p in ordered.items()})
