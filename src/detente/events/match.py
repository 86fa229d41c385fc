"""Finding event predicates in a parsed sentence: which tokens match a pattern or a governing cue."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING, Any

from .lexicon import NO_EVENT, OBJECT_DEPS, Governor, Lexicon, Pattern

FELT_ABOUT = frozenset({"by", "about", "over", "at"})  # what a feeling told in the passive is about
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})  # a relative clause's stand-in for its noun

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# A noun is an event where it stands as the subject of its clause ("talks resumed"); as an object or inside
# a prepositional phrase only under a light verb ("held talks") or a governing cue ("called for talks").
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "attr", "appos", "conj", "dep"})
STATES = frozenset({"GPE", "NORP"})
ROLE_PREPS = frozenset({"as"})  # a preposition of circumstance that names a role on a verb ("deployed as peacekeepers")


NEAR = "near"  # the memo's key for the words near a token
CONTAINERS = frozenset({"package", "round", "set", "batch", "raft", "wave", "series", "slate", "tranche"})
IN_PROTEST = "140"  # an act done "in protest" at something: dissent, whatever the act ("shuttered their shops")
PROTEST_WORDS = frozenset({"protest", "defiance"})


def _near(token: Token) -> list[Token]:
    """Children and grandchildren: the words a phrasal pattern may need ("walk out of", "crack down on")."""
    out: list[Token] = []
    for child in _words(token):
        out.append(child)
        if child.dep_ in {"prt", "prep", "advmod", "dobj", "compound", "amod"}:
            out.extend(child.children)
            if child.dep_ == "dobj":  # "sent ships loaded with rice to Myanmar", "removed a bank and four
                out.extend(g for c in child.children if (c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "conj"
                           for g in c.children if g.dep_ == "prep")  # lenders from its list": prepositions
                # of the object's participle or of its last conjunct
        elif child.dep_ == "ccomp":  # "not seeing any signs by X to be engaging": a raised subject
            out.extend(g for g in child.children if g.dep_ == "nsubj")
        elif child.dep_ == "advcl":  # "called for the EU to open talks"
            out.extend(g for g in child.children if g.dep_ == "mark")
    return out


def _words(token: Token) -> list[Token]:
    """A token's dependents, without a phrase of time ("called on Tuesday" is no "call on", "a strike on Tuesday"
    no "strike on")."""
    return [c for c in token.children
            if not (c.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} and not _of_something(g)
                                             for g in c.children))]


def _of_something(period: Token) -> bool:
    """Whether a period names what filled it ("bowed to weeks of tractor blockades"): the blockades, no time."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
                                                              for g in c.children) for c in period.children)


def misread_verb(token: Token) -> bool:
    """A finite verb parsed as a modifier of its object, its subject hung from it ("Armenia massed armoured
    units", parsed as "[Armenia massed] units"); "the detained journalist" has no such subject."""
    if token.dep_ != "amod" or token.doc[token.i - 1].text == "-":  # "EU-mediated talks"
        return False
    if token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
        return True  # "denied that it had massed tanks", parsed as "[had] massed tanks"
    if token.tag_ == "VBN" and token.i > 0 and token.doc[token.i - 1].lemma_ == "have" \
            and token.head.dep_ == "dobj" and token.head.head.i == token.i - 1:
        return True  # "that it had massed tanks", parsed as "it had [massed tanks]"
    root = token.sent.root
    if root.pos_ in ("NOUN", "PROPN") and root.i < token.i and token.tag_ in ("VBD", "VBN") and token.head is not root:
        return True  # "Teachers in Gabon downed tools", parsed as "Teachers in [Gabon downed tools]", no verb
    if token.head.dep_ != "ROOT":
        return False
    if token.tag_ == "VBD" and any(c.dep_ in ("poss", "nsubj") and c.i < token.i
                                   for c in (*token.head.children, *token.lefts)):
        return True  # "Myanmar's military bombed villages", "UNICEF trucked tablets", parsed as modifiers
    return any(c.dep_ in {"npadvmod", "dep", "nsubj"} and c.pos_ == "PROPN" for c in token.lefts)


