"""Text repair for PDF- and copy-paste-style text: unwrap hard line breaks, rejoin paragraphs split by page
breaks, drop page furniture and inline boilerplate, rejoin words hyphenated at line ends.

A clean text is never altered: unless one of these repairs applies, the text is returned byte-identical, so
offsets into a clean input stay offsets into the output. Patterns live in ``data/boilerplate.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources

import yaml

from .document import Document
from .quotemarks import CLOSE_DOUBLE, CLOSING, CLOSING_CHARS

TERMINAL = ".!?…:;"
CLOSERS = CLOSING_CHARS + ")]"  # what may follow the end of a sentence
BULLET = re.compile(r"\s*([-–—•*·▪]\s|\d{1,2}[.)]\s|\([a-z0-9]\)\s)")
HYPHENATED = re.compile(r"(?<=[^\W\d_])-$")
LONG_LINE = 0.6  # a line at least this share of the wrap width may continue on the next line
FULL_LINE = 0.85  # a line this full continues even after a sentence end
MAX_WRAP_WIDTH = 160  # lines longer than this are paragraphs, not hard-wrapped lines


@dataclass(frozen=True)
class Patterns:
    """Repair patterns from the package data file."""

    boilerplate: tuple[tuple[str, re.Pattern[str]], ...]
    max_chars: int
    page_numbers: tuple[re.Pattern[str], ...]
    hyphen_prefixes: frozenset[str]


@dataclass
class Block:
    """Lines between blank lines; ``page`` when a page break (form feed, several blank lines) precedes it."""

    lines: list[str]
    page: bool = False
    glue: set[int] = field(default_factory=set)  # i: line i continues on line i + 1 (rejoined over a page)


@functools.cache
def patterns() -> Patterns:
    """The repair patterns, loaded once."""
    path = resources.files("detente").joinpath("data/boilerplate.yaml")
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    return Patterns(
        boilerplate=tuple((b["label"], re.compile(b["pattern"], flags)) for b in raw["boilerplate"]),
        max_chars=int(raw["max_chars"]),
        page_numbers=tuple(re.compile(p, flags) for p in raw["page_numbers"]),
        hyphen_prefixes=frozenset(w.lower() for w in raw["hyphen_prefixes"]),
    )


def apply(document: Document) -> None:
    """Repair ``document.article.text`` in place and record each repair applied."""
    repaired, done = repair_text(document.article.text)
    if not done:
        return
    document.raw = document.article.text
    document.article.text = repaired
    document.repairs.extend(done)
    document.warnings.append("repaired: " + "; ".join(done))


def repair_text(text: str) -> tuple[str, list[str]]:
    """The repaired text and a description of each repair; a text needing none comes back as it is."""
    counts: Counter[str] = Counter()
    blocks = _blocks(text, counts)
    width = _wrap_width(blocks)
    _drop_page_numbers(blocks, counts)
    _drop_running_lines(blocks, counts)
    _drop_boilerplate(blocks, counts)
    blocks = [b for b in blocks if b.lines]
    blocks = _rejoin_pages(blocks, counts)
    out = "\n\n".join(_unwrap(b, width, len(blocks) > 1, counts) for b in blocks)
    if not any(counts.values()):
        return text, []
    return out.strip(), _describe(counts)


# ---- blocks ----

def _blocks(text: str, counts: Counter[str]) -> list[Block]:
    """Split into blocks of lines; one blank line separates paragraphs, a form feed or more separate pages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    counts["form feed"] += text.count("\f")
    blocks: list[Block] = []
    current: list[str] = []
    blanks = 0
    for line in text.replace("\f", "\n\f\n").split("\n"):
        if line.strip() and line != "\f":
            if not current:
                blocks.append(Block(current, page=bool(blocks) and blanks >= 2))
            current.append(line)
            blanks = 0
        else:
            current = []
            blanks += 2 if line == "\f" else 1
    return blocks


