"""Reading the event predicates of one sentence: which events, governed by what, negated or not, in what mood.

A governing cue ("ready to", "called on X to", "refused to", "threatened to", "accused X of") and the event
it governs make one event, coded from the cue's role and the governed event's type: "ready to restore
relations" is AGREE (express intent to cooperate), "urged Y to withdraw" is REQUEST (appeal to yield).
A pattern nested inside another event's phrase ("condemned the attack", "condemned the attack that killed
nine") adds no event of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..nlp import entity_bounds
from . import parties
from .lexicon import APPEALS, Governor, Lexicon, Pattern
from .match import NOMINAL_DEPS, RELATIVE_PRONOUNS, cue, disputer, lemma, trigger, triggers

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

WEAPONS = frozenset({"sniper", "artillery", "mortar", "tank", "gun", "machine-gun", "rocket", "missile", "naval",
                     "enemy", "army", "militia", "rebel", "drone"})  # what makes fire or a blast an attack
GOVERN_DEPS = frozenset(
    {
        "xcomp",
        "ccomp",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "acomp",
        "acl",
        "attr",
        "oprd",
        "agent",
        "nsubjpass",
        "compound",
        "dep",
    }
)
CHAIN_DEPS = frozenset({"xcomp", "acomp", "pcomp", "prep", "pobj", "ccomp", "advcl", "aux", "conj"})
# How an appealed-for act hangs under the appeal: "Europe should put together a framework in which to
# begin engaging", "the time has come for the EU to resume", "it is time for Europe to talk", "Europe needs
# to engage".
APPEAL_DEPS = frozenset(
    {"xcomp", "acomp", "advcl", "relcl", "acl", "dobj", "pobj", "prep", "attr", "pcomp", "conj"}
)
APPEAL_SLOTS = frozenset({"aux", "nsubj", "acomp", "attr"})
MAX_DEPTH = 6
CLAUSE_STOPS = frozenset({"conj", "advcl", "relcl", "parataxis"})  # a denial does not reach across these
PEOPLE_OF_ACTS = frozenset({"worker", "official", "agency", "group", "organisation", "organization", "activist",
                            "campaigner", "expert", "coordinator", "chief", "monitor", "volunteer"})
CONJECTURES = frozenset({"would", "will", "could", "might", "may", "should"})
SAID_ACTS = frozenset({"SUPPORT"})  # acts a cue's object makes by being said ("offered an apology")
CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})  # nouns a relative clause answers
ASKING_BY_INFINITIVE = frozenset({"tell"})  # cues that ask only through an infinitive ("told X to halt")
JUDGED_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp"})  # the complement a verb of judgement judges by
PHRASE_STOPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
ENDED_DEPS = frozenset({"dobj", "nsubjpass", "xcomp", "prep"})  # how an ended act hangs from the verb that ends it


@dataclass
class Reading:
    """One coded predicate of a sentence, before its parties are resolved."""

    token: Token  # the event predicate (the governed one where a cue governs it)
    pattern: Pattern
    code: str | None  # None: reported, not done ("claimed responsibility for the attack"); no event
    head: Token  # the predicate whose clause names the source: the cue, else the event predicate
    governor: Governor | None
    modality: str
    negated: bool
    depth: int = 0  # how far below its cue the governed predicate stands
    recoded: bool = False  # a negated cooperative event read as a rejection ("will not accept refugees")
    agent: Token | None = None  # who is asked to act, where an appeal names them ("Europe should engage")


ACCORD_STATES = frozenset({"cover", "require", "allow", "provide", "include", "stipulate", "oblige", "bar", "forbid",
                           "need", "remain", "expire", "lapse", "run", "set", "guarantee", "govern", "limit"})  # what
# an accord does by its terms ("the treaty covers the islands")
COMMISSIVES = frozenset({"promise", "pledge", "vow", "guarantee", "undertake"})  # one commits to one's own acts
PURPOSE_CARRIERS = frozenset({"help", "assist", "aim", "seek", "try"})  # verbs a purpose passes through ("to help
# protect")
NAMING = frozenset({"call", "describe", "label", "brand", "term", "dub"})
PRAISE = frozenset({"historic", "step", "positive", "welcome", "constructive", "important", "good", "breakthrough",
                    "success", "milestone", "victory", "fair", "balanced", "landmark", "hope", "encouraging", "great",
                    "productive", "useful", "excellent", "friendly", "cordial", "frank", "friend", "partner", "ally",
                    "significant", "major", "right", "necessary", "legitimate", "brave", "courageous"})
CRITICISM = "111"  # what calling an act or a party names in quotes does
CENSURE = frozenset({"hostile", "provocative", "groundless", "baseless", "illegal", "unacceptable", "dangerous",
                     "reckless", "aggressive", "destructive", "unjustified", "irresponsible", "absurd", "cynical",
                     "blatant", "flagrant", "backward", "wrong", "mistaken", "regrettable", "unjust", "unfounded",
                     "nonsense", "ridiculous", "false", "fabricated", "lie", "lies", "slander",
                     "untrue"})  # words of blame
ASKED_PRONOUNS = frozenset({"it", "them", "him", "her"})  # one asked, named before
CHARGES = frozenset({"accusation", "charge", "allegation"})  # another's charge, which calling names rejects
REJECTION = "120"  # what calling another's charge "baseless" does
HEARSAY = frozenset({"report", "reports", "claim", "rumour", "rumor", "story", "speculation", "allegation"})
GIVING_TIME = frozenset({"give", "grant", "allow"})  # "gave X ten days to leave or face ..."
ULTIMATUM = "139"  # what asking someone to act "or face" a penalty is
ACCUSATION = "112"  # what saying another did a misdeed is
DRILLS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "wargame"})
PARTNERED = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "allied"})
NEAR_PREPS = frozenset({"around", "near", "off", "along", "close"})
PLACE_PREPS = NEAR_PREPS | {"in", "on", "at", "towards", "toward", "across", "over", "inside"}
SHOW_OF_FORCE = "150"  # drills held alone near another
PROTECTION = "074"  # forces moved to guard or help
BIDDING = {"at": frozenset({"request", "invitation", "behest"}),  # forces sent where their host asked for them
           "under": frozenset({"agreement", "deal", "accord", "pact", "treaty", "arrangement", "mandate"})}
PROTECTING = frozenset({"guard", "protect", "defend", "help", "secure", "reinforce", "assist", "bolster",
                        "police", "shield", "safeguard", "support", "back", "train", "join", "strengthen"})
MISSIONS = frozenset({"force", "mission", "operation", "contingent", "peacekeeping", "coalition"})  # "pledged
# soldiers for the U.N.-backed force": forces given to a mission
SENT_FOR = {**BIDDING, "for": MISSIONS}  # forces sent at a host's bidding or for a mission ("for the force")
PROTESTING = "PROTEST"
PROTEST_CLAUSES = frozenset({"advcl", "xcomp", "acl", "conj"})  # how a demand hangs from a rally ("demanding", "to
# demand", "and demanded")
SANCTIONING = "SANCTION"
FINITE = frozenset({"VBD", "VBZ", "VBP"})
OWN = frozenset({"its", "their", "his", "her", "our"})  # possessives of one's own ("to defend its citizens")
WISHES = frozenset({"want", "wish"})  # appeals when they name who should act, else one's own intent
STATES = frozenset({"hold", "keep", "control", "occupy", "run", "own", "base", "station"})  # participles of a
# state of things ("prisoners held by both sides")
AGREEING = "agree"  # the verb whose clause tells what was agreed ("agreed that the commission would meet")
ASPECTUAL = frozenset({"continue", "stop", "resume", "persist", "end", "cease", "halt", "go", "intensify",
                       "escalate", "start", "begin"})  # verbs whose subject act takes their tense
BODIES = frozenset({"group", "committee", "commission", "council", "panel", "team", "body", "mechanism", "taskforce"})
SCHEDULES = frozenset({"from", "starting", "effective", "beginning"})  # "will impose tariffs from June 1"
CONTACT = "CONSULT"  # calls, visits and meetings, whose purpose may be an act of its own
ANY_OBJECT = frozenset({"*"})  # a misdeed whatever its object, or with none ("had illegally intruded")
MISDEEDS = {  # acts that, said of another, charge them: the verb and its object
    "commit": frozenset({"crime", "atrocity", "abuse", "massacre", "genocide", "violation", "murder"}),
    "violate": frozenset({"sovereignty", "law", "right", "agreement", "ceasefire", "truce", "resolution", "treaty",
                          "convention", "accord", "airspace", "border", "territory", "obligation", "integrity"}),
    "breach": frozenset({"sovereignty", "law", "agreement", "ceasefire", "truce", "resolution", "rule", "treaty",
                         "convention", "accord", "obligation", "airspace", "border"}),
    "break": frozenset({"rule", "law", "agreement", "ceasefire", "truce", "promise", "commitment", "pledge"}),
    "ignore": frozenset({"ruling", "resolution", "order", "warning", "law", "agreement", "convention", "treaty",
                         "obligation", "accord"}),
    "undermine": frozenset({"sovereignty", "stability", "peace", "process", "talks", "security", "agreement"}),
    "spread": frozenset({"disinformation", "misinformation", "lie", "propaganda", "falsehood"}),
    "harbour": frozenset({"militant", "rebel", "terrorist", "fighter", "separatist", "insurgent"}),
    "harbor": frozenset({"militant", "rebel", "terrorist", "fighter", "separatist", "insurgent"}),
    "shelter": frozenset({"militant", "rebel", "terrorist", "fighter", "separatist", "insurgent"}),
    "rig": frozenset({"election", "vote", "poll", "count"}),
    "incite": frozenset({"violence", "unrest", "hatred", "riot", "rebellion"}),
    "trample": frozenset({"right", "sovereignty", "law"}),
    "intrude": ANY_OBJECT, "meddle": ANY_OBJECT, "interfere": ANY_OBJECT, "spy": ANY_OBJECT,
    "endanger": frozenset({"life", "lives", "security", "peace", "stability", "civilian", "population", "people",
                           "region", "safety"}),
    "destabilise": ANY_OBJECT, "destabilize": ANY_OBJECT,
}
UNLAWFULLY = frozenset({"illegally", "unlawfully", "illegitimately"})
REPORTING = frozenset({"say", "tell", "state", "report", "add", "insist", "claim", "write"})
STRUGGLES = frozenset({"war", "battle", "fight", "struggle"})  # "at war with the weather": no one's war
POLITICAL_CONTESTS = frozenset({"arms", "nuclear", "presidential", "election", "electoral", "leadership", "mayoral",
                                "parliamentary", "succession", "military", "space"})  # "an arms race", "a military
# parade": no sport

def path_up(token: Token, lexicon: Lexicon) -> list[Token]:
    """Ancestors a predicate is embedded under: through complements, relative clauses ("condemned the attack
    that killed nine") and coordinated complements ("accused X of sending tanks and fighting"), not through
    coordinated clauses, a coordinated cue of its own or circumstance."""
    out: list[Token] = []
    node = token
    if _told_by_agent(token, lexicon):
        return out  # "demanded the release of fishermen arrested by Zimbabwean police": the police's own act
    while _embedded(node) and node.head.i != node.i and len(out) < MAX_DEPTH:
        if node.dep_ == "prep" and node.lower_ in lexicon.loose_preps:
            break  # "pledged support despite the attack": the attack is circumstance, not what was pledged
        if node.dep_ == "conj" and node.i != token.i and cue(node, lexicon) is not None:
            break  # "ordered the army to ... and accused Pristina of ...": two acts, not one governed by the other
        if _doers_clause(node, lexicon):
            break  # "agreed to set up a working group that would meet": the group's act, not what was agreed
        node = node.head
        out.append(node)
    return out


def _told_by_agent(token: Token, lexicon: Lexicon) -> bool:
    """Whether a participle names its own doer ("fishermen arrested by Zimbabwean police"): an act of its own, not
    one that carries out an act named by its noun ("the strike carried out by Israeli jets")."""
    if not parties.agented_participle(token) or lemma(token.head, lexicon.nouns) in lexicon.nouns or (
            token.lemma_.lower() in STATES):
        return False  # not "prisoners held by both sides", a state of things
    pattern = trigger(token, lexicon)  # a forceful act, no description ("institutions financed by Belgrade",
    # "provocations encouraged by the West")
    return pattern is not None and lexicon.codes[pattern.code].quad == 4 and cue(token, lexicon) is None


def _doers_clause(node: Token, lexicon: Lexicon) -> bool:
    """A relative clause telling what a body set up does ("a working group that would meet"), not what was
    agreed or said of it."""
    noun = node.head
    body = noun if noun.dep_ != "pobj" else noun.head.head  # "a committee on trade that would meet", misattached
    if node.dep_ == "acl" and node.tag_ == "VBG" and noun.lemma_.lower() in MISSIONS | BODIES:
        return True  # "pledged soldiers for the force fighting Haiti's gangs": the force's fight, not pledged
    return node.dep_ == "relcl" and body.lemma_.lower() in BODIES and noun.lemma_.lower() not in lexicon.nouns \
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in node.children)


def _embedded(node: Token) -> bool:
    if node.dep_ in GOVERN_DEPS or node.dep_ == "relcl" or _purpose(node) or _for_clause(node):
        return True
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    return node.dep_ == "conj" and not own_subject and node.head.dep_ in GOVERN_DEPS


def _for_clause(token: Token) -> bool:
    """ "called for the EU to open talks": a "for X to" clause is the complement of its head."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def _purpose(token: Token) -> bool:
    """An infinitive of purpose ("agreed to lend $1 billion to aid the recovery") belongs to its main verb."""
    if token.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in token.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _appeal_word(node: Token, lexicon: Lexicon) -> str | None:
    """The governor role of the appeal a node carries: "should" -> request, "must" -> demand."""
    for word in (node, *(c for c in node.children if c.dep_ in APPEAL_SLOTS)):
        role = lexicon.appeals.get(word.lemma_.lower())
        if role is not None:
            return role
    return None


def _asked(node: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a node, unless it is the frame of the appeal itself ("the time", "it")."""
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() in lexicon.appeals or subject.lower_ == "it":
        return None
    return subject


def _appeal(token: Token, lexicon: Lexicon) -> tuple[Token, Governor, Token | None] | None:
    """ "X said Y should resume talks", "X said the time has come for Y to resume talks": an appeal by X to Y,
    read as if X had called on Y to act. The speech verb, the governor and who is asked to act."""
    node, role, agent = token, None, None
    for _ in range(MAX_DEPTH):
        agent = agent or _asked(node, lexicon)
        role = role or _appeal_word(node, lexicon)
        if node.dep_ == "ccomp" and node.head.pos_ in {"VERB", "AUX"}:
            governor = lexicon.governor(role) if role else None
            return (node.head, governor, agent) if governor is not None else None
        if node.dep_ not in APPEAL_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _negated(nodes: list[Token], lexicon: Lexicon) -> bool:
    for node in nodes:
        if node.i != nodes[0].i and node.lemma_.lower() in lexicon.negators:
            return True
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
        if node.i != nodes[0].i and node.lemma_ == "have" and any(c.lower_ == "yet" for c in node.children):
            return True  # "has yet to return a single refugee": not returned
    trigger = nodes[0] if nodes else None  # "sent no troops", "issued no threats", "gave no support"
    if trigger is not None and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        return True  # "the talks ended without agreement": none reached
    return trigger is not None and trigger.pos_ == "VERB" and any(  # "no peacekeepers were hurt"
        (c.dep_ in {"dobj", "nsubjpass"} and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        or (c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ == "neither" for d in c.children))
        for c in trigger.children)  # "neither government has sent troops"


def _modality(token: Token, nodes: list[Token], lexicon: Lexicon, default: str) -> str:
    """denied ("denied attacking"), hypothetical ("could", "if"), intended ("will", "said it would"), else
    the default."""
    words = lexicon.modality_words
    if token.pos_ in {"VERB", "AUX"} and _denied(token, lexicon):
        return "denied"
    if _in_condition(token, words):
        return "hypothetical"  # "if London allowed its missiles to be used": the condition is no act
    if token.dep_ == "xcomp" and ((token.head.lemma_ == "be" and token.head.pos_ == "AUX") or (
            token.head.lemma_ == "have" and token.head.i < token.i)) and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in token.children):
        return "hypothetical"  # "Hezbollah was to move its fighters", "is to visit Rabat", "still has to be signed",
        # "has yet to return": a term, a plan or an obligation
    clause = [token.head] if token.dep_ in {"nsubj", "nsubjpass"} else []  # "if attacks continue"
    if any(c.dep_ == "advmod" and words.get(c.lower_) == "hedge" for node in (token, *nodes) for c in node.children):
        return "hypothetical"  # "would probably spurn", "will likely sign": a conjecture
    if any(n.pos_ == "ADJ" and words.get(n.lower_) == "hedge" for n in nodes):
        return "hypothetical"  # "was likely to grant": a conjecture
    for node in (token, *nodes, *clause, *_purposed(token)):
        for child in node.children:
            kind = words.get(child.lower_)
            if child.dep_ == "mark" and kind == "conditional":
                return "hypothetical"
            if node in clause and node not in nodes and node.i != token.i and node.lemma_.lower() not in ASPECTUAL:
                continue  # "Italy's suspension of training will be reviewed in June": the review is to come, not
                # the suspension; "the attacks will not stop" are to come
            reported = node.dep_ == "ccomp" or (node.dep_ == "conj" and node.head.dep_ == "ccomp")
            if child.dep_ == "aux" and kind == "reported" and reported and default in ("asserted", "intended"):
                return "intended"  # "said it would send aid", "promised that Budapest would send crude": a stated
                # intention
            if child.dep_ == "aux" and kind in {"hypothetical", "reported"}:
                return "hypothetical"
            if child.dep_ == "aux" and kind == "future" and default == "asserted":
                return "intended"
    return default


def _purposed(token: Token) -> list[Token]:
    """The verb a purpose clause serves ("would add ships to help protect the cables": adding), whose future the
    purpose shares."""
    out: list[Token] = []
    node = token
    while node.dep_ in ("xcomp", "advcl") and node.head.i != node.i and len(out) < 2:
        if node.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            break  # "... after it had sent troops": a clause of its own
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() not in PURPOSE_CARRIERS:
            out.append(node)
            break
        out.append(node)
    return [n for n in out if n.pos_ == "VERB"]


def _denied(token: Token, lexicon: Lexicon) -> bool:
    """Whether a predicate is what a denial denies: a complement below the denying verb ("denied supplying
    drones"), not a verb coordinated with it ("denied any role and closed its airspace"), nor someone else's
    charge that is denied ("Congo has accused Rwanda of backing the rebels, a charge Kigali denies")."""
    if disputed_report(token, lexicon) is not None:
        return True
    node = token
    while node.head.i != node.i and (node.dep_ not in CLAUSE_STOPS or _alternative(node)):
        if lexicon.modality_words.get(node.head.lemma_.lower()) == "denied":
            charge = cue(node, lexicon) is not None and any(c.dep_ == "nsubj" for c in node.children)
            return not charge
        node = node.head
    return False


def _alternative(node: Token) -> bool:
    """Whether a verb is an alternative to the one before it ("denied that its crew had fired on or rammed the
    vessel"), which what covers one covers."""
    return node.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in node.head.children)


def disputed_report(token: Token, lexicon: Lexicon) -> Token | None:
    """The report a denial rejects that tells of a predicate ("denied reports that its intelligence chief had met
    Taliban leaders", "rejected as false reports that Dushanbe had agreed"), or None."""
    node = token
    while node.head.i != node.i:
        report = node.head
        told = node.dep_ in {"acl", "ccomp"} or (node.dep_ == "relcl" and any(  # "suggestions [that] Beirut had
            c.dep_ == "mark" and c.lower_ == "that" for c in node.children))  # caved", not "a report which X wrote"
        told = told and not any(c.dep_ == "aux" and c.lower_ in CONJECTURES for c in node.children)  # not "a
        # suggestion that Europe would follow the US": a conjecture rejected, no act denied
        verb = disputer(report)
        if told and report.lemma_.lower() in lexicon.reports and report.dep_ in {
                "dobj", "nsubjpass", "pobj"} and verb.lemma_.lower() in lexicon.disputing and verb.i != report.i:
            return report
        if node.dep_ == "ccomp" and report.pos_ == "VERB" and report.lower_.endswith("s") and (
                report.lower_[:-1] in lexicon.reports) and not any(c.dep_ == "nsubj" for c in report.children) \
                and report.head.lemma_.lower() in lexicon.disputing:
            return report  # "dismissed as disinformation on Thursday reports that it had ...", "reports" read as a
            # verb
        if node.dep_ == "ccomp" and report.lemma_.lower() in lexicon.disputing:  # "rejected suggestions on
            found = next((c for c in report.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.reports),
                         None)  # Thursday that Beirut had caved in": the clause hung on the verb
            if found is not None:
                return found
        if node.dep_ in CLAUSE_STOPS:
            return None
        node = report
    return None


def denies_reported_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of denial rejects a report of an act the sentence codes ("denied reports that its chief had
    met Taliban leaders"), not a charge of a state of things ("rejected US assertions it is a sanctuary")."""
    found = triggers(verb.sent, lexicon)
    return any((report := disputed_report(verb.doc[i], lexicon)) is not None and disputer(report).i == verb.i
               for i in found)


def _in_condition(token: Token, words: dict[str, str]) -> bool:
    """Whether a predicate stands inside a conditional clause ("... if Washington sent warships")."""
    return any(
        a.dep_ == "advcl" and any(c.dep_ == "mark" and words.get(c.lower_) == "conditional" for c in a.children)
        for a in token.ancestors
    )


def _light_chain(token: Token, lexicon: Lexicon) -> list[Token]:
    """The verb chain of the light verb a nominal event is the object of ("has not joined sanctions")."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "dobj" or token.head.pos_ != "VERB":
        return []
    verb = token.head
    return _chain(verb) if _light(verb, lexicon) else []


def _light(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb's object noun is an act: a light verb's ("held talks") or a verb ending it ("halted its
    offensive")."""
    words = lexicon.light_verbs | lexicon.cessation
    return lemma(verb, words) in words


def _ender(token: Token, lexicon: Lexicon) -> Token | None:
    """The verb of cessation that ends an act, where the act is its object or complement ("halted its offensive",
    "stopped attacking", "refrained from retaliating", "the strikes were suspended")."""
    ending = token.dep_ in {"pobj", "pcomp"} and token.head.lower_ == "from"  # not "the talks ended with a deal"
    node = token.head if ending else token
    if node.dep_ == "acl" and node.head.lemma_.lower() in lexicon.light_nouns:
        node = node.head  # "ended its campaign to seize the capital"
    verb = node.head
    if node.dep_ not in ENDED_DEPS or verb.i == node.i or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return verb if lemma(verb, lexicon.cessation) in lexicon.cessation else None


def _own_code(token: Token, pattern: Pattern, lexicon: Lexicon) -> str | None:
    """The code of a free-standing act, or of its ending where a verb of cessation ends it ("halted its offensive":
    de-escalation); a verb that also concludes leaves a cooperative act as it is ("ended a five-day visit")."""
    verb = _ender(token, lexicon)
    if verb is None:
        return pattern.code
    if lemma(verb, lexicon.concluding) in lexicon.concluding and lexicon.codes[pattern.code].quad <= 2:
        return pattern.code
    if _abstained(token, pattern.code, lexicon):
        return pattern.code  # "refrained from endorsing": support not given, no break of relations or de-escalation
    return lexicon.ended_code(pattern.code)


def _abstained(token: Token, code: str | None, lexicon: Lexicon) -> bool:
    """Whether an act is one its doer refrained from ("refrained from endorsing the candidate", "avoided
    criticising Togo"): the act, not done, not ended."""
    verb = _ender(token, lexicon)
    return verb is not None and code is not None and lemma(verb, lexicon.abstaining) in lexicon.abstaining


def _shared_chain(token: Token) -> list[Token]:
    """The verb chain a coordinated verb without auxiliary or subject of its own shares with the verb before it
    ("will hold exercises and deploy jets": deploying is intended too), unless "but" contrasts them."""
    if token.dep_ != "conj" or token.pos_ != "VERB" or token.head.pos_ not in {"VERB", "AUX"}:
        return []
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "neg"} for c in token.children):
        return []
    if any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in token.head.children):
        return []
    if token.tag_ in FINITE and token.head.tag_ == "VB":
        return []  # "would keep cooperating ... and turned down an offer": a tense of its own, done
    return _chain(token.head)


def _means_of(token: Token) -> list[Token]:
    """The response an act is the means of ("would retaliate by expelling its diplomats"): it shares the
    response's modality and negation."""
    by = token.head
    if token.dep_ != "pcomp" or by.lower_ != "by" or by.head.lemma_.lower() not in RESPONSES:
        return []
    return [by.head]


def _chain(token: Token, top: Token | None = None) -> list[Token]:
    """The token and the heads of its verb chain ("is not ready to restore"), up to ``top`` where given."""
    nodes = [token]
    node = token
    while node.dep_ in CHAIN_DEPS and node.head.i != node.i and len(nodes) < MAX_DEPTH:
        if top is None and node.dep_ not in {"xcomp", "acomp", "aux"}:
            break
        node = node.head
        nodes.append(node)
        if top is not None and node.i == top.i:
            break
    return nodes


def _answers_charge(node: Token) -> bool:
    """Whether a cue's subject is a charge it answers ("a charge Kigali rejects"): it governs no one's act."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CHARGES for c in node.children)


def _governed(token: Token, pattern: Pattern, up: list[Token], lexicon: Lexicon) -> Reading | None:
    """The reading of an event under its outermost governing cue, or None when no cue governs it."""
    if _relative_act(token, pattern, lexicon):
        return None  # "restore relations that Bahrain had cut": the cut is told, nothing governs it
    report = disputed_report(token, lexicon)
    if report is not None:
        up = up[:up.index(report)] if report in up else up  # a denied report governs nothing: the act is denied
    found = [(i, node, gov) for i, node in enumerate(up) if (gov := cue(node, lexicon)) is not None
             and _asks_here(node, up[i - 1] if i else token)]
    charged = -1 if any(c.dep_ == "nsubj" for c in token.children) else next(
        (k for k, (_, node, _) in enumerate(found) if any(c.dep_ == "nsubj" for c in node.children)), None)
    if charged is not None:  # "Kinshasa accuses Rwanda of arming ..., a charge Kigali has always rejected", the
        found = [f for k, f in enumerate(found) if k <= charged or not _answers_charge(f[1])]  # parser's ROOT
    agent = None
    # "said the region needed more investment" states a need and asks no one to act: appeals are clausal, as is
    # the ending of an act ("must end attacks", "a plan to end the fighting")
    clausal = token.pos_ in {"VERB", "AUX"} or _ender(token, lexicon) is not None
    if not found and clausal and (appeal := _appeal(token, lexicon)) is not None:
        found, agent = [(0, appeal[0], appeal[1])], appeal[2]
    elif found and found[-1][2].modality == "intended" and (appeal := _appeal(found[-1][1], lexicon)):
        found, agent = [(len(up) - 1, appeal[0], appeal[1])], appeal[2]  # "said the EU must be ready to"
    if not found:
        return None
    depth, node, governor = found[-1]
    if governor.role in APPEALS and node.lemma_.lower() in WISHES and (intent := lexicon.governor("intent")) and (
            not any(c.dep_ == "dobj" for c in node.children) and not any(c.dep_ == "nsubj" for c in token.children)
            and token.dep_ == "xcomp" and lexicon.codes[pattern.code].quad <= 2):  # not "wanted to slam it"
        governor = intent  # "said it wanted to support the recovery": its own wish, no appeal to anyone
    if governor.role == "intent" and not clausal and node.pos_ not in {"VERB", "ADJ"}:
        return None
    if governor.role in APPEALS and _told_as_done(token):
        return None  # "insisted that Bishkek had never endorsed the annexation": a claim, no demand
    doer = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if governor.role in APPEALS and doer is not None and doer.pos_ == "NOUN" and lemma(doer, lexicon.nouns) in (
            lexicon.nouns):
        return None  # "a rocket attack forced the suspension of all flights": an act's effect, no demand
    kind = lexicon.codes[pattern.code].type
    if any(n.lemma_.lower() in lexicon.cessation for n in [token, *up[:depth]]):
        kind = "RETREAT"  # "urged X to stop the attacks": a call to de-escalate
    code = governor.code(pattern, kind)
    if governor.role == "intent" and kind == SANCTIONING and token.i != node.i and _scheduled(token):
        code = pattern.code  # "said it would impose the duties starting next month": a sanction decided
    if governor.role in APPEALS and _or_else(token):
        code = ULTIMATUM  # "told the envoy to leave within 48 hours or face expulsion": an ultimatum
    if governor.modality == "intended" and _hosted(token, kind, lexicon):
        code = lexicon.hosting.code
    nodes = _chain(token, node)
    nodes += ([] if node in nodes else [node]) + _chain(node)[1:]  # "has not condemned the attack"
    modality = _modality(node, _chain(node)[1:] + _shared_chain(node), lexicon,
                         "asserted" if code == ULTIMATUM else governor.modality)
    passive = any(c.dep_ == "auxpass" for c in node.children)  # "X was expected to back Y"
    others = token.i != node.i and node.lemma_.lower() not in COMMISSIVES and any(c.dep_ == "nsubj" and not any(
        p.dep_ == "poss" and p.lower_ in ("their", "its") for p in c.children) for c in token.children)  # "expect
    # X and Y to sign"; not "agreed that their ministers would meet", their own, nor "promised that Budapest would
    # send crude", one promises one's own acts
    if governor.role == "intent" and node.lemma_.lower() == AGREEING and (others or _agreed_on(
            token, up, lexicon)):
        return None  # "agreed that the commission would meet": an agreement of those who agreed, on others' act
    if governor.role == "intent" and (passive or others):
        code, modality = pattern.code, "hypothetical"  # others' conjecture about an act, no one's intent
    if _modality(token, [], lexicon, "asserted") == "denied":
        modality = "denied"
    negated = not governor.negated_only and _negated(nodes, lexicon)  # "see no sign of" holds its negation
    restraint = token.i != node.i and any(c.dep_ == "neg" for c in token.children)
    if governor.role == "intent" and restraint and lexicon.codes[pattern.code].quad >= 3 \
            and not any(c.dep_ == "neg" for c in node.children) and governor.default is not None:
        code, negated = governor.default, False  # "agreed not to use force": a pledge of restraint, cooperative
    return Reading(token, pattern, code, node, governor, modality, negated, depth + 1, agent=agent)


def _or_else(token: Token) -> bool:
    """Whether an act is what befalls the one asked if they do not comply: "... or face expulsion"."""
    face = token.head if token.dep_ == "dobj" else None
    return face is not None and face.lemma_.lower() == "face" and face.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "or" for c in face.head.children)


def _asks_here(cue_token: Token, below: Token) -> bool:
    """Whether a governing cue governs what lies below it: "tell" asks only through an infinitive ("told Pakistan
    to halt deportations", not "told reporters the accord was signed"), and someone "wanted for" an act is sought
    for it, asked nothing ("two men wanted for arson attacks")."""
    if cue_token.lemma_.lower() in ASKING_BY_INFINITIVE and below.dep_ != "xcomp":
        return False
    return not (cue_token.lemma_.lower() == "want" and below.dep_ == "prep")


def _hosted(token: Token, kind: str, lexicon: Lexicon) -> bool:
    """Forces sent to a named country as their destination ("ready to deploy police to Haiti"), or to act
    alongside its forces ("will send a destroyer to sail with Philippine ships")."""
    if kind not in lexicon.hosting.types:
        return False
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]  # "station a brigade in Lithuania"
    preps = [c for h in heads for c in h.children if c.dep_ in {"prep", "dative"}]
    places = [g for p in preps if p.lower_ in lexicon.hosting.preps for g in p.children if g.dep_ == "pobj"]
    purposes = [c for h in heads for c in h.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ == "VERB"]
    allies = [g for c in purposes for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.subtree]  # "send a destroyer to sail with Philippine ships": alongside an ally
    kb = lexicon.places

    def state(g: Token) -> bool:
        return kb is not None and any(e.kind == "state" for e in kb.lookup(g.text))

    return any(g.ent_type_ in {"GPE", "NORP"} or state(g) for g in [*places, *allies])


FIRES = frozenset({"fire", "blast", "explosion", "wildfire"})  # what a side's weapons may be said to do


def _armed(noun: Token) -> bool:
    """Whether fire or a blast is someone's ("Azerbaijani sniper fire", "artillery fire"), not a force of nature."""
    return noun.lemma_.lower() in FIRES and any(c.dep_ in {"compound", "amod"} and (
        c.ent_type_ in {"NORP", "GPE"} or c.lower_ in WEAPONS) for c in noun.children)


def _political(token: Token, lexicon: Lexicon) -> bool:
    """Whether a predicate is an act of politics: not done by a force of nature ("areas hit by the
    earthquake"), nor framed as sport by its own phrase ("beat Australia by six wickets"), the doer's own name
    aside ("the Arab League endorsed")."""
    doer = parties.agent(token) or parties.subject(token)
    phrase = [doer, *(t for t in doer.head.children if t.dep_ in {"nsubj", "compound"} and t.i > doer.i),
              *(t for t in doer.children if t.dep_ == "compound" and doer.pos_ == "PROPN")] \
        if doer is not None else []  # "A magnitude 6.9 earthquake struck", its subject misread as "magnitude";
    # "Cyclone Asna slammed into the coast"
    if any((t.lemma_.lower() in lexicon.natural_forces or t.lower_ in lexicon.natural_forces
            or t.lower_.rstrip("s") in lexicon.natural_forces) and not _armed(t) for t in phrase):
        return False
    if doer is not None and doer.pos_ == "NOUN" and doer.lemma_.lower() in lexicon.non_political:
        return False  # "a Peruvian film ... won the top prize, beating entries from Cuba"
    fought = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("with", "against")
              for g in p.children if g.dep_ == "pobj"] if token.lemma_.lower() in STRUGGLES else []
    if any(g.lemma_.lower() in lexicon.natural_forces for g in fought):
        return False  # "at war with the weather"
    warned = [g for c in token.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    if any(g.lemma_.lower() in lexicon.natural_forces or g.lower_ in lexicon.natural_forces for g in warned):
        return False  # "warned that the rains could leave the city cut off": a hazard, no one's threat
    market = [doer, *(c for c in doer.children if c.dep_ == "compound")] if doer is not None else []
    if doer is not None and doer.pos_ in {"NOUN", "PROPN"} and any(
            t.lemma_.lower() in lexicon.markets or t.lemma_.lower() in lexicon.currencies for t in market):
        return False  # "the rupee retreated to a record low", "Tokyo's Nikkei share average surrendered gains"
    words = lexicon.non_political
    name = _name(doer) if doer is not None and doer.pos_ == "PROPN" else set()
    return not any((t.lemma_.lower() in words or t.lower_ in words or f"{t.lower_}/{t.pos_}" in words)
                   and t.pos_ != "VERB" and not any(
        c.dep_ in ("compound", "amod") and c.lower_ in POLITICAL_CONTESTS for c in t.children)
                   for t in _phrase(token, lexicon) if t.i not in name)  # the film, not "for filming"; an arms
    # race is politics


def _name(token: Token) -> set[int]:
    """The positions of the name a party is called by: its entity and compounds ("the Arab League", "the Awami
    League"), whose words say nothing of sport."""
    found = {token.i} | {c.i for c in token.children if c.dep_ == "compound"}
    return found | set(range(*entity_bounds(token))) if token.ent_type_ else found


def _phrase(token: Token, lexicon: Lexicon) -> list[Token]:
    """The words of a predicate's own phrase: its dependents, without clauses or circumstance."""
    out, todo = [], [token]
    while todo:
        node = todo.pop()
        kids = [c for c in node.children if c.dep_ not in PHRASE_STOPS]
        kids = [c for c in kids if c.lower_ not in lexicon.loose_preps]
        out.extend(kids)
        todo.extend(kids)
    return out


def _dominated(token: Token, up: list[Token], found: dict[int, Pattern], lexicon: Lexicon) -> bool:
    """Whether an event predicate above this one, below any cue, covers it ("condemned the attack"); a relative
    clause whose verb does the act its noun names ("the peace agreement that X and Y signed") is that act."""
    if token.i in found and _relative_act(token, found[token.i], lexicon) or _told_by_agent(token, lexicon):
        return False
    below = token
    for node in up:
        if cue(node, lexicon) is not None:
            return False
        coordinated = below.dep_ == "conj"  # "did not recognise X and would continue Y": two acts
        purpose = _purpose(below) and below.head.i == node.i
        carried = below.dep_ == "acl" and below.tag_ == "VBG" and below.head.lemma_.lower() in lexicon.messages
        below = node
        if node.i in found and carried:
            return False  # "sent Washington a note demanding an explanation": the protest, and the demand it carried
        if node.i in found and purpose and lexicon.codes[found[node.i].code].type == CONTACT:
            return False  # "telephoned her counterpart to express support": a call, and the support it carried
        if node.i in found and not coordinated:
            clausal = token.pos_ in {"VERB", "AUX"}
            return not (clausal and (lexicon.modality_words.get(node.lemma_.lower()) == "denied"
                                     or disputed_report(token, lexicon) is not None))
    return False


def _own_sense(pattern: Pattern | None, obj: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether a cue's pattern with this object is an act done by saying it ("offered an apology", "extended
    condolences"), no offer or pledge to act ("offered technical assistance" is one)."""
    return pattern is not None and pattern.obj == obj.lemma_.lower() and obj.head.i == verb.i and (
        lexicon.codes[pattern.code].type in SAID_ACTS)


def _relative_act(token: Token, pattern: Pattern, lexicon: Lexicon) -> bool:
    """A cooperative act in a relative clause whose noun is its verb's object, done by a subject of its own ("the
    agreement that X and Y signed"), not one the noun does ("the attack that killed nine"), nor a charge answered
    ("a charge Kigali denies"), a noun the clause tells of through "whose", or a hostile act told in passing ("the
    bases it has seized", which the act of the sentence outranks)."""
    if lexicon.codes[pattern.code].quad > 2:
        return False
    relative = token.dep_ == "relcl" or (token.dep_ == "acl" and any(  # "the accord [that] X signed", misread
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children))
    if not relative or token.pos_ != "VERB" or any(
            c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in token.children):
        return False
    if token.head.lemma_.lower() in CHARGES or any(t.lower_ == "whose" for t in token.subtree):
        return False
    return any(c.dep_ == "nsubj" and _named_doer(c) for c in token.children)


def _named_doer(subject: Token) -> bool:
    """A doer a relative clause names: a name, a state's "it", or a noun a name or a nationality qualifies ("Thai
    Prime Minister X and ...", "its coast guard"); not "both sides" or "they", whom the clause does not tell."""
    if subject.lower_ == "it" or subject.pos_ == "PROPN":
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE")
                                                           or c.lower_ == "its") for c in subject.children)


def _agreed_on(token: Token, up: list[Token], lexicon: Lexicon) -> bool:
    """Whether an act is what parties agreed should happen, in a clause of its own ("the two sides agreed that the
    commission would meet", "agreed that statements must not be allowed to damage ties"): the agreement is
    the act, read on its own verb."""
    below = token
    for node in up:
        if node.lemma_.lower() == AGREEING and node.pos_ == "VERB":
            return below.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in below.children)
        below = node
    return False


