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
    r"\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -](?:[A-ZÀ-ÖØ-Þ][\w’'-]*|N'\w+))*(?:\s+(?:el|al|de|du)\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)?)")
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


def find_places(doc: ArticleDoc) -> list[PlaceMention]:
    """Place mentions introduced by cues, in text order, without duplicates."""
    found: dict[Span, PlaceMention] = {}
    cues = hits(doc, "places", "cues")
    starts = {c.span.start: c for c in cues}
    countries = _countries(doc)
    inherited: dict[int, str] = {}  # cue start → the near/between cue standing before it
    for cue in cues:
        kind = inherited.get(cue.span.start, cue.labels[0])
        after = _next_word_start(doc.text, cue.span.end)
        if after in starts and starts[after].labels[0] in ("settlement", "region"):
            # "قرب بلدة X", "near the town of X": the noun's own cue reads the name
            if kind in ("near", "between"):
                inherited[after] = kind
            continue
        span = _name_after(doc, cue.span.end, latin_only=True)
        if span is None:
            span = _arabic_name_after(doc, cue.span.end, countries, named=kind != "in")
        if span is None:
            continue
        found.setdefault(span, PlaceMention(span, span.of(doc.text), kind))
        if kind == "between":
            joint = _AND.match(doc.text, span.end)
            second = _name_after(doc, joint.end()) if joint else None
            if second is not None:
                found.setdefault(second, PlaceMention(second, second.of(doc.text), kind))
    for place in list(found.values()):
        for span in _parenthesised(doc.text, place.span.end):
            found.setdefault(span, PlaceMention(span, span.of(doc.text), "region"))
    return sorted(found.values(), key=lambda p: p.span.start)


SPEC = layer_stage("places.v1", layer="places", find=find_places, requires={"text", "lang"})
