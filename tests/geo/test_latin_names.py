"""The Latin spelling an Arabic-script place name takes in the record."""

import datetime as dt

import pytest

import rasd
from rasd.geo.latin_names import _spelling, latin_name
from rasd.geo.resolve import gazetteer


def _place(name: str, country: str):  # type: ignore[no-untyped-def]
    [candidate] = gazetteer().lookup(name, country=country, limit=1)
    return candidate.place


@pytest.mark.parametrize("written,latin,country,expected", [
    # the main name is a local spelling; the Arabic letters render the French one
    ("سولهان", "Solhan", "BFA", "Solhan"),
    ("سولينزو", "Solenzo", "BFA", "Solenzo"),
    ("أوغوساغو", "Ogossagou", "MLI", "Ogossagou"),
    # an alternate that sounds only a little closer still wins: the Arabic writes no final
    # vowel ("Ti-n-Zaouâtene"), and و where the main name has a ("Djiguibambo")
    ("تين زواتين", "Tinzaouaten", "MLI", "Tin Zaouaten"),
    ("دجيغويبومبو", "Djiguibombo", "MLI", "Djiguibombo"),
    # an alternate that sounds the same ("kidal'") leaves the main name
    ("كيدال", "Kidal", "MLI", "Kidal"),
    # no alternate sounds closer: the main name stays, accents and all
    ("جيبو", "Djibo", "BFA", "Djibo"),
    ("تمبكتو", "Tombouctou", "MLI", "Timbuktu"),
])
def test_an_arabic_name_takes_the_latin_spelling_it_renders(written, latin, country, expected):
    assert latin_name(written, _place(latin, country)) == expected


def test_a_main_name_that_sounds_as_written_needs_no_alternate_read(monkeypatch):
    # "كيدال" sounds as Kidal does: no alternate can sound closer, none is read
    place = _place("Kidal", "MLI")
    read: list[object] = []
    monkeypatch.setattr(type(gazetteer()), "alternate_names", lambda self, p: read.append(p) or ())
    latin_name.cache_clear()
    assert latin_name("كيدال", place) == "Kidal"
    assert not read


def test_a_latin_mention_is_not_respelled():
    place = _place("Solhan", "BFA")
    assert latin_name("Solhan", place) == place.name


@pytest.mark.parametrize("alias,is_spelling", [
    ("solhan", True), ("tin zaouatine", True), ("n'djamena", True),
    # letter-by-letter renderings of Arabic script are not spellings
    ("tmbktw", False), ("tyn zawatyn", False), ("thynzwathyn", False),
])
def test_letter_by_letter_renderings_are_not_spellings(alias, is_spelling):
    assert _spelling(alias) is is_spelling


@pytest.mark.parametrize("text", [
    "قتل مسلحون عشرين مدنيا في بلدة سولهان في شمال بوركينا فاسو يوم الاثنين.",
    "هاجم مسلحون بلدة سولينزو في غرب بوركينا فاسو يوم الاثنين وقتلوا خمسة مدنيين.",
])
def test_an_arabic_report_names_the_place_as_its_letters_say(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.location in {"Solhan", "Solenzo"} and event.country == "Burkina Faso"
