"""The one document object, spans into its text, and the typed layers stages add.

`ArticleDoc.text` is the decoded, NFC-normalised original text and is never rewritten.
Stages return a new `ArticleDoc` with more layers (`dataclasses.replace`), so a document
seen by one stage is never changed under another's feet.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import re
import unicodedata
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, TypeVar

from rasd.errors import InputError

_T = TypeVar("_T")


def set_by_slots(cls: type[_T]) -> type[_T]:
    """Give a frozen slots dataclass an `__init__` that sets each field through its slot's
    own setter, for the types made by the hundred thousand in a long document: the generated
    frozen `__init__` goes through `object.__setattr__`, a third dearer for two fields (4,863
    against 3,667 instructions) and more with each further field. Apply it above
    `@dataclass(frozen=True, slots=True)`; the fields keep their order and plain defaults
    (a default factory, a field left out of `__init__` or a `__post_init__`, which this
    `__init__` would skip, is refused: none needs one)."""
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"set_by_slots: {cls.__qualname__} needs the dataclass __init__ "
                        f"for its __post_init__")
    env: dict[str, Any] = {}
    params, body = [], []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"set_by_slots: {cls.__qualname__}.{f.name} needs the dataclass "
                            f"__init__")
        env[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body)}", env)  # noqa: S102
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]
    return cls


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range `[start, end)` of code points in `ArticleDoc.text`."""

    start: int
    end: int

    # written out, not generated: a long document makes hundreds of thousands of spans, and
    # the generated frozen __init__ with a __post_init__ costs half as much again per span
    def __init__(self, start: int, end: int) -> None:
        if not (isinstance(start, int) and isinstance(end, int)):
            raise ValueError(f"span bounds must be integers, got {start!r}, {end!r}")
        if not 0 <= start <= end:
            raise ValueError(f"invalid span ({start}, {end})")
        _SET_START(self, start)
        _SET_END(self, end)

    @classmethod
    def within(cls, start: int, end: int, text: str) -> Span:
        """A span checked against the text it points into."""
        span = cls(start, end)
        if end > len(text):
            raise ValueError(f"span ({start}, {end}) runs past the text ({len(text)} chars)")
        return span

    def of(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def cover(self, other: Span) -> Span:
        """The smallest span covering both."""
        return Span(min(self.start, other.start), max(self.end, other.end))

    def to_list(self) -> list[int]:
        return [self.start, self.end]


# the slots' own setters: a frozen dataclass refuses `self.start = ...`
_SET_START = Span.start.__set__  # type: ignore[attr-defined]
_SET_END = Span.end.__set__  # type: ignore[attr-defined]


class NumberKind(str, enum.Enum):
    """How a reported figure relates to the true count."""

    EXACT = "exact"
    AT_LEAST = "at_least"  # "at least 30": low 30
    MORE_THAN = "more_than"  # "more than 30": low 31
    AT_MOST = "at_most"  # "up to 30": high 30
    LESS_THAN = "less_than"  # "fewer than 30": high 29
    APPROX = "approx"  # "about 30", "une trentaine"
    RANGE = "range"  # "between 10 and 15", "10 to 15"
    VAGUE = "vague"  # "dozens", "several": ACLED's conventional value


class DatePrecision(int, enum.Enum):
    """ACLED's time_precision: 1 day, 2 week, 3 month."""

    DAY = 1
    WEEK = 2
    MONTH = 3


@set_by_slots
@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span


@set_by_slots
@dataclass(frozen=True, slots=True)
class NumberMention:
    """A figure in the text: `value` is the best estimate, `low`/`high` its bounds."""

    span: Span
    value: int | float
    low: int | float | None
    high: int | float | None
    kind: NumberKind


@set_by_slots
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression. `date` is None when it could not be resolved (see `note`)."""

    span: Span
    date: dt.date | None
    precision: DatePrecision | None
    start: dt.date | None
    end: dt.date | None
    relative: bool
    note: str | None = None  # why a date is unresolved, e.g. "no publication date"

    @property
    def resolved(self) -> bool:
        return self.date is not None


@set_by_slots
@dataclass(frozen=True, slots=True)
class ActorMention:
    """A named or generic actor. `actor_id` is a catalogue id (rasd.actors);
    `country` (ISO alpha-3) comes from an adjacent demonym ("the Malian army")."""

    span: Span
    actor_id: str
    generic: bool
    country: str | None = None


@set_by_slots
@dataclass(frozen=True, slots=True)
class TriggerMention:
    """A word that signals an event: `sub_event_type` is an ACLED label, or None for
    generic violence whose type depends on the target."""

    span: Span
    sub_event_type: str | None


@set_by_slots
@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """A count of people affected: `outcome` killed/injured/abducted/missing/arrested,
    `group` soldiers/police/auxiliaries/civilians/attackers/peacekeepers/people or None."""

    span: Span  # the figure and the words that make it a casualty figure
    outcome: str
    group: str | None
    value: int
    low: int | None
    high: int | None
    kind: NumberKind
    number_span: Span | None  # None for a figure implied by a word ("a soldier was killed")


@set_by_slots
@dataclass(frozen=True, slots=True)
class MaterielMention:
    span: Span
    item: str
    count: int | None
    action: str | None


@set_by_slots
@dataclass(frozen=True, slots=True)
class ClaimMention:
    """Who asserts what: a cue ("said in a statement", "selon") with the claimant's role."""

    span: Span
    role: str
    claimant: str | None  # actor id or outlet name, when the text names one
    claimant_span: Span | None = None


@set_by_slots
@dataclass(frozen=True, slots=True)
class FramingMention:
    span: Span
    marker: str
    favours: str


@set_by_slots
@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text (resolved to coordinates by the geography stages)."""

    span: Span
    name: str
    cue: str | None = None  # "near", "between", "in", "region", ... when a cue introduced it


@set_by_slots
@dataclass(frozen=True, slots=True)
class LangGuess:
    code: str
    score: float
    supported: bool


# publication years a news report can have: outside them date arithmetic ("last Monday")
# leaves the calendar, and a year such as 0001 or 9999 is a placeholder, not a date
MIN_YEAR, MAX_YEAR = 1800, 2200
_SURROGATE = re.compile("[\ud800-\udfff]")


def publication_date(value: object, *, origin: str | None = None) -> dt.date | None:
    """A publication date from a date, a datetime or an ISO string ("2025-01-13").

    Raises TypeError for any other type and InputError for a string that is no ISO
    date or a year outside MIN_YEAR..MAX_YEAR.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InputError(f"published: {value[:40]!r} is not an ISO date (YYYY-MM-DD)",
                             path=origin) from None
    elif not isinstance(value, dt.date):
        raise TypeError(f"published must be a date, a datetime or an ISO date string, "
                        f"not {type(value).__name__}")
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InputError(f"published: {value.isoformat()} is outside the years "
                         f"{MIN_YEAR}-{MAX_YEAR}", path=origin)
    return value


def content_hash(text: str) -> str:
    """The document id: a stable hash of the text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class ArticleDoc:
    """One document and the layers stages have added to it.

    Layers that a stage has not assigned are None; an assigned but empty layer is ().
    """

    text: str
    doc_id: str
    published: dt.date | None = None
    lang: str | None = None
    lang_guess: LangGuess | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # where it came from: "path" or "path:line"
    sentences: tuple[Sentence, ...] | None = None
    numbers: tuple[NumberMention, ...] | None = None
    dates: tuple[DateMention, ...] | None = None
    actors: tuple[ActorMention, ...] | None = None
    triggers: tuple[TriggerMention, ...] | None = None
    casualties: tuple[CasualtyMention, ...] | None = None
    materiel: tuple[MaterielMention, ...] | None = None
    claims: tuple[ClaimMention, ...] | None = None
    framing: tuple[FramingMention, ...] | None = None
    places: tuple[PlaceMention, ...] | None = None
    events: tuple[Any, ...] | None = None
    warnings: tuple[str, ...] = ()
    _views: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        published: dt.date | str | None = None,
        lang: str | None = None,
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
        origin: str | None = None,
    ) -> ArticleDoc:
        """Make a document from decoded text: NFC-normalised, id from its content.

        Raises InputError when the text is empty or only white space, holds a lone
        surrogate (not Unicode text), or `published` is no date in range (see
        `publication_date`; TypeError for a value of another type).
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        published = publication_date(published, origin=origin)
        normal = unicodedata.normalize("NFC", text)
        if not normal.strip():  # a lone surrogate is no white space: this comes first either way
            raise InputError("the document is empty", path=origin)
        try:
            # the hash encodes the text as UTF-8, which refuses a lone surrogate: no scan of
            # the text of its own to look for one (NFC leaves surrogates as they are)
            doc_id = content_hash(normal)
        except UnicodeEncodeError:
            surrogate = _SURROGATE.search(text)
            assert surrogate is not None  # only a surrogate fails to encode
            raise InputError(f"the text holds a lone surrogate (U+{ord(surrogate.group()):04X}) "
                             f"at offset {surrogate.start()}: not Unicode text",
                             path=origin) from None
        return cls(
            text=normal,
            doc_id=doc_id,
            published=published,
            lang=lang,
            source=source,
            url=url,
            title=title,
            origin=origin,
        )

    def span(self, start: int, end: int) -> Span:
        """A span checked against this document's text."""
        return Span.within(start, end, self.text)

    def with_layers(self, **layers: Any) -> ArticleDoc:
        """A copy with the given layers set; cached views are kept (text is unchanged)."""
        # dataclasses.replace re-runs __init__ over every field, and a document passes through
        # a dozen stages: copy the instance dict instead (no slots here for that reason) and
        # give the new instance the copy as its dict (a quarter cheaper than filling the empty
        # dict a new instance has); unknown names still fail loudly
        if not _DOC_FIELDS.issuperset(layers):
            raise TypeError(f"ArticleDoc has no layer {min(layers.keys() - _DOC_FIELDS)!r}")
        state = self.__dict__.copy()
        state.update(layers)
        state["_views"] = self._views.copy()
        new = object.__new__(type(self))
        _SET_ATTRIBUTE(new, "__dict__", state)
        return new

    def warn(self, message: str) -> ArticleDoc:
        return self.with_layers(warnings=(*self.warnings, message))

    def cached_view(self, key: str, build: Any) -> Any:
        """A derived view of the text (e.g. the normalised text), built once per document."""
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = build(self.text)
        return view


_DOC_FIELDS = frozenset(f.name for f in fields(ArticleDoc) if f.name != "_views")
# a frozen dataclass refuses attribute assignment: `with_layers` sets a new copy's dict with this
_SET_ATTRIBUTE = object.__setattr__
