"""The actor knowledge base: countries, stand-ins, organisations, regions, roles and office holders.

The data are versioned CSV files in ``detente/data/kb``. A user data directory (``$DETENTE_DATA`` or
``~/.local/share/detente/kb``) may hold files of the same names; their rows are merged on top of the package
rows (a row with the same key replaces the package row). ``detente kb import`` writes there.

Everything is loaded once per data directory (``load()`` is cached) and indexed by a normal form of the name:
accents folded, a leading "the" dropped, case folded except for short all-capital abbreviations ("US", "WHO"),
so that "us" or "who" never match.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import KnowledgeBaseError

log = logging.getLogger(__name__)

# file name -> (key columns, required columns); the key decides which user row replaces which package row.
# Optional columns: roles.csv gender, office, covers and country (the countries whose title it is: one gives the
# title its country, 'treasury secretary' -> USA); organisations.csv context (words that speak for that sense of
# a name several organisations bear); standins.csv use ('acting': only where it acts) and note.
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "office_holders.csv": (("kb_id", "country", "office", "start"),
                           ("kb_id", "name", "country", "office", "role", "start")),
    "organisations.csv": (("kb_id",), ("kb_id", "name", "aliases", "country", "sector", "kind")),
    "countries.csv": (("code",), ("code", "name", "aliases", "demonyms", "capitals")),
    "standins.csv": (("name",), ("name", "aliases", "country", "sector")),
    "regions.csv": (("code",), ("code", "name", "aliases", "demonyms")),
    "memberships.csv": (("code", "member", "joined"), ("code", "member", "joined", "left")),
    "roles.csv": (("term",), ("term", "sector", "role", "kind", "number")),
    "honorifics.csv": (("term",), ("term", "gender")),
    "given_names.csv": (("name",), ("name", "gender")),
    "positions.csv": (("pattern",), ("pattern", "office", "role")),
    "descriptions.csv": (("term",), ("term", "refers")),
    "portfolios.csv": (("word",), ("word",)),
}
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "la", "le",
                            "di", "du", "y", "abu", "ould"})  # lowercase words inside a name ("Salman bin Hamad")
MONARCHS = frozenset({"king", "queen", "emir", "sultan"})  # styles that name only a monarch so styled
PATRONAGE = frozenset({"backed", "aligned", "allied", "supported", "sponsored", "funded", "armed", "trained",
                       "linked", "affiliated", "leaning", "inspired"})  # "Iran-backed rebels": Iran is their patron
MUNICIPALITY = re.compile(r"(.+)-(?:shi|si|gun|ku)")  # GeoNames's "Nara-shi", "Ansan-si"
OFFICE_COLUMNS = ("kb_id", "name", "aliases", "gender", "country", "office", "role", "sector", "start", "end")
OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "leader": 2, "foreign_minister": 3,
               "defence_minister": 4, "finance_minister": 5, "interior_minister": 6, "justice_minister": 7,
               "trade_minister": 8, "economy_minister": 9, "energy_minister": 10, "central_bank_governor": 11,
               "agency_head": 12, "spokesperson": 13}


@dataclass(frozen=True)
class Entry:
    """One thing the knowledge base knows: a state, a stand-in, an organisation, a region or a term of office."""

    kind: str  # person | state | capital | standin | organization | region
    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None
    gender: str | None = None
    office: str | None = None
    start: str | None = None
    end: str | None = None
    always: bool = True  # a stand-in that names the government wherever it stands (else only when it acts)

    def active(self, date: dt.date | None) -> bool:
        """Whether this term of office covers ``date`` (always true without a date or for non-persons)."""
        if date is None or self.kind != "person":
            return True
        return _date_bound(self.start, False) <= date <= _date_bound(self.end, True)


@dataclass(frozen=True)
class Place:
    """A city or town of the gazetteer (GeoNames): where an event happens, and the country it stands for."""

    name: str
    country: str
    geonames_id: int
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    """A role or sector word: 'foreign minister' -> GOV person, 'troops' -> MIL group."""

    term: str
    sector: str | None
    role: str | None
    kind: str  # person | group | organization
    plural: bool
    gender: str | None
    office: str | None
    covers: tuple[str, ...] = ()  # what a generic word also names: 'leader' covers office:head_of_state, ...
    countries: tuple[str, ...] = ()  # where a national title names its office ('home secretary': GBR)

    @property
    def country(self) -> str | None:
        """The country a title of one country carries ('Treasury Secretary' -> USA); none for a shared title."""
        return self.countries[0] if len(self.countries) == 1 else None

    def fits(self, role: str | None, office: str | None, sector: str | None) -> bool:
        """Whether an actor with this role, office and sector can be called by this word ('the minister')."""
        word = (self.role or self.term).split()[-1]
        if role and role.split()[0] in ("vice", "deputy", "vice-") and role.split()[0] not in self.term:
            return False  # a vice president is not 'the president'
        if role and (role == self.role or role.split()[-1] == word):
            return True
        return any(c in (f"role:{role}", f"office:{office}", f"sector:{sector}") for c in self.covers)


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """The index form of a name: accents folded, curly quotes straightened, leading 'the' dropped, case folded."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.split())
    if text[:4].lower() == "the ":
        text = text[4:]
    if len(text) <= 4 and text.replace(".", "").isupper():
        return text
    return text.casefold()


