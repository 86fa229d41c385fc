"""The quotes stage on interviews printed with dotted or named labels, council records, long titles and
communique stories: who speaks, what is no one's words, and the day of the statement. Texts written for these
tests; published on Friday 6 March 2026 (Monday is 2 March, Tuesday 3 March, Wednesday 4 March, Thursday 5 March)
unless a test says otherwise."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document, Quote

Run = Callable[..., Document]
FRIDAY = "2026-03-06"
TUESDAY = "2026-03-03"
WEDNESDAY = "2026-03-04"
THURSDAY = "2026-03-05"


def _mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention else None


def _rows(document: Document) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.date) for q in document.quotes]


# -- interviews -------------------------------------------------------------------------------------------------

DOTTED = (
    "Interview: Fiji's Foreign Minister on Fishing Rights\n\n"
    "Fiji will not reopen its fishing zone to foreign fleets this year, Foreign Minister Mere Tuilagi told this "
    "magazine on Wednesday.\n\n"
    "Q. Your neighbours say the ban hurts them. What is your answer?\n\n"
    "A. Our answer is that the tuna belong to the people who live beside them. We have waited long enough.\n\n"
    "Q. Will the ban be lifted next year?\n\n"
    "A. I cannot promise that, and I would not ask our fishermen to believe me if I did.\n\n"
    "Mr. Tavola, the opposition leader, said the ban would cost the treasury millions."
)


def test_quotes_records_dotted_labels_mark_questions_and_answers(run_text: Run) -> None:
    quotes = run_text(DOTTED, FRIDAY, title="Interview: Fiji's Foreign Minister on Fishing Rights").quotes
    answers = [q for q in quotes if q.kind == "direct"]
    assert [(q.text[:14], _mention(q), q.speaker.name, q.date) for q in answers] == [
        ("Our answer is ", "A", "Mere Tuilagi", WEDNESDAY),
        ("I cannot promi", "A", "Mere Tuilagi", WEDNESDAY),
    ]
    assert not any("?" in q.text for q in quotes)  # the questions are no one's
    assert any(q.speaker.name == "Tavola" and q.text.startswith("the ban would") for q in quotes)  # "Mr." no label


NAMED_LABELS = (
    "Interview: Estonia's Defence Minister on the Border\n\n"
    "Estonia will finish its border fence by autumn, Defence Minister Kaja Rebane told the Tallinn Ledger in an "
    "interview on Wednesday.\n\n"
    "Tallinn Ledger: Minister, the fence is a year late. Why?\n\n"
    "Rebane: Because the marshes are deeper than the maps said. We have had to build roads before we could build "
    "a fence.\n\n"
    "Tallinn Ledger: Moscow calls the fence a provocation. Does that worry you?\n\n"
    "Rebane: No. A fence on our own land provokes nobody, and we have told our neighbours so.\n\n"
    "Tallinn Ledger: Minister Rebane, thank you."
)


def test_quotes_records_a_label_that_mostly_asks_makes_a_transcript_of_unknown_names(run_text: Run) -> None:
    quotes = run_text(NAMED_LABELS, FRIDAY).quotes
    answers = [(q.speaker.name, q.text[:12], q.date) for q in quotes if q.text.startswith(("Because", "No."))]
    assert answers == [("Kaja Rebane", "Because the ", WEDNESDAY), ("Kaja Rebane", "No. A fence ", WEDNESDAY)]
    assert not any(q.text.endswith("?") or "Why" in q.text for q in quotes)


def test_quotes_records_a_closing_attribution_the_parser_buried_takes_the_whole_sentence(run_text: Run) -> None:
    lead = run_text(NAMED_LABELS, FRIDAY).quotes[0]
    assert (lead.speaker.name, lead.date) == ("Kaja Rebane", WEDNESDAY)
    assert lead.text.startswith("Estonia will finish its border fence by autumn")


# -- councils and sessions --------------------------------------------------------------------------------------

RECORD = (
    "Security Council, 9981st Meeting: The Situation in Haiti\n\n"
    "United Nations Security Council. 9981st meeting, held at Headquarters, New York, on Tuesday, 3 March 2026. "
    "Provisional record.\n\n"
    "The Council is presided over this month by the Permanent Representative of Norway, Ambassador Ingrid "
    "Solberg Haugland. Speakers: Mr. Okello (Kenya); Ms. Baptiste (Haiti).\n\n"
    "THE PRESIDENT: I give the floor to the representative of Kenya.\n\n"
    "Mr. Okello (Kenya): Our officers have kept the airport open for six months. They cannot keep it open "
    "without pay.\n\n"
    "THE PRESIDENT: I thank the representative of Kenya. The meeting is adjourned."
)


def test_quotes_records_a_council_record_is_dated_by_its_meeting_and_its_president_presides(run_text: Run) -> None:
    quotes = run_text(RECORD, FRIDAY).quotes
    assert [(_mention(q), q.speaker.name, q.date) for q in quotes] == [
        ("THE PRESIDENT", "Ingrid Solberg Haugland", TUESDAY),
        ("Okello", "Okello", TUESDAY),
        ("THE PRESIDENT", "Ingrid Solberg Haugland", TUESDAY),
    ]


# -- who speaks -------------------------------------------------------------------------------------------------


def test_quotes_records_honorifics_before_a_name_are_no_name(run_text: Run) -> None:
    text = ("Malaysian Prime Minister Datuk Seri Hamzah Rashid said the talks had gone well. Cambodian Prime "
            "Minister Samdech Thipadei Sok Vanna said the border would stay open.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == ["Hamzah Rashid", "Sok Vanna"]


def test_quotes_records_the_host_is_the_one_who_hosted(run_text: Run) -> None:
    text = ("Kenyan President Samuel Kiptoo said on Tuesday after hosting the two leaders that the road would "
            "reopen. Ugandan President Moses Okware said it would take months.\n\n"
            '"We will keep the gate open," the host said.')
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes][-1] == "Samuel Kiptoo"
    text = text.replace("after hosting the two leaders ", "")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes][-1] != "Samuel Kiptoo"


def test_quotes_records_joint_titles_and_long_portfolios_name_one_person(run_text: Run) -> None:
    text = ("UNICEF Deputy Director and Representative in Yemen Amira Farouk Haddad said on Tuesday that schools "
            "would reopen.\n\n"
            "Syrian Minister of Economy and Trade Omar Khaled al-Rifai said prices would fall.\n\n"
            "Adviser to the President of the Republic of Kazakhstan and Head of the Policy Department of the "
            "Presidential Office Nurlan Seitkali told a forum in Astana that talks would resume.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == [
        "Amira Farouk Haddad", "Omar Khaled al-Rifai", "Nurlan Seitkali"]


def test_quotes_records_a_name_the_tagger_cut_at_a_place_name_is_whole(run_text: Run) -> None:
    text = ("Brazil's Minister of Mines, Ambassador Carlos Mendes Prado, said the mine would close. Prado added "
            "that workers would be paid.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == ["Carlos Mendes Prado", "Carlos Mendes Prado"]


def test_quotes_records_states_listed_after_a_time_speak_together(run_text: Run) -> None:
    text = ("On Tuesday, the eve of the summit, Peru, Chile, Bolivia and Ecuador said in a joint statement that "
            "the fishing ban was unfair. The four governments also called for talks before June.")
    quotes = run_text(text, FRIDAY).quotes
    assert [q.speaker.name for q in quotes] == ["Peru, Chile, Bolivia and Ecuador"] * 2
    assert [_mention(q) for q in quotes][0] == "Peru, Chile, Bolivia and Ecuador"


def test_quotes_records_a_description_named_later_is_that_person_not_the_office_holder(run_text: Run) -> None:
    text = ("Guyana's president said on Tuesday that the river patrols were a provocation.\n\n"
            "The next day, President of the Co-operative Republic of Guyana Dr. Ravi Persaud told lawmakers "
            "that Guyana would go to court.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == ["Ravi Persaud", "Ravi Persaud"]


# -- what is no one's words -------------------------------------------------------------------------------------


def test_quotes_records_what_a_speaker_did_not_say_is_no_quote(run_text: Run) -> None:
    text = ("The declaration did not mention Russia. Neither minister mentioned the gas pipeline in her remarks. "
            "Okafor said the talks had gone well. He did not answer when asked whether Nigeria would send troops.")
    quotes = run_text(text, FRIDAY).quotes
    assert [(q.speaker.name, q.text) for q in quotes] == [("Okafor", "the talks had gone well")]


def test_quotes_records_a_passive_clause_between_commas_is_no_cue(run_text: Run) -> None:
    text = ("Speaking at a news conference on Tuesday evening, before the text was agreed, Foreign Minister Ana "
            "Lucero said the ministers had argued over every line.")
    quotes = run_text(text, FRIDAY).quotes
    assert [(q.speaker.name, q.date, q.text) for q in quotes] == [
        ("Ana Lucero", TUESDAY, "the ministers had argued over every line")]


def test_quotes_records_according_to_mid_sentence_reports_the_clause_before(run_text: Run) -> None:
    text = ("Ghana sold cocoa worth about 2 billion dollars to Europe last year, according to the Ghana Cocoa "
            "Board, most of it shipped from Tema.")
    quotes = run_text(text, FRIDAY).quotes
    assert [(q.speaker.name, q.text) for q in quotes] == [
        ("The Ghana Cocoa Board", "Ghana sold cocoa worth about 2 billion dollars to Europe last year")]


# -- the day of the statement -----------------------------------------------------------------------------------


def test_quotes_records_what_describes_the_speaker_sets_no_scene(run_text: Run) -> None:
    text = ("Kenya and Uganda agreed on Tuesday at talks in Nairobi to reopen the Busia crossing.\n\n"
            "A senior Kenyan official involved in the talks, who asked not to be named, said the crossing could "
            "open by May.")
    assert _rows(run_text(text, FRIDAY))[-1] == ("A senior Kenyan official involved in the talks", FRIDAY)


def test_quotes_records_a_briefing_told_of_the_speaker_dates_the_statement(run_text: Run) -> None:
    text = ("A senior European official travelling with the commissioner, who briefed reporters on the plane late "
            "on Wednesday, said the deal was almost done.")
    assert _rows(run_text(text, FRIDAY)) == [("A senior European official travelling with the commissioner",
                                              WEDNESDAY)]


def test_quotes_records_a_neighbour_introduced_by_her_shares_the_scene(run_text: Run) -> None:
    text = ("In Tawa, hundreds of families queued on Thursday morning for sacks of maize. Halima Musa, 38, said "
            "her children had not eaten for two days.\n\n"
            "Her neighbour, Aisha Bello, said the queue had started before dawn.")
    assert _rows(run_text(text, FRIDAY)) == [("Halima Musa", THURSDAY), ("Aisha Bello", THURSDAY)]


def test_quotes_records_a_call_the_parser_tied_into_the_content_is_the_speakers_own(run_text: Run) -> None:
    text = ('In Lima, the leader of the opposition, Rosa Quispe, said the government had "sold the coast for a '
            'photograph" and called for a parliamentary inquiry into the contract.')
    quotes = run_text(text, FRIDAY).quotes
    assert [(q.speaker.name, q.text) for q in quotes][-1] == (
        "Rosa Quispe", "a parliamentary inquiry into the contract")


# -- who speaks: titles, headlines, questions put and counterparts ---------------------------------------------

SUNDAY = "2026-03-01"


def test_quotes_records_a_title_joined_to_a_named_title_is_that_person_not_the_holder_on_file(run_text: Run) -> None:
    text = ('Kuwait\'s prime minister said on Tuesday that the talks would go on "as long as both sides want them".'
            "\n\nPrime Minister and Minister of Foreign Affairs Sheikh Fahad bin Nasser Al Sabah hosted the two "
            "envoys for three hours before they left for Geneva.")
    assert _rows(run_text(text, FRIDAY)) == [("Fahad bin Nasser Al Sabah", TUESDAY)]
    alone = run_text('Kuwait\'s prime minister said on Tuesday that the talks would go on.', FRIDAY)
    assert alone.quotes[0].speaker.name not in (None, "Kuwait's prime minister")  # no one named: the holder on file


def test_quotes_records_as_opening_a_second_clause_names_its_speaker(run_text: Run) -> None:
    text = ("Oman is ready to host the next round, Iran's foreign minister said in Muscat on Tuesday, as Oman's "
            'foreign minister, standing beside him, said the two sides were "closer than ever".')
    assert [_mention(q) for q in run_text(text, FRIDAY).quotes] == ["Iran's foreign minister",
                                                                    "Oman's foreign minister"]


def test_quotes_records_a_title_case_headline_lends_no_words_to_a_name(run_text: Run) -> None:
    text = ("Minister Jonas Berg Meets Farmers Over Drought Relief\n\n"
            "Jonas Berg, the agriculture minister, said on Tuesday that relief payments would start in April.")
    assert _rows(run_text(text, FRIDAY)) == [("Jonas Berg", TUESDAY)]


def test_quotes_records_labels_with_military_ranks_name_the_officer(run_text: Run) -> None:
    text = ("Transcript: Defence Briefing on the Arctic\n\n"
            "The briefing was given on Wednesday by spokesperson Ana Lucas and Lieutenant General Omar Diallo.\n\n"
            "MS. LUCAS: Good afternoon. The general will start with the patrol.\n\n"
            "LT. GEN. DIALLO: Thank you. Our ships have tracked the vessel for ten days and will keep doing so.\n\n"
            "Q: Will the ships escort it out?\n\n"
            "LT. GEN. DIALLO: No. Escort is not part of the task we were given.")
    quotes = run_text(text, FRIDAY).quotes
    assert [(_mention(q), q.speaker.name, q.date) for q in quotes] == [
        ("LUCAS", "Ana Lucas", WEDNESDAY), ("DIALLO", "Omar Diallo", WEDNESDAY), ("DIALLO", "Omar Diallo", WEDNESDAY)]


def test_quotes_records_one_asked_a_question_answers_it(run_text: Run) -> None:
    text = ("Spain's foreign minister, Lucía Marín, and her Portuguese counterpart, Rui Matos, spoke to reporters in "
            "Lisbon on Tuesday.\n\n"
            "A Spanish reporter then asked the Portuguese minister whether Lisbon would back the plan. He said the "
            'plan was "a good start" and that Portugal would decide in May.')
    assert _rows(run_text(text, FRIDAY)) == [("Rui Matos", TUESDAY)]
    told = ("A Spanish reporter then told the Portuguese minister that Lisbon had backed the plan. He said the "
            "plan was a good start.")
    assert _rows(run_text(told, FRIDAY))[0][0] != "Rui Matos"  # no question put: the one who spoke goes on


def test_quotes_records_his_counterpart_is_the_other_side_named_before(run_text: Run) -> None:
    text = ("Kenyan Foreign Minister Daniel Kiprono and his Somali counterpart, Ahmed Warsame, met in Nairobi on "
            "Tuesday.\n\nKiprono said the border would reopen in June.\n\n"
            "Warsame said the two governments had agreed to share radar data.\n\n"
            "Kiprono said trade had doubled since March.\n\n"
            "On the maritime dispute, the two men disagreed. Warsame said the court's ruling was final. His "
            'counterpart replied that Kenya "has never accepted that ruling".')
    assert [name for name, _ in _rows(run_text(text, FRIDAY))][-2:] == ["Ahmed Warsame", "Daniel Kiprono"]


def test_quotes_records_titles_joined_before_a_name_end_in_it(run_text: Run) -> None:
    text = ("Opening the summit on Sunday, President of the Republic of Ghana and Chairman of the Authority of Heads "
            'of State and Government Kwame Asante said the armed groups were now "at our doors".')
    assert _rows(run_text(text, FRIDAY)) == [("Kwame Asante", SUNDAY)]


def test_quotes_records_a_city_named_like_a_person_lends_no_surname(run_text: Run) -> None:
    text = ("A Western diplomat in Port Sudan, who asked not to be named, said the talks had stalled.\n\n"
            "Sudan's army said on Tuesday that it had retaken two villages.")
    assert [_mention(q) for q in run_text(text, FRIDAY).quotes] == ["A Western diplomat in Port Sudan",
                                                                    "Sudan's army"]


# -- asked, not saying, and the day of the statement ------------------------------------------------------------


def test_quotes_records_asked_set_off_after_the_name_is_no_speech(run_text: Run) -> None:
    text = ('Chinese foreign ministry spokeswoman Hua Lin on Tuesday called the dam "a matter of sovereignty".\n\n'
            "Hua, asked about the report at her regular briefing in Beijing on Wednesday, said China had \"always "
            'shared flood data". She did not say whether China would attend the meeting in May.')
    quotes = run_text(text, FRIDAY).quotes
    assert [(q.text, q.date) for q in quotes][1:] == [('China had "always shared flood data"', WEDNESDAY)]


def test_quotes_records_a_time_later_on_a_day_is_that_day(run_text: Run) -> None:
    text = ("In Nairobi, government spokesman Peter Mwangi welcomed the ceasefire later on Tuesday but said Kenya "
            'would judge both sides "by what they do".')
    assert {date for _, date in _rows(run_text(text, FRIDAY))} == {TUESDAY}


def test_quotes_records_a_word_of_a_name_is_no_time(run_text: Run) -> None:
    text = ("Nepal will not accept any new dam upstream without a study, Foreign Minister Sita Rai said in an "
            "interview with Nepal Today TV broadcast on Wednesday.")
    assert _rows(run_text(text, FRIDAY)) == [("Sita Rai", WEDNESDAY)]


def test_quotes_records_the_interviewers_closing_line_is_the_editors(run_text: Run) -> None:
    text = ("Interview: Nepal's Foreign Minister on Water\n\n"
            "Foreign Minister Sita Rai spoke on Wednesday to the channel's senior editor, Bikash Thapa, in her office "
            "in Kathmandu.\n\n"
            "INTERVIEWER: Minister, is the dam a threat to Nepal?\n\n"
            "RAI: It is a question we take seriously, and we have asked for a study.\n\n"
            "INTERVIEWER: Minister Rai, we will have to leave it there. Thank you for your time.")
    quotes = run_text(text, FRIDAY).quotes
    assert [(_mention(q), q.speaker.name) for q in quotes] == [("RAI", "Sita Rai"), ("INTERVIEWER", "Bikash Thapa")]


def test_quotes_records_after_the_broadcast_is_the_day_the_lead_gives(run_text: Run) -> None:
    text = ("Interview: Nepal's Foreign Minister on Water\n\n"
            "Nepal will not accept any new dam upstream, Foreign Minister Sita Rai said in an interview broadcast on "
            "Wednesday.\n\nAfter the broadcast, the ministry's spokesman, Hari Joshi, said Nepal had proposed talks "
            "in May.")
    assert _rows(run_text(text, FRIDAY)) == [("Sita Rai", WEDNESDAY), ("Hari Joshi", WEDNESDAY)]


def test_quotes_records_one_travelling_with_them_shares_their_scene(run_text: Run) -> None:
    text = ("On Thursday, a convoy of lorries reached the camp at Adré, carrying families from villages near Geneina. "
            "Among them was Khadija Omar, 41, with four children. She said fighters had taken the family's cattle."
            '\n\n"They left us nothing," she said.\n\n'
            "Adam Yousif Ali, an older man travelling with them, said he had walked for nine days.")
    assert _rows(run_text(text, FRIDAY))[-1] == ("Adam Yousif Ali", THURSDAY)


def test_quotes_records_the_same_evening_is_the_narratives_day_not_a_quoted_one(run_text: Run) -> None:
    text = ("Government spokesman Didier Mbala gave a different account on Monday. He said the army had answered an "
            'attack launched "on a Saturday, while the mediators sat in Doha".\n\n'
            '"Our soldiers are at home," Mbala told the state broadcaster RTNC the same evening.')
    assert _rows(run_text(text, FRIDAY))[-1] == ("Didier Mbala", "2026-03-02")


def test_quotes_records_a_cable_linking_two_countries_says_nothing(run_text: Run) -> None:
    text = "Divers found damage on a power cable linking Estonia and Finland, the coast guard said on Tuesday."
    assert _rows(run_text(text, FRIDAY)) == [("The coast guard", TUESDAY)]
    linked = run_text("The minister linked the attack to Russia on Tuesday.", FRIDAY)
    assert [q.text for q in linked.quotes] == ["the attack to Russia"]


def test_quotes_records_the_paramilitary_group_is_the_armed_body_named_last(run_text: Run) -> None:
    text = ("The Rapid Support Forces shelled the city on Monday. The paramilitary group said its fighters held "
            "their positions.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == ["The Rapid Support Forces"]
    union = "The teachers' union met on Monday. The group said its members would strike."
    assert [q.speaker.name for q in run_text(union, FRIDAY).quotes] == ["The group"]  # no armed body named


VERBATIM = (
    "Parliament Debates Fishing Quotas in the Baltic\n\n"
    "BRUSSELS — The European Parliament debated on Wednesday the Commission's proposal to cut cod quotas in the "
    "Baltic Sea. What follows is an edited record of the debate, chaired by Vice-President Anna Lindqvist.\n\n"
    "PRESIDENT. – The next item is the debate on the Commission's proposal on Baltic cod. I give the floor to the "
    "Commissioner.\n\n"
    "Tomas Virkkunen, Member of the Commission. – Madam President, honourable Members, the stock has collapsed "
    "twice in ten years. We cannot let it collapse a third time.\n\n"
    "Maria van der Berg (EPP). – Madam President, my group supports the cut, but our fishermen need help to get "
    "through the next three years.\n\n"
    "Jonas Petrauskas (S&D). – Madam President, every scientist we heard says the same thing. We should listen to "
    "them.\n\n"
    "PRESIDENT. – The debate is closed. The vote will take place on Thursday."
)


def test_quotes_records_a_parliaments_verbatim_labels_name_the_speakers(run_text: Run) -> None:
    quotes = run_text(VERBATIM, FRIDAY, title="Parliament Debates Fishing Quotas in the Baltic").quotes
    turns = [(_mention(q), q.text[:30], q.date) for q in quotes if q.kind == "direct"]
    assert turns == [
        ("PRESIDENT", "The next item is the debate on", WEDNESDAY),
        ("Tomas Virkkunen", "Madam President, honourable Me", WEDNESDAY),
        ("Maria van der Berg", "Madam President, my group supp", WEDNESDAY),
        ("Jonas Petrauskas", "Madam President, every scienti", WEDNESDAY),
        ("PRESIDENT", "The debate is closed. The vote", WEDNESDAY),
    ]


COUNCIL = (
    "Security Council Hears Appeal for Sudan Funding\n\n"
    "The Security Council met on Wednesday on the situation in Sudan. The meeting was chaired by the President of "
    "the Council for March, Ambassador Ingrid Solberg of Norway.\n\n"
    "PRESIDENT: I call the meeting to order. I now give the floor to the Under-Secretary-General.\n\n"
    "OKONJO: Thank you, Madam President. Half of the country's people need help, and the appeal is funded at "
    "twelve per cent.\n\n"
    "PRESIDENT: I thank the Under-Secretary-General. The meeting is adjourned."
)


def test_quotes_records_the_chair_is_the_one_named_after_the_chairs_title(run_text: Run) -> None:
    quotes = run_text(COUNCIL, FRIDAY, title="Security Council Hears Appeal for Sudan Funding").quotes
    chair = [q for q in quotes if _mention(q) == "PRESIDENT"]
    assert [q.speaker.name for q in chair] == ["Ingrid Solberg", "Ingrid Solberg"]
    assert all(q.date == WEDNESDAY for q in chair)
