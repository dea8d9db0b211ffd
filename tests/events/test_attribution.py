"""Who the text credits with an incident whose passage names no attacker: the armed group
that speaks of it in a claim of its own, or the group a bare "the group" stands for."""

import datetime as dt

import pytest

import rasd
from rasd.events.attribution import anaphors

UAG_MALI = "Unidentified Armed Group (Mali)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
NIGER_ARMY = "Military Forces of Niger (2023-)"
MALI_ARMY = "Military Forces of Mali (2021-)"
MALI_CIVILIANS = "Civilians (Mali)"


def actors(text):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    return [(e.actor1, e.actor2) for e in doc.events if e.role == "main"]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: "the group" after the group was named in a sentence that tells no event
    # left the kidnappers unidentified
    ("JNIM holds sway over much of the countryside around Segou. On Tuesday the group "
     "kidnapped three traders on the road near Segou, Mali.", [(JNIM, MALI_CIVILIANS)]),
    ("Le JNIM contrôle une grande partie des campagnes autour de Ségou. Mardi, le groupe a "
     "enlevé trois commerçants sur la route près de Ségou, au Mali.", [(JNIM, MALI_CIVILIANS)]),
    ("تسيطر جماعة نصرة الإسلام والمسلمين على جزء كبير من أرياف سيغو. ويوم الثلاثاء اختطفت "
     "الجماعة ثلاثة تجار على الطريق قرب سيغو في مالي.", [(JNIM, MALI_CIVILIANS)]),
    # regression: a group announcing in its own words what it did in the incident (an
    # attributed claim, no "claimed responsibility") was not taken for the attacker
    ("Seven soldiers were killed in an attack on a barracks near Kollo, Niger, on Monday, the "
     "army said. JNIM announced that it had taken the barracks.", [(JNIM, NIGER_ARMY)]),
    ("Sept soldats ont été tués lundi dans une attaque contre une caserne près de Kollo, au "
     "Niger, a indiqué l'armée. Le JNIM a annoncé avoir pris la caserne.", [(JNIM, NIGER_ARMY)]),
    ("قتل سبعة جنود يوم الاثنين في هجوم على ثكنة قرب كولو في النيجر، بحسب الجيش. وأعلنت "
     "جماعة نصرة الإسلام والمسلمين سيطرتها على الثكنة.", [(JNIM, NIGER_ARMY)]),
    # a group that denies a part in it is not credited with it
    ("JNIM holds sway over much of the countryside around Segou. On Tuesday gunmen kidnapped "
     "three traders on the road near Segou, Mali, but the group denied any part in the "
     "abduction.", [(UAG_MALI, MALI_CIVILIANS)]),
    ("Le JNIM contrôle une grande partie des campagnes autour de Ségou. Mardi, des hommes armés "
     "ont enlevé trois commerçants sur la route près de Ségou, au Mali, mais le groupe a "
     "démenti toute implication.", [(UAG_MALI, MALI_CIVILIANS)]),
    ("تسيطر جماعة نصرة الإسلام والمسلمين على جزء كبير من أرياف سيغو. ويوم الثلاثاء اختطف "
     "مسلحون ثلاثة تجار على الطريق قرب سيغو في مالي، لكن الجماعة نفت أي صلة لها بالحادث.",
     [(UAG_MALI, MALI_CIVILIANS)]),
    # "the group" that counts a part of something, or that follows the insurgency at large
    # ("groups tied to al-Qaeda and the Islamic State"), stands for no one
    ("Militants linked to al-Qaeda and the Islamic State operate in the region. On Monday, "
     "gunmen killed five soldiers near Gao, Mali, and the group of attackers fled.",
     [(UAG_MALI, MALI_ARMY)]),
    ("Des militants liés à al-Qaïda et à l'État islamique opèrent dans la région. Lundi, des "
     "hommes armés ont tué cinq soldats près de Gao, au Mali, et le groupe d'assaillants a "
     "pris la fuite.", [(UAG_MALI, MALI_ARMY)]),
    ("تنشط في المنطقة جماعات مرتبطة بتنظيم القاعدة وداعش. ويوم الاثنين قتل مسلحون خمسة جنود "
     "قرب غاو في مالي، ثم انسحبت الجماعة.", [(UAG_MALI, MALI_ARMY)]),
])
def test_credited_attacker(text, expected):
    assert actors(text) == expected


