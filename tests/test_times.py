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
    ("He served for a decade.", [("a decade", "P1DE")]),
    ("In recent years exports grew.", [("recent years", "PAST_REF")]),
    ("In the coming weeks talks will start.", [("the coming weeks", "FUTURE_REF")]),
    ("Sales fell last March and in May last year.", [("last March", "2023-03"),
                                                      ("May last year", "2022-05")]),
    ("They will meet next March.", [("next March", "2024-03")]),
    ("He said this may cause problems on their last march.", []),
    ("Music of the '90s.", [("the '90s", "199")]),
    ("Voting is on Sunday, September 17th.", [("Sunday, September 17th", "2023-09-17")]),
    ("Photos taken in mid-September show troops.", [("mid-September", "2023-09")]),
    ("The war has raged for years; within hours it spread.", [("years", "PXY"),
                                                               ("hours", "PTXH")]),
    ("Years ago, he left.", [("Years ago", "PAST_REF")]),
    ("The 59-year-old, 59 years old, was hurt.", []),
    ("He did 1,000 hours of service.", [("1,000 hours", "PT1000H")]),
    ("In fiscal 1989 profit fell.", [("fiscal 1989", "FY1989")]),
    ("Sales fell in the second half of 2022.", [("the second half of 2022", "2022-H2")]),
    ("In the 20th century, wars.", [("the 20th century", "19")]),
    ("Summer 2022 was hot.", [("Summer 2022", "2022-SU")]),
    ("By the end of the year prices doubled.", [("the end of the year", "2023")]),
    ("He spoke at Easter.", [("Easter", "2023-04-09")]),
    ("They flew to Christmas Island.", []),
    ("Troops moved at 1500 GMT.", [("1500 GMT", "2023-09-13T15:00")]),
    ("The blast came at noon.", [("noon", "2023-09-13T12:00")]),
    ("He spoke last night.", [("last night", "2023-09-12TNI")]),
    ("Over the weekend, protests grew.", [("the weekend", "2023-W36-WE")]),
    ("Elections are held every four years.", [("every four years", "P4Y")]),
    ("A second case was found within at least 7 months.", [("at least 7 months", "P7M")]),
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


def test_holidays_and_weekends_follow_the_tense() -> None:
    assert values("They will meet at Christmas.", future=True) == [("Christmas", "2023-12-25")]
    assert values("They met at Christmas.") == [("Christmas", "2022-12-25")]
    assert values("Protests will grow over the weekend.", future=True) == \
        [("the weekend", "2023-W37-WE")]
    assert values("They will meet on Thanksgiving.", future=True) == \
        [("Thanksgiving", "2023-11-23")]


def test_later_and_the_following_day_count_from_the_story_date() -> None:
    text = "On March 3, 2021 the war began. Two days later, troops moved. The following day, " \
        "talks began."
    assert values(text) == [("March 3, 2021", "2021-03-03"), ("Two days later", "2021-03-05"),
                            ("The following day", "2021-03-06")]
    assert values("Two days later, troops moved.") == [("Two days later", "2023-09-15")]


