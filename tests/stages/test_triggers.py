"""Trigger words and constructions: which sub-event type a sentence signals."""

import datetime as dt

import pytest

import rasd


def _labels(text: str) -> set:
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    return {t.sub_event_type for t in doc.triggers}


@pytest.mark.parametrize(
    "text,label",
    [
        # regression: a theft with no trigger word of its own opened no window for the patterns
        ("Unidentified gunmen seized two hundred head of cattle near Gossi on Sunday.",
         "Looting/property destruction"),
        ("Des hommes armés ont emporté des dizaines de têtes de bétail près de Gossi dimanche.",
         "Looting/property destruction"),
        ("استولى مسلحون على عشرات من المواشي قرب غوسي يوم الأحد.",
         "Looting/property destruction"),
        # robbery words
        ("Gunmen robbed travellers on the road to Bourem and stripped them of their belongings.",
         "Looting/property destruction"),
        ("Des hommes armés ont braqué des voyageurs sur la route de Bourem.",
         "Looting/property destruction"),
        ("نفذ مسلحون سطو مسلح على مسافرين في طريق بوريم.", "Looting/property destruction"),
        # a destruction told by the verbal noun or its passive ("تم تدمير", was destroyed)
        ("A depot was destroyed near Tessit on Monday.", "Looting/property destruction"),
        ("Un dépôt a été détruit près de Tessit lundi.", "Looting/property destruction"),
        ("تم تدمير مستودع قرب تيسيت يوم الاثنين.", "Looting/property destruction"),
        # an abduction told by the verb with its object ("abducted them")
        ("The gunmen abducted them near Djibo on Sunday.", "Abduction/forced disappearance"),
        ("Les hommes armés les ont enlevés près de Djibo dimanche.", "Abduction/forced disappearance"),
        ("اختطفهم المسلحون قرب جيبو يوم الأحد.", "Abduction/forced disappearance"),
        # a village's defenders answering the attack make a clash
        ("Local hunters responded to the attack on the village.", "Armed clash"),
        ("Les chasseurs locaux ont répondu à l'attaque contre le village.", "Armed clash"),
        ("ردوا على الهجوم الذي استهدف القرية.", "Armed clash"),
        # roads barricaded by demonstrators
        ("Residents barricaded the main road to Kati on Tuesday.", "Violent demonstration"),
        ("Des habitants ont barricadé la route principale de Kati mardi.", "Violent demonstration"),
        ("نصبوا المتاريس على الطريق الرئيسي في كاتي.", "Violent demonstration"),
        # a device that blew up while being planted was not used
        ("Two men died while planting a mine near Boni.", "Disrupted weapons use"),
        ("Deux hommes sont morts en train de poser une mine près de Boni.", "Disrupted weapons use"),
        ("قتل رجلان أثناء زرع لغم قرب بوني.", "Disrupted weapons use"),
        # military operations against armed groups are battles
        ("Army units conducted a ground operation near Tessit.", "Armed clash"),
        ("L'armée a mené une opération terrestre près de Tessit.", "Armed clash"),
        ("نفذ الجيش عملية عسكرية قرب تيسيت.", "Armed clash"),
        # an operation that led to arrests (the French infinitive was missing)
        ("A ground operation led to the arrest of four suspects near Niono.", "Arrests"),
        ("Une opération terrestre a permis d'interpeller quatre suspects près de Niono.", "Arrests"),
        ("أسفرت عملية برية عن توقيف أربعة مشتبه بهم قرب نيونو.", "Arrests"),
    ],
)
def test_trigger_labels(text, label):
    assert label in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # regression: "a été prise à partie" (came under attack) was no event word, so a
        # communiqué's dated first sentence did not open the incident
        "Le vendredi 7 mars 2025, une unité de l'armée a été prise à partie par des terroristes près de Tillabéri.",
        "On Friday 7 March 2025, an army unit came under attack by terrorists near Tillaberi.",
        "تعرضت وحدة من الجيش يوم الجمعة 7 مارس 2025 لهجوم شنه إرهابيون قرب تيلابيري.",
    ],
)
def test_coming_under_attack_dates_the_incident(text):
    doc = rasd.extract(text, published=dt.date(2025, 3, 10))
    assert [e.event_date for e in doc.events] == [dt.date(2025, 3, 7)]


