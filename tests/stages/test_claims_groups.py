"""Claims: an armed group that speaks under a name written in quotation marks, and an outlet
that only recalls the background (rasd.stages.claims)."""

import datetime as dt

import pytest

import rasd


def claimants(lang: str, text: str) -> list[tuple[str, str | None]]:
    """The role and claimant of each claim of the claims layer, in order."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return [(c.role, c.claimant) for c in doc.claims or ()]


@pytest.mark.parametrize(("lang", "text", "group"), [
    # regression: a group's name in quotation marks was read as words quoted, and its verb of
    # saying was left with no speaker
    ("en", 'The group "Islamic State Sahel Province" announced on Sunday that it had attacked '
           "an army post near Menaka.", "isgs"),
    ("fr", "Le groupe « Etat islamique au Sahel » a annoncé dimanche avoir attaqué un poste de "
           "l'armée près de Ménaka.", "isgs"),
    ("ar", 'وكانت جماعة "نصرة الإسلام والمسلمين" قد أعلنت الأحد عن مهاجمة موقع للجيش قرب '
           "ميناكا.", "jnim"),
])
def test_a_group_named_in_quotation_marks_speaks(lang, text, group):
    assert [c for c in claimants(lang, text) if c[1] is not None] == [("attributed", group)]


@pytest.mark.parametrize(("lang", "text"), [
    # a name inside the words a speaker is quoted for stays what is said, not who says it
    ("en", '"We were stopped by JNIM fighters on the road," a driver said on Sunday.'),
    ("fr", "« Nous avons été arrêtés par des combattants du JNIM sur la route », a déclaré "
           "dimanche un chauffeur."),
    ("ar", '"أوقفنا مقاتلون من نصرة الإسلام والمسلمين على الطريق" قال سائق يوم الأحد.'),
])
def test_a_group_inside_a_quotation_is_not_the_speaker(lang, text):
    assert all(claimant != "jnim" for _role, claimant in claimants(lang, text))


@pytest.mark.parametrize(("lang", "text"), [
    # regression: an outlet recalling the background was made a source of the incident
    ("en", "Gunmen killed three peacekeepers near Aguelhok on Sunday, the UN said. AFP recalls "
           "that the mission was deployed in 2013."),
    ("fr", "Des hommes armés ont tué dimanche trois Casques bleus près d'Aguelhok, selon l'ONU. "
           "L'AFP rappelle que la mission a été déployée en 2013."),
    ("ar", "قتل مسلحون ثلاثة من جنود حفظ السلام يوم الأحد قرب أغلهوك، بحسب الأمم المتحدة. "
           "وأعادت فرانس برس التذكير بأن البعثة نشرت في 2013."),
])
def test_an_outlet_recalling_the_background_is_no_source(lang, text):
    assert "independent_media" not in [role for role, _ in claimants(lang, text)]
