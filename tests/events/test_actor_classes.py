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


VDP = "VDP: Volunteers for the Defense of the Homeland"


@pytest.mark.parametrize("text", [
    # regression: army auxiliaries in Burkina Faso were coded as an unnamed militia (or the
    # army beside them led), though since 2020 they are the VDP
    "Gunmen attacked army auxiliaries near Djibo, Burkina Faso, on Monday, killing nine.",
    "Des hommes armés ont attaqué lundi des supplétifs de l'armée près de Djibo, au Burkina Faso, tuant neuf personnes.",
    "هاجم مسلحون يوم الاثنين قوات رديفة للجيش قرب جيبو في بوركينا فاسو وقتلوا تسعة أشخاص.",
    # regression: soldiers known only from the toll outranked the VDP named as hit
    "An ambush on Homeland Defense Volunteers near Titao, Burkina Faso, on Monday killed 12 soldiers.",
    "Une embuscade contre des Volontaires pour la défense de la patrie près de Titao, au Burkina Faso, a tué lundi 12 militaires.",
    "أدى كمين استهدف متطوعي الدفاع عن الوطن قرب تيتاو في بوركينا فاسو يوم الاثنين إلى مقتل 12 عسكريا.",
])
def test_auxiliaries_in_burkina_faso_are_the_vdp(text):
    assert [a2 for _, a2 in actors(text)] == [VDP]


@pytest.mark.parametrize("text", [
    # before the VDP existed, the auxiliaries are an unnamed pro-government militia
    "Gunmen attacked army auxiliaries near Djibo, Burkina Faso, on 3 March 2019, killing nine.",
    "Des hommes armés ont attaqué le 3 mars 2019 des supplétifs de l'armée près de Djibo, au Burkina Faso, tuant neuf personnes.",
    "هاجم مسلحون يوم 3 مارس 2019 قوات رديفة للجيش قرب جيبو في بوركينا فاسو وقتلوا تسعة أشخاص.",
])
def test_auxiliaries_before_2020_are_no_vdp(text):
    assert [a2 for _, a2 in actors(text, published=dt.date(2019, 3, 5))] == [
        "Unidentified Pro-Government Militia (Burkina Faso)"]


@pytest.mark.parametrize("text", [
    # regression: the armed men a strike was said to aim at were coded as hit, though its
    # toll counts only civilians
    "Drone strikes by the Malian army near Kidal, Mali, on Monday aimed at armed men, but they "
    "killed 21 civilians, residents said.",
    "Des frappes de drones de l'armée malienne près de Kidal, au Mali, visaient lundi des hommes "
    "armés, mais elles ont tué 21 civils, selon des habitants.",
    "استهدفت غارات بطائرات مسيرة للجيش المالي مسلحين قرب كيدال في مالي يوم الاثنين، لكنها أسفرت "
    "عن مقتل 21 مدنيا بحسب السكان.",
])
def test_a_strike_whose_toll_counts_only_civilians_hit_civilians(text):
    assert actors(text) == [("Military Forces of Mali (2021-)", "Civilians (Mali)")]


@pytest.mark.parametrize("text", [
    # armed men counted among the dead: the strike hit them
    "Drone strikes by the Malian army near Kidal, Mali, on Monday killed 12 armed men.",
    "Des frappes de drones de l'armée malienne ont tué lundi 12 hommes armés près de Kidal, au Mali.",
    "قتلت غارات بطائرات مسيرة للجيش المالي 12 مسلحا قرب كيدال في مالي يوم الاثنين.",
])
def test_a_strike_that_killed_armed_men_hit_them(text):
    assert actors(text) == [("Military Forces of Mali (2021-)", UAG)]


CMA = "CMA: Coordination of Movements of the Azawad"
CSP_DPA = "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad"
MNLA = "MNLA: National Movement for the Liberation of Azawad"
FLA = "FLA: Azawad Liberation Front"
TUAREG_REBELS = {
    "en": "Tuareg rebels attacked an army post near Anefis, Mali, on {day}, killing four soldiers.",
    "fr": "Des rebelles touaregs ont attaqué un poste de l'armée près d'Anéfis, au Mali, le {day}, tuant quatre soldats.",
    "ar": "هاجم متمردون طوارق موقعا للجيش قرب أنفيس في مالي يوم {day} وقتلوا أربعة جنود.",
}
DAYS = {"en": "{d} {m} {y}", "fr": "{d} {m} {y}", "ar": "{d} {m} {y}"}
MONTHS = {"en": {3: "March", 8: "August"}, "fr": {3: "mars", 8: "août"},
          "ar": {3: "مارس", 8: "أغسطس"}}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
@pytest.mark.parametrize(("day", "rebels"), [
    # regression: "Tuareg rebels" were no party (or unidentified gunmen); they are the
    # rebel coalition of the event's date
    (dt.date(2012, 3, 5), MNLA),
    (dt.date(2017, 3, 6), CMA),
    (dt.date(2024, 3, 4), "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
    (dt.date(2024, 8, 5), CSP_DPA),
    (dt.date(2025, 3, 3), FLA),
])
def test_tuareg_rebels_are_the_coalition_of_the_day(lang, day, rebels):
    when = DAYS[lang].format(d=day.day, m=MONTHS[lang][day.month], y=day.year)
    text = TUAREG_REBELS[lang].format(day=when)
    assert [a1 for a1, _ in actors(text, published=day + dt.timedelta(days=1))] == [rebels]
