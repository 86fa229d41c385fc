"""The one document object every stage adds its layer to.

All offsets are character offsets into ``Document.text`` (the repaired article text). Stages never copy text
they can point at: a mention, a quote or an evidence span is a ``Span`` into that text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .intervals import Intervals

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
    warnings: list[str] = field(default_factory=list)  # what the reader noticed (an ambiguous date...)

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

    @property
    def key(self) -> str | None:
        """The actor's identity across articles and in the store."""
        return actor_key(self.kb_id, self.name, self.country)


@dataclass(frozen=True)
class TimeExpr(Span):
    """A TIMEX3 expression normalised against the publication date: a span with its type and value."""

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
    turn: bool = False  # an interview answer or a transcript line, dated by its interview; not in the record


@dataclass
class Party:
    """An event's source or target, as the record shows it."""

    actor: str | None
    name: str | None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class Location:
    """Where an event took place: a place of the gazetteer with its country (ISO alpha-3) and coordinates."""

    name: str
    country: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None


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
    location: Location | None = None  # where the text says it happened (a city or town), else the dateline's
    trigger: Span | None = None  # the word that names the act, which the dating stage dates; not in the record


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
    provenance: dict[str, str | None] = field(default_factory=dict)  # version, model, data (set by the pipeline)
    raw: str | None = None  # the text as read, where repair changed it (kept by the store, not in the record)
    _mention_index: tuple[tuple[int, int, int], Intervals[tuple[int, Actor]]] | None = field(
        default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (from a worker process) without the spaCy parse, which no step after the stages reads."""
        return {**self.__dict__, "doc": None, "_mention_index": None}

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
        """The actor with a mention overlapping [start, end), preferring the tightest fit (the first such actor
        on a tie)."""
        best: tuple[int, int, Actor] | None = None
        for m_start, m_end, (rank, actor) in self._mentions().overlapping(start, end):
            overlap = min(end, m_end) - max(start, m_start)
            if overlap > 0:
                slack = (m_end - m_start) + (end - start) - 2 * overlap
                if best is None or (slack, rank) < best[:2]:
                    best = (slack, rank, actor)
        return best[2] if best else None

    def _mentions(self) -> Intervals[tuple[int, Actor]]:
        """The index of every actor's mentions, rebuilt when the actors change."""
        key = (id(self.actors), len(self.actors), sum(len(a.mentions) for a in self.actors))
        if self._mention_index is None or self._mention_index[0] != key:
            index = Intervals((m.start, m.end, (i * 1_000_000 + j, a)) for i, a in enumerate(self.actors)
                              for j, m in enumerate(a.mentions))
            self._mention_index = (key, index)
        return self._mention_index[1]

    def to_record(self) -> dict[str, Any]:
        """The JSON record of DESIGN's output model (one line of ``detente extract``)."""
        a = self.article
        keys = {x.id: x.key for x in self.actors}
        return {
            "article": {
                "id": a.id,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "source": a.source,
                "url": a.url,
                "text": a.text,
            },
            "provenance": {k: self.provenance.get(k) for k in ("version", "model", "data")},
            "actors": [_actor_record(x) for x in self.actors],
            "times": [asdict(t) for t in self.times],
            "quotes": [_quote_record(i, q, keys, a.text) for i, q in enumerate(self.quotes)],
            "events": [_event_record(e, keys) for e in self.events],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Document:
        """The document a record was written from (without the spaCy parse): ``to_record`` gives it back."""
        a = record["article"]
        published = dt.date.fromisoformat(a["published"]) if a.get("published") else None
        article = Article(id=a["id"], text=a["text"], title=a.get("title"), published=published,
                          source=a.get("source"), url=a.get("url"))
        quote_ids = [q["id"] for q in record["quotes"]]
        return cls(
            article=article,
            actors=[_actor_from(x) for x in record["actors"]],
            times=[TimeExpr(**t) for t in record["times"]],
            quotes=[_quote_from(q) for q in record["quotes"]],
            events=[_event_from(e, quote_ids) for e in record["events"]],
            warnings=list(record.get("warnings", [])),
            provenance=dict(record.get("provenance") or {}),
        )


UNDECOMPOSED = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                              "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"})  # letters NFKD keeps


