"""Statement dates from the lead's occasion, from a dated act just before and from the document a lead agrees
on. Texts written for these tests; published on Friday 6 March 2026 (Tuesday is 3 March)."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]
FRIDAY = "2026-03-06"
LEAD = "Norway and Iceland signed a fisheries accord on Tuesday after two days of talks in Bergen."


def _dates(document: Document) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker name, date, basis) of each quote."""
    return [(q.speaker.name, q.date, q.date_basis) for q in document.quotes]


def test_quotes_dates_gathering_after_the_lead_is_the_lead_occasion(run_text: Run) -> None:
    text = (f"{LEAD}\n\nSpeaking at a joint news conference, Norwegian Fisheries Minister Kari Lunde said the accord "
            "would protect cod stocks.")
    assert _dates(run_text(text, FRIDAY)) == [("Kari Lunde", "2026-03-03", "inherited")]


def test_quotes_dates_gathering_further_down_keeps_the_publication_date(run_text: Run) -> None:
    text = (f"{LEAD}\n\nThe accord covers herring and mackerel.\n\nPrices fell.\n\nSpeaking at a news conference, "
            "Norwegian Fisheries Minister Kari Lunde said the accord would protect cod stocks.")
    assert _dates(run_text(text, FRIDAY)) == [("Kari Lunde", FRIDAY, "published")]


def test_quotes_dates_official_of_a_lead_party_joins_the_gathering(run_text: Run) -> None:
    text = (f"{LEAD}\n\nSpeaking at a joint news conference, Norwegian Fisheries Minister Kari Lunde said the accord "
            "would protect cod stocks.\n\nIceland's Fisheries Minister, Einar Jonsson, was more cautious. He said "
            "the quotas were still too high.")
    assert _dates(run_text(text, FRIDAY)) == [
        ("Kari Lunde", "2026-03-03", "inherited"), ("Einar Jonsson", "2026-03-03", "inherited")]


def test_quotes_dates_official_of_another_country_does_not_join(run_text: Run) -> None:
    text = (f"{LEAD}\n\nSpeaking at a joint news conference, Norwegian Fisheries Minister Kari Lunde said the accord "
            "would protect cod stocks.\n\nDenmark's Fisheries Minister, Lars Holm, was more cautious. He said "
            "the quotas were still too high.")
    assert _dates(run_text(text, FRIDAY)) == [
        ("Kari Lunde", "2026-03-03", "inherited"), ("Lars Holm", FRIDAY, "published")]


def test_quotes_dates_dated_act_just_before_dates_the_statement(run_text: Run) -> None:
    text = ("Finance Minister Omar Diallo told parliament on Monday that the budget was sound.\n\n"
            "Diallo hit back on Wednesday. In an interview with a radio station, he said the deficit would shrink.")
    assert _dates(run_text(text, FRIDAY)) == [
        ("Omar Diallo", "2026-03-02", "stated"), ("Omar Diallo", "2026-03-04", "inherited")]


def test_quotes_dates_dated_act_in_another_paragraph_does_not(run_text: Run) -> None:
    text = ("Finance Minister Omar Diallo told parliament on Monday that the budget was sound.\n\n"
            "Diallo hit back on Wednesday.\n\nIn an interview with a radio station, he said the deficit would "
            "shrink.")
    assert _dates(run_text(text, FRIDAY))[1][1] != "2026-03-04"


def test_quotes_dates_interview_with_a_broadcaster_on_a_day(run_text: Run) -> None:
    text = ("In an interview with the public broadcaster on Wednesday, Defence Minister Anna Berg said the navy "
            "would patrol the coast.")
    assert _dates(run_text(text, FRIDAY)) == [("Anna Berg", "2026-03-04", "sentence")]


