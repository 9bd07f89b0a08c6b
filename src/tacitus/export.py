"""Export events for statistics: CSV and Parquet with POLECAT/ICEWS-style columns, and
PLOVER-standard JSON Lines (PLOVER manual, "Data Fields")."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from .query import EventFilter, event_where, quad_case
from .store import Store

# One row per event; names follow POLECAT's columns in snake case.
COLUMNS = {
    "event_id": "e.id", "event_date": "e.date", "event_type": "e.event",
    "event_mode": "e.mode", "quad_code": "QUAD", "actor_name": "coalesce(e.actor_name, "
    "e.actor_text)", "actor_country": "e.actor_code", "actor_sector": "e.actor_sector",
    "recipient_name": "coalesce(e.recipient_name, e.recipient_text)",
    "recipient_country": "e.recipient_code", "recipient_sector": "e.recipient_sector",
    "place_name": "e.location_name", "place_country": "e.location_code",
    "latitude": "e.location_lat", "longitude": "e.location_lon", "story_id": "e.article_id",
    "story_date": "a.date", "story_title": "a.title", "story_url": "a.url",
    "source": "a.source", "trigger": "e.trigger", "evidence": "e.sentence",
    "evidence_start": "e.start", "evidence_end": "e.\"end\"", "negated": "e.negated",
    "hypothetical": "e.hypothetical", "confidence": "e.confidence",
    "plover_score": "SCORE", "cameo_code": "e.cameo_code",
    "cluster_id": "coalesce(e.cluster_id, e.id)", "num_mentions": "s.num_mentions",
    "num_articles": "r.num_articles", "num_sources": "r.num_sources",
}


@lru_cache(maxsize=1)
def plover_scores() -> dict[tuple[str, str], float]:
    """(event, mode) -> the PLOVER manual's conflict-cooperation score; mode "" is the
    category's own (data/plover_scores.tsv, converted from the manual)."""
    text = resources.files("tacitus.data").joinpath("plover_scores.tsv").read_text("utf-8")
    return {(row["event"], row["mode"]): float(row["score"])
            for row in csv.DictReader(io.StringIO(text), delimiter="\t")}


@lru_cache(maxsize=1)
def _score_sql() -> str:
    """The score of an event's type and mode, else of its type alone, as SQL."""
    def quoted(text: str) -> str:
        return "'" + text.replace("'", "''") + "'"

    modes = " ".join(f"WHEN e.event = {quoted(ev)} AND lower(e.mode) = {quoted(mode)} "
                     f"THEN {score}" for (ev, mode), score in plover_scores().items() if mode)
    types = " ".join(f"WHEN e.event = {quoted(ev)} THEN {score}"
                     for (ev, mode), score in plover_scores().items() if not mode)
    return f"coalesce(CASE {modes} END, CASE {types} END)::DOUBLE"


# Each cluster's mentions, and the articles (copies included) and sources reporting it.
CLUSTER_COUNTS = (
    "LEFT JOIN (SELECT coalesce(cluster_id, id) AS cluster, "
    "sum(json_array_length(mentions))::INT AS num_mentions FROM events GROUP BY 1) s "
    "ON s.cluster = coalesce(e.cluster_id, e.id) "
    "LEFT JOIN (SELECT coalesce(x.cluster_id, x.id) AS cluster, "
    "count(DISTINCT y.id)::INT AS num_articles, "
    "count(DISTINCT coalesce(y.source, y.id))::INT AS num_sources FROM events x "
    "JOIN articles y ON coalesce(y.story_id, y.id) = x.article_id GROUP BY 1) r "
    "ON r.cluster = coalesce(e.cluster_id, e.id)")


def _select(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    quad = quad_case("e.event", numbers=True)
    cols = ", ".join(f"{sql.replace('QUAD', quad).replace('SCORE', _score_sql())} AS {name}"
                     for name, sql in COLUMNS.items())
    where, params = event_where(store, f)
    sql = (f"SELECT {cols} FROM (SELECT * FROM events{where}) e "
           f"JOIN articles a ON a.id = e.article_id {CLUSTER_COUNTS} "
           "ORDER BY e.date, e.article_id, e.start")
    return sql, params


# Columns that are not text (never read as a spreadsheet formula).
NOT_TEXT = {"event_date", "quad_code", "latitude", "longitude", "story_date", "evidence_start",
            "evidence_end", "negated", "hypothetical", "confidence", "plover_score",
            "num_mentions", "num_articles", "num_sources"}
# A cell beginning with one of these is a formula to a spreadsheet (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that a spreadsheet shows and never runs: text beginning with
    a formula character gets a leading apostrophe; lists and mappings are JSON."""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _neutral_sql(column: str) -> str:
    starts = ", ".join(f"chr({ord(c)})" for c in FORMULA_STARTS)
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN chr(39) || {column} ELSE {column} END"


def export_table(store: Store, f: EventFilter, fmt: str, out: Path) -> int:
    """Write CSV or Parquet through DuckDB's COPY; returns the number of events. CSV text
    cells that a spreadsheet would run as a formula are neutralised (see csv_cell)."""
    sql, params = _select(store, f)
    if fmt == "csv":
        cols = ", ".join(name if name in NOT_TEXT else f"{_neutral_sql(name)} AS {name}"
                         for name in COLUMNS)
        sql = f"SELECT {cols} FROM ({sql})"
    option = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
    store.con.execute(f"COPY ({sql}) TO '{_quoted(out)}' ({option})", params)
    row = store.con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()
    return int(row[0]) if row else 0


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def plover_records(store: Store, f: EventFilter, coder: str) -> Iterator[dict[str, Any]]:
    """Events as PLOVER JSON records, streamed."""
    sql, params = _select(store, f)
    cursor = store.con.execute(sql, params)
    names = list(COLUMNS)
    while batch := cursor.fetchmany(1000):
        for values in batch:
            yield _plover(dict(zip(names, values)), coder)


def _plover(r: dict[str, Any], coder: str) -> dict[str, Any]:
    def entity(side: str) -> list[dict[str, Any]]:
        if not (r[f"{side}_name"] or r[f"{side}_country"]):
            return []
        return [{"code": r[f"{side}_country"], "sector": r[f"{side}_sector"],
                 "entity_text": r[f"{side}_name"]}]

    record: dict[str, Any] = {
        "id": r["event_id"], "date": str(r["event_date"]) if r["event_date"] else None,
        "actor": entity("actor"), "recipient": entity("recipient"),
        "event": [r["event_type"]], "mode": [r["event_mode"]] if r["event_mode"] else [],
        "quad_code": r["quad_code"], "event_text": [r["trigger"]],
        "text": r["evidence"], "coder": coder, "score": r["plover_score"],
        "cameo_code": r["cameo_code"], "cluster_id": r["cluster_id"],
        "num_mentions": r["num_mentions"], "num_articles": r["num_articles"],
        "num_sources": r["num_sources"],
        "cite_info": {"story_id": r["story_id"], "title": r["story_title"],
                      "url": r["story_url"], "source": r["source"]},
    }
    if r["place_name"]:
        record["event_loc"] = {"name": r["place_name"], "country": r["place_country"],
                               "lat": r["latitude"], "lon": r["longitude"]}
    return record


def write_plover(store: Store, f: EventFilter, stream: TextIO, coder: str) -> int:
    """Write PLOVER JSON Lines to a text stream; returns the number of events."""
    count = 0
    for record in plover_records(store, f, coder):
        stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count
