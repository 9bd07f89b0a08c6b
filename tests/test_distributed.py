"""The distributed ingest on a local Dask cluster: same rows as one process, through a
worker's death and an interrupted run."""
from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tacitus.data import demo_sources
from tacitus.distributed import Job, Progress, partition_id, process_partition, run
from tacitus.ingest import Problem, read_articles
from tacitus.model import Article
from tacitus.pipeline import Knowledge, extract_records
from tacitus.store import Store

pytestmark = pytest.mark.model
ARTICLES = 160
PARTITION = 20


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = next(s for s in demo_sources() if s.endswith(".jsonl"))
    lines = Path(source).read_text(encoding="utf-8").splitlines()[:ARTICLES]
    path = tmp_path_factory.mktemp("dist") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory, nlp,  # type: ignore[no-untyped-def]
              knowledge: Knowledge) -> dict[str, list[tuple[object, ...]]]:
    db = tmp_path_factory.mktemp("ref") / "single.duckdb"
    problems: list[Problem] = []
    records = list(extract_records(read_articles([str(corpus)], problems.append), nlp,
                                   knowledge))
    with Store(db) as store:
        store.write(records, "tacitus test")
    return rows(db)


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, read_only=True) as store:
        return {table: store.con.execute(
            f"SELECT * EXCLUDE ({'ingested_at' if table == 'articles' else 'id'}) FROM {table} "
            "ORDER BY ALL").fetchall() for table in ("articles", "events", "quotes", "places",
                                                     "times")}


def load(dataset: Path, db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db) as store:
        store.load_dataset(dataset)
    return rows(db)


def test_two_workers_store_what_one_process_stores(corpus: Path, reference, tmp_path: Path
                                                   ) -> None:  # type: ignore[no-untyped-def]
    job = Job(str(tmp_path / "parts"), "tacitus test")
    progress = run([str(corpus)], job, lambda p: None, workers=2, partition=PARTITION)
    assert progress.partitions == ARTICLES // PARTITION and progress.articles == ARTICLES
    assert load(tmp_path / "parts", tmp_path / "dist.duckdb") == reference


def test_a_worker_killed_mid_job_changes_nothing(corpus: Path, reference, tmp_path: Path
                                                 ) -> None:  # type: ignore[no-untyped-def]
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    killed: list[int] = []

    def kill_one(progress: Progress) -> None:
        if progress.partitions == 1 and not killed:
            with Client(cluster.scheduler_address) as client:
                pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    try:
        job = Job(str(tmp_path / "parts"), "tacitus test")
        progress = run([str(corpus)], job, lambda p: None, cluster=cluster.scheduler_address,
                       partition=PARTITION, report=kill_one)
    finally:
        cluster.close()
    assert killed and progress.articles == ARTICLES
    assert load(tmp_path / "parts", tmp_path / "dist.duckdb") == reference


def test_an_interrupted_run_resumes(corpus: Path, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parts = tmp_path / "parts"
    job = Job(str(parts), "tacitus test")
    run([str(corpus)], job, lambda p: None, workers=1, partition=PARTITION)
    lost = sorted((parts / "_done").iterdir())[:3]  # as if the run had stopped before these
    for marker in lost:
        marker.unlink()
        for table in ("articles", "events"):
            (parts / table / f"part-{marker.name}.parquet").unlink()
    progress = run([str(corpus)], job, lambda p: None, workers=2, partition=PARTITION)
    assert (progress.partitions, progress.skipped) == (3, ARTICLES // PARTITION - 3)
    assert load(parts, tmp_path / "dist.duckdb") == reference


def test_dataset_can_be_an_fsspec_url(corpus: Path, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tacitus.distributed import local_dataset

    url = (tmp_path / "remote").as_uri()  # file:///...: the fsspec code path, locally
    run([str(corpus)], Job(url, "tacitus test"), lambda p: None, workers=1, partition=PARTITION * 4)
    with local_dataset(url) as folder:
        assert load(folder, tmp_path / "db.duckdb") == reference


def test_loading_twice_changes_nothing(corpus: Path, reference, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    job = Job(str(tmp_path / "parts"), "tacitus test")
    run([str(corpus)], job, lambda p: None, workers=1, partition=PARTITION * 4)
    load(tmp_path / "parts", tmp_path / "db.duckdb")
    with Store(tmp_path / "db.duckdb") as store:
        again = store.load_dataset(tmp_path / "parts")
    assert (again.articles, again.unchanged) == (0, ARTICLES)
    assert rows(tmp_path / "db.duckdb") == reference


def _versions(prefix: str, n: int, verb: str) -> list[Article]:
    cities = ["Lima", "Quito", "Bogota", "Caracas", "La Paz", "Asuncion"]
    return [Article(f"{prefix}{i}", f"Police {verb} protesters in {cities[i % 6]} on Monday.",
                    "2024-02-07", origin=f"test:{i}") for i in range(n)]


def _by_text(db: Path) -> dict[str, tuple[str, int]]:
    with Store(db, read_only=True) as store:
        got = store.con.execute(
            "SELECT a.id, a.text, count(e.id) FROM articles a LEFT JOIN events e ON "
            "e.article_id = a.id GROUP BY ALL").fetchall()
        stray = store.con.execute(
            "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE position(e.sentence IN a.text) = 0").fetchone()
    assert stray == (0,)  # every event's evidence is in its own article's text
    return {i: (t, n) for i, t, n in got}


def test_an_old_part_never_revives_an_article_stored_since(tmp_path: Path, nlp,  # type: ignore[no-untyped-def]
                                                           knowledge: Knowledge) -> None:
    job, db = Job(str(tmp_path / "parts"), "tacitus test"), tmp_path / "d.duckdb"
    old, new = _versions("a", 4, "arrested"), _versions("a", 4, "attacked")
    process_partition(partition_id(old), old, job)
    load(tmp_path / "parts", db)
    with Store(db) as store:  # re-ingested with new text, without the cluster
        store.write(list(extract_records(new, nlp, knowledge)), "tacitus test")
    other = _versions("b", 2, "detained")
    process_partition(partition_id(other), other, job)  # an unrelated job on the cluster
    load(tmp_path / "parts", db)
    stored = _by_text(db)
    assert {stored[a.id][0] for a in new} == {a.text for a in new}
    assert len(stored) == 6


def test_of_two_parts_with_one_article_the_newest_wins_with_its_own_rows(
        tmp_path: Path, nlp, knowledge: Knowledge) -> None:  # type: ignore[no-untyped-def]
    job, db = Job(str(tmp_path / "parts"), "tacitus test"), tmp_path / "d.duckdb"
    old, new = _versions("a", 4, "arrested"), _versions("a", 4, "attacked")
    old += [Article("a9", "Police arrested protesters in Lima. They also arrested a "
                          "journalist in Cusco.", "2024-02-07")]
    new += [Article("a9", "Rain fell in Lima.", "2024-02-07")]
    process_partition(partition_id(old), old, job)
    process_partition(partition_id(new), new, job)  # the same ids through the cluster again
    load(tmp_path / "parts", db)
    with Store(tmp_path / "single.duckdb") as store:
        store.write(list(extract_records(new, nlp, knowledge)), "tacitus test")
    assert _by_text(db) == _by_text(tmp_path / "single.duckdb")
