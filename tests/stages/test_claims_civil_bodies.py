"""Claims: bodies named bare that speak — unions and associations, an army command, a UN
mission, a victim's family, a state outlet — and an office holder who only acts
(rasd.stages.claims, claims.yaml speaking_bodies, speaking_only, state_qualifiers)."""

import datetime as dt

import pytest

import rasd


def layer_roles(lang: str, text: str) -> list[str]:
    doc = rasd.extract(text, published=dt.date(2025, 1, 10), lang=lang)
    return sorted({c.role for c in doc.claims or ()})


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: a union or an association of the people hit was no source
    ("en", "Police detained thirty traders at the market in Gao on Monday, the traders' "
           "association said.", ["local_source"]),
    ("fr", "La police a interpellé lundi trente commerçants au marché de Gao, a indiqué "
           "l'association des commerçants.", ["local_source"]),
    ("ar", "اعتقلت الشرطة يوم الاثنين ثلاثين تاجرا في سوق غاو، بحسب ما أعلنت جمعية التجار.",
     ["local_source"]),
    ("en", "Police dispersed a strike by teachers in Dori on Monday, the teachers' union said.",
     ["local_source"]),
    ("fr", "La police a dispersé lundi une grève d'enseignants à Dori, a indiqué le syndicat.",
     ["local_source"]),
    ("ar", "فرقت الشرطة يوم الاثنين إضرابا للمعلمين في دوري، وفق ما أعلنت نقابة المعلمين.",
     ["local_source"]),
    # regression: an army command speaks for the state
    ("en", "Soldiers killed ten gunmen near Gossi on Monday, the military command said.",
     ["government"]),
    ("fr", "Des soldats ont tué dix hommes armés lundi près de Gossi, a indiqué le "
           "commandement régional.", ["government"]),
    ("ar", "قتل جنود عشرة مسلحين يوم الاثنين قرب غوسي، بحسب ما أعلنت القيادة العسكرية.",
     ["government"]),
    # regression: a victim's family speaking of him is the victims' side
    ("en", "A trader was abducted by gunmen near Bourem on Monday, his family said.", ["target"]),
    ("fr", "Un commerçant a été enlevé lundi par des hommes armés près de Bourem, a indiqué sa "
           "famille.", ["target"]),
    ("ar", "اختطف مسلحون تاجرا يوم الاثنين قرب بوريم، بحسب ما قالت عائلته.", ["target"]),
    # regression: a media noun qualified as the state's is the government's voice
    ("en", "Gunmen killed six soldiers near Tera on Monday, the state-run television channel "
           "reported.", ["government"]),
    ("fr", "Des hommes armés ont tué six soldats lundi près de Téra, a rapporté l'agence de "
           "presse officielle.", ["government"]),
    ("ar", 'قتل مسلحون ستة جنود يوم الاثنين قرب تيرا، بحسب ما أعلنت قناة "ساحل" الرسمية.',
     ["government"]),
])
def test_a_body_named_bare_speaks_for_its_side(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # the same words where nobody speaks are no source
    ("en", "The family of the trader fled to Gao after the attack on Monday."),
    ("fr", "Le gouverneur de la région a reçu lundi les familles des victimes à Gao."),
    ("ar", "استقبل حاكم منطقة غاو يوم الاثنين عائلات الضحايا."),
    # a media outlet that made something public is no state outlet
    ("en", "The newspaper made public a video of the attack on Monday."),
])
def test_the_same_words_where_nobody_speaks(lang, text):
    assert "government" not in layer_roles(lang, text) and "target" not in layer_roles(lang, text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: an estimate of the toll by a body is its claim
    ("en", "Twelve soldiers were killed near Djibo on Monday. Non-governmental organisations "
           "put the death toll at thirty.", ["international_organisation"]),
])
def test_a_body_that_puts_the_toll_speaks(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # regression: one resident, or a person at the scene, speaking was no source
    ("en", "Soldiers fired into the air to scatter the crowd in Kidal on Monday, a person at the "
           "scene told reporters.", ["local_source"]),
    ("fr", "Des soldats ont tiré en l'air pour disperser la foule lundi à Kidal, a indiqué une "
           "personne sur place.", ["local_source"]),
    ("ar", "وقال ساكن من كيدال إن الجنود أطلقوا النار في الهواء لتفريق الحشود يوم الاثنين.",
     ["local_source"]),
    # regression: the firm that runs the bus hit is the victims' side
    ("en", "A bus struck a mine near Boni on Monday, the bus operator said.", ["target"]),
    ("fr", "Un car a sauté sur une mine lundi près de Boni, a indiqué le transporteur.", ["target"]),
    ("ar", "انفجر لغم بحافلة يوم الاثنين قرب بوني، بحسب ما أعلنت شركة الحافلات.", ["target"]),
])
def test_a_person_at_the_scene_and_the_bus_firm_speak(lang, text, expected):
    assert layer_roles(lang, text) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # regression: a villager said to have escaped the attack speaks as a survivor
    ("en", "According to a villager who survived the attack, the gunmen shot at everyone near "
           "the well in Sona on Monday."),
    ("fr", "D'après un villageois qui a réussi à s'enfuir, les assaillants ont tiré sur tous "
           "ceux qui étaient près du puits lundi à Sona."),
    ("ar", "وبحسب قروي الذي نجا من الهجوم، أطلق المسلحون النار على كل من كان قرب البئر يوم "
           "الاثنين في سونا."),
])
def test_a_speaker_who_escaped_the_attack_is_a_survivor(lang, text):
    assert "target" in layer_roles(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    # attackers who got away are no survivors
    ("en", "Gunmen who escaped back across the border killed nine soldiers near Tera on "
           "Monday, an official claimed."),
])
def test_attackers_who_got_away_are_no_survivors(lang, text):
    assert "target" not in layer_roles(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    # regression: a national mourning declared for the dead was no word of the state's
    ("en", "Gunmen killed forty villagers in Solhan on Friday. The government declared three "
           "days of national mourning."),
    ("fr", "Des hommes armés ont tué vendredi quarante villageois à Solhan. Le gouvernement a "
           "décrété trois jours de deuil national."),
    ("ar", "قتل مسلحون أربعين قرويا يوم الجمعة في سولهان. وأعلنت الحكومة الحداد الوطني ثلاثة "
           "أيام."),
])
def test_a_national_mourning_is_the_states_word(lang, text):
    assert layer_roles(lang, text) == ["government"]


@pytest.mark.parametrize(("lang", "text"), [
    # a curfew decreed by the army is its act, not its word
    ("fr", "L'armée a décrété mardi un couvre-feu à Ayorou après des attaques, selon une source "
           "militaire."),
])
def test_a_curfew_decreed_is_no_word_of_the_state(lang, text):
    assert layer_roles(lang, text) == ["security_source"]
