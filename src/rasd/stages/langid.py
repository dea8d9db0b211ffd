"""langid.v1: which language a document is in, with a model that ships in its wheel.

py3langid (BSD, the langid.py model, 97 languages) reads a sample of the text. A
document whose language rasd does not support keeps its code (e.g. "ha", "fa") and
is never processed as another language. A language given by the caller (JSONL
`lang`, `--lang`) is trusted and not re-guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.config import Config
from rasd.doc import ArticleDoc, LangGuess
from rasd.registry import Stage, StageSpec

UNDETERMINED = "und"
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str, *, supported: tuple[str, ...], sample_chars: int,
                   min_confidence: float) -> LangGuess:
    """The most likely language of `text` (`und` when it has no letters)."""
    sample = text[:sample_chars]
    if len(_LETTER.findall(sample)) < 3:
        return LangGuess(UNDETERMINED, 0.0, False)
    ranked = _identifier().rank(sample)
    code, score = ranked[0]
    if code not in supported and score < min_confidence:
        # a short text often gets an unsure guess at a related language (English read as
        # Nigerian Pidgin); a supported language close behind is the better reading
        for alt, alt_score in ranked[1:4]:
            if alt in supported and alt_score >= score / 3:
                return LangGuess(alt, round(float(alt_score), 4), True)
    return LangGuess(code, round(float(score), 4), code in supported)


def make_langid(cfg: Config) -> Stage:
    supported = cfg.pipeline.languages
    sample_chars = cfg.langid.sample_chars
    min_confidence = cfg.langid.min_confidence

    def langid(doc: ArticleDoc) -> ArticleDoc:
        if doc.lang is not None:
            guess = LangGuess(doc.lang, 1.0, doc.lang in supported)
            return doc.with_layers(lang_guess=guess)
        guess = guess_language(doc.text, supported=supported, sample_chars=sample_chars,
                               min_confidence=min_confidence)
        doc = doc.with_layers(lang=guess.code, lang_guess=guess)
        if not guess.supported:
            doc = doc.warn(f"language {guess.code!r} is not supported "
                           f"(supported: {', '.join(supported)}); document not analysed")
        elif guess.score < min_confidence:
            doc = doc.warn(f"language guess {guess.code!r} is uncertain ({guess.score:.2f})")
        return doc

    return langid


SPEC = StageSpec(
    name="langid.v1",
    factory=make_langid,
    requires=frozenset({"text"}),
    assigns=frozenset({"lang", "lang_guess"}),
    per_language=False,
)
