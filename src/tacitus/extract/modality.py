"""Did it happen? Negation, hypotheticals and stated intentions of an event's clause."""
from __future__ import annotations

from spacy.tokens import Token

from ..words import FUTURE, speech_verbs

HEDGE_MODALS = {"could", "might", "may", "should", "must", "can", "ought"}
CONDITIONAL = {"if", "unless", "whether", "lest"}
ASPECTUAL = {"begin", "start", "continue", "resume", "keep", "help", "try", "manage",
             "proceed", "go", "come", "seem", "appear", "use", "have", "need", "vote"}
# ("the Senate voted to remove her": a body's vote done is the act it votes)
NEGATING_HEADS = {"refuse", "fail", "decline", "deny", "reject", "avoid", "stop", "halt",
                  "cease", "abandon", "postpone", "cancel", "prevent"}
# Verbs whose perfect complement tells what was done: "claimed to have shot down a jet".
CLAIMING = {"claim", "say", "report", "admit", "confirm", "acknowledge", "boast", "appear",
            "seem"}
# Verbs that punish someone "for" an act: the act is alleged, and the punished did it.
PUNISHING = {"arrest", "detain", "charge", "convict", "sentence", "jail", "imprison",
             "indict", "try", "prosecute", "fine", "execute", "hang", "punish", "sanction",
             "expel", "deport", "extradite", "investigate", "sue", "condemn", "criticize",
             "criticise", "blame", "accuse"}
# Verbs whose "that" clause the speaker says is untrue.
DENYING = {"deny", "refute", "dispute", "disavow"}
# Verbs of trying: what one did not try to do is not done.
TRYING = {"try", "attempt", "seek", "dare", "bother", "manage", "move"}
# What is said to be so: denied, its content is not done.
CLAIM_NOUNS = {"accusation", "allegation", "claim", "charge", "report", "suggestion",
               "rumour", "rumor", "assertion", "speculation"}
# Verbs whose subject answers what another said: "rejected accusations that...".
GAINSAYING = DENYING | {"reject", "dismiss", "deplore", "condemn", "ignore", "answer", "rebut",
                        "counter", "mock", "question"}
# Verbs whose "from" clause is what they keep someone from doing.
PREVENTING = {"prevent", "stop", "bar", "ban", "block", "keep", "deter", "prohibit",
              "discourage", "dissuade", "refrain", "restrain", "forbid", "exclude"}
# Heads that state an intention without being an event: the complement is the AGREE.
INTENT_HEADS = {"plan", "intend", "decide", "prepare", "expect", "hope", "want", "aim",
                "willing", "ready", "prepared", "set", "determined", "eager", "seek", "move"}
# Verbs whose clause is what someone is asked to do.
DEMAND_HEADS = {"demand", "urge", "ask", "request", "call", "press", "push", "appeal",
                "recommend", "propose"}
# Verbs whose clause is what someone may do, not what was done: "allowed police to fire".
PERMISSION_HEADS = {"allow", "permit", "authorize", "authorise", "enable", "let", "empower",
                    "entitle", "license"}
# Verbs whose "of"/"with" complement is an allegation, not a reported fact.
ALLEGING = {"accuse", "charge", "suspect", "blame", "allege", "indict"}
# Verbs whose "that" clause is put forward, not asserted: "suggested that police lied".
SUGGESTING = {"suggest", "imply", "insinuate", "speculate", "hint"}
# An attempt is coded as the act attempted: "an attempt to assassinate the governor".
ATTEMPTS = {"attempt", "bid"}
# A decision to act is reported as the act decided: "London's decision to expel envoys".
DECISIONS = {"decision", "move"}
# Heads that are themselves the AGREE ("agreed to withdraw"): the complement is not coded.
PROMISE_HEADS = {"agree", "promise", "pledge", "vow", "offer", "commit", "undertake"}


def is_negated(token: Token) -> bool:
    if any(c.dep_ == "neg" or (c.lower_ == "longer" and any(  # "will no longer tolerate"
            g.dep_ == "neg" for g in c.children)) for c in token.children):
        return True
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in NEGATING_HEADS:
        return True
    if token.dep_ == "xcomp" and head.lemma_.lower() in TRYING and any(
            c.dep_ == "neg" for c in head.children):
        return True  # "did not try to remove the students"
    if _going_to(token) and any(c.dep_ == "neg" for c in head.children):
        return True  # "we are not going to allow him to defy"
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in token.children):
        return True  # "had been given no notice", "made no concessions"
    if unattested(token):
        return True
    if token.dep_ == "ccomp" and head.lemma_.lower() in DENYING and not any(
            c.dep_ == "neg" for c in head.children):
        return True  # "denied that his forces had shelled the town": as told, not done
    if token.dep_ == "pcomp" and head.lower_ == "from" and \
            head.head.lemma_.lower() in PREVENTING:
        return True  # "barred reporters from entering": they did not enter
    return token.dep_ in {"dobj"} and any(c.dep_ == "neg" for c in head.children)


