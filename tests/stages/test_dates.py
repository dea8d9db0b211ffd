"""dates.v1: date expressions resolved against the publication date (ar, fr, en side by side).

Unless a row says otherwise the article is published on Monday 13 January 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc, DatePrecision
from rasd.stages.dates import SPEC

D = dt.date
MON = D(2025, 1, 13)  # a Monday
NEW_YEAR = D(2025, 1, 3)  # a Friday, days after a new year
DAY, WEEK, MONTH = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH


@pytest.fixture(scope="module")
def stage():
    return SPEC.factory(load_config())


def _run(stage, lang, text, published):
    doc = ArticleDoc.from_text(text, published=published).with_layers(lang=lang)
    return doc, stage(doc).dates


# (lang, text, published, expected surface, expected date, precision)
CASES = [
    # --- a weekday, with or without "last" -----------------------------------------------
    ("ar", "وقع الهجوم يوم الخميس الماضي قرب الحدود.", MON, "يوم الخميس الماضي", D(2025, 1, 9), DAY),
    ("fr", "L'attaque a eu lieu jeudi dernier près de la frontière.", MON, "jeudi dernier", D(2025, 1, 9), DAY),
    ("en", "The attack took place last Thursday near the border.", MON, "last Thursday", D(2025, 1, 9), DAY),
    ("ar", "هاجم مسلحون القرية الخميس.", MON, "الخميس", D(2025, 1, 9), DAY),
    ("fr", "Des hommes armés ont attaqué le village jeudi.", MON, "jeudi", D(2025, 1, 9), DAY),
    ("en", "Gunmen attacked the village on Thursday.", MON, "Thursday", D(2025, 1, 9), DAY),
    ("ar", "أعلن الجيش يوم الاثنين مقتل جنديين.", MON, "يوم الاثنين", D(2025, 1, 13), DAY),
    ("fr", "L'armée a annoncé lundi la mort de deux soldats.", MON, "lundi", D(2025, 1, 13), DAY),
    ("en", "The army said on Monday that two soldiers died.", MON, "Monday", D(2025, 1, 13), DAY),
    ("ar", "قتل جنديان يوم الاثنين الماضي.", MON, "يوم الاثنين الماضي", D(2025, 1, 6), DAY),
    ("fr", "Deux soldats ont été tués lundi dernier.", MON, "lundi dernier", D(2025, 1, 6), DAY),
    ("en", "Two soldiers were killed last Monday.", MON, "last Monday", D(2025, 1, 6), DAY),
    ("ar", "وقعت الاشتباكات الجمعة الماضية.", MON, "الجمعة الماضية", D(2025, 1, 10), DAY),
    ("fr", "Les combats ont repris samedi passé.", MON, "samedi passé", D(2025, 1, 11), DAY),
    ("en", "Fighting resumed this past Saturday.", MON, "this past Saturday", D(2025, 1, 11), DAY),
    ("ar", "والخميس، أحرق المهاجمون السوق.", MON, "الخميس", D(2025, 1, 9), DAY),
    # --- parts of a day ------------------------------------------------------------------
    ("ar", "سمع دوي انفجار صباح الخميس.", MON, "صباح الخميس", D(2025, 1, 9), DAY),
    ("ar", "اندلعت المواجهات مساء الجمعة.", MON, "مساء الجمعة", D(2025, 1, 10), DAY),
    ("ar", "هاجم مسلحون الموقع فجر الخميس.", MON, "فجر الخميس", D(2025, 1, 9), DAY),
    ("ar", "تعرضت القافلة لكمين ليلة الخميس.", MON, "ليلة الخميس", D(2025, 1, 9), DAY),
    ("ar", "قصفت الطائرات المنطقة الثلاثاء صباحا.", MON, "الثلاثاء صباحا", D(2025, 1, 7), DAY),
    ("fr", "Une explosion a été entendue mardi soir.", MON, "mardi soir", D(2025, 1, 7), DAY),
    ("fr", "Le convoi est tombé dans une embuscade dans la nuit de jeudi.", MON, "nuit de jeudi", D(2025, 1, 9), DAY),
    ("fr", "Des tirs ont retenti vendredi matin.", MON, "vendredi matin", D(2025, 1, 10), DAY),
    ("en", "An explosion was heard on Tuesday evening.", MON, "Tuesday evening", D(2025, 1, 7), DAY),
    ("en", "The convoy was ambushed Thursday night.", MON, "Thursday night", D(2025, 1, 9), DAY),
    ("en", "Gunmen struck early Friday.", MON, "early Friday", D(2025, 1, 10), DAY),
    # --- yesterday, today, the day before yesterday, last night ---------------------------
    ("ar", "قتل ثلاثة مدنيين أمس.", MON, "أمس", D(2025, 1, 12), DAY),
    ("ar", "وقال المصدر إن الهجوم وقع بالأمس.", MON, "الأمس", D(2025, 1, 12), DAY),
    ("ar", "اندلعت اشتباكات البارحة في البلدة.", MON, "البارحة", D(2025, 1, 12), DAY),
    ("ar", "وقعت الحادثة أول من أمس.", MON, "أول من أمس", D(2025, 1, 11), DAY),
    ("ar", "وقعت الحادثة أول أمس.", MON, "أول أمس", D(2025, 1, 11), DAY),
    ("ar", "أعلنت الحكومة اليوم حظر التجول.", MON, "اليوم", D(2025, 1, 13), DAY),
    ("ar", "قتل جنديان أمس الأحد.", MON, "أمس الأحد", D(2025, 1, 12), DAY),
    ("ar", "قصفت المدفعية الحي الليلة الماضية.", MON, "الليلة الماضية", D(2025, 1, 12), DAY),
    ("fr", "Trois civils ont été tués hier.", MON, "hier", D(2025, 1, 12), DAY),
    ("fr", "L'incident s'est produit avant-hier.", MON, "avant-hier", D(2025, 1, 11), DAY),
    ("fr", "Le gouvernement a décrété aujourd'hui un couvre-feu.", MON, "aujourd'hui", D(2025, 1, 13), DAY),
    ("fr", "Des tirs ont été entendus ce matin.", MON, "ce matin", D(2025, 1, 13), DAY),
    ("fr", "Des tirs ont été entendus hier soir.", MON, "hier soir", D(2025, 1, 12), DAY),
    ("fr", "Le poste a été attaqué cette nuit.", MON, "cette nuit", D(2025, 1, 12), DAY),
    ("fr", "Deux soldats ont été tués hier dimanche.", MON, "hier dimanche", D(2025, 1, 12), DAY),
    ("en", "Three civilians were killed yesterday.", MON, "yesterday", D(2025, 1, 12), DAY),
    ("en", "The incident occurred the day before yesterday.", MON, "the day before yesterday", D(2025, 1, 11), DAY),
    ("en", "The government imposed a curfew today.", MON, "today", D(2025, 1, 13), DAY),
    ("en", "Shots were heard this morning.", MON, "this morning", D(2025, 1, 13), DAY),
    ("en", "The post was attacked last night.", MON, "last night", D(2025, 1, 12), DAY),
    ("en", "Shots were heard yesterday morning.", MON, "yesterday morning", D(2025, 1, 12), DAY),
    # --- a night across two days ---------------------------------------------------------
    ("ar", "هاجم مسلحون القرية ليلة السبت إلى الأحد.", MON, "ليلة السبت إلى الأحد", D(2025, 1, 11), DAY),
    ("ar", "هاجم مسلحون القرية ليل السبت الأحد.", MON, "ليل السبت الأحد", D(2025, 1, 11), DAY),
    ("fr", "Le village a été attaqué dans la nuit de samedi à dimanche.", MON, "nuit de samedi à dimanche", D(2025, 1, 11), DAY),
    ("fr", "Le camp a été visé dans la nuit du 11 au 12 janvier.", MON, "nuit du 11 au 12 janvier", D(2025, 1, 11), DAY),
    ("en", "The village was attacked overnight Saturday to Sunday.", MON, "overnight Saturday to Sunday", D(2025, 1, 11), DAY),
    ("en", "The village was attacked on the night of Saturday to Sunday.", MON, "night of Saturday to Sunday", D(2025, 1, 11), DAY),
    # --- weeks ---------------------------------------------------------------------------
    ("ar", "نفذ الجيش غارات الأسبوع الماضي.", MON, "الأسبوع الماضي", D(2025, 1, 9), WEEK),
    ("ar", "تصاعدت الهجمات هذا الأسبوع.", D(2025, 1, 17), "هذا الأسبوع", D(2025, 1, 16), WEEK),
    ("fr", "L'armée a mené des frappes la semaine dernière.", MON, "la semaine dernière", D(2025, 1, 9), WEEK),
    ("fr", "Les attaques se sont multipliées cette semaine.", D(2025, 1, 17), "cette semaine", D(2025, 1, 16), WEEK),
    ("en", "The army carried out strikes last week.", MON, "last week", D(2025, 1, 9), WEEK),
    # early or earlier this week: the middle of the week's elapsed part (Monday 13 to Friday
    # 17), as "earlier this month" is the middle of the month's; "this week" alone its Thursday
    ("en", "Attacks increased earlier this week.", D(2025, 1, 17), "earlier this week", D(2025, 1, 15), WEEK),
    ("ar", "تصاعدت الهجمات مطلع الأسبوع الجاري.", D(2025, 1, 17), "مطلع الأسبوع الجاري", D(2025, 1, 15), WEEK),
    ("fr", "Les attaques se sont multipliées en début de semaine.", D(2025, 1, 17), "début de semaine",
     D(2025, 1, 15), WEEK),
    ("en", "Attacks increased early this week.", D(2025, 1, 17), "early this week", D(2025, 1, 15), WEEK),
    ("en", "Attacks increased earlier this week.", MON, "earlier this week", D(2025, 1, 13), WEEK),
    # --- months --------------------------------------------------------------------------
    ("ar", "قتل عشرات المدنيين مطلع الشهر الجاري.", D(2025, 1, 21), "مطلع الشهر الجاري", D(2025, 1, 11), MONTH),
    ("ar", "وقع هجوم مماثل في وقت سابق من هذا الشهر.", D(2025, 1, 21), "وقت سابق من هذا الشهر", D(2025, 1, 11), MONTH),
    ("ar", "تكررت الهجمات الشهر الماضي.", MON, "الشهر الماضي", D(2024, 12, 15), MONTH),
    ("ar", "وقع كمين في يناير.", D(2025, 3, 2), "يناير", D(2025, 1, 15), MONTH),
    ("ar", "وقع كمين في شهر أيلول.", D(2025, 3, 2), "شهر أيلول", D(2024, 9, 15), MONTH),
    ("ar", "اندلعت المعارك أواخر ديسمبر.", MON, "أواخر ديسمبر", D(2024, 12, 15), MONTH),
    ("fr", "Des dizaines de civils ont été tués au début du mois.", D(2025, 1, 21), "au début du mois", D(2025, 1, 11), MONTH),
    ("fr", "Les attaques se sont répétées le mois dernier.", MON, "le mois dernier", D(2024, 12, 15), MONTH),
    ("fr", "Une embuscade a eu lieu en janvier.", D(2025, 3, 2), "janvier", D(2025, 1, 15), MONTH),
    ("fr", "Les combats ont éclaté mi-décembre.", MON, "mi-décembre", D(2024, 12, 15), WEEK),
    ("fr", "Le camp a été attaqué en décembre 2023.", MON, "décembre 2023", D(2023, 12, 15), MONTH),
    ("en", "Dozens of civilians were killed earlier this month.", D(2025, 1, 21), "earlier this month", D(2025, 1, 11), MONTH),
    ("en", "Attacks were repeated last month.", MON, "last month", D(2024, 12, 15), MONTH),
    ("en", "An ambush took place in January.", D(2025, 3, 2), "January", D(2025, 1, 15), MONTH),
    ("en", "Fighting broke out in late December.", MON, "late December", D(2024, 12, 15), MONTH),
    ("en", "The camp was attacked in December 2023.", MON, "December 2023", D(2023, 12, 15), MONTH),
    # --- absolute dates ------------------------------------------------------------------
    ("ar", "قتل 12 جنديا يوم 13 يناير 2025.", MON, "يوم 13 يناير 2025", D(2025, 1, 13), DAY),
    ("ar", "قتل 12 جنديا في 13 كانون الثاني/يناير 2025.", MON, "13 كانون الثاني/يناير 2025", D(2025, 1, 13), DAY),
    ("ar", "وقع الهجوم في 9 يناير (كانون الثاني).", MON, "9 يناير (كانون الثاني)", D(2025, 1, 9), DAY),
    ("ar", "وقع الهجوم يوم الاثنين الموافق 6 يناير 2025.", MON, "يوم الاثنين الموافق 6 يناير 2025", D(2025, 1, 6), DAY),
    ("ar", "وقع الهجوم في الثالث عشر من يناير.", MON, "الثالث عشر من يناير", D(2025, 1, 13), DAY),
    ("ar", "وقع الهجوم في ٩ جانفي ٢٠٢٥.", MON, "٩ جانفي ٢٠٢٥", D(2025, 1, 9), DAY),
    ("ar", "وقع الهجوم في 2 جويلية 2024.", MON, "2 جويلية 2024", D(2024, 7, 2), DAY),
    ("ar", "وقع الهجوم في 5 أوت 2024.", MON, "5 أوت 2024", D(2024, 8, 5), DAY),
    ("ar", "وقع الهجوم في 28 ديسمبر.", NEW_YEAR, "28 ديسمبر", D(2024, 12, 28), DAY),
    ("ar", "وقع الهجوم بتاريخ 13/01/2025.", MON, "13/01/2025", D(2025, 1, 13), DAY),
    ("ar", "قتل 5 مدنيين في 1 نيسان 2024.", MON, "1 نيسان 2024", D(2024, 4, 1), DAY),
    ("fr", "Douze soldats ont été tués le 13 janvier 2025.", MON, "13 janvier 2025", D(2025, 1, 13), DAY),
    ("fr", "L'attaque a eu lieu le 9 janvier.", MON, "9 janvier", D(2025, 1, 9), DAY),
    ("fr", "L'attaque a eu lieu lundi 6 janvier 2025.", MON, "lundi 6 janvier 2025", D(2025, 1, 6), DAY),
    ("fr", "L'attaque a eu lieu le 1er janvier.", MON, "1er janvier", D(2025, 1, 1), DAY),
    ("fr", "L'attaque a eu lieu le 28 décembre.", NEW_YEAR, "28 décembre", D(2024, 12, 28), DAY),
    ("fr", "Le camp a été attaqué le 9 janvier dernier.", MON, "9 janvier dernier", D(2025, 1, 9), DAY),
    ("fr", "Le rapport date du 13/01/2025.", MON, "13/01/2025", D(2025, 1, 13), DAY),
    ("fr", "Le rapport date du 13-01-2025.", MON, "13-01-2025", D(2025, 1, 13), DAY),
    ("fr", "Le rapport est daté du 2025-01-13.", MON, "2025-01-13", D(2025, 1, 13), DAY),
    ("fr", "Les violences ont duré du 11 au 13 janvier.", MON, "du 11 au 13 janvier", D(2025, 1, 11), WEEK),
    ("fr", "Une attaque a visé le camp le 5 févr. 2024.", MON, "5 févr. 2024", D(2024, 2, 5), DAY),
    ("en", "Twelve soldiers were killed on January 13, 2025.", MON, "January 13, 2025", D(2025, 1, 13), DAY),
    ("en", "The attack took place on 9 January.", MON, "9 January", D(2025, 1, 9), DAY),
    ("en", "The attack took place on Jan. 9.", MON, "Jan. 9", D(2025, 1, 9), DAY),
    ("en", "The attack took place on Monday, January 6, 2025.", MON, "Monday, January 6, 2025", D(2025, 1, 6), DAY),
    ("en", "The attack took place on the 9th of January.", MON, "9th of January", D(2025, 1, 9), DAY),
    ("en", "The attack took place on December 28.", NEW_YEAR, "December 28", D(2024, 12, 28), DAY),
    ("en", "The report is dated 13/01/2025.", MON, "13/01/2025", D(2025, 1, 13), DAY),
    ("en", "The report is dated 01/13/2025.", MON, "01/13/2025", D(2025, 1, 13), DAY),
    ("en", "The report is dated 2025-01-13.", MON, "2025-01-13", D(2025, 1, 13), DAY),
    ("en", "The report is dated 05/01/2025.", MON, "05/01/2025", D(2025, 1, 5), DAY),
    ("fr", "L'armée a riposté le lendemain, vendredi 10 janvier.", MON, "vendredi 10 janvier", D(2025, 1, 10), DAY),
    ("fr", "Les frappes ont eu lieu les 11 et 12 janvier.", MON, "les 11 et 12 janvier", D(2025, 1, 11), WEEK),
    ("fr", "Le camp a été attaqué le 13 janvier courant.", MON, "13 janvier courant", D(2025, 1, 13), DAY),
    ("fr", "Le village a été attaqué le premier janvier.", MON, "premier janvier", D(2025, 1, 1), DAY),
    ("fr", "La base a été visée ce jeudi.", MON, "ce jeudi", D(2025, 1, 9), DAY),
    ("fr", "Une embuscade a été tendue fin décembre 2024.", MON, "fin décembre 2024", D(2024, 12, 15), MONTH),
    ("en", "The army struck back on Friday, Jan. 10.", MON, "Friday, Jan. 10", D(2025, 1, 10), DAY),
    ("en", "Strikes took place on 11 and 12 January.", MON, "11 and 12 January", D(2025, 1, 11), WEEK),
    ("en", "The camp was attacked on 13 Jan 2025.", MON, "13 Jan 2025", D(2025, 1, 13), DAY),
    ("en", "The village was attacked on January 1st.", MON, "January 1st", D(2025, 1, 1), DAY),
    ("en", "The base was targeted late on Wednesday.", MON, "late on Wednesday", D(2025, 1, 8), DAY),
    ("en", "An ambush was laid in mid-December.", MON, "mid-December", D(2024, 12, 15), WEEK),
    ("en", "Clashes lasted from 11 to 13 January.", MON, "from 11 to 13 January", D(2025, 1, 11), WEEK),
    ("en", "The camp was attacked on the night of 11 to 12 January.", MON, "night of 11 to 12 January", D(2025, 1, 11), DAY),
    # --- a sentence glued to the one before it, as scraped pages run them together --------
    ("en", "Troops withdrew.In December, four herders were killed.", MON, "December", D(2024, 12, 15), MONTH),
    ("fr", "Les troupes sont parties.En décembre, quatre bergers ont été tués.", MON, "décembre",
     D(2024, 12, 15), MONTH),
    ("ar", "انسحبت القوات.وفي ديسمبر قتل أربعة رعاة.", MON, "ديسمبر", D(2024, 12, 15), MONTH),
    ("en", "Troops withdrew.On Thursday, four herders were killed.", MON, "Thursday", D(2025, 1, 9), DAY),
    # --- the first of a month, with "أول" in the construct state (no article) ----------------
    ("ar", "أسقطت الدفاعات الجوية طائرة مسيرة ليلة أول يناير.", MON, "أول يناير", D(2025, 1, 1), DAY),
    ("fr", "La défense aérienne a abattu un drone dans la nuit du premier janvier.", MON,
     "premier janvier", D(2025, 1, 1), DAY),
    ("en", "Air defences downed a drone on the night of the first of January.", MON,
     "the first of January", D(2025, 1, 1), DAY),
    # --- "last year" after a date: the year before publication's, even for a month that
    # --- comes later in the year than publication ("November last year" read in December)
    ("ar", "هاجم مسلحون موقعا للجيش في نوفمبر من العام الماضي.", D(2024, 12, 5),
     "نوفمبر من العام الماضي", D(2023, 11, 15), MONTH),
    ("fr", "Des hommes armés ont attaqué un poste en novembre de l'année dernière.", D(2024, 12, 5),
     "novembre de l'année dernière", D(2023, 11, 15), MONTH),
    ("en", "Gunmen attacked an army post in November last year.", D(2024, 12, 5),
     "November last year", D(2023, 11, 15), MONTH),
    ("ar", "انفجر لغم بدورية في 5 مارس من العام الماضي.", D(2024, 4, 12),
     "5 مارس من العام الماضي", D(2023, 3, 5), DAY),
    ("fr", "Une mine a touché une patrouille le 5 mars l'an dernier.", D(2024, 4, 12),
     "5 mars l'an dernier", D(2023, 3, 5), DAY),
    ("en", "A mine hit a patrol on 5 March last year.", D(2024, 4, 12),
     "5 March last year", D(2023, 3, 5), DAY),
    # --- "last March": the latest March strictly before publication ------------------------
    ("ar", "انفجر لغم بدورية في مارس الماضي.", D(2024, 4, 12), "مارس الماضي", D(2024, 3, 15), MONTH),
    ("fr", "Une mine a touché une patrouille en mars dernier.", D(2024, 4, 12), "mars dernier",
     D(2024, 3, 15), MONTH),
    ("en", "A mine hit a patrol last March.", D(2024, 4, 12), "last March", D(2024, 3, 15), MONTH),
    ("en", "Last May, a mine hit a patrol.", D(2024, 5, 20), "Last May", D(2023, 5, 15), MONTH),
]


@pytest.mark.parametrize("lang,text,published,surface,expected,precision", CASES)
def test_date_is_found_and_resolved(stage, lang, text, published, surface, expected, precision):
    doc, dates = _run(stage, lang, text, published)
    assert [m.span.of(doc.text) for m in dates] == [surface]
    (mention,) = dates
    assert (mention.date, mention.precision) == (expected, precision)
    assert mention.start <= mention.date <= mention.end


# (lang, text): not dates at all
NEGATIVE = [
    ("ar", "وصل الجنود في اليوم التالي إلى القرية."),
    ("ar", "يقام السوق أيام الخميس في البلدة."),
    ("ar", "أكد المتحدث أن الوضع هادئ حتى اليوم."),
    ("ar", "مارس المسلحون ضغوطا على السكان."),
    ("fr", "Le jeudi est un jour de marché dans la commune."),
    ("fr", "Le marché se tient chaque jeudi."),
    ("fr", "La situation est calme jusqu'à aujourd'hui."),
    ("fr", "Les gens de Mars n'ont rien vu; 12.5 % des voix."),
    ("en", "The market is held every Thursday."),
    ("en", "The group may attack again, officials said."),
    ("en", "The march drew 3,000 people and 12.5 percent turnout."),
    ("en", "The situation remained calm until today."),
    # an ordinal before the noun "march" or the verb "may" (a date writes "1 March")
    ("en", "A first march against the curfew drew several hundred people."),
    ("en", "Of the two hostages, the first may have been moved across the border."),
    ("fr", "Une première marche contre le couvre-feu a réuni quelques centaines de personnes."),
    ("ar", "نظمت أول مسيرة ضد حظر التجول في البلدة."),
]


@pytest.mark.parametrize("lang,text", NEGATIVE)
def test_no_date_is_found(stage, lang, text):
    _, dates = _run(stage, lang, text, MON)
    assert dates == ()


# (lang, text, surface, note): reported without a resolved date
UNRESOLVED = [
    ("ar", "وقع الهجوم يوم الخميس الماضي.", None, "يوم الخميس الماضي", "no publication date"),
    ("fr", "L'attaque a eu lieu jeudi dernier.", None, "jeudi dernier", "no publication date"),
    ("en", "The attack took place last Thursday.", None, "last Thursday", "no publication date"),
    ("ar", "قتل جنديان أمس.", None, "أمس", "no publication date"),
    ("fr", "Les combats ont repris la semaine dernière.", None, "la semaine dernière", "no publication date"),
    ("en", "Fighting resumed overnight Saturday to Sunday.", None, "overnight Saturday to Sunday", "no publication date"),
    ("ar", "وقع الهجوم في 9 يناير.", None, "9 يناير", "no year and no publication date"),
    ("fr", "L'attaque a eu lieu le 9 janvier.", None, "9 janvier", "no year and no publication date"),
    ("en", "The attack took place on January 9.", None, "January 9", "no year and no publication date"),
    ("ar", "وقع الهجوم في 31 فبراير 2025.", MON, "31 فبراير 2025", "invalid date"),
    ("fr", "L'attaque a eu lieu le 31 février 2025.", MON, "31 février 2025", "invalid date"),
    ("en", "The attack took place on 31 February 2025.", MON, "31 February 2025", "invalid date"),
]


@pytest.mark.parametrize("lang,text,published,surface,note", UNRESOLVED)
def test_unresolved_dates_are_reported_with_a_note(stage, lang, text, published, surface, note):
    doc, dates = _run(stage, lang, text, published)
    assert [m.span.of(doc.text) for m in dates] == [surface]
    (mention,) = dates
    assert (mention.date, mention.precision, mention.start, mention.end) == (None, None, None, None)
    assert mention.note == note
    assert mention.relative is (note == "no publication date")


@pytest.mark.parametrize("lang,text", [
    ("ar", "قال الجيش اليوم إن الهجوم وقع يوم 9 يناير 2025 وليس أمس."),
    ("fr", "L'armée a dit aujourd'hui que l'attaque a eu lieu le 9 janvier 2025, pas hier."),
    ("en", "The army said today the attack took place on January 9, 2025, not yesterday."),
])
def test_several_mentions_are_sorted_and_flagged(stage, lang, text):
    _, dates = _run(stage, lang, text, MON)
    assert [m.date for m in dates] == [D(2025, 1, 13), D(2025, 1, 9), D(2025, 1, 12)]
    assert [m.relative for m in dates] == [True, False, True]
    assert all(a.span.end <= b.span.start for a, b in zip(dates, dates[1:]))


@pytest.mark.parametrize("lang,text,surface,start,end", [
    ("ar", "شن الجيش غارات الأسبوع الماضي.", "الأسبوع الماضي", D(2025, 1, 6), D(2025, 1, 12)),
    ("fr", "Le village a été attaqué dans la nuit de samedi à dimanche.",
     "nuit de samedi à dimanche", D(2025, 1, 11), D(2025, 1, 12)),
    ("en", "Attacks were repeated last month.", "last month", D(2024, 12, 1), D(2024, 12, 31)),
    ("en", "Dozens were killed earlier this month.", "earlier this month", D(2025, 1, 1), MON),
])
def test_ranges_cover_the_period(stage, lang, text, surface, start, end):
    doc, dates = _run(stage, lang, text, MON)
    (mention,) = dates
    assert (mention.span.of(doc.text), mention.start, mention.end) == (surface, start, end)


def test_spans_point_into_diacritised_text(stage):
    text = "وَقَعَ الهُجُومُ يَوْمَ الخَمِيسِ المَاضِي."
    doc, dates = _run(stage, "ar", text, MON)
    (mention,) = dates
    assert mention.span.of(doc.text) == "يَوْمَ الخَمِيسِ المَاضِي"
    assert mention.date == D(2025, 1, 9)


def test_a_weekday_that_contradicts_its_date_keeps_the_date(stage):
    _, dates = _run(stage, "fr", "L'attaque a eu lieu mardi 13 janvier 2025.", MON)
    (mention,) = dates
    assert (mention.date, mention.note) == (D(2025, 1, 13), "weekday does not match the date")


def test_unsupported_language_gives_no_dates(stage):
    _, dates = _run(stage, "de", "Am Donnerstag wurde das Dorf angegriffen.", MON)
    assert dates == ()


@pytest.mark.parametrize("lang,text,relative_date", [
    ("en", "Our soldiers attacked a position near Ouallam on Sunday morning.\n\nIssued on 2024-12-02",
     D(2024, 12, 1)),
    ("fr", "Une unité a été attaquée hier près de Tillabéri.\n\nFait à Niamey, le 10/03/2025",
     D(2025, 3, 9)),
    ("ar", "هاجم جنود الخلافة موقعا للجيش يوم الأحد قرب ولام.\n\nصدر في 2 ديسمبر 2024",
     D(2024, 12, 1)),
])
def test_without_a_publication_date_the_dateline_stands_in(stage, lang, text, relative_date):
    doc = ArticleDoc.from_text(text).with_layers(lang=lang)
    out = stage(doc)
    assert out.dates[0].date == relative_date
    assert any("dateline" in w for w in out.warnings)


@pytest.mark.parametrize("text", [
    # the date is in a sentence, not a dateline: relative dates stay unresolved
    "Our soldiers attacked a position near Ouallam on Sunday morning, a week after the raid of 2024-11-24.",
    # a long last line is prose, not a signature
    "Our soldiers attacked a position near Ouallam on Sunday morning.\n\nThe group said in a long "
    "statement published online that the attack took place on 2024-12-02",
])
def test_no_dateline_no_guess(stage, text):
    out = stage(ArticleDoc.from_text(text).with_layers(lang="en"))
    assert out.dates[0].date is None and out.dates[0].note == "no publication date"


# (lang, text, the relative date, its day): no publication date; a relative date after a full
# date in its sentence counts from it (Tuesday 4 March 2025: Saturday is the 1st)
COUNTED_FROM_THE_SENTENCE = [
    ("ar", "في يوم الثلاثاء 4 مارس 2025، ذكرت الوزارة أن طائرة قصفت قافلة للمسلحين يوم السبت.",
     "يوم السبت", D(2025, 3, 1)),
    ("fr", "Le mardi 4 mars 2025, le ministère a fait état d'une frappe contre un convoi de "
           "combattants samedi.", "samedi", D(2025, 3, 1)),
    ("en", "On Tuesday 4 March 2025, the ministry reported a strike on a fighters' convoy on "
           "Saturday.", "Saturday", D(2025, 3, 1)),
]


@pytest.mark.parametrize("lang,text,surface,day", COUNTED_FROM_THE_SENTENCE)
def test_without_publication_a_relative_date_counts_from_its_sentences_full_date(
        stage, lang, text, surface, day):
    doc, dates = _run(stage, lang, text, None)
    mention = next(m for m in dates if m.span.of(text) == surface)
    assert (mention.date, mention.precision) == (day, DAY)
    assert any("full date of their sentence" in w for w in stage(doc).warnings)


@pytest.mark.parametrize("lang,text,surface", [
    ("fr", "Le 4 mars 2025, l'armée a publié un bilan. Samedi, des hommes armés ont attaqué "
           "un poste.", "Samedi"),
    ("en", "On 4 March 2025, the army issued a toll. On Saturday, gunmen attacked a post.", "Saturday"),
])
def test_without_publication_a_relative_date_in_another_sentence_stays_unresolved(
        stage, lang, text, surface):
    _, dates = _run(stage, lang, text, None)
    assert next(m for m in dates if m.span.of(text) == surface).date is None


# (lang, text, the weekday's surface or None): "الاثنين" after a definite dual noun is "the
# two" it agrees with, not Monday; a day word before it, a verb, or a plural after "من"
# leave it a weekday. French and English weekday names are never numerals.
NUMERAL_OR_MONDAY = [
    ("ar", "نقل الجنود المصابين الاثنين إلى المستشفى.", None),
    ("ar", "أفرج المسلحون عن الرهينتين والسائقين الاثنين.", None),
    ("ar", "نقل الجنود المصابين يوم الاثنين إلى المستشفى.", "يوم الاثنين"),
    ("ar", "أعلن الجيش الاثنين مقتل جنديين.", "الاثنين"),
    ("ar", "قتل عدد من المدنيين الاثنين في هجوم قرب تيرا.", "الاثنين"),
    ("fr", "Les deux blessés ont été évacués lundi vers l'hôpital.", "lundi"),
    ("en", "The two wounded were taken to hospital on Monday.", "Monday"),
]


@pytest.mark.parametrize("lang,text,surface", NUMERAL_OR_MONDAY)
def test_a_weekday_spelt_like_a_numeral_agreeing_with_its_noun_is_no_date(stage, lang, text, surface):
    """Regression: "المصابين الاثنين" (the two wounded) was read as Monday and dated an
    incident of its own five days before the report."""
    doc, dates = _run(stage, lang, text, MON)
    assert [doc.text[d.span.start:d.span.end] for d in dates] == ([surface] if surface else [])
    assert all(d.date == MON for d in dates)
