"""A time budget per article: the work on one article that runs past it is stopped and reported, never a hung run.

The limit is a SIGALRM timer, so it holds in the main thread of a Unix process (the command line, a notebook);
elsewhere (another thread, Windows) the work runs unbounded. Code inside a C extension that never returns to Python
is stopped only when it does.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import DetenteError


class OverBudget(DetenteError):
    """The work on an article ran past its time budget."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise OverBudget inside the block once ``seconds`` have passed (no limit for None or 0)."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(f"over the time limit of {seconds:g} s per article")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