def actor_key(kb_id: str | None, name: str | None, country: str | None) -> str | None:
    """The global identity of an actor: its knowledge-base id, else its normalised name and country."""
    if kb_id:
        return kb_id
    folded = slug(name or "")
    if not folded:
        return f"name:/{country}" if country else None
    return f"name:{folded}/{country}" if country else f"name:{folded}"


def slug(name: str) -> str:
    """A name folded for identity: no accents, no case, no leading article, words joined by hyphens; a name in a
    script without an ASCII transliteration keeps its own letters."""
    folded = unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    folded = folded.lower().replace("'", "")
    words = re.findall(r"[a-z0-9]+", folded) or re.findall(r"[^\W_]+", name.lower())  # a script without ASCII
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "-".join(words)


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _span_from(s: dict[str, Any] | None) -> Span | None:
    return None if s is None else Span(s["start"], s["end"], s["text"])


def _actor_record(x: Actor) -> dict[str, Any]:
    keys = ("id", "key", "name", "kind", "country", "sector", "role", "kb_id")
    return {**{k: getattr(x, k) for k in keys}, "mentions": [_span(m) for m in x.mentions]}


def _actor_from(x: dict[str, Any]) -> Actor:
    fields = {k: v for k, v in x.items() if k not in ("key", "mentions")}
    return Actor(**fields, mentions=[Span(m["start"], m["end"], m["text"]) for m in x["mentions"]])


def _quote_record(index: int, q: Quote, keys: dict[str, str | None], text: str) -> dict[str, Any]:
    s = q.speaker
    key = keys.get(s.actor or "") or actor_key(None, s.name, s.country)
    speaker = {"actor": s.actor, "key": key, "name": s.name, "country": s.country, "role": s.role,
               "mention": _span(s.mention)}
    return {"id": quote_id(index), "text": text[q.start:q.end], "start": q.start, "end": q.end, "kind": q.kind,
            "cue": q.cue, "date": q.date, "date_basis": q.date_basis, "parts": [_span(p) for p in q.parts],
            "content": q.text, "speaker": speaker}


def _quote_from(q: dict[str, Any]) -> Quote:
    s = q["speaker"]
    speaker = Speaker(actor=s["actor"], name=s["name"], country=s["country"], role=s["role"],
                      mention=_span_from(s["mention"]))
    return Quote(text=q["content"], start=q["start"], end=q["end"], kind=q["kind"], cue=q["cue"], speaker=speaker,
                 date=q["date"], date_basis=q["date_basis"], parts=[Span(**p) for p in q["parts"]])


def quote_id(index: int) -> str:
    """The record id of the article's quote at ``index``."""
    return f"q{index + 1}"


def _party_record(p: Party, keys: dict[str, str | None]) -> dict[str, Any]:
    key = keys.get(p.actor or "") or actor_key(None, p.name, p.country)
    return {"actor": p.actor, "key": key, "name": p.name, "country": p.country, "sector": p.sector}


def _party_from(p: dict[str, Any]) -> Party:
    return Party(p["actor"], p["name"], p["country"], p["sector"])


def _event_record(e: Event, keys: dict[str, str | None]) -> dict[str, Any]:
    fields = ("type", "mode", "cameo", "quad", "intensity", "negated", "modality")
    return {
        **{k: getattr(e, k) for k in fields},
        "source": _party_record(e.source, keys),
        "target": _party_record(e.target, keys) if e.target else None,
        "date": e.date,
        "date_basis": e.date_basis,
        "location": asdict(e.location) if e.location else None,
        "quote": None if e.quote is None else quote_id(e.quote),
        "evidence": _span(e.evidence),
        "also": [_span(s) for s in e.also],
    }


def _event_from(e: dict[str, Any], quote_ids: list[str]) -> Event:
    fields = ("type", "mode", "cameo", "quad", "intensity", "negated", "modality", "date", "date_basis")
    target = _party_from(e["target"]) if e["target"] else None
    location = Location(**e["location"]) if e.get("location") else None
    return Event(**{k: e[k] for k in fields}, source=_party_from(e["source"]), target=target,
                 quote=quote_ids.index(e["quote"]) if e["quote"] is not None else None,
                 evidence=Span(**e["evidence"]), also=[Span(**s) for s in e["also"]], location=location)
