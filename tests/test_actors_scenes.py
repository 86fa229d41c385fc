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


def test_state_television_and_a_state_utility_are_the_story_s_country(run_text: Run) -> None:
    doc = run_text("LUSAKA — The finance minister told state television on Monday that the state power utility "
                   "would raise tariffs in July.", published="2026-05-04")
    assert _country(doc, "state television") == "ZMB"
    assert _country(doc, "state power utility") == "ZMB"
    private = run_text("LUSAKA — The finance minister told a private television channel on Monday that tariffs "
                       "would rise.", published="2026-05-04")
    assert _country(private, "private television channel") is None


def test_a_state_named_by_a_description_of_its_region_or_geography(run_text: Run) -> None:
    doc = run_text("LUSAKA — Zambia reached a loan deal with the IMF on Thursday. The fund said the landlocked "
                   "country had met its targets.", published="2026-05-04")
    assert _country(doc, "landlocked country") == "ZMB"
    caucasus = run_text("TBILISI — Armenia's foreign minister met Georgia's prime minister on Monday. He said the "
                        "Caucasus republic would ask the EU for monitors.", published="2026-05-04")
    assert _country(caucasus, "Caucasus republic") in ("ARM", "GEO")
    iran = run_text("TEHRAN — The foreign minister said the Islamic Republic had no plans to leave the treaty.",
                    published="2026-05-04")
    assert _country(iran, "Islamic Republic") == "IRN"


def test_a_province_named_with_a_compass_word_is_no_region_of_the_world(run_text: Run) -> None:
    doc = run_text("CAPE TOWN — Western Cape Premier Annelie Verster accused the national government on Monday "
                   "of starving the province's ports.", published="2026-05-04")
    assert _country(doc, "Annelie Verster") == "ZAF"
    west = run_text("KYIV — Western diplomats said on Monday that the talks had stalled.", published="2026-05-04")
    assert _country(west, "Western diplomats") == "WST"


def test_an_international_official_is_the_body_s_whatever_nationality_their_trade_is_told_with(
        run_text: Run) -> None:
    doc = run_text("LUSAKA — IMF mission chief Gerda Holmqvist, a Swedish economist, said the programme was on "
                   "track.", published="2026-05-04")
    assert _country(doc, "Gerda Holmqvist") == "IMF"
    national = run_text("STOCKHOLM — Gerda Holmqvist, a Swedish economist, said the krona was undervalued.",
                        published="2026-05-04")
    assert _country(national, "Gerda Holmqvist") == "SWE"


def test_its_ambassador_in_a_capital_is_its_own(run_text: Run) -> None:
    doc = run_text("The Guatemalan foreign ministry said on Tuesday that its ambassador in Tegucigalpa had met "
                   "Honduran officials.", published="2026-05-04")
    assert _country(doc, "ambassador") == "GTM"
    seat = run_text("A foreign ministry spokesman in Tegucigalpa said talks would resume.", published="2026-05-04")
    assert _country(seat, "foreign ministry spokesman") == "HND"


def test_border_guards_traders_and_hauliers_are_groups_of_their_country(run_text: Run) -> None:
    doc = run_text("ALMATY — Kazakh border guards detained 14 Kyrgyz traders at the Korday crossing on Thursday, "
                   "and Namibian hauliers waited at the Oshikango post.", published="2026-05-04")
    assert _country(doc, "Kazakh border guards") == "KAZ"
    assert _country(doc, "Kyrgyz traders") == "KGZ"
    assert _country(doc, "Namibian hauliers") == "NAM"


def test_the_leaders_are_the_leaders_of_the_bloc_just_named(run_text: Run) -> None:
    doc = run_text("NAIROBI — Leaders of the East African Community called on the rebels on Wednesday to halt their "
                   "offensive. In a communique read out by Kenya's president, the leaders also urged Qatar to keep up "
                   "its mediation.", published="2026-05-04")
    assert _country(doc, "the leaders") == "EAC"
    apart = run_text("NAIROBI — Leaders of the East African Community met on Wednesday.\n\nIn Lima on Friday, "
                     "Peruvian farmers marched on Congress.\n\nIn Quito, the leaders of Ecuador's farm unions said "
                     "they would join.", published="2026-05-04")
    assert _country(apart, "the leaders") != "EAC"


def test_a_family_name_written_first_before_a_two_syllable_given_name_is_the_surname(run_text: Run) -> None:
    doc = run_text("SEOUL — Defence Minister Ryu Seong-cheol spoke at a news conference on Monday. Later, Ryu "
                   "visited the border.", published="2026-05-04")
    assert actor_of(doc, "Ryu Seong-cheol") is actor_of(doc, "Ryu", 2)
    western = run_text("OSLO — Defence Minister Anna Berg-Hansen spoke on Monday. Later, Anna visited the base.",
                       published="2026-05-04")
    assert actor_of(western, "Anna", 2) is not actor_of(western, "Anna Berg-Hansen")
