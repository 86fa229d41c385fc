"""Détente as a spaCy pipeline component: ``nlp.add_pipe("detente")`` on an English pipeline of your own.

After ``doc = nlp(text)``, ``doc._.actors``, ``doc._.times``, ``doc._.quotes`` and ``doc._.events`` hold the layers
of the record that ``detente.extract`` gives for the same text (the same stages run, over the same parse), with
every character span a ``Span`` of that doc: an actor's mentions, a time, a quote with its parts and its speaker's
mention, an event's evidence. A span whose offsets fall inside a token is widened to the tokens around it. Docs the
component has not processed give ``None``.

The pipeline must hold, enabled and before this component, what the stages read: a ``tagger`` (``token.tag_``), an
``attribute_ruler`` (``token.pos_``), a ``lemmatizer`` (``token.lemma_``), a ``parser`` (``token.dep_``, heads and
sentence boundaries) and an ``ner`` (``doc.ents``), as spaCy's English ``en_core_web_*`` pipelines do. A missing
component is a ``ModelError`` at ``add_pipe``; one placed after this component, or disabled, is a ``ModelError`` on
the first doc that lacks its annotation.

Relative dates ("on Monday") are resolved against the publication date: the ``published`` config
(``nlp.add_pipe("detente", config={"published": "2026-03-04"})``) for every doc, or ``doc._.published`` (a date or
``"YYYY-MM-DD"``, set on ``nlp.make_doc(text)`` before ``nlp(doc)``) for one doc, which wins. The ``data`` config
lists user data files (cues, patterns, actors), as ``detente extract --data`` does.

The doc's text is read as it is (``detente.extract`` first repairs hard-wrapped or PDF text). For text of several
paragraphs, add ``nlp.add_pipe("detente_paragraphs", before="parser")`` too: it starts a sentence at each line break,
as ``detente.extract`` does, so that a headline never runs into the first sentence. The layers are kept in
``doc.user_data`` as plain data, so docs keep them through ``nlp.pipe(texts, n_process=2)`` and
``DocBin(store_user_data=True)``. A doc a stage cannot process raises a ``DetenteError`` naming the stage.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import nlp as detente_nlp
from . import readers
from .document import Document
from .errors import DetenteError, ModelError
from .pipeline import build_stages
from .settings import Settings, parse_date

KEY = "detente"  # the doc.user_data key holding the layers as record dicts
LAYERS = ("actors", "times", "quotes", "events")
# What the stages read: the spaCy component that gives it, the attribute it declares, the doc annotation it leaves.
REQUIRED = (("tagger", "token.tag", "TAG"), ("attribute_ruler", "token.pos", "POS"),
            ("lemmatizer", "token.lemma", "LEMMA"), ("parser", "token.dep", "DEP"), ("ner", "doc.ents", "ENT_IOB"))


@dataclass(frozen=True)
class Actor:
    """One real-world actor of the doc, with every mention that refers to it."""

    id: str
    key: str | None
    name: str
    kind: str  # person | organization | state | group
    country: str | None
    sector: str | None
    role: str | None
    kb_id: str | None
    mentions: list[Span]


@dataclass(frozen=True)
class Time:
    """A time expression, its TIMEX3 type and its value normalised against the publication date."""

    span: Span
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True)
class Speaker:
    actor: str | None  # the id of an actor of ``doc._.actors``
    key: str | None
    name: str | None
    country: str | None
    role: str | None
    mention: Span | None


@dataclass(frozen=True)
class Quote:
    id: str
    span: Span
    kind: str  # direct | mixed | indirect
    cue: str | None
    date: str | None
    date_basis: str | None
    parts: list[Span]  # the content pieces of a quote split by its cue
    content: str
    speaker: Speaker


@dataclass(frozen=True)
class Party:
    """An event's source or target."""

    actor: str | None
    key: str | None
    name: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True)
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
    date_basis: str | None
    location: dict[str, Any] | None  # where it happened: name, country, geonames_id, lat, lon
    quote: str | None  # the id of a quote of ``doc._.quotes``
    evidence: Span
    also: list[Span]  # further evidence of the same event in the doc


class Detente:
    """Runs the Détente stages over each doc and keeps their layers in ``doc.user_data``."""

    def __init__(self, name: str, settings: Settings, published: dt.date | None) -> None:
        self.name = name
        self.settings = settings
        self.published = published
        self.stages = build_stages(settings)
        _register_extensions()

    def __reduce__(self) -> tuple[type[Detente], tuple[str, Settings, dt.date | None]]:
        """Pickled as its options (the stages are rebuilt), so that ``nlp.pipe`` can start processes by spawning."""
        return (Detente, (self.name, self.settings, self.published))

    def __call__(self, doc: Doc) -> Doc:
        _check_annotations(doc, self.name)
        article = readers.from_text(doc.text, source=None)
        article.published = _published(doc) or self.published
        document = Document(article, doc=doc)
        cached = set(doc.user_data)
        for stage_name, stage in self.stages:
            try:
                document = stage(document)
            except Exception as exc:
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise DetenteError(f"the {self.name} component's {stage_name} stage failed ({reason})") from exc
        for key in set(doc.user_data) - cached:  # what the stages cached on the doc: not data, and not serialisable
            del doc.user_data[key]
        record = document.to_record()
        doc.user_data[KEY] = {layer: record[layer] for layer in LAYERS}
        return doc


@Language.factory("detente", default_config={"published": None, "data": []},
                  requires=["token.tag", "token.lemma", "token.dep", "token.head", "doc.sents", "doc.ents"],
                  assigns=[f"doc._.{layer}" for layer in LAYERS])
