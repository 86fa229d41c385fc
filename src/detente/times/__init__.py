"""The times stage: TIMEX3 expressions (DATE, TIME, DURATION, SET) found in the text and normalised against the
publication date, with the tense of their clause deciding which way a bare date points.

The dating stage (``dater``), run after quotes and events, dates them from these times: ``date_for`` an event
from its predicate, ``StatementDates`` the quotes of a document from their speech acts and scenes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from ..document import Document, TimeExpr
from ..settings import Settings
from .dating import calendar_date, date_for
from .grammar import detect
from .lexicon import Lexicon, load
from .resolve import Resolver, add_paired_days, attach_clock_days
from .statement import Statement, StatementDates
from .tense import Tokens

__all__ = ["Statement", "StatementDates", "annotate", "calendar_date", "date_for", "stage"]

log = logging.getLogger(__name__)


def annotate(document: Document, lex: Lexicon | None = None) -> list[TimeExpr]:
    """The time expressions of a document, in text order."""
    lex = lex or load()
    text = document.text
    tokens = Tokens(document.doc)
    resolver = Resolver(text, document.article.published, lex, tokens)
    out = []
    for c in detect(text, lex, tokens):
        found = resolver.value(c)
        if found is None:
            log.debug("dropped %r: no value", text[c.start : c.end])
            continue
        out.append(TimeExpr(c.start, c.end, text[c.start : c.end], found[0], found[1]))
    return add_paired_days(attach_clock_days(out, text), text)


REQUIRES = ("parse",)  # the layers this stage reads
ASSIGNS = ("times",)  # the layer it adds


def stage(settings: Settings) -> Callable[[Document], Document]:
    """Build the times stage: fills ``document.times``."""
    lex = load(tuple(settings.extra_data))

    def run(document: Document) -> Document:
        document.times = sorted(annotate(document, lex), key=lambda t: (t.start, t.end))
        return document

    return run
