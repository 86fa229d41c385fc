"""The events stage on acts told inside clauses: reports a denial rejects, relative clauses that do the act their
noun names, acts "failed" rather than refused, appeals made by "told ... to", and a possessive that gives a body's
country. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from detente.document import Document

Run = Callable[..., Document]


def _coded(document: Document) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.type, e.source.country, e.target.country if e.target else None, e.modality) for e in document.events}


def test_a_report_a_denial_rejects_is_the_act_denied(run_text: Run) -> None:
    met = run_text("Uzbekistan's foreign ministry denied reports that its security chief had secretly met Taliban "
                   "commanders in Mazar-i-Sharif.")
    assert ("CONSULT", "UZB", "AFG", "denied") in _coded(met)
    assert not any(e.type == "REJECT" for e in met.events)  # no rejection of "reports"
    agreed = run_text("Kyrgyzstan rejected as false on Monday reports that Bishkek had agreed to let Chinese troops "
                      "patrol its border with Tajikistan.")
    assert {e.modality for e in agreed.events} == {"denied"}
    refused = run_text("Kyrgyzstan rejected a Chinese request to station troops on its border.")
    assert any(e.type == "REJECT" and e.modality == "asserted" for e in refused.events)  # a request is refused


def test_a_relative_clause_that_does_its_nouns_act_is_that_act(run_text: Run) -> None:
    signed = run_text("The clashes are a blow to the ceasefire accord that Thai Prime Minister Anan Srisuk and "
                      "Cambodian Prime Minister Hun Vibol signed in Kuala Lumpur in October.")
    assert {("AGREE", "THA", "KHM", "asserted"), ("AGREE", "KHM", "THA", "asserted")} <= _coded(signed)
    held = run_text("Qatar freed 12 of the 15 Bahraini sailors it detained near the reef last month.")
    assert {t for t, *_ in _coded(held)} == {"RETREAT"}  # a hostile act told in passing does not outrank the act
    restored = run_text("Morocco and Algeria agreed on Friday to restore the diplomatic relations that Algeria had "
                        "cut in 2021.")
    assert ("AGREE", "MAR", "DZA", "intended") in _coded(restored)  # the cut is told, not what is agreed
    killed = run_text("Kenya condemned the attack that killed nine soldiers near Mandera.")
    assert {e.type for e in killed.events} == {"ACCUSE"}  # the attack is what is condemned, told once


def test_an_act_that_failed_is_negated_and_a_refusal_rejects(run_text: Run) -> None:
    failed = run_text("Ghana and Togo failed to conclude a deal on their maritime border at talks in Lomé.")
    assert {(e.type, e.negated) for e in failed.events} == {("AGREE", True)}
    refused = run_text("Togo refused to sign the maritime border deal with Ghana.")
    assert ("REJECT", "TGO", "GHA", "asserted") in _coded(refused)


def test_told_to_asks_and_told_that_reports(run_text: Run) -> None:
    asked = run_text("Iran told Iraq on Sunday to halt the deportation of Iranian pilgrims.")
    assert ("REQUEST", "IRN", "IRQ", "requested") in _coded(asked)
    told = run_text("A senior US official told reporters in Washington that the accord was Rwanda's undertaking to "
                    "withdraw its troops.")
    assert not any(e.type == "REQUEST" for e in told.events)
    wanted = run_text("Three men wanted for bomb attacks in Riga were handed over to Latvia by Lithuania.")
    assert not any(e.type == "REQUEST" for e in wanted.events)  # sought by the police, no appeal


def test_its_forces_are_the_country_of_the_body_before(run_text: Run) -> None:
    document = run_text("Pakistan's foreign office denied that its intelligence chief had met Indian officials.")
    assert ("CONSULT", "PAK", "IND", "denied") in _coded(document)


def test_the_junta_is_the_state_the_sentence_before_is_about(run_text: Run) -> None:
    document = run_text("Niger's military government expelled the French envoy on Tuesday. The junta also recalled its "
                        "ambassador from Algiers.")
    assert ("SANCTION", "NER", "DZA", "asserted") in _coded(document)
    kpa = run_text("A spokesman for the Korean People's Army condemned the drills.")
    assert any(a.name == "Korean People's Army" and a.country == "PRK" for a in kpa.actors)


def test_two_sides_pulling_back_together_retreat_from_each_other(run_text: Run) -> None:
    both = run_text("Indian and Chinese troops withdrew to the positions they held in 2020.")
    assert {("RETREAT", "IND", "CHN", "asserted"), ("RETREAT", "CHN", "IND", "asserted")} <= _coded(both)
    one = run_text("Indian troops withdrew from two posts on Monday.")
    assert {(t, s) for t, s, _, _ in _coded(one)} == {("RETREAT", "IND")}


def test_sanctions_weighed_threaten_and_a_visit_weighed_is_nothing(run_text: Run) -> None:
    weighed = run_text("Japan was weighing new sanctions on North Korean shipping.")
    assert ("THREATEN", "JPN", "PRK", "asserted") in _coded(weighed)
    assert run_text("The European Union is considering a visit by its envoy to Minsk.").events == []


def test_a_snapback_triggered_sanctions_and_rejecting_it_rejects_its_authors(run_text: Run) -> None:
    document = run_text("Britain and France triggered the snapback mechanism against Iran on Thursday. China rejected "
                        "the snapback on Friday.")
    coded = _coded(document)
    assert {("SANCTION", "GBR", "IRN", "asserted"), ("SANCTION", "FRA", "IRN", "asserted")} <= coded
    assert {("REJECT", "CHN", "GBR", "asserted"), ("REJECT", "CHN", "FRA", "asserted")} <= coded
