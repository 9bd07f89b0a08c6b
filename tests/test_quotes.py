"""Quotes and attributions over real parses (loads the spaCy pipeline)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Quote, Record

pytestmark = pytest.mark.model


def quote(record: Record, words: str) -> Quote:
    return next(q for q in record.quotes if words in q.content)


def test_seed_quotes(extract: Callable[..., Record], seed_text: str) -> None:
    record = extract(seed_text)
    kim = quote(record, "stand by Moscow")
    assert (kim.speaker.name, kim.speaker.code, kim.cue) == ("Kim Jong Un", "PRK", "told")
    assert quote(record, "unconditional support").speaker.code == "PRK"
    assert quote(record, "all issues").speaker.name == "Vladimir Putin"
    he = quote(record, "satellites")
    assert he.speaker.text == "He" and he.speaker.name == "Vladimir Putin"
    officials = quote(record, "pay a price")
    assert officials.speaker.code == "USA" and officials.cue == "warned"
    sullivan = quote(record, "turn to a country like North Korea")
    assert sullivan.direct and sullivan.speaker.name == "Jake Sullivan"
    assert sullivan.speaker.code == "USA"


def test_offsets_cover_the_content(extract: Callable[..., Record], seed_text: str) -> None:
    for q in extract(seed_text).quotes:
        assert seed_text[q.start:q.end] == q.content


def test_direct_quote_after_the_speaker(extract: Callable[..., Record]) -> None:
    record = extract('The minister said: "We will not give up our land to anyone."')
    q = quote(record, "give up our land")
    assert q.direct and q.speaker.text == "minister" or q.speaker.text.endswith("minister")


def test_split_quote_continues_with_the_same_speaker(extract: Callable[..., Record]) -> None:
    record = extract('"The border is closed," Polish Interior Minister Jan Kowalczyk said. '
                     '"Nobody will cross it without papers, and we will enforce that."')
    q = quote(record, "Nobody will cross")
    assert q.direct and q.speaker.name == "Jan Kowalczyk" and q.speaker.code == "POL"


def test_according_to_attributes_the_sentence(extract: Callable[..., Record]) -> None:
    record = extract("Forty people died in the floods, according to Kenyan police.")
    q = quote(record, "Forty people died")
    assert q.cue == "according to" and q.speaker.code == "KEN" and not q.direct


def test_scare_quotes_without_a_speaker_are_not_quotes(extract: Callable[..., Record]) -> None:
    record = extract('The "reform" package passed on Monday.')
    assert record.quotes == ()


def test_what_a_source_thinks_or_finds(extract: Callable[..., Record]) -> None:
    record = extract("Republicans fear that the bill will fail. "
                     "The poll found that most voters oppose the deal.")
    assert quote(record, "the bill will fail").speaker.text == "Republicans"
    assert quote(record, "most voters oppose").cue == "found"


def test_a_claim_belongs_to_its_possessor(extract: Callable[..., Record]) -> None:
    record = extract("Putin's claim that the sanctions had failed was rejected.")
    claim = quote(record, "the sanctions had failed")
    assert claim.cue == "claim" and claim.speaker.code == "RUS" and not claim.direct


def test_relative_and_expletive_subjects(extract: Callable[..., Record]) -> None:
    record = extract("The talks were led by Sergei Lavrov, who said that Russia would not back "
                     "down. It is feared that the fighting will spread.")
    assert quote(record, "would not back down").speaker.name == "Sergei Lavrov"
    assert not [q for q in record.quotes if "fighting will spread" in q.content]


def test_a_quotation_of_several_sentences_is_one_content(
        extract: Callable[..., Record]) -> None:
    record = extract('Obama spoke in Ohio. "The economy is strong. We will win this '
                     'election," he said.')
    [q] = record.quotes
    assert q.content == "The economy is strong. We will win this election" and q.direct
    assert q.speaker.name == "Obama"
    [q] = extract('Obama said the plan was "a disaster" for the country.').quotes
    assert q.content == 'the plan was "a disaster" for the country' and not q.direct


def test_a_cue_inside_the_clause_it_reports(extract: Callable[..., Record]) -> None:
    [q] = extract("The plan, Pelosi said, would cut taxes for the middle class.").quotes
    assert q.speaker.text == "Pelosi" and q.content.endswith("would cut taxes for the middle class")
    [q] = extract("The economy is strong, he said.").quotes
    assert q.content == "The economy is strong"
    [q] = extract("Clinton, according to aides, was furious about the leak.").quotes
    assert q.speaker.text == "aides" and q.content.startswith("Clinton")


def test_a_passive_cue_takes_its_agent_as_speaker(extract: Callable[..., Record]) -> None:
    assert not extract("The disease was described as atypical.").quotes
    [q] = extract("It was announced by the ministry that prices would rise.").quotes
    assert q.speaker.text == "ministry" and q.content == "prices would rise"


def test_it_said_is_the_organisation_named_before(extract: Callable[..., Record]) -> None:
    [q] = extract("The Russian defence ministry met on Monday. It said that prices would "
                  "rise.").quotes
    assert (q.speaker.text, q.speaker.code, q.speaker.sector) == ("It", "RUS", "GOV")


def test_each_attribution_has_its_kind(extract: Callable[..., Record]) -> None:
    record = extract("Surveys show that most farmers oppose the levy. The senator asked "
                     "whether the levy would pass. The governor denied that he had signed "
                     "it. Analysts fear that exports will fall. The mayor wrote that the "
                     "town was bankrupt. The mayor said the budget was tight. The levy "
                     "passed, according to local radio.")
    kinds = {q.content: (q.kind, q.speaker.text) for q in record.quotes}
    assert kinds["most farmers oppose the levy"] == ("evidence", "Surveys")
    assert kinds["the levy would pass"][0] == "question"
    assert kinds["he had signed it"][0] == "denial"
    assert kinds["exports will fall"][0] == "belief"
    assert kinds["the town was bankrupt"][0] == "writing"
    assert kinds["the budget was tight"][0] == "speech"
    assert kinds["The levy passed"] == ("sourcing", "local radio")
    assert record.to_json()["quotes"][0]["cue_kind"] == "evidence"


def test_a_statement_speaks_for_whoever_issued_it(extract: Callable[..., Record]) -> None:
    record = extract("The ministry issued a statement saying the border would reopen. "
                     "There was a warning from the central bank that prices would rise.")
    assert quote(record, "the border would reopen").speaker.text == "ministry"
    warning = quote(record, "prices would rise")
    assert warning.speaker.text == "central bank" and warning.cue == "warning"


def test_a_quotation_a_clause_introduces_with_a_colon(extract: Callable[..., Record]) -> None:
    record = extract('The Bolivian finance minister was blunt: "There is no money left for '
                     'fuel subsidies."')
    [q] = record.quotes
    assert q.direct and q.content == "There is no money left for fuel subsidies."
    assert q.speaker.text == "Bolivian finance minister" and q.speaker.code == "BOL"
    assert not extract('The forecast is clear: "sunshine and light winds all week."').quotes


def test_what_a_warning_is_of(extract: Callable[..., Record]) -> None:
    [q] = extract("Aid agencies warned of a looming shortage of seed in Malawi.").quotes
    assert q.content == "a looming shortage of seed in Malawi" and q.kind == "speech"


def test_stances_are_attributions_of_their_own_kind(extract: Callable[..., Record]) -> None:
    [critical] = extract("Senator Ortiz is critical of the new trade deal.").quotes
    assert (critical.kind, critical.content) == ("stance", "the new trade deal")
    assert critical.speaker.text == "Senator Ortiz"
    [support] = extract("The mayor's support for the new stadium angered many residents."
                        ).quotes
    assert (support.kind, support.content, support.cue) == ("stance", "the new stadium",
                                                              "support")
    [concern] = extract("Opposition parties raised concerns that the vote will be delayed.").quotes
    assert (concern.kind, concern.content) == ("belief", "the vote will be delayed")
    assert not extract("The old bridge supports trucks of up to forty tonnes.").quotes
    assert not extract("Support for the measure has grown among younger voters.").quotes


def test_a_that_after_the_cue_and_saying_little(extract: Callable[..., Record]) -> None:
    [q] = extract("The Bolivian campaign conceded that turnout had been low.").quotes
    assert q.content == "turnout had been low", "the complementizer is no part of it"
    assert not extract("The White House has said little about the leak.").quotes


def test_who_is_asked_does_not_ask(extract: Callable[..., Record]) -> None:
    quotes = extract('Asked whether she would run, Senator Warren said: "Not this time."').quotes
    assert quotes and all(q.cue != "Asked" for q in quotes), "she was asked; she said"
    assert not extract("The senator, asked about the leak, said nothing.").quotes


def test_a_call_on_someone_attributes_what_they_are_asked(
        extract: Callable[..., Record]) -> None:
    record = extract("Senator Ames on Monday called on Russia to release the jailed reporters, "
                     "a demand that drew a sharp reply from Moscow.")
    [call] = [q for q in record.quotes if q.cue == "called"]
    assert call.content == "Russia to release the jailed reporters"
    assert not [q for q in extract("Obama called Putin on Monday.").quotes if q.cue == "called"]


def test_a_dateline_is_no_part_of_what_is_reported(extract: Callable[..., Record]) -> None:
    record = extract("TEHRAN, Iran (AP) -- Iran on Sunday accused the United States of "
                     "plotting a coup, the official news agency IRNA reported.")
    [report] = [q for q in record.quotes if q.cue == "reported"]
    assert report.content.startswith("Iran on Sunday accused")


def test_a_sign_says_nothing(extract: Callable[..., Record]) -> None:
    record = extract("About 50 residents of Flint rallied outside the Capitol with signs "
                     "demanding clean water.")
    assert not record.quotes
    [q] = extract("The ministry issued a statement saying the border would stay closed.").quotes
    assert q.speaker.text == "ministry", "a statement speaks for its issuer"


def test_what_one_is_accused_of_and_a_clause_said_of_a_relative(
        extract: Callable[..., Record]) -> None:
    [q] = [q for q in extract("Senator Lopez accused the mayor of hiring contractors from "
                              "Ohio instead of local firms.").quotes if q.cue == "accused"]
    assert q.content.startswith("hiring contractors")
    record = extract("Lopez criticized the mayor for signing contracts that she said had "
                     "cost the city millions.")
    assert not [q for q in record.quotes if q.cue == "said"], "the contracts lie outside"


def test_a_dateline_is_no_speaker_and_a_spokesman_is_of_whom_he_speaks_for(
        extract: Callable[..., Record]) -> None:
    record = extract("WASHINGTON — Dmitry Peskov, a spokesman for President Vladimir Putin, "
                     "said Moscow would respond.")
    [q] = record.quotes
    assert q.speaker.code == "RUS"
    stances = extract("BATON ROUGE, La. — Hundreds of protesters marched through downtown "
                      "Baton Rouge, denouncing the shooting.").quotes
    assert not [q for q in stances if q.speaker.text.isupper()]


def test_what_someone_did_not_say_is_no_quote(extract: Callable[..., Record]) -> None:
    record = extract("The minister did not say when the talks would resume. His deputy "
                     "declined to say whether troops would leave.")
    assert not record.quotes
    record = extract("The minister said the talks would not resume.")
    assert [q.content for q in record.quotes] == ["the talks would not resume"]


def test_a_said_clause_keeps_a_subject_parsed_as_an_object_and_no_date_is_content(
        extract: Callable[..., Record]) -> None:
    record = extract("The mayor said repairs to the old bridge would be finished by May.")
    assert [q.content for q in record.quotes] == [
        "repairs to the old bridge would be finished by May"]
    assert not extract("The king declared a national holiday on Friday.").quotes


def test_claims_rejected_are_not_the_rejecters(extract: Callable[..., Record]) -> None:
    record = extract("The minister rejected accusations that the police had tortured "
                     "prisoners.")
    assert not any(q.speaker.text == "minister" for q in record.quotes)
    record = extract("The minister made a claim that the police had tortured prisoners.")
    assert [q.speaker.text for q in record.quotes] == ["minister"]
