"""The events stage: who did what to whom, coded in PLOVER with CAMEO code, QuadClass and intensity.

Choices the record relies on:

- One event per clause predicate; a governing cue and the event it governs are one event ("ready to restore
  relations" -> AGREE, intended; "called on X to resume talks" -> REQUEST, requested, toward X).
- Coordinated sources or targets give one event per pair. A mutual act (talks, agreements, cooperation) with
  two coordinated sources and no target ("X and Y agreed") gives one event in each direction.
- A negated or denied event keeps its type, code and quad and the sign of its intensity, at a quarter of its
  strength (not attacking is not cooperation: "did not send weapons" is AID, negated); a hypothetical one
  ("could", "would", "if") at 0.3, so that a conditional ("would close the Strait if attacked") never outranks
  the asserted act it is part of (the warning). Withheld consent ("did not accept", "will not sign") is a
  rejection, not negated.
- Acts in sport or tourism ("beat Australia by six wickets") are no events; forces sent to a named country
  ("ready to deploy police to Haiti") are help to a host, not a threat.
- An appeal reported as an opinion is a request from the speaker to whoever is to act: "X said the time has
  come for the EU to resume dialogue with Russia", "X said Europe should engage with Moscow" -> REQUEST from
  X toward the EU or Europe (a demand where the speaker says "must"); "we see no sign of Y engaging" is a
  mild reproach of Y (ACCUSE, disapprove). Considering, claiming or answering a charge is no event.
- A party the actors layer has no actor for takes the country its words show: a demonym or country modifier
  ("three Belarusian banks" -> BLR), the place it is of or in ("the Ukrainian city of Kharkiv", "a refinery
  in Russia"); coordinated demonyms ("Colombian and Ecuadorian forces") are one party each.
- Inside a quotation, "we" and "I" stand for the speaker, and a statement without a target is no event.
- The same event reported twice in an article (same code, source, target, negation and modality, no
  conflicting stated dates: headline and body, a repeat) is one event; further evidence is in ``Event.also``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator
from itertools import product
from typing import TYPE_CHECKING

from ..document import Document, Event, Party, Quote, Span
from ..intervals import Intervals
from ..settings import Settings
from . import coder, parties
from .lexicon import Lexicon, load
from .match import cue

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

log = logging.getLogger(__name__)

__all__ = ["code_document", "stage"]

MAX_PARTIES = 4
DateFor = Callable[..., tuple[str | None, str | None]]


REQUIRES = ("parse", "actors", "times", "quotes")  # the layers this stage reads
ASSIGNS = ("events",)  # the layer it adds


def stage(settings: Settings) -> Callable[[Document], Document]:
    """Build the events stage: the lexicon is loaded once, then every document is coded with it."""
    lexicon = load(tuple(settings.extra_data))

    def run(document: Document) -> Document:
        document.events = code_document(document, lexicon)
        return document

    return run


def code_document(document: Document, lexicon: Lexicon | None = None) -> list[Event]:
    """The events of a parsed document, one per distinct event, in text order."""
    if document.doc is None:
        log.warning("document %s has no parse; no events coded", document.article.id)
        return []
    lexicon = lexicon or load()
    date_for = _date_resolver()
    quotes = Intervals((s.start, s.end, i) for i, q in enumerate(document.quotes)
                       for s in (q.parts or [Span(q.start, q.end, "")]))
    events: list[Event] = []
    for sent in document.doc.sents:
        for reading in coder.read(sent, lexicon):
            events.extend(_events(document, sent, reading, lexicon, date_for, quotes))
    return merge(events)


def _date_resolver() -> DateFor | None:
    """The times stage's ``date_for``, looked up at run time so that this stage works without it."""
    try:
        module = importlib.import_module("detente.times")
    except ImportError:
        return None
    resolver: DateFor | None = getattr(module, "date_for", None)
    return resolver


def _quote_at(quotes: Intervals[int], offset: int) -> int | None:
    """The first quote (by index) with a part holding ``offset``."""
    return min((i for _, _, i in quotes.holding(offset)), default=None)


def _evidence(document: Document, sent: SpacySpan) -> Span:
    start, end = sent.start_char, sent.end_char
    text = document.text
    while end > start and text[end - 1].isspace():
        end -= 1
    return document.span(start, end)


