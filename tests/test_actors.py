from collections import defaultdict
from datetime import date

import pytest

from rasd.actors import (
    Side,
    _parse,
    actor_inter,
    actor_name,
    aliases,
    catalogue,
    demonyms,
    generic_terms,
)
from rasd.errors import ResourceError
from rasd.normalize import fold
from rasd.resources import LANGUAGES, load
from rasd.taxonomy import taxonomy

# Words that name an actor only inside a longer phrase: on their own they are ordinary words.
AMBIGUOUS = {"state", "etat", "دوله", "الدوله", "قاعده", "القاعده", "is", "platform",
             "plateforme", "منصه", "المنصه", "fan", "group", "groupe", "جماعه", "الجماعه",
             "فاما", "مرابطون", "المرابطون", "مسلح"}


def test_catalogue_loads_with_every_required_family():
    cat = catalogue()
    for actor_id in ("jnim", "isgs", "iswap", "wagner", "africa_corps", "minusma", "fla", "vdp",
                     "dan_na_ambassagou", "dozo", "unidentified_armed_group", "civilians"):
        assert actor_id in cat.actors
    assert len(cat.actors) >= 60


def test_every_inter_code_is_an_acled_actor_type():
    codes = taxonomy().actor_types
    assert all(actor.inter in codes for actor in catalogue().actors.values())


def test_every_side_is_in_the_closed_vocabulary():
    assert all(isinstance(actor.side, Side) for actor in catalogue().actors.values())


def test_countries_carry_acled_iso_numbers():
    cat = catalogue()
    assert [cat.country(c).iso for c in ("MLI", "BFA", "NER")] == [466, 854, 562]
    assert cat.country("CIV").name == "Ivory Coast"


@pytest.mark.parametrize("actor_id,country,on,expected", [
    ("state_forces_military", "MLI", date(2019, 6, 1), "Military Forces of Mali (2013-2020)"),
    ("state_forces_military", "MLI", date(2022, 3, 1), "Military Forces of Mali (2021-)"),
    ("state_forces_military", "MLI", date(2021, 1, 15), "Military Forces of Mali (2020-2021)"),
    ("state_forces_military", "MLI", date(2012, 6, 1), "Military Forces of Mali (2012-2013)"),
    ("state_forces_military", "BFA", date(2023, 1, 10), "Military Forces of Burkina Faso (2022-)"),
    ("state_forces_military", "BFA", date(2022, 10, 5), "Military Forces of Burkina Faso (2022-)"),
    ("state_forces_military", "BFA", date(2021, 12, 1),
     "Military Forces of Burkina Faso (2015-2022)"),
    ("state_forces_military", "NER", date(2023, 8, 15), "Military Forces of Niger (2023-)"),
    ("state_forces_military", "NER", date(2023, 7, 25), "Military Forces of Niger (2021-2023)"),
    ("state_forces_police", "NER", date(2022, 2, 2), "Police Forces of Niger (2021-2023)"),
    ("state_forces_gendarmerie", "BFA", date(2024, 4, 1),
     "Police Forces of Burkina Faso (2022-) Gendarmerie"),
    ("state_forces_military", "MLI", None, "Military Forces of Mali (2021-)"),
    ("mli_military", None, date(2019, 6, 1), "Military Forces of Mali (2013-2020)"),
    ("mli_military", "NER", date(2019, 6, 1), "Military Forces of Mali (2013-2020)"),
    ("ner_military", None, None, "Military Forces of Niger (2023-)"),
    ("barkhane", None, date(2016, 3, 1), "Military Forces of France (2012-2017)"),
    ("africa_corps", None, date(2024, 5, 1), "Military Forces of Russia (2000-)"),
    ("state_forces_military", "TGO", date(1999, 1, 1), "Military Forces of Togo"),
    ("isgs", None, date(2018, 11, 1), "Islamic State (Greater Sahara)"),
    ("isgs", None, date(2019, 11, 1), "Islamic State (West Africa) - Greater Sahara Faction"),
    ("minusma", None, date(2019, 11, 1),
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2020)"),
    ("isgs", None, date(2023, 11, 1), "Islamic State (Sahel)"),
    ("csp", None, date(2022, 1, 1),
     "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development"),
    ("csp", None, date(2024, 8, 1),
     "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad"),
    ("jnim", "MLI", date(2020, 1, 1), "JNIM: Group for Support of Islam and Muslims"),
])
def test_period_aware_names(actor_id, country, on, expected):
    assert actor_name(actor_id, country=country, on=on) == expected


@pytest.mark.parametrize("actor_id,country,expected", [
    ("unidentified_armed_group", "NER", "Unidentified Armed Group (Niger)"),
    ("civilians", "BFA", "Civilians (Burkina Faso)"),
    ("protesters", "MLI", "Protesters (Mali)"),
    ("rioters", "NGA", "Rioters (Nigeria)"),
    ("fulani_militia", "MLI", "Fulani Ethnic Militia (Mali)"),
    ("dozo", "MLI", "Dozo Communal Militia (Mali)"),
    ("unidentified_communal_militia", "BFA", "Unidentified Communal Militia (Burkina Faso)"),
])
def test_generic_names_take_the_country(actor_id, country, expected):
    assert actor_name(actor_id, country=country) == expected


def test_generic_name_without_a_country_is_an_error():
    with pytest.raises(ResourceError, match="generic"):
        actor_name("civilians")


