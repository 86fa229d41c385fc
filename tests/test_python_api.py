"""The Python face for analysts: extract_many over mixed inputs, frames, and folders read for articles only."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente
from detente import Article, DetenteError, DetenteWarning, extract_many, frames
from detente.cli import app

ACCUSE = "Russia accused Ukraine of shelling the power plant on Monday, the Kremlin said in a statement."
AGREE = "France and Germany signed a defence agreement in Paris on Tuesday."


def test_extract_many_takes_texts_dicts_paths_and_articles_in_order(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Talks in Oslo\n\nNorway's foreign minister met Sweden's foreign minister in Oslo on Friday.\n",
                    encoding="utf-8")
    items = [ACCUSE,
             {"id": "fr-de", "text": AGREE, "published": "Tue, 03 Mar 2026 10:00:00 GMT"},  # RSS-style date
             path,
             Article(id="given", text="Japan protested to China over the patrol boats near the islands.")]
    records = list(extract_many(items, published="2026-03-04"))
    assert [r["article"]["id"] for r in records][1:] == ["fr-de", records[2]["article"]["id"], "given"]
    assert [r["article"]["published"] for r in records] == ["2026-03-04", "2026-03-03", "2026-03-04", "2026-03-04"]
    assert [(e["type"], e["source"]["country"], e["target"]["country"]) for e in records[0]["events"]] \
        == [("ACCUSE", "RUS", "UKR")]
    assert {(e["source"]["country"], e["target"]["country"]) for e in records[1]["events"]} \
        == {("FRA", "DEU"), ("DEU", "FRA")}
    assert records[2]["article"]["title"] == "Talks in Oslo"


def test_extract_many_reports_bad_items_and_goes_on() -> None:
    with pytest.warns(DetenteWarning) as caught:
        records = list(extract_many([{"title": "no text"}, ACCUSE, 42]))
    assert len(records) == 1
    assert ["item 1" in str(w.message) and "no text" in str(w.message) for w in caught][:1] == [True]
    assert "'int' is no article" in str(caught[-1].message)
    assert len(list(extract_many([{"title": "no text"}, ACCUSE], errors="skip"))) == 1
    with pytest.raises(DetenteError, match="item 1"):
        list(extract_many([{"title": "no text"}, ACCUSE], errors="raise"))


def test_extract_many_reads_the_same_article_once(caplog: pytest.LogCaptureFixture) -> None:
    records = list(extract_many([ACCUSE, {"id": "again", "text": "  " + ACCUSE.replace(" ", "  ")}]))
    assert len(records) == 1
    assert "the same article (text)" in caplog.text


def test_frames_have_a_row_per_item_with_record_columns() -> None:
    records = list(extract_many([ACCUSE, AGREE], published="2026-03-04"))
    tables = frames(records)
    assert set(tables) == {"articles", "actors", "quotes", "events", "times"}
    events = tables["events"]
    assert len(events) == sum(len(r["events"]) for r in records)
    assert list(events.loc[events["type"] == "ACCUSE", ["source_country", "target_country"]].iloc[0]) \
        == ["RUS", "UKR"]
    assert {"cameo", "quad", "intensity", "evidence", "date_basis", "article_id"} <= set(events.columns)
    assert list(tables["articles"]["events"]) == [len(r["events"]) for r in records]
    assert set(tables["actors"]["article_id"]) == {r["article"]["id"] for r in records}
    empty = frames([])
    assert empty["events"].empty and list(empty["events"].columns) == list(events.columns)


def test_frames_without_pandas_say_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(detente.errors.UsageError, match="pip install pandas"):
        frames([])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ACCUSE + "\n", encoding="utf-8")
    (tmp_path / "news" / "README.md").write_text("# How this folder is kept\n\nArticles are added by hand.\n",
                                                  encoding="utf-8")
    (tmp_path / "news" / "LICENSE").write_text("Copyright the authors.\n", encoding="utf-8")
    (tmp_path / "news" / ".hidden.txt").write_text(AGREE + "\n", encoding="utf-8")
    (tmp_path / "news" / "copy.txt").write_text(ACCUSE + "\n", encoding="utf-8")  # the same article again
    return tmp_path / "news"


def test_cli_folder_reads_articles_only_and_each_once(folder: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["article"]["source"] for line in result.stdout.splitlines()]
    assert sources == [str(folder / "a.txt")]
    assert "warning: skipping" in result.stderr and "copy.txt" in result.stderr
    quiet = CliRunner().invoke(app, ["extract", str(folder), "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    widened = CliRunner().invoke(app, ["extract", str(folder), "--include", "README.md", "-v"])
    sources = [json.loads(line)["article"]["source"] for line in widened.stdout.splitlines()]
    assert sources == [str(folder / "README.md"), str(folder / "a.txt")]
    assert "LICENSE" in widened.stderr  # -v says what it skipped


def test_cli_extract_csv_has_a_row_per_event(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": t, "url": f"https://example.org/{i}"})
                              for i, t in (("x", ACCUSE), ("y", "=cmd|' /C calc'!A0 " + AGREE))) + "\n",
                    encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--format", "csv", "--published", "2026-03-04"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["article_id"], r["type"], r["source_country"], r["target_country"]) for r in rows][0] \
        == ("x", "ACCUSE", "RUS", "UKR")
    assert rows[0]["article_url"] == "https://example.org/x" and rows[0]["date"] == "2026-03-02"
    assert all(not r[c].startswith("=") for r in rows for c in r)  # no cell a spreadsheet would run


def test_cli_tables_carry_no_colour_codes_under_no_color(folder: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(folder), "--format", "table", "-q"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0 and "\x1b[" not in result.stdout


def test_jobs_default_to_every_core_for_long_runs_only(tmp_path: Path) -> None:
    import os

    from detente.readers import estimate
    from detente.settings import AUTO_JOBS_FROM, auto_jobs

    cores = len(os.sched_getaffinity(0))
    assert (auto_jobs(None), auto_jobs(AUTO_JOBS_FROM - 1), auto_jobs(AUTO_JOBS_FROM)) == (1, 1, cores)
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"text": f"{ACCUSE} {i}"}) + "\n" for i in range(120)), encoding="utf-8")
    assert (estimate([str(many)]), estimate([str(many)], upto=AUTO_JOBS_FROM)) == (120, AUTO_JOBS_FROM)
    assert estimate(["-"]) is None


def test_extract_takes_an_article() -> None:
    record = detente.extract(Article(id="mine", text=ACCUSE, title="Shelling"), published="2026-03-04")
    assert (record["article"]["id"], record["article"]["title"]) == ("mine", "Shelling")
    assert [e["type"] for e in record["events"]] == ["ACCUSE"]
