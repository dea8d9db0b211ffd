"""Claims: speakers the cue words do not stand right beside — a name in apposition, a
fronted statement, the author of a statement, an outside analyst, hearsay as a subject."""

import datetime as dt

import pytest

import rasd


def layer_roles(lang, text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return sorted({c.role for c in doc.claims})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a name set off by commas between an office and its verb: the office still speaks
    ("en", ("The Prime Minister, Amadou Diallo, has confirmed that twelve soldiers were killed "
            "in an attack on a post near Djibo on Monday."), ["government"]),
    ("fr", ("Douze soldats ont été tués lundi dans une attaque contre un poste près de Djibo, "
            "selon Amadou Diallo, préfet de la province."), ["government"]),
    ("ar", "قتل اثنا عشر جنديا الاثنين في هجوم على موقع قرب جيبو، بحسب أمادو ديالو، والي المنطقة.",
     ["government"]),
    # a statement named first, then a comma, then the body that issued it
    ("en", ("In a statement, the government expressed regret over the deaths of twelve soldiers "
            "near Djibo on Monday."), ["government"]),
    ("fr", ("Dans un communiqué, le gouvernement a regretté la mort de douze soldats tués lundi "
            "dans une attaque près de Djibo."), ["government"]),
    ("ar", "وفي بيان، أبدت الحكومة أسفها لمقتل اثني عشر جنديا الاثنين في هجوم قرب جيبو.",
     ["government"]),
    # the body is the author of a statement named a few words before it
    ("en", ("According to a statement released on Monday by the presidency, twelve soldiers were "
            "killed in an attack near Djibo."), ["government"]),
    ("fr", ("Selon un communiqué publié lundi par la présidence, douze soldats ont été tués dans "
            "une attaque près de Djibo."), ["government"]),
    ("ar", "وحسب بيان نشر مساء الاثنين من قبل الرئاسة، قتل اثنا عشر جنديا في هجوم قرب جيبو.",
     ["government"]),
    # an outside analyst or monitoring group is weighed as the media are
    ("en", ("Security analyst John Smith reported that twelve soldiers were killed in an attack "
            "near Djibo on Monday."), ["independent_media"]),
    ("fr", ("Douze soldats ont été tués lundi dans une attaque près de Djibo, a rapporté "
            "l'analyste sécuritaire Jean Martin."), ["independent_media"]),
    ("ar", "قال المحلل الأمني محمد علي إن اثني عشر جنديا قتلوا الاثنين في هجوم قرب جيبو.",
     ["independent_media"]),
    # an international press-freedom body is an international organisation
    ("en", "Reporters Without Borders said the journalist was abducted near Gao on Monday.",
     ["international_organisation"]),
    ("fr", "Reporters sans frontières a indiqué que le journaliste a été enlevé lundi près de Gao.",
     ["international_organisation"]),
    ("ar", "قالت منظمة مراسلون بلا حدود إن الصحفي خطف الاثنين قرب غاو.",
     ["international_organisation"]),
])
def test_speaker_beyond_the_cue(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # hearsay is the subject of the verb: the people named after it are what is reported,
    # not who reports it (the soldiers do not speak for the army)
    ("ar", "وكشفت تقارير عن مقتل اثني عشر جنديا الاثنين في هجوم قرب جيبو."),
    ("en", ("Soldiers opened fire on protesters in Gao on Monday, some of whom were reported to "
            "be carrying knives, and three people died.")),
])
def test_hearsay_as_subject_names_no_party(lang, text):
    assert layer_roles(lang, text) == ["unknown"]


