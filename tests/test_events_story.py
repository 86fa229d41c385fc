"""Sides a sentence leaves open, completed from the rest of the article as an analyst reading the whole story
would: from the sentence's other events of the same doer, else from the country the article pairs the known side
with most; and acts carried by a call's purpose ("telephoned her counterpart to express support"). Each rule is
checked on the reading where it must not apply. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]
Dyad = tuple[str, str | None, str | None]


def _dyads(run_text: Run, text: str) -> set[Dyad]:
    return {(e.type, e.source.country, e.target.country if e.target else None)
            for e in run_text(text, published="2026-03-04").events}


def test_an_open_target_is_the_one_the_same_doer_aims_at_in_the_sentence(run_text: Run) -> None:
    found = _dyads(run_text, "Peruvian President Lucia Quispe condemned the raids as \"an outrage\" and ordered "
                             "her ministers to suspend security cooperation with Bolivia.")
    assert ("ACCUSE", "PER", "BOL") in found
    assert ("ACCUSE", "PER", None) not in found


def test_an_open_target_is_the_country_the_article_pairs_the_doer_with(run_text: Run) -> None:
    found = _dyads(run_text, "Belarus put its army on high alert on Monday. On Tuesday, Lithuania expelled two "
                             "Belarusian diplomats.")
    assert ("MOBILIZE", "BLR", "LTU") in found
    alone = _dyads(run_text, "Belarus put its army on high alert on Monday.")
    assert ("MOBILIZE", "BLR", "LTU") not in alone


def test_a_side_paired_with_two_countries_equally_stays_open(run_text: Run) -> None:
    found = _dyads(run_text, "Chile put its army on high alert on Monday. On Tuesday, Chile signed a fishing accord "
                             "with Peru. Chile also signed a mining accord with Argentina.")
    assert {("AGREE", "CHL", "PER"), ("AGREE", "CHL", "ARG")} <= found
    assert ("MOBILIZE", "CHL", None) in found


def test_people_at_home_are_not_aimed_at_the_story_s_other_side(run_text: Run) -> None:
    found = _dyads(run_text, "Serbia and Kosovo signed a deal on Monday. Protesters in Belgrade said they opposed it.")
    assert ("REJECT", "SRB", "XKX") not in found


def test_a_call_made_to_express_support_is_also_support(run_text: Run) -> None:
    found = _dyads(run_text, "Australia's foreign minister telephoned her Philippine counterpart on Thursday to "
                             "express support.")
    assert {("CONSULT", "AUS", "PHL"), ("SUPPORT", "AUS", "PHL")} <= found
    plain = _dyads(run_text, "Australia's foreign minister telephoned her Philippine counterpart on Thursday.")
    assert not any(t == "SUPPORT" for t, _, _ in plain)


def test_a_title_before_a_name_the_parser_hung_elsewhere_gives_its_country(run_text: Run) -> None:
    document = run_text("Chinese Vice Foreign Minister Liu Jianping hosted officials from the two countries in "
                        "Kunming on Tuesday.", published="2026-03-04")
    liu = next(a for a in document.actors if a.name == "Liu Jianping")
    assert (liu.country, liu.role) == ("CHN", "vice foreign minister")


def test_an_appeal_coordinated_with_a_reported_state_of_things_is_the_reporter_s(run_text: Run) -> None:
    found = _dyads(run_text, "UNHCR said conditions in the camps were \"not acceptable\" and urged Ecuador not to "
                             "move any refugee against their will.")
    assert ("REQUEST", "UN", "ECU") in found
    named = _dyads(run_text, "UNHCR said Colombia had closed the camps and urged Ecuador not to move any refugee.")
    assert ("REQUEST", "UN", "ECU") in named and ("REQUEST", "COL", "ECU") not in named  # an appeal is the speaker's
    own = _dyads(run_text, "UNHCR said Colombia had closed the camps and sent the refugees to Ecuador.")
    assert not any(s == "UN" for _, s, _ in own)  # other acts keep the reported clause's subject