def _undone(cue_token: Token, found: dict[int, Pattern]) -> bool:
    """Whether a cue is the object of an event predicate, which is the event: "lifted its veto", "dropped its
    demand", and any act named by a noun ("attacked Tokyo's plan to deploy missiles", "turned down an offer to
    set up a commission": the plan and the offer are what is criticised or refused, no acts of their own)."""
    above = found.get(cue_token.head.i)
    if cue_token.dep_ not in {"dobj", "nsubjpass"} or above is None:
        return False
    return above.obj == cue_token.lemma_.lower() or cue_token.pos_ == "NOUN"


def _subject_of_event(token: Token, found: dict[int, Pattern]) -> bool:
    """A nominal event that is the subject of an event verb ("a car bomb killed ...") is that verb's doer."""
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "nsubj" and token.head.i in found


def _judged(token: Token, lexicon: Lexicon) -> bool:
    """Whether a nominal act is what a verb of judgement judges: its object or the subject of its complement
    ("found the air strike justified", "deemed that the agreement goes against", "called the talks a failure")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    node = token.head if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ in JUDGED_DEPS else token
    verb = node.head
    judging = verb.pos_ in {"VERB", "AUX"} and lemma(verb, lexicon.judgements) in lexicon.judgements
    if verb.i == node.i or not judging:
        return False
    if node is not token:
        return True
    predicative = any(c.dep_ in JUDGED_DEPS or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    return token.dep_ == "dobj" and predicative


def read(sent: SpacySpan, lexicon: Lexicon) -> list[Reading]:
    """Every event reading of a sentence, one per governing cue or free-standing predicate."""
    found = triggers(sent, lexicon)
    doc = sent.doc
    governed: dict[int, Reading] = {}
    plain: list[Reading] = []
    for i, pattern in found.items():
        token = doc[i]
        if token.dep_ == "amod" and token.tag_ == "VBG" or token.dep_ == "acl" and token.tag_ == "VBG" and (
                token.head.lemma_.lower() in MISSIONS):
            continue  # "striking teachers' demands", "protesting farmers": a participle that describes, no act
        up = path_up(token, lexicon)
        reading = None if _dominated(token, up, found, lexicon) else _governed(token, pattern, up, lexicon)
        if reading is not None and _own_sense(found.get(reading.head.i), token, reading.head, lexicon):
            reading = None  # "offered a heartfelt apology": the verb's own sense with this object, no offer
        if reading is not None and _undone(reading.head, found):
            continue  # "lifted its veto on the talks": the lifting is the event, not the veto
        if reading is not None:
            best = governed.get(reading.head.i)
            if best is None or reading.depth > best.depth:
                governed[reading.head.i] = reading
            continue
        if _weak(token, lexicon) or _dominated(token, up, found, lexicon) or _subject_of_event(token, found):
            continue
        if _agreed_on(token, up, lexicon):
            continue  # "agreed that the commission would meet": what was agreed, no act yet
        if token.dep_ == "csubj" and token.tag_ == "VB" and token.i == token.sent.start:
            continue  # "Aid workers in Niger said ...": a noun the tagger read as a bare verb
        if _judged(token, lexicon):  # "found the air strike justified": judging an act is not doing it
            continue
        if (own := cue(token, lexicon)) is not None and own.default is None:
            continue  # "declined to comment"
        if own is not None and own.role in APPEALS and any(c.dep_ == "ccomp" and _told_as_done(c)
                                                           for c in token.children):
            continue  # "insisted that Bishkek had never endorsed": a claim, no demand
        nodes = _chain(token) + _light_chain(token, lexicon) + _shared_chain(token) + _means_of(token)
        if own is not None and any(c.dep_ == "dobj" and _own_sense(pattern, c, token, lexicon) for c in token.children):
            own = None  # "offered an apology": a sense of its own with this object, no offer to act
        modality = _modality(token, nodes, lexicon, own.modality if own is not None else "asserted")
        code = _own_code(token, pattern, lexicon)
        if code is not None and modality == "intended":
            code = _intent_code(token, code, lexicon)
        negated = _negated(nodes, lexicon) or _abstained(token, pattern.code, lexicon)
        plain.append(Reading(token, pattern, code, token, None, modality, negated))
    words = lexicon.modality_words
    denials = {
        a.i
        for r in plain
        if r.modality == "denied"
        for a in r.token.ancestors
        if words.get(a.lemma_.lower()) == "denied"
    } | {disputer(report).i for i in found if (report := disputed_report(doc[i], lexicon)) is not None}
    heads = set(governed) | denials
    readings = [r for r in plain if r.token.i not in heads] + list(governed.values())
    written = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}  # each pass below needs one of its words
    if not written.isdisjoint(lexicon.doubting):
        readings += _doubts(sent, lexicon, heads | {r.token.i for r in readings})
    if not written.isdisjoint(lexicon.appealing):
        readings += _bare_appeals(sent, lexicon, heads | {r.token.i for r in readings})
    if "under" in written:
        readings += _terms(sent, lexicon, heads | {r.token.i for r in readings} | set(found))
    if not (written.isdisjoint(lexicon.responses) and written.isdisjoint(lexicon.response_objects)):
        readings += _warnings(sent, lexicon, heads | {r.token.i for r in readings})
    if not (written.isdisjoint(lexicon.joint.adverbs) and written.isdisjoint(lexicon.joint.adjectives)):
        readings += _joint_acts(sent, lexicon, heads | {r.token.i for r in readings} | set(found))
    if not written.isdisjoint(NAMING):
        named = _characterisations(sent, heads | {r.token.i for r in readings} | set(found))
        rejected = {r.token.i for r in named if r.code == REJECTION}  # "called the charge 'baseless'": no blame
        readings = [r for r in readings if r.token.i not in rejected] + named
    if not written.isdisjoint(MISDEEDS):
        charged = _charges(sent, lexicon, heads | {r.token.i for r in readings if r.code is not None})
        told = {r.token.i for r in charged}  # "said the vessels had 'illegally intruded'": a charge, not the act
        readings = [r for r in readings if r.token.i not in told] + charged
    if not written.isdisjoint(GIVING_TIME):
        readings += _deadlines(sent, lexicon, heads | {r.token.i for r in readings if r.code is not None})
    readings = [_warning(r, lexicon) for r in readings if r.code is not None and _political(r.token, lexicon)
                and not _left_open(r.token)]
    protests = {r.token.i for r in readings if lexicon.codes[r.code or ""].type == PROTESTING}
    readings = [r for r in readings if not _protest_demand(r, protests)]
    return [_protection(_show_of_force(_recode_negation(r, lexicon), lexicon), lexicon) for r in readings]


def _protection(reading: Reading, lexicon: Lexicon) -> Reading:
    """Forces moved to guard or help ("deployed four fighter jets to Siauliai to guard the airspace of Lithuania
    and Latvia"): military protection given, not a threat."""
    code = lexicon.codes.get(reading.pattern.code)
    if code is None or code.type != "MOBILIZE" or reading.code in (SHOW_OF_FORCE, None) or (
            reading.governor is not None and reading.governor.role != "intent"):
        return reading
    purpose = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PROTECTING and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and not any(
        o.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in OWN for p in o.children) for o in c.children)
        for c in reading.token.children)  # not "to defend its citizens": its own
    asked = any(p.dep_ == "prep" and g.dep_ == "pobj" and g.lemma_.lower() in SENT_FOR.get(p.lower_, ())
                for p in _with_object(reading.token) for g in p.children)  # "at the request of the Congolese
    if not (purpose or asked):  # government", "under a bilateral agreement with Maputo"
        return reading
    if reading.governor is not None:  # "would send a frigate to support Estonian patrols": help promised
        return replace(reading, code=reading.governor.code(replace(reading.pattern, code=PROTECTION), "AID"))
    if reading.modality == "intended":
        return replace(reading, code=_intent_code(reading.token, PROTECTION, lexicon))
    return replace(reading, code=PROTECTION)


