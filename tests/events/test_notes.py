"""English notes name places in Latin script only: an unresolved place the text gives in
Arabic script falls back to its admin unit, or the note names no place (no transliterated
guess)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.events.notes import describe

BASE = {"event_date": dt.date(2025, 1, 12), "actor1": "Unidentified Armed Group (Mali)",
        "actor2": "Civilians (Mali)", "sub_event_type": "Attack", "country": "Mali"}


@pytest.mark.parametrize(("place", "says", "never"), [
    ({"location": "Boni", "admin2": "Douentza", "admin1": "Douentza", "geo_precision": 2},
     "near Boni", None),
    ({"location": "Boni", "admin1": "Douentza", "geo_precision": 1}, "in Boni", None),
    ({"location": "كوروغوندا", "admin2": "Douentza", "admin1": "Douentza", "geo_precision": 2},
     "in Douentza", "near"),
    ({"location": "كوروغوندا", "admin1": "Mopti", "geo_precision": 3}, "in Mopti", None),
    ({"location": "كوروغوندا", "admin1": "موبتي"}, "attacked Civilians (Mali) (Mali).", " in "),
    ({"location": "كوروغوندا"}, "attacked Civilians (Mali) (Mali).", " in "),
])
def test_english_notes_name_places_in_latin_script_only(place, says, never):
    note = describe({**BASE, **place})
    assert says in note
    assert not any("\u0600" <= c <= "\u06ff" for c in note), note
    if never:
        assert never not in note


@pytest.mark.parametrize(("day", "says"), [
    (dt.date(2025, 1, 12), "On 12 January 2025, "),
    (dt.date(2024, 9, 3), "On 3 September 2024, "),
    (dt.date(2023, 12, 31), "On 31 December 2023, "),
])
def test_the_note_opens_with_the_day_in_english_whatever_the_locale(day, says):
    assert describe({**BASE, "event_date": day}).startswith(says)