@pytest.mark.parametrize(
    "text,label",
    [
        # a drone or an aircraft as the subject of a strike verb
        ("A Malian army drone struck a weekly market near Kidal on Sunday, killing five civilians.",
         "Air/drone strike"),
        ("Un drone de l'armée malienne a frappé un marché hebdomadaire près de Kidal dimanche.",
         "Air/drone strike"),
        ("قصفت طائرة مسيرة تابعة للجيش المالي سوقا أسبوعية قرب كيدال يوم الأحد.", "Air/drone strike"),
        # attackers engaging the troops after a bomb: fighting, not only a bomb
        ("The attackers detonated a roadside bomb before engaging the troops near Ansongo.",
         "Armed clash"),
        # a home-made mine
        ("Le lendemain, un véhicule militaire a heurté une mine artisanale près de Gorom-Gorom.",
         "Remote explosive/landmine/IED"),
        ("The next day, an army vehicle hit a home-made mine near Gorom-Gorom.",
         "Remote explosive/landmine/IED"),
        ("وفي اليوم التالي، انفجر لغم تقليدي الصنع بعربة عسكرية قرب غوروم غوروم.",
         "Remote explosive/landmine/IED"),
        # an indefinite article before the place taken
        ("Its fighters had seized an army barracks in Djibo on Saturday.",
         "Non-state actor overtakes territory"),
    ],
)
def test_strike_and_engagement_constructions(text, label):
    assert label in _labels(text)


@pytest.mark.parametrize(
    "text,label,absent",
    [
        # protesters who disperse of their own accord were not broken up
        ("The marchers gathered in front of the governor's office before dispersing peacefully.",
         "Peaceful protest", "Protest with intervention"),
        ("Les manifestants ont remis une lettre au préfet avant de se disperser sans incident.",
         "Peaceful protest", "Protest with intervention"),
        # police who disperse them intervened
        ("Police dispersed the protesters with tear gas in front of the governor's office.",
         "Protest with intervention", None),
        ("La police a dispersé les manifestants devant le gouvernorat.", "Protest with intervention", None),
        ("Les manifestants ont été dispersés par la police devant le gouvernorat.",
         "Protest with intervention", None),
        ("فرقت الشرطة المتظاهرين أمام مقر الولاية.", "Protest with intervention", None),
        # "ont marché" is a march, "marché" alone a market
        ("Jeudi, plusieurs centaines d'habitants ont marché dans le calme jusqu'à la préfecture.",
         "Peaceful protest", None),
    ],
)
def test_dispersal_and_marches(text, label, absent):
    labels = _labels(text)
    assert label in labels and (absent is None or absent not in labels)


@pytest.mark.parametrize(
    "text,label",
    [
        # Arabic verb-subject-object: the subject and a day stand between the verb and its
        # object; the sentence holds no other trigger word (pattern_anchors open it)
        ("استعاد الجيش البوركيني يوم الخميس السيطرة على بلدة دياباغا.", "Government regains territory"),
        ("Les forces armées ont repris jeudi le contrôle de la ville de Diapaga.",
         "Government regains territory"),
        ("Burkinabe troops regained control of the town of Diapaga on Thursday.",
         "Government regains territory"),
        ("وفي 12 أبريل، أقام الجيش قاعدة في توغان.", "Headquarters or base established"),
        ("Le 12 avril, l'armée avait installé une base à Tougan.", "Headquarters or base established"),
        ("On 12 April, the army established a base in Tougan.", "Headquarters or base established"),
        ("وفي 13 أغسطس، سلمت البعثة معسكرها في بير إلى الجيش.", "Non-violent transfer of territory"),
        ("Le 13 août, la mission avait rétrocédé son camp de Ber à l'armée.",
         "Non-violent transfer of territory"),
        ("On 13 August, the mission handed over its camp in Ber to the army.",
         "Non-violent transfer of territory"),
        # Arabic indefinite accusatives (tanween alif)
        ("فرض المسلحون حصارا على البلدة.", "Other"),
        ("استخدم المهاجمون غازا ساما ضد الموقع.", "Chemical weapon"),
        ("فضت الشرطة يوم الثلاثاء اعتصاما للطلاب.", "Protest with intervention"),
        ("La police a dispersé mardi un sit-in d'étudiants.", "Protest with intervention"),
        # stones thrown and tyres burnt by demonstrators
        ("Des étudiants avaient brûlé des pneus et lancé des pierres sur des policiers.",
         "Violent demonstration"),
        ("Students had burned tyres and thrown stones at police officers.", "Violent demonstration"),
        # a march announced by an ordinal
        ("A first march against the power cuts passed off peacefully in Kati.", "Peaceful protest"),
        ("Une première marche contre les délestages s'est déroulée dans le calme à Kati.",
         "Peaceful protest"),
    ],
)
def test_constructions_with_words_between_or_inflected(text, label):
    assert label in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a drone shot down was not used: the construction covers the drone words
        "On 3 July, soldiers shot down an armed drone over the army camp in Lere.",
        "Le 3 juillet, des soldats avaient abattu un drone armé au-dessus du camp de Léré.",
        "وفي 3 يوليو، أسقط جنود طائرة مسيرة مسلحة فوق المعسكر في ليري.",
    ],
)
def test_a_drone_shot_down_is_disrupted_weapons_use(text):
    [event] = rasd.extract(text, published=dt.date(2025, 7, 11)).events
    assert event.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        # drone fire and an air campaign name air strikes
        "Drone fire on a market near Tinzaouatene killed four herders on Friday.",
        "Des tirs de drones ont tué quatre éleveurs vendredi sur un marché près de Tinzaouatene.",
        "The army said it had begun an air campaign around Tinzaouatene on Tuesday.",
        "L'armée a annoncé mardi le début d'une campagne aérienne autour de Tinzaouatene.",
        "أعلن الجيش يوم الثلاثاء بدء حملة جوية حول تين زواتين.",
    ],
)
def test_drone_fire_and_air_campaigns(text):
    assert "Air/drone strike" in _labels(text)