def _with_object(verb: Token) -> list[Token]:
    """A verb's dependents and its object's ("sent 100 soldiers for the force")."""
    return [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]


def _protest_demand(reading: Reading, protests: set[int]) -> bool:
    """Whether an appeal is what a protest demands ("rallied outside Government House, demanding that the prime
    minister scrap the truce", "marched ... to demand"): the protest is the act, the demand its banner."""
    if reading.governor is None or reading.governor.role not in APPEALS:
        return False
    return reading.head.dep_ in PROTEST_CLAUSES and reading.head.head.i in protests


def _show_of_force(reading: Reading, lexicon: Lexicon) -> Reading:
    """Drills one side holds near another ("launched air and naval drills around Taiwan"): a show of force, not
    military cooperation, which needs a partner ("joint drills", "drills with Japan")."""
    code = lexicon.codes.get(reading.code or "")
    if code is None or code.type != "COOPERATE":
        return reading
    token = reading.token
    drill = token if _drill(token) else next(
        (d for c in token.children if c.dep_ in ("dobj", "nsubjpass")
         for d in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))
         if _drill(d)), None)  # "began three days of war games"
    if drill is None or any(c.lower_ in PARTNERED for c in drill.children):
        return reading
    top = drill
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head  # "launched air and naval drills": the object the drills are coordinated with
    verb = top.head if top.dep_ in ("dobj", "nsubjpass") else None
    heads = (token, drill, *([verb] if verb is not None else []))
    first = [c for h in heads for c in h.children if c.dep_ == "prep"]
    preps = {c.lower_ for c in first} | {p.lower_ for c in first if c.lower_ not in PLACE_PREPS for g in c.children
                                         for p in g.children if p.dep_ == "prep"}  # "exercises by two brigades
    # with ...", not "drills near the border with Lithuania"
    if "with" in preps:
        return reading  # drills held alone are a show of force wherever they are held ("began three days of war
        # games on Abu Musa"), those held with another cooperation
    nominal = verb is not None and reading.head.i == drill.i  # "launched drills around Taiwan": the launch
    doer = parties.subject(verb if nominal and verb is not None else reading.head)
    if doer is None or doer.conjuncts or any(c.conjuncts for c in doer.children if c.dep_ in ("amod", "compound")):
        return reading  # "Norwegian and Finnish troops held manoeuvres near Kirkenes": together
    if nominal and verb is not None:
        return replace(reading, code=SHOW_OF_FORCE, token=verb, head=verb)
    return replace(reading, code=SHOW_OF_FORCE)


