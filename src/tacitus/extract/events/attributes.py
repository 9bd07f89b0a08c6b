"""Step 3, attributes: what a mention says happened, when, and how sure we are.

The type may change with the clause's modality: a stated intention ("will visit",
"agreed to withdraw") is an AGREE, or a THREATEN for force; a negated intention ("will
not allow") is a REJECT. Each event is flagged negated ("did not attack") or hypothetical
("would violate", "if it strikes"), dated by its own clause or the article, and the two
sides of a reciprocal event are told apart.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from ...model import Actor, Article, Event
from ...resolve.context import ArticleContext
from ...words import FUTURE
from ..modality import (
    HEDGE_MODALS,
    SUGGESTING,
    first_conjunct,
    is_hypothetical,
    is_negated,
    states_intent,
    unattested,
)
from ..setting import Setting, stated_day
from .mentions import ARMED, Mention
from .types import SYMMETRIC, TO_AGREE, TO_THREATEN

GROUP_WORDS = {"leader", "side", "country", "nation", "party", "they", "we", "delegation",
               "minister", "president", "official", "government"}


def attributes_of(mention: Mention, article: Article, context: ArticleContext,
                  setting: Setting) -> Event:
    """The event a mention reports: type and mode after modality, flags, date, sides."""
    trigger, clause = mention.trigger, mention.clause
    event, mode = trigger.sense.event, trigger.sense.mode
    coded = event
    if event == "REQUEST" and _of_what_was_done(trigger.token):
        event, mode = "ACCUSE", "allege"  # "suggested that the police had tortured them"
    if event == "ASSAULT" and (_in_words(trigger.token) or _a_politicians_attack(
            trigger.token, mention.actor)) and not any(a.sector in ARMED for a in mention.actor):
        event, mode = "ACCUSE", "disapprove"  # "attacked the senator over her emails" (but
        # rebels or troops who attacked positions used force)
    if (event, mode) == ("RETREAT", "withdraw") and _leaves_a_body(trigger.token):
        event, mode = "SANCTION", "withdraw"  # "withdrew from the agency": the manual's
        # withdrawal from an organisation, not a retreat from territory
    if (event, mode) == ("COERCE", "seize") and _taken_in_war(trigger.token, mention.actor):
        event, mode = "ASSAULT", None  # "rebels captured the town": force, not a seizure
    elif event == "COERCE" and trigger.token.lemma_.lower() in CAPTURING and any(
            a.sector in ARMED_SIDES for a in mention.actor) and mention.recipient and all(
            _a_combatant(r) for r in mention.recipient):
        event, mode = "ASSAULT", "abduct"  # "militiamen captured a U.S. pilot": the manual
        # codes combatants captured in conflict as an abduction, not an arrest
    if (event, trigger.token.lemma_.lower()) == ("PROTEST", "march") and mention.actor and \
            all(a.sector in ARMED for a in mention.actor):
        event, mode = "MOBILIZE", "troops"  # "Kabila's forces marched into Kinshasa": an
        # army on the move, no demonstration
    if (event, mode) == ("PROTEST", "riot") and mention.actor and all(
            a.sector in ARMED for a in mention.actor):
        event, mode = "ASSAULT", "destroy"  # "soldiers looted warehouses": no riot
    if event == "ASSAULT" and trigger.token.lemma_.lower() in RIOTING and mention.actor and \
            all(a.sector in {"OPP", "CVL"} for a in mention.actor) and not any(
            r.sector in {"CVL", "PPL", "OPP", "REF"} or r.name for r in mention.recipient):
        event, mode = "PROTEST", "riot"  # "demonstrators torched 21 buses" (but villagers who
        # attacked families used force on people)
    if (event, trigger.token.lemma_.lower()) == ("ASSAULT", "surround") and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in HELD_PLACES | SURROUNDED or
                                  c.ent_type_ in {"FAC", "ORG"}) for c in trigger.token.children):
        if mention.actor and all(a.sector in AUTHORITIES - ARMED_SIDES for a in mention.actor):
            event, mode = "COERCE", "restrict"  # "police surrounded the Supreme Court"
        elif not any(a.sector in ARMED_SIDES for a in mention.actor):
            event, mode = "PROTEST", "demo"  # "crowds surrounded the palace"
    if (event, trigger.token.lemma_.lower()) == ("CONCEDE", "abandon") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in HELD_PLACES | {"post"}
            for c in trigger.token.children):
        event, mode = "RETREAT", "withdraw"  # "soldiers abandoned their positions"
    awarded = event in {"AID", "COOPERATE"} and trigger.token.lemma_.lower() == "award" and \
        any(a.sector == "JUD" for a in mention.actor)
    if awarded:  # "a jury awards $17 million to the workers": a court-ordered payment, a
        event, mode = "SANCTION", None  # sanction on the one who pays, as the PLOVER manual
        # codes it (the winners are no recipient)
    if (event, mode) == ("COERCE", "restrict") and trigger.token.lemma_.lower() in BLOCKING \
            and mention.actor and all(a.sector in PROTESTING for a in mention.actor):
        event, mode = "PROTEST", "obstruct"  # "protesters blocked the road": no blockade
    elif (event, mode) == ("PROTEST", "obstruct") and mention.actor and all(
            a.sector in AUTHORITIES for a in mention.actor):
        event, mode = "COERCE", "restrict"  # "police blocked the road": no protest
    intent = states_intent(clause) and not _told_of_another(clause, context)
    unmeant = False
    if intent and event in TO_AGREE | {"SUPPORT"}:  # the manual: cooperation told in the
        event, mode = "AGREE", None  # future, support included, is an intention to cooperate
    elif intent and event in TO_THREATEN and _protective(trigger.token, clause):
        unmeant = True  # "would evacuate their citizens", "would send troops to secure a
        # corridor": a step intended, no threat to anyone
    elif intent and event in TO_THREATEN:
        event, mode = "THREATEN", None
    elif intent and event == "PROTEST" and _on_condition(clause):
        event, mode = "THREATEN", "restrict" if mode in {"strike", "boycott", "obstruct"} \
            else None  # "would stage a general strike unless the law is withdrawn"
    negated = is_negated(clause) and not (trigger.negation_coded and clause == trigger.token)
    if negated and intent and event in TO_AGREE | {"AGREE", "SUPPORT"} and \
            not unattested(clause) and not _persists(trigger.token):
        event, mode, negated = "REJECT", None, False  # "will not allow", "would not meet"
    reciprocal = event in SYMMETRIC or trigger.token.lemma_.lower() in RECIPROCAL or (
        event in {"ACCUSE", "THREATEN"} and trigger.token.lemma_.lower() in {"trade", "exchange"})
    # ("India and Pakistan traded accusations": each accuses the other; but two sides that
    # exchange fire are both the actor, as the manual codes two-sided violence)
    actor, recipient = _split_symmetric(reciprocal, mention.actor, mention.recipient,
                                        mention.sentence, context, event)
    speaker = _speaker_at(mention.evidence.start, setting)
    if speaker is not None:  # '"We will not accept this," said Lavrov': Russia's minister
        actor, recipient = _as_speaker(actor, speaker), _as_speaker(recipient, speaker)
    recipient = tuple(r for r in recipient if r not in actor and not awarded)
    if event == "THREATEN" and trigger.token.lemma_.lower() in {"warn", "caution"} and any(
            c.dep_ == "xcomp" for c in trigger.token.children) and ((recipient and all(
            r.sector in {"CVL", "PPL"} for r in recipient)) or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ADVICE for c in trigger.token.children)):
        event, mode = "REQUEST", None  # "warned residents to boil their water": advice to
        # the public, no threat
    mode = MANUAL_MODES.get((event, mode), mode)
    if event == "ASSAULT" and mode is None and any(
            "suicide" in a.text.lower() for a in actor):
        mode = "suicide-attack"  # "suicide bombers struck the airport"
    known = sum(1 for side in (actor, recipient) if any(a.code for a in side))
    day = stated_day(trigger.token, clause, setting.times) or article.date
    return Event(
        event=event, mode=mode, date=day, actor=actor, recipient=recipient,
        evidence=(mention.evidence,), negated=negated,
        hypothetical=unmeant or is_hypothetical(clause, intent) or (
            intent and event not in TO_AGREE | TO_THREATEN | {"AGREE", "THREATEN", "REJECT"}),
        # ("would take to the streets": a protest intended is none yet)
        confidence=min(0.95, 0.45 + 0.2 * known + (0.1 if trigger.pattern else 0.0)),
        cameo=trigger.sense.cameo if event == coded else None,  # not once modality retyped it
    )


def _told_of_another(clause: Token, context: ArticleContext) -> bool:
    """What a speaker says another country's party would do ("Trump said Mexico would pay
    for it") is the speaker's claim, no intention of that party's; a spokesman's word for
    his own side ("the White House said Obama would visit Cuba") is."""
    head = first_conjunct(clause)
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "would"
                                       for c in clause.children):
        return False
    said = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if said is None or subject is None:
        return False
    mine = {a.code for a in context.actors(said) if a.code}
    theirs = {a.code for a in context.actors(subject) if a.code}
    return bool(mine and theirs) and not mine & theirs


def _on_condition(clause: Token) -> bool:
    """Whether an intended act waits on another's ("unless the government withdraws the
    law", "if the demands are not met"): a threat, as the PLOVER manual codes threats of
    strikes, boycotts and blockades."""
    for c in clause.children:
        if c.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if "unless" in marks or ("if" in marks and is_negated(c)):
            return True
    return False


# The modes of the PLOVER manual's tables for the names CAMEO's conversion and the
# lexicon use: a massacre or an assassination is a targeted killing, CAMEO's "destroy
# property" (1712, which the conversion table gives the mode "seize") a destruction, a ban
# a restriction; an easing, a return or hosting (the host acts, so it
# is no "visit", whose actor is the visitor) has no mode of its own.
MANUAL_MODES: dict[tuple[str, str | None], str | None] = {
    ("ASSAULT", "massacre"): "targeted", ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "seize"): "destroy", ("ASSAULT", "cleansing"): None,
    ("COERCE", "ban"): "restrict", ("THREATEN", "ban"): "restrict",
    ("RETREAT", "return"): "release", ("RETREAT", "ease"): None,
    ("CONSULT", "host"): None, ("AID", "economic"): None, ("AID", "military"): None,
}


FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}


def _speaker_at(offset: int, setting: Setting) -> Actor | None:
    """Who speaks the direct quote a trigger lies in, if they are known."""
    i = bisect.bisect_right(setting.quotes, offset, key=lambda q: q.start)  # (in order,
    quote = setting.quotes[i - 1] if i else None  # none overlapping: only the last one
    if quote is not None and quote.direct and offset < quote.end and (  # opened can hold it)
            quote.speaker.code or quote.speaker.name):
        return quote.speaker
    return None


def _as_speaker(side: tuple[Actor, ...], speaker: Actor) -> tuple[Actor, ...]:
    """A quote's "I" or "we" is its speaker (and the speaker's country or body)."""
    return tuple(Actor(text=a.text, name=speaker.name or speaker.text, code=speaker.code,
                       sector=speaker.sector) if a.text.lower() in FIRST_PERSON and
                 not a.code else a for a in side)


VERBAL_ATTACKS = {"attack", "hit", "blast", "slam", "bash", "lash", "savage", "assail", "tear",
                  "rip", "skewer", "lambast", "lambaste"}  # "tore into Trump at the debate"


# What a warning to do something advises: "warned embassies to strengthen security".
ADVICE = {"strengthen", "avoid", "stay", "leave", "remain", "boil", "evacuate", "keep",
          "exercise", "prepare", "reconsider", "beware", "tighten", "review", "heed"}
# Purposes that make a deployment or a withdrawal no threat: "to secure a corridor".
PROTECTIVE = {"secure", "protect", "evacuate", "guard", "rescue", "help", "assist", "escort",
              "monitor", "supervise"}


def _protective(trigger: Token, clause: Token) -> bool:
    """An evacuation intended, or forces to be sent to protect or evacuate."""
    if trigger.lemma_.lower() == "evacuate":
        return True
    return any(c.dep_ in {"advcl", "xcomp", "acl", "relcl"} and c.lemma_.lower() in PROTECTIVE
               for t in (trigger, clause) for c in t.children)


def _persists(verb: Token) -> bool:
    """"I will not give up", "we will not back down": resolve, no refusal of anything."""
    return verb.lemma_.lower() in {"give", "back"} and any(
        c.dep_ == "prt" and c.lower_ in {"up", "down"} for c in verb.children) and not any(
        c.dep_ in {"dobj", "prep"} for c in verb.children)


def _a_politicians_attack(verb: Token, actor: tuple[Actor, ...]) -> bool:
    """"Republican candidates attacked the administration": politicians, parties and
    newspapers attack in words (a government or an army may use force)."""
    return verb.lemma_.lower() in VERBAL_ATTACKS and bool(actor) and all(
        a.sector in WORDSMITHS for a in actor) and any(
        c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ in {"PERSON", "ORG", "NORP"} or
                              c.lemma_.lower() in VIEWS | {"administration", "government"})
        for c in verb.children)  # (not "supporters of parliament attacked the mayor's office")


WORDSMITHS = {"PTY", "ELI", "LEG", "MED"}


def _in_words(verb: Token) -> bool:
    """An attack on someone "over" or "for" a matter, or made in an interview, a speech
    or at a rally, is criticism, not force."""
    if verb.lemma_.lower() not in VERBAL_ATTACKS:
        return False
    if verb.dep_ in {"advcl", "conj"} and _in_words(verb.head):
        return True  # "tore into Trump at the debate, attacking his business record"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in VIEWS for c in verb.children):
        return True  # "attacked his record", "hit her positions on trade"
    for c in verb.children:
        objects = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        if c.lower_ in {"over", "for"} and any(
                g.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME"} and
                g.lemma_.lower() not in PLACE_NOUNS for g in objects):
            return True
        if c.lower_ in {"in", "during", "at", "on"} and any(
                g.lemma_.lower() in SPOKEN for g in objects):
            return True
    return False


# What one attacks in words: a record, a position, a plan.
VIEWS = {"record", "position", "policy", "plan", "proposal", "stance", "remark", "comment",
         "statement", "view", "idea", "claim", "decision", "handling", "approach", "judgment",
         "judgement", "temperament", "credential", "leadership", "agenda", "platform",
         "character", "rhetoric", "tax", "budget", "deal", "vote"}
# Where words are spoken or written: an attack made there is criticism.
SPOKEN = {"interview", "speech", "statement", "tweet", "letter", "column", "op-ed", "article",
          "debate", "remark", "ad", "advertisement", "post", "rally", "address", "editorial",
          "broadcast", "podcast", "book", "hearing", "briefing", "conference", "memo",
          "television", "radio", "twitter", "facebook", "blog", "sermon"}


# Places taken in fighting: an armed side that captures, overruns or occupies one
# assaults it (a seizure of goods, people or property stays COERCE).
HELD_PLACES = {"town", "city", "village", "district", "province", "region", "area", "base",
               "airport", "airbase", "stronghold", "position", "territory", "hill", "dam",
               "headquarters", "outpost", "camp", "checkpoint", "port", "capital", "border",
               "crossing", "bridge", "road", "highway", "oilfield", "garrison", "enclave",
               "neighbourhood", "neighborhood", "suburb", "island", "valley", "pass",
               "palace", "building", "barracks", "compound", "parliament", "land"}
ARMED_SIDES = {"MIL", "REB", "UAF"}


# What one leaves by withdrawing from it that is no territory: a body, a pact, a process.
BODIES_LEFT = {"agency", "organisation", "organization", "treaty", "pact", "agreement", "accord",
               "alliance", "coalition", "union", "council", "commission", "talks", "talk",
               "negotiation", "process", "body", "committee", "court", "convention", "league",
               "bloc", "group", "mission", "federation", "race"}


def _leaves_a_body(verb: Token) -> bool:
    """"The North is withdrawing from the agency", "quit the treaty": no troops move."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "withdrew its troops from the town"
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in BODIES_LEFT or g.ent_type_ == "ORG")
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children)


