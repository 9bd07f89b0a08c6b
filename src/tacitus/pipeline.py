"""Articles in, records out: the default components, the pipeline and its fingerprint.

The pipeline is the spaCy parse followed by registered components in order (see
`components.py`). The built-in ones, by the name each adds:

| component                     | adds    | needs                  |
|-------------------------------|---------|------------------------|
| tacitus.times.rules.v1        | times   |                        |
| tacitus.places.gazetteer.v1   | places  |                        |
| tacitus.actors.context.v1     | actors  | places                 |
| tacitus.quotes.rules.v1       | quotes  | actors                 |
| tacitus.events.rules.v1       | events  | actors, times, places, quotes |

`actors` is the article's actor context (who each noun phrase is), which only later
components read. The article -> record function is pure: same parse, same knowledge, same
components, same record. What extracted a record is its fingerprint: the package version,
the spaCy pipeline, the ordered component names and a hash of the packaged data and of the
user's actor dictionary; a stored article whose fingerprint differs is re-extracted.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .components import Stage, check_order, component, get_component, run_components
from .errors import ConfigError
from .extract.events import extract_events, mend_headline_verb
from .extract.lexicon import Lexicon, load_lexicon
from .extract.quotes import extract_quotes
from .extract.setting import Setting
from .model import Article, Record
from .nlp import BATCH_SIZE, batched, describe, parse, sentences
from .resolve.actors import ActorDictionary, load_dictionary
from .resolve.context import ArticleContext
from .resolve.places import Gazetteer, load_gazetteer, resolve_places
from .resolve.times import find_times, future_teller, outside_names

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .components import Component

DEFAULT_COMPONENTS = ("tacitus.times.rules.v1", "tacitus.places.gazetteer.v1",
                      "tacitus.actors.context.v1", "tacitus.quotes.rules.v1",
                      "tacitus.events.rules.v1")
COMPONENTS_ENV = "TACITUS_COMPONENTS"
RECORD_FIELDS = ("events", "quotes", "places", "times")


@dataclass(frozen=True)
class Knowledge:
    """The packaged (and user) dictionaries every article is resolved against, and a hash
    of all of it: a change to any of them changes the fingerprint."""

    dictionary: ActorDictionary
    lexicon: Lexicon
    gazetteer: Gazetteer
    data_hash: str = ""

    @classmethod
    def load(cls, actor_file: str | None = None) -> Knowledge:
        user = _file_hash(Path(actor_file)) if actor_file else ""
        digest = packaged_data_hash() + (f"+{user}" if user else "")
        return cls(load_dictionary(actor_file, user), load_lexicon(), load_gazetteer(), digest)


@lru_cache(maxsize=1)
def packaged_data_hash() -> str:
    """A hash of every packaged data file the components read (the demo corpus aside)."""
    digest = hashlib.sha256()
    folder = resources.files("tacitus.data")
    for name in sorted(os.listdir(str(folder))):
        path = Path(str(folder / name))
        if path.is_file() and not name.endswith(".py"):
            digest.update(name.encode() + b"\0" + _file_hash(path).encode())
    return digest.hexdigest()[:12]


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return "unreadable"  # load_dictionary reports why
    return digest.hexdigest()[:12]


# ---- the built-in components ----------------------------------------------------------
@component("tacitus.times.rules.v1", adds="times")
def _times(stage: Stage) -> tuple[Any, ...]:
    found = find_times(stage.article.text, stage.article.date, future_teller(stage.doc))
    return tuple(outside_names(found, stage.doc))


@component("tacitus.places.gazetteer.v1", adds="places")
def _places(stage: Stage) -> tuple[Any, ...]:
    return resolve_places(stage.doc, stage.knowledge.gazetteer, stage.article.text)


@component("tacitus.actors.context.v1", adds="actors", needs=("places",), in_record=False)
def _actors(stage: Stage) -> ArticleContext:
    for sent in sentences(stage.doc):
        mend_headline_verb(sent, stage.knowledge.lexicon)
    return ArticleContext(stage.doc, stage.article.date, stage.knowledge.dictionary,
                          stage["places"], stage.article.text)


@component("tacitus.quotes.rules.v1", adds="quotes", needs=("actors",))
def _quotes(stage: Stage) -> tuple[Any, ...]:
    return extract_quotes(stage.doc, stage["actors"], stage.article.text)


@component("tacitus.events.rules.v1", adds="events",
           needs=("actors", "times", "places", "quotes"))
def _events(stage: Stage) -> tuple[Any, ...]:
    return extract_events(stage.doc, stage.article, stage["actors"], stage.knowledge.lexicon,
                          Setting(stage["times"], stage["places"], stage["quotes"]))


# ---- assembling and running -----------------------------------------------------------
def component_names(names: Sequence[str] | str | None = None) -> tuple[str, ...]:
    """The components to run: the argument (a list, or names separated by commas), else
    $TACITUS_COMPONENTS, else the default list."""
    chosen = names if names is not None else os.environ.get(COMPONENTS_ENV) or None
    if chosen is None:
        return DEFAULT_COMPONENTS
    listed = chosen.split(",") if isinstance(chosen, str) else list(chosen)
    out = tuple(n.strip() for n in listed if n.strip())
    if not out:
        raise ConfigError("the component list is empty; name at least one component")
    return out


def assemble(names: Sequence[str] | str | None = None) -> tuple[Component, ...]:
    """The registered components named, in order, checked to get what each needs."""
    components = tuple(get_component(n) for n in component_names(names))
    check_order(components)
    return components


def build_record(article: Article, outputs: dict[str, Any],
                 components: tuple[Component, ...]) -> Record:
    """The record of an article from its components' outputs."""
    extensions = {c.adds: outputs[c.adds] for c in components
                  if c.in_record and c.adds not in RECORD_FIELDS}
    return Record(article=article, **{f: outputs[f] for f in RECORD_FIELDS if f in outputs},
                  extensions=extensions)


