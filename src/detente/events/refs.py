"""Words that name parties only by reference, for the article's story to resolve: a definite noun of an earlier
act ("welcomed the agreement", "condemned the strikes", "the outcome of the talks") and the two sides ("both
countries", "the two ministers", "the presidents of the two countries")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import parties
from .match import trigger

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token

    from .lexicon import Lexicon

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SEVERAL = frozenset({"both", "two", "each"})  # "each side blamed the other": both sides
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}  # states named together: "the four governments"
PAIRS = {"both": 2, "two": 2}  # two states named together, where the story has no two sides yet
LOOK_BACK = 200  # tokens
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})


def sides(token: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase names the two sides of a story: "both countries", "the two ministers", "both", "the two"."""
    if token.lower_ == "both" and token.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return True
    if token.lower_ == "two" and token.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return True  # "telephoned his Senegalese counterpart, and the two agreed to reopen the border"
    if token.lemma_.lower() not in lexicon.side_nouns and token.lower_ not in lexicon.side_nouns:
        return any(sides(g, lexicon) for g in parties.prep_objects(token, ("in", "from"))) or _owned_by_sides(
            token, lexicon)  # "officials in both capitals", "officials from the two countries"
    if any(c.lower_ in SEVERAL for c in token.children if c.dep_ in {"det", "nummod", "predet", "amod", "preconj"}):
        return True
    return any(sides(g, lexicon) for g in parties.prep_objects(token, ("of",))) or _owned_by_sides(
        token, lexicon)  # "the presidents of the two"


def _owned_by_sides(token: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase is owned by the two sides: "the two countries' defence ministers"."""
    return any(c.dep_ == "poss" and sides(c, lexicon) for c in token.children)


def together(token: Token, lexicon: Lexicon, pairs: bool = False) -> list[Token]:
    """The states last named together that "the three governments" or "the four countries" stand for, as
    coordinated words ("the United States, Britain, Canada and Japan imposed ... Ukraine thanked the four
    governments"); with ``pairs``, also "the two countries"; none where the count does not match."""
    counts = {**COUNTS, **PAIRS} if pairs else COUNTS
    count = next((counts[c.lower_] for c in token.children if c.lower_ in counts), None)
    if count is None or token.lemma_.lower() not in lexicon.side_nouns:
        return []
    for tok in reversed(token.doc[max(0, token.i - LOOK_BACK) : token.i]):
        group = [tok, *(t for t in tok.conjuncts if t.i > tok.i)]
        if tok.dep_ != "conj" and len(group) == count and all(_named_side(t, lexicon) for t in group):
            return group
    return []


def _named_side(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word names a state or a body, by the tagger or by the knowledge base ("Togo", tagged a person)."""
    if token.ent_type_ in ("GPE", "ORG", "NORP"):
        return True
    return lexicon.places is not None and any(e.kind == "state" for e in lexicon.places.lookup(token.text))


def _definite(noun: Token) -> bool:
    """"The talks", "that deal", "Thursday's release"."""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.ent_type_ == "DATE")
               for c in noun.children)


def _named(noun: Token) -> bool:
    """Whether a nominal act names its own parties ("the accord between Turkey and Libya", "Russia's strikes")."""
    return parties.nominal_source(noun) is not None or bool(parties.prep_objects(noun, ("with",)))


def _acts(noun: Token, lexicon: Lexicon) -> list[str]:
    """The types of act a noun may name, as a noun and as the verb of the same word ("the strikes": a walkout,
    or the striking of targets; "the incident": an attack)."""
    word = noun.lemma_.lower()
    found = trigger(noun, lexicon)
    patterns = ([found] if found is not None else []) + lexicon.verbs.get(word, [])
    kinds = [lexicon.codes[p.code].type for p in patterns if p.code in lexicon.codes and not p.words and not p.obj]
    kinds += lexicon.references[word].split("|") if word in lexicon.references else []  # "MOBILIZE|ASSAULT"
    return list(dict.fromkeys(kinds))


def doers(sent: Span, lexicon: Lexicon) -> Iterator[tuple[list[str], Token]]:
    """The acts a sentence names by a noun with their doer ("condemned Ecuador's raid on the embassy", "the
    strikes by Russia"): the types each may name, and the doer's word, for "the raid" later to refer to."""
    for noun in sent:
        if noun.pos_ != "NOUN" or (doer := parties.nominal_source(noun)) is None or doer.pos_ == "PRON":
            continue
        kinds = _acts(noun, lexicon)
        if kinds:
            yield kinds, doer


def antecedent(token: Token) -> Token | None:
    """The noun "it" as an act's object stands for: the last definite object of another verb before it in its
    sentence ("Kosovo accepted the invitation, but Serbia turned it down": the invitation)."""
    pronoun = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if pronoun is None:
        return None
    for tok in reversed(token.doc[token.sent.start : token.i]):
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.i != token.i and _definite(tok):
            return tok
    return None


def referred(token: Token, lexicon: Lexicon) -> tuple[Token, list[str], bool] | None:
    """The definite noun of an earlier act that an event is about, with the types of act it may name and whether
    it is mutual (talks, deals): the governed noun itself, or the event's object ("welcomed the outcome of the
    talks")."""
    nouns = [token] if token.pos_ == "NOUN" else []
    nouns += [c for c in token.children if c.dep_ in OBJECT_DEPS]
    nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ in lexicon.target_preps
              for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        if noun.lemma_.lower() in lexicon.aspects:  # "the outcome of the talks"
            noun = next(iter(parties.prep_objects(noun, ("of",))), noun)
        kinds = _acts(noun, lexicon) if noun.pos_ == "NOUN" and _definite(noun) else []
        if kinds and not _named(noun):
            found = trigger(noun, lexicon)
            mutual = found is not None and found.code.startswith(lexicon.reciprocal)
            word = noun.lemma_.lower()  # "the exchange": both sides; "the offer": its maker
            return noun, kinds, (mutual or word in lexicon.mutual_verbs) and word not in lexicon.offers
    return None
