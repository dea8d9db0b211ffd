"""Place names the places stage finds with no cue before them: a name qualified by the
areas in parentheses ("Tinta (Ansongo, Gao)"), a name before a designator ("Koulogon
village"), before a "located" word or an apposition ("Solhan, a village 15 km from Sebba"),
before a compass point in parentheses ("Arbinda (north)", "أربيندا (شمال)"), or with a
one-letter preposition glued to it ("بكيدال")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rasd.doc import ArticleDoc, PlaceMention, Span
from rasd.geo.resolve import country_of, gazetteer, is_place_name, region_of
from rasd.lexicon import term_alternation
from rasd.normalize import fold
from rasd.resources import load
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.place_names import (
    ARABIC_LETTER,
    CAPITAL,
    GLUED_SCORE,
    NAME_REST,
    NAME_WORD,
    at_word_start,
    folded,
    is_actor,
    is_plain_word,
    parenthesised,
    stop_words,
)
from rasd.stages.place_scan import mark_starts, matches_at, name_starts, spaces_start
from rasd.stages.place_words import _designated, _designators, _phrases


def uncued_places(doc: ArticleDoc, countries: tuple[str, ...]) -> list[PlaceMention]:
    """Every mention the scans below find, in their order (the caller drops those that
    overlap a cued mention)."""
    return _qualified(doc, countries) + _before_designators(doc) \
        + _before_located(doc, countries) + _before_compass(doc) \
        + _after_glued_cues(doc, countries) + _territories(doc)


_QUALIFIED = re.compile(rf"(?P<name>{at_word_start(CAPITAL)}{NAME_REST}(?:[ -]{NAME_WORD}){{0,3}})"
                        r"(?![\w’'-]) ?\((?=[A-ZÀ-ÖØ-Þ][^()]{0,60},)")


def _qualified(doc: ArticleDoc, countries: tuple[str, ...]) -> list[PlaceMention]:
    """A name followed by the areas it lies in, with no cue before it ("attacked Tinta
    (Ansongo, Gao)"): kept when the gazetteer knows one of those areas."""
    if "(" not in doc.text:
        return []
    out = []
    for match in _QUALIFIED.finditer(doc.text):
        name = Span(match.start("name"), match.end("name"))
        areas = parenthesised(doc.text, name.end)
        if any(_is_area(a.of(doc.text), countries) for a in areas) and not is_actor(doc, name) \
                and folded(match.group("name")) not in stop_words(doc.lang or ""):
            name, kind = _designated(doc, name, "in")
            if kind != "in" and doc.text[max(0, name.start - 2):name.start] == ", ":
                kind = "region"  # "X, Y Commune (A, B)": the commune qualifies X
            out += [PlaceMention(name, name.of(doc.text), kind)]
            out += [PlaceMention(a, a.of(doc.text), "region") for a in areas]
    return out


@per_language
def _designated_names(lang: str) -> re.Pattern[str] | None:
    """A capitalised name before a lower-case designator ("Koulogon village", "the
    Koutougou department"), for languages that write the designator after the name."""
    words = sorted({form for form in _designators(lang) if form.islower()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?P<name>{at_word_start(CAPITAL)}{NAME_REST}(?:[ -]{NAME_WORD}){{0,2}}) "
                      rf"(?:military )?(?P<designator>{body})(?![\w-])")


def _before_designators(doc: ArticleDoc) -> list[PlaceMention]:
    """Names that a lower-case designator follows, with no cue before them."""
    pattern = _designated_names(doc.lang or "")
    if pattern is None:
        return []
    designators, stops = _designators(doc.lang or ""), stop_words(doc.lang or "")
    # "the Tillaberi village of Motogatta": a region's name before a place noun that a cue
    # opens ("village of") qualifies the village named after it ("Seytenga village of
    # northern Burkina Faso" is Seytenga)
    opened = {c.span.start for c in hits(doc, "places", "cues")
              if c.labels[0] in ("settlement", "settlements")
              and " " in c.span.of(doc.text).strip()}
    out = []
    for match in pattern.finditer(doc.text):
        name = Span(match.start("name"), match.end("name"))
        if match.start("designator") in opened and region_of(match.group("name"), None) is not None:
            continue
        # every word a name ("Africa's Sahel region" is no place), possessive off
        words = [re.sub(r"['’]s$", "", w) for w in folded(match.group("name")).split()]
        if any(w in stops for w in words) or folded(match.group("name")) in stops \
                or is_actor(doc, name) or country_of(match.group("name")) is not None:
            continue
        out.append(PlaceMention(name, name.of(doc.text), designators[match.group("designator")]))
    return out


@per_language
def _located(lang: str) -> re.Pattern[str] | None:
    """An Arabic-script word right before a "located" word ("X، الواقعة على طريق Y",
    "X، عاصمة ولاية Y": the seat of a unit is a place)."""
    phrases = _phrases(lang, "located")
    if phrases is None:
        return None
    # a closing quote may stand between the name and the word ("على "X" ، عاصمة ولاية Y")
    first = at_word_start(ARABIC_LETTER, before=r"\w")
    return re.compile(rf"(?P<name>{first}{ARABIC_LETTER}{{2,}}+)[\"”»']?"
                      r"(?=[\s،,])\s*[،,]?" + phrases.pattern, re.I)


@per_language
def _located_marks(lang: str) -> re.Pattern[str] | None:
    """The "located" words alone, to scan for before the names (`_located`), when no
    letter of theirs has a case: a case-blind scan for words that open with a cased
    letter tries every position, and then the scan for the Arabic-script names, whose
    letters are rare in a text that writes such words, is the quicker one."""
    terms = section(lang, "places", "located") or ()
    phrases = _phrases(lang, "located")
    if phrases is None or any(t[:1].lower() != t[:1].upper() for t in terms if isinstance(t, str)):
        return None
    return re.compile(phrases.pattern.removeprefix(r"\s*"), re.I)


def _located_starts(text: str, marks: re.Pattern[str]) -> Iterator[int]:
    """Where a name that a "located" word follows may start (`_located`: a closing quote,
    then spaces and a comma, between them)."""
    for at in mark_starts(marks, text):
        at = spaces_start(text, at)
        if at and text[at - 1] in "،,":
            at = spaces_start(text, at - 1)
        if at and text[at - 1] in "\"”»'":
            at -= 1
        yield from name_starts(text, at)


@per_language
def _located_latin(lang: str) -> re.Pattern[str] | None:
    """A capitalised name, a comma, and an apposition's area (group "located": "Boulkessi,
    dans la province de Mondoro") or place noun (group "noun": "Solhan, localité située à
    15 km de Sebba", "Solhan, a village in Yagha province"); a bare "located" word
    ("Djibo, située à 20 km") says where a place lies, not that the event is there."""
    located, nouns = _phrases(lang, "apposition_areas"), _phrases(lang, "apposition_nouns")
    if located is None and nouns is None:
        return None
    # the phrases in any case, the name with its capitals
    kinds = [rf"(?P<{group}>(?i:{p.pattern}))"
             for group, p in (("located", located), ("noun", nouns)) if p is not None]
    return re.compile(rf"(?P<name>{at_word_start(CAPITAL)}{NAME_REST}(?:[ -]{NAME_WORD}){{0,2}}),"
                      rf"(?:{'|'.join(kinds)})")


@per_language
def _date_words(lang: str) -> frozenset[str]:
    """Month and weekday names, folded: "Lundi, dans la région de X" names a day."""
    dates = load(lang, "dates")
    return frozenset(fold(w) for key in ("months", "weekdays")
                     for names in (dates.get(key) or {}).values() for w in names or ())


def _before_located(doc: ArticleDoc, countries: tuple[str, ...]) -> list[PlaceMention]:
    """Places a "located" word or an apposition follows: Arabic words
    (`_before_located_arabic`), and capitalised names before a comma and a phrase that
    says where they lie (names the gazetteer knows in `countries`) or what they are (a
    place noun: any name)."""
    pattern = _located_latin(doc.lang or "")
    if pattern is None or "," not in doc.text:
        return _before_located_arabic(doc)
    stops = stop_words(doc.lang or "") | _date_words(doc.lang or "")
    out = []
    for match in pattern.finditer(doc.text):
        name, word = Span(match.start("name"), match.end("name")), match.group("name")
        # the pattern ignores case for the phrase: the name must still open with a capital
        if not word[:1].isupper() or any(folded(w) in stops for w in [word, *word.split()]) \
                or is_actor(doc, name) or country_of(word) is not None \
                or (match.group("noun") is None and not is_place_name(word, countries)):
            continue
        out.append(PlaceMention(name, name.of(doc.text), "in"))
    return out + _before_located_arabic(doc)


def _before_located_arabic(doc: ArticleDoc) -> list[PlaceMention]:
    """Arabic words that a "located" word follows ("مدرسة X الواقعة في منطقة Y"): names
    even with no cue (Latin names are read by their capitals, after their cues)."""
    pattern, marks = _located(doc.lang or ""), _located_marks(doc.lang or "")
    if pattern is None:
        return []
    out = []
    for match in pattern.finditer(doc.text) if marks is None \
            else matches_at(pattern, doc.text, _located_starts(doc.text, marks)):
        name = Span(match.start("name"), match.end("name"))
        word = match.group("name")
        if folded(word) in stop_words(doc.lang or "") \
                or not is_plain_word(doc, word, name.start, located=True):
            continue
        out.append(PlaceMention(name, word, "in"))
    return out


@per_language
def _compass_after(lang: str) -> re.Pattern[str] | None:
    """A name right before a compass point in parentheses ("Arbinda (nord)", "موبتي
    (وسط)", "Tillabéry (ouest du Niger)"): news agencies so say where a town lies in its
    country. The name in group "name": an Arabic-script word or capitalised words."""
    points = _phrases(lang, "compass_points")
    if points is None:
        return None
    # one class for the first letter of either script, then the rest of its name
    first = at_word_start(f"[{ARABIC_LETTER[1:-1]}{CAPITAL[1:-1]}]")
    name = rf"{first}(?:(?<={ARABIC_LETTER}){ARABIC_LETTER}{{2,}}+" \
        rf"|(?<={CAPITAL}){NAME_REST}(?: {NAME_WORD}){{0,2}})"
    return re.compile(rf"(?P<name>{name}) ?"
                      rf"\((?i:{points.pattern})(?:[ -][^()]{{0,24}})?\)")


def _compass_starts(text: str) -> Iterator[int]:
    """Where a name before a parenthesis may start (`_compass_after`: up to three words,
    then a space or none)."""
    for at in mark_starts(_PARENTHESIS, text):
        yield from name_starts(text, at - 1 if text[at - 1:at] == " " else at, words=3,
                               joiners="-'’")


_PARENTHESIS = re.compile(r"\(")


def _before_compass(doc: ArticleDoc) -> list[PlaceMention]:
    """Names before a compass point in parentheses, whatever precedes them: a word no
    cue introduces or the gazetteer does not know ("في أربيدنا (شمال)", Arbinda spelled
    loosely) is still a place; not a stop word, a word with a clitic, a party or a
    country."""
    pattern = _compass_after(doc.lang or "")
    if pattern is None or "(" not in doc.text:
        return []
    out = []
    for match in matches_at(pattern, doc.text, _compass_starts(doc.text)):
        name, word = Span(match.start("name"), match.end("name")), match.group("name")
        if any(folded(w) in stop_words(doc.lang or "") for w in [word, *word.split()]) \
                or not is_plain_word(doc, word, name.start) or is_actor(doc, name) \
                or country_of(word) is not None:
            continue
        out.append(PlaceMention(name, word, "in"))
    return out


@per_language
def _territory_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A territory word ending the text before a demonym (`territory_before`: "الأراضي
    المالية", « territoire malien »), and one right after it (`territory_after`: "Malian
    territory")."""
    before = section(lang, "places", "territory_before") or ()
    body = term_alternation(before, as_written=True) if before else ""
    return (re.compile(rf"(?<!\w)(?:{body})\s+$", re.IGNORECASE) if body else None,
            _phrases(lang, "territory_after"))


def _territories(doc: ArticleDoc) -> list[PlaceMention]:
    """A country named by its demonym beside a territory word ("داخل الأراضي المالية",
    « en territoire malien », "on Malian soil"): the country the place lies in, as "in
    Mali" says; the mention's name is the country's, its span the demonym's."""
    before, after = _territory_words(doc.lang or "")
    if before is None and after is None:
        return []
    out = []
    for hit in hits(doc, "actors", "demonyms"):
        start, end = hit.span.start, hit.span.end
        reach = max(0, start - TERRITORY_REACH)
        told = (before is not None and before.search(doc.text, reach, start)) \
            or (after is not None and after.match(doc.text, end))
        country = gazetteer().country(hit.labels[0]) if told else None
        if country is not None:
            out.append(PlaceMention(hit.span, country.name, "in"))
    return out


TERRITORY_REACH = 24  # characters: "à l'intérieur du territoire " before the demonym


@per_language
def _glued_cues(lang: str) -> re.Pattern[str] | None:
    """A word that a one-letter preposition glued to it makes a place ("بتمبكتو", in
    Timbuktu: `glued_cues`), the word in group "name"."""
    cues = [fold(c) for c in section(lang, "places", "glued_cues") or ()]
    if not cues:
        return None
    # each cue leads its own lookbehind, so that a scan skips to the cues' first letters
    body = "|".join(rf"{re.escape(c)}(?<!\w.{{{len(c)}}})" for c in cues)
    return re.compile(rf"(?:{body})(?P<name>[^\W\d_]{{{GLUED_MIN}}}[^\W\d_]*)")


GLUED_MIN = 4  # letters after the preposition: a shorter rest sounds like too many places


def _after_glued_cues(doc: ArticleDoc, countries: tuple[str, ...]) -> list[PlaceMention]:
    """Places named with a preposition glued to them ("قتل خمسة بكيدال"): the rest of the
    word, when it carries no article or ending, is no word of the report and the gazetteer
    knows it closely, while the whole word is no place itself ("بوني" is Boni)."""
    pattern = _glued_cues(doc.lang or "")
    if pattern is None:
        return []
    cues = {c.span.start for c in hits(doc, "places", "cues")}  # "بقطاع": a cue itself
    out = []
    for match in pattern.finditer(doc.text):
        word, whole = match.group("name"), match.group()
        # a preposition takes no conjunction after it: "بواغادوغو" is in Ouagadougou; the
        # rest is asked before the whole word: few rests are places, and then no whole is
        if match.start() in cues or folded(word) in stop_words(doc.lang or "") \
                or not is_plain_word(doc, word, match.start(), located=True) \
                or country_of(whole) is not None \
                or not is_place_name(word, countries, min_score=GLUED_SCORE) \
                or is_place_name(whole, countries):
            continue
        out.append(PlaceMention(Span(match.start("name"), match.end("name")), word, "in"))
    return out


def _is_area(name: str, countries: tuple[str, ...]) -> bool:
    return country_of(name) is None and is_place_name(name, countries)
