"""The events stage on the sides of an act: meetings both ways, pledges of restraint, forces moved at home, and the
ministry of the state a story is told from. Texts written for these tests, run through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]


def _dyads(document: Document) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in document.events]


def test_events_sides_a_meeting_or_a_call_is_held_both_ways(run_text: Run) -> None:
    met = "French President Paul Martin met German Chancellor Hans Weber in Berlin on Monday."
    assert _dyads(run_text(met)) == [("CONSULT", "FRA", "DEU"), ("CONSULT", "DEU", "FRA")]
    call = "Egyptian President Karim Adel spoke by telephone with Eritrean President Tekle Haile on Monday."
    assert _dyads(run_text(call)) == [("CONSULT", "EGY", "ERI"), ("CONSULT", "ERI", "EGY")]


def test_events_sides_a_visit_is_made_one_way(run_text: Run) -> None:
    visit = "French President Paul Martin visited Germany on Monday."
    assert _dyads(run_text(visit)) == [("CONSULT", "FRA", "DEU")]


def test_events_sides_a_pledge_of_restraint_is_cooperative(run_text: Run) -> None:
    pledged = run_text("China pledged not to attack Taiwan.").events
    assert [(e.type, e.negated, e.modality) for e in pledged] == [("AGREE", False, "intended")]
    withheld = run_text("China did not pledge to attack Taiwan.").events
    assert [(e.type, e.negated) for e in withheld] == [("THREATEN", True)]
    threat = run_text("Russia threatened to attack Ukraine.").events
    assert [(e.type, e.negated) for e in threat] == [("THREATEN", False)]


def test_events_sides_forces_moved_at_home_are_aimed_across_the_border(run_text: Run) -> None:
    home = ("Venezuela's defence ministry said on Sunday it had sent about 4,000 soldiers and armoured vehicles to "
            "Bolivar state, near the border with Guyana.")
    assert _dyads(run_text(home)) == [("MOBILIZE", "VEN", "GUY")]
    abroad = "The United States sent food aid to Haiti on Sunday."
    assert _dyads(run_text(abroad)) == [("AID", "USA", "HTI")]


def test_events_sides_a_bare_ministry_is_that_of_the_state_the_story_is_told_from(run_text: Run) -> None:
    text = ("CHISINAU, Moldova, Jan 15 (AFP) - Moldova expelled three Russian diplomats on Wednesday, accusing them "
            "of funding unrest.\n\nThe foreign ministry said the three had channelled money to opposition groups. "
            "Russian officials named in the report deny it. The Russian Foreign Ministry is expected to respond.")
    ministry = next(a for a in run_text(text).actors if a.name.lower() == "foreign ministry")
    assert ministry.country == "MDA"


def test_events_sides_a_state_consults_no_one_of_its_own(run_text: Run) -> None:
    own = ("BELGRADE — Serbia put its army on alert on Tuesday and suspended its participation in the dialogue "
           "with Kosovo.")
    assert ("SANCTION", "SRB", "SRB") not in _dyads(run_text(own))
    rivals = "GENEVA — Envoys of Sudan's army and the Rapid Support Forces met face to face in Jeddah."
    assert [e.type for e in run_text(rivals).events][:1] == ["CONSULT"]


def test_events_sides_people_harmed_are_of_the_place_it_happened(run_text: Run) -> None:
    placed = ("Members of a gang coalition abducted 15 people from a bus on the road north of Port-au-Prince in "
              "Haiti on Monday.")
    assert [(e.type, e.target.country if e.target else None) for e in run_text(placed).events] == [
        ("ASSAULT", "HTI")]
    unplaced = "Russian troops killed 14 people on Monday."
    assert [(e.type, e.target.country if e.target else None) for e in run_text(unplaced).events] == [
        ("ASSAULT", None)]


def test_events_sides_crossings_closed_against_a_neighbour_are_a_sanction(run_text: Run) -> None:
    closed = "Lithuania closed its last two road crossings with Belarus on Wednesday for at least a month."
    assert _dyads(run_text(closed)) == [("SANCTION", "LTU", "BLR")]
    border = "Thailand closed its border with Cambodia on Monday."
    assert _dyads(run_text(border)) == [("SANCTION", "THA", "KHM")]
    repairs = "The crossing was closed for repairs on Monday."
    assert run_text(repairs).events == []


def test_events_sides_mediators_mediate_towards_each_party_and_are_no_party(run_text: Run) -> None:
    truce = "Serbia and Kosovo agreed to a truce on Monday after talks in Vienna mediated by Austria and Hungary."
    dyads = _dyads(run_text(truce))
    assert dyads[:2] == [("AGREE", "SRB", "XKX"), ("AGREE", "XKX", "SRB")]
    assert set(dyads[2:]) == {("CONSULT", "SRB", "XKX"), ("CONSULT", "XKX", "SRB"), ("CONSULT", "AUT", "SRB"),
                              ("CONSULT", "AUT", "XKX"), ("CONSULT", "HUN", "SRB"), ("CONSULT", "HUN", "XKX")}
    held = run_text("Armenian and Azerbaijani negotiators held talks in Geneva on Sunday, with Switzerland mediating.")
    assert not any("CHE" in (d[1], d[2]) and d[1:] != ("CHE", "ARM") and d[1:] != ("CHE", "AZE")
                   for d in _dyads(held))
    assert {("CONSULT", "CHE", "ARM"), ("CONSULT", "CHE", "AZE")} <= set(_dyads(held))


def test_events_sides_a_mediator_doing_the_act_is_its_party(run_text: Run) -> None:
    brokered = run_text("Talks between Serbia and Kosovo were brokered by Austria in Vienna on Sunday.")
    assert _dyads(brokered)[0][1] == "AUT"
    release = run_text("Niger's junta freed the former president on Monday under a deal brokered by Togo.")
    assert not any(d[0] == "CONSULT" for d in _dyads(release))


def test_events_sides_ground_taken_in_fighting_is_an_assault(run_text: Run) -> None:
    taken = run_text("Rwandan troops recaptured the coastal town of Mucojo from insurgents on Saturday.")
    assert [(e.type, e.source.country) for e in taken.events] == [("ASSAULT", "RWA")]
    annexed = run_text("Russia annexed Crimea in 2014.")
    assert [e.type for e in annexed.events] == ["COERCE"]


def test_events_sides_an_act_named_as_the_subject_of_its_delivery(run_text: Run) -> None:
    praise = run_text("Praise for Fiji's new mining law came on Tuesday from China's ambassador in Suva.")
    assert _dyads(praise) == [("SUPPORT", "CHN", "FJI")]
    condemned = run_text("Fresh condemnation of Rwanda's role came on Tuesday from Belgium's foreign minister.")
    assert _dyads(condemned) == [("ACCUSE", "BEL", "RWA")]


def test_events_sides_a_vetoed_draft_is_rejected_in_the_body_that_votes(run_text: Run) -> None:
    vetoed = run_text("China and Russia vetoed a U.S.-drafted U.N. Security Council resolution that would have "
                      "tightened sanctions on North Korea.")
    assert _dyads(vetoed) == [("REJECT", "CHN", "UN"), ("REJECT", "RUS", "UN")]


def test_events_sides_a_result_in_a_game_is_no_attack(run_text: Run) -> None:
    assert run_text("Greece beat Turkey 81-77 in a EuroBasket warm-up game.").events == []
    assert run_text("Brazil crushed Argentina in the World Cup qualifier on Tuesday.").events == []
    tally = run_text("The council voted 13-2 to condemn the attack, after militants attacked the town.")
    assert "ASSAULT" in [e.type for e in tally.events]


def test_events_sides_a_missile_aimed_at_no_one_is_a_show_of_force(run_text: Run) -> None:
    over = run_text("North Korea fired a ballistic missile over Japan on Tuesday.")
    assert _dyads(over) == [("MOBILIZE", "PRK", "JPN")]
    aimed = run_text("Hezbollah fired rockets at northern Israel on Tuesday.")
    assert _dyads(aimed) == [("ASSAULT", "LBN", "ISR")]


def test_events_sides_a_place_of_the_source_s_own_is_no_target(run_text: Run) -> None:
    text = ("North Korea fired a ballistic missile over Japan on Tuesday. In Seoul, the National Security Council "
            "condemned the launch.")
    assert _dyads(run_text(text))[-1] == ("ACCUSE", "KOR", "PRK")
    assert _dyads(run_text("Russian troops attacked an oil refinery in Ukraine."))[-1] == ("ASSAULT", "RUS", "UKR")


def test_events_sides_people_from_the_two_sides_or_their_delegations_meet_both_ways(run_text: Run) -> None:
    text = ("Indian and Chinese soldiers fought with sticks and stones on Sunday. Corps commanders from the two "
            "armies met for ten hours at the border on Monday.")
    assert _dyads(run_text(text))[-2:] == [("CONSULT", "IND", "CHN"), ("CONSULT", "CHN", "IND")]
    sent = run_text("Delegations from Sudan's army and the paramilitary Rapid Support Forces began indirect talks in "
                    "Jeddah on Saturday.")
    assert _dyads(sent) == [("CONSULT", "SDN", "SDN"), ("CONSULT", "SDN", "SDN")]
    assert {e.source.name for e in sent.events} == {"Sudan's army", "Rapid Support Forces"}


def test_events_sides_talks_under_a_third_party_s_auspices(run_text: Run) -> None:
    text = "Serbia and Kosovo resumed talks in Brussels under the auspices of the European Union."
    assert set(_dyads(run_text(text))) == {("CONSULT", "SRB", "XKX"), ("CONSULT", "XKX", "SRB"),
                                           ("CONSULT", "EU", "SRB"), ("CONSULT", "EU", "XKX")}


def test_events_sides_they_opening_a_sentence_after_two_sides_is_both(run_text: Run) -> None:
    text = ("Kyrgyzstan and Tajikistan signed an accord on Friday demarcating the border. They also agreed to reopen "
            "all crossings between the two countries from June 1.")
    assert _dyads(run_text(text))[-2:] == [("AGREE", "KGZ", "TJK"), ("AGREE", "TJK", "KGZ")]
    protest = run_text("Serbia and Kosovo signed a deal on Monday. Protesters in Belgrade said they opposed it.")
    assert [d for d in _dyads(protest) if d[0] == "REJECT"] == [("REJECT", "SRB", None)]


def test_events_sides_a_place_named_with_its_province_is_in_its_country(run_text: Run) -> None:
    text = "Pakistani helicopter gunships attacked a village in Khost province overnight."
    assert _dyads(run_text(text)) == [("ASSAULT", "PAK", "AFG")]


def test_events_sides_an_act_named_with_its_doer_is_the_one_referred_to_later(run_text: Run) -> None:
    lead = "The Organization of American States condemned Ecuador's raid on Mexico's embassy in Quito."
    later = " Brazil and Chile condemned the raid in a joint statement."
    assert _dyads(run_text(lead + later))[-2:] == [("ACCUSE", "BRA", "ECU"), ("ACCUSE", "CHL", "ECU")]
    plain = "The Organization of American States met in Quito on Monday."
    assert all(target is None for *_, target in _dyads(run_text(plain + later)))


def test_events_sides_an_offer_made_to_no_one_named_is_its_makers(run_text: Run) -> None:
    text = ("Turkey offered on Thursday to host a new round of talks in Ankara. Egypt sent troops to Somalia. "
            "Somalia accepted the offer on Friday.")
    assert _dyads(run_text(text))[-1] == ("AGREE", "SOM", "TUR")


def test_events_sides_an_accord_signed_somewhere_is_no_party(run_text: Run) -> None:
    text = "The foreign ministers of Armenia and Azerbaijan initialled the text of a peace treaty in Washington."
    assert sorted(_dyads(run_text(text))) == [("AGREE", "ARM", "AZE"), ("AGREE", "AZE", "ARM")]


def test_events_sides_police_storming_a_building_coerce_a_crowd_riots(run_text: Run) -> None:
    assert _dyads(run_text("Ecuadorian police stormed Mexico's embassy in Quito."))[0][:2] == ("COERCE", "ECU")
    assert _dyads(run_text("Protesters stormed Mexico's embassy in Quito."))[0][0] == "PROTEST"


def test_events_sides_a_hostile_act_after_another_country_acted_is_aimed_at_it(run_text: Run) -> None:
    text = "South Korea's military raised its alert level on Tuesday after North Korea fired artillery rounds."
    assert _dyads(run_text(text))[0] == ("MOBILIZE", "KOR", "PRK")
    calm = "South Korea's military raised its alert level on Tuesday after a typhoon hit the coast."
    assert _dyads(run_text(calm))[0] == ("MOBILIZE", "KOR", None)


def test_events_sides_aircraft_flying_close_visit_no_one(run_text: Run) -> None:
    assert all(d[0] != "CONSULT" for d in _dyads(run_text("Chinese military drones flew close to Yonaguni island.")))
    assert _dyads(run_text("The Chinese president flew to Tokyo on Friday."))[0][0] == "CONSULT"


def test_events_sides_a_call_named_with_an_acronym_is_that_bodys(run_text: Run) -> None:
    text = "Niger's military government brushed aside an ECOWAS call to set a date for elections."
    assert _dyads(run_text(text)) == [("REJECT", "NER", "ECOWAS")]


def test_events_sides_a_third_partys_appeal_to_no_one_named_goes_to_both_sides(run_text: Run) -> None:
    story = "India and Pakistan exchanged fire on Monday. On Tuesday, Pakistani artillery hit Indian posts. "
    dyads = _dyads(run_text(story + "Saudi Arabia urged restraint on Wednesday."))
    assert [d for d in dyads if d[0] == "REQUEST"] == [("REQUEST", "SAU", "IND"), ("REQUEST", "SAU", "PAK")]
    own = _dyads(run_text(story + "Pakistan urged restraint on Wednesday."))
    assert [d for d in own if d[0] == "REQUEST"] == [("REQUEST", "PAK", "IND")]


def test_events_sides_guests_hosted_visit_the_host_and_talk_with_each_other(run_text: Run) -> None:
    hosted = "Kenyan Foreign Minister Amos Kirui hosted his Ugandan and Tanzanian counterparts in Nairobi on Monday."
    assert sorted(_dyads(run_text(hosted))) == sorted([
        ("CONSULT", "KEN", "UGA"), ("CONSULT", "KEN", "TZA"), ("CONSULT", "UGA", "KEN"), ("CONSULT", "TZA", "KEN"),
        ("CONSULT", "UGA", "TZA"), ("CONSULT", "TZA", "UGA")])
    one = "Kenyan Foreign Minister Amos Kirui hosted his Ugandan counterpart in Nairobi on Monday."
    assert sorted(_dyads(run_text(one))) == [("CONSULT", "KEN", "UGA"), ("CONSULT", "UGA", "KEN")]


def test_events_sides_people_sheltered_and_bases_housed_are_no_guests(run_text: Run) -> None:
    sheltered = "Kenya, which hosts more than 600,000 Somali refugees, called for more aid on Monday."
    assert not any(e.cameo in ("042", "043") for e in run_text(sheltered).events)
    bases = "Djibouti hosts military bases of France and Japan."
    assert _dyads(run_text(bases)) == [("COOPERATE", "DJI", "FRA"), ("COOPERATE", "DJI", "JPN")]


def test_events_sides_weapons_launched_by_a_side_are_its_attack(run_text: Run) -> None:
    text = "Drones launched by the Houthis struck a port in the Red Sea on Monday."
    assert _dyads(run_text(text))[0][:2] == ("ASSAULT", "YEM")


def test_events_sides_gangs_act_where_the_dateline_places_them(run_text: Run) -> None:
    text = "PORT-AU-PRINCE, Haiti — Gangs armed with rifles attacked two police stations overnight."
    assert _dyads(run_text(text))[0][:2] == ("ASSAULT", "HTI")


def test_events_sides_arriving_in_a_capital_visits_its_country(run_text: Run) -> None:
    text = "The Italian foreign minister arrived in Nairobi on Monday for a two-day visit."
    assert _dyads(run_text(text))[0] == ("CONSULT", "ITA", "KEN")


def test_events_sides_an_act_called_unjustified_is_criticised_against_its_doer(run_text: Run) -> None:
    text = ("Morocco closed its border with Mauritania on Thursday. Mauritanian Foreign Minister Sidi Ould Ahmed "
            "called the closure \"unjustified and disproportionate\".")
    assert ("ACCUSE", "MRT", "MAR") in _dyads(run_text(text))