@pytest.mark.parametrize("text", [
    "Troops restored order after a long gunbattle with the assailants near Ansongo.",
    "Les soldats ont rétabli l'ordre après un long échange de tirs avec les assaillants près d'Ansongo.",
    "أعاد الجنود الهدوء بعد تبادل إطلاق النار مع المهاجمين قرب أنسونغو.",
])
def test_a_gunbattle_in_one_word_or_several_is_a_clash(text):
    assert "Armed clash" in _labels(text)


# hostages named as people ("videos of hostages") tell no abduction; taking them does
@pytest.mark.parametrize(
    "text,abduction",
    [
        ("The group burnt fuel tankers near Kolondieba and released videos of hostages.", False),
        ("Le groupe a incendié des camions-citernes près de Kolondieba et diffusé des vidéos d'otages.",
         False),
        ("أحرقت الجماعة صهاريج وقود قرب كولونديبا وبثت مقاطع لرهائن لديها.", False),
        ("Gunmen took three traders hostage near Kolondieba.", True),
        ("Des hommes armés ont pris en otage trois commerçants près de Kolondieba.", True),
        ("أخذ مسلحون رهائن من التجار قرب كولونديبا.", True),
    ],
)
def test_hostages_as_people_are_no_abduction(text, abduction):
    assert ("Abduction/forced disappearance" in _labels(text)) is abduction


# a target struck by an aircraft named as the agent of a passive verb
@pytest.mark.parametrize(
    "text",
    [
        "A truck carrying fighters was struck on Tuesday by an army helicopter near Sebba.",
        "Un camion transportant des combattants a été frappé mardi par un hélicoptère de l'armée "
        "près de Sebba.",
        "جرى قصفها أمس من قبل مروحية تابعة للجيش قرب سيبا.",
    ],
)
def test_struck_by_an_aircraft_is_an_air_strike(text):
    assert "Air/drone strike" in _labels(text)


# a trap in the figurative sense is no bomb; a booby-trapped vehicle is
@pytest.mark.parametrize(
    "text,device",
    [
        ("The village chief followed the men and fell into a trap, his nephew said.", False),
        ("Le chef de village a suivi les hommes et est tombé dans un piège, selon son neveu.", False),
        ("تبع رئيس القرية الرجال ووقع في فخ، بحسب ابن أخيه.", False),
        ("A booby-trapped motorbike exploded at the market of Gao.", True),
        ("Une moto piégée a explosé au marché de Gao.", True),
        ("انفجرت دراجة نارية مفخخة في سوق غاو.", True),
    ],
)
def test_a_figurative_trap_is_no_explosive(text, device):
    assert ("Remote explosive/landmine/IED" in _labels(text)) is device


