"""Places listed in one sentence: one incident each, with the toll the list gives each."""

import datetime as dt

import pytest

import rasd

PUBLISHED = dt.date(2025, 3, 6)


def _main(text: str) -> list:
    return [e for e in rasd.extract(text, published=PUBLISHED).events if e.role == "main"]


@pytest.mark.parametrize("text,places", [
    # two posts attacked the same night: one event at each
    ("Gunmen attacked the police posts at Kaya and at Barsalogho on Tuesday night.",
     ["Kaya", "Barsalogho"]),
    ("Des hommes armés ont attaqué mardi soir les postes de police à Kaya et à Barsalogho.",
     ["Kaya", "Barsalogho"]),
    ("هاجم مسلحون ليل الثلاثاء مركزي الشرطة في كايا وفي بارسالوغو.", ["كايا", "بارسالوغو"]),
])
def test_each_listed_place_is_an_incident(text, places):
    assert [e.location_text for e in _main(text)] == places


@pytest.mark.parametrize("text,tolls", [
    # each place with its own toll keeps it; one toll for the whole list is divided among
    # its places as ACLED does (remainder to the first)
    ("On Tuesday gunmen killed 40 villagers in Kaya and about twenty in Barsalogho.", [40, 20]),
    ("Mardi, des hommes armés ont tué 40 villageois à Kaya et une vingtaine à Barsalogho.",
     [40, 20]),
    ("قتل مسلحون يوم الثلاثاء 40 قرويا في كايا و20 في بارسالوغو.", [40, 20]),
    ("On Tuesday gunmen attacked the police posts at Kaya and at Barsalogho, killing nine "
     "officers.", [5, 4]),
    ("Mardi, des hommes armés ont attaqué les postes de police à Kaya et à Barsalogho, tuant "
     "neuf policiers.", [5, 4]),
])
def test_a_listed_place_takes_only_its_own_toll(text, tolls):
    assert [e.fatalities for e in _main(text)] == tolls


@pytest.mark.parametrize("text", [
    # a place that says where the first is, or the two ends of a road, lists nothing
    "Gunmen attacked the police post at Kaya, near Barsalogho, on Tuesday night.",
    "Des hommes armés ont attaqué mardi soir le poste de police de Kaya, près de Barsalogho.",
    "هاجم مسلحون ليل الثلاثاء مركز الشرطة في كايا قرب بارسالوغو.",
    "A mine killed two bus passengers on the road between Kaya and Barsalogho on Tuesday.",
    "Une mine a tué deux passagers d'un bus mardi sur l'axe entre Kaya et Barsalogho.",
    "قتل لغم راكبين في حافلة على الطريق بين كايا وبارسالوغو يوم الثلاثاء.",
    "Gunmen attacked a village in Kaya, in the Centre-Nord region, on Tuesday.",
    "Des hommes armés ont attaqué mardi un village à Kaya, dans la région du Centre-Nord.",
])
def test_a_place_that_locates_another_is_no_list(text):
    assert len(_main(text)) == 1


@pytest.mark.parametrize("text,dates", [
    # a list of places each with its own date: each event takes its date
    ("A drone struck a camp at Kaya on 3 March, then the village of Barsalogho on 4 March.",
     [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]),
    ("Un drone a frappé un campement à Kaya le 3 mars, puis le village de Barsalogho le 4 mars.",
     [dt.date(2025, 3, 3), dt.date(2025, 3, 4)]),
])
def test_a_listed_place_takes_its_own_date(text, dates):
    assert [e.event_date for e in _main(text)] == dates


@pytest.mark.parametrize("text,places", [
    # a place on a road "between" two others is an item of the list when it has its own toll
    ("Gunmen killed eleven people on Tuesday: six at the village of Dinguiri, two at Mene and "
     "three on the track between Ouahigouya and Barga.", ["Dinguiri", "Mene", "Ouahigouya"]),
    ("Mardi, des hommes armés ont tué onze personnes : six dans le village de Dinguiri, deux à "
     "Mene et trois sur la route entre Ouahigouya et Barga.", ["Dinguiri", "Mene", "Ouahigouya"]),
    ("قتل مسلحون يوم الثلاثاء 11 شخصا: 6 في قرية دينغيري و2 في بوني و3 على الطريق بين واهيغويا "
     "وبارغا.", ["دينغيري", "بوني", "واهيغويا"]),
    # a place "near" another is an item of the list when it has its own date
    ("Troops arrested one suspect in the village of Tabla on 6 July, and another near Tera on "
     "7 July.", ["Tabla", "Tera"]),
    ("Les soldats ont arrêté un suspect dans le village de Tabla le 6 juillet, et un autre près "
     "de Téra le 7 juillet.", ["Tabla", "Téra"]),
    ("اعتقل الجنود مشتبها به في قرية تابلا في 6 يوليو، وآخر بالقرب من تيرا في 7 يوليو.",
     ["تابلا", "تيرا"]),
])
def test_a_place_near_or_between_with_its_own_figure_or_date_is_listed(text, places):
    assert [e.location_text for e in _main(text)] == places
