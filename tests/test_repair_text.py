"""Repairs of PDF- and copy-paste-style text, each on a small text written for the test."""

from __future__ import annotations

from detente import repair
from detente.document import Article, Document


def repaired(text: str) -> Document:
    document = Document(Article(id="t", text=text, source="test"))
    repair.apply(document)
    return document


def test_repair_unwraps_hard_line_breaks_and_keeps_paragraphs() -> None:
    text = ("Mexico and Guatemala agreed on Thursday to set up a joint commission on migration along\n"
            "their shared border, the Mexican foreign ministry said in a statement issued after the\n"
            "talks.\n"
            "\n"
            "Foreign Minister Lucía Herrera said the commission would meet every three months. She\n"
            "added that the first meeting would be held in Tapachula next month.\n")
    document = repaired(text)
    assert document.text == (
        "Mexico and Guatemala agreed on Thursday to set up a joint commission on migration along their "
        "shared "
        "border, the Mexican foreign ministry said in a statement issued after the talks.\n\n"
        "Foreign Minister Lucía Herrera said the commission would meet every three months. She added that "
        "the "
        "first meeting would be held in Tapachula next month.")
    assert document.repairs == ["unwrapped 3 hard line breaks"]
    assert document.warnings == ["repaired: unwrapped 3 hard line breaks"]


def test_repair_keeps_list_and_heading_lines() -> None:
    text = ("Summit Agenda\n"
            "The leaders of the five Central Asian states agreed on Friday in Astana on a joint agenda\n"
            "for the coming year, which includes the following points:\n"
            "- a common electricity market;\n"
            "- new border crossings.\n")
    document = repaired(text)
    assert document.text == (
        "Summit Agenda\n"
        "The leaders of the five Central Asian states agreed on Friday in Astana on a joint agenda for the "
        "coming year, which includes the following points:\n"
        "- a common electricity market;\n"
        "- new border crossings.")


def test_repair_rejoins_quotation_split_by_page_break() -> None:
    text = ("“We will not accept any agreement that divides our country or rewards aggression,” the\n"
            "president said. “Our people have paid too high a price, and they expect a peace that\n"
            "lasts,\n"
            "\n"
            "\n"
            "\n"
            "not a pause before the next war.”\n"
            "\n"
            "The talks will resume on Monday in Geneva.\n")
    document = repaired(text)
    assert document.text.split("\n\n") == [
        "“We will not accept any agreement that divides our country or rewards aggression,” the president "
        "said. "
        "“Our people have paid too high a price, and they expect a peace that lasts, not a pause before the "
        "next war.”",
        "The talks will resume on Monday in Geneva."]
    assert document.repairs == ["unwrapped 2 hard line breaks", "rejoined 1 paragraph split by a page break"]


def test_repair_rejoins_unclosed_quotation_after_sentence_end() -> None:
    text = ("Kenya’s foreign minister said on Tuesday: “We are ready to send police officers to Haiti.\n"
            "\f\n"
            "The mission will begin when the funding is secured.” She gave no date.\n")
    document = repaired(text)
    assert document.text == ("Kenya’s foreign minister said on Tuesday: “We are ready to send police "
                             "officers to "
                             "Haiti. The mission will begin when the funding is secured.” She gave no date.")
    assert document.repairs == ["rejoined 1 paragraph split by a page break", "removed 1 form feed"]


def test_repair_page_break_after_finished_paragraph_is_a_paragraph_break() -> None:
    text = "The talks ended on Monday.\n\f\n“We made progress,” the envoy said.\n"
    document = repaired(text)
    assert document.text == "The talks ended on Monday.\n\n“We made progress,” the envoy said."
    assert document.repairs == ["removed 1 form feed"]


def test_repair_drops_page_numbers() -> None:
    text = ("Senegal and Mauritania signed a gas agreement on Sunday, the two governments said\n"
            "- 2 -\n"
            "\f\n"
            "in a joint statement. The deal covers the offshore field on their maritime border.\n"
            "\n"
            "Page 3 of 3\n")
    document = repaired(text)
    assert document.text == ("Senegal and Mauritania signed a gas agreement on Sunday, the two governments "
                             "said "
                             "in a joint statement. The deal covers the offshore field on their maritime "
                             "border.")
    assert document.repairs == ["rejoined 1 paragraph split by a page break", "removed 1 form feed",
                                "dropped 2 page numbers"]


