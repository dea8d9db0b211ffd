"""sides.finalise: who was hit by a mine or a bomb when state forces are named only as the
source of the report."""

import datetime as dt

import pytest

import rasd

UAG = "Unidentified Armed Group (Mali)"
CIVILIANS = "Civilians (Mali)"
ARMY = "Military Forces of Mali (2021-)"


def actors(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    return [(e.actor1, e.actor2) for e in doc.events if e.role == "main"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the army that reported the blast was coded as its target
    ("A passenger bus struck a landmine near Boni, Mali, on Tuesday, killing eleven people, the "
     "Malian army said in a statement.", [(UAG, CIVILIANS)]),
    ("Un car de transport a sauté mardi sur une mine près de Boni, au Mali, tuant onze "
     "personnes, a indiqué l'armée malienne dans un communiqué.", [(UAG, CIVILIANS)]),
    ("انفجر لغم بحافلة ركاب قرب بوني في مالي يوم الثلاثاء، ما أدى إلى مقتل أحد عشر شخصا، بحسب "
     "ما أعلن الجيش المالي في بيان.", [(UAG, CIVILIANS)]),
    # soldiers in the toll: the army was hit, whoever reports it
    ("A military truck struck a landmine near Boni, Mali, on Tuesday, killing four soldiers, "
     "the Malian army said in a statement.", [(UAG, ARMY)]),
    ("Un camion militaire a sauté mardi sur une mine près de Boni, au Mali, tuant quatre "
     "soldats, a indiqué l'armée malienne dans un communiqué.", [(UAG, ARMY)]),
    ("انفجر لغم بشاحنة عسكرية قرب بوني في مالي يوم الثلاثاء، ما أدى إلى مقتل أربعة جنود، بحسب "
     "ما أعلن الجيش المالي في بيان.", [(UAG, ARMY)]),
])
def test_mine_victims(text, expected):
    assert actors(text) == expected


WAGNER = "Wagner Group"
MALI_ARMY = "Military Forces of Mali (2021-)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a foreign ally the text names as the doer ("by", "par des mercenaires de",
    # "على يد") followed the national army named only as its partner in the operation
    ("Fourteen villagers were executed by Wagner mercenaries near Niono, Mali, on Tuesday "
     "during a joint operation with the Malian army.", (WAGNER, MALI_ARMY, "Civilians (Mali)")),
    ("Quatorze villageois ont été exécutés mardi par des mercenaires de Wagner près de Niono, "
     "au Mali, lors d'une opération conjointe avec l'armée malienne.",
     (WAGNER, MALI_ARMY, "Civilians (Mali)")),
    ("أعدم أربعة عشر قرويا على يد مرتزقة فاغنر يوم الثلاثاء قرب نيونو في مالي خلال عملية "
     "مشتركة مع الجيش المالي.", (WAGNER, MALI_ARMY, "Civilians (Mali)")),
    # the army named as the doer, or no doer named: the country's own forces lead
    ("Fourteen villagers were executed by Malian soldiers near Niono, Mali, on Tuesday, "
     "backed by Wagner mercenaries.", (MALI_ARMY, WAGNER, "Civilians (Mali)")),
    ("Malian soldiers and Wagner mercenaries executed fourteen villagers near Niono, Mali, on "
     "Tuesday.", (MALI_ARMY, WAGNER, "Civilians (Mali)")),
])
def test_ally_named_as_the_doer(text, expected):
    doc = rasd.extract(text, published=dt.date(2024, 3, 10))
    assert [(e.actor1, e.assoc_actor_1, e.actor2) for e in doc.events] == [expected]


TOGO_ARMY = "Military Forces of Togo (2005-)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a force named after the event word only as the one reporting it was read
    # as hit, and the attack on villages became a clash with the army
    ("On Thursday armed men carried out attacks on several villages near Mandouri, Togo, "
     "leaving several dead, the Togolese armed forces said.",
     ("Attack", "Unidentified Armed Group (Togo)", "Civilians (Togo)")),
    ("Jeudi, des individus armés ont mené des attaques contre plusieurs villages près de "
     "Mandouri, au Togo, faisant plusieurs morts, ont indiqué les forces armées togolaises.",
     ("Attack", "Unidentified Armed Group (Togo)", "Civilians (Togo)")),
    # Arabic has no subject-first word order: the speaker is read from its place after the
    # event word, next to its own verb
    ("شن مسلحون يوم الخميس هجمات على عدة قرى قرب ماندوري في توغو، ما أسفر عن سقوط عدة "
     "قتلى، بحسب ما أعلنت القوات المسلحة التوغولية.",
     ("Attack", "Unidentified Armed Group (Togo)", "Civilians (Togo)")),
    ("قتل الجيش عشرة مسلحين قرب ماندوري في توغو يوم الخميس، حسبما أعلنت القوات المسلحة "
     "التوغولية.", ("Armed clash", TOGO_ARMY, "Unidentified Armed Group (Togo)")),
    # the force that reports its own action stays its author
    ("Troops killed ten militants near Mandouri, Togo, on Thursday, the Togolese armed forces "
     "said.", ("Armed clash", TOGO_ARMY, "Unidentified Armed Group (Togo)")),
])
def test_force_named_only_as_the_reporter(text, expected):
    doc = rasd.extract(text, published=dt.date(2023, 7, 20))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events] == [expected]


