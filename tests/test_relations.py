"""Relations: series per period and direction, the largest moves with the events behind them, the overview, plots."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente import relations
from detente.errors import UsageError
from detente.plot import plot
from detente.store import Store
from records import make_record


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A thaw, then a crisis: Greece and Turkey over four months, with reports repeated across articles."""
    s = Store(tmp_path / "r.db")
    s.put(make_record("g1", "2026-01-10", [("GRC", "TUR", "AGREE", 4.0, "2026-01-09"),
                                           ("TUR", "GRC", "AGREE", 4.0, "2026-01-09")]))
    s.put(make_record("g2", "2026-01-10", [("GRC", "TUR", "AGREE", 6.0, "2026-01-09")],
                      quotes=[("Eleni Markou", "GRC", "TUR is a partner")]))
    s.put(make_record("g3", "2026-03-03", [("TUR", "GRC", "THREATEN", -7.0, "2026-03-02"),
                                           ("GRC", "TUR", "ACCUSE", -2.0, "2026-03-02")]))
    s.put(make_record("g4", "2026-03-20", [("TUR", "GRC", "ASSAULT", -10.0, "2026-03-19")],
                      quotes=[("Kemal Aydin", "TUR", "GRC provoked this")]))
    s.put(make_record("g5", "2026-04-02", [("FRA", "DEU", "AGREE", 4.0, None)]))
    yield s
    s.close()


def test_relations_series_by_month(store: Store) -> None:
    result = relations.series(store, "Greece", "TUR", "month")
    assert (result["a"], result["b"]) == ("GRC", "TUR")
    assert [p["label"] for p in result["points"]] == ["2026-01", "2026-02", "2026-03"]
    jan, feb, mar = (p["both"] for p in result["points"])
    assert (jan["events"], jan["reports"], jan["q1"], jan["quotes"]) == (2, 3, 2, 1)
    assert jan["net"] == 9.0  # GRC->TUR: one event reported at 4 and 6 (mean 5); TUR->GRC: 4
    assert jan["intensity_sum"] == 14.0 and jan["intensity_mean"] == round(14 / 3, 2)
    assert feb["events"] == 0 and feb["net"] == 0
    assert (mar["events"], mar["q4"], mar["conflict"], mar["net"], mar["quotes"]) == (3, 3, -19.0, -19.0, 1)
    assert result["points"][2]["ab"]["net"] == -2.0 and result["points"][2]["ba"]["net"] == -17.0
    evidence = relations.evidence(store, result)["points"]
    assert [len(p["events"]) for p in evidence] == [3, 0, 3]
    assert [q["speaker"] for p in evidence for q in p["quotes"]] == ["Eleni Markou", "Kemal Aydin"]
    assert evidence[2]["events"][0]["evidence"]["text"] == "TUR did threaten to GRC on 2026-03-02."


def test_relations_series_by_week_and_day(store: Store) -> None:
    weeks = relations.series(store, "GRC", "TUR", "week", since="2026-03-01", until="2026-03-22")
    assert [p["label"] for p in weeks["points"]] == ["2026-W09", "2026-W10", "2026-W11", "2026-W12"]
    assert [p["both"]["events"] for p in weeks["points"]] == [0, 2, 0, 1]
    days = relations.series(store, "GRC", "TUR", "day", since="2026-01-08", until="2026-01-10")
    assert [(p["period"], p["both"]["events"]) for p in days["points"]] == [
        ("2026-01-08", 0), ("2026-01-09", 2), ("2026-01-10", 0)]


def test_relations_explain_names_the_events_behind_the_largest_move(store: Store) -> None:
    result = relations.series(store, "GRC", "TUR", "month")
    moves = relations.explain(store, result, top=2)
    assert [m["label"] for m in moves] == ["2026-03", "2026-01"]
    crisis = moves[0]
    assert crisis["baseline"] == 4.5 and crisis["change"] == -23.5
    assert [(e["type"], e["source_country"]) for e in crisis["events"]] == [
        ("ASSAULT", "TUR"), ("THREATEN", "TUR"), ("ACCUSE", "GRC")]
    assert crisis["events"][0]["article_id"] == "g4"
    assert crisis["events"][0]["evidence"]["text"] == "TUR did assault to GRC on 2026-03-19."
    assert [q["speaker"] for q in crisis["quotes"]] == ["Kemal Aydin"]
    assert moves[1]["events"][0]["reports"] == 2


def test_relations_same_actor_twice_is_refused(store: Store) -> None:
    with pytest.raises(UsageError, match="the same actor"):
        relations.series(store, "Greece", "GRC")


def test_relations_overview_ranks_pairs(store: Store) -> None:
    result = relations.overview(store, window_days=30)
    assert [(p["a"], p["b"], p["events"]) for p in result["strongest"]] == [("GRC", "TUR", 5), ("DEU", "FRA", 1)]
    assert result["windows"]["after"][1] == "2026-04-02"
    changed = {(p["a"], p["b"]): p["change"] for p in result["changed"]}
    assert changed == {("GRC", "TUR"): -1.0, ("DEU", "FRA"): 4.0}  # -10 from 4 March against -9 before


def test_relations_plot_writes_a_chart(store: Store, tmp_path: Path) -> None:
    result = relations.series(store, "GRC", "TUR", "week")
    path = plot(result, relations.explain(store, result), tmp_path / "chart.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    svg = plot(result, [], tmp_path / "chart.svg").read_text()
    assert "<svg" in svg and "GRC – TUR" in svg
    with pytest.raises(UsageError, match="give a file ending in"):
        plot(result, [], tmp_path / "chart.txt")
