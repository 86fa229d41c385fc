"""Parties of events read off the clause: a participle's doer is the noun it follows, and an act of no one known
to no one known is no event."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]


def _coded(document: Document) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in document.events}


def test_the_noun_a_participle_follows_is_its_doer(run_text: Run) -> None:
    document = run_text("Japan's foreign minister, visiting Manila on Monday, praised the Philippine coast guard.")
    assert ("CONSULT", "JPN", "PHL") in _coded(document)


def test_a_participle_of_what_was_done_to_a_noun_gives_it_no_act(run_text: Run) -> None:
    document = run_text("Three diplomats expelled by Poland on Monday left Warsaw by train.")
    assert all(e.source.country != "RUS" or e.type != "SANCTION" for e in document.events)
    assert all(not (e.type == "SANCTION" and e.source.name == "diplomats") for e in document.events)


def test_an_act_of_no_one_known_is_no_event_and_a_known_doer_makes_one(run_text: Run) -> None:
    nobody = run_text("At least ten undersea cables have been damaged since 2023.")
    assert [e for e in nobody.events if e.type == "ASSAULT"] == []
    known = run_text("Russian saboteurs have damaged at least ten undersea cables since 2023, Finland said.")
    assert any(e.type == "ASSAULT" and e.source.country == "RUS" for e in known.events)
