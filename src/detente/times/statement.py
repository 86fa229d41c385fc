"""Dates of statements: the day the words were said, read from the speech act, never from what was said.

A statement is dated, in this order, by a time on its cue ("said on Sunday": ``stated``); by a time on the scene
its sentence sets ("speaking at a briefing after Friday's summit", "in an interview on Thursday": ``sentence``);
or, ``inherited``, by a scene named before ("at the same briefing", "told the news conference", "after the
signing"), by the occasion of the lead (a gathering with no day of its own set right after the lead, "the joint
declaration" of a lead that reports an agreement), by the date of the document that speaks ("the declaration
[signed on Wednesday] said"), by a dated sentence on the speaker just before ("X hit back on Wednesday. In an
interview, he said ..."), by the same speaker's dated statement in the same scene, by a gathering two speakers
share (its speakers, those its paragraphs name, and officials of the parties the lead names), or by the interview
an answer belongs to; else by the publication date (``published``). A time inside any quote's content ("the talks would
resume next week", "I told him on Monday") never dates a statement, and no statement is dated after publication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from ..datelines import DATELINE
from ..document import Document, TimeExpr
from ..intervals import ranges
from .dating import calendar_date, parse_tokens, times_in
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .tense import Tokens

BLOCK = frozenset({"ccomp", "csubj", "csubjpass", "relcl", "parataxis", "xcomp", "appos"})  # what was said
PARTICIPLE_DEPS = frozenset({"advcl", "acl", "conj", "xcomp"})
APART = frozenset({"separate", "another", "different", "later", "subsequent"})  # a new occasion
BESIDE = frozenset({"beside", "alongside", "with"})  # "stood beside X": X was there too
PART_OF_DAY = frozenset({"late", "early"})  # "late on Wednesday": the day still
TIMES_OF_DAY = frozenset({"morning", "midday", "noon", "afternoon", "evening", "night", "nightly"})  # "its midday
# briefing", "the evening news": a routine's kind
RELATIVE_TIMES = frozenset({"later", "earlier"})  # "later on Tuesday": the day still, after or before the scene
WHILE = frozenset({"as", "while", "when"})  # a clause set at the time of the speech act
SHARED_DEPS = frozenset({"advcl", "conj", "xcomp"})  # "on Monday defended X, [saying] ...": one speech act
MAX_STEPS = 8
TONE_VERBS = frozenset({"strike", "sound", "hit"})  # "struck a cautious note": a tone, not a document
GOVERNMENT = frozenset({"GOV", "MIL", "IGO"})  # the sectors of officials an occasion brings together
LABEL = re.compile(r"[ \t]*[\w.'’()-]+(?:[ \t]+[\w.'’()-]+){0,4}[ \t]*:[ \t]")  # a transcript's "NAME: " or "Q: "
HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?\"”’':])")  # one short line with no closing stop: a title
_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
OPENERS = frozenset({"", "on", "in", "at", "by", "early on", "late on", "early", "late"})  # before a scene's time
RECENT_DAYS = 92  # how far back a scene a paragraph opens with may date the statements told in it


def _start_of(value: str) -> dt.date | None:
    """The first day of a day, month or year value ("2026-02-15", "1941-12", "2025")."""
    parts = value.split("-")
    try:
        if len(parts) == 3 and parts[2].isdigit():
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2 and parts[1].isdigit():
            return dt.date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 1 and parts[0].isdigit():
            return dt.date(int(parts[0]), 1, 1)
    except ValueError:
        return None
    return None


SAME_DAY_AFTER = re.compile(  # "reached by telephone an hour later", "later that day": the day of the one before
    r"\b(?:(?:an|one|two|three|a few|several) (?:hours?|minutes?)|hours|minutes|moments) later\b"
    r"|\blater (?:that|the same) (?:day|morning|afternoon|evening|night)\b|\bafterwards?\b"
    r"|\bthe same (?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)  # "told RTNC the same evening"
ONE_OF_THOSE = re.compile(  # "One of them, a schoolteacher, said": one of the speakers before, then and there
    r"\s*(?:one|another|some|several|most|many|two|three|a few|none) of (?:them|those)\b", re.IGNORECASE)
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
    lead_documents: frozenset[str] = frozenset()
    gatherings: frozenset[str] = frozenset()
    publishing: frozenset[str] = frozenset()
    replies: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()  # "Hua, asked about the report at her briefing on Wednesday, said"


def scene_cues() -> SceneCues:
    """The scene words of the time data files (``statement_scenes`` and the lists after it)."""
    lex = load()
    kinds: dict[str, str] = {}
    for kind, words in lex["statement_scenes"].items():
        for word in words:
            kinds.setdefault(str(word).lower(), kind)
    lists = ("scene_verbs", "shared_scenes", "turn_scenes", "after_event", "definite_scene", "lead_documents",
             "gathering_verbs", "publishing_verbs", "reply_verbs", "asking_verbs")
    return SceneCues(kinds, *(frozenset(str(w).lower() for w in lex[k]) for k in lists))


@dataclass
class _Scene:
    """A scene statements were made at: its kind, its date, who spoke first there and who was placed at it."""

    kind: str
    date: str
    speaker: str | None
    participants: set[str] = field(default_factory=set)
    paragraph: int = 0  # where the paragraph of the statement that set or resumed it starts


@dataclass
class _Said:
    """A speaker's latest statement dated by the text, and the kind of its scene."""

    date: str
    scene: str | None
    paragraph: int = 0  # where the paragraph of the statement starts


@dataclass
class _Setting:
    """The scene a cue sets in its sentence: its kind, and the definite scene or event it refers back to."""

    kind: str | None = None
    back: str | None = None  # the kind of a definite scene named before
    word: str | None = None  # the noun that names the scene ("conference")
    back_word: str | None = None  # the noun of the definite scene referred back to
    after_event: bool = False  # "after the decision": the event of the lead
    lead: bool = False  # a gathering with no day of its own, set right after the lead: the lead's occasion
    apart: bool = False  # "in a separate interview": an occasion of its own, no earlier one's day


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


