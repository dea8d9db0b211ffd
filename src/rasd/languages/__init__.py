"""Behaviour that lexicon data cannot express, one small module per language.

Every module exposes `RULES`, a `LanguageRules`; generic code asks `rules_for(lang)`
and never branches on a language name.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from rasd.errors import ResourceError


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """How words attach to each other, as regular-expression fragments over folded text.

    prefix: clitics or elided articles that may stand glued before a lexicon word
        (Arabic و ف ب ل ك and the article ال; French l' d' qu'); must match "" too.
    suffix: attached endings after a word (Arabic pronoun and case endings); may match "".
    subject_first: whether word order tells the initiator from the target.
    """

    code: str
    prefix: str
    suffix: str
    # subjects come before their verb ("gunmen attacked the village"): an actor named only
    # after the event word is its target. False where verb-first clauses are common.
    subject_first: bool = True

    def wrap(self, body: str) -> str:
        """A pattern for `body` with this language's clitics, bounded as a whole word."""
        return rf"(?<!\w){self.prefix}(?:{body}){self.suffix}(?!\w)"


def rules_for(lang: str) -> LanguageRules:
    """The rules of a supported language; ResourceError for any other."""
    try:
        module = import_module(f"rasd.languages.{lang}")
    except ModuleNotFoundError as exc:
        raise ResourceError(f"no language module for {lang!r}") from exc
    return module.RULES
