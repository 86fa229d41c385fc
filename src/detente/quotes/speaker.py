"""Speakers: the mention as written in the attribution, and the actor it refers to.

A speaker's name is the actor's: the knowledge base's, or a person's full name; a body or a person the article
does not name and the knowledge base does not hold is named as the article first writes it, article included ("The
Polish Border Guard", "A senior Western diplomat", "a State Department spokesperson")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..datelines import DATELINE
from ..document import Actor, Document, Span, Speaker
from ..kb import NAME_PARTICLES
from ..nlp import entity_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
PREMODIFIERS = frozenset({"det", "poss", "amod", "compound", "nmod", "nummod", "quantmod", "case", "punct"})
OF_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with", "in", "to", "on"})
TOPIC_PREPOSITIONS = frozenset({"to", "on"})  # "mission to the UN", "report on Iran"; not "on Monday"
MAX_MENTION_TOKENS = 12
ACRONYM = re.compile(r"[A-Z]{2,6}")  # an organisation written by its initials
DATELINE_PARAGRAPHS = 3  # a title and a line of credits may come before the dateline
PROPER_NAME = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+")  # two or more capitalised words
TITLED_NAME = re.compile(r"(?:[a-z][\w-]* )+([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+)")  # a lower-case title, then a name
ARTICLES = ("the ", "a ", "an ")
ANONYMITY = frozenset({"named", "identified", "authorised", "authorized", "anonymity", "quoted", "publicly",
                       "anonymous"})  # words of a clause on why a source is unnamed
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"})


JOINT_NOUNS = frozenset({"government", "country", "nation", "state", "capital"})  # "the three governments"
JOINT_COUNTS = frozenset({"both", "two", "three", "four", "five", "six"})
LOOK_BACK_TOKENS = 200  # how far back "the three governments" looks for the states named together


def _entity(tok: Token) -> tuple[int, int] | None:
    """Token bounds of the named entity the token belongs to, if it is a name."""
    if tok.ent_type_ not in NAME_LABELS:
        return None
    return entity_bounds(tok)


def mention_tokens(head: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the speaker mention headed by ``head``.

    A person's name is the name itself ("Paula Pinho" in "chief spokesperson Paula Pinho"); any other speaker
    is its noun phrase as written ("Pakistan's foreign ministry", "a spokesman for the ministry").
    """
    start, end = _mention_bounds(head)
    doc = head.doc
    while start < end - 1 and doc[start].pos_ in ("VERB", "AUX"):
        start += 1  # `Said Ellis: "..."`: the cue is no part of the name
    label = next((t for t in range(start + 1, end) if doc[t].text in (":", "*", "**", ":*", ":**")), None)
    if label is not None:
        end = label  # "**Al-Harthi:** Letters of intent": the label ends the name, whatever the tagger took
    while end > start + 1 and not any(c.isalnum() for c in doc[end - 1].text):
        end -= 1  # "**Grace Wanjiru:**": the label's marks are no part of the name, whatever the tagger says
    return start, end


