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


def doc_marked(text, *words):
    """A document whose framing markers are the given words, where they stand."""
    doc, at, found = ArticleDoc.from_text(text), 0, []
    for word in words:  # each after the one before
        at = text.index(word, at)
        found.append(FramingMention(Span(at, at + len(word)), "m", "state"))
        at += len(word)
    return doc.with_layers(framing=tuple(found))


@pytest.mark.parametrize("text,words,favours", [
    # regression: an outlet that puts the army's word in scare quotes was read as the army
    ('The army said it killed six "terrorists" near Ayorou. A "terrorist" attack hit Waraou.',
     ("terrorists", "terrorist"), None),
    ("L'armée dit avoir tué six « terroristes » près d'Ayorou. Une attaque « terroriste » a "
     "visé Waraou.", ("terroristes", "terroriste"), None),
    ("قال الجيش إنه قتل “ستة إرهابيين” قرب أيورو، وإن هجوما “إرهابيا” استهدف واراو.",
     ("إرهابيين", "إرهابيا"), None),
    # the same words in the report's own voice, or in a communiqué quoted at length, vote
    ("The army killed six terrorists near Ayorou. A terrorist attack hit Waraou.",
     ("terrorists", "terrorist"), "state"),
    ('The army said: "our units neutralised six terrorists near Ayorou and destroyed a '
     'terrorist hideout in the forest of Waraou."', ("terrorists", "terrorist"), "state"),
])
def test_markers_in_scare_quotes_do_not_vote(text, words, favours):
    assert stance(doc_marked(text, *words)).favours == favours
