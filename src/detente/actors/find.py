"""Turning a parsed text into actor mentions: names with their titles, role phrases and pronouns.

Names come first and take their title words with them ("Italian Prime Minister Giorgia Meloni": the mention is
the name, the title gives role and country); the role phrases left over become groups or descriptions
("Egyptian police", "the minister"); pronouns last.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..datelines import DATELINE
from ..kb import NAME_PARTICLES, PATRONAGE, Entry, KnowledgeBase, Role
from .mentions import (
    ACTING_DEPS,
    DEFINITE,
    PRONOUNS,
    SUBJECT_DEPS,
    Gazetteer,
    Mention,
    demonym_at,
    entity_spans,
    match_names,
    role_at,
    sentence_index,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME_SUFFIX = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?)$")  # 'Elizabeth II', 'Marcos Jr.': no surname
POSTNOMINAL = re.compile(r"^(?:SC|QC|KC|AO|AC|AM|OAM|OBE|CBE|MBE|KBE|DBE|KCMG|GCMG|MP|MLA|MEP|TD|PhD|MD)$")
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "into", "through", "from", "via",
            "over", "throughout", "within", "of", "between", "beyond", "toward", "towards"}
MOTION = {"travel", "go", "fly", "come", "return", "arrive", "move", "head", "send", "deploy", "flee", "trip",
          "visit", "journey", "bring", "take", "drive", "march", "walk", "sail", "relocate", "transfer"}
TITLE_DEPS = {"det", "amod", "compound", "poss", "nmod", "case", "nummod", "punct", "quantmod", "npadvmod"}
PAST_HOLDERS = {"former", "ex", "ousted", "deposed", "toppled", "exiled", "late", "previous", "erstwhile", "retired"}
MODIFIERS = {"deputy", "vice", "acting", "interim", "chief", "senior", "former", "ex", "top", "special"}
OVERRIDING_SECTORS = {"OPP", "REB", "MIL", "COP", "JUD", "LEG", "MED", "BUS", "SPY", "PTY"}
PLACE_PREPOSITIONS = {"in", "at", "near", "across", "inside", "outside", "throughout", "into", "within"}
SEVERAL = {"both", "two", "three", "four", "five", "respective"}  # 'both governments': several sides
SIDES_SECTORS = {"GOV", "MIL", "LEG"}
OTHER_LABELS = {"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}  # entities of no actor, at times a person's name
LABEL_MARKS = {":", "*", "**", ":*", ":**", "**:"}  # what ends a speaker's label in a transcript, never part of a name
SPEAKERS_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeast", "northwest", "southeast", "southwest", "greater", "mainland"})  # regions, not bodies
PORTFOLIO_JOINTS = {"and", "&", "of", "for", "the", ","}  # words between a portfolio's words
PROVINCES = frozenset({"state", "province", "region", "district", "county", "governorate", "oblast", "prefecture"})
TOWN_WORDS = frozenset({"city", "town", "port", "village", "capital", "resort"})  # "the Japanese [city] of Nara"
NAME_ADJECTIVE_ENDS = frozenset({"era", "led", "run", "like", "born", "based", "style", "type", "wing", "allied",
                                 "aligned", "linked", "owned", "funded", "backed"})  # "Putin-era"
MAX_NAME_WORDS = 8  # the longest name read off the parse after a title ("Salim bin Nasser al-Harthi")
GOVERNMENT_WORDS = {"government", "administration", "cabinet"}  # named for their leader
DATELINE_PARAGRAPHS = 3  # a title and a line of credits may come before the dateline
RELATION_NOUNS = {"tie", "relation", "talk", "dialogue", "negotiation", "pressure", "demand", "request", "tension",
                  "rift", "dispute", "row", "agreement", "deal", "accord", "cooperation", "partnership", "feud",
                  "rapprochement", "contact", "exchange", "standoff", "ultimatum", "warning", "threat", "protest"}
STANCE_NOUNS = {"concern", "worry", "alarm", "anger", "fury", "outrage", "frustration", "irritation", "unease",
                "dismay", "disquiet", "displeasure", "consternation", "relief", "satisfaction", "scepticism",
                "skepticism", "suspicion", "doubt", "fear", "criticism", "opposition", "resistance", "support",
                "optimism", "pessimism", "caution", "impatience", "rebuke", "objection", "condemnation",
                "guarantee", "assurance", "complaint", "backlash", "reaction", "response", "retaliation",
                "censure", "approval", "praise", "pushback"}  # 'concerns in Brussels': the seat holds them
TAKEN_SIDES = {"of": frozenset({"critical", "favour", "favor", "supportive", "wary", "suspicious", "behalf",
                                "expense", "critic"}),
               "at": frozenset({"jab", "swipe", "dig", "aim", "angry", "furious", "anger", "fury"})}  # 'critical of
# Pyongyang', 'a jab at Moscow': a government one takes a side on
GOODS = frozenset({"weapon", "arm", "aid", "ammunition", "missile", "money", "fund", "loan", "tank", "jet",
                   "equipment", "letter", "note", "message", "gas", "oil", "fuel", "grain", "wheat", "vaccine",
                   "shell", "drone", "crude"})  # what a government is sent, not a place travelled to
AREA_NOUNS = {"country", "countries", "nation", "nations", "side", "sides", "state", "states", "government",
              "governments"}


@dataclass
class Info:
    """What title or description words say about an actor."""

    country: str | None = None
    sector: str | None = None
    role: str | None = None
    office: str | None = None
    gender: str | None = None
    former: bool = False
    affiliated: bool = False  # an organisation named in the title decides the sector (IGO, NGO, MED ...)
    body: str | None = None  # an international body a description's clause names ("who heads the WFP"), its code
    title: Role | None = None  # the person's title word, whose countries may name where it is used
    tokens: set[int] = field(default_factory=set)


@dataclass
class Context:
    parse: Doc
    toks: list[Token]  # the tokens, made once (spaCy makes a new object on every index)
    text: str  # doc.text, which spaCy rebuilds on every access
    kb: KnowledgeBase
    date: dt.date | None
    names: dict[int, tuple[int, list[Entry]]]  # first token -> (end token, entries) of knowledge-base names
    sents: list[int]
    paras: list[int]  # character offsets where paragraphs start
    taken: set[int] = field(default_factory=set)
    known: set[int] = field(default_factory=set)  # tokens of known organisation names (no role phrase inside)
    leaders: dict[int, tuple[int, str]] = field(default_factory=dict)  # 'the Biden administration': end, country
    written: list[tuple[int, int]] = field(default_factory=list)  # names written in full (people, portfolio names)
    written_words: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)  # those names' words
    titles: dict[int, int] = field(default_factory=dict)  # first token of a name after a portfolio -> its title

    def span_of(self, i: int, j: int) -> tuple[int, int]:
        """Character offsets of tokens i to j (exclusive)."""
        return self.toks[i].idx, self.toks[j - 1].idx + len(self.toks[j - 1].text)

    def mention(self, i: int, j: int, head: int, **fields: object) -> Mention:
        doc = self.toks
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        m = Mention(start, end, head, name=self.text[start:end], **fields)  # type: ignore[arg-type]
        m.surface = m.name
        m.sent = self.sents[head]
        m.para = bisect_right(self.paras, start)
        m.subject = doc[head].dep_ in SUBJECT_DEPS
        m.clause = doc[head].head.i if m.subject else None
        m.questioned = _questioned(doc[head])
        return m


def find(doc: Doc, text: str, kb: KnowledgeBase, gaz: Gazetteer, date: dt.date | None) -> list[Mention]:
    """Every actor mention of the parsed text (``text`` is ``doc.text``, given to save rebuilding it), in order."""
    toks = list(doc)
    names = {i: (j, entries) for i, j, entries in match_names(toks, text, gaz, date)}
    paras = [0] + [m.end() for m in re.finditer(r"\n+", text)]
    ctx = Context(doc, toks, text, kb, date, names, sentence_index(doc, toks), paras)
    _choose_senses(ctx)
    ctx.taken = _dateline_tokens(ctx)
    spans = [s for s in _known_surnames(ctx, _retag(ctx, _name_spans(ctx))) if not _placed_word(ctx, s)]
    spans = [s for s in spans if not _names_government(ctx, s) and not _postnominal(ctx, s, spans)]
    people = [s for s in spans if _is_person(s)]
    later = [s for s in spans if s not in people and (s[2] or s[3] in ("GPE", "NORP", "LOC", "FAC"))]
    found = _named(ctx, people)
    found += _named(ctx, [s for s in spans if s not in people and s not in later])
    ctx.known = {t for s in later if s[2] and s[2][0].kind != "person"
                 for t in range(s[0] + 1, s[1])}  # 'the United Kingdom', 'Port-au-Prince': no role phrase inside
    ctx.known |= {t for s in later if s[2] and s[2][0].kind == "organization" for t in range(s[0], s[1])}
    found += _phrases(ctx)  # a role phrase may take a name as its modifier: "Pakistan's foreign ministry"
    found += _named(ctx, later)
    found += _pronouns(ctx)
    found = _named_later(ctx, _described_again(ctx, sorted(found, key=lambda m: (m.start, -m.end))))
    _bodies_described(ctx, found)
    found = _headline_names(ctx, found)
    for m in found:
        m.in_quote = _inside_quotes(ctx, m.start)
    return _acronyms(ctx, found)



ASKING = frozenset({"ask", "question", "press"})
QUESTION_MARKS = frozenset({"whether", "if", "how", "why", "when", "what", "which"})


def _questioned(head: Token) -> bool:
    """Whether a mention is the one a question is put to: "asked the Greek minister whether Athens would ..."."""
    verb = head.head
    if head.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in ASKING:
        return False
    return any(c.dep_ in ("ccomp", "advcl", "xcomp") and any(
        g.dep_ in ("mark", "advmod", "nsubj", "dobj") and g.lower_ in QUESTION_MARKS for g in c.children)
        for c in verb.children)


TITLE_CASE_SHARE = 0.8  # of a headline's longer words capitalised: "Qatar and Iran Report Progress on Inspectors"


def _headline_names(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Names read in a title-case headline, cut to the words the story writes of them ("Lt. Gen. Marcus Okafor
    Brief Reporters": Marcus Okafor); one the story never writes is no one ("Frozen Funds")."""
    end = ctx.text.find("\n")
    words = [w for w in ctx.text[:end].split() if w[:1].isalpha() and len(w) > 3]
    if end < 0 or not words or ctx.text[:end].rstrip().endswith(".") or sum(
            w[:1].isupper() for w in words) < TITLE_CASE_SHARE * len(words):
        return found
    body = ctx.text[end:]
    out = []
    for m in found:
        if m.start >= end or m.kind != "person" or m.form != "name":
            out.append(m)
            continue
        parts = m.name.split()
        kept = next((k for k in range(len(parts), 0, -1) if " ".join(parts[:k]) in body), 0)
        if kept == 0:
            continue
        if kept < len(parts):
            m.name = " ".join(parts[:kept])
            at = ctx.text.find(m.name, m.start, m.end)
            m.end = at + len(m.name) if at >= 0 else m.end
        out.append(m)
    return out


def _described_again(ctx: Context, found: list[Mention]) -> list[Mention]:
    """A person's description set off after another mention of them is no one new: "The Tanzanian minister, a
    lawyer who helped negotiate the agreement", "Her Ugandan counterpart, a former petroleum geologist"."""
    people = {t.i: m for m in found if m.kind == "person" and m.form != "pronoun"
              for t in ctx.parse.char_span(m.start, m.end, alignment_mode="expand") or ()}
    out = []
    for m in found:
        head = ctx.toks[m.head]
        owner = people.get(head.head.i) if head.dep_ == "appos" and m.form == "description" else None
        if owner is not None and owner is not m and not m.definite and head.head.i < head.i:
            owner.also.append((m.start, m.end))
            owner.placed = owner.placed or (m.placed and not m.country)  # ", a former ambassador to Cairo,"
            continue
        top = _title_top(head)  # a "name" that closes a title through "of" may be a place's ("the Canary Islands")
        described = m.form == "description" or (m.form == "name" and top.i != head.i)
        named = _named_after(ctx, top, people) if described and m.kind == "person" else None
        if named is not None and named is not m:  # "The summit's chairperson, President of Namibia Dr. Helena
            named.also.append((m.start, m.end))  # Amukwaya-Shilongo, told": one person, named by the appositive
            named.role = named.role or m.role
            continue
        out.append(m)
    return out


def _bodies_described(ctx: Context, found: list[Mention]) -> None:
    """A body's description set off after its name is a mention of it ("the ELN, a Colombian guerrilla group",
    "Sea-Watch, a German charity"); its nationality or city gives a body without a country one."""
    taken = {t for m in found for t in range(m.start, m.end)}
    for m in found:
        if m.kind != "organization" or m.form not in ("name", "org"):
            continue
        for appos in (c for c in ctx.toks[m.head].children if c.dep_ == "appos" and c.i > m.head):
            if appos.lemma_.lower() not in BODY_DESCRIPTIONS or appos.pos_ != "NOUN":
                continue
            first = next((t for t in appos.lefts if t.dep_ not in ("det", "punct")), appos)
            start, end = ctx.toks[first.left_edge.i if first is not appos else appos.i].idx, appos.idx + len(appos)
            if any(t in taken for t in range(start, end)):
                continue
            m.also.append((start, end))
            if m.country is None and m.entry is None:
                words = ctx.toks[first.i:appos.i]
                dem = next((d for t in words if (d := demonym_at(ctx.toks, t.i, ctx.kb))), None)
                town = next((p for t in words if t.pos_ == "PROPN" and (p := ctx.kb.place(t.text))), None)
                m.country = dem[0] if dem else town.country if town is not None else None


def _title_top(head: Token) -> Token:
    """The first word of the title a name closes ("President" of "The President of the Government of the Canary
    Islands"), where the name hangs on it through "of"; else the name's head itself."""
    top = head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ == "of" and top.head.head.i < top.i:
        top = top.head.head
    return top


GAVE_NAME = re.compile(
    r"\b(?:gave|gives|give|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:\w+\s+){0,2}names?\s*(?:only\s+)?"
    r"(?:as\s+|,\s*)"
    r"|\b(?:identified|identify|identifies)\s+(?:him|her)?(?:self)?\s*(?:only\s+)?as\s+"
    r"|\b(?:asked|spoke on condition|agreed)\b[^.;]{0,40}\bidentified\s+(?:only\s+)?"
    r"(?:by\s+\w+\s+\w+\s+name\s*,?\s*|as\s+)")
DOCTORS_TITLES = frozenset({"dr", "doctor"})  # the title a doctor named after a description carries
LEARNED_ROLES = frozenset({"doctor", "physician", "surgeon", "paediatrician", "pediatrician", "epidemiologist",
                           "virologist", "scientist", "nurse", "midwife", "pharmacist", "dentist", "veterinarian"})
AGED = re.compile(r"\s*,\s*\d{1,3}\s*,")