def _sources(
    document: Document, reading: coder.Reading, quote: Quote | None, lexicon: Lexicon
) -> list[Party]:
    token = parties.subject(reading.head)
    if token is not None and token.lemma_.lower() in lexicon.nouns:
        token = parties.doer(token) or token  # "the attack by Houthi forces damaged a ship": the attackers
    if token is None and reading.head.pos_ in {"NOUN", "PROPN"} and reading.head.dep_ in {"dobj", "attr"}:
        token = parties.subject(reading.head.head)
    speaker = parties.speaker_party(document, quote) if quote else None
    if token is None:
        return [speaker] if speaker else [Party(actor=None, name=None)]
    if speaker and token.lower_ in lexicon.speaker_words:
        return [speaker]
    tokens = parties.conjoined(token)
    if len(tokens) == 1 and (split := parties.modifier_parties(document, token, lexicon.places)):
        return split[:MAX_PARTIES]  # "Colombian and Ecuadorian forces"
    return [parties.party(document, t, lexicon.places) for t in tokens[:MAX_PARTIES]]


def _target_tokens(reading: coder.Reading, lexicon: Lexicon) -> list[Token]:
    """Candidate targets, best first; the forces a source moves are none ("pulled its soldiers back")."""
    tokens = _candidates(reading, lexicon)
    if reading.pattern.code in lexicon.moved:
        moved = {parties.content(c).i for c in reading.token.children if c.dep_ == "dobj"}
        tokens = [t for t in tokens if t.i not in moved]
    return tokens + _addressees(reading, lexicon)


