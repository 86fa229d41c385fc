"""The actors stage on countries only the scene settles: whose "the kingdom", "the junta" or "the island nation"
is, whose soldiers "about 30 soldiers" are, whom an official "its" or "the junta's" owns serves, where a body "in
Beijing" belongs, and who insurgents, a president or a spokesman named without a country are in a story told from
a capital. Each rule is checked on the reading where it must not apply. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from actor_lookup import actor_of
from detente.document import Document

Run = Callable[..., Document]


def _country(doc: Document, words: str, nth: int = 1) -> str | None:
    actor = actor_of(doc, words, nth)
    return actor.country if actor is not None else None


def test_a_number_of_soldiers_are_the_soldiers_just_named(run_text: Run) -> None:
    doc = run_text("DILI — Timor-Leste protested an incursion by Indonesian soldiers on Friday, in the week that "
                   "Timorese and Australian troops began joint drills. Officials said about 20 soldiers had crossed "
                   "the border.", published="2026-05-04")
    assert _country(doc, "about 20 soldiers") == "IDN"
    later = run_text("Polish officials met on Monday.\n\nIn Brussels on Thursday, EU ministers added 25 officials "
                     "to the blacklist.", published="2026-05-04")
    assert _country(later, "25 officials") != "POL"


def test_the_kingdom_is_the_monarchy_just_acting(run_text: Run) -> None:
    doc = run_text("Jordan's foreign ministry condemned the shelling, and the kingdom flew medical supplies to "
                   "Beirut on Tuesday.", published="2026-05-04")
    assert _country(doc, "the kingdom") == "JOR"
    visit = run_text("Saudi Foreign Minister Fahd Salman met Jordan's King Hamza in Amman. The kingdom pledged "
                     "$2 billion to Jordan.", published="2026-05-04")
    assert _country(visit, "The kingdom") == "SAU"


def test_the_junta_is_the_state_of_the_military_just_named(run_text: Run) -> None:
    doc = run_text("Clashes between the Myanmar military and the Arakan Army sent thousands across the border, "
                   "Bangladeshi officials said. The junta blamed the rebels.", published="2026-05-04")
    assert _country(doc, "The junta") == "MMR"


def test_the_island_nation_and_the_gulf_state_are_the_states_just_named(run_text: Run) -> None:
    doc = run_text("HONIARA — Solomon Islands Prime Minister Jeremiah Tome said the island nation would expel two "
                   "Chinese police advisers.", published="2026-05-04")
    assert _country(doc, "the island nation") == "SLB"
    gulf = run_text("Kuwait's foreign ministry summoned Iraq's ambassador on Sunday. The Gulf state accused Baghdad "
                    "of breaching the waterway accord.", published="2026-05-04")
    assert _country(gulf, "The Gulf state") == "KWT"


def test_an_official_a_body_s_its_owns_serves_the_body(run_text: Run) -> None:
    doc = run_text("The World Health Organization said its teams in Sudan had reached Darfur, and its director "
                   "general, Ana Kovac, urged both armies to open the roads.", published="2026-05-04")
    assert _country(doc, "Ana Kovac") == "UN"
    own = run_text("Sudan's army said its spokesman, Nabil Osman, would brief reporters.", published="2026-05-04")
    assert _country(own, "Nabil Osman") == "SDN"


def test_a_minister_the_junta_owns_is_the_junta_s_state(run_text: Run) -> None:
    doc = run_text("The envoy met the junta's foreign minister, Kyaw Min Tun, in Naypyitaw after talks with the "
                   "Myanmar military on Friday.", published="2026-05-04")
    assert _country(doc, "Kyaw Min Tun") in (None, "MMR")
    named = run_text("The Myanmar military freed 50 prisoners on Thursday. An ASEAN envoy met the junta's foreign "
                     "minister, Kyaw Min Tun, in Naypyitaw on Friday.", published="2026-05-04")
    assert _country(named, "Kyaw Min Tun") == "MMR"


def test_a_body_s_envoy_serves_it_whatever_the_diplomat_s_nationality(run_text: Run) -> None:
    doc = run_text("ASEAN's special envoy on Myanmar, Thai diplomat Suda Chaiyasit, met the junta's leaders on "
                   "Friday.", published="2026-05-04")
    assert _country(doc, "Suda Chaiyasit") == "ASEAN"
    national = run_text("Thailand's special envoy on Myanmar, veteran diplomat Suda Chaiyasit, met the junta's "
                        "leaders on Friday.", published="2026-05-04")
    assert _country(national, "Suda Chaiyasit") == "THA"


def test_allies_take_no_country_from_the_state_named_next(run_text: Run) -> None:
    doc = run_text("NATO Secretary General Mark Rutte said allies \"stand with Latvia\" and condemned Russia's "
                   "drone flights.", published="2026-05-04")
    assert _country(doc, "allies") != "RUS"


def test_a_rebel_alliance_is_not_the_atlantic_alliance(run_text: Run) -> None:
    doc = run_text("BANGUI — The army blamed a rebel alliance that opposes the government for the ambush.",
                   published="2026-05-04")
    assert _country(doc, "rebel alliance") != "NATO"
    nato = run_text("NATO ministers met on Monday. The alliance agreed to send more jets to Poland.",
                    published="2026-05-04")
    assert _country(nato, "The alliance") == "NATO"


def test_insurgents_belong_to_the_country_the_story_is_told_from(run_text: Run) -> None:
    doc = run_text("PEMBA — Rwandan troops repelled an attack by insurgents on the town of Mocimboa on Sunday, "
                   "the Mozambican defence ministry said.", published="2026-05-04")
    assert _country(doc, "insurgents") == "MOZ"


def test_a_government_s_spokesman_is_not_the_body_that_spoke_before(run_text: Run) -> None:
    doc = run_text("BANGUI — UN peacekeepers came under fire near Bambari on Tuesday, the UN mission said. The "
                   "rebels were not involved, a presidency spokesman said.", published="2026-05-04")
    assert _country(doc, "presidency spokesman") != "UN"
    body = run_text("BANGUI — UN peacekeepers came under fire near Bambari on Tuesday, the UN mission said. The "
                    "mission's spokesman said no one was hurt.", published="2026-05-04")
    assert _country(body, "spokesman") == "UN"


def test_a_ministry_in_a_capital_is_that_state_s(run_text: Run) -> None:
    doc = run_text("Iran's foreign ministry said Tehran would keep selling oil. The foreign ministry in Beijing "
                   "said China opposed the sanctions.", published="2026-05-04")
    assert _country(doc, "The foreign ministry in Beijing") == "CHN"
    assert _country(doc, "foreign ministry") == "IRN"


def test_a_president_named_without_a_country_in_a_story_told_from_a_capital(run_text: Run) -> None:
    doc = run_text("BANGUI — A Zambian soldier serving with the UN mission was killed near Bambari on Tuesday. "
                   "The mission blamed a rebel coalition that opposes President Faustin Ngaro.",
                   published="2026-05-04")
    assert _country(doc, "Faustin Ngaro") == "CAF"


def test_a_spokesman_right_after_a_state_body_speaks_for_it(run_text: Run) -> None:
    doc = run_text("The Turkish embassy said it regretted the ruling, and a spokesman accused Greece of bad faith.",
                   published="2026-05-04")
    assert _country(doc, "spokesman") == "TUR"
    apart = run_text("The Turkish embassy said it regretted the ruling.\n\nIn Athens, a spokesman accused Ankara of "
                     "bad faith.", published="2026-05-04")
    assert _country(apart, "spokesman") != "TUR"


def test_a_large_city_named_as_one_who_acts_stands_for_its_authorities(run_text: Run) -> None:
    doc = run_text("Iraq's oil minister confirmed the deal but said Erbil must hand all export revenue to the state "
                   "marketer.", published="2026-05-04")
    assert (actor_of(doc, "Erbil").country, actor_of(doc, "Erbil").sector) == ("IRQ", "GOV")
    unknown = run_text("Iraq's oil minister confirmed the deal but said Zarvotica must hand all export revenue to "
                       "the state marketer.", published="2026-05-04")
    assert _country(unknown, "Zarvotica") in (None, "IRQ")
    assert actor_of(unknown, "Zarvotica") is None or actor_of(unknown, "Zarvotica").sector != "GOV"


def test_the_host_is_the_named_official_of_the_country_the_talks_are_in(run_text: Run) -> None:
    doc = run_text("LISBON, May 4 - Portuguese Foreign Minister Rui Tavares hosted his Spanish counterpart, Elena "
                   "Marin, at the ministry. A Portuguese journalist asked about fishing quotas. \"We will not give "
                   "up our waters,\" the host said. \"Nor will we,\" the visitor said.", published="2026-05-04")
    assert actor_of(doc, "the host").name == "Rui Tavares"
    assert actor_of(doc, "the visitor").name == "Elena Marin"


def test_his_host_is_the_other_side_s_named_leader(run_text: Run) -> None:
    doc = run_text("Tanzanian President Amina Mwakilema received Malawian President Peter Banda on Monday. Banda "
                   "said the two would talk about the lake border. His host, speaking after him, said the talks "
                   "would resume in June.", published="2026-05-04")
    assert actor_of(doc, "His host").name == "Amina Mwakilema"