def _date_bound(value: str | None, upper: bool) -> dt.date:
    if not value:
        return dt.date.max if upper else dt.date.min
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        if not upper:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if upper else dt.date(parts[0], 1, 1)


def as_date(value: dt.date | str | None) -> dt.date | None:
    """A date from a date or an ISO string (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if value is None or isinstance(value, dt.date):
        return value
    return _date_bound(str(value), False)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split("|") if p.strip())


def user_dir() -> Path:
    """Where user knowledge lives: ``$DETENTE_DATA`` or ``~/.local/share/detente/kb``."""
    from .settings import user_kb_dir

    return user_kb_dir()


class KnowledgeBase:
    """Indexes over the merged tables; build it with ``load()``."""

    def __init__(self, tables: dict[str, list[dict[str, str]]]) -> None:
        self._names: dict[str, list[Entry]] = {}
        self._surnames: dict[str, list[Entry]] = {}
        self._demonyms: dict[str, str] = {}
        self.region_codes: set[str] = set()  # the codes of regions ('CRB' for the Caribbean)
        self._weight: dict[str, int] = {}  # rows per country: breaks ties between one person's concurrent offices
        self.countries: dict[str, Country] = {}
        self.roles: dict[str, Role] = {}
        self.role_starts: set[str] = set()  # first words of role terms, to skip other words fast
        self.titles: set[str] = set()  # roles of national titles: they name only holders of that title
        self._contexts: dict[str, tuple[str, ...]] = {}  # kb_id -> words that speak for that sense of a name
        self.surname_first: set[str] = set()  # countries whose names put the family name first (Xi Jinping)
        self.honorifics = {r["term"]: r["gender"] for r in tables["honorifics.csv"]}
        self.given_names = {r["name"]: r["gender"] for r in tables["given_names.csv"]}  # unambiguous ones only
        self.portfolios = {r["word"].lower() for r in tables["portfolios.csv"]}  # "Energy", "Mines": no name words
        self.positions = [(re.compile(r["pattern"], re.I), r["office"], r["role"]) for r in tables["positions.csv"]]
        self.memberships = [(r["code"], r["member"], r["joined"], r.get("left") or "")
                            for r in tables["memberships.csv"]]
        self._add_countries(tables["countries.csv"])
        self._add_regions(tables["regions.csv"])
        self._add_standins(tables["standins.csv"])
        self._add_organisations(tables["organisations.csv"])
        self._add_people(tables["office_holders.csv"])
        self._add_roles(tables["roles.csv"])
        self.descriptions = {r["term"].lower(): _split(r["refers"]) for r in tables.get("descriptions.csv", [])}
        self._places: dict[str, Place] | None = None  # the gazetteer, read on the first place lookup
        self._homonyms: dict[str, list[Place]] = {}  # name -> every town of that name, where several countries have one

    # -- building ------------------------------------------------------------------------------------------
    def _index(self, name: str, entry: Entry) -> None:
        bucket = self._names.setdefault(norm(name), [])
        if entry not in bucket:
            bucket.append(entry)

    def _add_countries(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            c = Country(r["code"], r["name"], _split(r["aliases"]), _split(r["demonyms"]), _split(r["capitals"]))
            self.countries[c.code] = c
            if r.get("surname_first"):
                self.surname_first.add(c.code)
            state = Entry("state", c.name, c.code, kb_id=f"country:{c.code}")
            for name in (c.name, *c.aliases):
                self._index(name, state)
            for cap in c.capitals:
                self._index(cap, Entry("capital", cap, c.code, "GOV", kb_id=f"country:{c.code}", always=False))
            for dem in c.demonyms:
                self._demonyms.setdefault(norm(dem), c.code)  # a shared one: the first row's ("Congolese")

    def _add_regions(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            entry = Entry("region", r["name"], r["code"], kb_id=f"region:{r['code']}")
            self.region_codes.add(r["code"])
            for name in (r["name"], *_split(r["aliases"])):
                self._index(name, entry)
            for dem in _split(r["demonyms"]):
                self._demonyms.setdefault(norm(dem), r["code"])

    def _add_standins(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            always = (r.get("use") or "always") != "acting"
            entry = Entry("standin", r["name"], r["country"], r["sector"] or "GOV",
                          kb_id=f"standin:{norm(r['name'])}", always=always)
            for name in (r["name"], *_split(r["aliases"])):
                key = norm(name)
                self._names[key] = [e for e in self._names.get(key, []) if e.kind != "capital"]
                self._index(name, entry)

    def _add_organisations(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            entry = Entry("organization", r["name"], r["country"] or None, r["sector"] or None, kb_id=r["kb_id"])
            for name in (r["name"], *_split(r["aliases"])):
                self._index(name, entry)
            if r.get("context"):
                self._contexts[r["kb_id"]] = tuple(w.lower() for w in _split(r["context"]))

    def _add_people(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            self._weight[r["country"]] = self._weight.get(r["country"], 0) + 1
        for r in rows:
            entry = Entry("person", r["name"], r["country"], r.get("sector") or "GOV", r["role"], r["kb_id"],
                          r.get("gender") or None, r["office"], r["start"] or None, r.get("end") or None)
            for name in (r["name"], *_split(r.get("aliases"))):
                self._index(name, entry)
                for family in self.family_names(name, entry.country):
                    self._surnames.setdefault(norm(family), []).append(entry)

    def _add_roles(self, rows: list[dict[str, str]]) -> None:
        firsts = {r["term"].lower().split()[0] for r in rows}
        self.role_starts = firsts | {w.split("-")[0] for w in firsts}  # "city" of "city-state", which spaCy splits
        for r in rows:
            role = Role(r["term"].lower(), r["sector"] or None, r["role"] or None, r["kind"], r["number"] == "pl",
                        r.get("gender") or None, r.get("office") or None, _split(r.get("covers")),
                        _split(r.get("country")))
            self.roles[role.term] = role
            if role.countries and role.office:
                self.titles.add(role.role or role.term)

    # -- queries -------------------------------------------------------------------------------------------
    def lookup(self, name: str, date: dt.date | str | None = None) -> list[Entry]:
        """Entries known by this name; for a person, the term of office that fits ``date`` best."""
        return _best_terms(self._names.get(norm(name), []), as_date(date), self._weight)

    def surname(self, name: str, date: dt.date | str | None = None) -> list[Entry]:
        """People whose full name ends in ``name`` ('Putin'), the term fitting ``date`` first; none for a title
        ('Sultan' of "Sultan Ibrahim")."""
        if name.lower() in self.roles or name in self.honorifics:
            return []
        return _best_terms(self._surnames.get(norm(name), []), as_date(date), self._weight)

    def terms(self, kb_id: str, name: str) -> list[Entry]:
        """Every term of office the knowledge base holds for the person ``kb_id`` known by ``name``."""
        found = [e for e in self._names.get(norm(name), []) if e.kind == "person" and e.kb_id == kb_id]
        return sorted(found, key=lambda e: e.start or "")

    def find(self, name: str, date: dt.date | str | None = None) -> list[Entry]:
        """Everything a name may refer to: exact names first, else people by surname, else a demonym's country."""
        found = self.lookup(name, date) or self.surname(name, date)
        code = None if found else self.demonym(name)
        if code:
            found = self.lookup(self.countries[code].name) if code in self.countries else self.lookup(code)
        return found

    def family_names(self, name: str, country: str | None) -> set[str]:
        """The words of a full name a text may use alone for the person ('Putin'; 'Xi' and 'Jinping')."""
        words = name.split()
        if len(words) < 2:
            return set()
        return {words[-1], words[0]} if country in self.surname_first else {words[-1]}

    def country(self, code: str) -> Country | None:
        return self.countries.get(code)

    def demonym(self, word: str) -> str | None:
        """The country or region code of a demonym or adjective ('Italian' -> ITA, 'European' -> EUR); English
        writes them capitalised ('the western border' names no West)."""
        return self._demonyms.get(norm(word)) if word[:1].isupper() else None

    def standin(self, name: str) -> Entry | None:
        """The government a place or building stands for ('the Kremlin' -> RUS GOV, 'Brussels' -> EU)."""
        return next((e for e in self._names.get(norm(name), []) if e.kind in ("standin", "capital")), None)

    def role(self, term: str) -> Role | None:
        return self.roles.get(term.lower())

    def described_by(self, term: str) -> tuple[str, ...]:
        """What a description noun may stand for ('the bloc' -> org:eu, org:asean, ...; 'the rebels' -> sector:REB)."""
        return self.descriptions.get(term.lower(), ())

    def canonical(self, role: str | None) -> str | None:
        """A role with its last words in canonical form ('foreign ministry spokesman' -> '... spokesperson',
        'White House press secretary' -> 'white house spokesperson')."""
        if not role:
            return role
        words = role.removeprefix("former ").split()
        for at in range(max(0, len(words) - 2), len(words)):
            known = self.role(" ".join(words[at:]))
            if known is not None and known.role:
                return " ".join([*words[:at], known.role])
        return " ".join(words)

    def office_holder(self, country: str, office: str, date: dt.date | str | None,
                      role: str | None = None, written: str = "") -> Entry | None:
        """Who held ``office`` of ``country`` on ``date`` (the latest starter when terms overlap); with a
        ``role``, the holder of that role first ('high representative' among the EU's leaders), and only
        they for a national title ('the attorney general' of Britain is not its justice secretary). A holder's
        role also fits where the words of the phrase as ``written`` hold it ('Russia's foreign ministry
        spokeswoman'). Where the office has holders of several roles and none fits, no one: 'the Kremlin's
        spokesman' is not the foreign ministry's spokeswoman."""
        when = as_date(date)
        found = [e for bucket in self._names.values() for e in bucket
                 if e.kind == "person" and e.country == country and e.office == office and e.active(when)]
        role = self.canonical(role)
        words = {w.removesuffix("'s").removesuffix("’s") for w in written.lower().split()}

        def fits(held: str | None) -> bool:
            if held == role or not held or not role:
                return held == role
            *qualifiers, last = held.split()
            return last == role.split()[-1] and set(qualifiers) <= words

        titled = [e for e in found if fits(self.canonical(e.role))]
        if not titled and (role in self.titles or role in MONARCHS or len({self.canonical(e.role) for e in found}) > 1):
            return None
        return max(titled or found, key=lambda e: _date_bound(e.start, False), default=None)

    def senses(self, entries: list[Entry], countries: Mapping[str, int], text: str) -> list[Entry]:
        """The entries of a name with several senses ('PDP', 'RSF', 'the Treasury'), the one the article
        speaks of first: the sense whose country the article names most and whose context words it uses
        (``text`` in lower case); on a tie, the order of the data."""
        others = [e for e in entries if e.kind != "person"]
        if len({e.kb_id for e in others}) < 2:
            return entries

        def support(e: Entry) -> int:
            words = self._contexts.get(e.kb_id or "", ())
            return countries.get(e.country or "", 0) + sum(_has_words(text, w) for w in words)

        best = max(others, key=support)  # the first of the best on a tie
        if support(best) == support(others[0]):
            return entries
        people = [e for e in entries if e.kind == "person"]
        return people + [best] + [e for e in others if e is not best]

    def members(self, code: str, date: dt.date | str | None = None) -> list[str]:
        """Member states of an organisation (EU, NATO) on ``date`` (today without one)."""
        when = as_date(date) or dt.date.today()
        return [m for c, m, joined, left in self.memberships if c == code
                and _date_bound(joined, False) <= when and (not left or when <= _date_bound(left, True))]

    def place(self, name: str) -> Place | None:
        """The city or town called exactly ``name`` ("Kharkiv", "Tal Afar"), the most populous of that name;
        None for a lowercase word, a name of three letters or fewer, and a name the knowledge base knows
        otherwise (a country, a demonym, a person)."""
        return self.load_places().get(name)

    def place_in(self, name: str, text: str) -> Place | None:
        """The town called ``name`` of the country the text names most by its name, demonym or capital, where
        several countries have a town of that name ("SANTA ANA — ... Salvadoran police"); else the most
        populous."""
        return self.town_named(name, lambda code: named_in(self, text, code))

    def town_named(self, name: str, named: Callable[[str], int]) -> Place | None:
        """The town called ``name``; of several countries' towns of that name, the one of the country ``named``
        counts most mentions of, else the most populous."""
        best = self.place(name)
        towns = self._homonyms.get(name) if best is not None else None
        if best is None or not towns:
            return best
        largest = best.country
        towns = [best, *(t for t in towns if t.country != largest)]  # of each country, its largest town
        counts = {t.country: named(t.country) for t in towns}
        top = max(towns, key=lambda t: (counts[t.country], t.country == largest, t.population))
        return top if counts[top.country] else best

    def town_countries(self, name: str) -> set[str]:
        """The countries with a town called ``name``, where there are several."""
        return {t.country for t in self._homonyms.get(name, [])}

    def homonymous(self, name: str) -> bool:
        """Whether towns of several countries bear this name."""
        return name in self.load_places() and name in self._homonyms

    def load_places(self) -> dict[str, Place]:
        """The gazetteer by name, read at the first call (a stage calls it when it is built, so that the run does
        not pay for it, and worker processes forked after share it)."""
        if self._places is None:
            self._places = self._load_places()
        return self._places

    def _load_places(self) -> dict[str, Place]:
        places: dict[str, Place] = {}
        aliases: dict[str, Place] = {}  # other names of a city ("Hodeida"), where no city has it as its own
        for row in csv.DictReader(line for line in _places_text().splitlines() if not line.startswith("#")):
            place = Place(row["name"], row["country"], int(row["geonames_id"]), float(row["lat"]),
                          float(row["lon"]), int(row["population"] or 0))
            for name in {row["name"], row["ascii"], *_without_ward(row["name"], row["ascii"])} - {""}:
                best = places.get(name)
                if best is not None and best.country != place.country:
                    self._homonyms.setdefault(name, [best]).append(place)
                if (best is None or place.population > best.population) and self._placeable(name):
                    places[name] = place
            for name in (row.get("aliases") or "").split("|"):
                if name and self._placeable(name):
                    aliases[name] = place
        return aliases | places

    def _placeable(self, name: str) -> bool:
        """Whether a gazetteer name may stand for a place: capitalised, longer than three letters, and not a
        country, a demonym, a person or a role word the knowledge base knows."""
        if len(name) <= 3 or not name[0].isupper() or norm(name) in self._surnames:
            return False
        if self.demonym(name) is not None or name.lower() in self.roles or name.lower() in self.descriptions:
            return False  # "Police" (a town in Poland) is the police
        return not any(e.kind in ("state", "person", "region", "organization") for e in self._names.get(norm(name), []))

    def names(self) -> Iterator[tuple[str, list[Entry]]]:
        """Every index form with its entries (for gazetteer matching)."""
        yield from self._names.items()


