"""The event lexicon: PLOVER scores, CAMEO codes and the pattern file, loaded once from ``detente/data``.

Users extend the patterns with their own YAML files of the same shape (``Settings.extra_data``); their
entries are added to the packaged ones.
"""

from __future__ import annotations

import csv
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .. import kb as kb_module

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "acomp", "dative", "obj"})
NO_EVENT = "none"  # the code of a sense that is no event ("struck an upbeat note", "a legal battle")
NOUN_PREPS = frozenset({"with", "for", "on", "against", "between", "of", "to", "by"})


@dataclass(frozen=True)
class Code:
    """One CAMEO code with its PLOVER type and mode, QuadClass and Goldstein weight."""

    code: str
    type: str
    mode: str | None
    quad: int
    goldstein: float | None


@dataclass(frozen=True)
class Pattern:
    """A predicate that expresses an event: a head lemma, words that must hang from it, an object phrase."""

    code: str
    head: str
    words: tuple[str, ...] = ()
    obj: str | None = None
    obj_mods: tuple[str, ...] = ()
    pos: str | None = None  # the head's part of speech where the pattern needs one ("open/ADJ to")

    @property
    def size(self) -> int:
        return 1 + len(self.words) + (2 + len(self.obj_mods) if self.obj else 0)


APPEALS = frozenset({"request", "demand"})  # governors whose appeal is an event even of an act not coded


@dataclass(frozen=True)
class Joint:
    """What two parties do together: the code of their cooperation, and the words that say it is joint."""

    code: str = ""
    adverbs: frozenset[str] = frozenset()  # "jointly inspected"
    adjectives: frozenset[str] = frozenset()  # "started joint inspections"
    verbs: frozenset[str] = frozenset()  # verbs that start or hold a joint act


@dataclass(frozen=True)
class Governor:
    """A predicate that governs another event and recodes it (intent, request, refusal, threat, ...)."""

    role: str
    modality: str
    target: str  # governor | governed: where the target is looked for first
    default: str | None  # None: the cue reports rather than acts ("claimed responsibility for the attack")
    codes: dict[str, str | None]
    negated_only: bool = False  # a cue read only when negated ("we see no sign of ..."), the negation its own
    keep: bool = False  # the governed act keeps its own code, done by the cue's subject ("ordered the expulsion")
    addressed: str | None = None  # the role the cue takes when it addresses a state ("ordered Iran to halt")

    def code(self, pattern: Pattern, kind: str) -> str | None:
        """The code of a governed act: by its own code, else by its type, else kept or the default."""
        found = self.codes.get(pattern.code) or self.codes.get(kind)
        if found is not None or kind in self.codes:
            return found
        return pattern.code if self.keep else self.default


@dataclass(frozen=True)
class Hosting:
    """Forces sent to a country as their destination ("deploy police to Haiti"): help to a host."""

    types: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    code: str | None = None


