"""Quotes and attributions over real parses (loads the spaCy pipeline)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Quote, Record

pytestmark = pytest.mark.model


def quote(record: Record, words: str) -> Quote:
    return next(q for q in record.quotes if words in q.content)


def test_seed_quotes(extract: Callable[..., Record], seed_text: str) -> None:
    record = extract(seed_text)
    kim = quote(record, "stand by Moscow")
    assert (kim.speaker.name, kim.speaker.code, kim.cue) == ("Kim Jong Un", "PRK", "told")
    assert quote(record, "unconditional support").speaker.code == "PRK"
    assert quote(record, "all issues").speaker.name == "Vladimir Putin"
    he = quote(record, "satellites")
    assert he.speaker.text == "He" and he.speaker.name == "Vladimir Putin"
    officials = quote(record, "pay a price")
    assert officials.speaker.code == "USA" and officials.cue == "warned"
    sullivan = quote(record, "turn to a country like North Korea")
    assert sullivan.direct and sullivan.speaker.name == "Jake Sullivan"
    assert sullivan.speaker.code == "USA"


def test_offsets_cover_the_content(extract: Callable[..., Record], seed_text: str) -> None:
    for q in extract(seed_text).quotes:
        assert seed_text[q.start:q.end] == q.content


def test_direct_quote_after_the_speaker(extract: Callable[..., Record]) -> None:
    record = extract('The minister said: "We will not give up our land to anyone."')
    q = quote(record, "give up our land")
    assert q.direct and q.speaker.text == "minister" or q.speaker.text.endswith("minister")


def test_split_quote_continues_with_the_same_speaker(extract: Callable[..., Record]) -> None:
    record = extract('"The border is closed," Polish Interior Minister Jan Kowalczyk said. '
                     '"Nobody will cross it without papers, and we will enforce that."')
    q = quote(record, "Nobody will cross")
    assert q.direct and q.speaker.name == "Jan Kowalczyk" and q.speaker.code == "POL"


def test_according_to_attributes_the_sentence(extract: Callable[..., Record]) -> None:
    record = extract("Forty people died in the floods, according to Kenyan police.")
    q = quote(record, "Forty people died")
    assert q.cue == "according to" and q.speaker.code == "KEN" and not q.direct


def test_scare_quotes_without_a_speaker_are_not_quotes(extract: Callable[..., Record]) -> None:
    record = extract('The "reform" package passed on Monday.')
    assert record.quotes == ()