def test_quotes_dates_declaration_of_the_lead_and_its_shorter_names(run_text: Run) -> None:
    text = ("Five Baltic states agreed on Tuesday to share radar data.\n\nThe joint declaration, signed in Riga, "
            "said the data would be shared in real time. The declaration said patrols would begin in May. The "
            "document also urged the European Union to act.")
    rows = _dates(run_text(text, FRIDAY))
    assert rows == [("The joint declaration", "2026-03-03", "inherited")] * 3


def test_quotes_dates_declaration_without_an_agreement_day_keeps_the_publication_date(run_text: Run) -> None:
    text = ("Shipping in the Baltic grew by a tenth last year.\n\nThe joint declaration, signed in Riga, said the data "
            "would be shared in real time.")
    assert _dates(run_text(text, FRIDAY)) == [("The joint declaration", FRIDAY, "published")]


def test_quotes_dates_those_at_the_occasion_the_lead_dates_spoke_there(run_text: Run) -> None:
    text = ("Chile will cut its deficit next year, Finance Minister Ana Bell Rojas said on Tuesday, as she and the "
            "central bank governor set out a joint plan.\n\nSpeaking alongside Central Bank Governor Tomas Reed at a "
            "news conference in Santiago, the finance minister said spending would fall.\n\nInflation fell in "
            "February.\n\nThe central bank chief said rates would stay high.\n\nA Santiago economist, Luis Prado, "
            "said the plan was too timid.")
    assert _dates(run_text(text, FRIDAY)) == [
        ("Ana Bell Rojas", "2026-03-03", "stated"), ("Ana Bell Rojas", "2026-03-03", "inherited"),
        ("Tomas Reed", "2026-03-03", "inherited"), ("Luis Prado", FRIDAY, "published")]


def test_quotes_dates_a_statement_in_the_present_is_not_the_occasion(run_text: Run) -> None:
    text = ("Chile will cut its deficit next year, Finance Minister Ana Bell Rojas said on Tuesday, as she and the "
            "central bank governor set out a joint plan.\n\nThe central bank chief, Tomas Reed, says rates will "
            "stay high.")
    assert _dates(run_text(text, FRIDAY))[1] == ("Tomas Reed", FRIDAY, "published")


def test_quotes_dates_a_time_in_a_transcript_line_dates_no_turn(run_text: Run) -> None:
    text = ("The following is a transcript of Tuesday's session of the Defence Committee, at which MPs questioned "
            "the Armed Forces Minister, Tom Hale.\n\nCHAIR: Minister, the report you published in January shows "
            "delays. Why?\n\nHALE: The delays are real, and we are fixing them.")
    answers = [q for q in run_text(text, FRIDAY).quotes if q.speaker.name == "Tom Hale"]
    assert [(q.text, q.date, q.date_basis) for q in answers] == [
        ("The delays are real, and we are fixing them.", "2026-03-03", "inherited")]


def test_quotes_dates_one_of_a_gathering_named_right_after_it_spoke_there(run_text: Run) -> None:
    text = ("Fishermen threaten to block the port\n\nDAKAR, May 9 — Fishermen threatened on Saturday to block "
            "the port of Dakar.\n\n"
            "In Kayar on Wednesday, boat owners gathered on the beach to discuss the licences. Moussa Ndiaye, 47, "
            "said he would join the blockade.\n\n"
            "Awa Diop, a fish trader, said the licences would ruin the town.")
    dates = {q.speaker.name: str(q.date) for q in run_text(text, published="2026-05-09").quotes}
    assert dates["Moussa Ndiaye"] == "2026-05-06"
    assert dates["Awa Diop"] != "2026-05-06"


def test_quotes_dates_an_interview_with_a_station_and_a_scene_set_before_a_speaker_is_named(run_text: Run) -> None:
    text = ("Fuel queues grow in Lusaka\n\nLUSAKA, Aug 22 — Zambia asked its neighbours for fuel on Tuesday.\n\n"
            "The opposition leader, Mary Banda Chola, said in an interview with a radio station on Monday that the "
            "government had ignored the warnings.\n\n"
            "In Lusaka on Thursday, a line of lorries stretched for three kilometres. Peter Zulu, a driver, said he "
            "had waited for two days.")
    dates = {q.speaker.name: str(q.date) for q in run_text(text, published="2026-08-22").quotes}
    assert dates["Mary Banda Chola"] == "2026-08-17"
    assert dates["Peter Zulu"] == "2026-08-20"