def _mention_bounds(head: Token) -> tuple[int, int]:
    ent = _entity(head)
    if ent and head.ent_type_ == "PERSON":
        nxt = head.doc[ent[1]] if ent[1] < len(head.doc) else None
        number = nxt is not None and nxt.dep_ == "nummod" and ent[0] <= nxt.head.i < ent[1]  # "Order No. 41"
        return (ent[0], ent[1] + 1) if number else ent
    described = head.pos_ == "NOUN" or any(c.dep_ in ("poss", "det") for c in head.children)
    doc = head.doc
    set_off = [c for c in head.subtree if c.dep_ == "appos" and c.i > head.i and (
        c.head.i == head.i or doc[c.left_edge.i - 1].text == "," or c.head.dep_ == "appos")]
    name = next((c for c in set_off if c.ent_type_ == "PERSON"), None) or next(  # "The summit's chairperson,
        (c for c in set_off if c.pos_ == "PROPN" and c.ent_type_ == "" and described  # President of Namibia Dr.
         and c.head.dep_ != "appos"), None)  # Helena Amukwaya-Shilongo": the person, not the title
    # "a member of parliament from the town, Nino Beridze": past the phrase's own words, set off
    if name is not None:  # "Britain's foreign secretary, James Holloway, said"
        return _entity(name) or (name.left_edge.i, name.i + 1)
    start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ in PREMODIFIERS:
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ == "nummod" and child.i == end:  # "Memorandum Order No. 41"
            end = child.i + 1
            continue
        if (
            child.dep_ != "prep"
            or child.lower_ not in OF_PREPOSITIONS
            or child.right_edge.i - start > MAX_MENTION_TOKENS
            or (child.lower_ in TOPIC_PREPOSITIONS and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree))
        ):
            break
        last = _entity(child.right_edge)
        if last is not None and child.right_edge.ent_type_ == "PERSON" and last[0] > child.i + 1 and (
                child.right_edge.dep_ != "conj"):  # not "residents of Solino and Nazon"
            return last  # "The UN Resident Coordinator in Mongolia Henrik Aalto": the title's person, misparsed
        end = child.right_edge.i + 1
    if ent:
        start, end = min(start, ent[0]), max(end, ent[1])
    doc = head.doc
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def _full_name(document: Document, mention: Span, head: Token) -> str | None:
    """Without an actors layer: the longest name in the article that ends like the mention's name."""
    if head.lower_ in PRONOUNS or head.tag_ in ("PRP", "WP"):
        return None
    if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and head.text in _person_names(head.doc)):
        return max(mention.text, _person_names(head.doc).get(head.text, ""), key=len)  # "Dr Fitzsimons:"
    described = document.text[mention.start : _where_end(document, mention, clauses=False)]  # "a manager at a firm"
    if len(described) > len(mention.text):  # taking in where they work, as written
        return described
    return untitled(mention.text)


def untitled(name: str) -> str:
    """A person's name without the lower-case title written before it ("government spokesman Duarte Lima")."""
    if name.split(" ", 1)[0].lower() in ("a", "an", "the"):
        return name  # "a senior official at the Ghana Cocoa Board": a description, as written
    titled = TITLED_NAME.fullmatch(name)
    return titled.group(1) if titled else name


def _person_names(doc: Doc) -> dict[str, str]:
    """Surname -> the longest person name of the article that ends with it (built once, kept with the parse)."""
    cached: dict[str, str] | None = doc.user_data.get("detente.person_names")
    if cached is None:
        cached = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                last = ent[-1].text
                cached[last] = max(cached.get(last, ""), ent.text, key=len)
        doc.user_data["detente.person_names"] = cached
    return cached


def named(document: Document, actor: Actor) -> bool:
    """Whether an actor has a name of its own: the knowledge base's, or a person's name in the text. A body the
    article first writes with "the" is named as written ("The World Bank", "The IMF")."""
    if actor.kb_id is not None:
        return actor.kind != "organization" or not _the_before(document, actor)
    doc = document.doc
    if actor.kind != "person" or doc is None:
        return False
    if PROPER_NAME.fullmatch(" ".join(w for w in actor.name.split() if w not in NAME_PARTICLES)):
        return True  # "Wilfredo Tarazona Ríos", "Nawaf bin Mishaal Al Saud", whatever entity the parser saw in it
    spans = (doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions)
    return any(t.ent_type_ == "PERSON" for span in spans if span is not None for t in span)


def _first_mention(document: Document, actor: Actor, default: Span | None = None) -> Span | None:
    """The actor's first mention in the body, past the headline (else its first at all)."""
    body = [m for m in actor.mentions if m.start >= document.body_start]
    return min(body or actor.mentions, key=lambda m: m.start, default=default)


def _the_before(document: Document, actor: Actor) -> bool:
    """Whether the actor's first mention is written after "the"."""
    first = _first_mention(document, actor)
    return first is not None and document.text[max(0, first.start - 4) : first.start].lower() == "the "


