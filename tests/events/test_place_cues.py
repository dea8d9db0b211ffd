"""Cues that say which mention an incident is coded at (rasd.events.place_cues)."""

import datetime as dt

import pytest

import rasd
from rasd.doc import ArticleDoc
from rasd.stages.places import find_places

PUBLISHED = dt.date(2020, 6, 10)


def _main(text: str):
    events = [e for e in rasd.extract(text, published=PUBLISHED).events if e.role == "main"]
    return events[0] if events else None


@pytest.mark.parametrize(("lang", "text", "coded"), [
    ("en", "Gunmen raided the hamlet of Wotoro (coded as Boni at geoprecision 2).", "Boni"),
    ("fr", "Des hommes armés ont attaqué le hameau de Wotoro (codé à Boni).", "Boni"),
    ("ar", "هاجم مسلحون قرية ووتورو (مرمز باسم بوني).", "بوني"),
])
def test_coded_cue_makes_a_mention(lang, text, coded):
    doc = ArticleDoc.from_text(text).with_layers(lang=lang)
    assert [(p.name, p.cue) for p in find_places(doc) if p.cue == "coded"] == [(coded, "coded")]


@pytest.mark.parametrize(("text", "location", "admin1"), [
    # the village the sentence tells of first is not the point the note codes
    ("On 3 June 2020, gunmen raided the hamlet of Wotoro (coded as Boni at geoprecision 2) "
     "and killed two herders.", "Boni", "Mopti"),
    # "N km from X, coded as Y (Cercle, Region)": Y, not the town measured from
    ("On 3 June 2020, a truck struck a mine about 70 km east of Douentza, coded as Boni "
     "(Douentza, Mopti). Two passengers were wounded.", "Boni", "Mopti"),
    # "between A and B (coded as B)": the one the note names
    ("On 3 June 2020, soldiers were ambushed between Douentza and Boni (coded as Boni at "
     "geoprecision 2). One soldier was killed.", "Boni", "Mopti"),
    ("Le 3 juin 2020, des soldats ont été pris en embuscade entre Douentza et Boni (codé à "
     "Boni). Un soldat a été tué.", "Boni", "Mopti"),
])
def test_the_coded_place_is_the_records_place(text, location, admin1):
    event = _main(text)
    assert (event.location, event.admin1_former or event.admin1) == (location, admin1)


def test_no_coded_cue_keeps_the_first_place():
    event = _main("On 3 June 2020, gunmen raided the hamlet of Wotoro near Boni and killed two "
                  "herders.")
    assert event.location_text == "Wotoro"


@pytest.mark.parametrize(("text", "location"), [
    # a village located from a place the writer qualifies with its units: the qualified one
    ("On 3 June 2020, gunmen raided the hamlet of Wotoro, near Boni (Douentza, Mopti), and "
     "killed two herders.", "Boni"),
    # ... also when the gazetteer knows the village
    ("On 3 June 2020, gunmen raided the village of Dorodo, near Diankabou (Koro, Mopti), and "
     "killed two herders.", "Diankabou"),
    ("On 3 June 2020, gunmen raided the village of Dorodo, 12 km from Diankabou (Koro, Mopti), "
     "and killed two herders.", "Diankabou"),
    ("Le 3 juin 2020, des hommes armés ont attaqué le village de Dorodo, près de Diankabou "
     "(cercle de Koro, région de Mopti), et tué deux bergers.", "Diankabou"),
    ("هاجم مسلحون في 3 يونيو 2020 قرية تيري قرب بوني (دائرة دوينتزا، منطقة موبتي) وقتلوا "
     "راعيين.", "Boni"),
    # two places qualified together stay the first: the qualifier is the pair's
    ("On 3 June 2020, soldiers were ambushed between Douentza and Boni (Douentza, Mopti). "
     "One soldier was killed.", "Douentza"),
    ("On 3 June 2020, gunmen raided the villages of Wotoro and Boni (Douentza, Mopti) and "
     "killed two herders.", "Wotoro"),
])
def test_a_qualified_place_that_locates_a_village_is_the_records_place(text, location):
    event = _main(text)
    assert event.location == location


