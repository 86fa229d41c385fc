"""Speakers along the text: names written as one, descriptions that introduce someone new or refer back, bodies
and documents named as written, and the turns of an interview. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]


def _names(document: Document) -> list[str | None]:
    return [q.speaker.name for q in document.quotes]


def test_quotes_chains_two_names_written_as_one_are_one_person(run_text: Run) -> None:
    text = ("Mexico's Economy Secretary Mariana Echeverría Lozano said the pact worked.\n\n"
            "\"We will defend it,\" Echeverría said.")
    names = _names(run_text(text))
    assert names == ["Mariana Echeverría Lozano", "Mariana Echeverría Lozano"]


def test_quotes_chains_names_apart_stay_apart(run_text: Run) -> None:
    text = "Karl Brandt said the pact worked. Jonas Weber said it did not."
    assert _names(run_text(text)) == ["Karl Brandt", "Jonas Weber"]


def test_quotes_chains_description_refers_back_by_title_not_by_nearest_name(run_text: Run) -> None:
    text = ("German Interior Minister Matthias Kolbe said the checks would stay.\n\n"
            "Brandenburg's state premier, Jörg Reinhardt, said on Sunday that the checks were costly.\n\n"
            "\"We are working to shorten the queues,\" the German minister said.")
    assert _names(run_text(text))[-1] == "Matthias Kolbe"


def test_quotes_chains_indefinite_description_is_someone_new(run_text: Run) -> None:
    text = ("Lorena Paz, the party's spokeswoman, said the government had waited too long.\n\n"
            "A spokeswoman for the prime minister said the review was on track.")
    assert _names(run_text(text)) == ["Lorena Paz", "A spokeswoman for the prime minister"]


def test_quotes_chains_body_named_as_the_article_writes_it(run_text: Run) -> None:
    text = "The Polish Border Guard said in a statement that it had recorded 240 crossings."
    assert _names(run_text(text)) == ["The Polish Border Guard"]


def test_quotes_chains_anonymous_source_keeps_its_first_description(run_text: Run) -> None:
    text = ("A senior Western diplomat said the declaration was more than symbolic.\n\n"
            "\"That is what changes now,\" the diplomat said.")
    assert _names(run_text(text)) == ["A senior Western diplomat", "A senior Western diplomat"]


INTERVIEW = (
    "In an interview on Monday, Foreign Minister Zulkifli Hamdan said the plan had failed.\n\n"
    "Zulkifli, a former ambassador, spoke in his office.\n\n"
    "Reporter: Is the plan dead?\n\n"
    "Zulkifli: The plan is not dead. It has been ignored.\n\n"
    "Reporter: What would a mission do?\n\n"
    "Zulkifli: It would be on the ground, where the generals would know that someone is watching.\n\n"
)


def test_quotes_chains_every_turn_of_a_label_is_the_interviewee(run_text: Run) -> None:
    document = run_text(INTERVIEW)
    turns = [q for q in document.quotes if q.turn]
    assert [(q.text[:12], q.speaker.name, q.date) for q in turns] == [
        ("The plan is ", "Zulkifli Hamdan", "2026-01-12"), ("It would be ", "Zulkifli Hamdan", "2026-01-12")]
    assert not [q for q in document.quotes if q.text == "someone is watching"]


def test_quotes_chains_question_is_no_ones_quote(run_text: Run) -> None:
    document = run_text(INTERVIEW)
    assert not [q for q in document.quotes if "?" in q.text]


def test_quotes_chains_answer_that_refuses_to_answer_is_no_quote(run_text: Run) -> None:
    text = ("In an interview on Monday, Mining Minister Ana Soto said lithium would stay public.\n\n"
            "Q: Will you run for president?\n\nA: I am not going to answer that today.\n\n"
            "Q: Will prices fall?\n\nA: Prices will recover by the winter, and we are ready for it.")
    document = run_text(text)
    answers = [q.text for q in document.quotes if q.turn]
    assert answers == ["Prices will recover by the winter, and we are ready for it."]


def test_quotes_chains_a_given_name_before_a_surname_is_not_the_knowledge_bases_person(run_text: Run) -> None:
    text = ("Farmers met in Bouaké on Monday. Issa Traoré, a grower of 61, said the price was too low.")
    assert _names(run_text(text))[-1] == "Issa Traoré"
    alone = run_text("OUAGADOUGOU, March 3 — Traoré said the junta would hold no election this year.",
                     published="2026-03-03")
    assert _names(alone) == ["Ibrahim Traoré"]


def test_quotes_chains_a_title_with_its_portfolio_before_the_name_and_descriptions_by_country(run_text: Run) -> None:
    text = ("Chilean Minister for the Energy Transition Isabel Soto Vergara met Peruvian Energy Minister Rosa Quispe "
            "Huamán in Arica on Tuesday.\n\n"
            "The Chilean minister said the two grids would be linked by 2029.\n\n"
            "Her Peruvian counterpart said Lima wanted a fair price.")
    assert _names(run_text(text)) == ["Isabel Soto Vergara", "Rosa Quispe Huamán"]


def test_quotes_chains_a_body_keeps_the_article_it_is_written_with(run_text: Run) -> None:
    text = "According to the Nile Basin Water Authority, the river fell to its lowest level in a decade."
    assert _names(run_text(text)) == ["The Nile Basin Water Authority"]


def test_quotes_chains_a_national_title_and_a_description_by_country(run_text: Run) -> None:
    text = ("Kenya and Ethiopia to open crossings\n\n"
            "Interior Cabinet Secretary Joseph Kiprono Mutai said on Monday that Kenya would open two crossings.\n\n"
            "Ethiopian Foreign Minister Abebe Tesfaye Gebre said the road would be paved by June.\n\n"
            "The Kenyan official said the crossings would open to travellers within months.")
    assert _names(run_text(text)) == ["Joseph Kiprono Mutai", "Abebe Tesfaye Gebre", "Joseph Kiprono Mutai"]


def test_quotes_chains_the_dateline_is_never_the_speaker(run_text: Run) -> None:
    document = run_text("Fuel queues grow\n\nLUSAKA, Aug 22 — Zambia asked its neighbours for fuel on Tuesday.")
    assert "LUSAKA" not in _names(document) and "Zambia" in _names(document)


def test_quotes_chains_an_unnamed_source_keeps_where_they_are(run_text: Run) -> None:
    document = run_text("A senior Western diplomat in Harare said donors were reluctant to pay.\n\n"
                        "The minister said the talks would go on.")
    assert _names(document)[0] == "A senior Western diplomat in Harare"
    working = run_text("A sourcing manager for a European clothing retailer said buyers would pay a few cents more.")
    assert _names(working) == ["A sourcing manager for a European clothing retailer"]


def test_quotes_chains_a_body_by_its_initials_and_by_its_kind_is_named_in_full(run_text: Run) -> None:
    text = ("Nurses strike\n\nKAMPALA, March 3 — Grace Akello, head of the Uganda Nurses and Midwives Union (UNMU), "
            "said on Monday that the strike would go on.\n\n"
            "In a statement, UNMU said the offer was too low.\n\n"
            "The union said it would march on parliament next week.")
    names = _names(run_text(text, published="2026-03-03"))
    assert names[1:] == ["The Uganda Nurses and Midwives Union", "The Uganda Nurses and Midwives Union"]


def test_quotes_chains_a_long_portfolio_stays_out_of_the_name_and_given_names_stay_in(run_text: Run) -> None:
    text = ("Floods cost billions\n\nPakistan will need help, Minister for Climate Change and Environmental "
            "Coordination Amina Rehman Qureshi said on Tuesday.\n\n"
            "Minister of Water Resources and Irrigation Yusuf Karimov said the canals would be lined.")
    assert _names(run_text(text)) == ["Amina Rehman Qureshi", "Yusuf Karimov"]


def test_quotes_chains_a_communique_introduced_with_a_is_the_communique(run_text: Run) -> None:
    text = "Ministers agree on tuna\n\nFishing nations will cut their catches, a joint communique said on Friday."
    assert _names(run_text(text)) == ["The joint communique"]


def test_quotes_chains_an_unnamed_source_keeps_where_they_come_from(run_text: Run) -> None:
    document = run_text("A senior official from a distant-water fishing nation said the timetable was ambitious.")
    assert _names(document) == ["A senior official from a distant-water fishing nation"]


def test_quotes_chains_the_dateline_is_no_part_of_what_was_said(run_text: Run) -> None:
    text = ("Troops sent\n\nBOGOTÁ, Oct 29 — Colombia deployed 6,000 soldiers to its border, Defence Minister Julián "
            "Ospina said on Tuesday.")
    quotes = run_text(text).quotes
    assert [q.text for q in quotes] == ["Colombia deployed 6,000 soldiers to its border"]
    assert quotes[0].speaker.name == "Julián Ospina"


def test_quotes_chains_a_headline_gives_a_persons_words_after_their_name(run_text: Run) -> None:
    text = ("Sanders: Clinton needs to get away from the personality stuff\n\n"
            "Bernie Sanders said on Sunday that the debate would decide the race.")
    quotes = run_text(text).quotes
    assert [(q.text, q.speaker.name) for q in quotes][0] == (
        "Clinton needs to get away from the personality stuff", "Bernie Sanders")
    poll = run_text("Poll: Clinton and Trump in dead heat before the debate\n\nA new poll showed a tie.").quotes
    assert all(q.speaker.name != "Poll" for q in poll) and all(q.start > 0 for q in poll)


def test_chains_a_company_before_a_title_describes_its_officer_and_speaks_for_itself(run_text: Run) -> None:
    text = ("Eskom's chief executive, Thabo Dlamini, said on Thursday that the utility had offered a 5 percent "
            "increase.\n\n\"We cannot pay what we do not earn,\" the Eskom chief said.\n\nEskom said in a statement "
            "on Sunday that it had asked the Labour Court to rule.")
    names = [q.speaker.name for q in run_text(text).quotes]
    assert names == ["Thabo Dlamini", "Thabo Dlamini", "Eskom"]


def test_chains_a_document_is_named_as_introduced_and_it_goes_on_speaking(run_text: Run) -> None:
    text = ("Chile, Peru and Bolivia called on Argentina to share data on lithium brine extraction, in a joint "
            "declaration issued on Tuesday after a meeting in La Paz.\n\nThe declaration, signed by the three mining "
            "ministers, said the lack of data \"undermines planning\".\n\nIt welcomed Argentina's offer of annual "
            "reports, but said the reports had arrived late.")
    quotes = run_text(text, published="2026-03-06").quotes
    later = [(q.speaker.name, q.date) for q in quotes if q.speaker.mention and q.speaker.mention.text in ("The "
             "declaration", "It")]
    assert later and all(name == "The joint declaration" and date == "2026-03-03" for name, date in later), later


def test_chains_states_speaking_together_are_one_speaker_named_as_written(run_text: Run) -> None:
    joint = run_text("Peru and Chile said on Thursday the border crossing would reopen in May.")
    assert [q.speaker.name for q in joint.quotes] == ["Peru and Chile"]
    text = ("Malawi, Zambia and Mozambique will share the cost of the new bridge, the three governments said in a "
            "joint statement on Tuesday.")
    together = run_text(text).quotes
    assert [(q.speaker.name, q.speaker.mention.text if q.speaker.mention else None) for q in together] == [
        ("Malawi, Zambia and Mozambique", "the three governments")]


def test_quotes_chains_a_counterpart_is_described_by_the_role_of_the_one_named_with(run_text: Run) -> None:
    document = run_text(
        "Chile's foreign minister, Valentina Ossandón Riquelme, said on Thursday that the two governments would "
        "name ambassadors, standing beside her Bolivian counterpart, Carla Mendieta Rocha.\n\n"
        "Ossandón spent 25 years in the diplomatic service. Mendieta, an economist who worked for a decade at a "
        "development bank, said Bolivia welcomed the agreement.\n\n"
        "\"Our trucks wait four days at the border,\" the Bolivian minister said.\n\n"
        "\"We are choosing to build trust first,\" the economist said.")
    assert [q.speaker.name for q in document.quotes] == [
        "Valentina Ossandón Riquelme", "Carla Mendieta Rocha", "Carla Mendieta Rocha", "Carla Mendieta Rocha"]


def test_quotes_chains_the_chief_of_a_body_is_its_head_named_after_its_acronym(run_text: Run) -> None:
    document = run_text(
        "The head of the national disaster reduction agency, CONRED, Roberto Chávez Monzón, said on Friday that "
        "the evacuation would go on.\n\nThe agency chief also said that heavy rain could turn ash into lahars.")
    assert [(q.speaker.name, q.date) for q in document.quotes] == [
        ("Roberto Chávez Monzón", "2026-01-09"), ("Roberto Chávez Monzón", "2026-01-09")]


def test_quotes_chains_a_description_set_off_after_someone_is_that_person(run_text: Run) -> None:
    document = run_text(
        "Tanzania's Minister of Energy Neema Mwakyusa said on Tuesday the delay was caused by late deliveries.\n\n"
        "The Tanzanian minister, a lawyer who helped negotiate the agreement in 2020, said the fees were fair.\n\n"
        "The lawyer rejected calls by environmental groups to halt the project.")
    assert [q.speaker.name for q in document.quotes] == ["Neema Mwakyusa"] * 3


def test_quotes_chains_a_named_officer_of_a_body_is_a_person_whatever_the_tagger_says(run_text: Run) -> None:
    document = run_text(
        "The committee heard the chief pharmacist of the Fiji Pharmaceutical and Biomedical Services Centre, "
        "Ravinesh Chand, on Tuesday.\n\nNAIDU: Mr. Chand, who approved that contract?\n\n"
        "CHAND: The contract was approved by the tender board under the emergency procurement rules.")
    assert [q.speaker.name for q in document.quotes if q.text.startswith("The contract")] == ["Ravinesh Chand"]


def test_quotes_chains_she_after_a_mother_described_is_that_mother(run_text: Run) -> None:
    text = ("At a shelter in Thompson on Sunday, a mother of three from Cross Lake said the family had fled with "
            "nothing.\n\nShe said nobody had told them when they could go home.")
    quotes = run_text(text, "2026-03-06").quotes
    assert [(q.speaker.name, q.date) for q in quotes] == [("a mother of three from Cross Lake", "2026-03-01")] * 2


def test_quotes_chains_it_after_a_body_that_spoke_is_that_body(run_text: Run) -> None:
    text = ("ULAANBAATAR, Feb 27 — More than five million animals have died in Mongolia this winter, the National "
            "Emergency Management Agency said on Thursday.\n\nThe agency said 14 provinces were affected. It said "
            "the toll was likely to rise \"sharply\" in March.")
    quotes = run_text(text, "2026-02-27").quotes
    assert [(q.speaker.name, q.date) for q in quotes] == [
        ("The National Emergency Management Agency", "2026-02-26")] * 3


def test_quotes_chains_a_speaker_after_a_dateline_is_no_part_of_it(run_text: Run) -> None:
    text = ("KOROR, Palau, Sept 14 — Pacific Islands Forum leaders on Thursday called for \"restraint\" by the "
            "International Seabed Authority until it has adopted a full set of rules.")
    assert [q.speaker.mention.text for q in run_text(text, "2026-09-14").quotes if q.speaker.mention] == [
        "Pacific Islands Forum leaders"]


def test_quotes_chains_a_class_word_describes_the_office_holders_it_takes_in(run_text: Run) -> None:
    text = ("Qatar's foreign ministry held its weekly briefing on Tuesday. Its spokesman, Official Spokesperson of the "
            "Ministry of Foreign Affairs Salem Nasser, said the mediators were drafting a text.\n\n"
            "The veteran diplomat, a former ambassador to Cairo, declined to name anyone. Asked whether the talks "
            "could collapse, he said: \"We do not negotiate in public.\"")
    assert _names(run_text(text))[-1] == "Salem Nasser"
    untitled = text.replace(" Official Spokesperson of the Ministry of Foreign Affairs", "")
    assert _names(run_text(untitled))[-1] != "Salem Nasser"  # a spokesman is no diplomat by that alone


def test_quotes_chains_the_one_prime_minister_named_in_a_story_of_two_countries(run_text: Run) -> None:
    text = ("Armenia and Azerbaijan signed a peace treaty in Washington on Tuesday. Prime Minister Davit Arakelyan "
            "of Armenia spoke first. President Elchin Mammadov of Azerbaijan said Baku had kept every promise, and "
            "Azerbaijan's parliament would ratify the text. Azerbaijan will open an embassy in Yerevan.\n\n"
            "\"That is a matter for the Armenian people,\" the prime minister said.")
    assert _names(run_text(text, "2026-09-09"))[-1] == "Davit Arakelyan"


def test_quotes_chains_a_trade_a_relative_clause_tells_describes_its_bearer(run_text: Run) -> None:
    text = ("Mohammad Lone, 61, who farms four acres below an army post, stood in his courtyard.\n\n"
            "\"I have buried three cows this week,\" the farmer said.")
    assert _names(run_text(text)) == ["Mohammad Lone"]
    lives = text.replace("who farms four acres", "who lives")
    assert _names(run_text(lives)) != ["Mohammad Lone"]


def test_quotes_chains_a_new_description_varies_the_name_before_it(run_text: Run) -> None:
    text = ("Nauru's president, Hon. Lionel Aingimea Dabwido, said the fund was overdue. The veteran negotiator "
            "said it should open \"before the next cyclone season\".")
    assert _names(run_text(text)) == ["Lionel Aingimea Dabwido", "Lionel Aingimea Dabwido"]


def test_quotes_chains_a_new_description_after_two_names_is_no_one_of_them(run_text: Run) -> None:
    text = ("Lionel Dabwido met Teburoro Tito in Nauru on Monday. The veteran negotiator said the fund should "
            "open \"before the next cyclone season\".")
    assert _names(run_text(text)) not in (["Lionel Dabwido"], ["Teburoro Tito"])
