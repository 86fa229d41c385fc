"""Linking mentions to actors: same names, surnames, stand-ins, groups, descriptions and pronouns.

Mentions are taken in text order; each one joins an actor already seen or starts a new one. Pronouns and
definite descriptions only ever join an actor already seen (rules in ``antecedent`` and ``described``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..document import Actor, Span
from ..kb import NAME_PARTICLES, Entry, KnowledgeBase, norm
from ..kb import as_date as kb_date
from .mentions import Mention

PLAIN_PEOPLE = frozenset({"woman", "man", "girl", "boy"})  # words that tell only a person's gender and age
ARTICLES = ("the ", "a ", "an ")  # the words that open a mention no possessive owns
GOVERNMENT_WORDS = {"government", "administration", "regime", "cabinet", "presidency"}
PLACING_SECTORS = {None, "GOV", "MIL", "COP", "LEG", "JUD", "OPP"}  # actors whose country says where we are
TRADESPEOPLE = frozenset({"traders", "hauliers", "truckers", "drivers", "merchants", "vendors",
                          "shopkeepers"})  # who act at home, unlike the firms of any country a story names
PEOPLES = frozenset({"CVL", "BUS", "LAB", "AGR", "EDU", "MED", "REF"})  # groups told apart by what they are
SAME_PEOPLE = {"demonstrators": "protesters", "protestors": "protesters", "marchers": "protesters",
               "laborers": "labourers", "fishers": "fishermen"}
ABROAD_PRONE = frozenset({"fishermen", "fishers", "nationals", "seafarers", "passengers", "tourists", "pilgrims",
                          "hostages", "detainees", "defectors", "exiles", "seamen", "crewmen",
                          "sailors"})  # people often caught abroad
DOMESTIC_SECTORS = {"COP", "JUD", "CVL", "EDU", "LAB", "OPP", "AGR", "LEG"}  # who act at home: police, courts,
# protesters, lawmakers
NATIONAL_SECTORS = {"GOV", "MIL", "COP", "LEG", "OPP", "JUD", "CVL", "REB", "SPY", "PTY", "LAB", "AGR"}
LEADING_OFFICES = frozenset({"head_of_state", "head_of_government"})  # a president or premier named without a
# country, in a story told from a capital that names no one state most: that capital's
HOSTING = frozenset({"host", "visitor"})  # the one at home where two met, and the one who came
SEAT_POPULATION = 100_000  # a city this large, named as one who acts, stands for the authorities seated there
POSSESSIVES = frozenset({"his", "her", "its", "their"})
COUNTERPARTS = frozenset({"counterpart", "counterparts", "ally", "allies", "partner", "partners", "neighbour",
                          "neighbours", "neighbor", "neighbors", "rival", "rivals"})  # of another side than their owner
SPEAKING_BODIES = {"IGO", "NGO", "MED", "BUS"}  # bodies whose unnamed spokespeople speak for them
SPELLING_SIMILARITY = 0.55  # two spellings of one given name ('Sergei', 'Sergey'; 'Volodymyr', 'Vladimir')
PARAGRAPH_REACH = 1  # pronouns look back into the previous paragraph, no further
APPOSED = len(", Hon. Dr. ")  # a name this close after a description names its holder


@dataclass
class Draft:
    """An actor being built: what is known so far and the mentions that refer to it."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None
    gender: str | None = None
    office: str | None = None
    key: tuple[str | None, ...] | None = None
    mentions: list[Mention] = field(default_factory=list)
    family_first: frozenset[str] = frozenset()  # countries whose names put the family name first
    _names: tuple[tuple[str, str | None], tuple[str, str, frozenset[str]]] = (("", None), ("", "", frozenset()))

    @property
    def surname(self) -> str:
        return self.names[1]

    @property
    def names(self) -> tuple[str, str, frozenset[str]]:
        """Index forms of the full name, the surname and the words usable alone (kept while the name stays)."""
        if self._names[0] != (self.name, self.country):
            words = self.name.split() if self.kind == "person" else []
            syllabic = len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]) is not None  # "Ryu
            # Seong-cheol": a given name of two syllables after the family name
            alone = [words[-1], words[0]] if self.country in self.family_first or syllabic else words[-1:]
            if len(words) > 2 and self.country not in self.family_first:
                alone = words[1:]  # "Barreda" or "Quispe" of "Gonzalo Barreda Quispe"
            family = frozenset(norm(w) for w in alone) if len(words) > 1 else frozenset()
            self._names = ((self.name, self.country), (norm(self.name), norm(words[-1]) if words else "", family))
        return self._names[1]

    def absorb(self, m: Mention) -> None:
        """Add a mention, filling what the draft does not know yet from it."""
        self.mentions.append(m)
        self.country = self.country or m.country
        self.sector = self.sector or m.sector
        self.role = self.role or m.role
        self.office = self.office or m.office
        if m.form != "pronoun":
            self.gender = self.gender or m.gender


