"""Quotation marks: one definition for every step that reads them (repair, sentence splitting, quotes).

Double marks make quotations; single ones nest inside them, or make one where a headline or a wire uses them,
and the closing single mark is also the apostrophe. „Low-high“ quotes close with “, which elsewhere opens.
"""

from __future__ import annotations

OPEN_ONLY = "«„"  # marks that never close
OPEN_DOUBLE = OPEN_ONLY + "“"  # marks that open a quotation (“ also closes a „low-high“ one)
CLOSE_DOUBLE = "”»"  # marks that close one
STRAIGHT = '"'  # opens or closes
WIRE = "''"  # two apostrophes: the double quote of some newswires
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"  # also the typographic apostrophe
DOUBLE = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT  # every double mark
CLOSING = CLOSE_DOUBLE + STRAIGHT  # every mark that may close a double quotation
ALL = DOUBLE + OPEN_SINGLE + CLOSE_SINGLE  # every quotation mark but the straight apostrophe
CLOSING_CHARS = CLOSING + CLOSE_SINGLE + "'"  # every mark that may close a quotation, double or single

# The marks as spaCy's tokenizer gives them: straight single quotes, two apostrophes and backticks are tokens too.
OPENING_TOKENS = frozenset({*OPEN_DOUBLE, STRAIGHT, WIRE, OPEN_SINGLE, "'", "`", "``"})
CLOSING_TOKENS = frozenset({*CLOSE_DOUBLE, STRAIGHT, WIRE, CLOSE_SINGLE, "'"})
TOKENS = OPENING_TOKENS | CLOSING_TOKENS
