"""Checks on the office-holders knowledge file: schema, dates, consistency and a few facts."""

import csv
import datetime as dt
import io
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise

import pytest

HEADER = ["kb_id", "name", "aliases", "gender", "country", "office", "role", "sector", "start", "end"]
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson", "leader",
           "finance_minister", "economy_minister", "trade_minister", "interior_minister", "justice_minister",
           "energy_minister", "central_bank_governor", "agency_head"}
ORGS = {"EU", "NATO", "UN", "AU", "ASEAN", "OSCE", "WTO", "IMF", "OPEC", "GCC", "IAEA", "WHO", "ICC", "OAS"}
SINGLE_HOLDER = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "finance_minister",
                 "interior_minister", "justice_minister", "central_bank_governor"}
G20 = [
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "KOR",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "TUR",
    "GBR",
    "USA",
]
# Offices held by several people at once: the co-princes of Andorra, the captains regent of San Marino,
# the three-member presidency of Bosnia and Herzegovina, Nicaragua's co-presidency (since 2025).
SHARED = {("AND", "head_of_state"), ("SMR", "head_of_state"), ("BIH", "head_of_state"), ("NIC", "head_of_state")}
UN_MEMBER_CODES = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK
PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
# San Marino's captains regent change every six months; Barbados' president is not listed.
NO_CURRENT_LEADER = {"SMR", "BRB"}
# Places news treats as states that are not UN members (Kosovo has no ISO code; XKX is the usual one).
NON_MEMBERS = {"PSE", "TWN", "VAT", "XKX"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ASCII_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "ə": "a",
        "ʻ": "",
        "’": "",
        "'": "",
    }
)


@lru_cache(maxsize=1)
def _text() -> str:
    return (files("detente") / "data" / "kb" / "office_holders.csv").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    return tuple(csv.DictReader(io.StringIO(_text(), newline="")))


def _header() -> list[str]:
    return next(csv.reader(io.StringIO(_text(), newline="")))


