"""An article's text cut into segments, each with the record's spans that cover it, for the article page.

Spans of every layer (actor mentions, times, quotes, event evidence) may overlap and nest; cutting the text at
every span boundary gives flat segments that the template renders as escaped text, each naming its spans.
"""

from __future__ import annotations

from typing import Any


def spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every highlightable span of a record: layer, reference (for the page's script) and offsets."""
    out = []
    for actor in record["actors"]:
        out += [{"layer": "actor", "ref": actor["id"], "start": m["start"], "end": m["end"]} for m in actor["mentions"]]
    for i, t in enumerate(record["times"]):
        out.append({"layer": "time", "ref": f"t{i + 1}", "start": t["start"], "end": t["end"]})
    for q in record["quotes"]:
        out += [{"layer": "quote", "ref": q["id"], "start": p["start"], "end": p["end"]} for p in q["parts"] or [q]]
    for i, e in enumerate(record["events"]):
        out.append({"layer": "event", "ref": f"e{i + 1}", "start": e["evidence"]["start"], "end": e["evidence"]["end"]})
    return [s for s in out if s["end"] > s["start"]]


def segments(text: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text in consecutive pieces, each with the layers and references of the spans covering it."""
    cuts = sorted({0, len(text)} | {s["start"] for s in marks} | {s["end"] for s in marks})
    starts: dict[int, list[dict[str, Any]]] = {}
    for s in marks:
        starts.setdefault(s["start"], []).append(s)
    out: list[dict[str, Any]] = []
    active: list[dict[str, Any]] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s["end"] > left] + starts.get(left, [])
        out.append({"text": text[left:right], "layers": sorted({s["layer"] for s in active}),
                    "refs": sorted({s["ref"] for s in active}), "start": left})
    return out


def speaker_colours(record: dict[str, Any], palette: int = 8) -> dict[str, int]:
    """A colour index per quote, the same for every quote of one speaker."""
    speakers: dict[str, int] = {}
    out = {}
    for q in record["quotes"]:
        who = q["speaker"]["key"] or q["speaker"]["name"] or "?"
        out[q["id"]] = speakers.setdefault(who, len(speakers) % palette)
    return out
