"""triggers.v1: words that signal an event, labelled with ACLED sub-event types.

`resources/<lang>/triggers.yaml`: `sub_event_types` (label → terms), `violence` (terms for
violence whose type depends on the target) and `patterns` (label → regexes over folded text).
"""

from __future__ import annotations

import re

from rasd.config import Config
from rasd.doc import ArticleDoc, TriggerMention
from rasd.normalize import norm_view
from rasd.registry import Stage, StageSpec
from rasd.stages.lexical import hits, per_language, section

VIOLENCE = "violence"


@per_language
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for label, regexes in (section(lang, "triggers", "patterns") or {}).items():
        compiled.extend((label, re.compile(rx)) for rx in regexes or ())
    return tuple(compiled)


def find_triggers(doc: ArticleDoc) -> list[TriggerMention]:
    """Trigger mentions in text order; a word in both lists keeps its specific label."""
    view = norm_view(doc)
    lang = doc.lang or ""
    found: dict[tuple[int, int], TriggerMention] = {}
    for match in hits(doc, "triggers", VIOLENCE):
        found[(match.span.start, match.span.end)] = TriggerMention(match.span, None)
    for match in hits(doc, "triggers", "sub_event_types"):
        for label in match.labels:
            found[(match.span.start, match.span.end)] = TriggerMention(match.span, label)
    for label, pattern in _patterns(lang):
        for hit in pattern.finditer(view.text):
            span = view.orig_span(hit.start(), hit.end())
            found[(span.start, span.end)] = TriggerMention(span, label)
    return sorted(found.values(), key=lambda t: (t.span.start, t.span.end))


def make_triggers(cfg: Config) -> Stage:
    def triggers(doc: ArticleDoc) -> ArticleDoc:
        return doc.with_layers(triggers=tuple(find_triggers(doc)))

    return triggers


SPEC = StageSpec(
    name="triggers.v1",
    factory=make_triggers,
    requires=frozenset({"text", "lang"}),
    assigns=frozenset({"triggers"}),
)
