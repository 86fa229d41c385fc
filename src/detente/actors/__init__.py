"""The actors stage: every mention of a person, organisation, state or group, linked to one actor.

Rules the record follows:

- ``kind``: ``person`` for people, named or described ("the minister"); ``state`` for a country name (sector
  empty: the country as a whole) and for a stand-in of its government (the Kremlin, Downing Street, and a
  capital that speaks or acts: "Beijing warned", "Moscow's decision"; sector GOV, or MIL for the Pentagon);
  ``organization`` for named organisations and for "the ministry"-like phrases, and for a stand-in of an
  international organisation ("Brussels" -> EU); ``group`` for plural role phrases ("Egyptian police",
  "European leaders", "protesters"), plural demonyms ("the Russians") and regions ("Europe").
- A country and its government are two actors: "Russia" (RUS, no sector) and "the Kremlin" (RUS GOV); "the
  Russian government", "Moscow said" and "the Kremlin" are one actor (kind ``state``, RUS GOV).
- Protesters and demonstrators are civilians (CVL), as in CAMEO; "opposition" makes a phrase OPP.
- International organisations have sector IGO and their own code as country (EU, NATO, UN); UN agencies use UN.
- A capital used as a place ("in Moscow") is not an actor mention; a country name always is.
- Title words belong to the name they precede: "Italian Prime Minister Giorgia Meloni" is one mention
  ("Giorgia Meloni") whose title gives role and country; the same holds for an apposition ("X, a fellow at a
  New Delhi think tank"). A role phrase set off by a comma ("Russia's ambassador to Denmark, Pavel Orlov",
  "Pavel Orlov, Russia's ambassador") is a second mention of the same person, who takes role and country
  from it; a role of an international body held for a state ("India's Indus commissioner") is GOV.
- Entity labels are corrected by the words around them: an "organisation" that opens with a given name or an
  honorific, or stands in apposition to a person's role, is a person; a lone "person" word that is a demonym,
  modifies a common noun, follows "in"/"at", or has no full name, title or subject use in the text backing it
  ("Brexit", "the Schengen area") is no actor.
- Territories with their own ISO 3166-1 code (Greenland GRL, Hong Kong HKG, Puerto Rico PRI, the Faroe Islands
  FRO, ...) are actors of their own: a Greenlandic premier is GRL, not DNK. Regions without a code (Scotland,
  Kurdistan) are places; their governments are organisations of the state (Scottish Government: GBR GOV).
  Gaza and the West Bank are Palestine (PSE).
- A group of several sides ("both governments", "the two leaders", "officials from both countries") has no
  country; a group or body that names no country takes one from its context only when the context names one
  country (a wrong country is worse than none); "her ministry" takes the country of its owner.
- An unnamed or named spokesperson with no country of their own speaks for the body just named ("The European
  Commission said ... A spokeswoman, X, said" -> EU IGO; "a bank spokesman" after the World Bank -> WB IGO).
- A dateline ("BERLIN —", "KYIV, March 3 (Reuters) -") is no actor mention, the agency in it included.
- A clause opening with "In X," places a description without a country of its own in X ("In neighbouring
  Guyana, the president ..."); a counterpart is of the other side, and takes no country from its owner.
- Pronouns (he/she/his/her, they/them/their) and definite descriptions ("the president") join an actor
  already mentioned; an unresolved pronoun is no mention.
- The article's date picks the term of office of a known person; a term that ended before it gives "former".
- A description that names no country prefers the article's own country (the one most names and states
  outside quotations belong to, the dateline's place counting once) and its office holder on the article's
  date; one with a nationality only that country's person.
- A national title carries its country ("Treasury Secretary", "Home Secretary", "ECB President"; ``kb/roles.csv``
  ``country``) before the article and anything in the person's quotation; held in another country it names no
  office ("India's home secretary"), and "the attorney general" of a country without that title is no one's.
- A name several organisations or stand-ins bear ("PDP", "RSF", "ICC", "the Treasury") is the sense whose
  country the article names most and whose context words (``kb/organisations.csv`` ``context``) it uses.
- A seat of power in "officials in Brussels" or "concerns in Beijing" stands for its government or body.
- A noun the data give to kinds of actors ('the bloc', 'the agency', 'the rebels', 'the kingdom', 'the
  island'; ``kb/descriptions.csv``) joins the latest actor of that kind, and 'the soldiers' the latest
  soldiers or troops, not the army; 'the island' with no island named before is no actor.
- An acronym in parentheses after a name ('National Liberation Army (ELN)') is the same actor, and so are its
  later uses; a body named after an international organisation ('AU Commission') is that organisation's.
- 'Its' joins the nearest organisation or state before it, as 'it' does.
- A known person matches a name only when the given name written out and the country the text gives agree.
- A region used as an adjective ('Caribbean fishermen') is no actor.
- People named by trade or status ('Tunisian fishermen', 'three Chinese nationals') are a group of their
  nationality; those often caught abroad (fishermen, nationals, passengers, ...) take no country from the story
  when the text gives none, and groups of one country and different trades are different groups.
- 'The group' joins the armed, rights or opposition group named before; 'a group of protesters' is the protesters.
- An official whose description says which international body they head, run or serve ('a Norwegian national who
  heads the World Food Programme') serves that body, which stays a mention of its own.
- A national group or body that names no country ("police", "the interior ministry") takes the country of the
  nearest state-bound actor in its own or the previous sentence (for a group or body: only when those name one
  country), else the article's dominant country.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..document import Document
from ..kb import KnowledgeBase, load
from ..settings import Settings
from .find import dateline_country, find
from .link import Linker
from .mentions import Mention, gazetteer

__all__ = ["resolve", "stage"]

log = logging.getLogger(__name__)


def resolve(document: Document, kb: KnowledgeBase) -> Document:
    """Fill ``document.actors`` from the spaCy parse (``document.doc``)."""
    if document.doc is None:
        log.warning("no parse for %s; actors skipped", document.article.id)
        return document
    mentions = _past_headline(find(document.doc, document.text, kb, gazetteer(kb), document.article.published),
                              document.body_start, kb, document.text)
    linker = Linker(kb, document.article.published, dateline_country(document.text, kb))
    linker.link(mentions)
    document.actors = linker.actors(document.text)
    return document


def _past_headline(mentions: list[Mention], body: int, kb: KnowledgeBase, text: str) -> list[Mention]:
    """Without the names a headline's capitals make up: a person named only there, whom the data do not know,
    is no one ("Mongolia's Dzud Kills More Than 5 Million Animals"), and neither is a body or a group the body
    never names again ("Philippine Farmers March Against Cheap Rice Imports")."""
    if not body:
        return mentions
    words = {w for m in mentions if m.start >= body and m.kind == "person" and len(m.name.split()) > 1
             for w in m.name.split()}  # a full name in the body, not a capitalised word it matched ("Arctic")

    def kept(m: Mention) -> bool:
        if m.start >= body or m.form not in ("name", "org", "group") or kb.lookup(m.name):
            return True
        if m.kind == "person":
            return bool(set(m.name.split()) & words)
        return m.kind == "state" or m.name in text[body:]

    return [m for m in mentions if kept(m)]


REQUIRES = ("parse",)  # the layers this stage reads
ASSIGNS = ("actors",)  # the layer it adds


def stage(settings: Settings) -> Callable[[Document], Document]:
    """Build the actors stage (the knowledge base and its gazetteer are loaded once here)."""
    kb = load(settings.kb_dir, extra=settings.extra_data)
    kb.load_places()

    def run(document: Document) -> Document:
        return resolve(document, kb)

    return run
