"""Who said what: direct quotes, reported speech and sourcing ("tacitus.quotes.rules.v1").

* Reported speech: a speech verb ("said", "told", "warned", "offered") and the clause it
  reports ("that his country would...") or the quoted words it carries ("offered ... "full
  support"").
* Direct quotes: quoted text attributed by a speech verb in its sentence ("'...,' X said",
  "X said: '...'"), or continuing the previous sentence's quote ("'...,' he said. '...'").
* Sourcing: "according to X" attributes the rest of its sentence to X.
* What a source thinks, finds, asks or denies ("Experts fear that ...", "Polls show
  that ...", "She asked whether ...", "He denied that ...") and what its statement says
  ("Trump's claim that ...", "a warning from the ministry that ...", "issued a statement
  saying ...") are attributed the same way.
* A quotation a clause introduces with a colon ("The minister was blunt: '...'") is its
  subject's; what a speech verb is "of" or "about" ("warned of a famine") is its content.
* Stances: who takes a side on what ("backs the plan", "is critical of the deal", "their
  support for the strike"), with what it is about as the content.
Each attribution has a kind (`cue_kind`): speech, writing, belief, evidence (a poll, a
study or data as source, or a verb of finding), question, denial, sourcing ("according
to") or stance; the words' kinds are data (`speech_verbs.tsv`, `speech_nouns.tsv`,
`stance_words.tsv`).
Speakers resolve through the article's actor context, so "He" and "Putin" become the
person named before, with country and sector.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Quote
from ..nlp import Spans, sentences
from ..resolve.context import (
    ArticleContext,
    after_dateline,
    identified,
    is_dateline,
    passive_agent,
)
from ..words import DASHES, cue_kinds, speech_nouns, speech_verbs, stance_words
from .modality import GAINSAYING, is_negated

NAME = "tacitus.quotes.rules.v1"
# Sources that are evidence, not speakers: "Polls show that", "The data suggest that".
DOCUMENTS = {"poll", "survey", "study", "report", "data", "figure", "statistic", "record",
             "document", "analysis", "research", "evidence", "test", "census", "audit",
             "review", "investigation", "inquiry", "probe", "assessment", "estimate", "model",
             "forecast", "result", "finding", "paper", "memo", "cable", "email", "letter"}
QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]{2,}?)[\"\u201c\u201d]")
MIN_WORDS = 3  # shorter quoted fragments inside a clause are scare quotes, not quotes


def extract_quotes(doc: Doc, context: ArticleContext, text: str | None = None
                   ) -> tuple[Quote, ...]:
    """The article's quotes; `text` is the doc's text when the caller has it (spaCy
    builds `doc.text` anew from the tokens on every access)."""
    text = doc.text if text is None else text
    quoted = [(m.start(1), m.end(1)) for m in QUOTE_MARKS.finditer(text)]
    found: list[Quote] = []
    stances = stance_words()
    for sent in sentences(doc):
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ in {"VERB", "AUX"} and lemma in speech_verbs("quote"):
                if not is_negated(token):  # "did not say where", "declined to say"
                    found.extend(_reported(token, context, quoted, text))
            elif token.pos_ == "NOUN" and lemma in speech_nouns() and (
                    nominal := _nominal(token, context, text)):
                found.extend(nominal)  # (else a stance noun may still say: "concern about")
            elif token.lower_ == "according" and token.i + 1 < len(doc) \
                    and doc[token.i + 1].lower_ == "to":
                found.extend(_according(token, sent, context, text))
            elif (lemma, token.pos_) in stances:
                found.extend(_stance(token, stances[lemma, token.pos_], context, text))
            elif token.text == ":":
                found.extend(_introduced(token, context, quoted, text))
    found.extend(_continued(text, found, quoted))
    return _dedupe(found)


# Speech verbs whose "of/about" phrase is what was said when no clause follows: "warned
# of a looming famine", "spoke about the war".
ABOUT = {"of", "about", "against", "on"}


def _about(cue: Token, text: str) -> tuple[int, int] | None:
    """What a cue with no clause is of or about ("warned of a looming famine"); for "called
    on X to do Y", the party called on and what it is asked to do, not X alone."""
    objects = [c for c in cue.children if c.dep_ == "dobj"] if cue.lemma_.lower() in {
        "accuse", "charge", "suspect", "blame", "criticize", "criticise", "fault"} else []
    # (the accused's "of": "accused Trump of hiring"; not "declared a state of emergency")
    for prep in (*cue.children, *(g for o in objects for g in o.children)):
        if prep.dep_ == "prep" and prep.lower_ in ABOUT and prep.i > cue.i and \
                prep.nbor(-1).lower_ not in {"instead", "because", "ahead", "out"}:
            pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is None or pobj.ent_type_ in {"DATE", "TIME"}:  # ("accused Trump of
                continue  # hiring ...", not "... instead of"; "declared ... on Sunday")
            if cue.lemma_.lower() == "call" and prep.lower_ in {"on", "upon"}:
                asked = next((c for c in (*cue.children, *pobj.children) if c.dep_ in {
                    "xcomp", "advcl", "acl"} and c.i > pobj.i), None)
                if asked is None:
                    return None  # "called on Monday", or a call on someone for nothing said
                aside = min((t.left_edge.i for t in asked.subtree if t.dep_ == "appos"),
                            default=asked.right_edge.i + 1)  # not "..., a remarkable
                last = next(t for t in reversed(asked.doc[asked.i:aside])  # statement"
                            if not t.is_punct)
                return _phrase_span(pobj)[0], last.idx + len(last)
            return _phrase_span(pobj)
    return None


