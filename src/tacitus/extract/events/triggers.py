"""Step 1, triggers: the words of a sentence that name an event, with their sense.

A trigger is a verb of the lexicon (with its particle or preposition: "stand by",
"call for"), refined by the CAMEO phrase patterns around it, or an event noun carried by
a light verb ("held talks", "offered support") or owned by its participants ("Kim and
Putin's talks").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ...resolve.context import a_person
from ...words import non_agents, speech_verbs
from ..lexicon import Lexicon, NounSense, Pattern, Sense
from ..modality import INTENT_HEADS, PROMISE_HEADS, auxiliaries, first_conjunct, is_negated
from .types import SYMMETRIC, TO_AGREE, TO_THREATEN


@dataclass(frozen=True)
class Trigger:
    token: Token
    sense: Sense
    pattern: bool  # matched a phrase pattern, not just the bare verb
    carried: bool = False  # a noun carried by its light verb, whose subject acts
    negation_coded: bool = False  # the phrase's own words say "not" ("would not extradite")


def sentence_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """The triggers of a sentence, less those that only state another's topic, describe a
    participant in a relative clause, or state the intention whose act another trigger
    already codes (which modality then makes an AGREE or THREATEN)."""
    mend_headline_verb(sent, lexicon)
    triggers = list(find_triggers(sent, lexicon))
    protests = {t.token.i for t in triggers if t.sense.event == "PROTEST"} | {
        c.i for t in triggers if t.sense.event == "PROTEST" and t.token.pos_ != "VERB"
        and (c := carried_by(t.token)) is not None}  # "staged protests, calling for"
    triggers = [t for t in triggers if not (  # "demonstrated, calling for independence",
        t.sense.event in {"REQUEST", "ACCUSE"} and (  # "marched, denouncing the shooting":
            (first := first_conjunct(t.token)).dep_ in {"advcl", "xcomp"} or  # the protest's
            (t.token.dep_ == "conj" and t.token.tag_ == "VBG"))  # topic, as the manual
        and (first.head.i in protests or first.i in protests))]  # codes it, no event
    journeys = {c.i for t in triggers if t.token.pos_ != "VERB" and
                (c := carried_by(t.token)) is not None and c.lemma_.lower() in MOVEMENT_VERBS}
    triggers = [t for t in triggers if t.token.i not in journeys]  # "flew to Paris for
    # talks with Chirac": one act, coded by the talks
    told = [t for t in triggers if not _describes(t.token)] or triggers
    told = [_promised(t, told) for t in told]
    acts = {t.token.i for t in told}
    refused = {t.token.i for t in told if t.sense.event in COOPERATION
               and is_negated(t.token) and _own_clause(t.token)}
    return [t for t in told if not (  # "plans to expel the envoy": the expelling is the act
        t.sense.event == "AGREE" and t.token.lemma_.lower() in INTENT_HEADS
        and any(c.dep_ == "xcomp" and c.i in acts for c in t.token.children)) and not (
        t.sense.event == "THREATEN" and t.token.lemma_.lower() in WARNING_VERBS and any(
            c.dep_ == "ccomp" and c.i in refused for c in t.token.children))]  # "warned that
    # he would not sign any agreement": the refusal is the act, no threat besides


# What a warner who says he "would not" do it refuses (a phrase may already code the
# refusal: "would not sign any agreement that...").
COOPERATION = TO_AGREE | {"SUPPORT", "AGREE", "REJECT"}


def _own_clause(clause: Token) -> bool:
    """Whether a said clause's subject is the speaker: "warned that he would not sign"
    (not "warned that police will no longer tolerate rallies": a threat)."""
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in {"he", "she", "it", "we", "i", "they"} or (
        speaker is not None and subject.lemma_.lower() == speaker.lemma_.lower()) or (
        speaker is not None and subject.ent_type_ == "GPE" and (
            speaker.pos_ == "PRON" or speaker.ent_type_ == "PERSON")))  # "he warned that the
    # United States would never accept": a leader's word for his country


# What a promise of harm names: "will ensure there are consequences".
PENALTIES = {"consequence", "retaliation", "reprisal", "punishment", "revenge", "retribution",
             "justice"}  # "vowed that those responsible would be brought to justice"


def _promised(trigger: Trigger, triggers: list[Trigger]) -> Trigger:
    """A vow of force or of consequences is a threat and a vow to fight a measure a
    refusal, as PLOVER codes them ("vowed to attack the capital", "will ensure there are
    serious consequences", "vows to fight the plan"); other promises agree."""
    if trigger.sense.event != "AGREE" or trigger.token.lemma_.lower() not in PROMISE_HEADS | {
            "ensure", "guarantee", "assure"}:
        return trigger
    if any(t.lemma_.lower() in PENALTIES or _force_used(t) or _war_waged(t) or _hunted(t)
           for t in trigger.token.subtree):  # "will ensure
        return Trigger(trigger.token, THREAT, trigger.pattern, trigger.carried)  # there
        # are serious consequences"
    if any(c.dep_ in {"xcomp", "ccomp"} and any(g.dep_ == "neg" for g in c.children)
           for c in trigger.token.children):  # "vowed not to consider any nominee", "vowed
        # that they would not be driven out": a refusal
        return Trigger(trigger.token, REFUSAL, trigger.pattern, trigger.carried)
    promised = {t.token.i: t.sense.event for t in triggers}
    vowed = [g for c in trigger.token.children if c.dep_ == "xcomp" for g in (c, *c.conjuncts)]
    for c in vowed:  # ("vowed to return and fight": the fighting is vowed too)
        event = promised.get(c.i)
        if event in TO_THREATEN and not (event == "MOBILIZE" and _agreed_between(trigger.token)):
            return Trigger(trigger.token, THREAT, trigger.pattern, trigger.carried)
        if event == "REJECT":
            return Trigger(trigger.token, REFUSAL, trigger.pattern, trigger.carried)
    return trigger


# What is waged: "vowed to continue the war", "pledged to keep up the fight".
WARFARE = {"war", "fight", "fighting", "struggle", "battle", "jihad", "insurgency", "uprising",
           "rebellion", "revolt", "hostilities", "offensive", "resistance", "attack"}


def _hunted(token: Token) -> bool:
    """"vowed to track down those responsible": a pursuit promised."""
    return token.lemma_.lower() in {"track", "hunt"} and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in token.children)


def _war_waged(token: Token) -> bool:
    armed = token.lemma_.lower() == "campaign" and any(  # "its armed campaign"
        c.lower_ in {"armed", "military", "bombing", "guerrilla"} for c in token.children)
    return token.dep_ == "dobj" and (token.lemma_.lower() in WARFARE or armed) and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in token.children) and \
        token.head.lemma_.lower() in {"continue", "wage", "pursue", "keep", "step", "escalate",
                                      "intensify", "launch", "resume", "take", "carry"}


def _agreed_between(verb: Token) -> bool:
    """"Seoul and Washington agreed to deploy a missile shield", "agreed with Japan to send
    ships": a deployment two sides agree on is their agreement, no threat to anyone."""
    if verb.lemma_.lower() != "agree":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subject is not None and bool(subject.conjuncts)) or any(
        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _force_used(token: Token) -> bool:
    """Force as what is used ("vowed to use force", "the use of force", "to take it by
    force"), not a force of troops ("agreed to allow the force in")."""
    if token.lemma_.lower() != "force" or token.pos_ != "NOUN":
        return False
    head = token.head
    return head.lemma_.lower() in {"use", "employ"} or head.lower_ == "by" or (
        head.lower_ in {"of", "to"} and head.head.lemma_.lower() in {"use", "resort", "threat"})


def mend_headline_verb(sent: Span, lexicon: Lexicon) -> None:
    """A headline's present tense that the tagger took for a noun ("Clashes in Dushanbe
    kill 17 people", "A court sentences five men"): a sentence's root with a subject and
    no determiner is the verb it spells, and is tagged so for every later step (the actor
    context mends every sentence before quotes and events read them)."""
    root = sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or (root.lemma_.lower(), "") not in lexicon.verbs:
        return
    deps = {c.dep_ for c in root.children}
    if "nsubj" in deps and not deps & {"det", "poss", "nummod", "amod", "compound"}:
        root.pos_ = "VERB"
        root.tag_ = "VBZ" if root.lower_.endswith("s") else "VBP"


def _describes(token: Token) -> bool:
    """Whether a word lies in a relative clause, or a participle's reduced one, that
    describes a thing: background to the act a sentence reports ("rebels, who overran the
    town last month, released...", "seized a train carrying migrants"), dropped when the
    sentence reports another."""
    finite = False  # a finite verb joined to a participle is a clause of its own:
    for a in (token, *token.ancestors):  # "seized a train carrying migrants and disarmed..."
        if a.dep_ == "relcl" and not _aside_by_an_actor(a):
            return True
        if a.dep_ == "acl" and a.tag_ == "VBG" and a.head.pos_ == "NOUN" and \
                a.head.ent_type_ == "" and not finite:
            return True
        finite = finite or (a.dep_ == "conj" and a.tag_ != "VBG")
    return False


def _aside_by_an_actor(clause: Token) -> bool:
    """A relative clause set off by a comma whose relative pronoun is the doer, of a named
    body or state: "the IMF, which suspended a loan programme, ..." reports the IMF's act."""
    head = clause.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in {"WDT", "WP"} and clause.tag_ == "VBD" and \
        head.i + 1 < len(head.doc) and head.nbor(1).text == "," and \
        head.ent_type_ in {"ORG", "GPE", "NORP"}


def find_triggers(sent: Span, lexicon: Lexicon) -> Iterator[Trigger]:
    for token in sent:
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "compound"} and not any(
                c.dep_ == "det" for c in token.children):  # "the wounded" are people
            trigger = verb_trigger(token, lexicon) or demand_trigger(token)
        elif token.pos_ in {"NOUN", "PROPN"}:
            trigger = noun_trigger(token, lexicon)
        else:
            trigger = None
        if trigger is not None:
            yield trigger


