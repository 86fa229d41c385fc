"""The events stage on wire-service phrasings of the event types: idioms ("put pen to paper", "beat a retreat",
"dug in its heels"), verbs of moving goods and forces ("trucked", "ferried", "positioned", "poured"), and the nouns
that name an act ("a sit-in", "the reopening of its airspace"). Where a phrase has another reading, both are checked:
"torpedoed a ship" attacks, "torpedoed a package" rejects; "beat a retreat" yields, "beat Nigeria 2-1" is sport."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document

Run = Callable[..., Document]
# The type, then the source and target countries where the pattern decides them; None: no event.
Expected = tuple[str | None, ...] | None


def _strongest(run_text: Run, text: str, size: int) -> Expected:
    """Type, source and target country (the first ``size`` of them) of the strongest event of a text, or None."""
    events = run_text(text, published="2026-03-04").events
    event = max(events, key=lambda e: abs(e.intensity), default=None)
    if event is None:
        return None
    found = (event.type, event.source.country, event.target.country if event.target else None)
    return found[:size]


def _check(run_text: Run, text: str, expected: Expected) -> None:
    assert _strongest(run_text, text, len(expected or ())) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru put pen to paper on a fisheries agreement in Lima.", ("AGREE", "CHL", "PER")),
        ("Kenya inked a defence pact with Uganda.", ("AGREE", "KEN", "UGA")),
        ("Ghana and Togo hammered out a pact on their maritime border.", ("AGREE", "GHA", "TGO")),
        ("Brazil and Argentina shook hands on a trade accord in Brasilia.", ("AGREE", "BRA", "ARG")),
        ("The presidents of Brazil and Argentina shook hands for the cameras.", None),
    ],
)
def test_events_phrasings_agreements_signed_sealed_and_shaken_on(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt convened delegations from Sudan's army and the RSF in Cairo.", ("CONSULT", "EGY", "SDN")),
        ("Turkey sounded out Syrian officials on the return of refugees.", ("CONSULT", "TUR", "SYR")),
        (
            "Kenya's president touched down in Addis Ababa for talks with Ethiopia's prime minister.",
            ("CONSULT", "KEN", "ETH"),
        ),
        ("Rockets fired from Lebanon landed in northern Israel.", None),
        ("Nigeria rolled out the red carpet for Ghana's president.", ("CONSULT", "NGA", "GHA")),
        ("A Nigerian film studio rolled out the red carpet in Lagos for the premiere of its new thriller.", None),
        ("Chile's president was the guest of Argentina's government in Buenos Aires.", ("CONSULT", "CHL", "ARG")),
        ("The UN envoy for Libya spent three days in Benghazi in talks with Khalifa Haftar.", ("CONSULT", "UN")),
    ],
)
def test_events_phrasings_meetings_visits_and_hosts(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The WHO singled out Kenya for praise.", ("SUPPORT", "UN", "KEN")),
        ("The EU heaped praise on Moldova for its reforms.", ("SUPPORT", "EU", "MDA")),
    ],
)
def test_events_phrasings_praise_heaped_and_singled_out(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish and Lithuanian border guards teamed up to dismantle a smuggling ring.", ("COOPERATE", "POL", "LTU")),
        ("Kenyan and Somali troops fought side by side against al-Shabaab.", ("COOPERATE", "KEN", "SOM")),
        ("Indian and Japanese warships held combined exercises in the Bay of Bengal.", ("COOPERATE", "IND", "JPN")),
        ("France's joint manoeuvres with Morocco ended on Friday.", ("COOPERATE", "FRA", "MAR")),
        ("The opposition's political manoeuvre failed in the French parliament.", None),
        ("Belgium has not turned over the Congolese tycoon sought by Kinshasa.", ("COOPERATE", "BEL", "COD")),
        ("Moroccan intelligence handed Spain information on a jihadist cell.", ("COOPERATE", "MAR", "ESP")),
    ],
)
def test_events_phrasings_forces_and_services_that_work_together(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan gifted four patrol boats to Vietnam.", ("AID", "JPN", "VNM")),
        ("The WFP trucked 2,000 tonnes of maize into South Sudan.", ("AID", "UN", "SSD")),
        ("Turkey ferried food and medicine to Lebanon.", ("AID", "TUR", "LBN")),
        ("Russia ferried troops to the border with Ukraine.", ("MOBILIZE", "RUS", "UKR")),
        ("Qatar's shipment of 30,000 tonnes of wheat to Syria left the port of Doha.", ("AID", "QAT", "SYR")),
        ("The UAE funnelled weapons to Libya's eastern forces.", ("AID", "ARE", "LBY")),
        ("The Philippines handed two patrol vessels to Vietnam's coast guard.", ("AID", "PHL", "VNM")),
        ("Egypt paid six months of salaries for Gaza's civil servants.", ("AID", "EGY", "PSE")),
    ],
)
def test_events_phrasings_goods_gifted_trucked_and_ferried(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent home four Japanese fishermen it had detained.", ("RETREAT", "PRK", "JPN")),
        ("Armenia and Azerbaijan exchanged 32 detainees.", ("RETREAT", "ARM", "AZE")),
        ("Serbia vacated forward posts along the boundary with Kosovo.", ("RETREAT", "SRB", "XKX")),
        ("Serbia's defence minister vacated his post after the scandal.", ("CONCEDE", "SRB")),
        ("Jordan reopened its airspace to Iranian flights.", ("RETREAT", "JOR", "IRN")),
        ("Philippine rebels turned in their rifles under the peace accord.", ("RETREAT", "PHL")),
        ("France brought home its remaining troops from Niger.", ("RETREAT", "FRA", "NER")),
    ],
)
def test_events_phrasings_captives_sent_home_and_posts_vacated(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nepal petitioned the World Bank for emergency financing.", ("REQUEST", "NPL", "WB")),
        ("Zambia could turn to the IMF for a loan.", ("REQUEST", "ZMB", "IMF")),
        ("Estonia put in a formal request with NATO for extra fighter jets.", ("REQUEST", "EST", "NATO")),
        ("Brazil launched a WTO dispute against Canada over its aircraft subsidies.", ("ACCUSE", "BRA")),
    ],
)
def test_events_phrasings_petitions_requests_and_disputes(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary torpedoed the EU's aid package for Ukraine.", ("REJECT", "HUN", "EU")),
        ("A German submarine torpedoed a British ship off Ireland.", ("ASSAULT", "DEU", "GBR")),
        ("North Korea scoffed at Japan's offer of talks.", ("REJECT", "PRK", "JPN")),
        ("Venezuela balked at Guyana's proposal to take the dispute to court.", ("REJECT", "VEN", "GUY")),
        ("Egypt gave short shrift to Ethiopia's proposal on the dam.", ("REJECT", "EGY", "ETH")),
        ("Kenya threw out a Somali proposal for a new border commission.", ("REJECT", "KEN")),
        ("Mali threw out three French diplomats.", ("SANCTION", "MLI", "FRA")),
        ("Chad dug in its heels over Sudan's demand for a joint commission.", ("REJECT", "TCD", "SDN")),
        ("Russia killed the proposal at the UN Security Council.", ("REJECT", "RUS")),
        ("Russian troops killed three Ukrainian soldiers.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_events_phrasings_proposals_torpedoed_and_thrown_out(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China put Taiwan on notice that further arms purchases would be punished.", ("THREATEN", "CHN", "TWN")),
        ("Serbia was cautioned by NATO that it would face consequences.", ("THREATEN", "NATO", "SRB")),
        (
            "Uganda's police chief said officers would deal firmly with anyone who joined the protest.",
            ("THREATEN", "UGA"),
        ),
    ],
)
def test_events_phrasings_rivals_put_on_notice(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nurses thronged the streets of Nairobi over unpaid wages.", ("PROTEST",)),
        ("Kenyan doctors' sit-in outside the health ministry entered its third day.", ("PROTEST", "KEN")),
        ("Protesters in Lima ransacked the offices of the electoral board.", ("PROTEST", "PER")),
        ("Climate activists chained themselves to the gates of Britain's parliament.", ("PROTEST", "GBR")),
        ("Serbian opposition deputies set off smoke flares inside the assembly chamber.", ("PROTEST", "SRB")),
        ("Nigerian unions called a general strike over fuel prices.", ("PROTEST", "NGA")),
        ("Nigeria's president called the general strike illegal.", None),
        ("Kenyan doctors called off a three-day strike after talks.", ("CONCEDE", "KEN")),
    ],
)
def test_events_phrasings_sit_ins_ransacking_and_strikes_called(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senegal's government beat a hasty retreat over a rise in bread prices.", ("CONCEDE", "SEN")),
        ("Ghana beat Nigeria 2-1 in Accra.", None),
        ("Kenya's cabinet made a U-turn over plans to sell the national airline.", ("CONCEDE", "KEN")),
        ("Peru's cabinet called off the fuel tax increase after a week of strikes.", ("CONCEDE", "PER")),
        ("Work on the Mambilla dam was halted by Nigeria's government after protests.", ("CONCEDE", "NGA")),
        ("Tunisia's president brought the election forward by a year.", ("CONCEDE", "TUN")),
    ],
)
def test_events_phrasings_retreats_beaten_and_u_turns(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECOWAS barred Guinea's junta from attending its summit in Abuja.", ("SANCTION", "ECOWAS", "GIN")),
        ("Russia banned twelve Estonian officials from entering the country.", ("SANCTION", "RUS", "EST")),
        ("Kuwait stopped issuing visas to Syrians.", ("SANCTION", "KWT", "SYR")),
        ("Iran declared two British diplomats unwelcome.", ("SANCTION", "IRN")),
        ("The tanker flew the Liberian flag.", None),
    ],
)
def test_events_phrasings_summits_barred_and_entry_banned(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece beefed up its military presence on islands near Turkey.", ("MOBILIZE", "GRC", "TUR")),
        ("China positioned two brigades near the border with India.", ("MOBILIZE", "CHN", "IND")),
        ("The Israeli army put two reserve brigades on standby near Lebanon.", ("MOBILIZE", "ISR", "LBN")),
        ("Armenia posted troops along the border with Azerbaijan.", ("MOBILIZE", "ARM", "AZE")),
        ("Police in Nairobi posted a video of the arrests online.", None),
        ("Azerbaijan redeployed special forces to the border with Armenia.", ("MOBILIZE", "AZE", "ARM")),
        ("Fighters from Hamas converged on the Rafah crossing.", ("MOBILIZE", "PSE")),
        ("Protesters converged on the square outside parliament in Tbilisi.", ("PROTEST", "GEO")),
        ("Saudi Arabia poured troops and tanks into its border province with Yemen.", ("MOBILIZE", "SAU", "YEM")),
        ("Lithuania's reinforcement of its garrison near Belarus was completed.", ("MOBILIZE", "LTU", "BLR")),
        ("Riot police in Quito mounted roadblocks around the presidential palace.", ("MOBILIZE", "ECU")),
    ],
)
def test_events_phrasings_troops_positioned_posted_and_poured_in(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi police held thirty Iranian pilgrims in Karbala.", ("COERCE", "IRQ", "IRN")),
        ("Ukrainian drones slammed into a Russian tanker in the Black Sea.", ("ASSAULT", "UKR", "RUS")),
        ("A Chinese coast guard ship rammed a Philippine supply boat.", ("ASSAULT", "CHN", "PHL")),
        ("Sudan's army hammered a town held by the RSF in Darfur.", ("ASSAULT", "SDN")),
        ("An Indian army post was raked by machine-gun fire from Pakistani troops.", ("ASSAULT",)),
    ],
)
def test_events_phrasings_ships_rammed_and_posts_raked(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiji will conclude a maritime treaty with Tonga next month.", ("AGREE", "FJI", "TON")),
        ("Oman offered its good offices to end the feud between Qatar and Bahrain.", ("AGREE", "OMN")),
        ("Japan's emperor gave a state banquet for Kenya's president in Tokyo.", ("CONSULT", "JPN", "KEN")),
        ("Spain sent its congratulations to Portugal's new prime minister.", ("SUPPORT", "ESP", "PRT")),
        ("Egypt gave its full support to Sudan's peace plan.", ("SUPPORT", "EGY", "SDN")),
        ("Belarus rallied to the defence of Russia's government.", ("SUPPORT", "BLR", "RUS")),
    ],
)
def test_events_phrasings_treaties_concluded_good_offices_and_banquets(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's government ditched a planned fuel levy.", ("CONCEDE", "KEN")),
        ("Peru's government bent to pressure from striking miners.", ("CONCEDE", "PER")),
        ("Calm gave way to violence in Tripoli.", None),
        ("Vietnam's removal of its tariffs on US chicken took effect on Monday.", ("RETREAT", "VNM", "USA")),
        ("Egypt's lifting of tariffs on Turkish cars began on Monday.", ("RETREAT", "EGY", "TUR")),
    ],
)
def test_events_phrasings_levies_ditched_and_tariffs_removed(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italian and Albanian police busted a cocaine ring in a joint operation.", ("COOPERATE", "ITA", "ALB")),
        ("Police in Manila smashed a drug ring.", ("COERCE", "PHL")),
        ("The Kenyan sprinter smashed the world record in Nairobi.", None),
        ("Thai and Lao police boats set off on a joint patrol of the Mekong.", ("COOPERATE", "THA", "LAO")),
        ("Spain's handover of two Russian hackers to the United States was completed.", ("COOPERATE", "ESP", "USA")),
    ],
)
def test_events_phrasings_rings_busted_jointly_and_fugitives_handed_over(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China dispatched a hospital ship to Tonga after the cyclone.", ("AID", "CHN", "TON")),
        ("Japan extended a credit line to Bangladesh for rail projects.", ("AID", "JPN", "BGD")),
        ("India extended a line of credit to Nepal.", ("AID", "IND", "NPL")),
        ("A Kenyan bank took out a loan to expand its branches.", None),
        ("The bank took out an advert in the Financial Times.", None),
    ],
)
def test_events_phrasings_hospital_ships_and_credit_lines(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland hauled in the Belarusian ambassador over a border incident.", ("ACCUSE", "POL", "BLR")),
        (
            "Brussels took Hungary to the EU Court of Justice, citing its asylum rules.",
            ("ACCUSE", "EU", "HUN"),
        ),
        ("Seoul gave a flat no to Beijing's request for a summit.", ("REJECT", "KOR", "CHN")),
        ("Russia rattled its sabre at Finland over its NATO bid.", ("THREATEN", "RUS", "FIN")),
    ],
)
def test_events_phrasings_envoys_hauled_in_and_sabres_rattled(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters in Lima pelted the Congress building with eggs.", ("PROTEST", "PER")),
        ("French farmers besieged the prefecture in Rennes with tractors.", ("PROTEST", "FRA")),
        ("Bargain hunters besieged supermarkets in Nairobi before the holiday.", None),
        ("Uzbekistan curbed Tajik transit trade through its railways.", ("SANCTION", "UZB")),
        ("The IMF halted new lending to Zimbabwe over its arrears.", ("SANCTION", "IMF", "ZWE")),
        ("Sweden turned off the taps on aid to Zambia.", ("SANCTION", "SWE", "ZMB")),
    ],
)
def test_events_phrasings_eggs_tractors_and_taps_turned_off(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houthi fighters regrouped near Marib.", ("MOBILIZE", "YEM")),
        ("Serbia's build-up of troops near Kosovo alarmed NATO.", ("MOBILIZE", "SRB", "XKX")),
        ("Riot police flooded central Nairobi ahead of the opposition rally.", ("MOBILIZE", "KEN")),
        ("Heavy rain flooded central Nairobi on Tuesday.", None),
        ("Chinese steel flooded the Vietnamese market.", None),
        ("Thailand's army rolled armoured vehicles into Bangkok.", ("MOBILIZE", "THA")),
        ("Ecuador's declaration of a state of emergency in three provinces took effect.", ("COERCE", "ECU")),
        ("Tanzania throttled access to social media during the election.", ("COERCE", "TZA")),
        ("A Russian missile took out a Ukrainian radar near Odesa.", ("ASSAULT", "RUS", "UKR")),
        ("Israeli jets knocked out a Hezbollah radar in the Bekaa valley.", ("ASSAULT", "ISR", "LBN")),
        ("Spain crushed Italy 3-1 in Madrid.", None),
        ("Kenya thrashed Uganda 4-0 in Nairobi.", None),
    ],
)
def test_events_phrasings_forces_regrouped_cities_flooded_and_radars_taken_out(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru came to terms on a fisheries accord in Lima.", ("AGREE", "CHL", "PER")),
        ("Germany has come to terms with its colonial past.", None),
        ("The EU gave the go-ahead to Montenegro's accession talks.", ("AGREE", "EU", "MNE")),
        ("The Kenyan cabinet gave the green light to a UN refugee centre in Kakuma.", ("AGREE", "KEN")),
        ("Real Madrid gave the go-ahead to the transfer of its striker.", None),
        ("The club gave the green light to the transfer of its striker.", None),
        ("The carmaker's board gave the green light to the merger.", None),
        ("Egypt said it would comply with the court's ruling on the Nile dam.", ("AGREE", "EGY")),
        ("Colombia will comply with the ICJ's order on its maritime border.", ("AGREE", "COL")),
    ],
)
def test_events_phrasings_terms_come_to_green_lights_and_rulings_complied_with(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's foreign minister flew into Baghdad for talks on water sharing.", ("CONSULT", "TUR", "IRQ")),
        ("Ghana's president received a call from Nigeria's president.", ("CONSULT", "NGA", "GHA")),
        ("Japan's prime minister held a video call with India's prime minister.", ("CONSULT", "JPN", "IND")),
        ("Chile's president spoke by video link with Argentina's president.", ("CONSULT", "CHL", "ARG")),
    ],
)
def test_events_phrasings_calls_received_and_video_calls(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia backed down over its demand for a border referendum.", ("CONCEDE", "SRB")),
        ("Hungary climbed down over the asylum law.", ("CONCEDE", "HUN")),
        ("Yielding to pressure from the EU, Hungary dropped its asylum law.", ("CONCEDE", "HUN", "EU")),
        ("Hungary folded under pressure from the EU.", ("CONCEDE", "HUN", "EU")),
        ("Peru caved in to pressure from Chile.", ("CONCEDE", "PER", "CHL")),
        ("France announced the withdrawal of its planned cuts to pensions.", ("CONCEDE", "FRA")),
        ("Greece announced the withdrawal of the pension bill.", ("CONCEDE", "GRC")),
        ("Russia announced the withdrawal of its troops from Belarus.", ("RETREAT",)),
    ],
)
def test_events_phrasings_climbdowns_and_policies_withdrawn(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan surrendered the militants to Afghanistan.", ("COOPERATE", "PAK", "AFG")),
        ("The militants surrendered to Pakistani troops.", ("RETREAT",)),
        ("Turkey handed over two fugitives to Iraq.", ("COOPERATE", "TUR", "IRQ")),
        ("Thailand ran a joint patrol with Laos on the Mekong.", ("COOPERATE", "THA", "LAO")),
        ("Chad's army is working hand in hand with Niger's army against Boko Haram.", ("COOPERATE", "TCD", "NER")),
        ("Security and development go hand in hand, Kenya's president said.", None),
    ],
)
def test_events_phrasings_militants_surrendered_and_forces_hand_in_hand(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UAE flew 60 tonnes of tents to Turkey.", ("AID", "ARE", "TUR")),
        ("Kenya's president flew to Addis Ababa for talks.", ("CONSULT", "KEN", "ETH")),
        ("Qatar airlifted medical supplies to Sudan.", ("AID", "QAT", "SDN")),
        ("A consignment of drugs from India reached Sri Lanka.", ("AID", "IND")),
        ("Police in Lagos seized a consignment of drugs from Brazil.", ("COERCE", "NGA")),
        ("Saudi Arabia came to the rescue of Pakistan with a $2 billion loan.", ("AID", "SAU", "PAK")),
        ("A Kenyan fisherman came to the rescue of a drowning tourist.", None),
    ],
)
def test_events_phrasings_tents_flown_and_loans_to_the_rescue(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran allowed UN inspectors back into the Fordow plant.", ("RETREAT", "IRN")),
        ("Ethiopia set free three Kenyan journalists.", ("RETREAT", "ETH", "KEN")),
        ("Three Kenyan journalists were set free by Ethiopia.", ("RETREAT", "ETH", "KEN")),
        ("Egypt's foreign minister set the record straight on the dam talks.", None),
        ("China announced the lifting of its import ban on Japanese seafood.", ("RETREAT", "CHN", "JPN")),
    ],
)
def test_events_phrasings_inspectors_let_back_and_captives_set_free(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine asked Germany to authorise the export of its tanks.", ("REQUEST", "UKR", "DEU")),
        ("Egypt applied to the IMF for a loan.", ("REQUEST", "EGY", "IMF")),
        ("Greece was pressed by the EU to cut its deficit.", ("REQUEST", "EU", "GRC")),
        ("When pressed by reporters, the Kenyan minister declined to comment.", None),
        ("Estonia sought assurances from NATO over its air defence.", ("REQUEST", "EST", "NATO")),
    ],
)
def test_events_phrasings_loans_applied_for_and_assurances_sought(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany voiced criticism of Hungary's asylum law.", ("ACCUSE", "DEU", "HUN")),
        ("Turkey took a swipe at Greece over the islands.", ("ACCUSE", "TUR", "GRC")),
        ("The Turkish central bank took a swipe at inflation.", None),
        ("A Korean carmaker took a swipe at a Japanese competitor.", None),
        ("Japan expressed serious concern over China's actions in the East China Sea.", ("ACCUSE", "JPN", "CHN")),
        ("Japan expressed concern over the humanitarian situation in Sudan.", None),
        ("Guyana called Venezuela's incursion a violation of its sovereignty.", ("ACCUSE", "GUY", "VEN")),
        ("Gambia filed a case against Myanmar at the ICJ.", ("ACCUSE", "GMB", "MMR")),
        ("Hungary's dismissal of the EU's offer angered Brussels.", ("REJECT", "HUN", "EU")),
        ("The dismissal of Kenya's police chief angered the opposition.", None),
    ],
)
def test_events_phrasings_criticism_voiced_swipes_and_offers_dismissed(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany stood by Poland in its dispute with Belarus.", ("SUPPORT", "DEU", "POL")),
        ("The EU stands fully behind Moldova.", ("SUPPORT", "EU", "MDA")),
        (
            "Chad recognised the Tripoli government as the sole legal government of Libya.",
            ("SUPPORT", "TCD", "LBY"),
        ),
        ("Turkey fired a shot across the bows of Greece.", ("THREATEN", "TUR", "GRC")),
        ("A Chinese coast guard ship fired warning shots across the bows of a Vietnamese trawler.", None),
        ("Iran issued threats against Israel.", ("THREATEN", "IRN", "ISR")),
    ],
)
def test_events_phrasings_allies_stood_by_and_shots_across_the_bows(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Germany voiced no criticism of Hungary.", "ACCUSE"),
        ("Iran issued no threats against Israel.", "THREATEN"),
    ],
)
def test_events_phrasings_criticism_or_threats_voiced_as_none_are_negated(run_text: Run, text: str, kind: str) -> None:
    events = run_text(text, published="2026-03-04").events
    assert [(e.type, e.negated) for e in events] == [(kind, True)], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia's parliament was surrounded by angry demonstrators.", ("PROTEST", "GEO")),
        ("Opposition lawmakers walked out of a session in protest in Nairobi.", ("PROTEST", "KEN")),
        ("Sweden pulled the plug on a credit facility for Zambia.", ("SANCTION", "SWE", "ZMB")),
        ("The Kenyan startup pulled the plug on its app.", None),
        ("The EU extended its arms embargo on Belarus.", ("SANCTION", "EU", "BLR")),
        ("Mali quit the regional bloc ECOWAS.", ("SANCTION", "MLI")),
        ("Niger left the bloc in January.", ("SANCTION", "NER")),
    ],
)
def test_events_phrasings_walkouts_plugs_pulled_and_embargoes_extended(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean troops raised their alert level along the border.", ("MOBILIZE", "PRK")),
        ("Kenyan riot police fanned out across the capital.", ("MOBILIZE", "KEN")),
        ("Turkish rescue teams fanned out across the town to search for survivors.", None),
        ("Poland placed army units on alert along the border with Belarus.", ("MOBILIZE", "POL", "BLR")),
        ("India ordered its navy to escort merchant ships in the Red Sea.", ("MOBILIZE", "IND")),
        ("Serbian paramilitaries set the village ablaze.", ("ASSAULT", "SRB")),
        ("French protesters set cars ablaze in Paris.", ("PROTEST", "FRA")),
        ("Russian forces laid waste to the town of Bakhmut.", ("ASSAULT", "RUS", "UKR")),
        ("Police in Nairobi turned water cannon on opposition supporters.", ("ASSAULT", "KEN")),
        ("A Chinese coast guard ship cut across the bow of a Philippine supply boat.", ("COERCE", "CHN", "PHL")),
        ("A Chinese coast guard vessel blocked the path of a Philippine boat.", ("COERCE", "CHN", "PHL")),
        ("The new rules cut across party lines in Kenya.", None),
    ],
)
def test_events_phrasings_alerts_raised_villages_ablaze_and_bows_cut_across(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Ecuador initialled a draft treaty on their land border.", ("AGREE", "PER", "ECU")),
        ("Kenya's finance minister initialled every page of the budget.", None),
        ("Albania and Greece reached a compromise on fishing rights.", ("AGREE", "ALB", "GRC")),
        ("Belize and Guatemala reached a settlement of their border dispute.", ("AGREE", "BLZ", "GTM")),
        ("India reached an understanding with China on border patrols.", ("AGREE", "IND", "CHN")),
        ("Kenya's finance minister reached an understanding of the problem.", None),
    ],
)
def test_events_phrasings_protocols_initialled_and_settlements_reached(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia's president briefed Estonia's premier by phone on the gas leak.", ("CONSULT", "LVA", "EST")),
        ("Latvia's interior minister briefed reporters on the gas leak.", None),
        (
            "The defence ministers of Ghana and Burkina Faso huddled over the border attacks.",
            ("CONSULT", "GHA", "BFA"),
        ),
        ("Residents of Kharkiv huddled in metro stations during the night.", None),
        ("A stopover in Ankara by Azerbaijan's president focused on gas exports.", ("CONSULT", "AZE")),
        ("The airline added a stopover in Dubai to its route to Sydney.", None),
    ],
)
def test_events_phrasings_peers_briefed_huddles_and_stopovers(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany asked Namibia for forgiveness for the colonial-era massacres.", ("SUPPORT", "DEU", "NAM")),
        ("Kenya asked Uganda for help with the floods.", ("REQUEST", "KEN", "UGA")),
        ("Fiji's prime minister championed Tonga's push for a ban on deep-sea mining.", ("SUPPORT", "FJI", "TON")),
        ("Kenya's reforms won praise from the IMF.", ("SUPPORT", "IMF", "KEN")),
        ("Russia said it respected Mali's right to choose its security partners.", ("SUPPORT", "RUS", "MLI")),
    ],
)
def test_events_phrasings_forgiveness_asked_causes_championed_and_praise_won(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigeria's government backed away from a planned rise in petrol prices after a week of strikes.",
            ("CONCEDE", "NGA"),
        ),
        ("Russian troops backed away from the border with Finland.", ("RETREAT", "RUS", "FIN")),
        ("After a week of protests, Uganda went back on its decision to tax mobile money.", ("CONCEDE", "UGA")),
        ("Senegal went back on its promise to build a new road.", None),
        ("Gabon's suspension was lifted by the African Union in March.", ("RETREAT", "AU", "GAB")),
        ("The Commonwealth readmitted Gabon at its summit in Apia.", ("RETREAT", "COMW", "GAB")),
        ("A jailed Tunisian blogger walked free on Monday.", ("RETREAT", "TUN")),
        ("Morocco's king granted a pardon to 300 prisoners.", ("RETREAT", "MAR")),
    ],
)
def test_events_phrasings_measures_gone_back_on_suspensions_lifted_and_pardons(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spanish and Moroccan police rolled up a hashish-smuggling network in a joint operation.",
            ("COOPERATE", "ESP", "MAR"),
        ),
        ("Ecuadorian police rolled up a cocaine-smuggling cell in Guayaquil.", ("COERCE", "ECU")),
        ("The Kenyan president rolled up his sleeves.", None),
        (
            "A Spanish court cleared the extradition of a Colombian drug lord to the United States.",
            ("COOPERATE", "ESP", "USA"),
        ),
        ("A Spanish court cleared a former minister of fraud.", None),
        ("Morocco tipped off Spain about a planned attack in Madrid.", ("COOPERATE", "MAR", "ESP")),
        ("Thai and Malaysian marines opened a week of amphibious drills in Songkhla.", ("COOPERATE", "THA", "MYS")),
        ("Greek and Cypriot navy ships carried out a joint sweep for mines off Crete.", ("COOPERATE", "GRC", "CYP")),
        ("Cambodia handed a Vietnamese activist over to Vietnam.", ("COOPERATE", "KHM", "VNM")),
        ("Cambodia handed two captured Thai soldiers over to Thailand.", ("RETREAT", "KHM", "THA")),
        ("Kenyan and Tanzanian customs officers cleared the trucks jointly.", ("COOPERATE", "KEN", "TZA")),
    ],
)
def test_events_phrasings_cells_rolled_up_extraditions_cleared_and_tip_offs(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea furnished Laos with 12 ambulances.", ("AID", "KOR", "LAO")),
        ("France furnished Interpol with details of the suspects.", ("COOPERATE", "FRA", "INTERPOL")),
        ("Australia underwrote the construction of an undersea cable to Palau.", ("AID", "AUS", "PLW")),
        ("Germany topped up its humanitarian aid to Jordan.", ("AID", "DEU", "JOR")),
        ("Saudi Arabia waived repayment of a loan to Yemen's central bank.", ("AID", "SAU", "YEM")),
        ("A Turkish consignment of 50 armoured vehicles reached Somalia on Monday.", ("AID", "TUR")),
        ("Qatar footed the bill for the reconstruction of schools in Gaza.", ("AID", "QAT")),
        ("Japan sent a medical unit to Turkey after the earthquake.", ("AID", "JPN", "TUR")),
        ("Tajikistan sent two extra platoons to its border with Kyrgyzstan.", ("MOBILIZE", "TJK", "KGZ")),
    ],
)
def test_events_phrasings_goods_furnished_bills_footed_and_repayments_waived(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("King tides hit Majuro, the capital of the Marshall Islands.", None),
        ("Coastal villages in Fiji were hit by king tides.", None),
        ("Ghana made an approach to China for a currency swap.", ("REQUEST", "GHA", "CHN")),
        ("Egypt went cap in hand to Saudi Arabia for a loan.", ("REQUEST", "EGY", "SAU")),
        ("Pakistan went to the Gulf states for fresh loans.", ("REQUEST", "PAK")),
        ("Zimbabwe is seeking maize supplies from Zambia.", ("REQUEST", "ZWE", "ZMB")),
        ("Haiti solicited emergency help from Canada.", ("REQUEST", "HTI", "CAN")),
        ("Kenya's energy ministry solicited bids for a new power plant.", None),
    ],
)
def test_events_phrasings_approaches_made_and_help_solicited(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany read the riot act to Hungary over corruption.", ("ACCUSE", "DEU", "HUN")),
        ("Kenya's speaker read the act aloud to parliament.", None),
        ("Cambodia was taken to task by Japan over its treatment of migrant workers.", ("ACCUSE", "JPN", "KHM")),
        ("Ireland took Britain to task over its fishing quotas.", ("ACCUSE", "IRL", "GBR")),
        ("Lithuania charged that a Russian helicopter had strayed into its airspace.", ("ACCUSE", "LTU", "RUS")),
        ("Police charged three Kenyan activists with sedition.", ("COERCE",)),
        ("The ICC launched a preliminary examination of alleged crimes in Myanmar.", ("ACCUSE", "ICC", "MMR")),
        ("Estonia lambasted Russia over the jamming of GPS signals.", ("ACCUSE", "EST", "RUS")),
    ],
)
def test_events_phrasings_riot_acts_read_states_taken_to_task_and_examinations_opened(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An offer of Turkish mediation was turned away by Azerbaijan.", ("REJECT", "AZE", "TUR")),
        ("Italy turned away 80 migrants at Lampedusa.", ("COERCE", "ITA")),
        ("Fiji closed the door on talks with China on a policing pact.", ("REJECT", "FJI", "CHN")),
        ("Honduras did not close the door on a trade deal with China.", ("REJECT", "HND", "CHN")),
        ("Schools across Kenya shut their doors on Monday.", None),
        ("Peru's congress voted down a mining treaty with Chile.", ("REJECT", "PER", "CHL")),
        ("Egypt rejected Ethiopia's criticism of its dam policy.", ("REJECT", "EGY", "ETH")),
        (
            "Ethiopia criticised Egypt's dam policy on Monday.\n\nEgypt's foreign ministry rejected the criticism.",
            ("REJECT", "EGY", "ETH"),
        ),
        ("Egypt rejected Ethiopian accusations that it had armed rebels.", ("REJECT", "EGY", "ETH")),
        ("Belarus refused to accredit observers from the OSCE.", ("REJECT", "BLR", "OSCE")),
        (
            "Indonesia gave a Japanese smelter a month to start exports or lose its permit.",
            ("THREATEN", "IDN", "JPN"),
        ),
    ],
)
def test_events_phrasings_offers_turned_away_doors_closed_and_criticism_rejected(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


def test_events_phrasings_a_door_not_closed_is_a_negated_rejection(run_text: Run) -> None:
    text = "Honduras did not close the door on a trade deal with China."
    events = run_text(text, published="2026-03-04").events
    assert [(e.type, e.negated) for e in events] == [("REJECT", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guinean youths ran riot in Conakry, looting shops.", ("PROTEST", "GIN")),
        ("Inflation ran riot in Argentina last year.", None),
        ("Traders in Kathmandu kept their shutters down to protest against a new tax.", ("PROTEST", "NPL")),
        ("Serbian youths engaged in stone-throwing outside the parliament in Belgrade.", ("PROTEST", "SRB")),
        ("The Palestinian delegation left the conference hall in protest.", ("PROTEST", "PSE")),
        ("Mali left the regional bloc in protest.", ("SANCTION", "MLI")),
        ("Striking miners in Zambia blocked the gates of the copper mine.", ("PROTEST", "ZMB")),
    ],
)
def test_events_phrasings_riots_run_shutters_kept_down_and_halls_left_in_protest(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland declared a Russian consul persona non grata.", ("SANCTION", "POL", "RUS")),
        ("Chile called its ambassador to Argentina home for consultations.", ("SANCTION", "CHL", "ARG")),
        ("The minister called home to say he was safe.", None),
        ("The World Bank froze Mali's access to new loans.", ("SANCTION", "WB", "MLI")),
        ("India slapped an export ban on onions.", ("SANCTION", "IND")),
        ("Pakistan sealed its border crossings with Afghanistan.", ("SANCTION", "PAK", "AFG")),
        ("Burkina Faso announced its withdrawal from the West African bloc.", ("SANCTION", "BFA")),
        ("Ethiopian troops' withdrawal from the border town of Humera was completed.", ("RETREAT", "ETH")),
    ],
)
def test_events_phrasings_envoys_called_home_access_frozen_and_crossings_closed(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moldovan border troops went on high readiness after the drone incursion.", ("MOBILIZE", "MDA")),
        ("Togo's army chief ordered troops onto the streets of Lome.", ("MOBILIZE", "TGO")),
        ("Armenia moved more men to the border with Azerbaijan.", ("MOBILIZE", "ARM", "AZE")),
        ("A nightly curfew was clamped on Guayaquil by Ecuador's government.", ("COERCE", "ECU")),
        ("Niger's junta pulled a French broadcaster off the air.", ("COERCE", "NER", "FRA")),
        ("The broadcaster pulled the show off the air after poor ratings.", None),
        ("A court in Istanbul put five Turkish journalists in detention.", ("COERCE", "TUR")),
        ("Mali's junta took over a Canadian-owned gold mine.", ("COERCE", "MLI", "CAN")),
        ("Kenya's deputy president took over as acting president.", None),
    ],
)
def test_events_phrasings_readiness_curfews_clamped_and_stations_pulled_off_the_air(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen snatched 40 schoolgirls from a school in Nigeria's Katsina state.", ("ASSAULT", "NGA")),
        ("A Nigerian striker snatched a late winner against Ghana.", None),
        ("Zambian riot police clubbed opposition supporters in Lusaka.", ("ASSAULT", "ZMB")),
        ("Gulf states clubbed together to pay for the new port.", ("AID",)),  # aid, no assault
        ("Kyrgyz and Tajik border guards scuffled at a disputed water intake.", ("ASSAULT", "KGZ", "TJK")),
    ],
)
def test_events_phrasings_villagers_snatched_strikers_clubbed_and_guards_brawling(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam launched a charm offensive on foreign investors in Hanoi.", None),
        ("Ukraine launched an offensive on Russian positions near Zaporizhzhia.", ("ASSAULT", "UKR", "RUS")),
        ("The Danish rider attacked on the final climb and won the stage.", None),
        ("Kenya declared war on plastic bags.", None),
        ("Kenya waged war on corruption.", None),
        ("Ethiopia waged war on Eritrea.", ("ASSAULT", "ETH", "ERI")),
    ],
)
def test_events_phrasings_charm_offensives_climbs_attacked_and_wars_on_plastic(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fiji recalled its high commissioner from New Zealand on Monday.", ("SANCTION", "FJI", "NZL")),
        ("Zambia could seek a new IMF programme next year.", ("REQUEST", "ZMB", "IMF")),
        ("The EU suspended Myanmar's trade preferences.", ("SANCTION", "EU", "MMR")),
        ("Uganda's spy agency gave Rwanda intelligence on the rebel commanders.", ("COOPERATE", "UGA", "RWA")),
        ("Tanzania brought its last battalions home from Mozambique.", ("RETREAT", "TZA", "MOZ")),
        ("Eswatini reaffirmed its recognition of Taiwan.", ("SUPPORT", "SWZ", "TWN")),
        ("The minister reaffirmed his confidence in the central bank.", None),
    ],
)
def test_events_phrasings_envoys_recalled_programmes_sought_and_recognition_reaffirmed(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia halted all rail freight to Russia at midnight.", ("SANCTION", "EST", "RUS")),
        ("Kuwait's gift of 40,000 tonnes of wheat to Yemen was unloaded in Aden.", ("AID", "KWT", "YEM")),
        ("Kyrgyzstan asked China for $300 million to rebuild the road.", ("REQUEST", "KGZ", "CHN")),
        ("Peru's protest note to Chile was delivered in Santiago on Monday.", ("ACCUSE", "PER", "CHL")),
        ("Armenia's reopening of the Margara crossing let lorries enter Turkey.", ("RETREAT", "ARM", None)),
        ("Chile halted its freight trains for repairs.", None),
    ],
)
def test_events_phrasings_freight_halted_gifts_unloaded_and_notes_delivered(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Dutch tourists were arrested by police in Doha for filming near an air base.", ("COERCE", "QAT", "NLD")),
        ("Qatari police arrested two Dutch fans after the football match in Doha.", ("COERCE", "QAT", "NLD")),
        ("Qatar beat the Netherlands 2-0 in the football match in Doha.", None),
    ],
)
def test_events_phrasings_an_act_about_filming_is_no_film(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malaysia walked away from free trade negotiations with the European Union.", ("SANCTION", "MYS", "EU")),
        ("Two Russian diplomats were declared persona non grata by Latvia on Wednesday.",
         ("SANCTION", "LVA", "RUS")),
        ("Denmark transferred its last batch of F-16 fighter jets to Ukraine.", ("AID", "DNK", "UKR")),
        ("Turkmenistan admitted a full OSCE election observation mission.", ("RETREAT", "TKM", "OSCE")),
        ("Kuwait has reduced its contributions to UNRWA.", ("SANCTION", "KWT", "UN")),
        ("The striker walked away from the club after one season.", None),
    ],
)
def test_events_phrasings_talks_left_envoys_declared_unwelcome_and_jets_handed_over(
        run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonian and Finnish naval divers jointly inspected a damaged undersea cable on Monday.",
         ("COOPERATE", "EST", "FIN")),
        ("Bolivian and Peruvian customs officers started joint inspections of cargo trucks on Wednesday.",
         ("COOPERATE", "BOL", "PER")),
        ("Ghana and Togo jointly attacked the rebels' camp.", ("ASSAULT", "GHA")),
        ("Kenya criticised the joint statement of Ethiopia and Somalia.", ("ACCUSE", "KEN")),
    ],
)
def test_events_phrasings_what_two_do_jointly_is_cooperation(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eritrea ignored an African Union call to pull its troops back from the border.", ("REJECT", "ERI", "AU")),
        ("Hungary voiced its opposition to the sanctions package on Monday.", ("REJECT", "HUN")),
        ("Supporters of a former Bolivian president blockaded highways around Cochabamba on Thursday.",
         ("PROTEST", "BOL")),
        ("Satellite imagery of illegal fishing fleets was supplied to Tonga's navy by New Zealand's defence force.",
         ("COOPERATE", "NZL", "TON")),
    ],
)
def test_events_phrasings_calls_ignored_opposition_voiced_and_roads_blockaded(
        run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay refrained from endorsing Argentina's candidate at Friday's board meeting.",
         ("SUPPORT", "URY", "ARG", True)),
        ("Ghana avoided criticising Togo over the vote.", ("ACCUSE", "GHA", "TGO", True)),
        ("Israel refrained from retaliating against Iran on Friday.", ("ASSAULT", "ISR", "IRN", True)),
        ("Israel stopped its strikes on Lebanon on Friday.", ("RETREAT", "ISR", "LBN", False)),
    ],
)
def test_events_phrasings_an_act_refrained_from_is_not_done_and_one_stopped_is_ended(
        run_text: Run, text: str, expected: Expected) -> None:
    event = run_text(text).events[0]
    assert (event.type, event.source.country, event.target.country if event.target else None,
            event.negated) == expected


def test_events_phrasings_a_claim_insisted_on_is_no_demand(run_text: Run) -> None:
    claimed = run_text("Kyrgyzstan's foreign ministry insisted on Monday that Bishkek had never endorsed Russia's "
                       "annexation of four Ukrainian regions.").events
    assert [(e.type, e.negated) for e in claimed] == [("SUPPORT", True)]
    demanded = run_text("Kenya insisted that Uganda withdraw its troops from the border.").events
    assert [(e.type, e.source.country, e.target.country if e.target else None) for e in demanded] == [
        ("REQUEST", "KEN", "UGA")]


def test_events_phrasings_a_country_s_opposition_is_a_party_not_an_act(run_text: Run) -> None:
    events = run_text("Kazakhstan's opposition did not stage any rallies on the anniversary, the ministry said.").events
    assert [(e.type, e.negated) for e in events] == [("PROTEST", True)]
    assert [e.type for e in run_text("Russia's opposition to the plan angered Ukraine.").events][:1] == ["REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A field hospital was set up in Port Vila on Sunday by the Australian Defence Force.", ("AID", "AUS")),
        ("China granted Laos a further deferral of repayments on its railway loans.", ("AID", "CHN", "LAO")),
        ("Iraq's dispatch of 3,000 troops to its border with Syria followed a surge in attacks.", ("MOBILIZE", "IRQ")),
    ],
)
def test_events_phrasings_hospitals_set_up_repayments_deferred_and_troops_dispatched(
        run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


def test_events_phrasings_an_act_likely_to_happen_is_a_conjecture(run_text: Run) -> None:
    assert {e.modality for e in run_text("China is likely to sign the deal with Laos.").events} == {"hypothetical"}
    assert [e.modality for e in run_text("China signed the deal with Laos.").events][:1] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indian rupee retreated to a record low against the dollar on Tuesday.", None),
        ("South Africa's rand rallied to a three-month high on Thursday.", None),
        ("Indian conglomerate Sarvodaya Industries agreed on Monday to buy a stake in a Sri Lankan terminal operator.",
         None),
        ("Honduran coffee farmers are fighting an uphill battle against leaf rust.", None),
        ("Police in Islamabad rounded up dozens of opposition lawmakers ahead of a planned march on parliament.",
         ("COERCE", "PAK", "PAK")),
        ("The minister rounded on his critics in parliament.", ("ACCUSE",)),
        ("Pakistani and Afghan forces traded artillery fire across the Durand Line on Saturday.",
         ("ASSAULT", "PAK", "AFG")),
        ("Beijing vowed 'resolute countermeasures' against Japan if Japanese warships sail through the Strait.",
         ("THREATEN", "CHN", "JPN")),
        ("Government doctors in Sri Lanka stayed away from work for a second day on Wednesday.", ("PROTEST", "LKA")),
        ("Egypt's intelligence service gave Libyan authorities details of a smuggling route.",
         ("COOPERATE", "EGY", "LBY")),
    ],
)
def test_events_phrasings_markets_firms_and_particles_beside_the_verb(
        run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


def test_events_phrasings_an_envoy_titled_before_the_name_is_summoned_by_no_one_of_theirs(run_text: Run) -> None:
    text = "Vice Foreign Minister Gao Mingyuan summoned Japanese Ambassador Kenji Moriyama on Monday."
    event = run_text(text).events[0]
    assert (event.type, event.source.country, event.target.country if event.target else None) == (
        "ACCUSE", None, "JPN")
    charged = run_text("Prosecutors in Ishigaki dropped a charge against the Chinese captain.").events[0]
    assert (charged.type, charged.target.country if charged.target else None) == ("RETREAT", "CHN")


def test_events_phrasings_crossings_blocked_by_farmers_are_a_protest_and_by_a_state_a_sanction(run_text: Run) -> None:
    farmers = run_text("Polish farmers blocked three road crossings into Ukraine with tractors on Monday.").events[0]
    state = run_text("Algeria blocked the crossings to Mali on Monday.").events[0]
    assert (farmers.type, state.type, state.target.country if state.target else None) == (
        "PROTEST", "SANCTION", "MLI")


def test_events_phrasings_troops_forced_out_are_expelled_and_people_forced_out_deported(run_text: Run) -> None:
    troops = run_text("The junta forced out French troops in 2022.").events[0]
    people = run_text("Police forced out dozens of migrants from the camp.").events[0]
    assert (troops.type, people.type) == ("SANCTION", "COERCE")


def test_events_phrasings_a_verb_parsed_as_its_object_s_adjective_after_had_is_the_act(run_text: Run) -> None:
    denied = run_text("Egypt denied on Wednesday that it had massed tanks in the Sinai near the border.").events
    assert [(e.type, e.source.country, e.modality) for e in denied] == [("MOBILIZE", "EGY", "denied")]
    held = run_text("The army had armoured vehicles near the border.").events
    assert held == []
    market = run_text("Tokyo's Nikkei share average surrendered early gains on Wednesday.").events
    assert market == []


def test_events_phrasings_a_round_of_talks_that_opens_is_the_talks(run_text: Run) -> None:
    opened = run_text("A round of negotiations between Jordan and Syria on sharing water opened in Amman on Sunday.")
    assert {(e.type, e.source.country, e.target.country if e.target else None) for e in opened.events} == {
        ("CONSULT", "JOR", "SYR"), ("CONSULT", "SYR", "JOR")}
    assert run_text("The minister described the outcome of a round of talks as useful.").events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen hacked to death at least 12 villagers in Mali's Mopti region overnight.", ("ASSAULT",)),
        ("Chilean dockworkers downed tools on Monday over pay.", ("PROTEST", "CHL")),
        ("A copper miner downed its forecast for the year.", None),
        ("Myanmar's military government cut internet access in Sagaing region on Tuesday.", ("COERCE", "MMR")),
        ("Belarus stripped a Polish correspondent of his accreditation on Monday.", ("COERCE", "BLR")),
        ("Kenya's electoral commission reinstated an opposition candidate's nomination on Friday.",
         ("CONCEDE", "KEN")),
        ("Austria handed over to Czech prosecutors a man suspected of smuggling migrants.", ("COOPERATE", "AUT")),
        ("Egypt sought $2 billion in emergency financing from the World Bank on Monday.", ("REQUEST", "EGY")),
        ("Tunisia's finance minister said Tunis had sought $1 billion from the IMF.", ("REQUEST", "TUN", "IMF")),
        ("China cast a veto on Friday against a French-drafted resolution on Myanmar.", ("REJECT", "CHN")),
        ("Kenya's interior ministry dispatched 5,000 riot police to Kisumu ahead of a rally.", ("MOBILIZE", "KEN")),
        ("Canada granted refugee status to a Russian journalist on Monday.", ("AID", "CAN", "RUS")),
        ("Nine smuggling suspects were handed over to Thai police by Laos on Tuesday.", ("COOPERATE", "LAO", "THA")),
        ("Georgian investigators worked alongside Turkish police to arrest the smugglers.",
         ("COOPERATE", "GEO", "TUR")),
        # an act's effect is no demand; aid workers are no aid
        ("A drone attack by rebels on Goma airport forced the suspension of all flights.", ("ASSAULT",)),
        ("Aid workers in Chad said Sudan had expelled 300 refugees across the border.", ("COERCE", "SDN")),
    ],
)
def test_events_phrasings_killings_walkouts_shutdowns_and_handovers(run_text: Run, text: str,
                                                                     expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # drills held alone near a rival are a show of force; held with a partner, cooperation
        ("China staged large-scale naval drills around Taiwan on Monday.", ("MOBILIZE", "CHN", "TWN")),
        ("Belarus held military exercises near the Polish border on Friday.", ("MOBILIZE", "BLR", "POL")),
        ("Indian and French warships held joint exercises in the Arabian Sea.", ("COOPERATE", "IND", "FRA")),
        ("India held naval drills with France off Goa.", ("COOPERATE", "IND", "FRA")),
        ("Norwegian and Finnish troops held winter manoeuvres near Kirkenes.", ("COOPERATE", "NOR", "FIN")),
        # two states' police doing one coercive act are partners
        ("Romanian and Bulgarian police broke up a people-smuggling ring near Ruse.", ("COOPERATE", "ROU", "BGR")),
        ("Romanian police broke up a people-smuggling ring near Ruse.", ("COERCE", "ROU")),
        ("South African and Zimbabwean police seized a tonne of cannabis at Beitbridge.",
         ("COOPERATE", "ZAF", "ZWE")),
        ("Bolivian and Peruvian police dismantled a trafficking ring on Lake Titicaca.", ("COOPERATE", "BOL", "PER")),
    ],
)
def test_events_phrasings_drills_alone_and_together(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's own sense with its object outranks the cue it is otherwise
        ("Japan's prime minister offered a heartfelt apology to South Korean workers on Thursday.",
         ("SUPPORT", "JPN", "KOR")),
        ("Japan offered to send troops to help Australia.", ("AGREE", "JPN", "AUS")),
        # backing what a party puts forward backs the party
        ("Canada endorsed Mexico's bid to host the summit.", ("SUPPORT", "CAN", "MEX")),
        ("Mali rejected an ECOWAS offer to mediate.", ("REJECT", "MLI", "ECOWAS")),
        ("Chad's military government restored the right of opposition parties to hold rallies on Monday.",
         ("CONCEDE", "TCD")),
        ("Analysts said the ministry could accede to striking teachers' demands for higher pay.", None),
    ],
)
def test_events_phrasings_own_senses_and_what_parties_put_forward(run_text: Run, text: str,
                                                                 expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arms race is politics, a race is sport
        ("Serbia accused Croatia of fuelling a new arms race in the Balkans.", ("ACCUSE", "SRB", "HRV")),
        ("Kenya's Kipchoge won the race in Berlin, beating two Ethiopians.", None),
        # a trade dispute taken to the WTO, a demand issued
        ("Malaysia launched a WTO challenge against the European Union's deforestation law.", ("ACCUSE", "MYS")),
        ("Tehran issued a demand for Washington to unfreeze $6 billion of Iranian oil revenue.", ("REQUEST", "IRN")),
        # the receiver of what is handed is the target, not the thing or person handed
        ("Peru extradited an alleged cartel accountant to the United States on Friday.", ("COOPERATE", "PER", "USA")),
        ("Two patrol boats were given to Ghana's navy by Britain on Monday.", ("AID", "GBR", "GHA")),
        # munitions launched at places attack them; launched into the sea they show force
        ("Russia launched 120 drones and 15 missiles at Kharkiv and Odesa overnight.", ("ASSAULT", "RUS", "UKR")),
        ("Germany handed Ukraine two more air defence systems this week.", ("AID", "DEU", "UKR")),
        ("New Zealand rushed generators, water tanks and food to Tonga after the cyclone.", ("AID", "NZL", "TON")),
        ("Armenia rushed tanks to its border with Azerbaijan.", ("MOBILIZE", "ARM")),
        # an attack answered is force; a letter answered is none
        ("Pakistan's army said it would respond to every attack launched from Afghan soil.", ("THREATEN", "PAK")),
        ("Pakistan's foreign ministry said it would respond to the letter next week.", None),
        # an act named by its noun, the subject of a verb of taking place
        ("A pullback of Serbian army units from the boundary with Kosovo was completed on Sunday.",
         ("RETREAT", "SRB", "XKX")),
        ("China's suspension of all Japanese seafood imports took effect on Wednesday.", ("SANCTION", "CHN", "JPN")),
        ("Mexican authorities sent back more than 2,000 Guatemalan migrants last week.", ("COERCE", "MEX", "GTM")),
        # consent still pending is the act not yet done; consent withheld is a refusal
        ("Slovakia has not yet agreed to the EU's plan to lend Ukraine 50 billion euros.", ("AGREE", "SVK")),
        ("Slovakia will not agree to the EU's plan to lend Ukraine 50 billion euros.", ("REJECT", "SVK")),
        # sanctions of a body are aimed at whom they are on
        ("Washington renewed UN sanctions on North Korea on Friday.", ("SANCTION", "USA", "PRK")),
        ("France, Germany and Britain triggered the snapback of UN sanctions on Iran.", ("SANCTION", "FRA", "IRN")),
        # conjectures of analysts keep the act they guess at
        ("Analysts said Georgia's opposition could call mass rallies if its leader is arrested.", ("PROTEST", "GEO")),
        ("Analysts said China could step up its naval presence near the Philippines.", ("MOBILIZE", "CHN")),
        ("Officials said Japan could double its humanitarian funding for Sudan.", ("AID", "JPN", "SDN")),
        # what a state has not said it will do is no act; what it says it will do is
        ("Tehran has not said whether it will send an envoy to the signing in Baku.", None),
        ("Tehran said it will send an envoy to the signing in Baku.", ("AGREE", "IRN")),
        # a report dismissed, "reports" read as a verb: the act reported, denied
        ("Georgia's defence ministry dismissed as disinformation on Friday reports that it had concentrated "
         "artillery near the border with Armenia.", ("MOBILIZE", "GEO", "ARM")),
        # a pact prolonged is agreed again
        ("Honiara said it would extend its security pact with China.", ("AGREE", "SLB", "CHN")),
    ],
)
def test_events_phrasings_races_challenges_demands_and_handovers(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


def _dyads(run_text: Run, text: str) -> set[tuple[str, str | None, str | None]]:
    """Type, source and target country of every event of a text."""
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in run_text(text, published="2026-03-04").events}


def test_events_phrasings_an_act_called_names_is_aimed_at_its_doers(run_text: Run) -> None:
    boarded = "HELSINKI — Finland's coast guard boarded a Russian tanker on Thursday.\n\n"
    called = "Moscow called the boarding \"an act of piracy\"."
    assert ("ACCUSE", "RUS", "FIN") in _dyads(run_text, boarded + called)


def test_events_phrasings_one_side_named_for_all_its_people(run_text: Run) -> None:
    text = "HELSINKI — Finnish police detained the ship's Russian captain and first officer on Friday."
    assert _dyads(run_text, text) == {("COERCE", "FIN", "RUS")}


def test_events_phrasings_the_three_powers_are_the_three_named_before(run_text: Run) -> None:
    lead = "TEHRAN — Britain, France and Germany asked the UN to restore its sanctions on Iran on Thursday.\n\n"
    warned = "Iranian Foreign Minister Hossein Ranjbar warned the three European powers that Iran would respond."
    targets = {e.target.country for e in run_text(lead + warned, published="2026-03-04").events
               if e.type == "THREATEN" and e.target}
    assert targets == {"GBR", "FRA", "DEU"}


def test_events_phrasings_forces_in_an_official_s_words_are_the_official_s(run_text: Run) -> None:
    lead = "ATHENS — Greek ships entered disputed waters on Monday.\n\n"
    said = ("Turkish Defence Minister Kemal Aydin said the navy would respond \"without hesitation\" if Greek ships "
            "entered the area again.")
    assert ("THREATEN", "TUR", "GRC") in _dyads(run_text, lead + said)
    unsaid = "The navy would respond \"without hesitation\" if Greek ships entered the area again, analysts said."
    assert ("THREATEN", "TUR", "GRC") not in _dyads(run_text, lead + unsaid)


def test_events_phrasings_an_act_called_names_in_quotes_is_criticised(run_text: Run) -> None:
    lead = "OSLO — Denmark and Norway began a joint naval exercise off Svalbard on Monday.\n\n"
    named = "Kremlin spokesman Yuri Belyakov called the exercise \"a provocative militarisation of the Arctic\"."
    assert {("ACCUSE", "RUS", "DNK"), ("ACCUSE", "RUS", "NOR")} <= _dyads(run_text, lead + named)
    praised = "Swedish Foreign Minister Anna Berg called the exercise \"an important step\" for the region."
    assert not any(e.type == "ACCUSE" for e in run_text(lead + praised, published="2026-03-04").events)


def test_events_phrasings_a_region_s_leaders_are_its_bloc_where_the_story_names_it(run_text: Run) -> None:
    text = ("ABUJA — West African leaders on Sunday lifted the sanctions that the Economic Community of West African "
            "States (ECOWAS) imposed on Niger.")
    assert {source for _, source, _ in _dyads(run_text, text)} == {"ECOWAS"}
    alone = "ABUJA — West African leaders met in Abuja on Sunday and condemned the coup in Niger."
    assert "ECOWAS" not in {source for _, source, _ in _dyads(run_text, alone)}
