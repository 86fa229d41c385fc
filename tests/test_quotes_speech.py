"""The quotes stage on speech acts: the date of a statement, interviews and transcripts, chains of pronouns and
descriptions, quotations over several paragraphs and bodies that speak. Texts written for these tests; the
publication date is Friday 6 March 2026 unless a test says otherwise."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document, Quote

Run = Callable[..., Document]
FRIDAY = "2026-03-06"


def _rows(document: Document) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(speaker mention, speaker name, date, basis) of each quote."""
    return [(_mention(q), q.speaker.name, q.date, q.date_basis) for q in document.quotes]


def _mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention else None


def _dates(document: Document) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.date, q.date_basis) for q in document.quotes]


# -- the date of a statement ---------------------------------------------------------------------------------


def test_quotes_speech_time_on_the_cue_dates_the_statement_not_its_content(run_text: Run) -> None:
    document = run_text("Finance Minister Tomas Ruud said on Monday the talks would resume next week.", FRIDAY)
    assert _dates(document) == [("the talks would resume next week", "2026-03-02", "stated")]


def test_quotes_speech_time_inside_the_content_leaves_the_publication_date(run_text: Run) -> None:
    document = run_text("Finance Minister Tomas Ruud said the talks would resume on Monday.", FRIDAY)
    assert _dates(document) == [("the talks would resume on Monday", FRIDAY, "published")]


def test_quotes_speech_content_times_never_date_a_statement(run_text: Run) -> None:
    document = run_text(
        "Hartmut Lenz, who took over the ministry in March, said exports had grown since January and would "
        "double by October.",
        FRIDAY,
    )
    assert [(q.date, q.date_basis) for q in document.quotes] == [(FRIDAY, "published")]


def test_quotes_speech_scene_of_the_sentence_dates_the_statement(run_text: Run) -> None:
    document = run_text(
        "Speaking at a news conference after Tuesday's cabinet meeting, Finance Minister Tomas Ruud said the "
        "budget was balanced.\n\n"
        "In a radio interview on Thursday, Central bank governor Eva Lind said rates would fall by October.",
        FRIDAY,
    )
    assert _dates(document) == [
        ("the budget was balanced", "2026-03-03", "sentence"),
        ("rates would fall by October", "2026-03-05", "sentence"),
    ]


def test_quotes_speech_same_scene_and_same_speaker_keep_the_date(run_text: Run) -> None:
    document = run_text(
        "Finance Minister Tomas Ruud told a news conference on Tuesday that the budget would be balanced by "
        "2028.\n\n"
        '"We will not raise taxes this year," Ruud said.\n\n'
        "Central bank governor Eva Lind, speaking at the same news conference, said rates would fall by "
        "October.\n\n"
        'Opposition leader Jonas Weber said the plan was "a fantasy".',
        FRIDAY,
    )
    assert [(q.speaker.name, q.date, q.date_basis) for q in document.quotes] == [
        ("Tomas Ruud", "2026-03-03", "stated"),
        ("Tomas Ruud", "2026-03-03", "inherited"),
        ("Eva Lind", "2026-03-03", "inherited"),
        ("Jonas Weber", FRIDAY, "published"),  # not at the news conference: the text does not date him
    ]


def test_quotes_speech_participle_shares_the_time_of_its_main_verb(run_text: Run) -> None:
    document = run_text(
        "Defence Minister Lena Vik on Tuesday presented a plan to double the number of conscripts, telling "
        'parliament that the army "needs more hands".',
        FRIDAY,
    )
    assert [(q.speaker.name, q.text, q.date) for q in document.quotes if q.cue == "tell"] == [
        ("Lena Vik", 'the army "needs more hands"', "2026-03-03")
    ]


def test_quotes_speech_a_document_speaks_on_the_day_it_was_signed(run_text: Run) -> None:
    document = run_text(
        "The two foreign ministers signed a joint declaration in Vilnius on Tuesday.\n\n"
        "The joint declaration said both countries would open a rail link by 2028. The document also called on "
        "the European Union to help pay for it.",
        FRIDAY,
    )
    assert _rows(document) == [
        ("The joint declaration", "The joint declaration", "2026-03-03", "inherited"),
        ("The document", "The joint declaration", "2026-03-03", "inherited"),  # named as first named
    ]


