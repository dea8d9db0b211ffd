"""events.pairs: the two sides of a fight named as such ("a clash between A and B") are
both fighters; with no side named as hit, the one the report names first leads."""

import datetime as dt

import pytest

import rasd

NIGER_ARMY = "Military Forces of Niger (2021-2023)"
UAG = "Unidentified Armed Group (Niger)"
CMA = "CMA: Coordination of Movements of the Azawad"
GATIA = "GATIA: Imghad Tuareg and Allies Self-Defense Group"


def actors(text):
    doc = rasd.extract(text, published=dt.date(2022, 4, 5))
    return [(e.actor1, e.actor2) for e in doc.events if e.role == "main"][:1]


@pytest.mark.parametrize(("text", "expected"), [
    # regression: the army unit named first in the pair was coded as the one attacked
    ("On Sunday a clash broke out between an army unit and armed men on motorbikes near "
     "Tillia, Niger; twelve assailants were neutralised, the army said.", (NIGER_ARMY, UAG)),
    ("Dimanche, un accrochage a eu lieu entre une unité de l'armée (secteur de Tillia) et des "
     "individus armés à moto, au Niger ; douze assaillants ont été neutralisés, selon l'armée.",
     (NIGER_ARMY, UAG)),
    ("وقع اشتباك يوم الأحد بين وحدة من الجيش ومسلحين على دراجات نارية قرب تيليا في النيجر، "
     "وقتل اثنا عشر من المهاجمين، بحسب الجيش.", (NIGER_ARMY, UAG)),
    # two armed groups: the report's order
    ("Heavy fighting broke out on Wednesday between the CMA and GATIA near Anefis in northern "
     "Mali.", (CMA, GATIA)),
    ("De violents combats ont éclaté mercredi entre la CMA et le GATIA près d'Anefis, dans le "
     "nord du Mali.", (CMA, GATIA)),
    ("اندلعت يوم الأربعاء اشتباكات عنيفة بين منسقية الحركات الأزوادية وحركة غاتيا في منطقة "
     "أنفيف شمالي مالي.", (CMA, GATIA)),
    # the soldiers' losses tell who was hit, whatever the order
    ("On Sunday a clash broke out between an army unit and armed men near Tillia, Niger, "
     "leaving four soldiers dead.", (UAG, NIGER_ARMY)),
    ("Dimanche, un accrochage a eu lieu entre une unité de l'armée et des individus armés près "
     "de Tillia, au Niger, et quatre soldats ont été tués.", (UAG, NIGER_ARMY)),
    ("وقع اشتباك يوم الأحد بين وحدة من الجيش ومسلحين قرب تيليا في النيجر، أسفر عن مقتل أربعة "
     "جنود.", (UAG, NIGER_ARMY)),
])
def test_sides_of_a_fight(text, expected):
    assert actors(text) == [expected]
