"""Finding actor mentions in a parsed text: names, titles, stand-ins, role phrases, groups and pronouns.

Each mention carries what its own words say (country, sector, role, gender, number); linking mentions to
actors is the job of ``link``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..kb import Entry, KnowledgeBase, Role, norm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

ACTING_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
PRONOUNS = {"he": ("m", False), "him": ("m", False), "his": ("m", False), "himself": ("m", False),
            "she": ("f", False), "her": ("f", False), "hers": ("f", False), "herself": ("f", False),
            "it": (None, False), "its": (None, False),
            "they": (None, True), "them": (None, True), "their": (None, True)}
DEFINITE = {"the", "this", "that", "these", "those"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
MAX_ROLE_WORDS = 5  # "general - in - chief", as the tokenizer splits it
SPANNING = frozenset({"pan", "trans", "inter"})  # "Pan-American": a name spanning many nations


@dataclass
class Mention:
    """One stretch of text that refers to an actor, with what its words tell about it."""

    start: int  # character offsets into the text
    end: int
    head: int  # token index of the head word
    form: str  # name | state | standin | org | group | description | pronoun
    kind: str  # person | organization | state | group
    name: str
    entry: Entry | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    office: str | None = None
    gender: str | None = None
    plural: bool = False
    definite: bool = False
    subject: bool = False
    former: bool = False
    surface: str = ""  # the words as written ('UN refugee agency' for UNHCR)
    word: str = ""  # the head noun of a role phrase, lower case ('ministry', 'government')
    quoted: bool = False  # a pronoun inside quotation marks (its gender does not teach the actor's)
    in_quote: bool = False  # inside quotation marks: what a speaker says places no one outside the quotation
    placed: bool = False  # the phrase says where it belongs ('from both countries'): no country is guessed
    clause: int | None = None  # the verb of a subject, or of an object pronoun (binding: 'X called on him')
    governor: int | None = None  # for a subject pronoun: the subject token of the verb that governs its clause
    sent: int = 0
    para: int = 0
    consumed: set[int] = field(default_factory=set)  # token indices this mention's phrase uses up
    owner: int | None = None  # where the possessive pronoun of a role phrase stands ('her' of 'her ministry')
    possessor: int | None = None  # where the noun whose "'s" a role phrase follows stands ('the junta' of "the
    # junta's spokesman")
    qualifiers: set[str] = field(default_factory=set)  # common nouns before a role word ('bank' spokesman)
    also: list[tuple[int, int]] = field(default_factory=list)  # further spans: a role in apposition
    roles: list[str] = field(default_factory=list)  # further titles joined to a name's ("Prime Minister and ...")
    questioned: bool = False  # the one a question is put to ("asked the Greek minister whether ..."): who answers
    alias_of: int | None = None  # an acronym in parentheses: the start of the name it abbreviates
    introduced: bool = False  # a name set off after a definite description of its bearer ("The farmer, Ana Ruiz")
    regional: bool = False  # a government of a part of its country ("the administration in the east")
    serves: bool = False  # an official a body owns, of a nationality given apart ("its chief, X, a Senegalese
    # diplomat"): the body's
    counted: bool = False  # a group given with its number ("four civilians"): a set of its own


MAX_NAME_TOKENS = 12  # the longest name matched, in tokens ("Organization for Security and Co-operation in Europe")


@dataclass
class Gazetteer:
    """The knowledge base's names indexed by first word, for fast matching over tokens."""

    kb: KnowledgeBase
    first: dict[str, int]  # first word (index form) -> longest name in characters
    lower_ok: set[str]  # first words written in lower case in the data ('al-Qaeda')


