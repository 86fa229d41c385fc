"""Who did it and to whom: the source and target of an event, read off the parse and resolved to actors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..document import Actor, Document, Party, Quote
from ..kb import PATRONAGE
from ..nlp import entity_bounds
from .layout import headline_partners, in_dateline
from .match import RELATIVE_PRONOUNS, misread_verb, raised_object
from .places import named_place

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..kb import KnowledgeBase
    from .lexicon import Lexicon, Pattern

NOT_PARTIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
RELATIVE = RELATIVE_PRONOUNS
BLAMING = frozenset({"blame", "pin"})  # verbs whose "on" names the one blamed
LEFT_BEHIND = frozenset({"leave", "exit", "quit"})  # verbs whose object is the body or party left ("left ECOWAS")
HANDING = frozenset({"extradite", "give", "hand", "deliver", "transfer", "donate", "send", "supply", "gift"})
FORCES_WORDS = frozenset({"army", "military", "police", "navy", "border", "coast", "militia", "rebel", "troop"})
WEAPONRY = frozenset({"explosive", "rifle", "gun", "grenade", "missile", "rocket", "drone", "mortar", "artillery",
                      "bomb", "machete", "knife", "gas", "cannon", "bullet", "shell", "weapon", "firearm", "stone",
                      "baton", "truncheon", "club", "ied", "fire", "gunfire", "shelling"})
FOES = frozenset({"military", "army", "rebel", "militant", "insurgent", "militia", "junta", "guerrilla", "government",
                  "regime", "separatist", "jihadist", "invader"})
WITHDRAWALS = frozenset({"withdrawal", "pullback", "pullout", "drawdown", "retreat"})
TROOPS = frozenset({"troop", "unit", "force", "soldier", "army", "battalion", "brigade", "division", "contingent",
                    "peacekeeper", "guard", "warship", "vessel", "ship", "fighter", "militia"})
UNITS_NEAR = frozenset({"patrol", "convoy", "troop", "soldier", "peacekeeper", "vessel", "ship", "boat"})
MUNITIONS = frozenset({"missile", "rocket", "drone", "shell", "mortar", "bomb", "grenade", "torpedo", "projectile"})
PUT_FORWARD = frozenset({"bid", "candidacy", "application", "plan", "proposal", "request", "initiative", "demand",
                         "position", "stance", "offer", "call", "appeal", "ultimatum"})  # what a party puts
# forward: backing it is backing the party
DATELINE_SUBJECTS = frozenset({"appos", "conj", "npadvmod", "nsubj", "dep"})  # a subject misattached to a dateline
REPORTED_PRONOUNS = frozenset({"it", "they", "he", "she"})
IMPERSONAL = frozenset({"it", "its"})  # pronouns of a state or a body
OTHERS = frozenset({"ally", "partner", "neighbour", "neighbor", "rival", "counterpart", "foe", "adversary"})
PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}  # pronouns of one person, by gender
# Nouns of pressure whose "from" names who exerts it: "gave in to pressure from the European Union".
PRESSURES = frozenset({"pressure", "demand", "demands", "call", "calls", "request", "appeal", "plea", "ultimatum"})
VENUE_PREPS = frozenset({"at", "in", "on", "inside", "outside", "near"})
CLIMB = frozenset({"xcomp", "acomp", "conj", "advcl", "relcl", "pcomp"})
DOER_PREPS = frozenset({"from", "after", "before", "by", "without", "while"})  # "refrained from retaliating"
NAME_MODS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "det", "case"})
SOURCE_MODS = frozenset({"NORP", "GPE", "ORG"})
PLACE_MODS = frozenset({"amod", "compound", "nmod", "poss"})
GROUP_WORDS = frozenset({"group", "movement", "militia"})  # what an armed group is called again ("the group")
MEANS_PREPS = frozenset({"by", "via"})  # "by telephone", "via video link": the means of a call
OWNED = frozenset({"owned", "run", "operated", "controlled"})  # "Greek-owned": the owner's country, not the flag
FLAGGED = frozenset({"flagged", "registered"})  # "Venezuelan-flagged": the flag's country, where no owner is named
PLACE_KINDS = frozenset({"state", "capital", "standin", "region"})
PLACE_PREPS = frozenset({"of", "in", "inside", "around", "near", "outside", "from", "along", "through", "across"})
# Particles of leaving, whose "from" or "of" names the place left: "pulled out of", "pulled its soldiers back from".
EXITS = frozenset({"out", "away", "back"})
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})
# Nouns of a boundary, whose "with" names the country on the other side: "its border with Finland", "the
# administrative line with Kosovo".
BOUNDARIES = frozenset({"border", "frontier", "boundary", "line", "crossing", "checkpoint", "post"})
# Where an act takes place: "deployed warships around Taiwan", "struck targets in southern Lebanon".
LOCATIVE_PREPS = frozenset({"in", "inside", "around", "near", "off", "along", "across", "into", "outside"})
QUANTITIES = frozenset(
    {
        "dozen",
        "hundred",
        "thousand",
        "million",
        "number",
        "group",
        "some",
        "many",
        "several",
        "all",
        "most",
        "scores",
        "score",
        "couple",
        "handful",
        "lot",
        "members",
        "member",
        "round",
        "staff",  # "staff of the United Nations": the body they belong to
        "personnel",
        "employees",
        "barrage",  # "a barrage of rockets": what was fired, not at whom
        "salvo",
        "volley",
        "wave",
        "container",  # "twelve containers of medicines": what was sent
        "consignment",
        "truckload",
        "planeload",
        "shipload",
        "tonne",
        "ton",
        "crate",
    }
)


def conjoined(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("France and Germany", "to Tehran and to Berlin")."""
    out = [token, *(t for t in token.conjuncts if t.i > token.i)]
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep":
        out += [g for p in prep.conjuncts if p.i > prep.i and p.lower_ == prep.lower_
                for g in p.children if g.dep_ == "pobj"]
    return out


