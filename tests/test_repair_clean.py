"""A clean text is never altered: byte-identical output, no repair recorded."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from detente import repair
from detente.document import Article, Document

CLEAN = [
    # paragraphs of single lines separated by blank lines, as in JSON Lines articles
    "Brazil and Argentina will resume trade talks, the Brazilian foreign minister said on Tuesday.\n\n"
    "“We have agreed to start again,” she told reporters.\n\nThe talks will begin next month.\n",
    # paragraphs of single lines, no blank lines, Windows line endings, extra spaces
    "Japan and South Korea agreed on Friday to share radar data.\r\n"
    "  The two leaders met in Tokyo.  \r\nChina criticised the deal.",
    # headline, list and a short text
    "Summit Agenda\n\nThe leaders agreed on three points:\n- trade\n- energy\n- security\n",
    "Talks resumed.",
    "",
]


def check_unchanged(text: str) -> None:
    document = Document(Article(id="t", text=text))
    repair.apply(document)
    assert document.text == text
    assert document.repairs == []
    assert document.warnings == []


def test_repair_leaves_clean_texts_unchanged() -> None:
    for text in CLEAN:
        check_unchanged(text)


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéü’-", min_size=1, max_size=12)
sentences = st.builds(lambda w, first, end: " ".join([first.capitalize(), *w]) + end,
                      st.lists(words, min_size=2, max_size=25),
                      st.text(alphabet="abcdefgh", min_size=2, max_size=9),
                      st.sampled_from([".", "?", "!", ".”", "”", ":", ""]))
paragraphs = st.lists(sentences, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(paragraphs, min_size=1, max_size=12), st.sampled_from(["", "\n"]))
def test_repair_clean_paragraphs_property(paras: list[str], end: str) -> None:
    check_unchanged("\n\n".join(paras) + end)
