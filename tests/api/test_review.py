import pytest

from rasd.store import open_store
from rasd.store.incidents import rebuild_incidents
from rasd.store.tokens import create_token, revoke_token


def _incidents(api):
    return {i["location"]: i for i in api.client.get("/api/incidents").json()["items"]}


def _reviews(api, **query):
    return api.client.get("/api/reviews", params=query).json()


@pytest.mark.parametrize(("method", "path", "body"), [
    ("post", "/api/incidents/1/confirm", {}),
    ("patch", "/api/reports/1", {"field": "fatalities", "value": 3}),
    ("post", "/api/incidents/merge", {"incident_ids": [1, 2]}),
    ("post", "/api/incidents/1/split", {"report_ids": [1]}),
])
def test_writes_need_a_valid_token(api, method, path, body):
    call = getattr(api.client, method)
    with open_store(api.db) as store:
        other = create_token(store, "bob")
        revoke_token(store, "bob")
    for headers in ({}, api.auth("not-a-token"), api.auth(other),
                    {"Authorization": f"Basic {api.token}"}):
        response = call(path, json=body, headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json()["detail"]
    assert _reviews(api)["total"] == 0


def test_confirm_locks_and_is_audited(api):
    djibo = _incidents(api)["Djibo"]
    response = api.client.post(f"/api/incidents/{djibo['id']}/confirm",
                               json={"comment": "checked"}, headers=api.auth())
    assert response.status_code == 200
    assert response.json()["incidents"][0]["locked"] is True
    [row] = _reviews(api)["items"]
    assert (row["reviewer"], row["action"], row["target"], row["target_id"]) == (
        "alice", "confirm", "incident", djibo["id"])
    assert (row["before"], row["after"], row["comment"]) == ({"locked": False}, {"locked": True},
                                                             "checked")
    # a body is optional
    assert api.client.post(f"/api/incidents/{djibo['id']}/confirm",
                           headers=api.auth()).status_code == 200


def test_correct_updates_the_report_and_reconciles_its_incident(api):
    boulkessi = _incidents(api)["Boulkessi"]
    report_id = boulkessi["report_ids"][0]
    response = api.client.patch(f"/api/reports/{report_id}", headers=api.auth(),
                                json={"field": "fatalities_best", "value": 40, "comment": "typo"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["report"]["fatalities_best"] == 40 and body["reviewer"] == "alice"
    incident = body["incidents"][0]
    assert incident["locked"] is True and incident["fatalities_high"] == 40
    [row] = _reviews(api, target="report", target_id=report_id)["items"]
    assert (row["field"], row["before"], row["after"]) == ("fatalities_best", 14, 40)
    detail = api.client.get(f"/api/incidents/{boulkessi['id']}").json()
    assert [r["id"] for r in detail["reviews"]] == [row["id"]]


@pytest.mark.parametrize(("field", "value", "after"), [
    ("event_date", "2025-01-08", "2025-01-08"),
    ("location", "Boulkessi camp", "Boulkessi camp"),
    ("latitude", 14, 14.0),
    ("sub_event_type", "Attack", "Attack"),
    ("notes", None, None),
])
def test_correct_each_kind_of_field(api, field, value, after):
    report_id = _incidents(api)["Boulkessi"]["report_ids"][1]
    response = api.client.patch(f"/api/reports/{report_id}", headers=api.auth(),
                                json={"field": field, "value": value})
    assert response.status_code == 200, response.text
    assert response.json()["report"][field] == after


@pytest.mark.parametrize(("body", "status"), [
    ({"field": "doc_id", "value": "x"}, 422),
    ({"field": "partisan", "value": True}, 422),
    ({"field": "fatalities", "value": "many"}, 422),
    ({"field": "fatalities", "value": -1}, 422),
    ({"field": "fatalities", "value": 2.5}, 422),
    ({"field": "latitude", "value": 123.0}, 422),
    ({"field": "event_date", "value": "2025-02-30"}, 422),
    ({"field": "event_type", "value": "Picnic"}, 422),
    ({"field": "fatalities"}, 422),
    ({"value": 3}, 422),
])
def test_bad_corrections_say_why(api, body, status):
    report_id = _incidents(api)["Boulkessi"]["report_ids"][0]
    response = api.client.patch(f"/api/reports/{report_id}", headers=api.auth(), json=body)
    assert response.status_code == status
    assert response.json()["detail"]
    assert _reviews(api)["total"] == 0


def test_merge_keeps_the_lowest_id_with_every_report(api):
    found = _incidents(api)
    ids = [found["Djibo"]["id"], found["Boulkessi"]["id"]]
    reports = found["Djibo"]["report_ids"] + found["Boulkessi"]["report_ids"]
    response = api.client.post("/api/incidents/merge", headers=api.auth(),
                               json={"incident_ids": ids, "comment": "same attack"})
    assert response.status_code == 200, response.text
    [kept] = response.json()["incidents"]
    assert kept["id"] == min(ids) and sorted(kept["report_ids"]) == sorted(reports)
    assert kept["locked"] is True and kept["reports"] == 4
    assert api.client.get(f"/api/incidents/{max(ids)}").status_code == 404
    rows = _reviews(api, target="incident")["items"]
    assert sorted(r["target_id"] for r in rows) == sorted(ids)
    assert {r["action"] for r in rows} == {"merge"}


def test_split_moves_reports_to_a_new_locked_incident(api):
    boulkessi = _incidents(api)["Boulkessi"]
    moving = boulkessi["report_ids"][-1:]
    response = api.client.post(f"/api/incidents/{boulkessi['id']}/split", headers=api.auth(),
                               json={"report_ids": moving})
    assert response.status_code == 200, response.text
    old, new = response.json()["incidents"]
    assert old["id"] == boulkessi["id"] and old["report_ids"] == boulkessi["report_ids"][:-1]
    assert new["report_ids"] == moving and old["locked"] and new["locked"]
    assert new["reports"] == 1 and old["reports"] == 2
    assert _reviews(api)["total"] == 2
    # a rebuild keeps both as the analyst left them
    with open_store(api.db) as store:
        rebuild_incidents(store)
    again = api.client.get(f"/api/incidents/{new['id']}").json()
    assert again["report_ids"] == moving


@pytest.mark.parametrize(("path", "body", "status"), [
    ("/api/incidents/merge", {"incident_ids": [1, 1]}, 400),
    ("/api/incidents/merge", {"incident_ids": [1]}, 422),
    ("/api/incidents/merge", {"incident_ids": [1, 999999]}, 404),
    ("/api/incidents/999999/split", {"report_ids": [1]}, 404),
    ("/api/incidents/999999/confirm", {}, 404),
    ("/api/incidents/1/confirm", {"bogus": 1}, 422),
    ("/api/incidents/1/split", {"report_ids": []}, 422),
])
def test_bad_review_actions(api, path, body, status):
    response = api.client.post(path, headers=api.auth(), json=body)
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_split_refuses_foreign_reports_and_taking_them_all(api):
    found = _incidents(api)
    boulkessi, djibo = found["Boulkessi"], found["Djibo"]
    path = f"/api/incidents/{boulkessi['id']}/split"
    for moving in (djibo["report_ids"], boulkessi["report_ids"]):
        response = api.client.post(path, headers=api.auth(), json={"report_ids": moving})
        assert response.status_code == 400 and response.json()["detail"]
    assert api.client.patch("/api/reports/999999", headers=api.auth(),
                            json={"field": "notes", "value": "x"}).status_code == 404


def test_reviews_page_newest_first(api):
    ids = [i["id"] for i in api.client.get("/api/incidents").json()["items"]]
    for incident_id in ids:
        api.client.post(f"/api/incidents/{incident_id}/confirm", headers=api.auth())
    page = _reviews(api, limit=2)
    assert page["total"] == len(ids) and len(page["items"]) == 2
    assert [r["target_id"] for r in page["items"]] == ids[::-1][:2]
    assert _reviews(api, target="incident", target_id=ids[0])["total"] == 1
    assert api.client.get("/api/reviews?target=document").status_code == 422


def _report(api, report_id):
    return api.client.get(f"/api/reports/{report_id}").json()


def _correct(api, report_id, **body):
    response = api.client.patch(f"/api/reports/{report_id}", headers=api.auth(), json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_correcting_admin1_alone_moves_the_report_to_the_units_centroid(api):
    """Boulkessi (in Douentza) recoded to the Ségou region: the place is not in Ségou, so
    the report goes to the region's centroid at precision 3; the incident follows."""
    incident = _incidents(api)["Boulkessi"]
    report_id = incident["report_ids"][0]
    body = _correct(api, report_id, field="admin1", value="Ségou", comment="region")
    report = body["report"]
    assert report["admin1"] == "Ségou" and report["geo_precision"] == 3
    assert abs(report["latitude"] - 13.3) < 1.0 and abs(report["longitude"] + 6.0) < 1.5
    moved = {r["field"]: r for r in _reviews(api, target="report", target_id=report_id)["items"]}
    assert set(moved) == {"admin1", "latitude", "longitude", "geo_precision"}
    assert moved["latitude"]["comment"] == "moved with the admin1 correction: region"


def test_correcting_admin1_keeps_a_location_that_lies_in_the_new_unit(api):
    """The location is a known place of the corrected region: its own point stays (precision
    1) instead of the region's centroid."""
    report_id = _incidents(api)["Boulkessi"]["report_ids"][0]
    _correct(api, report_id, field="latitude", value=10.0)
    report = _correct(api, report_id, field="admin1", value="Douentza")["report"]
    assert report["geo_precision"] == 1
    assert abs(report["latitude"] - 15.0) < 0.5 and abs(report["longitude"] + 1.4) < 0.5


def test_correcting_admin2_moves_the_report_to_the_cercles_centroid(api):
    report_id = _incidents(api)["Boulkessi"]["report_ids"][1]
    _correct(api, report_id, field="admin1", value="Mopti")
    report = _correct(api, report_id, field="admin2", value="Djenné")["report"]
    assert report["geo_precision"] == 2
    assert abs(report["latitude"] - 13.9) < 0.6 and abs(report["longitude"] + 4.5) < 0.6


def test_a_location_given_with_its_coordinates_takes_them(api):
    report_id = _incidents(api)["Boulkessi"]["report_ids"][2]
    report = _correct(api, report_id, field="location", value="Gao",
                      latitude=16.27167, longitude=-0.04472)["report"]
    assert (report["location"], report["latitude"], report["longitude"],
            report["geo_precision"]) == ("Gao", 16.27167, -0.04472, 1)


def test_an_unknown_unit_leaves_the_coordinates(api):
    report_id = _incidents(api)["Boulkessi"]["report_ids"][0]
    before = _report(api, report_id)
    report = _correct(api, report_id, field="admin1", value="Atlantis")["report"]
    assert (report["latitude"], report["longitude"]) == (before["latitude"], before["longitude"])


@pytest.mark.parametrize("body", [
    {"field": "admin1", "value": "Gao", "latitude": 16.2, "longitude": -0.04},
    {"field": "location", "value": "Gao", "latitude": 16.2},
    {"field": "location", "value": "Gao", "latitude": 95.0, "longitude": 0.0},
])
def test_coordinates_go_only_with_a_location_and_in_pairs(api, body):
    report_id = _incidents(api)["Boulkessi"]["report_ids"][0]
    response = api.client.patch(f"/api/reports/{report_id}", headers=api.auth(), json=body)
    assert response.status_code == 422
    assert _reviews(api)["total"] == 0
