"""Reported speech from the parse: a cue verb, its subject (the speaker) and its clausal complement (content).

Covers "X said (that) ...", "..., X said.", "X told reporters ...", "X was quoted as saying ...",
"X said in a statement that ...", "X, for his part, insisted ...", "according to X, ...", "as X put it, ...",
what a cue takes as its object ("X denied the report", "X mocked Y for ..."), and passives: "the talks are
expected to resume", "X was accused by Y of ...", "it was reported that ...".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import quotemarks
from .found import Found
from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLIMB = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep"})
EDGE_SKIP = frozenset({"that", "whether", "if"})
MIN_CONTENT_TOKENS = 1
NOUNS = ("NOUN", "PROPN", "PRON")
NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
ASK = "ask"
SUBJECT_NOISE = frozenset({"advmod", "aux", "auxpass", "neg", "mark", "prep", "cc", "ccomp", "parataxis"})
MIN_OBJECT_TOKENS = 1
OBJECT_TAILS = frozenset({"oprd", "xcomp"})
OBJECT_PREPS = frozenset({"of", "as", "for", "to", "with", "about", "over", "against", "into"})
TIME_ENTS = frozenset({"DATE", "TIME"})
TIME_NOUNS = frozenset({"eve", "day", "morning", "afternoon", "evening", "night", "week", "weekend", "anniversary"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG"})
FOCUS = frozenset({"only", "merely", "simply", "just"})
WITHHOLDING = frozenset({"decline", "refuse"})  # "declined to say": nothing said
PARTICIPLE_DEPS = frozenset({"advcl", "conj", "dep", "ROOT", "xcomp", "acl"})
REPORTED_MARKS = frozenset({"that", "when", "whether", "if", "how", "why", "what", "where"})


NAMING_VERBS = frozenset({"call", "name", "style", "dub"})  # "calls himself 'Bout Nèg'"
STANCE_VERBS = frozenset({"recognise", "recognize", "back", "support"})  # "recognise Taipei"


def _subject(tok: Token, lexicon: Lexicon) -> Token | None:
    """The speaker subject of a cue; of two the parser gave it, the nearer ("[content ...] utilities by 9 percent,
    Paraguay's minister X said": X)."""
    found = [c for c in tok.children if (c.dep_ == "nsubj" and not c.is_punct) or (
        c.dep_ == "nsubjpass" and lexicon.lemma(tok) in lexicon.passive_speakers)]
    before = [c for c in found if c.i < tok.i]
    if len(before) > 1 and any(t.text == "," for t in tok.doc[before[-2].i : before[-1].left_edge.i]):
        return before[-1]  # the first is the end of a fronted clause the comma closes
    if len(before) > 1 and before[-1].ent_type_ == "PERSON" and before[-2].ent_type_ != "PERSON" and (
            before[-2].right_edge.i + 1 >= before[-1].left_edge.i):
        return before[-1]  # "Federal Minister for Foreign Affairs Dr. Katharina Vollrath-Engel said": the name
    subject = found[0] if found else None
    if subject is not None and subject.lemma_.lower() in TIME_NOUNS:  # "On Saturday, the eve of the meeting,
        return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), subject)  # Qatar said"
    return subject


def _stray_subject(cue: Token) -> Token | None:
    """A subject the parser attached wrongly: "Aid groups, however, warned ..." read as a clause."""
    asked = next((found for c in cue.lefts if c.dep_ == "ccomp" and (found := _asked_aside(c)) is not None), None)
    if asked is not None:
        return asked  # "Lin, asked about the interview, said ...": Lin
    opened = [g for c in cue.lefts if c.dep_ == "ccomp" for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
              and p.i > 0 and cue.doc[p.i - 1].text == "," for g in p.children
              if g.dep_ == "pobj" and any(x.dep_ == "poss" for x in g.children)]
    if opened:  # "..., Iran's foreign minister said, as Qatar's prime minister, standing beside him, said":
        return opened[-1]  # "as" opening the second clause, read as a preposition of the first
    lefts = [c for c in cue.lefts if c.dep_ not in SUBJECT_NOISE and not c.is_punct]
    if not lefts and cue.i > 0 and cue.nbor(-1).pos_ == "PROPN" and cue.nbor(-1).head.dep_ == "prep":
        return cue.nbor(-1)  # "In a meeting with the Post Trump said ...": the name ends the phrase
    if not lefts:  # "In Kanyama township, Mutinta Hamoonga, who runs a workshop, said ...": a name set off after
        names = [t for c in cue.lefts if c.dep_ == "prep" for t in c.subtree
                 if t.dep_ in ("appos", "conj") and t.pos_ == "PROPN" and t.ent_type_ not in NOT_SPEAKERS
                 and (t.dep_ == "appos" or t.head.ent_type_ not in PLACE_ENTS)]  # not "in Accra and Tema"
        if names:
            name = names[-1]  # past a title to the name after it: "Deputy Prime Minister, Ana Cebotari-Lungu"
            if name.dep_ == "conj" and name.ent_type_ in ("GPE", "ORG"):
                while name.dep_ == "conj" and name.head.ent_type_ == name.ent_type_:
                    name = name.head  # "In a statement on Wednesday, [France], Germany and Britain said"
                return name
            after = [c for c in name.rights if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
            return after[-1] if after else name
    if len(lefts) != 1 or lefts[0].dep_ not in ("advcl", "npadvmod", "dep", "dobj"):
        return None
    if lefts[0].tag_ == "VBN":  # "Asked whether he trusted Soydan, [the Greek minister], a former professor, said"
        set_off = [t for t in lefts[0].subtree if t.dep_ == "appos" and t.pos_ in NOUNS and t.i > 0
                   and t.left_edge.i > 0 and cue.doc[t.left_edge.i - 1].text == ","]
        if set_off:
            return set_off[0]
    nouns = [t for t in lefts[0].subtree if t.pos_ in NOUNS and t.ent_type_ not in NOT_SPEAKERS]
    return nouns[-1] if nouns else None


def _reporting_verb(clause: Token) -> Token | None:
    """The verb that reports ``clause``: its head for a clausal complement, or the verb whose object the
    clause's noun is ("said in a statement that ...": "said")."""
    if clause.dep_ == "ccomp":
        return clause.head
    if clause.dep_ not in ("acl", "relcl") or not (_that_clause(clause) or _reported_relative(clause)):
        return None
    tok = clause.head
    while tok.dep_ in ("pobj", "dobj", "prep") and tok.head is not tok:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _misattached(conj: Token, lexicon: Lexicon) -> bool:
    """A subjectless cue the parser coordinated with the reported clause instead of the reporting verb:
    in "X said A was fair and warned that B", "warned" hangs on "was" but goes with "said"."""
    head = conj.head
    verb = _reporting_verb(head)
    lemma = lexicon.lemma(conj)
    return (
        (lexicon.is_cue(lemma) or lemma in WITHHOLDING)  # "said A, but [declined] to name them, saying B"
        and lemma not in lexicon.beliefs  # "said A had taken note and [hoped] B": one report
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in conj.children)
        and verb is not None
        and conj.tag_ == verb.tag_  # "but [would defend] its sovereignty" goes on with the report
        and not lexicon.is_cue(lexicon.lemma(head))
        and lexicon.is_cue(lexicon.lemma(verb))
    )