def unattested(token: Token) -> bool:
    """What there is no evidence or sign of, or what a denied claim says: "found no
    evidence that the army shelled the town", "there is no sign that they will release",
    "did not see any sign that", "rejected accusations that...": not done, nor refused
    (nor what is joined to it: "no evidence that it had ... or that")."""
    token = first_conjunct(token)
    head = token.head
    return token.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in token.children) and (any(
            d.dep_ == "det" and d.lower_ == "no" for d in head.children) or any(
            c.dep_ == "neg" for c in head.head.children) or (
            head.lemma_.lower() in CLAIM_NOUNS and  # "rejected accusations that Cuba held
            head.head.lemma_.lower() in GAINSAYING))  # prisoners"


def auxiliaries(token: Token) -> set[str]:
    """A verb's auxiliaries, or those of the verb it is joined to: "would build a wall
    and make Mexico pay" (make: would)."""
    while True:
        own = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        if own or token.dep_ != "conj" or token.head.pos_ not in {"VERB", "AUX"} or \
                token.tag_ in {"VBG", "VBD", "VBZ", "VBP"}:
            return own  # not "would harm relations and demanding": no "would demanding"
        token = token.head


def first_conjunct(token: Token) -> Token:
    """The first of joined verbs: "accepted" for "accepted ... and would not support"."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def _reported(token: Token) -> bool:
    """Is the clause the content of a speech verb ("said it would...", "said it accepted
    the apology and would not support the motion")?"""
    token = first_conjunct(token)
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in speech_verbs("reports")


def _foretold(token: Token) -> bool:
    """A quoted prediction about another: '"He would abandon our allies," said Sullivan' (a
    direct quote's "he" is not its speaker, whose own intention would be "I" or "we")."""
    clause = token
    while clause.dep_ == "conj" and clause.head != clause and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        clause = clause.head  # "He would abandon our allies and embolden Putin"
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in {"i", "we"}:
        return False
    sent = token.sent
    marks = sum(1 for t in sent if t.i < token.i and t.is_quote and t.tag_ != "POS")
    return marks % 2 == 1  # inside an open quotation (a possessive's apostrophe is none)


# Verbs whose clause is a forecast: "the model predicts it will ram into Maryland".
PREDICTING = {"predict", "forecast", "project", "anticipate", "estimate", "foresee"}


def _predicted(token: Token) -> bool:
    token = first_conjunct(token)
    return token.dep_ == "ccomp" and token.head.lemma_.lower() in PREDICTING


def _going_to(token: Token) -> bool:
    """The future of "is going to" ("we are not going to allow")."""
    return token.dep_ == "xcomp" and token.head.lemma_ == "go" and token.head.tag_ == "VBG" \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.head.children)


def states_intent(token: Token) -> bool:
    """'will visit', 'said it would allow', 'agreed to withdraw', 'is willing to send'."""
    if _predicted(token):
        return False  # a forecast is no one's intention
    if _going_to(token):
        return True
    aux = auxiliaries(token)
    if aux & FUTURE or ("would" in aux and _reported(token) and not _foretold(token)):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in CAUSATIVE and any(
            c.dep_ == "auxpass" for c in token.head.children) and states_intent(token.head):
        return True  # "will be compelled to take countermeasures": what the speaker will do
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ASPECTUAL and \
            token.head.pos_ in {"VERB", "AUX"} and states_intent(token.head):
        return True  # "said it would continue to support": the support is intended
    if token.dep_ == "xcomp" and token.head.lemma_.lower() == "expect" and any(
            c.dep_ == "auxpass" for c in token.head.children):
        return False  # "are expected to discuss": others' forecast, no one's intention
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENT_HEADS:
        # "is ready to mediate", but not "must be ready to mediate": that is asked of them
        return not any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"}
                       for h in (token.head, token.head.head) for c in h.children)
    return token.lemma_.lower() in PROMISE_HEADS - {"offer"} and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in SHARED_FEELINGS for c in token.children)


# What one pledges that is said and done at once: "pledged solidarity with Belgium".
SHARED_FEELINGS = {"solidarity", "sympathy", "condolence"}


# Verbs that make someone do something: what is made to happen happens only if the
# making does ("will make Mexico pay"; but "forced Mexico to pay" reports the paying).
CAUSATIVE = {"make", "force", "compel", "cause", "get", "oblige", "pressure"}


# Conjunctions of a clause that waits on its main clause's act: "would fight until the
# commission was disbanded"; not "would stand by Moscow, as the two leaders met".
AWAITING = {"until", "till", "before", "once", "unless", "so"}


def _awaited(clause: Token) -> bool:
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & AWAITING) or (not marks and clause.tag_ in {"VBG", "VB"})


# Conjunctions of time after which English puts a coming act in the present tense.
TIME_MARKS = {"when", "once", "after", "before", "until", "till", "whenever"}


