"""Rules over a parse, on Docs built by hand (see conftest.make_doc): no model needed, so
each test shows the whole input its behaviour depends on."""
from __future__ import annotations

import importlib
from dataclasses import replace

import pytest
from conftest import make_doc
from spacy.tokens import Span

from tacitus.extract.events import RULE_STEPS, Trigger, extract_events
from tacitus.extract.lexicon import Lexicon, Sense
from tacitus.extract.modality import is_hypothetical, is_negated, states_intent
from tacitus.model import Article
from tacitus.nlp import Spans
from tacitus.pipeline import Knowledge
from tacitus.resolve.context import ArticleContext, passive_agent, phrase_tokens
from tacitus.resolve.times import future_teller

# "Russian troops did not attack the village ."
NOT_ATTACKED = make_doc("""
Russian   Russian  ADJ   JJ   amod     1
troops    troop    NOUN  NNS  nsubj    4
did       do       AUX   VBD  aux      4
not       not      PART  RB   neg      4
attack    attack   VERB  VB   ROOT     4
the       the      DET   DT   det      6
village   village  NOUN  NN   dobj     4
.         .        PUNCT .    punct    4
""", ents=((0, 1, "NORP"),))

# "The talks were announced by the ministry ."
ANNOUNCED = make_doc("""
The        the       DET   DT   det       1
talks      talk      NOUN  NNS  nsubjpass 3
were       be        AUX   VBD  auxpass   3
announced  announce  VERB  VBN  ROOT      3
by         by        ADP   IN   agent     3
the        the       DET   DT   det       6
ministry   ministry  NOUN  NN   pobj      4
.          .         PUNCT .    punct     3
""")

# "Chile will meet Peru on Monday , if talks resume ."
WILL_MEET = make_doc("""
Chile    Chile   PROPN NNP  nsubj  2
will     will    AUX   MD   aux    2
meet     meet    VERB  VB   ROOT   2
Peru     Peru    PROPN NNP  dobj   2
on       on      ADP   IN   prep   2
Monday   Monday  PROPN NNP  pobj   4
,        ,       PUNCT ,    punct  2
if       if      SCONJ IN   mark   9
talks    talk    NOUN  NNS  nsubj  9
resume   resume  VERB  VBP  advcl  2
.        .       PUNCT .    punct  2
""", ents=((0, 1, "GPE"), (3, 4, "GPE"), (5, 6, "DATE")))


def test_a_negated_verb_is_negated_and_not_hypothetical() -> None:
    attack = NOT_ATTACKED[4]
    assert is_negated(attack) and not is_hypothetical(attack, False)


def test_the_future_states_an_intent_and_a_condition_is_hypothetical() -> None:
    meet, resume = WILL_MEET[2], WILL_MEET[9]
    assert states_intent(meet) and not is_hypothetical(meet, True)
    assert is_hypothetical(resume, False)


def test_the_by_agent_of_a_passive() -> None:
    agent = passive_agent(ANNOUNCED[3])
    assert agent is not None and agent.text == "ministry"


def test_a_bare_weekday_in_a_future_clause_looks_ahead() -> None:
    future_at = future_teller(WILL_MEET)
    assert future_at(WILL_MEET[5].idx)
    assert not future_teller(NOT_ATTACKED)(NOT_ATTACKED[6].idx)


def test_a_noun_phrase_keeps_its_modifiers_not_its_determiner() -> None:
    assert [t.text for t in phrase_tokens(NOT_ATTACKED[1])] == ["Russian", "troops"]
    assert [t.text for t in phrase_tokens(ANNOUNCED[1])] == ["talks"]  # no determiner


def test_an_event_from_a_hand_built_parse(knowledge: Knowledge) -> None:
    """The events coder needs only the parse and the packaged knowledge."""
    article = Article("h", NOT_ATTACKED.text, "2024-05-02")
    context = ArticleContext(NOT_ATTACKED, article.date, knowledge.dictionary)
    [event] = extract_events(NOT_ATTACKED, article, context, knowledge.lexicon)
    assert (event.event, event.negated) == ("ASSAULT", True)
    assert [(a.text, a.code, a.sector) for a in event.actor] == [("Russian troops", "RUS",
                                                                 "MIL")]
    assert event.evidence[0].trigger == "attack"


