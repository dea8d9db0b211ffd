"""French: elided articles and pronouns before a word (l', d', qu', jusqu'...)."""

from rasd.languages import LanguageRules

RULES = LanguageRules(
    code="fr",
    prefix=r"(?:(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|presqu)')?",
    suffix=r"",
)
