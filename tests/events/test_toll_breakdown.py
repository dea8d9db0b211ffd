"""Tolls told for several incidents together: shared, split into their parts, or completed."""

import datetime as dt

import pytest

import rasd

PUBLISHED = dt.date(2025, 3, 11)


def _main(text: str) -> list:
    return [e for e in rasd.extract(text, published=PUBLISHED).events if e.role == "main"]


@pytest.mark.parametrize("text,tolls", [
    # regression: the headline's "dozens" beside the body's "several" made the first place
    # keep the whole toll instead of sharing it with the place listed beside it
    ("Army claims dozens of terrorists killed\n\nOn Tuesday the army shelled hideouts at Kaya "
     "and at Barsalogho, neutralising several terrorists.", [2, 1]),
    ("L'armée revendique des dizaines de terroristes tués\n\nMardi, l'armée a bombardé des "
     "caches à Kaya et à Barsalogho, neutralisant plusieurs terroristes.", [2, 1]),
    ("الجيش يعلن مقتل عشرات الإرهابيين\n\nقصف الجيش يوم الثلاثاء مخابئ في كايا وفي بارسالوغو، "
     "مما أدى إلى تحييد عدد من الإرهابيين.", [2, 1]),
])
def test_a_toll_outweighing_a_headline_is_still_shared(text, tolls):
    assert [e.fatalities_best for e in _main(text)] == tolls


@pytest.mark.parametrize("text,tolls", [
    # regression: the total of two ambushes was the first ambush's toll; its own parts are
    ("Eleven members of the security forces were killed on Tuesday in two ambushes in the "
     "north of Burkina Faso. The first ambush, near Djibo, killed two soldiers and four "
     "volunteers, while five gendarmes were killed in another ambush near Arbinda.", [6, 5]),
    ("Onze membres des forces de sécurité ont été tués mardi dans deux embuscades dans le nord "
     "du Burkina Faso. La première embuscade, près de Djibo, a tué deux soldats et quatre "
     "volontaires, tandis que cinq gendarmes ont été tués dans une autre embuscade près "
     "d'Arbinda.", [6, 5]),
    ("قتل 11 من أفراد قوات الأمن يوم الثلاثاء في كمينين في شمال بوركينا فاسو. وأدى الكمين "
     "الأول قرب جيبو إلى مقتل جنديين وأربعة متطوعين، فيما قتل خمسة دركيين في كمين آخر قرب "
     "أربيندا.", [6, 5]),
    # a toll with its detail is no total of two incidents: the parts do not add up to it
    ("Gunmen killed 20 people, among them five soldiers, in an attack on Djibo on Tuesday. On "
     "the same day a mine killed three civilians near Arbinda.", [20, 3]),
    ("Des hommes armés ont tué 20 personnes, dont cinq soldats, lors d'une attaque à Djibo "
     "mardi. Le même jour, une mine a tué trois civils près d'Arbinda.", [20, 3]),
    ("قتل مسلحون 20 شخصا بينهم خمسة جنود في هجوم على جيبو يوم الثلاثاء. وفي اليوم نفسه قتل "
     "لغم ثلاثة مدنيين قرب أربيندا.", [20, 3]),
])
def test_a_total_of_several_incidents_is_not_the_first_ones_toll(text, tolls):
    assert [e.fatalities_best for e in _main(text)] == tolls


