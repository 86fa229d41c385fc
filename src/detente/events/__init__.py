"""The events stage: who did what to whom, coded in PLOVER with CAMEO code, QuadClass and intensity.

Choices the record relies on:

- One event per clause predicate; a governing cue and the event it governs are one event ("ready to restore
  relations" -> AGREE, intended; "called on X to resume talks" -> REQUEST, requested, toward X).
- Coordinated sources or targets give one event per pair. A mutual act (talks, agreements, cooperation) with
  two coordinated sources and no target ("X and Y agreed") gives one event in each direction.
- A negated or denied event keeps its type, code and quad and the sign of its intensity, at a quarter of its
  strength (not attacking is not cooperation: "did not send weapons" is AID, negated); a hypothetical one
  ("could", "would", "if") at 0.3, so that a conditional ("would close the Strait if attacked") never outranks
  the asserted act it is part of (the warning). Withheld consent ("did not accept", "will not sign") is a
  rejection, not negated.
- Acts in sport or tourism ("beat Australia by six wickets") are no events; forces sent to a named country
  ("ready to deploy police to Haiti") are help to a host, not a threat.
- An appeal reported as an opinion is a request from the speaker to whoever is to act: "X said the time has
  come for the EU to resume dialogue with Russia", "X said Europe should engage with Moscow" -> REQUEST from
  X toward the EU or Europe (a demand where the speaker says "must"); "we see no sign of Y engaging" is a
  mild reproach of Y (ACCUSE, disapprove). Considering, claiming or answering a charge is no event.
- A party the actors layer has no actor for takes the country its words show: a demonym or country modifier
  ("three Belarusian banks" -> BLR), the place it is of or in ("the Ukrainian city of Kharkiv", "a refinery
  in Russia"); coordinated demonyms ("Colombian and Ecuadorian forces") are one party each.
- Inside a quotation, "we" and "I" stand for the speaker, and a statement without a target is no event. Outside,
  "he" or "she" stands for the only person of that gender named just before; a pronoun that stands for no one
  known ("you", "it") is no party, and a question reports no act.
- The same event reported twice in an article (same code, source, target, negation and modality, no
  conflicting stated dates: headline and body, a repeat) is one event; further evidence is in ``Event.also``.
  This stage knows no time: it gives every event with the word that names it (``Event.trigger``), and the dating
  stage dates them and folds the repeats.
- A verb's object or particle decides its sense (``senses`` in the pattern data): "troops struck the village"
  is force, "struck a deal" an agreement, "struck an upbeat note" no event; "attacked the plan" and "hit out
  at" are criticism; "called up reservists" mobilises and calls for nothing.
- A dateline ("BERLIN —", "KYIV, March 3 (Reuters) -") is never a party. In a headline (a short line without a
  final stop) a comma joins parties as "and" does: "Ethiopia, Kenya pledge to ..." is a mutual act both ways,
  as "France and Germany signed a defence agreement" is.
- A party named by reference takes its parties from the article's earlier events (``story``): "Canberra
  welcomed the agreement" targets the parties of the agreement coded before (never the source itself),
  "condemned the strikes" who struck, "both countries" / "the two ministers" the pair the story is about; with
  no earlier event, no target. A side still open once the article is read is the one the same doer aims at in
  the sentence, else the country the whole article pairs the known side with most (``_completed``).
- An order to one's forces or officials is the ordered act ("ordered the expulsion of five diplomats",
  "ordered inspectors to leave": an expulsion); an order to a state is a demand. A message's participle speaks
  for its sender to its addressee ("fired off a letter to the Commission demanding a ban").
- Events come in text order by sentence; within a sentence, the act the sentence reports comes first (the
  predicate nearest its root: "denied that police had detained two journalists" before "saying they had only
  been asked for their papers"), so that one who keeps one event per sentence keeps that one.
- A verb coordinated with another, or a participle after it, shares its target where it names none ("summoned
  the ambassador and lodged a protest", "struck a boat, killing six"); a denial covers what it denies, not a
  coordinated act.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from dataclasses import replace
from itertools import product
from typing import TYPE_CHECKING

from ..document import Document, Event, Location, Party, Quote, Span
from ..intervals import Intervals
from ..kb import KnowledgeBase, Place
from ..quotemarks import CLOSING_CHARS
from ..settings import Settings
from . import coder, parties, places, refs
from .lexicon import Code, Lexicon, Pattern, each_other, load
from .match import cue
from .story import Story

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

log = logging.getLogger(__name__)

__all__ = ["code_document", "stage"]

MAX_PARTIES = 4
MAX_DEPTH = 40  # steps up a parse tree before a predicate's depth counts as deep enough
FORCES = frozenset({"MIL", "COP"})  # sectors of a state's armed forces and police
AGENTS = FORCES | {"SPY"}  # a state's forces, police and security agents, who act for the state that tells of them
STORMING = frozenset({"storm", "ransack", "overrun", "attack", "besiege", "invade", "smash", "vandalise",
                      "vandalize"})  # what a crowd does to a building in a riot
CROWDS = frozenset({"CVL", "LAB", "EDU"})  # protesters, workers and students
HELPING = frozenset({"help", "assist", "support", "aid"})  # purposes that name whom an act is for
ALONGSIDE = frozenset({"solidarity", "coordination", "cooperation", "line", "accordance", "partnership",
                       "conjunction", "tandem", "concert", "consultation"})  # "in solidarity with X": beside X
TELLING = coder.REPORTING | {"confirm", "announce"}  # verbs whose clause tells of an act
REPORTERS = "MED"  # the sector of news outlets and journalists
BUSINESS = "BUS"  # the sector of companies: their deals with each other are no politics
REGION_FOLK = frozenset({"neighbour", "neighbor", "state", "nation", "country", "partner", "ally"})  # a region's
# states, in the plural ("its Baltic neighbours")
LEAVING = frozenset({"from", "of"})  # the prepositions of a pattern that names what is left
REFERRING = frozenset({"the", "this", "these", "those", "that"})  # determiners of an act named again
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
REFERRED_STATES = frozenset({"country", "nation"})  # "the country": the state named last
CONDEMNING = frozenset({"condemn", "denounce", "criticise", "criticize", "deplore", "decry", "slam", "censure"})
STATE_NOUNS = frozenset({"country", "government", "nation", "state", "capital", "neighbour", "neighbor",
                         "power"})  # sides that are states
RELATIVES = frozenset({"which", "who", "whose", "whom"})  # pronouns that open a clause about the name before
AT_HOME = frozenset({"COP", "REB"})  # police and rebels: their force falls on people at home
STATE_SECTORS = frozenset({None, "GOV", "MIL", "SPY"})  # a state acting as itself, not rebels or an opposition
DENIER_KINDS = frozenset({"state", "capital", "standin"})  # names a denying party may go by
COMMENTATORS = frozenset({"analyst", "expert", "researcher", "economist", "academic", "scholar", "professor",
                          "commentator", "strategist", "historian", "political scientist", "fellow"})  # whose
# quoted words judge acts and do none
ACCUSING = frozenset({"accuse", "blame", "charge"})  # verbs of an accusation a closing denial answers
ARMED_GROUPS = frozenset({"REB", "MIL"})  # sectors of an armed group named as an organisation
STATE_FORCES = frozenset({"army", "military", "government", "troops", "soldiers", "forces", "police", "junta",
                          "regime", "authorities", "soldier", "policemen", "officers"})  # an armed group's foe
REBELS = frozenset({"rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas"})  # a state's foe at
# home
UNCLAIMED = frozenset({"ASSAULT", "COERCE"})  # force whose doer a sentence leaves unnamed (gunmen, a drone) stays so
HOME_SECTORS = frozenset({"OPP", "PTY", "CVL", "LAB", "EDU", "AGR", "MED", "BUS", "REL", "NGO"})  # acting at home
YIELDING = "CONCEDE"  # the type of acts that yield to someone
RETREATING = "RETREAT"  # the type of acts that ease off; an armed opposition's are towards its own state
VICTIMS = frozenset({"ASSAULT", "COERCE"})  # types whose people harmed are those of the place it happened
BUILD_UP = "154"  # forces mobilised at home (MOBILIZE)
BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
CROSSINGS = BORDER_WORDS | {"crossing", "post", "checkpoint", "bridge", "airspace"}  # what a state closes to another
REDUCED_RELATIONS = "160"  # leaving an international body, a state blocking crossings (SANCTION)
LEAVING_WORDS = frozenset({"withdraw", "withdrawal", "pull", "quit", "leave", "exit", "departure"})
STATE_PROTEST = "114"  # the code of a government's formal protest (ACCUSE)
DEMONSTRATION = "140"  # the code of a protest of people in the street (PROTEST)
STRUCK_DEPTH = 5  # how far below a hostile act the place it lands may be named
STATE_NAMES = frozenset({"GPE", "NORP"})  # words that may name a state: "Jordan", "Australian"
PEOPLE_SIDES = frozenset({"leader", "minister", "president", "premier", "delegation", "negotiator", "two"})
ACCUSING = frozenset({"accuse", "blame", "charge", "allege"})  # verbs of a charge another rejects
RELEASES = frozenset({"release", "free", "return"})  # what a demand to a captor asks
HOLDING = "COERCE"  # the type of the act that took them
CAPTURING = frozenset({"seize", "detain", "arrest", "hold", "abduct", "kidnap", "capture", "take"})  # that took them
MUTUAL_KIND = "AGREE"  # the type of the accord whose parties an act under it is aimed at
FIGHTING = "ASSAULT"  # the type of acts two sides do to each other's people
APPEAL = "REQUEST"  # an appeal to no one named: to the story's two sides, from a third party
VISIT = "042"
SIGNED = "057"  # signing a formal agreement
REACHING = frozenset({"reach", "strike", "conclude", "clinch", "seal", "finalise", "finalize", "hammer"})
PEACEKEEPING = "074"  # forces sent to keep the peace: protection given
PEACE_WORDS = frozenset({"peacekeeping", "peacekeepers", "peacekeeper", "peace-keeping"})
CRAFT = frozenset({"drone", "jet", "aircraft", "plane", "warplane", "bomber", "fighter", "helicopter", "warship",
                   "ship", "vessel", "boat", "submarine", "frigate", "destroyer", "balloon", "missile", "rocket"})
PROVOKED = frozenset({"after"})  # "raised its alert level after X fired": X provoked it
RIOT = "145"  # a crowd that riots, storms a building or hurls stones (PROTEST)
COERCION = "170"  # the same done by police or troops (COERCE)
PROTESTING = "PROTEST"  # the type of acts aimed at the state whose embassy they take place at
REGION_PREPS = frozenset({"in", "into", "to", "across", "through", "off", "near", "over", "around"})  # of a place
MISSIONS = frozenset({"embassy", "consulate", "mission"})  # a state's posts abroad
PRESSURE = frozenset({"pressure", "demand", "request", "insistence", "urging", "call", "ultimatum"})  # of someone
# a clause's parts that are not its act's: its subject, clauses of their own, and what a relative clause says
CLAUSE_OWNERS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "advcl", "relcl", "ccomp", "parataxis", "appos"})


REQUIRES = ("parse", "actors", "quotes")  # the layers this stage reads
ASSIGNS = ("events",)  # the layer it adds


def stage(settings: Settings) -> Callable[[Document], Document]:
    """Build the events stage: the lexicon is loaded once, then every document is coded with it."""
    lexicon = load(tuple(settings.extra_data), settings.kb_dir)
    if lexicon.places is not None:
        lexicon.places.load_places()

    def run(document: Document) -> Document:
        document.events = code_document(document, lexicon)
        return document

    return run


def code_document(document: Document, lexicon: Lexicon | None = None) -> list[Event]:
    """The events of a parsed document, one per distinct event, in text order; within a sentence, the events of
    the predicate nearest the sentence's root first (the act the sentence reports, before those it tells of in
    passing: "denied that police had detained two journalists, saying they had only been asked ...")."""
    if document.doc is None:
        log.warning("document %s has no parse; no events coded", document.article.id)
        return []
    lexicon = lexicon or load()
    quotes = Intervals((s.start, s.end, i) for i, q in enumerate(document.quotes)
                       for s in (q.parts or [Span(q.start, q.end, "")]))
    events: list[Event] = []
    story = Story()
    for sent in document.doc.sents:
        if _question(document.text[sent.start_char:sent.end_char]):
            continue  # "Do you think Russia will attack?": a question reports no act
        told: list[tuple[int, float, int, Event]] = []
        for reading in coder.read(sent, lexicon):
            if _names_actor(document, reading):
                continue  # "Kazakhstan's opposition did not stage any rallies": a party, not an act of opposing
            found = list(_events(document, sent, reading, lexicon, quotes, story))
            answer = _denial_answered(document, reading, found, lexicon, story)
            story.add(found, lexicon.mutual(reading.code or "", reading.token), reading.token.i)
            told.extend((_below_root(reading.head), -abs(event.intensity), len(told), event) for event in found)
            told.extend((1, 0.0, len(told), event) for event in answer)
        told.extend((1, 0.0, len(told), event) for event in _charge_answered_after(document, sent, told, lexicon,
                                                                                    quotes, story))
        events.extend(_hosting(document, _mediated(document, sent, [event for *_, event in sorted(
            told, key=lambda x: x[:3])], lexicon, quotes), lexicon))
        for kinds, doer in refs.doers(sent, lexicon):
            story.named(kinds, parties.party(document, doer, lexicon.places))
    return _completed(document, events, lexicon)


CHARGE_ANSWERED = re.compile(
    r",\s+an?\s+(?:charge|accusation|claim|allegation)s?\s+(?:that\s+)?(?P<who>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*(?:\s+(?:government|authorities|junta|ministry|army|military|leadership))?)"
    r"\s+(?:has\s+|have\s+)?(?:always\s+|repeatedly\s+|strongly\s+|flatly\s+|long\s+|consistently\s+)?"
    r"(?P<verb>rejects|rejected|denies|denied|dismisses|dismissed|disputes|disputed)\s*[.!]?\s*$")
CHARGE_WORDS = re.compile(r"\b(?:charge|accusation|claim|allegation)")  # what the idiom needs, looked for first
ANSWER = "120"  # what answering a charge with a denial is: a rejection


def _denial_answered(document: Document, reading: coder.Reading, found: list[Event], lexicon: Lexicon,
                     story: Story) -> list[Event]:
    """The rejection a denial makes of the charge an earlier sentence laid ("Pakistan accused the Taliban of
    sheltering the TTP ... Hamdard denied that Afghanistan shelters the group"): the denier's, aimed at the
    accuser, besides the act it denies."""
    if reading.modality != "denied" or not found or any(e.type == lexicon.codes[ANSWER].type for e in found):
        return []
    verb = next((a for a in reading.token.ancestors if lexicon.modality_words.get(a.lemma_.lower()) == "denied"),
                None)
    denier = parties.subject(verb) if verb is not None else None
    if verb is None or denier is None:
        return []
    by = parties.party(document, denier, lexicon.places)
    if not by.country:
        by = replace(found[0].source)  # "Hamdard denied that Afghanistan shelters the group": its own side
    accuser = story.accuser(by.country) if by.country else None
    if accuser is None or accuser.country == by.country:
        return []
    kind = lexicon.codes[ANSWER]
    return [replace(found[0], type=kind.type, mode=kind.mode, cameo=kind.code, quad=kind.quad,
                    intensity=lexicon.intensity(kind), source=by, target=accuser, modality="asserted",
                    negated=False, trigger=document.span(verb.idx, verb.idx + len(verb.text)), quote=None)]


def _charge_answered_after(document: Document, sent: SpacySpan, told: list[tuple[int, float, int, Event]],
                           lexicon: Lexicon, quotes: Intervals[int], story: Story) -> list[Event]:
    """The denial that closes a sentence of accusation, in the wire idiom "X accused Y of Z, a charge Y denies":
    a rejection by Y of the accuser, and the accusation itself where the parser took "denies" for the sentence's
    verb and left it as denied."""
    text = document.text[sent.start_char:sent.end_char]
    found = CHARGE_ANSWERED.search(text) if CHARGE_WORDS.search(text) else None
    if found is None:
        return []
    start = sent.start_char + found.start("who")
    who = document.actor_at(start, sent.start_char + found.end("who"))
    accused = [e for *_, e in told if e.type == "ACCUSE" and not e.negated and e.modality != "denied"]
    out: list[Event] = []
    if not accused:
        verb = next((t for t in sent if t.lemma_.lower() in ACCUSING and t.pos_ == "VERB"), None)
        if verb is not None:
            reading = coder.Reading(verb, Pattern(coder.ACCUSATION, verb.lemma_.lower()), coder.ACCUSATION, verb, None,
                                    "asserted", False)
            accused = out = [e for e in _events(document, sent, reading, lexicon, quotes, story)
                             if e.source.country]
    name = found.group("who")
    if who is not None:
        by = Party(actor=who.id, name=who.name, country=who.country, sector=who.sector)
    else:  # "N'Djamena", which the tokenizer cuts: a capital of the knowledge base
        entry = next((e for e in (lexicon.places.lookup(name) if lexicon.places else [])
                      if e.kind in DENIER_KINDS and e.country), None)
        by = Party(actor=None, name=name, country=entry.country if entry else None)
    if not by.country or not accused or accused[0].source.country == by.country:
        return out
    accusation = accused[0]
    kind = lexicon.codes[ANSWER]
    if any(e.type == kind.type and e.source.country == by.country for *_, e in told):
        return out
    verb_start = sent.start_char + found.start("verb")
    answer = replace(accusation, type=kind.type, mode=kind.mode, cameo=kind.code, quad=kind.quad,
                     intensity=lexicon.intensity(kind), source=by, target=replace(accusation.source),
                     trigger=document.span(verb_start, sent.start_char + found.end("verb")), quote=None)
    return [*out, answer]


def _completed(document: Document, events: list[Event], lexicon: Lexicon) -> list[Event]:
    """The events with a side the sentence left open completed from the article, as an analyst reading the whole
    story would: from the sentence's other events of the same doer ("condemned the raids and ordered her ministers
    to suspend security cooperation with Bolivia": both aimed at Bolivia) or of the same target, else from the
    country the article pairs the known side with most ("Belarus put its army on high alert" in a story of Belarus
    and Lithuania), but never the unnamed doer of force (gunmen, a drone). A domestic act, an act of people at home
    ("protesters said they opposed it"), or one whose known side the article pairs with no one, stays open."""
    pairs: Counter[tuple[str, str]] = Counter()
    for event in events:
        if event.target is not None and event.source.country and event.target.country and (
                event.source.country != event.target.country) and not event.negated:
            pairs[(event.source.country, event.target.country)] += 1
            pairs[(event.target.country, event.source.country)] += 1
    out = []
    for event in events:
        if (where := _stateless_group_at(document, event)) is not None:
            event = replace(event, source=replace(event.source, country=where))  # "an Islamic State suicide
            # bombing at a mosque in Kunduz": the group acting in Afghanistan
        source, target = event.source, event.target
        if event.type in lexicon.domestic or event.negated or source.sector in HOME_SECTORS or (
                source.country is None) == (target is None or target.country is None):
            out.append(event)
            continue
        if (home := _home_foe(document, source, target)) is not None:
            out.append(replace(event, target=replace(target, country=home) if target else None))
            continue
        known = source.country or (target.country if target is not None else None)
        same = [e for e in events if e is not event and e.evidence == event.evidence and e.target is not None]
        if source.country:
            fill = next((e.target for e in same if e.source.country == known and e.target and e.target.country
                         and e.target.country != known), None)
        else:
            fill = next((e.source for e in same if e.target and e.target.country == known and e.source.country
                         and e.source.country != known), None)
        if fill is None and (source.country or event.type not in UNCLAIMED) and (
                partner := _partner(pairs, known or "")) is not None:
            fill = _side_parties(document, [partner])[0]
        if fill is None:
            out.append(event)
        elif source.country:
            out.append(replace(event, target=replace(fill)))
        else:
            out.append(replace(event, source=replace(fill)))
    return out


def _stateless_group_at(document: Document, event: Event) -> str | None:
    """The country an armed group of no state (the Islamic State, al-Qaeda) acts in: where the event happens,
    else its target's at home."""
    actor = document.actor(event.source.actor) if event.source.actor and not event.source.country else None
    if actor is None or actor.sector != "REB" or event.type not in UNCLAIMED:
        return None
    if event.location is not None and event.location.country:
        return event.location.country
    return event.target.country if event.target is not None else None


def _home_foe(document: Document, source: Party, target: Party | None) -> str | None:
    """The country of the state forces an armed group fights without naming their country ("the RSF, which has
    fought the army since 2023"), or of the rebels a state's forces fight ("its drones struck rebel positions"):
    the doer's own."""
    if target is None or target.country or not source.country or target.name is None:
        return None
    actor = next((a for a in document.actors if a.id == source.actor), None)
    armed = source.sector == "REB" or (actor is not None and actor.kind == "organization"
                                       and actor.sector in ARMED_GROUPS)
    words = set(target.name.lower().split())
    if armed and words & STATE_FORCES:
        return source.country
    state = source.sector in STATE_SECTORS and (actor is None or actor.kind != "organization" or
                                                actor.sector != "REB")
    return source.country if state and words & REBELS else None  # "its drones struck rebel positions"


def _partner(pairs: Counter[tuple[str, str]], country: str) -> str | None:
    """The country an article pairs ``country`` with most, where one leads."""
    ranked = sorted(((n, other) for (one, other), n in pairs.items() if one == country), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


MEDIATE = "045"
TALKS = "040"
HOST = "043"
MAX_GUESTS = 3  # guests hosted together who talk with each other; more are a gathering, not talks
SHELTERED = frozenset({"refugees", "migrants", "exiles", "asylum-seekers", "seekers", "displaced"})


def _hosting(document: Document, found: list[Event], lexicon: Lexicon) -> list[Event]:
    """A sentence's events with what hosting means: the guests visit the host, and guests hosted together
    ("hosted his Ethiopian and Somali counterparts", "hosted talks between the United States and the Taliban")
    hold talks with each other, both ways; people given shelter ("hosts 200,000 Nicaraguans") are no guests."""
    out = [e for e in found if e.cameo != HOST or e.target is None or _guest(document, e.target)]
    done = {(e.source.country, e.target.country) for e in out if e.type == "CONSULT" and e.target is not None}
    for trigger in dict.fromkeys(e.trigger.start for e in found if e.cameo == HOST and e.trigger is not None):
        hosted = [e for e in found if e.cameo == HOST and e.trigger is not None and e.trigger.start == trigger
                  and e.source.country and e.target is not None and e.target.country
                  and e.target.country != e.source.country and _guest(document, e.target)]
        if not hosted:
            continue
        host = hosted[0].source
        guests = list({t.country: t for e in hosted if (t := e.target) is not None}.values())
        pairs = [(VISIT, guest, host) for guest in guests]
        if len(guests) <= MAX_GUESTS:
            pairs += [(TALKS, a, b) for a in guests for b in guests if a is not b]
        for code, source, target in pairs:
            if (source.country, target.country) in done:
                continue
            done.add((source.country, target.country))
            kind = lexicon.codes[code]
            out.append(replace(hosted[0], type=kind.type, mode=kind.mode, cameo=kind.code, quad=kind.quad,
                               intensity=lexicon.intensity(kind), source=source, target=target))
    return out


def _mediators(document: Document, sent: SpacySpan, lexicon: Lexicon) -> tuple[list[Party], Token | None, bool]:
    """The third parties a sentence says mediated, brokered or hosted the parties' talks ("talks in Doha mediated
    by Qatar and Turkey", "with Oman mediating"), the verb that says so, and whether it qualifies talks."""
    for tok in sent:
        form = tok.lower_
        gerund = form.endswith("ing") and (form[:-3] in lexicon.mediating or form[:-3] + "e" in lexicon.mediating)
        if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lemma_.lower() in lexicon.mediating and tok.dep_ in (
                "acl", "amod", "advcl", "relcl"):  # "a truce in talks [mediated] by Qatar", not "were brokered by"
            agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        elif gerund and (tok.head.lower_ == "with" or tok.tag_ == "VBG"):  # "with Oman mediating"
            agents = [c for c in tok.children if c.dep_ in ("nsubj", "compound")]
        elif lexicon.auspices & {tok.lemma_.lower(), tok.lower_} and tok.head.lower_ in ("under", "with", "through"):
            agents = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "by")
                      for g in c.children if g.dep_ == "pobj"]  # "under the auspices of Saudi Arabia"
        else:
            continue
        found = []
        for agent in agents:
            for word in (agent, *agent.conjuncts):
                actor = document.actor_at(word.idx, word.idx + len(word.text))
                if actor is not None and actor.kind in ("state", "organization") and actor.country:
                    found.append(Party(actor.id, actor.name, actor.country, actor.sector))
        if found:
            talks = tok.head.lemma_.lower() in lexicon.meetings or tok.head.pos_ == "VERB" or tok.head.lower_ in (
                "with", "under", "through")
            return found, tok, talks
    return [], None, False


