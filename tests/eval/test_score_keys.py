"""The corpus keys beyond docs/golden-events.md: country, admin1, location_latin, materiel,
not_actors (docs/eval.md)."""

import pytest

from rasd.doc import ArticleDoc
from rasd.eval.gold import GoldItem
from rasd.eval.keys import place_key
from rasd.eval.score import evaluate, event_errors, score_events
from rasd.records import EventRecord, Materiel

BASE = {"role": "main", "event_date": "2024-03-14", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "actor1": "JNIM: Group for Support of Islam and Muslims",
        "actor2": "Military Forces of Mali (2021-)", "fatalities": 4, "location": "Ténenkou"}


@pytest.mark.parametrize("gold, predicted, same", [
    ("Diafarabé", "Diafarabe", True),
    ("Dia-Farabé", "diafarabe", True),
    ("Ouahigouya", "Ouahi gouya", True),
    ("Diafarabé", "Dioura", False),
    ("Fada N’Gourma", "Fada N'Gourma", True),
    ("Fada N‘Gourma", "fada n'gourma", True),
    ("Diafarabé", None, False),
])
def test_place_names_compare_without_accents_case_hyphens_or_spaces(gold, predicted, same):
    assert (place_key(gold) == place_key(predicted)) is same


def test_place_keys_score_only_events_that_carry_them():
    gold = [dict(BASE, country="Mali", admin1="Mopti", location_latin="Tenenkou"),
            dict(BASE, role="background", event_date="2024-02-01", country="Mali", admin1=None,
                 location_latin=None)]
    pred = [dict(BASE, country="Mali", admin1="Ségou", location_resolved="Ténenkou"),
            dict(BASE, role="background", event_date="2024-02-01", country="Mali", admin1="Mopti")]
    tallies = score_events(gold, pred)
    assert tallies["events.country"].as_dict() == {"accuracy": 1.0, "n": 2}
    assert tallies["events.admin1"].as_dict() == {"accuracy": 0.0, "n": 1}  # null is not scored
    assert tallies["events.location_latin"].as_dict() == {"accuracy": 1.0, "n": 1}


def test_gold_without_the_keys_has_no_such_metric():
    tallies = score_events([dict(BASE)], [dict(BASE)])
    for key in ("country", "admin1", "location_latin", "materiel", "not_actors"):
        assert f"events.{key}" not in tallies


def test_a_missed_event_counts_against_its_place_keys():
    gold = [dict(BASE, country="Burkina Faso", location_latin="Djibo")]
    assert score_events(gold, [])["events.country"].as_dict() == {"accuracy": 0.0, "n": 1}


def test_materiel_is_a_set_f1_over_item_count_and_action():
    gold = [dict(BASE, materiel=[{"item": "motorbike", "count": 12, "action": "burnt"},
                                 {"item": "rifle", "count": 7, "action": "captured"},
                                 {"item": "pkm", "count": 1, "action": "captured"}])]
    pred = [dict(BASE, materiel=[{"item": "motorbike", "count": 12, "action": "burnt", "span": [0, 3]},
                                 {"item": "rifle", "count": 5, "action": "captured", "span": [4, 9]}])]
    found = score_events(gold, pred)["events.materiel"].as_dict()
    assert (found["tp"], found["fp"], found["fn"]) == (1, 1, 2)


def test_an_empty_gold_materiel_list_makes_every_predicted_item_a_false_positive():
    pred = [dict(BASE, materiel=[{"item": "truck", "count": None, "action": "looted"}])]
    found = score_events([dict(BASE, materiel=[])], pred)["events.materiel"].as_dict()
    assert (found["tp"], found["fp"], found["fn"]) == (0, 1, 0)


@pytest.mark.parametrize("slot, name, wrong", [
    ("actor2", "Wagner Group", True),
    ("assoc_actor_2", "Wagner Group", True),
    ("assoc_actor_1", "Africa Corps", True),
    ("actor2", "Military Forces of Mali (2021-)", False),
])
def test_a_not_actor_named_as_a_party_is_an_error(slot, name, wrong):
    gold = [dict(BASE, not_actors=["Wagner Group", "Africa Corps"])]
    tally = score_events(gold, [dict(BASE, **{slot: name})])["events.not_actors"].as_dict()
    assert tally == {"accuracy": 0.5 if wrong else 1.0, "n": 2}
    fields = {e["field"]: e for e in event_errors(gold, [dict(BASE, **{slot: name})])}
    assert ("not_actors" in fields) is wrong


def test_errors_list_the_new_keys():
    gold = [dict(BASE, country="Niger", admin1="Tillabéri", location_latin="Ayorou",
                 materiel=[{"item": "vehicle", "count": 2, "action": "destroyed"}])]
    pred = [dict(BASE, country="Niger", admin1="Tillaberi", location_resolved="Ayourou",
                 materiel=[])]
    errors = {e["field"]: e for e in event_errors(gold, pred)}
    assert "country" not in errors and "admin1" not in errors
    assert errors["location_latin"]["predicted"] == "Ayourou"
    assert errors["materiel"]["gold"] == [("vehicle", 2, "destroyed")]


def test_evaluate_reads_the_keys_from_predicted_records():
    expected = {"events": [dict(BASE, country="Mali", location_latin="Tenenkou",
                                materiel=[{"item": "rpg", "count": 2, "action": "seized"}])]}
    item = GoldItem("x", "Army units seized two RPG launchers near Tenenkou.", None, "en", None,
                    expected)
    record = EventRecord(event_id="e", doc_id="d", pipeline_version="t", event_date="2024-03-14",
                         time_precision=1, event_type="Battles", sub_event_type="Armed clash",
                         country="Mali", location="Ténenkou", location_text="Tenenkou",
                         materiel=(Materiel(item="rpg", count=2, action="seized", span=(18, 21)),))

    def run(item):
        return ArticleDoc.from_text(item.text, lang="en").with_layers(events=(record,))

    report = evaluate([item], run).as_dict()["languages"]["en"]
    assert report["events.country"]["accuracy"] == 1.0
    assert report["events.location_latin"]["accuracy"] == 1.0
    assert report["events.materiel"]["f1"] == 1.0


def test_location_latin_reads_the_resolved_name_not_the_words_of_the_text():
    """Regression: the scorer compared the Arabic words of the text with the Latin gold name,
    so every Arabic event scored 0 on location_latin."""
    from rasd.eval.score import _event_dict

    class Record:
        def model_dump(self, mode: str) -> dict:
            return dict(BASE, claims=[], location="Ténenkou", location_text="تننكو")

    pred = _event_dict(Record())
    assert pred["location"] == "تننكو"
    gold = [dict(BASE, location_latin="Tenenkou")]
    assert score_events(gold, [pred])["events.location_latin"].as_dict() == {"accuracy": 1.0,
                                                                             "n": 1}