def entry_record(entry: Entry) -> dict[str, str | None]:
    """An entry as a flat record (for JSON and tables)."""
    keys = ("kind", "name", "country", "sector", "role", "kb_id", "gender", "office", "start", "end")
    return {k: getattr(entry, k) for k in keys}


@lru_cache(maxsize=1024)
def _words_pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")


def _has_words(text: str, words: str) -> bool:
    """Whether lower-case ``text`` holds ``words`` as whole words."""
    return _words_pattern(words).search(text) is not None


def _best_terms(entries: list[Entry], date: dt.date | None, weight: dict[str, int]) -> list[Entry]:
    """One entry per person (the term in office on ``date``, else the latest before it) and every other entry."""
    people: dict[str, Entry] = {}
    others: list[Entry] = []
    for e in entries:
        if e.kind != "person":
            others.append(e)
            continue
        best = people.get(e.kb_id or e.name)
        if best is None or _term_score(e, date, weight) > _term_score(best, date, weight):
            people[e.kb_id or e.name] = e
    ranked = sorted(people.values(), key=lambda e: _term_score(e, date, weight), reverse=True)
    return ranked + others


def _term_score(e: Entry, date: dt.date | None, weight: dict[str, int]) -> tuple[int, int, int, dt.date]:
    start = _date_bound(e.start, False)
    rank, heavy = -OFFICE_RANK.get(e.office or "", len(OFFICE_RANK)), weight.get(e.country or "", 0)
    if date is None:
        return (1, rank, heavy, start)
    if e.active(date):
        return (2, rank, heavy, start)
    if start <= date:  # a former holder: the latest term before the date
        return (1, 0, 0, start)
    return (0, 0, 0, dt.date.max - (start - dt.date.min))


