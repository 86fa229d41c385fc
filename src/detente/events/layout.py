"""Where a word stands in the article's layout: in a dateline ("BERLIN —", "KYIV, March 3 (Reuters) -"), which
names no party of any event, or in a headline (a line of its own without a final stop), where a comma joins
parties as "and" does ("Ethiopia, Kenya pledge to ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datelines import DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_DATELINE = 16  # tokens: a dateline is short
MAX_HEADLINE = 40  # tokens: a longer line is no headline
FINAL_STOPS = frozenset({".", "!", "?"})
PARTNER_DEPS = frozenset({"nsubj", "dep", "npadvmod", "appos", "conj"})
NAME_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _breaks_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or "\n" in token.text


def _line_start(token: Token, limit: int) -> int | None:
    """The index of the first token of the token's line, where it is at most ``limit`` tokens back."""
    doc = token.doc
    i = token.i
    while i > 0 and not _breaks_line(doc[i - 1]):
        if token.i - i >= limit:
            return None
        i -= 1
    while i < token.i and doc[i].is_space:
        i += 1
    return i


def in_dateline(token: Token) -> bool:
    """Whether a token is part of the dateline that opens its line."""
    if token.is_lower or token.is_space:
        return False
    start = _line_start(token, MAX_DATELINE)
    if start is None:
        return False
    doc = token.doc
    head = doc[start:min(len(doc), start + MAX_DATELINE + 4)]
    found = DATELINE.match(head.text)
    return found is not None and token.idx < doc[start].idx + found.end()


def in_headline(token: Token) -> bool:
    """Whether a token stands on a short line of its own that ends without a final stop (a headline)."""
    doc = token.doc
    if _line_start(token, MAX_HEADLINE) is None:
        return False
    end = token.i
    while end + 1 < len(doc) and not _breaks_line(doc[end]):
        if end - token.i >= MAX_HEADLINE:
            return False
        end += 1
    while end > token.i and (doc[end].is_space or doc[end].is_quote):
        end -= 1
    return doc[end].text not in FINAL_STOPS


def _is_name(token: Token) -> bool:
    return token.ent_type_ in NAME_ENTITIES or token.pos_ == "PROPN"


def _name_head(token: Token) -> Token:
    """The head of the multi-word name a token is part of ("South" in "South Korea": "Korea")."""
    while token.dep_ == "compound" and token.head.i > token.i and _is_name(token.head):
        token = token.head
    return token


def _name_start(token: Token) -> int:
    return min((c.i for c in token.lefts if c.dep_ == "compound" and _is_name(c)), default=token.i)


def headline_partners(token: Token) -> list[Token]:
    """The names a headline's comma joins to a subject ("Ethiopia, Kenya pledge"; "India, Pakistan agree")."""
    if not _is_name(token) or not in_headline(token):
        return []
    doc = token.doc

    def joined(other: Token) -> bool:
        near = other.head.i in (token.head.i, token.i) or token.head.i == other.i
        return other.i != token.i and near and other.dep_ in PARTNER_DEPS and _is_name(other)

    out = []
    i = _name_start(token) - 1
    while i >= 1 and doc[i].text == "," and joined(left := _name_head(doc[i - 1])):
        out.append(left)
        i = _name_start(left) - 1
    j = token.i + 1
    while j + 1 < len(doc) and doc[j].text == "," and joined(right := _name_head(doc[j + 1])):
        out.append(right)
        j = right.i + 1
    return sorted(out, key=lambda t: t.i)
