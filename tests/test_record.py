"""The record's shape: every output validates against the shipped schema, and the shape matches a golden file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import detente
from detente.document import Document, actor_key
from detente.errors import DetenteError
from detente.schema import validate
from records import records

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
    top = {k: shape(v) for k, v in record.items() if k in ("article", "provenance")}
    schema = json.loads(Path(detente.__file__).with_name("data").joinpath("record.schema.json").read_text())
    defs = {name: sorted(d.get("required", [])) for name, d in schema["$defs"].items() if "required" in d}
    assert {**top, "defs": defs} == json.loads(GOLDEN.read_text())


def spans_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every {start, end, text} of a record."""
    out = [m for a in record["actors"] for m in a["mentions"]] + list(record["times"])
    for q in record["quotes"]:
        out += [q, *q["parts"]] + ([q["speaker"]["mention"]] if q["speaker"]["mention"] else [])
    for e in record["events"]:
        out += [e["evidence"], *e["also"]]
    return out


def test_record_round_trips_through_from_record(run_text) -> None:  # type: ignore[no-untyped-def]
    record = run_text(TEXT, published="2026-04-06").to_record()
    assert record["quotes"] and record["events"]
    assert Document.from_record(record).to_record() == record


def test_record_identity_is_global_and_quotes_are_named(run_text) -> None:  # type: ignore[no-untyped-def]
    record = run_text(TEXT, published="2026-04-06").to_record()
    keys = {a["id"]: a["key"] for a in record["actors"]}
    assert keys and all(keys.values())
    ids = [q["id"] for q in record["quotes"]]
    assert ids == [f"q{i + 1}" for i in range(len(ids))]
    for e in record["events"]:
        assert e["quote"] is None or e["quote"] in ids
        if e["source"]["actor"]:
            assert e["source"]["key"] == keys[e["source"]["actor"]]
    assert record["provenance"]["model"].startswith("en_core_web_sm")
    assert len(record["provenance"]["data"]) == 16


def test_record_every_span_text_is_its_slice(run_text) -> None:  # type: ignore[no-untyped-def]
    record = run_text(TEXT, published="2026-04-06").to_record()
    text = record["article"]["text"]
    for span in spans_of(record):
        assert span["text"] == text[span["start"]:span["end"]]


@pytest.mark.parametrize(("kb_id", "name", "country", "key"), [
    ("country:RUS", "Russia", "RUS", "country:RUS"),
    (None, "Kenji Morita", "JPN", "name:kenji-morita/JPN"),
    (None, "the Élysée Palace", "FRA", "name:elysee-palace/FRA"),
    (None, "China's foreign ministry", "CHN", "name:chinas-foreign-ministry/CHN"),
    (None, "two leaders", None, "name:two-leaders"),
    (None, "Kemal Aydın", "TUR", "name:kemal-aydin/TUR"),
    (None, "Lech Wałęsa", "POL", "name:lech-walesa/POL"),
    (None, "Министерство обороны", "RUS", "name:министерство-обороны/RUS"),  # no ASCII form: its own letters
    (None, "Одной", None, "name:одной"),
    (None, "—", None, None),  # nothing to know it by
    (None, None, "EU", "name:/EU"),
    (None, None, None, None),
])
def test_record_actor_key(kb_id: str | None, name: str | None, country: str | None, key: str | None) -> None:
    assert actor_key(kb_id, name, country) == key


@settings(max_examples=150, deadline=None)
@given(records())
def test_record_round_trip_property(record: dict[str, Any]) -> None:
    validate(record)
    assert Document.from_record(record).to_record() == record
    for span in spans_of(record):
        assert span["text"] == record["article"]["text"][span["start"]:span["end"]]