def _drill(token: Token) -> bool:
    """Whether a word names military drills ("exercises", "manoeuvres", "war games")."""
    lemma = token.lemma_.lower()
    return lemma in DRILLS or (lemma == "game" and any(c.lower_ == "war" for c in token.children))


def _left_open(token: Token) -> bool:
    """Whether an act is only what someone has not said or decided ("Tehran has not said whether it will send an
    envoy"): a question left open, no act."""
    node = token
    for _ in range(MAX_DEPTH):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return node.head.i != node.i and any(c.dep_ == "neg" for c in node.head.children)
        if node.head.i == node.i or node.dep_ not in {"xcomp", "conj", "ccomp", "advcl"}:
            return False
        node = node.head
    return False


def _charges(sent: SpacySpan, lexicon: Lexicon, taken: set[int]) -> list[Reading]:
    """A misdeed one party says another has done is an accusation of it: "told the Security Council that RSF
    fighters had committed crimes against humanity", "said Ethiopia had violated Somali sovereignty"."""
    governor = lexicon.governor("accuse")
    out = []
    for token in sent:
        unlawful = any(c.dep_ == "advmod" and c.lower_ in UNLAWFULLY for c in token.children)  # "had 'illegally
        # intruded'": the teller's charge, whatever act the verb names
        if token.pos_ != "VERB" or (token.i in taken and not unlawful) or token.dep_ != "ccomp" or governor is None:
            continue
        done = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"} | {"*"}
        doer = next((c for c in token.children if c.dep_ == "nsubj"), None)
        report = token.head
        if not done & MISDEEDS.get(token.lemma_.lower(), frozenset()) or doer is None or doer.pos_ == "PRON":
            continue
        teller = next((c for c in report.children if c.dep_ == "nsubj"), None)
        if report.lemma_.lower() not in REPORTING or _negated([token], lexicon) or teller is None or not any(
                t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") for t in teller.subtree):
            continue  # "..., historians say": no party's charge
        out.append(Reading(token, Pattern(ACCUSATION, token.lemma_.lower()), ACCUSATION, report, governor,
                           "asserted", False, agent=doer))
    return out


def _deadlines(sent: SpacySpan, lexicon: Lexicon, taken: set[int]) -> list[Reading]:
    """Time given to act "or face" a penalty is an ultimatum: "gave the UN mission until the end of the month to
    stop employing Afghan women or face the closure of its offices"."""
    out = []
    for token in sent:
        if token.pos_ != "VERB" or token.i in taken or token.lemma_.lower() not in GIVING_TIME:
            continue
        acts = [c for c in token.subtree if c.pos_ == "VERB" and c.i > token.i and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # the act, however the parser hung it
        if not any(f.lemma_.lower() == "face" and f.dep_ == "conj" and any(
                c.dep_ == "cc" and c.lower_ == "or" for c in act.children) for act in acts for f in act.children):
            continue
        given = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None)
        out.append(Reading(token, Pattern(ULTIMATUM, token.lemma_.lower()), ULTIMATUM, token, None, "asserted",
                           _negated([token], lexicon), agent=given))
    return out


def _characterisations(sent: SpacySpan, taken: set[int]) -> list[Reading]:
    """An act or a party called names in quoted words is criticised: "called the exercise 'a provocative
    militarisation of the Arctic'", "called the decision 'unjust'"; praise in quotes ("called the deal
    'historic'") is none of it."""
    out = []
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in NAMING:
            continue
        objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
        if token.i in taken and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for o in objects
                                        for c in o.children):
            continue  # an act named again by "the" is no event of its own: "called the expulsion 'a hostile step'"
        if not objects and token.dep_ == "relcl" and token.head.pos_ == "NOUN":
            objects = [token.head]  # "a move New Delhi called 'untenable'"
        act = _misattached_act(token) if not objects else None
        if act is not None:
            objects = [act]  # "began an exercise on Tuesday, which Baku called 'an unfriendly signal'"
        if not objects:
            continue
        charge = any(c.lemma_.lower() in CHARGES for c in objects)  # "called the accusation 'absurd'": rejected
        if not charge and any(c.lemma_.lower() in HEARSAY and not any(o.dep_ in ("poss", "prep") for o in c.children)
                              for c in objects):
            continue  # "denied it had sent troops, calling the reports 'fake news'": a denial, no one criticised
        called = [c for c in token.children if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.pos_ in {"NOUN", "ADJ"}]
        called += [c for o in objects for c in o.children if c.dep_ == "amod" and c.i > o.i]  # "called the
        # accusation 'absurd'", the word hung on the noun
        called += [c for o in objects for c in o.children if c.dep_ == "appos" and c.pos_ == "NOUN"]  # "called
        # the balloons, which ..., 'a hybrid attack'"
        quoted = [c for c in called if c.left_edge.is_quote or (
            c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].is_quote)]
        words = {w.lower_ for c in quoted for w in c.subtree}
        if not quoted or (words & PRAISE and not words & CENSURE and not any(
                w[:2] in ("un", "ir", "il") and w[2:] in PRAISE for w in words)):
            continue  # "a historic step", not "an unfriendly step" or "a hostile step"
        mover = None  # "Kathmandu published a new map, a move New Delhi called 'untenable'": Kathmandu's move
        if token.dep_ == "relcl" and token.head.dep_ in ("npadvmod", "appos") and token.head.head.pos_ == "VERB":
            mover = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        if act is not None:
            mover = next((c for c in act.children if c.dep_ == "nsubj"), None)
        code = REJECTION if charge and words & CENSURE else CRITICISM
        out.append(Reading(token, Pattern(code, token.lemma_.lower()), code, token, None, "asserted",
                           any(c.dep_ == "neg" for c in token.children), agent=mover))
    return out


