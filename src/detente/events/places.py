"""Where an event happens: the city or town a predicate names ("in Geneva", "at a summit in Warsaw", "near
Kharkiv"), else, for the article's body, the place of its dateline ("KYIV —"); and the country a domestic agent
without one acts in ("riot police in Nairobi", "NAIROBI — Police detained ...")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..document import Document, Location
from ..kb import named_in
from ..nlp import entity_bounds
from .layout import DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..kb import KnowledgeBase, Place

AT_PREPS = frozenset({"in", "at", "near", "outside", "inside"})  # a place where something happens
IN_PREPS = frozenset({"in", "near", "outside", "inside"})
OF_PREPS = frozenset({"in", "of", "near", "outside"})  # "a summit in Warsaw", "the town of Manbij"
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# sectors of agents that act at home: police, courts, protesters, students, unions, the opposition
PLACE_PARTICLES = frozenset({"au", "aux", "de", "des", "du", "la", "le", "les", "el", "al", "en", "sur", "di", "da",
                            "do", "dos", "das", "del", "y", "i"})  # lowercase inside a place's name
DOMESTIC_SECTORS = frozenset({"COP", "JUD", "LEG", "CVL", "EDU", "LAB", "OPP", "MED", "AGR", "REB"})
DATELINE_PLACE = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'\-]*(?:[ ][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'\-]*){0,3})")
MAX_DEPTH = 3

NAMED_COUNTS = "detente_country_counts"  # per document: how often the text names each country


def location(place: Place) -> Location:
    return Location(place.name, place.country, place.geonames_id, place.lat, place.lon)


ADMINISTRATIVE = frozenset({"province", "region", "district", "state", "county", "governorate", "prefecture",
                            "oblast", "department", "municipality", "territory"})


NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})


def _town(kb: KnowledgeBase, name: str, token: Token) -> Place | None:
    """The town of that name; of several countries' towns, the one of the country the text names most (counted
    once per document and country)."""
    if not kb.homonymous(name):
        return kb.place(name)
    counts: dict[str, int] = token.doc.user_data.setdefault(NAMED_COUNTS, {})
    missing = kb.town_countries(name) - counts.keys()
    if missing:
        text = token.doc.text
        counts.update({code: named_in(kb, text, code) for code in missing})
    return kb.town_named(name, counts.__getitem__)


def named_place(token: Token, kb: KnowledgeBase) -> Place | None:
    """The gazetteer place a proper name stands for ("Kharkiv", "Tal Afar"); None for a common word."""
    if token.ent_type_ not in PLACE_ENTITIES and (token.pos_ != "PROPN" or token.ent_type_ in NOT_PLACES):
        return None  # not "in March", a month, read as the English town
    if token.is_sent_start and token.ent_type_ not in PLACE_ENTITIES:
        return None  # "Reading the statement, ..." is no town
    name = token.doc[slice(*entity_bounds(token))].text if token.ent_type_ and token.ent_iob_ else token.text
    if name.lower().startswith("the "):
        name = name[4:]
    start = token.i
    while not token.ent_type_ and start > 0 and token.doc[start - 1].dep_ == "compound" and \
            token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head.i == token.i:
        start -= 1  # "Mocímboa da Praia", a town whose last word names another (Cabo Verde's capital)
    whole = _town(kb, token.doc[start : token.i + 1].text, token) if start < token.i else None
    found = whole or _town(kb, name, token)
    words = name.split()
    if found is None and len(words) > 1 and words[-1].lower() in ADMINISTRATIVE:
        found = kb.place(" ".join(words[:-1]))  # "Khost province", "Cabo Delgado region": the place named
    return found


def _place_under(token: Token, kb: KnowledgeBase, depth: int = 0) -> Place | None:
    """The place a prepositional object names, itself or through "of" and "in" ("a summit in Warsaw")."""
    found = named_place(token, kb)
    if found is not None or depth >= MAX_DEPTH:
        return found
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in OF_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if (found := _place_under(obj, kb, depth + 1)) is not None:
                return found
    return None


def event_location(token: Token, kb: KnowledgeBase) -> Place | None:
    """The place a predicate says its act happens in, at or near, on the predicate, its object or the clause
    it belongs to ("detained students in Nairobi", "met at a summit in Warsaw")."""
    heads = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass"})]
    node = token
    for _ in range(MAX_DEPTH):  # "agreed to meet in Geneva", "signed during a visit to ...": up the clause
        if node.dep_ not in {"xcomp", "conj", "advcl", "pcomp"} or node.head.i == node.i:
            break
        node = node.head
        heads.append(node)
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in AT_PREPS):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if (found := _place_under(obj, kb)) is not None:
                    return found
    return None


def names_place(sent: SpacySpan, kb: KnowledgeBase) -> bool:
    """Whether a sentence names a place of the gazetteer, or a country where something happens ("in Syria")."""
    for token in sent:
        if named_place(token, kb) is not None:
            return True
        located = token.dep_ == "pobj" and token.head.lower_ in IN_PREPS  # "fired at Ukraine" is a target
        if located and token.ent_type_ in PLACE_ENTITIES:
            return True
    return False


def dateline_place(document: Document, kb: KnowledgeBase) -> Place | None:
    """The place of the dateline that opens the article's body ("KYIV —", "Lagos (AFP) -"), or None."""
    text = document.text
    start = document.body_start
    while start < len(text) and text[start].isspace():
        start += 1
    line = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
    if DATELINE.match(line) is None:
        return None
    found = DATELINE_PLACE.match(line)
    if found is None:
        return None
    name = found.group(1).strip()
    particles = re.sub(r"[A-Za-zÀ-ÖØ-öø-ÿ']+", lambda w: w.group(0).lower() if w.group(0).lower() in PLACE_PARTICLES
                       else w.group(0).capitalize(), name)  # "PORT-AU-PRINCE": "Port-au-Prince"
    for form in (name, name.title(), " ".join(w.capitalize() for w in name.split()), particles):
        if (place := kb.place(form)) is not None:
            return place
    return None


def domestic(sector: str | None) -> bool:
    """Whether an agent of this sector acts at home (police, courts, protesters), so the place it acts in is
    its country."""
    return sector in DOMESTIC_SECTORS
