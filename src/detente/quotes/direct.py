"""Direct quotes: a quoted passage with its attribution right before or after it.

Handles `"...," X said`, `"...," said X`, `X said: "..."`, a passage split by its cue in any quotation marks
(`"...," Putin said, "and ..."`, `«...,» Macron said, «...»`), and floating quotes: a quoted sentence right
after an attributed quote in the same paragraph, with no cue of its own, belongs to the same speaker. Quoted
words inside a clause (`Israel would respond "in due course", the office said`) are left to the clause's
attribution, as a mixed quote.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..quotemarks import CLOSING_CHARS, CLOSING_TOKENS, OPENING_TOKENS, TOKENS
from .floating import BLANK_LINE
from .found import Found
from .lexicon import Lexicon
from .marks import Passage
from .reported import speaker_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

WINDOW = 12  # tokens searched for a cue on either side of a passage
LEAD_IN = ":,"  # what stands between a cue and the quotation it introduces: `X said: "..."`
SENTENCE_END = ".!?…"
NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"})  # the stuff of a speaker phrase
NAME_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
CONTENT_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis", "xcomp"})


class Tokens:
    """Character offset -> token index lookups over one parse."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text
        self.starts = doc.to_array("IDX").tolist()

    def at_or_after(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def before(self, char: int) -> int:
        """Index of the last token starting before ``char``."""
        return bisect.bisect_left(self.starts, char) - 1


def _is_cue(tok: Token, lexicon: Lexicon) -> bool:
    return tok.pos_ in ("VERB", "AUX") and lexicon.is_cue(lexicon.lemma(tok))


def _loose(tok: Token) -> bool:
    """Punctuation, space or a quotation mark (the tagger may read a guillemet as a name)."""
    return tok.is_punct or tok.is_space or tok.text in TOKENS


def _opening(tok: Token) -> bool:
    """An opening quotation mark (not the apostrophe of "the countries' envoys")."""
    return tok.text in OPENING_TOKENS and tok.tag_ != "POS"


def _closing(tok: Token) -> bool:
    return tok.text in CLOSING_TOKENS and tok.tag_ != "POS"


def _misread_name(clause: Token) -> bool:
    """A "clause" that is a lone capitalised word, a name the parser took for a verb ("told the state broadcaster
    [RTNC] the same evening")."""
    return clause.text[:1].isupper() and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in clause.children) and (
        clause.i > 0 and clause.nbor(-1).pos_ in ("NOUN", "PROPN"))


def _quoted_clause(clause: Token) -> bool:
    """Whether a clause opens with a quotation mark: the rest of a quotation split by its cue."""
    doc, first = clause.doc, clause.left_edge.i
    if first > 0 and doc[first - 1].dep_ == "cc":
        first -= 1  # `said, "and how much ..."`: the conjunction opens the rest, outside the clause
    return _opening(doc[first]) or (first > 0 and _opening(doc[first - 1]))


def _cue_after(passage: Passage, toks: Tokens, lexicon: Lexicon) -> Token | None:
    """`"...," X said` / `"...," said X`: a cue whose only company after the passage is its speaker."""
    doc, first = toks.doc, toks.at_or_after(passage.close_end)
    goes_on = (
        toks.text[max(0, passage.close_end - 8) : passage.close_end].rstrip(CLOSING_CHARS + " ")[-1:] == ","
    )  # `"...,"` + line break + `he said`
    for i in range(first, min(first + WINDOW, len(doc))):
        tok = doc[i]
        new_line = "\n" in tok.text and not goes_on
        if _opening(tok) or new_line or (tok.is_sent_start and i > first):
            return None
        if _is_cue(tok, lexicon):
            if any(c.dep_ == "ccomp" and c.i > tok.i and not _quoted_clause(c) and not _misread_name(c)
                   for c in tok.children):
                return None  # the cue reports a clause of its own: `"..." The ministry said the plan ...`
            speaker = speaker_head(tok, lexicon)
            covered = set() if speaker is None else {t.i for t in speaker.subtree}
            if all(_loose(doc[j]) or j in covered for j in range(first, i)):
                return tok
            return tok if _phrase_between(doc, first, i) is not None else None
    return None