def test_quotes_speech_no_statement_is_dated_after_publication(run_text: Run) -> None:
    document = run_text(
        "The following is a transcript of a debate broadcast on Sunday between Labour Minister Ana Soto and "
        "opposition spokesman Diego Ruiz.\n\n"
        "SOTO: Exports fell in every sector, and we expect the figures to improve by the summer.\n\n"
        "RUIZ: The government has cut training budgets for three years in a row.",
        FRIDAY,
    )
    assert [(q.speaker.name, q.date) for q in document.quotes] == [
        ("Ana Soto", "2026-03-01"),
        ("Diego Ruiz", "2026-03-01"),
    ]


# -- interviews and transcripts ------------------------------------------------------------------------------

INTERVIEW = (
    "Interview: Chile's Mining Minister on Copper\n\n"
    "In an interview on Wednesday, Chilean Mining Minister Rosa Ferrer said copper output would rise this "
    "year.\n\n"
    "Q: Critics say the new royalty will drive investors away. Why keep it?\n\n"
    "A: Because the numbers tell a different story. Investment rose by twelve percent last year.\n\n"
    "Q: Will you nationalise lithium?\n\n"
    "A: No. We want partners, not owners, and we will sign the first contracts next month.\n\n"
    'Luis Prado, head of the mining chamber, said on Thursday that the royalty was "bearable".'
)


def test_quotes_speech_answers_are_the_interviewees_and_questions_no_ones(run_text: Run) -> None:
    document = run_text(INTERVIEW, FRIDAY, title="Interview: Chile's Mining Minister on Copper")
    assert [(q.kind, q.speaker.name, q.date, q.text[:20]) for q in document.quotes] == [
        ("indirect", "Rosa Ferrer", "2026-03-04", "copper output would "),
        ("direct", "Rosa Ferrer", "2026-03-04", "Because the numbers "),
        ("direct", "Rosa Ferrer", "2026-03-04", "No. We want partners"),
        ("mixed", "Luis Prado", "2026-03-05", "the royalty was \"bea"),
    ]


def test_quotes_speech_what_an_interviewer_states_rather_than_asks_is_their_own_quote(run_text: Run) -> None:
    text = ("Interview: Chile's Mining Minister on Copper\n\n"
            "Chilean Mining Minister Rosa Ferrer spoke to our correspondent, Andrés Fuenzalida, on Wednesday.\n\n"
            "Q: Critics say the new royalty will drive investors away. Why keep it?\n\n"
            "A: Because the numbers tell a different story. Investment rose by twelve percent last year.\n\n"
            "Q: Let us turn to the communities around the salt flats.\n\n"
            "A: Gladly. They receive three percent of sales, and they will receive more.")
    document = run_text(text, FRIDAY, title="Interview: Chile's Mining Minister on Copper")
    assert [(q.speaker.name, q.text[:20]) for q in document.quotes] == [
        ("Rosa Ferrer", "Because the numbers "),
        ("Andrés Fuenzalida", "Let us turn to the c"),
        ("Rosa Ferrer", "Gladly. They receive"),
    ]


def test_quotes_speech_bracketed_names_and_unlabelled_questions(run_text: Run) -> None:
    document = run_text(
        "Peru's Energy Minister Carla Mendoza said in an interview on Tuesday that the gas pipeline would be "
        "finished by 2027.\n\n"
        "Environmental groups say the ministry ignored their objections. Did it?\n\n"
        "((Carla Mendoza)) We met them four times. I told them on Friday that the door remains open.",
        FRIDAY,
    )
    assert [(q.kind, _mention(q), q.speaker.name, q.date) for q in document.quotes] == [
        ("indirect", "Carla Mendoza", "Carla Mendoza", "2026-03-03"),
        ("direct", "Carla Mendoza", "Carla Mendoza", "2026-03-03"),
    ]
    assert document.quotes[1].text.startswith("We met them four times.")


