"""Casualty figures: which number counts whom, and what happened to them."""

import datetime as dt

import pytest

import rasd


@pytest.mark.parametrize(
    "text,expected",
    [
        # regression: the verb of the next clause ("وأصيب") was read as the first figure's outcome
        ("قُتل ما لا يقل عن 12 جندياً مالياً وأصيب نحو 20 آخرين في هجوم قرب موبتي.",
         [("killed", "soldiers", 12), ("injured", "people", 20)]),
        ("قتل ثلاثة جنود وأصيب خمسة آخرون في كمين.",
         [("killed", "soldiers", 3), ("injured", "people", 5)]),
        ("L'attaque a fait 12 morts et 5 blessés parmi les civils.",
         [("killed", None, 12), ("injured", None, 5)]),
        ("Des hommes armés ont tué six civils et blessé deux autres.",
         [("killed", "civilians", 6), ("injured", "people", 2)]),
        ("Gunmen killed a GATIA officer and wounded two soldiers near Menaka.",
         [("killed", None, 1), ("injured", "soldiers", 2)]),
        ("The convoy was ambushed 12 km from Gao on Monday.", []),
        # regression: a number right before another figure ("(zone 2), three soldiers")
        # took that figure's noun and undercut it
        ("The mine hit a truck near Ansongo (sector 2), three soldiers were killed.",
         [("killed", "soldiers", 3)]),
        ("La mine a touché un camion près d'Ansongo (secteur 2), trois soldats ont été tués.",
         [("killed", "soldiers", 3)]),
        ("وأسفر انفجار لغم قرب أنسونغو (القطاع 2) عن مقتل ثلاثة جنود.",
         [("killed", "soldiers", 3)]),
        # killing verbs beyond "killed": assassinated, executed
        ("Gunmen assassinated two traders in the market of Douentza.",
         [("killed", "civilians", 2)]),
        ("Des hommes armés ont assassiné deux commerçants au marché de Douentza.",
         [("killed", "civilians", 2)]),
        ("اغتال مسلحون اثنين من التجار في سوق دوينتزا.",
         [("killed", "civilians", 2)]),
    ],
)
def test_casualty_figures(text, expected):
    doc = rasd.extract(text, published=dt.date(2025, 1, 13))
    assert [(c.outcome, c.group, c.value) for c in doc.casualties] == expected