def coordinated(token: Token) -> list[Token]:
    """The parties a subject names, in text order: its conjuncts, and in a headline the names a comma joins to
    it ("Ethiopia, Kenya pledge")."""
    partners = headline_partners(token)
    if not partners:
        return conjoined(token)
    found = {t.i: t for t in [*conjoined(token), *partners, *(c for p in partners for c in conjoined(p))]}
    return [found[i] for i in sorted(found)]


def usable(token: Token) -> bool:
    """Whether a token can stand for a party (not a date, an amount, punctuation or a dateline)."""
    kinds = {"NOUN", "PROPN", "PRON", "ADJ", "X", "NUM"}
    return token.ent_type_ not in NOT_PARTIES and token.pos_ in kinds and not in_dateline(token)


def content(token: Token) -> Token:
    """The noun a quantity stands for: "dozens of activists" -> activists, "a round of talks" -> talks."""
    if token.pos_ == "NUM" or token.ent_type_ in NOT_PARTIES or token.lemma_.lower() in QUANTITIES:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((g for g in child.children if g.dep_ == "pobj"), token)
    return token


FEELINGS = frozenset({"concerned", "alarmed", "worried", "troubled", "disturbed", "dismayed", "disappointed",
                      "angered", "outraged", "appalled", "shocked"})


def is_passive(token: Token) -> bool:
    return (any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children) or _gapped_passive(token)) and not felt(
        token)


def _gapped_passive(token: Token) -> bool:
    """A passive whose auxiliary the verb before it gives ("two were killed and five people wounded"), not an act
    of its own ("two were killed and rebels seized the town")."""
    return token.dep_ == "conj" and token.tag_ in {"VBD", "VBN"} and any(
        c.dep_ == "auxpass" for c in token.head.children) and not any(
        c.dep_ in {"aux", "auxpass", "dobj"} for c in token.children)


def felt(token: Token) -> bool:
    """A feeling told in the passive ("said it was seriously concerned by the pact"): its subject feels it, and
    what it is felt about is its agent."""
    return token.lower_ in FEELINGS and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)


