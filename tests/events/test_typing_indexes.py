"""The per-document indexes of typing_rules answer as the scans they replace: a reply cue
that holds a trigger, a cause or "N days after" cue earlier in the trigger's sentence."""

import pytest

import rasd
from rasd.events.typing_rules import (
    REMOTE_REPLIES,
    _sentence_of,
    before_an_earlier_incident,
    beyond_causes,
    recurring,
    territorial_backdrop,
)
from rasd.stages.lexical import hits
from rasd.stages.nearby import same_sentence

TEXTS = {
    "en": "Gunmen attacked a checkpoint near Gao on Sunday. The soldiers responded with artillery "
          "fire and air strikes, killing ten attackers. In response to the attack, drones struck a "
          "camp near Menaka. Two days after the ambush, residents marched in Gao to denounce the "
          "killing of three traders.",
    "fr": "Des hommes armés ont attaqué un poste de l'armée près de Mopti dimanche. Les soldats ont "
          "riposté par des tirs d'obus et des frappes aériennes, tuant dix assaillants. En riposte à "
          "cette attaque, des drones ont frappé un camp près de Djenné. Deux jours après "
          "l'embuscade, des habitants ont marché à Mopti pour dénoncer le meurtre de trois commerçants.",
    "ar": "هاجم مسلحون نقطة تفتيش قرب غاو يوم الأحد. ورد الجنود بقصف مدفعي وغارات جوية، ما أسفر عن "
          "مقتل عشرة مهاجمين. وردا على الهجوم، قصفت طائرات مسيرة معسكرا قرب ميناكا. وبعد يومين من "
          "الكمين، تظاهر سكان في غاو تنديدا بمقتل ثلاثة تجار.",
}


def _scanned_reply(doc, trigger, triggers):
    """reply_verb as a scan of every cue and trigger."""
    if trigger.sub_event_type in REMOTE_REPLIES:
        return False
    replies = [m for key in ("remote_replies", "responses") for m in hits(doc, "context", key)
               if m.span.start <= trigger.span.start and trigger.span.end <= m.span.end]
    sentence = _sentence_of(doc, trigger)
    return bool(replies) and sentence is not None and any(
        t.sub_event_type in REMOTE_REPLIES and sentence.start <= t.span.start < sentence.end
        for t in triggers)


def _scanned_after(doc, cues, items):
    return [m for m in items
            if not any(c.span.end <= m.span.start for c in same_sentence(doc, cues, m.span))]


def _scanned_beyond(doc, triggers):
    triggers = [t for t in triggers
                if not territorial_backdrop(doc, t, triggers) and not recurring(doc, t)
                and not _scanned_reply(doc, t, triggers)]
    causes = hits(doc, "claims", "causes")
    return (_scanned_after(doc, causes, triggers) or triggers) if causes else triggers


@pytest.mark.parametrize("lang", sorted(TEXTS))
@pytest.mark.parametrize("split", [True, False], ids=["sentences", "no-sentences"])
def test_the_indexes_answer_as_the_scans(lang, split):
    doc = rasd.extract(TEXTS[lang])
    assert doc.lang == lang
    if not split:  # without sentences every cue is in every item's sentence
        doc = doc.with_layers(sentences=())
    triggers = list(doc.triggers)
    # the text holds what the indexes are for
    assert hits(doc, "context", "remote_replies") and hits(doc, "context", "responses")
    assert hits(doc, "claims", "causes") and hits(doc, "dates", "days_after")
    assert beyond_causes(doc, triggers) == _scanned_beyond(doc, triggers)
    cues = hits(doc, "dates", "days_after")
    for layer in (triggers, list(doc.casualties)):
        assert before_an_earlier_incident(doc, layer) == _scanned_after(doc, cues, layer)
