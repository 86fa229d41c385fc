"""Events whose parties or type only the scene around the verb settles: who "the two governments" are, where a
strike lands, a feeling told in the passive, a sanction set for a date, a past verb joined to a reported present
one, and acts that look alike but differ ("cut power to" a neighbour's districts, a storm that cuts it). Each rule
is checked on the reading where it must not apply. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]
Dyad = tuple[str, str | None, str | None]


def _dyads(run_text: Run, text: str) -> set[Dyad]:
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in run_text(text, published="2026-05-04").events}


def test_a_body_a_deal_sets_up_does_not_take_over_the_deal(run_text: Run) -> None:
    text = ("Kenyan Trade Minister Amina Otieno met Ethiopian Trade Minister Dawit Bekele in Nairobi on Monday. "
            "The two sides agreed to form a joint committee on cross-border trade that would meet every quarter.")
    assert {("AGREE", "KEN", "ETH"), ("AGREE", "ETH", "KEN")} <= _dyads(run_text, text)
    told = _dyads(run_text, "Egypt condemned the raid that killed nine Sudanese herders.")
    assert any(t == "ACCUSE" and s == "EGY" for t, s, _ in told)
    assert not any(t == "ASSAULT" for t, _, _ in told)  # the raid condemned is not coded again


def test_the_two_governments_are_the_two_states_of_their_own_sentence(run_text: Run) -> None:
    story = "Vietnam's foreign minister spoke with Laos's foreign minister on Monday. "
    found = _dyads(run_text, story + "Cambodian and Thai officials met in Surin on Tuesday, and the two governments "
                                     "agreed to reopen the crossing.")
    assert {("AGREE", "KHM", "THA"), ("AGREE", "THA", "KHM")} <= found
    assert ("AGREE", "VNM", "LAO") not in found
    alone = _dyads(run_text, story + "Officials met in Surin on Tuesday, and the two governments agreed to reopen "
                                     "the crossing.")
    assert ("AGREE", "VNM", "LAO") in alone


def test_a_sanction_set_for_a_date_is_taken_and_one_on_a_condition_is_a_threat(run_text: Run) -> None:
    dated = _dyads(run_text, "Mexico will impose 30 percent duties on Chinese steel from July 1, the economy "
                             "minister said on Tuesday.")
    assert ("SANCTION", "MEX", "CHN") in dated
    conditional = _dyads(run_text, "Mexico will impose 30 percent duties on Chinese steel if Beijing keeps "
                                   "subsidising its mills.")
    assert ("SANCTION", "MEX", "CHN") not in conditional
    assert ("THREATEN", "MEX", "CHN") in conditional


def test_visas_revoked_and_duties_raised_on_another_state_are_sanctions(run_text: Run) -> None:
    assert ("SANCTION", "USA", "NIC") in _dyads(run_text, "The United States revoked the visas of 40 Nicaraguan "
                                                          "judges on Friday.")
    assert ("SANCTION", "CAN", "CHN") in _dyads(run_text, "Canada raised the anti-dumping duty on Chinese "
                                                          "aluminium to 35 percent on Monday.")
    assert not _dyads(run_text, "Ghana raised electricity tariffs in March.")


def test_a_past_verb_after_a_modal_one_is_done_not_intended(run_text: Run) -> None:
    done = run_text("Colombian President Marta Rojas said Colombia would keep cooperating with Ecuador and "
                    "turned down an Ecuadorian offer to send troops to the border.", published="2026-05-04")
    rejected = [e for e in done.events if e.type == "REJECT"]
    assert rejected and rejected[0].modality == "asserted" and rejected[0].target.country == "ECU"
    assert not any(e.type == "THREATEN" for e in done.events)
    intended = run_text("Colombian President Marta Rojas said Colombia would keep cooperating with Ecuador and "
                        "reject any offer to send troops.", published="2026-05-04")
    assert not any(e.type == "REJECT" and e.modality == "asserted" for e in intended.events)


def test_mediation_accepted_is_an_agreement_with_the_mediator(run_text: Run) -> None:
    assert ("AGREE", "SRB", "EU") in _dyads(run_text, "Belgrade said on Thursday it would accept the European "
                                                      "Union's mediation.")
    assert not any(t == "AGREE" for t, _, _ in _dyads(run_text, "Belgrade said on Thursday it would study the "
                                                                  "European Union's mediation."))


def test_a_past_verb_joined_to_a_quoted_present_one_is_the_speaker_s(run_text: Run) -> None:
    found = _dyads(run_text, "After the talks, EU foreign policy chief Greta Lindahl said members \"stand united "
                             "with Estonia\" and condemned Russia's \"reckless\" flights.")
    assert ("ACCUSE", "EU", "RUS") in found
    assert not any(t == "ACCUSE" and s != "EU" for t, s, _ in found)


def test_fighting_between_two_sides_is_theirs_not_the_reporter_s(run_text: Run) -> None:
    found = _dyads(run_text, "Fighting between the Sudanese army and the Rapid Support Forces near El Fasher "
                             "drove thousands into Chad, Chadian officials said.")
    assert not any(t == "ASSAULT" and s == "TCD" for t, s, _ in found)
    assert any(t == "ASSAULT" and s == "SDN" for t, s, _ in found)


def test_a_strike_lands_in_the_country_of_the_place_it_hits(run_text: Run) -> None:
    assert ("ASSAULT", "RUS", "UKR") in _dyads(run_text, "Russian forces struck a grain terminal in the Odesa "
                                                         "region overnight.")
    assert ("ASSAULT", "IND", "PAK") in _dyads(run_text, "India launched missile strikes on what it called "
                                                         "militant camps in Pakistan.")
    walkout = _dyads(run_text, "Dockworkers in Mombasa launched a strike on Monday over pay.")
    assert not any(t == "ASSAULT" for t, _, _ in walkout)


def test_fighting_of_two_named_sides_keeps_them_whatever_place_follows(run_text: Run) -> None:
    found = _dyads(run_text, "Armenia and Azerbaijan fought a war in 2020, and their leaders later met in Geneva.")
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= found
    assert not any(t == "ASSAULT" and g == "CHE" for t, _, g in found)


def test_help_offered_by_a_demonym_is_the_giver_s(run_text: Run) -> None:
    found = _dyads(run_text, "Jordanian Foreign Minister Omar Haddad spoke by phone with his Lebanese counterpart "
                             "and offered Jordanian help in clearing the rubble.")
    assert ("AGREE", "JOR", "LBN") in found
    assert not any(s == g for _, s, g in found)


def test_power_cut_to_a_neighbour_is_a_sanction_and_a_storm_s_is_no_event(run_text: Run) -> None:
    assert ("SANCTION", "TUR", "SYR") in _dyads(run_text, "Turkey cut power to three Syrian border towns on "
                                                          "Tuesday.")
    assert not _dyads(run_text, "A storm cut power to three border towns on Tuesday.")


def test_a_feeling_told_in_the_passive_is_the_feeler_s(run_text: Run) -> None:
    found = _dyads(run_text, "Seoul said it was seriously concerned by North Korea's missile launches.")
    assert ("ACCUSE", "KOR", "PRK") in found
    assert ("ACCUSE", "PRK", "KOR") not in found
    plain = _dyads(run_text, "Seoul said it was concerned about the weather.")
    assert not any(t == "ACCUSE" for t, _, _ in plain)


def test_an_agreement_reached_with_another_is_mutual(run_text: Run) -> None:
    reached = _dyads(run_text, "The World Bank said it had reached an agreement with Zambia on a $500 million "
                               "loan.")
    assert {("AGREE", "WB", "ZMB"), ("AGREE", "ZMB", "WB")} <= reached
    extended = _dyads(run_text, "Honiara said it would extend its security pact with China for three years.")
    assert ("AGREE", "CHN", "SLB") not in extended
    accepted = _dyads(run_text, "Canada accepted a proposal from Mexico.")
    assert ("AGREE", "MEX", "CAN") not in accepted


def test_two_who_accuse_each_other_of_an_act_accuse_one_another(run_text: Run) -> None:
    found = _dyads(run_text, "Ethiopia and Eritrea accused each other of shelling border villages.")
    assert {("ACCUSE", "ETH", "ERI"), ("ACCUSE", "ERI", "ETH")} <= found
    assert not any(t == "ACCUSE" and g is None for t, _, g in found)
    one = _dyads(run_text, "Ethiopia accused Eritrea of shelling border villages.")
    assert ("ACCUSE", "ERI", "ETH") not in one


def test_acts_named_by_their_nouns_and_plain_verbs_of_giving_and_letting(run_text: Run) -> None:
    assert ("AID", "EU", "MDA") in _dyads(run_text, "The European Union transferred a 300 million euro grant to "
                                                    "Moldova on Friday.")
    assert not any(t == "AID" for t, _, _ in _dyads(run_text, "Kenya transferred the prisoners to a new jail."))
    assert ("SANCTION", "CZE", "RUS") in _dyads(run_text, "The Czech Republic ordered the closure of Russia's "
                                                          "consulate in Brno on Friday.")
    assert not _dyads(run_text, "The council ordered the closure of the road on Friday.")
    assert ("RETREAT", "IRN", "IAEA") in _dyads(run_text, "Iran let IAEA experts inspect the Fordow site.")
    assert ("COOPERATE", "QAT", "USA") in _dyads(run_text, "Qatar passed radar data to the US military.")


def test_a_future_verb_of_a_nominal_act_dates_the_verb_not_the_act(run_text: Run) -> None:
    done = run_text("Spain's suspension of training for the Malian army will be reviewed in June.",
                    published="2026-05-04")
    assert [(e.type, e.modality) for e in done.events] == [("SANCTION", "asserted")]
    going_on = run_text("Russia's attacks on the port will not stop, the ministry said.", published="2026-05-04")
    assert not any(e.type == "ASSAULT" and e.modality == "asserted" for e in going_on.events)


def test_drills_held_alone_are_a_show_of_force_and_held_together_cooperation(run_text: Run) -> None:
    alone = _dyads(run_text, "Azerbaijan's army began five days of war games on Monday in the Nakhchivan exclave.")
    assert any(t == "MOBILIZE" and s == "AZE" for t, s, _ in alone)
    assert not any(t == "COOPERATE" for t, _, _ in alone)
    joint = _dyads(run_text, "Azerbaijan's army began five days of joint war games with Turkish troops on Monday.")
    assert ("COOPERATE", "AZE", "TUR") in joint
    assert not any(t == "MOBILIZE" for t, _, _ in joint)


def test_forces_sent_at_a_host_s_request_are_protection_and_sent_to_a_border_a_build_up(run_text: Run) -> None:
    asked = _dyads(run_text, "Zambia sent 300 soldiers to Malawi's Nsanje district on Tuesday at the request of "
                             "the Malawian government.")
    assert ("AID", "ZMB", "MWI") in asked
    pact = _dyads(run_text, "Botswana deployed police officers to Lesotho under a bilateral agreement with Maseru.")
    assert ("AID", "BWA", "LSO") in pact
    posture = _dyads(run_text, "Azerbaijan deployed troops to the border with Armenia on Tuesday.")
    assert ("MOBILIZE", "AZE", "ARM") in posture
    assert not any(t == "AID" for t, _, _ in posture)


def test_a_threat_on_a_condition_is_aimed_at_whoever_sets_it_off(run_text: Run) -> None:
    found = _dyads(run_text, "Tajikistan threatened on Monday to close its border crossings if Kyrgyzstan went "
                             "ahead with the new customs post.")
    assert ("THREATEN", "TJK", "KGZ") in found
    plain = _dyads(run_text, "Tajikistan threatened on Monday to close its border crossings.")
    assert ("THREATEN", "TJK", "KGZ") not in plain


def test_an_ambassador_or_embassy_of_its_own_state_stays_its_own_wherever_posted(run_text: Run) -> None:
    found = _dyads(run_text, "The Guatemalan foreign ministry said on Tuesday that its ambassador in Tegucigalpa "
                             "had accused Honduras of harassing Guatemalan truckers.")
    assert ("ACCUSE", "GTM", "HND") in found
    seat = _dyads(run_text, "A foreign ministry spokesman in Tegucigalpa accused Guatemala of harassing truckers.")
    assert ("ACCUSE", "HND", "GTM") in seat


def test_a_town_is_read_by_its_whole_name_not_its_last_word(run_text: Run) -> None:
    found = _dyads(run_text, "Insurgents attacked an army post near Mocímboa da Praia on Saturday, killing four "
                             "soldiers.")
    assert not any("CPV" in (s, t) for _, s, t in found)
    assert any(typ == "ASSAULT" and tgt == "MOZ" for typ, _, tgt in found)


def test_the_two_sides_of_talks_between_two_parties_are_those_two_not_the_host(run_text: Run) -> None:
    found = _dyads(run_text, "Oman hosted talks between Iran and the United States in Muscat on Saturday, and the "
                             "two sides agreed to meet again next week.")
    assert {("AGREE", "IRN", "USA"), ("AGREE", "USA", "IRN")} <= found
    assert not any(t == "AGREE" and "OMN" in (s, g) for t, s, g in found)


def test_launches_condemned_are_aimed_at_who_fired_them(run_text: Run) -> None:
    text = ("Kazakhstan and Uzbekistan held talks in Astana this week. On Thursday, Iran fired three ballistic "
            "missiles into the Caspian Sea. Azerbaijan's foreign ministry condemned the launches.")
    found = _dyads(run_text, text)
    assert ("ACCUSE", "AZE", "IRN") in found
    assert not any(t == "ACCUSE" and g in ("KAZ", "UZB") for t, _, g in found)


def test_new_phrasings_of_the_weaker_types(run_text: Run) -> None:
    assert ("SANCTION", "RUS", "FIN") in _dyads(run_text, "Russia cut the military hotline with Finland on Friday.")
    assert ("REJECT", "PRK", "KOR") in _dyads(run_text, "Pyongyang sent back a letter from Seoul's president "
                                                        "proposing talks.")
    assert any(t == "CONCEDE" and s == "BWA" for t, s, _ in _dyads(
        run_text, "Botswana restored the registration of the opposition party on Monday."))
    assert ("ACCUSE", "ARM", "AZE") in _dyads(run_text, "Armenia's prime minister said on Wednesday that Azerbaijan "
                                                        "was behind a wave of cyberattacks on Armenian ministries.")
    assert not any(t == "ACCUSE" for t, _, _ in _dyads(run_text, "The minister said the delays were behind "
                                                                 "schedule."))


def test_an_armed_group_fighting_the_government_attacks_its_own_state(run_text: Run) -> None:
    found = _dyads(run_text, "The Kachin Independence Army has fought the military government for more than a "
                             "decade, the group said in Myitkyina.")
    assert ("ASSAULT", "MMR", "MMR") in found
    lawful = _dyads(run_text, "Activists have fought the new mining law in court for two years.")
    assert not any(t == "ASSAULT" for t, _, _ in lawful)


def test_units_ordered_to_positions_near_a_line_are_a_build_up(run_text: Run) -> None:
    found = _dyads(run_text, "Armenia's defence minister ordered artillery units to positions near the border with "
                             "Azerbaijan on Saturday.")
    assert ("MOBILIZE", "ARM", "AZE") in found
    back = _dyads(run_text, "Armenia's defence minister ordered the artillery units to withdraw from the border.")
    assert not any(t == "MOBILIZE" for t, _, _ in back)


def test_a_month_is_no_town(run_text: Run) -> None:
    found = _dyads(run_text, "Kenya sent police officers to Haiti's capital in March to help fight the gangs.")
    assert not any("GBR" in (s, t) for _, s, t in found)
    moved = _dyads(run_text, "Burundi sent more units to South Kivu in March.")
    assert not any("GBR" in (s, t) for _, s, t in moved)


def test_forces_fought_alongside_are_partners_not_foes(run_text: Run) -> None:
    found = _dyads(run_text, "Burundian troops fought alongside Congolese government forces near Uvira last year, "
                             "officials in Bujumbura said.")
    assert ("COOPERATE", "BDI", "COD") in found
    assert not any(t == "ASSAULT" for t, _, _ in found)


def test_units_moved_or_massed_are_a_build_up_by_their_class(run_text: Run) -> None:
    moved = _dyads(run_text, "Serbia shifted two battalions and several tanks towards the boundary with Kosovo.")
    assert any(t == "MOBILIZE" and s == "SRB" for t, s, _ in moved)
    assert not any(t == "MOBILIZE" for t, _, _ in _dyads(run_text, "Serbia shifted its budget towards pensions."))


def test_drills_near_a_border_with_another_are_held_alone(run_text: Run) -> None:
    near = _dyads(run_text, "Belarus began military exercises near its border with Poland on Tuesday.")
    assert ("MOBILIZE", "BLR", "POL") in near
    assert not any(t == "COOPERATE" for t, _, _ in near)
    assert any(t == "COOPERATE" for t, _, _ in _dyads(
        run_text, "Belarus began military exercises with Russian troops near Brest on Tuesday."))


def test_ships_loaded_with_relief_go_where_they_are_sent(run_text: Run) -> None:
    assert ("AID", "TUR", "LBY") in _dyads(
        run_text, "Turkey sent three ships loaded with flour, tents and blankets to Libya on Sunday.")
    assert not any(t == "AID" for t, _, _ in _dyads(run_text, "Turkish dockers loaded three ships with flour."))


def test_participles_joined_in_the_passive_share_their_agent(run_text: Run) -> None:
    found = _dyads(run_text, "Two Malian soldiers were ambushed and wounded on Sunday by Burkinabe troops near Koro.")
    assert ("ASSAULT", "BFA", "MLI") in found
    assert not any(s == "MLI" for t, s, _ in found if t == "ASSAULT")


def test_striking_professions_protest_at_home(run_text: Run) -> None:
    assert ("PROTEST", "KEN", "KEN") in _dyads(
        run_text, "Doctors at Kenya's public hospitals went on strike on Monday over unpaid salaries.")


def test_a_visit_for_talks_is_a_consultation_both_ways(run_text: Run) -> None:
    talks = _dyads(run_text, "Ghana's foreign minister flew to Lome on Monday for talks with Togolese officials.")
    assert {("CONSULT", "GHA", "TGO"), ("CONSULT", "TGO", "GHA")} <= talks
    funeral = _dyads(run_text, "Ghana's foreign minister flew to Lome on Monday to attend a state funeral.")
    assert ("CONSULT", "TGO", "GHA") not in funeral


def test_what_two_sides_agreed_should_happen_is_their_agreement(run_text: Run) -> None:
    story = "Chad's foreign minister met his Nigerien counterpart in N'Djamena on Monday, and "
    agreed = _dyads(run_text, story + "the two sides agreed that a joint border commission would meet in May.")
    assert {("AGREE", "TCD", "NER"), ("AGREE", "NER", "TCD")} <= agreed
    said = _dyads(run_text, story + "an official said a joint border commission would meet in May.")
    assert not any(t == "AGREE" and s for t, s, _ in said)  # what one side's official says, no one agreed


def test_a_call_named_in_passing_with_its_parties_is_a_consultation(run_text: Run) -> None:
    assert ("CONSULT", "PER", "CHL") in _dyads(
        run_text, "Peru's president raised the dispute in a telephone call with his Chilean counterpart on Friday.")
    assert not any(t == "CONSULT" for t, _, _ in _dyads(
        run_text, "Peru's president raised the dispute in a speech to the Chilean senate on Friday."))


def test_forces_sent_to_support_another_are_help_promised(run_text: Run) -> None:
    help_ = _dyads(run_text, "Norway said on Monday it would send a frigate to the Baltic to support Lithuanian "
                             "patrols.")
    assert any(t == "AGREE" and s == "NOR" for t, s, _ in help_)
    assert not any(t == "THREATEN" for t, _, _ in help_)
    own = _dyads(run_text, "Russia said on Monday it would send warships to the Baltic to defend its citizens.")
    assert any(t == "THREATEN" and s == "RUS" for t, s, _ in own)


def test_a_mission_described_by_its_fight_is_no_act_of_those_who_join_it(run_text: Run) -> None:
    found = _dyads(run_text, "Kenya and Jamaica pledged more police officers on Friday for the UN-backed mission "
                             "fighting Haiti's gangs.")
    assert not any(t == "ASSAULT" for t, _, _ in found)


def test_reports_dismissed_as_untrue_deny_the_act(run_text: Run) -> None:
    text = "Ghana's foreign ministry on Friday dismissed as untrue reports that Accra had struck a deal with Lome."
    document = run_text(text, published="2026-05-04")
    assert [(e.type, e.modality) for e in document.events][:1] == [("AGREE", "denied")]
    assert not any(e.type == "REJECT" for e in document.events)
    assert any(t == "REJECT" for t, _, _ in _dyads(run_text, "Ghana's foreign ministry dismissed Togo's proposal."))


def test_votes_for_candidates_and_states_held_responsible(run_text: Run) -> None:
    document = run_text("Chile did not vote for Peru's candidate for the post on Wednesday.", published="2026-05-04")
    assert [(e.type, e.negated) for e in document.events] == [("SUPPORT", True)]
    assert ("ACCUSE", "BOL", "CHL") in _dyads(
        run_text, "Bolivia said on Monday it held Chile responsible for the deaths of two herders.")
    assert not any(t == "ACCUSE" for t, _, _ in _dyads(run_text, "Bolivia held talks with Chile on Monday."))


def test_parties_removed_from_a_sanctions_list_together(run_text: Run) -> None:
    assert ("RETREAT", "USA", "VEN") in _dyads(
        run_text, "The United States removed two Venezuelan banks and a state oil firm from its sanctions list.")


def test_a_wish_of_ones_own_is_no_appeal(run_text: Run) -> None:
    own = _dyads(run_text, "The European Union said it wanted to support Moldova's reforms.")
    assert not any(t == "REQUEST" for t, _, _ in own)
    asked = _dyads(run_text, "The European Union wants Moldova to release two detained journalists.")
    assert ("REQUEST", "EU", "MDA") in asked


def test_agents_a_state_denies_sending_are_its_own(run_text: Run) -> None:
    found = _dyads(run_text, "Belarus denied on Monday that security agents had detained a Lithuanian journalist "
                             "in Minsk.")
    assert ("COERCE", "BLR", "LTU") in found


def test_a_participle_with_its_own_agent_is_an_act_of_its_own(run_text: Run) -> None:
    found = _dyads(run_text, "Senegal demanded the release of 12 Senegalese fishermen arrested by Mauritanian coast "
                             "guards off Nouadhibou.")
    assert ("COERCE", "MRT", "SEN") in found
    struck = _dyads(run_text, "Morocco condemned the strike carried out by Algerian jets.")
    assert not any(t == "ASSAULT" for t, _, _ in struck)


def test_an_incursion_condemned_is_aimed_at_the_intruder(run_text: Run) -> None:
    story = "A Russian fighter jet crossed into Finnish airspace near Porvoo on Monday, Finland's military said. "
    found = _dyads(run_text, story + "The European Union condemned the incursion on Tuesday.")
    assert ("MOBILIZE", "RUS", "FIN") in found
    assert ("ACCUSE", "EU", "RUS") in found
    assert ("ACCUSE", "EU", "FIN") not in found


def test_an_attack_called_a_violation_of_ones_own_sovereignty_accuses_the_attacker(run_text: Run) -> None:
    story = "Turkish drones struck camps near Sinjar in northern Iraq on Friday. "
    called = _dyads(run_text, story + "Iraq's foreign ministry called the attack a breach of Iraqi sovereignty.")
    assert ("ACCUSE", "IRQ", "TUR") in called
    at_home = _dyads(run_text, story + "Iraq's foreign ministry called Iraqi militias a threat to Iraqi sovereignty.")
    assert ("ACCUSE", "IRQ", "TUR") not in at_home


def test_a_state_acted_with_in_solidarity_is_no_target(run_text: Run) -> None:
    found = _dyads(run_text, "Algeria closed its airspace to Moroccan planes in solidarity with the Polisario Front.")
    assert any(t == "SANCTION" and s == "DZA" and g == "MAR" for t, s, g in found)
    alone = _dyads(run_text, "Algeria closed its consulate in Oujda in 2021 in solidarity with Western Sahara.")
    assert not any(t == "SANCTION" and g == "ESH" for t, _, g in alone)


def test_a_charge_daffaires_summoned_and_craft_of_a_named_state(run_text: Run) -> None:
    assert ("ACCUSE", "BLR", "LTU") in _dyads(run_text, "Minsk summoned Lithuania's chargé d'affaires on Monday.")
    jets = _dyads(run_text, "Two Chinese fighter jets flew into Japanese airspace near Yonaguni on Monday.")
    assert ("MOBILIZE", "CHN", "JPN") in jets


def test_a_pledge_not_made_is_no_refusal(run_text: Run) -> None:
    past = run_text("Leaders of the bloc voiced support for Haiti's government but did not commit troops.",
                    published="2026-05-04")
    assert not any(e.type == "REJECT" for e in past.events)
    future = run_text("Kenya will not send troops to Haiti.", published="2026-05-04")
    assert [(e.type, e.negated) for e in future.events] == [("REJECT", False)]


def test_they_after_states_coordinated_are_both(run_text: Run) -> None:
    found = _dyads(run_text, "Norway and Denmark said they supported Iceland's request on Monday.")
    assert {("SUPPORT", "NOR", "ISL"), ("SUPPORT", "DNK", "ISL")} <= found
    one = _dyads(run_text, "Norway said they supported Iceland's request on Monday.")
    assert ("SUPPORT", "DNK", "ISL") not in one


def test_help_sent_is_aimed_at_whom_it_helps(run_text: Run) -> None:
    found = _dyads(run_text, "Kenya will send 30 army engineers to help Somalia rebuild a bridge near Kismayo.")
    assert ("AGREE", "KEN", "SOM") in found
    assert not any(t == "THREATEN" for t, _, _ in found)


def test_new_phrasings_of_refusal_protest_and_cooperation(run_text: Run) -> None:
    assert ("REJECT", "MEX", "USA") in _dyads(run_text, "Mexico turned away two deportation flights from the "
                                                       "United States on Friday.")
    assert ("PROTEST", "BGD", "BGD") in _dyads(run_text, "Bangladeshi garment workers walked out of factories "
                                                       "near Dhaka on Monday.")
    drills = run_text("Belarus did not take part in the Collective Security Treaty Organization's exercises in "
                      "Tajikistan this week.", published="2026-05-04")
    assert [(e.type, e.source.country, e.negated) for e in drills.events][:1] == [("COOPERATE", "BLR", True)]


def test_the_two_communities_of_cyprus_are_cyprus(run_text: Run) -> None:
    found = _dyads(run_text, "Cypriot President Nikos Andreou and Turkish Cypriot leader Kemal Ozer agreed on "
                             "Wednesday to open two new crossing points.")
    assert any(t == "AGREE" and s == "CYP" for t, s, _ in found)
    assert not any("TUR" in (s, g) for _, s, g in found)


def test_both_sides_said_to_agree_are_the_two_not_the_speaker(run_text: Run) -> None:
    story = "Thai and Cambodian officials held talks in Chanthaburi on Monday. "
    found = _dyads(run_text, story + "A Thai spokesman said the talks had been useful and that both sides had agreed "
                                     "to meet again.")
    assert {("AGREE", "THA", "KHM"), ("AGREE", "KHM", "THA")} <= found
    one = _dyads(run_text, story + "A Thai spokesman said the talks had been useful.")
    assert not any(t == "AGREE" for t, _, _ in one)


def test_an_offer_to_work_with_both_sides_and_an_invitation_to_come(run_text: Run) -> None:
    story = "Somali forces detained six Kenyan herders on Sunday, and Kenya demanded their release. "
    work = _dyads(run_text, story + "Djibouti said it was ready to work with both sides to settle the matter.")
    assert {("AGREE", "DJI", "SOM"), ("AGREE", "DJI", "KEN")} <= work
    invited = _dyads(run_text, story + "Djibouti's president invited the two foreign ministers to Djibouti on Tuesday.")
    assert {("AGREE", "DJI", "SOM"), ("AGREE", "DJI", "KEN")} <= invited
    assert not _dyads(run_text, "The club invited its fans to the stadium on Sunday.")


def test_a_third_party_talking_to_both_is_no_side_of_their_story(run_text: Run) -> None:
    story = ("Guinean soldiers took over a police post in Yenga, and Sierra Leone lodged a protest with Guinea. "
             "Liberia's president spoke by telephone with the Sierra Leonean and Guinean leaders. ")
    meeting = _dyads(run_text, story + "The two countries' defence ministers are due to meet next week.") - _dyads(
        run_text, story)
    assert {("CONSULT", "SLE", "GIN"), ("CONSULT", "GIN", "SLE")} <= meeting
    assert not any("LBR" in (s, o) for _, s, o in meeting)  # the caller is no side of the meeting
    mediated = _dyads(run_text, "Oman's foreign minister spoke by telephone with the Saudi foreign minister and with "
                                "the Houthis' chief negotiator, and urged both sides to hold their fire.")
    assert {("CONSULT", "OMN", "SAU"), ("CONSULT", "OMN", "YEM"), ("REQUEST", "OMN", "SAU"),
            ("REQUEST", "OMN", "YEM")} <= mediated


def test_states_whose_clause_tells_of_the_two_are_not_the_two(run_text: Run) -> None:
    story = "Pakistani and Afghan forces traded fire overnight near the Chaman crossing. "
    found = _dyads(run_text, story + "Qatar and Turkey, which brokered the ceasefire the two neighbours agreed in "
                                     "Doha, urged them to return to talks.")
    assert not {("AGREE", "QAT", "TUR"), ("AGREE", "TUR", "QAT")} & found
    joined = _dyads(run_text, story + "Fijian Prime Minister Viliame Nawaqa, who left the summit on Wednesday, held "
                                      "talks in Beijing with Chinese Premier Zhou Hanlin, and the two governments "
                                      "signed agreements on a highway.")
    assert {("AGREE", "FJI", "CHN"), ("AGREE", "CHN", "FJI")} <= joined  # the clause closed before "the two"


def test_those_who_agree_together_agree_with_each_other(run_text: Run) -> None:
    found = _dyads(run_text, "Japanese Foreign Minister Aiko Shimizu and her South Korean counterpart, Yoon Tae-ho, "
                             "agreed to seek an emergency meeting of the U.N. Security Council.")
    assert {("AGREE", "JPN", "KOR"), ("AGREE", "KOR", "JPN")} <= found
    assert ("AGREE", "JPN", "UN") not in found
    with_third = _dyads(run_text, "Russia and China agreed with Iran to hold joint naval drills.")
    assert {("AGREE", "RUS", "IRN"), ("AGREE", "CHN", "IRN")} <= with_third
    accepted = _dyads(run_text, "The European Commission said it would host the Polish and Ukrainian ministers in "
                                "Brussels, and both governments accepted the invitation.")
    assert not {("AGREE", "POL", "UKR"), ("AGREE", "UKR", "POL")} & accepted  # an invitation accepted is the host's


def test_a_patron_named_by_a_hyphened_word_is_not_the_group(run_text: Run) -> None:
    found = _dyads(run_text, "The Houthis fired drones at Jizan on Monday. Saudi jets struck Houthi positions on "
                             "Thursday, hours after the Iran-aligned group fired more drones at Jizan.")
    assert not any(s == "IRN" for _, s, _ in found)
    led = _dyads(run_text, "The Saudi-led coalition struck Sanaa on Friday.")
    assert ("ASSAULT", "SAU", "YEM") in led


def test_an_act_a_clause_makes_its_object_do_is_the_object_s(run_text: Run) -> None:
    found = _dyads(run_text, "North Korea fired a missile over northern Japan on Wednesday, prompting Tokyo to lodge "
                             "a protest through its embassy in Beijing.")
    assert ("ACCUSE", "JPN", "PRK") in found
    assert ("ACCUSE", "PRK", "JPN") not in found
    urged = _dyads(run_text, "The United States urged Rwanda to withdraw its troops from Congo.")
    assert ("REQUEST", "USA", "RWA") in urged
    assert not any(s == "RWA" for _, s, _ in urged)  # an act asked for is not done


def test_a_release_demanded_is_aimed_at_the_captors_the_clause_names(run_text: Run) -> None:
    found = _dyads(run_text, "Benin demanded the immediate release of four Beninese customs officers who it said "
                             "were seized by Nigerien soldiers on the bridge.")
    assert ("REQUEST", "BEN", "NER") in found
    assert ("REQUEST", "BEN", "BEN") not in found


def test_a_condemned_attack_on_a_place_is_aimed_at_the_attacker(run_text: Run) -> None:
    story = "The Houthis fired drones and a missile at the Saudi city of Jizan on Thursday. "
    found = _dyads(run_text, story + "The United Arab Emirates condemned the attack on Jizan.")
    assert ("ACCUSE", "ARE", "YEM") in found
    assert ("ACCUSE", "ARE", "SAU") not in found
    untold = _dyads(run_text, "The United Arab Emirates condemned an attack on Jizan.")
    assert ("ACCUSE", "ARE", "SAU") in untold  # no attacker told: the place attacked is all there is


def test_a_denial_after_a_charge_rejects_the_accuser(run_text: Run) -> None:
    story = "Russia accused Ukraine of shelling the plant. "
    found = _dyads(run_text, story + "Ukraine denied that its forces had fired at the plant.")
    assert ("REJECT", "UKR", "RUS") in found
    alone = _dyads(run_text, "Ukraine denied that its forces had fired at the plant.")
    assert not any(t == "REJECT" for t, _, _ in alone)  # no charge told before


def test_an_act_done_in_protest_is_dissent(run_text: Run) -> None:
    found = _dyads(run_text, "Somali traders shuttered their shops in Mogadishu's Bakara market on Tuesday in "
                             "protest at new taxes on imported goods.")
    assert any(t == "PROTEST" and s == "SOM" for t, s, _ in found)
    recalled = _dyads(run_text, "France recalled its ambassador from Algiers in protest at the decision.")
    assert any(t == "SANCTION" and s == "FRA" for t, s, _ in recalled)  # a stronger act keeps its type
    assert not any(t == "PROTEST" for t, _, _ in recalled)


def test_a_dateline_is_no_target_of_an_act_told_elsewhere(run_text: Run) -> None:
    found = _dyads(run_text, "CAIRO — Rapid Support Forces drones struck fuel depots in Port Sudan on Sunday.")
    assert any(t == "ASSAULT" and s == "SDN" for t, s, _ in found)
    assert not any(o == "EGY" for _, _, o in found)


def test_a_call_by_telephone_names_those_called_after_it(run_text: Run) -> None:
    found = _dyads(run_text, "The NATO chief spoke to the Greek and Turkish leaders on Monday.")
    assert {("CONSULT", "NATO", "GRC"), ("CONSULT", "NATO", "TUR")} <= found
    assert not any(t == "CONSULT" for t, _, _ in _dyads(run_text, "The Greek minister spoke to reporters in Athens."))


def test_a_call_or_demand_dismissed_is_aimed_at_who_made_it(run_text: Run) -> None:
    story = ("Guinean soldiers took over a police post in Yenga, and Sierra Leone lodged a formal protest with Guinea. "
             "The Economic Community of West African States called on Conakry to pull its troops back. ")
    found = _dyads(run_text, story + "The junta's spokesman dismissed the call as interference in a family matter.")
    assert ("REJECT", "GIN", "ECOWAS") in found
    assert ("REJECT", "GIN", "SLE") not in found
    unasked = _dyads(run_text, "Sierra Leone lodged a formal protest with Guinea. The junta's spokesman dismissed the "
                               "call as interference.")
    assert not any(t == "REJECT" and o == "ECOWAS" for t, _, o in unasked)


def test_the_group_is_the_armed_group_named_before(run_text: Run) -> None:
    found = _dyads(run_text, "The Houthis warned Riyadh on Monday. Saudi warplanes struck Houthi positions on "
                             "Thursday, hours after the Iran-aligned group fired a ballistic missile at the Saudi city "
                             "of Jizan.")
    assert ("ASSAULT", "YEM", "SAU") in found
    assert not any(s == "IRN" for _, s, _ in found)
    rights = _dyads(run_text, "The rights group said the army had detained ten protesters.")
    assert not any(s == "YEM" for _, s, _ in rights)


def test_a_crossing_closed_is_closed_to_the_other_side(run_text: Run) -> None:
    found = _dyads(run_text, "South Africa closed the Lebombo border post, its busiest crossing with Mozambique, on "
                             "Tuesday.")
    assert ("SANCTION", "ZAF", "MOZ") in found
    story = _dyads(run_text, "Pakistani and Afghan forces traded fire near Chaman. Pakistan closed the Chaman "
                             "crossing again on Thursday.")
    assert ("SANCTION", "PAK", "AFG") in story
    assert ("SANCTION", "PAK", "PAK") not in story
    assert not _dyads(run_text, "Police closed the Galata bridge to traffic during the marathon.")


def test_an_agent_on_the_object_of_a_passive_phrase_is_its_doer(run_text: Run) -> None:
    found = _dyads(run_text, "Eight Libyan militia commanders were placed under sanctions by the US Treasury.")
    assert ("SANCTION", "USA", "LBY") in found
    bare = _dyads(run_text, "Eight Libyan militia commanders were placed under sanctions.")
    assert not any(s == "USA" for _, s, _ in bare)
