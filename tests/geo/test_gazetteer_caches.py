"""The gazetteer's caches and deferred files change no answer: the same look-ups give the
same candidates in any order, from a gazetteer that read every file at once or one that
reads them as look-ups reach them, asked once or again."""

from __future__ import annotations

import pytest

from rasd.geo.gazetteer import NEIGHBOURS, _shipped, _SortedIndex

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


def test_the_neighbours_files_are_read_with_the_west_african_ones() -> None:
    gazetteer = _shipped.__wrapped__()
    gazetteer.names_populated("Gao", country=None)  # reads every West African file
    waiting = {cc for part in gazetteer._later for cc in part.countries}
    assert not waiting & NEIGHBOURS
    assert "FR" in waiting  # a country far off still waits for a look-up of its own


NEIGHBOUR_QUERIES = [("N'Djamena", "TCD"), ("انجامينا", "TCD"), ("Tamanrasset", "DZA"),
                     ("Maiduguri", "NGA"), ("مايدوغوري", "NGA"), ("Diffa", None)]


def test_reading_the_neighbours_files_early_changes_no_answer() -> None:
    by_need = _answers(_shipped.__wrapped__(), NEIGHBOUR_QUERIES)
    early = _shipped.__wrapped__()
    early.names_populated("Gao", country=None)
    assert _answers(early, NEIGHBOUR_QUERIES) == by_need


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


