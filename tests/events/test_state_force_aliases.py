"""A national army named as "the forces of <country>" (construct state), in three languages."""

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize("text,army", [
    # the English and French aliases are the actors' files' (another helper's scope)
    pytest.param("Gunmen attacked the forces of Burkina Faso near Djibo on Wednesday.",
                 "Military Forces of Burkina Faso (2022-)",
                 marks=pytest.mark.xfail(reason="en alias not yet listed", strict=False)),
    pytest.param("Des hommes armés ont attaqué les forces du Burkina Faso près de Djibo mercredi.",
                 "Military Forces of Burkina Faso (2022-)",
                 marks=pytest.mark.xfail(reason="fr alias not yet listed", strict=False)),
    ("هاجم مسلحون قوات بوركينا فاسو قرب جيبو يوم الأربعاء.",
     "Military Forces of Burkina Faso (2022-)"),
    ("هاجم مسلحون قوات النيجر قرب تيلابيري يوم الأربعاء.", "Military Forces of Niger (2023-)"),
    ("هاجم مسلحون قوات مالي قرب غاو يوم الأربعاء.", "Military Forces of Mali (2021-)"),
])
def test_the_forces_of_a_country_are_its_army(text, army):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [e.actor2 for e in doc.events if e.role == "main"] == [army]