def _relative(subject: Token, verb: Token) -> bool:
    """A relative pronoun as the subject of a relative clause: "a bill [that] would ..."."""
    return subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"


def _set_off(cue: Token) -> bool:
    """A participle set off by a comma, which goes with the main clause: "..., telling parliament ..."."""
    return cue.tag_ == "VBG" and cue.i > 0 and cue.nbor(-1).text == ","


def _beyond_report(tok: Token) -> Token | None:
    """The verb above the noun whose content a clause gives ("reports [that Canada had narrowed ...]"), which a
    participle set off after the clause goes on from."""
    if tok.dep_ != "acl" or tok.head.pos_ != "NOUN" or not any(c.dep_ == "mark" and c.lower_ == "that"
                                                                for c in tok.children):
        return None
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def speaker_head(cue: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the cue, climbing through "and added", "emphasising" and "was quoted as saying"."""
    if reports_on(cue, lexicon):  # "told the board that A was B, [warning] that C": the teller warns
        subject = speaker_head(cue.head.head, lexicon)
        if subject is not None:
            return subject
    earlier = next((t for t in cue.doc[cue.sent.start : cue.i] if misread_subject(t) is not None), None)
    misread = misread_subject(earlier if earlier is not None and _set_off(cue) else cue)
    if misread is not None:  # and "..., adding that ...": the same speaker goes on
        return misread.right_edge if misread.right_edge.pos_ == "PROPN" else misread  # the name the title ends in
    tok = _relative_sibling(cue, lexicon) or cue
    for _ in range(4):
        subject = _subject(tok, lexicon)
        if subject is not None and _relative(subject, tok) and _set_off(cue) and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "X presented a bill that would ..., [telling] parliament ...": X tells
            continue
        if subject is not None and tok is not cue and _set_off(cue) and (verb := _beyond_report(tok)) is not None:
            tok = verb  # "X declined to comment on reports that Canada had ..., [saying] only that ...": X says
            continue
        if subject is not None and tok is not cue and _set_off(cue) and _asked_whether(tok):
            tok = tok.head  # "X refused to say whether Tokyo would order more, [telling] reporters: ...": X tells
            continue
        if subject is not None:
            return _named_before(cue, subject) or _past_portfolio(subject)
        if tok.dep_ not in CLIMB or tok.head is tok:
            break
        verb = _reporting_verb(tok.head) if tok.dep_ == "conj" and _misattached(tok, lexicon) else None
        if verb is not None:
            tok = verb  # "X said A was fair and warned that B": X warned
            continue
        tok = tok.head
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and cue.head.pos_ in NOUNS:
        return cue.head  # "a statement saying ...", "a tweet attacking ..."
    if cue.dep_ == "acl" and cue.tag_ in ("VBD", "VBN") and cue.head.dep_ == "ROOT" and cue.head.pos_ in NOUNS:
        return cue.head  # "The Secretary-General, António Guterres, called on ...": the root is the subject
    return _main_subject(cue, lexicon) or _stray_subject(cue) or (_stray_subject(tok) if tok is not cue else None)


def _relative_sibling(cue: Token, lexicon: Lexicon) -> Token | None:
    """The relative clause's cue a subjectless cue goes on from, where the parser coordinated it with the main
    verb instead: "ended the meeting by adopting a communique that calls for A and [says] B" (the communique
    says B); told by the tense they share and the main verb does not."""
    if cue.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or cue.head.tag_ == cue.tag_:
        return None
    return next((t for t in reversed(cue.doc[cue.head.i + 1 : cue.i]) if t.dep_ == "relcl" and t.tag_ == cue.tag_
                 and lexicon.is_cue(lexicon.lemma(t))), None)


def _asked_whether(tok: Token) -> bool:
    """Whether a clause is a question put in reported speech ("say [whether Tokyo would order ...]"), which a
    participle set off after it does not go on from."""
    return tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)


def reports_on(cue: Token, lexicon: Lexicon) -> bool:
    """A participle set off after a report that the parser hung inside it, which goes on with the same
    speaker: "told the board that A was B, [warning] that C"."""
    head = cue.head
    return _set_off(cue) and cue.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX") \
        and lexicon.is_cue(lexicon.lemma(head.head)) and any(c.dep_ == "ccomp" and c.right_edge.i > c.i
                                                             for c in cue.children)


def _named_before(cue: Token, subject: Token) -> Token | None:
    """The name set off by commas right before the cue of a subject that describes someone ("the minister
    responsible for mining, Dorothy Whyte-Simpson, said"; "The head of the agency, CONRED, Roberto Chávez
    Monzón, told"), wherever the parser hung it."""
    if subject.ent_type_ == "PERSON" or subject.pos_ not in ("NOUN", "ADJ", "PROPN") or cue.i < 3:
        return None  # a title is a proper noun at times: "Spain's Minister of Education, ..., Aurora Salcedo, said"
    comma, last = cue.nbor(-1), cue.nbor(-2)
    named = last.ent_type_ == "PERSON" or (last.dep_ == "appos" and last.head.i == subject.i and last.pos_ == "PROPN")
    if comma.text != "," or not named or not subject.i < last.i:  # "The M23's spokesman, Corneille Bahati Rukundo,"
        return None
    first = last.left_edge.i
    # set off by commas on both sides: "... in Lomé, said" names a place, not the speaker
    return last if first > 0 and cue.doc[first - 1].text == "," else None


def _past_portfolio(subject: Token) -> Token:
    """The person a subject names past the portfolio the parser took for it: in "Lands and Natural Resources
    Minister Kofi Amponsah Darko said", "Lands" heads the subject and the name is coordinated with it."""
    if subject.ent_type_ or not subject.text[:1].isupper():
        return subject
    end = max((c.right_edge for c in (subject, *subject.conjuncts)), key=lambda t: t.i)
    if end.ent_type_ == "PERSON" and end.i > subject.i:  # "President of ... and Chairman of the Authority of
        return end  # Heads of State and Government Abdulrahman Olusola Bankole": the name the titles end in
    named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > subject.i]
    if named:
        return named[0]  # "Deputy Director and Representative in Yemen [Amira Haddad]": the name the titles run into
    names = [c for c in subject.conjuncts if c.i > subject.i and c.pos_ == "PROPN" and c.text[:1].isupper()
             and c.ent_type_ in ("PERSON", "")]
    return names[-1] if names else subject  # the last: "Fisheries and Ocean Resources Minister Ama Boateng"


def _main_subject(cue: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the main clause a participle set off by a comma goes with, wherever the parser hung it:
    "X presented a plan to double Y, [telling] parliament ..."."""
    if not _set_off(cue):
        return None
    tok = cue
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        subject = _subject(tok, lexicon) if tok.pos_ in ("VERB", "AUX") else None
        if subject is not None and not _relative(subject, tok):
            return subject
    return None


def issuer(speaker: Token, lexicon: Lexicon) -> Token:
    """The body a document stands for: "a statement [from the ministry]" speaks for the ministry."""
    if speaker.lemma_.lower() not in lexicon.source_documents:
        return speaker
    for prep in speaker.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.pos_ in ("NOUN", "PROPN"):
                return body
    return speaker


def _loose(tok: Token) -> bool:
    """An edge token that is no part of the content: punctuation, space or a dangling conjunction."""
    return (tok.is_punct and tok.text not in quotemarks.ALL) or tok.is_space or tok.dep_ == "cc"


def _balanced(doc: Doc, start: int, end: int) -> int:
    """``end`` moved past a closing mark that the content opened but the parse left outside."""
    inside = "".join(t.text for t in doc[start:end])
    curly_open = sum(map(inside.count, quotemarks.OPEN_DOUBLE)) > sum(map(inside.count, quotemarks.CLOSE_DOUBLE))
    if not curly_open and inside.count('"') % 2 == 0:
        return end
    for i in range(end, min(end + 2, len(doc))):
        if doc[i].text in quotemarks.CLOSING:
            return i + 1
    return end


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character bounds of tokens [start, end) less loose edges and a leading complementiser."""
    while start < end and (
        _loose(doc[start]) or (doc[start].lower_ in EDGE_SKIP and doc[start].dep_ == "mark")
        or (doc[start].lower_ == "that" and doc[start].dep_ == "dobj" and doc[start].head.dep_ == "relcl")
        or (doc[start].lower_ in FOCUS and start + 1 < end and doc[start + 1].lower_ == "that")
    ):
        start += 1  # "saying [only] that ...": the focus word is the reporter's
    while end > start and _loose(doc[end - 1]):
        end -= 1
    end = _balanced(doc, start, end)
    if end - start < MIN_CONTENT_TOKENS:
        return None
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def _that_clause(clause: Token) -> bool:
    """A clause opened by "that" with a subject of its own: a complement, not a relative clause."""
    lefts = list(clause.lefts)
    opens = any(c.lower_ == "that" and c.dep_ in ("mark", "advmod") for c in lefts)
    return opens and any(c.dep_ in ("nsubj", "nsubjpass") for c in lefts)


def _reported_relative(clause: Token) -> bool:
    """A clause the parser read as relative, with "that" as its object, that reads as a report: its own subject
    and a modal, a past perfect, a copula or an object of its own ("told reporters after the signing [that the
    markets would reopen]", "after the closing session [that the region had drawn lessons]")."""
    lefts = list(clause.lefts)
    that = any(c.lower_ == "that" and c.dep_ == "dobj" for c in lefts)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in lefts)
    backshifted = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "had") for c in lefts) \
        or clause.lemma_ == "be"
    objected = any(c.dep_ == "dobj" and c.lower_ != "that" for c in clause.children)  # "that" is no object then
    return that and subject and (backshifted or objected)


