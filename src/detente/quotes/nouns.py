"""Attribution by a noun or an adjective: "Moscow's claim that the drills were defensive", "a pledge by Tokyo
to cut tariffs", "Seoul is confident that the talks will resume".

The clause the noun governs is the content, and the noun's owner ("Moscow's") or its by-phrase the speaker;
an adjective's speaker is the subject of the "be" it completes.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .found import Found
from .lexicon import Lexicon
from .reported import WITHHOLDING, clause_span, reported_clause_parts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SOURCE_PREPS = frozenset({"by", "from", "of"})
ADJECTIVE_PREPS = frozenset({"about", "of", "over"})
TOPIC_PREPS = frozenset({"of", "for", "about", "against", "on", "over", "to", "with"})


def _clause(noun: Token) -> Token | None:
    """A that-clause or an infinitive hung on the noun: "the claim [that ...]", "a pledge [to ...]"."""
    for child in noun.rights:
        if child.dep_ not in ("acl", "ccomp", "relcl"):
            continue
        lefts = list(child.lefts)
        if any(c.lower_ == "that" and c.dep_ == "mark" for c in lefts):
            return child
        if child.dep_ == "acl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in lefts):
            return child
    return None


def _owner(noun: Token, clause: Token) -> Token | None:
    """Whose claim it is: the possessor ("Moscow's claim") or a by/from/of-phrase before the clause."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS and child.i < clause.i:
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            if source is not None and source.pos_ in ("PROPN", "NOUN", "PRON"):
                return source
    return None


def _topic(noun: Token) -> Token | None:
    """What an owned stance is about: "Moscow's criticism [of the plan]", "Kyiv's call [for air defence]"."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _noun_found(noun: Token, documents: frozenset[str] = frozenset()) -> tuple[Token, Token | None] | None:
    """The noun's content and its speaker: a clause with any owner, or a topic with a named owner (a stance,
    not a document: "the Director General's report [on Iran]" says nothing of Iran yet)."""
    clause = _clause(noun)
    if clause is not None:
        return clause, _owner(noun, clause)
    if noun.lemma_.lower() in documents:
        return None
    topic = _topic(noun)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if topic is None or owner is None or owner.pos_ == "PRON":
        return None
    return topic, owner


def noun_cues(doc: Doc, lexicon: Lexicon, used: set[int]) -> Iterator[Found]:
    """Every noun of ``lexicon.nouns`` with a content of its own, not among the ``used`` tokens."""
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in used or tok.lemma_.lower() not in lexicon.nouns:
            continue
        found = _noun_found(tok, lexicon.source_documents)
        if found is not None and found[1] is None and _withheld(tok):
            continue  # "refused to comment on reports that ...": nobody's words
        parts = reported_clause_parts(found[0], lexicon) if found is not None else []
        if found is None or not parts:
            continue
        cue_span = (tok.idx, tok.idx + len(tok.text))
        yield Found(parts, tok.lemma_.lower(), cue_span, found[1], cue_tokens={tok.i})


def _withheld(noun: Token) -> bool:
    """Whether a noun is what a speaker would not speak about ("declined to comment on [reports] that ...")."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in WITHHOLDING
    return False


def _adjective_content(adj: Token) -> Token | None:
    """What the adjective is about: "confident [that ...]", "determined [to ...]", "worried [about ...]"."""
    for child in adj.rights:
        if child.dep_ in ("ccomp", "xcomp"):
            return child
        if (
            child.dep_ == "prep"
            and child.lower_ in ADJECTIVE_PREPS
            and any(c.dep_ in ("pobj", "pcomp") for c in child.children)
        ):
            return next(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    return next((c for c in adj.head.rights if c.dep_ == "ccomp" and c.i > adj.i), None)


def adjective_cues(doc: Doc, lexicon: Lexicon, used: set[int]) -> Iterator[Found]:
    """ "X is confident that ...", "X was adamant that ...", "X is determined to ...": X holds the content."""
    for tok in doc:
        if tok.dep_ != "acomp" or tok.i in used:
            continue
        if tok.lower_ not in lexicon.adjectives and tok.lemma_.lower() not in lexicon.adjectives:
            continue
        speaker = next((c for c in tok.head.lefts if c.dep_ == "nsubj"), None)
        content = _adjective_content(tok)
        span = clause_span(content) if content is not None else None
        if speaker is None or span is None:
            continue
        holder = None if speaker.lower_ == "it" else speaker  # "it is clear that ...": no one in particular
        cue_span = (tok.idx, tok.idx + len(tok.text))
        yield Found([span], tok.lower_, cue_span, holder, cue_tokens={tok.i})
