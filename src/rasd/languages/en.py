"""English: no clitics that lexicon matching needs to know about."""

from rasd.languages import LanguageRules

RULES = LanguageRules(code="en", prefix=r"", suffix=r"")
