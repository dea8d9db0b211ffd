"""Shared plumbing for stages that match language lexicons: one compiled Lexicon per
(language, resource, key), built on first use and kept for the life of the process."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from rasd.languages import rules_for
from rasd.lexicon import Lexicon
from rasd.resources import load


def section(lang: str, resource: str, key: str) -> Any:
    """One top-level section of a resource file (empty mapping when absent)."""
    return load(lang, resource).get(key) or {}


@lru_cache(maxsize=None)
def lexicon(lang: str, resource: str, key: str, *, clitics: bool = True) -> Lexicon:
    """A lexicon of `label → terms` from `resources/<lang>/<resource>.yaml`, section `key`.

    A section that is a plain list becomes one label named after the key.
    """
    entries = section(lang, resource, key)
    if isinstance(entries, list):
        entries = {key: entries}
    return Lexicon(_as_mapping(entries), rules=rules_for(lang), clitics=clitics)


def _as_mapping(entries: Mapping[str, Any]) -> dict[str, list[str]]:
    return {str(label): [t for t in (terms or []) if isinstance(t, str)]
            for label, terms in entries.items()}


def per_language(build: Callable[[str], Any]) -> Callable[[str], Any]:
    """Memoise a per-language builder (resources are read once per language)."""
    return lru_cache(maxsize=None)(build)
