"""Quoted passages: the text between quotation marks, across hard line breaks and paragraphs.

Straight and curly double quotes, guillemets and „low-high“ quotes open a passage; single quotes inside are
left alone (they are nested quotes or apostrophes). An unclosed passage closes at the end of its paragraph,
unless the next paragraph opens with a quotation mark (a quotation running over several paragraphs) or the
paragraph breaks mid-sentence (a page break). Outside double-quoted passages, single quotes (‘...’ or '...')
make a passage too when they close on the same line: a mark that opens before a word and closes after one, so
that apostrophes ("don't", "the countries' envoys") open nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..quotemarks import CLOSE_DOUBLE, CLOSING, DOUBLE, OPEN_DOUBLE, OPEN_ONLY, WIRE

MARKS = re.compile(f"{WIRE}|[{DOUBLE}]|\n")
OPENERS = OPEN_DOUBLE
CLOSERS = CLOSE_DOUBLE + "“"  # “ closes „low-high“ quotes
BEFORE_OPEN = " \t\n([{—–-/:;,"
SENTENCE_END = ".!?…"
SINGLES = (
    re.compile(r"(?<![\w‘’'])‘(?=[^\s’\d])[^\n]*?[^\s‘]’(?![\w’])"),
    re.compile(r"(?<![\w‘’'])'(?=[^\s'\d])[^\n]*?[^\s']'(?![\w'])"),
)
MAX_PASSAGE = 3000  # an unclosed mark never swallows more than this many characters


@dataclass
class Passage:
    """One quotation: its content pieces (one per paragraph) and where its marks stand."""

    open_at: int
    parts: list[tuple[int, int]] = field(default_factory=list)
    close_end: int = -1  # just past the closing mark, or the end of the content when unclosed

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _width(text: str, i: int) -> int:
    return len(WIRE) if text.startswith(WIRE, i) else 1


def _opens(text: str, i: int) -> bool:
    c = text[i]
    if c in OPEN_ONLY:
        return True
    before = text[i - 1] if i > 0 else " "
    end = i + _width(text, i)
    after = text[end] if end < len(text) else " "
    if c == "“":
        return not after.isspace() or before in BEFORE_OPEN
    return before in BEFORE_OPEN and not after.isspace()


def _closes(text: str, i: int) -> bool:
    c = text[i]
    if c in CLOSING or text.startswith(WIRE, i):
        return True
    before = text[i - 1] if i > 0 else " "
    return c == "“" and not before.isspace()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,;":
        end -= 1
    return start, end


def _last_char_end(text: str, i: int) -> int:
    """Just past the last non-space character before ``i``."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _next_char(text: str, i: int) -> int:
    """Index of the first non-space character at or after ``i`` (len(text) when none)."""
    m = re.compile(r"\S").search(text, i)
    return m.start() if m else len(text)


def _closer_ahead(text: str, i: int) -> bool:
    """Whether the first quotation mark of the paragraph from ``i`` on closes a quotation."""
    stop = text.find("\n\n", i)
    for m in MARKS.finditer(text, i, stop if stop >= 0 else len(text)):
        if m.group() != "\n":
            return _closes(text, m.start()) and not _opens(text, m.start())
    return False


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Passage] = []
        self.cur: Passage | None = None
        self.part_start = 0
        self.resume_at = -1  # the opening mark that continues the passage in the next paragraph

    def close_part(self, end: int) -> None:
        assert self.cur is not None
        s, e = _trim(self.text, self.part_start, end)
        if e > s:
            self.cur.parts.append((s, e))

    def finish(self, end: int, close_end: int) -> None:
        self.close_part(end)
        if self.cur is not None and self.cur.parts:
            self.cur.close_end = close_end
            self.out.append(self.cur)
        self.cur = None

    def line_break(self, i: int) -> None:
        assert self.cur is not None
        if self.resume_at > i:
            return
        text = self.text
        nxt = _next_char(text, i)
        new_paragraph = "\n" in text[i + 1 : nxt]
        if new_paragraph and nxt < len(text) and text[nxt] in OPENERS + '"' and _opens(text, nxt):
            self.close_part(i)  # a new paragraph opening with a mark: the quotation goes on
            self.resume_at = nxt
            return
        if _closer_ahead(text, nxt) and i - self.cur.open_at < MAX_PASSAGE:
            return
        if new_paragraph or text[self.part_start : i].rstrip()[-1:] in SENTENCE_END:
            end = _last_char_end(text, i)
            self.finish(end, end)

    def mark(self, i: int) -> None:
        text, width = self.text, _width(self.text, i)
        if self.cur is None:
            if _opens(text, i):
                self.cur, self.part_start = Passage(open_at=i), i + width
        elif i == self.resume_at:
            self.part_start = i + width
        elif _closes(text, i):
            self.finish(i, i + width)
        elif _opens(text, i):  # a new opening mark: the previous one was never closed
            self.finish(_last_char_end(text, i), i)
            self.cur, self.part_start = Passage(open_at=i), i + width

    def run(self) -> list[Passage]:
        for m in MARKS.finditer(self.text):
            if m.group() == "\n":
                if self.cur is not None:
                    self.line_break(m.start())
            else:
                self.mark(m.start())
        if self.cur is not None:
            end = len(self.text.rstrip())
            self.finish(end, end)
        return self.out


def _singles(text: str, doubles: list[Passage]) -> list[Passage]:
    """Single-quoted passages on one line, outside every double-quoted one."""
    out: list[Passage] = []
    for pattern in SINGLES:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if any(start < p.close_end and p.open_at < end for p in [*doubles, *out]):
                continue
            s, e = _trim(text, start + 1, end - 1)
            if e > s:
                out.append(Passage(open_at=start, parts=[(s, e)], close_end=end))
    return out


def headline_like(line: str, small_words: frozenset[str]) -> bool:
    """A title-case line without a closing full stop: a headline or a link to another article."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w.lower() not in small_words]
    capital = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capital >= 0.8 * len(words) and not line.rstrip().endswith((".", ",", ";"))


def passages(text: str) -> list[Passage]:
    """Every quoted passage of ``text``, in order; never fails on unbalanced marks."""
    doubles = _Scanner(text).run()
    if "‘" not in text and "'" not in text:
        return doubles
    return sorted([*doubles, *_singles(text, doubles)], key=lambda p: p.open_at)
