"""The store: records round-trip, identity and replacement, migrations from the first schema, clusters, queries."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from detente.errors import StoreError, UsageError
from detente.store import Store, schema
from records import make_record, records


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "t.db") as s:
        yield s


@settings(max_examples=60, deadline=None)
@given(records())
def test_store_round_trip_property(record: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "p.db") as s:
        assert s.put(record) == "stored"
        assert s.record(record["article"]["id"]) == record
        assert s.put(record) == "unchanged"
        assert s.stats()["articles"] == 1


def test_store_round_trips_a_real_record(store: Store, run_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Moscow meets Paris\n\nRussia's foreign minister met France's foreign minister in Paris on Monday. "
            '"We agreed to keep talking," the Russian minister told reporters. France accused Russia of stalling.')
    record = run_text(text, published="2026-03-04").to_record()
    assert record["events"] and record["quotes"]
    store.put(record)
    assert store.record(record["article"]["id"]) == record
    assert integrity(store) == "ok"


def test_store_same_content_twice_is_stored_once(store: Store) -> None:
    first = make_record("a1", "2026-01-05", [("RUS", "UKR", "ACCUSE", -2.0, None)])
    again = {**first, "article": {**first["article"], "id": "other-id", "url": None}}
    assert store.put(first) == "stored"
    assert store.put(again) == "unchanged"
    assert store.stats()["articles"] == 1


def test_store_new_content_under_same_id_or_url_replaces(store: Store) -> None:
    store.put(make_record("a1", "2026-01-05", [("RUS", "UKR", "ACCUSE", -2.0, None)]))
    new = make_record("a1", "2026-01-05", [("RUS", "UKR", "AGREE", 4.0, None), ("UKR", "RUS", "AGREE", 4.0, None)])
    assert store.put(new) == "replaced"
    assert [e["type"] for e in store.events()] == ["AGREE", "AGREE"]
    moved = make_record("a2", "2026-01-06", [("USA", "CHN", "CONSULT", 1.0, None)])
    moved["article"]["url"] = "https://example.org/a1"  # the same page, now under another id
    assert store.put(moved) == "replaced"
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["distinct_events"]) == (1, 1, 1)
    assert {a["key"]: a["articles"] for a in store.actors()} == {"country:USA": 1, "country:CHN": 1}
    assert store.suggest("RU") == []  # no stored article names it now
    assert integrity(store) == "ok"


def test_store_a_record_that_cannot_be_stored_leaves_the_store_as_it_was(store: Store) -> None:
    store.put(make_record("a1", "2026-01-05", [("RUS", "UKR", "ACCUSE", -2.0, None)]))
    broken = make_record("a2", "2026-01-06", [("USA", "CHN", "CONSULT", 1.0, None)])
    del broken["events"][0]["evidence"]
    with store.transaction():
        with pytest.raises(StoreError, match="cannot store 'a2'"):
            store.put(broken)
        store.put(make_record("a3", "2026-01-07", [("FRA", "DEU", "AGREE", 4.0, None)]))
    assert [a["id"] for a in store.articles()] == ["a3", "a1"]
    assert store.stats()["events"] == 2


def test_store_clusters_reports_of_one_event(store: Store) -> None:
    store.put(make_record("r1", "2026-02-10", [("RUS", "UKR", "ASSAULT", -10.0, "2026-02-09")]))
    store.put(make_record("r2", "2026-02-11", [("RUS", "UKR", "ASSAULT", -9.0, "2026-02-10")]))
    store.put(make_record("r3", "2026-02-15", [("RUS", "UKR", "ASSAULT", -10.0, "2026-02-14")]))
    store.put(make_record("r4", "2026-02-11", [("UKR", "RUS", "ASSAULT", -10.0, "2026-02-10")]))
    rows = store.events(source="RUS")
    assert [(e["day"], e["num_reports"], e["num_articles"]) for e in rows] == [
        ("2026-02-09", 2, 2), ("2026-02-10", 2, 2), ("2026-02-14", 1, 1)]
    assert rows[0]["cluster"] == rows[1]["cluster"] != rows[2]["cluster"]
    assert store.stats()["distinct_events"] == 3


def test_store_deleting_the_only_report_removes_its_cluster(store: Store) -> None:
    store.put(make_record("r1", "2026-02-10", [("RUS", "UKR", "ASSAULT", -10.0, None)]))
    store.put(make_record("r1", "2026-02-10", [("RUS", "UKR", "AGREE", 4.0, None)]))
    assert store.stats()["distinct_events"] == 1
    assert store.events()[0]["type"] == "AGREE"


def test_store_events_use_the_publication_date_when_undated(store: Store) -> None:
    store.put(make_record("d1", "2026-03-01", [("RUS", "UKR", "ACCUSE", -2.0, None),
                                               ("RUS", "UKR", "REJECT", -4.0, "2026-02-27")]))
    assert [(e["date"], e["day"]) for e in store.events()] == [("2026-02-27", "2026-02-27"), (None, "2026-03-01")]


def test_store_queries_filter_quotes(store: Store) -> None:
    store.put(make_record("q1", "2026-01-05", quotes=[("Sergei Lavrov", "RUS", "We will answer FRA firmly"),
                                                      ("Jean Martin", "FRA", "Moscow must withdraw its troops")]))
    store.put(make_record("q2", "2026-02-05", quotes=[("Sergei Lavrov", "RUS", "Talks with USA are over")]))
    assert [q["text"] for q in store.quotes(search="answer firmly")] == ["We will answer FRA firmly"]
    assert [q["text"] for q in store.quotes(search='"answer firmly"')] == []
    assert [q["article_id"] for q in store.quotes(speaker="Sergei Lavrov")] == ["q1", "q2"]
    assert [q["text"] for q in store.quotes(about="France")] == ["We will answer FRA firmly"]
    assert [q["speaker_name"] for q in store.quotes(country="FRA")] == ["Jean Martin"]
    assert [q["article_id"] for q in store.quotes(since="2026-02-01")] == ["q2"]
    assert store.quotes(search="withdraw")[0]["about"] == []
    assert len(store.quotes(search="\x00")) == 3  # no words: no filter
    assert [q["text"] for q in store.quotes(search="firmly\x00")] == ["We will answer FRA firmly"]


def test_store_resolves_names_and_codes(store: Store) -> None:
    store.put(make_record("n1", "2026-01-05", [("RUS", "EU", "ACCUSE", -2.0, None)]))
    assert store.resolve("Russia") == "RUS"
    assert store.resolve("RUS") == "RUS"
    assert store.resolve("the European Union") == "EU"
    assert store.resolve("country:RUS") == "RUS"
    assert store.resolve("UKR") == "UKR"
    assert [e["type"] for e in store.events(source="Russia", target="the EU")] == ["ACCUSE"]
    with pytest.raises(UsageError, match="unknown actor 'Zzyzx'"):
        store.resolve("Zzyzx")


def test_store_actors_and_stats(store: Store) -> None:
    store.put(make_record("s1", "2026-01-05", [("RUS", "UKR", "ACCUSE", -2.0, None)]))
    store.put(make_record("s2", "2026-01-06", [("RUS", "USA", "CONSULT", 1.0, None)]))
    top = store.actors(top=1)
    assert (top[0]["key"], top[0]["articles"], top[0]["as_source"]) == ("country:RUS", 2, 2)
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["dyads"]) == (2, 2, 2)
    assert (stats["first_day"], stats["last_day"]) == ("2026-01-05", "2026-01-06")
    assert stats["schema_version"] == schema.LATEST
    assert stats["events_by_type"] == {"ACCUSE": 1, "CONSULT": 1}


def test_store_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at .*; create one with 'detente ingest'"):
        Store(tmp_path / "none.db", create=False)


def test_store_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(junk)


def test_store_newer_schema_is_refused(tmp_path: Path) -> None:
    Store(tmp_path / "n.db").close()
    conn = sqlite3.connect(tmp_path / "n.db")
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this Détente"):
        Store(tmp_path / "n.db")


def test_store_migrates_from_the_first_schema_version(tmp_path: Path) -> None:
    recent = tmp_path / "recent.db"
    records = [make_record("m1", "2026-01-05", [("RUS", "UKR", "ASSAULT", -10.0, None)],
                           [("Sergei Lavrov", "RUS", "UKR started it")]),
               make_record("m2", "2026-01-05", [("RUS", "UKR", "ASSAULT", -8.0, None)])]
    records[1]["actors"][0].update(name="Russian Federation", role="the state")  # this article names it otherwise
    with Store(recent) as s:
        for r in records:
            s.put(r)
    old = tmp_path / "old.db"
    conn = schema.connect(old)
    assert schema.migrate(conn, upto=1) == 1
    conn.execute("ATTACH DATABASE ? AS recent", (str(recent),))
    # the first version kept texts uncompressed, and actors, mentions and times in tables of their own
    plain = {"text": "inflate(text)", "raw": "inflate(raw)"}
    for table in ("articles", "actors", "quotes", "events"):
        columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        conn.execute(f"INSERT INTO main.{table} ({', '.join(columns)})"
                     f" SELECT {', '.join(plain.get(c, c) for c in columns)} FROM recent.{table}")
    for record in records:
        pk = conn.execute("SELECT pk FROM articles WHERE id = ?", (record["article"]["id"],)).fetchone()[0]
        for seq, x in enumerate(record["actors"]):
            conn.execute("INSERT INTO article_actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (pk, x["id"], seq, x["key"], x["name"], x["kind"], x["country"], x["sector"], x["role"],
                          x["kb_id"]))
            conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)",
                             [(pk, x["id"], i, m["start"], m["end"]) for i, m in enumerate(x["mentions"])])
        conn.executemany("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?)",
                         [(pk, i, t["start"], t["end"], t["type"], t["value"]) for i, t in enumerate(record["times"])])
    conn.execute("DETACH DATABASE recent")
    conn.close()
    with Store(old) as s:
        assert s.version == schema.LATEST
        assert [s.record(r["article"]["id"]) for r in records] == records
        assert [q["about"] for q in s.quotes(search="started")] == [["UKR"]]
        assert [e["num_articles"] for e in s.events()] == [2, 2]
        assert integrity(s) == "ok"


def integrity(store: Store) -> str:
    return str(store.conn.execute("PRAGMA integrity_check").fetchone()[0])
