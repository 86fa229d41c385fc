"""Readers: turn files, directories, JSON Lines and stdin into Articles (or InputErrors naming the input)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .document import Article, Document
from .errors import InputError
from .settings import Settings, parse_date
from .errors import UsageError

log = logging.getLogger(__name__)


def read(paths: Iterable[str], settings: Settings) -> Iterator[Article | InputError]:
    """Every article found under ``paths``, in order; '-' reads stdin."""
    for path in paths:
        if path == "-":
            yield from _read_text_source(sys.stdin.buffer.read(), "<stdin>", settings)
            continue
        p = Path(path)
        if not p.exists():
            yield InputError(path, "no such file or directory")
        elif p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file():
                    yield from read_file(child, settings)
        else:
            yield from read_file(p, settings)


def read_file(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, settings)
        return
    yield from _read_text_source(path.read_bytes(), str(path), settings)


def read_jsonl(path: Path, settings: Settings) -> Iterator[Article | InputError]:
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            label = f"{path}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(label, f"line is not JSON ({exc.msg})")
                continue
            text = obj.get("text") if isinstance(obj, dict) else None
            if not isinstance(text, str) or not text.strip():
                yield InputError(label, "line has no text")
                continue
            try:
                published = parse_date(obj.get("published"), "published")
            except UsageError:
                published = None
            yield Article(id=str(obj.get("id") or Article.stable_id(text)), text=text, title=obj.get("title"),
                          published=published, source=obj.get("source") or label, url=obj.get("url"),
                          origin="jsonl")


def _read_text_source(data: bytes, label: str, settings: Settings) -> Iterator[Article | InputError]:
    text = data.decode("utf-8-sig", errors="replace")
    if not text.strip():
        yield InputError(label, "file is empty")
        return
    yield from_text(text, label)


def from_text(text: str, source: str | None) -> Article:
    return Article(id=Article.stable_id(text), text=text, source=source)


def check_language(document: Document) -> None:
    """Warn when the article does not seem to be in English."""