def as_written(document: Document, actor: Actor, mention: Span) -> str:
    """The name of an actor with none of its own as the article first writes it, with its article: the quote's
    own mention when it is the first, else the actor's first mention."""
    first = _first_mention(document, actor, mention) or mention
    if first.start < mention.end and mention.start < first.end and mention.text.split()[0].lower() not in PRONOUNS \
            and mention.end - mention.start >= first.end - first.start:  # not a part of the name the actor has
        first = mention
    text = document.text
    span = document.doc.char_span(first.start, first.end, "expand") if document.doc is not None else None
    proper = next((c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i >= span.end),
                  None) if span is not None and actor.kind != "person" and span.root.pos_ == "NOUN" else None
    if proper is not None and span is not None:  # "A coalition of opposition groups, the Committee for Syunik"
        words = span.doc[proper.left_edge.i : proper.right_edge.i + 1].text.rstrip(",")
        return words[0].upper() + words[1:]
    if span is not None and actor.kind != "person":  # "Russia's permanent mission [to the organisations in Vienna]"
        end = mention_tokens(span.root)[1]
        apposed = [c.left_edge.i for c in span.root.subtree if c.dep_ == "appos" and span.end <= c.i < end]
        end = min([end, *apposed])  # not its appositive: "the Intergovernmental Authority on Development, the
        while end > span.end and span.doc[end - 1].is_punct:  # eight-nation regional bloc"
            end -= 1
        if end > span.end:
            first = document.span(first.start, span.doc[end - 1].idx + len(span.doc[end - 1].text))
    before = text[max(0, first.start - 4) : first.start].lower()
    article = next((a for a in ARTICLES if before.endswith(a) and not before[: -len(a)][-1:].isalnum()), "")
    spelled = spelled_out(document, first.text)
    if spelled is not None:  # "KNUT", spelled out before as "the Kenya National Union of Teachers (KNUT)"
        return spelled
    words = text[first.start - len(article) : _where_end(document, first)]
    if " (" in words and ")" not in words.split(" (", 1)[1]:  # "the Kenya National Union of Teachers (KNUT"
        words = words.split(" (", 1)[0]
    words = words[:-2] if words.endswith(("'s", "’s")) else words  # "the Agency's Board": the Agency
    opening = words.split(" ", 1)[0].lower()
    if actor.kind == "person" and opening in ("a", "an"):
        return words  # an unnamed source as written: "a State Department spokesperson"
    return words[0].upper() + words[1:] if article or opening in ("the", "a", "an") else words


def spelled_out(document: Document, acronym: str) -> str | None:
    """The name an acronym stands for where the text spells it out before it in brackets ("the Kenya National
    Union of Teachers (KNUT)"), with its article: "The Kenya National Union of Teachers"."""
    if not ACRONYM.fullmatch(acronym):
        return None
    found = re.search(rf"((?:[Tt]he )?[A-Z][\w'’-]* (?:(?:[A-Z][\w'’-]*|of|for|and|the|de|des|du|on) ){{0,8}}"
                      rf"[A-Z][\w'’-]*) \({re.escape(acronym)}\)", document.text)
    if found is None:
        return None
    name = found.group(1)
    initials = "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() != "the")
    if initials.upper() != acronym.upper():
        return None
    return name[0].upper() + name[1:]


