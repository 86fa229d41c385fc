"""Export formats of a stored event: GDELT 2.0 event row, PLOVER JSON event, flat CSV row."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def _load_formats() -> ModuleType:
    """detente.store.formats, imported normally when the package is importable, else loaded from its path."""
    try:
        from detente.store import formats as module
    except ImportError:
        path = Path(__file__).resolve().parents[1] / "src" / "detente" / "store" / "formats.py"
        spec = importlib.util.spec_from_file_location("detente_store_formats", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


formats = _load_formats()

# The GDELT 2.0 event table, in the order of the GDELT 2.0 Event Codebook and of GDELT's export files.
CODEBOOK_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]

EVIDENCE = "Lavrov accused NATO of preparing an attack, the ministry said on Wednesday."


def _event(**changes: Any) -> dict[str, Any]:
    """A complete stored event (every key the store returns), with some values changed."""
    event: dict[str, Any] = {
        "id": 42, "article_id": "art-7", "article_title": "Moscow accuses NATO",
        "article_url": "https://news.example.org/2026/01/moscow-nato", "article_source": "Example News",
        "article_published": "2026-01-15", "added": "2026-01-16T10:30:05+01:00", "seq": 0, "is_root": True,
        "type": "ACCUSE", "mode": "allege", "cameo": "1121", "quad": 3, "intensity": -3.5, "negated": False,
        "modality": "asserted",
        "source_key": "person:sergei-lavrov", "source_actor": "a1", "source_name": "Sergei Lavrov",
        "source_country": "RUS", "source_sector": "GOV",
        "target_key": "org:nato", "target_actor": "a2", "target_name": "NATO", "target_country": "NATO",
        "target_sector": "IGO",
        "date": "2026-01-14", "date_basis": "stated", "day": "2026-01-14", "quote": "q1",
        "evidence": {"start": 0, "end": len(EVIDENCE), "text": EVIDENCE},
        "location": {"name": "Moscow", "country": "RUS", "geonames_id": 524901, "lat": 55.75222, "lon": 37.61556},
        "cluster": 7, "num_reports": 3, "num_articles": 2, "num_sources": 2,
    }
    event.update(changes)
    return event


def _column(row: list[str], name: str) -> str:
    return row[formats.GDELT_COLUMNS.index(name)]


def test_gdelt_columns_follow_the_codebook() -> None:
    columns = formats.GDELT_COLUMNS
    assert len(columns) == 61 and len(set(columns)) == 61
    assert list(columns) == CODEBOOK_COLUMNS
    positions = {0: "GLOBALEVENTID", 1: "SQLDATE", 4: "FractionDate", 5: "Actor1Code", 7: "Actor1CountryCode",
                 15: "Actor2Code", 25: "IsRootEvent", 26: "EventCode", 27: "EventBaseCode", 28: "EventRootCode",
                 29: "QuadClass", 30: "GoldsteinScale", 34: "AvgTone", 35: "Actor1Geo_Type",
                 39: "Actor1Geo_ADM2Code", 51: "ActionGeo_Type", 58: "ActionGeo_FeatureID", 59: "DATEADDED",
                 60: "SOURCEURL"}
    for index, name in positions.items():
        assert columns[index] == name


def test_gdelt_row_of_a_full_event_is_exact() -> None:
    expected = [
        "42", "20260114", "202601", "2026", "2026.0384",
        "RUSGOV", "SERGEI LAVROV", "RUS", "", "", "", "", "GOV", "", "",
        "NATOIGO", "NATO", "", "NATO", "", "", "", "IGO", "", "",
        "1", "1121", "112", "11", "3", "-3.5", "3", "2", "2", "",
        "", "", "", "", "", "", "", "",
        "", "", "", "", "", "", "", "",
        "4", "Moscow", "RUS", "", "", "55.7522", "37.6156", "524901",
        "20260116093005", "https://news.example.org/2026/01/moscow-nato",
    ]
    row = formats.gdelt_row(_event())
    assert len(row) == 61
    assert row == expected


def test_gdelt_row_of_an_event_with_no_values_is_empty_strings() -> None:
    event = {key: None for key in _event()}
    row = formats.gdelt_row(event)
    assert len(row) == 61 and all(isinstance(value, str) for value in row)
    assert row == [""] * 25 + ["0"] + [""] * 35  # only IsRootEvent has a value: not the first event


def test_gdelt_row_without_target_or_location_leaves_those_columns_empty() -> None:
    event = _event(target_key=None, target_actor=None, target_name=None, target_country=None, target_sector=None,
                   location=None)
    row = dict(zip(formats.GDELT_COLUMNS, formats.gdelt_row(event), strict=True))
    assert all(row[f"Actor2{field}"] == "" for field in ("Code", "Name", "CountryCode", "KnownGroupCode"))
    assert all(row[name] == "" for name in formats.GDELT_COLUMNS if name.startswith("ActionGeo_"))
    assert row["Actor1Code"] == "RUSGOV"


def test_tabs_and_newlines_do_not_break_the_tsv_row() -> None:
    event = _event(source_name="Sergei\tLavrov", target_name="North Atlantic\nTreaty Organization",
                   location={"name": "Moscow,\r\nRussia", "country": "RUS", "geonames_id": 524901, "lat": 55.75,
                             "lon": 37.62},
                   article_url=None, article_id="feed\titem 12",
                   evidence={"start": 0, "end": 20, "text": "Lavrov said:\n\t'No.'"})
    row = formats.gdelt_row(event)
    line = "\t".join(row)
    assert line.count("\t") == 60 and "\n" not in line and "\r" not in line
    assert _column(row, "Actor1Name") == "SERGEI LAVROV"
    assert _column(row, "Actor2Name") == "NORTH ATLANTIC TREATY ORGANIZATION"
    assert _column(row, "ActionGeo_FullName") == "Moscow, Russia"
    assert _column(row, "SOURCEURL") == "feed item 12"  # the article id stands in for a missing URL
    record = json.dumps(formats.plover_event(event))
    assert "\n" not in record and json.loads(record)["text"] == "Lavrov said:\n\t'No.'"


@pytest.mark.parametrize(("cameo", "base", "root", "quad"), [
    ("1121", "112", "11", "3"),
    ("036", "036", "03", "1"),
    ("190", "190", "19", "4"),
    ("0874", "087", "08", "2"),
])
def test_cameo_base_and_root_codes(cameo: str, base: str, root: str, quad: str) -> None:
    row = formats.gdelt_row(_event(cameo=cameo, quad=None))
    assert (_column(row, "EventCode"), _column(row, "EventBaseCode"), _column(row, "EventRootCode")) == (
        cameo, base, root)
    assert _column(row, "QuadClass") == quad  # derived from the root code when no quad is stored


def test_organisation_actor_codes() -> None:
    row = formats.gdelt_row(_event(source_name="European Commission", source_country="EU", source_sector="IGO"))
    assert [_column(row, f"Actor1{f}") for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code")] == [
        "EUIGO", "EUROPEAN COMMISSION", "", "EU", "IGO"]
    court = formats.gdelt_row(_event(source_name="International Criminal Court", source_country="ICC",
                                     source_sector="JUD"))
    assert [_column(court, f"Actor1{f}") for f in ("Code", "CountryCode", "KnownGroupCode")] == [
        "ICCJUD", "", "ICC"]  # three letters, but not a country


def test_region_and_sector_only_actor_codes() -> None:
    row = formats.gdelt_row(_event(source_name="Europe", source_country="EUR", source_sector=None,
                                   target_name="rebels", target_country=None, target_sector="REB"))
    assert [_column(row, f"Actor1{f}") for f in ("Code", "CountryCode", "KnownGroupCode", "Type1Code")] == [
        "EUR", "EUR", "", ""]
    assert [_column(row, f"Actor2{f}") for f in ("Code", "CountryCode", "KnownGroupCode", "Type1Code")] == [
        "REB", "", "", "REB"]


@pytest.mark.parametrize(("day", "fraction"), [
    ("2019-01-25", "2019.0685"),  # as in a published GDELT 2.0 row of that day
    ("2026-07-01", "2026.4986"),
    ("2024-03-01", "2024.1671"),  # a leap year: day 61
])
def test_fraction_date(day: str, fraction: str) -> None:
    assert _column(formats.gdelt_row(_event(day=day)), "FractionDate") == fraction


@pytest.mark.parametrize(("added", "expected"), [
    ("2026-01-16T10:30:05+01:00", "20260116093005"),
    ("2026-01-16T23:59:59Z", "20260116235959"),
    ("2026-01-16T08:00:00", "20260116080000"),
    ("2026-01-16", "20260116000000"),
    ("not a timestamp", ""),
])
def test_date_added_is_utc(added: str, expected: str) -> None:
    assert _column(formats.gdelt_row(_event(added=added)), "DATEADDED") == expected


def test_goldstein_scale_has_one_decimal() -> None:
    assert [_column(formats.gdelt_row(_event(intensity=value)), "GoldsteinScale") for value in (10, -0.875, 2.25)] == [
        "10.0", "-0.9", "2.2"]


def test_plover_event_of_a_full_event() -> None:
    assert formats.plover_event(_event()) == {
        "id": 42,
        "date": "2026-01-14",
        "source": [{"code": "RUS", "sector": "GOV", "actor_text": "Sergei Lavrov",
                    "identifier_id": "person:sergei-lavrov"}],
        "recipient": [{"code": "NATO", "sector": "IGO", "actor_text": "NATO", "identifier_id": "org:nato"}],
        "event": ["ACCUSE"],
        "mode": "allege",
        "quad_code": 3,
        "event_scale": -3.5,
        "event_loc": {"geonameid": 524901, "name": "Moscow", "latitude": 55.75222, "longitude": 37.61556,
                      "cc3": "RUS"},
        "text": EVIDENCE,
        "text_info": {"start": 0, "end": len(EVIDENCE)},
        "cite_info": {"citation": "art-7", "url": "https://news.example.org/2026/01/moscow-nato",
                      "title": "Moscow accuses NATO", "publication": "Example News"},
        "coder": "detente",
        "coded_date": "2026-01-16",
        "detente": {"cameo": "1121", "negated": False, "modality": "asserted", "date": "2026-01-14",
                    "date_basis": "stated", "quote": "q1", "seq": 0, "is_root": True, "source_actor": "a1",
                    "target_actor": "a2", "cluster": 7, "num_reports": 3, "num_articles": 2, "num_sources": 2,
                    "added": "2026-01-16T10:30:05+01:00", "published": "2026-01-15"},
    }


def test_plover_event_without_target_location_or_evidence() -> None:
    record = formats.plover_event(_event(target_key=None, target_actor=None, target_name=None,
                                         target_country=None, target_sector=None, location=None, evidence=None))
    assert record["recipient"] == [] and record["event_loc"] is None
    assert record["text"] is None and record["text_info"] is None
    assert record["source"][0]["code"] == "RUS"
    json.dumps(record)  # stays serialisable


def test_csv_row_keys_and_values() -> None:
    row = formats.csv_row(_event())
    assert list(row) == list(formats.CSV_COLUMNS)
    assert len(formats.CSV_COLUMNS) == 27
    assert row["evidence"] == EVIDENCE
    assert (row["id"], row["day"], row["type"], row["cameo"], row["intensity"], row["negated"]) == (
        42, "2026-01-14", "ACCUSE", "1121", -3.5, False)
    assert (row["source_key"], row["target_country"], row["article_url"]) == (
        "person:sergei-lavrov", "NATO", "https://news.example.org/2026/01/moscow-nato")


def test_csv_row_survives_a_csv_round_trip_with_line_breaks() -> None:
    text = "He said:\n\t\"We will respond.\""
    row = formats.csv_row(_event(evidence={"start": 0, "end": len(text), "text": text}, date=None))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=formats.CSV_COLUMNS)
    writer.writeheader()
    writer.writerow(row)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(back) == 1
    assert back[0]["evidence"] == text and back[0]["date"] == "" and back[0]["source_name"] == "Sergei Lavrov"
