"""places.v1: place names introduced by cue words ("near X", "قرية X", "commune de X").

The name is read from the original text right after the cue: a run of capitalised words
in Latin script, or one or two words after an Arabic cue. The geography stages resolve
names to coordinates; this stage only finds them, so that incidents can be told apart
and a name the gazetteer lacks still reaches the record as text.
"""

from __future__ import annotations

import re

from rasd.doc import ArticleDoc, PlaceMention, Span
from rasd.geo.resolve import focus_countries, is_place_name
from rasd.normalize import fold
from rasd.registry import layer_stage
from rasd.stages.lexical import hits, per_language, section

_LATIN_NAME = re.compile(
    r"\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -](?:[A-ZÀ-ÖØ-Þ][\w’'-]*|N'\w+))*(?:\s+(?:el|al|de|du)\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)?)(?<!-)")
_ARABIC_NAME = re.compile(r"\s*(?P<name>[\u0621-\u064a\u066e-\u06d3]+)")
_AND = re.compile(r"\s*(?:and|et|و)\s*", re.I)


@per_language
def _stop_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in section(lang, "places", "stop_words") or ())


@per_language
def _articles(lang: str) -> re.Pattern[str] | None:
    words = [w for w in section(lang, "places", "articles") or () if isinstance(w, str)]
    if not words:
        return None
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?:\s+|(?<=')\s*)", re.I)


def _name_after(doc: ArticleDoc, pos: int, *, latin_only: bool = False) -> Span | None:
    """The name right after `pos` (past an article: "in the Tahoua region"); after a bare
    preposition only a capitalised (Latin) name counts, since an Arabic word after "في" is
    rarely a place."""
    article = _articles(doc.lang or "")
    skipped = article.match(doc.text, pos) if article is not None else None
    if skipped is not None:
        pos = skipped.end()
    for pattern in (_LATIN_NAME,) if latin_only else (_LATIN_NAME, _ARABIC_NAME):
        match = pattern.match(doc.text, pos)
        if match and fold(match.group("name")) not in _stop_words(doc.lang or ""):
            return Span(match.start("name"), match.end("name"))
    return None


def _countries(doc: ArticleDoc) -> tuple[str, ...]:
    """The countries the text names (demonyms), else the focus countries."""
    named = tuple(dict.fromkeys(m.labels[0] for m in hits(doc, "actors", "demonyms")))
    return named or focus_countries()


@per_language
def _phrases(lang: str, key: str) -> re.Pattern[str] | None:
    """A case-insensitive alternation of a section's phrases, as written and folded."""
    words = {form for w in section(lang, "places", key) or () if isinstance(w, str)
             for form in (w, fold(w))}
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\s*(?:" + body + r")(?!\w)", re.I)


# word lists below are compared with lower-cased words of the original text (cheaper
# than folding each name), so they hold each entry both lower-cased and folded
@per_language
def _facilities(lang: str) -> frozenset[str]:
    return frozenset(form for w in section(lang, "places", "facilities") or ()
                     for form in (w.lower(), fold(w)))


@per_language
def _designators(lang: str) -> dict[str, str]:
    """Designator word → the cue its name takes ("commune" → "commune")."""
    table = section(lang, "places", "designators") or {}
    return {form: str(kind) for kind, words in table.items() for w in words or ()
            for form in (w.lower(), fold(w))}


_LAST_WORD = re.compile(r"\s+(\w+)$")
_SPACES = re.compile(r"[ \t]+")
_LIST = re.compile(r"\s*(?:,\s*(?:(?:and|et)\s+)?|\s(?:and|et)\s+|\sو)")


def _designated(doc: ArticleDoc, span: Span, kind: str) -> tuple[Span, str]:
    """A name without a closing designator ("Talataye Commune" → "Talataye", "commune")."""
    match = _LAST_WORD.search(span.of(doc.text))
    if match is not None:
        cue = _designators(doc.lang or "").get(match.group(1).lower())
        if cue is not None:
            return Span(span.start, span.start + match.start()), cue
    return span, kind


def _not_a_place(doc: ArticleDoc, span: Span, cue_starts: dict) -> bool:
    """A building ("the Grand Mosque"), an adjective before a place noun ("the Dogon
    village of X"), a cue word itself or a party's name."""
    cue = cue_starts.get(span.start)
    if (cue is not None and cue.labels[0] != "in") or _is_actor(doc, span):
        return True  # "the Village of X" is the cue; "between JNIM and ISGS" are parties
    words = span.of(doc.text).lower().split()
    facilities = _facilities(doc.lang or "")
    if words[0] in facilities or words[-1] in facilities:
        return True
    gap = _SPACES.match(doc.text, span.end)
    following = cue_starts.get(gap.end()) if gap else None
    return following is not None and following.labels[0] in ("settlement", "settlements")


def _is_actor(doc: ArticleDoc, span: Span) -> bool:
    starts = doc.cached_view("places:actor_starts", lambda _text: frozenset(
        m.span.start for m in hits(doc, "actors", "aliases")))
    return span.start in starts


_GLUED = re.compile(r"^(?:ال|لل|[وفبك]ال|[وفب]ل)")


def _arabic_name_after(doc: ArticleDoc, pos: int, countries: tuple[str, ...], *,
                       named: bool) -> Span | None:
    """An Arabic-script name after a cue. Arabic has no capitals to tell a name from a word,
    so the word must be a place the gazetteer knows in the text's countries — or, after a
    cue that announces a place ("قرية", "منطقة", "قرب", "بين"; `named`), a word that is
    not a listed stop word and carries no article or clitic (Sahel place names rarely do;
    "قرية مجاورة" is not a name). After a bare "في" only a known place counts."""
    match = _ARABIC_NAME.match(doc.text, pos)
    if match is None or fold(match.group("name")) in _stop_words(doc.lang or ""):
        return None
    word = match.group("name")
    if len(word) < 3:
        return None
    known = is_place_name(word, countries)
    if not known and not (named and not _GLUED.match(fold(word))):
        return None
    return Span(match.start("name"), match.end("name"))


_PARENTHESIS = re.compile(r"\s*\(([^()]{2,60})\)")


def _parenthesised(text: str, pos: int) -> list[Span]:
    """Capitalised names in parentheses right after a place: "Dounde (Bankass, Mopti)"
    gives its administrative areas (cercle, region) as written."""
    match = _PARENTHESIS.match(text, pos)
    if match is None:
        return []
    spans = []
    for part in re.finditer(r"[^,;]+", match.group(1)):
        name = _LATIN_NAME.match(text, match.start(1) + part.start())
        if name is not None and name.end("name") <= match.start(1) + part.end():
            spans.append(Span(name.start("name"), name.end("name")))
    return spans


def _next_word_start(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isalnum():
        pos += 1
    return pos


def _cue_starts(doc: ArticleDoc) -> list[tuple[int, str]]:
    """(end of the cue, its kind) for every cue, distance phrases ("12km from") included;
    a cue right before a settlement or region noun hands its kind to that noun's cue
    ("near the town of X" is a "near" place)."""
    cues = hits(doc, "places", "cues")
    starts = {c.span.start: c for c in cues}
    inherited: dict[int, str] = {}
    out = []
    for cue in cues:
        kind = inherited.get(cue.span.start, cue.labels[0])
        after = _next_word_start(doc.text, cue.span.end)
        if after in starts and starts[after].labels[0] in ("settlement", "settlements", "region"):
            if kind in ("near", "between"):
                inherited[after] = kind
            continue
        out.append((cue.span.end, kind))
    return out + _distance_cues(doc)


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


def _mentions(doc: ArticleDoc, span: Span, kind: str, starts: dict) -> list[PlaceMention]:
    """The mention a name makes (none for a building or an adjective), with the places
    in parentheses after it ("Dounde (Bankass, Mopti)"); for a part of a place ("the
    Chateau quarter of Gao"), the place it is part of."""
    part = _phrases(doc.lang or "", "part_of")
    whole = part.match(doc.text, span.end) if part is not None else None
    if whole is not None:
        span = _name_after(doc, whole.end(), latin_only=True)
        return [] if span is None else _mentions(doc, span, "in", starts)
    if _not_a_place(doc, span, starts):
        return []
    named, kind = _designated(doc, span, kind)
    mention = PlaceMention(named, named.of(doc.text), kind)
    if "(" not in doc.text[span.end:span.end + 3]:
        return [mention]
    return [mention] + [PlaceMention(s, s.of(doc.text), "region")
                        for s in _parenthesised(doc.text, span.end)]


def _list_after(doc: ArticleDoc, span: Span) -> list[Span]:
    """The other names of a list ("the villages of A, B and C")."""
    spans = []
    while (joint := _LIST.match(doc.text, span.end)) is not None:
        following = _name_after(doc, joint.end(), latin_only=True)
        if following is None:
            break
        spans.append(following)
        span = following
    return spans


def find_places(doc: ArticleDoc) -> list[PlaceMention]:
    """Place mentions introduced by cues, in text order, without duplicates."""
    found: dict[Span, PlaceMention] = {}
    starts = {c.span.start: c for c in hits(doc, "places", "cues")}
    countries = _countries(doc)
    for end, kind in _cue_starts(doc):
        span = _name_after(doc, end, latin_only=True)
        if span is None:
            span = _arabic_name_after(doc, end, countries, named=kind != "in")
        if span is None:
            continue
        spans = [span]
        if kind == "between":
            joint = _AND.match(doc.text, span.end)
            second = _name_after(doc, joint.end()) if joint else None
            spans += [second] if second is not None else []
        elif kind == "settlements":
            spans += _list_after(doc, span)
        for one in spans:
            for mention in _mentions(doc, one, "settlement" if kind == "settlements" else kind,
                                     starts):
                found.setdefault(mention.span, mention)
    return sorted(found.values(), key=lambda p: p.span.start)


SPEC = layer_stage("places.v1", layer="places", find=find_places, requires={"text", "lang"})
