"""Calendar arithmetic and TIMEX3 value formats (2026-01-15, 2026-01, 2026-W03, 2026-Q1, 2026-SU)."""

from __future__ import annotations

import datetime as dt


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, m: int) -> str:
    return f"{year:04d}-{m:02d}"


def week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def shift_month(year: int, m: int, k: int) -> tuple[int, int]:
    """The month k months after (year, m)."""
    n = year * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def shift_quarter(year: int, q: int, k: int) -> tuple[int, int]:
    """The quarter k quarters after (year, q)."""
    n = year * 4 + (q - 1) + k
    return n // 4, n % 4 + 1


def weekday(anchor: dt.date, iso_day: int, side: int, strict: bool = False) -> dt.date:
    """The date with ISO weekday iso_day nearest anchor on one side (-1 before, +1 after), or either (0)."""
    back = (anchor.isoweekday() - iso_day) % 7
    ahead = (iso_day - anchor.isoweekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if side < 0 or (side == 0 and back <= ahead):
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead)


def next_week_day(anchor: dt.date, iso_day: int) -> dt.date:
    """'next Friday': that day in the week after the anchor's week."""
    return anchor + dt.timedelta(days=7 - anchor.isoweekday() + iso_day)


def nth_weekday(year: int, m: int, iso_day: int, n: int) -> dt.date:
    """The n-th ISO weekday of a month (n = -1: the last), e.g. Thanksgiving, the 4th Thursday of November."""
    if n < 0:
        last = (dt.date(year + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))
        return last - dt.timedelta(days=(last.isoweekday() - iso_day) % 7)
    first = dt.date(year, m, 1)
    return first + dt.timedelta(days=(iso_day - first.isoweekday()) % 7 + 7 * (n - 1))


def _on(year: int, m: int, d: int) -> dt.date:
    return dt.date(year, m, 28 if (m, d) == (2, 29) else d)


def year_for(anchor: dt.date, m: int, d: int, side: int, near_days: int = 0) -> int:
    """The year that puts month m, day d on the given side of anchor (0: the nearest).

    A date within near_days of the anchor wins whatever the side: news rarely names a date a year off
    without its year.
    """
    nearest = min((anchor.year + k for k in (-1, 0, 1)), key=lambda y: abs((_on(y, m, d) - anchor).days))
    if side == 0 or abs((_on(nearest, m, d) - anchor).days) <= near_days:
        return nearest
    this = _on(anchor.year, m, d)
    if side < 0:
        return anchor.year if this <= anchor else anchor.year - 1
    return anchor.year if this >= anchor else anchor.year + 1


def season_year(anchor: dt.date, start_month: int, side: int, strict: bool = False) -> int:
    """The year of a season starting in start_month: the last (-1), next (+1) or current-year (0) one.

    Without strict, a season under way at anchor counts on either side; with strict it does not.
    """
    started = anchor.year if anchor.month >= start_month else anchor.year - 1
    in_season = (anchor.month - start_month) % 12 < 3
    if side == 0:
        return started if in_season else anchor.year
    if in_season and not strict:
        return started
    return started - (1 if in_season else 0) if side < 0 else started + 1