def test_quotes_dates_a_transcript_of_a_consultation_named_by_its_day(run_text: Run) -> None:
    text = ("Transcript: MPs question the minister\n\n"
            "What follows is a record of Tuesday's open consultation of the parliament's defence committee.\n\n"
            "HOLM: Minister, will the battery be ready this year?\n\n"
            "BERG: No. The launchers will be delivered in November, and the battery will be ready in 2027.")
    answers = [q for q in run_text(text, published="2026-09-24").quotes if q.text.startswith("No.")]
    assert [str(q.date) for q in answers] == ["2026-09-22"]


def test_quotes_dates_a_document_handed_out_on_a_day_speaks_that_day(run_text: Run) -> None:
    text = ("Miners strike\n\nACCRA, Feb 13 — Miners stayed away from work on Thursday.\n\n"
            "The union's leaflet, handed out at mine gates in Obuasi on Monday, said no member should go underground.")
    assert [str(q.date) for q in run_text(text, published="2026-02-13").quotes][-1] == "2026-02-09"


def test_quotes_dates_a_time_right_after_the_cue_is_when_it_was_said(run_text: Run) -> None:
    document = run_text("Norway's fisheries minister said on Tuesday the quota talks would resume next week.", FRIDAY)
    assert [(q.date, q.date_basis) for q in document.quotes] == [("2026-03-03", "stated")]
    assert document.quotes[0].text.startswith("the quota talks")
    content = run_text("Norway's fisheries minister said that on Tuesday the quota talks would resume.", FRIDAY)
    assert [q.date for q in content.quotes] == [FRIDAY]


def test_quotes_dates_a_counterpart_striking_a_note_spoke_at_the_lead_occasion(run_text: Run) -> None:
    text = (f"{LEAD}\n\nSpeaking at a joint news conference in Bergen with Iceland's Fisheries Minister Helga "
            "Sigurdardottir, the Norwegian minister, Kari Lunde, said the accord would protect cod stocks.\n\n"
            "Her Icelandic counterpart struck a more cautious note, saying the quotas would be reviewed in a year.")
    dates = _dates(run_text(text, FRIDAY))
    assert dates[-1] == ("Helga Sigurdardottir", "2026-03-03", "inherited")


def test_quotes_dates_a_singaporean_named_by_the_family_name_first(run_text: Run) -> None:
    text = ("Singapore's Minister for Transport Lee Mei Xin said on Tuesday the line would open in June.\n\n"
            "Lee, a former engineer, said fares would be low.")
    assert {q.speaker.name for q in run_text(text, FRIDAY).quotes} == {"Lee Mei Xin"}


def test_quotes_dates_a_time_in_a_question_dates_no_answer(run_text: Run) -> None:
    document = run_text(
        "A parliamentary committee questioned the port authority's chairman, Ruwan Perera, on Wednesday. The "
        "following is an edited transcript of Wednesday's session.\n\n"
        "SILVA: Mr Perera, the authority told this committee in November that the terminal would open in April. "
        "Who wrote that answer?\n\n"
        "PERERA: The answer was prepared by our projects division and I signed it.\n\n"
        "SILVA: Did the authority warn the minister?\n\n"
        "PERERA: We warned the ministry in writing, and we will table the letters.",
        "2026-05-14",
    )
    assert [(q.speaker.name, q.date) for q in document.quotes] == [
        ("Ruwan Perera", "2026-05-13"), ("Ruwan Perera", "2026-05-13")]


