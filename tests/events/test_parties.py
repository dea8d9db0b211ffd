"""Actor roles: who is actor1 (the initiator) and actor2 (the side hit)."""

import datetime as dt
from pathlib import Path

import pytest

import rasd
from rasd.ingest import iter_documents

MALI_ARMY = "Military Forces of Mali (2021-)"
UAG = "Unidentified Armed Group (Mali)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ISGS = "Islamic State (Sahel)"
DOZO = "Dozo Communal Militia (Mali)"


def actors(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    return [(e.actor1, e.actor2) for e in doc.events if e.role == "main"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the army named as the target ("an attack on an army post") beside its
    # killed soldiers was taken for the one acting, and no attacker was implied
    ("Twelve soldiers were killed on Thursday in an attack on an army post near Gao, Mali.",
     [(UAG, MALI_ARMY)]),
    ("Douze soldats ont été tués jeudi dans une attaque contre un poste de l'armée près de Gao, au Mali.",
     [(UAG, MALI_ARMY)]),
    ("قتل 12 جنديا في هجوم على موقع للجيش قرب غاو في مالي يوم الخميس.", [(UAG, MALI_ARMY)]),
    # the attacker named: it is actor1 in every language
    ("JNIM fighters killed 12 soldiers near Boni, Mali, on Monday.", [(JNIM, MALI_ARMY)]),
    ("Des combattants du JNIM ont tué 12 soldats près de Boni, au Mali, lundi.", [(JNIM, MALI_ARMY)]),
    # regression: an armed place attacked with no force named had no actor2; the force that
    # holds it is the target, in the event's country
    ("Gunmen attacked a checkpoint near Diafarabe, Mali, on Monday.", [(UAG, MALI_ARMY)]),
    ("Des hommes armés ont attaqué lundi un poste de contrôle près de Diafarabé, au Mali.",
     [(UAG, MALI_ARMY)]),
    ("هاجم مسلحون يوم الاثنين نقطة تفتيش قرب موبتي في مالي.", [(UAG, MALI_ARMY)]),
    ("Gunmen attacked a gendarmerie post in Koutiala, Mali, on Monday.",
     [(UAG, "Police Forces of Mali (2021-) Gendarmerie")]),
    # regression: of two armed groups, the one hit is actor2 (it was dropped, or replaced by
    # the army when a checkpoint was named)
    ("Islamic State Sahel fighters killed seven Dozo hunters at a checkpoint near Segou, Mali, "
     "on Saturday.", [(ISGS, DOZO)]),
    ("Des combattants de l'État islamique au Sahel ont tué samedi sept chasseurs dozos à un "
     "poste de contrôle près de Ségou, au Mali.", [(ISGS, DOZO)]),
    ("قتل مقاتلو تنظيم الدولة الإسلامية في الساحل سبعة من صيادي الدوزو عند نقطة تفتيش قرب "
     "سيغو في مالي يوم السبت.", [(ISGS, DOZO)]),
])
def test_actor_roles(text, expected):
    assert actors(text) == expected


def test_a_group_named_after_its_victims_figure_is_hit():
    """Regression: "seven hunters from the Dozo" left the Dozo as a second attacker
    (context.yaml `partitives`)."""
    assert actors("قتل مقاتلو تنظيم الدولة الإسلامية في الساحل سبعة صيادين من الدوزو عند نقطة "
                  "تفتيش قرب سيغو في مالي يوم السبت.") == [(ISGS, DOZO)]


@pytest.mark.parametrize(
    "text",
    [
        "COMMUNIQUE OF THE GENERAL STAFF\n\nThe armed forces carried out air strikes near Niono on "
        "Wednesday 1 January 2025, neutralising twenty terrorists.\n\nOn 30 December, our units repelled an attack on a "
        "post near Markala in which two soldiers fell.",
        "COMMUNIQUÉ DE L'ÉTAT-MAJOR\n\nLes forces armées ont mené des frappes aériennes près de "
        "Niono le mercredi 1er janvier 2025, neutralisant vingt terroristes.\n\nLe 30 décembre, nos unités ont repoussé une attaque "
        "contre un poste près de Markala au cours de laquelle deux soldats sont tombés.",
        "بيان هيئة الأركان العامة\n\nنفذت القوات المسلحة غارات جوية قرب نيونو يوم الأربعاء 1 "
        "يناير 2025، وحيدت عشرين إرهابيا.\n\nوفي 30 ديسمبر، صدت وحداتنا هجوما على موقع قرب ماركالا قتل فيه جنديان.",
    ],
)
def test_a_communique_speaks_for_the_army_in_every_operation_it_reports(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 6))
    roles = [sorted({c.claimant_role for c in e.claims}) for e in doc.events if e.role == "main"]
    assert len(roles) == 2 and all("government" in r for r in roles), roles


@pytest.mark.parametrize("text,actor1", [
    ("COMMUNIQUE OF THE GENERAL STAFF OF THE ARMED FORCES\n\nFAMa units carried out air strikes "
     "near Niono on Wednesday, neutralising several terrorists.\n\nIn addition, a ground "
     "operation on Thursday near Markala led to the arrest of four suspects.", MALI_ARMY),
    ("COMMUNIQUÉ DE L'ÉTAT-MAJOR GÉNÉRAL DES ARMÉES\n\nLes FAMa ont mené mercredi des frappes "
     "aériennes près de Niono, neutralisant plusieurs terroristes.\n\nPar ailleurs, une "
     "opération terrestre jeudi près de Markala a permis l'interpellation de quatre suspects.",
     MALI_ARMY),
    ("بيان هيئة الأركان العامة للقوات المسلحة\n\nنفذت القوات المسلحة المالية يوم الأربعاء غارات "
     "جوية قرب نيونو وتم تحييد عدد من الإرهابيين.\n\nكما أسفرت عملية برية يوم الخميس قرب ماركالا "
     "عن توقيف أربعة مشتبه بهم.", MALI_ARMY),
    ("In the name of Allah. On Thursday the mujahideen of the Group for Support of Islam and "
     "Muslims attacked a position of the apostate army near Sebba. On the same day, another "
     "detachment of the mujahideen planted an explosive device on the road to Mansila, killing "
     "four apostates.", JNIM),
    ("Au nom d'Allah. Jeudi, les moudjahidines du Groupe de soutien à l'islam et aux musulmans "
     "ont attaqué une position de l'armée apostate près de Sebba. Le même jour, un autre "
     "détachement des moudjahidines a posé un engin explosif sur la route de Mansila, tuant "
     "quatre apostats.", JNIM),
    ("بسم الله. يوم الخميس هاجم مجاهدو جماعة نصرة الإسلام والمسلمين موقعا للجيش المرتد قرب سيبا. "
     "وفي اليوم نفسه زرعت مفرزة أخرى من المجاهدين عبوة ناسفة على طريق مانسيلا وقتلت أربعة من "
     "المرتدين.", JNIM),
])
def test_a_partisan_documents_own_operation_told_without_its_actor_is_the_authors(text, actor1):
    """Regression: an army communiqué's "a ground operation led to the arrest of …" had no
    actor1, and a group's "another detachment planted a device" was an unidentified group's."""
    events = rasd.extract(text, published=dt.date(2025, 1, 10)).events
    assert len(events) == 2 and events[1].actor1 == actor1


