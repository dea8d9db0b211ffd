"""Place mentions found by cues (rasd.stages.places)."""

from __future__ import annotations

import gc
import time

import pytest

from rasd.doc import ArticleDoc
from rasd.stages.place_names import LATIN_NAME
from rasd.stages.places import find_places


def _places(lang: str, text: str) -> list[tuple[str, str | None]]:
    doc = ArticleDoc.from_text(text).with_layers(lang=lang)
    return [(p.name, p.cue) for p in find_places(doc)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a compass point in parentheses after a word says it is a place, known or not
    # (a news agency's "X (north)"; "أربيدنا" is Arbinda spelled loosely)
    ("ar", "قتل جنود في هجوم على قاعدة في أربيدنا (شمال) ليلة الأحد.", [("أربيدنا", "in")]),
    ("ar", "وقع هجوم آخر في كوراكو (وسط) دون ضحايا.", [("كوراكو", "in")]),
    ("fr", "Une attaque a visé Korakou (centre) sans faire de victimes.", [("Korakou", "in")]),
    ("en", "Another attack hit Korakou (central) with no casualties.", [("Korakou", "in")]),
    ("en", "Gunmen raided Korakou (north-east) overnight.", [("Korakou", "in")]),
    # a name joined by a French particle is one name, in any script ("Sahel" alone is
    # no place, "دو" is "du")
    ("fr", "Le JNIM impose un blocus à Nioro du Sahel depuis lundi.", [("Nioro du Sahel", "in")]),
    ("en", "Fighters blockaded the town of Nioro du Sahel on Monday.",
     [("Nioro du Sahel", "settlement")]),
    ("ar", "فرضت الجماعة حصارا على مدينة نيورو دو ساحل منذ الاثنين.",
     [("نيورو دو ساحل", "settlement")]),
    ("ar", "قتل جنود في منطقة بوكلي دو موهون أمس.", [("بوكلي دو موهون", "region")]),
    # a town whose name opens with the letter of the conjunction, glued to a preposition
    # (a preposition takes no conjunction after it)
    ("ar", "قتل حشد رجلا في حي تانغين بواغادوغو يوم الأحد.", [("واغادوغو", "in")]),
    ("ar", "قتل حشد رجلا بواهيغويا يوم الأحد.", [("واهيغويا", "in")]),
    ("fr", "Une foule a tué un homme à Ouagadougou dimanche.", [("Ouagadougou", "in")]),
    ("en", "A mob killed a man in Ouagadougou on Sunday.", [("Ouagadougou", "in")]),
    # a blockade is laid on a place, as an attack is aimed at one
    ("ar", "فرض المسلحون حصارا على ليري منذ يناير.", [("ليري", "in")]),
    ("fr", "Le groupe a imposé un blocus sur Léré en janvier.", [("Léré", "in")]),
    ("en", "The group imposed a blockade on Léré in January.", [("Léré", "in")]),
    # a demonym beside a territory word names the country a place lies in
    ("ar", "اعتقلت دورية رعاة داخل الأراضي المالية يوم الثلاثاء.", [("Mali", "in")]),
    ("fr", "Des bergers ont été arrêtés en territoire malien mardi.", [("Mali", "in")]),
    ("en", "Herders were detained on Malian soil on Tuesday.", [("Mali", "in")]),
    # an airport or a base is named for its town ("مطار غاو", Gao airport)
    ("ar", "قصف المسلحون مطار غاو بالصواريخ فجر الأحد.", [("غاو", "settlement")]),
    ("ar", "صد الجيش هجوما على قاعدة بولكيسي أمس.", [("بولكيسي", "settlement")]),
    ("fr", "Les assaillants ont bombardé l'aéroport de Gao dimanche.", [("Gao", "settlement")]),
    ("en", "The attackers shelled the airport of Gao on Sunday.", [("Gao", "settlement")]),
])
def test_places_told_by_the_words_around_them(lang, text, expected):
    """A compass point after a name, a particle inside one, an airport or base before one."""
    assert _places(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a vehicle after "in" is no place, however closely the gazetteer spells one ("شاحنة",
    # a truck, reads like San): the materiel words are the report's vocabulary
    ("ar", "انفجرت عبوة ناسفة في شاحنة قرب بوني يوم الجمعة فقتلت سائقها.", [("بوني", "near")]),
    ("fr", "Une bombe a touché un camion près de Boni vendredi, tuant son chauffeur.",
     [("Boni", "near")]),
    ("en", "A bomb hit a truck near Boni on Friday, killing its driver.", [("Boni", "near")]),
])
def test_a_vehicle_is_no_place(lang, text, expected):
    assert _places(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: an elided cue ("près d'", "région d'", "village d'") found no place
    ("fr", "Un drone a frappé une position au nord d'Abeïbara dimanche.", [("Abeïbara", "near")]),
    ("fr", "Des frappes ont visé un regroupement près d'Ansongo hier.", [("Ansongo", "near")]),
    ("fr", "Des hommes armés ont incendié des boutiques dans le village d'Inekar.",
     [("Inekar", "settlement")]),
    ("fr", "Trois soldats ont été tués dans la région d'Agadez.", [("Agadez", "region")]),
    # a road named by its two towns lies between them; a hyphenated town is one place
    ("fr", "Un convoi a été attaqué dimanche sur l'axe Gao-Ansongo.",
     [("Gao", "between"), ("Ansongo", "between")]),
    ("en", "A convoy was attacked on Sunday on the Gao-Ansongo road.",
     [("Gao", "between"), ("Ansongo", "between")]),
    # ... but not the first of "between A and B": a pair names two places, not a road
    ("en", "Gunmen fired shots between Goma-Coura and Siribala on Monday.",
     [("Goma-Coura", "between"), ("Siribala", "between")]),
    ("fr", "Des tirs ont eu lieu entre Goma-Coura et Siribala lundi.",
     [("Goma-Coura", "between"), ("Siribala", "between")]),
    ("ar", "أطلق مسلحون النار بين غوما-كورا وسيريبالا يوم الاثنين.",
     [("غوما-كورا", "between"), ("سيريبالا", "between")]),
    ("fr", "Un car a sauté sur un engin explosif à Gorom-Gorom.", [("Gorom-Gorom", "in")]),
    ("fr", "Un convoi a été attaqué dimanche sur la route Gao-Ansongo.",
     [("Gao", "between"), ("Ansongo", "between")]),
    # a region with a contracted article ("du"); a road named by the towns it links
    ("fr", "Des hommes armés ont tué dix civils dans un village de la province du Soum.",
     [("Soum", "region")]),
    ("fr", "Des hommes armés ont enlevé cinq commerçants sur la route reliant Ménaka à "
     "Anderamboukane.", [("Ménaka", "between"), ("Anderamboukane", "in")]),
    ("en", "Gunmen abducted five traders on the road linking Menaka and Anderamboukane.",
     [("Menaka", "between"), ("Anderamboukane", "between")]),
    # regression: two known halves without a road word are one village's name, not a road
    ("en", "Gunmen robbed traders in Tin-Hamma on Sunday.", [("Tin-Hamma", "in")]),
    ("fr", "Des hommes armés ont attaqué le village de Bamba-Tene lundi.",
     [("Bamba-Tene", "settlement")]),
    ("en", "Gunmen killed a man near the village of Poura-Boumba on Monday.",
     [("Poura-Boumba", "near")]),
    # a direction and a country owning the name are not part of it
    ("en", "Fighters killed seven hunters on Saturday in central Mali's Segou region.",
     [("Segou", "region")]),
    ("en", "Gunmen killed twelve civilians in Burkina Faso's Soum province on Sunday.",
     [("Soum", "region")]),
    # a definite place noun ("البلدة", the town) points back and introduces no name; "قريبة
    # من" (close to) is a near cue
    ("ar", "هاجم مسلحون بلدة قريبة من كايا، وكان السكان يحفرون خندقا حول البلدة بطلب من الجيش.",
     [("كايا", "near")]),
    # a name before a lower-case designator needs no cue (English writes the noun after
    # the name; French and Arabic before it, as a cue)
    ("en", "The attack on Koulogon village near Bankass left 37 dead.",
     [("Koulogon", "settlement"), ("Bankass", "near")]),
    ("en", "Gunmen struck the Namissiguima military detachment at dawn.",
     [("Namissiguima", "settlement")]),
    ("en", "The post of the Koutougou department in Soum province was attacked.",
     [("Koutougou", "region"), ("Soum", "region")]),
    ("fr", "L'attaque du village de Koulogon, près de Bankass, a fait 37 morts.",
     [("Koulogon", "settlement"), ("Bankass", "near")]),
    ("ar", "خلف الهجوم على قرية كولوغون قرب بانكاس 37 قتيلا.",
     [("كولوغون", "settlement"), ("بانكاس", "near")]),
    # a cue hands its kind to a place noun past an article and an adjective: the mayor of
    # the nearby town speaks for it, the event is elsewhere (Ogossagou, a village the
    # settlement data hold)
    ("en", "The mayor of the nearby town of Bankass said gunmen attacked Ogossagou.",
     [("Bankass", "affiliation"), ("Ogossagou", "in")]),
    ("fr", "Le maire de la commune de Bankass a confirmé l'attaque.", [("Bankass", "affiliation")]),
    ("en", "Gunmen attacked a village near the town of Kaya.", [("Kaya", "near")]),
    ("fr", "Des hommes armés ont attaqué près de la ville de Kaya.", [("Kaya", "near")]),
    # regression: "إن" (that) after the town was read as the second word of its name
    ("ar", "قال رئيس بلدية مدينة كايا إن مسلحين هاجموا القرية.", [("كايا", "affiliation")]),
    # a distance from a place, in each language's words
    ("en", "A mine exploded 20 kilometers outside of Tessalit on Monday.", [("Tessalit", "near")]),
    ("fr", "Un engin a explosé à 20 kilomètres de Tessalit lundi.", [("Tessalit", "near")]),
    ("ar", "انفجر لغم على بعد 20 كلم عن تساليت أمس.", [("تساليت", "near")]),
    # a park, a prefecture, a sector are areas; a weekly market or a capital names its town
    ("fr", "Sept soldats ont été tués dans le parc national de la Pendjari.", [("Pendjari", "region")]),
    ("en", "Seven soldiers were killed in the national park of Pendjari.", [("Pendjari", "region")]),
    ("ar", "قتل سبعة جنود في متنزه بندجاري الوطني.", [("بندجاري", "region")]),
    ("fr", "Des civils ont été tués dans la préfecture de Filingué.", [("Filingué", "region")]),
    ("ar", "قتل عشرون مسلحا في قطاع أنديرامبوكان.", [("أنديرامبوكان", "region")]),
    ("fr", "Une frappe a touché le marché hebdomadaire de Banibangou.", [("Banibangou", "settlement")]),
    ("ar", "هاجم مسلحون مركزا للدرك في العاصمة المالية باماكو.", [("باماكو", "in")]),
    # before a "located" word, a first و is the name's own letter (Waraou), not "and"
    ("ar", "قتل دركيون في منطقة واراو الواقعة في مقاطعة غوتيا.", [("واراو", "in"), ("غوتيا", "region")]),
    ("fr", "Des gendarmes ont été tués dans la zone de Waraou, située dans le département de Gothèye.",
     [("Waraou", "region"), ("Gothèye", "region")]),
    ("en", "Gendarmes were killed in the Waraou area, located in the Gothèye department.",
     [("Waraou", "near"), ("Gothèye", "region")]),
    # a name ending in -awa is no verb ending in -وا ("they did")
    ("ar", "انفجر لغم على طريق كوكاوا صباح السبت.", [("كوكاوا", "near")]),
    ("ar", "قصفت مسيرة قرية تياوا غرب نيامي.", [("تياوا", "settlement"), ("نيامي", "near")]),
    ("fr", "Une mine a explosé sur la route de Kukawa samedi.", [("Kukawa", "near")]),
    ("en", "A mine exploded on the road to Kukawa on Saturday.", [("Kukawa", "near")]),
    # a two-word name after a place noun runs up to the area word that closes it
    ("ar", "قتل قرويون في قرية تودون بيري بولاية كادونا.",
     [("تودون بيري", "settlement"), ("كادونا", "region")]),
    ("fr", "Des villageois ont été tués dans le village de Tudun Biri, dans l'État de Kaduna.",
     [("Tudun Biri", "settlement"), ("Kaduna", "region")]),
    ("en", "Villagers were killed in the village of Tudun Biri in Kaduna State.",
     [("Tudun Biri", "settlement"), ("Kaduna", "in")]),
    # ... but a cue word or a stop word is no part of it
    ("ar", "قتل قرويون في قرية كاسو شمال منطقة موبتي.",
     [("كاسو", "settlement"), ("موبتي", "near")]),
    ("ar", "قتل قرويون في قرية كاسو أمس بولاية موبتي.",
     [("كاسو", "settlement"), ("موبتي", "region")]),
    # "between X and <a country of two words>": the country whole
    ("ar", "أغلقت الطريق الرابط بين مالي وكوت ديفوار.", [("مالي", "between"), ("كوت ديفوار", "between")]),
    ("fr", "La frontière entre Mali et Côte d'Ivoire est fermée.",
     [("Mali", "between"), ("Côte d'Ivoire", "between")]),
    ("en", "The road between Mali and Burkina Faso was closed.",
     [("Mali", "between"), ("Burkina Faso", "between")]),
    # a junction named by its two places lies at the first
    ("ar", "انفجرت عبوة عند تقاطع تويني - توغان صباحا.", [("تويني", "between")]),
    # a word a "located" word follows is a name with no cue and no gazetteer entry
    ("ar", "هاجم مسلحون موقعا للشرطة في غاربوغنا، الواقعة على طريق تيرا.",
     [("غاربوغنا", "in"), ("تيرا", "near")]),
    ("ar", "أحرق مسلحون مدرسة كورفايل الواقعة في منطقة سوم.", [("كورفايل", "in"), ("سوم", "region")]),
    ("en", "The attack targeted people in the municipality of Guessel, located south of Dori.",
     [("Guessel", "settlement"), ("Dori", "near")]),
    # "X, capital of the Y province": X is a place (the seat), Y the unit around it
    ("ar", "سقطت قذائف على كاسو، عاصمة ولاية كوسي، فجر الأحد.", [("كاسو", "in"), ("كوسي", "region")]),
    ("ar", 'سقطت قذائف على "كاسو" ، عاصمة ولاية كوسي.', [("كاسو", "in"), ("كوسي", "region")]),
    ("fr", "Des obus sont tombés à Nouna, chef-lieu de la province de la Kossi.",
     [("Nouna", "in"), ("Kossi", "region")]),
    ("en", "Shells fell in Nouna, the capital of Kossi province, at dawn.",
     [("Nouna", "in"), ("Kossi", "region")]),
    # "dozens of kilometres from X" (a vague figure, a definite plural) locates like "12 km from X"
    ("ar", "قتل رعاة في قرية كاسو، على بعد عشرات الكيلومترات من باندياغارا.",
     [("كاسو", "settlement"), ("باندياغارا", "near")]),
    ("fr", "Des bergers ont été tués à Kasso, à quelques kilomètres de Bandiagara.",
     [("Kasso", "in"), ("Bandiagara", "near")]),
    ("en", "Herders were killed in the village of Kasso, a few kilometres from Bandiagara.",
     [("Kasso", "settlement"), ("Bandiagara", "near")]),
    # Arabic reports mark names with quotes or parentheses
    ("ar", 'هاجم مسلحون قاعدة عسكرية في "كوتوغو" شمال البلاد.', [("كوتوغو", "in")]),
    ("ar", 'قتل جنديان قرب منطقة "بوني" أمس.', [("بوني", "near")]),
    ("ar", "وقعت الاشتباكات بمدينة (غاو) شمال البلاد.", [("غاو", "settlement")]),
    ("ar", "كانوا في منطقة “الشيخ أحمد” قرب الحدود.", [("الشيخ أحمد", "region")]),
    # ... and a quoted word the gazetteer knows is a place with no cue before it
    ("ar", "الحصار يطوق «جيبو» منذ أشهر.", [("جيبو", "in")]),
    # a weekday run into a name is not part of it; a country owning a region hands over
    # to the region, past a direction
    ("en", "Gunmen killed four herders in central Mali Tuesday.", [("Mali", "in")]),
    ("en", "Soldiers were ambushed in Niger’s western Tillaberi region on Sunday.",
     [("Tillaberi", "region")]),
    ("en", "Gunmen struck in Mali's Menaka on Friday.", [("Menaka", "in")]),
    # a short word opening a name is part of it
    ("en", "Fighters raided In Tillit on Monday.", [("In Tillit", "in"), ("Tillit", "in")]),
    # "between the two areas of A and B": the dual place noun is no name
    ("ar", "نصب مسلحون كمينا بين منطقتي ديافارابي ونومو في ولاية موبتي.",
     [("ديافارابي", "between"), ("نومو", "between"), ("موبتي", "region")]),
    ("ar", "اندلعت اشتباكات بين مدينتي غاو وأنسونغو أمس.", [("غاو", "between"), ("أنسونغو", "between")]),
    # a verb describing the village is not its name
    ("ar", "هاجم مسلحون قرية تقع قرب غاو.", [("غاو", "near")]),
    # Mali's cercles, in English as in French
    ("en", "Soldiers killed five civilians in Sinkorangabe in the Cercle of Niono.",
     [("Sinkorangabe", "in"), ("Niono", "region")]),
    # a plural place noun introduces a list of names
    ("en", "Gunmen attacked the villages of Sari, Dinangourou and Toroli on Monday.",
     [("Sari", "settlement"), ("Dinangourou", "settlement"), ("Toroli", "settlement")]),
    ("fr", "Des hommes armés ont attaqué les villages de Sari et Toroli lundi.",
     [("Sari", "settlement"), ("Toroli", "settlement")]),
    # a neighbour named as a landmark: its own cue, not where anything happened
    ("en", "Gunmen ambushed a patrol near the border with Mali.", [("Mali", "border")]),
    ("en", "Gunmen ambushed a patrol near the Mali border.", [("Mali", "border")]),
    ("fr", "Une patrouille a été attaquée près de la frontière du Mali.", [("Mali", "border")]),
    ("ar", "هاجم مسلحون دورية قرب حدود مالي.", [("مالي", "border")]),
    # regression: a list of quoted names stopped after the first (the quotes hid the joint)
    ("ar", 'قصف الجيش مواقع في منطقتي "ماكو" و"دانغا" يوم الثلاثاء.',
     [("ماكو", "settlement"), ("دانغا", "settlement")]),
    ("ar", 'هاجم مسلحون قرى «سيني»، «تولي» و«ديلي» ليلا.',
     [("سيني", "settlement"), ("تولي", "settlement"), ("ديلي", "settlement")]),
    # (French and English reports do not quote place names; their lists are read above)
    # regression: a quoted hyphenated Arabic name was not read at all
    ('ar', 'قصفت الطائرات تجمعا شرق منطقة "أورو-فيرو" أمس.', [("أورو-فيرو", "near")]),
    # a closing designator is dropped from the name and tells its kind; the parenthesised
    # areas after the full name are still read
    ("en", "Two men were killed in Sobane Commune (Bankass, Mopti) on Monday.",
     [("Sobane", "commune"), ("Bankass", "region"), ("Mopti", "region")]),
    ("en", "Fighting was reported in the Tahoua Region.", [("Tahoua", "region")]),
    # regression: the areas after a lower-case designator qualify the name before it
    ("en", "A man was killed near Poura-Boumba in the Sokoura commune (Bankass, Mopti).",
     [("Poura-Boumba", "near"), ("Sokoura", "commune"), ("Bankass", "region"),
      ("Mopti", "region")]),
    # a distance glued to its unit ("15km from") still introduces the place
    ("en", "An IED exploded 15km from Boni on Tuesday.", [("Boni", "near")]),
    ("fr", "Une mine a explosé à 20km de Boni mardi.", [("Boni", "near")]),
    ("ar", "انفجرت عبوة ناسفة على بعد 20 كلم من بوني.", [("بوني", "near")]),
    # a building is not a place; the town it stands in is
    ("en", "Protesters gathered at the Grand Mosque in Kayes.", [("Kayes", "in")]),
    ("fr", "Des manifestants se sont réunis à la Place de la Nation à Niamey.", [("Niamey", "in")]),
    # a part of a town places the event in that town
    ("en", "Gunmen robbed a shop in the Sabalibougou quarter of Bamako.", [("Bamako", "in")]),
    # ... also when its noun is a region cue ("area of"): "in the X area of Y" is no "in
    # the area of Y", and X is no place of its own
    ("en", "Youths protested in the Kalaban area of Bamako on Friday.", [("Bamako", "in")]),
    ("en", "A shop was looted in the Sosso area of Gao overnight.", [("Gao", "in")]),
    ("fr", "Des jeunes ont manifesté vendredi dans le quartier de Kalaban à Bamako.",
     [("Bamako", "in")]),
    # an adjective before a place noun is not the place
    ("en", "Militiamen raided the Dogon village of Ogodengou.", [("Ogodengou", "settlement")]),
    # a capitalised place noun is the cue, not the name
    ("en", "Gunmen killed a herder in the Village of Tiguila.", [("Tiguila", "settlement")]),
    # "the capital of X"
    ("en", "Soldiers were attacked in the capital of Niamey.", [("Niamey", "settlement")]),
    # a trailing hyphen is not part of the name
    ("en", "Gunmen raided the village of Kassa- on Monday.", [("Kassa", "settlement")]),
    # a military site names the town it stands in
    ("fr", "Des assaillants ont visé le camp militaire de Boni dimanche.", [("Boni", "settlement")]),
    ("fr", "La base militaire de Tessit a essuyé des tirs.", [("Tessit", "settlement")]),
    ("en", "Mortar rounds hit the army base at Tessit overnight.", [("Tessit", "settlement")]),
    # what an attack targets is a place when the gazetteer knows it there
    ("fr", "Trois civils ont péri lors d'une attaque contre Douentza au Mali.",
     [("Douentza", "in"), ("Mali", "in")]),
    ("en", "Armed men raided Douentza in Mali overnight.", [("Douentza", "in"), ("Mali", "in")]),
    ("ar", "أسفر هجوم على دوينتزا عن مقتل ثلاثة مدنيين.", [("دوينتزا", "in")]),
    # the place right before "in <country>" has no cue of its own
    ("en", "Looters torched shops across Douentza in Mali.", [("Douentza", "in"), ("Mali", "in")]),
    # an Arabic name of two words, and a country of two words, are read whole
    ("ar", "قتل خمسة مدنيين في قرية فادا نغورما في بوركينا فاسو.",
     [("فادا نغورما", "settlement"), ("بوركينا فاسو", "in")]),
    ("ar", "تظاهر العشرات في غوروم غوروم في بوركينا أمس.",
     [("غوروم غوروم", "in"), ("بوركينا", "in")]),
    # a loose spelling right before "in <country>" is still that country's place
    ("ar", "تظاهر السكان في تسيت في مالي أمس.", [("تسيت", "in"), ("مالي", "in")]),
    # a name followed by the areas it lies in needs no cue
    ("en", "Militants torched granaries of Kassela (Bankass, Mopti) overnight.",
     [("Kassela", "in"), ("Bankass", "region"), ("Mopti", "region")]),
    ("fr", "Des hommes armés ont incendié Kassela (Bankass, Mopti) lundi.",
     [("Kassela", "in"), ("Bankass", "region"), ("Mopti", "region")]),
    # a Nigerien department ("مديرية", département) names an area, as in French and English
    ("ar", "هاجم مسلحون معسكر بكورات في مديرية تيليا ليلا.",
     [("بكورات", "settlement"), ("تيليا", "region")]),
    ("fr", "Des hommes armés ont attaqué le camp de Bakorat, département de Tillia.",
     [("Bakorat", "settlement"), ("Tillia", "region")]),
    ("en", "Gunmen attacked the camp in Bakorat, department of Tillia, overnight.",
     [("Bakorat", "settlement"), ("Tillia", "region")]),
    # regression: a place with the preposition glued to it ("بتمبكتو", in Timbuktu) was
    # not read; French and English write the preposition apart
    ("ar", "قتل مسلحون خمسة جنود بتمبكتو يوم الاثنين.", [("تمبكتو", "in")]),
    ("ar", "قتل مسلحون خمسة مدنيين بجيبو فجر الاثنين.", [("جيبو", "in")]),
    ("fr", "Des hommes armés ont tué cinq soldats à Tombouctou lundi.", [("Tombouctou", "in")]),
    ("en", "Gunmen killed five soldiers in Timbuktu on Monday.", [("Timbuktu", "in")]),
    # regression: a country after a word for a part of it ("in central Mali") was not read
    # in Arabic or French, so a report told its country only by a neighbour it named
    ("ar", "قتل ثلاثة مدنيين في وسط مالي يوم الأحد.", [("مالي", "in")]),
    ("fr", "Trois civils ont été tués dans le centre du Mali dimanche.", [("Mali", "in")]),
    ("fr", "Trois civils ont été tués au nord du Niger dimanche.", [("Niger", "in")]),
    ("en", "Three civilians were killed in central Mali on Sunday.", [("Mali", "in")]),
    # regression: an Arabic road named by its two towns with a hyphen was one town, or none
    # with no cue before the road word
    ("ar", "انفجرت عبوة ناسفة على طريق غاو-أنسونغو يوم الأحد.",
     [("غاو", "between"), ("أنسونغو", "between")]),
    ("ar", "وكانت طريق غاو-أنسونغو قد شهدت كمينا الشهر الماضي.",
     [("غاو", "between"), ("أنسونغو", "between")]),
    ("fr", "La route Gao-Ansongo avait connu une embuscade le mois dernier.",
     [("Gao", "between"), ("Ansongo", "between")]),
    ("en", "The Gao-Ansongo road had seen an ambush last month.",
     [("Gao", "between"), ("Ansongo", "between")]),
    # ... one known town will do beside a road word (the other loosely spelled), but a
    # hyphenated village stays one name
    ("ar", "وكانت طريق دوينزتا-بوني قد شهدت كمينا الشهر الماضي.",
     [("دوينزتا", "between"), ("بوني", "between")]),
    ("ar", "انفجرت عبوة ناسفة قرب قرية أورو-فيرو يوم الأحد.", [("أورو-فيرو", "near")]),
    # regression: a name with no cue before it, whose apposition says it is a place, was
    # not read ("Solhan, a village 15 km from Sebba"); with an area after the comma, only a
    # name the gazetteer knows
    ("fr", "Solhan, localité située à une quinzaine de kilomètres de Sebba, a été attaquée.",
     [("Solhan", "in"), ("Sebba", "near")]),
    ("en", "Solhan, a village about fifteen kilometres from Sebba, was attacked.",
     [("Solhan", "in"), ("Sebba", "near")]),
    ("fr", "Boulkessi, dans la province de Mondoro, compte quelques milliers d'habitants.",
     [("Boulkessi", "in"), ("Mondoro", "region")]),
    ("fr", "Lundi, dans la région de Mopti, des hommes armés ont tué trois civils.",
     [("Mopti", "region")]),
    # regression: ... also after words in lower case ("to attack X, a village")
    ("en", "The gunmen were preparing to attack Baibangou, a village north of the capital.",
     [("Baibangou", "in")]),
    ("fr", "Les assaillants s'apprêtaient à attaquer Baibangou, un village au nord de la capitale.",
     [("Baibangou", "in")]),
    # regression: a region's name before "village of" qualifies the village after it; a
    # village's name before it is the village ("X village of northern Burkina Faso")
    ("en", "Gunmen attacked the Tillaberi village of Motogatta in January.",
     [("Motogatta", "settlement")]),
    ("en", "Gunmen killed nine people across Seytenga village of northern Burkina Faso.",
     [("Seytenga", "settlement"), ("Burkina Faso", "settlement")]),
    ("fr", "Mardi, dans la région de Mopti, des hommes armés ont tué trois civils.",
     [("Mopti", "region")]),
])
def test_place_mentions(lang, text, expected):
    assert _places(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a Latin name before a bare "located" word is where people went, not a place read by
    # apposition (the golden Soum report: "fled towards Djibo, located 20 km away")
    ("fr", "Des centaines d'habitants ont fui vers Djibo, située à moins de vingt kilomètres.", "Djibo"),
    # "عن طريق الخطأ" (by mistake) names no road
    ("ar", "قتل عشرات المدنيين عن طريق الخطأ في غارة جوية.", "الخطأ"),
    # parties named after "between" are not places
    ("en", "Clashes between JNIM and ISGS were reported near Tessit.", "JNIM"),
    # a demonym after a cue is not a place
    ("en", "The shells fell near the French camp perimeter in Gao.", "French"),
    # a capitalised common word is not a town
    ("fr", "Une embuscade attribuée au Groupe armé a visé Boni.", "Groupe"),
    # a place inside a party's name is not where the event is
    ("fr", "L'attaque de l'État islamique au Sahel a visé Boni.", "Sahel"),
    ("ar", "هاجم تنظيم الدولة الإسلامية في الساحل قرية بوني.", "الساحل"),
    ("en", "The Islamic State in the Greater Sahara attacked Boni.", "Greater Sahara"),
    # a word with the Arabic article after a bare "in" is rarely a place
    ("ar", "قتل جنديان في الساعات الأولى من صباح اليوم.", "الساعات"),
    # a word that follows "attack on" is a place only when the gazetteer knows it
    ("en", "The attack on Barkhane troops was repelled near Gao.", "Barkhane"),
    # a capitalised common word or a country before a designator is no name
    ("en", "The Village chief fled on Monday.", "Village"),
    ("en", "The Mali village was empty.", "Mali"),
    # a common word before a "located" word is no name
    ("ar", "قتل مدنيون في الحقول الواقعة قرب القرية.", "الحقول"),
    ("ar", "وصل الوفد والعاصمة هادئة.", "وال"),
    # a generic border area is no name ("the tri-border area")
    ("ar", 'قتل مدنيون في منطقة "المثلث الحدودي" بين النيجر ومالي.', "المثلث الحدودي"),
    ("ar", "تنشط الجماعة في منطقة المثلث الحدودي منذ سنوات.", "المثلث الحدودي"),
    # an adjective after a place noun, a pronoun, an area owned by a continent
    ("ar", "قتل جنود في ثكنة عسكرية قرب تيرا.", "عسكرية"),
    ("en", "Our correspondent in Kaya said the market was shut.", "Our"),
    ("en", "Violence is spreading in West Africa’s Sahel region.", "West Africa’s"),
    ("en", "Violence is spreading across Africa’s Sahel region.", "Africa’s Sahel"),
    # scare quotes around a phrase after "في" mark no name
    ("ar", 'انتقد البيان ما سماه "مكافحة الإرهاب" في المنطقة.', "مكافحة الإرهاب"),
    ("ar", 'تحدث البيان عن تقدم في "الحرب على الإرهاب" هذا العام.', "الحرب على الإرهاب"),
    # an agency, a feast, a continent or a part of a country is no place
    ("fr", "Selon des sources citées par l'AFP, des hommes armés ont attaqué Boni.", "AFP"),
    ("en", "The blast hit a bus on Christmas in the town of Kaya.", "Christmas"),
    ("en", "The group is active across West Africa and in the Sahel.", "West Africa"),
    ("fr", "Des élèves ont été enlevés dans le Nord-ouest du Nigeria lundi.", "Nord-ouest du Nigeria"),
    ("fr", "Les assaillants s'en sont pris à des Peuls dans la commune de Bankass.", "Peuls"),
    ("en", "Gunmen killed four herders in central Mali Tuesday.", "Mali Tuesday"),
    # a word of the report's vocabulary spelled like a hamlet is no place (a patrol, air
    # strikes, a wounded man, the end of the week)
    ("ar", "قتل ثلاثة جنود في دورية قرب غاو.", "دورية"),
    ("ar", "قتل عشرة مدنيين في غارات جوية شمال البلاد.", "غارات"),
    ("ar", "أصيب راع في إصابة بالغة قرب تيرا.", "إصابة"),
    ("ar", "وقع الهجوم في نهاية الأسبوع قرب ميناكا.", "نهاية"),
    # a pronoun or verb ending makes a common word ("in its statement")
    ("ar", "قال الشهود إن المسلحين قرب فروا بعد الهجوم.", "فروا"),
    ("ar", "وصل الوفد والحقول الواقعة قرب القرية خالية.", "والحقول"),
    ("ar", "قالت الحكومة في بيانها إن الهجوم وقع قرب تيرا.", "بيانها"),
    ("ar", "قال السكان إنهم في دراستهم لم يروا المسلحين.", "دراستهم"),
    # a continent after a direction is no place
    ("ar", "ينشط التنظيم في غرب إفريقيا منذ سنوات.", "إفريقيا"),
    # a word after a glued preposition is no place unless the gazetteer knows it: "in
    # turn", a cue word itself
    ("ar", "قال المتحدث بدوره إن الجيش صد الهجوم.", "دوره"),
    ("ar", "قتل ثلاثة جنود بقطاع ميناكا أمس.", "قطاع"),
    ("ar", "أصيب خمسة جنود بجروح خطيرة أمس.", "جروح"),
    # a stop word after "between X" with its conjunction glued ("وسط", the centre) is
    # no second name
    ("ar", "كانت الحافلة تسير على الطريق بين بلدة دوينتزا وسط البلاد وبلدة غاو.", "سط"),
    ("ar", "وقع الانفجار على الطريق بين بلدة دوينتزا وبلدة غاو عندما مرت الحافلة.", "عندما"),
    # a language after "in" is no place (regression: "JNIM in Arabic" placed an attack)
    ("en", "The group, known as JNIM in Arabic, claimed the raid near Kaya.", "Arabic"),
    ("en", "The statement was published in Hausa and in French on Monday.", "Hausa"),
    ("fr", "Le communiqué, publié en Arabe et en français, revendique l'attaque.", "Arabe"),
    # "the border of X" (construct state, no article) is no place: X is the country
    ("ar", "قتل مسلحون جنديين في كمين قرب حدود بوركينا فاسو.", "حدود"),
    # a common noun with the article is no spelling of a place ("in the air" is not
    # Ouagadougou, "paradise" not Djenné): only a name the gazetteer has counts
    ("ar", "أطلقت الشرطة النار في الهواء لتفريق المحتجين في كيدال.", "الهواء"),
    ("ar", "قال الخطيب إن الضحايا في الجنة.", "الجنة"),
    ("fr", "La police a tiré en l'air pour disperser la foule à Kidal.", "air"),
    ("en", "Police fired in the air to disperse the crowd in Kidal.", "the air"),
    # a preposition of time after a place noun is no name ("near the market before ...")
    ("ar", "احتجز الأهالي اللص قرب السوق قبل وصول الشرطة.", "قبل"),
    ("ar", "فر المسلحون من البلدة بعد وصول الجيش.", "بعد"),
    ("fr", "Les habitants l'ont retenu près du marché avant l'arrivée de la foule.", "avant"),
    ("en", "Residents held him near the market before the crowd arrived.", "before"),
    # ... but only on a place the gazetteer knows ("on all the roads")
    ("ar", "فرضت الجماعة حصارا على جميع المنافذ.", "جميع"),
    # ... but a demonym alone names none ("the Minister of Finance" is المالية too)
    ("ar", "قال وزير المالية إن الميزانية جاهزة.", "Mali"),
    ("en", "The Malian minister said the budget was ready.", "Mali"),
    # al-Qaeda ("the base") names no place after it
    ("ar", "تبنى تنظيم القاعدة الهجوم على الموقع.", "الهجوم"),
    ("ar", "قال تنظيم القاعدة كوناري إن الهجوم نجح.", "كوناري"),
    # a party, a day or a common word before a compass point is no place
    ("ar", "قال الجيش (شمال) إن الهجوم فشل.", "الجيش"),
    ("fr", "Le JNIM (nord) a revendiqué l'attaque.", "JNIM"),
    ("en", "On Sunday (north) nothing happened.", "Sunday"),
    # an adjective after a plural place noun ("in various areas")
    ("ar", "نفذ الجيش ضربات في مناطق مختلفة خلال الأسبوع.", "مختلفة"),
    # an adjective agreeing with the place noun before it is no name, listed or not ("a
    # separatist-held town", "a desert area"); fr and en write it lower-case
    ("ar", "سقطت قذائف قرب بلدة انفصالية في الشمال أمس.", "انفصالية"),
    ("ar", "اختطف مسلحون مهندسين في منطقة صحراوية شمال البلاد.", "صحراوية"),
    ("ar", "هاجم مسلحون قرية جبلية معزولة ليلا.", "جبلية"),
    ("fr", "Des obus sont tombés près d'une ville séparatiste du nord hier.", "séparatiste"),
    ("en", "Gunmen kidnapped engineers in a desert area in the north.", "desert"),
])
def test_not_places(lang, text, absent):
    assert absent not in [name for name, _ in _places(lang, text)]


