"""Parties of events read off the clause: a participle's doer is the noun it follows, and an act of no one known
to no one known is no event."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document

Run = Callable[..., Document]


def _coded(document: Document) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in document.events}


def test_the_noun_a_participle_follows_is_its_doer(run_text: Run) -> None:
    document = run_text("Japan's foreign minister, visiting Manila on Monday, praised the Philippine coast guard.")
    assert ("CONSULT", "JPN", "PHL") in _coded(document)


def test_a_participle_of_what_was_done_to_a_noun_gives_it_no_act(run_text: Run) -> None:
    document = run_text("Three diplomats expelled by Poland on Monday left Warsaw by train.")
    assert all(e.source.country != "RUS" or e.type != "SANCTION" for e in document.events)
    assert all(not (e.type == "SANCTION" and e.source.name == "diplomats") for e in document.events)


def test_an_act_of_no_one_known_is_no_event_and_a_known_doer_makes_one(run_text: Run) -> None:
    nobody = run_text("At least ten undersea cables have been damaged since 2023.")
    assert [e for e in nobody.events if e.type == "ASSAULT"] == []
    known = run_text("Russian saboteurs have damaged at least ten undersea cables since 2023, Finland said.")
    assert any(e.type == "ASSAULT" and e.source.country == "RUS" for e in known.events)


def test_an_act_named_again_by_a_definite_noun_is_no_new_event(run_text: Run) -> None:
    document = run_text("BELGRADE, June 26 — Serbian police arrested eleven student leaders on Monday.\n\n"
                        "The European Union's enlargement commissioner said the arrests were deeply worrying.")
    assert [e for e in document.events if e.type == "COERCE" and e.source.country == "EU"] == []
    named = run_text("Ankara condemned the arrest of three Turkish journalists by Azerbaijani police.")
    assert ("ACCUSE", "TUR", "AZE") in _coded(named)


def test_an_article_before_an_organisations_name_is_no_demonym(run_text: Run) -> None:
    document = run_text("The European Union's enlargement commissioner urged Belgrade to free the students.")
    assert ("REQUEST", "EU", "SRB") in _coded(document)
    region = run_text("The European delegates urged Belgrade to free the students.")
    assert all(e.source.country != "EU" for e in region.events)


def test_domestic_agents_act_in_the_story_country_not_a_foreign_one_named_long_before(run_text: Run) -> None:
    text = ("MAPUTO, Feb 12 — Floods have displaced thousands of people in central Mozambique.\n\n"
            "Rwanda, which has deployed about 4,000 troops and police in Cabo Delgado since 2021, said it would "
            "send help.\n\nThe United States announced $3 million in emergency assistance on Thursday.\n\n"
            "In Beira, several hundred displaced residents blocked the road to the airport on Wednesday.\n\n"
            "Police arrested 14 people at the scene, a police spokesman said.")
    coded = _coded(run_text(text))
    assert ("COERCE", "MOZ", "MOZ") in coded and not any(s == "RWA" for t, s, _ in coded if t == "COERCE")
    assert any(t == "PROTEST" and s == "MOZ" for t, s, _ in coded)
    near = run_text("NAIROBI, May 3 — Ugandan police fired tear gas at opposition supporters in Kampala on "
                    "Monday. Police later arrested 20 people.")
    assert any(t == "COERCE" and s == "UGA" for t, s, _ in _coded(near))


def test_whom_an_act_is_handed_to_is_its_target_not_the_own_citizen_it_is_about(run_text: Run) -> None:
    handed = run_text("Moscow handed Tallinn a protest note over the detention of a Russian citizen.")
    assert ("ACCUSE", "RUS", "EST") in _coded(handed)
    home = run_text("Iran arrested two Iranian activists accused of spying for Israel.")
    assert ("COERCE", "IRN", "IRN") in _coded(home)


def test_a_volley_of_what_is_fired_is_not_the_target(run_text: Run) -> None:
    coded = _coded(run_text("Hezbollah fired a barrage of rockets at the Israeli town of Kiryat Shmona on Sunday."))
    assert ("ASSAULT", "LBN", "ISR") in coded


def test_an_ousted_leader_is_not_the_office_holder_of_today(run_text: Run) -> None:
    document = run_text("Dhaka asked for the extradition of Bangladesh's ousted prime minister.")
    assert all(a.kb_id is None for a in document.actors if a.kind == "person")


def test_a_post_abroad_and_its_staff_belong_to_the_sending_state(run_text: Run) -> None:
    document = run_text("ISLAMABAD, June 8 — Pakistan ordered two officials of the Indian High Commission in "
                        "Islamabad to leave the country within 24 hours.")
    assert ("SANCTION", "PAK", "IND") in _coded(document)
    post = next(a for a in document.actors if a.name == "Indian High Commission")
    assert post.country == "IND"


def test_an_act_of_one_side_with_no_target_named_is_aimed_at_the_other_side(run_text: Run) -> None:
    text = ("ISLAMABAD, June 8 — Pakistan expelled two Indian diplomats on Saturday, and India expelled two "
            "Pakistani diplomats a day later.\n\nPakistan retaliated with drones and artillery.\n\n"
            "Norway condemned the violence.")
    coded = _coded(run_text(text))
    assert ("ASSAULT", "PAK", "IND") in coded
    assert not any(t == "ACCUSE" and s == "NOR" and g in ("IND", "PAK") for t, s, g in coded)


def test_a_concession_with_no_target_named_is_made_at_home(run_text: Run) -> None:
    coded = _coded(run_text("Georgia's ruling party withdrew its foreign agents bill after weeks of protests."))
    assert ("CONCEDE", "GEO", "GEO") in coded


def test_whom_a_thing_is_sent_or_returned_to_is_the_target(run_text: Run) -> None:
    assert ("RETREAT", "USA", "CUB") in _coded(run_text("The United States eased restrictions on remittances to Cuba."))
    returned = run_text("The restitution of 40 bronzes to Ghana by Britain was completed on Saturday.")
    assert any(t == "RETREAT" and g == "GHA" for t, _, g in _coded(returned))


def test_a_denial_of_an_act_is_no_rejection_and_a_refusal_of_a_thing_is(run_text: Run) -> None:
    denied = run_text("Baku denied that it was still holding Armenian civilians captured in Karabakh.")
    assert not any(e.type == "REJECT" for e in denied.events)
    refused = run_text("Tehran denied visas to three British journalists.")
    assert any(e.type == "REJECT" and e.source.country == "IRN" for e in refused.events)


def test_fire_of_a_party_is_an_attack_and_a_fire_of_nature_is_none(run_text: Run) -> None:
    attack = run_text("An Armenian border post in Tavush was hit by Azerbaijani sniper fire overnight.")
    assert ("ASSAULT", "AZE", "ARM") in _coded(attack)
    nature = run_text("Villages in Tavush were hit by the massive fire overnight.")
    assert not any(e.type == "ASSAULT" for e in nature.events)


def test_what_is_received_from_someone_is_their_act(run_text: Run) -> None:
    assert ("AID", "RUS", "KGZ") in _coded(run_text("Kyrgyzstan received 40,000 tonnes of wheat from Russia."))
    call = run_text("Kenya's president received a phone call from the French president on Monday.")
    assert ("CONSULT", "FRA", "KEN") in _coded(call)
    hosted = run_text("Kenya's president received the French foreign minister in Nairobi on Monday.")
    assert ("CONSULT", "KEN", "FRA") in _coded(hosted)


def test_earthquakes_matches_and_albums_are_no_politics(run_text: Run) -> None:
    for text in ("A magnitude 6.4 earthquake struck off the coast of Chile's Atacama region.",
                 "Ghana hit back from two goals down to beat Nigeria 3-2 in a friendly in Accra.",
                 "A Kenyan singer fired back at critics of his new album in a video on Sunday."):
        assert run_text(text).events == [], text
    assert ("ASSAULT", "RUS", "UKR") in _coded(run_text("Russian missiles struck a power plant in Kharkiv."))


def test_a_named_gulf_is_no_region_of_its_own(run_text: Run) -> None:
    named = run_text("Russia sent three warships into the Gulf of Bothnia on Monday.")
    assert [e.target.country for e in named.events if e.target] == [None]
    region = run_text("Iran sent three warships into the Gulf on Monday.")  # a region is a place, no party
    assert [e.type for e in region.events] == ["MOBILIZE"] and not any(e.target for e in region.events)


def test_the_one_foreign_country_of_a_clause_is_the_target_of_an_act_that_names_none(run_text: Run) -> None:
    duty = run_text("Vietnam imposed a 30 percent duty on steel imported from Indonesia.")
    assert ("SANCTION", "VNM", "IDN") in _coded(duty)
    shadow = run_text("Japan sent two destroyers to shadow a Chinese carrier group near Okinawa.")
    assert ("MOBILIZE", "JPN", "CHN") in _coded(shadow)
    venue = run_text("Malaysia imposed a curfew on three districts, officials said at a briefing in Singapore.")
    assert not any(e.target and e.target.country == "SGP" for e in venue.events)
    other_act = run_text("Malaysia reinforced its border posts and Thai police closed two crossings.")
    assert not any(e.source.country == "MYS" and e.target and e.target.country == "THA" for e in other_act.events)


def test_acts_exchanged_are_mutual_and_coercion_done_jointly_is_cooperation(run_text: Run) -> None:
    fire = run_text("Indian and Pakistani troops exchanged artillery fire along the Line of Control on Friday.")
    assert {("ASSAULT", "IND", "PAK"), ("ASSAULT", "PAK", "IND")} <= _coded(fire)
    raid = run_text("Serbian and Hungarian police raided smuggling camps jointly on Sunday.")
    assert {("COOPERATE", "SRB", "HUN"), ("COOPERATE", "HUN", "SRB")} <= _coded(raid)  # partners in one raid
    assert not any(e.type == "COERCE" for e in raid.events)
    one_way = run_text("Indian troops fired on Pakistani posts along the Line of Control on Friday.")
    assert ("ASSAULT", "PAK", "IND") not in _coded(one_way)


def test_a_foreign_country_in_a_relative_clause_is_not_the_target(run_text: Run) -> None:
    document = run_text("Greek coast guards fired at a boat carrying Syrian migrants who had sailed from Turkey.")
    assert ("ASSAULT", "GRC", "SYR") in _coded(document)
    assert not any(e.target and e.target.country == "TUR" for e in document.events)


def test_those_expected_to_act_are_its_doers(run_text: Run) -> None:
    document = run_text("Diplomats in Vienna said Austria and Slovakia were expected to sign a gas transit deal.")
    assert ("AGREE", "AUT", "SVK") in _coded(document)
    assert not any(e.source.name and "Diplomats" in e.source.name for e in document.events)


def test_a_concession_under_pressure_yields_to_whoever_pressed(run_text: Run) -> None:
    pressed = run_text("Under pressure from the European Union, Serbia's government withdrew a bill on foreign "
                       "funding.")
    assert any(e.type == "CONCEDE" and e.source.country == "SRB" and e.target and e.target.country == "EU"
               for e in pressed.events)
    home = run_text("Serbia's government withdrew a bill on foreign funding after protests in Belgrade.")
    assert not any(e.target and e.target.country == "EU" for e in home.events)


def test_places_coordinated_with_their_prepositions_are_each_a_target(run_text: Run) -> None:
    document = run_text("Qatar's foreign minister has travelled to Kabul and to Islamabad twice since March.")
    assert {("CONSULT", "QAT", "AFG"), ("CONSULT", "QAT", "PAK")} <= _coded(document)


def test_the_government_in_a_capital_is_that_capitals_even_where_the_parser_hangs_it_on_the_verb(
        run_text: Run) -> None:
    document = run_text("Colombia's foreign ministry accused the government in Caracas of harassing migrants.")
    assert ("ACCUSE", "COL", "VEN") in _coded(document)


def test_a_name_the_parser_hung_on_the_clause_before_is_the_subject_of_its_verb(run_text: Run) -> None:
    document = run_text("Russia freed two Estonian fishermen on Monday and Estonia released a Russian sailor held "
                        "since May.")
    assert {("RETREAT", "RUS", "EST"), ("RETREAT", "EST", "RUS")} <= _coded(document)


def test_an_act_told_with_its_parties_in_a_phrase_of_circumstance_is_an_event(run_text: Run) -> None:
    told = run_text("After a telephone call with Kenya's president on Friday, Uganda reopened the border crossing.")
    assert any(e.type == "CONSULT" and e.target and e.target.country == "KEN" for e in told.events)
    background = run_text("After the strike on the depot, Israel ordered a day of mourning.")
    assert not any(e.type == "ASSAULT" for e in background.events)


def test_both_governments_are_the_two_states_of_a_story_a_bloc_mediates(run_text: Run) -> None:
    text = ("ADDIS ABABA, May 4 — The African Union's envoy met Sudan's army chief on Monday and South Sudan's "
            "president on Tuesday.\n\nThe AU envoy urged Sudan to reopen the oil pipeline to South Sudan.\n\n"
            "Sudan accused South Sudan of harbouring rebels.\n\nThe United States called on both governments to "
            "respect the ceasefire.")
    coded = _coded(run_text(text))
    assert {("REQUEST", "USA", "SDN"), ("REQUEST", "USA", "SSD")} <= coded
    assert ("REQUEST", "USA", "AU") not in coded


def test_an_opposition_acts_at_home_whatever_the_stories_two_sides(run_text: Run) -> None:
    text = ("Sudan accused South Sudan of harbouring rebels on Monday.\n\nSouth Sudan rejected the accusation.\n\n"
            "In Khartoum, the opposition Umma Party rejected the army's plan for elections.")
    assert not any(e.source.sector == "OPP" and e.target and e.target.country == "SSD"
                   for e in run_text(text).events)


def test_the_country_is_the_state_named_last_before_it(run_text: Run) -> None:
    text = ("Guinea's army seized power on Monday.\n\nFrance suspended its budget support to the country on Thursday.")
    assert ("SANCTION", "FRA", "GIN") in _coded(run_text(text))


def test_doers_acting_on_each_other_are_each_others_targets(run_text: Run) -> None:
    text = ("Ethiopia accused Eritrea of massing troops on Monday.\n\nEritrea rejected the charge.\n\n"
            "The two governments expelled each other's diplomats in 2023 as well.")
    assert {("SANCTION", "ETH", "ERI"), ("SANCTION", "ERI", "ETH")} <= _coded(run_text(text))


def test_an_object_pronoun_is_not_the_subject_of_its_clause(run_text: Run) -> None:
    text = "Kenya's president telephoned his Ugandan counterpart on Friday and urged him to reopen the border."
    assert ("REQUEST", "KEN", "UGA") in _coded(run_text(text))


def test_crowds_take_the_country_of_the_town_their_sentence_opens_with(run_text: Run) -> None:
    document = run_text("In Mombasa, hundreds of dock workers marched to the port authority's offices on Monday.")
    assert [e.source.country for e in document.events if e.type == "PROTEST"] == ["KEN"]


def test_it_opening_a_sentence_is_the_body_the_sentence_before_is_about(run_text: Run) -> None:
    text = ("Norway's foreign ministry summoned Russia's ambassador on Monday. It demanded that the fishing boat be "
            "released at once.")
    assert any(e.type == "REQUEST" and e.source.country == "NOR" for e in run_text(text).events)


def test_a_spokesman_for_a_body_is_of_its_country(run_text: Run) -> None:
    document = run_text("A spokesman for the Taliban government thanked Qatar for its help.")
    assert ("SUPPORT", "AFG", "QAT") in _coded(document)


def test_conjecture_keeps_the_type_of_the_act_and_is_hypothetical(run_text: Run) -> None:
    hedged = run_text("Diplomats in Nairobi said Uganda would probably back Kenya's candidate for the AU commission.")
    assert [(e.type, e.modality) for e in hedged.events] == [("SUPPORT", "hypothetical")]
    expected = run_text("Observers in Dakar said Mali was expected to back Senegal's candidate for the ECOWAS post.")
    assert [(e.type, e.modality) for e in expected.events] == [("SUPPORT", "hypothetical")]
    stated = run_text("Kenya said it would send troops to Haiti.")
    assert [e.modality for e in stated.events] == ["intended"]


def test_parties_others_expect_to_act_are_its_doers_and_the_act_a_conjecture(run_text: Run) -> None:
    document = run_text("Diplomats in Nairobi expect Kenya and Tanzania to sign a border deal at the EAC summit.")
    assert {(e.source.country, e.modality) for e in document.events if e.type == "AGREE"} == {
        ("KEN", "hypothetical"), ("TZA", "hypothetical")}


def test_partners_in_a_named_exercise_are_each_others_targets(run_text: Run) -> None:
    document = run_text("Egyptian and Saudi warships conducted the annual Morgan exercise in the Red Sea this week.")
    assert {("COOPERATE", "EGY", "SAU"), ("COOPERATE", "SAU", "EGY")} <= _coded(document)


def test_an_appeal_to_a_named_party_is_a_request_whatever_it_asks(run_text: Run) -> None:
    assert ("REQUEST", "LBY", "UN") in _coded(run_text("Libya's government asked the UN to help it count the votes."))
    assert run_text("The minister asked reporters to wait outside.").events == []


def test_a_march_through_a_city_is_a_protest_in_its_country(run_text: Run) -> None:
    document = run_text("Crowds of pensioners marched through Santiago on Sunday, waving banners.")
    assert [(e.type, e.target.country if e.target else None) for e in document.events] == [("PROTEST", "CHL")]



def test_a_state_is_no_target_of_its_own_threat(run_text: Run) -> None:
    text = ("Ethiopia accused Egypt of meddling on Monday.\n\n"
            "On Wednesday Egypt's president warned that Egypt would take \"all necessary measures\" to protect its "
            "share of the Nile.")
    threats = {(e.source.country, e.target and e.target.country) for e in run_text(text).events
               if e.type == "THREATEN"}
    assert threats == {("EGY", "ETH")}


def test_an_ally_is_another_state_than_its_owner(run_text: Run) -> None:
    assert ("SUPPORT", "USA", "PHL") in _coded(run_text(
        "The United States said it stood firmly with its treaty ally, the Philippines."))
    assert not any(e.target and e.target.country == "CHN"
                   for e in run_text("China said it stood firmly with its ally.").events)


def test_a_name_after_the_day_a_sentence_opens_with_is_its_subject(run_text: Run) -> None:
    assert ("SANCTION", "FRA", "MLI") in _coded(run_text(
        "On Wednesday Paris also suspended the issuing of visas to Malian government officials."))


def test_a_war_fought_by_two_states_is_each_against_the_other_and_a_trade_war_no_fighting(run_text: Run) -> None:
    coded = _coded(run_text("Ethiopia and Eritrea fought a border war from 1998 to 2000."))
    assert {("ASSAULT", "ETH", "ERI"), ("ASSAULT", "ERI", "ETH")} <= coded
    assert not any(e.type == "ASSAULT" for e in run_text("Nigeria and Ghana fought a trade war over rice.").events)


@pytest.mark.parametrize("text", [
    "Dozens of students gathered outside the French embassy in Algiers on Thursday.",
    "Several hundred Algerians gathered outside the French embassy in Algiers to protest against the new visa rules.",
])
def test_a_protest_at_an_embassy_is_aimed_at_its_state(run_text: Run, text: str) -> None:
    assert ("PROTEST", "DZA", "FRA") in _coded(run_text(text))


def test_a_crowd_gathered_elsewhere_is_no_protest(run_text: Run) -> None:
    assert run_text("Thousands of fans gathered outside the stadium in Algiers on Thursday.").events == []


def test_an_act_on_nothing_is_negated(run_text: Run) -> None:
    events = run_text("Japan sent no troops to Iraq.").events
    assert [(e.type, e.negated) for e in events] == [("MOBILIZE", True)]
    assert [(e.type, e.negated) for e in run_text("Japan sent troops to Iraq.").events] == [("MOBILIZE", False)]


def test_an_act_in_the_passive_has_no_doer_but_its_agent(run_text: Run) -> None:
    assert run_text("Three Russian diplomats were expelled on Monday.").events == []
    assert run_text("The ministry said on Monday that the peace deal was signed.").events == []
    assert ("SANCTION", "EST", "RUS") in _coded(run_text(
        "The ministry said three Russian diplomats were expelled by Estonia on Monday."))
    assert ("RETREAT", "RUS", "GEO") in _coded(run_text(
        "Eleven Georgian lorry drivers held in North Ossetia were let go by Moscow after a week of talks."))
    assert ("MOBILIZE", "JPN") in {e[:2] for e in _coded(run_text(
        "Japan's Self-Defense Forces were put on high alert after the launch."))}


def test_a_verb_joined_to_a_passive_is_not_done_by_its_agent(run_text: Run) -> None:
    document = run_text("The European Union's foreign policy chief said the vote had been marred by \"serious "
                        "irregularities\" and urged the authorities to publish the results.")
    assert [(e.type, e.source.country) for e in document.events] == [("REQUEST", "EU")]


def test_each_body_of_a_coordinated_modifier_is_a_target(run_text: Run) -> None:
    coded = _coded(run_text("Congo's foreign ministry rejected the US and EU statements as interference."))
    assert {("REJECT", "COD", "USA"), ("REJECT", "COD", "EU")} <= coded


def test_a_region_is_where_an_act_takes_place_not_its_target(run_text: Run) -> None:
    assert ("ASSAULT", "USA", "VEN") in _coded(run_text(
        "US forces struck a Venezuelan-flagged boat in the southern Caribbean on Tuesday."))
    assert ("MOBILIZE", "VEN", "USA") in _coded(run_text(
        "Venezuela ordered the mobilisation of its militia in response to US naval deployments in the Caribbean."))
    assert ("AGREE", "RUS", "EUR") in _coded(run_text(
        "Russia is ready to restore diplomatic relations with Europe, the Kremlin said on Thursday."))


def test_a_proposal_refused_is_aimed_at_whoever_put_it_forward(run_text: Run) -> None:
    assert ("REJECT", "USA", "DZA") in _coded(run_text(
        "The United States vetoed a Security Council draft resolution on Gaza put forward by Algeria."))
    assert ("REJECT", "IRN", "GBR") in _coded(run_text(
        "Tehran rejected a proposal from Britain to resume nuclear talks in Oslo."))


def test_an_international_body_is_no_target_of_its_own_officials(run_text: Run) -> None:
    document = run_text("NATO's secretary-general warned that the alliance would respond to any attack.")
    assert not any(e.target and e.target.country == "NATO" for e in document.events)


def test_a_welcomed_exchange_is_aimed_at_both_its_sides(run_text: Run) -> None:
    coded = _coded(run_text("Russia and Ukraine swapped 150 prisoners of war on Friday. Turkey welcomed the swap."))
    assert {("SUPPORT", "TUR", "RUS"), ("SUPPORT", "TUR", "UKR")} <= coded


def test_praise_for_what_the_speaker_calls_a_states_stand_is_aimed_at_it(run_text: Run) -> None:
    assert ("SUPPORT", "RUS", "SVK") in _coded(run_text(
        "Russia's foreign ministry praised what it called Slovakia's \"sovereign position\"."))
    assert ("ACCUSE", "IRN", "ISR") in _coded(run_text("Iran condemned what it called Israel's aggression."))


def test_the_four_governments_are_the_four_states_named_together(run_text: Run) -> None:
    text = ("On Nov 25 the United States, Britain, Canada and Japan imposed coordinated sanctions on Russian banks. "
            "Ukraine's foreign minister thanked the four governments for the sanctions.")
    assert {("SUPPORT", "UKR", c) for c in ("USA", "GBR", "CAN", "JPN")} <= _coded(run_text(text))
    text = ("Romania, Bulgaria and Serbia signed a dredging accord. The three governments agreed to share data "
            "with Hungary.")
    assert {("AGREE", c, "HUN") for c in ("ROU", "BGR", "SRB")} <= _coded(run_text(text))


def test_the_object_of_a_verb_and_its_complement_is_the_target(run_text: Run) -> None:
    assert ("ASSAULT", "MOZ", "MOZ") in _coded(run_text(
        "Police in Maputo shot dead three protesters during a march against the election results."))
    assert ("ASSAULT", "UKR", "RUS") in _coded(run_text(
        "Ukrainian drones set an oil refinery in Russia's Samara region ablaze."))


def test_police_and_rebels_use_force_on_people_at_home_not_on_ships(run_text: Run) -> None:
    houthis = run_text("Houthi rebels fired a missile at a tanker in the Red Sea.").events
    assert not any(e.target and e.target.country == "YEM" for e in houthis)


def test_things_listed_after_a_foreign_one_are_no_targets_of_their_own(run_text: Run) -> None:
    events = run_text("Morocco imposed duties of up to 40 percent on Egyptian cars, textiles and ceramics.").events
    assert [(e.source.country, e.target and e.target.country) for e in events] == [("MAR", "EGY")]


@pytest.mark.parametrize(("text", "expected"), [
    ("China protested to Japan over the visit.", ("ACCUSE", "CHN", "JPN")),
    ("Bangladesh summoned India's acting high commissioner on Thursday to protest the killing of a villager.",
     ("ACCUSE", "BGD", "IND")),
    ("Thousands of farmers protested the new tax in Nairobi.", ("PROTEST", "KEN", "KEN")),
])
def test_a_government_protests_by_accusing_and_people_by_demonstrating(run_text: Run, text: str,
                                                                        expected: tuple[str, str, str]) -> None:
    assert expected in _coded(run_text(text))


def test_police_are_of_the_country_the_story_is_told_from_unless_their_sentence_says(run_text: Run) -> None:
    text = ("SUVA, Fiji, Oct 9 (AFP) - Australia pledged money to the fund. The United States sent no delegation. "
            "Outside the venue, police arrested nine Fijian students who had chained themselves to the gates.")
    assert ("COERCE", "FJI", "FJI") in _coded(run_text(text))


def test_an_offer_accepted_or_turned_down_is_aimed_at_whoever_made_it(run_text: Run) -> None:
    text = ("Norway offered on Monday to host talks between Colombia and the ELN in Oslo.\n"
            "Colombia's government accepted the offer, but the rebels turned it down on Wednesday.\n\n"
            "Qatar offered to mediate between Chad and Sudan.\n"
            "Chad accepted the offer on Thursday, but Sudan turned it down.")
    coded = _coded(run_text(text))
    assert {("AGREE", "COL", "NOR"), ("AGREE", "TCD", "QAT"), ("REJECT", "SDN", "QAT")} <= coded
    assert ("AGREE", "TCD", "SDN") not in coded


def test_it_stands_for_no_party_without_an_act_before_it(run_text: Run) -> None:
    text = "Chad accepted the plan on Monday, but Sudan turned it down."
    assert ("REJECT", "SDN", None) in _coded(run_text(text))


def test_a_decision_a_vote_or_a_day_s_release_is_the_latest_act(run_text: Run) -> None:
    text = ("NIAMEY — Niger's junta ordered the French ambassador to leave the country on Monday.\n"
            "Mali and Burkina Faso backed the decision in a joint statement.\n\n"
            "Kosovo released two Serbian customs officers on Thursday.\nThe EU welcomed Thursday's release.")
    coded = _coded(run_text(text))
    assert {("SUPPORT", "MLI", "NER"), ("SUPPORT", "BFA", "NER"), ("SUPPORT", "EU", "XKX")} <= coded


def test_a_decision_with_no_act_before_it_is_aimed_at_no_one(run_text: Run) -> None:
    coded = _coded(run_text("Mali backed the decision in a joint statement on Monday."))
    assert coded == {("SUPPORT", "MLI", None)}


def test_what_a_party_will_do_under_an_accord_is_its_pledge(run_text: Run) -> None:
    text = "Under an accord signed on Monday, Senegal will let Mauritania land its catch at Saint-Louis."
    events = [e for e in run_text(text).events if e.type == "AGREE"]
    assert [(e.source.country, e.target.country if e.target else None, e.modality) for e in events] == [
        ("SEN", "MRT", "intended")]


def test_what_a_party_will_do_under_rules_is_no_pledge(run_text: Run) -> None:
    text = "Under the new rules, Senegal will let Mauritania land its catch at Saint-Louis."
    assert not any(e.type == "AGREE" for e in run_text(text).events)


def test_people_who_march_are_of_the_place_they_march_in(run_text: Run) -> None:
    coded = _coded(run_text("Several hundred people marched through Suva on Tuesday against the new tax."))
    assert ("PROTEST", "FJI", "FJI") in coded


def test_an_act_named_again_in_a_phrase_is_no_new_act(run_text: Run) -> None:
    text = ("Fiji's parliament approved a security pact with Australia on Monday.\n"
            "Several hundred people marched through Suva on Tuesday carrying banners against the pact.")
    events = run_text(text).events
    assert [e.type for e in events if e.type == "AGREE"] == ["AGREE"]


def test_people_counted_again_are_those_counted_before(run_text: Run) -> None:
    text = ("Senegal detained four Gambian fishermen at sea on Sunday.\n"
            "Senegalese police arrested the four men near Kafountine.")
    events = [e for e in run_text(text).events if e.source.name and "police" in e.source.name]
    assert [(e.type, e.source.country, e.target.country if e.target else None) for e in events] == [
        ("COERCE", "SEN", "GMB")]


def test_people_counted_again_are_no_things_counted_before(run_text: Run) -> None:
    text = ("Senegal seized four Gambian fishing boats on Sunday.\n"
            "Senegalese police arrested the four men near Kafountine.")
    events = [e for e in run_text(text).events if e.source.name and "police" in e.source.name]
    assert [(e.type, e.target.country if e.target else None) for e in events] == [("COERCE", "SEN")]


def test_an_invitation_accepted_is_aimed_at_who_invited(run_text: Run) -> None:
    text = ("The African Union's envoy called on both sides to talk and offered on Tuesday to host the two "
            "leaders in Addis Ababa. Sudan accepted the invitation, but Chad turned it down on Wednesday.")
    coded = _coded(run_text(text))
    assert {("AGREE", "SDN", "AU"), ("REJECT", "TCD", "AU")} <= coded


def test_the_two_countries_are_the_two_named_together_before(run_text: Run) -> None:
    text = ("Ghana and Togo have disputed the lagoon border for decades. "
            "The two countries' troops clashed near Aflao in 2019.")
    assault = {c for c in _coded(run_text(text)) if c[0] == "ASSAULT"}
    assert assault == {("ASSAULT", "GHA", "TGO"), ("ASSAULT", "TGO", "GHA")}
    alone = run_text("The two countries' troops clashed near Aflao in 2019.")
    assert {c for c in _coded(alone) if c[0] == "ASSAULT"} <= {("ASSAULT", None, None), ("ASSAULT", None, "GHA")}


def test_accusations_traded_and_envoys_recalled_by_two_go_each_way(run_text: Run) -> None:
    coded = _coded(run_text("ABUJA — Benin and Niger traded accusations on Monday. "
                            "Both countries recalled their ambassadors on Tuesday."))
    assert {("ACCUSE", "BEN", "NER"), ("ACCUSE", "NER", "BEN"), ("SANCTION", "BEN", "NER"),
            ("SANCTION", "NER", "BEN")} <= coded
    elsewhere = _coded(run_text("Benin and Niger recalled their ambassadors from France on Tuesday."))
    assert {c for c in elsewhere if c[0] == "SANCTION"} == {("SANCTION", "BEN", "FRA"), ("SANCTION", "NER", "FRA")}


def test_a_reply_promised_if_another_acts_is_a_threat_to_that_other(run_text: Run) -> None:
    warned = _coded(run_text("Brussels would retaliate if Washington raised duties on European steel."))
    assert ("THREATEN", "EU", "USA") in warned
    replied = _coded(run_text("The bloc will respond firmly if India imposes the tariffs, the spokesman said."))
    assert ("THREATEN", "EU", "IND") in replied
    done = _coded(run_text("Brussels retaliated after Washington raised duties on European steel."))
    assert not any(c[0] == "THREATEN" for c in done)
    kind = _coded(run_text("Nairobi would respond positively if Kampala reopened the border, the minister said."))
    assert not any(c[0] == "THREATEN" for c in kind)


def test_who_declared_him_unwelcome_is_who_said_so_not_him(run_text: Run) -> None:
    text = ("TALLINN (Reuters) - The foreign ministry said the diplomat, a first secretary at the Russian embassy, had "
            "engaged in activities \"incompatible with his status\" and declared him persona non grata.")
    sanctions = [e for e in run_text(text).events if e.type == "SANCTION"]
    assert [(e.source.name, e.source.country) for e in sanctions] == [("foreign ministry", "EST")]


def test_a_statement_denounced_is_aimed_at_all_who_made_it(run_text: Run) -> None:
    text = ("JAKARTA (Reuters) - South Korea and Indonesia urged North Korea in a joint statement on Wednesday to halt "
            "its missile launches. Hours later, North Korea's KCNA news agency denounced the statement as \"yapping\".")
    coded = _coded(run_text(text))
    assert {("ACCUSE", "PRK", "KOR"), ("ACCUSE", "PRK", "IDN")} <= coded
    alone = _coded(run_text("North Korea's KCNA news agency denounced the statement as \"yapping\"."))
    assert {c for c in alone if c[0] == "ACCUSE"} == {("ACCUSE", "PRK", None)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Serbian President Nemanja Stojković said the arrests were \"a planned provocation\" and accused Pristina of "
     "lying.", ("ACCUSE", "SRB", "XKX")),
    ("Russia's deputy ambassador, Arkady Velichko, told the council the text ignored Sudan's sovereignty and accused "
     "Britain of hypocrisy.", ("ACCUSE", "RUS", "GBR")),
    ("Late on Friday, Nigeria's Chief of Defence Staff, General Haruna Tsafe, spoke by telephone with his "
     "Cameroonian counterpart.", ("CONSULT", "NGA", "CMR")),
])
def test_the_doer_of_a_coordinated_act_is_the_one_who_reports_it_or_is_named_beside_a_title(
        run_text: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(run_text(text))


def test_the_two_after_a_call_are_the_two_who_spoke(run_text: Run) -> None:
    text = ("On Saturday Gambia's foreign minister, Lamin Ceesay, telephoned his Senegalese counterpart, and the two "
            "agreed to reopen the border.")
    assert {("AGREE", "GMB", "SEN"), ("AGREE", "SEN", "GMB")} <= _coded(run_text(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Nicaragua completed its withdrawal from the OAS in November 2023.", ("SANCTION", "NIC", "OAS")),
    ("Ethiopia withdrew its forces from Somalia's Gedo region.", ("RETREAT", "ETH", "SOM")),
])
def test_leaving_an_international_body_cuts_relations_and_troops_pulled_out_retreat(
        run_text: Run, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(run_text(text))


def test_events_parties_a_blockade_by_farmers_is_a_protest_by_a_navy_force(run_text: Run) -> None:
    farmers = run_text("Dutch farmers blockaded the port of Rotterdam with hundreds of tractors on Wednesday.").events
    assert [(e.type, e.source.country) for e in farmers] == [("PROTEST", "NLD")]
    navy = run_text("The Turkish navy blockaded the port of Famagusta on Wednesday.").events
    assert [e.type for e in navy][:1] == ["COERCE"]
