"""A long report of many incidents: what each incident's steps read of the whole document
stays bounded by the incident, not by the document (issue 14: a 1 MB report in 5 s)."""

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.events import attribution
from rasd.pipeline import Pipeline

# a named group, then "the group" standing for it, told day after day (the same words on
# the same day would retell the same acts)
ANAPHORS = [
    ("en", "JNIM fighters attacked an army post near Gao on {day} March. The group also burned two "
           "trucks on the road to Bourem.\n"),
    ("fr", "Des combattants du JNIM ont attaqué un poste de l'armée près de Gao le {day} mars. Le "
           "groupe a aussi incendié deux camions sur la route de Bourem.\n"),
    ("ar", "هاجم مقاتلو جماعة نصرة الإسلام والمسلمين موقعا للجيش قرب غاو في {day} مارس. وأحرقت "
           "الجماعة أيضا شاحنتين على طريق بوريم.\n"),
]
REPEATS = 16


def _repeated(paragraph: str) -> str:
    return "".join(paragraph.format(day=day) for day in range(1, REPEATS + 1))


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.from_config(load_config())


class _Counted(tuple):
    """The document's anaphors, counting each one read."""

    reads = 0

    def __iter__(self):
        for item in tuple.__iter__(self):
            _Counted.reads += 1
            yield item

    def __getitem__(self, index):
        _Counted.reads += 1
        return tuple.__getitem__(self, index)


@pytest.mark.parametrize("lang,paragraph", ANAPHORS)
def test_an_incident_reads_only_the_anaphors_of_its_own_sentences(pipeline, monkeypatch, lang, paragraph):
    """Regression: each incident read every "the group" of the document (a 1.8 MB Arabic
    report spent most of its time there)."""
    real = attribution.anaphors
    monkeypatch.setattr(attribution, "anaphors", lambda doc: _Counted(real(doc)))
    _Counted.reads = 0
    doc = pipeline(ArticleDoc.from_text(_repeated(paragraph), lang=lang, published="2025-03-28"))
    found = real(doc)
    assert len(found) >= REPEATS // 2 and len(doc.events or ()) >= REPEATS
    # the starts indexed once, then about one read per incident: not incidents x anaphors
    assert _Counted.reads <= 3 * len(found) + 2 * len(doc.events or ()), _Counted.reads


class _Sized(attribution.SpanIndex):
    """A span index that adds up how many spans were indexed."""

    indexed = 0

    def __init__(self, spans):
        super().__init__(spans)
        _Sized.indexed += len(self.spans)


@pytest.mark.parametrize("lang,paragraph", ANAPHORS)
def test_the_event_words_and_denials_are_indexed_once_per_document(pipeline, monkeypatch, lang,
                                                                   paragraph):
    """Regression: crediting a group indexed every event word of the document again for each
    incident."""
    monkeypatch.setattr(attribution, "SpanIndex", _Sized)
    _Sized.indexed = 0
    doc = pipeline(ArticleDoc.from_text(_repeated(paragraph), lang=lang, published="2025-03-28"))
    events, triggers = len(doc.events or ()), len(doc.triggers or ())
    assert events >= REPEATS and triggers >= REPEATS
    # the incident's own sentences for each incident, the document's layers once
    assert _Sized.indexed <= 8 * events + 3 * triggers + len(doc.actors or ()), _Sized.indexed


# a statement dated apart from the incident it tells of, one day after another
STATEMENTS = [
    ("en", "The army said on {day} March that gunmen had attacked a post near Gao, killing two "
           "soldiers.\n"),
    ("fr", "L'armée a annoncé le {day} mars que des hommes armés avaient attaqué un poste près de "
           "Gao, tuant deux soldats.\n"),
    ("ar", "أعلن الجيش في {day} مارس أن مسلحين هاجموا موقعا قرب غاو وقتلوا جنديين.\n"),
]


@pytest.mark.parametrize("lang,paragraph", STATEMENTS)
def test_the_dates_of_statements_are_found_once_per_document(pipeline, monkeypatch, lang, paragraph):
    """Segmenting and its sentence facts both ask which dates are a statement's: the
    document's dates are read for it once."""
    from rasd.events import event_dates

    real, calls = event_dates._statement_dates, []
    monkeypatch.setattr(event_dates, "_statement_dates", lambda doc: calls.append(1) or real(doc))
    text = "".join(paragraph.format(day=day) for day in range(1, 13))
    doc = pipeline(ArticleDoc.from_text(text, lang=lang, published="2025-03-28"))
    assert doc.events and doc.dates
    assert len(calls) == 1, calls
