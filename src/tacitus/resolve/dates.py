"""Day-level dates stated in a clause, resolved against the article date.

Only what names a single day is resolved here: "on Monday", "yesterday", "Sept. 13",
"13 September 2023". A weekday in a past-tense clause is the latest such day on or before
the article date; in a future clause, the next one on or after it.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
MONTH_DAY = re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+(\d{{4}}))?\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def resolve_day(text: str, anchor: str | None, future: bool = False) -> str | None:
    """The ISO day a time expression names, or None if it names no single day."""
    words = text.lower().strip()
    iso = ISO.search(words)
    if iso:
        return _safe(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if anchor is None:
        return None
    base = date.fromisoformat(anchor)
    for word, shift in RELATIVE.items():
        if re.search(rf"\b{word}\b", words):
            return (base + timedelta(days=shift)).isoformat()
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", words):
            return _weekday(base, index, future).isoformat()
    return _calendar(words, base, future)


def _weekday(base: date, index: int, future: bool) -> date:
    if future:
        return base + timedelta(days=(index - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - index) % 7)


def _calendar(words: str, base: date, future: bool) -> str | None:
    found = MONTH_DAY.search(words)
    if found:
        month, day, year = found.group(1), found.group(2), found.group(3)
    else:
        found = DAY_MONTH.search(words)
        if not found:
            return None
        day, month, year = found.group(1), found.group(2), found.group(3)
    number = MONTHS[month[:4] if month.startswith("sept") else month[:3]]
    if year:
        return _safe(int(year), number, int(day))
    guess = _safe(base.year, number, int(day))
    if guess and not future and number - base.month > 6:  # "Dec. 30" in a January report
        return _safe(base.year - 1, number, int(day))
    return guess


def _safe(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
