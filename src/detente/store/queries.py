"""Reading the store: quotes, events, actors, statistics and the dyad aggregates the relations are built from.

Every function takes a connection and plain values, and returns plain dicts. Actor arguments are already resolved
to a country or organisation code (``RUS``, ``EU``) or to an actor key (``person:vladimir-putin``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any

from . import records

BUCKETS = {  # the first day of the period a day falls in (weeks start on Monday)
    "day": "{d}",
    "week": "date({d}, '-6 days', 'weekday 1')",
    "month": "substr({d}, 1, 7) || '-01'",
}
EVENT_COLUMNS = (
    "e.pk AS id, a.id AS article_id, a.title AS article_title, a.url AS article_url, a.source AS article_source,"
    " a.published AS article_published, a.added AS added, e.seq, e.seq = 0 AS is_root, e.type, e.mode, e.cameo,"
    " e.quad, e.intensity, e.negated, e.modality, e.source_key, e.source_actor, e.source_name, e.source_country,"
    " e.source_sector, e.has_target, e.target_key, e.target_actor, e.target_name, e.target_country, e.target_sector,"
    " e.date, e.date_basis, e.day, e.quote, e.evidence_start, e.evidence_end,"
    " substr(inflate(a.text), e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence_text, e.cluster,"
    " e.location_name, e.location_country, e.location_geonames_id, e.location_lat, e.location_lon"
)
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
ORDERS = {"day": "e.day, e.pk", "intensity": "e.intensity DESC, e.day, e.pk",
          "-intensity": "e.intensity ASC, e.day, e.pk"}
# what counts towards a relation: events that are said to happen, not denied or imagined ones
COUNTED = "e.negated = 0 AND e.modality <> 'hypothetical'"


class Where:
    """A WHERE clause built from optional filters, every value a parameter."""

    def __init__(self) -> None:
        self.terms: list[str] = []
        self.params: list[Any] = []

    def add(self, term: str, *params: Any) -> None:
        self.terms.append(term)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.terms) if self.terms else ""


def _party(where: Where, side: str, who: str | None) -> None:
    """A party given as an actor key (it has a colon) or as a country or organisation code."""
    if who:
        where.add(f"e.{side}_key = ?" if ":" in who else f"e.{side}_country = ?", who)


def events(conn: sqlite3.Connection, source: str | None = None, target: str | None = None,
           type_: str | None = None, quad: int | None = None, since: str | None = None, until: str | None = None,
           limit: int | None = None, offset: int = 0, order: str = "day", pair: tuple[str, str] | None = None,
           counted: bool = False) -> Iterator[dict[str, Any]]:
    """Events matching every given filter, by day (or by ``order``: 'intensity' or '-intensity', strongest
    cooperation or conflict first), each with its article and its cluster's report counts. ``pair``: either
    direction between two codes; ``counted``: only the events a relation counts."""
    where = Where()
    _party(where, "source", source)
    _party(where, "target", target)
    if pair:
        _pair(where, "e.source_country", "e.target_country", *pair)
    if counted:
        where.add(COUNTED)
    if type_:
        where.add("e.type = ?", type_.upper())
    if quad:
        where.add("e.quad = ?", quad)
    _days(where, "e.day", since, until)
    sql = (f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.pk = e.article{where.sql()}"
           f" ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?")
    cursor = conn.execute(sql, [*where.params, -1 if limit is None else limit, offset])
    while rows := cursor.fetchmany(500):
        counts = _cluster_counts(conn, {r["cluster"] for r in rows if r["cluster"] is not None})
        yield from (_event_row(r, counts) for r in rows)


def _pair(where: Where, one: str, other: str, a: str, b: str) -> None:
    where.add(f"(({one} = ? AND {other} = ?) OR ({one} = ? AND {other} = ?))", a, b, b, a)


def _days(where: Where, column: str, since: str | None, until: str | None) -> None:
    if since:
        where.add(f"{column} >= ?", since)
    if until:
        where.add(f"{column} <= ?", until)


def _cluster_counts(conn: sqlite3.Connection, clusters: set[int]) -> dict[int, tuple[int, int, int]]:
    """(reports, articles, sources) of each cluster."""
    if not clusters:
        return {}
    rows = conn.execute(
        "SELECT e.cluster, count(*), count(DISTINCT e.article), count(DISTINCT coalesce(a.source, a.url, a.id))"
        " FROM events e JOIN articles a ON a.pk = e.article WHERE e.cluster IN (SELECT value FROM json_each(?))"
        " GROUP BY e.cluster", (json.dumps(sorted(clusters)),))
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _event_row(r: sqlite3.Row, counts: dict[int, tuple[int, int, int]]) -> dict[str, Any]:
    row = dict(r)
    for k in ("evidence_start", "evidence_end", "evidence_text", "has_target"):
        del row[k]
    row["negated"], row["is_root"] = bool(r["negated"]), bool(r["is_root"])
    row["evidence"] = {"start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence_text"]}
    row["location"] = records.location(r)
    for k in ("name", "country", "geonames_id", "lat", "lon"):
        del row[f"location_{k}"]
    row["num_reports"], row["num_articles"], row["num_sources"] = counts.get(r["cluster"], (1, 1, 1))
    return row


def fts_query(words: str) -> str:
    """User words as an FTS5 query: every word must appear; a quoted phrase stays a phrase."""
    phrases = re.findall(r'"([^"]+)"|(\S+)', words)
    terms = [CONTROL.sub(" ", p or w).replace('"', "").strip() for p, w in phrases]  # SQLite stops at a NUL
    return " ".join(f'"{t}"' for t in terms if t)


def quotes(conn: sqlite3.Connection, speaker: str | None = None, country: str | None = None,
           about: str | None = None, since: str | None = None, until: str | None = None, search: str | None = None,
           ids: list[int] | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Quotes matching every given filter, by day, each with its speaker, article and the countries it is about."""
    where = Where()
    if speaker:
        where.add("q.speaker_key = ?" if ":" in speaker else "q.speaker_country = ?", speaker)
    if country:
        where.add("q.speaker_country = ?", country)
    if about:
        where.add("EXISTS (SELECT 1 FROM quote_about qa WHERE qa.quote = q.pk AND qa.country = ?)", about)
    _days(where, "q.day", since, until)
    if ids is not None:
        where.add("q.pk IN (SELECT value FROM json_each(?))", json.dumps(ids))
    # words alone: walk the quotes by day and keep the matches, rather than sort every match
    hint = " INDEXED BY quotes_day" if search and not where.terms else ""
    if search and fts_query(search):
        where.add("q.pk IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", fts_query(search))
    chosen = [r[0] for r in conn.execute(f"SELECT q.pk FROM quotes q{hint}{where.sql()} ORDER BY q.day, q.pk"
                                         " LIMIT ? OFFSET ?", [*where.params, -1 if limit is None else limit,
                                                               offset])]
    sql = ("SELECT q.*, coalesce(q.content, substr(inflate(a.text), q.start + 1, q.\"end\" - q.start)) AS words,"
           " a.id AS article_id, a.title AS article_title, a.url AS article_url,"
           " a.published AS article_published, (SELECT group_concat(country) FROM quote_about WHERE quote = q.pk)"
           " AS about FROM quotes q JOIN articles a ON a.pk = q.article"
           " WHERE q.pk IN (SELECT value FROM json_each(?)) ORDER BY q.day, q.pk")
    return [_quote_row(r) for r in conn.execute(sql, (json.dumps(chosen),))]