@dataclass
class Lexicon:
    """Everything the coder looks up, indexed by lemma."""

    codes: dict[str, Code]
    plover: dict[tuple[str, str], float]
    verbs: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, list[Pattern]] = field(default_factory=lambda: defaultdict(list))
    cues: dict[str, list[tuple[Pattern, Governor]]] = field(default_factory=lambda: defaultdict(list))
    modality_words: dict[str, str] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)
    reciprocal: tuple[str, ...] = ()
    symmetric: frozenset[str] = frozenset()  # codes of acts done with the other side both ways ("met", "talks with")
    abroad_only: frozenset[str] = frozenset()  # types never aimed at the actor's own country
    mutual_verbs: frozenset[str] = frozenset()  # verbs that make any act mutual ("exchanged fire")
    offers: frozenset[str] = frozenset()  # nouns of an act one side puts forward ("accepted the offer": its maker's)
    accords: frozenset[str] = frozenset()  # nouns of agreements whose terms are pledges ("under the accord, X will")
    mediating: frozenset[str] = frozenset()  # verbs of a third party's part in talks ("mediated by", "with X hosting")
    meetings: frozenset[str] = frozenset()  # nouns of talks between the parties ("talks mediated by Qatar")
    auspices: frozenset[str] = frozenset()  # nouns of a third party's part in talks ("under the auspices of X")
    contests: frozenset[str] = frozenset()  # games a side beats another in ("in a EuroBasket warm-up game")
    responses: frozenset[str] = frozenset()  # verbs of a reply: promised on a condition, a threat ("would respond if")
    joint: Joint = field(default_factory=Joint)
    kind_responses: frozenset[str] = frozenset()  # manners of a reply that make it no threat ("respond positively")
    response_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # replies named by verb and object
    # ("would take action if", "would widen its campaign if")
    target_preps: tuple[str, ...] = ()
    speaker_words: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()  # verbs whose object noun is the event ("join talks")
    light_nouns: frozenset[str] = frozenset()  # nouns whose noun modifier is the event ("mediation effort")
    messages: frozenset[str] = frozenset()  # nouns whose participle speaks for their sender ("a letter demanding")
    doubting: frozenset[str] = frozenset()  # lemmas of cues of doubt that count only when negated ("not seeing")
    appealing: frozenset[str] = frozenset()  # lemmas of cues of appeal or demand ("urge", "ask")
    side_nouns: frozenset[str] = frozenset()  # nouns of the two sides of a story ("both countries")
    aspects: frozenset[str] = frozenset()  # nouns that name an act through "of" ("the outcome of the talks")
    disputing: frozenset[str] = frozenset()  # verbs that deny a report of an act ("denied reports that ...")
    reports: frozenset[str] = frozenset()  # nouns of a report an act is told in ("reports that X had met Y")
    references: dict[str, str] = field(default_factory=dict)  # nouns of earlier acts that are no event nouns
    currencies: frozenset[str] = frozenset()  # money nouns, for "+$" objects ("gave 50 million euros")
    negators: frozenset[str] = frozenset()  # verbs that negate what they govern ("failed to agree")
    cessation: frozenset[str] = frozenset()  # verbs that end what they govern ("stop the attacks")
    abstaining: frozenset[str] = frozenset()  # of those, verbs that leave an act undone ("refrained from")
    markets: frozenset[str] = frozenset()  # doers of no politics: "the rupee retreated", "shares rallied"
    ended: dict[str, str | None] = field(default_factory=dict)  # what ending an act is, by its type or code
    concluding: frozenset[str] = frozenset()  # verbs of cessation that also conclude ("ended a visit")
    loose_preps: frozenset[str] = frozenset()  # prepositions of circumstance ("despite", "after")
    judgements: frozenset[str] = frozenset()  # verbs that judge an act ("found the strike justified")
    appeals: dict[str, str] = field(default_factory=dict)  # "should" -> request, "must" -> demand
    consent: frozenset[str] = frozenset()  # verbs whose negation is a refusal ("did not accept")
    non_political: frozenset[str] = frozenset()  # words of sport and tourism: no political event
    place_targets: frozenset[str] = frozenset()  # types aimed at where they happen ("struck X in Y")
    natural_forces: frozenset[str] = frozenset()  # doers that are no actors ("hit by the earthquake")
    moved: frozenset[str] = frozenset()  # codes whose object is what the source moves ("pulled its troops back")
    domestic: frozenset[str] = frozenset()  # types aimed, without a named target, at the authorities at home
    story_targets: frozenset[str] = frozenset()  # types aimed, without a named target, at the story's other side
    received: frozenset[str] = frozenset()  # verbs whose subject is acted upon and whose "from" names the doer
    hosting: Hosting = field(default_factory=lambda: Hosting())

    roles: dict[str, Governor] = field(default_factory=dict)
    places: kb_module.KnowledgeBase | None = None  # countries, demonyms, capitals: parties without actor

    def mutual(self, code: str, token: Token) -> bool:
        """Whether an act is mutual between coordinated sources: by its code ("X and Y agreed"), by its verb
        ("exchanged fire") or by its object ("expelled each other's diplomats", "recalled their ambassadors"), where
        it names no other party."""
        theirs = any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
                     for c in token.children)
        if token.lemma_.lower() in self.mediating and any(c.dep_ == "nsubj" and c.lemma_.lower() not in self.meetings
                                                          for c in token.children):
            return False  # "Qatar and Turkey mediated a ceasefire": between others, not between the two
        return code.startswith(self.reciprocal) or token.lemma_.lower() in self.mutual_verbs or each_other(token) \
            or theirs

    def governor(self, role: str) -> Governor | None:
        """The governor of a role ("reject"), used to recode a negated cooperative event."""
        return self.roles.get(role)

    def ended_code(self, code: str) -> str | None:
        """The code of ending an act of ``code`` ("halted its offensive": de-escalation), by the longest code
        prefix listed, else by the act's type; None where ending it is no event."""
        for size in range(len(code), 1, -1):
            if code[:size] in self.ended:
                return self.ended[code[:size]]
        return self.ended.get(self.codes[code].type)

    def intensity(self, code: Code) -> float:
        """The Goldstein weight of the code where known, else the PLOVER score of its type and mode."""
        if code.goldstein is not None:
            return code.goldstein
        return self.plover.get((code.type, code.mode or ""), self.plover.get((code.type, ""), 0.0))


