"""Reading a place name at a position of the text: the names the places stage finds
after its cues, in Latin script (a run of capitalised words) or Arabic (one or two
words, clitics off), with the aliases, lists and countries written around them."""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.doc import ArticleDoc, Span
from rasd.geo.resolve import (
    IN_COUNTRY_SCORE,
    country_first_words,
    country_of,
    is_division,
    is_place_name,
)
from rasd.normalize import fold
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import SpanIndex

LATIN_NAME = re.compile(
    r"\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -](?:[A-ZÀ-ÖØ-Þ][\w’'-]*|N'\w+))*(?:\s+(?:el|al|de|du)\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)?)(?<!-)")
_ARABIC_NAME = re.compile(r"\s*(?P<name>[\u0621-\u064a\u066e-\u06d3]+)")


@per_language
def stop_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in section(lang, "places", "stop_words") or ())


@per_language
def _articles(lang: str) -> re.Pattern[str] | None:
    words = [w for w in section(lang, "places", "articles") or () if isinstance(w, str)]
    if not words:
        return None
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in words) + r")(?:\s+|(?<=')\s*)", re.I)


def name_after(doc: ArticleDoc, pos: int, *, latin_only: bool = False) -> Span | None:
    """The name right after `pos` (past an article: "in the Tahoua region"); after a bare
    preposition only a capitalised (Latin) name counts, since an Arabic word after "في" is
    rarely a place."""
    if doc.text[pos:pos + 1] in ("'", "’"):
        pos += 1  # an elided cue ("près d'Ansongo", "région d'Agadez")
    article = _articles(doc.lang or "")
    skipped = article.match(doc.text, pos) if article is not None else None
    if skipped is not None:
        pos = skipped.end()
    for pattern in (LATIN_NAME,) if latin_only else (LATIN_NAME, _ARABIC_NAME):
        match = pattern.match(doc.text, pos)
        if match and folded(match.group("name")) not in stop_words(doc.lang or ""):
            return _past_owner(doc.text, Span(match.start("name"), match.end("name")))
    return None


_OWNER = re.compile(r"(?P<owner>[^\W\d_][\w -]*?)['’]s (?=[A-ZÀ-ÖØ-Þ])")


def _past_owner(text: str, span: Span) -> Span:
    """The name without a country owning it ("Mali's Segou region", "Burkina Faso's Soum
    province" → "Segou region", "Soum province")."""
    owner = _OWNER.match(text, span.start, span.end)
    if owner is None or country_of(owner.group("owner")) is None:
        return span
    return Span(owner.end(), span.end)


_WORDS = re.compile(r"\s*([^\W\d_]+(?:[ -][^\W\d_]+){0,2})")


@lru_cache(maxsize=65536)
def folded(word: str) -> str:
    return fold(word)


def country_after(text: str, pos: int) -> tuple[int, str | None]:
    """The end and alpha-3 code of a country named right at `pos` ("Burkina Faso",
    "بوركينا فاسو", "بوركينا"), longest first; (pos, None) when none is."""
    match = _WORDS.match(text, pos)
    if match is None or folded(match.group(1).split(" ", 1)[0]) not in country_first_words():
        return pos, None
    words = match.group(1).split(" ")
    for size in range(len(words), 0, -1):
        code = country_of(" ".join(words[:size]))
        if code is not None:
            return match.start(1) + len(" ".join(words[:size])), code
    return pos, None


@per_language
def joiners(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The language's conjunctions as (the joint of "between A and B", the joint of a
    list "A, B and C"); a one-letter conjunction (Arabic و) is glued to the next name."""
    words = [w for w in section(lang, "places", "conjunctions") or () if isinstance(w, str)]
    spaced = "|".join(re.escape(w) for w in words if len(w) > 1) or "(?!)"
    glued = "|".join(re.escape(w) for w in words if len(w) == 1) or "(?!)"
    joint = re.compile(rf"\s*(?:{spaced}|{glued})\s*", re.I)
    listed = re.compile(rf"\s*(?:,\s*(?:(?:{spaced})\s+)?|\s(?:{spaced})\s+|\s(?:{glued}))", re.I)
    return joint, listed


def is_actor(doc: ArticleDoc, span: Span) -> bool:
    """Whether a name starts or lies inside a party's name ("JNIM", "l'État islamique au
    Sahel", "الدولة الإسلامية في الساحل")."""
    spans = doc.cached_view("places:actor_spans", lambda _text: SpanIndex(
        m.span for m in hits(doc, "actors", "aliases")))
    return spans.covers(Span(span.start, span.start + 1))


@per_language
def prefixes(lang: str, key: str) -> tuple[str, ...]:
    """A places.yaml list of word prefixes, folded, for `str.startswith`
    (`definite_prefixes`, `glued_prefixes`)."""
    return tuple(fold(w) for w in section(lang, "places", key) or () if isinstance(w, str))


def _common_noun(doc: ArticleDoc, start: int) -> bool:
    """Whether a word the victims lexicon knows (soldiers, civilians, mercenaries: with its
    clitics) starts at `start`."""
    starts = doc.cached_view("places:victim_starts", lambda _text: frozenset(
        m.span.start for m in hits(doc, "victims", "groups")))
    return start in starts


def _is_glued(doc: ArticleDoc, word: str) -> bool:
    """Whether an article, conjunction or preposition is glued to the word
    (`glued_prefixes`): a common noun unless the gazetteer knows the word closely."""
    return folded(word).startswith(prefixes(doc.lang or "", "glued_prefixes"))