@pytest.mark.parametrize("text", [
    "JNIM gunmen attacked an army post near Boni, Mali, on Monday; the army said three Malian "
    "soldiers were killed.",
    "Des hommes armés du JNIM ont attaqué lundi un poste de l'armée près de Boni, au Mali ; "
    "l'armée a indiqué que trois soldats maliens avaient été tués.",
    "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين يوم الاثنين موقعا للجيش قرب بوني في مالي، وقال "
    "الجيش إن ثلاثة جنود ماليين قتلوا.",
])
def test_gunmen_beside_a_named_group_are_its_fighters_not_an_associate(text):
    """Regression: "JNIM gunmen" gave JNIM with Unidentified Armed Group as its associate."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.actor1, event.assoc_actor_1) == (JNIM, None)


def test_associated_actors_name_each_actor_once_and_not_the_main_one():
    """Regression: two mentions of one army gave "Military Forces of Mali (2021-); Military
    Forces of Mali (2021-)" as associated actors."""
    sample = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"
    for doc in iter_documents([sample], cfg=rasd.load_config()):
        for event in rasd.Pipeline.from_config(rasd.load_config())(doc).events or ():
            for main, assoc in ((event.actor1, event.assoc_actor_1), (event.actor2, event.assoc_actor_2)):
                names = assoc.split("; ") if assoc else []
                assert len(names) == len(set(names)) and main not in names


@pytest.mark.parametrize("text", [
    "JNIM, al-Qaeda's affiliate in the Sahel, said in a statement that its fighters had killed "
    "12 soldiers near Boni, Mali, on Monday.",
    "Le JNIM, lié à al-Qaïda, a affirmé dans un communiqué que ses combattants avaient tué 12 "
    "soldats lundi près de Boni, au Mali.",
    "قالت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة في بيان إن مقاتليها قتلوا 12 "
    "جنديا قرب بوني في مالي يوم الاثنين.",
])
def test_a_claimant_named_by_its_umbrella_is_the_party_it_describes(text):
    """Regression: the umbrella named next to the claim ("al-Qaeda's affiliate") was taken
    for the claimant (AQIM, role unknown)."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert [(c.claimant, c.claimant_role) for c in event.claims] == [(JNIM, "perpetrator")]


@pytest.mark.parametrize("text", [
    "JNIM fighters stormed a barracks of Wagner mercenaries and the Malian army near Timbuktu on "
    "Sunday, killing 25 soldiers.",
    "Des combattants du JNIM ont pris d'assaut dimanche une caserne des mercenaires de Wagner et "
    "de l'armée malienne près de Tombouctou, tuant 25 soldats.",
    "اقتحم مقاتلو جماعة نصرة الإسلام والمسلمين يوم الأحد ثكنة لمرتزقة فاغنر والجيش المالي قرب "
    "تمبكتو وقتلوا 25 جنديا.",
])
def test_the_countrys_own_forces_lead_their_side_before_foreign_allies(text):
    """Regression: Wagner, named first, was actor2 and the Malian army its associate."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.actor1, event.actor2, event.assoc_actor_2) == (JNIM, MALI_ARMY, "Wagner Group")


