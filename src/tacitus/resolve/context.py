"""Who a noun phrase is, in the context of its article.

`ArticleContext` is built once per parsed article. It knows every person the article
names, with the country and sector its titles give them ("Russian President Vladimir
Putin" -> RUS GOV), so that a later "Putin" or "he" resolves to the same actor. A group
named by its sector alone ("police", "protesters", "the administration") belongs to the
country most of the story's places lie in, if one does (refugees excepted); otherwise a
field no evidence supports stays None.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..model import Actor, Place
from ..nlp import sentences
from ..words import DASHES, SPORT_STORY, word_pattern
from .actors import MAX_PHRASE, ActorDictionary, Role, normalise
from .places import DATELINE_ENDS, dateline_country

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}
SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
# Nouns that say a person's sex: "his wife told a judge he had threatened her" (he is not
# the wife); "Mrs." and "Ms." before a name say it too.
FEMALE_NOUNS = {"wife", "woman", "mother", "daughter", "sister", "girl", "queen", "actress",
                "chairwoman", "congresswoman", "spokeswoman", "businesswoman", "widow",
                "grandmother", "niece", "aunt", "lady", "princess", "duchess", "girlfriend",
                "mrs.", "ms.", "mrs", "ms", "madam", "empress", "nun", "policewoman"}
MALE_NOUNS = {"husband", "man", "father", "son", "brother", "boy", "king", "businessman",
              "widower", "grandfather", "nephew", "uncle", "prince", "duke", "boyfriend",
              "mr.", "mr", "emperor", "monk", "policeman", "congressman", "chairman",
              "spokesman", "sir"}
ABROAD = {"foreign", "overseas", "expatriate", "international", "multinational"}
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | SPEAKER_PRONOUNS
# Heads whose identity is their possessor's: "his country", "Syria's government".
GENERIC_HEADS = {
    "country", "nation", "government", "state", "people", "regime", "leadership", "forces",
    "troops", "army", "military", "administration", "authorities", "officials", "leader",
    "leaders", "side", "president", "minister", "ministry", "navy", "police", "parliament",
    # who speak or act for their possessor: "Cruz's team", "his aides"
    "team", "aide", "aides", "spokesman", "spokeswoman", "spokesperson", "allies",
    "supporters", "delegation", "envoy", "embassy", "camp",
    # who fight for it: "its fighters", "the group's militants"
    "fighters", "militants", "gunmen", "soldiers", "guerrillas",
    # who are its people abroad: "urged their citizens to leave"
    "citizens", "nationals", "diplomats", "citizen", "national", "diplomat",
}
SKIP_DEPS = {"relcl", "acl", "advcl", "cc", "conj", "punct", "mark", "ccomp", "xcomp", "prep",
             "appos", "det", "predet", "nummod", "quantmod", "advmod"}
STATE_KINDS = {"country", "capital", "international", "nonstate"}
# The last word of a company's name.
CORPORATE = {"inc", "inc.", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "plc",
             "llc", "gmbh", "ag", "co.", "incorporated", "holdings"}


@dataclass(frozen=True)
class Match:
    """A dictionary phrase found over tokens [start, end) of a noun phrase."""

    start: int
    end: int
    text: str
    role: Role | None
    sector: str | None


@dataclass
class Profile:
    """What an article says about one person."""

    name: str
    code: str | None = None
    sector: str | None = None


class ArticleContext:
    """Resolves noun phrases of one parsed article to actors."""

    def __init__(self, doc: Doc, day: str | None, dictionary: ActorDictionary,
                 places: Sequence[Place] = (), text: str | None = None) -> None:
        self.doc = doc
        self.day = day
        self.dictionary = dictionary
        self.people: dict[str, Profile] = {}
        self.aliases: dict[str, str] = {}
        self.person_mentions: list[tuple[int, str]] = []
        self.subject_mentions: list[tuple[int, str]] = []  # people named as a clause's subject
        self.entity_of = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        self.described: dict[int, Actor] | None = None  # filled once the people are known
        self.reading: set[int] = set()  # heads whose phrase is being read (no cycles)
        self.place_codes: dict[int, str] = {}  # token -> country of the place it names
        self.local_places: set[int] = set()  # tokens of towns and regions (not countries)
        self.sentences: list[Span] | None = None  # built when a pronoun needs them
        self.bodies: list[Span] | None = None  # organisations named, when "the council" asks
        self.sentence_starts: list[int] = []
        self.home = home_country(places)
        self.firms: set[str] = set()  # "Apple" after "Apple Inc.": a company
        self.sport = len(SPORT_WORDS.findall(doc.text if text is None else text)) >= 3  # a
        # sports report (the article's text: spaCy rebuilds doc.text on every access)
        for place in places:  # a phrase naming a resolved place belongs to its country
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if place.code and span is not None:
                self.place_codes.update((t.i, place.code) for t in span)
                if place.kind in {"admin1", "admin2", "city"}:
                    self.local_places.update(t.i for t in span)
        for token in doc:  # "Apple Inc.", "Acme Holdings": the name before the word is a firm
            if token.lower_ in CORPORATE - {"ag", "co."} and token.i > 0 and \
                    doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].ent_type_ != "GPE":
                start = token.i - 1
                while start > 0 and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                self.firms.add(doc[start:token.i].text.lower())
        for ent in doc.ents:  # people by their names and titles ("Georgia's governor" in a
            if ent.label_ == "PERSON":  # story from Atlanta: of the state the places step
                self._learn_person(ent.root, ent.start, ent.end)  # chose)
        self.described = {}

    # ---- people -------------------------------------------------------------------
    def _learn_person(self, root: Token, start: int, end: int) -> None:
        words = [t for t in self.doc[start:end] if t.text not in {"'s", "\u2019s"}]
        if not words:
            return
        short = " ".join(t.text for t in words)
        full = self.aliases.get(short.lower(), short) if len(words) == 1 else short
        profile = self.people.setdefault(full, Profile(full))
        if len(words) > 1:
            for w in words:
                self.aliases.setdefault(w.text.lower(), full)
        role = self.dictionary.role(normalise(t.text for t in words), self.day)
        titled = start > 0 and self.doc[start - 1].is_title and \
            self.doc[start - 1].ent_type_ != "PERSON"
        if role is None and len(words) == 1 and full == short and titled:
            role = self.dictionary.in_office(words[0].lower_, self.day)  # "President
            # Clinton", titled and known by no fuller name in the story
        elif role is None and len(words) > 1 and titled:
            role = self.dictionary.in_office(words[-1].lower_, self.day, words[0].lower_)
            # "Prime Minister Atal Behari Vajpayee": his first name and surname, in office
        plain = [t for t in words if not _initial_or_suffix(t)]
        if role is None and 1 < len(plain) < len(words):  # "Donald J. Trump", "Biden Jr."
            role = self.dictionary.role(normalise(t.text for t in plain), self.day)
        stated = self._stated_country(root)
        if role and not (stated and role.code != stated):  # not a namesake elsewhere
            profile.code = profile.code or role.code
            profile.sector = profile.sector or role.sector or None
        profile.code = profile.code or stated
        for descriptor in self._descriptors(root, start, end):
            actor = self._describe(descriptor)
            profile.code = profile.code or actor.code
            profile.sector = profile.sector or actor.sector
        self.person_mentions.append((start, full))
        if root.dep_ in {"nsubj", "nsubjpass"}:
            self.subject_mentions.append((start, full))

    def _descriptors(self, root: Token, start: int, end: int) -> list[Token]:
        """Title and appositive words around a name: "Russian President", "leader of X",
        and the office its verb gives it ("resigned as Japan's education minister")."""
        out = [c for c in root.children if not start <= c.i < end
               and c.dep_ in {"compound", "amod", "poss", "appos", "nmod"}]
        if root.dep_ in {"appos", "compound"} and root.head.pos_ in {"NOUN", "PROPN"}:
            out.append(root.head)
        if root.dep_ in {"nsubj", "nsubjpass"}:  # "X resigns as Japan's education minister"
            out += [g for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as"
                    for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
        return out

    def person(self, token: Token) -> Profile | None:
        if token.ent_type_ != "PERSON":  # a surname the tagger took for a place: "telephoned
            full = self.aliases.get(token.lower_) if token.pos_ == "PROPN" else None  # Sharif"
            ent = self.entity_of.get(token.i)
            return self.people.get(full) if full and (ent is None or len(ent) == 1) else None
        ent = self.entity_of.get(token.i)
        if ent is None:
            return None
        own = _own_name(ent, token)  # "Kenyatta and Odinga" tagged as one name
        words = [t.text for t in own if t.text not in {"'s", "\u2019s"}]
        name = " ".join(words)
        name = self.aliases.get(name.lower(), name) if len(words) == 1 else name
        return self.people.get(name)

    # ---- noun phrases ---------------------------------------------------------------
    def actors(self, head: Token) -> tuple[Actor, ...]:
        """The actor(s) a noun phrase names: its head and every conjunct, but not a
        conjunct that is the end of a name the dictionary knows ("the Islamic State of
        Iraq and the Levant" is one group)."""
        pair = self._both_sides(head)
        if pair:
            return pair
        out: list[Actor] = []
        for token in (head, *head.conjuncts):
            if token is not head and is_dateline(token):
                continue  # "JERUSALEM (Reuters) - Netanyahu and Arafat", parsed as conjuncts
            if token is head or not self._ends_a_name(head, token):
                out.extend(a for found in self.resolve(token)
                           for a in self._of_each_nation(token, found))
        return tuple(out)

    def _of_each_nation(self, head: Token, actor: Actor) -> list[Actor]:
        """"Israeli and Palestinian negotiators": an actor of each nation named."""
        for adj in head.children:
            if adj.dep_ not in {"amod", "compound"} or not adj.conjuncts or adj.i > head.i:
                continue
            nations = [(a, self._nation(a)) for a in (adj, *adj.conjuncts)]
            codes = {code for _, code in nations}
            if None not in codes and len(codes) > 1:
                return [replace(actor, text=f"{a.text} {head.text}", name=None, code=code)
                        for a, code in nations]
        return [actor]

    def _nation(self, word: Token) -> str | None:
        role = self.dictionary.role(normalise([word.text]), self.day)
        return role.code if role and role.kind in STATE_KINDS and not role.sector else None

    def _ends_a_name(self, head: Token, conjunct: Token) -> bool:
        mine = [t.i for t in phrase_tokens(head) if t.i < conjunct.i]
        if not mine:  # the conjunct comes first: "Iran, Russia and Syria" seen from Syria
            return False
        words = list(head.doc[mine[0]:conjunct.i + 1])
        return any(m.start <= mine[-1] and conjunct.i < m.end  # across the "and"
                   for m in self.matches(words) if m.role)

    def resolve(self, head: Token) -> tuple[Actor, ...]:
        if head.lower_ in PRONOUNS and not head.text.isupper():
            return self.antecedent(head)
        return (self._describe(head),)

    def _describe(self, head: Token) -> Actor:
        if head.i in self.reading:  # "said Brian Fallon, her spokesman": "her" is Fallon,
            return Actor(text=head.text)  # whose own words are still being read
        if self.described is not None and head.i in self.described:
            return self.described[head.i]
        self.reading.add(head.i)
        try:
            actor = self._read_phrase(head)
        finally:
            self.reading.discard(head.i)
        if self.described is not None:
            self.described[head.i] = actor
        return actor

    def _read_phrase(self, head: Token) -> Actor:
        tokens = phrase_tokens(head)
        text = (self.doc[tokens[0].i:tokens[-1].i + 1].text if tokens else head.text).strip()
        named = self._named_before(head)
        if named is not None:  # "briefed the Security Council ... The council issued":
            return replace(self._describe(named), text=text)  # the body named before
        code, sector, name = None, None, None
        person = self.person(head)
        if person:
            code, sector, name = person.code, person.sector, person.name
        found = self.matches(tokens)
        stated = self._stated_country(head)
        for m in sorted(found, key=lambda m: not m.start <= head.i < m.end):
            covers_head = m.start <= head.i < m.end
            if m.role and m.role.kind == "country" and not m.role.sector and all(
                    i in self.local_places or self.doc[i].tag_ == "POS"
                    for i in range(m.start, m.end)) and \
                    self.place_codes.get(m.start) != m.role.code:
                continue  # "a Georgia inmate" in a US story: the state the places step chose
            if m.role and covers_head and stated and m.role.code != stated and (
                    m.role.kind not in STATE_KINDS or m.role.sector):
                continue  # "King Hassan of Morocco" is not Jordan's; a Chilean Senate no US one
            if m.role and covers_head and not self._partial_name(m, head):
                code = code or m.role.code
                sector = sector or m.role.sector or _metonymy(m.role, head)
                name = name or m.text
            elif m.role and m.role.kind in STATE_KINDS:
                code = code or m.role.code
            if m.sector and covers_head:
                sector = sector or m.sector
        if sector is None and head.pos_ == "PROPN":  # "Dutch airline KLM": a firm
            titles = {c.i for c in head.children if c.dep_ in {"compound", "appos"} and
                      c.pos_ == "NOUN"}
            sector = next((m.sector for m in found if m.sector and
                           any(m.start <= i < m.end for i in titles)), None)
            if sector is None and head.ent_type_ != "PERSON":  # "RC2, a U.S. toy company"
                sector = next((s for c in head.children if c.dep_ == "appos" and
                               c.pos_ == "NOUN" and (s := self._describe(c).sector) == "BUS"),
                              None)
        if code is None and (head.lemma_.lower() in GENERIC_HEADS or
                             head.lower_ in GENERIC_HEADS):
            code = self._possessor_code(head)
        if head.lemma_.lower() in FOLLOWERS and sector in {None, "CVL"}:
            sector = self._followed_sector(head) or sector  # "supporters of the opposition"
        if code is None:
            code = self._attached_code(head)
        if code is None:  # "the government of Sindh province", "Kirkuk police"
            code = next((self.place_codes[t.i] for t in tokens if t.i in self.place_codes),
                        None)
        if code is None and sector and sector not in FOREIGN_SECTORS and \
                not self._foreign_words(tokens):  # "Zorgovian forces": a country unknown
            code = self.home  # "police said", "the administration", in a Kenyan story
        named = next((c for c in head.children if c.dep_ == "appos" and
                      c.ent_type_ == "PERSON"), None) if head.pos_ == "NOUN" else None
        if name is None and named is not None:  # "the former head of the guard, Gen. Gilbert
            name = self._entity_text(named)  # Diendere": the general
            profile = self.person(named)
            if profile is not None:
                code, sector = code or profile.code, sector or profile.sector
        if name is None and (head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
                             or (head.pos_ == "PROPN" and head.is_title and not head.ent_type_)):
            name = self._entity_text(head)  # a proper name the tagger left untyped is one too
        if sector is None and name and (name.lower().rsplit(" ", 1)[-1] in CORPORATE or
                                        name.lower() in self.firms):
            sector = "BUS"  # "BlackBerry Limited", "Acme Corp.", and "Acme" after it
        return Actor(text=text, name=name, code=code, sector=sector)

    def _followed_sector(self, head: Token) -> str | None:
        """The sector of whom a group follows: "supporters of the opposition" (OPP)."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._describe(pobj).sector
        return None

    def _named_before(self, head: Token) -> Token | None:
        """The head of the last organisation named before "the council", "the Council",
        "the commission", "the fund" whose name ends in that word ("the Security Council",
        "the International Monetary Fund")."""
        lemma = head.lemma_.lower()
        if head.pos_ not in {"NOUN", "PROPN"} or lemma not in BODY_NOUNS | {"group"} or any(
                c.dep_ in {"poss", "compound", "amod", "nmod", "prep"} for c in head.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if self.bodies is None:  # (doc.ents is rebuilt on every access)
            self.bodies = [e for e in self.doc.ents if e.label_ == "ORG"]
        for ent in reversed(self.bodies):
            if ent.end > head.i:
                continue
            if lemma == "group":  # "Hamas ... the group said": the armed or other group
                role = self.dictionary.role(normalise(t.text for t in ent), self.day)
                if role is not None and (role.kind == "nonstate" or role.sector in {
                        "REB", "UAF", "OPP", "RAD", "NGO"}):
                    return ent.root
            elif len(ent) > 1 and ent.root.lemma_.lower() == lemma:
                return ent.root
        return None

    def _foreign_words(self, tokens: list[Token]) -> bool:
        """Whether a phrase names some country or people ("Zorgovian forces"), known or
        not, or says it is from abroad ("foreign nurses"): then the story's country is not
        its own. A capitalised word that names a kind of actor ("Republican senators") is
        none."""
        return any((t.ent_type_ in {"NORP", "GPE", "LOC"} or (
            t.tag_ == "JJ" and t.is_title and not t.is_sent_start)) and
            not self.dictionary.sector_of(t.lower_) and not _stance(t) and
            t.lower_ not in {"pro", "anti", "-"} or (
            t.lower_ in ABROAD and t.dep_ in {"amod", "compound"}) for t in tokens)

    def _attached_code(self, head: Token) -> str | None:
        """A country named beside the head: "Kenzo Oshima, the UN coordinator",
        "doctors from American aid groups", "demonstrators in Baghdad"."""
        for child in head.children:
            if child.dep_ == "appos":
                return self._describe(child).code
            if child.dep_ == "prep" and child.lower_ in {"from", "in", "throughout", "across"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (child.lower_ == "from" or _civilian(head) or (
                        head.lemma_.lower() in LOCAL_BODIES and child.lower_ == "in")):
                    return self._describe(pobj).code
        subject = head
        while subject.dep_ in {"pobj", "prep"}:  # "hundreds of students"
            subject = subject.head
        if _civilian(head) and subject.dep_ == "nsubj":  # "In Cairo, hundreds of students
            for child in subject.head.children:  # demonstrated": where the crowd acts
                if child.dep_ == "prep" and child.lower_ == "in":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None and pobj.i in self.place_codes:
                        return self.place_codes[pobj.i]
        return None

    def _stated_country(self, head: Token) -> str | None:
        """The country an "of" phrase gives a person or a body ("King Hassan of Morocco",
        "the Senate of Chile"), a country owning a body ("Brazil's Senate"), or a
        nationality word a body's name ("the Chilean Senate")."""
        if head.ent_type_ not in {"PERSON", "ORG"} and head.pos_ != "PROPN":
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ == "GPE":
                    return self._describe(pobj).code
            if head.ent_type_ != "PERSON" and child.dep_ == "poss" and \
                    child.ent_type_ == "GPE":  # "Brazil's Senate"
                return self._describe(child).code
            if head.ent_type_ != "PERSON" and child.dep_ in {"amod", "compound"} and \
                    child.is_title and child.i < head.i:
                role = self.dictionary.role(normalise([child.text]), self.day)
                if role and role.kind in STATE_KINDS and not role.sector:
                    return role.code
        return None

    def _entity_text(self, head: Token) -> str:
        ent = self.entity_of.get(head.i)
        if ent is None:  # the run of proper nouns the head ends: "Hakubun Shimomura"
            start = head.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and \
                    self.doc[start - 1].is_title and start - 1 not in self.entity_of:
                start -= 1
            return self.doc[start:head.i + 1].text
        return " ".join(t.text for t in ent if t.text not in {"'s", "\u2019s", "the", "The"})

    def _partial_name(self, match: Match, head: Token) -> bool:
        """'Hassan' alone inside 'King Hassan of Morocco' names someone else."""
        if head.ent_type_ != "PERSON" or match.end - match.start > 1:
            return False
        ent = self.entity_of.get(head.i)
        return ent is not None and len(ent) > 1

    def _possessor_code(self, head: Token) -> str | None:
        """The country of whom a word acts for: "Iran's government", "the leader of
        Chad", "a spokesman for President Putin"."""
        for child in head.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in {"of", "for"}):
                owner = child if child.dep_ == "poss" else next(
                    (c for c in child.children if c.dep_ == "pobj"), None)
                if owner is not None:
                    found = self.resolve(owner)
                    if found and found[0].code:
                        return found[0].code
        return None

    def matches(self, tokens: list[Token]) -> list[Match]:
        """Longest dictionary and agent phrases over each run of adjacent tokens."""
        out: list[Match] = []
        i = 0
        while i < len(tokens):
            found = self._longest(tokens, i)
            if found:
                out.append(found)
                i = next(k for k, t in enumerate(tokens) if t.i >= found.end) \
                    if tokens[-1].i >= found.end else len(tokens)
            else:
                i += 1
        return out

    def _longest(self, tokens: list[Token], i: int) -> Match | None:
        run = [tokens[i]]
        for t in tokens[i + 1:i + MAX_PHRASE]:
            if t.i != run[-1].i + 1:
                break
            run.append(t)
        for n in range(len(run), 0, -1):
            words = [t.text for t in run[:n]]
            key = normalise(words)
            lemma_key = normalise(words[:-1] + [run[n - 1].lemma_])
            if not key:
                continue
            role = self.dictionary.role(key, self.day, self.home)
            sector = self.dictionary.sector_of(key) or self.dictionary.sector_of(lemma_key)
            if role and _stance(run[0]):
                role = None  # "pro-Iranian", "anti-Syria": for or against, not of
            if role or sector:
                text = self.doc[run[0].i:run[n - 1].i + 1].text
                return Match(run[0].i, run[n - 1].i + 1, text, role, sector)
        longer = self._longer_name(run)
        if longer is not None:
            return longer
        first = run[0]
        if "-" in first.text[1:]:  # "U.S.-led", "Iranian-backed": one token, its first part
            role = self.dictionary.role(normalise([first.text.split("-")[0]]), self.day)
            if role:
                return Match(first.i, first.i + 1, first.text, role, None)
        return None

    def _longer_name(self, run: list[Token]) -> Match | None:
        """An organisation's name that runs on past the phrase the parse gave it: its
        conjunction and place cut off ("the Organisation for Security and Cooperation in
        Europe" parsed as "Organisation for Security" + "and Cooperation" + "in Europe")."""
        if run[0].ent_type_ != "ORG" or run[-1].i + 1 >= len(self.doc):
            return None
        sent_end = run[0].sent.end
        words = self.doc[run[0].i:min(run[0].i + MAX_PHRASE, sent_end)]
        for n in range(len(words), len(run) + 1, -1):
            if words[n - 1].is_punct or not words[n - 1].text[:1].isupper():
                continue
            role = self.dictionary.role(normalise(t.text for t in words[:n]), self.day,
                                        self.home)
            if role is not None and role.kind == "international":
                return Match(run[0].i, run[0].i + n, words[:n].text, role, None)
        return None

    # ---- pronouns -------------------------------------------------------------------
    def antecedent(self, pronoun: Token) -> tuple[Actor, ...]:
        """A pronoun's referent: a subject of an enclosing clause (not of its own clause
        when it is the object: that would be "themselves"), else the last fitting mention."""
        word = pronoun.lower_
        if word in SPEAKER_PRONOUNS:
            return (Actor(text=pronoun.text),)
        own = pronoun.head if pronoun.dep_ in {"dobj", "dative", "iobj"} else None
        holder = pronoun.head.head if pronoun.dep_ == "pobj" else None  # "detained 15 of
        if holder is not None and holder.dep_ in {"dobj", "nsubjpass"}:  # them": not the
            own = holder.head  # police themselves
        skipped = set()
        while own is not None:  # "thanked Fujimori and urged him": urged shares thanked's
            skipped.add(own.i)  # subject, who is not "him" either
            own = own.head if own.dep_ == "conj" and own.head != own else None
        for verb in pronoun.ancestors:
            if verb.i in skipped:  # "police provide them with food": not the police themselves
                if word in PERSON_PRONOUNS | {"them"}:
                    named = self._named_object_before(pronoun, verb)
                    if named is not None:
                        return named
                continue
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i < pronoun.i \
                        and child.lower_ not in PRONOUNS and self._fits(word, child) \
                        and not is_dateline(child):
                    return self.actors(child) if word in PLURAL_PRONOUNS else self.resolve(child)
        if word in PERSON_PRONOUNS:
            subject = self._previous_person_subject(pronoun)
            if subject is not None and subject.lower_ in PERSON_PRONOUNS:
                if (subject.lower_ in MALE_PRONOUNS) == (word in MALE_PRONOUNS):
                    found = self.antecedent(subject)  # "He ... He campaigned": the same one
                    return tuple(replace(a, text=pronoun.text) for a in found)
            elif subject is not None and self._fits(word, subject):  # "Trump, who has
                return tuple(replace(a, text=pronoun.text, name=a.name or a.text)  # praised
                             for a in self.resolve(subject))  # Putin, said ... He said he
                # would meet": the last sentence's subject, not the last name
            before = [name for i, name in self.subject_mentions if i < pronoun.i] or [
                name for i, name in self.person_mentions if i < pronoun.i]  # the last person
            if before:  # who did something, not the last named ("singing with Tommy Dorsey")
                p = self.people[before[-1]]
                return (Actor(text=pronoun.text, name=p.name, code=p.code, sector=p.sector),)
        if word in THING_PRONOUNS:
            subject = self._previous_subject(pronoun)
            if subject is not None:  # "It said": the words stay, the identity is the ministry's
                return tuple(replace(a, text=pronoun.text, name=a.name or a.text)
                             for a in self.resolve(subject))
        return (Actor(text=pronoun.text),)

    def _both_sides(self, head: Token) -> tuple[Actor, ...]:
        """"both sides", "the two countries": the last two countries the story named
        before this sentence ("China ... Taiwan ... urged both sides to show restraint")."""
        if head.lemma_.lower() not in PAIR_NOUNS or not any(
                c.lower_ in {"both", "two"} for c in head.children):
            return ()
        start = head.sent.start
        codes: list[str] = []
        for i in sorted((i for i in self.place_codes if i < start), reverse=True):
            if self.place_codes[i] not in codes:
                codes.append(self.place_codes[i])
            if len(codes) == 2:
                text = self.doc[head.left_edge.i:head.i + 1].text  # "both sides"
                return tuple(Actor(text=text, code=code) for code in reversed(codes))
        return ()

    def _named_object_before(self, pronoun: Token, verb: Token) -> tuple[Actor, ...] | None:
        """The person a clause named as its object before an object pronoun ("thanked
        Fujimori for his efforts and urged him"), if one fits; for "them", the people it
        named so ("dragged patients from the ward and shot them")."""
        for child in verb.children:
            if child.dep_ not in {"dobj", "dative"} or child.i > pronoun.i:
                continue
            if pronoun.lower_ == "them" and child.tag_ in {"NNS", "NNPS"}:
                return tuple(replace(a, text=pronoun.text) for a in self.actors(child))
            if child.ent_type_ == "PERSON" and self._fits(pronoun.lower_, child):
                return tuple(replace(a, text=pronoun.text, name=a.name or a.text)
                             for a in self.resolve(child))
        return None

    def _fits(self, word: str, subject: Token) -> bool:
        agent = subject.tag_ == "NN" and \
            self.dictionary.sector_of(subject.lemma_.lower()) is not None
        if word in PERSON_PRONOUNS:
            sex = {t.lower_ for t in subject.subtree if t.i <= subject.i} | {
                subject.lemma_.lower()}
            if (word in MALE_PRONOUNS and sex & FEMALE_NOUNS and subject.lemma_.lower()
                    not in MALE_NOUNS) or (word in FEMALE_PRONOUNS and sex & MALE_NOUNS and
                                           subject.lemma_.lower() not in FEMALE_NOUNS):
                return False  # "after his wife told a judge he had threatened her"
            return subject.ent_type_ == "PERSON" or agent
        if word in THING_PRONOUNS:  # "the army said it...": a body; not "the minister"
            return subject.ent_type_ != "PERSON" and subject.tag_ not in {"NNS", "NNPS"} and \
                not (agent and a_person(subject))
        return True

    def _sentence_of(self, token: Token) -> int:
        """The index of the sentence a token is in (sentences found once per article)."""
        if self.sentences is None:
            self.sentences = sentences(self.doc)
            self.sentence_starts = [s.start for s in self.sentences]
        return bisect_right(self.sentence_starts, token.i) - 1

    def _previous_person_subject(self, pronoun: Token) -> Token | None:
        """The main subject of the sentence just before, if a person's (a name, a person
        pronoun, or a title with the name in apposition)."""
        here = self._sentence_of(pronoun)
        if here < 1 or self.sentences is None:
            return None
        subject = next((c for c in self.sentences[here - 1].root.children
                        if c.dep_ == "nsubj"), None)
        if subject is None or subject.ent_type_ == "PERSON" or (
                subject.lower_ in PERSON_PRONOUNS and subject.i < pronoun.i):
            return subject
        if subject.lemma_.lower() in PERSON_NOUNS:  # "The president of France, Nicolas
            return next((t for t in subject.subtree  # Sarkozy, said": Sarkozy
                         if t.ent_type_ == "PERSON" and t.dep_ == "appos"), None)
        return None

    def _previous_subject(self, pronoun: Token) -> Token | None:
        """A body's subject in one of the two sentences before: "The ministry ... It said"."""
        here = self._sentence_of(pronoun)
        for sent in reversed((self.sentences or [])[max(here - 2, 0):max(here, 0)]):
            for child in sent.root.children:
                if child.dep_ == "nsubj" and (child.ent_type_ in {"GPE", "ORG", "NORP"} or (
                        child.tag_ in {"NN", "NNP"} and
                        self.dictionary.sector_of(child.lemma_.lower()) is not None)):
                    return child  # "The ministry ... It said"
        return None