def test_one_step_of_the_events_coder_can_be_replaced(knowledge: Knowledge) -> None:
    """A different trigger finder (here: every root verb is a PROTEST) replaces one step;
    mentions, attributes, merging and places stay the rules'."""
    def roots_protest(sent: Span, lexicon: Lexicon) -> list[Trigger]:
        return [Trigger(sent.root, Sense("PROTEST", None), False)]

    steps = replace(RULE_STEPS, triggers=roots_protest)
    article = Article("h", NOT_ATTACKED.text, "2024-05-02")
    context = ArticleContext(NOT_ATTACKED, article.date, knowledge.dictionary)
    [event] = extract_events(NOT_ATTACKED, article, context, knowledge.lexicon, steps=steps)
    assert (event.event, event.negated, event.actor[0].code) == ("PROTEST", True, "RUS")


def test_confidence_is_the_calibrated_share_of_the_events_bucket(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tacitus.extract.confidence import bucket, calibrate, calibration
    from tacitus.model import Actor, Event, Evidence

    told = (Evidence("s", 0, 1, "x"),)
    coded = Event("ASSAULT", None, None, (Actor("a", code="RUS"),), (Actor("b", code="UKR"),),
                  told * 2)
    bare = Event("ASSAULT", None, None, (Actor("a"),), (), told)
    assert bucket(coded) == "+actor+recipient+many"
    assert calibrate(coded).confidence == calibration()["+actor+recipient+many"]
    assert calibrate(bare).confidence == calibration()[bucket(bare)]  # each its own bucket's
    # share, as fitted (not an order assumed in advance)
    unfitted = Event("ASSAULT", None, None, (Actor("a", code="RUS"),), (), told * 2)
    table = {k: v for k, v in calibration().items() if k != bucket(unfitted)}
    module = importlib.import_module("tacitus.extract.confidence")
    monkeypatch.setattr(module, "calibration", lambda: table)
    assert calibrate(unfitted).confidence == table["*"]  # a bucket the fit did not see


# "The mayor 's aide , Tom Reilly , called on Lima to act ." parsed as one noun phrase
# whose participle "called" describes the aide (a parse the tagger gives in running text).
CALLED_AS_PARTICIPLE = make_doc("""
The      the      DET   DT   det      1
mayor    mayor    NOUN  NN   poss     3
's       's       PART  POS  case     1
aide     aide     NOUN  NN   ROOT     3
,        ,        PUNCT ,    punct    3
Tom      Tom      PROPN NNP  compound 6
Reilly   Reilly   PROPN NNP  appos    3
,        ,        PUNCT ,    punct    3
called   call     VERB  VBN  acl      3
on       on       ADP   IN   prep     8
Lima     Lima     PROPN NNP  pobj     9
to       to       PART  TO   aux      12
act      act      VERB  VB   xcomp    8
.        .        PUNCT .    punct    3
""", ents=((5, 7, "PERSON"), (10, 11, "GPE")))


def test_a_main_verb_read_as_a_participle_keeps_its_subject() -> None:
    mentions = importlib.import_module("tacitus.extract.events.mentions")
    subject, agent, passive = mentions._subject(CALLED_AS_PARTICIPLE[8])
    assert subject is not None and subject.text == "aide" and agent is None and not passive


# "LIMA , May 2 ( AFP ) - Peruvian troops stormed the embassy ." parsed with the agency's
# credit as a second subject, the dateline and its date hanging on it (as the tagger does
# with some dated datelines).
DATED_DATELINE = make_doc("""
LIMA      LIMA     PROPN NNP  dep      5
,         ,        PUNCT ,    punct    5
May       May      PROPN NNP  npadvmod 5
2         2        NUM   CD   nummod   2
(         (        PUNCT -LRB- punct   5
AFP       AFP      PROPN NNP  nsubj    10
)         )        PUNCT -RRB- punct   5
-         -        PUNCT :    punct    5
Peruvian  Peruvian ADJ   JJ   amod     9
troops    troop    NOUN  NNS  nsubj    10
stormed   storm    VERB  VBD  ROOT     10
the       the      DET   DT   det      12
embassy   embassy  NOUN  NN   dobj     10
.         .        PUNCT .    punct    10
""", ents=((0, 1, "GPE"), (2, 4, "DATE"), (5, 6, "ORG"), (8, 9, "NORP")))


def test_the_agency_a_dated_dateline_hangs_on_is_no_subject() -> None:
    mentions = importlib.import_module("tacitus.extract.events.mentions")
    subject, _, _ = mentions._subject(DATED_DATELINE[10])
    assert subject is not None and subject.text == "troops"


def test_spans_say_whether_a_new_one_overlaps_any_kept() -> None:
    kept = Spans()
    for start, end in [(10, 20), (40, 50), (0, 5)]:
        assert not kept.overlaps(start, end)
        kept.add(start, end)
    assert kept.overlaps(15, 16) and kept.overlaps(19, 41) and kept.overlaps(3, 12)
    assert not kept.overlaps(5, 10) and not kept.overlaps(20, 40) and not kept.overlaps(50, 60)
