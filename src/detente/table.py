"""A readable summary of records for the terminal (``--format table``)."""

from __future__ import annotations

from typing import IO, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def render(records: list[dict[str, Any]], out: IO[Any]) -> None:
    """Print, per article, its headline figures and its quotes, events and times."""
    console = Console(file=out, width=120, soft_wrap=False)
    for rec in records:
        art = rec["article"]
        console.rule(Text(f"{art['title'] or art['id']}  ({art['published'] or 'no date'})", style="bold"))
        console.print(f"{len(art['text'])} chars, {len(rec['actors'])} actors, {len(rec['times'])} times, "
                      f"{len(rec['quotes'])} quotes, {len(rec['events'])} events")
        for warning in rec["warnings"]:
            console.print(Text("warning: ", style="yellow") + Text(warning))
        if rec["quotes"]:
            console.print(_quotes(rec["quotes"]))
        if rec["events"]:
            console.print(_events(rec["events"]))
        if rec["actors"]:
            console.print(_actors(rec["actors"]))
        if rec["times"]:
            console.print(_times(rec["times"]))


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _quotes(quotes: list[dict[str, Any]]) -> Table:
    t = Table("speaker", "kind", "cue", "date", "quote", title="Quotes", title_justify="left")
    for q in quotes:
        sp = q["speaker"]
        _row(t, sp.get("name") or "?", q["kind"], q["cue"] or "", q["date"] or "", _short(q["text"]))
    return t


def _events(events: list[dict[str, Any]]) -> Table:
    t = Table("source", "type", "mode", "target", "intensity", "date", "evidence", title="Events",
              title_justify="left")
    for e in events:
        target = (e["target"] or {}).get("name") or ""
        _row(t, e["source"].get("name") or "?", e["type"] + (" (neg)" if e["negated"] else ""),
                  e["mode"] or "", target, f"{e['intensity']:+g}", e["date"] or "", _short(e["evidence"]["text"], 50))
    return t


def _actors(actors: list[dict[str, Any]]) -> Table:
    t = Table("name", "kind", "country", "sector", "role", "mentions", title="Actors", title_justify="left")
    for a in actors:
        _row(t, a["name"], a["kind"], a["country"] or "", a["sector"] or "", a["role"] or "", str(len(a["mentions"])))
    return t


def _times(times: list[dict[str, Any]]) -> Table:
    t = Table("text", "type", "value", title="Times", title_justify="left")
    for x in times:
        _row(t, x["text"], x["type"], x["value"])
    return t


def _row(table: Table, *cells: str) -> None:
    """A row of text taken as it is: brackets in article text are never markup."""
    table.add_row(*(Text(c) for c in cells))
