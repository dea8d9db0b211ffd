"""Which date dates an incident: statement dates, "since" dates, refinement within an incident
(ar, fr, en side by side)."""

from __future__ import annotations

import datetime as dt

import pytest

import rasd

from rasd.doc import ArticleDoc, DateMention, DatePrecision, Span, TriggerMention
from rasd.events.event_dates import better, sharpest, statement_dates, undated_fill

D = dt.date
DAY, WEEK, MONTH = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH


def _date(text: str, surface: str, date: dt.date | None, precision=DAY, *, start=None, end=None):
    at = text.index(surface)
    return DateMention(Span(at, at + len(surface)), date, None if date is None else precision,
                       start or date, end or date, False, None)


def _doc(lang: str, text: str, dates: list[DateMention], triggers: tuple[str, ...] = ()) -> ArticleDoc:
    found = tuple(TriggerMention(Span(text.index(t), text.index(t) + len(t)), None) for t in triggers)
    return ArticleDoc.from_text(text).with_layers(lang=lang, dates=tuple(dates), triggers=found)


# (lang, text, the statement's date, the incident's date)
STATEMENTS = [
    ("ar", "أعلن الجيش يوم الاثنين أن مسلحين هاجموا الموقع يوم الأحد.", "يوم الاثنين", "يوم الأحد"),
    ("fr", "L'armée a annoncé lundi que des hommes armés ont attaqué le poste dimanche.", "lundi",
     "dimanche"),
    ("en", "The army said on Monday that gunmen attacked the post on Sunday.", "Monday", "Sunday"),
    ("ar", "قال الجيش المالي في بيان اليوم إن الهجوم وقع أمس.", "اليوم", "أمس"),
    ("fr", "Dans un communiqué publié mardi, l'armée affirme que le camp a été visé hier.", "mardi",
     "hier"),
    ("en", "In a statement on Tuesday, the ministry said that the camp was shelled yesterday.",
     "Tuesday", "yesterday"),
]


@pytest.mark.parametrize("lang,text,said,happened", STATEMENTS)
def test_a_date_right_after_a_speech_verb_or_statement_dates_the_statement(lang, text, said, happened):
    dates = [_date(text, said, D(2025, 1, 13)), _date(text, happened, D(2025, 1, 12))]
    stated = statement_dates(_doc(lang, text, dates))
    assert stated == {dates[0].span}
    assert sharpest(dates, [], stated) is dates[1]


@pytest.mark.parametrize("lang,text,surface", [
    ("ar", "يسري حظر التجول في المنطقة منذ 13 يناير.", "13 يناير"),
    ("fr", "Un couvre-feu est en vigueur dans la zone depuis le 13 janvier.", "13 janvier"),
    ("en", "A curfew has been in force in the area since 13 January.", "13 January"),
])
def test_a_date_after_since_starts_a_state_and_dates_no_incident(lang, text, surface):
    dates = [_date(text, surface, D(2025, 1, 13))]
    assert statement_dates(_doc(lang, text, dates)) == {dates[0].span}


@pytest.mark.parametrize("lang,text,surface,trigger", [
    ("ar", "قال مصدر محلي مسلحون هاجموا القرية يوم الأحد.", "يوم الأحد", "هاجموا"),
    ("fr", "Selon une source, des hommes armés ont attaqué le village dimanche.", "dimanche", "attaqué"),
    ("en", "A local source said gunmen attacked the village on Sunday.", "Sunday", "attacked"),
    ("ar", "قال مصدر محلي إن القرية شهدت يوم الأحد هجوما.", "يوم الأحد", "هجوما"),
    ("fr", "Une source a affirmé que dimanche le village a été attaqué.", "dimanche", "attaqué"),
    ("en", "A local source said that on Sunday the village was attacked.", "Sunday", "attacked"),
])
def test_a_date_in_the_reported_clause_dates_the_incident(lang, text, surface, trigger):
    dates = [_date(text, surface, D(2025, 1, 12))]
    assert statement_dates(_doc(lang, text, dates, (trigger,))) == frozenset()


def test_an_incident_dated_by_a_statement_takes_the_date_of_a_later_sentence():
    text = "The army said on Monday that a post was attacked. The assault took place on Sunday."
    said, happened = _date(text, "Monday", D(2025, 1, 13)), _date(text, "Sunday", D(2025, 1, 12))
    assert better(said, happened, frozenset({said.span})) is happened
    assert better(happened, said, frozenset({said.span})) is happened


def test_an_unresolved_date_gives_way_to_a_resolved_one_but_not_to_a_statement_date():
    text = "Gunmen attacked a post on Thursday. The army said on 13 January that it was retaken."
    vague, said = _date(text, "Thursday", None), _date(text, "13 January", D(2025, 1, 13))
    assert better(vague, said, frozenset()) is said
    assert better(vague, said, frozenset({said.span})) is vague


