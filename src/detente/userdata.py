"""User data files (``--data``): each is checked once, when the run's settings are made, against the shape of the
packaged file it extends, so that a bad file is one line naming it and the problem, never a traceback.

A file is known by its name: ``time*.yaml`` extends the time grammar, ``*patterns.yaml`` the event patterns, any
other YAML file the quote cues, and a CSV named like a knowledge-base table (``standins.csv``) that table.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DetenteError, UsageError

TIME_FILES = ("time_lexicon.yaml", "time_cues.yaml", "time_patterns.yaml")


def check(paths: tuple[str, ...]) -> None:
    """Raise a UsageError naming the first user data file that cannot be used, and why."""
    for path in map(Path, paths):
        if not path.is_file():
            raise UsageError(f"--data: no such file '{path}'")
        if path.suffix.lower() == ".csv":
            _check_table(path)
        elif path.suffix.lower() in (".yaml", ".yml"):
            _check_yaml(path)
        else:
            raise UsageError(f"--data: '{path}': give a YAML file (cues, time*.yaml, *patterns.yaml) or a "
                             "knowledge-base table (.csv)")


def kind(path: Path) -> str:
    """What a YAML data file extends: 'time', 'events' or 'cues'."""
    if path.name.startswith("time"):
        return "time"
    return "events" if path.name.endswith("patterns.yaml") else "cues"


def _check_table(path: Path) -> None:
    from . import kb

    if path.name not in kb.TABLES:
        raise UsageError(f"--data: '{path}': a CSV must be named like a knowledge-base table: "
                         f"{', '.join(kb.TABLES)}")
    try:
        kb.load_tables(extra=(str(path),))
    except DetenteError as exc:
        raise UsageError(f"--data: {exc}") from None


def _check_yaml(path: Path) -> None:
    data = _load(path.read_bytes(), str(path))
    if not isinstance(data, dict):
        raise UsageError(f"--data: '{path}': expected a mapping of keys at the top, found a {_type(data)}")
    packaged = _packaged(kind(path))
    for key, value in data.items():
        if key not in packaged:
            raise UsageError(f"--data: '{path}': unknown key '{key}' for {kind(path)} data; known keys: "
                             f"{', '.join(sorted(map(str, packaged)))}")
        _same_shape(value, packaged[key], f"'{key}'", path)


def _load(data: bytes, label: str) -> Any:
    try:
        return yaml.safe_load(data.decode("utf-8")) or {}
    except UnicodeDecodeError:
        raise UsageError(f"--data: '{label}': not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise UsageError(f"--data: '{label}': {where}not valid YAML ({problem})") from None


def _packaged(what: str) -> dict[str, Any]:
    root = resources.files("detente") / "data"
    names = {"time": TIME_FILES, "events": ("event_patterns.yaml",), "cues": ("cues.yaml",)}[what]
    out: dict[str, Any] = {}
    for name in names:
        out.update(yaml.safe_load((root / name).read_text(encoding="utf-8")) or {})
    return out


def _same_shape(value: Any, model: Any, where: str, path: Path) -> None:
    """``value`` has the shape of the packaged ``model``: a mapping where it has a mapping (entries shaped like its
    entries), a list of plain values where it has a list, a plain value where it has one."""
    if isinstance(model, dict):
        if isinstance(value, list) and model and all(isinstance(v, list) for v in model.values()):
            _same_shape(value, next(iter(model.values())), where, path)  # groups of words, given as one list
            return
        if not isinstance(value, dict):
            raise UsageError(f"--data: '{path}': {where} must be a mapping, like the packaged one, not a "
                             f"{_type(value)}")
        sample = next(iter(model.values()), None)
        for k, v in value.items():
            inner = model.get(k, sample)
            if inner is not None:
                _same_shape(v, inner, f"{where} > '{k}'", path)
    elif isinstance(model, list):
        items = value if isinstance(value, list) else [value] if isinstance(value, str) else None
        if items is None:
            raise UsageError(f"--data: '{path}': {where} must be a list, not a {_type(value)}")
        sample = model[0] if model else None
        for item in items:
            if isinstance(sample, dict):
                _same_shape(item, sample, f"{where} item", path)
            elif isinstance(item, dict | list) or (isinstance(sample, str) and not isinstance(item, str)):
                raise UsageError(f"--data: '{path}': {where} must hold {_type(sample)}s, found {item!r}")
    elif isinstance(value, dict | list):
        raise UsageError(f"--data: '{path}': {where} must be a {_type(model)}, not a {_type(value)}")


def _type(value: Any) -> str:
    return {dict: "mapping", list: "list", str: "text", int: "number", float: "number", bool: "yes/no",
            type(None): "nothing"}.get(type(value), type(value).__name__)
