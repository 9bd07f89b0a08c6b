"""The web UI in a real browser: headless Chromium against a server on 127.0.0.1.

Skipped where no Chromium is installed (`make test` installs Debian's chromium when it can).
"""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tacitus.model import Article
from tacitus.pipeline import Knowledge, extract_records
from tacitus.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.model,
              pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, nlp, knowledge: Knowledge  # type: ignore[no-untyped-def]
           ) -> Iterator[str]:
    import uvicorn

    from tacitus.web.app import create_app

    folder = tmp_path_factory.mktemp("browser")
    seed = (Path(__file__).parent / "fixtures" / "seed.txt").read_text(encoding="utf-8")
    text = seed.split(" ", 2)[2] if seed.lstrip().startswith("date") else seed
    articles = [Article("seed", text.strip(), "2023-09-13", title="Kim and Putin meet")]
    with Store(folder / "ui.duckdb") as store:
        store.write(list(extract_records(articles, nlp, knowledge)), "tacitus test")
        store.index_text()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(folder / "ui.duckdb"), host="127.0.0.1", port=port,
                            log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if uv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=5)


def chromium(url: str, profile: Path, *args: str) -> str:
    result = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}",  # type: ignore[list-item]
                             "--virtual-time-budget=5000", *args, url],
                            capture_output=True, text=True, timeout=90)
    return result.stdout


def test_dashboard_filter_and_article_in_a_browser(server: str, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    shots = tmp_path / "screenshots"
    shots.mkdir()
    dashboard = chromium(server + "/", profile, "--dump-dom")
    assert "Latest events" in dashboard and "CONSULT" in dashboard
    chromium(server + "/", profile, f"--screenshot={shots / 'dashboard.png'}",
             "--window-size=1280,900")
    events = chromium(server + "/events?actor=PRK", profile, "--dump-dom")
    kinds = re.findall(r'<span class="event">(\w+)</span>', events)
    assert "CONSULT" in kinds and "THREATEN" not in kinds  # USA's threat is filtered out
    link = re.search(r'href="(/articles/[^"]+)"', events)
    assert link, "an event links to its article"
    article = chromium(server + link.group(1), profile, "--dump-dom")
    assert re.search(r'<mark class="event" title="CONSULT[^"]*">met</mark>', article)
    chromium(server + link.group(1), profile, f"--screenshot={shots / 'article.png'}",
             "--window-size=1280,1400")
    assert (shots / "dashboard.png").stat().st_size > 10_000
    assert (shots / "article.png").stat().st_size > 10_000


def test_scripted_pages_draw_in_a_browser(server: str, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    world = chromium(server + "/map", profile, "--dump-dom")
    assert "<svg" in world and 'class="dot"' in world
    timeline = chromium(server + "/actors/PRK", profile, "--dump-dom")
    assert "uplot" in timeline