def test_a_coarse_date_is_refined_by_a_day_it_covers_and_kept_otherwise():
    text = "Civilians were killed in late March. The operation began on March 27. It ended on 2 May."
    month = _date(text, "late March", D(2025, 3, 15), MONTH, start=D(2025, 3, 1), end=D(2025, 3, 31))
    day, outside = _date(text, "March 27", D(2025, 3, 27)), _date(text, "2 May", D(2025, 5, 2))
    assert better(month, day, frozenset()) is day
    assert better(month, outside, frozenset()) is month
    assert better(day, month, frozenset()) is day


def test_a_sentence_without_an_event_word_dates_an_undated_incident_by_a_day_only():
    text = "Gunmen attacked the camp. The incident occurred on Tuesday. Displacement rose this month."
    day = _date(text, "Tuesday", D(2025, 1, 7))
    month = _date(text, "this month", D(2025, 1, 7), MONTH, start=D(2025, 1, 1), end=D(2025, 1, 13))
    assert undated_fill(None, [day], frozenset()) is day
    assert undated_fill(None, [month], frozenset()) is None
    assert undated_fill(None, [day], frozenset({day.span})) is None
    earlier = _date(text, "Gunmen", D(2025, 1, 6))
    assert undated_fill(earlier, [day], frozenset()) is earlier


@pytest.mark.parametrize("lang,text,surface", [
    ("ar", "هجوم على قافلة وقود\n\nسبت, 18/10/2025 - 21:41\n\nهاجم مسلحون قافلة يوم الأربعاء.",
     "18/10/2025"),
    ("fr", "Attaque d'un convoi\n\nBamako, le 18 octobre 2025\n\nDes hommes armés ont attaqué un convoi.",
     "18 octobre 2025"),
    ("en", "Convoy attacked\n\nSat, 10/18/2025 - 21:41\n\nGunmen attacked a convoy on Wednesday.",
     "10/18/2025"),
])
def test_a_date_alone_on_a_short_line_dates_the_page_not_an_incident(lang, text, surface):
    trigger = {"ar": "هاجم", "fr": "attaqué", "en": "attacked"}[lang]
    dates = [_date(text, surface, D(2025, 10, 18))]
    assert statement_dates(_doc(lang, text, dates, (trigger,))) == {dates[0].span}


def test_a_statement_date_gives_way_to_the_day_a_later_sentence_gives():
    text = "Security sources said on Wednesday that a missionary was kidnapped. It happened last night."
    said, night = _date(text, "Wednesday", D(2025, 10, 22)), _date(text, "last night", D(2025, 10, 21))
    assert undated_fill(said, [night], frozenset({said.span})) is night


def test_a_statement_date_alone_dates_no_incident():
    text = "The army said on Monday that soldiers repelled an attack."
    said = _date(text, "Monday", D(2025, 1, 13))
    assert sharpest([said], [], frozenset({said.span})) is None


def test_an_explicit_span_of_days_dates_an_undated_incident_but_a_relative_week_does_not():
    text = "The army struck the forest. The operation ran on 23 and 24 February. It went on last week."
    span = _date(text, "23 and 24 February", D(2025, 2, 23), WEEK, start=D(2025, 2, 23), end=D(2025, 2, 24))
    week = DateMention(_date(text, "last week", D(2025, 2, 20)).span, D(2025, 2, 20), WEEK,
                       D(2025, 2, 17), D(2025, 2, 23), True, None)
    assert undated_fill(None, [week, span], frozenset()) is span
    assert undated_fill(None, [week], frozenset()) is None


@pytest.fixture(scope="module")
def pipeline():
    from rasd.config import load_config
    from rasd.pipeline import Pipeline

    return Pipeline.from_config(load_config())


# (lang, text): the statement's Wednesday dates no incident; the night before publication does
NIGHT_BEFORE = [
    ("en", "Security sources said on Wednesday that gunmen kidnapped a trader in Niamey overnight. "
           "In January, gunmen killed two herders near Ouallam."),
    ("fr", "Des sources sécuritaires ont indiqué mercredi que des hommes armés ont enlevé un "
           "commerçant à Niamey cette nuit. En janvier, des hommes armés ont tué deux éleveurs "
           "près de Ouallam."),
    ("ar", "قالت مصادر أمنية الأربعاء إن مسلحين خطفوا تاجرا في نيامي الليلة الماضية. وفي يناير، قتل "
           "مسلحون راعيين قرب ولام."),
]
UNDATED = [
    ("en", "The army said on Wednesday that gunmen attacked a post near Ouallam. In January, gunmen "
           "killed two herders near Ouallam."),
    ("fr", "L'armée a annoncé mercredi que des hommes armés ont attaqué un poste près de Ouallam. En "
           "janvier, des hommes armés ont tué deux éleveurs près de Ouallam."),
    ("ar", "أعلن الجيش الأربعاء أن مسلحين هاجموا موقعا قرب ولام. وفي يناير، قتل مسلحون راعيين قرب ولام."),
]


