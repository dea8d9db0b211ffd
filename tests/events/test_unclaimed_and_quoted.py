"""Actor classes of session 10 (act5): the subject of a claim the text denies, a name set in
quotation marks after its noun, a generic group the text only places in the area."""

import datetime as dt

import pytest

import rasd
from rasd.events import parties
from rasd.events.described import placed_in_area
from rasd.languages import rules_for
from rasd.lexicon import TokenIndex
from rasd.normalize import normalize

UAG_NER = "Unidentified Armed Group (Niger)"
UAG_MLI = "Unidentified Armed Group (Mali)"
BOKO = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
# al-Qaeda in the Sahel after 2017 is coded as JNIM (actors.successor)
JNIM = "JNIM: Group for Support of Islam and Muslims"
WAGNER = "Wagner Group"
MALI_ARMY = "Military Forces of Mali (2021-)"


def actor1(text):
    doc = rasd.extract(text, published=dt.date(2024, 3, 10))
    return [e.actor1 for e in doc.events if e.role == "main"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the group named as the subject of a denied claim was coded as the attacker
    ("Gunmen raided the village of Kolo in Niger's Diffa region on Monday, killing six "
     "civilians. Boko Haram has not claimed the raid.", UAG_NER),
    ("Gunmen raided the village of Kolo in Niger's Diffa region on Monday, killing six "
     "civilians. Boko Haram has yet to claim the raid.", UAG_NER),
    ("Gunmen raided the village of Kolo in Niger's Diffa region on Monday, killing six "
     "civilians. Boko Haram did not claim responsibility.", UAG_NER),
    ("Des hommes armés ont attaqué lundi le village de Kolo, dans la région de Diffa au Niger, "
     "tuant six civils. Boko Haram n'a pas encore revendiqué cette attaque.", UAG_NER),
    ("Des hommes armés ont attaqué lundi le village de Kolo, dans la région de Diffa au Niger, "
     "tuant six civils. L'attaque n'a pas été revendiquée, mais Boko Haram est actif dans la zone.",
     UAG_NER),
    ("هاجم مسلحون يوم الاثنين قرية كولو في منطقة ديفا بالنيجر، ما أسفر عن مقتل ستة مدنيين. "
     "وجماعة بوكو حرام لم تتبن الهجوم حتى الآن.", UAG_NER),
    # the group that did it and then did not claim it is still the attacker
    ("Boko Haram fighters raided the village of Kolo in Niger's Diffa region on Monday, killing "
     "six civilians. The group has not claimed the raid.", BOKO),
    ("Des combattants de Boko Haram ont attaqué lundi le village de Kolo, dans la région de "
     "Diffa au Niger, tuant six civils. Le groupe n'a pas revendiqué l'attaque.", BOKO),
    # a claim made stays a claim
    ("Gunmen raided the village of Kolo in Niger's Diffa region on Monday, killing six "
     "civilians. Boko Haram claimed the raid on Tuesday.", BOKO),
])
def test_the_subject_of_a_denied_claim_is_no_attacker(text, expected):
    assert actor1(text) == [expected]


ENTRIES = {"aqim": ["تنظيم القاعدة", "groupe Ansar Dine", "Ansar Dine group"]}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: quotation marks between the noun and the name broke the phrase
    ("ar", "أعلن تنظيم «القاعدة» مسؤوليته", ["تنظيم «القاعدة"]),
    ("ar", "أعلن تنظيم \"القاعدة\" مسؤوليته", ["تنظيم \"القاعدة"]),
    ("fr", "Le groupe « Ansar Dine » a revendiqué", ["groupe « Ansar Dine"]),
    ("en", "The \u201cAnsar Dine\u201d group claimed it", ["Ansar Dine\u201d group"]),
    # a comma or a line break still breaks it
    ("ar", "تنظيم، «القاعدة»", []),
    ("fr", "le groupe\n« Ansar Dine »", []),
])
def test_a_quoted_name_after_its_noun_is_one_phrase(lang, text, expected):
    index = TokenIndex({("x", "y"): ENTRIES, ("x", "z"): ENTRIES}, rules=rules_for(lang),
                       across_quotes=[("x", "y")])
    found = index.match(normalize(text))
    assert [m.span.of(text) for m in found.get(("x", "y"), [])] == expected
    # a section not read across quotes keeps its phrases broken at them
    assert not [m for m in found.get(("x", "z"), []) if '"' in m.term or "«" in m.span.of(text)]