def _named_later(ctx: Context, found: list[Mention]) -> list[Mention]:
    """An unnamed person whose name the text gives right after: "A fisherman from Uvira said ... He gave his name as
    Fikiri Asani", "a nurse who gave only her first name, Arnaq, said", and a name opening the next sentence with
    an age ("A sheep farmer said ... Jens Egede, 64, has kept sheep since 1987") that the text has not named
    before."""
    names = {m.start: m for m in found if m.form in ("name", "org")}
    seen: set[str] = set()
    out = []
    for m in found:
        if m.kind == "person" and m.form == "name":
            seen.add(m.name.split()[-1] if m.name else "")
            m.roles += _joined_titles(ctx, m)
        if m.kind == "person" and m.form == "description" and (named := _title_joined(ctx, m, found)) is not None:
            named.also.append((m.start, m.end))  # "Prime Minister and Minister of Foreign Affairs Sheikh Faisal"
            named.roles += [m.role] if m.role else []
            continue
        if m.form in ("description", "group") and (named := _titled_right_before(ctx, m, found)) is not None:
            span = ctx.parse.char_span(m.start, m.end, alignment_mode="expand")
            info = _describe(ctx, [t.i for t in span] if span is not None else [])
            if info.role:  # "Vietnam's Minister of Foreign Affairs | Do Quang Vinh": one title, two phrases
                named.also.append((m.start, m.end))  # of the parser's
                named.role, named.office = info.role, info.office
                named.country = named.country or info.country or m.country
                continue
        if m.kind == "person" and m.form == "description" and m.definite and (named := _titled_next(ctx, m, found)):
            named.also.append((m.start, m.end))  # "the agency's Director General told the board ... Director
            continue  # General Matías Echeverría Salas ... said"
        if m.kind != "person" or m.form != "description" or m.definite or not ctx.text[m.start:m.end][:1].isalpha():
            out.append(m)
            continue
        named = _name_given(ctx, m, names, seen)
        if named is None:
            out.append(m)
            continue
        named.also.append((m.start, m.end))
        named.role = named.role or m.role
        named.country = named.country or m.country  # "a Polish journalist ... Andrzej Wolski, 41": Polish
    return out


JOINED_TITLE = re.compile(  # "[Prime Minister] and Minister of Foreign Affairs Sheikh", up to the name
    r"(?:^|[^\w\s-])\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:and|&)\s+[A-Z][^,.;:\"“”()]{0,80}$")


def _joined_titles(ctx: Context, m: Mention) -> list[str]:
    """The further title joined by "and" before a name's own ("[Prime Minister] and Minister of Foreign Affairs
    Sheikh Fahad ..."), where the tagger made one title of both."""
    before = ctx.text[max(0, m.start - 140):m.start]
    found = JOINED_TITLE.search("." + before.split("\n")[-1])
    role = ctx.kb.role(found.group(1)) if found else None
    return [found.group(1).lower()] if found and role is not None and role.kind == "person" else []


TITLE_JOINT = re.compile(r"\s+(?:and|&)\s+[A-Z][^,.;:\"“”()]{0,60}$")


def _title_joined(ctx: Context, m: Mention, found: list[Mention]) -> Mention | None:
    """The person a title joined by "and" to the title of their name belongs to ("Prime Minister and Minister of
    Foreign Affairs Sheikh Faisal bin Jassim Al Thani": one person of two offices)."""
    named = next((x for x in found if x.start > m.end and x.kind == "person" and x.form == "name"), None)
    if named is None or ctx.kb.place(named.name) is not None:
        return None  # not "Resident and Humanitarian Coordinator for [Sudan]": a place the title is for
    if m.country and named.country and m.country != named.country:
        return None  # "by Ukraine's infrastructure minister and Turkish Trade Minister Omer Bolat": two people
    if TITLE_JOINT.match(ctx.text[m.end:named.start]):
        return named
    between = ctx.text[m.end:named.start]  # "the Special Representative ... and head of the UN Integrated
    words = between.rstrip().split()  # Office in Haiti, Ms. Solveig Haraldsen": the second title of one person
    while words and words[-1] in ctx.kb.honorifics:
        words.pop()
    phrase = " ".join(words)
    joined = ctx.text[max(0, m.start - 5):m.start].endswith(" and ")
    if joined and phrase.endswith(",") and len(phrase) <= 80 and not any(c in phrase[:-1] for c in ".,;:\"“”()"):
        return named
    return None


def _titled_right_before(ctx: Context, m: Mention, found: list[Mention]) -> Mention | None:
    """The person named right after a capitalised title with nothing between, whom the parser did not join to
    it ("Vietnam's Minister of Foreign Affairs Do Quang Vinh", "Do" read as a verb)."""
    named = next((x for x in found if x.kind == "person" and x.form == "name" and x.start > m.end), None)
    if named is None or ctx.text[m.end:named.start] != " " or named.role:
        return None
    return named if ctx.text[m.start:m.end].split()[-1][:1].isupper() else None


def _titled_next(ctx: Context, m: Mention, found: list[Mention]) -> Mention | None:
    """The name a definite description's very title opens next, in its paragraph or the one after, with no one
    else so titled between: "the agency's Director General" of the lead, then "Director General Matías
    Echeverría Salas"."""
    role = ctx.text[m.start:m.end].split("'s ")[-1].split("’s ")[-1].lower()
    if not m.role or len(role.split()) < 2 or role.split()[0] in ("the", "a", "an"):
        return None  # a title of two words or more: "director general", not "the minister"
    end = ctx.text.find("\n\n", ctx.text.find("\n\n", m.end) + 2)
    for x in found:
        if x.start <= m.end or (0 <= end < x.start):
            continue
        if x.kind == "person" and x.form == "description" and x.role == m.role:
            return None
        words = ctx.text[:x.start].split()
        while words and words[-1] in ctx.kb.honorifics:
            words.pop()  # "Foreign Minister Dr. Mohammad-Reza Tavakkoli"
        if x.kind == "person" and x.form == "name" and " ".join(words).lower().endswith(role):
            return None if m.country and x.country and m.country != x.country else x  # not another state's
    return None


def _name_given(ctx: Context, m: Mention, names: dict[int, Mention], seen: set[str]) -> Mention | None:
    """The name an indefinite description's bearer is given in its sentence or the next (see `_named_later`)."""
    head = ctx.toks[m.head]
    if head.doc[head.left_edge.i].lower_ not in ("a", "an"):
        return None
    sent = head.sent
    nxt = head.doc[sent.end].sent if sent.end < len(head.doc) else None
    for g in GAVE_NAME.finditer(ctx.text, m.end, nxt.end_char if nxt else sent.end_char):
        named = names.get(g.end())
        honorific = ctx.text[g.end():].split(" ", 1)
        if named is None and len(honorific) == 2 and honorific[0] in ctx.kb.honorifics:
            named = names.get(g.end() + len(honorific[0]) + 1)  # "gave his name only as Mzee Bisimwa"
        if named is not None and named.kind in ("person", "organization"):
            named.kind = "person"  # "gave only her first name, Arnaq": a name, whatever the tagger took it for
            return named
    first = names.get(nxt.start_char) if nxt is not None else None
    titled = None
    if first is None and nxt is not None and nxt[0].lower_.rstrip(".") in DOCTORS_TITLES and len(nxt) > 1:
        titled = names.get(nxt[1].idx)  # "A doctor in El Fasher said ... Dr. Sawsan Abdelmoneim Hamid, who ..."
    if titled is not None and titled.kind == "person" and (m.role or "") in LEARNED_ROLES:
        return titled if titled.name.split()[-1] not in seen else None
    if first is None or first.kind != "person" or first.form != "name" or not first.name:
        return None
    return first if first.name.split()[-1] not in seen and AGED.match(ctx.text, first.end) else None


def _named_after(ctx: Context, head: Token, people: dict[int, Mention]) -> Mention | None:
    """The person an appositive names right after a description of them, directly or through an appositive title
    ("the summit's chairperson, President of Namibia Dr. Helena Amukwaya-Shilongo")."""
    for c in head.children:
        if c.dep_ != "appos" or c.i < head.i:
            continue
        if c.i in people and people[c.i].form == "name":
            return people[c.i]
        inner = next((g for g in c.children if g.dep_ == "appos" and g.i in people and people[g.i].form == "name"),
                     None)
        if inner is not None:
            return people[inner.i]
    for top in (head, *(c for c in head.children if c.dep_ == "appos" and c.i > head.i)):
        if top.ent_type_ == "PERSON":
            continue  # "Prime Minister Haruto Nishida and President Choi Seung-hoon": two people
        last = _closing_name(top, people)
        if last is not None:
            return last
    return None


TITLE_CHAIN = frozenset({"prep", "pobj", "conj", "cc", "compound", "appos", "det", "amod", "poss", "case"})


def _closing_name(top: Token, people: dict[int, Mention]) -> Mention | None:
    """The person's name a title phrase closes with ("Chairperson of the EAC Summit of Heads of State and President
    of the Republic of Kenya Daniel Kiprono Rotich"), reached from the title through its prepositions alone."""
    end = top.right_edge
    last = people.get(end.i)
    if last is None or last.form != "name" or (end.ent_type_ != "PERSON" and last.kind != "person") or end.i == top.i:
        return None
    own = people.get(top.i)
    if (own is not None and own.form == "name") or any(
            people.get(t.i) not in (None, own, last) for t in top.subtree):
        return None  # "Minister of Fisheries Torstein Dahl and Minister of Industries Jon Einarsson": two people
    tok = end
    while tok.i != top.i:
        if tok.dep_ not in TITLE_CHAIN or tok.head.i == tok.i:
            return None
        tok = tok.head
    return last


ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9.\-]{1,11})\s*\)")


def _acronyms(ctx: Context, found: list[Mention]) -> list[Mention]:
    """An acronym in parentheses after a name ('National Liberation Army (ELN)') is the same actor."""
    starts = {m.start: m for m in found}
    extra = []
    for m in found:
        hit = ACRONYM.match(ctx.text, m.end) if m.kind in ("organization", "group", "state") else None
        if hit is None or sum(c.isupper() for c in hit.group(1)) < 2 or m.form == "pronoun":
            continue
        start, end = hit.span(1)
        m = _named_body(ctx, m, hit.group(1), found)
        seen = starts.get(start)
        if seen is None:
            seen = Mention(start, end, m.head, form="org", kind=m.kind, name=hit.group(1), entry=m.entry,
                           country=m.country, sector=m.sector, surface=hit.group(1), sent=m.sent, para=m.para)
            extra.append(seen)
        seen.alias_of = m.start
        extra += _acronym_uses(ctx, seen, found + extra)
    return sorted(found + extra, key=lambda m: (m.start, -m.end))


def _named_body(ctx: Context, m: Mention, acronym: str, found: list[Mention]) -> Mention:
    """The body an acronym after a place names: 'the UN Assistance Mission in Afghanistan (UNAMA)' is the mission,
    not Afghanistan, where the acronym does not start as the place does."""
    if m.kind != "state" or acronym[:1] == ctx.text[m.start:m.start + 1]:
        return m
    before = re.search(r"\s+(?:in|for|of|on|to)\s+$", ctx.text[max(0, m.start - 12):m.start])
    if before is None:
        return m
    edge = m.start - len(before.group(0))
    return next((b for b in found if b.end == edge and b.kind == "organization"), m)


def _acronym_uses(ctx: Context, acronym: Mention, found: list[Mention]) -> list[Mention]:
    """Later uses of an acronym defined in parentheses that no other mention covers ('the ELN said')."""
    out: list[Mention] = []
    for hit in re.finditer(rf"(?<!\w){re.escape(acronym.name)}(?!\w)", ctx.text[acronym.end:]):
        start, end = acronym.end + hit.start(), acronym.end + hit.end()
        span = ctx.parse.char_span(start, end, alignment_mode="expand")
        if span is None or any(m.start < end and start < m.end for m in found + out):
            continue
        m = ctx.mention(span.start, span.end, span.root.i, form="org", kind=acronym.kind, entry=acronym.entry,
                        country=acronym.country, sector=acronym.sector)
        out.append(m)
    return out


# -- names ---------------------------------------------------------------------------------------------------
def _choose_senses(ctx: Context) -> None:
    """Put first the sense the article speaks of, for names several organisations or stand-ins bear ('PDP',
    'RSF', 'the Treasury'): the one of the countries the article names, or whose context words it uses."""
    several = [i for i, (_, entries) in ctx.names.items()
               if len({e.kb_id for e in entries if e.kind != "person"}) > 1]
    if not several:
        return
    countries = _article_countries(ctx)
    text = ctx.text.lower()
    for i in several:
        end, entries = ctx.names[i]
        ctx.names[i] = (end, ctx.kb.senses(entries, countries, text))


def _article_countries(ctx: Context) -> dict[str, int]:
    """How often the text names each state by a name of one sense: a country, a capital, a known person or
    body of that state, a demonym or a town of the gazetteer."""
    counts: dict[str, int] = {}
    inside: set[int] = set()
    for i, (j, entries) in ctx.names.items():
        inside.update(range(i, j))
        codes = {e.country for e in entries}
        code = codes.pop() if len(codes) == 1 else None
        if code and ctx.kb.country(code):
            counts[code] = counts.get(code, 0) + 1
    for tok in ctx.toks:
        if tok.i in inside or not tok.text[:1].isupper():
            continue
        dem = demonym_at(ctx.toks, tok.i, ctx.kb)
        town = ctx.kb.place(tok.text) if dem is None and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" else None
        code = dem[0] if dem else town.country if town else None
        if code and ctx.kb.country(code):
            counts[code] = counts.get(code, 0) + 1
    return counts


