"""An index of character ranges: which ranges hold a position, which overlap a range, in logarithmic time.

Stages ask such questions once per quote, mention or event; scanning every range each time made long texts
quadratic."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class Intervals(Generic[T]):
    """Ranges [start, end) with a payload each, sorted by start, with the running furthest end."""

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        self.items = sorted(items, key=lambda item: (item[0], item[1]))
        self.starts = [start for start, _, _ in self.items]
        self.reach: list[int] = []  # reach[i]: the furthest end among items[:i + 1]
        furthest = -1
        for _, end, _ in self.items:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """The ranges that share a character with [start, end) (or hold ``start`` when the range is empty)."""
        i = bisect.bisect_left(self.starts, max(end, start + 1)) - 1
        while i >= 0 and self.reach[i] > start:
            item = self.items[i]
            if item[1] > start:
                yield item
            i -= 1

    def holding(self, pos: int) -> Iterator[tuple[int, int, T]]:
        """The ranges that hold the character at ``pos``."""
        return self.overlapping(pos, pos + 1)

    def holds(self, pos: int) -> bool:
        return next(self.holding(pos), None) is not None


def ranges(spans: Iterable[tuple[int, int]]) -> Intervals[None]:
    """An index of bare ranges."""
    return Intervals((s, e, None) for s, e in spans)
