"""Pronouns as parties of events: "he" or "she" for the one person of that gender named just before, a relative
pronoun for its noun, and no party at all for a pronoun that stands for no one known; questions report no act."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from detente.document import Actor, Article, Document, Event, Span
from detente.events import parties

Run = Callable[..., Document]


def _coded(document: Document) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country, e.target.country if e.target else None) for e in document.events]


def _of_type(document: Document, kind: str) -> list[Event]:
    return [e for e in document.events if e.type == kind]


def test_she_is_the_one_woman_named_before(run_text: Run) -> None:
    document = run_text("German Foreign Minister Anna Weber arrived in Warsaw on Monday for a two-day visit. "
                        "She accused Russia of sabotaging undersea cables in the Baltic Sea.")
    assert [(e.source.country, e.target.country if e.target else None) for e in _of_type(document, "ACCUSE")] == [
        ("DEU", "RUS")]


def test_he_is_the_only_man_named_in_the_sentences_before(nlp: Any) -> None:
    text = ("Prime Minister Jan Novak flew to Brussels. Foreign Minister Eva Horak stayed in Prague. "
            "On Monday he accused Russia of sabotage.")
    doc = nlp(text)

    def person(name: str, gender: str, country: str) -> Actor:
        start = text.index(name)
        return Actor(id=name, name=name, kind="person", country=country, gender=gender,
                     mentions=[Span.of(text, start, start + len(name))])

    he = next(t for t in doc if t.lower_ == "he")
    alone = Document(Article(id="t", text=text), doc=doc, actors=[person("Jan Novak", "m", "CZE"),
                                                                  person("Eva Horak", "f", "CZE")])
    assert (found := parties.antecedent(alone, he)) is not None and found.name == "Jan Novak"
    two = Document(Article(id="t", text=text), doc=doc, actors=[person("Jan Novak", "m", "CZE"),
                                                                person("Eva Horak", "m", "CZE")])
    assert parties.antecedent(two, he) is None  # two men named: no guess


def test_a_pronoun_that_stands_for_no_one_is_no_party(run_text: Run) -> None:
    document = run_text("It condemned the decision of the Serbian government to close the border with Kosovo.")
    assert all(e.source.name != "It" for e in document.events)
    assert all(e.target is None or e.target.name not in ("it", "It") for e in document.events)


def test_a_relative_pronoun_is_its_noun(run_text: Run) -> None:
    document = run_text("Belarus, which deployed troops to its border with Lithuania, faces new sanctions.")
    assert ("MOBILIZE", "BLR", "LTU") in _coded(document)


def test_a_question_reports_no_act_and_the_statement_does(run_text: Run) -> None:
    asked = run_text('The reporter asked the minister: "Will Russia attack Ukraine again this winter?"')
    assert _of_type(asked, "ASSAULT") == []
    said = run_text("Russian forces attacked Ukrainian positions near Kharkiv again on Tuesday, the army said.")
    assert [(e.source.country, e.target.country if e.target else None) for e in _of_type(said, "ASSAULT")] == [
        ("RUS", "UKR")]