SPORT_WORDS = word_pattern(SPORT_STORY)


# Verbs whose object's "of" phrase is what it is charged with, no part of its name.
CHARGING = {"accuse", "suspect", "convict", "acquit", "clear", "absolve"}


# The two parties "both sides" or "the two countries" refers back to.
PAIR_NOUNS = {"side", "country", "nation", "neighbor", "neighbour", "rival", "government",
              "party"}


# People named by whom they follow: their sector is the followed one's.
FOLLOWERS = {"supporter", "follower", "loyalist", "sympathizer", "sympathiser", "backer",
             "partisan", "adherent"}


# Bodies "the ..." refers back to by the last word of their name.
BODY_NOUNS = {"council", "commission", "committee", "agency", "court", "assembly", "party",
              "company", "alliance", "league", "front", "movement", "organization",
              "organisation", "coalition", "federation", "fund", "bank", "union", "board",
              "panel", "tribunal", "congress", "parliament"}


# A group named by its sector alone ("police", "protesters", "the administration") is of
# the story's own country, unless its sector is of people from elsewhere.
FOREIGN_SECTORS = {"REF"}
HOME_SHARE = 0.5  # the story's country names more than this share of its place mentions


def _own_name(ent: Span, token: Token) -> list[Token]:
    """The words of a name the tagger joined to others with "and" or a comma that
    belong to `token`'s own."""
    groups: list[list[Token]] = [[]]
    for t in ent:
        if t.lower_ in {"and", "&", ","} and t.i != token.i:
            groups.append([])
        else:
            groups[-1].append(t)
    return next((g for g in groups if token in g), list(ent))


NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def _initial_or_suffix(word: Token) -> bool:
    """A middle initial ("J.") or a generational suffix ("Jr.") of a person's name."""
    return (len(word.text.rstrip(".")) == 1 and word.text[0].isupper()) or \
        word.lower_ in NAME_SUFFIXES


def identified(actor: Actor) -> bool:
    """Whether an actor is someone Tacitus can say who it is: a country, a sector or a
    name (a thing, "the deal", is none of these)."""
    return bool(actor.code or actor.sector or actor.name)


def home_country(places: Sequence[Place]) -> str | None:
    """The country a story is about: its dateline's ("WASHINGTON —": the unnamed officials,
    police and administration of a story are mostly where it is filed from), else the
    one its place names (towns, regions, the country itself, nationality words) mostly lie
    in, when one country has most of them."""
    filed = dateline_country(places)
    if filed is not None:
        return filed
    counts = Counter(p.code for p in places if p.code)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n > HOME_SHARE * sum(counts.values()) else None


CIVILIAN_HEADS = {"demonstrator", "protester", "protestor", "resident", "people", "student",
                  "worker", "villager", "civilian", "activist", "citizen", "crowd", "refugee",
                  "rebel", "insurgent", "guerrilla", "militant", "elder", "farmer", "voter",
                  "prisoner", "fundamentalist"}


