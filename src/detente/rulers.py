"""Table-driven stand-ins for spaCy's attribute ruler and rule lemmatizer: the same annotation, computed once per
distinct token instead of once per token.

spaCy's English pipelines map every tag to its part of speech and features with an attribute ruler of some 180
patterns run through the ``Matcher`` at every token, then lemmatise token by token in Python; together that is a
quarter of the parse. Almost all of those patterns look at one token's tag, lowercase form, dependency and
whitespace only, so what they assign is a function of those four values and is looked up once per distinct
combination; the few patterns that look further (several tokens, a regex) still run through a ``Matcher`` of their
own. The lemmatizer's answer depends on the token's form, part of speech and features, and is kept by that key.
Both write their columns with one ``Doc.from_array``. ``install`` swaps them in where the model's own components
have a form they can reproduce, and leaves the model as it is otherwise; ``tests/test_rulers.py`` checks that the
annotation is the same as the model's own on real text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher

if TYPE_CHECKING:
    from spacy.tokens import Doc

ATTRIBUTES = "detente_attributes"
LEMMAS = "detente_lemmas"
COLUMNS = (POS, TAG, DEP, LEMMA, MORPH)  # what the attribute ruler may assign
LOOKED_UP = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # token values a one-token pattern may test
TESTS = {"IN", "NOT_IN"}

Key = tuple[str, str, str, bool]  # a token's tag, lowercase form, dependency, whether it is whitespace


def _simple(pattern: list[dict[str, Any]]) -> bool:
    """Whether a pattern tests one token's looked-up values only, for equality or membership."""
    return len(pattern) == 1 and all(
        name in LOOKED_UP and (not isinstance(wanted, dict) or set(wanted) <= TESTS)
        for name, wanted in pattern[0].items())


def _fits(pattern: dict[str, Any], key: Key) -> bool:
    for name, wanted in pattern.items():
        value = key[LOOKED_UP[name]]
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"] or "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
        elif value != wanted:
            return False
    return True


class Attributes:
    """spaCy's attribute ruler: one-token rules looked up by the token's values, the others matched."""

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        # one-token patterns (rule id, pattern) by the tag they want, by the form they want, and the others
        self.by_tag: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self.by_form: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self.others: list[tuple[int, dict[str, Any]]] = []
        self.assigns: list[dict[int, int]] = ruler.attrs  # by rule id, in the ruler's order of precedence
        self.indices: list[int] = ruler.indices
        self.matcher = Matcher(ruler.vocab, validate=False)
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if not _simple(pattern):
                    continue
                tag, form = pattern[0].get("TAG"), pattern[0].get("LOWER")
                if isinstance(tag, str):
                    self.by_tag.setdefault(tag, []).append((rule, pattern[0]))
                elif isinstance(form, str):
                    self.by_form.setdefault(form, []).append((rule, pattern[0]))
                else:
                    self.others.append((rule, pattern[0]))
            rest = [p for p in entry["patterns"] if not _simple(p)]
            if rest:
                self.matcher.add(str(rule), rest)
        self.known: dict[tuple[int, int, int, int], dict[int, int]] = {}  # token values -> what the rules assign

    def _rules(self, values: tuple[int, int, int, int]) -> set[int]:
        """The rules whose one-token patterns fit a token of these values."""
        strings = self.vocab.strings
        key: Key = (strings[values[0]], strings[values[1]], strings[values[2]], bool(values[3]))
        candidates = self.by_tag.get(key[0], []) + self.by_form.get(key[1], []) + self.others
        return {rule for rule, pattern in candidates if _fits(pattern, key)}

    def _assigned(self, rules: set[int]) -> dict[int, int]:
        merged: dict[int, int] = {}
        for rule in sorted(rules):  # later rules take precedence, as in the ruler
            merged.update(self.assigns[rule])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        out = doc.to_array(list(COLUMNS))
        wider: dict[int, list[int]] = {}  # token -> rules matched over several tokens that assign to it
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            wider.setdefault(doc[start:end][self.indices[rule]].i, []).append(rule)
        place = {column: n for n, column in enumerate(COLUMNS)}
        for i, (tag, form, dep, space) in enumerate(rows):
            key = (tag, form, dep, space)
            if i in wider:
                assigned = self._assigned(self._rules(key) | set(wider[i]))
            elif key in self.known:
                assigned = self.known[key]
            else:
                assigned = self.known[key] = self._assigned(self._rules(key))
            for column, value in assigned.items():
                out[i, place[column]] = value
        doc.from_array(list(COLUMNS), out)  # type: ignore[arg-type]
        return doc


class Lemmas:
    """spaCy's lemmatizer, its answer kept by the token's form, part of speech and features.

    The rule lemmatizer checks each candidate lemma against a word list of its part of speech by a scan of the list
    (57,000 nouns); the lists are made sets, which changes nothing but the time."""

    def __init__(self, lemmatizer: Any) -> None:
        if lemmatizer.mode == "rule":
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos in list(index.keys()):
                index[pos] = frozenset(index[pos])
        self.lemmatizer = lemmatizer
        self.overwrite: bool = lemmatizer.overwrite
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = doc.to_array([LEMMA])
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                continue
            found = self.known.get((orth, pos, morph))
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.known[orth, pos, morph] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]
        return doc


@Language.factory(ATTRIBUTES, assigns=["token.pos", "token.tag", "token.lemma", "token.morph", "token.dep"])
def make_attributes(nlp: Language, name: str) -> Attributes:
    return Attributes(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMAS, assigns=["token.lemma"])
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    return Lemmas(nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> None:
    """Put the stand-ins in place of the model's attribute ruler and lemmatizer where their forms allow it."""
    swaps: list[tuple[str, str, Callable[[Any], bool]]] = [
        ("attribute_ruler", ATTRIBUTES, lambda c: set().union(*c.attrs, set()) <= set(COLUMNS)),
        ("lemmatizer", LEMMAS, lambda c: c.mode in ("rule", "lookup")),
    ]
    for original, standin, fits in swaps:
        if original in nlp.pipe_names and fits(nlp.get_pipe(original)):
            nlp.add_pipe(standin, after=original)
            nlp.remove_pipe(original)
