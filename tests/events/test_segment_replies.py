"""Segmentation around replies and responses: an act answering another is told apart only
when it is an act of its own, told in three languages."""

import datetime as dt

import pytest

import rasd


def _main(text: str, published: dt.date) -> list:
    return [e for e in rasd.extract(text, published=published).events if e.role == "main"]


@pytest.mark.parametrize("text", [
    # the drones and guns named after the attack answered are the attackers' support: the
    # soldiers' reply is the same fight, no strike of their own
    "Gunmen attacked the army camp in Tessit on Sunday, killing 17 soldiers. Troops "
    "responded with force to the complex attack by militants who were supported by several "
    "drones and artillery fire.",
    "Des hommes armés ont attaqué dimanche le camp militaire de Tessit, tuant 17 soldats. "
    "Les soldats ont riposté avec vigueur à cette attaque complexe menée par des militants "
    "appuyés par plusieurs drones et des tirs d'artillerie.",
    "هاجم مسلحون معسكر الجيش في تيسيت يوم الأحد وقتلوا 17 جنديا. وردت وحدات الجيش بقوة على "
    "الهجوم المعقد الذي شنه مسلحون يستفيدون من دعم طائرات مسيرة ومن نيران المدفعية.",
])
def test_remote_weapons_of_the_attack_answered_are_no_reply_from_afar(text):
    assert [e.fatalities for e in _main(text, dt.date(2025, 3, 11))] == [17]