# -- loading -------------------------------------------------------------------------------------------------
def _read_rows(text: str, source: str, table: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(text)))
    required = TABLES[table][1]
    for i, row in enumerate(rows, start=2):
        if None in row or any(row.get(c) is None for c in required):
            missing = [c for c in required if row.get(c) is None]
            reason = f"missing column {', '.join(missing)}" if missing else "too many fields"
            raise KnowledgeBaseError(f"cannot load '{source}': line {i}: {reason}")
        if not all(row[c].strip() for c in TABLES[table][0] if c != "start"):
            raise KnowledgeBaseError(f"cannot load '{source}': line {i}: empty {'/'.join(TABLES[table][0])}")
    return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def _merge(base: list[dict[str, str]], extra: list[dict[str, str]], table: str) -> list[dict[str, str]]:
    keys = TABLES[table][0]
    merged = {tuple(r.get(k, "") for k in keys): r for r in base}
    for r in extra:
        merged[tuple(r.get(k, "") for k in keys)] = r
    return list(merged.values())


def _package_text(table: str) -> str:
    path = resources.files("detente") / "data" / "kb" / table
    return path.read_text(encoding="utf-8") if path.is_file() else ",".join(TABLES[table][1]) + "\n"


def _without_ward(*names: str) -> set[str]:
    """A Japanese or Korean city's name without the suffix GeoNames writes for its municipality ("Nara-shi":
    "Nara", "Ansan-si": "Ansan")."""
    return {found.group(1) for name in names if (found := MUNICIPALITY.fullmatch(name))}


