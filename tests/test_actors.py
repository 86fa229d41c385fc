"""The actors stage on texts written for the tests: names, titles, stand-ins, groups, descriptions, pronouns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actor_lookup import actor_of
from detente.document import Actor, Document

Run = Callable[..., Document]


def summary(actor: Actor | None) -> tuple[str | None, ...] | None:
    return None if actor is None else (actor.name, actor.kind, actor.country, actor.sector)


def test_actors_title_gives_role_and_country_of_the_name(run_text: Run) -> None:
    doc = run_text("Italian Prime Minister Giorgia Meloni said on Tuesday that talks would continue.")
    meloni = doc.actors[0]
    assert [m.text for m in meloni.mentions] == ["Giorgia Meloni"]
    assert (meloni.id, meloni.country, meloni.sector, meloni.role, meloni.kb_id, meloni.gender) == (
        "a1", "ITA", "GOV", "prime minister", "person:giorgia-meloni", "f")


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Russian President Vladimir Putin said the West had ignored Moscow.", "Vladimir Putin",
     ("Vladimir Putin", "person", "RUS", "GOV")),
    ("Macron said France would host the summit.", "Macron", ("Emmanuel Macron", "person", "FRA", "GOV")),
    ("Paula Pinho told reporters the plan was ready.", "Paula Pinho", ("Paula Pinho", "person", "EU", "IGO")),
    ("The Kremlin rejected the proposal on Monday.", "Kremlin", ("Kremlin", "state", "RUS", "GOV")),
    ("Brussels said the tariffs were illegal.", "Brussels", ("Brussels", "organization", "EU", "IGO")),
    ("Wang Yi said China wanted stable ties.", "Wang Yi", ("Wang Yi", "person", "CHN", "GOV")),
    ("Jaishankar said India would not take sides.", "Jaishankar",
     ("Subrahmanyam Jaishankar", "person", "IND", "GOV")),
    ("Lavrov accused Washington of hypocrisy.", "Lavrov", ("Sergey Lavrov", "person", "RUS", "GOV")),
    ("Lula said Brazil would mediate.", "Lula", ("Luiz Inácio Lula da Silva", "person", "BRA", "GOV")),
    ("Milei said Argentina would leave the agreement.", "Milei", ("Javier Milei", "person", "ARG", "GOV")),
    ("Pakistan's foreign ministry summoned the envoy.", "foreign ministry",
     ("Pakistan's foreign ministry", "organization", "PAK", "GOV")),
    ("Egyptian police arrested three men.", "Egyptian police", ("Egyptian police", "group", "EGY", "COP")),
    ("European leaders met in Rome.", "European leaders", ("European leaders", "group", "EUR", "GOV")),
    ("Chinese troops crossed the river.", "Chinese troops", ("Chinese troops", "group", "CHN", "MIL")),
    ("Argentina's opposition Peronist bloc walked out.", "opposition",
     ("Argentina's opposition Peronist bloc", "organization", "ARG", "OPP")),
])
def test_actors_resolves_known_actors(run_text: Run, text: str, words: str, expected: tuple[str, ...]) -> None:
    assert summary(actor_of(run_text(text, published="2025-06-01"), words)) == expected


@pytest.mark.parametrize(("date", "role"), [("2009-06-15", "president"), ("2015-04-21", "prime minister"),
                                            ("2024-06-01", "former prime minister")])
def test_actors_date_picks_medvedevs_office(run_text: Run, date: str, role: str) -> None:
    actor = actor_of(run_text("Medvedev said Russia would respond.", published=date), "Medvedev")
    assert actor is not None
    assert (actor.name, actor.role, actor.country) == ("Dmitry Medvedev", role, "RUS")


def test_actors_trump_in_both_terms_is_one_person(run_text: Run) -> None:
    for date in ("2019-07-30", "2025-03-12"):
        actor = actor_of(run_text("President Trump said he would meet the leaders.", published=date), "Trump")
        assert actor is not None
        assert (actor.kb_id, actor.role) == ("person:donald-trump", "president")


def test_actors_ids_follow_first_mention_and_spans_match_text(run_text: Run) -> None:
    doc = run_text("Lavrov met Wang Yi in Beijing. Wang said China and Russia were partners. Lavrov agreed.")
    assert [(a.id, a.name) for a in doc.actors] == [("a1", "Sergey Lavrov"), ("a2", "Wang Yi"), ("a3", "China"),
                                                    ("a4", "Russia")]
    assert [m.text for m in doc.actors[0].mentions] == ["Lavrov", "Lavrov"]
    assert [m.text for m in doc.actors[1].mentions] == ["Wang Yi", "Wang"]
    assert all(doc.text[m.start:m.end] == m.text for a in doc.actors for m in a.mentions)


def test_actors_pronouns_follow_gender(run_text: Run) -> None:
    doc = run_text("Spanish Prime Minister Pedro Sanchez met EU foreign policy chief Kaja Kallas in Madrid. "
                   "She thanked him for his support.", published="2025-05-28")
    assert summary(actor_of(doc, "She")) == ("Kaja Kallas", "person", "EU", "IGO")
    assert summary(actor_of(doc, "him")) == ("Pedro Sánchez", "person", "ESP", "GOV")
    assert actor_of(doc, "his") is actor_of(doc, "him")


def test_actors_pronoun_of_reported_clause_is_the_speaker(run_text: Run) -> None:
    doc = run_text("Hamas said it was studying the proposal.")
    assert actor_of(doc, "it") is actor_of(doc, "Hamas")


def test_actors_they_prefers_a_group(run_text: Run) -> None:
    doc = run_text("Swedish officials met the Turkish envoy. They said they were disappointed.")
    assert summary(actor_of(doc, "They")) == ("Swedish officials", "group", "SWE", "GOV")


def test_actors_description_links_to_the_named_person(run_text: Run) -> None:
    doc = run_text("Argentine President Javier Milei spoke to Congress. The Argentine leader defended the cuts.",
                   published="2025-03-04")
    assert actor_of(doc, "The Argentine leader") is actor_of(doc, "Javier Milei")


def test_actors_description_alone_finds_the_office_holder(run_text: Run) -> None:
    doc = run_text("The Brazilian president said the deal was fair.", published="2025-05-09")
    assert summary(actor_of(doc, "Brazilian president")) == ("Luiz Inácio Lula da Silva", "person", "BRA", "GOV")


def test_actors_vice_president_is_not_the_president(run_text: Run) -> None:
    doc = run_text("President Donald Trump spoke first. Vice President JD Vance spoke later. "
                   "The president then left.", published="2025-03-12")
    assert summary(actor_of(doc, "The president")) == ("Donald Trump", "person", "USA", "GOV")


def test_actors_unknown_person_takes_country_from_apposition(run_text: Run) -> None:
    doc = run_text("Meera Raghavan, a fellow at a New Delhi think tank, said the agreement mattered.")
    actor = actor_of(doc, "Meera Raghavan")
    assert actor is not None
    assert (actor.kind, actor.country, actor.role, actor.kb_id) == ("person", "IND", "fellow", None)


def test_actors_unknown_spokesperson_from_title(run_text: Run) -> None:
    doc = run_text("Chinese Foreign Ministry spokesperson Lin Wei said Beijing opposed the move.")
    actor = actor_of(doc, "Lin Wei")
    assert actor is not None
    assert (actor.country, actor.sector, actor.role) == ("CHN", "GOV", "spokesperson")
    assert [m.text for m in actor.mentions] == ["Lin Wei"]


def test_actors_capital_as_a_place_is_no_actor(run_text: Run) -> None:
    doc = run_text("The ministers met in Moscow on Friday. Moscow said the meeting went well.")
    moscow = [a for a in doc.actors if a.name == "Moscow"]
    assert len(moscow) == 1
    assert [m.start for m in moscow[0].mentions] == [doc.text.index("Moscow said")]
    assert (moscow[0].kind, moscow[0].country, moscow[0].sector) == ("state", "RUS", "GOV")


def test_actors_country_and_its_government_are_two_actors(run_text: Run) -> None:
    doc = run_text("Russia rejected the claim. The Kremlin said Moscow would respond.")
    russia, kremlin = actor_of(doc, "Russia"), actor_of(doc, "Kremlin")
    assert summary(russia) == ("Russia", "state", "RUS", None)
    assert summary(kremlin) == ("Kremlin", "state", "RUS", "GOV")
    assert actor_of(doc, "Moscow") is kremlin


def test_actors_gender_from_honorific_and_pronoun(run_text: Run) -> None:
    doc = run_text("Ms Thandeka Dlamini, a South African diplomat, said the talks failed. Dlamini said she would "
                   "return to Pretoria.")
    actor = actor_of(doc, "Thandeka Dlamini")
    assert actor is not None
    assert (actor.gender, actor.country) == ("f", "ZAF")
    assert actor_of(doc, "she") is actor
    assert actor_of(doc, "Dlamini", 2) is actor


def test_actors_unresolved_pronoun_is_no_mention(run_text: Run) -> None:
    doc = run_text("He said the weather in the region was cold.")
    assert doc.actor_at(0, 2) is None


def test_actors_group_without_country_takes_the_scene_country(run_text: Run) -> None:
    doc = run_text("Argentine President Javier Milei spoke on Saturday. Protesters clashed with police outside.",
                   published="2025-03-04")
    assert summary(actor_of(doc, "police")) == ("police", "group", "ARG", "COP")
    assert summary(actor_of(doc, "Protesters")) == ("Protesters", "group", "ARG", "CVL")


def test_actors_abbreviation_joins_the_spelled_out_organisation(run_text: Run) -> None:
    doc = run_text("The Syrian Democratic Forces said the town had fallen. The SDF called for air support.")
    assert actor_of(doc, "SDF") is actor_of(doc, "Syrian Democratic Forces")


def test_actors_known_name_stops_at_a_line_break(run_text: Run) -> None:
    doc = run_text("Talks on the Syrian Arab Republic\n\nDiplomats met on Monday to discuss the ceasefire.")
    syria = actor_of(doc, "Syrian Arab Republic")
    assert syria is not None
    assert [m.text for m in syria.mentions] == ["Syrian Arab Republic"]


def test_actors_person_before_taking_office_has_no_role(run_text: Run) -> None:
    actor = actor_of(run_text("Joe Biden won the primary in South Carolina.", published="2020-03-01"), "Joe Biden")
    assert actor is not None
    assert (actor.kb_id, actor.role, actor.country) == ("person:joe-biden", None, "USA")


def test_actors_capital_addressed_is_an_actor_but_not_a_destination(run_text: Run) -> None:
    doc = run_text("Rome urged talks with Berlin. The minister will travel to Berlin on Monday.")
    berlin = actor_of(doc, "Berlin")
    assert summary(berlin) == ("Berlin", "state", "DEU", "GOV")
    assert actor_of(doc, "Berlin", 2) is None


def test_actors_given_name_gives_gender_for_pronouns(run_text: Run) -> None:
    doc = run_text("Sarah Okonjo met Peter Lindqvist in Geneva. She said the talks had been useful.")
    okonjo = actor_of(doc, "Sarah Okonjo")
    assert okonjo is not None
    assert (okonjo.gender, actor_of(doc, "She")) == ("f", okonjo)
    assert actor_of(doc, "Peter Lindqvist").gender == "m"  # type: ignore[union-attr]


SENTENCES = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.",
    "The Kremlin said the talks were friendly.",
    "Egyptian police detained dozens of protesters in Cairo.",
    "She said the plan was unacceptable.",
    "Pakistan's foreign ministry summoned the Afghan envoy.",
    "European leaders said they would respond.",
    "Meera Raghavan, a fellow at a New Delhi think tank, said the deal mattered.",
    "The president told reporters he was confident.",
    "Brussels warned Washington against new tariffs.",
]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
def test_actors_spans_ids_and_links_are_consistent(run_text: Run, sentences: list[str]) -> None:
    doc = run_text(" ".join(sentences))
    spans = [(m.start, m.end) for a in doc.actors for m in a.mentions]
    assert all(doc.text[m.start:m.end] == m.text and m.text.strip() == m.text for a in doc.actors for m in a.mentions)
    assert len(spans) == len(set(spans))  # a mention belongs to one actor
    assert [a.id for a in doc.actors] == [f"a{n}" for n in range(1, len(doc.actors) + 1)]
    firsts = [min(m.start for m in a.mentions) for a in doc.actors]
    assert firsts == sorted(firsts)


def test_actors_pronoun_inside_a_quotation_does_not_set_gender(run_text: Run) -> None:
    doc = run_text('Dana Kovac spoke at the funeral. Kovac said, "He was a brave man." Later she thanked the crowd.')
    kovac = actor_of(doc, "Dana Kovac")
    assert kovac is not None
    assert (kovac.gender, actor_of(doc, "she")) == ("f", kovac)


def test_actors_dateline_with_date_and_agency_is_no_actor(run_text: Run) -> None:
    doc = run_text("KYIV, March 3 (Reuters) - Ukraine and Poland signed a trade pact.\n\n"
                   "LAGOS (AFP) - Nigeria said it would reopen the border.")
    assert sorted(a.name for a in doc.actors) == ["Nigeria", "Poland", "Ukraine"]
    doc = run_text("BRAZZAVILLE, Republic of Congo (AP) — Gabon said it would reopen the border.")
    assert [a.name for a in doc.actors] == ["Gabon"]
    doc = run_text("RABAT/CAIRO, June 12 (Reuters) - Morocco imposed duties on Egyptian cars.")
    assert [a.name for a in doc.actors] == ["Morocco"]


def test_actors_country_modifier_of_a_multiword_title_gives_its_country(run_text: Run) -> None:
    doc = run_text("Egypt said Egypt would respond. The US secretary of state phoned his counterparts.")
    assert summary(actor_of(doc, "secretary of state"))[2:] == ("USA", "GOV")


def test_actors_counterparts_take_no_country_from_their_owner(run_text: Run) -> None:
    doc = run_text("The US secretary of state spoke with his counterparts on Monday.")
    assert summary(actor_of(doc, "counterparts")) == ("counterparts", "group", None, "GOV")


def test_actors_clause_opening_in_a_country_places_its_description(run_text: Run) -> None:
    doc = run_text("The United States praised the deal. In neighbouring Colombia, the president welcomed it.")
    assert summary(actor_of(doc, "the president"))[2:] == ("COL", "GOV")


def test_actors_a_name_whose_middle_differs_is_not_the_known_namesake(run_text: Run) -> None:
    doc = run_text("Saudi Foreign Minister Prince Khalid bin Mansour Al Saud said the patrols would begin.",
                   published="2026-05-13")
    assert actor_of(doc, "Khalid bin Mansour Al Saud").name == "Khalid bin Mansour Al Saud"
    doc = run_text("Prince Khalid bin Salman Al Saud said the patrols would begin.", published="2026-05-13")
    assert actor_of(doc, "Khalid bin Salman Al Saud").name == "Khalid bin Salman"


def test_actors_groups_given_with_their_number_are_sets_of_their_own(run_text: Run) -> None:
    doc = run_text("He said four civilians had been killed. Nine civilians have died on the other side, the army said. "
                   "In the valley, residents said families had moved into bunkers.")
    ids = {actor_of(doc, words).id for words in ("four civilians", "Nine civilians", "residents")}
    assert len(ids) == 3


def test_actors_a_name_with_a_patronymic_is_named_again_by_its_given_name(run_text: Run) -> None:
    text = ("Saudi Foreign Minister Prince Khalid bin Mansour Al Saud spoke first. Prince Khalid, a veteran diplomat, "
            "opened the news conference.")
    doc = run_text(text, published="2026-05-13")
    assert actor_of(doc, "Khalid", 2).id == actor_of(doc, "Khalid bin Mansour Al Saud").id
    other = run_text("Foreign Minister Khalid Mansour spoke first. Prince Khalid, a veteran diplomat, opened the "
                     "news conference.", published="2026-05-13")
    assert actor_of(other, "Khalid", 2).id != actor_of(other, "Khalid Mansour").id
