"""langid.v1: which language a document is in, with a model that ships in its wheel.

A shortcut comes first: when the opening of a document is dense with function words of
one supported language and nearly free of the others' (resources/<lang>/langid.yaml),
that language is taken at once (score 1.0); the model reads every other document.

py3langid (BSD, the langid.py model, 97 languages) reads a sample of the text. A
document whose language rasd does not support keeps its code (e.g. "ha", "fa") and
is never processed as another language. A language given by the caller (JSONL
`lang`, `--lang`) is trusted and not re-guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rasd.config import Config
from rasd.doc import ArticleDoc, LangGuess
from rasd.normalize import fold, norm_view
from rasd.registry import Stage, StageSpec
from rasd.resources import load

UNDETERMINED = "und"
# three letters anywhere (the search stops at the third instead of listing every letter)
_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")
_WORD = re.compile(r"\w+")
# the function-word shortcut: enough hits, a clear lead, and a dense share of the words
MIN_HITS = 8
MIN_LEAD = 3.0
MIN_SHARE = 0.12


@lru_cache(maxsize=None)
def _function_words(languages: tuple[str, ...]) -> dict[str, str]:
    """Folded function word → language, for words that belong to one language only."""
    owners: dict[str, set[str]] = {}
    for lang in languages:
        for word in load(lang, "langid").get("function_words") or ():
            owners.setdefault(fold(word), set()).add(lang)
    return {word: next(iter(langs)) for word, langs in owners.items() if len(langs) == 1}


def _by_function_words(sample: str, supported: tuple[str, ...], *, folded: bool = False) -> str | None:
    """A supported language the sample is unmistakably written in, or None."""
    words = _WORD.findall(sample if folded else fold(sample))
    table = _function_words(supported)
    counts = Counter(filter(None, map(table.get, words)))  # counted in C
    if not counts:
        return None
    ranked = counts.most_common(2)
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hits >= MIN_HITS and hits >= MIN_LEAD * runner_up and hits >= MIN_SHARE * len(words):
        return best
    return None


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str, *, supported: tuple[str, ...], sample_chars: int,
                   min_confidence: float, folded: str | None = None) -> LangGuess:
    """The most likely language of `text` (`und` when it has no letters).

    `folded` is the folded text when the caller has it already (it saves folding again).
    """
    sample = text[:sample_chars]
    if _THREE_LETTERS.search(sample) is None:
        return LangGuess(UNDETERMINED, 0.0, False)
    if folded is None:
        quick = _by_function_words(text[: sample_chars * 2], supported)
    else:
        quick = _by_function_words(folded[: sample_chars * 2], supported, folded=True)
    if quick is not None:
        return LangGuess(quick, 1.0, True)
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
                               min_confidence=min_confidence, folded=norm_view(doc).text)
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