def verb_trigger(verb: Token, lexicon: Lexicon) -> Trigger | None:
    lemma = verb.lemma_.lower()
    if _carries_event_noun(verb, lemma, lexicon):
        return None
    if lemma in {"decline", "refuse"} and any(
            c.dep_ == "xcomp" and (sense := lexicon.verbs.get((c.lemma_.lower(), ""))) and
            sense.event in HOSTILE for c in verb.children):
        return None  # "declined to criticise Israel": no act towards Israel, and no
        # refusal of anything asked (the criticism is stored, negated)
    fixed = _fixed_phrase(verb, lemma)
    if fixed is not None:
        return fixed
    for particle in _particles(verb):
        if (lemma, particle) in lexicon.verbs:
            key = (lemma, particle)
            break
    else:
        return None
    particles = _phrasal(verb)
    if particles and key[1] not in particles:
        return None  # a phrasal verb is not its verb: "broke out of jail", "was sworn in"
    sense = lexicon.verbs[key]
    if key == ("defend", "") and not _defends_a_party(verb):
        return None
    if key == ("move", "") and not _moves_forces(verb):
        return None  # "moving a second aircraft carrier into the Gulf", not "moved to block"
    if sense is None and key not in lexicon.pattern_only:
        return None  # a verb that codes only in phrases ("say"): too loose on its own
    if sense and sense.event in MATERIAL and _states_a_finding(verb):
        return None  # "the court rules that...", "held that...": a judgment, not the act
    if _enacts(verb) or (lemma == "plead" and any(c.lower_ in {"guilty", "innocent"}
                                                  for c in verb.children)):
        return None  # "parliament approves a law that...": the law's content is the act
    if lemma in {"press", "push"} and not _presses_someone(verb):
        return None  # "presses his advantage": no one is pressed
    judged = judgement(verb) or _court_sense(verb, lemma) or _joins_a_treaty(verb, lemma) or (
        SPOKEN_PROTEST if lemma in {"regret", "lament", "deplore"} and _anothers_choice(verb)
        else None)
    if judged is not None:
        return Trigger(verb, judged, True)  # "called the move short-sighted": criticism
    if _other_sense(verb, lemma, key[1]) or _own_official(verb, lemma):
        return None
    told = _told_in_context(verb, lemma, sense, lexicon)
    if told is not None:
        return told
    opposed = _opposed(verb) if sense is not None and sense.event in {"ASSAULT", "PROTEST"} \
        else ""
    if opposed in MEASURES:
        return Trigger(verb, REFUSAL, False)  # "the judge blocked the execution"
    if opposed in ILLS and sense is not None and sense.event == "ASSAULT":
        return None  # "vowed to fight corruption"
    if lexicon.verb_patterns(*key) and not (lemma in INTENT_HEADS | PROMISE_HEADS and any(
            c.dep_ == "xcomp" for c in verb.children)):  # "vowed to fight the lawsuit": the
        # fighting is coded, as intended
        context = Window(verb)
        own_words = verb.dep_ == "ccomp" and _own_clause(verb)  # (once, not per pattern)
        for pattern in lexicon.candidate_patterns(*key, context.keys):
            if pattern.sense.event == "PROTEST" and sense is not None and \
                    sense.event in {"COERCE", "ASSAULT"}:
                continue  # a block's "hold a protest" pattern is no protest by whoever
                # restricts or breaks one up: "restricted public protests" is coercion
            if own_words and any("said" in words for words in pattern.before):
                continue  # CAMEO's "said ... opened fire" is an accusation of another; "police
                # said they had opened fire" tells the speaker's own act
            if context.matches(pattern) and not (
                    pattern.sense.event in FORCE and _labour_strike(verb)):
                if lemma in MOVING and (pattern.sense.event == "MOBILIZE" or (
                        pattern.sense.event == "AID" and _to_no_one(verb) and any(
                            c.dep_ == "dobj" and a_force(c) for c in verb.children))):
                    return Trigger(verb, Sense("MOBILIZE", _force_mode(verb),  # what is moved
                                               pattern.sense.cameo), True)  # says the mode;
                    # forces sent to open waters are a show of force, no military aid
                return Trigger(verb, pattern.sense, True, negation_coded=any(
                    set(words) & NEGATING_WORDS for words in pattern.before))  # ("called
                # for a general strike" is no threat of force; "would not extradite" is a
                # refusal, its "not" read)
    if sense and sense.event == "PROTEST" and (verb.dep_ == "parataxis" or any(
            c.dep_ == "ccomp" for c in verb.children)):
        return Trigger(verb, SPOKEN_PROTEST, False)  # "protested that ...": words, not a rally
    if sense and sense.event in {"AID", "MOBILIZE"} and lemma in MOVING and \
            _moves_forces(verb):
        return Trigger(verb, Sense("MOBILIZE", _force_mode(verb)), False)  # "sent two
        # warships to Freetown": forces moved, not aid (CAMEO's phrases decide "sent troops
        # to help", military aid)
    return Trigger(verb, sense, False) if sense else None


def _moves_forces(verb: Token) -> bool:
    """Whether what the verb moves is a force or weapons that no name makes an entity
    ("sent two warships", "sent the National Guard"; a unit named otherwise, "the 82nd
    Airborne", is left to the phrases)."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and a_force(c) and (
        c.ent_type_ == "" or c.lemma_.lower() in FORCES) for c in verb.children)


def _to_no_one(verb: Token) -> bool:
    """Sent nowhere, or to open waters ("sent two carrier groups to waters near Taiwan")."""
    dest = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
            for g in c.children if g.dep_ == "pobj"]
    return not dest or all(g.lemma_.lower() in OPEN_WATERS for g in dest)


def _defends_a_party(verb: Token) -> bool:
    """"Republicans defended Comey", "defended the decision": words for a party or for
    what it did (troops defend a city, against someone: force, no one's side taken)."""
    return not any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children) and any(
        c.dep_ == "dobj" and (c.ent_type_ in {"PERSON", "ORG"} or c.lemma_.lower() in
                              OFFICES | DOCUMENTS | DEFENDED) for c in verb.children)


def _own_official(verb: Token, lemma: str) -> bool:
    """"dismisses the minister in charge of security": a government's own appointments
    are no act towards another party."""
    return lemma in {"dismiss", "sack", "fire", "oust", "remove", "replace"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in OFFICES for c in verb.children)


def _fixed_phrase(verb: Token, lemma: str) -> Trigger | None:
    """Phrases that code whatever the verb's own entry: martial law declared, repression of
    a country's institutions ("suspended the constitution", "dissolved Congress"), bombs
    set off, fire set to a building, supplies cut off, forces ordered somewhere or put on
    alert, a telephone call, defeat admitted, protesters gathering; meetings and pacts
    cancelled, weapons tested, a heavy price foretold, backing withdrawn, an envoy
    summoned."""
    if lemma in CANCELLING and _cancels_a_meeting_or_pact(verb):
        return Trigger(verb, REFUSAL, False)  # "cancelled the meeting": the manual's REJECT
    if (lemma in {"test", "test-fire"} or (lemma in {"detonate", "explode"} and any(
            t.lemma_.lower() == "test" and t.pos_ == "NOUN" for t in verb.sent))) and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in TESTED for c in verb.children):
        return Trigger(verb, Sense("MOBILIZE", "weapons"), True)  # "tested a hydrogen bomb",
        # "detonated a warhead in its fifth test"
    if lemma in SAYING and any(_made_to_pay(c) for c in verb.children if c.dep_ == "ccomp"):
        return Trigger(verb, THREAT, True)  # "said that Israel would pay a heavy price"
    if lemma in {"withdraw", "pull", "rescind", "revoke"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in BACKING for c in verb.children):
        return Trigger(verb, REFUSAL, True)  # "withdrew his endorsement of Mr. Trump"
    if lemma in {"declare", "impose", "proclaim", "introduce"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "law" and any(
                g.lower_ == "martial" for g in c.children) for c in verb.children):
        return Trigger(verb, Sense("COERCE", "martial-law"), True)  # "declared martial law"
    if (lemma in {"suspend", "dissolve"} or (lemma in {"cancel", "annul", "postpone"} and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in {"election", "round", "poll"}
            and not any(g.lower_ in INTERNAL for g in c.children)
            for c in verb.children))) and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in INSTITUTIONS | {"round"}
            for c in verb.children) and \
            not (lemma == "dissolve" and any(t.lemma_.lower() in {"election", "poll", "vote"}
                                              for t in verb.sent)):
        return Trigger(verb, Sense("COERCE", "restrict"), True)  # "suspended the constitution",
        # "dissolved Congress" (not a parliament dissolved for an election), "cancelled
        # the second round of the elections"
    if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and \
            any(c.dep_ == "dobj" and c.lemma_.lower() in EXPLOSIVES for c in verb.children):
        return Trigger(verb, Sense("ASSAULT", "explosives"), True)  # "set off bombs"
    if lemma == "order" and any(c.dep_ == "dobj" and a_force(c) for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ in {"into", "to"} for c in verb.children):
        return Trigger(verb, Sense("MOBILIZE", _force_mode(verb)), True)  # "ordered troops
        # into Los Angeles"
    if lemma == "set" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in
                              verb.children) and any(
            c.dep_ == "prep" and c.lower_ in {"to", "on"} for c in verb.children):
        return Trigger(verb, Sense("ASSAULT", "destroy"), True)  # "set fire to the parliament"
    if lemma in {"cut", "shut", "block", "sever"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SUPPLIES for c in verb.children):
        return Trigger(verb, Sense("COERCE", "restrict"), True)  # "cut internet access"
    if lemma in {"speak", "talk", "confer"} and any(
            c.dep_ == "prep" and c.lower_ in {"by", "on", "over"} and any(
                g.lemma_.lower() in {"telephone", "phone"} for g in c.children)
            for c in verb.children):
        return Trigger(verb, Sense("CONSULT", "phone"), True)  # "spoke by telephone"
    if lemma in {"admit", "concede", "acknowledge", "accept"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in FAILINGS for c in verb.children):
        return Trigger(verb, Sense("CONCEDE", None), True)  # "the Tigers admitted defeat"
    if lemma in {"gather", "assemble", "converge", "mass"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in PROTESTERS for c in verb.children):
        return Trigger(verb, Sense("PROTEST", "demo"), True)  # "protesters gathered outside
        # the embassy"
    if lemma in {"put", "place"} and any(c.dep_ == "dobj" and a_force(c) for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                g.lemma_.lower() in {"alert", "standby"} for g in c.children)
                for c in verb.children):
        return Trigger(verb, Sense("MOBILIZE", _force_mode(verb)), True)  # "put its troops
        # on alert"
    if lemma == "summon" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in
                                 ENVOYS for c in verb.children):
        return Trigger(verb, SPOKEN_PROTEST, True)  # "summoned the ambassador": a
        # diplomatic protest, the manual's ACCUSE
    return None