def search_articles(conn: sqlite3.Connection, words: str, limit: int) -> list[dict[str, Any]]:
    """Articles whose title or text holds every word (the article index keeps no positions, so a phrase counts as
    its words), the most recently stored first, each with a snippet; the words found are between the marks \x02
    and \x03."""
    query = " ".join(f'"{w}"' for w in re.findall(r"\w+", words))
    if not query:
        return []
    chosen = [r[0] for r in conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?", (query, limit))]
    rows = conn.execute(
        "SELECT a.id, a.title, a.published, a.url, snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet"
        " FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid WHERE articles_fts MATCH ?"
        " AND articles_fts.rowid IN (SELECT value FROM json_each(?)) ORDER BY a.pk DESC",
        (query, json.dumps(chosen)))
    return [dict(r) for r in rows]


def actor(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """The stored actor with this key."""
    row = conn.execute("SELECT * FROM actors WHERE key = ?", (key,)).fetchone()
    return dict(row) if row else None


def _quote_row(r: sqlite3.Row) -> dict[str, Any]:
    keep = ("article_id", "article_title", "article_url", "article_published", "kind", "cue", "date", "date_basis",
            "day", "start", "end", "speaker_name", "speaker_key", "speaker_country", "speaker_role")
    return {"id": r["pk"], "quote_id": r["id"], "text": r["words"], **{k: r[k] for k in keep},
            "about": sorted((r["about"] or "").split(",")) if r["about"] else []}


def actors(conn: sqlite3.Connection, top: int | None = None, country: str | None = None) -> list[dict[str, Any]]:
    """Actors by the number of articles that name them, with their quotes and events as source or target."""
    where = Where()
    where.add("x.articles > 0")
    if country:
        where.add("x.country = ?", country)
    sql = ("SELECT x.*,"
           " (SELECT count(*) FROM quotes q WHERE q.speaker_key = x.key) AS quotes,"
           " (SELECT count(*) FROM events e WHERE e.source_key = x.key) AS as_source,"
           " (SELECT count(*) FROM events e WHERE e.target_key = x.key) AS as_target"
           f" FROM actors x{where.sql()} ORDER BY x.articles DESC, x.key LIMIT ?")
    return [dict(r) for r in conn.execute(sql, [*where.params, -1 if top is None else top])]


def suggest(conn: sqlite3.Connection, prefix: str, limit: int) -> list[dict[str, Any]]:
    """Actors by name or country code prefix, with the number of articles naming them."""
    pattern = prefix.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn.execute(
        "SELECT x.key, x.name, x.kind, x.country, x.articles FROM actors x WHERE x.articles > 0 AND"
        " (x.name LIKE ? ESCAPE '\\' OR x.country LIKE ? ESCAPE '\\') ORDER BY x.kind <> 'state', x.articles DESC"
        " LIMIT ?", (pattern, pattern, limit))
    return [dict(r) for r in rows]


def find_actor(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Stored actors whose key or name is ``name``, else people of that family name; most named first."""
    sql = "SELECT x.* FROM actors x WHERE x.articles > 0 AND ({}) ORDER BY x.articles DESC"
    rows = conn.execute(sql.format("x.key = ? OR x.name = ? COLLATE NOCASE"), (name, name)).fetchall()
    if not rows and " " not in name.strip():
        rows = conn.execute(sql.format("x.kind = 'person' AND x.name LIKE ? ESCAPE '\\'"),
                            ("% " + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"),)).fetchall()
    return [dict(r) for r in rows]


def has_code(conn: sqlite3.Connection, code: str) -> bool:
    """Whether any event party or stored actor has this country or organisation code."""
    return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM events WHERE source_country = ?)"
                             " OR EXISTS (SELECT 1 FROM actors WHERE country = ?)", (code, code)).fetchone()[0])


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts of everything stored, the dates covered and the provenance of the records."""
    one = conn.execute(
        "SELECT (SELECT count(*) FROM articles) AS articles,"
        " (SELECT count(*) FROM actors WHERE articles > 0) AS actors,"
        " (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM events) AS events,"
        " (SELECT count(*) FROM clusters) AS distinct_events,"
        " (SELECT min(day) FROM events) AS first_day, (SELECT max(day) FROM events) AS last_day").fetchone()
    out = dict(one)
    out["dyads"] = conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT source_country, target_country FROM events"
        " WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country)"
    ).fetchone()[0]
    out["events_by_type"] = dict(conn.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC"))
    out["events_by_quad"] = {str(k): v for k, v in conn.execute("SELECT quad, count(*) FROM events GROUP BY quad")}
    out["provenance"] = [dict(r) for r in conn.execute(
        "SELECT version, model, data, count(*) AS articles FROM articles GROUP BY version, model, data")]
    return out


def dyad_events(conn: sqlite3.Connection, a: str, b: str, freq: str, since: str | None,
                until: str | None) -> list[dict[str, Any]]:
    """Per period and direction (a to b, b to a): reports, distinct events, QuadClass counts and intensities."""
    bucket = BUCKETS[freq].format(d="e.day")
    where = Where()
    _pair(where, "e.source_country", "e.target_country", a, b)
    where.add(COUNTED)
    where.add("e.day IS NOT NULL")
    _days(where, "e.day", since, until)
    sql = (
        "SELECT period, forward, sum(reports) AS reports, count(*) AS events, sum(quad = 1) AS q1,"
        " sum(quad = 2) AS q2, sum(quad = 3) AS q3, sum(quad = 4) AS q4, sum(isum) AS intensity_sum,"
        " sum(imean) AS net, sum(max(imean, 0)) AS cooperation, sum(min(imean, 0)) AS conflict FROM ("
        f"  SELECT {bucket} AS period, e.source_country = ? AS forward,"
        "   coalesce(e.cluster, -e.pk) AS c, count(*) AS reports, max(e.quad) AS quad, sum(e.intensity) AS isum,"
        f"  avg(e.intensity) AS imean FROM events e{where.sql()} GROUP BY period, forward, c"
        ") GROUP BY period, forward ORDER BY period")
    return [{**dict(r), "forward": bool(r["forward"])} for r in conn.execute(sql, [a, *where.params])]


def dyad_quotes(conn: sqlite3.Connection, a: str, b: str, freq: str, since: str | None,
                until: str | None) -> list[dict[str, Any]]:
    """Per period and direction: the number of quotes one side's speakers gave about the other."""
    bucket = BUCKETS[freq].format(d="qa.day")
    where = _quotes_between(a, b, since, until)
    sql = (f"SELECT {bucket} AS period, qa.speaker_country = ? AS forward, count(*) AS quotes"
           f" FROM quote_about qa{where.sql()} GROUP BY period, forward")
    return [{**dict(r), "forward": bool(r["forward"])} for r in conn.execute(sql, [a, *where.params])]


def dyad_quote_ids(conn: sqlite3.Connection, a: str, b: str, since: str | None, until: str | None,
                   limit: int | None = None) -> list[int]:
    """The quotes one side's speakers gave about the other, by day."""
    where = _quotes_between(a, b, since, until)
    sql = f"SELECT qa.quote FROM quote_about qa{where.sql()} ORDER BY qa.day, qa.quote LIMIT ?"
    return [r[0] for r in conn.execute(sql, [*where.params, -1 if limit is None else limit])]


def _quotes_between(a: str, b: str, since: str | None, until: str | None) -> Where:
    where = Where()
    _pair(where, "qa.speaker_country", "qa.country", a, b)
    where.add("qa.day <> ''")
    _days(where, "qa.day", since, until)
    return where


def dyads(conn: sqlite3.Connection, since: str | None = None, until: str | None = None, start: str = "",
          split: str = "") -> list[dict[str, Any]]:
    """Activity per directed pair of countries or organisations, with the summed intensity of the window
    [start, split) as ``before`` and from ``split`` on as ``after``."""
    where = Where()
    where.add("e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND e.source_country <> e.target_country")
    where.add(COUNTED)
    _days(where, "e.day", since, until)
    sql = ("SELECT e.source_country AS source, e.target_country AS target, count(*) AS reports,"
           " count(DISTINCT coalesce(e.cluster, -e.pk)) AS events, sum(e.intensity) AS intensity_sum,"
           " sum(CASE WHEN e.day >= ? AND e.day < ? THEN e.intensity ELSE 0 END) AS before,"
           " sum(CASE WHEN e.day >= ? THEN e.intensity ELSE 0 END) AS after"
           f" FROM events e{where.sql()} GROUP BY e.source_country, e.target_country")
    return [dict(r) for r in conn.execute(sql, [start, split, split, *where.params])]


def article_rows(conn: sqlite3.Connection, since: str | None, until: str | None) -> list[int]:
    """The stored articles published in the range (undated ones last), by publication date."""
    where = Where()
    _days(where, "published", since, until)
    sql = f"SELECT pk FROM articles{where.sql()} ORDER BY published IS NULL, published, pk"
    return [r[0] for r in conn.execute(sql, where.params)]


def last_day(conn: sqlite3.Connection) -> str | None:
    """The latest day an event counts on."""
    row = conn.execute("SELECT max(day) FROM events").fetchone()
    return row[0] if row else None


def outdated(conn: sqlite3.Connection, version: str | None, model: str | None,
             data: str | None) -> list[int]:
    """Stored articles extracted with another version, model or data than these."""
    rows = conn.execute("SELECT pk FROM articles WHERE version IS NOT ? OR model IS NOT ? OR data IS NOT ?"
                        " ORDER BY pk", (version, model, data))
    return [r[0] for r in rows]


def watched(conn: sqlite3.Connection, source: str) -> dict[str, str]:
    """What ``detente watch`` has read of a folder or a feed: each file's or item's state when read."""
    return {r[0]: r[1] for r in conn.execute("SELECT item, state FROM watched WHERE source = ?", (source,))}
