"""Reading plain text files: encodings, binary and empty files, size limit, headline -> title, directories."""

from __future__ import annotations

import io
import logging
import sys
from pathlib import Path

import pytest

from detente import readers
from detente.document import Article
from detente.errors import InputError
from detente.settings import Settings

TEXT = ("Le ministre a déclaré lundi que « la France est prête » à reprendre le dialogue, "
        "the minister’s office said in a statement on Monday.\n")


def read_one(path: Path, settings: Settings | None = None) -> Article | InputError:
    items = list(readers.read([str(path)], settings or Settings()))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("cp1252", b""),
])
def test_readers_decodes_each_encoding(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == TEXT
    assert article.origin == "text"
    assert article.source == str(path)


def test_readers_decodes_latin1(tmp_path: Path) -> None:
    text = "Le président a déclaré à Genève que les négociations reprendront après l'été.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("latin-1"))
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.text == text


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)),
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(200, 256)) * 4,
])
def test_readers_refuses_binary_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    error = read_one(path)
    assert isinstance(error, InputError)
    assert str(error) == f"cannot read '{path}': binary file, not text"


@pytest.mark.parametrize("data", [b"", b"  \n\n\t \r\n"])
def test_readers_refuses_empty_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    error = read_one(path)
    assert isinstance(error, InputError)
    assert error.reason == "file is empty"


def test_readers_checks_size_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(52_000_000)  # sparse: no disk space used

    def fail(self: Path) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", fail)
    error = read_one(path)
    assert isinstance(error, InputError)
    assert str(error) == f"cannot read '{path}': file is 52 MB, over the 20 MB limit"


def test_readers_missing_file(tmp_path: Path) -> None:
    error = read_one(tmp_path / "nope.txt")
    assert isinstance(error, InputError)
    assert error.reason == "no such file or directory"


def test_readers_headline_becomes_title_and_stays_in_text(tmp_path: Path) -> None:
    text = "Chile and Peru Settle Fishing Dispute\n\nChile and Peru agreed on Monday to share quotas.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert article.title == "Chile and Peru Settle Fishing Dispute"
    assert article.text == text


@pytest.mark.parametrize(("text", "title"), [
    ("Chile and Peru Settle Fishing Dispute\nChile and Peru agreed on Monday to share quotas.",
     "Chile and Peru Settle Fishing Dispute"),
    ("Why the talks in Doha failed again?\n\nThe talks collapsed on Sunday.",
     "Why the talks in Doha failed again?"),
    ("The minister said on Monday that talks would resume.\n\nShe gave no date.", None),
    ("Chile and Peru agreed on Monday to share the fishing quotas in the\nwaters off Arica.", None),
    ("The talks, which began in March,\nwere suspended on Monday after a row over quotas.", None),
    ("Chile and Peru agreed on Monday to share quotas.", None),
    ("Chile\n\nChile and Peru agreed on Monday to share quotas.", None),
])
def test_readers_headline_rule(text: str, title: str | None) -> None:
    assert readers.headline(text) == title
    assert readers.from_text(text, "x").title == title


def test_readers_from_text_keeps_text_and_derives_id() -> None:
    text = "Chile and Peru agreed on Monday to share quotas."
    article = readers.from_text(text, None)
    assert article.text == text
    assert article.id == Article.stable_id(text)
    assert article.source is None


def test_readers_directory_is_recursive_sorted_and_skips_other_files(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("The second article says the talks went on.", encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("How these files were collected, and by whom.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The first article says the talks began today.", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    with caplog.at_level(logging.DEBUG, logger="detente.readers"):
        items = list(readers.read([str(tmp_path)], Settings()))
    assert [i.text for i in items if isinstance(i, Article)] == [
        "The first article says the talks began today.", "The second article says the talks went on."]
    assert len(items) == 2
    assert any("c.png" in r.getMessage() for r in caplog.records)
    included = list(readers.read([str(tmp_path)], Settings(include=("*.md",))))
    assert str(tmp_path / "b" / "notes.md") in [i.source for i in included if isinstance(i, Article)]


def test_readers_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Oman hosted a new round of talks on Sunday, officials said."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(readers.read(["-"], Settings()))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].text == data.decode()
    assert items[0].source == "<stdin>"


def test_readers_stdin_sniffs_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (b'{"id": "a1", "text": "Oman hosted talks on Sunday, officials said."}\n'
            b'{"id": "a2", "text": "Qatar hosted talks on Monday, officials said."}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(readers.read(["-"], Settings()))
    assert [(i.id, i.origin) for i in items if isinstance(i, Article)] == [("a1", "jsonl"), ("a2", "jsonl")]


def test_readers_stdin_sniffs_html(monkeypatch: pytest.MonkeyPatch) -> None:
    body = "<p>Oman hosted a new round of talks between the two delegations on Sunday, officials said.</p>"
    data = f"<!DOCTYPE html><html><head><title>Talks</title></head><body>{body}</body></html>".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(readers.read(["-"], Settings()))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].origin == "html"
    assert items[0].text == body[3:-4]


def test_readers_unexpected_failure_becomes_input_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: bytes, label: str, settings: Settings) -> list:
        raise RuntimeError("parser exploded")

    monkeypatch.setitem(readers._READERS, "text", broken)
    path = tmp_path / "a.txt"
    path.write_text("Oman hosted a new round of talks on Sunday.", encoding="utf-8")
    items = list(readers.read([str(path), str(tmp_path / "missing.txt")], Settings()))
    assert [str(i) for i in items] == [
        f"cannot read '{path}': unexpected error reading it as text (RuntimeError: parser exploded)",
        f"cannot read '{tmp_path / 'missing.txt'}': no such file or directory"]