def _told_in_context(verb: Token, lemma: str, sense: Sense | None,
                     lexicon: Lexicon) -> Trigger | None:
    """A verb whose words around it say what it codes, before any phrase pattern: a
    dismissed allegation is a denial, a participle carries its noun's event, a weapons test
    is posturing and warning shots a warning, taking measures in the future a threat, a
    deployment the mobilizing of one's own forces."""
    if lemma in DISMISSING and any(c.dep_ == "dobj" and (c.lemma_.lower() in CLAIMS or (
            c.lower_ == "charge")) for c in verb.children):
        return Trigger(verb, REFUSAL, True)  # "dismissed the allegation": a denial (courts
        # dismiss "charges", a concession)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not between(verb.head):
        for entry in noun_senses(verb.head, lexicon):  # "the sanctions imposed on Iraq by
            if lemma in entry.light_verbs:  # the Council": the participle carries the
                return Trigger(verb, entry.sense, True)  # noun's event, with its parties
    if lemma in {"fire", "launch", "shoot"} and (
            any(c.lower_ == "test" for c in verb.children) or verb.nbor(-1).text == "-" and
            verb.i > 1 and verb.nbor(-2).lower_ == "test"):
        return Trigger(verb, Sense("MOBILIZE", "weapons"), True)  # "test-fired a missile"
    if lemma == "fire" and any(c.dep_ == "dobj" and any(
            g.lower_ == "warning" for g in c.children) for c in verb.children):
        return Trigger(verb, THREAT, True)  # "fired warning shots"
    future = auxiliaries(verb) | (auxiliaries(verb.head) if verb.dep_ == "xcomp" and any(
        c.dep_ == "auxpass" for c in verb.head.children) else set())  # "will be compelled
    if lemma == "take" and future & {"will", "would", "'ll", "shall"} and any(  # to take"
            c.dep_ == "dobj" and c.lemma_.lower() in {"measure", "action", "step",
                                                       "countermeasure"}
            for c in verb.children) and not (  # (what a warning says it would do is
            verb.dep_ == "ccomp" and verb.head.lemma_.lower() in WARNING_VERBS):  # the warning)
        return Trigger(verb, THREAT, True)  # "Moscow would take adequate measures"
    if lemma in {"destroy", "dismantle", "scrap", "decommission"} and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in WEAPONS | {"arsenal", "stockpile"}) and
            any(g.dep_ == "poss" and g.lower_ in {"its", "their", "his", "her"}
                for g in c.children) for c in verb.children):
        return Trigger(verb, Sense("RETREAT", "disarm"), True)  # "Iraq has destroyed its
        # weapons": disarming, as the manual has it
    if lemma in {"pledge", "express", "offer", "voice", "show", "declare", "extend"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"solidarity", "sympathy", "condolence"}
            for c in verb.children):
        return Trigger(verb, Sense("SUPPORT", None), True)  # "pledged solidarity with
        # Belgium": support said now, no promise of later cooperation
    if lemma == "strike" and any(c.dep_ == "dobj" and c.lemma_.lower() in BARGAINS
                                 for c in verb.children):
        return Trigger(verb, Sense("AGREE", None), True)  # "struck a deal with the IRA": an
        # agreement reached, no blow
    if lemma in {"trade", "exchange"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in RECRIMINATIONS for c in verb.children):
        return Trigger(verb, Sense("THREATEN", None) if any(
            c.dep_ == "dobj" and c.lemma_.lower() == "threat" for c in verb.children)
            else SPOKEN_PROTEST, True)  # "Republicans and Democrats traded blame"
    if lemma == "deploy" and sense is not None and sense.event == "MOBILIZE":
        return Trigger(verb, Sense("MOBILIZE", _force_mode(verb)), False)  # one's own forces
        # moved, not the arms sent to another that CAMEO's phrases for "send" code as aid
    return None