def _slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.translate(ASCII_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return "person:" + re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _bound(value: str, *, last: bool) -> dt.date:
    """First or last day a possibly partial date (YYYY, YYYY-MM) can stand for."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not last:
            return dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if last else dt.date(parts[0], 1, 1)


def _surely_in_office(row: dict[str, str]) -> tuple[dt.date, dt.date]:
    """The shortest span the row's dates allow: late start, early end (open end: far future).

    Spans are half-open: on a handover day the outgoing holder has left.
    """
    start = _bound(row["start"], last=True)
    end = _bound(row["end"], last=False) if row["end"] else dt.date(9999, 12, 31)
    return start, end


def _holders(country: str, office: str, day: str) -> list[str]:
    when = dt.date.fromisoformat(day)
    return sorted(
        r["name"]
        for r in _rows()
        if r["country"] == country
        and r["office"] == office
        and _surely_in_office(r)[0] <= when < _surely_in_office(r)[1]
    )


def test_office_holders_header_exact() -> None:
    assert _header() == HEADER


def test_office_holders_country_codes_valid() -> None:
    known = set(UN_MEMBER_CODES.split()) | NON_MEMBERS | ORGS
    assert sorted({r["country"] for r in _rows()} - known) == []


def test_office_holders_office_gender_sector_valid() -> None:
    bad = [
        (r["kb_id"], r["office"], r["gender"], r["sector"])
        for r in _rows()
        if r["office"] not in OFFICES
        or r["gender"] not in {"m", "f"}
        or r["sector"] != ("IGO" if r["country"] in ORGS else "GOV")
    ]
    assert bad == []


def test_office_holders_roles_are_lowercase_titles() -> None:
    bad = [(r["kb_id"], r["role"]) for r in _rows() if not r["role"] or r["role"] != r["role"].lower()]
    assert bad == []


def test_office_holders_dates_parse_and_ordered() -> None:
    bad = []
    for r in _rows():
        if not DATE.match(r["start"]) or (r["end"] and not DATE.match(r["end"])):
            bad.append((r["kb_id"], r["start"], r["end"]))
            continue
        start = _bound(r["start"], last=False)
        if r["end"] and _bound(r["end"], last=True) < start:
            bad.append((r["kb_id"], r["start"], r["end"]))
    assert bad == []


def test_office_holders_single_holder_offices_do_not_overlap() -> None:
    terms: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in _rows():
        if r["office"] in SINGLE_HOLDER and (r["country"], r["office"]) not in SHARED:
            terms[(r["country"], r["office"])].append(r)
    clashes = []
    for key, rows in terms.items():
        spans = sorted((_surely_in_office(r), r["name"]) for r in rows)
        for ((_, end), name), ((start, _), other) in pairwise(spans):
            if start < end:
                clashes.append((key, name, other))
    assert clashes == []


def test_office_holders_kb_id_consistent_with_name() -> None:
    people: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for r in _rows():
        assert r["kb_id"] == _slug(r["name"]), r["name"]
        people[r["kb_id"]].add((r["name"], r["gender"], r["aliases"]))
    assert [k for k, v in people.items() if len(v) > 1] == []


def test_office_holders_aliases_clean() -> None:
    bad = []
    for r in _rows():
        aliases = r["aliases"].split("|") if r["aliases"] else []
        if r["name"] in aliases or len(set(aliases)) != len(aliases) or any(a != a.strip() or not a for a in aliases):
            bad.append(r["kb_id"])
    assert bad == []


def test_office_holders_sorted_by_country_then_start() -> None:
    keys = [(r["country"], _bound(r["start"], last=False)) for r in _rows()]
    assert keys == sorted(keys)


def test_office_holders_no_duplicate_terms() -> None:
    """A user's file replaces package rows by (kb_id, country, office, start), so that key must be unique (one
    person may hold two offices from one day: France's minister of the economy and finance)."""
    keys = [(r["kb_id"], r["country"], r["office"], r["start"]) for r in _rows()]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


@pytest.mark.parametrize(
    ("country", "office", "day", "names"),
    [
        ("RUS", "head_of_state", "2026-01-15", ["Vladimir Putin"]),
        ("RUS", "head_of_state", "2009-06-01", ["Dmitry Medvedev"]),
        ("RUS", "head_of_government", "2015-06-01", ["Dmitry Medvedev"]),
        ("RUS", "head_of_government", "2010-03-01", ["Vladimir Putin"]),
        ("RUS", "foreign_minister", "2026-01-15", ["Sergey Lavrov"]),
        ("ITA", "head_of_government", "2022-10-22", ["Giorgia Meloni"]),
        ("ITA", "head_of_government", "2022-10-21", ["Mario Draghi"]),
        ("USA", "head_of_state", "2019-07-04", ["Donald Trump"]),
        ("USA", "head_of_state", "2023-07-04", ["Joe Biden"]),
        ("USA", "foreign_minister", "2026-01-15", ["Marco Rubio"]),
        ("DEU", "head_of_government", "2024-06-01", ["Olaf Scholz"]),
        ("DEU", "head_of_government", "2026-01-15", ["Friedrich Merz"]),
        ("CHN", "foreign_minister", "2023-04-01", ["Qin Gang"]),
        ("CHN", "foreign_minister", "2026-01-15", ["Wang Yi"]),
        ("GBR", "head_of_government", "2022-10-01", ["Liz Truss"]),
        ("BRA", "head_of_state", "2026-01-15", ["Luiz Inácio Lula da Silva"]),
        ("UKR", "head_of_state", "2026-01-15", ["Volodymyr Zelensky"]),
        ("EU", "leader", "2026-01-15", ["António Costa", "Kaja Kallas", "Roberta Metsola", "Ursula von der Leyen"]),
        ("NATO", "leader", "2020-01-01", ["Jens Stoltenberg"]),
        ("KOR", "head_of_state", "2026-01-15", ["Lee Jae-myung"]),
        ("JPN", "head_of_government", "2026-01-15", ["Sanae Takaichi"]),
        ("FRA", "foreign_minister", "2011-06-01", ["Alain Juppé"]),
        ("IRN", "head_of_state", "2026-01-15", ["Ali Khamenei"]),
        ("SAU", "head_of_government", "2026-01-15", ["Mohammed bin Salman"]),
    ],
)
def test_office_holders_spot_check(country: str, office: str, day: str, names: list[str]) -> None:
    assert _holders(country, office, day) == names


def test_office_holders_putin_terms() -> None:
    terms = [(r["office"], r["start"], r["end"]) for r in _rows() if r["kb_id"] == "person:vladimir-putin"]
    assert ("head_of_state", "2000-05-07", "2008-05-07") in terms
    assert ("head_of_government", "2008-05-08", "2012-05-07") in terms
    assert ("head_of_state", "2012-05-07", "") in terms


def test_office_holders_aliases_cover_common_spellings() -> None:
    aliases = {r["name"]: set(r["aliases"].split("|")) for r in _rows()}
    assert {"Lula", "Lula da Silva"} <= aliases["Luiz Inácio Lula da Silva"]
    assert {"Zelenskyy", "Zelenskiy"} <= aliases["Volodymyr Zelensky"]
    assert "Erdogan" in aliases["Recep Tayyip Erdoğan"]
    assert "Sergei Lavrov" in aliases["Sergey Lavrov"]


@pytest.mark.parametrize("country", G20)
def test_office_holders_g20_has_current_leader_and_foreign_minister(country: str) -> None:
    offices = {r["office"] for r in _rows() if r["country"] == country and not r["end"]}
    assert {"foreign_minister"} <= offices and offices & {"head_of_state", "head_of_government"}


def test_office_holders_every_un_member_has_a_current_head_of_state() -> None:
    members = set(UN_MEMBER_CODES.split())
    current = {r["country"] for r in _rows() if r["office"] == "head_of_state" and not r["end"]}
    assert len(members) == 193
    assert sorted(members - current) == sorted(NO_CURRENT_LEADER)


@pytest.mark.parametrize("country", G20)
def test_office_holders_g20_has_a_current_finance_minister(country: str) -> None:
    assert len(_holders(country, "finance_minister", "2026-01-15")) == 1


@pytest.mark.parametrize("country", [c for c in G20 if c != "SAU"] + ["EU"])  # SAMA's governor is not listed
def test_office_holders_g20_has_a_current_central_bank_governor(country: str) -> None:
    assert len(_holders(country, "central_bank_governor", "2026-01-15")) == 1


@pytest.mark.parametrize(
    ("country", "office", "day", "names"),
    [
        ("USA", "finance_minister", "2023-07-04", ["Janet Yellen"]),
        ("USA", "trade_minister", "2023-07-04", ["Gina Raimondo", "Katherine Tai"]),
        ("USA", "justice_minister", "2022-01-01", ["Merrick Garland"]),
        ("GBR", "finance_minister", "2022-10-01", ["Kwasi Kwarteng"]),
        ("GBR", "interior_minister", "2022-10-21", ["Grant Shapps"]),
        ("GBR", "interior_minister", "2023-01-01", ["Suella Braverman"]),
        ("DEU", "finance_minister", "2023-01-01", ["Christian Lindner"]),
        ("FRA", "justice_minister", "2025-06-01", ["Gérald Darmanin"]),
        ("FRA", "interior_minister", "2022-06-01", ["Gérald Darmanin"]),
        ("JPN", "central_bank_governor", "2024-01-01", ["Kazuo Ueda"]),
        ("IND", "interior_minister", "2026-01-15", ["Amit Shah"]),
        ("TUR", "central_bank_governor", "2023-10-01", ["Hafize Gaye Erkan"]),
        ("RUS", "central_bank_governor", "2026-01-15", ["Elvira Nabiullina"]),
        ("EU", "central_bank_governor", "2026-01-15", ["Christine Lagarde"]),
        ("UN", "agency_head", "2022-06-01", ["Achim Steiner", "Audrey Azoulay", "Catherine Russell", "David Beasley",
                                             "Filippo Grandi", "Guy Ryder", "Martin Griffiths", "Philippe Lazzarini",
                                             "Qu Dongyu", "Tedros Adhanom Ghebreyesus"]),
    ],
)
def test_office_holders_cabinet_posts_spot_check(country: str, office: str, day: str, names: list[str]) -> None:
    assert _holders(country, office, day) == names
