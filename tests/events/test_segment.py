"""Segmentation: which sentences make an incident, and when a cue makes it hypothetical."""

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize(
    "text,events",
    [
        # regression: a threat or doubt after the event word made the whole incident hypothetical
        ("On Monday gunmen killed three herders near Gossi and threatened the villagers.", 1),
        ("Lundi, des hommes armés ont tué trois éleveurs près de Gossi et ont menacé les villageois.", 1),
        ("قتل مسلحون ثلاثة رعاة قرب غوسي يوم الاثنين وهددوا سكان القرية.", 1),
        # a threat before the event word still governs it
        ("On Monday the group threatened to attack the villages near Gossi.", 0),
        ("Lundi, le groupe a menacé d'attaquer les villages près de Gossi.", 0),
        ("هدد التنظيم يوم الاثنين بمهاجمة القرى قرب غوسي.", 0),
    ],
)
def test_hypothetical_cue_governs_only_what_follows(text, events):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    assert len([e for e in doc.events if e.role == "main"]) == events
