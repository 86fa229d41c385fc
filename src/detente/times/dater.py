"""The dating stage: the day each quote was said and each event happened, once quotes and events are found.

A quote is dated by its speech act, never by its content (``statement.StatementDates``); an event by the time
on its predicate, its sentence, the same speaker's statement or, in the present, the publication date
(``dating.date_for``), else it counts on the publication date: "on_or_before" it for an act reported as done,
"published" for an intended, requested or hypothetical one. The same event reported twice (same code, parties,
negation and modality) is one event unless the text states different days for them: a repeat becomes evidence
(``Event.also``) of the first.

The stage reads the quotes and events layers where they are present and adds nothing else, so that the quotes
and events stages know nothing of time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..document import Document, Event, Party, Quote, Span
from ..settings import Settings
from .dating import date_for
from .statement import Statement, StatementDates

log = logging.getLogger(__name__)

REQUIRES = ("parse", "times")  # the layers this stage reads (it dates the quotes and events that are there)
ASSIGNS = ("dates",)  # what it adds: a date on every quote and event
DONE = frozenset({"asserted", "denied"})  # modalities of an act reported as having happened


def stage(settings: Settings) -> Callable[[Document], Document]:
    """Build the dating stage: dates ``document.quotes`` and ``document.events``."""

    def run(document: Document) -> Document:
        date_quotes(document)
        document.events = merge(date_events(document))
        return document

    return run


def date_quotes(document: Document) -> None:
    """Date each quote by its speech act, in text order: the time on its cue or its scene, the scene or the
    speaker's statement it goes on from, the interview an answer belongs to, else the publication date."""
    quotes = document.quotes
    if not quotes:
        return
    dates = StatementDates(document, [(p.start, p.end) for q in quotes for p in q.parts])
    people = {a.name: a.id for a in document.actors if a.kind == "person" and a.name}
    for quote in quotes:
        cue, mention = quote.cue_span, quote.speaker.mention
        person = people.get(quote.speaker.name or "")  # "her Malaysian counterpart" is the minister named before
        statement = Statement(
            cue=(cue.start, cue.end) if cue else None,
            parts=tuple((p.start, p.end) for p in quote.parts),
            speaker=person or quote.speaker.actor or (quote.speaker.name or (mention.text if mention else "")).lower()
            or None,
            speaker_span=(mention.start, mention.end) if mention else None,
            turn=quote.turn,
        )
        try:
            quote.date, quote.date_basis = dates.date(statement)
        except Exception as exc:  # a dating fault must not cost the article its quotes
            log.warning("cannot date the quote at %d in %s: %s", quote.start, document.article.id, exc)


def date_events(document: Document) -> list[Event]:
    """Every event dated: by its predicate where the text dates it, else by the publication date."""
    published = document.article.published
    for event in document.events:
        if event.date is not None:
            continue
        if event.trigger is not None:
            event.date, event.date_basis = date_for(document, event.trigger.start, event.trigger.end,
                                                    speaker=_speaker(document, event.quote))
        if event.date is None and published is not None:  # every event counts on some day
            event.date = published.isoformat()
            event.date_basis = "on_or_before" if event.modality in DONE else "published"
    return document.events


def _speaker(document: Document, index: int | None) -> str | None:
    quote: Quote | None = document.quotes[index] if index is not None and index < len(document.quotes) else None
    return quote.speaker.actor if quote is not None else None


def merge(events: list[Event]) -> list[Event]:
    """One event per distinct code, source, target, negation and modality on a day; repeats become evidence."""
    kept: dict[tuple[object, ...], _Group] = {}
    out: list[Event] = []
    seen: dict[int, set[Span]] = {}  # the evidence each kept event holds
    for event in events:
        group = kept.setdefault(_key(event), _Group())
        first = group.match(event)
        if first is None:
            group.add(event)
            out.append(event)
            seen[id(event)] = {event.evidence}
        elif event.evidence not in seen[id(first)]:
            first.also.append(event.evidence)
            seen[id(first)].add(event.evidence)
    return out


def _key(event: Event) -> tuple[object, ...]:
    def who(p: Party | None) -> str | None:
        return None if p is None else (p.actor or (p.name or "").lower() or None)

    return (event.cameo, who(event.source), who(event.target), event.negated, event.modality)


class _Group:
    """The kept events of one key, so that the first of them fitting an event's time is found at once: one
    not dated by its text fits any, and one dated by its text fits those of the same date or not dated so."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.loose: int | None = None  # index of the first event whose date is not stated
        self.by_date: dict[str | None, int] = {}  # date -> index of the first event stating it

    def match(self, event: Event) -> Event | None:
        if not self.events:
            return None
        if event.date_basis != "stated":
            return self.events[0]
        found = [i for i in (self.loose, self.by_date.get(event.date)) if i is not None]
        return self.events[min(found)] if found else None

    def add(self, event: Event) -> None:
        if event.date_basis != "stated" and self.loose is None:
            self.loose = len(self.events)
        self.by_date.setdefault(event.date, len(self.events))
        self.events.append(event)