def agent(token: Token) -> Token | None:
    """The agent of a passive or participle predicate ("hit by a missile", "expelled by Nicaragua")."""
    return _agent(token)


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in token.children:  # "were let go by Moscow": the agent hangs on the verb's complement
        if child.dep_ == "xcomp" and child.i == token.i + 1:
            return _agent(child)
        if child.dep_ == "oprd" and any(c.dep_ == "nsubjpass" for c in token.children):
            return _agent(child) or next((found for g in child.children if g.dep_ == "dobj"
                                          if (found := _agent(g)) is not None), None)  # "were declared persona
            # non grata by Latvia": on the predicate noun, or on its last word
    for child in token.children:  # "were placed under sanctions by the US Treasury": on the object of its phrase
        if child.dep_ == "prep" and child.i == token.i + 1:
            found = next((_agent(g) for g in child.children if g.dep_ == "pobj" and g.i == child.i + 1), None)
            if found is not None:
                return found
    for child in token.children:  # "were shot and wounded by Tajik troops": the agent of the participles joined
        if child.dep_ == "conj" and child.tag_ == "VBN" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in child.children):
            return next((g for p in child.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"),
                        None)
    return None


def agented_participle(token: Token) -> bool:
    """Whether a participle names its own doer after its noun ("fishermen arrested by Zimbabwean police")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)


def _subject_here(token: Token) -> Token | None:
    if token.pos_ in {"NOUN", "PROPN"}:
        return _nominal_source(token) or _light_subject(token)
    if is_passive(token) or agented_participle(token):  # "fishermen arrested by Zimbabwean police"
        return _agent(token)
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "csubj", "expl"}
                or (c.dep_ == "nsubjpass" and felt(token))]
    named = [c for c in subjects if not in_dateline(c)]
    before = [c for c in named if c.i < token.i]
    subject = before[-1] if len(before) > 1 and any(c.dep_ == "relcl" for c in before[0].subtree) else next(
        iter(named), None)  # "Qatar and Turkey, which brokered the truce the two neighbours agreed": of two
    # subjects a misparse gives around a relative clause, the one next to the verb
    if subject is None and subjects:  # "ANKARA, March 12 — Greece and Turkey agreed": the name after the dateline
        subject = next((c for s in subjects for c in s.subtree
                        if c.dep_ in DATELINE_SUBJECTS and c.pos_ in {"PROPN", "NOUN"} and usable(c)), None)
    if subject is not None and subject.lower_ in RELATIVE and token.dep_ == "relcl":
        return token.head
    if subject is None and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "nsubj":
        return token.head  # "France's foreign minister, visiting Chisinau, praised ...": the minister visits
    if subject is None and token.dep_ == "acl" and token.sent.root.pos_ not in {"VERB", "AUX"}:
        head = token.head  # "Israeli units and brigades massed near the border": a verb misread as a participle
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head
    if subject is None and token.pos_ == "VERB" and token.dep_ in ("conj", "ROOT") and token.i > 0 and _stray_conjunct(
            token.nbor(-1)):  # "freed two citizens on Wednesday and Germany released ...", Germany hung on the day;
        return _first_stray(token.nbor(-1))  # "On Tuesday in Cairo, Cyprus and Egypt signed", hung on Cairo
    if subject is None and (token.dep_ == "ROOT" or misread_verb(token)):  # "Azerbaijan massed troops", misparsed
        subject = next((c for c in token.lefts if c.dep_ in {"npadvmod", "dep"} and c.pos_ == "PROPN"
                        and not in_dateline(c)), None)
        subject = subject or next((g for c in token.children if c.dep_ == "aux" for g in c.children
                                   if g.dep_ == "nsubj"), None)  # "that it [had] massed tanks": on the auxiliary
        if subject is None and token.i > 0 and token.doc[token.i - 1].lemma_ == "have":
            subject = next((c for c in token.doc[token.i - 1].children if c.dep_ == "nsubj"), None)
        if subject is None and token.dep_ == "amod":  # "[Myanmar]'s military bombed villages": the owner
            subject = next((c for c in (*token.lefts, *token.head.children) if c.dep_ in ("poss", "nsubj")
                            and c.i < token.i), None)
            root = token.sent.root
            if subject is None and root.pos_ in ("NOUN", "PROPN") and root.i < token.i:
                subject = root  # "Teachers in Gabon downed tools", parsed as a sentence with no verb
    if subject is None and token.pos_ == "VERB":
        subject = next((_dated_name(c) for c in token.lefts if c.dep_ == "prep" and _dated_name(c)), None)
    return subject


def _dated_name(prep: Token) -> Token | None:
    """A name the parser hung on a time phrase before a subjectless verb: "On Wednesday Paris suspended ...",
    Paris taken for the object of "on" with the day as its modifier."""
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"}:
        return None
    return name if any(c.ent_type_ in {"DATE", "TIME"} and c.i < name.i for c in name.children) else None


def _first_stray(word: Token) -> Token:
    """The first of the names coordinated with a stray conjunct after the last comma ("Cyprus" of "in Cairo,
    Cyprus and Egypt")."""
    while word.i > 0 and word.nbor(-1).dep_ != "punct" and word.head.i < word.i and _stray_conjunct(word.head):
        word = word.head
    return word


def _stray_conjunct(word: Token) -> bool:
    """Whether a name just before a subjectless verb was coordinated by the parser with a word of the clause
    before (a day, an object) instead of being the verb's subject."""
    return (word.pos_ == "PROPN" and word.dep_ == "conj" and word.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}
            and word.head.dep_ not in {"nsubj", "nsubjpass"})


APPEALING = frozenset({"demand", "urge", "call", "ask", "appeal", "press", "implore"})  # appeals a speaker makes
DEMANDS = frozenset({"demand", "seek", "request"})  # "demanded their withdrawal": an act asked of others
CAUSING = frozenset({"prompt", "force", "lead", "push", "drive", "compel", "spur", "cause", "oblige",
                     "provoke"})  # "prompting Tokyo to protest": what its object then does


def subject(token: Token) -> Token | None:
    """The doer of a predicate: its subject, a passive agent, or the subject of the clause it depends on."""
    for _ in range(5):
        found = _subject_here(token)
        if found is not None or is_passive(token) or token.dep_ not in CLIMB or token.head.i == token.i:
            return None if found is None else content(found)
        if token.dep_ == "conj" and is_passive(token.head) and _agent(token.head) is None:
            shared = next((c for c in token.head.children if c.dep_ == "nsubjpass"), None)
            return None if shared is None else content(shared)  # "Putin was briefed and flew to ..."
        if token.dep_ == "conj" and is_passive(token.head) and not is_passive(token):
            token = token.head  # "said the vote had been marred by irregularities and urged ...": not the agent
            if token.dep_ not in CLIMB | {"ccomp"} or token.head.i == token.i:
                return None
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and (
                _object_pronoun(token) or _demands_theirs(token) or token.lemma_.lower() in APPEALING
                or _tense_apart(token)):
            token = token.head  # "said the diplomat had spied and declared him persona non grata": not the diplomat,
            # who would be "himself", but the one who said it; "said Tokyo had crossed a red line and demanded
            # that ...": an appeal is the speaker's
        moved = next((c for c in token.head.children if c.dep_ == "dobj"), None) if token.dep_ == "xcomp" else None
        if moved is not None and token.head.lemma_.lower() in CAUSING:
            return content(moved)  # "fired a missile over Japan, prompting Tokyo to lodge a protest": Tokyo's
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.lower_ in DOER_PREPS:
            token = token.head  # "refrained from retaliating", "after shelling the town": the clause's subject
        token = token.head
    return None


def _tense_apart(verb: Token) -> bool:
    """Whether a past verb joined to a reported present one goes with the report ("said allies 'stand in
    solidarity with Romania' and condemned Russia's behaviour": she condemned)."""
    if verb.tag_ != "VBD" or verb.head.head.tag_ != "VBD":
        return False
    if verb.head.tag_ in {"VB", "VBP", "VBZ"}:
        return True
    return verb.head.tag_ == "VBN" and verb.lemma_.lower() in SAYING_ACTS and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.head.children)  # "said Rwandan forces had fought
    # alongside the rebels, and accused Kigali": the one who said it accused


SAYING_ACTS = frozenset({"accuse", "urge", "call", "demand", "condemn", "denounce", "reject", "warn", "criticise",
                         "criticize", "blame", "welcome", "praise", "ask", "appeal", "vow", "pledge", "promise",
                         "threaten", "summon"})  # acts done in words, by whoever speaks


def _demands_theirs(verb: Token) -> bool:
    """Whether a demand is of the others' own act ("said Turkish soldiers had set up outposts and demanded their
    withdrawal"): the one who said it demands."""
    return verb.lemma_.lower() in DEMANDS and any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in ("their", "his", "her") for g in c.children)
        for c in verb.children)


