from __future__ import annotations

import random

import pytest
from incident_rows import ATTACK, BONI, BONI_NEAR, DJIBO, GAO, row

from rasd.errors import InputError
from rasd.incidents import ClusterParams, cluster_reports

PROTEST = {"event_type": "Protests", "sub_event_type": "Peaceful protest",
               "actor1": "Protesters (Mali)"}
BOMB = {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
            "actor1": "JNIM: Group for Support of Islam and Muslims"}
NO_POINT = {"iso": 466, "country": "Mali", "admin1": "Douentza", "location": "Boni"}
REGION_ONLY = {"iso": 466, "country": "Mali", "admin1": "Douentza", "latitude": 15.0, "longitude": -2.5,
                   "geo_precision": 3}

CASES = [
    # (name, rows, expected groups)
    ("one incident in ar, fr, en, dates ±1 day, figures differ", [
        row(1, lang="ar", date="2024-03-12", fatalities_best=14, **ATTACK, **BONI),
        row(2, lang="fr", date="2024-03-13", fatalities_best=12, **ATTACK, **BONI_NEAR),
        row(3, lang="en", date="2024-03-11", fatalities_best=15,
            **dict(ATTACK, actor1="Unidentified Armed Group (Mali)"), **BONI),
    ], [[1, 2, 3]]),
    ("same day, far apart", [
        row(1, date="2024-03-12", fatalities_best=10, **ATTACK, **BONI),
        row(2, date="2024-03-12", fatalities_best=10, **ATTACK, **GAO),
    ], [[1], [2]]),
    ("same town, beyond the date window", [
        row(1, date="2024-03-02", **ATTACK, **BONI),
        row(2, date="2024-03-12", **ATTACK, **BONI),
    ], [[1], [2]]),
    ("protest and attack, same town and day", [
        row(1, date="2024-03-12", **PROTEST, **GAO),
        row(2, date="2024-03-12", fatalities_best=5, **ATTACK, **GAO),
    ], [[1], [2]]),
    ("different countries", [
        row(1, date="2024-03-12", **ATTACK, **BONI),
        row(2, date="2024-03-12", **ATTACK, **DJIBO),
    ], [[1], [2]]),
    ("no coordinates: matched by place name", [
        row(1, date="2024-03-12", fatalities_best=8, **ATTACK, **BONI),
        row(2, date="2024-03-12", fatalities_best=9, **ATTACK, **NO_POINT),
    ], [[1, 2]]),
    ("region only: matched by admin1", [
        row(1, date="2024-03-12", fatalities_best=8, **ATTACK, **BONI),
        row(2, date="2024-03-12", fatalities_best=8, **ATTACK, **REGION_ONLY),
    ], [[1, 2]]),
    ("Arabic name mis-geocoded far away, same transliteration key", [
        row(1, date="2024-03-12", fatalities_best=14, **ATTACK, **BONI),
        row(2, lang="ar", date="2024-03-12", fatalities_best=14, location_text="بوني",
            **ATTACK, **dict(BONI, location="Bonié", admin1="Kayes", latitude=15.49,
                             longitude=-11.51)),
    ], [[1, 2]]),
    ("background report left out", [
        row(1, date="2024-03-12", **ATTACK, **BONI),
        row(2, date="2024-03-12", role="background", **ATTACK, **BONI),
    ], [[1]]),
    ("two main events of one article stay apart", [
        row(1, date="2024-03-12", **ATTACK, **BONI),
        {**row(2, date="2024-03-12", **ATTACK, **BONI), "doc_id": "d1"},
    ], [[1], [2]]),
    ("no date at all: alone", [
        row(1, date="2024-03-12", **ATTACK, **BONI),
        row(2, published=None, **ATTACK, **BONI),
    ], [[1], [2]]),
    ("no event date: publication date stands in", [
        row(1, date="2024-03-12", **ATTACK, **BONI),
        row(2, published="2024-03-13", **ATTACK, **BONI),
    ], [[1, 2]]),
    ("an IED and a clash nearby, same day: one incident told two ways", [
        row(1, date="2024-03-12", fatalities_best=6, **BOMB, **BONI),
        row(2, date="2024-03-12", fatalities_best=6, **ATTACK, **BONI_NEAR),
    ], [[1, 2]]),
    ("empty input", [], []),
]


@pytest.mark.parametrize(("name", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_cluster_reports(name, rows, expected):
    assert cluster_reports(rows) == expected


def test_chain_is_not_merged_through_a_middle_report():
    """A–B and B–C each link (25 km apart), A–C (50 km) does not: the guard keeps one pair."""
    east = dict(BONI, location="Tamba", latitude=15.0766, longitude=-1.9872)
    middle = dict(BONI, location="Kori", latitude=15.0766, longitude=-2.2198)
    west = dict(BONI, location="Zegue", latitude=15.0766, longitude=-2.4524)
    rows = [row(1, date="2024-03-12", **ATTACK, **east), row(2, date="2024-03-12", **ATTACK, **middle),
            row(3, date="2024-03-12", **ATTACK, **west)]
    groups = cluster_reports(rows)
    assert len(groups) == 2 and sorted(map(len, groups)) == [1, 2]


def test_output_is_deterministic_whatever_the_input_order():
    rows = [row(i, date=f"2024-03-{10 + i % 3:02d}", fatalities_best=10 + i % 4, **ATTACK,
                **(BONI if i % 2 else GAO)) for i in range(1, 21)]
    expected = cluster_reports(rows)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert cluster_reports(shuffled) == expected
    assert expected == sorted(sorted(g) for g in expected)
    assert sorted(i for g in expected for i in g) == list(range(1, 21))


def test_window_is_a_parameter():
    rows = [row(1, date="2024-03-10", **ATTACK, **BONI), row(2, date="2024-03-13", **ATTACK, **BONI)]
    assert cluster_reports(rows) == [[1], [2]]
    assert cluster_reports(rows, params=ClusterParams(window_days=3, threshold=0.55)) == [[1, 2]]


def test_row_without_report_id_is_an_input_error():
    bad = row(1, date="2024-03-12", **BONI)
    del bad["report_id"]
    with pytest.raises(InputError):
        cluster_reports([bad])
