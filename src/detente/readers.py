"""Readers: turn files, directories, JSON Lines, HTML pages, PDFs, feeds and stdin into Articles.

Every input that cannot be read becomes an InputError naming the input and the reason; one bad file never
stops the others. Nothing here touches the network: pages and feeds are parsed from the given bytes only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import io
import json
import logging
import re
import sys
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .document import Article, Document
from .errors import InputError, UsageError
from .quotemarks import CLOSING_CHARS
from .settings import Settings, parse_date, parse_published

log = logging.getLogger(__name__)

Item = Article | InputError

# File kinds by extension; a directory is read for these only.
EXTENSIONS = {".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html", ".pdf": "pdf",
              ".jsonl": "jsonl", ".xml": "feed", ".rss": "feed", ".atom": "feed"}
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Single-byte encodings a detector may confuse with cp1252 on short Western texts.
WESTERN = re.compile(r"cp125\d|windows-125\d|iso8859_\d+|latin[_-]?\d|mac_\w+|cp8\d\d|cp437")
CLOSERS = CLOSING_CHARS + ")"  # closing quotes and brackets after a headline's last word
NOTES = (".md",)  # text files a folder holds as notes more often than as articles: read when named or included
# Files a folder holds beside its articles: read only when --include names them.
NOT_ARTICLES = re.compile(r"(readme|licen[cs]e|copying|notice|authors|contributors|contributing|changelog|changes"
                          r"|history|code_of_conduct|security|todo)([._-].*)?", re.IGNORECASE)
LANGUAGE_MIN_CHARS = 200  # shorter texts are not checked: the guess would be noise
LANGUAGE_MIN_PROB = 0.9


class _Unreadable(Exception):
    """A file-level failure with the reason to report."""


def read(paths: Iterable[str], settings: Settings) -> Iterator[Item]:
    """Every article found under ``paths``, in order; '-' reads stdin."""
    for path in paths:
        if path == "-":
            yield from read_stdin(settings)
            continue
        p = Path(path)
        if not p.exists():
            yield InputError(path, "no such file or directory")
        elif p.is_dir():
            yield from read_directory(p, settings)
        elif not p.is_file():  # a device, a FIFO or a socket: reading it may never end
            yield InputError(path, "not a regular file; give a file, a directory, or - for stdin")
        else:
            yield from read_file(p, settings)


def estimate(paths: Iterable[str], include: Iterable[str] = (), upto: int | None = None) -> int | None:
    """About how many articles ``read`` will find (a line per JSON Lines article, one per other file), or None
    when that cannot be known beforehand (stdin); with ``upto``, counting stops once there are that many."""
    total = 0
    for path in paths:
        p = Path(path)
        if path == "-":
            return None
        for f in article_files(p, tuple(include)) if p.is_dir() else [p]:
            jsonl = EXTENSIONS.get(f.suffix.lower()) == "jsonl" and f.is_file()  # never opens a device or a pipe
            total += _count_lines(f, None if upto is None else upto - total) if jsonl else 1
            if upto is not None and total >= upto:
                return total
    return total


def _count_lines(path: Path, upto: int | None = None) -> int:
    count = 0
    try:
        with path.open("rb") as f:
            for line in f:
                count += bool(line.strip())
                if upto is not None and count >= upto:
                    break
    except OSError:
        return 1
    return count


def read_directory(directory: Path, settings: Settings) -> Iterator[Item]:
    """Every article file under ``directory``, recursively, sorted by path (see ``article_files``)."""
    try:
        files = list(article_files(directory, settings.include))
    except OSError as exc:
        yield InputError(str(directory), f"cannot list the directory ({exc.strerror or exc})")
        return
    for path in files:
        yield from read_file(path, settings)


def article_files(directory: Path, include: tuple[str, ...] = ()) -> Iterator[Path]:
    """The files of a folder that hold articles: known extensions, neither hidden nor README-, LICENSE- or
    CHANGELOG-like; a file matching one of the ``include`` globs (on its path inside the folder or its name) is
    read whatever it is."""
    for child in sorted(directory.rglob("*")):
        if not child.is_file():
            continue
        inside = child.relative_to(directory)
        if any(inside.match(glob) or child.name == glob for glob in include):
            yield child
        elif any(part.startswith(".") for part in inside.parts):
            log.debug("skipping %s: hidden", child)
        elif NOT_ARTICLES.fullmatch(child.name):
            log.info("skipping %s: a folder's notes, not an article (--include reads it)", child)
        elif child.suffix.lower() in EXTENSIONS and child.suffix.lower() not in NOTES:
            yield child
        else:
            log.debug("skipping %s: not a known article file type", child)


def unique(items: Iterable[Item]) -> Iterator[Item]:
    """Each article once: a later one with the id or the content of one already given is skipped, with a
    warning naming both."""
    seen: dict[str, str] = {}  # id or content digest -> where it was first found
    for item in items:
        if isinstance(item, Article):
            digest = "content:" + hashlib.sha1(" ".join(item.text.split()).encode("utf-8", "surrogatepass"))\
                .hexdigest()
            label = item.source or item.id
            first = seen.get("id:" + item.id) or seen.get(digest)
            if first is not None:
                same = "id" if "id:" + item.id in seen else "text"
                log.warning("skipping '%s': the same article (%s) as '%s', read once", label, same, first)
                continue
            seen["id:" + item.id] = seen[digest] = label
        yield item


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    """The articles of one file (several for JSON Lines and feeds), or InputErrors naming the file."""
    label = str(path)
    if EXTENSIONS.get(path.suffix.lower()) == "jsonl":
        return stream_jsonl(path, settings)
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise _Unreadable(f"file is {megabytes(size)}, over the {megabytes(settings.max_bytes)} limit")
        with path.open("rb") as f:
            data = f.read(settings.max_bytes + 1)  # the limit holds even if the file grows while read
        if len(data) > settings.max_bytes:
            raise _Unreadable(f"file is over the {megabytes(settings.max_bytes)} limit")
    except _Unreadable as exc:
        return iter([InputError(label, str(exc))])
    except OSError as exc:
        return iter([InputError(label, exc.strerror or str(exc))])
    return iter(read_bytes(data, label, settings, EXTENSIONS.get(path.suffix.lower())))


def read_stdin(settings: Settings) -> Iterator[Item]:
    """The articles on standard input; the kind (JSON Lines, HTML, PDF, feed or text) is sniffed."""
    if sys.stdin is None or sys.stdin.closed:
        return iter([InputError("<stdin>", "standard input is closed")])
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = stream.read(settings.max_bytes + 1) if stream else sys.stdin.read(settings.max_bytes + 1).encode()
    except (OSError, ValueError) as exc:
        return iter([InputError("<stdin>", f"cannot read standard input ({exc})")])
    if len(data) > settings.max_bytes:
        return iter([InputError("<stdin>", f"input is over the {megabytes(settings.max_bytes)} limit")])
    return iter(read_bytes(data, "<stdin>", settings, None))


def read_bytes(data: bytes, label: str, settings: Settings, kind: str | None = None) -> list[Item]:
    """The articles in ``data``; ``kind`` comes from the file extension, else it is sniffed."""
    kind = _sniff(data, kind)
    try:
        return _READERS[kind](data, label, settings)
    except _Unreadable as exc:
        return [InputError(label, str(exc))]
    except Exception as exc:  # one bad file never stops a batch
        log.debug("reading %s as %s failed", label, kind, exc_info=True)
        reason = f"{type(exc).__name__}: {_one_line(exc)}"
        return [InputError(label, f"unexpected error reading it as {kind} ({reason})")]


def _sniff(data: bytes, kind: str | None) -> str:
    """The reader for ``data``: PDF by its magic bytes, else the extension's kind, else the content's look."""
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if kind not in (None, "text"):
        return kind
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<body" in head):
        return "html"
    if head.startswith(b"<?xml") and re.search(rb"<(rss|feed|rdf:rdf)\b", head):
        return "feed"
    if head.startswith((b"<rss", b"<feed")):
        return "feed"
    if kind is None and head.startswith(b"{"):
        return "jsonl"
    return "text"


# ---- plain text ----

def decode(data: bytes) -> str:
    """Text of ``data``: BOMs first, then strict UTF-8, then detection; raises _Unreadable for binary data."""
    return decode_noting(data)[0]


def decode_noting(data: bytes) -> tuple[str, list[str]]:
    """``decode``, with a note for what the text's reader should know (a file that mixes encodings)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), []
    if b"\x00" in data:
        wide = _utf16(data)
        if wide is None or _looks_binary(wide):
            raise _Unreadable("binary file, not text")
        return wide, []
    notes = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        mixed = _mixed(data)
        if mixed is not None:
            text, count = mixed
            notes.append(f"the file mixes encodings: {count} line{'s' * (count > 1)} read as Windows-1252, the rest"
                         " as UTF-8")
        else:
            text = _detect(data)
    if _looks_binary(text):
        raise _Unreadable("binary file, not text")
    return text, notes


