"""The times stage: detection and TIMEX3 normalisation against the publication date, tense and order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente import nlp
from detente.document import Article, Document
from detente.pipeline import Pipeline
from detente.settings import Settings
from detente.times import annotate
from detente.times.lexicon import load

Found = list[tuple[str, str, str]]


@pytest.fixture(scope="module")
def times() -> Callable[..., Found]:
    """(text, type, value) of each expression in a text written for the test."""
    model = nlp.load(Settings().models)

    def run(text: str, published: str | None = "2026-01-15") -> Found:
        date = dt.date.fromisoformat(published) if published else None
        document = Document(Article(id="t", text=text, published=date), doc=model(text))
        return [(t.text, t.type, t.value) for t in annotate(document)]

    return run


def test_times_explicit_dates(times: Callable[..., Found]) -> None:
    found = times("The accord was signed on January 15, 2026 in Geneva and registered on 2026-01-20.")
    assert found == [("January 15, 2026", "DATE", "2026-01-15"), ("2026-01-20", "DATE", "2026-01-20")]


def test_times_weekday_in_past_reporting_is_on_or_before_publication(times: Callable[..., Found]) -> None:
    assert times("Lavrov said Thursday that Moscow was ready to talk.") == [("Thursday", "DATE", "2026-01-15")]
    assert times("Lavrov spoke to reporters on Tuesday.") == [("Tuesday", "DATE", "2026-01-13")]


def test_times_weekday_in_future_is_on_or_after_publication(times: Callable[..., Found]) -> None:
    assert times("The envoy will travel to Cairo on Tuesday.") == [("Tuesday", "DATE", "2026-01-20")]


def test_times_ordering_cue_puts_a_weekday_before_the_earlier_date(times: Callable[..., Found]) -> None:
    found = times("Putin's remarks Thursday came after Meloni said Friday that Rome would not act.", "2026-01-16")
    assert found == [("Thursday", "DATE", "2026-01-15"), ("Friday", "DATE", "2026-01-09")]


def test_times_this_weekday_follows_the_tense(times: Callable[..., Found]) -> None:
    found = times("This Wednesday the minister said the talks had failed. This Friday the council will vote.")
    assert found == [("This Wednesday", "DATE", "2026-01-14"), ("This Friday", "DATE", "2026-01-16")]


def test_times_next_weekday_is_in_the_next_week(times: Callable[..., Found]) -> None:
    assert times("The envoys meet again next Friday.") == [("next Friday", "DATE", "2026-01-23")]


def test_times_ordering_cue_does_not_move_a_future_weekday(times: Callable[..., Found]) -> None:
    found = times("The ministers met on Monday after the vote, and they will meet again on Friday.")
    assert found == [("Monday", "DATE", "2026-01-12"), ("Friday", "DATE", "2026-01-16")]


def test_times_a_year_earlier_refers_to_the_quarter_in_focus(times: Callable[..., Found]) -> None:
    found = times("Exports rose in the third quarter, up 4 percent from a year earlier.", "2025-11-20")
    assert found == [("the third quarter", "DATE", "2025-Q3"), ("a year earlier", "DATE", "2024-Q3")]


def test_times_that_year_takes_the_year_named_last(times: Callable[..., Found]) -> None:
    found = times("The envoy fled in June 2019 and returned later that year.")
    assert found == [("June 2019", "DATE", "2019-06"), ("later that year", "DATE", "2019")]


def test_times_the_following_day_counts_from_the_day_named_last(times: Callable[..., Found]) -> None:
    found = times("Rebels seized the town on Jan. 3. The following day troops retook it.")
    assert found == [("Jan. 3", "DATE", "2026-01-03"), ("The following day", "DATE", "2026-01-04")]


def test_times_spoken_years(times: Callable[..., Found]) -> None:
    found = times("The border was redrawn in nineteen ninety-six, and twenty two people died.")
    assert found == [("nineteen ninety-six", "DATE", "1996")]


def test_times_the_year_ended_is_a_period(times: Callable[..., Found]) -> None:
    assert times("Aid rose 9 percent in the year ended in March.")[0] == ("the year", "DURATION", "P1Y")


def test_times_relative_dates(times: Callable[..., Found]) -> None:
    found = times("Last month the bloc met; this year it grows, next year it votes, and earlier this week it "
                  "warned that two years ago it had failed.")
    assert [v for _, _, v in found] == ["2025-12", "2026", "2027", "2026-W03", "2024"]


def test_times_month_with_this_or_last_year(times: Callable[..., Found]) -> None:
    found = times("The treaty was signed on Oct. 5 last year and ratified in February this year.")
    assert found == [("Oct. 5 last year", "DATE", "2025-10-05"), ("February this year", "DATE", "2026-02")]


def test_times_as_early_as_points_ahead(times: Callable[..., Found]) -> None:
    assert times("The envoy said he could arrive as early as Tuesday.") == [("Tuesday", "DATE", "2026-01-20")]


def test_times_relative_days_and_parts_of_day(times: Callable[..., Found]) -> None:
    found = times("Yesterday the talks stalled, this morning they resumed and tomorrow they end.")
    assert found == [("Yesterday", "DATE", "2026-01-14"), ("this morning", "TIME", "2026-01-15TMO"),
                     ("tomorrow", "DATE", "2026-01-16")]


def test_times_span_keeps_modifiers_and_drops_prepositions(times: Callable[..., Found]) -> None:
    found = times("Shelling resumed late Wednesday and should stop by the end of the year.")
    assert found == [("late Wednesday", "DATE", "2026-01-14"), ("the end of the year", "DATE", "2026")]


def test_times_durations(times: Callable[..., Found]) -> None:
    found = times("The war has lasted for the past three years; a truce for 18 months, within 30 days, "
                  "would end a decade of fighting.")
    assert [(t, v) for t, _, v in found] == [("the past three years", "P3Y"), ("18 months", "P18M"),
                                             ("30 days", "P30D"), ("a decade", "P10Y")]


def test_times_sets(times: Callable[..., Found]) -> None:
    found = times("Inspectors report every Monday and the council meets weekly.")
    assert found == [("every Monday", "SET", "XXXX-WXX-1"), ("weekly", "SET", "P1W")]


def test_times_holidays_fixed_and_by_weekday(times: Callable[..., Found]) -> None:
    found = times("The boy was rescued on Thanksgiving Day, and the truce held over Christmas.")
    assert found == [("Thanksgiving Day", "DATE", "2025-11-27"), ("Christmas", "DATE", "2025-12-25")]


def test_times_every_month_name_is_a_set(times: Callable[..., Found]) -> None:
    assert times("Marchers parade through the town each July.") == [("each July", "SET", "XXXX-07")]


def test_times_vague_references(times: Callable[..., Found]) -> None:
    found = times("Relations are currently tense; they recently soured, as in the past, and now the future "
                  "looks bleak.")
    assert [v for _, _, v in found] == ["PRESENT_REF", "PAST_REF", "PAST_REF", "PRESENT_REF", "FUTURE_REF"]


def test_times_quarters_seasons_and_decades(times: Callable[..., Found]) -> None:
    found = times("Growth slowed in the first quarter after a strong summer; last summer was the best since "
                  "the 1990s.")
    assert [(t, v) for t, _, v in found] == [("the first quarter", "2026-Q1"), ("last summer", "2025-SU"),
                                             ("the 1990s", "199")]


def test_times_clock_time_takes_the_day_named_beside_it(times: Callable[..., Found]) -> None:
    assert times("Polls close at 8 p.m. on Sunday.") == [("8 p.m.", "TIME", "2026-01-18T20:00"),
                                                         ("Sunday", "DATE", "2026-01-18")]


def test_times_clock_time_and_its_day_form_one_expression(times: Callable[..., Found]) -> None:
    assert times("Trading resumes at noon Saturday.") == [("noon Saturday", "TIME", "2026-01-17T12:00")]


def test_times_no_false_dates_from_numbers_and_names(times: Callable[..., Found]) -> None:
    text = ("Theresa May pledged $58 million, 58 million people voted, a 45-year-old envoy won 2,019 seats "
            "and 52 percent, the march was peaceful, China Daily said, and a second referendum got a quarter "
            "of the vote; call 555-0199.")
    assert times(text) == []


def test_times_month_name_after_preposition_is_a_month(times: Callable[..., Found]) -> None:
    assert times("Theresa May resigned in May.") == [("May", "DATE", "2025-05")]


def test_times_without_publication_date_stay_underspecified(times: Callable[..., Found]) -> None:
    found = times("The minister said on Monday that talks would resume next month.", None)
    assert found == [("Monday", "DATE", "XXXX-WXX-1"), ("next month", "DATE", "FUTURE_REF")]


def test_times_date_without_year_takes_the_nearest_year(times: Callable[..., Found]) -> None:
    assert times("The deadline is Feb. 9.", "2025-12-20") == [("Feb. 9", "DATE", "2026-02-09")]
    assert times("The deal was signed on Nov. 3.", "2026-01-15") == [("Nov. 3", "DATE", "2025-11-03")]


def test_times_stage_fills_the_document(times: Callable[..., Found]) -> None:
    pipeline = Pipeline(Settings(stages=("times",)))
    article = Article(id="s", text="The summit opened on Monday in Vienna.", published=dt.date(2026, 1, 15))
    result = next(pipeline.run([article]))
    assert isinstance(result, Document)
    assert [(t.text, t.start, t.end, t.value) for t in result.times] == [("Monday", 21, 27, "2026-01-12")]


def test_times_lexicon_is_loaded_once() -> None:
    assert load() is load()


_WORDS = st.sampled_from(["on", "Friday", "last", "week", "the", "1990s", "talks", "said", "3", "p.m.", "May",
                          "two", "years", "ago", "$5", "million", "every", "Monday", ",", ".", "today", "2019"])


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=25))
def test_times_spans_point_into_the_text(words: list[str]) -> None:
    text = " ".join(words)
    parsed = nlp.load(Settings().models)(text)
    document = Document(Article(id="h", text=text, published=dt.date(2026, 1, 15)), doc=parsed)
    found = annotate(document)
    assert all(text[t.start : t.end] == t.text and t.value for t in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