def _misattached_act(verb: Token) -> Token | None:
    """The act a clause of naming calls names where the parser hung "which" on a date ("began a drill on
    Tuesday, which Baku called 'an unfriendly signal'"): the verb the date belongs to."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return None
    act = verb.head
    if act.ent_type_ not in ("DATE", "TIME"):
        return None
    while act.pos_ != "VERB" and act.head.i != act.i:
        act = act.head
    return act if act.pos_ == "VERB" else None


def _doubts(sent: SpacySpan, lexicon: Lexicon, taken: set[int]) -> list[Reading]:
    """A negated cue of doubt that governs no coded event is an event of its own: "we're not seeing any
    signs by President Putin to be engaging" reproaches Putin (a mild verbal conflict)."""
    out = []
    for token in sent:
        if token.lemma_.lower() not in lexicon.doubting:
            continue
        governor = cue(token, lexicon) if taken.isdisjoint((token.i, token.head.i)) else None
        if governor is None or not governor.negated_only or governor.default is None:
            continue
        asked = (parties.doer(c) for c in token.children if c.dep_ in {"ccomp", "dobj", "xcomp", "attr"})
        pattern = Pattern(governor.default, token.lemma_.lower())
        out.append(Reading(token, pattern, governor.default, token, governor, governor.modality, False,
                           agent=next((a for a in asked if a is not None), None)))
    return out


