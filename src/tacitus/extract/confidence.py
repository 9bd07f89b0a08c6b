"""How often an event like this one is right: confidence calibrated on development data.

An event's evidence falls in a bucket by what is known of it: whether its actor and its
recipient have a country code, and whether it is told more than once. `confidence.tsv`
(fitted by `scripts/fit_confidence.py` on the read half of the running-text development
gold) gives each bucket the share of its events that had the right type, smoothed toward
the share over all buckets, so that among events at confidence c about a share c is right.
"""
from __future__ import annotations

import csv
import io
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ..model import Event


def bucket(event: Event) -> str:
    """The calibration bucket of an event: "actor+recipient+many", "-actor-recipient+one"."""
    return "".join((
        "+actor" if any(a.code for a in event.actor) else "-actor",
        "+recipient" if any(a.code for a in event.recipient) else "-recipient",
        "+many" if len(event.evidence) > 1 else "+one"))


@lru_cache(maxsize=1)
def calibration() -> dict[str, float]:
    text = resources.files("tacitus.data").joinpath("confidence.tsv").read_text("utf-8")
    return {row["bucket"]: float(row["confidence"])
            for row in csv.DictReader(io.StringIO(text), delimiter="\t")}


def calibrate(event: Event) -> Event:
    """The event with its calibrated confidence (its own score where no bucket is fitted)."""
    table = calibration()
    value = table.get(bucket(event), table.get("*"))
    return event if value is None else replace(event, confidence=value)