def named_in(kb: KnowledgeBase, text: str, code: str) -> int:
    """How often a text names a country by its name, aliases, demonyms or capitals."""
    country = kb.country(code)
    words = {country.name, *country.aliases, *country.demonyms, *country.capitals} - {""} if country else set()
    return sum(len(re.findall(rf"\b{re.escape(w)}\b", text)) for w in words)


def _places_text() -> str:
    path = resources.files("detente") / "data" / "kb" / "places.csv"
    return path.read_text(encoding="utf-8") if path.is_file() else (
        "name,ascii,country,geonames_id,lat,lon,population,aliases\n")


def load_tables(data_dir: Path | None = None, extra: tuple[str, ...] = ()) -> dict[str, list[dict[str, str]]]:
    """Package tables with the user's rows merged on top, then those of ``extra`` files named like a table."""
    tables = {}
    for table in TABLES:
        rows = _read_rows(_package_text(table), f"detente/data/kb/{table}", table)
        for path in [(data_dir or user_dir()) / table, *(Path(p) for p in extra if Path(p).name == table)]:
            if path.is_file():
                rows = _merge(rows, _read_rows(path.read_text(encoding="utf-8"), str(path), table), table)
        tables[table] = rows
    return tables


@lru_cache(maxsize=4)
def _load(data_dir: str, extra: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase(load_tables(Path(data_dir), extra))
    log.info("knowledge base loaded: %d names, %d countries", len(kb._names), len(kb.countries))
    return kb


def load(data_dir: Path | str | None = None, extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The knowledge base (package data plus user data), built once per user data directory.

    ``extra`` files (``Settings.extra_data``) whose names are table names ('standins.csv') are merged last.
    """
    return _load(str(data_dir or user_dir()), tuple(extra))


def clear_cache() -> None:
    """Forget loaded knowledge bases (after an import)."""
    _load.cache_clear()


# -- importing -----------------------------------------------------------------------------------------------
def _read_any(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV, JSON (list of objects or SPARQL results) or YAML file."""
    from . import readers

    try:
        text = readers.decode(path.read_bytes())  # UTF-8, UTF-16 or a legacy encoding such as cp1252, as read
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot import '{path}': {exc.strerror or exc}") from None
    except readers._Unreadable as exc:
        raise KnowledgeBaseError(f"cannot import '{path}': {exc}") from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
        elif path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text)
        else:
            return _csv_records(text, path)
    except (ValueError, ImportError) as exc:
        raise KnowledgeBaseError(f"cannot import '{path}': not valid {path.suffix[1:]} ({exc})") from None
    if isinstance(data, dict) and "results" in data:  # SPARQL JSON results
        data = _sparql_rows(data, path)
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"cannot import '{path}': expected a list of records")
    for i, row in enumerate(data, start=1):
        if not isinstance(row, dict):
            raise KnowledgeBaseError(f"cannot import '{path}': record {i} is a {type(row).__name__}, not a record")
    return data


