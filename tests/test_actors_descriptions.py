"""The actors stage for descriptions and short forms: the article's own office holders, organisations called
by a noun ('the bloc', 'the kingdom'), acronyms beside a name, 'its', forces of two sides and namesakes."""

from __future__ import annotations

from collections.abc import Callable

from actor_lookup import actor_of
from detente.document import Actor, Document
from detente.kb import load

Run = Callable[..., Document]


def summary(actor: Actor | None) -> tuple[str | None, ...] | None:
    return None if actor is None else (actor.name, actor.kind, actor.country, actor.sector)


def test_actors_description_prefers_the_article_country(run_text: Run) -> None:
    doc = run_text("Britain will spend more on defence, Downing Street said on Monday. Danish Prime Minister "
                   "Mette Frederiksen praised the plan. Britain's navy will get six ships, and the prime "
                   "minister told MPs that the United Kingdom could not wait.", published="2026-03-10")
    assert summary(actor_of(doc, "prime\nminister" if "prime\nminister" in doc.text else "prime minister")) \
        == ("Keir Starmer", "person", "GBR", "GOV")
    assert summary(actor_of(doc, "Mette Frederiksen")) == ("Mette Frederiksen", "person", "DNK", "GOV")


def test_actors_description_with_nationality_takes_that_country(run_text: Run) -> None:
    doc = run_text("Britain and Denmark signed a defence pact on Monday. The Danish prime minister said the "
                   "pact was overdue.", published="2026-03-10")
    assert summary(actor_of(doc, "Danish prime minister")) == ("Mette Frederiksen", "person", "DNK", "GOV")


def test_actors_name_tagged_as_place_in_apposition_is_a_person(run_text: Run) -> None:
    doc = run_text("The Conservative leader, Kemi Badenoch, said the armed forces needed more money.")
    assert summary(actor_of(doc, "Kemi Badenoch"))[:2] == ("Kemi Badenoch", "person")  # type: ignore[index]
    assert actor_of(doc, "Conservative leader") is actor_of(doc, "Kemi Badenoch")


def test_actors_bloc_is_the_latest_bloc(run_text: Run) -> None:
    doc = run_text("The European Union sent aid to Myanmar in March. On Monday ASEAN called for a truce, and "
                   "the bloc said its envoy would visit next week.")
    assert actor_of(doc, "bloc") is actor_of(doc, "ASEAN")
    assert actor_of(doc, "its") is actor_of(doc, "ASEAN")


def test_actors_kingdom_and_island_join_the_state_named_before(run_text: Run) -> None:
    doc = run_text("Saudi Arabia said it would host talks. The kingdom has mediated before. Taiwan said its "
                   "coast guard was on alert, and Beijing called the island a province.")
    assert actor_of(doc, "kingdom") is actor_of(doc, "Saudi Arabia")
    assert actor_of(doc, "island") is actor_of(doc, "Taiwan")


def test_actors_island_with_no_island_named_is_no_actor(run_text: Run) -> None:
    doc = run_text("Officials said the island would hold elections in May.")
    assert actor_of(doc, "island") is None


def test_actors_agency_after_an_official_is_the_official_body(run_text: Run) -> None:
    doc = run_text("Rafael Grossi, the IAEA's director general, visited Tehran on Monday. Iran said its "
                   "cooperation would continue, and the agency said inspectors would return.")
    assert summary(actor_of(doc, "agency")) == ("IAEA", "organization", "IAEA", "IGO")
    assert summary(actor_of(doc, "its")) == ("Iran", "state", "IRN", None)


def test_actors_acronym_in_parentheses_is_the_same_actor(run_text: Run) -> None:
    doc = run_text("Rebels of the Sudan Liberation Movement (SLM-AW) attacked a convoy. The SLM-AW said "
                   "it held the road.")
    first = actor_of(doc, "Sudan Liberation Movement")
    assert first is not None and first is actor_of(doc, "SLM-AW") is actor_of(doc, "SLM-AW", 2)


def test_actors_guerrillas_join_the_latest_armed_group(run_text: Run) -> None:
    doc = run_text("Colombia resumed talks with the National Liberation Army (ELN) on Monday. The guerrillas "
                   "freed two soldiers last week.")
    assert summary(actor_of(doc, "guerrillas")) == ("National Liberation Army", "organization", "COL", "REB")
    assert actor_of(doc, "ELN") is actor_of(doc, "guerrillas")