@pytest.mark.parametrize("text", [
    # regression: the second of two counted attacks had no toll; it has what the total
    # leaves after the first's six ("at least ten": at least four, no upper bound)
    "At least ten civilians were killed on Monday in two separate attacks in western Burkina "
    "Faso, security sources said. Gunmen shelled Nouna in the evening; the toll there is six "
    "dead and four wounded. An official said the town of Tansila was also attacked by gunmen "
    "the same evening.",
    "Au moins dix civils ont été tués lundi dans deux attaques distinctes dans l'ouest du "
    "Burkina Faso, selon des sources sécuritaires. Des hommes armés ont bombardé Nouna dans la "
    "soirée; le bilan y est de six morts et quatre blessés. Selon un responsable, la ville de "
    "Tansila a aussi été attaquée par des hommes armés le même soir.",
    "قتل عشرة مدنيين على الأقل يوم الاثنين في هجومين منفصلين في غرب بوركينا فاسو، وفق مصادر "
    "أمنية. وأطلق مسلحون قذائف على نونا مساء، والحصيلة هناك ستة قتلى وأربعة جرحى. وقال مسؤول "
    "إن بلدة تانسيلا تعرضت أيضا لهجوم شنه مسلحون في المساء نفسه.",
])
def test_an_incident_without_a_figure_takes_what_the_total_leaves(text):
    events = _main(text)
    assert [(e.fatalities_low, e.fatalities_best, e.fatalities_high) for e in events] == [
        (6, 6, None), (4, 4, None)]


@pytest.mark.parametrize("text,tolls", [
    # regression: the first place of a breakdown after a total kept the total; the number
    # the list gives it right before its name is its toll
    ("Gunmen killed eleven people in three villages on Tuesday, six in Kaya, two in "
     "Barsalogho and three in Pissila, a local official said.", [6, 2, 3]),
    ("Des hommes armés ont tué onze personnes dans trois villages mardi : six à Kaya, deux à "
     "Barsalogho et trois à Pissila, selon un responsable local.", [6, 2, 3]),
    ("قتل مسلحون 11 شخصا يوم الثلاثاء: ستة في كايا، واثنان في بارسالوغو، وثلاثة في بيسيلا.",
     [6, 2, 3]),
])
def test_the_first_place_of_a_breakdown_takes_its_part(text, tolls):
    assert [e.fatalities_best for e in _main(text)] == tolls


@pytest.mark.parametrize("text,toll", [
    # regression: a figure dated before the event by a span of time ("days after the killing
    # of five soldiers") counts an earlier incident, and was added to this one's toll
    ("Gunmen killed two herders near Djibo on Monday, days after the killing of five soldiers "
     "in the same area.", 2),
    ("Des hommes armés ont tué lundi deux bergers près de Djibo, quelques jours après la mort "
     "de cinq soldats dans la même zone.", 2),
    ("قتل مسلحون راعيين اثنين قرب جيبو يوم الاثنين، بعد أيام من مقتل خمسة جنود في المنطقة "
     "نفسها.", 2),
])
def test_a_figure_dated_before_the_event_is_not_its_toll(text, toll):
    assert [e.fatalities_best for e in _main(text)] == [toll]


@pytest.mark.parametrize("text", [
    # an incident told after "the day after" with an attack word of its own is an event
    # whose toll stays its own
    "Gunmen shelled the UN camp in Timbuktu on Wednesday, wounding nine peacekeepers. The "
    "attack came the day after an ambush near Segou that killed nine soldiers.",
    "Des hommes armés ont bombardé mercredi le camp de l'ONU à Tombouctou, blessant neuf Casques "
    "bleus. L'attaque survient au lendemain d'une embuscade près de Ségou qui a tué neuf soldats.",
    "قصف مسلحون معسكر الأمم المتحدة في تمبكتو يوم الأربعاء، ما أدى إلى إصابة تسعة من جنود حفظ "
    "السلام. وجاء الهجوم غداة كمين قرب سيغو أسفر عن مقتل تسعة جنود.",
])
def test_an_earlier_incident_told_as_an_attack_keeps_its_toll(text):
    events = rasd.extract(text, published=PUBLISHED).events
    assert [e.fatalities_best for e in events] == [None, 9]
    # regression: "came the day after an ambush" moved the ambush a day after the news (the
    # day count inside the recall cue was read as "the next day"): it is the day before
    assert [(e.role, e.event_date) for e in events] == [
        ("main", dt.date(2025, 3, 5)), ("background", dt.date(2025, 3, 4))]
