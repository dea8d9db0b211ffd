"""Whole-document facts the incidents of a long report share are found once per document:
built once per incident, a report of thousands of incidents is quadratic."""

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.events import assemble, parties, place_choice
from rasd.pipeline import Pipeline

# two incidents told again and again, in each language (a long digest of incidents)
PARAGRAPHS = [
    ("en", "Gunmen attacked a police post near Gao on Monday and killed two officers. "
           "A roadside bomb hit an army truck between Djibo and Dori on Tuesday, wounding three soldiers.\n"),
    ("fr", "Des hommes armés ont attaqué un poste de police près de Gao lundi et tué deux agents. "
           "Un engin explosif a touché un camion de l'armée entre Djibo et Dori mardi, blessant trois soldats.\n"),
    ("ar", "هاجم مسلحون مركزا للشرطة قرب غاو يوم الاثنين وقتلوا شرطيين. "
           "وأصابت عبوة ناسفة شاحنة للجيش بين جيبو ودوري يوم الثلاثاء ما أدى إلى جرح ثلاثة جنود.\n"),
]

BUILDERS = [(parties, "_find_denials"), (parties, "_document_countries"), (parties, "_latest_date"),
            (place_choice, "_report_country"), (assemble, "_find_passages"),
            (assemble, "_between_places"), (parties, "_demonym_starts")]


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_config(load_config())


@pytest.mark.parametrize("lang,paragraph", PARAGRAPHS)
def test_whole_document_facts_are_built_once_for_many_incidents(pipeline, monkeypatch, lang, paragraph):
    calls: dict[str, int] = {}
    for module, name in BUILDERS:
        def counted(*args, _real=getattr(module, name), _name=name, **kwargs):
            calls[_name] = calls.get(_name, 0) + 1
            return _real(*args, **kwargs)
        monkeypatch.setattr(module, name, counted)
    doc = pipeline(ArticleDoc.from_text(paragraph * 12, lang=lang))
    assert len(doc.events or ()) >= 12
    assert calls and all(count == 1 for count in calls.values()), calls

