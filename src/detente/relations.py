"""Relations between two actors over time, built from the store: series, their largest moves and why they moved.

A pair's events are those coded with one side as source and the other as target, at the level of countries and
organisations (people and bodies count for theirs). Each reported event counts once however many articles report
it: its intensity is the mean over its reports. Per period and direction the series gives events by QuadClass,
summed and mean intensity, cooperation (the sum of positive intensities), conflict (the sum of negative ones), net
cooperation (their sum), reports, and the quotes one side gave about the other; every point names the events and
quotes behind it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .errors import UsageError
from .store import Store

MAX_PERIODS = 20_000
PAIR_SUMS = ("events", "reports", "intensity_sum", "before", "after")
SUMS = ("events", "reports", "q1", "q2", "q3", "q4", "intensity_sum", "cooperation", "conflict", "net", "quotes")


def series(store: Store, a: str, b: str, freq: str = "month", since: str | None = None,
           until: str | None = None) -> dict[str, Any]:
    """The pair's series: one point per period from the first to the last (or ``since`` to ``until``)."""
    code_a, code_b = store.code(a), store.code(b)
    if code_a == code_b:
        raise UsageError(f"'{a}' and '{b}' are the same actor ({code_a}); a relation needs two")
    events, quotes = store.dyad(code_a, code_b, freq, since, until)
    points: dict[str, dict[str, Any]] = {}
    for row in events:
        side = _point(points, row["period"])[_direction(row)]
        for k in SUMS[:-1]:
            side[k] = row[k] or 0
    for row in quotes:
        _point(points, row["period"])[_direction(row)]["quotes"] = row["quotes"]
    periods = _periods(freq, since or min(points, default=None), until or max(points, default=None))
    return {"a": code_a, "b": code_b, "freq": freq, "since": since, "until": until,
            "points": [_finish(p, freq, points.get(p) or _empty(p)) for p in periods]}


def _direction(row: dict[str, Any]) -> str:
    return "ab" if row["forward"] else "ba"


def _empty(period: str) -> dict[str, Any]:
    return {"period": period, "ab": _side(), "ba": _side()}


def _side() -> dict[str, Any]:
    return dict.fromkeys(SUMS, 0)


def _point(points: dict[str, dict[str, Any]], period: str) -> dict[str, Any]:
    return points.setdefault(period, _empty(period))


def _finish(period: str, freq: str, point: dict[str, Any]) -> dict[str, Any]:
    both: dict[str, Any] = {k: point["ab"][k] + point["ba"][k] for k in SUMS}
    for side in (point["ab"], point["ba"], both):
        side["intensity_mean"] = round(side["intensity_sum"] / side["reports"], 2) if side["reports"] else None
        for k in ("intensity_sum", "cooperation", "conflict", "net"):
            side[k] = round(side[k], 2)
    return {"period": period, "label": label(period, freq), "both": both, "ab": point["ab"], "ba": point["ba"]}


def label(period: str, freq: str) -> str:
    """A period as people write it: 2026-01-05 (day), 2026-W02 (week), 2026-01 (month)."""
    day = dt.date.fromisoformat(period)
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return period[:7] if freq == "month" else period


def _periods(freq: str, first: str | None, last: str | None) -> list[str]:
    """Every period start from the one holding ``first`` to the one holding ``last``."""
    if not first or not last:
        return []
    day, end = _start(dt.date.fromisoformat(first), freq), dt.date.fromisoformat(last)
    if (end - day).days / {"day": 1, "week": 7, "month": 30.4}[freq] > MAX_PERIODS:
        raise UsageError(f"{first} to {last} by {freq} is over {MAX_PERIODS} periods; choose a coarser frequency "
                         "or a shorter range")
    out = []
    while day <= end:
        out.append(day.isoformat())
        try:
            day = _next(day, freq)
        except OverflowError:  # the calendar ends
            break
    return out


def period_span(day: str, freq: str) -> tuple[str, str]:
    """The first and last day of the period holding ``day``."""
    start = _start(dt.date.fromisoformat(day), freq)
    try:
        return start.isoformat(), (_next(start, freq) - dt.timedelta(days=1)).isoformat()
    except OverflowError:
        return start.isoformat(), dt.date.max.isoformat()


def _start(day: dt.date, freq: str) -> dt.date:
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1) if freq == "month" else day


def _next(day: dt.date, freq: str) -> dt.date:
    if freq == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return day + dt.timedelta(days=7 if freq == "week" else 1)


