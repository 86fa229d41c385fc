"""The range index answers as a scan of every range would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.intervals import Intervals

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 80), st.integers(0, 20))
def test_intervals_match_a_scan(items: list[tuple[int, int]], start: int, width: int) -> None:
    index = Intervals((s, e, i) for i, (s, e) in enumerate(items))
    end = start + width
    expected = {i for i, (s, e) in enumerate(items) if s < max(end, start + 1) and e > start}
    assert {i for _, _, i in index.overlapping(start, end)} == expected
    assert {i for _, _, i in index.holding(start)} == {i for i, (s, e) in enumerate(items) if s <= start < e}
    assert index.holds(start) == any(s <= start < e for s, e in items)
