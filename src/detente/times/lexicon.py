"""The data of the time grammar: lexicons, context cues and patterns, loaded once from YAML files."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger(__name__)

DATA_FILES = ("time_lexicon.yaml", "time_cues.yaml", "time_patterns.yaml")


@dataclass(frozen=True)
class Pattern:
    """One rule of the grammar: a compiled regex, the way its value is computed and its TIMEX3 type."""

    name: str
    kind: str
    type: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    """Everything the times stage reads from data files."""

    data: dict[str, Any]
    patterns: tuple[Pattern, ...]
    prefix: re.Pattern[str]
    approx: re.Pattern[str]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def number(self, word: str) -> float | None:
        """The value of a number written in digits or words (twenty-five, a dozen), None when vague."""
        word = word.lower().replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            return float(word)
        numbers = self.data["numbers"]
        if word in numbers:
            return float(numbers[word])
        parts = re.split(r"[- ]", word)
        if len(parts) == 2 and all(p in numbers for p in parts):
            return float(numbers[parts[0]] + numbers[parts[1]])
        return None

    def spoken_year(self, words: str) -> int | None:
        """The year of 'nineteen ninety-six' (1996), None when the words are not one."""
        first, rest = re.split(r"[- ]", words.lower(), maxsplit=1)
        century, years = self.number(first), self.number(rest)
        return None if century is None or years is None else int(century * 100 + years)

    def unit(self, word: str) -> str:
        """The singular lexicon unit of a unit word (weeks -> week, centuries -> century)."""
        word = word.lower()
        if word in self.data["unit_plurals"]:
            return str(self.data["unit_plurals"][word])
        return word[:-1] if word.endswith("s") and word[:-1] in self.data["units"] else word


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key].update(value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + [v for v in value if v not in base[key]]
        else:
            base[key] = value


def _alt(words: Any, abbreviations: frozenset[str] = frozenset()) -> str:
    """A regex alternation of words, longest first; abbreviations may take a full stop."""
    out = []
    for w in sorted({str(w) for w in words}, key=len, reverse=True):
        piece = re.escape(w).replace(r"\ ", r"\s+")
        out.append(piece + r"\.?" if w in abbreviations else piece)
    return "(?:" + "|".join(out) + ")"


def _abbreviations(table: dict[str, Any]) -> frozenset[str]:
    """Keys that are shorter spellings of another key with the same value (jan for january)."""
    return frozenset(k for k, v in table.items() if any(v == v2 and len(k2) > len(k) for k2, v2 in table.items()))


def _placeholders(d: dict[str, Any]) -> dict[str, str]:
    units = list(d["units"]) + list(d["unit_plurals"].values())
    plurals = [u + "s" for u in d["units"]] + list(d["unit_plurals"])
    ones = [w for w in d["numbers"] if " " not in w and w not in ("a", "an")]
    tens = [w for w, v in d["numbers"].items() if isinstance(v, int) and 20 <= v <= 90]
    digits = r"\d+(?:\.\d+)?"
    units_ = [w for w, v in d["numbers"].items() if isinstance(v, int) and 1 <= v <= 9 and w not in ("a", "an")]
    teens = [w for w, v in d["numbers"].items() if isinstance(v, int) and 10 <= v <= 19]
    spoken = f"(?:nineteen|twenty)[- ](?:{_alt(tens)}(?:[- ]{_alt(units_)})?|{_alt(teens)})"
    return {
        "MONTH": _alt(d["months"], _abbreviations(d["months"])),
        "WEEKDAY": _alt(d["weekdays"]),
        "NUM": f"(?:{digits}|{_alt(tens)}[- ]{_alt(ones)}|{_alt(d['numbers'])})",
        "VAGUE": _alt(d["vague_numbers"]),
        "UNIT": _alt(units + plurals),
        "UNITS": _alt(plurals),
        "UNIT1": _alt(units),
        "FRAC": _alt(d["fractions"]),
        "VPLURAL": _alt(d["vague_plurals"]),
        "PART": _alt(d["parts_of_day"]),
        "SEASON": _alt(d["seasons"]),
        "ORD": _alt(d["ordinals"]),
        "DIR": _alt(d["directions"]),
        "RELDAY": _alt(d["relative_days"]),
        "REF": _alt(d["references"]),
        "SET": _alt(d["sets"]),
        "HOLIDAY": _alt(list(d["holidays"]) + list(d["weekday_holidays"])),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
        "SPOKENYEAR": spoken,
    }


def _compile(spec: dict[str, Any], subs: dict[str, str]) -> Pattern:
    body = re.sub(r"\{([A-Z][A-Z0-9]*)\}", lambda m: subs[m.group(1)], spec["re"])
    regex = re.compile(r"(?<![\w$€£])(?<!\d[.,/-])(?:" + body + r")(?!\w)(?![.,:/]\d)", re.IGNORECASE)
    return Pattern(spec["name"], spec["kind"], spec["type"], regex)


def _read(path: Path | Any) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@lru_cache(maxsize=8)
def load(extra: tuple[str, ...] = ()) -> Lexicon:
    """The lexicon of the package data files, extended by user files whose name starts with 'time'."""
    data: dict[str, Any] = {}
    root = resources.files("detente") / "data"
    for name in DATA_FILES:
        _merge(data, _read(root / name))
    for path in extra:
        if Path(path).name.startswith("time"):
            log.info("extending the time grammar with %s", path)
            _merge(data, _read(Path(path)))
    subs = _placeholders(data)
    patterns = tuple(_compile(p, subs) for p in data["patterns"])
    prefix, approx = (re.compile(data[k], re.IGNORECASE) for k in ("prefix", "approx_prefix"))
    return Lexicon(data, patterns, prefix, approx)
