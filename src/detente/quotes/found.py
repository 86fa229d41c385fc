"""What the detectors hand to the stage: content pieces, cue and speaker head, before they become Quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Found:
    """One attribution: content pieces as character spans, the cue and the head of the speaker mention."""

    parts: list[tuple[int, int]]
    cue: str | None
    cue_span: tuple[int, int] | None
    speaker: Token | None
    kind: str = "indirect"
    reach: int = -1  # where the attribution ends in the text; a floating quote may follow right after
    cue_tokens: set[int] = field(default_factory=set)
    turn: bool = False  # a line of a transcript or an interview: dated by its interview
    role: str | None = None  # an answer's label ("a", "minister"): the interviewee speaks
    label: tuple[int, int] | None = None  # a turn's label ("A", "Chair", "INTERVIEWER"): where its speaker is named

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]