# Bodies that govern where they sit: "the government in Damascus", "police in Kirkuk".
LOCAL_BODIES = {"government", "authorities", "authority", "police", "court", "parliament",
                "administration", "regime", "council", "governor", "mayor", "officials"}


PERSON_NOUNS = {"president", "resident", "student", "agent", "chief", "head", "official",
                "king", "queen", "prince", "judge", "general", "premier", "envoy", "diplomat",
                "secretary", "spokesperson", "deputy", "aide", "candidate", "delegate",
                "chancellor", "colonel", "captain", "sheikh", "emir", "pope", "bishop", "cleric",
                "imam", "rabbi", "priest", "nominee", "incumbent", "attorney", "suspect"}


def a_person(noun: Token) -> bool:
    """Whether an agent noun names one person ("the minister", "the spokesman") rather
    than a body ("the army", "the ministry")."""
    word = noun.lemma_.lower()
    return word in PERSON_NOUNS or word.endswith(
        ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "ant"))


def _civilian(head: Token) -> bool:
    """People located somewhere are usually of that place, rebels in a country too;
    soldiers often are not."""
    return head.lemma_.lower() in CIVILIAN_HEADS


def _stance(token: Token) -> bool:
    """Is the word the object of a stance prefix: 'pro-Iranian', 'anti-Syria'?"""
    doc = token.doc
    before = [doc[i].lower_ for i in range(max(token.i - 2, 0), token.i)]
    return bool(before) and (before[-1] in {"pro", "anti"} or
                             (before[-1] == "-" and len(before) > 1 and
                              before[0] in {"pro", "anti"}))