UAG_BURKINA = "Unidentified Armed Group (Burkina Faso)"
BURKINA_CIVILIANS = "Civilians (Burkina Faso)"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a claim in a relative clause that recalls an earlier year further on is
    # cut off from the group it speaks for; the group closing the piece before it claims
    ("Gunmen killed twelve villagers near Djibo, Burkina Faso, on Monday. The jihadist group "
     "JNIM, which claimed responsibility for the attack, has waged an insurgency in the "
     "country since 2015.", [(JNIM, BURKINA_CIVILIANS)]),
    ("Des hommes armés ont tué douze villageois lundi près de Djibo, au Burkina Faso. Le "
     "groupe jihadiste JNIM, qui avait revendiqué l'attaque, mène une insurrection dans le "
     "pays depuis 2015.", [(JNIM, BURKINA_CIVILIANS)]),
    ("قتل مسلحون اثني عشر قرويا يوم الاثنين قرب جيبو في بوركينا فاسو. وتخوض جماعة نصرة "
     "الإسلام والمسلمين، التي تبنت الهجوم، تمردا في البلاد منذ عام 2015.",
     [(JNIM, BURKINA_CIVILIANS)]),
    # the clause claims an attack of an earlier year: not this one
    ("Gunmen killed twelve villagers near Djibo, Burkina Faso, on Monday. The jihadist group "
     "JNIM, which claimed an attack on a convoy in 2019 nearby, is active in the area.",
     [(UAG_BURKINA, BURKINA_CIVILIANS)]),
    ("Des hommes armés ont tué douze villageois lundi près de Djibo, au Burkina Faso. Le "
     "groupe jihadiste JNIM, qui avait revendiqué une attaque contre un convoi en 2019 non "
     "loin, est actif dans la zone.", [(UAG_BURKINA, BURKINA_CIVILIANS)]),
])
def test_claim_in_a_cut_relative_clause(text, expected):
    assert actors(text) == expected


BENIN_ARMY = "Military Forces of Benin (2016-)"
BENIN_POLICE = "Police Forces of Benin (2016-)"
UAG_BENIN = "Unidentified Armed Group (Benin)"


@pytest.mark.parametrize("text", [
    # regression: "both attacks were claimed" credited only the incident it is told in, not
    # the one told just before it; the main incident further back stays unidentified
    "Gunmen killed five police officers at a station in Tanguieta, Benin, on Wednesday. In "
    "April, 54 soldiers were killed in an attack on two army posts near Karimama. In January, "
    "28 soldiers died near Banikoara. Both attacks were claimed by JNIM.",
    "Des hommes armés ont tué cinq policiers mercredi dans un commissariat à Tanguiéta, au "
    "Bénin. En avril, 54 soldats ont été tués dans une attaque contre deux postes de l'armée "
    "près de Karimama. En janvier, 28 soldats étaient morts près de Banikoara. Les deux "
    "attaques ont été revendiquées par le JNIM.",
    "قتل مسلحون خمسة من رجال الشرطة يوم الأربعاء في مركز بمدينة تانغيتا في بنين. وفي أبريل "
    "قتل 54 جنديا في هجوم على موقعين للجيش قرب كاريماما. وفي يناير قتل 28 جنديا قرب "
    "بانيكوارا. وتبنت جماعة نصرة الإسلام والمسلمين الهجومين.",
])
def test_claim_of_both_attacks(text):
    doc = rasd.extract(text, published=dt.date(2025, 6, 5))
    assert [(e.actor1, e.actor2) for e in doc.events] == [
        (UAG_BENIN, BENIN_POLICE), (JNIM, BENIN_ARMY), (JNIM, BENIN_ARMY)]
    # and the claim too, not only the attacker
    assert [sorted({c.claimant_role for c in e.claims}) for e in doc.events] == [
        [], ["perpetrator"], ["perpetrator"]]


@pytest.mark.parametrize(("text", "expected"), [
    # the umbrella named after its branch is not what "the group" stands for
    ("JNIM, al-Qaeda's affiliate in the Sahel, is active here. The group said on Sunday it "
     "had freed a hostage.", ["jnim"]),
    ("Le JNIM, affilié à al-Qaïda au Sahel, est actif ici. Le groupe a dit dimanche avoir "
     "libéré un otage.", ["jnim"]),
    ("تنشط هنا جماعة نصرة الإسلام والمسلمين التابعة لتنظيم القاعدة. وقالت الجماعة الأحد إنها "
     "أفرجت عن رهينة.", ["jnim"]),
    # the group named right after the noun: that name is read, not an antecedent
    ("Ansaroul Islam is active in the north. On Sunday the group JNIM said it had "
     "freed a hostage.", []),
    # no group named before: nothing to stand for
    ("The group said on Sunday it had freed a hostage.", []),
])
def test_anaphors(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 10))
    assert [actor_id for _span, actor_id, _side, _antecedent in anaphors(doc)] == expected


