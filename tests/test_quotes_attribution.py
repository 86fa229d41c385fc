"""Attribution rules of the quotes stage: split quotations in any marks, quotations that float on from an
attribution, one quote per content, quoted words inside a reported clause, and cues in a non-speech sense."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from detente.document import Document, Quote
from detente.quotes import _deduped, find_quotes
from detente.quotes.found import Found
from detente.quotes.marks import passages

Run = Callable[..., Document]


def _rows(document: Document) -> list[tuple[str, str | None, str, str | None]]:
    return [(q.kind, q.cue, q.text, _mention(q)) for q in document.quotes]


def _mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention else None


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u2018", "\u2019"), ('"', '"'), ("'", "'")],
)
def test_quotes_split_by_cue_in_any_marks(run_text: Run, opening: str, closing: str) -> None:
    text = (
        f"{opening}Africa is not asking for favours,{closing} Ramaphosa said on Friday, "
        f"{opening}it is asking for a seat at the table.{closing}"
    )
    content = "Africa is not asking for favours it is asking for a seat at the table."
    assert _rows(run_text(text)) == [("direct", "say", content, "Ramaphosa")]


def test_quotes_marks_single_quotes_outside_double_ones() -> None:
    text = "In the \u201890s the envoys' aides didn't say \u2018no\u2019 or 'yes' to \"a 'fair' deal\"."
    found = [[text[s:e] for s, e in p.parts] for p in passages(text)]
    assert found == [["no"], ["yes"], ["a 'fair' deal"]]


def test_quotes_split_quotation_stops_at_the_paragraph(run_text: Run) -> None:
    text = (
        "\u00abEurope must start listening,\u00bb Macron told the summit, "
        "\u00abbecause the old order is gone.\u00bb\n\n\u2018We will not provoke anyone,\u2019 Lai said."
    )
    assert [(q.text, _mention(q)) for q in run_text(text).quotes] == [
        ("Europe must start listening because the old order is gone.", "Macron"),
        ("We will not provoke anyone", "Lai"),
    ]


def test_quotes_paragraph_of_quotation_goes_to_the_last_speaker(run_text: Run) -> None:
    text = (
        "Philippine Foreign Secretary Enrique Manalo said Manila would lodge a new protest.\n\n"
        "\u201cThe harassment of our fishermen must stop.\u201d\n\n"
        '"We will raise it at every forum."\n\n'
        "China's embassy did not respond."
    )
    assert _rows(run_text(text)) == [
        ("indirect", "say", "Manila would lodge a new protest", "Enrique Manalo"),
        ("direct", None, "The harassment of our fishermen must stop.", "Enrique Manalo"),
        ("direct", None, "We will raise it at every forum.", "Enrique Manalo"),
    ]


def test_quotes_quoted_heading_is_no_quote(run_text: Run) -> None:
    text = '"We tried everything," the envoy said.\n\n\'Talks Are Over Now.\'\n\nThe border stayed closed.'
    assert _rows(run_text(text)) == [("direct", "say", "We tried everything", "the envoy")]


def test_quotes_one_quote_per_content_keeps_the_speaker(run_text: Run) -> None:
    document = run_text("Oman said the truce would hold.")
    speaker = document.doc[0]  # type: ignore[index]
    text = document.text
    start, end = text.index("the truce"), text.index(".")
    twins = [
        Found([(start, end)], "say", None, None),
        Found([(start, end)], "say", (5, 9), speaker),
        Found([(start + 1, end)], "expect", None, None),
    ]
    assert [(f.start, f.speaker) for f in _deduped(twins)] == [(start, speaker)]


def test_quotes_stage_never_repeats_a_content(run_text: Run) -> None:
    document = run_text(
        'Iran\'s foreign ministry rejected what it called "baseless accusations by the Zionist regime".'
    )
    spans = [(q.start, q.end) for q in find_quotes(document)]
    assert len(spans) == len(set(spans)) == 1


def test_quotes_quoted_fragment_inside_a_reported_clause_is_mixed(run_text: Run) -> None:
    document = run_text(
        'Israel would respond "in due course" to the attack, the prime minister\'s office said.\n\n'
        'Iran rejected what it called "baseless accusations by the Zionist regime".'
    )
    assert _rows(document) == [
        ("mixed", "say", 'Israel would respond "in due course" to the attack', "the prime minister's office"),
        ("mixed", "reject", 'what it called "baseless accusations by the Zionist regime"', "Iran"),
    ]


def test_quotes_time_phrase_inside_an_accusation(run_text: Run) -> None:
    document = run_text(
        'The Philippines accused China on Thursday of "dangerous and unlawful" manoeuvres.\n\n'
        "Vietnam accused Beijing last month of blocking its fishing boats."
    )
    assert _rows(document) == [
        ("mixed", "accuse", 'China on Thursday of "dangerous and unlawful" manoeuvres', "The Philippines"),
        ("indirect", "accuse", "Beijing last month of blocking its fishing boats", "Vietnam"),
    ]


def test_quotes_reporter_question_is_not_the_answer(run_text: Run) -> None:
    text = (
        "Asked whether Seoul would send troops, Defence Minister Ahn Gyu-back said: "
        '"We are not considering that at this stage."'
    )
    assert _rows(run_text(text)) == [
        ("direct", "say", "We are not considering that at this stage.", "Ahn Gyu-back")
    ]


def test_quotes_agree_to_and_citing_are_not_speech(run_text: Run) -> None:
    document = run_text(
        "EU ministers agreed on Thursday to expand a resettlement scheme.\n\n"
        "Hungary's minister agreed that the scheme was needed.\n\n"
        "The central bank raised rates again, citing concerns over rising food prices."
    )
    assert _rows(document) == [("indirect", "agree", "the scheme was needed", "Hungary's minister")]


def test_quotes_trailing_attribution_takes_the_whole_clause(run_text: Run) -> None:
    text = "Thailand believes a corridor along the border is the most realistic step, a Thai diplomat said."
    assert _rows(run_text(text)) == [
        (
            "indirect",
            "say",
            "Thailand believes a corridor along the border is the most realistic step",
            "a Thai diplomat",
        )
    ]


def test_quotes_split_quotation_around_a_participle_aside(run_text: Run) -> None:
    text = (
        "\u201cEvery time you repeat that,\u201d the senator said, referring to the bank's excuse, "
        "\u201cyou make the case for breaking it up.\u201d"
    )
    q = _rows(run_text(text))
    assert q == [
        ("direct", "say", "Every time you repeat that you make the case for breaking it up.", "the senator")
    ]


def test_quotes_split_quotation_after_a_cue_adjunct(run_text: Run) -> None:
    text = (
        '"The harbour fees are a scandal," Maltese MP Karl Vella said during the hearing, '
        '"and the public deserves an answer."'
    )
    q = _rows(run_text(text))
    assert q == [
        (
            "direct",
            "say",
            "The harbour fees are a scandal and the public deserves an answer.",
            "Karl Vella",
        )
    ]


def test_quotes_cue_coordinated_with_the_reported_clause_is_content(run_text: Run) -> None:
    text = (
        "The trade minister said the mine had lost money for years and that the investor had promised "
        "to build a new smelter."
    )
    assert _rows(run_text(text)) == [
        (
            "indirect",
            "say",
            "the mine had lost money for years and that the investor had promised to build a new smelter",
            "The trade minister",
        )
    ]


def test_quotes_modal_verb_after_the_clause_goes_on_with_it(run_text: Run) -> None:
    text = 'The envoy added that Lima was "not seeking a dispute" but would defend its fishermen.'
    assert _rows(run_text(text)) == [
        ("mixed", "add", 'Lima was "not seeking a dispute" but would defend its fishermen', "The envoy")
    ]


def test_quotes_second_cue_after_a_statement_clause_has_the_same_speaker(run_text: Run) -> None:
    text = (
        "Ghana's foreign ministry said in a statement that Togolese police had detained two traders "
        "without charge and called for their release."
    )
    assert _rows(run_text(text)) == [
        (
            "indirect",
            "said in a statement",
            "Togolese police had detained two traders without charge",
            "Ghana's foreign ministry",
        ),
        ("indirect", "call", "their release", "Ghana's foreign ministry"),
    ]


def test_quotes_anonymity_request_and_interviewer_questions_are_not_quotes(run_text: Run) -> None:
    document = run_text(
        "Q: Ankara wants the monitors withdrawn by spring. Will Athens accept that?\n\n"
        "A Greek official, who asked not to be named, said Athens had not been consulted.\n\n"
        "Gulf states agreed on Sunday to a shared grain reserve, with Oman declining to contribute."
    )
    assert _rows(document) == [("indirect", "say", "Athens had not been consulted", "A Greek official")]


def test_quotes_transcript_name_in_capitals_resolves_to_the_person(run_text: Run) -> None:
    document = run_text(
        "Peru's trade envoy, Rosa Quispe, gave an interview in Geneva.\n\n"
        "QUISPE: Our copper exports will double within five years."
    )
    q = document.quotes[-1]
    assert (q.kind, _mention(q), q.speaker.name) == ("direct", "QUISPE", "Rosa Quispe")


def test_quotes_predicate_of_an_object_after_a_phrase(run_text: Run) -> None:
    text = "At the summit, Scholz called his vote in favour of the pipeline a mistake."
    assert _rows(run_text(text)) == [
        ("indirect", "call", "his vote in favour of the pipeline a mistake", "Scholz")
    ]


def test_quotes_citing_after_a_speech_verb_is_an_attribution(run_text: Run) -> None:
    text = (
        "Relations with Hanoi have improved, the Australian senator said in May, citing the release of "
        "two detained journalists."
    )
    assert _rows(run_text(text)) == [
        ("indirect", "say", "Relations with Hanoi have improved", "the Australian senator"),
        ("indirect", "cite", "the release of two detained journalists", "the Australian senator"),
    ]


def test_quotes_object_reaches_past_a_place_phrase(run_text: Run) -> None:
    text = "The premier attacked rival parties in parliament for accepting foreign donations."
    assert _rows(run_text(text)) == [
        (
            "indirect",
            "attack",
            "rival parties in parliament for accepting foreign donations",
            "The premier",
        )
    ]


def test_quotes_court_rulings_and_portrayals(run_text: Run) -> None:
    document = run_text(
        "The constitutional court ruled that the emergency decree was unlawful.\n\n"
        "The opposition leader portrayed the budget as a gift to the banks."
    )
    assert _rows(document) == [
        ("indirect", "rule", "the emergency decree was unlawful", "The constitutional court"),
        ("indirect", "portray", "the budget as a gift to the banks", "The opposition leader"),
    ]


def test_quotes_attribution_interrupting_its_subject(run_text: Run) -> None:
    document = run_text(
        "The real obstacle, the envoy told me on Friday, is that neither side trusts the monitors.\n\n"
        "The sanctions, she told the BBC on Monday, had failed."
    )
    assert [(q.text, _mention(q)) for q in document.quotes] == [
        ("The real obstacle is that neither side trusts the monitors", "the envoy"),
        ("The sanctions had failed", "she"),
    ]


def test_quotes_a_name_set_off_after_a_place_the_sentence_opens_with_is_the_speaker(run_text: Run) -> None:
    text = ("In Harare's Mbare township, Tendai Moyo Chikwanha, who sells vegetables at the market, said on Tuesday "
            "that prices had doubled since January.\n\n\"We cannot feed our children,\" she said.")
    quotes = run_text(text).quotes
    assert [q.speaker.name for q in quotes] == ["Tendai Moyo Chikwanha", "Tendai Moyo Chikwanha"]
    titled = run_text("After a meeting with union leaders in Bulawayo, Zimbabwe's Minister of Labour, Grace Ndlovu "
                      "Sibanda, said the offer still stood.")
    assert [q.speaker.mention.text for q in titled.quotes if q.speaker.mention] != ["Bulawayo"]


def test_quotes_a_bold_label_ends_the_speakers_name_whatever_the_tagger_took(run_text: Run) -> None:
    text = ("Interview: Chile's mining minister on lithium\n\nMining Minister Rocío Vidal Parra spoke to us on Monday "
            "in Santiago.\n\n**Andes Wire:** What will you sign in Tokyo?\n\n**Vidal:** Letters of intent, not "
            "miracles. The buyers want a price for 2030.")
    quotes = run_text(text, title="Interview: Chile's mining minister on lithium").quotes
    answer = next(q for q in quotes if q.text.startswith("Letters of intent"))
    assert answer.speaker.mention is not None and answer.speaker.mention.text == "Vidal"
    assert answer.speaker.name == "Rocío Vidal Parra"


def test_quotes_a_name_after_the_portfolio_the_parser_took_for_the_subject_is_the_speaker(run_text: Run) -> None:
    text = ("Fisheries and Ocean Resources Minister Ama Serwaa Boateng, speaking to parliament on Tuesday, said the "
            "licences would not be renewed.")
    assert [q.speaker.name for q in run_text(text).quotes] == ["Ama Serwaa Boateng"]
    text = ("At the gate of a cocoa depot near Kumasi on Thursday, Kojo Asante, a 38-year-old farmer, said he had "
            "been told by letter that his contract would end.")
    assert [q.speaker.name for q in run_text(text).quotes] == ["Kojo Asante"]


def test_quotes_answers_under_a_surname_label_after_question_labels_are_the_interviewees(run_text: Run) -> None:
    text = ("Interview: Chad's oil minister\n\nChad will not sell its refinery, Minister of Petroleum and Energy "
            "Halime Abakar Nour said in an interview on Monday.\n\nQ: The pipeline is late. Who is to blame?\n\n"
            "Nour: Both sides share the delay, and I will not pretend otherwise.\n\nQ: Did you sell crude cheaply?"
            "\n\nNour: No. Every export contract goes through the national company.")
    quotes = run_text(text, title="Interview: Chad's oil minister").quotes
    answers = [q for q in quotes if q.text.startswith(("Both sides", "No. Every"))]
    assert [q.speaker.name for q in answers] == ["Halime Abakar Nour", "Halime Abakar Nour"]
    assert quotes[0].speaker.name == "Halime Abakar Nour"


def test_quotes_a_town_holding_a_known_surname_brings_in_no_one(run_text: Run) -> None:
    text = ("Residents blocked the road to May Pen on Saturday. The minister responsible for mining, Dorothy "
            "Whyte-Simpson, said the inquiry would begin.")
    document = run_text(text)
    assert [q.speaker.name for q in document.quotes] == ["Dorothy Whyte-Simpson"]
    assert all(a.kb_id is None for a in document.actors if a.kind == "person")


def test_quotes_a_name_set_off_right_before_the_cue_names_the_description(run_text: Run) -> None:
    texts = {
        "Opening the debate on Tuesday, the minister responsible for fisheries, Marlene Ebanks-Reid, said the "
        "quota would be cut.": "Marlene Ebanks-Reid",
        "A retired nurse who leads the Old Harbour Residents' Association, Joyce Palmer, said at the roadblock "
        "on Saturday that residents had complained.": "Joyce Palmer",
    }
    for text, name in texts.items():
        assert name in [q.speaker.name for q in run_text(text).quotes], text


@pytest.mark.parametrize(("text", "name"), [
    ("Chile's Minister of Foreign Affairs, Valentina Ossandón Riquelme, told the news conference that the two "
     "governments would name ambassadors within sixty days.", "Valentina Ossandón Riquelme"),
    ("At a news conference in Lomé after Thursday's meeting, Togo's Minister of Public Works Edem Kossi Agbodjan "
     "said construction of the Togolese section would begin soon.", "Edem Kossi Agbodjan"),
])
def test_quotes_a_name_after_a_title_and_its_portfolio_speaks(run_text: Run, text: str, name: str) -> None:
    assert [q.speaker.name for q in run_text(text).quotes] == [name]


def test_quotes_a_document_issued_in_a_city_speaks_for_itself(run_text: Run) -> None:
    document = run_text(
        "Nigeria, Benin and Togo said in a joint communique on Thursday that they would build a highway.\n\n"
        "The communique, issued after a meeting of transport ministers in Lomé, said the three countries would put "
        "up 1.2 billion dollars.")
    assert [q.speaker.name for q in document.quotes] == ["Nigeria, Benin and Togo", "The joint communique"]


@pytest.mark.parametrize(("text", "name"), [
    ("A senior official at the Jamaica Bauxite Institute, who asked not to be named, said the company had "
     "postponed work on the ponds.", "A senior official at the Jamaica Bauxite Institute"),
    ("Sri Lanka's committee questioned Minister of Ports and Shipping Lasantha Amarasekara on Wednesday, and "
     "Amarasekara said the cranes would arrive late.", "Lasantha Amarasekara"),
])
def test_quotes_names_keep_where_a_source_works_and_drop_the_portfolio(run_text: Run, text: str,
                                                                       name: str) -> None:
    assert [q.speaker.name for q in run_text(text).quotes] == [name]


def test_quotes_a_known_body_is_named_as_the_article_writes_it(run_text: Run) -> None:
    document = run_text("The World Bank said on Monday that delays at the border crossings added a day to each trip. "
                        "NATO said it would send more ships.")
    assert [q.speaker.name for q in document.quotes] == ["The World Bank", "NATO"]


def test_quotes_the_speaker_after_a_fronted_clause_not_a_price_charged(run_text: Run) -> None:
    document = run_text(
        "Paraguay and Brazil will cut the tariff that the Itaipu dam charges the two countries' power utilities by "
        "9 percent from January, Paraguay's Minister of Economy and Finance Rodrigo Benítez Aquino said on "
        "Thursday, but the two governments failed to agree.")
    assert [q.speaker.name for q in document.quotes] == ["Rodrigo Benítez Aquino"]


@pytest.mark.parametrize(("text", "name"), [
    ("A Brazilian official involved in the talks said Brasília was ready to compromise.",
     "A Brazilian official involved in the talks"),
    ("A Moroccan official who took part in the Rabat talks said the kingdom had no plan B.",
     "A Moroccan official who took part in the Rabat talks"),
    ("A Western diplomat who asked not to be named said the row would be settled.", "A Western diplomat"),
    ("A crane operator with the Port of Durban, who asked not to be named, said ships were waiting.",
     "A crane operator with the Port of Durban"),
    ("A broker at a shipping agency in Mombasa, who was not authorised to speak, said rates had doubled.",
     "A broker at a shipping agency in Mombasa"),
    ("Spain's Minister of Education, Vocational Training and Sports, Aurora Salcedo Ibarra, said the agreement "
     "was good.", "Aurora Salcedo Ibarra"),
])
def test_quotes_unnamed_sources_as_described_and_names_after_long_descriptions(run_text: Run, text: str,
                                                                              name: str) -> None:
    assert [q.speaker.name for q in run_text(text).quotes] == [name]


def test_quotes_why_a_source_is_unnamed_is_no_quote(run_text: Run) -> None:
    document = run_text("A coffee exporter in Ho Chi Minh City, who asked not to be named because his company is "
                        "negotiating with the ministry, said small traders were disappearing.")
    assert [q.text for q in document.quotes] == ["small traders were disappearing"]


def test_quotes_a_body_whose_name_joins_two_words_with_and_is_one_speaker(run_text: Run) -> None:
    text = ("In a statement on Saturday, the Ontario Nurses and Health Workers' Union said clinics had 30 fewer "
            "nurses. Chile and Peru said they would share the data.")
    assert [q.speaker.name for q in run_text(text).quotes] == [
        "The Ontario Nurses and Health Workers' Union", "Chile and Peru"]