def _events(pipeline, lang, text):
    doc = pipeline(ArticleDoc.from_text(text, published=D(2025, 10, 22), lang=lang))
    return [(e.role, e.event_date, e.time_precision) for e in doc.events]


@pytest.mark.parametrize("lang,text", NIGHT_BEFORE)
def test_the_incident_takes_its_own_date_not_the_statements(pipeline, lang, text):
    assert _events(pipeline, lang, text) == [("main", D(2025, 10, 21), 1),
                                             ("background", D(2025, 1, 15), 3)]


@pytest.mark.parametrize("lang,text", UNDATED)
def test_an_incident_dated_only_by_a_statement_is_undated_yet_earlier_ones_stay_background(
        pipeline, lang, text):
    assert _events(pipeline, lang, text) == [("main", None, None), ("background", D(2025, 1, 15), 3)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Niamey, March 6 (AFP) Gunmen killed four soldiers near Ayorou on Tuesday night, "
           "a security source said."),
    ("fr", "Niamey, 6 mars (AFP) Des hommes armés ont tué quatre soldats mardi soir près "
           "d'Ayorou, selon une source sécuritaire."),
    ("ar", "نيامي 6 مارس (أ ف ب) قتل مسلحون أربعة جنود مساء الثلاثاء قرب أيورو، حسبما أفاد "
           "مصدر أمني."),
])
def test_a_wire_dateline_dates_the_dispatch_not_the_incident(lang, text):
    """Regression: the agency's dateline ("Cotonou, June 5 (AFP)") dated the incident the
    body places on the evening before."""
    [event] = [e for e in rasd.extract(text, published=dt.date(2025, 3, 6), lang=lang).events
               if e.role == "main"]
    assert event.event_date == dt.date(2025, 3, 4)


# (lang, text): a dated incident, then an undated one told as part of the same news
FOLLOW_ON = [
    ("en", "Gunmen attacked a police post in Tera on Tuesday, killing four officers. "
           "In Dori, a roadside bomb struck an army truck, wounding six soldiers."),
    ("fr", "Des hommes armés ont attaqué mardi un poste de police à Téra, tuant quatre policiers. "
           "À Dori, un engin explosif a touché un camion de l'armée, blessant six soldats."),
    ("ar", "هاجم مسلحون يوم الثلاثاء مركزا للشرطة في تيرا، ما أسفر عن مقتل أربعة من عناصر الشرطة. "
           "وفي دوري، انفجرت عبوة ناسفة بشاحنة للجيش، ما أدى إلى إصابة ستة جنود."),
]


@pytest.mark.parametrize("lang,text", FOLLOW_ON)
def test_an_undated_follow_on_incident_takes_the_date_of_the_one_told_before(pipeline, lang, text):
    assert _events(pipeline, lang, text) == [("main", D(2025, 10, 21), 1), ("main", D(2025, 10, 21), 1)]


def _incidents():
    from rasd.events.segment import Incident

    dated = Incident(date=DateMention(Span(0, 5), D(2025, 1, 3), DAY, None, None, False, None))
    return dated, Incident(background=True), Incident()


def test_a_background_incident_neither_lends_nor_borrows_a_date():
    from rasd.events.event_dates import carried_dates

    dated, background, undated = _incidents()
    doc = ArticleDoc.from_text("Neutral report text.").with_layers(lang="en", framing=())
    carried_dates(doc, [dated, background, undated])
    assert undated.date is dated.date and background.date is None


def test_a_partys_communique_leaves_its_undated_operations_undated():
    from rasd.doc import FramingMention
    from rasd.events.event_dates import carried_dates

    dated, _, undated = _incidents()
    marks = tuple(FramingMention(Span(i, i + 1), "terrorists", "state") for i in range(3))
    doc = ArticleDoc.from_text("Communique text here.").with_layers(lang="en", framing=marks)
    carried_dates(doc, [dated, undated])
    assert undated.date is None


