"""Articles in, records out: the pure per-article function and the streaming loop."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import tee
from typing import TYPE_CHECKING

from .extract.events import extract_events
from .extract.lexicon import Lexicon, load_lexicon
from .model import Article, Record
from .nlp import BATCH_SIZE, parse
from .resolve.actors import ActorDictionary, load_dictionary
from .resolve.context import ArticleContext

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Knowledge:
    """The packaged (and user) dictionaries every article is resolved against."""

    dictionary: ActorDictionary
    lexicon: Lexicon

    @classmethod
    def load(cls, actor_file: str | None = None) -> Knowledge:
        return cls(load_dictionary(actor_file), load_lexicon())


def record_of(doc: Doc, article: Article, knowledge: Knowledge) -> Record:
    """The pure article -> record step: same parse, same knowledge, same record."""
    context = ArticleContext(doc, article.date, knowledge.dictionary)
    events = extract_events(doc, article, context, knowledge.lexicon)
    return Record(article=article, events=events)


def extract_records(articles: Iterable[Article], nlp: Language, knowledge: Knowledge,
                    batch_size: int = BATCH_SIZE) -> Iterator[Record]:
    """Records for articles, in input order, parsing in batches with nlp.pipe."""
    for_text, for_record = tee(articles)
    docs = parse(nlp, (a.text for a in for_text), batch_size)
    for article, doc in zip(for_record, docs):
        yield record_of(doc, article, knowledge)