def _other_sense(verb: Token, lemma: str, particle: str) -> bool:
    """Uses of event verbs that name no act towards anyone: naming ("a group called Hamas",
    "the city is called Kinshasa"), asking not to be named, greeting with what is no praise
    ("was greeted with protests"), sharing a feeling ("shares their grief"), a stance ("is
    committed to peace"), a press conference, catching a disease or being caught in
    crossfire, a warning of what no one threatens to do ("warned that floods could follow")
    or that another "will regret", what polls or figures suggest, "as opposed to", one's own
    candidacy, buying a firm, sending or signing letters or samples, removing things,
    clearing a road, cheering no one, giving time ("until Tuesday"), putting off one's own
    occasion ("postponed the event"), holding places or things, dismissing someone, a game
    attended, shelter sought, a vote forced, a crime committed, villages evacuated, a
    person's name damaged, an oath of office, papers released, a retaliation that is a
    motive, blocking what is no way, deploying what is no force ("a team of inspectors"),
    and being forced by no one ("was forced to resign")."""
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    if lemma == "call" and not particle and any(
            c.dep_ == "dobj" and c.lower_ in {"it", "this", "that", "them"} for c in children) \
            and not any(c.dep_ == "prep" and c.lower_ in {"for", "on", "off"} for c in children):
        return True  # "calling it the most personal device": a name given, no phone call
    if lemma in NAMES and (not particle or {"dobj", "oprd"} <= deps) and (
            verb.dep_ == "acl" or {"dobj", "oprd"} <= deps or ("oprd" in deps and not deps & {
                "nsubj", "nsubjpass"}) or
            ("auxpass" in deps and deps & {"attr", "xcomp", "oprd"})):
        return True
    if lemma in {"request", "ask", "seek", "demand", "insist", "want"} and any(
            t.lemma_.lower() in {"anonymity", "anonymous"} or
            (t.lemma_.lower() in {"name", "identify"} and t.dep_ in {"xcomp", "ccomp"})
            for t in verb.subtree):
        return True
    if (things := OBJECTS_OF_NO_ACT.get(lemma)) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in things for c in children):
        return True  # "will attend a baseball game", "released notes of the interview"
    if lemma in {"give", "grant", "allow"} and (
            any(c.dep_ == "prep" and c.lower_ == "until" for c in children) or any(
                c.dep_ == "dobj" and c.lemma_.lower() in SPANS_OF_TIME for c in children)):
        return True  # "gave the negotiators until Tuesday", "more time": a deadline set
    if lemma in {"postpone", "delay", "cancel", "reschedule"} and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in OCCASIONS for c in children):
        return True  # "postponed the event", "the launch was delayed": no one's meeting
    if lemma == "hold" and any(c.dep_ == "dobj" and (_a_thing_held(c) or (
            c.lemma_.lower() == "hostage" and any(
                g.dep_ == "compound" and _a_thing_held(g) for g in c.children)))
            for c in children) and not any(
            c.lower_ in {"responsible", "accountable", "liable"} for c in children):
        return True  # "holding four towns", "holding the funding hostage": no one held
    if lemma in {"dismiss", "sack"} and any(
            c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON" or a_person(c))
            for c in children):
        return True  # "tried to dismiss him": an office taken away, no rejection
    if lemma in {"seek", "take", "find"} and any(c.dep_ == "dobj" and c.lemma_.lower() in REFUGE
                                                 for c in children) and not any(
            g.ent_type_ == "GPE" for c in children if c.dep_ == "prep" for g in c.children):
        return True  # "civilians sought shelter in churches": no one is asked (refuge
        # sought in a country asks that country)
    if lemma == "clear" and any(c.dep_ == "dobj" and (
            c.lemma_.lower() in WAYS | HELD_PLACES_CLEARED or c.ent_type_ in {"GPE", "FAC", "LOC"})
            for c in children):
        return True  # "cleared the road": no one acquitted
    if lemma == "commit" and "dobj" in deps and not any(
            c.dep_ in {"prep", "xcomp"} for c in children):
        return True  # "committed suicide", "committed fraud": no commitment to anyone
    if lemma in {"retaliate", "avenge"} and verb.dep_ in {"advcl", "acl"} and verb.tag_ == "VBG":
        return True  # "imposed sanctions, retaliating for the hacking": why, not force
    if lemma == "damage" and any(c.dep_ == "dobj" and (
            c.ent_type_ in {"PERSON", "ORG"} or c.pos_ == "PRON" or c.lemma_.lower() in STANDING)
            for c in children):
        return True  # "aimed at damaging Mrs. Clinton", "damaged America's standing": harm
        # to a name, no force
    if lemma == "swear" and any(c.lower_ == "in" and c.dep_ in {"prt", "prep"}
                                for c in children):
        return True  # "Congress swore in the vice president": an oath of office, no curse
    if lemma == "remove" and any(c.dep_ == "dobj" and c.ent_type_ != "PERSON" and
                                 not a_person(c) for c in children):
        return True  # "removed fuel rods from the reactor": no one removed from office
    if lemma in {"cheer", "applaud", "clap"} and "dobj" not in deps:
        return True  # "students cheered as the news was read": joy, no praise of anyone
    if lemma == "greet":
        met_with = [g for c in children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]
        if met_with and not any(g.lemma_.lower() in ACCLAIM for g in met_with):
            return True
    if lemma == "share" and any(c.dep_ == "dobj" and c.lemma_.lower() in FEELINGS
                                for c in children):
        return True
    if lemma in {"meet", "convene", "sit", "gather"} and (
            _a_body_alone(verb) or (verb.dep_ == "xcomp" and _a_body_alone(verb.head))):
        return True  # "the Security Council will meet on Friday": a body's own session
    if lemma in {"convene", "summon", "call", "meet", "ask", "order", "instruct", "tell"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in BODIES | SUBORDINATES and any(
                g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in children):
        return True  # "convened his cabinet", "after meeting his military commanders",
        # "asked his staff to find out": his own government's business
    if lemma in {"give", "grant", "hand"} and any(c.dep_ == "dobj" and c.lemma_.lower() in
                                                  POWERS for c in children):
        return True  # "gave police the power to shoot": authority granted, no aid
    if lemma == "break" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in
                                BROKEN_WORDS for c in children):
        return True  # "broke a pledge", "broke his silence", "broke the news": no attack
    if lemma == "commit" and (verb.dep_ == "acomp" or "auxpass" in deps) and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return True  # "is committed to": a stance; "has committed to" stays a pledge
    if lemma in WARNING_VERBS and "ccomp" in deps and not _threatens(verb):
        return True
    if any(c.dep_ == "dobj" and _for_the_press(c) for c in children):
        return True  # "held a news conference", "gave an interview"
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if lemma in SUGGESTING_VERBS and subject is not None and \
            subject.lemma_.lower() in EVIDENCE:
        return True
    risk = verb.head if verb.dep_ == "xcomp" else verb  # "the refusal threatens to undermine"
    if risk.lemma_.lower() in {"threaten", "risk"} and any(
            c.dep_ == "nsubj" and a_happening(c) for c in risk.children):
        return True  # a thing that "threatens to" do something risks it: no one threatens
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SUGGESTING_VERBS | {"find"} and \
            any(c.dep_ == "nsubj" and c.lemma_.lower() in EVIDENCE for c in verb.head.children):
        return True  # "a poll found that most voters want the Senate to act": an opinion
        # counted, no one's demand
    if lemma == "recognize" and "auxpass" in deps and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return True  # "is widely recognized as one of the sharpest minds": a reputation
    if lemma == "oppose" and verb.i > 0 and verb.nbor(-1).lower_ == "as":
        return True  # "as opposed to"
    if lemma == "catch" and "dobj" not in deps and any(
            c.dep_ == "prep" and c.lower_ == "in" for c in children):
        return True  # "caught in crossfire"
    if lemma in {"catch", "contract", "spread", "transmit"} and any(
            c.dep_ == "dobj" and non_agents().get(c.lemma_.lower()) == "hazard"
            for c in children):
        return True  # "caught the virus"
    if lemma == "regret" and auxiliaries(verb) & {"will", "would", "'ll"}:
        return True  # "Washington will regret it": a warning, no apology
    if _own_candidacy(verb):
        return True  # "suspends his campaign", "dropped out of the race"
    if _buys_a_firm(verb) or (lemma in INTENT_HEADS | PROMISE_HEADS and any(
            c.dep_ == "xcomp" and _buys_a_firm(c) for c in children)):
        return True  # "agreed to buy Whole Foods": a firm bought is commerce
    if lemma in SENDING and any(t.lemma_.lower() in MESSAGES for t in (
            [c for c in children if c.dep_ in {"dobj", "nsubjpass"}] +
            ([verb.head] if verb.dep_ == "acl" else []))):
        return True  # "sent a letter to the minister", "samples were sent to a laboratory"
    if lemma in BLOCKING_VERBS and particle == "" and not _blocks_a_way(verb) and \
            _opposed(verb) not in MEASURES:
        return True  # "blocking human immunity": no road or access is blocked
    if lemma == "strike" and any(c.dep_ == "dobj" and c.lemma_.lower() in {
            "balance", "chord", "tone", "note", "pose", "match"} for c in children):
        return True  # "struck a conciliatory tone"
    if lemma == "thank" and any(c.dep_ == "dobj" and c.lemma_.lower() in INTIMATES
                                for c in children):
        return True  # "thanked his family": a private word, no support of a party
    if lemma == "celebrate" and not deps & {"dobj", "ccomp"}:
        return True  # "residents celebrated in the streets": joy, no support of anyone
    if lemma in {"argue", "contend"} and not any(
            c.dep_ == "prep" and c.lower_ in {"with", "against"} for c in children):
        return True  # "argued that the government should not pay": a view put, no quarrel
    if lemma in {"offer", "announce", "post", "put"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in {"reward", "bounty", "prize"}
            for c in children):
        return True  # "offered a reward for information": no promise to anyone
    if lemma in {"decline", "refuse"} and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in TELLING for c in children):
        return True  # "declined to comment", "refused to say whether": nothing is refused
        # to anyone (but "refused to meet" stays a refusal)
    if lemma in {"speak", "talk", "address"} and any(
            t.lemma_.lower() in AUDIENCES for t in (
                [g for c in children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"] +
                [c for c in children if c.dep_ == "dobj"])):
        return True  # "speaking to 2,000 supporters", "talked to reporters": an address to
        # an audience, no consultation of a party
    if lemma == "speak" and not particle and "dobj" not in deps and not any(
            c.dep_ == "prep" and c.lower_ in {"with", "to"} for c in children):
        return True  # "speaking at a school in Tucson": a speech, no one spoken with
    if lemma == "deploy":
        deployed = next((c for c in children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if deployed is not None and not a_force(deployed):
            return True
    return lemma in {"force", "compel", "oblige"} and ("auxpass" in deps or (
        verb.tag_ == "VBN" and "aux" not in deps)) and not any(
        c.dep_ == "agent" for c in children)  # "was forced to resign", "people forced to
    # flee"


NAMES = {"call", "dub", "term", "name", "nickname", "title"}
# Bodies whose meeting alone is their own session, no one meeting anyone.
# Those who serve a leader: meeting them is no meeting with another party.
SUBORDINATES = {"commander", "general", "adviser", "advisor", "aide", "minister", "staff",
                "official", "team", "chief", "officer", "lawyer", "cabinet", "deputy"}
BODIES = {"council", "cabinet", "parliament", "committee", "assembly", "board", "congress",
          "senate", "house", "legislature", "commission", "court", "jury", "politburo",
          "panel", "presidium", "chamber", "caucus", "conference", "synod"}


def _a_body_alone(verb: Token) -> bool:
    """A meeting verb whose subject is one body and that names no one met."""
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"with", "between"})
           for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.tag_ in {"NN", "NNP"} and \
        subject.lemma_.lower() in BODIES and not any(c.dep_ == "conj"
                                                      for c in subject.children)


ENVOYS = {"ambassador", "envoy", "diplomat", "charge", "chargé", "consul"}
# Cancelling a meeting is a refusal, as the PLOVER manual codes it; so is cancelling a pact
# (a visit called off is left to CAMEO's phrases: reduced relations, a sanction).
CANCELLING = {"cancel", "scrap", "scrub", "abrogate", "annul", "revoke", "nullify"}
MEETINGS = {"meeting", "summit", "talk", "session", "negotiation", "conference"}


def _cancels_a_meeting_or_pact(verb: Token) -> bool:
    return any(c.dep_ in {"dobj", "nsubjpass"} and (
        c.lemma_.lower() in MEETINGS | TREATIES | BARGAINS) for c in verb.children)


# What a grant of authority gives: no aid.
POWERS = {"power", "right", "authority", "permission", "mandate", "go-ahead", "licence",
          "license", "leeway", "discretion"}
# What one breaks without force: a promise, a silence, a record, the news, ranks.
BROKEN_WORDS = {"pledge", "promise", "vow", "word", "silence", "record", "news", "rank",
                "tradition", "habit", "rule", "law", "deadlock", "stalemate", "impasse",
                "taboo", "fast", "story", "commitment", "oath"}
# What one defends in words, as one defends its maker: "defended the decision".
DEFENDED = {"policy", "action", "move", "record", "remark", "comment", "statement", "choice",
            "handling", "response", "approach", "nominee", "appointment", "president"}
# Those one thanks in private: "thanked his family".
INTIMATES = {"family", "wife", "husband", "friend", "child", "parent", "mother", "father",
             "fan", "supporter", "staff", "colleague", "volunteer", "daughter", "son",
             "audience", "crowd", "voter"}
# What is struck between parties: an agreement.
BARGAINS = {"deal", "agreement", "bargain", "accord", "pact", "compromise", "truce"}
# What two sides trade in words: "traded blame", "exchanged accusations".
RECRIMINATIONS = {"blame", "accusation", "insult", "barb", "charge", "criticism", "threat",
                  "jab", "recrimination", "allegation"}
# Telling what one knows: what someone declines to do with it refuses no one.
TELLING = {"comment", "say", "elaborate", "confirm", "disclose", "specify", "identify",
           "name", "speculate", "detail", "divulge", "reveal", "explain"}
# Those one speaks to without consulting them: an audience.
AUDIENCES = {"supporter", "crowd", "audience", "student", "voter", "reporter", "journalist",
             "rally", "gathering", "congregation", "worshipper", "follower", "fan",
             "graduate", "listener", "viewer", "attendee", "press", "media", "nation",
             "public", "donor", "delegate", "reader", "convention"}
ACCLAIM = {"applause", "cheer", "cheering", "praise", "welcome", "ovation", "acclaim",
           "delight", "enthusiasm", "jubilation", "celebration", "flower", "honour", "honor"}
FEELINGS = {"concern", "worry", "fear", "view", "opinion", "belief", "joy", "grief",
            "sorrow", "pain", "sadness", "anger", "frustration", "outrage", "hope", "vision",
            "goal", "value", "interest", "sentiment", "feeling", "enthusiasm", "excitement",
            "disappointment", "dismay", "sympathy", "condolence", "pride", "desire",
            "determination", "commitment", "doubt", "skepticism", "scepticism", "love",
            "passion", "taste", "name", "birthday", "stage", "podium", "platform", "spotlight"}
WARNING_VERBS = {"warn", "caution", "forewarn"}
# What a warning threatens: the warner's own act or a sanction, force or consequences.
THREAT_WORDS = {"retaliate", "retaliation", "respond", "response", "sanction", "consequence",
                "action", "measure", "force", "attack", "strike", "war", "punish",
                "punishment", "reprisal", "revenge", "expel", "cut", "suspend", "withdraw",
                "halt", "stop", "veto", "boycott", "block", "target", "destroy", "wipe",
                "crush", "invade", "arrest", "prosecute", "deport", "ban", "shoot", "fire",
                "airstrike", "bomb", "bombing", "raid"}
SUGGESTING_VERBS = {"suggest", "indicate", "show", "imply", "point"}
# Things that suggest without being anyone: polls, figures, evidence.
EVIDENCE = {"poll", "survey", "evidence", "data", "datum", "figure", "number", "statistic",
            "result", "finding", "sign", "trend", "estimate", "projection", "test", "sample",
            "record", "indicator", "analysis", "count", "tally", "model", "research"}
FORCES = {"troop", "soldier", "force", "army", "military", "police", "policeman", "officer",
          "unit", "battalion", "brigade", "division", "regiment", "marine", "paratrooper",
          "commando", "warship", "ship", "vessel", "submarine", "carrier", "destroyer",
          "frigate", "jet", "aircraft", "plane", "warplane", "bomber", "fighter", "helicopter",
          "drone", "missile", "rocket", "tank", "artillery", "weapon", "battery", "system",
          "guard", "guardsman", "reservist", "militia", "militiaman", "gunman",
          "peacekeeper", "contingent", "squadron", "fleet", "personnel", "agent", "sniper",
          "convoy", "reinforcement", "asset", "armour", "armor", "boot", "vehicle"}


# A strike by workers, not by aircraft: "a general strike", "a 24-hour strike".
STRIKE_KINDS = {"general", "national", "nationwide", "hunger", "labour", "labor", "worker",
                "workers", "one-day", "24-hour", "48-hour", "sit-down", "transport", "rail",
                "teachers", "doctors", "miners", "public"}
FORCE = {"ASSAULT", "THREATEN", "MOBILIZE"}


def _labour_strike(verb: Token) -> bool:
    return any(t.lemma_.lower() == "strike" and t.pos_ == "NOUN" and _a_walkout(t)
               for t in verb.subtree)


def _a_walkout(strike: Token) -> bool:
    """A strike its own words make a walkout: "a general strike", "a 24-hour strike"."""
    return any(c.dep_ in {"amod", "compound", "nmod", "poss"} and c.lower_ in STRIKE_KINDS
               for c in strike.children)


ACQUIRING = {"buy", "acquire", "purchase", "merge", "sell"}
SENDING = {"send", "deliver", "forward", "submit", "mail", "post", "dispatch"}
MESSAGES = {"letter", "message", "note", "email", "e-mail", "sample", "signal", "report",
            "request", "invitation", "copy", "document", "file", "text", "tweet", "petition",
            "greeting", "card", "telegram", "cable", "memo", "specimen", "application",
            "statement", "speech", "address", "lecture", "sermon", "remark", "verdict", "bill",
            "measure", "legislation"}  # ("sending the measure to the president")
BLOCKING_VERBS = {"block", "obstruct", "barricade"}
# What an obstruction blocks: a way, a place or access to one.
WAYS = {"road", "street", "highway", "motorway", "bridge", "entrance", "exit", "access",
        "traffic", "port", "harbour", "harbor", "border", "railway", "rail", "line", "track",
        "route", "building", "crossing", "gate", "airport", "runway", "junction", "square",
        "path", "passage", "tunnel", "way", "lane", "avenue", "boulevard", "office",
        "ministry", "parliament", "door", "checkpoint", "pass", "canal", "strait", "river"}


def _blocks_a_way(verb: Token) -> bool:
    """Whether a verb of blocking blocks a way or a place (or says nothing of what):
    "blocked the main road", "protesters blocked access to the port"."""
    blocked = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] or (
        [verb.head] if verb.dep_ == "acl" else [])  # "the road blocked by protesters"
    return not blocked or any(
        b.lemma_.lower() in WAYS or b.ent_type_ in {"GPE", "LOC", "FAC"} for b in blocked)


