"""Reports, judgements and background in event coding: who reports or judges an act is no party to it, an act
named in a circumstance is background, a post abroad is its sending state's, and what is left is no target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document

Run = Callable[..., Document]


def _coded(document: Document) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in document.events]


def _actor_country(document: Document, name: str) -> str | None:
    return next(a.country for a in document.actors if a.name == name)


# -- reporting subjects --------------------------------------------------------------------------------------
def test_events_reports_message_speaks_for_its_sender(run_text: Run) -> None:
    document = run_text("A tweet by Mike Pompeo accused Iran of attacking tankers.")
    event = document.events[0]
    assert (event.type, event.source.name, event.target and event.target.country) == ("ACCUSE", "Mike Pompeo", "IRN")


def test_events_reports_according_to_a_message_gives_its_sender(run_text: Run) -> None:
    document = run_text("According to a statement by the Kremlin, we will expel ten Polish diplomats.")
    assert [(e.type, e.source.name, e.target and e.target.country) for e in document.events] == [
        ("THREATEN", "Kremlin", "POL")
    ]


def test_events_reports_outlet_is_no_party_to_what_it_reports(run_text: Run) -> None:
    document = run_text("The Daily Telegraph reported that the attack consisted of three rockets.")
    assert _actor_country(document, "The Daily Telegraph") == "GBR"
    assert _coded(document) == []  # an attack with no party of its own is background


def test_events_reports_reported_act_keeps_its_own_subject(run_text: Run) -> None:
    assert _coded(run_text("Reuters reported that Germany imposed a ban on Russian oil imports.")) == [
        ("SANCTION", "DEU", "RUS")
    ]


def test_events_reports_outlet_acting_itself_is_a_party(run_text: Run) -> None:
    document = run_text("The BBC accused Russia of jamming its broadcasts.")
    assert [(e.type, e.source.name, e.target and e.target.country) for e in document.events] == [
        ("ACCUSE", "BBC", "RUS")
    ]


# -- judgements ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu found the air strike justified.",
        "Russia deemed that the agreement goes against resolution 2259.",
        "Iran considered the agreement a violation of its sovereignty.",
        "The court judged the blockade illegal.",
    ],
)
def test_events_reports_judged_act_is_no_act_of_the_judge(run_text: Run, text: str) -> None:
    assert _coded(run_text(text)) == []


def test_events_reports_judged_clause_with_its_own_subject_is_that_subjects_act(run_text: Run) -> None:
    assert _coded(run_text("Investigators found that Russia attacked the ship.")) == [("ASSAULT", "RUS", None)]


def test_events_reports_act_not_judged_is_coded(run_text: Run) -> None:
    assert _coded(run_text("Israel launched an air strike on Gaza.")) == [("ASSAULT", "ISR", "PSE")]


# -- background in adjuncts ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ali Khamenei, the Supreme Leader of Iran, ordered three days of public mourning after the strike.",
        "In a statement released after the attack, the ministry said it would respond.",
        "The president declared a day of mourning following the bombing.",
    ],
)
def test_events_reports_event_noun_in_temporal_adjunct_is_background(run_text: Run, text: str) -> None:
    assert _coded(run_text(text)) == []


def test_events_reports_main_act_beside_a_temporal_adjunct_is_coded(run_text: Run) -> None:
    assert _coded(run_text("Israel bombed Hezbollah positions after the attack on Haifa.")) == [
        ("ASSAULT", "ISR", "LBN")
    ]


# -- posts abroad --------------------------------------------------------------------------------------------
def test_actors_embassy_belongs_to_sending_state(run_text: Run) -> None:
    document = run_text("Rockets struck the United States Embassy in Iraq.")
    assert _actor_country(document, "United States Embassy") == "USA"
    assert _coded(document) == [("ASSAULT", None, "USA")]


def test_events_reports_consulate_without_actor_is_its_senders(run_text: Run) -> None:
    # the consulate is Turkey's; the gunmen, of no country named, act where they are
    assert _coded(run_text("Gunmen attacked the Turkish consulate in Mosul.")) == [("ASSAULT", "IRQ", "TUR")]


def test_actors_post_abroad_places_no_one(run_text: Run) -> None:
    document = run_text("Protesters gathered outside the U.S. Embassy in Baghdad.")
    assert _actor_country(document, "U.S. Embassy") == "USA"
    assert _actor_country(document, "Protesters") is None


def test_actors_body_in_a_country_keeps_the_host(run_text: Run) -> None:
    document = run_text("The junta in Niger expelled the French ambassador.")
    assert _actor_country(document, "junta") == "NER"
    assert _coded(document) == [("SANCTION", "NER", "FRA")]


# -- what is left --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Trump withdrew the US from a treaty with Iran.",
     "Trump withdrew the United States from the nuclear deal with Iran."],
)
def test_events_reports_withdrawing_ones_country_targets_the_other_party(run_text: Run, text: str) -> None:
    assert _coded(run_text(text)) == [("SANCTION", "USA", "IRN")]


def test_events_reports_withdrawal_from_a_treaty_targets_its_partner(run_text: Run) -> None:
    assert _coded(run_text("Russia withdrew from the arms control treaty with the United States.")) == [
        ("SANCTION", "RUS", "USA")
    ]


# -- title before quotation ----------------------------------------------------------------------------------
def test_actors_quotation_places_no_speaker(run_text: Run) -> None:
    document = run_text('LONDON \u2014 Chancellor of the Exchequer John Smith said: "The tariffs imposed by France '
                        'are unfair."')
    assert _actor_country(document, "John Smith") == "GBR"


def test_actors_country_after_an_unquoted_speaker_still_places_a_body(run_text: Run) -> None:
    document = run_text("Police said Kenya would deport the suspects.")
    assert _actor_country(document, "Police") == "KEN"


def test_actors_national_body_in_title_gives_country(run_text: Run) -> None:
    document = run_text('BERLIN \u2014 Bundestag member Hans Weber said: "Poland must pay."')
    assert _actor_country(document, "Hans Weber") == "DEU"