def _object_pronoun(verb: Token) -> bool:
    """Whether a verb's object is "him", "her" or "them", also as the subject of its complement ("declared him
    persona non grata")."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") for g in c.children
                              if g.dep_ == "nsubj")]
    return any(c.dep_ in ("dobj", "nsubj") and c.i > verb.i and c.lower_ in ("him", "her", "them") for c in near)


def reporter(pronoun: Token) -> Token | None:
    """The subject of the verb whose reported clause a pronoun opens ("China said it supported Islamabad":
    China), for a pronoun the actors layer left unresolved."""
    if pronoun.lower_ not in REPORTED_PRONOUNS or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = pronoun.head
    while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    found = subject(clause.head)
    return found if found is not None and found.pos_ != "PRON" else None


def venue(token: Token) -> bool:
    """Whether a noun names where an act takes place ("at a ceremony in Warsaw", "on the island of St Vincent")."""
    return token.dep_ == "pobj" and token.head.lower_ in VENUE_PREPS


def message(token: Token, lexicon: Lexicon) -> Token | None:
    """The message noun a participle hangs from ("fired off a letter demanding a ban": letter), or None."""
    head = token.head
    if token.dep_ != "acl" or is_passive(token) or head.lemma_.lower() not in lexicon.messages:
        return None
    return head


def addressees(noun: Token) -> list[Token]:
    """Whom a message is sent to ("a letter to the European Commission")."""
    return [t for t in _prep_objects(noun, ("to",)) if usable(t)]


def _light_subject(noun: Token) -> Token | None:
    """The subject of the verb a nominal event is the object of ("X began a round of joint exercises")."""
    node = noun
    for _ in range(4):
        if node.dep_ == "nsubjpass" and node.head.pos_ in {"VERB", "AUX"}:
            return _agent(node.head)  # "a joint inquiry was opened by Estonia and Finland"
        if node.dep_ == "nsubj" or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return subject(node)
    return None


def _nominal_source(noun: Token) -> Token | None:
    """``Russia's attack``, ``attack by Russia``, ``talks between X and Y``, ``Russian airstrikes``."""
    if noun.lemma_.lower() in WITHDRAWALS and not any(c.dep_ == "poss" for c in noun.children):
        withdrawn = next(iter(_prep_objects(noun, ("of",))), None)  # "a pullback of Serbian units from the
        if withdrawn is not None and withdrawn.lemma_.lower() in TROOPS:  # boundary": the units pull back, from the
            return withdrawn  # place; "the withdrawal of its ambassador" is the sender's
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):  # not "Thursday's release"
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "between", "among", "from"}:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ == "prep" and child.lower_ == "of":  # "the expulsion of the ambassador by X"
            agent = next((a for g in child.children if g.dep_ == "pobj" and (a := _agent(g))), None)
            if agent is not None:
                return agent
        if child.dep_ == "acl":
            agent = _agent(child)
            if agent is not None:
                return agent
    giver = _giver_of_subject(noun)
    if giver is not None:
        return giver
    mods = [*noun.lefts, *(m for c in noun.lefts if c.dep_ == "compound" for m in c.lefts if m.dep_ == "amod")]
    return next(  # "Russian airstrikes", "an ECOWAS call" (an acronym the tagger left unlabelled), "the Russian
        # missile strike"
        (c for c in mods if c.dep_ in {"amod", "compound"} and (
            c.ent_type_ in SOURCE_MODS or (c.is_alpha and c.is_upper and len(c.text) > 1 and not c.ent_type_))),
        None)


DELIVERING = frozenset({"come", "issue", "voice", "deliver", "express", "announce", "make", "hand", "send"})


def _giver_of_subject(noun: Token) -> Token | None:
    """The doer of a nominal act that is the subject of a verb of delivering it: "Praise for the law came on
    Tuesday [from] China's ambassador", "the warning was issued [by] the Kremlin"."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in DELIVERING:
        return None
    preps = ("from",) if noun.dep_ == "nsubj" else ("by",)
    found = next(_prep_objects(verb, preps), None)
    if found is None and noun.dep_ == "nsubjpass":
        found = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return found


def doer(token: Token) -> Token | None:
    """Who is to carry out a governed act: its subject, or the doer named in a nominal ("withdrawal of X")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        own = _nominal_source(token)
        if own is not None and own.head.lower_ == "from":
            own = None  # "withdrawal of X from Y": X, not Y
        found = own or next(_prep_objects(token, ("of",)), None)
    else:
        found = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if found is not None and found.pos_ == "NOUN" and not found.ent_type_:
            found = _agent(found) or found  # "any signs by President Putin to be engaging"
    return None if found is None else content(found)


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of a token's prepositions ``preps`` ("talks with Serbia": Serbia)."""
    return list(_prep_objects(token, preps))


def nominal_source(noun: Token) -> Token | None:
    """The doer a nominal event names ("Russia's attack", "talks between X and Y"), or None."""
    return _nominal_source(noun)


def _prep_objects(token: Token, preps: Iterable[str]) -> Iterator[Token]:
    for prep in preps:
        for child in token.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ == prep:
                yield from (g for g in child.children if g.dep_ == "pobj")