def _noun_clause(cue: Token) -> Token | None:
    """A that-clause the parser hung on a noun after the cue: "said in a statement that ...", "reported at
    the time that ...", "told a meeting of leaders that ...", "told a briefing the same day that ..."."""
    for child in cue.rights:
        nouns = [child] if child.dep_ in ("dobj", "npadvmod") else [n for n in child.children if n.dep_ == "pobj"]
        for noun in nouns:
            for tok in noun.subtree:
                if tok.dep_ in ("acl", "relcl", "ccomp") and tok.i > cue.i and (
                    _that_clause(tok) or (tok.dep_ == "relcl" and _reported_relative(tok))
                ):
                    return tok
    return None


def _around(doc: Doc, head: Token, cut: Token) -> list[tuple[int, int]]:
    """The head's clause without the attribution ``cut`` inside it, as character spans."""
    pieces = [(head.left_edge.i, cut.left_edge.i), (cut.right_edge.i + 1, head.right_edge.i + 1)]
    spans = [_trimmed(doc, s, e) for s, e in pieces if e > s]
    return [s for s in spans if s]


def clause_span(clause: Token) -> tuple[int, int] | None:
    """Character bounds of a clause, less its complementiser and loose edges."""
    return _trimmed(clause.doc, clause.left_edge.i, clause.right_edge.i + 1)


