"""Store cost and speed: ingest overhead and size on real articles, queries on a large store of generated events.

    python bench/bench_store.py [--events N] [--limit N] [--rebuild] [--skip-ingest] [--repeat N]

Ingest: the first --limit articles of the Wikinews corpus beside the project (../shared/corpus; else the bundled
samples) are extracted alone, then ingested into a new store with the same warmed pipeline, then extracted
again; the overhead of storing is ingest time over the mean extraction time. The store's size on disk is set
against the article text it holds.
Queries: a store of --events generated events (schema-valid records, fixed seed) is built once and cached under
bench/.cache; relations, statistics, quote search, event listing and the overview are timed on it (median and
p95 of --repeat runs after one warm-up run). Prints figures only: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any

from detente import readers, relations
from detente.document import Article, slug
from detente.ingest import ingest
from detente.pipeline import Failure, Pipeline
from detente.schema import validate
from detente.settings import Settings
from detente.store import Store, schema

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews_2019_2020.jsonl"
SAMPLES = ROOT / "src" / "detente" / "samples"
CACHE = Path(__file__).resolve().parent / ".cache"
VERSION = "1"  # of the generator: a cached store built by another version is built again
SEED = 20_190_101
BATCH = 500  # articles per transaction when building the large store
FIRST_DAY, DAYS = dt.date(2022, 1, 1), 3 * 365 + 1
WORD = "security"  # a word found in about a third of the generated quotes
SERIES_MS, STATS_MS, OVERHEAD_PCT, SIZE_RATIO = 100.0, 1000.0, 10.0, 3.0

COUNTRIES = {  # by prominence: the first are picked most often
    "USA": "United States", "CHN": "China", "RUS": "Russia", "UKR": "Ukraine", "GBR": "United Kingdom",
    "FRA": "France", "DEU": "Germany", "ISR": "Israel", "IRN": "Iran", "TUR": "Turkey", "IND": "India",
    "JPN": "Japan", "KOR": "South Korea", "PRK": "North Korea", "PAK": "Pakistan", "SAU": "Saudi Arabia",
    "SYR": "Syria", "IRQ": "Iraq", "AFG": "Afghanistan", "EGY": "Egypt", "POL": "Poland", "BRA": "Brazil",
    "CAN": "Canada", "AUS": "Australia", "MEX": "Mexico", "IDN": "Indonesia", "VNM": "Vietnam",
    "PHL": "Philippines", "NGA": "Nigeria", "ZAF": "South Africa", "ETH": "Ethiopia", "KEN": "Kenya",
    "ITA": "Italy", "ESP": "Spain", "GRC": "Greece", "SRB": "Serbia", "VEN": "Venezuela", "COL": "Colombia",
    "ARG": "Argentina", "QAT": "Qatar",
}
ORGANISATIONS = {"EU": ("org:eu", "European Union"), "NATO": ("org:nato", "NATO"), "UN": ("org:un", "United Nations"),
                 "AU": ("org:au", "African Union"), "ASEAN": ("org:asean", "ASEAN")}
ORDER = ("USA", "CHN", "RUS", "EU", "UKR", "GBR", "FRA", "DEU", "NATO", "ISR", "IRN", "UN", "TUR")
GIVEN = ("Anna", "David", "Elena", "Omar", "Li", "Maria", "John", "Yuki", "Ahmed", "Sofia", "Ivan", "Grace",
         "Carlos", "Fatima", "Pierre", "Mei", "Daniel", "Amara", "Lukas", "Priya", "Tomas", "Aisha", "Kenji", "Nora")
FAMILY = ("Novak", "Haddad", "Chen", "Petrov", "Silva", "Okafor", "Tanaka", "Schmidt", "Dubois", "Kowalski", "Rossi",
          "Moreno", "Kim", "Nguyen", "Hassan", "Mensah", "Ivanova", "Garcia", "Walker", "Sato", "Demir", "Khan",
          "Larsen", "Costa", "Mwangi", "Reyes", "Haas", "Popescu", "Yilmaz", "Abebe")
STATE_ROLES = ("president", "foreign minister", "spokesperson")
ORG_ROLES = ("secretary-general", "envoy", "spokesperson")
COOPERATION = {"CONSULT": 5, "AGREE": 3, "SUPPORT": 2, "REQUEST": 2, "COOPERATE": 1.5, "AID": 1, "CONCEDE": 0.7,
               "RETREAT": 0.5}
CONFLICT = {"ACCUSE": 4, "REJECT": 2.5, "THREATEN": 2, "PROTEST": 1.5, "SANCTION": 1.5, "COERCE": 1, "ASSAULT": 1,
            "MOBILIZE": 0.7}
VERBS = {  # type: (past, base, after the target)
    "CONSULT": ("held talks with", "hold talks with", ""),
    "AGREE": ("signed an accord with", "sign an accord with", ""),
    "SUPPORT": ("voiced support for", "voice support for", ""), "REQUEST": ("called on", "call on", " to act"),
    "COOPERATE": ("agreed to share intelligence with", "share intelligence with", ""),
    "AID": ("sent humanitarian aid to", "send humanitarian aid to", ""),
    "CONCEDE": ("eased trade restrictions on", "ease trade restrictions on", ""),
    "RETREAT": ("pulled troops back from the border with", "pull troops back from the border with", ""),
    "ACCUSE": ("accused", "accuse", " of breaking its commitments"),
    "REJECT": ("rejected a proposal from", "reject a proposal from", ""),
    "THREATEN": ("threatened sanctions against", "threaten sanctions against", ""),
    "PROTEST": ("lodged a formal protest with", "lodge a formal protest with", ""),
    "SANCTION": ("imposed sanctions on", "impose sanctions on", ""),
    "MOBILIZE": ("put troops on alert near", "put troops on alert near", ""),
    "COERCE": ("expelled diplomats of", "expel diplomats of", ""),
    "ASSAULT": ("launched strikes against", "launch strikes against", ""),
}
MODALITIES = {  # modality: (weight, words before the source, words between source and target)
    "asserted": (78, "", " {past} "), "intended": (8, "", " said it would {base} "),
    "requested": (5, "Officials urged ", " to {base} "), "hypothetical": (5, "Analysts said ", " could {base} "),
    "denied": (4, "", " denied plans to {base} "),
}
QUOTES = (  # None stands for the country or organisation the quote is about
    ("We are ready to work with ", None, " on trade and security"),
    ("Our security is not negotiable, and ", None, " knows it"),
    ("The talks with ", None, " were frank, useful and long overdue"),
    ("There can be no lasting peace without an honest dialogue with ", None, ""),
    ("We expect ", None, " to respect every commitment it has made"),
    ("This is a question of national security for our people and for the whole region",),
    ("Sanctions against ", None, " will stay in place until we see real change"),
    ("We call on ", None, " to return to the negotiating table without conditions"),
)
FILLERS = (
    "The meeting comes after months of tension over trade, energy prices and border controls.",
    "Diplomats said further rounds of talks were expected before the end of the year.",
    "Observers noted that relations had swung sharply several times over the past decade.",
    "Markets reacted calmly to the news, with regional currencies trading flat in the afternoon.",
    "Opposition politicians criticised the government for failing to consult parliament first.",
    "Humanitarian groups warned that civilians would bear the cost of any further escalation.",
    "The foreign ministry did not respond to a request for comment on Thursday evening.",
    "Analysts said the announcement was aimed as much at domestic audiences as at foreign partners.",
    "A joint statement is expected to be published after the delegations return home.",
    "Several neighbouring governments said they were following the situation closely.",
    "The two governments have disagreed for years over fishing rights, visas and the status of minorities.",
    "Officials on both sides briefed journalists on condition of anonymity after the session ended.",
    "Trade between the two has grown steadily, despite repeated disputes over tariffs and standards.",
    "Parliamentary committees are due to review the arrangements when they reconvene next month.",
    "Business groups welcomed the news but asked for clearer rules on customs and inspections.",
    "The issue is expected to feature prominently at the regional summit planned for the spring.",
    "Previous attempts at a settlement collapsed amid mutual accusations of bad faith.",
    "Security along the frontier has been tightened since a series of incidents earlier this year.",
    "Several ambassadors were summoned last year in a row over surveillance flights.",
    "Officials stressed that the talks would continue at the level of deputy ministers.",
)
HEADLINES = ("hold talks amid rising tension", "trade accusations over border incident", "sign new accord",
             "clash over sanctions", "agree to restore ties", "exchange warnings after strikes")
OUTLETS = tuple(f"Wire {n:02d}" for n in range(1, 26))


# -- ingest on real articles -----------------------------------------------------------------------------------

def corpus() -> Path:
    """The Wikinews corpus beside the project when it is there, else the bundled samples."""
    return CORPUS if CORPUS.exists() else SAMPLES


def take(source: Path, limit: int, out: Path, settings: Settings) -> int:
    """Write the first ``limit`` articles found under ``source`` to the JSON Lines file ``out``; return how many."""
    found = (item for item in readers.read([str(source)], settings) if isinstance(item, Article))
    count = 0
    with out.open("w", encoding="utf-8") as f:
        for a in islice(found, limit):
            published = a.published.isoformat() if a.published else None
            line = {"id": a.id, "title": a.title, "published": published, "source": a.source, "url": a.url,
                    "text": a.text}
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    return count


def extract(pipeline: Pipeline, path: Path, settings: Settings) -> tuple[float, int]:
    """Seconds to extract every article of ``path`` and build its record, and how many were extracted."""
    started, done = time.perf_counter(), 0
    for doc in pipeline.run(readers.read([str(path)], settings)):
        if not isinstance(doc, Failure):
            doc.to_record()
            done += 1
    return time.perf_counter() - started, done


def ingest_into(pipeline: Pipeline, path: Path, db: Path, settings: Settings) -> dict[str, Any]:
    """Seconds to ingest ``path`` into a new store at ``db``, what it stored, and its size once closed."""
    store = Store(db)
    started = time.perf_counter()
    summary = ingest([str(path)], store, settings, pipeline=pipeline)
    seconds = time.perf_counter() - started
    text_bytes = store.stats()["text_bytes"]
    store.close()
    empty = db.with_name("empty.db")
    Store(empty).close()
    return {"seconds": seconds, "stored": summary.stored, "failed": summary.failed, "text_bytes": text_bytes,
            "bytes": disk_size(db), "empty": disk_size(empty)}


def disk_size(db: Path) -> int:
    """Bytes of a store on disk: the database file with any write-ahead log left beside it."""
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


def bench_ingest(limit: int) -> None:
    """Extraction alone against ingest into a store, then the store's size against its text."""
    settings, source = Settings(), corpus()
    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp:
        folder = Path(tmp)
        articles = take(source, limit, folder / "articles.jsonl", settings)
        take(source, min(limit, 5), folder / "warm.jsonl", settings)
        pipeline = Pipeline(settings)
        extract(pipeline, folder / "warm.jsonl", settings)  # loads what the stages load lazily
        first = extract(pipeline, folder / "articles.jsonl", settings)
        stored = ingest_into(pipeline, folder / "articles.jsonl", folder / "ingest.db", settings)
        second = extract(pipeline, folder / "articles.jsonl", settings)
    report_ingest(source, articles, first, second, stored)


