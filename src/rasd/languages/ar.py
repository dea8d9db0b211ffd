"""Arabic: proclitics (wa-, fa-, bi-, li-, ka-, the article al- and li+al → lil-).

Patterns run over folded text (see rasd.normalize): alef variants are already bare
alef, so the article is always "ال".
"""

from rasd.languages import LanguageRules

RULES = LanguageRules(
    code="ar",
    prefix=r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)",
    suffix=r"",
    subject_first=False,  # verb-subject-object clauses are as common as subject-first ones
)
