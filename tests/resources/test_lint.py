"""Lint every language resource file: shape, Unicode hygiene, duplicates, parity across languages."""

from __future__ import annotations

import unicodedata
from collections import Counter
from importlib import resources as pkg

import pytest
import yaml

from rasd.normalize import fold
from rasd.resources import LANGUAGES

ROOT = pkg.files("rasd.resources")


def _names(lang: str) -> set[str]:
    return {p.name[:-5] for p in ROOT.joinpath(lang).iterdir() if p.name.endswith(".yaml")}


def _load(lang: str, name: str):
    return yaml.safe_load(ROOT.joinpath(lang, f"{name}.yaml").read_text(encoding="utf-8"))


def _files():
    return [(lang, name) for lang in LANGUAGES for name in sorted(_names(lang))]


def _strings(node, path=""):
    """Every string in a YAML tree (keys included), with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key, path)
            yield from _strings(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def _lists(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, f"{path}/{key}")
    elif isinstance(node, list):
        yield path, node
        for i, value in enumerate(node):
            yield from _lists(value, f"{path}[{i}]")


def test_every_language_has_the_same_resource_files():
    names = {lang: _names(lang) for lang in LANGUAGES}
    assert all(n == names["ar"] for n in names.values()), names


@pytest.mark.parametrize("lang,name", _files())
def test_resource_is_a_mapping(lang, name):
    assert isinstance(_load(lang, name), dict)


@pytest.mark.parametrize("lang,name", _files())
def test_strings_are_clean(lang, name):
    for where, text in _strings(_load(lang, name)):
        assert unicodedata.is_normalized("NFC", text), f"{name}{where}: not NFC: {text!r}"
        assert "\u0640" not in text, f"{name}{where}: tatweel in {text!r}"
        bad = [c for c in text if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF]
        assert not bad, f"{name}{where}: Arabic presentation forms in {text!r}"
        assert text == text.strip(), f"{name}{where}: surrounding white space in {text!r}"


@pytest.mark.parametrize("lang,name", _files())
def test_lists_have_no_duplicates_or_stray_booleans(lang, name):
    for where, items in _lists(_load(lang, name)):
        assert not any(isinstance(i, bool) for i in items), (
            f"{name}{where}: a YAML boolean in a list (quote words like no/yes/on/off)")
        keys = [fold(i) for i in items if isinstance(i, str)]
        dupes = [k for k, n in Counter(keys).items() if n > 1]
        assert not dupes, f"{name}{where}: duplicate entries (after folding): {dupes}"


@pytest.mark.parametrize("name", sorted(_names("ar")))
def test_top_level_keys_match_across_languages(name):
    keys = {lang: set(_load(lang, name)) for lang in LANGUAGES}
    assert all(k == keys["ar"] for k in keys.values()), keys


def test_lint_catches_a_yaml_boolean():
    """The lint is not vacuous: an unquoted `no` in a list is reported."""
    items = yaml.safe_load("- M\n- no\n")
    assert any(isinstance(i, bool) for i in items)