def _phrase_between(doc: Doc, first: int, last: int) -> Token | None:
    """The speaker written between a closing mark and its cue when the parser broke it up: the last noun of
    `"...," Tulsa police Chief Chuck Jordan said`, where "Tulsa" was read as a verb."""
    toks = [doc[j] for j in range(first, last) if not _loose(doc[j])]
    if not toks or not all(t.pos_ in NAME_POS or t.ent_type_ in NAME_ENTS for t in toks):
        return None
    nouns = [t for t in toks if t.pos_ in ("PROPN", "NOUN")]
    return nouns[-1] if nouns else None


def _cue_before(passage: Passage, toks: Tokens, lexicon: Lexicon, text: str) -> Token | None:
    """`X said: "..."`, `X told reporters, "...`, `X declared "...`: a cue just before the opening mark.

    Any verb with a subject right before a colon or comma introduces the quotation (`She went on: "..."`,
    `She continued, "..."`); further back it must be a cue, and with no colon or comma it must be a cue right
    before the mark.
    """
    lead = text[: passage.open_at].rstrip()
    if not lead:
        return None
    doc, last = toks.doc, toks.before(len(lead) - 1 if lead[-1] in LEAD_IN else len(lead))
    window = WINDOW if lead[-1] in LEAD_IN else 1
    for i in range(last, max(last - window, -1), -1):
        tok = doc[i]
        colon_verb = tok.pos_ == "VERB" and (lead[-1] == ":" or (lead[-1] == "," and i == last))
        if _is_cue(tok, lexicon) and window == 1 and lexicon.lemma(tok) in lexicon.beliefs:
            return None  # `had seen "fresh damage"`: words quoted in a report, no one's speech
        if _is_cue(tok, lexicon) or colon_verb:
            return tok if speaker_head(tok, lexicon) or _inverted_speaker(tok) else None
        if _closing(tok) or tok.text in SENTENCE_END or tok.lower_ == "that":
            return None  # `said that, "..." against ...` reports a clause: a mixed quote
    return None


def _dash_speaker(passage: Passage, toks: Tokens, lexicon: Lexicon) -> tuple[int, Token] | None:
    """`"..." ― Jane Doe`: a name after a dash that follows the closing mark signs the quotation.

    Returns the dash's character offset and the last token of the name (the tokenizer may glue the dash to the
    closing mark: `”―`)."""
    text, at = toks.text, passage.close_end
    while at < len(text) and text[at] in " \t\xa0":
        at += 1
    if at >= len(text) or text[at] not in lexicon.dash_cues:
        return None
    doc, name = toks.doc, toks.at_or_after(at + 1)
    while name < len(doc) and doc[name].is_space and "\n" not in doc[name].text:
        name += 1
    if name >= len(doc) or doc[name].pos_ != "PROPN":
        return None
    while name + 1 < len(doc) and doc[name + 1].pos_ == "PROPN":
        name += 1
    return at, doc[name]


def _inverted_speaker(cue: Token) -> Token | None:
    """`Said Ellis: "..."`: a name right after a sentence-opening cue, before the colon."""
    if not cue.is_sent_start:
        return None
    name = None
    for tok in cue.doc[cue.i + 1 : cue.i + 5]:
        if tok.pos_ != "PROPN":
            break
        name = tok
    return name


