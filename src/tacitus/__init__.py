"""Tacitus: evidence-linked political event data (PLOVER) from dated news reports.

The public API is what this module exports:

* `extract(texts)`, `ingest(sources, db)`, `Database(db)`: extract records, store them,
  query them (as dicts, or as DuckDB relations for pandas, Arrow and polars);
* `Pipeline`, `Knowledge`, `component`, `Stage`, `DEFAULT_COMPONENTS`: the pipeline of
  registered components, and how to add your own;
* the records: `Article`, `Record`, `Event`, `Actor`, `Evidence`, `Quote`, `Place`,
  `TimeExpr`; and the errors, all `TacitusError`s.
"""
from __future__ import annotations

from ._version import __version__
from .api import Database, Totals, extract, ingest
from .components import Stage, component
from .errors import (
    ConfigError,
    GoldError,
    InputError,
    ModelError,
    StoreError,
    TacitusError,
)
from .ingest import Problem, read_articles
from .model import Actor, Article, Event, Evidence, Place, Quote, Record, TimeExpr
from .pipeline import DEFAULT_COMPONENTS, Knowledge, Pipeline, extract_records, record_of

__all__ = [
    "__version__", "Actor", "Article", "ConfigError", "DEFAULT_COMPONENTS", "Database",
    "Event", "Evidence", "GoldError", "InputError", "Knowledge", "ModelError", "Pipeline",
    "Place", "Problem", "Quote", "Record", "Stage", "StoreError", "TacitusError", "TimeExpr",
    "Totals", "component", "extract", "extract_records", "ingest", "read_articles",
    "record_of",
]