def test_quotes_speech_transcript_host_asks_and_a_turn_runs_on(run_text: Run) -> None:
    document = run_text(
        "The following is an edited transcript of a debate broadcast on Sunday, presented by Tom Keane, between "
        "Labour Minister Ana Soto and opposition spokesman Diego Ruiz.\n\n"
        "KEANE: Minister, unemployment rose again last month. Why?\n\n"
        "SOTO: Because exports fell in every sector. We expect the figures to improve by the summer.\n\n"
        "I would ask people to look at the trend, not at one month.\n\n"
        "KEANE: Mr Ruiz, is the minister right?\n\n"
        "RUIZ: She is not. The government has cut training budgets for three years in a row.\n\n"
        "Soto's ministry said in a statement on Monday that 40,000 jobs had been created.",
        FRIDAY,
    )
    assert [(_mention(q), q.speaker.name, q.date, len(q.parts)) for q in document.quotes] == [
        ("SOTO", "Ana Soto", "2026-03-01", 2),
        ("RUIZ", "Diego Ruiz", "2026-03-01", 1),
        ("Soto's ministry", "Soto's ministry", "2026-03-02", 1),  # a body outside the KB, as written
    ]
    assert document.quotes[0].parts[1].text == "I would ask people to look at the trend, not at one month."


def test_quotes_speech_role_labels_name_the_interviewee(run_text: Run) -> None:
    document = run_text(
        "Trade Minister Omar Haddad spoke to reporters in Amman on Thursday.\n\n"
        "Reporter: Will Jordan join the new customs union?\n\n"
        "Minister: We are studying the terms, and we will decide before the end of the year.",
        FRIDAY,
    )
    assert [(_mention(q), q.speaker.name, q.date, q.kind) for q in document.quotes] == [
        ("Minister", "Omar Haddad", "2026-03-05", "direct")
    ]


def test_quotes_speech_reporters_questions_are_not_quotes(run_text: Run) -> None:
    document = run_text(
        "Health Minister Sofia Marin defended the vaccine contract at a news conference in Lisbon on Monday.\n\n"
        '"Did you know about the price increase when you signed?" a reporter asked Marin.\n\n'
        '"I learned of it from the press, like everyone else," she said.\n\n'
        "One journalist put it to her that the ministry had hidden the contract. Marin said the suggestion was "
        "absurd.",
        FRIDAY,
    )
    assert [(q.text, q.speaker.name, q.date) for q in document.quotes] == [
        ("the vaccine contract", "Sofia Marin", "2026-03-02"),
        ("I learned of it from the press, like everyone else", "Sofia Marin", "2026-03-02"),
        ("the suggestion was absurd", "Sofia Marin", "2026-03-02"),
    ]


def test_quotes_speech_refusal_to_comment_is_not_a_quote(run_text: Run) -> None:
    document = run_text(
        "In an interview on Wednesday, Chilean Mining Minister Rosa Ferrer said copper output would rise.\n\n"
        "Q: Will you run for the Senate?\n\n"
        "A: I will not comment on that.",
        FRIDAY,
    )
    assert [q.text for q in document.quotes] == ["copper output would rise"]


# -- chains of pronouns and descriptions ---------------------------------------------------------------------


def test_quotes_speech_pronoun_goes_to_the_new_subject(run_text: Run) -> None:
    document = run_text(
        "Interior Minister Karl Brandt said on Monday that the border would stay open.\n\n"
        "Opposition leader Jonas Weber disagreed. He said the checks had failed.\n\n"
        '"We warned them for months," he said.',
        FRIDAY,
    )
    assert [q.speaker.name for q in document.quotes] == ["Karl Brandt", "Jonas Weber", "Jonas Weber"]


def test_quotes_speech_pronoun_goes_back_to_the_first_man(run_text: Run) -> None:
    document = run_text(
        "Opposition leader Jonas Weber said on Monday that the border checks had failed.\n\n"
        "Interior Minister Karl Brandt rejected the criticism. He said the border would stay open.\n\n"
        '"We will not close it," he said.',
        FRIDAY,
    )
    assert [q.speaker.name for q in document.quotes] == ["Jonas Weber", "Karl Brandt", "Karl Brandt", "Karl Brandt"]


def test_quotes_speech_pronoun_skips_a_name_that_is_no_subject(run_text: Run) -> None:
    document = run_text(
        "Foreign Minister Olaf Berg said the talks in Geneva had been useful.\n\n"
        "The talks were first proposed by his predecessor, Anders Holm, in 2019.\n\n"
        '"We have waited long enough," he said.',
        FRIDAY,
    )
    assert document.quotes[-1].speaker.name == "Olaf Berg"


