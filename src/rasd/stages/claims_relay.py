"""Outlets that relay a claim rather than make it (part of claims.v1).

An outlet a source spoke to ("told AFP", "à l'AFP", "لوكالة فرانس برس"), one credited in
brackets or on a credit line, one that says it could not verify what it reports, and one
that opens a clause in which another source speaks ("according to Reuters, the ministry
said") only relays: the claims layer keeps it with role `RELAYED`, records leave it out.
`resources/<lang>/claims.yaml`: `recipients`, `sourcing`, `verifying`, `negations`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from rasd.actors import NON_STATE_ARMED, catalogue
from rasd.doc import ActorMention, ArticleDoc
from rasd.languages import rules_for
from rasd.lexicon import LexMatch, term_alternation
from rasd.normalize import fold, norm_view
from rasd.stages.lexical import folded, hits, per_language, section
from rasd.stages.nearby import by_sentence, nearest, sentence_index, words_between

# what ends a clause (a comma, semicolon or colon; Arabic forms too)
CLAUSE_BREAK = re.compile(r"[,،;؛:]")


RELAYING = frozenset({"independent_media"})
# the role of an outlet that only relays: the layer keeps it (a statement was made in its
# sentence, which segmentation reads), records leave it out
RELAYED = "relayed"
_CREDIT_OPEN, _CREDIT_CLOSE = "([/", ")]/"


CREDIT_LINE_WORDS = 8


_FULL_STOP = re.compile(r"[.!?؟]\s")


class _Lines:
    """The line breaks of a text, found once, and whether each line asked about is a short
    line of its own: a cue's line is two bisections away, and each line is read once (a
    search for the breaks around each cue reads a long line again for every cue on it)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.credits: dict[tuple[int, int], bool] = {}

    def credit_line(self, start: int, end: int) -> bool:
        """Whether the text from `start` to `end` stands on a short line of its own without
        a full stop: a byline or a credit ("Reuters", "By Jane Doe, Associated Press"), which
        names who carried the report, not a source of it."""
        before = bisect_left(self.breaks, start)  # the breaks before `start`
        after = bisect_left(self.breaks, end)  # the first break at or after `end`
        line = (self.breaks[before - 1] + 1 if before else 0,
                self.breaks[after] if after < len(self.breaks) else len(self.text))
        found = self.credits.get(line)
        if found is None:
            text = self.text[line[0]:line[1]]
            found = self.credits[line] = (text.count(" ") < CREDIT_LINE_WORDS
                                          and not _FULL_STOP.search(text + " "))
        return found


def _credit_line(doc: ArticleDoc, start: int, end: int) -> bool:
    """`_Lines.credit_line` over the document's folded text."""
    return doc.cached_view("claims:lines", lambda _text: _Lines(norm_view(doc).text)).credit_line(start, end)


