"""The actors stage for titles: national titles carry their country, cabinet posts beyond foreign and defence
ministers resolve to their holders on the article's date, and a title held in another country names no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from actor_lookup import actor_of
from detente.document import Actor, Document

Run = Callable[..., Document]


def summary(actor: Actor | None) -> tuple[str | None, ...] | None:
    return None if actor is None else (actor.name, actor.kind, actor.country, actor.sector, actor.role)


def test_actors_title_country_comes_before_the_quotation(run_text: Run) -> None:
    doc = run_text('WASHINGTON \u2014 Commerce Secretary Dana Whitfield said: "Beijing\'s dumping is hurting '
                   'Mexico too, and Mexico knows it."')
    assert summary(actor_of(doc, "Dana Whitfield")) == (
        "Dana Whitfield", "person", "USA", "GOV", "commerce secretary")
    assert doc.quotes[0].speaker.country == "USA"


@pytest.mark.parametrize(("text", "name", "country", "role"), [
    ("Home Secretary Tom Ashby said the new border rules would start in May.", "Tom Ashby", "GBR",
     "home secretary"),
    ("Chancellor of the Exchequer Ruth Calloway said taxes would not rise.", "Ruth Calloway", "GBR",
     "chancellor of the exchequer"),
    ("Treasury Secretary Mark Ellery said the dollar would stay strong.", "Mark Ellery", "USA",
     "treasury secretary"),
    ("ECB President Ana Ribeiro said rates would stay where they are.", "Ana Ribeiro", "EU", "ecb president"),
])
def test_actors_national_title_gives_an_unknown_person_the_country(run_text: Run, text: str, name: str,
                                                                  country: str, role: str) -> None:
    actor = actor_of(run_text(text), name)
    assert actor is not None and (actor.country, actor.role) == (country, role)


def test_actors_national_title_held_elsewhere_keeps_that_country_and_names_no_holder(run_text: Run) -> None:
    doc = run_text("India's home secretary said on Monday that the border would stay closed.")
    assert summary(actor_of(doc, "India's home secretary")) == (
        "India's home secretary", "person", "IND", "GOV", "home secretary")
    doc = run_text("LONDON \u2014 The home secretary said on Monday that Britain would tighten asylum rules.",
                   published="2026-01-15")
    assert summary(actor_of(doc, "home secretary")) == (
        "Shabana Mahmood", "person", "GBR", "GOV", "home secretary")


def test_actors_attorney_general_is_a_minister_only_where_the_title_is_one(run_text: Run) -> None:
    doc = run_text("WASHINGTON \u2014 The attorney general said on Monday that the Justice Department would "
                   "appeal. The White House backed her.", published="2026-01-15")
    assert summary(actor_of(doc, "attorney general")) == (
        "Pam Bondi", "person", "USA", "GOV", "attorney general")
    doc = run_text("LONDON \u2014 The attorney general told MPs on Monday that Britain would respect the ruling. "
                   "Downing Street declined to comment.", published="2026-01-15")
    actor = actor_of(doc, "attorney general")
    assert actor is not None and (actor.name, actor.kb_id, actor.country) == ("attorney general", None, "GBR")


def test_actors_chancellor_is_the_head_of_government_only_in_germany_and_austria(run_text: Run) -> None:
    doc = run_text("BERLIN \u2014 The chancellor said on Wednesday that Germany would spend more on defence.",
                   published="2026-01-15")
    assert summary(actor_of(doc, "chancellor")) == ("Friedrich Merz", "person", "DEU", "GOV", "chancellor")
    doc = run_text("LONDON \u2014 The chancellor told MPs on Wednesday that taxes would rise. The Treasury "
                   "published the figures.", published="2026-01-15")
    actor = actor_of(doc, "chancellor")
    assert actor is not None and (actor.kb_id, actor.country) == (None, "GBR")


def test_actors_chancellor_after_the_chancellor_of_the_exchequer_is_the_same(run_text: Run) -> None:
    doc = run_text("LONDON \u2014 Chancellor of the Exchequer Rachel Reeves said taxes would rise. The chancellor "
                   "told MPs the Treasury had no choice.", published="2026-01-15")
    reeves = actor_of(doc, "Rachel Reeves")
    assert summary(reeves) == ("Rachel Reeves", "person", "GBR", "GOV", "chancellor of the exchequer")
    assert actor_of(doc, "chancellor") is reeves  # the second, lower-case one


@pytest.mark.parametrize(("text", "published", "name", "country"), [
    ("TOKYO \u2014 Japan will raise its defence budget, the finance minister said. Tokyo expects slower growth.",
     "2026-01-15", "Satsuki Katayama", "JPN"),
    ("TOKYO \u2014 Japan will raise its defence budget, the finance minister said. Tokyo expects slower growth.",
     "2023-05-10", "Shunichi Suzuki", "JPN"),
    ("The interior minister said on Monday that France would expel the preacher. Paris has tightened its rules.",
     "2022-03-01", "Gérald Darmanin", "FRA"),
    ("Turkey's central bank governor said on Thursday that rates would rise again.", "2024-06-01",
     "Fatih Karahan", "TUR"),
    ("The Bank of England governor said on Thursday that inflation had peaked.", "2024-06-01", "Andrew Bailey",
     "GBR"),
    ("The US treasury secretary and China's vice premier met twice over the weekend.", "2021-06-01",
     "Janet Yellen", "USA"),
])
def test_actors_cabinet_post_resolves_to_its_holder_on_the_date(run_text: Run, text: str, published: str,
                                                               name: str, country: str) -> None:
    doc = run_text(text, published=published)
    holder = next((a for a in doc.actors if a.kind == "person"), None)
    assert holder is not None and (holder.name, holder.country) == (name, country)


def test_actors_title_running_past_a_known_name_is_a_title(run_text: Run) -> None:
    doc = run_text("Fed Chair Jerome Powell said on Wednesday that the Fed would wait. The Fed chair did not "
                   "rule out a cut in June.", published="2025-03-05")
    powell = actor_of(doc, "Jerome Powell")
    assert summary(powell) == ("Jerome Powell", "person", "USA", "GOV", "fed chair")
    assert actor_of(doc, "Fed chair") is powell
    fed = actor_of(doc, "Fed", 2)
    assert fed is not None and (fed.name, fed.country) == ("Federal Reserve", "USA")


def test_actors_national_body_carries_its_country(run_text: Run) -> None:
    doc = run_text("The Bundestag voted on Friday to approve the budget, and the Home Office said it would "
                   "review the visa rules.")
    assert summary(actor_of(doc, "Bundestag")) == ("Bundestag", "state", "DEU", "LEG", None)
    assert summary(actor_of(doc, "Home Office")) == ("Home Office", "organization", "GBR", "GOV", None)


@pytest.mark.parametrize(("text", "name"), [
    ("Chile will not cut its royalties, Minister of Mining Javiera Solís Arancibia said.", "Javiera Solís Arancibia"),
    ("Norway's Minister of Fisheries and Ocean Policy Håkon Brekke Solheim said the deal would hold.",
     "Håkon Brekke Solheim"),
    ("Commissioner of the Canadian Coast Guard Louis-Philippe Fournier said the service needed two icebreakers.",
     "Louis-Philippe Fournier"),
    ("The United Nations Resident Coordinator in Mongolia Henrik Aalto said the UN would release $2.5 million.",
     "Henrik Aalto"),
    ("Minister of Finance and Coordinating Minister of the Economy Olumide Adeyemi-Bakare said rates would hold.",
     "Olumide Adeyemi-Bakare"),
    ("Minister of Foreign Affairs Jean-Pierre Lukusa Mbuyi said Kinshasa welcomed the call.",
     "Jean-Pierre Lukusa Mbuyi"),
    ("Commissioner Margaret Esterhuizen AO said the hearing would resume on Monday.", "Margaret Esterhuizen"),
])
def test_actors_a_long_title_ends_where_the_person_s_name_begins(run_text: Run, text: str, name: str) -> None:
    assert [q.speaker.name for q in run_text(text).quotes] == [name]


def test_actors_a_person_only_a_headline_s_capitals_make_is_no_one(run_text: Run) -> None:
    title = "Mongolia's Dzud Kills More Than 5 Million Animals"
    text = (f"{title}\n\nULAANBAATAR, Feb 27 — More than five million animals have died.\n\nOn Monday, Minister of "
            "Food and Agriculture Batsükhiin Oyunchimeg flew to Uliastai. At a meeting with herders, she said the "
            "government would send hay.")
    doc = run_text(text, title=title)
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Batsükhiin Oyunchimeg"]
    assert [q.speaker.name for q in doc.quotes] == ["Batsükhiin Oyunchimeg"]


def test_actors_a_headline_s_capitals_make_no_one_from_a_word_the_body_repeats(run_text: Run) -> None:
    title = "Coast Guard Commissioner Tells MPs Arctic Icebreaker Gap Will Last Until 2030"
    text = (f"{title}\n\nOTTAWA, May 14 — The Canadian Coast Guard will not have enough heavy icebreakers until 2030, "
            "its commissioner told a House of Commons committee on Tuesday, after a record summer in Canada's "
            "Arctic waters.")
    doc = run_text(text, title=title)
    assert [a.name for a in doc.actors if a.kind == "person" and a.name and "Tells" in a.name] == []


def test_actors_a_group_only_a_headline_names_is_no_one(run_text: Run) -> None:
    title = "Philippine Farmers March Against Cheap Rice Imports"
    text = (f"{title}\n\nMANILA (AP) — Thousands of rice farmers marched on the agriculture department on Monday, "
            "demanding that the government restore a tariff on imported rice. The farmers said prices had fallen.")
    doc = run_text(text, title=title)
    assert all(not m.text.startswith("Philippine Farmers") for a in doc.actors for m in a.mentions)


def test_actors_an_ambassador_to_a_country_is_not_of_it(run_text: Run) -> None:
    text = "The veteran diplomat, a former ambassador to Cairo, declined to say which names were in dispute."
    assert actor_of(run_text(text), "The veteran diplomat").country is None
    text = "The veteran diplomat, a former ambassador, said Egypt had not seen the list."
    assert actor_of(run_text(text), "The veteran diplomat").country == "EGY"


def test_actors_a_title_of_a_body_named_in_full_ends_before_the_name(run_text: Run) -> None:
    text = ("Secretary General of the Organization of American States Desmond Clarke told the council that the "
            "offices were open.")
    assert summary(actor_of(run_text(text), "Desmond Clarke")) == (
        "Desmond Clarke", "person", "OAS", "IGO", "secretary-general")


@pytest.mark.parametrize("rank", ["Commodore", "Brigadier General", "Rear Admiral", "Air Marshal"])
def test_actors_a_military_rank_is_a_title_not_part_of_the_name(run_text: Run, rank: str) -> None:
    doc = run_text(f"{rank} Leandro Mangubat said the ships had left.")
    assert actor_of(doc, "Leandro Mangubat").name == "Leandro Mangubat"
    assert actor_of(doc, "Leandro Mangubat").sector == "MIL"


def test_actors_a_surname_alone_is_no_former_office_holder(run_text: Run) -> None:
    text = "Speaking to the public broadcaster Kan later that evening, the spokesman said the cabinet would meet."
    assert all(a.name != "Naoto Kan" for a in run_text(text, published="2026-10-10").actors)
    assert any(a.name == "Vladimir Putin" for a in run_text("Putin said the talks would go on.",
                                                            published="2026-10-10").actors)


def test_actors_a_role_of_a_body_named_after_it_serves_that_body(run_text: Run) -> None:
    doc = run_text("The president of the ECOWAS Commission urged Bamako and Paris to settle their dispute.")
    assert summary(actor_of(doc, "The president"))[2:4] == ("ECOWAS", "IGO")
    doc = run_text("The president of the club urged Bamako and Paris to settle their dispute.")
    assert summary(actor_of(doc, "The president"))[2] != "ECOWAS"


def test_actors_a_relative_in_apposition_lends_a_country_not_a_role(run_text: Run) -> None:
    doc = run_text("Kim Yo Jong, the powerful sister of leader Kim Jong Un, called the drills a rehearsal.",
                   published="2026-09-19")
    assert summary(actor_of(doc, "Kim Yo Jong"))[2:] == ("PRK", None, None)
    doc = run_text("Kim Yo Jong, a senior official of the ruling party, called the drills a rehearsal for invasion.",
                   published="2026-09-19")
    assert summary(actor_of(doc, "Kim Yo Jong"))[4] == "senior official"


def test_actors_a_body_of_an_organisation_is_no_part_of_the_name_after_it(run_text: Run) -> None:
    text = ("President of the Republic of Sierra Leone and Chairman of the ECOWAS Authority Abubakarr Mansaray Conteh "
            "said armed groups had killed more than 1,800 civilians.")
    assert actor_of(run_text(text), "Abubakarr Mansaray Conteh").name == "Abubakarr Mansaray Conteh"
