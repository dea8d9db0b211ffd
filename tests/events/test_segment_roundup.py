"""A roundup of short unrelated reports, one per paragraph: one event per report, whether
or not the publication date is known (rasd.events.segment, segment_rules, segment_days).
Written for rasd, in three languages side by side."""

import datetime as dt

import pytest

import rasd

ROUNDUPS = {
    "en": [
        "Gunmen killed seven soldiers on Monday in an attack on an army post near Djibo, "
        "security sources said.",
        "Armed men stormed the village of Solenzo on Wednesday and killed five civilians, a "
        "local official said.",
        "The air force bombed a militant camp near Ansongo on Thursday, killing 15 fighters, "
        "the army said.",
        "JNIM claimed an ambush on a gendarmerie convoy near Tessit that killed eight gendarmes.",
        "An explosive device struck a bus near Douentza on Saturday, killing four passengers.",
        "Soldiers detained 20 suspects in Kaya after a raid on an arms depot, the ministry said "
        "on Friday.",
        "Hundreds of traders marched in Bamako on Sunday against fuel shortages.",
    ],
    "fr": [
        "Des hommes armés ont tué sept soldats lundi lors d'une attaque contre un poste de "
        "l'armée près de Djibo, selon des sources sécuritaires.",
        "Des assaillants ont pris d'assaut le village de Solenzo mercredi et tué cinq civils, a "
        "indiqué un responsable local.",
        "L'aviation a bombardé un camp de militants près d'Ansongo jeudi, tuant 15 combattants, "
        "a indiqué l'armée.",
        "Le JNIM a revendiqué une embuscade contre un convoi de gendarmes près de Tessit qui a "
        "tué huit gendarmes.",
        "Un engin explosif a touché un bus près de Douentza samedi, tuant quatre passagers.",
        "Des soldats ont interpellé 20 suspects à Kaya après une descente dans un dépôt d'armes, "
        "a annoncé le ministère vendredi.",
        "Des centaines de commerçants ont manifesté à Bamako dimanche contre la pénurie de "
        "carburant.",
    ],
    "ar": [
        "قتل مسلحون سبعة جنود يوم الاثنين في هجوم على موقع للجيش قرب جيبو، بحسب مصادر أمنية.",
        "اقتحم مسلحون قرية سولنزو يوم الأربعاء وقتلوا خمسة مدنيين، وفق مسؤول محلي.",
        "قصف الطيران الحربي معسكرا للمسلحين قرب أنسونغو يوم الخميس، ما أسفر عن مقتل 15 مسلحا، "
        "بحسب الجيش.",
        "تبنت جماعة نصرة الإسلام والمسلمين كمينا استهدف قافلة للدرك قرب تيسيت أسفر عن مقتل "
        "ثمانية دركيين.",
        "انفجرت عبوة ناسفة في حافلة قرب دوينتزا يوم السبت، ما أدى إلى مقتل أربعة ركاب.",
        "اعتقل جنود 20 مشتبها بهم في كايا بعد مداهمة مستودع للأسلحة، بحسب ما أعلنت الوزارة "
        "يوم الجمعة.",
        "تظاهر مئات التجار في باماكو يوم الأحد احتجاجا على نقص الوقود.",
    ],
}

# (sub-event type, place, killed) of each report, the same in every language
ITEMS = [
    ("Armed clash", "Djibo", 7),
    ("Attack", "Solenzo", 5),
    ("Air/drone strike", "Ansongo", 15),
    ("Armed clash", "Tessit", 8),  # a claimed ambush, undated
    ("Remote explosive/landmine/IED", "Douentza", 4),
    ("Arrests", "Kaya", 0),  # dated only by the ministry's statement
    ("Peaceful protest", "Bamako", 0),
]
# published on Monday 10 March 2025: each weekday the latest on or before it
DAYS = [dt.date(2025, 3, 10), dt.date(2025, 3, 5), dt.date(2025, 3, 6), None,
        dt.date(2025, 3, 8), None, dt.date(2025, 3, 9)]