def layer_claimants(lang, text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return [(c.role, c.claimant) for c in doc.claims]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the name whose apposition closes right before the verb is its subject; the party
    # named after the verb is its object
    ("en", ("The CMA alliance, a mainly Tuareg coalition, claimed a major victory over the army "
            "near Tinzaouatene on Saturday."), [("attributed", "cma")]),
    ("en", "JNIM, a Sahel jihadist group, said on Monday its fighters killed ten soldiers near Djibo.",
     [("attributed", "jnim")]),
    ("fr", ("La coalition CMA, une alliance de mouvements touareg, a affirmé samedi avoir infligé "
            "de lourdes pertes à l'armée près de Tinzaouatène."), [("attributed", "cma")]),
    ("ar", ("وأكدت تنسيقية حركات أزواد، وهي تحالف يقوده الطوارق، أنها كبدت الجيش خسائر فادحة "
            "قرب تين زواتين السبت."), [("attributed", "cma")]),
    # a name inside a clause before an inverted verb is not its subject
    ("fr", ("Les soldats ont repris jeudi la localité de Diapaga, dix jours après l'assaut des "
            "combattants du JNIM, a indiqué l'armée."), [("attributed", "state_forces_military")]),
])
def test_apposed_subject_speaks(lang, text, expected):
    assert layer_claimants(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an outlet joined to an outlet that was spoken to was spoken to as well; neither is a
    # source, and the outlets spoken to are no rival voice for the body that spoke
    ("en", ("On Monday the ministry confirmed to both Reuters and the Associated Press that gunmen "
            "had seized a French reporter in Gao."), ["government", "relayed"]),
    ("fr", ("Le ministère des Affaires étrangères a confirmé à l'AFP et à RFI l'enlèvement lundi "
            "d'un journaliste français à Gao."), ["government", "relayed"]),
    ("ar", "وأكدت وزارة الخارجية لوكالة فرانس برس ولرويترز خطف صحفي فرنسي في غاو الاثنين.",
     ["government", "relayed"]),
])
def test_outlets_spoken_to_together(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "officially" right before a figure: the state's count, with no party named
    ("fr", ("Après le blocage d'un convoi par des manifestants à Téra, officiellement deux "
            "personnes ont trouvé la mort samedi."), [("government", None)]),
    ("en", ("After protesters blocked a convoy in Tera on Saturday, officially two people died "
            "in the clashes."), [("government", None)]),
    ("ar", "قتل رسميا شخصان السبت في مواجهات بين محتجين وقوات الأمن في تيرا.", [("government", None)]),
    # negated, or far from any figure, it names no source
    ("en", "Two people died in the clashes in Tera on Saturday, a toll not officially confirmed.", []),
    ("en", ("The junta officially dissolved the parties on Saturday, a week after 12 soldiers were "
            "killed in Tera."), []),
    ("fr", "Le bilan n'a pas été officiellement fixé à deux morts après les heurts de samedi à Téra.", []),
])
def test_official_toll(lang, text, expected):
    assert layer_claimants(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the speakers named after the outlet they spoke to: the outlet does not push them out
    # of the verb's reach
    ("fr", ("Une quarantaine de femmes ont été enlevées jeudi près d'Arbinda, ont indiqué à l'AFP "
            "des responsables et des habitants de la localité."), ["local_source", "relayed"]),
    ("ar", ("اختطفت نحو أربعين امرأة قرب أربيندا الخميس، حسبما نقل لوكالة \"فرانس برس\" مسؤولون "
            "وسكان في البلدة."), ["local_source", "relayed"]),
    ("en", "About forty women were abducted near Arbinda on Thursday, officials and residents told AFP.",
     ["local_source", "relayed"]),
])
def test_speaker_after_the_outlet_spoken_to(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "claimed the lives of": a toll, not a claim by the people it counts
    ("en", ("The killings came a week after a raid on a barracks that claimed the lives of 40 troops "
            "near Ouahigouya."), []),
    ("en", "JNIM claimed the attack that killed 40 troops near Ouahigouya on Monday.",
     [("perpetrator", "jnim")]),
])
def test_claiming_lives_is_a_toll(lang, text, expected):
    assert layer_claimants(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the security services speaking beside the authorities are a security source
    ("en", ("Twelve villagers were killed near Djibasso on Friday, the authorities and the security "
            "services said in press statements."), ["government", "security_source"]),
    ("fr", ("Douze villageois ont été tués vendredi près de Djibasso, ont indiqué les autorités et "
            "les services de sécurité dans des communiqués."), ["government", "security_source"]),
    ("ar", "قتل اثنا عشر قرويا الجمعة قرب دجيباسو، وفق ما أفادت السلطات والأجهزة الأمنية في بيانات صحفية.",
     ["government", "security_source"]),
    # a diplomat left unnamed is an unnamed source, kept beside the named ones
    ("en", ("An American missionary was abducted in Niamey on Tuesday, three security sources said. "
            "A diplomat who asked not to be named said the kidnappers fled north."),
     ["security_source", "unnamed_source"]),
    ("fr", ("Un missionnaire américain a été enlevé mardi à Niamey, selon trois sources sécuritaires. "
            "Un diplomate qui a requis l'anonymat a indiqué que les ravisseurs ont fui vers le nord."),
     ["security_source", "unnamed_source"]),
    ("ar", ("قالت ثلاثة مصادر أمنية إن مبشرا أمريكيا خطف في نيامي الثلاثاء. وقال دبلوماسي طلب عدم "
            "نشر اسمه إن الخاطفين فروا نحو الشمال."), ["security_source", "unnamed_source"]),
    # a health worker on the spot is a local source, as a hospital source is
    ("ar", "قتل ستة مدنيين في ضربات جوية على كيدال الثلاثاء، بحسب ما قال عامل في مجال الصحة في المدينة.",
     ["local_source"]),
    ("en", "Six civilians were killed in air strikes on Kidal on Tuesday, a health worker in the town said.",
     ["local_source"]),
])
def test_more_source_words(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # writing on a social network is speaking
    ("en", "Twelve soldiers died in the attack on Inates on Tuesday, the president wrote on his Twitter account.",
     ["government"]),
    ("fr", "Douze soldats sont morts mardi dans l'attaque d'Inates, a écrit le président sur son compte Twitter.",
     ["government"]),
    ("ar", "كتب رئيس الدولة على حسابه في تويتر أن اثني عشر جنديا قتلوا في هجوم إيناتس الثلاثاء.",
     ["government"]),
    # elected officials an outlet learned from ("auprès d'élus") are local sources
    ("fr", "Six civils ont été tués samedi à Tinzaouatène, a appris l'AFP auprès d'élus de la région.",
     ["independent_media", "local_source"]),
])
def test_writers_and_elected_officials(lang, text, expected):
    assert layer_roles(lang, text) == expected