def test_quotes_speech_pronoun_never_goes_to_a_name_inside_the_quote(run_text: Run) -> None:
    document = run_text(
        "Retired general Ingrid Dahl said the plan ignored the lack of barracks.\n\n"
        "Defence Minister Lena Vik insisted on Thursday that the objections were exaggerated.\n\n"
        '"General Dahl knows the army of the past. I am building the army of the future," she said.',
        FRIDAY,
    )
    assert [(q.speaker.name, q.date) for q in document.quotes] == [
        ("Ingrid Dahl", FRIDAY),
        ("Lena Vik", "2026-03-05"),
        ("Lena Vik", "2026-03-05"),
    ]


def test_quotes_speech_pronoun_after_two_men_in_one_sentence_names_no_one(run_text: Run) -> None:
    document = run_text(
        "Karl Brandt and Jonas Weber met in Berlin on Monday.\n\n" '"It was a useful meeting," he said.', FRIDAY
    )
    assert [(_mention(q), q.speaker.actor, q.speaker.name) for q in document.quotes] == [("he", None, None)]


def test_quotes_speech_pronoun_after_a_question_goes_to_the_one_asked(run_text: Run) -> None:
    document = run_text(
        "President Pablo Ortiz and Foreign Minister Raul Vega spoke at a briefing on Friday.\n\n"
        '"Did you know about the leak?" a reporter asked Ortiz.\n\n'
        '"I learned of it from the newspapers," he said.',
        "2026-03-07",
    )
    assert [(q.speaker.name, q.date) for q in document.quotes] == [("Pablo Ortiz", "2026-03-06")]


def test_quotes_speech_description_is_the_only_person_it_fits(run_text: Run) -> None:
    document = run_text(
        "Interior Minister Ruth Banda spoke to reporters, flanked by the national police commissioner.\n\n"
        "National Police Commissioner Lieutenant General Peter Moyo told the news conference that the search "
        "had been extended.\n\n"
        '"Stay away from these men," the commissioner said.',
        FRIDAY,
    )
    assert [(_mention(q), q.speaker.name) for q in document.quotes] == [
        ("Peter Moyo", "Peter Moyo"),
        ("the commissioner", "Peter Moyo"),
    ]


def test_quotes_speech_surname_resolves_to_the_full_name(run_text: Run) -> None:
    document = run_text(
        "Paraguayan President Esteban Cardozo Villalba said the tariff would fall.\n\n"
        '"For years the dam was negotiated behind closed doors," Cardozo said.',
        FRIDAY,
    )
    assert [q.speaker.name for q in document.quotes] == ["Esteban Cardozo Villalba", "Esteban Cardozo Villalba"]


# -- quotations over several paragraphs ----------------------------------------------------------------------


def test_quotes_speech_quotation_over_three_paragraphs_is_one_quote(run_text: Run) -> None:
    document = run_text(
        "Governor Ama Owusu told reporters on Wednesday that inflation would keep falling.\n\n"
        '"The worst is behind us. Prices are stable again.\n\n'
        '"We have not won yet, and I will not pretend that we have.\n\n'
        '"But the direction is clear," Owusu said.',
        FRIDAY,
    )
    quote = document.quotes[-1]
    assert (quote.kind, _mention(quote), quote.speaker.name, quote.date) == (
        "direct", "Owusu", "Ama Owusu", "2026-03-04")
    assert [p.text for p in quote.parts] == [
        "The worst is behind us. Prices are stable again.",
        "We have not won yet, and I will not pretend that we have.",
        "But the direction is clear",
    ]
    assert len(document.quotes) == 2


# -- bodies and documents ------------------------------------------------------------------------------------


def test_quotes_speech_bodies_and_described_persons_speak(run_text: Run) -> None:
    document = run_text(
        "In Riga, the Interior Ministry said in a statement that it had detained three smugglers. The men were "
        "arrested near the border on Sunday night, according to a statement from the ministry.\n\n"
        'A senior Western diplomat said the agreement was "a real step".',
        FRIDAY,
    )
    assert [(_mention(q), q.cue, q.date) for q in document.quotes] == [
        ("the Interior Ministry", "said in a statement", FRIDAY),
        ("the ministry", "according to", FRIDAY),
        ("A senior Western diplomat", "say", FRIDAY),
    ]
    assert document.quotes[0].speaker.actor == document.quotes[1].speaker.actor is not None


