"""Records shown as HTML in a notebook: every span highlighted with its layer and tooltip, everything escaped, and
the record still a plain dict."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from html.parser import HTMLParser
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings

import detente
from detente.display import Record, show, to_html
from detente.document import Document
from records import make_record, records

LAYERS = ("quote", "event", "actor", "time")


class Rendered(HTMLParser):
    """The pieces of a rendered record's text, each (text, layers, tooltip lines), and the legend's entries."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[str, frozenset[str], tuple[str, ...]]] = []
        self.legend: list[tuple[str, str]] = []
        self._where: str | None = None
        self._mark: tuple[frozenset[str], tuple[str, ...]] | None = None
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag in ("div", "p") and {"dt-text", "dt-legend"} & set(classes):
            self._where = classes[0]
        elif tag == "mark":
            layers = frozenset(c.removeprefix("dt-") for c in classes if c != "dt-mark")
            self._mark = (layers, tuple((a.get("title") or "").split("\n")) if a.get("title") else ())

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._mark = None
        elif tag in ("div", "p"):
            self._where = None

    def handle_data(self, data: str) -> None:
        layers, titles = self._mark or (frozenset(), ())
        if self._where == "dt-text":
            self.pieces.append((data, layers, titles))
        elif self._where == "dt-legend" and self._mark:
            self.legend.append((data, " ".join(sorted(layers))))

    @property
    def text(self) -> str:
        return "".join(p[0] for p in self.pieces)

    def layers_at(self) -> list[frozenset[str]]:
        """The layers highlighting each character of the text."""
        return [layers for text, layers, _ in self.pieces for _ in text]

    def marked(self) -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
        return [p for p in self.pieces if p[1]]


def expected_layers(record: dict[str, Any]) -> list[frozenset[str]]:
    """The layers each character of the article text should carry, from the record's spans."""
    text = record["article"]["text"]
    spans = [("actor", m) for a in record["actors"] for m in a["mentions"]]
    spans += [("time", t) for t in record["times"]]
    spans += [("quote", p) for q in record["quotes"] for p in q["parts"] or [q]]
    spans += [("event", e["evidence"]) for e in record["events"]]
    at: list[set[str]] = [set() for _ in text]
    for layer, s in spans:
        for i in range(s["start"], s["end"]):
            at[i].add(layer)
    return [frozenset(x) for x in at]


def lavrov_record() -> dict[str, Any]:
    """An event sentence and a quote naming another country, with a date in the event."""
    record = make_record("x1", "2026-03-04", [("RUS", "UKR", "ACCUSE", -2.0, "2026-03-02")],
                         quotes=[("Sergei Lavrov", "RUS", "UKR is lying")])
    text = record["article"]["text"]
    start = text.index("2026-03-02")
    record["times"].append({"text": "2026-03-02", "start": start, "end": start + 10, "type": "DATE",
                            "value": "2026-03-02"})
    return record


def test_display_marks_each_span_with_its_layer_and_tooltip() -> None:
    record = lavrov_record()
    page = Rendered(to_html(record))
    event = "event ACCUSE RUS→UKR −2"
    assert page.text == record["article"]["text"]
    assert page.marked() == [
        ("RUS", frozenset({"actor", "event"}), (event, "actor: RUS")),
        (" did accuse to UKR on ", frozenset({"event"}), (event,)),
        ("2026-03-02", frozenset({"event", "time"}), (event, "time: 2026-03-02")),
        (".", frozenset({"event"}), (event,)),
        ("UKR", frozenset({"actor", "quote"}), ("quote by Sergei Lavrov (RUS)", "actor: UKR")),
        (" is lying", frozenset({"quote"}), ("quote by Sergei Lavrov (RUS)",)),
    ]


def test_display_lists_title_quotes_and_events() -> None:
    page = to_html(lavrov_record())
    assert '<h3 class="dt-title" style="margin:.2rem 0">x1 report</h3>' in page
    assert "2026-03-04 · wire · id x1" in page
    assert '<li style="margin:.15rem 0">Sergei Lavrov (RUS) — “UKR is lying” (direct, 2026-03-04)</li>' in page
    assert '<li style="margin:.15rem 0">RUS → ACCUSE → UKR, −2, 2026-03-02</li>' in page


def test_display_legend_names_the_layers() -> None:
    page = Rendered(to_html(make_record("x1", "2026-03-04")))
    assert page.legend == [(layer, layer) for layer in LAYERS]
    assert page.marked() == []