# vehicles taken by armed men: property, not an abduction ("enlevés" of vehicles)
@pytest.mark.parametrize(
    "text",
    [
        "Two vehicles of an aid agency on mission near Ayorou were seized on Tuesday by armed bandits.",
        "Deux véhicules d'une agence humanitaire en mission près d'Ayorou ont été enlevés mardi par "
        "des bandits armés.",
        "Des bandits armés ont enlevé deux véhicules d'une agence humanitaire près d'Ayorou.",
        "استولى مسلحون على سيارتين تابعتين لوكالة إنسانية قرب أيورو يوم الثلاثاء.",
    ],
)
def test_vehicles_taken_are_property(text):
    labels = _labels(text)
    assert "Looting/property destruction" in labels


@pytest.mark.parametrize(
    "text",
    [
        "Two trucks and their drivers were seized on Tuesday by armed bandits near Ayorou.",
        "Deux camions et leurs chauffeurs ont été enlevés mardi par des bandits armés près d'Ayorou.",
    ],
)
def test_vehicles_taken_with_their_drivers_stay_an_abduction(text):
    labels = _labels(text)
    assert "Looting/property destruction" not in labels


@pytest.mark.parametrize("text,attack", [
    # regression: "killed by villagers" read as villagers killed (the agent taken for the victims)
    ("Three militants were killed by villagers near Tillia in December.", False),
    ("Trois jihadistes ont été tués par les villageois près de Tillia en décembre.", False),
    ("قتل مسلحان على يد القرويين قرب تيليا في ديسمبر.", False),
    ("Gunmen killed three villagers near Tillia on Monday.", True),
    ("Des hommes armés ont tué trois villageois près de Tillia lundi.", True),
    ("قتل مسلحون ثلاثة قرويين قرب تيليا يوم الاثنين.", True),
])
def test_the_agent_of_a_killing_is_not_its_victims(text, attack):
    assert ("Attack" in _labels(text)) == attack


@pytest.mark.parametrize("text", [
    # an operation ruled out is no operation
    "Paris ruled out a military operation to free the hostages.",
    "Paris a exclu une opération militaire pour libérer les otages.",
    "وكانت باريس قد استبعدت شن عملية عسكرية لتحرير الرهائن.",
])
def test_an_operation_ruled_out_is_no_event(text):
    assert "Armed clash" not in _labels(text)


def test_each_pattern_branch_keeps_its_label(monkeypatch):
    """The combined trigger regex tells which branch matched, whatever groups a branch holds
    of its own; where two branches match at one place, the first listed wins."""
    from rasd.stages import triggers

    patterns = {"A": [r"(?<!\w)(c)at(?!\w)"], "B": [r"(?<!\w)(d)(o)g(?!\w)", r"(?<!\w)cat \w+"],
                "C": [r"(?<!\w)(?:bird|fish)(?!\w)"]}
    monkeypatch.setattr(triggers, "section", lambda _lang, _res, key: patterns if key == "patterns" else {})
    pattern, labels = triggers._patterns.__wrapped__("xx")
    text = "a dog, a cat here, a fish"
    assert [(m.group(), labels[m.lastindex]) for m in pattern.finditer(text)] == [
        ("dog", "B"), ("cat", "A"), ("fish", "C")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers engaged the gunmen near Gao, then took two traders as hostages; "
           "drones struck a depot and police dispersed the crowd."),
    ("fr", "L'armée a déjoué une attaque, puis des hommes armés ont pris la ville de Ber ; "
           "les manifestants ont été dispersés et un drone a frappé un dépôt."),
    ("ar", "صد الجيش هجوما على المعسكر واستعاد الجنود السيطرة على البلدة "
           "ثم فرقت الشرطة المتظاهرين وأسقطت الدفاعات طائرة مسيرة."),
])
def test_the_opening_test_keeps_every_match(monkeypatch, lang, text):
    """The look-ahead for the branches' openings only spares trials: the combined regex
    finds the same matches with the same labels without it."""
    from rasd.normalize import fold
    from rasd.stages import triggers

    pattern, labels = triggers._patterns.__wrapped__(lang)
    assert pattern is not None and "(?=" in pattern.pattern[:40]  # every branch's openings listed
    monkeypatch.setattr(triggers, "_opening_test", lambda _bodies: "")
    plain, plain_labels = triggers._patterns.__wrapped__(lang)
    folded = fold(text)
    found = [(m.span(), labels[m.lastindex]) for m in pattern.finditer(folded)]
    assert len(found) >= 2
    assert found == [(m.span(), plain_labels[m.lastindex]) for m in plain.finditer(folded)]