def _clause_parts(doc: Doc, first: Token, last: Token, cut: Token | None = None) -> list[tuple[int, int]]:
    span = _trimmed(doc, first.left_edge.i, cut.left_edge.i if cut is not None else last.right_edge.i + 1)
    return [span] if span else []


def reported_clause_parts(clause: Token, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The clause, less a cue coordinated with it by mistake ("said A was fair [and warned that B]") and a time
    the parser hung on it that stands right after the cue ("said [on Monday] the talks would resume": when it
    was said)."""
    cut = next((c for c in clause.rights if c.dep_ == "conj" and _misattached(c, lexicon)), None)
    cut = cut or _vehicle(clause, lexicon)
    end = cut.left_edge.i if cut is not None else clause.right_edge.i + 1
    span = _trimmed(clause.doc, _after_leading_time(clause), end)
    return [span] if span else []


VEHICLE_PREPS = frozenset({"in", "during", "at"})
VEHICLE_SCENES = frozenset({"interview", "speech", "briefing", "conference", "address", "post", "tweet"})


def _vehicle(clause: Token, lexicon: Lexicon) -> Token | None:
    """A closing phrase set off by a comma that names the text or the occasion the words came in, not what they
    say ("called on Myanmar to agree to a ceasefire[, in a joint communique issued on Thursday]")."""
    while (conj := [c for c in clause.rights if c.dep_ == "conj"]) and conj[-1].right_edge.i == clause.right_edge.i:
        clause = conj[-1]  # "to agree to a ceasefire and to open talks[, in a communique ...]"
    rights = [c for c in clause.rights if c.dep_ == "prep"]
    last = rights[-1] if rights else None
    if last is None or last.lower_ not in VEHICLE_PREPS or last.right_edge.i != clause.right_edge.i:
        return None
    if last.i == 0 or clause.doc[last.i - 1].text != ",":
        return None
    noun = next((c for c in last.children if c.dep_ == "pobj"), None)
    words = lexicon.source_documents | VEHICLE_SCENES
    return last if noun is not None and noun.lemma_.lower() in words else None


def _after_leading_time(clause: Token) -> int:
    """Where a clause starts past a time that opens it right after its cue, with the clause's subject after."""
    first = clause.left_edge
    if first.i != clause.head.i + 1 or clause.head.i > clause.i:
        return first.i
    time = next((c for c in clause.lefts if c.left_edge.i == first.i and (
        c.ent_type_ in TIME_ENTS or (c.dep_ == "prep" and any(g.ent_type_ in TIME_ENTS for g in c.children)))), None)
    if time is None:
        return first.i
    after = time.right_edge.i + 1
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i >= after for c in clause.children)
    return after if subject else first.i


def _clausal_complement(cue: Token) -> Token | None:
    """The cue's ccomp, the one after it first: in "It is unlikely; the team says she will go on" the parser
    may hang the clause before the cue on it as well."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    return next((c for c in clauses if c.i > cue.i), clauses[0] if clauses else None)


def _backshifted_conj(cue: Token, clause: Token) -> Token | None:
    """A subjectless modal verb the parser coordinated with the cue, which goes on with the report: in "X added
    that Quito was calm but [would protect] its investors", X does not "would protect"."""
    for conj in cue.rights:
        if conj.dep_ != "conj" or conj.i < clause.i:
            continue
        deps = {c.dep_: c for c in conj.children}
        if "nsubj" not in deps and "nsubjpass" not in deps and "aux" in deps and deps["aux"].tag_ == "MD":
            return conj
        if _passive_continuation(conj):
            return conj
    return None


def _passive_continuation(conj: Token) -> bool:
    """A subjectless passive with an infinitive coordinated with a cue, which says more of what was reported:
    in "X said it could be put to a vote and [was expected] to pass", X was not expected."""
    deps = {c.dep_ for c in conj.children}
    return conj.dep_ == "conj" and "auxpass" in deps and "xcomp" in deps and not deps & {"nsubj", "nsubjpass"}


