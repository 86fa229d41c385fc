"""Export formats for stored events: a GDELT 2.0 event-table row, a PLOVER JSON event and a flat CSV row.

Every function takes one event as the store returns it (a plain dict; any value may be None) and is pure apart
from reading the package's list of country and region codes once.

GDELT 2.0 (``gdelt_row``, ``GDELT_COLUMNS``): the 61 columns of the event table, in the order of the GDELT 2.0
Event Codebook and of GDELT's own export files (GLOBALEVENTID ... SOURCEURL). Values are strings, empty where
Détente has no value; tabs and line breaks inside a value become one space, so a TSV keeps one line per event.

- SQLDATE, MonthYear, Year, FractionDate come from ``day`` (the date used for series). FractionDate is
  ``year + day_of_year / 365`` to 4 decimals, as GDELT's files have it (2019-01-25 -> 2019.0685; the codebook's
  ``(month * 30 + day) / 365`` does not match the published data; so 31 December gives year + 1.0000 or more).
- ActorNCode is the stored country code followed by the sector, both as stored: "RUSGOV", "USAMIL", "EUIGO",
  "NATOIGO", or "REB" alone. CAMEO proper would write organisations "IGO" first with its own codes (IGOUNO);
  Détente keeps its own codes so that the column joins with the rest of its data.
- ActorNCountryCode holds the code only when it is a state (ISO 3166-1 alpha-3) or a region (EUR, WST, MEA ...)
  of Détente's knowledge base; an organisation's code (EU, NATO, UN, and three-letter ones such as ICC or IMF)
  goes to ActorNKnownGroupCode instead (Détente's code, not CAMEO's UNO/NAT).
- ActorNName is the stored name upper-cased; ActorNType1Code the sector. Ethnic, religion and the second and
  third type codes stay empty.
- EventBaseCode and EventRootCode are the first 3 and 2 characters of the CAMEO code ("1121" -> "112", "11";
  "036" -> "036", "03"). QuadClass is the stored quad, else derived from the root code. GoldsteinScale is the
  stored intensity with one decimal (Détente's intensity, which is modulated for negated and hypothetical
  events, not the fixed Goldstein weight of the code). NumMentions, NumSources and NumArticles are the stored
  ``num_reports``, ``num_sources`` and ``num_articles``. AvgTone and the Actor1Geo/Actor2Geo columns stay empty.
- ActionGeo comes from ``location``, a city or town: Type (3, a US city, else 4, a world city), FullName
  (name), CountryCode (the stored code, ISO 3166-1 alpha-3 in Détente, where GDELT writes FIPS 10-4), Lat,
  Long, FeatureID (the GeoNames id, where GDELT writes a GNS id). ADM1Code and ADM2Code stay empty.
- DATEADDED is ``added`` in UTC as YYYYMMDDHHMMSS (a timestamp without offset is taken as UTC). SOURCEURL is the
  article URL, else the article id.

PLOVER (``plover_event``): the JSON event record of the PLOVER specification (draft 0.7b1/0.8, "JSON Data
Fields"), one object per event. Fields that follow the specification:

- ``id``, ``date`` (``day``, YYYY-MM-DD), ``event`` (list with the PLOVER type), ``mode``, ``quad_code``,
  ``event_scale`` (intensity), ``source`` and ``recipient`` (lists of actor objects; the draft renamed "target"
  to "recipient"; empty when unknown), ``event_loc`` (the GeoNames-style location object: ``geonameid``,
  ``name``, ``latitude``, ``longitude``, ``cc3``), ``text`` (the evidence sentence) with ``text_info``
  (``start``, ``end``: its character offsets in the article text), ``cite_info`` (``citation``: the article id,
  ``url``, ``title``, ``publication``: the outlet), ``coder`` ("detente"), ``coded_date`` (date of ``added``).
- Actor objects: ``code`` (the stored country code: ISO alpha-3 for states, Détente's code for organisations,
  where PLOVER would write the generic IGO/NGO that the sector already carries), ``sector``, ``actor_text`` (the
  stored name), ``identifier_id`` (the Détente key, a knowledge-base id or ``name:...``; the draft prints
  "identifer" and suggests Wikidata ids).
- ``context`` is left out: Détente does not code contexts.

Extensions, all under the ``detente`` key: ``cameo``, ``negated``, ``modality``, ``date`` (the stated date,
possibly YYYY-MM) and ``date_basis``, ``quote`` (quote id), ``seq`` and ``is_root`` (position in the article),
``source_actor`` and ``target_actor`` (actor ids in the article record), ``published`` (article date),
``cluster``, ``num_reports``, ``num_articles``, ``num_sources`` and ``added``.

CSV (``csv_row``, ``CSV_COLUMNS``): one flat row per event with the stored values unchanged (``evidence`` is the
evidence text), for spreadsheets and data frames; quoting is left to the CSV writer.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["CSV_COLUMNS", "GDELT_COLUMNS", "csv_row", "gdelt_row", "plover_event"]

Event = dict[str, Any]

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

CSV_COLUMNS: tuple[str, ...] = (
    "id", "day", "date", "date_basis", "type", "mode", "cameo", "quad", "intensity", "negated", "modality",
    "source_name", "source_country", "source_sector", "source_key",
    "target_name", "target_country", "target_sector", "target_key",
    "cluster", "num_reports", "num_articles", "num_sources", "article_id", "article_url", "article_title",
    "evidence",
)

_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
_QUADS = ((5, 1), (8, 2), (13, 3), (20, 4))  # CAMEO root codes up to N -> QuadClass


@lru_cache(maxsize=1)
def _territory_codes() -> frozenset[str]:
    """The state (ISO alpha-3) and region codes of the package knowledge base."""
    codes: set[str] = set()
    for table in ("countries.csv", "regions.csv"):
        text = (resources.files("detente") / "data" / "kb" / table).read_text(encoding="utf-8")
        codes.update(row["code"] for row in csv.DictReader(text.splitlines()) if row.get("code"))
    return frozenset(codes)


def _text(value: Any) -> str:
    """One GDELT field: '' for None, tabs and line breaks replaced by a space."""
    return "" if value is None else _BREAKS.sub(" ", str(value))


def _int(value: Any) -> str | None:
    """An integer as text, None when absent."""
    return None if value is None else str(int(value))


def _coord(value: Any) -> str | None:
    """A latitude or longitude to at most 4 decimals, as GDELT writes them ("60", "50.4333")."""
    if value is None:
        return None
    text = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _goldstein(value: Any) -> str | None:
    """An intensity with one decimal, as GDELT writes GoldsteinScale ("-3.5", "10.0")."""
    if value is None:
        return None
    text = f"{float(value):.1f}"
    return "0.0" if text == "-0.0" else text


def _day(event: Event) -> dt.date | None:
    """The event's series day, None when absent or malformed."""
    try:
        return dt.date.fromisoformat(event.get("day") or "")
    except ValueError:
        return None


