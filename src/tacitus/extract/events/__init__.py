"""PLOVER events from a dependency parse: "tacitus.events.rules.v1", as steps.

    triggers (Trigger) -> mention (Mention) -> attributes (Event) -> merge -> place
                                                                -> confidence

Each step is a function in `EventSteps`; replace one (a learned trigger finder, a
classifier of types) with `dataclasses.replace(RULE_STEPS, triggers=...)` and pass it to
`extract_events`. The place step comes after merging, so that an event takes the most
precise place any of its mentions names; the confidence step last, calibrated on what is
then known of the event (see `extract/confidence.py`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ...model import Article, Event, Place
from ...nlp import sentences
from ...resolve.context import ArticleContext
from ..confidence import calibrate
from ..lexicon import Lexicon
from ..setting import Setting, locate
from .attributes import attributes_of
from .mentions import Mention, mention_of
from .merge import merge
from .triggers import Trigger, mend_headline_verb, sentence_triggers

NAME = "tacitus.events.rules.v1"


@dataclass(frozen=True)
class EventSteps:
    """The steps of the events coder, each replaceable."""

    triggers: Callable[[Span, Lexicon], Iterable[Trigger]] = sentence_triggers
    mention: Callable[[Trigger, Span, ArticleContext], Mention | None] = mention_of
    attributes: Callable[[Mention, Article, ArticleContext, Setting], Event] = attributes_of
    merge: Callable[[list[Event]], tuple[Event, ...]] = merge
    place: Callable[[Event, Doc, tuple[Place, ...], list[int]], Event] = locate
    confidence: Callable[[Event], Event] = calibrate


RULE_STEPS = EventSteps()


def extract_events(doc: Doc, article: Article, context: ArticleContext, lexicon: Lexicon,
                   setting: Setting | None = None,
                   steps: EventSteps = RULE_STEPS) -> tuple[Event, ...]:
    """Every event the article reports, merged across its mentions, dated and located."""
    setting = setting or Setting()
    events = []
    for sent in sentences(doc):
        for trigger in steps.triggers(sent, lexicon):
            mention = steps.mention(trigger, sent, context)
            if mention is None:
                continue
            event = steps.attributes(mention, article, context, setting)
            if event.actor or event.recipient or event.event == "PROTEST":
                events.append(event)  # (telling the sides apart can leave none: "he was
                # received" by no one named is no visit)
    starts = [p.start for p in setting.places]  # places come in text order
    return tuple(steps.confidence(steps.place(e, doc, setting.places, starts))
                 for e in steps.merge(events))


__all__ = ["NAME", "RULE_STEPS", "EventSteps", "Mention", "Trigger", "extract_events",
           "mend_headline_verb"]