def _buys_a_firm(verb: Token) -> bool:
    return verb.lemma_.lower() in ACQUIRING and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.ent_type_ == "ORG" for c in verb.children)


CANDIDACY = {"campaign", "candidacy", "bid", "run", "race", "contest", "primary", "nomination"}


OFFICES = {"minister", "official", "chief", "head", "director", "governor", "commander",
           "general", "ambassador", "envoy", "secretary", "adviser", "advisor", "aide",
           "deputy", "cabinet", "premier", "spokesman", "prosecutor", "judge", "mayor"}
DISMISSING = {"dismiss", "brush", "rebuff", "refute", "rubbish", "deride", "scoff"}
CLAIMS = {"allegation", "accusation", "criticism", "claim", "report", "suggestion",
          "speculation", "rumor", "rumour", "assertion", "notion", "idea", "concern",
          "warning", "complaint", "attack", "remark", "comment"}  # "dismissed the attacks"


def _own_candidacy(verb: Token) -> bool:
    """Starting, suspending or leaving one's own race is no act towards anyone."""
    for c in (*verb.children, *(g for o in verb.children if o.lower_ == "out"
                                for g in o.children)):  # "out" + "of the race"
        if c.dep_ == "dobj" and c.lemma_.lower() in CANDIDACY and any(
                g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children):
            return True  # "Perry suspends his campaign"
        if c.dep_ == "prep" and c.lower_ in {"of", "from"} and any(
                g.dep_ == "pobj" and g.lemma_.lower() in CANDIDACY for g in c.children) and \
                verb.lemma_.lower() in {"drop", "pull", "bow", "withdraw", "exit"}:
            return True  # "dropped out of the race", "withdrew from the contest"
    return False


def a_force(noun: Token) -> bool:
    """Troops, police, warships or arms: what a deployment moves ("deployed 500 troops",
    "a team of police"), not inspectors or medical staff."""
    words = [noun, *noun.conjuncts, *_of(noun)]
    words += [c for w in words for c in w.children if c.dep_ == "compound"]  # "carrier
    # battle groups"
    return any(w.lemma_.lower() in FORCES or w.ent_type_ in {"ORG", "NORP"} for w in words)


POLICE = {"police", "policeman", "officer", "guard", "guardsman", "gendarme"}
MOVING = {"send", "dispatch", "move", "deploy"}  # verbs whose object, moved, gives the mode
WEAPONS = {"missile", "rocket", "weapon", "battery", "system", "tank", "artillery", "warhead",
           "launcher", "armour", "armor", "vehicle", "warship", "ship", "vessel", "submarine",
           "carrier", "destroyer", "frigate", "jet", "aircraft", "plane", "warplane",
           "bomber", "fighter", "helicopter", "drone", "gunboat"}  # the manual: ships and
# vehicles are weapons mobilized


def _force_mode(verb: Token) -> str:
    """The PLOVER mode of a deployment: police, weapons, a militia, else troops."""
    moved = [w for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
             for w in (c, *c.conjuncts)]
    lemmas = {w.lemma_.lower() for w in moved}
    if any(c.dep_ == "compound" and c.lemma_.lower() in WEAPONS for w in moved
           for c in w.children):
        return "weapons"  # "two aircraft carrier battle groups"
    if lemmas & POLICE:
        return "police"
    if lemmas and lemmas <= WEAPONS:
        return "weapons"
    return "militia" if lemmas & {"militia", "militiaman"} else "troops"


def _threatens(verb: Token) -> bool:
    """Whether a warning's "that" clause says the warner, someone, or a sanction or force
    will act ("warned that it would retaliate", "that sanctions would follow", "that police
    will break up rallies"), not only that something may happen ("warned that floods could
    follow", "cautioned that more work is needed")."""
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None) or next(
        (c for c in first_conjunct(verb).children if c.dep_ == "nsubj"), None)
    personal = warner is not None and (warner.ent_type_ == "PERSON" or warner.lower_ in {
        "he", "she"})  # whose "it" is a thing: "Obama warned that it would expose troops"
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and (subject.lower_ in {"we", "i", "they"} or (
                subject.lower_ == "it" and not personal) or (
                subject.lower_ in {"he", "she"} and warner is not None and (
                    personal or a_person(warner))) or (
                warner is not None and subject.lemma_.lower() == warner.lemma_.lower())):
            return True
        condition = {t.i for c in clause.children if c.dep_ == "advcl" and any(
            m.lower_ in {"unless", "if"} for m in c.children) for t in c.subtree}
        if any(t.lemma_.lower() in THREAT_WORDS and t.i not in condition and not any(
                c.dep_ in {"poss", "amod", "compound"} and c.ent_type_ in {"GPE", "NORP"}
                for c in t.children) for t in clause.subtree):  # not another's: "warned that
            return True  # unilateral U.S. action could undermine trade" is a worry, no
            # threat; nor what the condition names ("would fail unless all sides stopped
            # fighting")
        if subject is not None and subject.dep_ == "nsubj" and (
                {c.lower_ for c in clause.children if c.dep_ == "aux"} & {"will", "would", "'ll"}
        ) and (subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or
               subject.lemma_.lower() in FORCES | {"government", "authority", "regime"}):
            return True  # "warned that police will no longer tolerate rallies" (not "that
            # multiparty politics would lead to violence": no one threatens it)
    return False


# Acts done rather than said: a verb of one of these with a "that" clause has another
# sense, one of judging or finding ("the court ruled that", "the panel held that").
MATERIAL = TO_AGREE - {"CONSULT", "CONCEDE"} | TO_THREATEN


# What a body issues and then acts through: "a decree that bans rallies" is the ban of
# whoever issued the decree.
DOCUMENTS = {"ruling", "decision", "law", "decree", "order", "resolution", "bill",
             "legislation", "regulation", "directive", "verdict", "judgment", "judgement",
             "amendment", "statute", "ordinance", "injunction", "edict", "motion", "budget",
             "constitution", "sentence", "conviction"}
# Passing a law, a bill or a decree is no act towards anyone by itself; what the law
# does ("a law that bans...") is, and is coded from its own words. Appealing a ruling is
# a step in court, not a request to anyone.
# What is signed alone as an act of office (the DOCUMENTS are enacted by any ENACTING verb).
PROCLAMATIONS = {"declaration", "proclamation", "measure"}
ENACTING = {"pass", "approve", "adopt", "enact", "sign", "ratify", "vote", "endorse",
            "appeal", "challenge", "introduce", "draft"}


def _enacts(verb: Token) -> bool:
    """"passed a law", "the bill was approved", "the bill cleared the Senate", "a ruling
    Apple is appealing", "signed a disaster declaration" (not "a joint declaration" or
    one signed with another party: an agreement)."""
    lemma = verb.lemma_.lower()
    if lemma == "sign" and any(c.dep_ == "dobj" and c.lemma_.lower() in PROCLAMATIONS
                               for c in verb.children) and not any(
            t.lower_ in {"joint", "with"} for c in verb.children for t in (c, *c.children)):
        return True
    if verb.dep_ == "relcl" and lemma in ENACTING and verb.head.lemma_.lower() in DOCUMENTS \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(c.lemma_.lower() in DOCUMENTS and (
        (c.dep_ in {"dobj", "nsubjpass"} and lemma in ENACTING) or
        (c.dep_ == "nsubj" and lemma in ENACTING | {"clear"})) for c in verb.children)


# Wrongs a speaker says a party did: an accusation by the speaker.
WRONGS = {"betray", "deceive", "lie", "cheat", "steal", "mislead", "rig", "defraud",
          "embezzle", "swindle", "undermine", "sabotage", "destabilize", "destabilise"}


# Naming something as good or bad judges it: "called the plan a disaster" is criticism
# (ACCUSE), "called the deal an important step" praise (SUPPORT).
NAMING = {"call", "describe", "label", "brand", "term", "dub", "denounce"}
BAD = {"disaster", "mistake", "error", "failure", "provocation", "insult", "outrage",
       "crime", "farce", "sham", "travesty", "betrayal", "blunder", "violation", "hoax",
       "lie", "aggression", "illegal", "unacceptable", "irresponsible", "dangerous",
       "reckless", "absurd", "outrageous", "shameful", "disgraceful", "deplorable",
       "unconstitutional", "illegitimate", "unjust", "unfair", "racist", "hypocritical",
       "counterproductive", "short-sighted", "misguided", "wrong", "cynical", "ridiculous",
       "scandalous", "barbaric", "cowardly", "heinous", "horrific", "provocative", "hostile",
       "unfriendly", "null", "void", "invalid", "fraudulent", "rigged", "criminal", "liar",
       "traitor", "terrorist", "thug", "murderer", "killer", "dictator", "tyrant", "fascist",
       "puppet", "enemy", "bigot", "crook", "disgrace", "embarrassment", "joke", "threat",
       "menace", "thief", "criminals", "corrupt", "incompetent", "hypocrite", "coward",
       "pathetic", "childish", "stupid", "insane", "crazy", "shameless", "despicable", "vile",
       "coup", "brutality", "inexcusable", "unfit", "barbarian", "regrettable", "shortsighted",
       "setback", "partisan", "witch hunt", "politically motivated", "stain",
       "heartbreaking",
       "waste", "stunt", "evil", "murder", "atrocity", "massacre", "genocide", "scandal",
       "shame", "unpredictable", "aggressive", "propaganda"}
GOOD = {"success", "breakthrough", "triumph", "milestone", "achievement", "victory",
        "inspiration",
        "positive", "constructive", "encouraging", "welcome", "historic", "important",
        "step forward", "good", "fair", "brave", "courageous", "legitimate", "valid"}