def test_repair_drops_running_headers_and_footers() -> None:
    page = "THE ATLANTIC REVIEW | WORLD\n{body}\nAtlantic Review, page {n}"
    text = "\f".join(page.format(body=body, n=n) for n, body in enumerate([
        "Iceland and Norway agreed on Monday to share coast guard patrols.",
        "The agreement will be signed in Reykjavik next month.",
        "Both governments said the patrols would start in the spring."], 1))
    document = repaired(text)
    assert document.text == ("Iceland and Norway agreed on Monday to share coast guard patrols.\n\n"
                             "The agreement will be signed in Reykjavik next month.\n\n"
                             "Both governments said the patrols would start in the spring.")
    assert document.repairs == ["removed 2 form feeds", "dropped 6 running header or footer lines"]


def test_repair_drops_boilerplate_lines() -> None:
    text = ("Vietnam and the Philippines held talks on Friday on fishing rights in the South China Sea.\n\n"
            "Related article: Manila Protests Over Coast Guard Collision\n\n"
            "Advertisement\n\n"
            "Read more: What the 2016 arbitration ruling says\n\n"
            "The two delegations agreed to meet again in Hanoi next month.\n\n"
            "Subscribe to our newsletter for daily news from Asia\n")
    document = repaired(text)
    assert document.text == ("Vietnam and the Philippines held talks on Friday on fishing rights in the "
                             "South "
                             "China Sea.\n\nThe two delegations agreed to meet again in Hanoi next month.")
    assert document.repairs == ["dropped 1 'Advertisement' line", "dropped 1 'Read more' line",
                                "dropped 1 'Related article' line", "dropped 1 'Subscribe' line"]


def test_repair_drops_wrapped_related_headline_but_not_sentences() -> None:
    text = ("Officials urged citizens who had fled the fighting to register to vote before the deadline\n"
            "in their new districts, the election commission said.\n\n"
            "Related article: Election Commission Extends Deadline for Voters Displaced by\n"
            "Fighting in the North\n\n"
            "Related talks are expected to take place next week.\n")
    document = repaired(text)
    assert document.text == (
        "Officials urged citizens who had fled the fighting to register to vote before the deadline in their "
        "new districts, the election commission said.\n\nRelated talks are expected to take place next week.")


def test_repair_rejoins_hyphenated_words() -> None:
    text = ("The foreign ministers of Argentina and Chile held a long diplo-\n"
            "matic meeting on Monday with a well-\n"
            "known mediator from the Vatican and agreed on a cease-\n"
            "fire along the Franco-\n"
            "German model, officials said in a pre-\n"
            "pared statement after the talks.\n")
    document = repaired(text)
    assert document.text == ("The foreign ministers of Argentina and Chile held a long diplomatic meeting on "
                             "Monday "
                             "with a well-known mediator from the Vatican and agreed on a cease-fire along "
                             "the "
                             "Franco-German model, officials said in a pre-pared statement after the talks.")
    assert document.repairs == ["unwrapped 5 hard line breaks", "rejoined 1 word hyphenated at a line end"]


def test_repair_normalises_whitespace_only_when_repairing() -> None:
    text = ("  Morocco and Spain agreed on Tuesday to  reopen the customs posts at Ceuta and Melilla,   \n"
            "the Spanish government said after a meeting of the two prime ministers in Rabat.\n\n\n"
            "The posts will open in May.   \n\n")
    document = repaired(text)
    assert document.text == ("Morocco and Spain agreed on Tuesday to reopen the customs posts at Ceuta and "
                             "Melilla, "
                             "the Spanish government said after a meeting of the two prime ministers in "
                             "Rabat.\n\n"
                             "The posts will open in May.")


def test_repair_keeps_quote_characters() -> None:
    text = ("Le ministre a dit « non » et le porte-parole a ajouté \"jamais\", while the envoy’s aide said\n"
            "the talks were ‘over’ and that “nothing” had changed since the meeting in Paris last month.\n")
    document = repaired(text)
    assert document.text == text.strip().replace("aide said\nthe", "aide said the")


def test_repair_windows_line_endings() -> None:
    text = ("Ecuador and Colombia agreed on Wednesday to reopen the Rumichaca bridge to trucks, the two\r\n"
            "governments said.\r\n\r\nThe bridge has been closed since January.\r\n")
    document = repaired(text)
    assert document.text == ("Ecuador and Colombia agreed on Wednesday to reopen the Rumichaca bridge to "
                             "trucks, the two governments said.\n\nThe bridge has been closed since January.")
