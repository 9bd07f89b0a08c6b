"""The HTTP API and pages, in process through httpx (FastAPI's TestClient)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tacitus.model import Actor, Article, Event, Evidence, Place, Quote, Record, TimeExpr
from tacitus.store import Store
from tacitus.web.app import MAX_PAGE, create_app

SCRIPT = "<script>alert('x')</script>"


def record(article_id: str, day: str, event: str, actor: str, recipient: str,
           text: str = "Kim met Putin in Moscow.") -> Record:
    e = Event(event=event, mode=None, date=day,
              actor=(Actor("Kim", "Kim Jong Un", actor, "GOV"),),
              recipient=(Actor("Putin", "Vladimir Putin", recipient, "GOV"),),
              evidence=(Evidence(text, 4, 7, text[4:7]),), confidence=0.9,
              location=Place("Moscow", 17, 23, "Moscow", "RUS", 55.75, 37.62, 524901,
                             "city"))
    return Record(Article(article_id, text, day, title=f"Story {article_id}"), events=(e,),
                  quotes=(Quote(Actor("Kim", "Kim Jong Un", "PRK", "GOV"), "said",
                                text[:3], 0, 3, False),),
                  places=(Place("Moscow", 17, 23, "Moscow", "RUS", 55.75, 37.62, 524901,
                                "city"),
                          Place("Russian", 30, 37, "Russia", "RUS", 60.0, 100.0, 2017370,
                                "demonym")),
                  times=(TimeExpr("Moscow", 17, 23, day, "DATE"),))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(db) as store:
        store.write([record(f"a{i}", f"2023-0{1 + i % 9}-1{i % 9}", "CONSULT" if i % 2
                            else "ASSAULT", "PRK", "RUS") for i in range(60)], "x")
        store.write([record("evil", "2023-09-13", "ACCUSE", "USA", "RUS",
                            text=f"Kim {SCRIPT} said Moscow lied.")], "x")
        store.index_text()
    return TestClient(create_app(db))


def test_events_are_paged_and_capped(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 10}).json()
    assert first["total"] == 61 and len(first["events"]) == 10
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert {e["article_id"] for e in first["events"]}.isdisjoint(
        e["article_id"] for e in second["events"])
    assert client.get("/api/events", params={"limit": MAX_PAGE + 1}).status_code == 422


def test_event_filters(client: TestClient) -> None:
    def total(**params: str) -> int:
        return int(client.get("/api/events", params=params).json()["total"])

    assert total(actor="USA") == 1
    assert total(actor="PRK", recipient="RUS", event="CONSULT") == 30
    assert total(since="2023-09-01") == total(until="2023-12-31") - total(until="2023-08-31")
    assert total(place="RUS") == 61 and total(place="Moscow") == 61
    assert total(text="lied") == 1
    assert total(min_confidence="0.95") == 0 and total(min_confidence="0.9") == 61
    assert client.get("/api/events", params={"min_confidence": "2"}).status_code == 422


@pytest.mark.parametrize("params", [
    {"event": "EXPLODE"}, {"since": "yesterday"}, {"limit": "0"}, {"offset": "-1"},
    {"actor": "x" * 201},
])
def test_bad_parameters_are_4xx(client: TestClient, params: dict[str, str]) -> None:
    assert client.get("/api/events", params=params).status_code == 422


@pytest.mark.parametrize("value", ["' OR 1=1 --", "PRK'; DROP TABLE events; --", "%", "_"])
def test_filters_are_parameters_not_sql(client: TestClient, value: str) -> None:
    for name in ("actor", "recipient", "place", "text", "mode"):
        response = client.get("/api/events", params={name: value})
        assert response.status_code == 200, name
    assert client.get("/api/events").json()["total"] == 61


def test_actors_dyads_network_places(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    assert (actors[0]["code"], actors[0]["as_recipient"]) == ("RUS", 61)
    profile = client.get("/api/actors/PRK").json()
    assert profile["by_type"] == {"CONSULT": 30, "ASSAULT": 30}
    assert sum(sum(m[q] for q in m if q != "month") for m in profile["timeline"]) == 60
    dyad = client.get("/api/dyads", params={"a": "RUS", "b": "PRK"}).json()
    months = dyad["months"]
    assert sum(m["verbal cooperation"] for m in months) == 30
    assert sum(m["material conflict"] for m in months) == 30
    edges = client.get("/api/network").json()["edges"]
    assert {"source": "PRK", "target": "RUS", "weight": 60} in edges
    places = client.get("/api/places").json()
    assert places["type"] == "FeatureCollection"
    [moscow] = places["features"]
    assert moscow["geometry"]["coordinates"] == [37.62, 55.75]
    assert moscow["properties"]["mentions"] == 61
    with_demonyms = client.get("/api/places", params={"demonyms": "true"}).json()["features"]
    assert {f["properties"]["kind"] for f in with_demonyms} == {"city", "demonym"}
    assert "demonyms=true" in client.get("/map").text
    distinct = client.get("/api/events", params={"distinct": "true", "limit": 500}).json()
    assert distinct["total"] == len(distinct["events"])
    assert all(e["num_articles"] >= 1 and e["num_sources"] >= 1 for e in distinct["events"])
    assert client.get("/api/actors/P1").status_code == 422
    assert client.get("/api/dyads", params={"a": "PRK"}).status_code == 422


def test_quotes_article_and_search(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "PRK", "limit": 100}).json()["quotes"]
    assert len(quotes) == 61 and quotes[0]["cue"] == "said"
    assert quotes[0]["cue_kind"] == "speech"
    kinds = [("kind", "evidence"), ("kind", "speech"), ("limit", "100")]
    assert len(client.get("/api/quotes", params=kinds).json()["quotes"]) == 61
    assert client.get("/api/quotes", params={"kind": "evidence"}).json()["quotes"] == []
    assert client.get("/api/quotes", params={"kind": "gossip"}).status_code == 422
    article = client.get("/api/articles/evil").json()
    assert article["events"][0]["event"] == "ACCUSE" and article["places"][0]["name"] == "Moscow"
    assert client.get("/api/articles/nope").status_code == 404
    results = client.get("/api/search", params={"q": "lied"}).json()["results"]
    assert [r["id"] for r in results] == ["evil"]
    assert client.get("/api/search").status_code == 422


def test_export_formats(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={
        "format": "csv", "actor": "USA"}).text)))
    assert [(r["event_type"], r["actor_country"], r["quad_code"]) for r in rows] == [
        ("ACCUSE", "USA", "3")]
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    plover = json.loads(lines[0])
    assert len(lines) == 61 and {"id", "date", "actor", "recipient", "event"} <= set(plover)
    parquet = client.get("/api/export", params={"format": "parquet"})
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"
    assert client.get("/api/export", params={"format": "xls"}).status_code == 422


def test_pages_render_and_escape_article_text(client: TestClient) -> None:
    for url in ("/", "/events?actor=PRK", "/actors/PRK", "/dyads?a=PRK&b=RUS", "/network",
                "/map", "/search?q=lied", "/articles/a1", "/docs"):
        assert client.get(url).status_code == 200, url
    page = client.get("/articles/evil").text
    assert SCRIPT not in page and "&lt;script&gt;" in page
    assert '<mark class="event"' in page
    events = client.get("/events", params={"actor": SCRIPT}).text
    assert SCRIPT not in events


def test_security_headers_and_no_path_traversal(client: TestClient) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        assert client.get(url).status_code == 404, url
    assert client.get("/static/app.css").status_code == 200


def test_pages_carry_no_inline_script(client: TestClient) -> None:
    for url in ("/", "/actors/PRK", "/network", "/map"):
        html = client.get(url).text
        assert "<script>" not in html.replace(SCRIPT, "")
        assert all('src="/static/' in tag for tag in html.split("<script")[1:])


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    from tacitus.errors import StoreError

    with pytest.raises(StoreError, match="tacitus ingest"):
        create_app(tmp_path / "none.duckdb")