def _sparql_rows(data: dict[str, Any], path: Path) -> list[dict[str, Any]]:
    """The bindings of a SPARQL JSON result as plain records ({'person': {'value': ...}} -> {'person': ...})."""
    results = data.get("results")
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(bindings, list):
        raise KnowledgeBaseError(f"cannot import '{path}': a SPARQL result needs results.bindings, a list")
    rows = []
    for i, binding in enumerate(bindings, start=1):
        if not isinstance(binding, dict) or not all(isinstance(v, dict) for v in binding.values()):
            raise KnowledgeBaseError(f"cannot import '{path}': binding {i} is not an object of {{'value': ...}}")
        rows.append({k: v.get("value") for k, v in binding.items()})
    return rows


DATE_FIELDS = ("start", "end", "joined", "left")
DATE_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?([T ]\d{2}:\d{2}(:\d{2})?Z?)?")  # a year, a month or a day


def _is_date(value: str) -> bool:
    if not DATE_VALUE.fullmatch(value):
        return False
    day = value[:10]
    try:
        (dt.date.fromisoformat(day) if len(day) == 10 else dt.date.fromisoformat((day + "-01-01")[:10]))
    except ValueError:
        return False
    return True
MAX_CELL = 2000


def _validate(rows: list[dict[str, Any]], table: str, path: Path) -> None:
    """Every imported row: its key fields filled, its dates dates, no line breaks, nothing absurdly long; the
    first problem is raised naming the file, the record and the field."""
    keys = [k for k in TABLES[table][0] if k != "start"]
    for i, row in enumerate(rows, start=1):
        where = f"cannot import '{path}': record {i}"
        for field, value in row.items():
            if isinstance(value, dict | list):
                raise KnowledgeBaseError(f"{where}, field '{field}': a {type(value).__name__}, not a value")
            text = "" if value is None else str(value)
            if "\n" in text or "\r" in text:
                raise KnowledgeBaseError(f"{where}, field '{field}': a line break inside a value (an unclosed quote?)")
            if len(text) > MAX_CELL:
                raise KnowledgeBaseError(f"{where}, field '{field}': {len(text):,} characters, over {MAX_CELL:,}")
            if field in DATE_FIELDS and text.strip() and not _is_date(text.strip()):
                raise KnowledgeBaseError(f"{where}, field '{field}': '{text}' is not a date (YYYY-MM-DD)")
        for field in keys:
            if not str(row.get(field) or "").strip():
                raise KnowledgeBaseError(f"{where}: field '{field}' is empty")


