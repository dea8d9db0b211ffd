"""First-level regions (admin1) of events: what the text names around the place decides."""

import datetime as dt

import pytest

import rasd
from rasd.geo.resolve import natural_area, region_of

DAY = dt.date(2024, 10, 29)


@pytest.mark.parametrize("lang,text", [
    ("ar", "هاجم مسلحون موقعا للجيش التشادي في منطقة بحيرة تشاد ليل الأحد وقتلوا 12 جنديا."),
    ("fr", "Des assaillants ont tué 12 soldats tchadiens dimanche dans une base située à "
           "Boultoumrom, près du lac Tchad."),
    ("en", "Gunmen killed 12 Chadian soldiers on Sunday at an army post on an island in the "
           "area of Lake Chad."),
    # a neighbour the report also names does not take the lake: the army's country does
    ("en", "Boko Haram killed 12 Chadian soldiers on Sunday at an army post in the area of "
           "Lake Chad, the army said. The group took up arms in Nigeria in 2009."),
])
def test_a_lake_shared_by_four_countries_is_the_region_of_the_armys_country(lang, text):
    """Regression: "Lake Chad" named no region (Chad's settlements are not in the
    gazetteer, and the lake is no division), or the Arabic one read as the country."""
    [event] = [e for e in rasd.extract(text, published=DAY).events if e.role == "main"]
    assert (event.country, event.admin1, event.geo_precision) == ("Chad", "Lac", 3)
    assert event.latitude is not None


@pytest.mark.parametrize("name,country,region", [
    ("بحيرة تشاد", "TCD", ("Lac", "TCD")),
    ("lac Tchad", "NER", ("Diffa", "NER")),
    ("Lake Chad", "NGA", ("Borno", "NGA")),
    ("Lake Chad", None, None),  # which country's part, the text must say
    ("Lake Chad", "MLI", None),
])
def test_a_natural_area_region_depends_on_the_country(name, country, region):
    assert natural_area(name) == "Lake Chad"
    assert region_of(name, country) == region


def test_the_lake_as_an_attribute_is_no_place():
    doc = rasd.extract("Gunmen killed four soldiers in Dori on Monday. The Lake Chad countries "
                       "set up a joint force in 2015.", published=DAY)
    assert all(p.name != "Lake Chad" for p in doc.places)


@pytest.mark.parametrize("text,location,admin1", [
    # a name that begins like "like the" (كال) right after "in": a preposition takes no
    # second one, so the word is the name (Kaloumba, in the Nara region)
    ("قتل مسلحون تسعة جنود في هجوم وقع في كالومبا يوم الأربعاء.", "Kaloumba", "Nara"),
    ("Des assaillants ont tué neuf soldats mercredi à Kaloumba.", "Kaloumba", "Nara"),
    ("Gunmen killed nine soldiers in Kaloumba on Wednesday.", "Kaloumba", "Nara"),
])
def test_a_name_that_begins_like_a_glued_preposition(text, location, admin1):
    """Regression: "في كالومبا" was read as "in like-the ..." and the village was lost."""
    [event] = rasd.extract(text, published=DAY).events
    assert (event.location, event.admin1) == (location, admin1)


@pytest.mark.parametrize("text", [
    "قتل مسلحون تسعة جنود في وقت متأخر من الليل.",  # "و" begins the word: no name
    "قتل مسلحون تسعة جنود في الساعات الأولى من الصباح.",  # the article: no name
    # a verbal noun with a pronoun ending ("in his cooperation"), not a village
    "خطف مسلحون رجل أعمال يشتبه في تعاونه مع السلطات.",
    "Des hommes armés ont enlevé un homme d'affaires soupçonné de coopérer avec les autorités.",
    "Gunmen abducted a businessman suspected of working with the authorities.",
])
def test_a_common_word_after_a_preposition_is_no_place(text):
    doc = rasd.extract(text, published=DAY)
    assert [p.name for p in doc.places] == []


@pytest.mark.parametrize("text", [
    "قتل مسلحون 20 جنديا نيجريا في ايناتيس قرب مالي يوم الثلاثاء. وتنشط الجماعة أيضا في مالي.",
    "Des assaillants ont tué 20 soldats nigériens mardi à Inatès, près du Mali. Le groupe est "
    "aussi actif au Mali.",
    "Gunmen killed 20 Nigerien soldiers in Inates, near Mali, on Tuesday. The group is also "
    "active in Mali.",
])
def test_a_place_near_a_country_is_looked_for_across_its_border(text):
    """Regression: a report that names Mali twice (once as the landmark) searched for
    Inatès only in Mali and left it unresolved."""
    [event] = [e for e in rasd.extract(text, published=DAY).events if e.role == "main"]
    assert (event.country, event.admin1) == ("Niger", "Tillabéri")
    assert event.latitude is not None