@lru_cache(maxsize=4)
def gazetteer(kb: KnowledgeBase) -> Gazetteer:
    first: dict[str, int] = {}
    lower_ok: set[str] = set()
    for key, entries in kb.names():
        words = {key.split(" ")[0].casefold(), key.split(" ")[0].split("-")[0].casefold()}  # "Port-au-Prince" is
        for word in words:  # written "Port", "-", "au", "-", "Prince" by the tokenizer
            first[word] = max(first.get(word, 0), len(key) + 2)
            if any(e.name[:1].islower() for e in entries):
                lower_ok.add(word)
    return Gazetteer(kb, first, lower_ok)


def _first_key(token: Token) -> str:
    return norm(token.text).casefold()


def match_names(doc: Sequence[Token], text: str, gaz: Gazetteer,
                date: dt.date | None) -> list[tuple[int, int, list[Entry]]]:
    """Longest knowledge-base names found in the text, as (first token, end token, entries)."""
    found = []
    i, n = 0, len(doc)
    while i < n:
        text0 = doc[i].text
        if not (text0[:1].isupper() or text0[:1].isdigit() or text0.lower() in gaz.lower_ok):
            i += 1
            continue
        key = _first_key(doc[i])
        if key in gaz.first:
            best = _longest_at(doc, text, i, gaz.first[key], gaz.kb, date)
            if best:
                found.append(best)
                i = best[1]
                continue
        i += 1
    return found


def _longest_at(doc: Sequence[Token], text: str, i: int, max_chars: int, kb: KnowledgeBase,
                date: dt.date | None) -> tuple[int, int, list[Entry]] | None:
    start = doc[i].idx
    best = None
    for j in range(i, min(len(doc), i + MAX_NAME_TOKENS)):
        end = doc[j].idx + len(doc[j].text)
        if end - start > max_chars or doc[j].is_space:
            break
        entries = kb.lookup(text[start:end], date)
        if entries:
            best = (i, j + 1, entries)
    return best


def role_at(doc: Sequence[Token], i: int, kb: KnowledgeBase) -> tuple[Role, int] | None:
    """The longest role term starting at token i ('prime minister', 'troops'), with its end token."""
    if doc[i].lower_ not in kb.role_starts:
        return None
    best = None
    words = []
    for j in range(i, min(len(doc), i + MAX_ROLE_WORDS)):
        words.append(doc[j].lower_)
        role = kb.role(" ".join(words).replace(" - ", "-"))
        if role:
            best = (role, j + 1)
    return best


def demonym_at(doc: Sequence[Token], i: int, kb: KnowledgeBase) -> tuple[str, int] | None:
    """A demonym at token i ('Italian', 'South Korean'), with its end token."""
    if not doc[i].text[:1].isupper() or _opens_organisation(doc, i, kb) or _spanning(doc, i):
        return None
    if i + 2 < len(doc) and (code := kb.demonym(f"{doc[i].text} {doc[i + 1].text} {doc[i + 2].text}")):
        return code, i + 3  # "Papua New Guinean"
    if i + 1 < len(doc) and (code := kb.demonym(f"{doc[i].text} {doc[i + 1].text}")):
        return code, i + 2
    code = kb.demonym(doc[i].text)
    return (code, i + 1) if code else None


def _spanning(doc: Sequence[Token], i: int) -> bool:
    """Whether the word at i is the second half of a name that spans many nations ("Pan-American", "Pan-African",
    "Trans-Saharan"), which names none of them."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in SPANNING


def _opens_organisation(doc: Sequence[Token], i: int, kb: KnowledgeBase) -> bool:
    """Whether token i is an article before an organisation's name ('The European Union'), not a demonym."""
    if doc[i].lower_ not in ("the", "a", "an") or i + 2 >= len(doc):
        return False
    return any(e.kind == "organization" for e in kb.lookup(f"{doc[i + 1].text} {doc[i + 2].text}"))


def sentence_index(doc: Doc, toks: Sequence[Token]) -> list[int]:
    """Sentence number of every token."""
    out = [0] * len(toks)
    for k, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            out[t] = k
    return out


def entity_spans(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ in NAME_LABELS]
