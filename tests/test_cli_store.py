"""The store's commands end to end: ingest, reprocess, queries, relations and exports through the CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.store import Store, schema
from detente.store.formats import CSV_COLUMNS, GDELT_COLUMNS
from records import make_record

GOLDEN = Path(__file__).parent / "golden"
ARTICLES = [
    {"id": "w1", "published": "2026-02-02", "title": "Poland and Lithuania sign energy pact",
     "text": "WARSAW — Poland signed an energy agreement with Lithuania on Monday to link their power grids, the two "
             'governments said. "This makes both our countries safer," Polish Prime Minister Jan Nowak said.'},
    {"id": "w2", "published": "2026-02-20", "title": "Lithuania accuses Belarus over border",
     "text": "VILNIUS — Lithuania accused Belarus on Wednesday of pushing migrants across the border. "
             "Lithuanian Foreign Minister Rasa Vaitkute said Minsk was using people as a weapon."},
    {"id": "w3", "published": "2026-03-05", "title": "Poland expels Belarusian diplomat",
     "text": "WARSAW — Poland expelled a Belarusian diplomat on Tuesday and closed a border crossing with Belarus, "
             "the foreign ministry said."},
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def test_cli_ingest_twice_stores_once(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert f"{db}: 3 stored, 0 unchanged, 0 replaced, 0 failed" in first.stderr
    again = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert again.exit_code == 0
    assert "0 stored, 3 unchanged, 0 replaced, 0 failed" in again.stderr
    with Store(db) as store:
        assert store.stats()["articles"] == 3
        assert [a["id"] for a in store.articles()] == ["w3", "w2", "w1"]


def test_cli_ingest_reports_bad_inputs_and_keeps_the_good(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(corpus), str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert "cannot read" in result.stderr and "missing.txt" in result.stderr
    assert "3 stored, 0 unchanged, 0 replaced, 1 failed" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = runner.invoke(app, ["ingest", str(empty), "--db", str(db), "--quiet"])
    assert nothing.exit_code == 2 and "no articles found" in nothing.stderr


def test_cli_ingest_replaces_an_article_with_new_content(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    changed = tmp_path / "changed.jsonl"
    article = {**ARTICLES[2], "text": ARTICLES[2]["text"].replace("Tuesday", "Thursday")}
    changed.write_text(json.dumps(article) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(changed), "--db", str(db)])
    assert "0 stored, 0 unchanged, 1 replaced, 0 failed" in result.stderr
    with Store(db) as store:
        assert "Thursday" in store.record("w3")["article"]["text"]
        assert store.stats()["articles"] == 3


def test_cli_reprocess_extracts_outdated_articles_again(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    with Store(db) as store:
        before = store.record("w1")
        store.conn.execute("UPDATE articles SET version = '0.0.1' WHERE id IN ('w1', 'w2')")
    result = runner.invoke(app, ["reprocess", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "0 stored, 0 unchanged, 2 replaced, 0 failed" in result.stderr
    with Store(db) as store:
        assert store.record("w1") == before
        assert store.stats()["articles"] == 3 and store.stats()["provenance"][0]["articles"] == 3
    nothing = runner.invoke(app, ["reprocess", "--db", str(db)])
    assert nothing.exit_code == 0 and "nothing to reprocess, every stored article is up to date" in nothing.stderr


def test_cli_queries(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    quotes = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--search", "safer", "--format", "json"]).stdout)
    assert [(q["speaker_name"], q["speaker_country"]) for q in quotes] == [("Jan Nowak", "POL")]
    events = json.loads(runner.invoke(app, ["events", "--db", str(db), "--source", "Poland", "--format",
                                            "json"]).stdout)
    assert [(e["type"], e["target_country"]) for e in events] == [  # expelled a diplomat, closed a crossing
        ("AGREE", "LTU"), ("SANCTION", "BLR"), ("SANCTION", "BLR")]
    table = runner.invoke(app, ["events", "--db", str(db), "--target", "BLR"]).stdout
    assert "Events" in table and "ACCUSE" in table
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["actors", "--db", str(db), "--format", "csv"]).stdout)))
    assert rows[0]["key"] in ("country:POL", "country:LTU", "country:BLR")
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--format", "json"]).stdout)[0]
    assert stats["articles"] == 3 and stats["schema_version"] == schema.LATEST
    unknown = runner.invoke(app, ["events", "--db", str(db), "--source", "Atlantis"])
    assert unknown.exit_code == 2 and unknown.stderr.startswith("detente: unknown actor 'Atlantis'")
    missing = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store at" in missing.stderr


def test_cli_relations(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    with Store(db) as store:
        store.put(make_record("g1", "2026-01-10", [("GRC", "TUR", "AGREE", 4.0, None)]))
        store.put(make_record("g2", "2026-03-20", [("TUR", "GRC", "ASSAULT", -10.0, None)]))
    result = runner.invoke(app, ["relations", "Greece", "Turkey", "--db", str(db), "--explain", "--format", "json",
                                 "--plot", str(tmp_path / "gt.svg")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["both"]["net"] for p in data["points"]] == [4.0, 0, -10.0]
    assert data["moves"][0]["label"] == "2026-03" and data["moves"][0]["events"][0]["type"] == "ASSAULT"
    assert (tmp_path / "gt.svg").read_text().startswith("<?xml")
    table = runner.invoke(app, ["relations", "GRC", "TUR", "--db", str(db), "--explain"]).stdout
    assert "2026-03: net -10.0" in table and "ASSAULT" in table
    overview = runner.invoke(app, ["relations", "--db", str(db)]).stdout
    assert "Most active pairs" in overview and "GRC" in overview
    one = runner.invoke(app, ["relations", "GRC", "--db", str(db)])
    assert one.exit_code == 2


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    db = tmp_path / "e.db"
    with Store(db) as store:
        store.put(make_record("x1", "2026-01-10", [("RUS", "UKR", "ASSAULT", -10.0, "2026-01-09"),
                                                   ("UKR", "EU", "REQUEST", 3.0, None)]))
        store.put(make_record("x2", "2026-01-10", [("RUS", "UKR", "ASSAULT", -9.0, "2026-01-10")]))
        store.conn.execute("UPDATE articles SET added = '2026-01-11T08:30:00+00:00'")
    return db


def test_cli_export_gdelt_matches_golden_rows(runner: CliRunner, exported: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(exported), "--format", "gdelt"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert all(len(r) == 61 for r in rows)
    assert rows == [line.split("\t") for line in (GOLDEN / "export.gdelt.tsv").read_text().splitlines()]
    out = tmp_path / "events.tsv"
    runner.invoke(app, ["export", "--db", str(exported), "--format", "gdelt", "--header", "-o", str(out)])
    table = pd.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert list(table.columns) == list(GDELT_COLUMNS) and len(table) == 3
    assert list(table["NumArticles"]) == ["2", "1", "2"]


def test_cli_export_csv_parquet_plover_jsonl(runner: CliRunner, exported: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "parquet", "plover", "jsonl"):
        result = runner.invoke(app, ["export", "--db", str(exported), "--format", fmt, "-o", str(tmp_path / fmt)])
        assert result.exit_code == 0, result.output
    table = pd.read_csv(tmp_path / "csv")
    assert list(table.columns) == list(CSV_COLUMNS) and list(table["type"]) == ["ASSAULT", "REQUEST", "ASSAULT"]
    parquet = pd.read_parquet(tmp_path / "parquet")
    assert list(parquet.columns) == list(CSV_COLUMNS)
    assert list(parquet["intensity"]) == [-10.0, 3.0, -9.0] and list(parquet["num_articles"]) == [2, 1, 2]
    plover = [json.loads(line) for line in (tmp_path / "plover").read_text().splitlines()]
    assert [p["event"] for p in plover] == [["ASSAULT"], ["REQUEST"], ["ASSAULT"]]
    records = [json.loads(line) for line in (tmp_path / "jsonl").read_text().splitlines()]
    with Store(exported) as store:
        assert records == [store.record("x1"), store.record("x2")]


def test_cli_export_failure_keeps_the_earlier_file(runner: CliRunner, exported: Path, tmp_path: Path) -> None:
    out = tmp_path / "keep.csv"
    out.write_text("earlier export\n")
    result = runner.invoke(app, ["export", "--db", str(exported), "--format", "nonsense", "-o", str(out)])
    assert result.exit_code == 2 and "unknown export format 'nonsense'" in result.stderr
    parquet = runner.invoke(app, ["export", "--db", str(exported), "--format", "parquet"])
    assert parquet.exit_code == 2 and "parquet needs a file" in parquet.stderr
    assert out.read_text() == "earlier export\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".keep.csv")]


def test_cli_store_is_sqlite_any_tool_can_read(exported: Path) -> None:
    conn = sqlite3.connect(exported)
    assert conn.execute("SELECT count(*) FROM events WHERE type = 'ASSAULT'").fetchone()[0] == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
