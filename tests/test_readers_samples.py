"""The demo articles shipped in the package read cleanly, and the PDF-style one is repaired."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

from detente import readers, repair
from detente.document import Article, Document
from detente.settings import Settings

SAMPLES = Path(str(resources.files("detente").joinpath("samples")))


def read_samples() -> list[Article]:
    files = [str(f) for f in sorted(SAMPLES.iterdir()) if f.suffix]  # one per kind of input; not the series
    items = list(readers.read(files, Settings()))
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items]
    return [i for i in items if isinstance(i, Article)]


def test_readers_samples_titles_and_origins() -> None:
    found = {(a.title, a.origin) for a in read_samples()}
    assert found == {
        ("India and Pakistan hold first Indus water talks in three years", "jsonl"),
        ("Canada and Denmark agree on joint Arctic patrols", "jsonl"),
        ("Brazil and Argentina Agree to Revive Stalled Trade Talks", "text"),
        (None, "text"),
        ("Germany and Poland Clash Over Border Checks", "text"),
        ("Japan and South Korea Pledge Closer Security Cooperation", "text"),
        ("Kenya and Ethiopia sign water-sharing deal for Omo basin", "html"),
    }


def test_readers_samples_dates_come_from_the_inputs() -> None:
    dates = {a.title: a.published for a in read_samples() if a.published}
    assert dates == {"India and Pakistan hold first Indus water talks in three years": dt.date(2026, 3, 10),
                     "Canada and Denmark agree on joint Arctic patrols": dt.date(2026, 3, 12),
                     "Kenya and Ethiopia sign water-sharing deal for Omo basin": dt.date(2026, 2, 12)}


def test_repair_pdf_style_sample() -> None:
    [article] = [a for a in read_samples() if a.source and a.source.endswith("_pdf.txt")]
    document = Document(article)
    repair.apply(document)
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[2].endswith("we are ready to act together with them wherever this is needed,” he said.")
    assert "Related article" not in document.text
    assert "declared persona non grata" in document.text
    assert document.repairs == ["unwrapped 14 hard line breaks", "rejoined 1 word hyphenated at a line end",
                                "rejoined 1 paragraph split by a page break", "dropped 1 page number",
                                "dropped 1 'Related article' line"]


def test_repair_leaves_clean_samples_unchanged() -> None:
    for article in read_samples():
        if not (article.source or "").endswith("_pdf.txt"):
            text = article.text
            repair.apply(Document(article))
            assert article.text == text