@pytest.mark.parametrize("text", [
    "قتل مسلحون ستة مدنيين في ولاية أودلان يوم الأحد. ولم تتبن أي جهة الهجوم حتى الآن. "
    "وتنشط الجماعة نفسها في مالي.",
    "Des hommes armés ont tué six civils dimanche dans la province de Oudalan. L'attaque "
    "n'a pas été revendiquée pour l'instant. Le même groupe est actif au Mali.",
    "Gunmen killed six civilians in the province of Oudalan on Sunday. No group has so far "
    "said it carried out the attack. The same group is active in Mali.",
])
def test_a_province_is_looked_for_beyond_another_country_the_report_names(text):
    """Regression: a province searched only in Mali, named later in the report, was lost
    (unit_place read the focus countries only when the text named none)."""
    [event] = [e for e in rasd.extract(text, published=DAY).events if e.role == "main"]
    assert (event.country, event.admin1) == ("Burkina Faso", "Liptako")


@pytest.mark.parametrize("text,admin1", [
    ("انفجرت عبوة ناسفة بقافلة عسكرية قرب بوني يوم السبت وأصيب ستة جنود بجروح، وقد نقلهم "
     "الجيش بعد ساعات بطائرة مروحية لتلقي العلاج في غاو.", "Douentza"),
    ("Un engin explosif a blessé six soldats samedi près de Boni. Les blessés ont été "
     "évacués quelques heures plus tard par hélicoptère pour être soignés à Gao.", "Douentza"),
    ("A roadside bomb wounded six soldiers near Boni on Saturday. Hours later the wounded "
     "were flown by helicopter for treatment in Gao.", "Douentza"),
    # a region word makes the later name a region of the place, however far
    ("Gunmen killed nine villagers in Rann on Tuesday, according to aid workers who were "
     "handing out food there. Rann lies in Borno state, Nigeria.", "Borno"),
])
def test_a_town_named_further_on_is_no_region_of_the_place(text, admin1):
    """Regression: the town the wounded were flown to ("à Gao") was read as the region
    of the place, and a place of another region lost its own."""
    [event] = [e for e in rasd.extract(text, published=DAY).events if e.role == "main"]
    assert event.admin1 == admin1


@pytest.mark.parametrize("text", [
    'قصف الجيش تجمعات لمسلحين في منطقتي "ماكو" و"دانغا" يوم الثلاثاء.',
    "L'armée a bombardé mardi des groupes armés dans les localités de Makou et Dhanga.",
    "The army shelled armed groups in the villages of Makou and Dhanga on Tuesday.",
])
def test_a_village_named_beside_another_is_the_namesake_by_it(text):
    """Regression: Danga, listed with Makou (Bandiagara), was placed at the commune seat
    spelled alike 240 km away, in Tombouctou: a seat guessed from a spelling, no better
    than the Danga by Makou, gives way to it when the anchor is a village named beside."""
    events = [e for e in rasd.extract(text, published=DAY).events if e.role == "main"]
    danga = [e for e in events if e.location in ("Danga", "Dhanga")]
    assert danga and all(e.admin1 == "Bandiagara" for e in danga)


@pytest.mark.parametrize("text,location", [
    ("هاجم مسلحون موقع مشروع سد كاندادجي في النيجر يوم الأحد وقتلوا أربعة جنود.", "Kandadji"),
    ("Des assaillants ont tué quatre soldats dimanche sur le chantier du barrage de "
     "Kandadji au Niger.", "Kandadji"),
    ("Gunmen killed four soldiers on Sunday at the site of the dam project near Kandadji "
     "in Niger.", "Kandadji"),
])
def test_an_arabic_name_before_in_a_country_is_a_place(text, location):
    """Regression: an Arabic word right before "في النيجر" was never read as a place
    (only Latin capitalised names were), so the dam's village was lost."""
    [event] = [e for e in rasd.extract(text, published=DAY).events if e.role == "main"]
    assert (event.location, event.admin1) == (location, "Tillabéri")


def test_a_common_arabic_word_before_in_a_country_is_no_place():
    doc = rasd.extract("قتل مسلحون أربعة جنود يعملون في النيجر يوم الأحد.", published=DAY)
    assert [p.name for p in doc.places] == ["النيجر"]


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة بقافلة لقوات حفظ السلام قرب بلدة أنفيس يوم السبت وأصيب ستة جنود.",
    "Un engin explosif a blessé six Casques bleus samedi près de la ville d'Anéfis.",
    "A roadside bomb wounded six peacekeepers near the town of Anefis on Saturday.",
])
def test_a_town_known_by_an_alternate_name_beats_a_well_spelled_so(text):
    """Regression: Anéfis was placed at a well GeoNames spells "Anefis" in Tombouctou,
    250 km from the town (GeoNames: Anefis i-n-Darane, Kidal, alias Anefis)."""
    [event] = [e for e in rasd.extract(text, published=DAY).events if e.role == "main"]
    assert event.admin1 == "Kidal" and 17.5 < event.latitude < 18.5
