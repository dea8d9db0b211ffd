"""Reconciling casualty figures within one incident.

Figures are kept per (outcome, group). The same group counted twice (two sentences, two
sources) is one count whose bounds span both reports and whose best value is the lowest
credible one (ACLED's conservative rule). Different groups add up, and so do figures of
one group within one passage of one voice ("18 ISGS and 10 JNIM fighters were killed",
"killed the driver and two passengers"): such a passage lists its dead once. Passages
break at sentence ends and where another source speaks ("the group said it killed 100
soldiers, while security sources said 40 soldiers were killed" is two reports). A figure for
unspecified "people" that is at least the sum of the specific groups is taken as the
total rather than added to them.

Each figure knows its source (`voices`: the claim that gives it, the authorities, an NGO,
residents, the perpetrator...). The figures of DIFFERENT named sources for the same dead
are rival reports, whatever their sizes: "dozens were killed, the authorities said" and
"NGOs put the toll at 200 to 300" give 12, the lowest, as best (docs/golden-events.md).
Within one source, or where no source is named, a number replaces a vague count and a far
smaller figure is a detail of the toll.

A figure given as the cause of the event ("demonstrated in reaction to the killing of two
youths", `resources/<lang>/claims.yaml` `causes`) or dated before it by a span of time ("two
weeks after the killing of a headmaster", `victims.yaml` `earlier`) counts an earlier
incident, not this one.
A figure the text itself calls unverified ("the information could not be independently
verified", "unconfirmed reports say") is left out, as ACLED codes such claims 0 when nothing
else confirms them: `resources/<lang>/claims.yaml` `unverified`. The cue covers the figures
of its own sentence, or those of the sentence before when its own has none, and any repeat
of a covered figure (same outcome, group and count) elsewhere in the text; a figure that a
reporting source gives (security sources, media, residents) stands.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise

from rasd.doc import ArticleDoc, CasualtyMention, ClaimMention, NumberKind, Span
from rasd.events.cues import cue_matches
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import fold, norm_view
from rasd.stages.lexical import cue_pattern, folded, hits, per_language, section
from rasd.stages.nearby import sentence_index

GENERIC_GROUPS = (None, "people")
ATTACKERS = "attackers"


@dataclass(frozen=True, slots=True)
class Figure:
    low: int | None
    best: int
    high: int | None
    # a count with no number behind it ("several", "many deaths", "dozens"): ACLED's lowest
    # reading, which a report that gives a number outweighs
    vague: bool = field(default=False, compare=False)


def _one(mention: CasualtyMention) -> Figure:
    low = mention.low if mention.low is not None else None
    if mention.kind in (NumberKind.AT_MOST, NumberKind.LESS_THAN):
        low = None
    return Figure(low, mention.value, mention.high, mention.kind == NumberKind.VAGUE)


def beyond(toll: Figure, claim: Figure | None) -> Figure:
    """The toll with the perpetrator's count of the other side's dead as its upper bound: a
    rival report of the same dead (the highest is the high), never the best nor the low,
    since a party's boast is no independent report ("dozens were killed, the authorities
    said, while JNIM said it killed more than 300": high none)."""
    if claim is None or toll.high is None or (claim.high is not None and claim.high <= toll.high):
        return toll
    return Figure(toll.low, toll.best, claim.high, toll.vague)


def _merge_same_group(figures: list[Figure]) -> Figure:
    lows = [f.low for f in figures]
    highs = [f.high for f in figures]
    best = min(f.best for f in figures)
    low = None if any(v is None for v in lows) else min(lows)  # type: ignore[type-var]
    high = None if any(v is None for v in highs) else max(highs)  # type: ignore[type-var]
    return Figure(low, best, high, all(f.vague for f in figures))


def _add(a: Figure, b: Figure) -> Figure:
    low = None if a.low is None or b.low is None else a.low + b.low
    high = None if a.high is None or b.high is None else a.high + b.high
    return Figure(low, a.best + b.best, high, a.vague and b.vague)