# (lang, text): a party's communiqué (it calls its enemy "terrorists") dates one operation,
# then tells another that its own words count from it: the retreat of the same attackers,
# the pursuit by the same forces
COUNTED_FROM_THE_ONE_BEFORE = [
    ("en", "The army said terrorists stormed the market of Boala on Monday and killed nine "
           "traders. As they withdrew, the terrorists also killed two herders at Yargo."),
    ("fr", "Selon l'armée, des terroristes ont attaqué lundi le marché de Boala et tué neuf "
           "commerçants. Dans leur repli, les terroristes ont également tué deux éleveurs à Yargo."),
    ("ar", "قال الجيش إن إرهابيين هاجموا يوم الاثنين سوق بوالا وقتلوا تسعة تجار. وأثناء انسحابهم "
           "قتل الإرهابيون راعيين في يارغو."),
    ("en", "On Sunday, aircraft struck a column of terrorists near Goungam, the army said. The "
           "survivors fled east, but the air force continued the operation and killed "
           "twelve of them near Tiloa."),
    ("fr", "Dimanche, des avions ont frappé une colonne de terroristes près de Goungam, selon "
           "l'armée. Les rescapés ont fui vers l'est, mais les vecteurs aériens ont poursuivi "
           "l'opération et en ont tué douze près de Tiloa."),
    ("ar", "قال الجيش إن طائرات قصفت يوم الأحد رتلا من الإرهابيين قرب غونغام. وفر الناجون شرقا، "
           "لكن الطائرات واصلت العملية وقتلت 12 منهم قرب تيلوا."),
]


@pytest.mark.parametrize("lang,text", COUNTED_FROM_THE_ONE_BEFORE)
def test_a_communiques_operation_counted_from_the_one_before_takes_its_date(pipeline, lang, text):
    """Regression: a party's communiqué left every undated item undated, even one whose
    words tie it to the operation told before ("dans leur repli", "continued the operation")."""
    dates = [(e.role, e.event_date) for e in pipeline(ArticleDoc.from_text(
        text, published=D(2025, 10, 22), lang=lang)).events]
    assert len(dates) == 2 and dates[1] == dates[0] and dates[0][1] is not None


# (lang, text, days): the news on a given day, then an earlier attack that the report dates
# only as "N days after" it, in its own sentence
DAYS_AFTER = [
    ("en", "Gunmen killed 40 villagers in Yirgou on Saturday 12 April 2025. The killings came "
           "six days after an assault on the army base in Nara.", 6),
    ("fr", "Des hommes armés ont tué 40 villageois à Yirgou le samedi 12 avril 2025. Ces tueries "
           "interviennent six jours après un assaut contre la base de l'armée à Nara.", 6),
    ("ar", "قتل مسلحون 40 قرويا في يرغو يوم السبت 12 أبريل 2025. وجاءت عمليات القتل بعد ستة أيام من "
           "هجوم على قاعدة الجيش في نارا.", 6),
    ("en", "Gunmen killed 40 villagers in Yirgou on Saturday 12 April 2025. The killings came "
           "two weeks after an assault on the army base in Nara.", 14),
    ("fr", "Des hommes armés ont tué 40 villageois à Yirgou le samedi 12 avril 2025. Ces tueries "
           "interviennent deux semaines après un assaut contre la base de l'armée à Nara.", 14),
    ("ar", "قتل مسلحون 40 قرويا في يرغو يوم السبت 12 أبريل 2025. وجاءت عمليات القتل بعد أسبوعين من "
           "هجوم على قاعدة الجيش في نارا.", 14),
]


@pytest.mark.parametrize("lang,text,days", DAYS_AFTER)
def test_an_attack_the_news_came_days_after_is_dated_that_many_days_before(pipeline, lang, text, days):
    """Regression: "six jours après un assaut contre Nara" left the earlier attack undated."""
    doc = pipeline(ArticleDoc.from_text(text, published=D(2025, 4, 14), lang=lang))
    dates = [(e.role, e.event_date, e.time_precision) for e in doc.events]
    week = 2 if days >= 7 else 1
    assert dates == [("main", D(2025, 4, 12), 1), ("background", D(2025, 4, 12) - dt.timedelta(days), week)]


# (lang, text): the news, then a sentence dating its own act before the cue and an earlier
# attack after it ("on Saturday 5 April ..., two days after a suicide bombing")
COUNTED_FROM_ITS_SENTENCE = [
    ("en", "Gunmen killed 12 soldiers in Sokolo on Wednesday 9 April 2025. On Saturday 5 April "
           "the army repelled an attack on a camp in Nara, two days after a suicide bombing hit Kati."),
    ("fr", "Des hommes armés ont tué 12 soldats à Sokolo le mercredi 9 avril 2025. Le samedi 5 avril, "
           "l'armée a repoussé une attaque contre un camp à Nara, deux jours après un attentat "
           "suicide à Kati."),
    ("ar", "قتل مسلحون 12 جنديا في سوكولو يوم الأربعاء 9 أبريل 2025. ويوم السبت 5 أبريل صد الجيش "
           "هجوما على معسكر في نارا، بعد يومين من هجوم انتحاري استهدف كاتي."),
]