def make_detente(nlp: Language, name: str, published: str | None, data: list[str]) -> Detente:
    """The Détente component: actors, times, quotes and events in ``doc._.actors``, ``.times``, ``.quotes``,
    ``.events``, as lists of objects holding spans of the doc.

    ``nlp`` must be English and hold a tagger, attribute_ruler, lemmatizer, parser and ner, placed before this
    component; otherwise a ``ModelError`` names the missing ones. ``published`` ("YYYY-MM-DD") dates every doc, and
    ``doc._.published`` one doc; ``data`` lists user data files (cues, patterns, actors).
    """
    _check_pipeline(nlp, name)
    date = parse_date(published, f"the {name} component's published")
    for path in data:
        if not Path(path).is_file():
            raise DetenteError(f"the {name} component's data: no such file '{path}'")
    return Detente(name, Settings(extra_data=tuple(str(p) for p in data)), date)


def _check_pipeline(nlp: Language, name: str) -> None:
    """Refuse a pipeline that is not English or lacks a component whose annotation the stages read."""
    if nlp.lang != "en":
        raise ModelError(f"the {name} component reads English, not '{nlp.lang}': add it to an English pipeline such "
                         "as en_core_web_sm")
    declared: set[str] = set()
    for component in nlp.component_names:
        meta = nlp.get_pipe_meta(component)
        declared.update(meta.assigns)
        if meta.factory == "attribute_ruler":
            declared.add("token.pos")  # it maps tags to parts of speech without declaring so
    missing = [component for component, attr, _ in REQUIRED if attr not in declared]
    if missing:
        have = ", ".join(nlp.component_names) or "no components"
        raise ModelError(f"the {name} component needs {', '.join(missing)} in the pipeline (it has {have}): add it to "
                         "a full English pipeline such as en_core_web_sm")


def _check_annotations(doc: Doc, name: str) -> None:
    """Refuse a doc that an earlier component should have annotated: the component stands before it, or it is off."""
    missing = [component for component, _, attr in REQUIRED if not doc.has_annotation(attr)]
    if missing:
        raise ModelError(f"the {name} component found no {', '.join(missing)} annotation on the doc: place it after "
                         f"them (nlp.add_pipe('{name}') adds it last) and keep them enabled")


def _published(doc: Doc) -> dt.date | None:
    value = doc._.published
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(str(value), "doc._.published")


def _layer(layer: str, doc: Doc) -> list[Any] | None:
    """A layer as objects holding spans of ``doc``, built from the record dicts the component stored."""
    stored = doc.user_data.get(KEY)
    if stored is None:
        return None
    build = _BUILDERS[layer]
    return [build(doc, item) for item in stored[layer]]


def _span(doc: Doc, s: dict[str, Any]) -> Span:
    span = doc.char_span(s["start"], s["end"], alignment_mode="expand")
    if span is None:
        raise DetenteError(f"no token of the doc covers characters {s['start']}-{s['end']} ('{s['text']}')")
    return span


def _actor(doc: Doc, x: dict[str, Any]) -> Actor:
    fields = ("id", "key", "name", "kind", "country", "sector", "role", "kb_id")
    return Actor(**{k: x[k] for k in fields}, mentions=[_span(doc, m) for m in x["mentions"]])


def _time(doc: Doc, t: dict[str, Any]) -> Time:
    return Time(span=_span(doc, t), type=t["type"], value=t["value"])


def _quote(doc: Doc, q: dict[str, Any]) -> Quote:
    s = q["speaker"]
    mention = _span(doc, s["mention"]) if s["mention"] else None
    speaker = Speaker(**{k: s[k] for k in ("actor", "key", "name", "country", "role")}, mention=mention)
    fields = ("id", "kind", "cue", "date", "date_basis", "content")
    return Quote(**{k: q[k] for k in fields}, span=_span(doc, q), parts=[_span(doc, p) for p in q["parts"]],
                 speaker=speaker)


def _party(p: dict[str, Any]) -> Party:
    return Party(**{k: p[k] for k in ("actor", "key", "name", "country", "sector")})


def _event(doc: Doc, e: dict[str, Any]) -> Event:
    fields = ("type", "mode", "cameo", "quad", "intensity", "negated", "modality", "date", "date_basis", "location",
              "quote")
    return Event(**{k: e[k] for k in fields}, source=_party(e["source"]),
                 target=_party(e["target"]) if e["target"] else None, evidence=_span(doc, e["evidence"]),
                 also=[_span(doc, s) for s in e["also"]])


_BUILDERS: dict[str, Callable[[Doc, dict[str, Any]], Any]] = {
    "actors": _actor, "times": _time, "quotes": _quote, "events": _event}
_GETTERS = {layer: functools.partial(_layer, layer) for layer in LAYERS}


def _register_extensions() -> None:
    """``doc._.actors``, ``.times``, ``.quotes``, ``.events`` (read from ``doc.user_data``) and ``doc._.published``;
    a layer name another package holds already is refused rather than shadowed."""
    for layer, getter in _GETTERS.items():
        if not Doc.has_extension(layer):
            Doc.set_extension(layer, getter=getter)
        elif Doc.get_extension(layer)[2] is not getter:
            raise ModelError(f"doc._.{layer} is already a Doc extension of another package; the detente component "
                             "cannot set it (remove that extension or the other component)")
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)


detente_nlp._register()  # ``detente_paragraphs``, which starts a sentence at each line break, for add_pipe too
