"""The README's Python examples run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detente.store import Store
from records import make_record

README = Path(__file__).parent.parent / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_store_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block = next(b for b in python_blocks() if "Store(" in b)
    monkeypatch.chdir(tmp_path)
    with Store("news.db") as store:
        store.put(make_record("e1", "2026-01-05", [("RUS", "EU", "ACCUSE", -2.0, None)],
                              [("Sergei Lavrov", "RUS", "The EU sanctions will fail")]))
        store.put(make_record("e2", "2026-02-05", [("RUS", "UKR", "ASSAULT", -10.0, None),
                                                   ("EU", "RUS", "SANCTION", -8.0, None)]))
    scope: dict[str, object] = {}
    exec(block, scope)  # noqa: S102 - the README's own code
    assert [p["both"]["net"] for p in scope["series"]["points"]] == [-2.0, -8.0]  # type: ignore[index]
    assert [q["text"] for q in scope["quotes"]] == ["The EU sanctions will fail"]  # type: ignore[attr-defined]
    assert list(scope["events"]["target_country"]) == ["UKR"]  # type: ignore[index]
    assert scope["moves"][0]["label"] == "2026-02"  # type: ignore[index]


def test_readme_extract_example_runs() -> None:
    block = next(b for b in python_blocks() if "detente.extract(" in b)
    scope: dict[str, object] = {}
    exec(block, scope)  # noqa: S102
    assert scope["record"]["quotes"][0]["speaker"]["name"] == "Vladimir Putin"  # type: ignore[index]


def test_readme_extract_many_example_runs() -> None:
    block = next(b for b in python_blocks() if "extract_many(" in b)
    scope: dict[str, object] = {}
    exec(block, scope)  # noqa: S102
    rows = scope["events"].values.tolist()  # type: ignore[attr-defined]
    assert rows[0][1:4] == ["ACCUSE", "RUS", "UKR"] and rows[0][4] == "2026-03-02"
    assert {tuple(r[:4]) for r in rows[1:]} == {("fr-de", "AGREE", "FRA", "DEU"), ("fr-de", "AGREE", "DEU", "FRA")}


def test_readme_notebook_example_runs() -> None:
    block = next(b for b in python_blocks() if "detente.show(" in b)
    scope: dict[str, object] = {}
    exec(block, scope)  # noqa: S102
    assert 'class="dt-mark' in scope["html"] and "Lavrov" in scope["html"]  # type: ignore[operator]
    assert scope["record"] == dict(scope["record"])  # type: ignore[call-overload]


def test_readme_spacy_component_example_runs() -> None:
    block = next(b for b in python_blocks() if "add_pipe(" in b)
    scope: dict[str, object] = {}
    exec(block, scope)  # noqa: S102
    name, mention = scope["speaker"]  # type: ignore[misc]
    assert name == "Sergey Lavrov" and mention.doc is scope["doc"]
    assert [e[0] for e in scope["events"]] == ["CONSULT", "CONSULT", "ACCUSE"]  # type: ignore[attr-defined]
