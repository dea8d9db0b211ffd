"""Who was hit: the parties of an incident that its text names as targets or victims.

Word order ("ISGS militants killed a JNIM commander": JNIM, named after the event word, is
the target, in languages whose subjects come first), target markers ("an attack on an army
post"), casualty figures and the parties they name ("fifteen members of Russia's Africa
Corps"), and the passive ("… and Malian soldiers were killed"). The words are data:
`context.yaml` `target_markers`, `agent_markers`, `partitives`, `passive_auxiliaries`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from rasd.doc import ArticleDoc, Span, TriggerMention
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import SpanIndex, sentence_index, words_between

TARGET_WORDS = 3  # "an attack on an army post": a party this close after the marker was hit
PARTITIVE_CHARS = 24  # "fifteen members of Russia's Africa Corps"
PASSIVE_CHARS = 40  # "Africa Corps and Malian soldiers were killed"
AGENT_CHARS, AGENT_WORDS = 12, 1  # "by the gunmen", "attribué à des chasseurs"
# "par des mercenaires de Wagner": an article and a noun of members, then a partitive
MEMBERS_CHARS, MEMBERS_WORDS = 40, 2
_WORD_RUN = re.compile(r"\S+")
DESCRIBED_WORDS = 2  # "dressed like traditional Dozo hunters"
SUBJECT_CHARS = 16  # "armed men attacked", "des hommes armés ont attaqué"
CLAUSE_BREAKS = ",;:.!?()"


class _Named(Protocol):
    spans: tuple[Span, ...]


P = TypeVar("P", bound=_Named)


@per_language
def _words(lang: str, key: str, template: str) -> re.Pattern[str] | None:
    """`template` with `{words}` as the alternation of a context.yaml list, as written and
    folded (None when the list is empty)."""
    body = term_alternation(section(lang, "context", key) or (), as_written=True, any_space=False)
    return re.compile(template.replace("{words}", body), re.IGNORECASE) if body else None


def _passive(lang: str) -> re.Pattern[str] | None:
    """The text between a party and an event word ending with a passive auxiliary, with no
    clause break in it."""
    return _words(lang, "passive_auxiliaries", r"[^.;:!?,]*(?<!\w)(?:{words})\s+")


def _partitive(lang: str) -> re.Pattern[str] | None:
    """A partitive word and at most one more word ("of Russia's", "من") before a party."""
    return _words(lang, "partitives", r"\s+(?:{words})(?:\s*|\s+[^\W\d_][\w'’]*\s+)")


@per_language
def subject_first(lang: str) -> bool:
    """Whether the language names the subject before its verb (`LanguageRules`), looked up
    once per language: every incident asks."""
    return rules_for(lang or "en").subject_first


def passive_between(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the text from `start` to `end` ends with a passive auxiliary and has no
    clause break ("the army is| accused", "l'armée est| accusée")."""
    pattern = _passive(doc.lang or "")
    return pattern is not None and pattern.fullmatch(doc.text, start, end) is not None


def partitive_follows(doc: ArticleDoc, end: int) -> bool:
    """Whether a partitive comes right after `end` ("the group of attackers", "le groupe
    d'assaillants", "الجماعة من"): the noun counts a part of something, it names no one."""
    pattern = _words(doc.lang or "", "partitives", r"\s+(?:{words})(?:(?<=')|(?!\w))")
    return pattern is not None and pattern.match(doc.text, end) is not None