@pytest.mark.parametrize("text", [
    "هاجم مقاتلون من تنظيم «القاعدة» يوم الاثنين قافلة للجيش المالي قرب تمبكتو.",
    ("Le groupe « Al-Qaïda au Maghreb islamique » a attaqué lundi un convoi de l'armée malienne "
     "près de Tombouctou."),
])
def test_a_quoted_group_after_its_noun_is_the_attacker(text):
    assert actor1(text) == [JNIM]


@pytest.mark.parametrize(("lang", "text", "name"), [
    # regression: a generic group the text only places in the area (here a self-defence
    # militia) stayed a party and could lead the attack told before
    ("en", "Jihadists and self-defence groups operate in the area.", "self-defence groups"),
    ("fr", "Des jihadistes et des groupes d'autodéfense opèrent dans cette zone.",
     "groupes d'autodéfense"),
])
def test_a_generic_group_only_placed_in_the_area_is_described(lang, text, name):
    doc = rasd.extract(text, lang=lang)
    militias = [a for a in doc.actors if a.actor_id == "unidentified_communal_militia"]
    assert [a.span.of(text) for a in militias] == [name]
    assert placed_in_area(doc, militias) == {militias[0].span}


def _actor1_for_attack(text, lang):
    doc = rasd.extract(text, lang=lang, published=dt.date(2024, 3, 10))
    cast = parties.cast(doc, list(doc.actors), list(doc.casualties), list(doc.claims), on=None,
                        demonyms=["MLI"], triggers=list(doc.triggers),
                        passage=[s.span for s in doc.sentences])
    final = parties.finalise(cast, "Attack", evidence=(doc.triggers[0].span,))
    return final.name(final.actor1)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: a foreign ally named as the subject of the event word, beside the national
    # army named elsewhere, was coded as the army's associate, the army leading
    ("ar", "دخلت دورية من الجيش المالي ترافقها وحدة من فاغنر قرية قرب نيونو، وقال شهود إن عناصر "
           "فاغنر بادروا إلى إطلاق النار على السكان.", WAGNER),
    ("fr", "Une patrouille de l'armée malienne escortée par une unité de Wagner est entrée dans un "
           "village près de Niono ; selon des témoins, les mercenaires de Wagner ont ouvert le feu "
           "sur les habitants.", WAGNER),
    ("en", "A Malian army patrol escorted by a Wagner unit entered a village near Niono; "
           "witnesses said Wagner fighters opened fire on the residents.", WAGNER),
    # the army named as the one that fired leads its ally
    ("ar", "دخلت دورية من الجيش المالي ترافقها وحدة من فاغنر قرية قرب نيونو، وقال شهود إن الجنود "
           "الماليين بادروا إلى إطلاق النار على السكان.", MALI_ARMY),
    ("en", "A Malian army patrol escorted by a Wagner unit entered a village near Niono; "
           "witnesses said Malian soldiers opened fire on the residents.", MALI_ARMY),
    # the army named with its ally as the subjects of one event word leads it
    ("en", "Malian soldiers and Wagner mercenaries executed fourteen villagers near Niono.", MALI_ARMY),
    ("fr", "L'armée malienne et ses alliés de l'Africa Corps ont tué douze villageois près de Niono.",
     MALI_ARMY),
    ("ar", "قتل الجيش المالي وحلفاؤه من الفيلق الأفريقي اثني عشر قرويا قرب نيونو.", MALI_ARMY),
])
def test_a_foreign_ally_as_the_subject_of_the_event_word_leads(lang, text, expected):
    assert _actor1_for_attack(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "acronym", "expected"), [
    # regression: an acronym the text defines after a force's name named no one later on
    ("fr", "Les Forces armées nigériennes (FAN) mènent des opérations dans l'ouest. Une unité "
           "FAN a repoussé lundi des hommes armés près de Tillia.", "FAN", ("ner_military", "NER")),
    ("en", "The Nigerien Armed Forces (FAN) are conducting operations in the west. A FAN unit "
           "repelled gunmen near Tillia on Monday.", "FAN", ("ner_military", "NER")),
    ("ar", "تنفذ القوات المسلحة النيجرية (FAN) عمليات في الغرب. وصدت وحدة من FAN مسلحين قرب "
           "تيليا يوم الاثنين.", "FAN", ("ner_military", "NER")),
])
def test_an_acronym_defined_after_a_name_names_that_actor(lang, text, acronym, expected):
    doc = rasd.extract(text, lang=lang)
    uses = [a for a in doc.actors if a.span.of(text) == acronym]
    assert len(uses) == 2
    assert {(a.actor_id, a.country) for a in uses} == {expected}


