"""The questions users ask of a Tacitus database."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .store import Store

EVENT_FIELDS = [
    "date", "event", "mode", "actor_text", "actor_name", "actor_code", "actor_sector",
    "recipient_text", "recipient_name", "recipient_code", "recipient_sector", "trigger",
    "confidence", "negated", "hypothetical", "article_id", "start", "end", "sentence",
    "location_name", "location_code", "location_lat", "location_lon", "cameo_code",
    "cluster_id",
]
# With EventFilter(distinct=True): one row per real-world event (cluster), as GDELT counts.
CLUSTER_FIELDS = ["num_mentions", "num_articles", "num_sources"]
# PLOVER's quad classes (PLOVER manual, "Quad category" of each event type).
QUADS = {
    "verbal cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
QUAD_CODE = {quad: n for n, quad in enumerate(QUADS, start=1)}
LIVE = "NOT negated AND NOT hypothetical"  # events that happened, as far as the text says


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
    mode: str | None = None
    place: str | None = None  # location name (part of) or country code
    offset: int = 0
    newest_first: bool = False
    min_confidence: float | None = None  # calibrated: about this share of them is right
    distinct: bool = False  # one row per real-world event, with its counts of reports


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


def event_where(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    where, params = [], []
    for column, value in (("actor", f.actor), ("recipient", f.recipient)):
        if value:
            sql, p = _party(column, value)
            where.append(sql)
            params += p
    for clause, value in (("event = ?", f.event), ("mode = ?", f.mode),
                          ("date >= CAST(? AS DATE)", f.since),
                          ("date <= CAST(? AS DATE)", f.until)):
        if value:
            where.append(clause)
            params.append(value.upper() if clause.startswith("event") else value)
    if f.min_confidence is not None:
        where.append("confidence >= ?")
        params.append(f.min_confidence)
    if f.place:
        where.append("(location_code = ? OR location_name ILIKE ?)")
        params += [f.place.strip().upper(), f"%{f.place.strip()}%"]
    if f.text:
        clause, words = _text_clause(store, f.text)
        where.append(clause)
        params += words
    if not f.include_flagged:
        where.append(LIVE)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def events_query(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    """The SQL (and its parameters) that lists the events a filter asks for."""
    where, params = event_where(store, f)
    cols = ", ".join(f'"{c}"' for c in EVENT_FIELDS)
    order = "date DESC, article_id, start" if f.newest_first else "date, article_id, start"
    if f.distinct:
        sql = f"SELECT {cols}, {', '.join(CLUSTER_FIELDS)} FROM ({clusters_sql(where)}) " \
              f"ORDER BY {order}"
    else:
        sql = f"SELECT {cols} FROM events{where} ORDER BY {order}"
    if f.limit:
        sql += f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
    return sql, params


def clusters_sql(where: str) -> str:
    """One row per cluster of the events `where` selects: its first event, with the
    mentions (evidence spans) of its events, and the articles and distinct sources that
    report it, copies of its stories included."""
    return f"""
        WITH m AS (SELECT *, coalesce(cluster_id, id) AS cluster FROM events{where}),
        counts AS (SELECT cluster, sum(json_array_length(mentions))::INT AS num_mentions
                   FROM m GROUP BY cluster),
        reports AS (SELECT DISTINCT m.cluster, a.id, coalesce(a.source, a.id) AS source
                    FROM m JOIN articles a ON coalesce(a.story_id, a.id) = m.article_id),
        reach AS (SELECT cluster, count(DISTINCT id)::INT AS num_articles,
                         count(DISTINCT source)::INT AS num_sources FROM reports
                  GROUP BY cluster),
        first AS (SELECT * FROM m QUALIFY row_number() OVER (
                      PARTITION BY cluster ORDER BY date, article_id, start) = 1)
        SELECT first.* EXCLUDE (cluster_id), first.cluster AS cluster_id, num_mentions,
               num_articles, num_sources
        FROM first JOIN counts USING (cluster) JOIN reach USING (cluster)"""


def find_events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    cursor = store.con.execute(*events_query(store, f))
    fields = EVENT_FIELDS + (CLUSTER_FIELDS if f.distinct else [])
    return [dict(zip(fields, row)) for row in cursor.fetchall()]


def count_events(store: Store, f: EventFilter) -> int:
    where, params = event_where(store, f)
    what = "count(DISTINCT coalesce(cluster_id, id))" if f.distinct else "count(*)"
    row = store.con.execute(f"SELECT {what} FROM events{where}", params).fetchone()
    return int(row[0]) if row else 0


def _text_clause(store: Store, text: str) -> tuple[str, list[Any]]:
    """Evidence sentences containing the words, or articles matching them (BM25 index)."""
    if store.has_text_index():
        return ("(sentence ILIKE ? OR article_id IN (SELECT id FROM (SELECT id, "
                "fts_main_articles.match_bm25(id, ?) AS score FROM articles) "
                "WHERE score IS NOT NULL))"), [f"%{text}%", text]
    return "(sentence ILIKE ?)", [f"%{text}%"]


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts by type, the most frequent dyads, and the best-evidenced events."""
    live = LIVE
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
                "cue_kind", "content", "direct", "article_id", "start", "end"]
