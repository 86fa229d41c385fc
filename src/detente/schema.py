"""The JSON Schema of the record ``detente extract`` writes, shipped in the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import DetenteError


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The record schema as a dict (JSON Schema draft 2020-12)."""
    text = resources.files("detente").joinpath("data/record.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate(record: dict[str, Any]) -> None:
    """Raise DetenteError naming the first place where ``record`` breaks the schema."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(record_schema())
    error = next(iter(sorted(validator.iter_errors(record), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "record"
        raise DetenteError(f"record does not match the schema at {where}: {error.message}")
