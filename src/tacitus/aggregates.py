"""Event counts by month, kept beside the events table for the questions asked most.

`event_counts` holds, per month, type, live flag and pair of an actor code and a
recipient code (an event with several codes on a side has a row per pair; a side
without a code is NULL), how many events have that pair, with the counters that count
each event once whatever else it has:

    n            events with this (actor, recipient) pair
    n_actor      ... counted once per actor code (the pair uses the first recipient code)
    n_recipient  ... counted once per recipient code (the pair uses the first actor code)
    n_event      ... counted once (both first)
    n_mirror     ... that also have the reverse pair (both codes on both sides)

and `event_totals` the events per month, type and live flag, for filters without codes.
so that totals, monthly series, dyads, the network and counts by type of any filter made
of country codes, types, quad classes, whole months and the live flag are exact sums over
a table far smaller than the events. Ingest recomputes the months a batch touches, in the
batch's transaction. Other filters (names, sectors, places, text, days) read the events.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

    from .query import EventFilter

COLUMNS = ("month DATE, event VARCHAR, live BOOLEAN, a VARCHAR, r VARCHAR, n INTEGER, "
           "n_actor INTEGER, n_recipient INTEGER, n_event INTEGER, n_mirror INTEGER")
MONTH = "date_trunc('month', date)::DATE"
# And the totals by month, type and live flag alone (a few rows per month), for what no
# code narrows: the dashboard, the first page, counts by type.
TOTALS = ("SELECT {MONTH} AS month, event, NOT negated AND NOT hypothetical AS live, "
          "count(*)::INT AS n FROM events {where} GROUP BY ALL")
CREATE = [f"CREATE TABLE event_counts ({COLUMNS})",
          "CREATE TABLE event_totals (month DATE, event VARCHAR, live BOOLEAN, n INTEGER)"]


def _counts_sql(where: str) -> str:
    """The event_counts rows of the events `where` selects."""
    return f"""
        SELECT month, event, live, a, r, count(*)::INT,
               count(*) FILTER (WHERE r IS NOT DISTINCT FROM r1)::INT,
               count(*) FILTER (WHERE a IS NOT DISTINCT FROM a1)::INT,
               count(*) FILTER (WHERE a IS NOT DISTINCT FROM a1
                                AND r IS NOT DISTINCT FROM r1)::INT,
               count(*) FILTER (WHERE a <> r AND list_contains(ac, r)
                                AND list_contains(rc, a))::INT
        FROM (SELECT *, unnest(rc) AS r FROM (
              SELECT *, unnest(ac) AS a FROM (
                SELECT {MONTH} AS month, event, NOT negated AND NOT hypothetical AS live,
                       CASE WHEN len(actor_codes) = 0 THEN [NULL::VARCHAR]
                            ELSE actor_codes END AS ac,
                       CASE WHEN len(recipient_codes) = 0 THEN [NULL::VARCHAR]
                            ELSE recipient_codes END AS rc,
                       actor_codes[1] AS a1, recipient_codes[1] AS r1
                FROM events {where})))
        GROUP BY ALL"""


BUILD = [f"INSERT INTO event_counts {_counts_sql('')}",
         "INSERT INTO event_totals " + TOTALS.format(MONTH=MONTH, where="")]
TABLES = ("event_counts", "event_totals")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recount every month from the events."""
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    for sql in BUILD:
        con.execute(sql)


