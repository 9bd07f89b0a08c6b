"""The questions users ask of a Tacitus database."""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from . import aggregates
from .store import Store

EVENT_FIELDS = [
    "date", "event", "mode", "actor_text", "actor_name", "actor_code", "actor_sector",
    "recipient_text", "recipient_name", "recipient_code", "recipient_sector", "trigger",
    "confidence", "negated", "hypothetical", "article_id", "start", "end", "sentence",
    "location_name", "location_code", "location_lat", "location_lon", "cameo_code",
    "cluster_id", "actors", "recipients",
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
    quad: str | None = None  # a PLOVER quad class ("material conflict")
    coded: bool = False  # only events whose actor and recipient both have a country code
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    sort: str = "date"  # a key of SORTS; newest_first makes it descending
    party: str | None = None  # on either side of the event
    counterpart: str | None = None  # with `party`: the other side (either direction)
    after: str | None = None  # keyset paging (sort by date): the `cursor` of the last row seen


# What the event list can be sorted by.
SORTS = {"date": "date", "event": "event", "actor": "actor_code",
         "recipient": "recipient_code", "confidence": "confidence", "place": "location_name"}


def like(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, its own % and _ taken literally
    (use with ESCAPE '\\')."""
    value = value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{value}%"


def is_code(value: str) -> bool:
    """A country code (PRK) or a code with its sector (RUSGOV), as written in filters."""
    value = value.strip()
    return value.isalpha() and value.isupper() and len(value) in (3, 6)


def _party(column: str, value: str, flat: bool = False) -> tuple[str, list[Any]]:
    """An actor filter: a country code (PRK), a code with sector (RUSGOV), or a name;
    `flat` reads the flat code columns of a database (not a Parquet dataset's lists)."""
    value = value.strip()
    if is_code(value):
        sql = f"({column}_code = ? OR contains({column}_others, ?))" if flat else \
            f"list_contains({column}_codes, ?)"
        params: list[Any] = [value[:3], f"|{value[:3]}|"] if flat else [value[:3]]
        if len(value) == 6:
            sql += f" AND {column}_sector = ?"
            params.append(value[3:])
        return f"({sql})", params
    return (f"({column}_name ILIKE ? ESCAPE '\\' OR {column}_text ILIKE ? ESCAPE '\\')",
            [like(value)] * 2)


def _either_side(party: str, counterpart: str | None, flat: bool) -> tuple[str, list[Any]]:
    """`party` on either side of an event; with a counterpart, the two facing each other."""
    a_act, p1 = _party("actor", party, flat)
    a_rec, p2 = _party("recipient", party, flat)
    if not counterpart:
        return f"({a_act} OR {a_rec})", p1 + p2
    b_act, p3 = _party("actor", counterpart, flat)
    b_rec, p4 = _party("recipient", counterpart, flat)
    return f"(({a_act} AND {b_rec}) OR ({b_act} AND {a_rec}))", p1 + p4 + p3 + p2


def event_where(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    where, params = [], []
    flat = store.laid_out
    for column, value in (("actor", f.actor), ("recipient", f.recipient)):
        if value:
            sql, p = _party(column, value, flat)
            where.append(sql)
            params += p
    if f.party:
        sql, p = _either_side(f.party, f.counterpart, flat)
        where.append(sql)
        params += p
    if f.quad:
        where.append(f"event IN ({', '.join(repr(e) for e in QUADS[f.quad])})")
    if f.coded:
        where.append("actor_code IS NOT NULL AND recipient_code IS NOT NULL")
    if f.bbox:
        west, south, east, north = f.bbox
        where.append("location_lat BETWEEN ? AND ? AND location_lon BETWEEN ? AND ?")
        params += [south, north, west, east]
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
        where.append("(location_code = ? OR location_name ILIKE ? ESCAPE '\\')")
        params += [f.place.strip().upper(), like(f.place)]
    if f.text:
        clause, words = _text_clause(store, f.text)
        where.append(clause)
        params += words
    if not f.include_flagged:
        where.append(LIVE)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def events_query(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    """The SQL (and its parameters) that lists the events a filter asks for.

    A page in date order first finds the date its last row can have (a top-N on the date
    alone, which DuckDB does quickly) and then sorts only the events from that date on,
    which date order lets DuckDB find without reading the rest; with
    `after` (a row's cursor) it starts after that row, so a deep page costs what the
    first does."""
    where, params = event_where(store, f)
    after = read_cursor(f.after) if f.after else None
    if after:
        clause, more = _after(after, f.newest_first)
        where, params = _and(where, clause), params + more
    cols = ", ".join(f'"{c}"' for c in EVENT_FIELDS)
    way = "DESC" if f.newest_first else "ASC"
    then = f", date {way}" if f.sort != "date" else ""
    order = f"{SORTS[f.sort]} {way} NULLS LAST{then}, article_id, start"
    if f.distinct:
        sql = f"SELECT {cols}, {', '.join(CLUSTER_FIELDS)} FROM ({clusters_sql(where)}) " \
              f"ORDER BY {order}"
    else:
        if f.limit and f.sort == "date":
            where, params = _page_dates(store, f, after, where, params)
        sql = f"SELECT {cols} FROM events{where} ORDER BY {order}"
    if f.limit:
        sql += f" LIMIT {int(f.limit)} OFFSET {int(f.offset)}"
    return sql, params


def _page_dates(store: Store, f: EventFilter, after: tuple[str | None, str, int] | None,
                where: str, params: list[Any]) -> tuple[str, list[Any]]:
    """The filter narrowed to the dates a page in date order can hold, as constants that
    zone maps can use: the months the monthly counts say it reaches, then the day a
    top-N on the date alone finds."""
    reach = _reach(store, f, after)
    if reach:
        where, params = _and(where, reach[0]), params + reach[1]
    way, edge, cmp = ("DESC", "min", ">=") if f.newest_first else ("ASC", "max", "<=")
    row = store.con.execute(f"SELECT {edge}(date), count(*) - count(date) FROM (SELECT "
                            f"date FROM events{where} ORDER BY date {way} NULLS LAST "
                            f"LIMIT {int(f.limit or 0) + int(f.offset)})", params).fetchone()
    if row and row[0] is not None:  # a bare comparison, which zone maps can use
        bound = f"date {cmp} CAST(? AS DATE)" + (" OR date IS NULL" if row[1] else "")
        where, params = _and(where, f"({bound})"), params + [row[0]]
    return where, params


def _reach(store: Store, f: EventFilter, after: tuple[str | None, str, int] | None
           ) -> tuple[str, list[Any]] | None:
    """The months a page in date order can reach, from the monthly counts, as a date
    range that lets DuckDB skip the rest of the table (None when they cannot tell)."""
    if not (store.laid_out and aggregates.answers(f)):
        return None
    if after and after[0] is None:
        return None  # past the dated events: the undated ones are left
    month = aggregates.window(store.con, f, int(f.limit or 0) + int(f.offset), f.newest_first,
                              dt.date.fromisoformat(after[0]) if after and after[0] else None)
    if month is None:
        return None
    if f.newest_first:  # the page ends before the undated events, which come last
        return "date >= CAST(? AS DATE)", [month]
    return "date < CAST(? AS DATE)", [_next_bucket(month, "month")]


def row_cursor(row: dict[str, Any]) -> str:
    """An event row's place in date order, for `EventFilter(after=...)` (opaque text)."""
    raw = json.dumps([str(row["date"]) if row["date"] else None, row["article_id"],
                      row["start"]])
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def read_cursor(text: str) -> tuple[str | None, str, int]:
    """The (date, article id, start) of a cursor; ValueError when it is not one."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        day, article, start = json.loads(raw.decode("utf-8"))
        if day is not None:
            dt.date.fromisoformat(day)
        return day, str(article), int(start)
    except (ValueError, TypeError, UnicodeDecodeError, binascii.Error):
        raise ValueError(f"not a cursor: {text[:40]!r}") from None


def _after(cursor: tuple[str | None, str, int], newest_first: bool
           ) -> tuple[str, list[Any]]:
    """The rows after a cursor in date order (undated rows come last)."""
    day, article, start = cursor
    tie = "(article_id > ? OR (article_id = ? AND start > ?))"
    if day is None:
        return f"(date IS NULL AND {tie})", [article, article, start]
    later = "<" if newest_first else ">"
    return (f"(date {later} CAST(? AS DATE) OR (date = CAST(? AS DATE) AND {tie}) "
            "OR date IS NULL)"), [day, day, article, article, start]


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
    return [_event(dict(zip(fields, row))) for row in cursor.fetchall()]


def _event(row: dict[str, Any]) -> dict[str, Any]:
    """An event row with its every actor and recipient as lists (stored as JSON)."""
    for side in ("actors", "recipients"):
        row[side] = json.loads(row[side]) if row[side] else []
    return row


def count_events(store: Store, f: EventFilter) -> int:
    """How many events (or real-world events, with distinct) a filter selects; from the
    monthly counts where they answer it (codes, types, whole months)."""
    if store.laid_out and aggregates.answers(f):
        return aggregates.count(store.con, f)
    where, params = event_where(store, f)
    what = "count(DISTINCT coalesce(cluster_id, id))" if f.distinct else "count(*)"
    row = store.con.execute(f"SELECT {what} FROM events{where}", params).fetchone()
    return int(row[0]) if row else 0


def _text_clause(store: Store, text: str) -> tuple[str, list[Any]]:
    """Evidence sentences containing the words, or articles matching them (BM25 index)."""
    if store.has_text_index():
        return ("(sentence ILIKE ? ESCAPE '\\' OR article_id IN (SELECT id FROM (SELECT id, "
                "fts_main_articles.match_bm25(id, ?) AS score FROM articles) "
                "WHERE score IS NOT NULL))"), [like(text), text]
    return "(sentence ILIKE ? ESCAPE '\\')", [like(text)]


def _and(where: str, clause: str) -> str:
    """A WHERE clause (possibly empty) with one more condition."""
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def summary(store: Store, top: int = 10, f: EventFilter | None = None) -> dict[str, Any]:
    """Counts by type, the most frequent dyads, and the best-evidenced events, of the
    events a filter selects (by default the live ones: not negated, not hypothetical)."""
    f = f or EventFilter()
    where, params = event_where(store, f)
    coded = _and(where, "actor_code IS NOT NULL AND recipient_code IS NOT NULL "
                        "AND actor_code <> recipient_code")
    if store.laid_out and aggregates.answers(f):
        by_type = sorted(aggregates.grouped(store.con, f, "event"),
                         key=lambda t: (-t[1], t[0]))
    else:
        by_type = store.con.execute(
            f"SELECT event, count(*) n FROM events{where} GROUP BY event "
            "ORDER BY n DESC, event", params).fetchall()
    totals = _sums(((a, r), n) for a, r, _, n in _pair_counts(store, f))
    dyads = sorted(((a, r, n) for (a, r), n in totals.items()),
                   key=lambda t: (-t[2], t[0], t[1]))[:top]
    examples = store.con.execute(  # the best-evidenced event of each of the commonest types
        "SELECT date, event, coalesce(actor_name, actor_text), actor_code, "
        "coalesce(recipient_name, recipient_text), recipient_code, sentence FROM ("
        "SELECT *, row_number() OVER (PARTITION BY event ORDER BY confidence DESC, date, "
        "article_id, start) AS rank, count(*) OVER (PARTITION BY event) AS n FROM events"
        f"{coded}) WHERE rank = 1 ORDER BY n DESC, event LIMIT 6", params).fetchall()
    return {"counts": store.counts(), "by_type": by_type, "dyads": dyads, "examples": examples}


def _pair_counts(store: Store, f: EventFilter) -> list[tuple[str, str, str, int]]:
    """(actor code, recipient code, event type, events) for every pair of two different
    codes of the events a filter selects (an event with two codes on a side counts for
    each), from the monthly counts where they answer it."""
    if store.laid_out and aggregates.answers(f) and not (f.actor or f.recipient or f.party):
        return aggregates.pairs(store.con, f)
    where, params = event_where(store, f)
    return store.con.execute(
        f"SELECT a, r, event, count(*)::INT FROM (SELECT event, a, unnest(recipient_codes) "
        f"AS r FROM (SELECT event, recipient_codes, unnest(actor_codes) AS a FROM "
        f"events{where})) WHERE a <> r GROUP BY ALL", params).fetchall()


def _sums(items: Iterable[tuple[Any, int]]) -> dict[Any, int]:
    """Counts summed by key."""
    out: dict[Any, int] = {}
    for key, n in items:
        out[key] = out.get(key, 0) + n
    return out


def event_series(store: Store, f: EventFilter, step: str | None = None) -> dict[str, Any]:
    """Events a filter selects, counted by quad class per month or week: every bucket
    from the first dated event to the last is present, with zeros where nothing happened.
    Without `step`, weeks for a span of up to 26 weeks, else months."""
    f = replace(f, limit=None, offset=0)
    unit, first, last, counts = _counted_months(store, f, step) or \
        _scanned_buckets(store, f, step)
    buckets: dict[dt.date, dict[str, Any]] = {}
    start = _bucket(first, unit) if first else None
    while start is not None and start <= last:
        end = _next_bucket(start, unit)
        buckets[start] = {"start": start.isoformat(),
                          "end": (end - dt.timedelta(days=1)).isoformat(),
                          **dict.fromkeys(QUADS, 0)}
        start = end
    for (day, quad), n in counts.items():
        buckets[day][quad] = n
    return {"step": unit, "quads": list(QUADS), "buckets": list(buckets.values())}


Counted = tuple[str, Any, Any, dict[tuple[Any, str], int]]  # step, first, last, counts


def _counted_months(store: Store, f: EventFilter, step: str | None) -> Counted | None:
    """Months from the monthly counts; None where they cannot answer (a filter they do
    not hold, weeks asked for, or a span short enough for weeks)."""
    if step == "week" or not (store.laid_out and aggregates.answers(f)):
        return None
    counts = _sums(((m, QUAD_OF[e]), n) for m, e, n in
                   aggregates.grouped(store.con, f, "month, event") if m is not None)
    if not counts:
        return "month", None, None, {}
    first, last = min(m for m, _ in counts), max(m for m, _ in counts)
    if step is None and (last - first).days <= 26 * 7:
        return None
    return "month", first, _next_bucket(last, "month") - dt.timedelta(days=1), counts


def _scanned_buckets(store: Store, f: EventFilter, step: str | None) -> Counted:
    where, params = event_where(store, f)
    dated = _and(where, "date IS NOT NULL")
    row = store.con.execute(f"SELECT min(date), max(date) FROM events{dated}",
                            params).fetchone()
    if not row or row[0] is None:
        return step or "month", None, None, {}
    first, last = row
    unit = step or ("week" if (last - first).days <= 26 * 7 else "month")
    what = "count(DISTINCT coalesce(cluster_id, id))" if f.distinct else "count(*)"
    counts = {(day, quad): n for day, quad, n in store.con.execute(
        f"SELECT date_trunc('{unit}', date)::DATE, {quad_case()}, {what}::INT "
        f"FROM events{dated} GROUP BY ALL", params).fetchall()}
    return unit, first, last, counts


QUAD_OF = {event: quad for quad, events in QUADS.items() for event in events}


def _bucket(day: dt.date, step: str) -> dt.date:
    return day.replace(day=1) if step == "month" else day - dt.timedelta(days=day.weekday())


def _next_bucket(start: dt.date, step: str) -> dt.date:
    if step == "week":
        return start + dt.timedelta(days=7)
    return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


QUOTE_FIELDS = ["date", "speaker_text", "speaker_name", "speaker_code", "speaker_sector", "cue",
                "cue_kind", "content", "direct", "article_id", "start", "end"]
PLACE_FIELDS = ["name", "code", "kind", "lat", "lon", "geonameid", "mentions", "articles"]
ARTICLE_PLACE_FIELDS = ["text", "start", "end", "name", "code", "lat", "lon", "geonameid",
                        "kind"]
TIME_FIELDS = ["text", "start", "end", "value", "type"]


def find_quotes(store: Store, speaker: str | None = None, text: str | None = None,
                limit: int | None = None, kinds: Sequence[str] = (),
                since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    """Quotes with their article's date, filtered by speaker, content words, kinds of
    attribution ("speech", "evidence", ...; see words.CUE_KINDS) and date range."""
    where: list[str] = []
    params: list[Any] = []
    for clause, day in (("a.date >= CAST(? AS DATE)", since), ("a.date <= CAST(? AS DATE)", until)):
        if day:
            where.append(clause)
            params.append(day)
    if kinds:
        where.append("q.cue_kind IN (SELECT unnest(?))")
        params.append([k.strip().lower() for k in kinds])
    if speaker:
        value = speaker.strip()
        if is_code(value):
            where.append("q.speaker_code = ?" + (" AND q.speaker_sector = ?"
                                                 if len(value) == 6 else ""))
            params += [value[:3]] + ([value[3:]] if len(value) == 6 else [])
        else:
            where.append("(q.speaker_name ILIKE ? ESCAPE '\\' OR "
                         "q.speaker_text ILIKE ? ESCAPE '\\')")
            params += [like(value)] * 2
    if text:
        where.append("q.content ILIKE ? ESCAPE '\\'")
        params.append(like(text))
    cols = ", ".join("a.date" if c == "date" else f'q."{c}"' for c in QUOTE_FIELDS)
    sql = f"SELECT {cols} FROM quotes q JOIN articles a ON a.id = q.article_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.date, q.article_id, q.start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(zip(QUOTE_FIELDS, row)) for row in store.con.execute(sql, params).fetchall()]


def place_detail(store: Store, geonameid: int) -> dict[str, Any] | None:
    """One place by its GeoNames id: its name, country and point as most mentions give
    them, and how often and in how many articles it is named (any kind of mention)."""
    row = store.con.execute(
        "SELECT name, code, lat, lon, count(*)::INT, count(DISTINCT article_id)::INT "
        "FROM places WHERE geonameid = ? AND lat IS NOT NULL GROUP BY ALL ORDER BY 5 DESC "
        "LIMIT 1", [geonameid]).fetchone()
    if row is None:
        return None
    return {"geonameid": geonameid,
            **dict(zip(["name", "code", "lat", "lon", "mentions", "articles"], row))}


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
        where.append("(name ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
        params += [like(name)] * 2
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


def actor_profile(store: Store, code: str, f: EventFilter | None = None) -> dict[str, Any]:
    """One actor (a country code) as the events name it: its events by type, the names
    and sectors it appears under, and a monthly timeline by quad class (as actor or
    recipient; every month from its first event to its last)."""
    f = replace(f or EventFilter(), party=code, counterpart=None)
    where, params = event_where(store, f)
    by_type = store.con.execute(
        f"SELECT event, count(*)::INT FROM events{where} GROUP BY event ORDER BY 2 DESC, 1",
        params).fetchall()
    names = store.con.execute(
        f"SELECT name, sector, count(*)::INT AS n FROM (SELECT unnest(list_concat("
        f"CAST(actors AS JSON[]), CAST(recipients AS JSON[]))) AS who FROM events{where}) "
        f"AS sides, LATERAL (SELECT coalesce(who->>'name', who->>'text') AS name, "
        f"who->>'sector' AS sector) WHERE who->>'code' = ? AND name IS NOT NULL "
        f"GROUP BY ALL ORDER BY n DESC, name LIMIT 12", [*params, code]).fetchall()
    return {"code": code, "by_type": dict(by_type),
            "names": [{"name": n, "sector": s, "events": k} for n, s, k in names],
            "timeline": _months(event_series(store, f, "month"))}


def _months(series: dict[str, Any]) -> list[dict[str, Any]]:
    """A monthly series as the API has long given it: {"month": "2023-09", quads...}."""
    return [{"month": b["start"][:7], **{q: b[q] for q in QUADS}} for b in series["buckets"]]


def dyad_series(store: Store, a: str, b: str, f: EventFilter | None = None
                ) -> list[dict[str, Any]]:
    """Monthly counts by quad class of events between two actors, both directions, every
    month from the first to the last."""
    f = replace(f or EventFilter(), party=a, counterpart=b)
    return _months(event_series(store, f, "month"))


def network(store: Store, min_weight: int = 1, limit: int = 300,
            f: EventFilter | None = None) -> dict[str, Any]:
    """Actors as nodes, actor -> recipient event counts as weighted edges, each with its
    counts by quad class and the commonest one (`quad`)."""
    by_pair: dict[tuple[str, str], dict[str, int]] = {}
    for a, r, event, n in _pair_counts(store, f or EventFilter()):
        by_pair.setdefault((a, r), dict.fromkeys(QUADS, 0))[QUAD_OF[event]] += n
    pairs = sorted(((sum(q.values()), a, r, q) for (a, r), q in by_pair.items()
                    if sum(q.values()) >= min_weight), key=lambda t: (-t[0], t[1], t[2]))
    degree: dict[str, int] = {}
    for w, a, r, _ in pairs[:limit]:
        degree[a] = degree.get(a, 0) + w
        degree[r] = degree.get(r, 0) + w
    edges = [{"source": a, "target": r, "weight": w, "quads": q, "quad": _commonest(q)}
             for w, a, r, q in pairs[:limit]]
    return {"nodes": [{"id": c, "weight": w} for c, w in sorted(degree.items())],
            "edges": edges}


def _commonest(quads: dict[str, int]) -> str:
    """The quad class with the most events (the first in PLOVER's order on a tie)."""
    return max(QUADS, key=lambda k: (quads[k], -list(QUADS).index(k)))


def event_points(store: Store, f: EventFilter, limit: int = 5000) -> dict[str, Any]:
    """The events a filter selects at their locations, as GeoJSON points (one per place)
    with counts by quad class and the commonest (`quad`)."""
    where, params = event_where(store, replace(f, limit=None, offset=0))
    placed = _and(where, "location_lat IS NOT NULL AND location_lon IS NOT NULL")
    rows = store.con.execute(
        f"SELECT location_name, location_code, location_lat, location_lon, {quad_case()}, "
        f"count(*)::INT FROM events{placed} GROUP BY ALL", params).fetchall()
    points: dict[tuple[Any, ...], dict[str, int]] = {}
    for name, code, lat, lon, quad, n in rows:
        points.setdefault((name, code, lat, lon), dict.fromkeys(QUADS, 0))[quad] = n
    ranked = sorted(points.items(), key=lambda kv: (-sum(kv[1].values()), kv[0][0] or ""))
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                 "properties": {"name": name, "code": code, "events": sum(q.values()),
                                "quads": q,
                                "quad": _commonest(q)}}
                for (name, code, lat, lon), q in ranked[:limit]]
    return {"type": "FeatureCollection", "features": features}


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
    out["events"] = [_event(e) for e in out["events"]]
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
            "ESCAPE '\\' ORDER BY date DESC, id LIMIT ?", [like(query), limit]).fetchall()
    return [dict(zip(["id", "date", "title", "snippet", "score"], r)) for r in rows]
