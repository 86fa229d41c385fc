"""The actors stage where the words around a name decide: appositions, entity kinds, territories, groups of
several sides, spokespeople, possessive owners and datelines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_lookup import actor_of
from detente.document import Actor, Document
from detente.kb import load

Run = Callable[..., Document]


def summary(actor: Actor | None) -> tuple[str | None, ...] | None:
    return None if actor is None else (actor.name, actor.kind, actor.country, actor.sector, actor.role)


@pytest.mark.parametrize("text", [
    "Russia's ambassador to Norway, Pavel Orlov, said on Friday that Moscow was watching the exercise.",
    "Pavel Orlov, Russia's ambassador to Norway, said on Friday that Moscow was watching the exercise.",
])
def test_actors_apposition_of_role_and_name_is_one_person(run_text: Run, text: str) -> None:
    doc = run_text(text)
    orlov = actor_of(doc, "Pavel Orlov")
    assert summary(orlov) == ("Pavel Orlov", "person", "RUS", "GOV", "ambassador")
    assert actor_of(doc, "Russia's ambassador") is orlov
    assert orlov is not None
    assert sorted(m.text for m in orlov.mentions) == ["Pavel Orlov", "Russia's ambassador"]
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Pavel Orlov"]


def test_actors_title_run_into_a_name_is_no_second_mention(run_text: Run) -> None:
    doc = run_text("US President Donald Trump said on Monday that talks with Iran were over.")
    trump = actor_of(doc, "Donald Trump")
    assert trump is not None and [m.text for m in trump.mentions] == ["Donald Trump"]


def test_actors_territory_premier_takes_the_territory_code(run_text: Run) -> None:
    doc = run_text("Greenland's premier, Naja Petersen, said the island expected to be consulted. "
                   "Greenlandic officials took part in the talks with Russia.")
    assert summary(actor_of(doc, "Naja Petersen")) == ("Naja Petersen", "person", "GRL", "GOV", "premier")
    officials = ("Greenlandic officials", "group", "GRL", "GOV", None)
    assert summary(actor_of(doc, "Greenlandic officials")) == officials
    assert not any(a.name == "Greenlandic" for a in doc.actors)


def test_actors_kb_knows_territories_with_their_own_code() -> None:
    kb = load()
    assert [(e.kind, e.country) for e in kb.lookup("Hong Kong")] == [("state", "HKG")]
    assert kb.demonym("Puerto Rican") == "PRI"
    assert kb.demonym("Faroese") == "FRO"
    assert [(e.kind, e.country, e.sector) for e in kb.lookup("Kurdistan Regional Government")] == [
        ("organization", "IRQ", "GOV")]


def test_actors_organisation_entity_with_a_given_name_is_a_person(run_text: Run) -> None:
    doc = run_text("Assemblywoman Selena Torres said the bill would pass.")
    assert summary(actor_of(doc, "Selena Torres")) == ("Selena Torres", "person", None, "LEG", "lawmaker")


@pytest.mark.parametrize(("text", "word"), [
    ("Trade has suffered since Brexit, the report found.", "Brexit"),
    ("The ministers met in Turkana to discuss the river.", "Turkana"),
])
def test_actors_lone_word_without_person_evidence_is_no_person(run_text: Run, text: str, word: str) -> None:
    doc = run_text(text)
    assert actor_of(doc, word) is None


@pytest.mark.parametrize(("text", "words"), [
    ("Brazil and Argentina met on Tuesday. The two governments agreed to lower tariffs.", "two governments"),
    ("Japan and South Korea signed a pact, and both governments promised more talks.", "both governments"),
])
def test_actors_group_of_several_sides_has_no_country(run_text: Run, text: str, words: str) -> None:
    doc = run_text(text)
    assert summary(actor_of(doc, words)) == (words, "group", None, "GOV", None)


def test_actors_group_between_two_countries_gets_no_guessed_country(run_text: Run) -> None:
    doc = run_text("Armenia and Azerbaijan traded accusations on Sunday. Officials said talks would resume.")
    assert summary(actor_of(doc, "Officials")) == ("Officials", "group", None, "GOV", None)


def test_actors_group_after_one_country_takes_its_country(run_text: Run) -> None:
    doc = run_text("Kenya closed its border on Sunday. Officials said it would reopen next week.")
    assert summary(actor_of(doc, "Officials")) == ("Officials", "group", "KEN", "GOV", None)


def test_actors_spokesperson_speaks_for_the_body_named_before(run_text: Run) -> None:
    doc = run_text("The European Commission said on Monday that it was examining the law. A spokeswoman, "
                   "Claire Martens, said Berlin had two weeks to reply.")
    martens = ("Claire Martens", "person", "EU", "IGO", "spokesperson")
    assert summary(actor_of(doc, "Claire Martens")) == martens


def test_actors_spokesman_qualified_by_the_body_word(run_text: Run) -> None:
    doc = run_text("The World Bank urged both countries to return to the talks. A bank spokesman said it "
                   "welcomed the meeting.")
    spokesman = ("bank spokesman", "person", "WB", "IGO", "spokesperson")
    assert summary(actor_of(doc, "bank spokesman")) == spokesman


def test_actors_commissioner_of_a_state_is_government(run_text: Run) -> None:
    doc = run_text("India's trade commissioner, Arjun Rao, said New Delhi would cut tariffs.")
    assert summary(actor_of(doc, "Arjun Rao")) == ("Arjun Rao", "person", "IND", "GOV", "commissioner")


def test_actors_description_links_to_the_same_role_first(run_text: Run) -> None:
    doc = run_text("Estonia expelled a Russian diplomat on Wednesday. Foreign Minister Kristjan Tamm said "
                   "the diplomat had been warned.")
    assert actor_of(doc, "diplomat", 2) is actor_of(doc, "Russian diplomat")


def test_actors_possessive_owner_gives_the_country(run_text: Run) -> None:
    doc = run_text("Polish Foreign Minister Agnieszka Nowak summoned the German ambassador over what her "
                   "ministry called a breach, a decision Berlin rejected.")
    ministry = actor_of(doc, "ministry")
    assert ministry is not None and (ministry.kind, ministry.country, ministry.sector) == (
        "organization", "POL", "GOV")


def test_actors_indefinite_regime_is_no_actor(run_text: Run) -> None:
    doc = run_text("Brasília said it was ready to discuss a joint inspection regime with Argentina.")
    assert actor_of(doc, "joint inspection regime") is None


def test_actors_dateline_capital_is_no_actor(run_text: Run) -> None:
    doc = run_text("BERLIN \u2014 Poland on Monday protested against the decision, which Berlin announced.")
    assert actor_of(doc, "BERLIN") is None
    assert summary(actor_of(doc, "Berlin", 1)) == ("Berlin", "state", "DEU", "GOV", None)


def test_actors_administration_named_for_a_leader_is_that_country_government(run_text: Run) -> None:
    doc = run_text("The talks, which the Trump Administration has dominated, resumed.", published="2025-03-05")
    actor = actor_of(doc, "Trump Administration")
    assert actor is not None
    assert (actor.country, actor.sector) == ("USA", "GOV")


@pytest.mark.parametrize(("text", "kb_id", "country"), [
    ("The PDP said on Sunday it would challenge the result in Abuja, where Nigeria's electoral commission "
     "rejected its claim.", "org:pdp-nigeria", "NGA"),
    ("The PDP said on Sunday it would contest every seat in Kashmir, and its leaders met in Srinagar.",
     "org:jkpdp", "IND"),
    ("The ICC issued an arrest warrant for the former commander on Thursday, its judges said.", "org:icc", "ICC"),
    ("The ICC fined the team for a slow over rate in the third Test, and the cricket board said it would "
     "appeal.", "org:icc-cricket", None),
    ("The RSF shelled camps around El Fasher on Sunday, Sudan's army said.", "org:rsf-sudan", "SDN"),
    ("RSF said two journalists were detained in Minsk and called for their release.", "org:rsf", None),
    ("The ANC said on Sunday that Ramaphosa would address the nation from Pretoria.", "org:anc", "ZAF"),
    ("The ANC said on Sunday that it would join the protests in Yerevan against the Armenian government.",
     "org:anc-armenia", "ARM"),
])
def test_actors_name_of_several_senses_by_the_article(run_text: Run, text: str, kb_id: str,
                                                      country: str | None) -> None:
    doc = run_text(text)
    body = actor_of(doc, text.split()[1] if text.startswith("The ") else text.split()[0])
    assert body is not None and (body.kb_id, body.country) == (kb_id, country)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Treasury Secretary Scott Bessent said the tariffs would stay. The Treasury said it would publish the "
     "figures on Friday.", "US Treasury", "USA"),
    ("Chancellor of the Exchequer Rachel Reeves said the budget would balance. The Treasury said it would "
     "publish the figures on Friday.", "HM Treasury", "GBR"),
])
def test_actors_treasury_is_the_one_of_the_article(run_text: Run, text: str, name: str, country: str) -> None:
    doc = run_text(text, published="2025-06-01")
    assert summary(actor_of(doc, "The Treasury")) == (name, "state", country, "GOV", None)


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("The plan raised concerns in Brussels about the cost.", "Brussels",
     ("Brussels", "organization", "EU", "IGO", None)),
    ("The decision caused alarm in Washington.", "Washington", ("Washington", "state", "USA", "GOV", None)),
    ("Officials in Brussels said the tariffs broke the rules.", "Officials",
     ("Officials", "group", "EU", "IGO", None)),
    ("Rome has faced growing pressure from Vienna over the border checks.", "Vienna",
     ("Vienna", "state", "AUT", "GOV", None)),
    ("The visit improved ties between Hanoi and Manila.", "Manila", ("Manila", "state", "PHL", "GOV", None)),
])
def test_actors_seat_of_power_holding_a_view_is_an_actor(run_text: Run, text: str, words: str,
                                                         expected: tuple[str | None, ...]) -> None:
    assert summary(actor_of(run_text(text), words)) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("The plan was presented at a conference in Brussels on Monday.", "Brussels"),
    ("The delegation travelled to Washington on Monday.", "Washington"),
    ("The minister flew in from Vienna on Monday.", "Vienna"),
    ("The road between Hanoi and Haiphong was closed.", "Hanoi"),
])
def test_actors_seat_of_power_as_a_place_is_no_actor(run_text: Run, text: str, words: str) -> None:
    assert actor_of(run_text(text), words) is None


def test_actors_ministers_meeting_in_a_seat_of_power_are_not_its_own(run_text: Run) -> None:
    doc = run_text("Speaking before a meeting of defence ministers in Brussels, he urged governments to sign.")
    ministers = actor_of(doc, "defence ministers")
    assert ministers is not None and ministers.country != "EU"


def test_actors_quotation_does_not_make_the_article_country(run_text: Run) -> None:
    doc = run_text('The finance minister said: "Mexico will pay, and Mexico always pays in the end."',
                   published="2026-01-15")
    minister = actor_of(doc, "finance minister")
    assert minister is not None and minister.country is None
    doc = run_text("Mexico raised tariffs on Monday. Mexico's exporters protested, and the finance minister "
                   "said the measure was temporary.", published="2026-01-15")
    assert summary(actor_of(doc, "finance minister"))[:3] == (  # type: ignore[index]
        "Édgar Amador Zamora", "person", "MEX")


def test_actors_dateline_counts_for_the_article_country(run_text: Run) -> None:
    doc = run_text("WASHINGTON \u2014 The attorney general said on Monday that the White House would appeal.",
                   published="2026-01-15")
    assert summary(actor_of(doc, "attorney general"))[:3] == ("Pam Bondi", "person", "USA")  # type: ignore[index]
    doc = run_text("The attorney general said on Monday that the White House would appeal.",
                   published="2026-01-15")
    assert summary(actor_of(doc, "attorney general"))[0] == "attorney general"  # type: ignore[index]


@pytest.mark.parametrize(("text", "country"), [
    ("BRAZZAVILLE, Republic of Congo (AP) — Police arrested an opposition candidate on Tuesday. Congo's foreign "
     "ministry rejected the criticism.", "COG"),
    ("KINSHASA, March 3 — Congo's army attacked M23 rebels near Goma. Congo's foreign ministry accused Rwanda.",
     "COD"),
    ("Congo's foreign ministry accused Rwanda of backing the rebels.", "COD"),
])
def test_actors_congo_is_the_one_the_story_is_in(run_text: Run, text: str, country: str) -> None:
    ministry = actor_of(run_text(text), "Congo's foreign ministry")
    assert ministry is not None and ministry.country == country


def test_actors_the_government_is_the_storys_not_the_last_state_named(run_text: Run) -> None:
    told = run_text("MANAGUA, Nicaragua (AFP) — Nicaragua's ruling party claimed victory in Sunday's election. "
                    "Russia's foreign ministry praised the turnout. "
                    "On Tuesday the government ordered the Dutch ambassador to leave within 48 hours.")
    assert actor_of(told, "the government").country == "NIC"
    named = run_text("MANAGUA, Nicaragua (AFP) — Moscow said on Monday it would send wheat. "
                     "The government also promised buses.")
    assert actor_of(named, "The government").country == "RUS"


def test_actors_a_body_placed_in_a_capital_is_not_one_of_another_state_named_before(run_text: Run) -> None:
    doc = run_text("MANAGUA, Nicaragua (AFP) — Brazil's foreign ministry urged Managua to free detained activists. "
                   "In Managua, the foreign ministry rejected the Brazilian statement as interference.")
    assert actor_of(doc, "Brazil's foreign ministry").country == "BRA"
    assert actor_of(doc, "the foreign ministry").country == "NIC"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("DOHA, Qatar — Secretary of State Laura Mendel thanked Qatar's emir for his mediation.", "Laura Mendel", "USA"),
    ("LONDON — Secretary of State for Defence John Healey visited Kyiv on Monday.", "John Healey", "GBR"),
])
def test_actors_a_bare_secretary_of_state_is_american(run_text: Run, text: str, name: str, country: str) -> None:
    assert actor_of(run_text(text), name).country == country


def test_actors_a_bare_ministry_and_minister_serve_the_state_the_story_is_told_from(run_text: Run) -> None:
    doc = run_text("TALLINN, May 22 (Reuters) - Estonia on Friday ordered a Russian diplomat to leave the country. "
                   "The foreign ministry said the diplomat, a first secretary at the Russian embassy, had engaged in "
                   "espionage. Foreign Minister Kaarel Tamm called Tuesday's incursion \"a deliberate provocation\".")
    assert actor_of(doc, "The foreign ministry").country == "EST"
    assert actor_of(doc, "Kaarel Tamm").country == "EST"


def test_actors_the_bloc_with_words_of_its_own_is_the_bloc_named_before(run_text: Run) -> None:
    doc = run_text("KUALA LUMPUR (AFP) - The Association of Southeast Asian Nations said on Thursday it was gravely "
                   "concerned. Myanmar's junta accused the bloc of interfering in its internal affairs.")
    events = [e for e in doc.events if e.type == "ACCUSE"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("MMR", "ASEAN")]


def test_actors_a_spokesman_for_a_named_leader_serves_the_leader_s_state(run_text: Run) -> None:
    doc = run_text("A spokesman for Brazilian President Marcos Teixeira Lima said he still planned to attend.")
    assert actor_of(doc, "A spokesman").country == "BRA"


def test_actors_a_region_word_inside_an_organisation_s_name_is_that_organisation(run_text: Run) -> None:
    doc = run_text("The Gulf Cooperation Council's foreign ministers said on Tuesday that they stood with Kuwait.")
    assert actor_of(doc, "Gulf Cooperation Council's foreign ministers").country == "GCC"


def test_actors_a_body_named_by_the_tagger_takes_the_place_a_clause_opens_with(run_text: Run) -> None:
    doc = run_text("GEORGETOWN, Guyana (AP) — Guyana's defence ministry said troops were on alert. In Brasília, the "
                   "defence ministry said on Tuesday it had moved 300 more soldiers to the border.")
    assert [a.country for a in doc.actors if a.name and a.name.lower().endswith("defence ministry")] == ["GUY", "BRA"]