def test_actors_agency_for_refugees_is_one_organisation(run_text: Run) -> None:
    doc = run_text("The UN agency for Palestinian refugees said on Wednesday that it had run out of fuel.")
    agency = actor_of(doc, "Palestinian refugees")
    assert summary(agency) == ("UN agency for Palestinian refugees", "organization", "UN", "IGO")
    assert actor_of(doc, "it") is agency


def test_actors_soldiers_join_soldiers_not_the_army(run_text: Run) -> None:
    doc = run_text("Eritrean soldiers and Ethiopian troops exchanged fire on Sunday. The Ethiopian army said "
                   "the troops had been attacked first.")
    assert actor_of(doc, "troops", 2) is actor_of(doc, "Ethiopian troops")
    assert actor_of(doc, "Eritrean soldiers") is not actor_of(doc, "Ethiopian troops")
    assert actor_of(doc, "Ethiopian army") is not actor_of(doc, "Ethiopian troops")


def test_actors_namesakes_need_the_same_given_name_and_country(run_text: Run) -> None:
    doc = run_text("Pedro Sánchez, Colombia's defence minister, said the army would stay. Sadiq Khan, the "
                   "mayor of London, criticised the plan.", published="2026-03-19")
    sanchez, khan = actor_of(doc, "Pedro Sánchez"), actor_of(doc, "Sadiq Khan")
    assert sanchez is not None and (sanchez.country, sanchez.kb_id) == ("COL", None)
    assert khan is not None and (khan.name, khan.kb_id) == ("Sadiq Khan", None)


def test_actors_counterpart_and_mediators_take_their_nationality(run_text: Run) -> None:
    doc = run_text("Kenya's foreign minister spoke to his Somali counterpart on Sunday. Omani mediators "
                   "joined the call.")
    assert summary(actor_of(doc, "Somali counterpart")) == ("Somali counterpart", "person", "SOM", "GOV")
    assert summary(actor_of(doc, "Omani mediators")) == ("Omani mediators", "group", "OMN", "GOV")


def test_actors_body_named_after_an_international_organisation_is_its(run_text: Run) -> None:
    doc = run_text("The AU Commission said on Monday that its staff in Khartoum were safe.")
    assert summary(actor_of(doc, "AU Commission")) == ("AU Commission", "organization", "AU", "IGO")


def test_actors_region_as_adjective_is_no_actor(run_text: Run) -> None:
    doc = run_text("Leaders met in Barbados on Friday. Caribbean fishermen said catches had fallen.")
    assert actor_of(doc, "Caribbean") is None


def test_actors_country_codes_all_exist_in_the_knowledge_base(run_text: Run) -> None:
    kb = load()
    doc = run_text("Caribbean leaders met African Union envoys, UNHCR staff and Gulf officials in Bridgetown "
                   "on Friday, and the IAEA's chief joined them by video.")
    codes = {a.country for a in doc.actors if a.country}
    known = {e.country for key, entries in kb.names() for e in entries}
    assert codes and codes <= known


def test_his_counterpart_is_the_one_of_another_country_named_last(run_text: Run) -> None:
    text = ("Paraguay's finance minister, Carlos Benítez, met Brazil's energy minister, Otávio Falcão, in Asunción "
            "on Monday.\n\n\"Nobody in Paraguay should pay twice,\" Benítez said.\n\nHis counterpart said Brazil "
            "had accepted the cut because costs had fallen.")
    assert [q.speaker.name for q in run_text(text).quotes] == ["Carlos Benítez", "Otávio Falcão"]


def test_his_counterpart_with_no_one_of_another_country_named_is_no_one_known(run_text: Run) -> None:
    text = "Carlos Benítez, Paraguay's finance minister, spoke on Monday.\n\nHis counterpart said costs had fallen."
    assert [q.speaker.name for q in run_text(text).quotes][-1] != "Carlos Benítez"


def test_actors_the_kingdom_of_a_speaker_of_a_kingdom_is_his_own(run_text: Run) -> None:
    text = ("Saudi Arabia and the United States agreed on patrols. A UK centre said ships were hit. Prince Faisal bin "
            "Farhan said the kingdom's relations with Iran were stable.")
    assert actor_of(run_text(text, published="2026-05-13"), "kingdom").country == "SAU"
    plain = text.replace("Prince Faisal bin Farhan said", "Analysts said")
    assert actor_of(run_text(plain, published="2026-05-13"), "kingdom").country == "GBR"
