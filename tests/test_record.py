"""The record's shape: every output validates against the shipped schema, and the shape matches a golden file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import detente
from detente.errors import DetenteError
from detente.schema import validate

GOLDEN = Path(__file__).parent / "golden" / "record_shape.json"
TEXT = (
    "Leaders meet in Lisbon\n\n"
    "Portugal's prime minister met Spain's prime minister in Lisbon on Monday, officials said.\n\n"
    '"We agreed to work together on energy," the Portuguese leader told reporters. '
    "He said both governments would sign a water-sharing accord next year.\n"
)


def shape(value: Any) -> Any:
    """The keys of a record, recursively, with the first element standing for each list; leaves are elided."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return "…"


def test_record_validates_against_schema(run_text) -> None:  # type: ignore[no-untyped-def]
    record = run_text(TEXT, published="2026-04-06").to_record()
    validate(record)
    assert record["article"]["published"] == "2026-04-06"


def test_record_schema_rejects_a_wrong_shape() -> None:
    record = detente.extract(TEXT, published="2026-04-06")
    record["quotes"] = [{"text": "x"}]
    with pytest.raises(DetenteError, match="record does not match the schema at quotes/0"):
        validate(record)


def test_record_keys_match_golden_file() -> None:
    record = detente.extract(TEXT, published="2026-04-06")
    top = {k: shape(v) for k, v in record.items() if k in ("article", "warnings")}
    schema = json.loads(Path(detente.__file__).with_name("data").joinpath("record.schema.json").read_text())
    defs = {name: sorted(d.get("required", [])) for name, d in schema["$defs"].items() if "required" in d}
    assert {"article": top["article"], "defs": defs} == json.loads(GOLDEN.read_text())
