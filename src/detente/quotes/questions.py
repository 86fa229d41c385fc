"""Questions and refusals are no one's quotes: what a reporter asks at a briefing ("another reporter asked
Cardozo", "One journalist put it to Benítez that ..."), with anything else the asker is given in that sentence
("One, citing a leaked memo, asked whether ..."), and an answer that only refuses one ("I will not comment on
that")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..intervals import ranges
from ..quotemarks import CLOSING
from .found import Found
from .lexicon import Lexicon

REFUSAL_WORDS = 10  # a refusal says nothing else


def _asks(found: Found, text: str, lexicon: Lexicon) -> bool:
    """Whether ``found`` is a question put by one who asks: a reporter, or "one"/"another" of them."""
    speaker = found.speaker
    if speaker is None or found.cue is None:
        return False
    if speaker.lower_ not in lexicon.questioners and speaker.lemma_.lower() not in lexicon.questioners:
        return False
    cue = found.cue.split()[0]
    question = text[found.start : found.end].rstrip(" '" + CLOSING).endswith("?")
    return cue in lexicon.question_cues or (question and speaker.pos_ != "PRON" and speaker.lower_ not in ("one",
                                                                                                          "another"))


def without_questions(found: list[Found], text: str, lexicon: Lexicon) -> list[Found]:
    """``found`` less the questions reporters put, whatever else their askers are given, and what is said inside
    a question ("put it to Benítez that Asunción had leaked the files")."""
    asked = [f for f in found if f.speaker is not None and _asks(f, text, lexicon)]
    askers = {f.speaker.i for f in asked if f.speaker is not None}
    inside = ranges((f.start, f.end) for f in asked)
    return [
        f for f in found
        if (f.speaker is None or f.speaker.i not in askers) and not (f.cue_span and inside.holds(f.cue_span[0]))
    ]


@lru_cache(maxsize=8)
def _refusal(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


def refused(found: Found, text: str, lexicon: Lexicon) -> bool:
    """A content that only refuses to comment: "I will not comment on that", "No comment"."""
    if not lexicon.refusals:
        return False
    content = " ".join(text[s:e] for s, e in found.parts)
    return len(content.split()) <= REFUSAL_WORDS and _refusal(lexicon.refusals).search(content) is not None
