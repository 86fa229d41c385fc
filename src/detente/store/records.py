"""Loading stored articles back into the records they were stored from."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .schema import inflate


def load(conn: sqlite3.Connection, pk: int) -> dict[str, Any]:
    """The record of the stored article ``pk``, equal to the one that was stored."""
    a = conn.execute("SELECT * FROM articles WHERE pk = ?", (pk,)).fetchone()
    text = inflate(a["text"]) or ""
    layers = json.loads(inflate(a["layers"]) or "")

    def span(start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": text[start:end]}

    def spans(offsets: str) -> list[dict[str, Any]]:
        return [span(s, e) for s, e in json.loads(offsets)]

    return {
        "article": {**{k: a[k] for k in ("id", "title", "published", "source", "url")}, "text": text},
        "provenance": {k: a[k] for k in ("version", "model", "data")},
        "actors": _actors(conn, layers["actors"], span),
        "times": [{"text": text[s:e], "start": s, "end": e, "type": type_, "value": value}
                  for s, e, type_, value in layers["times"]],
        "quotes": [_quote(q, span, spans) for q in conn.execute("SELECT * FROM quotes WHERE article = ? ORDER BY pk",
                                                                 (pk,))],
        "events": [_event(e, span, spans) for e in conn.execute("SELECT * FROM events WHERE article = ? ORDER BY seq",
                                                                 (pk,))],
        "warnings": json.loads(a["warnings"]),
    }


def _actors(conn: sqlite3.Connection, actors: list[dict[str, Any]], span: Any) -> list[dict[str, Any]]:
    """An article's actors: each field its own where it has it, else the stored actor's of its key."""
    stored = {r["key"]: dict(r) for r in conn.execute(
        "SELECT key, name, kind, country, sector, role, kb_id FROM actors"
        " WHERE key IN (SELECT value FROM json_each(?))",
        (json.dumps([x["key"] for x in actors if x["key"]]),))}
    return [{**stored.get(x["key"], {}), **x, "mentions": [span(s, e) for s, e in x["mentions"]]} for x in actors]


def _quote(q: sqlite3.Row, span: Any, spans: Any) -> dict[str, Any]:
    mention = span(q["mention_start"], q["mention_end"]) if q["mention_start"] is not None else None
    speaker = {"actor": q["speaker_actor"], "key": q["speaker_key"], "name": q["speaker_name"],
               "country": q["speaker_country"], "role": q["speaker_role"], "mention": mention}
    whole = span(q["start"], q["end"])
    return {"id": q["id"], **whole, "kind": q["kind"], "cue": q["cue"], "date": q["date"],
            "date_basis": q["date_basis"], "parts": spans(q["parts"]),
            "content": whole["text"] if q["content"] is None else q["content"], "speaker": speaker}


def _party(e: sqlite3.Row, side: str) -> dict[str, Any]:
    return {f: e[f"{side}_{f}"] for f in ("actor", "key", "name", "country", "sector")}


def _event(e: sqlite3.Row, span: Any, spans: Any) -> dict[str, Any]:
    return {
        "type": e["type"], "mode": e["mode"], "cameo": e["cameo"], "quad": e["quad"], "intensity": e["intensity"],
        "negated": bool(e["negated"]), "modality": e["modality"], "source": _party(e, "source"),
        "target": _party(e, "target") if e["has_target"] else None, "date": e["date"],
        "date_basis": e["date_basis"], "location": location(e), "quote": e["quote"],
        "evidence": span(e["evidence_start"], e["evidence_end"]),
        "also": spans(e["also"]),
    }


def location(e: sqlite3.Row) -> dict[str, Any] | None:
    """A stored event's location, None where it has none."""
    if e["location_name"] is None:
        return None
    return {f: e[f"location_{f}"] for f in ("name", "country", "geonames_id", "lat", "lon")}