SURROUNDED = {"home", "house", "residence", "office", "embassy", "court", "headquarters",
              "station", "legislature", "ministry"}
CAPTURING = {"capture", "seize", "take", "grab", "snatch", "abduct", "kidnap"}
COMBATANTS = {"soldier", "soldiers", "pilot", "pilots", "fighter", "fighters", "militiaman",
              "militiamen", "troops", "guerrilla", "guerrillas", "rebel", "rebels", "marine",
              "marines", "commander", "commanders", "gunmen", "militants", "paratroopers",
              "servicemen", "sailors", "crew"}


def _a_combatant(actor: Actor) -> bool:
    return actor.sector in ARMED_SIDES or actor.text.lower().rsplit(" ", 1)[-1] in COMBATANTS


def _taken_in_war(verb: Token, actor: tuple[Actor, ...]) -> bool:
    if verb.pos_ != "VERB" or not any(a.sector in ARMED_SIDES or (
            a.code and not a.sector and a.code != "IGO") for a in actor):  # (or a state:
        return False  # "Eritrea occupied the disputed land")
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        if obj.lemma_.lower() in {"control", "part", "most", "much", "parts"}:  # "control of"
            obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), obj)
        if obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.lemma_.lower() in HELD_PLACES:
            return True
    return False