def test_quotes_dates_a_document_speaks_on_the_day_of_the_statement_that_named_it(run_text: Run) -> None:
    document = run_text(
        "Romania, Bulgaria and Serbia will pool money and dredgers to keep cargo moving on the lower Danube, the "
        "three governments said on Tuesday, after the river fell to its lowest level in a century.\n\n"
        "In a joint statement issued after a meeting of their transport ministers in the Bulgarian port of Ruse, "
        "the governments said they would set up a common fund of 120 million euros.\n\n"
        "The statement said the ministers had asked the European Commission to treat the river as a corridor.",
        "2026-08-27",
    )
    assert [(q.speaker.name, q.date) for q in document.quotes][-1] == ("The joint statement", "2026-08-25")


def test_quotes_dates_a_hearing_is_dated_by_its_day_not_by_what_it_is_about(run_text: Run) -> None:
    document = run_text(
        "The following is an edited transcript of Wednesday's hearing of the committee on the escape of salmon "
        "from a fish farm off Frøya in August. The chair, Kari Strand, questioned the minister, Eirik Vold.\n\n"
        "STRAND: Minister, when did you first learn of the escape?\n\n"
        "VOLD: On the morning of August 19, when the directorate called my state secretary.\n\n"
        "STRAND: Did your inspectors miss the damage?\n\n"
        "VOLD: No. The inspection found the nets in order, and we have the photographs.",
        "2026-10-15",
    )
    assert {(q.speaker.name, q.date) for q in document.quotes} == {("Eirik Vold", "2026-10-14")}


def test_quotes_dates_a_dateline_day_is_the_filing_not_the_lead_occasion(run_text: Run) -> None:
    text = ("ACCRA, March 6 — Ghana has suspended 14 mining licences, Lands Minister Kojo Asante said on Thursday.\n\n"
            "Nine of the firms are foreign-owned, the minister told a news conference in Accra.")
    assert _dates(run_text(text, FRIDAY)) == [
        ("Kojo Asante", "2026-03-05", "stated"), ("Kojo Asante", "2026-03-05", "inherited")]


def test_quotes_dates_a_fronted_scene_at_a_gathering_dates_the_statement(run_text: Run) -> None:
    text = ("Ghana has suspended 14 mining licences, Lands Minister Kojo Asante said on Thursday.\n\n"
            "At a durbar of chiefs in Twifo Praso on Saturday, the paramount chief said farms had been lost.")
    assert _dates(run_text(text, FRIDAY))[1][1:] == ("2026-02-28", "sentence")


def test_quotes_dates_one_standing_beside_the_speaker_at_a_dated_scene_spoke_there(run_text: Run) -> None:
    text = ("Freight on the Caspian fell by a tenth last year.\n\nShips now sail half empty.\n\n"
            "At a news conference in Astana on Tuesday, Transport Minister Arman Seitkali, standing beside "
            "Azerbaijan's Transport Minister Rauf Mammadli, said the tariff would be published in May.\n\n"
            "Mammadli said cargo had grown fourfold since 2022.")
    assert _dates(run_text(text, FRIDAY)) == [
        ("Arman Seitkali", "2026-03-03", "sentence"), ("Rauf Mammadli", "2026-03-03", "inherited")]


def test_quotes_dates_one_named_only_inside_what_was_said_did_not(run_text: Run) -> None:
    text = ("Freight on the Caspian fell by a tenth last year.\n\nShips now sail half empty.\n\n"
            "At a news conference in Astana on Tuesday, Transport Minister Arman Seitkali said Rauf Mammadli "
            "would publish the tariff in May.\n\nMammadli said cargo had grown fourfold since 2022.")
    assert _dates(run_text(text, FRIDAY))[1] == ("Rauf Mammadli", FRIDAY, "published")


def test_quotes_dates_a_document_speaks_on_the_day_it_was_signed(run_text: Run) -> None:
    text = ("Farmers marched in Manila this week.\n\nThe decree, which the president signed on Monday, says import "
            "permits will go only to firms with warehouses.")
    assert _dates(run_text(text, FRIDAY)) == [("The decree", "2026-03-02", "inherited")]