def _name_spans(ctx: Context) -> list[NameSpan]:
    """Knowledge-base names and spaCy entities merged: the longer wins, a tie or a KB person goes to the KB."""
    spans: dict[tuple[int, int], NameSpan] = {(i, j): (i, j, entries, "") for i, (j, entries) in ctx.names.items()
                                              if not _inside_other_name(ctx, i, j, entries)}
    for i, j, _, label in list(spans.values()):  # "ECOWAS Commission": ECOWAS's, not the European one
        if j - i == 1 and ctx.toks[i].lower_ in GENERIC_BODIES and (body := _body_ending(ctx, i)) is not None:
            spans[(i, j)] = (i, j, [body], label)
    covering: dict[int, set[tuple[int, int]]] = {}  # token -> the spans over it, so a clash is found by its tokens
    for key in spans:
        for t in range(*key):
            covering.setdefault(t, set()).add(key)
    portfolios = _portfolio_names(ctx)
    ctx.written = [(e.start, e.end) for e in ctx.parse.ents if e.label_ == "PERSON"] + portfolios
    ctx.written_words = [(a, b, frozenset(t.text for t in ctx.toks[a:b])) for a, b in ctx.written if b - a > 1]
    for ent in entity_spans(ctx.parse):
        i = ent.start + (1 if ent[0].lower_ == "the" or ent[0].tag_ == "POS" else 0)
        j = ent.end - (1 if ent[-1].tag_ == "POS" else 0)
        while j > i and ctx.toks[j - 1].is_punct and ctx.toks[j - 1].text not in (")", "."):
            j -= 1  # "the Fiji Pharmaceutical Services Centre[,]": a name ends before its comma
        while i < j and i in ctx.taken:
            i += 1  # "LIBREVILLE — Gabon", tagged as one name: the dateline is no part of it
        while j > i and ctx.toks[j - 1].lower_ in ("and", "or"):
            j -= 1  # "[LIBREVILLE — Gabon and] Equatorial Guinea"
        if i >= j:
            continue
        if ent.label_ == "ORG" and j - i == 1 and ctx.kb.demonym(ctx.toks[i].text) and ctx.toks[i].head.i > i:
            continue  # "his [Ugandan] counterpart": a nationality the tagger took for a body
        j = next((t for t in range(i + 1, j) if ctx.toks[t].text in LABEL_MARKS), j)  # "**Al-Harthi:** Letters"
        label = ent.label_
        honoured = next((t for t in range(i + 1, j - 1) if ctx.toks[t].text in ctx.kb.honorifics
                         and all(w.text[:1].isupper() for w in ctx.toks[t + 1 : j])), None)
        if label != "PERSON" and honoured is not None and j - honoured - 1 <= MAX_NAME_WORDS:
            i, label = honoured + 1, "PERSON"  # "the Department of Foreign Affairs and Trade Ms [Meera Pillai]"
        if label == "PERSON" and (role := role_at(ctx.toks, i, ctx.kb)) is not None and role[1] >= j:
            continue  # "[Spokeswoman] for the ministry ...": a title the tagger took for a name
        named = next((p for p in portfolios if p[0] < j and i < p[1]), None)
        if named is not None and (label != "PERSON" or i < named[0] or (i > named[0] and j - i == 1)):
            i, j, label = named[0], named[1], "PERSON"  # "Minister of Energy [and Minerals Salim al-Harthi]", a
            # name the tagger cut to one word: "... Mineral Resources Gansukhiin [Oyunchimeg]"
        elif label == "PERSON" and (past := _past_portfolio(ctx, i, j)) > i:
            i = past  # "Minister of Mining and [Heavy Industry Dashdorj Solongo]"
        elif label == "PERSON":
            i, j = _whole_name(ctx, i, j)
        elif j - i == 1 and _given_name_before(ctx, i, i):
            last = i  # "Seydou Traoré", "Sadia Rehman Khattak" with the surname alone taken for an organisation
            while _given_name_before(ctx, i, last):
                i -= 1
            label = "PERSON"
        elif label == "ORG" and (given := _given_name_inside(ctx, i, j)) is not None:
            i, label = given, "PERSON"  # "Minister for [the Energy Transition Camila Soto]": the name in it
        elif label == "ORG" and (cut := _name_of_place(ctx, i, j)) is not None:
            j, label = cut, "PERSON"  # "[Hernán Quiroga Salas] of Buenos Aires", a senator and his province
        elif label == "ORG" and _hyphenated_given_name(ctx, i, j):
            label = "PERSON"  # "[Pierre-Antoine Dufour] (Renew Europe, France)"
        elif label == "ORG" and (_personal_name(ctx, i, j) or _titled_name(ctx, i, j)):
            label = "PERSON"  # "Nana Ama Serwaa Boakye", tagged as a body; "UNHCR spokesperson [Amélie Duvernay]"
        clash = [spans[k] for k in sorted({k for t in range(i, j) for k in covering.get(t, ())})]
        if any(s[1] - s[0] >= j - i or (s[2] and s[2][0].kind == "person" and not _other_bearer(ctx, i, j, s))
               for s in clash):
            continue
        if ent.label_ in ("GPE", "LOC") and any(s[2] and s[2][0].kind in ("state", "region") and _only_lowercase_around(
                ctx, i, j, s) for s in clash):
            continue
        for s in clash:
            del spans[(s[0], s[1])]
            for t in range(s[0], s[1]):
                covering[t].discard((s[0], s[1]))
        spans[(i, j)] = (i, j, _surname(ctx, i, j, label), label)
        for t in range(i, j):
            covering.setdefault(t, set()).add((i, j))
    for i, j in portfolios:  # a name the tagger left untagged
        if not any(covering.get(t) for t in range(i, j)):
            spans[(i, j)] = (i, j, [], "PERSON")
    for key, (i, j, entries, _) in list(spans.items()):
        start = _body_named_for(ctx, i, j, entries)
        if start is not None and not any(covering.get(t) for t in range(start, i)):
            del spans[key]
            spans[(start, j)] = (start, j, [], "ORG")  # "Environment and Climate Change Canada", "Statistics Canada"
    return sorted(spans.values(), key=lambda s: s[0])


def _body_named_for(ctx: Context, i: int, j: int, entries: list[Entry]) -> int | None:
    """Where a body's name starts that ends with a state's name, written in capitals before it and hung on it
    ("Environment and Climate Change Canada", "Maritime New Zealand"): its first word; None for a state alone or
    a region of it ("Eastern Ukraine")."""
    if not entries or entries[0].kind != "state":
        return None
    toks = ctx.toks
    start = toks[j - 1].left_edge.i
    words = toks[start:i]
    if not words:
        return None
    for w in words:
        name_word = w.pos_ == "PROPN" and w.text[:1].isupper() and w.ent_type_ in ("", "ORG")  # not "Wednesday"
        if not (name_word or (w.lower_ == "and" and w.i > start)) or w.lower_ in COMPASS or ctx.kb.role(w.lower_) \
                or w.text in ctx.kb.given_names or w.text in ctx.kb.honorifics:
            return None
    return start


def _portfolio_names(ctx: Context) -> list[tuple[int, int]]:
    """The names after a person's title and its portfolio, read off the parse whatever entities the tagger saw
    ("Minister of Energy and Minerals Salim bin Nasser al-Harthi", "Minister for Transport Tan Hui Ling",
    "Minister of Construction, Transport and Infrastructure Dragan Milošević"): the proper nouns after the
    portfolio's words, up to the end of the title's phrase or the head the title modifies."""
    out = []
    toks = ctx.toks
    for tok in toks:
        if tok.lower_ not in ctx.kb.role_starts:
            continue
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > tok.i]
        found = role_at(toks, tok.i, ctx.kb) if preps else None
        if found is None or found[0].kind != "person" or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
            continue  # "Minister of Natural Resources and Indigenous Futures, Janine Okemow": the name is set off
        end = preps[-1].right_edge.i + 1
        if tok.dep_ in ("nmod", "compound") and tok.head.i >= end and tok.head.pos_ == "PROPN":
            end = tok.head.i + 1  # "Minister of Energy Håkon Vatne Eide", the name the title modifies
        end = _name_run(ctx, tok.i, end)  # "Minister of Mining and Heavy Industry [Dashdorj Solongo]", on the verb
        prep, start = preps[-1], preps[-1].i + 1
        while start < end and (served := _served_named(ctx, start, end)):
            start = served  # "President of [the Republic of Botswana] Kagiso Molefhe": the state or body served
        while start < end and (toks[start].lower_ in ctx.kb.portfolios or toks[start].lower_ in PORTFOLIO_JOINTS
                               or (toks[start].dep_ == "pobj" and toks[start].head.i == prep.i
                                   and not _after_portfolio(ctx, prep.i, start))
                               or (ctx.kb.role(toks[start].lower_) is not None and start + 1 < end
                                   and toks[start + 1].lower_ in PORTFOLIO_JOINTS)
                               or _unlisted_portfolio_word(ctx, start, end)):
            start += 1  # "of the Exchequer", "of Construction, Transport and Infrastructure", "of Finance and
            # Coordinating Minister of the Economy"
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        body = [c for c in obj.children if c.dep_ == "nmod" and c.i < obj.i] if obj is not None else []
        if body and obj is not None and obj.pos_ == "PROPN" and body[-1].right_edge.i + 1 < end:
            start = max(start, body[-1].right_edge.i + 1)  # "Spokeswoman for the Armenian Ministry of Defence
            # [Narine Avetisyan]": the body the parser hung on the name ends where the name starts
        honorific = max((t for t in range(start, end - 1) if toks[t].text in ctx.kb.honorifics), default=None)
        if honorific is not None:  # "head of the Nusantara Capital Authority Prof. [Bambang Setiawan Nugroho]"
            start = honorific + 1
        given = next((k for k in range(start + 1, end - 1) if toks[k].text in ctx.kb.given_names
                      and toks[k - 1].text != "-" and all(toks[x].ent_type_ != "PERSON"
                                                          and toks[x].text not in ctx.kb.given_names
                                                          for x in range(start, k))),
                     None)  # not "Jean-[Pierre]", nor past a given name to a surname that is one too
        if given is not None:  # "Commissioner of the Canadian Coast Guard [Louis-Philippe Fournier]"
            start = given
        if start == end:  # the portfolio runs on past the title's phrase: "for the Ecological Transition [and the
            while end < len(toks) and end - tok.i <= 3 * MAX_NAME_WORDS and (  # Demographic Challenge] Carmen ..."
                    toks[end].lower_ in ctx.kb.portfolios or toks[end].lower_ in PORTFOLIO_JOINTS - {","}):
                end += 1
            start, end = end, _name_run(ctx, tok.i, end)
            if _unlisted_portfolio_word(ctx, start, end):
                start += 1
        words = toks[start:end]
        name_words = all((w.pos_ == "PROPN" or w.text[:1].isupper() or w.text == "-") and w.ent_type_ != "DATE"
                         and w.lower_ not in ctx.kb.portfolios for w in words)  # "Per-Olof": a preposition
        if 0 < len(words) <= MAX_NAME_WORDS and words[0].text[:1].isupper() and name_words:
            out.append((start, end))
            ctx.titles[start] = tok.i
    return out


TRADES = frozenset({"diplomat", "economist", "officer", "lawyer", "jurist", "academic", "politician", "banker",
                    "national", "veteran", "career diplomat"})  # what a nationality adjective before them names
