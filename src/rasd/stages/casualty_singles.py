"""One-person casualty figures for casualties.v1: a person named by an article and a group
noun ("killed a civilian"), by a role noun ("assassinated the imam", with the role nouns
joined to it: "the driver and a passenger"), or as the bare object of an outcome word
("kidnapped a trader"). `resources/<lang>/victims.yaml` `lone_victims`, `singular_nouns`; context.yaml
`singular` (the articles); numbers.yaml `conjunction`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from rasd.doc import ArticleDoc, CasualtyMention, NumberKind, Sentence, Span
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, last_words, term_alternation
from rasd.normalize import fold, norm_view
from rasd.stages.lexical import cue_pattern, folded, hits, per_language, section
from rasd.stages.nearby import M, GrowingSpans, by_sentence, nearest, sentence_index, words_between

MAX_NOUN_GAP = 2  # as in casualties: "12 Malian soldiers"
# "a soldier and a gendarme were killed"; further off, "a" + noun is rarely the victim
# ("a terrorist logistics base in the forest, neutralising several")
MAX_SINGLE_WORDS = 4
MAX_LONE_GAP = 3  # "killed the imam", "the village chief of Dioura was killed"
MAX_CHAIN_WORDS = 4  # "the driver and a passenger", "an officer and one of his aides"
_NEXT_WORD = re.compile(r"\s+(\w+)")
# a full stop after a lone capital is an initial's, not a clause's end ("four U.S.
# soldiers", "M. Traoré"), as the sentence splitter reads it
_CLAUSE_MARK = re.compile(r"[,;:!?،؛]|(?<!\b[A-ZÀ-Þ])\.")
_START = attrgetter("span.start")


def local_items(sentences: Sequence[Sentence], grouped: dict[int, list[M]], items: list[M],
           span: Span) -> list[M]:
    """`in_same_sentence` from items grouped once by `by_sentence`."""
    if not sentences:
        return items
    at = sentence_index(sentences, span)
    return grouped.get(at, []) if at >= 0 else []


@per_language
def conjunction_words(lang: str) -> frozenset[str]:
    # the words that join the parts of one number ("and") join two figures too
    return frozenset(fold(w) for w in section(lang, "numbers", "conjunction") or ())


def singles(doc: ArticleDoc, found: list[CasualtyMention], outcomes: list[LexMatch],
             named: list[tuple[CasualtyMention, Span]]) -> list[CasualtyMention]:
    """The one-person figures not counted yet. One person is counted once, by the noun that
    names them ("killed the driver and a passenger" is two, "killed a village chief" one);
    an outcome with just an article ("killed a GATIA officer") only when nothing else took it."""
    counted, nouns = GrowingSpans(f.span for f in found), GrowingSpans(f.span for f in found)
    added = []
    for single, noun in named:
        if not nouns.overlaps(noun):
            added.append(single)
            counted.add(single.span)
            nouns.add(noun)
    for single in _article_objects(doc, outcomes):
        if not counted.overlaps(single.span):
            added.append(single)
            counted.add(single.span)
    return added


def _after_elision(text: str, start: int, elisions: tuple[str, ...]) -> bool:
    """Whether one of `elisions` ends right before `start` as a word of its own."""
    for elision in elisions:
        at = start - len(elision)
        if at >= 0 and fold(text[at:start]) == elision and (at == 0 or not text[at - 1].isalpha()):
            return True
    return False


@per_language
def _verb_elisions(lang: str) -> tuple[str, ...]:
    """Elided pronouns glued before a verb (`victims.yaml` `verb_elisions`: "s'", "n'"): a
    role noun written so is the verb it spells ("s'élève")."""
    return tuple(fold(w) for w in section(lang, "victims", "verb_elisions") or ())


def lone_victims(doc: ArticleDoc, outcomes: list[LexMatch], closed: set[int], *,
                  groups: Sequence[LexMatch] = ()) -> list[tuple[CasualtyMention, Span]]:
    """One person named by role with no number ("assassinated the imam", "the village
    chief was killed"): the role noun right after an outcome word (its object), else,
    when no outcome took it as object, right before one (its subject). An outcome that
    closed a figure's clause ("two children were shot dead and their mother wounded")
    takes no object. A role noun touching a group noun is one person of that group (see
    `_in_group`)."""
    elisions = _verb_elisions(doc.lang or "")
    # "s'élève à 25 morts" (amounts to) is a verb after its pronoun, not a pupil (élève)
    nouns = [n for n in hits(doc, "victims", "lone_victims")
             if not _after_elision(doc.text, n.span.start, elisions)]
    if not nouns:
        return []
    sentences = doc.sentences or ()
    nouns_at = by_sentence(sentences, nouns)
    pairs: dict[int, tuple[LexMatch, LexMatch]] = {}  # outcome start → (outcome, noun)
    taken: set[int] = set()
    for outcome in reversed(outcomes):  # the nearest outcome takes its object
        if outcome.span.start in closed:
            continue
        local = local_items(sentences, nouns_at, nouns, outcome.span)
        after = [n for n in local if n.span.start >= outcome.span.end and _near(doc, outcome, n)
                 and n.span.start not in taken]
        if after:
            pairs[outcome.span.start] = (outcome, after[0])
            taken.add(after[0].span.start)
    for outcome in outcomes:
        local = local_items(sentences, nouns_at, nouns, outcome.span)
        before = [n for n in local if n.span.end <= outcome.span.start and _near(doc, n, outcome)
                  and n.span.start not in taken]
        if outcome.span.start not in pairs and before:
            pairs[outcome.span.start] = (outcome, before[-1])
    found = []
    for outcome, noun in sorted(pairs.values(), key=lambda p: p[0].span.start):
        local = local_items(sentences, nouns_at, nouns, outcome.span)
        for person in (noun, *_chained(doc, local, noun, forward=noun.span.start >= outcome.span.end)):
            label, named = _in_group(doc, person, groups)
            found.append((_one(person.span.cover(outcome.span), outcome, label), named))
    return found


def _in_group(doc: ArticleDoc, person: LexMatch, groups: Sequence[LexMatch]) -> tuple[str, Span]:
    """The group and the noun span of a role noun: a group noun right after it ("un jeune
    soldat", "a young soldier"), or a singular one right before it (`singular_nouns`: "جندي
    شاب"), names the same person, who belongs to that group and is counted once, with that
    noun's figure if it has one. A plural noun before it is another party ("اغتال مسلحون
    إمام المسجد": the gunmen killed the imam)."""
    text = doc.text
    at = bisect_left(groups, person.span.start, key=_START)
    for group in groups[max(0, at - 1):at + 1]:
        left, right = sorted((group.span, person.span), key=attrgetter("start"))
        if left.end > right.start or not text[left.end:right.start].isspace():
            continue
        if left is person.span or group.term in _singular_nouns(doc.lang or ""):
            return group.labels[0], left.cover(right)
    return person.labels[0], person.span


def _chained(doc: ArticleDoc, nouns: list[LexMatch], noun: LexMatch, *,
             forward: bool) -> list[LexMatch]:
    """The role nouns joined to `noun` by a conjunction, away from its outcome word ("beheaded
    a woman and her child", "the village chief and a child were killed")."""
    conjunctions = conjunction_words(doc.lang or "")
    chain: list[LexMatch] = []
    for other in (nouns if forward else reversed(nouns)):
        last = chain[-1] if chain else noun
        left, right = (last, other) if forward else (other, last)
        if right.span.start < left.span.end:
            continue
        words = folded(doc, left.span.end, right.span.start).replace(",", " ").split()
        if not words or words[0] not in conjunctions or len(words) > MAX_CHAIN_WORDS:
            break
        chain.append(other)
    return chain


MAX_DATE_WORDS = 6  # "en juillet dernier", "يوم الجمعة الماضي": a date between a verb and its object


def _near(doc: ArticleDoc, left: LexMatch, right: LexMatch) -> bool:
    """Whether two words stand within MAX_LONE_GAP words, not counting the words of a date
    between them ("a exécuté en juillet dernier l'humanitaire", "اغتال يوم الجمعة إمام")."""
    gap = words_between(doc.text, left.span, right.span, cap=MAX_LONE_GAP + MAX_DATE_WORDS)
    if gap <= MAX_LONE_GAP:
        return True
    dates = doc.dates or ()
    at = bisect_left(dates, left.span.end, key=_START)
    dated = 0
    while at < len(dates) and dates[at].span.end <= right.span.start:
        dated += _words_in(doc.text, dates[at].span)
        at += 1
    return gap - dated <= MAX_LONE_GAP


def _words_in(text: str, span: Span) -> int:
    return len(_WORD_RUN.findall(text, span.start, span.end))


_WORD_RUN = re.compile(r"\w+")


@per_language
def _singular(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in section(lang, "context", "singular") or ())


@per_language
def _singular_nouns(lang: str) -> frozenset[str]:
    # group nouns that are singular by their own form (Arabic marks the number on the noun:
    # "قتل جندي", one soldier killed): one person without an article
    return frozenset(fold(w) for w in section(lang, "victims", "singular_nouns") or ())


ONE_OF_CHARS = 24  # "l'une des", "أحد", "one of the": read before a group noun


@per_language
def _one_of(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """`victims.yaml` `one_of` ("one of the soldiers", "l'un des soldats", "أحد الجنود" name
    one person of the group, right before its noun) as a pattern ending at the noun, with
    the last word of each phrase: a stretch the pattern matches ends with one of them and
    white space (one `endswith` in C rules out most stretches before the pattern's try at
    each of their offsets)."""
    terms = section(lang, "victims", "one_of") or ()
    body = term_alternation(terms)
    if not body:
        return None
    return re.compile(rf"(?<!\w){rules_for(lang).prefix}(?:{body})\s+$"), last_words(terms)


def _picked(text: str, start: int, end: int,
            one_of: tuple[re.Pattern[str], tuple[str, ...]] | None) -> bool:
    """Whether a `one_of` phrase ends, before white space, right at `end` (from `start` on)."""
    if one_of is None:
        return False
    pattern, words = one_of
    stretch = text[start:end]
    return stretch[-1:].isspace() and stretch.rstrip().endswith(words) \
        and pattern.search(text, start, end) is not None


def one_person(doc: ArticleDoc, groups: list[LexMatch], outcomes: list[LexMatch], led: set[int],
                outcomes_at: dict[int, list[LexMatch]]) -> list[tuple[CasualtyMention, Span]]:
    """Figures of one person given by an article, with the group noun: "killed a civilian",
    "a soldier was wounded" (outcome within the sentence), or by a group noun singular by
    its own form (`victims.yaml` `singular_nouns`: "قتل جندي")."""
    view = norm_view(doc)
    articles = _singular(doc.lang or "")
    alone = _singular_nouns(doc.lang or "")
    one_of = _one_of(doc.lang or "")
    sentences = doc.sentences or ()
    found = []
    for group in groups if articles or alone or one_of else ():
        before = view.text[max(0, group.norm_start - 12):group.norm_start].split()
        picked = _picked(view.text, max(0, group.norm_start - ONE_OF_CHARS), group.norm_start,
                         one_of)
        if group.term not in alone and (not before or before[-1] not in articles) and not picked:
            continue
        # an outcome after a clause mark is another clause's ("a National Guard vehicle in
        # Menaka, killing one soldier"), and so is one that leads its own figure ("killed a
        # policeman and a bystander and wounded two others")
        local = [o for o in local_items(sentences, outcomes_at, outcomes, group.span)
                 if o.span.start < group.span.end or not (
                     o.span.start in led or _CLAUSE_MARK.search(doc.text, group.span.end, o.span.start))]
        # "one of the residents said ... were killed": one of a group is the outcome's only
        # next to it ("مقتل أحد الجنود", "l'un des soldats a été tué")
        outcome = nearest(doc.text, local, group.span,
                          max_words=MAX_NOUN_GAP if picked and group.term not in alone else MAX_SINGLE_WORDS)
        if outcome is not None and group.term in alone and _part_of_a_figure(doc, outcome, group):
            continue  # "قتل أربعة قرويين بينهم امرأة": the woman is one of the four
        if outcome is not None:
            found.append((_one(group.span.cover(outcome.span), outcome, group.labels[0]), group.span))
    # an outcome noun singular by its form is one dead or wounded ("سقوط قتيل"); one that a
    # number counts ("100 قتيل") is that number's figure, which `singles` keeps instead
    for outcome in outcomes if alone else ():
        if outcome.term in alone and not _counted_before(doc, outcome.span):
            found.append((_one(outcome.span, outcome, None), outcome.span))
    return found


def lone_deaths(doc: ArticleDoc) -> list[tuple[CasualtyMention, Span]]:
    """One dead told by a phrase whose own form is singular ("he died", "il est mort", "لقي
    حتفه": `victims.yaml` `lone_deaths`), unless a number stands right before it ("12 soldiers:
    he died" is no such case, but "لقي 12 شخصا حتفهم" has its own noun and figure)."""
    found = []
    for hit in hits(doc, "victims", "lone_deaths"):
        if not _counted_before(doc, hit.span):
            found.append((CasualtyMention(hit.span, "killed", None, 1, 1, 1, NumberKind.EXACT, None),
                          hit.span))
    return found


def _counted_before(doc: ArticleDoc, span: Span) -> bool:
    """Whether a number stands right before `span` ("100 قتيل")."""
    numbers = doc.numbers or ()
    before = bisect_left(numbers, span.start, key=_START) - 1
    return before >= 0 and words_between(doc.text, numbers[before].span, span, cap=1) < 1


def _part_of_a_figure(doc: ArticleDoc, outcome: LexMatch, group: LexMatch) -> bool:
    """Whether a subset marker ("including", "بينهم") stands between an outcome word and a
    singular noun: the person is one of a figure told before, not another victim."""
    start, end = sorted((outcome.span.end, group.span.start))
    return any(start <= m.span.start < end for m in hits(doc, "victims", "subsets"))


def _article_objects(doc: ArticleDoc, outcomes: list[LexMatch]) -> list[CasualtyMention]:
    """One person as the object of an outcome word, named by no known noun: "killed a GATIA
    officer", "kidnapped a trader"."""
    view = norm_view(doc)
    articles = _singular(doc.lang or "")
    # `victims.yaml` `uncounted`: "a large number of", whose article counts no one
    sizes = cue_pattern(doc.lang or "", "victims", "uncounted")
    things = sorted((*hits(doc, "weapons", "items"), *hits(doc, "context", "units")), key=_START)
    found = []
    for outcome in outcomes if articles else ():
        after = _NEXT_WORD.match(view.text, outcome.norm_end)
        if after is None or after.group(1) not in articles:
            continue
        if sizes is not None and sizes.match(view.text, after.start(1)):
            continue  # "killed a large number of fighters": a size without a number, no one
        span = outcome.span.cover(view.orig_span(after.start(1), after.end(1)))
        if _a_thing_next(doc, things, span.end):
            continue  # "abattu un drone": the object is materiel, no person
        if not _counted_next(doc, span):  # "killing a reported ten militants"
            found.append(_one(span, outcome, None))
    return found


def _a_thing_next(doc: ArticleDoc, things: Sequence[LexMatch], at: int) -> bool:
    """Whether an item of materiel or a unit follows `at` after white space only."""
    index = bisect_left(things, at, key=_START)
    return index < len(things) and doc.text[at:things[index].span.start].isspace()



def _one(span: Span, outcome: LexMatch, group: str | None) -> CasualtyMention:
    return CasualtyMention(span, outcome.labels[0], group, 1, 1, 1, NumberKind.EXACT, None)


def _counted_next(doc: ArticleDoc, span: Span) -> bool:
    """Whether a number follows `span` within MAX_NOUN_GAP words."""
    numbers = doc.numbers or ()
    after = bisect_left(numbers, span.end, key=_START)
    return after < len(numbers) and words_between(
        doc.text, span, numbers[after].span, cap=MAX_NOUN_GAP) <= MAX_NOUN_GAP - 1
