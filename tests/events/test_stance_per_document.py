"""The stance and voice of a document are found once per document (rasd.events.stance):
every incident of a long report asks for them, and each answer reads the whole text."""

import pytest

from rasd.doc import ArticleDoc, FramingMention, Span
from rasd.events import stance as stance_module
from rasd.events.stance import stance, voice

ROWS = [
    ("en", 'The army said it neutralised five "terrorists" near Gao; the terrorists fled.', "terrorists"),
    ("fr", "L'armée a neutralisé cinq terroristes près de Gao ; les terroristes ont fui.", "terroristes"),
    ("ar", "قال الجيش إنه حيد خمسة إرهابيين قرب غاو وفر الإرهابيين الباقون.", "إرهابيين"),
]


def _marked(lang, text, word):
    at, found = 0, []
    while (at := text.find(word, at)) >= 0:
        found.append(FramingMention(Span(at, at + len(word)), word, "state"))
        at += len(word)
    return ArticleDoc.from_text(text).with_layers(lang=lang, framing=tuple(found))


@pytest.mark.parametrize("lang,text,word", ROWS)
def test_stance_and_voice_are_read_once_per_document(lang, text, word, monkeypatch):
    doc = _marked(lang, text, word)
    first_stance, first_voice = stance(doc), voice(doc)
    calls = []
    monkeypatch.setattr(stance_module, "scare_quotes", lambda t: calls.append(t) or [])
    monkeypatch.setattr(stance_module, "quotations", lambda t: calls.append(t) or [])
    for _ in range(3):  # as each incident of the document asks
        assert stance(doc) is first_stance and voice(doc) == first_voice
    assert not calls
    # a document with other markers is read anew
    other = doc.with_layers(framing=doc.framing[:1])
    assert stance(other).markers == {"state": 1}