class Linker:
    """Holds the drafts of one document while its mentions are linked."""

    def __init__(self, kb: KnowledgeBase, date: dt.date | None, dateline: str | None = None) -> None:
        self.kb = kb
        self.date = date
        self.dateline = dateline  # the country of the dateline's place, where the story is told from
        self.drafts: list[Draft] = []
        self.people: list[Draft] = []
        self.unnamed: list[Draft] = []  # people a description introduced and no name has named yet
        self.indefinite: list[Draft] = []  # "a farmer from Talavera": named only by "The farmer, X"
        self.history: list[tuple[Mention, Draft]] = []  # linked mentions in text order
        self.aliases: dict[str, Draft] = {}  # acronyms given in parentheses after a name
        self.home: str | None = None  # the country the text is mostly about
        self.dominant = False  # named at least twice as often as any other: no story between two countries
        self.written: list[list[str]] = []  # the words of every person's name the text writes in full
        self.titled: list[Mention] = []  # persons named with a title that gives their role
        self.named: list[Mention] = []  # persons named

    def _home(self, mentions: list[Mention]) -> str | None:
        """The country most names and states of the text belong to, when one clearly leads: the dateline's
        place counts once, and what speakers name inside quotations does not count."""
        counts: dict[str, int] = {self.dateline: 1} if self.dateline else {}
        for m in mentions:
            if m.form in ("name", "state", "standin") and m.country and self.kb.country(m.country) \
                    and not m.in_quote:
                counts[m.country] = counts.get(m.country, 0) + 1
        ranked = sorted(counts.values(), reverse=True) + [0, 0]
        top = max(counts, key=lambda c: counts[c], default=None)
        self.dominant = ranked[0] >= 2 * ranked[1]
        return top if top and ranked[0] >= 2 and ranked[0] > ranked[1] else None

    def link(self, mentions: list[Mention]) -> None:
        self.home = self._home(mentions)
        self.written = [m.name.split() for m in mentions if m.kind == "person" and len(m.name.split()) > 1]
        self.titled = [m for m in mentions if m.form == "name" and m.kind == "person" and m.role]
        self.named = [m for m in mentions if m.form == "name" and m.kind == "person"]
        for m in mentions:
            if m.serves and (body := self._serving(m)):
                m.country, m.sector = body, "IGO"
            draft = self._target(m)
            if draft is not None:
                draft.absorb(m)
                self.history.append((m, draft))
        self.settle()

    def _target(self, m: Mention) -> Draft | None:
        if m.form == "pronoun":
            return self.antecedent(m)
        if m.alias_of is not None:
            return self._abbreviated(m)
        if m.kind != "person" and m.definite and m.word and (m.name.lower() == m.word or self.kb.described_by(
                m.name.lower())):  # 'the kingdom', 'the island nation'
            found = self._by_description(m)
            refers = self._described(m)
            if found is not None or (refers and all(r.startswith("country:") for r in refers)):
                return found  # 'the island' with no island named before is no actor
        if m.form == "description" and m.kind == "person":
            if m.definite:
                return self.described(m)
            self._affiliate(m)
            if m.office and self._of_government(m):
                self._place(m)  # "a presidency spokesman" of a story told from Bangui
            draft = self._new(m, m.name)
            self.indefinite.append(draft)
            return draft
        if m.kind == "person":
            return self._person(m) if m.name.split() else None
        if m.form == "description":
            return self._organisation_word(m)
        return self._keyed(m)

    # -- creating --------------------------------------------------------------------------------------------
    def _new(self, m: Mention, name: str, entry: Entry | None = None, key: tuple | None = None) -> Draft:
        d = Draft(name, m.kind, key=key)
        if entry is not None:
            self._apply(d, entry)
        self.drafts.append(d)
        if d.kind == "person":
            d.family_first = frozenset(self.kb.surname_first)
            self.people.append(d)
        return d

    def _apply(self, d: Draft, entry: Entry) -> None:
        d.name, d.kb_id, d.country, d.sector = entry.name, entry.kb_id, entry.country, entry.sector
        d.gender, d.office = entry.gender or d.gender, entry.office
        d.role = entry.role
        if entry.kind == "person" and not entry.active(self.date):
            start = kb_date(entry.start)
            if start and self.date and start > self.date:  # not yet in that office
                d.role, d.office, d.sector = None, None, None
            elif entry.role:
                d.role = f"former {entry.role}"

    def _abbreviated(self, m: Mention) -> Draft | None:
        """An acronym in parentheses joins the actor of the name before it, and names it from then on."""
        named = next((d for x, d in reversed(self.history) if x.start == m.alias_of), None)
        if named is None:
            return self._keyed(m)
        self.aliases[norm(m.name)] = named
        return named

    def _by_description(self, m: Mention) -> Draft | None:
        """'The bloc', 'the rebels', 'the kingdom': the latest actor of the kind the data give the word."""
        refers = self._described(m)
        speaker = next((d for x, d in reversed(self.history) if x.sent == m.sent and x.start < m.start and x.subject
                        and d.kind == "person" and d.country), None)
        if speaker is not None and f"country:{speaker.country}" in refers:  # "The prince said the kingdom's
            home = next((d for _, d in reversed(self.history) if d.kb_id == f"country:{speaker.country}"), None)
            if home is not None:  # relations ...": his own kingdom, not the one named last
                return home
        fitting: list[tuple[Mention, Draft, str]] = []  # (mention, draft, how it fits), latest first
        placed = bool(m.country and self.kb.country(m.country))
        for x, d in reversed(self.history if refers else []):
            if fitting and x.sent < fitting[0][0].sent:
                break  # the latest sentence with one that fits is read whole
            if x.start >= m.start or (placed and d.country != m.country):
                continue  # 'the foreign ministry in Beijing' is not Iran's named before
            if _refers_to(refers, x, d):
                fitting.append((x, d, "named"))
            elif (body := self._employer(d)) is not None and body.kb_id in refers:  # 'the agency' after 'the
                fitting.append((x, d, "employer"))  # IAEA's director general'
            elif f"country:{d.country}" in refers and x.para >= m.para - 1 and (
                    x.subject or (x.sent >= m.sent - 1 and d.kind != "person")):
                fitting.append((x, d, "state"))  # 'the kingdom' after 'Saudi Foreign Minister X spoke ...', 'the
                # junta' after 'the Myanmar military' or 'according to Niger's state broadcaster'
        if not fitting:  # "MALÉ — ... a week after the island nation delayed a payment": where it is told from
            told = self.dateline or self.home
            return self._state_coded(m, told, refers) if told and all(r.startswith("country:") for r in refers) \
                else None
        latest = [f for f in fitting if f[0].sent == fitting[0][0].sent]
        states = all(r.startswith("country:") for r in refers)
        x, d, how = next((f for f in latest if f[0].subject and states), fitting[0])  # "Saudi Foreign Minister X
        # met Jordan's King Y. The kingdom pledged ...": the state of the one who acted
        if how == "named":
            return d
        if how == "employer" and (body := self._employer(d)) is not None:
            m.kind, m.entry, m.country, m.sector = "organization", body, body.country, body.sector
            return self._keyed(m)
        return self._state_of(m, d, refers)

    def _state_of(self, m: Mention, d: Draft, refers: tuple[str, ...]) -> Draft | None:
        """The state of an actor that a description of states stands for ('the kingdom' after 'Jordan's foreign
        ministry'), as the description's own actor."""
        return self._state_coded(m, d.country, refers)

    def _state_coded(self, m: Mention, code: str | None, refers: tuple[str, ...]) -> Draft | None:
        state = self.kb.country(code or "") if f"country:{code}" in refers else None
        entry = next((e for e in self.kb.lookup(state.name) if e.kb_id == f"country:{state.code}"), None) \
            if state is not None else None
        if entry is None:
            return None
        m.kind, m.entry, m.country, m.sector = "state", entry, entry.country, None
        return self._keyed(m)

    def _described(self, m: Mention) -> tuple[str, ...]:
        return self.kb.described_by(m.name.lower()) or self.kb.described_by(m.word)

    def _employer(self, d: Draft) -> Entry | None:
        """The international organisation officials work for, when its code is its own ('IAEA', 'ASEAN')."""
        if d.kind not in ("person", "group") or not d.country or self.kb.country(d.country):
            return None
        return next((e for e in self.kb.lookup(d.country) if e.kind == "organization"), None)

    # -- people ----------------------------------------------------------------------------------------------
    def _person(self, m: Mention) -> Draft:
        entry = m.entry or self._kb_person(m.name, m.country)
        if entry is not None and m.office and not any(
                t.office == m.office for t in self.kb.terms(entry.kb_id or "", entry.name)):
            entry = None  # "Defence Minister Pedro Sánchez" is not Spain's prime minister of that name
        if entry is not None:
            return self._kb_draft(m, entry)
        seen = self._seen_person(m.name)
        if seen is not None:
            if m.also and m.country and seen.country and m.country != seen.country:
                m.also, m.country = [], seen.country  # "trusted Soydan, the Greek minister, ...": another person
            if len(m.name.split()) > len(seen.name.split()) and not seen.kb_id:
                seen.name = m.name
            return seen
        self._owned(m, [s for s, _ in m.also])  # "its director general, X"
        self._owned(m, [x.start for s, _ in m.also for x, _ in self.history if 0 < s - x.end <= len("'s ")
                        and x.form != "pronoun" and x.sent == m.sent])  # "the junta's foreign minister, Than Zaw Oo"
        self._affiliate(m)
        posted = self._posted_before(m)
        if posted is not None:  # "Greece summoned Turkey's ambassador ... told Ambassador Selim Aydemir": the envoy
            self.unnamed.remove(posted)  # described before, whatever state the story is told from
            posted.name = m.name
            return posted
        self._place(m)
        introduced = self._introduced(m)
        if introduced is not None:
            (self.unnamed if introduced in self.unnamed else self.indefinite).remove(introduced)
            introduced.name = m.name
            return introduced
        return self._new(m, m.name)

    def _kb_person(self, name: str, country: str | None = None) -> Entry | None:
        """A person of the knowledge base by surname ('Putin') or by initial and surname ('Sergey Lavrov').

        A given name written out must be the person's ('Sadiq Khan' is not Imran Khan), and a country the
        text gives must be theirs ('Pedro Sánchez, Colombia's defence minister' is not Spain's).
        """
        if self._seen_person(name) is not None:
            return None
        words = name.split()
        found = self.kb.surname(words[-1], self.date)
        if country and self.kb.country(country):
            found = [e for e in found if e.country == country]
        if len(words) > 1:  # a given name of the other sex is someone else ("Julie" is not "Julio")
            sex = self.kb.given_names.get(words[0])
            found = [e for e in found if _same_given(words[0], e.name) and not (sex and e.gender and e.gender != sex)
                     and _middle_fits(words, e.name)]
        else:  # "Sanders" in a story that names Bernie Sanders in full is he, whoever the data know by that surname
            full = [w for w in self.written if words[0] in w]  # "Herrera Lagos", "Lee Mei Xin"
            found = [e for e in found if not full or any(
                _same_given(w[0], e.name) and w[-1] == e.name.split()[-1] for w in full)]
        active = [e for e in found if e.active(self.date)]
        if len(active) == 1 or (not active and len({e.kb_id for e in found}) == 1):
            return (active or found)[0]
        return None

    def _kb_draft(self, m: Mention, entry: Entry) -> Draft:
        for d in reversed(self.drafts):
            if d.kb_id == entry.kb_id:
                return d
        seen = self._seen_person(entry.name)
        if seen is not None and not seen.kb_id:
            self._apply(seen, entry)
            return seen
        return self._new(m, entry.name, entry)

    def _seen_person(self, name: str) -> Draft | None:
        """An earlier person with this name, or whose surname this one-word name is (or the reverse)."""
        key, words = norm(name), name.split()
        last = norm(words[-1])
        for d in reversed(self.people):
            full, surname, family = d.names
            if full == key or (len(words) == 1 and (key in family or key == surname)):
                return d
            if len(words) == 1 and _patronymic(d.name) and norm(d.name.split()[0]) == key:
                return d  # "Prince Khalid" of "Khalid bin Mansour Al Saud": named by the given name
            if full == surname and last == surname and not d.kb_id:
                return d
            if len(words) > 1 and _part_of([norm(w) for w in words], [norm(w) for w in d.name.split()]):
                return d  # "Otieno Oduya" or "Gonzalo Barreda" of "Collins Otieno Oduya", "Gonzalo Barreda Quispe"
        return None

    # -- descriptions ----------------------------------------------------------------------------------------
    def _owned(self, m: Mention, owners: list[int]) -> None:
        """An official a body's "its" owns ("the agency said ... its director general, Tomás Echeverría, urged")
        serves that body."""
        body = next((d for x, d in reversed(self.history) if x.start in owners), None)
        named = m.owner is None and m.word not in COUNTERPARTS and m.role not in HOSTING  # "Aydınoğlu's spokesman":
        # the country his employer serves; not "his counterpart" or "his host"
        serving = body is not None and (body.kind == "organization" or body.sector == "IGO") and bool(
            body.country) and self.kb.country(body.country or "") is None  # "its director, X, a British diplomat":
        # the body's, whatever her nationality
        if body is not None and (body.kind in ("organization", "state") or (body.kind == "person" and named)) \
                and body.country and (not m.country or (serving and m.serves)):
            m.country, m.sector = body.country, "IGO" if serving else body.sector or m.sector

    def described(self, m: Mention) -> Draft:
        """The most recent person the description fits ('the Argentine leader'), else the office holder."""
        word = (self.kb.role(m.role) or self.kb.role(m.role.split()[-1])) if m.role else None
        possessed = [x.start for x, _ in self.history if m.possessor is not None and x.start <= m.possessor < x.end]
        self._owned(m, [m.owner] if m.owner is not None else possessed)  # "the junta's spokesman": the junta's
        if not m.country and " of " in m.name:
            m.country = self._of_named(m.name.split(" of ", 1)[1])  # "the head of the military government"
        people = [d for d in reversed(self.drafts) if d.kind == "person" and d.mentions
                  and not (m.country and d.country and m.country != d.country and (
                      self.kb.country(d.country) or not self._national(m)))  # "the Norwegian diplomat" may serve
                  # the UN; "Russia's ambassador" serves Russia
                  and not (m.gender and d.gender and m.gender != d.gender)]
        people.sort(key=lambda d: -max((x.start for x in d.mentions if x.start < m.start), default=-1))
        if m.word in COUNTERPARTS and (other := self._counterpart(m, people)) is not None:
            return other
        if m.role in HOSTING and m.owner is not None and (other := self._counterpart(m, people)) is not None:
            return other  # "His host, speaking after him": the other side's leader
        if m.role in HOSTING and self.dateline and (met := [d for d in people if d.country and (
                d.country == self.dateline) == (m.role == "host") and any(x.form == "name" for x in d.mentions)]):
            return met[0]  # "WARSAW — ... 'We are ready,' the host said": the one of the country the talks are in
        if not m.country and self.home and m.office:  # "the prime minister", not "the veteran diplomat"
            people = self._home_first(m, people)
        peer = next((d for d in people if d.role in COUNTERPARTS and m.country and d.country == m.country), None)
        if peer is not None and word is not None and word.kind == "person":
            return peer  # "his Ivorian counterpart, Y" is "the Ivorian president" after "President X of Ghana"
        def fits(d: Draft) -> bool:
            role, office = self._held(d)
            return word.fits(self._canonical(role), office, d.sector) if word else d.role == m.role

        own = self._canonical(m.role)
        same = next((d for d in people if own and (self._canonical(d.role) == own or (m.former and any(
            self._canonical(r) == own or (word is not None and f"role:{self._canonical(r)}" in word.covers)
            for x in d.mentions for r in x.roles)))), None)  # "X, a former commander ... the former general"
        here = next((d for d in people if word is not None and fits(d) and any(
            x.para == m.para and x.start < m.start for x in d.mentions)), None)
        if same is not None and here is not None and not any(x.para == m.para for x in same.mentions):
            return here  # "Ledesma, speaking at the airport, said ... 'A code ...,' the veteran diplomat said": the
            # minister of this paragraph, not an unnamed diplomat of an earlier one
        if same is not None:  # 'the diplomat' is the diplomat named before, not a minister named since
            return same
        title = m.role.split()[-1] if m.role and word is not None and word.kind == "person" else None
        titled = next((d for d in people if title and title in (self._held(d)[0] or "").split()), None)
        if titled is not None:  # "the minister" is the Minister of Foreign Affairs, not the Secretary of State
            return titled  # named since, whose office is a foreign minister's too
        found = next((d for d in people if fits(d)), None)
        if found is not None:
            return found
        last = people[0] if people else None
        if last is not None and self._national(m) and m.definite and not self.kb.country(last.country or "") \
                and last.name[:1].isupper() and any(x.para >= m.para - 1 and x.start < m.start for x in last.mentions):
            return last  # "Its head, Dr. Annelies Verhoeven, told reporters ... the Dutch diplomat said": a national
            # serving a body, whose nationality the text gives only now
        self._affiliate(m)
        if m.office and not m.former:
            told = self.dateline if self.dateline and self.kb.country(self.dateline) else self.home
            m.country = m.country or told or self.context_country(m)  # "YEREVAN — Foreign Minister X": Armenia's
        if m.country and m.office and not m.former and not self._named_later(m):
            holder = self.kb.office_holder(m.country, m.office, self.date, m.role, m.surface or m.name)
            if holder is not None:
                return self._kb_draft(m, holder)
        draft = self._new(m, m.name)
        self.unnamed.append(draft)
        return draft

    def _national(self, m: Mention) -> bool:
        """Whether a description calls someone a diplomat of a nationality ("the veteran Norwegian diplomat"), who
        may serve a body, not a state ("Russia's ambassador", "the Dutch foreign minister" serve theirs)."""
        words = m.name.replace("’", "'").split()
        return bool(m.country) and (m.role or "").split()[-1:] == ["diplomat"] and not any(
            w.endswith("'s") for w in words) and any(self.kb.demonym(w) for w in words if not w.isupper())

    def _held(self, d: Draft) -> tuple[str | None, str | None]:
        """The role and office of a person: a counterpart's are those of the one whose counterpart they are ("his
        Greek counterpart, Nikolaos Vlachopoulos", of a foreign minister, is one)."""
        if d.role not in COUNTERPARTS:
            return d.role, d.office
        owner = next((e for x, e in self.history if e is not d and x.form == "pronoun" and e.kind == "person"
                      and any(a <= x.start < b for y in d.mentions for a, b in [(y.start, y.end), *y.also])), None)
        if owner is None or owner.role in COUNTERPARTS:
            return d.role, d.office
        return owner.role, owner.office

    def _named_later(self, m: Mention) -> bool:
        """Whether the text names, after a description, a person of its country and office ("Guyana's president
        said ...", then "President of the Co-operative Republic of Guyana Dr. Vikram Deonarine"): that person,
        not the office holder the data know, is the one meant."""
        own = self._canonical(m.role)
        if any(x.sent == m.sent and 0 < x.start - m.end <= APPOSED for x in self.named):
            return True  # "the Prime Minister of Papua New Guinea, Hon. Joseph Kaupa Wanpis": named right after
        return bool(own) and any(x.start > m.start and x.country in (m.country, None) and own in {
            self._canonical(r) for r in (x.role, *x.roles)} for x in self.titled)

    def _counterpart(self, m: Mention, people: list[Draft]) -> Draft | None:
        """The named person of another country than its owner's mentioned last before "his counterpart" in this
        paragraph or the two before ("Benítez, speaking with Brazil's Minister of Mines and Energy, Otávio Mendes
        Falcão, ... His counterpart replied": Falcão)."""
        owner = next((d for x, d in reversed(self.history) if x.start == m.owner or (  # "His [Kazakh] counterpart"
            m.owner is None and x.form == "pronoun" and x.name.lower() in POSSESSIVES and 0 < m.start - x.end < 16)),
            None)
        if owner is None or not owner.country:
            return None
        others = [d for d in people if d is not owner and d.name[:1].isupper() and d.country
                  and d.country != owner.country]
        near = [(max(x.start for x in d.mentions if x.start < m.start), d) for d in others
                if any(x.start < m.start and x.para >= m.para - 2 and x.form == "name" for x in d.mentions)]
        if not near and (own := self._canonical(owner.role)) and own not in COUNTERPARTS:
            peers = [d for d in others if self._canonical(d.role) == own and d not in self.unnamed
                     and d not in self.indefinite]  # the one peer of the owner's office named before
            return peers[0] if len(peers) == 1 else None
        if not near:  # the owner is known only as someone's counterpart: the one of another country named before
            near = [(max(x.start for x in d.mentions if x.start < m.start), d) for d in others
                    if any(x.start < m.start and x.form == "name" for x in d.mentions)]
        return max(near, key=lambda found: found[0])[1] if near else None

    def _posted_before(self, m: Mention) -> Draft | None:
        """The one unnamed envoy of the same post described before a named one whose title gives no country."""
        role = self.kb.role(m.role or "")
        if m.country or role is None or not ({"sender", "posted"} & set(role.covers)):
            return None
        own = self._canonical(m.role)
        found = [d for d in self.unnamed if d.country and self._canonical(d.role) == own]
        return found[0] if len(found) == 1 else None

    def _introduced(self, m: Mention) -> Draft | None:
        """The person a description introduced before naming them: "Brazil's environment minister said ...",
        then "Brazilian Environment Minister Luíza Carvalho Menezes": the same role of the same country."""
        own = self._canonical(m.role)
        if own and m.introduced:  # "A rice farmer from Talavera said ... The farmer, Teresita Galang, said"
            found = next((d for d in reversed(self.indefinite) if self._canonical(d.role) == own
                          and not (m.gender and d.gender and m.gender != d.gender)), None)
            if found is None and own in PLAIN_PEOPLE and self.indefinite:  # "said a mother of six ... The woman,
                last = self.indefinite[-1]  # Neema Bahati, said": the one described last, of her gender
                found = last if not (m.gender and last.gender and m.gender != last.gender) else None
            if found is not None:
                return found
        joined = {self._canonical(r) for r in m.roles}  # "Qatar's prime minister said ... Prime Minister and
        # Minister of Foreign Affairs Sheikh Faisal": the further title names the one described
        if not own or not (m.country or joined):
            return None
        return next((d for d in reversed(self.unnamed) if (
            (d.country == m.country and self._canonical(d.role) == own) or self._canonical(d.role) in joined)
            and not (m.gender and d.gender and m.gender != d.gender)), None)

    def _home_first(self, m: Mention, people: list[Draft]) -> list[Draft]:
        """People of the article's own country first; only they, when it is the story's one country and its
        office holder can be the one meant ('The prime minister told MPs' in a British text is Britain's, not a
        Polish premier named before; in a story of two countries' leaders, the one prime minister named)."""
        mine = [d for d in people if d.country == self.home]
        holder = None
        if self.home and m.office and not m.former and self.dominant:
            holder = self.kb.office_holder(self.home, m.office, self.date, m.role, m.surface or m.name)
        return mine if holder is not None else mine + [d for d in people if d.country != self.home]

    def _canonical(self, role: str | None) -> str | None:
        return self.kb.canonical(role)

    def _organisation_word(self, m: Mention) -> Draft | None:
        """'the ministry', 'the bloc': the latest organisation called so, the one the data call so, or a new one.

        'A government' or 'a joint inspection regime' names no one: it is no actor.
        """
        word = m.word or m.name.split()[-1].lower()
        if not m.definite and word in GOVERNMENT_WORDS and not m.country:
            return None
        if m.regional and word in GOVERNMENT_WORDS and not m.country:
            return self._new(m, m.name)  # "the administration in the east" is none named before
        if m.definite and m.name.lower() != word and (described := self._by_description(m)) is not None:
            return described  # 'the six-member bloc' after the Gulf Cooperation Council
        owners = [d for x, d in self.history[-3:] if x.sent == m.sent and 0 <= m.start - x.end <= len("'s ")
                  and not m.surface.lower().startswith(ARTICLES)]  # not "near Guinea-Bissau, the army said"
        owned = bool(owners)
        if owners and owners[-1].country and not m.country and owners[-1].kind == "state":
            m.country = owners[-1].country  # "The kingdom's foreign ministry": the kingdom's, not another named
            # before
        if m.definite and word in GOVERNMENT_WORDS and not m.country and not owned \
                and (told := self._told_government(m)):
            m.country = told  # 'the government' of a story told from Managua is Nicaragua's
        for d in reversed(self.drafts if m.definite else []):
            if m.country and d.country and d.country != m.country:
                continue  # 'In Managua, the foreign ministry' is not Brazil's ministry named before
            if word in GOVERNMENT_WORDS and d.kind == "state" and d.sector == "GOV":
                return d
            if {m.sector, d.sector} == {"MIL", "REB"}:
                continue  # 'the army' is not the Karen National Liberation Army named before
            if d.kind in ("organization", "state") and (word in d.name.lower() or any(
                    word in x.surface.lower().split() for x in d.mentions)):
                return d  # 'the agency' after 'the UN refugee agency' (UNHCR)
        generic = self.kb.role(word)  # 'the bloc', 'the alliance': words the data give one organisation
        known = self.kb.lookup(word) if generic is not None and generic.sector is None and m.definite and not (
            m.qualifiers) else []  # not 'a rebel alliance'
        m.entry = next((e for e in known if e.kind == "organization"), None)
        if m.entry is not None:
            m.country, m.sector = m.entry.country, m.entry.sector
            return self._keyed(m)
        if m.definite and m.sector == "GOV" and not m.country and not m.owner and not owned \
                and (told := self._told_government(m)):
            m.country = told  # 'the foreign ministry' of a story told from Tallinn is Estonia's
        self._place(m)
        return self._keyed(m) if m.country else self._new(m, m.name)

    def _told_government(self, m: Mention) -> str | None:
        """The state whose government a bare 'the government' is: one spoken of as a government in this or the
        previous sentence, else the state the story is mostly about or told from."""
        for x, d in reversed(self.history):
            if x.sent < m.sent - 1:
                break
            if d.kind == "state" and d.sector == "GOV":
                return d.country  # 'Moscow said ... The government also', 'Moldova expelled ... The ministry
            if x.sent == m.sent and d.country and self.kb.country(d.country) and self._placing(d) and (
                    d.country != (self.dateline or self.home)):
                return None  # 'Iraqi lawmakers urged the government': their own; 'BOGOTA — The ELN freed four
                # soldiers, the Defence Ministry said': Colombia's all the same
        told = self.dateline if self.dateline and self.kb.country(self.dateline) else None
        return told or self.home  # told from Chisinau, Moldova's, however many Russians the story names

    def _place(self, m: Mention) -> None:
        """Give a national group or body without a country the country of the nearest state actor before it;
        an official of an international organisation the code of the nearest such organisation. A counterpart is
        of another side than its owner and the context: it takes no country from them."""
        if m.country or m.placed or m.word in COUNTERPARTS or m.word in ABROAD_PRONE:
            return  # "detained 61 fishermen": of no country the story does not give
        owner = next((d for x, d in reversed(self.history) if x.start == m.owner), None)
        if owner is not None and owner.country:
            m.country = owner.country
        elif m.sector == "IGO":
            m.country = self._nearby_organisation(m)
        elif m.sector in DOMESTIC_SECTORS or m.sector == "REB" or _state_run(m) or m.word in TRADESPEOPLE:
            # police, courts, protesters, insurgents, traders, state television: the country the story is in
            m.country = self.context_country(m, strict=m.kind != "person", near=True)
            told = self.dateline or self.home
            insurgent = m.sector == "REB" and told is not None and self.dateline == told and bool(
                self.kb.country(told))  # "PEMBA — Rwandan troops repelled an attack by insurgents": Mozambique's
            if m.country is not None and told and m.country != told and (
                    insurgent or not self._states_near(m, same=True)):
                m.country = told  # "SUVA, Fiji — ... The United States sent no one. Outside, police arrested"
            if m.country is None and (not self._states_near(m) or (told and self.kb.country(told))):
                homely = self.home is not None and self.dominant and any(
                    d.country and self.kb.country(d.country) for _, d in self.history)  # "SUVA — ... marched through
                # Honiara, and police fired": the home the story is mostly about, once a state is named; "YEREVAN —
                # The National Assembly voted", the first actor of the story: the dateline's
                m.country = self.home if homely else self.dateline or self.home
                # "the Constitutional Court" of a story told from Bogota,
                # whichever guarantors the sentence before names
        elif m.sector in NATIONAL_SECTORS and m.kind == "person" and m.office and not m.former and self.dateline \
                and (self.home == self.dateline or (self.home is None and m.office in LEADING_OFFICES and not
                                                    self._states_near(m, same=True, other_than=self.dateline))) \
                and self.kb.country(self.dateline):
            m.country = self.dateline  # "TOKYO — ... Prime Minister Haruki Tanabe said": the office of the state the
            # story is told from and mostly about, whichever state the sentence before named; not where the
            # sentence names another state first ("Australia will pay ..., Prime Minister X said" at a summit abroad)
        elif m.sector in NATIONAL_SECTORS:
            titled = m.kind == "person" and bool(m.role)
            ruling = m.kind == "organization" and m.subject and m.definite  # "The junta also recalled its ambassador":
            m.country = self.context_country(m, strict=m.kind != "person" and not ruling, subjects=titled or ruling)
            # the state the sentence before is about
            if m.country is None and (m.kind != "person" or m.role) and self.dateline and self.kb.country(
                    self.dateline) and not self._states_near(m, other_than=self.dateline):
                m.country = self.dateline  # "PUNO, Peru — ... President-elect Mariela Castañeda called on ...",
                # "BOGOTA — ..., the Defence Ministry said"

    def _affiliate(self, m: Mention) -> None:
        """An official who names no country works for the body just named: a 'bank spokesman' after the
        World Bank, 'a spokeswoman' after 'the European Commission said'; the body's country and sector are
        theirs."""
        if m.country or m.placed or not m.role:
            return
        m.country = self._qualified(m)  # "a junta spokesman": the junta the story is about
        if m.country is not None:
            return
        if self._of_government(m):
            return  # "a presidency spokesman", "a commerce ministry spokesman": a state's, not a body's just named
        subject_seen = False
        for x, d in reversed(self.history):
            if x.sent < m.sent - 1:
                break
            if x.start > m.start or not d.country:
                continue
            named = d.kind == "organization" and bool(m.qualifiers & set(d.name.lower().split()))
            latest_subject = x.subject and not subject_seen
            subject_seen = subject_seen or x.subject
            speaks = latest_subject and m.office == "spokesperson" and d.kind == "organization"
            if named or (speaks and (d.sector in SPEAKING_BODIES or (x.sent == m.sent and d.sector == "GOV"))):
                # "The Chinese embassy said it regretted the decision, and a spokesman accused India": the embassy's
                m.country, m.sector = d.country, d.sector or m.sector
                return

    def _qualified(self, m: Mention) -> str | None:
        """The country of the state a qualifier describes, named before ("a junta spokesman", "junta troops": the
        junta the story is about)."""
        for word in sorted(m.qualifiers):
            refers = self.kb.described_by(word)
            found = next((d for x, d in reversed(self.history) if x.start < m.start and d.country
                          and f"country:{d.country}" in refers), None) if refers else None
            if found is not None:
                return found.country
        return None

    @staticmethod
    def _of_government(m: Mention) -> bool:
        """Whether an official's description names a part of a state's government ("a presidency spokesman")."""
        return any(q in GOVERNMENT_WORDS or q.endswith("ministry") for q in m.qualifiers | set(m.name.lower().split()))

    def _of_named(self, phrase: str) -> str | None:
        """The country of a state-bound actor named before by this phrase ("the military government" of "the head
        of the military government", after "Myanmar's military government")."""
        words = phrase.lower().removeprefix("the ").strip()
        for x, d in reversed(self.history):
            if d.country and self.kb.country(d.country) and (x.name.lower().endswith(words)
                                                             or d.name.lower().endswith(words)):
                return d.country
        return None

    def _serving(self, m: Mention) -> str | None:
        """The international body an official serves, by the "its" of the title ("its chief, X, a Senegalese
        diplomat"), else the one named last (the head of the mission); none when "its" is a state's."""
        owner = next((d for x, d in reversed(self.history) if x.sent == m.sent and x.form == "pronoun"), None)
        if owner is None:
            return self._nearby_organisation(m)
        return owner.country if owner.kind == "organization" and owner.sector == "IGO" else None

    def _nearby_organisation(self, m: Mention) -> str | None:
        for x, d in reversed(self.history):
            if x.sent < m.sent - 1:
                break
            if d.kind == "organization" and d.sector == "IGO" and d.country:
                return d.country
        return None

    def settle(self) -> None:
        """Place national actors still without a country by the one country that follows them in the same
        sentence ('police said Kenya ...'); an organisation only when its sentence names no other country,
        and never one the knowledge base knows without a country (the Islamic State)."""
        for d in self.drafts:
            if d.country or d.sector not in NATIONAL_SECTORS or not d.mentions or any(x.placed for x in d.mentions):
                continue
            if (d.kind == "organization" and d.kb_id) or (d.kind == "group" and d.mentions[0].word in COUNTERPARTS):
                continue  # "allies ... Russia's behaviour": of another side than the one named next
            first = d.mentions[0]
            seen = {(x.start > first.start, e.country) for x, e in self.history if x.sent == first.sent
                    and (x.start < first.start or x.subject or e.kind != "person")  # not the envoy they summon
                    and (first.in_quote or not x.in_quote)  # a quotation places no one outside it
                    and e.country and self.kb.country(e.country) and self._placing(e)}
            after = {c for later, c in seen if later}
            if d.kind == "organization" and len({c for _, c in seen}) > 1:
                continue
            d.country = after.pop() if len(after) == 1 else None

    def _placing(self, d: Draft) -> bool:
        """Whether an actor's country says where the story is: not a post abroad ('the US Embassy in Baghdad')."""
        if d.sector not in PLACING_SECTORS:
            return False
        words = d.name.lower().split()
        return not any((role := self.kb.role(w)) is not None and "sender" in role.covers for w in words)

    def context_country(self, m: Mention, strict: bool = False, near: bool = False,
                        subjects: bool = False) -> str | None:
        """The country of the latest state-bound actor in this or the previous sentence, else (unless ``near``)
        the article's own.

        ``strict`` (groups, bodies): none when the two sentences name actors of several countries, as a wrong
        country is worse than none. ``subjects`` (people with a title): the latest that does something, where one
        does ('Bolivia closed the border. Foreign Minister X said': Bolivia's; 'The ministry said the diplomat at
        the Russian embassy ... Foreign Minister X said': the ministry's).
        """
        if subjects and (found := self._subject_country(m)):
            return found
        best: tuple[int, str] | None = None
        close: set[str] = set()
        counts: dict[str, int] = {}
        for d in self.drafts:
            if not d.country or self.kb.country(d.country) is None or not self._placing(d):
                continue
            for x in d.mentions:
                if x.start >= m.start or (x.in_quote and not m.in_quote):
                    continue
                counts[d.country] = counts.get(d.country, 0) + 1
                if x.sent >= m.sent - 1:
                    close.add(d.country)
                    if best is None or x.start > best[0]:
                        best = (x.start, d.country)
        if best:
            return None if strict and len(close) > 1 else best[1]
        if near:
            return None
        top = max(counts, key=lambda c: counts[c], default=None)
        return top if top and counts[top] >= 2 and 2 * counts[top] > sum(counts.values()) else None

    def _subject_country(self, m: Mention) -> str | None:
        """The country of the first subject of this sentence before the mention, else of the previous sentence's
        (the actor that sentence is about, not one its reported clause names); the dateline's, where either
        sentence names it."""
        firsts: dict[int, str | None] = {}
        for x, d in self.history:
            if x.sent < m.sent - 1 or x.start >= m.start or (x.in_quote and not m.in_quote):
                continue
            if self.dateline and d.country == self.dateline and self._placing(d):
                return self.dateline  # 'OSLO — ... which Norway set up. Foreign Minister X rejected the protest'
            if x.subject and x.sent not in firsts:
                firsts[x.sent] = d.country if d.country and self.kb.country(d.country) and self._placing(d) else None
        return firsts.get(m.sent) or firsts.get(m.sent - 1)

    # -- states, organisations, groups -----------------------------------------------------------------------
    def _keyed(self, m: Mention) -> Draft:
        if m.kind == "organization" and norm(m.name) in self.aliases:
            return self.aliases[norm(m.name)]
        if m.kind == "group" and not m.country and (described := self._qualified(m)):
            m.country = described  # "junta troops": the junta's, not the army of the country that spoke of them
        if m.kind == "group" and not m.country:
            groups = [d for d in self.drafts if m.sector and d.sector == m.sector and d.kind == "group"
                      and (not m.placed or any(x.word == m.word for x in d.mentions)) and self._local(d, m)
                      and not (d.mentions[0].counted and (m.counted or all(x.word != m.word for x in d.mentions)))]
            # "Nine civilians" are not "four civilians" named before, nor are "residents"; "4,000 soldiers" may
            # be "the troops"
            bodies = [d for d in self.drafts if m.sector and d.sector == m.sector and d.kind == "organization"
                      and m.sector != "GOV" and m.word not in TRADESPEOPLE  # "truck drivers" are no oil firm,
                      and (m.sector != "COP" or m.word[:5] in d.name.lower())]  # nor "police" a coast guard
            if m.counted:  # "about 30 soldiers" are soldiers just named, not officials of another paragraph
                groups = [d for d in groups if any(x.sent >= m.sent - 1 and x.para == m.para for x in d.mentions)]
            worded = [d for d in groups if any(x.word == m.word for x in d.mentions)]
            if m.sector == "BUS":
                groups = worded  # "truck drivers" are not the "Indian manufacturers" named before
            if m.definite and not m.counted and not worded and not m.placed:  # "Leaders of the EAC called on ...
                worded = [d for d in self.drafts if d.kind == "group" and d.country and self._local(d, m)  # the
                          and any(x.word == m.word for x in d.mentions)]  # leaders also urged": of any sector
            # 'the soldiers' are soldiers named before, not the army; 'about 30 soldiers' after 'Indonesian soldiers'
            # and 'Australian troops' are the soldiers
            pool = worded or groups or bodies
            home = [d for d in pool if d.country and d.country in (self.dateline, self.home)]
            named_so = any(x.word == m.word for d in pool for x in d.mentions)
            if home and m.definite and not m.counted and not named_so:
                return home[-1]  # "BAMAKO — Malian soldiers backed by Africa Corps fighters ... the armed forces said":
                # the forces of the state the story is told from, not a foreign contingent
            if pool:
                return pool[-1]
        seat = self.kb.place(m.name) if m.kind == "organization" and m.entry is None and not m.country else None
        if seat is not None and seat.population >= SEAT_POPULATION:
            m.country, m.sector = seat.country, m.sector or "GOV"  # "Erbil must hand over the revenue": the
            # authorities seated in a city the gazetteer knows
        if m.entry is None and not m.country:
            self._place(m)
        spelled = self._spelled_out(m.surface or m.name) if m.kind == "organization" and m.form != "description" \
            else None
        if spelled is not None:  # 'SDF' after 'Syrian Democratic Forces'; 'AFP' after 'the Australian Federal
            return spelled  # Police', whatever else the data know by those initials
        key = self._key(m)
        if key[0] == "state" and m.country and self.kb.country(m.country):
            m.kind = "state"  # 'the Ethiopian government' is the state's government, like 'Addis Ababa'
        for d in reversed(self.drafts):
            if d.key == key:
                return d
        if m.entry is not None:
            return self._new(m, m.entry.name, m.entry, key)
        country = self.kb.country(m.country or "")
        if key[0] == "state" and country and m.form == "description":  # 'his administration' -> 'Britain' GOV
            return self._new(m, f"{country.name} government", key=key)
        return self._new(m, m.name, key=key)

    def _states_near(self, m: Mention, same: bool = False, other_than: str | None = None) -> bool:
        """Whether this or the previous sentence (``same``: this one) names a state-bound actor before the
        mention (of another country than ``other_than``)."""
        return any(x.start < m.start and x.sent >= m.sent - (0 if same else 1) and d.country
                   and d.country != other_than and self.kb.country(d.country) and self._placing(d)
                   for x, d in self.history)

    def _local(self, d: Draft, m: Mention) -> bool:
        """Whether a group named before may be the one an unplaced mention of its kind refers to: 'police' later
        in a story datelined in Mozambique are not the Rwandan police of a background paragraph, unless that
        group was named just before."""
        if m.sector not in DOMESTIC_SECTORS or (d.country is not None and d.country in (self.dateline, self.home)):
            return True
        return any(x.sent >= m.sent - 1 for x in d.mentions)

    def _spelled_out(self, abbreviation: str) -> Draft | None:
        """An earlier organisation whose initials are this all-capital abbreviation."""
        if not (2 <= len(abbreviation) <= 6 and abbreviation.isalpha() and abbreviation.isupper()):
            return None
        for d in reversed(self.drafts):
            words = [w for w in d.name.replace("-", " ").split() if w[:1].isupper()]
            if d.kind == "organization" and "".join(w[0] for w in words) == abbreviation:
                return d
        return None

    def _key(self, m: Mention) -> tuple[str | None, ...]:
        if m.entry is not None and m.entry.kind == "organization":
            return ("org", m.entry.kb_id)
        if m.kind == "organization" and m.entry is None:
            if (m.word or m.name.split()[-1].lower()) in GOVERNMENT_WORDS and m.country:
                return ("state", m.country, "GOV")
            return ("org", norm(m.name), m.country if m.placed else None)  # "the foreign ministry in Beijing" is
            # not Iran's
        if m.kind == "group":  # groups of several sides ('both governments') are told apart by their word
            if m.counted:  # "four civilians": a set of its own
                return ("group", m.country, m.sector, norm(m.name))
            worded = (m.placed and not m.country) or m.sector in PEOPLES  # "Chinese engineers" are not "Chinese
            # nationals"
            return ("group", m.country, m.sector, SAME_PEOPLE.get(m.word, m.word) if worded else None)
        return ("state", m.country, m.sector)

    # -- pronouns --------------------------------------------------------------------------------------------
    def antecedent(self, m: Mention) -> Draft | None:
        """The actor a pronoun refers to: the subject of its own sentence before it, else of earlier ones."""
        if m.governor is not None:
            said = next((d for x, d in self.history if x.head == m.governor), None)
            if said is not None and _agrees(m, said):
                return self._resolved(m, said)
        window = []
        for x, d in reversed(self.history):
            if x.para < m.para - PARAGRAPH_REACH:
                break
            bound = m.clause is not None and not m.subject and x.subject and x.clause == m.clause
            quoted = x.in_quote and not m.in_quote and x.sent != m.sent  # "... 'while a soldier stands'. He"
            if x.start < m.start and not bound and not quoted and _agrees(m, d):
                window.append((x, d))
        if m.plural and any(d.kind == "group" for _, d in window):
            window = [(x, d) for x, d in window if d.kind == "group"]
        by_sentence: dict[int, list[tuple[Mention, Draft]]] = {}
        for x, d in window:
            by_sentence.setdefault(x.sent, []).append((x, d))
        for sent in sorted(by_sentence, reverse=True):  # nearest sentence first
            pairs = sorted(by_sentence[sent], key=lambda p: p[0].start)
            subjects = [p for p in pairs if p[0].subject]
            asked = [p for p in pairs if p[0].questioned]
            if sent == m.sent:
                best = subjects[-1] if subjects else pairs[-1]
            elif asked and m.subject and m.kind == "person":
                best = asked[0]  # "A reporter asked the Greek minister whether ... He said": the one asked answers
            else:
                best = subjects[0] if subjects else pairs[0]
            return self._resolved(m, best[1])
        return None

    def _resolved(self, m: Mention, d: Draft) -> Draft:
        if m.gender and not d.gender and not m.quoted:
            d.gender = m.gender  # later pronouns must agree with this one
        return d

    # -- result ----------------------------------------------------------------------------------------------
    def actors(self, text: str) -> list[Actor]:
        """The finished actors, numbered a1, a2, ... in order of first mention."""
        drafts = sorted((d for d in self.drafts if d.mentions), key=lambda d: min(x.start for x in d.mentions))
        out = []
        for n, d in enumerate(drafts, start=1):
            spans = sorted({(x.start, x.end) for x in d.mentions} | {sp for x in d.mentions for sp in x.also})
            out.append(Actor(f"a{n}", self._full_name(d), d.kind, d.country, d.sector, d.role, d.kb_id,
                             [Span.of(text, s, e) for s, e in spans], d.gender))
        return out


    def _full_name(self, d: Draft) -> str:
        """An organisation known by its acronym is named in full where the text spells its name out
        ('the Economic Community of West African States ... ECOWAS')."""
        if not (d.kb_id or "").startswith("org:") or " " in d.name:
            return d.name
        for x in sorted(d.mentions, key=lambda x: x.start):
            name = re.sub(r"^[Tt]he\s+", "", x.surface)
            words = name.split()
            proper = len(words) >= 3 and all(w[0].isupper() for w in words if len(w) > 3)
            if proper and any(e.kb_id == d.kb_id for e in self.kb.lookup(name)):
                return name
        return d.name


