"""Publication dates as sources write them, read without clock, locale or guessing.

Accepted: ISO dates and date-times ("2025-01-13", "2025-01-13T08:00:00Z",
"2025-01-13 08:00:00+01:00"), day-first numeric dates ("13/01/2025", "13-01-2025",
"13.01.2025"), year-first with slashes ("2025/01/13") and RFC 2822 dates as RSS feeds
write them ("Mon, 13 Jan 2025 08:00:00 GMT"). The date is the one written: a time zone is
not applied, because the publisher's own calendar day is the reference for "yesterday".
Month-first dates ("01/13/2025") are refused rather than silently swapped.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache

from rasd.errors import InputError

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?"
)
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_RFC_2822 = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b.*")
_MIN_YEAR, _MAX_YEAR = 1900, 2100
_EXPECTED = 'expected a date like "2025-01-13", "2025-01-13T08:00:00Z" or "13/01/2025"'


def parse_published(
    value: str | None, *, path: str | None = None, line: int | None = None
) -> dt.date | None:
    """The calendar date in a publication-date string; None for None or an empty string.

    Raises InputError (naming path and line) for a value that is not a readable date.
    """
    if not isinstance(value, str | None):
        raise InputError(f'bad "published" value {value!r}: {_EXPECTED}', path=path, line=line)
    if value is None or not value.strip():
        return None
    found = _to_date(value.strip())
    if isinstance(found, str):
        raise InputError(f'bad "published" value {value!r}: {found}', path=path, line=line)
    return found


@lru_cache(maxsize=4096)  # a feed repeats the same few dates thousands of times
def _to_date(text: str) -> dt.date | str:
    """The date, or why there is none."""
    parts = _date_parts(text)
    if parts is None:
        return _EXPECTED
    try:
        date = dt.date(*parts)
    except ValueError as exc:
        day_first = _DAY_FIRST.fullmatch(text) is not None
        return f"{exc} (numeric dates are read day first: 13/01/2025)" if day_first else str(exc)
    if not _MIN_YEAR <= date.year <= _MAX_YEAR:
        return f"implausible year {date.year}"
    return date


def _date_parts(text: str) -> tuple[int, int, int] | None:
    if match := _ISO.fullmatch(text):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _DAY_FIRST.fullmatch(text):
        return int(match[4]), int(match[3]), int(match[1])
    if match := _YEAR_FIRST.fullmatch(text):
        return int(match[1]), int(match[2]), int(match[3])
    if _RFC_2822.fullmatch(text):
        parsed = email.utils.parsedate_tz(text)
        if parsed is not None:
            return parsed[0], parsed[1], parsed[2]
    return None
