"""The questions users ask of a Tacitus database."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .store import Store

EVENT_FIELDS = [
    "date", "event", "mode", "actor_text", "actor_name", "actor_code", "actor_sector",
    "recipient_text", "recipient_name", "recipient_code", "recipient_sector", "trigger",
    "confidence", "negated", "hypothetical", "article_id", "start", "end", "sentence",
]


@dataclass(frozen=True)
class EventFilter:
    """Which events to list. Codes match any actor (or recipient) of an event."""

    actor: str | None = None
    recipient: str | None = None
    event: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    include_flagged: bool = False  # negated and hypothetical events too
    limit: int | None = None


def _party(column: str, value: str) -> tuple[str, list[Any]]:
    """An actor filter: a country code (PRK), a code with sector (RUSGOV), or a name."""
    value = value.strip()
    if value.isalpha() and value.isupper() and len(value) in (3, 6):
        sql = f"list_contains({column}_codes, ?)"
        params: list[Any] = [value[:3]]
        if len(value) == 6:
            sql += f" AND {column}_sector = ?"
            params.append(value[3:])
        return f"({sql})", params
    return f"({column}_name ILIKE ? OR {column}_text ILIKE ?)", [f"%{value}%"] * 2


def find_events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    where, params = [], []
    if f.actor:
        sql, p = _party("actor", f.actor)
        where.append(sql)
        params += p
    if f.recipient:
        sql, p = _party("recipient", f.recipient)
        where.append(sql)
        params += p
    if f.event:
        where.append("event = ?")
        params.append(f.event.upper())
    if f.since:
        where.append("date >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        where.append("date <= CAST(? AS DATE)")
        params.append(f.until)
    if f.text:
        where.append(_text_clause(store))
        params += [f"%{f.text}%"] + ([f.text] if store.has_text_index() else [])
    if not f.include_flagged:
        where.append("NOT negated AND NOT hypothetical")
    cols = ", ".join(f'"{c}"' for c in EVENT_FIELDS)
    sql = f"SELECT {cols} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date, article_id, start"
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    cursor = store.con.execute(sql, params)
    return [dict(zip(EVENT_FIELDS, row)) for row in cursor.fetchall()]


def _text_clause(store: Store) -> str:
    """Evidence sentences containing the words, or articles matching them (BM25 index)."""
    if store.has_text_index():
        return ("(sentence ILIKE ? OR article_id IN (SELECT id FROM (SELECT id, "
                "fts_main_articles.match_bm25(id, ?) AS score FROM articles) "
                "WHERE score IS NOT NULL))")
    return "(sentence ILIKE ?)"


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts by type, the most frequent dyads, and the best-evidenced events."""
    live = "NOT negated AND NOT hypothetical"
    by_type = store.con.execute(
        f"SELECT event, count(*) n FROM events WHERE {live} GROUP BY event ORDER BY n DESC, event"
    ).fetchall()
    dyads = store.con.execute(
        f"SELECT actor_code, recipient_code, count(*) n FROM events WHERE {live} "
        "AND actor_code IS NOT NULL AND recipient_code IS NOT NULL "
        "AND actor_code <> recipient_code GROUP BY ALL ORDER BY n DESC, actor_code, "
        f"recipient_code LIMIT {int(top)}").fetchall()
    examples = store.con.execute(  # the best-evidenced event of each of the commonest types
        "SELECT date, event, coalesce(actor_name, actor_text), actor_code, "
        "coalesce(recipient_name, recipient_text), recipient_code, sentence FROM ("
        "SELECT *, row_number() OVER (PARTITION BY event ORDER BY confidence DESC, date, "
        "article_id, start) AS rank, count(*) OVER (PARTITION BY event) AS n FROM events "
        f"WHERE {live} AND actor_code IS NOT NULL AND recipient_code IS NOT NULL "
        "AND actor_code <> recipient_code) WHERE rank = 1 ORDER BY n DESC, event LIMIT 6"
    ).fetchall()
    return {"counts": store.counts(), "by_type": by_type, "dyads": dyads, "examples": examples}


QUOTE_FIELDS = ["date", "speaker_text", "speaker_name", "speaker_code", "speaker_sector", "cue",
                "content", "direct", "article_id", "start", "end"]
PLACE_FIELDS = ["name", "code", "kind", "lat", "lon", "geonameid", "mentions", "articles"]


def find_quotes(store: Store, speaker: str | None = None, text: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Quotes with their article's date, filtered by speaker and content words."""
    where, params = [], []
    if speaker:
        value = speaker.strip()
        if value.isalpha() and value.isupper() and len(value) in (3, 6):
            where.append("q.speaker_code = ?" + (" AND q.speaker_sector = ?"
                                                 if len(value) == 6 else ""))
            params += [value[:3]] + ([value[3:]] if len(value) == 6 else [])
        else:
            where.append("(q.speaker_name ILIKE ? OR q.speaker_text ILIKE ?)")
            params += [f"%{value}%"] * 2
    if text:
        where.append("q.content ILIKE ?")
        params.append(f"%{text}%")
    cols = ", ".join("a.date" if c == "date" else f'q."{c}"' for c in QUOTE_FIELDS)
    sql = f"SELECT {cols} FROM quotes q JOIN articles a ON a.id = q.article_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.date, q.article_id, q.start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(zip(QUOTE_FIELDS, row)) for row in store.con.execute(sql, params).fetchall()]


def find_places(store: Store, country: str | None = None, name: str | None = None,
                limit: int | None = None) -> list[dict[str, Any]]:
    """Resolved places with how often and in how many articles they are named."""
    where, params = ["lat IS NOT NULL"], []
    if country:
        where.append("code = ?")
        params.append(country.strip().upper())
    if name:
        where.append("(name ILIKE ? OR text ILIKE ?)")
        params += [f"%{name}%"] * 2
    sql = ("SELECT name, code, kind, lat, lon, geonameid, count(*) AS mentions, "
           "count(DISTINCT article_id) AS articles FROM places WHERE " + " AND ".join(where) +
           " GROUP BY name, code, kind, lat, lon, geonameid ORDER BY mentions DESC, name")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(zip(PLACE_FIELDS, row)) for row in store.con.execute(sql, params).fetchall()]
