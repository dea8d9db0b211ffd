"""Segmentation of recalls: a cue of an earlier incident tells another incident only when
there is an earlier one to tell, told in three languages."""

import datetime as dt

import pytest

import rasd

PUBLISHED = dt.date(2024, 8, 29)


@pytest.mark.parametrize("text", [
    # a recall dated after the main incident can only recall that incident: the burial
    # two days later is its aftermath, no earlier attack
    "Gunmen killed 30 villagers in Barsalogho on Saturday 24 August. On Monday 26 August, "
    "the women of the village dug graves for the victims of the previous day's attack.",
    "Des hommes armés ont tué 30 villageois samedi 24 août à Barsalogho. Le lundi 26 août, "
    "les femmes du village ont creusé les tombes des victimes de l'attaque du jour précédent.",
    "قتل مسلحون 30 قرويا في بارسالوغو يوم السبت 24 أغسطس. ويوم الاثنين 26 أغسطس حفرت نساء "
    "القرية قبور ضحايا الهجوم السابق.",
])
def test_a_recall_dated_after_the_main_incident_retells_it(text):
    doc = rasd.extract(text, published=PUBLISHED)
    assert [(e.role, e.event_date, e.fatalities) for e in doc.events] == [
        ("main", dt.date(2024, 8, 24), 30)]


@pytest.mark.parametrize("text", [
    # ... but a later act with a toll and a place of its own is another incident
    "Gunmen killed 30 villagers in Barsalogho on Saturday 24 August. On Monday 26 August, a "
    "similar attack killed five herders near Kaya.",
    "Des hommes armés ont tué 30 villageois samedi 24 août à Barsalogho. Le lundi 26 août, "
    "une attaque similaire a tué cinq éleveurs près de Kaya.",
    "قتل مسلحون 30 قرويا في بارسالوغو يوم السبت 24 أغسطس. ويوم الاثنين 26 أغسطس قتل هجوم "
    "مماثل خمسة رعاة قرب كايا.",
])
def test_a_later_act_with_its_own_toll_stays_apart(text):
    doc = rasd.extract(text, published=PUBLISHED)
    assert [e.fatalities for e in doc.events] == [30, 5]
