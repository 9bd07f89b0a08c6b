"""Word lists that more than one stage reads: each defined here, once.

Speech verbs are knowledge, kept as data (`data/speech_verbs.tsv`): one row a lemma, a
column for each role a verb plays:

| role | the verb ... | read by |
|---|---|---|
| quote | cues a quote or reported speech ("said", "warned") | quotes |
| clause_only | is an opinion that attributes only a clause ("fear that") | quotes |
| reports | governs a clause that is reported, not asserted ("said it would") | modality |
| demands | can carry a demand on another ("said that X must") | events |
| present_report | in the present tense reports rather than announces ("says") | times |
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

# Auxiliaries of the future: "will meet", "shall", "won't" (spaCy splits "wo" + "n't").
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
# A spaced dash: after a dateline ("MOSCOW (AP) -"), before a quote's speaker.
DASHES = frozenset({"-", "--", "\u2014", "\u2013"})

# Prepositions that place an event: "met in Oslo", "clashes along the border".
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout",
                      "through", "around", "on", "off", "within", "along", "over", "beyond"})
# Words after which a name is likely a place: "to Kyiv", "from Lagos and Abuja".
BEFORE_PLACES = frozenset({"in", "at", "near", "from", "to", "of", "outside", "around",
                           "across", "towards", "toward", "via", "into", "between", "and"})

# A sentence with one of these is about sport: "defeats", "beat", "broke the record" there
# are results, not fights.
SPORTS = frozenset({
    "tennis", "boxing", "rugby", "football", "soccer", "cricket", "golf", "basketball",
    "baseball", "hockey", "volleyball", "cycling", "athletics", "marathon", "olympic",
    "olympics", "paralympics", "tournament", "championship", "championships", "league",
    "cup", "grand", "prix", "singles", "doubles", "semifinal", "semi-final", "quarterfinal",
    "medal", "match", "fixture", "qualifier", "title", "champion", "champions", "seed",
    "innings", "wicket", "goal", "goals", "sets", "race", "fifa", "uefa", "nba", "nfl"})
# Words only a sports report uses: three of them make an article one, whose "retired 15
# batters", "protested the game" and "rejected the protest" are no political events.
SPORT_STORY = frozenset({
    "inning", "innings", "batter", "batters", "pitcher", "homer", "homers", "touchdown",
    "touchdowns", "quarterback", "goalkeeper", "striker", "midfielder", "wicket", "wickets",
    "halftime", "half-time", "overtime", "playoff", "playoffs", "tennis", "golf", "baseball",
    "basketball", "soccer", "rugby", "cricket", "hockey", "nba", "nfl", "mlb", "nhl", "fifa",
    "uefa", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "rebounds", "assists",
    "putt", "birdie", "bogey", "umpire", "referee", "scoreless", "rbi", "rbis", "shutout",
    "season-high", "career-high", "hat-trick", "fairway", "racquet", "serve", "volley"})
CONTEST_VERBS = frozenset({"defeat", "beat", "win", "lose", "break", "top", "edge", "rout",
                           "crush", "overcome", "eliminate", "knock", "thrash", "upset",
                           "down", "trounce", "outplay", "hold", "draw", "tie", "hit",
                           "score"})

SPEECH_ROLES = ("quote", "clause_only", "reports", "demands", "present_report")


@lru_cache(maxsize=len(SPEECH_ROLES))
def speech_verbs(role: str) -> frozenset[str]:
    """The lemmas of speech verbs that play `role` (one of SPEECH_ROLES)."""
    if role not in SPEECH_ROLES:
        raise ValueError(f"unknown speech-verb role {role!r}; one of {SPEECH_ROLES}")
    text = resources.files("tacitus.data").joinpath("speech_verbs.tsv").read_text("utf-8")
    return frozenset(row["lemma"] for row in csv.DictReader(io.StringIO(text), delimiter="\t")
                     if row[role] == "y")


CUE_KINDS = ("speech", "writing", "belief", "evidence", "question", "denial", "sourcing",
             "stance")


@lru_cache(maxsize=1)
def cue_kinds() -> dict[str, str]:
    """Each quoting speech verb's kind of attribution (one of CUE_KINDS but "sourcing",
    which is "according to"): "said" speech, "wrote" writing, "believes" belief, "found"
    evidence, "asked whether" question, "denied that" denial."""
    text = resources.files("tacitus.data").joinpath("speech_verbs.tsv").read_text("utf-8")
    return {row["lemma"]: row["kind"] for row in
            csv.DictReader(io.StringIO(text), delimiter="\t") if row["quote"] == "y"}


@lru_cache(maxsize=1)
def speech_nouns() -> dict[str, str]:
    """Nouns that carry what someone said, thinks or found, with their kind: "Trump's
    claim that ...", "a warning from the ministry that ...", from `data/speech_nouns.tsv`."""
    text = resources.files("tacitus.data").joinpath("speech_nouns.tsv").read_text("utf-8")
    return {row["noun"]: row["kind"] for row in
            csv.DictReader(io.StringIO(text), delimiter="\t")}


@lru_cache(maxsize=1)
def stance_words() -> dict[tuple[str, str], frozenset[str]]:
    """Words by which someone takes a side on something, with the prepositions (or
    "that") that bring what it is about: "backs the plan", "is critical of the deal",
    "support for the strike", from `data/stance_words.tsv`."""
    text = resources.files("tacitus.data").joinpath("stance_words.tsv").read_text("utf-8")
    return {(row["word"], row["pos"]): frozenset(filter(None, row["preps"].split("|")))
            for row in csv.DictReader(io.StringIO(text), delimiter="	")}


@lru_cache(maxsize=1)
def non_agents() -> dict[str, str]:
    """Nouns that cannot act, from `data/non_agents.tsv`: a "hazard" (a flood, a disease,
    a crash) makes what it does a natural or accidental event, no political one; an
    "instrument" (a blast, a missile, an airstrike) is how someone acted, never who; a
    "matter" (an agreement, a law, a detention) is what an act concerns, never a side; a
    "market" word (shares, prices, the dollar) rises and falls by trading, no one's act."""
    text = resources.files("tacitus.data").joinpath("non_agents.tsv").read_text("utf-8")
    return {row["lemma"]: row["kind"]
            for row in csv.DictReader(io.StringIO(text), delimiter="\t")}


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words, whole, in any case: to find them in a text without walking its
    tokens."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