def _utf16(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: mostly ASCII, so every other byte is zero."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros > 0.6 * half and other < 0.05 * half:
            return data.decode(encoding, errors="replace")
    return None


def _mixed(data: bytes) -> tuple[str, int] | None:
    """Lines in UTF-8 beside lines in Windows-1252 (a file pasted together): each line in its own encoding, and
    how many were not UTF-8; None when no line is UTF-8 beyond ASCII."""
    lines: list[str] = []
    legacy, wide = 0, False
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
            wide = wide or not raw.isascii()
        except UnicodeDecodeError:
            western = _western(raw)
            if western is None:
                return None
            lines.append(western)
            legacy += 1
    return ("\n".join(lines), legacy) if wide and legacy else None


def _detect(data: bytes) -> str:
    """Decode non-UTF-8 bytes, preferring cp1252 where the detector guessed a similar Western code page."""
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    western = _western(data)
    if best is None:
        if western is None:
            raise _Unreadable("binary file, not text")
        return western
    if western is not None and (WESTERN.fullmatch(best.encoding.lower()) or not _latin(str(best))):
        return western  # a short Western text the detector took for another script
    log.debug("decoded as %s", best.encoding)
    return str(best)


def _western(data: bytes) -> str | None:
    """The bytes as cp1252 when that reads as mostly-ASCII Latin text (accents here and there), else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if not c.isascii())
    return text if letters and foreign <= 0.2 * len(letters) and _latin(text) else None


def _latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha() and not c.isascii())


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    return controls > max(2, len(sample) // 100)


def _read_text(data: bytes, label: str, settings: Settings) -> list[Item]:
    text, notes = decode_noting(data)
    if len(text.strip()) < settings.min_chars:
        short = f"text is too short (under {settings.min_chars} characters)"
        raise _Unreadable(short if text.strip() else "file is empty")
    article = Article(id=Article.stable_id(text), text=text, title=headline(text), source=label)
    article.warnings.extend(notes)
    return [article]


def from_text(text: str, source: str | None) -> Article:
    """An Article of a text given directly (not read from a file); a leading headline becomes the title."""
    return Article(id=Article.stable_id(text), text=text, title=headline(text), source=source)


def headline(text: str) -> str | None:
    """The first line when it looks like a headline: short, not a sentence, set apart or in title case."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) < 2:
        return None
    first, following = lines[0].strip(), lines[1].strip()
    words = first.split()
    if not 2 <= len(words) <= 20 or len(first) > 150 or first.rstrip(CLOSERS).endswith(tuple(".,;:")):
        return None
    if not following:
        return first
    if following[0].islower():
        return None
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return first if long_words and capitalised / len(long_words) >= 0.7 else None


# ---- HTML ----

def _read_html(data: bytes, label: str, settings: Settings) -> list[Item]:
    import trafilatura

    page = trafilatura.bare_extraction(decode(data), with_metadata=True, include_comments=False,
                                       include_tables=False, include_images=False)
    text = _paragraphs(getattr(page, "text", None) or "")
    if len(text) < settings.min_chars:
        raise _Unreadable("no article text found in the HTML page")
    if sum(len(p.split()) for p in text.split("\n\n") if _sentence_like(p)) < PROSE_MIN_WORDS:
        raise _Unreadable("no article text found in the HTML page (only links, menus and headings)")
    html = decode(data)
    published = _date_or_none(getattr(page, "date", None))
    if published and (published.month, published.day) == (1, 1) and not _names_day(html, published):
        published = None  # a bare year, as a copyright line gives it, is no publication date
    return [Article(id=Article.stable_id(text), text=text, title=getattr(page, "title", None) or None,
                    published=published, source=label, url=getattr(page, "url", None) or None, origin="html")]


PROSE_MIN_WORDS = 15  # an article page has at least this many words in sentences


def _sentence_like(paragraph: str) -> bool:
    """A paragraph of running text: several words ending as a sentence does."""
    return len(paragraph.split()) >= 6 and paragraph.rstrip().rstrip(CLOSERS)[-1:] in (".", "!", "?", ":")


def _names_day(html: str, date: dt.date) -> bool:
    """Whether the page writes out this very day (not only its year)."""
    return any(form in html for form in (date.isoformat(), f"1 January {date.year}", f"January 1, {date.year}",
                                         f"{date.year}/01/01", f"01/01/{date.year}", f"{date.year}0101"))


def _paragraphs(text: str) -> str:
    """One paragraph a line becomes paragraphs separated by blank lines."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _date_or_none(value: object) -> dt.date | None:
    try:
        return parse_date(str(value), "date") if value else None
    except UsageError:
        log.debug("ignoring unreadable date %r", value)
        return None


# ---- PDF ----

def _read_pdf(data: bytes, label: str, settings: Settings) -> list[Item]:
    pages = pdf_pages(data)
    if not any(p.strip() for p in pages):
        raise _Unreadable("PDF has no text layer (scanned?); run OCR first")
    text = "\n\f\n".join(p.strip("\n") for p in pages)
    return [Article(id=Article.stable_id(text), text=text, title=_pdf_title(data), source=label,
                    origin="pdf")]


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page; pypdf's warnings about damaged files are silenced (the error says it all)."""
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    with warnings.catch_warnings(), _quiet("pypdf"):
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise _Unreadable("PDF is encrypted; decrypt it or pass the text")
            return [page.extract_text() or "" for page in reader.pages]
        except (FileNotDecryptedError, DependencyError):
            raise _Unreadable("PDF is encrypted; decrypt it or pass the text") from None
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            raise _Unreadable(f"PDF is damaged ({_one_line(exc) or type(exc).__name__})") from None


def _pdf_title(data: bytes) -> str | None:
    import pypdf

    with warnings.catch_warnings(), _quiet("pypdf"):
        warnings.simplefilter("ignore")
        try:
            meta = pypdf.PdfReader(io.BytesIO(data)).metadata
            return (meta.title or "").strip() or None if meta else None
        except Exception:  # metadata is optional; the text was read already
            return None


@contextlib.contextmanager
def _quiet(name: str) -> Iterator[None]:
    """Raise a library logger's level to ERROR for the duration of a block."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


# ---- JSON Lines ----

def stream_jsonl(path: Path, settings: Settings) -> Iterator[Item]:
    """The articles of a JSON Lines file, read a line at a time: a corpus of any size, each line under the limit."""
    label, seen = str(path), False
    try:
        with path.open("rb") as lines:
            for n, raw in enumerate(lines, 1):
                if not raw.strip():
                    continue
                seen = True
                try:
                    if len(raw) > settings.max_bytes:
                        limit = megabytes(settings.max_bytes)
                        raise _Unreadable(f"line is {megabytes(len(raw))}, over the {limit} limit")
                    yield _jsonl_article(decode(raw), f"{label}:{n}", settings)
                except _Unreadable as exc:
                    yield InputError(f"{label}:{n}", str(exc))
    except OSError as exc:
        yield InputError(label, exc.strerror or str(exc))
        return
    if not seen:
        yield InputError(label, "file is empty")


def _read_jsonl(data: bytes, label: str, settings: Settings) -> list[Item]:
    items: list[Item] = []
    for n, line in enumerate(decode(data).split("\n"), 1):
        if line.strip():
            try:
                items.append(_jsonl_article(line, f"{label}:{n}", settings))
            except _Unreadable as exc:
                items.append(InputError(f"{label}:{n}", str(exc)))
    if not items:
        raise _Unreadable("file is empty")
    return items


def _jsonl_article(line: str, label: str, settings: Settings) -> Article:
    """One JSON Lines article: id, title, published, url, source, text (only text is required)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"line is not JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise _Unreadable("line is nested too deeply to be an article") from None
    if not isinstance(obj, dict):
        raise _Unreadable("line is not a JSON object")
    return _fields_article(obj, label, settings)


def from_fields(fields: dict[str, Any], label: str, settings: Settings) -> Item:
    """An article from the fields of a JSON Lines line (id, title, published, url, source, text), or an InputError
    naming ``label`` and what is wrong."""
    try:
        return _fields_article(fields, label, settings)
    except _Unreadable as exc:
        return InputError(label, str(exc).replace("line has", "item has"))


def _fields_article(obj: dict[str, Any], label: str, settings: Settings) -> Article:
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _Unreadable("line has no text (a 'text' field with the article is required)")
    published, warning = None, None
    if settings.published is None and obj.get("published") not in (None, ""):
        try:
            published, warning = parse_published(str(obj["published"]))
        except UsageError as exc:
            raise _Unreadable(f"{exc}, or leave it out") from None
    article = Article(id=_str(obj.get("id")) or Article.stable_id(text), text=text, title=_str(obj.get("title")),
                      published=published, source=_str(obj.get("source")) or label, url=_str(obj.get("url")),
                      origin="jsonl")
    if published and warning:
        article.warnings.append(warning)
    return article


def _str(value: object) -> str | None:
    return None if value is None or value == "" else str(value)


# ---- feeds ----

def _read_feed(data: bytes, label: str, settings: Settings) -> list[Item]:
    feed = parse_feed(data)
    if not feed.entries:
        raise _Unreadable(f"no articles found in the feed ({feed_problem(feed) or 'no entries'})")
    return [entry_article(entry, f"{label}:entry {n}", label, settings) for n, entry in enumerate(feed.entries, 1)]


def parse_feed(data: bytes) -> Any:
    """An RSS or Atom feed parsed by feedparser from ``data`` only: relative links are left as they are, HTML is
    sanitised, and nothing is fetched."""
    import feedparser

    return feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)


