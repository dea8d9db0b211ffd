"""A file's name filter says "no" only for a name the file does not hold: the gazetteer
answers as it does searching every file, and the shipped filters are those of the shipped
index files."""

from __future__ import annotations

import dataclasses
import gzip
import json
from importlib import resources
from pathlib import Path

import pytest

from rasd.geo.gazetteer import _data_lines, _shipped
from rasd.geo.name_filter import KINDS, NameFilter, name_hash

SHIPPED = Path(str(resources.files("rasd.resources").joinpath("gazetteer")))


def _index_text(name: str) -> str:
    return gzip.decompress((SHIPPED / name).read_bytes()).decode("utf-8")


def test_every_key_a_filter_is_built_from_may_be_held() -> None:
    keys = ["bamako", "tombouctou", "تمبكتو", "n'daki", "gorom gorom", "x"]
    names = NameFilter.of_keys(keys)
    assert all(names.may_hold(name_hash(key)) for key in keys)


def test_most_names_a_filter_was_not_built_from_are_refused() -> None:
    names = NameFilter.of_keys(f"place {i}" for i in range(2000))
    refused = sum(not names.may_hold(name_hash(f"word {i}")) for i in range(2000))
    assert refused > 0.9 * 2000


def test_a_filter_is_written_and_read_back_the_same() -> None:
    names = NameFilter.of_keys(["kidal", "gao"])
    data = names.file_bytes("# rasd gazetteer filter-test.gz. GeoNames")
    assert data == names.file_bytes("# rasd gazetteer filter-test.gz. GeoNames")  # no time
    again = NameFilter.from_file_bytes(data)
    assert again._bits == names._bits


def test_a_filter_size_must_be_a_power_of_two() -> None:
    with pytest.raises(ValueError):
        NameFilter(bytes(3))


def test_the_shipped_filters_are_those_of_the_shipped_index_files() -> None:
    meta = json.loads((SHIPPED / "meta.json").read_text(encoding="utf-8"))
    for part in meta["parts"]:
        text = _index_text(part["index"])
        shipped = NameFilter.from_file_bytes((SHIPPED / part["filter"]).read_bytes())
        assert shipped._bits == NameFilter.of_index(text)._bits, part["filter"]
        keys = [ln.split("\t")[1] for ln in _data_lines(text) if ln.startswith(KINDS)]
        assert meta["files"][part["filter"]]["rows"] == len(keys)


# names and alternate names of several files, Arabic spellings, words that name nothing,
# a country's name
WORDS = ["Mopti", "موبتي", "Djibo", "جيبو", "Boni", "Solhan", "Kidal", "كيدال", "Gao",
         "Bamako", "Paris", "Algiers", "Niamey", "نيامي", "Ménaka", "Inatès", "Tessit",
         "Soum", "Oudalan", "armée", "soldiers", "الجيش", "هجوم", "Mali", "Lomé", "Yagha"]
COUNTRIES = [None, "MLI", "BFA", "NER", "DZA", "FRA"]


def _answers(gazetteer):  # type: ignore[no-untyped-def]
    return [(word, country, gazetteer.names_populated(word, country=country),
             gazetteer.named_features(word, country=country),
             [(c.place.geonameid, c.score, c.match)
              for c in gazetteer.lookup(word, country=country, limit=5)])
            for word in WORDS for country in COUNTRIES]


def test_the_gazetteer_answers_as_it_does_without_filters() -> None:
    filtered = _shipped.__wrapped__()
    filtered.lookup("Bamako")  # every file read
    unfiltered = _shipped.__wrapped__()
    unfiltered.lookup("Bamako")
    assert all(part.names is not None for part in unfiltered._parts)
    unfiltered._parts[:] = [dataclasses.replace(p, names=None) for p in unfiltered._parts]
    unfiltered._serving.clear()
    assert _answers(filtered) == _answers(unfiltered)
