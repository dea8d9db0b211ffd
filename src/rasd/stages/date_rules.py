"""The date grammar of one language, built from `resources/<lang>/dates.yaml`.

A date expression is made of *forms* ("abs" = day month year, "dayref" = weekday or
"yesterday", "night", "period", ...), each a regex over folded text assembled from the
word lists. Matching is anchored (see `Grammar`): one fast pass finds the words every
expression contains, and the forms are tried only around them, in the order of `FORMS`
so that at one position the most specific (longest) form wins. The matched text is then
parsed again with that form's own pattern, which names its parts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rasd.errors import ResourceError
from rasd.languages import LanguageRules
from rasd.normalize import fold
from rasd.stages.date_anchors import anchor_pattern, anchor_table
from rasd.stages.date_anchors import trie as _trie

PERIODS = ("last_week", "this_week", "early_this_week", "last_month", "this_month", "weekend",
           "last_weekend")
MONTH_PERIODS = ("last_month", "this_month")  # periods a day or a part of a month can name
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
FORMS = ("holiday", "night", "span2", "range", "abs", "mdy", "numeric", "mpart", "month", "rday", "rpart",
         "period", "nights", "block", "wdspan", "dayref")

_COMMA = r"\s*[,،]?\s*"
_MAX_LEADS = 8  # tokens an expression may have before its anchor
_NUM_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_NUMERIC = (r"(?<![\d.,/-])(?:(?P<iso_y>\d{4})-(?P<iso_m>\d\d?)-(?P<iso_d>\d\d?)"
            r"|(?P<n1>\d\d?)(?P<sep1>[/.-])(?P<n2>\d\d?)(?P<sep2>[/.-])(?P<n3>\d{4}|\d\d))"
            r"(?![\d]|[.,/-]\d)")


def collapse(text: str) -> str:
    """A folded phrase with single spaces: the key lexicon maps are indexed by."""
    return " ".join(text.split())


def _entries(items: Iterable[Any], where: str) -> list[str]:
    out = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ResourceError(f"{where}: expected a non-empty string, got {item!r}",
                                resource="dates.yaml")
        out.append(collapse(fold(item)))
    return out


# one character each, so offsets stay: a break mark, or a full stop before a letter
_TOKEN_MARKS = "\n(\",،؛"
_GLUED_STOP = re.compile(r"\.(?=[^\W\d_])")


def _token_breaks_as_spaces(text: str) -> str:
    """`text` with each token break turned into a space (see `Grammar.matches`).

    A `str.replace` per mark and a pattern that opens with a literal full stop: each is a
    scan `re` or `str` runs in a tight loop, four times faster in all than one pattern
    opening with a class of the marks, which `re` tests character by character."""
    for mark in _TOKEN_MARKS:
        text = text.replace(mark, " ")
    return _GLUED_STOP.sub(" ", text)


def _alternation(phrases: Iterable[str]) -> str:
    """A prefix-factored alternation of phrases (see `_trie`)."""
    return _trie(phrases)


def _listed(phrases: Iterable[str]) -> str:
    """A plain alternation, longest phrase first (for phrases holding placeholders)."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in unique) + ")"


def _index(table: Mapping[Any, Any], where: str) -> dict[str, Any]:
    """Invert `{value: [phrases]}` into `{folded phrase: value}`."""
    if not isinstance(table, Mapping):
        raise ResourceError(f"{where}: expected a mapping", resource="dates.yaml")
    index: dict[str, Any] = {}
    for value, phrases in table.items():
        for phrase in _entries(phrases or [], f"{where}/{value}"):
            index[phrase] = value
    return index