def _fronted_subject(cue: Token, clause: Token) -> list[tuple[int, int]]:
    """The subject of a subjectless clause written before the cue: in "The sanctions, she told the BBC, had
    failed" the parser hangs "sanctions" on "told" and leaves "had failed" without a subject."""
    if clause.i < cue.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return []
    noun = next((c for c in cue.lefts if c.dep_ == "dep" and c.pos_ in NOUNS), None)
    span = _trimmed(cue.doc, noun.left_edge.i, noun.right_edge.i + 1) if noun is not None else None
    return [span] if span else []


def _leading_clauses(cue: Token, clause: Token) -> list[tuple[int, int]] | None:
    """All of the sentence before a trailing cue when the parser split it into several clauses: in "Thailand
    believes a corridor is the best step, a diplomat said" both "believes" and "is" hang on "said"."""
    before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if clause.i > cue.i or len(before) < 2:
        return None
    return _clause_parts(cue.doc, before[0], before[-1])


def _complement(cue: Token, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The content the cue governs: a that-clause, an object with its infinitive, or a plain object."""
    doc, lemma = cue.doc, lexicon.lemma(cue)
    kids = {c.dep_: c for c in reversed(list(cue.rights))}
    clause = _clausal_complement(cue) or _noun_clause(cue)
    if clause is None and lemma in lexicon.verbs:
        clause = next((c for c in cue.rights if c.dep_ == "advcl" and _reported_clause(c)), None)
    control = lemma in lexicon.control_verbs and "xcomp" in kids
    if clause is not None and not (control and kids["xcomp"].i < clause.i):
        more = _backshifted_conj(cue, clause)
        if more is not None:
            return _clause_parts(doc, clause, more)
        parts = _leading_clauses(cue, clause) or reported_clause_parts(clause, lexicon)
        return _fronted_subject(cue, clause) + parts
    if control:
        return _clause_parts(doc, kids.get("dobj") or kids["xcomp"], kids["xcomp"], _vehicle(kids["xcomp"], lexicon))
    if "dobj" in kids and lemma in lexicon.verbs and _that_clause_object(kids["dobj"]):
        span = _trimmed(doc, kids["dobj"].left_edge.i + 1, kids["dobj"].right_edge.i + 1)  # without "that"
        return [span] if span else []
    return _object(cue, lemma, kids, lexicon) or _prepositional(cue, lemma, lexicon)


def _takes_object(lemma: str, lexicon: Lexicon) -> bool:
    """Whether the verb's object is what was said or thought ("noted the rule"), not whom it was said to."""
    if lemma in lexicon.object_verbs | lexicon.predicative_verbs:
        return True
    return lemma in lexicon.verbs and lemma not in lexicon.clause_only_verbs


def _temporal(tok: Token) -> bool:
    """A time adjunct that may stand between a cue's object and the rest of it: "accused China [on Thursday]
    of ...", "agreed [on Friday] to ..."."""
    if tok.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTS for c in tok.children)
    return tok.dep_ in ("npadvmod", "advmod") or tok.ent_type_ in TIME_ENTS


def _object_end(cue: Token, first: Token) -> Token:
    """The last piece of what an object says: "mocked [Romney] [for not releasing his returns]"."""
    last = first
    for child in cue.rights:
        if child.i <= first.i or child.is_punct:
            continue
        if child.dep_ in OBJECT_TAILS or (child.dep_ == "prep" and child.lower_ in OBJECT_PREPS):
            last = child
        elif not (_temporal(child) or child.dep_ == "prep"):
            break  # a place or time may stand between: "attacked rivals [on stage] for taking donations"
    predicate = [c for c in cue.rights if c.dep_ == "oprd" and c.i > last.i]
    return predicate[0] if predicate else last  # "called [her vote] in favour of the war [a mistake]"


LAND_CLAIMS = frozenset({"claim"})  # verbs of laying claim to land as well as of saying
LANDS = frozenset({"region", "island", "islands", "territory", "land", "area", "sea", "waters", "atoll", "reef",
                   "shoal", "province", "town", "city", "village", "enclave", "peninsula", "border", "strip", "zone",
                   "archipelago", "field", "rock", "islet", "mountain", "valley", "river"})


def _land(lemma: str, noun: Token) -> bool:
    """Whether a verb of claiming has land for its object ("the region", "all of the South China Sea")."""
    nouns = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj")]
    return lemma in LAND_CLAIMS and any(n.lemma_.lower() in LANDS or n.ent_type_ in ("GPE", "LOC", "FAC")
                                        for n in nouns)


def _object(cue: Token, lemma: str, kids: dict[str, Token], lexicon: Lexicon) -> list[tuple[int, int]]:
    """ "denied the allegations", "accused Greece of violations", "called the plan a betrayal"."""
    if "dobj" not in kids or not _takes_object(lemma, lexicon):
        return []
    if any(c.dep_ == "neg" for c in cue.children) or any(
            c.dep_ == "nsubj" and any(d.lower_ in ("neither", "no") for d in c.children) for c in cue.children):
        return []  # "The statement did not mention Turkey", "Neither president mentioned it": nothing said of it
    first = kids["dobj"]
    if lemma in lexicon.question_cues and (_named(first) or first.pos_ == "PRON" or first.ent_type_ == "PERSON"
                                           or any(c.dep_ == "nummod" for c in first.children)):
        return []  # "questioned the health secretary, Sione Vea", "two members of ...": asked, said nothing
    last = _object_end(cue, first)
    if lemma in lexicon.predicative_verbs and last is first:
        return []  # "called a meeting" says nothing; "called the plan a betrayal" does
    if last is first and first.ent_type_ == "GPE" and first.right_edge.i == first.i and lemma in STANCE_VERBS:
        return []  # "countries that recognise Taipei", "backed Kyiv": a stance toward a state, no words
    if _land(lemma, first):
        return []  # "claims almost all of the South China Sea": land claimed, no words
    size = last.right_edge.i + 1 - first.left_edge.i
    if size < MIN_OBJECT_TOKENS or (size == 1 and first.pos_ == "PRON"):
        return []  # "denied it" names no content; "denied the report" does
    return _clause_parts(cue.doc, first, last)