def report_ingest(source: Path, articles: int, first: tuple[float, int], second: tuple[float, int],
                  stored: dict[str, Any]) -> None:
    """Print the ingest table and the size of the store it left."""
    mean = (first[0] + second[0]) / 2
    overhead = 100 * (stored["seconds"] / mean - 1)
    rows = [("(a) extract, run 1", first[1], f"{first[0]:.2f}", f"{first[1] / first[0]:.2f}"),
            ("(b) ingest into a new store", stored["stored"], f"{stored['seconds']:.2f}",
             f"{stored['stored'] / stored['seconds']:.2f}"),
            ("(a) extract, run 2", second[1], f"{second[0]:.2f}", f"{second[1] / second[0]:.2f}"),
            ("(a) extract, mean", first[1], f"{mean:.2f}", f"{first[1] / mean:.2f}")]
    table(f"1. Ingest overhead: {articles} articles of {source.name}", ("step", "articles", "s", "articles/s"), rows)
    failed = f"  [{stored['failed']} failed]" if stored["failed"] else ""
    print(f"  overhead of (b) over (a): {overhead:+.1f}%"
          f"  (target <= {OVERHEAD_PCT:.0f}%: {verdict(overhead <= OVERHEAD_PCT)}){failed}")
    ratio = stored["bytes"] / max(stored["text_bytes"], 1)
    table("2. Store size after (b), closed", ("what", "bytes", "KB"),
          [("database on disk", stored["bytes"], f"{stored['bytes'] / 1024:.0f}"),
           ("  of which an empty store's", stored["empty"], f"{stored['empty'] / 1024:.0f}"),
           ("article text held", stored["text_bytes"], f"{stored['text_bytes'] / 1024:.0f}")])
    net = (stored["bytes"] - stored["empty"]) / max(stored["text_bytes"], 1)
    print(f"  ratio: {ratio:.2f}x, {net:.2f}x without the empty store's pages"
          f"  (target <= {SIZE_RATIO:.0f}x: {verdict(ratio <= SIZE_RATIO)})")


