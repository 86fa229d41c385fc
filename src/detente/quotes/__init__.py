"""The quotes stage: direct, mixed and indirect quotes, each with its cue and resolved speaker.

Quoted passages are found first (``marks``) and paired with the cue before or after them (``direct``); the
parse then gives reported speech, its speaker and content (``reported``), attributions by a noun or an
adjective ("Moscow's claim that ...", "Seoul is confident that ...", ``nouns``) and the turns of transcripts
and interviews ("KARRAS: ...", "A: ...", "((Ana Ruiz)) ...", ``transcript``); questions and refusals to comment
are no one's quotes (``questions``). Speakers are resolved through the actors layer (``speaker``), then along
the text's chain of speakers: pronouns, descriptions and surnames (``chains``). An attribution inside another
one's content is part of it ("X said Y expects Z" reports X only; `rejected what it called "interference"` is
one mixed quote), unless its cue is coordinated with another verb, and one content is one quote, kept with its
speaker. Quotations with no cue of their own go to the speaker before them (``floating``). The dating stage
dates each quote by its speech act, not by its content. Cue words live in ``data/cues.yaml``,
extendable through ``Settings.extra_data``.

A quote's ``text`` is its content only (no cue, no speaker, no quotation marks). For a quote in one piece,
``text == document.text[start:end]``; for a quote split by its cue (`"...," Putin said, "and ..."`) or running
over several paragraphs, ``parts`` holds each piece, ``start``/``end`` run from the first piece's start to the
last piece's end, and ``text`` is the pieces joined by a single space.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import kb
from ..datelines import DATELINE
from ..document import Document, Quote
from ..intervals import Intervals, ranges
from ..settings import Settings
from .chains import resolve_chains
from .direct import direct
from .floating import join_sentences, quoted_paragraphs
from .found import Found
from .lexicon import Lexicon, load_lexicon
from .marks import Passage, headline_like, passages
from .nouns import adjective_cues, noun_cues
from .questions import refused, without_questions
from .reported import misread_subject, reported, reports_on
from .speaker import speaker_for
from .transcript import give_answers, turns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_quotes", "load_lexicon", "stage"]

HEADLINE_SPEAKER = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}): (\S.{10,})")  # "Name: words"
log = logging.getLogger(__name__)

LINE = re.compile(r"[^\n]+")
REPORT_MARKS = frozenset({"that", "whether", "if"})  # "... and [that] the owner promised": still the report
SAME_CONTENT = 0.9  # two contents sharing this much of the shorter one are one quote


def skipped(document: Document, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Character ranges that never hold quotes: the headline, headline-like lines, "Related" links and an
    interviewer's questions ("Q: ...?")."""
    text = document.text
    out = [(0, document.body_start)] if document.body_start else []
    questions = tuple(f"{label}:" for label in lexicon.question_labels)
    for i, m in enumerate(LINE.finditer(text)):
        line = m.group().strip().lower()
        asked = line.startswith(questions) and "?" in line  # "Q: Let us turn to ...": the interviewer's own words
        if line.startswith(lexicon.skip_lines) or asked or (
            headline_like(m.group(), lexicon.small_words) and (i == 0 or ":" in line)
        ):
            out.append((m.start(), m.end()))
    return out


def _empty(text: str, found: Found, lexicon: Lexicon, doc: Doc | None = None) -> bool:
    """A content that only says how the speaker wants to be cited: "who asked [not to be named]", "[not to be
    named because the talks are confidential]"; a lone word ("Soydan, asked the same question, [laughed]")."""
    content = " ".join(text[s:e] for s, e in found.parts).strip(" .,;").lower()
    if " " not in content and doc is not None and (span := doc.char_span(*found.parts[0], "expand")) is not None:
        return span.root.pos_ in ("VERB", "AUX")
    return content in lexicon.empty_contents or any(
        content.startswith(f"{empty} {why}") for empty in lexicon.empty_contents for why in ("because", "for", "as"))