def _bare_appeals(sent: SpacySpan, lexicon: Lexicon, taken: set[int]) -> list[Reading]:
    """An appeal or demand to someone to do what is no coded act is a request of its own: "asked the IAEA to
    help it locate the remnants", "urged Kenya to act"."""
    out = []
    for token in sent:
        if token.pos_ != "VERB" or token.i in taken:
            continue
        governor = cue(token, lexicon)
        if governor is None or governor.role not in APPEALS or governor.default is None:
            continue
        asked = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and (
            _named_party(c) or c.lower_ in ASKED_PRONOUNS)), None)  # "had pressed it to keep ... out": Colombo
        verbs = {"xcomp"} if token.lemma_.lower() in ASKING_BY_INFINITIVE else {"xcomp", "ccomp"}  # "told X that"
        if asked is None or not any(c.pos_ == "VERB" and (c.dep_ in verbs or (c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children))) for c in token.children):
            continue  # "asked Iran on Thursday to explain", "Iran was asked by the IAEA to explain"
        pattern = Pattern(governor.default, token.lemma_.lower())
        modality = _modality(token, [], lexicon, governor.modality)
        out.append(Reading(token, pattern, governor.default, token, governor, modality,
                           _negated([token], lexicon), agent=asked))
    return out


def under_accord(token: Token, lexicon: Lexicon) -> Token | None:
    """The accord a clause's act is done under ("Under the treaty, Kyrgyzstan will hand over two villages and
    Tajikistan will guarantee ..."), on the verb or on the verb it is coordinated with."""
    for verb in (token, token.head) if token.dep_ == "conj" else (token,):
        found = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
                      if g.dep_ == "pobj" and g.lemma_.lower() in lexicon.accords), None)
        if found is not None:
            return found
    return None