def test_quotes_speech_description_goes_to_the_one_a_question_was_put_to(run_text: Run) -> None:
    document = run_text(
        "Foreign Minister Elina Vaara and her Estonian counterpart, Jaan Kivi, met in Helsinki on Wednesday.\n\n"
        "Kivi said Estonia would ask NATO to increase patrols.\n\n"
        'A Finnish journalist asked Vaara whether Helsinki suspected Moscow. "It is too early to name anyone," '
        "the minister replied.",
        FRIDAY,
    )
    assert [(_mention(q), q.speaker.name, q.date) for q in document.quotes] == [
        ("Kivi", "Jaan Kivi", "2026-03-04"),  # placed at Wednesday's meeting
        ("the minister", "Elina Vaara", "2026-03-04"),
    ]


def test_quotes_speech_bold_labels_and_a_host_named_by_its_questions(run_text: Run) -> None:
    document = run_text(
        "Kenya's Interior Minister Grace Wanjiru spoke to Reuters in Nairobi on Tuesday about the border.\n\n"
        "**Reuters:** Will the border reopen this year?\n\n"
        "**Grace Wanjiru:** We hope so. The security assessment will be finished by June.\n\n"
        "**Reuters:** Critics say the deal rewards smugglers. Is that fair?\n\n"
        "**Grace Wanjiru:** It is not. Smugglers will face new checkpoints at every crossing.",
        FRIDAY,
    )
    turns = [q for q in document.quotes if q.kind == "direct"]
    assert [(_mention(q), q.speaker.name, q.date) for q in turns] == [
        ("Grace Wanjiru", "Grace Wanjiru", "2026-03-03"),
        ("Grace Wanjiru", "Grace Wanjiru", "2026-03-03"),
    ]
    assert not any("smugglers" in q.text and "Critics" in q.text for q in document.quotes)


def test_quotes_speech_a_questioners_statement_is_their_own_quote(run_text: Run) -> None:
    document = run_text(
        "A parliamentary committee chaired by Mele Tupou questioned the health secretary, Sione Vea, on Tuesday. "
        "Below are excerpts from Tuesday's hearing.\n\n"
        "TUPOU: Mr Vea, how many clinics have run out of insulin?\n\n"
        "VEA: Nine of them, and I apologise to every patient who was sent home.\n\n"
        "TUPOU: When will the next shipment arrive?\n\n"
        "VEA: It is at sea now and will be unloaded by the end of the month.\n\n"
        "TUPOU: The committee asks the ministry to send us its stock records by Friday. The hearing is adjourned.",
        FRIDAY,
    )
    assert [(_mention(q), q.speaker.name) for q in document.quotes] == [
        ("VEA", "Sione Vea"), ("VEA", "Sione Vea"), ("TUPOU", "Mele Tupou"),
    ]
    assert not any("?" in q.text for q in document.quotes)


def test_quotes_speech_an_answer_is_spoken_by_its_label_for_the_interviewee_not_a_pronoun(run_text: Run) -> None:
    text = INTERVIEW.replace("year.\n\n", "year. Her ministry has doubled its budget.\n\n", 1)
    answers = [q for q in run_text(text, FRIDAY).quotes if q.kind == "direct"]
    assert [(_mention(q), q.speaker.name) for q in answers] == [("A", "Rosa Ferrer"), ("A", "Rosa Ferrer")]
    described = INTERVIEW.replace("year.\n\n", "year.\n\nFerrer, a former mining engineer at a copper mine in "
                                  "Antofagasta, spoke at her ministry.\n\n", 1)
    answers = [q for q in run_text(described, FRIDAY).quotes if q.kind == "direct"]
    assert [(_mention(q), q.speaker.name) for q in answers] == [("A", "Rosa Ferrer"), ("A", "Rosa Ferrer")]


