"""Who takes part, given where an event happens: the country of its place.

Unnamed people of a known kind ("killed 23 people in Tel Aviv", "police arrested students
in Jakarta") belong to the country where the event happens; and a protest or a coercive
measure that names no target ("demonstrated in Kirkuk", "imposed a curfew in Cizre") is
aimed at that country, a documented convention of the coder, and whom it names are of
that country unless their words say otherwise. Where the sentence names no place, it is
aimed at the actor's own ("Egyptian police dispersed the crowd", "Indonesian students
staged demonstrations"). Never a group the text names in words that could not be
resolved ("Serb forces").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ..model import Actor, Place

# Events whose unnamed target is the country where they happen: a protest, a curfew.
AIMED_WHERE = {"PROTEST", "COERCE"}


def where_they_are(event: str, actor: tuple[Actor, ...], recipient: tuple[Actor, ...],
                   place: Place, sent: Span | None
                   ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """The actor and recipient of an event of type `event` that happens at `place`."""
    if not place.code:
        return actor, recipient
    if sent is not None:
        actor, recipient = _placed(actor, place.code, sent), _placed(recipient, place.code, sent)
    if event in AIMED_WHERE:  # those it is done to are of the place, unless said otherwise
        recipient = tuple(r if r.code else replace(r, code=place.code) for r in recipient) or (
            Actor(text=place.text, name=place.name, code=place.code),)
    return actor, recipient


NON_STATES = {"IGO", "NGO", "MNC", "IMG"}


def at_home(event: str, actor: tuple[Actor, ...], recipient: tuple[Actor, ...],
            sent: Span | None) -> tuple[Actor, ...]:
    """The recipient of a protest or coercion no place locates: those it is done to are
    of the actor's country unless their words say otherwise, and with no one named it is
    the country itself, in the words that give the actor its country ("Algerian" in
    "Algerian police")."""
    codes = {a.code for a in actor if a.code}
    if event not in AIMED_WHERE or sent is None or len(codes) != 1 or \
            any(r.code for r in recipient) or codes & NON_STATES:
        return recipient
    [code] = codes
    if recipient:  # "police arrested Dana Whitfield": a person of the police's country
        return tuple(r if r.code else replace(r, code=code) for r in recipient)
    words = {w for a in actor for w in a.text.split()}
    country = next((e for e in sent.ents if e.label_ in {"NORP", "GPE"} and  # "New Zealand",
                    all(t.text in words for t in e) and  # not "New"; never the actor itself
                    all(e.text != a.text for a in actor)), None)
    return (Actor(text=country.text, code=code),) if country is not None else ()


def _placed(side: tuple[Actor, ...], code: str, sent: Span) -> tuple[Actor, ...]:
    return tuple(replace(a, code=code) if a.code is None and a.name is None and a.sector
                 and _common(a.text, sent) else a for a in side)


def _common(text: str, sent: Span) -> bool:
    """Whether the phrase is made of common words only, as the sentence tags them; a
    stance ("anti-Syria journalist") names no one's country."""
    at = sent.text.find(text)
    span = sent.doc.char_span(sent.start_char + at, sent.start_char + at + len(text),
                              alignment_mode="expand") if at >= 0 else None
    return span is not None and not any(
        (t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"}) and not (
            t.i >= 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ in {"anti", "pro"})
        for t in span)
