from __future__ import annotations

import pytest
from incident_rows import ATTACK, BONI, BONI_NEAR, claim, row

from rasd.errors import InputError
from rasd.incidents import reconcile

JNIM = "JNIM: Group for Support of Islam and Muslims"
FAMA = "Military Forces of Mali (2021-)"


def _fig(report_id, best, *claims, low=None, high=None, lang="fr", date="2024-03-12"):
    return row(report_id, lang=lang, date=date, fatalities=low if low is not None else best,
               fatalities_low=low if low is not None else best, fatalities_best=best,
               fatalities_high=high, claims=claims, **ATTACK, **BONI)


FIGURES = [
    # (name, rows, expected (fatalities, low, best, high, basis))
    ("independent over partisan", [
        _fig(1, 40, claim(JNIM, "perpetrator", partisan=True)),
        _fig(2, 12, claim("AFP", "independent_media")),
    ], (12, 12, 12, 40, "independent")),
    ("median of independent figures, partisan ignored", [
        _fig(1, 10, claim("local sources", "local_source")),
        _fig(2, 14, claim("RFI", "independent_media")),
        _fig(3, 12, claim("UN", "international_organisation")),
        _fig(4, 3, claim(FAMA, "government", partisan=True)),
    ], (10, 3, 12, 14, "independent")),
    ("even count: the lower middle", [
        _fig(1, 10, claim("AFP", "independent_media")),
        _fig(2, 16, claim("RFI", "independent_media")),
    ], (10, 10, 10, 16, "independent")),
    ("non-party before party", [
        _fig(1, 30, claim(FAMA, "government", partisan=True)),
        _fig(2, 20, claim("security sources", "security_source")),
    ], (20, 20, 20, 30, "non-party")),
    ("only parties: their median, lowest as ACLED's count", [
        _fig(1, 30, claim(FAMA, "government", partisan=True)),
        _fig(2, 50, claim(JNIM, "perpetrator", partisan=True)),
    ], (30, 30, 30, 50, "party")),
    ("a range keeps its ends", [
        _fig(1, 12, claim("AFP", "independent_media"), low=10, high=15),
        _fig(2, 20, claim(JNIM, "perpetrator", partisan=True)),
    ], (10, 10, 12, 20, "independent")),
    ("role of a party without the flag still counts as a party", [
        _fig(1, 40, claim(JNIM, "perpetrator")),
        _fig(2, 25, claim("witnesses", "local_source")),
    ], (25, 25, 25, 40, "independent")),
    ("no figures", [row(1, date="2024-03-12", **ATTACK, **BONI)], (None, None, None, None, None)),
]


@pytest.mark.parametrize(("name", "rows", "expected"), FIGURES, ids=[f[0] for f in FIGURES])
def test_figures(name, rows, expected):
    got = reconcile(rows)
    keys = ("fatalities", "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_basis")
    assert tuple(got[k] for k in keys) == expected


def test_every_source_is_kept_with_claimant_and_flag():
    rows = [_fig(1, 40, claim(JNIM, "perpetrator", partisan=True)), _fig(2, 12),
            _fig(3, 15, claim("UN", "international_organisation", fields=("actor1",)))]
    sources = reconcile(rows)["sources"]
    assert [(s["report_id"], s["claimant"], s["claimant_role"], s["partisan"], s["fatalities_best"])
            for s in sources] == [(1, JNIM, "perpetrator", True, 40),
                                  (2, "Outlet", "unattributed", False, 12),
                                  (3, "Outlet", "unattributed", False, 15)]


def test_date_type_actors_and_place():
    rows = [
        row(1, lang="ar", date="2024-03-11", **ATTACK, **BONI_NEAR),
        row(2, lang="fr", date="2024-03-12", **ATTACK, **BONI),
        row(3, lang="en", date="2024-03-12", event_type="Violence against civilians",
            sub_event_type="Attack", actor1="Unidentified Armed Group (Mali)", **BONI_NEAR),
    ]
    got = reconcile(rows)
    assert (got["event_date"], got["event_date_first"], got["event_date_last"]) == (
        "2024-03-12", "2024-03-11", "2024-03-12")
    assert (got["event_type"], got["sub_event_type"], got["actor1"], got["actor2"]) == (
        "Battles", "Armed clash", JNIM, FAMA)
    assert (got["location"], got["geo_precision"], got["latitude"]) == ("Boni", 1, 15.0766)
    assert got["languages"] == ["ar", "en", "fr"] and got["report_ids"] == [1, 2, 3]


def test_date_tie_goes_to_the_earliest_and_type_tie_to_precedence():
    rows = [row(1, date="2024-03-12", event_type="Violence against civilians",
                sub_event_type="Attack", **BONI),
            row(2, date="2024-03-11", event_type="Explosions/Remote violence",
                sub_event_type="Remote explosive/landmine/IED", **BONI)]
    got = reconcile(rows)
    assert got["event_date"] == "2024-03-11"
    assert got["sub_event_type"] == "Remote explosive/landmine/IED"


def test_no_coordinates_keeps_admin1_and_location():
    rows = [row(1, date="2024-03-12", iso=466, country="Mali", admin1="Douentza", location="Boni")]
    got = reconcile(rows)
    assert (got["admin1"], got["location"], got["latitude"]) == ("Douentza", "Boni", None)


def test_background_counts_only_without_main():
    rows = [_fig(1, 12), {**_fig(2, 99), "role": "background"}]
    assert reconcile(rows)["report_ids"] == [1]
    assert reconcile(rows[1:])["report_ids"] == [2]


def test_same_input_same_output_whatever_the_order():
    rows = [_fig(1, 40, claim(JNIM, "perpetrator", partisan=True)), _fig(2, 12), _fig(3, 15)]
    assert reconcile(rows) == reconcile(rows[::-1])


def test_empty_group_is_an_input_error():
    with pytest.raises(InputError):
        reconcile([])