@pytest.mark.parametrize("text", [
    "Fifteen members of Russia's Africa Corps and Malian soldiers were killed on Sunday in an "
    "attack on a military convoy near Gao.",
    "Quinze membres de l'Africa Corps russe et des soldats maliens ont été tués dimanche dans une "
    "attaque contre un convoi militaire près de Gao.",
])
def test_parties_named_before_a_passive_event_word_were_hit(text):
    """Regression: the soldiers "were killed" were read as the ones acting (actor1), with the
    army again as actor2 through the military convoy."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.actor1, event.actor2, event.assoc_actor_2) == (
        UAG, MALI_ARMY, "Military Forces of Russia (2000-)")


def test_a_party_speaking_before_a_passive_event_word_is_not_hit():
    [event] = rasd.extract("JNIM said Malian soldiers were killed near Boni on Monday.",
                           published=dt.date(2025, 1, 13)).events
    assert event.actor1 == JNIM


BFA_ARMY = "Military Forces of Burkina Faso (2022-)"
NER_ARMY = "Military Forces of Niger (2023-)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a mine under an army vehicle, with no group named, made the army actor1
    ("An army truck struck a landmine near Boni, Mali, on Monday, killing two soldiers.",
     (UAG, MALI_ARMY)),
    ("Un camion de l'armée malienne a sauté lundi sur une mine près de Boni, tuant deux soldats.",
     (UAG, MALI_ARMY)),
    ("انفجرت عبوة ناسفة يوم الاثنين لدى مرور شاحنة تابعة للجيش المالي قرب بوني، ما أسفر عن "
     "مقتل جنديين.", (UAG, MALI_ARMY)),
    # regression: a unit "subjected to an attack" (the army's own statement) was the attacker;
    # in English and French the passive tells it (a state force as subject acts: see
    # tests/events/test_places_resolution.py, "French forces struck...")
    ("A unit of the Malian army was attacked near Mopti on Saturday.", (UAG, MALI_ARMY)),
    ("Une unité de l'armée malienne a été attaquée samedi près de Mopti.", (UAG, MALI_ARMY)),
    ("أعلن الجيش المالي أن وحدة تابعة له تعرضت لهجوم مسلح يوم السبت قرب موبتي.",
     (UAG, MALI_ARMY)),
])
def test_violence_with_state_forces_as_the_only_side_named_had_an_unnamed_attacker(text, expected):
    assert actors(text)[:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: strikes with no force named had no actor1; in the Sahel only states fly
    ("Drone strikes hit a convoy near Tillia, Niger, on Sunday.",
     (NER_ARMY, UAG.replace("Mali", "Niger"))),
    ("Des frappes de drone ont touché dimanche un convoi près de Tillia, au Niger.",
     (NER_ARMY, UAG.replace("Mali", "Niger"))),
    ("استهدفت غارات بطائرات مسيرة يوم الأحد قافلة قرب تيليا في النيجر.",
     (NER_ARMY, UAG.replace("Mali", "Niger"))),
    # the strikes' target named: civilians
    ("Drone strikes killed six civilians in Djibo, Burkina Faso, on Sunday.",
     (BFA_ARMY, "Civilians (Burkina Faso)")),
    ("Des frappes de drone ont tué six civils dimanche à Djibo, au Burkina Faso.",
     (BFA_ARMY, "Civilians (Burkina Faso)")),
    ("قتلت غارات بطائرات مسيرة ستة مدنيين يوم الأحد في جيبو في بوركينا فاسو.",
     (BFA_ARMY, "Civilians (Burkina Faso)")),
])
def test_an_air_strike_with_no_force_named_is_the_countrys_military(text, expected):
    assert actors(text)[:1] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: shelling counted as a state tactic made the soldiers hit by mortar fire
    # the ones firing
    ("Mortar shells fired at a military camp in Timbuktu, Mali, on Friday killed two soldiers.",
     (UAG, MALI_ARMY)),
    ("Des obus de mortier tirés vendredi sur un camp militaire à Tombouctou, au Mali, ont tué "
     "deux soldats.", (UAG, MALI_ARMY)),
    ("قتل جنديان يوم الجمعة في قصف بقذائف الهاون استهدف معسكرا للجيش في تمبكتو في مالي.",
     (UAG, MALI_ARMY)),
    # the army shelling positions it names as its targets stays the one acting
    ("The Malian army said it shelled terrorist positions near Douentza on Friday.",
     (MALI_ARMY, UAG)),
    ("L'armée malienne a annoncé avoir bombardé vendredi des positions terroristes près de "
     "Douentza.", (MALI_ARMY, UAG)),
    ("أعلن الجيش المالي أنه قصف يوم الجمعة مواقع إرهابية قرب دوينتزا.", (MALI_ARMY, UAG)),
])
def test_shelling_is_the_states_only_when_the_state_is_not_hit(text, expected):
    assert actors(text)[:1] == [expected]


AMBUSH = {
    "en": "Gunmen killed five soldiers in an ambush near Boni, Mali.",
    "fr": "Des hommes armés ont tué cinq soldats dans une embuscade près de Boni, au Mali.",
    "ar": "قتل مسلحون خمسة جنود في كمين قرب بوني في مالي.",
}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
@pytest.mark.parametrize(("published", "army"), [
    # regression: an undated event took the latest regime ("(2021-)"), a guess
    (None, "Military Forces of Mali"),
    # regression: the publication date did not stand in for the missing event date
    (dt.date(2019, 5, 2), "Military Forces of Mali (2013-2020)"),
])
def test_an_undated_event_names_state_forces_for_the_publication_regime_or_none(lang, published, army):
    [event] = rasd.extract(AMBUSH[lang], published=published).events
    assert (event.event_date, event.actor2) == (None, army)


@pytest.mark.parametrize(("text", "expected"), [
    # regression: foreign victims were coded as the event country's civilians, and the
    # victims' nationality could even become the event's country
    ("Gunmen kidnapped two Egyptian nationals near Kayes, Mali, on Monday.",
     (UAG, "Civilians (Egypt)")),
    ("Des hommes armés ont enlevé lundi deux ressortissants égyptiens près de Kayes, au Mali.",
     (UAG, "Civilians (Egypt)")),
    ("اختطف مسلحون يوم الاثنين اثنين من الرعايا المصريين قرب كايس في مالي.",
     (UAG, "Civilians (Egypt)")),
    # regression: "civilians" named first hid the nationality given later
    ("Gunmen killed civilians on Monday morning near Nara, Mali; the victims were Mauritanian "
     "civilians.", (UAG, "Civilians (Mauritania)")),
    ("Des hommes armés ont tué des civils lundi matin près de Nara, au Mali ; les victimes "
     "étaient des civils mauritaniens.", (UAG, "Civilians (Mauritania)")),
    ("قتل مسلحون مدنيين يوم الاثنين صباحا قرب نارا في مالي، وكان الضحايا مدنيين موريتانيين.",
     (UAG, "Civilians (Mauritania)")),
    # a German aid worker kidnapped: a civilian of Germany, the attacker unnamed
    ("Armed men kidnapped a German aid worker in Tillaberi, Niger, on Wednesday.",
     ("Unidentified Armed Group (Niger)", "Civilians (Germany)")),
    ("Des hommes armés ont enlevé mercredi un travailleur humanitaire allemand à Tillabéri, au "
     "Niger.", ("Unidentified Armed Group (Niger)", "Civilians (Germany)")),
    ("اختطف مسلحون يوم الأربعاء عامل إغاثة ألمانيا في تيلابيري في النيجر.",
     ("Unidentified Armed Group (Niger)", "Civilians (Germany)")),
])
def test_foreign_victims_are_civilians_of_their_country(text, expected):
    assert actors(text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    # regression: a drone strike typed as another sub-event, with the army named only in
    # passing, gave the strike to an unnamed armed group
    "A drone strike on a wedding in Beydi, Mali, on Thursday killed 20 civilians and wounded "
    "soldiers' relatives, the army acknowledged.",
    "Une frappe de drone a tué jeudi 20 civils lors d'un mariage à Beydi, au Mali, a reconnu "
    "l'armée.",
    "قتلت غارة بطائرة مسيرة يوم الخميس 20 مدنيا خلال حفل زفاف في بيدي في مالي، حسب ما أقر "
    "الجيش.",
])
def test_a_strike_from_the_air_is_the_states_whatever_the_incidents_type(text):
    [(actor1, _)] = actors(text)[:1]
    assert actor1 == MALI_ARMY


@pytest.mark.parametrize(("text", "expected"), [
    # regression: rival movements named together to describe the insurgency were taken for
    # the attacker
    ("Gunmen killed four soldiers near Boni, Mali, on Monday. Groups linked to al-Qaeda and "
     "the Islamic State have attacked the area for years.", (UAG, MALI_ARMY)),
    ("Des hommes armés ont tué quatre soldats lundi près de Boni, au Mali. Des groupes liés à "
     "al-Qaïda et à l'État islamique attaquent la zone depuis des années.", (UAG, MALI_ARMY)),
    ("قتل مسلحون أربعة جنود يوم الاثنين قرب بوني في مالي. وتهاجم جماعات مرتبطة بتنظيم القاعدة "
     "وتنظيم الدولة الإسلامية المنطقة منذ سنوات.", (UAG, MALI_ARMY)),
    # regression: "a group linked to al-Qaeda" in Mali after March 2017 is coded JNIM, not AQIM
    ("A group linked to al-Qaeda attacked an army base near Mondoro, Mali, on Sunday.",
     (JNIM, MALI_ARMY)),
    ("Un groupe lié à al-Qaïda a attaqué dimanche une base militaire près de Mondoro, au Mali.",
     (JNIM, MALI_ARMY)),
    ("هاجمت جماعة مرتبطة بتنظيم القاعدة يوم الأحد قاعدة عسكرية قرب موندورو في مالي.",
     (JNIM, MALI_ARMY)),
])
def test_al_qaeda_in_the_sahel_is_jnim_and_rival_umbrellas_together_are_commentary(text, expected):
    assert actors(text)[:1] == [expected]


def test_al_qaeda_before_jnim_was_formed_stays_aqim():
    doc = rasd.extract("Al-Qaeda fighters attacked an army base near Gao, Mali, on Sunday.",
                       published=dt.date(2015, 3, 2))
    assert [e.actor1 for e in doc.events] == ["AQIM: Al Qaeda in the Islamic Maghreb"]


@pytest.mark.parametrize("text", [
    "Terrorists attacked an army post near Boni, Mali, on Monday, and the army neutralised ten "
    "terrorists. In March 2023, terrorists killed 20 villagers near Douentza.",
    "Des terroristes ont attaqué lundi un poste de l'armée près de Boni, au Mali, et l'armée a "
    "neutralisé dix terroristes. En mars 2023, des terroristes avaient tué 20 villageois près de "
    "Douentza.",
    "هاجم إرهابيون يوم الاثنين موقعا للجيش قرب بوني في مالي، وحيد الجيش عشرة إرهابيين. وفي مارس "
    "2023 قتل إرهابيون 20 قرويا قرب دوينتزا.",
])
def test_a_partisan_voice_claims_the_reported_incident_not_the_earlier_ones(text):
    """Regression: the document's own voice (its framing) was a government claim on every
    background incident it recalls as well."""
    events = rasd.extract(text, published=dt.date(2025, 1, 10)).events
    assert [(e.role, sorted({c.claimant_role for c in e.claims})) for e in events] == [
        ("main", ["government"]), ("background", [])]


FRANCE = "Military Forces of France (2017-)"


@pytest.mark.parametrize("text", [
    # regression: in a riot the gendarmes were actor1 and the crowd actor2; the crowd is
    # Rioters, the convoy it gathered against (named first) the other side
    "Protesters threw stones at a French military convoy in Tera, Niger, on Saturday and set two "
    "trucks on fire; gendarmes fired tear gas.",
    "Des manifestants ont jeté des pierres samedi sur un convoi militaire français à Téra, au "
    "Niger, et incendié deux camions ; des gendarmes ont tiré des gaz lacrymogènes.",
    "رشق محتجون يوم السبت قافلة عسكرية فرنسية بالحجارة في تيرا في النيجر وأحرقوا شاحنتين، وأطلق "
    "الدرك الغاز المسيل للدموع.",
])
def test_a_riot_is_the_rioters_against_the_force_they_faced_first(text):
    [event] = rasd.extract(text, published=dt.date(2021, 11, 28)).events
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Violent demonstration", "Rioters (Niger)", FRANCE)


@pytest.mark.parametrize("text", [
    "Terrorists attacked an army post near Boni, Mali, on Monday, and the army neutralised ten "
    "terrorists, a local official said.",
    "Des terroristes ont attaqué lundi un poste de l'armée près de Boni, au Mali, et l'armée a "
    "neutralisé dix terroristes, selon un élu local.",
    "هاجم إرهابيون يوم الاثنين موقعا للجيش قرب بوني في مالي، وحيد الجيش عشرة إرهابيين، حسب "
    "مسؤول محلي.",
])
def test_a_report_that_names_its_source_does_not_speak_in_its_own_partisan_voice(text):
    """Regression: the framing words ("terrorists", "neutralised") added a government claim
    beside the local official who reported the incident."""
    [event] = rasd.extract(text, published=dt.date(2025, 1, 10)).events
    assert sorted({c.claimant_role for c in event.claims}) == ["local_source"]


@pytest.mark.parametrize("text", [
    # regression: the gunmen, named first, hid the militia they were identified as
    "Armed men dressed as traditional hunters attacked the village of Ogossagou, Mali, on "
    "Saturday, killing 30 villagers.",
    "Des hommes armés habillés en chasseurs traditionnels ont attaqué samedi le village "
    "d'Ogossagou, au Mali, tuant 30 villageois.",
    "هاجم رجال مسلحون يرتدون زي الصيادين التقليديين قرية أوغوساغو في مالي يوم السبت وقتلوا 30 "
    "قرويا.",
])
def test_gunmen_identified_as_a_militia_are_that_militia(text):
    [event] = rasd.extract(text, published=dt.date(2019, 3, 25)).events
    assert (event.actor1, event.actor2) == (DOZO, "Civilians (Mali)")


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a mine under a bus or a looted market, with no armed side hit, had no actor2
    ("A bus hit a landmine near Douentza, Mali, on Tuesday, killing 11 people.",
     (UAG, "Civilians (Mali)")),
    ("Un car a sauté sur une mine mardi près de Douentza, au Mali, tuant 11 personnes.",
     (UAG, "Civilians (Mali)")),
    ("انفجر لغم بحافلة يوم الثلاثاء قرب دوينتزا في مالي ما أسفر عن مقتل 11 شخصا.",
     (UAG, "Civilians (Mali)")),
    ("Gunmen looted and burned shops in Bafina, Burkina Faso, on Wednesday.",
     ("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")),
    ("Des hommes armés ont pillé et incendié mercredi des boutiques à Bafina, au Burkina Faso.",
     ("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")),
    ("نهب مسلحون وأحرقوا محلات تجارية يوم الأربعاء في بافينا في بوركينا فاسو.",
     ("Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")),
])
def test_a_bomb_or_a_looting_that_hit_no_armed_side_hit_civilians(text, expected):
    assert actors(text)[:1] == [expected]


@pytest.mark.parametrize("text", [
    "وحسب بيان الجماعة، قتل مسلحو جماعة نصرة الإسلام والمسلمين 12 جنديا ماليا في كمين قرب بوني يوم الأحد.",
    "Selon un communiqué du groupe, des combattants du JNIM ont tué 12 soldats maliens dimanche près de Boni.",
    "According to a statement by the group, JNIM fighters killed 12 Malian soldiers near Boni on Sunday.",
])
def test_the_groups_own_statement_names_the_group_as_claimant(text):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 14)).events
    [claim] = [c for c in event.claims if c.claimant_role == "perpetrator"]
    assert (claim.claimant, claim.partisan) == ("JNIM: Group for Support of Islam and Muslims", True)


@pytest.mark.parametrize("text", [
    # regression: rival movements named far apart in one description, or the same movement
    # named again in brackets, were taken for the attacker
    "A roadside bomb killed six civilians near Djibo, Burkina Faso, on Monday, in an area where "
    "the army fights insurgents linked to al Qaeda in the Sahel and fighters of the Islamic State.",
    "A roadside bomb killed six civilians near Djibo, Burkina Faso, on Monday, in a region where "
    "groups tied to al-Qaeda and ISIL (ISIS) have stepped up attacks.",
    "Une bombe artisanale a tué six civils lundi près de Djibo, au Burkina Faso, dans une zone où "
    "l'armée combat des insurgés liés à al-Qaïda au Sahel et des combattants de l'Etat islamique.",
    "قتل ستة مدنيين يوم الاثنين بانفجار عبوة ناسفة قرب جيبو في بوركينا فاسو، حيث تنشط جماعات "
    "مرتبطة بتنظيمي القاعدة وداعش.",
    # the full name before its bracketed short form goes with the pair too
    "A roadside bomb killed six civilians near Djibo, Burkina Faso, on Monday, in a region where "
    "groups tied to the Islamic State (ISIS) and al-Qaeda have stepped up attacks.",
    "Une bombe artisanale a tué six civils lundi près de Djibo, au Burkina Faso, dans une zone où "
    "des groupes affiliés à l'Etat islamique (EI) et à al-Qaïda multiplient les attaques.",
    "قتل ستة مدنيين يوم الاثنين بانفجار عبوة ناسفة قرب جيبو في بوركينا فاسو، حيث تنشط جماعات "
    "مرتبطة بتنظيم الدولة الإسلامية (داعش) وتنظيم القاعدة.",
])
def test_the_insurgency_described_at_large_is_no_party(text):
    assert [a1 for a1, _ in actors(text)] == ["Unidentified Armed Group (Burkina Faso)"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a group the text only guesses at was coded as the attacker
    ("Gunmen killed six villagers near Boni, Mali, on Monday; the attack bears the hallmarks "
     "of JNIM.", UAG),
    ("Des hommes armés ont tué six villageois lundi près de Boni, au Mali ; l'attaque porte la "
     "marque du JNIM.", UAG),
    ("قتل مسلحون ستة قرويين يوم الاثنين قرب بوني في مالي، وترجح مصادر محلية أن تكون جماعة نصرة "
     "الإسلام والمسلمين وراء الهجوم.", UAG),
    # a source that believes a named group did it names the attacker
    ("Gunmen believed to belong to JNIM killed six villagers near Boni, Mali, on Monday.", JNIM),
    ("قتل مسلحون يعتقد أنهم ينتمون إلى جماعة نصرة الإسلام والمسلمين ستة قرويين يوم الاثنين قرب "
     "بوني في مالي.", JNIM),
])
def test_a_group_only_guessed_at_is_an_unidentified_armed_group(text, expected):
    assert [a1 for a1, _ in actors(text)] == [expected]


NIGER_ARMY = "Military Forces of Niger (2023-)"
NIGER_UAG = "Unidentified Armed Group (Niger)"


@pytest.mark.parametrize("text", [
    # regression: an army operation whose only other party is the armed men it killed was
    # coded as an attack on the army by an unidentified group
    "Nigerien troops killed four terrorists near Diffa, Niger, on Tuesday.",
    "Les militaires nigériens ont neutralisé quatre terroristes mardi lors d'un accrochage près "
    "de Diffa, au Niger.",
    "قتل الجيش النيجري أربعة إرهابيين يوم الثلاثاء قرب ديفا في النيجر، حسب بيان للجيش.",
])
def test_state_forces_that_strike_armed_men_are_actor1(text):
    assert actors(text) == [(NIGER_ARMY, NIGER_UAG)]


@pytest.mark.parametrize("text", [
    # soldiers among the dead: the attack was on the army
    "Gunmen killed four Nigerien soldiers near Diffa, Niger, on Tuesday; two attackers were "
    "also killed.",
    "Des hommes armés ont tué quatre soldats nigériens mardi près de Diffa, au Niger ; deux "
    "assaillants ont aussi été tués.",
    # regression: an army communiqué counting its own dead without naming them: attacked
    "An army unit was attacked near Diffa, Niger, on Tuesday. Our forces killed 30 terrorists; "
    "we regret 3 dead and 5 wounded.",
    "Une unité de l'armée a été attaquée mardi près de Diffa, au Niger. Nos forces ont neutralisé "
    "30 terroristes ; nous déplorons 3 morts et 5 blessés.",
])
def test_an_attack_that_kills_soldiers_is_the_armed_groups(text):
    assert actors(text) == [(NIGER_UAG, NIGER_ARMY)]


@pytest.mark.parametrize(
    "text,actor1,actor2",
    [
        # the party right before a later event word is its subject, even after a first one
        ("At least nine were killed on Sunday when Dogon hunters raided a Fulani hamlet near "
         "Bankass, in central Mali, a local official said.", "Dogon", "Civilians"),
        ("Au moins neuf morts dimanche lorsque des chasseurs dogons ont attaqué un hameau peul "
         "près de Bankass, au Mali, selon un élu local.", "Dogon", "Civilians"),
        # an attribution marker names the doer, an article between
        ("At least nine died in a raid on a hamlet near Bankass on Sunday, blamed on Dogon "
         "hunters.", "Dogon", "Civilians"),
        ("Au moins neuf morts dimanche dans un raid contre un hameau près de Bankass, attribué "
         "à des chasseurs dogons.", "Dogon", "Civilians"),
    ],
)
def test_the_doer_named_after_a_first_event_word_is_no_target(text, actor1, actor2):
    events = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert events
    assert actor1 in events[0].actor1 and actor2 in events[0].actor2, (events[0].actor1, events[0].actor2)
    assert events[0].sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Men in army uniform raided Tougan on Monday and at least twelve were killed, residents said.",
        "Des hommes en tenues de l'armée ont attaqué Tougan lundi, faisant au moins douze morts, "
        "selon des habitants.",
        "هاجم مسلحون بزي الجيش بلدة توغان يوم الاثنين، ما أسفر عن سقوط اثني عشر قتيلا، حسب سكان.",
    ],
)
def test_a_force_whose_uniform_the_attackers_wore_is_no_party(text):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed seven Homeland Defense Volunteers near Djibo on Friday.",
        "Des hommes armés ont tué sept volontaires pour la défense de la nation près de Djibo vendredi.",
        "قتل مسلحون سبعة من متطوعو الدفاع عن الوطن قرب جيبو يوم الجمعة.",
    ],
)
def test_the_volunteers_are_named_in_their_other_spellings(text):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert event.sub_event_type == "Armed clash"
    assert event.actor2.startswith("VDP")


@pytest.mark.parametrize(
    "text,actor2",
    [
        # a home militia is no foreign ally: the first named of it and the army leads
        ("Gunmen attacked VDP positions near Djibo on Friday, then soldiers sent from the army "
         "base at Djibo pushed them back.", "VDP"),
        ("Des hommes armés ont attaqué vendredi des positions des VDP près de Djibo, avant "
         "d'être repoussés par des soldats de l'armée.", "VDP"),
        ("هاجم مسلحون يوم الجمعة مواقع متطوعي الدفاع عن الوطن قرب جيبو قبل أن يصدهم جنود الجيش.",
         "VDP"),
        ("Gunmen attacked an army detachment near Djibo on Friday, killing twelve soldiers and "
         "four VDP.", "Military Forces of Burkina Faso"),
    ],
)
def test_a_home_militia_named_first_leads_the_side_before_the_army(text, actor2):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert event.actor2.startswith(actor2)


@pytest.mark.parametrize(
    "text",
    [
        # the force the victims were said to serve is the motive, not a side
        "Two were shot dead near Léré on Tuesday by JNIM fighters who accused them of spying for "
        "the army.",
        "Des combattants du JNIM ont abattu mardi deux bergers près de Léré, qu'ils accusaient "
        "d'être des informateurs de l'armée.",
        "قتل مسلحو جماعة نصرة الإسلام والمسلمين يوم الثلاثاء راعيين قرب ليري بتهمة التعاون مع "
        "الجيش المالي.",
    ],
)
def test_a_force_the_victims_were_accused_of_serving_is_no_party(text):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Mali)")
    assert event.actor1.startswith("JNIM")


@pytest.mark.parametrize(
    "text",
    [
        # forces searching the area afterwards took no part in the incident
        "JNIM fighters stormed a gold mine near Kéniéba on Sunday and abducted three workers. "
        "Security forces have launched a search in the area.",
        "Des combattants du JNIM ont pris d'assaut dimanche un site minier près de Kéniéba et "
        "enlevé trois ouvriers. Les forces de sécurité ont lancé des recherches dans la zone.",
        "هاجم مسلحون من جماعة نصرة الإسلام والمسلمين يوم الأحد موقعا للتنقيب عن الذهب قرب "
        "كينييبا واختطفوا ثلاثة عمال، فيما تواصل قوات الأمن عمليات البحث في المنطقة.",
    ],
)
def test_forces_searching_after_an_incident_are_no_party_to_it(text):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Mali)")


@pytest.mark.parametrize(
    "text",
    [
        # how the attackers looked names who they were, not whom they hit
        "At least nine were killed on Sunday in a raid on a Fulani hamlet near Bankass by gunmen "
        "dressed like Dozo hunters.",
        "Au moins neuf morts dimanche dans un raid contre un hameau peul près de Bankass mené par "
        "des hommes armés habillés comme des chasseurs dozos.",
        "قتل مسلحون يرتدون زي صيادي الدوزو يوم الأحد تسعة قرويين في هجوم على قرية قرب بانكاس.",
    ],
)
def test_a_group_the_attackers_were_dressed_as_is_not_their_target(text):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "Dozo Communal Militia (Mali)", "Civilians (Mali)")


@pytest.mark.parametrize(
    "text,actor2",
    [
        # a counted nationality in the plural names people of that country
        ("JNIM fighters abducted three Egyptians near Kayes, Mali, on Monday.", "Civilians (Egypt)"),
        ("Des combattants du JNIM ont enlevé lundi trois Égyptiens près de Kayes, au Mali.",
         "Civilians (Egypt)"),
        ("اختطف مسلحو جماعة نصرة الإسلام والمسلمين يوم الاثنين 3 مصريين قرب كايس في مالي.",
         "Civilians (Egypt)"),
        # a nationality before a noun qualifies it
        ("Gunmen killed three Malian soldiers near Kayes on Monday.", "Military Forces of Mali"),
    ],
)
def test_a_counted_nationality_names_civilians_of_that_country(text, actor2):
    [event] = rasd.extract(text, published=dt.date(2025, 1, 13)).events
    assert event.actor2.startswith(actor2)


MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2021-)"


@pytest.mark.parametrize("text", [
    "Two soldiers of the UN mission in Mali were killed when their vehicle hit a mine near "
    "Aguelhok, Mali, on Monday.",
    "Deux soldats de la mission de l'ONU au Mali ont été tués lundi lorsque leur véhicule a "
    "sauté sur une mine près d'Aguelhok, au Mali.",
    "قتل جنديان من بعثة الأمم المتحدة في مالي يوم الاثنين عندما انفجر لغم بمركبتهما قرب "
    "أغلهوك في مالي.",
])
def test_soldiers_of_a_named_mission_are_the_missions_not_the_national_army(text):
    """Regression: a generic "soldiers" joined to the mission by a partitive was read as
    the country's own army, which then led the side hit."""
    assert [a2 for _, a2 in actors(text)] == [MINUSMA]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a UN camp near Aguelhok, Mali, on Monday, wounding six soldiers of the "
    "mission.",
    "Des hommes armés ont attaqué lundi un camp de l'ONU près d'Aguelhok, au Mali, blessant "
    "six militaires de la mission.",
    "هاجم مسلحون يوم الاثنين معسكرا للأمم المتحدة قرب أغلهوك في مالي وأصابوا ستة من جنود "
    "البعثة.",
])
def test_soldiers_of_the_mission_are_the_un_mission(text):
    """Regression: "militaires de la mission" (the mission named before) was read as the
    national army."""
    assert [a2 for _, a2 in actors(text)] == [MINUSMA]


