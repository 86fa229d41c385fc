"""The quotes stage on scenes referred back to and on speakers the parser misreads: a news conference told before,
a gathering the text returns to, titles and names split by the parser, descriptions of nationals who serve a
body, and bystanders named after they speak. Texts written for these tests; published on Wednesday 15 April 2026
(Monday is 13 April, Sunday 12 April) unless a test says otherwise."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]
WEDNESDAY = "2026-04-15"
MONDAY = "2026-04-13"
SUNDAY = "2026-04-12"


def _rows(document: Document) -> list[tuple[str | None, str | None]]:
    """(speaker name, date) of each quote."""
    return [(q.speaker.name, q.date) for q in document.quotes]


def _person(document: Document, name: str) -> tuple[str | None, str | None, list[str]]:
    """The country, role and mentions of the person of that name."""
    actor = next(a for a in document.actors if a.name == name)
    return actor.country, actor.role, [m.text for m in actor.mentions]


LEAD = ("DOHA — Qatar and the United States will host new talks on Sudan \"within weeks\", Minister of Foreign Affairs "
        "Sheikh Khalid bin Hamad Al Thani said on Monday, standing beside US Secretary of State Laura Whitfield at a "
        "news conference in Doha.\n\n")
PLANE = ("Whitfield had flown in from Cairo on Sunday. Speaking to reporters on her plane that evening, she said "
         "Washington wanted \"a deal both generals have to sign\".\n\n")
BACKGROUND = "Sudan's war began in April 2023 and has driven millions from their homes.\n\n"


def test_quotes_scenes_the_news_conference_is_the_one_named_so_not_the_reporters_met_since(run_text: Run) -> None:
    back = ("Sheikh Khalid opened the news conference by saying that both armies had sent \"clear commitments\".\n\n"
            "Whitfield said the United States would add $400 million to its aid for Sudan this year.")
    rows = _rows(run_text(LEAD + PLANE + BACKGROUND + back, WEDNESDAY))
    assert rows[1] == ("Laura Whitfield", SUNDAY)  # on the plane
    assert rows[2:] == [("Khalid bin Hamad Al Thani", MONDAY), ("Laura Whitfield", MONDAY)]
    elsewhere = "Whitfield said the United States would add $400 million to its aid for Sudan this year."
    assert _rows(run_text(LEAD + PLANE + BACKGROUND + elsewhere, WEDNESDAY))[-1][1] == SUNDAY  # no return to it


def test_quotes_scenes_a_given_name_after_a_title_is_the_person_named_in_full(run_text: Run) -> None:
    text = LEAD + "\"The text is largely agreed,\" Sheikh Khalid said."
    document = run_text(text, WEDNESDAY)
    assert _rows(document)[-1] == ("Khalid bin Hamad Al Thani", MONDAY)
    assert _person(document, "Khalid bin Hamad Al Thani")[:2] == ("QAT", "foreign minister")  # the office, not the rank


def test_quotes_scenes_the_minister_is_the_minister_not_a_secretary_of_state(run_text: Run) -> None:
    asked = ("An American reporter asked Whitfield about enrichment. She said the two sides would keep talking.\n\n"
             "The minister, asked the same question, answered in Arabic. \"Our position has not changed,\" he said.")
    rows = _rows(run_text(LEAD + asked, WEDNESDAY))
    assert rows[-1][0] == "Khalid bin Hamad Al Thani"
    assert not any("asked the same question" in q.text for q in run_text(LEAD + asked, WEDNESDAY).quotes)


def test_quotes_scenes_a_name_taken_is_no_quote(run_text: Run) -> None:
    text = ("PORT-AU-PRINCE — Wilfrid Jean-Baptiste, who calls himself \"Bout Neg\", said the market would be "
            "\"closed for good\" if police entered his district.")
    assert [q.text for q in run_text(text, WEDNESDAY).quotes] == [
        "the market would be \"closed for good\" if police entered his district"]
    told = "PORT-AU-PRINCE — The minister told himself that the road would open \"before the rains\"."
    assert len(run_text(told, WEDNESDAY).quotes) == 1  # words said to oneself are still words


def test_quotes_scenes_residents_speak_not_the_places_set_off_after_them(run_text: Run) -> None:
    text = ("PORT-AU-PRINCE — Gangs fired on a police post on Sunday.\n\nReached by telephone on Monday, residents "
            "of Solino and Nazon, neighbourhoods east of "
            "the city centre, said gunfire had continued through the night. One of them, a schoolteacher who asked "
            "not to be named, said she had kept her children indoors \"since Easter\".")
    assert _rows(run_text(text, WEDNESDAY)) == [("residents of Solino and Nazon", MONDAY), ("a schoolteacher", MONDAY)]


def test_quotes_scenes_a_bystander_named_in_the_next_sentence(run_text: Run) -> None:
    text = ("PORT-AU-PRINCE — On Monday morning, only a third of the stalls at the market were open. A charcoal "
            "seller said she had carried her sacks home every night. The seller, Marie-Ange Desrosiers, has worked "
            "at the market for 31 years.")
    assert _rows(run_text(text, WEDNESDAY)) == [("Marie-Ange Desrosiers", MONDAY)]


JOINED = ("NEW YORK — At a Security Council meeting on Monday, the Special Representative of the Secretary-General for "
          "Haiti and head of the UN Integrated Office in Haiti, Ms. Solveig Haraldsen, spoke by video link. She said "
          "armed groups controlled most of the capital.\n\n")


def test_quotes_scenes_two_titles_joined_before_one_name(run_text: Run) -> None:
    document = run_text(JOINED + "\"I have to be honest with this Council,\" the veteran Norwegian diplomat said.",
                        WEDNESDAY)
    assert _rows(document) == [("Solveig Haraldsen", MONDAY), ("Solveig Haraldsen", MONDAY)]
    assert _person(document, "Solveig Haraldsen")[1] == "special representative"


def test_quotes_scenes_a_state_s_envoy_is_not_the_body_s_diplomat(run_text: Run) -> None:
    text = JOINED + "Russia's ambassador said the report was \"one-sided\"."
    assert _rows(run_text(text, WEDNESDAY))[-1][0] != "Solveig Haraldsen"


def test_quotes_scenes_a_communique_adopted_on_a_day_says_it_from_then(run_text: Run) -> None:
    text = ("FUNAFUTI, Tuvalu — Pacific Islands Forum leaders ended their meeting late on Monday by adopting a final "
            "communique that calls for \"urgent\" contributions to the climate fund and says the region must stay "
            "\"free from great-power rivalry\".")
    rows = _rows(run_text(text, WEDNESDAY))
    assert [row[1] for row in rows] == [MONDAY, MONDAY]
    assert rows[0][0] == rows[1][0] and "communique" in (rows[0][0] or "").lower()


def test_quotes_scenes_recognising_a_state_says_nothing(run_text: Run) -> None:
    text = "SUVA — Palau is one of the last Pacific countries that recognise Taipei rather than Beijing."
    assert run_text(text, WEDNESDAY).quotes == []


def test_quotes_scenes_why_a_source_is_unnamed_is_no_part_of_the_name(run_text: Run) -> None:
    text = ("SUVA — A senior official from a Melanesian member state, who spoke on condition of anonymity because "
            "the retreat was closed, said the Taiwan question had taken up most of the time.")
    assert _rows(run_text(text, WEDNESDAY))[0][0] == "A senior official from a Melanesian member state"


def test_quotes_scenes_a_titled_speaker_the_parser_set_beside_the_content(run_text: Run) -> None:
    text = ("ASTANA — Kazakhstan will keep shipping oil through Russia but will not let any single neighbour decide "
            "its trade routes, Minister of Foreign Affairs of the Republic of Kazakhstan Daniyar Tokhtarov said on "
            "Monday, adding that Astana would ask Beijing to expand the dry port.")
    rows = _rows(run_text(text, WEDNESDAY))
    assert rows == [("Daniyar Tokhtarov", MONDAY), ("Daniyar Tokhtarov", MONDAY)]


def test_quotes_scenes_a_routine_s_time_of_day_dates_no_turn(run_text: Run) -> None:
    text = ("The European Commission said on Monday that both sides should return to talks. Relations soured after a "
            "shootout on April 6.\n\nThe following is a transcript of the Commission's midday briefing, led by Chief "
            "Spokesperson Ingrid Vasseur.\n\nVASSEUR: Good afternoon, everyone. We have two announcements today.")
    assert _rows(run_text(text, WEDNESDAY))[-1] == ("Ingrid Vasseur", MONDAY)


def test_quotes_scenes_a_time_run_on_after_the_quoted_words_is_theirs(run_text: Run) -> None:
    text = ("MANILA — Defence Minister Masaki Kurosawa said on Monday that Japan would send 1,200 troops.\n\n"
            "Kurosawa said through an interpreter that Tokyo had briefed Beijing on the pact \"as a courtesy\" "
            "last week.")
    assert _rows(run_text(text, WEDNESDAY))[-1] == ("Masaki Kurosawa", MONDAY)


def test_quotes_scenes_a_family_name_the_tagger_read_as_a_verb(run_text: Run) -> None:
    text = ("HANOI — Vietnam's Minister of Foreign Affairs Do Quang Vinh took a softer line on Monday, saying the code "
            "should be effective.")
    document = run_text(text, WEDNESDAY)
    assert _rows(document) == [("Do Quang Vinh", MONDAY)]
    assert _person(document, "Do Quang Vinh")[:2] == ("VNM", "foreign minister")


def test_quotes_scenes_an_official_of_the_capital_the_sentence_opens_with(run_text: Run) -> None:
    text = ("YEREVAN — Armenia and Azerbaijan initialled a peace treaty on Monday.\n\nIn Tehran, Foreign Ministry "
            "spokesman Hamid Rezaei warned both capitals that Iran would \"use every means\" to keep its border open.")
    assert _person(run_text(text, WEDNESDAY), "Hamid Rezaei")[0] == "IRN"
    plain = text.replace("In Tehran, Foreign", "Foreign")
    assert _person(run_text(plain, WEDNESDAY), "Hamid Rezaei")[0] != "IRN"


def test_quotes_scenes_his_address_is_the_one_he_gave(run_text: Run) -> None:
    text = ("SARAJEVO — Ognjen Radic told a rally in Banja Luka on Sunday that the vote had been stolen.\n\n"
            "Nenad Simic dismissed the claims in a televised address on Monday, saying the opposition could not "
            "count.\n\nRadic also told the rally that his party would go to court.\n\n"
            "Simic also said in his address that he would accept the recount.")
    assert _rows(run_text(text, WEDNESDAY))[-2:] == [("Ognjen Radic", SUNDAY), ("Nenad Simic", MONDAY)]


def test_quotes_scenes_a_publication_s_label_thanks_in_its_editor_s_name(run_text: Run) -> None:
    intro = ("President Ana Rusu told The Prut Review in an interview on Monday that Moldova would not reopen talks. "
             "She spoke to the magazine's editor, Ion Ceban, in her office.\n\n")
    turns = ("Prut Review: Will Moldova stay neutral?\n\nRusu: Neutrality is in our constitution, and only the people "
             "can change it.\n\nPrut Review: Will you buy Russian gas again?\n\nRusu: Not while our neighbours are "
             "bombed with the money.\n\nPrut Review: Madam President, thank you for your time.")
    rows = _rows(run_text(intro + turns, WEDNESDAY))
    assert rows[-1] == ("Ion Ceban", MONDAY)
    assert ("Ana Rusu", MONDAY) in rows and not any("stay neutral" in q.text
                                                  for q in run_text(intro + turns, WEDNESDAY).quotes)


def test_quotes_scenes_a_doctor_named_in_the_next_sentence(run_text: Run) -> None:
    text = ("KHARTOUM — Fighting continued on Sunday.\n\nA doctor in El Obeid, reached by telephone on Monday, said "
            "her clinic had run out of "
            "therapeutic milk. Dr. Amna Osman Karrar, who has worked in the city since 2019, said she could no longer "
            "treat every child.")
    assert _rows(run_text(text, WEDNESDAY)) == [("Amna Osman Karrar", MONDAY), ("Amna Osman Karrar", MONDAY)]
    other = text.replace("Dr. Amna Osman Karrar", "Governor Amna Osman Karrar")
    assert _rows(run_text(other, WEDNESDAY))[0][0] != "Amna Osman Karrar"


def test_quotes_scenes_one_who_gave_a_name_beside_the_speaker_before(run_text: Run) -> None:
    text = ("UVIRA — On Monday, at a primary school in Kavimvira, families had hung washing between the windows. "
            "Esperance Furaha, 34, said she had left Luvungi with her four children.\n\nAn elderly man sitting on a "
            "jerrycan beside her, who gave his name only as Mzee Bisimwa, said he had fled twice before.")
    assert _rows(run_text(text, WEDNESDAY)) == [("Esperance Furaha", MONDAY), ("Bisimwa", MONDAY)]
    apart = text.replace("sitting on a jerrycan beside her", "in Goma").replace("On Monday, at", "At")
    assert _rows(run_text(apart, WEDNESDAY))[-1][1] == WEDNESDAY


def test_quotes_scenes_the_next_day_counts_from_the_day_named_last(run_text: Run) -> None:
    text = ("On Monday, the rebel spokesman told reporters in Goma, which the rebels have held since January 2025, "
            "that his fighters had only \"responded to attacks\".\n\nIn Kinshasa the next day, government spokesman "
            "Augustin Mwamba Kalenga said the rebel account was \"a fable\".")
    assert _rows(run_text(text, WEDNESDAY))[-1] == ("Augustin Mwamba Kalenga", "2026-04-14")


def test_quotes_scenes_a_scene_the_paragraph_before_opens_with_its_day(run_text: Run) -> None:
    scene = ("On Monday morning, at a makeshift camp outside Sake, women queued for water in front of an empty "
             "tank.\n\n")
    words = ("\"We ran at night with nothing,\" said a mother of six from Kalehe.\n\nThe woman, Neema Bahati, 29, "
             "said her husband had stayed behind.")
    assert _rows(run_text(scene + words, WEDNESDAY)) == [("Neema Bahati", MONDAY), ("Neema Bahati", MONDAY)]
    history = "In March 2019, a camp opened outside Sake for families fleeing the fighting.\n\n"
    assert _rows(run_text(history + words, WEDNESDAY))[0][1] == WEDNESDAY  # history told, no scene


def test_quotes_scenes_a_day_opening_the_sentence_dates_its_main_clause(run_text: Run) -> None:
    text = ("On Monday, hours after Argentina's economy ministry published a decree lowering duties, Foreign "
            "Minister Beatriz Sampaio told this newspaper by telephone that the decree was \"exactly the kind of "
            "surprise\" she had warned against.")
    assert _rows(run_text(text, WEDNESDAY)) == [("Beatriz Sampaio", MONDAY)]
    owned = ("Monday's decree lowering duties was \"exactly the kind of surprise\" she had warned against, Foreign "
             "Minister Beatriz Sampaio told this newspaper by telephone.")
    assert _rows(run_text(owned, WEDNESDAY)) == [("Beatriz Sampaio", WEDNESDAY)]


def test_quotes_scenes_the_sultan_is_the_sultan_named_not_the_hosts_emir(run_text: Run) -> None:
    text = ("DOHA — Emir of the State of Qatar Sheikh Khalid bin Fahad Al Thani told the summit on Monday that the "
            "Gulf must build railways.\n\nSultan of Oman Sayyid Azzan bin Majid Al Said told Omani state television on "
            "Monday that the wording was \"familiar\".\n\n\"We have disagreements with Iran,\" the sultan said.")
    document = run_text(text, WEDNESDAY)
    assert [name for name, _ in _rows(document)] == ["Khalid bin Fahad Al Thani"] + ["Azzan bin Majid Al Said"] * 2
    assert {a.country for a in document.actors if a.kind == "person"} == {"QAT", "OMN"}  # no one the text does not name


def test_quotes_scenes_the_minister_is_the_counterpart_who_just_spoke(run_text: Run) -> None:
    text = ("OSLO — Norway's Minister of Foreign Affairs Torbjorn Eide Lunde met his Canadian counterpart, Catherine "
            "Beaulieu-Grant, in Oslo on Monday.\n\nShe said the two governments would set up a working group.\n\n"
            "Asked by a Canadian reporter whether Ottawa would meet the target, the minister said Canada was \"on the "
            "path\".\n\nHis counterpart declined to comment on reports that Canada had chosen a German design, "
            "saying only that the competition was \"open\".")
    assert [name for name, _ in _rows(run_text(text, WEDNESDAY))] == ["Catherine Beaulieu-Grant"] * 3


def test_quotes_scenes_land_claimed_is_no_statement(run_text: Run) -> None:
    text = ("The region, which makes up about two-thirds of Guyana's territory, has been claimed by Venezuela for more "
            "than a century. China claims almost all of the South China Sea. The minister claimed victory.")
    assert [q.text for q in run_text(text, WEDNESDAY).quotes] == ["victory"]


def test_quotes_scenes_the_former_general_is_the_retired_one_named(run_text: Run) -> None:
    text = ("On Monday, Venezuela's defence minister, retired General-in-Chief Ramon Ezequiel Montiel Briceno, told "
            "state television that the armed forces would hold manoeuvres.\n\n\"Not one Venezuelan soldier has set "
            "foot on land that is not Venezuelan,\" the former general said.")
    assert [name for name, _ in _rows(run_text(text, WEDNESDAY))] == ["Ramon Ezequiel Montiel Briceno"] * 2


def test_quotes_scenes_a_description_set_off_after_a_name_is_the_persons(run_text: Run) -> None:
    text = ("Wierzbicki spoke at a joint news conference with President of the Republic of Lithuania Vytautas "
            "Rimkevicius, a former commander of the Lithuanian Land Forces who was making his second visit to Warsaw "
            "this year.\n\nThe former general, standing beside him, said Lithuania would contribute two batteries.")
    assert _rows(run_text(text, WEDNESDAY))[-1][0] == "Vytautas Rimkevicius"


def test_quotes_scenes_a_reason_for_anonymity_with_no_comma_is_no_part_of_the_name(run_text: Run) -> None:
    text = ("A draft statement had been blocked, according to a diplomat from a Security Council member state who "
            "asked not to be named because the consultations were closed.\n\nThe talks were stalled, an official "
            "from a Gulf state who took part in the talks said.")
    assert [name for name, _ in _rows(run_text(text, WEDNESDAY))] == [
        "a diplomat from a Security Council member state", "an official from a Gulf state who took part in the talks"]


def test_quotes_scenes_an_answer_label_is_no_word_that_follows_a_host_cue_as_a_verb(run_text: Run) -> None:
    intro = ("Norway is ready to host a new round of talks on the Arctic fisheries, Foreign Minister Ingrid "
             "Solberg-Dahl said in an interview in Oslo on Monday.\n\nSolberg-Dahl spoke to our correspondent, "
             "Ruth Mbeki, at the ministry.\n\n")
    turns = ("Q: Minister, are the talks dead?\n\nA: No. The door is open, and it stays open.\n\n"
             "Q: Will Russia come?\n\nA: That is a question for Moscow, not for me.")
    rows = _rows(run_text(intro + turns, WEDNESDAY))
    answers = [name for name, _ in rows[-2:]]
    assert answers == ["Ingrid Solberg-Dahl", "Ingrid Solberg-Dahl"]


def test_quotes_scenes_a_portfolio_s_last_word_is_no_part_of_the_name_after_it(run_text: Run) -> None:
    text = ("Beside him stood Japan's Minister of Defense and Minister in Charge of Defense Industrial Base Reform "
            "Kazuhiro Tanabe. Tanabe said Japan would send two liaison officers \"within weeks\".")
    names = {name for name, _ in _rows(run_text(text, WEDNESDAY))}
    assert names == {"Kazuhiro Tanabe"}


def test_quotes_scenes_a_participle_after_a_question_put_goes_with_the_one_who_refused(run_text: Run) -> None:
    text = ("The Japanese minister, Kazuhiro Tanabe, refused to say whether Tokyo would order more destroyers, "
            "telling reporters: \"That is a question for the budget.\"")
    rows = _rows(run_text(text, WEDNESDAY))
    assert rows and rows[-1][0] == "Kazuhiro Tanabe"


def test_quotes_scenes_names_with_their_provinces_and_ranks_written_short(run_text: Run) -> None:
    intro = ("The committee is chaired by Sen. María Mercedes Aranguren of Córdoba. The other senators quoted are "
             "Hernán Quiroga Salas of Buenos Aires and Nélida Benítez of Chaco.\n\n")
    people = {a.name for a in run_text(intro, WEDNESDAY).actors if a.kind == "person"}
    assert {"Hernán Quiroga Salas", "Nélida Benítez"} <= people
    ranked = run_text("Burundi's defence minister, Maj. Gen. Léonidas Ntahomvukiye, said on Wednesday that the "
                      "army would \"defend Uvira\".", WEDNESDAY)
    assert _rows(ranked)[-1][0] == "Léonidas Ntahomvukiye"