@lru_cache(maxsize=1)
def _default_components() -> tuple[Component, ...]:
    return assemble(DEFAULT_COMPONENTS)


def record_of(doc: Doc, article: Article, knowledge: Knowledge,
              components: tuple[Component, ...] | None = None) -> Record:
    """The pure article -> record step: same parse, knowledge and components, same record."""
    chosen = components if components is not None else _default_components()
    return build_record(article, run_components(chosen, doc, article, knowledge), chosen)


def fingerprint(knowledge: Knowledge, components: tuple[Component, ...],
                model: str = "") -> str:
    """What extracts a record: version, spaCy pipeline, components in order, data hash."""
    names = ",".join(c.name for c in components)
    return f"tacitus {__version__}; {model}; {names}; data {knowledge.data_hash}"


class Pipeline:
    """The spaCy parse and the components, with the knowledge they resolve against.

    >>> pipeline = Pipeline.load()                       # doctest: +SKIP
    >>> record = next(pipeline.extract([Article("a1", "Putin met Kim.", "2023-09-13")]))
    """

    def __init__(self, nlp: Language, knowledge: Knowledge,
                 components: Sequence[str] | str | None = None) -> None:
        self.nlp = nlp
        self.knowledge = knowledge
        self.components = assemble(components)
        self.fingerprint = fingerprint(knowledge, self.components, describe(nlp))

    @classmethod
    def load(cls, model: str | None = None, actor_file: str | None = None,
             components: Sequence[str] | str | None = None) -> Pipeline:
        """Load the spaCy pipeline and the packaged knowledge (a second or two)."""
        from .nlp import load

        return cls(load(model), Knowledge.load(actor_file), components)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.components)

    def record(self, doc: Doc, article: Article) -> Record:
        return record_of(doc, article, self.knowledge, self.components)

    def extract(self, articles: Iterable[Article], batch_size: int = BATCH_SIZE,
                on_error: Callable[[Article, Exception], None] | None = None
                ) -> Iterator[Record]:
        """Records for articles, in input order, parsing in batches with nlp.pipe.

        With `on_error`, an article whose parse or extraction fails is handed to it with
        the exception and left out; the others go on. Without it, the error is raised."""
        for batch in batched(articles, batch_size):
            for article, doc in zip(batch, self._parse(batch, on_error)):
                if doc is None:
                    continue
                try:
                    yield self.record(doc, article)
                except Exception as e:  # one article's failure is that article's problem
                    if on_error is None:
                        raise
                    on_error(article, e)

    def _parse(self, batch: list[Article],
               on_error: Callable[[Article, Exception], None] | None) -> list[Doc | None]:
        texts = [a.text for a in batch]
        if on_error is None:
            return list(parse(self.nlp, texts, len(batch)))
        try:
            return list(parse(self.nlp, texts, len(batch)))
        except Exception:  # find the article that failed: parse them one by one
            docs: list[Doc | None] = []
            for article in batch:
                try:
                    docs.append(next(parse(self.nlp, [article.text], 1)))
                except Exception as e:
                    on_error(article, e)
                    docs.append(None)
            return docs


def extract_records(articles: Iterable[Article], nlp: Language, knowledge: Knowledge,
                    batch_size: int = BATCH_SIZE) -> Iterator[Record]:
    """Records for articles with the default components (see `Pipeline.extract`)."""
    return Pipeline(nlp, knowledge, DEFAULT_COMPONENTS).extract(articles, batch_size)