@pytest.mark.parametrize("text", [
    # regression: the foreign soldiers the authorities arrested were coded as the ones who
    # made the arrest (actor1 Ivory Coast's army, actor2 Civilians)
    "Malian authorities arrested 49 soldiers from Ivory Coast at Bamako airport on Sunday.",
    "Les autorités maliennes ont arrêté dimanche 49 soldats ivoiriens à l'aéroport de Bamako.",
    "اعتقلت السلطات في باماكو بمالي يوم الأحد 49 من الجنود الإيفواريين في المطار.",
])
def test_soldiers_arrested_are_the_target_of_the_arrest(text):
    doc = rasd.extract(text, published=dt.date(2022, 7, 12))
    assert [(e.actor1, e.actor2) for e in doc.events] == [
        ("Military Forces of Mali (2021-)", "Military Forces of Ivory Coast (2011-)")]


NIGER_MILITIA = "Unidentified Communal Militia (Niger)"
NIGER_UAG = "Unidentified Armed Group (Niger)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: villagers who killed gunmen were dropped and the dead gunmen made actor1
    ("Villagers killed three gunmen near Ayorou, Niger, on Monday.", [(NIGER_MILITIA, NIGER_UAG)]),
    ("Des villageois ont tué lundi trois hommes armés près d'Ayorou, au Niger.",
     [(NIGER_MILITIA, NIGER_UAG)]),
    ("Residents of a village near Ayorou, Niger, shot dead three gunmen on Monday.",
     [(NIGER_MILITIA, NIGER_UAG)]),
    ("Des habitants d'un village près d'Ayorou, au Niger, ont abattu lundi trois hommes armés.",
     [(NIGER_MILITIA, NIGER_UAG)]),
    # civilians in the toll: they were hit, the gunmen acted
    ("Gunmen killed three villagers near Ayorou, Niger, on Monday.",
     [(NIGER_UAG, "Civilians (Niger)")]),
    ("Des hommes armés ont tué lundi trois villageois près d'Ayorou, au Niger.",
     [(NIGER_UAG, "Civilians (Niger)")]),
    ("قتل مسلحون ثلاثة قرويين يوم الاثنين قرب أيورو في النيجر.",
     [(NIGER_UAG, "Civilians (Niger)")]),
])
def test_civilians_who_strike_armed_men_are_a_communal_militia(text, expected):
    assert actors(text) == expected


@pytest.mark.parametrize(("civilians_hit", "expected"), [
    (False, "unidentified_communal_militia"),
    (True, "unidentified_armed_group"),
])
def test_armed_civilians_in_a_clash_whatever_the_language(civilians_hit, expected):
    """The rule reads only the cast (the Arabic typing of such a sentence is another stage's)."""
    from rasd.doc import Span
    from rasd.events.party import Cast, Party
    from rasd.events.sides import finalise
    villagers = Party("civilians", "NER", (Span(0, 8),))
    gunmen = Party("unidentified_armed_group", None, (Span(20, 27),), victim_only=True)
    cast = Cast(parties=(villagers, gunmen), target_sides={"unknown"}, country="NER",
                on=dt.date(2025, 1, 6), hit_only=frozenset({villagers} if civilians_hit else ()))
    done = finalise(cast, "Armed clash", evidence=(Span(9, 15),))
    assert done.actor1 is not None and done.actor1.actor_id == expected


DOZO = "Dozo Communal Militia (Mali)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: an armed group named only as the one hit was coded as the attacker
    ("Seven Dozo hunters were killed in an attack near Bankass, Mali, on Saturday.", (UAG, DOZO)),
    ("Sept chasseurs dozos ont été tués samedi dans une attaque près de Bankass, au Mali.",
     (UAG, DOZO)),
    ("قتل سبعة من صيادي الدوزو في هجوم قرب بانكاس في مالي يوم السبت.", (UAG, DOZO)),
    # the group named as the doer still leads
    ("Dozo hunters killed seven JNIM fighters near Bankass, Mali, on Saturday.",
     (DOZO, "JNIM: Group for Support of Islam and Muslims")),
])
def test_armed_group_named_only_as_hit_had_an_unnamed_attacker(text, expected):
    assert actors(text)[:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: soldiers known only from a toll were read as the mercenaries' men, so the
    # foreign ally headed the side that was hit
    ("Rebels said they killed 84 Wagner fighters and 47 Malian soldiers near Tinzaouatene, "
     "Mali, on Saturday.", (UAG, MALI_ARMY)),
    ("Les rebelles ont affirmé avoir tué 84 combattants de Wagner et 47 soldats maliens près "
     "de Tinzaouatène, au Mali, samedi.", (UAG, MALI_ARMY)),
    ("قال المتمردون إنهم قتلوا 84 من مقاتلي فاغنر و47 جنديا قرب تينزاواتين في مالي يوم السبت.",
     (UAG, MALI_ARMY)),
])
def test_soldiers_counted_beside_mercenaries_are_the_army(text, expected):
    assert actors(text)[:1] == [expected]
