"""places.v1: place names introduced by cue words ("near X", "قرية X", "commune de X").

The name is read from the original text right after the cue: a run of capitalised words
in Latin script, or one or two words after an Arabic cue. The geography stages resolve
names to coordinates; this stage only finds them, so that incidents can be told apart
and a name the gazetteer lacks still reaches the record as text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import islice

from rasd.doc import ArticleDoc, PlaceMention, Span
from rasd.lexicon import LexMatch, term_alternation
from rasd.geo.resolve import country_of, focus_countries, is_place_name
from rasd.normalize import fold
from rasd.registry import layer_stage
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import SpanIndex
from rasd.stages.place_names import (
    ALIAS,
    alias_after,
    arabic_name_after,
    before_country,
    country_after,
    folded,
    is_actor,
    joiners,
    list_after,
    name_after,
    next_word_start,
    parenthesised,
    prefixes,
    quoted_places,
    stop_words,
)
from rasd.stages.place_scan import mark_starts, matches_at, name_starts, spaces_start
from rasd.stages.place_words import (
    _SPACES,
    _designated,
    _designator_after,
    _facilities,
    _phrases,
)
from rasd.stages.places_uncued import uncued_places


def _countries(doc: ArticleDoc, country_cues: dict[int, str]) -> tuple[str, ...]:
    """The countries the text names (after a cue: "in Mali", "في النيجر"; then by
    demonyms), then the focus countries: a demonym often names a side, not the place
    ("French forces struck near X (Ansongo, Gao)")."""
    named = list(country_cues.values())
    named += [m.labels[0] for m in hits(doc, "actors", "demonyms")]
    return tuple(dict.fromkeys(named + list(focus_countries())))


def _not_a_place(doc: ArticleDoc, span: Span, cue_starts: dict) -> bool:
    """A building ("the Grand Mosque"), an adjective before a place noun ("the Dogon
    village of X"), a cue word itself or a party's name."""
    cue = cue_starts.get(span.start)
    if (cue is not None and cue.labels[0] != "in") or is_actor(doc, span):
        return True  # "the Village of X" is the cue; "between JNIM and ISGS" are parties
    words = span.of(doc.text).lower().split()
    facilities = _facilities(doc.lang or "")
    if words[0] in facilities or words[-1] in facilities:
        return True
    gap = _SPACES.match(doc.text, span.end)
    following = cue_starts.get(gap.end()) if gap else None
    # "the Dogon village of X" (an adjective), but "near Ngara village" (a name)
    return following is not None and following.labels[0] in ("settlement", "settlements") \
        and " " in following.span.of(doc.text).strip()


PLACE_NOUNS = frozenset({"settlement", "settlements", "region"})


def _cue_starts(doc: ArticleDoc) -> list[tuple[int, str]]:
    """(end of the cue, its kind) for every cue, distance phrases ("12km from") included;
    a cue right before a settlement or region noun hands its kind to that noun's cue
    ("near the town of X" is a "near" place)."""
    cues = hits(doc, "places", "cues")
    starts = {c.span.start: c for c in cues}
    inherited: dict[int, str] = {}
    definite = prefixes(doc.lang or "", "definite_prefixes")
    out = []
    for cue in cues:
        kind = inherited.get(cue.span.start, cue.labels[0])
        if definite and kind in PLACE_NOUNS and cue.term.startswith(definite):
            continue  # "البلدة" (the town) points back to a place; no name follows
        after = _noun_start(doc, cue.span.end, starts)
        if after in starts and starts[after].labels[0] in PLACE_NOUNS:
            if kind in ("near", "between", "affiliation"):
                inherited[after] = kind
            continue
        out.append((cue.span.end, kind))
    return out + _distance_cues(doc)


_LOWER_WORD = re.compile(r"[a-zà-ÿ][^\W\d_]*['’ ]")  # a capital opens a name, not an article


def _noun_start(doc: ArticleDoc, end: int, starts: dict) -> int:
    """Where the next word after a cue starts, or the place noun after up to two
    lower-case words (an article, an adjective: "the mayor of the nearby town of X")."""
    after = at = next_word_start(doc.text, end)
    for _ in range(2):
        if at in starts:
            return at
        word = _LOWER_WORD.match(doc.text, at)
        if word is None:
            break
        at = word.end()
    return at if at in starts else after


@per_language
def _distances(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """A figure glued or next to a distance phrase ("12km from", "12 km from"), and the
    units that phrases begin with (a text without one is not scanned)."""
    phrases = _phrases(lang, "distance")
    units = {fold(w).split()[0] for w in section(lang, "places", "distance") or ()}
    units |= {w.lower().split()[0] for w in section(lang, "places", "distance") or ()}
    return (None if phrases is None else re.compile(r"\d" + phrases.pattern, re.I),
            tuple(sorted(units)))


def _distance_cues(doc: ArticleDoc) -> list[tuple[int, str]]:
    """"12km from X": the lexicon's token scan sees "12km" as one word."""
    pattern, units = _distances(doc.lang or "")
    lowered = doc.text.lower()
    if pattern is None or not any(unit in lowered for unit in units):
        return []
    return [(m.end(), "near") for m in pattern.finditer(doc.text)]


def _mentions(doc: ArticleDoc, span: Span, kind: str, starts: dict, *,
              countries: tuple[str, ...], parts: list[Span],
              paired: bool = False) -> list[PlaceMention]:
    """The mention a name makes (none for a building or an adjective), with the places
    in parentheses after it ("Dounde (Bankass, Mopti)"); for a part of a place ("the
    Chateau quarter of Gao"), the place it is part of (the part's span goes to `parts`:
    no place of its own). `paired`: one of "between A and B", which a hyphen does not
    split into a road's two towns ("between Goma-Coura and X")."""
    part = _phrases(doc.lang or "", "part_of")
    whole = part.match(doc.text, span.end) if part is not None else None
    if whole is not None:
        parts.append(span)
        span = name_after(doc, whole.end(), latin_only=True)
        return [] if span is None else _mentions(doc, span, "in", starts, countries=countries,
                                                 parts=parts)
    if _not_a_place(doc, span, starts):
        return []
    named, kind = _designated(doc, span, kind)
    axis = _axis(doc, named, countries, road=kind == "between" and not paired)
    if axis:  # "l'axe Gao-Ansongo", "the Dori-Sebba road": between the two
        return [PlaceMention(s, s.of(doc.text), "between") for s in axis]
    out = [PlaceMention(named, named.of(doc.text), kind)]
    # the areas in parentheses qualify the name, also after its designator ("Sokoura
    # commune (Bankass, Mopti)")
    designator = _designator_after(doc, span.end)
    end = span.end if designator is None else designator.end()
    if "[" in doc.text[end:end + 3] or "(" in doc.text[end:end + 3]:
        alias = alias_after(doc, end, countries)
        if alias is not None:
            out.append(PlaceMention(alias, alias.of(doc.text), "alias"))
            end = ALIAS.match(doc.text, end).end()  # type: ignore[union-attr]
    if "(" not in doc.text[end:end + 3]:
        return out
    return out + [PlaceMention(s, s.of(doc.text), "region") for s in parenthesised(doc.text, end)]


# a hyphen between two names: a capital after it, or an Arabic letter ("غاو-أنسونغو")
_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[A-ZÀ-ÖØ-Þ\u0621-\u064a])")


def _road_word(doc: ArticleDoc, span: Span) -> bool:
    """Whether a road word stands right after the name ("the Gao-Ansongo road") or a few
    characters before it ("la route Gao-Ansongo"): two places joined by a hyphen are a
    road only then ("Tin-Hamma", "Poura-Boumba" are villages of their own)."""
    roads = _phrases(doc.lang or "", "roads")
    if roads is None:
        return False
    if roads.match(doc.text, span.end):
        return True
    before = doc.text[max(0, span.start - ROAD_BEFORE):span.start]
    return any(m.end() == len(before.rstrip()) for m in roads.finditer(before))


HALF_MIN = 4  # letters of each town of a road named by one known town ("Tin-" opens a name)
ROAD_BEFORE = 24  # characters: "sur la route nationale Gao-Ansongo"


def _axis(doc: ArticleDoc, span: Span, countries: tuple[str, ...], *, road: bool) -> list[Span]:
    """The two ends of a road named by its towns ("Gao-Ansongo"): a hyphenated name that
    is no place itself ("Gorom-Gorom" is) but whose halves both are, beside a road word or
    after a cue that says it is one (`road`)."""
    name = span.of(doc.text)
    joint = _HYPHEN.search(name)
    if joint is None or is_place_name(name, countries):
        return []
    word = _road_word(doc, span)
    if not (road or word):
        return []
    left, right = name[:joint.start()], name[joint.end():]
    known = is_place_name(left, countries) + is_place_name(right, countries)
    # beside a road word, one known town will do: the other may be spelled loosely
    # ("طريق دوينزتا-بوني", Douentza with two letters swapped)
    if known < (1 if word and len(left) >= HALF_MIN and len(right) >= HALF_MIN else 2):
        return []
    return [Span(span.start, span.start + joint.start()), Span(span.start + joint.end(), span.end)]


# cues after which an Arabic word counts only as a place the gazetteer knows ("في", a
# target, "سكان"), since Arabic writes no capitals
KNOWN_PLACES_ONLY = frozenset({"in", "target", "affiliation"})


def _name_for(doc: ArticleDoc, end: int, kind: str, countries: tuple[str, ...],
              country_cues: dict[int, str],
              after_country: dict[int, tuple[int, str | None]]) -> Span | None:
    """The name a cue introduces; after a `target` cue ("an attack on X") only a place
    the gazetteer knows in the text's countries."""
    span = name_after(doc, end, latin_only=True)
    if span is None:
        span = arabic_name_after(doc, end, countries, named=kind not in KNOWN_PLACES_ONLY,
                                  country_cues=country_cues, after_country=after_country)
    if span is not None and kind == "target" and not is_place_name(span.of(doc.text), countries):
        return None
    return span


@per_language
def _roads_by_towns(lang: str) -> re.Pattern[str] | None:
    """A road word and a hyphenated name right after it, with no cue before ("وكانت طريق
    A-B قد شهدت", the A-B road had seen), in group "name"; or right before it ("the A-B
    road"), in group "before"."""
    roads = section(lang, "places", "roads") or ()
    if not roads:
        return None
    body = "|".join(re.escape(w) for w in sorted(roads, key=len, reverse=True))
    word = r"(?:[\u0621-\u064a\u066e-\u06d3]+|[A-ZÀ-ÖØ-Þ][^\W\d_]+)"
    return re.compile(rf"(?<![\w-])(?:(?:{body})\s+(?P<name>{word}-{word})(?![\w-])"
                      rf"|(?P<before>{word}-{word})\s+(?:{body})(?!\w))", re.I)


@per_language
def _road_word_lengths(lang: str) -> tuple[int, ...]:
    """The lengths of the road words (`_roads_by_towns` matches them letter by letter)."""
    return tuple(sorted({len(w) for w in section(lang, "places", "roads") or ()}))


_HYPHEN_MARK = re.compile("-")


def _road_starts(text: str, lengths: tuple[int, ...]) -> Iterator[int]:
    """Where a match of `_roads_by_towns` may start, from each hyphen: the town named
    right before it, or a road word of one of `lengths` that spaces part from that town
    (a run of hyphen-joined names is read word by word, each word once: a match starts at
    its first word, which its first hyphen reaches)."""
    for at in mark_starts(_HYPHEN_MARK, text):
        starts = name_starts(text, at)
        yield from starts
        town = starts[-1] if starts else at
        for end in range(spaces_start(text, town), town):
            yield from (end - length for length in lengths if end >= length)


def _roads_named(doc: ArticleDoc, countries: tuple[str, ...]) -> list[PlaceMention]:
    """The two towns of a road named by them after a road word alone (`_axis`)."""
    pattern = _roads_by_towns(doc.lang or "")
    if pattern is None or "-" not in doc.text:
        return []
    lengths = _road_word_lengths(doc.lang or "")
    matches = matches_at(pattern, doc.text, _road_starts(doc.text, lengths))
    return [PlaceMention(s, s.of(doc.text), "between") for match in matches
            for group in ("name", "before") if match.group(group)
            for s in _axis(doc, Span(match.start(group), match.end(group)), countries, road=True)]


def _overlaps(taken: list[Span], starts: list[int], span: Span) -> bool:
    """Whether a span overlaps one of `taken` (sorted, not overlapping each other much):
    the one starting last before its end decides, by bisection."""
    at = bisect.bisect_left(starts, span.end) - 1
    return at >= 0 and taken[at].end > span.start or (
        at >= 1 and taken[at - 1].end > span.start)


_WORD = re.compile(r"\s*(\S+)")


def _stop_word_at(doc: ArticleDoc, pos: int) -> bool:
    """Whether the word at `pos`, a glued conjunction and all, is a stop word ("بين X
    وسط البلاد": "وسط", the centre, is no "و" + name)."""
    word = _WORD.match(doc.text, pos)
    return word is not None and folded(word.group(1).strip("،,.")) in stop_words(doc.lang or "")


def _second_of_pair(doc: ArticleDoc, pos: int) -> Span | None:
    """The second name of "between X and Y": a country of several words whole ("بين مالي
    وكوت ديفوار", between Mali and Côte d'Ivoire), else the name after the conjunction."""
    end, code = country_after(doc.text, pos)
    if code is None:
        return name_after(doc, pos)
    gap = doc.text[pos:end]
    return Span(pos + len(gap) - len(gap.lstrip()), end)


def find_places(doc: ArticleDoc) -> list[PlaceMention]:
    """Place mentions introduced by cues, in text order, without duplicates."""
    found: dict[Span, PlaceMention] = {}
    cues = hits(doc, "places", "cues")
    starts = {c.span.start: c for c in cues}
    ends = {c.span.end: c.span.start for c in cues}
    # what follows each cue, found once: a country ("in Mali") or not
    after_country = {c.span.end: country_after(doc.text, c.span.end) for c in cues}
    country_cues = {c.span.start: code for c in cues
                    if (code := after_country[c.span.end][1]) is not None}
    countries = _countries(doc, country_cues)
    parts: list[Span] = []  # "the Chateau quarter of Gao": Chateau names no place of its own
    for end, kind in _cue_starts(doc):
        span = _name_for(doc, end, kind, countries, country_cues, after_country)
        if span is None:
            continue
        spans = [span]
        if kind == "in" and ends.get(end) in country_cues:
            # ... unless it is the end of a name a cue has found ("في غوروم غوروم في بوركينا")
            spans += [s for s in [before_country(doc, ends[end], country_cues[ends[end]])]
                      if s is not None and not any(s.start < f.end and f.start < s.end
                                                   for f in islice(reversed(found), 3))]
        kind = "in" if kind == "target" else kind
        if kind == "between":
            joint = joiners(doc.lang or "")[0].match(doc.text, span.end)
            second = _second_of_pair(doc, joint.end()) if joint and not _stop_word_at(
                doc, joint.start()) else None
            spans += [second] if second is not None else []
        elif kind == "settlements":
            spans += list_after(doc, span)
        paired = kind == "between" and len(spans) > 1
        for one in spans:
            for mention in _mentions(doc, one, "settlement" if kind == "settlements" else kind,
                                     starts, countries=countries, parts=parts, paired=paired):
                found.setdefault(mention.span, mention)
    _border_landmarks(doc, found)
    _natural_areas(doc, found, cues)
    for span in quoted_places(doc, countries):
        found.setdefault(span, PlaceMention(span, span.of(doc.text), "in"))
    taken = sorted(list(found) + parts)
    starts = [s.start for s in taken]
    for mention in uncued_places(doc, countries) + _roads_named(doc, countries):
        if not _overlaps(taken, starts, mention.span):
            found[mention.span] = mention
    return sorted(found.values(), key=lambda p: p.span.start)


@per_language
def _border_after(lang: str) -> re.Pattern[str] | None:
    """A border word right after a name ("the Mali border")."""
    words = section(lang, "places", "border_after") or ()
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s+(?:{body})(?!\w)", re.I) if body else None


@per_language
def _natural_area_names(lang: str) -> re.Pattern[str] | None:
    """Any name of a natural area several countries share (`natural_areas`: "Lake
    Chad", "بحيرة تشاد"), as written or folded, as a whole word run."""
    names = [t for terms in (section(lang, "places", "natural_areas") or {}).values()
             for t in terms or ()]
    body = term_alternation(names, as_written=True)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I) if body else None