def _date_fields(event: Event) -> dict[str, str | None]:
    """SQLDATE, MonthYear, Year and FractionDate from the series day."""
    day = _day(event)
    if day is None:
        return {}
    fraction = day.year + day.timetuple().tm_yday / 365
    return {"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"), "Year": str(day.year),
            "FractionDate": f"{fraction:.4f}"}


def _actor_fields(event: Event, side: str, prefix: str) -> dict[str, str | None]:
    """The ten ActorN columns of the event's source or target (side)."""
    country, sector, name = (event.get(f"{side}_{k}") for k in ("country", "sector", "name"))
    territory = country if country in _territory_codes() else None
    code = f"{country or ''}{sector or ''}" or None
    return {f"{prefix}Code": code, f"{prefix}Name": name.upper() if name else None,
            f"{prefix}CountryCode": territory, f"{prefix}KnownGroupCode": None if territory else country,
            f"{prefix}Type1Code": sector}


def _quad(event: Event) -> int | None:
    """The stored QuadClass, else the one of the CAMEO root code."""
    if event.get("quad") is not None:
        return int(event["quad"])
    root = (event.get("cameo") or "")[:2]
    return next((quad for top, quad in _QUADS if root.isdigit() and int(root) <= top), None)


def _event_fields(event: Event) -> dict[str, str | None]:
    """IsRootEvent, the CAMEO code levels, QuadClass, GoldsteinScale and the report counts."""
    cameo = event.get("cameo") or None
    return {"IsRootEvent": "1" if event.get("is_root") else "0", "EventCode": cameo,
            "EventBaseCode": cameo[:3] if cameo else None, "EventRootCode": cameo[:2] if cameo else None,
            "QuadClass": _int(_quad(event)),
            "GoldsteinScale": _goldstein(event.get("intensity")),
            "NumMentions": _int(event.get("num_reports")), "NumSources": _int(event.get("num_sources")),
            "NumArticles": _int(event.get("num_articles"))}


