"""A national army named as "the forces of <country>" (construct state), in three languages."""

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize("text,army", [
    # actors.yaml `country_forces`: one rule for every country, no alias per country
    ("Gunmen attacked the forces of Burkina Faso near Djibo on Wednesday.",
     "Military Forces of Burkina Faso (2022-)"),
    ("Des hommes armés ont attaqué les forces du Burkina Faso près de Djibo mercredi.",
     "Military Forces of Burkina Faso (2022-)"),
    ("Gunmen attacked the armed forces of Chad near Bol on Wednesday.",
     "Military Forces of Chad (2021-)"),
    ("Des hommes armés ont attaqué les forces du Niger près de Tillabéri mercredi.",
     "Military Forces of Niger (2023-)"),
    ("هاجم مسلحون قوات تشاد قرب بول يوم الأربعاء.", "Military Forces of Chad (2021-)"),
    ("هاجم مسلحون قوات بوركينا فاسو قرب جيبو يوم الأربعاء.",
     "Military Forces of Burkina Faso (2022-)"),
    ("هاجم مسلحون قوات النيجر قرب تيلابيري يوم الأربعاء.", "Military Forces of Niger (2023-)"),
    ("هاجم مسلحون قوات مالي قرب غاو يوم الأربعاء.", "Military Forces of Mali (2021-)"),
])
def test_the_forces_of_a_country_are_its_army(text, army):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [e.actor2 for e in doc.events if e.role == "main"] == [army]
