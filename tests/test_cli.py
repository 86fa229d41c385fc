"""The extract command: records on stdout, one error line per bad input, exit codes 0/1/2."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente
from detente.cli import app
from detente.schema import validate

ARTICLE = (
    "Ministers meet in Oslo\n\n"
    "Norway's foreign minister said on Tuesday that talks with Sweden would resume next month.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_cli_extract_prints_one_valid_record(runner: CliRunner, good: Path) -> None:
    result = runner.invoke(app, ["extract", str(good), "--published", "2026-03-03"])
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    validate(record)
    assert record["article"]["published"] == "2026-03-03"
    assert record["article"]["text"] == ARTICLE
    assert record["article"]["source"] == str(good)


def test_cli_extract_id_is_stable_across_runs(runner: CliRunner, good: Path) -> None:
    first = records(runner.invoke(app, ["extract", str(good)]).stdout)[0]["article"]["id"]
    second = records(runner.invoke(app, ["extract", str(good)]).stdout)[0]["article"]["id"]
    assert first == second
    assert len(first) == 16


def test_cli_extract_some_failed_exits_1(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = runner.invoke(app, ["extract", str(missing), str(good)])
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 1
    assert result.stderr.strip() == f"detente: cannot read '{missing}': no such file or directory"


def test_cli_extract_all_failed_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"detente: cannot read '{empty}': file is empty"


def test_cli_extract_bad_date_is_usage_error(runner: CliRunner, good: Path) -> None:
    result = runner.invoke(app, ["extract", str(good), "--published", "15/01/2026"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "detente: --published: '15/01/2026' is not a date; use YYYY-MM-DD"


def test_cli_extract_writes_output_file(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(good), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert records(out.read_text(encoding="utf-8"))[0]["article"]["text"] == ARTICLE


def test_cli_extract_table_shows_title_and_counts(runner: CliRunner, good: Path) -> None:
    result = runner.invoke(app, ["extract", str(good), "--format", "table", "--published", "2026-03-03"])
    assert result.exit_code == 0
    assert "Ministers meet in Oslo" in result.stdout
    assert "2026-03-03" in result.stdout


def test_cli_schema_prints_record_schema(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["required"] == ["article", "provenance", "actors", "times", "quotes", "events", "warnings"]


def test_cli_extract_data_option_extends_the_knowledge_base(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Officials at Castle Vardo said on Monday that the talks would resume in March.\n",
                       encoding="utf-8")
    table = tmp_path / "standins.csv"
    table.write_text("name,aliases,country,sector,use,note\nCastle Vardo,,NOR,GOV,always,test seat\n",
                     encoding="utf-8")
    plain = records(runner.invoke(app, ["extract", str(article)]).stdout)[0]
    extended = records(runner.invoke(app, ["extract", str(article), "--data", str(table)]).stdout)[0]
    assert "NOR" not in [a["country"] for a in plain["actors"]]
    assert ("Castle Vardo", "NOR", "GOV") in [(a["name"], a["country"], a["sector"]) for a in extended["actors"]]


def test_cli_extract_missing_data_file_is_usage_error(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(good), "--data", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"detente: --data: no such file '{tmp_path / 'nope.yaml'}'"


def test_cli_extract_output_that_is_an_input_is_refused(runner: CliRunner, good: Path) -> None:
    before = good.read_text()
    result = runner.invoke(app, ["extract", str(good), "-o", str(good)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"detente: -o '{good}' is also an input; write the output elsewhere"
    assert good.read_text() == before


def test_cli_extract_failed_run_keeps_the_earlier_output(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["extract", str(good), "-o", str(out)]).exit_code == 0
    earlier = out.read_text()
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert f"'{out}' is left as it was" in result.stderr
    assert out.read_text() == earlier
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_cli_extract_a_text_over_the_parser_limit_fails_alone(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("Moscow said talks would resume. " * 33_000, encoding="utf-8")
    after = tmp_path / "after.txt"
    after.write_text(ARTICLE.replace("Sweden", "Finland"), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(good), str(long), str(after)])
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 2
    assert f"cannot process '{long}': text is 1,056,000 characters, over the parser's limit" in result.stderr


def test_cli_extract_bad_json_lines_fail_alone(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    feed = tmp_path / "odd.jsonl"
    deep = '{"id": "deep", "text": ' + "[" * 50_000 + "]" * 50_000 + "}"
    broken = '{"id": "s1", "text": "Russia accused Ukraine \\ud800 of shelling a town on Monday, officials said."}'
    feed.write_text(deep + "\n" + broken + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(feed), str(good)])
    assert result.exit_code == 1
    assert f"cannot read '{feed}:1': line is nested too deeply to be an article" in result.stderr
    found = records(result.stdout)
    assert [r["article"]["id"] for r in found][0] == "s1"
    assert "\ufffd" in found[0]["article"]["text"] and "\ud800" not in found[0]["article"]["text"]
    assert "replaced characters that are not valid Unicode" in result.stderr


@pytest.mark.parametrize(("value", "message"), [
    ("", "--published: empty; give a date YYYY-MM-DD or leave the option out"),
    ("2026-01-15garbage", "--published: '2026-01-15garbage' is not a date; use YYYY-MM-DD"),
    ("0001-01-01", "--published: '0001-01-01' is out of range; give a year from 1800 to 2200"),
    ("9999-12-31", "--published: '9999-12-31' is out of range; give a year from 1800 to 2200"),
])
def test_cli_extract_published_is_checked(runner: CliRunner, good: Path, value: str, message: str) -> None:
    result = runner.invoke(app, ["extract", str(good), "--published", value])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"detente: {message}"


def test_cli_extract_published_with_time_and_zone(runner: CliRunner, good: Path) -> None:
    result = runner.invoke(app, ["extract", str(good), "--published", "2026-01-15T10:00:00+02:00"])
    assert result.exit_code == 0 and records(result.stdout)[0]["article"]["published"] == "2026-01-15"


def test_cli_extract_nothing_found_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"detente: no articles found in {tmp_path}"


def test_cli_table_shows_brackets_from_articles_as_text(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "marks.txt"
    path.write_text('Title with [/bold] and [sic] brackets\n\nRussia accused Ukraine of shelling a town on Monday. '
                    '"The [sic] attack was brutal," a spokesman said.\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "Title with [/bold] and [sic] brackets" in result.stdout and "The [sic] attack was brutal" in result.stdout


def test_cli_kb_lookup_takes_brackets_as_text(runner: CliRunner) -> None:
    result = runner.invoke(app, ["kb", "lookup", "[/]"])
    assert result.exit_code == 1 and "nothing known as '[/]'" in result.stdout


def test_cli_version_names_what_records_carry(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    record = detente.extract("France praised Germany on Monday for its help, officials said.", published="2026-01-15")
    prov = record["provenance"]
    assert result.stdout.strip() == f"detente {prov['version']} model {prov['model']} data {prov['data']}"


def test_cli_extract_refuses_special_files(runner: CliRunner, good: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["extract", "/dev/zero", str(fifo), str(good)])
    assert result.exit_code == 1 and len(records(result.stdout)) == 1
    for name in ("/dev/zero", str(fifo)):
        assert f"cannot read '{name}': not a regular file; give a file, a directory, or - for stdin" in result.stderr
