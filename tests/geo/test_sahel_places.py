"""Villages of the Sahel's incident reports resolve to the right place and region from
Arabic, French and English sentences (gazetteer with OCHA and OSM entries, spelling keys,
the country the report names)."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.geo.resolve import resolve
from rasd.pipeline import Pipeline

COUNTRY = {
    "MLI": {"en": "Mali", "fr": "au Mali", "ar": "مالي"},
    "BFA": {"en": "Burkina Faso", "fr": "au Burkina Faso", "ar": "بوركينا فاسو"},
    "NER": {"en": "Niger", "fr": "au Niger", "ar": "النيجر"},
}
SENTENCE = {
    "en": "Gunmen killed four civilians in the village of {place} in {country} on Monday.",
    "fr": "Des hommes armés ont tué quatre civils dans le village de {place} {country} lundi.",
    "ar": "قتل مسلحون أربعة مدنيين في قرية {place} في {country} يوم الاثنين.",
}
# (Latin spelling, Arabic spelling, country, region today)
PLACES = [
    ("Talataye", "تالاتاي", "MLI", "Gao"), ("Ogossagou", "أوغوساغو", "MLI", "Bandiagara"),
    ("Boulkessi", "بولكيسي", "MLI", "Douentza"), ("Petaka", "بيتاكا", "MLI", "Douentza"),
    ("Sobane Da", "سوباني دا", "MLI", "Bandiagara"), ("Dioura", "ديورا", "MLI", "Mopti"),
    ("Farabougou", "فارابوغو", "MLI", "Ségou"), ("Tin-Hamma", "تين هاما", "MLI", "Gao"),
    ("Solhan", "سولهان", "BFA", "Liptako"), ("Djibo", "جيبو", "BFA", "Soum"),
    ("Mansila", "منصيلة", "BFA", "Liptako"), ("Seytenga", "سيتنغا", "BFA", "Liptako"),
    ("Diafarabé", "ديافارابي", "MLI", "Mopti"), ("Kandadji", "كندادجي", "NER", "Tillabéri"),
    ("Chinagodrar", "شينيجودار", "NER", "Tillabéri"),
]


@cache
def _pipeline() -> Pipeline:
    return Pipeline.from_config(load_config())


def _main_event(lang: str, text: str):  # type: ignore[no-untyped-def]
    doc = _pipeline()(ArticleDoc.from_text(text, published=dt.date(2021, 6, 9), lang=lang))
    return next(e for e in doc.events if e.role == "main")


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
@pytest.mark.parametrize(("latin", "arabic", "country", "region"), PLACES)
def test_sahel_village_resolves_with_its_region(lang, latin, arabic, country, region):
    text = SENTENCE[lang].format(place=arabic if lang == "ar" else latin,
                                 country=COUNTRY[country][lang])
    event = _main_event(lang, text)
    assert (event.admin1, event.geo_precision) == (region, 1)
    assert event.latitude is not None


@pytest.mark.parametrize(("around", "latitude"), [
    (((14.73, 0.92),), 15.2),  # the report also names Ayorou: In-Atès on the Malian border
    (((14.20, 4.27),), 14.2),  # ... or Dogondoutchi: Enatès in Dosso
])
def test_homonyms_resolve_near_the_report_s_other_places(around, latitude):
    found = resolve("Inatès", "NER", around=around)
    assert found is not None and abs(found[0].latitude - latitude) < 0.1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed four civilians in the village of Solhan on Monday, in Burkina Faso."),
    ("ar", "قتل مسلحون أربعة مدنيين في قرية سولهان يوم الاثنين، في بوركينا فاسو."),
])
def test_a_place_never_resolves_into_a_country_the_report_does_not_name(lang, text):
    # سولهان also spells Sollan, a hamlet of Mali's Kita region
    assert _main_event(lang, text).country == "Burkina Faso"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Unidentified gunmen killed three civilians in the Ménaka region on Monday."),
    ("fr", "Des hommes armés non identifiés ont tué trois civils dans la région de Ménaka lundi."),
])
def test_a_region_only_event_has_the_region_centroid(lang, text):
    event = _main_event(lang, text)
    assert event.admin1 == "Ménaka" and event.geo_precision == 3
    assert event.latitude is not None and 14.5 < event.latitude < 17.5


@pytest.mark.parametrize("name", ["Inatès", "Inates", "ايناتيس"])
def test_homonyms_the_text_does_not_tell_apart_take_the_one_two_data_sets_agree_on(name):
    # Enatès (Dosso) and In-Atès (Tillabéri) sound alike; GeoNames and OpenStreetMap both
    # place the village on the Malian border
    found = resolve(name, "NER")
    assert found is not None and found[0].admin1 == "Tillabéri"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Burkina Faso: gunmen killed four civilians in the village of Solhan, in the "
           "province of Yagha, on Monday."),
    ("fr", "Burkina Faso : des hommes armés ont tué quatre civils à Solhan, dans la province "
           "du Yagha, lundi."),
    ("ar", "بوركينا فاسو: قتل مسلحون أربعة مدنيين في بلدة سولهان في إقليم ياغا يوم الاثنين."),
])
def test_a_province_named_after_the_place_is_the_province_not_a_town_like_it(lang, text):
    # ياغا also sounds like Yako, a town 250 km away: the province word says which
    event = _main_event(lang, text)
    assert (event.admin1, event.country) == ("Liptako", "Burkina Faso")
    assert event.latitude is not None and 13.0 < event.latitude < 13.8
