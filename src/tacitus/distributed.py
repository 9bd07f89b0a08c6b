"""Scale out: the same per-article function on a Dask cluster, results as Parquet parts.

The client reads the input (reporting bad records as the single-process ingest does) and
sends partitions of articles to the workers, a bounded number at a time, so memory stays
flat however large the input. Each worker process loads the spaCy pipeline and the packaged
knowledge once, runs `pipeline.record_of` on its partition and writes one Parquet file per
table (articles, events, quotes, places, times: the store's schema) into the dataset
folder, then a marker that the partition is done. A partition's id is a hash of its
articles, so a retried or resumed partition rewrites the same files: no duplicate rows,
and a rerun skips finished partitions.

The dataset is a local folder or any fsspec URL the workers can all reach
(`s3://bucket/news`, `gcs://...`, `file:///shared/news`), given the filesystem's package.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import duckdb
import fsspec

from .errors import StoreError
from .ingest import OnProblem, Problem, extraction_problem, read_articles
from .model import Article
from .store import TABLES, rows_file, select_json, table_rows

PARTITION = 100  # articles per task
DONE = "_done"


@dataclass(frozen=True)
class Job:
    """What every worker needs to know: where to write, and how to extract."""

    dataset: str
    extractor: str  # the client's pipeline fingerprint; every worker must match it
    model: str | None = None
    actor_file: str | None = None
    components: tuple[str, ...] | None = None


def partition_id(articles: list[Article]) -> str:
    digest = hashlib.sha256()
    for a in articles:
        digest.update(f"{a.id}\x00{a.date}\x00{a.title}\x00{a.url}\x00{a.source}\x00".encode())
        digest.update(a.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def _fs(dataset: str) -> tuple[Any, str]:
    """The dataset's filesystem and its root path on it (local folders included)."""
    try:
        fs, root = fsspec.core.url_to_fs(dataset)
    except (ImportError, ValueError, OSError) as e:
        raise StoreError(f"{dataset}: cannot open the dataset ({e}); give a folder or a URL "
                         "whose filesystem package is installed (s3fs for s3://, gcsfs for "
                         "gcs://)") from None
    return fs, root.rstrip("/")


def is_done(dataset: str, pid: str) -> bool:
    fs, root = _fs(dataset)
    return bool(fs.exists(f"{root}/{DONE}/{pid}"))


@contextmanager
def local_dataset(dataset: str) -> Iterator[Path]:
    """The dataset as a local folder: itself when local, else a temporary copy."""
    fs, root = _fs(dataset)
    if "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)):
        yield Path(root)
        return
    with tempfile.TemporaryDirectory(prefix="tacitus-dataset-") as tmp:
        try:
            fs.get(f"{root}/", tmp, recursive=True)
        except OSError as e:
            raise StoreError(f"{dataset}: cannot read the dataset ({e}); check the URL and "
                             "that this machine may read it") from None
        yield Path(tmp)


_LOADED: dict[tuple[str | None, str | None, tuple[str, ...] | None], Any] = {}


def _pipeline(job: Job) -> Any:
    """The pipeline of this worker process, loaded on its first task."""
    key = (job.model, job.actor_file, job.components)
    if key not in _LOADED:
        from .pipeline import Pipeline

        _LOADED[key] = Pipeline.load(job.model, job.actor_file, job.components)
    return _LOADED[key]


def process_partition(pid: str, articles: list[Article], job: Job) -> dict[str, Any]:
    """Extract one partition and write its Parquet parts; returns row counts per table
    and the articles that failed, as (origin, message) pairs: a poison article is that
    article's problem, never the worker's or the job's."""
    pipeline = _pipeline(job)
    failures: list[tuple[str, str]] = []

    def failed(article: Article, e: Exception) -> None:
        problem = extraction_problem(article, e)
        failures.append((problem.where, problem.message))

    records = list(pipeline.extract(articles, on_error=failed))
    rows = table_rows(records, job.extractor)
    write_parts(job.dataset, pid, rows)
    return {**{table: len(rows[table]) for table in rows}, "failures": failures}


def write_parts(dataset: str, pid: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """One Parquet file per table, each written under a temporary name and moved into
    place; the partition's done-marker last."""
    fs, root = _fs(dataset)
    con = duckdb.connect()
    try:
        with tempfile.TemporaryDirectory(prefix="tacitus-part-") as tmp:
            for table, columns in TABLES.items():
                local = Path(tmp) / f"{table}.parquet"
                with rows_file(rows[table]) as path:
                    source = f"({select_json(columns)})" if path else _empty(columns)
                    con.execute(f"COPY {source} TO '{_sql(local)}' (FORMAT parquet)",
                                [path] if path else [])
                fs.makedirs(f"{root}/{table}", exist_ok=True)
                partial = f"{root}/{table}/.part-{pid}.{os.getpid()}.tmp"
                fs.put_file(str(local), partial)
                fs.mv(partial, f"{root}/{table}/part-{pid}.parquet")
    finally:
        con.close()
    fs.makedirs(f"{root}/{DONE}", exist_ok=True)
    fs.pipe_file(f"{root}/{DONE}/{pid}", b"done\n")


def _empty(columns: dict[str, str]) -> str:
    cols = ", ".join(f'CAST(NULL AS {kind}) AS "{name}"' for name, kind in columns.items())
    return f"(SELECT {cols} LIMIT 0)"


def _sql(path: Path) -> str:
    return str(path).replace("'", "''")


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while part := list(islice(iterator, size)):
        yield part


@dataclass
class Progress:
    partitions: int = 0
    skipped: int = 0
    articles: int = 0
    events: int = 0


def run(sources: Iterable[str], job: Job, on_problem: OnProblem, workers: int = 2,
        cluster: str | None = None, partition: int = PARTITION,
        report: Callable[[Progress], None] = lambda p: None,
        default_date: str | None = None) -> Progress:
    """Extract everything in `sources` on a Dask cluster into the dataset folder;
    `default_date` dates what the files leave undated."""
    from dask.distributed import Client, LocalCluster, wait

    local = None if cluster else LocalCluster(n_workers=workers, threads_per_worker=1,
                                              processes=True, dashboard_address=None)
    client = Client(cluster or local)
    progress = Progress()
    try:
        window = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        pending: set[Any] = set()

        def collect(done: Iterable[Any]) -> None:
            for future in done:
                counts = future.result()
                for where, message in counts["failures"]:
                    on_problem(Problem(where, message))
                progress.partitions += 1
                progress.articles += counts["articles"]
                progress.events += counts["events"]
                report(progress)

        for part in _partitions(read_articles(sources, on_problem, default_date), partition):
            pid = partition_id(part)
            if is_done(job.dataset, pid):
                progress.skipped += 1
                report(progress)
                continue
            pending.add(client.submit(process_partition, pid, part, job, key=f"part-{pid}",
                                      retries=3, pure=False))
            if len(pending) >= window:
                finished = wait(pending, return_when="FIRST_COMPLETED")
                collect(finished.done)
                pending = set(finished.not_done)
        collect(wait(pending).done)
    finally:
        client.close()
        if local is not None:
            local.close()
    return progress