def parse_pattern(text: str, code: str, noun: bool = False) -> Pattern:
    """Parse ``"impose +sanction"``, ``"push back against"``, ``"car bomb"`` or ``"talk with"``."""
    main, _, obj = text.partition("+")
    words = main.split()
    obj_words = obj.split()
    if noun and not obj:
        content = [w for w in words if w not in NOUN_PREPS] or words
        head = content[-1]
        return Pattern(code, head, tuple(w for w in words if w != head))
    head, _, pos = words[0].partition("/")
    return Pattern(
        code, head, tuple(words[1:]), obj_words[-1] if obj_words else None, tuple(obj_words[:-1]), pos or None
    )


def _data_path(name: str) -> Path:
    return Path(str(resources.files("detente") / "data" / name))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _load_codes() -> dict[str, Code]:
    out = {}
    for row in _read_csv(_data_path("cameo.csv")):
        goldstein = float(row["goldstein"]) if row["goldstein"] else None
        out[row["code"]] = Code(row["code"], row["type"], row["mode"] or None, int(row["quad"]), goldstein)
    return out


def _load_plover() -> dict[tuple[str, str], float]:
    return {(r["type"], r["mode"]): float(r["score"]) for r in _read_csv(_data_path("plover.csv"))}


CLASS = re.compile(r"@(\w+)")  # a word class named in a pattern ("send +@forces")


def _expanded(text: str, classes: dict[str, list[str]]) -> list[str]:
    """A pattern with its word class spelt out: one pattern per word of the class ("send +troop", ...)."""
    found = CLASS.search(text)
    if found is None:
        return [text]
    words = classes.get(found.group(1))
    if words is None:
        log.warning("event pattern %r names no known word class; skipped", text)
        return []
    return [out for word in words for out in _expanded(text[: found.start()] + word + text[found.end():], classes)]


def _add_patterns(lexicon: Lexicon, data: dict[str, Any], classes: dict[str, list[str]]) -> None:
    for code, entry in (data.get("patterns") or {}).items():
        code = str(code)
        if code not in lexicon.codes and code != NO_EVENT:
            log.warning("event pattern code %s is not in cameo.csv; its patterns are skipped", code)
            continue
        for kind, index in (
            ("verbs", lexicon.verbs),
            ("nouns", lexicon.nouns),
            ("adjectives", lexicon.adjectives),
        ):
            for text in (t for item in entry.get(kind) or [] for t in _expanded(str(item), classes)):
                pattern = parse_pattern(text, code, noun=kind == "nouns")
                index[pattern.head].append(pattern)


def _code(value: object) -> str | None:
    return None if value in (None, "", "none") else str(value)


def _add_governors(lexicon: Lexicon, data: dict[str, Any]) -> None:
    for role, entry in (data.get("governors") or {}).items():
        governor = Governor(
            role,
            entry.get("modality", "asserted"),
            entry.get("target", "governed"),
            _code(entry.get("default")),
            {k: _code(v) for k, v in (entry.get("codes") or {}).items()},
            bool(entry.get("negated_only", False)),
            bool(entry.get("keep", False)),
            _code(entry.get("addressed")),
        )
        lexicon.roles[role] = governor
        for text in entry.get("cues") or []:
            pattern = parse_pattern(str(text), governor.default or "")
            lexicon.cues[pattern.head].append((pattern, governor))


def each_other(token: Token) -> bool:
    """Whether an act is aimed by its doers at one another ("expelled each other's diplomats")."""
    if any(t.lower_ == "other" and t.i > 0 and t.nbor(-1).lower_ in ("each", "one") or t.lower_ == "another"
           and t.i > 0 and t.nbor(-1).lower_ == "one" for t in token.subtree):
        return True
    each = any(c.dep_ == "det" and c.lower_ == "each" for s in token.children if s.dep_ == "nsubj"
               for c in s.children)  # "each side blamed the other"
    return each and any(t.lower_ == "other" and t.i > 0 and t.nbor(-1).lower_ == "the" for t in token.subtree)


