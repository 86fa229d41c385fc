"""What an article has told so far, for the parties a sentence names only by reference: the parties of the talks
or the deal it names by a noun ("Canberra welcomed the agreement": the parties of the agreement coded before),
the doer of an act it names by a noun ("condemned the strikes": who struck, or whom an earlier phrase named as
striking, "Russia's strikes"), and the two sides of the story
("both countries", "the two ministers": the pair the article's events have been about most, the latest on a tie).
Nothing is invented: without an earlier event, a reference names no party.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from ..document import Event, Party

ANY = "ANY"  # the kind of a reference to the act the story is about, its first ("backed the decision")
STATED = "STATED"  # the kind of a reference to the latest act done in words ("denounced the statement")
RECENT = 100  # tokens after a mutual act within which "the two" are its parties, whatever the story's sides
SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN", "AGREE"})  # acts done in words
ACCUSING = "ACCUSE"  # the type of a charge a later denial answers
GOOD_OFFICES = frozenset({"CONSULT", "REQUEST", "AGREE"})  # what a third party does towards both sides


class Story:
    """The events of an article so far, indexed for the lookups above (each lookup and addition is cheap)."""

    def __init__(self) -> None:
        self._latest: dict[str, list[Event]] = {}  # type -> the events of the latest reading of that type
        self._mutual: list[Event] = []  # the events of the latest mutual reading (talks, deals, cooperation)
        self._pairs: Counter[frozenset[str]] = Counter()  # the countries of an event's two parties -> events
        self._recent: dict[frozenset[str], int] = {}  # pair -> the order of its latest event
        self._named: dict[frozenset[str], tuple[str, str]] = {}  # pair -> its countries as first named
        self._count = 0
        self._aimed: dict[int, list[Party]] = {}  # predicate token -> the targets with a country of its events
        self._done: dict[str, Party] = {}  # type -> the doer of the latest act of that type named by a noun
        self._mutual_at = -RECENT - 1  # the token of the latest mutual reading with parties on both sides
        self._accusers: dict[str, Party] = {}  # country -> the latest party that accused it

    def add(self, events: list[Event], mutual: bool, token: int) -> None:
        """Add the events of one reading of the predicate at token ``token``, ``mutual`` where its code is one of
        mutual acts."""
        self._aimed[token] = [e.target for e in events if e.target is not None and e.target.country]
        events = [e for e in events if not e.negated and e.source.country]
        for event in events:
            if event.type == ACCUSING and event.modality == "asserted" and event.target is not None and \
                    event.target.country and event.target.country != event.source.country:
                self._accusers[event.target.country] = event.source
        aimed = [e for e in events if e.target is not None]
        if not aimed and events:  # "offered to host talks": the offer's maker, for "the offer"
            self._latest.setdefault(events[0].type, events)
        events = aimed
        if not events:
            return
        self._latest[events[0].type] = events
        self._latest.setdefault(ANY, events)  # the story's first act, which "the decision" refers to
        if events[0].type in SAID:
            self._latest[STATED] = events  # "In a joint statement, the two leaders urged ...": its authors
        if mutual:
            self._mutual = events
            self._mutual_at = token
        third = _third_party(events)
        if third is not None:  # "spoke with the Saudi minister and the Houthis' negotiator": those two are sides
            others = list(dict.fromkeys(c for e in events for c in (e.source.country, e.target.country if e.target
                                                                     else None) if c and c != third))
            if len(others) == 2:
                self._count_pair(others[0], others[1])
        for event in events:
            source, target = event.source.country or "", event.target.country if event.target else None
            if target is None or target == source:
                continue  # a domestic act tells nothing of the two sides
            if third in (source, target):
                continue  # "the Liberian president spoke with both leaders": not a side of the story
            self._count_pair(source, target)

    def _count_pair(self, source: str, target: str) -> None:
        pair = frozenset({source, target})
        self._count += 1
        self._pairs[pair] += 1
        self._recent[pair] = self._count
        self._named.setdefault(pair, (source, target))

    def named(self, kinds: list[str], doer: Party) -> None:
        """An act named by a noun with its doer ("Ecuador's raid on the embassy"), of the first of ``kinds``."""
        if doer.country:
            self._done[kinds[0]] = doer

    def parties_of(self, kinds: list[str], mutual: bool) -> list[Party]:
        """The parties of the latest act of the first of ``kinds`` coded so far: both sides of a mutual one (the
        latest mutual act where none of those types was coded), the doer of any other."""
        events = next((self._latest[k] for k in kinds if k in self._latest), None) or (self._mutual if mutual else [])
        if kinds == [STATED]:  # all who said it ("the two leaders' joint statement")
            return list({e.source.country: _copy(e.source) for e in events if e.source.country}.values())
        if not mutual:
            done = next((self._done[k] for k in kinds if k in self._done), None) if not events else None
            doers = list({e.source.country: _copy(e.source) for e in events if e.source.country}.values())
            return doers or ([_copy(done)] if done is not None else [])  # "the strikes" of the US and Britain
        found: dict[str | None, Party] = {}
        for event in events:
            for party in (event.source, event.target):
                if party is not None and party.country:
                    found.setdefault(party.country, _copy(party))
        return list(found.values())

    def accuser(self, country: str) -> Party | None:
        """The party that last accused a country ("Pakistan accused the Taliban of sheltering the TTP"), whom its
        denial answers."""
        found = self._accusers.get(country)
        return None if found is None else _copy(found)

    def aimed(self, token: int) -> list[Party]:
        """The targets with a country of the predicate at token ``token`` (of this sentence or an earlier one)."""
        return [_copy(p) for p in self._aimed.get(token, [])]

    def sides(self, states: Callable[[str], bool] | None = None, at: int | None = None,
              state: Callable[[str], bool] | None = None) -> list[str]:
        """The countries of the two sides the article's events have been about most (the latest pair on a tie);
        with ``states``, of the pairs of two states first ("both governments" in a story an envoy mediates).
        Read at token ``at`` just after a mutual act of two states (``state``), the two of that act ("Morishima
        and Bae held a summit ... the two leaders urged Beijing")."""
        if not self._pairs:
            return []
        latest = list(dict.fromkeys(e.source.country or "" for e in self._mutual))
        if at is not None and state is not None and 0 <= at - self._mutual_at <= RECENT and len(latest) == 2 and all(
                state(c) for c in latest):
            return latest
        pairs = [p for p in self._pairs if states is not None and all(states(c) for c in p)] or list(self._pairs)
        pair = max(pairs, key=lambda p: (self._pairs[p], self._recent[p]))
        return list(self._named[pair])


def _third_party(events: list[Event]) -> str | None:
    """The country of one reading's party that talks to, urges or offers its services to two others ("urged
    Pristina and Belgrade to ...", "spoke by telephone with both leaders"), which is no side of their story."""
    if not events or events[0].type not in GOOD_OFFICES:
        return None
    pairs = [(e.source.country, e.target.country) for e in events if e.target is not None and e.target.country
             and e.source.country != e.target.country]
    for code in {s for s, _ in pairs}:
        others = {t for s, t in pairs if s == code}
        if len(others) > 1 and all(code in pair for pair in pairs):
            return code
    return None


def _copy(party: Party) -> Party:
    return replace(party)