def test_the_auxiliary_forces_in_the_definite_arabic_form_are_the_volunteers():
    """Regression: "القوات الرديفة" (the definite form) was not read, so the army named
    after it led the side hit in Burkina Faso."""
    text = ("هاجم مسلحون ليل الجمعة موقعا للقوات الرديفة التابعة للجيش في بلدة سيبا في "
            "بوركينا فاسو وقتلوا عشرة منهم.")
    assert [a2 for _, a2 in actors(text)] == ["VDP: Volunteers for the Defense of the Homeland"]


@pytest.mark.parametrize("text", [
    "Soldiers killed 12 Mauritanian civilians near Nara, Mali, on Tuesday.",
    "Des soldats ont tué mardi 12 civils mauritaniens près de Nara, au Mali.",
    "قتل جنود 12 مدنيا موريتانيا قرب نارا في مالي يوم الثلاثاء.",
])
def test_civilians_counted_with_their_nationality_are_of_that_country(text):
    """Regression: a nationality right after the figure ("12 مدنيا موريتانيا") was lost and
    the victims were coded as civilians of the event's country."""
    assert [a2 for _, a2 in actors(text)] == ["Civilians (Mauritania)"]


@pytest.mark.parametrize("text", [
    "A mine hit an army truck near Boni, Mali, on Monday, killing four soldiers. No group has "
    "claimed responsibility for the blast, but JNIM fighters are active in the area.",
    "Une mine a touché lundi un camion de l'armée près de Boni, au Mali, tuant quatre soldats. "
    "Aucune revendication n'a été publiée, mais des combattants du JNIM sont actifs dans la zone.",
    "انفجر لغم بشاحنة للجيش قرب بوني في مالي يوم الاثنين ما أسفر عن مقتل أربعة جنود. ولم تتبن "
    "أي جهة مسؤوليتها عن الانفجار، لكن مقاتلي جماعة نصرة الإسلام والمسلمين ينشطون في المنطقة.",
])
def test_a_group_named_after_a_denied_claim_is_only_a_guess(text):
    """Regression: a group the text names right after saying no one claimed the attack
    was coded as the attacker."""
    assert actors(text) == [(UAG, MALI_ARMY)]


