"""The date grammar's helpers (rasd.stages.date_rules)."""

from __future__ import annotations

import re

import pytest

from rasd.stages.date_rules import _token_breaks_as_spaces

# the single pattern the helper replaced: a break mark, or a full stop before a letter
_ONE_PATTERN = re.compile(r"[\n(\",،؛.](?:(?<=\.)(?=[^\W\d_])|(?<!\.))")


@pytest.mark.parametrize("text", [
    "the army said.In march, (on monday) \"two\" died\nlater",
    "هجوم،الخميس؛ قتل 3.5 جنود.وفي يوم",
    "v. 2.0 ... a.b.c. 1.2.3 .x .5 ._y .é end.",
    "",
])
def test_token_breaks_are_spaces_where_the_single_pattern_put_them(text: str) -> None:
    out = _token_breaks_as_spaces(text)
    assert len(out) == len(text)
    assert out == _ONE_PATTERN.sub(" ", text)
