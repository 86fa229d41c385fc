"""The spaCy component: registered by entry point, the same layers as ``extract``, spans of the doc, clear refusals."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from dataclasses import fields, is_dataclass
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import detente
from detente.component import Detente
from detente.errors import DetenteError, ModelError, UsageError
from detente.settings import DEFAULT_MODELS

MODEL = next(name for name in DEFAULT_MODELS if spacy.util.is_package(name))
PUBLISHED = "2026-03-04"
TEXT = ("Russia's foreign minister met France's foreign minister in Paris on Monday. \"We agreed to keep talking,\" "
        "the Russian minister told reporters. France accused Russia of stalling.")
PARAGRAPHS = ("Talks stall in Geneva\n\nUkraine's president said on Thursday that Kyiv would not cede territory.\n"
              "\"We will never accept this,\" Zelensky said. He added that the talks were over.\n"
              "The EU imposed new sanctions on Russia last week, officials said. NATO condemned the strike.")
LAYERS = ("actors", "times", "quotes", "events")


@pytest.fixture(scope="module")
def user_nlp() -> Language:
    """A user's own pipeline: the model as spaCy loads it, with the paragraph starts and the component added."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("detente_paragraphs", before="parser")
    nlp.add_pipe("detente", config={"published": PUBLISHED})
    return nlp


def as_record(layer: str, items: list[Any]) -> list[dict[str, Any]]:
    """The component's objects in the record's layout: a span as start, end and text, a time or a quote flat."""
    out = [_plain(item) for item in items]
    if layer in ("times", "quotes"):
        for item in out:
            span = item.pop("span")
            item.update(text=span["text"], start=span["start"], end=span["end"])
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, Span):
        return {"start": value.start_char, "end": value.end_char, "text": value.text}
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def spans(doc: Doc) -> list[Span]:
    """Every span the component's layers hold."""
    out = [m for a in doc._.actors for m in a.mentions] + [t.span for t in doc._.times]
    for q in doc._.quotes:
        out += [q.span, *q.parts] + ([q.speaker.mention] if q.speaker.mention else [])
    return out + [s for e in doc._.events for s in (e.evidence, *e.also)]


