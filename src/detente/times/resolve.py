"""Normalisation: the TIMEX3 value of each detected expression, against the publication date and the tense."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from ..document import TimeExpr
from . import calendar as cal
from .grammar import Candidate, word_after, word_before
from .lexicon import Lexicon
from .tense import PAST, PERFECT, PLANNED, PRESENT, ScheduleCues, TenseCues, Tokens, scheduled_side, tense_at

Value = tuple[str, str]  # (TIMEX3 type, value)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
# between a clock time and its day: '3 p.m. on Wednesday', '2 a.m. local time (0100 GMT) on Sunday'
_CLOCK_GAP = re.compile(r"\s*(?:local\s+time\s*)?(?:\([^()]{0,20}\)\s*)?(?:,|on)?\s*")
_CLOCK_JOIN = re.compile(r",?[ \t]")  # ... when they form one expression
# a second day number after a date, followed by the end of the phrase: 'April 24 and 25', 'March 3-4,'
_PAIRED_DAY = re.compile(r"(?:\s+(?:and|or|to|through)\s+|[-–])(\d{1,2})(?:st|nd|rd|th)?"
                         r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|of|when|as|before|after|and|to)\b)")
_YEAR_BACK = ("year-ago", "year-earlier", "prior-year")  # a quarter a year before the one in focus
_FOCUS_REACH = 600  # characters over which a named quarter stays the topic ("a year earlier" = that quarter)
_SCHEDULED_KINDS = {"weekday", "month", "month_day", "holiday"}  # names of days an event can be set for
_NEAR_DAYS = 60  # a date without a year this close to publication is taken as the nearest one


class Resolver:
    """Computes values for the expressions of one document, in text order (it remembers the quarter in focus
    and the dates already found, which anchor later expressions)."""

    def __init__(self, text: str, published: dt.date | None, lex: Lexicon, tokens: Tokens) -> None:
        self.text, self.dct, self.lex, self.tokens = text, published, lex, tokens
        self.cues = TenseCues(frozenset(lex["future_words"]), frozenset(lex["future_verbs"]))
        words = ("schedule_verbs", "reschedule_verbs", "set_prepositions", "move_prepositions",
                 "upcoming_modifiers")
        self.schedule = ScheduleCues(*(frozenset(lex[k]) for k in words))
        self.focus: tuple[int, int, int] | None = None  # year, quarter, offset where it was named
        self.days: list[tuple[int, int, dt.date]] = []  # start, end, date of day-valued expressions
        self.last: str | None = None  # the latest calendar value, for 'that year', 'that day'
        self.last_start = -1  # where it was named
        self._kinds: dict[str, Callable[[Candidate], Value | None]] = {
            "iso": self._iso, "numeric": self._numeric, "month_day": self._month_day, "month": self._month,
            "weekday": self._weekday, "weekday_set": self._weekday_set, "relday": self._relday,
            "part_of_day": self._part_of_day, "relative": self._relative, "season": self._season,
            "quarter": self._quarter, "year": self._year, "decade": self._decade, "century": self._century,
            "ago": self._ago, "year_ago": self._year_ago, "duration": self._duration, "set": self._set,
            "set_word": self._set_word, "clock": self._clock, "reference": self._reference,
            "holiday": self._holiday, "anaphor": self._anaphor, "spoken_year": self._spoken_year,
            "month_set": self._month_set, "anchored": self._event_day,
        }

    def value(self, c: Candidate) -> Value | None:
        """The (type, value) of a candidate, None when it turns out not to be a time."""
        result = self._kinds[c.kind](c)
        if result is None:
            return None
        m = _DAY_VALUE.match(result[1])
        if m:
            try:
                self.days.append((c.start, c.end, dt.date(int(m[1]), int(m[2]), int(m[3]))))
            except ValueError:
                return None  # 2/30/2019 is no date
        if ((result[0] == "DATE" and result[1][:1].isdigit()) or (result[0] == "TIME" and m)) and not self._quoted(
                c.start):
            self.last, self.last_start = result[1], c.start  # not a day a speaker names: "the same evening" after
            # '"... on a Saturday," X told RTNC' is the evening of the narrative's day
        return result

    def _quoted(self, at: int) -> bool:
        """Whether ``at`` lies inside quotation marks of its paragraph."""
        para = self.text[self.text.rfind("\n", 0, at) + 1 : at]
        return para.count('"') % 2 == 1 or para.count("“") > para.count("”")

    # -- context -----------------------------------------------------------------------------------------

    def _side(self, c: Candidate, default: int = -1) -> int:
        """Which way a bare date points: -1 past, +1 future or present, default when no verb says."""
        before = self.text[max(0, c.start - 20) : c.start].lower()
        if any(before.endswith(w + " ") for w in self.lex["future_before"]):
            return 1
        scheduled = self._scheduled(c)
        if scheduled is not None:
            return scheduled
        tense = tense_at(self.tokens, c.start, c.end, self.cues)
        if tense is None:
            return default
        if tense == PLANNED:
            return 0
        return -1 if tense in (PAST, PERFECT) else 1

    def _scheduled(self, c: Candidate) -> int | None:
        """The side of a day or month an event is set for ('a strike for Thursday'), None for other dates."""
        if c.kind not in _SCHEDULED_KINDS:
            return None
        return scheduled_side(self.tokens, c.start, c.end, self.schedule, c.kind == "weekday")

    def _anchor(self, c: Candidate) -> dt.date | None:
        """A date named earlier in the sentence when an ordering cue (came after, earlier) stands between."""
        if not self.days:
            return None
        _, end, date = self.days[-1]
        between = self.text[end : c.start].lower()
        if "\n" in between or re.search(r"[.!?]\s+[A-Z\"“]", self.text[end : c.start]):
            return None
        cues = self.lex["ordering_cues"]
        return date if any(re.search(rf"\b{re.escape(w)}\b", between) for w in cues) else None

    def _dir(self, c: Candidate) -> int | None:
        d = c.group("dir").lower()
        return self.lex["directions"].get(d) if d else None

    # -- dates with a calendar name ----------------------------------------------------------------------

    def _iso(self, c: Candidate) -> Value:
        value = f"{c.group('year')}-{c.group('month')}-{c.group('day')}"
        if c.group("hour"):
            return "TIME", f"{value}T{c.group('hour')}:{c.group('minute')}"
        return "DATE", value

    def _numeric(self, c: Candidate) -> Value:
        year = int(c.group("year"))
        if year < 100:
            year += 2000 if year < 50 else 1900
        return "DATE", f"{year:04d}-{int(c.group('month')):02d}-{int(c.group('day')):02d}"

    def _month_number(self, c: Candidate) -> int:
        return int(self.lex["months"][c.group("month").lower().rstrip(".")])

    def _month_day(self, c: Candidate) -> Value | None:
        m, d = self._month_number(c), int(re.sub(r"\D", "", c.group("day")))
        if d > (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31):
            return None
        if c.group("year"):
            return "DATE", f"{c.group('year')}-{m:02d}-{d:02d}"
        if self.dct is None:
            return "DATE", f"XXXX-{m:02d}-{d:02d}"
        if c.group("ydir"):
            return "DATE", f"{self.dct.year + int(self.lex['directions'][c.group('ydir').lower()]):04d}-{m:02d}-{d:02d}"
        direction = self._dir(c)
        side = direction if direction else self._side(c, default=0)
        return "DATE", f"{cal.year_for(self.dct, m, d, side, _NEAR_DAYS):04d}-{m:02d}-{d:02d}"

    def _month(self, c: Candidate) -> Value:
        m = self._month_number(c)
        if c.group("year"):
            return "DATE", cal.month(int(c.group("year")), m)
        if self.dct is None:
            return "DATE", f"XXXX-{m:02d}"
        if c.group("ydir"):  # 'February this year', 'July last year'
            return "DATE", cal.month(self.dct.year + int(self.lex["directions"][c.group("ydir").lower()]), m)
        direction = self._dir(c)
        if direction == 0:
            year = self.dct.year
        elif direction is None:
            side = self._side(c, default=0)
            near = 0 if self._scheduled(c) == 1 else _NEAR_DAYS  # an event set for a month is ahead
            year = cal.year_for(self.dct, m, {1: 28, -1: 1, 0: 15}[side], side, near)
        else:
            year = self.dct.year + (0 if (m - self.dct.month) * direction > 0 else direction)
        return "DATE", cal.month(year, m)

    def _weekday(self, c: Candidate) -> Value:
        iso_day = int(self.lex["weekdays"][c.group("weekday").lower()])
        part = self._part(c)
        if self.dct is None:
            return "DATE", f"XXXX-WXX-{iso_day}{part}"
        direction = self._dir(c)
        anchor = self._anchor(c)
        if c.group("rel"):  # the previous Friday, the following Monday: from the day named last
            side = int(self.lex["directions"][c.group("rel").lower()])
            date = cal.weekday(self.days[-1][2] if self.days else self.dct, iso_day, side, strict=True)
        elif c.group("dir").lower() == "next":
            date = cal.next_week_day(self.dct, iso_day)
        elif direction in (-1, 1):
            date = cal.weekday(self.dct, iso_day, direction, strict=True)
        elif anchor is not None and self._side(c) < 0:
            date = cal.weekday(anchor, iso_day, -1, strict=True)
        else:
            date = cal.weekday(self.dct, iso_day, self._side(c, default=1 if direction == 0 else -1))
        return ("TIME" if part else "DATE"), cal.day(date) + part

    def _weekday_set(self, c: Candidate) -> Value:
        name = (c.group("weekday") or c.group("weekdays")).lower()
        return "SET", f"XXXX-WXX-{self.lex['weekdays'][name]}{self._part(c)}"

    def _part(self, c: Candidate) -> str:
        part = c.group("part").lower()
        return "T" + self.lex["parts_of_day"][part] if part else ""

    def _holiday(self, c: Candidate) -> Value:
        """A named day: fixed (Christmas, 12-25) or the n-th weekday of a month (Thanksgiving)."""
        name = re.sub(r"\s+", " ", c.group("holiday").lower())
        stated = int(c.group("year")) if c.group("year") else None
        if self.dct is None and stated is None:
            fixed = self.lex["holidays"].get(name)
            return "DATE", f"XXXX-{fixed}" if fixed else "XXXX-XX-XX"
        side = self._dir(c) or self._side(c)
        years = [stated] if stated else [self.dct.year + k for k in (-1, 0, 1)] if self.dct else []
        days = sorted(self._holiday_on(name, y) for y in years)
        if stated or self.dct is None:
            return "DATE", cal.day(days[0])
        ahead = [d for d in days if d >= self.dct]
        behind = [d for d in days if d <= self.dct]
        return "DATE", cal.day(ahead[0] if side > 0 or not behind else behind[-1])

    def _holiday_on(self, name: str, year: int) -> dt.date:
        if name in self.lex["holidays"]:
            mm, dd = (int(x) for x in str(self.lex["holidays"][name]).split("-"))
            return dt.date(year, mm, dd)
        month, iso_day, n = self.lex["weekday_holidays"][name]
        return cal.nth_weekday(year, int(month), int(iso_day), int(n))

    def _month_set(self, c: Candidate) -> Value:
        return "SET", f"XXXX-{self._month_number(c):02d}"

    # -- dates relative to the publication date ----------------------------------------------------------

    def _relday(self, c: Candidate) -> Value:
        rel = re.sub(r"\s+", " ", c.group("rel").lower())
        offset = int(self.lex["relative_days"][rel])
        part = self._part(c) or ("TNI" if rel == "tonight" else "")
        if self.dct is None:
            return "DATE", "PRESENT_REF" if offset == 0 else "PAST_REF" if offset < 0 else "FUTURE_REF"
        return ("TIME" if part else "DATE"), cal.day(self.dct + dt.timedelta(days=offset)) + part

    def _part_of_day(self, c: Candidate) -> Value:
        word = c.group("dir").lower()
        offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
        if self.dct is None:
            return "TIME", f"XXXX-XX-XX{self._part(c)}"
        return "TIME", cal.day(self.dct + dt.timedelta(days=offset)) + self._part(c)

    def _relative(self, c: Candidate) -> Value | None:
        unit = self.lex.unit(c.group("unit"))
        word = c.group("dir").lower()
        if unit in self.lex["seasons"]:
            return self._season(c)
        if word == "past" and unit == "weekend":
            word = "last"  # this past weekend
        elif word == "past" or self._spans_period(c):
            return "DURATION", _duration(1, unit, self.lex)
        direction = self.lex["directions"].get(word, 0)
        if self.dct is None:
            return "DATE", {0: "PRESENT_REF", -1: "PAST_REF", 1: "FUTURE_REF"}[direction]
        return "DATE", self._shifted(unit, direction, c)

    def _spans_period(self, c: Candidate) -> bool:
        """'the year ended June 30', 'throughout the fiscal year': a stretch of time, not a date."""
        if c.pattern.name != "same_unit":
            return False
        return word_after(self.text, c.end) in ("ended", "ending", "ends") or \
            word_before(self.text, c.start) == "throughout"

    def _shifted(self, unit: str, k: int, c: Candidate) -> str:
        """The publication date's year, month, week, quarter or decade moved by k units."""
        d = self.dct
        assert d is not None
        if unit == "year":
            return f"{d.year + k:04d}"
        if unit == "month":
            return cal.month(*cal.shift_month(d.year, d.month, k))
        if unit in ("week", "weekend"):
            week = cal.week(d + dt.timedelta(weeks=k))
            if unit == "weekend" and k == 0 and self._side(c) < 0 and d.isoweekday() < 5:
                week = cal.week(d - dt.timedelta(weeks=1))
            return week + ("-WE" if unit == "weekend" else "")
        if unit == "quarter":
            year, q = cal.shift_quarter(d.year, cal.quarter_of(d), k)
            self.focus = (year, q, c.start)
            return f"{year:04d}-Q{q}"
        if unit == "decade":
            return f"{d.year // 10 + k:03d}"
        if unit == "century":
            return f"{d.year // 100 + k:02d}"
        return cal.day(d + dt.timedelta(days=k))

    def _anaphor(self, c: Candidate) -> Value:
        """'that year', 'the following day': the year, month, week or day of the date named last, moved by
        the direction word."""
        unit = c.group("unit").lower()
        part = "T" + self.lex["parts_of_day"][unit] if unit in self.lex["parts_of_day"] else ""
        unit = "day" if part else unit
        size = {"year": 4, "month": 7, "day": 10, "week": 10}[unit]
        word = c.group("dir").lower()
        k = int(self.lex["directions"].get(word, self.lex["anaphor_directions"].get(word, 0)))
        last = self.last or ""
        if size == 10 and len(last) < size and self.days:  # "on Tuesday ... which they have held since January
            last = cal.day(self.days[-1][2])  # 2025 ... the next day": the day named last
        if len(last) < size or not re.match(r"^\d{4}(?:-\d\d){0,2}$", last[:size]):
            return ("TIME" if part else "DATE"), {4: "XXXX", 7: "XXXX-XX"}.get(size, "XXXX-XX-XX") + part
        if unit == "year":
            return "DATE", f"{int(last[:4]) + k:04d}"
        if unit == "month":
            return "DATE", cal.month(*cal.shift_month(int(last[:4]), int(last[5:7]), k))
        day = dt.date.fromisoformat(last[:10])
        if unit == "week":
            return "DATE", cal.week(day + dt.timedelta(weeks=k))
        return ("TIME" if part else "DATE"), cal.day(day + dt.timedelta(days=k)) + part

    def _event_day(self, c: Candidate) -> Value | None:
        """'the day after the summit': a day from the day the sentence that last named the event gave it."""
        unit = c.group("unit").lower()
        part = "T" + self.lex["parts_of_day"][unit] if unit in self.lex["parts_of_day"] else ""
        k = 1 if c.group("dir").lower() == "after" else -1
        for m in reversed(list(re.finditer(rf"\b{c.group('event')}\b", self.text[: c.start], re.I))):
            start = max(self.text.rfind(". ", 0, m.start()), self.text.rfind("\n", 0, m.start())) + 1
            ends = [e for e in (self.text.find(". ", m.start()), self.text.find("\n", m.start())) if e >= 0]
            end = min(ends) if ends else len(self.text)
            days = [d for s, _, d in self.days if start <= s < end]
            if days:
                return ("TIME" if part else "DATE"), cal.day(days[-1] + dt.timedelta(days=k)) + part
        return None  # "the day before the summit" with no day given to the summit: no time the text names

    def _season(self, c: Candidate) -> Value:
        code = self.lex["seasons"][c.group("unit").lower()]
        if c.group("year"):
            return "DATE", f"{c.group('year')}-{code}"
        if self.dct is None:
            return "DATE", f"XXXX-{code}"
        direction = self._dir(c)
        side = direction if direction is not None else self._side(c)
        year = cal.season_year(self.dct, int(self.lex["season_start"][code]), side, strict=direction is not None)
        return "DATE", f"{year:04d}-{code}"

    def _quarter(self, c: Candidate) -> Value:
        year, q = self._quarter_number(c)
        letter = "H" if c.group("unit").lower() == "half" else "Q"
        comparison = c.group("rel").lower() in _YEAR_BACK or (c.group("qyear") and not c.group("ord"))
        if letter == "Q" and not comparison:  # 'the 1988 period', 'the year-ago quarter' look back
            self.focus = (year, q, c.start)
        return "DATE", f"{year:04d}-{letter}{q}" if year else f"XXXX-{letter}{q}"

    def _quarter_year(self, c: Candidate) -> int | None:
        """The year a quarter expression states (1989, this year's, of next year), None when it states none."""
        if c.group("year") or c.group("qyear"):
            return int(c.group("year") or c.group("qyear"))
        ydir = (c.group("ydir") or c.group("ydir2")).lower()
        if ydir and self.dct:
            return self.dct.year + int(self.lex["directions"][ydir])
        return None

    def _quarter_number(self, c: Candidate) -> tuple[int, int]:
        """Year and number of a quarter (or half): stated, in focus, or the last one completed."""
        per_year = 2 if c.group("unit").lower() == "half" else 4
        d = self.dct
        current = ((cal.quarter_of(d) - 1) * per_year // 4 + 1) if d else 1
        stated = self._quarter_year(c)
        year = stated if stated is not None else (d.year if d else 0)
        back = 1 if c.group("rel").lower() in _YEAR_BACK else 0
        if c.group("ord"):
            n = min(int(self.lex["ordinals"][c.group("ord").lower()]), per_year)
            late = stated is None and n > current and self._side(c) < 0
            return year - back - (1 if late and d else 0), n
        rel = c.group("rel").lower()
        if per_year == 4 and self._focus_near(c) and rel not in ("current", "latest", "just-ended", "recent"):
            assert self.focus is not None
            fy, fq, _ = self.focus
            return (stated if stated is not None else fy - back), fq
        if rel == "current" or d is None:
            return year, current
        if per_year == 2:
            return year, current
        y, q = cal.shift_quarter(year, current, -1)
        return y - back, q

    def _year(self, c: Candidate) -> Value:
        return "DATE", c.group("year")

    def _spoken_year(self, c: Candidate) -> Value | None:
        """'nineteen ninety-six' (broadcast transcripts) is 1996, 'the year two thousand and five' 2005."""
        if not c.group("spoken"):
            extra = self.lex.number(c.group("rest")) if c.group("rest") else 0.0
            return None if extra is None else ("DATE", f"{2000 + int(extra):04d}")
        year = self.lex.spoken_year(c.group("spoken"))
        return None if year is None else ("DATE", f"{year:04d}")

    def _decade(self, c: Candidate) -> Value:
        if c.group("dec"):
            return "DATE", c.group("dec")
        digit = int(c.group("dec2"))  # the '80s: the latest such decade begun by publication
        if self.dct is None:
            return "DATE", f"19{digit}"
        century = self.dct.year // 100 - (0 if digit * 10 <= self.dct.year % 100 else 1)
        return "DATE", f"{century}{digit}"

    def _century(self, c: Candidate) -> Value:
        return "DATE", f"{int(c.group('ord')) - 1:02d}"

    def _ago(self, c: Candidate) -> Value:
        n = self._count(c)
        if self._elapsed(c, n):
            return self._duration(c)
        sign = -1 if c.group("dir").lower() in ("ago", "earlier") else 1
        vague: Value = ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if n is None:
            return vague
        letter, x = amount(n, self.lex.unit(c.group("unit")), self.lex)
        k = sign * int(x)
        if letter == "Y" and abs(k) == 1 and self._focus_near(c):
            assert self.focus is not None
            return "DATE", f"{self.focus[0] + k:04d}-Q{self.focus[1]}"
        anchored = self._anchored(c)
        if anchored is not None and letter in ("Y", "M"):
            return "DATE", _shift_value(anchored, letter, k)
        if self.dct is None:
            return vague
        anchor = self._narrative_day(c)
        if letter in ("TH", "TM", "TS"):
            return "DATE", cal.day(anchor or self.dct)
        if letter == "D" and anchor is not None:
            return "DATE", cal.day(anchor + dt.timedelta(days=k))
        unit = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter"}[letter]
        return "DATE", self._shifted(unit, k, c)

    def _elapsed(self, c: Candidate, n: float | None) -> bool:
        """Whether a 'later' or 'earlier' measures time gone by rather than dates a day: a vague amount (a few
        days later), hours or minutes (an hour later), or a present clause (still holds seven years later)."""
        if c.group("dir").lower() not in ("later", "earlier"):
            return False
        if n is None or str(self.lex["units"][self.lex.unit(c.group("unit"))][0]).startswith("T"):
            return True
        opens = self.tokens.sentence_start(c.start) == c.start  # 'Three days later, ...' moves a story on
        return not opens and tense_at(self.tokens, c.start, c.end, self.cues) == PRESENT

    def _anchored(self, c: Candidate) -> str | None:
        """The date a 'seven years later' counts from: a date named in the same sentence or the one before
        ('the 2018 deal', 'three years ago'), None when there is none."""
        value = self.last
        if c.group("dir").lower() not in ("later", "earlier") or value is None:
            return None
        since = self.tokens.sentence_start(c.start, back=1)
        return value if since <= self.last_start < c.start and re.match(r"^\d{4}(?!-[WQH])", value) else None

    def _narrative_day(self, c: Candidate) -> dt.date | None:
        """The day a 'three days later' counts from: the day named last, when the story has named one."""
        if c.group("dir").lower() not in ("later", "earlier") or not self.days:
            return None
        return self.days[-1][2]

    def _focus_near(self, c: Candidate) -> bool:
        return self.focus is not None and c.start - self.focus[2] < _FOCUS_REACH

    def _year_ago(self, c: Candidate) -> Value:
        if self._focus_near(c):
            assert self.focus is not None
            return "DATE", f"{self.focus[0] - 1:04d}-Q{self.focus[1]}"
        return "DATE", f"{self.dct.year - 1:04d}" if self.dct else "PAST_REF"

    # -- durations, sets, clock times, vague references --------------------------------------------------

    def _count(self, c: Candidate) -> float | None:
        """The number of units an expression states, with its fraction (two and a half), None when vague."""
        num = c.group("num").lower()
        n = self.lex.number(num) if num else None
        frac = re.sub(r"\s+", " ", (c.group("frac") or c.group("frac2")).lower())
        return n + float(self.lex["fractions"][frac]) if n is not None and frac else n

    def _duration(self, c: Candidate) -> Value:
        return "DURATION", _duration(self._count(c), self.lex.unit(c.group("unit")), self.lex)

    def _set(self, c: Candidate) -> Value:
        num = c.group("num")
        n = 2 if c.group("other") else self.lex.number(num) if num else 1  # every other week: P2W
        return "SET", _duration(n, self.lex.unit(c.group("unit")), self.lex)

    def _set_word(self, c: Candidate) -> Value:
        return "SET", str(self.lex["sets"][c.group("set").lower()])

    def _clock(self, c: Candidate) -> Value:
        named = c.group("named").lower()
        if named:
            clock = "T24:00" if named == "midnight" else "T12:00"
        else:
            hour = int(c.group("hour")) % 12 if c.group("ampm") else int(c.group("hour"))
            hour += 12 if c.group("ampm").lower().startswith("p") else 0
            clock = f"T{hour:02d}:{c.group('minute') or '00'}"
        return "TIME", self._day_near(c) + clock

    def _day_near(self, c: Candidate) -> str:
        """The date of a clock time: the day named last in its sentence or the one before, else the
        publication date (a day named right after it is attached later, by attach_clock_days)."""
        since = self.tokens.sentence_start(c.start, back=1)
        for start, end, date in reversed(self.days):
            if 0 <= c.start - end <= 12 or since <= start < c.start:
                return cal.day(date)
        return cal.day(self.dct) if self.dct else "XXXX-XX-XX"

    def _reference(self, c: Candidate) -> Value:
        ref = re.sub(r"\s+", " ", c.group("ref").lower())
        return "DATE", str(self.lex["references"][ref])


def _shift_value(anchor: str, letter: str, k: int) -> str:
    """A year (Y) or month (M) value moved by k units from an anchor value (2018 + 7 years = 2025)."""
    year = int(anchor[:4])
    if letter == "Y":
        return f"{year + k:04d}"
    month = int(anchor[5:7]) if re.match(r"^\d{4}-\d\d", anchor) else None
    return cal.month(*cal.shift_month(year, month, k)) if month else f"{year:04d}"


def attach_clock_days(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A clock time followed by its day takes that day: '3 p.m. on Wednesday' as two expressions, and
    '5 p.m. EST, Nov. 9' or 'noon Saturday' as one, as TimeML marks them."""
    out: list[TimeExpr] = []
    for t in found:
        prev = out[-1] if out else None
        if prev is not None and _clock_before(prev, t, text):
            value = t.value[:10] + prev.value[prev.value.index("T") :]
            if _CLOCK_JOIN.fullmatch(text[prev.end : t.start]):
                out[-1] = TimeExpr(prev.start, t.end, text[prev.start : t.end], "TIME", value)
                continue
            out[-1] = replace(prev, value=value)
        out.append(t)
    return out


def add_paired_days(found: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A day number joined to a full date takes its month and year: '25' in 'April 24 and 25' or
    'March 3-4' is a date of its own, as TimeML marks it."""
    out: list[TimeExpr] = []
    for i, t in enumerate(found):
        out.append(t)
        m = _PAIRED_DAY.match(text, t.end)
        day = _DAY_VALUE.fullmatch(t.value)
        if m is None or day is None or not t.text[-1:].isdigit() or not int(day[3]) < int(m[1]) <= 31:
            continue
        if i + 1 < len(found) and found[i + 1].start < m.end(1):
            continue
        try:
            value = dt.date(int(day[1]), int(day[2]), int(m[1])).isoformat()
        except ValueError:
            continue
        out.append(TimeExpr(m.start(1), m.end(1), m[1], "DATE", value))
    return out


def _clock_before(clock: TimeExpr, day: TimeExpr, text: str) -> bool:
    """Whether a clock time stands right before the expression of a day."""
    is_clock = clock.type == "TIME" and "T" in clock.value and clock.value[:1] in "0123456789X"
    return is_clock and bool(_DAY_VALUE.match(day.value)) and bool(_CLOCK_GAP.fullmatch(text[clock.end : day.start]))


def amount(n: float, unit: str, lex: Lexicon) -> tuple[str, float]:
    """(duration letter, amount) of n units, a fraction said in a whole number of a smaller unit: 1.5 years
    is 18 months."""
    letter, mult = lex["units"][unit]
    x = n * mult
    if not float(x).is_integer() and letter in lex["fraction_units"]:
        smaller, per = lex["fraction_units"][letter]
        if float(x * per).is_integer():  # 0.004 days stays P0.004D
            return str(smaller), x * per
    return str(letter), x


def _duration(n: float | None, unit: str, lex: Lexicon) -> str:
    """A TIMEX3 duration: P3Y, PT2H, P10Y for a decade, P18M for a year and a half, PXM or PXDE when the
    number is vague."""
    if n is None:
        letter, num = str(lex["vague_letters"].get(unit, lex["units"][unit][0])), "X"
    else:
        letter, x = amount(n, unit, lex)
        num = _number(x)
    return f"PT{num}{letter[1]}" if letter.startswith("T") else f"P{num}{letter}"


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