# -- generated records -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Who:
    """An actor the generator writes about: a state, an organisation, or a person speaking for one."""

    key: str
    name: str
    kind: str
    code: str
    sector: str | None
    role: str | None = None
    kb_id: str | None = None


@dataclass(frozen=True)
class Kind:
    """A CAMEO code with its PLOVER type and mode, QuadClass and Goldstein intensity."""

    type: str
    mode: str | None
    cameo: str
    quad: int
    intensity: float


@dataclass
class Cast:
    """Who an article is about: its main pair, a few others, and people of every one of them."""

    a: Who
    b: Who
    others: list[Who]


def entities() -> list[Who]:
    """The countries and organisations, most prominent first."""
    whos = {code: Who(f"country:{code}", name, "state", code, None, kb_id=f"country:{code}")
            for code, name in COUNTRIES.items()}
    whos |= {code: Who(key, name, "organization", code, "IGO", kb_id=key)
             for code, (key, name) in ORGANISATIONS.items()}
    return [whos[c] for c in ORDER] + [w for c, w in whos.items() if c not in ORDER]


def people(entity: Who, rng: random.Random) -> list[Who]:
    """Three office holders speaking for ``entity``."""
    roles = ORG_ROLES if entity.kind == "organization" else STATE_ROLES
    names = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in roles]
    sector = entity.sector or "GOV"
    return [Who(f"name:{slug(n)}/{entity.code}", n, "person", entity.code, sector, role)
            for n, role in zip(names, roles, strict=True)]


