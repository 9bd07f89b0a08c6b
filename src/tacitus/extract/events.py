"""PLOVER events from a dependency parse: "tacitus.events.rules.v1".

A trigger is a verb of the lexicon (with its particle or preposition: "stand by",
"call for"), refined by the CAMEO phrase patterns around it, or an event noun carried by
a light verb ("held talks", "offered support") or owned by its participants ("Kim and
Putin's talks"). The actor is the trigger's subject (the agent of a passive), the
recipient its object, dative or prepositional object. Each event is flagged negated
("did not attack") or hypothetical ("would violate", "if it strikes"); a stated
intention ("will visit", "agreed to withdraw") is an AGREE, or a THREATEN for force.
Mentions of one event (same type, participants and date) are merged into one event that
keeps every evidence span.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Article, Event, Evidence
from ..resolve.context import ArticleContext, passive_agent
from ..words import speech_verbs
from .lexicon import Lexicon, Pattern, Sense
from .modality import is_hypothetical, is_negated, states_intent
from .setting import Setting, locate, stated_day

NAME = "tacitus.events.rules.v1"
RECIPIENT_PREPS = {"with", "to", "against", "toward", "towards", "on", "upon"}
TO_AGREE = {"CONSULT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
TO_THREATEN = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
VERBAL = {"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
SYMMETRIC = {"CONSULT", "COOPERATE"}
# "Israel is opposed to...": passive in form, but the subject is the one acting.
STATIVE_PASSIVES = {"oppose", "commit", "dedicate", "determine", "resolve", "prepare", "poise",
                    "set", "bent", "involve", "engage"}
MOVEMENT_VERBS = {"go", "travel", "arrive", "fly", "come", "head", "tour", "return", "visit"}
GROUP_WORDS = {"leader", "side", "country", "nation", "party", "they", "we", "delegation",
               "minister", "president", "official", "government"}


@dataclass(frozen=True)
class Trigger:
    token: Token
    sense: Sense
    pattern: bool  # matched a phrase pattern, not just the bare verb


def extract_events(doc: Doc, article: Article, context: ArticleContext, lexicon: Lexicon,
                   setting: Setting | None = None) -> tuple[Event, ...]:
    """Every event the article reports, merged across its mentions, dated and located."""
    setting = setting or Setting()
    events = []
    for sent in doc.sents:
        triggers = list(find_triggers(sent, lexicon))
        protests = {t.token.i for t in triggers if t.sense.event == "PROTEST"}
        for trigger in triggers:
            if trigger.sense.event == "REQUEST" and trigger.token.dep_ in {"advcl", "xcomp"} \
                    and trigger.token.head.i in protests:
                continue  # "demonstrated, calling for independence": the protest's topic
            event = build_event(trigger, sent, article, context, setting)
            if event is not None:
                events.append(event)
    starts = [p.start for p in setting.places]  # places come in text order
    return tuple(locate(e, doc, setting.places, starts) for e in merge(events))


# ---- triggers -------------------------------------------------------------------------
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
    for particle in _particles(verb):
        if (lemma, particle) in lexicon.verbs:
            key = (lemma, particle)
            break
    else:
        return None
    sense = lexicon.verbs[key]
    if sense is None and key not in lexicon.pattern_only:
        return None  # a verb that codes only in phrases ("say"): too loose on its own
    patterns = lexicon.verb_patterns(*key)
    if patterns:
        context = Window(verb)
        for pattern in patterns:
            if context.matches(pattern):
                return Trigger(verb, pattern.sense, True)
    if sense and sense.event == "PROTEST" and (verb.dep_ == "parataxis" or any(
            c.dep_ == "ccomp" for c in verb.children)):
        return Trigger(verb, SPOKEN_PROTEST, False)  # "protested that ...": words, not a rally
    return Trigger(verb, sense, False) if sense else None


DEONTIC = {"must", "should", "ought"}
SPOKEN_PROTEST = Sense("ACCUSE", "disapprove")
DEMAND = Sense("REQUEST", None)


def demand_trigger(verb: Token) -> Trigger | None:
    """'X said that Libya must hand over the suspects': saying what another party must do
    is a demand on it (a REQUEST from the speaker to the clause's subject)."""
    if verb.lemma_.lower() not in speech_verbs("demands"):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
        has_to = clause.lemma_ == "have" and any(x.dep_ == "xcomp" for x in clause.children)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (aux & DEONTIC or has_to) and subject is not None and \
                subject.lower_ not in {"we", "i", "you"}:  # "we must": resolve, not demand
            return Trigger(verb, DEMAND, True)
    return None


def _carries_event_noun(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """'offered support': the noun names the event, the light verb only carries it."""
    for obj in verb.children:
        senses = lexicon.nouns.get(obj.lemma_.lower(), ()) if obj.dep_ == "dobj" else ()
        if any(lemma in s.light_verbs for s in senses):
            return True
    return False


PROTEST_VERBS = {"continue", "erupt", "spread", "break", "rage", "escalate", "grow", "flare"}


def _particles(verb: Token) -> list[str]:
    """Particles to try, most specific first: 'pull out', 'meet with', then the bare verb."""
    out = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    out += [c.lower_ for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    return out + [""]


class Window:
    """The words around a verb, as CAMEO phrase patterns see them: a few before, ten after.

    Words are compared as text or lemma; a pattern word of four letters or more also
    matches as a stem ("negotiat" matches "negotiations").
    """

    def __init__(self, verb: Token) -> None:
        sent = verb.sent
        words = [(t.lower_, t.lemma_.lower()) for t in sent[max(verb.i - 5, sent.start) -
                                                              sent.start:]]
        offset = verb.i - max(verb.i - 5, sent.start)
        self.before = words[:offset]
        self.after = words[offset + 1:offset + 11]
        self.seen = {w for pair in self.before + self.after for w in pair}
        self.stems = {w[:4] for w in self.seen if len(w) >= 4}

    def matches(self, pattern: Pattern) -> bool:
        if not all(self._possible(slot) for slot in pattern.before + pattern.after):
            return False
        return _in_order(pattern.before, self.before) and _in_order(pattern.after, self.after)

    def _possible(self, slot: tuple[str, ...]) -> bool:
        """A cheap test that some alternative's first word occurs at all."""
        for alternative in slot:
            first = alternative.split(" ", 1)[0]
            if first in self.seen or (len(first) >= 4 and first[:4] in self.stems):
                return True
        return False


def _in_order(slots: tuple[tuple[str, ...], ...], words: list[tuple[str, str]]) -> bool:
    pos = 0
    for slot in slots:
        found = _find_slot(slot, words, pos)
        if found < 0:
            return False
        pos = found
    return True


def _find_slot(slot: tuple[str, ...], words: list[tuple[str, str]], start: int) -> int:
    """Position after the first match of any alternative at or after `start`, else -1."""
    for i in range(start, len(words)):
        for alternative in slot:
            parts = alternative.split()
            if i + len(parts) <= len(words) and all(
                    _word_matches(w, words[i + k]) for k, w in enumerate(parts)):
                return i + len(parts)
    return -1


def _word_matches(word: str, token: tuple[str, str]) -> bool:
    text, lemma = token
    return text == word or lemma == word or (len(word) >= 4 and text.startswith(word))


def noun_trigger(noun: Token, lexicon: Lexicon) -> Trigger | None:
    """An event noun carried by a light verb, owned by its participants, or reported."""
    senses = lexicon.nouns.get(noun.lemma_.lower(), ())
    head = noun.head.lemma_.lower()
    for entry in senses:
        if noun.dep_ in {"dobj", "nsubjpass"} and head in entry.light_verbs:
            return Trigger(noun, entry.sense, True)
    for entry in senses:
        event = entry.sense.event
        if event in SYMMETRIC and any(c.dep_ == "poss" for c in noun.children):
            return Trigger(noun, entry.sense, True)
        if event == "PROTEST" and _protest_mention(noun):
            return Trigger(noun, entry.sense, True)
    return None


def _protest_mention(noun: Token) -> bool:
    """'in protest against X', 'riots against X continued', 'protests erupted'."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return True
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)
    return noun.dep_ == "nsubj" and (against or noun.head.lemma_.lower() in PROTEST_VERBS)


# ---- one event ------------------------------------------------------------------------
def build_event(trigger: Trigger, sent: Span, article: Article, context: ArticleContext,
                setting: Setting) -> Event | None:
    token = trigger.token
    event, mode = trigger.sense.event, trigger.sense.mode
    actor, recipient = participants(trigger, context)
    clause = token.head if token.pos_ != "VERB" and token.dep_ in {"dobj", "nsubjpass"} \
        else token
    intent = states_intent(clause)
    if intent and event in TO_AGREE:
        event, mode = "AGREE", None
    elif intent and event in TO_THREATEN:
        event, mode = "THREATEN", None
    negated = is_negated(clause)
    if negated and intent and event in TO_AGREE | {"AGREE", "SUPPORT"}:
        event, mode, negated = "REJECT", None, False  # "will not allow", "would not meet"
    if token.lemma_.lower() in MOVEMENT_VERBS and not (
            any(a.sector or a.name in context.people for a in actor) and
            any(r.code for r in recipient)):
        return None  # a visit is someone going somewhere: not "voters go to the polls"
    actor, recipient = _split_symmetric(event, actor, recipient, sent, context)
    recipient = tuple(r for r in recipient if r not in actor)
    evidence = Evidence(sent.text.strip(), token.idx, token.idx + len(token.text), token.text)
    known = sum(1 for side in (actor, recipient) if any(a.code for a in side))
    day = stated_day(token, clause, setting.times) or article.date
    return Event(
        event=event, mode=mode, date=day, actor=actor, recipient=recipient,
        evidence=(evidence,), negated=negated,
        hypothetical=is_hypothetical(clause, intent),
        confidence=min(0.95, 0.45 + 0.2 * known + (0.1 if trigger.pattern else 0.0)),
    )


def participants(trigger: Trigger, context: ArticleContext
                 ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    token = trigger.token
    if token.pos_ != "VERB":
        return noun_participants(token, context)
    subject, agent, passive = _subject(token)
    subject, agent = _participant(subject), _participant(agent)
    actor = context.actors(agent) if agent is not None else (
        context.actors(subject) if subject is not None and not passive else ())
    candidates = _recipient_candidates(token)
    if passive and subject is not None:
        candidates.insert(0, subject)
    if trigger.sense.event in VERBAL:
        candidates.append(_clause_subject(token))
    return actor, _first_known(candidates, context)


def _first_known(candidates: list[Token | None], context: ArticleContext) -> tuple[Actor, ...]:
    """The first candidate that resolves to a country, else the first candidate at all."""
    found = [c for c in candidates if c is not None]
    for token in found:
        actors = context.actors(token)
        if any(a.code for a in actors):
            return actors
    return context.actors(found[0]) if found else ()


def _recipient_candidates(verb: Token, depth: int = 0) -> list[Token | None]:
    """Where a recipient may be, best first: named objects, 'with/to/against' objects,
    the object's own 'to/against' ("aid to Mozambique"), a complement's ("threatened to
    break relations with Russia"), then any object."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "iobj"}]
    out: list[Token | None] = [_participant(o) for o in objects if _named(o)]
    out.append(_object_prep(verb))
    out += [_object_prep(o, RECIPIENT_PREPS | {"by"}) for o in objects if o.dep_ == "dobj"]
    if depth:  # "refused to allow UN planes to land": whom the allowing concerns
        out += [_clause_subject(verb)]
    out += [_participant(o) for o in objects]
    if depth < 2:
        for clause in verb.children:
            if clause.dep_ == "xcomp" or (clause.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
                out += _recipient_candidates(clause, depth + 1)  # "to help defend X"
    return out


def _named(token: Token) -> bool:
    return token.ent_type_ in {"PERSON", "GPE", "ORG", "NORP"} or token.pos_ == "ADP" or any(
        c.dep_ == "poss" for c in token.children)


def _subject(verb: Token) -> tuple[Token | None, Token | None, bool]:
    """(subject, passive agent, is passive), inheriting the subject of a governing verb."""
    current: Token | None = verb
    while current is not None:
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        agent = passive_agent(current)
        if subject is not None or agent is not None:
            passive = subject is not None and subject.dep_ == "nsubjpass" and not (
                agent is None and current.lemma_.lower() in STATIVE_PASSIVES)
            return subject, agent, passive and current == verb
        if _inherits_subject(current):
            if current.dep_ == "xcomp":
                obj = next((c for c in current.head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return obj, None, False
            current = current.head.head if current.dep_ == "acl" else current.head
        else:
            current = None
    return None, None, False


NOT_PARTICIPANTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


# Objects that belong to the verb's idiom, not to a party: "opened fire", "took steps".
IDIOM_OBJECTS = {"fire", "place", "step", "action", "measure", "effect", "note"}
QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "ten", "score", "group", "number",
                  "crowd", "band", "handful", "lot", "couple", "some", "many", "all", "most"}


def _participant(token: Token | None) -> Token | None:
    """The noun a slot holds: the object of a dative 'to', never a date or a number."""
    if token is not None and token.pos_ == "ADP":
        token = next((c for c in token.children if c.dep_ == "pobj"), None)
    for _ in range(3):  # "tens of thousands of students"
        if token is None or not (token.ent_type_ in NOT_PARTICIPANTS or
                                 token.lemma_.lower() in QUANTITY_HEADS):
            break
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        token = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if token is None or token.ent_type_ in NOT_PARTICIPANTS or (
            token.dep_ == "dobj" and token.lemma_.lower() in IDIOM_OBJECTS):
        return None
    if token.lower_ in {"what", "which", "that", "this", "who", "whom"}:
        return token.head.head if token.head.dep_ == "relcl" else None
    return token


def _inherits_subject(verb: Token) -> bool:
    """'agreed to X', 'A met and discussed', 'sent inspectors to monitor': no own subject."""
    if verb.head == verb:
        return False
    if verb.dep_ in {"xcomp", "conj", "acomp"}:
        return True
    if verb.dep_ == "acl" and verb.tag_ in {"VBG", "VB"}:
        return True  # "a declaration demanding...": the declaration's maker
    return verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _clause_subject(verb: Token) -> Token | None:
    """'warned that North Korea will pay': the recipient is the reported clause's subject."""
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp"}:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


def noun_participants(noun: Token, context: ArticleContext
                      ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    actor: tuple[Actor, ...] = ()
    if noun.dep_ in {"dobj", "nsubjpass"}:
        subject, agent, _ = _subject(noun.head)
        who = agent if agent is not None else subject
        actor = context.actors(who) if who is not None else ()
    if not actor and owner is not None:
        actor = context.actors(owner)
    if not actor:  # "Palestinian riots", "an Israeli airstrike"
        own = context.resolve(noun)
        actor = own if any(a.code for a in own) else ()
    target = _object_prep(noun, RECIPIENT_PREPS | {"from", "by"})  # "an appeal from X"
    if target is None and noun.dep_ in {"dobj", "nsubjpass"}:
        target = next((c for c in noun.head.children if c.dep_ in {"dative", "iobj"}), None)
        if target is None:
            target = _object_prep(noun.head)
    return actor, context.actors(target) if target is not None else ()


def _object_prep(head: Token, preps: set[str] = RECIPIENT_PREPS) -> Token | None:
    for prep in head.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in preps:
            pobj = _participant(prep)
            if pobj is not None:
                return pobj
    return None


def _split_symmetric(event: str, actor: tuple[Actor, ...], recipient: tuple[Actor, ...],
                     sent: Span, context: ArticleContext
                     ) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """'A and B met', 'the two leaders met': one side acts, the other receives."""
    if event not in SYMMETRIC or any(r.code for r in recipient):
        return actor, recipient
    if len(actor) > 1:
        return actor[:1], actor[1:]
    if not recipient or not any(r.code for r in recipient):
        recipient = ()
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


# ---- merging --------------------------------------------------------------------------
def _who(actors: tuple[Actor, ...]) -> frozenset[str]:
    return frozenset((a.name or a.code or a.text).lower() for a in actors)


def _key(e: Event) -> tuple[object, ...]:
    if e.event in SYMMETRIC:
        sides: tuple[object, ...] = (_who(e.actor) | _who(e.recipient),)
    else:
        sides = (_who(e.actor), _who(e.recipient))
    return (e.event, e.date, e.negated, e.hypothetical, *sides)


def merge(events: list[Event]) -> tuple[Event, ...]:
    """One event per (type, participants, date, flags), keeping every evidence span.

    A mention whose participants are a subset of another mention's (same type and date)
    is the same event told with fewer names ("their meeting", "the talks").
    """
    merged: dict[tuple[object, ...], Event] = {}
    for e in sorted(events, key=lambda e: -(len(e.actor) + len(e.recipient))):
        key = _key(e)
        target = merged.get(key) or _superset(merged, e)
        if target is None:
            merged[key] = e
            continue
        k = next(k for k, v in merged.items() if v is target)
        merged[k] = replace(target, evidence=target.evidence + e.evidence,
                            confidence=min(0.95, max(target.confidence, e.confidence) + 0.05))
    return tuple(sorted(merged.values(), key=lambda e: e.evidence[0].start))


def _superset(merged: dict[tuple[object, ...], Event], e: Event) -> Event | None:
    if e.event not in SYMMETRIC:
        return None
    mine = _who(e.actor) | _who(e.recipient)
    for other in merged.values():
        if (other.event, other.date, other.negated, other.hypothetical) == \
                (e.event, e.date, e.negated, e.hypothetical):
            theirs = _who(other.actor) | _who(other.recipient)
            if mine and mine <= theirs:
                return other
    return None
