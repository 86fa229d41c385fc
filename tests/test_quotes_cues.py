"""The quotes stage on attributions beyond "X said": passives, nouns, adjectives, objects, transcripts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from detente.document import Document, Quote
from detente.quotes import load_lexicon

Run = Callable[..., Document]


def _one(document: Document) -> Quote:
    assert len(document.quotes) == 1, [q.text for q in document.quotes]
    return document.quotes[0]


def _mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention else None


def _triple(q: Quote) -> tuple[str | None, str, str | None]:
    return q.cue, q.text, _mention(q)


def _summary(document: Document) -> list[tuple[str | None, str, str | None]]:
    return [_triple(q) for q in document.quotes]


def test_quotes_passive_expectation_has_no_speaker(run_text: Run) -> None:
    text = "New sanctions on Iran are expected to be announced by the European Union on Monday."
    q = _one(run_text(text))
    assert (q.cue, q.kind, _mention(q), q.speaker.actor) == ("expect", "indirect", None, None)
    assert [p.text for p in q.parts] == [
        "New sanctions on Iran",
        "to be announced by the European Union on Monday",
    ]
    assert (q.start, q.end) == (0, len(text) - 1)


def test_quotes_passive_with_placeholder_it_reports_the_clause(run_text: Run) -> None:
    q = _one(run_text("It was reported in Tehran that the nuclear talks would resume in Oman."))
    assert _triple(q) == ("report", "the nuclear talks would resume in Oman", None)


def test_quotes_passive_speaker_in_by_phrase(run_text: Run) -> None:
    q = _one(run_text("The new border regime was criticised by Lithuania's foreign minister."))
    assert _triple(q) == ("criticise", "The new border regime", "Lithuania's foreign minister")


def test_quotes_noun_with_that_clause_names_its_owner(run_text: Run) -> None:
    text = "Manila's claim that the reef lies in its waters angered Beijing."
    q = _one(run_text(text))
    assert _triple(q) == ("claim", "the reef lies in its waters", "Manila")


def test_quotes_adjective_of_belief(run_text: Run) -> None:
    q = _one(run_text("The minister was adamant that Greece would not accept new quotas."))
    assert _triple(q) == ("adamant", "Greece would not accept new quotas", "The minister")


def test_quotes_adjective_with_placeholder_it_has_no_speaker(run_text: Run) -> None:
    q = _one(run_text("It is clear that the sanctions have failed to change Moscow's course."))
    assert _triple(q) == ("clear", "the sanctions have failed to change Moscow's course", None)


def test_quotes_object_with_its_reason(run_text: Run) -> None:
    q = _one(run_text("The opposition leader mocked the prime minister for abandoning the pension reform."))
    assert _triple(q) == (
        "mock",
        "the prime minister for abandoning the pension reform",
        "The opposition leader",
    )


def test_quotes_object_pronoun_alone_is_no_content(run_text: Run) -> None:
    assert run_text("The ministry denied it on Tuesday.").quotes == []


def test_quotes_as_speaker_put_it(run_text: Run) -> None:
    q = _one(run_text("As the Turkish president put it, the region cannot afford another war."))
    assert _triple(q) == ("put", "the region cannot afford another war", "the Turkish president")


def test_quotes_told_an_audience_that(run_text: Run) -> None:
    text = "Nigeria's president told a meeting of West African leaders that the region could not bear a coup."
    q = _one(run_text(text))
    assert _triple(q) == ("tell", "the region could not bear a coup", "Nigeria's president")


def test_quotes_wish_with_infinitive(run_text: Run) -> None:
    q = _one(run_text("Serbia wants to join the European Union before the end of the decade."))
    assert _triple(q) == ("want", "to join the European Union before the end of the decade", "Serbia")


def test_quotes_nested_attribution_is_part_of_the_outer_one(run_text: Run) -> None:
    document = run_text("The Foreign Ministry said Japan expects China to lift its ban on seafood imports.")
    assert _summary(document) == [
        ("say", "Japan expects China to lift its ban on seafood imports", "The Foreign Ministry")
    ]


def test_quotes_coordinated_cue_keeps_its_own_quote(run_text: Run) -> None:
    text = "Peru's trade minister said the accord was fair and warned that illegal fleets threatened stocks."
    assert _summary(run_text(text)) == [
        ("say", "the accord was fair", "Peru's trade minister"),
        ("warn", "illegal fleets threatened stocks", "Peru's trade minister"),
    ]


def test_quotes_transcript_lines(run_text: Run) -> None:
    text = (
        "The interview was recorded in Kyiv.\n\n"
        "HOST: Will Ukraine accept a ceasefire along the current line?\n\n"
        "SYBIHA: Not while our cities are shelled every night.\n\n"
        "UPDATE: The minister later left for Warsaw on an overnight train."
    )
    document = run_text(text)
    assert [(q.kind, q.cue, q.text, _mention(q)) for q in document.quotes] == [
        ("direct", ":", "Not while our cities are shelled every night.", "SYBIHA"),  # the host's question is none
    ]
    assert document.quotes[0].cue_span is not None and document.quotes[0].cue_span.text == ":"


def test_quotes_lexicon_new_groups_extended_by_user_file(tmp_path: Path) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text(
        "adjectives: [jubilant]\nnouns: [grievance]\ntranscript_labels: [moderator]\nremove: [adamant]\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon((str(extra),))
    assert ("jubilant" in lexicon.adjectives, "adamant" in lexicon.adjectives) == (True, False)
    assert ("grievance" in lexicon.nouns, "moderator" in lexicon.transcript_labels) == (True, True)
    assert "jubilant" not in load_lexicon().adjectives


def test_quotes_floating_quotation_after_reported_speech(run_text: Run) -> None:
    text = 'The Finnish minister said the talks in Helsinki had failed. "We tried everything we could."'
    q = _one(run_text(text))
    assert [p.text for p in q.parts] == ["the talks in Helsinki had failed", "We tried everything we could."]
    assert (q.kind, q.cue, _mention(q), q.end) == ("mixed", "say", "The Finnish minister", len(text) - 1)


def test_quotes_signature_dash_glued_to_the_closing_mark(run_text: Run) -> None:
    text = "\u201cThe border must stay open for trade.\u201d\u2015 Ana Ruiz\n\nLetters were edited."
    q = _one(run_text(text))
    assert (q.kind, q.cue, q.text, _mention(q)) == (
        "direct",
        "\u2015",
        "The border must stay open for trade.",
        "Ana Ruiz",
    )


def test_quotes_inverted_cue_before_a_colon(run_text: Run) -> None:
    text = "The talks ended without a deal. Said Ellis: \u201cNobody in Oslo is in a hurry.\u201d"
    q = _one(run_text(text))
    assert (q.kind, q.cue, q.text, _mention(q)) == ("direct", "say", "Nobody in Oslo is in a hurry.", "Ellis")


def test_quotes_cues_recalling_an_envoy_says_nothing_recalling_that_does(run_text: Run) -> None:
    assert run_text("Mexico recalled its ambassador, and Ecuador expelled the Mexican chargé.").quotes == []
    said = _one(run_text("The minister recalled that the border had been open for thirty years."))
    assert said.text == "the border had been open for thirty years"


def test_quotes_cues_refusing_to_act_says_nothing_saying_so_does(run_text: Run) -> None:
    assert run_text("Ecuador refused to grant safe conduct to a former energy minister.").quotes == []
    said = _one(run_text("Ecuador said it would not grant safe conduct to a former energy minister."))
    assert said.text == "it would not grant safe conduct to a former energy minister"
