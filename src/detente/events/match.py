"""Finding event predicates in a parsed sentence: which tokens match a pattern or a governing cue."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from .lexicon import OBJECT_DEPS, Governor, Lexicon, Pattern

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# A noun is an event where it stands as the subject of its clause ("talks resumed"); as an object or inside
# a prepositional phrase only under a light verb ("held talks") or a governing cue ("called for talks").
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "attr", "appos", "conj", "dep"})


def _near(token: Token) -> list[Token]:
    """Children and grandchildren: the words a phrasal pattern may need ("walk out of", "crack down on")."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
            continue  # "called on Tuesday" is no "call on"
        out.append(child)
        if child.dep_ in {"prt", "prep", "advmod", "dobj", "compound", "amod"}:
            out.extend(child.children)
    return out


def _objects(token: Token) -> list[Token]:
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in OBJECT_DEPS:
            out.extend((child, *child.conjuncts))
            out.extend(
                g
                for p in child.children
                if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                for g in p.children
                if g.dep_ == "pobj"
            )  # "$2 billion in aid", "a wave of arrests"
        elif child.dep_ in {"prep", "prt", "agent", "advmod"}:
            out.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
            out.extend(g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
    if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:
        out.append(token.head)  # "sanctions imposed by X": the noun is the object of the participle
    return out


def fits(token: Token, pattern: Pattern) -> bool:
    """Whether a token and its dependents carry every word of a pattern."""
    if pattern.words:
        near = {t.lemma_.lower() for t in _near(token)} | {t.lower_ for t in _near(token)}
        if not all(w in near for w in pattern.words):
            return False
    if pattern.obj is None:
        return True
    if pattern.obj == "*":
        return any(c.dep_ in OBJECT_DEPS for c in token.children)
    for obj in _objects(token):
        if pattern.obj in (obj.lemma_.lower(), obj.lower_):
            mods = {c.lemma_.lower() for c in obj.children} | {c.lower_ for c in obj.children}
            if all(m in mods for m in pattern.obj_mods):
                return True
    return False


def lemma(token: Token, index: Container[str]) -> str:
    """The token's lemma, or a form the index knows where the tagger's lemma is off ("staged": "stag")."""
    found = token.lemma_.lower()
    if found in index or token.pos_ not in {"VERB", "AUX"}:
        return found
    text = token.lower_
    for form in (text[:-1], text[:-2], text[:-3]) if text.endswith(("ed", "es", "ing")) else ():
        if form in index:
            return form
    return found


def _index(token: Token, lexicon: Lexicon) -> list[Pattern]:
    if token.pos_ == "VERB":
        if token.dep_ == "amod":
            return []  # "the detained journalist" describes, it does not report
        return lexicon.verbs.get(lemma(token, lexicon.verbs), [])
    lemma_ = token.lemma_.lower()
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_):
        return lexicon.nouns.get(lemma_, []) or lexicon.nouns.get(token.lower_, [])
    if token.pos_ == "ADJ":
        return lexicon.adjectives.get(lemma_, [])
    return []


def trigger(token: Token, lexicon: Lexicon) -> Pattern | None:
    """The most specific pattern a token fits, or None."""
    return next((p for p in _index(token, lexicon) if fits(token, p)), None)


def cue(token: Token, lexicon: Lexicon) -> Governor | None:
    """The governor role of a token ("ready", "urged", "refused"), or None."""
    if token.pos_ not in {"VERB", "ADJ", "NOUN", "AUX"}:
        return None
    for pattern, governor in lexicon.cues.get(token.lemma_.lower(), []):
        if fits(token, pattern):
            return governor
    return None


def triggers(sent: SpacySpan, lexicon: Lexicon) -> dict[int, Pattern]:
    """Token index -> pattern, for every event predicate in a sentence."""
    out = {}
    for token in sent:
        pattern = trigger(token, lexicon)
        if pattern is not None:
            out[token.i] = pattern
    return out
