"""actors.v1: named and generic actors, with the country an adjacent demonym gives.

`resources/<lang>/actors.yaml`: `aliases` (actor id → names), `generic` (actor id →
common nouns such as "soldiers", "gunmen"), `demonyms` (ISO alpha-3 → country names and
adjectives), `not_demonyms` (names of other things that contain a country's name: "Lake
Chad", "lac Tchad", "بحيرة تشاد" name no country). "the Malian army", "l'armée malienne" and "الجيش المالي" all give the
generic military actor with country MLI.
"""

from __future__ import annotations

import re

from rasd.doc import ActorMention, ArticleDoc, Span
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, term_alternation
from rasd.normalize import fold
from rasd.registry import layer_stage
from rasd.stages.lexical import folded, hits, per_language, section
from rasd.stages.nearby import Near, SpanIndex, nearest

MAX_DEMONYM_WORDS = 2


_SENTENCE_BREAK = re.compile(r"[.!?؟\n]")


@per_language
def _demonym_breaks(lang: str) -> re.Pattern[str] | None:
    """actors.yaml `demonym_breaks` as one pattern over folded text (None when empty)."""
    words = term_alternation(list(section(lang, "actors", "demonym_breaks") or ()))
    return re.compile(rules_for(lang).wrap(words)) if words else None


def _country(doc: ArticleDoc, match: LexMatch, demonyms: Near) -> str | None:
    # only the demonyms near the match are read (a scan of them all is quadratic)
    candidates = demonyms.candidates(match.span, max_words=MAX_DEMONYM_WORDS)
    if not candidates:  # most actor nouns: no country name within reach
        return None
    inside = [d for d in candidates
              if match.span.start <= d.span.start and d.span.end <= match.span.end]
    if inside:
        return inside[0].labels[0]
    # a country that ends the sentence before ("... heading for Niger. The protesters")
    # is no nationality of the noun that opens the next one
    same_sentence = [d for d in candidates if not _SENTENCE_BREAK.search(
        doc.text, min(d.span.end, match.span.end), max(d.span.start, match.span.start))]
    breaks = _demonym_breaks(doc.lang or "")
    if breaks is not None:
        # "the army and its Russian allies": the country qualifies the allies
        same_sentence = [d for d in same_sentence if d.span.start < match.span.start
                         or not breaks.search(folded(doc, match.span.end, d.span.start))]
    near = nearest(doc.text, same_sentence, match.span, max_words=MAX_DEMONYM_WORDS)
    return None if near is None else near.labels[0]


def country_names(doc: ArticleDoc) -> list[LexMatch]:
    """The demonym hits that name a country: not those inside the name of something else
    ("Lake Chad" is a lake shared by four countries, not Chad). Found once per document
    (each incident of a long report asks for them)."""
    return doc.cached_view(f"country_names:{doc.lang}", lambda _text: _country_names(doc))


def _country_names(doc: ArticleDoc) -> list[LexMatch]:
    found = hits(doc, "actors", "demonyms")
    others = hits(doc, "actors", "not_demonyms")
    if not others:
        return found
    inside = SpanIndex(m.span for m in others)
    return [m for m in found if not inside.overlaps(m.span)]


_SPACES = re.compile(r"\s+")


def _forces_of_countries(doc: ArticleDoc, named: SpanIndex) -> list[ActorMention]:
    """A force noun and its link word right before a country's name or adjective ("the
    forces of Burkina Faso", "les forces du Niger", "les forces tchadiennes", "قوات مالي";
    actors.yaml `country_forces`), or a force noun right after one ("Chadian forces";
    `forces_after_country`): that country's own forces, whatever the country. A named
    alias over it wins."""
    leads = hits(doc, "actors", "country_forces")
    trails = hits(doc, "actors", "forces_after_country")
    if not leads and not trails:
        return []
    countries = country_names(doc)
    starting = {m.span.start: m for m in countries}
    # each name by where the white space after it ends: where a trailing noun may start
    followed = {gap.end(): m for m in countries if (gap := _SPACES.match(doc.text, m.span.end))}
    found = []
    for lead in leads:
        gap = _SPACES.match(doc.text, lead.span.end)
        name = starting.get(gap.end()) if gap else None
        if name is not None and not named.overlaps(Span(lead.span.start, name.span.end)):
            found.append(ActorMention(Span(lead.span.start, name.span.end), lead.labels[0],
                                      True, name.labels[0]))
    for trail in trails:
        name = followed.get(trail.span.start)
        if name is not None and not named.overlaps(Span(name.span.start, trail.span.end)):
            found.append(ActorMention(Span(name.span.start, trail.span.end), trail.labels[0],
                                      True, name.labels[0]))
    return found


def _bare_forces(doc: ArticleDoc, taken: SpanIndex) -> list[LexMatch]:
    """The force noun with its article alone ("the forces", "les forces", "القوات";
    actors.yaml `bare_forces`): the state's own forces, the country from context, as "the
    army" is. Not where another actor overlaps it ("les forces de police", "القوات
    الفرنسية"), where a link word goes on from it ("the forces of the coalition"), nor where
    a word beside it says whose they are ("القوات الدولية", "هذه القوات":
    `bare_forces_qualified_by`)."""
    bare = hits(doc, "actors", "bare_forces")
    if not bare:
        return []
    linked = SpanIndex(lead.span for lead in hits(doc, "actors", "country_forces"))
    # a lead over the bare noun's last character and the one after it goes on from it
    return [m for m in bare if not taken.overlaps(m.span)
            and not linked.covers(Span(m.span.end - 1, m.span.end + 1))
            and not _qualified(doc, m.span)]


