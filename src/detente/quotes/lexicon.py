"""The cue lexicon: which words attribute speech or belief, read from ``data/cues.yaml`` plus user files."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..errors import KnowledgeBaseError

if TYPE_CHECKING:
    from spacy.tokens import Token

log = logging.getLogger(__name__)

KEYS = frozenset(
    {
        "verbs",
        "passive_speakers",
        "object_verbs",
        "control_verbs",
        "predicative_verbs",
        "clause_only_verbs",
        "passive_cues",
        "nouns",
        "adjectives",
        "transcript_labels",
        "prep_cues",
        "phrases",
        "skip_lines",
        "dash_cues",
        "headline_small_words",
        "forms",
        "remove",
        "min_direct_words",
        "participle_not_cues",
        "empty_contents",
        "question_labels",
        "answer_labels",
        "role_labels",
        "chair_labels",
        "label_titles",
        "host_cues",
        "chair_cues",
        "questioners",
        "question_cues",
        "interview_nouns",
        "source_documents",
        "generic_heads",
        "loose_modifiers",
        "refusals",
        "phrasal_not_cues",
        "role_classes",
        "agent_roles",
    }
)


@dataclass(frozen=True)
class Lexicon:
    """Cue words and the lines that never hold quotes."""

    verbs: frozenset[str]
    object_verbs: frozenset[str]
    control_verbs: frozenset[str]
    predicative_verbs: frozenset[str]
    passive_speakers: frozenset[str]
    source_after: tuple[tuple[str, ...], ...]  # token sequences such as ("according", "to")
    labels: tuple[str, ...]
    skip_lines: tuple[str, ...]
    min_direct_words: int = 3
    dash_cues: tuple[str, ...] = ("―", "—", "–")
    small_words: frozenset[str] = frozenset()  # words a headline leaves in lower case
    forms: dict[str, str] = field(default_factory=dict, hash=False)  # word forms the lemmatiser gets wrong
    participle_not_cues: frozenset[str] = frozenset()  # "raised rates, citing concerns": not speech
    prep_cues: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)  # "call" -> ("for", "on")
    clause_only_verbs: frozenset[str] = frozenset()  # their object is who is told, not what: "told reporters"
    passive_cues: frozenset[str] = frozenset()  # "X is expected to ...", "it was reported that ..."
    nouns: frozenset[str] = frozenset()  # "X's claim that ...", "the view of X that ..."
    adjectives: frozenset[str] = frozenset()  # "X is confident that ...", "X is determined to ..."
    transcript_labels: frozenset[str] = frozenset()  # "UPDATE:", "EDITOR'S NOTE:": not speakers
    empty_contents: frozenset[str] = frozenset()  # "asked [not to be named]": says nothing
    question_labels: tuple[str, ...] = ()  # "Q:": an interviewer's line, no one's quote
    answer_labels: frozenset[str] = frozenset()  # "A:": the interviewee's answer
    role_labels: frozenset[str] = frozenset()  # "Minister:": the interviewee, named by a role
    chair_labels: frozenset[str] = frozenset()  # "Chair:": the chair the introduction names
    label_titles: frozenset[str] = frozenset()  # "Mr" of "Mr Keogh:": a label naming a speaker
    host_cues: tuple[str, ...] = ()  # "presented by": the host of a transcript, who asks
    chair_cues: tuple[str, ...] = ()  # "chaired by": the chair of a hearing, who asks and states
    questioners: frozenset[str] = frozenset()  # "a reporter asked": who puts questions, says nothing
    question_cues: frozenset[str] = frozenset()  # "asked", "put it to": how questions are put
    interview_nouns: frozenset[str] = frozenset()  # "in an interview": the speaker is the interviewee
    source_documents: frozenset[str] = frozenset()  # "according to a statement from X": X speaks
    generic_heads: frozenset[str] = frozenset()  # "the finance chief": the head says less than its modifiers
    loose_modifiers: frozenset[str] = frozenset()  # "the former general": no part of the description to match
    refusals: tuple[str, ...] = ()  # "I will not comment on that": says nothing
    beliefs: frozenset[str] = frozenset()  # thought or perceived, never said: no direct quote's cue
    phrasal_not_cues: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)  # "called up"
    role_classes: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)  # "diplomat": "ambassador"
    agent_roles: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False)  # "host": "host", "mediator"

    def lemma(self, tok: Token) -> str:
        """The token's lemma, corrected by ``forms``."""
        return self.forms.get(tok.lower_) or tok.lemma_.lower()

    def hashes(self) -> frozenset[int]:
        """spaCy string hashes of every cue lemma and corrected form, to filter tokens in bulk."""
        return _hashes(self)

    def is_cue(self, lemma: str) -> bool:
        lemma = lemma.lower()
        return any(
            lemma in group
            for group in (
                self.verbs,
                self.object_verbs,
                self.control_verbs,
                self.predicative_verbs,
                self.prep_cues,
            )
        )


