"""The CAMEO -> PLOVER conversion the dictionary build uses (small files written here)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import script_module


@pytest.fixture(scope="module")
def build():  # type: ignore[no-untyped-def]
    return script_module("build_dictionaries")


def test_a_context_in_the_mode_column_is_no_mode(build, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    manual = tmp_path / "manual.tex"
    manual.write_text(r"\hyperref[context:pro-autocracy]{pro\_autocracy} & ... \\"
                      "\n" r"\hyperref[context:legal]{legal} & ... \\", encoding="utf-8")
    table_file = tmp_path / "table.txt"
    table_file.write_text("173: COERCE, arrest, legal  # Arrest\n"
                          "175: ASSAULT, pro_autocracy , military # Repression\n",
                          encoding="utf-8")
    table = build.cameo_table(table_file, build.contexts(manual))
    assert table["173"] == ("COERCE", "arrest")
    assert table["175"] == ("ASSAULT", "")


def test_a_repression_pattern_leaves_an_arrest_an_arrest(build) -> None:  # type: ignore[no-untyped-def]
    table = {"173": ("COERCE", "arrest"), "175": ("ASSAULT", ""), "180": ("ASSAULT", "")}
    patterns: set[tuple[str, ...]] = set()

    def add(body: str, block_code: str) -> None:
        build.add_pattern(patterns, "detain", body, re.search(r"\[([\d-]+)\]", body),
                          [("detain", "")], {}, table, block_code)

    add("- * protesters [175]", "173")  # a coercive verb: its own code stands
    add("- * protesters [175]", "180")  # a violent verb: repression is an assault
    add("- * suspects [180]", "173")
    assert patterns == {("detain", "", "protesters", "ASSAULT", "", "175"),
                        ("detain", "", "suspects", "ASSAULT", "", "180")}


def test_names_without_codes_share_the_codes_that_follow(build) -> None:  # type: ignore[no-untyped-def]
    lines = ["JANE_ROE_  # a comment",  # a primary phrase with no code of its own ...
             "J._ROE",
             "PRESIDENT_ROE",
             "\t[ZZZGOV 900101-991231]",  # ... takes the dated roles after the run
             "JOHN_DOE_",
             "+JOHNNY_DOE",
             "\t[YYYELI]",
             "OTHER_NAME [XXX]"]
    blocks = list(build.actor_blocks(lines))
    assert [names for names, _ in blocks] == [["JANE_ROE_", "J._ROE", "PRESIDENT_ROE"],
                                            ["JOHN_DOE_", "JOHNNY_DOE"], ["OTHER_NAME "]]
    assert build.role_rows(" ".join(blocks[0][1])) == [("ZZZ", "GOV", "1990-01-01",
                                                        "1999-12-31")]


def test_a_call_to_rally_support_is_a_request(build) -> None:  # type: ignore[no-untyped-def]
    rally = ("SUPPORT", "")
    assert build.asked_for("called_for", ["release", "of"], "053", rally) == ("REQUEST", "")
    assert build.asked_for("call", ["on", "to", "support"], "053", rally) == ("REQUEST", "")
    assert build.asked_for("praise", ["for", "courage"], "053", rally) == rally  # no call


def test_a_call_for_sanctions_is_a_request(build) -> None:  # type: ignore[no-untyped-def]
    threat = ("THREATEN", "restrict")
    assert build.asked_for("call", ["for", "sanctions"], "1312", threat) == ("REQUEST", "")
    assert build.asked_for("threaten", ["sanctions"], "1312", threat) == threat