def test_quotes_dates_history_a_paragraph_opens_with_dates_no_statement(run_text: Run) -> None:
    text = ("Ghana suspended 14 mining licences on Thursday.\n\nIn December 1941, a flood destroyed a third of the "
            "town, but according to the Water Authority, the river held twice as much water this week.")
    assert _dates(run_text(text, FRIDAY))[-1][1:] == (FRIDAY, "published")


def test_quotes_dates_speakers_a_passive_places_at_a_dated_scene_speak_there(run_text: Run) -> None:
    text = ("The deal was announced at a joint news conference in Tromsø on Monday afternoon by Norway's Minister "
            "of Fisheries Torstein Dahl and Iceland's Minister of Industries Jon Einarsson.\n\n"
            "Dahl, who spoke first, said the two countries would take no more than 31 percent of the catch.")
    assert _dates(run_text(text, FRIDAY)) == [("Torstein Dahl", "2026-03-02", "inherited")]


def test_quotes_dates_a_transcript_is_dated_by_its_session_not_by_its_publication(run_text: Run) -> None:
    intro = ("The Treasury Committee took evidence on Tuesday from the head of the sanctions office, Giles Vane.\n\n"
             "The following extract is taken from the transcript of the session, which the committee published "
             "on Wednesday.\n\n")
    turns = ("Chair: Mr Vane, are you proud of that record?\n\n"
             "Giles Vane: Proud is not the word I would use. The number of penalties reflects the cases we won.")
    assert _dates(run_text(intro + turns, FRIDAY))[-1:] == [("Giles Vane", "2026-03-03", "inherited")]
    published = intro.replace("The Treasury Committee took evidence on Tuesday from", "Questions went to")
    assert _dates(run_text(published + turns, FRIDAY))[-1][1] != "2026-03-04"


def test_quotes_dates_testimony_submitted_before_a_hearing_does_not_date_its_turns(run_text: Run) -> None:
    text = ("Margaret Lane told a Senate committee on Tuesday that her agency lacked agents.\n\n"
            "In written testimony submitted to the committee on Monday, Daniel Okoro said his office had referred "
            "17 cases.\n\n"
            "Excerpts from the hearing transcript follow.\n\n"
            "SEN. ORTIZ: Will the bureau publish the rule before the summer?\n\n"
            "MS. LANE: We expect to send the rule to the Federal Register by the end of June.")
    dates = _dates(run_text(text, FRIDAY))
    assert dates[1][:2] == ("Daniel Okoro", "2026-03-02")
    assert dates[-1] == ("Margaret Lane", "2026-03-03", "inherited")


def test_quotes_dates_a_clause_setting_the_speech_act_in_a_scene_dates_it(run_text: Run) -> None:
    lead = ("Georgia and Armenia signed a transit accord at the State Department on Tuesday, but at a joint news "
            "conference after the ceremony their leaders sparred over tolls.\n\n")
    said = ('"This is a good day," Secretary of State Mark Ellison said as he opened the news conference.')
    assert _dates(run_text(lead + said, FRIDAY)) == [("Mark Ellison", "2026-03-03", "inherited")]
    assert _dates(run_text(lead + said.replace(" as he opened the news conference", ""), FRIDAY))[0][1] == FRIDAY


def test_quotes_dates_an_official_of_a_lead_party_speaks_at_the_scene_the_lead_narrates(run_text: Run) -> None:
    text = ("Georgia and Armenia signed a transit accord in Washington on Tuesday, and at a joint news conference "
            "after the ceremony their leaders sparred over tolls.\n\n"
            'Prime Minister Levan Abashidze of Georgia spoke first. "The road is ours to run," he said.')
    assert _dates(run_text(text, FRIDAY)) == [("Levan Abashidze", "2026-03-03", "inherited")]
    plain = text.replace(", and at a joint news conference after the ceremony their leaders", ". Their leaders")
    assert _dates(run_text(plain, FRIDAY))[0][1] == FRIDAY