@pytest.mark.parametrize("text", [
    # a common word spelt like the acronym, or the acronym with no name before its bracket
    "Les Forces armées nigériennes (FAN) patrouillent. Un fan de football a été blessé.",
    "Une source (FAN) a indiqué que des hommes armés ont attaqué un village.",
])
def test_a_word_spelt_like_a_defined_acronym_is_no_actor(text):
    doc = rasd.extract(text, lang="fr")
    assert not [a for a in doc.actors if a.span.of(text).lower() == "fan" and a.span.start > 40]


FLA = "FLA: Azawad Liberation Front"


@pytest.mark.parametrize("text", [
    # regression: "the separatists" was read as no one; like "the rebels" it stands for the
    # rebel group named last before it
    ("The Azawad Liberation Front (FLA) holds several towns in the north. On Monday, the "
     "separatists attacked a Malian army post near Tessalit, killing three soldiers."),
    ("Le Front de libération de l'Azawad (FLA) contrôle plusieurs localités du nord. Lundi, les "
     "séparatistes ont attaqué un poste de l'armée malienne près de Tessalit, tuant trois soldats."),
    ("تسيطر جبهة تحرير أزواد على عدة بلدات في الشمال. ويوم الاثنين هاجم الانفصاليون موقعا للجيش "
     "المالي قرب تساليت، ما أسفر عن مقتل ثلاثة جنود."),
])
def test_the_separatists_stand_for_the_rebel_group_named_before(text):
    assert actor1(text) == [FLA]


UAG_BFA = "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a building destroyed with no one named had no actor1; ACLED codes the
    # unnamed armed men who did it
    ("The primary school of Koupela, Burkina Faso, was burned down on Sunday night.", UAG_BFA),
    ("L'école primaire de Koupéla, au Burkina Faso, a été incendiée dimanche soir.", UAG_BFA),
    ("أحرقت المدرسة الابتدائية في كوبيلا ببوركينا فاسو ليل الأحد.", UAG_BFA),
])
def test_destruction_with_no_one_named_is_an_unidentified_armed_group(text, expected):
    assert actor1(text) == [expected]


UAG_NGA = "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize("text", [
    # regression: "the group" after a group the text only guesses at credited it with the blast
    ("A roadside bomb killed four soldiers near Kano, Nigeria, on Friday. No one claimed the "
     "blast, but Boko Haram carries out attacks of this kind in the area. The group has also "
     "struck across the borders for years."),
    ("Un engin explosif a tué vendredi quatre soldats près de Kano, au Nigeria. Aucune "
     "revendication n'a été faite, mais Boko Haram mène des attaques de ce type dans la zone. "
     "Le groupe frappe aussi au-delà des frontières depuis des années."),
    ("قتل أربعة جنود يوم الجمعة في انفجار عبوة ناسفة قرب كانو في نيجيريا. ولم تتبن أي جهة "
     "التفجير، غير أن بوكو حرام تنفذ هجمات من هذا النوع في المنطقة. كما يشن التنظيم هجمات في "
     "الدول المجاورة منذ سنوات."),
])
def test_the_group_standing_for_a_group_only_guessed_at_credits_no_one(text):
    assert actor1(text) == [UAG_NGA]


@pytest.mark.parametrize(("text", "name"), [
    # regression: the UN forces in Mali named as such (and a common transliteration) were
    # no actor
    ("قصف مسلحون فجر السبت معسكر قوات الأمم المتحدة في كيدال.", "قوات الأمم المتحدة"),
    ("وقالت القوات الأممية إن القصف لم يوقع إصابات.", "القوات الأممية"),
    ("استهدف القصف معسكر بعثة «ميونيسما» في كيدال.", "ميونيسما"),
])
def test_arabic_names_of_the_un_mission(text, name):
    doc = rasd.extract(text, lang="ar")
    assert name in [a.span.of(text) for a in doc.actors if a.actor_id == "minusma"]
