"""Inputs that used to be misread: UTF-16 without a byte-order mark, files mixing encodings, texts in other
scripts, navigation pages and copyright years, undecodable file names."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import detente
from detente import readers
from detente.cli import app
from detente.document import Article
from detente.errors import InputError
from detente.settings import Settings

SENTENCE = "The minister said on Monday that the talks in Geneva would resume next week, officials said."


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(encoding: str) -> None:
    items = readers.read_bytes(SENTENCE.encode(encoding), "u.txt", Settings(), "text")
    assert [i.text for i in items if isinstance(i, Article)] == [SENTENCE]


def test_binary_with_zero_bytes_is_still_binary() -> None:
    data = bytes(range(256)) * 8
    assert isinstance(readers.read_bytes(data, "b.txt", Settings(), "text")[0], InputError)


def test_a_file_mixing_encodings_is_read_line_by_line_with_a_warning() -> None:
    data = ("Le café de Paris fermera lundi, a dit le maire.\n" * 3).encode() + \
        "Herr Müller sagte, die Grüße aus Köln kämen später.\n".encode("cp1252")
    article = readers.read_bytes(data, "m.txt", Settings(), "text")[0]
    assert isinstance(article, Article)
    assert "café" in article.text and "Müller" in article.text and "Ã" not in article.text
    assert article.warnings == ["the file mixes encodings: 1 line read as Windows-1252, the rest as UTF-8"]


@pytest.mark.parametrize(("text", "script"), [
    ("北京市人民政府今天宣布新的政策。中国外交部发言人表示，中方欢迎美国总统访华。", "Chinese (CJK)"),
    ("قال وزير الخارجية المصري اليوم إن المحادثات مع إسرائيل ستستأنف الأسبوع المقبل.", "Arabic"),
    ("Министр иностранных дел заявил в понедельник, что переговоры возобновятся.", "Cyrillic"),
])
def test_texts_in_another_script_are_flagged_however_short(text: str, script: str) -> None:
    assert detente.extract(text)["warnings"] == [f"text is mostly in {script} script, not English"]


def test_english_with_a_few_foreign_names_is_not_flagged() -> None:
    record = detente.extract("President Erdoğan met Władysław Kosiniak-Kamysz and 习近平's envoy in Ankara on Monday.")
    assert not [w for w in record["warnings"] if "script" in w]


def test_a_navigation_page_is_no_article(tmp_path: Path) -> None:
    page = tmp_path / "home.html"
    links = "".join(f'<li><a href="/{w}">{w.title()} news today</a></li>' for w in
                    ("world", "politics", "business", "sport", "culture", "science", "weather", "travel"))
    page.write_text(f"<html><head><title>News</title></head><body><nav><ul>{links}</ul></nav>"
                    "<footer>© 2019 Example News Ltd. All rights reserved.</footer></body></html>", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(page)])
    assert result.exit_code == 2
    assert "no article text found in the HTML page (only links, menus and headings)" in result.stderr


def test_a_copyright_year_is_no_publication_date_but_a_stated_day_is(tmp_path: Path) -> None:
    body = "".join(f"<p>{SENTENCE} Paragraph {i} adds detail on the Geneva process.</p>" for i in range(4))
    footer = "<footer>© 2019 Example News Ltd.</footer>"
    page = tmp_path / "a.html"
    page.write_text(f"<html><head><title>Talks</title></head><body><article>{body}</article>{footer}</body></html>",
                    encoding="utf-8")
    assert readers.read_bytes(page.read_bytes(), "a.html", Settings(), "html")[0].published is None
    dated = page.read_text(encoding="utf-8").replace("<head>", '<head><meta property="article:published_time" '
                                                               'content="2026-03-04T10:00:00Z">')
    assert str(readers.read_bytes(dated.encode(), "a.html", Settings(), "html")[0].published) == "2026-03-04"


def test_an_undecodable_file_name_gives_valid_utf8_output(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as f:
        f.write(SENTENCE.encode())
    result = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    line = result.stdout_bytes.splitlines()[0]
    record = json.loads(line.decode("utf-8"))  # strict UTF-8: no lone surrogate escaped into the output
    assert record["article"]["source"].endswith("caf\ufffd.txt")