def _named(token: Token) -> bool:
    """Whether an object names someone: a name, or a noun with a name in apposition ("the secretary, X")."""
    return token.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)


def _prepositional(cue: Token, lemma: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """ "called for a ceasefire", "warned of a new war", "called on Iran to return to talks"."""
    preps = lexicon.prep_cues.get(lemma, ())
    for prep in cue.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps and not _temporal(prep) and not _absolute(prep):
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                last = _topic_end(cue, next((c for c in cue.rights if c.dep_ == "xcomp" and c.i > prep.i),
                                            objects[-1]))
                return _clause_parts(cue.doc, objects[0], last, _vehicle(last, lexicon))
        if prep.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in preps and c.i == cue.i + 1
                                        for c in prep.children):  # "called [for] both sides to reopen ...", the
            return _clause_parts(cue.doc, cue.doc[cue.i + 2], prep, _vehicle(prep, lexicon))  # "for" read as a mark
    return []


def _absolute(prep: Token) -> bool:
    """ "agreed on aid, [with Hungary refusing to join]": a clause with its own subject, set off by a comma,
    is the circumstance of the act, not what the cue is about."""
    after_comma = prep.i > 0 and prep.nbor(-1).text == ","
    clause = any(c.dep_ == "pcomp" and any(g.dep_ == "nsubj" for g in c.children) for c in prep.children)
    return after_comma and clause


def _topic_end(cue: Token, last: Token) -> Token:
    """``last`` moved over the cue's prepositions that go on right after it: "agreed with X [about the winner]"."""
    for child in cue.rights:
        if child.i <= last.right_edge.i:
            continue
        if child.dep_ != "prep" or child.lower_ not in OBJECT_PREPS or child.i != last.right_edge.i + 1:
            break
        last = child
    return last


def _that_clause_object(obj: Token) -> bool:
    """A that-clause the parser read as an object: "lamented that [weapons] kept flowing"."""
    lefts = list(obj.lefts)
    return bool(lefts) and lefts[0].lower_ == "that" and any(c.dep_ in ("acl", "relcl") for c in obj.rights)


def _reported_clause(clause: Token) -> bool:
    """An adverbial clause the parser made of reported content: "X said after the talks he would resign"."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return has_subject and all(m in REPORTED_MARKS for m in marks)


def _asked_aside(cue: Token) -> Token | None:
    """The subject of "asked" read as the verb of a speaker set off before a later cue ("Lin, asked about the
    interview on Monday, said ..."): the one asked, who speaks in the cue after."""
    if cue.lemma_.lower() != ASK or cue.i < 2 or cue.nbor(-1).text != "," or cue.head.i <= cue.i:
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or subject.right_edge.i not in (cue.i - 2, cue.i - 1) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in cue.head.children):
        return None
    return subject


def _between_commas(cue: Token) -> bool:
    """An attribution set off inside its content: "The two sides, he noted, had agreed to talks"."""
    doc, first, last = cue.doc, cue.left_edge.i, cue.right_edge.i
    marks = (",", "—", "–")
    before = doc[first].text in marks or (first > 0 and doc[first - 1].text in marks)
    after = doc[last].text in marks or (last + 1 < len(doc) and doc[last + 1].text in marks)
    return before and after and first > cue.head.left_edge.i


def _inside_subject(cue: Token) -> bool:
    """A cue set off inside the subject of the sentence it reports, which the parser hung on the subject (no
    relative clause: "The plan, which he announced, is ..." reports nothing)."""
    head = cue.head
    return (
        cue.dep_ in ("parataxis", "relcl")
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i > cue.i
        and not any(t.tag_ in ("WDT", "WP", "WP$") for t in cue.subtree)
        and _between_commas(cue)
    )