@pytest.mark.parametrize("lang,text", COUNTED_FROM_ITS_SENTENCE)
def test_days_after_count_from_the_date_their_sentence_gives_before_them(pipeline, lang, text):
    from rasd.events.event_dates import carried_dates
    from rasd.events.segment import Incident

    doc = pipeline(ArticleDoc.from_text(text, published=D(2025, 4, 10), lang=lang))
    main = Incident(sentences=[0], date=next(d for d in doc.dates if d.date == D(2025, 4, 9)))
    # the earlier incident's sentences: the second one, and the clause cut off from it at
    # the cue when the sentences stage cut it ("..., deux jours après un attentat à Kati")
    earlier = Incident(sentences=list(range(1, len(doc.sentences))), background=True)
    carried_dates(doc, [main, earlier])
    assert (earlier.date.date, earlier.date.precision) == (D(2025, 4, 3), DAY)
    assert doc.text[earlier.date.span.start:earlier.date.span.end].split()[-1] in ("after", "après", "من")


# (lang, text, the date of the statement): a date that heads a statement's clause, or
# follows a statement word the claims lexicon does not hold (a letter "dated", a report
# "seen by" an agency, a first toll)
HEADED_STATEMENTS = [
    ("en", "On Saturday, the army announced that its units had repelled an assault near Djibo.",
     "Saturday"),
    ("fr", "Samedi, l'armée a annoncé que ses unités avaient repoussé un assaut près de Djibo.",
     "Samedi"),
    ("ar", "وفي يوم السبت، أعلن الجيش أن وحداته صدت هجوما قرب جيبو.", "يوم السبت"),
    ("en", "The ministry on Thursday broke its silence on the killings in the village.", "Thursday"),
    ("fr", "L'armée a donné lundi soir un premier bilan de l'assaut contre le poste.", "lundi soir"),
    ("ar", "ندد الوزير في رسالة مؤرخة في 3 مارس بالهجوم على القافلة.", "3 مارس"),
    ("en", "A report seen by reporters on Friday blames the army for the killings.", "Friday"),
    ("fr", "Des habitants ont fait savoir à la radio, dimanche, que des femmes avaient été enlevées.",
     "dimanche"),
    ("ar", "وذكر تقرير اطلعت عليه الوكالة الجمعة أن الجيش قتل مدنيين.", "الجمعة"),
]


@pytest.mark.parametrize("lang,text,said", HEADED_STATEMENTS)
def test_a_date_heading_or_following_a_statement_act_dates_the_statement(lang, text, said):
    doc = _doc(lang, text, [_date(text, said, D(2025, 3, 3))])
    assert statement_dates(doc) == {doc.dates[0].span}


# (lang, text, the incident's date, its event word): the speaker comes after the reported
# incident, which the date ends
INCIDENT_THEN_SPEAKER = [
    ("en", "Gunmen stormed the post on Sunday, the army announced.", "Sunday", "stormed"),
    ("fr", "Des hommes armés ont pris d'assaut le poste dimanche, a annoncé l'armée.", "dimanche",
     "pris d'assaut"),
    ("ar", "هاجم مسلحون الموقع يوم الأحد، كما أعلن الجيش.", "يوم الأحد", "هاجم"),
    ("en", "Three nurses were in the district on October 3, the governor said.", "October 3", "nurses"),
    ("fr", "Trois infirmiers se trouvaient dans le district le 3 octobre, a déclaré le gouverneur.",
     "le 3 octobre", "infirmiers"),
    ("ar", "كان ثلاثة ممرضين في المنطقة يوم 3 أكتوبر، كما قال الحاكم.", "يوم 3 أكتوبر", "ممرضين"),
]


@pytest.mark.parametrize("lang,text,happened,trigger", INCIDENT_THEN_SPEAKER)
def test_a_date_ending_the_reported_clause_before_its_speaker_dates_the_incident(
        lang, text, happened, trigger):
    triggers = (trigger,) if trigger in ("stormed", "pris d'assaut", "هاجم") else ()
    doc = _doc(lang, text, [_date(text, happened, D(2025, 3, 2))], triggers)
    assert statement_dates(doc) == frozenset()


# (lang, text, the recalled date, the incident's date or None): an aside recalling a place's
# earlier incident dates that incident, not the one the sentence reports
RECALLED = [
    ("en", "On Friday gunmen killed nine herders in Ogossagou, the scene of a massacre in "
           "March 2019.", "March 2019", "Friday"),
    ("fr", "Des hommes armés ont tué neuf éleveurs vendredi à Ogossagou, théâtre en mars 2019 "
           "d'un massacre.", "mars 2019", "vendredi"),
    ("ar", "قتل مسلحون تسعة رعاة يوم الجمعة في أوغوساغو التي شهدت في مارس 2019 مجزرة.",
     "مارس 2019", "يوم الجمعة"),
    ("en", "Gunmen killed nine herders in Ogossagou, which saw a massacre in March 2019.",
     "March 2019", None),
]