def _where_end(document: Document, mention: Span, clauses: bool = True) -> int:
    """Where an unnamed person's description ends, taking in where they are or work: "a senior Western diplomat
    [in Lilongwe]", "a senior executive [at a European trading house in Abidjan]"; with ``clauses``, also who
    they are ("involved in the talks")."""
    doc = document.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc is not None else None
    unnamed = span is not None and (span[0].lower_ in ("a", "an") or (span.root.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss") for c in span.root.children)))  # "officials travelling with the minister"
    if doc is None or span is None or span.root.pos_ != "NOUN" or not unnamed:
        return mention.end
    end = mention.end
    for child in span.root.rights:
        if clauses and child.idx >= mention.end and _describes(child):  # "involved in the talks"
            words = doc[child.left_edge.i : child.right_edge.i + 1]
            stop = next((t.i for t in words if t.is_punct or t.is_quote), None)
            last = doc[stop - 1] if stop is not None else child.right_edge
            end = max(end, last.idx + len(last.text)) if last.i >= child.i else end
            continue
        after_noun = child.dep_ == "amod" and any(c.dep_ == "prep" for c in child.children)  # "familiar with X"
        if (after_noun or (child.dep_ == "prep" and child.lower_ in ("in", "at", "from", "with", "for", "of"))) \
                and child.idx >= mention.end:
            words = doc[child.i : child.right_edge.i + 1]
            stop = next((t.i for t in words if t.is_punct or t.is_quote or (  # ", who asked not to be named"; "a
                t.dep_ in ("relcl", "acl") and _anonymous(t))), None)  # diplomat from X who asked not to be named"
            stop = doc[stop].left_edge.i if stop is not None and doc[stop].dep_ in ("relcl", "acl") else stop
            last = doc[stop - 1] if stop is not None else child.right_edge
            if last.i > child.i:
                end = max(end, last.idx + len(last.text))
    return end


def _anonymous(clause: Token) -> bool:
    """Whether a clause on an unnamed source says why they are unnamed ("who asked not to be named because ...")."""
    words = set()
    for t in clause.subtree:  # up to a comma: "involved in the talks[, who asked not to be named]" says who
        if t.is_punct and t.i > clause.i:
            break
        words.add(t.lower_)
    return bool(words & ANONYMITY)


def _describes(child: Token) -> bool:
    """Whether a participle or relative clause after an unnamed source says who they are ("a Brazilian official
    involved in the talks", "who took part in the Rabat talks"), not why they are unnamed ("who asked not to be
    named", "who was not authorised to speak")."""
    if child.dep_ not in ("acl", "relcl") or child.left_edge.i == 0 or child.doc[child.left_edge.i - 1].is_punct:
        return False
    return not _anonymous(child)


def _antecedent(head: Token) -> Token:
    """The noun a relative pronoun stands for: "Putin, who said ..." -> Putin."""
    if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
        return head.head.head
    return head


def _capitalised_person(document: Document, mention: Span, titles: frozenset[str] = frozenset()) -> Actor | None:
    """The person a name the actors layer left alone stands for: a transcript's "HAKOBYAN:" is the "Narine
    Hakobyan" of the article, whose surname it writes, "Zulkifli:" the only person whose name holds it, and "Dr
    Fitzsimons:" (past one of ``titles``) the "Nuala Fitzsimons" named before."""
    letters = [c for c in mention.text if c.isalpha()]
    if len(letters) < 2 or not mention.text[:1].isupper() or mention.text.split()[0].lower() in PRONOUNS:
        return None
    words = mention.text.lower().split()
    if len(words) > 1 and words[0] in titles:
        words = words[1:]
    people = [a for a in document.actors if a.kind == "person" and a.name
              and a.name.split()[-1][:1].isupper()]  # a name, not a description ("Transnet chief")
    found = next((a for a in people if a.name.lower().split()[-len(words) :] == words), None)
    if found is not None:
        return found
    holding = [a for a in people if _holds(re.split(r"[\s-]+", a.name.lower()), words)]  # "OKAFOR": Okafor-Lyle
    return holding[0] if len({a.name for a in holding}) == 1 else None


def _joint_states(document: Document, head: Token) -> Span | None:
    """The span of states or bodies a subject names together ("Romania, Bulgaria and Serbia"), None for one."""
    parts = [head, *(t for t in head.conjuncts if t.i > head.i)]
    listed = [c for c in head.children if c.dep_ == "appos" and c.left_edge.i == head.i + 2 and c.conjuncts
              and head.nbor(1).text == "," and _state_or_body(document, c)]
    if len(parts) == 1 and listed:  # "Saudi Arabia, Qatar, the United Arab Emirates and Bahrain" read as an
        parts += [listed[0], *(t for t in listed[0].conjuncts if t.i > listed[0].i)]  # apposition
    if len(parts) < 2 or not all(_state_or_body(document, t) for t in parts):
        return None
    actors = {a.id if (a := document.actor_at(t.idx, t.idx + len(t.text))) else t.i for t in parts}
    if len(actors) < 2:
        return None  # "the Manitoba Government and General Employees' Union": one body
    last = parts[-1]
    end = last.idx + len(last.text)
    start = head.left_edge.idx if head.left_edge.dep_ == "compound" else head.idx
    return document.span(start, end)


def _state_or_body(document: Document, tok: Token) -> bool:
    actor = document.actor_at(tok.idx, tok.idx + len(tok.text))
    return actor.kind in ("state", "organization") if actor is not None else tok.ent_type_ in ("GPE", "ORG")


def _named_together(document: Document, head: Token) -> Span | None:
    """The states named together before "the three governments" or "both countries" speak for them."""
    counted = any(c.lower_ in JOINT_COUNTS for c in head.lefts)
    plural = head.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)  # "the governments"
    if head.lemma_.lower() not in JOINT_NOUNS or not (counted or plural):
        return None
    for tok in reversed(head.doc[max(0, head.i - LOOK_BACK_TOKENS) : head.i]):
        if (tok.dep_ not in ("conj", "appos") or not _state_or_body(document, tok.head)) and (
                joint := _joint_states(document, tok)) is not None:
            return joint
    return None


def first_listed(document: Document, joint: Span) -> Span:
    """States or bodies named together as the article first lists them ("Britain, France and Germany" of the
    lead for "France, Germany and the United Kingdom" later), else as written."""
    doc = document.doc
    ids = _listed(document, doc.char_span(joint.start, joint.end, alignment_mode="expand")) if doc else None
    if doc is None or not ids:
        return joint
    for tok in doc:
        if tok.idx >= joint.start:
            break
        if tok.dep_ == "conj" and _state_or_body(document, tok.head):
            continue
        earlier = _joint_states(document, tok)
        if earlier is not None and _listed(document, doc.char_span(earlier.start, earlier.end,
                                                                    alignment_mode="expand")) == ids:
            return earlier
    return joint


def _listed(document: Document, span: SpacySpan | None) -> frozenset[str]:
    """The actors a span names."""
    if span is None:
        return frozenset()
    return frozenset(a.id for t in span if t.pos_ == "PROPN" and (a := document.actor_at(t.idx, t.idx + len(t.text)))
                     and a.kind in ("state", "organization"))


def _doc_text(doc: Doc) -> str:
    """The text of a parse, built once (spaCy joins its tokens anew on each ``Doc.text``)."""
    text = doc.user_data.get("detente_text")
    if text is None:
        text = doc.user_data["detente_text"] = doc.text
    return str(text)


def _dateline_end(tok: Token) -> int | None:
    """The end of the dateline that opens the line of ``tok`` ("KOROR, Palau, Sept 14 —"), if one does."""
    text = _doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    opening = DATELINE.match(text, start) if text.count("\n\n", 0, start) <= DATELINE_PARAGRAPHS else None
    if opening is None or opening.group().rstrip().endswith(":"):
        return None  # "HAKOBYAN: ..." opens a transcript's turn, not a dateline
    return opening.end()


def _past_dateline(head: Token) -> Token | None:
    """The speaker a parse hung on the dateline ("LUSAKA, Aug 22 — Zambia asked ..."): the first name or noun
    after it in the sentence; the dateline's place is never a speaker."""
    end = _dateline_end(head)
    if end is None or head.idx >= end:
        return head
    for tok in head.sent:
        if tok.idx >= end and tok.pos_ in ("PROPN", "NOUN", "PRON"):
            while tok.dep_ == "compound" and tok.head.i > tok.i:
                tok = tok.head
            return tok
    return None


def _holds(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _person_in_apposition(document: Document, head: Token) -> Token | None:
    """The person set off after a title that the tagger did not read as a person's name, where the title's
    own words name some other actor (a place, a body)."""
    if head.lower_ in ("one", "another"):  # "One of them, a schoolteacher who asked not to be named, said"
        return next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and (
            actor := document.actor_at(c.idx, c.idx + len(c.text))) is not None and actor.kind == "person"), None)
    if head.ent_type_ == "PERSON" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    own = document.actor_at(head.idx, head.idx + len(head.text))
    if own is not None and own.kind == "person":
        return None
    for c in head.children:
        if c.dep_ != "appos" or c.i < head.i:
            continue
        if c.ent_type_ not in ("", "PERSON"):  # "Carmelo Afonso Trujillo" read as an organisation
            actor = document.actor_at(c.idx, c.idx + len(c.text))
            if actor is not None and actor.kind == "person":
                return c
        end = c.right_edge  # "the summit's chair, Chairperson of the EAC Summit and President of Kenya Daniel Rotich"
        if end.ent_type_ in ("PERSON", "") and end.i > c.i:
            actor = document.actor_at(end.idx, end.idx + len(end.text))
            if actor is not None and actor.kind == "person" and actor is document.actor_at(c.idx, c.idx + len(c.text)):
                return end
    end = head.right_edge  # "Assistant to the President ... and Head of the Foreign Policy Department ... Elnur
    actor = document.actor_at(end.idx, end.idx + len(end.text)) if end.i > head.i else None  # Mammadli": a title
    if actor is not None and actor.kind == "person" and any(  # whose later words the actors layer gave the name
            head.idx < m.start and m.end < end.idx for m in actor.mentions):
        return end
    return None