def touched_months(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[Any]:
    """The months (None for undated events) of the events of these articles."""
    return {row[0] for row in con.execute(
        f"SELECT DISTINCT {MONTH} FROM events WHERE article_id IN (SELECT unnest(?))",
        [list(ids)]).fetchall()}


def refresh(con: duckdb.DuckDBPyConnection, months: set[Any]) -> None:
    """Recompute the counts of these months (None: undated events) from the events."""
    dated = sorted(m for m in months if m is not None)
    undated = None in months
    if not dated and not undated:
        return
    where = "WHERE (date_trunc('month', date)::DATE IN (SELECT unnest(?::DATE[])) OR " \
            "(? AND date IS NULL))"
    for table in TABLES:
        con.execute(f"DELETE FROM {table} WHERE month IN (SELECT unnest(?::DATE[])) OR "
                    "(? AND month IS NULL)", [dated, undated])
    con.execute(f"INSERT INTO event_counts {_counts_sql(where)}", [dated, undated])
    con.execute("INSERT INTO event_totals " + TOTALS.format(MONTH=MONTH, where=where),
                [dated, undated])


# ---- answering from the counts ----------------------------------------------------------
def answers(f: EventFilter) -> bool:
    """Whether the counts answer this filter exactly."""
    from .query import is_code

    sides = [f.actor, f.recipient, f.party, f.counterpart]
    if any(v and not (is_code(v) and len(v.strip()) == 3) for v in sides):
        return False  # names and sectors are not counted
    if f.party and (f.actor or f.recipient):
        return False
    return not (f.text or f.place or f.mode or f.bbox or f.coded or f.distinct or
                f.min_confidence is not None) and _whole(f.since, f.until)


def _whole(since: str | None, until: str | None) -> bool:
    if since and dt.date.fromisoformat(since).day != 1:
        return False
    if until:
        day = dt.date.fromisoformat(until)
        return day.day == calendar.monthrange(day.year, day.month)[1]
    return True


def _terms(f: EventFilter) -> list[tuple[int, str, str, list[Any]]]:
    """(sign, counter, condition on a and r, parameters): the filter's count is the sum
    of sign * counter over the rows meeting each condition."""
    code = {k: (v.strip()[:3] if v else None) for k, v in (
        ("actor", f.actor), ("recipient", f.recipient), ("party", f.party),
        ("counterpart", f.counterpart))}
    x, y = code["party"], code["counterpart"]
    if x and y:  # x and y facing each other, either way
        if x == y:
            return [(1, "n", "a = ? AND r = ?", [x, x])]
        return [(1, "n", "a = ? AND r = ?", [x, y]), (1, "n", "a = ? AND r = ?", [y, x]),
                (-1, "n_mirror", "a = ? AND r = ?", [x, y])]
    if x:  # x on either side
        return [(1, "n_actor", "a = ?", [x]), (1, "n_recipient", "r = ?", [x]),
                (-1, "n", "a = ? AND r = ?", [x, x])]
    a, r = code["actor"], code["recipient"]
    if a and r:
        return [(1, "n", "a = ? AND r = ?", [a, r])]
    if a:
        return [(1, "n_actor", "a = ?", [a])]
    if r:
        return [(1, "n_recipient", "r = ?", [r])]
    return [(1, "n_event", "TRUE", [])]


def _base(f: EventFilter) -> tuple[str, list[Any]]:
    from .query import QUADS

    where, params = [], []
    if not f.include_flagged:
        where.append("live")
    if f.event:
        where.append("event = ?")
        params.append(f.event.upper())
    if f.quad:
        where.append(f"event IN ({', '.join(repr(e) for e in QUADS[f.quad])})")
    if f.since:
        where.append("month >= CAST(? AS DATE)")
        params.append(f.since)
    if f.until:
        where.append("month <= CAST(? AS DATE)")
        params.append(f.until)
    return " AND ".join(where) or "TRUE", params


def _summed(f: EventFilter, keys: str) -> tuple[str, list[Any]]:
    """SQL summing the filter's count grouped by `keys` (columns of event_counts)."""
    base, base_params = _base(f)
    parts, params = [], []
    for sign, counter, cond, cond_params in _terms(f):
        table = "event_counts"
        if counter == "n_event":  # no code: the small table of totals
            table, counter = "event_totals", "n"
        parts.append(f"SELECT {keys + ', ' if keys else ''}{sign} * {counter} AS n "
                     f"FROM {table} WHERE {base} AND {cond}")
        params += base_params + cond_params
    group = f" GROUP BY {keys}" if keys else ""
    return (f"SELECT {keys + ', ' if keys else ''}sum(n)::BIGINT FROM ("
            f"{' UNION ALL '.join(parts)}){group}"), params


def count(con: duckdb.DuckDBPyConnection, f: EventFilter) -> int:
    sql, params = _summed(f, "")
    row = con.execute(sql, params).fetchone()
    return int(row[0] or 0) if row else 0


def grouped(con: duckdb.DuckDBPyConnection, f: EventFilter, keys: str
            ) -> list[tuple[Any, ...]]:
    """The filter's counts grouped by `keys` ("event", "month, event"), zeros left out."""
    sql, params = _summed(f, keys)
    return [(*row[:-1], int(row[-1])) for row in con.execute(sql, params).fetchall()
            if row[-1]]


def pairs(con: duckdb.DuckDBPyConnection, f: EventFilter) -> list[tuple[str, str, str, int]]:
    """(actor code, recipient code, event type, events) for the network: every pair of
    two different codes, as the events table's actor x recipient lists give them."""
    base, params = _base(f)
    return [(a, r, e, int(n)) for a, r, e, n in con.execute(
        f"SELECT a, r, event, sum(n)::BIGINT FROM event_counts WHERE {base} AND "
        "a IS NOT NULL AND r IS NOT NULL AND a <> r GROUP BY ALL", params).fetchall()]


def window(con: duckdb.DuckDBPyConnection, f: EventFilter, rows: int, newest_first: bool,
           start: dt.date | None = None) -> dt.date | None:
    """The month a page of `rows` events in date order reaches back (or, oldest first,
    forward) to, from `start`'s month if given: the first month at which the months
    passed hold that many events (the start month, whose events before the start a page
    has seen, counts for none). None when the dated events are fewer."""
    begin = start.replace(day=1) if start else None
    months = sorted(((m, n) for m, n in grouped(con, f, "month") if m is not None),
                    reverse=newest_first)
    total = 0
    for month, n in months:
        if begin is not None and (month > begin if newest_first else month < begin):
            continue
        if month != begin:
            total += n
        if total >= rows:
            return month  # type: ignore[no-any-return]
    return None