def _metonymy(role: Role, head: Token) -> str | None:
    """A capital acting stands for its government: "Moscow said" -> GOV."""
    return "GOV" if role.kind == "capital" and head.dep_ in {"nsubj", "nsubjpass"} else None


def passive_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb: "was announced by the ministry" -> ministry (the
    last of two objects the parser gave it: "by Northern California wildfires")."""
    found = [g for c in verb.children if c.dep_ == "agent" for g in c.children
             if g.dep_ == "pobj"]
    return found[-1] if found else None


def phrase_tokens(head: Token) -> list[Token]:
    """The words of a noun phrase without its clauses, conjuncts and most prepositions
    ("of" stays, but not before a gerund, "accused the army of provoking it", and so does a
    preposition inside a name: "Council on Foreign Relations"),
    nor a dateline the parser hung on it ("BRUSSELS (Reuters) - European Union leaders").
    Walked with a stack, not recursion: a parse of unpunctuated text can be very deep."""
    out, todo = [], [head]
    charged = head.dep_ == "dobj" and head.head.lemma_.lower() in CHARGING  # "accused the
    while todo:  # army of bombing": the charge
        token = todo.pop()
        out.append(token)
        todo.extend(child for child in token.children if not (
            child.dep_ in SKIP_DEPS and not (child.dep_ == "prep" and (
                (child.lower_ == "of" and not any(
                    g.dep_ == "pcomp" or g.tag_ == "VBG" or (charged and not g.ent_type_)
                    for g in child.children))
                or _inside_name(child)))) and not is_dateline(child) and
            not _across_a_dash(child, token) and not (  # not "loyal to Dudayev" after
                child.dep_ == "amod" and child.i > token.i))  # "fighters"
    return sorted(out, key=lambda t: t.i)


def _across_a_dash(child: Token, head: Token) -> bool:
    """A word before a spaced dash that precedes its head belongs to the dateline the
    parser hung on the head ("MONROVIA, Liberia (Reuters) - Rebel fighters"), not a
    hyphen inside a word ("U.S.-led")."""
    return child.i < head.i and any(
        t.text in DASHES and t.whitespace_ and
        t.doc[t.i - 1].whitespace_ for t in child.doc[child.i + 1:head.i])


def is_dateline(token: Token) -> bool:
    """A dateline's place, opening a report in capitals: "MOSCOW (AP) —", "BRUSSELS,"."""
    return token.left_edge.i == token.sent.start and len(token.text) > 2 and \
        token.text.isupper() and token.i + 1 < len(token.doc) and \
        token.nbor(1).text in DATELINE_ENDS


def after_dateline(dateline: Token) -> list[Token]:
    """The subject a parse hung on a dateline: the phrase after its dash ("FREETOWN, Sierra
    Leone (Reuters) - Rebel soldiers ... freed", "JERUSALEM (Reuters) - Netanyahu and Arafat
    will meet"), else its last appositive that is no place nor the agency's credit in
    brackets ("DES MOINES, Iowa, Senator Ames accused")."""
    dash = next((t.i for t in dateline.sent if t.i > dateline.i and t.text in DASHES), None)
    if dash is not None:
        after = [t for t in dateline.subtree if t.i > dash and t.head.i < dash]
        if after:
            return after[:1]
    return [c for c in dateline.children if c.dep_ == "appos" and
            c.ent_type_ not in {"GPE", "LOC"} and not (c.i > 0 and c.nbor(-1).text == "(")][-1:]


def _inside_name(prep: Token) -> bool:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.head.pos_ == "PROPN" and pobj is not None and pobj.pos_ == "PROPN" and \
        prep.head.ent_iob_ != "O" and prep.head.ent_type_ == pobj.ent_type_
