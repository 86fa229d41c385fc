"""Records as flat rows and pandas DataFrames: one table per layer, keyed by article id.

Columns follow the record, nested fields joined by ``_`` (an event's ``source.country`` is ``source_country``,
its evidence ``evidence`` with ``evidence_start`` and ``evidence_end``), with the names the store's CSV export
uses for the same values. In GDELT's terms ``cameo`` is the EventCode, ``quad`` the QuadClass and ``source_country``
and ``target_country`` Actor1CountryCode and Actor2CountryCode; in PLOVER's, ``type`` is the event type and
``mode`` its mode.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .errors import UsageError

Record = dict[str, Any]
PARTY = ("key", "actor", "name", "country", "sector")


def article_rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for r in records:
        a = r["article"]
        yield {"article_id": a["id"], "title": a["title"], "published": a["published"], "source": a["source"],
               "url": a["url"], "chars": len(a["text"]), "actors": len(r["actors"]), "times": len(r["times"]),
               "quotes": len(r["quotes"]), "events": len(r["events"]), "warnings": "; ".join(r.get("warnings", [])),
               "text": a["text"]}


def actor_rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for r in records:
        for x in r["actors"]:
            yield {"article_id": r["article"]["id"], "id": x["id"], "key": x["key"], "name": x["name"],
                   "kind": x["kind"], "country": x["country"], "sector": x["sector"], "role": x["role"],
                   "kb_id": x["kb_id"], "mentions": len(x["mentions"]),
                   "first_start": min((m["start"] for m in x["mentions"]), default=None)}


def time_rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for r in records:
        for t in r["times"]:
            yield {"article_id": r["article"]["id"], "text": t["text"], "type": t["type"], "value": t["value"],
                   "start": t["start"], "end": t["end"]}


def quote_rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for r in records:
        for q in r["quotes"]:
            s = q["speaker"]
            yield {"article_id": r["article"]["id"], "id": q["id"], "kind": q["kind"], "content": q["content"],
                   "speaker_name": s["name"], "speaker_key": s["key"], "speaker_country": s["country"],
                   "speaker_role": s["role"], "speaker_actor": s["actor"], "cue": q["cue"], "date": q["date"],
                   "date_basis": q["date_basis"], "start": q["start"], "end": q["end"], "text": q["text"]}


def event_rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    for r in records:
        a = r["article"]
        for seq, e in enumerate(r["events"]):
            target = e["target"] or {}
            yield {"article_id": a["id"], "article_url": a["url"], "seq": seq, "type": e["type"], "mode": e["mode"],
                   "cameo": e["cameo"], "quad": e["quad"], "intensity": e["intensity"], "negated": e["negated"],
                   "modality": e["modality"], **{f"source_{f}": e["source"][f] for f in PARTY},
                   **{f"target_{f}": target.get(f) for f in PARTY}, "date": e["date"],
                   "date_basis": e["date_basis"], "quote": e["quote"], "evidence": e["evidence"]["text"],
                   "evidence_start": e["evidence"]["start"], "evidence_end": e["evidence"]["end"]}


EVENT_COLUMNS = ("article_id", "article_url", "seq", "type", "mode", "cameo", "quad", "intensity", "negated",
                 "modality", *(f"source_{f}" for f in PARTY), *(f"target_{f}" for f in PARTY), "date", "date_basis",
                 "quote", "evidence", "evidence_start", "evidence_end")
TABLES = {"articles": article_rows, "actors": actor_rows, "quotes": quote_rows, "events": event_rows,
          "times": time_rows}


def frames(records: Iterable[Record]) -> dict[str, Any]:
    """The records as pandas DataFrames: ``articles``, ``actors``, ``quotes``, ``events`` and ``times``, one row
    per item, each with the ``article_id`` it belongs to. Needs pandas (``pip install pandas``)."""
    try:
        import pandas as pd
    except ImportError:
        raise UsageError("detente.frames needs pandas: pip install pandas") from None
    kept = list(records)
    out: dict[str, Any] = {}
    for name, rows in TABLES.items():
        table = list(rows(kept))
        out[name] = pd.DataFrame(table, columns=list(next(rows([_ONE_OF_EACH]))))
    return out


def _empty_record() -> Record:
    """A record with one item of each layer, only to name the columns of the tables (empty ones included)."""
    span = {"start": 0, "end": 0, "text": ""}
    party = dict.fromkeys(PARTY)
    return {
        "article": {"id": "", "title": None, "published": None, "source": None, "url": None, "text": ""},
        "actors": [{"id": "", "key": None, "name": "", "kind": "", "country": None, "sector": None, "role": None,
                    "kb_id": None, "mentions": []}],
        "times": [{**span, "type": "", "value": ""}],
        "quotes": [{**span, "id": "", "kind": "", "content": "", "cue": None, "date": None, "date_basis": None,
                    "speaker": {**dict.fromkeys(("name", "key", "country", "role", "actor")), "mention": None}}],
        "events": [{"type": "", "mode": None, "cameo": None, "quad": 0, "intensity": 0.0, "negated": False,
                    "modality": "", "source": party, "target": None, "date": None, "date_basis": None,
                    "quote": None, "evidence": span}],
    }


_ONE_OF_EACH = _empty_record()
