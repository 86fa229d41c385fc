"""Calendar arithmetic behind the TIMEX3 values."""

from __future__ import annotations

import datetime as dt

from detente.times import calendar as cal

THURSDAY = dt.date(2026, 1, 15)


def test_times_calendar_weekday_on_either_side() -> None:
    assert cal.weekday(THURSDAY, 4, -1) == THURSDAY
    assert cal.weekday(THURSDAY, 5, -1) == dt.date(2026, 1, 9)
    assert cal.weekday(THURSDAY, 5, 1) == dt.date(2026, 1, 16)
    assert cal.weekday(THURSDAY, 4, -1, strict=True) == dt.date(2026, 1, 8)


def test_times_calendar_next_week_day() -> None:
    assert cal.next_week_day(THURSDAY, 5) == dt.date(2026, 1, 23)


def test_times_calendar_week_and_month_shifts() -> None:
    assert cal.week(THURSDAY) == "2026-W03"
    assert cal.week(dt.date(2021, 1, 2)) == "2020-W53"
    assert cal.shift_month(2026, 1, -1) == (2025, 12)
    assert cal.shift_quarter(2026, 1, -1) == (2025, 4)


def test_times_calendar_year_for_a_day_without_year() -> None:
    assert cal.year_for(THURSDAY, 11, 3, -1) == 2025
    assert cal.year_for(THURSDAY, 11, 3, 1) == 2026
    assert cal.year_for(THURSDAY, 2, 1, -1, near_days=60) == 2026
    assert cal.year_for(dt.date(2025, 3, 1), 2, 29, 0) == 2025


def test_times_calendar_season_year() -> None:
    assert cal.season_year(THURSDAY, 6, -1, strict=True) == 2025
    assert cal.season_year(THURSDAY, 3, 1, strict=True) == 2026
    assert cal.season_year(dt.date(2026, 7, 1), 6, -1, strict=True) == 2025
    assert cal.season_year(dt.date(2026, 7, 1), 6, -1) == 2026


def test_times_calendar_nth_weekday() -> None:
    assert cal.nth_weekday(2025, 11, 4, 4) == dt.date(2025, 11, 27)
    assert cal.nth_weekday(2026, 5, 1, -1) == dt.date(2026, 5, 25)
    assert cal.nth_weekday(2026, 12, 1, -1) == dt.date(2026, 12, 28)
