"""events.undergoing: a party named as the subject of a verb of undergoing ("came under
fire", "a essuyé des tirs", "تعرض ... لقصف") was hit, not the one who struck."""

import datetime as dt

import pytest

import rasd

UAG = "Unidentified Armed Group (Mali)"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2021-)"
ARMY = "Military Forces of Mali (2021-)"


def actors(text):
    doc = rasd.extract(text, published=dt.date(2023, 5, 6))
    return [(e.actor1, e.actor2) for e in doc.events if e.role == "main"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the shelled mission, subject of the sentence, was coded as the shooter
    ("The MINUSMA camp in Kidal came under mortar fire early on Saturday, the mission said.",
     [(UAG, MINUSMA)]),
    ("Le camp de la MINUSMA à Kidal a été la cible de tirs d'obus samedi à l'aube.",
     [(UAG, MINUSMA)]),
    ("تعرض معسكر بعثة الأمم المتحدة في مدينة كيدال فجر السبت لقصف بقذائف الهاون.",
     [(UAG, MINUSMA)]),
    # the verb after the name, in Arabic too ("the mission's camp was subjected to")
    ("Le camp de la MINUSMA à Kidal a essuyé des tirs d'obus samedi à l'aube.",
     [(UAG, MINUSMA)]),
    ("معسكر بعثة الأمم المتحدة في كيدال تعرض فجر السبت لقصف بقذائف الهاون.",
     [(UAG, MINUSMA)]),
])
def test_subject_of_undergoing_was_hit(text, expected):
    assert actors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no such verb: a force named first with its own shelling still acts
    ("Malian troops shelled rebel positions near Kidal on Saturday.", [(ARMY, UAG)]),
    ("L'armée malienne a bombardé samedi des positions rebelles près de Kidal.", [(ARMY, UAG)]),
    ("قصف الجيش المالي يوم السبت مواقع للمتمردين قرب كيدال.", [(ARMY, UAG)]),
])
def test_doer_without_undergoing_verb(text, expected):
    assert actors(text) == expected


TOGO_ARMY = "Military Forces of Togo (2005-)"
TOGO_UAG = "Unidentified Armed Group (Togo)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the force that fended an attack off was coded as its initiator
    ("Togolese troops repelled an attack on their post in Sanloaga, Togo, on Tuesday, killing "
     "two assailants.", [(TOGO_UAG, TOGO_ARMY)]),
    ("Des soldats togolais ont repoussé mardi une attaque contre leur poste à Sanloaga, au "
     "Togo, tuant deux assaillants.", [(TOGO_UAG, TOGO_ARMY)]),
    ("صد الجيش التوغولي يوم الثلاثاء هجوما على موقعه في سانلواغا في توغو وقتل اثنين من "
     "المهاجمين.", [(TOGO_UAG, TOGO_ARMY)]),
])
def test_force_that_fended_off_an_attack_was_attacked(text, expected):
    assert actors(text) == expected
