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


@pytest.mark.parametrize("text,army", [
    # actors.yaml `forces_after_country` (English: the adjective before the noun) and the
    # bare noun in `country_forces` (French: the adjective after it); Arabic's "قوات" takes
    # an adjective after it as it takes a name
    ("Chadian forces repelled an assault on their post near Bol on Tuesday.",
     "Military Forces of Chad (2021-)"),
    ("Nigerien armed forces repelled an assault on their post near Ayorou on Tuesday.",
     "Military Forces of Niger (2023-)"),
    ("Les forces tchadiennes ont repoussé mardi un assaut contre leur poste près de Bol.",
     "Military Forces of Chad (2021-)"),
    ("Les forces armées béninoises ont repoussé mardi un assaut contre leur poste près de "
     "Karimama.", "Military Forces of Benin (2016-)"),
    ("صدت القوات التشادية يوم الثلاثاء هجوما على موقعها قرب بول.",
     "Military Forces of Chad (2021-)"),
])
def test_forces_beside_a_country_adjective_are_its_army(text, army):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    actors = {a for e in doc.events if e.role == "main" for a in (e.actor1, e.actor2)}
    assert army in actors


@pytest.mark.parametrize("text", [
    "Rebel forces took the town of Aguelhok on Tuesday.",
    "Les forces spéciales ont pris mardi la ville d'Aguelhok.",
])
def test_forces_without_a_country_beside_them_are_not_an_army(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert not any("Military Forces" in (a or "") for e in doc.events
                   for a in (e.actor1, e.actor2))