def _aside(clause: Token) -> bool:
    """A participle adjunct of the cue that says nothing itself: `"...," Tester said, referring to the excuse,
    "..."` (not `adding that ...`, which reports a clause of its own)."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "ccomp", "mark") for c in clause.children)
        and not any(_opening(t) for t in clause.subtree)
    )


def _past_aside(toks: Tokens, reach: int) -> int:
    """``reach`` moved past a participle aside that follows the attribution: `he said, referring to X,`."""
    doc, i = toks.doc, toks.at_or_after(reach)
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or not _aside(doc[i]):
        return reach
    last = doc[i].right_edge
    return last.idx + len(last.text)


def _reach(cue: Token, passage: Passage) -> int:
    """End of the attribution clause (`Putin said,`) that follows a passage."""
    inner = {t.i for c in cue.children if c.dep_ in CONTENT_DEPS for t in c.subtree}
    clause = {t.i for t in cue.subtree} - inner
    end = passage.close_end
    for tok in cue.doc[cue.left_edge.i :]:
        if tok.idx < passage.close_end:
            continue
        if tok.i not in clause or _opening(tok):
            break
        end = tok.idx + len(tok.text)
    return end


def _continues(prev_reach: int, nxt: Passage, text: str) -> bool:
    """Whether ``nxt`` goes on with the same sentence after the cue: `"...," he said, "and ..."`."""
    gap = text[prev_reach : nxt.open_at]
    last = text[:prev_reach].rstrip().rstrip(CLOSING_CHARS).rstrip()[-1:]
    return gap.strip() in ("", ",", ":") and not BLANK_LINE.search(gap) and last not in SENTENCE_END


def _embedded(passage: Passage, text: str) -> bool:
    """A quoted fragment inside a clause, which the clause's attribution holds as a mixed quote:
    `Israel would respond "in due course", the office said`."""
    lead = text[: passage.open_at].rstrip(" \t\xa0")
    return lead[-1:].isalnum()


def _floats(prev: Found, nxt: Passage, text: str) -> bool:
    """Whether ``nxt`` is a quoted sentence right after an attributed quote in the same paragraph."""
    gap = text[prev.reach : nxt.open_at]
    same_paragraph = not BLANK_LINE.search(text[prev.end : nxt.open_at])
    return same_paragraph and all(c.isspace() or c in SENTENCE_END for c in gap)


def direct(passages: list[Passage], doc: Doc, lexicon: Lexicon, text: str) -> list[Found]:
    """Direct quotes among ``passages`` (scare quotes and mixed quotes are left to the reported pass)."""
    toks, out = Tokens(doc, text), []
    prev: Found | None = None
    i = 0
    while i < len(passages):
        p = passages[i]
        words = len(text[p.start : p.end].split())
        found, taken = None, 1
        if (
            words >= lexicon.min_direct_words
            and not _embedded(p, text)
            and (cue := _cue_after(p, toks, lexicon)) is not None
        ):
            found, taken = _attributed(p, cue, passages[i + 1 :], toks, lexicon)
        elif words >= lexicon.min_direct_words and (cue := _cue_before(p, toks, lexicon, text)):
            found = _found(p, cue, p.close_end, lexicon)
        elif (signed := _dash_speaker(p, toks, lexicon)) is not None:
            at, signer = signed
            reach = signer.idx + len(signer.text)
            found = Found(list(p.parts), text[at], (at, at + 1), signer, "direct", reach)
        elif prev is not None and words > lexicon.min_direct_words and _floats(prev, p, text):
            prev.parts.extend(p.parts)  # a floating quote: the same speaker goes on
            prev.reach = p.close_end
            i += 1
            continue
        if found is not None:
            out.append(found)
        prev = found
        i += taken
    return out


def _found(p: Passage, cue: Token, reach: int, lexicon: Lexicon) -> Found:
    span = (cue.idx, cue.idx + len(cue.text))
    speaker = speaker_head(cue, lexicon) or _inverted_speaker(cue)
    if cue.idx > p.close_end and (speaker is None or speaker.idx < p.close_end):
        first = cue.doc.char_span(p.close_end, cue.idx, alignment_mode="expand")
        speaker = _phrase_between(cue.doc, first.start, cue.i) if first is not None else speaker
    return Found(list(p.parts), lexicon.lemma(cue), span, speaker, "direct", reach, {cue.i})


def _attributed(p: Passage, cue: Token, rest: list[Passage], toks: Tokens, lexicon: Lexicon) -> tuple[Found, int]:
    """A passage with its cue after it, joined with the passages that continue it past the cue."""
    found, taken = _found(p, cue, _reach(cue, p), lexicon), 1
    if rest and not _continues(found.reach, rest[0], toks.text):
        found.reach = _past_aside(toks, found.reach)
    for nxt in rest:
        if not _continues(found.reach, nxt, toks.text):
            break
        found.parts.extend(nxt.parts)
        found.reach = nxt.close_end
        taken += 1
    return found, taken
