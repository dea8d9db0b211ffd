import pytest

from rasd.doc import ArticleDoc, FramingMention, Span
from rasd.events.stance import stance


def doc_with(*sides):
    doc = ArticleDoc.from_text("x" * 40)
    return doc.with_layers(framing=tuple(FramingMention(Span(i, i + 1), "m", side)
                                         for i, side in enumerate(sides)))


@pytest.mark.parametrize("sides,favours", [
    ((), None),
    (("jihadist",), None),                      # one marker is not a stance
    (("jihadist", "jihadist"), "jihadist"),
    (("state", "state", "jihadist"), "state"),
    (("state", "jihadist"), None),
    (("martyrdom", "martyrdom", "state"), None),  # martyr language does not vote
])
def test_stance(sides, favours):
    found = stance(doc_with(*sides))
    assert found.favours == favours
    assert "martyrdom" not in found.markers
