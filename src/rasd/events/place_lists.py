"""Places listed in one sentence, each the place of an incident of its own.

A report or a communiqué that lists places ("gunmen attacked the police posts of
Tongamayel and Baraboulé", "six were killed in Dinguiri, two in Mene") tells one incident
per place: ACLED codes an event at each location. The first place is the incident's own;
the others are found here, each with the death toll the list gives it, if any ("and about
thirty dead in Zaroumdarey"). A toll the text gives for the whole list stays with the
first place: no figure is made up by dividing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.doc import ArticleDoc, CasualtyMention, DateMention, PlaceMention
from rasd.normalize import fold
from rasd.resources import load
from rasd.stages.nearby import grouped_by_sentence

GAP_CHARS = 48  # "et une trentaine de morts à": the most a list puts between two places
GAP_WORDS = 8  # words between two listed places, the joiner, a figure's words and "the village of" included
# cues of places that are no item of a list: "between A and B" is one road, an alias
# repeats the name before it ("Baoulé (BAOULE)")
NOT_LISTED = frozenset({"alias", "affiliation"})
# the cues a listed place may take: "in"/"à"/"في", a settlement noun, or none; a place after
# "near" or a region noun tells where the place before it is
LISTED_CUES = frozenset({None, "in", "settlement"})
_WORD = re.compile(r"[^\W\d_]+|\d+")  # letters or digits: "و20" is a joiner and a figure


@dataclass(frozen=True)
class Listed:
    """A place listed after the incident's own, and the death toll the list gives it."""

    place: PlaceMention
    killed: CasualtyMention | None
    date: DateMention | None = None  # the date the list gives the place ("then on 1 August, B")


@dataclass(frozen=True)
class _Within:
    """The mentions of one sentence: the lists below look no further (linear time)."""

    triggers: list
    numbers: list
    dates: list
    killed: list


def _within(doc: ArticleDoc, index: int) -> _Within:
    killed = [c for c in grouped_by_sentence(doc, doc.casualties).get(index, [])
              if c.outcome == "killed"]
    return _Within(grouped_by_sentence(doc, doc.triggers).get(index, []),
                   grouped_by_sentence(doc, doc.numbers).get(index, []),
                   grouped_by_sentence(doc, doc.dates).get(index, []), killed)


def listed_places(doc: ArticleDoc, sentences: frozenset[int], place: PlaceMention | None,
                  *, town: callable) -> list[Listed]:  # type: ignore[valid-type]
    """The places listed with `place` in the incident's eventful `sentences`, after it.

    `town(place)` tells whether a place is a town or village (not a country or region:
    "in Tillia, in the Tahoua region" lists no two places)."""
    if place is None or not doc.places or not town(place):
        return []
    joiners = _joiners(doc.lang or "")
    grouped = grouped_by_sentence(doc, doc.places)
    own = fold(place.name)
    for index in sorted(sentences):
        places = [p for p in grouped.get(index, []) if p.cue not in NOT_LISTED]
        if len(places) < 2 or own not in {fold(p.name) for p in places}:
            continue
        within = _within(doc, index)
        chain = _chain(places, doc, within, joiners, town)
        names = [fold(p.name) for p in chain]
        if own in names and len(set(names)) > 1:
            return _with_tolls(doc, within, chain, names.index(own), seen={own})
    return []


def _chain(places: list[PlaceMention], doc: ArticleDoc, within: _Within, joiners: tuple[frozenset[str], tuple[str, ...]],
           town: callable) -> list[PlaceMention]:  # type: ignore[valid-type]
    """The longest run of places in a sentence, each joined to the one before by a list."""
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for place in places:
        if run and _joined(doc, within, run[-1], place, joiners) and town(place):
            run.append(place)
        else:
            run = [place] if town(place) and place.cue != "between" else []
        if len(run) > len(best):
            best = list(run)
    return best


