"""Reading RSS and Atom feeds from the given file only: one article per entry, HTML stripped."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from detente import readers
from detente.document import Article
from detente.errors import InputError
from detente.settings import Settings

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Andes Wire</title><link>https://andeswire.example/</link>
<description>News</description>
<item><title>Bolivia and Chile resume talks</title><link>https://andeswire.example/bolivia-chile</link>
<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Bolivia and Chile resumed talks on Tuesday on access to the Pacific.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;The foreign
ministers&lt;/b&gt; met in Arica.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Empty item</title><link>https://andeswire.example/empty</link><description></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Desk</title><id>urn:gulf</id>
<updated>2026-03-05T10:00:00Z</updated>
<entry><title>Oman mediates between Iran and the US</title><id>urn:gulf:1</id>
<link href="https://gulfdesk.example/oman-mediation"/><published>2026-03-05T08:30:00Z</published>
<updated>2026-03-05T10:00:00Z</updated>
<content type="html">&lt;p&gt;Oman hosted indirect talks between Iran and the United States
on Thursday.&lt;/p&gt;</content>
</entry></feed>
"""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_readers_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "andes.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(readers.read([str(path)], Settings()))
    article, error = items
    assert isinstance(article, Article)
    assert article.text == ("Bolivia and Chile resumed talks on Tuesday on access to the Pacific.\n\n"
                            "The foreign ministers met in Arica.")
    assert (article.title, article.url, article.published, article.origin) == (
        "Bolivia and Chile resume talks", "https://andeswire.example/bolivia-chile", dt.date(2026, 3, 3),
        "feed")
    assert isinstance(error, InputError)
    assert str(error) == f"cannot read '{path}:entry 2': feed entry has no text"


def test_readers_atom_sniffed_from_xml(tmp_path: Path) -> None:
    path = tmp_path / "gulf.xml"
    path.write_text(ATOM, encoding="utf-8")
    [article] = list(readers.read([str(path)], Settings()))
    assert isinstance(article, Article)
    assert article.text == "Oman hosted indirect talks between Iran and the United States on Thursday."
    assert article.url == "https://gulfdesk.example/oman-mediation"
    assert article.published == dt.date(2026, 3, 5)


def test_readers_feed_without_entries(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>Nothing here", encoding="utf-8")
    [error] = list(readers.read([str(path)], Settings()))
    assert isinstance(error, InputError)
    assert error.reason.startswith("no articles found in the feed (")
