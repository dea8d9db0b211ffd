"""What the index computes at build time lets a look-up read fewer rows and change no
answer: rows under a key come best prior first, every phonetic form and alternate name is
indexed, the rows a look-up passes over cannot reach its threshold, and `reaches` answers
as the limit-1 look-up it stands for."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import (
    SEP,
    _SCORE_EPSILON,
    _TRANSLIT_BASE,
    _TRANSLIT_POOL,
    _shipped,
    _similarity_of,
)
from rasd.geo.translit import is_arabic, phonetics, query_keys


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    found = _shipped.__wrapped__()
    for country in ("ML", "BF", "NE"):
        found._read_deferred(country)
    return found


def _part(gazetteer, country: str | None, countries: int = 0):  # type: ignore[no-untyped-def]
    return next(p for p in gazetteer._parts if p.country_code == country
                and (country is not None or len(p.countries or ()) == countries))


def _lines(index) -> list[str]:  # type: ignore[no-untyped-def]
    return index._lines[index._lo:index._hi]


# words of the three languages: places (Sahel towns, villages, a spelling off by a letter)
# and words that name none (nouns of a conflict report)
WORDS = ["Mopti", "موبتي", "Boni", "بوني", "Tessit", "تسيت", "Djibo", "جيبو", "Inatès",
         "إيناتس", "Gorom-Gorom", "Diafarabé", "ديافارابي", "Ouallam", "ولام", "Sebba", "Tillabery",
         "Bourzanga", "soldats", "attaque", "embuscade", "هجوم", "الجيش", "قافلة", "convoy",
         "yesterday", "village", "Kongoussi", "Dounzou", "مدينة", "الشمال", "Niono", "Léré"]


@pytest.mark.parametrize("floor", [0.77, 0.8, 0.84, 0.9])
def test_reaches_answers_as_the_look_up_it_stands_for(floor: float) -> None:
    found, asked = _shipped.__wrapped__(), _shipped.__wrapped__()
    for word in WORDS:
        for country in ("MLI", "BFA", "NER", "DZA"):
            assert found.reaches(word, country=country, floor=floor) == \
                asked._ranks_named_first(word, country, floor), (word, country)


@pytest.mark.parametrize(("country", "countries"), [("ML", 0), ("NE", 0), (None, 3)])
def test_key_rows_come_best_prior_first(gazetteer, country, countries) -> None:  # type: ignore[no-untyped-def]
    part = _part(gazetteer, country, countries)
    for line in _lines(part.keys)[::7]:
        rows, longest = line.split("\t")[2:]
        factors = [gazetteer._facts(part.offset + int(r)).factor for r in rows.split(",")]
        assert factors == sorted(factors, reverse=True), line[:40]
        forms = [len(f.lstrip("~")) for r in rows.split(",") for f in
                 gazetteer._facts(part.offset + int(r)).phonetics.replace(";", SEP).split(SEP)]
        assert int(longest) == max(forms, default=0)


def test_every_phonetic_form_and_alternate_name_of_a_row_is_indexed(gazetteer) -> None:  # type: ignore[no-untyped-def]
    part = _part(gazetteer, "ML")
    named: dict[str, list[str]] = {}
    for line in _lines(part.alias):
        _, alias, rows = line.split("\t")
        for row in rows.split(","):
            gid = gazetteer._rows[part.offset + int(row)].split("\t", 1)[0]
            named.setdefault(gid, []).append(alias)
    end = len(gazetteer._rows) if part is gazetteer._parts[-1] else \
        gazetteer._parts[gazetteer._parts.index(part) + 1].offset
    for row in range(part.offset, end, 97):
        fields = gazetteer._rows[row].split("\t")
        for form in fields[17].replace(";", SEP).split(SEP):
            if form.lstrip("~"):
                assert str(row - part.offset) in part.forms.get(form.lstrip("~")).split(",")
        found = part.named.get(fields[0])
        assert (found.split(SEP) if found else []) == named.get(fields[0], [])


QUERIES = ["Tessit", "تسيت", "Boulkessi", "بولكيسي", "Ogossagou", "Dinangourou", "ديورا",
           "Dioura", "Sévaré", "سيفاري", "Nampala", "نامبالا", "Hombori"]


@pytest.mark.parametrize("threshold", [0.6, 0.7, 0.78, 0.8, 0.85, 0.88])
def test_the_rows_passed_over_cannot_reach_the_threshold(gazetteer, threshold) -> None:  # type: ignore[no-untyped-def]
    """Every row of a key's pool whose full score reaches the threshold is among the rows
    `_may_reach` gives (in the look-up's order); the others may be left out."""
    for country, countries, cc in (("ML", 0, "ML"), (None, 3, "ML"), (None, 3, "NE")):
        part = _part(gazetteer, country, countries)
        share = max(50, _TRANSLIT_POOL // 2)
        for query in QUERIES:
            forms, arabic = phonetics(query), is_arabic(query)
            for key in query_keys(query):
                given = [row for row, _ in gazetteer._may_reach(part, key, cc, share, forms,
                                                                [threshold])]
                cells = (part.keys.get(key) or "").partition("\t")[0].split(",")
                order = [part.offset + int(c) for c in cells if c]
                at = [order.index(row) for row in given]
                assert at == sorted(at)  # the look-up's order
                pool = [r for r in order if gazetteer._facts(r).country_code == cc][:share]
                for row in pool:
                    facts = gazetteer._facts(row)
                    score = (_TRANSLIT_BASE + 0.4 * _similarity_of(facts.phonetics, forms,
                                                                   arabic)) * facts.factor
                    if score >= threshold - _SCORE_EPSILON and not facts.is_country:
                        assert row in given, (query, key, row)


@pytest.mark.parametrize(("name", "country", "named"), [
    ("Paris", None, True), ("باريس", None, True), ("Bamako", "MLI", True),
    ("Tombouctou", "MLI", True), ("Bamako", "NER", False), ("ambuscade", None, False),
    ("كمين", None, False), ("Kumakur", None, False),
])
def test_names_any_tells_a_name_from_a_word_only_a_spelling_reaches(name, country, named) -> None:  # type: ignore[no-untyped-def]
    gazetteer = _shipped.__wrapped__()
    assert gazetteer.names_any(name, country=country) is named
    found = gazetteer.lookup(name, country=country, limit=3, late=False)
    assert any(c.match != "translit" for c in found) is named


def _every_pool_row(gazetteer, part, key, cc, share, forms, best):  # type: ignore[no-untyped-def]
    """Every row of a key's pool in order: what a look-up scored before rows past the
    one-edit bound were found by form."""
    pool = gazetteer._pool(part, key, cc, share)
    i = 0
    while i < len(pool.entries) or gazetteer._read_on(pool, part):
        yield pool.entries[i][:2]
        i += 1


@pytest.mark.parametrize(("limit", "floor"), [(1, 0.78), (1, 0.0), (20, 0.7), (5, 0.8)])
def test_look_ups_rank_as_when_every_pool_row_is_scored(monkeypatch, limit, floor) -> None:  # type: ignore[no-untyped-def]
    # past the rows one edit may lift to the threshold, a look-up reads only the rows of
    # an equal form: the ranking is that of scoring every row
    found, every = _shipped.__wrapped__(), _shipped.__wrapped__()
    monkeypatch.setattr(every, "_may_reach", lambda *args: _every_pool_row(every, *args))
    for word in QUERIES + WORDS:
        for country in ("MLI", "NER", "BFA"):
            got = found.lookup(word, country=country, limit=limit, floor=floor)
            want = every.lookup(word, country=country, limit=limit, floor=floor)
            assert [(c.place.geonameid, c.score, c.match) for c in got] == \
                [(c.place.geonameid, c.score, c.match) for c in want], (word, country)
