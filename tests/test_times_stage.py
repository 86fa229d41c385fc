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
from detente.times.resolve import amount

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


def test_times_weekday_after_for_points_ahead_of_a_past_verb(times: Callable[..., Found]) -> None:
    assert times("Farmers' unions called a march on the capital for Wednesday.", "2026-01-16") == [
        ("Wednesday", "DATE", "2026-01-21")]
    assert times("The farmers marched on the capital on Wednesday.", "2026-01-16") == [
        ("Wednesday", "DATE", "2026-01-14")]


def test_times_month_an_event_is_moved_to_is_the_coming_one(times: Callable[..., Found]) -> None:
    found = times("The donor conference was delayed until November, the ministry said.", "2025-07-01")
    assert found == [("November", "DATE", "2025-11")]
    assert times("Fighting raged from January to March.", "2025-07-01") == [
        ("January", "DATE", "2025-01"), ("March", "DATE", "2025-03")]


def test_times_month_of_a_postponed_event_is_the_nearest_one(times: Callable[..., Found]) -> None:
    assert times("Their summit in October was postponed.", "2025-07-01") == [("October", "DATE", "2025-10")]
    assert times("The raid in October killed nine people.", "2025-07-01") == [("October", "DATE", "2024-10")]


def test_times_month_set_for_an_event_follows_the_tense_of_the_setting(times: Callable[..., Found]) -> None:
    assert times("The referendum is set for May.", "2025-07-01") == [("May", "DATE", "2026-05")]
    assert times("The referendum, first set for May, was called off.", "2025-07-01") == [
        ("May", "DATE", "2025-05")]


def test_times_clock_time_takes_the_date_named_in_the_sentence_before(times: Callable[..., Found]) -> None:
    found = times("The summit opened on 9 January in Addis Ababa. At 3 p.m. the leaders issued a statement.")
    assert found == [("9 January", "DATE", "2026-01-09"), ("3 p.m.", "TIME", "2026-01-09T15:00")]
    found = times("The summit opened on 9 January. Delegates spoke for hours. At 3 p.m. they left.")
    assert found[-1] == ("3 p.m.", "TIME", "2026-01-15T15:00")


def test_times_years_later_counts_from_the_year_named_before(times: Callable[..., Found]) -> None:
    found = times("The border treaty of 1999 was torn up twelve years later.")
    assert found == [("1999", "DATE", "1999"), ("twelve years later", "DATE", "2011")]
    found = times("The rebels took the port in June 2021. Two months later they lost it.")
    assert found == [("June 2021", "DATE", "2021-06"), ("Two months later", "DATE", "2021-08")]


def test_times_fractions_and_multiples_of_units(times: Callable[..., Found]) -> None:
    found = times("The embargo lasted half a century; the truce held a year and a half, and the talks took "
                  "two and a half years and half a day.")
    assert [(t, v) for t, _, v in found] == [("half a century", "P50Y"), ("a year and a half", "P18M"),
                                             ("two and a half years", "P30M"), ("half a day", "PT12H")]


def test_times_approximate_amounts_keep_their_modifier(times: Callable[..., Found]) -> None:
    found = times("The siege lasted nearly a year, and the envoy left almost two weeks ago at about 9 a.m.")
    assert found == [("nearly a year", "DURATION", "P1Y"), ("almost two weeks ago", "DATE", "2026-W01"),
                     ("about 9 a.m.", "TIME", "2026-01-15T09:00")]


def test_times_that_evening_and_the_day_before_take_the_last_date(times: Callable[..., Found]) -> None:
    found = times("Protesters filled the square on 20 December. That morning, police had sealed the roads; "
                  "the day after, the curfew was lifted.")
    assert found == [("20 December", "DATE", "2025-12-20"), ("That morning", "TIME", "2025-12-20TMO"),
                     ("the day after", "DATE", "2025-12-21")]
    assert times("The vote was held the day before the summit.") == []


def test_times_vague_plural_durations(times: Callable[..., Found]) -> None:
    found = times("Months after the coup, the junta had ruled for weeks without a cabinet; years later the "
                  "dispute of decades ended.")
    assert [(t, v) for t, _, v in found] == [("Months", "PXM"), ("weeks", "PXW"), ("years later", "PXY")]
    assert times("For centuries the two empires fought.")[0][2] == "PXCE"


def test_times_frequency_words_are_sets(times: Callable[..., Found]) -> None:
    found = times("Envoys brief the council nightly and meet each month at an annual forum, but the annual "
                  "budget is audited twice a year.")
    assert found == [("nightly", "SET", "P1D"), ("each month", "SET", "P1M"), ("annual", "SET", "P1Y"),
                     ("twice a year", "SET", "P1Y")]


def test_times_the_year_two_thousand_is_a_year(times: Callable[..., Found]) -> None:
    found = times("Officials feared the systems would fail in the year two thousand and five, not two "
                  "thousand people.")
    assert found == [("the year two thousand and five", "DATE", "2005")]


def test_times_clock_time_takes_its_day_across_local_time(times: Callable[..., Found]) -> None:
    found = times("The envoy was detained at 2 a.m. local time (0100 GMT) on Sunday.")
    assert found == [("2 a.m.", "TIME", "2026-01-11T02:00"), ("Sunday", "DATE", "2026-01-11")]


