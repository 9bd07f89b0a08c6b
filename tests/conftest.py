"""Shared fixtures. Tests that need the spaCy pipeline use `nlp` and are marked `model`."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tacitus.model import Article, Record
from tacitus.pipeline import Knowledge, extract_records

FIXTURES = Path(__file__).parent / "fixtures"


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