def _add_settings(lexicon: Lexicon, data: dict[str, Any]) -> None:
    for modality, words in (data.get("modality") or {}).items():
        lexicon.modality_words.update({w: modality for w in words})
    lexicon.weights.update({k: float(v) for k, v in (data.get("weights") or {}).items()})
    lexicon.reciprocal += tuple(str(c) for c in data.get("reciprocal") or ())
    lexicon.symmetric |= frozenset(str(c) for c in data.get("symmetric") or ())
    lexicon.abroad_only |= frozenset(str(c) for c in data.get("abroad_only") or ())
    lexicon.mutual_verbs |= frozenset(data.get("mutual_verbs") or ())
    lexicon.offers |= frozenset(data.get("offers") or ())
    lexicon.accords |= frozenset(data.get("accords") or ())
    lexicon.mediating |= frozenset(data.get("mediating") or ())
    lexicon.meetings |= frozenset(data.get("meetings") or ())
    lexicon.contests |= frozenset(data.get("contests") or ())
    lexicon.auspices |= frozenset(data.get("auspices") or ())
    responses = data.get("responses") or {}
    lexicon.responses |= frozenset(responses.get("verbs") or ())
    lexicon.kind_responses |= frozenset(responses.get("kind") or ())
    for verb, objects in (responses.get("objects") or {}).items():
        lexicon.response_objects[verb] = lexicon.response_objects.get(verb, frozenset()) | frozenset(objects)
    joint = data.get("joint") or {}
    lexicon.joint = Joint(str(joint.get("code") or ""), frozenset(joint.get("adverbs") or ()),
                          frozenset(joint.get("adjectives") or ()), frozenset(joint.get("verbs") or ()))
    lexicon.target_preps += tuple(data.get("target_preps") or ())
    lexicon.speaker_words |= frozenset(data.get("speaker_words") or ())
    lexicon.light_verbs |= frozenset(data.get("light_verbs") or ())
    lexicon.light_nouns |= frozenset(data.get("light_nouns") or ())
    lexicon.messages |= frozenset(data.get("messages") or ())
    lexicon.side_nouns |= frozenset(data.get("side_nouns") or ())
    lexicon.aspects |= frozenset(data.get("aspects") or ())
    disputed = data.get("disputed") or {}
    lexicon.disputing |= frozenset(disputed.get("verbs") or ())
    lexicon.reports |= frozenset(disputed.get("nouns") or ())
    lexicon.references.update({str(k): str(v) for k, v in (data.get("references") or {}).items()})
    lexicon.currencies |= frozenset(data.get("currencies") or ())
    lexicon.negators |= frozenset(data.get("negators") or ())
    lexicon.cessation |= frozenset(data.get("cessation") or ())
    lexicon.abstaining |= frozenset(data.get("abstaining") or ())
    lexicon.markets |= frozenset(data.get("markets") or ())
    lexicon.ended.update({str(k): _code(v) for k, v in (data.get("ended") or {}).items()})
    lexicon.concluding |= frozenset(data.get("concluding") or ())
    lexicon.loose_preps |= frozenset(data.get("loose_preps") or ())
    lexicon.judgements |= frozenset(data.get("judgements") or ())
    lexicon.appeals.update({str(k): str(v) for k, v in (data.get("appeals") or {}).items()})
    lexicon.consent |= frozenset(data.get("consent") or ())
    lexicon.non_political |= frozenset(data.get("non_political") or ())
    lexicon.natural_forces |= frozenset(data.get("natural_forces") or ())
    lexicon.place_targets |= frozenset(data.get("place_targets") or ())
    lexicon.moved |= frozenset(str(c) for c in data.get("moved") or ())
    lexicon.domestic |= frozenset(data.get("domestic") or ())
    lexicon.story_targets |= frozenset(data.get("story_targets") or ())
    lexicon.received |= frozenset(data.get("received") or ())
    if hosting := data.get("hosting"):
        lexicon.hosting = Hosting(
            lexicon.hosting.types | frozenset(hosting.get("types") or ()),
            lexicon.hosting.preps | frozenset(hosting.get("preps") or ()),
            _code(hosting.get("code")) or lexicon.hosting.code,
        )


@lru_cache(maxsize=8)
def load(extra: tuple[str, ...] = (), kb_dir: str | None = None) -> Lexicon:
    """The packaged lexicon plus the user's pattern files (``extra``); built once per set of files."""
    lexicon = Lexicon(_load_codes(), _load_plover(), places=kb_module.load(kb_dir, extra=extra))
    files = [_data_path("event_patterns.yaml"), *(Path(p) for p in extra if str(p).endswith("patterns.yaml"))]
    datas = [yaml.safe_load(path.read_text(encoding="utf-8")) or {} for path in files]
    classes: dict[str, list[str]] = {}
    for data in datas:  # a user's file may name the packaged classes, and add words to them
        for name, words in (data.get("classes") or {}).items():
            classes.setdefault(str(name), []).extend(str(w) for w in words or ())
    for data in datas:
        _add_patterns(lexicon, data, classes)
        _add_governors(lexicon, data)
        _add_settings(lexicon, data)
    for index in (lexicon.verbs, lexicon.nouns, lexicon.adjectives):
        for patterns in index.values():
            patterns.sort(key=lambda p: (-p.size, p.obj in ("*", "$")))  # a named object before any object
    for cues in lexicon.cues.values():
        cues.sort(key=lambda c: -c[0].size)
    lexicon.doubting = frozenset(w for w, cues in lexicon.cues.items() if any(g.negated_only for _, g in cues))
    lexicon.appealing = frozenset(w for w, cues in lexicon.cues.items() if any(g.role in APPEALS for _, g in cues))
    log.debug(
        "event lexicon: %d codes, %d verb heads, %d noun heads",
        len(lexicon.codes),
        len(lexicon.verbs),
        len(lexicon.nouns),
    )
    return lexicon
