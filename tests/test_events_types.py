"""The events stage on the types most easily confused: SUPPORT, CONCEDE, RETREAT, SANCTION, COERCE and CONSULT.
Each sense is checked in both readings, so a pattern that wins one cannot silently take the other ("backed the plan"
is support, "backed away from the deal" a retreat; "police detained the protesters" coerces, "the detained activists
were freed" is a release); ending an act is not the act ("halted its offensive" de-escalates)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document

Run = Callable[..., Document]
Expected = tuple[object, ...] | None  # type, CAMEO code and source country; None: no event


def _strongest(run_text: Run, text: str) -> Expected:
    """Type, CAMEO code and source country of the strongest event of a text, or None where there is none."""
    events = run_text(text, published="2026-03-04").events
    event = max(events, key=lambda e: abs(e.intensity), default=None)
    return None if event is None else (event.type, event.cameo, event.source.country)


def _check(run_text: Run, text: str, expected: Expected) -> None:
    assert _strongest(run_text, text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Georgia detained the protesters.", ("COERCE", "173", "GEO")),
        ("The detained activists were freed by Egyptian authorities.", ("RETREAT", "0841", "EGY")),
        ("Iran held two French citizens for three years.", ("COERCE", "173", "IRN")),
        ("Iran held talks with France.", ("CONSULT", "040", "IRN")),
        ("Gunmen in Nigeria took three Italian engineers hostage.", ("ASSAULT", "181", "NGA")),
    ],
)
def test_events_types_detaining_and_holding_people_coerce(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany backed the plan.", ("SUPPORT", "051", "DEU")),
        ("Serbia backed away from the deal with Kosovo.", ("RETREAT", "087", "SRB")),
        ("China reaffirmed its support for Serbia.", ("SUPPORT", "051", "CHN")),
        ("Egypt voted in favour of the UN resolution on Gaza.", ("SUPPORT", "051", "EGY")),
        ("The Arab League endorsed Egypt's plan for Gaza.", ("SUPPORT", "051", "ARL")),
        ("France agreed with Germany's assessment of the crisis.", ("SUPPORT", "051", "FRA")),
        ("France agreed to hold talks with Germany.", ("AGREE", "036", "FRA")),
        ("Serbia agreed to the European Union's demands on media freedom.", ("CONCEDE", "080", "SRB")),
    ],
)
def test_events_types_support_is_not_agreement(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia welcomed the Ukrainian delegation to Jeddah.", ("CONSULT", "043", "SAU")),
        ("Japan welcomed Vietnam's reforms.", ("SUPPORT", "051", "JPN")),
        ("Morocco welcomed a record 14 million visitors last year.", None),
        ("Gunmen killed two tourists in Egypt.", ("ASSAULT", "1823", "EGY")),
    ],
)
def test_events_types_welcoming_a_visitor_is_hosting(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia halted its offensive in Donetsk.", ("RETREAT", "087", "RUS")),
        ("Russia launched an offensive in Donetsk.", ("ASSAULT", "190", "RUS")),
        ("Russia stopped attacking Ukrainian ports.", ("RETREAT", "087", "RUS")),
        ("Russia kept attacking Ukrainian ports.", ("ASSAULT", "190", "RUS")),
        ("Israel suspended its strikes on Lebanon.", ("RETREAT", "087", "ISR")),
        ("Israel resumed its strikes on Lebanon.", ("ASSAULT", "190", "ISR")),
        ("The Syrian army lifted the siege of Deraa.", ("RETREAT", "0872", "SYR")),
        ("The United States stopped funding the Palestinian Authority.", ("SANCTION", "162", "USA")),
        ("The United States funded the Palestinian Authority.", ("AID", "070", "USA")),
        ("Turkey ended its opposition to Sweden's membership of NATO.", ("CONCEDE", "080", "TUR")),
        ("Police in Belarus stopped the march in Minsk.", None),
    ],
)
def test_events_types_ending_an_act_is_not_the_act(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The French president ended his visit to China on Friday.", ("CONSULT", "042", "FRA")),
        ("The French and German foreign ministers ended their talks in Geneva.", ("CONSULT", "040", "FRA")),
        ("Germany backed the plan to end the fighting in Sudan.", ("SUPPORT", "051", "DEU")),
    ],
)
def test_events_types_concluding_a_visit_or_planning_an_end_makes_no_conflict(
    run_text: Run, text: str, expected: Expected
) -> None:
    events = run_text(text, published="2026-03-04").events
    assert all(e.quad <= 2 for e in events), text
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia withdrew its troops from Kherson.", ("RETREAT", "0874", "RUS")),
        ("The UN withdrew its monitors from the Golan Heights.", ("SANCTION", "166", "UN")),
        ("The Georgian government withdrew the bill.", ("CONCEDE", "0832", "GEO")),
        ("The United States withdrew its ambassador from Niger.", ("SANCTION", "161", "USA")),
        ("Germany expelled two Russian diplomats.", ("SANCTION", "166", "DEU")),
        ("Russia expelled a German correspondent.", ("COERCE", "174", "RUS")),
    ],
)
def test_events_types_what_is_withdrawn_or_expelled_decides(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela released six American prisoners.", ("RETREAT", "0841", "VEN")),
        ("The EU released 20 million euros in aid for Sudan.", ("AID", "070", "EU")),
        ("China handed over medical supplies to Cambodia.", ("AID", "070", "CHN")),
        ("Russia handed over the bodies of Ukrainian soldiers to Kyiv.", ("RETREAT", "084", "RUS")),
        ("The EU lifted sanctions on Syria.", ("RETREAT", "085", "EU")),
        ("Washington lifted its tariffs on Canadian steel.", ("RETREAT", "085", "USA")),
        ("Zambia lifted its ban on opposition rallies.", ("CONCEDE", "081", "ZMB")),
        ("The Kazakh president granted an amnesty to jailed protesters.", ("CONCEDE", "081", "KAZ")),
        ("Jordan's king dismissed the cabinet after protests.", ("CONCEDE", "0831", "JOR")),
        ("Sudan's army declared a cessation of hostilities in Darfur.", ("RETREAT", "0871", "SDN")),
    ],
)
def test_events_types_release_and_easing_split_retreat_concede_and_aid(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada boycotted the summit in Moscow.", ("SANCTION", "163", "CAN")),
        ("The opposition in Benin boycotted the parliamentary vote.", ("PROTEST", "1431", "BEN")),
        ("The United States raised tariffs on Chinese steel.", ("SANCTION", "163", "USA")),
        ("Egypt raised electricity tariffs in July.", None),
        ("Dockworkers in France resumed their strike over pensions.", ("PROTEST", "143", "FRA")),
        ("French rail workers suspended their strike.", ("CONCEDE", "082", "FRA")),
        ("Myanmar's army torched villages in Sagaing.", ("ASSAULT", "1712", "MMR")),
        ("Militants in Syria used civilians as human shields.", ("ASSAULT", "184", "SYR")),
        ("The military government in Niger dissolved all political parties.", ("COERCE", "1722", "NER")),
    ],
)
def test_events_types_sanctions_protests_and_force_by_their_object(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


def test_events_types_signing_a_decree_is_what_the_decree_does(run_text: Run) -> None:
    ban = _strongest(run_text, "Hungary signed a decree banning imports of Ukrainian grain.")
    assert ban is not None and ban[:2] == ("SANCTION", "163")
    assert _strongest(run_text, "Hungary signed a trade agreement with Serbia.") == ("AGREE", "057", "HUN")
    assert _strongest(run_text, "The Peruvian president signed the bill into law on Friday.") is None


def test_events_types_a_fronted_phrase_is_no_object(run_text: Run) -> None:
    assert _strongest(run_text, "In response, Israeli forces attacked positions in Gaza.") == ("ASSAULT", "190", "ISR")
    assert _strongest(run_text, "Israel attacked the response of the UN agency.") == ("ACCUSE", "111", "ISR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain handed over two suspected smugglers to Morocco.", ("COOPERATE", "063", "ESP")),
        ("Militias in Libya handed over their weapons to the army.", ("RETREAT", "0873", "LBY")),
        ("Norway handed over three tanks to Ukraine.", ("AID", "072", "NOR")),
        ("Israeli forces blocked aid convoys bound for Gaza.", ("COERCE", "191", "ISR")),
        ("Farmers in Poland blocked the main road to Warsaw.", ("PROTEST", "144", "POL")),
        ("Hungary blocked the EU aid package for Ukraine.", ("REJECT", "129", "HUN")),
    ],
)
def test_events_types_what_is_handed_over_or_blocked_decides(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


def _aimed(run_text: Run, text: str) -> Expected:
    """Type, CAMEO code, source and target country of the strongest event of a text, or None."""
    events = run_text(text, published="2026-03-04").events
    event = max(events, key=lambda e: abs(e.intensity), default=None)
    if event is None:
        return None
    return event.type, event.cameo, event.source.country, event.target.country if event.target else None


def _check_aimed(run_text: Run, text: str, expected: Expected) -> None:
    assert _aimed(run_text, text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Jordanian king received the German chancellor in Amman on Sunday.", ("CONSULT", "043", "JOR", "DEU")),
        ("The Kenyan president received the visiting Ghanaian foreign minister at State House.",
         ("CONSULT", "043", "KEN", "GHA")),
        ("The Turkish president received a phone call from the Egyptian president.",  # the caller calls
         ("CONSULT", "041", "EGY", "TUR")),
        ("The Qatari envoy shuttled between Kigali and Kinshasa for two weeks.", ("CONSULT", "045", "QAT", "RWA")),
        ("The Nigerian foreign minister received an award for his work in Lagos.", None),
    ],
)
def test_events_types_receiving_a_guest_is_hosting_and_an_award_is_nothing(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # condolences are a statement, as annotated news codes them, not an act of support
        ("The Japanese prime minister sent condolences to Morocco after the earthquake.", None),
        ("Canada expressed its condolences to Mexico after the floods.", None),
        ("The Kenyan president lauded Somalia's decision to hold direct elections.",
         ("SUPPORT", "051", "KEN", "SOM")),
        ("Germany commended Armenia for its handling of the border talks.", ("SUPPORT", "051", "DEU", "ARM")),
        ("The African Union hailed Senegal's decision to release political prisoners.",
         ("SUPPORT", "051", "AU", "SEN")),
        ("A French diplomat hailed a taxi outside the embassy in Rome.", None),
        ("Hungary sprang to the defence of Slovakia's prime minister.", ("SUPPORT", "052", "HUN", "SVK")),
        ("Italy rushed to the defence of Albania's government after the EU report.",
         ("SUPPORT", "052", "ITA", "ALB")),
        ("Norway announced its formal recognition of the Palestinian state.", ("SUPPORT", "054", "NOR", "PSE")),
        ("Argentina recognised the new government of Bolivia.", ("SUPPORT", "054", "ARG", "BOL")),
    ],
)
def test_events_types_condolences_praise_defence_and_recognition_support(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan apologised to South Korea for the minister's remarks.", ("SUPPORT", "055", "JPN", "KOR")),
        ("The Dutch government apologised to Indonesia for its colonial violence.",
         ("SUPPORT", "055", "NLD", "IDN")),
    ],
)
def test_events_types_an_apology_is_support(run_text: Run, text: str, expected: Expected) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan government reversed its decision to raise the fuel levy.", ("CONCEDE", "0832", "KEN")),
        ("The Nigerian senate scrapped the housing allowances of lawmakers after the protests.",
         ("CONCEDE", "0832", "NGA")),
        ("The Peruvian president accepted the resignation of his prime minister.", ("CONCEDE", "0831", "PER")),
        ("The Serbian government gave in to the demands of striking teachers.", ("CONCEDE", "080", "SRB")),
        ("Georgia backed down after two weeks of street protests.", ("CONCEDE", "080", "GEO")),
        ("The Turkish foreign minister retracted his remarks about Greece.", ("CONCEDE", "080", "TUR")),
    ],
)
def test_events_types_reversals_resignations_and_climbdowns_concede(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi and Syrian forces launched a joint operation against Islamic State near the border.",
         ("COOPERATE", "060", "IRQ")),
        ("Ethiopia and Somalia launched a joint offensive against al-Shabaab.", ("COOPERATE", "062", "ETH")),
        ("Russia launched an offensive against Ukraine in the north.", ("ASSAULT", "190", "RUS")),
        ("Thailand and Malaysia began a joint patrol along their border.", ("COOPERATE", "062", "THA")),
        ("Kenya and Uganda opened a joint centre for border security.", ("COOPERATE", "060", "KEN")),
    ],
)
def test_events_types_a_joint_operation_of_allies_is_cooperation(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey handed over a suspected hacker to the United States.", ("COOPERATE", "063", "TUR", "USA")),
        ("Colombia handed over a convicted drug lord to Mexico.", ("COOPERATE", "063", "COL", "MEX")),
        ("Spain surrendered the fugitive businessman to Argentina.", ("COOPERATE", "063", "ESP", "ARG")),
        ("Peru handed over the former president to Chile.", ("COOPERATE", "063", "PER", "CHL")),
        ("Azerbaijan handed over the captured Armenian soldiers to Yerevan.", ("RETREAT", "0841", "AZE", "ARM")),
    ],
)
def test_events_types_a_wanted_person_handed_over_is_judicial_cooperation(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former Afghan president was given refuge by Uzbekistan.", ("AID", "075", "UZB", "AFG")),
        ("The exiled Syrian leader was given asylum by Russia.", ("AID", "075", "RUS", "SYR")),
        ("Brazil granted asylum to the former Peruvian prime minister.", ("AID", "075", "BRA", "PER")),
        ("The IMF approved a $700 million loan tranche for Ukraine.", ("AID", "071", "IMF", "UKR")),
        ("A $1.1 billion loan tranche from the IMF reached Pakistan on Monday.", ("AID", "071", "IMF", None)),
        ("The new ambulances were donated by Japan.", ("AID", "070", "JPN", None)),
        ("Tents and medical supplies were flown in by the United Arab Emirates.", ("AID", "073", "ARE", None)),
        ("French troops took over security at the airport at the request of the Chadian government.",
         ("AID", "074", "FRA", "TCD")),
    ],
)
def test_events_types_refuge_loans_and_relief_are_aid(run_text: Run, text: str, expected: Expected) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgium completed the restitution of looted artefacts to Congo.", ("RETREAT", "0842", "BEL")),
        ("The United States eased restrictions on remittances to Cuba.", ("RETREAT", "085", "USA")),
        ("Israel eased restrictions on movement in the West Bank.", ("CONCEDE", "081", "ISR")),
        ("Sudan let the UN human rights office reopen in Khartoum.", ("RETREAT", "086", "SDN")),
        ("Iran let IAEA inspectors return to the Fordow site.", ("RETREAT", "086", "IRN")),
        ("China lifted its ban on Japanese seafood imports.", ("RETREAT", "085", "CHN")),
        ("Bangladesh lifted its ban on the Jamaat-e-Islami party.", ("CONCEDE", "0812", "BGD")),
        ("Pakistan lifted its ban on protests in Islamabad.", ("CONCEDE", "081", "PAK")),
    ],
)
def test_events_types_what_a_lifted_ban_was_on_decides_retreat_or_concede(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil voiced its insistence that Venezuela hold free elections.", ("REQUEST", "100", "BRA")),
        ("Germany asked Poland to reopen the border crossing.", ("REQUEST", "025", "DEU")),
        ("Egypt sent a letter of protest to Ethiopia over the dam.", ("ACCUSE", "114", "EGY")),
        ("Poland summoned the Russian ambassador to protest against the drone incursion.",
         ("ACCUSE", "114", "POL")),
    ],
)
def test_events_types_insistence_is_a_demand_and_a_letter_of_protest_an_accusation(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel brushed aside the French proposal for a ceasefire.", ("REJECT", "120", "ISR", "FRA")),
        ("Moscow shrugged off the new EU sanctions.", ("REJECT", "120", "RUS", "EU")),
        ("Hungary said no to the EU plan for Ukraine.", ("REJECT", "120", "HUN", "EU")),
        ("Washington poured cold water on the Chinese peace plan.", ("REJECT", "120", "USA", "CHN")),
        ("The Turkish foreign minister declined to retract his remarks about Greece.",
         ("REJECT", "124", "TUR", "GRC")),
    ],
)
def test_events_types_brushing_aside_and_declining_to_retract_reject(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China raised the prospect of taking Taiwan by force.", ("THREATEN", "1382", "CHN", "TWN")),
        ("The EU raised the prospect of new sanctions on Iran.", ("THREATEN", "1312", "EU", "IRN")),
        ("Turkey raised the prospect of talks with Syria.", None),
        ("Israel gave Hamas 48 hours to release the hostages.", ("THREATEN", "139", "ISR", "PSE")),
        ("The Malian junta gave French troops three days to leave the country.", ("THREATEN", "139", "MLI", "FRA")),
    ],
)
def test_events_types_the_prospect_of_force_and_an_ultimatum_threaten(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dock workers in Rotterdam downed tools over pay.", ("PROTEST", "143", "NLD")),
        ("Teachers in Kenya staged a walkout over unpaid salaries.", ("PROTEST", "143", "KEN")),
        ("Pensioners in Athens occupied the steps of the parliament.", ("PROTEST", "144", "GRC")),
        ("Russian troops occupied the town of Kupiansk.", ("COERCE", "192", "RUS")),
        ("The opposition leader occupied the top position in the polls.", None),
        ("Protesters hurled eggs at the French embassy in Niamey.", ("PROTEST", "140", "NER")),
        ("Demonstrators hurled stones at the Israeli embassy in Amman.", ("PROTEST", "145", "JOR")),
        ("The main opposition party stayed away from the presidential election in Tanzania.",
         ("PROTEST", "1431", "TZA")),
    ],
)
def test_events_types_walkouts_occupied_steps_and_boycotted_polls_protest(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia extended the closure of its airspace to Polish airlines.", ("SANCTION", "163", "RUS", "POL")),
        ("The African Union suspended Niger from the organisation.", ("SANCTION", "160", "AU", "NER")),
        ("Algeria announced the withdrawal of its ambassador from France.", ("SANCTION", "161", "DZA", "FRA")),
        ("Police in Lagos suspended the officer from duty.", None),
    ],
)
def test_events_types_a_suspended_member_and_a_recalled_envoy_are_sanctions(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taiwan scrambled fighter jets on Tuesday to track Chinese aircraft.", ("MOBILIZE", "154", "TWN")),
        ("The chef scrambled eggs for the visiting delegation in Paris.", None),
        ("Russia moved air defence batteries to the border with Finland.", ("MOBILIZE", "154", "RUS")),
        ("Serbia put its army on high alert.", ("MOBILIZE", "154", "SRB")),
        ("Police in Nairobi set up checkpoints across the city.", ("MOBILIZE", "153", "KEN")),
        ("North Korea held live-fire drills near the border with South Korea.", ("MOBILIZE", "150", "PRK")),
        ("South Korea and the United States held joint live-fire drills near the border.",
         ("COOPERATE", "062", "KOR")),
    ],
)
def test_events_types_a_show_of_force_mobilizes_and_joint_drills_cooperate(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Tbilisi hauled dozens of students off to jail.", ("COERCE", "173", "GEO")),
        ("Al-Shabaab militants kept two Kenyan teachers captive for months.", ("COERCE", "173", "SOM")),
        ("Houthi rebels held the crew of the cargo ship hostage.", ("COERCE", "173", "YEM")),
        ("Houthi rebels blew up a bridge on the road to Hodeidah.", ("ASSAULT", "183", "YEM")),
        ("Children blew up balloons at the festival in Rome.", None),
        ("Serbian police beat journalists covering the protest in Belgrade.", ("ASSAULT", "182", "SRB")),
        ("Brazil beat Argentina 2-0 in Buenos Aires.", None),
        ("Morocco beat the Spanish team in the final.", None),
    ],
)
def test_events_types_captives_and_bombs_but_no_balloons_or_scores(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Omani sultan played host to the Iranian foreign minister in Muscat.", ("CONSULT", "043", "OMN", "IRN")),
        ("The French president reached out to the Algerian president in a phone call on Monday.",
         ("CONSULT", "041", "FRA", "DZA")),
        ("The French president reached out to the Algerian president on Monday.", ("CONSULT", "040", "FRA", "DZA")),
        ("Brazil threw its weight behind Colombia's bid to host the summit.", ("SUPPORT", "051", "BRA", "COL")),
        ("Kenya backed the Ghanaian candidate for the AU commission.", ("SUPPORT", "051", "KEN", "GHA")),
        ("Serbia and Kosovo buried the hatchet.", ("AGREE", "037", "SRB", "XKX")),
        ("The two fashion houses buried the hatchet.", None),
    ],
)
def test_events_types_hosting_reaching_out_and_backing(run_text: Run, text: str, expected: Expected) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland stood shoulder to shoulder with Lithuania.", ("SUPPORT", "052", "POL")),
        ("Germany stood by Moldova during the crisis.", ("SUPPORT", "052", "DEU")),
        ("Turkey dropped its requirement on Swedish visas.", ("CONCEDE", "080", "TUR")),
        ("Serbia gave ground on its demands over Kosovo.", ("CONCEDE", "080", "SRB")),
        ("Iran switched internet access back on in Tehran.", ("CONCEDE", "081", "IRN")),
        ("Iran switched off access to Instagram.", ("COERCE", "1721", "IRN")),
        ("Pakistan restored access to X in Islamabad.", ("CONCEDE", "081", "PAK")),
        ("The Peruvian prime minister threw in the towel after weeks of protests.", ("CONCEDE", "0831", "PER")),
        ("Bangladesh announced the reversal of its ban on the opposition party.", ("CONCEDE", "081", "BGD")),
    ],
)
def test_events_types_ground_given_and_access_restored_concede(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spanish and Moroccan police carried out a joint sting in Ceuta.", ("COOPERATE", "060", "ESP", "MAR")),
        ("Danish and German minehunters swept the Baltic waters together.", ("COOPERATE", "060", "DNK", "DEU")),
        ("Jordan passed the location of the cell to Iraq.", ("COOPERATE", "064", "JOR", "IRQ")),
        ("Estonia shared intelligence files with Finland.", ("COOPERATE", "064", "EST", "FIN")),
        ("Greek and Italian coastguards carried out a joint patrol of the Ionian Sea.",
         ("COOPERATE", "062", "GRC", "ITA")),
        ("China announced the cancellation of Zambia's debt.", ("AID", "071", "CHN", "ZMB")),
        ("Lebanon appealed to the Gulf states for money.", ("REQUEST", "023", "LBN", "PGS")),
        ("Lebanon appealed to France.", ("REQUEST", "020", "LBN", "FRA")),
        ("Mali asked Russia to take over security in Timbuktu.", ("REQUEST", "023", "MLI", "RUS")),
        ("The formal demand by Japan that China release the fishermen came on Monday.",
         ("REQUEST", "105", "JPN", "CHN")),
    ],
)
def test_events_types_joint_stings_shared_files_and_appeals_for_money(
    run_text: Run, text: str, expected: Expected
) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine brought a complaint against Russia before the International Court of Justice.",
         ("ACCUSE", "114", "UKR", "RUS")),
        ("Hungary gave the cold shoulder to the Ukrainian president.", ("REJECT", "120", "HUN", "UKR")),
        ("North Korea spurned the invitation from South Korea.", ("REJECT", "120", "PRK", "KOR")),
        ("Mali pulled out of the regional organisation.", ("SANCTION", "164", "MLI", None)),
        ("Russian forces pulled out of Kherson.", ("RETREAT", "0874", "RUS", None)),
        ("Niger showed the door to the French ambassador.", ("SANCTION", "166", "NER", "FRA")),
        ("Russia suspended visa-free travel with Georgia.", ("SANCTION", "160", "RUS", "GEO")),
        ("Ukraine halted the transit of Russian gas.", ("SANCTION", "163", "UKR", "RUS")),
        ("Armenia rushed armoured units to the border with Azerbaijan.", ("MOBILIZE", "154", "ARM", "AZE")),
    ],
)
def test_events_types_complaints_cold_shoulders_and_bodies_left(run_text: Run, text: str, expected: Expected) -> None:
    _check_aimed(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta in Niger vowed to crush the rebels if they attacked Niamey.", ("THREATEN", "138", "NER")),
        ("Thousands poured into the main square of Tbilisi to oppose the law.", ("PROTEST", "140", None)),
        ("Nurses in Nigeria walked off the job over pay.", ("PROTEST", "143", "NGA")),
        ("Jailed activists in Egypt refused food for a week.", ("PROTEST", "142", "EGY")),
        ("Opposition lawmakers in Serbia walked out of parliament in protest.", ("PROTEST", "143", "SRB")),
        ("Protesters in Nairobi stormed the parliament.", ("PROTEST", "145", "KEN")),
        ("Israeli special forces stormed the building in Jenin.", ("ASSAULT", "190", "ISR")),
        ("Dockers in Belgium threatened a stoppage over pensions.", ("THREATEN", "133", "BEL")),
        ("Senegal pulled out of the talks.", ("SANCTION", "164", "SEN")),
        ("Moldova put the talks with Transnistria on ice.", ("SANCTION", "164", "MDA")),
        ("Armenia placed its army on full combat readiness.", ("MOBILIZE", "152", "ARM")),
        ("The Serbian government lined the avenue with riot squads.", ("MOBILIZE", "153", "SRB")),
        ("China moved fighters toward the Taiwan Strait.", ("MOBILIZE", "154", "CHN")),
        ("Russia announced the call-up of reservists.", ("MOBILIZE", "154", "RUS")),
        ("Sudan's army summoned all reservists to report to their units.", ("MOBILIZE", "154", "SDN")),
        ("Caracas placed its national militia on a war footing on Friday.", ("MOBILIZE", "152", "VEN")),
        ("Somali traders shuttered their shops in protest at new taxes.", ("PROTEST", "140", "SOM")),
        ("The court summoned the witnesses to appear on Monday.", None),
        ("Eight Libyan militia commanders were placed under sanctions by the US Treasury.",
         ("SANCTION", "163", "USA")),
        ("Budapest vouched for Serbia's readiness to open new chapters.", ("SUPPORT", "051", "HUN")),
        ("ECOWAS and the Alliance of Sahel States settled on rules for the movement of goods.",
         ("AGREE", "031", "ECOWAS")),
        ("Kosovo's interior ministry pinned the explosion on Serbian security services.", ("ACCUSE", "112", "XKX")),
        ("Algeria's interior ministry restored the licence of an opposition party.", ("CONCEDE", "0812", "DZA")),
        ("Ukraine's security service pooled evidence with Polish prosecutors.", ("COOPERATE", "062", "UKR")),
        ("The lawyers settled on Monday.", None),
        ("Sudan froze its membership in IGAD in January 2024.", ("SANCTION", "164", "SDN")),
        ("The club suspended his membership after the match.", None),
        ("The president announced a cabinet shake-up.", None),
        ("Japan dispatched a surveillance plane to shadow the Chinese carrier.", ("MOBILIZE", "154", "JPN")),
        ("Tunisia put 200 migrants on deportation flights.", ("COERCE", "174", "TUN")),
        ("Police in Uganda put the opposition leader behind bars.", ("COERCE", "173", "UGA")),
        ("Armed groups occupied the town of Djibo in Burkina Faso.", ("COERCE", "192", None)),
        ("Thousands took to the streets of Nairobi for the marathon.", None),
        ("The Fiji sevens team struck twice in the second half.", None),
        ("Russian drones struck twice in Kharkiv.", ("ASSAULT", "190", "RUS")),
    ],
)
def test_events_types_vows_of_force_walkouts_and_troops_rushed(run_text: Run, text: str, expected: Expected) -> None:
    _check(run_text, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabat pledged its solidarity with Nouakchott on Friday.", ("SUPPORT", "051", "MAR")),
        ("Rabat pledged to reopen its border with Nouakchott on Friday.", ("AGREE", "035", "MAR")),
        ("The Greek navy and its Cypriot counterpart pooled their minehunters for a sweep of the port.",
         ("COOPERATE", "060", "GRC")),
        ("Tashkent dispatched 3,000 tonnes of wheat to Afghanistan after the floods.", ("AID", "073", "UZB")),
        ("Peru sent a diplomatic note to Bolivia protesting the detention of its truckers.", ("ACCUSE", "114", "PER")),
        ("Peru sent food and blankets to Bolivia after the floods.", ("AID", "073", "PER")),
        ("Mali ended its defence agreement with France in 2022.", ("SANCTION", "160", "MLI")),
        ("Mali signed a defence agreement with Russia in 2023.", ("AGREE", "057", "MLI")),
        ("Nigerian fighter jets strafed militant camps in the Sambisa forest.", ("ASSAULT", "194", "NGA")),
        ("Dock workers in Mombasa downed tools on Monday.", ("PROTEST", "143", "KEN")),
        ("Dock workers in Mombasa unloaded tools on Monday.", None),
    ],
)
def test_events_types_solidarity_pooled_ships_notes_sent_and_pacts_ended(run_text: Run, text: str,
                                                                          expected: Expected) -> None:
    _check(run_text, text, expected)


def test_events_a_note_carries_the_demand_it_makes(run_text: Run) -> None:
    doc = run_text("Chile's foreign ministry sent Lima a protest note demanding an explanation for the "
                   "arrests.",
                   published="2026-03-04")
    assert sorted(e.type for e in doc.events) == ["ACCUSE", "REQUEST"]
    assert all(e.source.country == "CHL" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda reached an understanding on the railway on Friday.", ("AGREE", "031", "KEN")),
        ("Kenya's finance minister reached a better understanding of the problem.", None),
        ("Hanoi and Beijing convened a fresh round of their border consultations on Tuesday.",
         ("CONSULT", "040", "VNM")),
        ("The central bank held a round of bond auctions on Tuesday.", None),
    ],
)
def test_events_types_understandings_reached_and_rounds_convened(run_text: Run, text: str,
                                                                 expected: Expected) -> None:
    _check(run_text, text, expected)


def test_events_a_town_several_countries_have_is_the_one_of_the_story_s_country(run_text: Run) -> None:
    doc = run_text("Police detained 40 protesters in Santa Ana on Monday, Salvadoran officials said.",
                   published="2026-03-04")
    assert doc.events[0].location is not None and doc.events[0].location.country == "SLV"
    doc = run_text("Police detained 40 protesters in Santa Ana on Monday, California officials said.",
                   published="2026-03-04")
    assert doc.events[0].location is not None and doc.events[0].location.country == "USA"


def test_events_joint_acts_against_a_foe_are_with_each_other(run_text: Run) -> None:
    doc = run_text("Niger and Benin launched joint operations against jihadist fighters near the border.",
                   published="2026-03-04")
    assert sorted((e.type, e.source.country, e.target.country if e.target else None) for e in doc.events) == [
        ("COOPERATE", "BEN", "NER"), ("COOPERATE", "NER", "BEN")]
    doc = run_text("Malaysia and Thailand stepped up coordinated naval patrols in the Strait of Malacca.",
                   published="2026-03-04")
    assert {e.type for e in doc.events} == {"COOPERATE"}
    doc = run_text("Russia stepped up naval patrols near the border with Finland.", published="2026-03-04")
    assert {e.type for e in doc.events} == {"MOBILIZE"}


@pytest.mark.parametrize(("text", "target"), [
    ("The Kenyan government rejected calls from the opposition to scrap the tax.", "KEN"),
    ("Ethiopia rejected Egypt's call for binding rules on the dam.", "EGY"),
    ("Germany backed calls from Poland for new sanctions.", "POL"),
])
def test_events_a_call_turned_down_or_backed_is_aimed_at_its_author(run_text: Run, text: str, target: str) -> None:
    assert run_text(text, published="2026-03-04").events[0].target.country == target


def test_events_a_ship_named_with_its_description_is_of_the_country_that_describes_it(run_text: Run) -> None:
    doc = run_text("Estonian police seized the Kiwala, a tanker of Russia's shadow fleet, on Monday.",
                   published="2026-03-04")
    assert [(e.type, e.target.country) for e in doc.events] == [("COERCE", "RUS")]


@pytest.mark.parametrize(("text", "target"), [
    ("Kenya condemned a Somali air strike on Ethiopian troops near the border.", "SOM"),
    ("Jordan condemned what it called an Israeli raid on Syrian villages.", "ISR"),
    ("Lebanon's president accused the United States of writing Israel's demands.", "USA"),
])
def test_events_an_act_condemned_is_aimed_at_the_doer_it_names(run_text: Run, text: str, target: str) -> None:
    event = run_text(text, published="2026-03-04").events[0]
    assert (event.type, event.target.country if event.target else None) == ("ACCUSE", target)


def test_events_an_act_only_scheduled_has_not_happened(run_text: Run) -> None:
    event = run_text("Peru's foreign minister is due to visit Quito next week.", published="2026-03-04").events[0]
    assert (event.type, event.modality) == ("CONSULT", "hypothetical")
    event = run_text("Peru's foreign minister visited Quito last week.", published="2026-03-04").events[0]
    assert (event.type, event.modality) == ("CONSULT", "asserted")


def test_events_talks_that_end_without_agreement_are_talks_and_no_agreement(run_text: Run) -> None:
    doc = run_text("Talks between Sudan and South Sudan ended without agreement on oil fees.", published="2026-03-04")
    coded = {(e.type, e.source.country) for e in doc.events if not e.negated}
    assert coded == {("CONSULT", "SDN"), ("CONSULT", "SSD")}
    assert all(e.negated for e in doc.events if e.type == "AGREE")


def test_events_the_two_neighbours_who_signed_a_declaration_signed_it_with_each_other(run_text: Run) -> None:
    doc = run_text("Croatia and Serbia traded accusations on Monday, and NATO's secretary-general urged calm in a "
                   "statement. The two neighbours signed that declaration in 2021.", published="2026-03-04")
    signed = [(e.source.country, e.target.country if e.target else None) for e in doc.events
              if e.type == "AGREE"]
    assert sorted(signed) == [("HRV", "SRB"), ("SRB", "HRV")]


def test_events_forces_killed_in_the_passive_are_no_doers(run_text: Run) -> None:
    assert run_text("Four Malian soldiers were killed on Sunday.", published="2026-03-04").events == []
    event = run_text("Japan's Self-Defense Forces were put on high alert.", published="2026-03-04").events[0]
    assert (event.type, event.source.country) == ("MOBILIZE", "JPN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry gave the Nigerien ambassador 48 hours to leave the country.", ("SANCTION", "166", None)),
        ("Israel gave Hamas 48 hours to release the hostages.", ("THREATEN", "139", "ISR")),
        ("Algeria reiterated its backing for the Polisario Front.", ("SUPPORT", "051", "DZA")),
        ("Jordan sent 40 lorries of flour and blankets into southern Syria on Friday.", ("AID", "070", "JOR")),
        ("The WFP started handing out food to 30,000 people in Chad.", ("AID", "070", "UN")),
        ("Courts handed out long sentences to the protesters.", None),
        ("Bhutan reopened the Samdrup Jongkhar gate to Indian visitors on Friday.", ("RETREAT", "086", "BTN")),
        ("Hungary's forint rallied to a two-year high against the euro on Wednesday.", None),
        ("Portuguese utility EDP beat a rival bid from an Italian fund.", None),
    ],
)
def test_events_types_expulsions_by_deadline_backing_reiterated_aid_handed_out(run_text: Run, text: str,
                                                                               expected: Expected) -> None:
    _check(run_text, text, expected)


def test_events_victims_of_a_passive_the_verb_before_gives_are_no_doers(run_text: Run) -> None:
    doc = run_text("Lebanon's Health Ministry said two passers-by were killed and five people wounded.",
                   published="2026-03-04")
    assert doc.events == []
    doc = run_text("Two soldiers were killed and rebels seized the town, the army said.", published="2026-03-04")
    assert [e.source.name for e in doc.events] == ["rebels"]


def test_events_an_expulsion_called_unfriendly_and_a_response_in_kind(run_text: Run) -> None:
    doc = run_text('Minsk called the expulsion "an unfriendly and groundless step" and promised a response in kind.',
                   published="2026-03-04")
    assert sorted(e.type for e in doc.events) == ["ACCUSE", "THREATEN"]
    assert run_text('Seoul called the summit "a historic step".', published="2026-03-04").events == []
    event = run_text("Beijing vowed to respond in kind.", published="2026-03-04").events[0]
    assert (event.type, event.source.country) == ("THREATEN", "CHN")


def test_events_a_charge_joined_to_a_report_in_the_past_perfect_is_the_speaker_s(run_text: Run) -> None:
    doc = run_text("KINSHASA — Government spokesman Patrick Kalala said Rwandan special forces had fought alongside "
                   "the rebels, and accused Kigali of trampling on the peace agreement.", published="2026-03-04")
    accused = [(e.source.country, e.target.country if e.target else None) for e in doc.events if e.type == "ACCUSE"]
    assert accused == [("COD", "RWA")]
    doc = run_text("KINSHASA — The army said the rebels had attacked the base and killed three soldiers.",
                   published="2026-03-04")
    assert all(e.source.name == "rebels" for e in doc.events)


def test_events_it_pressed_to_act_is_the_state_named_before(run_text: Run) -> None:
    doc = run_text("Colombo imposed a moratorium on research ships in 2024, after New Delhi had pressed it to keep "
                   "Chinese survey vessels out of its ports.", published="2026-03-04")
    assert [(e.type, e.source.country, e.target.country if e.target else None) for e in doc.events
            if e.type == "REQUEST"] == [("REQUEST", "IND", "LKA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Laotian president was welcomed in Hanoi on Monday by Vietnam's prime minister for talks on a railway.",
         ("CONSULT", "043", "VNM")),
        ("Moldova sought emergency electricity imports from Romania on Monday.", ("REQUEST", "023", "MDA")),
        ("North Korea fired a ballistic missile that came down inside Japan's exclusive economic zone (EEZ) on "
         "Wednesday, its first launch in more than a year.", ("MOBILIZE", "152", "PRK")),
        ("In 2022, a North Korean missile flew over northern Japan.", ("MOBILIZE", "152", "PRK")),
        ("Hamas fired the rockets at Israel.", ("ASSAULT", "194", "PSE")),
    ],
)
def test_events_types_visitors_welcomed_imports_sought_and_missiles_shown(run_text: Run, text: str,
                                                                          expected: Expected) -> None:
    _check(run_text, text, expected)


def test_events_a_case_raised_with_another_is_a_consultation(run_text: Run) -> None:
    doc = run_text("NICOSIA — The head of the UN mission, Ana Ruiz, raised the case with Turkish Cypriot leader Mehmet "
                   "Arik in Nicosia on Thursday.", published="2026-03-04")
    assert sorted((e.type, e.source.country) for e in doc.events) == [("CONSULT", "CYP"), ("CONSULT", "UN")]
    assert run_text("Greece raised the issue at the EU summit.", published="2026-03-04").events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greek government bowed to weeks of tractor blockades on Thursday.", ("CONCEDE", "080", "GRC")),
        ("Oman's government gave way on Sunday to jobless graduates.", ("CONCEDE", "080", "OMN")),
        ("The rain gave way to sunshine on Sunday.", None),
        ("Kenya shared drone footage with Somalia's army.", ("COOPERATE", "064", "KEN")),
    ],
)
def test_events_types_yielding_to_weeks_of_protest_and_footage_shared(run_text: Run, text: str,
                                                                      expected: Expected) -> None:
    _check(run_text, text, expected)


def _coded(run_text: Run, text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(e.type, e.cameo, e.source.country if e.source else None, e.target.country if e.target else None,
             e.modality) for e in run_text(text, published="2026-03-04").events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger, Mali and Burkina Faso left ECOWAS in January 2025.",
         [("SANCTION", "164", "NER", "ECOWAS", "asserted"), ("SANCTION", "164", "MLI", "ECOWAS", "asserted"),
          ("SANCTION", "164", "BFA", "ECOWAS", "asserted")]),
        ("Burkina Faso left ECOWAS with Mali and Niger in January 2025.",
         [("SANCTION", "164", "BFA", "ECOWAS", "asserted")]),
        ("Qatar quit OPEC in 2019.", [("SANCTION", "164", "QAT", "OPEC", "asserted")]),
        ("The minister left NATO headquarters on Monday.", []),
        ("Uzbekistan offered to host talks between Dushanbe and the Taliban.",
         [("AGREE", "036", "UZB", "TJK", "intended"), ("AGREE", "036", "UZB", "AFG", "intended")]),
        ("The bloc was preparing new sanctions on Belarusian officials, the EU said.",
         [("THREATEN", "1312", "EU", "BLR", "asserted")]),
        ("The ministry is preparing a visit to Beijing.", []),
        ("Under the accord, Hezbollah was to move its fighters north of the Litani.",
         [("MOBILIZE", "154", "LBN", None, "hypothetical")]),
        ("Hezbollah moved its fighters north of the Litani.", [("MOBILIZE", "154", "LBN", None, "asserted")]),
        ("Brazil lodged a complaint at the WTO over Chinese duties.", [("ACCUSE", "114", "BRA", "CHN", "asserted")]),
        ("The Philippines took China to an international arbitration tribunal in 2013.",
         [("ACCUSE", "115", "PHL", "CHN", "asserted")]),
        ("Tajikistan's president ordered two more battalions to the Afghan border on Tuesday.",
         [("MOBILIZE", "154", "TJK", "AFG", "asserted")]),
        ("Russia has banned more than 2,000 British citizens from entering the country since 2022.",
         [("SANCTION", "163", "RUS", "GBR", "asserted")]),
    ],
)
def test_events_bodies_left_talks_offered_sanctions_drawn_up_and_terms(run_text: Run, text: str,
                                                                        expected: list[tuple]) -> None:
    assert _coded(run_text, text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's navy began a three-day exercise off Bandar Anzali on Tuesday, which Azerbaijan's Defence Ministry "
         "called \"an unfriendly signal\".", ("ACCUSE", "111", "AZE", "IRN", "asserted")),
        ("Armenia accused Russia of meddling. Russian spokeswoman Irina Belyakova called the accusation \"absurd\".",
         ("REJECT", "120", "RUS", "ARM", "asserted")),
        ("Moscow called the sanctions \"illegal\".", ("ACCUSE", "111", "RUS", None, "asserted")),
        ("Guatemalan sailors blocked a Belize Defence Force patrol on the Sarstoon River.",
         ("COERCE", "191", "GTM", "BLZ", "asserted")),
        ("A Chinese coast guard ship drove away the Philippine vessel near the shoal.",
         ("COERCE", "191", "CHN", "PHL", "asserted")),
        ("An Israeli drone dropped a grenade near a patrol of UNIFIL peacekeepers.",
         ("ASSAULT", "195", "ISR", "UN", "asserted")),
        ("NATO said it would add ships to its Arctic mission to help protect undersea cables off Norway.",
         ("AGREE", "033", "NATO", "NOR", "intended")),
    ],
)
def test_events_acts_called_names_vessels_driven_off_and_help_promised(run_text: Run, text: str,
                                                                        expected: tuple) -> None:
    assert expected in _coded(run_text, text), text


def test_events_praise_named_in_a_clause_and_a_grenade_near_a_village(run_text: Run) -> None:
    assert _coded(run_text, "Russia held a parade on Monday, which Kyiv called \"a historic day\".") == []
    assert all(target != "UN" for *_, target, _ in _coded(
        run_text, "An Israeli drone dropped a grenade near the village of Kfar Kila."))


def test_events_a_region_s_neighbours_are_its_other_states(run_text: Run) -> None:
    coded = _coded(run_text, "Latvia and Lithuania shut their border crossings with Belarus. Estonia's Foreign "
                              "Ministry expressed solidarity with its Baltic neighbours.")
    assert sorted(t for kind, _, source, t, _ in coded if kind == "SUPPORT" and source == "EST") == ["LTU", "LVA"]


def test_events_a_coast_guard_s_force_at_sea_falls_on_the_other_side(run_text: Run) -> None:
    coded = _coded(run_text, "MANILA — Chinese coast guard vessels fired water cannon at two Philippine supply boats "
                              "near Second Thomas Shoal on Tuesday, injuring three crew members.")
    assert coded and {(source, target) for _, _, source, target, _ in coded} == {("CHN", "PHL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union pledged 250 million euros to help Moldova through the energy crisis.",
         [("AGREE", "033", "EU", "MDA", "intended")]),
        ("Hungary's foreign minister promised that Budapest would send crude and diesel to Serbia.",
         [("AGREE", "033", "HUN", "SRB", "intended")]),
        ("Analysts expected Russia to send troops.", [("MOBILIZE", "154", "RUS", None, "hypothetical")]),
        ("Moscow would resume supplies to Hungary and Slovakia, the Kremlin said.",
         [("AGREE", "031", "RUS", "HUN", "intended"), ("AGREE", "031", "RUS", "SVK", "intended")]),
        ("The China Coast Guard said the Philippine vessels had \"illegally intruded\" into waters near the shoal.",
         [("ACCUSE", "112", "CHN", "PHL", "asserted")]),
        ("Two Chinese coast guard ships intruded into Japanese territorial waters on Monday.",
         [("MOBILIZE", "150", "CHN", "JPN", "asserted")]),
        ("Russia said Kazakhstan had ignored the 2018 convention on the Caspian.",
         [("ACCUSE", "112", "RUS", "KAZ", "asserted")]),
    ],
)
def test_events_help_pledged_supplies_resumed_and_charges_of_illegal_acts(run_text: Run, text: str,
                                                                           expected: list[tuple]) -> None:
    assert _coded(run_text, text) == expected, text


def test_events_each_side_blaming_the_other_accuses_both_ways(run_text: Run) -> None:
    coded = _coded(run_text, "Thai and Cambodian troops clashed on the border on Monday. Each side blamed the other "
                              "for firing first.")
    assert {(s, t) for kind, _, s, t, _ in coded if kind == "ACCUSE"} == {("THA", "KHM"), ("KHM", "THA")}
    assert not any(kind == "ACCUSE" for kind, *_ in _coded(run_text, "Each country will send two observers."))


def _pairs(coded: list[tuple], kind: str) -> set[tuple[str | None, str | None]]:
    return {(source, target) for k, _, source, target, _ in coded if k == kind}


def test_events_a_truce_brokered_after_a_war_and_envoys_speaking_to_both_capitals(run_text: Run) -> None:
    coded = _coded(run_text, "Israel and Hezbollah fought a war in 2024 before agreeing in November that year to a "
                              "ceasefire brokered by the United States and France.")
    assert {("USA", "ISR"), ("USA", "LBN"), ("FRA", "ISR"), ("FRA", "LBN")} <= _pairs(coded, "CONSULT")
    coded = _coded(run_text, "India and Pakistan traded fire. A U.S. State Department spokesman said Deputy "
                              "Secretary of State Helen Marsh had spoken to senior officials in both capitals.")
    assert {("USA", "IND"), ("USA", "PAK")} <= _pairs(coded, "CONSULT")


@pytest.mark.parametrize("text", [
    "Myanmar and Bangladesh signed a repatriation deal in 2017. Chinese Vice Foreign Minister Liu Jianping hosted "
    "officials from the two countries in Kunming on Tuesday for talks on the refugees' return.",
    "Myanmar and Bangladesh signed a repatriation deal in 2017. China's foreign minister hosted the two countries' "
    "foreign ministers in Kunming on Tuesday.",
])
def test_events_a_host_of_the_two_countries_officials_meets_both(run_text: Run, text: str) -> None:
    assert {("CHN", "MMR"), ("CHN", "BGD")} <= _pairs(_coded(run_text, text), "CONSULT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. ambassador said the Japan-U.S. security treaty covers the islands.", []),
        ("Diplomats said the Doha deal was unlikely to halt the process.", []),
        ("The peace agreement still has to be signed by the two leaders.", [("AGREE", "057", None, None,
                                                                             "hypothetical")]),
        ("DAKAR — Senegal's agreement with the IMF on a new loan programme, reached after months of wrangling over "
         "hidden debt, still needs approval from the fund's board.", [("AGREE", "031", "SEN", "IMF", "asserted")]),
    ],
)
def test_events_a_standing_accord_and_one_still_to_be_signed_are_no_acts(run_text: Run, text: str,
                                                                          expected: list[tuple]) -> None:
    assert _coded(run_text, text) == expected, text
