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
