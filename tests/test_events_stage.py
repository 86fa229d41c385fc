"""The events stage: coding clauses as PLOVER/CAMEO events with parties, negation, modality and evidence."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

import detente.events as events_stage
from detente.document import Actor, Article, Document, Event, Quote, Span, Speaker
from detente.events import code_document
from detente.settings import Settings
from detente.times import dater

COUNTRIES = {
    "RUS": ("Russia", "Russian"),
    "EUR": ("Europe",),
    "ITA": ("Italy",),
    "EU": ("European Union",),
    "UKR": ("Ukrainian",),
    "FRA": ("France",),
    "DEU": ("Germany",),
    "IRN": ("Iranian", "Iran"),
    "USA": ("Washington",),
    "TUR": ("Turkey",),
}


def _actors(text: str) -> list[Actor]:
    """State actors with a mention at every occurrence of their names, as the actors stage would give them."""
    out = []
    for code, names in COUNTRIES.items():
        mentions = [
            Span.of(text, m.start(), m.end()) for name in names for m in re.finditer(rf"\b{name}\b", text)
        ]
        if mentions:
            out.append(
                Actor(
                    id=code.lower(),
                    name=names[0],
                    kind="state",
                    country=code,
                    sector="GOV",
                    mentions=mentions,
                )
            )
    return out


@pytest.fixture
def coded(nlp: Any) -> Callable[..., list[Event]]:
    def code(text: str, quotes: tuple[Quote, ...] = ()) -> list[Event]:
        document = Document(
            Article(id="t", text=text), doc=nlp(text), actors=_actors(text), quotes=list(quotes)
        )
        document.events = code_document(document)
        return dater.merge(document.events)  # repeats become evidence once the dating stage knows their days

    return code


def _summary(event: Event) -> tuple[object, ...]:
    target = event.target.country if event.target else None
    return event.type, event.cameo, event.quad, event.source.country, target, event.negated, event.modality


def test_events_readiness_is_an_intended_agreement(coded: Callable[..., list[Event]]) -> None:
    events = coded("Russia is ready to restore diplomatic relations with Europe.")
    assert [_summary(e) for e in events] == [("AGREE", "032", 1, "RUS", "EUR", False, "intended")]
    assert events[0].intensity == 4.5


def test_events_call_on_is_a_request_to_the_addressee(coded: Callable[..., list[Event]]) -> None:
    events = coded("Italy called on the European Union to resume talks with Russia.")
    assert [_summary(e) for e in events] == [("REQUEST", "026", 1, "ITA", "EU", False, "requested")]


def test_events_passive_agent_is_the_source(coded: Callable[..., list[Event]]) -> None:
    events = coded("Ukrainian soldiers were attacked by Russian drones near the border.")
    assert [_summary(e) for e in events] == [("ASSAULT", "190", 4, "RUS", "UKR", False, "asserted")]
    assert events[0].source.name == "Russia"


def test_events_negated_attack_keeps_its_type_at_a_quarter(coded: Callable[..., list[Event]]) -> None:
    events = coded("Russian troops did not attack the convoy.")
    assert [(e.type, e.negated, e.intensity, e.source.country, e.target and e.target.name) for e in events] == [
        ("ASSAULT", True, -2.5, "RUS", "convoy")
    ]


def test_events_withheld_consent_is_a_rejection_not_negated(coded: Callable[..., list[Event]]) -> None:
    events = coded("Turkey did not accept the invitation.")
    assert [(e.type, e.quad, e.negated) for e in events] == [("REJECT", 3, False)]


def test_events_an_act_not_done_is_negated_not_refused(coded: Callable[..., list[Event]]) -> None:
    events = coded("Turkey has not signed the agreement.")
    assert [(e.type, e.negated) for e in events] == [("AGREE", True)]


def test_events_coordinated_sources_of_talks_give_both_directions(coded: Callable[..., list[Event]]) -> None:
    events = coded("France and Germany held talks in Berlin on energy prices.")
    assert [_summary(e)[:5] for e in events] == [
        ("CONSULT", "040", 1, "FRA", "DEU"),
        ("CONSULT", "040", 1, "DEU", "FRA"),
    ]


def test_events_nominal_sanctions_take_owner_and_target(coded: Callable[..., list[Event]]) -> None:
    events = coded("The European Union's sanctions on Iran took effect on Monday.")
    assert [_summary(e)[:5] for e in events] == [("SANCTION", "163", 4, "EU", "IRN")]


def test_events_plain_statement_is_no_event(coded: Callable[..., list[Event]]) -> None:
    assert coded("The Kremlin said the economy grew by 3 percent last year.") == []
    assert coded("The spokesperson declined to comment on the report.") == []


def test_events_hypothetical_event_at_under_a_third(coded: Callable[..., list[Event]]) -> None:
    events = coded("Turkey could blockade the port if talks fail.")
    assert [(e.type, e.cameo, e.modality, e.intensity) for e in events] == [
        ("COERCE", "191", "hypothetical", -2.85)
    ]


def test_events_denial_marks_the_denied_event_only(coded: Callable[..., list[Event]]) -> None:
    events = coded("Iran denied that its navy had seized the tanker.")
    assert [(e.type, e.cameo, e.modality, e.intensity) for e in events] == [("COERCE", "171", "denied", -2.3)]


def test_events_pushing_back_against_talks_rejects_a_meeting(coded: Callable[..., list[Event]]) -> None:
    events = coded("European leaders pushed back against calls for direct talks with Russia.")
    assert [(e.type, e.cameo, e.source.name, e.target and e.target.country) for e in events] == [
        ("REJECT", "125", "European leaders", "RUS")
    ]


def test_events_first_person_in_a_quote_is_the_speaker(coded: Callable[..., list[Event]]) -> None:
    text = '"We are ready to resume talks with Washington," the Iranian foreign minister said.'
    start, end = 1, text.index(",") + 1
    speaker = Speaker(actor="irn", name="Iranian foreign minister", country="IRN")
    quote = Quote(text=text[start:end], start=start, end=end, kind="direct", cue="said", speaker=speaker)
    events = coded(text, (quote,))
    assert [_summary(e) + (e.quote,) for e in events] == [
        ("AGREE", "036", 1, "IRN", "USA", False, "intended", 0)
    ]


def test_events_direct_quote_without_target_is_no_event(coded: Callable[..., list[Event]]) -> None:
    text = '"We are ready to cooperate," the minister said.'
    quote = Quote(
        text=text[1:28], start=1, end=28, kind="direct", cue="said", speaker=Speaker(None, "minister")
    )
    assert coded(text, (quote,)) == []


def test_events_repeat_in_article_is_one_event_with_more_evidence(coded: Callable[..., list[Event]]) -> None:
    body = "Germany expelled four Russian diplomats, the ministry said."
    text = "Germany expels four Russian diplomats.\n\n" + body
    events = coded(text)
    assert [_summary(e)[:5] for e in events] == [("SANCTION", "166", 4, "DEU", "RUS")]
    assert events[0].evidence.text == "Germany expels four Russian diplomats."
    assert [s.text for s in events[0].also] == [body]


def test_events_merge_keeps_events_with_different_stated_dates() -> None:
    def event(date: str, start: int) -> Event:
        party = events_stage.Party(actor="a1", name="Russia", country="RUS")
        return Event(
            "ASSAULT",
            None,
            "190",
            4,
            -10.0,
            False,
            "asserted",
            party,
            None,
            date,
            None,
            Span(start, start + 1, "x"),
            date_basis="stated",
        )

    assert len(dater.merge([event("2026-01-12", 0), event("2026-01-14", 5)])) == 2
    assert len(dater.merge([event("2026-01-12", 0), event("2026-01-12", 5)])) == 1


def test_events_evidence_is_the_sentence(coded: Callable[..., list[Event]]) -> None:
    text = "Markets were calm. Poland deployed troops to its border with Belarus.  "
    events = coded(text)
    assert [(e.type, e.evidence.start, e.evidence.end) for e in events] == [("MOBILIZE", 19, 69)]
    assert events[0].evidence.text == text[19:69]


def test_events_are_dated_by_the_dating_stage_from_their_predicate(nlp: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def date_for(document: Document, start: int, end: int, speaker: str | None = None) -> tuple[str, str]:
        calls.append(document.text[start:end])
        return "2026-01-12", "stated"

    monkeypatch.setattr(dater, "date_for", date_for)
    text = "Russian forces shelled Kharkiv on Monday."
    document = Document(Article(id="t", text=text), doc=nlp(text))
    document.events = code_document(document)
    assert [(e.date, e.date_basis) for e in document.events] == [(None, None)]  # the events stage knows no time
    dated = dater.stage(Settings())(document).events
    assert [(e.date, e.date_basis) for e in dated] == [("2026-01-12", "stated")]
    assert calls == ["shelled"]


def test_events_stage_without_parse_codes_nothing() -> None:
    document = Document(Article(id="t", text="Russia attacked Ukraine."))
    assert events_stage.stage(Settings())(document).events == []


def test_events_pipeline_record_has_coded_event(run_text: Callable[..., Document]) -> None:
    document = run_text(
        "Russia is ready to restore diplomatic relations with Europe, President Vladimir Putin said."
    )
    record = document.to_record()["events"]
    assert [(e["type"], e["modality"], e["source"]["country"]) for e in record][:1] == [
        ("AGREE", "intended", "RUS")
    ]
    assert record[0]["evidence"]["text"] == document.text


def test_events_negation_of_an_outer_clause_stays_there(coded: Callable[..., list[Event]]) -> None:
    events = coded("He was not surprised that Europe pushed back against calls for talks with Russia.")
    assert [(e.type, e.cameo, e.negated, e.intensity) for e in events] == [("REJECT", "125", False, -5.0)]


def test_every_event_has_a_date_and_says_where_it_comes_from(run_text) -> None:  # type: ignore[no-untyped-def]
    doc = run_text("Brazil accused Argentina of dumping steel. Chile will host talks with Peru. "
                   "Students marched in Tokyo on Monday.", published="2026-03-04")
    dated = {e.type: (e.date, e.date_basis) for e in doc.events}
    assert dated["ACCUSE"] == ("2026-03-04", "on_or_before")  # a past report with no date of its own
    assert dated["PROTEST"] == ("2026-03-02", "stated")
    assert all(e.date for e in doc.events)


def test_events_the_act_a_sentence_reports_comes_before_those_told_in_passing(
        coded: Callable[..., list[Event]]) -> None:
    events = coded("After Belarusian helicopters fired on a border post, Poland summoned Belarus's ambassador. "
                   "Lithuania expelled two Russian diplomats, days after Russian jets bombed a depot in Ukraine.")
    assert [(e.type, e.source.country) for e in events] == [
        ("ACCUSE", "POL"), ("ASSAULT", "BLR"), ("SANCTION", "LTU"), ("ASSAULT", "RUS")]