KIN = frozenset({"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "widow", "widower",
                 "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "spouse", "sibling"})
SERVING_BODIES = frozenset({"mission", "agency", "force", "bloc", "organisation", "organization", "alliance",
                            "commission", "body", "fund", "programme", "office"})  # "the head of the mission"
COLLECTIVES = frozenset({"group", "fleet"})  # words of a body only as "the group", the one named before
CIVIL_SECTORS = frozenset({"CVL", "REF", "LAB", "AGR", "BUS", "EDU", "MED", "OPP"})  # people, not states' agents
BODY_DESCRIPTIONS = frozenset({"group", "charity", "organisation", "organization", "union", "movement", "site",
                               "broadcaster", "outlet", "tank", "institute", "watchdog", "militia", "monitor",
                               "newspaper", "agency", "network", "coalition", "alliance"})  # what a body is called
SERVING_VERBS = frozenset({"head", "lead", "run", "serve", "direct", "chair", "represent", "coordinate", "oversee",
                           "manage", "command"})  # "who heads the WFP": a post held now
SERVED = ("state", "organization")  # what a title is "of": "Secretary General of the OAS X"
BODY_WORDS = frozenset({"authority", "commission", "council", "secretariat", "parliament", "assembly", "court",
                        "bank", "summit", "conference"})  # a body of the organisation just named
STATE_FORMS = {"republic", "kingdom", "federation", "commonwealth", "principality", "emirate", "sultanate",
               "state", "democratic", "federal", "islamic", "socialist", "united", "people's", "the", "of"}


def _served_named(ctx: Context, start: int, end: int) -> int:
    """The end of a state's name written in full from ``start`` ("the Republic of Botswana", "the Hellenic
    Republic") or of a body's ("the Organization of American States"), short of ``end``; 0 where none starts
    there."""
    k = start
    while k < end and not ((found := ctx.names.get(k)) and found[1] and found[1][0].kind in SERVED):
        if ctx.toks[k].lower_ not in STATE_FORMS:
            return 0
        k += 1
    if k >= end or found is None:
        return 0
    stop = found[0]
    while stop < end and ctx.toks[stop].lower_ in (STATE_FORMS | BODY_WORDS) - {"the", "of"}:
        stop += 1  # "the Hellenic [Republic]", "the ECOWAS [Authority]"
    return stop if stop < end else 0


def _after_portfolio(ctx: Context, prep: int, i: int) -> bool:
    """Whether a proper noun the parser hung on a title's "of" comes after the portfolio's own words: then it
    starts the name ("Minister of Mining [Javiera] Solís Arancibia"), unlike "of the Exchequer"."""
    words = [t for t in ctx.toks[prep + 1:i] if t.dep_ != "det"]
    return bool(words) and all(t.lower_ in ctx.kb.portfolios or t.lower_ in PORTFOLIO_JOINTS for t in words) \
        and i + 1 < len(ctx.toks) and ctx.toks[i + 1].pos_ == "PROPN" and ctx.toks[i].lower_ not in ctx.kb.portfolios


def _name_run(ctx: Context, title: int, end: int) -> int:
    """The end of the capitalised proper nouns from ``end`` on, not too far past the title at ``title``."""
    toks = ctx.toks
    first = end
    honoured = False  # past an honorific the tagger's places are the name's words ("of Fiji [Ratu Josefa ...]")
    while end < len(toks) and end - title <= 2 * MAX_NAME_WORDS:
        if toks[end].text in ctx.kb.honorifics and toks[end].pos_ == "PROPN":
            honoured = True
            end += 1
        elif toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper() and (
                toks[end].ent_type_ not in ("DATE", "GPE") or (honoured and toks[end].ent_type_ == "GPE")):
            end += 1
        elif _hyphened(ctx, end) and toks[end + 1].text[:1].isupper():
            end += 2  # "Olumide Adeyemi[-Bakare]"
        elif toks[end].lower_ in NAME_PARTICLES and end + 1 < len(toks) and (
                toks[end + 1].text[:1].isupper() or _hyphened(ctx, end + 1)) and end > first:
            end += 1  # "Anas Khaled [al]-Hamwi", "Salman [bin] Hamad"
        else:
            break
    return end


def _unlisted_portfolio_word(ctx: Context, k: int, end: int) -> bool:
    """Whether token k is a portfolio word no list has, joined by "and" to the portfolio and followed by a whole
    name of two words or more before ``end`` ("of Foreign Affairs and [Expatriates] Anas al-Hamwi")."""
    return k > 1 and ctx.toks[k - 1].lower_ in ("and", "&") and end - k > 2


def _past_portfolio(ctx: Context, i: int, j: int) -> int:
    """Where a name starts past the portfolio words a title's name was read with ("[Mining and Heavy Industry]
    Dashdorj Solongo" after "Minister of"); i itself where no title stands just before."""
    toks = ctx.toks
    if i == 0 or not (_titled_before(ctx, i) or toks[i - 1].lower_ in ("of", "for", "and", ",")):
        return i
    k = i
    while k < j - 1 and (toks[k].lower_ in ctx.kb.portfolios or toks[k].lower_ in PORTFOLIO_JOINTS):
        k += 1
    if k == i and _unlisted_portfolio_word(ctx, i, j) and toks[i - 2].lower_ in ctx.kb.portfolios:
        k = i + 1
    return k if k < j and toks[k].lower_ not in PORTFOLIO_JOINTS else i


def _inside_other_name(ctx: Context, i: int, j: int, entries: list[Entry]) -> bool:
    """Whether a person's one-word name is part of a longer proper name ("May Pen", a town, is not Theresa May)."""
    if entries[0].kind != "person" or j - i != 1 or j >= len(ctx.toks):
        return False
    after = ctx.toks[j]
    return (after.pos_ == "PROPN" and after.text[:1].isupper() and after.ent_type_ not in ("DATE", "TIME")
            and "\n" not in ctx.toks[i].whitespace_ and ctx.kb.role(after.lower_) is None and j not in ctx.names)


def _other_bearer(ctx: Context, i: int, j: int, known: NameSpan) -> bool:
    """Whether a longer name holds a known person's surname with given names that are not theirs ("Ragnhild
    Eide" where the data know Espen Barth Eide): someone else."""
    extra = [t for t in range(i, j) if not known[0] <= t < known[1]]
    return bool(extra) and all(ctx.toks[t].text[:1].isupper() and ctx.toks[t].text not in known[2][0].name.split()
                               and not _title_word(ctx, t) and not _person_role(ctx, t)
                               and ctx.kb.role(ctx.toks[t].lower_) is None for t in extra)


def _whole_name(ctx: Context, i: int, j: int) -> tuple[int, int]:
    """A person's name with the name words the entity left out beside it ("Collins [Otieno Oduya]", "[Gonzalo
    Barreda] Quispe"): capitalised proper nouns of no other entity, no title, honorific or known name."""
    def name_word(t: int) -> bool:
        tok = ctx.toks[t]
        return (tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and tok.text[:1].isupper()
                and tok.text[1:].islower() and not tok.whitespace_.count("\n") and ctx.kb.role(tok.text) is None
                and tok.text not in ctx.kb.honorifics and t not in ctx.names
                and tok.lower_ not in ctx.kb.portfolios  # not "[Ocean Policy] Håkon Brekke Solheim"
                and tok.lower_ not in BODY_WORDS)  # nor "the ECOWAS [Authority] Abubakarr Mansaray Conteh"
    while i > 0 and name_word(i - 1) and "\n" not in ctx.toks[i - 1].whitespace_ \
            and i - 1 < ctx.toks[i - 1].head.i < j \
            and (i < 2 or ctx.toks[i - 2].dep_ not in ("cc", "prep") or _names_joined(ctx, i - 2)):
        # not "[Resources and] Irrigation Yerlan", but "Quiroga Salas and [Nélida] Benítez"
        i -= 1
    while j < len(ctx.toks) and "\n" not in ctx.toks[j - 1].whitespace_:
        if name_word(j):
            j += 1
        elif _hyphened(ctx, j) and (name_word(j + 1) or _syllable(ctx.toks[j + 1])):
            j += 2  # "Olumide Adeyemi[-Bakare]", "Bae Jin[-seok]"
        elif _name_head(ctx, j):
            j += 1  # "Eduardo Vasconcelos [Prado]", the last name the tagger took for a town
        else:
            break
    return i, j


def _names_joined(ctx: Context, joint: int) -> bool:
    """Whether "and" at ``joint`` joins two people's names: a capitalised proper noun before it that is no
    portfolio, role or place ("Hernán Quiroga Salas and Nélida Benítez", not "Water Resources and Irrigation")."""
    if ctx.toks[joint].lower_ != "and" or joint == 0:
        return False
    before = ctx.toks[joint - 1]
    return (before.pos_ == "PROPN" and before.text[:1].isupper() and before.lower_ not in ctx.kb.portfolios
            and ctx.kb.role(before.lower_) is None and before.ent_type_ in ("PERSON", "ORG", ""))


def _syllable(tok: Token) -> bool:
    """Whether a lowercase word after a hyphen is the second syllable of a given name ("Jin-seok", "Jong-un"),
    not a word that makes the name an adjective ("Putin-backed", "Modi-era")."""
    return tok.text.isalpha() and tok.text.islower() and len(tok.text) <= 5 and not tok.text.endswith("ed") \
        and tok.text not in NAME_ADJECTIVE_ENDS


def _name_head(ctx: Context, j: int) -> bool:
    """Whether token j is the proper noun the name before it hangs on as compounds, tagged as a place or body but
    not the name of a state or organisation."""
    tok, before = ctx.toks[j], ctx.toks[j - 1]
    entries = ctx.names.get(j, (0, []))[1]
    return (before.dep_ == "compound" and before.head.i == j and tok.pos_ == "PROPN" and tok.text[:1].isupper()
            and tok.text[1:].islower() and tok.ent_iob_ == "B" and not (j + 1 < len(ctx.toks)
                                                                       and ctx.toks[j + 1].ent_iob_ == "I")
            and not any(e.kind in ("state", "organization") for e in entries) and ctx.kb.role(tok.text) is None)


def _hyphened(ctx: Context, j: int) -> bool:
    """Whether token j is a hyphen joining the word before it to the one after, with no space ("Adeyemi-Bakare")."""
    toks = ctx.toks
    return 0 < j < len(toks) - 1 and toks[j].text == "-" and not toks[j - 1].whitespace_ and not toks[j].whitespace_


def _given_name_inside(ctx: Context, i: int, j: int) -> int | None:
    """Where a person's name starts inside an organisation entity that follows a person's title: at a known
    given name with only capitalised words after it ("the Energy Transition Camila Soto Vergara")."""
    toks = ctx.toks
    if not _titled_before(ctx, i):
        return None
    for k in range(i + 1, j - 1):
        if toks[k].text in ctx.kb.given_names and all(toks[x].text[:1].isupper() or toks[x].text == "-"
                                                      for x in range(k, j)):  # "Louis-Philippe Fournier"
            return k
    return None


def _name_of_place(ctx: Context, i: int, j: int) -> int | None:
    """Where a person's name ends inside a body's entity that is a name and the place its bearer comes from
    ("Hernán Quiroga Salas of Buenos Aires"): at "of", where a known given name opens two to four capitalised
    words that are no role, portfolio or body word, and a place ends the entity; None otherwise."""
    toks = ctx.toks
    of = next((k for k in range(i + 2, min(j, i + MAX_NAME_WORDS + 1)) if toks[k].lower_ == "of"), None)
    if of is None or toks[i].text not in ctx.kb.given_names or toks[j - 1].ent_type_ not in ("GPE", "LOC", "ORG"):
        return None
    place = ctx.text[slice(*ctx.span_of(of + 1, j))]
    words = toks[i:of]
    if not (ctx.kb.place(place) or ctx.kb.lookup(place)) or any(
            w.pos_ != "PROPN" or not w.text[:1].isupper() or ctx.kb.role(w.lower_) or w.lower_ in ctx.kb.portfolios
            or w.lower_ in BODY_WORDS for w in words):
        return None
    return of


def _personal_name(ctx: Context, i: int, j: int) -> bool:
    """Whether capitalised words tagged as a body are a person's name: a known given name first or second, no
    role or body word among them, and a description of a person set off after them ("..., the queen mother")."""
    toks = ctx.toks
    words = toks[i:j]
    if not 2 <= len(words) <= MAX_NAME_WORDS or not any(w.text in ctx.kb.given_names for w in words[:2]):
        return False
    if any(w.pos_ != "PROPN" or not w.text[:1].isupper() or ctx.kb.role(w.lower_) for w in words):
        return False
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in toks[j - 1].children)


def _titled_name(ctx: Context, i: int, j: int) -> bool:
    """Whether capitalised words tagged as a body follow a person's title right before them ("spokesperson Amélie
    Duvernay"): a name, where none of its words is a role or a body's word and the knowledge base knows none."""
    words = ctx.toks[i:j]
    if not 2 <= len(words) <= 4 or i in ctx.names:
        return False
    if any(w.pos_ != "PROPN" or not w.text[:1].isupper() or ctx.kb.role(w.lower_) for w in words):
        return False
    return any((found := role_at(ctx.toks, k, ctx.kb)) is not None and found[0].kind == "person" and found[1] == i
               for k in range(max(0, i - 3), i))


def _hyphenated_given_name(ctx: Context, i: int, j: int) -> bool:
    """Whether a body's words are a person's name opening with two known given names joined by a hyphen
    ("Pierre-Antoine Dufour", "Jean-Paul Habineza")."""
    toks, given = ctx.toks, ctx.kb.given_names
    return 1 <= j - (i + 3) <= 2 and toks[i].text in given and toks[i + 1].text == "-" \
        and toks[i + 2].text in given and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in toks[i + 3:j])


def _titled_before(ctx: Context, i: int) -> bool:
    """Whether a person's title stands in the six words before token i ("Minister for Water Resources and ...")."""
    return any((found := role_at(ctx.toks, k, ctx.kb)) is not None and found[0].kind == "person"
               for k in range(max(0, i - 6), i))


def _given_name_before(ctx: Context, i: int, last: int) -> bool:
    """Whether the name word at token i follows a capitalised word the parser made a compound of the name's last
    word ``last`` and no entity, role or known name claims: a given name ("Seydou Traoré")."""
    if i == 0 or ctx.toks[last].ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
        return False
    tok = ctx.toks[i - 1]
    return (tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.i == last and not tok.ent_type_
            and tok.text[:1].isupper() and tok.text[1:].islower() and ctx.kb.role(tok.text) is None
            and tok.text not in ctx.kb.honorifics and i - 1 not in ctx.names)


def _only_lowercase_around(ctx: Context, i: int, j: int, s: NameSpan) -> bool:
    """Whether an entity adds only lower-case words to a known name ('eastern Democratic Republic of Congo')."""
    return all(ctx.toks[t].is_lower for t in range(i, j) if not s[0] <= t < s[1])


def _surname(ctx: Context, i: int, j: int, label: str) -> list[Entry]:
    """A lone word that spaCy did not see as a person but is the surname of one office holder ('Lavrov')."""
    if label == "PERSON" or j - i != 1 or not ctx.toks[i].text[:1].isupper() or ctx.toks[i].ent_type_ == "DATE":
        return []
    word = ctx.toks[i].text
    if any(word in words and not a <= i < b for a, b, words in ctx.written_words):
        return []  # "Herrera" in a story of Marcelo Herrera Lagos is he, whoever the data know by that surname
    tok = ctx.toks[i]
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and not _person_role(ctx, tok.head.i):
        return []  # "the public broadcaster Kan": a name of the thing, no office holder
    found = ctx.kb.surname(word, ctx.date)
    active = [e for e in found if e.active(ctx.date)]
    if len({e.kb_id for e in active}) == 1 or (not active and len({e.kb_id for e in found}) == 1):
        return (active or found)[:1]
    return []


NameSpan = tuple[int, int, list[Entry], str]


def _retag(ctx: Context, spans: list[NameSpan]) -> list[NameSpan]:
    """Correct the entity labels that the words around a name contradict.

    A name spaCy took for an organisation is a person when it opens with a known given name or an
    honorific, or stands in apposition to a person's role ('Russia's ambassador, Pavel Orlov'); a lone word
    it took for a person is none when it is a demonym ('Greenlandic'), modifies a common noun ('the
    Schengen area') or is a place ('in Turkana'). Capitalised words in apposition to a role that spaCy did
    not tag become a person.
    """
    out: list[NameSpan] = []
    named = {ctx.toks[t].text for i, j, _, label in spans if label == "PERSON" and j - i > 1
             for t in range(i, j)}
    named |= {t.text for t in ctx.toks if t.ent_type_ == "PERSON" and t.dep_ in ("nsubj", "poss")}  # acting
    surnames = {ctx.toks[j - 1].text for i, j, _, label in spans if label == "PERSON" and j - i > 1}
    given = {ctx.toks[i].text for i, j, _, label in spans if label == "PERSON" and j - i > 1}
    for i, j, entries, label in spans:
        before = ctx.toks[i - 1] if i > 1 else None
        if label == "PERSON" and before is not None and before.pos_ in ("AUX", "VERB") and before.text[:1].isupper() \
                and not before.is_sent_start and ctx.toks[i - 2].text[:1].isupper():
            if i in ctx.titles:
                ctx.titles[i - 1] = ctx.titles.pop(i)
            i -= 1  # "Minister of Foreign Affairs [Do] Quang Vinh": a family name the tagger read as a verb
        if not entries and label == "ORG" and _person_like(ctx, i, j):
            label = "PERSON"
        elif not entries and label != "PERSON" and _titled_given_name(ctx, i, j, given):
            label = "PERSON"  # "Prince Nawaf" of "Prince Nawaf bin Mishaal Al Saud", the model's place
        elif not entries and label != "PERSON" and _namesake(ctx, i, j, surnames):
            label = "PERSON"  # "Ragnhild Eide, a sheep farmer" in a story of the minister Håkon Vatne Eide
        elif not entries and label in ("GPE", "FAC", "LOC") and _named_in_apposition(ctx, i, j):
            label = "PERSON"  # 'The Conservative leader, Kemi Badenoch': a name the model took for a place
        elif not entries and label == "PERSON" and (_not_person(ctx, i, j, named) or _town_named(ctx, i, j)):
            continue
        out.append((i, j, entries, label))
    covered = {t for s in out for t in range(s[0], s[1])}
    out += [s for s in _untagged_people(ctx) if not any(t in covered for t in range(s[0], s[1]))]
    covered = {t for s in out for t in range(s[0], s[1])}
    out += [(e.start, e.end, [], "PERSON") for e in ctx.parse.ents if e.label_ in OTHER_LABELS
            and _namesake(ctx, e.start, e.end, surnames) and not any(t in covered for t in range(e.start, e.end))]
    return sorted(out, key=lambda s: s[0])


def _namesake(ctx: Context, i: int, j: int, surnames: set[str]) -> bool:
    """Whether capitalised words end with the surname of a person the text names in full: a namesake."""
    words = [ctx.toks[t] for t in range(i, j)]
    return 2 <= len(words) <= 3 and words[-1].text in surnames and all(
        w.pos_ == "PROPN" and w.text[:1].isupper() and ctx.kb.role(w.lower_) is None for w in words)


def _titled_given_name(ctx: Context, i: int, j: int, given: set[str]) -> bool:
    """Whether one word is the given name of a person the text names in full, after a capitalised title of a
    person ("Prince Nawaf", "Sheikh Tamim"): that person, named as such names are shortened."""
    if j - i != 1 or i == 0 or ctx.toks[i].text not in given:
        return False
    title = ctx.toks[i - 1]
    return title.text[:1].isupper() and (title.text in ctx.kb.honorifics or _person_role(ctx, i - 1))


def _person_role(ctx: Context, t: int) -> bool:
    """Whether a person's role ends at token t ('minister', 'president-elect')."""
    for k in range(t, max(t - 3, -1), -1):
        found = role_at(ctx.toks, k, ctx.kb)
        if found is not None and found[0].kind == "person" and found[1] == t + 1:
            return True
    return False