def _body_in_apposition(document: Document, head: Token) -> Token | None:
    """The name of a body set off after its description ("The UN children's agency, UNICEF,"), where the
    description is no name of its own."""
    if head.pos_ != "NOUN":
        return None
    for c in head.children:
        set_off = c.dep_ == "appos" or (c.dep_ == "npadvmod" and c.i > 0 and c.nbor(-1).text == ",")
        if set_off and c.i > head.i and c.ent_type_ == "ORG" and (not head.ent_type_ or c.text.isupper()):
            actor = document.actor_at(c.idx, c.idx + len(c.text))
            if actor is not None and actor.kind == "organization":
                return c
    return None


def speaker_for(document: Document, head: Token | None, titles: frozenset[str] = frozenset()) -> Speaker:
    """The Speaker headed by ``head``: resolved through the actors layer when it has the mention; a relative
    pronoun's speaker is written as its antecedent ("Margit Lindholm, who said ..."). ``titles``: the words a
    transcript label may put before a name ("Dr Fitzsimons:")."""
    if head is not None:
        head = _past_dateline(head)
    if head is None:
        return Speaker(actor=None, name=None)
    doc = head.doc
    fronted = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i and head.pos_ == "NOUN"
                    and "," in (c.right_edge.text, doc[c.right_edge.i + 1].text)), None)
    if fronted is not None:  # "residents of Solino and Nazon, neighbourhoods east of the centre, said": the
        head = fronted  # parser made the apposition the subject
    body = _body_in_apposition(document, head) if fronted is None else None  # "The UN children's agency,
    titled = (_person_in_apposition(document, head) if fronted is None else None) or body  # UNICEF, said"
    if titled is not None:  # "The President of the Government of the Canary Islands, Carmelo Afonso Trujillo,"
        head = titled
    s, e = mention_tokens(head)
    opening = _dateline_end(head)
    while opening is not None and s < head.i and doc[s].idx < opening:
        s += 1  # "KOROR, Palau, Sept 14 — Pacific Islands Forum leaders": not the dateline's date
    mention = document.span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))
    referent = _antecedent(head)
    if referent is not head:
        s, e = mention_tokens(referent)
        mention = document.span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))  # "X, who said": X
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    inside = s <= referent.i < e  # not where the mention is a name past the head's own words
    owned = referent.pos_ == "NOUN" and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in referent.children)
    # "the Director General's report" is not the Director General; "his office" speaks for him
    around = document.actor_at(start, end) if not owned else None
    if around is not None and referent.pos_ == "NOUN" and inside and not any(
            m.start <= referent.idx + len(referent.text) and start < m.end for m in around.mentions):
        around = None  # "the office of Mozambique's president": a body of its own, not the president
    actor = (
        (document.actor_at(referent.idx, referent.idx + len(referent.text)) if inside else None)
        or around
        or _capitalised_person(document, mention, titles)
    )
    joint = _joint_states(document, referent) if actor is not None else None
    together = joint or _named_together(document, referent)  # "the three governments": those named before
    if together is not None:  # "Tanzania and Uganda said": one speaker, named as first listed, the first for all
        listed = first_listed(document, together)
        first = document.actor_at(listed.start, listed.start + 1)
        first = first if first is not None and first.kind in ("state", "organization") else actor
        return Speaker(actor=first.id if first else None, name=listed.text, country=first.country if first else None,
                       mention=joint or mention)
    if actor is not None:
        name = actor.name if named(document, actor) else untitled(as_written(document, actor, mention))
        if body is not None:  # "the Congo River Alliance", as written
            name = body.doc[body.left_edge.i : body.right_edge.i + 1].text
        return Speaker(actor=actor.id, name=_past_title(name, titles), country=actor.country, role=actor.role,
                       mention=mention)
    written = _full_name(document, document.span(start, end), referent)
    return Speaker(actor=None, name=_past_title(written, titles) if written else written, mention=mention)


def _past_title(name: str, titles: frozenset[str]) -> str:
    """A label's name without the title before it ("Lindgren" of "Ms Lindgren:")."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in titles and words[1][:1].isupper() else name
