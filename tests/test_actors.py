from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import InputError
from tacitus.resolve.actors import load_dictionary, normalise


def test_normalise_drops_possessives_articles_and_hyphens() -> None:
    assert normalise(["The", "White", "House", "'s"]) == "white house"
    assert normalise(["Ban", "Ki", "-", "moon"]) == "ban ki moon"


def test_dated_roles_follow_the_article_date() -> None:
    d = load_dictionary()
    assert d.role("vladimir putin", "2005-06-01").sector == "GOV"  # type: ignore[union-attr]
    assert d.role("vladimir putin", "1995-06-01").sector == "ELI"  # type: ignore[union-attr]
    assert d.role("vladimir putin", None).code == "RUS"  # type: ignore[union-attr]


def test_country_names_adjectives_and_capitals_resolve() -> None:
    d = load_dictionary()
    for phrase, code in [("north korea", "PRK"), ("russian", "RUS"), ("moscow", "RUS"),
                         ("u.s.", "USA"), ("united nations", "IGO")]:
        role = d.role(phrase, "2023-09-13")
        assert role is not None and role.code == code, phrase


def test_region_codes_are_not_countries() -> None:
    d = load_dictionary()
    assert all(r.code not in {"MEA", "AFR", "WAF"} for rows in d.roles.values() for r in rows)


def test_agent_nouns_give_sectors_and_plurals_work() -> None:
    d = load_dictionary()
    assert d.sector_of("police") == "COP"
    assert d.sector_of("officials") == "GOV"
    assert d.sector_of("troops") == "MIL"
    assert d.sector_of("armchair") is None


def test_user_dictionary_adds_dated_roles(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("phrase\tcode\tsector\tstart\tend\n"
                    "Kim Jong Un\tPRK\tGOV\t2011-12-17\t\n", encoding="utf-8")
    d = load_dictionary(str(path))
    assert d.role("kim jong un", "2023-09-13").code == "PRK"  # type: ignore[union-attr]
    before = d.role("kim jong un", "2005-01-01")  # not yet in office: a North Korean
    assert before is not None and (before.code, before.sector) == ("PRK", "")


def test_malformed_user_dictionary_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("phrase\tcode\nSomeone\tTOOLONG\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.tsv:2"):
        load_dictionary(str(path))


def test_a_full_name_known_at_other_dates_keeps_its_country() -> None:
    from tacitus.resolve.actors import ActorDictionary, Role

    roles = {"ana lopez": [Role("CHL", "GOV", "2001-01-01", "2004-12-31", "country")],
             "ramos": [Role("PHL", "GOV", "1992-06-30", "1998-06-30", "country")]}
    dictionary = ActorDictionary(roles, {})
    found = dictionary.role("ana lopez", "2019-05-01")
    assert found is not None and (found.code, found.sector) == ("CHL", "")
    assert dictionary.role("ana lopez", "2003-01-01").sector == "GOV"  # type: ignore[union-attr]
    assert dictionary.role("ramos", "2019-05-01") is None  # one word: too many namesakes