def objects(token: Token, pattern: Pattern | None, lexicon: Lexicon) -> list[Token]:
    """Candidate targets of a predicate, best first: passive subject, object, dative, then prepositions."""
    pattern_obj = [c for c in token.children if pattern and pattern.obj and c.lemma_.lower() == pattern.obj
                   and not (c.lemma_.lower() in FOES and lexicon.codes[pattern.code].type == "ASSAULT")
                   and pattern.head not in LEFT_BEHIND]
    # "fought the military": the armed foe an attack's pattern names is its target, not part of the act
    if token.pos_ in {"NOUN", "PROPN"}:
        pairs = list(_prep_objects(token, ("between", "among")))
        between = [c for first in pairs for c in (first, *first.conjuncts) if c.i > first.i or usable(first)]
        found = between + list(_prep_objects(token, lexicon.target_preps)) + _patients(token)
        found += [g for thing in _prep_objects(token, ("of", "on")) for g in _prep_objects(thing, ("to",))]
        # "the restitution of 70 bronzes to Nigeria", "restrictions on remittances to Cuba": Nigeria, Cuba
        return [t for t in found if usable(t)]
    out = [
        c for c in token.children if c.dep_ in {"nsubjpass", "dobj", "dative", "obj"} and c not in pattern_obj
    ] if not felt(token) else [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if token.lemma_.lower() in HANDING:  # "extradited a financier to the United States", "helicopters were given to
        out = list(_prep_objects(token, ("to",))) + out  # Ecuador's army": the receiver before the thing handed
    if token.lemma_.lower() in BLAMING:  # "blamed the delays on the Arakan Army": the one blamed, not the fault
        out = [g for head in (token, *(c for c in out if c.dep_ == "dobj")) for g in _prep_objects(head, ("on",))
               ] + out
    fired = [c for c in out if c.dep_ == "dobj" and c.lemma_.lower() in MUNITIONS]
    aimed = [g for c in fired for w in (c, *c.conjuncts) for g in _prep_objects(w, ("at", "on", "against"))]
    aimed += [g for g in _prep_objects(token, ("near",)) if fired and g.lemma_.lower() in UNITS_NEAR]  # "dropped a
    # grenade near a patrol of UNIFIL peacekeepers": the patrol, not the place
    if aimed:  # "launched 300 drones and 20 missiles at Kyiv and Lviv": the places aimed at, not the munitions
        out = aimed + [c for c in out if c not in fired]
    doer = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in token.children)
    if token.dep_ == "relcl" and doer and token.head.pos_ in {"NOUN", "PROPN"} and not any(
            c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in token.children):
        out = [c for c in out if c.lower_ not in RELATIVE_PRONOUNS] + [token.head]  # "the fishermen it detained"
    if agented_participle(token) and token.head.pos_ in {"NOUN", "PROPN"}:
        out = [token.head] + out  # "fishermen arrested by Zimbabwean police": the fishermen
    elif token.pos_ == "VERB" and misread_verb(token) and token.head.pos_ == "NOUN" and token.head.i > token.i:
        out = [token.head] + out  # "X hosted officials from the two countries", parsed as "[X hosted] officials"
    out.extend(g for c in token.children if c.dep_ == "ccomp" for g in raised_object(c))
    words = set(pattern.words) if pattern is not None else set()  # "shot [dead] three protesters", "set X [ablaze]"
    out.extend(g for c in token.children if c.lower_ in words and c.dep_ in {"acomp", "ccomp", "oprd", "advmod"}
               for g in c.children if g.dep_ in {"dobj", "nsubj"})
    out.extend(_prep_objects(token, ("between", "among")))
    for obj in [c for c in out if c.dep_ == "dobj" and c not in pattern_obj]:
        out.extend(_prep_objects(obj, ("to", "against", "with")))  # "provided 50 million euros to Jordan"
    for obj in [c for c in out if c.dep_ == "dobj"] + pattern_obj:
        for thing in _prep_objects(obj, ("on", "of")):  # "eased restrictions on remittances to Cuba"
            out.extend(_prep_objects(thing, ("to",)))
        if content(obj) is not obj:  # "fired a barrage of rockets at the Israeli town"
            out.extend(g for head in (obj, content(obj)) for g in _prep_objects(head, ("at", "on", "into")))
    out = [c for c in out if c.dep_ != "dative" or c.pos_ != "ADP"]
    for obj in pattern_obj:  # "renewed UN sanctions on North Korea", "the snapback of UN sanctions on Iran": whom
        aimed = [g for o in (obj, *obj.conjuncts, *_prep_objects(obj, ("of",))) for g in _prep_objects(
            o, ("on", "against"))]  # "imposed asset freezes and travel bans on eight Iranian officials"
        out = aimed + [c for c in out if c not in aimed]  # they are on, before the body whose they are
    given = pattern is not None and lexicon.codes[pattern.code].type == "AID"  # "offered Iraqi help": the giver's
    for obj in pattern_obj:  # "expelled two Russian diplomats": the diplomats' country is the target
        out.extend(_prep_objects(obj, ("of", "from")))  # "froze the assets of three banks", "pressure from X"
        out.extend(() if given else (
            c
            for c in obj.children
            if (c.dep_ == "poss" and c.pos_ != "PRON")
            or (c.dep_ in {"amod", "compound"} and c.ent_type_ in SOURCE_MODS)
        ))  # before places: "received the Somali president at State House"
    mutual = pattern is not None and pattern.code.startswith(lexicon.reciprocal)
    means = [g for c in token.children if c.dep_ == "prep" and c.lower_ in MEANS_PREPS for g in c.children
             if g.dep_ == "pobj"]  # "spoke by telephone with X", the parser hanging "with" on the telephone
    for prep in lexicon.target_preps:  # "filed a case against X at the court": by preposition, then place
        found = [t for head in (token, *pattern_obj, *means) for t in _prep_objects(head, (prep,))]
        out.extend(found)
        if mutual:  # "shared intelligence on smuggling networks with Poland", "with" misattached
            out.extend(g for t in found for g in _prep_objects(t, ("with",)))
    out.extend(p for t in list(out) if t.lemma_.lower() in PUT_FORWARD for p in t.children
               if (p.dep_ == "poss" and p.pos_ != "PRON") or (p.dep_ == "compound" and p.pos_ == "PROPN")
               or (p.dep_ == "amod" and p.ent_type_ == "NORP"))
    # "endorsed Taiwan's bid", "spurned an ECOWAS offer", "rejected a Venezuelan proposal"
    out = [content(t) for t in out]
    out.extend(g for t in list(out) if t.lemma_.lower() in PRESSURES for g in _prep_objects(t, ("from", "by")))
    for noun in [t for t in out if t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.nouns]:
        source = _nominal_source(noun)  # "host talks between X and Y": the talks' parties
        mutual = any(p.code.startswith(lexicon.reciprocal) for p in lexicon.nouns.get(noun.lemma_.lower(), []))
        if source is not None and not mutual and source.pos_ != "PRON":
            out.append(source)  # "rallied against the American air strikes on Iran": who struck, not Iran
            continue
        out.extend(([source] if source is not None else []) + objects(noun, None, lexicon))
    return [t for t in out if usable(t) and (t.lemma_.lower() not in lexicon.nouns or _forces_unit(t))
            and not _instrument(t)]