def _described(token: Token) -> bool:
    """A past participle describing a noun without naming who acted ("marines stationed aboard the ship"); one on
    a sentence whose root is no verb is the sentence's own verb, misread ("brigades massed near the border")."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.sent.root.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(c.dep_ == "agent" for c in token.children)


def _disputed_clause(token: Token, lexicon: Lexicon) -> bool:
    """A clause with a subject of its own that a report a denial rejects tells ("denied reports that its chief
    had met Taliban leaders"): the act denied, no state; one under any other noun ("an announcement that it had
    opened corridors") stays what the noun tells."""
    report = token.head
    return any(c.dep_ == "nsubj" for c in token.children) and report.lemma_.lower() in lexicon.reports and (
        disputer(report).lemma_.lower() in lexicon.disputing)


def disputer(report: Token) -> Token:
    """The verb that disputes a report: its head, or the head of its "as" ("dismissed as untrue reports that ...",
    parsed as "dismissed [as untrue reports]")."""
    return report.head.head if report.dep_ == "pobj" and report.head.lower_ == "as" else report.head


def _objects(token: Token, loose: Container[str] = ()) -> list[Token]:
    """What a verb acts on: its objects, and the nouns of its particles and prepositions, but those of
    circumstance (``loose``: "withdrew its troops under the accord" does not withdraw from the accord) and a phrase
    put before the verb ("In response, the army attacked" attacks no response)."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ in loose or child.i < token.i):
            continue
        if child.dep_ in OBJECT_DEPS:
            out.extend((child, *child.conjuncts))
            out.extend(
                g
                for p in child.children
                if p.dep_ == "prep" and p.lower_ in {"of", "in"}
                for g in p.children
                if g.dep_ == "pobj"
            )  # "$2 billion in aid", "a wave of arrests"
            out.extend(g for c in child.conjuncts for p in c.children if p.dep_ == "prep" and p.lower_ not in loose
                       for g in p.children if g.dep_ == "pobj")  # "removed a bank and two lenders from its list"
        elif child.dep_ == "ccomp":  # "accept any refugees fleeing the war": a misread object
            out.extend([child] if child.pos_ == "NOUN" else raised_object(child))  # "allowed X access"
        elif child.dep_ in {"prep", "prt", "agent", "advmod"}:
            out.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
            out.extend(g for p in child.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
    if (token.dep_ == "acl" or misread_verb(token)) and token.head.pos_ in {"NOUN", "PROPN"}:
        out.append(token.head)  # "sanctions imposed by X": the noun is the object of the participle
    own = any(c.dep_ in OBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in token.children)
    if token.dep_ == "relcl" and not own and token.head.pos_ == "NOUN":
        out.append(token.head)  # "a charge Kigali denies": the noun is the object of the relative clause
    return out


def _money(token: Token, currencies: Container[str]) -> bool:
    """An amount of money: "$5 million", "352.5 million euros" (the tagger does not always mark it)."""
    if token.ent_type_ == "MONEY":
        return True
    if token.pos_ == "NUM" and any(c.tag_ == "$" for c in token.children):
        return True  # "more than $2.5 billion", which the tagger leaves unmarked
    return token.lemma_.lower() in currencies and any(c.pos_ == "NUM" for c in token.children)


def raised_object(clause: Token) -> list[Token]:
    """The noun a participle clause misread as a complement hangs from: "accept refugees fleeing the war"
    (parsed as "accept [refugees fleeing ...]"), "extradited a businessman wanted for fraud"."""
    # "allowed monitors to return": the subject of the infinitive is the object of "allow"
    infinitive = clause.tag_ == "VB" and (any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
                                         or clause.head.lemma_ in ("let", "help", "make"))  # "let Ethiopia route"
    # "extradited a businessman wanted for fraud", the participle at times tagged as a past tense
    participle = clause.tag_ in {"VBG", "VBN", "VBD"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in clause.children
    )
    if not (infinitive or participle):
        return []
    return [g for g in clause.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}]


def fits(
    token: Token, pattern: Pattern, currencies: Container[str] = (), loose: frozenset[str] = frozenset(),
    memo: dict[object, Any] | None = None,
) -> bool:
    """Whether a token and its dependents carry every word of a pattern; ``memo`` keeps what is read of the token
    across the patterns tried on it."""
    if pattern.pos is not None and token.pos_ != pattern.pos:
        return False
    memo = {} if memo is None else memo
    if pattern.words:
        near = memo.get(NEAR)
        if near is None:
            words = _near(token)
            near = memo[NEAR] = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
        if not all(w in near for w in pattern.words):
            return False
    if pattern.obj is None:
        return True
    if pattern.obj == "*":
        return any(c.dep_ in OBJECT_DEPS for c in token.children)
    if pattern.obj == "$":  # an amount of money: "gave 50 million euros"
        return any(c.dep_ in OBJECT_DEPS and _money(c, currencies) for c in token.children)
    named = frozenset(pattern.words)  # a preposition the pattern names is no circumstance ("put under +arrest")
    key = loose - named
    objects = memo.get(key)
    if objects is None:
        objects = memo[key] = _objects(token, key)
    for obj in objects:
        titled = obj.pos_ == "PROPN" and any(c.dep_ in {"compound", "appos"} and pattern.obj in (
            c.lemma_.lower(), c.lower_) for c in obj.children)  # "summoned Japanese Ambassador Kenji Moriyama",
        # "ordered out Jonas Petersen, a German correspondent"
        if pattern.obj in (obj.lemma_.lower(), obj.lower_) or titled:
            mods = {c.lemma_.lower() for c in _words(obj)} | {c.lower_ for c in _words(obj)}
            if all(m in mods for m in pattern.obj_mods):
                return True
    return False


def lemma(token: Token, index: Container[str]) -> str:
    """The token's lemma, or a form the index knows where the tagger's lemma is off ("staged": "stag")."""
    found = token.lemma_.lower()
    if found in index or token.pos_ not in {"VERB", "AUX"}:
        return found
    text = token.lower_
    for form in (text[:-1], text[:-2], text[:-3]) if text.endswith(("ed", "es", "ing")) else ():
        if form in index:
            return form
    return found


def _index(token: Token, lexicon: Lexicon) -> list[Pattern]:
    if token.pos_ == "VERB":
        patterns = lexicon.verbs.get(lemma(token, lexicon.verbs), [])
        if not patterns and token.lower_ not in lexicon.adjectives:
            return []  # a verb the lexicon has no pattern for
        if token.dep_ == "amod" and not misread_verb(token):
            return []  # "the detained journalist" describes, it does not report
        if _described(token) and not _disputed_clause(token, lexicon):
            return []  # "marines stationed aboard the ship", "the fine imposed over its rules": a state, no act
        felt = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children) and any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in FELT_ABOUT) for c in token.children)  # "was
        # seriously concerned by the pact": the feeling, as its adjective, where it says what it is about
        return (lexicon.adjectives.get(token.lower_, []) if felt else []) or patterns
    if token.pos_ == "AUX" and token.lemma_.lower() == "be" and token.dep_ not in {"aux", "auxpass"}:
        return [p for p in lexicon.verbs.get("be", []) if p.words]  # "Azerbaijan was behind the attacks"
    lemma_ = token.lemma_.lower()
    modifier = token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}
    if modifier and token.head.lemma_.lower() not in lexicon.light_nouns:
        return []  # "a strike team", "attack helicopters": a noun modifier names a kind, not an event
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_):
        return lexicon.nouns.get(lemma_, []) or lexicon.nouns.get(token.lower_, [])
    if token.pos_ == "ADJ":
        return lexicon.adjectives.get(lemma_, [])
    return []


def sense(token: Token, lexicon: Lexicon) -> Pattern | None:
    """The most specific pattern a token fits, an event or no event ("struck a deal", "struck a note")."""
    patterns = _index(token, lexicon)
    if not patterns:
        return None
    loose = lexicon.loose_preps - ROLE_PREPS
    memo: dict[object, Any] = {}
    found = [p for p in patterns if fits(token, p, lexicon.currencies, loose, memo)]
    if not found:
        return None
    direct = {t.lemma_.lower() for c in token.children if c.dep_ in OBJECT_DEPS for t in (c, *c.conjuncts)}
    further = {g.lemma_.lower() for c in token.children if c.dep_ == "prep" for g in c.children} - direct
    size = found[0].size  # an object reached only through a preposition yields to a direct one of the same size:
    found = sorted(found, key=lambda p: (p.size != size, p.obj is not None and p.obj.split()[-1] in further))
    tied = [p for p in found if p.size == found[0].size and p.words]  # "suspended its aid [over a new law]"
    if len(tied) < 2:
        return found[0]
    return min(tied, key=lambda p: _reach(token, p))  # "rounded up lawmakers ahead of a march on parliament"


def _reach(token: Token, pattern: Pattern) -> int:
    """How far from the verb the words of a phrasal pattern stand: a particle beside it before a preposition far off
    ("rounded [up] ... a march [on] parliament": rounding up)."""
    near = _near(token)
    return sum(min((abs(t.i - token.i) for t in near if w in (t.lemma_.lower(), t.lower_)), default=99)
               for w in pattern.words)


def trigger(token: Token, lexicon: Lexicon) -> Pattern | None:
    """The most specific pattern a token fits, or None where none fits or the sense it fits is no event."""
    found = sense(token, lexicon)
    return None if found is None or found.code == NO_EVENT else found


def cue(token: Token, lexicon: Lexicon) -> Governor | None:
    """The governor role of a token ("ready", "urged", "refused"), or None; where a phrasal sense with other
    particles fits the word better, the particles decide ("called up reservists for exercises" calls for
    nothing)."""
    if token.pos_ not in {"VERB", "ADJ", "NOUN", "AUX"}:
        return None
    for pattern, governor in lexicon.cues.get(token.lemma_.lower(), []):
        if fits(token, pattern) and (not governor.negated_only or denied(token)):
            own = sense(token, lexicon)
            if own is not None and _other_sense(own, pattern, governor, lexicon):
                return None
            if governor.addressed and any(c.dep_ == "dobj" and c.ent_type_ in STATES for c in token.children):
                return lexicon.roles.get(governor.addressed, governor)  # an order to a state is a demand
            return governor
    return None


def _other_sense(own: Pattern, pattern: Pattern, governor: Governor, lexicon: Lexicon) -> bool:
    """Whether a word's own phrasal sense, with particles the cue lacks, is another act than the cue's."""
    if own.size <= pattern.size or set(own.words) <= set(pattern.words):
        return False
    if own.code == NO_EVENT or governor.default is None:
        return True
    return lexicon.codes[own.code].type != lexicon.codes[governor.default].type


def denied(token: Token) -> bool:
    """Whether a cue is negated on itself or on what it names ("not seeing any signs", "see no sign")."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for near in _near(token) for c in near.children)


PREDICATES = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})  # the parts of speech an event predicate has