def _csv_records(text: str, path: Path) -> list[dict[str, Any]]:
    try:
        rows = list(csv.DictReader(io.StringIO(text), strict=True))
    except csv.Error as exc:
        raise KnowledgeBaseError(f"cannot import '{path}': not valid CSV ({exc}; an unclosed quote?)") from None
    for i, row in enumerate(rows, start=2):
        if None in row:
            raise KnowledgeBaseError(f"cannot import '{path}': line {i}: too many fields")
    return rows


def _table_for(rows: list[dict[str, Any]], path: Path) -> str:
    columns = set().union(*(r.keys() for r in rows)) if rows else set()
    for table, (_, required) in TABLES.items():
        if set(required) <= columns:
            return table
    raise KnowledgeBaseError(f"cannot import '{path}': columns {sorted(columns)} match no knowledge-base table; "
                             f"use the columns of one of {', '.join(TABLES)}")


def _write_table(table: str, rows: list[dict[str, Any]], data_dir: Path, source: Path) -> Path:
    target = data_dir / table
    columns = list(OFFICE_COLUMNS) if table == "office_holders.csv" else list(rows[0].keys())
    clean = [{c: "" if r.get(c) is None else str(r[c]).strip() for c in columns} for r in rows]
    _read_rows(_csv_text(columns, clean), str(source), table)  # validate before writing
    old = _read_rows(target.read_text(encoding="utf-8"), str(target), table) if target.is_file() else []
    merged = _merge(old, clean, table)
    columns = list(dict.fromkeys([*columns, *(k for r in merged for k in r)]))
    data_dir.mkdir(parents=True, exist_ok=True)
    target.write_text(_csv_text(columns, merged), encoding="utf-8")
    return target


