"""Records that show themselves: an article's text with its actors, times, quotes and event evidence highlighted,
as HTML for a Jupyter notebook (or any page), with the quotes and events listed below it.

Spans of every layer may overlap and nest; cutting the text at every span boundary gives flat segments, each a
``<mark>`` naming its layers, with a tooltip saying what covers it. The web dashboard cuts its article page the same
way (``spans`` and ``segments`` live here so that neither side imports the other's dependencies). Everything is
escaped and styled inline: no script, no stylesheet to load.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from .document import Document

# One CSS property family per layer, so that the styles of nested spans combine.
LAYERS = {
    "quote": "background:#fff1b8",
    "event": "border-bottom:2px solid #8e6bbf",
    "actor": "font-weight:600;color:#0f5c8a",
    "time": "text-decoration:underline dotted #2a7f62;text-decoration-thickness:2px",
}
BOX = ("font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d232b;background:#fff;"
       "border:1px solid #dde3ea;border-radius:6px;padding:.8rem 1.1rem;max-width:60rem")
MARK = "background:transparent;color:inherit;padding:0"
MUTED = "color:#5f6b7a;font-size:.9em"
REQUIRED = ("article", "actors", "times", "quotes", "events")


class Record(dict[str, Any]):
    """A record as ``detente.extract`` gives it: a plain dict (JSON, ``==``, pandas) that a notebook shows with its
    spans highlighted."""

    def html(self) -> str:
        """The record as an HTML fragment."""
        return to_html(self)

    def _repr_html_(self) -> str:
        return to_html(self)


class View:
    """What ``show`` returns: the highlighted HTML in a notebook, a short summary as text."""

    def __init__(self, record: Record) -> None:
        self.record = record

    def html(self) -> str:
        return to_html(self.record)

    def _repr_html_(self) -> str:
        return to_html(self.record)

    def __str__(self) -> str:
        return summary(self.record)

    __repr__ = __str__


def show(record: Mapping[str, Any] | Document) -> View:
    """A record (a dict, a ``Record`` or a ``Document``) ready to display: as a notebook cell's last expression it
    renders highlighted; ``print`` gives a short summary."""
    if isinstance(record, Document):
        return View(Record(record.to_record()))
    if isinstance(record, Mapping):
        _check(record)
        return View(record if isinstance(record, Record) else Record(record))
    raise TypeError(f"cannot show a {type(record).__name__}: pass a record (the dict detente.extract returns) "
                    "or a detente.Document")


def to_html(record: Mapping[str, Any]) -> str:
    """The record as one HTML fragment: title and date, a legend, the highlighted text, its quotes and events."""
    _check(record)
    body = [_header(record["article"]), _legend(), _text(record),
            _listing("Quotes", [_quote_line(q) for q in record["quotes"]]),
            _listing("Events", [_event_line(e) for e in record["events"]])]
    return f'<div class="detente-record" style="{BOX}">{"".join(body)}</div>'


def summary(record: Mapping[str, Any]) -> str:
    """A few lines of plain text: title and date, what the record holds, each quote and event."""
    _check(record)
    article = record["article"]
    counts = ", ".join(_count(len(record[k]), k[:-1]) for k in ("actors", "times", "quotes", "events"))
    lines = [f"{article.get('title') or article.get('id') or 'untitled'} ({article.get('published') or 'undated'})",
             counts]
    lines += [f"  quote  {_shorten(_quote_line(q))}" for q in record["quotes"]]
    lines += [f"  event  {_shorten(_event_line(e))}" for e in record["events"]]
    return "\n".join(lines)


def spans(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every highlightable span of a record: layer, reference (for the page's script), offsets and the item (actor,
    time, quote or event) it belongs to."""
    out = []
    for actor in record["actors"]:
        out += [{"layer": "actor", "ref": actor["id"], "start": m["start"], "end": m["end"], "item": actor}
                for m in actor["mentions"]]
    for i, t in enumerate(record["times"]):
        out.append({"layer": "time", "ref": f"t{i + 1}", "start": t["start"], "end": t["end"], "item": t})
    for q in record["quotes"]:
        out += [{"layer": "quote", "ref": q["id"], "start": p["start"], "end": p["end"], "item": q}
                for p in q["parts"] or [q]]
    for i, e in enumerate(record["events"]):
        evidence = e["evidence"]
        out.append({"layer": "event", "ref": f"e{i + 1}", "start": evidence["start"], "end": evidence["end"],
                    "item": e})
    return [s for s in out if s["end"] > s["start"]]


