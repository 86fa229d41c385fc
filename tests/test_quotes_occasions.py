"""The quotes stage on occasions and formats: what dates a statement when the lead tells the occasion, labels that
carry a name in brackets, interviews printed with bold questions, refusals and perceived words, and the people
titles and descriptions name. Texts written for these tests; published on Friday 6 March 2026 (Tuesday is 3
March, Wednesday 4 March) unless a test says otherwise."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document, Quote

Run = Callable[..., Document]
FRIDAY = "2026-03-06"
TUESDAY = "2026-03-03"


def _rows(document: Document) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker name, date, basis) of each quote."""
    return [(q.speaker.name, q.date, q.date_basis) for q in document.quotes]


def _texts(document: Document) -> list[str]:
    return [q.text for q in document.quotes]


def _mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention else None


# -- the lead's occasion ----------------------------------------------------------------------------------------


def test_quotes_occasions_a_dateline_dates_the_filing_not_the_statement(run_text: Run) -> None:
    text = ("REYKJAVIK, March 5 — The Nordic Council has called for an end to bottom trawling in the fjords, in a "
            "communique issued on Tuesday after a meeting in Akureyri.")
    assert [row[1:] for row in _rows(run_text(text, FRIDAY))] == [(TUESDAY, "sentence")]
    bare = "REYKJAVIK, March 5 — The Nordic Council has called for an end to bottom trawling in the fjords."
    assert [row[1:] for row in _rows(run_text(bare, FRIDAY))] == [(FRIDAY, "published")]


def test_quotes_occasions_a_speaker_with_the_main_clause_speaks_on_its_day(run_text: Run) -> None:
    text = ("Iceland and Norway signed a fisheries accord in Bergen on Tuesday that will let their trawlers share "
            "the herring grounds, with Prime Minister of Iceland Bryndis Haraldsdottir saying the text was fair.")
    assert _rows(run_text(text, FRIDAY)) == [("Bryndis Haraldsdottir", TUESDAY, "stated")]


def test_quotes_occasions_a_news_conference_after_the_lead_event_has_its_day(run_text: Run) -> None:
    lead = "BERGEN — Iceland and Norway signed a fisheries accord in Bergen on Tuesday.\n\n"
    middle = "The accord sets quotas for herring and mackerel and opens a joint inspection office in Tromso.\n\n"
    scene = ("Haraldsdottir, on her second visit to Norway since taking office last year, stood beside Prime Minister "
             "Eirik Dahl at a joint news conference in the old harbour after the signing.\n\n")
    said = "Asked whether the quotas were too high, Haraldsdottir said they were \"the lowest in a decade\"."
    assert _rows(run_text(lead + middle + scene + said, FRIDAY)) == [("Haraldsdottir", TUESDAY, "inherited")]
    elsewhere = scene.replace(" after the signing", "")
    assert [row[1:] for row in _rows(run_text(lead + middle + elsewhere + said, FRIDAY))] == [(FRIDAY, "published")]


def test_quotes_occasions_the_lead_act_told_again_places_its_actors_there(run_text: Run) -> None:
    lead = "OSLO — Norway and Denmark will pool their coastguards under an accord signed in Oslo on Tuesday.\n\n"
    again = ("Prime Minister Eirik Dahl and Danish Prime Minister Mette Holm signed the accord at the palace and "
             "then took questions.\n\n")
    said = "\"Our fishermen will see one patrol, not two,\" Dahl said."
    assert _rows(run_text(lead + again + said, FRIDAY)) == [("Eirik Dahl", TUESDAY, "inherited")]
    other = again.replace("signed the accord at the palace", "toured the harbour")
    assert [row[1:] for row in _rows(run_text(lead + other + said, FRIDAY))] == [(FRIDAY, "published")]


def test_quotes_occasions_a_day_dates_a_statement_before_a_month_in_a_title(run_text: Run) -> None:
    text = ("Chairperson of the Arctic Council for March, Ambassador Sigrun Falk, told reporters after the closed "
            "meeting on Tuesday that the members had been \"united on the substance\".")
    assert _rows(run_text(text, FRIDAY)) == [("Sigrun Falk", TUESDAY, "sentence")]


