"""The quotes stage, one construction at a time, through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from detente.document import Document, Quote
from detente.errors import KnowledgeBaseError
from detente.quotes import load_lexicon

Run = Callable[..., Document]


def _one(document: Document) -> Quote:
    assert len(document.quotes) == 1, [q.text for q in document.quotes]
    return document.quotes[0]


def _mention(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker.mention else None


def test_quotes_direct_with_trailing_cue(run_text: Run) -> None:
    text = '"We will not accept any pressure," Prime Minister Lena Holm said.'
    q = _one(run_text(text))
    assert (q.kind, q.cue, q.text, _mention(q)) == (
        "direct",
        "say",
        "We will not accept any pressure",
        "Lena Holm",
    )
    assert (q.start, q.end) == (1, 32)
    assert q.parts[0].text == q.text and q.cue_span is not None and q.cue_span.text == "said"


def test_quotes_direct_with_inverted_cue(run_text: Run) -> None:
    q = _one(run_text('"The border will stay open," said Interior Minister Jonas Berg.'))
    assert (q.kind, q.text, _mention(q)) == ("direct", "The border will stay open", "Jonas Berg")


def test_quotes_direct_introduced_by_colon(run_text: Run) -> None:
    q = _one(run_text('The foreign minister told reporters: "Our patience has limits."'))
    assert (q.kind, q.cue, q.text, _mention(q)) == (
        "direct",
        "tell",
        "Our patience has limits.",
        "The foreign minister",
    )


def test_quotes_split_by_cue_is_one_quote(run_text: Run) -> None:
    text = '"We want peace," President Ana Lima said, "but not at any price."'
    q = _one(run_text(text))
    assert [p.text for p in q.parts] == ["We want peace", "but not at any price."]
    assert q.text == "We want peace but not at any price."
    assert (q.start, q.end) == (1, text.index('."') + 1)


def test_quotes_multi_paragraph_quotation(run_text: Run) -> None:
    text = (
        'The envoy spoke for an hour. "Our first aim is a ceasefire.\n\n'
        '"Our second aim is the return of all prisoners," the envoy said.'
    )
    q = _one(run_text(text))
    assert [p.text for p in q.parts] == [
        "Our first aim is a ceasefire.",
        "Our second aim is the return of all prisoners",
    ]
    assert _mention(q) == "the envoy"


def test_quotes_floating_quote_joins_its_speaker(run_text: Run) -> None:
    text = (
        '"The sanctions have failed," the Hungarian minister said. "They hurt our farmers more than anyone.'
        ' We will say so in Brussels."'
    )
    q = _one(run_text(text))
    assert [p.text for p in q.parts] == [
        "The sanctions have failed",
        "They hurt our farmers more than anyone. We will say so in Brussels.",
    ]
    assert _mention(q) == "the Hungarian minister"


def test_quotes_mixed_quote(run_text: Run) -> None:
    text = 'Chancellor Erik Lund said on Friday that "the time has come" for the bloc to talk to Beijing.'
    q = _one(run_text(text))
    assert (q.kind, q.text, _mention(q)) == (
        "mixed",
        '"the time has come" for the bloc to talk to Beijing',
        "Erik Lund",
    )


def test_quotes_indirect_said_that(run_text: Run) -> None:
    q = _one(run_text("Kenya's president said that his government would send troops to Haiti."))
    assert (q.kind, q.cue, q.text, _mention(q)) == (
        "indirect",
        "say",
        "his government would send troops to Haiti",
        "Kenya's president",
    )


def test_quotes_indirect_trailing_attribution(run_text: Run) -> None:
    q = _one(run_text("The talks will resume in Geneva next week, a senior diplomat said."))
    assert (q.kind, q.text, _mention(q)) == (
        "indirect",
        "The talks will resume in Geneva next week",
        "a senior diplomat",
    )


def test_quotes_indirect_according_to(run_text: Run) -> None:
    q = _one(run_text("According to the defence ministry, two drones were shot down over the capital."))
    assert (q.cue, q.text, _mention(q)) == (
        "according to",
        "two drones were shot down over the capital",
        "the defence ministry",
    )


def test_quotes_indirect_quoted_as_saying(run_text: Run) -> None:
    q = _one(run_text("The general was quoted as saying the offensive would end by spring."))
    assert (q.cue, q.text, _mention(q)) == (
        "was quoted as saying",
        "the offensive would end by spring",
        "The general",
    )


def test_quotes_indirect_in_a_statement(run_text: Run) -> None:
    text = "In a statement, Pakistan's foreign ministry said the strikes violated its sovereignty."
    q = _one(run_text(text))
    assert (q.text, _mention(q)) == ("the strikes violated its sovereignty", "Pakistan's foreign ministry")


def test_quotes_indirect_for_his_part(run_text: Run) -> None:
    q = _one(run_text("The Turkish leader, for his part, insisted that Ankara had kept its word."))
    assert (q.cue, q.text, _mention(q)) == ("insist", "Ankara had kept its word", "The Turkish leader")


def test_quotes_pronoun_and_conjoined_cue(run_text: Run) -> None:
    document = run_text("She told reporters the deal was dead and added that sanctions would stay.")
    assert [(q.cue, q.text, _mention(q)) for q in document.quotes] == [
        ("tell", "the deal was dead", "She"),
        ("add", "sanctions would stay", "She"),
    ]


def test_quotes_not_from_headline_related_line_or_scare_quotes(run_text: Run) -> None:
    text = (
        'Minister Says "Talks Are Over"\n\nRelated article: President Says Europe Must "Wake Up"\n\n'
        'The so-called "framework" was never signed.'
    )
    assert run_text(text, title='Minister Says "Talks Are Over"').quotes == []


def test_quotes_declined_to_comment_is_no_quote(run_text: Run) -> None:
    assert run_text("The Kremlin declined to comment on the report.").quotes == []


def test_quotes_unbalanced_mark_closes_at_paragraph_end(run_text: Run) -> None:
    text = 'The president said: "We will rebuild every city.\n\nReconstruction will cost billions.'
    document = run_text(text)
    assert [q.text for q in document.quotes][0] == "We will rebuild every city."


def test_quotes_date_comes_from_the_times_stage(run_text: Run) -> None:
    from detente.times import date_for

    document = run_text('"We are ready," the Iranian minister said on Monday.')
    q = _one(document)
    assert q.cue_span is not None
    assert (q.date, q.date_basis) == date_for(
        document, q.cue_span.start, q.cue_span.end, speaker=q.speaker.actor
    )


def test_quotes_lexicon_extended_by_user_file(tmp_path: Path) -> None:
    extra = tmp_path / "cues.yaml"
    extra.write_text("verbs: [harrumph]\nremove: [joke]\n", encoding="utf-8")
    lexicon = load_lexicon((str(extra),))
    assert (lexicon.is_cue("harrumph"), lexicon.is_cue("joke"), lexicon.is_cue("say")) == (True, False, True)
    assert load_lexicon().is_cue("harrumph") is False


def test_quotes_signed_with_a_dash(run_text: Run) -> None:
    q = _one(
        run_text('"Our voters deserve better than this." \u2015 Maria Lopez\n\nThe debate ended at ten.')
    )
    assert (q.kind, q.cue, q.text, _mention(q)) == (
        "direct",
        "\u2015",
        "Our voters deserve better than this.",
        "Maria Lopez",
    )


def test_quotes_relative_pronoun_speaker_is_resolved_to_its_antecedent(run_text: Run) -> None:
    document = run_text(
        "Prime Minister Raila Kamau, who said the vote was rigged, left the capital on Monday."
    )
    q = _one(document)
    assert (q.text, _mention(q)) == ("the vote was rigged", "Raila Kamau")
    assert q.speaker.name is not None and q.speaker.name.endswith("Kamau")


def test_quotes_prepositional_and_predicative_cues(run_text: Run) -> None:
    document = run_text(
        "The Arab League called for an immediate truce. Egypt called the raid a grave violation."
    )
    assert [(q.cue, q.text, _mention(q)) for q in document.quotes] == [
        ("call", "an immediate truce", "The Arab League"),
        ("call", "the raid a grave violation", "Egypt"),
    ]


def test_quotes_cue_with_its_own_clause_does_not_take_the_quote(run_text: Run) -> None:
    text = '"The talks were useful." The ministry said a second round would follow in May.'
    assert [(q.kind, q.text) for q in run_text(text).quotes] == [
        ("indirect", "a second round would follow in May")
    ]


def test_quotes_belief_inside_a_quotation_is_not_a_quote_of_its_own(run_text: Run) -> None:
    q = _one(run_text('"I think the sanctions will fail," the senator said.'))
    assert (q.kind, q.text, _mention(q)) == ("direct", "I think the sanctions will fail", "the senator")


def test_quotes_speaker_comes_from_the_actors_layer(run_text: Run) -> None:
    document = run_text(
        'Russian President Vladimir Putin said the West had ignored Moscow.\n\n"We warned them," he said.'
    )
    first, second = document.quotes
    assert (_mention(first), _mention(second)) == ("Vladimir Putin", "he")
    actor = document.actor_at(first.speaker.mention.start, first.speaker.mention.end)  # type: ignore[union-attr]
    assert actor is not None
    assert (second.speaker.actor, second.speaker.name, second.speaker.country) == (
        actor.id,
        actor.name,
        "RUS",
    )


def test_quotes_lexicon_ignores_other_data_files_and_names_bad_ones(tmp_path: Path) -> None:
    other = tmp_path / "actors.yaml"
    other.write_text("actors: [Jane Doe]\n", encoding="utf-8")
    assert load_lexicon((str(other),)).verbs == load_lexicon().verbs
    bad = tmp_path / "bad_cues.yaml"
    bad.write_text("verbs: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="bad_cues.yaml"):
        load_lexicon((str(bad),))