def _events(lang: str, published: dt.date | None, separator: str = "\n\n") -> list:
    return list(rasd.extract(separator.join(ROUNDUPS[lang]), published=published).events)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_an_undated_roundup_gives_one_event_per_report(lang):
    events = _events(lang, None)
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == ITEMS
    assert all(e.role == "main" and e.event_date is None for e in events)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_dated_roundup_gives_one_event_per_report(lang):
    events = _events(lang, dt.date(2025, 3, 10))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == ITEMS
    assert [e.event_date for e in events] == DAYS


@pytest.mark.parametrize("text", [
    # a claim naming no date, in a paragraph of its own, of an act elsewhere
    "Gunmen attacked a market in Kaya on Friday, killing three traders.\n\nJNIM claimed an "
    "ambush near Arbinda that left five soldiers dead, a statement said.",
    "Des hommes armés ont attaqué un marché à Kaya vendredi, tuant trois commerçants.\n\nLe "
    "JNIM a revendiqué une embuscade près d'Arbinda qui a fait cinq morts parmi les soldats, "
    "selon un communiqué.",
    "هاجم مسلحون سوقا في كايا يوم الجمعة فقتلوا ثلاثة تجار.\n\nوتبنت جماعة نصرة الإسلام "
    "والمسلمين كمينا قرب أربيندا أسفر عن مقتل خمسة جنود، بحسب بيان.",
])
@pytest.mark.parametrize("published,friday", [(None, None),
                                               (dt.date(2025, 3, 10), dt.date(2025, 3, 7))])
def test_a_claimed_act_elsewhere_in_a_paragraph_of_its_own_is_another_incident(
        text, published, friday):
    # the next report of a roundup, no follow-on of the one before: it borrows no day
    events = rasd.extract(text, published=published).events
    assert [(e.location, e.event_date) for e in events] == [("Kaya", friday), ("Arbinda", None)]


@pytest.mark.parametrize("text", [
    # the same tactic, no toll of its own: the paragraph says where the act took place
    "A bomb hit a bus near Bandiagara on Thursday, killing ten passengers.\n\nLocal sources "
    "said the explosion took place near Songho.",
    "Une bombe a touché un bus près de Bandiagara jeudi, tuant dix passagers.\n\nSelon des "
    "sources locales, l'explosion a eu lieu près de Songho.",
    "أصابت قنبلة حافلة قرب باندياغارا يوم الخميس فقتلت عشرة ركاب.\n\nوقالت مصادر محلية إن "
    "الانفجار وقع قرب سونغو.",
])
def test_a_statement_placing_the_same_act_stays_with_it(text):
    assert len(rasd.extract(text).events) == 1


@pytest.mark.parametrize("text", [
    # unresolved weekdays three days apart, in one paragraph of statements
    "Gunmen killed three herders near Djibo on Monday, residents said. Soldiers killed ten "
    "fighters near Arbinda on Thursday, the army said.",
    "Des hommes armés ont tué trois éleveurs près de Djibo lundi, selon des habitants. Des "
    "soldats ont tué dix combattants près d'Arbinda jeudi, a indiqué l'armée.",
    "قتل مسلحون ثلاثة رعاة قرب جيبو يوم الاثنين، وفق سكان. وقتل جنود عشرة مسلحين قرب "
    "أربيندا يوم الخميس، بحسب الجيش.",
])
def test_weekdays_tell_incidents_apart_with_no_publication_date(text):
    events = rasd.extract(text).events
    assert [(e.location, e.fatalities, e.event_date) for e in events] == [
        ("Djibo", 3, None), ("Arbinda", 10, None)]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("published", [None, dt.date(2025, 3, 10)])
def test_a_roundup_told_twice_tells_each_report_once(lang, published):
    # the same reports word for word, undated ones too, are the same acts (a long report
    # that repeats its items makes as many events as it tells acts, not one per paragraph)
    text = "\n\n".join(ROUNDUPS[lang] * 2)
    events = rasd.extract(text, published=published).events
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == ITEMS


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_roundup_run_into_one_paragraph_gives_one_event_per_report(lang):
    # no line breaks: a statement of another act (its own toll, another tactic) elsewhere
    # still opens the next report
    events = rasd.extract(" ".join(ROUNDUPS[lang])).events
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == ITEMS
