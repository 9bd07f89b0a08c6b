"""Place recognition and resolution over real parses (loads the spaCy pipeline)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.evaluate import km
from tacitus.model import Place, Record
from tacitus.resolve.places import _lookup, load_gazetteer, place_key

pytestmark = pytest.mark.model


def place(record: Record, text: str) -> Place:
    return next(p for p in record.places if p.text == text)


def test_gazetteer_knows_towns_regions_countries_and_features() -> None:
    g = load_gazetteer()
    kinds = {c.kind for name in ("Tacloban", "Bulacan", "Siberia", "Kenya", "Vostochny Cosmodrome")
             for c in g.candidates(name)}
    assert {"city", "region", "country", "feature"} <= kinds
    assert place_key("The Gaza  Strip") == "gaza strip" and place_key("Bogotá") == "bogota"


def test_seed_places(extract: Callable[..., Record], seed_text: str) -> None:
    record = extract(seed_text)
    vostochny = place(record, "Vostochny Cosmodrome")
    assert vostochny.code == "RUS" and km(vostochny.lat, vostochny.lon, 51.88, 128.33) < 50  # type: ignore[arg-type]
    moscow = place(record, "Moscow")
    assert moscow.kind == "city" and km(moscow.lat, moscow.lon, 55.75, 37.62) < 30  # type: ignore[arg-type]
    assert place(record, "Siberia").code == "RUS"
    assert place(record, "Ukraine").code == "UKR"


def test_event_is_located_where_its_clause_says(extract: Callable[..., Record],
                                                 seed_text: str) -> None:
    [consult] = [e for e in extract(seed_text).events if e.event == "CONSULT"]
    assert consult.location is not None and consult.location.name == "Vostochny Cosmodrome"


def test_country_context_picks_the_namesake(extract: Callable[..., Record]) -> None:
    record = extract("Floods hit Australia on Monday. In Perth, roads were closed.")
    assert place(record, "Perth").code == "AUS"
    record = extract("Scotland braced for storms. In Perth, roads were closed.")
    assert place(record, "Perth").code == "GBR"


def test_town_comma_region_pattern(extract: Callable[..., Record]) -> None:
    record = extract("Police raided a market in Paris, Texas, on Monday.")
    assert place(record, "Paris").code == "USA"


def test_offsets_and_unknown_names(extract: Callable[..., Record]) -> None:
    text = "Troops moved from Kharkiv towards Zzyzxqland."
    record = extract(text)
    for p in record.places:
        assert text[p.start:p.end] == p.text
    assert place(record, "Kharkiv").code == "UKR"


def test_town_in_region_pattern(extract: Callable[..., Record]) -> None:
    text = "Australia's prime minister flew to Britain. He spoke in Perth in Scotland."
    assert place(extract(text), "Perth").code == "GBR"
    assert place(extract("Australia's prime minister spoke in Perth."), "Perth").code == "AUS"


def test_following_common_noun_names_the_kind(extract: Callable[..., Record]) -> None:
    record = extract("The New York state governor declared an emergency.")
    assert place(record, "New York").kind == "admin1"
    record = extract("Flights to New York were cancelled.")
    assert place(record, "New York").kind == "city"


def test_a_list_does_not_read_as_town_comma_region(extract: Callable[..., Record]) -> None:
    record = extract("The survey covers Chad, Mali, Niger, Senegal and Gambia.")
    assert place(record, "Niger").code == "NER" and place(record, "Niger").kind == "country"


def test_countries_sit_in_their_middle() -> None:
    """A country's point is its mainland's centroid (the USA in Kansas, not at the centroid
    with Alaska and Hawaii), or for an archipelago a point among its islands."""
    g = load_gazetteer()

    def country(name: str) -> tuple[float, float]:
        found = next(c for c in g.candidates(name) if c.kind == "country")
        return found.lat, found.lon  # type: ignore[return-value]

    assert km(*country("United States"), 39.5, -98.6) < 150
    assert km(*country("Australia"), -25.6, 134.4) < 150
    assert km(*country("Indonesia"), -5.0, 120.0) < 150
    assert km(*country("Vietnam"), 16.2, 107.8) < 150  # a crescent: its centroid is in Laos


def test_region_context_picks_the_county(extract: Callable[..., Record]) -> None:
    assert place(extract("Crawford County closed roads."), "Crawford County").lat < 38  # type: ignore[operator]
    record = extract("Floods hit Pennsylvania. In Crawford County, roads were closed.")
    crawford = place(record, "Crawford County")
    assert km(crawford.lat, crawford.lon, 41.68, -80.11) < 50  # type: ignore[arg-type]


def test_one_sense_per_article(extract: Callable[..., Record]) -> None:
    record = extract("The New York state governor declared an emergency. "
                     "Since April, 75 people have died in New York.")
    assert [p.kind for p in record.places if p.text == "New York"] == ["admin1", "admin1"]


def test_a_quarter_or_a_coast_of_a_known_place(extract: Callable[..., Record]) -> None:
    sydney = place(extract("Storms hit North-Western Sydney on Monday."), "North-Western Sydney")
    assert sydney.code == "AUS" and km(sydney.lat, sydney.lon, -33.87, 151.2) < 50  # type: ignore[arg-type]
    g = load_gazetteer()
    assert [c.kind for c in _lookup("Indian Ocean coast", g)] == ["water"]
    assert {c.country for c in _lookup("Mid-Jutland", g)} == {"DNK"}
    assert _lookup("West Prince", g) == ()


def test_names_that_are_not_places(extract: Callable[..., Record]) -> None:
    record = extract("Pigs in Bulacan tested positive for the Reston ebolavirus and the Marburg "
                     "virus, China Daily reported. The H1N1 strain spread.")
    texts = {p.text for p in record.places}
    assert "Bulacan" in texts
    assert not texts & {"Reston", "Marburg", "H1N1"}


def test_an_organisation_at_a_place(extract: Callable[..., Record]) -> None:
    record = extract("The Madrid City Council met and the Texas Department of Transportation "
                     "closed a road.")
    assert place(record, "Madrid").code == "ESP"
    assert place(record, "Texas").kind == "admin1"


def test_ap_style_state_abbreviations(extract: Callable[..., Record]) -> None:
    record = extract("A man from Paris, Tenn., was arrested.")
    paris = place(record, "Paris")
    assert paris.code == "USA" and km(paris.lat, paris.lon, 36.3, -88.33) < 30  # type: ignore[arg-type]
    assert place(record, "Tenn.").name == "Tennessee"


def test_a_capital_beats_its_namesake_region_unless_told(
        extract: Callable[..., Record]) -> None:
    dc = place(extract("Officials in Washington said the talks failed."), "Washington")
    assert dc.kind == "city" and km(dc.lat, dc.lon, 38.9, -77.04) < 20  # type: ignore[arg-type]
    assert place(extract("Fires hit the state of Washington."), "Washington").kind == "admin1"
    assert place(extract("Apples from a Washington state orchard were recalled."),
                 "Washington").kind == "admin1"


def test_a_list_of_places_and_a_list_of_people(extract: Callable[..., Record]) -> None:
    record = extract("Flooding was reported in Dubbo, Parkes, Bathurst and Wagga Wagga in "
                     "regional NSW.")
    assert {"Dubbo", "Parkes", "Bathurst", "Wagga Wagga"} <= {p.text for p in record.places}
    assert all(p.code == "AUS" for p in record.places)
    record = extract("Obama, Biden and Clinton met in Paris.")
    assert [(p.text, p.kind) for p in record.places] == [("Paris", "city")]


def test_a_small_namesake_abroad_is_left_unplaced(extract: Callable[..., Record]) -> None:
    record = extract("Police in London said the thief was caught at a cafe in Piccadilly.")
    piccadilly = place(record, "Piccadilly")
    assert piccadilly.lat is None and piccadilly.code is None
    assert place(extract("The two men met in Piccadilly."), "Piccadilly").code == "AUS"


def test_the_place_a_war_is_named_after(extract: Callable[..., Record]) -> None:
    record = extract("Many veterans of the Iraq war came home in 2011.")
    assert [(p.text, p.code) for p in record.places] == [("Iraq", "IRQ")]


def test_nationality_words_name_their_country(extract: Callable[..., Record]) -> None:
    record = extract("Turkish troops crossed the border and Palestinians marched, North "
                     "Korean media said. The Syrian Observatory for Human Rights spoke in "
                     "Russian.")
    demonyms = {p.text: p for p in record.places if p.kind == "demonym"}
    assert {t: p.code for t, p in demonyms.items()} == {
        "Turkish": "TUR", "Palestinians": "PSE", "North Korean": "PRK", "Syrian": "SYR"}
    assert all(p.lat is not None for p in demonyms.values())
    assert "Russian" not in demonyms  # the language


def test_a_nationality_word_does_not_locate_an_event(extract: Callable[..., Record]) -> None:
    [event] = extract("Turkish troops shelled the villages on Monday.").events
    assert event.location is None


def test_places_inside_the_names_of_organisations(extract: Callable[..., Record]) -> None:
    record = extract("Researchers at the University of Pennsylvania told the Laurel County "
                     "Sheriff's Office and the Melinda Gates Foundation.")
    texts = {p.text: p for p in record.places}
    assert texts["Pennsylvania"].kind == "admin1"
    assert texts["Laurel County"].kind == "admin2" and texts["Laurel County"].code == "USA"
    assert "Gates" not in texts and "Melinda Gates Foundation" not in texts


def test_a_story_s_other_towns_pick_the_namesake(extract: Callable[..., Record]) -> None:
    alone = place(extract("Officers drove to Springfield on Tuesday."), "Springfield")
    near = place(extract("Officers from Champaign drove to Springfield on Tuesday."),
                 "Springfield")
    assert km(near.lat, near.lon, 39.8, -89.65) < 30  # type: ignore[arg-type]
    assert km(alone.lat, alone.lon, 39.8, -89.65) > 200  # type: ignore[arg-type]


def test_countries_sit_at_their_geonames_point() -> None:
    [canada] = [c for c in load_gazetteer().candidates("Canada") if c.kind == "country"]
    assert km(canada.lat, canada.lon, 60.11, -113.64) < 5  # type: ignore[arg-type]


def test_the_namesake_near_most_of_the_story_s_towns(extract: Callable[..., Record]) -> None:
    record = extract("A storm hit Chatham on Tuesday. It then damaged homes in Decatur and "
                     "Springfield, Illinois; Champaign and Chicago were spared.")
    chatham = place(record, "Chatham")
    assert chatham.lat is not None and chatham.lat < 40.5, \
        "the town near Springfield, not the Chicago quarter, though both are in Illinois"


def test_a_town_comma_county_and_a_list_of_towns(extract: Callable[..., Record]) -> None:
    greensburg = place(extract("The fire began in Greensburg, Decatur County, on Monday."),
                       "Greensburg")
    assert greensburg.lat is not None and greensburg.lat < 39.6, \
        "the Greensburg in Indiana's Decatur County, not the bigger one in Pennsylvania"
    record = extract("A storm hit Chatham, Decatur and Springfield in Illinois on Tuesday.")
    chatham = place(record, "Chatham")
    assert chatham.lat is not None and chatham.lat < 40.5, "a list, not 'Chatham, Decatur'"


def test_a_capitals_dateline_and_a_town_describing_people(
        extract: Callable[..., Record]) -> None:
    record = extract("PORTLAND, Maine — A Winchester man was arrested in Bath on Sunday.")
    assert place(record, "PORTLAND").lat == pytest.approx(43.66, abs=0.1)
    assert place(record, "Winchester").code == "USA"
    assert not [p for p in extract("AP — Stocks fell on Monday.").places]


def test_the_region_named_after_a_town_is_the_towns(extract: Callable[..., Record]) -> None:
    record = extract("The governor spoke in Atlanta, Georgia, on Monday.")
    [georgia] = [p for p in record.places if p.text == "Georgia"]
    assert (georgia.code, georgia.kind) == ("USA", "admin1")
    record = extract("Protests spread from Tbilisi, Georgia, to Batumi.")
    [georgia] = [p for p in record.places if p.text == "Georgia"]
    assert (georgia.code, georgia.kind) == ("GEO", "country")


def test_a_nationality_word_two_countries_share(extract: Callable[..., Record]) -> None:
    seoul = extract("SEOUL (AP) - Korean dockworkers walked out on Monday.")
    assert [(p.text, p.code) for p in seoul.places if p.kind == "demonym"] == [
        ("Korean", "KOR")]
    both = extract("Talks between North Korea and South Korea stalled; Korean families "
                   "waited.")
    assert not [p for p in both.places if p.kind == "demonym"], "both Koreas are named"
    assert not [p for p in extract("African leaders met in Pretoria, South Africa.").places
                if p.kind == "demonym"], "the continent's word is no country's"


def test_a_shared_nationality_word_in_a_story_naming_both_is_the_datelines(
        extract: Callable[..., Record]) -> None:
    record = extract("SEOUL (AP) - Korean unions marched on Monday, and North Korea's news "
                     "agency praised them.")
    assert [(p.text, p.code) for p in record.places if p.kind == "demonym"] == [
        ("Korean", "KOR")]


def test_a_dateline_the_tagger_took_for_a_name_is_a_place(
        extract: Callable[..., Record]) -> None:
    record = extract("BRUSSELS (Reuters) - The ministers met on Monday.")
    assert [(p.text, p.code) for p in record.places] == [("BRUSSELS", "BEL")]


def test_one_mention_of_a_country_does_not_pull_a_world_city_to_its_namesake(
        extract: Callable[..., Record]) -> None:
    record = extract("Bosnian Serb forces shelled Srebrenica and Zepa. The Bosnian foreign "
                     "minister will travel to Geneva for talks, and in Washington, senators "
                     "debated the crisis.")
    assert place(record, "Geneva").code == "CHE"
    assert place(record, "Srebrenica").code == "BIH", "a small town of a nationality named"
    assert "The Bosnian" not in {p.text for p in record.places}


def test_a_dateline_names_the_town_not_a_province_of_that_name(
        extract: Callable[..., Record]) -> None:
    record = extract("JERUSALEM (Reuters) - Palestinian officials in the West Bank and Gaza "
                     "said the Palestinians would vote in January.")
    dateline = place(record, "JERUSALEM")
    assert (dateline.code, dateline.kind) == ("ISR", "city")


def test_an_adjective_before_a_courts_name_is_no_hamlet(
        extract: Callable[..., Record]) -> None:
    record = extract("The Supreme Court heard the case from Ohio on Monday.")
    assert [p.text for p in record.places] == ["Ohio"]


def test_a_surname_named_before_is_the_person_not_a_place(
        extract: Callable[..., Record]) -> None:
    record = extract("Police shot Daniel Aragon in Tulsa on Friday. Aragon's family asked "
                     "for the video.")
    assert [p.text for p in record.places] == ["Tulsa"]