def _natural_areas(doc: ArticleDoc, found: dict[Span, PlaceMention],
                   cues: list[LexMatch]) -> None:
    """A natural area named whole where a cue names a place ("في منطقة بحيرة تشاد", "près
    du lac Tchad") is one area mention, not the country or the lake word inside its name;
    one named as an attribute ("the Lake Chad countries") names no place."""
    pattern = _natural_area_names(doc.lang or "")
    if pattern is None:
        return
    after_cues: set[int] | None = None  # where the word after each cue starts, when needed
    for match in pattern.finditer(doc.text):
        if after_cues is None:
            after_cues = {next_word_start(doc.text, c.span.end) for c in cues}
            # the areas come in text order and overlap none before them, so only the
            # mentions found by the cues can lie in one: indexed once, not scanned per area
            earlier = SpanIndex(found)
        span = Span(match.start(), match.end())
        inside = [s for s in _sharing_start(earlier, span) if s in found]
        if inside or span.start in after_cues:
            for one in inside:
                del found[one]
            found[span] = PlaceMention(span, match.group(), "region")


def _sharing_start(index: SpanIndex, span: Span) -> list[Span]:
    """The spans of `index` that start in `span` or contain its start."""
    low = bisect.bisect_left(index.starts, span.start)
    out = index.spans[low:bisect.bisect_left(index.starts, span.end)]
    at = low - 1
    while at >= 0 and index.max_ends[at] > span.start:  # none before reaches it
        if index.spans[at].end > span.start:
            out.append(index.spans[at])
        at -= 1
    return out


def _border_landmarks(doc: ArticleDoc, found: dict[Span, PlaceMention]) -> None:
    """A country named before a border word after a proximity cue ("near the Burkina Faso
    border") is a landmark, as after a border cue ("near the border with Burkina Faso")."""
    pattern = _border_after(doc.lang or "")
    if pattern is None:
        return
    for span, mention in list(found.items()):
        if mention.cue == "near" and country_of(mention.name) is not None \
                and pattern.match(doc.text, span.end):
            found[span] = PlaceMention(span, mention.name, "border")


SPEC = layer_stage("places.v1", layer="places", find=find_places, requires={"text", "lang"})
