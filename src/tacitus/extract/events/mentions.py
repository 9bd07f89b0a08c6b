"""Step 2, mentions: a trigger with its participants and evidence.

The actor is the trigger's subject (the agent of a passive, or for a passive verb of
harm without one, the maker of the attack its phrase names: "killed in a Saudi-led
airstrike"), the recipient its object, dative or prepositional object, the object's
"to/against/between" phrase, or, for what is said, the subject of the clause said. Both
sides of "clashes between X and Y" act. A movement verb is a visit only when someone who
can visit goes to a place with a country; an act with no one on either side is no event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...model import Actor, Evidence
from ...resolve.context import (
    PRONOUNS,
    THING_PRONOUNS,
    ArticleContext,
    after_dateline,
    identified,
    is_dateline,
    passive_agent,
    phrase_tokens,
)
from ...words import CONTEST_VERBS, DASHES, SPORTS, non_agents
from ..lexicon import Sense
from ..modality import (
    DEMAND_HEADS,
    GAINSAYING,
    PERMISSION_HEADS,
    first_conjunct,
    subjunctive,
)
from .triggers import (
    DOCUMENTS,
    FIGHTING,
    GAINING,
    MOVEMENT_VERBS,
    TRADE,
    WARNING_VERBS,
    Trigger,
    a_force,
    a_happening,
    between,
    carried_by,
    claimed_by,
    received_by,
)
from .types import VERBAL

RECIPIENT_PREPS = {"with", "to", "against", "toward", "towards", "on", "upon", "into"}
# "Israel is opposed to...": passive in form, but the subject is the one acting.
STATIVE_PASSIVES = {"oppose", "commit", "dedicate", "determine", "resolve", "prepare", "poise",
                    "set", "bent", "involve", "engage"}
CROWDS = {"CVL", "REF", "PPL"}  # migrants arriving somewhere pay no visit


@dataclass(frozen=True)
class Mention:
    """One telling of an event: its trigger, the clause it heads, who takes part, where."""

    trigger: Trigger
    sentence: Span
    clause: Token  # the verb whose modality and date the event takes
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    evidence: Evidence


def mention_of(trigger: Trigger, sent: Span, context: ArticleContext) -> Mention | None:
    """The trigger's participants and evidence. None for what no one did: a movement
    that is no visit, what a flood or a disease does, a result in sport."""
    token = trigger.token
    if _in_sport(token, sent):
        return None
    if _of_a_thing(trigger, context):
        if token.lemma_.lower() != "welcome":
            return None
        trigger = Trigger(token, Sense("SUPPORT", None), trigger.pattern)  # "welcomed the
        # sanctions": approval, no guest received
    actor, recipient = participants(trigger, context)
    recipient = tuple(r for r in recipient if r not in actor)  # no one is their own recipient
    acts = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    if not recipient and trigger.sense.event in FORCEFUL | {"THREATEN"} and any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVES for v in acts for c in v.children):
        return None  # "threatened to kill himself": no act towards anyone (but "committed
        # itself to talks" agrees)
    cannot_act = _cannot_act(token) if token.pos_ == "VERB" else None
    if cannot_act in {"hazard", "market"}:
        return None  # "floods hit the county", "dengue killed 14": no one's act; "shares
        # rallied", "the dollar fell": trading, no political act
    if cannot_act == "instrument" and (trigger.sense.event in VERBAL | {"CONSULT"} or
                                       token.lemma_.lower() in ACCOMPANYING):
        return None  # "troops backed by helicopter gunships": weapons back no one (but
        # "U.N. helicopters evacuated the wounded" is the UN's aid)
    if cannot_act == "instrument":  # "a blast killed": how, not who; "Turkish jets": Turkey
        makers = set(_attacker(token, context))  # "killed in an attack by gunmen": who
        actor = tuple(a if a in makers else Actor(text=a.text, code=a.code, sector=a.sector)
                      for a in actor if a.code or a in makers)
    if trigger.sense.event == "PROTEST" and token.lemma_.lower() in CAMPAIGN_EVENTS and \
            actor and all(a.sector in OFFICE_SEEKERS for a in actor) and not any(
                c.dep_ == "prep" and c.lower_ == "against" for c in token.children):
        return None  # "Trump held a rally in Des Moines": campaigning, not protest
    if context.sport and not any(a.sector in POLITICAL or a.code == "IGO"
                                 for a in (*actor, *recipient)):
        return None  # "Clemens retired 15 batters", "the umpire rejected the protest"
    if (trigger.sense.event, trigger.sense.mode) == ("CONSULT", "phone") and not actor:
        return None  # "neighbours had called police": no one's consultation
    if trigger.sense.event == "ASSAULT" and not trigger.pattern and \
            token.lemma_.lower() in FIGHT_VERBS and not any(
                a.sector in ARMED | {"CRM"} for a in (*actor, *recipient)) and not (
                actor and all(a.code and not a.sector for a in (*actor, *recipient))):
        return None  # "Sinatra battled with reporters for decades": a fight of words or in
        # court, unless an armed side or two states fight it
    if trigger.sense.event == "AID" and not trigger.pattern and _sends_people(token, context):
        return None  # "sent two senators to campaign for her", "sending the migrants to the
        # border": no aid to anyone
    if actor and all(_in_business(a) for a in actor) and not any(
            (r.code or r.sector) and not _in_business(r) for r in recipient):
        return None  # "the airline cancels 200 flights": commerce, not politics
    if not actor and trigger.sense.event == "ASSAULT" and token.pos_ == "VERB" and any(
            (t.pos_ == "NOUN" and non_agents().get(t.lemma_.lower()) == "hazard") or
            (t.pos_ == "VERB" and t != token and _accident(t) == "hazard") for t in sent):
        return None  # "four are killed and 12 injured after two buses crash": no one's act
    if trigger.sense.event == "SANCTION" and token.lemma_.lower() in TRADE and not any(
            r.code and r.code not in {a.code for a in actor} for r in recipient):
        return None  # "halted sales of its diesel cars", "banned the sale of the book": no
        # embargo on another country ("banned all trade with Iraq" is one)
    if trigger.sense.mode in {"martial-law", "curfew"} and any(
            t.pos_ in {"NOUN", "PROPN"} and non_agents().get(t.lemma_.lower()) == "hazard"
            for t in sent):
        return None  # "declares a state of emergency as the hurricane nears": a disaster's
        # emergency, no coercion of anyone
    if token.pos_ == "VERB" and trigger.sense.event not in FORCEFUL and \
            _done_by_a_happening(token):
        return None  # "the filing escalated a fight", "the agreement rewarded the
        # dictators", "evidence supported his account": a matter does nothing itself (but
        # "a Saudi-led air raid kills nine" is how the Saudis used force)
    if not actor and token.pos_ == "VERB" and _done_by_a_thing(token, context):
        return None  # "police overwhelmed by their numbers", "flights delayed by fog"
    if not actor and _permitted_by_no_one(token):
        return None  # "journalists are allowed to enter", "were given the right to appeal"
    if not actor and not recipient and (trigger.sense.event != "PROTEST" or
                                        trigger.sense.mode == "obstruct" or
                                        token.lemma_.lower() not in PROTEST_WORDS or
                                        _in_protest_by_a_state(token, context)):
        return None  # no one on either side: "the match was abandoned" (a crowd may protest,
        # but "talks were blocked by the dispute" is no blockade, and "imposed an embargo in
        # protest at the executions" no protest by anyone)
    if token.lemma_.lower() in MOVEMENT_VERBS and not (
            any((a.sector and a.sector not in CROWDS) or a.name in context.people
                for a in actor) and
            any(r.code and r.code not in {a.code for a in actor} for r in recipient)):
        return None  # a visit is someone going somewhere: not "voters go to the polls",
        # nor "Mobutu flew to Gbadolite" (his own country)
    clause = token if token.pos_ == "VERB" else _carrier(token)
    if token.dep_ in {"acl", "relcl"} and token.head.lemma_.lower() in DOCUMENTS and \
            token.head.dep_ in {"dobj", "nsubjpass"} and not subjunctive(token):
        clause = token.head.head  # "failed to pass a resolution blocking the deal": as
        # sure as the passing
    evidence = Evidence(sent.text.strip(), token.idx, token.idx + len(token.text), token.text)
    return Mention(trigger, sent, clause, actor, recipient, evidence)


# What weapons do alongside a force, which CAMEO's phrases code as the attack itself
# ("backed by helicopter gunships"): the force's act is coded from its own verb.
ACCOMPANYING = {"back", "support", "escort", "cover", "accompany", "assist"}


# Words for protest proper, which a crowd no one names may make ("protests erupted").
PROTEST_WORDS = {"protest", "demonstrate", "demonstration", "rally", "march", "riot",
                 "strike", "picket", "boycott", "sit-in", "walkout", "unrest", "demonstrator",
                 "protester", "vigil", "blockade", "occupy", "clash"}


# A rally a politician holds is campaigning; one held against something is protest.
CAMPAIGN_EVENTS = {"rally", "march", "gathering"}
OFFICE_SEEKERS = {"ELI", "GOV", "LEG", "PTY"}
# Verbs of answering a document another made: its maker is not their subject.
REACTIONS = GAINSAYING | {"regret", "criticize", "criticise", "welcome", "praise", "oppose",
                          "hail", "applaud", "challenge", "protest", "lament", "defend"}
# Acts of words, which no weapon or attack does: "said the attack ... and accused".
SPEAKING_ACTS = DEMAND_HEADS | {"accuse", "blame", "condemn", "criticize", "criticise",
                                "denounce", "warn", "threaten", "reject", "deny", "praise",
                                "welcome", "vow", "promise"}
REFLEXIVES = {"himself", "herself", "themselves", "itself", "myself", "ourselves"}
DELEGATIONS = {"team", "delegation", "mission", "minister", "official", "envoy", "investigator",
               "inspector", "expert"}


def _in_protest_by_a_state(noun: Token, context: ArticleContext) -> bool:
    """"The EU imposed an embargo in protest at the executions": the protest is why a
    government or a body of states acted, coded as its own act (but "thousands took to the
    streets in protest" is one)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.pos_ != "VERB":
        return False
    subject, agent, _ = _subject(noun.head.head)
    doer = _participant(agent if agent is not None else subject)
    return doer is not None and any(
        a.code == "IGO" or a.sector in {"GOV", "LEG", "MIL"} or (a.code and not a.sector)
        for a in context.actors(doer))


def _sends_people(verb: Token, context: ArticleContext) -> bool:
    """Sending a politician, an official or a crowd somewhere, which CAMEO's bare "send"
    would code as aid (what is sent as aid is goods, money, or doctors and rescuers)."""
    if verb.lemma_.lower() not in {"send", "dispatch"}:
        return False
    sent = _participant(next((c for c in verb.children if c.dep_ == "dobj"), None))
    if sent is not None and sent.lemma_.lower() in DELEGATIONS:
        return True  # "sent a team of three ministers to Belgrade"
    found = context.actors(sent) if sent is not None else ()
    return bool(found) and all(a.sector in OFFICE_SEEKERS | CROWDS for a in found)


def _done_by_a_thing(verb: Token, context: ArticleContext) -> bool:
    """A passive whose "by" agent is a thing, not a party."""
    agent = _participant(passive_agent(verb))
    return agent is not None and not parties(context.actors(agent))


# What one may be given that is no good and no concession by itself: a chance.
CHANCES = {"right", "opportunity", "chance", "permission", "option", "go-ahead", "leave"}


def _permitted_by_no_one(verb: Token) -> bool:
    """A permission or a chance given by someone the sentence does not name ("are allowed
    to enter", "were given the right to appeal"): a state of affairs, not an act told."""
    if verb.pos_ != "VERB" or passive_agent(verb) is not None or not any(
            c.dep_ == "nsubjpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma in PERMISSION_HEADS or (lemma in {"give", "grant", "offer", "afford"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CHANCES for c in verb.children))


def _in_business(actor: Actor) -> bool:
    """A company: what it does to no political party is commerce."""
    return (actor.sector == "BUS" and actor.code != "IGO") or actor.code == "MNC"  # the IMF
    # lends as a body of states


# Senses whose object is a party: releasing someone. (Not what is given, shared or
# conceded, often a thing: "sent material", "shared evidence", "waived the rules".)
PARTY_OBJECT = {"RETREAT"}
# One calls or receives someone: "called the plan a disaster", "hosted the Olympics" and
# "welcomed the decision" are no call and no visit.
PARTY_MODES = {"phone", "host"}
CONTENT_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "MONEY"}


def _of_a_thing(trigger: Trigger, context: ArticleContext) -> bool:
    """A bare verb whose sense needs a party as object, said of a thing: "releases a
    statement", "released its figures", "called it a shock". Another sense of the word,
    no event; the CAMEO phrase patterns ("release ... prisoners") decide otherwise."""
    token = trigger.token
    if trigger.pattern or token.pos_ != "VERB" or not (
            trigger.sense.event in PARTY_OBJECT or trigger.sense.mode in PARTY_MODES):
        return False
    deps = {c.dep_ for c in token.children}
    if {"dobj", "oprd"} <= deps:
        return True  # "critics called the plan a disaster": naming, not a call
    raw = next((c for c in token.children if c.dep_ == "dobj"), None)
    if raw is None and token.dep_ == "acl" and token.tag_ == "VBN":
        raw = token.head  # "a poll released by Quinnipiac", "a debate hosted by CNN"
    obj = _participant(raw)  # "dozens of women": the women
    if raw is None or obj is None or obj.pos_ == "PRON" or any(
            t.ent_type_ in CONTENT_ENTITIES for t in (
                [obj] if trigger.sense.mode in PARTY_MODES else phrase_tokens(raw))):
        return False  # money given is aid; a number alone may be of anyone; one calls a
        # party, not "Trump's remarks"
    return not any(identified(a) for a in context.actors(obj))


def _carrier(noun: Token) -> Token:
    """The verb whose modality and date an event noun takes: its light verb ("held
    talks"), the verb that undergoes it ("came under attack") or owns up to it."""
    return carried_by(noun) or received_by(noun) or claimed_by(noun) or noun


def _in_sport(token: Token, sent: Span) -> bool:
    """A contest verb in a sentence about sport or an election ("Djokovic defeats Federer
    in the final", "won the House, defeating several incumbents")."""
    if token.lemma_.lower() not in CONTEST_VERBS:
        return False
    return any(t.lower_ in SPORTS or t.lemma_.lower() in ELECTIONS for t in sent) or bool(
        SCORE.search(sent.text))


ELECTIONS = {"election", "vote", "poll", "race", "primary", "ballot", "runoff", "caucus",
             "incumbent", "nomination", "referendum", "electorate", "landslide", "candidate"}


# Vehicles whose killing is an accident unless something says otherwise.
VEHICLES = {"truck", "lorry", "bus", "minibus", "car", "van", "train", "tram", "ferry", "boat",
            "ship", "vehicle", "coach", "taxi", "motorcycle"}
# An influenza subtype named by its two proteins: H5N1, H7N9.
INFLUENZA = re.compile(r"[Hh]\d{1,2}[Nn]\d{1,2}")


SCORE = re.compile(r"\b\d{1,3}\s?[\u2013\u2014-]\s?\d{1,3}\b(?![\u2013\u2014-]\d)")


def _cannot_act(verb: Token) -> str | None:
    """What kind of non-agent does what the verb says, if one does: its agent or active
    subject, the noun a reduced relative describes ("floods hit the county"), the doer
    of the clause it hangs from ("after hitting Taiwan"), or for a verb with no doer, the
    cause it states ("killed in a crash", "damaged after the storm")."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        if current.dep_ in {"advcl", "conj", "xcomp", "pcomp"} and current.head.pos_ == "VERB":
            kind = _accident(current.head)
            if kind:  # "a plane crashes on take-off, killing three"
                return kind
        doer = _doer(current)
        if doer is None and current.dep_ in {"acl", "relcl"}:
            doer = current.head
        if doer is not None:
            return _non_agent(doer)
        cause = next((k for k in map(_non_agent, _causes(current)) if k), None)
        if cause or current.dep_ not in {"pcomp", "advcl", "conj", "xcomp"}:
            return cause
        current = next((a for a in current.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return None


def _accident(verb: Token) -> str | None:
    """A verb that names what befalls a thing, done by no one: the plane "crashes", the
    ferry "sinks", the plant "explodes" (a bomb that explodes is still an instrument)."""
    kind = non_agents().get(verb.lemma_.lower())
    if kind not in {"hazard", "instrument"} or any(c.dep_ == "dobj" for c in verb.children):
        return None  # (not a matter: "plans to expel")
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return "instrument" if kind == "instrument" and _non_agent(subject) == "instrument" \
        else "hazard"


CAUSE_PREPS = {"in", "after", "during", "by", "from", "amid", "following"}


def _causes(verb: Token) -> list[Token]:
    """Words a verb gives as its cause: "in a crash", "after floods", "when a bus crashed"
    (the bus, and the crashing: a verb with no object, "after the truck veered off the road
    and exploded", not "after rebels sank the ferry")."""
    out = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS
           for g in c.children if g.dep_ == "pobj"]
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        out += [g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass"}]
        out += [v for v in (clause, *clause.conjuncts) if v.pos_ == "VERB" and not any(
            g.dep_ == "dobj" for g in v.children)]
    return out


def _non_agent(head: Token | None) -> str | None:
    """"hazard" or "instrument" when the phrase's head, or a noun compounded with it
    ("Typhoon Dujuan", "drone strike"), names a thing that cannot act ("matter" for what
    acts concern, "the plan"; "market" for what is traded or priced, "shares")."""
    if head is None or head.ent_type_ in {"GPE", "NORP"}:
        return None
    kinds = non_agents()
    words = (head, *(c for c in head.children if c.dep_ == "compound"))
    for word in words:
        kind = kinds.get(word.lemma_.lower()) or kinds.get(word.lower_)
        if kind and (kind != "market" or word == head):  # (a market regulator can act)
            return kind
        if word.lower_.endswith(("storm", "quake", "slide")) or INFLUENZA.fullmatch(word.text):
            return "hazard"  # "a sandstorm", "the mudslides", "H5N1 has killed"
    if any(w.lemma_.lower() in VEHICLES for w in words):
        return "hazard"  # "a truck carrying pilgrims overturned, killing nine" (a truck
        # bomb is an instrument: its compound decided above)
    if head.lemma_.lower() in {"series", "wave", "spate", "string", "number"}:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        return _non_agent(pobj)  # "a series of explosions"
    return None


def participants(trigger: Trigger, context: ArticleContext
                 ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    token = trigger.token
    if token.pos_ != "VERB":
        return noun_participants(token, context, trigger.carried,
                                 NOUN_PREPS.get(trigger.sense.event, frozenset()))
    subject, agent, passive = _subject(token)
    if not passive and agent is None and subject is not None and subject.head == token and (
            (token.lemma_.lower() in HARMING and not any(
                c.dep_ in {"dobj", "ccomp", "xcomp", "attr"} for c in token.children)) or
            (token.tag_ == "VBN" and token.dep_ != "ROOT" and not any(
                c.dep_ in {"aux", "auxpass", "dobj"} for c in token.children))):
        passive = True  # "with four police injured", "thousands of people forced to flee": a
        # harm verb with no object, or a past participle with no auxiliary, is passive (one
        # with an object, or a sentence's own verb, is a past tense the tagger misread:
        # "Clinton, ..., accused Trump", "about 1,000 people protested outside")
    subject, agent = _owner_of_weapon(_participant(subject)), _owner_of_weapon(_participant(agent))
    actor = parties(context.actors(agent) if agent is not None else (
        context.actors(subject) if subject is not None and not passive else ()))
    if not actor and passive:  # "killed in a US drone strike", "following clashes between..."
        actor = _attacker(token, context)
    if not passive and subject is not None and subject.lemma_.lower() in DOCUMENTS:
        actor = _issuer(subject, context) or actor  # "issued a ruling that bans": the court
    elif (said := first_conjunct(token)).dep_ == "acl" and \
            said.head.lemma_.lower() in DOCUMENTS | STATEMENTS:
        actor = _issuer(said.head, context) or (  # "Austria's decision to waive", "a
            () if _answered(said.head) else actor)  # statement deploring the move and
        # demanding that..." (a decision another regrets is not the regretter's)
    if trigger.sense.event == "AID" and token.lemma_.lower() in TAKING:
        giver = _object_prep(token, {"from"})  # "received millions from the banks": the
        return (parties(context.actors(giver)) if giver is not None else ()), actor  # banks
        # give, the receiver receives
    candidates = _recipient_candidates(token)
    if token.lemma_.lower() in DEPORTING:  # "deported 100 Uighurs to China": the Uighurs;
        candidates = [c for c in candidates if c is None or not (  # where they are sent is
            c.head.dep_ == "prep" and c.head.lower_ in {"to", "into"})]  # no recipient
        sender = _object_prep(token, {"from"})
        if passive and agent is None and not actor and sender is not None:
            actor = parties(context.actors(sender))  # "was extradited from Mexico": Mexico
    if passive and subject is not None:
        candidates.insert(0, subject)
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in {"NOUN", "PROPN"} \
            and agent is not None:
        candidates.insert(0, token.head)  # "a Latvian man charged by the U.S.": the man
    if token.lemma_.lower() == "blame":  # "blamed the attacks on the rebels": the rebels
        candidates.insert(0, _object_prep(token, {"on"}))
    if trigger.sense.event == "MOBILIZE" or (
            trigger.sense.event == "RETREAT" and trigger.sense.mode != "release" and any(
                c.dep_ == "dobj" and a_force(c) for c in token.children)):  # "deployed warships
        moved = {t.i for c in token.children if c.dep_ in {"dobj", "nsubjpass"}  # to the
                 for t in c.subtree}  # Gulf", "withdraw its troops from Lebanon": what
        # moves is no recipient; where it goes or leaves may be
        candidates = [c for c in candidates if c is None or c.i not in moved]
    if trigger.sense.event in VERBAL:
        candidates.append(_clause_subject(token))
        candidates += [next((g for g in c.children if g.dep_ == "poss"), None)
                       for c in token.children if c.dep_ == "dobj"]  # "praised Obama's
        # speech", "rejected Iran's offer": the owner of what is judged receives it
    extra = LAST_PREPS.get(trigger.sense.event)
    if extra:  # "withdrew its troops from Lebanon", "pressed hard for the US to act"
        candidates += [_object_prep(t, extra) for t in (token, *(
            c for c in token.children if c.dep_ == "dobj"))]
    return actor, _first_known(candidates, context)


# What a body issues and speaks through: "issued a declaration demanding that...".
STATEMENTS = {"declaration", "statement", "communique", "letter", "petition", "manifesto",
              "video", "ad", "advertisement", "commercial"}  # (an ad speaks for its maker)
DEPORTING = {"deport", "extradite", "repatriate", "expel", "return", "hand"}
# Whom some event nouns name with a preposition of their own: "reopened its embassy in
# Cairo" (Egypt), "froze the assets of Russian officials" (the officials).
OWN_PREPS = {**dict.fromkeys(("embassy", "consulate", "mission"), frozenset({"in"})),
             **dict.fromkeys(("asset", "account"), frozenset({"of"}))}
HARMING = {"kill", "injure", "wound", "hurt", "maim", "slay", "behead", "execute"}
TAKING = {"receive", "obtain", "accept", "get", "secure", "take"}


# Where a recipient may still be, last, for some kinds of act: whom one withdraws from,
# takes from or expels from; whom one presses for something.
LAST_PREPS = {"RETREAT": {"from"}, "COERCE": {"from"}, "REQUEST": {"for"}}


# Nouns for an attack whose maker a passive verb of harm leaves to its phrase: "killed in a
# United States drone attack", "injured in an Azeri raid", "following clashes between...".
ATTACK_NOUNS = {"attack", "airstrike", "strike", "bombing", "raid", "shelling", "ambush",
                "assault", "offensive", "bombardment", "crackdown", "shooting", "clash",
                "fighting", "battle", "operation", "incursion", "onslaught"}


def _attacker(verb: Token, context: ArticleContext) -> tuple[Actor, ...]:
    """Who made the attack a passive verb's cause phrase names: its owner ("an attack by
    gunmen"), the country it is of ("a Saudi-led coalition airstrike"), or the sides
    "between" which it was."""
    for noun in _causes(verb):
        if noun.lemma_.lower() not in ATTACK_NOUNS:
            continue
        sides = between(noun)
        if sides:
            return parties(tuple(a for side in sides for a in context.resolve(side)))
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or \
            _object_prep(noun, {"by"})  # "the rebels' attack", "an attack by gunmen"
        found = parties(context.actors(owner)) if owner is not None else ()
        if not found:
            own = context.resolve(noun)
            found = parties(own) if any(a.code for a in own) else ()
        if found:
            return found
    return ()


def _issuer(document: Token, context: ArticleContext) -> tuple[Actor, ...]:
    """Who made a document: its owner ("the court's ruling"), the "by" of it, or the
    one who issued, passed or signed it ("the parliament passed a law that...")."""
    owner = next((c for c in document.children if c.dep_ == "poss"), None) or \
        _object_prep(document, {"by", "from", "of"}) or next(
            (c for c in document.children if c.dep_ in {"compound", "amod", "nmod"} and
             c.i < document.i and c.ent_type_ in {"GPE", "NORP", "ORG"}), None)  # "the U.S.
    # decision to sell arms": the United States
    if owner is None and document.dep_ in {"dobj", "nsubjpass"} and not _answered(document):
        subject, agent, passive = _subject(document.head)
        owner = agent if agent is not None else None if passive else subject
    owner = _participant(owner)
    return parties(context.actors(owner)) if owner is not None else ()


def _answered(document: Token) -> bool:
    """A document the verb over it answers ("regretted the decision to impose"): its
    maker is not that verb's subject."""
    return document.dep_ in {"dobj", "nsubjpass"} and document.head.lemma_.lower() in REACTIONS


def _owner_of_weapon(head: Token | None) -> Token | None:
    """"its jets struck", "the army's shells hit": whoever owns the weapon acts."""
    if head is None or _non_agent(head) != "instrument":
        return head
    return next((c for c in head.children if c.dep_ == "poss"), head)


def _first_known(candidates: list[Token | None], context: ArticleContext) -> tuple[Actor, ...]:
    """The first candidate that resolves to a country, else the first that is a party."""
    found = [parties(context.actors(m)) for c in candidates
             if c is not None and (m := _maker_of_matter(c, context)) is not None]
    return next((a for a in found if any(x.code for x in a)), None) or \
        next((a for a in found if a), ())


def _maker_of_matter(token: Token, context: ArticleContext) -> Token | None:
    """The token, or for a matter an act concerns (an agreement, a plan, a law) or a
    weapon or vehicle its maker or owner ("rejected the Iranian proposal", "Kiev's plan",
    "shot down a Russian jet"); none for a matter no one is said to have made, whatever
    town it names ("helped broker the Hebron agreement"), nor for a vehicle no one is
    said to own ("evacuated 900 foreigners to a warship")."""
    if token.ent_type_ != "" or non_agents().get(token.lemma_.lower()) not in {
            "matter", "instrument"}:
        return token
    return next((c for c in token.children if c.i < token.i and (
        c.dep_ == "poss" or (c.dep_ in {"compound", "amod", "nmod"} and
                             c.i not in context.local_places and (  # a country, not a town
            c.ent_type_ in {"NORP", "ORG", "PERSON"} or (
                c.ent_type_ == "GPE" and c.i in context.place_codes) or (
                c.dep_ == "compound" and c.ent_type_ == "" and  # "a government helicopter"
                context.dictionary.sector_of(c.lemma_.lower()) is not None))))), None)


def parties(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The actors that are someone: a country, a sector, a named entity or a pronoun
    (not an "it" that resolves to no one: a thing). A thing ("the deal", "the arrests",
    "new evidence") is neither actor nor recipient."""
    return tuple(a for a in actors if identified(a) or (
        a.text.lower() in PRONOUNS and a.text.lower() not in THING_PRONOUNS))


def _recipient_candidates(verb: Token, depth: int = 0) -> list[Token | None]:
    """Where a recipient may be, best first: named objects, 'with/to/against' objects,
    the object's own 'to/against' ("aid to Mozambique"), a complement's ("threatened to
    break relations with Russia"), then any object."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"}]
    if not any(o.dep_ == "dobj" for o in objects):  # "called French President Macron",
        objects += [c for c in verb.children if c.dep_ == "oprd"]  # parsed as naming him
    out: list[Token | None] = [_participant(o) for o in objects if _named(o)]
    out.append(_object_prep(verb))
    out += [_object_prep(o, RECIPIENT_PREPS | {"by", "between"}) for o in objects
            if o.dep_ == "dobj"]  # "aid to Mozambique", "a meeting between X and Y"
    if depth:  # "refused to allow UN planes to land": whom the allowing concerns
        out += [_clause_subject(verb)]
    out += [_participant(o) for o in objects]
    if depth < 2:
        for clause in verb.children:
            if clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
                out += _recipient_candidates(clause, depth + 1)  # "to help defend X"
    return out


def _doer(verb: Token) -> Token | None:
    """Who does what the verb says: its passive agent, else its active subject."""
    subject, agent, passive = _subject(verb)
    return _participant(agent if agent is not None else None if passive else subject)


def _done_by_a_happening(verb: Token) -> bool:
    """Whether the verb's doer is a matter or a happening ("the refusal", "the deal",
    "evidence"), not a document that speaks for its issuer ("the resolution condemns")."""
    doer = _doer(verb)
    return doer is not None and doer.lemma_.lower() not in DOCUMENTS | STATEMENTS and (
        a_happening(doer) or doer.lemma_.lower() in FINDINGS)


FORCEFUL = {"ASSAULT", "COERCE"}
# What shows or supports without being anyone.
FINDINGS = {"evidence", "data", "datum", "poll", "survey", "statistic", "finding", "study",
            "research", "analysis"}


def _a_dateline(subject: Token) -> bool:
    """A subject that is a dateline's place, or the phrase a dateline opens before its dash
    ("BELGRADE, March 25 (AFP) -", where the parse makes the agency the subject)."""
    if is_dateline(subject):
        return True
    start = subject.sent.start
    return subject.left_edge.i == start and is_dateline(subject.doc[start]) and any(
        t.text in DASHES for t in subject.doc[subject.i + 1:min(subject.i + 3,
                                                                 subject.sent.end)])


def _main_verb_read_as_a_participle(verb: Token) -> bool:
    """"Clinton's campaign chairman, John Podesta, called on Comey to release...", parsed as
    one noun phrase whose participle "called" describes the chairman: a sentence whose
    root is a noun and whose verb follows the appositive's comma, with no "by" agent, is
    the noun's own act."""
    root = verb.sent.root
    if root.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "conj" and verb.tag_ in {
            "VBD", "VBZ"} and verb.i > 0 and verb.nbor(-1).text == "," and any(
            a.dep_ == "relcl" and a.head == root for a in verb.ancestors):
        return True  # "Aquino, who had warned that Duterte posed a threat, congratulated
        # him": the verb after the relative clause's comma, parsed as joined to it
    return verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and root.pos_ in {
        "NOUN", "PROPN", "NUM"} and verb.i > 0 and (
            (verb.head == root and verb.nbor(-1).text == ",") or verb.tag_ == "VBD") and \
        passive_agent(verb) is None and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children)  # (a past tense, "VBD",
    # is finite wherever the parse hung it: "Thousands of supporters of the opposition
    # rallied in Dhaka")


def _named(token: Token) -> bool:
    return token.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"} or token.pos_ == "ADP" or any(
        c.dep_ == "poss" for c in token.children)


def _subject(verb: Token) -> tuple[Token | None, Token | None, bool]:
    """(subject, passive agent, is passive), inheriting the subject of a governing verb."""
    joined = verb
    while True:  # ("congratulated him and promised": promised shares congratulated's subject)
        if _main_verb_read_as_a_participle(joined):
            return verb.sent.root, None, False
        if joined.dep_ != "conj" or joined.head == joined or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in joined.children):
            break
        joined = joined.head
    current: Token | None = verb
    participles = True  # so far a chain of participles: "killing six and injuring 20"
    while current is not None:
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if len(subjects) > 1 and _a_dateline(subjects[0]):
            subjects = subjects[1:]  # "MOSCOW (AP) — Russia expelled...": not the dateline,
            # nor the agency a dated one hangs on ("BELGRADE, March 25 (AFP) - NATO ...")
        elif subjects and is_dateline(subjects[0]):
            subjects = after_dateline(subjects[0])
        subject = subjects[0] if subjects else None
        agent = passive_agent(current)
        if current is not verb and subject is not None and current.dep_ == "ccomp" and \
                verb.dep_ == "conj" and (a_happening(subject) or (
                    non_agents().get(subject.lemma_.lower()) == "instrument" and
                    verb.lemma_.lower() in SPEAKING_ACTS)) and agent is None and \
                non_agents().get(subject.lemma_.lower()) != "hazard":  # (a storm that
            # "caused deaths and sent hundreds to hospitals" still did both)
            current = current.head  # "said the reforms did not go far enough and demanded
            continue  # ...", parsed as joined to "go": the one who said it demanded (and
            # "said the violence was unacceptable and urged Russia to...": an attack urges no one)
        if subject is not None or agent is not None:
            passive = subject is not None and subject.dep_ == "nsubjpass" and not (
                agent is None and current.lemma_.lower() in STATIVE_PASSIVES)
            return subject, agent, passive and (current == verb or _shares_passive(verb, current))
        if current.dep_ == "acl" and current.tag_ == "VBG" and participles and \
                current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head, None, False  # "a bus carrying tourists overturned,
            # killing six": the bus, not whoever reports it; "a train carrying migrants"
        participles = participles and current.tag_ == "VBG" and current.dep_ in {
            "advcl", "xcomp", "conj"}
        if _inherits_subject(current):
            if current.dep_ == "xcomp" and current.head.lemma_.lower() not in SUBJECT_CONTROL:
                obj = next((c for c in current.head.children if c.dep_ == "dobj"), None)
                if obj is not None:  # "sent inspectors to monitor": the inspectors monitor
                    return obj, None, False
            current = current.head.head if current.dep_ in {"acl", "pcomp"} else current.head
        else:
            current = None
    return None, None, False


NOT_PARTICIPANTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


# Objects that belong to the verb's idiom, not to a party: "opened fire", "took steps".
IDIOM_OBJECTS = {"fire", "place", "step", "action", "measure", "effect", "note"}
# Heads whose "of" phrase is the participant: "tens of thousands of students", "taking
# control of Idlib province", "members of the Muslim Brotherhood".
QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "ten", "score", "group", "number",
                  "crowd", "band", "handful", "lot", "couple", "some", "many", "all", "most",
                  "control", "member"}


def _participant(token: Token | None) -> Token | None:
    """The noun a slot holds: the object of a dative 'to', never a date or a number."""
    if token is not None and token.pos_ == "ADP":
        token = next((c for c in token.children if c.dep_ == "pobj"), None)
    for _ in range(3):  # "tens of thousands of students"
        if token is None or not (token.ent_type_ in NOT_PARTICIPANTS or
                                 token.lemma_.lower() in QUANTITY_HEADS):
            break
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and token.ent_type_ not in NOT_PARTICIPANTS:
            break  # "the Hizbollah group": the group itself
        token = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if token is None or token.ent_type_ in NOT_PARTICIPANTS or (
            token.dep_ == "dobj" and token.lemma_.lower() in IDIOM_OBJECTS):
        return None
    if token.lower_ in {"what", "which", "that", "this", "who", "whom"}:
        return token.head.head if token.head.dep_ == "relcl" else None
    return token


# Verbs whose object does not do what their "to" clause says: "telephoned Sharif to offer
# condolences", "met the envoy to discuss": the caller offers, the one meeting discusses.
SUBJECT_CONTROL = {"telephone", "phone", "call", "meet", "visit", "promise", "contact",
                   "join", "host", "receive", "welcome", "thank", "congratulate"}


def _shares_passive(verb: Token, head: Token) -> bool:
    """'were killed and four more injured': a bare participle joined to a passive verb
    is passive too."""
    current = verb
    while current != head:
        if current.dep_ != "conj" or current.tag_ != "VBN" or any(
                c.dep_ in {"aux", "auxpass"} for c in current.children):
            return False
        current = current.head
    return True


def _inherits_subject(verb: Token) -> bool:
    """'agreed to X', 'A met and discussed', 'sent inspectors to monitor': no own subject."""
    if verb.head == verb:
        return False
    if verb.dep_ in {"xcomp", "conj", "acomp"}:
        return True
    if verb.dep_ == "acl" and verb.tag_ in {"VBG", "VB"}:
        return True  # "a declaration demanding...": the declaration's maker
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in {
            "after", "before", "while", "since", "by", "upon", "on", "when"} and \
            verb.head.head.pos_ in {"VERB", "AUX"}:
        return True  # "told reporters after meeting the president": the teller met him
    return verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _clause_subject(verb: Token) -> Token | None:
    """'warned that North Korea will pay': the recipient is the reported clause's subject
    (but a warning that China "would take all necessary measures" threatens with China's
    own act: whoever is to act is the threatening side, not the threatened)."""
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp"}:
            warning = verb.lemma_.lower() in WARNING_VERBS
            subject = next((c for c in clause.children if c.dep_ == "nsubj" or (
                warning and c.dep_ == "nsubjpass")), None)  # "that rebels would be crushed"
            if subject is not None and warning and subject.dep_ == "nsubj" and \
                    clause.lemma_.lower() not in UNDERGOING:  # "will not tolerate rallies
                return next((c for c in _recipient_candidates(clause) if c is not None),
                            None)  # by Kifaya": whom the act would be aimed at
            if subject is not None:
                return subject
    return None


# What the threatened undergo, in a warning's clause: "warned that Iran would pay".
UNDERGOING = {"face", "suffer", "pay", "regret", "bear", "risk", "be", "lose", "feel"}


ARMED = {"MIL", "REB", "UAF", "COP", "SPY"}
# Verbs of fighting that are as often fights of words: a fight needs an armed side.
FIGHT_VERBS = {"fight", "battle", "combat"}
# Sectors of political actors, one of whom a sports report's event needs.
POLITICAL = ARMED | {"GOV", "LEG", "JUD", "OPP", "PTY", "ELI", "HRI", "NGO", "RAD"}


# Whom an event noun may name with one more preposition: "a loan for Indonesia", "launched
# rockets at southern Israel".
NOUN_PREPS = {"AID": frozenset({"for"}), "ASSAULT": frozenset({"at"})}  # "rockets at Israel"


def noun_participants(noun: Token, context: ArticleContext, carried: bool = True,
                      also: frozenset[str] = frozenset()
                      ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """Who does what an event noun names: the subject of its light verb when `carried`
    ("held talks"), else its "by" agent ("a protest by opposition supporters"), its owner
    or its own words ("an Israeli airstrike"); the recipient its "with/to/against/from"
    phrase ("rejected a request from Kyiv") or the light verb's."""
    sides_of = _claimed_or_undergone(noun, context)
    if sides_of is not None:
        return sides_of
    sides = between(noun) if noun.dep_ not in {"dobj", "nsubjpass"} else []
    if sides:  # "talks between X and Y"; a fight's sides, when one is armed (not a debate)
        found = parties(tuple(a for side in sides for a in context.resolve(side)))
        fight = noun.lemma_.lower() in FIGHTING
        return (found, ()) if not fight or any(a.sector in ARMED for a in found) else ((), ())
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    actor: tuple[Actor, ...] = ()
    light = carried_by(noun)
    by = _object_prep(noun, {"by"}) if owner is None and not carried else None
    if by is not None:  # "police broke up a protest by opposition supporters"
        actor = context.actors(by)
    elif light is not None and light.dep_ == "acl" and \
            light.head.lemma_.lower() in DOCUMENTS | STATEMENTS:
        actor = _issuer(light.head, context)  # "slammed the U.S. decision to sell arms"
    elif light is not None:
        subject, agent, _ = _subject(light)
        who = _participant(agent if agent is not None else subject)  # "tens of thousands
        actor = context.actors(who) if who is not None else ()  # of students": the students
    if not actor and owner is not None:
        actor = context.actors(owner)
    if not actor:  # "Palestinian riots", "an Israeli airstrike"
        own = context.resolve(noun)
        actor = own if any(a.code for a in own) else ()
    # "an appeal from X"; "to host a meeting between X and Y": the host acts, X and Y receive
    also = also | OWN_PREPS.get(noun.lemma_.lower(), frozenset())
    target = _object_prep(noun, RECIPIENT_PREPS | {"from", "between"} | also | (
        {"by"} if carried else set()))
    if target is None and light is not None:
        target = next((c for c in light.children if c.dep_ in {"dative", "iobj"}), None)
        if target is None:
            target = _object_prep(light, RECIPIENT_PREPS | also | (
                {"in", "at"} if light.lemma_.lower() in MOVEMENT_VERBS else set()))
            # "arrived in Moscow for a visit": the host
    maker = owner or next((c for c in noun.children if c.i < noun.i and c.dep_ in {
        "compound", "amod", "nmod"} and (c.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or (
            c.dep_ == "compound" and context.dictionary.sector_of(c.lemma_.lower()))
    )), None)  # "a U.S. proposal", "the opposition plan"
    if target is None and carried and maker is not None and maker.pos_ != "PRON" and actor:
        target = maker  # "Iran rejected Saudi Arabia's offer", "a U.S. proposal": the maker
        # receives
    target = _maker_of_matter(target, context) if target is not None else None
    recipient = parties(context.actors(target)) if target is not None else ()
    if not recipient and light is not None and carried:  # "fired tear gas to disperse the
        recipient = _first_known([c for c in _recipient_candidates(light)  # protesters"
                                  if c is None or c.i != noun.i], context)
    return parties(actor), recipient


# Verbs that put someone under what a noun names: "placed under house arrest".
PLACING = {"place", "put", "keep", "hold"}


def _claimed_or_undergone(noun: Token, context: ArticleContext
                          ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]] | None:
    """The sides of an act someone owns up to ("IS claimed the killing of a priest": IS
    acted, on the priest) or undergoes ("the embassy came under a Taliban attack": the
    Taliban acted, on the embassy); None for other nouns."""
    claimer, receiver = claimed_by(noun), received_by(noun)
    if claimer is not None:
        subject, agent, _ = _subject(claimer)
        who = _participant(agent if agent is not None else subject)
        target = _object_prep(noun, RECIPIENT_PREPS | {"of"})
        return (parties(context.actors(who)) if who is not None else (),
                parties(context.actors(target)) if target is not None else ())
    if receiver is None:
        return None
    subject, agent, passive = _subject(receiver)
    who = _participant(subject) if not passive else None
    if receiver.lemma_.lower() in PLACING:  # "was placed under house arrest" (by no one
        placed = subject if passive else next(  # named); "the generals put Sharif under
            (c for c in receiver.children if c.dep_ == "dobj"), None)  # arrest": they acted
        doer = _participant(agent if passive else subject)
        placed = _participant(placed)
        return (parties(context.actors(doer)) if doer is not None else (),
                parties(context.actors(placed)) if placed is not None else ())
    if who is not None and _non_agent(who) == "instrument":
        who = None  # "used artillery to repel attacks": the artillery is not attacked
    givers = {"by", "from", "of"} if receiver.lemma_.lower() in GAINING else {"by", "from"}
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"),
                 None) or _object_prep(noun, givers) or _object_prep(
        receiver, {"by", "from"})  # not "its first attack"; "drew criticism from Kenya",
    # "won the endorsement of the union"
    actor = context.actors(owner) if owner is not None else ()
    if not actor:
        own = context.resolve(noun)
        actor = own if any(a.code for a in own) else ()
    return parties(actor), parties(context.actors(who)) if who is not None else ()


def _object_prep(head: Token, preps: set[str] = RECIPIENT_PREPS) -> Token | None:
    for prep in head.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in preps:
            pobj = _participant(prep)
            if pobj is not None and pobj.lower_ not in MEDIA:
                return pobj
    return None


# Where words are put out, never whom they concern: "praised the ruling on Twitter".
MEDIA = {"twitter", "facebook", "instagram", "youtube", "television", "tv", "radio", "air",
         "camera", "website", "blog", "telephone", "phone", "video", "line", "record"}