def _kind(found: Found, marked: Intervals[None]) -> str:
    """direct when quotation marks hold all of the content, mixed when they hold part of it."""
    if found.kind == "direct":
        return "direct"
    size = sum(e - s for s, e in found.parts)
    quoted = sum(min(e, pe) - max(s, ps) for s, e in found.parts for ps, pe, _ in marked.overlapping(s, e) if e > s)
    if quoted == 0:
        return "indirect"
    return "direct" if quoted >= 0.9 * size else "mixed"


def _labelled(text: str, found: Found, lexicon: Lexicon) -> None:
    """Name the cue by its phrase when a label phrase holds the cue verb: "was quoted as saying"."""
    if found.cue_span is None:
        return
    start, end = found.cue_span
    window = text[max(0, start - 30) : end + 30].lower()
    offset = max(0, start - 30)
    for label in lexicon.labels:
        at = window.find(label)
        while at >= 0:
            s, e = offset + at, offset + at + len(label)
            if s <= start and end <= e:
                found.cue, found.cue_span = label, (s, e)
                return
            at = window.find(label, at + 1)


def _to_closing_mark(found: Found, marked: list[Passage], opens: list[int]) -> None:
    """Run reported content on to the closing mark of a quotation it opens: `told Fox that "A. B."`
    (``opens``: where each of ``marked`` opens, in order)."""
    s, e = found.parts[-1]
    for p in marked[bisect.bisect_left(opens, s) : bisect.bisect_left(opens, e)]:
        if e < p.end and len(p.parts) == 1:
            found.parts[-1] = (s, p.close_end)
            return


def _in_paragraph(text: str, found: Found) -> bool:
    """Clip reported content to the paragraph of its cue (the parser may run over a missing full stop)."""
    assert found.cue_span is not None
    start = text.rfind("\n\n", 0, found.cue_span[0]) + 1
    end = text.find("\n\n", found.cue_span[1])
    end = len(text) if end < 0 else end
    clipped = [(max(s, start), min(e, end)) for s, e in found.parts]
    found.parts = [(s, e) for s, e in clipped if e - s > 1 and text[s:e].strip()]
    return bool(found.parts)


def _coordinated_cue(tok: Token, cues: set[int], lexicon: Lexicon) -> bool:
    """A cue coordinated with another attribution's cue ("Y promised A and [said] B"), or with a reported verb
    but no part of the report ("X wrote that A was absurd and [urged] B"). A cue after a complementiser or a
    modal is: "X said the port lost money and that the owner [promised] to invest", "X said A was calm but
    [would defend] B"."""
    if tok.dep_ != "conj":
        return False
    reported = any(
        (c.dep_ == "mark" and c.lower_ in REPORT_MARKS) or (c.dep_ == "aux" and c.tag_ == "MD")
        for c in tok.children
    )
    perceived = lexicon.lemma(tok) in lexicon.beliefs  # "patrols had visited the area and had [seen] X"
    return tok.head.i in cues or not (reported or perceived)


def _outermost(found: list[Found], doc: Doc, lexicon: Lexicon) -> list[Found]:
    """Drop an attribution nested in another one's content: "X said Y expects Z" reports X, not Y, and
    `rejected what it called "interference"` is one quote. A cue coordinated with another cue stays ("Y
    promised A and said B" reports Y twice), unless that cue is itself nested: in "X said Y expected A and
    would not consider B", X reports all."""
    spans = ranges((f.start, f.end) for f in found if f.speaker is not None or not _noun_cue(f, doc))
    cues = {i for f in found for i in f.cue_tokens}
    inside = [f.cue_span is not None and _inside_other(spans, (f.start, f.end), f.cue_span[0]) for f in found]
    nested = {i for f, is_inside in zip(found, inside, strict=True) if is_inside for i in f.cue_tokens}
    return [
        f
        for f, is_inside in zip(found, inside, strict=True)
        if not is_inside
        or any(_coordinated_cue(doc[i], cues, lexicon) and doc[i].head.i not in nested for i in f.cue_tokens)
        or any(_narrated_alongside(doc[i]) or reports_on(doc[i], lexicon) or misread_subject(doc[i]) is not None
               for i in f.cue_tokens)  # "A will not let B decide C, Minister X said": X's cue, misparsed under A's
        or (f.kind == "direct" and not _inside_other(spans, (f.start, f.end), f.start))
    ]