def judgement(verb: Token) -> Sense | None:
    """What naming something as good or bad says: "Russia called the move short-sighted",
    "described the attack as barbaric", "called the deal a historic step"."""
    if verb.lemma_.lower() not in NAMING:
        return None
    predicates = [c for c in verb.children if c.dep_ in {"oprd", "acomp"}]
    if not any(c.dep_ == "dobj" for c in verb.children):
        if len(predicates) < 2:
            return None
        predicates = predicates[1:]  # "called the shelling a massacre", parsed as two
        # predicates: the first is what is named
    named = predicates + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children] + [  # 'called the attacks "blind, violent and cowardly"',
        g for c in verb.children if c.dep_ == "dobj" for g in c.children  # parsed as
        if g.dep_ in {"amod", "appos", "acl"} and g.i > c.i] + [  # words after the noun
        c for c in verb.children if c.dep_ == "dobj" and  # 'called the sit-in a "publicity
        sum(1 for g in c.children if g.dep_ == "det") >= 2]  # stunt"', parsed as one phrase
    for word in named:
        words = {t.lemma_.lower() for t in word.subtree} | {t.lower_ for t in word.subtree}
        words |= {w[:-4] for w in words if w.endswith("ness")}  # "recklessness": reckless
        words.add("".join(t.text_with_ws for t in word.subtree).strip().lower())
        if words & BAD and not any(t.dep_ == "neg" for t in word.subtree):
            return Sense("ACCUSE", "disapprove")
        if words & GOOD:
            return Sense("SUPPORT", None)
    return None


def _said_clauses(verb: Token) -> list[Token]:
    """The clauses a speech verb says: its "that" clauses and those joined to them."""
    return [c for clause in verb.children if clause.dep_ == "ccomp"
            for c in (clause, *clause.conjuncts)]


def _judged_bad(clause: Token) -> bool:
    """"Russia is a global menace", "the regime was criminal", "the government had
    betrayed the people": a named party called bad or said to have wronged (not "the roads
    were dangerous": no one is judged)."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.lemma_.lower() in WRONGS and subject is not None and (
            subject.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"} or
            subject.lemma_.lower() in {"government", "regime", "administration", "party"}):
        return True
    if clause.lemma_ != "be":
        return False
    if subject is None or subject.ent_type_ not in {"GPE", "ORG", "PERSON", "NORP"}:
        return False
    for said in (c for c in clause.children if c.dep_ in {"attr", "acomp"}):
        words = {t.lemma_.lower() for t in said.subtree} | {t.lower_ for t in said.subtree}
        if words & BAD:
            return True
    return False


TREATIES = {"convention", "treaty", "agreement", "accord", "pact", "protocol", "charter"}


def _joins_a_treaty(verb: Token, lemma: str) -> Sense | None:
    """Joining a treaty is signing it, a SUPPORT (CAMEO's sign formal agreement), not a
    meeting: "Angola joins the Chemical Weapons Convention"."""
    if lemma in {"join", "accede", "ratify"} and any(
            t.lemma_.lower() in TREATIES for c in verb.children if c.dep_ in {"dobj", "prep"}
            for t in (c, *c.children)):
        return Sense("SUPPORT", None)
    return None


# What a sentence to prison names: imprisonment is COERCE arrest, as the PLOVER manual says.
PRISON = {"prison", "jail", "gaol", "year", "month", "imprisonment", "detention", "labor",
          "labour", "custody", "life"}


def _court_sense(verb: Token, lemma: str) -> Sense | None:
    """What a court does, as the PLOVER manual codes it: a conviction ("convicted him of
    murder", "found her guilty") is SANCTION convict, not an allegation; a sentence to
    prison COERCE arrest, another sentence SANCTION convict; an acquittal a CONCEDE."""
    if lemma == "convict" or (lemma == "find" and any(
            c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.lower_ == "guilty"
            for c in verb.children)):
        return Sense("SANCTION", "convict")
    if lemma == "sentence":
        if any(t.lemma_.lower() in PRISON for t in verb.subtree):
            return Sense("COERCE", "arrest")
        return Sense("SANCTION", "convict")
    return Sense("CONCEDE", None) if lemma == "acquit" else None


# Fighting or blocking a measure is refusing it, not force or a blockade: "vowed to fight
# the lawsuit", "the judge blocked the execution"; fighting an ill is no event ("fight
# corruption"). Blocking a road or a bridge stays a protest's obstruction.
OPPOSING = {"fight", "battle", "combat", "tackle", "block", "challenge"}
MEASURES = DOCUMENTS | {"lawsuit", "suit", "charge", "indictment", "case", "claim", "plan",
                        "proposal", "policy", "measure", "ban", "move", "deal", "merger",
                        "sale", "execution", "deportation", "nomination", "appointment",
                        "extradition", "bid", "reform", "tax", "increase", "cut", "approval",
                        "agreement", "accord", "treaty", "confirmation", "funding", "nominee",
                        "vote"}
ILLS = {"corruption", "poverty", "crime", "inflation", "disease", "fire", "wildfire", "blaze",
        "trafficking", "unemployment", "hunger", "climate", "extremism", "terrorism",
        "epidemic", "virus", "cancer", "drought", "smuggling", "fraud", "piracy"}
REFUSAL = Sense("REJECT", None)


def _opposed(verb: Token) -> str:
    """What a verb of opposing is against, as a lemma ("" for other verbs)."""
    if verb.lemma_.lower() not in OPPOSING:
        return ""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return obj.lemma_.lower() if obj is not None else ""


SAYING = {"say", "declare", "add", "tell", "insist", "state", "vow", "promise", "swear"}


def _made_to_pay(clause: Token) -> bool:
    """A party that "will pay a heavy price" or "would pay dearly": a threat by whoever
    says so."""
    return clause.lemma_.lower() == "pay" and bool(
        auxiliaries(clause) & {"will", "would", "shall", "'ll"}) and any(
        (c.dep_ == "dobj" and c.lemma_.lower() == "price" and any(
            g.lower_ in {"heavy", "high", "dear", "steep", "terrible", "severe"}
            for g in c.children)) or (c.dep_ == "advmod" and c.lower_ == "dearly")
        for c in clause.children)


def _a_thing_held(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not a_person(noun) and \
        noun.lemma_.lower() not in HELD_PEOPLE


# A party's or a body's own ballot: putting it off represses no one.
INTERNAL = {"leadership", "party", "primary", "internal", "speaker", "club", "board"}
# Kinds of words the no-event senses and the fixed phrases read (_other_sense,
# _fixed_phrase): places evacuated, supplies cut, failings admitted, protesters, refuge
# sought, ballots forced, places cleared, backing withdrawn, papers released.
SETTLEMENTS = {"village", "town", "city", "area", "district", "building", "region", "zone",
               "neighbourhood", "neighborhood", "camp"}
SUPPLIES = {"internet", "access", "power", "electricity", "water", "communication",
            "telephone", "line"}
STANDING = {"standing", "reputation", "credibility", "relation", "image", "prestige",
            "interest", "chance", "prospect", "economy", "trust", "confidence", "name"}
FAILINGS = {"defeat", "mistake", "error", "wrongdoing", "guilt", "failure"}
PROTESTERS = {"protester", "protestor", "demonstrator", "marcher", "picket", "striker"}
REFUGE = {"shelter", "refuge", "safety", "cover"}
BALLOTS = {"vote", "election", "referendum", "debate", "hearing", "runoff", "recount"}
HELD_PLACES_CLEARED = {"street", "square", "area", "camp", "park", "building", "site", "plaza"}
BACKING = {"endorsement", "support", "backing", "nomination", "recognition"}
PAPERS = {"note", "document", "record", "transcript", "file", "email", "e-mail", "data",
          "figure", "report", "video", "tape", "recording", "photo", "photograph", "image",
          "memo", "letter", "result", "statistic", "finding", "list", "detail"}
# Whom one holds: people, not places or things ("held four towns").
HELD_PEOPLE = {"prisoner", "hostage", "captive", "detainee", "people", "man", "woman", "child",
               "soldier", "journalist", "worker", "tourist", "activist", "member", "citizen",
               "national", "civilian", "student", "suspect", "passenger", "crew", "foreigner",
               "migrant", "refugee", "protester", "demonstrator", "opponent", "dissident"}
SPECTACLES = {"game", "match", "concert", "show", "race", "tournament"}  # (not a parade: a
# foreign state's parade attended is a visit)
# Verbs whose object of a kind makes them name no act: a game attended (no visit), a vote
# forced (a procedure), villages evacuated (no aid), papers released (no captives), a
# letter signed (what it says acts).
OBJECTS_OF_NO_ACT = {"attend": SPECTACLES, "force": BALLOTS, "evacuate": SETTLEMENTS,
                     "release": PAPERS, "sign": {"letter"}}
# What a ruler suspends or dissolves in repression: "suspended the constitution".
INSTITUTIONS = {"constitution", "parliament", "congress", "assembly", "legislature", "senate",
                "court", "right", "freedom", "liberty", "party", "election", "union"}
EXPLOSIVES = {"bomb", "explosive", "device", "charge", "car", "mine", "grenade"}
# What an embargo cuts off (nouns.tsv): a sanction only on another country.
TRADE = {"trade", "delivery", "shipment", "export", "import", "sale", "supply"}
# Occasions one holds alone: putting them off refuses no one.
OCCASIONS = {"event", "speech", "appearance", "ceremony", "concert", "match", "game",
             "flight", "launch", "celebration", "parade", "festival", "show"}
SPANS_OF_TIME = {"time", "day", "week", "month", "year", "hour", "deadline", "extension"}
TESTED = WEAPONS | {"bomb", "device", "warhead"}
HOSTILE = frozenset({"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION"})


# What a party chose or did, regretted by another: disapproval, no apology.
CHOICES = {"decision", "vote", "choice", "move", "result", "outcome", "ruling", "verdict",
           "withdrawal", "departure", "refusal", "announcement", "policy", "interruption",
           "cancellation", "suspension", "postponement", "dissolution", "closure", "expulsion"}


def _anothers_choice(verb: Token) -> bool:
    """"Merkel regretted the decision", "regretted Britain's vote to leave": a choice that
    is not the speaker's own (one's own, "regretted his decision", stays an apology)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CHOICES and not any(
        g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in verb.children)


def _presses_someone(verb: Token) -> bool:
    """Pressing is a demand on someone or for something ("pressed Congress to act",
    "pushed for talks"), not pursuing one's own cause ("pressed his advantage", "pushed
    its agenda") nor a push that moves someone or something ("rebels pushed to within a
    few miles of the city", "police pushed the crowd back")."""
    children = list(verb.children)
    if any(c.dep_ in {"advmod", "prt"} and c.lower_ in MOVED_ASIDE for c in children) or (
            not any(c.dep_ in {"dobj", "xcomp", "ccomp", "advcl"} for c in children) and
            not any(c.dep_ == "prep" and c.lower_ == "for" for c in children)):
        return False
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    return obj is None or obj.pos_ != "NOUN" or not any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


# Where a push moves what it pushes: no demand.
MOVED_ASIDE = {"apart", "back", "away", "aside", "forward", "out", "off", "into", "onward",
               "deeper", "further", "through"}


def _states_a_finding(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in {"that", "whether"}
                                         for m in c.children) for c in verb.children)


