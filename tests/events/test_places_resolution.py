"""Places of events resolved in the gazetteer, constrained by what the text names."""

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize("text,location,country", [
    # the region in parentheses keeps a Malian village in Mali (it is also in Burkina Faso)
    ("Dozo militiamen killed a man at a checkpoint near Dounde (Bankass, Mopti) on Monday.",
     "Dounde", "Mali"),
    # a region named in the sentence tells the country
    ("Gunmen killed three villagers in Dala, in the Mopti region, on Monday.", "Dala", "Mali"),
    # an Arabic name after a preposition, known to the gazetteer
    ("قتل خمسة مدنيين في جيبو يوم الاثنين.", "Djibo", "Burkina Faso"),
])
def test_event_place_is_resolved_where_the_text_says(text, location, country):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.location, event.country) == (location, country)
    assert event.latitude is not None and event.admin1 is not None


def test_between_two_places_is_the_midpoint():
    doc = rasd.extract("Gunmen ambushed an army convoy between Gao and Ansongo on Monday, "
                       "killing four soldiers.", published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.geo_precision == 2 and event.location == "Gao"
    assert 15.4 < event.latitude < 16.3  # between Gao (16.27) and Ansongo (15.66)


def test_a_town_is_not_taken_for_a_hamlet_of_the_same_name_in_the_first_focus_country():
    """Regression: with no country in the text, Dori (a town in Burkina Faso) was placed at a
    Malian hamlet because Mali was searched first; the best place across the Sahel wins."""
    doc = rasd.extract("Des hommes armés ont tué six civils lundi près de Dori, selon des "
                       "sources locales.", published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.location, event.country) == ("Dori", "Burkina Faso")
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize("text,location,location_text", [
    # a village located by a nearby town is coded at the town (precision 2), as ACLED does
    ("Gunmen attacked the village of Kokolo, near Boni, on Monday and killed two herders.",
     "Boni", "Kokolo"),
    ("Des hommes armés ont attaqué le village de Kokolo, près de Boni, lundi, tuant deux bergers.",
     "Boni", "Kokolo"),
    ("هاجم مسلحون قرية كوكولو قرب بوني يوم الاثنين وقتلوا راعيين.", None, "كوكولو"),
    # "in the Koro area" locates the village the same way
    ("Soldiers killed two suspects in the village of Bombolori in the Koro area on Monday.",
     "Koro", "Bombolori"),
])
def test_a_village_near_a_town_is_coded_at_the_town(text, location, location_text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.location_text == location_text and event.geo_precision == 2
    assert location is None or event.location == location


@pytest.mark.parametrize("text", [
    "Gunmen killed two herders in the village of Sogo [Dallah] on Monday.",
    "Des hommes armés ont tué deux bergers dans le village de Sogo [Dallah] lundi.",
])
def test_the_name_in_brackets_is_the_coded_name(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.location, event.location_text) == ("Dallah", "Sogo")


@pytest.mark.parametrize("text", [
    "Gunmen abducted the mayor of Boni in Hombori on Monday.",
    "Des hommes armés ont enlevé le maire de Boni à Hombori lundi.",
])
def test_the_place_of_an_officials_post_is_not_the_event_place(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.location == "Hombori"


def test_a_name_before_a_lower_case_commune_is_that_commune():
    # "in Mondoro commune" is a commune (precision 2), like "in Mondoro Commune"
    doc = rasd.extract("Gunmen killed two herders in Mondoro commune on Monday.",
                       published=dt.date(2025, 1, 13))
    assert [(p.name, p.cue) for p in doc.places] == [("Mondoro", "commune")]
    [event] = doc.events
    assert event.location == "Mondoro" and event.geo_precision == 2


@pytest.mark.parametrize("text,location", [
    # a single name in parentheses: another name of the place, unless it is a division
    ("Gunmen killed two men in the village of Sogo (Dallah) on Monday.", "Dallah"),
    ("Gunmen killed two men in the village of Sogo (Mopti) on Monday.", "Sogo"),
    # "village" without "of" still introduces the name
    ("Gunmen attacked the Dogon village Sogo on Monday, killing two men.", "Sogo"),
])
def test_names_around_a_settlement(text, location):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.location == location


def test_a_demonym_does_not_hide_the_areas_in_parentheses():
    # French forces: France names a side; the areas after the place are Malian
    doc = rasd.extract("French forces killed two militants in the area of Tinkoro, Tessit "
                       "Commune (Ansongo, Gao) on Monday.", published=dt.date(2025, 1, 13))
    assert [p.name for p in doc.places][-2:] == ["Ansongo", "Gao"]
    [event] = doc.events
    assert event.admin1 in ("Gao", "Ménaka")


@pytest.mark.parametrize(
    "text,country,actor1",
    [
        # the event's country is its place's, not that of a demonym or of foreign forces
        ("Gunmen killed three civilians in Ouallam on Monday before fleeing towards the Malian "
         "border.", "Niger", "Unidentified Armed Group (Niger)"),
        ("Des hommes armés ont tué trois civils à Ouallam lundi avant de fuir vers la frontière "
         "malienne.", "Niger", "Unidentified Armed Group (Niger)"),
        ("French forces struck a group of militants near Ansongo on Monday, killing four.", "Mali",
         "Military Forces of France (2017-)"),
    ],
)
def test_the_event_country_is_the_place_country(text, country, actor1):
    doc = rasd.extract(text, published=dt.date(2025, 1, 14))
    (event,) = [e for e in doc.events if e.role == "main"]
    assert (event.country, event.actor1) == (country, actor1)


@pytest.mark.parametrize(
    "text,place",
    [
        # no eventful sentence names a place: the incident's passage does
        ("At least eight passengers were killed on Saturday when a bus hit an explosive device. "
         "The vehicle was thrown off the track about twenty kilometres from Dori.", "Dori"),
        ("Au moins huit passagers ont été tués samedi lorsqu'un car a sauté sur un engin explosif. "
         "Le véhicule a été projeté hors de la piste à une vingtaine de kilomètres de Dori.", "Dori"),
        ("قتل ثمانية ركاب على الأقل يوم السبت عندما انفجرت عبوة ناسفة بحافلة. وقد انقلبت الحافلة "
         "على بعد نحو عشرين كيلومترا من مدينة دوري.", "دوري"),
    ],
)
def test_an_incident_takes_a_place_from_its_passage(text, place):
    doc = rasd.extract(text, published=dt.date(2025, 3, 24))
    (event,) = doc.events
    assert event.location_text == place


@pytest.mark.parametrize("text", [
    "Gunmen attacked the hamlet of Boni-Peulh on Monday, killing two herders.",
    "Des hommes armés ont attaqué le hameau de Boni-Peulh lundi, tuant deux bergers.",
])
def test_an_unknown_compound_name_is_placed_at_the_village_it_names_first(text):
    """Regression: "X-Y" with two known halves was read as a road between X and Y; an
    unknown compound is a hamlet of X, coded at X at precision 2 and kept as written."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.location, event.country, event.geo_precision) == ("Boni-Peulh", "Mali", 2)
    assert event.latitude is not None and abs(event.latitude - 15.08) < 0.1


def test_a_prefix_is_not_the_village_a_compound_name_names():
    # (Tin-Hamma, once unknown, is now OCHA's Tin Hama: an unknown compound stands in)
    [event] = rasd.extract("Gunmen robbed traders in Tin-Qwertyx on Sunday.",
                           published=dt.date(2025, 1, 13)).events
    assert (event.location, event.latitude, event.admin1) == ("Tin-Qwertyx", None, None)


@pytest.mark.parametrize("text", [
    "Gunmen killed a man near Poura-Boumba in the Sokoura commune (Bankass, Mopti) on Monday.",
    "Un civil a été tué lundi près de Poura-Boumba, dans la commune de Sokoura (Bankass, Mopti).",
])
def test_the_places_around_an_unknown_village_are_read_inside_the_region_named(text):
    """Regression: the areas after "Sokoura commune" were not read, and the nearby commune
    was resolved to a namesake in another region (or Burkina Faso)."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.country, event.admin1, event.geo_precision) == ("Mali", "Mopti", 2)
    assert 14.0 < event.latitude < 15.0  # not the Sokoura near Niafunké (15.70)


@pytest.mark.parametrize("text,location", [
    ("Gunmen attacked an army post near Diafarabe on Monday, killing five soldiers. The same "
     "post was attacked on December 29, when two soldiers were wounded.", "Diafarabe"),
    ("Des hommes armés ont attaqué lundi un poste militaire près de Diafarabé, tuant cinq "
     "soldats. Le même poste avait été attaqué le 29 décembre, faisant deux blessés parmi les "
     "soldats.", "Diafarabé"),
    ("هاجم مسلحون يوم الاثنين موقعا للجيش قرب ديافرابي وقتلوا خمسة جنود. وكان الموقع نفسه قد "
     "تعرض لهجوم في 29 ديسمبر أسفر عن إصابة جنديين.", "Diafarabé"),  # resolved: the gazetteer's
])
def test_an_incident_that_names_no_place_is_placed_where_the_report_is(text, location):
    """Regression: an earlier incident told without a place ("the same post was attacked on
    December 29") had none; it is coded at the report's place, at precision 2 at best, with
    that mention as evidence."""
    main, background = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert background.role == "background"
    assert (background.location, background.geo_precision) == (location, 2)
    assert background.evidence["location"] == main.evidence["location"]
    assert text[slice(*main.evidence["location"][0])] == main.location_text


@pytest.mark.parametrize("text", [
    "Local sources in the Oudalan province said gunmen looted a village near Gorom-Gorom on "
    "Wednesday night.",
    "Des sources locales dans la province de l’Oudalan ont indiqué que des hommes armés ont "
    "pillé mercredi soir un village près de Gorom-Gorom.",
    "أفادت مصادر محلية في إقليم أودالان بأن مسلحين نهبوا ليل الأربعاء قرية قريبة من غورم غورم.",
])
def test_a_place_inside_the_region_named_first_is_the_events_place(text):
    """Regression: the province the sources are in was coded, not the village near
    Gorom-Gorom that the sentence goes on to name."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.location, event.geo_precision, event.country) == ("Gorom-Gorom", 2, "Burkina Faso")


@pytest.mark.parametrize("text,location,precision", [
    # the residents of a town march in it
    ("Hundreds of residents of Ouallam marched on Thursday to the prefecture to demand more "
     "security.", "Ouallam", 1),
    ("Plusieurs centaines d’habitants d’Ouallam ont marché jeudi jusqu’à la préfecture pour "
     "réclamer plus de sécurité.", "Ouallam", 1),
    ("تظاهر مئات من سكان غاو يوم الخميس أمام مقر الولاية للمطالبة بتعزيز الأمن.", "Gao", 1),
    # "on the road to X" is near X
    ("An explosive device destroyed a militia vehicle on the road to Mansila on Thursday, "
     "killing four people.", "Mansila", 2),
    ("Un engin explosif a détruit jeudi un véhicule de la milice sur la route de Mansila, "
     "tuant quatre personnes.", "Mansila", 2),
    # regression: a noun glued to a clitic after a place noun is no place name ("the
    # barracks of the mercenaries", "a village chief and two teachers")
    ("اقتحم مسلحون صباح الأحد ثكنة لمرتزقة فاغنر في منطقة تمبكتو وقتلوا عشرة جنود.", "Timbuktu", 3),
    ("خطف مسلحون سبعة مدنيين بينهم رئيس قرية ومعلمان مساء السبت قرب بلدة أيورو.", "Ayorou", 2),
])
def test_place_cues(text, location, precision):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.location, event.geo_precision) == (location, precision)


@pytest.mark.parametrize("text", [
    "هاجم مسلحون معسكرا للجيش النيجري في ايناتيس قرب مالي يوم الاثنين وقتلوا عشرة جنود.",
    "Des assaillants ont attaqué lundi le camp de l'armée nigérienne à Inatès, près du Mali, "
    "tuant dix soldats.",
    "Gunmen attacked a Nigerien army camp in Inates, near Mali, on Monday, killing ten soldiers.",
    "Gunmen attacked an army camp in Inates near Mali on Monday, killing ten soldiers.",
])
def test_a_country_named_only_as_near_does_not_hold_the_place(text):
    """Regression: "X near Mali" made Mali the only country the report's places were read
    in, so Inatès (in Niger) stayed unresolved or the event was put in Mali."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.country, event.admin1) == ("Niger", "Tillabéri")


@pytest.mark.parametrize("text", [
    "Des hommes armés ont attaqué lundi le camp militaire de Dioura, près de la frontière "
    "avec le Burkina Faso, tuant dix soldats.",
    "Gunmen attacked the army camp at Dioura, near the border with Burkina Faso, on Monday, "
    "killing ten soldiers.",
    "هاجم مسلحون معسكر الجيش في ديورا قرب الحدود مع بوركينا فاسو يوم الاثنين وقتلوا عشرة جنود.",
    "Burkinabe soldiers came under fire in Dioura on Monday; ten were killed.",
])
def test_a_spelling_guess_in_one_country_yields_to_the_name_in_another(text):
    """Regression: with Burkina Faso as the first country searched, "Dioura" was taken for
    Dori (a regional seat that only sounds like it) over Mali's Dioura, named so."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.location, event.country) == ("Dioura", "Mali")


@pytest.mark.parametrize("text,location_text", [
    ("Soldiers killed two suspects in the village of Kokolo in the Koro area on Monday.",
     "Kokolo"),
    ("Des soldats ont tué deux suspects dans le village de Kokolo, près de Koro, lundi.",
     "Kokolo"),
    ("قتل جنود مشتبهين اثنين في قرية كوكولو قرب كورو يوم الاثنين.", "كوكولو"),
])
def test_a_known_village_near_a_town_is_coded_itself(text, location_text):
    """Regression: every "village X, near Y" was coded at Y (precision 2), also when the
    gazetteer holds X a few kilometres from Y; ACLED codes at the town only a village it
    cannot place."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert (event.location, event.location_text, event.geo_precision) == \
        ("Kokolo", location_text, 1)


@pytest.mark.parametrize("text,location_text", [
    ("Un minibus a heurté une mine lundi sur l'axe Fada N'Gourma-Kantchari, au niveau du "
     "village de Bougui, faisant dix morts.", "Bougui"),
    ("A minibus hit a landmine on Monday on the Fada N'Gourma-Kantchari road, at the village "
     "of Bougui, killing ten passengers.", "Bougui"),
    ("انفجر لغم بحافلة على الطريق بين فادا نغورما وكانتشاري عند قرية بوغي يوم الاثنين وقتل "
     "عشرة ركاب.", "بوغي"),
    # the road's other town, named as a town, is no village on it
    ("A landmine killed ten passengers of a bus on Monday on the road between Douentza and "
     "the town of Gao.", "Douentza"),
])
def test_a_village_named_on_a_road_is_the_place(text, location_text):
    """Regression: "on the A-B road, at the village of X" was placed at A."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.location_text == location_text


@pytest.mark.parametrize("text", [
    "Nigerien soldiers back from a patrol in Inatès hit a mine near Tingara on Monday, "
    "killing three of them. The area lies near Burkina Faso.",
    "Des soldats nigériens revenant d'une patrouille à Inatès ont sauté sur une mine près de "
    "Tingara lundi, trois d'entre eux ont été tués. La zone se trouve près du Burkina Faso.",
    "انفجر لغم بدورية لجنود نيجريين عائدين من إيناتس قرب تينغارا يوم الاثنين، ما أسفر عن مقتل "
    "ثلاثة منهم. وتقع المنطقة قرب بوركينا فاسو.",
])
def test_the_reports_country_outranks_a_place_known_elsewhere_only_by_an_alternate_name(text):
    """Regression: Tingara, a Ti-n-Gara of Tillabéri next to Inatès, went to Mali's Tiangara
    (whose alternate name it is), and "near Burkina Faso" made Burkina the report's country."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    event = doc.events[0]
    assert (event.country, event.admin1) == ("Niger", "Tillabéri")


@pytest.mark.parametrize("text", [
    "A mine killed four soldiers near Ayorou, Niger, on Tuesday, the army of Niger said. In "
    "February, gunmen killed ten Nigerien soldiers in an ambush near the Mali border.",
    "Une mine a tué mardi quatre soldats près d'Ayorou, au Niger, selon l'armée du Niger. En "
    "février, des hommes armés ont tué dix soldats nigériens dans une embuscade près de la "
    "frontière du Mali.",
    "قتل لغم أربعة جنود قرب أيورو في النيجر يوم الثلاثاء، بحسب جيش النيجر. وفي فبراير، قتل "
    "مسلحون عشرة جنود في كمين قرب حدود مالي.",
])
def test_an_incident_near_a_neighbours_border_is_coded_as_one_that_names_no_place(text):
    """The neighbour named as a landmark is neither where the ambush was nor its country
    (the three languages coded it in Mali, at Ayorou, or nowhere): the incident is coded as
    an earlier one whose passage names no place: in the report's country and region, with
    no location (precision 3), since it does not name the report's place again."""
    doc = rasd.extract(text, published=dt.date(2025, 3, 10))
    [earlier] = [e for e in doc.events if e.role == "background"]
    assert (earlier.country, earlier.admin1, earlier.location, earlier.geo_precision) \
        == ("Niger", "Tillabéri", None, 3)


@pytest.mark.parametrize(("text", "location"), [
    # regression: an earlier incident that names no place took the report's place; only one
    # that names it again ("in the same area", "this village") is there
    ("Gunmen killed five villagers in Bankilaré on Sunday. In May, gunmen killed twelve "
     "traders in an attack on a bus.", None),
    ("Des hommes armés ont tué cinq villageois à Bankilaré dimanche. En mai, des hommes armés "
     "avaient tué douze commerçants dans l'attaque d'un car.", None),
    ("قتل مسلحون خمسة قرويين في بانكيلاري يوم الأحد. وفي مايو، قتل مسلحون اثني عشر تاجرا في "
     "هجوم على حافلة.", None),
    ("Gunmen killed five villagers in Bankilaré on Sunday. In May, gunmen killed twelve "
     "traders in the same area.", "Bankilaré"),
    ("Des hommes armés ont tué cinq villageois à Bankilaré dimanche. En mai, des hommes armés "
     "avaient tué douze commerçants dans la même zone.", "Bankilaré"),
    ("قتل مسلحون خمسة قرويين في بانكيلاري يوم الأحد. وفي مايو، قتل مسلحون اثني عشر تاجرا في "
     "المنطقة ذاتها.", "Bankilaré"),
])
def test_an_earlier_incident_is_at_the_reports_place_only_when_it_names_it_again(text, location):
    doc = rasd.extract(text, published=dt.date(2025, 6, 10))
    [earlier] = [e for e in doc.events if e.role == "background"]
    assert (earlier.location, earlier.country, earlier.admin1) == (location, "Niger", "Tillabéri")


@pytest.mark.parametrize("text", [
    "Rockets hit the town of Boni, 250 km from Mopti, on Wednesday, killing a soldier.",
    "Des roquettes ont frappé mercredi la ville de Boni, à 250 km de Mopti, tuant un soldat.",
    "سقطت قذائف صاروخية على مدينة بوني الواقعة على بعد 250 كلم من موبتي يوم الأربعاء ما أسفر "
    "عن مقتل جندي.",
])
def test_a_commune_seat_located_from_a_far_town_is_coded_itself(text):
    """Regression: a town the gazetteer knows as a commune seat, located from a city far off,
    was coded at that city (ACLED codes at the reference only a village it cannot place)."""
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    [event] = doc.events
    assert event.location == "Boni"
