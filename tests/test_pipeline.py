"""The pipeline as registered components: order, contract, extensions, fingerprint, and the
same records as before it was made of components."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import tacitus
from tacitus.components import COMPONENTS, Stage
from tacitus.data import demo_sources
from tacitus.errors import ConfigError
from tacitus.ingest import read_articles
from tacitus.pipeline import DEFAULT_COMPONENTS, Knowledge, Pipeline, assemble, component_names

GOLDEN = Path(__file__).parent / "golden" / "demo_records.jsonl.gz"


def test_default_components_are_in_a_valid_order() -> None:
    names = [c.name for c in assemble()]
    assert names == list(DEFAULT_COMPONENTS)
    assert all(n.startswith("tacitus.") and n.endswith(".v1") for n in names)


def test_a_component_before_what_it_needs_is_refused() -> None:
    with pytest.raises(ConfigError, match="needs actors"):
        assemble(["tacitus.events.rules.v1", "tacitus.times.rules.v1"])


def test_an_unknown_component_names_the_registered_ones() -> None:
    with pytest.raises(ConfigError, match="tacitus.events.rules.v1"):
        assemble(["nobody.nothing.v1"])


def test_component_names_come_from_a_comma_list_or_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert component_names("a.v1, b.v1") == ("a.v1", "b.v1")
    monkeypatch.setenv("TACITUS_COMPONENTS", "tacitus.times.rules.v1")
    assert component_names() == ("tacitus.times.rules.v1",)
    with pytest.raises(ConfigError):
        component_names(" , ")


@pytest.mark.model
def test_a_registered_toy_component_reaches_the_record(nlp, knowledge: Knowledge  # type: ignore[no-untyped-def]
                                                       ) -> None:
    seen: dict[str, object] = {}

    @tacitus.component("test.sentence_lengths.v1", adds="sentence_lengths", needs=("places",))
    def lengths(stage: Stage) -> tuple[int, ...]:
        seen["places"] = stage["places"]
        return tuple(len(s.text) for s in stage.doc.sents)

    try:
        pipeline = tacitus.Pipeline(nlp, knowledge, [*DEFAULT_COMPONENTS,
                                                     "test.sentence_lengths.v1"])
        text = "The ministers met in Oslo. They signed a treaty on fishing rights."
        record = next(pipeline.extract([tacitus.Article("toy", text, "2024-05-02")]))
    finally:
        del COMPONENTS["test.sentence_lengths.v1"]
    assert record.extensions["sentence_lengths"] == (26, 39)
    assert record.to_json()["extensions"] == {"sentence_lengths": [26, 39]}
    assert [p.text for p in seen["places"]] == ["Oslo"]  # type: ignore[attr-defined]
    assert "test.sentence_lengths.v1" in pipeline.fingerprint


@pytest.mark.model
def test_a_stage_cannot_change_what_an_earlier_one_added(nlp, knowledge: Knowledge  # type: ignore[no-untyped-def]
                                                         ) -> None:
    @tacitus.component("test.meddler.v1", adds="meddling", needs=("times",))
    def meddle(stage: Stage) -> None:
        stage.outputs["times"] = ()  # type: ignore[index]

    try:
        pipeline = Pipeline(nlp, knowledge, ["tacitus.times.rules.v1", "test.meddler.v1"])
        with pytest.raises(TypeError):
            next(pipeline.extract([tacitus.Article("m", "It rained on Monday.", "2024-05-02")]))
    finally:
        del COMPONENTS["test.meddler.v1"]


@pytest.mark.model
def test_without_the_events_component_no_events_and_another_fingerprint(
        nlp, knowledge: Knowledge) -> None:  # type: ignore[no-untyped-def]
    full = Pipeline(nlp, knowledge)
    partial = Pipeline(nlp, knowledge, ["tacitus.times.rules.v1",
                                        "tacitus.places.gazetteer.v1"])
    article = tacitus.Article("p", "Protesters marched in Lima on Friday.", "2024-05-04")
    record = next(partial.extract([article]))
    assert record.events == () and [t.value for t in record.times] == ["2024-05-03"]
    assert partial.fingerprint != full.fingerprint


def test_the_fingerprint_follows_the_user_dictionary(tmp_path: Path) -> None:
    actors = tmp_path / "actors.tsv"
    actors.write_text("phrase\tcode\tsector\tstart\tend\nHarbour Board\tNOR\tGOV\t\t\n",
                      encoding="utf-8")
    first = Knowledge.load(str(actors)).data_hash
    assert first == Knowledge.load(str(actors)).data_hash
    actors.write_text("phrase\tcode\tsector\tstart\tend\nHarbour Board\tSWE\tGOV\t\t\n",
                      encoding="utf-8")
    assert Knowledge.load(str(actors)).data_hash != first
    assert Knowledge.load().data_hash != first


@pytest.mark.model
def test_records_of_the_demo_corpus_are_those_before_the_components(
        nlp, knowledge: Knowledge) -> None:  # type: ignore[no-untyped-def]
    """The golden output was made by the hand-wired pipeline before it became components;
    scripts/make_golden.py remakes it when a change of output is intended (and listed)."""
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as f:
        golden = [json.loads(line) for line in f]
    articles = read_articles(sorted(demo_sources(), key=lambda s: not s.endswith(".txt")),
                             lambda p: None)
    records = [r.to_json() for r in Pipeline(nlp, knowledge).extract(articles)]
    assert len(records) == len(golden)
    for got, want in zip(records, golden):
        assert got == want, f"record {want['id']} differs"