def _forces_unit(noun: Token) -> bool:
    """An event noun that names a unit of forces ("attacked an army patrol", "a police convoy"): a party."""
    return noun.dep_ == "dobj" and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in FORCES_WORDS
                                       for c in noun.children)


def _instrument(token: Token) -> bool:
    """What an act is done with ("attacked a patrol with explosives"): no party."""
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.lemma_.lower() in WEAPONRY


def _patients(noun: Token) -> list[Token]:
    """The undergoer of a nominal event whose doer is named apart ("Russia's invasion of Ukraine", "the
    expulsion of the Dutch ambassador by Nicaragua"); without a named doer, "of" may name the doer."""
    source = _nominal_source(noun)
    if source is None or source.head.lower_ in {"between", "among"}:
        return []
    return [t for t in _prep_objects(noun, ("of",)) if t.i != source.i]


def locative(document: Document, token: Token, kb: KnowledgeBase | None) -> Token | None:
    """The place with a country where an act takes place or that it leaves, in a phrase on the predicate or
    on its object ("deployed warships around Taiwan", "pulled out of the Congolese province of Ituri")."""
    if kb is None:
        return None
    objs = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads = [token, *objs, *(c for o in objs for c in o.conjuncts)]  # "sent bombers and frigates around X"
    heads += [token.head] if misread_verb(token) else []
    places = [p for head in heads for p in _prep_objects(head, LOCATIVE_PREPS)]
    outs = [c for c in token.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in EXITS]
    exits = [p for c in outs for p in c.children if p.dep_ == "prep"]  # "pulled out of"
    places += [g for p in exits for g in p.children if g.dep_ == "pobj"]
    places += _prep_objects(token, ("from",))
    named = [p for p in places if (p.ent_type_ in {"GPE", "NORP"} or p.pos_ == "PROPN")]
    named = [p for p in named if _place_name(p, kb)]
    return next(iter(named), None) or next((p for p in places if country_of(document, p, kb)), None)


def own_country(document: Document, token: Token, kb: KnowledgeBase | None) -> bool:
    """Whether a noun names its own country ("Russian positions", "Ukraine's army"), not only its place."""
    return kb is not None and _own_place(document, token, kb) is not None


def _place_name(token: Token, kb: KnowledgeBase) -> bool:
    return bool(kb.demonym(token.text) or any(e.country for e in kb.lookup(token.text)))


