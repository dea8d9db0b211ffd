"""Claims: who asserts the facts, and with which role."""

import datetime as dt

import pytest

import rasd


def claims(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    return [(c.role, c.claimant) for c in doc.claims]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: "selon une source sécuritaire" was also read as the army claiming, because
    # "selon" took the nearest actor ("l'armée", the target of the attack)
    ("Douze soldats ont été tués jeudi dans une attaque contre un poste de l'armée près de Gao, "
     "selon une source sécuritaire.", [("security_source", None)]),
    # regression: a security source took the army it spoke about as its claimant
    ("Twelve soldiers were killed on Thursday in an attack on an army post near Gao, "
     "a security source said.", [("security_source", None)]),
    ("قتل 12 جنديا في هجوم على موقع للجيش قرب غاو، حسبما أفاد مصدر أمني.",
     [("security_source", None)]),
    # a generic attribution with a named party keeps that party as claimant
    ("Selon l'armée malienne, une trentaine d'assaillants ont été tués près de Boni.",
     [("government", "mli_military")]),
    ("The Malian army said about thirty assailants were killed near Boni.",
     [("government", "mli_military")]),
    # nobody named: no claim
    ("Trente assaillants ont été tués près de Boni, a-t-on dit.", []),
])
def test_claim_roles_and_claimants(text, expected):
    assert claims(text) == expected
