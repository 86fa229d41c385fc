"""Transcript lines: "PENCE: Gennifer Flowers will not be at the debate." The name before the colon speaks.

A line counts when the name is written in capitals (the transcript convention) or the parser reads it as a
person's name; labels such as "UPDATE:" or "Editor's note:" are listed in ``transcript_labels``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .found import Found
from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

LINE = re.compile(r"""^[ \t]*["“]?(?P<name>[A-Z][\w.'’ -]{1,40}?)[ \t]*:[ \t]+(?P<content>\S[^\n]*)$""", re.M)
MIN_WORDS = 3


def _speaker_name(doc: Doc, name: str, start: int, end: int) -> bool:
    """Whether ``name`` names a speaker: capitals throughout, or a person's name by the parser."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ == "PERSON" for t in span)


def transcript(doc: Doc, text: str, lexicon: Lexicon) -> Iterator[Found]:
    """Every "NAME: what they said" line of ``text`` (the doc's text)."""
    for m in LINE.finditer(text):
        name, content = m.group("name").strip(), m.group("content").rstrip()
        start, end = m.start("name"), m.start("name") + len(name)
        if name.lower() in lexicon.transcript_labels or len(content.split()) < MIN_WORDS:
            continue
        if not _speaker_name(doc, name, start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        colon = text.index(":", end)
        c_start = m.start("content")
        parts = [(c_start, c_start + len(content.rstrip('"” ')))]
        speaker = span.root if span is not None else None
        yield Found(parts, ":", (colon, colon + 1), speaker, kind="direct")