def _appos_head(tok: Token) -> Token:
    """The word a name stands in apposition to, past a place the parser hung it on ('envoy to Norway, X')."""
    head = tok.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i:
        return head.head.head
    if head.dep_ == "appos" and head.text.isupper() and head.head.i < head.i:  # "The head of the agency, CONRED, X"
        return head.head
    return head


def _appos_to_role(ctx: Context, head: Token) -> bool:
    """Whether a name and a person's role stand in apposition ('the ambassador, X' or 'X, the ambassador')."""
    if head.dep_ == "appos" and (_person_role(ctx, head.head.i) or _person_role(ctx, _appos_head(head).i)):
        return True
    return any(c.dep_ == "appos" and _person_role(ctx, c.i) for c in head.children)


def _title_word(ctx: Context, t: int) -> int:
    """End token of a title word at t (a role, an honorific, a country or its demonym), else 0."""
    doc = ctx.toks
    if doc[t].text in ctx.kb.honorifics or doc[t].lower_ in ("of", "the"):
        return t + 1
    found = role_at(doc, t, ctx.kb)
    if found:
        return found[1]
    if t in ctx.names and ctx.names[t][1][0].kind in ("state", "organization", "region"):
        return ctx.names[t][0]
    dem = demonym_at(doc, t, ctx.kb)
    return dem[1] if dem else 0


def _after_title(ctx: Context, i: int, j: int) -> int:
    """First token of the name proper in an entity that opens with title words ('US Representative X Y')."""
    k = i
    while k < j - 1 and (end := _title_word(ctx, k)) and end < j:
        k = end
    honorific = max((t for t in range(k, j - 1) if ctx.toks[t].text in ctx.kb.honorifics), default=None)
    return honorific + 1 if honorific is not None else k  # "Nusantara Capital Authority Prof. [Bambang ...]"


def _person_like(ctx: Context, i: int, j: int) -> bool:
    """Whether an organisation entity is really a person's name."""
    doc, kb = ctx.toks, ctx.kb
    words = ctx.text[doc[i].idx : doc[j - 1].idx + len(doc[j - 1].text)].split()  # "Jean-Baptiste" is one word
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return False
    roles = [kb.role(w.lower()) for w in words]
    if any(r is not None and r.kind != "person" for r in roles):
        return False  # 'Pavel Orlov Foundation', 'Claire Party'
    given = words[0].split("-")[0] in kb.given_names  # "Marie-Ange Desrosiers"
    if (words[0] in kb.honorifics and len(words) <= 4) or (given and len(words) == 2):
        return True
    k = _after_title(ctx, i, j)
    titled = any((r := role_at(doc, t, kb)) and r[0].kind == "person" for t in range(i, k))
    if titled and j - k in (2, 3) and doc[k].text in kb.given_names:  # 'US Representative Elijah Cummings'
        return True
    head = _span_head(doc, i, j)
    return _appos_to_role(ctx, doc[head])


def _span_head(doc: list[Token], i: int, j: int) -> int:
    """The token of [i, j) whose head lies outside the span or that heads its sentence; the first on a tie."""
    return max(range(i, j), key=lambda t: doc[t].head.i < i or doc[t].head.i >= j or doc[t].head.i == t)


def _named_in_apposition(ctx: Context, i: int, j: int) -> bool:
    """Whether two or three capitalised words stand in apposition to a person's role, or before "who"."""
    doc = ctx.toks
    if not 2 <= j - i <= 3 or not all(doc[t].pos_ == "PROPN" and doc[t].text[:1].isupper() for t in range(i, j)):
        return False
    head = _span_head(doc, i, j)
    who = j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who"  # "X Y, who runs a workshop"
    return who or _appos_to_role(ctx, doc[head])


def _not_person(ctx: Context, i: int, j: int, named: set[str]) -> bool:
    """Whether a one-word person entity is a demonym, a noun modifier, a place, or a word that no full name,
    title or honorific in the text backs and that never acts as a subject or owner ('after Brexit')."""
    tok = ctx.toks[i]
    if j - i != 1 or tok.text in ctx.kb.given_names or ctx.kb.surname(tok.text):
        return False
    if ctx.kb.demonym(tok.text):
        return True
    titled = any(c.dep_ in ("compound", "amod", "appos")
                 and (ctx.kb.role(c.lower_) or c.text in ctx.kb.honorifics) for c in tok.children)
    if tok.text not in named and not titled and tok.dep_ not in ("appos",):
        return True
    if tok.dep_ in ("compound", "amod") and tok.head.i > i and tok.head.pos_ == "NOUN":
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS


def _town_named(ctx: Context, i: int, j: int) -> bool:
    """Whether a 'person' the tagger found where something happens is a town of the gazetteer or a province
    ("a rice field outside [Mae Sot]", "in northern [Shan State]")."""
    head = ctx.toks[_span_head(ctx.toks, i, j)]
    moved = j - i > 1 and head.head.lower_ in ("to", "from")  # "escorted to Bandar Abbas"
    if head.dep_ != "pobj" or (head.head.lower_ not in PLACE_PREPOSITIONS and not moved):
        return False
    name = ctx.text[slice(*ctx.span_of(i, j))]
    return ctx.kb.place(name) is not None or (j - i > 1 and ctx.toks[j - 1].lower_ in PROVINCES)


def _placed_word(ctx: Context, s: NameSpan) -> bool:
    """A lone unknown 'person' that is the object of 'in', 'at' ... is a place ('communities in Turkana')."""
    tok = ctx.toks[s[0]]
    return (s[1] - s[0] == 1 and s[3] == "PERSON" and not s[2] and tok.dep_ == "pobj"
            and tok.head.lower_ in PLACE_PREPOSITIONS and tok.text not in ctx.kb.given_names)


def _untagged_people(ctx: Context) -> list[NameSpan]:
    """Capitalised words with no entity label in apposition to a person's role ('X, Russia's ambassador')."""
    out: list[NameSpan] = []

    def title(k: int) -> bool:
        return bool(ctx.kb.role(ctx.toks[k].lower_)) or ctx.toks[k].text in ctx.kb.honorifics

    for tok in ctx.toks:
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or not _appos_to_role(ctx, tok):
            continue
        i = tok.i
        while i > 0 and ctx.toks[i - 1].dep_ == "compound" and ctx.toks[i - 1].pos_ == "PROPN" \
                and ctx.toks[i - 1].head.i == tok.i and not ctx.toks[i - 1].ent_type_:
            i -= 1
        while i < tok.i and (title(i) or (ctx.toks[i].lower_ in ctx.kb.portfolios and i > 0
                                          and ctx.toks[i - 1].pos_ == "PROPN")):
            i += 1  # "Prince [Khalid], a veteran diplomat": the name after the title; "... Industrial Base
            # [Reform] Kazuhiro Tanabe": the portfolio's last word the parser hung on the name
        if not any(title(k) for k in range(i, tok.i + 1)) and (tok.i > i or ctx.toks[i].text in ctx.kb.given_names):
            out.append((i, tok.i + 1, [], "PERSON"))
    return out + _titled_given_names(ctx, {t for s in out for t in range(s[0], s[1])})


def _titled_given_names(ctx: Context, taken: set[int]) -> list[NameSpan]:
    """Untagged capitalised words opening with a known given name after a person's title ('Minister for the
    Ecological Transition Elena Ruiz Castellanos'): a person."""
    out: list[NameSpan] = []
    toks = ctx.toks

    def word(t: int) -> bool:
        tok = toks[t]
        return (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and tok.text[1:].islower()
                and t not in taken and ctx.kb.role(tok.lower_) is None and "\n" not in tok.whitespace_)

    t = 0
    while t < len(toks):
        if toks[t].text not in ctx.kb.given_names or not word(t):
            t += 1
            continue
        end = t + 1
        while end < len(toks) and word(end) and end - t < 4:
            end += 1
        if end - t >= 2 and _titled_before(ctx, t):
            out.append((t, end, [], "PERSON"))
        t = end
    return out


def _known_surnames(ctx: Context, spans: list[NameSpan]) -> list[NameSpan]:
    """Make a lone word that is the surname of a person named in the text a person ('Meloni', 'Wang')."""
    doc = ctx.toks
    full = [s for s in spans if _is_person(s) and s[1] - s[0] > 1
            and ctx.kb.place(ctx.text[slice(*ctx.span_of(*s[:2]))]) is None]  # not "Port Sudan", a city
    surnames = {doc[s[1] - 1].text for s in full}
    surnames |= {doc[t].text for s in full if s[1] - s[0] > 2 for t in range(s[0] + 1, s[1] - 1)}  # "Mendieta"
    surnames |= {doc[s[0]].text for s in full if s[1] - s[0] > 2 and doc[s[1] - 2].text == "-"
                 and _syllable(doc[s[1] - 1])}  # "Bae" of "Bae Jin-seok": the family name first
    for s in full:
        if s[2]:
            surnames |= ctx.kb.family_names(s[2][0].name, s[2][0].country)
    surnames = {w for w in surnames if w[:1].isupper() and len(w) > 1 and not NAME_SUFFIX.match(w)}
    # surnames written with a particle and a hyphen ("Al-Rashidi" of "Fahad al-Rashidi"), in any case
    joined = {ctx.text[slice(*ctx.span_of(*s[:2]))].split()[-1].casefold() for s in full}
    joined = {w for w in joined if "-" in w}
    covered = {t for s in spans for t in range(s[0], s[1])}
    out = [(i, j, [], "PERSON") if (j - i == 1 and doc[i].text in surnames) or (
        ctx.text[slice(*ctx.span_of(i, j))].casefold() in joined) else (i, j, e, label) for i, j, e, label in spans]
    out += [(t.i, t.i + 1, [], "PERSON") for t in ctx.toks if t.text in surnames and t.i not in covered
            and not _inside_name(doc, t.i)]
    for k in range(len(doc) - 2):  # "Ngoma-Loukou", the tagger's two names, is the surname of Mathias Ngoma-Loukou
        if doc[k + 1].text == "-" and f"{doc[k].text}-{doc[k + 2].text}".casefold() in joined and not any(
                s[0] <= k and k + 3 <= s[1] for s in out):
            out = [s for s in out if s[1] <= k or s[0] >= k + 3] + [(k, k + 3, [], "PERSON")]
    covered |= {s[0] for s in out}
    for t in ctx.toks:  # a surname spaCy missed altogether ('Milei said ...')
        if t.pos_ == "PROPN" and t.i not in covered and t.text[:1].isupper() and not t.ent_type_:
            entries = _surname(ctx, t.i, t.i + 1, "")
            if entries and not _inside_other_name(ctx, t.i, t.i + 1, entries):
                out.append((t.i, t.i + 1, entries, "PERSON"))
    return sorted(out, key=lambda s: s[0])


def _inside_name(doc: list[Token], i: int) -> bool:
    """Whether a word stands between capitalised proper nouns: part of a longer name ("Juliana Ibáñez Pardo")."""
    return any(0 <= k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() for k in (i - 1, i + 1))


def _names_government(ctx: Context, s: NameSpan) -> bool:
    """Whether a leader's name only names a government ('the Biden administration', 'the Starmer government'):
    the name is then the country's word in the government's phrase, not a mention of the person."""
    i, j, entries, _ = s
    last = ctx.toks[j - 1]
    if not _is_person(s) or last.dep_ != "compound" or last.head.i != j or last.head.lower_ not in GOVERNMENT_WORDS:
        return False
    people = [e for e in entries if e.kind == "person"] or ctx.kb.surname(
        ctx.text[slice(*ctx.span_of(i, j))], ctx.date)
    country = next((e.country for e in people if e.country and e.active(ctx.date)), None)
    country = country or next((e.country for e in people if e.country), None)
    if country is None:
        return False
    ctx.leaders[i] = (j, country)
    return True


def _is_person(s: NameSpan) -> bool:
    return s[3] == "PERSON" or bool(s[2] and s[2][0].kind == "person")


def _named(ctx: Context, spans: list[NameSpan]) -> list[Mention]:
    out = []
    for s in spans:
        if any(t in ctx.taken for t in range(s[0], s[1])):
            continue
        m = _name_mention(ctx, *s)
        if m is not None:
            out.append(m)
            ctx.taken.update(range(s[0], s[1]), m.consumed)
    return out


def _name_mention(ctx: Context, i: int, j: int, entries: list[Entry], label: str) -> Mention | None:
    doc = ctx.toks
    if label == "PERSON":
        i = _after_title(ctx, i, j)  # title words inside the entity belong to the title
        if (role := role_at(doc, i, ctx.kb)) is not None and role[0].kind == "person" and role[1] > j - 1:
            return None  # "[Slovak Prime] Minister Miroslav Hudec": the start of a title, no name
    if not any(c.isalpha() for t in range(i, j) for c in doc[t].text):
        return None  # punctuation or space that spaCy took for a name
    head = _span_head(doc, i, j)
    if entries:
        return _kb_mention(ctx, i, j, head, _choose(entries, ctx.date))
    if label == "PERSON":
        return _person(ctx, i, j, head, None)
    if label == "ORG":
        return _organisation(ctx, i, j, head)
    if label == "NORP":
        return _people_of(ctx, i, j, head)
    return None


def _choose(entries: list[Entry], date: dt.date | None) -> Entry:
    active = [e for e in entries if e.kind == "person" and e.active(date)]
    return (active or entries)[0]


def _kb_mention(ctx: Context, i: int, j: int, head: int, entry: Entry) -> Mention | None:
    if entry.kind == "person":
        return _person(ctx, i, j, head, entry)
    if not entry.always and not _acting(ctx.toks[head]):
        return None  # a capital as a place, not as its government
    if entry.kind == "capital" and _dateline(ctx, i, j):
        return None
    tok = ctx.toks[head]
    if entry.kind == "region" and tok.dep_ in ("amod", "compound") and tok.head.i > head:
        return None  # a region as an adjective ('Caribbean fishermen') is no actor
    national = entry.kind == "standin" or (entry.kind == "organization" and entry.sector == "GOV")
    if national and ctx.kb.country(entry.country or "") and (owner := _other_owner(ctx, tok, entry)) is not None:
        m = ctx.mention(i, j, head, form="org", kind="organization", country=owner, sector=entry.sector)
        m.name = ctx.text[m.start:m.end]  # "Germany's Foreign Office" is not Britain's
        return m
    kind = {"organization": "organization", "region": "group"}.get(entry.kind, "state")
    if entry.kind in ("standin", "capital") and len(entry.country or "") != 3:
        kind = "organization"
    form = {"state": "state", "standin": "standin", "capital": "standin"}.get(entry.kind, "org")
    m = ctx.mention(i, j, head, form=form, kind=kind, entry=entry, country=entry.country, sector=entry.sector)
    m.name = entry.name
    m.plural = kind == "group"
    return m