def test_quotes_dates_a_reply_was_given_when_the_statement_it_answers_was_made(run_text: Run) -> None:
    first = ("Polish Foreign Minister Adam Nowak said on Tuesday that the border would stay shut. ")
    reply = ("Lorries queued for a second day.\n\nTraders said prices rose.\n\nHis Lithuanian counterpart, Jonas "
             "Petraitis, replied that Vilnius would keep its crossings open.")
    assert _dates(run_text(first + reply, FRIDAY))[-1] == ("Jonas Petraitis", "2026-03-03", "inherited")
    later = reply.replace("replied that", "said that")
    assert _dates(run_text(first + later, FRIDAY))[-1][1] == FRIDAY
    dated = reply.replace("replied that", "replied on Thursday that")
    assert _dates(run_text(first + dated, FRIDAY))[-1][1] == "2026-03-05"


def test_quotes_dates_speaking_afterwards_is_the_same_day(run_text: Run) -> None:
    text = ("Ambassador Ruth Amsel told the council on Tuesday that the offices were open.\n\n"
            "Speaking to reporters afterwards, Deputy Minister Omar Haddad said the vote had surprised him.")
    assert _dates(run_text(text, FRIDAY))[1] == ("Omar Haddad", "2026-03-03", "inherited")


def test_quotes_dates_the_council_is_a_session_the_lead_dates(run_text: Run) -> None:
    lead = "The Permanent Council adopted a resolution on Tuesday after a session in Vienna.\n\n"
    said = "Mexico's ambassador, Luisa Carrasco, told the council that her government had tried every channel."
    assert _dates(run_text(lead + said, FRIDAY)) == [("Luisa Carrasco", "2026-03-03", "inherited")]
    assert _dates(run_text(lead + said.replace("told the council", "said"), FRIDAY))[0][1] == FRIDAY


def test_quotes_dates_a_text_read_from_is_the_speech_itself_and_late_on_a_day_is_that_day(run_text: Run) -> None:
    text = ("At a news conference in Rawalpindi late on Wednesday, General Asim Khattak said the troops had held "
            "their fire.\n\n"
            '"We have no interest in escalation," the general said, reading from a prepared text.')
    assert [d[1] for d in _dates(run_text(text, FRIDAY))] == ["2026-03-04", "2026-03-04"]
    issued = text.replace("reading from a prepared text", "in a statement")
    assert _dates(run_text(issued, FRIDAY))[1][1] == FRIDAY


def test_quotes_dates_a_newspaper_named_by_a_reporter_is_no_document_of_the_story(run_text: Run) -> None:
    text = ("The Houthi movement said in a statement on Sunday that it had targeted the ship.\n\n"
            "U.S. Secretary of State Daniel Whitcomb said on Tuesday that the patrols would start in June.\n\n"
            "Asked by a reporter from The Washington Post about the talks, Whitcomb said the United States supported "
            "them.")
    assert _dates(run_text(text, FRIDAY))[-1] == ("Daniel Whitcomb", "2026-03-03", "inherited")


def test_quotes_dates_the_day_after_an_event_counts_from_the_day_it_was_given(run_text: Run) -> None:
    text = (f"{LEAD}\n\nOn Thursday, Icelandic trawler owners said prices had fallen.\n\nThe day after the talks, "
            "Norwegian Fisheries Minister Kari Lunde told parliament that the accord would protect cod stocks.")
    dates = _dates(run_text(text, FRIDAY))
    assert dates[-1][:2] == ("Kari Lunde", "2026-03-04")  # the talks ended on Tuesday
    before = text.replace("The day after the talks", "The day before the talks")
    assert _dates(run_text(before, FRIDAY))[-1][:2] == ("Kari Lunde", "2026-03-02")