HEARING = (
    "The following is an edited transcript of Tuesday's session of the Joint Committee on Transport, chaired by "
    "Senator Maeve Doherty. The witnesses were Colm Farrell, chief executive of Irish Rail, and Dr Gráinne Walsh, "
    "Secretary General of the Department of Transport. Questions came from Deputy Niamh Kearns.\n\n"
    "Chair: Before we begin, every member has heard from commuters who stood for two hours this month. Mr "
    "Farrell, you have five minutes.\n\n"
    "Mr Farrell: Thank you, Chair. We cancelled 212 trains last week, and I will not call that acceptable.\n\n"
    "Deputy Kearns: You promised new carriages a year ago. Where are they?\n\n"
    "Dr Walsh: The department has approved funding for 40 carriages, and the first ten arrive in March.\n\n"
    "Deputy Kearns: I will hold you to that. When will the timetable be restored?\n\n"
    "Mr Farrell: By the summer, if the carriages arrive on time.\n\n"
    "Chair: We are out of time. I ask both witnesses to send written answers by Friday."
)


def test_quotes_speech_labels_with_titles_and_the_chairs_label_name_their_speakers(run_text: Run) -> None:
    document = run_text(HEARING, FRIDAY)
    assert [q.speaker.name for q in document.quotes] == [
        "Maeve Doherty", "Colm Farrell", "Gráinne Walsh", "Colm Farrell", "Maeve Doherty"]
    assert not any("?" in q.text for q in document.quotes)


def test_quotes_speech_a_line_by_name_is_not_a_label_without_a_title(run_text: Run) -> None:
    text = "Officials said on Monday that trains were late.\n\nMore trains: The ministry said it would buy carriages."
    assert all(q.speaker.name != "More trains" for q in run_text(text, FRIDAY).quotes)


def test_quotes_speech_a_question_set_in_bold_whole_is_no_ones_quote(run_text: Run) -> None:
    text = ("In an interview on Wednesday, Chilean Mining Minister Rosa Ferrer said copper output would rise.\n\n"
            "**Q: Buyers in Shanghai say Chilean copper is too expensive. Are they right?**\n\n"
            "**Ferrer:** No. Our copper is cleaner than anyone else's, and buyers pay for that.")
    quotes = run_text(text, FRIDAY).quotes
    assert not any("too expensive" in q.text for q in quotes)
    assert [q.speaker.name for q in quotes if q.kind == "direct"] == ["Rosa Ferrer"]


def test_quotes_speech_a_question_put_to_the_next_speaker_is_no_ones(run_text: Run) -> None:
    text = ("The inquiry, chaired by Commissioner Margaret Esterhuizen AO, heard evidence on Tuesday from a former "
            "official, Dr Helen Vance.\n\n"
            "MS RANGANATHAN: Dr Vance, who told you what price to pay for the water?\n\n"
            "DR VANCE: No one told me a price. We relied on the market data we had at the time.\n\n"
            "MS RANGANATHAN: I tender the valuation report dated 25 March 2024.")
    quotes = run_text(text, FRIDAY).quotes
    assert [q.text[:20] for q in quotes] == ["No one told me a pri", "I tender the valuati"]
    assert [q.speaker.name for q in quotes][:1] == ["Helen Vance"]