def _mediated(document: Document, sent: SpacySpan, found: list[Event], lexicon: Lexicon,
              quotes: Intervals[int]) -> list[Event]:
    """The sentence's events with its mediators put in their place: no party of the talks or the deal, but
    mediating towards each party; the talks they mediated are the parties' consultations both ways."""
    mediators, verb, talks = _mediators(document, sent, lexicon) if found else ([], None, False)
    if verb is None or (not any(e.type in ("CONSULT", "AGREE") for e in found)
                        and verb.head.lemma_.lower() not in lexicon.meetings):
        return found  # mediation of talks or a deal the sentence reports, not of an act it reports under a deal
    third = {m.country for m in mediators}
    kept = [e for e in found if e.source.country not in third and (e.target is None or e.target.country not in third)]
    sides: dict[str, Party] = {}
    for event in found:
        for party in (event.source, event.target):
            if party is not None and party.country and party.country not in third and _known(party):
                sides.setdefault(party.country, party)
    if not sides:
        return kept
    model = kept[0] if kept else found[0]
    quote = _quote_at(quotes, verb.idx)
    trigger = document.span(verb.idx, verb.idx + len(verb.text))

    def consult(code: str, source: Party, target: Party) -> Event:
        kind = lexicon.codes[code]
        return Event(type=kind.type, mode=kind.mode, cameo=kind.code, quad=kind.quad,
                     intensity=lexicon.intensity(kind), negated=False, modality="asserted", source=source,
                     target=target, date=None, quote=quote, evidence=model.evidence, location=model.location,
                     trigger=trigger)

    done = {(e.source.country, e.target.country) for e in kept if e.type == "CONSULT" and e.target is not None}
    added = [consult(TALKS, a, b) for a in sides.values() for b in sides.values()
             if talks and a is not b and (a.country, b.country) not in done]
    added += [consult(MEDIATE, m, side) for m in mediators for side in sides.values()]
    return kept + added


