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
