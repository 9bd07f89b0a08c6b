"""The HTTP API and pages, in process through httpx (FastAPI's TestClient)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tacitus.export import NOT_TEXT, csv_cell
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
    for name in ("actor", "recipient", "place", "text", "party"):
        response = client.get("/api/events", params={name: value})
        assert response.status_code == 200, name
        assert response.json()["total"] == 0, name  # LIKE wildcards are taken literally
    assert client.get("/api/events", params={"mode": value}).status_code == 422
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
    prk_rus = next(e for e in edges if (e["source"], e["target"]) == ("PRK", "RUS"))
    assert prk_rus["weight"] == 60 and prk_rus["quad"] == "verbal cooperation"
    assert prk_rus["quads"]["material conflict"] == 30
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


def months_between(first: str, last: str) -> int:
    (y1, m1), (y2, m2) = (map(int, first.split("-")[:2]), map(int, last.split("-")[:2]))
    return (y2 - y1) * 12 + m2 - m1 + 1


def test_time_series_have_every_month_with_zeros(client: TestClient) -> None:
    series = client.get("/api/series", params={"step": "month"}).json()
    buckets = series["buckets"]
    assert len(buckets) == months_between(buckets[0]["start"], buckets[-1]["start"]) == 9
    assert sum(b[q] for b in buckets for q in series["quads"]) == 61
    timeline = client.get("/api/actors/PRK").json()["timeline"]
    assert [m["month"] for m in timeline] == [f"2023-0{n}" for n in range(1, 10)]
    sparse = client.get("/api/series", params={"actor": "USA", "step": "month"}).json()
    assert len(sparse["buckets"]) == 1 and sparse["buckets"][0]["verbal conflict"] == 1
    september = client.get("/api/series", params={"since": "2023-09-01"}).json()
    assert september["step"] == "week"  # a short span is counted by week
    assert all(b["start"] <= b["end"] for b in september["buckets"])
    assert client.get("/api/series", params={"step": "day"}).status_code == 422


def test_shared_filters_quad_coded_party_bbox_and_sorting(client: TestClient) -> None:
    def events(**params: str) -> dict:  # type: ignore[type-arg]
        return client.get("/api/events", params={"limit": "500", **params}).json()

    assert events(quad="material conflict")["total"] == 30
    assert events(coded="true")["total"] == 61
    assert events(party="RUS")["total"] == 61 and events(party="USA")["total"] == 1
    assert events(party="RUS", counterpart="USA")["total"] == 1  # either direction
    assert events(bbox="37,55,38,56")["total"] == 61 and events(bbox="0,0,1,1")["total"] == 0
    by_confidence = events(sort="event", order="asc")["events"]
    assert [e["event"] for e in by_confidence] == sorted(e["event"] for e in by_confidence)
    oldest = events(order="asc")["events"]
    assert oldest[0]["date"] <= oldest[-1]["date"]
    for bad in ({"quad": "cooperation"}, {"mode": "NOTAMODE"}, {"bbox": "1,2,3"},
                {"bbox": "10,0,5,1"}, {"since": "2023-09-10", "until": "2023-01-01"},
                {"sort": "sentence"}, {"order": "sideways"}):
        response = client.get("/api/events", params=bad)
        assert response.status_code == 422, bad
    assert "NOTAMODE" in client.get("/api/events", params={"mode": "NOTAMODE"}).text
    assert "is after" in client.get("/api/events", params={
        "since": "2023-09-10", "until": "2023-01-01"}).text


def test_event_map_points_and_network_carry_the_filter(client: TestClient) -> None:
    [moscow] = client.get("/api/map").json()["features"]
    assert moscow["properties"]["events"] == 61 and moscow["properties"]["name"] == "Moscow"
    assert moscow["properties"]["quad"] == "verbal cooperation"  # 31 of 61, ties to cooperation
    assert client.get("/api/map", params={"event": "ASSAULT"}).json()["features"][0][
        "properties"]["quads"]["material conflict"] == 30
    edges = client.get("/api/network", params={"event": "ACCUSE"}).json()["edges"]
    assert [(e["source"], e["target"], e["weight"]) for e in edges] == [("USA", "RUS", 1)]


def test_long_inputs_are_cut_in_error_messages(client: TestClient) -> None:
    response = client.get("/api/events", params={"since": "x" * 5000})
    assert response.status_code == 422 and len(response.text) < 400
    page = client.get("/events", params={"mode": "y" * 150})
    assert page.status_code == 422 and "y" * 60 not in page.text


def test_html_routes_answer_errors_with_pages_and_the_api_with_json(client: TestClient) -> None:
    for url in ("/actors/XYZ", "/articles/nope", "/places/1", "/no/such/page"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.headers["content-type"].startswith("text/html")
        assert "<h1>404" in response.text
    assert "XYZ" in client.get("/actors/XYZ").text
    invalid = client.get("/events", params={"since": "2023-09-10", "until": "2023-01-01"})
    assert invalid.status_code == 422 and "is after" in invalid.text
    assert invalid.headers["content-type"].startswith("text/html")
    for url in ("/api/actors/XYZ", "/api/articles/nope", "/api/nothing"):
        response = client.get(url)
        assert response.status_code == 404 and "detail" in response.json(), url


def test_head_is_allowed_and_big_answers_are_compressed(client: TestClient) -> None:
    for url in ("/", "/events", "/api/events", "/static/app.css", "/docs"):
        get, head = client.get(url), client.head(url)
        assert head.status_code == 200 and head.content == b"", url
        assert head.headers["content-type"] == get.headers["content-type"]
    big = client.get("/static/vendor/cytoscape.min.js", headers={"Accept-Encoding": "gzip"})
    assert big.headers["content-encoding"] == "gzip"
    small = client.get("/api/actors/USA", headers={"Accept-Encoding": "gzip"})
    assert len(small.content) < 1024 and "content-encoding" not in small.headers


def test_api_docs_and_index(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "<script" not in docs.text
    for operation in ("/api/events", "/api/series", "/api/map", "/api/export", "min_confidence"):
        assert operation in docs.text
    assert client.get("/redoc", follow_redirects=False).headers["location"] == "/docs"
    index = client.get("/api").json()
    paths = {op["path"] for op in index["operations"]}
    assert {"/api/events", "/api/series", "/api/quotes", "/api/articles/{article_id}"} <= paths
    assert index["docs"] == "/docs"


def test_pages_share_the_filter_through_their_links(client: TestClient) -> None:
    html = client.get("/events", params={"since": "2023-03-01", "quad": "material conflict",
                                         "limit": "5"}).text
    assert 'href="/map?since=2023-03-01&amp;quad=material+conflict"' in html
    assert 'href="/actors/PRK?since=2023-03-01&amp;quad=material+conflict"' in html
    assert 'class="prev"' not in html and 'class="next"' in html
    second = client.get("/events", params={"since": "2023-03-01", "limit": "5",
                                           "offset": "5"}).text
    assert 'class="prev"' in second and "offset=0" in second
    map_page = client.get("/map", params={"since": "2023-03-01"}).text
    assert 'name="since" value="2023-03-01"' in map_page
    assert "/api/map?since=2023-03-01" in map_page
    assert "/api/export?since=2023-03-01&amp;format=csv" in map_page
    for url in ("/", "/actors/PRK", "/dyads?a=PRK&b=RUS", "/network", "/quotes",
                "/places/524901"):
        page = client.get(url, params={"since": "2023-03-01"} if "?" not in url else None)
        assert page.status_code == 200, url
    dashboard = client.get("/", params={"event": "ASSAULT"}).text
    assert "30 events</a> match the filter" in dashboard
    actor = client.get("/actors/PRK").text
    assert "North Korea" in actor and "Kim Jong Un" in actor and "PRKGOV" in actor


def test_quotes_and_place_pages(client: TestClient) -> None:
    assert "No quotes." in client.get("/quotes", params={"speaker": "USA"}).text
    september = {"speaker": "PRK", "since": "2023-09-01"}
    quotes = client.get("/quotes", params=september).text
    expected = client.get("/api/quotes", params={**september, "limit": 500}).json()["quotes"]
    assert 0 < len(expected) < 61 and quotes.count("<tr><td>") == len(expected)
    assert client.get("/quotes", params={"kind": "gossip"}).status_code == 422
    place = client.get("/places/524901").text
    assert "Moscow" in place and "named 61 times" in place
    assert "/api/series?bbox=" in place


def test_an_event_links_to_its_sentence_with_its_parties_marked(client: TestClient) -> None:
    events = client.get("/events", params={"actor": "USA"}).text
    assert 'href="/articles/evil?focus=4#ev-4"' in events
    article = client.get("/articles/evil", params={"focus": "4"}).text
    assert '<mark class="event focus" title="ACCUSE (this event)" id="ev-4">' in article
    assert '<mark class="actor" title="actor USAGOV">Kim</mark>' in article
    assert 'title="recipient' not in article  # "Putin" is not in this sentence
    plain = client.get("/articles/evil").text
    assert 'class="actor"' not in plain and 'id="ev-4"' in plain


@pytest.fixture(scope="module")
def tricky(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """Articles whose fields try what a hostile source could: a formula title, a script
    URL, ids with slashes and other URL characters."""
    db = tmp_path_factory.mktemp("tricky") / "tricky.duckdb"
    formula = '=HYPERLINK("http://evil.example","click")'
    records = [record("wire/2023/09/13#1?x=%", "2023-09-13", "CONSULT", "PRK", "RUS"),
               record("@sum", "2023-09-14", "ACCUSE", "USA", "RUS")]
    bad_url = record("js", "2023-09-15", "ASSAULT", "PRK", "RUS")
    records.append(Record(Article("js", bad_url.article.text, "2023-09-15", title=formula,
                                  url="javascript:alert(1)"), events=bad_url.events))
    good = record("ok", "2023-09-16", "AID", "RUS", "PRK")
    records.append(Record(Article("ok", good.article.text, "2023-09-16", title="Fine",
                                  url="https://news.example/story"), events=good.events))
    with Store(db) as store:
        store.write(records, "x")
    return TestClient(create_app(db))


def test_only_web_addresses_become_links(tricky: TestClient) -> None:
    page = tricky.get("/articles/js").text
    assert 'href="javascript' not in page and "javascript:alert(1)" in page  # shown, inert
    assert 'href="https://news.example/story"' in tricky.get("/articles/ok").text


def test_csv_cells_that_spreadsheets_would_run_are_neutralised(tricky: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(tricky.get("/api/export").text)))
    by_id = {r["story_id"]: r for r in rows}
    assert by_id["js"]["story_title"] == '\'=HYPERLINK("http://evil.example","click")'
    assert by_id["'@sum"]["event_id"].startswith("'@sum")  # ids are guarded too
    assert all(not value.startswith(("=", "+", "-", "@")) for r in rows
               for column, value in r.items() if column not in NOT_TEXT)
    assert any(float(r["plover_score"]) < 0 for r in rows)  # numbers stay numbers


def test_ids_with_url_characters_round_trip(tricky: TestClient) -> None:
    events = tricky.get("/events").text
    link = '/articles/wire%2F2023%2F09%2F13%231%3Fx%3D%25?focus=4#ev-4'
    assert f'href="{link}"' in events
    assert tricky.get(link.split("#")[0]).status_code == 200
    api = tricky.get("/api/articles/wire%2F2023%2F09%2F13%231%3Fx%3D%25").json()
    assert api["id"] == "wire/2023/09/13#1?x=%"


def test_csv_cell_guards_formulas_and_writes_lists_as_json() -> None:
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("\tx") == "'\tx"
    assert csv_cell("Kim met Putin") == "Kim met Putin" and csv_cell(-3.5) == -3.5
    assert csv_cell([{"code": "PRK"}]) == '[{"code": "PRK"}]'


def test_keyset_paging_through_the_api(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 20}).json()
    second = client.get("/api/events", params={"limit": 20, "after": first["next_after"]}).json()
    by_offset = client.get("/api/events", params={"limit": 20, "offset": 20}).json()
    assert second["events"] == by_offset["events"] and second["total"] == 61
    last = client.get("/api/events", params={"limit": 20, "offset": 60}).json()
    assert last["next_after"] is None and len(last["events"]) == 1
    assert client.get("/api/events", params={"after": "nonsense!"}).status_code == 422
    assert client.get("/api/events", params={"after": first["next_after"],
                                             "sort": "event"}).status_code == 422


def test_the_server_shares_one_connection_and_lets_a_writer_in(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from tacitus.web import deps

    db = tmp_path / "shared.duckdb"
    with Store(db) as store:
        store.write([record("a1", "2023-09-13", "CONSULT", "PRK", "RUS")], "x")
    app = create_app(db)
    client = TestClient(app)
    assert client.get("/api/events").json()["total"] == 1
    readers = app.state.readers
    assert readers.shared is not None  # kept for the next request
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sys; from tacitus.store import Store; from tests.test_web import record; "
        "s = Store(sys.argv[1], wait=30); "
        "s.write([record('a2', '2023-09-14', 'ASSAULT', 'PRK', 'RUS')], 'x'); s.close()"),
        str(db)], cwd=Path(__file__).parent.parent)
    totals = []
    while writer.poll() is None:  # requests keep coming all the while
        totals.append(client.get("/api/events").json()["total"])
        time.sleep(0.05)
    assert writer.returncode == 0 and totals and set(totals) <= {1, 2}
    assert client.get("/api/events").json()["total"] == 2  # the write is seen at once
    deadline = time.monotonic() + deps.IDLE + 3
    while readers.shared is not None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert readers.shared is None  # idle: the file is free


def test_an_operation_is_summed_up_by_its_first_sentence() -> None:
    from tacitus.web.docs import summary

    assert summary({"description": "Quotes by kind (repeat `kind`: speech). More."}) == \
        "Quotes by kind (repeat `kind`: speech)"
    assert summary({"description": "Events, filtered; limit at most 500"}) == "Events, filtered"
    assert summary({"summary": "Api Index"}) == "Api Index"
