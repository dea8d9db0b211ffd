"""Materiel taken, destroyed or captured (rasd.stages.materiel)."""

from __future__ import annotations

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize("text", [
    "Unknown gunmen on Saturday seized at least a hundred head of cattle from herders in "
    "Bazi-Haoussa village, near Ansongo.",
    "Samedi, des hommes armés ont emporté une centaine de têtes de bétail dans le village de "
    "Bazi-Haoussa près d'Ansongo.",
    "استولى مسلحون مجهولون يوم السبت على نحو مئة رأس من الماشية في قرية بازي هاوسا قرب أنسونغو.",
])
def test_taking_civilians_livestock_is_looting(text):
    """Regression: livestock "seized" was a capture, and the report had no event; ACLED codes
    it as Looting/property destruction."""
    doc = rasd.extract(text, published=dt.date(2020, 11, 14))
    assert ("cattle", "looted") in [(m.item, m.action) for m in doc.materiel]
    assert [e.sub_event_type for e in doc.events] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Soldiers seized two motorbikes and a rifle at a checkpoint near Mopti on Monday.",
    "Des militaires ont saisi lundi deux motos et un fusil à un poste de contrôle près de Mopti.",
])
def test_weapons_taken_by_soldiers_are_seized_not_looted(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    assert {m.action for m in doc.materiel} == {"seized"}


@pytest.mark.parametrize("text", [
    "The group said its fighters ambushed an army convoy near Nampala on Monday and captured "
    "the following:\n- 2 machine guns of type DShK (DShK).\n- One RPG launcher.\n- 5 PKM.\n"
    "- 22 magazines.",
    "Le groupe a affirmé que ses combattants ont tendu une embuscade à un convoi de l'armée près "
    "de Nampala lundi et se sont emparés du matériel suivant :\n- 2 mitrailleuses de type DShK "
    "(DShK).\n- Un lance-roquettes RPG.\n- 5 PKM.\n- 22 chargeurs.",
    "قالت الجماعة إن مقاتليها نصبوا كمينا لقافلة للجيش قرب نامبالا يوم الاثنين واستولوا على ما يلي:"
    "\n- رشاشين من نوع دوشكا (دوشكا).\n- قاذف آر بي جي.\n- 5 رشاشات بيكا.\n- 22 مخزنا.",
])
def test_a_bulleted_booty_list_gives_every_item(text):
    """Regression: items listed line by line under "seized the following:" had no action,
    and a gun named by its model counted as another item."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 15))
    [event] = doc.events
    assert sorted((m.item, m.count, m.action) for m in event.materiel) == [
        ("dshk", 2, "captured"), ("magazine", 22, "captured"), ("pkm", 5, "captured"),
        ("rpg", 1, "captured")]
