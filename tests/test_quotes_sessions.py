"""The quotes stage on debates, board sessions and joint news conferences: long titles past the state served,
counterparts and descriptions named paragraphs apart, anonymous sources as written, governments listed together,
documents that speak, what is no one's words, and the day of a session. Texts written for these tests; published
on Friday 6 March 2026 (Monday is 2 March, Tuesday 3 March, Wednesday 4 March) unless a test says otherwise."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]
FRIDAY = "2026-03-06"
MONDAY = "2026-03-02"
TUESDAY = "2026-03-03"
WEDNESDAY = "2026-03-04"


def _rows(document: Document) -> list[tuple[str | None, str | None]]:
    """(speaker name, date) of each quote."""
    return [(q.speaker.name, q.date) for q in document.quotes]


def _names(document: Document) -> list[str | None]:
    return [q.speaker.name for q in document.quotes]


def _texts(document: Document) -> list[str]:
    return [q.text for q in document.quotes]


# -- who speaks -------------------------------------------------------------------------------------------------


def test_quotes_sessions_a_title_past_the_state_it_serves_names_the_person(run_text: Run) -> None:
    text = ("Minister of Foreign Affairs of the Hellenic Republic Nikos Karamanlidis told reporters that the talks "
            "would resume in April.\n\n"
            "Karamanlidis said the survey ship had been \"a step backwards\".")
    assert _names(run_text(text, published=FRIDAY)) == ["Nikos Karamanlidis", "Nikos Karamanlidis"]


def test_quotes_sessions_a_counterpart_named_paragraphs_before_is_the_peer(run_text: Run) -> None:
    text = ("NICOSIA, March 6 — The two foreign ministers met on Tuesday.\n\n"
            "Greek Foreign Minister Nikos Karamanlidis said the talks had been useful.\n\n"
            "Turkish Foreign Minister Selim Aktaş said the ship had done nothing wrong.\n\n"
            "The two countries have held 60 rounds of talks since 2002.\n\n"
            "Karamanlidis said the voyage had been \"a step backwards\".\n\n"
            "His counterpart replied that the ship had stayed in waters \"where Turkey has rights\".")
    assert _names(run_text(text, published=FRIDAY))[-1] == "Selim Aktaş"


def test_quotes_sessions_a_nationality_picks_which_minister_a_description_means(run_text: Run) -> None:
    text = ("Greek Foreign Minister Nikos Karamanlidis and Turkish Foreign Minister Selim Aktaş met on Tuesday.\n\n"
            "Asked by a reporter whether he trusted Aktaş, the Greek minister, a former professor of law, said "
            "the two men had \"known each other for twenty years\".\n\n"
            "The former law professor added that Greece would not \"negotiate under threat\".")
    assert _names(run_text(text, published=FRIDAY)) == ["Nikos Karamanlidis", "Nikos Karamanlidis"]


def test_quotes_sessions_a_description_fits_the_office_a_relative_clause_gives(run_text: Run) -> None:
    text = ("Turkish Foreign Minister Selim Aktaş spoke first. The veteran diplomat, who served as Turkey's "
            "ambassador in Athens, said he had learnt Greek \"badly but with affection\".\n\n"
            "Greek Foreign Minister Nikos Karamanlidis said the talks would resume.\n\n"
            "\"Only a parliament can change it,\" the former ambassador said.")
    assert _names(run_text(text, published=FRIDAY))[-1] == "Selim Aktaş"


def test_quotes_sessions_a_title_in_the_lead_is_the_person_it_names_next(run_text: Run) -> None:
    text = ("VIENNA, March 6 — The agency's Director General told the board on Monday that inspectors could not "
            "account for the uranium.\n\n"
            "Director General Tomás Ibarra Leiva, a Chilean diplomat, said the agency had lost \"continuity of "
            "knowledge\".")
    assert _rows(run_text(text, published=FRIDAY)) == [("Tomás Ibarra Leiva", MONDAY), ("Tomás Ibarra Leiva", MONDAY)]


def test_quotes_sessions_an_anonymous_source_is_named_as_written(run_text: Run) -> None:
    text = ("A resident of the Souk district, who asked not to be named for fear of reprisals, said the fighters "
            "had moved in.\n\n"
            "A European diplomat familiar with the draft said it could pass on Friday.\n\n"
            "Asked whether Washington would back the text, a State Department spokesperson said only that the "
            "United States supported the inspectors.")
    assert _names(run_text(text, published=FRIDAY)) == [
        "A resident of the Souk district", "A European diplomat familiar with the draft",
        "a State Department spokesperson"]


def test_quotes_sessions_an_official_of_a_ministry_is_no_one_named_before(run_text: Run) -> None:
    text = ("Norway's ambassador in London, Kari Solheim, said on Wednesday that the Marines knew the terrain.\n\n"
            "A Ministry of Defence official said the first frigate would begin sea trials in January.")
    assert _names(run_text(text, published=FRIDAY)) == ["Kari Solheim", "A Ministry of Defence official"]


def test_quotes_sessions_governments_are_named_as_the_article_first_lists_them(run_text: Run) -> None:
    text = ("Britain, France and Germany circulated a draft on Wednesday.\n\n"
            "In a joint statement to the board on Wednesday, France, Germany and the United Kingdom said Iran had "
            "fallen short. The three governments called for the return of inspectors.")
    assert _rows(run_text(text, published=FRIDAY)) == [
        ("Britain, France and Germany", WEDNESDAY), ("Britain, France and Germany", WEDNESDAY)]


def test_quotes_sessions_a_report_speaks_for_itself_not_for_its_author(run_text: Run) -> None:
    text = ("Director General Tomás Ibarra Leiva opened the session.\n\n"
            "The Director General's quarterly report on Iran said the estimate carried \"a significant degree of "
            "uncertainty\".")
    assert _names(run_text(text, published=FRIDAY))[-1] == "The Director General's quarterly report on Iran"


def test_quotes_sessions_a_body_is_named_as_the_body_first_writes_it_not_the_headline(run_text: Run) -> None:
    text = ("Europeans Draft IAEA Resolution on Iran\n\n"
            "VIENNA, March 6 — Britain circulated a draft resolution at the International Atomic Energy Agency's "
            "Board of Governors on Wednesday.\n\n"
            "The IAEA said in a statement on Thursday that two inspectors had arrived in Tehran.")
    document = run_text(text, published=FRIDAY, title="Europeans Draft IAEA Resolution on Iran")
    assert _names(document)[-1] == "The International Atomic Energy Agency"


def test_quotes_sessions_a_mission_is_named_with_where_it_is_posted(run_text: Run) -> None:
    text = ("Russia's permanent mission to the international organisations in Vienna said on Wednesday that the "
            "draft was \"a political provocation\". The mission added that Russia would vote against the text.")
    assert _names(run_text(text, published=FRIDAY)) == [
        "Russia's permanent mission to the international organisations in Vienna"] * 2


# -- what is no one's words -------------------------------------------------------------------------------------


def test_quotes_sessions_a_refusal_to_comment_on_reports_quotes_nothing(run_text: Run) -> None:
    text = "Aktaş refused to comment on reports that a second survey ship was preparing to sail."
    assert run_text(text, published=FRIDAY).quotes == []


def test_quotes_sessions_a_lone_verb_after_a_question_is_no_quote(run_text: Run) -> None:
    assert run_text("Aktaş, asked the same question about the Greek minister, laughed.", published=FRIDAY).quotes == []


def test_quotes_sessions_an_expectation_coordinated_with_a_report_is_part_of_it(run_text: Run) -> None:
    document = run_text("A European diplomat said it could be put to a vote on Friday and was expected to pass "
                        "with about 20 votes.", published=FRIDAY)
    assert _texts(document) == ["it could be put to a vote on Friday and was expected to pass with about 20 votes"]


def test_quotes_sessions_a_hope_coordinated_inside_a_report_is_part_of_it(run_text: Run) -> None:
    document = run_text("Tian Hao said China had \"taken note\" of the remarks and hoped India would meet it "
                        "halfway.", published=FRIDAY)
    assert len(document.quotes) == 1 and document.quotes[0].text.endswith("hoped India would meet it halfway")


def test_quotes_sessions_a_cue_closing_a_quoted_fragment_with_a_comma_reports_it(run_text: Run) -> None:
    text = ("Britain will keep a commando unit in Norway \"for the whole of the winter, and every winter after "
            "it\", Foreign Secretary Helen Marsh told the House of Commons on Tuesday.")
    document = run_text(text, published=FRIDAY)
    assert _rows(document) == [("Helen Marsh", TUESDAY)]
    assert document.quotes[0].text.startswith("Britain will keep a commando unit in Norway")


def test_quotes_sessions_a_clause_set_beside_a_report_is_its_own(run_text: Run) -> None:
    text = ("The army said on Monday that it had repelled an assault on the city, as aid agencies warned that "
            "food stocks had run out.")
    assert _names(run_text(text, published=FRIDAY)) == ["The army", "aid agencies"]


def test_quotes_sessions_a_warning_after_a_report_is_the_same_speaker_s(run_text: Run) -> None:
    text = ("Iran's ambassador, Reza Tavakoli, told the board on Tuesday that the inspectors' absence was \"the "
            "direct result\" of the strikes on its nuclear sites last year, warning that Tehran would respond to "
            "any resolution.")
    document = run_text(text, published=FRIDAY)
    assert _rows(document) == [("Reza Tavakoli", TUESDAY), ("Reza Tavakoli", TUESDAY)]
    assert document.quotes[1].text == "Tehran would respond to any resolution"


def test_quotes_sessions_a_turn_left_open_runs_on_into_the_next_paragraph(run_text: Run) -> None:
    text = ("The debate was held on Tuesday. The following is an extract from the Official Report.\n\n"
            "The Foreign Secretary (Ms Marsh): I beg to move,\n\n"
            "That this House has considered Arctic security.\n\n"
            "The High North is no longer a region of low tension, and our coast is within reach.\n\n"
            "I can therefore tell the House that the Marines will stay in Norway.")
    document = run_text(text, published=FRIDAY)
    assert len(document.quotes) == 1
    assert document.quotes[0].text.startswith("I beg to move") and "Marines will stay" in document.quotes[0].text


# -- when ---------------------------------------------------------------------------------------------------------


def test_quotes_sessions_after_the_session_is_the_session_the_speaker_spoke_at(run_text: Run) -> None:
    text = ("VIENNA, March 6 — Britain circulated a draft on Wednesday.\n\n"
            "Director General Tomás Ibarra said at the board's session on Monday that inspectors had been barred.\n\n"
            "Speaking to reporters after the session, Ibarra said he was ready to travel to Tehran.")
    assert _rows(run_text(text, published=FRIDAY))[-1] == ("Tomás Ibarra", MONDAY)


def test_quotes_sessions_according_to_a_body_later_on_is_undated(run_text: Run) -> None:
    text = ("The World Food Programme said in a statement on Wednesday that a convoy was waiting at the border.\n\n"
            "Its country director, Anna Berg, told reporters on Thursday that talks went on.\n\n"
            "More than 260,000 people remain in the city, according to the WFP.")
    assert _rows(run_text(text, published=FRIDAY))[-1][1] == FRIDAY
    same = ("The World Food Programme said in a statement on Wednesday that a convoy was waiting at the border. "
            "More than 260,000 people remain in the city, according to the WFP.")
    assert _rows(run_text(same, published=FRIDAY))[-1][1] == WEDNESDAY


def test_quotes_sessions_a_host_s_closing_line_has_the_day_of_the_interview(run_text: Run) -> None:
    text = ("NEW DELHI, March 6 — Foreign Minister Ravi Kulkarni said in a television interview broadcast on "
            "Tuesday that the border talks would resume.\n\n"
            "Kulkarni spoke to anchor Meera Rao on the weekly programme.\n\n"
            "On Monday, Chinese spokesman Tian Hao told a regular briefing that China wanted calm.\n\n"
            "HOST: Minister, is the spokesman wrong?\n\n"
            "KULKARNI: He is entitled to his view, and I am entitled to mine.\n\n"
            "HOST: Minister Kulkarni, we will have to leave it there. Thank you for joining us.")
    assert _rows(run_text(text, published=FRIDAY))[-1] == ("Meera Rao", TUESDAY)


# -- summits, inquiries and reports from the field ---------------------------------------------------------------


def test_quotes_sessions_a_head_of_state_titled_with_the_state_s_full_name(run_text: Run) -> None:
    text = ("The summit's chair, President of the Republic of Botswana Kagiso Molefhe, told reporters after the "
            "closing session that the region had drawn lessons from its last mission.\n\n"
            "\"We left too early last time,\" Molefhe said.")
    document = run_text(text, published=FRIDAY)
    assert _names(document) == ["Kagiso Molefhe", "Kagiso Molefhe"]
    assert document.quotes[0].text == "the region had drawn lessons from its last mission"


def test_quotes_sessions_a_refusal_then_what_was_said_is_the_speaker_s(run_text: Run) -> None:
    text = ("The Botswana leader said the force would include troops from at least six states, but declined to "
            "name them, saying that defence ministers would finalise the numbers in December.")
    document = run_text(text, published=FRIDAY)
    assert _texts(document) == ["the force would include troops from at least six states",
                                "defence ministers would finalise the numbers in December"]
    assert _names(document) == ["The Botswana leader"] * 2
    declined = run_text("Maetoloa declined to say whether Beijing had offered to build a police headquarters in "
                        "Auki, saying only that his government listens to everybody.", published=FRIDAY)
    assert _names(declined) == ["Maetoloa"] and _texts(declined) == ["his government listens to everybody"]


def test_quotes_sessions_the_office_of_a_president_is_a_body_of_its_own(run_text: Run) -> None:
    text = ("President Amara Diallo opened the summit.\n\n"
            "In a statement on Sunday, the office of Guinea's president welcomed the summit's decision.")
    assert _names(run_text(text, published=FRIDAY))[-1] == "The office of Guinea's president"


def test_quotes_sessions_officials_described_by_where_they_are(run_text: Run) -> None:
    text = ("About 60 police officers work in the country. They will stay until 2028 under the new package, "
            "according to Australian officials travelling with the prime minister.")
    assert _names(run_text(text, published=FRIDAY)) == ["Australian officials travelling with the prime minister"]


def test_quotes_sessions_initials_spelled_out_in_the_article_are_that_body(run_text: Run) -> None:
    text = ("The Australian Federal Police has left one in five posts vacant, a Senate committee heard on Thursday."
            "\n\nThe AFP said in a written answer that no government had asked it to withdraw officers.")
    document = run_text(text, published=FRIDAY)
    assert _names(document)[-1] == "The Australian Federal Police"
    assert {a.country for a in document.actors if a.name == "Australian Federal Police"} == {"AUS"}


def test_quotes_sessions_a_name_after_an_honorific_inside_a_body_s_name(run_text: Run) -> None:
    text = ("Fraser gave evidence alongside a division head at the Department of Foreign Affairs and Trade Ms Meera "
            "Pillai.\n\n"
            "Pillai said the governments wanted fewer advisers.")
    assert _names(run_text(text, published=FRIDAY)) == ["Meera Pillai"]


def test_quotes_sessions_an_hour_later_is_the_day_of_the_statement_before(run_text: Run) -> None:
    text = ("The rebels' spokesman, Emmanuel Kayitare, said on Tuesday that the group held the hills.\n\n"
            "Speaking on the radio on Wednesday, the army's spokesman said the army had retaken the village.\n\n"
            "Kayitare, reached by telephone an hour later, said the rebels still held it.")
    assert _rows(run_text(text, published=FRIDAY))[-1] == ("Emmanuel Kayitare", WEDNESDAY)


def test_quotes_sessions_a_post_is_a_new_occasion_on_the_day_its_paragraph_sets(run_text: Run) -> None:
    text = ("The rebels' spokesman, Emmanuel Kayitare, said on Monday that the group held the hills.\n\n"
            "Late on Wednesday, the two sides were still trading fire. In a post on X, Kayitare said the group "
            "was ready to meet envoys.")
    assert _rows(run_text(text, published=FRIDAY))[-1] == ("Emmanuel Kayitare", WEDNESDAY)


def test_quotes_sessions_according_to_a_dated_document_later_on_is_undated(run_text: Run) -> None:
    text = ("The final communique, issued on Tuesday, said the force would deploy in January.\n\n"
            "Mozambique's government said in a statement on Wednesday that the insurgents had changed tactics.\n\n"
            "According to the communique, more than 1,100 people have been killed since January.")
    assert _rows(run_text(text, published=FRIDAY))[-1][1] == FRIDAY


def test_quotes_sessions_an_update_is_a_document_that_dates_what_it_says(run_text: Run) -> None:
    text = ("The International Organization for Migration said in an update on Thursday that 148,000 people had "
            "been displaced. Most were sheltering with host families, it said.")
    assert [d for _, d in _rows(run_text(text, published=FRIDAY))] == ["2026-03-05", "2026-03-05"]