def _other_owner(ctx: Context, tok: Token, entry: Entry) -> str | None:
    """The state a stand-in's possessive or "of" phrase names where it is not the stand-in's own ("Germany's
    Foreign Office", "the Treasury of Ukraine"): the same office of another state."""
    owners = [c for c in tok.lefts if c.dep_ == "poss"]
    owners += [g for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        found = _country_word(ctx, owner.left_edge.i if owner.dep_ == "poss" else owner.i, capitals=False,
                              organisations=False)
        if found is not None and found[0] and ctx.kb.country(found[0]) and found[0] != entry.country:
            return found[0]
    return None


def dateline_country(text: str, kb: KnowledgeBase) -> str | None:
    """The country of the place in the dateline opening one of the article's first paragraphs ('KYIV, March 3
    (Reuters) -' -> UKR): where the story is told from."""
    for para in [0, *(m.end() for m in re.finditer(r"\n+", text))][:DATELINE_PARAGRAPHS]:
        found = DATELINE.match(text, para)
        if found is None:
            continue
        place = re.split(r"[,(\u2014\u2013:]|\s-", found.group(0))[0].strip()
        states = {e.country for e in kb.lookup(place) if e.kind in ("state", "capital")}
        town = (kb.place_in(place.title(), text) or kb.place_in(_folded(place).title(), text)) if not states \
            else None  # "MALÉ"; "SANTA ANA — ... Salvadoran police": the town of the country the story names
        code = states.pop() if len(states) == 1 else town.country if town else None
        return code if code and kb.country(code) else None
    return None


def _folded(name: str) -> str:
    """A name without its accents ("MALÉ" -> "MALE"), as the gazetteer's plain spelling has it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _dateline_tokens(ctx: Context) -> set[int]:
    """The tokens of the datelines that open paragraphs ("KYIV, March 3 (Reuters) -"): no actor mentions."""
    out: set[int] = set()
    starts = [t.idx for t in ctx.toks]
    for para in ctx.paras:
        found = DATELINE.match(ctx.text, para)
        if found is not None:
            out.update(range(bisect_left(starts, para), bisect_left(starts, found.end())))
    return out


def _dateline(ctx: Context, i: int, j: int) -> bool:
    """Whether a place opens a paragraph as the dateline of a report ('BERLIN — Poland on Monday ...')."""
    starts_line = i == 0 or "\n" in ctx.toks[i - 1].text or ctx.toks[i - 1].text_with_ws.endswith("\n")
    return starts_line and j < len(ctx.toks) and ctx.toks[j].text in ("\u2014", "\u2013", "-", "--", "(", ":")


def _acting(tok: Token) -> bool:
    """Whether a capital stands for its government here: it acts, is acted on or addressed, not a place."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ACTING_DEPS or tok.dep_ in ("dobj", "dative"):
        return True
    if tok.dep_ == "ROOT" and tok.i == tok.sent.start and any(
            c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP") for c in tok.children):
        return True  # "Cairo, which backs the rival administration, called for calm", its verb misread as a modifier
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    held = {prep.head.lemma_.lower(), tok.doc[prep.i - 1].lemma_.lower() if prep.i else ""}
    if prep.lower_ == "in" and held & STANCE_NOUNS:
        return True  # 'concerns in Brussels', 'caused alarm in Washington': the seat of power holds them
    if prep.lower_ in ("between", "from") and held & (RELATION_NOUNS | STANCE_NOUNS):
        return True  # 'ties between Tokyo and Seoul', 'pressure from Warsaw': governments, not places
    if prep.lower_ in ("of", "at") and held & TAKEN_SIDES.get(prep.lower_, frozenset()):
        return True  # 'critical of Pyongyang', 'in favour of Malabo', 'a jab at Moscow'
    if prep.lower_ in LOCATIVE:
        return False
    if prep.lower_ == "to" and prep.head.lemma_ in MOTION and any(
            c.dep_ == "dobj" and c.lemma_.lower() in GOODS for c in prep.head.children):
        return True  # 'would not send weapons to Kyiv': the government that receives them
    return not (prep.lower_ == "to" and prep.head.lemma_ in MOTION)


def _postnominal(ctx: Context, s: NameSpan, spans: list[NameSpan]) -> bool:
    """Whether a span is an honour or rank right after a person's name ("Esterhuizen [AO]"), no actor of its own."""
    return s[1] - s[0] == 1 and bool(POSTNOMINAL.match(ctx.toks[s[0]].text)) and any(
        o[1] == s[0] and _is_person(o) for o in spans)


def _person(ctx: Context, i: int, j: int, head: int, entry: Entry | None) -> Mention:
    while j - i > 2 and POSTNOMINAL.match(ctx.toks[j - 1].text):
        j -= 1  # "Priya Ranganathan SC", "Margaret Esterhuizen AO": honours and ranks after a name are no name
    head = min(head, j - 1)
    m = ctx.mention(i, j, head, form="name", kind="person", entry=entry)
    title = _describe(ctx, _title_tokens(ctx, i, head))
    appos = _appositions(ctx, ctx.toks[head], i, j)
    if (stray := _described_after(ctx, j)) is not None:  # "X, a former commander of ...": a commander too
        m.roles += [info.role for info, words in appos if info.role and words and words[0] <= stray.i < words[1]]
    for info in [title, *(a for a, _ in appos)]:
        m.country = m.country or info.country
        m.sector = m.sector or info.sector
        m.role = m.role or info.role
        m.office = m.office or info.office
        m.gender = m.gender or info.gender
        m.former = m.former or info.former
        m.consumed |= info.tokens
    body = next((info for info in [title, *(a for a, _ in appos)] if info.country and info.sector == "IGO"
                 and ctx.kb.country(info.country) is None), None)
    if body is None and title.sector == "IGO" and title.tokens and title.country is None and (
            served := _body_ending(ctx, min(title.tokens))) is not None and served.sector == "IGO":
        body = Info(country=served.country, sector=served.sector)  # "IGAD executive secretary X, a Ugandan"
        if m.country is None:
            m.country, m.sector = body.country, body.sector
    headed = next((info.body for info in [title, *(a for a, _ in appos)] if info.body), None) if body is None else None
    if headed is not None and not (title.title is not None and _abroad(title.title)):
        body = Info(country=headed, sector="IGO")  # "X, a Chilean academic who serves as UN special rapporteur"
        m.country, m.sector = headed, "IGO"
    by_trade = any(info.country == m.country and (info.role or "").split()[-1:] and (info.role or "").split()[-1]
                   in TRADES for info in [title, *(a for a, _ in appos)])
    by_birth = any(info.country == m.country and (info.sector in (None, "MIL") or info.former)
                   for info, _ in appos)  # "a Djiboutian", "a Hungarian officer", "a Polish former police chief":
    # a nationality, not a state's office
    m.serves = (by_trade or by_birth) and any(words and _body_owned(ctx, *words) for _, words in appos)
    if body is not None and ((m.role or "").split()[-1:] == ["diplomat"] or by_trade or by_birth):
        m.country, m.sector = body.country, body.sector  # "ASEAN's special envoy on Myanmar, Philippine diplomat
        # Ramon Villareal", "The IMF mission chief, X, a Swedish economist": the body's, of a nationality by trade
    m.qualifiers |= {ctx.toks[t].lower_ for t in title.tokens if ctx.kb.described_by(ctx.toks[t].lower_)}  # "Junta
    # spokesman X": the junta's
    if m.country is None and title.role and (of := _state_of(ctx, head)):
        m.country = of  # "President Kofi Mensah [of Ghana]"
    if m.country == EUROPE and title.role and title.country == EUROPE:
        m.country, m.sector = UNION, m.sector or "IGO"  # "European Commissioner Anders Holmqvist": the Union's
    if m.country is None and title.role and title.sector != "IGO" and (fronted := _fronted_capital(ctx, head)):
        m.country = fronted  # "In Tehran, Foreign Ministry spokesman Hamid Rezaei warned ..."
    if m.sector == "IGO" and ctx.kb.country(m.country or "") and not any(
            x.affiliated for x in [title, *(a for a, _ in appos)]):
        m.sector = "GOV"  # 'India's Indus commissioner' serves a state, not an international body
    m.also = [ctx.span_of(*words) for info, words in appos if info.role and words]
    m.introduced = any(info.role and words and "the" in (ctx.toks[words[0]].lower_, ctx.toks[words[0] - 1].lower_)
                       for info, words in appos)  # "The farmer, Teresita Galang": named after a description
    if i in ctx.titles and title.tokens:  # "Spain's Minister for ... and the Demographic Challenge": her title
        m.also.append(ctx.span_of(min(title.tokens), max(title.tokens) + 1))
    if entry is not None and ctx.kb.country(m.country or "") and entry.country not in (m.country, None):
        entry = m.entry = None  # 'Pedro Sánchez, Colombia's defence minister' is not Spain's prime minister
        m.name = ctx.text[m.start:m.end]
    m.name = entry.name if entry else _strip_possessive(m.name)
    if entry is None and not m.gender and j - i > 1:  # "Nana Ama Serwaa Boakye": the first given name known
        m.gender = next((g for t in range(i, min(i + 2, j - 1)) if (g := ctx.kb.given_names.get(ctx.toks[t].text))),
                        None)
    return m


def _fronted_capital(ctx: Context, head: int) -> str | None:
    """The state whose capital or named town opens the sentence of a name ("In Tehran, ...", "In the Japanese
    city of Nara, ..."): where the official speaks from."""
    sent = ctx.toks[head].sent
    k = sent.start
    if ctx.toks[k].lower_ not in ("in", "from") or k + 2 >= head:
        return None
    if ctx.toks[k + 1].lower_ == "the" and (town := demonym_at(ctx.toks, k + 2, ctx.kb)) is not None:
        code, end = town
        if end + 2 < head and ctx.toks[end].lower_ in TOWN_WORDS and ctx.toks[end + 1].lower_ == "of":
            return code
    found = _country_word(ctx, k + 1, capitals=True, organisations=False)
    if found is None or found[0] is None or ctx.toks[found[1]].text != "," or not ctx.kb.country(found[0]):
        return None
    return found[0]


def _appositions(ctx: Context, tok: Token, i: int, j: int) -> list[tuple[Info, tuple[int, int] | None]]:
    """What role phrases in apposition to a name say, with the tokens of their head phrase.

    Both orders count: 'Pavel Orlov, Russia's ambassador to Denmark' and 'Russia's ambassador, Pavel Orlov';
    the head phrase ('Russia's ambassador') becomes a second mention of the person.
    """
    out: list[tuple[Info, tuple[int, int] | None]] = []
    stray = _stray_apposition(ctx, tok, j)  # "with President X, a former commander of ...", hung elsewhere
    for c in [*tok.children, *([stray] if stray is not None else [])]:
        if c.dep_ == "appos" and c.lower_ in KIN:  # "the sister of leader Kim Jong Un": his role, not hers; his
            kin = [e for t in _of_phrase(ctx, c) for e in ctx.names.get(t, (0, []))[1][:1] if e.kind == "person"]
            out += [(Info(country=kin[0].country), None)] if kin else []  # country
        elif c.dep_ == "appos":
            phrase = _head_phrase(ctx, [*_modifiers(c), c.i], c.i, (i, j))
            out.append((_describe(ctx, _subtree(ctx, c)), phrase))
    if tok.dep_ == "appos" and tok.head.i < i:  # "The Vice President, Mike Pence"
        head = _appos_head(tok)
        head = head if head is not tok.head and _person_role(ctx, head.i) else tok.head
        words = [t for t in [*_modifiers(head), head.i] if t not in ctx.taken]
        said = words + [t for t in _of_phrase(ctx, head) if not i <= t < j]  # 'director of Amnesty'
        if not any(ctx.toks[k].text == "," for k in range(head.i, i)):  # "Country Director and Representative in
            said += [k for k in range(head.i + 1, i) if k not in ctx.taken]  # Sudan Ingrid Haugen": one title
        out.append((_describe(ctx, said), _head_phrase(ctx, words, head.i, (i, j))))
    return out


def _body_owned(ctx: Context, start: int, end: int) -> bool:
    """Whether a role phrase is a body's by "its" or "of the <body>" ("its chief", "the head of the mission")."""
    toks = ctx.toks
    after = [t.lower_ for t in toks[end : end + 3]]
    return any(t.lower_ == "its" for t in toks[max(0, start - 1) : end]) or (
        after[:2] == ["of", "the"] and after[2:] != [] and after[2] in SERVING_BODIES)


def _described_after(ctx: Context, j: int) -> Token | None:
    """The head of an indefinite description set off right after a name ending at token j ("X, a former
    commander of the Land Forces")."""
    toks = ctx.toks
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    found = next((t for t in toks[j + 1 : min(len(toks), j + 5)] if t.dep_ == "appos" and t.left_edge.i == j + 1), None)
    if found is None or found.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                          for c in found.children):
        return None
    return found


def _stray_apposition(ctx: Context, tok: Token, j: int) -> Token | None:
    """A description set off right after a name that the parser hung on a word before the name ("spoke at a news
    conference with President X, a former commander of the Land Forces": the commander is X)."""
    found = _described_after(ctx, j)
    if found is None or found.head.i >= tok.i:
        return None  # not "whether he trusted Aktaş, the Greek minister, ...": the one asked, not Aktaş
    role = role_at(ctx.toks, found.i, ctx.kb)
    return found if role is not None and role[0].kind == "person" else None


def _of_phrase(ctx: Context, head: Token) -> list[int]:
    """The tokens of an 'of' phrase after a role word, which name whom the person serves."""
    return [t for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for t in _subtree(ctx, c)]


def _head_phrase(ctx: Context, words: list[int], head: int, name: tuple[int, int]) -> tuple[int, int] | None:
    """First and end token of a person's role phrase set off from the name by a comma, without its article.

    Title words run into the name ('US President Donald Trump') are no phrase of their own.
    """
    doc = ctx.toks
    words = sorted(t for t in words if t not in ctx.taken)
    while words and (doc[words[0]].dep_ == "det" or doc[words[0]].tag_ == "POS" or doc[words[0]].is_punct):
        words = words[1:]
    if not words or words[-1] - words[0] + 1 != len(words) or not _person_role(ctx, head):
        return None
    gap = range(words[-1] + 1, name[0]) if words[0] < name[0] else range(name[1], words[0])
    if not any(doc[k].text == "," for k in gap) or any(doc[k].ent_type_ == "PERSON" for k in words):
        return None
    return words[0], words[-1] + 1


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "\u2019s")) else name


