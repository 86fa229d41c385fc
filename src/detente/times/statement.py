"""Dates of statements: the day the words were said, read from the speech act, never from what was said.

A statement is dated, in this order, by a time on its cue ("said on Sunday": ``stated``); by a time on the scene
its sentence sets ("speaking at a briefing after Friday's summit", "in an interview on Thursday": ``sentence``);
or, ``inherited``, by a scene named before ("at the same briefing", "told the news conference", "after the
signing"), by the date of the document that speaks ("the declaration [signed on Wednesday] said"), by the same
speaker's dated statement in the same scene, by a gathering two speakers share, or by the interview an answer
belongs to; else by the publication date (``published``). A time inside any quote's content ("the talks would
resume next week", "I told him on Monday") never dates a statement, and no statement is dated after publication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..document import Document, TimeExpr
from ..intervals import ranges
from .dating import calendar_date, parse_tokens, times_in
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .tense import Tokens

BLOCK = frozenset({"ccomp", "csubj", "csubjpass", "relcl", "parataxis", "xcomp", "appos"})  # what was said
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "conj", "xcomp"})
SHARED_DEPS = frozenset({"advcl", "conj", "xcomp"})  # "on Monday defended X, [saying] ...": one speech act
MAX_STEPS = 8
_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


@dataclass(frozen=True)
class Statement:
    """What the dater reads of a quote: its cue, its content, who speaks and whether it is an interview turn."""

    cue: tuple[int, int] | None
    parts: tuple[tuple[int, int], ...]
    speaker: str | None = None  # the actor, else the mention in lower case: "the joint declaration"
    speaker_span: tuple[int, int] | None = None
    turn: bool = False  # an answer in an interview or a transcript line


@dataclass(frozen=True)
class SceneCues:
    """Scene nouns by kind, and the words that make a scene shared, definite or set after an event."""

    kinds: dict[str, str]
    verbs: frozenset[str]
    shared: frozenset[str]
    turn: frozenset[str]
    after: frozenset[str]
    definite: frozenset[str]


def scene_cues() -> SceneCues:
    """The scene words of the time data files (``statement_scenes`` and the lists after it)."""
    lex = load()
    kinds: dict[str, str] = {}
    for kind, words in lex["statement_scenes"].items():
        for word in words:
            kinds.setdefault(str(word).lower(), kind)
    lists = ("scene_verbs", "shared_scenes", "turn_scenes", "after_event", "definite_scene")
    return SceneCues(kinds, *(frozenset(str(w).lower() for w in lex[k]) for k in lists))


@dataclass
class _Scene:
    """A scene statements were made at: its kind, its date, who spoke first there and who was placed at it."""

    kind: str
    date: str
    speaker: str | None
    participants: set[str] = field(default_factory=set)


@dataclass
class _Said:
    """A speaker's latest statement dated by the text, and the kind of its scene."""

    date: str
    scene: str | None


@dataclass
class _Setting:
    """The scene a cue sets in its sentence: its kind, and the definite scene or event it refers back to."""

    kind: str | None = None
    back: str | None = None  # the kind of a definite scene named before
    after_event: bool = False  # "after the decision": the event of the lead


def _main_verb(verb: Token) -> Token:
    """The verb a participle set off by a comma goes with: the first verb above it with a subject of its own, out
    of the clauses the parser hung it on ("presented a bill that would make X, [telling] parliament ...")."""
    tok = verb
    for _ in range(MAX_STEPS):
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children)
        if tok.pos_ in ("VERB", "AUX") and subject:
            return tok
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return verb


def said_value(t: TimeExpr, published: dt.date | None) -> str | None:
    """The calendar value of a time that dates something already said: a weekday the times stage took as the
    next one ("a debate broadcast on Sunday" in a sentence in the present) is the last one; None for a value
    after publication."""
    value = calendar_date(t)
    if value is None or published is None or not_after(value, published):
        return value
    first = t.text.split()[0].lower() if t.text.split() else ""
    if len(value) == 10 and first in WEEKDAYS:
        earlier = dt.date.fromisoformat(value) - dt.timedelta(days=7)
        if earlier <= published:
            return earlier.isoformat()
    return None