@per_language
def _recipients(lang: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The recipient words folded (to compare with a clitic glued to a cue) and a pattern
    for one ending the text before a cue."""
    terms = list(section(lang, "claims", "recipients") or ())
    words = term_alternation(terms)
    glued = frozenset(fold(str(t)) for t in terms)
    # a generic media noun may stand between the recipient and the outlet ("told the news
    # agency AFP"), and a quotation mark ("لوكالة “فرانس برس”")
    nouns = term_alternation([str(t) for r in RELAYING
                              for t in ((section(lang, "claims", "speaking_bodies") or {}).get(r) or ())])
    noun = rf"(?:(?:{nouns})\s+)?" if nouns else ""
    return glued, (re.compile(rf"(?<!\w)(?:{words})\s*{noun}[\"'«]?\s*\Z") if words else None)


@per_language
def _outlets(lang: str) -> frozenset[str]:
    """The outlet names of `roles` and `speaking_bodies` and the state's own outlets
    (`state_media`: government cues that, like any outlet, may only carry what a source
    told them) folded, to tell a glued recipient clitic ("لوكالة"): one set per language,
    not joined again for each cue."""
    roles = section(lang, "claims", "roles") or {}
    bodies = section(lang, "claims", "speaking_bodies") or {}
    state = (fold(str(t)) for t in section(lang, "claims", "state_media") or ())
    return frozenset([*(fold(str(t)) for r in RELAYING
                        for t in (*(roles.get(r) or ()), *(bodies.get(r) or ()))), *state])


@per_language
def _glued_conjunctions(lang: str) -> tuple[str, ...]:
    """The one-word conjunctions folded, to strip one glued before a recipient clitic."""
    terms = (fold(str(t)) for t in section(lang, "numbers", "conjunction") or ())
    return tuple(t for t in terms if t and " " not in t)


@per_language
def _sourcing(lang: str) -> re.Pattern[str] | None:
    """A pattern for a sourcing phrase ending the text before an outlet, a recipient word
    or clitic allowed between ("according to Reuters", "وفقا لوكالة رويترز")."""
    words = term_alternation(list(section(lang, "claims", "sourcing") or ()))
    if not words:
        return None
    recipients = term_alternation(list(section(lang, "claims", "recipients") or ()))
    middle = rf"(?:\s*(?:{recipients}))?" if recipients else ""
    return re.compile(rf"(?<!\w)(?:{words}){middle}\s*[\"'«“]?\s*\Z")


def relays(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether an outlet cue names the outlet a source spoke to, or credits it in brackets:
    it relays the claim and does not make it. An outlet after a sourcing phrase ("according
    to Reuters", "وفقا لوكالة رويترز") is the source, whatever recipient word stands between."""
    return not _sourced(doc, cue) and (_told(doc, cue) or _credited(doc, cue))


def spoken_to(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether an outlet cue names the outlet a source spoke to ("told AFP", "contactées
    par l'AIB", "لوكالة فرانس برس"), and not one named as the source ("according to")."""
    return not _sourced(doc, cue) and _told(doc, cue)


def _told(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether a recipient word or clitic makes an outlet cue the one spoken to."""
    view = norm_view(doc)
    glued, before = _recipients(doc.lang or "")
    matched = view.text[cue.norm_start:cue.norm_end]
    outlets = _outlets(doc.lang or "")
    # a conjunction may be glued before the recipient ("ولرويترز": "and to Reuters")
    for form in (matched, *(matched[len(c):] for c in _glued_conjunctions(doc.lang or "")
                            if matched.startswith(c))):
        if any(form.startswith(r) and form[len(r):] in outlets for r in glued):
            return True
    return before is not None and before.search(view.text, max(0, cue.norm_start - 40), cue.norm_start) is not None


def _sourced(doc: ArticleDoc, cue: LexMatch) -> bool:
    sourcing = _sourcing(doc.lang or "")
    return sourcing is not None and \
        sourcing.search(norm_view(doc).text, max(0, cue.norm_start - 32), cue.norm_start) is not None


def _credited(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether an outlet is credited on a line of its own, after a slash or in brackets."""
    view = norm_view(doc)
    if _credit_line(doc, cue.norm_start, cue.norm_end):
        return True
    left = view.text[max(0, cue.norm_start - 3):cue.norm_start].rstrip()
    right = view.text[cue.norm_end:cue.norm_end + 3].lstrip(" \t")
    if left.endswith("/") and (not right or right[0] in "\r\n"):
        return True  # a photo credit ending its line ("JANE DOE / AFP")
    right = right.lstrip()
    return bool(left) and bool(right) and left[-1] in _CREDIT_OPEN and right[0] in _CREDIT_CLOSE


@per_language
def _disclaimer(lang: str) -> re.Pattern[str] | None:
    neg = term_alternation(list(section(lang, "claims", "negations") or ()))
    verify = term_alternation(list(section(lang, "claims", "verifying") or ()))
    if not neg or not verify:
        return None
    wrap = rules_for(lang).wrap
    return re.compile(rf"{wrap(neg)}(?:\W+\w+){{0,3}}?\W+{wrap(verify)}")


def disclaimed(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether an outlet's clause says it could not verify ("AFP could not verify the
    claims", "l'AFP n'a pas pu vérifier", "لم تتمكن فرانس برس من التحقق")."""
    pattern = _disclaimer(doc.lang or "")
    if pattern is None:
        return False
    text = norm_view(doc).text
    before = CLAUSE_BREAK.split(text[max(0, cue.norm_start - 24):cue.norm_start])[-1]
    after = re.split(r"[,،;؛:.!?]", text[cue.norm_end:cue.norm_end + 60], maxsplit=1)[0]
    return pattern.search(f"{before} {after}") is not None


@per_language
def _recall(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "recalling") or ()))
    # right after the outlet, or after one adverb ("AFP also recalls")
    return re.compile(rf"\s*(?:\w+\s+)?{rules_for(lang).wrap(words)}") if words else None


def recalls(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether an outlet is the subject of a verb of recalling ("L'AFP rappelle que la
    mission a été déployée en 2013", "AFP recalls"; claims.yaml `recalling`): the writer
    sets out the background, and vouches for no fact of the incident."""
    pattern = _recall(doc.lang or "")
    return pattern is not None and pattern.match(norm_view(doc).text, cue.norm_end) is not None


QUOTED_SOURCE_WORDS = 5


def outlets_quoting(text: str, cues: list[tuple[LexMatch, str]]) -> list[tuple[LexMatch, str]]:
    """The cues in order, an outlet that opens a clause in which another source speaks
    marked as relaying it ("according to Reuters, the defence ministry said", "ذكر تقرير
    لوكالة فرانس برس، أن وزارة الداخلية أصدرت بيانا"). An outlet joined to a source without
    a break ("according to AFP and local sources") is a source beside it."""
    out = list(cues)
    for i, (cue, role) in enumerate(cues[:-1]):
        after, other = cues[i + 1]
        if role in RELAYING and other not in RELAYING and other not in ("unknown", RELAYED) \
                and CLAUSE_BREAK.search(text, cue.span.end, after.span.start) \
                and words_between(text, cue.span, after.span) <= QUOTED_SOURCE_WORDS \
                and "\n" not in text[cue.span.end:after.span.start]:
            out[i] = (cue, RELAYED)
    return out


@per_language
def _joined_outlet(lang: str) -> re.Pattern[str] | None:
    """A conjunction, and a determiner after it, filling the whole text between two outlets."""
    conj = term_alternation(list(section(lang, "numbers", "conjunction") or ()))
    if not conj:
        return None
    det = term_alternation(list(section(lang, "claims", "determiners") or ()))
    article = rf"(?:(?:{det})\s*)?" if det else ""
    return re.compile(rf"\s*,?\s*(?:{conj})\s*{article}\Z")


def relayed_together(doc: ArticleDoc, cues: list[tuple[LexMatch, str]]) -> list[tuple[LexMatch, str]]:
    """The cues in order, an outlet joined by a conjunction to an outlet that relays marked
    as relaying too ("confirmed to both Reuters and the Associated Press", "a déclaré à
    l'AFP et à RFI"): the source spoke to both."""
    pattern = _joined_outlet(doc.lang or "")
    if pattern is None:
        return cues
    view = norm_view(doc)
    out = list(cues)
    for i in range(1, len(out)):
        (before, role_before), (cue, role) = out[i - 1], out[i]
        if role_before == RELAYED and role in RELAYING \
                and pattern.match(view.text, before.norm_end, cue.norm_start):
            out[i] = (cue, RELAYED)
    return out


CITING_WORDS = 4  # "the radio's correspondent in the area, citing local sources"


@per_language
def _citing(lang: str) -> re.Pattern[str] | None:
    """A citing word a few words after an outlet, before the sentence ends."""
    words = term_alternation(list(section(lang, "claims", "citing") or ()))
    if not words:
        return None
    return re.compile(rf"(?:[^\w.!?\n]+\w+){{0,{CITING_WORDS}}}?[^\w.!?\n]*{rules_for(lang).wrap(words)}")


@per_language
def _state_media_cue(lang: str) -> re.Pattern[str] | None:
    """A cue that is a state outlet's name with the language's clitics ("للتلفزيون الرسمي")."""
    words = term_alternation(list(section(lang, "claims", "state_media") or ()))
    return re.compile(rules_for(lang).wrap(words)) if words else None


def outlet(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether a role cue names an outlet: an independent one, or one of the state's
    ("state television", "l'AIB", "التلفزيون الرسمي"), which relays a source it quotes."""
    return cue.labels[0] in RELAYING or state_outlet(doc, cue)


def state_outlet(doc: ArticleDoc, cue: LexMatch) -> bool:
    """Whether a government cue names one of the state's outlets (`claims.yaml`
    state_media): one a source spoke to only relays, but it is no credit in brackets
    ("l'agence d'information du Burkina (AIB)" names it as it speaks)."""
    return _names_state_media(doc.lang or "", cue.term)


@lru_cache(maxsize=4096)  # asked for each government cue by several steps; cues repeat
def _names_state_media(lang: str, term: str) -> bool:
    pattern = _state_media_cue(lang)
    return pattern is not None and pattern.fullmatch(fold(term)) is not None


AGENT_REACH = 24  # characters between a statement's agent word and the group ("by the")
STATEMENT_WORDS = 6  # "a statement released late on Monday by JNIM"


@per_language
def _agent_before(lang: str) -> re.Pattern[str] | None:
    words = term_alternation(list(section(lang, "claims", "agents") or ()))
    return re.compile(rf"(?<!\w)(?:{words})\s*\Z") if words else None


def _group_statement(doc: ArticleDoc, groups: list[ActorMention], nouns: list[LexMatch]) -> bool:
    """Whether a sentence's armed group is the agent of a statement named a few words
    before it ("a statement released by JNIM", "un communiqué publié par l'EIGS", "بيان
    صادر عن الجماعة"): the group speaks, whoever carries its words."""
    pattern = _agent_before(doc.lang or "")
    if pattern is None:
        return False
    for group in groups:
        if pattern.search(folded(doc, max(0, group.span.start - AGENT_REACH), group.span.start)) \
                and nearest(doc.text, [n for n in nouns if n.span.end <= group.span.start],
                            group.span, max_words=STATEMENT_WORDS) is not None:
            return True
    return False


def passing_on(doc: ArticleDoc, cues: list[tuple[LexMatch, str]]) -> list[tuple[LexMatch, str]]:
    """The cues in order, an outlet that passes on another's words marked as relaying: one
    citing a source a few words on ("the agency's correspondent, citing local sources",
    "نقلا عن مصادر محلية"), and one that reports an armed group's claim in its sentence
    (a monitor or the specialised media that carry a group's statement: "the claim was
    reported by SITE", "in a message published by specialised media") - the claim is the
    group's, the perpetrator's, not an independent report."""
    outlets = [i for i, (cue, role) in enumerate(cues) if role != RELAYED and outlet(doc, cue)]
    if not outlets:
        return cues
    sentences = doc.sentences or ()
    citing = _citing(doc.lang or "")
    claimed = by_sentence(sentences, [m for m, role in cues if role == "perpetrator"])
    armed = by_sentence(sentences, [a for a in doc.actors or ()
                                    if catalogue().actor(a.actor_id).side in NON_STATE_ARMED - {"unknown"}])
    nouns = by_sentence(sentences, hits(doc, "claims", "statement_nouns"))
    text = norm_view(doc).text
    out = list(cues)
    for i in outlets:
        cue = cues[i][0]
        at = sentence_index(sentences, cue.span) if sentences else -1
        if (citing is not None and citing.match(text, cue.norm_end)) or at in claimed \
                or _group_statement(doc, armed.get(at, []), nouns.get(at, [])):
            out[i] = (cue, RELAYED)
    return out
