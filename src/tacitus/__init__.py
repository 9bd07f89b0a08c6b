"""Tacitus: evidence-linked political event data (PLOVER) from dated news reports."""
from __future__ import annotations

from ._version import __version__
from .errors import GoldError, InputError, ModelError, StoreError, TacitusError
from .ingest import Problem, read_articles
from .model import Actor, Article, Event, Evidence, Record
from .pipeline import Knowledge, extract_records, record_of

__all__ = [
    "__version__", "Actor", "Article", "Event", "Evidence", "GoldError", "InputError", "Knowledge",
    "ModelError", "Problem", "Record", "StoreError", "TacitusError", "extract_records",
    "read_articles", "record_of",
]