def _wrap_width(blocks: list[Block]) -> int:
    """The width text was wrapped at: the 90th percentile of line lengths."""
    lengths = sorted(len(line.strip()) for b in blocks for line in b.lines)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _remove(blocks: list[Block], keep: list[list[bool]]) -> None:
    """Remove the lines not kept; a page break before a removed block passes to the next block."""
    page = False
    for block, flags in zip(blocks, keep, strict=True):
        block.lines[:] = [line for line, k in zip(block.lines, flags, strict=True) if k]
        block.page = block.page or page
        page = block.page if not block.lines else False
        block.glue.clear()


# ---- page furniture and boilerplate ----

def _drop_page_numbers(blocks: list[Block], counts: Counter[str]) -> None:
    """Drop page-number lines that stand alone or at the edge of a page."""
    rules = patterns().page_numbers
    keep = []
    for n, block in enumerate(blocks):
        edges = {0} if block.page or n == 0 else set()
        if n + 1 == len(blocks) or blocks[n + 1].page:
            edges.add(len(block.lines) - 1)
        flags = []
        for i, line in enumerate(block.lines):
            alone = len(block.lines) == 1 or i in edges
            flags.append(not (alone and any(r.fullmatch(line.strip()) for r in rules)))
        counts["page number"] += flags.count(False)
        keep.append(flags)
    _remove(blocks, keep)


def _page_edges(blocks: list[Block]) -> list[list[tuple[int, int]]]:
    """Per page, the positions (block, line) of its first two and last two lines."""
    pages: list[list[tuple[int, int]]] = []
    for n, block in enumerate(blocks):
        if block.page or not pages:
            pages.append([])
        pages[-1].extend((n, i) for i in range(len(block.lines)))
    return [sorted(set(p[:2] + p[-2:])) for p in pages]


def _drop_running_lines(blocks: list[Block], counts: Counter[str]) -> None:
    """Drop running headers and footers: the same short line at the edge of several pages."""
    pages = _page_edges(blocks)
    if len(pages) < 2:
        return
    key = {pos: re.sub(r"\d+", "#", " ".join(blocks[pos[0]].lines[pos[1]].split()))
           for p in pages for pos in p}
    seen = Counter(k for p in pages for k in {key[pos] for pos in p})
    running = {k for k, n in seen.items() if n >= 2 and 3 <= len(k) <= 100}
    keep = [[True] * len(b.lines) for b in blocks]
    for pos, k in key.items():
        if k in running:
            keep[pos[0]][pos[1]] = False
            counts["running header or footer"] += 1
    _remove(blocks, keep)


def _boilerplate(line: str) -> str | None:
    """The label of the boilerplate ``line`` is, if any."""
    text = " ".join(line.split())
    p = patterns()
    if not text[:1].isupper() or len(text) > p.max_chars:
        return None
    return next((label for label, rule in p.boilerplate if rule.fullmatch(text)), None)


def _drop_boilerplate(blocks: list[Block], counts: Counter[str]) -> None:
    """Drop inline boilerplate lines ("Related article: ...", "Advertisement"), with a wrapped second line."""
    keep = []
    for block in blocks:
        flags = [True] * len(block.lines)
        for i, line in enumerate(block.lines):
            label = _boilerplate(line) if i == 0 or _ends_sentence(block.lines[i - 1]) else None
            if label:
                flags[i] = False
                counts[f"'{label}' line"] += 1
                if i == 0 and len(block.lines) == 2 and not _ends_sentence(block.lines[1]):
                    flags[1] = False
        keep.append(flags)
    _remove(blocks, keep)


# ---- page breaks and line breaks ----

def _ends_sentence(line: str) -> bool:
    """Whether ``line`` ends a sentence (or a quotation) rather than breaking one."""
    s = line.rstrip()
    bare = s.rstrip(CLOSERS)
    if bare.endswith(tuple(TERMINAL)):
        return True
    return s != bare and s[-1] in CLOSING and not bare.endswith(",")


def _quote_open(lines: list[str]) -> bool:
    """Whether a quotation opened in these lines is still unclosed."""
    text = " ".join(lines)
    curly = sum(map(text.count, "“«")) - sum(map(text.count, CLOSE_DOUBLE))
    return curly > 0 or text.count('"') % 2 == 1