DEONTIC = {"must", "should", "ought"}
THREAT = Sense("THREATEN", None)
SPOKEN_PROTEST = Sense("ACCUSE", "disapprove")
DEMAND = Sense("REQUEST", None)


def demand_trigger(verb: Token) -> Trigger | None:
    """What a speech verb's "that" clause makes of it, the first such clause deciding:
    saying what another party must do is a demand on it ("said that Libya must hand over
    the suspects": a REQUEST from the speaker to the clause's subject), saying that a named
    party is bad is criticism ("said that Russia is a menace")."""
    demands = verb.lemma_.lower() in speech_verbs("demands")
    if not demands and verb.lemma_.lower() not in speech_verbs("quote"):
        return None
    for clause in _said_clauses(verb):  # "said that X is a menace and that Y should go"
        if _judged_bad(clause):
            return Trigger(verb, SPOKEN_PROTEST, True)
        aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
        has_to = clause.lemma_ == "have" and any(x.dep_ == "xcomp" for x in clause.children)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if demands and (aux & DEONTIC or has_to) and subject is not None and \
                subject.lower_ not in {"we", "i", "you", "it", "there", "this", "that"} and \
                (clause.lemma_ not in {"be", "have", "deserve", "know", "get"} or any(
                    t.dep_ == "xcomp" for t in clause.subtree)):
            # "we must": resolve, not demand; "it should be clear": no one is asked; "the
            # people should have a voice": a view of what ought to be (but "must be ready
            # to mediate" asks)
            if "have" in aux and clause.tag_ == "VBN":
                return Trigger(verb, SPOKEN_PROTEST, True)  # "should never have allowed
                # it": what ought not to have been done, a reproach
            return Trigger(verb, DEMAND, True)
    return None


def _carries_event_noun(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """'offered support': the noun names the event, the light verb only carries it; so
    does a verb of undergoing ("repulsed the attack")."""
    if lemma in NAMING and any(c.dep_ in {"oprd", "acomp"} for c in verb.children):
        return False  # "called the strike illegal": a judgement of the strike
    for obj in (o for c in verb.children if c.dep_ == "dobj" for o in (c, *_of(c))):
        if obj.lemma_.lower() in TRADE and not any(
                c.dep_ == "prep" and c.lower_ in {"with", "to", "from"}
                for c in (*obj.children, *verb.children)):
            continue  # "banned the sale of the book": the ban; "banned trade with Iraq"
        senses = noun_senses(obj, lexicon)  # "held three days of drills": the drills
        if any(lemma in s.light_verbs for s in senses) or (
                senses and lemma in RECEIVING_VERBS):
            return True
    return False


def noun_senses(noun: Token, lexicon: Lexicon) -> tuple[NounSense, ...]:
    """An event noun's senses, the compound first: "tear gas", "water cannon"."""
    lemma = noun.lemma_.lower()
    compound = next((c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}
                     and c.i == noun.i - 1), None)
    if compound is not None:
        senses = lexicon.nouns.get(f"{compound.lower_} {lemma}")
        if senses:
            return senses
    return lexicon.nouns.get(lemma, ())


PROTEST_VERBS = {"continue", "erupt", "spread", "break", "rage", "escalate", "grow", "flare"}


ADVERB_PARTICLES = {"up", "down", "out", "off", "in", "away", "over", "back", "on", "through"}


def _phrasal(verb: Token) -> set[str]:
    """The particles that make a phrasal verb of this one: tagged so, or an adverb
    particle right after it that governs no noun ("broke out of the jail")."""
    out = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.head == verb and after.lower_ in ADVERB_PARTICLES and \
            after.dep_ in {"advmod", "prep"} and not any(
                c.dep_ == "pobj" and not _a_time(c) for c in after.children):
        out.add(after.lower_)  # ("was sworn in hours later": "in" is no preposition of time)
    return out


def _a_time(noun: Token) -> bool:
    """A bare plural of time after a particle ("sworn in hours later"), not "in the
    morning" or "in two days"."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in {
        "hour", "minute", "day", "week", "month", "year", "moment"} and not any(
        c.dep_ in {"det", "nummod", "amod", "poss"} for c in noun.children)


def _particles(verb: Token) -> list[str]:
    """Particles to try, most specific first: 'pull out', 'meet with', then the bare verb."""
    out = [c.lower_ for c in verb.children if c.dep_ == "prt" or (  # (or parsed as an
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in ADVERB_PARTICLES)]  # adverb:
    # "backed away from the deal")
    out += [c.lower_ for c in verb.children if c.dep_ == "prep" and c.i > verb.i and not any(
        o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in c.children)]
    out += [m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children
            if m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1]  # "called for
    # a referendum to remove him", parsed as "for ... to" around a clause
    return out + [""]  # (not "on Monday": "called him on Monday" is no "call on")


NEGATING_WORDS = {"not", "will_not", "never", "cannot", "won't", "n't"}
# Verbs of a stance whose gerund object is what the stance is about.
STANCES = {"support", "back", "oppose", "favour", "favor", "endorse", "reject", "resist"}


class Window:
    """The words around a verb, as CAMEO phrase patterns see them: a few before, ten after.

    Words are compared as text or lemma; a pattern word of four letters or more also
    matches as a stem ("negotiat" matches "negotiations"). A relative clause after the
    verb describes a noun, and a subordinate clause with its own subject tells another
    act: neither is part of the verb's phrase.
    """

    def __init__(self, verb: Token) -> None:
        sent = verb.sent
        words = [(t.lower_, t.lemma_.lower()) for t in sent[max(verb.i - 5, sent.start) -
                                                              sent.start:]]
        offset = verb.i - max(verb.i - 5, sent.start)
        self.before = words[:offset]
        self.after = words[offset + 1:offset + 11]
        described = [t.left_edge.i for t in verb.subtree if t.i > verb.i and (
            t.dep_ == "relcl" or (t.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in t.children) and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)))]
        if verb.lemma_.lower() in STANCES:  # "supported keeping guns away from terrorists":
            described += [c.i for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and
                          c.tag_ == "VBG" and c.i > verb.i]  # what is backed, not "back away"
        if described:  # "issued a decision that bans corporate money": not "issue ... money";
            # "urged them to declare a ceasefire before the talks begin": not "urge ... talks"
            self.after = self.after[:max(0, min(described) - verb.i - 1)]
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]  # the object, moved
        charges = [t.i for t in verb.subtree if t.i > verb.i and t.dep_ == "pcomp" and
                   t.tag_ == "VBG" and t.head.lower_ == "of"]
        if passive:
            self.objects = [(t.lower_, t.lemma_.lower()) for c in passive for t in c.subtree
                            if t.i - c.left_edge.i < NEAR]
        else:  # not what someone is accused of: "accused officers of executing suspects"
            # charged no suspects
            self.objects = self.after[:min([NEAR, *(i - verb.i - 1 for i in charges)])]
        self.seen = {w for pair in self.before + self.after for w in pair}
        self.stems = {w[:4] for w in self.seen if len(w) >= 4}
        self.keys = self.seen | {"~" + stem for stem in self.stems}  # see lexicon.word_keys

    def matches(self, pattern: Pattern) -> bool:
        if not all(self._possible(slot) for slot in pattern.before + pattern.after):
            return False
        after = self.objects if len(pattern.after) == 1 and not pattern.before else \
            self.after  # one word alone is near the verb, or in a passive's subject, not any
        # word in ten: "allow Saddam to defy the will of the international community"
        # deports no community, "the meat is taken to local villages" takes no village
        strict = pattern.sense.event == "PROTEST"  # a protest, not the protesters
        return _in_order(pattern.before, self.before, strict) and \
            _in_order(pattern.after, after, strict)

    def _possible(self, slot: tuple[str, ...]) -> bool:
        """A cheap test that some alternative's first word occurs at all."""
        for first, *_ in _split(slot):
            if first in self.seen or (len(first) >= 4 and first[:4] in self.stems):
                return True
        return False


NEAR = 4  # words after a verb (or of a passive's subject) where a one-word pattern's
# word must be


def _in_order(slots: tuple[tuple[str, ...], ...], words: list[tuple[str, str]],
              strict: bool = False) -> bool:
    pos = 0
    for slot in slots:
        found = _find_slot(slot, words, pos, strict)
        if found < 0:
            return False
        pos = found
    return True


def _find_slot(slot: tuple[str, ...], words: list[tuple[str, str]], start: int,
               strict: bool = False) -> int:
    """Position after the first match of any alternative at or after `start`, else -1."""
    alternatives = _split(slot)
    for i in range(start, len(words)):
        for parts in alternatives:
            if i + len(parts) <= len(words) and all(
                    _word_matches(w, words[i + k], strict) for k, w in enumerate(parts)):
                return i + len(parts)
    return -1


