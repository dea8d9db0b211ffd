"""Whole-document facts the incidents of a long report share are found once per document:
built once per incident, a report of thousands of incidents is quadratic."""

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.events import assemble, figures, parties, place_choice
from rasd.pipeline import Pipeline

# two incidents told day after day, in each language (a long digest of incidents; the same
# words on the same day would retell the same acts)
PARAGRAPHS = [
    ("en", "Gunmen attacked a police post near Gao on {day} March and killed two officers. "
           "A roadside bomb hit an army truck between Djibo and Dori on {day} March, wounding three soldiers.\n"),
    ("fr", "Des hommes armés ont attaqué un poste de police près de Gao le {day} mars et tué deux agents. "
           "Un engin explosif a touché un camion de l'armée entre Djibo et Dori le {day} mars, blessant trois soldats.\n"),
    ("ar", "هاجم مسلحون مركزا للشرطة قرب غاو في {day} مارس وقتلوا شرطيين. "
           "وأصابت عبوة ناسفة شاحنة للجيش بين جيبو ودوري في {day} مارس ما أدى إلى جرح ثلاثة جنود.\n"),
]

BUILDERS = [(parties, "_find_denials"), (parties, "_document_countries"), (parties, "_latest_date"),
            (place_choice, "_report_country"), (assemble, "_find_passages"),
            (assemble, "_between_places"), (parties, "_demonym_starts"), (assemble, "_landmarks")]

# a cause given for an act ("to protest against the killing of") and a landmark ("near the
# border with Niger"), told of one day after another
CAUSES = [
    ("en", "Youths blocked a road in Gao on {day} March to protest against the killing of two traders. "
           "Soldiers clashed with gunmen near the border with Niger on {day} March and killed four of them.\n"),
    ("fr", "Des jeunes ont bloqué une route à Gao le {day} mars pour protester contre le meurtre de deux "
           "commerçants. Des soldats ont affronté des hommes armés près de la frontière avec le Niger "
           "le {day} mars et en ont tué quatre.\n"),
    ("ar", "أغلق شبان طريقا في غاو في {day} مارس احتجاجا على مقتل تاجرين. "
           "واشتبك جنود مع مسلحين قرب الحدود مع النيجر في {day} مارس وقتلوا أربعة منهم.\n"),
]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_config(load_config())


@pytest.mark.parametrize("lang,paragraph", PARAGRAPHS)
def test_whole_document_facts_are_built_once_for_many_incidents(pipeline, monkeypatch, lang, paragraph):
    calls = _counting(monkeypatch, BUILDERS)
    text = "".join(paragraph.format(day=day) for day in range(1, 13))
    doc = pipeline(ArticleDoc.from_text(text, lang=lang, published="2025-03-28"))
    assert len(doc.events or ()) >= 12
    assert calls and all(count == 1 for count in calls.values()), calls


@pytest.mark.parametrize("lang,paragraph", CAUSES)
def test_causes_and_landmarks_are_indexed_once_for_many_incidents(pipeline, monkeypatch, lang, paragraph):
    calls = _counting(monkeypatch, [(figures, "_by_end"), (assemble, "_landmarks")])
    text = "".join(paragraph.format(day=day) for day in range(1, 13))
    doc = pipeline(ArticleDoc.from_text(text, lang=lang, published="2025-03-28"))
    assert len(doc.events or ()) >= 12
    assert calls == {"_by_end": 1, "_landmarks": 1}, calls


def _counting(monkeypatch, builders) -> dict[str, int]:
    """How many times each builder is called, filled as the pipeline runs."""
    calls: dict[str, int] = {}
    for module, name in builders:
        def counted(*args, _real=getattr(module, name), _name=name, **kwargs):
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*args, **kwargs)
        monkeypatch.setattr(module, name, counted)
    return calls



# one attack a town, all on one day (a long bulletin)
BULLETIN = [
    ("en", "Gunmen attacked a police post in {town} on Monday 3 March and killed two officers.\n",
     ["Gao", "Mopti", "Djibo", "Dori", "Kidal", "Menaka", "Tessalit", "Segou", "Kayes", "Sikasso",
      "Bourem", "Ansongo"]),
    ("fr", "Des hommes armés ont attaqué un poste de police à {town} le lundi 3 mars et tué deux "
           "agents.\n",
     ["Gao", "Mopti", "Djibo", "Dori", "Kidal", "Ménaka", "Tessalit", "Ségou", "Kayes", "Sikasso",
      "Bourem", "Ansongo"]),
    ("ar", "هاجم مسلحون مركزا للشرطة في {town} يوم الاثنين 3 مارس وقتلوا شرطيين.\n",
     ["غاو", "موبتي", "جيبو", "دوري", "كيدال", "ميناكا", "تساليت", "سيغو", "كاي", "سيكاسو", "بوريم",
      "أنسونغو"]),
]


@pytest.mark.parametrize("lang,paragraph,towns", BULLETIN)
def test_a_long_bulletin_of_one_day_is_not_weighed_pair_by_pair(pipeline, monkeypatch, lang,
                                                                 paragraph, towns):
    """Regression: the parts-of-a-total rule weighed every main incident of a day against all
    the others (a 1 MB Arabic bulletin took 35 s instead of 8 s)."""
    from rasd.events import breakdown

    calls = _counting(monkeypatch, [(breakdown, "_split")])
    text = "".join(paragraph.format(town=town) for town in towns)
    doc = pipeline(ArticleDoc.from_text(text, lang=lang, published="2025-03-04"))
    assert len([e for e in doc.events or () if e.role == "main"]) > breakdown.MAX_TOLD_APART
    assert calls == {}, calls
