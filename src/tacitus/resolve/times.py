"""Temporal expressions: found by rules, normalised to TIMEX3 values on the article date.

`find_times(text, anchor, future_at)` returns every expression it knows, longest first and
without overlaps: calendar dates ("Sept. 13, 2023" -> 2023-09-13), months and years
("in September of 2023" -> 2023-09), weekdays and relative days ("Wednesday", "yesterday"),
relative weeks, months and years ("last week" -> 2023-W36), "two years ago", decades
("the 1990s" -> 199), seasons, parts of day, durations ("about two hours" -> PT2H) and the
TIMEX3 references PRESENT_REF, PAST_REF and FUTURE_REF. `future_at(offset)` says whether the
clause at an offset speaks of the future; it decides which "Monday" a bare weekday means.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc

from ..model import TimeExpr
from ..nlp import Spans
from ..words import FUTURE, speech_verbs

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS: dict[str, int | str] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "several": "X", "few": "X", "a few": "X", "many": "X", "a couple of": "X",
}
UNITS = {"second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
         "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE"),
         "century": ("", "CE")}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at the moment": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "in the past": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "in the future": "FUTURE_REF", "soon": "FUTURE_REF",
}
# Fixed-date holidays; Easter and Thanksgiving are computed.
HOLIDAYS = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
            "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
            "halloween": (10, 31), "boxing day": (12, 26)}
REFERENCE = "REF "  # a value to resolve against the story's reference time: "REF -2 day"
LEADING = re.compile(r"^(?:in|on|since|by|until|of|during|before|after|from|through|for|"
                     r"at(?!\s+least)|over|within)\s+",
                     re.IGNORECASE)

MONTH = (r"(?P<month>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|"
         r"june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|"
         r"dec(?:ember|\.)?)")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|a few|a couple of|a|an|one|two|three|four|five|six|" \
      r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|" \
      r"few|many)"
UNIT = r"(?P<unit>second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?"
WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
REL = r"(?P<rel>last|this|next|past|previous|coming|current)"
APPROX = r"(?:(?:about|around|nearly|almost|some|roughly|more than|less than|over|" \
         r"at least|up to)\s+)?"


Handler = Callable[[re.Match[str], date | None, bool], tuple[str, str] | None]
RULES: list[tuple[re.Pattern[str], Handler]] = []


BOUNDARY = r"(?<![\w-])(?<!\d[,.])"  # every rule starts a word, not "2,300" or "end-May"


def rule(pattern: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        RULES.append((re.compile(rf"{BOUNDARY}{pattern}(?![\w-])", re.IGNORECASE), fn))
        return fn
    return register


@cache
def _starts() -> re.Pattern[str]:
    """Where any rule can match: one scan for all of them (the rules' own groups made
    plain), instead of one scan of the whole text per rule."""
    bodies = (re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern[len(BOUNDARY):])
              for pattern, _ in RULES)
    return re.compile(BOUNDARY + "(?=" + "|".join(f"(?:{b})" for b in bodies) + ")",
                      re.IGNORECASE)


def _matches(text: str) -> Iterator[tuple[re.Match[str], Handler]]:
    """What each rule's finditer over text would give, found only where some rule can
    start: at each such place every rule past its own last match tries it."""
    resume = [0] * len(RULES)
    for start in _starts().finditer(text):
        at = start.start()
        for i, (pattern, handler) in enumerate(RULES):
            if at >= resume[i] and (m := pattern.match(text, at)):
                resume[i] = max(m.end(), at + 1)
                yield m, handler


def _month(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").lower().rstrip(".")]


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_for(month: int, anchor: date | None, future: bool) -> int | None:
    """The year of a month named without one: this year, unless far on the wrong side."""
    if anchor is None:
        return None
    if future and month < anchor.month - 2:
        return anchor.year + 1
    if not future and month > anchor.month + 2:
        return anchor.year - 1
    return anchor.year


def _count(word: str) -> int | str:
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else NUMBERS.get(word, "X")


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(d: date, months: int) -> str:
    index = d.year * 12 + d.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


# ---- calendar dates -------------------------------------------------------------------
@rule(rf"{MONTH}\s+{DAY},?\s+{YEAR}")
def _month_day_year(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    value = _day(int(m.group("year")), _month(m), int(m.group("day")))
    return (value, "DATE") if value else None


@rule(rf"{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}")
def _day_month_year(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return _month_day_year(m, anchor, future)


@rule(r"(?P<iso>(?:1[6-9]|20)\d\d-[01]\d-[0-3]\d)")
def _iso(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    y, mo, d = (int(x) for x in m.group("iso").split("-"))
    value = _day(y, mo, d)
    return (value, "DATE") if value else None


@rule(rf"{MONTH}\s+{DAY}(?!\s*,?\s*\d)")
def _month_day(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    if m.group("month").lower() == "may" and not m.group(0)[0].isupper():
        return None  # "may 5" is rarely a date in lower case
    year = _year_for(_month(m), anchor, future)
    value = _day(year, _month(m), int(m.group("day"))) if year else None
    return (value, "DATE") if value else None


@rule(rf"{DAY}\s+(?:of\s+)?{MONTH}(?!\s*,?\s*\d)")
def _day_month(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return _month_day(m, anchor, future)


@rule(rf"{MONTH},?\s+(?:of\s+)?{YEAR}")
def _month_year(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return f"{int(m.group('year')):04d}-{_month(m):02d}", "DATE"


@rule(r"(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?P<decade>(?:1[6-9]|20)\d0)'?s")
def _decade(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return m.group("decade")[:3], "DATE"


@rule(r"(?:in|since|by|until|of|during|before|after|from|through)\s+(?:early\s+|mid-?|late\s+)?"
      rf"{YEAR}")
def _prep_year(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return m.group("year"), "DATE"


COUNTED = (r"people|persons|troops|soldiers|workers|men|women|children|residents|"
           r"refugees|migrants|cases|deaths|votes|members|units|tons|tonnes|barrels|"
           r"dollars|euros|pounds|miles|kilometres|kilometers|metres|meters|feet")


@rule(rf"(?<![$\d,.]){YEAR}(?!\s*(?:{COUNTED})\b)(?![\d,.]\d)")
def _bare_year(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return m.group("year"), "DATE"


@rule(rf"(?:(?:the\s+)?(?P<qrel>last|this|next)\s+year['\u2019]s\s+|the\s+)?"
      rf"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter"
      rf"(?:\s+of\s+{YEAR})?")
def _quarter(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """A quarter of the year it names ("last year's third quarter"), else the latest one
    so numbered, or in a future clause the next: in February, a past "fourth quarter" is
    last year's."""
    number = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("q").lower()) or \
        int(m.group("q")[0])
    if m.group("year"):
        return f"{m.group('year')}-Q{number}", "DATE"
    if anchor is None:
        return None
    current = (anchor.month - 1) // 3 + 1
    rel = (m.group("qrel") or "").lower()
    year = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    if not rel and not future and number > current:
        year -= 1
    elif not rel and future and number < current:
        year += 1
    return f"{year}-Q{number}", "DATE"


