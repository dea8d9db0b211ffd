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


@pytest.mark.parametrize("text,code", [
    ("قال مسؤول محلي إن مسلحين هاجموا القرية في وقت متأخر من الليل، وذلك بعد أيام من هجوم مماثل "
     "على قرية مجاورة، حيث قتل خمسة مدنيين على الأقل خلال الهجوم الذي استمر ساعتين.", "ar"),
    ("Selon des sources locales, des hommes armés ont attaqué le village dans la nuit, après "
     "une série d'attaques contre les postes de l'armée dans cette région depuis le début du mois.", "fr"),
    ("Gunmen attacked the village overnight, a local official said, after a series of raids on "
     "army posts in the region that have killed dozens of soldiers since the start of the month.", "en"),
])
def test_function_word_shortcut_is_confident(text, code):
    from rasd.stages.langid import _by_function_words
    assert _by_function_words(text, ("ar", "fr", "en")) == code


@pytest.mark.parametrize("text,code", [
    # Arabic glues its prepositions and conjunctions to the next word, so a dense report
    # has fewer free function words: the adverbial connectives (يوم, عندما, بحسب, وفق,
    # إثر, بأن, مما) must count too, or the statistical model is loaded for nothing
    ("هاجم مسلحون يوم الأحد مركزا للدرك بحسب مصادر أمنية، وقتلوا عنصرين عندما اقتحموا "
     "المبنى. وأفاد شهود بأن المهاجمين انسحبوا إثر وصول تعزيزات، وفق مسؤول محلي أكد مقتل "
     "اثنين يوم الاثنين في كمين مماثل، مما دفع السكان إلى الفرار.", "ar"),
    ("Selon une source sécuritaire, des hommes armés ont attaqué un poste de gendarmerie "
     "dimanche, tuant deux agents, après des tirs sur les environs du marché.", "fr"),
    ("Gunmen attacked a police post on Sunday and killed two officers who were at the gate, "
     "a security source said, after the shooting of the market guards by the group that "
     "had struck the town.", "en"),
])
def test_function_word_shortcut_reads_a_dense_report(text, code):
    from rasd.stages.langid import _by_function_words
    assert _by_function_words(text, ("ar", "fr", "en")) == code


@pytest.mark.parametrize("text", [
    "Según fuentes locales, hombres armados atacaron la aldea durante la noche, después de una serie de ataques.",
    "در حمله مردان مسلح به این روستا که در شمال کشور قرار دارد، دست کم ده نفر کشته شدند و چند نفر زخمی شدند.",
])
def test_function_word_shortcut_leaves_other_languages_to_the_model(text):
    from rasd.stages.langid import _by_function_words
    assert _by_function_words(text, ("ar", "fr", "en")) is None


@pytest.mark.parametrize("text,undetermined", [
    ("12 - 34 / x1_9 y", True),  # two letters: no language to read
    ("12 - 34 / x1_9 y z", False),  # three letters, apart
    ("١٢ — ق ٣٤ ل", True),
    ("١٢ — ق ٣٤ ل م", False),
])
def test_a_text_needs_three_letters_to_get_a_language(text, undetermined):
    assert (LANGID(ArticleDoc.from_text(text)).lang == "und") is undetermined