def _rejoin_pages(blocks: list[Block], counts: Counter[str]) -> list[Block]:
    """Merge a block into the one before when a page break split a sentence or a quotation."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if block.page and prev is not None and _split(prev.lines, block.lines[0]):
            prev.glue.add(len(prev.lines) - 1)
            prev.glue.update(len(prev.lines) + g for g in block.glue)
            prev.lines.extend(block.lines)
            counts["split paragraph"] += 1
        else:
            out.append(block)
    return out


def _split(before: list[str], first: str) -> bool:
    """Whether a page break between ``before`` and the line ``first`` falls inside a paragraph."""
    start = first.lstrip()[:1]
    if not _ends_sentence(before[-1]) or start.islower() or start == "(":
        return True
    return _quote_open(before) and start not in "“«\""


def _unwrap(block: Block, width: int, paragraphs: bool, counts: Counter[str]) -> str:
    """The block as text: hard-wrapped lines joined, real line breaks (lists, headings) kept."""
    lines = block.lines
    text = " ".join(lines[0].split())
    for i in range(1, len(lines)):
        if i - 1 in block.glue or _continues(lines[i - 1], lines[i], width, paragraphs):
            text = _join(text, " ".join(lines[i].split()), counts)
            counts["line break"] += i - 1 not in block.glue
        else:
            text += "\n" + " ".join(lines[i].split())
    return text


def _continues(line: str, following: str, width: int, paragraphs: bool) -> bool:
    """Whether a hard line break separates ``line`` from ``following`` inside one paragraph."""
    if width > MAX_WRAP_WIDTH or _bullet(line, following):
        return False
    if _indent(following) >= _indent(line) + 2:
        return False
    size = len(line.strip())
    if HYPHENATED.search(line.rstrip()) and following.lstrip()[:1].isalpha():
        return True
    if size < LONG_LINE * width:
        return False
    return not _ends_sentence(line) or paragraphs or size >= FULL_LINE * width


def _bullet(line: str, following: str) -> bool:
    """Whether ``following`` starts a list item; a dash or a number only after a finished line."""
    return bool(BULLET.match(following)) and (following.lstrip()[0] in "•*·▪" or _ends_sentence(line))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _join(left: str, right: str, counts: Counter[str]) -> str:
    """Join two pieces of one paragraph, rejoining a word hyphenated at the line end."""
    match = re.search(r"(\w+)-$", left)
    if match and HYPHENATED.search(left):
        word = match.group(1)
        if right[:1].islower() and word.isalpha() and word.islower() \
                and word not in patterns().hyphen_prefixes:
            counts["hyphenated word"] += 1
            return left[:-1] + right
        return left + right
    if left.endswith(("—", "–")) and not left[-2:-1].isspace():
        return left + right
    return left + " " + right


PHRASES = {  # kind of repair: (one, several)
    "line break": ("unwrapped {n} hard line break", "unwrapped {n} hard line breaks"),
    "hyphenated word": ("rejoined {n} word hyphenated at a line end",
                        "rejoined {n} words hyphenated at line ends"),
    "split paragraph": ("rejoined {n} paragraph split by a page break",
                        "rejoined {n} paragraphs split by page breaks"),
    "form feed": ("removed {n} form feed", "removed {n} form feeds"),
    "page number": ("dropped {n} page number", "dropped {n} page numbers"),
    "running header or footer": ("dropped {n} running header or footer line",
                                 "dropped {n} running header or footer lines"),
}


def _describe(counts: Counter[str]) -> list[str]:
    """One human-readable line per kind of repair, in a fixed order."""
    kinds = [k for k in PHRASES if counts[k]] + sorted(k for k in counts if k not in PHRASES and counts[k])
    out = []
    for kind in kinds:
        one, many = PHRASES.get(kind, (f"dropped {{n}} {kind}", f"dropped {{n}} {kind}s"))
        out.append((one if counts[kind] == 1 else many).format(n=counts[kind]))
    return out