def test_quotes_occasions_a_separate_interview_is_an_occasion_of_its_own(run_text: Run) -> None:
    first = "Colonel Arne Vik said on Tuesday that the patrol had kept to its side of the line.\n\n"
    again = "Vik said in a separate interview with a Tromso radio station that no shots had been fired."
    rows = _rows(run_text(first + again, FRIDAY))
    assert rows == [("Arne Vik", TUESDAY, "stated"), ("Arne Vik", FRIDAY, "published")]
    same = again.replace("in a separate interview with a Tromso radio station ", "")
    assert _rows(run_text(first + same, FRIDAY))[1] == ("Arne Vik", TUESDAY, "inherited")


def test_quotes_occasions_a_record_with_no_session_day_is_dated_by_the_lead(run_text: Run) -> None:
    text = ("UNITED NATIONS — Members of the Security Council split on Tuesday over who should pay for the "
            "mission in the Arctic.\n\n"
            "The provisional record of the meeting, issued on Wednesday, gives the following exchanges.\n\n"
            "The President (Ms Lindgren): I now give the floor to the representative of Norway.\n\n"
            "Mr Dahl (Norway): My country is not asking for charity. We are asking for a budget.")
    rows = [(q.speaker.name, q.date) for q in run_text(text, FRIDAY).quotes]
    assert rows == [("Lindgren", TUESDAY), ("Dahl", TUESDAY)]


# -- labels and interviews ---------------------------------------------------------------------------------------

HEARING = ("BRUSSELS — The Parliament's fisheries committee heard two commissioners on Tuesday. The hearing was "
           "chaired by Maria Lindgren. Questions came from Paul Renard and Karin Weiss.\n\n")


def test_quotes_occasions_a_label_gives_the_name_in_its_brackets_after_an_office(run_text: Run) -> None:
    text = HEARING + ("Chair (Ms Lindgren): Good afternoon, colleagues. Each group has two minutes today.\n\n"
                      "Mr Renard (Renew): Thank you, Chair. The quotas are too high for the smaller fleets.")
    document = run_text(text, FRIDAY)
    assert [(q.speaker.name, q.date) for q in document.quotes] == [
        ("Maria Lindgren", TUESDAY), ("Paul Renard", TUESDAY)]
    assert [(_mention(q) or "").split()[-1] for q in document.quotes] == ["Lindgren", "Renard"]


def test_quotes_occasions_a_bracket_after_a_name_is_its_group_not_the_speaker(run_text: Run) -> None:
    text = HEARING + "Ms Weiss (Greens/EFA): My group supports the plan, but we will watch every vessel."
    document = run_text(text, FRIDAY)
    assert [((_mention(q) or "").split()[-1], q.speaker.name) for q in document.quotes] == [("Weiss", "Karin Weiss")]


BOLD = ("President Tomas Varga said in an interview on Tuesday that Hungary would not block the fisheries plan. "
        "His answers follow the questions, printed in bold.\n\n"
        "**Will you block the plan in Brussels?**\n\n"
        "No. We have our doubts, but I will not stand in the way of the others.\n\n"
        "**Your minister said the quotas were unfair. Is he wrong?**\n\n"
        "He is right that they are tight. I think we can live with them for two years.\n\n"
        "The interview has been edited for length.")


def test_quotes_occasions_bold_questions_are_asked_and_plain_paragraphs_answer(run_text: Run) -> None:
    document = run_text(BOLD, FRIDAY)
    answers = [(q.text[:12], q.speaker.name, q.date) for q in document.quotes if q.kind == "direct"]
    assert answers == [("No. We have ", "Tomas Varga", TUESDAY), ("He is right ", "Tomas Varga", TUESDAY)]
    assert not any("?" in q.text for q in document.quotes)


def test_quotes_occasions_one_bold_question_is_no_interview(run_text: Run) -> None:
    text = "**Is the plan dead?**\n\nNo. We have our doubts, but I will not stand in the way of the others."
    assert run_text(text, FRIDAY).quotes == []


# -- what is not said ------------------------------------------------------------------------------------------


def test_quotes_occasions_a_refusal_to_say_is_no_quote(run_text: Run) -> None:
    declined = "Dahl declined to say how much the new patrol boats would cost."
    refused = "Dahl refused to say whether a similar accord with Sweden was under discussion."
    assert run_text(declined, FRIDAY).quotes == [] and run_text(refused, FRIDAY).quotes == []
    said = "Dahl said the new patrol boats would cost about 40 million crowns."
    assert _texts(run_text(said, FRIDAY)) == ["the new patrol boats would cost about 40 million crowns"]


