"""The gazetteer's caches and deferred files change no answer: the same look-ups give the
same candidates in any order, from a gazetteer that read every file at once or one that
reads them as look-ups reach them, asked once or again."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import _shipped, _SortedIndex

# (name, country): Latin and Arabic spellings, Sahel and neighbouring countries, a capital
# abroad, a name only a transliteration reaches
QUERIES = [
    ("Mopti", "MLI"), ("موبتي", "MLI"), ("Djibo", "BFA"), ("جيبو", None), ("Tillabéri", "NER"),
    ("تيلابيري", "NER"), ("Ouagadougou", None), ("Dakar", "SEN"), ("Kidal", None),
    ("Algiers", "DZA"), ("Ménaka", "MLI"), ("ميناكا", "MLI"), ("Solhan", "BFA"),
    ("Bankass", "MLI"), ("Tahoua", None), ("Lomé", "TGO"), ("Paris", "FRA"),
]


def _answers(gazetteer, queries, **kwargs):  # type: ignore[no-untyped-def]
    return {(name, country): [(c.place.geonameid, c.score, c.match) for c in
                              gazetteer.lookup(name, country=country, **kwargs)]
            for name, country in queries}


@pytest.mark.parametrize("kwargs", [{"limit": 10}, {"limit": 1, "floor": 0.8, "late": False},
                                    {"limit": 5, "admin1": "Mopti"}])
def test_answers_do_not_depend_on_what_was_read_or_asked_before(kwargs: dict) -> None:
    fresh = _shipped.__wrapped__()
    first = _answers(fresh, QUERIES, **kwargs)
    assert _answers(fresh, QUERIES, **kwargs) == first  # asked again: the kept answers
    everything = _shipped.__wrapped__()
    everything.lookup("Bamako")  # no country: every file read at once
    assert _answers(everything, list(reversed(QUERIES)), **kwargs) == first


def test_a_kept_answer_is_not_changed_by_its_caller() -> None:
    gazetteer = _shipped.__wrapped__()
    answer = gazetteer.lookup("Gao", country="MLI")
    answer.clear()
    assert gazetteer.lookup("Gao", country="MLI")


def test_sorted_index_finds_what_a_table_would() -> None:
    lines = sorted(["a\tgao\t1", "a\tgao ville\t2", "e\tgao\t3,4", "e\tgaoa\t5", "k\tgw\t6"])
    index = _SortedIndex(lines, 2, 4, "e")  # the lines of kind e
    table = {"gao": "3,4", "gaoa": "5"}
    for key in ("gao", "gaoa", "ga", "gao ville", "gw", ""):
        assert index.get(key) == table.get(key)