def _time_to_come(token: Token) -> bool:
    """A clause of time in the present tense under a clause that is not past: the act is
    still to come ("will meet him when he arrives", "faces life in prison when he is
    sentenced next month"), or is what happens whenever, no one act."""
    if token.dep_ != "advcl" or not any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS
                                        for c in token.children):  # ("when" is an advmod)
        return False
    helpers = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    present = token.tag_ in {"VBZ", "VBP"} or (token.tag_ == "VBN" and bool(helpers) and all(
        h.tag_ in {"VBZ", "VBP"} for h in helpers))
    head = token.head
    past = head.tag_ in {"VBD", "VBN"} or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD"
                                              and c.lower_ not in {"would", "could", "should",
                                                                   "might"}
                                              for c in head.children)
    return present and not past


def subjunctive(token: Token) -> bool:
    """A "that" clause whose verb is bare though it has a subject: what is required, not
    what happened ("insisted that he resign", "an order that the firm remove them")."""
    if token.tag_ != "VB" or token.dep_ not in {"ccomp", "acl"} or auxiliaries(token):
        return False
    return any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def is_hypothetical(token: Token, intent: bool) -> bool:
    described = first_conjunct(token)
    if described.dep_ == "relcl" and any(
            c.dep_ == "det" and c.lower_ in {"any", "every"} for c in described.head.children):
        return True  # "any president who allowed sailors to be held": whoever might
    if _predicted(token):
        return True  # "analysts predict the army will attack": forecast, not done
    if token.dep_ == "ccomp" and token.head.dep_ == "advcl" and _awaited(token.head) and \
            token.head.tag_ not in {"VBG", "VB"}:
        return True  # "cannot be lifted until the inspectors certify that Iraq has
        # destroyed its weapons": what is waited for
    if (token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in CAUSATIVE and not any(
            c.dep_ == "auxpass" for c in token.head.children)) or (
            token.dep_ == "advcl" and token.head.pos_ in {"VERB", "AUX"} and _awaited(token)):
        head = token.head  # "will make Mexico pay"; "would keep up the pressure until the
        if is_hypothetical(head, False) or states_intent(head):  # commission was disbanded"
            return True
    if _time_to_come(token):
        return True  # "faces life in prison when he is sentenced next month"
    current: Token | None = token
    while current is not None:
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in current.children):
            return True
        if current.dep_ not in {"conj", "xcomp"} or current.head == current:
            break
        current = current.head
    if token.dep_ == "pcomp" and token.head.head.pos_ == "ADJ":
        return True  # "capable of striking", "ready for talking"
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in DEMAND_HEADS:
        return True  # "demanded that the US cancel its plans": asked for, not done
    if subjunctive(token):
        return True  # "their order that the company remove the results": mandated
    if token.dep_ in {"ccomp", "xcomp"} and token.head.lemma_.lower() in PERMISSION_HEADS:
        return True  # "rules allow the police to open fire": permitted, not done
    alleged = first_conjunct(token)  # ("of training and arming the militants")
    if alleged.dep_ in {"pcomp", "pobj"} and alleged.head.lower_ in {"of", "with"} and (
            alleged.head.head.lemma_.lower() in ALLEGING or (
                alleged.head.head.dep_ == "dobj" and
                alleged.head.head.head.lemma_.lower() in ALLEGING)):
        return True  # "accused the rebels of violating the ceasefire" (the "of" phrase
        # also parsed under the accused: "accused leaders of caving to Democrats"): alleged
    if token.dep_ in {"advcl", "conj"} and token.tag_ == "VBG" and \
            token.head.lemma_.lower() in ALLEGING:
        return True  # "accused Pakistan of shelling villages, killing two civilians",
        # "accused Pakistan of training and arming the militants", parsed as joined to
        # "accused"
    charged = first_conjunct(token)  # "for kidnapping and torturing two women"
    if charged.dep_ == "pcomp" and charged.head.lower_ == "for" and \
            charged.head.head.lemma_.lower() in PUNISHING:
        return True  # "arrested him for torturing two women": what he is held for, alleged
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in ALLEGING | SUGGESTING:
        return True  # "suggested that the police had tortured them": alleged, not reported
    if token.dep_ == "ccomp" and token.head.dep_ in {"advcl", "conj"} and \
            token.head.head.lemma_.lower() in ALLEGING:
        return True  # "accused Pakistan of violating the truce, saying its troops had fired"
    if token.dep_ in {"advcl", "relcl", "acl"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not (
            token.dep_ == "acl" and token.head.lemma_.lower() in ATTEMPTS | DECISIONS):
        return True  # a purpose: "sent troops to restore order" reports no restoring
    aux = auxiliaries(token)
    if aux & HEDGE_MODALS or ("would" in aux and not intent):
        return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in PROMISE_HEADS:
        return True
    if token.dep_ == "conj" and token.tag_ == "VB" and token.head.pos_ == "VERB" and \
            token.head.tag_ == "VB" and not auxiliaries(token) & {"will", "'ll"}:
        return is_hypothetical(token.head, intent)  # "called on it to release the
        # prisoners and lift the ban": the lifting is asked for too
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ASPECTUAL:
        return is_hypothetical(token.head, states_intent(token.head))  # "allowed the army
        # to help handle", "said it would continue to support"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in CLAIMING and "have" in {
            c.lemma_ for c in token.children if c.dep_ == "aux"}:
        return False  # "claims to have killed scores of troops": told as done
    return token.dep_ == "xcomp" and not intent
