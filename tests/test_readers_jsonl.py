"""Reading JSON Lines: one article a line; a bad line is an error naming file:line, the others are read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from detente import readers
from detente.document import Article
from detente.errors import InputError
from detente.settings import Settings

GOOD = {"id": "k-1", "title": "Kenya and Uganda sign rail accord", "published": "2026-02-03",
        "url": "https://example.org/k-1", "source": "Example Wire",
        "text": "Kenya and Uganda signed an accord on Tuesday to extend the railway to Kampala."}


def write_lines(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_readers_jsonl_fields(tmp_path: Path) -> None:
    path = write_lines(tmp_path, [json.dumps(GOOD)])
    [article] = list(readers.read([str(path)], Settings()))
    assert isinstance(article, Article)
    assert (article.id, article.title, article.published, article.url, article.source, article.origin) == (
        "k-1", "Kenya and Uganda sign rail accord", dt.date(2026, 2, 3), "https://example.org/k-1",
        "Example Wire", "jsonl")
    assert article.text == GOOD["text"]


def test_readers_jsonl_bad_lines_name_file_and_line(tmp_path: Path) -> None:
    no_text = {"id": "k-2", "title": "No body"}
    last = "Rwanda and Burundi reopened their border on Monday."
    path = write_lines(tmp_path, [json.dumps(GOOD), "{not json", "", json.dumps(no_text), "[1, 2]",
                                  json.dumps({"text": last})])
    items = list(readers.read([str(path)], Settings()))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [
        f"cannot read '{path}:2': line is not JSON (Expecting property name enclosed in double quotes at "
        f"column 2)",
        f"cannot read '{path}:4': line has no text (a 'text' field with the article is required)",
        f"cannot read '{path}:5': line is not a JSON object",
    ]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in articles] == ["k-1", Article.stable_id(last)]
    assert articles[1].source == f"{path}:6"


def test_readers_jsonl_bad_published_is_an_error(tmp_path: Path) -> None:
    path = write_lines(tmp_path, [json.dumps({**GOOD, "published": "last Tuesday"})])
    [error] = list(readers.read([str(path)], Settings()))
    assert isinstance(error, InputError)
    assert str(error) == (f"cannot read '{path}:1': published: 'last Tuesday' is not a date; use YYYY-MM-DD or a"
                          " date as feeds write it, or leave it out")


def test_readers_jsonl_published_option_overrides_bad_date(tmp_path: Path) -> None:
    path = write_lines(tmp_path, [json.dumps({**GOOD, "published": "last Tuesday"})])
    [article] = list(readers.read([str(path)], Settings(published=dt.date(2026, 1, 15))))
    assert isinstance(article, Article)
    assert article.published is None  # the pipeline sets the --published date


def test_readers_jsonl_empty_file(tmp_path: Path) -> None:
    path = write_lines(tmp_path, ["", "  "])
    [error] = list(readers.read([str(path)], Settings()))
    assert isinstance(error, InputError)
    assert error.reason == "file is empty"


def test_readers_jsonl_file_over_the_limit_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    line = {"id": "x", "text": "Chile and Peru agreed on Monday to reopen their border crossings. " * 3}
    path.write_text("\n".join(json.dumps({**line, "id": f"a{i}"}) for i in range(50)) + "\n", encoding="utf-8")
    settings = Settings(max_bytes=1000)
    assert path.stat().st_size > settings.max_bytes
    items = list(readers.read([str(path)], settings))
    assert [a.id for a in items if isinstance(a, Article)] == [f"a{i}" for i in range(50)]


def test_readers_jsonl_line_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": "big", "text": "word " * 400}), json.dumps({"id": "ok", "text": "short"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    big, ok = readers.read([str(path)], Settings(max_bytes=1000))
    assert isinstance(big, InputError)
    assert str(big) == f"cannot read '{path}:1': line is 2 KB, over the 1 KB limit"
    assert isinstance(ok, Article) and ok.id == "ok"


@pytest.mark.parametrize(("written", "date", "warning"), [
    ("Mon, 21 Jan 2019 10:00:00 GMT", "2019-01-21", None),
    ("2019-01-21T23:30:00+01:00", "2019-01-21", None),
    ("5 January 2020", "2020-01-05", None),
    ("Jan 5, 2020", "2020-01-05", None),
    ("03/04/2020", "2020-04-03", "published '03/04/2020' read as 2020-04-03 (day first)"),
    ("25/12/2020", "2020-12-25", None),
])
def test_readers_jsonl_published_in_common_forms(tmp_path: Path, written: str, date: str,
                                                 warning: str | None) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "d1", "published": written, "text": "France praised Germany on Monday."}) + "\n")
    [article] = list(readers.read([str(path)], Settings()))
    assert isinstance(article, Article)
    assert article.published is not None and article.published.isoformat() == date
    assert article.warnings == ([warning] if warning else [])


def test_readers_jsonl_published_that_is_no_date(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "d1", "published": "sometime soon", "text": "France praised Germany."}) + "\n")
    [item] = list(readers.read([str(path)], Settings()))
    assert isinstance(item, InputError)
    assert str(item) == (f"cannot read '{path}:1': published: 'sometime soon' is not a date; use YYYY-MM-DD or a "
                         "date as feeds write it, or leave it out")
