import pytest

from rasd.config import DEFAULT_STAGES, load_config
from rasd.errors import ConfigError


def test_defaults():
    cfg = load_config()
    assert cfg.pipeline.stages == DEFAULT_STAGES
    assert cfg.pipeline.languages == ("ar", "fr", "en")


def test_toml_file_and_overrides(tmp_path):
    path = tmp_path / "rasd.toml"
    path.write_text('[pipeline]\nlanguages = ["ar"]\n[langid]\nsample_chars = 200\n')
    cfg = load_config(path, langid__min_confidence=0.9)
    assert cfg.pipeline.languages == ("ar",)
    assert cfg.langid.sample_chars == 200
    assert cfg.langid.min_confidence == 0.9


@pytest.mark.parametrize("body", ["[pipeline]\nbogus = 1\n", "[langid]\nsample_chars = 3\n",
                                  "not toml ["])
def test_invalid_config_names_the_file(tmp_path, body):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(ConfigError, match="bad.toml"):
        load_config(path)
