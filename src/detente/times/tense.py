"""Tense of the clause a span belongs to, read from the spaCy parse; it decides which way a bare date points."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PAST, PRESENT, PERFECT, FUTURE = "past", "present", "perfect", "future"
PLANNED = "planned"  # a plan made in the past (planned a rally on Saturday): its date lies on either side
_VERBAL = {"VERB", "AUX"}
_NOUN_MODIFIER = {"poss", "compound", "nmod", "amod"}


class Tokens:
    """Finds the token at a character offset of a parsed document."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc] if doc is not None else []

    def at(self, char: int) -> Token | None:
        if self.doc is None or not self.starts:
            return None
        i = bisect_right(self.starts, char) - 1
        return self.doc[max(i, 0)]

    def sentence_start(self, char: int, back: int = 0) -> int:
        """The offset where the sentence at char starts, or the sentence `back` sentences before it."""
        token = self.at(char)
        if token is None or self.doc is None:
            return 0
        sent = token.sent
        for _ in range(back):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return int(sent.start_char)

    def head_of(self, start: int, end: int) -> Token | None:
        """The token of [start, end) whose head lies outside the span (the span's syntactic head)."""
        first = self.at(start)
        if first is None or self.doc is None:
            return None
        last = self.at(max(start, end - 1))
        span = self.doc[first.i : (last.i if last is not None else first.i) + 1]
        return span.root


def governor(token: Token, steps: int = 6) -> Token | None:
    """The nearest verb at or above a token: the predicate of its clause."""
    for _ in range(steps):
        if token.pos_ in _VERBAL and token.dep_ != "amod":
            return token
        if token.head == token:
            return None
        token = token.head
    return None


@dataclass(frozen=True)
class TenseCues:
    """Words that mark the future: auxiliaries (will, would) and verbs whose object lies ahead (scheduled)."""

    auxiliaries: frozenset[str]
    verbs: frozenset[str] = frozenset()


def verb_tense(verb: Token, cues: TenseCues) -> str | None:
    """past, present, perfect or future for a verb with its auxiliaries, None when it shows none."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    tags = {a.tag_ for a in auxes}
    infinitive = "TO" in tags and verb.dep_ == "xcomp"
    if infinitive and _past_perfect(verb.head):
        return PAST  # had been due to expire Friday: a plan overtaken
    if verb.lemma_ in cues.verbs and verb.tag_ == "VBD" and not words & cues.auxiliaries:
        return PLANNED
    if words & cues.auxiliaries or infinitive or verb.lemma_ in cues.verbs:
        return FUTURE
    if verb.tag_ == "VBG" and "VBN" in tags:  # has been searching, had been talking
        return PERFECT if tags & {"VBZ", "VBP"} else PAST
    if verb.tag_ == "VBG" and tags & {"VBZ", "VBP"}:
        return FUTURE
    if verb.tag_ == "VBD" or "VBD" in tags or _misread_past(verb, auxes):
        return PAST
    if verb.tag_ == "VBN":
        have = any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)
        return PERFECT if have else PRESENT if tags & {"VBZ", "VBP"} else PAST  # has met; is held; was held
    if verb.tag_ in ("VBZ", "VBP") or tags & {"VBZ", "VBP"}:
        return PRESENT
    return None


def _misread_past(verb: Token, auxes: list[Token]) -> bool:
    """A plain form after a singular noun in a sentence told in the past ('Weakness hurt the index, which
    fell') is a past the parser read as a present: a present would take -s."""
    if verb.tag_ != "VBP" or auxes:
        return False
    singular = any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children)
    return singular and any(t.tag_ == "VBD" for t in verb.sent)


def _past_perfect(token: Token) -> bool:
    """Whether the verb at or above a token is in the past perfect (had been due, had planned)."""
    verb = governor(token)
    if verb is None or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def tense_at(tokens: Tokens, start: int, end: int, cues: TenseCues) -> str | None:
    """The tense of the clause governing the span [start, end), None when there is none. A span that
    modifies a noun (Wednesday's ruling, the October killing) takes only a past from its clause: an event
    named in the past happened before; one named otherwise may lie on either side."""
    head = tokens.head_of(start, end)
    if head is None:
        return None
    if head.dep_ in _NOUN_MODIFIER:
        verb = governor(head.head) if head.head != head else None
        tense = verb_tense(verb, cues) if verb is not None else None
        return tense if tense in (PAST, PERFECT) else None
    verb = governor(head)
    if verb is None:
        return None
    tense = verb_tense(verb, cues)
    if tense == PLANNED and head.i < verb.i:
        return PAST  # 'On Friday, the government planned to pay': the day the plan was made
    if tense is None and verb.head != verb and verb.dep_ in ("xcomp", "conj", "advcl"):
        tense = verb_tense(verb.head, cues)
    return tense


@dataclass(frozen=True)
class ScheduleCues:
    """Words that set an event for a date rather than date what happened: verbs that schedule (set, call),
    verbs that move an event (postpone), prepositions of the target date (for, until) and modifiers of
    an event still ahead (next, upcoming)."""

    verbs: frozenset[str]
    moves: frozenset[str]
    set_prepositions: frozenset[str]
    move_prepositions: frozenset[str]
    upcoming: frozenset[str]


def scheduled_side(
    tokens: Tokens, start: int, end: int, cues: ScheduleCues, weekday: bool = False
) -> int | None:
    """Which way a bare date points when it is the date an event is set for, whatever the verb's tense:
    +1 for 'a strike for Thursday' (a weekday after 'for' always), 'is set for May', 'moved to October',
    'their next summit in May'; 0 (the nearest) for 'was set for May' and 'their summit in October was
    postponed'; None when no event is set for it."""
    head = tokens.head_of(start, end)
    if head is None or head.dep_ != "pobj":
        return None
    prep, word = head.head, head.head.lower_
    owner = prep.head
    verb = governor(owner)
    lemma = verb.lemma_.lower() if verb is not None else ""
    if word in cues.set_prepositions and weekday:
        return 1
    if word in cues.set_prepositions and lemma in cues.verbs:
        return 0 if verb is not None and _past(verb) else 1
    on_verb = verb == owner or (verb == owner.head and owner.dep_ in ("prt", "advmod"))  # pushed back to
    if word in cues.move_prepositions and lemma in cues.moves and on_verb and not _in_range(owner):
        return 1
    if owner.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(child.lower_ in cues.upcoming for child in owner.children):
        return 1
    return 0 if lemma in cues.moves else None


def _past(verb: Token) -> bool:
    """Whether a verb is in the past: 'called', 'was set', 'first called for March' (a bare participle)."""
    auxes = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or "VBD" in auxes or (verb.tag_ == "VBN" and not auxes)


def _in_range(token: Token) -> bool:
    """Whether a word heads a range 'from ... to ...', where 'to' names an end, not a target."""
    return any(child.lower_ == "from" for child in token.children)