def misread_subject(cue: Token) -> Token | None:
    """The titled speaker the parser set in apposition to the content's last noun: in "A will not let B decide
    its trade routes, Minister of Foreign Affairs ... Daniyar Tokhtarov said", "routes" is the cue's subject and
    the minister its apposition."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if subject is None or cue.dep_ not in ("ccomp", "conj", "advcl"):
        return None
    return next((a for a in subject.children if a.dep_ == "appos" and subject.i < a.i and a.text[:1].isupper()
                 and a.right_edge.i + 1 == cue.i and cue.doc[a.left_edge.i - 1].text == ","
                 and any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.ent_type_ == "") for t in a.subtree)),
                None)


def content_parts(cue: Token, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Character spans of the cue's content: what it governs, or the clause it interrupts."""
    if _asked_aside(cue) is not None:
        return []  # "Lin, asked about the interview, said ...": she was asked, and what she said follows
    misread = misread_subject(cue)
    if misread is not None:
        span = _trimmed(cue.doc, cue.sent.start, misread.left_edge.i - 1)
        return [span] if span else []
    if cue.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))
                                                  for c in cue.children):
        return []  # "who calls himself 'Bout Nèg'": a name taken, no words said
    parts = _complement(cue, lexicon)
    if parts or lexicon.lemma(cue) not in lexicon.verbs:
        return parts
    head = cue.head
    if head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and head.head.i > cue.i:
        head = head.head  # "Though A was calm, he said, B could be harder": the sentence around the cue
    elif _inside_subject(cue):
        head = head.head  # "The difference, he told me, is that ...": the parser hung the cue on the subject
    as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "mark" and c.lower_ != "as") for c in cue.children):
        return []  # "before the text was agreed": a clause of its own, no one's words around it
    trailing = head.i < cue.i and cue.right_edge.i + 1 >= head.right_edge.i
    if cue.dep_ == "advcl" and trailing and not as_clause and not any(c.dep_ == "nsubj" for c in cue.children):
        return []  # "The minister, asked the same question, answered in Arabic": the parser's clause, no words
    if (
        (cue.dep_ in ("parataxis", "ccomp", "advcl") or _inside_subject(cue))
        and head.pos_ in ("VERB", "AUX")
        and (trailing or as_clause or _between_commas(cue))
    ):
        if cue.dep_ == "ccomp" and lexicon.is_cue(lexicon.lemma(head)):
            return []
        return _whole_sentence(cue, head) or _around(cue.doc, head, cue)
    if _trailing_conj(cue, head):  # `A will keep X "for the winter, and every winter after it", Y told the House`
        subject = next(c for c in cue.children if c.dep_ == "nsubj")
        span = _trimmed(cue.doc, head.left_edge.i, subject.left_edge.i)
        return [span] if span else []
    return []


def _whole_sentence(cue: Token, head: Token) -> list[tuple[int, int]]:
    """The sentence before a closing attribution the parser buried in a clause of the content ("A is ready and
    will not let B hold C hostage, Minister X told the paper": all before the comma, not "B hold")."""
    sent = cue.sent
    root = sent.root
    subject = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    if head.i == root.i or head.dep_ != "ccomp" or subject is None:
        return []  # only a cue the parser made a clause of a clause the content reports
    comma = subject.left_edge.i - 1
    if comma <= sent.start or cue.doc[comma].text != "," or not root.i < comma:
        return []
    span = _trimmed(cue.doc, sent.start, comma)
    return [span] if span else []


def _trailing_conj(cue: Token, head: Token) -> bool:
    """A cue the parser coordinated with the clause it closes: its own subject, set off by a comma after the
    clause, nothing reported of its own."""
    doc = cue.doc
    subject = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    first = subject.left_edge.i if subject is not None else 0
    return (cue.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and 0 < head.i < first and doc[first - 1].text == ","
            and not any(c.dep_ in ("ccomp", "xcomp") for c in cue.children))


def _according(doc: Doc, lexicon: Lexicon, text: str) -> Iterator[Found]:
    """ "according to X, ...": X speaks, the clause the phrase hangs on is the content."""
    starts = doc.to_array("IDX").tolist()
    for phrase in lexicon.source_after:
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, phrase)) + r"\b", re.IGNORECASE)
        for m in pattern.finditer(text):
            i = bisect.bisect_left(starts, m.start())
            n = len(phrase)
            if i + n > len(doc) or doc[i].idx != m.start():
                continue
            first, last = doc[i], doc[i + n - 1]
            source = next((c for c in last.children if c.dep_ == "pobj"), None)
            if source is None or first.head is first:
                continue
            source = issuer(source, lexicon)
            root = first.sent.root
            if root.i < i < first.head.i and doc[i - 1].text == ",":  # "A did B last year, according to X, much
                span = _trimmed(doc, first.sent.start, i - 1)  # of it C": the clause before, not what follows
                parts = [span] if span else []
            else:
                parts = _around(doc, first.head, first)
            if parts:
                span = (first.idx, last.idx + len(last.text))
                yield Found(parts, " ".join(phrase), span, source, cue_tokens=set(range(i, i + n)))


PASSIVE_RESTS = frozenset({"xcomp", "oprd", "ccomp"})
PASSIVE_PREPS = frozenset({"of", "for", "as", "with", "to"})


def _passive_rest(cue: Token) -> Token | None:
    """What the passive cue says of its subject: "expected [to resume]", "accused [of fraud]"."""
    for child in cue.rights:
        if child.dep_ in PASSIVE_RESTS:
            return child
        if child.dep_ == "prep" and child.lower_ in PASSIVE_PREPS and any(
            c.dep_ in ("pobj", "pcomp") for c in child.children
        ):
            return child
    return None


def _expletive(cue: Token) -> bool:
    """ "it was reported that ...": the passive subject is a placeholder, not a speaker."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in cue.lefts)


def _passive_pieces(subject: Token, rest: Token | None) -> list[tuple[int, int]]:
    """Token ranges of a passive attribution's content: the subject and what is said of it."""
    pieces = [(subject.left_edge.i, subject.right_edge.i + 1)]
    if rest is None:
        return pieces
    first = rest.left_edge.i + 1 if rest.dep_ == "prep" else rest.left_edge.i
    if subject.lower_ == "it" and rest.dep_ == "ccomp":
        return [(first, rest.right_edge.i + 1)]
    return [*pieces, (first, rest.right_edge.i + 1)]