@cache
def _split(slot: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A slot's alternatives as words ("cease fire": two), split once per slot."""
    return tuple(tuple(alternative.split()) for alternative in slot)


def _word_matches(word: str, token: tuple[str, str], strict: bool = False) -> bool:
    text, lemma = token
    return text == word or lemma == word or (len(word) >= 4 and text.startswith(word) and not (
        strict and text[len(word):] in AGENT_ENDINGS))


# Strictly, a stem matches its word's forms, not the people who do it: a protest pattern's
# "protest" is no "protesters" ("police detained protesters" holds no protest), though
# "allow inspect..." may allow inspectors.
AGENT_ENDINGS = {"er", "ers", "or", "ors", "ist", "ists", "ant", "ants"}


AILMENTS = {"heart", "asthma", "panic", "anxiety", "migraine", "epileptic", "seizure",
            "allergy", "gout", "coughing", "cardiac"}


def noun_trigger(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """An event noun carried by a light verb, owned by its participants, or reported."""
    senses = noun_senses(noun, lexicon)
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in AILMENTS for c in noun.children):
        return None  # "suffered a heart attack", "a panic attack"
    if noun.lemma_.lower() == "strike" and _armed_strike(noun):
        senses = tuple(e for e in senses if e.sense.event == "ASSAULT")  # "NATO said the
        # strikes would continue": air strikes, no walkout
    if any(e.sense.event == "CONSULT" for e in senses) and _no_meeting(noun):
        senses = tuple(e for e in senses if e.sense.event != "CONSULT")  # (aid suspended
        # is a sanction, a meeting suspended none)
    if noun.lemma_.lower() == "regret" and any(
            c.dep_ == "prep" and c.lower_ in {"over", "at", "about"}
            for c in (*noun.children, *noun.head.children)):
        senses = tuple(NounSense(SPOKEN_PROTEST, e.light_verbs) for e in senses)  # "deep
        # regret over the tests": disapproval ("regret for the downing" apologises)
    if noun.lemma_.lower() in {"ban", "embargo"} and any(
            g.lemma_.lower() in TRADE for c in noun.children if c.dep_ == "prep" and
            c.lower_ == "on" for g in c.children if g.dep_ == "pobj"):
        senses = tuple(NounSense(Sense("SANCTION", "discontinue"), e.light_verbs)
                       for e in senses)  # "imposed bans on Turkish food imports"
    light = carried_by(noun)
    if light is not None and light.lemma_.lower() in NAMING and any(
            c.dep_ in {"oprd", "acomp"} for c in light.children):
        light = None  # "called the strike an act of recklessness": a strike named, not called
    for entry in senses:
        if light is not None and (light.lemma_.lower() in entry.light_verbs or (
                entry.sense.event == "CONSULT" and light.lemma_.lower() in MOVEMENT_VERBS)):
            if entry.sense.event == "ASSAULT" and noun.lemma_.lower() in LAUNCHED and not any(
                    c.dep_ == "prep" and c.lower_ in AIMED and any(
                        g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} and
                        g.lemma_.lower() not in OPEN_WATERS
                        for g in c.children) for c in (*light.children, *noun.children)):
                return Trigger(noun, Sense("MOBILIZE", "weapons"), True, carried=True)  # a
                # launch at no target is a show of force: "North Korea launched a missile"
            return Trigger(noun, _cyber(noun, entry.sense), True, carried=True)
    if senses and (received_by(noun) is not None or claimed_by(noun) is not None):
        done = [e.sense for e in senses if e.sense.event in DONE_TO or (
            e.sense.event in {"SUPPORT", "AID"} and noun.lemma_.lower() in GIVEN)]
        protest = next((e.sense for e in senses if e.sense.event == "PROTEST"), None)
        if protest and not any(c.dep_ == "compound" for c in noun.children):
            done = [protest]  # "faced a general strike"; not "suffered a drone strike"
        if done:
            return Trigger(noun, _cyber(noun, done[0]), True)
    for entry in senses:
        event = entry.sense.event
        if event in SYMMETRIC and any(c.dep_ == "poss" for c in noun.children):
            return Trigger(noun, entry.sense, True)
        if event == "PROTEST" and _protest_mention(noun):
            return Trigger(noun, entry.sense, True)
        if event == "ASSAULT" and noun.lemma_.lower() in FIGHTING and between(noun):
            return Trigger(noun, entry.sense, True)  # "clashes between troops and rebels"
    return None


# Meetings that are no one meeting anyone: a press conference is a statement to the press.
PRESS = {"press", "news", "media"}
GATHERINGS = {"conference", "meeting", "event", "session", "gathering", "call", "availability"}
# Verbs by which a meeting does not take place for its subject: "skipped the meeting".
MISSING = {"skip", "miss", "cancel", "postpone", "avoid", "delay", "leave", "quit",
           "adjourn", "suspend", "call"}


NOMINAL = re.compile(r"\w{3,}(?:al|ion|ment|ure|ance|ence|ing|ism|ity|ness)")


def a_happening(noun: Token) -> bool:
    """A noun that names an act, a state or a matter rather than anyone: "the refusal",
    "the crisis", "rising inflation", "the deal" (not "the union", "the government")."""
    kind = non_agents().get(noun.lemma_.lower())
    return noun.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"} and noun.pos_ == "NOUN" and (
        kind in {"matter", "hazard", "market"} or (
            kind is None and NOMINAL.fullmatch(noun.lower_) is not None and
            noun.lemma_.lower() not in PEOPLE_NOUNS))  # (a bombing is how someone acted)


# Nouns of people or bodies that end like nominalisations: still someone who can threaten.
PEOPLE_NOUNS = {"government", "administration", "parliament", "union", "coalition",
                "opposition", "management", "criminal", "rebel", "official", "legislature",
                "federal", "national", "regional", "general", "commission", "delegation",
                "organisation", "organization", "alliance", "militia", "intelligence",
                "department", "ministry", "faction", "population", "community", "principal",
                "citizen", "ally", "authority", "security", "nation", "station", "convention",
                "corporation", "association", "federation", "institution", "rival"}


def _for_the_press(noun: Token) -> bool:
    """"held a press conference", "a news briefing", "gave an interview"."""
    lemma = noun.lemma_.lower()
    return lemma in {"briefing", "interview"} or (lemma in GATHERINGS and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in PRESS for c in noun.children))


def _no_meeting(noun: Token) -> bool:
    """A meeting for the press, a body's own, or one its subject does not hold: "skipped
    the party's meeting", "called off the talks"."""
    if _for_the_press(noun):
        return True
    if noun.lemma_.lower() in {"meeting", "session"} and any(
            c.dep_ == "poss" and (c.lower_ == "its" or c.ent_type_ == "ORG")
            for c in noun.children) and not any(
            c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
        return True  # "the Federal Reserve, at its meeting last month": a body's own
        # meeting, with no one else
    verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
    return verb is not None and verb.lemma_.lower() in MISSING and (
        verb.lemma_.lower() != "call" or any(c.dep_ == "prt" and c.lower_ == "off"
                                             for c in verb.children))


# Weapons launched: at a target an attack ("launched rockets at southern Israel"), at none a
# show of force.
LAUNCHED = {"rocket", "missile", "mortar"}
OPEN_WATERS = {"water", "sea", "ocean", "strait", "gulf", "desert", "air", "sky"}  # no target
AIMED = {"at", "on", "into", "toward", "towards", "against"}


# What is done to someone, and a noun that names it can be undergone or owned up to:
# "the embassy came under attack", "suffered a cyber attack", "faces charges", "faced
# criticism from Kyiv"; "the group claimed responsibility for the bombing".
DONE_TO = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "PROTEST"}
RECEIVING_VERBS = {"suffer", "face", "sustain", "endure", "repel", "repulse", "withstand",
                   "survive", "draw", "attract"}
CLAIMING_VERBS = {"claim", "take", "accept", "admit", "assume", "acknowledge"}
CYBER = {"cyber", "computer", "online", "internet", "ransomware", "hacking"}


MOVEMENT_VERBS = {"go", "travel", "arrive", "fly", "come", "head", "tour", "return", "visit"}


def _of(noun: Token) -> list[Token]:
    """The nouns of a noun's "of" phrase: "three days of drills", "a series of talks"."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def carried_by(noun: Token) -> Token | None:
    """The verb that may carry an event noun: its object's or passive subject's verb
    ("held talks", "talks were held"), "go" in "went on strike", or the journey made for
    it ("flew to Paris for talks with Chirac")."""
    if noun.dep_ in {"dobj", "nsubjpass"}:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj" and \
            noun.head.head.pos_ == "NOUN":  # "held three days of drills"
        return noun.head.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":  # "froze $350 million in aid"
        held = noun.head.head  # (the "in" under the sum or under its verb)
        if held.dep_ == "dobj" and held.ent_type_ == "MONEY":
            return held.head
        if held.pos_ == "VERB" and any(c.dep_ == "dobj" and c.ent_type_ == "MONEY"
                                       for c in held.children):
            return held
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_ == "go":
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and \
            noun.head.head.lemma_.lower() in MOVEMENT_VERBS:
        return noun.head.head
    return None


def received_by(noun: Token) -> Token | None:
    """The verb whose subject undergoes what the noun names: "suffered an attack", "came
    under attack"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
        return noun.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in GAINING and \
            noun.lemma_.lower() in GIVEN:
        return noun.head  # "won the endorsement of the union", "received aid from Japan"
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in {
            "VERB", "AUX"}:
        return noun.head.head
    return None


SERIES = {"series", "wave", "string", "spate", "succession", "number", "round"}
# What one wins or is given by another: support and aid, whose giver is the actor.
GAINING = {"win", "receive", "get", "secure", "gain", "earn", "obtain", "accept"}
GIVEN = {"endorsement", "support", "backing", "blessing", "approval", "aid", "assistance",
         "loan", "grant"}


def claimed_by(noun: Token) -> Token | None:
    """The verb whose subject owns up to what the noun names: "claimed responsibility for
    the attack", "took credit for the kidnapping", "for a series of bombings"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in SERIES:
        noun = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    owned = noun.head.head
    if owned.lemma_.lower() not in {"responsibility", "credit"} or owned.dep_ != "dobj":
        return None
    return owned.head if owned.head.lemma_.lower() in CLAIMING_VERBS else None


# A strike is a walkout where workers are named, an attack where arms are: by its own words
# ("air strikes", "a missile strike") or by the story's before it.
ARMED_STRIKES = {"air", "missile", "drone", "military", "aerial", "rocket", "artillery",
                 "nuclear", "retaliatory", "surgical", "precision", "preemptive",
                 "pre-emptive", "punitive", "bombing", "cruise"}
ARMS = re.compile(r"\b(?:warplanes?|bombers?|fighter jets|air ?strikes?|air raids?|bomb(?:ing|"
                  r"ed|s)|missiles?|shelling|artillery|air campaign|airstrikes?)\b",
                  re.IGNORECASE)
WORKERS = {"worker", "union", "employee", "walkout", "wage", "pay", "picket", "striker",
           "teacher", "miner", "docker", "nurse", "driver", "staff", "labour", "labor"}


def _armed_strike(noun: Token) -> bool:
    if _a_walkout(noun) or any(t.lemma_.lower() in WORKERS for t in noun.sent):
        return False
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in ARMED_STRIKES
           for c in noun.children):
        return True
    return _first_arms(noun.doc) < noun.sent.end_char


def _first_arms(doc: Doc) -> int:
    """Where the story first speaks of arms (found once per document), else past its end."""
    if ARMS_AT not in doc.user_data:
        found = ARMS.search(doc.text)
        doc.user_data[ARMS_AT] = found.start() if found else len(doc.text) + 1
    return int(doc.user_data[ARMS_AT])


ARMS_AT = "tacitus.first_arms"


def _cyber(noun: Token, sense: Sense) -> Sense:
    """A cyber attack is coercion, as the PLOVER manual codes it, not an assault."""
    if sense.event == "ASSAULT" and any(c.dep_ in {"compound", "amod"} and
                                        c.lower_.rstrip("-") in CYBER for c in noun.children):
        return Sense("COERCE", "cyber")
    return sense


# Nouns for fighting that "between X and Y" makes an event with both sides as actors.
FIGHTING = {"clash", "fighting", "skirmish", "firefight", "gunfight", "hostility"}


def between(noun: Token) -> list[Token]:
    """The sides of "between X and Y" after a noun: X and its conjuncts."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"),
                None)
    side = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return [side, *side.conjuncts] if side is not None and side.conjuncts else []


def _protest_mention(noun: Token) -> bool:
    """'in protest against X', 'riots against X continued', 'protests erupted'."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return True
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
           for c in noun.children):
        return True  # "a protest by opposition supporters"
    return noun.dep_ == "nsubj" and (against or noun.head.lemma_.lower() in PROTEST_VERBS)