def test_times_fractional_amounts_move_to_a_smaller_unit_only_when_whole() -> None:
    lex = load()
    assert amount(1.5, "year", lex) == ("M", 18)
    assert amount(0.25, "century", lex) == ("Y", 25)
    assert amount(0.004, "day", lex) == ("D", 0.004)


def test_times_sets_with_a_frequency_or_every_other(times: Callable[..., Found]) -> None:
    found = times("The joint commission meets twice weekly and reports every other month.")
    assert found == [("twice weekly", "SET", "P1W"), ("every other month", "SET", "P2M")]


def test_times_part_of_day_without_a_date_is_a_time(times: Callable[..., Found]) -> None:
    assert times("That evening the talks collapsed.") == [("That evening", "TIME", "XXXX-XX-XXTEV")]


def test_times_later_measures_elapsed_time_when_it_cannot_date_a_day(times: Callable[..., Found]) -> None:
    found = times("The 1995 border accord between Peru and Ecuador still stands three decades later.")
    assert found == [("1995", "DATE", "1995"), ("three decades later", "DURATION", "P30Y")]
    found = times("Talks resumed a few days later, and two hours later the envoys left.")
    assert found == [("a few days later", "DURATION", "PXD"), ("two hours later", "DURATION", "PT2H")]


def test_times_a_plan_made_in_the_past_points_to_the_nearest_day(times: Callable[..., Found]) -> None:
    assert times("Farmers planned a blockade of the port on Saturday.") == [("Saturday", "DATE", "2026-01-17")]
    assert times("On Tuesday, Seoul planned to send an envoy.") == [("Tuesday", "DATE", "2026-01-13")]


def test_times_a_plan_overtaken_in_the_past_perfect_is_past(times: Callable[..., Found]) -> None:
    found = times("The truce had been scheduled to end at midnight Sunday.")
    assert found == [("midnight Sunday", "TIME", "2026-01-11T24:00")]


def test_times_a_date_naming_an_event_takes_a_past_clause(times: Callable[..., Found]) -> None:
    found = times("Police have been hunting the bombers since the June 30 blast in Quetta.")
    assert found == [("June 30", "DATE", "2025-06-30")]


def test_times_present_passive_and_misread_past(times: Callable[..., Found]) -> None:
    assert times("The new Nepali cabinet is sworn in on Friday.") == [("Friday", "DATE", "2026-01-16")]
    found = times("Fear of sanctions hurt the rouble, which slid, on Tuesday.")
    assert found == [("Tuesday", "DATE", "2026-01-13")]
    assert times("The committee meet on Tuesday to review the budget.") == [("Tuesday", "DATE", "2026-01-20")]


def test_times_weekday_nights_and_spoken_fractions(times: Callable[..., Found]) -> None:
    found = times("The assembly meets on Wednesday nights; the siege lasted 3 1/2 years.")
    assert found == [("Wednesday nights", "SET", "XXXX-WXX-3TNI"), ("3 1/2 years", "DURATION", "P42M")]


def test_times_frequency_misread_as_an_object_is_a_set(times: Callable[..., Found]) -> None:
    found = times("Greek frigates escort the ferry daily, while Athens has protested to Ankara.")
    assert found == [("daily", "SET", "P1D")]
    assert times("Officials quoted the Hanoi daily.") == []


def test_times_a_day_number_joined_to_a_date_is_a_date(times: Callable[..., Found]) -> None:
    found = times("Gulf leaders will meet in Doha on March 3 and 4, after envoys met on Jan. 7-8.")
    assert found == [("March 3", "DATE", "2026-03-03"), ("4", "DATE", "2026-03-04"),
                     ("Jan. 7", "DATE", "2026-01-07"), ("8", "DATE", "2026-01-08")]
    assert times("On Jan. 3 and 10 soldiers died.") == [("Jan. 3", "DATE", "2026-01-03")]


def test_times_two_digit_decades_are_the_latest_begun(times: Callable[..., Found]) -> None:
    assert times("Sanctions bit hard in the '80s.", "1989-10-26") == [("the '80s", "DATE", "198")]
    assert times("Sanctions bit hard in the '80s.") == [("the '80s", "DATE", "198")]
    assert times("Trade may double in the '30s.") == [("the '30s", "DATE", "193")]


def test_times_a_month_or_season_takes_a_year_said_in_words(times: Callable[..., Found]) -> None:
    found = times("Oil last hit that level in the winter of nineteen ninety-four. March nineteen ninety-nine. "
                  "Belgrade again.")
    assert found == [("the winter of nineteen ninety-four", "DATE", "1994-WI"),
                     ("March nineteen ninety-nine", "DATE", "1999-03")]


def test_times_the_previous_or_following_weekday_counts_from_the_day_named_last(
    times: Callable[..., Found],
) -> None:
    found = times("Talks in Nairobi broke down on Tuesday, Jan. 6, and resumed the following Monday.")
    assert found == [("Tuesday, Jan. 6", "DATE", "2026-01-06"), ("the following Monday", "DATE", "2026-01-12")]
    assert times("The accord was signed the previous Sunday.") == [("the previous Sunday", "DATE", "2026-01-11")]
