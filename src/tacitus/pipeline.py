"""Articles in, records out: the pure per-article function and the streaming loop."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import tee
from typing import TYPE_CHECKING

from ._version import __version__
from .extract.events import NAME as EVENTS
from .extract.events import extract_events
from .extract.lexicon import Lexicon, load_lexicon
from .extract.modality import FUTURE
from .extract.quotes import NAME as QUOTES
from .extract.quotes import extract_quotes
from .extract.setting import Setting
from .model import Article, Record
from .nlp import BATCH_SIZE, parse
from .resolve.actors import ActorDictionary, load_dictionary
from .resolve.context import ArticleContext
from .resolve.places import Gazetteer, load_gazetteer, resolve_places
from .resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


# Stored with every article: re-ingesting re-extracts only when this changes.
EXTRACTOR = f"tacitus {__version__} ({EVENTS}, {QUOTES})"


@dataclass(frozen=True)
class Knowledge:
    """The packaged (and user) dictionaries every article is resolved against."""

    dictionary: ActorDictionary
    lexicon: Lexicon
    gazetteer: Gazetteer

    @classmethod
    def load(cls, actor_file: str | None = None) -> Knowledge:
        return cls(load_dictionary(actor_file), load_lexicon(), load_gazetteer())


def record_of(doc: Doc, article: Article, knowledge: Knowledge) -> Record:
    """The pure article -> record step: same parse, same knowledge, same record."""
    context = ArticleContext(doc, article.date, knowledge.dictionary)
    times = tuple(find_times(doc.text, article.date, _future_teller(doc)))
    places = resolve_places(doc, knowledge.gazetteer)
    context.learn_places(places)
    events = extract_events(doc, article, context, knowledge.lexicon, Setting(times, places))
    quotes = extract_quotes(doc, context)
    return Record(article=article, events=events, quotes=quotes, places=places, times=times)


SCHEDULED = {"schedule", "expect", "anticipate", "plan", "slate", "set", "due", "forecast",
             "predict"}
# Present-tense verbs that report what happened rather than announce what will.
REPORTING = {"say", "tell", "report", "claim", "confirm", "announce", "deny", "admit", "add",
             "accuse", "blame", "show", "reveal", "suggest", "indicate", "remain", "continue"}


def _future_teller(doc: Doc) -> Callable[[int], bool]:
    """Whether the clause at a character offset speaks of the future ("will meet on
    Monday"): it decides which Monday a bare weekday means."""
    def future_at(offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        verb = span[0] if span is not None and len(span) else doc[0]
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in SCHEDULED:
            verb = verb.head  # "is anticipated to turn northeast on Sunday"
        helpers = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        scheduled = verb.lemma_.lower() in SCHEDULED and any(  # "are scheduled for Sunday"
            c.dep_ == "auxpass" for c in verb.children) and not helpers & {"was", "were"}
        timetable = verb.tag_ in {"VBZ", "VBP"} and not helpers and \
            verb.lemma_.lower() not in REPORTING  # "the trial begins Monday"
        return scheduled or timetable or bool(aux & FUTURE) or any(
            c.lower_ == "going" for c in verb.children if c.dep_ == "aux")

    return future_at


def extract_records(articles: Iterable[Article], nlp: Language, knowledge: Knowledge,
                    batch_size: int = BATCH_SIZE) -> Iterator[Record]:
    """Records for articles, in input order, parsing in batches with nlp.pipe."""
    for_text, for_record = tee(articles)
    docs = parse(nlp, (a.text for a in for_text), batch_size)
    for article, doc in zip(for_record, docs):
        yield record_of(doc, article, knowledge)