PLACE_FIELDS = ["name", "code", "kind", "lat", "lon", "geonameid", "mentions", "articles"]
ARTICLE_PLACE_FIELDS = ["text", "start", "end", "name", "code", "lat", "lon", "geonameid",
                        "kind"]
TIME_FIELDS = ["text", "start", "end", "value", "type"]


def find_quotes(store: Store, speaker: str | None = None, text: str | None = None,
                limit: int | None = None, kinds: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Quotes with their article's date, filtered by speaker, content words and kinds of
    attribution ("speech", "evidence", ...; see words.CUE_KINDS)."""
    where: list[str] = []
    params: list[Any] = []
    if kinds:
        where.append("q.cue_kind IN (SELECT unnest(?))")
        params.append([k.strip().lower() for k in kinds])
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
                limit: int | None = None, demonyms: bool = True) -> list[dict[str, Any]]:
    """Resolved places with how often and in how many articles they are named; with
    demonyms=False, without nationality words ("Turkish", kind "demonym")."""
    where, params = ["lat IS NOT NULL"], []
    if not demonyms:
        where.append("kind IS DISTINCT FROM 'demonym'")
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


def list_actors(store: Store, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Actor codes with how often they act and receive."""
    rows = store.con.execute(
        f"WITH sides AS (SELECT unnest(actor_codes) AS code, 1 AS acts, 0 AS receives "
        f"FROM events WHERE {LIVE} UNION ALL SELECT unnest(recipient_codes), 0, 1 "
        f"FROM events WHERE {LIVE}) SELECT code, sum(acts)::INT, sum(receives)::INT, "
        "count(*)::INT AS n FROM sides GROUP BY code ORDER BY n DESC, code LIMIT ? OFFSET ?",
        [limit, offset]).fetchall()
    return [{"code": c, "as_actor": a, "as_recipient": r, "events": n} for c, a, r, n in rows]


def quad_case(column: str = "event", numbers: bool = False) -> str:
    """SQL for an event's PLOVER quad class: its name, or with numbers=True its code 1-4."""
    parts = " ".join(
        f"WHEN {column} IN ({', '.join(repr(e) for e in events)}) THEN "
        f"{QUAD_CODE[quad] if numbers else repr(quad)}" for quad, events in QUADS.items())
    return f"CASE {parts} END"


def actor_profile(store: Store, code: str) -> dict[str, Any]:
    """One actor's events by type and by month (as actor or recipient)."""
    involved = f"{LIVE} AND (list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?))"
    by_type = store.con.execute(
        f"SELECT event, count(*)::INT FROM events WHERE {involved} GROUP BY event "
        "ORDER BY 2 DESC, 1", [code, code]).fetchall()
    months = store.con.execute(
        f"SELECT strftime(date_trunc('month', date), '%Y-%m') AS month, {quad_case()} AS quad, "
        f"count(*)::INT FROM events WHERE {involved} AND date IS NOT NULL GROUP BY ALL "
        "ORDER BY month", [code, code]).fetchall()
    return {"code": code, "by_type": dict(by_type), "timeline": _series(months)}


def _series(rows: list[tuple[str, str, int]]) -> list[dict[str, Any]]:
    months: dict[str, dict[str, Any]] = {}
    for month, quad, n in rows:
        entry = months.setdefault(month, {"month": month, **dict.fromkeys(QUADS, 0)})
        entry[quad] = n
    return list(months.values())


def dyad_series(store: Store, a: str, b: str) -> list[dict[str, Any]]:
    """Monthly counts by quad class of events between two actors, both directions."""
    rows = store.con.execute(
        f"SELECT strftime(date_trunc('month', date), '%Y-%m') AS month, {quad_case()}, "
        f"count(*)::INT FROM events WHERE {LIVE} AND date IS NOT NULL AND ("
        "(list_contains(actor_codes, ?) AND list_contains(recipient_codes, ?)) OR "
        "(list_contains(actor_codes, ?) AND list_contains(recipient_codes, ?))) "
        "GROUP BY ALL ORDER BY month", [a, b, b, a]).fetchall()
    return _series(rows)


def network(store: Store, min_weight: int = 1, limit: int = 300) -> dict[str, Any]:
    """Actors as nodes, actor -> recipient event counts as weighted edges."""
    edges = store.con.execute(
        f"SELECT a, r, count(*)::INT AS w FROM (SELECT unnest(actor_codes) AS a, "
        f"unnest(recipient_codes) AS r FROM events WHERE {LIVE}) WHERE a <> r "
        "GROUP BY a, r HAVING count(*) >= ? ORDER BY w DESC, a, r LIMIT ?",
        [min_weight, limit]).fetchall()
    degree: dict[str, int] = {}
    for a, r, w in edges:
        degree[a] = degree.get(a, 0) + w
        degree[r] = degree.get(r, 0) + w
    return {"nodes": [{"id": c, "weight": w} for c, w in sorted(degree.items())],
            "edges": [{"source": a, "target": r, "weight": w} for a, r, w in edges]}


def places_geojson(store: Store, country: str | None = None, limit: int = 2000,
                   demonyms: bool = False) -> dict[str, Any]:
    """Resolved places as GeoJSON points, with mention and event counts: the places named
    literally, and with demonyms=True nationality words at their country too."""
    rows = find_places(store, country, None, limit, demonyms)
    events = dict(store.con.execute(
        f"SELECT location_name, count(*)::INT FROM events WHERE {LIVE} AND "
        "location_name IS NOT NULL GROUP BY 1").fetchall())
    features = [{"type": "Feature", "geometry": {"type": "Point",
                                                 "coordinates": [r["lon"], r["lat"]]},
                 "properties": {**{k: r[k] for k in ("name", "code", "kind", "geonameid",
                                                      "mentions", "articles")},
                                "events": events.get(r["name"], 0)}} for r in rows]
    return {"type": "FeatureCollection", "features": features}


def article_detail(store: Store, article_id: str) -> dict[str, Any] | None:
    """An article with everything extracted from it."""
    row = store.con.execute("SELECT id, date, title, url, source, text FROM articles "
                            "WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    out: dict[str, Any] = dict(zip(["id", "date", "title", "url", "source", "text"], row))
    for table, fields in (("events", EVENT_FIELDS), ("quotes", QUOTE_FIELDS[1:]),
                          ("places", ARTICLE_PLACE_FIELDS), ("times", TIME_FIELDS)):
        cols = ", ".join(f'"{c}"' for c in fields)
        out[table] = [dict(zip(fields, r)) for r in store.con.execute(
            f"SELECT {cols} FROM {table} WHERE article_id = ? ORDER BY start",
            [article_id]).fetchall()]
    return out


def search_articles(store: Store, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching words, best first (DuckDB full-text index, else substring)."""
    if store.has_text_index():
        rows = store.con.execute(
            "SELECT id, date, title, left(text, 240), score FROM (SELECT *, "
            "fts_main_articles.match_bm25(id, ?) AS score FROM articles) WHERE score IS NOT "
            "NULL ORDER BY score DESC, id LIMIT ?", [query, limit]).fetchall()
    else:
        rows = store.con.execute(
            "SELECT id, date, title, left(text, 240), 1.0 FROM articles WHERE text ILIKE ? "
            "ORDER BY date DESC, id LIMIT ?", [f"%{query}%", limit]).fetchall()
    return [dict(zip(["id", "date", "title", "snippet", "score"], r)) for r in rows]