def _month_day(text: str) -> tuple[int, int]:
    """(month, day) from "MM-DD"."""
    found = re.fullmatch(r"(\d\d?)-(\d\d?)", str(text))
    if found is None:
        raise ResourceError(f"holidays: expected MM-DD, got {text!r}", resource="dates.yaml")
    return int(found.group(1)), int(found.group(2))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The folded word lists of one language, indexed by meaning."""

    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    days_ago: dict[str, int]
    nights_ago: dict[str, int]
    periods: dict[str, str]
    month_parts: dict[str, str]
    lists: dict[str, list[str]]
    month_day: bool
    holidays: dict[str, tuple[int, int]]  # a fixed-date holiday → (month, day)
    # a weekday name that is also a numeral → the words before it that it agrees with
    numeral_weekdays: dict[str, re.Pattern[str]]

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Lexicon:
        """Fold and index a parsed dates.yaml; ResourceError when a key is missing."""
        list_keys = ("day_suffixes", "year_suffixes", "leads", "of", "year_leads",
                     "month_leads", "weekday_links", "parts_before", "parts_after", "past",
                     "current", "last_year", "night_leads", "links", "range_leads", "not_dates")
        missing = [k for k in (*list_keys, "months", "weekdays", "day_words", "days_ago",
                               "nights_ago", "periods", "month_parts", "month_day")
                   if k not in data]
        if missing:
            raise ResourceError(f"missing keys {missing}", resource="dates.yaml")
        unknown = set(data["periods"]) - set(PERIODS) | set(data["month_parts"]) - set(MONTH_PARTS)
        if unknown:
            raise ResourceError(f"unknown period keys {sorted(unknown)}", resource="dates.yaml")
        return cls(
            months=_index(data["months"], "months"),
            weekdays=_index(data["weekdays"], "weekdays"),
            day_words=_index(data["day_words"], "day_words"),
            days_ago=_index(data["days_ago"], "days_ago"),
            nights_ago=_index(data["nights_ago"], "nights_ago"),
            periods=_index(data["periods"], "periods"),
            month_parts=_index(data["month_parts"], "month_parts"),
            lists={k: _entries(data[k] or [], k) for k in list_keys},
            month_day=bool(data["month_day"]),
            holidays={name: _month_day(day) for name, day in
                      _index(data.get("holidays") or {}, "holidays").items()},
            numeral_weekdays=_numeral_weekdays(data.get("numeral_weekdays") or {}),
        )


def _numeral_weekdays(table: Mapping[Any, Any]) -> dict[str, re.Pattern[str]]:
    """`{weekday word: regex of the word before it}` with folded keys and compiled regexes."""
    if not isinstance(table, Mapping):
        raise ResourceError("numeral_weekdays: expected a mapping", resource="dates.yaml")
    try:
        return {collapse(fold(str(k))): re.compile(str(v)) for k, v in table.items()}
    except re.error as exc:
        raise ResourceError(f"numeral_weekdays: bad regex ({exc})", resource="dates.yaml") from exc


Group = Callable[[str, str], str]


def _named(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


def _plain(name: str, body: str) -> str:
    return f"(?:{body})"


@dataclass(frozen=True, slots=True)
class _Parts:
    """Regex fragments for the pieces forms are made of."""

    wd: str
    mon: str
    day: str
    year: str
    lex: Lexicon

    def alt(self, key: str) -> str:
        return _alternation(self.lex.lists[key])

    def opt(self, key: str) -> str:
        """An optional word from a list, followed by white space."""
        return f"(?:{self.alt(key)}\\s+)?"


def _parts(lex: Lexicon) -> _Parts:
    wd = _alternation(lex.weekdays)
    mon1 = _alternation(lex.months)
    # "كانون الثاني/يناير", "يناير (كانون الثاني)": two names of one month
    mon = rf"{mon1}(?:\s*[/(]\s*{mon1}\s*\)?)?"
    suffix = _alternation(lex.lists["day_suffixes"])
    day = rf"(?:{_NUM_DAY}{suffix}?|{_alternation(lex.day_words)})"
    year = rf"{_YEAR}{_alternation(lex.lists['year_suffixes'])}?"
    return _Parts(wd, mon, day, year, lex)


def _year_tail(p: _Parts, g: Group) -> str:
    year = g("year", p.year)
    # "last year" before "last": "November last year" is a year back, not "November last"
    return (rf"(?:{_COMMA}{p.opt('year_leads')}{year}"
            rf"|\s+{g('last_year', p.alt('last_year'))}"
            rf"|\s+{g('past', p.alt('past'))}|\s+{p.alt('current')})?")


def _weekday_head(p: _Parts, g: Group) -> str:
    """An optional weekday before a dated expression ("lundi 13 janvier"), itself after an
    optional "yesterday" ("hier vendredi 3 décembre", "أمس الاثنين 26 أغسطس"): the explicit
    date then stands, whatever the publication date."""
    ago = rf"(?:{_alternation(p.lex.days_ago)}{_COMMA})?"
    return rf"(?:{p.opt('leads')}{ago}{g('wd', p.wd)}{_COMMA}{p.opt('weekday_links')})?"


def _form_patterns(p: _Parts, g: Group) -> dict[str, str]:
    link = rf"(?:\s+{p.alt('links')}\s*|\s*[-/]\s*)"
    dated = {
        "night": (rf"{p.opt('leads')}{p.alt('night_leads')}\s+{g('wd1', p.wd)}"
                  rf"(?:{link}|\s+){g('wd2', p.wd)}"),
        "range": (rf"{p.opt('leads')}(?:{g('night', p.alt('night_leads'))}\s+"
                  rf"|{p.alt('range_leads')}\s+)?"
                  rf"{p.opt('leads')}(?:{p.wd}{_COMMA})?{g('d1', p.day)}{link}{p.opt('leads')}"
                  rf"(?:{p.wd}{_COMMA})?{g('d2', p.day)}\s+{p.opt('of')}{g('mon', p.mon)}"
                  + _year_tail(p, g)),
        # "entre le 28 septembre et le 4 octobre": a span across two months
        "span2": (rf"{p.opt('leads')}(?:{p.alt('range_leads')}\s+)?{p.opt('leads')}"
                  rf"{g('d1', p.day)}\s+{p.opt('of')}{g('mon1', p.mon)}{link}{p.opt('leads')}"
                  rf"{g('d2', p.day)}\s+{p.opt('of')}{g('mon', p.mon)}" + _year_tail(p, g)),
        "abs": (_weekday_head(p, g) + rf"{p.opt('leads')}{g('day', p.day)}\s+{p.opt('of')}"
                rf"{g('mon', p.mon)}" + _year_tail(p, g)),
        "mdy": (_weekday_head(p, g) + rf"{p.opt('leads')}{g('mon', p.mon)}\s+{g('day', p.day)}"
                rf"(?:{_COMMA}{g('year', p.year)})?" if p.lex.month_day else "(?!)"),
        "numeric": _weekday_head(p, g) + p.opt("leads") + (_NUMERIC if g is _named
                                                           else re.sub(r"\?P<\w+>", "?:", _NUMERIC)),
        # "at Christmas", "la veille de Noël 2019": a holiday on a fixed day
        "holiday": (rf"{p.opt('leads')}{g('holiday', _alternation(p.lex.holidays))}"
                    + _year_tail(p, g)),
        "mpart": (rf"{p.opt('month_leads')}{g('part', _alternation(p.lex.month_parts))}"
                  rf"(?:\s*-\s*|\s+){p.opt('of')}{g('mon', p.mon)}" + _year_tail(p, g)),
        # "last March", "this past May": the latest such month strictly before publication
        "month": (rf"(?:{g('lead', p.alt('month_leads'))}\s+)?"
                  rf"(?:{g('past0', p.alt('past'))}\s+)?{g('mon', p.mon)}"
                  + _year_tail(p, g)),
    }
    return dated | _relative_patterns(p, g)


def _relative_patterns(p: _Parts, g: Group) -> dict[str, str]:
    month_periods = _alternation(k for k, v in p.lex.periods.items() if v in MONTH_PERIODS)
    link = rf"(?:\s+{p.alt('links')}\s*|\s*[-/]\s*)"
    # {weekday}: a weekday not qualified as past; {weekday_alone}: nor given a part of the
    # day ("le jeudi" is habitual, "le jeudi soir" one evening)
    block_wd = rf"{p.wd}(?!\s+{p.alt('past')}(?!\w))"
    alone_wd = rf"{p.wd}(?!\s+(?:{p.alt('past')}|{p.alt('parts_after')})(?!\w))"
    blocks = (_listed(p.lex.lists["not_dates"]).replace(re.escape("{weekday_alone}"), alone_wd)
              .replace(re.escape("{weekday}"), block_wd))
    dayword = (rf"(?:{g('rel', _alternation(p.lex.days_ago))}"
               rf"(?:{_COMMA}\(?{g('relwd', p.wd)}\)?)?|{g('wd', p.wd)})")
    return {
        # "le 16 du mois dernier", "السادس عشر من الشهر المنصرم"
        "rday": rf"{p.opt('leads')}{g('day', p.day)}\s+{p.opt('of')}{g('period', month_periods)}",
        # "mid this month", "fin du mois dernier", "منتصف الشهر الجاري"
        "rpart": (rf"{p.opt('month_leads')}{g('part', _alternation(p.lex.month_parts))}"
                  rf"(?:\s*-\s*|\s+){p.opt('of')}{g('period', month_periods)}"),
        "period": p.opt("leads") + g("period", _alternation(p.lex.periods)),
        "nights": p.opt("leads") + g("nights", _alternation(p.lex.nights_ago)),
        "block": rf"{p.opt('leads')}{p.opt('parts_before')}{p.opt('leads')}{blocks}",
        # "on Tuesday and Wednesday", "يومي الثلاثاء والأربعاء": a span of days
        "wdspan": (rf"{p.opt('leads')}(?:{p.alt('range_leads')}\s+)?{p.opt('leads')}"
                   rf"{g('wd1', p.wd)}{link}{p.opt('leads')}{g('wd2', p.wd)}"),
        "dayref": (rf"{p.opt('leads')}{p.opt('parts_before')}{p.opt('leads')}"
                   rf"(?:{g('past0', p.alt('past'))}\s+)?{dayword}"
                   rf"(?:\s+{p.alt('parts_after')})?(?:\s+{g('past', p.alt('past'))})?"),
    }


# Which forms can hold an anchor of each kind; each kind gets its own scanner.
_FORMS_BY_ANCHOR = {
    "weekday": ("night", "range", "abs", "mdy", "numeric", "block", "wdspan", "dayref"),
    "month": ("block", "span2", "range", "abs", "mdy", "mpart", "month"),
    "days_ago": ("block", "abs", "mdy", "numeric", "dayref"),
    "nights_ago": ("night", "range", "nights"),  # "overnight" may lead a night
    "period": ("rday", "rpart", "period"),
    "holiday": ("holiday",),
    "digits": ("numeric",),
}


@dataclass(frozen=True, slots=True)
class Grammar:
    """The compiled grammar of one language.

    Matching runs in two steps. `anchors` finds, in one pass over the folded text
    (padded with a space), the words every date expression contains (a weekday, a month,
    a relative word) or the start of a numeric date, with any clitic glued before them.
    Around each anchor, the expression is parsed from the earliest `lead_token` before
    it ("le", "يوم", "dans", "13") with the scanner of the anchor's kind; the first
    parse that reaches the anchor wins.

    scanners: anchor kind -> the forms that can hold it, tried in order at one position.
    forms: form name -> that form alone, with named groups for its parts.
    anchor_kinds: anchored text (clitic included) -> (kind, length of the bare word).
    """

    anchors: re.Pattern[str]
    anchor_kinds: dict[str, tuple[str, int]]
    lead_token: re.Pattern[str]
    scanners: dict[str, re.Pattern[str]]
    forms: dict[str, re.Pattern[str]]
    lex: Lexicon

    def matches(self, text: str) -> Iterator[tuple[str, int, int]]:
        """(form, start, end) of each expression in folded text, in order, non-overlapping."""
        # an anchor starts a token: after a space, a line break, "(", a quote, a comma
        # glued to it ("مسلحون،الخميس الماضي"), or a full stop glued to the next sentence's
        # first word ("forces.In January", as scraped pages run paragraphs together)
        padded = " " + _token_breaks_as_spaces(text)
        done = 0
        for anchor in self.anchors.finditer(padded):
            word = anchor.group()[1:]
            kind, size = self.anchor_kinds.get(word, ("digits", len(word)))
            at = anchor.end() - 1 - size
            if at < done:
                continue
            scanner = self.scanners[kind]
            for start in self._starts(padded, at + 1, done + 1):
                match = scanner.match(text, start - 1)
                if match is not None and match.end() > at:
                    done = match.end()
                    form = match.lastgroup or ""
                    yield form, match.start(form), match.end(form)
                    break

    def _starts(self, text: str, at: int, done: int) -> list[int]:
        """Where an expression around the anchor at `at` may begin, earliest first: each
        lead token before it (after its clitics), then the anchor itself."""
        starts = [at]
        token = text.rfind(" ", done - 1, at) + 1
        for _ in range(_MAX_LEADS):
            end = token - 1
            while end > done and text[end - 1] == " ":
                end -= 1
            if end <= done:
                break
            token = text.rfind(" ", done - 1, end) + 1
            lead = self.lead_token.fullmatch(text, token, end)
            if lead is None:
                break
            starts.insert(0, lead.start("w"))
        return starts


def _scanner(forms: Iterable[str], patterns: Mapping[str, str]) -> re.Pattern[str]:
    body = "|".join(f"(?P<{name}>{patterns[name]})" for name in forms)
    return re.compile(rf"(?:{body})(?!\w)")


def build_grammar(data: Mapping[str, Any], rules: LanguageRules) -> Grammar:
    """Compile the grammar from a parsed dates.yaml and the language rules."""
    lex = Lexicon.from_data(data)
    parts = _parts(lex)
    plain = _form_patterns(parts, _plain)
    named = _form_patterns(parts, _named)
    scanners = {kind: _scanner(forms, plain) for kind, forms in _FORMS_BY_ANCHOR.items()}
    forms = {name: re.compile(rf"(?:{named[name]})(?!\w)") for name in FORMS}
    # the words an anchor is (a clitic may stand glued before each), and the month-part
    # compounds ("mi-janvier", "mid-January", no clitic)
    kinds = {"weekday": lex.weekdays, "month": lex.months, "days_ago": lex.days_ago,
             "nights_ago": lex.nights_ago, "period": lex.periods, "holiday": lex.holidays}
    compounds = [f"{part}-{month}" for part in lex.month_parts for month in lex.months]
    table = anchor_table(kinds, compounds, rules.prefix)
    anchors = re.compile(anchor_pattern(kinds, compounds, rules.prefix, table))
    # words that can stand before an anchor inside one expression (anchors themselves
    # are found first, left to right, so they need not be listed)
    before = ("leads", "of", "month_leads", "parts_before", "past", "night_leads", "links",
              "range_leads", "not_dates", "weekday_links")
    leads = {w for key in before for phrase in lex.lists[key] for w in phrase.split()}
    leads |= {w for table_ in (lex.day_words, lex.month_parts) for p in table_ for w in p.split()}
    leads = {w for w in leads if "{" not in w}
    # the clitic is lazy: "الأمس" is read as a word, not as the article and "أمس"
    lead_token = re.compile(rf"(?:{rules.prefix})??(?P<w>{_alternation(leads)}|{_NUM_DAY}"
                            rf"{_alternation(lex.lists['day_suffixes'])}?)[,،]?")
    return Grammar(anchors, table, lead_token, scanners, forms, lex)
