from __future__ import annotations

import pytest

from tacitus.resolve.times import find_times

ANCHOR = "2023-09-13"  # a Wednesday, ISO week 37


def values(text: str, future: bool = False, anchor: str | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, anchor, lambda _: future)]


@pytest.mark.parametrize("text, expected", [
    ("They met on Wednesday.", [("Wednesday", "2023-09-13")]),
    ("They met on Monday.", [("Monday", "2023-09-11")]),
    ("It happened last Friday.", [("last Friday", "2023-09-08")]),
    ("He spoke yesterday.", [("yesterday", "2023-09-12")]),
    ("The photo is from Sept. 13, 2023.", [("Sept. 13, 2023", "2023-09-13")]),
    ("It began on 5 March 2021.", [("5 March 2021", "2021-03-05")]),
    ("He spoke at a briefing last week.", [("last week", "2023-W36")]),
    ("That was in September of 2023.", [("September of 2023", "2023-09")]),
    ("Sales fell last month.", [("last month", "2023-08")]),
    ("It was built two years ago.", [("two years ago", "2021")]),
    ("In the 1990s it grew.", [("the 1990s", "199")]),
    ("The talks lasted about two hours.", [("about two hours", "PT2H")]),
    ("A war over in a week.", [("a week", "P1W")]),
    ("It grew over the past three years.", [("the past three years", "P3Y")]),
    ("The agency reports weekly.", [("weekly", "P1W")]),
    ("Prices are rising now.", [("now", "PRESENT_REF")]),
    ("It was agreed in 1983.", [("1983", "1983")]),
    ("They met on Monday morning.", [("Monday morning", "2023-09-11TMO")]),
    ("No date here at all.", []),
    ("The 2022 election was close; 2000 people voted.", [("2022", "2022")]),
    ("Profit rose in the third quarter.", [("the third quarter", "2023-Q3")]),
    ("The blast came at 10:30 a.m. local time.", [("10:30 a.m.", "2023-09-13T10:30")]),
    ("They met on February 30.", [("February", "2023-02")]),  # no such day: the month
])
def test_expressions_normalise_to_timex3(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_weekday_in_a_future_clause_looks_ahead() -> None:
    assert values("They will meet on Monday.", future=True) == [("Monday", "2023-09-18")]


def test_offsets_point_into_the_text() -> None:
    text = "Kim arrived on Tuesday and left on Sept. 14, 2023."
    for t in find_times(text, ANCHOR):
        assert text[t.start:t.end] == t.text


def test_relative_expressions_need_the_article_date() -> None:
    assert values("He spoke yesterday.", anchor=None) == []
    assert values("It began on 5 March 2021.", anchor=None) == [("5 March 2021", "2021-03-05")]