def not_after(value: str, published: dt.date | None) -> bool:
    """Whether a calendar value starts no later than the publication date."""
    if published is None:
        return True
    week = _WEEK.match(value)
    if week:
        return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1) <= published
    return value <= published.isoformat()[: len(value)]


class StatementDates:
    """Dates the statements of one document, in text order (each remembers its scene for those after it)."""

    def __init__(self, document: Document, contents: list[tuple[int, int]], cues: SceneCues | None = None) -> None:
        self.document = document
        self.published = document.article.published
        self.cues = cues or scene_cues()
        self.contents = ranges(contents)
        self.tokens: Tokens | None = parse_tokens(document.doc) if document.doc is not None else None
        self.said: dict[str, _Said] = {}  # the latest dated statement of each speaker
        self.scenes: dict[str, _Scene] = {}  # the latest scene of each kind
        self.running: _Scene | None = None  # the gathering the statements go on at
        self.documents: list[str] = []  # dates of the documents that spoke, in order
        self._lead: str | None | bool = False  # not yet looked for
        self._turn_dates: list[tuple[int, str]] | None = None
        self._named: dict[str, list[int]] | None = None
        self._starts: dict[str, list[int]] | None = None
        self._narration: dict[str, list[tuple[int, str]]] | None = None

    def date(self, st: Statement) -> tuple[str | None, str | None]:
        """(date, basis) of a statement: stated, sentence, inherited or published."""
        anchors = self._anchors(st)
        own = self._own_time(anchors) if anchors else None
        setting = self._setting(anchors) if anchors else _Setting()
        value: str | None
        if own is not None:
            value, basis = own
        else:
            value, basis = self._inherited(st, setting), "inherited"
        if value is None and self.published is not None:
            value, basis = self.published.isoformat(), "published"
        if value is None:
            return None, None
        self._remember(st, value, basis, setting)
        return value, basis

    # -- the speech act ----------------------------------------------------------------------------------

    def _anchors(self, st: Statement) -> list[Token]:
        """The cue's verb, and the verb it shares its time with ("on Monday defended X, [saying] ...")."""
        if st.cue is None or self.tokens is None:
            return []
        cue = self.tokens.head_of(*st.cue)
        if cue is None:
            return []
        out = [cue]
        if cue.dep_ in SHARED_DEPS and cue.head.i != cue.i and cue.head.pos_ in ("VERB", "AUX"):
            out.append(_main_verb(cue.head) if cue.tag_ == "VBG" else cue.head)
        return out

    def _passable(self, tok: Token, anchors: list[Token]) -> bool:
        """Whether a path from a time to the cue may run through ``tok``: a preposition, a scene noun, a place or
        other name, the speaker, or a participle with no subject of its own ("Speaking at ...")."""
        if tok.pos_ == "ADP" or tok.ent_type_ in ("DATE", "TIME"):
            return True
        if tok.pos_ in ("NOUN", "PROPN"):
            subject = tok.dep_ in ("nsubj", "nsubjpass") and any(tok.head.i == a.i for a in anchors)
            named = tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"
            return subject or named or self._kind(tok) is not None
        if tok.pos_ in ("VERB", "AUX"):
            return tok.dep_ in PARTICIPLE_DEPS and tok.tag_ in ("VBG", "VBN") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        return False

    def _path(self, start: Token, anchors: list[Token]) -> list[Token] | None:
        """The tokens between ``start`` and an anchor when ``start`` hangs on the speech act, else None."""
        ids = {a.i for a in anchors}
        tok = start
        path: list[Token] = []
        for _ in range(MAX_STEPS):
            if tok.i in ids:
                return path
            if tok.dep_ in BLOCK or tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.i in ids:
                return path
            if not self._passable(tok, anchors):
                return None
            path.append(tok)
        return None

    def _own_time(self, anchors: list[Token]) -> tuple[str, str] | None:
        """A time on the cue (stated) or on the scene its sentence sets (sentence), outside every content."""
        assert self.tokens is not None
        sent = anchors[0].sent
        best: tuple[int, int, str, str] | None = None
        for t in times_in(self.document, sent.start_char, sent.end_char):
            value = said_value(t, self.published)
            if value is None or self.contents.holds(t.start):
                continue
            head = self.tokens.head_of(t.start, t.end)
            path = self._path(head, anchors) if head is not None else None
            if path is None:
                continue
            stated = all(tok.pos_ == "ADP" for tok in path)
            rank = (0 if stated else 1, abs(t.start - anchors[0].idx))
            if best is None or rank < best[:2]:
                best = (*rank, value, "stated" if stated else "sentence")
        return (best[2], best[3]) if best else None

    def _setting(self, anchors: list[Token]) -> _Setting:
        """The scene nouns that hang on the speech act, and what they refer back to."""
        out = _Setting()
        for tok in anchors[0].sent:
            if tok.pos_ not in ("NOUN", "PROPN") or self.contents.holds(tok.idx) or self._speaker(tok, anchors):
                continue
            kind = self._kind(tok)
            after = tok.dep_ == "pobj" and tok.head.lower_ in self.cues.after and self._definite(tok)
            if (kind is None and not after) or self._path(tok, anchors) is None:
                continue
            if kind is not None:
                out.kind = out.kind or kind
                if self._definite(tok):
                    out.back = out.back or kind
            elif after:
                out.after_event = True
        return out

    @staticmethod
    def _speaker(tok: Token, anchors: list[Token]) -> bool:
        """Whether ``tok`` heads the subject of the speech act (a speaking document sets no scene)."""
        return tok.dep_ in ("nsubj", "nsubjpass") and any(tok.head.i == a.i for a in anchors)

    def _definite(self, noun: Token) -> bool:
        return any(c.dep_ in ("det", "amod", "poss") and c.lower_ in self.cues.definite for c in noun.children)

    # -- what came before --------------------------------------------------------------------------------

    def _inherited(self, st: Statement, setting: _Setting) -> str | None:
        """A date from what the text said before: the scene referred to, the speaking document, the same
        speaker's statement in the same scene, the shared gathering, the interview of a turn."""
        if setting.back is not None:
            earlier = self.scenes.get(setting.back)
            if earlier is not None:
                return earlier.date
        if setting.back is not None or setting.after_event:
            lead = self._lead_date()
            if lead is not None:
                return lead
        found = self._document_date(st)
        if found is not None:
            return found
        if st.speaker is not None:
            mine = self.said.get(st.speaker)
            if mine is not None and (st.turn or setting.kind is None or mine.scene in (None, setting.kind)):
                return mine.date
        narrated = self._narrated(st)
        if narrated is not None:
            return narrated
        if st.turn:
            return self._turn_scene(st)
        if self.running is not None and setting.kind in (None, self.running.kind) and self._joins(st, self.running):
            return self.running.date
        return None

    def _narrated(self, st: Statement) -> str | None:
        """The date of the last scene the text placed the speaker at before the statement ("Ortiz and Vega
        spoke at a briefing on Friday")."""
        if st.speaker is None:
            return None
        at = st.cue[0] if st.cue else (st.parts[0][0] if st.parts else 0)
        scenes = self._narrated_scenes().get(st.speaker, [])
        i = bisect.bisect_left(scenes, at, key=lambda scene: scene[0])
        return scenes[i - 1][1] if i else None

    def _narrated_scenes(self) -> dict[str, list[tuple[int, str]]]:
        """Sentences that place persons at a dated scene: for each person, (where, date) in text order; built
        once."""
        if self._narration is None:
            self._narration = {}
            for t in self.document.times:
                value = said_value(t, self.published)
                head = self.tokens.head_of(t.start, t.end) if self.tokens is not None and value else None
                verb = self._verb_above(head) if head is not None and not self.contents.holds(t.start) else None
                if value is None or verb is None or not self._sets_scene(verb):
                    continue
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                names = [t for c in subjects for t in c.subtree if t.i == c.i or t.dep_ in ("conj", "appos")]
                people = {a.id for c in names if (a := self.document.actor_at(c.idx, c.idx + len(c.text)))}
                for person in people:
                    self._narration.setdefault(person, []).append((t.start, value))
        return self._narration

    @staticmethod
    def _verb_above(tok: Token) -> Token | None:
        """The verb a time hangs on through prepositions: "spoke at a briefing [on Friday]"."""
        for _ in range(3):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            if tok.pos_ != "ADP":
                return None
        return None

    def _sets_scene(self, verb: Token) -> bool:
        """Whether a verb places its subject at a gathering: "met", "spoke [at a briefing]", "held [talks]"."""
        near = [*verb.children, *(g for c in verb.children if c.pos_ == "ADP" for g in c.children)]
        return verb.lemma_.lower() in self.cues.verbs or any(self._kind(n) in self.cues.shared for n in near)

    def _joins(self, st: Statement, scene: _Scene) -> bool:
        """Whether a statement is placed at a gathering: its speaker spoke there, or its paragraph names one who
        did ("Benítez, who sat beside the president, was blunter. He said ...")."""
        if st.speaker in scene.participants:
            return True
        at = st.cue[0] if st.cue else (st.parts[0][0] if st.parts else 0)
        start = self.document.text.rfind("\n\n", 0, at) + 1
        for actor in scene.participants:
            starts = self._mention_starts().get(actor, [])
            i = bisect.bisect_left(starts, start)
            if i < len(starts) and starts[i] < at:
                return True
        return False

    def _mention_starts(self) -> dict[str, list[int]]:
        """Where each actor is mentioned, sorted (built once)."""
        if self._starts is None:
            self._starts = {a.id: sorted(m.start for m in a.mentions) for a in self.document.actors}
        return self._starts

    def _document_date(self, st: Statement) -> str | None:
        """A document's date: when the text says it was signed or issued ("a declaration signed on Wednesday"),
        or, for a generic "the document", the date of the document that spoke before."""
        if st.speaker_span is None or self.tokens is None:
            return None
        head = self.tokens.head_of(*st.speaker_span)
        if head is None or self.cues.kinds.get(head.lemma_.lower()) != "document":
            return None
        lemma = head.lemma_.lower()
        for i in self._documents_named().get(lemma, []):
            if i > head.i:
                break
            date = self._time_under(self.document.doc[i])  # type: ignore[index]
            if date is not None:
                return date
        return self.documents[-1] if self.documents and lemma in ("document", "text") else None

    def _documents_named(self) -> dict[str, list[int]]:
        """Token indices of the document nouns, by lemma (built once)."""
        if self._named is None:
            self._named = {}
            for tok in self.document.doc if self.document.doc is not None else []:
                lemma = tok.lemma_.lower()
                if tok.pos_ == "NOUN" and self.cues.kinds.get(lemma) == "document":
                    self._named.setdefault(lemma, []).append(tok.i)
        return self._named

    def _time_under(self, noun: Token) -> str | None:
        """A calendar date that hangs on a document noun ("a declaration signed in Dushanbe on Wednesday") or on
        the verb it is the object of ("signed a declaration in Oslo on Wednesday")."""
        anchors = [noun]
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            anchors.append(noun.head)
        sent = noun.sent
        for t in times_in(self.document, sent.start_char, sent.end_char):
            value = said_value(t, self.published)
            head = self.tokens.head_of(t.start, t.end) if self.tokens is not None else None
            if value and head is not None and self._path(head, anchors) is not None:
                return value
        return None

    def _turn_scene(self, st: Statement) -> str | None:
        """The date of the interview or broadcast the text introduced before a turn ("a debate ..., broadcast on
        Sunday")."""
        at = st.parts[0][0] if st.parts else 0
        if self._turn_dates is None:
            self._turn_dates = [(t.start, v) for t in self.document.times if (v := self._turn_time(t))]
        i = bisect.bisect_left(self._turn_dates, at, key=lambda d: d[0])
        return self._turn_dates[i - 1][1] if i else None

    def _turn_time(self, t: TimeExpr) -> str | None:
        value = said_value(t, self.published)
        if value is None or self.tokens is None or self.contents.holds(t.start):
            return None
        tok = self.tokens.head_of(t.start, t.end)
        for _ in range(MAX_STEPS):
            if tok is None or tok.head.i == tok.i or tok.dep_ in BLOCK - {"appos"}:
                return None
            tok = tok.head
            if self._turn_scene_word(tok):
                return value  # "a debate broadcast on Sunday"
            if tok.pos_ in ("VERB", "AUX"):
                near = [*tok.children, *(g for c in tok.children if c.pos_ == "ADP" for g in c.children)]
                if any(self._turn_scene_word(n) for n in near):
                    return value  # "spoke to reporters in Amman on Thursday"
                if tok.dep_ != "acl":
                    return None  # else "an interview ..., recorded in Athens on Tuesday": on to the noun
        return None

    def _turn_scene_word(self, tok: Token) -> bool:
        return self._kind(tok) in self.cues.turn

    def _kind(self, tok: Token) -> str | None:
        """The kind of scene a noun names, if it names one."""
        return self.cues.kinds.get(tok.lemma_.lower()) or self.cues.kinds.get(tok.lower_)

    def _lead_date(self) -> str | None:
        """The day of the article's lead: the first day named in its first paragraph, outside quotes."""
        if self._lead is False:
            text, start = self.document.text, self.document.body_start
            while start < len(text) and text[start].isspace():
                start += 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            days = [v for t in times_in(self.document, start, end)
                    if (v := said_value(t, self.published)) and len(v) == 10 and not self.contents.holds(t.start)]
            self._lead = days[0] if days else None
        return self._lead if isinstance(self._lead, str) else None

    def _remember(self, st: Statement, value: str, basis: str, setting: _Setting) -> None:
        """Keep the statement's date and scene for those after it; a gathering two speakers share goes on until
        a statement sets a scene or a time of its own."""
        if st.speaker is not None and basis != "published":
            self.said[st.speaker] = _Said(value, setting.kind)
        if self._is_document(st):
            self.documents.append(value)
        own = basis in ("stated", "sentence")
        if setting.kind is not None:
            scene = _Scene(setting.kind, value, st.speaker)
            earlier = self.scenes.get(setting.back) if setting.back is not None else None
            self.scenes[setting.kind] = scene
            if setting.back is not None and setting.kind in self.cues.shared:
                scene.participants = {p for p in (st.speaker, *(earlier.participants if earlier else ()),
                                                  earlier.speaker if earlier else None) if p}
                self.running = scene  # a second speaker at a scene named before: a gathering they share
                return
            scene.participants = {st.speaker} if st.speaker else set()
        running = self.running
        if running is not None and basis == "inherited" and setting.kind is None and st.speaker:
            running.participants.add(st.speaker)
        if running is not None and (
            (setting.kind is not None and setting.kind != running.kind) or (own and setting.kind is None)
            or (own and value != running.date)
        ):
            self.running = None  # a scene or a time of its own ends the gathering

    def _is_document(self, st: Statement) -> bool:
        if st.speaker_span is None or self.tokens is None:
            return False
        head = self.tokens.head_of(*st.speaker_span)
        return head is not None and self.cues.kinds.get(head.lemma_.lower()) == "document"