@pytest.mark.parametrize(("lang", "unit"), [
    # regression: long runs of hyphen-joined capitals made the name patterns backtrack
    # polynomially (a minute for 800 characters)
    ("en", "A-"), ("fr", "Mopti-"), ("fr", "Gao-Kidal ("), ("en", "Tin-Hamma "),
    # the scans that step back from a mark (a hyphen, a parenthesis, a "located" word)
    # read each word once
    ("ar", "غاو-"), ("ar", "بوني الواقعة، "), ("en", "Gao (north) "), ("en", "road Gao-"),
])
def test_long_hyphenated_runs_stay_linear(lang, unit):
    text = "Gunmen attacked " + unit * (20_000 // len(unit)) + " (Bankass, Mopti) on Monday."
    _places(lang, "Gunmen attacked Tin-Hamma (Bankass, Mopti) on Monday.")  # load resources
    gc.collect()
    gc.disable()  # a full collection of the whole test session's heap is no backtracking
    try:
        started = time.perf_counter()
        _places(lang, text)
        spent = time.perf_counter() - started
    finally:
        gc.enable()
    assert spent < 1.0


@pytest.mark.parametrize(("text", "name"), [
    # a lower-case part after a hyphen belongs to the word; a capital after it starts a word
    ("Tin-zaouaten lies north.", "Tin-zaouaten"),
    ("Gorom-Gorom lies north.", "Gorom-Gorom"),
    ("Fada N'Gourma lies east.", "Fada N'Gourma"),
    ("Mopti- lies south.", "Mopti"),
    # a name broken at its hyphen by a stray space is still one name
    ("Tongo -Tongo lies north.", "Tongo -Tongo"),
    ("TINKAR- BERE lies south.", "TINKAR- BERE"),
])
def test_latin_name_words(text, name):
    assert LATIN_NAME.match(text).group("name") == name


@pytest.mark.parametrize(("lang", "unit"), [
    ("en", "Troops clashed with fighters near Lake Chad and in Diffa on Monday. "),
    ("fr", "Des soldats ont combattu près du lac Tchad et à Diffa lundi. "),
    ("ar", "اشتبك الجنود مع مسلحين قرب بحيرة تشاد وفي ديفا يوم الاثنين. "),
])
def test_many_natural_areas_stay_linear(lang, unit):
    # regression: each natural area named was compared with every mention found before
    # (a report naming Lake Chad thousands of times took minutes)
    text = unit * (400_000 // len(unit))
    _places(lang, unit)  # load resources
    started = time.process_time()
    found = _places(lang, text)
    assert time.process_time() - started < 3.0
    assert len(found) == 2 * (400_000 // len(unit))