def _guest(document: Document, party: Party) -> bool:
    """Whether a party hosted is one who comes to talk: a state, a body, a person, or people with an office
    ("his Ethiopian and Somali counterparts"), not a people ("Nicaraguans", "refugees")."""
    actor = document.actor(party.actor) if party.actor else None
    if actor is None or actor.kind != "group":
        return True
    words = actor.name.lower().split()
    return not (len(words) == 1 and actor.name[:1].isupper()) and not SHELTERED & set(words)


def _names_actor(document: Document, reading: coder.Reading) -> bool:
    """Whether the noun an act was read off is the subject naming an actor the actors layer found there."""
    token = reading.token
    if token.pos_ != "NOUN" or reading.governor is not None or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    actor = document.actor_at(token.idx, token.idx + len(token.text))
    return actor is not None and any(m.start <= token.idx < m.end for m in actor.mentions) and not any(
        c.dep_ == "prep" for c in token.children)


def _below_root(token: Token) -> int:
    """How many steps a predicate stands below the root of its sentence."""
    steps = 0
    while token.head.i != token.i and steps < MAX_DEPTH:
        token, steps = token.head, steps + 1
    return steps


def _known(party: Party | None) -> bool:
    """Whether a party is someone: an actor of the article, a country or a known kind of agent ("rebels")."""
    return party is not None and (party.actor is not None or party.country is not None or party.sector is not None)


def _question(text: str) -> bool:
    """Whether a sentence's text asks a question."""
    return text.rstrip().rstrip(CLOSING_CHARS).endswith("?")


def _quote_at(quotes: Intervals[int], offset: int) -> int | None:
    """The first quote (by index) with a part holding ``offset``."""
    return min((i for _, _, i in quotes.holding(offset)), default=None)


def _evidence(document: Document, sent: SpacySpan) -> Span:
    start, end = sent.start_char, sent.end_char
    text = document.text
    while end > start and text[end - 1].isspace():
        end -= 1
    return document.span(start, end)


def _sources(
    document: Document, reading: coder.Reading, quote: Quote | None, lexicon: Lexicon, story: Story
) -> list[Party]:
    token = parties.subject(reading.head)
    if reading.governor is not None and reading.governor.role == "intent" and reading.token.i != reading.head.i:
        token = next((c for c in reading.token.children if c.dep_ == "nsubj"), token)  # "expect X to sign": X
        if token is not None and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in token.children):
            token = parties.subject(reading.head) or token  # "X and Y agreed that their foreign ministers would
            # meet": the two who agreed
    if token is not None and token.lemma_.lower() in lexicon.nouns:
        token = parties.doer(token) or token  # "the attack by Houthi forces damaged a ship": the attackers
    if token is not None and token.lemma_.lower() in lexicon.messages:
        token = parties.doer(token) or token  # "a tweet by Mike Pompeo accused Iran": Pompeo, not the tweet
    if token is not None and token.lemma_.lower() in CRAFT:
        token = _launcher(token) or token  # "drones launched by the RSF struck a market": the RSF
    if token is not None and (loyal := _loyal_to(token)) is not None:
        token = loyal  # "forces loyal to the Libyan National Army had shelled": the army's
    if token is not None and token.pos_ == "NOUN" and (token.lemma_.lower() in lexicon.nouns or token.lemma_.lower()
                                                       in lexicon.messages) and parties.doer(token) is None:
        token = _reporting_subject(reading.head) or token  # "said the arrests were a provocation and accused
        # Pristina": the one who said it, not the arrests
    if token is not None and token.pos_ == "NOUN" and not token.ent_type_ and document.actor_at(
            token.idx, token.idx + len(token.text)) is None and not any(c.dep_ == "appos" for c in token.children) \
            and not refs.sides(token, lexicon):  # "said both sides had agreed to meet again": both sides
        token = _reporting_subject(reading.head) or token  # "said conditions were not conducive and urged": no
        # actor's act
    if reading.head.pos_ in {"NOUN", "VERB"} and reading.head.dep_ == "nsubj" and any(
            c.dep_ == "prep" and c.lower_ == "between" for c in reading.head.children):
        token = parties.nominal_source(reading.head)  # "Fighting between the army and the Arakan Army pushed
        # thousands across the border, officials said": the two who fight, not who said it
    if token is None and reading.head.pos_ in {"NOUN", "PROPN"} and reading.head.dep_ in {"dobj", "attr"}:
        token = parties.subject(reading.head.head)
    governed = reading.governor is not None and reading.governor.target == "governed"
    if token is None and governed and parties.is_passive(reading.head):  # "X and Y were expected to conclude"
        token = next((parties.content(c) for c in reading.head.children if c.dep_ == "nsubjpass"), None)
    if token is None and parties.is_passive(reading.head):  # "talks between X and Y were held"
        token = next((parties.nominal_source(c) for c in reading.head.children if c.dep_ == "nsubjpass"
                      and c.lemma_.lower() == reading.pattern.obj and c.lemma_.lower() in lexicon.nouns), None)
    if token is None and (sent := parties.message(reading.head, lexicon)) is not None:
        token = parties.subject(sent.head) if sent.head.i != sent.i else None  # "fired off a letter demanding"
    if _mentioned(reading) and (token is None or reading.head.dep_ == "pobj"):
        return []  # "said the arrests were worrying", "marched with banners against the pact": an act named again
    speaker = parties.speaker_party(document, quote) if quote else None
    if token is None and parties.is_passive(reading.head) and reading.head.pos_ == "VERB":
        return [_passive_doer(document, reading, lexicon)]  # "said the deal was signed": no doer known
    if token is None:  # a news outlet reporting an act is no party to it ("Reuters reported that the ban ..."), nor
        # is one reporting an act named by a noun ("A gang's assault on the town left 30 dead, the UN office said")
        told = speaker is not None and speaker.sector != REPORTERS and (
            reading.head.pos_ != "NOUN" or speaker.sector in STATE_SECTORS)  # "..., the interior ministry said"
        return [speaker] if told and speaker is not None else [Party(actor=None, name=None)]
    if speaker and token.lower_ in lexicon.speaker_words:
        return [speaker]
    if token.pos_ == "PRON" and document.actor_at(token.idx, token.idx + len(token.text)) is None:
        token = parties.reporter(token) or token  # "China said it firmly supported Islamabad"
    elif token.lower_ == "they" and (teller := parties.reporter(token)) is not None and len(
            parties.coordinated(teller)) > 1:
        token = teller  # "Finland and Sweden said they supported Estonia's action": both
    if token.lower_ == "they" and token.i == token.sent.start and token.head.dep_ == "ROOT" and (
            sides := story.sides()) and len(sides) == 2:
        actor = document.actor_at(token.idx, token.idx + len(token.text))
        if actor is None or actor.country in sides:  # "X and Y signed an accord. They also agreed to ...": both
            return _side_parties(document, sides)
    if token.lemma_.lower() in ENVOYS and token.tag_ == "NNS":  # "delegations from Sudan's army and the RSF"
        token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children
                      if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN") and len(parties.coordinated(g)) > 1), token)
    if token.lower_ == "their" and token.dep_ == "poss" and token.head.i == reading.head.i:
        token = _coordinated_subject(reading.head) or token  # "Mali, Burkina Faso and Niger completed their exit"
    tokens = parties.coordinated(token)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None) or next(
        (g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children
         if g.dep_ == "pobj" and refs.sides(g, lexicon)), token)  # "corps commanders from the two armies"
    if len(tokens) == 1 and (group := refs.together(owner, lexicon)):  # "the three governments also agreed"
        return [parties.party(document, t, lexicon.places) for t in group][:MAX_PARTIES]
    if len(tokens) == 1 and refs.sides(owner, lexicon) and (sides := _sentence_pair(document, owner, lexicon) or
                                                            story.sides(_state(lexicon, owner), token.i,
                                                                        _is_state(lexicon, owner))):
        return _side_parties(document, sides)  # "the two ministers also agreed", "the two countries' troops"
    if len(tokens) == 1 and (group := refs.together(owner, lexicon, pairs=True)):  # a story with no sides yet
        return [parties.party(document, t, lexicon.places) for t in group]
    if len(tokens) == 1 and (split := parties.modifier_parties(document, token, lexicon.places)):
        return split[:MAX_PARTIES]  # "Colombian and Ecuadorian forces"
    found = [parties.party(document, t, lexicon.places) for t in tokens[:MAX_PARTIES]]
    if speaker is None and any(p.country is None and p.sector in AGENTS for p in found):
        told_by = _teller(document, reading.head, lexicon)  # "Cuba denied that state security agents had detained
        speaker = told_by if told_by is not None and told_by.sector in STATE_SECTORS else None  # a diplomat": Cuba's
    if speaker is not None and speaker.country and lexicon.places is not None and lexicon.places.country(
            speaker.country):  # "Turkey's defence minister said the navy would respond": Turkey's navy
        found = [Party(p.actor, p.name, speaker.country, p.sector) if p.country is None and p.sector in AGENTS
                 else p for p in found]
    return found


def _teller(document: Document, head: Token, lexicon: Lexicon) -> Party | None:
    """The one who tells or denies the clause an act stands in ("Cuba denied that agents had detained ...")."""
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in TELLING | lexicon.disputing:
        return None
    doer = parties.subject(verb)
    return None if doer is None or doer.pos_ == "PRON" else parties.party(document, doer, lexicon.places)


def _keeping_peace(verb: Token) -> bool:
    """Whether a verb sends forces on a peacekeeping mission ("as part of the AU's peace support mission") or is
    done by peacekeepers ("NATO's peacekeeping force sent extra patrols"): protection, by its clause's words."""
    words = [t.lower_ for t in verb.subtree]
    return any(w in PEACE_WORDS for w in words) or any(a == "peace" and b in ("support", "mission", "operation")
                                                      for a, b in zip(words, words[1:], strict=False))


def _together(verb: Token, code: Code, lexicon: Lexicon) -> bool:
    """Whether an agreement is reached with the other party ("reached a staff-level agreement with Lebanon"): both
    reached it, as both sign a pact signed with another; or a visit is made for talks ("flew to Lusaka for talks
    with Chanda"): both talked."""
    if code.code == VISIT:
        return any(c.dep_ == "prep" and c.lower_ == "for" and g.dep_ == "pobj" and g.lower_ in lexicon.meetings
                   for c in verb.children for g in c.children)
    return code.type == "AGREE" and verb.lemma_.lower() in REACHING and _signed_with(verb) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.accords for c in verb.children)


