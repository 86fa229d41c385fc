"""detente doctor: one line per check, a fix for what is wrong, exit 0 only when all is well."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store
from records import make_record


def test_doctor_passes_on_this_installation_with_a_sound_store(tmp_path: Path) -> None:
    db = tmp_path / "ok.db"
    with Store(db) as store:
        store.put(make_record("d1", "2026-01-05", [("RUS", "UKR", "ACCUSE", -2.0, None)],
                              [("Sergei Lavrov", "RUS", "Kyiv refuses to talk")]))
    result = CliRunner().invoke(app, ["doctor", "--db", str(db)])
    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["ok   python", "ok   model", "ok   knowledge base",
                                                      "ok   data files", "ok   extraction", "ok   store", "ok   disk"]
    assert "1 articles, integrity ok, quote search ok" in lines[5]
    assert CliRunner().invoke(app, ["doctor", "-q"]).stdout == ""  # quiet: only what fails


def test_doctor_names_a_damaged_store_and_a_missing_model(tmp_path: Path) -> None:
    db = tmp_path / "bad.db"
    with Store(db) as store:
        for i in range(40):
            store.put(make_record(f"d{i}", "2026-01-05", [("RUS", "UKR", "ACCUSE", -2.0, None)]))
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 3:page * 3 + 200] = b"\xff" * 200  # scribble over a page of the database
    db.write_bytes(bytes(data))
    result = CliRunner().invoke(app, ["doctor", "--db", str(db), "--model", "no_such_model"])
    assert result.exit_code == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert failed[0].startswith("FAIL model: no spaCy model found (tried no_such_model)")
    assert any(line.startswith("FAIL store:") and "->" in line for line in failed), result.stdout
