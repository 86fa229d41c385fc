"""The dateline that opens a news report ("BERLIN —"): a place, never an actor nor an event party."""

from __future__ import annotations

import re

# A place in capitals ("PORT SUDAN", "BOGOTÁ"), or a place in any case followed by a date or an agency; then an optional
# region, date and agency, and a dash or colon: "BERLIN —", "KYIV, March 3 (Reuters) -", "Lagos (AFP) -",
# "BRAZZAVILLE, Republic of Congo (AP) —", "RABAT/CAIRO, June 12 (Reuters) -".
DATELINE = re.compile(
    r"[ \t]*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-/]+(?:[ ][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'\-/]+){0,3}"
    r"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?=,[ ]?[A-Z][a-z]{2,8}\.?[ ]\d|[ ]?\())"
    r"(?:,[ ]?[A-Z][A-Za-z.]+(?:[ ](?:(?:of|the|and)[ ])?[A-Z][A-Za-z.]+){0,2})?"
    r"(?:,[ ]?[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]?\d{4})?)?"
    r"[ ]?(?:\([A-Za-z][A-Za-z .&'\-]{0,30}\))?[ ]*(?:\u2014|\u2013|--|-|:)[ ]"
)
