from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.errors import GoldError
from tacitus.evaluate import EventScore, GoldEvent, GoldSentence, read_gold
from tacitus.model import Actor, Article, Event, Evidence, Record


def sentence(kind: str, sources: set[str], targets: set[str]) -> GoldSentence:
    article = Article(id="s", text="x", date=None)
    return GoldSentence(article, (GoldEvent(kind, frozenset(sources), frozenset(targets)),))


def predicted(*events: tuple[str, str | None, str | None, bool]) -> Record:
    out = tuple(Event(event=kind, mode=None, date=None,
                      actor=(Actor("a", code=actor),) if actor else (),
                      recipient=(Actor("r", code=recipient),) if recipient else (),
                      evidence=(Evidence("x", 0, 1, "x"),), hypothetical=hyp)
                for kind, actor, recipient, hyp in events)
    return Record(Article(id="s", text="x", date=None), out)


def test_scores_follow_the_evaluation_definitions() -> None:
    score = EventScore()
    score.add(sentence("ASSAULT", {"ISR"}, {"PSE"}),
              predicted(("ASSAULT", "ISR", "LBN", False), ("ACCUSE", None, None, False)))
    score.add(sentence("AGREE", {"FRA"}, set()), predicted(("AGREE", "DEU", None, False)))
    score.add(sentence("THREATEN", {"USA"}, set()), predicted(("THREATEN", "USA", None, True)))
    report = score.report()
    assert report["type"]["recall"] == pytest.approx(2 / 3)
    assert report["type"]["precision"] == pytest.approx(2 / 3)  # set sizes 2 + 1 + 0
    assert report["actor_accuracy"] == pytest.approx(1 / 2)
    assert report["recipient_accuracy"] == 0.0
    assert report["full_f1"] == 0.0
    assert report["per_type"]["THREATEN"]["recall"] == 0.0  # hypothetical counts as missing


def test_codes_compare_on_three_letters() -> None:
    score = EventScore()
    score.add(sentence("COERCE", {"EGY"}, set()), predicted(("COERCE", "EGYCOP", None, False)))
    assert score.report()["actor_accuracy"] == 1.0


def test_malformed_gold_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": "ok", "events": []}) + "\n{\"text\": 1}\n")
    with pytest.raises(GoldError, match="gold.jsonl:2"):
        list(read_gold(path))


def test_place_time_and_quote_scores() -> None:
    from tacitus.evaluate import Evaluation, _gold_line
    from tacitus.model import Place, Quote, TimeExpr

    text = "Kim met Putin in Moscow on Monday, officials said."
    gold = _gold_line({"text": text, "date": "2023-09-13",
                       "toponyms": [{"start": 17, "end": 23, "lat": 55.75, "lon": 37.62},
                                    {"start": 0, "end": 3, "lat": 0.0, "lon": 0.0}],
                       "timexes": [{"start": 27, "end": 33, "value": "2023-09-11"}],
                       "attributions": [{"content": {"start": 0, "end": 33},
                                         "speaker": {"text": "officials"}}]}, "g:1", "1")
    record = Record(Article("s", text, "2023-09-13"),
                    places=(Place("Moscow", 17, 23, "Moscow", "RUS", 55.76, 37.62),
                            Place("Putin", 8, 13, None)),
                    times=(TimeExpr("Monday", 27, 33, "2023-09-18", "DATE"),),
                    quotes=(Quote(Actor("officials"), "said", text[:33], 0, 33, False),))
    evaluation = Evaluation()
    evaluation.add(gold, record)
    report = evaluation.report()
    assert set(report) == {"places", "times", "quotes"}
    assert report["places"]["precision"] == 0.5 and report["places"]["recall"] == 0.5
    assert report["places"]["acc_161km"] == 1.0
    assert report["times"]["f1"] == 1.0 and report["times"]["value_f1"] == 0.0
    assert report["quotes"]["f1"] == 1.0 and report["quotes"]["speaker_accuracy"] == 1.0


TIMEML = Path(__file__).parent / "fixtures" / "times_gold.tml"


def test_timeml_gold_keeps_text_spans_and_the_creation_date(tmp_path: Path) -> None:
    [gold] = read_gold(TIMEML)
    assert gold.article.date == "2024-03-06" and gold.timexes is not None
    text = gold.article.text
    assert [(text[t.start:t.end], t.attrs["value"]) for t in gold.timexes] == [
        ("Monday", "2024-03-04"), ("next week", "2024-W11"),
        ("about three hours", "PT3H"), ("1998", "1998")]
    assert "<EVENT" not in text and "met on Monday" in text
    folder = tmp_path / "tml"
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "doc.tml").write_bytes(TIMEML.read_bytes())
    assert [g.article.id for g in read_gold(folder)] == ["tacitus_times_1"]


def test_broken_timeml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>Monday</TimeML>", encoding="utf-8")
    with pytest.raises(GoldError, match="bad.tml"):
        list(read_gold(bad))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GoldError, match="no .tml files"):
        list(read_gold(empty))


def test_running_text_gold_is_recognised_and_scored_per_event(tmp_path: Path) -> None:
    from tacitus.evaluate import Evaluation, half_of

    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "d1", "text": "x", "events": [
            {"type": "ASSAULT", "trigger": "x", "trigger_start": 0,
             "actor": [{"text": "a", "code": "ISR"}], "recipient": []},
            {"type": "ASSAULT", "trigger": "x", "trigger_start": 0,
             "actor": [{"text": "a", "code": "SYR"}], "recipient": []}]},
        {"id": "d2", "text": "x", "events": []},
        {"id": "d3", "text": "x", "events": []},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    gold = list(read_gold(path))
    assert all(g.running for g in gold)
    evaluation = Evaluation()
    evaluation.add(gold[0], predicted(("ASSAULT", "SYR", None, False),
                                      ("ASSAULT", None, None, False),
                                      ("ASSAULT", "IRN", None, False)))
    evaluation.add(gold[1], predicted(("PROTEST", None, None, False)))  # invented
    evaluation.add(gold[2], predicted(("AGREE", None, None, True)))  # hypothetical: clean
    report = evaluation.report()["running_text"]
    assert report["type"]["precision"] == pytest.approx(2 / 4)
    assert report["type"]["recall"] == 1.0
    assert report["full"]["recall"] == pytest.approx(1 / 2)  # SYR paired with SYR first
    assert report["no_event_items_clean"] == pytest.approx(1 / 2)
    assert {half_of(f"item-{i}") for i in range(20)} == {"A", "B"}
    assert half_of("d1") == half_of("d1")
