from __future__ import annotations

import pytest

from tacitus.resolve.dates import resolve_day


@pytest.mark.parametrize("text, future, expected", [
    ("Wednesday", False, "2023-09-13"),  # the article's own weekday
    ("Monday", False, "2023-09-11"),
    ("Monday", True, "2023-09-18"),
    ("yesterday", False, "2023-09-12"),
    ("Sept. 13, 2023", False, "2023-09-13"),
    ("13 September", False, "2023-09-13"),
    ("December 30", False, "2022-12-30"),
    ("2021-02-03", False, "2021-02-03"),
    ("last week", False, None),
    ("February 30", False, None),
])
def test_days_resolve_against_the_article_date(text: str, future: bool,
                                               expected: str | None) -> None:
    anchor = "2023-09-13" if text != "December 30" else "2023-01-05"
    assert resolve_day(text, anchor, future) == expected


def test_relative_days_need_an_anchor() -> None:
    assert resolve_day("yesterday", None) is None
    assert resolve_day("2020-05-06", None) == "2020-05-06"