def total(mentions: Iterable[CasualtyMention], outcome: str, *,
          breaks: Sequence[int] = (), added: Collection[int] = (),
          attached: Collection[int] = (), sources: Mapping[int, str] | None = None) -> Figure | None:
    """The reconciled count of one outcome (e.g. killed) over all groups, or None.

    `breaks`: sorted offsets where a passage starts (sentences, sources); without them
    every figure of a group is its own report. `added`: the starts of figures counted on
    top of the others (see `own_side`), never within a larger total. `attached`: the
    starts of figures that count on top of the figure just before them (see `attached`),
    as if told in its passage. `sources`: the named source that gives each figure (by its
    start; see `voices`): the figures of two named sources are rival reports (`_reports`)."""
    chosen = [m for m in mentions if m.outcome == outcome]
    # an added figure of a group the others also count is that count told again ("attackers
    # also left eight soldiers dead ... killing eight soldiers"), no second count
    told = {m.group for m in chosen if m.span.start not in added and m.group not in GENERIC_GROUPS}
    added = {m.span.start for m in chosen if m.span.start in added and m.group not in told}
    # an unnamed figure after an added one, of its count, is that count told again ("17
    # militants were also killed ... on the enemy's side, 17 were killed"), not another dead
    first_told = {}
    for m in chosen:
        if m.span.start in added:
            first_told.setdefault(m.value, m.span.start)
    chosen = [m for m in chosen if m.group not in GENERIC_GROUPS or m.span.start in added
              or not first_told.get(m.value, m.span.start) < m.span.start]
    sources = sources or {}
    base = _reconcile([m for m in chosen if m.span.start not in added], breaks, attached, sources)
    extra = _reconcile([m for m in chosen if m.span.start in added], breaks, attached, sources)
    if base is None or extra is None:
        return base or extra
    return _add(base, extra)


Passage = tuple[int, str | None]  # where a passage starts (its rank) and its named source


