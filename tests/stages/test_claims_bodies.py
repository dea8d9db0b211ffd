"""Bodies that speak with no role cue: capitals standing for their government (claims_bodies.py)."""

import datetime as dt

import pytest

import rasd


def roles(text, lang):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return sorted({c.role for c in doc.claims})


@pytest.mark.parametrize(("lang", "text"), [
    # regression: a government speaking through its capital's name made no claim
    ("en", "Bamako said there was no evidence that its army took part in the killings near Nara."),
    ("fr", "Bamako a affirmé qu'aucune preuve ne montrait la participation de son armée aux "
           "tueries près de Nara."),
    ("ar", "وقالت باماكو إنه لا يوجد دليل على مشاركة جيشها في عمليات القتل قرب نارا."),
    ("en", "But Niamey said on Monday that no civilians were among the dead near Tillaberi."),
    ("fr", "Mais Niamey a affirmé lundi qu'aucun civil ne figurait parmi les morts près de Tillabéri."),
    ("ar", "وأكدت نيامي الاثنين أنه لا يوجد مدنيون بين القتلى قرب تيلابيري."),
])
def test_a_capital_that_speaks_is_its_government(lang, text):
    assert roles(text, lang) == ["government"]


@pytest.mark.parametrize(("lang", "text"), [
    # a capital named as a place, or in apposition, is no voice
    ("en", "A staff member in the capital, Niamey, says the gunmen came on motorbikes."),
    ("fr", "Un employé basé dans la capitale, Niamey, affirme que les assaillants sont venus à moto."),
    ("ar", "وقال موظف في العاصمة نيامي إن المسلحين جاؤوا على دراجات نارية."),
    ("en", "Ten people were killed in Bamako on Monday, witnesses said."),
    ("fr", "Dix personnes ont été tuées lundi à Bamako, selon des témoins."),
    ("ar", "قتل عشرة أشخاص في باماكو الاثنين، حسبما قال شهود."),
    ("en", "The minister said in Niamey that ten soldiers were killed near Tillaberi."),
    ("fr", "Le ministre a déclaré à Niamey que dix soldats avaient été tués près de Tillabéri."),
    ("ar", "وصل الوزير إلى نيامي وقال إن عشرة جنود قتلوا قرب تيلابيري."),
])
def test_a_capital_named_as_a_place_is_no_source(lang, text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    assert not any(c.span.of(text) in ("Niamey", "Bamako", "نيامي", "باماكو") for c in doc.claims)
