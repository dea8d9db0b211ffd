"""One pre-scan for the whole-text word patterns of claims.v1 gives what `finditer` gives
(rasd.stages.claims_scan)."""

from __future__ import annotations

import pytest

from rasd.doc import ArticleDoc
from rasd.normalize import norm_view
from rasd.stages import claims_bodies, claims_official, claims_sources
from rasd.stages.claims_scan import SCANNED, scanned
from rasd.stages.lexical import section

TEXTS = {
    "ar": "وقالت الحكومة إن الهجوم أسفر رسميا عن مقتل 4 جنود، بحسب مصادر مطلعة. وأدانت باماكو"
          " الهجوم، فيما ذكرت وسائل إعلام مالية أن والحكومة والرئاسة لم تعلق.",
    "fr": "Le gouvernement a condamné l'attaque, qui a fait officiellement 4 morts selon des sources"
          " concordantes. Bamako a démenti; les médias maliens et la présidence n'ont rien dit.",
    "en": "The government condemned the attack, which officially killed 4 soldiers, according to"
          " informed sources. Bamako denied it; Malian media and the presidency said nothing.",
}


def _patterns(lang: str):  # type: ignore[no-untyped-def]
    found = [pattern for _, pattern in claims_bodies._body_patterns(lang)]
    found += [claims_bodies._capitals(lang), claims_sources._accusation_pattern(lang),
              claims_sources._unnamed_pattern(lang)]
    media = claims_sources._national_media(lang)
    official = claims_official._patterns(lang)
    found += [media and media[0], official and official[0]]
    return [p for p in found if p is not None]


def _all_terms(lang: str) -> list[str]:
    terms: list[str] = []
    for key in SCANNED:
        data = section(lang, "claims", key) or ()
        for part in (data.values() if isinstance(data, dict) else (data,)):
            terms += [t for t in part or () if isinstance(t, str)]
    return terms


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_scanned_matches_are_those_of_finditer(lang):
    # a sentence in news style, then every listed term bare, glued to the next, after a
    # clitic or a quotation mark and at the very start of the text
    terms = _all_terms(lang)
    texts = [TEXTS[lang], " ".join(terms), ",".join(terms), "".join(terms),
             " و".join(terms), " l'".join(terms), "«" + "» «".join(terms)]
    for text in texts:
        doc = ArticleDoc.from_text(text, lang=lang)
        folded = norm_view(doc).text
        for pattern in _patterns(lang):
            assert [m.span() for m in scanned(doc, pattern)] == \
                [m.span() for m in pattern.finditer(folded)], pattern.pattern[:80]


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_each_language_has_some_matches(lang):
    doc = ArticleDoc.from_text(TEXTS[lang], lang=lang)
    assert sum(len(scanned(doc, p)) for p in _patterns(lang)) >= 3