def _reconcile(mentions: list[CasualtyMention], breaks: Sequence[int],
               attached: Collection[int], sources: Mapping[int, str]) -> Figure | None:
    """Per group, the reports of several passages compete (lowest best, widest bounds) and
    the figures of one passage add up; the groups then add up, and a figure for unspecified
    people at least their sum is the total."""
    if len(mentions) < 2:  # one figure is its own report, its own total (most incidents)
        return _one(mentions[0]) if mentions else None
    by_group: dict[str | None, dict[Passage, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    last: Passage | None = None
    for n, mention in enumerate(mentions):
        where = (bisect_right(breaks, mention.span.start) if breaks else -n - 1,
                 sources.get(mention.span.start))
        if mention.span.start in attached and last is not None:
            where = last
        by_group[mention.group][where].append(_one(mention))
        last = where
    if not by_group:
        return None
    merged = {group: _reports({where: _sum(figs) for where, figs in per_passage.items()})  # type: ignore[misc]
              for group, per_passage in by_group.items() if group not in GENERIC_GROUPS}
    told = {group: {where for where, _source in per_passage} for group, per_passage in by_group.items()}
    # the unnamed dead ("people", or no noun) of every passage are one count, told anew by
    # each report: the lowest credible one stands (see `_reports`)
    unnamed: dict[Passage, list[Figure]] = defaultdict(list)
    for group in GENERIC_GROUPS:
        for where, figs in by_group.get(group, {}).items():
            unnamed[where].extend(figs)
    generic = _reports({where: _sum(figs) for where, figs in unnamed.items()}) if unnamed else None  # type: ignore[misc]
    return _with_unnamed(merged, generic, told, {where for where, _source in unnamed},
                         rivals=_rival_voices(by_group))


def _rival_voices(by_group: Mapping[str | None, Mapping[Passage, list[Figure]]]) -> bool:
    """Whether the victims' dead and the unnamed dead are told by different named sources:
    every figure has one, and none that counts a named group (the attackers aside, see
    `_with_unnamed`) also counts the unnamed dead."""
    named = {source for group, per_passage in by_group.items()
             if group not in GENERIC_GROUPS and group != ATTACKERS
             for _where, source in per_passage}
    unnamed = {source for group in GENERIC_GROUPS for _where, source in by_group.get(group, {})}
    return None not in named and None not in unnamed and named.isdisjoint(unnamed)


def _reports(reports: Mapping[Passage, Figure]) -> Figure:
    """Several reports of one count (one group's dead, or the unnamed dead). The reports of
    DIFFERENT named sources ("dozens dead, the authorities said" and "NGOs put the toll at
    200") are rivals: each source's own reports are read first (`_one_voice`), then the
    lowest stands as best, the widest bounds as low and high (ACLED's conservative rule),
    whether a count is vague or far smaller than another. The reports of no named source
    then count as one more report of the toll unless they read as a detail or a vague count
    beside it."""
    by_source: dict[str | None, list[Figure]] = defaultdict(list)
    for (_where, source), figure in reports.items():
        by_source[source].append(figure)
    named = [figures for source, figures in by_source.items() if source is not None]
    if len(named) < 2:
        return _one_voice(list(reports.values()))
    rivals = _merge_same_group([_one_voice(figures) for figures in named])
    if None not in by_source:
        return rivals
    own = _one_voice(by_source[None])
    if own.vague or own.best * RIVAL_SHARE < rivals.best:
        return rivals
    return _merge_same_group([rivals, own])


def _one_voice(figures: list[Figure]) -> Figure:
    """Several reports of one count by one voice: the lowest stands, among those of at
    least a third of the middle report. A far smaller figure is no
    rival report of the toll but a detail or an early count ("the chief was killed", "the
    first toll was five dead"), and a count without a number ("many deaths", "several
    soldiers") gives way to any report that gives one."""
    numbered = [f for f in figures if not f.vague]
    figures = numbered or figures
    bests = sorted(f.best for f in figures)
    middle = bests[len(bests) // 2]
    return _merge_same_group([f for f in figures if f.best * RIVAL_SHARE >= middle])


RIVAL_SHARE = 3


def _with_unnamed(merged: dict[str | None, Figure], generic: Figure | None,
                  told: dict[str | None, set[int]], where: set[int], *,
                  rivals: bool = False) -> Figure | None:
    """The groups' counts with the count of unnamed dead. A count of "people" at least the
    victims' sum is their total; one lower, told in passages of its own, is another report
    of the same dead (the lowest stands); one lower beside them in a passage adds up. The
    attackers' dead, told apart from the unnamed count, add to it: "eight people were
    killed" counts the victims, not the attackers shot down later."""
    if generic is None:
        return _sum(list(merged.values()))
    if not merged:
        return generic
    fighters = None
    if ATTACKERS in merged and told[ATTACKERS].isdisjoint(where):
        merged = dict(merged)
        fighters = merged.pop(ATTACKERS)
        if generic.best == fighters.best:  # "15 assailants killed ... about 15 dead": theirs
            return _sum(list(merged.values()) + [fighters])
    victims = _sum(list(merged.values()))
    bare = "people" not in told  # every unnamed figure stands without a noun
    if victims is not None and rivals:
        # the victims told by some sources, the unnamed dead by others: two reports of the
        # same dead, not a total and its parts (see `_reports`)
        result = _merge_same_group([victims, generic])
    elif victims is not None and bare and generic.best > victims.best and any(
            not told[g].isdisjoint(told.get(None, ())) for g in merged):
        # a figure without a noun listed beside a named group ("we killed 13 and lost four
        # soldiers") is its own count, no total: a total's breakdown adds up to it
        result = _add(victims, generic)
    elif victims is None or generic.best >= victims.best:
        result = generic
    elif all(told[g].isdisjoint(where) for g in merged):
        result = _merge_same_group([victims, generic])
    else:
        result = _add(victims, generic)
    return result if fighters is None else _add(result, fighters)


def _sum(figures: list[Figure]) -> Figure | None:
    if not figures:
        return None
    result = figures[0]
    for figure in figures[1:]:
        result = _add(result, figure)
    return result


def shared(value: int | None, parts: int) -> list[int | None]:
    """One toll told for `parts` incidents together ("14 soldiers were killed in two
    separate attacks", "21 morts dans des attaques sur deux positions"), divided as ACLED
    does when the text gives no breakdown: evenly, the remainder going one by one to the
    first incidents (21 over two: 11 and 10). None (no bound) stays None."""
    if value is None:
        return [None] * parts
    base, rest = divmod(value, parts)
    return [base + (1 if k < rest else 0) for k in range(parts)]


CONFLICT_TOLL = 1000  # dead: "more than 2,000 killed since 2015" is a war's toll, not an incident's


def incident_scale(mention: CasualtyMention) -> bool:
    """Whether a figure can count one incident's dead: thousands of dead ("the violence has
    killed thousands", "plus de 2 000 morts depuis 2015") are a conflict's toll."""
    return mention.outcome != "killed" or mention.value < CONFLICT_TOLL


PERIOD_REACH = 4  # words after "since" where the year or "the start of" stands
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def over_a_period(doc: ArticleDoc, mention: CasualtyMention) -> bool:
    """Whether a death figure counts the dead over a span of time ("has killed hundreds
    since the start of 2015", "منذ مطلع مايو"): a conflict's toll, whatever its size."""
    if mention.outcome != "killed":
        return False
    lang = doc.lang or ""
    since, opening = cue_pattern(lang, "victims", "periods"), cue_pattern(lang, "victims", "period_openings")
    if since is None:
        return False
    clause = "".join(_folded_clause(doc, mention.span))
    for cue in since.finditer(clause):
        after = " ".join(clause[cue.end():].split()[:PERIOD_REACH])
        if _YEAR.search(after) or (opening is not None and opening.search(after)):
            return True
    return False


def headline_end(doc: ArticleDoc) -> int:
    """Where the body starts: after the headline lines at the top, sentences that end at a
    line break with no final stop ("Twelve soldiers killed in ambush in Burkina Faso")."""
    end = 0
    for sentence in (doc.sentences or ())[:MAX_HEADLINE_LINES]:
        text = doc.text[sentence.span.start:sentence.span.end]
        after = doc.text[sentence.span.end:sentence.span.end + 2]
        if text[-1:] in _FINAL_STOPS or (after and "\n" not in after):
            break
        end = sentence.span.end
    return end


MAX_HEADLINE_LINES = 3  # a headline, a subtitle, a dateline
_FINAL_STOPS = frozenset('.!?؟…"»”)')


def beside_headline(doc: ArticleDoc, mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The figures without the headline's when the body gives one of the same outcome: the
    headline repeats the body's toll ("100 killed in attack" over "about 100 civilians
    were killed"), it is no other report to add or weigh."""
    end = headline_end(doc)
    told = {m.outcome for m in mentions if m.span.start >= end}
    return [m for m in mentions if m.span.start >= end or m.outcome not in told]


def countable(doc: ArticleDoc, mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """The figures that count toward the event's totals: of an incident's scale, neither
    called unverified by the text nor given as its cause nor dated before it (see the
    module docstring), and not a headline's repeat of the body's toll."""
    mentions = beside_headline(doc, [m for m in mentions if incident_scale(m)
                                     and not over_a_period(doc, m)])
    mentions = _grand_total(doc, _among_the_dead(doc, _updated(doc, _latest(doc, mentions))))
    sentences = doc.sentences or ()
    if not sentences or not mentions:
        return list(mentions)
    causes = _cause_spans(doc)
    kept = [m for m in mentions if not _a_cause(doc, causes, m)] if causes else list(mentions)
    cues = hits(doc, "claims", "unverified")
    if not cues:
        return kept
    where = [sentence_index(sentences, m.span) for m in kept]
    holding = set(where)
    cued = {i if i in holding else i - 1 for i in (sentence_index(sentences, c.span) for c in cues)}
    doubted = [i in cued and not _from_a_source(doc, m) for m, i in zip(kept, where)]
    repeats = {(m.outcome, m.group, m.value) for m, d in zip(kept, doubted) if d}
    return [m for m, d in zip(kept, doubted)
            if not d and (m.outcome, m.group, m.value) not in repeats]


def _latest(doc: ArticleDoc, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The figures without those of a toll the report says was replaced ("the previous
    toll was eleven dead", `victims.yaml` `superseded`) when another of the same outcome
    is given: for a named group, another of that group ("the previous toll was four
    peacekeepers dead and several attackers killed", then "ten peacekeepers killed": the
    attackers' count was not replaced)."""
    cues = hits(doc, "victims", "superseded")
    sentences = doc.sentences or ()
    opener = _opener(doc.lang or "")
    if not (cues or opener) or not sentences:
        return mentions
    old = {sentence_index(sentences, c.span) for c in cues}
    at = [sentence_index(sentences, m.span) for m in mentions]
    if opener is not None:  # "Earlier, a security source put the dead at 33"
        old |= {i for i in set(at) if i >= 0 and opener.match(
            folded(doc, sentences[i].span.start, sentences[i].span.start + OPENER_CHARS))}
    replaced = [i in old for i in at]
    current = {m.outcome for m, r in zip(mentions, replaced) if not r}
    groups = {(m.outcome, m.group) for m, r in zip(mentions, replaced) if not r}
    return [m for m, r in zip(mentions, replaced)
            if not r or m.outcome not in current
            or (m.group not in GENERIC_GROUPS and (m.outcome, m.group) not in groups)]


def _updated(doc: ArticleDoc, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The figures without those a new toll replaces: a sentence that says its toll is new
    ("a new toll gives 15 dead", "un nouveau bilan", "حصيلة جديدة", `victims.yaml` `updates`)
    replaces the figures of its outcome told in other sentences, unnamed ones and those of
    the groups it counts again ("12 soldiers were killed ... a new toll gives 15 soldiers
    dead": 15, not the lower 12); another group's count stands."""
    cues = hits(doc, "victims", "updates")
    sentences = doc.sentences or ()
    if not cues or not sentences or len(mentions) < 2:
        return mentions
    new = {sentence_index(sentences, c.span) for c in cues}
    fresh = [sentence_index(sentences, m.span) in new for m in mentions]
    outcomes = {m.outcome for m, f in zip(mentions, fresh) if f}
    groups = {(m.outcome, m.group) for m, f in zip(mentions, fresh) if f}
    return [m for m, f in zip(mentions, fresh)
            if f or m.outcome not in outcomes
            or (m.group not in GENERIC_GROUPS and (m.outcome, m.group) not in groups)]


PART_WORDS = 5  # words between a figure and "among the dead": "of the VDP were", "figurent", "وكان"


def _among_the_dead(doc: ArticleDoc, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The figures without those a sentence places among the dead of a toll told in an
    earlier sentence ("more than a dozen civilians were killed ... several volunteers were
    among the dead", `victims.yaml` `among_the_dead`): a part of that toll, no more dead.
    A figure with no larger toll before it stands."""
    cue = cue_pattern(doc.lang or "", "victims", "among_the_dead")
    sentences = doc.sentences or ()
    if cue is None or not sentences:
        return mentions
    parts = set()
    toll, told, last = 0, 0, -1  # the largest death toll of the sentences before, and so far
    for mention in sorted(mentions, key=lambda m: m.span.start):
        at = sentence_index(sentences, mention.span)
        if at != last:
            toll, last = told, at
        if mention.outcome != "killed":
            continue
        if 0 < mention.value <= toll and at >= 0 \
                and _placed_among(doc.text, sentences[at].span, mention.span, cue):
            parts.add(id(mention))
        else:
            told = max(told, mention.value)
    return [m for m in mentions if id(m) not in parts] if parts else mentions


def _grand_total(doc: ArticleDoc, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """The figures without the parts of a death toll the text calls the whole ("five dead
    in total", `victims.yaml` `totals`): a count of the unnamed dead so marked, at least as
    large as every other death figure, is the incident's toll; the groups' figures are in
    it, not on top of it (the attackers' too: "two fighters were killed ... five dead in
    total")."""
    cue = cue_pattern(doc.lang or "", "victims", "totals")
    sentences = doc.sentences or ()
    if cue is None or not sentences:
        return mentions
    killed = [m for m in mentions if m.outcome == "killed"]
    totals = [m for m in killed if m.group in GENERIC_GROUPS and _marked(doc, m, cue)]
    if not totals:
        return mentions
    top = max(m.value for m in totals)
    if any(m.value > top for m in killed):
        return mentions
    return [m for m in mentions if m.outcome != "killed" or m in totals]


def _marked(doc: ArticleDoc, mention: CasualtyMention, cue: re.Pattern[str]) -> bool:
    at = sentence_index(doc.sentences or (), mention.span)
    return at >= 0 and _placed_among(doc.text, (doc.sentences or ())[at].span, mention.span, cue)


def _placed_among(text: str, sentence: Span, span: Span, cue: re.Pattern[str]) -> bool:
    """Whether a cue ("among the dead", "in total") stands right before or after a figure
    in its sentence."""
    ahead = fold(text[sentence.start:span.start])
    before = list(cue.finditer(ahead))
    if before and len(ahead[before[-1].end():].split()) <= PART_WORDS:
        return True
    after = fold(text[span.end:sentence.end])
    found = cue.search(after)
    return found is not None and len(after[:found.start()].split()) <= PART_WORDS


OPENER_CHARS = 40  # the start of a sentence read for an "earlier," that opens it


@per_language
def _opener(lang: str) -> re.Pattern[str] | None:
    """A word for "earlier" that opens a sentence before a comma (`victims.yaml`
    `earlier_openers`: "Earlier, ...", "Plus tôt, ..."): the sentence tells an earlier report,
    which a later one replaces. Inside a sentence ("two weeks earlier, on May 21") the word
    dates another incident."""
    body = term_alternation(section(lang, "victims", "earlier_openers") or ())
    return re.compile(rf"[\W_]*(?:{rules_for(lang).prefix})(?:{body})\s*[,،]") if body else None


MAX_CAUSE_CHARS = 100  # a dozen words: "in reaction to a military operation that left one dead"
_CLAUSE_MARK = re.compile(r"[,;:.!?،؛]")


def _cause_spans(doc: ArticleDoc) -> list[Span]:
    """The cause cues and the cues dating a death before the event, sorted by their ends:
    made once per document (an incident's figures are read per incident; sorting them all
    each time is quadratic in a long report)."""
    return doc.cached_view(f"cause_spans:{doc.lang}", lambda _text: _by_end(doc))


def _by_end(doc: ArticleDoc) -> list[Span]:
    return sorted([c.span for c in hits(doc, "claims", "causes")] + earlier_cues(doc),
                  key=lambda c: c.end)


def _a_cause(doc: ArticleDoc, causes: list[Span], mention: CasualtyMention) -> bool:
    """Whether a cause cue opens the clause that holds the figure, close before it ("in
    reaction to the killing of three youths", "two weeks after the killing of a headmaster").
    The sentence's own result verb between them closes the cause: "an operation launched in
    response to the recent attacks resulted in the deaths of 20" (see `main_results`)."""
    start = mention.span.start
    # `causes` by their ends: one bisection finds those that end close before the figure
    first = bisect_left(causes, start - MAX_CAUSE_CHARS, key=lambda c: c.end)
    last = bisect_right(causes, start, key=lambda c: c.end)
    candidates = [c for c in causes[first:last] if not _CLAUSE_MARK.search(doc.text, c.end, start)]
    if not candidates:
        return False
    results = main_results(doc)
    return any(not _closed(results, c.end, start) for c in candidates)


def _closed(results: list[Span], begin: int, end: int) -> bool:
    at = bisect_left(results, begin, key=lambda r: r.start)
    return at < len(results) and results[at].end <= end


def main_results(doc: ArticleDoc) -> list[Span]:
    """Where a verb tells the result of the sentence's own subject ("resulted in", "a fait",
    "أدى إلى", `victims.yaml` `results`), in text order: not a relative clause's verb, so
    neither after a relative word ("an attack that resulted in", `result_relatives`) nor,
    where the language lets a relative clause go without one (Arabic "هجوم أسفر عن"), after a
    word without the marks of `result_subjects` (the article: "الهجمات الأخيرة أدت إلى")."""
    lang = doc.lang or ""
    if cue_pattern(lang, "victims", "results") is None:
        return []
    return doc.cached_view(f"main_results:{lang}", lambda _text: _own_results(doc))


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _own_results(doc: ArticleDoc) -> list[Span]:
    lang = doc.lang or ""
    relatives = {fold(w) for w in section(lang, "victims", "result_relatives") or ()}
    marks = tuple(fold(w) for w in section(lang, "victims", "result_subjects") or ())
    view = norm_view(doc)
    found = []
    for start, end in cue_matches(doc, "victims", "results"):
        before = _LAST_WORD.search(view.text, max(0, start - 40), start)
        word = before.group(1) if before else ""
        if word in relatives or (marks and not word.startswith(marks)):
            continue
        found.append(view.orig_span(start, end))
    return found


EARLIER_REACH = 2  # words between "weeks after" and the death it names: "the", "de la"


def earlier_cues(doc: ArticleDoc) -> list[Span]:
    """Where words date a death before the event by a span of time ("weeks after the killing
    of", `victims.yaml` `earlier`): a figure they open counts that earlier incident. The
    death word must follow the cue: "the day after an ambush that killed nine" tells an
    incident of its own, whose event keeps its toll."""
    if cue_pattern(doc.lang or "", "victims", "earlier") is None:
        return []
    return doc.cached_view(f"earlier:{doc.lang}", lambda _text: _death_dated(doc))


def _death_dated(doc: ArticleDoc) -> list[Span]:
    view = norm_view(doc)
    outcomes = hits(doc, "victims", "outcomes")
    found = []
    for start, end in cue_matches(doc, "victims", "earlier"):
        cue = view.orig_span(start, end)
        at = bisect_left(outcomes, cue.end, key=lambda o: o.span.start)
        if at < len(outcomes) and len(doc.text[cue.end:outcomes[at].span.start].split()) <= EARLIER_REACH:
            found.append(cue)
    return found


# sources that report rather than take part: their figures stand when a party's are doubted
# ("the group said it killed 100 soldiers, while security sources said 40 were killed")
SOURCES = frozenset({"security_source", "independent_media", "local_source",
                     "international_organisation"})


def _from_a_source(doc: ArticleDoc, mention: CasualtyMention) -> bool:
    """Whether the claim that gives the figure is a reporting source's."""
    claim = claim_before(doc, mention)
    return claim is not None and claim.role in SOURCES


def claim_before(doc: ArticleDoc, mention: CasualtyMention) -> ClaimMention | None:
    """The claim cue that gives a figure: the last one before it in its sentence."""
    start = _sentence_start(doc, mention.span)
    claims, starts = _claim_starts(doc.claims or ())
    if starts is None:  # not in text order: read them all
        cues = [c for c in claims if start <= c.span.start < mention.span.start]
        return cues[-1] if cues else None
    # claims come in text order: the last one starting before the figure, one bisection
    # (a scan of them all per figure is quadratic in a long document)
    at = bisect_left(starts, mention.span.start) - 1
    return claims[at] if at >= 0 and starts[at] >= start else None


def voices(doc: ArticleDoc, mentions: Sequence[CasualtyMention],
           role: Callable[[ClaimMention], str]) -> dict[int, str]:
    """The named source of each figure, by its start: the role (`role`: authorities, an NGO,
    residents, the perpetrator...) of the claim that gives it, the last one before it in its
    sentence or else the first after it ("dozens were killed, the authorities said"). A
    figure of no claim, or of an unnamed one ("reportedly"), has none. A claim after the
    figure gives it only when it tells no figure of its own (up to the next claim or rival
    cue: "three were killed, the army said, while residents counted 20") and no rival cue
    ("while") stands between them: "12 were killed and the army said it killed 20 attackers"."""
    starts = sorted(m.span.start for m in mentions)
    rivals = rival_starts(doc)
    found = {}
    for mention in mentions:
        if not _sized(mention):
            continue
        claim = _speaker_before(doc, mention)
        if claim is None:
            claim = _claim_after(doc, mention)
            if claim is not None and (
                    _any_within(starts, claim.span.start, _passage_end(doc, claim, rivals))
                    or _any_within(rivals, mention.span.end, claim.span.start)):
                claim = None
        source = role(claim) if claim is not None else UNNAMED
        if source != UNNAMED:
            found[mention.span.start] = source
    return found


UNNAMED = "unknown"  # the role of a claim that names no source
MAGNITUDE = 10  # the least vague count that tells a size: "tens", "dozens", not "several"


def _sized(mention: CasualtyMention) -> bool:
    """Whether a figure tells the size of a toll, so that it can be a source's report of it:
    a number, or a vague count of a magnitude ("dozens"). A death told without a number
    ("the village chief was killed") or a vague word ("many", "several": ACLED's 3) is a
    detail or no count, whoever tells it (see `_one_voice`)."""
    if mention.number_span is None:
        return False
    return mention.kind != NumberKind.VAGUE or mention.value >= MAGNITUDE


def _speaker_before(doc: ArticleDoc, mention: CasualtyMention) -> ClaimMention | None:
    """The claim that gives a figure before it in its sentence (see `claim_before`), passing
    over a cue whose claimant is the figure's own victims ("the authorities later said 48
    civilians had died": the civilians are counted, they do not speak)."""
    claim = claim_before(doc, mention)
    span = mention.span
    if claim is None or claim.claimant_span is None or not (
            span.start <= claim.claimant_span.start and claim.claimant_span.end <= span.end):
        return claim
    claims, starts = _claim_starts(doc.claims or ())
    if starts is None:
        return None
    at = bisect_left(starts, claim.span.start) - 1
    begin = _sentence_start(doc, span)
    return claims[at] if at >= 0 and starts[at] >= begin else None


def _any_within(starts: Sequence[int], begin: int, end: int) -> bool:
    """Whether a sorted offset lies in [begin, end)."""
    at = bisect_left(starts, begin)
    return at < len(starts) and starts[at] < end


def _passage_end(doc: ArticleDoc, claim: ClaimMention, rivals: Sequence[int]) -> int:
    """Where the passage a claim opens ends: at the next claim, rival cue or sentence end."""
    end = _sentence_end(doc, claim.span)
    _claims, starts = _claim_starts(doc.claims or ())
    if starts is not None:
        at = bisect_right(starts, claim.span.start)
        end = min(end, starts[at]) if at < len(starts) else end
    at = bisect_right(rivals, claim.span.start)
    return min(end, rivals[at]) if at < len(rivals) else end


def _sentence_start(doc: ArticleDoc, span: Span) -> int:
    sentences = doc.sentences or ()
    index = sentence_index(sentences, span)
    return sentences[index].span.start if index >= 0 else 0


def _sentence_end(doc: ArticleDoc, span: Span) -> int:
    sentences = doc.sentences or ()
    index = sentence_index(sentences, span)
    return sentences[index].span.end if index >= 0 else len(doc.text)


def _claim_after(doc: ArticleDoc, mention: CasualtyMention) -> ClaimMention | None:
    """The first claim cue after a figure in its sentence (see `claim_before`)."""
    end = _sentence_end(doc, mention.span)
    claims, starts = _claim_starts(doc.claims or ())
    if starts is None:
        cues = [c for c in claims if mention.span.end <= c.span.start < end]
        return cues[0] if cues else None
    at = bisect_left(starts, mention.span.end)
    return claims[at] if at < len(claims) and starts[at] < end else None


_CLAIM_STARTS: list = [None, None]  # the last claims read and their starts


def _claim_starts(claims: Sequence[ClaimMention]) -> tuple[Sequence[ClaimMention], list[int] | None]:
    """The claims' starts when in text order (None otherwise), kept for the last claims
    seen (held, so their identity cannot be reused by another sequence)."""
    if _CLAIM_STARTS[0] is not claims:
        starts = [c.span.start for c in claims]
        ordered = all(a <= b for a, b in pairwise(starts))
        _CLAIM_STARTS[:] = [claims, starts if ordered else None]
    return claims, _CLAIM_STARTS[1]


MAX_CLAUSE_CHARS = 80  # how far around a figure its clause is read for an addition word



def rival_starts(doc: ArticleDoc) -> list[int]:
    """Where another source's report is set against the one before it ("..., while a
    hospital document gives 15", `victims.yaml` `rivals`): a passage starts there."""
    if cue_pattern(doc.lang or "", "victims", "rivals") is None:
        return []
    view = norm_view(doc)
    # once per document: every event of a long report asks for its passages
    return doc.cached_view(f"rivals:{doc.lang}", lambda _text: [
        view.orig_index(start) for start, _ in cue_matches(doc, "victims", "rivals")])


OTHERS_REACH = 12  # characters after a figure's words where "others" may stand


def attached(doc: ArticleDoc, mentions: Sequence[CasualtyMention]) -> frozenset[int]:
    """The starts of the figures that count more people on top of the figure just before
    them ("15 people at the ceremony ... seven others in the outskirts",
    `victims.yaml` `others`): they add to that report, not to the incident's whole toll."""
    others = cue_pattern(doc.lang or "", "victims", "others")
    if others is None:
        return frozenset()
    outcome_starts = doc.cached_view(f"figures:outcome-starts:{doc.lang}", lambda _text: sorted(
        o.span.start for o in hits(doc, "victims", "outcomes")))
    found = set()
    for mention in mentions:
        start = (mention.number_span or mention.span).end
        end = mention.span.end + OTHERS_REACH
        # "others" after another outcome word counts that outcome's people ("seven soldiers
        # killed and others wounded", "مقتل 7 جنود وإصابة آخرين")
        after = bisect_right(outcome_starts, mention.span.end - 1)
        if after < len(outcome_starts) and outcome_starts[after] < end:
            end = max(start, outcome_starts[after])
        window = doc.text[start:end]
        stop = _CLAUSE_MARK.search(window)
        if others.search(fold(window[:stop.start()] if stop else window)):
            found.add(mention.span.start)
    return frozenset(found)


def additional(doc: ArticleDoc, mentions: Sequence[CasualtyMention]) -> frozenset[int]:
    """The starts of the figures that count on top of the others: a statement's own dead
    ("three of our brothers were martyred", `claims.yaml` `own_side`) are never among the
    enemies it counts, and a figure whose clause says "also" (`additions`: "a dozen
    attackers were also killed") adds to the toll given before rather than being part of it;
    "in addition to" (`victims.yaml` `besides`) recalls a figure told already, no addition.
    An "also" between two figures of one clause is the nearer one's: "15 attackers were
    killed in an attack that also left eight soldiers dead" adds the soldiers, not the
    attackers."""
    lang = doc.lang or ""
    own, extra = cue_pattern(lang, "claims", "own_side"), cue_pattern(lang, "claims", "additions")
    besides = cue_pattern(lang, "victims", "besides")
    ordered = sorted(mentions, key=lambda m: (m.span.start, m.span.end))
    ends = list(accumulate((m.span.end for m in ordered), max, initial=0))
    found = set()
    if own is None and extra is None:
        return frozenset()
    for at, mention in enumerate(ordered):
        span = mention.span
        clause = _folded_clause(doc, span)
        if own is not None and own.search(clause[1]) is not None:
            found.add(span.start)
            continue
        if extra is None:
            continue
        after = ordered[at + 1].span.start if at + 1 < len(ordered) else len(doc.text)
        if _also_here(len(doc.text), span, clause, extra, besides, lo=ends[at], hi=max(after, span.end)):
            found.add(span.start)
    return frozenset(found)


def _also_here(length: int, span: Span, clause: tuple[str, str, str], extra: re.Pattern[str],
               besides: re.Pattern[str] | None, *, lo: int, hi: int) -> bool:
    """Whether an addition word of the figure's clause is its own: none stands nearer the
    figure before it (ending at `lo`) or after it (starting at `hi`) in the same clause.
    `clause`: the figure's folded clause (`_folded_clause`), `length` the text's."""
    before, middle, after = clause
    if besides is not None:  # "in addition to the 23 soldiers who died": told already
        before, after = besides.sub(" ", before), besides.sub(" ", after)
    # the neighbour shares the clause when no clause mark stands between them
    prev_in = lo > 0 and span.start - len(before) <= lo
    next_in = hi < length and span.end + len(after) >= hi
    for cue in extra.finditer(before):
        gap, rival = len(before) - cue.end(), cue.start() - (lo - (span.start - len(before)))
        if not prev_in or gap < rival:
            return True
    for cue in extra.finditer(after):
        gap, rival = cue.start(), (hi - span.end) - cue.end()
        if not next_in or gap <= rival:
            return True
    return extra.search(middle) is not None


def _folded_clause(doc: ArticleDoc, span: Span) -> tuple[str, str, str]:
    """The folded clause around a figure, out to the nearest clause marks within bounds,
    in three parts: before the figure, the figure, after it (see `_clause_sides`). Kept per
    document: `over_a_period` and `additional` both read each figure's."""
    kept = doc.cached_view("figures:clauses", lambda _text: {})
    key = (span.start, span.end)
    clause = kept.get(key)
    if clause is None:
        before, after = _clause_sides(doc.text, span.start, span.end)
        clause = kept[key] = (before, folded(doc, span.start, span.end), after)
    return clause


def _clause_sides(text: str, start: int, end: int) -> tuple[str, str]:
    """The folded parts of a figure's clause before and after it (see `_folded_clause`)."""
    left = text[max(0, start - MAX_CLAUSE_CHARS):start]
    marks = list(_CLAUSE_MARK.finditer(left))
    before = left[marks[-1].end():] if marks else left
    right = text[end:end + MAX_CLAUSE_CHARS]
    stop = _CLAUSE_MARK.search(right)
    return fold(before), fold(right[:stop.start()] if stop else right)