def passive(cue: Token, lexicon: Lexicon) -> Found | None:
    """ "X is expected to ...", "X was accused of ...", "it is thought that ...", "X was endorsed by Y": the
    passive subject is part of the content, and the speaker, when the text names one, is in the by-phrase."""
    subject = next((c for c in cue.lefts if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    rest = _passive_rest(cue) or (_passive_rest(speaker) if speaker is not None else None)
    if subject is None or (rest is None and speaker is None) or _land(lexicon.lemma(cue), subject):
        return None  # "the region has been claimed by Venezuela": land claimed, no words
    spans = [_trimmed(cue.doc, s, e) for s, e in _passive_pieces(subject, rest)]
    parts = [s for s in spans if s]
    if not parts:
        return None
    return Found(parts, lexicon.lemma(cue), (cue.idx, cue.idx + len(cue.text)), speaker, cue_tokens={cue.i})


def _passive_cue(tok: Token, lemma: str, lexicon: Lexicon) -> bool:
    """Whether ``tok`` attributes in the passive: a passive cue, or any cue with a by-phrase."""
    if not any(c.dep_ == "nsubjpass" for c in tok.lefts):
        return False
    agent = any(c.dep_ == "agent" for c in tok.children)
    if lemma in lexicon.passive_speakers and not (agent or _expletive(tok)):
        return False  # "X was quoted as saying": X speaks
    return lemma in lexicon.passive_cues or (lexicon.is_cue(lemma) and agent)


def _bare_participle(tok: Token) -> bool:
    """A participle clause with no subject or auxiliary of its own: "Asked whether ...", "citing ..." (a
    past form opening a clause before its head is one, whatever its tag)."""
    fronted = tok.tag_ == "VBD" and tok.dep_ == "advcl" and tok.i < tok.head.i
    return (
        (tok.tag_ in ("VBN", "VBG") or fronted)
        and tok.dep_ in PARTICIPLE_DEPS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children)
    )


def _embedded_question(tok: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A cue inside a question ("declined to comment on [whether the party would back] the bill"), one whose
    particle makes it no speech ("are [called up] by lottery"), or speech refused ("declined to [say] how much
    it would cost", "[refused] to say whether ...")."""
    question = tok.dep_ in ("ccomp", "pcomp", "xcomp") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children)
    particle = any(c.dep_ == "prt" and c.lower_ in lexicon.phrasal_not_cues.get(lemma, ()) for c in tok.children)
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in WITHHOLDING
    refusing = lemma in WITHHOLDING and any(
        c.dep_ == "xcomp" and lexicon.is_cue(lexicon.lemma(c)) for c in tok.children)
    unsaid = any(c.dep_ == "neg" and c.i < tok.i for c in tok.children) and any(  # "did not say whether China
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "whether" for m in c.children)  # would attend"
        for c in tok.children)
    return question or particle or refused or refusing or unsaid


def _not_speech(tok: Token, lemma: str, lexicon: Lexicon) -> bool:
    """A cue used as something other than speech by the sentence's subject: a passive participle ("Asked
    whether Seoul would send troops, Park said ...": the reporter asked, Park answers), or a verb listed in
    ``participle_not_cues`` as a participle adjunct ("raised rates, citing concerns over inflation")."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl" and lemma in lexicon.participle_not_cues:
        return True  # "a fibre-optic cable linking Germany and Finland"
    if tok.dep_ == "relcl" and lemma in lexicon.participle_not_cues and any(
            c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in tok.children):
        return True  # "the route, which would link Azerbaijan with Nakhchivan", "a declaration which cites an act"
    if not _bare_participle(tok):
        return False
    passive = tok.tag_ in ("VBN", "VBD") and tok.dep_ == "advcl" and (
        tok.i < tok.head.i or lemma in lexicon.question_cues)  # "He did not answer when asked whether ..."
    adjunct = tok.tag_ == "VBG" and lemma in lexicon.participle_not_cues
    return passive or (adjunct and not lexicon.is_cue(lexicon.lemma(tok.head)))  # "said ..., citing X" cites


def _candidates(doc: Doc, lexicon: Lexicon) -> list[int]:
    """Indices of verbs whose lemma or form is a cue, read from the parse's arrays (fast on long texts)."""
    from spacy.symbols import AUX, VERB

    cues = lexicon.hashes()
    rows = doc.to_array(["POS", "LEMMA", "LOWER"]).tolist()
    return [
        i
        for i, (pos, lemma, lower) in enumerate(rows)
        if pos in (VERB, AUX) and (lemma in cues or lower in cues)
    ]


def reported(doc: Doc, lexicon: Lexicon, used: set[int], text: str) -> Iterator[Found]:
    """Every attribution by a cue verb or phrase whose token is not in ``used`` (``text``: the doc's text)."""
    for i in _candidates(doc, lexicon):
        tok = doc[i]
        lemma = lexicon.lemma(tok)
        if i in used or _embedded_question(tok, lemma, lexicon):
            continue
        if _passive_cue(tok, lemma, lexicon):
            found = passive(tok, lexicon)
            if found is not None:
                yield found
                continue
        if not lexicon.is_cue(lemma) or _not_speech(tok, lemma, lexicon):
            continue
        if _passive_continuation(tok) and lexicon.is_cue(lexicon.lemma(tok.head)):
            continue  # part of the report of the cue it is coordinated with
        speaker = speaker_head(tok, lexicon)
        if speaker is None:
            continue
        speaker = issuer(speaker, lexicon)
        parts = content_parts(tok, lexicon)
        if parts:
            yield Found(
                parts, lexicon.lemma(tok), (tok.idx, tok.idx + len(tok.text)), speaker, cue_tokens={tok.i}
            )
    yield from _according(doc, lexicon, text)
