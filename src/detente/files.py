"""Writing output files safely: a file is written beside its target and replaces it only once complete, so a
failed or interrupted run never leaves half a file nor destroys an earlier one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import UsageError


@contextmanager
def replacing(path: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A temporary file beside ``path`` that replaces it when the block completes without an error. A device or a
    pipe (``/dev/stdout``) is written to directly, never replaced; a link to a file replaces the file it names."""
    if path.is_dir():
        raise UsageError(f"cannot write '{path}': it is a directory")
    if path.exists() and not path.is_file():
        with _direct(path, binary) as f:
            yield f
        return
    path = path.resolve() if path.is_symlink() else path
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise UsageError(f"cannot write '{path}': {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
        os.replace(name, path)
    except OSError as exc:
        raise UsageError(f"cannot write '{path}': {exc.strerror or exc}") from None
    finally:
        if os.path.exists(name):
            os.unlink(name)


@contextmanager
def _direct(path: Path, binary: bool) -> Iterator[IO[Any]]:
    try:
        with open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="") as f:  # noqa: SIM115
            yield f
    except OSError as exc:
        raise UsageError(f"cannot write '{path}': {exc.strerror or exc}") from None


def refuse_overwriting_inputs(output: Path, inputs: Iterable[str]) -> None:
    """An output that is also one of the inputs would destroy it: refuse before anything is read."""
    for item in inputs:
        if item != "-" and Path(item).exists() and output.exists() and os.path.samefile(item, output):
            raise UsageError(f"-o '{output}' is also an input; write the output elsewhere")
