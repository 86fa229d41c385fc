"""Reading HTML pages: main text only, title, date and url from the metadata, no network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from detente import readers, repair
from detente.document import Article, Document
from detente.errors import InputError
from detente.settings import Settings

PAGE = """<!DOCTYPE html>
<html><head>
<title>Chad and Niger reopen border | Sahel Daily</title>
<meta property="og:title" content="Chad and Niger reopen border">
<meta property="article:published_time" content="2026-04-07T10:00:00Z">
<meta property="og:url" content="https://saheldaily.example/news/chad-niger-border">
<script>var tracker = "Subscribe now to read every story";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Chad and Niger reopen border</h1>
<p>Chad and Niger reopened their shared border on Tuesday after a closure of almost two years, the two
governments said in a joint statement issued in N'Djamena.</p>
<div class="advert">Advertisement</div>
<p>"Trade between our peoples must never again be held hostage to politics," Chad's foreign minister said
at the crossing point, adding that customs posts would open around the clock.</p>
<aside class="related"><ul><li><a href="/x">Read more: Sahel leaders meet in Niamey</a></li></ul></aside>
<p>Niger's government said it would deploy additional border guards to prevent smuggling of fuel.</p>
</article>
<footer><p>Copyright 2026 Sahel Daily. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def read_page(tmp_path: Path, html: str, name: str = "page.html") -> Article | InputError:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    items = list(readers.read([str(path)], Settings()))
    assert len(items) == 1
    return items[0]


def test_readers_html_main_text_and_metadata(tmp_path: Path, no_network: None) -> None:
    article = read_page(tmp_path, PAGE)
    assert isinstance(article, Article)
    document = Document(article)
    repair.apply(document)  # an advertisement line the extractor kept goes in the repair stage
    assert document.warnings == ["repaired: dropped 1 'Advertisement' line"]
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Chad and Niger reopen border"
    assert paragraphs[1].startswith("Chad and Niger reopened their shared border on Tuesday")
    assert paragraphs[-1] == ("Niger's government said it would deploy additional border guards to prevent "
                              "smuggling"
                              " of fuel.")
    assert len(paragraphs) == 4
    for junk in ("Home", "Advertisement", "Read more", "Copyright", "tracker", "Subscribe"):
        assert junk not in article.text
    assert article.title == "Chad and Niger reopen border"
    assert article.published is not None and article.published.isoformat() == "2026-04-07"
    assert article.url == "https://saheldaily.example/news/chad-niger-border"
    assert article.origin == "html"


def test_readers_html_sniffed_in_a_text_file(tmp_path: Path, no_network: None) -> None:
    article = read_page(tmp_path, PAGE, name="saved.txt")
    assert isinstance(article, Article)
    assert article.origin == "html"
    assert article.title == "Chad and Niger reopen border"


@pytest.mark.parametrize("html", [
    "<html><body><div><span></div></p></body></html>",
    "<html><head><title>Only a title</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
])
def test_readers_html_without_article_text(tmp_path: Path, html: str, no_network: None) -> None:
    error = read_page(tmp_path, html)
    assert isinstance(error, InputError)
    assert error.reason == "no article text found in the HTML page"
