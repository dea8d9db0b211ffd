"""actors.v1 helpers: the demonyms that name a country."""

import datetime as dt

import pytest

import rasd
from rasd.stages.actors import country_names


def _countries(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    return [m.labels[0] for m in country_names(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the lake shared by four countries was read as the country Chad
    ("Gunmen killed five fishermen on Lake Chad on Monday, the authorities in Niger said.", ["NER"]),
    ("Des hommes armés ont tué lundi cinq pêcheurs sur le lac Tchad, selon les autorités du Niger.",
     ["NER"]),
    ("قتل مسلحون خمسة صيادين يوم الاثنين في بحيرة تشاد، بحسب السلطات في النيجر.", ["NER"]),
    # the country itself is still a country
    ("Gunmen killed five soldiers in Chad on Monday.", ["TCD"]),
    ("Des hommes armés ont tué lundi cinq soldats au Tchad.", ["TCD"]),
    ("قتل مسلحون خمسة جنود في تشاد يوم الاثنين.", ["TCD"]),
])
def test_country_names(text, expected):
    assert _countries(text) == expected


def test_lake_chad_does_not_make_the_victims_chadian():
    """Regression: "Civilians (Chad)" for fishermen killed on the lake in Niger."""
    doc = rasd.extract("Des hommes armés ont tué lundi cinq pêcheurs sur une île du lac Tchad. La "
                       "pêche sur le lac Tchad est interdite au Niger depuis 2015.",
                       published=dt.date(2025, 1, 10))
    assert [(e.actor1, e.actor2) for e in doc.events] == [
        ("Unidentified Armed Group (Niger)", "Civilians (Niger)")]


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two Egyptians on Tuesday on the road near Segou, Mali.",
    "Des hommes armés ont enlevé mardi deux Égyptiens sur la route près de Ségou, au Mali.",
    # regression: the count after the nationality (Arabic order) was not read as people
    "اختطف مسلحون يوم الثلاثاء مصريين اثنين على الطريق قرب سيغو في مالي.",
])
def test_counted_nationals_are_civilians_of_their_country(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [e.actor2 for e in doc.events] == ["Civilians (Egypt)"]


@pytest.mark.parametrize(("text", "expected"), [
    # a force noun and its link word before a country's name: that country's forces
    ("The forces of Niger repelled the attack.", [("forces of Niger", "NER")]),
    ("Les forces du Niger ont repoussé l'attaque.", [("forces du Niger", "NER")]),
    ("صدت قوات النيجر الهجوم.", [("قوات النيجر", "NER")]),
    # a word between the link and the country: no such force
    ("The forces of the coalition left Niger.", []),
    ("Les forces de la coalition ont quitté le Niger.", []),
    ("غادرت قوات التحالف النيجر.", []),
])
def test_the_forces_of_a_country(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    found = [(text[a.span.start:a.span.end], a.country) for a in doc.actors
             if a.actor_id == "state_forces_military"]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the country ending one sentence gave its nationality to the protesters
    # opening the next ("Protesters (Niger)" in Kaya, Burkina Faso)
    ("The convoy was heading for Niger. Protesters blocked it in Kaya.", None),
    ("Le convoi se rendait au Niger. Les manifestants l'ont bloqué à Kaya.", None),
    ("كانت القافلة متجهة إلى النيجر. وأغلق المتظاهرون الطريق في كايا.", None),
    # in its own sentence the country still qualifies the noun
    ("Nigerien protesters blocked the convoy in Kaya.", "NER"),
    ("Des manifestants nigériens ont bloqué le convoi à Kaya.", "NER"),
    ("أغلق متظاهرون نيجريون الطريق في كايا.", "NER"),
])
def test_a_country_in_the_sentence_before_is_no_nationality(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [a.country for a in doc.actors if a.actor_id == "protesters"] == [expected]


@pytest.mark.parametrize("text", [
    # regression: "the army and its Russian allies" made the army Russian (actors.yaml
    # `demonym_breaks`)
    "The army and its Russian allies fought rebels near Kidal on Sunday.",
    "L'armée et ses alliés russes ont combattu des rebelles près de Kidal dimanche.",
    "قاتل الجيش وحلفاؤه الروس المتمردين قرب كيدال يوم الأحد.",
])
def test_a_country_after_a_coordinator_qualifies_the_other_noun(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [a.country for a in doc.actors if a.actor_id == "state_forces_military"] == [None]


@pytest.mark.parametrize("text", [
    # the coalition's other common spellings and its bare head noun
    "Clashes broke out on Sunday near Anefis between the Coordination of Movements for Azawad "
    "and GATIA fighters.",
    "Des affrontements ont éclaté dimanche près d'Anéfis entre la Coordination des mouvements "
    "et des combattants du GATIA.",
    # regression: the spelling with منسقية and the bare "تنسيقية الحركات" were not the CMA
    "اندلعت يوم الأحد اشتباكات قرب أنفيف بين منسقية الحركات الأزوادية ومسلحي غاتيا.",
    "اندلعت يوم الأحد اشتباكات قرب أنفيف بين منسقية حركات أزواد ومسلحي غاتيا.",
    "اندلعت يوم الأحد اشتباكات قرب أنفيف بين تنسيقية الحركات ومسلحي غاتيا.",
])
def test_coordination_of_movements_spellings_name_the_cma(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert "cma" in [a.actor_id for a in doc.actors]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the bare "the forces" with its article named no actor, the arrest none
    ("اعتقلت القوات ثلاثة رجال قرب غاو يوم الأحد.", "Military Forces of Mali (2021-)"),
    ("Les forces ont interpellé trois hommes près de Gao dimanche.",
     "Military Forces of Mali (2021-)"),
    ("The forces detained three men near Gao on Sunday.", "Military Forces of Mali (2021-)"),
    # a country qualifying the forces keeps its country, wherever the incident took place
    ("اعتقلت القوات النيجرية ثلاثة رجال قرب غاو يوم الأحد.", "Military Forces of Niger (2023-)"),
    ("Les forces nigériennes ont interpellé trois hommes près de Gao dimanche.",
     "Military Forces of Niger (2023-)"),
    ("The forces of Niger detained three men near Gao on Sunday.",
     "Military Forces of Niger (2023-)"),
])
def test_the_bare_forces_are_the_state_forces(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [e.actor1 for e in doc.events] == [expected]


@pytest.mark.parametrize("text", [
    # a word that qualifies the noun, or points back to forces named before: not the state's
    "اعتقلت القوات الأجنبية ثلاثة رجال قرب غاو يوم الأحد.",
    "وصلت القوات الأممية إلى غاو. واعتقلت هذه القوات ثلاثة رجال.",
    "اعتقلت القوات شبه العسكرية ثلاثة رجال قرب غاو يوم الأحد.",
    "Les forces étrangères ont interpellé trois hommes près de Gao dimanche.",
    "Les forces d'occupation ont interpellé trois hommes près de Gao dimanche.",
    "The forces of the coalition detained three men near Gao on Sunday.",
])
def test_forces_qualified_or_pointed_back_are_not_bare(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert not [a for a in doc.actors if a.actor_id == "state_forces_military"]
