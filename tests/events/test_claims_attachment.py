"""Which claims each event record of a report carries (rasd.events.assemble)."""

import datetime as dt

import pytest

import rasd


def main_roles(text: str, lang: str) -> list[list[str]]:
    """The claimant roles of each main event, in order."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return [sorted({c.claimant_role for c in e.claims}) for e in doc.events if e.role == "main"]


@pytest.mark.parametrize(("lang", "text"), [
    # regression: the second village of one statement got no claim (its sentence names no
    # source: it goes on in the statement's voice)
    ("en", "The defence ministry said on Monday that gunmen killed 32 civilians in Nagraogo. "
           "In Alamou, four other villagers were shot dead the same day."),
    ("fr", "Le ministère de la Défense a annoncé lundi que des hommes armés ont tué 32 civils à "
           "Nagraogo. À Alamou, quatre autres villageois ont été abattus le même jour."),
    ("ar", "أعلنت وزارة الدفاع يوم الاثنين أن مسلحين قتلوا 32 مدنيا في ناغراوغو. وفي ألامو، قتل "
           "أربعة قرويين آخرين في اليوم نفسه."),
])
def test_an_incident_without_a_source_of_its_own_is_told_by_the_reports(lang, text):
    assert main_roles(text, lang) == [["government"], ["government"]]


@pytest.mark.parametrize(("lang", "text"), [
    # an incident that names its own source keeps only that one
    ("en", "The defence ministry said on Monday that gunmen killed 32 civilians in Nagraogo. "
           "In Alamou, four other villagers were shot dead the same day, residents said."),
    ("fr", "Le ministère de la Défense a annoncé lundi que des hommes armés ont tué 32 civils à "
           "Nagraogo. À Alamou, quatre autres villageois ont été abattus le même jour, selon des "
           "habitants."),
])
def test_an_incident_with_its_own_source_keeps_it(lang, text):
    assert main_roles(text, lang) == [["government"], ["local_source"]]


def test_inherited_claims_cover_no_field_of_the_incident():
    doc = rasd.extract("The defence ministry said on Monday that gunmen killed 32 civilians in "
                       "Nagraogo. In Alamou, four other villagers were shot dead the same day.",
                       published=dt.date(2025, 1, 10), lang="en")
    first, second = doc.events
    assert first.claims[0].fields and second.claims[0].fields == ()
    assert second.claims[0].span == first.claims[0].span
