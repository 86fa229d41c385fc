"""Opening a store: the SQLite connection settings and the numbered migrations applied by ``PRAGMA user_version``."""

from __future__ import annotations

import logging
import sqlite3
import zlib
from importlib import resources
from pathlib import Path

from ..errors import StoreError

log = logging.getLogger(__name__)


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, SQL) of every migration script shipped in the package, in order."""
    folder = resources.files("detente.store").joinpath("migrations")
    out = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            number, _, name = item.name.removesuffix(".sql").partition("_")
            out.append((int(number), name, item.read_text(encoding="utf-8")))
    return sorted(out)


LATEST = migrations()[-1][0]


def connect(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """A connection in WAL mode with foreign keys on; it waits for a writer instead of failing at once."""
    target = Path(path)
    if not create and not target.is_file():
        raise StoreError(f"no store at '{path}'; create one with 'detente ingest'")
    if target.is_dir():
        raise StoreError(f"cannot open store '{path}': it is a directory")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(target, isolation_level=None, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.create_function("deflate", 1, deflate, deterministic=True)
        conn.create_function("inflate", 1, inflate, deterministic=True)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # takes on a new store only: freed pages can be given back
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StoreError(f"cannot open store '{path}': {exc}") from None
    return conn


def deflate(text: str | None) -> bytes | None:
    """A text as the store keeps it: UTF-8, zlib-compressed."""
    return None if text is None else zlib.compress(text.encode("utf-8", "surrogatepass"))


def inflate(data: bytes | str | None) -> str | None:
    """A stored text as it was given to ``deflate``."""
    if data is None or isinstance(data, str):
        return data
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, upto: int = LATEST) -> int:
    """Apply the migrations the store has not had yet, each in its own transaction; return the version reached."""
    _check_not_newer(version(conn))
    for number, name, sql in migrations():
        if number > upto:
            break
        if version(conn) >= number:  # a reader of an up-to-date store takes no lock
            continue
        conn.execute("BEGIN IMMEDIATE")  # another process may be migrating: wait for it, then look again
        try:
            current = version(conn)
            _check_not_newer(current)
            if current < number:
                log.info("migrating store to version %d (%s)", number, name)
                for statement in statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"cannot migrate the store to version {number} ({name}): {exc}") from None
        except StoreError:
            conn.execute("ROLLBACK")
            raise
    return version(conn)


def _check_not_newer(current: int) -> None:
    if current > LATEST:
        raise StoreError(f"the store is at schema version {current}, newer than this Détente ({LATEST}); "
                         "upgrade Détente to read it")


def statements(sql: str) -> list[str]:
    """The complete SQL statements of a script, triggers included."""
    out, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        out.append(pending.strip())
    return out
