"""Event extraction over real parses (loads the spaCy pipeline)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from tacitus.model import Event, Record

pytestmark = pytest.mark.model


def live(record: Record) -> list[Event]:
    return [e for e in record.events if not e.negated and not e.hypothetical]


def codes(actors: tuple) -> set[str]:  # type: ignore[type-arg]
    return {a.code for a in actors if a.code}


def find(record: Record, event: str) -> list[Event]:
    return [e for e in live(record) if e.event == event]


def test_seed_must_events(extract: Callable[..., Record], seed_text: str) -> None:
    record = extract(seed_text)
    consult = [e for e in find(record, "CONSULT")
               if {"PRK", "RUS"} <= codes(e.actor) | codes(e.recipient)]
    assert len(consult) == 1, "the summit is one CONSULT event"
    assert consult[0].date == "2023-09-13"
    assert len(consult[0].evidence) >= 2, "met/talks/meeting are mentions of one event"
    assert any("PRK" in codes(e.actor) and "RUS" in codes(e.recipient)
               for e in find(record, "SUPPORT"))
    assert any("USA" in codes(e.actor) and "PRK" in codes(e.recipient)
               for e in find(record, "THREATEN"))
    assert not find(record, "SANCTION") and not find(record, "ASSAULT")


def test_evidence_offsets_point_at_the_trigger(extract: Callable[..., Record]) -> None:
    text = "Israeli troops attacked a Hamas base in Gaza on Monday."
    [event] = find(extract(text), "ASSAULT")
    ev = event.evidence[0]
    assert text[ev.start:ev.end] == ev.trigger == "attacked"
    assert ev.sentence == text


def test_actor_and_recipient_with_sector(extract: Callable[..., Record]) -> None:
    [event] = find(extract("Egyptian police arrested twelve Syrian activists in Cairo."),
                   "COERCE")
    assert (event.actor[0].code, event.actor[0].sector) == ("EGY", "COP")
    assert event.recipient[0].code == "SYR"


def test_negated_event_is_flagged(extract: Callable[..., Record]) -> None:
    record = extract("The army did not attack the rebels in Aleppo.")
    assert not find(record, "ASSAULT")
    assert any(e.event == "ASSAULT" and e.negated for e in record.events)


@pytest.mark.parametrize("text", [
    "Any such deal would violate sanctions and the army would attack the border.",
    "Officials said the country will pay a price if its army attacks Georgia.",
])
def test_hypothetical_events_are_flagged(extract: Callable[..., Record], text: str) -> None:
    record = extract(text)
    assert not find(record, "ASSAULT")
    assert any(e.event == "ASSAULT" and e.hypothetical for e in record.events)


def test_stated_intention_to_visit_is_agree(extract: Callable[..., Record]) -> None:
    record = extract("German Foreign Minister Heiko Maas will visit Albania in June.")
    [agree] = find(record, "AGREE")
    assert codes(agree.actor) == {"DEU"} and codes(agree.recipient) == {"ALB"}


def test_refusal_of_cooperation_is_reject(extract: Callable[..., Record]) -> None:
    record = extract("The United States said it would not allow the sale of arms to Iran.")
    assert find(record, "REJECT")


def test_title_gives_country_and_sector_without_dictionary(
        extract: Callable[..., Record]) -> None:
    record = extract("Kenyan President Jomo Xanthe met Nigerian officials in Abuja.")
    [consult] = find(record, "CONSULT")
    actor = consult.actor[0]
    assert (actor.name, actor.code, actor.sector) == ("Jomo Xanthe", "KEN", "GOV")
    assert codes(consult.recipient) == {"NGA"}


def test_short_name_and_pronoun_resolve_to_the_person_named_before(
        extract: Callable[..., Record]) -> None:
    record = extract("Russian President Vladimir Putin arrived in Beijing. "
                     "Putin praised China. He later criticized Japan.")
    [support] = find(record, "SUPPORT")
    [accuse] = find(record, "ACCUSE")
    assert support.actor[0].name == accuse.actor[0].name == "Vladimir Putin"
    assert codes(accuse.actor) == {"RUS"} and codes(accuse.recipient) == {"JPN"}


def test_capital_as_actor_stands_for_government(extract: Callable[..., Record]) -> None:
    [event] = find(extract("Moscow condemned the missile strike on Kyiv."), "ACCUSE")
    assert (event.actor[0].code, event.actor[0].sector) == ("RUS", "GOV")


def test_unknown_actor_stays_null(extract: Callable[..., Record]) -> None:
    [event] = find(extract("Gunmen attacked a convoy near the border."), "ASSAULT")
    assert event.actor[0].code is None


def test_passive_agent_is_the_actor(extract: Callable[..., Record]) -> None:
    [event] = find(extract("Two Iraqi soldiers were killed by Turkish troops."), "ASSAULT")
    assert codes(event.actor) == {"TUR"} and codes(event.recipient) == {"IRQ"}


def test_record_json_follows_the_contract(extract: Callable[..., Record],
                                          seed_text: str) -> None:
    data = extract(seed_text).to_json()
    assert data["format"] == "tacitus/1" and data["date"] == "2023-09-13"
    event = data["events"][0]
    assert {"event", "mode", "date", "actor", "recipient", "location", "evidence", "negated",
            "hypothetical", "confidence"} <= set(event)
    assert {"sentence", "start", "end", "trigger"} <= set(event["evidence"])


def test_event_date_comes_from_its_clause(extract: Callable[..., Record]) -> None:
    record = extract("Rebels attacked the town on Monday. Officials said Egypt will host "
                     "Israeli envoys on Friday.", date="2023-09-13")  # a Wednesday
    [assault] = find(record, "ASSAULT")
    assert assault.date == "2023-09-11"
    [agree] = find(record, "AGREE")
    assert agree.date == "2023-09-15"


def test_event_without_stated_date_takes_the_article_date(
        extract: Callable[..., Record]) -> None:
    [event] = find(extract("Police arrested two Kenyan activists."), "COERCE")
    assert event.date == "2023-09-13"


def test_stance_prefix_does_not_give_a_country(extract: Callable[..., Record]) -> None:
    [event] = find(extract("Pro-Iranian militants attacked a convoy."), "ASSAULT")
    assert event.actor[0].code is None


def test_stative_passive_subject_acts(extract: Callable[..., Record]) -> None:
    [event] = find(extract("Hungary is opposed to German mediation in the dispute."), "REJECT")
    assert codes(event.actor) == {"HUN"}


def test_plural_demonym_resolves(extract: Callable[..., Record]) -> None:
    [event] = find(extract("Ghanaian authorities deported 168 Liberians on Monday."), "COERCE")
    assert codes(event.actor) == {"GHA"} and codes(event.recipient) == {"LBR"}


def test_recipient_of_a_threatened_action(extract: Callable[..., Record]) -> None:
    [event] = find(extract("The Azerbaijani parliament threatened to break relations with "
                           "Russia."), "THREATEN")
    assert codes(event.actor) == {"AZE"} and codes(event.recipient) == {"RUS"}


def test_a_visit_needs_someone_going_somewhere(extract: Callable[..., Record]) -> None:
    assert not find(extract("Families in Kenya went to the beach on Saturday."), "CONSULT")
    [visit] = find(extract("Chinese Premier Li Qiang travelled to Germany on Monday."),
                   "CONSULT")
    assert codes(visit.actor) == {"CHN"} and codes(visit.recipient) == {"DEU"}


def test_saying_what_another_party_must_do_is_a_request(extract: Callable[..., Record]) -> None:
    record = extract("The Brazilian foreign minister said Venezuela must release the detained "
                     "opposition leaders.")
    [request] = find(record, "REQUEST")
    assert codes(request.actor) == {"BRA"} and codes(request.recipient) == {"VEN"}
    assert not find(extract("The minister said we must work harder."), "REQUEST")


def test_turning_down_a_request_is_a_rejection(extract: Callable[..., Record]) -> None:
    record = extract("Rebels in Mali dismissed an appeal from the Malian government to lay "
                     "down their arms.")
    [reject] = find(record, "REJECT")
    assert codes(reject.recipient) == {"MLI"}


def test_unnamed_people_belong_to_where_the_event_happens(
        extract: Callable[..., Record]) -> None:
    [arrest] = [e for e in extract("Police arrested 40 students in Jakarta.").events]
    assert [(a.code, a.sector) for a in arrest.actor] == [("IDN", "COP")]
    assert [(a.code, a.sector) for a in arrest.recipient] == [("IDN", "EDU")]
    [talks] = [e for e in extract("Russian officials met students in Jakarta.").events]
    assert [a.code for a in talks.actor] == ["RUS"]  # a stated country stays


def test_a_group_named_in_unresolved_words_keeps_no_country(
        extract: Callable[..., Record]) -> None:
    [event] = [e for e in extract("In Kyiv, Zorgovian forces attacked police.").events
               if e.event == "ASSAULT"]
    assert [a.code for a in event.actor] == [None]
    assert [a.code for a in event.recipient] == ["UKR"]


def test_a_stated_country_beats_a_namesake_in_the_dictionary(
        extract: Callable[..., Record]) -> None:
    record = extract("King Hassan of Morocco met Israeli officials.", date="1990-01-01")
    [meeting] = [e for e in record.events if e.event == "CONSULT"]
    assert [a.code for a in meeting.actor] == ["MAR"]


def test_rebels_in_a_country_and_serb_forces(extract: Callable[..., Record]) -> None:
    record = extract("The rebels in Burkina Faso ambushed Serb forces near the border.")
    [attack] = [e for e in record.events if e.event == "ASSAULT"]
    assert [a.code for a in attack.actor] == ["BFA"]
    assert [a.code for a in attack.recipient] == ["SRB"]


def test_the_wounded_are_people_not_an_attack(extract: Callable[..., Record]) -> None:
    record = extract("Red Cross trucks carried the wounded to a field hospital.")
    assert "ASSAULT" not in {e.event for e in record.events}


def test_no_longer_negates(extract: Callable[..., Record]) -> None:
    record = extract("Kenya's interior minister warned that the government will no longer "
                     "tolerate strikes by the teachers' union.")
    assert not [e for e in record.events if e.event == "AGREE" and not e.negated]


def test_a_preposition_alone_does_not_pick_the_phrase(extract: Callable[..., Record]) -> None:
    """'expelled diplomats based in Geneva': the diplomats decide, not the 'in'."""
    record = extract("Austria said it had expelled three Iranian diplomats based in Vienna.")
    [expel] = [e for e in record.events if e.evidence[0].trigger == "expelled"]
    assert expel.event == "SANCTION"


def test_protesting_in_words_is_an_accusation(extract: Callable[..., Record]) -> None:
    assert [e.event for e in extract("Thousands protested in Athens on Sunday.").events] == \
        ["PROTEST"]
    record = extract("The ministry protested that the border had been violated.")
    assert [e.event for e in record.events] == ["ACCUSE"]


def test_a_reminder_of_what_another_must_do(extract: Callable[..., Record]) -> None:
    record = extract("German Chancellor Olaf Scholz issued a firm reminder on Tuesday to "
                     "Serbia that it must respect the ceasefire.")
    [request] = [e for e in record.events if e.event == "REQUEST"]
    assert [a.code for a in request.actor] == ["DEU"]
    assert [a.code for a in request.recipient] == ["SRB"]


def test_a_protest_without_a_named_target_is_aimed_where_it_happens(
        extract: Callable[..., Record]) -> None:
    [rally] = extract("Hundreds of farmers demonstrated in the western city of Nantes on "
                      "Friday.").events
    assert rally.event == "PROTEST" and [a.code for a in rally.recipient] == ["FRA"]
    [rally] = extract("Students in Paris protested against the Chinese government.").events
    assert [a.code for a in rally.recipient] == ["CHN"]


def test_a_curfew_without_a_named_target_is_aimed_where_it_is(
        extract: Callable[..., Record]) -> None:
    record = extract("Police have imposed a curfew in the Ugandan town of Kasese.")
    [curfew] = [e for e in record.events if e.event == "COERCE"]
    assert [a.code for a in curfew.recipient] == ["UGA"]


def test_the_recipient_of_a_purpose(extract: Callable[..., Record]) -> None:
    record = extract("Canada is willing to send equipment to help protect Moldova.")
    [offer] = [e for e in record.events if e.event == "AGREE"]
    assert [a.code for a in offer.recipient] == ["MDA"]


def test_recipients_inside_objects_and_allowed_clauses(extract: Callable[..., Record]) -> None:
    record = extract("Lithuania's government has demanded a public apology by Minsk.")
    [demand] = [e for e in record.events if e.event == "REQUEST"]
    assert [a.code for a in demand.recipient] == ["BLR"]
    record = extract("The rebel commanders refused to allow United Nations convoys to enter.")
    [refusal] = [e for e in record.events if e.event == "REJECT"]
    assert [a.code for a in refusal.recipient] == ["IGO"]
    record = extract("Egyptian police opened fire on Monday to disperse demonstrators.")
    assert all(a.text != "fire" for e in record.events for a in e.recipient)


def test_a_place_named_in_the_phrase_gives_the_country(extract: Callable[..., Record]) -> None:
    record = extract("The government of Balochistan province has ordered patrols by police.")
    [patrols] = [e for e in record.events if e.event == "MOBILIZE"]
    assert [a.code for a in patrols.actor] == ["PAK"]


def test_what_a_party_must_be_ready_to_do_is_asked_not_agreed(
        extract: Callable[..., Record]) -> None:
    record = extract("The Turkish minister said Sweden must be ready to hand over the "
                     "suspects.")
    assert not [e for e in record.events if e.event == "AGREE" and not e.hypothetical]
    record = extract("Ethiopia says it is ready to withdraw its forces from the region.")
    assert [e.event for e in record.events if not e.hypothetical] == ["AGREE"]


def test_an_attempted_attack_is_an_attack(extract: Callable[..., Record]) -> None:
    record = extract("An attempt to assassinate the deputy governor was thwarted in Siberia.")
    assert [e.event for e in record.events if not e.hypothetical] == ["ASSAULT"]
    record = extract("Troops were sent to restore order.")
    assert not [e for e in record.events if not e.hypothetical and e.event == "CONCEDE"]


def test_what_is_demanded_has_not_happened(extract: Callable[..., Record]) -> None:
    record = extract("Japan demanded that Russia halt plans to build bases on the islands.")
    assert [e.event for e in record.events if not e.hypothetical] == ["REQUEST"]


def test_the_demand_of_a_protest_is_not_a_second_event(extract: Callable[..., Record]) -> None:
    record = extract("Hundreds of teachers marched in Nairobi on Monday calling for higher "
                     "pay from the government.")
    assert [e.event for e in record.events] == ["PROTEST"]


def test_what_someone_is_accused_of_is_alleged(extract: Callable[..., Record]) -> None:
    record = extract("The Sudanese government accused Darfur rebels of attacking a convoy.")
    live = [e.event for e in record.events if not e.hypothetical]
    assert live == ["ACCUSE"]


def test_what_a_flood_or_a_disease_does_is_no_political_event(
        extract: Callable[..., Record]) -> None:
    assert extract("Floods hit three villages in Assam.").events == ()
    assert extract("A cyclone struck the coast of Odisha, killing 12 people.").events == ()
    assert extract("Three people were killed in a bus crash in Peru.").events == ()
    assert extract("Two climbers died on Everest.").events == ()


def test_an_instrument_is_how_someone_acted_not_who(extract: Callable[..., Record]) -> None:
    [attack] = extract("A car bomb killed four soldiers in Mogadishu.").events
    assert attack.event == "ASSAULT" and attack.actor == ()
    assert [a.code for a in attack.recipient] == ["SOM"]


def test_results_in_sport_are_no_fights(extract: Callable[..., Record]) -> None:
    assert extract("Spain beat Italy 2–1 in the final.").events == ()
    assert extract("In tennis, Naomi Osaka defeats Coco Gauff to reach the semifinal.").events \
        == ()
    [battle] = extract("Government troops defeated the rebels near Goma.").events
    assert battle.event == "ASSAULT"


def test_one_act_told_in_several_words_is_one_event(extract: Callable[..., Record]) -> None:
    [attack] = extract("Gunmen killed nine people and wounded 14 others in Kaduna.").events
    assert [e.trigger for e in attack.evidence] == ["killed", "wounded"]
    record = extract("Rebels attacked a base in Mali and Malian police shot two protesters.")
    assert len([e for e in record.events if e.event == "ASSAULT"]) == 2


def test_releasing_a_statement_is_not_releasing_someone(extract: Callable[..., Record]) -> None:
    assert extract("The ministry released a statement on the talks.").events == ()
    [release] = extract("The militants released two hostages.").events
    assert release.event == "RETREAT"


def test_an_apology_is_a_concession_and_an_invitation_an_agreement(
        extract: Callable[..., Record]) -> None:
    """The PLOVER manual: regret or remorse is CONCEDE; invitations for visits are AGREE."""
    [apology] = extract("The Japanese prime minister apologised to South Korea for the "
                        "remarks.").events
    assert apology.event == "CONCEDE" and codes(apology.recipient) == {"KOR"}
    [invitation] = find(extract("Peru extended an invitation to the Chilean president."),
                        "AGREE")
    assert codes(invitation.actor) == {"PER"} and codes(invitation.recipient) == {"CHL"}


def test_suggesting_what_was_done_is_an_allegation(extract: Callable[..., Record]) -> None:
    record = extract("Critics suggested that the Kenyan police had tortured the suspects.")
    assert [(e.event, e.mode) for e in live(record)] == [("ACCUSE", "allege")]
    assert codes(live(record)[0].recipient) == {"KEN"}
    record = extract("The minister suggested that Kenya should reopen the border.")
    assert [e.event for e in live(record)] == ["REQUEST"]


def test_things_are_neither_actors_nor_recipients(extract: Callable[..., Record]) -> None:
    [condemnation] = extract("The US embassy condemned the arrests.").events
    assert codes(condemnation.actor) == {"USA"} and condemnation.recipient == ()
    [arrest] = find(extract("Police arrested two suspects in Lagos."), "COERCE")
    assert [a.sector for a in arrest.recipient] == ["CRM"]


def test_an_attack_over_a_matter_is_criticism(extract: Callable[..., Record]) -> None:
    [event] = extract("Donald Trump attacked Hillary Clinton over her emails.",
                      date="2016-06-01").events
    assert (event.event, event.mode) == ("ACCUSE", "disapprove")
    assert codes(event.actor) == {"USA"}  # a candidate in 2016, American all the same
    [raid] = extract("Rebels attacked the town for three days.").events
    assert raid.event == "ASSAULT"


def test_a_state_body_named_without_its_country_is_the_story_s(
        extract: Callable[..., Record]) -> None:
    [event] = find(extract("Riots spread through Nairobi and Mombasa on Monday. Police "
                           "arrested ten protesters."), "COERCE")
    assert event.actor[0].code == "KEN" and event.actor[0].sector == "COP"
    [event] = find(extract("France and Germany held talks on Monday. Police arrested ten "
                           "protesters."), "COERCE")
    assert event.actor[0].code is None  # two countries, neither the story's


def test_the_maker_of_an_attack_named_in_its_phrase_acts(
        extract: Callable[..., Record]) -> None:
    [event] = find(extract("Nine villagers were killed in a Syrian airstrike on Monday."),
                   "ASSAULT")
    assert [a.code for a in event.actor] == ["SYR"]
    [event] = find(extract("Six men were killed in an attack by gunmen."), "ASSAULT")
    assert event.actor[0].text == "gunmen"


def test_fighting_between_armed_sides_makes_both_actors(
        extract: Callable[..., Record]) -> None:
    [event] = find(extract("Clashes between Malian troops and Tuareg rebels went on all "
                           "night."), "ASSAULT")
    assert {a.sector for a in event.actor} == {"MIL", "REB"} and event.recipient == ()
    assert find(extract("The fight between the two candidates grew bitter."), "ASSAULT") == []


def test_an_act_with_no_one_on_either_side_is_no_event(extract: Callable[..., Record]) -> None:
    assert extract("The final was abandoned after crowd trouble.").events == ()
    assert [e.event for e in extract("Thousands protested on Sunday.").events] == ["PROTEST"]


def test_a_relative_clause_is_background_to_the_act_reported(
        extract: Callable[..., Record]) -> None:
    record = extract("Rebels, who had attacked the town in May, released twelve hostages on "
                     "Friday.")
    assert [e.event for e in record.events] == ["RETREAT"]
    [alone] = extract("Police arrested the man who had attacked the mayor.").events
    assert alone.event == "COERCE"


def test_an_office_the_verb_gives_and_an_untyped_proper_name(
        extract: Callable[..., Record]) -> None:
    [event] = find(extract("Olga Petrenko resigned as mayor of Kharkiv on Friday."), "RETREAT")
    assert event.actor[0].code == "UKR"


def test_weighing_an_act_is_not_doing_it(extract: Callable[..., Record]) -> None:
    assert extract("The cabinet is considering new sanctions on its neighbour.").events == ()
    [event] = extract("Norway weighed sending troops to Mali.").events
    assert event.event == "MOBILIZE" and event.hypothetical


def test_a_plan_is_coded_by_what_is_planned(extract: Callable[..., Record]) -> None:
    assert [e.event for e in extract("The ministry plans to expel the diplomats.").events] \
        == ["THREATEN"]


def test_recipients_after_from_between_and_for(extract: Callable[..., Record]) -> None:
    [event] = extract("Chad will withdraw its soldiers from Niger.").events
    assert [a.code for a in event.recipient] == ["NER"]
    offer = find(extract("Ghana offered to host a meeting between Togo and Benin."),
                 "AGREE")[0]
    assert offer.actor[0].code == "GHA" and {a.code for a in offer.recipient} == {"TGO", "BEN"}


def test_a_phrasal_verb_is_not_its_verb(extract: Callable[..., Record]) -> None:
    assert not live(extract("Dozens of inmates broke out of a prison in Haiti on Sunday."))
    assert not live(extract("The new governor of Kano was sworn in on Friday."))
    [crackdown] = live(extract("Security forces cracked down on students in Dhaka."))
    assert crackdown.event == "COERCE" and codes(crackdown.actor) == {"BGD"}


def test_a_verb_of_acting_with_a_that_clause_is_a_finding(
        extract: Callable[..., Record]) -> None:
    assert not find(extract("The tribunal in Nairobi ruled that the vote was fair."),
                    "COOPERATE")
    held = extract("A court in Lahore held that the arrests were unlawful.")
    assert not find(held, "COERCE")


def test_what_someone_is_allowed_to_do_is_not_done(extract: Callable[..., Record]) -> None:
    record = extract("A new decree permits soldiers in Mali to detain suspects without trial.")
    assert not find(record, "COERCE")
    assert any(e.event == "COERCE" and e.hypothetical for e in record.events)


def test_a_name_with_and_in_it_is_one_party(extract: Callable[..., Record]) -> None:
    [attack] = find(extract("Militants of the Islamic State of Iraq and the Levant seized a "
                            "town in northern Syria."), "COERCE") or find(extract(
        "Militants of the Islamic State of Iraq and the Levant attacked a town in Syria."),
        "ASSAULT")
    assert len(attack.actor) == 1 and codes(attack.actor) == {"IMG"}
    [meeting] = find(extract("President Ruto of Kenya and President Museveni of Uganda met "
                             "in Nairobi."), "CONSULT")
    assert codes(meeting.actor) | codes(meeting.recipient) == {"KEN", "UGA"}


def test_a_participle_joined_to_a_passive_is_passive(extract: Callable[..., Record]) -> None:
    record = extract("Three policemen were killed and two more wounded during a riot at a jail "
                     "in Niger.")
    [harm] = find(record, "ASSAULT")
    assert not harm.actor and [r.text for r in harm.recipient] == ["policemen"]


def test_an_object_pronoun_is_not_its_own_subject(extract: Callable[..., Record]) -> None:
    record = extract("Refugees reached the border of Austria. Austrian soldiers gave them "
                     "blankets and food.")
    [aid] = [e for e in live(record) if e.event == "AID"]
    assert [a.text for a in aid.actor] == ["Austrian soldiers"]
    assert all(r.text != "Austrian soldiers" for r in aid.recipient)


def test_naming_is_no_call_and_a_day_is_no_particle(extract: Callable[..., Record]) -> None:
    assert not find(extract("Critics in Kenya called the plan a disaster."), "CONSULT")
    [call] = live(extract("President Ruto of Kenya called President Museveni of Uganda on "
                          "Monday."))
    assert (call.event, call.mode) == ("CONSULT", "phone")
    assert codes(call.actor) == {"KEN"} and codes(call.recipient) == {"UGA"}


def test_a_participle_describing_a_thing_is_background(extract: Callable[..., Record]) -> None:
    record = extract("Border police in Hungary seized a train carrying 300 migrants.")
    assert [e.event for e in live(record)] == ["COERCE"]


def test_who_owns_up_to_an_attack_made_it(extract: Callable[..., Record]) -> None:
    [attack] = find(extract("The Taliban claimed responsibility for the killing of two "
                            "Afghan police officers in Kunduz."), "ASSAULT")
    assert codes(attack.actor) == {"AFG"} and attack.actor[0].text == "Taliban"
    assert attack.recipient and attack.recipient[0].sector == "COP"


def test_who_undergoes_an_attack_is_its_recipient(extract: Callable[..., Record]) -> None:
    [attack] = find(extract("The French embassy in Bamako came under a rocket attack."),
                    "ASSAULT")
    assert not attack.actor and codes(attack.recipient) == {"FRA"}
    [cyber] = live(extract("The Estonian defence ministry suffered a cyber attack."))
    assert (cyber.event, cyber.mode) == ("COERCE", "cyber"), "the PLOVER manual's cyber mode"
    assert codes(cyber.recipient) == {"EST"}


def test_an_accident_a_clause_names_is_no_one_s_act(extract: Callable[..., Record]) -> None:
    assert not live(extract("Six people were killed after a lorry crashed into a bus "
                            "near Turin."))
    assert not live(extract("Nine people died when a ferry capsized off Lesbos."))
    [attack] = find(extract("Two sailors were killed after rebels sank the patrol boat."),
                    "ASSAULT")
    assert attack.recipient, "a clause with a doer is no accident"


def test_what_a_company_does_to_no_political_party_is_commerce(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("Dutch airline KLM cancels 200 flights over the holiday."))
    [protest] = find(extract("Pilots in Spain went on strike over pensions."), "PROTEST")
    assert protest.mode == "strike"  # the manual's mode for a strike by workers


def test_the_body_that_issued_a_document_acts_through_it(
        extract: Callable[..., Record]) -> None:
    [ban] = find(extract("Kenya's High Court issued a ruling that bans the sale of "
                         "plastic bags."), "COERCE")
    assert codes(ban.actor) == {"KEN"}
    [order] = find(extract("A court in Lagos issued an injunction against the union."),
                   "COERCE")
    assert codes(order.actor) == {"NGA"}


def test_questioning_by_police_is_an_investigation(extract: Callable[..., Record]) -> None:
    [probe] = find(extract("Belgian police questioned the former minister on Tuesday."),
                   "ACCUSE")
    assert probe.mode == "investigate" and codes(probe.actor) == {"BEL"}



def test_a_place_taken_by_an_armed_side_is_an_assault(extract: Callable[..., Record]) -> None:
    [attack] = live(extract("Houthi rebels captured the airport of Aden after heavy fighting."))
    assert attack.event == "ASSAULT" and codes(attack.actor) == {"YEM"}
    [seizure] = live(extract("Kenyan police seized two tonnes of ivory in Mombasa."))
    assert (seizure.event, seizure.mode) == ("COERCE", "seize"), "goods are seized"


def test_a_protest_or_coercion_no_place_locates_is_aimed_at_home(
        extract: Callable[..., Record]) -> None:
    [protest] = find(extract("Bolivian miners staged a demonstration on Friday."), "PROTEST")
    assert codes(protest.recipient) == {"BOL"} and protest.recipient[0].text == "Bolivian"
    [ban] = find(extract("The Peruvian government banned the largest miners' union."),
                 "COERCE")
    assert codes(ban.recipient) == {"PER"}
    [attack] = find(extract("Bolivian miners attacked a Chilean convoy."), "ASSAULT")
    assert codes(attack.recipient) == {"CHL"}


def test_a_relative_clause_is_no_part_of_the_verb_s_phrase(
        extract: Callable[..., Record]) -> None:
    record = extract("Ghana's electoral commission issued a directive that bars foreign funds "
                     "from party campaigns.")
    assert [e.event for e in live(record)] == ["COERCE"], "no 'issue ... funds' AID"


def test_a_protest_lodged_with_a_government_is_an_accusation(
        extract: Callable[..., Record]) -> None:
    [protest] = live(extract("Ghana lodged a formal protest with Togo on Monday."))
    assert (protest.event, protest.mode) == ("ACCUSE", "disapprove")
    assert codes(protest.actor) == {"GHA"} and codes(protest.recipient) == {"TGO"}


def test_a_permission_no_one_is_named_giving_is_no_act(extract: Callable[..., Record]) -> None:
    assert not live(extract("Foreign journalists are allowed to enter the border zone this "
                            "week."))
    assert not live(extract("Detainees were given the right to see a lawyer."))
    [permission] = live(extract("The Hungarian government allowed the refugees to board "
                                "trains."))
    assert permission.event == "CONCEDE" and codes(permission.actor) == {"HUN"}


def test_a_death_in_a_sentence_naming_an_accident_is_no_attack(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("Two cyclists are killed and five hurt after a van and a tram "
                            "collision in Lyon."))
    [attack] = live(extract("Three people were killed in an attack on a bus in Kenya."))
    assert attack.event == "ASSAULT"


def test_what_befalls_a_thing_is_no_one_s_act(extract: Callable[..., Record]) -> None:
    assert not live(extract("A seaplane crashes during takeoff in Maine, killing two people."))
    assert not live(extract("A chemical plant explodes in Tianjin, killing 15 people."))
    assert not live(extract("A huge sandstorm hits Jordan and Iraq."))
    [attack] = live(extract("A car bomb explodes in Kabul, killing twelve people."))
    assert attack.event == "ASSAULT", "a bomb is an instrument: someone set it off"


def test_passing_a_law_is_coded_by_what_the_law_does(extract: Callable[..., Record]) -> None:
    [ban] = live(extract("The Senate of Chile passes a bill that bans the sale of "
                         "assault rifles."))
    assert ban.event == "COERCE" and codes(ban.actor) == {"CHL"}
    assert not live(extract("A Latvian man pleads guilty to fraud charges."))


def test_crowds_arriving_pay_no_visit_and_home_runs_are_sport(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("Seven thousand migrants arrive in Croatia from Serbia."))
    assert not live(extract("Ortiz hits two home runs in the 10-4 win over the Rays."))


def test_a_body_s_stated_country_beats_a_namesake_in_the_dictionary(
        extract: Callable[..., Record]) -> None:
    for text in ("The Chilean Senate passes a bill that bans the sale of assault rifles.",
                 "The Senate of Chile passes a bill that bans the sale of assault rifles."):
        [ban] = live(extract(text))
        assert codes(ban.actor) == {"CHL"}, "the dictionary's 'senate' is the US one"


def test_whoever_owns_the_weapon_acts(extract: Callable[..., Record]) -> None:
    [attack] = live(extract("The Russian Defence Ministry said its jets struck targets in "
                            "Syria."))
    assert attack.event == "ASSAULT" and codes(attack.actor) == {"RUS"}


def test_searching_for_a_suspect_is_an_investigation(extract: Callable[..., Record]) -> None:
    [search] = live(extract("Detectives in Nairobi are seeking two suspects after the "
                            "robbery."))
    assert (search.event, search.mode) == ("ACCUSE", "investigate"), "not CAMEO's threat"


def test_a_firm_by_its_name_and_an_appeal_in_court(extract: Callable[..., Record]) -> None:
    assert not live(extract("Nokia Corporation announces it will purchase Acme Limited."))
    assert not live(extract("The league announced that it will appeal the ruling."))


def test_a_headline_verb_taken_for_a_noun_is_a_verb(extract: Callable[..., Record]) -> None:
    [sentence] = live(extract("A Kenyan court sentences five suspected militants to death."))
    assert sentence.event == "SANCTION" and codes(sentence.actor) == {"KEN"}  # a sentence
    # that is no imprisonment is SANCTION convict, as the PLOVER manual codes it


def test_what_one_would_make_another_do_is_not_done(extract: Callable[..., Record]) -> None:
    record = extract("The candidate said he would build a wall and make Mexico pay for it.")
    assert not live(record), "the paying is promised, not reported"
    [press] = live(extract("Senator Clinton of New York released a plan and her aides "
                           "pressed Congress to pass it."))
    assert press.event == "REQUEST" and codes(press.actor) == {"USA"}, "her aides: hers"


def test_calling_someone_s_remarks_something_is_no_call(extract: Callable[..., Record]) -> None:
    events = live(extract('Aides to the Peruvian president hit back, calling the senator\'s '
                          'remarks "an insult."'))
    assert [e.event for e in events] == ["ACCUSE"], "a judgement of the remarks, no call"


def test_a_journey_for_talks_is_the_talks(extract: Callable[..., Record]) -> None:
    [talks] = live(extract("Lebanese Prime Minister Rafik Hariri flew to Paris for talks "
                           "with President Jacques Chirac."))
    assert talks.event == "CONSULT" and codes(talks.actor) == {"LBN"}
    assert codes(talks.recipient) == {"FRA"} and talks.recipient[0].name


def test_a_forecast_of_others_is_no_intention(extract: Callable[..., Record]) -> None:
    [talk] = extract("The two leaders are expected to discuss trade in Geneva.").events
    assert talk.event == "CONSULT" and talk.hypothetical, "not an AGREE"


def test_a_body_governing_where_it_sits_is_of_that_country(
        extract: Callable[..., Record]) -> None:
    [denial] = live(extract("The government in Damascus rejected the report."))
    assert codes(denial.actor) == {"SYR"}


def test_senses_of_contest_law_and_pressing(extract: Callable[..., Record]) -> None:
    assert not live(extract("The Labour Party won the election in Wales, defeating several "
                            "Conservative incumbents."))
    assert not live(extract("The bill cleared the Senate of Chile on a 30-8 vote."))
    assert not live(extract("The Chilean senator presses his advantage in the polls."))
    [press] = live(extract("The Chilean minister pressed Bolivia to reopen the border."))
    assert press.event == "REQUEST" and codes(press.recipient) == {"BOL"}


def test_marching_through_a_city_is_a_protest_there(extract: Callable[..., Record]) -> None:
    [march] = live(extract("Thousands of students marched through Jakarta."))
    assert march.event == "PROTEST" and codes(march.recipient) == {"IDN"}
    assert march.location is not None and march.location.name == "Jakarta"
    assert not live(extract("The Cuban regime faced further isolation."))


def test_the_content_of_a_document_is_as_sure_as_the_document(
        extract: Callable[..., Record]) -> None:
    [block] = extract("The Chilean Senate failed to pass a resolution blocking the mining "
                      "deal.").events
    assert block.negated, "the resolution that would block it did not pass"
    [waiver] = live(extract("After Norway's decision to lift its visa rules, hundreds of "
                            "tourists from India arrived in Oslo."))
    assert waiver.event == "CONCEDE" and codes(waiver.actor) == {"NOR"}


def test_a_coercion_is_aimed_at_the_country_where_it_happens(
        extract: Callable[..., Record]) -> None:
    [arrest] = find(extract("Police arrested Dana Whitfield in Tucson, Arizona."), "COERCE")
    assert [r.text for r in arrest.recipient] == ["Dana Whitfield"]
    assert codes(arrest.recipient) == {"USA"}
    [ban] = find(extract("The New Zealand government bans the sale of semi-automatic "
                         "rifles."), "COERCE")
    assert [r.text for r in ban.recipient] == ["New Zealand"], "the country, not 'New'"
    [ban] = find(extract("New Zealand bans the sale of semi-automatic rifles."), "COERCE")
    assert not ban.recipient, "no actor is its own recipient"
    [order] = extract("The court in Paris upheld its order that the ministry release the "
                      "prisoners.").events
    assert order.hypothetical, "what an order requires is not done"


def test_a_dateline_is_no_actor_and_a_visitor_is_received(
        extract: Callable[..., Record]) -> None:
    [expulsion] = live(extract("MOSCOW (AP) — Russia on Wednesday expelled two British "
                               "diplomats."))
    assert [a.text for a in expulsion.actor] == ["Russia"]
    [visit] = live(extract("Chinese President Xi Jinping received the visiting Pakistani "
                           "prime minister in Beijing."))
    assert (visit.event, visit.mode) == ("CONSULT", None)  # the host acts: no "visit"
    assert codes(visit.actor) == {"CHN"} and codes(visit.recipient) == {"PAK"}
    assert not live(extract("The Chinese ministry received 300 complaints."))
    assert not live(extract("Qatar hosted the World Cup."))


def test_a_decision_to_act_reports_the_act(extract: Callable[..., Record]) -> None:
    [expulsion] = find(extract("Russia condemned London's decision to expel Russian "
                               "envoys."), "SANCTION")
    assert codes(expulsion.actor) == {"GBR"} and codes(expulsion.recipient) == {"RUS"}


def test_crowd_control_and_a_protest_by_its_makers(extract: Callable[..., Record]) -> None:
    record = extract("Ghanaian police fired tear gas at a protest by opposition supporters "
                     "in Accra.")
    [force] = find(record, "ASSAULT")
    assert force.mode == "crowd-control" and codes(force.actor) == {"GHA"}
    [protest] = find(record, "PROTEST")
    assert [a.text for a in protest.actor] == ["opposition supporters"]
    [rejection] = live(extract("Serbia rejected a request by Albania for talks."))
    assert codes(rejection.recipient) == {"ALB"}, "a request's maker receives its rejection"


def test_borders_loans_and_criticism_drawn(extract: Callable[..., Record]) -> None:
    [closure] = live(extract("Tanzania closed its border with Kenya after a dispute."))
    assert (closure.event, closure.mode) == ("COERCE", "restrict")
    assert codes(closure.recipient) == {"KEN"}
    [loan] = live(extract("The International Monetary Fund approved a loan to Ghana."))
    assert (loan.event, loan.mode) == ("AID", None) and codes(loan.recipient) == {"GHA"}
    [criticism] = find(extract("President Museveni of Uganda signed the bill, drawing "
                               "criticism from Kenya."), "ACCUSE")
    assert codes(criticism.actor) == {"KEN"} and codes(criticism.recipient) == {"UGA"}


def test_what_would_last_until_something_happens_does_not_report_it(
        extract: Callable[..., Record]) -> None:
    record = extract("The Kenyan opposition said it would keep up the pressure until the "
                     "electoral commission was disbanded.")
    assert not [e for e in live(record) if e.event == "SANCTION"]
    [attack] = live(extract("Kenya's army said it repulsed an attack by al Shabaab."))
    assert codes(attack.recipient) == {"KEN"}, "'it' is the army"


def test_whose_doing_a_to_clause_tells(extract: Callable[..., Record]) -> None:
    record = extract("Prime Minister Nawaz Sharif condemned the bombing. Afghan President "
                     "Ashraf Ghani telephoned Sharif to offer condolences.")
    [call] = find(record, "CONSULT")
    assert codes(call.recipient) == {"PAK"}, "a surname the tagger took for a place"
    [offer] = [e for e in record.events if e.event == "SUPPORT"]
    assert codes(offer.actor) == {"AFG"}, "the caller offers, not the one called"


def test_what_an_accuser_says_happened_is_alleged(extract: Callable[..., Record]) -> None:
    record = extract("India accused Pakistan of violating the ceasefire, saying Pakistani "
                     "troops had fired on Indian posts.")
    assert [e.event for e in live(record)] == ["ACCUSE"]
    [attack] = live(extract("Indian officials said Pakistani troops had fired on Indian "
                            "posts."))
    assert attack.event == "ASSAULT", "reported, not alleged"



def test_calling_for_a_vote_and_restoring_relations(extract: Callable[..., Record]) -> None:
    [call] = live(extract("In Venezuela, opposition lawmakers called for a referendum to "
                          "remove President Nicolas Maduro."))
    assert call.event == "REQUEST", "'for ... to' parsed around a clause is still 'call for'"
    [ties] = live(extract("Cuba and the United States restored diplomatic relations."))
    assert ties.event == "SUPPORT" and codes(ties.actor) == {"CUB"}
    assert codes(ties.recipient) == {"USA"}, "relations are between the two"


def test_a_dateline_is_no_part_of_the_actor_s_words(extract: Callable[..., Record]) -> None:
    [sanctions] = [e for e in extract("BRUSSELS (Reuters) - European Union leaders agreed on "
                                      "Thursday to extend sanctions against Russia.").events
                   if e.event == "SANCTION"]
    assert [a.text for a in sanctions.actor] == ["European Union leaders"]
    assert codes(sanctions.actor) == {"IGO"}, "not Belgian: Brussels is the dateline"


def test_naming_something_good_or_bad_judges_it(extract: Callable[..., Record]) -> None:
    [criticism] = live(extract("Russia called the move short-sighted."))
    assert (criticism.event, criticism.mode) == ("ACCUSE", "disapprove")
    [praise] = live(extract("President Obama called the Iran deal a historic step."))
    assert praise.event == "SUPPORT" and codes(praise.recipient) == {"IRN"}
    assert not [e for e in live(extract("Kenyan officials called the bridge a link."))
                if e.event in {"ACCUSE", "SUPPORT", "CONSULT"}], "a neutral name judges nothing"


def test_the_owner_of_what_is_judged_or_refused_receives_it(
        extract: Callable[..., Record]) -> None:
    [praise] = live(extract("The Kenyan president praised Obama's speech."))
    assert codes(praise.recipient) == {"USA"}
    [refusal] = live(extract("Iran rejected Saudi Arabia's offer."))
    assert refusal.event == "REJECT" and codes(refusal.recipient) == {"SAU"}


def test_fighting_or_blocking_a_measure_is_refusing_it(extract: Callable[..., Record]) -> None:
    [veto] = live(extract("The Chilean Senate blocked the bill on Tuesday."))
    assert veto.event == "REJECT" and codes(veto.actor) == {"CHL"}
    [road] = live(extract("Protesters blocked the main road to the airport in Lagos."))
    assert (road.event, road.mode) == ("PROTEST", "obstruct")
    assert not [e for e in live(extract("The Kenyan government vowed to fight corruption."))
                if e.event in {"ASSAULT", "THREATEN"}], "an ill fought is no force"
    [threat] = live(extract("Houthi rebels vowed to attack the capital."))
    assert threat.event == "THREATEN", "a vow of force is a threat"
    [refusal] = live(extract("Spanish Prime Minister Mariano Rajoy vows to fight the "
                             "separatist plan."))
    assert refusal.event == "REJECT" and codes(refusal.actor) == {"ESP"}


def test_a_us_state_named_in_a_us_story_is_no_country(extract: Callable[..., Record]) -> None:
    [arrest] = live(extract("Police in Atlanta arrested a Georgia man who had attacked a "
                            "Texas trooper."))
    assert codes(arrest.recipient) == {"USA"}, "Georgia the state, as the places step says"
    [accusation] = live(extract("Georgia accused Russia of violating the truce."))
    assert codes(accusation.actor) == {"GEO"}


def test_unveiling_or_revealing_is_no_support(extract: Callable[..., Record]) -> None:
    assert not live(extract("The Kenyan company Safaricom unveiled a new phone on Monday."))
    assert not live(extract("The Kenyan minister revealed the budget figures."))


@pytest.mark.parametrize("text", [
    "The survey was part of a study conducted by Stanford University.",
    "The senator, who requested anonymity, said the vote would be close.",
    "An aide who asked not to be named said the talks had stalled.",
    "The startup sells a drone called the Kestrel.",
    "The old port is now called Oranjestad.",
    "Polls suggest the governor is trailing in Ohio.",
    "The ministry deployed a team of veterinarians to the farm.",
    "She said she shares the anger of the miners.",
    "The mayor is committed to the fight against homelessness.",
    "The tax plan was greeted with jeers in Lisbon.",
    "Officials in Ghana cautioned that more tests are needed.",
    "The newspaper interviewed voters in Dayton.",
    "The institute studied the effects of the pesticide.",
    "The finance minister was forced to resign.",
    "Senator Ames held a news conference in Boise on Friday.",
    "The mayor of Leeds gave an interview to the BBC.",
    "The governor skipped the party's meeting in Albany.",
    "The H7N9 strain has killed four people in Guangdong.",
])
def test_senses_that_name_no_act_towards_anyone(extract: Callable[..., Record],
                                                 text: str) -> None:
    assert not live(extract(text)), text


def test_acts_those_senses_stand_beside(extract: Callable[..., Record]) -> None:
    [call] = find(extract("Chancellor Merkel called President Hollande on Tuesday."),
                  "CONSULT")
    assert codes(call.recipient) == {"FRA"}
    assert find(extract("The paper called on Arabs to unite against the plan."), "REQUEST")
    assert find(extract("Iran warned that it would retaliate against any strike."),
                "THREATEN")
    assert find(extract("The police chief of Lagos warned that officers will disperse any rally."),
                "THREATEN")
    assert find(extract("Iran has committed to reducing its stockpile of uranium."), "AGREE")
    assert find(extract("Russia and China agreed to share intelligence on militants."),
                "AGREE")
    [deployed] = find(extract("Russia deployed warships to the coast of Syria."), "MOBILIZE")
    assert "RUS" in codes(deployed.actor)
    assert not any("warship" in a.text for a in deployed.recipient), "what moves receives nothing"
    assert find(extract("Rebels forced the villagers of Kadugli to flee."), "COERCE")


def test_what_one_is_kept_from_doing_is_not_done(extract: Callable[..., Record]) -> None:
    record = extract("The junta barred foreign journalists from entering Mali.")
    assert any(e.event == "RETREAT" and e.negated for e in record.events) or not any(
        e.event == "RETREAT" for e in live(record))
    sent = extract("Visa rules prevented Cuba from sending doctors to Brazil.")
    assert not find(sent, "AID")
    assert any(e.event == "AID" and e.negated for e in sent.events)


def test_foreign_people_are_not_the_story_country(extract: Callable[..., Record]) -> None:
    [freed] = find(extract("Kenya freed four foreign nurses on Friday."), "RETREAT")
    assert "KEN" in codes(freed.actor)
    assert "KEN" not in codes(freed.recipient)


def test_dotted_abbreviations_are_their_bodies(extract: Callable[..., Record]) -> None:
    [pledge] = find(extract("The E.U. pledged to send aid to Haiti."), "AGREE")
    assert codes(pledge.actor) == {"IGO"}


def test_first_person_in_a_direct_quote_is_the_speaker(
        extract: Callable[..., Record]) -> None:
    record = extract('"We will impose new sanctions on Iran," Foreign Minister Sergei '
                     'Lavrov said on Monday.')
    [threat] = find(record, "THREATEN")
    assert codes(threat.actor) == {"RUS"} and codes(threat.recipient) == {"IRN"}
    told = extract("We will impose new sanctions on Iran, the editorial says.")
    assert not any(codes(e.actor) for e in live(told)), "no quote, no speaker for 'we'"


def test_who_blocks_a_road_decides_protest_or_restriction(
        extract: Callable[..., Record]) -> None:
    [protest] = live(extract("Demonstrators blocked the main road into Nairobi."))
    assert (protest.event, protest.mode) == ("PROTEST", "obstruct")
    [closure] = live(extract("Police blocked the road to the airport in Lima."))
    assert (closure.event, closure.mode) == ("COERCE", "restrict")
    assert not live(extract("Relations with Chad were blocked by the dispute over oil."))


def test_a_deployment_is_the_mobilizing_of_ones_forces(extract: Callable[..., Record]) -> None:
    [moved] = live(extract("Turkey has deployed armoured vehicles and troops to Qatar."))
    assert (moved.event, codes(moved.actor), codes(moved.recipient)) == (
        "MOBILIZE", {"TUR"}, {"QAT"})
    [police] = live(extract("Spain deploys 900 extra police officers in Barcelona."))
    assert (police.event, police.mode) == ("MOBILIZE", "police")


def test_what_a_report_suggests_is_being_done_is_alleged(
        extract: Callable[..., Record]) -> None:
    [claim] = live(extract("A UN report suggested that the army of Myanmar is burning "
                           "villages."))
    assert (claim.event, claim.mode) == ("ACCUSE", "allege")
    [ask] = live(extract("Chile demanded that its neighbours refuse to recognise the vote."))
    assert ask.event == "REQUEST"


@pytest.mark.parametrize("text", [
    '"It should be clear to everyone that firms are liable," Ms. Okafor said.',
    "Travellers caught the virus from camels in Jeddah.",
])
def test_no_one_is_asked_and_no_one_is_caught(extract: Callable[..., Record],
                                              text: str) -> None:
    assert not live(extract(text)), text


def test_every_mode_is_one_of_the_manuals(extract: Callable[..., Record]) -> None:
    from tacitus.export import plover_scores
    modes = {(event, mode) for event, mode in plover_scores()}
    record = extract("Militants massacred 40 villagers near Gao. Gunmen assassinated the "
                     "mayor of Tula. The junta banned all rallies in Niamey. Egypt hosted "
                     "the Sudanese president in Cairo.")
    assert len(record.events) >= 4
    for e in record.events:
        assert (e.event, e.mode or "") in modes, (e.event, e.mode)
    assert {e.mode for e in record.events if e.event == "ASSAULT"} == {"targeted"}


@pytest.mark.parametrize("text", [
    "Governor Hal Brandt of Iowa suspended his campaign on Tuesday.",
    "Senator Ada Quist dropped out of the race on Wednesday.",
])
def test_ones_own_candidacy_is_no_act(extract: Callable[..., Record], text: str) -> None:
    assert not live(extract(text)), text


def test_lawsuits_and_commutations(extract: Callable[..., Record]) -> None:
    [suit] = live(extract("The Justice Department sued the state of Texas over its voting law."))
    assert (suit.event, suit.mode) == ("ACCUSE", "allege") and codes(suit.actor) == {"USA"}
    [filed] = live(extract("The city of Toledo filed a lawsuit against the state of Ohio."))
    assert filed.event == "ACCUSE"
    [mercy] = live(extract("President Obama commuted the sentences of 61 inmates."))
    assert mercy.event == "CONCEDE"


def test_each_nation_of_a_shared_phrase_is_a_side(extract: Callable[..., Record]) -> None:
    [talks] = find(extract("Israeli and Palestinian negotiators resumed talks in Amman."),
                   "CONSULT")
    assert codes(talks.actor) | codes(talks.recipient) == {"ISR", "PSE"}
    assert codes(talks.actor) != codes(talks.recipient)


def test_who_made_what_is_refused_or_given_receives(extract: Callable[..., Record]) -> None:
    [no] = find(extract("Cuba rejected a U.S. proposal for new talks."), "REJECT")
    assert codes(no.recipient) == {"USA"}
    [loan] = find(extract("The IMF approved a $2 billion loan for Egypt."), "AID")
    assert codes(loan.actor) == {"IGO"} and codes(loan.recipient) == {"EGY"}
    [visit] = find(extract("Japan's foreign minister arrived in Seoul for a two-day visit."),
                   "CONSULT")
    assert codes(visit.actor) == {"JPN"} and codes(visit.recipient) == {"KOR"}


def test_an_attack_in_an_interview_or_at_a_rally_is_words(
        extract: Callable[..., Record]) -> None:
    for text in ("Senator Ames attacked the governor of Utah in an interview with CNN.",
                 "The mayor of Leeds attacked the prime minister at a rally."):
        [words] = live(extract(text))
        assert (words.event, words.mode) == ("ACCUSE", "disapprove"), text
    assert find(extract("Rebels attacked the town of Kidal at dawn."), "ASSAULT")


def test_what_is_denied_is_not_reported_as_done(extract: Callable[..., Record]) -> None:
    record = extract("The rebel commander denied that his fighters had shelled the town of "
                     "Goma.")
    assert not find(record, "ASSAULT")
    assert any(e.event == "ASSAULT" and e.negated for e in record.events)


def test_the_accused_is_not_what_they_are_accused_of(extract: Callable[..., Record]) -> None:
    [charge] = find(extract("Georgia accused the Russian army of provoking the clashes."),
                    "ACCUSE")
    assert [a.text for a in charge.recipient] == ["Russian army"]


def test_a_participle_carries_the_event_of_its_noun(extract: Callable[..., Record]) -> None:
    record = extract("Farmers in Havana protested against the sanctions imposed on Cuba by "
                     "the United States.")
    [sanction] = find(record, "SANCTION")
    assert codes(sanction.actor) == {"USA"} and codes(sanction.recipient) == {"CUB"}


def test_a_byline_is_its_own_sentence(extract: Callable[..., Record]) -> None:
    record = extract("By ANNA REYES, Associated Press Writer\n\nMANILA, Philippines (AP) -- "
                     "Soldiers attacked a rebel camp on Mindanao on Monday.")
    [attack] = find(record, "ASSAULT")
    assert attack.evidence[0].sentence.startswith("Soldiers attacked")


def test_yugoslavia_in_its_time(extract: Callable[..., Record]) -> None:
    record = extract("Hungary accused Yugoslavia of violating its airspace.", date="1994-03-02")
    [charge] = find(record, "ACCUSE")
    assert codes(charge.recipient) == {"SCG"}


def test_a_name_with_a_middle_initial_is_the_person(extract: Callable[..., Record]) -> None:
    record = extract("Donald J. Trump met Mexican President Enrique Pena Nieto in Mexico "
                     "City. Mr. Trump praised the Mexican people.", date="2016-08-31")
    meeting = find(record, "CONSULT")[0]
    assert codes(meeting.actor) == {"USA"}


def test_saying_a_party_is_bad_is_criticism(extract: Callable[..., Record]) -> None:
    [words] = live(extract("The senator said that Iran is a global menace."))
    assert (words.event, words.mode) == ("ACCUSE", "disapprove")
    assert codes(words.recipient) == {"IRN"}
    assert not live(extract("The mayor said the bridges were dangerous."))
    assert not live(extract("Egypt said Sudan was not a threat."))


def test_a_promise_of_consequences_is_a_threat(extract: Callable[..., Record]) -> None:
    record = extract("The French government will ensure there are serious consequences for "
                     "Syria.")
    assert find(record, "THREATEN") and not find(record, "AGREE")


@pytest.mark.parametrize("text", [
    "Senator Kaine will campaign in Ohio with the governor on Friday.",
    "The Republican National Committee raised $20 million in May.",
])
def test_campaigning_and_fundraising_are_no_events(extract: Callable[..., Record],
                                                   text: str) -> None:
    assert not live(extract(text)), text


def test_a_vehicle_that_overturns_kills_no_one_deliberately(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("A truck carrying pilgrims overturned near Karbala, killing nine "
                            "people and injuring 30, police said."))


def test_the_dateline_is_no_antecedent(extract: Callable[..., Record]) -> None:
    [threat] = find(extract("HAVANA, Cuba (AP) -- Cuba on Monday warned it would respond to "
                            "any attack."), "THREATEN")
    assert codes(threat.actor) == {"CUB"} and not threat.recipient


def test_members_of_a_banned_group(extract: Callable[..., Record]) -> None:
    [arrest] = find(extract("Police in Alexandria arrested 20 members of the Muslim "
                            "Brotherhood."), "COERCE")
    assert codes(arrest.recipient) == {"EGY"}


def test_you_will_regret_it_is_no_apology(extract: Callable[..., Record]) -> None:
    record = extract("The minister said that Washington will regret any attack on Iran.")
    assert not find(record, "AGREE") and not find(record, "CONCEDE")


def test_a_speaker_described_by_her_own_pronoun_is_read(
        extract: Callable[..., Record]) -> None:
    record = extract('The campaign rejected the claim. "It is false," said Dana Moss, her '
                     "spokeswoman.")
    assert record.quotes, "the phrase that names its own owner resolves without a loop"


def test_a_dateline_parsed_as_the_subject_is_not_the_actor(
        extract: Callable[..., Record]) -> None:
    [charge] = find(extract("TOPEKA, Kansas — Senator Ida Marsh of Kansas on Monday accused "
                            "the governor of Kansas of lying."), "ACCUSE")
    assert [a.text for a in charge.actor] == ["Senator Ida Marsh of Kansas"]


@pytest.mark.parametrize("text", [
    "A poll released on Monday by Marist College showed the mayor ahead.",
    "The senator skipped a debate hosted by CNN in Miami.",
    "Senator Ames held a rally in Tulsa to raise money for veterans.",
])
def test_polls_debates_and_campaign_rallies_are_no_events(
        extract: Callable[..., Record], text: str) -> None:
    assert not live(extract(text)), text


def test_a_rally_against_something_is_still_a_protest(extract: Callable[..., Record]) -> None:
    assert find(extract("Opposition leader Kizza Besigye held a rally in Kampala against the "
                        "new tax."), "PROTEST")


def test_dismissing_an_allegation_denies_it_and_urging_a_rejection_asks(
        extract: Callable[..., Record]) -> None:
    [denial] = live(extract("The ministry of Ghana dismissed the allegation."))
    assert denial.event == "REJECT"
    asked = live(extract("The governor of Ohio urged voters to reject the measure."))
    assert [e.event for e in asked] == ["REQUEST"]


def test_whom_force_is_used_on_through_its_purpose(extract: Callable[..., Record]) -> None:
    [gas] = find(extract("Zambian police fired tear gas on Friday to disperse hundreds of "
                         "opposition supporters in Lusaka."), "ASSAULT")
    assert gas.mode == "crowd-control" and codes(gas.recipient) == {"ZMB"}


def test_a_general_strike_is_no_threat_of_force(extract: Callable[..., Record]) -> None:
    record = extract("Opposition leader Kizza Besigye called for a general strike on Monday.")
    assert not find(record, "THREATEN") and find(record, "REQUEST")


def test_names_the_tagger_joined_are_each_their_person(
        extract: Callable[..., Record]) -> None:
    record = extract("President Uhuru Kenyatta won the vote. Opposition leader Raila Odinga "
                     "rejected the result. Secretary of State John Kerry telephoned Kenyatta "
                     "and Odinga on Sunday.")
    [call] = find(record, "CONSULT")
    assert [a.code for a in call.recipient] == ["KEN", "KEN"]


def test_crowds_and_groups_that_stage_an_event(extract: Callable[..., Record]) -> None:
    [rally] = find(extract("Tens of thousands of students throughout Chile staged mass "
                           "demonstrations on Saturday."), "PROTEST")
    assert codes(rally.actor) == {"CHL"}
    [truce] = find(extract("The Lebanese Hezbollah group declared a unilateral ceasefire on "
                           "Wednesday."), "RETREAT")
    assert truce.actor


def test_a_participle_joined_to_a_would_clause_is_done(extract: Callable[..., Record]) -> None:
    record = extract("China criticized the arms sale to Taiwan, saying it would harm ties and "
                     "demanding that Washington cancel it.")
    assert find(record, "REQUEST"), "no 'would demanding': the demand was made"


def test_who_is_threatened_by_a_warning(extract: Callable[..., Record]) -> None:
    [own] = find(extract("Beijing warned that China would take all necessary measures."),
                 "THREATEN")
    assert not own.recipient, "the side that will act is not the one threatened"
    [other] = find(extract("Iran warned that Israel would pay a heavy price."), "THREATEN")
    assert codes(other.recipient) == {"ISR"}
    [crushed] = find(extract("The Sudanese army warned that the rebels would be crushed."),
                     "THREATEN")
    assert [a.text for a in crushed.recipient] == ["rebels"]


@pytest.mark.parametrize("text", [
    "Traces were found in Leopoldville, presently called Kinshasa.",
    "The parasite evolved a way of blocking human immunity.",
    "Samples from the birds were sent to the European Union laboratory in Weybridge.",
    "Acme, a U.S. toy company based in Ohio, issued a recall for its train sets.",
    "It will also allow more pharmacies to give the vaccine.",
])
def test_namings_things_and_firms_make_no_event(extract: Callable[..., Record],
                                                 text: str) -> None:
    assert not live(extract(text)), text


def test_blocking_a_way_or_a_measure(extract: Callable[..., Record]) -> None:
    [road] = live(extract("Protesters blocked access to the port of Durban."))
    assert (road.event, road.mode) == ("PROTEST", "obstruct")
    [vote] = live(extract("The Senate of Chile blocked the nomination."))
    assert vote.event == "REJECT"


def test_a_firm_named_once_with_its_suffix_is_a_firm_after(
        extract: Callable[..., Record]) -> None:
    record = extract("Zentrix Inc. unveiled a new phone on Tuesday. Zentrix would invest $1 "
                     "billion in a new campus in Austin, Texas, its chief executive said.")
    assert not live(record)


def test_buying_a_company_is_commerce(extract: Callable[..., Record]) -> None:
    assert not live(extract("Walmart agreed to buy Flipkart for $16 billion, the company "
                            "said."))
    assert find(extract("Egypt agreed to buy 24 Rafale jets from France."), "AGREE")


def test_appealing_a_ruling_asks_no_one(extract: Callable[..., Record]) -> None:
    assert not live(extract("Ireland is appealing the ruling of the European Commission."))


def test_what_a_group_claims_to_have_done_is_told(extract: Callable[..., Record]) -> None:
    [attack] = find(extract("Boko Haram claims to have killed dozens of Nigerian soldiers "
                            "near Maiduguri."), "ASSAULT")
    assert codes(attack.recipient) == {"NGA"}


def test_closing_a_station_or_an_embassy(extract: Callable[..., Record]) -> None:
    [closure] = find(extract("Authorities in Austria closed the main railway station in "
                             "Vienna."), "COERCE")
    assert closure.mode == "restrict"
    [embassy] = find(extract("Bahrain closed its embassy in Tehran on Monday."), "SANCTION")
    assert codes(embassy.actor) == {"BHR"}


def test_resigning_has_its_mode(extract: Callable[..., Record]) -> None:
    [quit_] = live(extract("The defence minister of Peru resigned on Friday."))
    assert (quit_.event, quit_.mode) == ("RETREAT", "resign")


@pytest.mark.parametrize("text", [
    "Eurostar trains were delayed by fog near Calais.",
    "The judge ruled that the player had been given no notice of the ban.",
    "A lawyer was caught in crossfire between two gangs in Brooklyn.",
    "The new implant is lighter, as opposed to the old titanium plates.",
    "The chief executive resigned over claims that he tried to influence officials.",
])
def test_no_act_told(extract: Callable[..., Record], text: str) -> None:
    assert not [e for e in live(extract(text)) if e.event != "RETREAT"], text


def test_the_blamed_and_the_charged_receive(extract: Callable[..., Record]) -> None:
    [blame] = find(extract("Officials in Dushanbe blamed the attacks on a former deputy "
                           "minister of Tajikistan."), "ACCUSE")
    assert [a.text for a in blame.recipient] == ["former deputy minister of Tajikistan"]
    [charge] = find(extract("A Latvian man charged by the United States pleaded guilty."),
                    "ACCUSE")
    assert codes(charge.recipient) == {"LVA"} and codes(charge.actor) == {"USA"}


def test_rioting_crowds_and_court_awards(extract: Callable[..., Record]) -> None:
    [riot] = live(extract("During protests over jobs in Limpopo, demonstrators destroyed 21 "
                          "buses."))
    assert (riot.event, riot.mode) == ("PROTEST", "riot")
    [award] = live(extract("A federal jury in Miami awarded $17 million to five former farm "
                           "workers."))
    assert award.event == "SANCTION" and not award.recipient


def test_the_harmed_in_an_absolute_phrase_did_not_act(extract: Callable[..., Record]) -> None:
    [hurt] = live(extract("Clashes erupted in Hebron, with 13 Palestinians and four Israeli "
                          "police injured."))
    assert not hurt.actor and codes(hurt.recipient) <= {"PSE", "ISR"} and hurt.recipient
    assert not find(extract("A wildfire raged in Lake County, with thousands of people forced "
                            "to evacuate."), "COERCE")


def test_drills_controls_and_embassies(extract: Callable[..., Record]) -> None:
    [drills] = live(extract("The People's Liberation Army of China held three days of "
                            "live-fire drills in the Taiwan Strait."))
    assert drills.event == "MOBILIZE"
    [controls] = live(extract("Germany reintroduced controls on its border with Austria."))
    assert (controls.event, controls.mode) == ("COERCE", "restrict")
    [embassy] = live(extract("Israel reopened its embassy in Cairo."))
    assert embassy.event == "SUPPORT" and codes(embassy.recipient) == {"EGY"}
    [taken] = find(extract("Rebels seized the airport while taking control of the Idlib "
                           "province of Syria."), "ASSAULT")
    assert all("control" not in a.text for a in taken.recipient)


def test_what_courts_do(extract: Callable[..., Record]) -> None:
    [guilty] = live(extract("A federal jury in Denver convicted the former mayor of fraud."))
    assert (guilty.event, guilty.mode) == ("SANCTION", "convict")
    [prison] = live(extract("A court in Caracas sentenced the opposition leader Leopoldo Lopez "
                            "to 14 years in prison."))
    assert (prison.event, prison.mode) == ("COERCE", "arrest")
    assert codes(prison.recipient) == {"VEN"}
    [lashes] = live(extract("A court in Riyadh sentenced the blogger to 1,000 lashes."))
    assert (lashes.event, lashes.mode) == ("SANCTION", "convict")
    [found] = live(extract("A court in Cairo found the journalists guilty of spreading "
                           "false news."))
    assert found.event == "SANCTION"
    [freed] = live(extract("A court in Lima acquitted the former minister."))
    assert freed.event == "CONCEDE"


def test_treaties_joined_and_declarations_signed(extract: Callable[..., Record]) -> None:
    [joined] = live(extract("Angola joined the Chemical Weapons Convention on Monday."))
    assert joined.event == "SUPPORT" and codes(joined.actor) == {"AGO"}
    assert not live(extract("President Obama signed a disaster declaration for Lake County."))
    [joint] = live(extract("Iran signed a declaration with Turkey and Brazil."))
    assert joint.event == "SUPPORT" and codes(joint.recipient) == {"TUR", "BRA"}


@pytest.mark.parametrize("text", [
    "Nearly 180 people were killed after an oil tanker truck veered off the road and "
    "exploded.",
    "The toll of homes destroyed by Northern California wildfires reached 1,600.",
    "He was received in an official ceremony by the president and his wife.",
])
def test_accidents_fires_and_no_one_named(extract: Callable[..., Record], text: str) -> None:
    assert not live(extract(text)), text


def test_a_government_dismissing_its_own_official_is_no_event(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("The cabinet of Mali dismissed the minister in charge of "
                            "security."))
    assert find(extract("Rebels in Mali fired rockets at the town of Gao."), "ASSAULT")


def test_the_opposition_and_a_named_officer(extract: Callable[..., Record]) -> None:
    [rally] = find(extract("Pro-Russian opposition parties held a mass protest rally in "
                           "Chisinau, Moldova."), "PROTEST")
    assert codes(rally.actor) == {"MDA"}
    [call] = find(extract("The former head of the guard, Gen. Gilbert Diendere, called on his "
                          "men to lay down their weapons."), "REQUEST")
    assert call.actor and call.actor[0].name == "Gilbert Diendere"


def test_a_heading_run_into_its_first_sentence_is_no_actor(
        extract: Callable[..., Record]) -> None:
    [sent] = live(extract("Siege of Marawi The U.S.-led coalition sent troops to Mindanao."))
    assert [a.text for a in sent.actor] == ["U.S.-led coalition"]
    assert codes(sent.actor) == {"USA"}
    record = extract("The court in The Hague convicted the warlord on Monday.")
    assert record.events and record.events[0].evidence[0].sentence.startswith("The court")


def test_intentions_in_joined_clauses_and_intended_protests(
        extract: Callable[..., Record]) -> None:
    record = extract("The ruling party said it accepted his apology and would not support "
                     "the motion.")
    assert find(record, "REJECT"), "'would not support', said: a refusal"
    protest = extract("The Economic Freedom Fighters said they would take to the streets.")
    assert not find(protest, "PROTEST"), "a protest intended is none yet"
    support = extract("The two leaders said they would back the peace plan.")
    assert find(support, "AGREE") and not find(support, "SUPPORT")


def test_weapons_back_no_one_and_what_is_alleged_with_a_participle(
        extract: Callable[..., Record]) -> None:
    record = extract("Pakistani troops backed by helicopter gunships killed 25 militants near "
                     "the border.")
    assert [e.event for e in live(record)] == ["ASSAULT"]
    assert find(extract("U.N. helicopters evacuated the wounded from the town of Gorazde."),
                "AID")
    alleged = extract("Afghanistan accused Pakistan of shelling villages in Kunar, killing two "
                      "civilians.")
    assert [e.event for e in live(alleged)] == ["ACCUSE"]


def test_vows_of_justice_and_continued_support(extract: Callable[..., Record]) -> None:
    record = extract("Prime Minister Sharif vowed that those responsible would be brought to "
                     "justice.")
    assert find(record, "THREATEN") and not find(record, "AGREE")
    record = extract("A spokesman said Washington would continue to support Pakistan.")
    assert find(record, "AGREE")


def test_a_us_state_in_a_possessive_and_titles_abbreviated(
        extract: Callable[..., Record]) -> None:
    record = extract("ATLANTA — Georgia's Republican governor, Nathan Deal, on Monday vetoed a "
                     "bill passed by the legislature in Atlanta, Georgia.", date="2016-03-28")
    [veto] = find(record, "REJECT")
    assert codes(veto.actor) == {"USA"}, "the state the places step chose, not the country"
    [charge] = find(extract("Supporters of the bill in Ohio accused the governor of caving to "
                            "pressure."), "ACCUSE")
    assert [a.text for a in charge.recipient] == ["governor"]
    assert not live(extract("Gov. Pat McCrory of North Carolina signed a similar measure "
                            "last week."))


def test_sanctions_strikes_and_deportations(extract: Callable[..., Record]) -> None:
    [recall] = live(extract("Bahrain recalled its ambassador from Tehran."))
    assert (recall.event, recall.mode) == ("SANCTION", "withdraw")
    [freeze] = live(extract("The European Union froze the assets of 20 Russian officials."))
    assert freeze.event == "SANCTION" and codes(freeze.recipient) == {"RUS"}
    [hunger] = live(extract("Prisoners in Guantanamo went on hunger strike."))
    assert (hunger.event, hunger.mode) == ("PROTEST", "hunger")
    [ended] = live(extract("The National Union of Mineworkers ended its strike near "
                           "Rustenburg."))
    assert ended.event == "CONCEDE", "ending a protest is a concession"
    [deported] = live(extract("Thailand deported 100 Vietnamese migrants to Vietnam."))
    assert deported.event == "COERCE" and [a.text for a in deported.recipient] == [
        "Vietnamese migrants"]
    [extradited] = live(extract("The suspect was extradited to the United States from Mexico."))
    assert codes(extradited.actor) == {"MEX"}


def test_slamming_a_decision_and_the_decision_makers_act(
        extract: Callable[..., Record]) -> None:
    record = extract("China slammed the U.S. decision to sell arms to Taiwan.")
    [slam] = find(record, "ACCUSE")
    assert codes(slam.actor) == {"CHN"} and codes(slam.recipient) == {"USA"}
    assert all(codes(e.actor) == {"USA"} for e in find(record, "AID"))


def test_a_meeting_keeps_its_named_other_side(extract: Callable[..., Record]) -> None:
    [met] = find(extract("Modi met Sharif on the sidelines of the summit in Paris."),
                 "CONSULT")
    assert [a.text for a in met.recipient] == ["Sharif"]


def test_taking_measures_in_the_future_is_a_threat(extract: Callable[..., Record]) -> None:
    record = extract("Moscow would take adequate measures if the alliance moved eastward, "
                     "the Russian foreign minister said.")
    assert find(record, "THREATEN")
    assert not find(extract("The city took measures to clean the river."), "THREATEN")


def test_some_of_them_are_not_the_actors_themselves(extract: Callable[..., Record]) -> None:
    record = extract("About 200 protesters chanted slogans outside the embassy in Brussels. "
                     "Belgian police detained 15 of them.")
    [arrest] = find(record, "COERCE")
    assert all("police" not in a.text for a in arrest.recipient)


def test_tests_and_warning_shots_are_no_attacks(extract: Callable[..., Record]) -> None:
    [test] = live(extract("Iran test-fired a long-range missile on Saturday."))
    assert (test.event, test.mode) == ("MOBILIZE", "weapons")
    [nuclear] = live(extract("North Korea conducted a nuclear test."))
    assert nuclear.event == "MOBILIZE"
    [warning] = live(extract("South Korea fired warning shots at a North Korean boat."))
    assert warning.event == "THREATEN"
    assert not live(extract("The school held a test for its students."))
    assert find(extract("Rebels in Mali fired rockets at the airport."), "ASSAULT")


def test_a_vow_not_to_act_refuses_and_a_reputation_is_no_act(
        extract: Callable[..., Record]) -> None:
    record = extract("Senate Republicans vowed not to consider any nominee before the "
                     "election.")
    assert find(record, "REJECT") and not find(record, "AGREE")
    assert not live(extract("The judge is widely recognized as one of the sharpest legal "
                            "minds in Ohio."))


def test_being_compelled_to_take_countermeasures_is_a_threat(
        extract: Callable[..., Record]) -> None:
    record = extract("A spokesman said North Korea will be compelled to take countermeasures "
                     "if the shipments are delayed.")
    assert [e.event for e in live(record)] == ["THREATEN"]


def test_what_a_participle_of_blocking_describes(extract: Callable[..., Record]) -> None:
    assert not live(extract("Relations with Chad were to a large extent blocked by the "
                            "dispute over oil."))
    assert find(extract("The main road blocked by protesters in Lagos was reopened."),
                "PROTEST")


def test_a_warning_to_the_public_is_advice(extract: Callable[..., Record]) -> None:
    [advice] = live(extract("Health authorities in Queensland warned residents to boil "
                            "their water."))
    assert advice.event == "REQUEST"
    [threat] = live(extract("The United States warned Iran not to test another missile."))
    assert threat.event == "THREATEN"


def test_a_quoted_prediction_about_another_is_no_intention(
        extract: Callable[..., Record]) -> None:
    record = extract('"He would abandon our allies and embolden Moscow," said Jake Sullivan, '
                     "an adviser.")
    assert not live(record), "the speaker foretells what another would do"
    own = extract('"We would welcome talks with Iran," the foreign minister of Oman said.')
    assert find(own, "AGREE")


def test_rockets_launched_at_a_target_and_at_none(extract: Callable[..., Record]) -> None:
    [attack] = live(extract("Palestinian militants launched rockets at southern Israel."))
    assert attack.event == "ASSAULT" and codes(attack.recipient) == {"ISR"}
    [launch] = live(extract("North Korea launched a ballistic missile on Sunday."))
    assert (launch.event, launch.mode) == ("MOBILIZE", "weapons")


@pytest.mark.parametrize("text", [
    "The finance ministry of Brazil declined to comment on the figures.",
    "A spokesman for the Kenyan police refused to say whether anyone had been held.",
    "The mayor of Lyon, speaking to about 800 supporters in a sports hall, said the budget "
    "was sound.",
    "The Labour Party sent two of its senators to campaign for the candidate in Perth.",
])
def test_no_refusal_no_consultation_no_aid(extract: Callable[..., Record], text: str) -> None:
    assert not live(extract(text)), text


def test_a_past_tense_read_as_a_participle_keeps_its_subject(
        extract: Callable[..., Record]) -> None:
    record = extract('Clinton, speaking to about 2,000 supporters at a high school gym in '
                     'Cedar Rapids, accused Trump of running "a campaign of division" and '
                     'urged Democrats to vote early.')  # "accused" tagged a participle
    [accuse] = find(record, "ACCUSE")
    assert [a.text for a in accuse.actor] == ["Clinton"]
    assert [a.text for a in accuse.recipient] == ["Trump"]
    assert not find(record, "CONSULT")
    speech = extract("Senator Alma Reyes, speaking at a school in Tucson, accused the "
                     "governor of Arizona of hiding the audit.")
    assert not find(speech, "CONSULT")


def test_calls_for_talks_are_requests_and_strikes_on_condition_threats(
        extract: Callable[..., Record]) -> None:
    [call] = live(extract("The Pakistani opposition demanded negotiations with the Taliban."))
    assert (call.event, call.mode) == ("REQUEST", "meet")
    [threat] = live(extract("The dockworkers' union of Chile said it would stage a national "
                            "strike unless the port company restored the jobs."))
    assert (threat.event, threat.mode) == ("THREATEN", "restrict")
    planned = live(extract("The dockworkers' union of Chile said it would stage a national "
                           "strike next month."))
    assert not [e for e in planned if e.event == "THREATEN"]
    [vow] = live(extract("The rebel commander vowed to drive Malian troops out of Kidal."))
    assert vow.event == "THREATEN" and codes(vow.recipient) == {"MLI"}


def test_strikes_by_a_trade(extract: Callable[..., Record]) -> None:
    [strike] = find(extract("Production stopped after strikes by machinists at the Airbus "
                            "plant in Toulouse, France."), "PROTEST")
    assert [a.text for a in strike.actor] == ["machinists"]


def test_party_words_and_shared_nationality_words_take_the_story_country(
        extract: Callable[..., Record]) -> None:
    [moscow] = live(extract("MOSCOW (Reuters) - Communist leader Pavel Orlov denounced the "
                            "budget as a disaster."))
    assert codes(moscow.actor) == {"RUS"}
    [seoul] = live(extract("SEOUL (AP) - The Korean Federation of Bus Drivers accused the "
                           "government of betrayal."))
    assert codes(seoul.actor) == {"KOR"}


def test_defending_a_party_is_support_and_defending_a_town_is_none(
        extract: Callable[..., Record]) -> None:
    [defence] = live(extract("Senate Republicans defended the attorney general on Tuesday."))
    assert defence.event == "SUPPORT"
    assert not live(extract("Volunteers defended the village against the floodwaters."))


def test_an_agency_credit_in_a_dateline_is_no_actor(extract: Callable[..., Record]) -> None:
    [meet] = live(extract("CAIRO (Reuters) - Egyptian President Hosni Mubarak and Sudanese "
                          "President Omar al-Bashir will meet next week in Khartoum."))
    assert codes(meet.actor) == {"EGY", "SDN"}
    assert not [a for a in meet.actor if a.text in {"Reuters", "CAIRO"}]


def test_a_warned_refusal_is_no_threat_and_a_claimed_series_is_the_claimers(
        extract: Callable[..., Record]) -> None:
    record = extract("The Kurdish leader warned that he would not attend any talks that "
                     "excluded his party.")
    assert not find(record, "THREATEN")
    [claim] = live(extract("The Taliban claimed responsibility for a series of suicide "
                           "bombings in Kabul."))
    assert claim.event == "ASSAULT" and claim.mode == "suicide-attack"
    assert [a.text for a in claim.actor] == ["Taliban"]


def test_a_matter_is_a_recipient_only_through_its_maker(extract: Callable[..., Record]) -> None:
    [broker] = find(extract("Norway helped broker the 1993 Oslo agreement."), "CONSULT")
    assert not broker.recipient
    [refusal] = find(extract("Baghdad rejected the Iranian proposal on Monday."), "REJECT")
    assert codes(refusal.recipient) == {"IRN"}


def test_arrests_in_raids_are_arrests(extract: Callable[..., Record]) -> None:
    [arrest] = live(extract("Turkish police arrested 20 suspected militants in raids in "
                            "Diyarbakir."))
    assert (arrest.event, arrest.mode) == ("COERCE", "arrest")


def test_meetings_held_for_talks_and_giving_in(extract: Callable[..., Record]) -> None:
    [talks] = live(extract("In Ankara, the Turkish foreign minister met with the Greek envoy "
                           "for talks on Cyprus."))
    assert talks.event == "CONSULT"
    [concede] = live(extract("The governor of Oregon caved in to the teachers' union on "
                             "Friday."))
    assert concede.event == "CONCEDE"
    record = extract("Senator Amy Ross accused party leaders of caving to the White House.")
    assert [e.event for e in live(record)] == ["ACCUSE"], "the caving is alleged"
    assert not live(extract("Two Jordanian warplanes circled overhead."))


def test_a_sports_report_holds_political_acts_only(extract: Callable[..., Record]) -> None:
    game = extract("DENVER (AP) -- Luis Ortega struck out nine batters in seven innings and "
                   "the Rockies beat the Padres 4-1. The Padres protested the game after an "
                   "umpire ruled a catch, and the league rejected the protest. Ortega's "
                   "pitcher's duel ended in the eighth.")
    assert not live(game)
    riot = extract("Police arrested 30 fans after a soccer match in Turin, where the referee "
                   "was attacked. The striker scored twice in the second half, and the "
                   "goalkeeper was injured.")
    assert find(riot, "COERCE")


def test_a_pronoun_takes_a_referent_of_its_sex(extract: Callable[..., Record]) -> None:
    [threat] = find(extract("Detectives said Ramon Diaz had been served with a restraining "
                            "order after his wife told a judge he had threatened to kill "
                            "her."), "THREATEN")
    assert [a.text for a in threat.actor] == ["Ramon Diaz"]


def test_a_call_by_no_one_named_is_no_consultation(extract: Callable[..., Record]) -> None:
    assert not find(extract("Neighbors said they had called police to the apartment several "
                            "times."), "CONSULT")


def test_dateline_subjects_suspended_aid_and_warships_sent(
        extract: Callable[..., Record]) -> None:
    [freed] = live(extract("MONROVIA, Liberia (Reuters) - Rebel fighters who took the port "
                           "last week freed about 300 prisoners on Sunday."))
    assert [a.text for a in freed.actor] == ["Rebel fighters"]
    [cut] = live(extract("Canada and Norway suspended aid to Burundi."))
    assert (cut.event, cut.mode) == ("SANCTION", "discontinue")
    assert codes(cut.recipient) == {"BDI"}
    [ships] = live(extract("Ghana sent three warships to Monrovia."))
    assert (ships.event, ships.mode) == ("MOBILIZE", "weapons")


def test_welcoming_a_measure_is_support_and_a_vehicle_no_recipient(
        extract: Callable[..., Record]) -> None:
    [welcome] = live(extract("The Dutch foreign minister welcomed the new sanctions."))
    assert welcome.event == "SUPPORT"
    [guest] = live(extract("The Dutch prime minister welcomed the Pope at the airport."))
    assert guest.event == "CONSULT"
    [lift] = live(extract("French soldiers evacuated 300 foreigners from the hotel to a "
                          "warship."))
    assert not [r for r in lift.recipient if r.text == "warship"]
    [down] = live(extract("Turkey shot down a Russian jet near the Syrian border."))
    assert codes(down.recipient) == {"RUS"}


def test_questioning_doubts_and_a_pronoun_follows_the_last_subject(
        extract: Callable[..., Record]) -> None:
    [doubt] = live(extract("The senator from Iowa questioned the intelligence agencies' "
                           "conclusions."))
    assert doubt.event == "ACCUSE"
    record = extract("President Ramos of the Philippines, who has praised Suharto, said it "
                     "was time to move on. He said he would meet with union leaders.")
    [meet] = find(record, "AGREE")
    assert codes(meet.actor) == {"PHL"}


def test_a_dateline_is_the_story_country(extract: Callable[..., Record]) -> None:
    record = extract("WASHINGTON — The administration expelled 20 Russian diplomats. Russian "
                     "officials in Moscow said Russia would respond. Police said the "
                     "diplomats left on Friday.")
    [expel] = find(record, "SANCTION")
    assert codes(expel.actor) == {"USA"}


def test_tearing_into_a_rival_at_a_debate_is_criticism(extract: Callable[..., Record]) -> None:
    [words] = live(extract("Senator Ann Ortiz tore into Governor Bill Hale of Ohio at the "
                           "debate, attacking his record on jobs."))
    assert words.event == "ACCUSE" and [a.text for a in words.recipient] == [
        "Governor Bill Hale of Ohio"]
    [brush] = live(extract("The governor of Ohio dismissed the attacks on Friday."))
    assert brush.event == "REJECT"


def test_what_one_says_another_country_would_do_is_no_intention_of_its(
        extract: Callable[..., Record]) -> None:
    claim = extract("Prime Minister Viktor Orban of Hungary said Serbia would pay for the "
                    "fence.")
    assert not find(claim, "AGREE")
    own = extract("The Hungarian government said Prime Minister Viktor Orban would visit "
                  "Serbia in May.")
    assert find(own, "AGREE")


def test_a_forecast_is_no_act_and_no_intention(extract: Callable[..., Record]) -> None:
    record = extract("Analysts in Seoul predict the North Korean army will attack the "
                     "island of Yeonpyeong.")
    assert not live(record)


def test_multiword_alternatives_of_a_phrase_and_a_later_clause_outside_it(
        extract: Callable[..., Record]) -> None:
    [ask] = find(extract("The Pope urged the rebels of Mindanao to declare a cease fire."),
                 "REQUEST")
    assert ask.mode == "yield"  # "cease fire", two words, one alternative of the phrase
    [ask] = find(extract("The Pope urged the rebels of Mindanao to declare a ceasefire before "
                         "the talks begin."), "REQUEST")
    assert ask.mode == "yield"  # the talks are another clause's
    [blame] = live(extract("Amnesty International accused the army of Colombia of "
                           "collaborating with paramilitaries."))
    assert blame.event == "ACCUSE"


def test_a_reward_offered_is_no_promise(extract: Callable[..., Record]) -> None:
    assert not live(extract("The government of Peru offered a reward of $1 million for "
                            "information on the rebel leaders."))


def test_an_act_in_protest_by_a_state_is_no_protest_and_murder_is_condemnation(
        extract: Callable[..., Record]) -> None:
    embargo = extract("The European Union imposed an arms embargo on Myanmar in protest at "
                      "the killings.")
    assert [e.event for e in live(embargo)] == ["SANCTION"]
    crowd = extract("Thousands of students took to the streets of Dhaka in protest at the "
                    "killings.")
    assert find(crowd, "PROTEST")
    [words] = live(extract('Prime Minister Helen Clark of New Zealand called the executions '
                           '"judicial murder."'))
    assert words.event == "ACCUSE"


def test_traded_accusations_and_arguments_put(extract: Callable[..., Record]) -> None:
    [blame] = live(extract("India and Pakistan traded accusations over the shelling."))
    assert blame.event == "ACCUSE" and codes(blame.actor) | codes(blame.recipient) == {
        "IND", "PAK"} and blame.recipient
    record = extract("Senator Ana Ruiz of Texas argued that the federal government should not "
                     "pay for the repairs.")
    assert not find(record, "ACCUSE")
    [agency] = live(extract("WASHINGTON — The senator from Utah accused the EPA of ignoring "
                            "the rules."))
    assert codes(agency.recipient) == {"USA"}


def test_the_council_named_before_and_its_statement_demanding(
        extract: Callable[..., Record]) -> None:
    record = extract("The envoy briefed the Security Council on Monday. The council issued a "
                     "statement deploring the raid and demanding that Syria allow the "
                     "inspectors in.")
    [deplore] = find(record, "ACCUSE")
    [demand] = find(record, "REQUEST")
    assert codes(deplore.actor) == {"IGO"} and codes(demand.actor) == {"IGO"}
    assert codes(demand.recipient) == {"SYR"}


def test_a_crowd_is_of_the_place_it_acts_in(extract: Callable[..., Record]) -> None:
    record = extract("BAGHDAD (AP) - Iraq barred the inspectors. In Cairo, hundreds of "
                     "students demonstrated against the embargo.")
    [protest] = find(record, "PROTEST")
    assert codes(protest.actor) == {"EGY"}


def test_carriers_moved_weapons_destroyed_and_what_an_until_clause_awaits(
        extract: Callable[..., Record]) -> None:
    [ship] = live(extract("The United States is moving a second aircraft carrier into the "
                          "Persian Gulf."))
    assert (ship.event, ship.mode) == ("MOBILIZE", "weapons")
    assert not live(extract("The company moved its headquarters to Dallas."))
    [disarm] = live(extract("Libya destroyed its chemical weapons last year."))
    assert (disarm.event, disarm.mode) == ("RETREAT", "disarm")
    [strike] = live(extract("Israeli jets destroyed a Hamas weapons depot in Gaza."))
    assert (strike.event, strike.mode) == ("ASSAULT", "destroy")
    waited = extract("Sanctions on Iraq cannot be lifted until the inspectors certify that "
                     "Iraq has destroyed its missiles.")
    assert not [e for e in live(waited) if e.event == "RETREAT"]


def test_not_going_to_allow_is_a_refusal_and_one_word_phrases_are_objects(
        extract: Callable[..., Record]) -> None:
    [refusal] = live(extract('"We are not going to allow the regime to defy the will of the '
                             'international community," the defense secretary of the United '
                             'States said.'))
    assert refusal.event == "REJECT"


def test_approving_a_plan_concedes_nothing(extract: Callable[..., Record]) -> None:
    assert not find(extract("The Senate of Chile approved the government's plan to build a "
                            "new port."), "CONCEDE")
    [loan] = live(extract("The World Bank approved a $300 million loan to Kenya."))
    assert loan.event == "AID"


def test_a_protests_topic_and_a_condemned_killing_have_no_event_of_their_own(
        extract: Callable[..., Record]) -> None:
    record = extract("Hundreds of protesters marched through Ferguson, denouncing the police "
                     "shooting of a teenager.")
    assert [e.event for e in live(record)] == ["PROTEST"]
    [words] = live(extract("Human rights activists in Manila condemned the Dallas killings."))
    assert not words.recipient, "a killing is no party; Dallas is where, not who"


@pytest.mark.parametrize("text", [
    "The actor Glenn Hart suffered a heart attack and died on Friday in Boston.",
    "The singer Ana Reyes battled with reporters for decades.",
    '"Laura and I mourn the passing of a great talent," the former governor of Texas said.',
    'The chief executive of Acme showed off the watch, calling it "the best device we have '
    'made."',
])
def test_illness_metaphor_mourning_and_naming_are_no_events(
        extract: Callable[..., Record], text: str) -> None:
    assert not live(extract(text)), text


def test_armed_sides_fight_and_a_pronoun_is_the_last_subject_named(
        extract: Callable[..., Record]) -> None:
    [fight] = live(extract("Kurdish fighters battled Islamic State militants near Kobani."))
    assert fight.event == "ASSAULT"
    record = extract("Frank Orr, the senator from Ohio, died on Friday. Born in 1920, Orr "
                     "sang with Tommy Dorsey and Harry James. He later endorsed Ronald Reagan.")
    [endorse] = find(record, "SUPPORT")
    assert endorse.actor[0].name == "Frank Orr"


def test_followers_take_the_sector_of_whom_they_follow(extract: Callable[..., Record]) -> None:
    [rally] = live(extract("Thousands of supporters of the opposition rallied in Dhaka, "
                           "Bangladesh."))
    assert rally.event == "PROTEST" and rally.actor[0].sector == "OPP"
    [out] = live(extract("Russia said it would withdraw its troops from Moldova."))
    assert codes(out.recipient) == {"MDA"}, "the troops withdrawn are no recipient"


def test_saying_a_party_betrayed_someone_is_an_accusation(
        extract: Callable[..., Record]) -> None:
    [words] = live(extract('Opposition leader Benazir Bhutto of Pakistan said the government '
                           'had "betrayed the people."'))
    assert words.event == "ACCUSE"
    assert not live(extract("The opposition of Pakistan said the government had not betrayed "
                            "anyone."))


def test_aid_frozen_by_the_sum_and_a_second_thing_asked_for(
        extract: Callable[..., Record]) -> None:
    [freeze] = live(extract("The World Bank froze $350 million in aid to Malawi last year."))
    assert (freeze.event, freeze.mode) == ("SANCTION", "discontinue")
    assert codes(freeze.recipient) == {"MWI"}
    record = extract("The opposition leader called on the government of Kenya to release "
                     "political prisoners and lift the ban on public meetings.")
    assert [e.event for e in live(record)] == ["REQUEST"]
    warned = extract("President Moi of Kenya warned that multiparty politics would lead to "
                     "tribal violence.")
    assert not find(warned, "THREATEN"), "no one threatens what politics would lead to"


def test_a_thing_taken_somewhere_takes_no_town_and_a_freed_team_is_the_recipient(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("The meat is taken to local villages in Nepal, who host large "
                            "feasts."))
    [freed] = live(extract("Libya has freed six foreign medical personnel."))
    assert freed.recipient, "those freed receive the release"


def test_a_pronoun_after_a_titled_subject_is_the_named_person(
        extract: Callable[..., Record]) -> None:
    record = extract('"Relations were blocked," said Jose Barroso, President of the European '
                     'Commission. The president of France, Nicolas Sarkozy, said no money was '
                     'paid. He also said he would visit Libya on Wednesday.')
    [visit] = find(record, "AGREE")
    assert codes(visit.actor) == {"FRA"}


def test_suicide_bombers_solidarity_and_a_judgement_after_the_noun(
        extract: Callable[..., Record]) -> None:
    [attack] = live(extract("Suicide bombers struck the airport of Kabul on Tuesday."))
    assert (attack.event, attack.mode) == ("ASSAULT", "suicide-attack")
    [solidarity] = live(extract("The Nordic leaders pledged solidarity with Belgium."))
    assert solidarity.event == "SUPPORT"
    [words] = live(extract('Prime Minister Charles Michel of Belgium called the attacks "blind, '
                           'violent and cowardly."'))
    assert words.event == "ACCUSE"
    [claim] = find(extract("The Islamic State said its fighters had targeted the city of "
                           "Brussels."), "ASSAULT")
    assert codes(claim.actor) == {"IMG"}, "its fighters are the group's"


def test_a_meeting_after_which_one_speaks_and_a_staged_protests_topic(
        extract: Callable[..., Record]) -> None:
    [meet] = find(extract('"This is a strong program," Michel Camdessus of the IMF told '
                          'reporters after meeting the president of Indonesia.'), "CONSULT")
    assert codes(meet.actor) == {"IGO"}
    record = extract("Students in Jakarta staged protests at several universities, calling "
                     "for an end to corruption.")
    assert [e.event for e in live(record)] == ["PROTEST"]


def test_a_protests_joined_topic_and_migrants_sent_are_no_aid(
        extract: Callable[..., Record]) -> None:
    record = extract("Students staged protests at several universities in Jakarta, burning "
                     "effigies of the president and calling for an end to corruption.")
    assert [e.event for e in live(record)] == ["PROTEST"]
    assert not find(extract("Croatia sent the migrants to the Hungarian border on Friday."),
                    "AID")


def test_deals_struck_statements_delivered_and_street_celebrations(
        extract: Callable[..., Record]) -> None:
    [deal] = live(extract("The government of Colombia struck a deal with Ecuador on Monday."))
    assert deal.event == "AGREE"
    for text in ("The senator from Ohio struck a conciliatory tone.",
                 "Residents of west Belfast celebrated in the streets.",
                 "In a statement delivered to news organizations in Dublin, the group said it "
                 "would talk."):
        assert not [e for e in live(extract(text)) if e.event in {"ASSAULT", "SUPPORT", "AID"}
                    ], text


def test_a_titled_surname_is_the_one_in_that_office(extract: Callable[..., Record]) -> None:
    record = extract("BELFAST (AP) - President Clinton praised Gerry Adams for his role.",
                     "1994-08-31")
    [praise] = live(record)
    assert codes(praise.actor) == {"USA"}


def test_a_view_of_what_ought_to_be_asks_no_one_and_thanks_to_family(
        extract: Callable[..., Record]) -> None:
    assert not live(extract('"The people of Chile should have a voice in this," the senator '
                            'said on the floor of the Senate.'))
    [ask] = live(extract("The foreign minister of Norway said Turkey must be ready to "
                         "negotiate."))
    assert ask.event == "REQUEST" and codes(ask.recipient) == {"TUR"}
    assert not live(extract("Judge Merrick Garland of Chicago thanked his family."))


def test_shows_of_force_at_sea_and_a_vow_to_use_force(extract: Callable[..., Record]) -> None:
    fired = extract("China fired missiles into waters off the island's two main ports.")
    assert [e.event for e in live(fired)] == ["MOBILIZE"]
    [ships] = live(extract("The United States sent two aircraft carrier battle groups to "
                           "waters near Taiwan."))
    assert (ships.event, ships.mode) == ("MOBILIZE", "weapons")
    [vow] = live(extract("Beijing has vowed to use force if Taiwan formally breaks away."))
    assert vow.event == "THREATEN"


def test_their_citizens_are_of_those_who_urge_them(extract: Callable[..., Record]) -> None:
    [advice] = live(extract("FREETOWN (AP) - The United States urged its citizens to leave."))
    assert codes(advice.recipient) == {"USA"}


def test_a_crowd_protesting_acts_and_the_charge_is_no_part_of_the_accused(
        extract: Callable[..., Record]) -> None:
    [protest] = live(extract("In Moscow, about 1,000 people protested outside the Defense "
                             "Ministry."))
    assert protest.actor and protest.actor[0].text == "people"
    [charge] = live(extract("The human rights activist Sergei Kovalev accused the army of "
                            "indiscriminate bombing."))
    assert [a.text for a in charge.recipient] == ["army"]


def test_peoples_of_regions_and_the_commonwealth(extract: Callable[..., Record]) -> None:
    [attack] = live(extract("Chechen fighters destroyed six Russian tanks near the railway "
                            "station."))
    assert codes(attack.actor) == {"RUS"}
    [pledge] = live(extract("The Commonwealth said it would send a team of 30 observers."))
    assert codes(pledge.actor) == {"IGO"}


def test_a_warning_of_anothers_action_is_no_threat(extract: Callable[..., Record]) -> None:
    record = extract("Trade officials of the European Union warned that unilateral U.S. "
                     "action could undermine the global trading system.")
    assert not find(record, "THREATEN")
    assert find(extract("Moscow warned that sanctions would follow."), "THREATEN")


def test_an_object_pronoun_after_a_named_object(extract: Callable[..., Record]) -> None:
    record = extract("Prime Minister Hashimoto of Japan thanked President Fujimori of Peru for "
                     "his efforts and urged him to avoid bloodshed.")
    [ask] = find(record, "REQUEST")
    assert codes(ask.recipient) == {"PER"}
    [freed] = live(extract("The rebels in Lima released four captives on Tuesday."))
    assert freed.recipient


def test_both_sides_are_the_two_countries_named_before(extract: Callable[..., Record]) -> None:
    record = extract("China fired missiles near Taiwan on Friday. Japan and Australia called "
                     "on both sides to exercise restraint.")
    [ask] = find(record, "REQUEST")
    assert codes(ask.recipient) == {"CHN", "TWN"}
    assert codes(ask.actor) == {"JPN", "AUS"}


def test_the_group_named_before_and_an_adjective_phrase_after_a_noun(
        extract: Callable[..., Record]) -> None:
    record = extract("Hamas fighters attacked an army post. Israeli troops later arrested 12 "
                     "members of the group.")
    [arrest] = find(record, "COERCE")
    assert codes(arrest.recipient) == {"PSE"}
    [attack] = live(extract("Chechen fighters loyal to President Dudayev destroyed six "
                            "Russian tanks."))
    assert [a.text for a in attack.actor] == ["Chechen fighters"]


def test_a_verb_after_a_relative_clause_is_the_named_ones(
        extract: Callable[..., Record]) -> None:
    record = extract("Outgoing President Benigno Aquino of the Philippines, who had warned "
                     "that Duterte posed a threat to democracy, congratulated him and promised "
                     "an orderly transition.")
    for event in live(record):
        assert [a.text for a in event.actor] == [
            "Outgoing President Benigno Aquino of the Philippines"], event


def test_strikes_after_air_raids_are_attacks_and_after_workers_a_walkout(
        extract: Callable[..., Record]) -> None:
    record = extract("Allied bombers hit three bridges near the border overnight. The "
                     "commander said the strikes would continue for weeks.")
    assert not find(record, "PROTEST")
    record = extract("Dockworkers walked off the job on Monday. The union said the strike "
                     "would go on until the port raised wages.")
    assert not find(record, "ASSAULT")


def test_markets_rise_and_fall_by_no_ones_act(extract: Callable[..., Record]) -> None:
    record = extract("Bank shares rallied in Frankfurt and the euro fell against the yen.")
    assert not live(record)
    record = extract("Farmers rallied outside parliament against the new fuel tax.")
    assert find(record, "PROTEST")


def test_armed_groups_that_say_they_attacked_used_force(
        extract: Callable[..., Record]) -> None:
    [attack] = find(extract("Tamil rebels said they had attacked army positions near "
                            "Jaffna overnight."), "ASSAULT")
    assert codes(attack.actor) == {"LKA"}
    record = extract("The senator attacked the governor's position on water rights.")
    assert find(record, "ACCUSE") and not find(record, "ASSAULT")


def test_aid_credits_and_high_commissioners_withdrawn_are_sanctions(
        extract: Callable[..., Record]) -> None:
    record = extract("Canada suspended loans to Fiji. Britain recalled its high commissioner "
                     "on Tuesday.", "2000-06-01")
    assert {(e.mode, *codes(e.actor)) for e in find(record, "SANCTION")} == {
        ("discontinue", "CAN"), ("withdraw", "GBR")}


def test_a_broken_promise_and_a_grant_of_powers_are_no_acts(
        extract: Callable[..., Record]) -> None:
    assert not find(extract("The mayor said the council had broken its promise."),
                    "ASSAULT")
    record = extract("The assembly gave the army the power to search homes.")
    assert not find(record, "AID")


def test_what_a_poll_finds_and_what_a_refusal_threatens_are_no_ones_acts(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("A survey found that most farmers want the ministry to cut "
                            "fuel taxes."))
    assert not live(extract("Economists said the dispute threatens to derail the talks."))
    assert find(extract("The rebels threatened to shell the airport."), "THREATEN")


def test_an_act_in_a_present_clause_of_time_is_still_to_come(
        extract: Callable[..., Record]) -> None:
    record = extract("The banker faces life in prison when he is sentenced in May.")
    assert not live(record)
    [arrest] = find(extract("Police detained him when he landed in Lagos."), "COERCE")
    assert arrest.mode == "arrest"


def test_sealing_off_a_territory_is_a_restriction(extract: Callable[..., Record]) -> None:
    [closure] = find(extract("Indian troops sealed off the valley after the attack."),
                     "COERCE")
    assert closure.mode == "restrict"
    assert codes(closure.actor) == {"IND"}


def test_a_titled_full_name_spelled_otherwise_is_the_one_in_office(
        extract: Callable[..., Record]) -> None:
    record = extract("DHAKA (AP) - Prime Minister Atal Behari Vajpayee praised Bangladesh for "
                     "its help.", "1999-06-01")
    [praise] = find(record, "SUPPORT")
    assert codes(praise.actor) == {"IND"}


def test_a_bodys_own_session_meets_no_one(extract: Callable[..., Record]) -> None:
    assert not live(extract("The city council will meet on Tuesday to approve the budget."))
    assert not live(extract("The Security Council is due to meet on Monday."))
    [talks] = find(extract("The council met with the striking nurses on Tuesday."), "CONSULT")
    assert talks.actor


def test_a_named_force_sent_into_a_city_is_mobilised(extract: Callable[..., Record]) -> None:
    record = extract("Governor Ames sent the National Guard into Tulsa after the riots.",
                     "2016-06-01")
    assert find(record, "MOBILIZE") and not find(record, "AID")


def test_a_matter_does_nothing_itself_but_an_air_raid_is_someones_force(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("The ruling party said the deal had rewarded the smugglers."))
    assert not live(extract("New evidence backed the driver's account of the crash."))
    assert find(extract("A Turkish air raid killed six fighters near the border."),
                "ASSAULT")


def test_a_verb_joined_to_a_said_clause_is_the_speakers(
        extract: Callable[..., Record]) -> None:
    record = extract("Senator Ruiz said the plan had failed and urged the governor to resign.")
    [request] = find(record, "REQUEST")
    assert request.actor[0].text.endswith("Ruiz")


def test_detaining_protesters_holds_no_protest(extract: Callable[..., Record]) -> None:
    record = extract("Riot police detained 40 protesters outside the ministry.")
    assert not find(record, "PROTEST")
    assert {e.mode for e in find(record, "COERCE")} == {"arrest"}


def test_the_council_named_before_and_a_name_the_parse_cut(
        extract: Callable[..., Record]) -> None:
    record = extract("The U.N. Security Council met on Haiti on Monday. France urged the "
                     "Council to extend the mission.")
    [request] = find(record, "REQUEST")
    assert codes(request.recipient) == {"IGO"}
    record = extract("The Organisation for Security and Cooperation in Europe offered to "
                     "monitor the vote.")
    assert {code for e in live(record) for code in codes(e.actor)} == {"IGO"}


def test_them_after_people_named_as_the_object(extract: Callable[..., Record]) -> None:
    record = extract("Medics said soldiers had led prisoners out of the camp and beaten "
                     "them.")
    [attack] = find(record, "ASSAULT")
    assert [a.text for a in attack.actor] == ["soldiers"]
    assert [a.text for a in attack.recipient] == ["them"]  # the prisoners, not the medics


def test_allowing_a_force_in_is_no_vow_of_force(extract: Callable[..., Record]) -> None:
    record = extract("The president agreed to allow the peacekeeping force in.")
    assert not find(record, "THREATEN")
    assert find(extract("The junta vowed to use force against the marchers."), "THREATEN")


def test_what_one_is_accused_of_doing_to_suspects_arrests_no_one(
        extract: Callable[..., Record]) -> None:
    record = extract("Lawyers accuse guards of executing suspects and hiding the bodies.")
    assert not find(record, "COERCE")
    assert find(record, "ACCUSE")


def test_cancelled_meetings_and_pacts_are_refusals(extract: Callable[..., Record]) -> None:
    [refusal] = find(extract("Seoul cancelled the summit with Tokyo."), "REJECT")
    assert codes(refusal.actor) == {"KOR"}
    assert find(extract("Moscow scrapped its fishing pact with Oslo."), "REJECT")
    assert find(extract("The miners cancelled their strike on Friday."), "CONCEDE")


def test_ones_own_cabinet_convened_and_a_crowd_facing_tanks(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("The prime minister convened his cabinet on Sunday."))
    assert not live(extract("The president spoke after meeting his army commanders."))
    assert not find(extract("Crowds confronted the tanks near the palace."), "CONSULT")


def test_restricting_protests_is_coercion_not_a_protest(
        extract: Callable[..., Record]) -> None:
    record = extract("The junta restricted street protests in the capital.")
    assert not find(record, "PROTEST") and find(record, "COERCE")


def test_the_medium_of_words_is_no_recipient(extract: Callable[..., Record]) -> None:
    [praise] = find(extract("The senator praised the verdict on Facebook."), "SUPPORT")
    assert not praise.recipient


def test_a_body_that_voted_to_act_acted_and_a_countrys_own_body(
        extract: Callable[..., Record]) -> None:
    [removal] = live(extract("Peru's Congress voted on Monday to remove the president from "
                             "office.", "2000-11-21"))
    assert codes(removal.actor) == {"PER"}
    assert not live(extract("The assembly will vote next week to remove the president from "
                            "office."))


def test_sworn_in_some_hours_later_is_no_curse(extract: Callable[..., Record]) -> None:
    assert not live(extract("The new governor was sworn in hours later."))


def test_a_weapon_tested_and_an_envoy_summoned(extract: Callable[..., Record]) -> None:
    [show] = find(extract("Iran said it had tested a new cruise missile."), "MOBILIZE")
    assert show.mode == "weapons" and codes(show.actor) == {"IRN"}
    [protest] = find(extract("Madrid summoned the British ambassador over the remarks."),
                     "ACCUSE")
    assert codes(protest.actor) == {"ESP"}


def test_an_aside_on_what_a_named_body_did_is_its_act(extract: Callable[..., Record]) -> None:
    record = extract("The World Bank, which froze its loans to Kenya in May, urged new "
                     "audits.")
    assert {e.event for e in live(record)} == {"SANCTION", "REQUEST"}
    record = extract("Rebels who overran the town last month released the hostages.")
    assert {e.event for e in live(record)} == {"RETREAT"}


def test_support_or_aid_won_is_the_givers(extract: Callable[..., Record]) -> None:
    [support] = find(extract("Governor Ames won the backing of the nurses' union."),
                     "SUPPORT")
    assert [a.text for a in support.recipient] == ["Governor Ames"]
    [aid] = find(extract("Haiti received aid from Canada after the storm."), "AID")
    assert (codes(aid.actor), codes(aid.recipient)) == ({"CAN"}, {"HTI"})


def test_a_vow_to_return_and_fight_and_a_celebrated_outcome(
        extract: Callable[..., Record]) -> None:
    [threat] = find(extract("The ousted general vowed to return and fight the junta."),
                    "THREATEN")
    assert threat.actor
    assert not live(extract("Republicans celebrated the result of the vote."))


def test_naming_an_act_bad_is_criticism_in_either_parse(extract: Callable[..., Record]) -> None:
    for text in ("Peru's foreign minister called the raid a massacre and demanded an inquiry.",
                 "The governor called the strike an act of pure recklessness."):
        record = extract(text)
        assert find(record, "ACCUSE") and not find(record, "CONSULT"), text


def test_regretting_anothers_decision_is_no_apology(extract: Callable[..., Record]) -> None:
    [criticism] = live(extract("Chile's president said she regretted the decision."))
    assert criticism.event == "ACCUSE" and codes(criticism.actor) == {"CHL"}
    [apology] = live(extract("Japan regretted the deaths of the fishermen."))
    assert apology.event == "CONCEDE"


def test_vowing_revenge_threatens(extract: Callable[..., Record]) -> None:
    assert find(extract("The militia vowed to avenge its commander."), "THREATEN")


def test_a_push_that_moves_someone_demands_nothing(extract: Callable[..., Record]) -> None:
    assert not find(extract("Rebels pushed to within ten miles of the port."), "REQUEST")
    assert not find(extract("Officers pushed the rival crowds apart."), "REQUEST")
    assert find(extract("Ottawa pushed for new talks with Denmark."), "REQUEST")


def test_filling_heading_and_shuttling_are_no_acts(extract: Callable[..., Record]) -> None:
    assert not live(extract("Supporters filled the stadium in Lagos."))
    assert not live(extract("The panel, headed by Judge Amara Osei, opened its inquiry."))
    assert not live(extract("The envoy, who has been shuttling between Cairo and Amman, "
                            "returned home."))


def test_declining_to_criticise_refuses_no_one(extract: Callable[..., Record]) -> None:
    record = extract("Berlin declined to criticise Ankara over the arrests.")
    assert not live(record)
    assert find(extract("Berlin refused to meet the Turkish envoy."), "REJECT")


def test_a_detonation_in_a_test_and_a_deployment_agreed(extract: Callable[..., Record]) -> None:
    record = extract("Engineers detonated a device in the country's third nuclear test.")
    assert {e.event for e in live(record)} == {"MOBILIZE"}
    record = extract("Poland and the United States agreed to deploy a radar base.")
    assert find(record, "AGREE") and not find(record, "THREATEN")


def test_deadlines_given_and_own_occasions_put_off(extract: Callable[..., Record]) -> None:
    assert not live(extract("The mediators gave both delegations until Friday to sign."))
    assert not live(extract("The envoys were given 48 hours to leave Lima."))
    assert not live(extract("The senator postponed the event in Des Moines."))


def test_a_state_of_emergency_declared_is_coercion(extract: Callable[..., Record]) -> None:
    [emergency] = live(extract("Bolivia's president declared a state of emergency in La Paz."))
    assert (emergency.event, emergency.mode) == ("COERCE", "martial-law")
    assert not live(extract("The electoral board declared Mr. Aziz the winner."))


def test_saying_another_will_pay_a_heavy_price_threatens(
        extract: Callable[..., Record]) -> None:
    [threat] = live(extract("The rebel commander said that Uganda would pay a heavy price."))
    assert threat.event == "THREATEN" and codes(threat.recipient) == {"UGA"}


def test_a_letter_signed_is_what_it_says(extract: Callable[..., Record]) -> None:
    record = extract("Forty senators signed a letter to the governor saying they would not "
                     "support the pipeline.")
    assert {e.event for e in live(record)} == {"REJECT"}


def test_a_demand_joined_to_a_said_clause_about_a_measure(
        extract: Callable[..., Record]) -> None:
    [request] = live(extract("The Danish minister said that tariffs alone would not end "
                             "the dispute and called for new talks."))
    assert request.event == "REQUEST" and codes(request.actor) == {"DNK"}


def test_a_leaders_warning_that_his_country_will_refuse_is_the_refusal(
        extract: Callable[..., Record]) -> None:
    record = extract("Mr. Lopez warned that Mexico would never accept the new border fee.")
    assert {e.event for e in live(record)} == {"REJECT"}


def test_a_vow_to_wage_war_or_purge_threatens(extract: Callable[..., Record]) -> None:
    assert find(extract("The separatists vowed to continue the war in the hills."), "THREATEN")
    assert find(extract("The general vowed to purge the army of disloyal officers."),
                "THREATEN")


def test_a_call_to_rally_support_is_a_request(extract: Callable[..., Record]) -> None:
    record = extract("The governor called on donors to withdraw their support for the mayor.")
    assert {e.event for e in live(record)} == {"REQUEST"}


def test_a_warning_of_what_a_matter_may_bring_threatens_no_one(
        extract: Callable[..., Record]) -> None:
    assert not find(extract("The mediator warned that the talks would collapse unless both "
                            "armies stopped fighting."), "THREATEN")
    assert not find(extract("Ms. Ortiz criticised the treaty and warned that it would leave "
                            "farmers exposed to floods."), "THREATEN")
    assert find(extract("The U.N. commander warned the militias that he would call in "
                        "airstrikes if the shelling went on."), "THREATEN")


def test_a_demand_that_someone_set_a_date_is_a_request(extract: Callable[..., Record]) -> None:
    [request] = live(extract("Opposition leaders demanded that the president set a date "
                             "for the vote."))
    assert request.event == "REQUEST"


def test_trade_or_deliveries_cut_off_are_sanctions(extract: Callable[..., Record]) -> None:
    [ban] = live(extract("Canada banned all trade with Burma."))
    assert (ban.event, ban.mode) == ("SANCTION", "discontinue")
    assert codes(ban.actor) == {"CAN"} and codes(ban.recipient) == {"MMR"}
    [halt] = live(extract("Moscow suspended arms deliveries to Syria."))
    assert halt.event == "SANCTION" and codes(halt.recipient) == {"SYR"}


def test_combatants_captured_are_abducted_and_a_palace_taken_is_force(
        extract: Callable[..., Record]) -> None:
    [capture] = live(extract("Rebel fighters captured two government soldiers near Bunia."))
    assert (capture.event, capture.mode) == ("ASSAULT", "abduct")
    [arrest] = live(extract("Police arrested two soldiers for smuggling in Bunia."))
    assert (arrest.event, arrest.mode) == ("COERCE", "arrest")
    [taken] = live(extract("Government troops captured the presidential palace in Bangui."))
    assert taken.event == "ASSAULT"


def test_what_there_is_no_evidence_of_is_not_done_nor_refused(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("Inspectors said there was no evidence that Iran had enriched "
                            "uranium or that its army had attacked the base."))
    assert not live(extract("There is no sign that the militia will free the aid workers."))
    assert find(extract("Inspectors found evidence that the army had shelled the town."),
                "ASSAULT")


def test_cheering_weeping_and_guarding_are_no_acts(extract: Callable[..., Record]) -> None:
    assert not live(extract("Supporters cheered and wept as the verdict was read."))
    assert not live(extract("Soldiers guarded the ministries in Lima."))


def test_withdrawing_from_a_body_is_a_sanction(extract: Callable[..., Record]) -> None:
    [quit_] = live(extract("Burundi said it was withdrawing from the court."))
    assert (quit_.event, quit_.mode) == ("SANCTION", "withdraw")
    [retreat] = live(extract("Kenya withdrew its troops from the border town."))
    assert retreat.event == "RETREAT"


def test_removing_things_and_a_backed_gerund(extract: Callable[..., Record]) -> None:
    assert not live(extract("Iran removed the cameras from the plant."))
    [support] = live(extract("Democrats supported keeping weapons away from felons."))
    assert support.event == "SUPPORT"
    [backed_off] = live(extract("Poland backed away from the accord."))
    assert backed_off.event == "REJECT"


def test_asking_for_something_and_declaring_martial_law(extract: Callable[..., Record]) -> None:
    [ask] = live(extract("The defence lawyer asked for leniency from the court."))
    assert ask.event == "REQUEST"
    [law] = live(extract("The Thai army declared martial law in Bangkok."))
    assert (law.event, law.mode) == ("COERCE", "martial-law")


def test_a_vow_that_one_will_not_be_moved_is_a_refusal(extract: Callable[..., Record]) -> None:
    [vow] = live(extract("The miners' union vowed that its members would not be driven from "
                         "the pits."))
    assert vow.event == "REJECT"


def test_what_a_denied_claim_says_is_not_done(extract: Callable[..., Record]) -> None:
    record = extract("The minister rejected accusations that Chad had arrested journalists.")
    assert {e.event for e in live(record)} == {"REJECT"}


def test_holding_things_or_dismissing_someone_and_spectacles(
        extract: Callable[..., Record]) -> None:
    record = extract("The rebels withdrew after holding three villages for a week.")
    assert {e.event for e in live(record)} == {"RETREAT"}
    assert not live(extract("Senators are holding the budget hostage."))
    assert find(extract("Gunmen are holding two Italian engineers hostage near Kano."),
                "ASSAULT")
    assert not live(extract("The prime minister tried to dismiss him on Tuesday."))
    assert not live(extract("The president will attend a football match in Rome."))


def test_repression_of_institutions_bombs_and_alerts(extract: Callable[..., Record]) -> None:
    [coup] = live(extract("The general dissolved Congress and suspended the constitution."))
    assert (coup.event, coup.mode) == ("COERCE", "restrict")
    assert not live(extract("The prime minister dissolved parliament ahead of the election."))
    [bomb] = live(extract("Rebels set off bombs in two districts of the capital."))
    assert (bomb.event, bomb.mode) == ("ASSAULT", "explosives")
    assert not live(extract("Fans set off fireworks in the square."))
    [alert] = live(extract("Greece put its armed forces on alert."))
    assert alert.event == "MOBILIZE" and codes(alert.actor) == {"GRC"}


def test_placed_under_house_arrest(extract: Callable[..., Record]) -> None:
    [arrest] = live(extract("The former president Ould Taya was placed under house arrest."))
    assert (arrest.event, arrest.mode) == ("COERCE", "arrest") and not arrest.actor
    [arrest] = live(extract("The junta placed the former president under house arrest."))
    assert arrest.actor and [r.text for r in arrest.recipient] == ["former president"]


def test_guarded_by_soldiers_is_no_act(extract: Callable[..., Record]) -> None:
    assert not live(extract("The president stayed in his palace, guarded by loyal soldiers."))


def test_politicians_attack_in_words_and_mobs_with_force(
        extract: Callable[..., Record]) -> None:
    [words] = live(extract("Republican senators attacked the administration on Tuesday."))
    assert words.event == "ACCUSE"
    [force] = live(extract("Rebels attacked the governor's office in Goma."))
    assert force.event == "ASSAULT"


def test_support_withdrawn_is_a_refusal_and_resolve_is_none(
        extract: Callable[..., Record]) -> None:
    [refusal] = live(extract("Senator Ames withdrew her endorsement of the governor."))
    assert refusal.event == "REJECT"
    assert not live(extract('"We will not give up," the mayor of Lyon said.'))
    [refusal] = live(extract("Dr. Okonjo warned that she would not sign any accord that "
                             "did not include a withdrawal."))
    assert refusal.event == "REJECT", "a phrase that says 'not' is read once"


def test_an_army_marching_a_trip_home_and_a_road_cleared(
        extract: Callable[..., Record]) -> None:
    [march] = live(extract("Rebel forces marched into Bangui on Saturday."))
    assert march.event == "MOBILIZE"
    assert not live(extract("The Kenyan president flew to Mombasa on Friday."))
    assert not live(extract("Riot police cleared the road in Nairobi."))
    assert not live(extract("The minister had sheltered in the embassy since May."))


def test_a_reproach_and_a_generic_whoever(extract: Callable[..., Record]) -> None:
    [reproach] = live(extract("Senator Ames said the Navy should never have allowed the "
                              "patrol to enter Iranian waters."))
    assert reproach.event == "ACCUSE"
    assert not live(extract("Any governor who pardoned the officers would face a recall."))


def test_a_team_sent_is_no_aid(extract: Callable[..., Record]) -> None:
    assert not find(extract("The European Union sent a team of ministers to Belgrade."), "AID")


def test_a_call_for_sanctions_is_a_request(extract: Callable[..., Record]) -> None:
    [call] = live(extract("The archbishop called on Europe to maintain sanctions against "
                          "Pretoria."))
    assert call.event == "REQUEST"


def test_shelter_sought_a_vote_forced_and_a_bill_introduced(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("Thousands of villagers sought shelter in the church."))
    assert not live(extract("Conservative senators moved to force a vote on the treaty."))
    assert not live(extract("Senator Ames introduced a bill on farm subsidies."))


def test_soldiers_looting_and_a_state_occupying_land(extract: Callable[..., Record]) -> None:
    [loot] = live(extract("Government soldiers looted food warehouses in Juba."))
    assert loot.event == "ASSAULT"
    [occupation] = live(extract("Eritrea occupied the disputed land around Badme."))
    assert occupation.event == "ASSAULT"


def test_a_decision_called_a_coup(extract: Callable[..., Record]) -> None:
    [criticism] = live(extract("Opposition leaders in Caracas called the ruling a coup."))
    assert criticism.event == "ACCUSE"


def test_a_protective_step_intended_threatens_no_one(extract: Callable[..., Record]) -> None:
    [evacuation] = extract("Norway said it would evacuate its citizens from Juba.").events
    assert evacuation.event == "SANCTION" and evacuation.hypothetical
    [deployment] = extract("Kenya said it would send troops to protect the border "
                           "villages.").events
    assert deployment.event == "MOBILIZE" and deployment.hypothetical
    [threat] = live(extract("Kenya said it would send troops into Somalia."))
    assert threat.event == "THREATEN"


def test_troops_ordered_in_and_protesters_gathering(extract: Callable[..., Record]) -> None:
    [order] = live(extract("The governor ordered National Guard troops into Ferguson."))
    assert order.event == "MOBILIZE"
    [rally] = live(extract("Protesters gathered outside the Saudi embassy in Paris."))
    assert (rally.event, rally.mode) == ("PROTEST", "demo")


def test_violence_on_people_is_no_riot_and_self_harm_no_act(
        extract: Callable[..., Record]) -> None:
    [attack] = live(extract("Rioting students attacked the families of the officials."))
    assert attack.event != "PROTEST"
    [riot] = live(extract("Protesters set fire to the parliament building in Libreville."))
    assert (riot.event, riot.mode) == ("PROTEST", "riot")
    assert not live(extract("The gunman threatened to kill himself."))


def test_regret_expressed_for_ones_act_or_over_anothers(extract: Callable[..., Record]) -> None:
    [apology] = live(extract("Ankara expressed regret for the downing of the jet."))
    assert apology.event == "CONCEDE"
    [criticism] = live(extract("Beijing expressed deep regret over the missile tests."))
    assert criticism.event == "ACCUSE"


def test_bans_on_imports_calls_by_telephone_and_supplies_cut(
        extract: Callable[..., Record]) -> None:
    [ban] = live(extract("Moscow imposed bans on Turkish fruit imports."))
    assert ban.event == "SANCTION" and codes(ban.recipient) == {"TUR"}
    [call] = live(extract("The Greek and Turkish premiers spoke by telephone on Monday."))
    assert (call.event, call.mode) == ("CONSULT", "phone")
    [cut] = live(extract("The Gabonese government cut internet access across the country."))
    assert (cut.event, cut.mode) == ("COERCE", "restrict")


def test_refuge_taken_a_bill_sent_and_positions_abandoned(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("The prime minister took refuge in the embassy compound."))
    assert not live(extract("The House passed the bill, sending the measure to the Senate."))
    [retreat] = live(extract("Government soldiers abandoned their positions near Goma."))
    assert (retreat.event, retreat.mode) == ("RETREAT", "withdraw")


def test_crimes_committed_staff_asked_and_villages_evacuated(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("The defence minister was said to have committed suicide."))
    assert find(extract("The government committed itself to new talks."), "AGREE")
    assert not live(extract("The president asked his staff to review the plan."))
    assert not live(extract("Indian authorities evacuated villages along the border."))


def test_persuading_asks_and_a_judgement_with_for(extract: Callable[..., Record]) -> None:
    [request] = live(extract("Kenya's mediator persuaded the Zulu king to accept the deal."))
    assert request.event == "REQUEST"
    [criticism] = live(extract('Mr. Ortiz called the decision "heartbreaking" for farmers.'))
    assert criticism.event == "ACCUSE"


def test_a_hunt_vowed_sanctions_on_travel_and_a_judgement_read_as_a_participle(
        extract: Callable[..., Record]) -> None:
    assert find(extract("The president vowed to hunt down the bombers."), "THREATEN")
    [ban] = live(extract("The EU imposed travel bans on six Belarusian officials."))
    assert ban.event == "SANCTION" and codes(ban.recipient) == {"BLR"}
    [criticism] = live(extract("Ankara's foreign ministry called the decision shortsighted."))
    assert criticism.event == "ACCUSE"
    assert not find(extract("The FBI sent 40 investigators to Nairobi."), "AID")


def test_a_demand_joined_to_a_clause_about_an_attack_is_the_speakers(
        extract: Callable[..., Record]) -> None:
    [request] = live(extract("The Danish premier said the violence was unacceptable and "
                             "urged Moscow to halt the shelling."))
    assert request.event == "REQUEST" and codes(request.actor) == {"DNK"}
    assert not live(extract("The chief of police said the attack had provoked anger."))


def test_a_setback_or_a_partisan_attack_named(extract: Callable[..., Record]) -> None:
    [criticism] = live(extract("Chile called the coup a setback to democracy."))
    assert criticism.event == "ACCUSE"


def test_a_decision_another_regrets_and_a_name_damaged(extract: Callable[..., Record]) -> None:
    record = extract("The European Union regretted the decision to impose emergency rule.")
    assert not any("IGO" in codes(e.actor) for e in find(record, "COERCE"))
    assert not live(extract("Critics said the inquiry was aimed at damaging Mrs. Clinton."))


def test_ones_own_fire_told_is_no_accusation(extract: Callable[..., Record]) -> None:
    record = extract("The police said they had opened fire after the crowd threw stones.")
    assert not find(record, "ACCUSE")


def test_what_is_accused_tried_or_released_is_not_done(extract: Callable[..., Record]) -> None:
    record = extract("Kabul accused Pakistan of training and arming the insurgents.")
    assert {e.event for e in live(record)} == {"ACCUSE"}
    [removal] = extract("The government did not try to remove the protesters.").events
    assert removal.negated
    assert not live(extract("The FBI released notes from its interview with the senator."))


def test_a_retaliation_as_motive_and_an_armed_campaign_vowed(
        extract: Callable[..., Record]) -> None:
    record = extract("Washington imposed sanctions on Moscow, retaliating for the hacking.")
    assert {e.event for e in live(record)} == {"SANCTION"}
    assert find(extract("The rebel front vowed to intensify its armed campaign."), "THREATEN")


def test_a_building_surrounded_by_crowds_police_or_troops(
        extract: Callable[..., Record]) -> None:
    [crowd] = live(extract("Thousands of Filipinos surrounded the presidential palace."))
    assert (crowd.event, crowd.mode) == ("PROTEST", "demo")
    [police] = live(extract("Police surrounded the Supreme Court in Islamabad."))
    assert (police.event, police.mode) == ("COERCE", "restrict")


def test_defeat_admitted_elections_cancelled_and_a_political_fight(
        extract: Callable[..., Record]) -> None:
    [concession] = live(extract("The Tamil Tigers admitted defeat on Sunday."))
    assert concession.event == "CONCEDE"
    [cancel] = live(extract("Algeria's authorities cancelled the second round of the "
                            "elections."))
    assert (cancel.event, cancel.mode) == ("COERCE", "restrict")
    assert not find(extract("Democrats vowed to continue their fight for votes on guns."),
                    "THREATEN")


def test_regretting_an_interruption_and_a_stunt_named_in_one_phrase(
        extract: Callable[..., Record]) -> None:
    [criticism] = live(extract("Washington regretted the interruption of the elections."))
    assert criticism.event == "ACCUSE"
    [stunt] = live(extract('Speaker Ryan called the sit-in a "publicity stunt" on Thursday.'))
    assert stunt.event == "ACCUSE"


def test_an_oath_of_office_a_standing_damaged_and_advice_warned(
        extract: Callable[..., Record]) -> None:
    assert not live(extract("Congress swore in Vice President Carlos Mesa on Friday."))
    assert not live(extract("The senator said the methods had damaged America's standing."))
    [advice] = live(extract("The State Department warned its embassies to strengthen "
                            "security."))
    assert advice.event == "REQUEST"


def test_a_partys_own_ballot_put_off_and_praise_named(extract: Callable[..., Record]) -> None:
    assert not find(extract("Mr. Boehner postponed the leadership election."), "COERCE")
    [praise] = live(extract('Mr. Cameron called the activist "an inspiration to us all."'))
    assert praise.event == "SUPPORT"