def _csv_text(columns: list[str], rows: Iterable[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def import_file(path: Path | str, data_dir: Path | None = None, wikidata: bool = False) -> tuple[Path, int]:
    """Merge a user CSV/JSON/YAML file (or a Wikidata 'position held' result) into the user data directory.

    Returns the file written and the number of rows imported.
    """
    source = Path(path)
    rows = _read_any(source)
    if not rows:
        raise KnowledgeBaseError(f"cannot import '{source}': no rows")
    if wikidata:
        rows, table = wikidata_rows(rows, source, load()), "office_holders.csv"
    else:
        table = _table_for(rows, source)
    _validate(rows, table, source)
    target = _write_table(table, rows, data_dir or user_dir(), source)
    clear_cache()
    log.info("imported %d rows from %s into %s", len(rows), source, target)
    return target, len(rows)


def _slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return "person:" + re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _field(row: dict[str, Any], *names: str) -> str:
    return next((str(row[n]).strip() for n in names if row.get(n) not in (None, "")), "")


def _country_code(value: str, kb: KnowledgeBase) -> str:
    if value in kb.countries:
        return value
    found = [e.country for e in kb.lookup(value) if e.kind in ("state", "organization") and e.country]
    return found[0] if found else ""


def wikidata_rows(rows: list[dict[str, Any]], source: Path, kb: KnowledgeBase) -> list[dict[str, str]]:
    """Office-holder rows from a Wikidata 'position held' result (person, personLabel, positionLabel, ...)."""
    out = []
    for i, row in enumerate(rows, start=1):
        name = _field(row, "personLabel", "name")
        position = _field(row, "positionLabel", "position")
        if not name or not position:
            raise KnowledgeBaseError(f"cannot import '{source}': record {i}: needs personLabel and positionLabel")
        office, role = next(((o, r) for rx, o, r in kb.positions if rx.search(position)), (None, None))
        if office in (None, "none"):
            log.warning("%s: record %d: position '%s' is not a known office; skipped", source, i, position)
            continue
        country = _country_code(_field(row, "countryLabel", "country"), kb) or _country_of(position, kb)
        if not country:
            raise KnowledgeBaseError(f"cannot import '{source}': record {i}: no country for '{position}'")
        gender = {"male": "m", "female": "f"}.get(_field(row, "genderLabel", "gender").lower(), "")
        out.append({"kb_id": _slug(name), "name": name, "aliases": "", "gender": gender, "country": country,
                    "office": office, "role": role or "", "sector": "IGO" if len(country) != 3 else "GOV",
                    "start": _field(row, "start", "startTime")[:10], "end": _field(row, "end", "endTime")[:10]})
    return out


def _country_of(position: str, kb: KnowledgeBase) -> str:
    """The country named in a position label ('President of Russia' -> RUS, 'Italian ...' -> ITA)."""
    match = re.search(r".*\bof (?:the )?(.+)$", position)
    if match and (code := _country_code(match.group(1), kb)):
        return code
    return next((c for w in position.split() if (c := kb.demonym(w))), "") or ""