def arabic_name_after(doc: ArticleDoc, pos: int, countries: tuple[str, ...], *,
                       named: bool, country_cues: dict[int, str],
                       after_country: dict[int, tuple[int, str | None]]) -> Span | None:
    """An Arabic-script name after a cue. Arabic has no capitals to tell a name from a word,
    so the word must be a place the gazetteer knows in the text's countries — or, after a
    cue that announces a place ("قرية", "منطقة", "قرب", "بين"; `named`), a word that is
    not a listed stop word and carries no article or clitic (Sahel place names rarely do;
    "قرية مجاورة" is not a name). After a bare "في" only a known place counts."""
    match = _ARABIC_NAME.match(doc.text, pos)
    if match is None or folded(match.group("name")) in stop_words(doc.lang or ""):
        return None
    end, country = after_country[pos] if pos in after_country else country_after(doc.text, pos)
    if country is not None:
        return Span(match.start("name"), end)  # "بوركينا فاسو" is one name, a country
    word = match.group("name")
    if _common_noun(doc, match.start("name")):
        return None  # "ثكنة لمرتزقة فاغنر": the barracks of the mercenaries
    glued = _is_glued(doc, word)
    longer = None if glued else _arabic_compound(doc, match, countries)
    if longer is not None:
        return longer
    if len(word) < 3:
        return None
    # "في الساعات": a word with the article needs a close match (Sahel place names rarely
    # carry it, but "والام" Ouallam begins like one)
    known = is_place_name(word, countries, min_score=GLUED_SCORE) if glued else (
        is_place_name(word, countries)
        or _in_named_country(doc.text, match.end("name"), word, country_cues))
    if not known and not (named and not glued):
        return None
    return Span(match.start("name"), match.end("name"))


def _in_named_country(text: str, end: int, word: str, country_cues: dict[int, str]) -> bool:
    """Whether a word followed by "in <country>" ("في تسيت في مالي") is a place of that
    country, by a looser transliteration than a bare word needs."""
    code = country_cues.get(next_word_start(text, end))
    return code is not None and is_place_name(word, (code,), min_score=IN_COUNTRY_SCORE)


GLUED_SCORE = 0.84


_ARABIC_NEXT = re.compile(r" (?P<name>[\u0621-\u064a\u066e-\u06d3]{2,})")


def _arabic_compound(doc: ArticleDoc, first: re.Match[str], countries: tuple[str, ...]) -> Span | None:
    """A two-word name the gazetteer knows ("فادا نغورما", "غوروم غوروم"): without it the
    first word alone may match another place ("Fada" in Niger)."""
    second = _ARABIC_NEXT.match(doc.text, first.end("name"))
    if second is None or folded(second.group("name")) in stop_words(doc.lang or "") \
            or _is_glued(doc, second.group("name")):
        return None
    span = Span(first.start("name"), second.end("name"))
    return span if is_place_name(span.of(doc.text), countries) else None


_PARENTHESIS = re.compile(r"\s*\(([^()]{2,60})\)")


def parenthesised(text: str, pos: int) -> list[Span]:
    """Capitalised names in parentheses right after a place: "Dounde (Bankass, Mopti)"
    gives its administrative areas (cercle, region) as written."""
    match = _PARENTHESIS.match(text, pos)
    if match is None:
        return []
    spans = []
    for part in re.finditer(r"[^,;]+", match.group(1)):
        name = LATIN_NAME.match(text, match.start(1) + part.start())
        if name is not None and name.end("name") <= match.start(1) + part.end():
            spans.append(Span(name.start("name"), name.end("name")))
    return spans


_NOT_ALNUM = re.compile(r"[\W_]*")  # \w is str.isalnum() plus "_"


def next_word_start(text: str, pos: int) -> int:
    return _NOT_ALNUM.match(text, pos).end()  # type: ignore[union-attr]


ALIAS = re.compile(r" ?(?:\[['‘’]?(?P<b>[^\[\]()'‘’]{2,40})['‘’]?\]|\((?P<p>[^()\[\],;]{2,40})\))")


def alias_after(doc: ArticleDoc, pos: int, countries: tuple[str, ...]) -> Span | None:
    """Another name of the place just named, in brackets right after it ("Dala [Dallah]",
    "Gama (Gawa)"). In parentheses the name must be a known place and not a division or
    its seat, which would qualify the place instead ("Koro (Mopti)")."""
    match = ALIAS.match(doc.text, pos)
    if match is None:
        return None
    group = "b" if match.group("b") is not None else "p"
    name = LATIN_NAME.match(doc.text, match.start(group))
    if name is None or name.end("name") != match.end(group):
        return None
    span = Span(name.start("name"), name.end("name"))
    text = span.of(doc.text)
    if folded(text) in stop_words(doc.lang or "") or country_of(text) is not None \
            or is_actor(doc, span):
        return None
    if group == "p" and (not is_place_name(text, countries) or is_division(text, countries)):
        return None
    return span


def list_after(doc: ArticleDoc, span: Span) -> list[Span]:
    """The other names of a list ("the villages of A, B and C")."""
    spans = []
    listed = joiners(doc.lang or "")[1]
    while (joint := listed.match(doc.text, span.end)) is not None:
        following = name_after(doc, joint.end(), latin_only=True)
        if following is None:
            break
        spans.append(following)
        span = following
    return spans


_BEFORE = re.compile(r"(?:^|[^\w'’-])(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w’'-]*){0,3})\s+$")


def before_country(doc: ArticleDoc, cue_start: int, code: str) -> Span | None:
    """The place right before "in <country>" ("gunmen raided Lere in Mali"), when the
    gazetteer knows it in that country."""
    match = _BEFORE.search(doc.text, max(0, cue_start - 60), cue_start)
    if match is None or folded(match.group("name")) in stop_words(doc.lang or ""):
        return None
    span = Span(match.start("name"), match.end("name"))
    return span if is_place_name(span.of(doc.text), (code,)) else None