def feed_problem(feed: Any) -> str:
    """What feedparser found wrong with a feed, in one line ('' when nothing)."""
    return _one_line(feed.get("bozo_exception", ""))


def entry_article(entry: Any, label: str, source: str, settings: Settings) -> Item:
    """The article of one feed entry, or an InputError naming ``label`` when the entry has no text."""
    text = html_text(_entry_html(entry))
    if len(text) < settings.min_chars:
        return InputError(label, "feed entry has no text")
    return Article(id=Article.stable_id(text), text=text, title=entry.get("title") or None,
                   published=_entry_date(entry), source=source, url=entry.get("link") or None, origin="feed")


def _entry_html(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", [])]
    return max(contents + [entry.get("summary", "")], key=len)


def _entry_date(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None


class _TextOf(HTMLParser):
    """Text of an HTML fragment, a blank line between blocks."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}
    SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in self.SKIP
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in self.SKIP and self.skipping > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(" ".join(data.splitlines()))


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's summary or content): paragraphs split by blank lines."""
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def megabytes(n: int) -> str:
    """A size as people read it: 52 MB, 1.5 MB, 2 KB."""
    if n >= 10_000_000:
        return f"{n / 1_000_000:.0f} MB"
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(1, round(n / 1000))} KB"


_READERS: dict[str, Callable[[bytes, str, Settings], list[Item]]] = {
    "text": _read_text, "html": _read_html, "pdf": _read_pdf, "jsonl": _read_jsonl, "feed": _read_feed}


# ---- language ----

@functools.cache
def _identifier() -> Any:
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


@functools.cache
def language_names() -> dict[str, str]:
    """Language names by ISO 639 code, from the package data file."""
    raw = resources.files("detente").joinpath("data/languages.yaml").read_text(encoding="utf-8")
    return {str(k): str(v) for k, v in yaml.safe_load(raw)["languages"].items()}


def check_language(document: Document) -> None:
    """Warn when the article does not seem to be in English: written mostly in another script, or, for texts long
    enough to tell, identified as another language."""
    text = document.text[:5000]
    script = _main_script(text)
    if script is not None:
        document.warnings.append(f"text is mostly in {script} script, not English")
        return
    if len(text.strip()) < LANGUAGE_MIN_CHARS:
        return
    code, prob = _identifier().classify(text)
    if code in ("en", "zxx") or prob < LANGUAGE_MIN_PROB:
        return
    name = language_names().get(code, code)
    document.warnings.append(f"text seems to be in {name} ({code}), not English")


SCRIPT_MIN_LETTERS = 20
_LETTERS = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTERS = re.compile(r"[^\W\d_\x00-\x7f]")


def _main_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in, when that is not Latin (CJK, ARABIC, CYRILLIC, ...)."""
    counts: dict[str, int] = {}
    letters = len(_LETTERS.findall(text))
    for c in _NON_ASCII_LETTERS.findall(text):
        script = unicodedata.name(c, "UNKNOWN").split()[0]
        counts[script] = counts.get(script, 0) + 1
    if letters < SCRIPT_MIN_LETTERS:
        return None
    script, n = max(counts.items(), key=lambda kv: kv[1], default=("LATIN", 0))
    if script == "LATIN" or n < 0.5 * letters:
        return None
    return {"CJK": "Chinese (CJK)", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean"}.get(
        script, script.title())
