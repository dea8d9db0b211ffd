from rasd.stages import lexical
from rasd.stages.lexical import build_language, per_language


def test_build_language_runs_each_builder_of_the_language_alone_once(monkeypatch):
    monkeypatch.setattr(lexical, "_BUILDERS", [])
    asked = []

    @per_language
    def words(lang):
        asked.append(lang)
        return lang.upper()

    @per_language
    def pattern(lang, key):  # more than the language: built when first asked, as before
        asked.append((lang, key))

    build_language("fr")
    build_language("fr")
    assert asked == ["fr"]
    assert words("fr") == "FR" and asked == ["fr"]  # memoised: not built again


def test_every_registered_builder_builds_for_every_language():
    import rasd.registry

    rasd.registry.stage_specs()  # every stage module imported, so every builder registered
    assert len(lexical._BUILDERS) > 50
    for lang in ("ar", "fr", "en"):
        build_language(lang)