def _joined(doc: ArticleDoc, within: _Within, before: PlaceMention, after: PlaceMention,
            joiners: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    """Whether the text between two places is a list's joiner (with a figure or a place
    noun at most): ", ", " et à ", " and three on the road between "."""
    if after.cue == "between" and before.cue == "between" and after.span.start - before.span.end < 12:
        return False  # "between A and B": B is the other end of one road
    if after.cue not in LISTED_CUES and not _own_item(within, before, after):
        return False  # "A, near B", "A, in the province of B": B tells where A is
    gap = fold(_without(doc, within, before.span.end, after.span.start))
    words = _WORD.findall(gap)
    words_joined, marks = joiners
    if (len(gap) > GAP_CHARS or len(words) > GAP_WORDS or fold(before.name) == fold(after.name)
            or any(before.span.end <= t.span.start < after.span.start for t in within.triggers)):
        return False  # an event word between them: "A, shelled with mortars, in B" is no list
    if any(w in words_joined for w in words):
        return True
    # a comma alone lists bare names ("A, B and C") or places each with a figure or a date
    # ("six in A, two in B", "in A on 3 May, then in B on 4 May"); "A, in B" says where A is
    return any(m in gap for m in marks) and (
        not words or _counted(within, before, after)
        or bool(_dates_in(within, before.span.end, after.span.start)))


def _own_item(within: _Within, before: PlaceMention, after: PlaceMention) -> bool:
    """Whether a place after "near" or "between" is an item of the list all the same: the
    list gives it a figure or a date of its own ("six in A, two in B and three on the road
    between C and D"; "arrested at A on 6 July, and another near B on 7 July")."""
    if after.cue == "between":
        return _counted(within, before, after)
    return after.cue == "near" and bool(_dates_in(within, before.span.end, after.span.start))


def _without(doc: ArticleDoc, within: _Within, start: int, end: int) -> str:
    """The text between two places without its dates: "A, then on 1 August, B" lists two
    places, each with its own date."""
    text = doc.text[start:end]
    for date in sorted(_dates_in(within, start, end), key=lambda d: -d.span.start):
        text = text[:date.span.start - start] + "," + text[date.span.end - start:]
    return text


def _dates_in(within: _Within, start: int, end: int) -> list[DateMention]:
    return [d for d in within.dates if start <= d.span.start and d.span.end <= end]


def _counted(within: _Within, before: PlaceMention, after: PlaceMention) -> bool:
    """Whether a figure stands between two places ("six in A, two in B")."""
    return any(before.span.end <= n.span.start and n.span.end <= after.span.start
               for n in within.numbers)


def _with_tolls(doc: ArticleDoc, within: _Within, chain: list[PlaceMention], start: int, *,
                seen: set[str]) -> list[Listed]:
    out = []
    killed = within.killed
    for before, place in zip(chain[start:], chain[start + 1:]):
        name = fold(place.name)
        if name in seen:
            continue
        seen.add(name)
        toll = next((c for c in killed if before.span.end <= c.span.start and c.span.end <= place.span.start),
                    None) or _elided(within, chain[start], before, place)
        out.append(Listed(place, toll, _own_date(within, before, place)))
    return out


NEXT_TO = 12  # a date this close after a place is that place's ("at A on 3 March")


def _own_date(within: _Within, before: PlaceMention, place: PlaceMention) -> DateMention | None:
    """The date the list gives a place: before it, but not right after the place before
    ("at A on 3 March, then B on 4 March"), or right after it."""
    dates = [d for d in within.dates if d.date is not None]
    ahead = [d for d in dates if before.span.end + NEXT_TO < d.span.start and d.span.end <= place.span.start]
    after = [d for d in dates if place.span.end <= d.span.start <= place.span.end + NEXT_TO]
    return ahead[-1] if ahead else (after[0] if after else None)


def _elided(within: _Within, first: PlaceMention, before: PlaceMention,
            place: PlaceMention) -> CasualtyMention | None:
    """A bare number standing for the toll of a place after a list that opened with one
    ("killed 40 villagers in A and about twenty in B"): the death toll of that place."""
    if not any(c.span.end <= first.span.start for c in within.killed):
        return None
    number = next((n for n in within.numbers
                   if before.span.end <= n.span.start and n.span.end <= place.span.start), None)
    if number is None or not isinstance(number.value, int):
        return None
    return CasualtyMention(number.span, "killed", None, number.value,
                           _whole(number.low), _whole(number.high), number.kind, number.span)


def _whole(value: int | float | None) -> int | None:
    return None if value is None else int(value)


@lru_cache(maxsize=16)
def _joiners(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The language's list joiners: words, and marks or phrases found anywhere in a gap
    (folded once per language, not once per incident)."""
    listed = [fold(j) for j in load(lang, "context").get("list_joiners", [])] if lang else []
    return (frozenset(j for j in listed if _WORD.fullmatch(j)),
            tuple(j for j in listed if not _WORD.fullmatch(j)))
