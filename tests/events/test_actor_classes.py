"""Actor roles by class of construction, side by side in Arabic, French and English."""

import datetime as dt

import pytest

import rasd

MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2021-)"
UAG = "Unidentified Armed Group (Mali)"


def actors(text, published=dt.date(2025, 1, 10)):
    doc = rasd.extract(text, published=published)
    return [(e.actor1, e.actor2) for e in doc.events if e.role == "main"]


@pytest.mark.parametrize("text", [
    # regression: the UN camp was not a party, and the soldiers its figure counts were
    # taken for the national army
    "Mortar shells hit the UN camp in Timbuktu, Mali, on Monday, wounding six soldiers.",
    "Des obus ont visé lundi le camp de l'ONU à Tombouctou, au Mali, blessant six soldats.",
    "استهدفت قذائف الهاون يوم الاثنين معسكر الأمم المتحدة في تمبكتو بمالي، ما أدى إلى إصابة ستة جنود.",
])
def test_soldiers_counted_at_a_un_camp_are_the_missions(text):
    assert [a2 for _, a2 in actors(text)] == [MINUSMA]


@pytest.mark.parametrize("text", [
    # the national army named as a force keeps the lead over the foreign mission
    "Gunmen attacked Malian soldiers and UN peacekeepers near Gao, Mali, on Monday.",
    "Des hommes armés ont attaqué lundi des soldats maliens et des casques bleus près de Gao, au Mali.",
    "هاجم مسلحون يوم الاثنين الجيش المالي وقوات حفظ السلام قرب غاو في مالي.",
])
def test_a_named_national_army_leads_the_mission(text):
    assert actors(text) == [(UAG, "Military Forces of Mali (2021-)")]