def _terms(sent: SpacySpan, lexicon: Lexicon, taken: set[int]) -> list[Reading]:
    """What a party will do under an agreement, where it is no coded act, is a pledge of its own (AGREE): "Under an
    accord signed on Thursday, Djibouti will let Ethiopia route its exports through Tadjourah"."""
    intent = lexicon.governor("intent")
    code = intent.default if intent is not None else None
    if code is None:
        return []
    out = []
    for token in sent:
        if token.pos_ != "VERB" or token.i in taken or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in token.children):
            continue
        if under_accord(token, lexicon) is not None:
            out.append(Reading(token, Pattern(code, token.lemma_.lower()), code, token, None, "intended",
                               _negated([token], lexicon)))
    return out


def _condition_subject(token: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a condition on a future act ("would respond if India imposed the tariffs": India),
    where the act is stated as what will follow ("would", "will"), not asked or doubted."""
    words = lexicon.modality_words
    if token.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "aux" and words.get(c.lower_) in {"future", "reported"} for c in token.children):
        return None
    conditions = [a for a in token.children if a.dep_ == "advcl"
                  and any(m.dep_ == "mark" and words.get(m.lower_) == "conditional" for m in a.children)]
    return next((s for a in conditions for s in a.children if s.dep_ in {"nsubj", "nsubjpass"}
                 and parties.usable(s)), None)


def _warning(reading: Reading, lexicon: Lexicon) -> Reading:
    """A hostile act stated as what will follow if another acts is a threat toward that other: "Brussels would
    impose duties if Washington raised its own" (THREATEN, to the United States)."""
    threaten = lexicon.governor("threaten")
    code = lexicon.codes[reading.code or ""]
    if threaten is None or reading.governor is not None or code.quad < 3 or code.type == "THREATEN" \
            or reading.negated or _condition_subject(reading.token, lexicon) is None:
        return reading
    reading.code = threaten.codes.get(code.type) or threaten.default
    reading.governor, reading.modality = threaten, threaten.modality
    return reading


def _warnings(sent: SpacySpan, lexicon: Lexicon, taken: set[int]) -> list[Reading]:
    """A response stated as what will follow if another acts is a threat of its own: "the bloc would respond
    firmly if India imposed the tariffs" (THREATEN, the EU to India)."""
    threaten = lexicon.governor("threaten")
    if threaten is None or threaten.default is None:
        return []
    out = []
    for token in sent:
        word = token.lemma_.lower()
        if token.i in taken or (word not in lexicon.responses and word not in lexicon.response_objects):
            continue
        objects = lexicon.response_objects.get(word, frozenset())
        named = any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in token.children)
        if not (word in lexicon.responses or named) or _negated([token], lexicon):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in lexicon.kind_responses for c in token.children):
            continue
        if any((g := cue(a, lexicon)) is not None and g.role == "threaten" for a in token.ancestors):
            continue  # "warned it would respond if": the warning is the threat
        if _condition_subject(token, lexicon) is not None:
            obj = next((c.lemma_.lower() for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in objects),
                       None)  # "would take action": the reply, not its target
            out.append(Reading(token, Pattern(threaten.default, token.lemma_.lower(), obj=obj), threaten.default,
                               token, threaten, threaten.modality, False))
    return out