def _narrated_alongside(cue: Token) -> bool:
    """A cue in a clause the writer sets beside a report, not inside it: "X said ..., [as aid agencies warned]
    that ...", with its own subject."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) and any(
        c.dep_ == "nsubj" for c in cue.children)


def _noun_cue(found: Found, doc: Doc) -> bool:
    """An attribution by a noun ("a plan to ..."): with no owner, it holds no one else's words."""
    return any(doc[i].pos_ == "NOUN" for i in found.cue_tokens)


def _overlap(a: Found, b: Found) -> float:
    """The share of the shorter content that the two contents have in common."""
    common = min(a.end, b.end) - max(a.start, b.start)
    return max(0, common) / max(1, min(a.end - a.start, b.end - b.start))


def _deduped(found: list[Found]) -> list[Found]:
    """One quote per content: of two attributions of the same span (or nearly), the one with a speaker.

    Only quotes that overlap can be twins, so each is compared with those starting within the longest quote's
    length before it: near-linear in the number of quotes."""
    out: list[Found] = []
    starts: list[tuple[int, int]] = []  # (start, index in out), sorted
    longest = 0
    for f in found:
        low = bisect.bisect_left(starts, (f.start - longest, -1))
        high = bisect.bisect_left(starts, (f.end, -1))
        twin = min((i for _, i in starts[low:high] if _twins(out[i], f)), default=None)
        if twin is None:
            bisect.insort(starts, (f.start, len(out)))
            out.append(f)
            longest = max(longest, f.end - f.start)
        elif out[twin].speaker is None and f.speaker is not None:
            starts.remove((out[twin].start, twin))
            bisect.insort(starts, (f.start, twin))
            out[twin] = f
            longest = max(longest, f.end - f.start)
    return out


def _twins(g: Found, f: Found) -> bool:
    return (g.start, g.end) == (f.start, f.end) or (
        _overlap(g, f) >= SAME_CONTENT and (g.speaker is None or f.speaker is None))


def _inside_other(spans: Intervals[None], own: tuple[int, int], pos: int) -> bool:
    return any((s, e) != own for s, e, _ in spans.holding(pos))


def _quote(document: Document, found: Found, marked: Intervals[None], lexicon: Lexicon) -> Quote:
    bounds = list(found.parts)
    start = _after_dateline(document.text, bounds[0][0])
    if start < bounds[0][1]:  # "BOGOTÁ — Colombia deployed troops, the minister said": the dateline is no content
        bounds[0] = (start, bounds[0][1])
    parts = [document.span(s, e) for s, e in bounds]
    text = parts[0].text if len(parts) == 1 else " ".join(p.text for p in parts)
    speaker = speaker_for(document, found.speaker, lexicon.label_titles if found.turn else frozenset())
    if found.label is not None and speaker.name is not None and not (
            speaker.mention and speaker.mention.start < found.label[1] and found.label[0] < speaker.mention.end):
        speaker = replace(speaker, mention=document.span(*found.label))  # "Chair:", "A:": the label says who speaks
    cue_span = document.span(*found.cue_span) if found.cue_span else None
    return Quote(
        text=text,
        start=parts[0].start,
        end=found.end,
        kind=_kind(found, marked),
        cue=found.cue,
        speaker=speaker,
        parts=parts,
        cue_span=cue_span,
        turn=found.turn,
    )