def evidence(store: Store, result: dict[str, Any]) -> dict[str, Any]:
    """The series with, at every point, the events and quotes behind it (article, evidence span)."""
    pair = (result["a"], result["b"])
    for point in result["points"]:
        start, end = period_span(point["period"], result["freq"])
        events = store.events(pair=pair, counted=True, since=start, until=end) if point["both"]["events"] else []
        point["events"] = [_brief_event(e) for e in events]
        quotes = store.dyad_quotes(*pair, since=start, until=end) if point["both"]["quotes"] else []
        point["quotes"] = [_brief_quote(q) for q in quotes]
    return result


def explain(store: Store, result: dict[str, Any], top: int = 3, window: int = 3,
            per_move: int = 3) -> list[dict[str, Any]]:
    """The largest moves of a series against the mean of the ``window`` periods before, each with the events
    and quotes that account for most of it."""
    points = result["points"]
    moves = []
    for i, point in enumerate(points):
        before = [p["both"]["net"] for p in points[max(0, i - window):i]]
        baseline = sum(before) / len(before) if before else 0.0
        change = point["both"]["net"] - baseline
        if point["both"]["events"] and abs(change) > 1e-9:
            moves.append({"period": point["period"], "label": point["label"], "net": point["both"]["net"],
                          "baseline": round(baseline, 2), "change": round(change, 2)})
    moves.sort(key=lambda m: -abs(m["change"]))
    return [_account(store, result, m, per_move) for m in moves[:top]]


def _account(store: Store, result: dict[str, Any], move: dict[str, Any], per_move: int) -> dict[str, Any]:
    """The events of a period that pushed its net score the way it moved, strongest first, one per event."""
    sign = 1 if move["change"] > 0 else -1
    pair = (result["a"], result["b"])
    start, end = period_span(move["period"], result["freq"])
    events = store.events(pair=pair, counted=True, since=start, until=end,
                          order="intensity" if sign > 0 else "-intensity", limit=per_move * 10)
    clusters: dict[Any, dict[str, Any]] = {}
    for e in events:
        clusters.setdefault(e["cluster"] if e["cluster"] is not None else -e["id"], e)
    pushing = sorted((e for e in clusters.values() if e["intensity"] * sign > 0), key=lambda e: -abs(e["intensity"]))
    chosen = pushing[:per_move]
    share = sum(e["intensity"] for e in chosen) / move["change"] if move["change"] else 0.0
    quotes = store.dyad_quotes(*pair, since=start, until=end, limit=per_move)
    return {**move, "share": round(min(share, 1.0), 2), "events": [_brief_event(e) for e in chosen],
            "quotes": [_brief_quote(q) for q in quotes]}


def _brief_event(e: dict[str, Any]) -> dict[str, Any]:
    return {"id": e["id"], "day": e["day"], "type": e["type"], "intensity": e["intensity"],
            "source": e["source_name"], "source_country": e["source_country"], "target": e["target_name"],
            "target_country": e["target_country"], "reports": e["num_reports"], "article_id": e["article_id"],
            "article_title": e["article_title"], "evidence": e["evidence"]}


def _brief_quote(q: dict[str, Any]) -> dict[str, Any]:
    return {"id": q["id"], "day": q["day"], "speaker": q["speaker_name"], "country": q["speaker_country"],
            "text": q["text"], "article_id": q["article_id"], "start": q["start"], "end": q["end"]}


def overview(store: Store, since: str | None = None, until: str | None = None, top: int = 10,
             window_days: int = 90) -> dict[str, Any]:
    """The most active pairs, and the pairs whose summed intensity moved most from the window of ``window_days``
    before the last to the last one."""
    last = until or store.last_day()
    if not last:
        return {"strongest": [], "changed": [], "windows": None}
    split = (dt.date.fromisoformat(last) - dt.timedelta(days=window_days - 1)).isoformat()
    start = (dt.date.fromisoformat(split) - dt.timedelta(days=window_days)).isoformat()
    pairs: dict[tuple[str, ...], dict[str, Any]] = {}
    for row in store.dyads(since, until, start, split):
        key = tuple(sorted((row["source"], row["target"])))
        pair = pairs.setdefault(key, {"a": key[0], "b": key[1]} | dict.fromkeys(PAIR_SUMS, 0))
        for k in PAIR_SUMS:
            pair[k] = round(pair[k] + row[k], 2)
    for pair in pairs.values():
        pair["change"] = round(pair["after"] - pair["before"], 2)
    strongest = sorted(pairs.values(), key=lambda p: (-p["events"], p["a"], p["b"]))
    changed = sorted((p for p in pairs.values() if p["change"]), key=lambda p: (-abs(p["change"]), p["a"], p["b"]))
    return {"strongest": strongest[:top], "changed": changed[:top],
            "windows": {"before": [start, split], "after": [split, last]}}
