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


def _event(role, date, sub, place, actor="Unidentified Armed Group (Mali)", toll=0):
    kind = {"Armed clash": "Battles", "Attack": "Violence against civilians",
            "Peaceful protest": "Protests"}[sub]
    return {"role": role, "event_date": date, "sub_event_type": sub, "event_type": kind,
            "location": place, "actor1": actor, "fatalities": toll}


def test_pairing_is_an_optimal_assignment_not_greedy():
    # greedy takes the best pair G0-P0 and strands G1, whose only partner is P0
    g0 = _event("main", "2024-05-02", "Attack", "Bankass", toll=7)
    g1 = _event("background", "2024-04-20", "Armed clash", "Djibo", toll=3)
    p0 = _event("background", "2024-04-20", "Attack", "Bankass", toll=7)
    p1 = _event("main", "2024-06-30", "Armed clash", "Gao", toll=1)
    from rasd.eval.score import _pair_events
    assert _pair_events([g0, g1], [p0, p1]) == {0: 1, 1: 0}
    assert score_events([g0, g1], [p0, p1])["events.detect"].as_dict()["recall"] == 1.0


def test_a_shared_type_alone_pairs_no_events():
    gold = _event("background", "2021-03-01", "Peaceful protest", "Ouagadougou")
    pred = _event("main", "2021-03-09", "Peaceful protest", "Gao",
                  actor="Protesters (Mali)")
    tallies = score_events([gold], [pred])
    assert tallies["events.detect"].as_dict()["recall"] == 0.0
    assert tallies["events.sub_event_type"].as_dict()["accuracy"] == 0.0


def test_among_several_gold_events_each_prediction_goes_to_its_own_incident():
    gold = [_event("main", "2023-02-11", "Attack", "Kaya", toll=12),
            _event("main", "2023-02-11", "Armed clash", "Dori", toll=4)]
    pred = [_event("main", "2023-02-11", "Armed clash", "Dori", toll=4),
            _event("main", "2023-02-11", "Attack", "Kaya", toll=12)]
    from rasd.eval.score import _pair_events
    assert _pair_events(gold, pred) == {0: 1, 1: 0}


def test_assignment_handles_more_gold_than_predictions_and_forbidden_pairs():
    from rasd.eval.assign import max_weight_pairs
    assert max_weight_pairs([[0, 5], [9, 0], [4, 4]]) == {0: 1, 1: 0}
    assert max_weight_pairs([[3, 0, 0]]) == {0: 0}
    assert max_weight_pairs([[0, 0]]) == {}
    assert max_weight_pairs([]) == {}
