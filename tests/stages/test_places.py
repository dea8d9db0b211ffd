"""Place mentions found by cues (rasd.stages.places)."""

from __future__ import annotations

import pytest

from rasd.doc import ArticleDoc
from rasd.stages.places import find_places


def _places(lang: str, text: str) -> list[tuple[str, str | None]]:
    doc = ArticleDoc.from_text(text).with_layers(lang=lang)
    return [(p.name, p.cue) for p in find_places(doc)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a plural place noun introduces a list of names
    ("en", "Gunmen attacked the villages of Sari, Dinangourou and Toroli on Monday.",
     [("Sari", "settlement"), ("Dinangourou", "settlement"), ("Toroli", "settlement")]),
    ("fr", "Des hommes armés ont attaqué les villages de Sari et Toroli lundi.",
     [("Sari", "settlement"), ("Toroli", "settlement")]),
    # a closing designator is dropped from the name and tells its kind; the parenthesised
    # areas after the full name are still read
    ("en", "Two men were killed in Sobane Commune (Bankass, Mopti) on Monday.",
     [("Sobane", "commune"), ("Bankass", "region"), ("Mopti", "region")]),
    ("en", "Fighting was reported in the Tahoua Region.", [("Tahoua", "region")]),
    # a distance glued to its unit ("15km from") still introduces the place
    ("en", "An IED exploded 15km from Boni on Tuesday.", [("Boni", "near")]),
    ("fr", "Une mine a explosé à 20km de Boni mardi.", [("Boni", "near")]),
    ("ar", "انفجرت عبوة ناسفة على بعد 20 كلم من بوني.", [("بوني", "near")]),
    # a building is not a place; the town it stands in is
    ("en", "Protesters gathered at the Grand Mosque in Kayes.", [("Kayes", "in")]),
    ("fr", "Des manifestants se sont réunis à la Place de la Nation à Niamey.", [("Niamey", "in")]),
    # a part of a town places the event in that town
    ("en", "Gunmen robbed a shop in the Sabalibougou quarter of Bamako.", [("Bamako", "in")]),
    # an adjective before a place noun is not the place
    ("en", "Militiamen raided the Dogon village of Ogodengou.", [("Ogodengou", "settlement")]),
    # a capitalised place noun is the cue, not the name
    ("en", "Gunmen killed a herder in the Village of Tiguila.", [("Tiguila", "settlement")]),
    # "the capital of X"
    ("en", "Soldiers were attacked in the capital of Niamey.", [("Niamey", "settlement")]),
    # a trailing hyphen is not part of the name
    ("en", "Gunmen raided the village of Kassa- on Monday.", [("Kassa", "settlement")]),
])
def test_place_mentions(lang, text, expected):
    assert _places(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # parties named after "between" are not places
    ("en", "Clashes between JNIM and ISGS were reported near Tessit.", "JNIM"),
    # a demonym after a cue is not a place
    ("en", "The shells fell near the French camp perimeter in Gao.", "French"),
])
def test_not_places(lang, text, absent):
    assert absent not in [name for name, _ in _places(lang, text)]