@rule(rf"(?:fiscal\s+(?:year\s+)?|FY\s*){YEAR}")
def _fiscal(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return f"FY{m.group('year')}", "DATE"


@rule(rf"(?:the\s+)?(?P<half>first|second)\s+half(?:\s+of\s+(?:(?P<rel>the|this|last|next)\s+"
      rf"year|{YEAR}))?(?!\s+of\b)")
def _half(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """A half of the year it names, else of this year ("sales rose in the first half"),
    or in a past clause of last year when this year's has not come yet."""
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        year = int(m.group("year"))
    elif anchor is None:
        return None
    else:
        year = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        if not rel and not future and m.group("half").lower() == "second" and anchor.month <= 6:
            year -= 1
    return f"{year}-H{1 if m.group('half').lower() == 'first' else 2}", "DATE"


ORDINALS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@rule(r"(?:the\s+)?(?P<nth>1[5-9]th|2[01](?:st|th)|eighteenth|nineteenth|twentieth|"
      r"twenty-first)\s+century")
def _century(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    nth = m.group("nth").lower()
    number = ORDINALS.get(nth) or int(nth[:2])
    return f"{number - 1:02d}", "DATE"


@rule(rf"(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR}")
def _season_year(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return f"{m.group('year')}-{SEASONS[m.group('season').lower()]}", "DATE"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season begins in


@rule(r"(?:in|during|by|until|this)\s+(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
      r"(?!\s+(?:of\s+)?(?:1[6-9]|20)\d\d)")
def _season(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """"in the spring": this year's, or in a future clause the next one to come, in a past
    clause the last one begun ("in the winter" said in March is the one just gone)."""
    if anchor is None:
        return None
    code = SEASONS[m.group("season").lower()]
    begins = SEASON_START[code]
    year = anchor.year
    if future and anchor.month > begins + 2 and code != "WI":
        year += 1  # "will be finished in the spring", said in October
    elif not future and (anchor.month < begins or (code == "WI" and anchor.month < 12)) and \
            not m.group(0).lower().startswith("this"):
        year -= 1  # "was hit hard in the summer", said in March
    return f"{year}-{code}", "DATE"


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    n = (h + ell - 7 * ((a + 11 * h + 22 * ell) // 451) + 114)
    return date(year, n // 31, n % 31 + 1)


def _holiday_in(name: str, year: int) -> date:
    if name.startswith("easter"):
        return _easter(year)
    if name == "good friday":
        return _easter(year) - timedelta(days=2)
    if name.startswith("thanksgiving"):  # the fourth Thursday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return date(year, *HOLIDAYS[name])


@rule(r"(?P<holiday>christmas(?:\s+(?:day|eve))?|new\s+year['\u2019]s\s+(?:day|eve)|"
      r"valentine['\u2019]s\s+day|"
      r"halloween|boxing\s+day|easter(?:\s+sunday)?|good\s+friday|thanksgiving(?:\s+day)?)"
      rf"(?:\s+{YEAR})?(?!\s+island)")
def _holiday(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """A holiday: in the year named, else the one the clause's tense points to."""
    name = " ".join(m.group("holiday").lower().replace("\u2019", "'").split())
    if m.group("year"):
        return _holiday_in(name, int(m.group("year"))).isoformat(), "DATE"
    if anchor is None:
        return None
    day = _holiday_in(name, anchor.year)
    if not future and (day - anchor).days > 60:
        day = _holiday_in(name, anchor.year - 1)
    elif future and (anchor - day).days > 60:
        day = _holiday_in(name, anchor.year + 1)
    return day.isoformat(), "DATE"


@rule(r"(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?!\w)")
def _clock(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    hour = int(m.group("hour")) % 12 + (12 if m.group("ampm").lower().startswith("p") else 0)
    if hour > 23 or anchor is None:
        return None
    return f"{anchor.isoformat()}T{hour:02d}:{m.group('minute') or '00'}", "TIME"


@rule(r"(?<![\d,.:])(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d)\s*"
      r"(?:GMT|UTC|local\s+time|hours|EST|EDT|CET|CEST|BST)")
def _clock24(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """"14:30 local time", "1500 GMT"."""
    if anchor is None:
        return None
    digits = m.group("clock").replace(":", "")
    return f"{anchor.isoformat()}T{int(digits[:-2]):02d}:{digits[-2:]}", "TIME"


@rule(r"(?:at\s+)?(?P<hour>noon|midday|midnight)")
def _noon(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """Noon is T12:00; midnight, as TIMEX3 writes the end of a day, T24:00."""
    clock = "24:00" if m.group("hour").lower() == "midnight" else "12:00"
    return (f"{anchor.isoformat()}T{clock}", "TIME") if anchor else None


MONTH_NAME = (r"(?P<name>january|february|march|april|may|june|july|august|september|october|"
              r"november|december)")


@rule(rf"(?P<rel>last|next|this)\s+{MONTH_NAME}")
def _relative_month(m: re.Match[str], anchor: date | None, future: bool
                    ) -> tuple[str, str] | None:
    """"last March" is the latest March before the article's month, "next March" the
    first after it."""
    if anchor is None or not m.group("name")[0].isupper():  # "this may cause", "last march"
        return None
    month = MONTHS[m.group("name").lower()]
    rel = m.group("rel").lower()
    year = anchor.year
    if rel == "last" and month >= anchor.month:
        year -= 1
    elif rel == "next" and month <= anchor.month:
        year += 1
    return f"{year:04d}-{month:02d}", "DATE"


@rule(rf"{MONTH_NAME}\s+(?:of\s+)?(?P<rel>last|next|this)\s+year")
def _month_of_year(m: re.Match[str], anchor: date | None, future: bool
                   ) -> tuple[str, str] | None:
    if anchor is None or not m.group("name")[0].isupper():  # "it may last year after year"
        return None
    year = anchor.year + {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    return f"{year:04d}-{MONTHS[m.group('name').lower()]:02d}", "DATE"


@rule(r"the\s+(?:early\s+|mid-?|late\s+)?'?(?P<decade>[3-9]0)'?s")
def _short_decade(m: re.Match[str], anchor: date | None, future: bool
                  ) -> tuple[str, str] | None:
    return f"19{m.group('decade')[0]}", "DATE"  # "the '90s"


@rule(rf"{WEEKDAY},?\s+{MONTH}\s+{DAY}(?:,?\s+{YEAR})?(?!\s*,?\s*\d)")
def _weekday_date(m: re.Match[str], anchor: date | None, future: bool
                  ) -> tuple[str, str] | None:
    """"Sunday, September 6th": the date decides, not the weekday."""
    if m.group("year"):
        return _month_day_year(m, anchor, future)
    return _month_day(m, anchor, future)


@rule(r"(?:in\s+|during\s+|by\s+|since\s+|until\s+)?(?:mid-)?(?P<bare>"
      r"january|february|march|april|june|july|august|september|october|november|december)")
def _bare_month(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    if not m.group("bare")[0].isupper():
        return None  # "their last march", "a long march": not the month
    month = MONTHS[m.group("bare").lower()]
    year = _year_for(month, anchor, future)
    return (f"{year:04d}-{month:02d}", "DATE") if year else (f"XXXX-{month:02d}", "DATE")


# ---- days relative to the article -------------------------------------------------------
@rule(rf"(?:(?P<wrel>last|next|this|on)\s+)?{WEEKDAY}(?:\s+(?P<part>morning|afternoon|"
      r"evening|night))?")
def _weekday(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    if anchor is None:
        return None
    index = WEEKDAYS.index(m.group("weekday").lower())
    rel = (m.group("wrel") or "").lower()
    ahead = rel == "next" or (future and rel != "last")
    if ahead:
        shift = (index - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
        day = anchor + timedelta(days=shift)
    else:
        day = anchor - timedelta(days=(anchor.weekday() - index) % 7 or (7 if rel == "last" else 0))
    part = m.group("part")
    if part:
        return f"{day.isoformat()}T{PARTS_OF_DAY[part.lower()]}", "TIME"
    return day.isoformat(), "DATE"


@rule(r"(?P<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|"
      r"the\s+day\s+after\s+tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?")
def _relative_day(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    word = " ".join(m.group("word").lower().split())
    if anchor is None:
        return ("PRESENT_REF", "DATE") if word == "today" else None
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    day = (anchor + timedelta(days=shift)).isoformat()
    part = m.group("part") or ("night" if word == "tonight" else None)
    return (f"{day}T{PARTS_OF_DAY[part.lower()]}", "TIME") if part else (day, "DATE")


@rule(r"last\s+night")
def _last_night(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return (f"{(anchor - timedelta(days=1)).isoformat()}TNI", "TIME") if anchor else None


@rule(r"(?:over|during|at|through|throughout|on)\s+the\s+weekend")
def _the_weekend(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """The weekend just past, or in a future clause the coming one."""
    if anchor is None:
        return None
    day = anchor if future or anchor.weekday() >= 5 else anchor - timedelta(weeks=1)
    return f"{_week(day)}-WE", "DATE"


@rule(r"(?:(?:at|before|after|by)\s+(?P<edge>dawn|daybreak|dusk|nightfall)|(?P<over>overnight)|"
      r"in\s+the\s+(?P<part>morning|afternoon|evening)|"
      r"(?:in\s+)?the\s+early\s+hours(?:\s+of\s+(?:the\s+)?(?:morning|the\s+day))?)(?!\s+of\s+[A-Z])")
def _part_of_today(m: re.Match[str], anchor: date | None, future: bool
                   ) -> tuple[str, str] | None:
    """A part of the article's day named alone: "at dawn" (morning), "at dusk" (evening),
    "overnight" and "the early hours" (night), "in the afternoon", as TIMEX3 writes
    them against the article date."""
    if anchor is None:
        return None
    edge = (m.group("edge") or "").lower()
    part = m.group("part") or ("morning" if edge in {"dawn", "daybreak"} else
                               "evening" if edge in {"dusk", "nightfall"} else "night")
    return f"{anchor.isoformat()}T{PARTS_OF_DAY[part.lower()]}", "TIME"


@rule(r"this\s+(?P<part>morning|afternoon|evening)")
def _this_part(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    if anchor is None:
        return None
    return f"{anchor.isoformat()}T{PARTS_OF_DAY[m.group('part').lower()]}", "TIME"


@rule(r"the\s+past\s+(?P<unit>day|week|month|year|decade|century)(?!\s+of\b)")
def _the_past(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """"in the past week": the stretch up to now, a duration (not "last week")."""
    _, letter = UNITS[m.group("unit").lower()]
    return f"P1{letter}", "DURATION"


@rule(rf"{REL}\s+(?P<span>week(?:end)?|month|year|decade|spring|summer|autumn|fall|winter)")
def _relative_span(m: re.Match[str], anchor: date | None, future: bool
                   ) -> tuple[str, str] | None:
    if anchor is None:
        return None
    rel = m.group("rel").lower()
    step = -1 if rel in {"last", "past", "previous"} else 1 if rel in {"next", "coming"} else 0
    span = m.group("span").lower()
    if span == "weekend":
        return _week(anchor + timedelta(weeks=step)) + "-WE", "DATE"
    if span in SEASONS:
        return f"{anchor.year + step}-{SEASONS[span]}", "DATE"
    return _shifted(anchor, step, span)


@rule(rf"{APPROX}{NUM}\s+{UNIT}\s+(?P<dir>ago|earlier|before(?!\s+\w)|later|from now)")
# ("two days before." counts back; "11 days before the election" is a duration before what
# it names, no day counted back from the story's)
def _ago(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    count = _count(m.group("num"))
    if anchor is None or count == "X" or not isinstance(count, int):
        return ("PAST_REF", "DATE") if m.group("dir").lower() == "ago" else None
    direction = m.group("dir").lower()
    sign = 1 if direction in {"later", "from now"} else -1
    unit = m.group("unit").lower().rstrip("s").replace("centurie", "century")
    if direction in {"later", "earlier", "before"}:
        return f"{REFERENCE}{sign * count} {unit}", "DATE"
    return _shifted(anchor, sign * count, unit)


def _shifted(anchor: date, count: int, unit: str) -> tuple[str, str] | None:
    """anchor moved by count units, at that unit's granularity."""
    if unit == "day":
        return (anchor + timedelta(days=count)).isoformat(), "DATE"
    if unit == "week":
        return _week(anchor + timedelta(weeks=count)), "DATE"
    if unit == "month":
        return _shift_month(anchor, count), "DATE"
    if unit == "year":
        return str(anchor.year + count), "DATE"
    if unit == "decade":
        return str(anchor.year + 10 * count)[:3], "DATE"
    return None


@rule(r"the\s+(?:(?P<step>following|next|previous|preceding)\s+(?P<unit>day|week|month|year)|"
      r"day\s+(?P<side>before|after))")
def _neighbour(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """"the following day", "the day before": next to the story's reference time."""
    word = (m.group("step") or m.group("side")).lower()
    sign = 1 if word in {"following", "next", "after"} else -1
    if anchor is None or (word == "next" and m.group("unit").lower() != "day"):
        return None  # "the next week" is as often the coming one
    return f"{REFERENCE}{sign} {(m.group('unit') or 'day').lower()}", "DATE"


@rule(r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?P<rel>the|this|last|next)\s+"
      r"(?P<span>week|month|year)")
def _edge(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """"the end of the year": the year itself (TIMEX3 puts the edge in a modifier)."""
    if anchor is None:
        return None
    return _shifted(anchor, {"last": -1, "next": 1}.get(m.group("rel").lower(), 0),
                    m.group("span").lower())


@rule(r"(?:earlier|later)\s+this\s+(?P<span>week|month|year)")
def _earlier_this(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    if anchor is None:
        return None
    span = m.group("span").lower()
    value = _week(anchor) if span == "week" else _shift_month(anchor, 0) if span == "month" \
        else str(anchor.year)
    return value, "DATE"


# ---- durations, sets and references ----------------------------------------------------
@rule(rf"(?:the\s+)?(?:past|last|next|coming|first)\s+{NUM}\s+{UNIT}")
def _past_n(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return _duration(m)


@rule(rf"{APPROX}{NUM}(?:-|\s+)(?:and a half\s+)?{UNIT}(?:\s+long)?(?!\s+old(?:er)?\b)")
def _duration_rule(m: re.Match[str], anchor: date | None, future: bool
                   ) -> tuple[str, str] | None:
    if m.group("num").lower() in {"a", "an"} and m.group("unit").lower() == "second":
        return None  # "a second case": the ordinal
    return _duration(m)


def _duration(m: re.Match[str]) -> tuple[str, str]:
    count = _count(m.group("num"))
    unit = m.group("unit").lower().rstrip("s").replace("centurie", "century")
    time_part, letter = UNITS[unit]
    return f"P{time_part}{count}{letter}", "DURATION"


@rule(r"(?:(?:for|within|in)\s+(?P<many>years|months|weeks|days|decades|hours)|"
      r"(?<!early\s)(?<!small\s)(?P<many2>years|months|weeks|days|decades|hours)"
      r"(?=\s+(?:of|ago|now|later)))")
def _vague_duration(m: re.Match[str], anchor: date | None, future: bool
                    ) -> tuple[str, str] | None:
    """"for years", "within hours", "the worst in decades", "months of talks"."""
    time_part, letter = UNITS[(m.group("many") or m.group("many2")).lower().rstrip("s")]
    return f"P{time_part}X{letter}", "DURATION"


@rule(r"(?:years|months|weeks|days|decades)\s+ago")
def _vague_ago(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return "PAST_REF", "DATE"  # "years ago"


@rule(rf"every\s+{NUM}\s+{UNIT}")
def _every_n(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    value, _ = _duration(m)
    return value, "SET"


@rule(rf"(?:every|each)\s+{WEEKDAY}")
def _every_weekday(m: re.Match[str], anchor: date | None, future: bool
                   ) -> tuple[str, str] | None:
    """"every Sunday": TIMEX3's weekly set on that weekday, XXXX-WXX-7."""
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    return f"XXXX-WXX-{days.index(m.group('weekday').lower()) + 1}", "SET"


SET_WORDS = {"day": "P1D", "daily": "P1D", "nightly": "P1D", "week": "P1W", "weekly": "P1W",
             "month": "P1M", "monthly": "P1M", "year": "P1Y", "annually": "P1Y",
             "yearly": "P1Y", "quarterly": "P3M", "quarter": "P3M", "hourly": "PT1H",
             "hour": "PT1H", "biannually": "P6M", "semiannually": "P6M", "fortnightly": "P2W"}


@rule(r"(?P<set>(?:every|each)\s+(?:day|week|month|year|quarter|hour)|daily|nightly|weekly|"
      r"fortnightly|monthly|quarterly|hourly|(?:semi|bi)?annually|yearly)")
def _set(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return SET_WORDS[m.group("set").lower().split()[-1]], "SET"


@rule(r"(?:once|twice|(?:three|four|five|six|several|many|\d+)\s+times)\s+(?:a|an|per|each|"
      r"every)\s+(?P<unit>day|week|month|year)")
def _frequency(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    """"twice a month", "three times a year": a set, at the period it repeats over."""
    return f"P1{UNITS[m.group('unit').lower()][1]}", "SET"


@rule(r"(?:the\s+)?(?P<side>recent|coming)\s+(?:days|weeks|months|years|decades)")
def _vague_side(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return ("PAST_REF" if m.group("side").lower() == "recent" else "FUTURE_REF"), "DATE"


@rule("(?P<ref>" + "|".join(sorted((re.escape(k) for k in REFS), key=len, reverse=True)) + ")")
def _reference(m: re.Match[str], anchor: date | None, future: bool) -> tuple[str, str] | None:
    return REFS[m.group("ref").lower()], "DATE"


def find_times(text: str, anchor: str | None,
               future_at: Callable[[int], bool] | None = None) -> list[TimeExpr]:
    """Every temporal expression in text, in order; overlaps go to the longest."""
    day = date.fromisoformat(anchor) if anchor else None
    found: list[TimeExpr] = []
    for m, handler in _matches(text):
        future = future_at(m.start()) if future_at else False
        result = handler(m, day, future)
        if result:
            lead = LEADING.match(m.group(0))
            start = m.start() + (lead.end() if lead else 0)
            found.append(TimeExpr(text[start:m.end()], start, m.end(), *result))
    found.sort(key=lambda t: (-(t.end - t.start), t.start))
    kept: list[TimeExpr] = []
    taken = Spans()
    for t in found:
        if not taken.overlaps(t.start, t.end):
            kept.append(t)
            taken.add(t.start, t.end)
    return _on_its_day(_resolve_references(sorted(kept, key=lambda t: t.start), day), text)


CLOCK_DAY = re.compile(r"^\s*(?:on|,)?\s*$", re.IGNORECASE)


def _on_its_day(times: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A clock time or part of a day next to the day it names ("at 6 a.m. on Monday",
    "Monday at 6 a.m.", "before dawn on Sunday") is on that day, not the article's."""
    out = list(times)
    for i, t in enumerate(times):
        if t.type != "TIME" or not re.fullmatch(r"\d{4}-\d\d-\d\dT(?:\d\d:\d\d|[A-Z]{2})",
                                               t.value):
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(times):
                continue
            other = times[j]
            between = text[t.end:other.start] if j > i else text[other.end:t.start]
            if other.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", other.value) and (
                    CLOCK_DAY.match(between) or between.strip().lower() == "at"):
                out[i] = replace(t, value=other.value + t.value[10:])
                break
    return out


def _resolve_references(times: list[TimeExpr], anchor: date | None) -> list[TimeExpr]:
    """"Two days later", "the following week": counted from the last full date the story
    named before ("On March 3 ... two days later"), else from the article date; "a year
    earlier" after a quarter or a half is that quarter of the year before, and after a
    year, the year before it."""
    reference = anchor
    quarter: str | None = None  # the last quarter or year named: "a year earlier" is the
    out = []  # same quarter of the year before, or the year before that year
    for t in times:
        if t.value.startswith(REFERENCE):
            count, unit = t.value[len(REFERENCE):].split()
            if unit == "year" and quarter is not None:
                result: tuple[str, str] | None = (
                    f"{int(quarter[:4]) + int(count)}{quarter[4:]}", "DATE")
            else:
                result = _shifted(reference, int(count), unit) if reference else None
            if result is None:
                continue
            t = replace(t, value=result[0])
        if t.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            reference = date.fromisoformat(t.value)
            quarter = None
        elif t.type == "DATE" and re.fullmatch(r"\d{4}(?:-Q[1-4]|-H[12])?", t.value):
            quarter = t.value  # "third-quarter profit fell from a year earlier": 2022-Q3;
            # "in 1997 output rose; a year earlier it fell": 1996
        out.append(t)
    return out


# Names a time word can be part of without meaning a time: "The Sunday Times", "the
# Six-Day War", "Christmas Island".
NAMES = {"ORG", "EVENT", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "GPE", "LOC", "PERSON", "NORP"}


def outside_names(times: list[TimeExpr], doc: Doc) -> list[TimeExpr]:
    """The expressions that are not words of a name the tagger found (read from the
    tokens: building the doc's entity spans costs more)."""
    out = []
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not all(tok.ent_type_ in NAMES for tok in span):
            out.append(t)
    return out


# ---- tense of a clause, for bare weekdays ------------------------------------------------
SCHEDULED = {"schedule", "expect", "anticipate", "plan", "slate", "set", "due", "forecast",
             "predict"}


def future_teller(doc: Doc) -> Callable[[int], bool]:
    """Whether the clause at a character offset speaks of the future ("will meet on
    Monday"): it decides which Monday a bare weekday means."""
    def future_at(offset: int) -> bool:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        verb = span[0] if span is not None and len(span) else doc[0]
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in SCHEDULED:
            verb = verb.head  # "is anticipated to turn northeast on Sunday"
        helpers = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        scheduled = verb.lemma_.lower() in SCHEDULED and any(  # "are scheduled for Sunday"
            c.dep_ == "auxpass" for c in verb.children) and not helpers & {"was", "were"}
        timetable = verb.tag_ in {"VBZ", "VBP"} and not helpers and \
            verb.lemma_.lower() not in speech_verbs("present_report")  # "begins Monday"
        return scheduled or timetable or bool(aux & FUTURE) or any(
            c.lower_ == "going" for c in verb.children if c.dep_ == "aux")

    return future_at
