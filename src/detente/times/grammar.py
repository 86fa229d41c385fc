"""Detection: candidates from the pattern grammar, checked against their context, without overlaps."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .lexicon import Lexicon, Pattern
from .tense import Tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

_WORD_BEFORE = re.compile(r"([\w.'-]+|[^\w\s])\s*$")
_WORD_AFTER = re.compile(r"^\s*([\w'-]+|[^\w\s])")
_APPROX_KINDS = {"ago", "clock"}
_PROPER_KINDS = {"month", "month_day", "month_set", "weekday", "weekday_set", "holiday", "clock"}


@dataclass(frozen=True)
class Candidate:
    """A stretch of text that one pattern of the grammar matched."""

    start: int
    end: int
    pattern: Pattern
    groups: dict[str, str]

    @property
    def kind(self) -> str:
        return self.pattern.kind

    def group(self, name: str) -> str:
        return self.groups.get(name) or ""


def word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text[end : end + 30])
    return m.group(1).lower() if m else ""


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _names_ok(c: Candidate, text: str, lex: Lexicon) -> bool:
    """Month and weekday names must be capitalised; a lone ambiguous month needs a preposition or a modifier."""
    month, weekday = c.group("month"), c.group("weekday") or c.group("weekdays")
    if (month.isalpha() and not _capitalised(month)) or (weekday and not _capitalised(weekday)):
        return False
    if c.kind == "holiday" and not _capitalised(c.group("holiday")):
        return False
    if month.lower().rstrip(".") in lex["ambiguous_months"] and c.kind == "month":
        stated = c.group("year") or c.group("dir") or c.group("ydir")
        return bool(stated) or word_before(text, c.start) in lex["month_context"]
    return True


def _not_a_name(c: Candidate, lex: Lexicon, tokens: Tokens) -> bool:
    """A lone month or weekday inside a name (Jan Kavan, the May Fourth Movement) is not a date."""
    if c.kind not in ("month", "weekday") or c.group("year") or c.group("dir") or c.group("ydir"):
        return True
    token = tokens.at(c.start)
    return token is None or token.ent_type_ not in lex["name_entities"]


def _pos_ok(c: Candidate, lex: Lexicon, tokens: Tokens) -> bool:
    """Words that are times only as one part of speech: fall the noun, daily the adverb."""
    if c.kind == "season" and not c.group("year"):
        wanted = lex["season_pos"]
    elif c.kind == "set_word":
        wanted = ["ADV"] if c.group("set").lower() in lex["adverb_only_sets"] else lex["set_pos"]
    else:
        return True
    token = tokens.at(c.end - 1)
    if token is not None and token.pos_ == "ADJ" and wanted == ["ADV"]:
        return token.head.lemma_.lower() in lex["recurring_events"]  # the annual summit
    return token is None or token.pos_ in wanted or (c.kind == "set_word" and _misread_adverb(token))


def _not_a_rate(c: Candidate, tokens: Tokens) -> bool:
    """'$1.76 a year' and 'four flights a week' are rates, not times."""
    if c.kind != "duration" or c.group("num").lower() not in ("a", "an"):
        return True
    token = tokens.at(c.start)
    before = token.nbor(-1) if token is not None and token.i > 0 else None
    return before is None or before.pos_ not in ("NOUN", "NUM", "SYM", "PROPN")


def _misread_adverb(token: Token) -> bool:
    """A frequency word parsed as the object of a verb is the adverb when it has no modifier ('meets
    daily') or has swallowed the real object ('patrols the shoal daily'); 'read the Kyiv daily' is a paper."""
    if token.pos_ != "NOUN" or token.head.pos_ != "VERB" or token.dep_ not in ("dobj", "npadvmod"):
        return False
    kids = list(token.children)
    swallowed = any(k.dep_ == "compound" and k.pos_ == "NOUN" for k in kids)
    return swallowed or not any(k.dep_ in ("det", "amod", "poss", "compound") for k in kids)


def _year_ok(c: Candidate, text: str, lex: Lexicon, tokens: Tokens) -> bool:
    """A four-digit number is a year unless money, a count or a measure says otherwise."""
    before, after = word_before(text, c.start), word_after(text, c.end)
    if before in lex["not_year_before"] or after in lex["not_year_after"] or text[c.end : c.end + 1] == "%":
        return False
    year = int(c.group("year"))
    token = tokens.at(c.start)
    in_preposition = before in lex["month_context"]
    if token is not None and token.ent_type_ in lex["not_year_entities"] and not in_preposition:
        return False
    return 1900 <= year <= 2050 or in_preposition


def _word_ok(c: Candidate, text: str, lex: Lexicon, tokens: Tokens) -> bool:
    """Common words (daily, current, future, fall) are not times inside names or as other parts of speech."""
    first = text[c.start : c.end]
    words = first.split()
    if c.kind not in _PROPER_KINDS and any(_capitalised(w) for w in words[1:]) and not first.isupper():
        return False  # title case: a show or a name ("This Week", "Daily Mail"), not a time
    last = words[-1] if words else ""
    if c.kind not in _PROPER_KINDS and _capitalised(last):
        token = tokens.at(c.end - 1)
        at_sentence_start = token is None or token.is_sent_start or token.i == 0
        if not at_sentence_start and token is not None and (token.pos_ == "PROPN" or (
                token.dep_ == "compound" and token.nbor(-1).pos_ == "PROPN")):
            return False  # "India Today TV": a word of a name
    if c.kind == "season" and not c.group("year") and not first.lower().startswith("the"):
        return word_before(text, c.start) in lex["month_context"]
    return True


def _unit_ok(c: Candidate, text: str) -> bool:
    """'a second referendum' and 'a quarter of the vote' are not times; a quarter needs a word that dates it."""
    unit, num = c.group("unit").lower(), c.group("num").lower()
    if c.kind == "quarter":
        dated = any(c.group(g) for g in ("ord", "rel", "qyear", "ydir2"))
        return dated or (text[c.start : c.start + 3].lower() == "the" and unit == "quarter")
    if c.kind == "duration" and word_after(text, c.end) == "old":
        return False  # 52 years old
    if unit.startswith("second") and num in ("a", "an", ""):
        return False
    if re.fullmatch(r"(?:1[89]|20)\d\d", num) and unit.startswith(("second", "quarter", "half")):
        return False  # the 2025 second quarter
    if unit.startswith("quarter") and c.kind in ("duration", "set"):
        fraction = num in ("a", "an") and word_before(text, c.start) not in ("for", "in", "over", "within", "per")
        return not fraction and not text[c.end : c.end + 4].lower().startswith(" of")
    return True


def plausible(c: Candidate, text: str, lex: Lexicon, tokens: Tokens) -> bool:
    """Whether a candidate survives the checks of its context."""
    if not _names_ok(c, text, lex) or not _word_ok(c, text, lex, tokens) or not _unit_ok(c, text):
        return False
    if not _not_a_name(c, lex, tokens) or not _pos_ok(c, lex, tokens) or not _not_a_rate(c, tokens):
        return False
    if c.kind == "spoken_year":
        return word_before(text, c.start) in lex["month_context"] or _ent(tokens, c.start) == "DATE"
    return c.kind != "year" or _year_ok(c, text, lex, tokens)


def _ent(tokens: Tokens, char: int) -> str:
    token = tokens.at(char)
    return token.ent_type_ if token is not None else ""


def _with_prefix(c: Candidate, text: str, lex: Lexicon) -> Candidate:
    """Extend an expression over a leading modifier: late Wednesday, the end of the year, mid-2025 for a DATE
    or TIME; nearly a month, about two years ago, around 7 p.m. for an amount of time or a clock time."""
    if c.pattern.type == "DURATION" or c.kind in _APPROX_KINDS:
        m = lex.approx.search(text, max(0, c.start - 30), c.start)
        c = replace(c, start=m.start()) if m else c
    if c.pattern.type not in ("DATE", "TIME"):
        return c
    m = lex.prefix.search(text, max(0, c.start - 40), c.start)
    return replace(c, start=m.start()) if m else c


def _without_verb(c: Candidate, m: re.Match[str], tokens: Tokens) -> Candidate:
    """Drop a leading 'last' that is the verb ('could last several months')."""
    if c.group("dir").lower() != "last" or "num" not in c.groups:
        return c
    token = tokens.at(m.start("dir"))
    if token is None or token.pos_ not in ("VERB", "AUX"):
        return c
    groups = {k: v for k, v in c.groups.items() if k != "dir"}
    return replace(c, start=m.start("num"), groups=groups)


def _groups(m: re.Match[str], kind: str, lex: Lexicon) -> dict[str, str]:
    """The groups a pattern matched; a year said in words after a month or season ('January nineteen
    ninety-seven') is given in digits, like a written one."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    if kind != "spoken_year" and "spoken" in groups:
        year = lex.spoken_year(groups.pop("spoken"))
        groups.update({"year": f"{year:04d}"} if year is not None else {})
    return groups


def candidates(text: str, lex: Lexicon, tokens: Tokens) -> list[Candidate]:
    """All plausible matches of the grammar, overlapping ones included."""
    out = []
    for pattern in lex.patterns:
        for m in pattern.regex.finditer(text):
            groups = _groups(m, pattern.kind, lex)
            c = _without_verb(Candidate(m.start(), m.end(), pattern, groups), m, tokens)
            if plausible(c, text, lex, tokens):
                out.append(_with_prefix(c, text, lex))
    return out


def select(found: list[Candidate], order: dict[str, int]) -> list[Candidate]:
    """The longest candidates that do not overlap, earlier patterns first on ties, in text order."""
    taken: list[Candidate] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, order[c.pattern.name], c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def detect(text: str, lex: Lexicon, tokens: Tokens) -> list[Candidate]:
    """The time expressions of a text, as candidates of the grammar in text order."""
    order = {p.name: i for i, p in enumerate(lex.patterns)}
    return select(candidates(text, lex, tokens), order)
