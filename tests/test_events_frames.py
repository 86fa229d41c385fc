"""Events whose parties sit in the frame around the predicate: a name the parser hung on a fronted place ("On
Friday in Nairobi, Kenya and Uganda signed"), "their" for a coordinated subject, a complaint's body against whom it
is about, the host country of an embassy a protest stands outside, the place troops are kept, backing won from
another, ultimatums ("or face expulsion"), hazards warned of, and a lower-case "western" that names no West. Each
reading is checked against the other where there is one. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document

Run = Callable[..., Document]
Dyad = tuple[str, str | None, str | None]


def _dyads(run_text: Run, text: str) -> set[Dyad]:
    """Type, source and target country of every event of a text."""
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in run_text(text, published="2026-03-04").events}


def test_names_hung_on_a_fronted_place_are_the_subject(run_text: Run) -> None:
    found = _dyads(run_text, "On Friday in Nairobi, Kenya and Uganda signed a deal to build a railway link.")
    assert {("AGREE", "KEN", "UGA"), ("AGREE", "UGA", "KEN")} <= found


def test_their_stands_for_every_coordinated_subject(run_text: Run) -> None:
    found = _dyads(run_text, "On Friday, Bolivia, Nicaragua and Venezuela completed their withdrawal from the "
                             "Organization of American States.")
    assert {s for t, s, _ in found if t == "SANCTION"} == {"BOL", "NIC", "VEN"}
    one = _dyads(run_text, "On Friday, Bolivia completed its withdrawal from the Organization of American States.")
    assert {s for t, s, _ in one if t == "SANCTION"} == {"BOL"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Canada lodged a complaint at the WTO on Monday over Indian tariffs on lentils.", "IND"),
        ("Egypt complained to the UN Security Council about Ethiopia's dam.", "ETH"),
        ("Iran complained to the IAEA about the inspectors.", "IAEA"),  # no one named: the body
    ],
)
def test_a_complaint_is_aimed_at_whom_it_is_about(run_text: Run, text: str, target: str) -> None:
    assert {t for ty, _, t in _dyads(run_text, text) if ty == "ACCUSE"} == {target}


def test_a_protest_outside_an_embassy_is_by_people_of_the_host_country(run_text: Run) -> None:
    found = _dyads(run_text, "TBILISI — Hundreds of people rallied outside the Russian embassy in Tbilisi on "
                             "Sunday against the arrest of a Georgian blogger.")
    assert ("PROTEST", "GEO", "RUS") in found


def test_troops_withdrawn_from_where_they_are_kept(run_text: Run) -> None:
    assert ("RETREAT", "RUS", "MDA") in _dyads(
        run_text, "Russia withdrew the 400 troops it keeps in Moldova's Transnistria region.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's candidate to head the FAO won the backing of Brazil on Monday.", ("SUPPORT", "BRA", "PER")),
        ("Kenya's reforms won praise from the IMF.", ("SUPPORT", "IMF", "KEN")),
    ],
)
def test_backing_won_is_given_by_the_other(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burkina Faso's junta told the French ambassador to leave within 48 hours or face expulsion.",
         ("THREATEN", "BFA", "FRA")),
        ("Burkina Faso's junta told the French ambassador to leave within 48 hours.", ("REQUEST", "BFA", "FRA")),
    ],
)
def test_an_ask_with_a_penalty_is_an_ultimatum(run_text: Run, text: str, expected: Dyad) -> None:
    found = _dyads(run_text, text)
    assert expected in found
    assert not {t for t, _, _ in found} - {expected[0]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid workers warned that the rainy season could leave the camps cut off for months.", set()),
        ("Turkey warned that Greece would pay a heavy price.", {("THREATEN", "TUR", "GRC")}),
    ],
)
def test_a_hazard_warned_of_is_no_threat(run_text: Run, text: str, expected: set[Dyad]) -> None:
    assert _dyads(run_text, text) == expected


def test_lower_case_western_names_no_region(run_text: Run) -> None:
    found = _dyads(run_text, "Seoul said North Korea had moved rocket launchers along the western coast.")
    assert all(t != "WST" for _, _, t in found)
    assert ("MOBILIZE", "PRK", None) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary lifted its block on the EU's aid package for Ukraine on Thursday.", ("CONCEDE", "HUN", "EU")),
        ("Iran denied that it had passed drone blueprints to Russia.", ("COOPERATE", "IRN", "RUS")),
        ("Albania's police said they had worked with Italian police to dismantle a drug ring.",
         ("COOPERATE", "ALB", "ITA")),
        ("Japan could pay for a new port in Fiji.", ("AID", "JPN", "FJI")),
        ("Norway and Qatar said they would co-host talks between Colombia and the ELN.", ("AGREE", "NOR", "COL")),
        ("Iranian tankers were barred from Panamanian ports on Monday by Panama's maritime authority.",
         ("SANCTION", "PAN", "IRN")),
    ],
)
def test_acts_named_by_their_objects(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


def test_mediators_are_not_each_others_party(run_text: Run) -> None:
    found = _dyads(run_text, "Qatar and Egypt mediated a ceasefire in Doha in October.")
    assert ("CONSULT", "QAT", "EGY") not in found and ("CONSULT", "EGY", "QAT") not in found
    met = _dyads(run_text, "Qatar and Egypt held talks in Doha in October.")
    assert {("CONSULT", "QAT", "EGY"), ("CONSULT", "EGY", "QAT")} <= met


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers at Chile's largest copper mine went on strike on Monday over a bonus scheme.",
         ("PROTEST", "CHL")),
        ("Indigenous protesters blocked the Pan-American Highway at several points north of Quito on Tuesday.",
         ("PROTEST", "ECU")),
        ("Fano fighters in Ethiopia's Amhara region declared a unilateral ceasefire on Sunday.",
         ("RETREAT", "ETH", "ETH")),
        ("Serbia did not condemn the Russian missile strike on a maternity hospital in Kharkiv.",
         ("ACCUSE", "SRB", "RUS")),
        ("Azerbaijan rejected an Armenian proposal for a joint commission to investigate the fate of missing "
         "people.", ("REJECT", "AZE", "ARM")),
    ],
)
def test_parties_placed_by_their_own_words(run_text: Run, text: str, expected: tuple[str, ...]) -> None:
    assert expected in {d[:len(expected)] for d in _dyads(run_text, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Chad's army denied that it had sent soldiers into Darfur, calling the reports \"fake news\".",
        "Ethiopia denied that it had cut power exports to Djibouti, blaming a technical fault on the line.",
    ],
)
def test_a_denial_that_calls_reports_names_or_blames_a_fault_accuses_no_one(run_text: Run, text: str) -> None:
    assert not {t for t, _, _ in _dyads(run_text, text)} & {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean film about a family of fishermen won the top prize in Havana, beating entries from Cuba and Peru.",
        "A poll published in Skopje on Thursday showed support for the main parties roughly unchanged.",
        "Georgian winemakers say they are at war with the weather this year.",
        "Panama-based Copa Airlines ordered 20 Boeing jets on Tuesday in a deal worth about $3 billion.",
        "The prosecutor said Wagner fighters had committed war crimes in Mali.",
    ],
)
def test_film_polls_weather_companies_and_crimes_make_no_agreement_or_assault(run_text: Run, text: str) -> None:
    assert not {t for t, _, _ in _dyads(run_text, text)} & {"AGREE", "ASSAULT", "SUPPORT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia signed a lithium agreement with China on Wednesday.", {("AGREE", "BOL", "CHN"),
                                                                         ("AGREE", "CHN", "BOL")}),
        ("Bolivia signed the lithium agreement on Wednesday.", {("AGREE", "BOL", None)}),
    ],
)
def test_a_pact_signed_with_another_is_signed_by_both(run_text: Run, text: str, expected: set[Dyad]) -> None:
    assert _dyads(run_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt sent troops to Somalia as part of the AU's peace support mission.", ("AID", "EGY", "SOM")),
        ("Egypt sent troops to the border with Sudan.", ("MOBILIZE", "EGY", "SDN")),
        ("NATO's peacekeeping force KFOR sent extra patrols to the Jarinje crossing.", ("AID", "NATO")),
        ("NATO sent extra patrols to the Jarinje crossing.", ("MOBILIZE", "NATO")),
    ],
)
def test_forces_sent_to_keep_the_peace_protect(run_text: Run, text: str, expected: tuple[str, ...]) -> None:
    assert expected in {d[:len(expected)] for d in _dyads(run_text, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN rapporteur told the Human Rights Council that Myanmar's army had committed crimes against "
         "humanity in Rakhine.", {("ACCUSE", "UN", "MMR")}),
        ("Kenya's foreign ministry said Somalia had violated Kenyan sovereignty.", {("ACCUSE", "KEN", "SOM")}),
        ("Kenya's foreign ministry said it had committed no crimes.", set()),
        ("Myanmar's army committed crimes against humanity in Rakhine, historians say.", set()),
    ],
)
def test_a_misdeed_said_of_another_accuses_them(run_text: Run, text: str, expected: set[Dyad]) -> None:
    assert {d for d in _dyads(run_text, text) if d[0] == "ACCUSE"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain expelled Nicaragua's envoy and said it was reviewing its development cooperation with the Central "
         "American country.", ("THREATEN", "ESP", "NIC")),
        ("Kenya is reviewing its ties with Somalia.", ("THREATEN", "KEN", "SOM")),
    ],
)
def test_cooperation_under_review_is_a_warning_to_the_state_meant(run_text: Run, text: str,
                                                                   expected: Dyad) -> None:
    found = _dyads(run_text, text)
    assert expected in found
    assert all(t != "USA" for _, _, t in found)  # "Central American" names no American


def test_auditors_reviewing_accounts_warn_no_one(run_text: Run) -> None:
    assert _dyads(run_text, "The auditors reviewed the aid programme's accounts on Monday.") == set()
