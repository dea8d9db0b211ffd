from rasd.eval.score import score_events

GOLD = {"role": "main", "event_date": "2025-01-09", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Military Forces of Mali (2021-)", "fatalities": 31, "fatalities_low": 31,
        "fatalities_best": 31, "fatalities_high": None, "injured": None, "abducted": None,
        "location": "Boulkessi", "claimant_roles": ["perpetrator"]}


def test_a_perfect_prediction_scores_one_everywhere():
    tallies = score_events([GOLD], [dict(GOLD)])
    assert tallies["events.detect"].as_dict()["f1"] == 1.0
    for name in ("sub_event_type", "event_date", "fatalities", "fatalities_in_range", "claimant_roles"):
        assert tallies[f"events.{name}"].as_dict()["accuracy"] == 1.0, name
    assert tallies["events.actor1"].as_dict()["f1"] == 1.0


def test_wrong_and_missing_events_count_against():
    wrong = dict(GOLD, sub_event_type="Attack", actor1="Unidentified Armed Group (Mali)", fatalities_best=40)
    tallies = score_events([GOLD, dict(GOLD, role="background", event_date="2024-12-01")], [wrong])
    assert tallies["events.detect"].as_dict()["recall"] == 0.5
    assert tallies["events.sub_event_type"].as_dict()["accuracy"] == 0.0
    # 40 lies in the open range 31–∞ of the first event; the background event was missed
    assert tallies["events.fatalities_in_range"].as_dict()["accuracy"] == 0.5
    assert tallies["events.actor1"].as_dict()["precision"] == 0.0
    assert tallies["events.background"].as_dict()["recall"] == 0.0


def test_no_incident_text_is_scored_on_silence():
    assert score_events([], [])["events.no_incident_texts"].as_dict()["accuracy"] == 1.0
    assert score_events([], [dict(GOLD)])["events.detect"].as_dict()["precision"] == 0.0


def test_event_errors_name_each_differing_field_and_each_missed_or_extra_event():
    from rasd.eval.score import event_errors

    wrong = dict(GOLD, sub_event_type="Attack", claimant_roles=["perpetrator", "state"])
    extra = {"role": "main", "event_date": "2025-03-01", "sub_event_type": "Looting/property destruction",
             "event_type": "Strategic developments", "location": "Gao", "fatalities": 0}
    background = dict(GOLD, role="background", event_date="2024-12-01", location="Djibo")
    errors = event_errors([GOLD, background], [wrong, extra])
    fields = [(e["event"], e["field"]) for e in errors]
    assert (0, "sub_event_type") in fields and (0, "claimant_roles") in fields
    assert (0, "fatalities") not in fields  # what agrees is not listed
    assert (1, "(missed)") in fields and (None, "(extra)") in fields
    assert event_errors([GOLD], [dict(GOLD)]) == []