def _action_geo_fields(event: Event) -> dict[str, str | None]:
    """The ActionGeo columns Détente can fill from the event's location."""
    loc = event.get("location") or {}
    kind = None if not loc.get("name") else "3" if loc.get("country") == "USA" else "4"
    return {"ActionGeo_Type": kind, "ActionGeo_FullName": loc.get("name"), "ActionGeo_CountryCode": loc.get("country"),
            "ActionGeo_Lat": _coord(loc.get("lat")), "ActionGeo_Long": _coord(loc.get("lon")),
            "ActionGeo_FeatureID": loc.get("geonames_id")}


def _added(event: Event) -> str | None:
    """The 'added' timestamp in UTC as YYYYMMDDHHMMSS, None when absent or malformed."""
    raw = event.get("added")
    try:
        stamp = dt.datetime.fromisoformat(raw.replace("Z", "+00:00")) if raw else None
    except ValueError:
        return None
    if stamp is not None and stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.timezone.utc)
    return stamp.strftime("%Y%m%d%H%M%S") if stamp else None


def gdelt_row(event: Event) -> list[str]:
    """The event as the 61 fields of a GDELT 2.0 event-table row (see GDELT_COLUMNS)."""
    fields: dict[str, str | None] = {"GLOBALEVENTID": _int(event.get("id")), **_date_fields(event),
                                     **_actor_fields(event, "source", "Actor1"),
                                     **_actor_fields(event, "target", "Actor2"),
                                     **_event_fields(event), **_action_geo_fields(event),
                                     "DATEADDED": _added(event),
                                     "SOURCEURL": event.get("article_url") or event.get("article_id")}
    return [_text(fields.get(column)) for column in GDELT_COLUMNS]


def _plover_actor(event: Event, side: str) -> dict[str, Any] | None:
    """A PLOVER actor object for the source or target, None when nothing is known of it."""
    actor = {"code": event.get(f"{side}_country"), "sector": event.get(f"{side}_sector"),
             "actor_text": event.get(f"{side}_name"), "identifier_id": event.get(f"{side}_key")}
    return actor if any(v is not None for v in actor.values()) else None


def _plover_location(event: Event) -> dict[str, Any] | None:
    """The event's location as a PLOVER (GeoNames-style) location object."""
    loc = event.get("location")
    if not loc:
        return None
    return {"geonameid": loc.get("geonames_id"), "name": loc.get("name"), "latitude": loc.get("lat"),
            "longitude": loc.get("lon"), "cc3": loc.get("country")}


def _plover_text(event: Event) -> tuple[str | None, dict[str, Any] | None]:
    """The evidence sentence and its offsets (PLOVER text and text_info)."""
    evidence = event.get("evidence")
    if not evidence:
        return None, None
    return evidence.get("text"), {"start": evidence.get("start"), "end": evidence.get("end")}


def _detente_extras(event: Event) -> dict[str, Any]:
    """Détente's own fields of a PLOVER record (the 'detente' extension)."""
    keys = ("cameo", "negated", "modality", "date", "date_basis", "quote", "seq", "is_root", "source_actor",
            "target_actor", "cluster", "num_reports", "num_articles", "num_sources", "added")
    return {**{k: event.get(k) for k in keys}, "published": event.get("article_published")}


def plover_event(event: Event) -> dict[str, Any]:
    """The event as a PLOVER JSON event record, with Détente's extras under 'detente'."""
    source, target = _plover_actor(event, "source"), _plover_actor(event, "target")
    text, text_info = _plover_text(event)
    added = event.get("added")
    return {"id": event.get("id"), "date": event.get("day"), "source": [source] if source else [],
            "recipient": [target] if target else [], "event": [event["type"]] if event.get("type") else [],
            "mode": event.get("mode"), "quad_code": event.get("quad"), "event_scale": event.get("intensity"),
            "event_loc": _plover_location(event), "text": text, "text_info": text_info,
            "cite_info": {"citation": event.get("article_id"), "url": event.get("article_url"),
                          "title": event.get("article_title"), "publication": event.get("article_source")},
            "coder": "detente", "coded_date": added[:10] if added else None, "detente": _detente_extras(event)}


def csv_row(event: Event) -> dict[str, str | int | float | None]:
    """The event as one flat row keyed by CSV_COLUMNS."""
    evidence = event.get("evidence") or {}
    return {column: evidence.get("text") if column == "evidence" else event.get(column) for column in CSV_COLUMNS}
