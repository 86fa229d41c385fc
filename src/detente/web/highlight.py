"""An article's text cut into segments, each with the record's spans that cover it, for the article page.

Spans of every layer (actor mentions, times, quotes, event evidence) may overlap and nest; cutting the text at
every span boundary gives flat segments that the template renders as escaped text, each naming its spans. The
cutting itself is shared with the notebook display (``detente.display``), which must not import the web app.
"""

from __future__ import annotations

from typing import Any

from ..display import segments, spans

__all__ = ["segments", "speaker_colours", "spans"]


def speaker_colours(record: dict[str, Any], palette: int = 8) -> dict[str, int]:
    """A colour index per quote, the same for every quote of one speaker."""
    speakers: dict[str, int] = {}
    out = {}
    for q in record["quotes"]:
        who = q["speaker"]["key"] or q["speaker"]["name"] or "?"
        out[q["id"]] = speakers.setdefault(who, len(speakers) % palette)
    return out