def _addressees(reading: coder.Reading, lexicon: Lexicon) -> list[Token]:
    """Whom a demand or a threat is aimed at where it names no object: the subject of what is demanded
    ("demanded that Turkey pay"), or of the condition ("would respond if Armenia kept building")."""
    governor = reading.governor or cue(reading.head, lexicon)
    if governor is None or governor.target != "governor":
        return []
    clauses = [c for c in reading.head.children if c.dep_ == "ccomp"]
    verbs = [c for c in reading.head.children if c.dep_ == "xcomp"]  # "threatened to close X if Y sent"
    conditions = [
        a
        for node in (reading.head, reading.token, *clauses, *verbs)
        for a in node.children
        if a.dep_ == "advcl"
        and any(m.dep_ == "mark" and lexicon.modality_words.get(m.lower_) == "conditional" for m in a.children)
    ]
    subjects = [s for c in clauses + conditions for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    return [s for s in subjects if parties.usable(s)]


def _candidates(reading: coder.Reading, lexicon: Lexicon) -> list[Token]:
    own = parties.objects(reading.token, reading.pattern, lexicon)
    if reading.governor is None:
        verbs = [c for c in reading.token.children if c.dep_ == "xcomp"]  # "refused to accept flights from X"
        return own + [t for c in verbs for t in parties.objects(c, None, lexicon)]
    inner = set(reading.token.subtree)
    outer = [
        t for t in parties.objects(reading.head, None, lexicon) if t not in inner and t.i != reading.token.i
    ]
    if reading.governor.target == "governor":
        doer = reading.agent or _doer(reading)
        return outer + ([doer] if doer is not None else []) + own
    owner = parties.doer(reading.token) if reading.token.pos_ in {"NOUN", "PROPN"} else None
    return own + outer + ([owner] if owner is not None else [])  # "rejected Egypt's demand": Egypt


def _doer(reading: coder.Reading) -> Token | None:
    """Who is to carry out a governed act, looked for up its clause below the cue ("signs that Tehran is
    willing to negotiate": Tehran)."""
    node = reading.token
    for _ in range(coder.MAX_DEPTH):
        found = parties.doer(node)
        if found is not None or node.head.i in (node.i, reading.head.i):
            return found
        node = node.head
    return None


def _targets(
    document: Document, reading: coder.Reading, lexicon: Lexicon, sources: list[Party]
) -> list[Party]:
    """The parties an event is aimed at; for a domestic act (a protest) without one that shows a country, the
    authorities where it takes place, else at home ("students marched on the national assembly")."""
    found = _named_targets(document, reading, lexicon, sources)
    code = lexicon.codes[reading.code or ""]
    if code.type not in lexicon.domestic or any(p.country for p in found) or lexicon.places is None:
        return found
    home = parties.event_place(document, reading.token, lexicon.places)
    home = home or next((s.country for s in sources if s.country), None)
    if home is None:
        return found
    return [Party(actor=None, name=found[0].name if found else None, country=home)]


def _named_targets(
    document: Document, reading: coder.Reading, lexicon: Lexicon, sources: list[Party]
) -> list[Party]:
    """The parties an event is aimed at: the best-ranked candidate and those coordinated with it."""
    tokens = _target_tokens(reading, lexicon)
    places = lexicon.places
    if len(sources) > 1 and (reading.code or "").startswith(lexicon.reciprocal):
        tokens = [t for t in tokens if parties.rank(document, t, places) < 3]  # "X and Y held talks on trade"
    code = lexicon.codes[reading.code or ""]
    if not tokens and (code.type in lexicon.place_targets or code.code == lexicon.hosting.code):
        tokens = [t for t in [parties.locative(document, reading.token, places)] if t is not None]
    own = [t for t in tokens if any(parties.same(parties.party(document, t, places), s) for s in sources)]
    tokens = [t for t in tokens if t not in own] or tokens  # "warned it would respond if Armenia ...": Armenia
    if not tokens:
        return []
    best = min(tokens, key=lambda t: parties.rank(document, t, places))
    named = parties.rank(document, best, places) < 2 or parties.own_country(document, best, places)
    if best.pos_ == "NOUN" and not named:
        best = parties.locative(document, reading.token, places) or best  # "warships around Taiwan"
    found = [parties.party(document, t, places) for t in parties.conjoined(best)[:MAX_PARTIES]]
    found = [p for p in found if not any(parties.same(p, s) for s in sources)]
    if places is not None and len(found) == 1 and found[0].actor is None and found[0].country is None:
        # "attacked an oil refinery in Russia": where the act took place tells whose the target is
        found[0].country = parties.event_place(document, reading.token, places)
    return found


def _pairs(
    sources: list[Party], targets: list[Party], code: str, lexicon: Lexicon
) -> Iterator[tuple[Party, Party | None]]:
    if targets:
        yield from product(sources, targets)
    elif len(sources) > 1 and code.startswith(lexicon.reciprocal):
        yield from ((a, b) for a in sources for b in sources if a is not b)
    else:
        yield from ((s, None) for s in sources)


def _events(
    document: Document, sent: SpacySpan, reading: coder.Reading, lexicon: Lexicon, date_for: DateFor | None,
    quotes: Intervals[int],
) -> Iterator[Event]:
    token = reading.token
    quote_index = _quote_at(quotes, token.idx)
    quote = document.quotes[quote_index] if quote_index is not None else None
    sources = _sources(document, reading, quote, lexicon)
    targets = _targets(document, reading, lexicon, sources)
    if quote is not None and quote.kind == "direct" and not targets:
        return  # a statement in a quotation with no one it is aimed at is no event
    if token.pos_ != "VERB" and not targets and all(s.name is None for s in sources):
        return  # "the summit will take place in Lima": an event noun with no party is no coded event
    code = lexicon.codes[reading.code or ""]
    intensity = _intensity(lexicon, lexicon.intensity(code), reading)
    date, basis = None, None
    if date_for is not None:
        speaker = quote.speaker if quote else None
        date, basis = date_for(document, token.idx, token.idx + len(token.text), speaker=speaker)
    evidence = _evidence(document, sent)
    for source, target in _pairs(sources, targets, code.code, lexicon):
        yield Event(
            type=code.type,
            mode=code.mode,
            cameo=code.code,
            quad=code.quad,
            intensity=intensity,
            negated=reading.negated,
            modality=reading.modality,
            source=source,
            target=target,
            date=date,
            quote=quote_index,
            evidence=evidence,
            date_basis=basis,
        )


def _intensity(lexicon: Lexicon, base: float, reading: coder.Reading) -> float:
    """The code's intensity, weakened for a negated, denied or hypothetical event."""
    weight = lexicon.weights.get("negated", 1.0) if reading.negated and not reading.recoded else 1.0
    weight *= lexicon.weights.get(reading.modality, 1.0)
    return round(base * weight, 2)


def _key(event: Event) -> tuple[object, ...]:
    def who(p: Party | None) -> str | None:
        return None if p is None else (p.actor or (p.name or "").lower() or None)

    return (event.cameo, who(event.source), who(event.target), event.negated, event.modality)


def merge(events: list[Event]) -> list[Event]:
    """One event per distinct code, source, target, negation and modality; repeats become evidence."""
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
