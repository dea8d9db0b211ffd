"""Clause helpers of claims.v1: where a name stands against a verb of saying.

A name past a complementiser ("added that the soldiers ...") or inside a quotation is what
is said, not who says it; a comma, semicolon or colon parts a name from a verb unless it
opens a relative clause on the name ("the local authorities, who confirmed"). Read from
`resources/<lang>/claims.yaml`: `sourcing`, `complementisers`, `relatives`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rasd.doc import ArticleDoc, Span
from rasd.events.stance import quotations
from rasd.languages import rules_for
from rasd.lexicon import term_alternation
from rasd.normalize import fold
from rasd.stages.claims_relay import CLAUSE_BREAK
from rasd.stages.lexical import per_language, section

ATTRIBUTED = "attributed"
# roles whose cue names the source itself: a party named nearby is what the source speaks
# about ("an attack on an army post, a security source said"), not who speaks
SELF_NAMED = frozenset({"security_source", "independent_media", "local_source",
                        "international_organisation", "unknown", "relayed", "unnamed_source"})
_CLAUSE_BREAK = CLAUSE_BREAK


@per_language
def prepositions(lang: str) -> frozenset[str]:
    """The attribution cues that are sourcing phrases ("according to", "selon", "وفقا")."""
    return frozenset(fold(str(t)) for t in section(lang, "claims", "sourcing") or ())


@per_language
def _complementiser(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "complementisers") or ()))
    return re.compile(rules_for(lang).wrap(words)) if words else None


def reported(text: str, verb: Span, name: Span, lang: str) -> bool:
    """Whether a name after a verb of saying stands in what is said ("he added that the
    soldiers fired back", "وأضاف أن العسكريين ردوا"): it is not the one speaking."""
    pattern = _complementiser(lang)
    if pattern is None or name.start < verb.end:
        return False
    return pattern.search(fold(text[verb.end:name.start])) is not None


_QUOTES = re.compile(r"[\"“”«»„]")


def quoted(text: str, name: Span, verb: Span) -> bool:
    """Whether a quotation mark stands between a name and a verb of saying: the name is in
    the words quoted ("“I was taken by JNIM,” he said"), not the one who speaks."""
    if name.end <= verb.start:
        return _QUOTES.search(text, _past_own_quote(text, name), verb.start) is not None
    return _QUOTES.search(text, verb.end, _before_own_quote(text, name)) is not None


def _past_own_quote(text: str, name: Span) -> int:
    """Where the text after a name starts, past the mark that closes the name's own quotes
    (the group "Nusrat al-Islam" said, جماعة "نصرة الإسلام والمسلمين" أعلنت): a name written
    in quotation marks is not in the words quoted."""
    opened = _QUOTES.search(text, max(0, name.start - 2), name.end) is not None
    m = _OWN_CLOSE.match(text, name.end)
    return m.end() if opened and m else name.end


def _before_own_quote(text: str, name: Span) -> int:
    """Where the text before a name ends, before the mark that opens the name's own quotes."""
    closed = _QUOTES.match(text, name.end) is not None or _QUOTES.search(text, name.start, name.end)
    m = _OWN_OPEN.search(text, max(0, name.start - 2), name.start)
    return m.start() if closed and m else name.start


_OWN_CLOSE = re.compile(r"\s?[\"“”«»„]")
_OWN_OPEN = re.compile(r"[\"“”«»„]\s?\Z")


def same_clause(text: str, name: Span, verb: Span, lang: str = "") -> bool:
    """Whether no comma, semicolon or colon stands between a name and a verb ("while the
    fighters announce a victory, civilians ...": the civilians do not announce). A comma
    that opens a relative clause on the name ("the local authorities, who confirmed")
    does not part them."""
    if name.end <= verb.start:
        between = text[name.end:verb.start]
        relative = _relative(lang)
        if relative is not None and relative.match(fold(between)):
            between = _CLAUSE_BREAK.split(between, maxsplit=1)[-1]  # past the comma
        return not _CLAUSE_BREAK.search(between)
    return not _CLAUSE_BREAK.search(text, verb.end, name.start)


@per_language
def _relative(lang: str) -> re.Pattern[str] | None:
    """A comma and a relative pronoun opening the text after a name."""
    words = term_alternation(list(section(lang, "claims", "relatives") or ()))
    return re.compile(rf"\s*[,،]\s*{rules_for(lang).wrap(words)}") if words else None



class Quoted:
    """The stretches of a text inside quotation marks, found once; whether a span lies in
    one is a bisection."""

    def __init__(self, text: str) -> None:
        self.spans = quotations(text)
        self.starts = [s for s, _ in self.spans]

    @classmethod
    def of(cls, doc: ArticleDoc) -> Quoted:
        """The document's quotations, found once per document (three steps ask)."""
        return doc.cached_view("claims:quoted", cls)

    def inside(self, span: Span) -> bool:
        at = bisect_right(self.starts, span.start) - 1
        return at >= 0 and self.spans[at][1] >= span.end


# a name set off by commas between a body and its verb ("the Prime Minister, Jane Doe, has
# confirmed"), at most a few words, each capitalised where the script has case
_NAME = r"[^\W\d_][^,،;؛:.!?\n]{0,60}?"
_APPOSED_BEFORE = re.compile(rf"\s*[,،]\s*({_NAME})\s*[,،]\s*(?:\w+\s+)?\Z")
# a verb or statement noun, a name or nothing, a comma, then the body after at most one word
# (an article, or a verb standing first: "according to Jean Dupont, prefect of X", "In a
# statement, the government expressed regret", "وفي بيان، أبدت الحكومة")
_APPOSED_AFTER = re.compile(rf"\s*({_NAME})?\s*[,،]\s*(?:\w+['’]?\s*)?\Z")
APPOSED_NAME_WORDS = 4


# a body, then a name with no comma, then its verb ("Le quotidien Le Soir de Bamako évoque",
# "the news site Sahel Info reported"): capitalised words and short links ("de", "of")
_NAMED_BEFORE = re.compile(r"\s+((?:[^\W\d_][\w'’-]*\s+){1,5})\Z")
NAME_LINK_LETTERS = 3


def named(text: str, body: Span, verb: Span) -> bool:
    """Whether only a proper name stands between a body and the verb after it: the body
    is the name's title or kind, and speaks through the verb."""
    if body.end > verb.start:
        return False
    m = _NAMED_BEFORE.match(text, body.end, verb.start)
    return m is not None and all(not w[0].islower() or len(w) <= NAME_LINK_LETTERS
                                 for w in m.group(1).split())


def apposed(text: str, body: Span, verb: Span) -> bool:
    """Whether a body and a verb of saying are parted only by a name in apposition or a
    fronted statement noun ("Prime Minister, Jane Doe, said", "selon Jean Dupont, préfet",
    "In a statement, the government said"): the comma does not part them."""
    if body.end <= verb.start:
        m = _APPOSED_BEFORE.match(text, body.end, verb.start)
    else:
        m = _APPOSED_AFTER.match(text, verb.end, body.start)
    if m is None:
        return False
    words = (m.group(1) or "").split()
    return len(words) <= APPOSED_NAME_WORDS and not any(w[0].islower() for w in words)