def test_quotes_speech_a_chair_named_through_an_appositive_title_speaks_on(run_text: Run) -> None:
    text = ("The summit's chairperson, President of the Republic of Namibia Dr. Helena Amukwaya-Shilongo, told "
            "reporters at the close of the meeting on Saturday that the bloc would \"not abandon the Kivus\".\n\n"
            "\"We brought our soldiers home last year,\" she said.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == ["Helena Amukwaya-Shilongo"] * 2


def test_quotes_speech_a_role_label_is_where_its_speaker_is_named(run_text: Run) -> None:
    quotes = run_text(HEARING, FRIDAY).quotes
    chair = [q for q in quotes if q.speaker.name == "Maeve Doherty"]
    assert [_mention(q) for q in chair] == ["Chair", "Chair"]
    assert [_mention(q) for q in quotes if q.speaker.name == "Colm Farrell"] == ["Farrell", "Farrell"]


def test_quotes_speech_a_chair_whose_long_title_joins_two_offices_ends_with_the_name(run_text: Run) -> None:
    text = ("The summit's chair, Chairperson of the EAC Summit of Heads of State and President of the Republic of "
            "Kenya Daniel Kiprono Rotich, told a news conference that the closure had cost ordinary people \"more "
            "than any war of words is worth\".")
    quote, = run_text(text, FRIDAY).quotes
    assert (quote.speaker.name, _mention(quote)) == ("Daniel Kiprono Rotich", "Daniel Kiprono Rotich")


def test_quotes_speech_a_name_set_off_after_a_title_of_a_place_is_the_speaker(run_text: Run) -> None:
    text = ("The President of the Government of the Canary Islands, Carmelo Afonso Trujillo, said on Monday that "
            "the agreement was \"a step, not a solution\".")
    titled = [q.speaker.name for q in run_text(text, FRIDAY).quotes]
    untitled = [q.speaker.name for q in run_text(text.replace(", Carmelo Afonso Trujillo,", ""), FRIDAY).quotes]
    assert titled == ["Carmelo Afonso Trujillo"]
    assert untitled != titled


def test_quotes_speech_a_passer_by_who_gives_a_name_after_speaking_is_that_person(run_text: Run) -> None:
    text = ("KIGOMA — A fisherman from Uvira said he had made the crossing three times since Sunday. He gave his "
            "name as Fikiri Lubunga Asani.\n\n\"The lake is calm at night, so we go at night,\" he said.")
    quotes = run_text(text, FRIDAY).quotes
    assert [q.speaker.name for q in quotes] == ["Fikiri Lubunga Asani"] * 2
    assert _mention(quotes[0]) == "A fisherman from Uvira"
    unnamed = run_text(text.replace(" He gave his name as Fikiri Lubunga Asani.", ""), FRIDAY).quotes
    assert [q.speaker.name for q in unnamed] == ["A fisherman from Uvira"] * 2


def test_quotes_speech_a_name_with_an_age_opening_the_next_sentence_names_the_one_described(run_text: Run) -> None:
    text = ("A sheep farmer from Qassiarsuk said he had voted no by post \"for the lambs, not for myself\". "
            "Jens-Kristian Egede, 64, has kept sheep above the fjord since 1987.")
    assert [q.speaker.name for q in run_text(text, FRIDAY).quotes] == ["Jens-Kristian Egede"]
    known = ("Mayor Jens-Kristian Egede opened the count on Thursday. " + text).replace(
        "A sheep farmer from Qassiarsuk", "A farmer")
    assert [q.speaker.name for q in run_text(known, FRIDAY).quotes] == ["A farmer"]


def test_quotes_speech_labels_with_titles_in_capitals_name_their_speakers(run_text: Run) -> None:
    text = ("Sen. Dale Smith, who chairs the committee, and Sen. Elena Ortiz questioned Under Secretary of Commerce "
            "Margaret Lane on Tuesday.\n\n"
            "CHAIRMAN SMITH: This committee has given the bureau every tool it asked for. Where are the results?\n\n"
            "MS. LANE: We have opened 41 investigations this year, and eleven agents work overseas.\n\n"
            "SEN. ORTIZ: That is a polite way of saying you need more money. I will note it for the record.")
    names = [q.speaker.name for q in run_text(text, FRIDAY).quotes]
    assert names == ["Margaret Lane", "Elena Ortiz"]


def test_quotes_speech_the_statement_after_a_communique_spoke_is_that_communique(run_text: Run) -> None:
    text = ("ASEAN foreign ministers issued a joint communique on Thursday at the end of a meeting in Manila.\n\n"
            "The communique said the bloc remained \"deeply concerned\" by air strikes in Myanmar.\n\n"
            "On the South China Sea, the statement said several ministers had raised concerns about dangerous "
            "manoeuvres at sea.")
    names = [q.speaker.name for q in run_text(text, FRIDAY).quotes]
    assert names == ["The joint communique"] * 2
    named = text.replace("at the end of a meeting", "and a separate statement at the end of a meeting")
    assert [q.speaker.name for q in run_text(named, FRIDAY).quotes][-1] != "The joint communique"


def test_quotes_speech_the_document_an_appeal_came_in_is_no_part_of_it(run_text: Run) -> None:
    text = ("The Association of Southeast Asian Nations called on Myanmar's government to agree to a nationwide "
            "ceasefire and to open talks with all armed groups, in a joint communique issued by its foreign "
            "ministers on Thursday.")
    quote, = run_text(text, FRIDAY).quotes
    assert quote.text.endswith("with all armed groups")
    assert (quote.date, quote.date_basis) == ("2026-03-05", "sentence")
    inside = text.replace(", in a joint communique issued by its foreign ministers on Thursday",
                          " that began on Thursday")
    assert run_text(inside, FRIDAY).quotes[0].date == FRIDAY