def _title_tokens(ctx: Context, i: int, head: int) -> list[int]:
    """Tokens left of a name that modify it: 'Italian Prime Minister' of 'Italian Prime Minister Giorgia Meloni';
    for a name the parser hung on a title's portfolio, the title and its portfolio ('Togo's Minister of Public
    Works' of 'Togo's Minister of Public Works Edem Kossi Agbodjan')."""
    found = [t for t in _modifiers(ctx.toks[head]) if t < i and t not in ctx.taken]
    if i in ctx.titles and not any(t < ctx.titles[i] for t in found):  # the name past a long portfolio
        return [t for t in range(ctx.toks[ctx.titles[i]].left_edge.i, i) if t not in ctx.taken]
    if not found and (run := _capitalised_title(ctx, i)):
        return run
    prep = ctx.toks[head].head
    title = prep.head
    climbed = False
    for _ in range(2 if ctx.toks[head].dep_ == "pobj" else 0):  # "Minister of Foreign Affairs [of the Hellenic
        # Republic] Pavlos Mavrogiannis": a name the parser hung on the state served
        if title.dep_ != "pobj" or role_at(ctx.toks, title.i, ctx.kb) is not None:
            break
        prep, title, climbed = title.head, title.head.head, True
    if found and not (climbed and all(prep.i < t for t in found)):  # "of [the Hellenic Republic] Pavlos ...": the
        return found  # state served
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "for") or not title.i < prep.i < i:
        return found
    role = role_at(ctx.toks, title.i, ctx.kb)
    if role is None or role[0].kind != "person":
        return found
    return [t for t in range(title.left_edge.i, i) if t not in ctx.taken]


def _capitalised_title(ctx: Context, i: int) -> list[int]:
    """The capitalised title right before a name the parser hung elsewhere ('Chinese Vice Foreign Minister' of
    'Chinese Vice Foreign Minister Liu Jianping hosted officials', parsed as a noun phrase on 'officials')."""
    k = i
    while k > 0 and k - 1 not in ctx.taken and ctx.toks[k - 1].is_alpha and ctx.toks[k - 1].text[:1].isupper():
        k -= 1
        if ctx.toks[k].is_sent_start:
            break
    role = next((r for t in range(k, i) if (r := role_at(ctx.toks, t, ctx.kb)) and r[1] == i), None)
    return list(range(k, i)) if role and role[0].kind == "person" else []


def _modifiers(tok: Token) -> list[int]:
    """The noun-phrase words left of a head word (determiners, adjectives, compounds, possessives)."""
    return sorted(t.i for c in tok.lefts if c.dep_ in TITLE_DEPS for t in c.subtree)


def _subtree(ctx: Context, tok: Token) -> list[int]:
    return [t.i for t in tok.subtree if t.i not in ctx.taken]


def _organisation(ctx: Context, i: int, j: int, head: int) -> Mention:
    """An organisation not in the knowledge base: country and sector from its own and its title words."""
    m = ctx.mention(i, j, head, form="org", kind="organization")
    inner = _describe(ctx, list(range(i, j)), capitals=True, organisations=False)
    title = _describe(ctx, _title_tokens(ctx, i, head))
    words = [ctx.toks[t].lower_ for t in range(i, j)]
    if _sending(ctx, words):  # 'the United States Embassy in Iraq' is the sending state's, not the host's
        m.country = title.country or inner.country or _place_after(ctx, head)
    else:
        m.country = title.country or _place_after(ctx, head) or inner.country or _place_before(ctx, head)
    sectors = [role.sector for w in reversed(words) if (role := ctx.kb.role(w)) and role.sector]
    titled = [role.sector for t in _title_tokens(ctx, i, head)
              if (role := ctx.kb.role(ctx.toks[t].lower_)) and role.kind == "organization" and role.sector]
    m.sector = sectors[0] if sectors else titled[-1] if titled else inner.sector  # "Indian conglomerate X": BUS
    body = ctx.names.get(i, (0, []))[1][:1]
    if body and body[0].kind == "organization" and body[0].sector == "IGO":  # 'AU Commission' is the AU's
        m.country, m.sector = body[0].country, "IGO"
    elif m.sector == "GOV" and (leader := ctx.kb.surname(ctx.toks[i].text, ctx.date)):
        m.country = m.country or leader[0].country  # 'the Trump administration' is the USA's government
    bodies = {t for k, (end, entries) in ctx.names.items() if entries and entries[0].kind == "organization"
              for t in range(k, end)}
    m.consumed |= title.tokens - bodies  # "the [International Atomic Energy Agency]'s Board": a name of its own
    if title.tokens and m.country and ctx.toks[min(title.tokens)].dep_ == "poss":
        m.start = ctx.toks[min(title.tokens)].idx  # "Pakistan's foreign ministry" is one mention
        m.name = ctx.text[m.start:m.end]
    return m


def _people_of(ctx: Context, i: int, j: int, head: int) -> Mention | None:
    """A demonym used as a noun ('the Russians') names a group of that country; as an adjective, nothing."""
    tok = ctx.toks[head]
    code = ctx.kb.demonym(ctx.text[ctx.toks[i].idx:ctx.toks[j - 1].idx + len(ctx.toks[j - 1])])
    if code is None or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("amod", "compound"):
        return None
    if ctx.kb.country(code) is None and j < len(ctx.toks) and ctx.toks[j].pos_ == "NOUN":
        return None  # a region as an adjective ('Caribbean fishermen') is no actor
    return ctx.mention(i, j, head, form="group", kind="group", country=code, plural=True)


# -- title and description words -----------------------------------------------------------------------------
def _describe(ctx: Context, tokens: list[int], capitals: bool = True, organisations: bool = True) -> Info:
    """Country, role, sector and gender said by a run of title words; the words that said them are used up."""
    info = Info()
    doc, kb = ctx.toks, ctx.kb
    ts = sorted(tokens)
    k = 0
    while k < len(ts):
        t = ts[k]
        named = _country_word(ctx, t, capitals, organisations)
        if named and doc[t].head.lower_ in PATRONAGE and doc[t].head.i > t:  # "Russian-backed separatists":
            info.tokens.update(range(t, named[1]))  # their patron's word, not their country
            k = bisect_left(ts, named[1])
            continue
        if named and named[0] and named[2] == "IGO" and kb.country(named[0]) is None and any(
                a.dep_ == "relcl" and a.i in tokens and a.lemma_.lower() in SERVING_VERBS and a.tag_ in ("VBZ", "VBP")
                for a in doc[t].ancestors):
            info.body = info.body or named[0]  # "a Norwegian national who heads the World Food Programme": the
            k = bisect_left(ts, named[1])  # body served, itself a mention
            continue
        if named and not _title_beyond(ctx, t, named[1]):
            info.country = info.country or named[0]
            if named[2] and not info.affiliated:
                info.sector, info.affiliated = named[2], True
            info.tokens.update(range(t, named[1]))
            k = bisect_left(ts, named[1])
            continue
        end = _role_word(ctx, t, info)
        if end:
            k = bisect_left(ts, end)
            continue
        if doc[t].text in kb.honorifics:
            info.gender = kb.honorifics[doc[t].text] or info.gender  # "Dr." says none
            info.tokens.add(t)
        elif doc[t].lower_ in PAST_HOLDERS:  # "the ousted prime minister" is no longer in office
            info.former = True
        k += 1
    _national_title(info)
    if info.role or info.country:
        clause = {a.i for t in ts for a in doc[t].ancestors if a.dep_ == "relcl"} if info.body else set()
        info.tokens.update(t for t in ts if doc[t].tag_ != "PRP$" and not (
            clause and any(a.i in clause for a in doc[t].ancestors)))  # the clause's body stays a mention
    return info


def _title_beyond(ctx: Context, t: int, end: int) -> bool:
    """Whether a title starting at token t runs past the name there ('Treasury Secretary' past 'Treasury',
    'ECB President' past 'ECB'): the title then says who the person is."""
    found = role_at(ctx.toks, t, ctx.kb)
    return found is not None and found[0].kind == "person" and found[1] > end


def _national_title(info: Info) -> None:
    """A national title carries its country ('Home Secretary' -> GBR) where the words give none; held in another
    country it names no office there ('India's home secretary' is a civil servant, not its home minister)."""
    title = info.title
    if title is None or not title.countries:
        return
    info.country = info.country or title.country
    if info.country and info.country not in title.countries:
        info.office = None


def _country_word(ctx: Context, t: int, capitals: bool,
                  organisations: bool = True) -> tuple[str | None, int, str | None] | None:
    """A country, region or organisation named at token t: (code, end token, sector)."""
    if t in ctx.leaders:
        return ctx.leaders[t][1], ctx.leaders[t][0], None
    dem = demonym_at(ctx.toks, t, ctx.kb)
    if dem and ctx.toks[t].lower_ == "the" and t + 1 in ctx.names and ctx.names[t + 1][0] > dem[1] \
            and ctx.names[t + 1][1][0].kind == "organization":
        return None  # 'the Gulf' of 'The Gulf Cooperation Council': the longer name, from the next word
    longer = t in ctx.names and (dem is None or ctx.names[t][0] > dem[1])  # 'Southern African Development Community'
    if dem and dem[1] - t == 2 and not longer:  # 'West African' before 'West'
        return dem[0], dem[1], None
    if t in ctx.names:
        end, entries = ctx.names[t]
        e = entries[0]
        if e.kind == "person" or (e.kind == "capital" and not capitals):
            return None
        if end == t + 1 and (body := _body_ending(ctx, t)) is not None:
            return body.country, end, body.sector  # 'ECOWAS Commission President': ECOWAS's commission, not the
            # European Commission the bare word names
        if e.kind in ("organization", "standin") and not organisations:
            return None
        return e.country, end, e.sector if e.kind == "organization" else None
    if dem and ctx.kb.country(dem[0]) is None and _place_runs_on(ctx.toks[t], dem[1]):
        return None  # 'Western Cape Premier': a province's name, not the West
    return (dem[0], dem[1], None) if dem else None


def _abroad(role: Role) -> bool:
    """Whether a role is a state's post abroad or one posted there (an embassy, an ambassador): the sending
    state's, wherever it is."""
    return "posted" in role.covers or "sender" in role.covers


def _place_runs_on(tok: Token, end: int) -> bool:
    """Whether the place entity that starts at ``tok`` runs on past token ``end`` ('[Western] Cape')."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("LOC", "GPE", "FAC"):
        return False
    k = tok.i + 1
    while k < len(tok.doc) and tok.doc[k].ent_iob_ == "I":
        k += 1
    return k > end


EUROPE, UNION = "EUR", "EU"  # the region "European" names, and the Union a European office holder serves
GENERIC_BODIES = frozenset({"commission", "council", "parliament", "secretariat", "assembly", "court"})


def _body_ending(ctx: Context, t: int) -> Entry | None:
    """The organisation whose name ends right before token t ('ECOWAS' of 'ECOWAS Commission')."""
    for start in range(max(0, t - 6), t):
        if start in ctx.names and ctx.names[start][0] == t:
            entry = ctx.names[start][1][0]
            return entry if entry.kind == "organization" else None
    return None


def _role_word(ctx: Context, t: int, info: Info) -> int:
    """Record a role word at token t in ``info``; return its end token (0 when there is none)."""
    found = role_at(ctx.toks, t, ctx.kb)
    if not found:
        return 0
    role, end = found
    prev = ctx.toks[t - 1].lower_.rstrip("-") if t > 0 else ""
    last = ctx.toks[end - 1]
    if role.kind == "person" and info.title is not None and last.dep_ == "compound" and last.head.i > last.i and (
            last.head.pos_ == "NOUN" and role_at(ctx.toks, last.head.i, ctx.kb) is None):
        pass  # "a senior official from a Melanesian [member] state": a word of a thing named, no one's role
    elif role.kind == "person" and info.office and not role.office and info.title is not None and (
            info.title.sector == role.sector):
        pass  # "Minister of Foreign Affairs Prince Nawaf": the office, not the rank named after it
    elif role.kind == "person" and info.title is not None and t >= 2 and ctx.toks[t - 1].lower_ == "the" and (
            ctx.toks[t - 2].lower_ in ("of", "to")):
        pass  # "Special Representative of the Secretary-General", "Adviser to the President": whose it is
    elif role.kind == "person":
        national = role.sector == "IGO" and info.sector == "GOV" and info.title is None  # "Foreign Ministry
        # Secretary-General": the ministry's, no international body's
        info.title = role
        info.role = f"{prev} {role.role or role.term}" if prev in MODIFIERS - {"former", "ex"} else role.role
        info.office = None if prev in ("deputy", "vice") else role.office
        info.sector = role.sector if role.sector and not info.affiliated and not national else info.sector
        info.gender = info.gender or role.gender
    elif "members" in role.covers:  # 'NATO leaders', 'EU foreign ministers': people of the member states
        info.sector = role.sector
    elif info.sector in ("OPP", "REB"):  # 'opposition party', 'rebel army': the side they are on decides
        pass
    elif (role.sector in OVERRIDING_SECTORS or not info.sector) and not info.affiliated:
        info.sector = role.sector or info.sector
    info.tokens.update(range(t, end))
    return end


# -- role phrases: groups and descriptions -------------------------------------------------------------------
def _phrases(ctx: Context) -> list[Mention]:
    out = []
    titled = {title for start, title in ctx.titles.items()  # "Prime Minister of Fiji Ratu [Semi Naivalu]"
              if start and ctx.toks[start - 1].text in ctx.kb.honorifics}
    for t in range(len(ctx.toks)):
        if t in ctx.taken or (t in ctx.known and not _title_beyond(ctx, t, ctx.names.get(t, (len(ctx.toks),))[0])):
            continue  # a known name holds no role phrase, unless a title runs past it ('the Fed chair')
        found = role_at(ctx.toks, t, ctx.kb)
        if found and any(t <= k < found[1] for k in titled):
            continue  # "Prime Minister of the Republic of Fiji Ratu Semi Naivalu": the title of the name after it
        if found and (m := _role_phrase(ctx, t, *found)):
            out.append(m)
            ctx.taken.update(m.consumed)
    return out


def _phrase_head(ctx: Context, t: int, end: int, role: Role) -> tuple[int, Role] | None:
    """The noun a role word heads or modifies, with its role ('opposition ... bloc' -> bloc)."""
    doc = ctx.toks
    last = doc[end - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
        head_role = role_at(doc, last.head.i, ctx.kb)
        if not head_role or last.head.i in ctx.taken:
            return None
        return last.head.i, head_role[0]
    return end - 1, role


def _role_phrase(ctx: Context, t: int, role: Role, end: int) -> Mention | None:
    found = _phrase_head(ctx, t, end, role)
    if found is None or not _referring(ctx.toks[found[0]]):
        return None
    head, head_role = found
    doc = ctx.toks
    left = min(doc[head].left_edge.i, doc[t].left_edge.i)  # 'the US secretary of state': the role's own modifiers
    start = next((k for k in range(left, t + 1) if doc[k].tag_ != "PRP$"
                  and all(x not in ctx.taken and doc[x].tag_ != "PRP$" for x in range(k, t))), t)
    while start < t and (doc[start].tag_ == "POS" or doc[start].is_punct):
        start += 1
    start = next((f for f, (e, _) in ctx.names.items() if f < start < e), start)  # "The [Organisation of] Islamic
    # Cooperation's secretary-general", the name's first words hung elsewhere
    det = doc[start].lower_ if doc[start].dep_ in ("det", "poss") else next(  # "A [Ministry of Defence] official"
        (c.lower_ for c in doc[head].children if c.dep_ == "det" and c.i < start), "")
    stop = _right_extension(ctx, head)
    info = _describe(ctx, list(range(start, stop)))
    if info.country in ctx.kb.region_codes and head_role.sector in CIVIL_SECTORS:
        return None  # a region as an adjective ('Caribbean fishermen') is no actor
    owner = next((c for c in doc[head].children if c.dep_ == "poss" and c.i < start), None)
    if info.country is None and owner is not None and (served := _country_word(ctx, owner.i, capitals=True)):
        info.country = served[0]  # "Sudan's army-backed government": the owner the phrase's start left out
    seat = next((g for c in doc[head].children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and g.i in ctx.names and ctx.names[g.i][1][0].kind == "capital"), None)
    owned = start > 0 and doc[start - 1].lower_ in ("his", "her", "its")  # "its ambassador in Buenos Aires":
    seated = info.country is None and seat is not None and head_role.sector == "GOV" and not (  # the owner's,
        owned and _abroad(head_role))  # posted there, whatever place follows
    if seated and seat is not None:
        info.country = ctx.names[seat.i][1][0].country  # "a commerce ministry spokesman in Beijing": China's
    if stop == head + 1 and head_role.kind == "organization":
        stop = _purpose_phrase(ctx, head)  # 'the UN agency for Palestinian refugees' is the agency
    plural = head_role.plural or doc[head].tag_ in ("NNS", "NNPS")
    kind = ("group" if plural else "person") if head_role.kind == "person" else head_role.kind
    form = "description" if kind == "person" or (kind == "organization" and not info.country) else "group"
    m = ctx.mention(start, stop, head, form=form, kind=kind, country=info.country, sector=info.sector,
                    role=info.role if kind == "person" else None, office=info.office, gender=info.gender,
                    plural=plural, former=info.former)
    m.definite = det not in ("a", "an", "another", "one")
    m.counted = plural and any(c.dep_ == "nummod" for c in doc[head].children)
    if start > 0 and doc[start - 1].lower_ in ("his", "her", "its"):  # whose ministry: its owner decides
        m.owner = doc[start - 1].idx
    if start > 1 and doc[start - 1].tag_ == "POS":
        m.possessor = doc[start - 2].idx  # "the junta's spokesman"
    m.name = _strip_det(doc, ctx.text, start, stop)
    m.word = doc[head].lower_
    m.consumed = set(range(start, stop))
    posted = ("of", "for", "at", "to") if "posted" in head_role.covers else ("of", "for", "at")
    m.placed = seated or stop > head + 1 or any(c.dep_ == "prep" and c.lower_ in posted  # "ambassador to Cairo":
                                                for c in doc[head].rights)  # the host; "the ministry in Beijing"
    m.placed = m.placed or (plural and m.sector in SIDES_SECTORS and any(doc[k].lower_ in SEVERAL
                                                                          for k in range(start, head)))
    m.regional = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in COMPASS for g in c.subtree)
                     for c in doc[head].rights)  # "the administration in the east": a rival one
    m.placed = m.placed or m.regional
    m.qualifiers = {doc[k].lower_ for k in range(start, head)
                    if (doc[k].pos_ == "NOUN" and k not in info.tokens) or (
                        doc[k].dep_ == "compound" and ctx.kb.described_by(doc[k].lower_))}  # "junta troops"
    if not m.country and kind == "person" and (body := _body_before(ctx, start, head) or _body_after(ctx, head)):
        m.country, m.sector = body.country, body.sector  # 'the AU Commission chairperson' serves the AU, and so
        # does 'the president of the ECOWAS Commission' ECOWAS
    if not m.country and m.sector not in ("REF", "MED", "IGO", "NGO") and not (owned and _abroad(head_role)):
        seats = "members" not in head_role.covers  # ministers meeting in Brussels are not the EU's
        m.country = _place_after(ctx, head, seats) or _place_before(ctx, head)
        if m.country and not ctx.kb.country(m.country) and m.sector == "GOV":
            m.sector = "IGO"  # 'officials in Brussels' serve the EU
    return m


def _body_before(ctx: Context, start: int, head: int) -> Entry | None:
    """The organisation whose name, ending where a role phrase starts, modifies the role's head: 'the African
    Union Commission chairperson'; of names written one after the other, the first ('the AU Commission chair':
    the AU's, not the European Commission's)."""
    if start == 0 or ctx.toks[start - 1].head.i != head:
        return None
    ends = {end: (k, entries[0]) for k, (end, entries) in ctx.names.items()}
    found = None
    while start in ends:
        start, entry = ends[start]
        found = entry if entry.kind == "organization" else found
    return found


def _body_after(ctx: Context, head: int) -> Entry | None:
    """The organisation a role is "of" ('the president of the ECOWAS Commission'), named in full after it."""
    prep = next((c for c in ctx.toks[head].rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    for k in range(obj.left_edge.i, obj.i + 1):  # the first body its phrase names: "the ECOWAS Commission"
        entries = ctx.names.get(k, (0, []))[1]
        if entries and entries[0].kind == "organization":
            return entries[0]
    return None


def _sending(ctx: Context, words: list[str]) -> bool:
    """Whether a body's words name a post of a state abroad (embassy, consulate, mission), whose country is the
    sending state, never the host the post is in ('the Indian High Commission in Islamabad' is India's)."""
    terms = [*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))]
    return any((role := ctx.kb.role(w)) is not None and "sender" in role.covers for w in terms)


