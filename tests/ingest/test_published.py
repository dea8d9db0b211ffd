import datetime as dt

import pytest

from rasd.errors import InputError
from rasd.ingest import parse_published

D = dt.date(2025, 1, 13)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2025-01-13", D),
        ("2025-01-13T08:00:00Z", D),
        ("2025-01-13T23:30:00-05:00", D),  # the publisher's day, not converted to UTC
        ("2025-01-13 08:00:00.123+0100", D),
        ("13/01/2025", D),
        ("13-01-2025", D),
        ("13.01.2025", D),
        ("3/1/2025", dt.date(2025, 1, 3)),  # day first
        ("2025/01/13", D),
        ("Mon, 13 Jan 2025 08:00:00 GMT", D),
        ("13 Jan 2025 08:00:00 +0000", D),
        ("  2025-01-13  ", D),
        (None, None),
        ("", None),
    ],
)
def test_accepted_forms(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value,reason",
    [
        ("01/13/2025", "month must be in 1..12 (numeric dates are read day first: 13/01/2025)"),
        ("2025-02-30", "day is out of range for month"),
        ("yesterday", 'expected a date like "2025-01-13"'),
        ("2025-01", 'expected a date like "2025-01-13"'),
        ("13 janvier 2025", 'expected a date like "2025-01-13"'),
        ("1025-01-13", "implausible"),
        (20250113, 'expected a date like "2025-01-13"'),
    ],
)
def test_refused_forms_name_the_place(value, reason):
    with pytest.raises(InputError) as caught:
        parse_published(value, path="feed.jsonl", line=4)
    assert str(caught.value).startswith("feed.jsonl:4: ")
    assert reason in str(caught.value)