def _signed_with(verb: Token) -> bool:
    """Whether a signing names its other party with "with" ("signed a defence pact with Uganda")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "with" for h in heads for c in h.children)


def _blames_a_thing(document: Document, verb: Token, places: KnowledgeBase | None) -> bool:
    """Whether what a verb of blame blames is a thing, and no one is blamed for it ("blaming a technical fault on
    the line"), unlike "blamed Kyiv" or "blamed the attack on Kyiv"."""
    blamed = [c for c in verb.children if c.dep_ == "dobj"]
    named = [p for h in (verb, *blamed) for p in parties.prep_objects(h, ("on", "for")) + blamed
             if (found := parties.party(document, p, places)).actor or found.country]
    return bool(blamed) and not named


def _past_forum(document: Document, token: Token, tokens: list[Token], places: KnowledgeBase | None) -> list[Token]:
    """A complaint's targets, the body it is lodged with giving way to whom it is about where the text names them
    ("lodged a complaint at the WTO over Chinese duties": China, not the WTO)."""
    forums = [t for t in tokens if _forum(document, t, places)]
    if not forums:
        return tokens
    heads = [token, *(c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), *forums]
    objects = [g for h in heads for g in parties.prep_objects(h, ("over", "about", "against"))]
    about = [t for g in objects for t in [g, *(o for o in g.children if o.dep_ == "poss")]  # "Ethiopia's dam"
             if parties.party(document, t, places).country and any(
                 w.ent_type_ in ("GPE", "NORP") for w in (t, *t.children))][:1]
    return [t for t in tokens if t not in forums] + about  # the body it is lodged with, only where no one else is


def _forum(document: Document, token: Token, places: KnowledgeBase | None) -> bool:
    """Whether a word names the body or court a complaint is lodged with ("with the U.N. Security Council")."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("at", "to", "with", "before"):
        return False
    party = parties.party(document, token, places)
    actor = document.actor(party.actor) if party.actor else None
    return actor is not None and actor.kind == "organization" and actor.sector in ("IGO", "JUD")


def _name_head(token: Token) -> Token:
    """The last word of the name a word is part of ("U.N." of "the U.N. Security Council": "Council")."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def _coordinated_subject(noun: Token) -> Token | None:
    """The coordinated subject of the verb a nominal act is the object of, which "their" stands for."""
    if noun.dep_ not in ("dobj", "pobj") or (subject := parties.subject(noun.head)) is None:
        return None
    return subject if len(parties.coordinated(subject)) > 1 else None


def _launcher(weapon: Token) -> Token | None:
    """Who a weapon or craft was launched, fired or flown by ("drones launched by the RSF")."""
    for clause in weapon.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = next((g for c in clause.children if c.dep_ == "agent"
                          for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    return None


def _reporting_subject(head: Token) -> Token | None:
    """The subject of the verb that reports the clause a coordinated verb stands in ("X said the text ignored
    Sudan and accused Britain": X)."""
    if head.dep_ != "conj" or head.head.dep_ != "ccomp":
        return None
    return parties.subject(head.head.head)


def _passive_doer(document: Document, reading: coder.Reading, lexicon: Lexicon) -> Party:
    """The doer of an act told in the passive without its agent: the state whose forces it moves ("Japan's
    Self-Defense Forces were put on high alert"), the doer of the act its subject names ("a formal demand by
    Uzbekistan ... was delivered"), else no one (one reporting the act is not its doer)."""
    patient = next((c for c in reading.head.children if c.dep_ == "nsubjpass"), None)
    if patient is None:
        return Party(actor=None, name=None)
    if patient.lemma_.lower() in lexicon.nouns and (doer := parties.doer(patient)) is not None:
        return parties.party(document, doer, lexicon.places)
    found = parties.party(document, patient, lexicon.places)
    moving = lexicon.codes[reading.pattern.code].type not in UNCLAIMED  # "soldiers were wounded": no doer of theirs
    return found if found.sector in FORCES and moving else Party(actor=None, name=None)


def _mentioned(reading: coder.Reading) -> bool:
    """Whether an act is named by a definite noun that no cue governs ("the arrests were deeply worrying"):
    a mention of an act the story reports elsewhere."""
    noun = reading.head
    return noun.pos_ == "NOUN" and reading.governor is None and any(
        c.dep_ == "det" and c.lower_ in REFERRING for c in noun.children)


def _target_tokens(reading: coder.Reading, lexicon: Lexicon) -> list[Token]:
    """Candidate targets, best first; the forces a source moves are none ("pulled its soldiers back")."""
    tokens = _candidates(reading, lexicon)
    if reading.pattern.code in lexicon.moved or _leaving(reading.pattern):
        moved = {parties.content(c).i for c in reading.token.children if c.dep_ == "dobj"}
        tokens = [t for t in tokens if t.i not in moved]
    if reading.pattern.head in parties.LEFT_BEHIND | LEAVING_WORDS:  # "left the bloc with Mali and Niger": those
        tokens = [t for t in tokens if not (t.dep_ == "pobj" and t.head.lower_ == "with"  # who left along
                                            and t.head.head.i == reading.token.i)]
    return tokens + _addressees(reading, lexicon)


def _leaving(pattern: Pattern) -> bool:
    """Whether a pattern names what is left by a preposition ("withdraw from +treaty", "pull out of +pact"): its
    direct object is what the source takes out ("withdrew the US from a treaty with Iran"), never the target."""
    return pattern.obj is not None and bool(LEAVING & set(pattern.words)) and pattern.head in LEAVING_WORDS


def _addressees(reading: coder.Reading, lexicon: Lexicon) -> list[Token]:
    """Whom a demand or a threat is aimed at where it names no object: the subject of what is demanded
    ("demanded that Turkey pay"), or of the condition ("would respond if Armenia kept building")."""
    governor = reading.governor or cue(reading.head, lexicon)
    if governor is None or governor.target != "governor":
        return []
    clauses = [c for c in reading.head.children if c.dep_ == "ccomp"]
    verbs = [c for c in reading.head.children if c.dep_ == "xcomp"]  # "threatened to close X if Y sent"
    conditions = [
        a
        for node in (reading.head, reading.token, *clauses, *verbs)
        for a in node.children
        if a.dep_ == "advcl"
        and any(m.dep_ == "mark" and lexicon.modality_words.get(m.lower_) == "conditional" for m in a.children)
    ]
    subjects = [s for c in clauses + conditions for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    return [s for s in subjects if parties.usable(s)]


def _candidates(reading: coder.Reading, lexicon: Lexicon) -> list[Token]:
    own = parties.objects(reading.token, reading.pattern, lexicon) + _light_objects(reading.token, lexicon)
    sent = parties.message(reading.head, lexicon)
    addressees = parties.addressees(sent) if sent is not None else []  # "a letter to X demanding"
    if reading.governor is None:
        verbs = [c for c in reading.token.children if c.dep_ == "xcomp" or _helping(c)]  # "refused to accept
        # flights from X", "sent engineers to help Laos rebuild"
        named = [reading.agent] if reading.agent is not None else []  # "a move New Delhi called 'untenable'": the
        # mover
        return named + addressees + own + [t for c in verbs for t in parties.objects(c, None, lexicon)] + _so_called(
            reading.token)
    inner = set(reading.token.subtree)
    outer = [
        t for t in parties.objects(reading.head, None, lexicon) if t not in inner and t.i != reading.token.i
    ] + [t for node in {reading.head, reading.token} for c in node.children if _helping(c)
         for t in parties.objects(c, None, lexicon)]  # "pledged 250 million euros to help Moldova": Moldova
    if reading.governor.target == "governor":
        doer = reading.agent or _doer(reading)
        outer = addressees + outer
        if reading.agent is not None:  # "'Rwanda must leave our soil,' she told reporters": Rwanda is asked
            return [reading.agent] + outer + own
        return outer + ([doer] if doer is not None else []) + own
    owner = parties.doer(reading.token) if reading.token.pos_ in {"NOUN", "PROPN"} else None
    if owner is not None and reading.governor.role == "reject":  # "vetoed the EU's aid package for Ukraine": EU
        return [owner] + own + outer
    return own + outer + ([owner] if owner is not None else [])  # "rejected Egypt's demand": Egypt


def _helping(clause: Token) -> bool:
    """Whether a clause is the purpose of helping someone ("to help Laos rebuild")."""
    return clause.dep_ in ("advcl", "ccomp") and clause.lemma_.lower() in HELPING and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def _so_called(verb: Token) -> list[Token]:
    """What an act is aimed at through the words of its doer: "praised what he called Slovakia's sovereign
    position" (the position, Slovakia's)."""
    return [g for c in verb.children if c.dep_ == "ccomp" and any(w.dep_ == "dobj" and w.lower_ == "what"
                                                                  for w in c.children)
            for g in c.children if g.dep_ == "oprd"]


def _light_objects(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The partners a light verb names for the act its object is ("held joint patrols with the Philippines"),
    and whom any verb hands it to ("sent New Delhi a formal request")."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    handed = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP" and parties.usable(c)]
    if verb.lemma_.lower() not in lexicon.light_verbs:
        return handed
    return handed + [t for t in parties.prep_objects(verb, lexicon.target_preps) if parties.usable(t)]


def _doer(reading: coder.Reading) -> Token | None:
    """Who is to carry out a governed act, looked for up its clause below the cue ("signs that Tehran is
    willing to negotiate": Tehran)."""
    node = reading.token
    for _ in range(coder.MAX_DEPTH):
        found = parties.doer(node)
        if found is not None or node.head.i in (node.i, reading.head.i):
            return found
        node = node.head
    return None


def _targets(
    document: Document, reading: coder.Reading, lexicon: Lexicon, sources: list[Party], story: Story,
    quoted: bool = False,
) -> list[Party]:
    """The parties an event is aimed at; for a domestic act (a protest) without one that shows a country, the
    authorities where it takes place, else at home ("students marched on the national assembly")."""
    found = [p for p in _named_targets(document, reading, lexicon, sources, story)
             if not _itself(document, p, sources)]
    code = lexicon.codes[reading.code or ""]
    if code.type == "ACCUSE" and (doer := _condemned_doer(document, reading, lexicon, sources)) is not None:
        found = [doer]  # "condemned a Moroccan drone strike on Polisario fighters": who struck, not whom
    together = len(sources) > 1 and lexicon.mutual(reading.code or "", reading.token) and (
        referred := refs.referred(reading.token, lexicon)) is not None and referred[0].lemma_.lower() not in (
        lexicon.offers)  # "the two neighbours signed that declaration": with each other, not with whoever the
    # declaration was last told of; "both governments accepted the invitation": its author's
    if not any(p.country for p in found) and not together:
        found = (_referred_targets(reading, lexicon, sources, story) or _shared_targets(reading, story)
                 or _pronoun_targets(reading, sources, story) or _unreferred(reading, lexicon, found))
    elif code.type == "ACCUSE" and (all(p.country in {s.country for s in sources} for p in found) or (
            reading.token.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                                                 for c in reading.token.children))):  # "condemned the attack on
        # Jizan": who attacked, not Jizan
        found = _referred_targets(reading, lexicon, sources, story) or found  # "called the attack a violation of
        # Iraqi sovereignty": who attacked, not the accuser's own sovereignty
    if not any(p.country for p in found) and code.code == VISIT and lexicon.places is not None and (
            host := parties.event_place(document, reading.token, lexicon.places)) and host not in {
            s.country for s in sources}:
        found = [Party(actor=None, name=None, country=host)]  # "arrived in Algiers": a visit to Algeria
    if not any(p.country for p in found) and lexicon.places is not None and (
            code.code in lexicon.moved or _leaving(reading.pattern)) and (
            host := parties.event_place(document, reading.token, lexicon.places)) and host not in {
            s.country for s in sources}:
        found = [Party(actor=None, name=None, country=host)]  # "withdrew the troops it keeps in Moldova"
    if not any(p.country for p in found) and lexicon.places is not None and code.type == "MOBILIZE" and (
            home := parties.event_place(document, reading.token, lexicon.places)) and home in {
            s.country for s in sources}:
        found = [Party(actor=None, name=None, country=home)]  # "deployed riot police across central Dakar": at home
    own = {s.country for s in sources if s.country}
    things = all(p.actor is None and p.country in own | {None} for p in found)  # "its forces had struck military
    # infrastructure", which has no country but what the clause's "its" lends it
    if things and code.type == FIGHTING and len(own) == len(sources) == 1 and lexicon.places is not None and (
            where := _struck_place(document, reading.token, lexicon.places)) and where not in {
            s.country for s in sources}:
        found = [Party(actor=None, name=found[0].name if found else None, country=where)]  # "launched missile
        # strikes on what it called militant camps in Pakistan"
    if not any(p.country for p in found) and code.type == RETREATING and sources and all(
            s.sector == "REB" and s.country for s in sources):
        found = [Party(actor=None, name=None, country=sources[0].country)]  # rebels' truce, their captives freed
    if not any(p.country for p in found) and code.quad >= 3:
        found = _provoker(document, reading, sources, lexicon.places) or found
    if not any(p.country for p in found) and len(sources) == 1 and coder.under_accord(reading.token, lexicon):
        party = story.parties_of([MUTUAL_KIND], True)  # "Under the treaty, Kyrgyzstan will hand over two villages":
        if sources[0].country and any(p.country == sources[0].country for p in party):  # to the treaty's other
            found = [p for p in party if p.country != sources[0].country] or found  # party
    if not any(p.country for p in found) and found and len(sources) == 1 and (
            home := _home_foe(document, sources[0], found[0])):
        found = [replace(found[0], country=home)]  # "its drones struck rebel positions": at home
    if not any(p.country for p in found) and code.type in lexicon.story_targets and not quoted:
        found = _other_side(document, sources, story) or found
    if not any(p.country for p in found) and code.type == APPEAL and not quoted:
        found = _both_sides(document, sources, story) or found
    own = {s.country for s in sources if s.country}
    if code.type == "AGREE" and not quoted and _talks_offered(reading, lexicon) and all(
            p.country in own | {None} for p in found):
        found = _both_sides(document, sources, story) or found  # "offered to host talks between their foreign
        # ministers": between the story's two sides
    domestic = code.type in lexicon.domestic or code.code.startswith(tuple(lexicon.domestic)) or (
        code.quad == 4 and bool(sources) and all(s.sector in AT_HOME and s.country and not _at_sea(s) for s in sources)
        and _people(document, found))  # "Boko Haram fighters abducted 25 schoolgirls": at home
    own = {s.country for s in sources if s.country}
    if code.type == "SANCTION" and not any(p.country not in own | {None} for p in found) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CROSSINGS for c in reading.token.children):
        found = _across_border(document, reading.token.sent, own, CROSSINGS) or _other_side(
            document, sources, story) or found  # "closed the Chaman crossing": to the other side of it
    if code.type == PROTESTING and not any(p.country not in own | {None} for p in found):
        found = _embassy(document, reading, own, lexicon.places) or found
    if code.type == YIELDING and not any(p.country for p in found if not any(parties.same(p, s) for s in sources)):
        found = _pressing(document, reading, sources, lexicon.places) or found
    own = {s.country for s in sources if s.country}
    if code.type == APPEAL and reading.token.lemma_.lower() in RELEASES and all(p.country in own | {None}
                                                                              for p in found):
        found = [p for p in story.parties_of([HOLDING], False) if p.country not in own] or _captors(
            document, reading, own, lexicon.places) or found  # "demanded the release of the ship and its crew":
        # of Iran, which seized them
    named = _named_abroad(document, found, own)
    if code.type == "THREATEN" and not named and lexicon.places is not None:
        found = _conditioned(document, reading, own, lexicon.places) or found
        named = _named_abroad(document, found, own)
    if len(own) == len(sources) == 1 and not domestic and not named:
        found = _clause_targets(document, reading, sources, lexicon) or found
    if not any(p.country for p in found) and lexicon.codes[reading.pattern.code].type == "ACCUSE":
        found = [parties.party(document, t, lexicon.places) for t in _target_tokens(reading, lexicon)
                 if _forum(document, t, lexicon.places)][:1] or found  # "complained to the IAEA about the
        # inspectors": no one named, the body
    if not domestic or any(p.country for p in found) or lexicon.places is None:
        return found
    home = parties.event_place(document, reading.token, lexicon.places)
    home = home or next((s.country for s in sources if s.country), None)
    if home is None:
        return found
    return [Party(actor=None, name=found[0].name if found else None, country=home)]


def _captors(document: Document, reading: coder.Reading, own: set[str],
             places: KnowledgeBase | None) -> list[Party]:
    """Who the clause says holds those whose release is asked ("demanded the release of four customs officers
    who were seized by Nigerien soldiers"), where no earlier act told it."""
    for tok in reading.token.subtree:
        if tok.lemma_.lower() in CAPTURING and tok.tag_ == "VBN":
            for agent in (g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
                party = parties.party(document, agent, places)
                if party.country and party.country not in own:
                    return [party]
    return []


def _struck_place(document: Document, token: Token, places: KnowledgeBase) -> str | None:
    """The country where a hostile act lands: its own place, else a place its object is in ("struck military
    infrastructure in the Odesa region", "strikes on camps in Pakistan")."""
    if (code := parties.event_place(document, token, places)) is not None:
        return code
    for tok in token.subtree:
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "near") or _depth(tok, token) > STRUCK_DEPTH:
            continue
        names = [tok] if tok.ent_type_ in PLACE_ENTITIES else [  # "in the Odesa region"
            c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        for name in names:
            place = places.place(name.text) if name.ent_type_ not in PLACE_ENTITIES else None
            code = place.country if place is not None else parties.country_of(document, name, places)
            if code is not None and places.country(code):
                return code
    return None


def _talks_offered(reading: coder.Reading, lexicon: Lexicon) -> bool:
    """Whether an agreement is an offer to host or mediate talks ("offered to host talks", "ready to mediate")."""
    word = reading.token.lemma_.lower()
    return reading.modality == "intended" and (word in lexicon.mediating or word in lexicon.meetings)


def _both_sides(document: Document, sources: list[Party], story: Story) -> list[Party]:
    """For a third party's appeal that names no one it is made to, the story's two sides ("Saudi Arabia and the
    United States urged restraint" in a story of India and Pakistan)."""
    sides = story.sides()
    own = {s.country for s in sources if s.country}
    if len(sides) != 2 or not own or own & set(sides) or any(s.sector in HOME_SECTORS for s in sources):
        return []
    return _side_parties(document, sides)


def _provoker(document: Document, reading: coder.Reading, sources: list[Party],
              places: KnowledgeBase | None) -> list[Party]:
    """Who did the act a hostile one answers ("raised its alert level after North Korea fired artillery rounds",
    "scrambled jets after Chinese drones flew close"): the doer of the "after" clause, when of another country."""
    own = {s.country for s in sources}
    clauses = [c for c in reading.token.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in PROVOKED for m in c.children)]
    doers = [parties.party(document, s, places) for c in clauses for s in c.children if s.dep_ == "nsubj"]
    return [p for p in doers if p.country and p.country not in own][:1]


def _accord(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a target is an accord, or a part of one, that names no party of its own ("initialled the text of a
    peace treaty in Washington": no one in Washington; "the accord with Cameroon" names Cameroon)."""
    if noun.lemma_.lower() in lexicon.aspects:  # "the text of a peace treaty", not "the results of the election"
        noun = next(iter(parties.prep_objects(noun, ("of",))), noun)
    return noun.lemma_.lower() in lexicon.accords and not parties.prep_objects(noun, ("with", "between", "among"))


def _named_abroad(document: Document, found: list[Party], own: Collection[str]) -> bool:
    """Whether the targets name a party: a foreign country, or an actor other than people of no country ("injuring
    three sailors" names no one the act is aimed at)."""
    return any((p.country is not None and p.country not in own) or (p.actor is not None and not _people(document, [p]))
               for p in found)


def _at_sea(party: Party) -> bool:
    """Whether a party is a coast guard, whose force falls on others' boats at sea, not on people at home."""
    name = (party.name or "").lower()
    return "coast guard" in name or "coastguard" in name


def _people(document: Document, found: list[Party]) -> bool:
    """Whether the targets are people of no country the text gives ("25 schoolgirls", "the mayor")."""
    actors = [document.actor(p.actor) if p.actor else None for p in found]
    return bool(found) and all(a is not None and a.kind in ("person", "group") and not a.country
                               and a.sector != "MIL" for a in actors)  # not "injuring three sailors" at sea


def _unplaced(document: Document, party: Party) -> bool:
    """Whether a party is people of no country known ("15 people", "villagers"), no state, body or person."""
    actor = document.actor(party.actor) if party.actor else None
    return party.country is None and bool(party.name) and (actor is None or actor.kind == "group")


def _placed_in_sentence(document: Document, sent: SpacySpan, kb: KnowledgeBase, sources: list[Party]) -> str | None:
    """The one country the places a sentence names belong to, not its demonyms ("Russian troops killed ...") nor
    the sources' own names ("Russia attacked the ship")."""
    actors = [document.actor(s.actor) for s in sources if s.actor]
    theirs = {i for a in actors if a is not None for m in a.mentions for i in range(m.start, m.end)}
    found = {parties.country_of(document, t, kb) for t in sent
             if t.ent_type_ in ("GPE", "LOC", "FAC") and t.ent_iob_ == "B" and t.idx not in theirs}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _own_state(document: Document, source: Party, target: Party | None) -> bool:
    """Whether a target is the source itself or its own state; not a rival of the same country (the army and
    rebels who meet, a government and a region that agree)."""
    if target is None or not source.country or target.country != source.country:
        return False
    actor = document.actor(target.actor) if target.actor else None
    return target.actor == source.actor or actor is None or actor.kind == "state"  # "its participation": its own


def _across_border(document: Document, sent: SpacySpan, own: Collection[str | None],
                   words: frozenset[str] = BORDER_WORDS) -> list[Party]:
    """The state a sentence names across a border ("near the border with Guyana"), not one of ``own``."""
    for tok in sent:
        if tok.lemma_.lower() not in words:
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("with", "of"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                actor = document.actor_at(obj.idx, obj.idx + len(obj.text))
                if actor is not None and actor.kind == "state" and actor.country and actor.country not in own:
                    return [Party(actor=actor.id, name=actor.name, country=actor.country)]
    return []


def _state_party(document: Document, party: Party) -> bool:
    """Whether a party is a state or its government, not its people."""
    actor = document.actor(party.actor) if party.actor else None
    return actor is not None and (actor.kind == "state" or (actor.sector == "GOV" and actor.kind != "group"))


def _body_left(document: Document, party: Party) -> bool:
    """Whether a party withdrawn from is an international body one may leave (the OAS, ECOWAS), not a place."""
    actor = document.actor(party.actor) if party.actor else None
    return actor is not None and actor.kind == "organization" and actor.sector == "IGO"


def _itself(document: Document, party: Party, sources: list[Party]) -> bool:
    """Whether a target is the source's own state, named again ("Egypt's president warned that Egypt would
    take all necessary measures", "Astana would review transit fees"): a state is no target of its own
    government's acts, nor an international body of its own officials'. Rebels or an opposition acting on their
    state are another matter."""
    actor = document.actor(party.actor) if party.actor else None
    if actor is not None and actor.kind == "organization" and actor.sector == "IGO" and actor.kb_id:
        return any(s.country == party.country for s in sources)  # "NATO's chief warned that the alliance would"
    return actor is not None and actor.kind == "state" and any(
        s.country == party.country and s.sector in STATE_SECTORS for s in sources)


def _embassy(document: Document, reading: coder.Reading, own: set[str],
             places: KnowledgeBase | None) -> list[Party]:
    """The state whose embassy a protest takes place at ("gathered outside the Chinese embassy in Manila to
    protest against ...": China), where the protest names no foreign party of its own."""
    clause = reading.head
    while clause.dep_ in {"xcomp", "advcl", "conj"} and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head  # "gathered outside the embassy to protest"
    for token in clause.subtree:
        if token.lemma_.lower() in MISSIONS and token.pos_ == "NOUN":
            found = parties.party(document, token, places)
            if found.country and found.country not in own:
                return [found]
    return []


def _pressing(document: Document, reading: coder.Reading, sources: list[Party],
              places: KnowledgeBase | None) -> list[Party]:
    """Whom a concession yields to, where its clause says so: "under pressure from the European Union", "at
    the request of the opposition", "bowing to demands by the IMF", "at Nepal's request"."""
    for noun in reading.head.subtree:
        if noun.lemma_.lower() not in PRESSURE or noun.pos_ != "NOUN":
            continue
        doers = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in {"from", "of", "by"}
                 for g in p.children if g.dep_ == "pobj"]
        doers += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found = [parties.party(document, d, places) for d in doers if parties.usable(d)]
        found = [p for p in found if p.country and not any(p.country == s.country for s in sources)]
        if found:
            return found[:1]
    return []


def _clause_targets(document: Document, reading: coder.Reading, sources: list[Party],
                    lexicon: Lexicon) -> list[Party]:
    """For an act that names no foreign party as its object, the one foreign country its own clause names
    elsewhere: "pledged to send police officers to help Solomon Islands", "imposed a duty on cement imported from
    Kazakhstan", "dispatched a plane to shadow a Chinese flotilla". None where the clause names several, and
    never a venue, the source's own words or a clause of its own ("after Tajik guards fortified a post")."""
    places = lexicon.places
    if places is None:
        return []
    own = {s.country for s in sources if s.country}
    head = reading.head
    complaint = lexicon.codes[reading.pattern.code].type == "ACCUSE"
    skipped = {t.i for part in head.subtree if part.i != head.i and _apart(part, head) for t in part.subtree}
    found: dict[str, tuple[int, Token]] = {}  # each foreign country with its nearest word's depth below the head
    for token in head.subtree:
        if token.i in skipped or token.ent_type_ not in {"GPE", "NORP", "ORG"} or _region_place(document, token) \
                or _alongside(parties.content(token)) or not parties.usable(token):  # "CAIRO —" is no party
            continue
        if complaint and _forum(document, _name_head(token), places):
            continue  # "would file a complaint with the U.N. Security Council": about someone else
        country = parties.party(document, token, places).country
        depth = _depth(token, head)
        if country and country not in own and depth < found.get(country, (depth + 1, token))[0]:
            found[country] = (depth, token)
    ranked = sorted(found.items(), key=lambda item: item[1][0])
    if not ranked or (len(ranked) > 1 and ranked[1][1][0] == ranked[0][1][0]):
        return []  # "a go-between for Washington and Tehran": no one country
    country, (_, token) = ranked[0]  # "shot at Ethiopian migrants crossing from Yemen": the migrants' country
    named = parties.party(document, token, places)
    return [named] if named.actor is not None and token.ent_type_ != "NORP" else _side_parties(document, [country])


def _conditioned(document: Document, reading: coder.Reading, own: set[str],
                 places: KnowledgeBase) -> list[Party]:
    """Whom a threat is aimed at where it names no one: the doer of what it is set off by ("threatened to close
    the strait if the United States went ahead with a blockade": the United States)."""
    for tok in reading.head.subtree:
        if tok.dep_ != "advcl" or _depth(tok, reading.head) > 2 or not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            continue
        for subject in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
            party = parties.party(document, subject, places)
            if party.country and party.country not in own:
                return [party]
    return []


def _depth(token: Token, head: Token) -> int:
    depth = 0
    while token.i != head.i and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _apart(token: Token, head: Token) -> bool:
    """Whether a part of a clause says nothing of whom its act is aimed at: its subject, a clause of its own, a
    verb coordinated with it, a venue, or where the act comes from ("attacked Kyiv from Belarusian territory")."""
    clause = token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}
    origin = token.dep_ == "prep" and token.lower_ == "from" and token.head.i == head.i
    venue = parties.venue(token) and token.ent_type_ in PLACE_ENTITIES  # "signed a treaty in Abu Dhabi"
    purpose = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not any(
        c.dep_ in {"nsubj", "mark"} for c in token.children)  # "sent destroyers to shadow a Chinese carrier group"
    return (token.dep_ in CLAUSE_OWNERS and not purpose) or clause or origin or venue


def _other_side(document: Document, sources: list[Party], story: Story) -> list[Party]:
    """For an act of one of the story's two sides that names no target with a country, the other side ("Pakistan
    retaliated with drones and artillery" in a story of India and Pakistan); none for a third party, and none in
    a quotation (what a speaker says is aimed at no one unless named)."""
    sides = story.sides()
    own = {s.country for s in sources if s.country}
    if any(s.sector in HOME_SECTORS for s in sources):
        return []  # "the opposition rejected the result": an act at home, whatever the story's two sides
    if len(sides) != 2 or len(own) != 1 or not own <= set(sides):
        return []
    return _side_parties(document, [c for c in sides if c not in own])


def _shared_targets(reading: coder.Reading, story: Story) -> list[Party]:
    """The target of the verb a verb is coordinated with or a participle follows, sharing its subject, where it
    names none of its own ("summoned the Chinese ambassador and lodged a protest", "closed four Serbian offices
    and detained eleven employees", "struck a Venezuelan boat, killing all six people aboard")."""
    token = reading.token
    participle = token.dep_ == "advcl" and token.tag_ == "VBG"
    purpose = token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if (token.dep_ != "conj" and not participle and not purpose) or token.pos_ != "VERB" or (
            reading.governor is not None):
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children):
        return []
    return story.aimed(token.head.i)


def _pronoun_targets(reading: coder.Reading, sources: list[Party], story: Story) -> list[Party]:
    """The target of the act whose object "it" stands for ("Kosovo accepted the invitation, but Serbia turned it
    down": whoever the invitation's acceptance was aimed at), never the source itself."""
    noun = refs.antecedent(reading.token)
    own = {s.country for s in sources}
    return [p for p in story.aimed(noun.head.i) if p.country not in own] if noun is not None else []


def _condemned_doer(document: Document, reading: coder.Reading, lexicon: Lexicon, sources: list[Party]) -> Party | None:
    """The doer an act condemned names by a modifier ("condemned a Moroccan drone strike on Polisario fighters",
    "what it called Israel's raid on the camp"): the one condemned, before whoever the act was done to."""
    verb = reading.token
    if verb.pos_ == "NOUN":  # the act condemned, read as the event's own word
        nouns = [verb] if (verb.dep_ == "dobj" and verb.head.lemma_.lower() in CONDEMNING) or verb.dep_ == "oprd" \
            else []
    else:
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns = [n for c in nouns for n in ([g for g in c.head.children if g.dep_ == "ccomp" for n in g.children
                                             if n.dep_ == "oprd"] if c.lower_ == "what" else [c])]
    for noun in nouns:
        if noun.lemma_.lower() not in lexicon.nouns or (doer := parties.nominal_source(noun)) is None:
            continue
        party = parties.party(document, doer, lexicon.places)
        if party.country and not any(party.country == s.country for s in sources):
            return party
    return None


def _referred_targets(reading: coder.Reading, lexicon: Lexicon, sources: list[Party], story: Story) -> list[Party]:
    """The parties of the earlier act an event names by a definite noun ("welcomed the agreement": its parties;
    "condemned the strikes": who struck), never the source itself."""
    found = refs.referred(reading.token, lexicon)
    if found is None:
        return []
    _, kinds, mutual = found
    own = {s.country for s in sources}
    return [p for p in story.parties_of(kinds, mutual) if p.country not in own][:MAX_PARTIES]


def _charge_subject(reading: coder.Reading) -> bool:
    """Whether a rejection's subject is the charge it rejects ("a charge Kigali has always rejected", misread)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in coder.CHARGES for c in reading.token.children)


def _accuser(sent: SpacySpan, token: Token) -> Token | None:
    """The one who makes the charge a rejection in the same sentence answers: the subject of its accusation."""
    return next((c for t in sent if t.lemma_.lower() in ACCUSING and t.i != token.i for c in t.children
                 if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def _charge_answered(reading: coder.Reading, lexicon: Lexicon) -> bool:
    """Whether an event rejects a charge ("rejected the accusation", "denied the charges") rather than an act."""
    if reading.code is None or lexicon.codes[reading.code].type != "REJECT":
        return False
    heads = [reading.token, reading.head]  # "rejected accusations that it had attacked": the charge on the governor
    nouns = [*heads, *(c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(lexicon.references.get(n.lemma_.lower()) == "ACCUSE" for n in nouns)


def _unreferred(reading: coder.Reading, lexicon: Lexicon, found: list[Party]) -> list[Party]:
    """The targets named, less the noun of an earlier act the article has not told and any charge ("Moscow denied
    the charges": no one, not "charges")."""
    ref = refs.referred(reading.token, lexicon)
    nouns = {w for w, kind in lexicon.references.items() if kind == "ACCUSE"} | ({ref[0].lower_} if ref else set())

    def bare(party: Party) -> bool:
        words = (party.name or "").lower().split()
        return party.actor is None and bool(words) and words[-1] in nouns

    return [p for p in found if not bare(p)]


def _named_targets(
    document: Document, reading: coder.Reading, lexicon: Lexicon, sources: list[Party], story: Story
) -> list[Party]:
    """The parties an event is aimed at: the best-ranked candidate and those coordinated with it."""
    if len(sources) > 1 and each_other(reading.token):
        return []  # "the two governments expelled each other's diplomats": each at the other
    places = lexicon.places
    rejecting = lexicon.codes[reading.code or ""].type == "REJECT"
    if rejecting and (author := _offer_author(document, reading)) is not None:
        party = parties.party(document, author, places)
        foreign = not any(party.country == s.country for s in sources)
        if party.country and (foreign or party.sector not in STATE_SECTORS):
            return [party]  # "rebuffed a Chinese offer to mediate between India and Pakistan": China's offer;
            # "rejected calls from the opposition": its own opposition's
    tokens = [t for t in _target_tokens(reading, lexicon) if not _accord(t, lexicon) and not _alongside(t)]
    mutual = len(sources) > 1 and lexicon.mutual(reading.code or "", reading.token)
    if mutual:
        # "X and Y held talks on trade", "met at the residence of the Swiss ambassador": topics and venues
        tokens = [t for t in tokens if parties.rank(document, t, places) < 3 and not parties.venue(t)
                  and parties.party(document, t, places).country  # not "conducted the Varuna exercise"
                  and not (t.dep_ == "pobj" and t.head.lower_ == "against")]  # "joint operations against Boko
        # Haram": with each other, against the foe
    code = lexicon.codes[reading.code or ""]
    if code.code in lexicon.moved or code.type == "MOBILIZE":  # "ordered the army to raise its readiness", "the
        # call-up of 20,000 Armenian reservists": its own forces are no target
        tokens = [t for t in tokens if not _own_forces(parties.party(document, t, places), sources)]
    if not tokens and not mutual and (code.type in lexicon.place_targets or code.code == lexicon.hosting.code):
        tokens = [t for t in [parties.locative(document, reading.token, places)] if t is not None]
    tokens = [t for t in tokens if not _region_place(document, t)]
    if code.type == "ACCUSE" or lexicon.codes[reading.pattern.code].type == "ACCUSE":  # "would file a complaint"
        tokens = _past_forum(document, reading.token, tokens, places)
    own = [t for t in tokens if _own(document, t, sources, places)]
    tokens = [t for t in tokens if t not in own] or tokens  # "warned it would respond if Armenia ...": Armenia
    tokens = _addressed_abroad(document, tokens, sources, places) or tokens
    if not tokens:
        return []
    best = min(tokens, key=lambda t: parties.rank(document, t, places))
    if group := refs.together(best, lexicon):  # "thanked the four governments"
        found = [parties.party(document, t, places) for t in group]
        return [p for p in found if p.country and not any(p.country == s.country for s in sources)][:MAX_PARTIES]
    if (members := _region_members(document, best, sources, places)):
        return members  # "expressed solidarity with its Baltic neighbours": the other Baltic states
    if refs.sides(best, lexicon) and (sides := story.sides(_state(lexicon, best), best.i, _is_state(lexicon, best))):
        return [p for p in _side_parties(document, sides) if not any(p.country == s.country for s in sources)]
    named = parties.rank(document, best, places) < 2 or parties.own_country(document, best, places)
    proposer = _proposer(document, best, places) if best.pos_ == "NOUN" and best.i != reading.token.head.i else None
    if proposer is not None:  # "vetoed a Security Council draft put forward by Algeria", "a proposal from X"
        best = proposer
    elif best.pos_ == "NOUN" and not named:
        place = parties.locative(document, reading.token, places)
        home = place is not None and any(parties.party(document, place, places).country == s.country
                                         for s in sources if s.country)  # "In Seoul, the council condemned ..."
        best = place if place is not None and not _region_place(document, place) and not home else best
    found = [parties.party(document, t, places) for t in parties.conjoined(best)[:MAX_PARTIES]]
    if best.pos_ == "NOUN" and found[0].country and found[0].actor is None:  # "Egyptian cars, textiles and ceramics"
        found = [found[0], *(p for p in found[1:] if p.country or p.actor is not None)]
    if len(found) == 1 and (split := parties.modifier_parties(document, best, places)):
        found = split[:MAX_PARTIES]  # "his Indian and Pakistani counterparts"
    found = [_the_country(document, best, sources, places) or p if p.country is None or (
        places is not None and places.country(p.country) is None) else p for p in found]  # "the Central American
    # country": the state named before, not the region
    found = [_counted_before(document, best, places) or p if p.country is None else p for p in found]
    found = [p for p in found if p.name is not None and not any(parties.same(p, s) for s in sources)]
    if places is not None and len(found) == 1 and found[0].actor is None and found[0].country is None:
        # "attacked an oil refinery in Russia": where the act took place tells whose the target is, unless it is
        # the source's own ground ("In Seoul, the council condemned the launch")
        where = parties.event_place(document, reading.token, places)
        found[0].country = where if not any(where == s.country for s in sources) else None
    return found


def _region_members(document: Document, noun: Token, sources: list[Party],
                    places: KnowledgeBase | None) -> list[Party]:
    """The states a plural of a region's states stands for ("its Baltic neighbours", "the Nordic countries"): those
    of the region the story names, else all of them, but the source's own; not a region known as a party of its own
    ("the Gulf states")."""
    if places is None or noun.tag_ != "NNS" or noun.lemma_.lower() not in REGION_FOLK or parties.party(
            document, noun, places).country:
        return []  # "the Gulf states", a region of its own
    region = next((c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i), None)
    codes = [r.split(":", 1)[1] for r in places.described_by(f"{region} state") if r.startswith("country:")
             ] if region else []
    own = {s.country for s in sources}
    codes = [c for c in codes if c not in own]
    named = {a.country for a in document.actors if a.country}
    found = [c for c in codes if c in named] or codes
    return [Party(actor=None, name=country.name if (country := places.country(c)) else c, country=c)
            for c in found][:MAX_PARTIES]


def _alongside(token: Token) -> bool:
    """Whether a party is one the act is done with or for, not at ("closed the border in solidarity with
    Azerbaijan", "in coordination with the army")."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with":
        return False
    noun = prep.head if prep.head.lemma_.lower() in ALONGSIDE else token.doc[prep.i - 1]  # "[in solidarity] [with
    # Azerbaijan]", the two hung on the verb; not "expand cooperation with Mexico", the act itself
    return noun.lemma_.lower() in ALONGSIDE and noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _region_place(document: Document, token: Token) -> bool:
    """Whether a word names a region as the place of an act ("a boat in the southern Caribbean", "warships sent to
    the Caribbean"), no party to it, unlike "relations with Europe"."""
    if token.dep_ != "pobj" or token.head.lower_ not in REGION_PREPS or token.pos_ != "PROPN":
        return False  # "appealed to the Gulf states": states of a region, a party
    actor = document.actor_at(*parties.name_span(token))
    return actor is not None and (actor.kb_id or "").startswith("region:")


def _the_country(document: Document, token: Token, sources: list[Party],
                 places: KnowledgeBase | None) -> Party | None:
    """The state "the country" refers to: the last one named before it, by itself or by one of its bodies, that
    is not the source's ("Sierra Leone's army seized power ... suspended aid to the country")."""
    if places is None or token.lemma_.lower() not in REFERRED_STATES or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    own = {s.country for s in sources}
    named = [(m.start, a.country) for a in document.actors if a.country and a.country not in own
             and places.country(a.country) is not None for m in a.mentions if m.start < token.idx]
    if not named:
        return None
    country = max(named, key=lambda found: found[0])[1]
    party = _side_parties(document, [country])[0]
    state = places.country(country)
    return party if party.actor is not None or state is None else replace(party, name=state.name)


def _counted_before(document: Document, token: Token, places: KnowledgeBase | None) -> Party | None:
    """The people "the four men" are: those counted so before with their country ("detained four Serbian customs
    officers ... police arrested the four men": Serbia's)."""
    count = next((c for c in token.children if c.dep_ == "nummod"), None)
    if count is None or not any(c.dep_ == "det" and c.lower_ in REFERRING for c in token.children):
        return None
    for tok in reversed(token.doc[: count.i]):
        if tok.dep_ == "nummod" and tok.lower_ == count.lower_ and tok.head.i != token.i:
            people = places is not None and (places.role(tok.head.lemma_.lower()) or places.role(tok.head.lower_))
            found = parties.party(document, tok.head, places)
            return found if found.country and people else None  # people, not "four fishing boats"
    return None


def _addressed_abroad(document: Document, tokens: list[Token], sources: list[Party],
                      places: KnowledgeBase | None) -> list[Token]:
    """Where the object or the indirect object of an act is a foreign party, the candidates of the source's own
    country are what the act is about, not whom it is aimed at ("Dhaka sent New Delhi a request for the
    extradition of Bangladesh's former prime minister": India)."""
    home = {s.country for s in sources if s.country}
    if not home:
        return []
    countries = {t.i: parties.party(document, t, places).country for t in tokens}
    if not any(t.dep_ in {"dative", "dobj"} and countries[t.i] not in home | {None} for t in tokens):
        return []
    return [t for t in tokens if countries[t.i] not in home]


def _own(document: Document, token: Token, sources: list[Party], places: KnowledgeBase | None) -> bool:
    """Whether a candidate target is the source itself, or a thing of the source's own country that no actor
    names or a pronoun refers to ("pledged $550 billion in Japanese investment in the United States": not Japan;
    "could leave the treaty if the Security Council adopted measures against it": not Iran)."""
    found = parties.party(document, token, places)
    if any(parties.same(found, s) for s in sources):
        return True
    own_country = found.country is not None and any(found.country == s.country for s in sources)
    unnamed = token.ent_type_ == "NORP" or token.pos_ == "PRON" or parties.rank(document, token, places) >= 2
    return own_country and unnamed


def _offer_author(document: Document, reading: coder.Reading) -> Token | None:
    """Who made the offer, proposal, plan or call an event turns down: its owner, its demonym or proper-name
    modifier, a modifier the actors stage knows ("opposition calls"), or the party "by" or "from" whom it came ("an
    offer by Kenya", "any offer from IGAD")."""
    heads = [reading.token, reading.head]
    nouns = [t for t in heads if t.pos_ == "NOUN"] + [c for h in heads for c in h.children
                                                      if c.dep_ in ("dobj", "nsubjpass")]
    for noun in nouns:
        if noun.lemma_.lower() not in parties.PUT_FORWARD:
            continue
        for c in noun.children:
            if (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("amod", "compound") and (c.ent_type_ in (
                    "NORP", "GPE", "ORG") or document.actor_at(c.idx, c.idx + len(c.text)) is not None)):
                return c
        found = next((g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                      for g in p.children if g.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def _loyal_to(noun: Token) -> Token | None:
    """Whom forces, fighters or militias are loyal to ("forces loyal to the eastern-based Libyan National Army")."""
    return next((g for a in noun.children if a.dep_ == "amod" and a.lower_ in ("loyal", "allied")
                 for p in a.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                 if g.dep_ == "pobj"), None)


def _proposer(document: Document, noun: Token, places: KnowledgeBase | None) -> Token | None:
    """Who put forward the plan or act a target noun names ("praised the peace plan put forward by Qatar")."""
    doer = parties.nominal_source(noun)
    if doer is None or doer.dep_ != "pobj" or doer.pos_ == "PRON":  # "its border with Finland": not its owner
        return None  # nor "the Ukrainian city of Kharkiv" its modifier
    return doer if parties.rank(document, doer, places) < 2 else None


def _own_forces(party: Party, sources: list[Party]) -> bool:
    return party.sector in FORCES and any(party.country == s.country for s in sources if s.country)


def _state(lexicon: Lexicon, noun: Token) -> Callable[[str], bool] | None:
    """Whether a code is a state's, for sides named as states ("both countries", "both governments"); none for
    "the two sides", which may be a bloc."""
    places = lexicon.places
    if places is None or noun.lemma_.lower() not in STATE_NOUNS:
        return None
    return lambda code: places.country(code) is not None


def _is_state(lexicon: Lexicon, noun: Token) -> Callable[[str], bool] | None:
    """For "the two leaders" or "the two ministers", whether a code is a state's: the two states whose people
    just met are the two meant."""
    places = lexicon.places
    if places is None or noun.lemma_.lower() not in PEOPLE_SIDES:
        return None
    return lambda code: places.country(code) is not None


def _sentence_pair(document: Document, token: Token, lexicon: Lexicon) -> list[str]:
    """The two states the sentence names before "the two governments" ("Australian soldiers joined PNG troops
    for the drills, the first under the treaty the two governments signed"), or the two it puts "between"; none
    unless exactly two."""
    if lexicon.places is None:
        return []
    for tok in token.doc[token.sent.start : token.i]:  # "talks between Kinshasa and M23 ..., and the two sides
        if tok.lower_ == "between" and tok.dep_ == "prep":  # signed a declaration": those two, not the host
            pair = [g for c in tok.children if c.dep_ == "pobj" for g in (c, *c.conjuncts)]
            countries = [parties.party(document, g, lexicon.places).country for g in pair]
            if len(pair) == 2 and all(countries):
                return [c for c in countries if c]
    found: list[str] = []
    for tok in token.doc[token.sent.start : token.i]:
        if _antecedent(tok, token):
            continue  # "Qatar and Turkey, which brokered the ceasefire the two neighbours agreed": not those two
        country = parties.party(document, tok, lexicon.places).country if tok.ent_type_ in STATE_NAMES else None
        if country and lexicon.places.country(country) and country not in found:
            found.append(country)
    return found if len(found) == 2 else []


def _antecedent(name: Token, reference: Token) -> bool:
    """Whether a name heads the phrase a relative clause that holds ``reference`` is about."""
    for tok in name.doc[name.i + 1 : reference.i]:
        if tok.lower_ in RELATIVES:  # and the clause it opens runs on to the reference
            return not any(t.text == "," for t in name.doc[tok.i : reference.i])
        if not (tok.pos_ in ("PROPN", "CCONJ", "DET", "PUNCT") or tok.ent_type_ in STATE_NAMES):
            return False
    return False


def _side_parties(document: Document, countries: list[str]) -> list[Party]:
    """The parties of the two sides of a story: each country's state actor where the article has one."""
    states = {a.country: a for a in document.actors if a.kind == "state" and a.sector is None}
    out = []
    for code in countries:
        actor = states.get(code)
        out.append(Party(actor=actor.id, name=actor.name, country=code) if actor else Party(None, code, code))
    return out


def _pairs(
    sources: list[Party], targets: list[Party], mutual: bool, fighting: bool = False
) -> Iterator[tuple[Party, Party | None]]:
    among = len(sources) > 1 and {t.country for t in targets} <= {s.country for s in sources if s.country}
    if targets and among and fighting:  # "troops from the two countries fought, killing 100": each the other's
        yield from ((s, t) for s, t in product(sources, targets) if s.country != t.country)
    elif targets and among and mutual and len({s.country for s in sources}) > 1:
        yield from ((a, b) for a in sources for b in sources if a.country != b.country)  # "the two agreed to
        # convene their joint commission": with each other, not with the commission
    elif targets:
        yield from product(sources, targets)
    elif len(sources) > 1 and mutual:
        yield from ((a, b) for a in sources for b in sources if a is not b)
    else:
        yield from ((s, None) for s in sources)


def _events(
    document: Document, sent: SpacySpan, reading: coder.Reading, lexicon: Lexicon, quotes: Intervals[int],
    story: Story,
) -> Iterator[Event]:
    token = reading.token
    if _denial_of_an_act(token, lexicon):
        return  # "denied that its troops had crossed": the act is denied, the denial itself is no rejection
    quote_index = _quote_at(quotes, token.idx)
    quote = document.quotes[quote_index] if quote_index is not None else None
    if quote is not None and quote.kind != "indirect" and quote.speaker.role in COMMENTATORS:
        return  # "'Tehran is firing a shot across the bows,' said an analyst in London": an evaluation in the
        # commentator's words, no act (what an analyst says is likely to happen is conjecture, and coded so)
    sources = _sources(document, reading, quote, lexicon, story)
    place = places.event_location(token, lexicon.places) if lexicon.places is not None else None
    doing = lexicon.codes[reading.code or ""].type in lexicon.domestic  # "people marched": civilians at home
    sources = [_at_home(document, s, token, place, lexicon.places, doing) for s in sources]
    targets = _targets(document, reading, lexicon, sources, story, quote is not None and quote.kind == "direct")
    harmed = lexicon.codes[reading.code or ""].type in VICTIMS  # "abducted 15 people north of Port-au-Prince"
    targets = [_at_home(document, t, token, place, lexicon.places, harmed) for t in targets]
    sources, targets = _region_bodies(document, sources), _region_bodies(document, targets)
    if any(t.country for t in targets):  # "detained the ship's Russian captain and first officer": one side
        targets = [t for t in targets if t.country or (t.name or "")[:1].isupper()]
    if harmed and lexicon.places is not None and any(_unplaced(document, t) for t in targets):
        found = _placed_in_sentence(document, sent, lexicon.places, sources)  # "... north of Port-au-Prince"
        targets = [Party(t.actor, t.name, found, t.sector) if _unplaced(document, t) else t for t in targets]
    if token.pos_ == "AUX" and token.dep_ == "ccomp" and (teller := parties.subject(token.head)) is not None:
        sources, targets = [parties.party(document, teller, lexicon.places)], sources  # "X said that Azerbaijan
        # was behind the attacks": X accuses Azerbaijan
    giver = _giver(document, token, lexicon)
    if giver is not None:  # "Kyrgyzstan received wheat from Russia": Russia's aid to Kyrgyzstan
        sources, targets = [giver], [s for s in sources if s.name is not None]
    if quote is not None and quote.kind == "direct" and not targets:
        return  # a statement in a quotation with no one it is aimed at is no event
    if token.lemma_.lower() == "blame" and _blames_a_thing(document, token, lexicon.places):
        return  # "blaming a technical fault on the line": no one blamed
    if (_charge_answered(reading, lexicon) or _charge_subject(reading)) and not any(t.country for t in targets):
        accuser = _accuser(sent, token)  # "Kinshasa accuses Rwanda of ..., a charge Kigali rejects": Kinshasa
        if accuser is None:
            return  # "Iran rejected accusations that it had attacked the tanker": a denial, no one rejected
        targets = [parties.party(document, accuser, lexicon.places)]
    if sources and all(s.sector == BUSINESS for s in sources) and all(
            t.actor is None or t.sector == BUSINESS for t in targets) and lexicon.codes[
            reading.code or ""].type != "PROTEST":  # "miners downed tools": the workers, not their firms
        return  # "Indian conglomerate Sarvodaya Industries agreed to buy a stake in a Sri Lankan operator": business
    nominal = token.pos_ != "VERB" or parties.is_passive(token)
    if nominal and not targets and all(s.name is None for s in sources):
        return  # "the summit will take place in Lima", "will be held in Astana": an act with no party is no event
    if token.pos_ == "VERB" and parties.is_passive(token) and all(s.name is None for s in sources):
        return  # "since the peace deal was signed", "three diplomats were expelled": no doer, no event
    code = lexicon.codes[reading.code or ""]
    if code.code == FIRED and _shown_not_aimed(token):
        code = lexicon.codes[SHOW_OF_FORCE]  # "fired a ballistic missile over Japan", "into the sea": a show of force
    if code.code == VISIT and (doer := parties.subject(token)) is not None and doer.lemma_.lower() in CRAFT:
        return  # "Chinese military drones flew close to Yonaguni island": no visit
    if code.type == "THREATEN" and sources and all(
            s.name and s.name.lower().split()[-1] in COMMENTATORS for s in sources):
        return  # "Economists warned that a weaker rupee would push up the fuel bill": a forecast, no threat
    if code.type == "ASSAULT" and _sport(document, sent, lexicon):
        return  # "Greece beat Turkey 81-77 in a EuroBasket warm-up game": a result, no attack
    if token.lemma_.lower() == "protest" and sources and code.type in ("PROTEST", "ACCUSE"):
        states = [_state_party(document, s) for s in sources]  # "China protested to Japan": an accusation;
        if all(states):  # "farmers protested the new tax": a demonstration
            code = lexicon.codes[STATE_PROTEST]
        elif not any(states) and any(s.name for s in sources):
            code = lexicon.codes[DEMONSTRATION]
    if code.code.startswith(RIOT) and sources and all(s.sector in FORCES for s in sources):
        code = lexicon.codes[COERCION]  # "Ecuadorian police stormed the embassy": no riot, the state's force
    if code.type == FIGHTING and token.lemma_.lower() in STORMING and sources and all(
            s.name and s.sector in CROWDS for s in sources):
        code = lexicon.codes[RIOT]  # "demonstrators stormed two bank branches": a riot, no armed attack
    if token.lemma_.lower() == "raid" and sources and all(s.sector == "COP" for s in sources):
        code = lexicon.codes[COERCION]  # "Kosovo police raided five offices": a search, not an armed attack
    if code.type == "PROTEST" and token.lemma_.lower() in ("block", "blockade") and sources and all(
            _state_party(document, s) for s in sources):
        code = lexicon.codes[REDUCED_RELATIONS]  # "Algeria blocked the crossings to Mali": a measure, no protest
    if code.type == "COERCE" and token.lemma_.lower() in ("block", "blockade") and sources and all(
            s.name and s.sector in HOME_SECTORS and not _state_party(document, s) for s in sources):
        code = lexicon.codes[DEMONSTRATION]  # "Dutch farmers blockaded the port of Rotterdam": a protest
    if code.type == "RETREAT" and token.lemma_.lower() in LEAVING_WORDS and targets and all(
            _body_left(document, t) for t in targets) and not any(c.dep_ == "dobj" for c in token.children):
        code = lexicon.codes[REDUCED_RELATIONS]  # "Nicaragua completed its withdrawal from the OAS": no retreat
    own = {s.country for s in sources if s.country}
    if code.type == "AID" and own and any(t.country in own for t in targets) and all(
            t.country in own or t.country is None for t in targets):
        code = lexicon.codes[BUILD_UP]  # "sent 4,000 soldiers to Bolivar state": forces moved at home, no aid;
        targets = _across_border(document, sent, own)  # aimed at the one across "the border with Guyana"
    partners = len(own) > 1 and any(s.sector in FORCES for s in sources) and all(_of_a_people(s, lexicon) and (
        s.sector in FORCES or _demonym_alone(s, lexicon)) for s in sources)  # "Guatemalan and Mexican police"
    if code.type == "COERCE" and partners and lexicon.joint.code:
        code, targets = lexicon.codes[lexicon.joint.code], []  # "Italian and French police broke up a ring": partners
    if code.type == "MOBILIZE" and _keeping_peace(token):  # "sent troops to Somalia as part of the AU's peace
        code = lexicon.codes[PEACEKEEPING]  # support mission": protection given, no posture against Somalia
    if code.code == DRILLED and len(sources) == 1 and _drilled_alone(token) and any(
            t.country and t.country not in own for t in targets):
        code = lexicon.codes[SHOW_OF_FORCE]  # "China staged military drills around Taiwan": no partner, a show of force
    if token.pos_ != "VERB" and code.quad <= 2 and all(s.name is None for s in sources):
        return  # "the treaty governs the use of six rivers": a cooperative act named by a noun alone is background
    intensity = _intensity(lexicon, lexicon.intensity(code), reading)
    evidence = _evidence(document, sent)
    where = _location(document, sent, place, lexicon.places)
    pulled_apart = code.type == "RETREAT" and partners and not any(t.country for t in targets)  # "Indian and
    # Chinese troops withdrew to the positions they held in 2020": each from the other
    one_another = len(sources) > 1 and reading.head.i != token.i and any(  # "accused each other of shelling"
        c.dep_ in {"dobj", "pobj"} and each_other(c) for c in reading.head.children)
    if one_another:
        targets = [t for t in targets if t.country]
    agreeing = coder.AGREEING in (token.lemma_.lower(), reading.head.lemma_.lower())
    among = code.type == MUTUAL_KIND and len(own) > 1 and agreeing and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in (*token.subtree, *reading.head.children))
    if among:  # "Japan's minister and her South Korean counterpart agreed to seek a UN meeting": with each other
        targets = []
    pairs = list(_pairs(sources, [] if pulled_apart else targets, lexicon.mutual(code.code, token) or pulled_apart
                        or one_another or among, code.type == FIGHTING))
    if code.code in lexicon.symmetric or (code.code == SIGNED and _signed_with(token)) or _together(
            token, code, lexicon):  # "X met Y": Y met X as well; "X signed a pact with Y": Y signed it too
        pairs += [(t, s) for s, t in pairs if t is not None and _known(t) and (t, s) not in pairs]
    if code.type in lexicon.abroad_only:  # "Serbia suspended the dialogue": no sanction of Serbia by Serbia
        pairs = [(s, t) for s, t in pairs if not _own_state(document, s, t)]
    for source, target in pairs:
        if not _known(source) and not _known(target):
            continue  # "ten cables have been damaged": an act of no one known, to no one known, is no event
        yield Event(
            type=code.type,
            mode=code.mode,
            cameo=code.code,
            quad=code.quad,
            intensity=intensity,
            negated=reading.negated,
            modality=reading.modality,
            source=source,
            target=target,
            date=None,
            quote=quote_index,
            evidence=evidence,
            location=where,
            trigger=document.span(token.idx, token.idx + len(token.text)),
        )


ENVOYS = frozenset({"delegation"})  # sent by the parties named after them
DRILLED = "062"  # military cooperation: drills and exercises held together
DRILLS = frozenset({"exercise", "drill", "game", "manoeuvre", "maneuver", "wargame"})
PARTNERED = frozenset({"joint", "combined", "with", "together", "jointly", "alongside", "bilateral", "trilateral",
                       "multinational", "allied", "allies", "partners"})
FIRED = "194"  # fire artillery or missiles
REGION_BODIES = {"WAF": "ECOWAS", "SEA": "ASEAN", "SAF": "SADC", "CRB": "CARICOM", "AFR": "AU", "PGS": "GCC",
                 "ARB": "ARL", "EUR": "EU", "EAF": "EAC", "SAS": "SAARC"}  # the bloc of a region's states
SHOW_OF_FORCE = "152"  # a missile test, an alert raised
WEAPONS = frozenset({"missile", "missiles", "rocket", "rockets", "icbm", "projectile", "projectiles"})
AIMED_PREPS = frozenset({"at", "on", "against", "toward", "towards"})
FLIGHTS = frozenset({"fly", "overfly", "splash", "come", "fall", "land"})  # what a missile does that is no strike
SEA = frozenset({"sea", "ocean", "waters", "water"})
CALENDAR_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                            "february", "march", "april", "may", "june", "july", "august", "september", "october",
                            "november", "december"})


def _shown_not_aimed(token: Token) -> bool:
    """Whether a missile fired or launched is aimed at no one: none "at" or "on" a target, and no place it fell
    but the sea or a state it flew over ("fired a ballistic missile over Japan", "launched two missiles into the
    sea", "test-fired an ICBM")."""
    if token.lower_ in WEAPONS and token.dep_ == "nsubj" and token.head.lemma_.lower() in FLIGHTS:
        return not any(c.dep_ == "prep" and c.lower_ in AIMED_PREPS for c in token.head.children)  # "a North
        # Korean missile flew over northern Japan", not "a missile landed on a school"
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]  # "launched 300 drones and 20 missiles at Kyiv"
    if not any(g.lower_ in WEAPONS for o in objects for g in o.subtree):
        return False
    if any(o.lemma_.lower() in ("rocket", "mortar", "shell") or (o.lower_ in WEAPONS and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its", "their") for c in o.children))
           for o in objects):  # not "its first launch in a year", an apposition read as a second object
        return False  # "fired the rockets", "fired rockets": an attack told of, not a test
    preps = [c for w in (token, *objects) for c in w.children if c.dep_ == "prep" and not any(
        g.ent_type_ in ("DATE", "TIME") and (g.pos_ != "PROPN" or g.lower_ in CALENDAR_NAMES)
        for g in c.children)]  # not "on Tuesday", "at dawn"
    if any(p.lower_ in AIMED_PREPS for p in preps):
        return False
    into = [g for p in preps if p.lower_ == "into" for g in p.children if g.dep_ == "pobj"]
    return all(g.lemma_.lower() in SEA for g in into)


COMMENTATORS = frozenset({"economists", "analysts", "experts", "scientists", "researchers", "academics", "economist",
                          "analyst", "expert", "scientist", "researcher"})  # whose warnings are forecasts
WON = frozenset({"win", "lose", "clinch", "claim", "retain"})  # a contest won or lost
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b(?![-\w]|\s*(?:hours?|days?|minutes?|weeks?|months?|years?|percent|per\b|"
                   r"%|km|kilomet|miles?|metres?|meters?|people|troops|soldiers|votes?))")  # "81-77", "beat them 3-1"


def _sport(document: Document, sent: SpacySpan, lexicon: Lexicon) -> bool:
    """Whether a sentence tells a sporting result: a score, or a game or match it was played in."""
    text = document.text[sent.start_char : sent.end_char]
    scored = any(not text[: m.start()].rstrip().lower().endswith(("voted", "vote", "votes", "margin of"))
                 for m in SCORE.finditer(text))  # not a tally: "the council voted 13-2"
    return scored or any(t.lemma_.lower() in lexicon.contests and (
        (t.dep_ == "pobj" and t.head.lower_ in ("in", "at")) or (t.dep_ == "dobj" and t.head.lemma_.lower() in WON))
        for t in sent)  # "in the World Cup qualifier", "to win the Tokyo Marathon", not "arrested fans after the match"


def _giver(document: Document, token: Token, lexicon: Lexicon) -> Party | None:
    """The doer a verb of receiving names by "from", on the verb or on what was received."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.received:
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    heads = [token, *objects]
    found = next((g for head in heads for g in parties.prep_objects(head, ("from",)) if parties.usable(g)), None)
    found = found or next((g for o in objects if o.lemma_.lower() in lexicon.nouns for g in parties.prep_objects(
        o, ("of",)) if parties.usable(g)), None)  # "won the backing of Australia"
    return parties.party(document, found, lexicon.places) if found is not None else None


def _of_a_people(party: Party, lexicon: Lexicon) -> bool:
    """Whether a party is named by its nationality ("Italian police", "French police" of "Italian and French
    police"), not only placed in a country ("police" in a Venezuelan town)."""
    first = (party.name or "").split()[:2]
    kb = lexicon.places
    return kb is not None and any(kb.demonym(" ".join(first[:n])) for n in (1, 2))


def _region_bodies(document: Document, found: list[Party]) -> list[Party]:
    """A region's leaders or states acting together where the article names the region's body ("West African
    leaders lifted the sanctions ECOWAS imposed"): that body."""
    named = {a.country for a in document.actors if a.kind == "organization"}
    groups = {a.id for a in document.actors if a.kind == "group"}
    return [Party(p.actor, p.name, REGION_BODIES[p.country], p.sector) if p.country in REGION_BODIES and
            REGION_BODIES[p.country] in named and p.actor in groups else p for p in found]


def _demonym_alone(party: Party, lexicon: Lexicon) -> bool:
    """Whether a party is named by a nationality alone ("Guatemalan" of "Guatemalan and Mexican police"): the
    head it shares with the party after it."""
    return lexicon.places is not None and bool(party.name) and lexicon.places.demonym(party.name or "") is not None


def _drilled_alone(token: Token) -> bool:
    """Whether drills or exercises are held with no partner ("Belarus held military exercises near the Lithuanian
    border"): none joint, combined, held with another or by allies."""
    drills = [token] if token.pos_ == "NOUN" else [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    drills = [d for d in drills if d.lemma_.lower() in DRILLS]
    if not drills:
        return False
    words = {w.lower_ for d in drills for w in d.subtree} | {c.lower_ for c in token.children}
    return not words & PARTNERED


def _denial_of_an_act(token: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of denial governs a clause or an act ("denied that it was holding civilians", "denied
    organising the riots"), rather than refusing a thing ("denied the request")."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in lexicon.disputing and coder.denies_reported_act(token, lexicon):
        return True  # "denied reports that its chief had met Taliban leaders"
    if lexicon.modality_words.get(token.lemma_.lower()) != "denied":
        return False
    return any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and c.tag_ == "VBG") for c in token.children)


def _location(document: Document, sent: SpacySpan, place: Place | None, kb: KnowledgeBase | None) -> Location | None:
    """Where the event happened: the place its sentence says, else for the body a sentence naming no place
    happens where the dateline is."""
    if kb is None:
        return None
    if place is not None:
        return places.location(place)
    if sent.start_char < document.body_start or places.names_place(sent, kb):
        return None
    dateline = places.dateline_place(document, kb)
    return places.location(dateline) if dateline is not None else None


def _own_ground(document: Document, party: Party, token: Token, kb: KnowledgeBase) -> str | None:
    """The country of the place a party's own words put it in ("workers at Chile's Chuquicamata mine")."""
    actor = document.actor(party.actor) if party.actor else None
    if actor is None:
        return None
    sent = token.sent
    heads = [t for m in actor.mentions if sent.start_char <= m.start < sent.end_char
             for t in sent if m.start <= t.idx < m.end and not m.start <= t.head.idx < m.end]
    return next((code for h in heads if (code := parties.located(document, h, kb)) is not None), None)


def _at_home(document: Document, party: Party, token: Token, place: Place | None, kb: KnowledgeBase | None,
             civil: bool = False) -> Party:
    """A domestic agent without a country ("riot police", "students", and anyone doing a domestic act: "several
    hundred people marched") takes the country of the place where it acts, else of the dateline."""
    if kb is None or party.country is not None or not party.name:
        return party
    role = kb.role(party.name.split()[-1]) or kb.role(party.name.lower().removeprefix("the "))
    sector = party.sector or (role.sector if role is not None else None) or ("CVL" if civil else None)
    if not places.domestic(sector):
        return party
    home = (place.country if place is not None else None) or _own_ground(document, party, token, kb)
    home = home or parties.event_place(document, token, kb)
    if home is None and (dateline := places.dateline_place(document, kb)) is not None:
        home = dateline.country
    if home is None:
        return party
    return Party(actor=party.actor, name=party.name, country=home, sector=sector)


def _intensity(lexicon: Lexicon, base: float, reading: coder.Reading) -> float:
    """The code's intensity, weakened for a negated, denied or hypothetical event."""
    weight = lexicon.weights.get("negated", 1.0) if reading.negated and not reading.recoded else 1.0
    weight *= lexicon.weights.get(reading.modality, 1.0)
    return round(base * weight, 2)