@pytest.mark.model
def test_a_scheduled_clause_looks_ahead(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("Local council elections are scheduled for Sunday.")
    assert [(t.text, t.value) for t in record.times] == [("Sunday", "2023-09-17")]
    record = extract("The attack was planned on Monday.")
    assert [(t.text, t.value) for t in record.times] == [("Monday", "2023-09-11")]
    record = extract("The trial begins Monday, police say.")
    assert [(t.text, t.value) for t in record.times] == [("Monday", "2023-09-18")]
    record = extract("Police say the attack happened Monday.")
    assert [(t.text, t.value) for t in record.times] == [("Monday", "2023-09-11")]


@pytest.mark.parametrize("text, future, expected", [
    ("The pass was closed in the winter.", False, [("the winter", "2022-WI")]),
    ("The bridge will be rebuilt in the spring.", True, [("the spring", "2024-SP")]),
    ("Crops failed during the summer.", False, [("the summer", "2023-SU")]),
    ("Inspectors call twice a month.", False, [("twice a month", "P1M")]),
    ("The board meets four times a year.", False, [("four times a year", "P1Y")]),
    ("Shelling began at 5 a.m. on Monday.", False,
     [("5 a.m.", "2023-09-11T05:00"), ("Monday", "2023-09-11")]),
    ("Exports rose in the second quarter from a year earlier.", False,
     [("the second quarter", "2023-Q2"), ("a year earlier", "2022-Q2")]),
    ("On March 3, 2021 the dam broke; a year earlier it had been inspected.", False,
     [("March 3, 2021", "2021-03-03"), ("a year earlier", "2020")]),
])
def test_seasons_frequencies_clock_days_and_quarters(text: str, future: bool,
                                                     expected: list[tuple[str, str]]) -> None:
    assert values(text, future) == expected


@pytest.mark.parametrize("text, future, expected", [
    # a quarter or half without a year is the latest one so numbered (in the future, the next)
    ("Profit doubled in the fourth quarter.", False, [("the fourth quarter", "2022-Q4")]),
    ("Profit will rise in the fourth quarter.", True, [("the fourth quarter", "2023-Q4")]),
    ("Sales fell in last year's second quarter.", False,
     [("last year's second quarter", "2022-Q2")]),
    ("Output rose in the first half.", False, [("the first half", "2023-H1")]),
    # sets: TIMEX3 periods, and a weekly set on a weekday
    ("Dividends are paid quarterly.", False, [("quarterly", "P3M")]),
    ("The council meets each month.", False, [("each month", "P1M")]),
    ("The market opens every Sunday.", False, [("every Sunday", "XXXX-WXX-7")]),
    # the past week is a stretch of time; midnight ends a day; two days back
    ("Shares fell 4% in the past week.", False, [("the past week", "P1W")]),
    ("The curfew began at midnight.", False, [("midnight", "2023-09-13T24:00")]),
    ("They met the day before yesterday.", False,
     [("the day before yesterday", "2023-09-11")]),
    ("Rebels held the road through the weekend.", False, [("the weekend", "2023-W36-WE")]),
    # "a year earlier" after a year counts from that year
    ("In 2019 exports rose; a year earlier they had fallen.", False,
     [("2019", "2019"), ("a year earlier", "2018")]),
])
def test_timeml_granularity_sets_and_references(text: str, future: bool,
                                                expected: list[tuple[str, str]]) -> None:
    assert values(text, future) == expected


def test_a_time_word_inside_a_name_is_no_time(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("The Sunday Times reported on Monday that veterans of the Six-Day War "
                     "met in 1997.")
    assert [t.text for t in record.times] == ["Monday", "1997"]


@pytest.mark.parametrize("text, expected", [
    ("The attack came at dawn.", [("dawn", "2023-09-13TMO")]),
    ("Shelling continued overnight.", [("overnight", "2023-09-13TNI")]),
    ("The vote was held in the afternoon.", [("the afternoon", "2023-09-13TAF")]),
    ("Rebels struck before dawn on Monday.", [("dawn", "2023-09-11TMO"), ("Monday", "2023-09-11")]),
    ("It happened in the early hours.", [("the early hours", "2023-09-13TNI")]),
    ("It took hours of talks.", [("hours", "PTXH")]),
])
def test_parts_of_the_day_named_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_a_span_before_an_event_is_a_duration_and_before_alone_counts_back() -> None:
    found = find_times("The strike began nine days before the vote.", "2020-03-10")
    assert [(t.text, t.value, t.type) for t in found] == [("nine days", "P9D", "DURATION")]
    found = find_times("He had resigned three days before.", "2020-03-10")
    assert [(t.text, t.value) for t in found] == [("three days before", "2020-03-07")]