@pytest.mark.parametrize("actor_id,country", [("no_such_actor", None), ("civilians", "XXX")])
def test_unknown_ids_are_errors(actor_id, country):
    with pytest.raises(ResourceError):
        actor_name(actor_id, country=country)


@pytest.mark.parametrize("actor_id,country,event_country,expected", [
    ("state_forces_military", "MLI", "MLI", 1),
    ("state_forces_military", "BFA", "MLI", 8),
    ("ner_military", None, "NER", 1),
    ("ner_military", None, "BFA", 8),
    ("fra_military", None, "MLI", 8),
    ("jnim", None, "BFA", 2),
    ("civilians", "MLI", None, 7),
])
def test_inter_of_state_forces_abroad_is_external(actor_id, country, event_country, expected):
    assert actor_inter(actor_id, country=country, event_country=event_country) == expected


def test_parents_form_the_expected_umbrellas():
    cat = catalogue()
    components = {a.id for a in cat.children("jnim")}
    assert components >= {"katiba_macina", "ansar_dine", "katiba_serma"}
    assert "jnim" in {a.id for a in cat.children("aqim")}
    assert {a.id for a in cat.children("islamic_state")} == {"isgs", "iswap"}


# --- validation of a malformed catalogue -------------------------------------------------

def _minimal(**actor):
    row = {"id": "x", "name": "X", "inter": 2, "side": "rebel", **actor}
    return {"countries": {"MLI": {"iso": 466, "name": "Mali"}}, "regimes": {}, "actors": [row]}


@pytest.mark.parametrize("actor", [
    {"inter": 9},
    {"side": "neutral"},
    {"parent": "nobody"},
    {"countries": ["ZZZ"]},
    {"name": "X ({country})"},
    {"periods": [{"name": "A", "from": date(2020, 1, 1), "to": None},
                 {"name": "B", "from": date(2021, 1, 1), "to": None}]},
])
def test_malformed_entries_are_rejected(actor):
    with pytest.raises(ResourceError):
        _parse(_minimal(**actor))


def test_a_well_formed_minimal_catalogue_parses():
    assert _parse(_minimal()).actor("x").name == "X"


# --- per-language files ----------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_id_exists_and_has_the_right_kind(lang):
    cat = catalogue()
    named, generic = aliases(lang), generic_terms(lang)
    assert all(not cat.actor(i).generic for i in named)
    assert all(cat.actor(i).generic for i in generic)
    assert all(iso3 in cat.countries for iso3 in demonyms(lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_actor_has_names_in_every_language(lang):
    cat = catalogue()
    covered = {i for i, terms in {**aliases(lang), **generic_terms(lang)}.items() if terms}
    assert set(cat.actors) == covered


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_term_names_two_actors(lang):
    owners = defaultdict(set)
    for section in (aliases(lang), generic_terms(lang)):
        for actor_id, terms in section.items():
            for term in terms:
                owners[fold(term)].add(actor_id)
    clashes = {term: ids for term, ids in owners.items() if len(ids) > 1}
    assert not clashes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_alias_is_an_ambiguous_word_on_its_own(lang):
    found = {fold(t) for terms in aliases(lang).values() for t in terms} & AMBIGUOUS
    assert not found


def test_top_level_keys_are_the_same_in_every_language():
    keys = {lang: set(load(lang, "actors")) for lang in LANGUAGES}
    assert all(k == {"aliases", "generic", "demonyms", "anaphora", "not_demonyms",
                                "denials", "claim_verbs", "plural_claims", "attacker_nouns", "identity_links",
                                "country_forces", "forces_after_country", "bare_forces", "bare_forces_qualified_by",
                                "source_nouns",
                                "presence", "demonym_breaks", "habits",
                                "belonging", "accusations"}
               for k in keys.values())


def test_demonyms_cover_the_sahel_and_its_neighbours_in_every_language():
    needed = {"MLI", "BFA", "NER", "TCD", "MRT", "DZA", "NGA", "CIV", "TGO", "BEN", "FRA", "RUS"}
    assert all(needed <= set(demonyms(lang)) for lang in LANGUAGES)


@pytest.mark.parametrize("lang,actor_id,term", [
    ("ar", "jnim", "جماعة نصرة الإسلام والمسلمين"),
    ("ar", "isgs", "ولاية الساحل"),
    ("ar", "wagner", "فاغنر"),
    ("fr", "mli_military", "FAMa"),
    ("fr", "isgs", "EIGS"),
    ("fr", "jnim", "GSIM"),
    ("en", "isgs", "Islamic State in the Greater Sahara"),
    ("en", "vdp", "Volunteers for the Defense of the Homeland"),
    ("en", "minusma", "MINUSMA"),
])
def test_well_known_names_are_listed(lang, actor_id, term):
    assert fold(term) in {fold(t) for t in aliases(lang)[actor_id]}


def test_a_state_force_without_a_regime_keeps_its_bare_name():
    from rasd.actors import actor_name
    assert actor_name("mli_military", regime=False) == "Military Forces of Mali"
    assert actor_name("state_forces_gendarmerie", country="NER", regime=False) == (
        "Police Forces of Niger Gendarmerie")
    assert actor_name("mli_military", on=date(2019, 1, 1)) == "Military Forces of Mali (2013-2020)"