def cameo_kinds() -> dict[str, list[Kind]]:
    """The CAMEO codes shipped with Détente, by PLOVER type."""
    text = resources.files("detente").joinpath("data/cameo.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    out: dict[str, list[Kind]] = {}
    for r in rows:
        kind = Kind(r["type"], r["mode"] or None, r["code"], int(r["quad"]), float(r["goldstein"]))
        out.setdefault(kind.type, []).append(kind)
    return out


class Draft:
    """An article being written: its text, piece by piece, and the actors and times whose spans point into it."""

    def __init__(self) -> None:
        self.text = ""
        self.actors: dict[str, dict[str, Any]] = {}
        self.times: list[dict[str, Any]] = []

    def span(self, start: int) -> dict[str, Any]:
        """The span from ``start`` to the end of the text written so far."""
        return {"start": start, "end": len(self.text), "text": self.text[start:]}

    def write(self, *pieces: str | Who | dt.date | None) -> dict[str, Any]:
        """Append words, actor mentions (a Who) and weekdays (a date); return the span of it all."""
        start = len(self.text)
        for piece in pieces:
            if isinstance(piece, Who):
                self.mention(piece)
            elif isinstance(piece, dt.date):
                self.stamp(piece)
            elif piece:
                self.text += piece
        return self.span(start)

    def mention(self, who: Who) -> dict[str, Any]:
        """Write an actor's name and keep it as a mention."""
        start = len(self.text)
        self.text += who.name
        span = self.span(start)
        self.actor(who)["mentions"].append(span)
        return span

    def stamp(self, day: dt.date) -> None:
        """Write a weekday and keep it as a time expression with its date."""
        start = len(self.text)
        self.text += day.strftime("%A")
        self.times.append({**self.span(start), "type": "DATE", "value": day.isoformat()})

    def actor(self, who: Who) -> dict[str, Any]:
        """The article's actor record for ``who``, added on first use."""
        if who.key not in self.actors:
            fields = {"key": who.key, "name": who.name, "kind": who.kind, "country": who.code, "sector": who.sector,
                      "role": who.role, "kb_id": who.kb_id}
            self.actors[who.key] = {"id": f"a{len(self.actors) + 1}", **fields, "mentions": []}
        return self.actors[who.key]

    def party(self, who: Who) -> dict[str, Any]:
        """An event's source or target as the record shows it."""
        return {"actor": self.actor(who)["id"], "key": who.key, "name": who.name, "country": who.code,
                "sector": who.sector}


class Generator:
    """Synthetic records with a fixed seed: articles in date order over three years, 8-12 events each."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.entities = entities()
        self.weights = [1 / (i + 1) ** 0.8 for i in range(len(self.entities))]
        self.people = {e.code: people(e, self.rng) for e in self.entities}
        self.kinds = cameo_kinds()
        self.hostility: dict[tuple[str, ...], float] = {}
        self.recent: dict[tuple[str, str], deque[tuple[Kind, dt.date]]] = {}

    def records(self, events: int) -> Iterator[dict[str, Any]]:
        """Records holding ``events`` events in all."""
        done = number = 0
        while done < events:
            day = FIRST_DAY + dt.timedelta(days=done * DAYS // events)
            count = min(self.rng.randint(8, 12), events - done)
            yield self.article(number, day, count)
            done, number = done + count, number + 1

    def article(self, number: int, day: dt.date, count: int) -> dict[str, Any]:
        """One record: ``count`` events and 3-6 quotes among fillers, 1.5-3 KB of text."""
        cast, draft = self.cast(), Draft()
        said, fillers = self.rng.randint(3, 6), self.rng.sample(FILLERS, len(FILLERS))
        room = self.rng.randint(1500, 2900) - 60 * count - 100 * said  # what the events and quotes leave
        plan = ["e"] * (count - 1) + ["q"] * said + ["f"] * max(0, room // 90)
        self.rng.shuffle(plan)
        events: list[dict[str, Any]] = []
        quotes: list[dict[str, Any]] = []
        for i, item in enumerate(["e", *plan]):
            if item == "e":
                events.append(self.event(draft, cast, day))
            elif item == "q":
                quotes.append(self.quote(draft, cast, day, len(quotes) + 1))
            else:
                draft.write(fillers.pop() if fillers else "")
            draft.write("\n\n" if i % 3 == 2 else " ")
        while len(draft.text) < 1520:
            draft.write(self.rng.choice(FILLERS), " ")
        return self.record(number, day, cast, draft, quotes, events)

    def record(self, number: int, day: dt.date, cast: Cast, draft: Draft, quotes: list[dict[str, Any]],
               events: list[dict[str, Any]]) -> dict[str, Any]:
        """The record of a written article."""
        ident = f"synth-{number:07d}"
        article = {"id": ident, "title": f"{cast.a.name} and {cast.b.name} {self.rng.choice(HEADLINES)}",
                   "published": day.isoformat(), "source": self.rng.choice(OUTLETS),
                   "url": f"https://news.example.org/{day:%Y/%m/%d}/{ident}", "text": draft.text.rstrip()}
        return {"article": article, "provenance": {"version": "bench", "model": "synthetic", "data": VERSION},
                "actors": list(draft.actors.values()), "times": draft.times, "quotes": quotes, "events": events,
                "warnings": []}

    def cast(self) -> Cast:
        """Two to four countries or organisations, picked by prominence."""
        picked: list[Who] = []
        wanted = self.rng.randint(2, 4)
        while len(picked) < wanted:
            who = self.rng.choices(self.entities, self.weights)[0]
            if who not in picked:
                picked.append(who)
        return Cast(picked[0], picked[1], picked[2:])

    def parties(self, cast: Cast) -> tuple[Who, Who | None]:
        """Source and target of an event: mostly the main pair, either way round; at times a person or no target."""
        source, target = (cast.a, cast.b) if self.rng.random() < 0.6 or not cast.others else \
            (self.rng.choice((cast.a, cast.b)), self.rng.choice(cast.others))
        if self.rng.random() < 0.5:
            source, target = target, source
        if self.rng.random() < 0.3:
            source = self.rng.choice(self.people[source.code])
        return source, None if self.rng.random() < 0.04 else target

    def kind(self, source: Who, target: Who | None) -> Kind:
        """A code fitting the pair's mood: each pair leans to cooperation or to conflict."""
        pair = tuple(sorted((source.code, target.code if target else "")))
        hostile = self.hostility.setdefault(pair, self.rng.uniform(0.1, 0.8))
        types = CONFLICT if self.rng.random() < hostile else COOPERATION
        name = self.rng.choices(list(types), list(types.values()))[0]
        return self.rng.choice(self.kinds[name])

    def happening(self, source: Who, target: Who | None, day: dt.date) -> tuple[Kind, dt.date, bool]:
        """What happened and when, and whether the day is stated: half the time a recent event reported again."""
        pool = self.recent.setdefault((source.code, target.code), deque(maxlen=6)) if target else None
        near = [h for h in pool or () if 0 <= (day - h[1]).days <= 2]
        if near and self.rng.random() < 0.5:
            kind, when = self.rng.choice(near)
            return kind, when, when != day or self.rng.random() < 0.4
        kind, stated = self.kind(source, target), self.rng.random() < 0.4
        when = day - dt.timedelta(days=self.rng.randint(0, 2)) if stated else day
        if pool is not None:
            pool.append((kind, when))
        return kind, when, stated

    def event(self, draft: Draft, cast: Cast, day: dt.date) -> dict[str, Any]:
        """Write one event's sentence and return the event."""
        source, target = self.parties(cast)
        kind, when, stated = self.happening(source, target, day)
        modality = self.rng.choices(list(MODALITIES), [m[0] for m in MODALITIES.values()])[0]
        _, lead, verb = MODALITIES[modality]
        past, base, tail = VERBS[kind.type]
        evidence = draft.write(lead, source, verb.format(past=past, base=base), target or "its rivals", tail,
                               *((" on ", when) if stated else ()), ".")
        weak = modality in ("denied", "hypothetical")
        return {"type": kind.type, "mode": kind.mode, "cameo": kind.cameo, "quad": kind.quad,
                "intensity": round(kind.intensity * (0.25 if weak else 1), 2), "negated": modality == "denied",
                "modality": modality, "source": draft.party(source),
                "target": draft.party(target) if target else None, "date": when.isoformat() if stated else None,
                "date_basis": "sentence" if stated else "published", "location": None, "quote": None,
                "evidence": evidence, "also": []}

    def quote(self, draft: Draft, cast: Cast, day: dt.date, number: int) -> dict[str, Any]:
        """Write a direct quote by a person of the main pair about the other side; return the quote."""
        side, other = (cast.a, cast.b) if self.rng.random() < 0.5 else (cast.b, cast.a)
        speaker = self.rng.choice(self.people[side.code])
        stated = self.rng.random() < 0.3
        draft.write("\u201c")
        words = draft.write(*(other if piece is None else piece for piece in self.rng.choice(QUOTES)))
        draft.write(",\u201d ")
        mention = draft.mention(speaker)
        draft.write(" said", *((" on ", day) if stated else ()), ".")
        said = {"actor": draft.actor(speaker)["id"], "key": speaker.key, "name": speaker.name,
                "country": speaker.code, "role": speaker.role, "mention": mention}
        return {"id": f"q{number}", **words, "kind": "direct", "cue": "say",
                "date": day.isoformat() if stated else None, "date_basis": "sentence" if stated else None,
                "speaker": said, "parts": [dict(words)],
                "content": words["text"]}


def checked(records: Iterable[dict[str, Any]], first: int = 50) -> Iterator[dict[str, Any]]:
    """The records, the first ``first`` of them checked against the schema and their spans against their text."""
    for n, record in enumerate(records):
        if n < first:
            validate(record)
            text = record["article"]["text"]
            bad = [s for s in spans(record) if text[s["start"]:s["end"]] != s["text"]]
            if bad or not 1500 <= len(text.encode()) <= 3100:
                raise RuntimeError(f"generated record {n} is broken: {len(text)} chars, spans {bad[:2]}")
        yield record


def spans(value: Any) -> Iterator[dict[str, Any]]:
    """Every span (a dict with start, end and text) inside a record."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for v in value.values():
            yield from spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans(v)


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items (itertools.batched is Python 3.12)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


# -- the large store -------------------------------------------------------------------------------------------

def cached_store(events: int, rebuild: bool) -> tuple[Path, dict[str, Any]]:
    """The path of the store of ``events`` generated events, built unless cached, and the figures of its build."""
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n", encoding="utf-8")  # the cache is never committed
    path = CACHE / f"events-{events}-v{VERSION}-schema{schema.LATEST}.db"  # never migrated in place
    meta_path = path.with_suffix(".json")
    if rebuild or not path.exists() or not meta_path.exists():
        meta = build(path, events)
        meta_path.write_text(json.dumps(meta, indent=1), encoding="utf-8")
        return path, meta
    return path, {**json.loads(meta_path.read_text(encoding="utf-8")), "cached": True}


def build(path: Path, events: int) -> dict[str, Any]:
    """Build the store at ``path`` with ``Store.put`` in transactions of BATCH articles (written aside, then moved)."""
    partial = path.with_name(path.name + ".partial")
    for leftover in (path, *path.parent.glob(partial.name + "*")):
        leftover.unlink(missing_ok=True)
    store = Store(partial)
    started, writing, outcomes = time.perf_counter(), 0.0, {"stored": 0}
    for chunk in batched(checked(Generator(SEED).records(events)), BATCH):
        begun = time.perf_counter()
        with store.transaction():
            for record in chunk:
                outcome = store.put(record, origin="jsonl")
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
        writing += time.perf_counter() - begun
    total = time.perf_counter() - started
    store.close()
    os.replace(partial, path)
    return {"events": events, "articles": sum(outcomes.values()), "outcomes": outcomes, "seconds": total,
            "write_seconds": writing, "built": dt.datetime.now().isoformat(timespec="seconds"), "cached": False}


def report_build(path: Path, meta: dict[str, Any], stats: dict[str, Any], open_s: float) -> None:
    """Print how the large store was built and what it holds."""
    note = f"cached, built {meta['built']}" if meta.get("cached") else "built now"
    size = disk_size(path)
    rows = [(label, f"{meta[key]:.1f}", f"{meta['events'] / meta[key]:,.0f}")
            for label, key in (("build, generation included", "seconds"),
                               ("Store.put + commits only", "write_seconds"))]
    table(f"3. Large store: {meta['events']:,} generated events in {meta['articles']:,} articles ({note})",
          ("step", "s", "events/s"), rows)
    print(f"  holds: {stats['articles']:,} articles, {stats['events']:,} events in"
          f" {stats['distinct_events']:,} clusters, {stats['quotes']:,} quotes, {stats['actors']:,} actors,"
          f" {stats['dyads']:,} dyads")
    print(f"  database: {size / 2**20:,.0f} MB ({size / max(stats['events'], 1):,.0f} bytes/event,"
          f" {size / max(stats['text_bytes'], 1):.2f}x its {stats['text_bytes'] / 2**20:,.0f} MB of text);"
          f" opened in {1000 * open_s:.0f} ms")
    if set(meta["outcomes"]) != {"stored"}:
        print(f"  outcomes: {meta['outcomes']}")


# -- query latency ---------------------------------------------------------------------------------------------

def pairs(store: Store) -> tuple[tuple[str, str, int], tuple[str, str, int]]:
    """The busiest pair of countries or organisations and a typical one (the median by events), with counts."""
    rows = store.conn.execute(
        "SELECT min(source_country, target_country), max(source_country, target_country), count(*) AS n FROM events"
        " WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country"
        " GROUP BY 1, 2 ORDER BY n DESC, 1, 2").fetchall()
    return tuple(rows[0]), tuple(rows[len(rows) // 2])  # type: ignore[return-value]


def latency(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median and p95 (nearest rank) in ms of ``repeat`` calls after a warm-up call, and the last result."""
    result = fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        samples.append(1000 * (time.perf_counter() - started))
    samples.sort()
    return statistics.median(samples), samples[math.ceil(0.95 * len(samples)) - 1], result


def queries(store: Store, busy: tuple[str, str, int],
            typical: tuple[str, str, int]) -> list[tuple[str, Callable[[], Any], float | None]]:
    """(label, call, target in ms) of every query timed."""
    (a, b, _), (c, d, _) = busy, typical
    month = relations.series(store, a, b, "month")
    timed: list[tuple[str, Callable[[], Any], float | None]] = []
    for freq in ("month", "week", "day"):
        timed.append((f"series {a}-{b} {freq}", lambda f=freq: relations.series(store, a, b, f), SERIES_MS))
        timed.append((f"series {c}-{d} {freq}", lambda f=freq: relations.series(store, c, d, f), SERIES_MS))
    return timed + [
        (f"explain series {a}-{b} month", lambda: relations.explain(store, month), None),
        ("stats", store.stats, STATS_MS),
        (f'quotes search="{WORD}" limit 50', lambda: store.quotes(search=WORD, limit=50), None),
        (f"events {a}->{b} limit 50", lambda: store.events(source=a, target=b, limit=50), None),
        ("overview", lambda: relations.overview(store), None),
    ]


def describe(result: Any) -> str:
    """What a query gave back, in a few words."""
    if isinstance(result, dict) and "points" in result:
        return f"{len(result['points'])} points, {sum(p['both']['events'] for p in result['points']):,} events"
    if isinstance(result, dict) and "strongest" in result:
        return f"{len(result['strongest'])} strongest, {len(result['changed'])} changed"
    if isinstance(result, dict):
        return f"{result.get('events', 0):,} events counted"
    return f"{len(result)} rows"


def bench_queries(store: Store, repeat: int) -> None:
    """Time every query on the large store and print the latency table."""
    busy, typical = pairs(store)
    print(f"\n  busiest pair {busy[0]}-{busy[1]}: {busy[2]:,} events; typical pair {typical[0]}-{typical[1]}:"
          f" {typical[2]:,} events")
    rows = []
    for label, fn, target in queries(store, busy, typical):
        median, p95, result = latency(fn, repeat)
        goal = f"< {target:.0f}" if target else "-"
        ok = verdict(p95 < target) if target else ""
        rows.append((label, f"{median:.1f}", f"{p95:.1f}", goal, ok, describe(result)))
    table(f"4. Query latency, {repeat} runs each after a warm-up", ("query", "median ms", "p95 ms", "target ms", "",
                                                                   "result"), rows)


# -- output ----------------------------------------------------------------------------------------------------

def table(title: str, header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Print a titled table: the first column left-aligned, the others right-aligned."""
    cells = [tuple(str(c) for c in row) for row in (header, *rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for row in cells:
        aligned = (c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        print("  " + "  ".join(aligned))


def verdict(ok: bool) -> str:
    """A met target as 'ok', a missed one as 'MISSED'."""
    return "ok" if ok else "MISSED"


def options() -> argparse.Namespace:
    """The command-line options."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the generated store (default 1,000,000)")
    ap.add_argument("--limit", type=int, default=120, help="articles of the corpus to ingest (default 120)")
    ap.add_argument("--rebuild", action="store_true", help="build the generated store even if it is cached")
    ap.add_argument("--skip-ingest", action="store_true", help="skip the ingest and size figures (1 and 2)")
    ap.add_argument("--repeat", type=int, default=20, help="timed runs of each query (default 20)")
    return ap.parse_args()


def main() -> int:
    """Run the benchmarks the options ask for and print their figures."""
    args = options()
    if not args.skip_ingest:
        bench_ingest(args.limit)
    path, meta = cached_store(args.events, args.rebuild)
    started = time.perf_counter()
    store = Store(path)
    open_s = time.perf_counter() - started
    report_build(path, meta, store.stats(), open_s)
    bench_queries(store, args.repeat)
    store.conn.close()  # not Store.close(): its PRAGMA optimize would add statistics to the cached store
    print(f"\n5. Peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