NIGER_ARMY = "Military Forces of Niger (2023-)"
UAG_NIGER = "Unidentified Armed Group (Niger)"


@pytest.mark.parametrize("text", [
    "A mine killed six soldiers near Tillaberi, Niger, on Monday, the army of Niger said. Niger "
    "has faced such attacks for years. Last March, gunmen killed twenty Nigerien soldiers in an "
    "ambush near the Burkina Faso border.",
    "Une mine a tué lundi six soldats près de Tillabéri, au Niger, a indiqué l'armée du Niger. Le "
    "Niger subit de telles attaques depuis des années. En mars dernier, des hommes armés ont tué "
    "vingt soldats nigériens dans une embuscade près de la frontière du Burkina Faso.",
    # regression: a tie between Niger and its neighbour named in the passage went to the first
    # in alphabetical order (Burkina Faso)
    "قتل لغم ستة جنود قرب تيلابيري في النيجر يوم الاثنين، بحسب جيش النيجر. وتواجه النيجر مثل "
    "هذه الهجمات منذ سنوات. وفي مارس الماضي، قتل مسلحون عشرين جنديا نيجريا في كمين قرب حدود "
    "بوركينا فاسو.",
])
def test_a_tie_between_countries_goes_to_the_documents_country(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [(e.actor1, e.actor2) for e in doc.events if e.role == "background"] == [
        (UAG_NIGER, NIGER_ARMY)]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the force an unnamed source works for was made a party ("a military
    # source said jihadists attacked": actor1 the army; "a police official": actor2 the police)
    ("A military source said armed men attacked the village of Tin on Monday, killing eight "
     "civilians.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("Selon une source militaire, des hommes armés ont attaqué lundi le village de Tin au Mali, "
     "tuant huit civils.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("قال مصدر عسكري إن مسلحين هاجموا قرية تين في مالي يوم الاثنين وقتلوا ثمانية مدنيين.",
     ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("Armed men attacked the village of Tin in Mali on Monday, killing eight people, said "
     "another police official.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("Des hommes armés ont attaqué lundi le village de Tin au Mali, tuant huit personnes, selon "
     "un autre responsable de la police.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("هاجم مسلحون قرية تين في مالي يوم الاثنين وقتلوا ثمانية أشخاص، حسبما قال مسؤول آخر في "
     "الشرطة.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    # a source noun beside the force (actors.yaml `source_nouns`), the speaker named first
    ("Another police official said armed men attacked the village of Tin in Mali on Monday.",
     ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("Un autre responsable de la police a dit que des hommes armés ont attaqué lundi le "
     "village de Tin au Mali.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("قال مسؤول آخر في الشرطة إن مسلحين هاجموا قرية تين في مالي يوم الاثنين.",
     ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("قال المتحدث باسم الجيش إن مسلحين هاجموا قرية تين في مالي يوم الاثنين.",
     ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    # a force counted in a casualty figure stays a party
    ("A police official was killed when armed men attacked a checkpoint in Mali on Monday.",
     ("Unidentified Armed Group (Mali)", "Police Forces of Mali (2021-)")),
    # residents who speak are of the side that was hit: they stay
    ("Residents said armed men attacked the village of Tin in Mali on Monday.",
     ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
])
def test_the_force_an_unnamed_source_works_for_is_no_party(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [(e.actor1, e.actor2) for e in doc.events if e.role == "main"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a group the text only places in the area (actors.yaml `presence`) was
    # coded as the kidnapper
    ("Gunmen kidnapped six aid workers in Dakoro, Niger, on Sunday, in a region where "
     "fighters tied to the Islamic State are active.", "Unidentified Armed Group (Niger)"),
    ("Des hommes armés ont enlevé six humanitaires dimanche à Dakoro, au Niger, une zone où "
     "sont actifs des combattants liés à l'Etat islamique.", "Unidentified Armed Group (Niger)"),
    ("خطف مسلحون ستة عمال إغاثة في داكورو بالنيجر يوم الأحد، في منطقة ينشط فيها متشددون "
     "مرتبطون بتنظيم داعش.", "Unidentified Armed Group (Niger)"),
    ("Gunmen kidnapped six aid workers in Dakoro, Niger, on Sunday. Al Qaeda factions operating "
     "in the Sahel have seized foreigners in Niger before.", "Unidentified Armed Group (Niger)"),
    # a group placed in the area that claims the incident is its author
    ("JNIM, which is active in the region, claimed the kidnapping of six aid workers in "
     "Dakoro, Niger, on Sunday.", "JNIM: Group for Support of Islam and Muslims"),
    ("وتبنت جماعة نصرة الإسلام والمسلمين التي تنشط في المنطقة خطف ستة عمال إغاثة في داكورو "
     "بالنيجر يوم الأحد.", "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_group_only_placed_in_the_area_is_no_party(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [e.actor1 for e in doc.events if e.role == "main"] == [expected]


@pytest.mark.parametrize("text", [
    # regression: the Arabic indefinite accusative ("جنودا") was no actor noun, and the
    # arrest was credited to the group arrested
    "Security officials in Niger said soldiers arrested two Islamic State leaders near Téra.",
    "Des responsables de la sécurité au Niger ont indiqué que des soldats ont arrêté deux chefs "
    "de l'Etat islamique près de Téra.",
    "قال مسؤولون أمنيون في النيجر إن جنودا اعتقلوا اثنين من قادة تنظيم داعش قرب تيرا.",
])
def test_soldiers_in_the_accusative_make_the_arrest(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [e.actor1 for e in doc.events if e.role == "main"] == ["Military Forces of Niger (2023-)"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the force a habit is described against (actors.yaml `habits`) was made the
    # target of a bus bombing
    ("A bus struck a mine near Tin, Mali, on Thursday, killing ten passengers. No group has "
     "claimed the attack, the work of militants known for mining roads used by Malian army "
     "convoys.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("Un bus a sauté sur une mine jeudi près de Tin, au Mali, tuant dix passagers. L'attaque n'a "
     "pas été revendiquée ; les jihadistes de la zone sont connus pour miner les routes "
     "empruntées par les convois de l'armée malienne.",
     ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("انفجر لغم بحافلة قرب تين في مالي يوم الخميس ما أسفر عن مقتل عشرة ركاب. ولم تتبن أي جهة "
     "الهجوم، وتزرع الجماعات المسلحة في المنطقة بشكل دائم ألغاما تستهدف آليات الجيش المالي.",
     ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    # the attacker named far from the habit word is still the attacker
    ("JNIM fighters killed five soldiers near Tin, Mali, on Monday, in an area that armed "
     "groups regularly target.",
     ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)")),
])
def test_an_actor_described_by_its_habits_is_no_party(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [(e.actor1, e.actor2) for e in doc.events if e.role == "main"] == [expected]


@pytest.mark.parametrize("text", [
    # regression: "X and Y belonging to Z" after a toll: Z's men were hit, yet Z was coded as
    # the attacker (actors.yaml `belonging`)
    "Nigerien troops killed ten militants and two commanders belonging to the Islamic State "
    "near Tillaberi.",
    "L'armée nigérienne a tué dix combattants et deux chefs appartenant à l'Etat islamique près "
    "de Tillabéri.",
    "قتل الجيش النيجري عشرة مسلحين وقياديين اثنين التابعين لتنظيم داعش قرب تيلابيري.",
])
def test_the_group_a_toll_counts_through_belonging_was_hit(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [(e.actor1, e.actor2) for e in doc.events if e.role == "main"] == [
        ("Military Forces of Niger (2023-)", "Islamic State (Sahel)")]


def test_a_group_named_as_the_agent_of_a_toll_still_acted():
    doc = rasd.extract("Ten soldiers were killed by JNIM fighters near Boni, Mali, on Monday.",
                       published=dt.date(2025, 1, 10))
    assert [e.actor1 for e in doc.events] == ["JNIM: Group for Support of Islam and Muslims"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the movement that accused the army of the killing was coded as the killer
    # (actors.yaml `accusations`)
    ("Eight civilians were killed near Hambi, Mali, on Sunday, according to the CMA, which "
     "accused the Malian army of the attack.", "Military Forces of Mali (2021-)"),
    ("Huit civils ont été tués dimanche près de Hambi, au Mali, selon la CMA, qui a accusé "
     "l'armée malienne de l'attaque.", "Military Forces of Mali (2021-)"),
    ("قتل ثمانية مدنيين يوم الأحد قرب هامبي في مالي بحسب تنسيقية حركات أزواد التي اتهمت الجيش "
     "المالي بالهجوم.", "Military Forces of Mali (2021-)"),
    # the one accused in the passive ("the army is accused by") is still the doer
    ("In Mali the army is accused by rights groups of killing eight civilians near Hambi on "
     "Sunday.", "Military Forces of Mali (2021-)"),
])
def test_the_accuser_is_no_party(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [e.actor1 for e in doc.events if e.role == "main"] == [expected]


@pytest.mark.parametrize("lang, text", [
    ("en", "An ambush on a supply convoy near Djibo on Tuesday left 25 dead, among them 17 "
           "soldiers and eight civilians."),
    ("fr", "L'embuscade tendue mardi contre un convoi de ravitaillement près de Djibo a fait 25 "
           "morts, dont 17 soldats et huit civils."),
    ("ar", "أسفر الكمين الذي استهدف يوم الثلاثاء قافلة تموين قرب جيبو عن 25 قتيلا، بينهم 17 "
           "جنديا وثمانية مدنيين."),
])
def test_groups_a_toll_lists_as_its_parts_were_hit(lang, text):
    """Regression: soldiers listed after "among them" a toll's dead were read as the party
    that acted (Arabic), and the ambush as its target."""
    [event] = rasd.extract(text, lang=lang, published=dt.date(2026, 10, 2)).events
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert event.actor2 == "Military Forces of Burkina Faso (2022-)"


@pytest.mark.parametrize("lang, text, actor1", [
    ("ar", "قتل مسلحون سبعة جنود يوم الثلاثاء قرب بوسو في منطقة ديفا، ولم تتبن جماعة بوكو حرام "
           "الهجوم.", "Unidentified Armed Group (Niger)"),
    ("ar", "قتل مسلحون سبعة جنود يوم الثلاثاء قرب بوسو في منطقة ديفا، وتتبنى جماعة بوكو حرام "
           "الهجوم في بيان.", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_a_group_that_does_not_claim_the_attack_is_not_its_author(lang, text, actor1):
    """Regression: the Arabic jussive and present forms of the claim verb (تتبن, تتبنى) were no
    claim cues, so "لم تتبن جماعة X الهجوم" made X the attacker."""
    [event] = rasd.extract(text, lang=lang, published=dt.date(2026, 3, 17)).events
    assert event.actor1 == actor1
