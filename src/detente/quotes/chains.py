"""Chains of speakers: whom "he said", "she added" and "the commissioner said" stand for, and the full name a
speaker's surname stands for.

A pronoun speaker is the most salient person before it that agrees in gender: the speaker of a quote before it,
the subject of a sentence ("Stonkutė was unmoved. ..., she pointed out"), or the one a question was put to
("another reporter asked Cardozo. ... he said"); never a name inside a quote's content, nor a reporter who asks.
When that sentence holds two such persons, the quote is given no speaker rather than a guess. A description that
the actors layer left unnamed ("the commissioner") is the only named person the article describes so ("National
Police Commissioner ... Sipho Radebe"), never one it introduces as new ("a spokeswoman for the ministry"); a
surname ("Cardozo") is the only longer name of the article that holds it ("Esteban Cardozo Villalba"), and two
names written as one ("Mariana Echeverría Lozano", which the actors layer may split) are one person. Only names
and the titles written with them describe a person, not a description the actors layer took for theirs. A
document that speaks again under a shorter name ("The joint declaration ... The declaration said ... The document
also urged") keeps the name it was first given.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..document import Actor, Document, Quote, Span, Speaker
from ..intervals import ranges
from .lexicon import Lexicon
from .speaker import as_written, named, spelled_out, untitled

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

GENDERS = {"he": "m", "she": "f"}
MAIN_DEPS = frozenset({"ROOT", "conj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DESCRIPTOR_DEPS = frozenset({"compound", "amod"})
DOCTORS = frozenset({"doctor", "physician", "surgeon"})  # what "Dr." before a name may be called after
ARMED_BODIES = frozenset({"group", "movement", "militia", "paramilitaries", "rebels", "force", "forces"})  # words
# a story uses again for the armed group it named last ("the paramilitary group said")
ARMED_SECTORS = frozenset({"REB", "MIL"})
ARMED_HEADS = frozenset({"militia", "paramilitaries", "rebels"})  # armed by the word itself; "the group" needs
ARMED_WORDS = frozenset({"paramilitary", "armed", "rebel", "militant", "insurgent", "jihadist"})  # one of these
LOOK_BACK = 40  # salient mentions searched before a pronoun
GENERIC_DOCUMENTS = frozenset({"document", "text"})  # "the document said": the last document that spoke
STATEMENTS = frozenset({"statement"})  # a word for any document that spoke, where none was named by it


@dataclass(frozen=True)
class _Seen:
    """A person made salient at ``at``: a speaker, a subject or the one a question was put to."""

    at: int
    sentence: int
    actor: Actor


def _words(text: str) -> list[str]:
    """The words of a name or description, lower case, without marks: "Adjei-Boateng" -> adjei, boateng."""
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower().replace("-", " "))


def _actor(document: Document, tok: Token) -> Actor | None:
    """The actor whose mention holds the token (a subject's head, not the possessive before it)."""
    return document.actor_at(tok.idx, tok.idx + len(tok.text))


class Chains:
    """Speaker chains over one document."""

    def __init__(self, document: Document, quotes: list[Quote], lexicon: Lexicon,
                 demonym: Callable[[str], str | None] | None = None) -> None:
        self.document = document
        self.lexicon = lexicon
        self.demonym = demonym or (lambda word: None)
        self.contents = ranges((p.start, p.end) for q in quotes for p in q.parts)
        self.people = [a for a in document.actors if a.kind == "person" and a.name]
        self._descriptors: dict[str, set[str]] | None = None
        self._unnamed_ids: dict[str, bool] = {}
        self._names: dict[str, Actor] = {}
        self.actors = {a.id: a for a in document.actors}
        self.joined = _joined_names(document.text, self.people)

    # -- what is salient ---------------------------------------------------------------------------------

    def _questioner(self, tok: Token) -> bool:
        """A reporter, or the "one" or "another" of them, who asks rather than says."""
        return tok.lower_ in self.lexicon.questioners or tok.lemma_.lower() in self.lexicon.questioners

    def seen(self) -> Iterator[_Seen]:
        """Subjects of main clauses and the persons questions are put to, outside every quote, in text order."""
        doc = self.document.doc
        assert doc is not None
        wanted = {doc.vocab.strings[d] for d in (*SUBJECTS, "attr", "dobj", "dative", "pobj", "conj", "ROOT")}
        for i, dep in enumerate(doc.to_array("DEP").tolist()):
            tok = doc[i] if dep in wanted else None
            if tok is None or self.contents.holds(tok.idx) or tok.pos_ == "PRON" or not self._salient(tok):
                continue
            actor = self._person(_actor(self.document, tok))
            if actor is None and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and not _background(tok.head))):
                # "The Secretary-General, António Guterres, ...", "His predecessor, X, was less convinced"
                names = (self._person(_actor(self.document, c)) for c in tok.children
                         if c.dep_ == "appos" and (tok.pos_ == "PROPN" or _set_beside(tok, c)))
                actor = next((a for a in names if a is not None), None)
            if actor is not None:
                yield _Seen(tok.idx, tok.sent.start_char, actor)

    def _salient(self, tok: Token) -> bool:
        """A main clause's subject or attribute ("Brandt and [Weber] met", "Her critic is [Dahl]"), or the one a
        question is put to ("asked [Cardozo]", "put it to [Benítez]"); never a reporter who asks."""
        head = tok.head
        main = head.dep_ in MAIN_DEPS and (head.dep_ == "ROOT" or head.head.dep_ == "ROOT")
        if tok.dep_ == "conj" and head.dep_ in SUBJECTS:
            head, main = head.head, True
        fragment = tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN")  # a subject the parser took for a root
        subject = ((tok.dep_ in SUBJECTS or tok.dep_ == "conj") and main) or fragment
        questions = self.lexicon.question_cues
        asked = tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in questions
        put_to = tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in questions
        attribute = tok.dep_ == "attr" and head.dep_ == "ROOT"
        return (subject and not self._questioner(tok)) or attribute or asked or put_to

    def _person(self, actor: Actor | None) -> Actor | None:
        """The named person an actor stands for, if it is one."""
        if actor is None:
            return None
        named = self._named(actor)
        return named if named.kind == "person" else None

    # -- pronouns ----------------------------------------------------------------------------------------

    def resolve(self, quotes: list[Quote]) -> None:
        """Resolve the speakers of ``quotes`` (in text order) in place."""
        seen = list(self.seen())
        k = 0
        recent: list[_Seen] = []
        for quote in quotes:
            at = quote.cue_span.start if quote.cue_span else quote.start
            while k < len(seen) and seen[k].at < at:
                recent.append(seen[k])
                k += 1
            quote.speaker = self._speaker(quote, recent)
            actor = self._person(self.actors.get(quote.speaker.actor or ""))
            if actor is not None and quote.speaker.mention is not None:
                self._learn(quote.speaker.mention, actor)
            if actor is not None and quote.speaker.mention is not None and not self._agent(quote.speaker.mention):
                mention = quote.speaker.mention
                bisect.insort(recent, _Seen(mention.start, self._sentence(mention.start), actor), key=lambda s: s.at)

    def _learn(self, mention: Span, actor: Actor) -> None:
        """What a description resolved to a person adds to what describes them: its appositions ("the Greek
        minister, [a former professor of international law], said": later "the former law professor")."""
        doc = self.document.doc
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc is not None else None
        if span is None or span.root.pos_ != "NOUN":
            return
        words = self.descriptors().setdefault(actor.id, set())
        for noun in (c for c in span.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            words |= {noun.lower_, *_titles(noun)}

    def _agent(self, mention: Span) -> bool:
        """A speaker named in a passive's by-phrase ("proposed by his predecessor, Anders Holm"): no topic of the
        text, so no antecedent for a pronoun."""
        doc = self.document.doc
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc is not None else None
        if span is None:
            return False
        root = span.root
        while root.dep_ == "appos":
            root = root.head
        return root.dep_ == "pobj" and root.head.dep_ == "agent"

    def _sentence(self, at: int) -> int:
        doc = self.document.doc
        assert doc is not None
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        return span.sent.start_char if span is not None else at

    def _speaker(self, quote: Quote, recent: list[_Seen]) -> Speaker:
        speaker, mention = quote.speaker, quote.speaker.mention
        if mention is None:
            return speaker
        gender = GENDERS.get(mention.text.lower())
        before = bisect.bisect_left(recent, mention.start, key=lambda s: s.at)
        window = recent[max(0, before - LOOK_BACK) : before]
        if gender is not None:
            return self._pronoun(speaker, gender, window)
        own = self.actors.get(speaker.actor or "")
        described = self._description(mention, window, own.country if own is not None else None)
        if described is not None:
            return self._as(speaker, described)
        body = self._body(mention) if own is None or not own.name[:1].isupper() else None
        if body is not None:
            return self._as(speaker, body)
        varied = self._varied(mention, own, window)
        if varied is not None:
            return self._as(speaker, varied)
        if own is not None:
            better = self._named(own)
            if better is not own:
                return self._as(speaker, better)
        return speaker

    def _as(self, speaker: Speaker, actor: Actor) -> Speaker:
        """The speaker as the actor it stands for, named as the actor's own name, or for a body with none of its
        own as the article first writes it ("The Kenya National Parents Association")."""
        name = actor.name if named(self.document, actor) or not actor.mentions else untitled(
            as_written(self.document, actor, min(actor.mentions, key=lambda m: m.start)))
        return replace(speaker, actor=actor.id, name=name, country=actor.country, role=actor.role)

    def _pronoun(self, speaker: Speaker, gender: str, recent: list[_Seen]) -> Speaker:
        """The most salient person before the pronoun that agrees with it; no one when two are as salient."""
        for seen in reversed(recent):
            if seen.actor.gender not in (None, gender):
                continue
            rivals = {s.actor.id for s in recent if s.sentence == seen.sentence and s.actor.gender in (None, gender)}
            if len(rivals - {seen.actor.id}) and not self._one_person(rivals):
                return Speaker(actor=None, name=None, mention=speaker.mention)
            return self._as(speaker, seen.actor)
        return speaker

    def _nationality(self, words: list[str]) -> str | None:
        """The country of the longest nationality word a description's words hold ("papua new guinean")."""
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                if code := self.demonym(" ".join(w.capitalize() for w in words[i:i + size])):
                    return code
        return None

    def _description(self, mention: Span, recent: list[_Seen], country: str | None = None) -> Actor | None:
        """The person a definite description stands for ("the minister replied"): of the named persons it fits,
        the most salient before it (the one a question was just put to), not the nearest name."""
        words = self._described_words(mention)
        if not words:
            return None
        country = country or self._nationality(words[:-1])  # "the Greek minister", "the Papua New Guinean leader"
        fits = {a.id for a in self._fitting(words, country)}
        if not fits and country and words[-1] in self.lexicon.generic_heads:  # "the Kenyan official"
            people = [a for a in self.people if not self._unnamed(a)]
            fits = {a.id for a in people if a.country == country} or {a.id for a in people if a.country is None}
        return next((s.actor for s in reversed(recent) if s.actor.id in fits), None)

    def _body(self, mention: Span) -> Actor | None:
        """The one organisation named before whose name holds the head word of a description no actor took ("the
        union said" after "the Kenya National Union of Teachers"): none where several fit."""
        words = self._described_words(mention)
        if not words:
            return None
        head = words[-1]
        bodies = {a.id: a for a in self.document.actors if a.kind == "organization" and a.mentions
                  and min(m.start for m in a.mentions) < mention.start
                  and head in _words(spelled_out(self.document, a.name) or a.name)}
        armed_words = head in ARMED_BODIES and (head in ARMED_HEADS or bool(ARMED_WORDS & set(words[:-1])))
        if not bodies and armed_words:  # "The paramilitary group said" after "the Rapid Support Forces":
            named = [(max(m.start for m in a.mentions if m.start < mention.start), a) for a in self.document.actors
                     if a.kind == "organization" and a.name[:1].isupper()
                     and any(m.start < mention.start for m in a.mentions)]
            last = max(named, key=lambda found: found[0])[1] if named else None  # the body named last, if armed
            return last if last is not None and last.sector in ARMED_SECTORS else None
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _varied(self, mention: Span, own: Actor | None, recent: list[_Seen]) -> Actor | None:
        """The named person a new description refers back to ("Tuvalu's prime minister, Kausea Lopati, said ...
        The veteran diplomat said ..."): a definite description of no one described before, right after a sentence
        whose only named person is its subject."""
        doc = self.document.doc
        words = self._described_words(mention)
        if doc is None or not words or own is None or own.kind != "person" or any(
                m.start < mention.start for m in own.mentions):
            return None
        if words[-1] in self.lexicon.generic_heads or words[-1] in self.lexicon.source_documents:
            return None  # "the official", "the statement": another source
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.sent.start == 0 or any(t.dep_ == "poss" for t in span):
            return None  # "the union's leaflet", "the president's office": a document or a body
        before = doc[span.sent.start - 1].sent
        if before.root.lemma_.lower() not in self.lexicon.verbs | {"speak"}:
            return None  # "Lone stood in his courtyard. ... the farmer said": no speaker to vary
        people = {s.actor.id: s.actor for s in recent if before.start_char <= s.at < before.end_char
                  and not self._unnamed(s.actor)}
        return next(iter(people.values())) if len(people) == 1 else None

    def _described_words(self, mention: Span) -> list[str]:
        """The words of a definite description ("the former general": general), none for a name or a pronoun."""
        doc = self.document.doc
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc is not None else None
        if span is None or span[0].lower_ not in ("the", "this", "that") or span.root.pos_ != "NOUN":
            return []
        if any(t.ent_type_ == "PERSON" for t in span):
            return []
        own = self.document.text[span.start_char : span.root.idx + len(span.root.text)]  # "the office [of X]"
        return [w for w in _words(own) if w not in self.lexicon.loose_modifiers]

    def _one_person(self, ids: set[str]) -> bool:
        """Whether actors are one person under several names ("Cardozo", "Esteban Cardozo Villalba")."""
        actors = [a for a in (self.actors.get(i) for i in ids) if a is not None]
        full = {self._named(a).id for a in actors}
        return len(full) == 1

    # -- names and descriptions --------------------------------------------------------------------------

    def _named(self, actor: Actor) -> Actor:
        """The named person an actor stands for: its full name for a surname (which the actors layer may have
        taken for an organisation: "Adjei-Boateng"), the only person the article describes so for an unnamed
        description; else the actor itself."""
        if actor.id not in self._names:
            self._names[actor.id] = self._name_of(actor)
        return self._names[actor.id]

    def _name_of(self, actor: Actor) -> Actor:
        if actor.id in self.joined:
            return self.joined[actor.id]
        if actor.kind == "person" and self._unnamed(actor):
            return actor if _indefinite(actor) else self._described(actor) or actor
        if actor.kind not in ("person", "organization") or not actor.name[:1].isupper():
            return actor
        words = _words(actor.name)
        longer = [a for a in self.people if a is not actor and _holds(_words(a.name), words) and not self._unnamed(a)
                  and (len(_words(a.name)) > len(words) or len(a.name) < len(actor.name))]  # or the same, cleaner
        return longer[0] if len(longer) == 1 else actor

    def _unnamed(self, actor: Actor) -> bool:
        """A person the article describes but never names ("the national police commissioner")."""
        if actor.id not in self._unnamed_ids:
            doc = self.document.doc
            spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions] if doc else []
            titled = actor.role is not None and actor.role.split()[-1] in actor.name.lower()  # "Chilean Minister"
            named_so = (not titled and named(self.document, actor)) or any(
                t.ent_type_ == "PERSON" for span in spans if span is not None for t in span)
            self._unnamed_ids[actor.id] = bool(spans) and not named_so
        return self._unnamed_ids[actor.id]

    def _described(self, actor: Actor) -> Actor | None:
        """The only named person an unnamed description fits ("the national police commissioner")."""
        words = [w for w in _words(actor.name) if w not in self.lexicon.loose_modifiers and not w.endswith("'s")
                 and not w.endswith("’s")]
        fits = self._fitting(words, actor.country) if words else []
        if not fits and actor.country and words[-1] in ("counterpart", "counterparts"):  # "her Moroccan counterpart"
            fits = [a for a in self.people if a.country == actor.country and not self._unnamed(a)]
        return fits[0] if len(fits) == 1 else None

    def _fitting(self, words: list[str], country: str | None = None) -> list[Actor]:
        """The named persons described by a head noun ("the adviser, Musa Danjuma"), or, among several, by all
        the words; a generic head ("the finance chief") leaves its modifiers to fit. A description of one
        country ("the Spanish minister") never fits a person of another."""
        named = [a for a in self.people if not self._unnamed(a)
                 and (country is None or a.country is None or a.country == country)]
        head, rest = words[-1], set(words[:-1])
        fits = [a for a in named if head in self.descriptors().get(a.id, set())]
        if head in self.lexicon.generic_heads or len(fits) > 1:
            pool = fits if fits else named
            need = rest if head in self.lexicon.generic_heads else rest | {head}
            fits = [a for a in pool if need and need <= self.descriptors().get(a.id, set())]
            if not fits and pool is not named and head in self.lexicon.generic_heads:  # "the central bank chief"
                fits = [a for a in named if need and need <= self.descriptors().get(a.id, set())]  # not the chief
        return fits  # economist

    def descriptors(self) -> dict[str, set[str]]:
        """The words that describe each named person: titles before the name, appositions and the role."""
        if self._descriptors is None:
            self._descriptors = {a.id: self._describe(a) for a in self.people}
        return self._descriptors

    def _describe(self, actor: Actor) -> set[str]:
        doc = self.document.doc
        out = set(_words(actor.role or ""))
        if doc is None:
            return out | self._classes(out)
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and _anaphoric(span):
                out |= set(_served_as(span.root))  # "The veteran diplomat, who served as Turkey's ambassador"
            if span is None or _anaphoric(span):
                continue
            root = span.root
            nouns = [root, *(c for c in root.children if c.dep_ == "appos")]
            if root.dep_ == "appos":
                nouns.append(root.head)
            title = _portfolio_title(root)
            if title is not None:
                nouns.append(title)
            if any(t.lower_ in ("dr", "dr.") for t in doc[max(0, span.start - 1) : span.end]):
                out |= DOCTORS  # "Dr. Adam Suleiman Khater ... The surgeon"
            for noun in nouns:
                if self._other_country(noun, actor):
                    continue  # "trusted Soydan, the Greek minister, ...": the parser's apposition is someone else
                out |= {noun.lower_, *_titles(noun), *_served_as(noun)}
                out |= self._counterparts_role(noun)
            out |= self._agent_roles(root)
        return out | self._classes(out)

    def _agent_roles(self, root: Token) -> set[str]:
        """What a person is called by what they do in the sentence that names them ("X said after hosting the
        leaders": the host; "X, who has brokered the talks": the mediator): the verb they are the subject of, the
        clauses hung on it with no subject of their own, and a relative clause on the name."""
        verbs = [c for c in root.children if c.dep_ == "relcl"]
        if root.dep_ in ("nsubj", "nsubjpass"):
            todo = [root.head]
            while todo:
                verb = todo.pop()
                verbs.append(verb)
                todo.extend(c for c in verb.children if c.dep_ in ("advcl", "pcomp", "prep", "xcomp", "conj")
                            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
        lemmas = {v.lemma_.lower() for v in verbs if v.pos_ == "VERB"}
        return {name for name, acts in self.lexicon.agent_roles.items() if lemmas & set(acts)}

    def _classes(self, words: set[str]) -> set[str]:
        """The classes a person's role and titles fall in: an ambassador is a diplomat, a senator a lawmaker."""
        return {name for name, phrases in self.lexicon.role_classes.items()
                if any(set(_words(phrase)) <= words for phrase in phrases)}

    def _other_country(self, noun: Token, actor: Actor) -> bool:
        """Whether a noun's nationality word names another country than the actor's ("the Greek minister")."""
        countries = {c for t in noun.children if t.dep_ in DESCRIPTOR_DEPS and (c := self.demonym(t.text))}
        return bool(actor.country and countries) and actor.country not in countries

    def _counterparts_role(self, noun: Token) -> set[str]:
        """The words of the role of the one whose counterpart a noun names ("her Bolivian counterpart" of a
        foreign minister is a minister too)."""
        if noun.lower_ not in ("counterpart", "counterparts"):
            return set()
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        actor = self.document.actor_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
        return set(_words(actor.role or "")) if actor is not None and actor.kind == "person" else set()


def _portfolio_title(root: Token) -> Token | None:
    """The title a name follows past its portfolio ("Minister for Mining and Energy Camila Soto", "Minister of
    Internal Security, Abdirahman Warsame": Minister)."""
    node = root
    for _ in range(4):
        through = node.head.lower_ == "for" or (node.head.lower_ == "of" and node is not root)  # not "son of X"
        if node.dep_ == "pobj" and through and node.head.head.i < root.i:
            return node.head.head
        if node.dep_ not in ("conj", "compound", "appos") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _titles(noun: Token) -> Iterator[str]:
    """The words of the titles before a noun: "National Police Commissioner Lieutenant General [Radebe]", and of
    the body it heads: "the head of the national disaster agency" is "the agency chief"; of a body's name only
    its modifiers (a spokesperson "of the Ministry of Foreign Affairs" is a foreign one, no ministry)."""
    for left in noun.lefts:
        if left.dep_ in DESCRIPTOR_DEPS or (left.dep_ == "poss" and left.pos_ == "PROPN"):
            yield left.lower_  # "Transnet's chief executive" is "the Transnet chief"
            yield from _titles(left)
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for body in prep.children:
                if body.dep_ == "pobj" and body.pos_ == "NOUN":
                    yield body.lower_
                if body.dep_ == "pobj" and (body.pos_ == "NOUN" or body.ent_type_ != "PERSON"):
                    yield from _titles(body)  # "of the Ministry of Foreign Affairs": foreign, not ministry


def _served_as(noun: Token) -> Iterator[str]:
    """The office a relative clause says a person held ("who served as Turkey's ambassador in Athens"), or the
    trade it says they ply ("who farms four acres": a farmer)."""
    for clause in noun.children:
        if clause.dep_ == "relcl":
            if clause.tag_ in ("VBZ", "VBP") and clause.lemma_.isalpha():  # "who farms", "who teaches"
                lemma = clause.lemma_.lower()
                yield lemma + ("r" if lemma.endswith("e") else "er")
            for t in clause.subtree:
                if (t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.i == clause.i) or (
                        t.dep_ == "attr" and t.head.i == clause.i):
                    yield t.lower_
                    yield from _titles(t)


def _set_beside(noun: Token, appos: Token) -> bool:
    """Whether an apposition follows its noun's own phrase, set off by a comma ("His predecessor in the post, X"),
    not a name the parser hung on a subject from further on ("The crisis unfolded under the minister, X")."""
    start = appos.left_edge.i
    if start < 2 or appos.doc[start - 1].text != ",":
        return False
    before = appos.doc[start - 2]
    return before.i == noun.i or (noun.i < before.i and noun.is_ancestor(before) and not appos.is_ancestor(before))


def _background(verb: Token) -> bool:
    """A verb in the past perfect, which tells what went before rather than who speaks next ("Her predecessor,
    X, had resisted similar pressure")."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _indefinite(actor: Actor) -> bool:
    """A person the article introduces as someone new ("a spokeswoman for the prime minister", "a senior
    diplomat"): no one named elsewhere."""
    first = min(actor.mentions, key=lambda m: m.start, default=None)
    return first is not None and first.text.split()[0].lower() in ("a", "an")


def _anaphoric(span: SpacySpan) -> bool:
    """A definite description with no name in it ("the German minister"): it refers back to someone, and the
    actors layer may have taken it for the wrong one, so it describes no one."""
    root = span.root
    named = any(t.ent_type_ == "PERSON" for t in span)
    set_off = root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children)
    return span[0].lower_ in ("the", "this", "that") and not named and not set_off


def _joined_names(text: str, people: list[Actor]) -> dict[str, Actor]:
    """Persons whose names are written as one ("Mariana Echeverría" + "Lozano"): each id -> the person under the
    name as written."""
    people = [a for a in people if not a.role or a.name.lower() not in a.role.lower()]  # not a title: "Minister"
    ends: dict[int, Actor] = {m.end: a for a in people for m in a.mentions if m.text[:1].isupper()}
    out: dict[str, Actor] = {}
    for second in people:
        for m in second.mentions:
            first = ends.get(m.start - 1)
            if first is None or first is second or text[m.start - 1] != " " or not m.text[:1].isupper():
                continue
            name = text[m.start - 1 - len(first.name) : m.end]
            if name.startswith(first.name) and len(name) > len(first.name):
                joined = replace(first, name=name)
                out[first.id] = out[second.id] = joined
    return out


def _holds(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _body(document: Document, quote: Quote | None) -> Quote | None:
    """The quote, if a body or a state spoke it ("The agency said ..."), for an "it" that speaks next."""
    if quote is None or quote.speaker.actor is None or quote.speaker.name is None:
        return None
    actor = document.actor(quote.speaker.actor)
    return quote if actor is not None and actor.kind in ("organization", "state") else None


def _documents(document: Document, quotes: list[Quote], lexicon: Lexicon) -> None:
    """Name a speaking document as it was first named: "the declaration" is the "joint declaration" that spoke
    or was named before it, "the document" the last document that spoke, and "it" right after a document that
    spoke is that document."""
    names: dict[str, str] = {}  # head noun -> the document's first name
    last: str | None = None
    previous: Quote | None = None
    for quote in quotes:
        mention = quote.speaker.mention
        after_document = previous is not None and previous.speaker.name == last and last is not None
        body = _body(document, previous)
        previous = quote
        if mention is not None and mention.text.lower() == "it" and quote.speaker.name is None and after_document:
            quote.speaker = replace(quote.speaker, name=last)  # "The statement said ... It welcomed ..."
            continue
        if mention is not None and mention.text.lower() == "it" and quote.speaker.name is None and body is not None:
            quote.speaker = replace(body.speaker, mention=mention)  # "The agency said ... It said ..."
            continue
        words = _words(mention.text) if mention is not None and quote.speaker.actor is None else []
        if not words or words[-1] not in lexicon.source_documents:
            continue
        head, bare = words[-1], len(words) == 2 and words[0] in ("the", "this")
        name = (last if head in GENERIC_DOCUMENTS else names.get(head)) if bare else None
        if name is None and bare and mention is not None:
            name = _introduced(document.text[: mention.start], head)  # "in a joint statement issued on Thursday"
        if name is None and bare and head in STATEMENTS and last is not None:
            name = last  # "The communique said ... the statement said": no other statement was named
        if name is None and words[0] in ("a", "an") and " " in (quote.speaker.name or ""):  # "a joint communique":
            name = "The " + (quote.speaker.name or "").split(" ", 1)[1]  # the one of the story, "The joint communique"
        if name is not None:
            quote.speaker = replace(quote.speaker, name=name)
        names.setdefault(head, quote.speaker.name or "")
        last = quote.speaker.name


def _introduced(before: str, head: str) -> str | None:
    """The name a document was introduced with before ("a joint statement" -> "The joint statement")."""
    found = re.search(rf"\b(?:a|an|the)\s+((?:[a-z]+\s+){{1,2}}){head}\b", before)
    return f"The {found.group(1)}{head}" if found else None


def resolve_chains(document: Document, quotes: list[Quote], lexicon: Lexicon,
                   demonym: Callable[[str], str | None] | None = None) -> None:
    """Resolve pronoun, description and surname speakers of ``quotes`` (in text order) in place; ``demonym``
    gives the country a word such as "Greek" names."""
    if document.doc is None or not quotes:
        return
    Chains(document, quotes, lexicon, demonym).resolve(quotes)
    _documents(document, quotes, lexicon)