@pytest.mark.parametrize("lang,text,recalled,happened", RECALLED)
def test_an_aside_recalling_a_places_earlier_incident_does_not_date_this_one(
        lang, text, recalled, happened):
    dates = [_date(text, recalled, D(2019, 3, 15), MONTH, start=D(2019, 3, 1), end=D(2019, 3, 31))]
    if happened:
        dates.append(_date(text, happened, D(2020, 2, 14)))
    killed = {"en": "killed", "fr": "tué", "ar": "قتل"}[lang]
    doc = _doc(lang, text, sorted(dates, key=lambda d: d.span.start), (killed,))
    stated = statement_dates(doc)
    assert stated == {dates[0].span}
    assert sharpest(list(doc.dates), [], stated) is (dates[1] if happened else None)


def test_a_recent_day_after_a_recall_word_still_dates_the_incident():
    text = "Ogossagou was the scene of fresh fighting on Friday."
    date = _date(text, "Friday", D(2020, 2, 14))
    doc = ArticleDoc.from_text(text, published=D(2020, 2, 15)).with_layers(lang="en", dates=(date,),
                                                                           triggers=())
    assert statement_dates(doc) == frozenset()


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Un village déjà endeuillé en 2019\nLe 23 mars 2019, des hommes armés ont tué 30 "
           "villageois.", "23 mars 2019"),
    ("en", "A village already hit in 2019\nOn 23 March 2019, gunmen killed 30 villagers and "
           "burnt the granaries of the village.", "23 March 2019"),
    ("ar", "قرية التي شهدت مأساة سابقة\nفي 23 مارس 2019 قتل مسلحون 30 قرويا وأحرقوا مخازن "
           "الحبوب في القرية.", "23 مارس 2019"),
])
def test_a_recall_word_in_a_heading_does_not_reach_the_next_lines_date(lang, text, surface):
    date = _date(text, surface, D(2019, 3, 23))
    doc = ArticleDoc.from_text(text, published=D(2020, 2, 15)).with_layers(lang=lang, dates=(date,),
                                                                           triggers=())
    assert statement_dates(doc) == frozenset()


# (lang, text, "last week", the weekday named later): published Sunday 26 October 2025
LAST_WEEK_THEN_A_DAY = [
    ("en", "Forty people were killed last week in an ambush. It happened on Thursday.",
     "last week", "Thursday"),
    ("fr", "Quarante personnes ont été tuées la semaine dernière dans une embuscade. C'était jeudi.",
     "la semaine dernière", "jeudi"),
    ("ar", "قتل أربعون شخصا الأسبوع الماضي في كمين. وقع ذلك يوم الخميس.", "الأسبوع الماضي", "يوم الخميس"),
]


@pytest.mark.parametrize("lang,text,week,day", LAST_WEEK_THEN_A_DAY)
def test_last_week_is_refined_by_a_weekday_up_to_publication(lang, text, week, day):
    """Regression: a reporter's "last week", read on a Sunday, took in the Thursday just past;
    the later sentence's Thursday was outside the calendar week before and was dropped."""
    at, then = text.index(week), text.index(day)
    loose = DateMention(Span(at, at + len(week)), D(2025, 10, 16), WEEK, D(2025, 10, 13),
                        D(2025, 10, 19), True, None)
    thursday = DateMention(Span(then, then + len(day)), D(2025, 10, 23), DAY, D(2025, 10, 23),
                           D(2025, 10, 23), True, None)
    earlier = DateMention(Span(then, then + len(day)), D(2025, 10, 9), DAY, D(2025, 10, 9),
                          D(2025, 10, 9), True, None)
    assert better(loose, thursday, frozenset()) is thursday
    assert better(loose, earlier, frozenset()) is loose


# (lang, text, the attributive date, the sentence's own date): a date naming an incident as its
# noun's attribute recalls that incident; the sentence's other date dates its own act
ATTRIBUTIVE = [
    ("en", "Troops repelled a raid on the camp in March; last week's attack was the deadliest "
           "so far.", "last week", "March"),
    ("fr", "Après l'attaque de la semaine dernière, les soldats ont repoussé un raid sur le camp "
           "en mars.", "la semaine dernière", "mars"),
    ("ar", "بعد هجوم الأسبوع الماضي، صد الجنود غارة على المعسكر في مارس.", "الأسبوع الماضي", "مارس"),
]


@pytest.mark.parametrize("lang,text,recalled,own", ATTRIBUTIVE)
def test_a_date_attributed_to_an_incident_noun_gives_way_to_the_sentences_own_date(
        lang, text, recalled, own):
    from rasd.events.event_dates import attributive_dates

    dates = [_date(text, recalled, D(2025, 5, 12), WEEK, start=D(2025, 5, 5), end=D(2025, 5, 11)),
             _date(text, own, D(2025, 3, 15), MONTH, start=D(2025, 3, 1), end=D(2025, 3, 31))]
    attributive = attributive_dates(_doc(lang, text, dates))
    assert attributive == {dates[0].span}
    assert sharpest(dates, [], frozenset(), attributive) is dates[1]
    assert sharpest(dates[:1], [], frozenset(), attributive) is dates[0]  # alone, it still dates