def test_the_pruned_row_similarity_is_the_full_one_where_it_counts() -> None:
    """`_reaching_similarity` scores only the pairs of forms whose bound may reach the
    threshold: for real rows and Latin and Arabic queries, at thresholds around the row's
    score, it gives `_similarity_of` exactly when the score reaches the threshold, and
    keeps the row below it otherwise."""
    from rasd.geo.gazetteer import _TRANSLIT_BASE, _reaching_similarity, _similarity_of
    from rasd.geo.translit import consonants, is_arabic, phonetics

    gazetteer = _shipped.__wrapped__()
    gazetteer.lookup("Bamako")  # every file read
    rows = range(0, len(gazetteer._rows), max(1, len(gazetteer._rows) // 300))
    checked = reached = 0
    for query in ("Boulkessi", "Diafarabé", "بولكيسي", "ديافارابي", "Tin-Hamma", "سولهان"):
        arabic, forms = is_arabic(query), phonetics(query)
        bounds = [(f, consonants(f)) for f in forms]
        for row in rows:
            facts = gazetteer._facts(row)
            full = _similarity_of(facts.phonetics, forms, arabic)
            score = (_TRANSLIT_BASE + 0.4 * full) * facts.factor
            for threshold in (score - 1e-3, score + 1e-3, 0.0, 1.0):
                pruned = _reaching_similarity(bounds, facts, forms, arabic, threshold)
                if score >= threshold:
                    assert pruned == full, (query, row, threshold)
                    reached += 1
                else:
                    assert pruned is None or (
                        _TRANSLIT_BASE + 0.4 * pruned) * facts.factor < threshold
                checked += 1
    assert checked > 1000 and reached > 500


@pytest.mark.parametrize("name, country", [q for q in QUERIES if q[1] is not None]
                         + [("Boulkessi", "MLI"), ("Tessalit", "MLI"), ("Sangha", "MLI")])
def test_a_populated_name_is_what_a_look_up_ranks_first_without_spellings(
        name: str, country: str) -> None:
    # `names_populated` answers is_place_name's first question without scoring spellings:
    # when it says yes, a look-up's first candidate is a name or alternate-name match
    fresh = _shipped.__wrapped__()
    if fresh.names_populated(name, country=country):
        first = fresh.lookup(name, country=country, limit=1, floor=0.8, late=False)
        assert first and first[0].match in ("exact", "alias")


@pytest.mark.parametrize("word", ["soldiers", "الجنود", "hier", "ambush"])
def test_common_words_name_no_populated_place(word: str) -> None:
    assert not _shipped.__wrapped__().names_populated(word, country="MLI")


def test_a_near_spelling_is_not_a_name() -> None:
    gazetteer = _shipped.__wrapped__()
    assert gazetteer.names_populated("Mopti", country="MLI")
    assert not gazetteer.names_populated("Moptii", country="MLI")  # a spelling, not a name


@pytest.mark.parametrize("feature_code, population", [
    ("PPLC", "40000000"), ("PPLA", "2000000"), ("PCLI", "300000000"), ("ADM1", "9000000"),
    ("PPL", ""), ("STM", "0")])
def test_no_prior_factor_exceeds_the_one_look_ups_stop_at(feature_code: str,
                                                          population: str) -> None:
    # a look-up by spelling stops when even this factor cannot reach its threshold
    from rasd.geo.gazetteer import _MAX_FACTOR, _prior_factor

    assert 0.0 < _prior_factor(feature_code, population) <= _MAX_FACTOR


@pytest.mark.parametrize("name", ["Mopti", "موبتي", "Moptii"])
def test_a_floor_no_spelling_can_reach_keeps_the_names_only(name: str) -> None:
    gazetteer = _shipped.__wrapped__()
    found = gazetteer.lookup(name, country="MLI", limit=50, floor=1.0)
    assert found == [c for c in gazetteer.lookup(name, country="MLI", limit=50)
                     if c.match != "translit"]


def test_a_kept_row_similarity_decides_as_a_fresh_one_at_any_later_threshold() -> None:
    """`_row_similarity` keeps what a phonetic field scored for a row at one threshold and
    serves it to rows of that field at other thresholds: the row reaches each threshold
    exactly when a fresh `_reaching_similarity` says so, with the same similarity when it
    does (thresholds asked up, down and again; rows of one field with other factors)."""
    from rasd.geo.gazetteer import _TRANSLIT_BASE, _reaching_similarity, fold_name
    from rasd.geo.translit import consonants, is_arabic, phonetics, query_keys

    gazetteer = _shipped.__wrapped__()
    gazetteer.lookup("Bamako")  # every file read
    rows = range(0, len(gazetteer._rows), max(1, len(gazetteer._rows) // 200))
    shared = 0
    thresholds = (0.5, 0.7, 0.78, 0.62, 0.9, 0.8, 0.7, -1.0, 0.85)
    reached = 0
    for query in ("Boulkessi", "بولكيسي", "ديافارابي", "Tin-Hamma", "Dialloube", "سوكورا",
                  "Koro"):
        arabic, forms = is_arabic(query), phonetics(query)
        bounds = [(f, consonants(f)) for f in forms]
        # the rows under the query's own keys: spellings of one name in several data sets
        # share a field with different factors
        pooled = [row for key in query_keys(fold_name(query))
                  for part in gazetteer._files_serving("ML", late=False)
                  for row, _, _ in _whole_pool(gazetteer, part, key, "ML", 200)]
        for row in [*rows, *pooled]:
            facts = gazetteer._facts(row)
            for threshold in thresholds:
                kept = gazetteer._row_similarity(query, bounds, facts, forms, arabic, threshold)
                fresh = _reaching_similarity(bounds, facts, forms, arabic, threshold)

                def reaches(sim):  # type: ignore[no-untyped-def]
                    return sim is not None and (
                        _TRANSLIT_BASE + 0.4 * sim) * facts.factor >= threshold

                assert reaches(kept) == reaches(fresh), (query, row, threshold)
                if reaches(fresh):
                    assert kept == fresh
                    reached += 1
        fields: dict[str, set[float]] = {}
        for row in pooled:
            fields.setdefault(gazetteer._facts(row).phonetics, set()).add(
                gazetteer._facts(row).factor)
        shared += sum(len(factors) > 1 for factors in fields.values())
    assert reached > 100 and shared > 3


@pytest.mark.parametrize("name, country", [
    ("ياغا", "BF"), ("سينو", "BF"), ("بانكاس", "ML"), ("دوينتزا", "ML"), ("تيلابيري", "NE"),
    ("والام", "NE"), ("Yagha", "BF"), ("", "ML")])
def test_divisions_by_sound_are_those_a_scan_of_the_country_finds(name: str,
                                                                   country: str) -> None:
    # the divisions sharing a key with the name are found by key, not by a scan of every
    # division of every country; the same one wins
    from rasd.geo.gazetteer import _ADMIN1_MIN_SIMILARITY, fold_name
    from rasd.geo.translit import best_similarity, is_arabic, phonetics, skeleton_keys

    gazetteer = _shipped.__wrapped__()
    query = fold_name(name)
    expected: list = []
    if query and is_arabic(query):
        keys = set(skeleton_keys(query))
        scored = sorted(((best_similarity(phonetics(query), phonetics(n), unwritten_vowels=True),
                          n) for (code, n) in gazetteer._admin2
                         if code == country and keys.intersection(skeleton_keys(n))),
                        reverse=True)
        if scored and scored[0][0] >= _ADMIN1_MIN_SIMILARITY and not (
                len(scored) > 1 and scored[1][0] == scored[0][0]):
            expected = gazetteer._admin2[(country, scored[0][1])]
    assert gazetteer._admin2_by_sound(country, query) == expected
    assert gazetteer._admin2_by_sound(country, query) == expected  # asked again


@pytest.mark.parametrize("country", ["ML", "BF", "NE", "TD", "FR", "ZZ", None])
def test_a_countrys_regions_are_the_tables_in_its_order(country: str | None) -> None:
    gazetteer = _shipped.__wrapped__()
    gazetteer._admin1_pool("ML")  # another country's first: the grouping is made once
    pool = gazetteer._admin1_pool(country)[0]
    assert pool == [e for e in gazetteer._admin1 if country is None or e[0].country_code == country]


def test_the_rows_a_name_names_are_kept_per_name_and_country() -> None:
    gazetteer = _shipped.__wrapped__()
    first = list(gazetteer._named("Mopti", "MLI"))
    assert first and list(gazetteer._named("Mopti", "MLI")) == first
    assert list(gazetteer._named("Mopti", "BFA")) != first  # another country, another answer
    assert gazetteer.names_any("Mopti", country="MLI") and not gazetteer.names_any(
        "xqzwv", country="MLI")


def _whole_pool(gazetteer, part, key, country, share):  # type: ignore[no-untyped-def]
    """Every entry of a look-up's pool (read to its end)."""
    pool = gazetteer._pool(part, key, country, share)
    while gazetteer._read_on(pool, part):
        pass
    return pool.entries


@pytest.mark.parametrize("country", ["ML", "BF", "NE", "FR"])
def test_a_keys_rows_come_best_prior_first(country: str) -> None:
    """Look-ups by spelling stop reading a key's rows at the first whose prior factor keeps
    it below the threshold: no later row of any key has a higher factor (the build sorts
    them so; a gazetteer built with another prior would fail here)."""
    gazetteer = _shipped.__wrapped__()
    gazetteer.lookup("Gao", country=country)
    checked = 0
    for part in gazetteer._files_serving(country, late=True):  # (a world file for FR)
        index = part.keys
        for line in index._lines[index._lo:index._hi]:
            rows = line.split("\t")[2].split(",")
            factors = [gazetteer._facts(part.offset + int(r)).factor for r in rows]
            assert factors == sorted(factors, reverse=True), line[:60]
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize("name, country", [("Mopti", "MLI"), ("Boni", None), ("Soum", None),
                                           ("Moptii", "MLI")])
def test_named_features_are_those_of_the_names_a_look_up_finds(name: str,
                                                               country: str | None) -> None:
    # the entries a look-up finds by name or alternate name carry exactly these codes
    gazetteer = _shipped.__wrapped__()
    found = gazetteer.lookup(name, country=country, limit=500, floor=1.0, late=False)
    named = {c.place.feature_code for c in found if c.match != "translit"}
    assert gazetteer.named_features(name, country=country) == named