def _qualified(doc: ArticleDoc, span: Span) -> bool:
    """Whether the force noun at `span` is pointed back by the word before it or qualified by
    the word after it (actors.yaml `bare_forces_qualified_by`: those words before, those
    words after, and how other words after start or end)."""
    shape = section(doc.lang or "", "actors", "bare_forces_qualified_by")
    before = _LAST_WORD.search(doc.text, max(0, span.start - 24), span.start)
    if before and _folded_in(before.group(1), shape.get("words_before")):
        return True
    after = _FIRST_WORD.match(doc.text, span.end)
    word = fold(after.group(1)) if after else ""
    return bool(word) and (_folded_in(word, shape.get("words_after"))
                           or word.startswith(tuple(shape.get("starts") or ()))
                           or word.endswith(tuple(shape.get("ends") or ())))


def _folded_in(word: str, words: list[str] | None) -> bool:
    """Whether `word`, folded, is one of `words` folded."""
    return fold(word) in {fold(w) for w in words or ()}


def find_actors(doc: ArticleDoc) -> list[ActorMention]:
    """Actor mentions in text order; named aliases win over generic nouns on overlap, and a
    force of a named country ("the forces of Niger") over the generic nouns inside it."""
    demonyms = Near(doc.text, country_names(doc))
    named = list(hits(doc, "actors", "aliases"))
    forces = _forces_of_countries(doc, SpanIndex(n.span for n in named))
    taken = SpanIndex([*(n.span for n in named), *(f.span for f in forces)])
    generic = [g for g in hits(doc, "actors", "generic") if not taken.overlaps(g.span)]
    generic += _bare_forces(doc, SpanIndex([*taken.spans, *(g.span for g in generic)]))
    mentions = [ActorMention(m.span, m.labels[0], False, _country(doc, m, demonyms)) for m in named]
    mentions += forces
    mentions += [ActorMention(m.span, m.labels[0], True, _country(doc, m, demonyms)) for m in generic]
    mentions += _counted_nationals(doc, mentions)
    mentions += _defined_acronyms(doc, mentions)
    return sorted(mentions, key=lambda a: (a.span.start, a.span.end))


_BRACKETED = re.compile(r"[ \t]*\((\w{2,8})\)")


def _defined_acronyms(doc: ArticleDoc, mentions: list[ActorMention]) -> list[ActorMention]:
    """An acronym in capitals that the text gives in brackets right after an actor's name
    ("les Forces armées nigériennes (FAN)", "the Defence and Security Forces (FDS)"): it and
    its later uses, written the same, name that actor ("une unité FAN"). Case is kept: a
    common word spelt like the acronym ("fan") names no one."""
    taken = SpanIndex(m.span for m in mentions)
    found: list[ActorMention] = []
    seen: set[str] = set()
    for mention in mentions:
        bracket = _BRACKETED.match(doc.text, mention.span.end)
        acronym = bracket.group(1) if bracket else ""
        if not acronym.isupper() or acronym in seen:
            continue
        seen.add(acronym)
        for use in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", doc.text):
            span = Span(use.start(), use.end())
            if not taken.overlaps(span):
                found.append(ActorMention(span, mention.actor_id, mention.generic, mention.country))
    return found


CIVILIANS = "civilians"
_LAST_WORD = re.compile(r"(\w+)\s+$")
_FIRST_WORD = re.compile(r"\s+(\w+)")


@per_language
def _count_words(lang: str) -> frozenset[str]:
    """The number words of a language up to the tens (numbers.yaml), lower-cased."""
    words: set[str] = set()
    for key in ("units", "teens", "tens"):
        words.update(str(w).lower() for w in (section(lang, "numbers", key) or {}))
    return frozenset(words)


def _counted_nationals(doc: ArticleDoc, mentions: list[ActorMention]) -> list[ActorMention]:
    """A nationality counted as people ("three Egyptians", "six Mauritaniens", "3 مصريين",
    "مصريين اثنين"):
    civilians of that country, when it is a plural noun (context.yaml `plural_endings`:
    "three Chadian peacekeepers" qualifies the noun) and no actor noun stands next to it
    ("three Malian soldiers" are soldiers)."""
    endings = tuple(section(doc.lang or "", "context", "plural_endings") or ())
    counts = _count_words(doc.lang or "")
    actors = SpanIndex(m.span for m in mentions)
    found = []
    for match in country_names(doc):
        span = match.span
        if (actors.overlaps(span) or actors.fewest_words(doc.text, span, cap=1) == 0
                or not doc.text[span.start:span.end].endswith(endings)):
            continue
        before = _LAST_WORD.search(doc.text, max(0, span.start - 24), span.start)
        after = _FIRST_WORD.match(doc.text, span.end)  # "مصريين اثنين": the count follows
        if any(m and (m.group(1).isdigit() or m.group(1).lower() in counts) for m in (before, after)):
            found.append(ActorMention(span, CIVILIANS, True, match.labels[0]))
    return found


SPEC = layer_stage("actors.v1", layer="actors", find=find_actors, requires={"text", "lang"})
