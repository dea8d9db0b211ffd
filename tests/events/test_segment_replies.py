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


@pytest.mark.parametrize("text", [
    # strikes answering the blast told before are another act, even with no day, place or
    # toll of their own: the incident they answer anchors them
    "A military vehicle hit a mine near the village of Tingara, killing four soldiers, the "
    "army said. In response to this attack, air strikes were carried out against the "
    "militants behind it, the army added.",
    "Un véhicule militaire a sauté sur une mine près du village de Tingara, tuant quatre "
    "soldats, selon l'armée. En riposte à cette attaque, des frappes aériennes ont été menées "
    "contre les militants qui en sont les auteurs, a ajouté l'armée.",
    "انفجر لغم بآلية عسكرية قرب قرية تينغارا ما أدى إلى مقتل أربعة جنود، بحسب الجيش. وأضاف "
    "الجيش أنه ردا على هذا الهجوم نفذت ضربات جوية ضد المسلحين الذين يقفون وراءه.",
])
def test_undated_strikes_answering_an_incident_are_another_incident(text):
    events = _main(text, dt.date(2025, 3, 11))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", 4), ("Air/drone strike", 0)]


@pytest.mark.parametrize("text", [
    # strikes the report opens with, answering an attack it does not tell, are one incident
    "Drone strikes launched in response to an attack on an army post killed six "
    "civilians near Tiawa on Friday, officials said. The strikes hit the edge of the village.",
    "Des frappes de drone menées en riposte à une attaque contre un poste de l'armée ont tué "
    "six civils vendredi près de Tiawa, selon des responsables. Les frappes ont touché la "
    "lisière du village.",
    "قتلت ضربات بطائرات مسيرة نفذت ردا على هجوم على موقع للجيش ستة مدنيين يوم الجمعة قرب "
    "تياوا، بحسب مسؤولين. وأصابت الضربات أطراف القرية.",
])
def test_strikes_that_open_the_report_stay_one_incident(text):
    assert len(_main(text, dt.date(2025, 3, 11))) == 1


@pytest.mark.parametrize("text", [
    # "the strikes came in retaliation for a defeat": the defeat is an earlier incident,
    # recalled in passing as "came after" recalls one
    "Drone strikes killed 12 civilians near Ber on Tuesday, residents said. The strikes came "
    "in retaliation for a heavy defeat the army suffered in Anefis, where about 50 soldiers "
    "were killed.",
    "Des frappes de drone ont tué 12 civils mardi près de Ber, selon des habitants. Ces "
    "frappes interviennent en représailles à une lourde défaite subie par l'armée à Anefis, "
    "où une cinquantaine de soldats ont été tués.",
    "قتلت غارات بطائرات مسيرة 12 مدنيا يوم الثلاثاء قرب بير، بحسب سكان. وقالت مصادر إن هذه "
    "الغارات جاءت كرد فعل على الهزيمة الثقيلة التي تكبدها الجيش في أنفيس، حيث قتل نحو 50 "
    "جنديا.",
])
def test_the_defeat_strikes_came_in_retaliation_for_is_background(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 12))
    assert [(e.role, e.fatalities) for e in doc.events] == [("main", 12), ("background", 50)]


@pytest.mark.parametrize("text", [
    # "this killing comes after ...": the incident the news follows is recalled in passing,
    # also when the verb comes first and the news's own noun stands between it and "after"
    "Gunmen executed 14 men near Niani on 12 September, a killing that came after a soldier "
    "died when a roadside bomb hit his motorbike near the village of Dogo.",
    "Des hommes armés ont exécuté 14 hommes près de Niani le 12 septembre, une tuerie qui "
    "fait suite à la mort d'un soldat dont la moto a sauté sur un engin explosif près du "
    "village de Dogo.",
    "أعدم مسلحون 14 رجلا قرب نياني في 12 سبتمبر، ويأتي هذا الإعدام بعد مقتل جندي انفجرت "
    "بدراجته عبوة ناسفة قرب قرية دوغو.",
])
def test_the_incident_the_news_comes_after_is_background(text):
    doc = rasd.extract(text, published=dt.date(2024, 9, 14))
    assert [(e.role, e.fatalities if e.role == "main" else None) for e in doc.events] == [
        ("main", 14), ("background", None)]
