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
