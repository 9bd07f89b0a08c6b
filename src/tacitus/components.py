"""The registry of pipeline components: named, versioned stages with a declared contract.

A component is a function from a `Stage` (the parsed article, the knowledge it is resolved
against, and the frozen outputs of the components before it) to one new output, stored
under the name it `adds`. It declares what it `needs`; a pipeline is an ordered list of
component names, checked when it is assembled. Register your own with `component`:

    @tacitus.component("myorg.sentence_lengths.v1", adds="sentence_lengths")
    def sentence_lengths(stage):
        return tuple(len(s.text) for s in stage.doc.sents)

Installed packages can offer components through the `tacitus_components` entry point
group (name = "module:function" of a function decorated with `component`); they are
looked up when a pipeline names a component that is not registered yet.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import metadata
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .model import Article
    from .pipeline import Knowledge

ENTRY_POINTS = "tacitus_components"


@dataclass(frozen=True)
class Stage:
    """What a component sees: read-only, the same for every component of one article."""

    doc: Doc
    article: Article  # its text is the doc's text (cheaper than doc.text)
    knowledge: Knowledge
    outputs: Mapping[str, Any]  # earlier components' outputs, by the name each adds

    def __getitem__(self, name: str) -> Any:
        return self.outputs[name]


@dataclass(frozen=True)
class Component:
    """A registered stage: its versioned name, what it needs and adds, and its function.

    `in_record` is False for an output that only later stages use (the actor context);
    every other output appears in the record: the built-in ones as their fields, others
    under `extensions`."""

    name: str
    adds: str
    needs: tuple[str, ...]
    run: Callable[[Stage], Any]
    in_record: bool = True


COMPONENTS: dict[str, Component] = {}


def component(name: str, adds: str, needs: tuple[str, ...] = (),
              in_record: bool = True) -> Callable[[Callable[[Stage], Any]],
                                                  Callable[[Stage], Any]]:
    """Register a function as the component `name` (e.g. "myorg.topics.v1")."""
    def register(run: Callable[[Stage], Any]) -> Callable[[Stage], Any]:
        COMPONENTS[name] = Component(name, adds, tuple(needs), run, in_record)
        return run

    return register


def get_component(name: str) -> Component:
    """The registered component `name`, loading installed plugins if needed."""
    if name not in COMPONENTS:
        _load_plugins(name)
    if name not in COMPONENTS:
        known = ", ".join(sorted(COMPONENTS))
        raise ConfigError(f"no component named {name!r}; registered: {known}")
    return COMPONENTS[name]


def _load_plugins(name: str) -> None:
    for entry in metadata.entry_points(group=ENTRY_POINTS):
        if entry.name == name:
            entry.load()  # importing the module registers its components


def check_order(components: tuple[Component, ...]) -> None:
    """Every component's needs are added by a component before it."""
    added: set[str] = set()
    for c in components:
        missing = [n for n in c.needs if n not in added]
        if missing:
            raise ConfigError(f"component {c.name!r} needs {', '.join(missing)}, which no "
                              "component before it adds; put one that does earlier")
        added.add(c.adds)


def run_components(components: tuple[Component, ...], doc: Doc, article: Article,
                   knowledge: Knowledge, done: Mapping[str, Any] | None = None
                   ) -> dict[str, Any]:
    """Each component in order, each seeing only a frozen view of the outputs before it.
    A component whose output is in `done` (computed earlier) is not run again."""
    outputs: dict[str, Any] = dict(done or {})
    for c in components:
        if c.adds in outputs:
            continue
        stage = Stage(doc, article, knowledge, MappingProxyType(dict(outputs)))
        outputs[c.adds] = c.run(stage)
    return outputs