def _verbal(tok: Token) -> bool:
    """An auxiliary by its tag: "Oder" in "Frankfurt an der Oder" that the parser took for one is none."""
    return tok.tag_ in ("MD", "TO") or tok.tag_.startswith("VB")


def _read_from(noun: Token) -> bool:
    """Whether a noun names what the speaker read the words from ("reading from a prepared text"): the speech act
    itself, no document of its own."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "from" and noun.head.head.lemma_.lower() == "read"


def _tone(noun: Token) -> bool:
    """Whether a noun names a tone, not a document: "struck a more cautious note", "sounded a conciliatory note"."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in TONE_VERBS


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
        self.gaps: list[tuple[int, int]] = []  # the text between the cue and the content of the statement dated
        self.tokens: Tokens | None = parse_tokens(document.doc) if document.doc is not None else None
        self.said: dict[str, _Said] = {}  # the latest dated statement of each speaker
        self.scenes: dict[str, _Scene] = {}  # the latest scene of each kind
        self.named_scenes: dict[str, _Scene] = {}  # the latest scene named by each noun
        self.running: _Scene | None = None  # the gathering the statements go on at
        self.documents: list[str] = []  # dates of the documents that spoke, in order
        self.sentences: list[tuple[int, int, str]] = []  # the sentences of the statements dated, with their dates
        self._lead: str | None | bool = False  # not yet looked for
        self.turn_date: str | None = None  # the day of the transcript's turns dated so far
        self.last_date: str | None = None  # the day of the last statement the text dated
        self.occasion: str | None = None  # the day of a statement the lead dates
        self.occasion_speaker: str | None = None  # who spoke then
        self._turn_dates: list[tuple[int, str]] | None = None
        self._named: dict[str, list[int]] | None = None
        self._starts: dict[str, list[int]] | None = None
        self._narration: dict[str, list[tuple[int, str, bool]]] | None = None
        self._parties: set[str] | None = None

    def date(self, st: Statement) -> tuple[str | None, str | None]:
        """(date, basis) of a statement: stated, sentence, inherited or published."""
        if self._lead is False:
            self._lead_scene()
        anchors = self._anchors(st)
        after_cue = st.cue is not None and bool(st.parts) and st.parts[0][0] >= st.cue[1]
        self.gaps = [(st.cue[1], st.parts[0][0])] if st.cue is not None and after_cue else []
        own = self._own_time(anchors, st.parts[-1][1] if st.parts else None) if anchors else None
        setting = self._setting(anchors, st.speaker) if anchors else _Setting()
        if own is None and setting.kind in self.cues.shared and setting.back is None:
            setting.lead = self._after_lead(anchors[0].idx)
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
        elif cue.dep_ == "pcomp" and cue.head.lower_ == "with" and cue.head.i > 0 and cue.head.nbor(-1).text == ",":
            out.append(cue.sent.root)  # "signed a pact on Tuesday ..., with X saying ...": the same day
        elif cue.dep_ == "relcl" and self._kind(cue.head) == "document" and (verb := self._verb_above(cue.head)):
            out.append(_main_verb(verb))  # "ended the meeting late on Friday by adopting a communique that calls
            # for ...": the document says it from when it was adopted
        elif cue.dep_ == "pcomp" and cue.head.lower_ == "by" and cue.head.head.pos_ == "VERB":
            out.append(cue.head.head)  # "opened the news conference by saying ...": the scene the verb names
        return out

    def _passable(self, tok: Token, anchors: list[Token]) -> bool:
        """Whether a path from a time to the cue may run through ``tok``: a preposition, a scene noun, a place or
        other name, the speaker, or a participle with no subject of its own ("Speaking at ...")."""
        if tok.pos_ == "ADP" or tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in PART_OF_DAY | RELATIVE_TIMES:
            return True  # "At a news conference late on Wednesday", "welcomed the talks later on Tuesday"
        if tok.pos_ in ("NOUN", "PROPN"):
            subject = tok.dep_ in ("nsubj", "nsubjpass") and any(tok.head.i == a.i for a in anchors)
            named = tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"
            placed = tok.dep_ == "pobj" and (tok.head.lower_ == "at" or (  # "At a durbar of chiefs [on Saturday]",
                tok.head.lower_ in ("on", "in") and tok.i < anchors[0].i and tok.head.head.i == anchors[0].i))
            # "On the harbour wall in Sassnitz [on Wednesday], ..., X said": the place the sentence opens with
            return subject or named or placed or self._kind(tok) is not None
        if tok.pos_ in ("VERB", "AUX"):
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in WHILE for c in tok.children):
                return True  # "said as he opened the news conference": the scene the words were said in
            if self._asked_aside(tok):
                return True
            participle = tok.tag_ in ("VBG", "VBN") or (tok.dep_ == "acl" and tok.tag_ == "VBD")  # "leaflet, handed"
            return tok.dep_ in PARTICIPLE_DEPS and participle and not any(
                c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in ("aux", "auxpass") and _verbal(c)) for c in tok.children)
        return False

    def _path(self, start: Token, anchors: list[Token], through: bool = False) -> list[Token] | None:
        """The tokens between ``start`` and an anchor when ``start`` hangs on the speech act, else None;
        ``through``: over the clause of what was said as well."""
        ids = {a.i for a in anchors}
        tok = start
        path: list[Token] = []
        for _ in range(MAX_STEPS):
            if tok.i in ids:
                return path
            if (tok.dep_ in BLOCK and not through and not self._asked_aside(tok)) or tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.i in ids or self._speaking_clause(tok, ids):
                return path  # "An official, who briefed reporters late on Tuesday, said": the briefing
            if not self._passable(tok, anchors) and not (through and tok.pos_ in ("VERB", "AUX")):
                return None
            path.append(tok)
        return None

    def _asked_aside(self, tok: Token) -> bool:
        """A question put to the speaker, set off after their name ("Hua, asked about the report at her briefing on
        Wednesday, said"): where and when she answered."""
        return tok.lemma_.lower() in self.cues.asking and tok.i > 0 and tok.nbor(-1).text == ","

    def _speaking_clause(self, tok: Token, ids: set[int]) -> bool:
        """Whether ``tok`` is a relative clause on the speaker that tells the speaking ("who briefed reporters",
        "who spoke to the press")."""
        if tok.dep_ != "relcl" or tok.lemma_.lower() not in self.cues.verbs:
            return False
        subject = tok.head  # the speaker, or a name inside the speaker's phrase the parser hung it on
        while subject.dep_ not in ("nsubj", "nsubjpass") and subject.head.i != subject.i and subject.head.i not in ids:
            subject = subject.head
        return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.i in ids

    def _own_time(self, anchors: list[Token], content_end: int | None = None) -> tuple[str, str] | None:
        """A time on the cue (stated) or on the scene its sentence sets (sentence), outside every content; one
        past the end of the content may hang on it by the parser ("called on X to agree to a truce, in a
        communique issued on Thursday")."""
        assert self.tokens is not None
        sent = anchors[0].sent
        best: tuple[int, int, int, str, str] | None = None
        for t in times_in(self.document, sent.start_char, sent.end_char):
            value = said_value(t, self.published)
            if value is None or self.contents.holds(t.start) or self._in_dateline(t.start):
                continue  # "ADDIS ABABA, Nov 14 —" dates the filing, not what was said
            if content_end is not None and anchors[0].idx < content_end <= t.start and not self.document.text[
                    content_end:t.start].strip(" \"”’'"):
                continue  # 'said that X had briefed Y "as a courtesy" last week': the briefing's time, run on
            head = self.tokens.head_of(t.start, t.end)
            path = self._path(head, anchors) if head is not None else None
            if path is None and head is not None and self._set_off_after(content_end, t.start):
                path = self._path(head, anchors, through=True)
            if path is None and self._between_cue_and_content(t.start, t.end):
                path = []  # "said on Monday the talks would resume", the time hung on the content by the parser
            if path is None and anchors[0].dep_ == "ROOT" and self._opens(sent, t):
                path = []  # "On Thursday, hours after the decree was published, X told ...": the main clause's
            if path is None:
                continue
            stated = all(tok.pos_ == "ADP" or tok.lower_ in RELATIVE_TIMES for tok in path)
            rank = (0 if stated else 1, 0 if len(value) == 10 else 1, abs(t.start - anchors[0].idx))  # a day first:
            if best is None or rank < best[:3]:  # "Chairperson ... for November, ..., told reporters on Tuesday"
                best = (*rank, value, "stated" if stated else "sentence")
        return (best[3], best[4]) if best else None

    def _opens(self, sent: Span, t: TimeExpr) -> bool:
        """Whether a time opens its sentence, set off by a comma ("On Thursday, ..."): it dates the main clause,
        wherever the parser hangs it."""
        before = self.document.text[sent.start_char:t.start].strip().lower()
        return before in OPENERS and self.document.text[t.end:t.end + 2].lstrip().startswith(",")

    def _set_off_after(self, content_end: int | None, start: int) -> bool:
        """Whether ``start`` lies past the end of a content, in a phrase set off from it by a comma."""
        if content_end is None or start < content_end:
            return False
        return self.document.text[content_end:start].lstrip(" \"”’'").startswith(",")

    def _between_cue_and_content(self, start: int, end: int) -> bool:
        """Whether [start, end) fills, with "on" before it, the gap between a cue and the content it opens."""
        text = self.document.text
        for cue_end, content_start in self.gaps:
            if cue_end <= start and end <= content_start:
                rest = text[cue_end:start].strip().lower() + text[end:content_start].strip()
                return rest in ("", "on", "in", "at")
        return False

    def _own_scene(self, word: str, speaker: str | None) -> bool:
        """Whether the last scene named by ``word`` was the speaker's ("in his address": the one he gave)."""
        scene = self.named_scenes.get(word)
        return scene is not None and speaker is not None and scene.speaker in self._same_person(speaker)

    def _setting(self, anchors: list[Token], speaker: str | None = None) -> _Setting:
        """The scene nouns that hang on the speech act, and what they refer back to."""
        out = _Setting()
        for tok in anchors[0].sent:
            if tok.pos_ not in ("NOUN", "PROPN") or self.contents.holds(tok.idx) or self._speaker(tok, anchors) or (
                    _describes_speaker(tok, anchors)):
                continue
            kind = self._kind(tok) if not _tone(tok) and not _read_from(tok) else None
            after = tok.dep_ == "pobj" and tok.head.lower_ in self.cues.after and self._definite(tok)
            if (kind is None and not after) or self._path(tok, anchors) is None:
                continue
            if kind is not None:
                out.kind = out.kind or kind
                out.word = out.word or tok.lemma_.lower()
                owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)
                if self._definite(tok) or (owned and self._own_scene(tok.lemma_.lower(), speaker)):
                    out.back = out.back or kind  # "the briefing"; "in his address", an address told before
                    out.back_word = out.back_word or tok.lemma_.lower()
                out.apart = out.apart or any(c.dep_ == "amod" and c.lower_ in APART for c in tok.children)
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
        if setting.apart:
            return None
        if self.last_date is not None and (self._same_day_after(st) or self._one_of_those(st) or (
                setting.kind is None and self._reply(st))):
            return self.last_date  # "Kayitare, reached by telephone an hour later, said", "X replied that": the day
            # of the one before
        mine = self.said.get(st.speaker) if st.speaker is not None else None
        here = mine is not None and mine.paragraph == self._paragraph(st)  # the speaker's earlier statement is near
        if self._according(st):  # "according to X" tells no occasion: an earlier day only in X's paragraph
            return mine.date if mine is not None and here else None
        if setting.back is not None:
            earlier = self.named_scenes.get(setting.back_word or "") or self.scenes.get(setting.back)
            if earlier is not None:
                return earlier.date  # "the news conference": the one named so before, not the reporters met since
        just_before = self._narrated(st, near=True) or self._gathering_joined(st)
        if just_before is not None:
            return just_before
        if mine is not None and setting.back is not None:
            return mine.date  # "Speaking to reporters after the session, X said": the session X spoke at
        if setting.back is not None or setting.after_event or setting.lead:
            lead = self._lead_date()
            if lead is not None:
                return lead
        found = self._document_date(st)
        if found is not None:
            return found
        if setting.kind == "document" and setting.back is None and not st.turn and not here and (
                day := self._paragraph_day(st)):
            return day  # "In a post on X, Kayitare said": a new occasion, on the day its paragraph sets ("Late
            # on Monday, the two sides were still trading fire.")
        running = self.running
        if running is not None and mine is not None and mine.paragraph < running.paragraph and (
                setting.kind in (None, running.kind) and st.speaker in running.participants):
            return running.date  # the gathering the text went back to since the speaker's statement elsewhere
        if mine is not None and (st.turn or setting.kind is None or mine.scene in (None, setting.kind)) and (
                here or not self._present_tense(st)):
            return mine.date
        if st.turn:
            return self.turn_date or self._turn_scene(st) or self._narrated(st)  # the session the turns before
            # were dated to, before what the introduction narrates of the speaker ("presided over this month by X")
        narrated = self._narrated(st)
        if narrated is not None:
            return narrated
        if self.running is not None and setting.kind in (None, self.running.kind) and self._joins(st, self.running):
            return self.running.date
        if self.occasion is not None and setting.kind is None and self._past(st) and self._at_occasion(st):
            return self.occasion  # one who took part in the occasion the lead dates spoke there, unless told otherwise
        return None

    def _paragraph(self, st: Statement) -> int:
        at = st.cue[0] if st.cue else (st.parts[0][0] if st.parts else 0)
        return self.document.text.rfind("\n\n", 0, at) + 1

    def _present_tense(self, st: Statement) -> bool:
        """A cue in the present ("the agency says"), which tells no occasion: it takes an earlier statement's day
        only in that statement's paragraph."""
        cue = self.tokens.head_of(*st.cue) if st.cue is not None and self.tokens is not None else None
        return cue is not None and cue.tag_ in ("VBZ", "VBP")

    def _paragraph_day(self, st: Statement) -> str | None:
        """The day a sentence before the statement in its paragraph sets, outside what was said."""
        if st.cue is None or self.tokens is None or (cue := self.tokens.head_of(*st.cue)) is None:
            return None
        start = self.document.text.rfind("\n\n", 0, cue.idx) + 1
        found = None
        for t in self.document.times:
            if not start <= t.start < cue.sent.start_char or self.contents.holds(t.start):
                continue
            value = said_value(t, self.published)
            head = self.tokens.head_of(t.start, t.end) if value and len(value) == 10 else None
            verb = self._verb_above(head) if head is not None else None
            if value is not None and verb is not None and verb.dep_ == "ROOT" and self._recent(value):
                found = value
        return found

    def _reply(self, st: Statement) -> bool:
        """Whether the cue answers the statement before ("His counterpart replied that ...")."""
        cue = self.tokens.head_of(*st.cue) if st.cue is not None and self.tokens is not None else None
        return cue is not None and cue.lemma_.lower() in self.cues.replies

    def _same_day_after(self, st: Statement) -> bool:
        """Whether the cue's sentence sets the statement a little after the one before ("an hour later", "later
        that day"), outside what was said."""
        if st.cue is None or self.tokens is None or (cue := self.tokens.head_of(*st.cue)) is None:
            return False
        sent = cue.sent
        return any(SAME_DAY_AFTER.search(self.document.text, s, e) for s, e in self._outside(sent.start_char,
                                                                                             sent.end_char))

    def _one_of_those(self, st: Statement) -> bool:
        """Whether the cue's sentence opens with one of those who spoke before ("One of them, a nurse, said")."""
        if st.cue is None or self.tokens is None or (cue := self.tokens.head_of(*st.cue)) is None:
            return False
        return bool(ONE_OF_THOSE.match(self.document.text, cue.sent.start_char))

    def _outside(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of [start, end) outside every content."""
        out, at = [], start
        for s, e, _ in sorted(self.contents.overlapping(start, end)):
            if s > at:
                out.append((at, s))
            at = max(at, e)
        return [*out, (at, end)] if at < end else out

    def _according(self, st: Statement) -> bool:
        return st.cue is not None and self.document.text[st.cue[0] : st.cue[1]].lower().startswith("according")

    def _at_occasion(self, st: Statement) -> bool:
        """Whether a speaker took part in the lead's occasion: its speaker, a person the lead or the paragraph
        after it names ("as he and the central bank governor set out a plan"), or an official of a party the
        lead names as acting; not a bystander asked afterwards (parents, analysts, unions)."""
        if st.speaker is None:
            return False
        if self.occasion_speaker is not None and st.speaker in self._same_person(self.occasion_speaker):
            return True
        actor = self.document.actor(st.speaker)
        if actor is None or actor.kind != "person" or not actor.name:
            return False
        words = actor.name.split()  # "Restrepo" is also "Paula Restrepo Gil", named with her title before
        people = [a for a in self.document.actors if a.kind == "person" and a.name and all(
            w in a.name.split() for w in words)]
        start = self._lead_start()
        first = self.document.text.find("\n\n", start)
        second = self.document.text.find("\n\n", first + 2) if first >= 0 else -1
        end = len(self.document.text) if second < 0 else second
        return any(start <= m.start < end for a in people for m in a.mentions) or any(
            a.sector in GOVERNMENT and self._party_official(a.id) for a in people)

    def _past(self, st: Statement) -> bool:
        """Whether the statement's cue is a verb in the simple past ("said", not "says" or "has said")."""
        if st.cue is None or self.tokens is None:
            return False
        cue = self.tokens.head_of(*st.cue)
        if cue is not None and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj"):
            cue = cue.head  # "struck a more cautious note, saying ...": the tense of the verb it goes with
        return cue is not None and cue.tag_ == "VBD" and not any(c.dep_ == "aux" for c in cue.children)

    def _narrated(self, st: Statement, near: bool = False) -> str | None:
        """The date of the last scene the text placed the speaker at before the statement ("Ortiz and Vega
        spoke at a briefing on Friday"); ``near``: of the last dated act of the speaker's in the statement's own
        paragraph, whatever it was ("Sarr hit back on Wednesday. In an interview, he said ...")."""
        if st.speaker is None:
            return None
        at = st.cue[0] if st.cue else (st.parts[0][0] if st.parts else 0)
        narration = self._narrated_scenes()
        scenes = sorted(s for person in self._same_person(st.speaker) for s in narration.get(person, []))
        if near:
            start = self.document.text.rfind("\n\n", 0, at) + 1
            scenes = [s for s in scenes if start <= s[0] and len(s[1]) == 10]
        else:
            scenes = [s for s in scenes if s[2]]
        i = bisect.bisect_left(scenes, at, key=lambda scene: scene[0])
        return scenes[i - 1][1] if i else None

    def _gathering_joined(self, st: Statement) -> str | None:
        """The day of a gathering or scene its paragraph narrates before a speaker it then names for the first
        time: one of those there ("In Soubré on Friday, growers gathered at a warehouse. Seydou Traoré, 52, said
        ...", "In Lilongwe on Thursday, a queue stretched for two kilometres. Yohane Chirwa, a driver, said")."""
        if st.speaker is None or self.tokens is None:
            return None
        at = st.cue[0] if st.cue else (st.parts[0][0] if st.parts else 0)
        start = self.document.text.rfind("\n\n", 0, at) + 1
        starts = self._mention_starts()
        first = min((x for person in self._same_person(st.speaker) for x in starts.get(person, [])), default=None)
        if first is None or first < start:
            return None
        if self._with_last(first) and self.last_date is not None:
            return self.last_date  # "Abakar, an older man travelling with them, said": with the one before
        if self._kin_of_last(first) and start > 1:  # "Her neighbour, Adam Khamis, said": the scene of the one before
            start = self.document.text.rfind("\n\n", 0, start - 2) + 1
        found = self._scene_time(start, first)
        if found is None and start > 1:  # "On Friday morning, at a camp outside Sake, women queued for water. ...
            before = self.document.text.rfind("\n\n", 0, start - 2) + 1  # ||| 'We ran at night,' said a mother"
            if next(self.contents.overlapping(before, start), None) is None:  # a scene with no one speaking yet
                found = self._scene_time(before, start, opening=True)
        return found

    def _scene_time(self, start: int, stop: int, opening: bool = False) -> str | None:
        """The day of the last recent time between ``start`` and ``stop`` that sets a scene ("In Lilongwe on
        Thursday, a queue stretched"); ``opening``: only one that opens the stretch."""
        assert self.tokens is not None
        found = None
        for t in self.document.times:
            if not start <= t.start < stop or self.contents.holds(t.start) or (
                    opening and self.document.text[start:t.start].strip().lower() not in OPENERS):
                continue
            value = said_value(t, self.published)
            head = self.tokens.head_of(t.start, t.end) if value else None
            verb = self._verb_above(head) if head is not None else None
            if value is None or head is None or verb is None:
                continue
            if (verb.lemma_.lower() in self.cues.gatherings or self._sets_scene(verb) or (
                    verb.dep_ == "ROOT" and head.i < verb.i)) and self._recent(value):  # "In Lilongwe on Thursday"
                found = value  # not "In December 1941, an avalanche broke the moraine"
        return found

    def _kin_of_last(self, at: int) -> bool:
        """Whether the person named at ``at`` is introduced by a possessive pronoun ("Her neighbour, Adam Khamis",
        "His wife, Amina"): someone beside the one the paragraph before spoke of."""
        named = self._named_with(at)
        return named is not None and any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their")
                                         for n in (named[0], *named[1]) for c in n.children)

    def _with_last(self, at: int) -> bool:
        """Whether the person named at ``at`` is set beside the one before by a description in apposition
        ("Abakar, an older man travelling with them"): there with them, then."""
        named = self._named_with(at)
        return named is not None and any(t.dep_ == "pobj" and t.lower_ in ("her", "him", "them")
                                         and t.head.lower_ in BESIDE for n in named[1] for t in n.subtree)

    def _named_with(self, at: int) -> tuple[Token, list[Token]] | None:
        """The noun of the person named at ``at`` and the descriptions in apposition with it."""
        tok = self.tokens.at(at) if self.tokens is not None else None
        if tok is None:
            return None
        noun = tok.head if tok.dep_ in ("compound", "flat", "poss", "det", "amod") else tok
        if noun.dep_ == "appos":
            return noun, [noun.head]
        return noun, [c for c in noun.children if c.dep_ in ("appos", "acl")]  # "An elderly man sitting beside her"

    def _recent(self, value: str) -> bool:
        """Whether a day or month lies within a season of publication: the time of a scene statements were made
        at, not of history told beside them."""
        if self.published is None:
            return True
        day = _start_of(value)
        return day is not None and (self.published - day).days <= RECENT_DAYS

    def _narrated_scenes(self) -> dict[str, list[tuple[int, str, bool]]]:
        """Dated acts of persons outside every quote: for each person, (where, date, whether the act places
        them at a scene) in text order; built once."""
        if self._narration is None:
            self._narration = {}
            for t in self.document.times:
                value = said_value(t, self.published)
                head = self.tokens.head_of(t.start, t.end) if self.tokens is not None and value else None
                verb = self._verb_above(head) if head is not None and not self.contents.holds(t.start) else None
                if value is None or verb is None or self._labelled(t.start):
                    continue  # a time in a question put in a transcript narrates nothing
                scene = self._sets_scene(verb)
                for person in self._present(verb):
                    self._narration.setdefault(person, []).append((t.start, value, scene))
            for at, verb in self._after_lead_event():
                for person in self._present(verb):
                    self._narration.setdefault(person, []).append((at, cast(str, self._lead_date()), True))
            for dated in self._narration.values():
                dated.sort()
        return self._narration

    def _present(self, verb: Token) -> set[str]:
        """The people a narrated act places at its scene: its subjects, the agents of a passive ("was announced
        at a news conference on Monday by X and Y") and those it stands beside ("stood beside X")."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            subjects += [g for c in verb.subtree if c.dep_ == "agent" or (c.lower_ == "by" and c.dep_ == "prep")
                         for g in c.children if g.dep_ == "pobj"]
        subjects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in BESIDE
                     for g in c.children if g.dep_ == "pobj"]
        names = [t for c in subjects for t in c.subtree if t.i == c.i or t.dep_ in ("conj", "appos")]
        return {a.id for c in names if (a := self.document.actor_at(c.idx, c.idx + len(c.text)))}

    def _after_lead_event(self) -> list[tuple[int, Token]]:
        """Scenes narrated with no time of their own but set after the event the lead dates ("stood beside X at a
        joint news conference after the signing"): where, and the verb that places people there."""
        if self.tokens is None or self.document.doc is None or self._lead_date() is None:
            return []
        out = []
        for sent in self.document.doc.sents:
            timed = {verb.i for t in times_in(self.document, sent.start_char, sent.end_char)
                     if (head := self.tokens.head_of(t.start, t.end)) is not None and (verb := self._verb_above(head))}
            for tok in sent:
                if self.contents.holds(tok.idx) or tok.idx < self._lead_end():
                    continue
                if tok.pos_ == "VERB" and tok.i not in timed and self._repeats_lead(tok):
                    out.append((tok.idx, tok))  # "X and Y signed the agreement at Jubilee House": the lead's act
                if tok.dep_ != "pobj" or tok.head.lower_ not in self.cues.after or not self._definite(tok):
                    continue
                verb = self._verb_above(tok)
                if verb is not None and verb.i not in timed and self._sets_scene(verb) and (
                        self._after_lead(tok.idx) or self._leads(tok)):
                    out.append((tok.idx, verb))
        return out

    def _lead_end(self) -> int:
        end = self.document.text.find("\n", self._lead_start())
        return len(self.document.text) if end < 0 else end

    def _repeats_lead(self, verb: Token) -> bool:
        """Whether a verb tells the lead's act again, of a thing named before ("signed [the agreement]" after "a
        pact signed in Accra on Tuesday")."""
        if not any(c.dep_ == "dobj" and self._definite(c) for c in verb.children):
            return False
        lead = self._lead_span()
        return lead is not None and any(v.pos_ == "VERB" and v.lemma_ == verb.lemma_ for v in lead)

    def _same_person(self, speaker: str) -> set[str]:
        """The speaker's actor and those that write part of its name alone ("Diallo" of "Omar Diallo")."""
        actor = self.document.actor(speaker)
        if actor is None or actor.kind != "person" or not actor.name:
            return {speaker}
        words = actor.name.split()
        return {speaker} | {a.id for a in self.document.actors
                            if a.kind == "person" and a.name and all(w in words for w in a.name.split())}

    def _verb_above(self, tok: Token) -> Token | None:
        """The verb a time hangs on through prepositions, places and scenes: "spoke at a briefing [on Friday]", "In
        Lusaka [on Thursday], a queue stretched", "announced at a news conference [on Monday]"."""
        for _ in range(5):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
            if tok.pos_ != "ADP" and not (tok.dep_ == "pobj" and (tok.ent_type_ in ("GPE", "LOC", "FAC")
                                                                  or self._kind(tok) in self.cues.shared)):
                return None
        return None

    def _sets_scene(self, verb: Token) -> bool:
        """Whether a verb places its subject at a gathering: "met", "spoke [at a briefing]", "held [talks]"."""
        near = [*verb.children, *(g for c in verb.children if c.pos_ == "ADP" for g in c.children)]
        return verb.lemma_.lower() in self.cues.verbs or any(self._kind(n) in self.cues.shared for n in near)

    def _beside(self, st: Statement) -> set[str]:
        """The other people the statement's sentence names outside what was said: those at the scene with the
        speaker ("standing beside Kazakhstan's Minister of Transport Daniyar Omarbekov")."""
        if st.cue is None or self.tokens is None or (cue := self.tokens.head_of(*st.cue)) is None:
            return set()
        sent = cue.sent
        out = set()
        for actor in self.document.actors:
            if actor.kind == "person" and actor.id != st.speaker and actor.name and any(
                    sent.start_char <= m.start < sent.end_char and not self.contents.holds(m.start)
                    and m.text.lower() not in ("he", "she", "him", "her", "his") for m in actor.mentions):
                out.add(actor.id)
        return out - self._same_person(st.speaker) if st.speaker else out

    def _joins(self, st: Statement, scene: _Scene) -> bool:
        """Whether a statement is placed at a gathering: its speaker spoke there, or its paragraph names one who
        did ("Benítez, who sat beside the president, was blunter. He said ...")."""
        if st.speaker in scene.participants or self._party_official(st.speaker):
            return True
        at = st.cue[0] if st.cue else (st.parts[0][0] if st.parts else 0)
        start = self.document.text.rfind("\n\n", 0, at) + 1
        for actor in scene.participants:
            starts = self._mention_starts().get(actor, [])
            i = bisect.bisect_left(starts, start)
            if i < len(starts) and starts[i] < at:
                return True
        return False

    def _party_official(self, speaker: str | None) -> bool:
        """Whether a speaker is an official of a party the lead names as acting ("Mexico and Canada agreed
        ...": Canada's trade minister): one of those the lead's occasion brought together."""
        actor = self.document.actor(speaker)
        if actor is None or actor.kind != "person" or not actor.role or actor.country is None:
            return False
        first = min(actor.mentions, key=lambda m: m.start, default=None)
        if first is not None and first.text.split()[0].lower() in ("a", "an"):
            return False  # "A senior Kenyan official involved in the talks": one who speaks apart, unnamed
        return actor.country in self._lead_parties()

    def _lead_parties(self) -> set[str]:
        """The countries of the states and bodies that are the subject of the lead's first sentence or of the
        clause it reports ("Brazil and Colombia will run joint patrols, Brazil's minister said")."""
        if self._parties is None:
            self._parties = set()
            doc = self.document.doc
            start = self._lead_start()
            span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None else None
            root = span.sent.root if span is not None else None
            clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")] if root is not None else []
            subjects = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]  # and reported
            for tok in (t for c in subjects for t in c.subtree if t.i == c.i or t.dep_ == "conj"):
                actor = self.document.actor_at(tok.idx, tok.idx + len(tok.text))
                if actor is not None and actor.kind in ("state", "organization") and actor.country:
                    self._parties.add(actor.country)
        return self._parties

    def _lead_start(self) -> int:
        """Where the lead's words begin: after the title and the dateline ("ACCRA, May 22 —" dates the filing)."""
        text, start = self.document.text, self.document.body_start
        while start < len(text) and text[start].isspace():
            start += 1
        first = text.find("\n\n", start)
        if first > start and HEADLINE.fullmatch(text[start:first].strip()):
            start = first  # a headline the text opens with: the lead is the paragraph after it
            while start < len(text) and text[start].isspace():
                start += 1
        dateline = DATELINE.match(text, start)
        return dateline.end() if dateline else start

    def _in_dateline(self, at: int) -> bool:
        return self.document.body_start <= at < self._lead_start()

    def _lead_span(self) -> Span | None:
        doc = self.document.doc
        return doc.char_span(self._lead_start(), self._lead_end(), alignment_mode="expand") if doc is not None else None

    def _leads(self, noun: Token) -> bool:
        """Whether an event noun names the act of the lead's sentence ("the signing" of "signed a pact")."""
        lead = self._lead_span()
        word = noun.lower_
        return lead is not None and any(
            v.pos_ == "VERB" and len(v.lemma_) >= 3 and word.startswith(v.lemma_.lower()[:-1] if len(v.lemma_) > 4
                                                                        else v.lemma_.lower())
            for v in lead)

    def _after_lead(self, at: int) -> bool:
        """Whether ``at`` lies in the lead or the paragraph right after it."""
        text = self.document.text
        first = text.find("\n\n", self._lead_start())
        second = text.find("\n\n", first + 2) if first >= 0 else -1
        return first < 0 or second < 0 or at < second

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
        if head is not None and self.cues.kinds.get(head.lemma_.lower()) != "document":  # "Memorandum Order No. 41"
            head = next((t for t in head.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"
                         and self.cues.kinds.get(t.lemma_.lower()) == "document"), head)
        if head is None or self.cues.kinds.get(head.lemma_.lower()) != "document":
            return None
        lemma = head.lemma_.lower()
        for i in self._documents_named().get(lemma, []):
            if i > head.i:
                break
            if i != head.i and any(c.dep_ == "poss" for c in self.document.doc[i].children):  # type: ignore[index]
                continue  # "in his opening statement": the speaker's words, not "the statement" that speaks later
            date = self._time_under(self.document.doc[i]) or self._told_in(self.document.doc[i])  # type: ignore[index]
            if date is not None:
                return date
        if self.documents and lemma in ("document", "text"):
            return self.documents[-1]
        return self._lead_date() if lemma in self.cues.lead_documents and self._definite(head) else None

    def _documents_named(self) -> dict[str, list[int]]:
        """Token indices of the document nouns, by lemma (built once)."""
        if self._named is None:
            self._named = {}
            for tok in self.document.doc if self.document.doc is not None else []:
                lemma = tok.lemma_.lower()
                if tok.pos_ in ("NOUN", "PROPN") and self.cues.kinds.get(lemma) == "document":  # "Order No. 41"
                    self._named.setdefault(lemma, []).append(tok.i)
        return self._named

    def _time_under(self, noun: Token) -> str | None:
        """A calendar date that hangs on a document noun ("a declaration signed in Dushanbe on Wednesday") or on
        the verb it is the object of ("signed a declaration in Oslo on Wednesday")."""
        phrase = noun.head if noun.dep_ == "compound" else noun  # "Memorandum Order No. 41, which ... signed"
        anchors = [noun, *(c for c in phrase.children if c.dep_ == "relcl")]  # "which the president signed on ..."
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
        days = [v for _, v in self._turn_dates[:i] if len(v) == 10]  # a session is a day: "Wednesday's hearing"
        return days[-1] if days else (self._turn_dates[i - 1][1] if i else self._lead_date())  # else the lead's

    def _labelled(self, at: int) -> bool:
        """Whether the line holding ``at`` opens with a transcript's label ("FERNANDO: ...")."""
        return LABEL.match(self.document.text, self.document.text.rfind("\n", 0, at) + 1) is not None

    def _turn_time(self, t: TimeExpr) -> str | None:
        value = said_value(t, self.published)
        if value is None or self.tokens is None or self.contents.holds(t.start):
            return None
        if self._labelled(t.start) or self._in_dateline(t.start):
            return None  # a time in a question or an answer is what was said, not when ("published in March")
        tok = self.tokens.head_of(t.start, t.end)
        if tok is not None and tok.lower_ in TIMES_OF_DAY and tok.dep_ in ("compound", "amod", "nmod"):
            return None  # "the Commission's midday briefing", "its morning programme": the kind, no day of its own
        for _ in range(MAX_STEPS):
            if tok is None or tok.head.i == tok.i or tok.dep_ in BLOCK - {"appos"}:
                return None
            tok = tok.head
            if self._turn_scene_word(tok):
                return value  # "a debate broadcast on Sunday"
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "pobj" and tok.head.pos_ not in ("VERB", "AUX"):
                return None  # "the hearing on the escape of salmon from a farm in August": the escape's time
            if tok.pos_ in ("VERB", "AUX"):
                if tok.lemma_.lower() in self.cues.publishing:
                    return None  # "the transcript, which the committee published on Wednesday": not the session
                near = [*tok.children, *(g for c in tok.children if c.pos_ == "ADP" for g in c.children),
                        *(g for c in tok.children if c.dep_ == "nsubj" for g in c.subtree)]  # "House of Commons
                # Treasury Committee took evidence on Tuesday": the committee's session
                if any(self._turn_scene_word(n) for n in near):
                    return value  # "spoke to reporters in Amman on Thursday"
                if tok.dep_ != "acl":
                    return None  # else "an interview ..., recorded in Athens on Tuesday": on to the noun
        return None

    def _turn_scene_word(self, tok: Token) -> bool:
        return self._kind(tok) in self.cues.turn

    def _kind(self, tok: Token) -> str | None:
        """The kind of scene a noun names, if it names one; a document's word in a name is none ("a reporter from
        The Washington Post")."""
        kind = self.cues.kinds.get(tok.lemma_.lower()) or self.cues.kinds.get(tok.lower_)
        return None if kind == "document" and tok.pos_ == "PROPN" and tok.ent_iob_ == "I" else kind

    def _lead_scene(self) -> None:
        """A gathering the lead narrates on its day ("signed a treaty on Tuesday ..., but at a joint news conference
        after the ceremony their leaders ..."): the scene "the news conference" refers back to, going on for the
        officials of the lead's parties who speak after it with no day of their own."""
        lead, day = self._lead_span(), self._lead_date()
        if lead is None or day is None:
            return
        for tok in lead:
            kind = self._kind(tok) if tok.pos_ == "NOUN" and not self.contents.holds(tok.idx) else None
            if kind in self.cues.shared and kind not in self.scenes:
                self.scenes[kind] = self.running = _Scene(cast(str, kind), day, None)

    def _lead_date(self) -> str | None:
        """The day of the article's lead: the first day named in its first paragraph, outside quotes."""
        if self._lead is False:
            days = [v for t in times_in(self.document, self._lead_start(), self._lead_end())
                    if (v := said_value(t, self.published)) and len(v) == 10 and not self.contents.holds(t.start)]
            self._lead = days[0] if days else None
        return self._lead if isinstance(self._lead, str) else None

    def _remember(self, st: Statement, value: str, basis: str, setting: _Setting) -> None:
        """Keep the statement's date and scene for those after it; a gathering two speakers share goes on until
        a statement sets a scene or a time of its own."""
        if st.speaker is not None and basis != "published":
            self.said[st.speaker] = _Said(value, setting.kind, self._paragraph(st))
        if st.turn and basis != "published":
            self.turn_date = value
        if basis != "published":
            self.last_date = value
        if self._is_document(st):
            self.documents.append(value)
        cue = self.tokens.head_of(*st.cue) if st.cue is not None and self.tokens is not None else None
        if cue is not None and basis != "published":
            self.sentences.append((cue.sent.start_char, cue.sent.end_char, value))
        own = basis in ("stated", "sentence")
        if own and self.occasion is None and not st.turn and self._after_lead(st.cue[0] if st.cue else st.parts[0][0]):
            self.occasion, self.occasion_speaker = value, st.speaker  # the day the lead says its speaker spoke
        if setting.kind is not None:
            scene = _Scene(setting.kind, value, st.speaker, paragraph=self._paragraph(st))
            earlier = self.scenes.get(setting.back) if setting.back is not None else None
            self.scenes[setting.kind] = scene
            if setting.word is not None:
                self.named_scenes[setting.word] = scene
            occasion = setting.back is not None or setting.after_event or setting.lead
            if occasion and setting.kind in self.cues.shared:
                scene.participants = {p for p in (st.speaker, *(earlier.participants if earlier else ()),
                                                  earlier.speaker if earlier else None) if p}
                self.running = scene  # a second speaker at a scene named before: a gathering they share
                return
            scene.participants = {st.speaker} if st.speaker else set()
            beside = self._beside(st) if own and setting.kind in self.cues.shared and not st.turn else set()
            if beside:  # "At a news conference on Tuesday, X, standing beside Y, said": Y spoke there too
                scene.participants |= beside
                self.running = scene
                return
        running = self.running
        if running is not None and basis == "inherited" and setting.kind is None and st.speaker:
            running.participants.add(st.speaker)
        if running is not None and (
            (setting.kind is not None and setting.kind != running.kind) or (own and setting.kind is None)
            or (own and value != running.date)
        ):
            self.running = None  # a scene or a time of its own ends the gathering

    def _told_in(self, noun: Token) -> str | None:
        """The date of a dated statement whose sentence names a document ("In a joint statement issued after the
        meeting, the governments said ..." for "The statement said" later)."""
        return next((value for start, end, value in reversed(self.sentences)
                     if start <= noun.idx < end and noun.sent.end_char <= end), None)

    def _is_document(self, st: Statement) -> bool:
        if st.speaker_span is None or self.tokens is None:
            return False
        head = self.tokens.head_of(*st.speaker_span)
        return head is not None and self.cues.kinds.get(head.lemma_.lower()) == "document"


def _describes_speaker(tok: Token, anchors: list[Token]) -> bool:
    """Whether a noun lies in a clause that describes the speaker rather than the occasion ("A senior official
    [involved in the talks], who asked not to be named, said"): a relative clause or a past participle on the
    subject, not "X, speaking at the summit, said"."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "relcl" or (node.dep_ == "acl" and node.tag_ == "VBN"):
            return node.head.dep_ in ("nsubj", "nsubjpass") and any(node.head.head.i == a.i for a in anchors)
        node = node.head
    return False

