import dataclasses
import datetime as dt

import pytest

from rasd.doc import ArticleDoc, Span
from rasd.errors import InputError


@pytest.mark.parametrize("start,end", [(-1, 2), (3, 2), (0.5, 2)])
def test_span_rejects_invalid_bounds(start, end):
    with pytest.raises(ValueError):
        Span(start, end)


def test_span_within_checks_text_length():
    assert Span.within(0, 3, "abc").of("abc") == "abc"
    with pytest.raises(ValueError, match="runs past"):
        Span.within(0, 4, "abc")


def test_doc_span_is_checked_against_its_text():
    doc = ArticleDoc.from_text("Mopti")
    with pytest.raises(ValueError):
        doc.span(2, 9)


def test_from_text_normalises_to_nfc_and_hashes_content():
    decomposed = "Se\u0301gou"
    doc = ArticleDoc.from_text(decomposed)
    assert doc.text == "Ségou"
    assert doc.doc_id == ArticleDoc.from_text("Ségou").doc_id
    assert doc.doc_id != ArticleDoc.from_text("Segou").doc_id


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_from_text_refuses_empty_documents(text):
    with pytest.raises(InputError, match="empty"):
        ArticleDoc.from_text(text, origin="a.txt")


def test_with_layers_returns_new_doc_and_keeps_text():
    doc = ArticleDoc.from_text("نص", published=dt.date(2025, 1, 13))
    new = doc.with_layers(lang="ar")
    assert doc.lang is None and new.lang == "ar"
    assert new.text == doc.text and new.published == doc.published


def test_cached_view_is_built_once_and_shared_by_later_layers():
    calls = []
    doc = ArticleDoc.from_text("abc")
    build = lambda text: calls.append(text) or text.upper()  # noqa: E731
    assert doc.cached_view("up", build) == "ABC"
    assert doc.with_layers(lang="en").cached_view("up", build) == "ABC"
    assert calls == ["abc"]


def test_with_layers_refuses_unknown_layers_and_leaves_the_original_alone():
    doc = ArticleDoc.from_text("3 soldats tués", lang="fr")
    with pytest.raises(TypeError, match="no layer 'bogus'"):
        doc.with_layers(bogus=())
    new = doc.with_layers(numbers=(), warnings=("w",))
    assert (doc.numbers, doc.warnings) == (None, ())
    assert (new.numbers, new.warnings, new.lang, new.doc_id) == ((), ("w",), "fr", doc.doc_id)
    new.cached_view("only-new", str.upper)
    assert "only-new" not in doc._views  # the copy's cache is its own


def test_with_layers_copy_equals_replace_and_stays_frozen():
    doc = ArticleDoc.from_text("Deux villages visités.", published="2024-03-02", source="s",
                               url="u", title="t", origin="o.txt")
    new = doc.with_layers(lang="fr", sentences=())
    assert new == dataclasses.replace(doc, lang="fr", sentences=())
    with pytest.raises(dataclasses.FrozenInstanceError):
        new.lang = "en"  # type: ignore[misc]


@pytest.mark.parametrize("published,expected", [
    ("2025-01-13", dt.date(2025, 1, 13)),  # as JSON gives it
    ("2025-01-13T08:30:00+00:00", dt.date(2025, 1, 13)),
    (dt.datetime(2025, 1, 13, 8, 30), dt.date(2025, 1, 13)),
    (dt.date(2025, 1, 13), dt.date(2025, 1, 13)),
    (None, None),
])
def test_published_accepts_dates_datetimes_and_iso_strings(published, expected):
    assert ArticleDoc.from_text("Gunmen attacked Mopti.", published=published).published == expected


@pytest.mark.parametrize("published,error", [
    (20250113, TypeError),
    (["2025-01-13"], TypeError),
    ("13 janvier 2025", InputError),
    ("0001-01-01", InputError),  # placeholders: date arithmetic would leave the calendar
    (dt.date(9999, 12, 31), InputError),
])
def test_published_refuses_other_values(published, error):
    with pytest.raises(error, match="published"):
        ArticleDoc.from_text("Gunmen attacked Mopti.", published=published)


@pytest.mark.parametrize("text", ["Gunmen attacked \ud800 Mopti.", "هاجم مسلحون \udfff موبتي", "\udc80"])
def test_a_lone_surrogate_is_an_input_error(text):
    # it cannot be encoded, so it once crashed content_hash with a UnicodeEncodeError
    with pytest.raises(InputError, match="surrogate"):
        ArticleDoc.from_text(text)


def test_a_lone_surrogate_is_reported_at_its_offset_in_the_text_as_given():
    # NFC joins "e" and the combining accent before it: the offset is still the caller's
    with pytest.raises(InputError, match=r"U\+D800\) at offset 3"):
        ArticleDoc.from_text("e\u0301 \ud800 Kidal")


def test_set_by_slots_init_is_the_dataclass_init():
    """`set_by_slots` types build, compare, copy and pickle as their dataclass would, and
    stay frozen."""
    import dataclasses
    import pickle

    from rasd.doc import NumberKind, NumberMention, Sentence
    from rasd.lexicon import LexMatch

    number = NumberMention(Span(3, 5), 12, 10, high=15, kind=NumberKind.RANGE)
    assert (number.span, number.value, number.low, number.high, number.kind) == (
        Span(3, 5), 12, 10, 15, NumberKind.RANGE)
    assert dataclasses.replace(number, value=11).value == 11
    assert pickle.loads(pickle.dumps(number)) == number
    hit = LexMatch(("actor",), "fama", Span(0, 4), 0, 4)
    assert hit == LexMatch(labels=("actor",), term="fama", span=Span(0, 4), norm_start=0,
                           norm_end=4)
    assert Sentence(Span(0, 9)) == Sentence(span=Span(0, 9))
    with pytest.raises(dataclasses.FrozenInstanceError):
        hit.term = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Sentence()  # type: ignore[call-arg]
    assert NumberMention.__init__.__qualname__ == "NumberMention.__init__"


def test_set_by_slots_keeps_plain_defaults_and_refuses_what_it_would_skip():
    """The mention types with an optional last field (a country, a cue, a note) build with
    it left out or named, as their dataclass would; a default factory or a __post_init__
    needs the dataclass's own init."""
    import dataclasses
    import pickle

    from rasd.doc import ActorMention, PlaceMention, set_by_slots

    army = ActorMention(Span(4, 8), "military_forces", False)
    assert army.country is None
    named = ActorMention(span=Span(4, 8), actor_id="military_forces", generic=False, country="MLI")
    assert dataclasses.replace(army, country="MLI") == named
    assert pickle.loads(pickle.dumps(named)) == named
    assert PlaceMention(Span(0, 5), "Gao", cue="in") != PlaceMention(Span(0, 5), "Gao")
    with pytest.raises(dataclasses.FrozenInstanceError):
        army.country = "NER"  # type: ignore[misc]
    with pytest.raises(TypeError, match="needs the dataclass __init__"):
        @set_by_slots
        @dataclasses.dataclass(frozen=True, slots=True)
        class Listed:
            items: list = dataclasses.field(default_factory=list)
    with pytest.raises(TypeError, match="needs the dataclass __init__"):
        @set_by_slots
        @dataclasses.dataclass(frozen=True, slots=True)
        class Checked:
            size: int

            def __post_init__(self) -> None: ...
