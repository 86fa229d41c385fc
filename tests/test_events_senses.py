"""The events stage on senses, layout and references: a verb's object or particle decides its sense ("struck a
deal", "struck a note", "troops struck the village"); datelines are no parties and a headline's comma joins its
parties; a definite noun of an earlier act ("welcomed the agreement") or the two sides ("both countries") take
their parties from the article's earlier events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document, Event

Run = Callable[..., Document]


def _pairs(events: list[Event]) -> list[tuple[object, ...]]:
    """Type, CAMEO code, source and target country of each event, in order."""
    return [(e.type, e.cameo, e.source.country, e.target.country if e.target else None) for e in events]


def _events(run_text: Run, text: str) -> list[tuple[object, ...]]:
    return _pairs(run_text(text, published="2026-03-04").events)


# --- senses: the object or particle decides --------------------------------------------------------------------


def test_events_senses_struck_a_village_is_force(run_text: Run) -> None:
    assert _events(run_text, "Russian troops struck the village.") == [("ASSAULT", "190", "RUS", None)]


def test_events_senses_struck_a_deal_is_an_agreement_both_ways(run_text: Run) -> None:
    assert _events(run_text, "Egypt and Israel struck a deal on gas exports.") == [
        ("AGREE", "031", "EGY", "ISR"), ("AGREE", "031", "ISR", "EGY")]


def test_events_senses_struck_a_note_or_a_tone_is_no_event(run_text: Run) -> None:
    assert _events(run_text, "The Indonesian president struck an upbeat note on Tuesday.") == []
    assert _events(run_text, "Japan's prime minister struck a conciliatory tone toward China.") == []
    assert _events(run_text, "India struck a balance between Russia and the United States.") == []


def test_events_senses_hit_out_at_is_criticism_and_hit_a_school_is_force(run_text: Run) -> None:
    assert _events(run_text, "Italy hit out at France over migrants.") == [("ACCUSE", "111", "ITA", "FRA")]
    assert _events(run_text, "A Russian missile hit a school in Ukraine.") == [("ASSAULT", "190", "RUS", "UKR")]
    assert _events(run_text, "Relations between Greece and Turkey hit a low in 2020.") == []


def test_events_senses_attacking_a_plan_is_criticism_not_force(run_text: Run) -> None:
    events = _events(run_text, "Moscow attacked Berlin's plan to station long-range missiles in Lithuania.")
    assert events == [("ACCUSE", "111", "RUS", "DEU")]
    assert _events(run_text, "Azerbaijani forces attacked Armenian positions.") == [("ASSAULT", "190", "AZE", "ARM")]


def test_events_senses_slam_and_blast_are_criticism(run_text: Run) -> None:
    assert _events(run_text, "Iran blasted the United States for its new sanctions.") == [
        ("ACCUSE", "111", "IRN", "USA")]
    assert _events(run_text, "Hungary slammed the European Union over its asylum rules.") == [
        ("ACCUSE", "111", "HUN", "EU")]


def test_events_senses_firing_off_a_letter_is_the_demand_it_carries(run_text: Run) -> None:
    text = ("Hungary's agriculture minister fired off a letter to the European Commission demanding new curbs on "
            "imports of Ukrainian wheat.")
    assert _events(run_text, text) == [("REQUEST", "100", "HUN", "EU")]
    assert _events(run_text, "Syria fired missiles at Israel.") == [("ASSAULT", "194", "SYR", "ISR")]


def test_events_senses_launching_talks_or_an_inquiry_is_no_attack(run_text: Run) -> None:
    assert _events(run_text, "France launched talks with Algeria.") == [
        ("CONSULT", "040", "FRA", "DZA"), ("CONSULT", "040", "DZA", "FRA")]
    assert _events(run_text, "Germany launched an inquiry into the sabotage of the pipeline.") == [
        ("ACCUSE", "090", "DEU", None)]
    assert _events(run_text, "Russia launched missiles at Ukraine.") == [("ASSAULT", "194", "RUS", "UKR")]


def test_events_senses_holding_exercises_under_a_pact_is_cooperation(run_text: Run) -> None:
    text = "Poland and Lithuania signed a defence pact. Under the pact, the two air forces will hold joint exercises."
    assert _events(run_text, text) == [
        ("AGREE", "057", "POL", "LTU"), ("AGREE", "057", "LTU", "POL"),
        ("AGREE", "031", "POL", "LTU"), ("AGREE", "031", "LTU", "POL")]
    assert _events(run_text, "Egypt and Sudan held joint military exercises near their border.") == [
        ("COOPERATE", "062", "EGY", "SDN"), ("COOPERATE", "062", "SDN", "EGY")]


def test_events_senses_calling_up_reservists_mobilises_and_calling_for_talks_requests(run_text: Run) -> None:
    assert _events(run_text, "Latvia called up 3,000 reservists for snap drills.") == [
        ("MOBILIZE", "154", "LVA", None)]
    assert _events(run_text, "Latvia called for talks with Russia.") == [("REQUEST", "026", "LVA", "RUS")]


def test_events_senses_a_legal_battle_is_no_fighting(run_text: Run) -> None:
    text = "Spain extradited a Georgian businessman to Tbilisi, ending a long legal battle."
    assert _events(run_text, text) == [("COOPERATE", "063", "ESP", "GEO")]


def test_events_senses_an_order_to_forces_is_the_act_and_to_a_state_a_demand(run_text: Run) -> None:
    assert _events(run_text, "Poland ordered the expulsion of three Belarusian diplomats.") == [
        ("SANCTION", "166", "POL", "BLR")]
    assert _events(run_text, "Venezuela ordered staff of the United Nations to leave.") == [
        ("SANCTION", "166", "VEN", "UN")]
    assert _events(run_text, "The United States ordered Iran to halt the attacks.") == [
        ("REQUEST", "105", "USA", "IRN")]


# --- datelines and headlines ---------------------------------------------------------------------------------


def test_events_dateline_is_no_party_nor_actor(run_text: Run) -> None:
    document = run_text("KYIV, March 3 (Reuters) - Ukraine and Poland signed a trade pact on Tuesday.")
    assert _pairs(document.events) == [("AGREE", "057", "UKR", "POL"), ("AGREE", "057", "POL", "UKR")]
    assert sorted(a.name for a in document.actors) == ["Poland", "Ukraine"]


def test_events_dateline_in_capitals_before_the_subject(run_text: Run) -> None:
    assert _events(run_text, "DAKAR — Mali expelled the French ambassador on Monday.") == [
        ("SANCTION", "166", "MLI", "FRA")]
    assert _events(run_text, "BAKU, June 2 — Armenia and Azerbaijan agreed to resume border talks.") == [
        ("AGREE", "036", "ARM", "AZE"), ("AGREE", "036", "AZE", "ARM")]


def test_events_capital_opening_a_sentence_is_still_a_party(run_text: Run) -> None:
    assert _events(run_text, "Beijing warned Washington against new tariffs.") == [("THREATEN", "1312", "CHN", "USA")]


def test_events_headline_with_and_is_reciprocal(run_text: Run) -> None:
    text = "BERLIN — Germany and France pledge to deepen ties\n\nThe two leaders met in Berlin on Monday."
    events = _events(run_text, text)
    assert events[:2] == [("AGREE", "031", "DEU", "FRA"), ("AGREE", "031", "FRA", "DEU")]


def test_events_headline_comma_joins_parties_as_and_does(run_text: Run) -> None:
    text = "Uganda, Tanzania pledge to speed up oil pipeline\n\nEnergy ministers met in Kampala."
    assert _events(run_text, text)[:2] == [("AGREE", "030", "UGA", "TZA"), ("AGREE", "030", "TZA", "UGA")]
    assert _events(run_text, "China, Russia sign energy deal\n\nThe deal runs for ten years.")[:2] == [
        ("AGREE", "057", "CHN", "RUS"), ("AGREE", "057", "RUS", "CHN")]


def test_events_comma_in_a_sentence_joins_no_parties(run_text: Run) -> None:
    assert _events(run_text, "Kenya, a close ally, pledged to deepen ties with Ethiopia.") == [
        ("AGREE", "031", "KEN", "ETH")]


def test_events_coordinated_subjects_of_a_mutual_act_give_both_directions(run_text: Run) -> None:
    for text in ("France and Germany signed a defence agreement.", "France and Germany sign defence agreement"):
        assert _events(run_text, text) == [("AGREE", "057", "FRA", "DEU"), ("AGREE", "057", "DEU", "FRA")]


# --- parties named by reference ------------------------------------------------------------------------------


def test_events_welcoming_the_agreement_targets_its_parties(run_text: Run) -> None:
    text = "Egypt and Israel signed a gas agreement on Monday. Turkey welcomed the agreement."
    assert _events(run_text, text)[2:] == [("SUPPORT", "051", "TUR", "EGY"), ("SUPPORT", "051", "TUR", "ISR")]


def test_events_criticising_the_negotiations_targets_their_parties(run_text: Run) -> None:
    text = "Armenia and Azerbaijan opened negotiations in Geneva. Ankara criticised the negotiations."
    assert _events(run_text, text)[2:] == [("ACCUSE", "112", "TUR", "ARM"), ("ACCUSE", "112", "TUR", "AZE")]


def test_events_a_party_denouncing_its_own_accord_targets_the_other(run_text: Run) -> None:
    text = "Iran and Russia signed a defence accord. Iran later denounced the accord."
    assert _events(run_text, text)[2:] == [("ACCUSE", "112", "IRN", "RUS")]


def test_events_reference_without_earlier_event_keeps_no_target(run_text: Run) -> None:
    assert _events(run_text, "Canberra welcomed the agreement.") == [("SUPPORT", "051", "AUS", None)]
    assert _events(run_text, "Tehran denounced the accord.") == [("ACCUSE", "112", "IRN", None)]


def test_events_condemning_the_strikes_targets_who_struck(run_text: Run) -> None:
    text = "Israeli jets struck targets in Syria. Jordan condemned the strikes."
    assert _events(run_text, text) == [("ASSAULT", "190", "ISR", "SYR"), ("ACCUSE", "112", "JOR", "ISR")]


def test_events_the_two_sides_are_the_pair_of_the_story(run_text: Run) -> None:
    text = "Serbia and Croatia agreed to resume talks. The two ministers also agreed to open a hotline."
    assert _events(run_text, text)[2:] == [("AGREE", "030", "SRB", "HRV"), ("AGREE", "030", "HRV", "SRB")]
    text = "India accused Pakistan of shelling villages in Kashmir. China urged both countries to exercise restraint."
    assert _events(run_text, text)[-2:] == [("REQUEST", "020", "CHN", "IND"), ("REQUEST", "020", "CHN", "PAK")]


def test_events_both_countries_without_a_story_names_no_country(run_text: Run) -> None:
    assert _events(run_text, "China urged both countries to exercise restraint.") == [("REQUEST", "020", "CHN", None)]


# --- other frequent confusions -------------------------------------------------------------------------------


def test_events_participle_and_coordinated_verb_share_the_target(run_text: Run) -> None:
    assert _events(run_text, "Russian forces struck a Ukrainian convoy, killing four soldiers.") == [
        ("ASSAULT", "190", "RUS", "UKR"), ("ASSAULT", "1823", "RUS", "UKR")]
    text = "The Vietnamese foreign ministry summoned the Chinese ambassador and lodged a formal complaint."
    assert _events(run_text, text) == [("ACCUSE", "114", "VNM", "CHN")]


def test_events_denial_does_not_reach_a_coordinated_act(run_text: Run) -> None:
    document = run_text("Armenia denied any role in the blast and closed its airspace to Azerbaijani airlines.")
    found = [(e.type, e.source.country, e.target.country if e.target else None, e.modality)
             for e in document.events if e.type == "SANCTION"]
    assert found == [("SANCTION", "ARM", "AZE", "asserted")]


def test_events_pronoun_of_a_reported_clause_is_the_reporter(run_text: Run) -> None:
    assert _events(run_text, "Russia said it firmly supported Belarus.") == [("SUPPORT", "050", "RUS", "BLR")]


def test_events_coordinated_acts_are_not_one_under_the_other(run_text: Run) -> None:
    text = ("Turkey's foreign ministry said Ankara did not recognise the new sanctions and would continue its "
            "energy cooperation with Iran.")
    document = run_text(text)
    found = [(e.type, e.source.country, e.target.country if e.target else None, e.modality, e.negated)
             for e in document.events]
    assert ("AGREE", "TUR", "IRN", "intended", False) in found


def test_events_markets_and_descriptions_are_no_acts(run_text: Run) -> None:
    assert _events(run_text, "Shares in Tokyo rallied 2 percent on Friday.") == []
    assert _events(run_text, "The convoy carried fuel to Malian soldiers stationed at the base.") == []


def test_events_agentless_description_keeps_a_misread_main_verb(run_text: Run) -> None:
    assert _events(run_text, "Turkish armoured units massed near the Syrian border on Friday.") == [
        ("MOBILIZE", "154", "TUR", "SYR")]


def test_events_senses_drills_called_a_rehearsal_for_invasion_are_accused(run_text: Run) -> None:
    text = "The United States and South Korea held drills on Thursday. North Korea called the drills "
    assert ("ACCUSE", "112", "PRK", "USA") in _events(run_text, text + "a rehearsal for invasion.")
    assert all(e[0] != "ACCUSE" for e in _events(run_text, text + "a routine affair."))


def test_events_senses_a_named_storm_and_monsoon_rains_are_no_actors(run_text: Run) -> None:
    assert _events(run_text, "Cyclone Asna slammed into Oman's coast near Sur on Tuesday, flooding roads.") == []
    assert _events(run_text, "Monsoon rains pounded eastern Nepal for a third day on Friday.") == []
    assert _events(run_text, "Russian jets pounded eastern Ukraine on Friday.")[0][0] == "ASSAULT"


def test_events_senses_a_company_of_a_country_is_business_not_the_state(run_text: Run) -> None:
    assert _events(run_text, "Japan's Toyota Motor agreed on Tuesday to buy a stake in an Indian battery maker.") == []
    assert _events(run_text, "Norway's Equinor pulled out of a planned offshore wind farm on Wednesday.") == []
    assert _events(run_text, "Gazprom cut gas supplies to Moldova on Wednesday.")[0][2:] == ("RUS", "MDA")


@pytest.mark.parametrize(("text", "kind"), [
    ("Sri Lanka's government caved to pressure from Tamil parties on Friday.", "CONCEDE"),
    ("India rushed two additional army brigades to the Line of Control with Pakistan on Saturday.", "MOBILIZE"),
    ("The Kremlin said Russia would take retaliatory measures if Finland allowed the weapons.", "THREATEN"),
    ("Pakistan's repatriation of 22 Indian fishermen took place at the Wagah border on Tuesday.", "RETREAT"),
    ("China dispatched an aircraft carrier group to waters near Japan on Tuesday.", "MOBILIZE"),
    ("Azerbaijan ordered two French journalists out of the country on Thursday.", "COERCE"),
    ("Azerbaijan ordered two French diplomats out of the country on Thursday.", "SANCTION"),
    ("Beijing cut off rare earth shipments to Tokyo on Tuesday.", "SANCTION"),
    ("Sudan was concentrating troops near the Chadian border on Monday.", "MOBILIZE"),
    ("Two more British frigates were ordered into the Red Sea by the defence ministry on Monday.", "MOBILIZE"),
    ("Indian and French warships sailed together through the Arabian Sea on Saturday.", "COOPERATE"),
    ("The opposition party organised the protests outside parliament in Tbilisi on Friday.", "PROTEST"),
    ("Peru reinstated the fuel subsidy demanded by farmers' unions on Tuesday.", "CONCEDE"),
    ("The AU Peace and Security Council adopted a resolution reaffirming Somalia's sovereignty.", "SUPPORT"),
    ("Iran was asked by the IAEA on Thursday to explain the missing uranium.", "REQUEST"),
    ("The militia said it had fired the rockets in response to the air strikes.", "ASSAULT"),
    ("Serbian police raided three Kosovo-funded offices in Novi Pazar on Monday.", "COERCE"),
    ("The World Food Programme delivered 800 tonnes of sorghum to displaced families in Chad on Monday.", "AID"),
    ("China suspended tariff concessions on 20 Australian products on Friday.", "SANCTION"),
    ("Kenyan troops coordinated with Somali police to secure the Mandera crossing.", "COOPERATE"),
])
def test_events_senses_a_phrasing_codes_its_type(run_text: Run, text: str, kind: str) -> None:
    assert _events(run_text, text)[0][0] == kind


def test_events_senses_a_missile_fired_at_no_one_is_still_a_show_of_force(run_text: Run) -> None:
    assert _events(run_text, "North Korea fired two ballistic missiles into the sea on Monday.")[0][:2] == (
        "MOBILIZE", "152")


def test_events_senses_a_warning_by_economists_is_a_forecast_not_a_threat(run_text: Run) -> None:
    assert _events(run_text, "Economists in Lagos warned that a weaker naira would raise Nigeria's food bill.") == []