RIOTING = {"destroy", "burn", "torch", "loot", "smash", "vandalize", "vandalise", "ransack",
           "set", "storm", "attack", "stone", "pelt"}
BLOCKING = {"block", "barricade", "blockade", "obstruct", "close", "shut"}
# Who blocks a road in protest, not by authority: protesters, activists, strikers, crowds.
PROTESTING = {"OPP", "CVL", "LAB", "AGR", "EDU", "PPL"}
AUTHORITIES = {"COP", "MIL", "GOV", "JUD", "SPY"}


PLACE_NOUNS = {"border", "frontier", "area", "region", "territory", "town", "city", "village",
               "sea", "river", "mountain", "sky", "skies", "weekend", "night", "day", "hour"}


MODALS = HEDGE_MODALS | FUTURE | {"would", "to"}


def _of_what_was_done(verb: Token) -> bool:
    """Whether the clause a verb of proposing reports is in the past or present with no
    modal: a suggestion of what was or is being done is an allegation, of what should be
    done a request."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if verb.pos_ != "VERB" or clause is None:
        return False
    helpers = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if helpers & MODALS or "be" in helpers:  # "should go", "that control be taken away"
        return False
    if verb.lemma_.lower() in SUGGESTING and (clause.tag_ in {"VBZ", "VBP"} or (
            clause.tag_ == "VBG" and helpers & PRESENT_HELPERS)):
        return True  # "suggested the army is rearming": what is being done, alleged (not
        # "demanded that its partners refuse", a bare verb the tagger calls present)
    if clause.tag_ == "VBD" and clause.lower_ == clause.lemma_.lower() and \
            verb.lemma_.lower() not in SUGGESTING:
        return False  # "demanded that he set a date": a bare verb that looks past ("set",
        # "put", "cut"), what is to be done
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and bool(helpers & PAST_HELPERS))


PAST_HELPERS = {"was", "were", "had", "has", "have", "been"}
PRESENT_HELPERS = {"is", "are", "am", "'s", "'re"}


# Nouns of what two sides have with each other: "Cuba and the US restored relations".
RECIPROCAL = {"relation", "tie"}


def _split_symmetric(reciprocal: bool, actor: tuple[Actor, ...], recipient: tuple[Actor, ...],
                     sent: Span, context: ArticleContext, event: str = ""
                     ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """'A and B met', 'the two leaders met': one side acts, the other receives."""
    if not reciprocal or any(r.code for r in recipient):
        return actor, recipient
    if len(actor) > 1:
        return actor[:1], actor[1:]
    if not recipient or not any(r.code or (r.name and event == "CONSULT") for r in recipient):
        recipient = ()  # "met with reporters" (but "met Sharif" keeps Sharif)
    if not actor or (not actor[0].code and _is_group(actor[0])):
        people = _people_in(sent, context)
        if len(people) >= 2:
            return tuple(people[:1]), tuple(people[1:])
    return actor, recipient


def _is_group(actor: Actor) -> bool:
    return any(w.rstrip("s") in GROUP_WORDS for w in actor.text.lower().split())


def _people_in(sent: Span, context: ArticleContext) -> list[Actor]:
    out: list[Actor] = []
    ents = {e.start: e for t in sent if (e := context.entity_of.get(t.i)) is not None}
    for ent in ents.values():  # not sent.ents, which walks the whole article's entities
        if ent.label_ == "PERSON":
            found = context.resolve(ent.root)[0]
            if found.code and all(found.name != a.name for a in out):
                out.append(found)
    return out