def test_quotes_occasions_saying_only_that_reports_the_clause_without_the_focus(run_text: Run) -> None:
    text = ("Dahl declined to say how much the boats would cost, saying only that the figure would appear in the "
            "budget \"in the normal way\".")
    assert _texts(run_text(text, FRIDAY)) == ['the figure would appear in the budget "in the normal way"']


def test_quotes_occasions_words_seen_inside_a_report_are_part_of_it(run_text: Run) -> None:
    text = ("The monitoring mission said on Tuesday that its patrols had visited the village and had seen \"fresh "
            "damage from small-arms fire\" at a border post.")
    document = run_text(text, FRIDAY)
    assert [(q.kind, q.speaker.name) for q in document.quotes] == [("mixed", "The monitoring mission")]


def test_quotes_occasions_called_for_with_its_clause_is_an_appeal(run_text: Run) -> None:
    text = ("Commander Arne Vik said on Tuesday that the line had held. He called for both sides to reopen a "
            "direct telephone line between local commanders.")
    texts = _texts(run_text(text, FRIDAY))
    assert texts[-1] == "both sides to reopen a direct telephone line between local commanders"


def test_quotes_occasions_questioning_people_says_nothing(run_text: Run) -> None:
    people = "The committee questioned two members of the Commission on Tuesday about the quotas."
    assert run_text(people, FRIDAY).quotes == []
    claim = "The committee questioned the legality of the new quotas for the smaller fleets."
    assert _texts(run_text(claim, FRIDAY)) == ["the legality of the new quotas for the smaller fleets"]


# -- who speaks ------------------------------------------------------------------------------------------------


def test_quotes_occasions_a_newcomer_set_beside_the_subject_takes_the_next_pronoun(run_text: Run) -> None:
    first = "Fisheries Minister Eirik Dahl told reporters that the boats would arrive in May.\n\n"
    newcomer = ("His predecessor in the post, opposition lawmaker Jon Strand, was less convinced. Speaking outside "
                "parliament on Monday, he said the fleet had not been consulted.")
    assert _rows(run_text(first + newcomer, FRIDAY))[-1][0] == "Jon Strand"
    past = ("His predecessor in the post, Jon Strand, had resisted similar plans throughout 2024. \"The fleet was "
            "not consulted,\" he said.")
    assert _rows(run_text(first + past, FRIDAY))[-1][0] == "Eirik Dahl"


def test_quotes_occasions_titles_and_descriptions_name_the_article_people(run_text: Run) -> None:
    text = ("Mercer stood beside Prime Minister of the Republic of Fiji Ratu Semi Naivalu at the signing. "
            "Spokeswoman for the Estonian Ministry of Defence Liisa Tamm said the talks went well.\n\n"
            "President Kofi Mensah of Ghana and his Togolese counterpart, Edem Agbeko, met in Lome. The Togolese "
            "president said the border would stay open. Questions came from Jean-Marc Leroy (Renew, France).")
    document = run_text(text, FRIDAY)
    people = {a.name: a.country for a in document.actors if a.kind == "person"}
    assert {"Semi Naivalu", "Liisa Tamm", "Kofi Mensah", "Edem Agbeko", "Jean-Marc Leroy"} <= set(people)
    assert people["Kofi Mensah"] == "GHA" and people["Edem Agbeko"] == "TGO"
    togolese = next(a for a in document.actors if any(m.text == "The Togolese president" for m in a.mentions))
    assert togolese.name == "Edem Agbeko"


def test_quotes_occasions_a_body_named_after_its_description_speaks_by_its_name(run_text: Run) -> None:
    named = "The UN refugee agency, UNHCR, said on Tuesday that 3,000 people had crossed the border."
    assert [q.speaker.name for q in run_text(named, FRIDAY).quotes] == ["UNHCR"]


def test_quotes_occasions_a_document_named_as_written_opens_with_the(run_text: Run) -> None:
    text = ("West African leaders met in Abuja on Sunday. According to the final communique, the bloc will send a "
            "mission to Bamako.")
    names = [q.speaker.name for q in run_text(text, FRIDAY).quotes]
    assert names and all(not name.startswith("the ") for name in names if name)


def test_quotes_occasions_a_long_title_closed_by_a_name_is_that_persons(run_text: Run) -> None:
    text = ("Chairman of the Authority of Heads of State and Government and President of Senegal Amadou Diouf told "
            "reporters after the closing session that the offer was a hand held out between neighbours.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == ["Amadou Diouf"]