def _patronymic(name: str) -> bool:
    """Whether a name runs on through its bearer's father's ("Khalid bin Mansour", "Tamim bin Hamad")."""
    return any(w.lower() in ("bin", "ibn", "bint") for w in name.split()[1:-1])


def _middle_fits(words: list[str], full: str) -> bool:
    """Whether the words written between a given name and a surname are the known name's ("Khalid bin Mansour Al
    Saud" is not Khalid bin Salman, whatever family name both bear); initials and particles say nothing."""
    known = norm(full).split()
    return all(norm(w) in known for w in words[1:-1] if len(w.rstrip(".")) > 1 and w.lower() not in NAME_PARTICLES)


def _same_given(word: str, full: str) -> bool:
    """Whether a written given name ('Sadiq', 'S.') fits a known full name's first word."""
    given, mine = norm(full).split()[0], norm(word).rstrip(".")
    if given[:1] != mine[:1]:
        return False
    return len(mine) <= 1 or SequenceMatcher(None, given, mine).ratio() >= SPELLING_SIMILARITY


def _refers_to(refers: tuple[str, ...], x: Mention, d: Draft) -> bool:
    """Whether an actor is of a kind a description word names ('org:eu', 'sector:REB', 'word:troops')."""
    for selector in refers:
        what, _, value = selector.partition(":")
        if what == "sector" and d.sector == value and d.kind in ("organization", "group"):
            return True
        if what == "word" and d.kind != "person" and (x.word == value or value in d.name.lower().split()):
            return True
        if d.kb_id == selector:
            return True
    return False


def _agrees(pronoun: Mention, d: Draft) -> bool:
    """Number and gender agreement between a pronoun and an actor."""
    if pronoun.kind == "organization":
        return d.kind in ("organization", "state")
    if pronoun.plural:
        return d.kind in ("group", "organization", "state")
    return d.kind == "person" and (d.gender is None or d.gender == pronoun.gender)


def _part_of(words: list[str], name: list[str]) -> bool:
    """Whether two or more words are the start or the end of a longer name."""
    return len(words) < len(name) and (name[:len(words)] == words or name[-len(words):] == words)


def _state_run(m: Mention) -> bool:
    """Whether a description names a body the state runs ("state television", "the state power utility")."""
    return m.sector in ("MED", "BUS") and m.name.lower().startswith(("state ", "state-run ", "state-owned "))
