"""Actor roles: who is actor1 (the initiator) and actor2 (the side hit)."""

import datetime as dt

import pytest

import rasd

MALI_ARMY = "Military Forces of Mali (2021-)"
UAG = "Unidentified Armed Group (Mali)"
JNIM = "JNIM: Group for Support of Islam and Muslims"


def actors(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    return [(e.actor1, e.actor2) for e in doc.events if e.role == "main"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the army named as the target ("an attack on an army post") beside its
    # killed soldiers was taken for the one acting, and no attacker was implied
    ("Twelve soldiers were killed on Thursday in an attack on an army post near Gao, Mali.",
     [(UAG, MALI_ARMY)]),
    ("Douze soldats ont été tués jeudi dans une attaque contre un poste de l'armée près de Gao, au Mali.",
     [(UAG, MALI_ARMY)]),
    ("قتل 12 جنديا في هجوم على موقع للجيش قرب غاو في مالي يوم الخميس.", [(UAG, MALI_ARMY)]),
    # the attacker named: it is actor1 in every language
    ("JNIM fighters killed 12 soldiers near Boni, Mali, on Monday.", [(JNIM, MALI_ARMY)]),
    ("Des combattants du JNIM ont tué 12 soldats près de Boni, au Mali, lundi.", [(JNIM, MALI_ARMY)]),
])
def test_actor_roles(text, expected):
    assert actors(text) == expected