def partitive_gap(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the text between two mentions joins them as a part to its whole: a
    partitive and at most one more word ("of the", "de la", "من"), or only spaces (an
    Arabic construct: "جنود البعثة")."""
    gap = doc.text[start:end]
    if gap and gap.isspace():
        return True
    pattern = _partitive(doc.lang or "")
    return pattern is not None and pattern.fullmatch(doc.text, start, end) is not None


def within(span: Span, outer: Iterable[Span] | SpanIndex) -> bool:
    """Whether `span` lies inside one of the `outer` spans (a casualty figure's words)."""
    if isinstance(outer, SpanIndex):
        return outer.covers(span)
    return any(o.start <= span.start and span.end <= o.end for o in outer)


def by_agent(doc: ArticleDoc, span: Span) -> bool:
    """Whether an agent marker stands right before a name ("killed by Wagner mercenaries",
    "par des hommes armés", "على يد مسلحين"), or before a noun of its members ("par des
    mercenaires de Wagner", "by fighters of JNIM"): the name is the doer of what is told."""
    agents = doc.cached_view("targets:agent_markers", lambda _text: SpanIndex(
        m.span for m in hits(doc, "context", "agent_markers")))
    # the marker ending last before the name is the nearest one, for either test (one
    # bisection; most names have none within reach)
    last = agents.last_end_in(span.start - MEMBERS_CHARS, span.start)
    if last is None:
        return False
    if last >= span.start - AGENT_CHARS and words_between(
            doc.text, Span(last, last), span, cap=AGENT_WORDS) <= AGENT_WORDS:
        return True
    words = list(_WORD_RUN.finditer(doc.text, last, span.start))[:MEMBERS_WORDS]
    return any(partitive_gap(doc, w.end(), span.start) and not doc.text[w.end():span.start].isspace()
               for w in words)


def named_after_the_event(doc: ArticleDoc, parties: Iterable[P], triggers: list[TriggerMention],
                          *, victims: frozenset[Span] | SpanIndex = frozenset(),
                          events: SpanIndex | None = None) -> tuple[set[P], set[P]]:
    """The parties named only after the first event word of their sentence (unless an agent
    marker stands right before them: "attacked by gunmen"), and the parties each of whose
    mentions is such an object or otherwise hit. `events`: the spans of the triggers, when
    the caller has them indexed; `victims` the spans of the casualty figures, or their index."""
    parties = tuple(parties)
    starts = SpanIndex(t.span for t in triggers) if events is None else events
    hurt = _hurt(doc, starts, victims)
    if not subject_first(doc.lang or "") or not triggers:
        return set(), {p for p in parties if all(hurt(s) for s in p.spans)}
    sentences = doc.sentences or ()
    passive = _passive(doc.lang or "")

    def agent(span: Span) -> bool:
        # "attacked by gunmen", "attribué à des chasseurs": an article may stand between
        return by_agent(doc, span)

    def acts_next(span: Span) -> bool:
        # "... were killed when armed men attacked a village": the party right before a
        # later event word (an auxiliary at most between, no passive) is its subject
        for t in starts.starting_in(span.end, span.end + SUBJECT_CHARS):
            gap = doc.text[span.end:t.start]
            return (not any(c in gap for c in CLAUSE_BREAKS)
                    and words_between(doc.text, span, t, cap=1) <= 1
                    and not (passive is not None and passive.fullmatch(doc.text, span.end, t.start)))
        return False

    looks = _words(doc.lang or "", "disguise_before",
                   r"(?<!\w)(?:{words})(?:\s+[^\s.;:!?,]+){0,%d}\s+$" % DESCRIBED_WORDS)

    def described(span: Span) -> bool:
        # "armed men dressed like Dozo hunters": how the attackers looked, not whom they hit
        return looks is not None and looks.search(
            doc.text, max(0, span.start - 80), span.start) is not None

    def after_event(span: Span) -> bool:
        index = sentence_index(sentences, span)
        bounds = sentences[index].span if index >= 0 else Span(0, len(doc.text))
        first = starts.first_starting_in(bounds.start, bounds.end - 1)
        return (first is not None and span.start > first.start and not agent(span)
                and not acts_next(span) and not described(span))

    seen: dict[Span, bool] = {}  # asked again by the test of `hit`

    def object_mention(span: Span) -> bool:
        found = seen.get(span)
        if found is None:
            found = seen[span] = after_event(span)
        return found

    objects = {p for p in parties if all(object_mention(s) for s in p.spans)}
    # an object is hit: only the others are read again
    hit = objects | {p for p in parties if p not in objects
                     and all(hurt(s) or object_mention(s) for s in p.spans)}
    return objects, hit


def _hurt(doc: ArticleDoc, events: SpanIndex,
          victims: frozenset[Span] | SpanIndex) -> Callable[[Span], bool]:
    """A test of whether a mention names what was hit: inside a casualty figure, right after
    a target marker, joined to a figure by a partitive, or before a passive event word with
    no one speaking in between ("JNIM said soldiers were killed")."""
    # indexes: each test reads only the mentions near `span`, not every mention (linear time)
    partitive, passive = _partitive(doc.lang or ""), _passive(doc.lang or "")
    targeted, said = doc.cached_view(f"targets:markers:{doc.lang}", lambda _text: (
        SpanIndex(m.span for m in hits(doc, "context", "target_markers")),
        SpanIndex(m.span for m in hits(doc, "claims", "attribution") if passive is not None)))
    hit = victims if isinstance(victims, SpanIndex) else SpanIndex(victims)

    def before_passive(span: Span) -> bool:
        return passive is not None and any(
            passive.fullmatch(doc.text, span.end, t.start)
            and said.first_starting_in(span.end, t.start - 1) is None
            for t in events.starting_in(span.end, span.end + PASSIVE_CHARS))

    def after_marker(span: Span) -> bool:
        # the marker ending last before `span` has the fewest words between
        end = targeted.last_end_in(0, span.start)
        return end is not None and words_between(
            doc.text, Span(end, end), span, cap=TARGET_WORDS) <= TARGET_WORDS

    def hurt(span: Span) -> bool:
        return (hit.covers(span) or after_marker(span)
                or (partitive is not None and any(
                    partitive.fullmatch(doc.text, end, span.start)
                    for end in hit.ending_in(span.start - PARTITIVE_CHARS, span.start)))
                or before_passive(span))

    return hurt
