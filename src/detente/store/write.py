"""Writing records: one article with all its layers per call, inside the caller's transaction.

An article is known by its content hash (the same text is stored once), and by its id and URL (new content under
the same id or URL replaces the old version). Events are grouped across articles into clusters: the reports of
one event share its dyad (country or organisation level), its PLOVER type and a day within one of each other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from typing import Any

from .schema import deflate, inflate

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2})?$")
LOCATION = ("name", "country", "geonames_id", "lat", "lon")  # an event's location, as columns location_<field>


def content_hash(text: str) -> str:
    """The identity of an article's content: the same text, whatever its spacing, has the same hash."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def series_day(date: str | None, published: str | None) -> str | None:
    """The day a dated item counts on in a series: its own full date, else the publication date, else its month."""
    if date and FULL_DATE.match(date):
        return date
    if published:
        return published
    if date and PARTIAL_DATE.match(date):
        return (date + "-01-01")[:10] if len(date) == 4 else date + "-01"
    return None


def put(conn: sqlite3.Connection, record: dict[str, Any], raw: str | None = None, origin: str = "text",
        replace: bool = False) -> str:
    """Store one record; return 'stored', 'unchanged' (this content is already stored) or 'replaced'."""
    a = record["article"]
    digest = content_hash(raw if raw is not None else a["text"])
    if not replace and conn.execute("SELECT 1 FROM articles WHERE hash = ?", (digest,)).fetchone():
        return "unchanged"
    old = conn.execute("SELECT pk FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)",
                       (a["id"], a["url"])).fetchall()
    for row in old:
        delete_article(conn, row[0])
    _insert_actors(conn, record["actors"])
    pk = _insert_article(conn, record, digest, raw, origin)
    _insert_quotes(conn, pk, record["quotes"], a["text"], a["published"])
    _insert_events(conn, pk, record["events"], a["published"])
    _link_quotes(conn, pk, record)
    return "replaced" if old else "stored"


def delete_article(conn: sqlite3.Connection, pk: int) -> None:
    """Remove an article with every layer, and the event clusters it alone reported."""
    clusters = [r[0] for r in conn.execute("SELECT DISTINCT cluster FROM events WHERE article = ? AND cluster "
                                           "IS NOT NULL", (pk,))]
    layers = json.loads(inflate(conn.execute("SELECT layers FROM articles WHERE pk = ?", (pk,)).fetchone()[0]) or "{}")
    conn.executemany("UPDATE actors SET articles = articles - 1 WHERE key = ?",
                     [(k,) for k in {x["key"] for x in layers.get("actors", []) if x["key"]}])
    conn.execute("DELETE FROM quotes WHERE article = ?", (pk,))  # first: their search entries need the text
    conn.execute("DELETE FROM articles WHERE pk = ?", (pk,))
    conn.executemany("DELETE FROM clusters WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events WHERE cluster = ?)",
                     [(c, c) for c in clusters])


def _insert_article(conn: sqlite3.Connection, record: dict[str, Any], digest: str, raw: str | None,
                    origin: str) -> int:
    a, prov = record["article"], record.get("provenance") or {}
    added = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    read = raw if raw is not None else a["text"]
    cursor = conn.execute(
        "INSERT INTO articles (id, hash, title, published, source, url, text, raw, chars, size, layers, origin,"
        " warnings, version, model, data, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a["id"], digest, a["title"], a["published"], a["source"], a["url"], deflate(a["text"]),
         deflate(raw) if raw is not None and raw != a["text"] else None, len(a["text"]),
         len(read.encode("utf-8", "surrogatepass")), deflate(_layers(conn, record)), origin,
         json.dumps(record.get("warnings", []), ensure_ascii=False),
         prov.get("version"), prov.get("model"), prov.get("data"), added))
    return int(cursor.lastrowid or 0)


def _layers(conn: sqlite3.Connection, record: dict[str, Any]) -> str:
    """The layers read only with their article, as one JSON document: its actors with their mentions, and its
    times. An actor with a key keeps only the fields where it differs from the stored actor of that key."""
    stored = {r["key"]: dict(r) for r in conn.execute(
        "SELECT * FROM actors WHERE key IN (SELECT value FROM json_each(?))",
        (json.dumps([x["key"] for x in record["actors"] if x["key"]]),))}
    actors = []
    for x in record["actors"]:
        known = stored.get(x["key"], {})
        actors.append({**{k: v for k, v in x.items() if k in ("id", "key") or (k != "mentions" and (
            k not in known or known[k] != v))}, "mentions": [[m["start"], m["end"]] for m in x["mentions"]]})
    return json.dumps({"actors": actors, "times": [[t["start"], t["end"], t["type"], t["value"]]
                                                   for t in record["times"]]},
                      ensure_ascii=False, separators=(",", ":"))


def _insert_actors(conn: sqlite3.Connection, actors: list[dict[str, Any]]) -> None:
    """Add the actors not stored yet (under their global key), and count one more article for each."""
    fields = ("key", "name", "kind", "country", "sector", "role", "kb_id")
    conn.executemany("INSERT INTO actors (key, name, kind, country, sector, role, kb_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (key) DO NOTHING",
                     [tuple(x[f] for f in fields) for x in actors if x["key"]])
    conn.executemany("UPDATE actors SET articles = articles + 1 WHERE key = ?",
                     [(k,) for k in {x["key"] for x in actors if x["key"]}])