@lru_cache(maxsize=8)
def _hashes(lexicon: Lexicon) -> frozenset[int]:
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    words = set(lexicon.verbs | lexicon.object_verbs | lexicon.control_verbs | lexicon.predicative_verbs)
    words |= lexicon.passive_cues
    words |= set(lexicon.prep_cues) | set(lexicon.forms)
    return frozenset(hash_string(w) for w in words)


def _read(source: Any, label: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(source) or {}
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"cannot read cue lexicon '{label}': {exc}; fix the YAML syntax") from None
    if not isinstance(data, dict):
        raise KnowledgeBaseError(
            f"cannot read cue lexicon '{label}': expected a mapping of keys such as 'verbs'"
        )
    return data


def _words(value: Any) -> list[str]:
    """Flatten a list, or a mapping of lists, into lower-case entries."""
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)]
    if isinstance(value, (list, tuple)):
        return [str(w).lower().strip() for w in value]
    return [] if value is None else [str(value).lower().strip()]


def _pairs(value: Any) -> list[str]:
    """A mapping of lemma -> prepositions as "lemma prep" entries."""
    if not isinstance(value, dict):
        return []
    return [f"{k} {p}".lower() for k, preps in value.items() for p in _words(preps)]


def _grouped(pairs: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for pair in pairs:
        lemma, _, prep = pair.rpartition(" ")
        out.setdefault(lemma, []).append(prep)
    return {k: tuple(v) for k, v in out.items()}


WORD_KEYS = ("verbs", "passive_speakers", "object_verbs", "control_verbs", "predicative_verbs", "clause_only_verbs",
             "passive_cues", "nouns", "adjectives", "transcript_labels", "skip_lines", "dash_cues",
             "headline_small_words", "remove", "participle_not_cues", "empty_contents", "question_labels",
             "answer_labels", "role_labels", "chair_labels", "label_titles", "host_cues", "chair_cues", "questioners",
             "question_cues", "interview_nouns",
             "source_documents", "generic_heads", "loose_modifiers", "refusals")


def _merge(base: dict[str, list[str]], data: dict[str, Any]) -> None:
    phrases = data.get("phrases") or {}
    extra = {key: _words(data.get(key)) for key in WORD_KEYS}
    extra["prep_cues"] = _pairs(data.get("prep_cues"))
    extra["phrasal_not_cues"] = _pairs(data.get("phrasal_not_cues"))
    extra["source_after"] = _words(phrases.get("source_after") if isinstance(phrases, dict) else None)
    extra["labels"] = _words(phrases.get("labels") if isinstance(phrases, dict) else phrases)
    verbs = data.get("verbs")
    if isinstance(verbs, dict):  # what is only thought or perceived, never said: "had seen"
        said = set(_words({k: v for k, v in verbs.items() if k != "belief"}))
        extra["beliefs"] = [w for w in _words(verbs.get("belief")) if w not in said]
    for key, words in extra.items():
        base.setdefault(key, []).extend(w for w in words if w)
    for key in ("role_classes", "agent_roles"):
        classes = data.get(key) or {}
        if isinstance(classes, dict):  # "diplomat: [ambassador, foreign minister]" -> "diplomat=ambassador", ...
            base.setdefault(key, []).extend(f"{k}={w}".lower() for k, v in classes.items() for w in v or [])
    forms = data.get("forms") or {}
    if isinstance(forms, dict):
        base.setdefault("forms", []).extend(f"{k}={v}".lower() for k, v in forms.items())
    if "min_direct_words" in data:
        base["min_direct_words"] = [str(data["min_direct_words"])]


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The packaged lexicon extended by ``extra_files`` (YAML files with the same keys); cached."""
    merged: dict[str, list[str]] = {}
    packaged = resources.files("detente").joinpath("data/cues.yaml").read_text(encoding="utf-8")
    _merge(merged, _read(packaged, "cues.yaml"))
    for name in extra_files:
        if Path(name).suffix.lower() not in (".yaml", ".yml"):
            continue
        data = _read(Path(name).read_text(encoding="utf-8"), name)
        if KEYS & data.keys():  # other data files (actors, patterns) may share extra_data
            _merge(merged, data)
            log.info("cue lexicon extended from %s", name)
    return _build(merged)


def _build(merged: dict[str, list[str]]) -> Lexicon:
    removed = set(merged.get("remove", []))
    keep = {k: [w for w in v if w not in removed] for k, v in merged.items()}

    def unique(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(keep.get(key, [])))

    return Lexicon(
        verbs=frozenset(unique("verbs")),
        beliefs=frozenset(unique("beliefs")),
        passive_speakers=frozenset(unique("passive_speakers")),
        object_verbs=frozenset(unique("object_verbs")),
        control_verbs=frozenset(unique("control_verbs")),
        predicative_verbs=frozenset(unique("predicative_verbs")),
        prep_cues=_grouped(keep.get("prep_cues", [])),
        clause_only_verbs=frozenset(unique("clause_only_verbs")),
        passive_cues=frozenset(unique("passive_cues")),
        nouns=frozenset(unique("nouns")),
        adjectives=frozenset(unique("adjectives")),
        transcript_labels=frozenset(unique("transcript_labels")),
        source_after=tuple(tuple(p.split()) for p in unique("source_after")),
        labels=unique("labels"),
        skip_lines=unique("skip_lines"),
        min_direct_words=int((merged.get("min_direct_words") or ["3"])[-1]),
        dash_cues=unique("dash_cues"),
        small_words=frozenset(unique("headline_small_words")),
        forms=dict(f.split("=", 1) for f in merged.get("forms", [])),
        participle_not_cues=frozenset(unique("participle_not_cues")),
        empty_contents=frozenset(unique("empty_contents")),
        question_labels=unique("question_labels"),
        answer_labels=frozenset(unique("answer_labels")),
        role_labels=frozenset(unique("role_labels")),
        chair_labels=frozenset(unique("chair_labels")),
        label_titles=frozenset(unique("label_titles")),
        host_cues=unique("host_cues"),
        chair_cues=unique("chair_cues"),
        questioners=frozenset(unique("questioners")),
        question_cues=frozenset(unique("question_cues")),
        interview_nouns=frozenset(unique("interview_nouns")),
        source_documents=frozenset(unique("source_documents")),
        generic_heads=frozenset(unique("generic_heads")),
        loose_modifiers=frozenset(unique("loose_modifiers")),
        refusals=unique("refusals"),
        phrasal_not_cues=_grouped(keep.get("phrasal_not_cues", [])),
        role_classes=_classes(keep.get("role_classes", [])),
        agent_roles=_classes(keep.get("agent_roles", [])),
    )


def _classes(pairs: list[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for pair in pairs:
        name, _, phrase = pair.partition("=")
        out.setdefault(name, []).append(phrase)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}
