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
from rasd.languages import rules_for
from rasd.normalize import fold
from rasd.stages.lexical import hits, per_language, section
from rasd.stages.nearby import SpanIndex

# a capitalised word; a hyphen inside it leads to a lower-case part ("Tin-zaouaten"), a
# hyphen before a capital joins two words: each run of words then splits one way only, so
# the patterns stay linear on long hyphenated runs ("A-" * 400 once took a minute). The
# letters are taken possessively: what follows a word in every pattern opens with no word
# character, so giving letters back never finds a match, only costs a step per letter.
CAPITAL = "[A-ZÀ-ÖØ-Þ]"
NAME_REST = rf"[\w’']*+(?:-(?!{CAPITAL})[\w’']++)*+"  # a name word after its capital
NAME_WORD = CAPITAL + NAME_REST
ARABIC_LETTER = r"[\u0621-\u064a\u066e-\u06d3]"


def at_word_start(letter: str, before: str = r"[\w'’-]") -> str:
    """`letter` (a character class) where no `before` character precedes it: the class
    leads the pattern, so that a scan of a long text skips to its characters instead of
    trying a lookbehind at every position."""
    return rf"{letter}(?<!{before}.)"


PARTICLES = ("el", "al", "de", "du")  # lower-case words inside a Latin name
LATIN_NAME = re.compile(
    rf"\s*(?P<name>{NAME_WORD}(?:(?:-? | -|-)(?:{NAME_WORD}|N'\w+)){{0,5}}"
    rf"(?:\s+(?:{'|'.join(PARTICLES)})\s+{NAME_WORD})?)")
_PARTICLE_BEFORE = re.compile(rf"(?<=\s)(?:{'|'.join(PARTICLES)})\s+$")


def _after_particle(text: str, start: int, at: int) -> bool:
    """Whether a name's particle stands right before `at` ("Nioro du |Sahel")."""
    return _PARTICLE_BEFORE.search(text, start, at) is not None
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
            span = _before_stop_word(doc, Span(match.start("name"), match.end("name")))
            return None if span is None else _past_possessive(doc, _past_owner(doc.text, span),
                                                              latin_only=latin_only)
    return None


_WORD = re.compile(r"\S+")
OPENING_STOP_CHARS = 4  # "In Tillit", "La Tapoa" open with a short stop word and are names


def _before_stop_word(doc: ArticleDoc, span: Span) -> Span | None:
    """The name up to a stop word run into it ("Mali Tuesday" → "Mali"), or None when it
    opens with a long one ("Nord-ouest du Nigeria")."""
    stops = stop_words(doc.lang or "")
    for word in _WORD.finditer(doc.text, span.start, span.end):
        if folded(word.group()) not in stops or _after_particle(doc.text, span.start, word.start()):
            continue  # "Nioro du Sahel": a word after the name's particle is the name's
        if word.start() == span.start:
            if len(word.group()) >= OPENING_STOP_CHARS:
                return None
            continue
        return Span(span.start, len(doc.text[span.start:word.start()].rstrip()) + span.start)
    return span


_POSSESSIVE = ("'s", "’s")


def _past_possessive(doc: ArticleDoc, span: Span, *, latin_only: bool) -> Span | None:
    """For a country or a stop word owning what follows ("Niger's western Tillaberi
    region"), the name after it, else the country without its possessive ending."""
    name = span.of(doc.text)
    if not name.endswith(_POSSESSIVE):
        return span
    owner = name[:-2]
    if country_of(owner) is None and folded(owner) not in stop_words(doc.lang or ""):
        return span  # "Areva's": a company's, kept whole
    owned = name_after(doc, span.end, latin_only=latin_only)
    if owned is not None or country_of(owner) is None:
        return owned  # "Africa's Sahel region": the area it owns, else nothing
    return Span(span.start, span.end - 2)


_OWNER = re.compile(r"(?P<owner>[^\W\d_][\w -]*?)['’]s (?=[A-ZÀ-ÖØ-Þ])")


def _past_owner(text: str, span: Span) -> Span:
    """The name without a country owning it ("Mali's Segou region", "Burkina Faso's Soum
    province" → "Segou region", "Soum province")."""
    owner = _OWNER.match(text, span.start, span.end)
    if owner is None or country_of(owner.group("owner")) is None:
        return span
    return Span(owner.end(), span.end)