def test_display_overlapping_spans_cut_into_pieces() -> None:
    record = make_record("x1", "2026-03-04", text="Alpha beta gamma delta.")
    text = record["article"]["text"]
    at = text.index("beta gamma")
    record["times"] = [{"text": "beta gamma", "start": at, "end": at + 10, "type": "DURATION", "value": "P2D"}]
    record["events"] = [{"type": "AGREE", "mode": None, "cameo": None, "quad": 1, "intensity": 3.5, "negated": True,
                         "modality": "hypothetical", "source": {"actor": None, "key": None, "name": "Alpha",
                                                                "country": None, "sector": None},
                         "target": None, "date": None, "date_basis": None, "quote": None,
                         "evidence": {"start": at - 6, "end": at + 4, "text": text[at - 6:at + 4]}, "also": []}]
    page = Rendered(to_html(record))
    event = "event AGREE Alpha→— +3.5 (negated, hypothetical)"
    assert page.marked() == [("Alpha ", frozenset({"event"}), (event,)),
                             ("beta", frozenset({"event", "time"}), (event, "time: P2D (duration)")),
                             (" gamma", frozenset({"time"}), ("time: P2D (duration)",))]
    assert "Alpha → AGREE → —, +3.5 (negated, hypothetical)" in to_html(record)


def test_display_of_an_extracted_article() -> None:
    text = ('MOSCOW — Russian Foreign Minister Sergei Lavrov accused Ukraine on Monday of shelling Belgorod. '
            '"Ukraine is attacking our cities," Lavrov said.')
    record = detente.extract(text, published="2026-03-04")
    page = Rendered(to_html(record))
    assert page.text == record["article"]["text"] == text
    assert page.layers_at() == expected_layers(record)
    titles = {line for _, _, lines in page.marked() for line in lines}
    assert {"actor: Sergey Lavrov (RUS)", "actor: Ukraine (UKR)", "time: 2026-03-02",
            "quote by Sergey Lavrov (RUS)", "event ACCUSE RUS→UKR −2"} <= titles
    inner = next(p for p in page.marked() if p[0] == "Ukraine" and "quote" in p[1])
    assert inner[1] >= {"actor", "quote"} and "actor: Ukraine (UKR)" in inner[2]
    assert "quote by Sergey Lavrov (RUS)" in inner[2]


@settings(max_examples=60, deadline=None)
@given(records())
def test_display_keeps_the_text_and_every_span(record: dict[str, Any]) -> None:
    page = Rendered(to_html(record))
    assert page.text == record["article"]["text"]
    assert page.layers_at() == expected_layers(record)


def test_display_escapes_untrusted_text() -> None:
    record = make_record("x1", "2026-02-01", [("KEN", "ETH", "CONSULT", 1.0, None)],
                         text='<script>alert("x")</script> KEN did consult to ETH on 2026-02-01.')
    record["article"]["title"] = "<script>alert('t')</script>"
    record["article"]["url"] = "javascript:alert(1)"
    record["actors"][0]["name"] = 'K" onmouseover="alert(1)'
    start = record["article"]["text"].index("<script>")
    record["times"].append({"text": "<script>", "start": start, "end": start + 8, "type": "DATE", "value": "<b>"})
    page = to_html(record)
    assert "<script" not in page.lower() and "javascript:" not in page and "<a " not in page
    assert 'onmouseover="' not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in page
    assert 'title="time: &lt;b&gt;">&lt;script&gt;</mark>alert(&quot;x&quot;)&lt;/script&gt; ' in page
    assert Rendered(page).marked()[1][2] == ("event CONSULT KEN→ETH +1", 'actor: K" onmouseover="alert(1) (KEN)')


def test_display_record_is_a_plain_dict() -> None:
    plain = lavrov_record()
    record = Record(plain)
    assert record == plain and isinstance(record, dict)
    assert json.dumps(record, ensure_ascii=False) == json.dumps(plain, ensure_ascii=False)
    assert pickle.loads(pickle.dumps(record)) == plain
    assert pd.json_normalize([record]).equals(pd.json_normalize([plain]))
    assert record.html() == record._repr_html_() == to_html(plain)


def test_display_show_without_ipython(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "IPython", None)  # importing it now fails, as where it is not installed
    record = lavrov_record()
    shown = show(record)
    assert shown._repr_html_() == to_html(record)
    assert str(shown) == ("x1 report (2026-03-04)\n"
                          "3 actors, 1 time, 1 quote, 1 event\n"
                          "  quote  Sergei Lavrov (RUS) — “UKR is lying” (direct, 2026-03-04)\n"
                          "  event  RUS → ACCUSE → UKR, −2, 2026-03-02")
    assert show(Document.from_record(record)).record == record
    same = Record(record)
    assert show(same).record is same


def test_display_imports_neither_the_web_app_nor_ipython() -> None:
    code = "import sys, detente.display; print(sorted({'fastapi', 'IPython', 'spacy'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_display_refuses_what_is_not_a_record() -> None:
    with pytest.raises(TypeError, match="cannot show a list: pass a record"):
        show([1, 2])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no 'actors', 'times', 'quotes', 'events'; pass what detente.extract"):
        show({"article": {"text": "x"}})