# (lang, text): a background aside dated in November, then a claim dated in June: two incidents
MONTHS_APART_CLAIM = [
    ("en", "Gunmen killed five traders near Ouallam on Monday. Since the death in November of a "
           "militia chief, attacks have increased. In June, 20 herders died in a raid that a UN "
           "inquiry blamed on a militia."),
    ("fr", "Des hommes armés ont tué cinq commerçants près de Ouallam lundi. Depuis la mort en "
           "novembre d'un chef de milice, les attaques se sont multipliées. En juin, 20 éleveurs "
           "ont été tués dans une attaque qu'une enquête de l'ONU a imputée à une milice."),
    ("ar", "قتل مسلحون خمسة تجار قرب ولام يوم الاثنين. ومنذ مقتل زعيم ميليشيا في نوفمبر، تزايدت "
           "الهجمات. وفي يونيو، قتل 20 راعيا في هجوم نسبه تحقيق أممي إلى ميليشيا."),
]


@pytest.mark.parametrize("lang,text", MONTHS_APART_CLAIM)
def test_a_claim_dated_months_from_the_incident_before_it_tells_another(pipeline, lang, text):
    events = _events(pipeline, lang, text)
    assert ("background", D(2025, 6, 15), 3) in events


# (lang, text): "yesterday" (the 16th), then the night of the 15th to the 16th that it ends
NIGHT_OVER_YESTERDAY = [
    ("en", "Gunmen kidnapped five engineers in Arlit yesterday. In the night of 15 to 16 October, "
           "the gunmen attacked their compound."),
    ("fr", "Des hommes armés ont enlevé cinq ingénieurs à Arlit hier. Dans la nuit du 15 au 16 "
           "octobre, les assaillants ont attaqué leur résidence."),
    ("ar", "خطف مسلحون خمسة مهندسين في أرليت أمس. وفي ليلة 15 إلى 16 أكتوبر، اقتحم المسلحون "
           "مقر إقامتهم."),
]


def _published(pipeline, lang, text, published):
    doc = pipeline(ArticleDoc.from_text(text, published=published, lang=lang))
    return [(e.role, e.event_date, e.time_precision) for e in doc.events]


@pytest.mark.parametrize("lang,text", NIGHT_OVER_YESTERDAY)
def test_a_night_across_two_days_dates_the_incident_its_single_day_fell_in(pipeline, lang, text):
    assert _published(pipeline, lang, text, D(2025, 10, 17)) == [("main", D(2025, 10, 15), 1)]


def test_a_single_day_does_not_replace_a_night_it_falls_in():
    night = DateMention(Span(0, 5), D(2025, 10, 15), DAY, D(2025, 10, 15), D(2025, 10, 16), False, None)
    day = DateMention(Span(9, 12), D(2025, 10, 16), DAY, D(2025, 10, 16), D(2025, 10, 16), True, None)
    assert better(night, day, frozenset()) is night
    assert better(day, night, frozenset()) is night


# (lang, text): a day counted from the day of speaking, quoted, its speaker dated the day before
# publication: "this afternoon" is that day
QUOTED_TODAY = [
    ("en", '"Mortar rounds hit the market of Goundam this afternoon," an army communiqué stated on '
           'Thursday.'),
    ("fr", "« Des hommes armés ont bombardé la ville de Goundam cet après-midi », a indiqué l'armée "
           "jeudi dans un communiqué."),
    ("ar", "وقال الجيش في بيان يوم الخميس: «قصف مسلحون مدينة غوندام اليوم»."),
]


@pytest.mark.parametrize("lang,text", QUOTED_TODAY)
def test_a_quoted_day_counts_from_the_day_of_its_speaker(pipeline, lang, text):
    assert _published(pipeline, lang, text, D(2025, 10, 24)) == [("main", D(2025, 10, 23), 1)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen shelled the town of Goundam this afternoon, the army said on Thursday."),
    ("fr", "Des hommes armés ont bombardé la ville de Goundam cet après-midi, a indiqué l'armée jeudi."),
])
def test_an_unquoted_day_still_counts_from_publication(pipeline, lang, text):
    assert _published(pipeline, lang, text, D(2025, 10, 24)) == [("main", D(2025, 10, 24), 1)]


# (lang, text): the incident's sentences carry no date; a sentence with no event word names
# the days of the operation by their weekdays
NAMED_DAYS_AFTER = [
    ("en", "Niger said 23 soldiers were killed in an ambush near Teguey. The unit was on a sweep "
           "of the area on Tuesday and Wednesday."),
    ("fr", "Le Niger a indiqué que 23 soldats ont été tués dans une embuscade près de Teguey. "
           "L'unité effectuait une opération de ratissage de la zone mardi et mercredi."),
    ("ar", "أعلن النيجر مقتل 23 جنديا في كمين قرب تيغي. وكانت الوحدة تقوم بعملية تمشيط للمنطقة "
           "يومي الثلاثاء والأربعاء."),
]


