"""Segmentation of recalls: a cue of an earlier incident tells another incident only when
there is an earlier one to tell, told in three languages."""

import datetime as dt

import pytest

import rasd
from rasd.doc import ArticleDoc, DateMention, DatePrecision, Sentence, Span
from rasd.events.segment_history import history
from rasd.events.segment_facts import COUNTRY, TOWN
from rasd.events.segment_rules import Incident

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


@pytest.mark.parametrize("text", [
    # ... and so is "a similar attack" on a later day, toll or none: another act
    "Gunmen killed 30 villagers in Barsalogho on Saturday 24 August. On Monday 26 August, a "
    "similar attack targeted a convoy.",
    "Des hommes armés ont tué 30 villageois samedi 24 août à Barsalogho. Le lundi 26 août, "
    "une attaque similaire a visé un convoi.",
    "قتل مسلحون 30 قرويا في بارسالوغو يوم السبت 24 أغسطس. ويوم الاثنين 26 أغسطس استهدف هجوم "
    "مماثل قافلة.",
])
def test_a_similar_act_on_a_later_day_stays_apart(text):
    doc = rasd.extract(text, published=PUBLISHED)
    assert [e.event_date for e in doc.events] == [dt.date(2024, 8, 24), dt.date(2024, 8, 26)]


@pytest.mark.parametrize("text", [
    # one recalled sentence dating two acts apart ("a woman in January and a man in April")
    # tells two earlier incidents; "earlier" there dates them, it updates no toll
    "Gunmen abducted a priest near Dori on Monday, police said. Earlier this year, an "
    "Austrian woman was abducted in January and a Swiss national in April, both in Niger.",
    "Des hommes armés ont enlevé un prêtre lundi près de Dori, selon la police. Plus tôt "
    "cette année, une Autrichienne avait été enlevée en janvier et un Suisse en avril, tous "
    "deux au Niger.",
    "اختطف مسلحون قسا قرب دوري يوم الاثنين، بحسب الشرطة. وفي وقت سابق من هذا العام، اختطفت "
    "امرأة نمساوية في يناير ومواطن سويسري في أبريل، وكلاهما في النيجر.",
])
def test_a_recall_dating_two_acts_apart_tells_two_incidents(text):
    doc = rasd.extract(text, published=dt.date(2025, 11, 12))
    assert [e.role for e in doc.events] == ["main", "background", "background"]


@pytest.mark.parametrize("text", [
    # one date, one recalled incident
    "Gunmen abducted a priest near Dori on Monday, police said. Earlier this year, an "
    "Austrian woman was abducted in January in Niger.",
    "Des hommes armés ont enlevé un prêtre lundi près de Dori, selon la police. Plus tôt "
    "cette année, une Autrichienne avait été enlevée en janvier au Niger.",
    "اختطف مسلحون قسا قرب دوري يوم الاثنين، بحسب الشرطة. وكانت امرأة نمساوية قد اختطفت في "
    "يناير في النيجر.",
])
def test_a_recall_with_one_date_tells_one_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 11, 12))
    assert [e.role for e in doc.events] == ["main", "background"]


@pytest.mark.parametrize("text,recalled", [
    # a series recalled with no toll and no day is many acts, no one incident
    ("Gunmen killed nine villagers in Tera on Sunday 3 October. In May, a series of attacks "
     "on nearby villages forced thousands of residents to flee.", []),
    ("Des hommes armés ont tué neuf villageois dimanche 3 octobre à Tera. En mai, une série "
     "d'attaques contre des villages voisins a poussé des milliers d'habitants à fuir.", []),
    ("قتل مسلحون تسعة قرويين في تيرا يوم الأحد 3 أكتوبر. وفي مايو، أدت سلسلة من الاعتداءات "
     "على القرى المجاورة إلى فرار آلاف السكان.", []),
    # ... but a recalled series with a toll of its own is coded
    ("Gunmen killed nine villagers in Tera on Sunday 3 October. In May, a series of attacks "
     "on nearby villages killed 20 people.", [20]),
    ("Des hommes armés ont tué neuf villageois dimanche 3 octobre à Tera. En mai, une série "
     "d'attaques contre des villages voisins a tué 20 personnes.", [20]),
    ("قتل مسلحون تسعة قرويين في تيرا يوم الأحد 3 أكتوبر. وفي مايو، قتلت سلسلة من الاعتداءات "
     "على القرى المجاورة 20 شخصا.", [20]),
])
def test_a_recalled_series_without_a_toll_is_no_incident(text, recalled):
    doc = rasd.extract(text, published=dt.date(2021, 10, 5))
    assert [e.fatalities for e in doc.events if e.role == "background"] == recalled


WITHDRAWAL = {
    "en": "French forces withdrew from neighbouring Mali.",
    "fr": "Les forces françaises se sont retirées du Mali voisin.",
    "ar": "انسحبت القوات الفرنسية من مالي المجاورة.",
}


def _recalled(*, places: dict, date=None, figures=frozenset()) -> Incident:
    return Incident(sentences=[0], eventful=[0], background=True, date=date, places=places,
                    sub_types={"Non-violent transfer of territory"}, figures=set(figures))


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("incident,backdrop", [
    # a political development recalled with no toll, no day and no town is the backdrop
    (_recalled(places={COUNTRY: "Mali"}), True),
    # ... one at a town, on a day, or with a toll is an incident
    (_recalled(places={COUNTRY: "Mali", TOWN: "Tessalit"}), False),
    (_recalled(places={COUNTRY: "Mali"}, date=DateMention(
        Span(0, 1), dt.date(2022, 8, 15), DatePrecision.DAY, dt.date(2022, 8, 15),
        dt.date(2022, 8, 15), relative=False)), False),
    (_recalled(places={COUNTRY: "Mali"}, figures={("killed", 2)}), False),
])
def test_a_recalled_political_backdrop_is_no_incident(lang, incident, backdrop):
    doc = ArticleDoc.from_text(WITHDRAWAL[lang], published=dt.date(2023, 2, 12), lang=lang)
    doc = doc.with_layers(sentences=(Sentence(Span(0, len(doc.text))),))
    assert history(doc, incident) is backdrop