def _entity_span(token: Token) -> tuple[int, int]:
    """Character span of the named entity holding ``token``."""
    start, end = entity_bounds(token)
    doc = token.doc
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def name_span(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase a party token heads, without clauses or prepositional phrases."""
    if token.ent_type_ and token.ent_iob_:
        return _entity_span(token)
    start = token.i
    for child in token.lefts:
        pronoun = child.dep_ == "poss" and child.pos_ == "PRON"  # "his Ghanaian counterpart" is not "his"
        if child.lower_ in PATRONAGE:  # "the Iran-aligned group" is not Iran
            start = min(start, child.i)
        elif child.dep_ in NAME_MODS and child.dep_ != "det" and not pronoun:
            start = min(start, child.left_edge.i)
    return token.doc[start].idx, token.idx + len(token.text)


def rank(document: Document, token: Token, kb: KnowledgeBase | None = None) -> int:
    """How likely a token names a party: 0 a known actor, 1 a named entity, 2 a pronoun or a noun with a
    country ("Russian banks"), 3 anything else."""
    if document.actor_at(*name_span(token)) is not None:
        return 0
    if token.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}:
        return 1
    if token.pos_ == "PRON" or (kb is not None and country_of(document, token, kb) is not None):
        return 2
    return 3


def _place(document: Document, token: Token, kb: KnowledgeBase) -> str | None:
    """The country a word names as a place or a people: "Russian", "Kharkiv's", "Syria", "Kyiv"."""
    start, end = name_span(token)
    actor = document.actor_at(start, end)
    if actor is not None and actor.kind == "state":
        return actor.country
    name = document.text[start:end]
    of_place = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # "the Gulf of Riga": not "Gulf"
    code = kb.demonym(name) or (None if of_place else kb.demonym(token.text))  # "South African", not "African"
    if code is not None:
        return code
    entry = next((e for e in kb.lookup(name) if e.kind in PLACE_KINDS and e.country), None)
    if entry is not None:
        return entry.country
    town = named_place(token, kb)  # a city or town of the gazetteer: "the border town of Manbij"
    return town.country if town is not None else None


def _own_place(document: Document, token: Token, kb: KnowledgeBase) -> str | None:
    """The country of a noun's own modifier ("Belarusian banks", "Ukraine's army", "a Russian fighter jet")."""
    for child in [*token.lefts, *(g for c in token.lefts if c.dep_ == "compound" for g in c.lefts)]:
        named = child.ent_type_ or child.pos_ == "PROPN" or kb.demonym(child.text)  # not "the new government"
        if child.dep_ in PLACE_MODS and named and (code := _place(document, child, kb)):
            return code
        if child.lower_ in OWNED and (code := _owner_place(document, child, kb)):
            return code  # "a Greek-owned tanker", "Serbian state-run offices"
    flags = (_owner_place(document, c, kb) for c in token.lefts if c.lower_ in FLAGGED)
    return next((code for code in flags if code), None)  # "a Venezuelan-flagged boat", where no owner is named


def _owner_place(document: Document, word: Token, kb: KnowledgeBase) -> str | None:
    """The country of the owner a hyphenated ownership word names ("Greek-owned": GRC)."""
    for child in word.lefts:
        if child.i == word.i - 2 and word.doc[word.i - 1].text == "-" and kb.demonym(child.text):
            return _place(document, child, kb)
    return None


def located(document: Document, token: Token, kb: KnowledgeBase) -> str | None:
    """The country of the place a party is at or in ("workers at Chile's largest mine", "fighters in Ethiopia's
    Amhara region")."""
    return _located(document, token, kb, PLACE_PREPS | {"at"})


def _located(document: Document, token: Token, kb: KnowledgeBase, preps: frozenset[str] = PLACE_PREPS) -> str | None:
    """The country of the place a noun is of or in ("the city of Kharkiv", "survivors in Syria")."""
    places = [g for p in token.children if p.dep_ == "prep" and p.lower_ in preps
              for g in p.children if g.dep_ == "pobj"]
    near = [token, *(g for p in token.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")]
    places += [g for n in near for b in n.children if b.lower_ in BEARINGS  # "at points north of Quito"
               for p in b.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if token.lemma_.lower() in BOUNDARIES:  # "its border with Finland", at times hung from the noun before it
        hosts = [token, token.head.head] if token.dep_ == "pobj" else [token]
        places = list(_prep_objects(hosts[-1], ("with",))) + list(_prep_objects(token, ("with",))) + places
    for place in places:
        named = place.ent_type_ in {"GPE", "LOC", "NORP"} or place.pos_ == "PROPN"
        if named and (code := _place(document, place, kb)) and kb.country(code):
            return code  # "in the southern Caribbean" places an act in no country
        if place.pos_ == "NOUN":  # "in the Mozambican province of Cabo Delgado"; an embassy stands in its host
            code = None if posted(place, kb) else _own_place(document, place, kb)
            code = code or _located(document, place, kb)
            if code is not None:
                return code
    return None


def event_place(document: Document, token: Token, kb: KnowledgeBase) -> str | None:
    """The country where a predicate's act takes place or that it leaves: "struck a refinery in Russia",
    "pulled out of the Congolese province of Ituri"."""
    if (code := _located(document, token, kb)) is not None:
        return code
    outs = [c for c in token.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in EXITS]
    exits = [p for c in outs for p in c.children if p.dep_ == "prep"]  # "pulled out of"
    for prep in exits + [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]:
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if (code := country_of(document, place, kb)) is not None:
                return code
    kept = [c for o in token.children if o.dep_ in ("dobj", "nsubjpass") for c in o.children if c.dep_ == "relcl"]
    return next((code for c in kept if (code := _located(document, c, kb)) is not None), None)  # "the troops it
    # keeps in Moldova"


def country_of(document: Document, token: Token, kb: KnowledgeBase) -> str | None:
    """The country of a noun phrase the actors layer has no actor for: the place it names, its demonym or
    country modifier, or the place it is of or in."""
    named = token.ent_type_ in {"GPE", "LOC", "NORP", "FAC"}
    named = named or (token.pos_ == "PROPN" and token.ent_type_ != "PERSON")
    if named and (code := _place(document, token, kb)):
        return code
    if posted(token, kb):  # "the Turkish consulate in Mosul": the sending state's, never the host's
        return _own_place(document, token, kb)
    return _own_place(document, token, kb) or _located(document, token, kb)


def posted(token: Token, kb: KnowledgeBase | None) -> bool:
    """Whether a noun names a post of a state abroad (an embassy, consulate, mission or delegation) or one posted
    there (an ambassador, an envoy)."""
    role = kb.role(token.lemma_.lower()) if kb is not None else None
    return role is not None and ("sender" in role.covers or "posted" in role.covers)


def party(document: Document, token: Token, kb: KnowledgeBase | None = None) -> Party:
    """The party a token stands for: its actor where the actors stage found one, else the noun phrase with
    the country its modifiers or its place show ("Russian banks" -> RUS)."""
    start, end = name_span(token)
    actor = document.actor_at(token.idx, token.idx + len(token.text)) or document.actor_at(start, end)
    if actor is None and token.pos_ == "PRON":
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return party(document, token.head.head, kb)  # "Russia, which invaded Ukraine": Russia
        actor = antecedent(document, token)
        if actor is None:  # "you", "it", "that": a pronoun that names no one known is no party
            return Party(actor=None, name=None)
    name = document.text[start:end]
    if actor is None and token.lemma_.lower() in GROUP_WORDS and any(c.lower_ == "the" for c in token.children):
        actor = _armed_group_before(document, token)  # "the Iran-aligned group": the armed group named before
    if actor is None and token.pos_ == "NOUN" and (named := next(
            (c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)) is not None:
        return party(document, named, kb)  # "its treaty ally, the Philippines"
    if actor is None and token.pos_ == "PROPN" and (named := next(
            (c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"
             and document.actor_at(c.idx, c.idx + len(c.text)) is not None), None)) is not None:
        return party(document, named, kb)  # "Nigeria's Chief of Defence Staff, General Haruna Tsafe"
    if actor is None or actor.country is None:
        code = country_of(document, token, kb) if kb is not None else None
        if code is None and kb is not None and (owner := _relative_owner(token)) is not None:
            code = party(document, owner, kb).country  # "Australia, whose navy held joint patrols"
        if code is None and token.pos_ == "NOUN" and (body := next(_prep_objects(token, ("of", "from")), None)):
            code = party(document, body, kb).country  # "two officials of the Indian High Commission": India's
        if code is None and kb is not None:
            code = _opening_place(document, token, kb)  # "In Manila, several hundred fishermen marched"
        if code is None and (possessor := _pronoun_owner(document, token)) is not None:
            code = possessor.country  # "Iran denied that its navy had seized the tanker": Iran's navy
        if code is None and token.pos_ == "PROPN" and (said := next(
                (c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)) is not None:
            code = party(document, said, kb).country  # "the Eagle S, a tanker of Russia's shadow fleet"
        if actor is not None and code is None:
            return Party(actor=actor.id, name=actor.name, sector=actor.sector)
        return Party(actor=None, name=name, country=code, sector=_sector(token, kb) if code else None)
    # "NATO's mission in Kosovo" is NATO's, "the US Embassy in Baghdad" the USA's, wherever they serve
    stationed = actor.sector == "IGO" or posted(token, kb)
    described = actor.kind != "state" or token.pos_ == "NOUN"  # "the new government in Bolivia", not "Bolivia"
    if kb is not None and described and not stationed and _own_place(document, token, kb) is None:
        place = _located(document, token, kb)  # "the new government in Bolivia"
        if place is not None and place != actor.country:
            return Party(actor=None, name=name, country=place, sector=actor.sector)
    return Party(actor=actor.id, name=actor.name, country=actor.country, sector=actor.sector)


def _armed_group_before(document: Document, token: Token) -> Actor | None:
    """The armed group or movement named last before a bare "the group" in its sentence or the one before."""
    lo = token.doc[max(0, token.sent.start - 1)].sent.start_char
    found = [(m.start, a) for a in document.actors if a.sector == "REB" and a.kind == "organization"
             for m in a.mentions if lo <= m.start < token.idx]
    return max(found, key=lambda f: f[0])[1] if found else None


def antecedent(document: Document, pronoun: Token) -> Actor | None:
    """The actor a pronoun stands for: for "he" or "she", the only person of that gender named in its sentence
    before it or in the two sentences before that (none where two are); for "it" or "its", the state or body
    named last before it in its sentence ("Germany allowed its missiles to be used")."""
    if pronoun.lower_ in IMPERSONAL:
        before = [(m.start, a) for a in document.actors if a.kind in ("state", "organization")
                  for m in a.mentions if pronoun.sent.start_char <= m.start < pronoun.idx]
        if before:
            return max(before, key=lambda found: found[0])[1]
        return _previous_subject(document, pronoun) if pronoun.i == pronoun.sent.start else None
    gender = PERSONAL.get(pronoun.lower_)
    if gender is None:
        return None
    sent = pronoun.sent
    for _ in range(2):
        if sent.start == 0:
            break
        sent = pronoun.doc[sent.start - 1].sent
    lo = sent.start_char
    subject = _clause_subject(pronoun)  # "X urged him": not X
    people = [a for a in document.actors if a.kind == "person" and any(lo <= m.start < pronoun.idx for m in a.mentions)
              and not (subject is not None and document.actor_at(*name_span(subject)) is a)]
    named = {a.id for a in people if a.gender == gender} or {a.id for a in people if a.gender is None}
    return document.actor(named.pop()) if len(named) == 1 else None


def _previous_subject(document: Document, pronoun: Token) -> Actor | None:
    """The state or body the sentence before is about, for "it" opening a sentence ("Russia's foreign ministry
    summoned the ambassador. It demanded ...")."""
    if pronoun.sent.start == 0:
        return None
    root = pronoun.doc[pronoun.sent.start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    actor = document.actor_at(*name_span(subject)) if subject is not None else None
    return actor if actor is not None and actor.kind in ("state", "organization") else None


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the verb an object pronoun depends on, which the pronoun cannot stand for."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    for _ in range(3):  # "telephoned his counterpart and urged him": the subject the verbs share
        found = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if found is not None or verb.dep_ != "conj":
            return found
        verb = verb.head
    return None


def _pronoun_owner(document: Document, token: Token) -> Actor | None:
    """The state or body a possessive pronoun of a noun stands for ("its navy", "their forces")."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or token.lemma_.lower() in OTHERS:
        return None  # "its ally" is another state than its owner
    return document.actor_at(owner.idx, owner.idx + len(owner.text)) or antecedent(document, owner)


def _opening_place(document: Document, token: Token, kb: KnowledgeBase) -> str | None:
    """The country of the place a clause opens with ("In Manila, ..."), for its subject ("hundreds of people")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head  # "hundreds of people": the subject is the amount
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in token.head.lefts:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < token.left_edge.i:
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                if (code := _place(document, place, kb)) is not None:
                    return code
    return None


def _relative_owner(token: Token) -> Token | None:
    """The noun a "whose" phrase belongs to: "Australia, whose navy held joint patrols": Australia."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children):
        return None
    node = token
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _sector(token: Token, kb: KnowledgeBase | None) -> str | None:
    if kb is None:
        return None
    role = kb.role(token.lemma_.lower()) or kb.role(token.lower_)
    return role.sector if role is not None else None


def modifier_parties(document: Document, token: Token, kb: KnowledgeBase | None) -> list[Party]:
    """One party per coordinated country modifier: "Colombian and Ecuadorian forces" -> COL, ECU."""
    if kb is None:
        return []
    first = next((c for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"} and c.conjuncts), None)
    if first is None:  # "the presidents of Honduras and El Salvador"
        first = next((g for g in _prep_objects(token, ("of", "from")) if g.conjuncts), None)
    if first is None:
        return []
    out = []
    for mod in (first, *first.conjuncts):
        actor = document.actor_at(*name_span(mod))
        body = actor.country if actor is not None and actor.kind in ("organization", "state") else None
        code = _place(document, mod, kb) or body  # "the US and EU statements": the EU's too
        if code is None:
            return []
        name = f"{mod.text} {token.text}"
        if actor is not None and actor.country == code:
            out.append(Party(actor=actor.id, name=actor.name, country=code, sector=actor.sector))
        else:
            out.append(Party(actor=None, name=name, country=code, sector=_sector(token, kb)))
    return out


def speaker_party(document: Document, quote: Quote) -> Party | None:
    """The party of a quotation's speaker, or None when the speaker is unknown."""
    speaker = quote.speaker
    if speaker.actor is None and speaker.name is None:
        return None
    actor = document.actor(speaker.actor)
    sector = actor.sector if actor else None
    return Party(actor=speaker.actor, name=speaker.name, country=speaker.country, sector=sector)


def same(a: Party | None, b: Party | None) -> bool:
    """Whether two parties are the same actor (or, without actors, the same name)."""
    if a is None or b is None:
        return False
    if a.actor or b.actor:
        return a.actor == b.actor
    return bool(a.name) and (a.name or "").lower() == (b.name or "").lower()
