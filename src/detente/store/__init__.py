"""The store: an SQLite database of records (articles, actors, mentions, times, quotes, events, event clusters).

``Store`` is the one way in: it opens and migrates the database, writes records in transactions and answers
queries with plain dicts (or pandas DataFrames). It knows the record, never the pipeline, so it loads no model.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError, UsageError
from . import queries, records, schema, write

DEFAULT_PATH = "detente.db"
FREQS = tuple(queries.BUCKETS)
CLUSTERS = 3  # the schema version that brought event clusters
__all__ = ["DEFAULT_PATH", "FREQS", "Store", "default_path", "frame"]


def default_path() -> Path:
    """``$DETENTE_DB``, else ``./detente.db``."""
    return Path(os.environ.get("DETENTE_DB") or DEFAULT_PATH)


FTS_MERGE_PAGES = 200  # work bound of the search-index merge when a store closes after writes


class Store:
    """A Détente store on disk; one writer at a time, any number of readers."""

    def __init__(self, path: str | Path | None = None, create: bool = True) -> None:
        self.path = Path(path) if path else default_path()
        self.conn = schema.connect(self.path, create=create)
        self.wrote = False
        try:
            before = schema.version(self.conn)
            self.version = schema.migrate(self.conn)
            if before < CLUSTERS <= self.version:  # events stored before clusters existed
                with self.transaction():
                    write.cluster_pending(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"cannot open store '{self.path}': {exc}") from None

    def close(self) -> None:
        """Close; after writes, merge search segments, give back the pages freed and fold the write-ahead log into
        the database file."""
        if self.wrote:
            try:
                for index in ("quotes_fts", "articles_fts"):  # fold small search segments together, bounded
                    self.conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('merge', -{FTS_MERGE_PAGES})")
                self.conn.executescript("PRAGMA incremental_vacuum;")  # run to the end (a page per step)
                self.conn.execute("PRAGMA optimize")
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.OperationalError:  # another connection is busy: the log is folded in later
                pass
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside are stored together or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        self.wrote = True
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def put(self, record: dict[str, Any], raw: str | None = None, origin: str = "text", replace: bool = False) -> str:
        """Store a record (inside ``transaction()``, or alone): 'stored', 'unchanged' or 'replaced'.

        A record that cannot be stored raises StoreError and leaves the store as it was.
        """
        if not self.conn.in_transaction:
            with self.transaction():
                return self.put(record, raw, origin, replace)
        self.conn.execute("SAVEPOINT put")
        try:
            outcome = write.put(self.conn, record, raw, origin, replace)
        except (sqlite3.Error, KeyError, TypeError, ValueError) as exc:
            self.conn.execute("ROLLBACK TO put")
            self.conn.execute("RELEASE put")
            label = (record.get("article") or {}).get("id") if isinstance(record, dict) else None
            raise StoreError(f"cannot store '{label}': {type(exc).__name__}: {exc}") from None
        self.conn.execute("RELEASE put")
        return outcome

    def has(self, text: str) -> bool:
        """Whether an article with this content is stored."""
        return self.article_with(text) is not None

    def article_with(self, text: str) -> str | None:
        """The id of the stored article with this content, if any."""
        row = self.conn.execute("SELECT id FROM articles WHERE hash = ?", (write.content_hash(text),)).fetchone()
        return str(row[0]) if row else None

    def outdated(self, provenance: dict[str, str | None]) -> list[int]:
        """Stored articles (by row) extracted with another version, model or data than ``provenance``."""
        return queries.outdated(self.conn, provenance.get("version"), provenance.get("model"), provenance.get("data"))

    def source(self, pk: int) -> dict[str, Any]:
        """What a stored article was read as: the fields an article is rebuilt from, text as read included."""
        row = self.conn.execute("SELECT id, title, published, source, url, inflate(coalesce(raw, text)) AS text,"
                                " origin FROM articles WHERE pk = ?", (pk,)).fetchone()
        if row is None:
            raise StoreError(f"no stored article with row {pk}")
        return dict(row)

    def watched(self, source: str) -> dict[str, str]:
        """What ``detente watch`` has read of a folder or a feed (the folder's path or the feed's URL): each file
        (by its path inside the folder) or feed item (by its id) with its state when read."""
        return queries.watched(self.conn, source)

    def mark_watched(self, source: str, items: dict[str, str]) -> None:
        """Remember that these files or feed items of ``source`` were read (item -> its state), so that a watch
        reads them again only when they change."""
        if not self.conn.in_transaction:
            with self.transaction():
                return self.mark_watched(source, items)
        write.watched(self.conn, source, items)

    # -- reading ---------------------------------------------------------------------------------------------
    def record(self, article_id: str) -> dict[str, Any]:
        """The stored record of an article, as ``detente extract`` wrote it."""
        row = self.conn.execute("SELECT pk FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"no article '{article_id}' in '{self.path}'")
        return records.load(self.conn, row[0])

    def records(self, since: str | None = None, until: str | None = None) -> Iterator[dict[str, Any]]:
        """Every stored record, by publication date."""
        for pk in queries.article_rows(self.conn, since, until):
            yield records.load(self.conn, pk)

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles without their text, newest first."""
        rows = self.conn.execute(
            "SELECT id, title, published, source, url, origin, version, model, data, added, chars"
            " FROM articles ORDER BY published IS NULL, published DESC, pk DESC LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset))
        return [dict(r) for r in rows]

    def events(self, source: str | None = None, target: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Events by day; ``source`` and ``target`` take codes, names or actor keys."""
        return list(self.iter_events(source, target, **filters))

    def iter_events(self, source: str | None = None, target: str | None = None,
                    **filters: Any) -> Iterator[dict[str, Any]]:
        """Events by day, streamed (for exports of any size)."""
        if "type" in filters:
            filters["type_"] = filters.pop("type")
        yield from queries.events(self.conn, self.resolve(source), self.resolve(target), **filters)

    def quotes(self, speaker: str | None = None, country: str | None = None, about: str | None = None,
               **filters: Any) -> list[dict[str, Any]]:
        """Quotes by day; ``speaker`` takes a name or key, ``country`` and ``about`` codes or names."""
        speaker_key = self.resolve(speaker) if speaker else None
        return queries.quotes(self.conn, speaker_key, self.resolve(country), self.resolve(about), **filters)

    def actors(self, top: int | None = None, country: str | None = None) -> list[dict[str, Any]]:
        return queries.actors(self.conn, top, self.resolve(country))

    def actor(self, key: str) -> dict[str, Any] | None:
        return queries.actor(self.conn, key)

    def search_articles(self, words: str, limit: int = 30) -> list[dict[str, Any]]:
        """Articles holding every word (full-text), best first, with a snippet marking the words found."""
        return queries.search_articles(self.conn, words, limit)

    def suggest(self, prefix: str, limit: int = 10) -> list[dict[str, Any]]:
        """Actors whose name or code starts with ``prefix``, those named in most articles first (type-ahead)."""
        return queries.suggest(self.conn, prefix, limit)

    def stats(self) -> dict[str, Any]:
        out = queries.stats(self.conn)
        out["schema_version"] = self.version
        out["path"] = str(self.path)
        out["bytes"] = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.is_file())
        out["text_bytes"] = self.conn.execute("SELECT coalesce(sum(size), 0) FROM articles").fetchone()[0]
        return out

    # -- names -----------------------------------------------------------------------------------------------
    def code(self, name: str) -> str:
        """The country or organisation code for what a user typed, a person standing for their country."""
        found = self.resolve(name)
        if found and ":" in found:
            row = self.conn.execute("SELECT country FROM actors WHERE key = ?", (found,)).fetchone()
            if not row or not row[0]:
                raise UsageError(f"'{name}' has no country or organisation to stand for in relations")
            return str(row[0])
        return str(found)

    def dyad(self, a: str, b: str, freq: str, since: str | None = None,
             until: str | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Per period and direction, the events and the quotes between two codes."""
        if freq not in FREQS:
            raise UsageError(f"unknown frequency '{freq}'; choose from {', '.join(FREQS)}")
        return (queries.dyad_events(self.conn, a, b, freq, since, until),
                queries.dyad_quotes(self.conn, a, b, freq, since, until))

    def dyad_quotes(self, a: str, b: str, since: str | None = None, until: str | None = None,
                    limit: int | None = None) -> list[dict[str, Any]]:
        """The quotes each side's speakers gave about the other, by day."""
        ids = queries.dyad_quote_ids(self.conn, a, b, since, until, limit)
        return queries.quotes(self.conn, ids=ids) if ids else []

    def dyads(self, since: str | None = None, until: str | None = None, start: str = "",
              split: str = "") -> list[dict[str, Any]]:
        return queries.dyads(self.conn, since, until, start, split)

    def last_day(self) -> str | None:
        return queries.last_day(self.conn)

    def resolve(self, name: str | None) -> str | None:
        """What a user typed, as the store knows it: a state or organisation as its code (RUS, EU), a person or a
        body as its key (``person:vladimir-putin``, ``name:kremlin/RUS``)."""
        if not name:
            return None
        name = name.strip()
        if name.isupper() and (queries.has_code(self.conn, name) or _kb_code(name)):
            return name
        found = queries.find_actor(self.conn, name)
        if found:
            actor = found[0]
            return str(actor["country"] if actor["kind"] == "state" and actor["country"] else actor["key"])
        code = _kb_code(name)
        if code:
            return code
        raise UsageError(f"unknown actor '{name}': give a country or organisation code (RUS, EU, NATO), "
                         "a name known to the knowledge base, or a name or key found in the store")


def _kb_code(name: str) -> str | None:
    """The country or organisation code the knowledge base gives a name ('Russia', 'the EU', 'Moscow')."""
    from .. import kb

    base = kb.load()
    if name.upper() in base.countries:
        return name.upper()
    for entry in base.find(name):
        if entry.kind != "person" and entry.country:
            return entry.country
    return None


def frame(rows: Iterable[dict[str, Any]]) -> Any:
    """Rows as a pandas DataFrame (pandas is optional)."""
    try:
        import pandas as pd
    except ImportError:
        raise UsageError("DataFrames need pandas: pip install pandas") from None
    return pd.DataFrame(list(rows))
