"""Tacitus inside any spaCy pipeline, as spaCy factories.

    import spacy

    nlp = spacy.load("en_core_web_sm")           # any pipeline with a parser and NER
    nlp.add_pipe("tacitus_events", config={"date": "2023-09-13"})
    doc = nlp("North Korea's Kim Jong Un met Vladimir Putin on Wednesday.")
    doc._.tacitus_events                         # tuple of tacitus.Event
    doc._.tacitus_record.to_json()               # the whole tacitus/1 record

Factories: `tacitus_times`, `tacitus_places`, `tacitus_events`, `tacitus_quotes`, and
`tacitus` (all of them). A factory computes what its component needs when no earlier
Tacitus pipe did; outputs are kept on the Doc (`doc._.tacitus_<name>`). The article date
that relative dates resolve against is `doc._.tacitus_date` when set, else the pipe's
`date` setting. The factories are registered through spaCy's `spacy_factories` entry
point, so `add_pipe` finds them once Tacitus is installed, without an import.
"""
# No `from __future__ import annotations`: spaCy reads the factories' signatures.

from functools import lru_cache, partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .components import Component, get_component, run_components
from .ingest import article_id
from .model import Article, Record
from .pipeline import DEFAULT_COMPONENTS, Knowledge, build_record

KEY = "tacitus"  # doc.user_data[KEY]: the outputs computed so far, by name
OUTPUTS = ("times", "places", "actors", "events", "quotes")


def _register_extensions() -> None:
    if not Doc.has_extension("tacitus_date"):
        Doc.set_extension("tacitus_date", default=None)
    for name in OUTPUTS:
        if not Doc.has_extension(f"tacitus_{name}"):
            Doc.set_extension(f"tacitus_{name}", getter=partial(_output, name=name))
    if not Doc.has_extension("tacitus_record"):
        Doc.set_extension("tacitus_record", getter=_record)


def _output(doc: Doc, name: str) -> Any:
    return doc.user_data.get(KEY, {}).get(name)


def _record(doc: Doc) -> Record:
    outputs = doc.user_data.get(KEY, {})
    done = tuple(c for c in map(get_component, DEFAULT_COMPONENTS) if c.adds in outputs)
    return build_record(_article(doc, None), outputs, done)


def _article(doc: Doc, date: str | None) -> Article:
    return Article(article_id(doc.text), doc.text, doc._.tacitus_date or date)


@lru_cache(maxsize=4)
def _knowledge(actor_file: str | None) -> Knowledge:
    return Knowledge.load(actor_file)


class TacitusPipe:
    """One or more Tacitus components as a spaCy pipe; missing inputs computed first."""

    def __init__(self, names: tuple[str, ...], date: str | None,
                 actor_file: str | None) -> None:
        self.names = names
        self.date = date
        self.actor_file = actor_file

    def __call__(self, doc: Doc) -> Doc:
        outputs: dict[str, Any] = dict(doc.user_data.get(KEY, {}))
        todo = self._plan(outputs)
        if todo:  # what earlier pipes computed is an input, not redone
            outputs = run_components(todo, doc, _article(doc, self.date),
                                     _knowledge(self.actor_file), outputs)
        doc.user_data[KEY] = outputs
        return doc

    def _plan(self, outputs: dict[str, Any]) -> tuple[Component, ...]:
        """The default components to run: ours and whatever they need that is not done."""
        wanted = {get_component(n).adds for n in self.names}
        for name in reversed(DEFAULT_COMPONENTS):
            c = get_component(name)
            if c.adds in wanted:
                wanted.update(c.needs)
        return tuple(c for n in DEFAULT_COMPONENTS
                     if (c := get_component(n)).adds in wanted and c.adds not in outputs)


CONFIG = {"date": None, "actor_file": None}


def _pipe(names: tuple[str, ...], date: str | None, actor_file: str | None) -> TacitusPipe:
    _register_extensions()
    return TacitusPipe(names, date, actor_file)


@Language.factory("tacitus_times", default_config=CONFIG)
def make_times(nlp: Language, name: str, date: str | None,
               actor_file: str | None) -> TacitusPipe:
    """Temporal expressions: doc._.tacitus_times."""
    return _pipe(("tacitus.times.rules.v1",), date, actor_file)


@Language.factory("tacitus_places", default_config=CONFIG)
def make_places(nlp: Language, name: str, date: str | None,
                actor_file: str | None) -> TacitusPipe:
    """Resolved places: doc._.tacitus_places."""
    return _pipe(("tacitus.places.gazetteer.v1",), date, actor_file)


@Language.factory("tacitus_events", default_config=CONFIG)
def make_events(nlp: Language, name: str, date: str | None,
                actor_file: str | None) -> TacitusPipe:
    """PLOVER events: doc._.tacitus_events."""
    return _pipe(("tacitus.events.rules.v1",), date, actor_file)


@Language.factory("tacitus_quotes", default_config=CONFIG)
def make_quotes(nlp: Language, name: str, date: str | None,
                actor_file: str | None) -> TacitusPipe:
    """Quotes and attributions: doc._.tacitus_quotes."""
    return _pipe(("tacitus.quotes.rules.v1",), date, actor_file)


@Language.factory("tacitus", default_config=CONFIG)
def make_all(nlp: Language, name: str, date: str | None,
             actor_file: str | None) -> TacitusPipe:
    """Every default component: doc._.tacitus_record."""
    return _pipe(DEFAULT_COMPONENTS, date, actor_file)