def _phrase_span(head: Token) -> tuple[int, int]:
    tokens = [t for t in head.subtree if not t.is_punct] or [head]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _stance(cue: Token, preps: frozenset[str], context: ArticleContext,
            text: str) -> list[Quote]:
    """Who takes a side, on what: "the senator backs the plan" (the object), "is
    critical of the deal" (the adjective's phrase or "that" clause), "the union's
    support for the strike" (the noun's owner, or who voices it, and its phrase)."""
    span: tuple[int, int] | None = None
    if cue.pos_ == "VERB":
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        who = _source(cue)
        span = _phrase_span(obj) if obj is not None else None
    elif cue.pos_ == "ADJ":  # "X is critical of", "X is concerned that"
        who = next((c for c in cue.head.children if c.dep_ == "nsubj"), None) \
            if cue.dep_ == "acomp" else None
        clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        if clause is not None and "that" in preps:
            span = _content_span(clause, text)
    else:  # "their support for", "concerns about ... from X", "voiced opposition to"
        who = next((c for c in cue.children if c.dep_ == "poss"), None) or next(
            (g for c in cue.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
             for g in c.children if g.dep_ == "pobj"), None)
        if who is None and cue.dep_ == "dobj":
            who = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
    if span is None:
        pobj = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ in preps
                     for g in c.children if g.dep_ == "pobj"), None)
        span = _phrase_span(pobj) if pobj is not None else None
    if span is None or who is None:
        return []
    speaker = _speaker(cue, who, context)
    if speaker is None or not (identified(speaker) or who.pos_ == "PRON"):
        return []  # a side is taken by someone: not "the plan's support for farmers"
    return [_quote(speaker, cue, span[0], span[1], False, text, "stance")]


