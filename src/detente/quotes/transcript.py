"""Turns of transcripts and interviews: "PENCE: Gennifer Flowers will not be at the debate.", "A: We appealed.",
"((Ana Ruiz)) It has survived.", "**Ana Ruiz:** ...", "Minister: ...".

A line opens a turn when it starts with a label: a name in capitals or one the parser reads as a person's, a name
in double brackets, square brackets or bold, or a role ("Minister:"). The turn is a direct quote of the one the
label names, running on over the unlabelled paragraphs after it that go on in the first or second person;
an answer label ("A:") or a role names the interviewee, whom the text introduced before the first turn. Questions
are no one's quotes: lines with a question label ("Q:", "Reporter:"), the turns of a presenter named in the
introduction, the questions of a chair or of one whose turns are mostly questions (what they state is their own
quote), and, in an interview, a paragraph that asks a question right before an answer. Labels such as "UPDATE:" or
"Editor's note:" are listed in ``transcript_labels``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..document import Actor, Document, Span
from ..quotemarks import DOUBLE
from .floating import paragraphs
from .found import Found
from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LINE = re.compile(
    r"""^[ \t]*(?:
        \*\*(?P<boldline>[^*:\n]{1,40}):(?=[^*\n]+\*\*[ \t]*$)  # "**Q: Are they right?**": a bold line
      | \*\*(?P<bold>[^*\n]{2,40}?):?\*\*[ \t]*:?
      | \(\((?P<paren>[^()\n]{2,40})\)\)[ \t]*:?
      | \[(?P<bracket>[^\[\]\n]{2,40})\][ \t]*:?
      | ["“]?(?P<colon>[A-Z][\w.'’ -]{0,40}?)(?P<aside>(?:[ \t]*\([^()\n:]{1,40}\)){0,2})[ \t]*:
      | (?P<dash>[A-Z][\w.'’ -]{0,40}?)(?:[ \t]*\([^()\n:]{1,40}\))?(?:,[^.–—\n]{1,60})?\.[ \t]*[–—]
        # "Pieter van Daalen (EPP). –", "PRESIDENT. –": a parliament's verbatim record
      | (?P<dot>[A-Z][a-z]{0,8})\.(?=[ \t])  # "Q. What now?", "A. We wait.": a question or answer label only
    )[ \t]+(?P<content>\S[^\n]*)$""",
    re.M | re.X,
)
MIN_WORDS = 3
TITLED_REACH = 100  # how far after "chaired by" a name may follow the chair's title
BOLD_QUESTION = re.compile(r"^[ \t]*\*\*(?P<question>[^*\n]+\?)\*\*[ \t]*$", re.M)  # "**Will you sign?**"
MIN_BOLD_QUESTIONS = 2  # an interview asks more than one
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its"})
PERSONAL = re.compile(r"\b(?:I|I'm|I’m|we|we're|we’re|our|us|my|me|you|your)\b", re.I)
HOST = "host"  # the role given to what an interviewer states rather than asks
OUTLETS = frozenset({"review", "courier", "times", "post", "news", "radio", "tv", "daily", "journal", "weekly",
                     "herald", "gazette", "magazine", "tribune", "observer", "monitor", "express", "telegraph",
                     "chronicle", "standard", "mirror", "guardian", "nation", "today", "world", "reporter", "digest",
                     "quarterly", "affairs", "insider", "dispatch", "bulletin", "week", "online", "agency"})
# the last word of a publication's name, whose label asks the questions ("Danube Review:", "Yerevan Courier:")
QUESTION_SHARE = 2 / 3  # a label whose turns are mostly questions is the host's,
HOST_SHARE, HOST_LEAD = 0.5, 3  # as is one with half of its turns questions, three times the share of any other


@dataclass
class _Line:
    """One labelled line: the label, its mark (the colon, or the closing bracket), the content and its kind."""

    label: str
    label_span: tuple[int, int]
    cue_span: tuple[int, int]
    content: tuple[int, int]
    kind: str  # named | question | answer | role
    chair: bool = False  # a chair named in the label: "Chair (Ms Virtanen):"


@dataclass
class Turns:
    """What the turns of a text give the stage: quotes, the ranges that are questions, and the answers whose
    speaker is the interviewee, to be named from the introduction."""

    found: list[Found] = field(default_factory=list)
    questions: list[tuple[int, int]] = field(default_factory=list)
    answers: list[Found] = field(default_factory=list)
    first: int = -1  # where the first turn starts


def _kind(label: str, lexicon: Lexicon) -> str | None:
    """What a label names: a question, an answer, a role, a speaker by name, or nothing (None: "UPDATE")."""
    word = label.lower().rstrip(".")
    if word in lexicon.question_labels:
        return "question"
    if word in lexicon.answer_labels:
        return "answer"
    if word in lexicon.role_labels:
        return "role"
    if word in lexicon.chair_labels:
        return "chair"
    if word in lexicon.transcript_labels:
        return None
    return "named"


def _named_aside(m: re.Match[str], label: str, kind: str | None, lexicon: Lexicon) -> tuple[int, int] | None:
    """Where the name stands in a bracket after an office ("Chair (Ms Virtanen):", "The President (Mr Okafor):"),
    not a group or a seat ("Mr Dufour (Renew):", "Sir Roger Pike (Con):")."""
    aside = m.group("aside")
    inner = re.match(r"[ \t]*\(([^()]+)\)", aside) if aside else None
    if inner is None:
        return None
    words = inner.group(1).split()
    office = kind in ("role", "chair") or label.split()[0] == "The"
    if not office or len(words) < 2 or words[0].lower() not in lexicon.label_titles:
        return None
    start = m.start("aside") + inner.start(1)
    return start, start + len(inner.group(1).rstrip())


def _speaker_name(doc: Doc, name: str, start: int, end: int, marked: bool, titles: frozenset[str]) -> bool:
    """Whether ``name`` names a speaker: capitals throughout, a marked name, a name after a title ("Mr Keogh",
    "Deputy Brennan"), or a person's name by the parser."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return True
    words = name.split()
    if marked or (len(words) > 1 and any(w.lower() in titles for w in words[:-1])):
        return name[:1].isupper() and all(w[:1].isupper() for w in words)
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ == "PERSON" for t in span)


def _capitalised(name: str) -> bool:
    """Whether a label's words are a name's: capitalised, bar short particles ("Pieter van Daalen")."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


def _lines(doc: Doc, text: str, lexicon: Lexicon) -> list[_Line]:
    """Every line of ``text`` that opens with a label naming a speaker, an answer or a question; a label that
    names a speaker on one line names one on every line, though the parser may miss the name there."""
    out: list[_Line] = []
    unsure: list[_Line] = []
    for m in LINE.finditer(text):
        group = next(g for g in ("boldline", "bold", "paren", "bracket", "colon", "dash", "dot")
                     if m.group(g) is not None)
        name = m.group(group).strip()
        start = m.start(group) + (len(m.group(group)) - len(m.group(group).lstrip()))
        end = start + len(name)
        kind = _kind(name, lexicon)
        if group == "dot" and kind not in ("question", "answer"):
            continue  # "Mr. Hartley said ...": a sentence, not a label
        chair = False
        inner = _named_aside(m, name, kind, lexicon) if group == "colon" else None
        if inner is not None:  # "Chair (Ms Virtanen):", "The Foreign Secretary (Ms Halloran):": the name inside
            chair, (start, end) = kind == "chair", inner
            name, kind = text[start:end], "named"
        content = m.group("content").rstrip()
        if group == "boldline":
            content = content.rstrip("*").rstrip()  # "**Q: Are they right?**"
        if kind is None or (kind != "question" and len(content.split()) < MIN_WORDS):
            continue
        c_start = m.start("content")
        mark = text.rfind(":", end, c_start)
        cue = (mark, mark + 1) if mark >= 0 else (end, end + (2 if group == "paren" else 1))
        line = _Line(name, (start, end), cue, (c_start, c_start + len(content.rstrip('"” '))), kind, chair)
        sure = kind != "named" or _speaker_name(doc, name, start, end, group not in ("colon", "dash"),
                                                lexicon.label_titles) or (group == "dash" and _capitalised(name))
        (out if sure else unsure).append(line)
    names = {line.label for line in out if line.kind == "named"}
    every = Counter(line.label for line in [*out, *unsure])
    recurring = {label for label, n in every.items() if n >= 2}
    asking = {label for label in recurring if _asks(text, [line for line in [*out, *unsure] if line.label == label])}
    if any(line.kind == "question" for line in out) or (asking and recurring - asking):
        names |= recurring  # "Q: ..." then "Solongo: ...", "Yerevan Courier: ...?" then "Tadevosyan: ...":
        # the one who asks and the one who answers
    return sorted([*out, *(line for line in unsure if line.label in names)], key=lambda line: line.label_span)


def _asks(text: str, lines: list[_Line]) -> bool:
    """Whether most of a label's lines are questions."""
    asked = sum(text[line.content[0] : line.content[1]].rstrip(" *'\"”’").endswith("?") for line in lines)
    return asked >= QUESTION_SHARE * len(lines)


def _hosts(lines: list[_Line], text: str, lexicon: Lexicon) -> tuple[set[str], set[str]]:
    """Labels that put the questions: named as the presenter in the text before them ("presented by Orla
    Brennan"), or whose turns are mostly questions, or far more often than anyone else's; and, apart, the
    presenters among them."""
    asked, said = Counter[str](), Counter[str]()
    for line in lines:
        said[line.label] += 1
        asked[line.label] += text[line.content[0] : line.content[1]].rstrip().endswith("?")
    share = {label: asked[label] / n for label, n in said.items() if n >= 2}
    askers = {label for label, x in share.items() if x >= QUESTION_SHARE}  # and one who asks as often as not,
    hosts = askers | {label for label, x in share.items()  # when those who answer hardly ever ask
                      if x >= HOST_SHARE and all(x >= HOST_LEAD * y for other, y in share.items()
                                                 if other != label and other not in askers)}
    intro = text[: lines[0].label_span[0]] if lines else ""

    def named(cues: tuple[str, ...]) -> set[str]:
        """The labels of the names right after each of ``cues`` in the introduction ("presented by Orla Brennan"),
        not of any word after a cue used otherwise ("ready to host a new round": no "A:")."""
        words = {w.lower() for cue in cues for m in re.finditer(
            rf"\b{re.escape(cue)}\s+((?:[\w’'-]+\s+){{0,3}}[\w’'-]+)", intro, re.IGNORECASE)
            for w in m.group(1).split() if w[:1].isupper() and len(w) > 1}
        return {line.label for line in lines if line.label.lower().split()[-1] in words}

    presenters = named(lexicon.host_cues)
    chairs = {line.label for line in lines if line.kind == "chair" or line.chair}
    return hosts | presenters | chairs | named(lexicon.chair_cues), presenters


def _paragraph(bounds: list[tuple[int, int]], at: int) -> int | None:
    """The index of the paragraph holding ``at``."""
    i = bisect.bisect_right(bounds, at, key=lambda b: b[0]) - 1
    return i if i >= 0 and bounds[i][0] <= at < bounds[i][1] else None


def _go_on(text: str, start: int, bounds: list[tuple[int, int]], labelled: set[int]) -> list[tuple[int, int]]:
    """The unlabelled paragraphs after a turn that go on with it: in the first or second person (or finishing
    a sentence the turn left open: "I beg to move," ...), no question, no quotation of their own."""
    out: list[tuple[int, int]] = []
    at = _paragraph(bounds, start)
    if at is None:
        return out
    unfinished = text[bounds[at][0] : bounds[at][1]].rstrip().endswith((",", ":"))  # "I beg to move,"
    for s, e in bounds[at + 1 :]:
        para = text[s:e].strip()
        if s in labelled or para.endswith("?") or any(c in para for c in DOUBLE) or not (
                PERSONAL.search(para) or unfinished):
            break
        unfinished = False
        out.append((s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())))
    return out


def _asked(text: str, bounds: list[tuple[int, int]], answers: set[int], labelled: set[int]) -> list[tuple[int, int]]:
    """Unlabelled paragraphs that end with a question mark right before an answer: the interviewer's."""
    out = []
    for (s, e), (nxt, _) in zip(bounds, bounds[1:], strict=False):
        if nxt in answers and s not in labelled and text[s:e].rstrip().endswith("?"):
            out.append((s, e))
    return out


def turns(doc: Doc, text: str, lexicon: Lexicon) -> Turns:
    """Every turn of ``text`` (the doc's text), the questions among them and the answers left to the
    interviewee."""
    out = Turns()
    lines = _lines(doc, text, lexicon)
    if not lines:
        return _bold_questions(text, lexicon)
    out.first = lines[0].label_span[0]
    hosts, presenters = _hosts(lines, text, lexicon)
    bounds = paragraphs(text)
    starts = {s for s, _ in bounds}
    line_paragraph = {bounds[i][0] if (i := _paragraph(bounds, line.label_span[0])) is not None else -1: line
                      for line in lines}
    labelled = {s for s in line_paragraph if s >= 0}
    answers = {s for s, line in line_paragraph.items() if line.kind != "question" and line.label not in hosts}
    out.questions = _asked(text, bounds, answers & starts, labelled)
    for n, line in enumerate(lines):
        asks = "?" in text[line.content[0] : line.content[1]]
        interviewer = line.kind == "question" or line.label in presenters or (
            line.label in hosts and _outlet(doc, line, lexicon.label_titles))
        answered = n + 1 < len(lines) and lines[n + 1].label != line.label and text[
            line.content[0] : line.content[1]].rstrip(" *'\"”’").endswith("?")  # put to the next speaker
        if asks and (interviewer or line.label in hosts or answered):
            out.questions.append((line.label_span[0], line.content[1]))
            continue  # a member who puts questions states things too ("The hearing is adjourned.")
        if interviewer:  # "Q: Let us turn to the communities.", "HOST: Thank you for your time.": the host's own
            found = Found([line.content], ":", line.cue_span, None, kind="direct", turn=True, label=line.label_span)
            found.role = HOST
            out.found.append(found)
            out.answers.append(found)
            continue
        parts = [line.content, *_go_on(text, line.content[0], bounds, labelled)]
        speaker = _label_token(doc, line, lexicon.label_titles) if line.kind == "named" else None
        found = Found(parts, ":", line.cue_span, speaker, kind="direct", turn=True, label=line.label_span)
        out.found.append(found)
        if line.kind != "named":
            out.answers.append(found)
            found.role = line.label.lower()
    return out


def _bold_questions(text: str, lexicon: Lexicon) -> Turns:
    """An interview printed with its questions in bold and the answers plain after them ("**Will you sign?**"
    then "If the text comes back, yes."): each question is no one's quote, and the paragraphs after it that
    answer it, up to the next question, are the interviewee's."""
    out = Turns()
    asked = list(BOLD_QUESTION.finditer(text))
    if len(asked) < MIN_BOLD_QUESTIONS:
        return out
    bounds = paragraphs(text)
    labelled = {bounds[i][0] for m in asked if (i := _paragraph(bounds, m.start("question"))) is not None}
    out.first = asked[0].start()
    for m in asked:
        out.questions.append((m.start("question"), m.end("question")))
        at = _paragraph(bounds, m.start("question"))
        if at is None or at + 1 >= len(bounds):
            continue
        s, e = bounds[at + 1]
        first = text[s:e].strip()
        if s in labelled or not first or first.endswith("?") or not PERSONAL.search(first):
            continue
        start = s + len(text[s:e]) - len(text[s:e].lstrip())
        parts = [(start, start + len(first)), *_go_on(text, start, bounds, labelled)]
        found = Found(parts, ":", (start, start), None, kind="direct", turn=True)
        found.role = lexicon.answer_labels and sorted(lexicon.answer_labels)[0] or "a"
        out.found.append(found)
        out.answers.append(found)
    return out


def _outlet(doc: Doc, line: _Line, titles: frozenset[str]) -> bool:
    """Whether a named label that asks is a publication's ("Danube Review:"), no person's: its closing thanks
    are the interviewer's the introduction names."""
    words = line.label.split()
    return line.kind == "named" and len(words) > 1 and words[-1].lower() in OUTLETS and not any(
        w.lower().rstrip(".") in titles for w in words)


def _label_token(doc: Doc, line: _Line, titles: frozenset[str]) -> Token | None:
    """The word of a label that names its speaker: the name past a title ("Keogh" of "Mr Keogh")."""
    span = doc.char_span(*line.label_span, alignment_mode="expand")
    if span is None:
        return None
    if len(span) > 1 and any(t.lower_ in titles for t in span[:-1]):
        return span[-1]  # "Mr Keogh", "Executive Vice-President Castellani"
    return span.root


def _interviewee(document: Document, intro: list[Found], first: int, lexicon: Lexicon) -> Actor | None:
    """The one the introduction presents as interviewed: the speaker of a statement "in an interview", else
    the person who speaks most in the introduction, else the person it names most ("Transcript of an interview
    with Foreign Minister Nikos Karras")."""
    people: Counter[str] = Counter()
    for f in intro:
        assert f.speaker is not None
        actor = document.actor_at(f.speaker.idx, f.speaker.idx + len(f.speaker.text))
        if actor is None or actor.kind != "person" or not actor.name[:1].isupper():
            continue  # a person named, not "any single neighbour" of a clause the parser made a report
        if any(t.lemma_.lower() in lexicon.interview_nouns for t in f.speaker.sent):
            return actor
        people[actor.id] += 1
    if not people:
        people.update({a.id: sum(m.end <= first for m in a.mentions) for a in document.actors if a.kind == "person"})
    best = people.most_common(1)
    return document.actor(best[0][0]) if best and best[0][1] else None


def _chair(document: Document, first: int, lexicon: Lexicon) -> Actor | None:
    """The person the introduction names right after a chair's cue ("chaired by Deputy Ciarán Ó Dálaigh")."""
    return _named_after(document, first, lexicon.chair_cues)


def _named_after(document: Document, first: int, cues: tuple[str, ...]) -> Actor | None:
    """The person the introduction names right after one of ``cues`` ("chaired by X", "presenter X")."""
    intro = document.text[:first].lower()
    for cue in cues:
        for m in re.finditer(rf"\b{re.escape(cue)}\b", intro):
            near = [(mention.start, a) for a in document.actors if a.kind == "person" for mention in a.mentions
                    if m.end() <= mention.start <= m.end() + 30]
            titled = [(mention.start, a) for a in document.actors if a.kind == "person" and _proper(a.name)
                      for mention in a.mentions if m.end() <= mention.start <= m.end() + TITLED_REACH
                      and ". " not in document.text[m.end():mention.start]]
            if near and not _proper(min(near, key=lambda x: x[0])[1].name) and titled:
                return min(titled, key=lambda x: x[0])[1]  # "chaired by the President of the Security Council
                # for October, Ambassador Mette Kjærsgaard": the one named after the title
            if near:
                return min(near, key=lambda x: x[0])[1]
    return None


def _proper(name: str) -> bool:
    """Whether a name is a person's own, not a title ("President of the Security Council")."""
    words = name.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _by_role(document: Document, role: str) -> Actor | None:
    """The only person of the article whose role holds the label's word ("Minister:")."""
    holders = [a for a in document.actors if a.kind == "person" and a.role and role in a.role.lower().split()]
    return holders[0] if len(holders) == 1 else None


def _mentions_of(document: Document, person: Actor) -> list[Span]:
    """A person's mentions, with those of the actors that write part of the name alone ("Arancibia" for
    "Valentina Arancibia Soto"), which the actors layer may keep apart."""
    words = person.name.split()
    same = [a for a in document.actors if a.kind == "person" and a.name and a is not person
            and all(w in words for w in a.name.split()) and a.name[:1].isupper()]
    named = [m for m in person.mentions if m.text.lower() not in PRONOUNS and (  # "Lõhmus", "Minister:", not "her"
        m.text[:1].isupper() or any(w in m.text for w in words))]  # nor "a former manager at the port"
    return [*(named or person.mentions), *(m for a in same for m in a.mentions if m.text[:1].isupper())]


def give_answers(document: Document, found: Turns, others: list[Found], lexicon: Lexicon) -> None:
    """Name the speaker of each answer: the interviewee, at their mention nearest before the answer."""
    if not found.answers or document.doc is None:
        return
    intro = [f for f in others if f.speaker is not None and not f.turn and f.cue_span and f.cue_span[0] < found.first]
    interviewee = _interviewee(document, intro, found.first, lexicon)
    chair = _chair(document, found.first, lexicon)
    host = _named_after(document, found.first, lexicon.host_cues) if any(
        a.role == HOST for a in found.answers) else None
    for answer in found.answers:
        if answer.role == HOST:
            actor = host
        else:
            role = answer.role if answer.role not in lexicon.answer_labels else None
            by_role = _by_role(document, role) if role else None
            actor = (chair if role in lexicon.chair_labels else None) or by_role or interviewee
        mentions = sorted(_mentions_of(document, actor), key=lambda m: m.end) if actor is not None else []
        before = bisect.bisect_right(mentions, answer.start, key=lambda m: m.end)
        if before:
            last = mentions[before - 1]
            span = document.doc.char_span(last.start, last.end, alignment_mode="expand")
            answer.speaker = span.root if span is not None else None
