"""Parsing in several processes, each text within its time budget, in input order.

Each worker is a fork of the process that loaded the model, so the model is loaded once and shared until
written. A worker holds two batches, so that it never waits while this process runs the stages, and parses each
under the batch's budget; a batch that fails or runs
over is parsed again text by text in the worker, each under its own budget. A worker that stops answering (a
hang inside compiled code, which no alarm reaches) or dies is killed and replaced; the texts of its batch are
then parsed one per task, so that only the text at fault is lost. Parses come back as bytes without the
tokens' vectors, which no stage reads.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from .budget import time_limit
from .nlp import die_with_parent

if TYPE_CHECKING:
    from multiprocessing.context import ForkProcess
    from multiprocessing.queues import Queue

    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

GRACE = 30.0  # seconds a worker may run past a batch's budget before it is taken for hung
POLL = 0.2  # seconds between looks at the workers while waiting for a result
AHEAD = 2  # batches a worker holds: the one it parses and the next, so that it never waits for the stages
EXCLUDE = ["tensor"]  # what a parse sends back without


class ParseFailed(Exception):
    """A text that could not be parsed, with the reason."""


@dataclass
class _Task:
    key: tuple[int, int]  # (batch, -1) for a whole batch, (batch, i) for its text i parsed alone
    texts: list[str]
    deadline: float | None = None  # set when the worker starts on it


@dataclass
class _Worker:
    process: ForkProcess
    tasks: Queue[Any]
    results: Connection  # its parses come back here, sent before it takes the next task
    queued: deque[_Task] = field(default_factory=deque)  # sent to it, in order: the first is being parsed


@dataclass
class _Batch:
    size: int
    parsed: dict[int, bytes | str] = field(default_factory=dict)  # text index -> parse bytes or failure reason


def parse(nlp: Language, texts: Iterable[str], batch_size: int, jobs: int,
          limit: float | None) -> Iterator[Doc | ParseFailed]:
    """The parses of ``texts`` in order, in ``jobs`` processes; a text that cannot be parsed within ``limit``
    seconds (or at all) gives a ParseFailed in its place."""
    pool = _Pool(nlp, jobs, limit)
    try:
        yield from pool.run(texts, batch_size)
    finally:
        pool.close()


class _Pool:
    def __init__(self, nlp: Language, jobs: int, limit: float | None) -> None:
        self.nlp = nlp
        self.limit = limit
        self.context = multiprocessing.get_context("fork")
        self.workers = [self._start() for _ in range(jobs)]
        self.waiting: deque[_Task] = deque()  # tasks for the next worker with room, first first
        self.batches: dict[int, _Batch] = {}

    def run(self, texts: Iterable[str], batch_size: int) -> Iterator[Doc | ParseFailed]:
        source = iter(texts)
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
            if ready is not None and len(ready.parsed) == ready.size:
                del self.batches[done]
                done += 1
                yield from (self._doc(ready.parsed[i]) for i in range(ready.size))
                continue
            if exhausted and not self.batches:
                return
            self._collect()

    def _doc(self, parsed: bytes | str) -> Doc | ParseFailed:
        if isinstance(parsed, str):
            return ParseFailed(parsed)
        from spacy.tokens import Doc

        return Doc(self.nlp.vocab).from_bytes(parsed, exclude=EXCLUDE)

    def _dispatch(self) -> None:
        for worker in self.workers:
            while len(worker.queued) < AHEAD and self.waiting:
                task = self.waiting.popleft()
                if not worker.queued:
                    self._started(task)
                worker.queued.append(task)
                worker.tasks.put((task.key, task.texts))

    def _started(self, task: _Task) -> None:
        budget = self.limit * len(task.texts) if self.limit else None
        task.deadline = time.monotonic() + budget + GRACE if budget else None

    def _collect(self) -> None:
        answered = wait([w.results for w in self.workers], timeout=POLL)
        for worker in [w for w in self.workers if w.results in answered]:
            try:
                key, parsed = worker.results.recv()
            except (EOFError, OSError):  # it died: _check replaces it
                continue
            worker.queued.popleft()
            if worker.queued:
                self._started(worker.queued[0])
            batch, index = key
            self.batches[batch].parsed.update(enumerate(parsed, 0 if index < 0 else index))
        self._check()

    def _check(self) -> None:
        """Replace a worker that died or hangs; the batch it was on is parsed again text by text, the ones it had
        not begun are handed out again."""
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
            log.warning("a parsing process %s; its texts are parsed again one by one", "hung" if hung else "died")
            self.waiting.extendleft(reversed(list(worker.queued)[1:]))
            batch, index = task.key
            if index < 0 and len(task.texts) > 1:
                self.waiting.extendleft(reversed([_Task((batch, i), [text]) for i, text in enumerate(task.texts)]))
            else:
                self.batches[batch].parsed[max(index, 0)] = (
                    f"over the time limit of {self.limit:g} s per article" if hung
                    else f"the parsing process died (exit code {code})")

    def _start(self) -> _Worker:
        tasks: Queue[Any] = self.context.Queue()
        results, answers = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_serve, args=(self.nlp, tasks, answers, self.limit, os.getpid()),
                                       daemon=True, name="detente-parse")
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


def _serve(nlp: Language, tasks: Queue[Any], results: Connection, limit: float | None, parent: int) -> None:
    """A worker: parse each batch it is given until told to stop (None), sending each answer before the next."""
    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupt is the parent's to handle
    while (task := tasks.get()) is not None:
        key, texts = task
        results.send((key, _parse_batch(nlp, texts, limit)))


def _parse_batch(nlp: Language, texts: list[str], limit: float | None) -> list[bytes | str]:
    """Each text's parse as bytes, or the reason it has none."""
    try:
        with time_limit(limit * len(texts) if limit else None):
            return [doc.to_bytes(exclude=EXCLUDE) for doc in nlp.pipe(texts)]
    except Exception as exc:  # one bad or slow text never costs the others their parse
        if len(texts) == 1:
            return [_reason(exc)]
    return [_parse_one(nlp, text, limit) for text in texts]


def _parse_one(nlp: Language, text: str, limit: float | None) -> bytes | str:
    try:
        with time_limit(limit):
            return nlp(text).to_bytes(exclude=EXCLUDE)
    except Exception as exc:
        return _reason(exc)


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
