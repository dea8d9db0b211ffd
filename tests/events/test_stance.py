import pytest

from rasd.doc import ArticleDoc, FramingMention, Span
from rasd.events.stance import stance, voice
from rasd.normalize import fold


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



def doc_voiced(lang, text, *words):
    """A document in `lang` whose state markers are the given words, where they stand."""
    doc, at, found = ArticleDoc.from_text(text).with_layers(lang=lang), 0, []
    for word in words:
        at = text.index(word, at)
        found.append(FramingMention(Span(at, at + len(word)), fold(word), "state"))
        at += len(word)
    return doc.with_layers(framing=tuple(found))


@pytest.mark.parametrize("lang,text,words,favours", [
    # regression: a neutral outlet's label or two was read as the army's own voice
    ("en", "A terrorist group attacked the post near Ayorou. The terrorists fled north.",
     ("terrorist", "terrorists"), None),
    ("fr", "Un groupe terroriste a attaqué le poste près d'Ayorou. Les terroristes ont fui.",
     ("terroriste", "terroristes"), None),
    ("ar", "هاجمت جماعة إرهابية الموقع قرب أيورو، وفر الإرهابيون شمالا.",
     ("إرهابية", "الإرهابيون"), None),
    # a word no neutral outlet uses for killing is the army's own
    ("en", "The army neutralised six terrorists near Ayorou.", ("neutralised", "terrorists"), "state"),
    ("fr", "L'armée a neutralisé six terroristes près d'Ayorou.", ("neutralisé", "terroristes"),
     "state"),
    ("ar", "حيد الجيش ستة إرهابيين قرب أيورو.", ("حيد", "إرهابيين"), "state"),
    # labels alone, many of them: a communiqué's density
    ("en", "Six terrorists were killed near Ayorou; the terrorist base was destroyed and the "
           "terrorists' motorbikes seized.", ("terrorists", "terrorist", "terrorists"), "state"),
    # the markers inside quoted speech are the quoted speaker's, however long the quotation
    ("en", 'The army said: "our units neutralised six terrorists near Ayorou, destroyed a '
           'terrorist base and seized the terrorists\' motorbikes in the forest of Waraou."',
     ("neutralised", "terrorists", "terrorist", "terrorists"), None),
])
def test_the_voice_of_a_report(lang, text, words, favours):
    assert voice(doc_voiced(lang, text, *words)) == favours
