"""Outlets that pass on another's words relay them and make no claim (claims_relay.py)."""

import datetime as dt

import pytest

import rasd


def roles(text, lang):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return sorted({c.role for c in doc.claims})


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Studio Tamani, citing local sources, reported that five herders were killed near "
           "Ansongo on Sunday."),
    ("fr", "Studio Tamani, citant des sources locales, a rapporté que cinq bergers ont été tués "
           "dimanche près d'Ansongo."),
    ("ar", "وأفادت إذاعة محلية نقلا عن مصادر محلية أن خمسة رعاة قتلوا الأحد قرب أنسونغو."),
])
def test_an_outlet_citing_a_source_only_relays(lang, text):
    assert roles(text, lang) == ["local_source", "relayed"]


@pytest.mark.parametrize(("lang", "text"), [
    # a monitor reporting a group's claim of responsibility: the claim is the group's
    ("en", "SITE Intelligence Group said JNIM had claimed the attack on the Boulkessi camp."),
    ("fr", "Le SITE Intelligence Group a indiqué que le JNIM avait revendiqué l'attaque du camp "
           "de Boulkessi."),
    ("ar", "وذكرت مجموعة سايت أن جماعة نصرة الإسلام والمسلمين تبنت الهجوم على معسكر بولكيسي."),
    # specialised media carrying the group's message
    ("en", "JNIM claimed the attack on the Boulkessi camp in a message that local media published "
           "on Tuesday."),
    ("fr", "Le JNIM a revendiqué l'attaque du camp de Boulkessi dans un message publié mardi par "
           "des médias locaux."),
    ("ar", "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم على معسكر بولكيسي في رسالة نشرتها الثلاثاء "
           "وسائل إعلام متخصصة."),
])
def test_an_outlet_reporting_a_groups_claim_only_relays(lang, text):
    assert roles(text, lang) == ["perpetrator", "relayed"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "SITE Intelligence Group published a statement released by JNIM on the attack on the "
           "Boulkessi camp."),
    ("fr", "Le SITE Intelligence Group a publié un communiqué diffusé par le JNIM sur l'attaque du "
           "camp de Boulkessi."),
    ("ar", "ونشرت مجموعة سايت نص بيان صادر عن جماعة نصرة الإسلام والمسلمين حول الهجوم على معسكر "
           "بولكيسي."),
])
def test_an_outlet_carrying_a_groups_statement_is_no_independent_source(lang, text):
    assert "independent_media" not in roles(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a state outlet a source spoke to relays it
    ("en", "Eight soldiers were killed near Djibo on Friday, security sources told state television.",
     ["relayed", "security_source"]),
    ("fr", "Huit soldats ont été tués vendredi près de Djibo, selon des sources sécuritaires "
           "contactées par l'AIB.", ["relayed", "security_source"]),
    ("ar", "قالت مصادر أمنية للتلفزيون الرسمي إن ثمانية جنود قتلوا الجمعة قرب جيبو.",
     ["relayed", "security_source"]),
    # a state outlet that reports on its own, or is named in brackets, is the government's voice
    ("en", "State television reported on Friday that eight soldiers were killed near Djibo.",
     ["government"]),
    ("fr", "L'Agence d'information du Burkina (AIB) a rapporté vendredi que huit soldats ont été "
           "tués près de Djibo.", ["government"]),
    ("ar", "وأعلن التلفزيون الرسمي الجمعة أن ثمانية جنود قتلوا قرب جيبو.", ["government"]),
])
def test_a_state_outlet_spoken_to_only_relays(lang, text, expected):
    assert roles(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # an outlet that saw or obtained a document relays its author
    ("en", "A United Nations report seen by AFP said twenty civilians were killed in the raid."),
    ("fr", "Selon un rapport des Nations unies consulté par l'AFP, vingt civils ont été tués lors "
           "du raid."),
    ("ar", "أفاد تقرير للأمم المتحدة اطلعت عليه وكالة فرانس برس أن عشرين مدنيا قتلوا في المداهمة."),
])
def test_an_outlet_that_saw_a_report_only_relays(lang, text):
    assert roles(text, lang) == ["international_organisation", "relayed"]


@pytest.mark.parametrize(("lang", "text"), [
    # regression: French "en réponse aux" (plural) was missing from the causes, so the
    # deaths that moved people to march were counted in the march
    ("en", "Young people marched in Kaya on Monday in response to shootings that killed two civilians."),
    ("fr", "Des jeunes ont manifesté lundi à Kaya en réponse aux tirs qui ont tué deux civils."),
    ("ar", "تظاهر شبان الاثنين في كايا ردا على إطلاق نار أدى إلى مقتل مدنيين اثنين."),
])
def test_the_deaths_a_protest_answers_are_not_its_toll(lang, text):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang).events
    assert event.fatalities == 0


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: a country's media named as the source made no claim
    ("en", "Seven soldiers were killed on Saturday by a roadside mine in Kano state, Nigerian media "
           "reported.", ["independent_media"]),
    ("fr", "Sept soldats ont été tués samedi par une mine dans l'État de Kano, selon des médias "
           "nigérians.", ["independent_media"]),
    ("ar", "وذكرت وسائل إعلام نيجيرية أن سبعة جنود قتلوا السبت في انفجار لغم بولاية كانو.",
     ["independent_media"]),
    # told to them, they only relay
    ("en", "Seven soldiers were killed on Saturday near Gao, a security source told Malian media.",
     ["relayed", "security_source"]),
])
def test_a_countrys_media_are_independent_media(lang, text, expected):
    assert roles(text, lang) == expected