def triggers(sent: SpacySpan, lexicon: Lexicon) -> dict[int, Pattern]:
    """Token index -> pattern, for every event predicate in a sentence; a verb that takes its sense from a
    container of another act yields to that act ("approved a new package of sanctions": sanctions, no aid)."""
    out = {}
    for token in sent:
        if token.pos_ not in PREDICATES:
            continue
        pattern = trigger(token, lexicon)
        if pattern is not None:
            out[token.i] = pattern
    text = sent.text.lower()
    protest = any(word in text for word in PROTEST_WORDS)
    for token in sent if protest else ():
        adjunct = _in_protest(token)
        if adjunct is not None and IN_PROTEST in lexicon.codes and (
                token.i not in out or lexicon.codes[out[token.i].code].quad <= 2
                or lexicon.codes[out[token.i].code].type == "REJECT"):
            out[token.i] = Pattern(code=IN_PROTEST, head=token.lemma_.lower())  # "blocked the bridge in protest"
            out.pop(adjunct.i, None)
    joint = lexicon.joint
    for i, pattern in list(out.items()):
        if joint.code and lexicon.codes[pattern.code].type == "MOBILIZE" and any(
                c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in joint.adjectives for a in c.children)
                for c in sent.doc[i].children):
            out[i] = Pattern(code=joint.code, head=pattern.head)  # "stepped up coordinated naval patrols": done
            # together, no show of force
    for i, pattern in list(out.items()):
        giving = lexicon.codes[pattern.code].quad <= 2  # "approved a package of ...", not "torpedoed" it
        if pattern.obj in CONTAINERS and giving and any(
                lexicon.codes[inner.code].type != lexicon.codes[pattern.code].type
                for inner in _contained(sent.doc[i], pattern, out)):
            del out[i]
    return out


def _in_protest(verb: Token) -> Token | None:
    """The noun of a verb's "in protest" or "in defiance" adjunct, which makes its act one of dissent."""
    if verb.pos_ != "VERB":
        return None
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "as") or any(
                a.pos_ in ("VERB", "AUX") for a in prep.ancestors if a.i != verb.i and verb in a.ancestors):
            continue  # "blocked the bridge for several hours in protest", not "said it acted in protest"
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in PROTEST_WORDS and not any(
                    d.dep_ == "det" and d.lower_ != "a" for d in noun.children):
                return noun
    return None


def _contained(verb: Token, pattern: Pattern, found: dict[int, Pattern]) -> list[Pattern]:
    """The patterns of the acts the verb's container object holds ("a package [of sanctions]")."""
    return [found[g.i] for c in verb.children if c.dep_ in OBJECT_DEPS and c.lemma_.lower() == pattern.obj
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj" and g.i in found]
