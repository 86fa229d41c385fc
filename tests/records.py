"""Hypothesis strategies for whole records: random articles with actors, times, quotes and events whose spans
point into the article text, as the pipeline makes them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

from detente.document import Actor, Article, Document, Event, Location, Party, Quote, Span, Speaker, TimeExpr

KINDS = ("person", "organization", "state", "group")
PLOVER = ("AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "COERCE", "ASSAULT")
COUNTRIES = ("RUS", "USA", "FRA", "EU", "NATO", "CHN", None)
BASES = ("stated", "sentence", "inherited", "published", None)
names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20)
maybe_names = st.none() | names
dates = st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span.of(text, start, end)


@st.composite
def parties(draw: st.DrawFn, actors: list[Actor]) -> Party:
    actor = draw(st.none() | st.sampled_from(actors)) if actors else None
    if actor is not None:
        return Party(actor.id, actor.name, actor.country, actor.sector)
    return Party(None, draw(maybe_names), draw(st.sampled_from(COUNTRIES)), draw(st.sampled_from(("GOV", "MIL", None))))


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """A document as the stages leave it, with every layer filled at random but consistently."""
    text = draw(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300))
    published = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    article = Article(id=draw(st.text("abcdef0123456789", min_size=1, max_size=16)), text=text,
                      title=draw(maybe_names), published=published, source=draw(maybe_names), url=draw(maybe_names))
    actors = [
        Actor(id=f"a{i + 1}", name=draw(names), kind=draw(st.sampled_from(KINDS)),
              country=draw(st.sampled_from(COUNTRIES)), sector=draw(st.sampled_from(("GOV", "MIL", None))),
              role=draw(st.none() | st.just("minister")), kb_id=draw(st.none() | st.just(f"person:x{i}")),
              mentions=draw(st.lists(spans(text), max_size=3)))
        for i in range(draw(st.integers(0, 4)))
    ]
    times = [TimeExpr(s.start, s.end, s.text, draw(st.sampled_from(("DATE", "DURATION"))), draw(names))
             for s in draw(st.lists(spans(text), max_size=3))]
    quotes = [_quote(draw, text, actors) for _ in range(draw(st.integers(0, 3)))]
    events = [_event(draw, text, actors, len(quotes)) for _ in range(draw(st.integers(0, 4)))]
    provenance = {"version": "0.1.0", "model": "en_core_web_sm-3.8.0", "data": draw(st.text("0123456789abcdef"))}
    return Document(article, actors=actors, times=times, quotes=quotes, events=events,
                    warnings=draw(st.lists(names, max_size=2)), provenance=provenance)


def _quote(draw: st.DrawFn, text: str, actors: list[Actor]) -> Quote:
    whole = draw(spans(text))
    actor = draw(st.none() | st.sampled_from(actors)) if actors else None
    speaker = Speaker(actor.id if actor else None, actor.name if actor else draw(maybe_names),
                      actor.country if actor else None, None, draw(st.none() | spans(text)))
    return Quote(draw(names), whole.start, whole.end, draw(st.sampled_from(("direct", "mixed", "indirect"))),
                 draw(st.none() | st.just("say")), speaker, draw(dates), draw(st.sampled_from(BASES)),
                 parts=draw(st.lists(spans(text), max_size=2)))


def _event(draw: st.DrawFn, text: str, actors: list[Actor], n_quotes: int) -> Event:
    return Event(
        type=draw(st.sampled_from(PLOVER)), mode=draw(st.none() | st.just("verbal")),
        cameo=draw(st.none() | st.sampled_from(("036", "1121", "190"))), quad=draw(st.integers(1, 4)),
        intensity=draw(st.integers(-20, 20)) / 2, negated=draw(st.booleans()),
        modality=draw(st.sampled_from(("asserted", "intended", "requested", "denied", "hypothetical"))),
        source=draw(parties(actors)), target=draw(st.none() | parties(actors)), date=draw(dates),
        date_basis=draw(st.sampled_from(BASES)),
        quote=draw(st.none() | st.integers(0, n_quotes - 1)) if n_quotes else None,
        evidence=draw(spans(text)), also=draw(st.lists(spans(text), max_size=2)), location=draw(st.none() | locations))


locations = st.builds(Location, name=names, country=st.sampled_from(COUNTRIES),
                      geonames_id=st.none() | st.integers(1, 2**40),
                      lat=st.none() | st.floats(-90, 90, allow_nan=False).map(lambda x: round(x, 4)),
                      lon=st.none() | st.floats(-180, 180, allow_nan=False).map(lambda x: round(x, 4)))


def records() -> st.SearchStrategy[dict[str, Any]]:
    """Random records, as ``detente extract`` writes them."""
    return documents().map(Document.to_record)


def make_record(article_id: str, published: str, events: Sequence[tuple[str, str, str, float, str | None]] = (),
                quotes: Sequence[tuple[str, str, str]] = (), text: str | None = None) -> dict[str, Any]:
    """A small record written out by hand: ``events`` as (source country, target country, PLOVER type,
    intensity, date) and ``quotes`` as (speaker name, speaker country, words naming another country)."""
    sentences = [f"{s} did {t.lower()} to {g} on {d or published}." for s, g, t, _, d in events]
    sentences += [f'"{words}," said {name}.' for name, _, words in quotes]
    body = text or (" ".join(sentences) or "Nothing happened today in the capital, officials said.")
    body = f"{article_id} report.\n\n{body}"
    article = Article(id=article_id, text=body, title=f"{article_id} report",
                      published=dt.date.fromisoformat(published), source="wire", url=f"https://example.org/{article_id}")
    actors: dict[str, Actor] = {}
    doc = Document(article, provenance={"version": "0.1.0", "model": "test", "data": "test"})

    def actor(code: str) -> Actor:
        if code not in actors:
            actors[code] = Actor(id=f"a{len(actors) + 1}", name=code, kind="state", country=code,
                                 kb_id=f"country:{code}")
        return actors[code]

    for s, g, t, intensity, d in events:
        start = body.index(f"{s} did {t.lower()} to {g} on {d or published}.")
        end = start + len(f"{s} did {t.lower()} to {g} on {d or published}.")
        src, tgt = actor(s), actor(g)
        src.mentions.append(Span.of(body, start, start + len(s)))
        quad = 1 if intensity > 0 else 4
        doc.events.append(Event(t, None, None, quad, intensity, False, "asserted", Party(src.id, s, s, "GOV"),
                                Party(tgt.id, g, g, "GOV"), d, None, Span.of(body, start, end),
                                date_basis="stated" if d else "published"))
    for name, country, words in quotes:
        start = body.index(f'"{words},') + 1
        person = Actor(id=f"a{len(actors) + 1}", name=name, kind="person", country=country)
        actors[name] = person
        for code in dict.fromkeys(re.findall(r"\b[A-Z]{2,4}\b", words)):
            at = start + words.index(code)
            actor(code).mentions.append(Span.of(body, at, at + len(code)))
        doc.quotes.append(Quote(words, start, start + len(words), "direct", "say",
                                Speaker(person.id, name, country, None, None), published, "published",
                                parts=[Span.of(body, start, start + len(words))]))
    doc.actors = list(actors.values())
    return doc.to_record()