ANSAR_DINE = "Ansar Dine"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: a sentence that tells who the attackers are, with no event word of its
    # own, did not credit the group it names
    ("Eleven soldiers were killed on Monday in an attack on their post at Gourma-Rharous, "
     "Mali. The attackers are jihadists linked to Ansar Dine, a military source said.",
     ANSAR_DINE),
    ("Onze soldats ont été tués lundi dans une attaque contre leur poste à Gourma-Rharous, au "
     "Mali. Les assaillants sont des éléments jihadistes liés à Ansar Dine, a dit une source "
     "militaire.", ANSAR_DINE),
    ("قتل أحد عشر جنديا يوم الاثنين في هجوم على موقعهم في غورما رهاروس بمالي. وقال مصدر "
     "عسكري إن المهاجمين عناصر جهادية مرتبطة بجماعة أنصار الدين.", ANSAR_DINE),
    # a group named near the attackers without saying who they are is not credited
    ("Eleven soldiers were killed on Monday in an attack on their post at Gourma-Rharous, "
     "Mali. The attackers fled toward a forest that Ansar Dine controls.", UAG_MALI),
    ("Onze soldats ont été tués lundi dans une attaque contre leur poste à Gourma-Rharous, au "
     "Mali. Les assaillants ont fui vers une forêt que contrôle Ansar Dine.", UAG_MALI),
])
def test_attackers_identified(text, expected):
    assert [a1 for a1, _a2 in actors(text)] == [expected]


MNLA = "MNLA: National Movement for the Liberation of Azawad"


@pytest.mark.parametrize(("text", "expected"), [
    # regression: "the rebels" as the doer, after a rebel movement was named, was left an
    # Unidentified Armed Group
    ("The MNLA has demanded independence for northern Mali since 2011. On Tuesday the rebels "
     "attacked the army camp at Tessalit, Mali, a security source said.", [(MNLA, MALI_ARMY)]),
    ("Le MNLA réclame depuis 2011 l'indépendance du nord du Mali. Mardi, les rebelles ont "
     "attaqué le camp militaire de Tessalit, au Mali, selon une source sécuritaire.",
     [(MNLA, MALI_ARMY)]),
    ("تطالب الحركة الوطنية لتحرير أزواد منذ 2011 باستقلال شمال مالي. ويوم الثلاثاء هاجم "
     "المتمردون المعسكر العسكري في تساليت في مالي، بحسب مصدر أمني.", [(MNLA, MALI_ARMY)]),
    # a jihadist group named before: "the rebels" is not it
    ("JNIM has been active in the area since 2017. On Tuesday the rebels attacked the army "
     "camp at Tessalit, Mali, a security source said.", [(UAG_MALI, MALI_ARMY)]),
    ("Le JNIM est actif dans la région depuis 2017. Mardi, les rebelles ont attaqué le camp "
     "militaire de Tessalit, au Mali, selon une source sécuritaire.", [(UAG_MALI, MALI_ARMY)]),
    ("تنشط جماعة نصرة الإسلام والمسلمين في المنطقة منذ 2017. ويوم الثلاثاء هاجم المتمردون "
     "المعسكر العسكري في تساليت في مالي، بحسب مصدر أمني.", [(UAG_MALI, MALI_ARMY)]),
    # "the rebels" in a remark with no event word: the unknown attackers stay unknown
    ("Unknown assailants shelled the army camp at Tessalit, Mali, on Tuesday. In 2012 the MNLA "
     "rose up in the north. Last month the rebels rejected a peace plan.",
     [(UAG_MALI, MALI_ARMY)]),
    ("Des assaillants non identifiés ont bombardé mardi le camp militaire de Tessalit, au Mali. "
     "Le MNLA s'est soulevé dans le nord en 2012. Le mois dernier, les rebelles ont rejeté un "
     "plan de paix.", [(UAG_MALI, MALI_ARMY)]),
])
def test_the_rebels_stands_for_the_last_rebel_group(text, expected):
    assert actors(text) == expected