_WORDS = re.compile(r"\s*([^\W\d_]+(?:(?:[ -]|['’])[^\W\d_]+){0,2})")  # "Côte d'Ivoire"
# the part of a `_WORDS` match before its first space: a country's first word, read alone
# first (few words after a cue open a country's name)
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+(?:[-'’][^\W\d_]+){0,2})")


@lru_cache(maxsize=65536)
def folded(word: str) -> str:
    return fold(word)


def country_after(text: str, pos: int) -> tuple[int, str | None]:
    """The end and alpha-3 code of a country named right at `pos` ("Burkina Faso",
    "بوركينا فاسو", "بوركينا"), longest first; (pos, None) when none is."""
    first = _FIRST_WORD.match(text, pos)
    if first is None or folded(first.group(1)) not in country_first_words():
        return pos, None
    match = _WORDS.match(text, pos)
    words = match.group(1).split(" ")  # type: ignore[union-attr]
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
    listed = re.compile(rf"\s*(?:[,،]\s*(?:(?:{spaced})\s+)?|\s(?:{spaced})\s+|\s(?:{glued}))", re.I)
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


# lexicon sections whose words are the vocabulary of a report (soldiers, a patrol, air
# strikes, wounded, forces, "announced", a truck): a word they match is no place name,
# however closely it spells one ("دورية" a patrol, not Dori; "شاحنة" a truck, not San)
VOCABULARY = (("victims", "groups"), ("victims", "outcomes"), ("actors", "generic"),
              ("context", "armed_targets"), ("triggers", "sub_event_types"),
              ("triggers", "violence"), ("claims", "attribution"), ("weapons", "items"))


def _common_noun(doc: ArticleDoc, start: int) -> bool:
    """Whether a word of the report's vocabulary (`VOCABULARY`: soldiers, a patrol, air
    strikes, with its clitics) starts at `start`."""
    starts = doc.cached_view("places:vocabulary_starts", lambda _text: frozenset(
        m.span.start for section in VOCABULARY for m in hits(doc, *section)))
    return start in starts


def _is_glued(doc: ArticleDoc, word: str, *, located: bool = False) -> bool:
    """Whether an article, conjunction or preposition is glued to the word
    (`glued_prefixes`), or a pronoun, verb or adjective ending closes it (`_suffixes`:
    "بيانها" its statement, "قالوا" they said): a common word unless the gazetteer knows
    the word closely. `located`: a "located" word follows, and a lone one-letter
    conjunction is then the name's first letter ("واراو الواقعة في", Waraou)."""
    lang = doc.lang or ""
    glued = _located_prefixes(lang) if located else prefixes(lang, "glued_prefixes")
    return folded(word).startswith(glued) \
        or (word.endswith(_suffixes(lang)) and not word.endswith(_name_endings(lang)))


@per_language
def _prepositions(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """A preposition ending the text before a name (`prepositions`), and the prefixes a
    word after it may still carry (`preposition_prefixes`), folded."""
    words = section(lang, "places", "prepositions") or ()
    body = "|".join(re.escape(w) for w in words if isinstance(w, str))
    pattern = re.compile(rf"(?<!\w)(?:{body})\s*$") if body else None
    return pattern, prefixes(lang, "preposition_prefixes")


def _plain_after_preposition(doc: ArticleDoc, pos: int, word: str) -> bool:
    """Whether a glued-looking word right after a preposition is a name that begins so: a
    preposition takes no second one nor a conjunction ("في كالومبا" is Kalumba), so only
    an article glued to it makes it a common word ("في الساعات")."""
    lang = doc.lang or ""
    pattern, article = _prepositions(lang)
    if pattern is None or pattern.search(doc.text[max(0, pos - 8):pos]) is None:
        return False
    if word.endswith(_suffixes(lang)) and not word.endswith(_name_endings(lang)):
        return False  # "في بيانها" (in its statement): the pronoun ending still tells
    return not (article and folded(word).startswith(article))


@per_language
def _located_prefixes(lang: str) -> tuple[str, ...]:
    """`glued_prefixes` but the one-letter `conjunctions`."""
    lone = {fold(w) for w in section(lang, "places", "conjunctions") or () if len(w) == 1}
    return tuple(p for p in prefixes(lang, "glued_prefixes") if p not in lone)


def is_plain_word(doc: ArticleDoc, word: str, start: int, *, located: bool = False) -> bool:
    """Whether a word at `start` can be a name: no glued article or pronoun ending, not a
    word of the report's vocabulary (`located`: as `_is_glued`)."""
    return not _is_glued(doc, word, located=located) and not _common_noun(doc, start)


@per_language
def _suffixes(lang: str) -> tuple[str, ...]:
    """`inflected_suffixes` and `adjective_endings` as written (unfolded: "ه" the pronoun
    is not "ة"): endings that make a word after a cue a common one ("بيانها" its statement,
    "بلدة انفصالية" a separatist-held town)."""
    return tuple(w for key in ("inflected_suffixes", "adjective_endings")
                 for w in section(lang, "places", key) or () if isinstance(w, str))


@per_language
def _name_endings(lang: str) -> tuple[str, ...]:
    """`name_endings`: endings that look inflected but close names ("كوكاوا" Kukawa, "تياوا"
    Tiawa: -awa, where a verb ends in a consonant and -وا)."""
    return tuple(w for w in section(lang, "places", "name_endings") or () if isinstance(w, str))


def arabic_name_after(doc: ArticleDoc, pos: int, countries: tuple[str, ...], *,
                       named: bool, country_cues: dict[int, str],
                       after_country: dict[int, tuple[int, str | None]]) -> Span | None:
    """An Arabic-script name after a cue. Arabic has no capitals to tell a name from a word,
    so the word must be a place the gazetteer knows in the text's countries — or, after a
    cue that announces a place ("قرية", "منطقة", "قرب", "بين"; `named`), a word that is
    not a listed stop word and carries no article or clitic (Sahel place names rarely do;
    "قرية مجاورة" is not a name). After a bare "في" only a known place counts."""
    article = _articles(doc.lang or "")
    skipped = article.match(doc.text, pos) if article is not None else None
    if skipped is not None:  # "في وسط مالي" (in central Mali): the name after the part's word
        pos = skipped.end()
    quoted = QUOTED_ARABIC.match(doc.text, pos)
    if quoted is not None:
        return _quoted_name(doc, quoted, countries, named=named)
    match = _ARABIC_NAME.match(doc.text, pos)
    if match is None or folded(match.group("name")) in stop_words(doc.lang or ""):
        return None
    end, country = after_country[pos] if pos in after_country else country_after(doc.text, pos)
    if country is not None:
        return Span(match.start("name"), end)  # "بوركينا فاسو" is one name, a country
    word = match.group("name")
    if _common_noun(doc, match.start("name")):
        return None  # "ثكنة لمرتزقة فاغنر": the barracks of the mercenaries
    joined = _ARABIC_HYPHENATED.match(doc.text, match.end("name"))
    if joined is not None and named:
        # "طريق غاو-أنسونغو" (the Gao-Ansongo road), "أورو-فيرو": one name, which the
        # places stage splits when a road word says it is a road's two towns
        return Span(match.start("name"), joined.end())
    glued = _is_glued(doc, word) and not _plain_after_preposition(doc, pos, word)
    longer = None if glued else _particle_compound(doc, match) or _arabic_compound(
        doc, match, countries)
    if longer is None and named and not glued:
        longer = _before_area_word(doc, match)
    if longer is not None:
        return longer
    if len(word) < 3:
        return None
    span = Span(match.start("name"), match.end("name"))
    if named and not glued:
        return span  # a plain word after a cue that announces a place: no look-up decides
    # "في الساعات": a word with the article needs a close match (Sahel place names rarely
    # carry it, but "والام" Ouallam begins like one)
    known = is_place_name(word, countries, min_score=_glued_score(doc, word)) if glued else (
        is_place_name(word, countries)
        or _in_named_country(doc.text, match.end("name"), word, country_cues))
    return span if known else None


_ARABIC_WORD = r"[\u0621-\u064a\u066e-\u06d3]+"
# a hyphen and a second word right after an Arabic word: "غاو-أنسونغو"
_ARABIC_HYPHENATED = re.compile(rf"-{_ARABIC_WORD}")
# a name in quotes or parentheses (Arabic reports often mark names so: "في "كوتوغو"")
QUOTED_ARABIC = re.compile(rf"\s*[\"“«(]\s*(?P<name>{_ARABIC_WORD}(?:[ -]{_ARABIC_WORD}){{0,2}})\s*[\"”»)]")
# the same from its opening quote, for a scan of the whole text (a leading `\s*` would make
# the scan try every position; the spaces before a quote belong to no name)
_QUOTED_FROM_MARK = re.compile(QUOTED_ARABIC.pattern.removeprefix(r"\s*"))


def _quoted_name(doc: ArticleDoc, quoted: re.Match[str], countries: tuple[str, ...], *,
                 named: bool) -> Span | None:
    """A quoted name after a cue: after a cue that announces a place, any quoted words but
    the report's vocabulary; after "في", one plain word or a place the gazetteer knows
    (scare quotes mark phrases too: "مكافحة الإرهاب")."""
    name = quoted.group("name")
    span = Span(quoted.start("name"), quoted.end("name"))
    if folded(name) in stop_words(doc.lang or "") or _common_noun(doc, span.start):
        return None
    plain = " " not in name and not _is_glued(doc, name) and len(name) >= 3
    return span if named or plain or is_place_name(name, countries) else None


def quoted_places(doc: ArticleDoc, countries: tuple[str, ...]) -> list[Span]:
    """Quoted words anywhere that the gazetteer knows closely as a place ("«سيبا»")."""
    if not any(q in doc.text for q in "\"“«("):
        return []
    out = []
    for quoted in _QUOTED_FROM_MARK.finditer(doc.text):
        name = quoted.group("name")
        span = Span(quoted.start("name"), quoted.end("name"))
        if " " in name or folded(name) in stop_words(doc.lang or "") or _is_glued(doc, name) \
                or _common_noun(doc, span.start):
            continue
        if is_place_name(name, countries, min_score=GLUED_SCORE):
            out.append(span)
    return out


def _in_named_country(text: str, end: int, word: str, country_cues: dict[int, str]) -> bool:
    """Whether a word followed by "in <country>" ("في تسيت في مالي") is a place of that
    country, by a looser transliteration than a bare word needs."""
    code = country_cues.get(next_word_start(text, end))
    return code is not None and is_place_name(word, (code,), min_score=IN_COUNTRY_SCORE)


GLUED_SCORE = 0.84
# above any spelling's score: only the gazetteer's names and alternate names reach it
BY_NAME_ONLY = 2.0


@per_language
def _article_prefixes(lang: str) -> tuple[str, ...]:
    """`noun_article` as written (unfolded: the article has no hamza, a name "Al-" has one)."""
    return tuple(w for w in section(lang, "places", "noun_article") or () if isinstance(w, str))


def _glued_score(doc: ArticleDoc, word: str) -> float:
    """How closely the gazetteer must know a word with a clitic to make it a place: by its
    name alone when it opens with the article ("في الهواء", in the air, is no spelling of
    Ouagadougou; Sahel names in Arabic script are transliterations, and one that begins
    "Al-" is written with a hamza), else closely (`GLUED_SCORE`)."""
    return BY_NAME_ONLY if word.startswith(_article_prefixes(doc.lang or "")) else GLUED_SCORE


_ARABIC_NEXT = re.compile(r" (?P<name>[\u0621-\u064a\u066e-\u06d3]{2,})")


@per_language
def _particle_after(lang: str) -> re.Pattern[str] | None:
    """A French particle of a name written in the script (`name_particles`: "دو" for
    "du") and the word after it, in group "name"."""
    words = [w for w in section(lang, "places", "name_particles") or () if isinstance(w, str)]
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf" (?:{body}) (?P<name>[\u0621-\u064a\u066e-\u06d3]{{3,}})")


def _particle_compound(doc: ArticleDoc, first: re.Match[str]) -> Span | None:
    """A name joined by a French particle ("نيورو دو ساحل", Nioro du Sahel; "بوكلي دو
    موهون", Boucle du Mouhoun): one name, which the particle alone never ends."""
    pattern = _particle_after(doc.lang or "")
    second = pattern.match(doc.text, first.end("name")) if pattern is not None else None
    if second is None or _is_glued(doc, second.group("name")):
        return None
    return Span(first.start("name"), second.end("name"))


def _arabic_compound(doc: ArticleDoc, first: re.Match[str], countries: tuple[str, ...]) -> Span | None:
    """A two-word name the gazetteer knows ("فادا نغورما", "غوروم غوروم"): without it the
    first word alone may match another place ("Fada" in Niger). A second word that is a
    cue or a word of the report's vocabulary ends the name ("X قرب", X near; "X هجمات")
    and costs no look-up."""
    second = _ARABIC_NEXT.match(doc.text, first.end("name"))
    if second is None or _not_in_name(doc, second):
        return None
    span = Span(first.start("name"), second.end("name"))
    return span if is_place_name(span.of(doc.text), countries) else None


def _not_in_name(doc: ArticleDoc, word: re.Match[str]) -> bool:
    """Whether a word after a name's first word (group "name") cannot continue it: a stop
    word, a cue word, a word with a clitic or of the report's vocabulary."""
    name, lang = word.group("name"), doc.lang or ""
    return folded(name) in stop_words(lang) or folded(name) in _cue_words(lang) \
        or _is_glued(doc, name) or _common_noun(doc, word.start("name"))


@per_language
def _area_word(lang: str) -> re.Pattern[str] | None:
    """An area word with its clitics right after a space ("بولاية", "في منطقة"), and the
    folded cue words of every kind (none of them ends a name)."""
    cues = section(lang, "places", "cues") or {}
    words = sorted({w for w in cues.get("region") or ()}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(r"\s+(?:" + rules_for(lang).wrap(body) + ")")


@per_language
def _cue_words(lang: str) -> frozenset[str]:
    cues = section(lang, "places", "cues") or {}
    return frozenset(fold(w) for kind in cues.values() for w in kind or ())


def _before_area_word(doc: ArticleDoc, first: re.Match[str]) -> Span | None:
    """A two-word name after a place noun that an area word closes ("في قرية تودون بيري
    بولاية كادونا", in the village of Tudun Biri in Kaduna State): the second word is part
    of the name when it is no cue, stop word or clitic-glued word."""
    area = _area_word(doc.lang or "")
    second = _ARABIC_NEXT.match(doc.text, first.end("name"))
    if area is None or second is None or len(second.group("name")) < 3:
        return None
    word = second.group("name")
    if folded(word) in stop_words(doc.lang or "") or folded(word) in _cue_words(doc.lang or "") \
            or _is_glued(doc, word) or area.match(doc.text, second.end("name")) is None:
        return None
    return Span(first.start("name"), second.end("name"))


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


_CLOSING_QUOTE = re.compile(r"[\"”»]")


def list_after(doc: ArticleDoc, span: Span) -> list[Span]:
    """The other names of a list ("the villages of A, B and C"); in a list of quoted names
    ("منطقتي "A" و"B"", the two areas of A and B) the next quoted name, Arabic too."""
    spans = []
    listed = joiners(doc.lang or "")[1]
    while True:
        closed = _CLOSING_QUOTE.match(doc.text, span.end)
        joint = listed.match(doc.text, closed.end() if closed else span.end)
        if joint is None:
            break
        following = _quoted_after(doc, joint.end()) if closed else \
            name_after(doc, joint.end(), latin_only=True)
        if following is None:
            break
        spans.append(following)
        span = following
    return spans


def _quoted_after(doc: ArticleDoc, pos: int) -> Span | None:
    """The quoted name right at `pos`, unless it is a word of the report's vocabulary."""
    match = QUOTED_ARABIC.match(doc.text, pos)
    if match is None or folded(match.group("name")) in stop_words(doc.lang or "") \
            or _common_noun(doc, match.start("name")):
        return None
    return Span(match.start("name"), match.end("name"))


_BEFORE = re.compile(rf"(?:^|[^\w'’-])(?P<name>{NAME_WORD}(?:[ -]{NAME_WORD}){{0,3}})\s+$")


def before_country(doc: ArticleDoc, cue_start: int, code: str) -> Span | None:
    """The place right before "in <country>" ("gunmen raided Lere in Mali"), when the
    gazetteer knows it in that country."""
    match = _BEFORE.search(doc.text, max(0, cue_start - 60), cue_start) \
        or _ARABIC_BEFORE.search(doc.text, max(0, cue_start - 30), cue_start)
    if match is None or folded(match.group("name")) in stop_words(doc.lang or ""):
        return None
    span = Span(match.start("name"), match.end("name"))
    word = span.of(doc.text)
    if is_arabic_word(word) and not is_plain_word(doc, word, span.start):
        return None  # "العاملة في النيجر", "جنود في مالي": a common word, not a name
    return span if is_place_name(word, (code,)) else None


# an Arabic word right before "في <country>" ("سد كاندادجي في النيجر"): no capitals tell
# a name, so only a plain word the gazetteer knows in that country counts
_ARABIC_BEFORE = re.compile(r"(?:^|\s)(?P<name>[\u0621-\u064a\u066e-\u06d3]{3,})\s+$")


def is_arabic_word(word: str) -> bool:
    return bool(word) and "\u0621" <= word[0] <= "\u06d3"