@pytest.mark.parametrize(("text", "former"), [
    # the units after a place name the region it was coded in before a split: Ansongo lies
    # in Gao, so a village of Ménaka today that the writer puts in (Ansongo, Gao) is Gao's
    ("On 3 June 2020, gunmen clashed near I-n-Kisman (Ansongo, Gao). Two were killed.", "Gao"),
    ("Le 3 juin 2020, des hommes armés se sont affrontés près d'I-n-Kisman (cercle d'Ansongo, "
     "région de Gao). Deux ont été tués.", "Gao"),
    ("اشتبك مسلحون في 3 يونيو 2020 قرب إنكيسمان (دائرة أنسونغو، منطقة غاو)، وقتل اثنان.",
     "Gao"),
    # ... but a unit that seats today's region keeps it: (Menaka, Gao) is Ménaka
    ("On 3 June 2020, gunmen shot a guard in Menaka (Menaka, Gao). He died.", "Ménaka"),
])
def test_the_qualifying_region_is_the_former_region(text, former):
    event = _main(text)
    assert event.location in ("I-n-Kisman", "Menaka")
    assert (event.admin1_former or event.admin1) == former


@pytest.mark.parametrize(("text", "location"), [
    # a known name keeps its place over a bracketed name the gazetteer does not know
    ("On 3 June 2020, soldiers searched homes in the village of Manga [Maga-Peulh] "
     "(Djenne, Mopti) and burned motorbikes.", "Manga"),
    ("Le 3 juin 2020, des soldats ont fouillé des maisons dans le village de Manga "
     "[Maga-Peulh] (Djenné, Mopti) et brûlé des motos.", "Manga"),
    # ... but a known bracketed name is the writer's correction
    ("On 3 June 2020, gunmen ambushed a patrol near Dala [Dallah] (Douentza, Mopti). Two "
     "soldiers were wounded.", "Dallah"),
])
def test_a_bracketed_name_replaces_only_an_unknown_one(text, location):
    assert _main(text).location == location


@pytest.mark.parametrize(("text", "location"), [
    # an area named by a place its units qualify is that place, not a village after it
    ("On 3 June 2020, a patrol came under fire in the area of Toroli (Koro, Mopti), on the "
     "road between Koro and Yoro. Two soldiers were wounded.", "Toroli"),
    ("Le 3 juin 2020, une patrouille a essuyé des tirs dans la zone de Toroli (cercle de "
     "Koro, région de Mopti), sur la route entre Koro et Yoro. Deux soldats ont été blessés.",
     "Toroli"),
    ("نصب مسلحون في 3 يونيو 2020 كمينا لقافلة في منطقة بوني (دائرة دوينتزا، منطقة موبتي) "
     "بين هومبوري ودوينتزا، وأصيب جنديان.", "Boni"),
    # unqualified, the area still gives way to the place named right after it
    ("On 3 June 2020, a patrol came under fire in the area of Toroli, on the road between "
     "Koro and Yoro. Two soldiers were wounded.", "Koro"),
])
def test_a_qualified_area_is_the_records_place(text, location):
    assert _main(text).location == location


@pytest.mark.parametrize(("text", "location"), [
    # a quarter said to lie in the capital is coded at the capital
    ("On 3 June 2020, soldiers took over the camp in Sotuba in the capital of Bamako and "
     "arrested two officers.", "Bamako"),
    ("Le 3 juin 2020, des manifestants ont bloqué des routes à Sotuba, à Bamako, et brûlé "
     "des pneus.", "Bamako"),
    ("أغلق متظاهرون في 3 يونيو 2020 طرقا في سوتوبا في العاصمة باماكو وأحرقوا إطارات.",
     "Bamako"),
    # a town far from the capital named after it is its own place
    ("On 3 June 2020, gunmen attacked Kayes in Mali and killed a guard.", "Kayes"),
])
def test_a_quarter_of_the_capital_is_the_capital(text, location):
    assert _main(text).location == location