def event_roles(lang, text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return [sorted({c.claimant_role for c in e.claims}) for e in doc.events]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an armed group that is no party speaks of the state's strike on its area: the side
    # struck, when it gives the incident's facts
    ("en", ("Malian army drones struck Kidal on Tuesday. Twelve civilians were killed in the "
            "strikes, CMA spokesman Ali Ag Ahmed said."), [["target"]]),
    ("fr", ("Des drones de l'armée malienne ont frappé Kidal mardi. Douze civils ont été tués "
            "dans les frappes, a déclaré la CMA."), [["target"]]),
])
def test_group_struck_by_the_state_speaks_as_target(lang, text, expected):
    assert event_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a media noun, the outlet's name, then its verb: the outlet speaks
    ("fr", ("Le quotidien Le Soir de Bamako évoque des funérailles jeudi pour une cinquantaine "
            "d'élèves gendarmes tués lors de l'attaque."), ["independent_media"]),
    ("en", ("The daily Sahel Tribune reported on Wednesday that about fifty trainee gendarmes were "
            "killed in the attack."), ["independent_media"]),
    ("ar", "وذكرت صحيفة الصباح اليومية أن نحو خمسين طالبا في الدرك قتلوا في الهجوم.",
     ["independent_media"]),
    # "weekly" as an adjective of a military bulletin names no outlet
    ("fr", "Selon le bulletin hebdomadaire militaire, douze terroristes ont été neutralisés près de Dessa.",
     ["attributed"]),
])
def test_outlet_named_after_its_kind(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a village chief or mayor who is the victim, not the voice, is no source
    ("en", "A village chief was abducted near Boulikessi on Friday evening by armed men.", []),
    ("fr", "Un chef de village a été enlevé vendredi soir près de Boulikessi par des hommes armés.", []),
    ("ar", "اختطف مسلحون رئيس البلدية مساء الجمعة قرب بوليكيسي.", []),
    # ... and is one where he speaks
    ("fr", "Des hommes armés ont enlevé vendredi soir un commerçant à Boulikessi, a indiqué le chef de village.",
     ["local_source"]),
    # a victim's own kin speaking of him speaks for the side struck
    ("fr", "« Il est tombé dans un piège », raconte son neveu, après l'enlèvement du commerçant à Boulikessi.",
     ["target"]),
    ("en", "\"He walked into a trap,\" his nephew said after the trader was abducted in Boulikessi.",
     ["target"]),
    ("ar", "وقال ابن أخيه إن التاجر وقع في فخ قبل أن يخطفه مسلحون في بوليكيسي.", ["target"]),
    # the first of two subjects joined by "and" speaks through the second's verb
    ("en", ("Gunmen seized three nurses near Menaka on Monday, a local official and a colleague of "
            "the victims said."), ["local_source", "target"]),
    # relatives speaking as such
    ("en", "Gunmen seized a trader and his son near Bankass on Monday, relatives said.", ["target"]),
    ("fr", "Des hommes armés ont enlevé lundi un commerçant et son fils près de Bankass, selon des proches.",
     ["target"]),
    ("ar", "قال أقارب التاجر إن مسلحين خطفوه مع ابنه قرب بانكاس الاثنين.", ["target"]),
])
def test_people_of_the_story_speak_only_beside_a_verb(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # issuing a statement is speaking: the organisations that issue it are its source
    ("en", ("Soldiers fired on protesters in Gao on Tuesday, killing three. A coalition of NGOs and "
            "rights groups issued a press release condemning the shooting."), ["international_organisation"]),
    ("fr", ("Des soldats ont tiré mardi sur des manifestants à Gao, tuant trois personnes. Des ONG de "
            "défense des droits ont publié un communiqué condamnant les tirs."), ["international_organisation"]),
    ("ar", "أطلق جنود النار على محتجين في غاو الثلاثاء فقتلوا ثلاثة. وأصدرت منظمات غير حكومية بيانا يدين إطلاق النار.",
     ["international_organisation"]),
])
def test_issuing_a_statement_is_speaking(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a list of source kinds sharing one noun: the last one after the conjunction counts too
    ("fr", ("Des dizaines d'hommes ont été tués samedi à Barsalogho, d'après des sources "
            "sécuritaires, humanitaires et locales."), ["local_source", "security_source"]),
    ("en", "Dozens of men were killed in Barsalogho on Saturday, according to security, humanitarian and local sources.",
     ["local_source", "security_source"]),
    ("ar", "قتل عشرات الرجال في بارسالوغو السبت، بحسب مصادر أمنية وإنسانية ومحلية.",
     ["local_source", "security_source"]),
])
def test_listed_source_kinds(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a state body's claimant is no civilian group it speaks of
    ("en", "The presidency confirmed that many civilians were killed in Barsalogho on Saturday.",
     [("government", None)]),
    ("fr", "La présidence a confirmé que de nombreux civils ont été tués samedi à Barsalogho.",
     [("government", None)]),
    ("ar", "أكدت الرئاسة مقتل عدد كبير من المدنيين السبت في بارسالوغو.", [("government", None)]),
])
def test_state_body_names_no_civilian_claimant(lang, text, expected):
    assert layer_claimants(lang, text) == expected