def segments(text: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The text in consecutive pieces, each with the layers, references and spans covering it (outer spans
    first)."""
    cuts = sorted({0, len(text)} | {s["start"] for s in marks} | {s["end"] for s in marks})
    starts: dict[int, list[dict[str, Any]]] = {}
    for s in sorted(marks, key=lambda s: -s["end"]):
        starts.setdefault(s["start"], []).append(s)
    out: list[dict[str, Any]] = []
    active: list[dict[str, Any]] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s["end"] > left] + starts.get(left, [])
        out.append({"text": text[left:right], "layers": sorted({s["layer"] for s in active}),
                    "refs": sorted({s["ref"] for s in active}), "spans": active, "start": left})
    return out


def _check(record: Mapping[str, Any]) -> None:
    missing = [k for k in REQUIRED if k not in record]
    if not missing and isinstance(record["article"], Mapping) and "text" in record["article"]:
        return
    what = ", ".join(repr(k) for k in missing) or "'article.text'"
    raise ValueError(f"not a Détente record: it has no {what}; pass what detente.extract returns")


def _header(article: Mapping[str, Any]) -> str:
    title = article.get("title") or article.get("id") or "untitled"
    named = article.get("title") and f"id {article.get('id')}"  # the id, unless it stands in for the title
    meta = [article.get("published") or "undated", article.get("source"), named]
    link = ""
    url = article.get("url") or ""
    if url.lower().startswith(("https://", "http://")):
        link = f' · <a href="{_e(url)}" target="_blank" rel="noopener noreferrer nofollow">original</a>'
    return (f'<h3 class="dt-title" style="margin:.2rem 0">{_e(title)}</h3>'
            f'<p class="dt-meta" style="margin:0 0 .4rem;{MUTED}">{_e(" · ".join(m for m in meta if m))}{link}</p>')


def _legend() -> str:
    keys = " ".join(f'<mark class="dt-{layer}" style="{MARK};{style};margin-right:.6rem">{layer}</mark>'
                    for layer, style in LAYERS.items())
    return f'<p class="dt-legend" style="margin:0 0 .4rem;{MUTED}">{keys}</p>'


def _text(record: Mapping[str, Any]) -> str:
    pieces = []
    for seg in segments(record["article"]["text"], spans(record)):
        if not seg["spans"]:
            pieces.append(_e(seg["text"]))
            continue
        classes = " ".join(f"dt-{layer}" for layer in seg["layers"])
        style = ";".join([MARK] + [LAYERS[layer] for layer in seg["layers"]])
        title = "&#10;".join(_e(label) for label in dict.fromkeys(_label(s) for s in seg["spans"]))
        pieces.append(f'<mark class="dt-mark {classes}" style="{style}" title="{title}">{_e(seg["text"])}</mark>')
    return f'<div class="dt-text" style="white-space:pre-wrap;line-height:1.7">{"".join(pieces)}</div>'


def _listing(heading: str, lines: list[str]) -> str:
    if not lines:
        return ""
    items = "".join(f'<li style="margin:.15rem 0">{_e(line)}</li>' for line in lines)
    return (f'<h4 style="margin:.8rem 0 .2rem">{heading}</h4>'
            f'<ol class="dt-{heading.lower()}" style="margin:0;padding-left:1.6rem">{items}</ol>')


def _label(span: Mapping[str, Any]) -> str:
    """The tooltip line of one span: what it is and whose."""
    item, layer = span["item"], span["layer"]
    if layer == "actor":
        return f"actor: {_named(item['name'], item['country'])}"
    if layer == "time":
        kind = "" if item["type"] == "DATE" else f" ({item['type'].lower()})"
        return f"time: {item['value'] or item['text']}{kind}"
    if layer == "quote":
        return f"quote by {_named(item['speaker']['name'], item['speaker']['country'])}"
    return (f"event {item['type']} {_code(item['source'])}→{_code(item['target'])} {_signed(item['intensity'])}"
            f"{_qualifier(item)}")


def _quote_line(q: Mapping[str, Any]) -> str:
    speaker = _named(q["speaker"]["name"], q["speaker"]["country"])
    said = ", ".join(x for x in (q["kind"], q["date"]) if x)
    return f"{speaker} — “{q['content']}” ({said})"


def _event_line(e: Mapping[str, Any]) -> str:
    target = _named(e["target"]["name"], e["target"]["country"]) if e["target"] else "—"
    line = f"{_named(e['source']['name'], e['source']['country'])} → {e['type']} → {target}, {_signed(e['intensity'])}"
    return line + (f", {e['date']}" if e["date"] else "") + _qualifier(e)


def _qualifier(e: Mapping[str, Any]) -> str:
    notes = (["negated"] if e["negated"] else []) + ([e["modality"]] if e["modality"] not in (None, "asserted") else [])
    return f" ({', '.join(notes)})" if notes else ""


def _named(name: str | None, country: str | None) -> str:
    if not name:
        return country or "?"
    return f"{name} ({country})" if country and country != name else name


def _code(party: Mapping[str, Any] | None) -> str:
    return "—" if party is None else party["country"] or party["name"] or "?"


def _signed(x: float | None) -> str:
    """An intensity as people write it: +2, −1.5, 0."""
    if x is None:
        return "?"
    return "0" if x == 0 else f"{x:+g}".replace("-", "−")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _shorten(line: str, width: int = 110) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)
