"""Loading stored articles back into the records they were stored from."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any


def load(conn: sqlite3.Connection, pk: int) -> dict[str, Any]:
    """The record of the stored article ``pk``, equal to the one that was stored."""
    a = conn.execute("SELECT * FROM articles WHERE pk = ?", (pk,)).fetchone()
    text = a["text"]

    def span(start: int, end: int) -> dict[str, Any]:
        return {"start": start, "end": end, "text": text[start:end]}

    def spans(offsets: str) -> list[dict[str, Any]]:
        return [span(s, e) for s, e in json.loads(offsets)]

    return {
        "article": {k: a[k] for k in ("id", "title", "published", "source", "url", "text")},
        "provenance": {k: a[k] for k in ("version", "model", "data")},
        "actors": _actors(conn, pk, span),
        "times": [{"text": text[t["start"]:t["end"]], "start": t["start"], "end": t["end"], "type": t["type"],
                   "value": t["value"]}
                  for t in conn.execute('SELECT * FROM times WHERE article = ? ORDER BY seq', (pk,))],
        "quotes": [_quote(q, span, spans) for q in conn.execute("SELECT * FROM quotes WHERE article = ? ORDER BY pk",
                                                                 (pk,))],
        "events": [_event(e, span, spans) for e in conn.execute("SELECT * FROM events WHERE article = ? ORDER BY seq",
                                                                 (pk,))],
        "warnings": json.loads(a["warnings"]),
    }


def _actors(conn: sqlite3.Connection, pk: int, span: Any) -> list[dict[str, Any]]:
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in conn.execute('SELECT actor, start, "end" FROM mentions WHERE article = ? ORDER BY actor, seq', (pk,)):
        mentions[m["actor"]].append(span(m["start"], m["end"]))
    fields = ("id", "key", "name", "kind", "country", "sector", "role", "kb_id")
    rows = conn.execute("SELECT * FROM article_actors WHERE article = ? ORDER BY seq", (pk,)).fetchall()
    return [{**{f: r[f] for f in fields}, "mentions": mentions[r["id"]]} for r in rows]


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
        "date_basis": e["date_basis"], "quote": e["quote"], "evidence": span(e["evidence_start"], e["evidence_end"]),
        "also": spans(e["also"]),
    }
