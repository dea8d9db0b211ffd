import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.stages.langid import SPEC

LANGID = SPEC.factory(load_config())


@pytest.mark.parametrize(
    "text,code,supported",
    [
        ("قتل ثلاثة جنود في هجوم استهدف دورية للجيش قرب مدينة موبتي وسط مالي، وفق مصادر أمنية.", "ar", True),
        ("Trois soldats ont été tués dans une attaque contre une patrouille de l'armée près de Mopti.", "fr", True),
        ("Three soldiers were killed in an attack on an army patrol near the town of Mopti.", "en", True),
        ("Yan bindiga sun kashe mutane goma a kauyen Zurmi ranar Alhamis da yamma.", "ha", False),
        ("سه سرباز در حمله به یک گشت ارتش در نزدیکی شهر موپتی کشته شدند و چند نفر زخمی شدند.", "fa", False),
        ("Tres soldados murieron en un ataque contra una patrulla del ejército cerca de Mopti.", "es", False),
        ("12345 67890 !!! ---", "und", False),
    ],
)
def test_language_is_identified_and_unsupported_ones_are_flagged(text, code, supported):
    doc = LANGID(ArticleDoc.from_text(text))
    assert doc.lang == code
    assert doc.lang_guess.supported is supported
    assert any("not supported" in w for w in doc.warnings) is (not supported)


def test_given_language_is_trusted():
    doc = LANGID(ArticleDoc.from_text("Three soldiers were killed.", lang="fr"))
    assert doc.lang == "fr" and doc.lang_guess.score == 1.0


def test_short_english_is_not_taken_for_nigerian_pidgin():
    """Regression: a one-line English report was guessed 'pcm' (0.38) and left unanalysed."""
    doc = LANGID(ArticleDoc.from_text("Gunmen killed five villagers in Djibo on Monday."))
    assert doc.lang == "en" and doc.lang_guess.supported
