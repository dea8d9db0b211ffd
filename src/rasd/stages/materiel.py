"""materiel.v1: items destroyed, burnt, captured, seized or damaged, with counts.

`resources/<lang>/weapons.yaml`: `items` (normalised item → terms), `actions`
(destroyed | burnt | captured | seized | damaged → terms) and `kind_markers`. A count is a
number right before the item ("12 motorbikes", "ثلاث سيارات") or a dual number on the item
itself.

A statement often lists its booty line by line under a lead-in ("seized the following:",
then "- 2 DShK", "• one RPG launcher"): an item on such a bulleted line takes the lead-in's
action when its own line has none, and counts one when the line names it with no number.
A general item named by its model ("two machine guns of type DShK") is that model, and a
name repeated in brackets ("5 PKM machine guns (PKM)") is the same item.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from rasd.doc import ArticleDoc, MaterielMention, NumberMention
from rasd.lexicon import term_alternation
from rasd.normalize import fold
from rasd.registry import layer_stage
from rasd.stages.lexical import folded, hits, per_language, section
from rasd.stages.nearby import Near, by_sentence, nearest, sentence_index, words_between

MAX_ACTION_WORDS = 12
# items that are civilians' property (normalised names of weapons.yaml `items`): taking
# them is looting ("gunmen seized a hundred head of livestock"), not a capture in combat
CIVILIAN_PROPERTY = frozenset({"cattle"})
TAKING = frozenset({"captured", "seized"})


def _count(doc: ArticleDoc, span, numbers: Near) -> int | None:  # type: ignore[no-untyped-def]
    # only the numbers within a word of the item are read (a scan of them all per item
    # is quadratic in a long document); `Near` keeps them in text order
    for number in numbers.candidates(span, max_words=1):
        if number.span.start >= span.start and number.span.end <= span.end:  # a dual item
            return int(number.value)
        if number.span.end <= span.start and words_between(doc.text, number.span, span, cap=1) <= 1:
            if _is_count(number):
                return int(number.value)
    return None


def _is_count(number: NumberMention) -> bool:
    return float(number.value).is_integer() and number.value < 100_000


_BULLET = re.compile(r"\s*[-–—•*▪●·]\s*")
_LEAD_IN_END = re.compile(r"[:：]\s*$")
# the colons a lead-in line ends with; looked for with `in` (a search in C for one
# character), not a pattern's try at each offset of the text
_COLONS = (":", "：")


def _list_actions(doc: ArticleDoc, actions: list) -> dict[int, str]:  # type: ignore[type-arg]
    """Sentence index of each bulleted line → the action of the lead-in line above its
    list ("the fighters seized the following:"), the last action on that line."""
    if not actions or not any(colon in doc.text for colon in _COLONS):
        return {}  # no line leads in a list with an action of its own (most reports)
    sentences = doc.sentences or ()
    own = by_sentence(sentences, actions)
    inherited: dict[int, str] = {}
    lead: str | None = None
    for i, sentence in enumerate(sentences):
        text = doc.text[sentence.span.start:sentence.span.end]
        bullet = _BULLET.match(text) is not None
        if bullet and lead is not None:
            inherited[i] = lead
        if _LEAD_IN_END.search(text):
            lead = own[i][-1].labels[0] if i in own else (lead if bullet else None)
        elif not bullet:
            lead = None
    return inherited


def _listed_alone(doc: ArticleDoc, span, sentence) -> bool:  # type: ignore[no-untyped-def]
    """Whether a bulleted line names the item first, with no number or after a singular
    article (`context.yaml` `singular`: "- Un lance-roquettes", "- آلية عسكرية."): a line
    names one."""
    bullet = _BULLET.match(doc.text, sentence.span.start, sentence.span.end)
    if bullet is None:
        return False
    before = folded(doc, bullet.end(), span.start).strip()
    return not before or before in _articles(doc.lang or "")


@per_language
def _articles(lang: str) -> frozenset[str]:
    return frozenset(fold(t) for t in section(lang, "context", "singular") or () if isinstance(t, str))


_CLAUSE_BREAK = re.compile(r"[,;:،؛]")


OBJECT_WORDS = 4  # "burned three trucks", "set fire to a fuel depot", "أحرقوا ثلاث شاحنات"


def _action_of(doc: ArticleDoc, actions: list, span, item_starts: list[int]):  # type: ignore[no-untyped-def,type-arg]
    """The action an item is the object of: the nearest one, except that an action after
    the item that a comma or a conjunction sets off and that has an object of its own
    starts a new verb phrase ("seized four vehicles and some ammunition, and burned a
    depot": the ammunition was seized), so the action before the item in its sentence wins
    when there is one. A later verb with no object of its own still takes the item
    ("destroyed five vehicles and burned them", "تدمير 5 آليات وإحراقها")."""
    action = nearest(doc.text, actions, span, max_words=MAX_ACTION_WORDS)
    if action is None or action.span.start < span.end:
        return action
    before = nearest(doc.text, [a for a in actions if a.span.end <= span.start], span,
                     max_words=MAX_ACTION_WORDS)
    if before is None or not _sets_off(doc, span.end, action) \
            or not _has_object(doc, action, item_starts):
        return action
    return before


def _has_object(doc: ArticleDoc, action, item_starts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """Whether an item follows the action within a few words, in its clause."""
    at = bisect_left(item_starts, action.span.end)
    if at == len(item_starts):
        return False
    gap = doc.text[action.span.end:item_starts[at]]
    return not _CLAUSE_BREAK.search(gap) and len(gap.split()) <= OBJECT_WORDS


def _sets_off(doc: ArticleDoc, start: int, action) -> bool:  # type: ignore[no-untyped-def]
    """Whether the text from an item to an action after it holds a clause break: a comma
    or the like, or a conjunction (`numbers.yaml` `conjunction`), standing alone or glued
    before the action's verb ("وأحرقوا": the match spans the whole word)."""
    gap = doc.text[start:action.span.start]
    if _CLAUSE_BREAK.search(gap):
        return True
    joins = _conjunctions(doc.lang or "")
    if any(w in joins for w in folded(doc, start, action.span.start).split()):
        return True
    word = folded(doc, action.span.start, action.span.end)
    return any(word.startswith(j) and word[len(j):].startswith(_action_terms(doc.lang or ""))
               for j in joins)


@per_language
def _action_terms(lang: str) -> tuple[str, ...]:
    return tuple(fold(t) for terms in (section(lang, "weapons", "actions") or {}).values()
                 for t in terms if isinstance(t, str))


@per_language
def _conjunctions(lang: str) -> frozenset[str]:
    return frozenset(fold(t) for t in section(lang, "numbers", "conjunction") or ()
                     if isinstance(t, str))


def find_materiel(doc: ArticleDoc) -> list[MaterielMention]:
    """Materiel mentions with the nearest action in their sentence (or None)."""
    actions = list(hits(doc, "weapons", "actions"))
    sentences = doc.sentences or ()
    listed = _list_actions(doc, actions)
    found = []
    near_actions, numbers = Near(doc.text, actions), Near(doc.text, list(doc.numbers or ()))
    items = hits(doc, "weapons", "items")
    item_starts = sorted(m.span.start for m in items)
    for match in items:
        local = near_actions.candidates(match.span, max_words=MAX_ACTION_WORDS)
        if sentences:  # the actions in the item's sentence, read only within reach of it
            at = sentence_index(sentences, match.span)
            sentence = sentences[at].span if at >= 0 else None
            local = [a for a in local
                     if sentence is not None and sentence.start <= a.span.start < sentence.end]
        action = _action_of(doc, local, match.span, item_starts)
        label = None if action is None else action.labels[0]
        count = _count(doc, match.span, numbers)
        index = sentence_index(sentences, match.span) if listed else -1
        if index in listed:
            label = label or listed[index]
            if count is None and _listed_alone(doc, match.span, sentences[index]):
                count = 1
        if label in TAKING and match.labels[0] in CIVILIAN_PROPERTY:
            label = "looted"
        found.append(MaterielMention(match.span, match.labels[0], count, label))
    return _named_once(doc, found)


@per_language
def _kind_marker(lang: str) -> re.Pattern[str] | None:
    body = term_alternation(section(lang, "weapons", "kind_markers") or ())
    return re.compile(rf"\s*(?:{body})\s*") if body else None


_BRACKET = re.compile(r"\s*[(\[]?\s*")


def _named_once(doc: ArticleDoc, found: list[MaterielMention]) -> list[MaterielMention]:
    """The items with a general word named by its model merged into the model ("two
    machine guns of type DShK": two DShK) and a bracketed repeat of a name dropped."""
    kind = _kind_marker(doc.lang or "")
    kept: list[MaterielMention] = []
    end = 0  # where the last item's words end (a merged model's name included)
    for mention in found:
        last = kept[-1] if kept else None
        end_before, end = end, max(end, mention.span.end)
        # the stretch between is matched in place, not cut out: it may run over most of a
        # long report
        start = min(end_before, mention.span.start)
        if last is not None and last.item == mention.item \
                and _BRACKET.fullmatch(doc.text, start, mention.span.start):
            # "5 PKM machine guns (PKM)", "un lance-roquettes RPG": one item named twice
            kept[-1] = MaterielMention(last.span, last.item, last.count or mention.count,
                                       last.action or mention.action)
            continue
        if last is not None and kind is not None \
                and kind.fullmatch(folded(doc, end_before, mention.span.start)):
            kept[-1] = MaterielMention(last.span, mention.item, last.count or mention.count,
                                       last.action or mention.action)
            continue
        kept.append(mention)
    return kept


SPEC = layer_stage("materiel.v1", layer="materiel", find=find_materiel, requires={"text", "lang", "sentences", "numbers"})