@pytest.mark.parametrize("lang,text", NAMED_DAYS_AFTER)
def test_weekdays_named_as_a_span_date_an_undated_incident(pipeline, lang, text):
    assert _published(pipeline, lang, text, D(2025, 10, 24)) == [("main", D(2025, 10, 21), 2)]


def test_named_days_date_an_undated_incident_but_last_week_does_not():
    text = "x on Tuesday and Wednesday, y last week."
    days = DateMention(_date(text, "Tuesday and Wednesday", D(2025, 2, 18)).span, D(2025, 2, 18),
                       WEEK, D(2025, 2, 18), D(2025, 2, 19), True, None)
    week = DateMention(_date(text, "last week", D(2025, 2, 13)).span, D(2025, 2, 13), WEEK,
                       D(2025, 2, 10), D(2025, 2, 16), True, None)
    assert undated_fill(None, [week, days], frozenset()) is days
    assert undated_fill(None, [week], frozenset()) is None


# (lang, text): the news, then its place recalled in a sentence of its own, "the scene in March
# 2019 of a massacre": the recalled massacre is a background incident of March 2019; the news
# stays undated by it
RECALL_SENTENCE = [
    ("en", "Gunmen killed five civilians in Ogossagou. The village was the scene in March 2019 of a "
           "massacre that killed 160 herders."),
    ("fr", "Des hommes armés ont tué cinq civils à Ogossagou. Le village avait été le théâtre en "
           "mars 2019 d'un massacre qui a fait 160 morts parmi les éleveurs."),
    ("ar", "قتل مسلحون خمسة مدنيين في أوغوساغو. وهي القرية التي شهدت في مارس 2019 مجزرة قتل "
           "فيها 160 مدنيا."),
]


@pytest.mark.parametrize("lang,text", RECALL_SENTENCE)
def test_a_recall_sentence_dates_the_incident_it_recalls(pipeline, lang, text):
    events = _published(pipeline, lang, text, D(2025, 10, 24))
    assert ("background", D(2019, 3, 15), 3) in events
    assert ("main", None, None) in events


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, text, _, happened in RECALLED
                                       if happened is None])
def test_a_recall_in_the_news_sentence_still_leaves_the_news_undated(pipeline, lang, text):
    assert ("main", None, None) in _published(pipeline, lang, text, D(2025, 10, 24))


@pytest.mark.parametrize("text", [
    "GAO, March 4 - Three soldiers were killed when their truck hit a mine near Ansongo on "
    "Monday, the army said.",
    "GAO, 4 mars — Trois soldats ont été tués lundi lorsque leur camion a sauté sur une mine "
    "près d'Ansongo, a indiqué l'armée.",
    "غاو، 4 مارس - قتل ثلاثة جنود يوم الاثنين عندما انفجر لغم بشاحنتهم قرب أنسونغو، حسبما "
    "أعلن الجيش.",
])
def test_a_dispatch_dateline_without_a_credit_dates_no_incident(text):
    """Regression: "CITY, date -" opening a dispatch with no agency credit after it was read
    as the incident's date, over the weekday the sentence gives."""
    doc = rasd.extract(text, published=D(2026, 3, 4))
    [event] = doc.events
    assert event.event_date == D(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "Three soldiers were killed near Ansongo on March 2 - the third such attack this month.",
    "Trois soldats ont été tués près d'Ansongo le 2 mars - la troisième attaque ce mois-ci.",
])
def test_a_date_before_a_dash_in_running_text_still_dates_the_incident(text):
    doc = rasd.extract(text, published=D(2026, 3, 4))
    [event] = doc.events
    assert event.event_date == D(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "The toll from Tuesday's ambush on a convoy near Djibo rose to 25 dead, according to a new "
    "official toll released on Thursday.",
    "Le bilan de l'embuscade de mardi contre un convoi près de Djibo s'élève à 25 morts, selon "
    "le bilan officiel publié jeudi.",
    "ارتفعت حصيلة الكمين الذي استهدف يوم الثلاثاء قافلة قرب جيبو إلى 25 قتيلا، وفق حصيلة رسمية "
    "نشرت الخميس.",
])
def test_the_day_an_official_toll_is_released_dates_no_incident(text):
    """Regression: "a new official toll released on Thursday" dated the ambush (dates.yaml
    statement_cues: an official toll is a statement)."""
    [event] = rasd.extract(text, published=D(2026, 10, 2)).events
    assert event.event_date == D(2026, 9, 29)
