"""Floating quotes: a quotation with no cue of its own that goes on from an attributed quote before it.

Within a paragraph, a quoted sentence right after a reported attribution joins it (`Smith said the talks
had failed. "We tried everything."`). A paragraph that is only a quotation, right after a paragraph whose last
quote has a speaker, is a quote of that speaker in its own right; after a paragraph with no quote, of the person
that paragraph last names as a subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .found import Found
from .lexicon import Lexicon
from .marks import Passage, headline_like

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

BLANK_LINE = re.compile(r"\n[ \t\xa0]*\n")
TRAILING = " \t\n\xa0.,;"  # what may follow a closing mark in a paragraph that is only a quotation


def _words(text: str, passage: Passage) -> int:
    return len(text[passage.start : passage.end].split())


def _free(found: list[Found], marked: list[Passage], text: str, lexicon: Lexicon) -> list[Passage]:
    """Quotations long enough to stand alone that no attribution holds yet."""
    taken = {part for f in found for part in f.parts}
    return [p for p in marked if not taken & set(p.parts) and _words(text, p) >= lexicon.min_direct_words]


def join_sentences(found: list[Found], marked: list[Passage], doc: Doc, lexicon: Lexicon) -> None:
    """Give a quoted sentence with no cue of its own, right after a reported attribution in the same
    paragraph, to its speaker: `Smith said the talks had failed. "We tried everything."`."""
    text = doc.text
    free = _free(found, marked, text, lexicon)
    for f in found:
        if f.kind == "direct" or not f.cue_tokens:
            continue
        reach = max(doc[min(f.cue_tokens)].sent.end_char, f.end)
        for p in free:
            new_paragraph = BLANK_LINE.search(text[f.end : p.open_at])
            if p.open_at < reach or text[reach : p.open_at].strip() or new_paragraph:
                continue
            f.parts.extend(p.parts)
            reach = p.close_end
            free = [q for q in free if q is not p]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph bounds: text between blank lines, or between line breaks in a text with no blank line."""
    breaks = BLANK_LINE if BLANK_LINE.search(text) else re.compile(r"\n")
    out, start = [], 0
    for m in breaks.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _alone(text: str, passage: Passage, paragraph: tuple[int, int]) -> bool:
    """Whether ``passage`` is all there is of the paragraph it opens."""
    start, end = paragraph
    return not text[start : passage.open_at].strip() and not text[passage.close_end : end].strip(TRAILING)


def _heading(text: str, passage: Passage, lexicon: Lexicon) -> bool:
    """A quoted section heading ('All Bets Are Off.'), which is nobody's quote."""
    return headline_like(text[passage.start : passage.end].rstrip("."), lexicon.small_words)


def _person_subject(doc: Doc, start: int, end: int) -> Token | None:
    """The last person named as the subject of a main clause between ``start`` and ``end``: "Restrepo met her
    counterpart on Friday.", "The minister, Chung Dong-young, made the offer."."""
    span = doc.char_span(start, end, alignment_mode="expand")
    out = None
    for tok in span if span is not None else []:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            continue
        names = [tok, *(c for c in tok.children if c.dep_ == "appos")]
        out = next((n for n in names if n.ent_type_ == "PERSON"), out)
    return out


def quoted_paragraphs(
    found: list[Found], marked: list[Passage], text: str, lexicon: Lexicon, doc: Doc | None = None
) -> list[Found]:
    """New quotes for the paragraphs that are only a quotation, each given to the speaker of the last quote
    of the paragraph before it (`Reyes said Manila would protest.` + `"The harassment has to stop."`), or,
    where that paragraph quotes no one, to the person it last names as a subject (`Restrepo met her counterpart
    on Friday.` + `"We talked about trade."`)."""
    bounds = paragraphs(text)
    out: list[Found] = []
    for p in _free(found, marked, text, lexicon):
        at = next((i for i, (s, e) in enumerate(bounds) if s <= p.open_at < e), None)
        if not at or not _alone(text, p, bounds[at]) or _heading(text, p, lexicon):
            continue
        if any(f.start < p.end and p.start < f.end for f in found):
            continue  # part of it is already some quote's content
        before = [f for f in [*found, *out] if bounds[at - 1][0] <= f.start < bounds[at - 1][1]]
        last = max(before, key=lambda f: f.start, default=None)
        if last is not None and last.speaker is not None:
            out.append(Found(list(p.parts), None, None, last.speaker, "direct", p.close_end))
        elif last is None and doc is not None and (subject := _person_subject(doc, *bounds[at - 1])) is not None:
            out.append(Found(list(p.parts), None, None, subject, "direct", p.close_end))
    return out
