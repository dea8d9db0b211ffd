"""Parties named as the subject of a verb of undergoing or of fending off: the ones hit,
not the doers.

"The UN camp came under mortar fire", "le camp de la MINUSMA a été la cible de tirs",
"تعرض معسكر البعثة لقصف": the party is the grammatical subject, yet it was struck. Word
order cannot tell it (subject-first languages read a subject as the doer, and Arabic often
puts the subject after the verb), so the verbs are data: `context.yaml` `undergo_verbs`,
and `defence_verbs` for the ones who fended an attack off ("soldiers foiled an attack",
"صد الجيش هجوما"): they were attacked first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from rasd.doc import ArticleDoc, Span, TriggerMention
from rasd.events.cues import cue_index
from rasd.events.targets import by_agent
from rasd.stages.lexical import hits
from rasd.stages.nearby import SpanIndex, words_between

# "the UN camp in Kidal came under fire": the party a few words before the verb
BEFORE_WORDS, BEFORE_CHARS = 4, 48
# "تعرض معسكر قوات الأمم المتحدة لقصف": the party a word or two after the verb
AFTER_WORDS, AFTER_CHARS = 2, 32
# the event word that the verb introduces stands this close after it
EVENT_CHARS = 160
_BREAK = re.compile(r"[,،;:.!?؟()\n]")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


class _Named(Protocol):
    spans: tuple[Span, ...]


P = TypeVar("P", bound=_Named)


def undergoers(doc: ArticleDoc, parties: Iterable[P], triggers: Iterable[TriggerMention], *,
               events: SpanIndex | None = None) -> set[P]:
    """The parties one of whose mentions is the subject of a verb of undergoing that an
    event word follows, and none of whose mentions names a doer ("attacked by X").
    `events`: the spans of the triggers, when the caller has them indexed."""
    cues = doc.cached_view("undergoing:cues", lambda _text: SpanIndex(
        [*cue_index(doc, "context", "undergo_verbs").spans,
         *cue_index(doc, "context", "defence_verbs").spans]))
    if not cues.spans:
        return set()
    if events is None:
        events = SpanIndex(t.span for t in triggers)
    said = doc.cached_view("undergoing:said", lambda _text: SpanIndex(
        m.span for m in hits(doc, "claims", "attribution")))

    def introduces_event(cue: Span) -> bool:
        # "تعرض المعسكر، فجر السبت، لقصف": a comma may stand between, not a sentence end
        # the verb may begin the event word itself ("repelled", "صد هجوما")
        event = events.first_starting_in(cue.start, cue.end + EVENT_CHARS)
        return event is not None and not _SENTENCE_END.search(doc.text, cue.end, event.start)

    def before_cue(span: Span) -> bool:
        cue = cues.first_starting_in(span.end, span.end + BEFORE_CHARS)
        return (cue is not None and not _BREAK.search(doc.text, span.end, cue.start)
                and words_between(doc.text, span, cue, cap=BEFORE_WORDS) <= BEFORE_WORDS
                and said.first_starting_in(span.end, cue.start) is None
                and events.first_starting_in(span.end, cue.start - 1) is None
                and introduces_event(cue))

    def after_cue(span: Span) -> bool:
        end = cues.last_end_in(span.start - AFTER_CHARS, span.start)
        if end is None:
            return False
        cue = Span(end, end)
        return (not _BREAK.search(doc.text, end, span.start)
                and words_between(doc.text, cue, span, cap=AFTER_WORDS) <= AFTER_WORDS
                and events.first_starting_in(end, span.start) is None
                and introduces_event(cue))

    return {p for p in parties
            if any(before_cue(s) or after_cue(s) for s in p.spans)
            and not any(by_agent(doc, s) for s in p.spans)}
