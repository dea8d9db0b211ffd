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


@pytest.mark.parametrize("text, expected", [
    ("Gunmen raided a gendarmerie post in Dioura on Wednesday, captured three pickups and a stock "
     "of ammunition, and set fire to a fuel depot.",
     [("ammunition", None, "captured"), ("fuel", None, "burnt"), ("pickup", 3, "captured")]),
    ("Mercredi, des assaillants ont attaqué une brigade de gendarmerie à Dioura, emporté trois "
     "pick-up et un stock de munitions, puis incendié un dépôt de carburant.",
     [("ammunition", None, "captured"), ("fuel", None, "burnt"), ("pickup", 3, "captured")]),
    ("هاجم مسلحون مركزا للدرك في ديورا يوم الأربعاء، واستولوا على ثلاث سيارات ومخزونا من "
     "الذخيرة، وأحرقوا مستودعا للوقود.",
     [("ammunition", None, "captured"), ("fuel", None, "burnt"), ("vehicle", 3, "captured")]),
    ("Gunmen attacked a camp near Dioura on Tuesday, destroyed two vehicles and burned three "
     "trucks.", [("truck", 3, "burnt"), ("vehicle", 2, "destroyed")]),
    ("هاجم مسلحون معسكرا قرب ديورا يوم الثلاثاء، واستولوا على سيارتين وأحرقوا ثلاث شاحنات.",
     [("truck", 3, "burnt"), ("vehicle", 2, "captured")]),
    ("Gunmen attacked a camp near Dioura on Tuesday; two vehicles were burned.",
     [("vehicle", 2, "burnt")]),
    # a later verb with no object of its own still takes the item ("... and burning them")
    ("هاجم مسلحون معسكرا قرب ديورا يوم الثلاثاء، وأدى الهجوم إلى تدمير خمس آليات وإحراقها.",
     [("vehicle", 5, "burnt")]),
])
def test_an_item_takes_the_verb_whose_object_it_is(text, expected):
    """Regression: the item nearest a later verb took that verb's action although a comma or
    a conjunction began a new verb phrase ("took ... a stock of ammunition, and set fire to
    a depot": the ammunition was taken, not burnt)."""
    doc = rasd.extract(text, published=dt.date(2025, 3, 6))
    [event] = doc.events
    assert sorted((m.item, m.count, m.action) for m in event.materiel) == expected


@pytest.mark.parametrize("text, expected", [
    ("أحرق المسلحون مخزنا للوقود ومخزن ذخيرة في ثكنة الجيش قرب ديورا يوم الخميس.",
     [("ammunition", None, "burnt"), ("fuel", None, "burnt")]),
    ("قالت الجماعة إن مقاتليها هاجموا ثكنة للجيش قرب ديورا يوم الخميس واستولوا على 22 مخزنا.",
     [("magazine", 22, "captured")]),
])
def test_an_arabic_store_named_by_its_stock_is_no_rifle_magazine(text, expected):
    """مخزن is a rifle magazine and a store: followed by what it holds it is that stock."""
    doc = rasd.extract(text, published=dt.date(2025, 3, 6))
    assert sorted({(m.item, m.count, m.action) for e in doc.events for m in e.materiel}) == expected


def test_a_lead_in_ending_with_a_full_width_colon_gives_its_action_to_the_list():
    """The full-width colon ends a lead-in line as the plain one does (materiel._COLONS)."""
    text = ("Fighters ambushed an army convoy near Nampala on Monday and captured the following：\n"
            "- One RPG launcher.\n- 5 PKM.")
    doc = rasd.extract(text, published=dt.date(2025, 1, 15))
    assert sorted((m.item, m.count, m.action) for m in doc.materiel) == [
        ("pkm", 5, "captured"), ("rpg", 1, "captured")]
