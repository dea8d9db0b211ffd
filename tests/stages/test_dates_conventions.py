"""dates.v1 on the constructions of real reports, coded by the conventions of
docs/golden-events.md (ar, fr, en side by side).

Unless a row says otherwise the article is published on Tuesday 21 October 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc, DatePrecision
from rasd.stages.dates import SPEC

D = dt.date
TUE = D(2025, 10, 21)  # a Tuesday
SAT = D(2025, 10, 25)
DAY, WEEK, MONTH = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH


@pytest.fixture(scope="module")
def stage():
    return SPEC.factory(load_config())


def _run(stage, lang, text, published):
    doc = ArticleDoc.from_text(text, published=published).with_layers(lang=lang)
    done = stage(doc)
    return done, done.dates


# (lang, text, published, expected surface, expected date, precision)
CASES = [
    # a span of days: its first day, precision 2
    ("ar", "استمرت العملية يومي 14 و15 أكتوبر.", TUE, "يومي 14 و15 أكتوبر", D(2025, 10, 14), WEEK),
    ("fr", "L'opération a duré les 14 et 15 octobre.", TUE, "les 14 et 15 octobre", D(2025, 10, 14), WEEK),
    ("en", "The operation ran on 14 and 15 October.", TUE, "14 and 15 October", D(2025, 10, 14), WEEK),
    ("ar", "نفذ الجيش غارات من 28 سبتمبر إلى 3 أكتوبر.", TUE, "من 28 سبتمبر إلى 3 أكتوبر",
     D(2025, 9, 28), WEEK),
    ("fr", "Des frappes ont eu lieu entre le 28 septembre et le 3 octobre.", TUE,
     "entre le 28 septembre et le 3 octobre", D(2025, 9, 28), WEEK),
    ("en", "Strikes took place from 28 September to 3 October.", TUE,
     "from 28 September to 3 October", D(2025, 9, 28), WEEK),
    ("fr", "Le ratissage a duré du 28 décembre au 2 janvier.", D(2026, 1, 5),
     "du 28 décembre au 2 janvier", D(2025, 12, 28), WEEK),
    ("ar", "اندلعت اشتباكات يومي الجمعة والسبت.", TUE, "يومي الجمعة والسبت", D(2025, 10, 17), WEEK),
    ("fr", "Des combats ont eu lieu vendredi et samedi.", TUE, "vendredi et samedi", D(2025, 10, 17), WEEK),
    ("en", "Fighting took place on Friday and Saturday.", TUE, "Friday and Saturday", D(2025, 10, 17), WEEK),
    # the weekend: its Saturday, precision 2
    ("ar", "قتل مسلحون رعاة خلال نهاية الأسبوع الماضي.", TUE, "نهاية الأسبوع الماضي",
     D(2025, 10, 18), WEEK),
    ("fr", "Des bergers ont été tués le week-end dernier.", TUE, "le week-end dernier", D(2025, 10, 18), WEEK),
    ("en", "Herders were killed last weekend.", TUE, "last weekend", D(2025, 10, 18), WEEK),
    ("ar", "هاجم مسلحون القرية في نهاية الأسبوع.", TUE, "نهاية الأسبوع", D(2025, 10, 18), WEEK),
    ("fr", "Le village a été attaqué ce week-end.", TUE, "ce week-end", D(2025, 10, 18), WEEK),
    ("en", "The village was attacked over the weekend.", TUE, "the weekend", D(2025, 10, 18), WEEK),
    ("en", "Herders were killed last weekend.", D(2025, 10, 26), "last weekend", D(2025, 10, 18), WEEK),
    # this week: the Thursday of the publication's week
    ("ar", "قصفت الطائرات المنطقة هذا الأسبوع.", SAT, "هذا الأسبوع", D(2025, 10, 23), WEEK),
    ("fr", "L'aviation a frappé la zone cette semaine.", SAT, "cette semaine", D(2025, 10, 23), WEEK),
    ("en", "Aircraft struck the area this week.", SAT, "this week", D(2025, 10, 23), WEEK),
    ("en", "Aircraft struck the area this week.", TUE, "this week", D(2025, 10, 21), WEEK),
    # mid-month: the 15th, precision 2; the start or end of a month: the month, precision 3
    ("ar", "قتل 20 جنديا منتصف الشهر الجاري.", TUE, "منتصف الشهر الجاري", D(2025, 10, 15), WEEK),
    ("fr", "Vingt soldats ont été tués à la mi-octobre.", TUE, "à la mi-octobre", D(2025, 10, 15), WEEK),
    ("en", "Twenty soldiers were killed in the middle of October.", TUE, "the middle of October",
     D(2025, 10, 15), WEEK),
    ("ar", "أحرق مسلحون مدرسة أواخر أغسطس.", TUE, "أواخر أغسطس", D(2025, 8, 15), MONTH),
    ("fr", "Une école a été incendiée fin août.", TUE, "fin août", D(2025, 8, 15), MONTH),
    ("en", "A school was burnt in late August.", TUE, "late August", D(2025, 8, 15), MONTH),
    ("en", "A school was burnt at the start of August.", TUE, "the start of August", D(2025, 8, 15), MONTH),
    ("ar", "أحرق مسلحون مدرسة أواخر الشهر الماضي.", TUE, "أواخر الشهر الماضي", D(2025, 9, 15), MONTH),
    ("fr", "Une école a été incendiée à la fin du mois dernier.", TUE, "à la fin du mois dernier",
     D(2025, 9, 15), MONTH),
    ("en", "A school was burnt late last month.", TUE, "late last month", D(2025, 9, 15), MONTH),
    ("ar", "أحرق مسلحون مدرسة في مايو.", TUE, "مايو", D(2025, 5, 15), MONTH),
    # a day of a relative month
    ("ar", "خطف مسلحون تاجرين في الثامن من الشهر الماضي.", TUE, "الثامن من الشهر الماضي",
     D(2025, 9, 8), DAY),
    ("fr", "Deux commerçants ont été enlevés le 8 du mois dernier.", TUE, "8 du mois dernier",
     D(2025, 9, 8), DAY),
    ("en", "Two traders were kidnapped on the 8th of last month.", TUE, "8th of last month",
     D(2025, 9, 8), DAY),
    # "yesterday, Thursday 16 October": the explicit date stands
    ("ar", "قتل جنديان أمس الخميس 16 أكتوبر 2025.", None, "أمس الخميس 16 أكتوبر 2025",
     D(2025, 10, 16), DAY),
    ("fr", "Deux soldats ont été tués hier jeudi 16 octobre 2025.", None, "hier jeudi 16 octobre 2025",
     D(2025, 10, 16), DAY),
    ("en", "Two soldiers were killed yesterday, Thursday, October 16, 2025.", None,
     "yesterday, Thursday, October 16, 2025", D(2025, 10, 16), DAY),
    # two names of one month
    ("ar", "وقع الهجوم في 9 يناير/كانون الثاني.", D(2025, 1, 13), "9 يناير/كانون الثاني",
     D(2025, 1, 9), DAY),
    ("ar", "وقع الهجوم في 19 آب/أغسطس.", TUE, "19 آب/أغسطس", D(2025, 8, 19), DAY),
    # a weekday with its article and a part of the day is one day, not a habit
    ("fr", "Le jeudi soir, des hommes armés ont enlevé des femmes.", TUE, "jeudi soir",
     D(2025, 10, 16), DAY),
    ("ar", "وفي مساء يوم الخميس خطف مسلحون نساء.", TUE, "مساء يوم الخميس", D(2025, 10, 16), DAY),
    ("en", "On the Thursday evening, gunmen abducted women.", TUE, "Thursday evening",
     D(2025, 10, 16), DAY),
    # holidays on a fixed day
    ("ar", "قتل عشرات المدنيين عشية عيد الميلاد.", D(2026, 1, 5), "عشية عيد الميلاد", D(2025, 12, 24), DAY),
    ("fr", "Un car a sauté sur une mine le jour de Noël.", D(2026, 1, 5), "jour de Noël", D(2025, 12, 25), DAY),
    ("en", "A bus hit a landmine at Christmas.", D(2026, 1, 5), "Christmas", D(2025, 12, 25), DAY),
    ("en", "The camp was attacked on Christmas Eve 2019.", TUE, "Christmas Eve 2019", D(2019, 12, 24), DAY),
    # the night before publication
    ("ar", "خطف مسلحون ستة أشخاص من البلدة الليلة الماضية.", TUE, "الليلة الماضية", D(2025, 10, 20), DAY),
    ("fr", "Des hommes armés ont enlevé six personnes cette nuit.", TUE, "cette nuit", D(2025, 10, 20), DAY),
    ("en", "Gunmen kidnapped six people from the town overnight, officials said.", TUE, "overnight",
     D(2025, 10, 20), DAY),
    ("en", "The post was attacked overnight Saturday to Sunday.", TUE, "overnight Saturday to Sunday",
     D(2025, 10, 18), DAY),
    # a comma glued to the date word
    ("ar", "قتل 41 شخصا في كمين نصبه مسلحون،الخميس الماضي، قرب المدينة.", TUE, "الخميس الماضي",
     D(2025, 10, 16), DAY),
    ("fr", "Un convoi a été attaqué,jeudi dernier, près de la ville.", TUE, "jeudi dernier",
     D(2025, 10, 16), DAY),
    ("en", "A convoy was ambushed,last Thursday, near the town.", TUE, "last Thursday",
     D(2025, 10, 16), DAY),
    # the current month
    ("ar", "وقع الهجوم في 3 أكتوبر الجاري.", TUE, "3 أكتوبر الجاري", D(2025, 10, 3), DAY),
]


@pytest.mark.parametrize("lang,text,published,surface,expected,precision", CASES)
def test_real_report_dates_follow_the_coding_conventions(stage, lang, text, published, surface,
                                                         expected, precision):
    doc, dates = _run(stage, lang, text, published)
    assert [m.span.of(doc.text) for m in dates] == [surface]
    (mention,) = dates
    assert (mention.date, mention.precision) == (expected, precision)
    assert mention.start <= mention.date <= mention.end


# a weekday that contradicts its date: the adjacent month where it fits, before publication
@pytest.mark.parametrize("lang,text,surface,expected", [
    ("ar", "وقع الهجوم يوم السبت 18 سبتمبر 2025.", "يوم السبت 18 سبتمبر 2025", D(2025, 10, 18)),
    ("fr", "L'attaque a eu lieu le samedi 18 septembre 2025.", "samedi 18 septembre 2025", D(2025, 10, 18)),
    ("en", "The attack took place on Saturday, September 18, 2025.", "Saturday, September 18, 2025",
     D(2025, 10, 18)),
])
def test_a_weekday_that_fits_the_adjacent_month_corrects_a_misprinted_month(stage, lang, text,
                                                                          surface, expected):
    doc, dates = _run(stage, lang, text, TUE)
    (mention,) = dates
    assert mention.span.of(doc.text) == surface
    assert mention.date == expected
    assert mention.note.startswith("weekday does not match the date")
    assert any("weekday does not match" in w for w in doc.warnings)


def test_a_misprint_is_not_corrected_without_a_publication_date(stage):
    doc, dates = _run(stage, "en", "The attack took place on Saturday, September 18, 2025.", None)
    (mention,) = dates
    assert (mention.date, mention.note) == (D(2025, 9, 18), "weekday does not match the date")
    assert doc.warnings


@pytest.mark.parametrize("lang,text", [
    ("ar", "قتل جنديان في الثامن من الشهر الماضي."),
    ("fr", "Deux soldats ont été tués le week-end dernier."),
    ("en", "Aircraft struck the area this week."),
])
def test_relative_periods_stay_unresolved_without_a_publication_date(stage, lang, text):
    _, dates = _run(stage, lang, text, None)
    (mention,) = dates
    assert (mention.date, mention.note) == (None, "no publication date")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le jeudi, jour de marché, la route est fermée."),
    ("ar", "تغلق الطريق كل خميس."),
    ("en", "The road is closed every Thursday evening."),
])
def test_a_habitual_weekday_is_no_date(stage, lang, text):
    assert _run(stage, lang, text, TUE)[1] == ()


@pytest.mark.parametrize("lang,text,yearless,expected", [
    ("ar", "قتل ستة مدنيين في قصف يوم 30 يوليو. وأعلن الجيش أمس بدء حملة جوية في 30 يوليو 2024.",
     "يوم 30 يوليو", D(2024, 7, 30)),
    ("fr", "Six civils ont été tués mi-décembre. L'armée a lancé une opération le 2 janvier 2021 hier.",
     "mi-décembre", D(2020, 12, 15)),
    ("en", "Six civilians were killed on July 30. The army said yesterday it began strikes on 30 July 2024.",
     "July 30", D(2024, 7, 30)),
])
def test_without_a_publication_date_a_yearless_date_takes_the_year_of_the_texts_full_date(
        stage, lang, text, yearless, expected):
    doc, dates = _run(stage, lang, text, None)
    found = {m.span.of(doc.text): m for m in dates}
    assert found[yearless].date == expected
    relative = [m for m in dates if m.relative]
    assert relative and all(m.date is None for m in relative)  # "yesterday" stays unknown
    assert any("latest full date" in w for w in doc.warnings)


def test_a_long_text_of_misdated_weekdays_stays_linear(stage):
    import time

    text = "Gunmen attacked the village on Thursday, 3 March 2024, and again on Friday. " * 4000
    start = time.perf_counter()
    doc, dates = _run(stage, "en", text, TUE)
    assert len(dates) == 8000
    assert len(doc.warnings) == 1  # one warning per distinct misdated phrase
    assert time.perf_counter() - start < 5
