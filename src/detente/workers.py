"""Work in several processes, batch by batch, each item within its time budget, in input order.

Each worker is a fork of the process that built the pipeline, so the model is loaded once and shared until
written, and it runs the whole of the work on a batch (for extraction: parse, then every stage), so that this
process only hands out batches and takes back results. A worker holds two batches, so that it never waits; the
work keeps its own time budget per item (an alarm). A worker that stops answering (a hang inside compiled code,
which no alarm reaches) or dies is killed and replaced; the items of its batch are then given out one per task,
so that only the item at fault is lost, as a ``Lost`` in its place.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .nlp import die_with_parent

if TYPE_CHECKING:
    from multiprocessing.context import ForkProcess
    from multiprocessing.queues import Queue

log = logging.getLogger(__name__)

GRACE = 30.0  # seconds a worker may run past a batch's budget before it is taken for hung
POLL = 0.2  # seconds between looks at the workers while waiting for a result
AHEAD = 2  # batches a worker holds: the one it works on and the next, so that it never waits
STEPS = 2  # budgets an item may use up in the work (its parse, then its stages)

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Lost:
    """An item whose worker hung or died on it, with the reason."""

    reason: str


@dataclass
class _Task:
    key: tuple[int, int]  # (batch, -1) for a whole batch, (batch, i) for its item i alone
    items: list[Any]
    deadline: float | None = None  # set when the worker starts on it


@dataclass
class _Worker:
    process: ForkProcess
    tasks: Queue[Any]
    results: Connection  # its parses come back here, sent before it takes the next task
    queued: deque[_Task] = field(default_factory=deque)  # sent to it, in order: the first is being worked on


@dataclass
class _Batch:
    size: int
    done: dict[int, Any] = field(default_factory=dict)  # item index -> its result, or Lost


def run(work: Callable[[list[T]], list[R]], items: Iterable[T], batch_size: int, jobs: int,
        limit: float | None) -> Iterator[R | Lost]:
    """``work`` applied to ``items`` batch by batch in ``jobs`` processes, the results in input order. ``work``
    gives one result per item and keeps each item within ``limit`` seconds per step; an item on which its worker
    hangs past that or dies gives a ``Lost`` in its place."""
    pool: _Pool[T, R] = _Pool(work, jobs, limit)
    try:
        yield from pool.run(items, batch_size)
    finally:
        pool.close()


class _Pool(Generic[T, R]):
    def __init__(self, work: Callable[[list[T]], list[R]], jobs: int, limit: float | None) -> None:
        self.work = work
        self.limit = limit
        self.context = multiprocessing.get_context("fork")
        self.workers = [self._start() for _ in range(jobs)]
        self.waiting: deque[_Task] = deque()  # tasks for the next worker with room, first first
        self.batches: dict[int, _Batch] = {}

    def run(self, items: Iterable[T], batch_size: int) -> Iterator[R | Lost]:
        source = iter(items)
        sent = done = 0
        exhausted = False
        while True:
            while not exhausted and len(self.batches) < (AHEAD + 1) * len(self.workers):
                batch = [t for _, t in zip(range(batch_size), source, strict=False)]
                if not batch:
                    exhausted = True
                    break
                self.batches[sent] = _Batch(len(batch))
                self.waiting.append(_Task((sent, -1), batch))
                sent += 1
            self._dispatch()  # before the stages run on a batch, so that no worker waits for them
            ready = self.batches.get(done)
            if ready is not None and len(ready.done) == ready.size:
                del self.batches[done]
                done += 1
                yield from (ready.done[i] for i in range(ready.size))
                continue
            if exhausted and not self.batches:
                return
            self._collect()

    def _dispatch(self) -> None:
        for worker in self.workers:
            while len(worker.queued) < AHEAD and self.waiting:
                task = self.waiting.popleft()
                if not worker.queued:
                    self._started(task)
                worker.queued.append(task)
                worker.tasks.put((task.key, task.items))

    def _started(self, task: _Task) -> None:
        budget = STEPS * self.limit * len(task.items) if self.limit else None
        task.deadline = time.monotonic() + budget + GRACE if budget else None

    def _collect(self) -> None:
        answered = wait([w.results for w in self.workers], timeout=POLL)
        for worker in [w for w in self.workers if w.results in answered]:
            try:
                key, results = worker.results.recv()
            except (EOFError, OSError):  # it died: _check replaces it
                continue
            worker.queued.popleft()
            if worker.queued:
                self._started(worker.queued[0])
            batch, index = key
            self.batches[batch].done.update(enumerate(results, 0 if index < 0 else index))
        self._check()

    def _check(self) -> None:
        """Replace a worker that died or hangs; the batch it was on is given out again item by item, the ones it
        had not begun as they were."""
        now = time.monotonic()
        for n, worker in enumerate(self.workers):
            task = worker.queued[0] if worker.queued else None
            hung = task is not None and task.deadline is not None and now > task.deadline
            if worker.process.is_alive() and not hung:
                continue
            code = worker.process.exitcode
            _stop(worker)
            self.workers[n] = self._start()
            if task is None:
                continue
            log.warning("a worker process %s; its items are worked on again one by one", "hung" if hung else "died")
            self.waiting.extendleft(reversed(list(worker.queued)[1:]))
            batch, index = task.key
            if index < 0 and len(task.items) > 1:
                self.waiting.extendleft(reversed([_Task((batch, i), [item]) for i, item in enumerate(task.items)]))
            else:
                self.batches[batch].done[max(index, 0)] = Lost(
                    f"over the time limit of {self.limit:g} s per article" if hung
                    else f"the worker process died (exit code {code})")

    def _start(self) -> _Worker:
        tasks: Queue[Any] = self.context.Queue()
        results, answers = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_serve, args=(self.work, tasks, answers, os.getpid()),
                                       daemon=True, name="detente-worker")
        process.start()
        answers.close()  # the worker's end: this process only reads
        return _Worker(process, tasks, results)

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(Exception):
                worker.tasks.put(None)
        for worker in self.workers:
            worker.process.join(timeout=5)
            _stop(worker)


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join(timeout=5)
    worker.tasks.close()
    worker.results.close()


def _serve(work: Callable[[list[Any]], list[Any]], tasks: Queue[Any], results: Connection, parent: int) -> None:
    """A worker: do the work on each batch it is given until told to stop (None), sending each answer before the
    next."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupt is the parent's to handle
    while (task := tasks.get()) is not None:
        key, items = task
        results.send((key, work(items)))