def _introduced(colon: Token, context: ArticleContext, quoted: list[tuple[int, int]],
                text: str) -> list[Quote]:
    """'The minister was blunt: "We will not negotiate."': the quotation a clause
    introduces with a colon is its subject's."""
    after = colon.idx + 1
    while after < len(text) and text[after] == " ":
        after += 1
    quote = next(((qs, qe) for qs, qe in quoted if qs - 1 == after), None)
    before = colon.doc[colon.sent.start:colon.i]  # the clause's head: its word that hangs
    verb = next((t for t in before if t.pos_ in {"VERB", "AUX"} and (  # from past the colon
        t.head == t or t.head.i >= colon.i)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is not None and subject.lemma_.lower() in speech_nouns():  # "Her message was"
        subject = next((c for c in subject.children if c.dep_ == "poss"), None)
    if quote is None or subject is None or len(text[quote[0]:quote[1]].split()) < MIN_WORDS:
        return []
    actors = context.actors(subject)
    if not actors or not (identified(actors[0]) or subject.pos_ == "PRON"):
        return []
    return [_quote(actors[0], colon, quote[0], quote[1], True, text, "speech")]


def _source(cue: Token) -> Token | None:
    """The word naming who speaks: the cue's subject, a governing verb's, or for "a
    statement saying ...", the statement's issuer or the statement itself."""
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and cue.tag_ in {"VBN", "VBD"} and cue.dep_ in {"advcl", "acl"}:
        return passive_agent(cue)  # "Asked whether she would run, Warren said", "the
        # senator, asked about the leak,": she, he was asked (a reduced relative is passive)
    if subject is None and cue.dep_ in {"conj", "xcomp", "advcl"}:
        subject = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and is_dateline(subject):  # "BATON ROUGE, La. — Hundreds of
        subject = next(iter(after_dateline(subject)), None)  # protesters marched ...,
        # denouncing": the protesters, not the dateline
    if subject is None and cue.dep_ == "acl" and cue.head.pos_ in {"NOUN", "PROPN"}:
        noun = cue.head  # "issued a statement saying", "a report released Monday saying"
        if noun.dep_ == "dobj":
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            return issuer if issuer is not None else noun
        return noun
    return subject


def _kind(source: Token | None, cue_kind: str) -> str:
    """The attribution's kind: the cue's, or evidence when a document is the source."""
    return "evidence" if source is not None and source.lemma_.lower() in DOCUMENTS \
        else cue_kind


def _speaker(cue: Token, subject: Token | None, context: ArticleContext) -> Actor | None:
    """Who speaks, given the cue's source word (from _source)."""
    if subject is not None and subject.tag_ in {"WDT", "WP"}:  # "Lavrov, who said ..."
        subject = cue.head if cue.dep_ == "relcl" else None
    if subject is not None and subject.dep_ == "nsubjpass":  # "the disease was described as"
        subject = passive_agent(cue)  # "..., by officials"
    if subject is None:
        return None  # "it is feared that": no source named
    actors = context.actors(subject)
    if actors and cue.dep_ == "acl" and subject == cue.head and not identified(actors[0]) \
            and subject.lemma_.lower() not in DOCUMENTS and not speech_nouns().get(
                subject.lemma_.lower()):
        return None  # "rallied with signs demanding clean water": a thing says nothing (but
        # "a statement saying", "a report finding" speak for their issuer)
    return actors[0] if actors else None


def _inside(start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    return _holding(start, end, quoted) is not None


def _holding(start: int, end: int, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation a span lies inside, if one (they come in order and do not overlap:
    only the last one opened before the span can hold it)."""
    i = bisect.bisect_right(quoted, start, key=lambda q: q[0])
    return quoted[i - 1] if i and end <= quoted[i - 1][1] + 1 else None


def _reported(cue: Token, context: ArticleContext, quoted: list[tuple[int, int]],
              text: str) -> list[Quote]:
    """The clause or the quoted words a speech verb reports."""
    source = _source(cue)
    speaker = _speaker(cue, source, context)
    if speaker is None or _inside(cue.idx, cue.idx + len(cue), quoted):
        return []
    kind = _kind(source, cue_kinds().get(cue.lemma_.lower(), "speech"))
    clause = next((c for c in cue.children if c.dep_ in {"ccomp", "parataxis"}), None)
    if clause is None and cue.dep_ == "parataxis" and cue.lemma_.lower() in {"say", "tell",
                                                                              "add"}:
        # '"...," he said, "..."': the clause beside; "The plan, Pelosi said, would ...":
        # the clause the cue interrupts
        clause = next((c for c in cue.head.children if c.dep_ == "ccomp"), None) or (
            cue.head if cue.head.pos_ in {"VERB", "AUX"} else None)
    out = []
    if clause is not None:
        start, end = _content_span(clause, text, cue)
        lost = next((c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.i),
                    None) if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"}
                                     for c in clause.children) else None
        if lost is not None:  # "said elections to a new parliament would be held", parsed
            start = min(start, lost.left_edge.idx)  # with the subject as said's object
        around = _holding(start + 1, end - 1, quoted)
        if around:  # the clause is quoted: the quotation, all its sentences, is the content
            start, end = around
        if not around and cue.dep_ == "relcl" and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} or
                c.lower_ == "that" and c.dep_ in {"nsubj", "nsubjpass"}
                for c in clause.children):
            return []  # "trade deals that he said had cost jobs": what is said is about
            # the deals, which lie outside the clause; no span of the text holds it
        out.append(_quote(speaker, cue, start, end, bool(around), text, kind))
    elif cue.lemma_.lower() not in speech_verbs("clause_only"):
        sent = cue.sent
        for qs, qe in quoted:
            if sent.start_char <= qs and qe <= sent.end_char:
                out.append(_quote(speaker, cue, qs, qe, True, text, kind))
    if not out and not any(c.dep_ == "dobj" and c.lemma_.lower() in {"little", "nothing"}
                           for c in cue.children) and (about := _about(cue, text)) is not None:
        out.append(_quote(speaker, cue, about[0], about[1], False, text, kind))
    return out


def _nominal(cue: Token, context: ArticleContext, text: str) -> list[Quote]:
    """"Trump's claim that millions voted illegally", "a warning from the ministry that
    ...", "the report by the auditors that ...": the owner said the clause; the subject of
    the verb that makes or repeats the statement ("X issued a warning that") if none."""
    owner = next((c for c in cue.children if c.dep_ == "poss"), None) or next(
        (g for c in cue.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}
         for g in c.children if g.dep_ == "pobj" and g.pos_ in {"PROPN", "NOUN", "PRON"}
         and g.lemma_.lower() not in speech_nouns()), None)
    if owner is None and cue.dep_ == "dobj" and cue.head.lemma_.lower() not in GAINSAYING:
        owner = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)  # (but who
        # "rejected accusations that..." made none of them)
    clause = next((c for c in cue.children if _content_clause(c)), None)
    if owner is None or clause is None:
        return []
    actors = context.actors(owner)
    if not actors:
        return []
    start, end = _content_span(clause, text)
    if text[start:start + 5].lower() == "that ":
        start += 5
    kind = _kind(owner, speech_nouns().get(cue.lemma_.lower(), "speech"))
    return [_quote(actors[0], cue, start, end, False, text, kind)]


def _content_clause(clause: Token) -> bool:
    """A noun's "that" clause of content ("a warning that prices would rise"), also where
    the parser took "that" for a relative pronoun although the clause has its own subject."""
    if clause.dep_ in {"acl", "ccomp"}:
        return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    if clause.dep_ != "relcl":
        return False
    that = next((c for c in clause.children if c.lower_ == "that"), None)
    return that is not None and that.i == clause.left_edge.i and any(
        c.dep_ == "nsubj" and c is not that for c in clause.children) and that.dep_ != "nsubj"


def _content_span(clause: Token, text: str, cue: Token | None = None) -> tuple[int, int]:
    """Characters of the reported clause, without its 'that', surrounding marks and the
    cue's own words where they lead or close it."""
    spoken = {t.i for t in cue.subtree} if cue is not None and cue.head == clause else set()
    tokens = [t for t in clause.subtree if t.i not in spoken and not (
        t.dep_ == "mark" and t.head == clause and t.lower_ in {"that", "whether", "if"})]
    tokens = [t for t in tokens if not t.is_punct or t.i not in {tokens[0].i, tokens[-1].i}]
    while tokens and (tokens[0].is_punct or tokens[0].is_quote or (
            tokens[0].lower_ in {"that", "whether"} and (tokens[0].dep_ == "mark" or (
                cue is not None and tokens[0].i == cue.i + 1)))):
        tokens.pop(0)  # (also a "that" right after the cue the parser took for a
        # determiner: "conceded that turnout had been low")
    while tokens and (tokens[-1].is_punct or tokens[-1].is_quote):
        tokens.pop()
    if tokens and is_dateline(tokens[0]):  # "TEHRAN, Iran (AP) -- Iran on Sunday accused
        dash = next((k for k, t in enumerate(tokens) if t.text in DASHES or t.is_lower),
                    None)  # ...": the report, not the dateline (its words are capitalised)
        if dash is not None and tokens[dash].text in DASHES and dash + 1 < len(tokens):
            tokens = tokens[dash + 1:]
    if not tokens:
        return clause.idx, clause.idx + len(clause)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    if _open_quote(text[start:end]) and end < len(text) and text[end] in "\"\u201d":
        end += 1  # keep the closing mark of a quotation the clause ends in
    return start, end


def _open_quote(text: str) -> bool:
    return (text.count('"') + text.count("\u201c") + text.count("\u201d")) % 2 == 1


def _quote(speaker: Actor, cue: Token, start: int, end: int, direct: bool,
           text: str, kind: str) -> Quote:
    while end > start and text[end - 1] in ",;:" and direct:
        end -= 1
    return Quote(speaker=speaker, cue=cue.text, content=text[start:end], start=start,
                 end=end, direct=direct, kind=kind)


def _according(token: Token, sent: Span, context: ArticleContext,
               text: str) -> list[Quote]:
    """'..., according to Russian state media': the rest of the sentence is sourced."""
    to = token.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return []
    actors = context.actors(source)
    phrase_end = max(t.i for t in source.subtree) + 1
    doc = sent.doc
    before = any(not t.is_punct for t in doc[sent.start:token.i])
    after = any(not t.is_punct for t in doc[phrase_end:sent.end])
    if before and after:  # "Clinton, according to aides, was furious": the whole sentence
        start, end = sent.start, sent.end
    elif before:  # the sourcing closes the sentence
        start, end = sent.start, token.i
    else:
        start, end = phrase_end, sent.end
    span = doc[start:end]
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or not actors:
        return []
    first, last = words[0], words[-1]
    return [Quote(speaker=actors[0], cue="according to", content=text[
        first.idx:last.idx + len(last)], start=first.idx, end=last.idx + len(last),
                  direct=False, kind="sourcing")]


def _continued(text: str, found: list[Quote], quoted: list[tuple[int, int]]) -> list[Quote]:
    """A quote that opens a sentence right after an attributed quote continues it."""
    out = []
    attributed = [q for q in found if q.direct]
    for qs, qe in quoted:
        if len(text[qs:qe].split()) < MIN_WORDS or any(
                q.start <= qs < q.end or qs <= q.start < qe for q in found):
            continue
        before = [q for q in attributed if q.end <= qs and qs - q.end < 200]
        if before:
            last = before[-1]
            out.append(Quote(last.speaker, last.cue, text[qs:qe], qs, qe, True, last.kind))
    return out


def _dedupe(quotes: list[Quote]) -> tuple[Quote, ...]:
    """One quote per content span: overlapping ones keep the longest, direct first."""
    kept: list[Quote] = []
    taken = Spans()
    for q in sorted(quotes, key=lambda q: (-(q.end - q.start), not q.direct)):
        if not taken.overlaps(q.start, q.end):
            kept.append(q)
            taken.add(q.start, q.end)
    return tuple(sorted(kept, key=lambda q: q.start))