def _purpose_phrase(ctx: Context, head: int) -> int:
    """End token of a body's phrase taking in its 'for'/'of' phrase, whose words name no actor of their own."""
    doc = ctx.toks
    for child in doc[head].rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of") and child.i == head + 1:
            end = child.right_edge.i + 1
            if not any(k in ctx.taken or k in ctx.names for k in range(child.i, end)):
                return end
    return head + 1


def _place_after(ctx: Context, head: int, seats: bool = False) -> str | None:
    """The country a noun is placed in by 'in X' or 'of X' ('the junta in Niger', 'Law Society of Kenya', 'riot
    police in Mombasa'); with ``seats``, also the power a seat of government stands for ('officials in Brussels':
    the EU)."""
    rights = list(ctx.toks[head].rights)
    if head + 1 < len(ctx.toks) and ctx.toks[head + 1].lower_ == "in" and ctx.toks[head + 1] not in rights:
        rights.append(ctx.toks[head + 1])  # "accused the government in Port of Spain", hung on the verb
    if ctx.toks[head].lower_ in SPEAKERS_FOR:  # "a spokesman for the Taliban government", "for Abiy"
        spoken = [t for c in rights if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree if t.i in ctx.names
                  and t.ent_type_ != "PERSON"]  # "for Brazilian President Marcos Teixeira Lima": not Peru's capital
        found = next((e.country for t in spoken for e in ctx.names[t.i][1][:1] if e.country), None)
        demonyms = [t for c in rights if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree
                    if t.ent_type_ == "NORP"]  # "for Brazilian President X"
        found = found or next((c for t in demonyms if (c := ctx.kb.demonym(t.text)) and ctx.kb.country(c)), None)
        if found:
            return found
    for child in rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = _placed_in(ctx, obj, seats) if obj is not None else None
            if found:
                return found
    return None


def _state_of(ctx: Context, head: int) -> str | None:
    """The state a titled name is "of" ("President Kofi Mensah of Ghana"), a state named right after it."""
    prep = next((c for c in ctx.toks[head].rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    entries = ctx.names.get(obj.i, (None, []))[1] if obj is not None else []
    return entries[0].country if entries and entries[0].kind == "state" else None


def _place_before(ctx: Context, head: int) -> str | None:
    """The country a clause opening with 'In X,' places its subject in ('In neighbouring Guyana, the president
    welcomed ...', 'In Beira, several hundred residents marched ...')."""
    tok = ctx.toks[head]
    if tok.dep_ not in SUBJECT_DEPS:
        return None
    for child in tok.head.lefts:
        if child.dep_ == "prep" and child.lower_ == "in" and child.i < tok.left_edge.i:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = _placed_in(ctx, obj) if obj is not None else None
            if found:
                return found
    return None


def _placed_in(ctx: Context, obj: Token, seats: bool = False) -> str | None:
    """The country of the state, capital or town a place phrase's object names (with ``seats``, also a seat
    of power); None for anything else."""
    start = obj.i if obj.i in ctx.names else obj.left_edge.i
    found = ctx.names.get(start)
    name = ctx.text[ctx.toks[start].idx:ctx.toks[found[0] - 1].idx + len(ctx.toks[found[0] - 1])] if found else ""
    if found and found[1][0].kind == "capital" and ctx.kb.homonymous(name):
        town = ctx.kb.place_in(name, ctx.text)  # "police in Tripoli" of a story told from Beirut: Lebanon's
        return town.country if town is not None else found[1][0].country
    if found:
        kind = found[1][0].kind
        return found[1][0].country if kind in ("state", "capital") or (seats and kind == "standin") else None
    if obj.pos_ != "PROPN":
        return None
    first = obj
    while first.i > 0 and ctx.toks[first.i - 1].dep_ == "compound" and ctx.toks[first.i - 1].pos_ == "PROPN":
        first = ctx.toks[first.i - 1]
    place = ctx.kb.place_in(ctx.text[first.idx:obj.idx + len(obj.text)], ctx.text)
    return place.country if place is not None else None


def _referring(head: Token) -> bool:
    """Whether a role phrase names someone, not what someone is ('was mayor', 'served as president', 'is a
    tough negotiator and [a good professor]')."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("attr", "oprd", "acomp") or (head.i > 0 and head.doc[head.i - 1].is_quote):
        return False
    if head.lower_ in COLLECTIVES and (any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) or any(
            c.dep_ in ("amod", "compound") for c in head.children)):
        return False  # "the group" said, not "a group of protesters", "any irregular group" or "an armed group"
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        prep = head.head  # ", as Qatar's prime minister, standing beside him, said": "as" opening a clause, misread
        return prep.i > 0 and prep.doc[prep.i - 1].text == "," and any(c.dep_ == "poss" for c in head.children)
    return True


def _strip_det(doc: list[Token], text: str, start: int, stop: int) -> str:
    if doc[start].dep_ == "det" and doc[start].lower_ in DEFINITE | {"a", "an"}:
        start += 1
    return text[doc[start].idx:doc[stop - 1].idx + len(doc[stop - 1])]


def _right_extension(ctx: Context, head: int) -> int:
    """End token of a phrase, taking in 'of'/'from' + a country or 'both countries' ('officials from Russia')."""
    doc = ctx.toks
    for child in doc[head].rights:
        if child.dep_ != "prep" or child.lower_ not in ("of", "from"):
            continue
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is None or any(x in ctx.taken for x in range(child.i, obj.right_edge.i + 1)):
            continue
        named = next((e for k in range(child.i + 1, obj.i + 1) for e in ctx.names.get(k, (0, []))[1]), None)
        if (named and named.kind in ("state", "organization", "region")) or obj.lower_ in AREA_NOUNS:
            return next((k if doc[k].text in (",", ";", "(") else doc[k].left_edge.i
                         for k in range(obj.i + 1, obj.right_edge.i + 1) if doc[k].text in (",", ";", "(") or (
                             doc[k].dep_ in ("relcl", "acl") and _unnamed_why(doc[k]) and doc[k].left_edge.i > obj.i)),
                        obj.right_edge.i + 1)  # "from a member state[, who spoke on condition of anonymity]",
            # "from a member state [who asked not to be named because ...]", "of the Justice and Equality Movement
            # [(JEM)]"
    return head + 1


WHY_UNNAMED = frozenset({"named", "identified", "anonymity", "authorised", "authorized", "publicly"})


def _unnamed_why(clause: Token) -> bool:
    """Whether a clause says why a source is not named ("who asked not to be named because ...")."""
    for t in clause.subtree:  # up to a comma: "that supports a moratorium[, who asked not to be named]" says who
        if t.is_punct and t.i > clause.i:
            return False
        if t.lower_ in WHY_UNNAMED:
            return True
    return False


# -- pronouns ------------------------------------------------------------------------------------------------
def _pronouns(ctx: Context) -> list[Mention]:
    """He, she, they and their forms; 'it' only as the subject of what an actor says ('Hamas said it ...')."""
    out = []
    for tok in ctx.toks:
        low = tok.lower_
        if low not in PRONOUNS or tok.tag_ not in ("PRP", "PRP$") or tok.i in ctx.taken:
            continue
        governor = _governor(tok) if tok.dep_ != "poss" else _controller(tok)
        if low == "it" and governor is None and not _asked(tok):
            continue
        gender, plural = PRONOUNS[low]
        kind = "organization" if low in ("it", "its") else "group" if plural else "person"
        m = ctx.mention(tok.i, tok.i + 1, tok.i, form="pronoun", kind=kind, gender=gender, plural=plural)
        m.governor = governor
        m.quoted = _inside_quotes(ctx, m.start)
        if tok.dep_ in ("dobj", "dative", "pobj"):
            m.clause = _subject_clause(tok.head if tok.dep_ != "pobj" else tok.head.head)
        out.append(m)
    return out


ASKING_VERBS = frozenset({"press", "urge", "ask", "pressure", "push", "encourage", "invite", "tell", "call"})


def _asked(tok: Token) -> bool:
    """Whether 'it' is the one asked to act ("New Delhi had pressed it to keep the ships out"): a party."""
    head = tok.head
    return tok.dep_ == "dobj" and head.lemma_.lower() in ASKING_VERBS and any(
        c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
        for c in head.children)


def _subject_clause(verb: Token) -> int:
    """The verb whose subject an object pronoun's verb shares: itself, or the verb a subjectless conjunct goes
    with ("telephoned his counterpart and urged him": telephoned)."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb.i


def _inside_quotes(ctx: Context, start: int) -> bool:
    """Whether an offset lies inside a quotation of its paragraph (an odd number of marks before it)."""
    para = ctx.paras[bisect_right(ctx.paras, start) - 1]
    before = ctx.text[para:start]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


def _controller(tok: Token) -> int | None:
    """For a possessive in what one is urged or asked to do ("urged Kigali to pull its troops", "called on the
    rebels to lay down their arms"), the one urged: the doer of that act."""
    verb = tok.head.head if tok.head.dep_ in ("dobj", "nsubj", "nsubjpass") else tok.head.head.head
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    asker = verb.head
    asked = [c for c in asker.children if c.dep_ == "dobj" and c.i < verb.i]
    asked += [g for c in asker.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < verb.i
              for g in c.children if g.dep_ == "pobj"]
    return asked[0].i if len(asked) == 1 and asked[0].pos_ in ("PROPN", "NOUN") else None


def _governor(tok: Token) -> int | None:
    """For the subject of a reported clause ('X said he would'), the subject token of the reporting verb."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ not in ("ccomp", "xcomp", "advcl", "conj"):
        return None
    verb = tok.head.head
    if verb.i > tok.i or any(t.is_quote for t in tok.doc[verb.i:tok.i]):
        return None
    return next((c.i for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