def _headline_attribution(text: str, doc: Doc) -> Found | None:
    """A headline that gives a person's words after their name and a colon ("Sanders: Clinton needs to get away
    from personality stuff"): those words, as the person's. A label that names no person ("Poll:", "Analysis:",
    "Transcript:") gives nothing."""
    line = text.split("\n", 1)[0]
    found = HEADLINE_SPEAKER.match(line)
    if found is None:
        return None
    name = doc.char_span(0, found.end(1), alignment_mode="expand")
    people = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}  # "Sanders:" of Bernie Sanders
    if name is None or not (any(t.ent_type_ == "PERSON" for t in name) or name[-1].text in people):
        return None
    end = len(line.rstrip().rstrip(".").rstrip())
    return Found(parts=[(found.start(2), end)], cue=":", cue_span=(found.end(1), found.end(1) + 1),
                 speaker=name.root, kind="direct")


def _after_dateline(text: str, start: int) -> int:
    """Where a content opening a paragraph starts after the dateline it opens with ("BOGOTÁ, Oct 29 — ")."""
    if start and text[start - 1] != "\n":
        return start
    opening = DATELINE.match(text, start)
    return opening.end() if opening is not None and not opening.group().rstrip().endswith(":") else start


def find_quotes(document: Document, lexicon: Lexicon | None = None,
                demonym: Callable[[str], str | None] | None = None) -> list[Quote]:
    """Every quote of a parsed document, in text order (undated: the dating stage dates them); ``demonym``
    gives the country a word such as "Greek" names, for descriptions ("the Greek minister")."""
    doc = document.doc
    if doc is None:
        log.warning("no parse for %s: quotes skipped", document.article.id)
        return []
    lexicon = lexicon or load_lexicon()
    turn = turns(doc, document.text, lexicon)
    skip = ranges([*skipped(document, lexicon), *turn.questions])
    marked = [p for p in passages(document.text) if not skip.holds(p.open_at)]
    found = direct(marked, doc, lexicon, document.text)
    found += [f for f in turn.found if not skip.holds(f.start)]
    used = {i for f in found for i in f.cue_tokens}
    quoted = [part for f in found for part in f.parts]
    quoted += [part for p in marked for part in p.parts if len(document.text[p.start : p.end].split()) > 3]
    in_quotes = ranges(quoted)
    others = [*noun_cues(doc, lexicon, used), *adjective_cues(doc, lexicon, used)]
    opens = [p.open_at for p in marked]
    for f in [*reported(doc, lexicon, used, document.text), *others]:
        inside_quote = f.cue_span is not None and in_quotes.holds(f.cue_span[0])
        if inside_quote or _empty(document.text, f, lexicon, doc):
            continue
        if _in_paragraph(document.text, f) and not skip.holds(f.start):
            _to_closing_mark(f, marked, opens)
            found.append(f)
    headline = _headline_attribution(document.text, doc)
    if headline is not None:  # "Pat Caddell: Democrat Voters Worried About Her Health"
        found.append(headline)
    give_answers(document, turn, found, lexicon)
    found = [f for f in without_questions(found, document.text, lexicon) if not refused(f, document.text, lexicon)]
    found.sort(key=lambda f: (f.start, f.end))
    found = _deduped(_outermost(found, doc, lexicon))
    join_sentences(found, marked, doc, lexicon)
    found = sorted([*found, *quoted_paragraphs(found, marked, document.text, lexicon, doc)], key=lambda f: f.start)
    for f in found:
        _labelled(document.text, f, lexicon)
    marks = ranges(part for p in marked for part in p.parts)
    quotes = [_quote(document, f, marks, lexicon) for f in found]
    resolve_chains(document, quotes, lexicon, demonym)
    for q in quotes:
        if q.speaker.name and q.speaker.name.startswith("the "):  # a body or document named as written
            q.speaker = replace(q.speaker, name="The" + q.speaker.name[3:])  # opens with "The"
    return quotes


REQUIRES = ("parse", "actors")  # the layers this stage reads
ASSIGNS = ("quotes",)  # the layer it adds


def stage(settings: Settings) -> Callable[[Document], Document]:
    """Build the quotes stage: adds ``document.quotes``."""
    lexicon = load_lexicon(tuple(settings.extra_data))
    demonym = kb.load(settings.kb_dir, extra=settings.extra_data).demonym

    def run(document: Document) -> Document:
        document.quotes = find_quotes(document, lexicon, demonym)
        return document

    return run