def _insert_quotes(conn: sqlite3.Connection, pk: int, quotes: list[dict[str, Any]], text: str,
                   published: str | None) -> None:
    rows = []
    for q in quotes:
        s, mention = q["speaker"], q["speaker"]["mention"] or {}
        content = None if q["content"] == text[q["start"]:q["end"]] else q["content"]
        rows.append((pk, q["id"], q["start"], q["end"], q["kind"], q["cue"], q["date"], q["date_basis"],
                     series_day(q["date"], published), content, _offsets(q["parts"]), s["actor"], s["key"],
                     s["name"], s["country"], s["role"], mention.get("start"), mention.get("end")))
    conn.executemany(
        'INSERT INTO quotes (article, id, start, "end", kind, cue, date, date_basis, day, content, parts,'
        " speaker_actor, speaker_key, speaker_name, speaker_country, speaker_role, mention_start, mention_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _insert_events(conn: sqlite3.Connection, pk: int, events: list[dict[str, Any]], published: str | None) -> None:
    party = ("actor", "key", "name", "country", "sector")
    for seq, e in enumerate(events):
        source, target, place = e["source"], e["target"] or {}, e.get("location") or {}
        day = series_day(e["date"], published)
        cursor = conn.execute(
            "INSERT INTO events (article, seq, type, mode, cameo, quad, intensity, negated, modality, source_actor,"
            " source_key, source_name, source_country, source_sector, has_target, target_actor, target_key,"
            " target_name, target_country, target_sector, date, date_basis, day, quote, evidence_start,"
            " evidence_end, also, location_name, location_country, location_geonames_id, location_lat, location_lon)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pk, seq, e["type"], e["mode"], e["cameo"], e["quad"], e["intensity"], int(e["negated"]), e["modality"],
             *(source[f] for f in party), int(e["target"] is not None), *(target.get(f) for f in party),
             e["date"], e["date_basis"], day, e["quote"], e["evidence"]["start"], e["evidence"]["end"],
             _offsets(e["also"]), *(place.get(f) for f in LOCATION)))
        if source["country"] and target.get("country") and day:
            cluster_event(conn, int(cursor.lastrowid or 0), source["country"], target["country"], e["type"], day)


def cluster_event(conn: sqlite3.Connection, event: int, source: str, target: str, type_: str, day: str) -> int:
    """Put an event into the cluster of its dyad and type dated nearest within a day, or into a new one."""
    row = conn.execute(
        "SELECT id FROM clusters WHERE source = ? AND target = ? AND type = ? AND day BETWEEN date(?, '-1 day')"
        " AND date(?, '+1 day') ORDER BY abs(julianday(day) - julianday(?)), id LIMIT 1",
        (source, target, type_, day, day, day)).fetchone()
    cluster = row[0] if row else conn.execute("INSERT INTO clusters (source, target, type, day) VALUES (?, ?, ?, ?)",
                                              (source, target, type_, day)).lastrowid
    conn.execute("UPDATE events SET cluster = ? WHERE pk = ?", (cluster, event))
    return int(cluster or 0)


def cluster_pending(conn: sqlite3.Connection) -> int:
    """Cluster the events stored before clusters existed (after a migration); return how many."""
    rows = conn.execute("SELECT pk, source_country, target_country, type, day FROM events WHERE cluster IS NULL AND"
                        " source_country IS NOT NULL AND target_country IS NOT NULL AND day IS NOT NULL").fetchall()
    for row in rows:
        cluster_event(conn, *row)
    return len(rows)


def _link_quotes(conn: sqlite3.Connection, pk: int, record: dict[str, Any]) -> None:
    """Record the countries each quote of the article is about: actors named inside it, targets of its events."""
    about: dict[str, set[str]] = {q["id"]: set() for q in record["quotes"]}
    for q in record["quotes"]:
        about[q["id"]].update(x["country"] for x in record["actors"] if x["country"] and any(
            q["start"] <= m["start"] and m["end"] <= q["end"] for m in x["mentions"]))
    for e in record["events"]:
        if e["quote"] in about and e["target"] and e["target"]["country"]:
            about[e["quote"]].add(e["target"]["country"])
    rows = conn.execute("SELECT pk, id, coalesce(speaker_country, ''), coalesce(day, '') FROM quotes"
                        " WHERE article = ?", (pk,)).fetchall()
    conn.executemany("INSERT INTO quote_about (country, speaker_country, day, quote) VALUES (?, ?, ?, ?)",
                     [(country, speaker, day, quote) for quote, id_, speaker, day in rows
                      for country in sorted(about.get(id_, ()))])


def _offsets(spans: list[dict[str, Any]]) -> str:
    return json.dumps([[s["start"], s["end"]] for s in spans])


def watched(conn: sqlite3.Connection, source: str, items: dict[str, str]) -> None:
    """Remember that ``detente watch`` has read these files or feed items of ``source`` (item -> its state)."""
    seen = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    conn.executemany("INSERT INTO watched (source, item, state, seen) VALUES (?, ?, ?, ?) ON CONFLICT (source, item)"
                     " DO UPDATE SET state = excluded.state, seen = excluded.seen",
                     [(source, item, state, seen) for item, state in items.items()])