def _told_as_done(token: Token) -> bool:
    """Whether a clause tells what was done, in the past ("had never endorsed", "sent"), not what is asked."""
    if token.dep_ != "ccomp" or token.pos_ not in {"VERB", "AUX"}:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children) and token.tag_ == "VBN"
    past = token.tag_ == "VBD" and token.lower_ != token.lemma_.lower()  # "sent"; not "tow", a bare verb misread
    return perfect or (past and not any(c.dep_ == "aux" for c in token.children))


def _joint_acts(sent: SpacySpan, lexicon: Lexicon, taken: set[int]) -> list[Reading]:
    """Whatever two parties do jointly, where it is no coded act, is material cooperation (COOPERATE): "Estonian and
    Finnish divers jointly inspected a damaged cable", "customs officers started joint inspections of trucks"."""
    code = lexicon.joint.code
    if not code:
        return []
    out = []
    for token in sent:
        if token.pos_ != "VERB" or token.i in taken:
            continue
        jointly = any(c.dep_ == "advmod" and c.lower_ in lexicon.joint.adverbs for c in token.children)
        joint = token.lemma_.lower() in lexicon.joint.verbs and any(
            c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in lexicon.joint.adjectives for a in c.children)
            for c in token.children)
        if jointly or joint:
            nodes = _chain(token)
            out.append(Reading(token, Pattern(code, token.lemma_.lower()), code, token, None,
                               _modality(token, nodes, lexicon, "asserted"), _negated(nodes, lexicon)))
    return out


RESPONSES = frozenset({"retaliate", "respond", "react", "hit", "answer"})  # "retaliated by holding lorries"
BODY_NOUNS = frozenset({"bloc", "alliance", "union", "government", "council", "commission", "ministry", "agency",
                        "organisation", "organization", "fund", "administration", "junta", "court"})  # "the bloc"


def _named_party(token: Token) -> bool:
    """Whether a noun names a party by a name or a country ("the IAEA", "Kenya", "the Chinese embassy"), not
    anyone asked ("reporters")."""
    names = {"GPE", "NORP", "ORG", "PERSON"}
    body = token.lemma_.lower() in BODY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return parties.usable(token) and (body or token.ent_type_ in names or any(c.ent_type_ in names
                                                                             for c in token.lefts))


def _scheduled(token: Token) -> bool:
    """Whether a stated act is set for a date, unconditionally ("will impose tariffs from June 1", "would impose
    the duties starting next month"): a decision taken, not a threat."""
    if any(c.dep_ in {"advcl", "prep"} and c.lower_ in {"if", "unless"} or any(
            g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children) for c in token.children):
        return False
    dated = [c for c in token.children if c.lower_ in SCHEDULES and c.dep_ in {"prep", "advcl"}]
    return any(g.ent_type_ == "DATE" for c in dated for g in c.subtree if g.i != c.i)


def _intent_code(token: Token, code: str, lexicon: Lexicon) -> str:
    """The code of a stated intention to act ("will send aid" -> express intent to provide aid)."""
    intent = lexicon.governor("intent")
    kind = lexicon.codes[code].type
    if kind == SANCTIONING and _scheduled(token):
        return code
    if _hosted(token, kind, lexicon) and lexicon.hosting.code:
        return lexicon.hosting.code  # "will send troops to Ukraine": military help
    if intent is None:
        return code
    return intent.codes.get(kind) or intent.default or code


def _weak(token: Token, lexicon: Lexicon) -> bool:
    """A noun inside a prepositional phrase is no event unless a light verb makes it one ("joined talks"); one
    under a preposition of circumstance never is ("under the agreement, the two air forces will hold ..."), nor is
    an accord that is the subject of what it does by its terms ("the treaty covers the islands")."""
    if token.dep_ == "nsubj" and token.lemma_.lower() in lexicon.accords and _standing(token.head, lexicon) and not any(
            c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" for c in token.children):  # not "the deal, reached after
        # months of wrangling, still needs approval"
        return True  # "the treaty covers the islands", "a 2017 deal has yet to return a single refugee": a standing
        # accord, no act
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in NOMINAL_DEPS:
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in PEOPLE_OF_ACTS:
        return True  # "aid workers said", "peace activists": people named by their work, no act
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in lexicon.light_nouns \
            and token.head.head.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
        return False  # "a round of negotiations between Jordan and Syria opened": the negotiations
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "during") and _reported_with_parties(token):
        return False  # "raised the issue in a telephone call with his Russian counterpart": the call
    node = token
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ in lexicon.loose_preps:
            return not _reported_with_parties(token)
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return not _light(node, lexicon)
    return True


def _standing(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb of an accord's clause tells what the accord is or does, not an act on it ("covers",
    "has yet to", "was unlikely to")."""
    if verb.lemma_.lower() in ACCORD_STATES:
        return True
    return verb.pos_ in {"VERB", "AUX"} and trigger(verb, lexicon) is None and any(
        c.dep_ in ("xcomp", "acomp") for c in verb.children)


def _reported_with_parties(noun: Token) -> bool:
    """Whether an act named in a phrase of circumstance is told as news, new and with its parties ("after a
    telephone call between the two foreign ministers"), not as background ("after the strike")."""
    new = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return new and any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children)


def _refusal(reading: Reading, lexicon: Lexicon) -> bool:
    """Whether a negated act is a refusal: consent withheld ("did not accept") or an intention denied ("will
    not send", "is not ready to"); any other negated act keeps its type ("did not send weapons", "failed to
    conclude a deal")."""
    if any(a.lemma_.lower() in lexicon.negators for a in reading.token.ancestors):
        return False  # "failed to agree": an agreement not reached, no refusal
    if any(c.lower_ == "yet" for n in (reading.token, reading.head) for c in n.children):
        return False  # "has not yet agreed to the plan": consent pending, not refused
    consent = any(lemma(n, lexicon.consent) in lexicon.consent for n in (reading.token, reading.head))
    if reading.modality == "intended":  # "will not send"; not "did not commit troops", a pledge not made
        return consent or not any(c.dep_ == "aux" and c.lower_ == "did" for c in reading.head.children)
    return consent


def _recode_negation(reading: Reading, lexicon: Lexicon) -> Reading:
    """A refused cooperative event is a rejection ("did not accept refugees": REJECT, reject cooperation),
    itself not negated: a negated rejection would read as "did not reject"."""
    code = lexicon.codes[reading.code or ""]
    reject = lexicon.governor("reject")
    if not reading.negated or code.quad > 2 or code.type == "REJECT" or reject is None:
        return reading
    new = reject.codes.get(code.type) or reject.default
    if new is None or not _refusal(reading, lexicon):
        return reading
    reading.code, reading.recoded, reading.negated = new, True, False
    if reading.modality == "intended":
        reading.modality = "asserted"  # "is not ready to", "will not accept": a refusal, stated now
    return reading
