"""The web UI in a real browser: headless Chromium against a server on 127.0.0.1, over
the bundled demo corpus.

Skipped where no Chromium is installed (`make test` installs Debian's chromium when it can).
Screenshots go to $TACITUS_SCREENSHOTS when set (`make screenshots` writes the README's
pictures to docs/screenshots), else to the test's own folder.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tacitus.api import ingest
from tacitus.data import demo_sources
from tacitus.pipeline import Knowledge, Pipeline

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.model,
              pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, nlp, knowledge: Knowledge  # type: ignore[no-untyped-def]
           ) -> Iterator[str]:
    import uvicorn

    from tacitus.store import Store
    from tacitus.web.app import create_app

    db = tmp_path_factory.mktemp("browser") / "ui.duckdb"
    ingest(demo_sources(), db, Pipeline(nlp, knowledge))
    with Store(db) as store:
        store.index_text()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                       log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if uv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("TACITUS_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def chromium(url: str, profile: Path, *args: str) -> str:
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}",  # type: ignore[list-item]
                             "--virtual-time-budget=8000", *args, url],
                            capture_output=True, text=True, timeout=120)
    return result.stdout


def screenshot(url: str, profile: Path, path: Path, height: int = 1000) -> None:
    chromium(url, profile, f"--screenshot={path}", f"--window-size=1280,{height}")
    assert path.stat().st_size > 10_000, path


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our loopback server
        return bytes(response.read())


def href(page: str, pattern: str) -> str:
    found = re.search(pattern, page)
    assert found, pattern
    return html.unescape(found.group(1))


def months_between(first: str, last: str) -> int:
    (y1, m1), (y2, m2) = (map(int, first.split("-")[:2]), map(int, last.split("-")[:2]))
    return (y2 - y1) * 12 + m2 - m1 + 1


def test_dashboard_timeline_has_every_month(server: str, tmp_path: Path, shots: Path) -> None:
    dom = chromium(server + "/", tmp_path, "--dump-dom")
    assert "Latest events" in dom and "CONSULT" in dom
    starts = re.findall(r'<g class="bucket" data-start="([\d-]+)"', dom)
    assert len(starts) >= 2
    assert len(starts) == months_between(starts[0], starts[-1])  # empty months drawn too
    assert len(set(starts)) == len(starts)
    assert 'class="chart-legend"' in dom and "material conflict: " in dom
    screenshot(server + "/", tmp_path, shots / "dashboard.png", 1300)


def test_a_filter_set_on_one_page_is_set_after_following_a_link(server: str,
                                                                tmp_path: Path) -> None:
    events = chromium(server + "/events?since=2015-09-10&until=2015-09-20&quad=material+conflict",
                      tmp_path, "--dump-dom")
    assert 'name="since" value="2015-09-10"' in events
    to_map = href(events, r'<a href="(/map\?[^"]+)">Map</a>')
    world = chromium(server + to_map, tmp_path, "--dump-dom")
    assert 'name="since" value="2015-09-10"' in world and 'name="until" value="2015-09-20"' in world
    assert re.search(r'<option selected="">material conflict</option>', world)
    actor = href(events, r'<a href="(/actors/[A-Z]{3}\?[^"]+)">')
    assert "since=2015-09-10" in actor
    page = chromium(server + actor, tmp_path, "--dump-dom")
    assert 'name="since" value="2015-09-10"' in page


def test_the_download_button_returns_the_filtered_rows(server: str, tmp_path: Path) -> None:
    view = "/events?actor=RUS&since=2015-09-01"
    dom = chromium(server + view, tmp_path, "--dump-dom")
    shown = int(re.search(r'<p class="total">(\d+) event mentions', dom).group(1))  # type: ignore[union-attr]
    link = href(dom, r'<a class="download" href="([^"]+format=csv)"')
    rows = list(csv.DictReader(io.StringIO(fetch(server + link).decode("utf-8"))))
    assert len(rows) == shown > 0
    codes = json.loads(fetch(server + "/api/events?actor=RUS&since=2015-09-01&limit=500"))
    assert {e["article_id"] for e in codes["events"]} == {r["story_id"] for r in rows}
    assert all(r["story_date"] >= "2015-09-01" for r in rows)


def test_the_map_draws_events_and_a_click_lists_them(server: str, tmp_path: Path,
                                                     shots: Path) -> None:
    dom = chromium(server + "/map#busiest", tmp_path, "--dump-dom")
    dots = re.findall(r'<circle [^>]*class="dot event-dot"[^>]*>', dom)
    assert dots and all('fill="#' in d for d in dots)  # coloured by quad class
    listed = re.search(r'<section id="map-events"[^>]*>(.*?)</section>', dom, re.S)
    assert listed and re.search(r"<h2>\d+ events at ", listed.group(1))
    assert listed.group(1).count("<tr>") >= 1 and 'class="all-events"' in listed.group(1)
    screenshot(server + "/map#busiest", tmp_path, shots / "map.png", 1200)


def test_actor_network_docs_and_article_pages_draw(server: str, tmp_path: Path,
                                                   shots: Path) -> None:
    actor = chromium(server + "/actors/RUS", tmp_path, "--dump-dom")
    assert "Russia" in actor and '<g class="bucket"' in actor
    screenshot(server + "/actors/RUS", tmp_path, shots / "actor.png", 1300)
    network = chromium(server + "/network", tmp_path, "--dump-dom")
    assert re.search(r'data-drawn="\d+"', network)
    docs = chromium(server + "/docs", tmp_path, "--dump-dom")
    for operation in ("/api/events", "/api/series", "/api/map", "/api/export"):
        assert f"<code>{operation}</code>" in docs
    events = chromium(server + "/events?actor=PRK", tmp_path, "--dump-dom")
    link = href(events, r'href="(/articles/[^"]+\?focus=\d+#ev-\d+)"')
    article = chromium(server + link, tmp_path, "--dump-dom")
    assert re.search(r'<mark class="event focus" title="CONSULT[^"]*" id="ev-\d+">met</mark>',
                     article)
    assert '<mark class="actor"' in article and '<mark class="recipient"' in article
    screenshot(server + link.split("#")[0], tmp_path, shots / "article.png", 1100)


def test_dyad_place_and_quotes_pages_draw(server: str, tmp_path: Path) -> None:
    top = json.loads(fetch(server + "/api/network?limit=1"))["edges"][0]
    dyad = chromium(server + f"/dyads?a={top['source']}&b={top['target']}", tmp_path,
                    "--dump-dom")
    bars = re.findall(r'<g class="bucket" data-start="[\d-]+" data-total="(\d+)"', dyad)
    assert sum(map(int, bars)) >= top["weight"]  # both directions
    place = json.loads(fetch(server + "/api/map?limit=1"))["features"][0]["properties"]
    geonameid = next(p["properties"]["geonameid"] for p in json.loads(
        fetch(server + "/api/places?limit=5000"))["features"]
        if p["properties"]["name"] == place["name"])
    page = chromium(server + f"/places/{geonameid}", tmp_path, "--dump-dom")
    bars = re.findall(r'<g class="bucket" data-start="[\d-]+" data-total="(\d+)"', page)
    assert sum(map(int, bars)) == place["events"]
    quotes = chromium(server + "/quotes?kind=speech", tmp_path, "--dump-dom")
    assert "<td>speech</td>" in quotes and "<td>belief</td>" not in quotes
