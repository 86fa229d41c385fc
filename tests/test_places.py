"""Places: the gazetteer, places standing for their country in event parties, and where events happen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from detente import kb
from detente.document import Document, Location
from detente.store import Store, formats
from records import make_record

GENEVA = Location("Geneva", "CHE", 2660646, 46.2022, 6.1457)
WARSAW = Location("Warsaw", "POL", 756135, 52.2298, 21.0118)
KHARKIV = Location("Kharkiv", "UKR", 706483, 49.9818, 36.2548)
KYIV = Location("Kyiv", "UKR", 703448, 50.4547, 30.5238)
NAIROBI = Location("Nairobi", "KEN", 184745, -1.2833, 36.8167)

Run = Callable[..., Document]


def _parties(doc: Document) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.type, e.source.country, e.target.country if e.target else None, e.target.name if e.target else None)
            for e in doc.events]


def test_places_lookup_takes_the_most_populous_of_a_name() -> None:
    places = kb.load()
    assert places.place("Springfield") == kb.Place("Springfield", "USA", 4409896, 37.2153, -93.2982, 170188)
    assert places.place("Geneva") == kb.Place("Geneva", "CHE", 2660646, 46.2022, 6.1457, 201741)
    assert places.place("Kharkiv") == kb.Place("Kharkiv", "UKR", 706483, 49.9818, 36.2548, 1421125)


def test_places_lookup_skips_common_words_countries_and_short_names() -> None:
    places = kb.load()
    assert places.place("police") is None  # lowercase: never a place
    assert places.place("Police") is None  # a town in Poland, and the police
    assert places.place("Jordan") is None  # a country
    assert places.place("Ede") is None  # three letters
    assert places.place("geneva") is None  # case matters


def test_places_a_town_stands_for_its_country_as_target(run_text: Run) -> None:
    doc = run_text("Turkey shipped tents to the border town of Manbij.")
    assert _parties(doc) == [("AID", "TUR", "SYR", "border town")]


def test_places_riot_police_in_a_town_are_its_country(run_text: Run) -> None:
    doc = run_text("Riot police in Kisumu detained dozens of students on Monday.")
    assert [(e.type, e.source.name, e.source.country, e.source.sector) for e in doc.events] == [
        ("COERCE", "Riot police", "KEN", "COP")]


def test_places_a_domestic_agent_takes_the_dateline_country(run_text: Run) -> None:
    doc = run_text("NAIROBI — Police detained dozens of students on Monday.")
    assert [(e.source.name, e.source.country, e.target.country if e.target else None, e.location)
            for e in doc.events] == [("Police", "KEN", "KEN", NAIROBI)]


def test_places_location_in_a_city(run_text: Run) -> None:
    doc = run_text("Russia and Ukraine held talks in Geneva on Tuesday.")
    assert [(e.source.country, e.target.country if e.target else None, e.location) for e in doc.events] == [
        ("RUS", "UKR", GENEVA), ("UKR", "RUS", GENEVA)]


def test_places_location_at_a_summit_in_a_city(run_text: Run) -> None:
    doc = run_text("The ministers met at a summit in Warsaw and signed a defence agreement.")
    assert [(e.type, e.location) for e in doc.events] == [("CONSULT", WARSAW), ("AGREE", WARSAW)]


def test_places_location_near_a_city(run_text: Run) -> None:
    doc = run_text("Russian forces shelled positions near Kharkiv.")
    assert [(e.type, e.source.country, e.location) for e in doc.events] == [("ASSAULT", "RUS", KHARKIV)]


def test_places_dateline_is_the_fallback_location(run_text: Run) -> None:
    doc = run_text("KYIV — Russia launched missiles at Ukraine overnight.")
    assert [(e.source.country, e.target.country if e.target else None, e.location) for e in doc.events] == [
        ("RUS", "UKR", KYIV)]


def test_places_a_named_place_wins_over_the_dateline(run_text: Run) -> None:
    doc = run_text("KYIV — Russian forces shelled positions near Kharkiv.")
    assert [e.location for e in doc.events] == [KHARKIV]


def test_places_no_location_without_a_place(run_text: Run) -> None:
    doc = run_text("France criticised Germany over the budget.")
    assert [(e.type, e.source.country, e.target.country if e.target else None, e.location)
            for e in doc.events] == [("ACCUSE", "FRA", "DEU", None)]


def test_places_capitalised_common_words_are_no_places(run_text: Run) -> None:
    doc = run_text("Police detained dozens of students on Monday, officials said.")
    assert [(e.source.name, e.source.country, e.location) for e in doc.events] == [("Police", None, None)]


def test_places_location_round_trips_through_the_record_and_the_store(tmp_path: Path) -> None:
    record = make_record("p1", "2026-01-05", [("RUS", "UKR", "CONSULT", 1.0, None)])
    record["events"][0]["location"] = {"name": "Geneva", "country": "CHE", "geonames_id": 2660646,
                                       "lat": 46.2022, "lon": 6.1457}
    assert Document.from_record(record).to_record() == record
    assert Document.from_record(record).events[0].location == GENEVA
    with Store(tmp_path / "p.db") as store:
        store.put(record)
        assert store.record("p1") == record
        [event] = list(store.events())
    assert event["location"] == record["events"][0]["location"]
    row = dict(zip(formats.GDELT_COLUMNS, formats.gdelt_row(event), strict=True))
    assert {k: v for k, v in row.items() if k.startswith("ActionGeo_")} == {
        "ActionGeo_Type": "4", "ActionGeo_FullName": "Geneva", "ActionGeo_CountryCode": "CHE",
        "ActionGeo_ADM1Code": "", "ActionGeo_ADM2Code": "", "ActionGeo_Lat": "46.2022", "ActionGeo_Long": "6.1457",
        "ActionGeo_FeatureID": "2660646"}
    assert formats.plover_event(event)["event_loc"] == {"geonameid": 2660646, "name": "Geneva", "latitude": 46.2022,
                                                       "longitude": 6.1457, "cc3": "CHE"}


def test_places_a_us_city_is_gdelt_type_3() -> None:
    event = {"location": {"name": "Springfield", "country": "USA", "geonames_id": 4409896, "lat": 37.2153,
                          "lon": -93.2982}}
    row = dict(zip(formats.GDELT_COLUMNS, formats.gdelt_row(event), strict=True))
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_FeatureID"]) == (
        "3", "Springfield", "4409896")
