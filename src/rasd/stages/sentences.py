"""sentences.v1: sentence boundaries, as spans into the original text.

A boundary is sentence-final punctuation (. ! ? ؟ …, with closing quotes) followed by
white space, or a line break. A full stop after an abbreviation listed in
`resources/<lang>/sentences.yaml` (e.g. "M.", "Gen.", "Lt.") or after a single capital
letter (an initial) is not a boundary.

A sentence that tells a second incident in a clause of its own ("the first ambush killed
six soldiers, while five gendarmes died in another ambush the same day") is cut in two
where that clause opens: at the last clause joiner (`clause_joiners` in
`resources/<lang>/sentences.yaml`: "while", "tandis que", "فيما", ";") before a cue of a
further incident (`sequel` in `resources/<lang>/context.yaml`: "in another ambush", "le
lendemain", "في كمين آخر"). So is a relative clause that recalls an earlier incident ("the
village, where about 160 were killed in March 2019", `recall_joiners` before a
`background` cue or a year long before publication). Every later stage then reads the
clauses as sentences, so the segmenter can tell the two incidents apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.config import Config
from rasd.doc import ArticleDoc, Sentence, Span
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import fold, norm_view
from rasd.prescan import Matches, Prescan
from rasd.registry import Stage, StageSpec
from rasd.resources import load


@lru_cache(maxsize=None)
def _abbreviations(lang: str) -> frozenset[str]:
    """The language's abbreviations in lower case, without their full stop (accents are
    kept: sentence splitting reads the original text)."""
    data = load(lang, "sentences")
    return frozenset(a.rstrip(".").lower() for a in data.get("abbreviations", []) if isinstance(a, str))


# A sentence end, in one pattern that `re` scans for by its first character (a class) and
# tries only there: a line break; or a stop followed by more stops, then closing quotes
# (after one space in French typography: ". »"), then white space or the end of the text;
# or a full stop glued to the next sentence, as scraped pages often give it ("the ministry
# said.More than ten", "selon la même source .L'armée"): after a lower-case word, before a
# capital that opens a word ("U.S.Army" or "M.Diallo", an initial, are no such stop). The
# match goes on over the white space after the sentence, which the sentence's span leaves
# out (`_add_trimmed`): a paragraph break after a stop is one match, not three.
_SENTENCE_END = re.compile(
    r"[.!?؟…\n](?:(?<=\n)"
    r"|[.!?؟…]*(?:[ \u00a0\u202f]?[\"'»”’)\]])*(?=\s|$)"
    r"|(?<=[^\W\d_][^\W\d_A-Z]\.|[^\W\d_A-Z] \.)(?=[^\W\d_a-z][^\W\d_A-Z]|[LD]['’]))\s*")


def split_sentences(text: str, *, abbreviations: frozenset[str]) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space; empty sentences dropped."""
    spans: list[Span] = []
    start = 0
    search = _SENTENCE_END.search
    found = search(text)
    while found is not None:
        pos = found.start()
        if text[pos] == "." and _abbreviation_before(text, pos, abbreviations):
            found = search(text, pos + 1)  # a later stop of the same run may end it ("etc..")
            continue
        end = found.end()
        _add_trimmed(spans, text, start, end)
        start = end
        found = search(text, end)
    _add_trimmed(spans, text, start, len(text))
    if any(s.end - s.start > MAX_SENTENCE_CHARS for s in spans):
        spans = [piece for s in spans for piece in _bounded(text, s)]
    return spans


# No sentence of a news report comes near this (the longest of the real-news corpus has 567
# characters); a run this long with no sentence end (a scraped table, a list joined by
# commas, hostile input) is cut into pieces of at most this length, at the last clause mark
# (else the last space) before it, so every rule that reads a sentence works on a bounded
# piece and a long document stays linear in time.
MAX_SENTENCE_CHARS = 2_000
_CLAUSE_MARK = re.compile(r"[,;،؛]")


