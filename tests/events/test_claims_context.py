"""Sources quoted for the conflict at large, not for an incident (rasd.events.claimants)."""

import datetime as dt

import pytest

import rasd


def all_roles(text: str, lang: str) -> list[tuple[str, list[str]]]:
    """The role and claimant roles of each event, in order."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return [(e.role, sorted({c.claimant_role for c in e.claims})) for e in doc.events]


@pytest.mark.parametrize(("lang", "text"), [
    # regression: a source quoted for a tally of the conflict over years was made a claimant
    # of the incident, its words for attacks and deaths read as the incident's
    ("en", "Gunmen killed nine soldiers near Ayorou on Tuesday, residents said. Attacks by armed "
           "groups have killed more than 10,000 people in the country since 2015, the United "
           "Nations said."),
    ("fr", "Des hommes armés ont tué neuf soldats mardi près d'Ayorou, selon des habitants. Les "
           "attaques des groupes armés ont fait plus de 10 000 morts dans le pays depuis 2015, "
           "selon les Nations unies."),
    ("ar", "قتل مسلحون تسعة جنود يوم الثلاثاء قرب أيورو، بحسب سكان. وأسفرت هجمات الجماعات "
           "المسلحة عن مقتل أكثر من 10 آلاف شخص في البلاد منذ 2015، وفقا للأمم المتحدة."),
    # the same with a span of years in words
    ("en", "Gunmen killed nine soldiers near Ayorou on Tuesday, residents said. In three years "
           "the region has suffered hundreds of attacks, the government said."),
    ("fr", "Des hommes armés ont tué neuf soldats mardi près d'Ayorou, selon des habitants. La "
           "région est devenue le foyer des attaques jihadistes ces dernières années, selon le "
           "gouvernement."),
    ("ar", "قتل مسلحون تسعة جنود يوم الثلاثاء قرب أيورو، بحسب سكان. وأصبحت المنطقة بؤرة "
           "للهجمات المسلحة خلال السنوات الأخيرة، بحسب الحكومة."),
])
def test_a_source_quoted_for_a_tally_over_years_is_no_claimant(lang, text):
    assert all_roles(text, lang) == [("main", ["local_source"])]


def test_a_tally_is_read_in_a_text_whose_folding_moves_offsets():
    """The sentences are read folded, cut from the document's folded view: diacritics and
    a tatweel before the tally (the view drops them, its offsets shift) change nothing."""
    text = ("قَتَلَ مسلحون تسعة جنود يوم الثلاثاء قرب أيـــورو، بحسب سكان. وأسفرت هجمات الجماعات "
            "المسلحة عن مقتل أكثر من 10 آلاف شخص في البلاد منذ 2015، وفقا للأمم المتحدة.")
    assert all_roles(text, "ar") == [("main", ["local_source"])]


@pytest.mark.parametrize(("lang", "text"), [
    # the same source naming the incident's place beside the span of years stays one
    ("en", "Gunmen killed nine soldiers near Ayorou on Tuesday, the deadliest attack on the town "
           "since 2015, the United Nations said."),
    ("fr", "Des hommes armés ont tué neuf soldats mardi près d'Ayorou, l'attaque la plus "
           "meurtrière contre la ville depuis 2015, selon les Nations unies."),
    ("ar", "قتل مسلحون تسعة جنود يوم الثلاثاء قرب أيورو، في أعنف هجوم على البلدة منذ 2015، "
           "وفقا للأمم المتحدة."),
])
def test_a_source_of_the_incidents_place_stays_beside_a_span_of_years(lang, text):
    assert all_roles(text, lang) == [("main", ["international_organisation"])]


@pytest.mark.parametrize(("lang", "text"), [
    # regression: a source quoted only for what it means to do was made a claimant of the
    # incident told before it
    ("en", "Gunmen burned a school in Kaya on Monday, residents said. The army said it was "
           "preparing to send troops to the area."),
    ("fr", "Des hommes armés ont incendié une école lundi à Kaya, selon des habitants. L'armée a "
           "indiqué qu'elle s'apprêtait à envoyer des troupes dans la zone."),
    ("ar", "أحرق مسلحون مدرسة يوم الاثنين في كايا، بحسب سكان. وأعلن الجيش أنه يستعد لإرسال "
           "قوات إلى المنطقة."),
])
def test_a_source_quoted_only_for_its_plans_is_no_claimant(lang, text):
    assert all_roles(text, lang) == [("main", ["local_source"])]


@pytest.mark.parametrize(("lang", "text"), [
    # the same source giving a fact of the incident beside its plans stays one
    ("en", "Gunmen burned a school in Kaya on Monday, the army said, adding it was preparing "
           "to send troops to the area."),
    ("fr", "Des hommes armés ont incendié une école lundi à Kaya, a indiqué l'armée, qui "
           "s'apprête à envoyer des troupes dans la zone."),
])
def test_a_source_of_the_incidents_facts_stays_beside_its_plans(lang, text):
    assert all_roles(text, lang) == [("main", ["government"])]


@pytest.mark.parametrize(("lang", "text"), [
    # regression: a source that told only the search for the hostages was made a claimant of
    # the kidnapping
    ("en", "Gunmen kidnapped two engineers in Arlit on Sunday, their employer said. Security "
           "sources said troops had been sent to search for them."),
    ("fr", "Des hommes armés ont enlevé dimanche deux ingénieurs à Arlit, a indiqué leur "
           "employeur. Selon des sources sécuritaires, des troupes ont été envoyées à leur "
           "recherche."),
    ("ar", "اختطف مسلحون مهندسين اثنين يوم الأحد في أرليت، بحسب ما أعلنت شركتهما. وقالت مصادر "
           "أمنية إن قوات أرسلت للبحث عنهم."),
])
def test_a_source_of_the_search_alone_is_no_claimant(lang, text):
    assert "security_source" not in all_roles(text, lang)[0][1]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "more than 200 people died in the past five years across the province"),
    ("en", "the toll has climbed since 2016, a monitor said"),
    ("en", "in recent years the road has seen ambushes"),
    ("en", "villagers said 2016 was the start"),
    ("en", "wesince 2016 is no word"),
    ("fr", "plus de 300 morts depuis 2017 dans la province"),
    ("fr", "au cours des quatre dernières années, les attaques ont doublé"),
    ("fr", "l'armée a riposté mardi"),
    ("ar", "قتل أكثر من 300 شخص منذ عام 2017 في الإقليم"),
    ("ar", "تضاعفت الهجمات في السنوات الأخيرة"),
    ("ar", "ردت القوات يوم الثلاثاء"),
])
def test_the_joined_period_pattern_finds_what_its_pieces_find(lang, sentence):
    """The spans-of-years pattern tests the word start once for all its pieces: a sentence
    has a match of it exactly when it has one of a piece."""
    import re

    from rasd.events.claimants import _long_periods, _periods_pattern
    from rasd.normalize import fold
    text = fold(sentence)
    pieces = [re.compile(p) for p in _long_periods(lang)]
    assert (_periods_pattern(lang).search(text) is not None) == any(p.search(text) for p in pieces)
