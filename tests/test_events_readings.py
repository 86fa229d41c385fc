"""Events and their parties where the words around a predicate decide the reading: a stand-in of one state owned
by another ("Germany's Foreign Office"), a correspondent expelled rather than a diplomat, a package of sanctions
rather than of aid, an act no one suffered ("No peacekeepers were hurt"), retaliation named by what was done, the
two leaders who just met, and names the tagger splits or takes for people ("Bae Jin-seok", "outside Mae Sot").
Each reading is checked against the other where there is one. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document

Run = Callable[..., Document]
Dyad = tuple[str, str | None, str | None]


def _dyads(run_text: Run, text: str) -> set[Dyad]:
    """Type, source and target country of every event of a text that is not negated."""
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in run_text(text, published="2026-03-04").events if not e.negated}


def _country(document: Document, name: str) -> str | None:
    return next(a.country for a in document.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's Foreign Office summoned Kazakhstan's ambassador on Tuesday.", ("ACCUSE", "DEU", "KAZ")),
        ("The Foreign Office summoned Kazakhstan's ambassador on Tuesday.", ("ACCUSE", "GBR", "KAZ")),
    ],
)
def test_a_stand_in_owned_by_another_state_is_that_states_office(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan's foreign ministry ordered out Jonas Petersen, a German correspondent for ARD.",
         ("COERCE", "KAZ", "DEU")),
        ("Russia expelled Anna Berg, a Swedish diplomat, on Monday.", ("SANCTION", "RUS", "SWE")),
    ],
)
def test_who_is_expelled_decides_the_act(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


def test_a_package_of_sanctions_is_sanctions_and_a_package_of_aid_is_aid(run_text: Run) -> None:
    sanctions = "EU foreign ministers approved a new package of sanctions on Minsk on Thursday."
    assert _dyads(run_text, sanctions) == {("SANCTION", "EU", "BLR")}
    assert _dyads(run_text, "The EU approved a package of aid for Ukraine.") == {("AID", "EU", "UKR")}
    torpedoed = "Slovakia torpedoed the EU's package of sanctions on Russia in Brussels."
    assert {dyad[0] for dyad in _dyads(run_text, torpedoed)} == {"REJECT"}


def test_an_act_no_one_suffered_is_negated(run_text: Run) -> None:
    assert all(e.negated for e in run_text("No peacekeepers were hurt in the shelling.").events)
    assert not any(e.negated for e in run_text("Two peacekeepers were hurt in the shelling.").events)


def test_an_appeal_to_the_bloc_is_a_request_to_the_body_named_before(run_text: Run) -> None:
    text = ("EU foreign ministers approved new sanctions on Minsk on Thursday. Poland and Lithuania had asked the "
            "bloc to target the networks behind the balloons.")
    assert {("REQUEST", "POL", "EU"), ("REQUEST", "LTU", "EU")} <= _dyads(run_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minsk said it would respond with mirror measures.", {"THREATEN"}),
        ("The minister said Israel would widen its military campaign if Hezbollah rearmed.", {"THREATEN"}),
        ("Belarus retaliated by holding about 1,200 Lithuanian lorries at the border.", {"COERCE"}),
        ("Iran retaliated on Sunday, firing missiles at Israel.", {"ASSAULT"}),
        ("Moscow said it would retaliate by expelling Norwegian diplomats if Oslo did not free the researcher.",
         {"THREATEN"}),
    ],
)
def test_retaliation_is_what_is_done_or_threatened(run_text: Run, text: str, expected: set[str]) -> None:
    assert {dyad[0] for dyad in _dyads(run_text, text)} == expected


def test_the_two_leaders_are_the_two_who_just_met(run_text: Run) -> None:
    story = ("China's military began drills around Taiwan on Tuesday. Taiwan condemned the drills. China accused "
             "Taiwan of provocation.\n\n")
    summit = ("In the Japanese city of Nara, Prime Minister Kenta Morishima and South Korean President Bae Jin-seok "
              "held a summit on Tuesday. In a joint statement, the two leaders urged Beijing to exercise restraint.")
    dyads = _dyads(run_text, story + summit)
    assert {("REQUEST", "JPN", "CHN"), ("REQUEST", "KOR", "CHN")} <= dyads
    assert ("REQUEST", "TWN", "CHN") not in dyads


def test_both_sides_after_a_mediation_are_the_storys_two_sides(run_text: Run) -> None:
    text = ("Pakistan accused Afghanistan of sheltering militants. Afghanistan rejected the charge. Pakistani jets "
            "struck targets in Kabul.\n\nQatar and Turkey mediated a ceasefire in Doha in October. China urged both "
            "sides to show restraint on Monday.")
    dyads = _dyads(run_text, text)
    assert {("REQUEST", "CHN", "PAK"), ("REQUEST", "CHN", "AFG")} <= dyads
    assert ("REQUEST", "CHN", "QAT") not in dyads


def test_two_sides_fighting_kill_each_others_people_not_their_own(run_text: Run) -> None:
    text = ("Kyrgyz President Nurlan Abdykadyrov and Tajik President Faridun Sharipov signed a border treaty. Troops "
            "from the two countries fought with tanks and drones in September 2022, killing about 100 people.")
    killings = {d for d in _dyads(run_text, text) if d[0] == "ASSAULT"}
    assert killings == {("ASSAULT", "KGZ", "TJK"), ("ASSAULT", "TJK", "KGZ")}


def test_a_military_misread_as_an_adjective_still_acts(run_text: Run) -> None:
    assert ("ASSAULT", "MMR", None) in _dyads(run_text, "Myanmar's military bombed villages near the border.")
    assert _dyads(run_text, "The bombed villages near the border lay empty.") == set()


def test_a_border_post_shut_is_closed_against_its_neighbour(run_text: Run) -> None:
    assert ("SANCTION", "MAR", "ESP") in _dyads(run_text, "Morocco shut the Melilla post without notice in 2018.")


def test_a_hyphenated_given_name_stays_in_the_name_and_the_family_name_comes_first(run_text: Run) -> None:
    text = ("South Korean President Bae Jin-seok held a summit with Japan on Tuesday. Bae, who arrived in Nara on "
            "Monday for a two-day visit, said he had invited the Japanese leader to Seoul.")
    document = run_text(text)
    bae = next(a for a in document.actors if a.name == "Bae Jin-seok")
    assert bae.country == "KOR" and "Bae" in [m.text for m in bae.mentions]
    assert ("CONSULT", "KOR", "JPN") in _dyads(run_text, text)
    era = run_text("The Putin-era policy was discussed by officials.")
    assert all("-era" not in a.name for a in era.actors)


def test_a_town_named_where_something_happens_is_no_person(run_text: Run) -> None:
    text = ("A bomb fragment landed in a rice field outside Mae Sot, the ministry said. China brokered a ceasefire "
            "in northern Shan State.")
    assert not [a.name for a in run_text(text).actors if a.kind == "person"]


def test_a_possessive_in_what_one_is_urged_to_do_is_the_one_urged(run_text: Run) -> None:
    document = run_text("The State Department urged Kigali to pull its troops out of Congolese territory.")
    kigali = next(a for a in document.actors if a.name == "Kigali")
    assert "its" in [m.text for m in kigali.mentions]


def test_the_administration_in_the_east_is_none_named_before(run_text: Run) -> None:
    text = ("Spain's foreign minister thanked Madrid's partners. Morocco hosted representatives of Libya's rival "
            "governments, the Government of National Unity and the administration in the east.")
    document = run_text(text)
    assert all("administration" not in [m.text.split()[-1] for m in a.mentions] for a in document.actors
               if a.country == "ESP")


def test_he_is_never_someone_only_quoted(run_text: Run) -> None:
    text = ("Hezbollah's deputy leader, Sheikh Hassan Mroueh, said the group would not surrender its weapons "
            "\"while a single Israeli soldier stands on Lebanese soil.\" He accused the United States of writing "
            "Israel's demands.")
    assert ("ACCUSE", "LBN", "USA") in _dyads(run_text, text)


def test_a_nationality_described_before_the_name_is_the_persons(run_text: Run) -> None:
    text = ("Poland and Belarus exchanged prisoners on Friday, freeing a Polish journalist who had spent 14 months in "
            "a Belarusian prison.\n\nAndrzej Wolski, 41, a freelance reporter, walked across the bridge shortly "
            "after noon, his lawyer said.")
    assert _country(run_text(text), "Andrzej Wolski") == "POL"


def test_a_charge_rejected_where_it_is_made_is_rejected_to_its_maker(run_text: Run) -> None:
    text = ("Kinshasa accuses Rwanda of arming and commanding the M23 rebels, who seized the eastern cities of Goma "
            "and Bukavu in early 2025, a charge Kigali has always rejected.")
    assert {("ACCUSE", "COD", "RWA"), ("REJECT", "RWA", "COD")} <= _dyads(run_text, text)
    assert _dyads(run_text, "Iran rejected accusations that it had attacked the tanker.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow promised a \"proportionate response\" to the expulsions.", "THREATEN"),
        ("The Houthis vowed on Thursday to sink any American warship that enters the Red Sea.", "THREATEN"),
        ("Extra army units were dispatched to the Haitian border on Friday by the Dominican Republic.", "MOBILIZE"),
        ("The World Bank's suspension of new lending to Madagascar was announced on Friday.", "SANCTION"),
        ("Bangladesh said India had barred imports of Bangladeshi jute through its land ports.", "SANCTION"),
        ("Thai police handed over two suspected scam-centre bosses to Chinese officers on Friday.", "COOPERATE"),
        ("UNICEF trucked water purification tablets into Haiti's Artibonite region on Monday.", "AID"),
        ("Turkey sent 300 rescue workers to Syria on Sunday after an earthquake.", "AID"),
    ],
)
def test_acts_named_by_their_objects(run_text: Run, text: str, expected: str) -> None:
    assert expected in {dyad[0] for dyad in _dyads(run_text, text)}


@pytest.mark.parametrize(
    "text",
    ["A storm sank a fishing boat off Kerala on Sunday.", "The minister promised a response to the letter."],
)
def test_the_same_words_with_no_hostile_act(run_text: Run, text: str) -> None:
    assert not {"THREATEN", "ASSAULT"} & {dyad[0] for dyad in _dyads(run_text, text)}


def test_a_demand_of_the_others_own_act_is_the_speakers(run_text: Run) -> None:
    text = ("The Iraqi foreign ministry said Turkish soldiers backed by armoured vehicles had set up two new outposts "
            "inside Iraqi territory and demanded their immediate withdrawal.")
    dyads = _dyads(run_text, text)
    assert ("REQUEST", "IRQ", "TUR") in dyads
    assert not [d for d in dyads if d[0] == "SUPPORT"]  # backed by their own armour, no political support
    raised = _dyads(run_text, "The army said the rebels had seized the town and raised their flag over it.")
    assert not [d for d in raised if d[1] == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danish Foreign Minister Mette Bruun and Canadian Foreign Minister Claire Dubois exchanged instruments of "
         "ratification for the Hans Island treaty.", ("AGREE", "DNK", "CAN")),
        ("Iceland is hosting about 2,500 troops from nine NATO allies for the Northern Viking exercise.",
         ("COOPERATE", "ISL", "NATO")),
    ],
)
def test_treaties_ratified_and_allies_hosted(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)
    assert not _dyads(run_text, "The city is hosting 2,000 delegates for the climate conference.")


def test_a_town_reached_is_no_person(run_text: Run) -> None:
    document = run_text("The navy said the tanker had been escorted to Bandar Abbas with its crew.")
    assert not [a for a in document.actors if a.kind == "person"]


def test_a_junta_spokesman_speaks_for_the_junta_the_story_names(run_text: Run) -> None:
    text = ("MAE SOT, Thailand (AP) — Thailand opened a humanitarian corridor into Myanmar on Tuesday.\n\nBangkok "
            "lodged a protest with Myanmar's embassy on Monday.\n\nJunta spokesman Maj. Gen. Aung Thura Kyaw rejected "
            "the protest on Tuesday.")
    assert _country(run_text(text), "Aung Thura Kyaw") == "MMR"  # "Maj. Gen.": a rank, no part of the name


def test_a_demand_for_release_is_made_to_the_captor(run_text: Run) -> None:
    text = ("Iran's Revolutionary Guards seized a United Arab Emirates-flagged oil tanker on Wednesday. The UAE "
            "foreign ministry demanded the immediate release of the ship and its crew.")
    assert ("REQUEST", "ARE", "IRN") in _dyads(run_text, text)


def test_warships_ordered_to_a_sea_are_mobilised(run_text: Run) -> None:
    text = "The Pentagon said it had ordered the aircraft carrier USS Theodore Roosevelt to the Arabian Sea."
    assert ("MOBILIZE", "USA") in {d[:2] for d in _dyads(run_text, text)}
    ordered = _dyads(run_text, "The president ordered the army to withdraw from the city.")
    assert {d[0] for d in ordered} == {"RETREAT"}


def test_what_a_party_gives_under_a_treaty_is_pledged_to_the_other(run_text: Run) -> None:
    text = ("Kyrgyzstan and Tajikistan signed a border treaty on Monday. Under the treaty, Kyrgyzstan will hand over "
            "two villages.")
    assert ("AGREE", "KGZ", "TJK") in _dyads(run_text, text)
    alone = "Kyrgyzstan will hand over two villages to its own Batken district."
    assert ("AGREE", "KGZ", "TJK") not in _dyads(run_text, alone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Russian diplomats were declared persona non grata by Poland on Thursday.", ("SANCTION", "POL", "RUS")),
        ("Brazil began sharing satellite images of illegal mining with Peru's environmental police on Monday.",
         ("COOPERATE", "BRA", "PER")),
        ("The internet shutdown ordered by Burundi's government entered its third day.", ("COERCE", "BDI", "BDI")),
        ("The United States stripped South Africa of its duty-free access under AGOA.", ("SANCTION", "USA", "ZAF")),
        ("The IMF's executive board cleared a $1.1 billion payout to Pakistan on Friday.", ("AID", "IMF", "PAK")),
        ("Ghana's customs service began sharing cargo manifests with its Nigerian counterpart.",
         ("COOPERATE", "GHA", "NGA")),
        ("South Korea's sharing of satellite imagery with Japan resumed on Monday.", ("COOPERATE", "KOR")),
        ("Mozambique said it would seek more Rwandan troops for Cabo Delgado.", ("REQUEST", "MOZ", "RWA")),
        ("Joint inspections of fishing vessels by the Norwegian and Russian coast guards resumed on Monday.",
         ("COOPERATE", "NOR", "RUS")),
    ],
)
def test_more_acts_named_by_their_objects(run_text: Run, text: str, expected: tuple[str, ...]) -> None:
    assert expected in {d[:len(expected)] for d in _dyads(run_text, text)}


@pytest.mark.parametrize(
    "text",
    ["Floodwaters invaded towns along the Shabelle river on Tuesday.",
     "Malaysian palm oil futures surrendered early gains on Friday."],
)
def test_floods_and_markets_do_no_politics(run_text: Run, text: str) -> None:
    assert _dyads(run_text, text) == set()


def test_a_draft_written_by_an_abbreviated_state_is_rejected_to_it(run_text: Run) -> None:
    found = _dyads(run_text, "Russia and China vetoed a U.S.-drafted resolution on Sudan in 2024.")
    assert {("REJECT", "RUS", "USA"), ("REJECT", "CHN", "USA")} <= found


def test_what_has_yet_to_happen_has_not_happened(run_text: Run) -> None:
    assert ("RETREAT", "RUS", "MDA") not in _dyads(run_text, "Russia has yet to withdraw its troops from Moldova.")
    assert ("RETREAT", "RUS", "MDA") in _dyads(run_text, "Russia has withdrawn its troops from Moldova.")


def test_money_given_is_aid_where_the_tagger_marks_no_amount(run_text: Run) -> None:
    found = _dyads(run_text, "The United States has given Bangladesh more than $2.5 billion for the camps since 2017.")
    assert ("AID", "USA", "BGD") in found


def test_blame_put_on_another_is_aimed_at_them(run_text: Run) -> None:
    found = _dyads(run_text, "Myanmar's junta blamed the delays on Bangladesh.")
    assert ("ACCUSE", "MMR", "BGD") in found
    plain = _dyads(run_text, "Myanmar's junta blamed Bangladesh for the delays.")
    assert ("ACCUSE", "MMR", "BGD") in plain


def test_an_armed_group_fighting_the_army_fights_its_own_state(run_text: Run) -> None:
    found = _dyads(run_text, "The Arakan Army has fought the military since November 2023.")
    assert ("ASSAULT", "MMR", "MMR") in found
    allies = _dyads(run_text, "Eritrean troops fought alongside Ethiopian federal forces in 2021.")
    assert not any(t == "ASSAULT" for t, _, _ in allies)


def test_negotiations_concluded_on_a_deal_are_an_agreement(run_text: Run) -> None:
    found = _dyads(run_text, "India and the EU concluded negotiations on a free trade agreement in January.")
    assert {("AGREE", "IND", "EU"), ("AGREE", "EU", "IND")} <= found


def test_an_attack_s_weapon_is_no_target_and_an_army_patrol_is(run_text: Run) -> None:
    found = _dyads(run_text, "Colombian rebels attacked an army patrol with explosives near Tibu on Monday.")
    assert ("ASSAULT", "COL", "COL") in found


def test_an_appeal_after_a_reported_act_is_the_speaker_s(run_text: Run) -> None:
    found = _dyads(run_text, "China said Japan had crossed a red line and urged Tokyo to retract the remarks.")
    assert ("REQUEST", "CHN", "JPN") in found and ("REQUEST", "JPN", "JPN") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("China launched large-scale air and naval drills around Taiwan on Monday.", ("MOBILIZE", "CHN", "TWN")),
    ("China held drills near Taiwan on Monday.", ("MOBILIZE", "CHN", "TWN")),
    ("India held drills with Japan off Okinawa.", ("COOPERATE", "IND", "JPN")),
    ("Norwegian and Finnish troops held winter manoeuvres near Kirkenes.", ("COOPERATE", "NOR", "FIN")),
])
def test_drills_held_alone_near_another_are_a_show_of_force(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


def test_time_given_to_act_or_face_a_penalty_is_an_ultimatum(run_text: Run) -> None:
    found = _dyads(run_text, "Afghanistan's Taliban government gave the UN mission until the end of the month to "
                             "stop employing Afghan women or face the closure of its offices in Kabul.")
    assert ("THREATEN", "AFG", "UN") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Senegal's interior ministry deployed riot police across central Dakar on Friday.", ("MOBILIZE", "SEN", "SEN")),
    ("Nigeria's candidacy received the formal endorsement of the African Union on Sunday.",
     ("SUPPORT", "AU", "NGA")),
    ("Four Chinese coast guard ships entered Japanese territorial waters on Friday.", ("MOBILIZE", "CHN", "JPN")),
    ("The IMF's executive board approved a $370 million disbursement to Ghana on Friday.", ("AID", "IMF", "GHA")),
    ("Guyana rejected on Tuesday a Venezuelan proposal for direct talks.", ("REJECT", "GUY", "VEN")),
])
def test_readings_of_deployments_endorsements_waters_and_money(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


@pytest.mark.parametrize("text", [
    "Eni said on Monday it had struck gas in a new exploration well off Egypt's coast.",
    "Shareholders of a Kazakh copper miner rejected a takeover offer from a Chinese state-backed rival.",
])
def test_finds_and_company_deals_are_no_events(run_text: Run, text: str) -> None:
    assert not _dyads(run_text, text)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("NATO deployed four fighter jets to Lithuania on Thursday to guard the airspace of the Baltic states.",
     ("AID", "NATO", "LTU"), ("MOBILIZE", "NATO", "LTU")),
    ("Russia moved troops to Belarus on Monday.", ("MOBILIZE", "RUS", "BLR"), ("AID", "RUS", "BLR")),
    ("Lithuania has barred Belarusian potash from its railways since 2022.", ("SANCTION", "LTU", "BLR"),
     ("COERCE", "LTU", "BLR")),
    ("Turkey sent an envoy to Damascus on Monday.", ("CONSULT", "TUR", "SYR"), ("AID", "TUR", "SYR")),
    ("The Belarusian Defence Ministry announced snap exercises by two brigades near the Lithuanian border.",
     ("MOBILIZE", "BLR", "LTU"), ("COOPERATE", "BLR", "LTU")),
])
def test_forces_sent_to_guard_goods_barred_and_envoys_sent(run_text: Run, text: str, expected: Dyad,
                                                           not_expected: Dyad) -> None:
    found = _dyads(run_text, text)
    assert expected in found and not_expected not in found


def test_a_state_s_forces_striking_rebels_strike_at_home(run_text: Run) -> None:
    found = _dyads(run_text, "Rwanda accused Congo of arming militias. Congo's army said its drones struck rebel "
                             "positions around the town on Sunday.")
    assert ("ASSAULT", "COD", "COD") in found and ("ASSAULT", "COD", "RWA") not in found


@pytest.mark.parametrize(("text", "answer"), [
    ("New Delhi has accused Islamabad of sheltering the militants behind Monday's ambush, a charge Pakistan "
     "rejects.", ("REJECT", "PAK", "IND")),
    ("Kinshasa has repeatedly accused Kigali of plundering its minerals through the M23, a charge Rwanda denies.",
     ("REJECT", "RWA", "COD")),
    ("Sudan's foreign ministry has long accused Chad of letting weapons cross its territory, a charge N'Djamena "
     "rejects.", ("REJECT", "TCD", "SDN")),
])
def test_a_charge_the_accused_denies_is_rejected_to_the_accuser(run_text: Run, text: str, answer: Dyad) -> None:
    found = _dyads(run_text, text)
    assert answer in found
    assert ("ACCUSE", answer[2], answer[1]) in found


def test_a_charge_with_no_denial_is_only_an_accusation(run_text: Run) -> None:
    found = _dyads(run_text, "New Delhi has accused Islamabad of sheltering the militants behind Monday's ambush.")
    assert not any(t == "REJECT" for t, _, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("North Korea warned Seoul. He said the army would take more overwhelming action if South Korea continued "
     "the drills.", ("THREATEN", "PRK", "KOR")),
    ("Israel said it would widen its campaign if Hezbollah rearmed.", ("THREATEN", "ISR", "LBN")),
    ("Kathmandu published a new map in 2020, a move New Delhi called \"untenable\".", ("ACCUSE", "IND", "NPL")),
    ("Egypt said Ethiopia had ignored the ruling.", ("ACCUSE", "EGY", "ETH")),
    ("India and Pakistan exchanged fire on Sunday. China urged both sides to show restraint on Monday and offered "
     "to host talks between their foreign ministers in Beijing.", ("AGREE", "CHN", "PAK")),
])
def test_conditional_replies_characterisations_charges_and_offers(run_text: Run, text: str,
                                                                    expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


def test_a_commentator_s_quoted_words_do_no_act(run_text: Run) -> None:
    found = _dyads(run_text, "\"Tehran is firing a shot across the bows of every navy in the Gulf,\" said a maritime "
                             "security analyst in London.")
    assert not found
    minister = _dyads(run_text, "\"Tehran is firing on our ships,\" said Bahrain's foreign minister.")
    assert ("ASSAULT", "IRN", None) in minister or any(t == "ASSAULT" for t, _, _ in minister)


@pytest.mark.parametrize("text", [
    "Neither government has sent troops to the island since the order.",
    "Water officials warned that the river could run dry below the dam by August.",
    "Algeria's national football team is due to play France in a friendly in Marseille in June.",
])
def test_no_act_by_neither_by_rivers_or_in_friendlies(run_text: Run, text: str) -> None:
    assert not _dyads(run_text, text)


def test_a_denial_covers_both_alternatives(run_text: Run) -> None:
    events = run_text("Russia denied that its troops had shelled or bombed the town.", published="2026-03-04").events
    assert {e.trigger.text for e in events if e.type == "ASSAULT" and e.modality == "denied" and e.trigger} == {
        "shelled", "bombed"}
    both = run_text("Russia denied any role and closed its airspace.", published="2026-03-04").events
    assert any(e.type == "SANCTION" and e.modality == "asserted" for e in both)


def test_a_charge_a_described_government_denies_is_rejected(run_text: Run) -> None:
    found = _dyads(run_text, "Greece has repeatedly accused Tirana of pressuring ethnic Greek families to sell land, "
                             "a charge the Albanian government denies.")
    assert ("REJECT", "ALB", "GRC") in found


def test_troops_firing_with_their_weapons_attack_and_a_manager_fired_is_no_event(run_text: Run) -> None:
    found = _dyads(run_text, "Thailand closed the border with Cambodia. The Thai army said Cambodian troops fired "
                             "first with rifles near the temple early Sunday.")
    assert ("ASSAULT", "KHM", "THA") in found
    assert not _dyads(run_text, "The company fired the manager with immediate effect.")


def test_a_european_commissioner_serves_the_union_and_solidarity_offered_is_support(run_text: Run) -> None:
    found = _dyads(run_text, "European Commissioner for Migration Anders Holmqvist will travel to Rabat next week to "
                             "discuss the package.")
    assert any(s == "EU" and t == "MAR" for _, s, t in found) and not any(s == "EUR" for _, s, _ in found)
    offered = _dyads(run_text, "Romania's prime minister phoned his Moldovan counterpart on Friday to offer "
                               "Bucharest's full solidarity.")
    assert ("SUPPORT", "ROU", "MDA") in offered and ("AGREE", "ROU", "MDA") not in offered


def test_a_protest_s_demand_is_no_request_of_its_own(run_text: Run) -> None:
    found = _dyads(run_text, "In Bangkok, several hundred protesters rallied outside Government House on Monday, "
                             "demanding that the prime minister scrap the truce.")
    assert any(t == "PROTEST" for t, _, _ in found) and not any(t == "REQUEST" for t, _, _ in found)
    asked = _dyads(run_text, "Thailand urged Cambodia on Monday to scrap the truce.")
    assert ("REQUEST", "THA", "KHM") in asked


def test_deep_concern_said_of_another_disapproves_and_mere_concern_does_not(run_text: Run) -> None:
    assert ("ACCUSE", "AUS", "CHN") in _dyads(run_text, "Australia said it was deeply concerned about the deal with "
                                                        "China.")
    assert ("ACCUSE", "JPN", "CHN") in _dyads(run_text, "Japan conveyed serious concern to Beijing through "
                                                        "diplomatic channels.")
    assert not _dyads(run_text, "Japan said it was concerned about the weather.")


def test_two_who_agree_on_their_own_body_agree_with_each_other(run_text: Run) -> None:
    found = _dyads(run_text, "On Saturday Gambia's foreign minister telephoned his Senegalese counterpart, and the two "
                             "agreed to convene their joint fisheries commission in Banjul next month.")
    assert {("AGREE", "GMB", "SEN"), ("AGREE", "SEN", "GMB")} <= found
    assert ("AGREE", "GMB", "GMB") not in found


def test_agreeing_that_one_s_own_ministers_will_meet_is_an_agreement_of_the_two(run_text: Run) -> None:
    found = _dyads(run_text, "Greece and Turkey agreed that their foreign ministers would meet in New York.")
    assert {("AGREE", "GRC", "TUR"), ("AGREE", "TUR", "GRC")} <= found
    others = run_text("Analysts expect Greece to sign the deal.", published="2026-03-04").events
    assert all(e.modality == "hypothetical" for e in others)


@pytest.mark.parametrize(("text", "expected"), [
    ("Forces loyal to the Libyan National Army shelled government positions near Sirte on Sunday.",
     ("ASSAULT", "LBY", "LBY")),
    ("An Islamic State suicide bombing at a mosque in the northern Afghan city of Kunduz killed at least 22 "
     "worshippers on Friday.", ("ASSAULT", "AFG", "AFG")),
])
def test_loyalties_and_stateless_groups(run_text: Run, text: str, expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Chinese offer to mediate between India and Pakistan was rebuffed on Wednesday by New Delhi.",
     ("REJECT", "IND", "CHN")),
    ("An offer by Kenya to mediate between Somalia and Ethiopia was rebuffed on Tuesday by Mogadishu.",
     ("REJECT", "SOM", "KEN")),
    ("Bosnia and Serbia set up a joint investigation team on Monday to track weapons smuggled across the Drina.",
     ("COOPERATE", "BIH", "SRB")),
])
def test_offers_turned_down_are_aimed_at_their_authors_and_joint_teams_cooperate(run_text: Run, text: str,
                                                                                  expected: Dyad) -> None:
    assert expected in _dyads(run_text, text)