def _bounded(text: str, span: Span) -> list[Span]:
    pieces: list[Span] = []
    start = span.start
    while span.end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        window = text[start + MAX_SENTENCE_CHARS // 2:limit]
        marks = [m.end() for m in _CLAUSE_MARK.finditer(window)]
        if marks:
            cut = start + MAX_SENTENCE_CHARS // 2 + marks[-1]
        else:
            space = window.rfind(" ")
            cut = start + MAX_SENTENCE_CHARS // 2 + space + 1 if space >= 0 else limit
        _add_trimmed(pieces, text, start, cut)
        start = cut
    _add_trimmed(pieces, text, start, span.end)
    return pieces


def _abbreviation_before(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    """Whether the word ending at `dot` is an initial or a listed abbreviation."""
    # most stops end a word that runs from a space (`_word_start`'s first case): decided
    # here without its call, three in four stops of a document
    space = text.rfind(" ", max(0, dot - WORD_REACH), dot)
    word = text[space + 1:dot]
    if space >= 0 and word.isalpha():
        return (len(word) == 1 and word.isupper()) or word.lower() in abbreviations
    first = _word_start(text, dot)
    word = text[first:dot]
    if not word or (first > 0 and text[first - 1] in ".-'’"):
        if not word:
            return False
        # the whole dotted word: "U.S", "U.N", "a.m" (letters joined by stops are
        # initials, none a sentence's last word), or a listed one ("J.-C")
        whole = first
        while whole > 0 and (text[whole - 1].isalpha() or text[whole - 1] in ".-'’"):
            whole -= 1
        dotted = text[whole:dot]
        pieces = dotted.split(".")
        return (word.lower() in abbreviations or dotted.lower() in abbreviations
                or (len(pieces) > 1 and all(len(p) == 1 and p.isalpha() for p in pieces)))
    return (len(word) == 1 and word.isupper()) or word.lower() in abbreviations


WORD_REACH = 40  # characters before a stop searched for the space that opens its word


def _word_start(text: str, end: int) -> int:
    """Where the run of letters that ends at `end` starts."""
    # most words run from a space: their letters tested in one call, not one by one
    space = text.rfind(" ", max(0, end - WORD_REACH), end)
    if space >= 0 and text[space + 1:end].isalpha():
        return space + 1
    first = end
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return first


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    """Append `text[start:end]` without its surrounding white space, unless that is all."""
    piece = text[start:end]
    body = piece.lstrip()
    if body:
        first = end - len(body)
        spans.append(Span(first, first + len(body.rstrip())))


@dataclass(frozen=True)
class _ClauseRule:
    key: str  # the joiners' key in sentences.yaml
    joiners: re.Pattern[str]  # the words or marks that open a clause
    cues: re.Pattern[str]  # what the clause must hold to stand apart


AFTER_CUE = "after_recalls"  # no joiner: the cue opens the clause ("..., two days after an attack on X")
# (sentences.yaml key of the joiners, context.yaml key of the cues the clause must hold);
# `day_offsets` ("the same day", "the next day") tell another act of a day counted from
# the one told before, as `sequel` cues do
CLAUSE_RULES = (("clause_joiners", "sequel"), ("clause_joiners", "day_offsets"),
                ("recall_joiners", "background"), (AFTER_CUE, "after_recalls"))
# a year, not part of a longer figure ("2,019", "12/2019"); a full stop after it may end
# the sentence
_YEAR = r"(?<![\d.,/-])(?:1[89]\d\d|20\d\d)(?![\d,/-]|\.\d)"
OLD_YEARS = 2  # a year this many years or more before publication recalls history


def _place_words(lang: str) -> str:
    """The words that introduce a place (`cues` in places.yaml: "in", "near", "the village
    of"): a recall in passing that holds one tells an incident of its own elsewhere."""
    cues = load(lang, "places").get("cues") or {}
    terms = [t for key in sorted(cues) for t in cues[key] or [] if key not in PLACE_WORDS_NOT]
    return rules_for(lang).wrap(term_alternation(terms)) if terms else ""


PLACE_WORDS_NOT = frozenset({"affiliation", "border"})  # "the mayor of", "near the border with"


def _rule_terms(lang: str, joiner_key: str, cue_key: str) -> tuple[list[str], list[str], list[str]]:
    """A clause rule's joiner words, joiner marks and cue terms, as the resources give them."""
    joiners = load(lang, "sentences").get(joiner_key) or [] if joiner_key != AFTER_CUE else []
    cue_terms = load(lang, "context").get(cue_key) or []
    if isinstance(cue_terms, dict):  # day_offsets: phrases listed by their offset
        cue_terms = [t for key in sorted(cue_terms) for t in cue_terms[key] or []]
    return ([j for j in joiners if j[:1].isalpha()], [j for j in joiners if not j[:1].isalpha()],
            cue_terms)


@lru_cache(maxsize=None)
def _clause_rules(lang: str) -> tuple[_ClauseRule, ...]:
    """The folded patterns of clause joiners and of the cues their clauses must hold: a
    further incident ("in another ambush") or an earlier one ("last year", a long-past
    year, matched here and checked against publication in `clause_breaks`). All are
    compiled with a language's first document, the long pattern of place words too: a
    first pass over real news meets an after-recall cue in every language, and
    compiling it then cost 1-3 ms inside that pass."""
    rules = rules_for(lang)
    out = []
    for joiner_key, cue_key in CLAUSE_RULES:
        joiner_words, joiner_marks, cue_terms = _rule_terms(lang, joiner_key, cue_key)
        cues = rules.wrap(term_alternation(cue_terms))
        if cue_key == "background":
            cues = f"{cues}|{_YEAR}"
        words = term_alternation(joiner_words)
        marks = term_alternation(joiner_marks)
        joiner = "|".join(filter(None, (words and rules.wrap(words), marks)))
        if joiner_key == AFTER_CUE:
            joiner = _place_words(lang)
        if joiner:
            out.append(_ClauseRule(joiner_key, re.compile(joiner), re.compile(cues)))
    return tuple(out)


@lru_cache(maxsize=None)
def _clause_scan(lang: str) -> Prescan | None:
    """Where a joiner (place words aside) or a cue of `_clause_rules` may match (see
    rasd.prescan); None where a rule has no cue terms (its pattern would match the empty
    string)."""
    words: list[str] = []
    marks: list[str] = []
    for joiner_key, cue_key in CLAUSE_RULES:
        joiner_words, joiner_marks, cue_terms = _rule_terms(lang, joiner_key, cue_key)
        if not term_alternation(cue_terms):
            return None
        words += [*joiner_words, *cue_terms]
        marks += joiner_marks
    # a year opens with a 1 or a 2, a mark with its first character: one pass over one
    # character class finds both
    firsts = "".join(r"\s" if c == " " else re.escape(c)
                     for c in sorted({fold(m)[:1] for m in marks if isinstance(m, str) and m.strip()}))
    others = rf"[12{firsts}](?:(?<=[12])(?=\d\d\d)|(?<=[{firsts}]))" if firsts else r"[12](?=\d\d\d)"
    return Prescan.build(words, prefix=rules_for(lang).prefix, others=[others])


def clause_breaks(doc: ArticleDoc, spans: list[Span]) -> list[int]:
    """Where a sentence's clause telling another incident opens (see the module doc):
    the start of the last joiner before each cue, inside the sentence, in text order."""
    if not doc.lang or not spans:
        return []
    view = norm_view(doc)
    rules = _clause_rules(doc.lang)  # built on a language's first document, as the scan
    finditer = Matches(view.text, _clause_scan(doc.lang))
    if finditer.none:
        return []  # no joiner and no cue anywhere
    starts = [s.start for s in spans]
    breaks: set[int] = set()
    for rule in rules:
        # a word opens the clause it joins; a mark (";") closes the clause before it
        if rule.key == AFTER_CUE:
            # place words are everywhere and each is checked for a name after it, recall
            # cues are rare: the cues are looked for first
            cues = finditer(rule.cues)
            if not cues:
                continue
            # the place words that a name follows ("in Tessit", "à Tessit"; not "a annoncé")
            joiners = [view.orig_index(m.start()) for m in rule.joiners.finditer(view.text)
                       if _named(doc.text, view.orig_index(m.end() - 1) + 1)]
        else:
            joiners = [view.orig_index(m.start() if m.group()[-1:].isalpha() else m.end())
                       for m in finditer(rule.joiners)]
            cues = finditer(rule.cues) if joiners else []
        if not joiners:
            continue
        for cue in cues:
            if cue.group().isdigit() and not _old(doc, int(cue.group())):
                continue
            at = view.orig_index(cue.start())
            sentence = spans[bisect_right(starts, at) - 1]
            if rule.key == AFTER_CUE:
                # "the protest came | a day after a strike near X": the cue opens a recall
                # that names a place of its own, after a clause of the sentence's own; one
                # that names none ("retook the town, two weeks after rebels seized it") is
                # the report's incident told further
                place = bisect_left(joiners, at)
                if _HEAD.search(doc.text, sentence.start, at) and \
                        place < len(joiners) and joiners[place] < sentence.end:
                    breaks.add(at)
                continue
            before = bisect_left(joiners, at) - 1
            if before >= 0 and sentence.start < joiners[before] < at:
                breaks.add(joiners[before])
    return sorted(breaks)


NAME_WORDS = 3  # words after a place word that may hold the name ("in the Tahoua region")


def _named(text: str, at: int) -> bool:
    """Whether a name follows within `NAME_WORDS` words: a word that opens with a capital or
    with a letter of a script without case (Arabic)."""
    words = text[at:at + 60].split()[:NAME_WORDS]
    return any(w[:1].isalpha() and not w[:1].islower() for w in words)


# two words before an after-recall cue are enough to be a clause of their own (a search
# that stops at the first two, whatever the sentence's length)
_HEAD = re.compile(r"[^\W\d_]+[\W\d_]+[^\W\d_]+")

_OPENING = 40  # characters enough to hold a joiner at a sentence's start


def recall_clauses(doc: ArticleDoc) -> set[int]:
    """The sentences that are relative clauses recalling an earlier incident, cut off by
    `clause_breaks` (they open with a recall joiner; the cue was checked then)."""
    rules = _clause_rules(doc.lang) if doc.lang else ()
    rule = next((r for r in rules if r.key == "recall_joiners"), None)
    if rule is None:
        return set()
    joiners = rule.joiners
    view = norm_view(doc)
    if view.identity:
        # the folded text has each sentence's opening at its own offsets: a slice of it is
        # the opening folded (a folded character depends on its context only for a Greek
        # final sigma, which no joiner holds), without folding each one again (60-70 us a
        # document, each opening a new string to fold)
        folded = view.text
        return {i for i, sentence in enumerate(doc.sentences or ())
                if joiners.match(folded[sentence.span.start:sentence.span.start + _OPENING])}
    return {i for i, sentence in enumerate(doc.sentences or ())
            if joiners.match(fold(doc.text[sentence.span.start:sentence.span.start + _OPENING]))}


def _old(doc: ArticleDoc, year: int) -> bool:
    """Whether a year is long before publication; with no publication date, a year named
    in a relative clause ("the village, which saw a massacre in 2019") is taken as one:
    a report tells its own incident by the day, not by the year."""
    return doc.published is None or year <= doc.published.year - OLD_YEARS


def split_at(text: str, spans: list[Span], breaks: list[int]) -> list[Span]:
    """The spans cut at the break offsets inside them, each piece trimmed."""
    if not breaks:
        return spans
    out: list[Span] = []
    for span in spans:
        start = span.start
        for cut in breaks[bisect_right(breaks, span.start):bisect_left(breaks, span.end)]:
            _add_trimmed(out, text, start, cut)
            start = cut
        _add_trimmed(out, text, start, span.end)
    return out


def make_sentences(cfg: Config) -> Stage:
    def sentences(doc: ArticleDoc) -> ArticleDoc:
        abbreviations = _abbreviations(doc.lang or "")
        spans = split_sentences(doc.text, abbreviations=abbreviations)
        spans = split_at(doc.text, spans, clause_breaks(doc, spans))
        return doc.with_layers(sentences=tuple(Sentence(span) for span in spans))

    return sentences


SPEC = StageSpec(
    name="sentences.v1",
    factory=make_sentences,
    requires=frozenset({"text", "lang"}),
    assigns=frozenset({"sentences"}),
)
