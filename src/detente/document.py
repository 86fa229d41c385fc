"""The one document object every stage adds its layer to.

All offsets are character offsets into ``Document.text`` (the repaired article text). Stages never copy text
they can point at: a mention, a quote or an evidence span is a ``Span`` into that text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Span:
    """A character span into the article text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass
class Article:
    """What a reader found: metadata plus the text (repaired by the repair stage)."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None  # file path, feed or site the article came from
    url: str | None = None
    origin: str = "text"  # text | html | pdf | jsonl | feed: tells the repair stage what to expect

    @staticmethod
    def stable_id(text: str) -> str:
        """An id derived from the content, the same on every run."""
        return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


@dataclass
class Actor:
    """One real-world actor of the article, with every mention that refers to it."""

    id: str
    name: str
    kind: str  # person | organization | state | group
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None  # m | f | None, used by coreference; not in the record


@dataclass
class TimeExpr:
    """A TIMEX3 expression normalised against the publication date."""

    text: str
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass
class Speaker:
    actor: str | None
    name: str | None
    country: str | None = None
    role: str | None = None
    mention: Span | None = None


@dataclass
class Quote:
    text: str
    start: int
    end: int
    kind: str  # direct | mixed | indirect
    cue: str | None
    speaker: Speaker
    date: str | None = None
    date_basis: str | None = None  # stated | sentence | inherited | published (how the date was found)
    parts: list[Span] = field(default_factory=list)  # content pieces of a quote split by its cue
    cue_span: Span | None = None  # where the cue verb stands; used for dating, not in the record


@dataclass
class Party:
    """An event's source or target, as the record shows it."""

    actor: str | None
    name: str | None
    country: str | None = None
    sector: str | None = None


@dataclass
class Event:
    type: str  # PLOVER type
    mode: str | None
    cameo: str | None
    quad: int
    intensity: float
    negated: bool
    modality: str  # asserted | intended | requested | denied | hypothetical
    source: Party
    target: Party | None
    date: str | None
    quote: int | None
    evidence: Span
    date_basis: str | None = None  # stated | sentence | inherited | published
    also: list[Span] = field(default_factory=list)  # further evidence of the same event in the article


@dataclass
class Document:
    """An article and every layer the stages have added to it."""

    article: Article
    doc: Doc | None = None  # the spaCy parse of article.text
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def body_start(self) -> int:
        """Offset where the body begins: after a leading headline that repeats the title, else 0."""
        title = (self.article.title or "").strip()
        text = self.article.text
        lead = text.lstrip()
        if not title or not lead.startswith(title):
            return 0
        end = len(text) - len(lead) + len(title)
        while end < len(text) and text[end] in ".!?:\u201d\"' \t":
            end += 1
        return end if end >= len(text) or text[end] == "\n" else 0

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.article.text, start, end)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping [start, end), preferring the tightest fit."""
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            for m in actor.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > 0:
                    slack = (m.end - m.start) + (end - start) - 2 * overlap
                    if best is None or slack < best[0]:
                        best = (slack, actor)
        return best[1] if best else None

    def to_record(self) -> dict[str, Any]:
        """The JSON record of DESIGN's output model (one line of ``detente extract``)."""
        a = self.article
        return {
            "article": {
                "id": a.id,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "source": a.source,
                "url": a.url,
                "text": a.text,
            },
            "actors": [_actor_record(x) for x in self.actors],
            "times": [asdict(t) for t in self.times],
            "quotes": [_quote_record(q) for q in self.quotes],
            "events": [_event_record(e) for e in self.events],
            "warnings": list(self.warnings),
        }


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _actor_record(x: Actor) -> dict[str, Any]:
    keys = ("id", "name", "kind", "country", "sector", "role", "kb_id")
    return {**{k: getattr(x, k) for k in keys}, "mentions": [_span(m) for m in x.mentions]}


def _quote_record(q: Quote) -> dict[str, Any]:
    s = q.speaker
    speaker = {"actor": s.actor, "name": s.name, "country": s.country, "role": s.role, "mention": _span(s.mention)}
    keys = ("text", "start", "end", "kind", "cue")
    return {**{k: getattr(q, k) for k in keys}, "date": q.date, "date_basis": q.date_basis, "speaker": speaker,
            "parts": [_span(p) for p in q.parts]}


def _event_record(e: Event) -> dict[str, Any]:
    keys = ("type", "mode", "cameo", "quad", "intensity", "negated", "modality")
    return {
        **{k: getattr(e, k) for k in keys},
        "source": asdict(e.source),
        "target": asdict(e.target) if e.target else None,
        "date": e.date,
        "date_basis": e.date_basis,
        "quote": e.quote,
        "evidence": _span(e.evidence),
        "also": [_span(s) for s in e.also],
    }