def test_component_registers_through_the_entry_point() -> None:
    script = f"""
import json, sys
import spacy
imported = "detente" in sys.modules
nlp = spacy.load({MODEL!r})
nlp.add_pipe("detente", config={{"published": {PUBLISHED!r}}})
doc = nlp({TEXT!r})
print(json.dumps([imported, nlp.pipe_names[-1], [(e.type, e.evidence.text) for e in doc._.events]]))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    imported, last, events = json.loads(done.stdout)
    assert imported is False
    assert last == "detente"
    met = "Russia's foreign minister met France's foreign minister in Paris on Monday."
    assert events == [["CONSULT", met], ["CONSULT", met], ["ACCUSE", "France accused Russia of stalling."]]


def test_component_layers_hold_spans_of_the_doc(user_nlp: Language) -> None:
    doc = user_nlp(TEXT)
    lavrov = doc._.actors[0]
    assert (lavrov.name, lavrov.country, lavrov.role) == ("Sergey Lavrov", "RUS", "foreign minister")
    assert [m.text for m in lavrov.mentions] == ["Russia's foreign minister", "the Russian minister"]
    assert [(t.span.text, t.type, t.value) for t in doc._.times] == [("Monday", "DATE", "2026-03-02")]
    quote = doc._.quotes[0]
    assert (quote.span.text, quote.kind, quote.cue) == ("We agreed to keep talking", "direct", "tell")
    assert (quote.speaker.actor, quote.speaker.mention.text) == ("a1", "the Russian minister")
    consult, back = doc._.events[:2]  # a meeting is held both ways
    assert (consult.type, consult.source.name, consult.target.name) == ("CONSULT", "Sergey Lavrov", "Jean-Noël Barrot")
    assert (back.type, back.source.name, back.target.name) == ("CONSULT", "Jean-Noël Barrot", "Sergey Lavrov")
    assert (consult.date, consult.evidence.start, consult.evidence.end) == ("2026-03-02", 0, 14)
    held = spans(doc)
    assert len(held) == 16
    assert all(isinstance(s, Span) and s.doc is doc for s in held)


def test_component_matches_extract(user_nlp: Language) -> None:
    record = detente.extract(TEXT, published=PUBLISHED)
    with user_nlp.select_pipes(disable="detente_paragraphs"):  # one paragraph: the pipeline as spaCy loads it
        doc = user_nlp(TEXT)
    assert [len(record[layer]) for layer in LAYERS] == [5, 1, 2, 3]
    for layer in LAYERS:
        assert as_record(layer, getattr(doc._, layer)) == record[layer], layer


def test_component_matches_extract_over_paragraphs(user_nlp: Language) -> None:
    record = detente.extract(PARAGRAPHS, published=PUBLISHED)
    doc = user_nlp(PARAGRAPHS)
    assert doc._.quotes[0].speaker.name == "Volodymyr Zelensky"
    for layer in LAYERS:
        assert as_record(layer, getattr(doc._, layer)) == record[layer], layer


def test_component_published_per_doc(user_nlp: Language) -> None:
    doc = user_nlp.make_doc(TEXT)
    doc._.published = "2026-01-15"
    assert [t.value for t in user_nlp(doc)._.times] == ["2026-01-12"]
    assert [t.value for t in user_nlp(TEXT)._.times] == ["2026-03-02"]  # the config's date


def test_component_pipe_over_several_texts(user_nlp: Language) -> None:
    texts = [TEXT, "NATO condemned the strike.", "The weather was mild."]
    docs = list(user_nlp.pipe(texts, batch_size=2))
    assert [[e.type for e in d._.events] for d in docs] == [["CONSULT", "CONSULT", "ACCUSE"], ["ACCUSE"], []]
    assert [[a.name for a in d._.actors] for d in docs][1:] == [["NATO"], []]
    assert all(s.doc is d for d in docs for s in spans(d))


def test_component_layers_cross_processes(user_nlp: Language) -> None:
    docs = list(user_nlp.pipe([TEXT, "NATO condemned the strike."], n_process=2))
    assert [[e.type for e in d._.events] for d in docs] == [["CONSULT", "CONSULT", "ACCUSE"], ["ACCUSE"]]
    component = pickle.loads(pickle.dumps(user_nlp.get_pipe("detente")))
    assert isinstance(component, Detente) and str(component.published) == PUBLISHED


def test_component_unprocessed_doc_has_no_layers(user_nlp: Language) -> None:
    doc = user_nlp.make_doc(TEXT)
    assert (doc._.actors, doc._.events) == (None, None)


def test_component_needs_a_parser() -> None:
    with pytest.raises(ModelError) as blank:
        spacy.blank("en").add_pipe("detente")
    assert str(blank.value) == ("the detente component needs tagger, attribute_ruler, lemmatizer, parser, ner in the "
                                "pipeline (it has no components): add it to a full English pipeline such as "
                                "en_core_web_sm")
    nlp = spacy.load(MODEL, exclude=["parser", "ner"])
    with pytest.raises(ModelError, match=r"needs parser, ner in the pipeline \(it has tok2vec, tagger, senter, "):
        nlp.add_pipe("detente")
    assert "detente" not in nlp.pipe_names


def test_component_before_the_parser_is_refused() -> None:
    nlp = spacy.load(MODEL)
    nlp.add_pipe("detente", before="parser")
    with pytest.raises(ModelError) as early:
        nlp(TEXT)
    assert str(early.value) == ("the detente component found no attribute_ruler, lemmatizer, parser, ner annotation "
                                "on the doc: place it after them (nlp.add_pipe('detente') adds it last) and keep "
                                "them enabled")


def test_component_disabled_ner_is_refused(user_nlp: Language) -> None:
    with user_nlp.select_pipes(disable="ner"), pytest.raises(ModelError, match="found no ner annotation"):
        user_nlp(TEXT)


def test_component_refuses_other_languages_and_bad_options() -> None:
    with pytest.raises(ModelError, match="reads English, not 'de'"):
        spacy.blank("de").add_pipe("detente")
    nlp = spacy.load(MODEL)
    with pytest.raises(UsageError, match="the detente component's published: 'soon' is not a date"):
        nlp.add_pipe("detente", config={"published": "soon"})
    with pytest.raises(DetenteError, match="the detente component's data: no such file 'no/cues.yaml'"):
        nlp.add_pipe("detente", config={"data": ["no/cues.yaml"]})
    assert "detente" not in nlp.pipe_names
