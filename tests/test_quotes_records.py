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
