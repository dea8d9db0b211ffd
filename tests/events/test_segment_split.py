"""Segmentation of real reports: how many incidents a report tells, told in three languages."""

import datetime as dt

import pytest

import rasd


def _main(text: str, published: dt.date) -> list:
    return [e for e in rasd.extract(text, published=published).events if e.role == "main"]


@pytest.mark.parametrize("text", [
    # a lasting state or a threat told after the incident does not undo it
    "Gunmen abducted twelve women near Djibo on Tuesday. The area has been under blockade "
    "for months.",
    "Des hommes armés ont enlevé douze femmes près de Djibo mardi. La zone est sous blocus "
    "depuis des mois.",
    "اختطف مسلحون اثنتي عشرة امرأة قرب جيبو يوم الثلاثاء. وتخضع المنطقة للحصار منذ أشهر.",
    "Gunmen abducted twelve women near Djibo on Tuesday. The governor warned he could close "
    "the market.",
    "Des hommes armés ont enlevé douze femmes près de Djibo mardi. Le gouverneur a menacé "
    "de fermer le marché.",
    "اختطف مسلحون اثنتي عشرة امرأة قرب جيبو يوم الثلاثاء. وهدد الحاكم بإغلاق السوق.",
])
def test_a_later_threat_or_trend_leaves_the_incident_told_before(text):
    assert len(_main(text, dt.date(2025, 3, 6))) == 1


@pytest.mark.parametrize("text", [
    # the threat opens the passage: what follows about it is no incident either
    "The group threatened to attack trucks bound for Gao. Trucks have been targeted on the "
    "roads for months.",
    "Le groupe a menacé d'attaquer les camions en route vers Gao. Des camions sont visés "
    "sur les routes depuis des mois.",
    "هددت الجماعة بمهاجمة الشاحنات المتجهة إلى غاو. وتتعرض الشاحنات للاستهداف على الطرق منذ أشهر.",
])
def test_a_threat_that_opens_the_passage_stays_no_incident(text):
    assert _main(text, dt.date(2025, 3, 6)) == []
