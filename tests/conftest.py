"""Shared fixtures. Tests that need the spaCy pipeline use `nlp` and are marked `model`."""
from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import pytest
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from tacitus.model import Article, Record
from tacitus.pipeline import Knowledge, extract_records

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=1)
def _english_vocab() -> Vocab:
    import spacy

    return spacy.blank("en").vocab  # English lexical attributes (lower case, ...), no model


def make_doc(parse: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A parsed Doc built by hand, as spaCy's own tests do: no model, milliseconds.

    `parse` has one token a line: word, lemma, POS, tag, dependency label and the index
    of its head (itself for the root); `ents` are (start, end, label) over tokens.
    """
    rows = [line.split() for line in parse.strip().splitlines()]
    words, lemmas, pos, tags, deps = ([r[i] for r in rows] for i in range(5))
    heads = [int(r[5]) for r in rows]
    doc = Doc(_english_vocab(), words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps,
              heads=heads, sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    return doc


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from tacitus.nlp import load

    return load()


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return Knowledge.load()


@pytest.fixture
def extract(nlp, knowledge: Knowledge) -> Callable[..., Record]:  # type: ignore[no-untyped-def]
    """Extract one record from a text (dated 2023-09-13 unless told otherwise)."""

    def run(text: str, date: str | None = "2023-09-13") -> Record:
        article = Article(id="t", text=text, date=date)
        return next(extract_records([article], nlp, knowledge))

    return run


@pytest.fixture
def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")


def script_module(name: str) -> ModuleType:
    """One of the scripts/ (build_gazetteer, build_dictionaries) imported as a module, for
    testing its functions without running it."""
    path = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
