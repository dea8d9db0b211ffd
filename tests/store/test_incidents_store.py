import sqlalchemy as sa

from rasd.config import load_config
from rasd.store import ReportFilter, schema
from rasd.store.incidents import _stable_ids, rebuild_incidents

from .conftest import analysed

# one incident in three languages (dates within a day), and one elsewhere
SAME = [
    ("قتل 14 جنديا في هجوم شنه مسلحون على موقع للجيش في بولكيسي بمالي يوم الخميس.", "2025-01-13"),
    ("Quatorze soldats ont été tués jeudi dans une attaque contre un poste de l'armée à Boulkessi, au Mali.", "2025-01-13"),
    ("Gunmen killed 15 soldiers on Friday in an attack on an army post in Boulkessi, Mali.", "2025-01-11"),
]
OTHER = ("Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages.", "2025-01-13")


def _load(store):
    import datetime as dt

    run = store.start_run(load_config(), command="test")
    docs = [analysed(text, published=dt.date.fromisoformat(day)) for text, day in [*SAME, OTHER]]
    store.add_documents(docs, run_id=run)


def test_reports_of_one_incident_are_grouped_and_figures_reconciled(store):
    _load(store)
    summary = rebuild_incidents(store)
    assert summary.reports == 4 and summary.incidents == 2
    battle, protest = sorted(store.incidents(), key=lambda i: -i["reports"])
    assert battle["reports"] == 3 and len(battle["report_ids"]) == 3
    assert (battle["fatalities_low"], battle["fatalities_high"]) == (14, 15)
    assert battle["country"] == "Mali" and len(battle["sources"]) == 3
    assert protest["reports"] == 1 and protest["event_type"] == "Protests"
    assert store.count_reports(ReportFilter(incident_id=battle["id"])) == 3


def test_rebuild_keeps_ids_and_locked_incidents(store):
    _load(store)
    rebuild_incidents(store)
    first = {i["id"]: i["report_ids"] for i in store.incidents()}
    locked = min(first)
    with store.engine.begin() as conn:
        conn.execute(sa.update(schema.incidents).where(schema.incidents.c.id == locked)
                     .values(locked=True))
    rebuild_incidents(store)
    assert {i["id"]: i["report_ids"] for i in store.incidents()} == first
    assert store.count_incidents(ReportFilter(country="niger")) == 1


def test_stable_ids_give_each_old_id_to_its_largest_overlap():
    old = {7: {1, 2, 3}, 9: {4}}
    assert _stable_ids([[1], [2, 3], [4, 5], [6]], old) == [None, 7, 9, None]


def test_a_rebuild_racing_a_review_is_done_again(store, monkeypatch):
    # a review locked an incident after the rebuild read the store: the rebuild reinserted
    # its id (UNIQUE incidents.id) and the ingest that ran it crashed
    import rasd.store.incidents as incidents

    _load(store)
    rebuild_incidents(store)
    first = {i["id"]: i["report_ids"] for i in store.incidents()}
    locked = min(first)
    with store.engine.begin() as conn:
        conn.execute(sa.update(schema.incidents).where(schema.incidents.c.id == locked)
                     .values(locked=True))
    real, calls = incidents._current, []

    def stale(store_):  # what was stored before the review, once
        calls.append(1)
        now_locked, groups = real(store_)
        return (set(), {**groups, locked: set(first[locked])}) if len(calls) == 1 else (now_locked, groups)

    monkeypatch.setattr(incidents, "_current", stale)
    rebuild_incidents(store)
    assert len(calls) == 2 and {i["id"]: i["report_ids"] for i in store.incidents()} == first
