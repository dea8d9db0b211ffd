import pytest

from .conftest import HOSTILE


def _incident(api, location):
    items = api.client.get("/api/incidents").json()["items"]
    return next(i for i in items if i["location"] == location)


def test_health_names_the_backend(api, db_url):
    body = api.client.get("/api/health").json()
    assert body["status"] == "ok" and body["version"]
    assert body["backend"] == ("sqlite" if "://" not in db_url else "postgresql")


def test_incidents_latest_first_with_reports_and_sources(api):
    page = api.client.get("/api/incidents").json()
    assert (page["total"], page["limit"], page["offset"]) == (5, 50, 0)
    dates = [i["event_date"] for i in page["items"]]
    assert dates == sorted(dates, reverse=True)
    boulkessi = _incident(api, "Boulkessi")
    assert boulkessi["reports"] == 3 and len(boulkessi["report_ids"]) == 3
    assert (boulkessi["fatalities_low"], boulkessi["fatalities_high"]) == (14, 15)
    assert {s["doc_source"] for s in boulkessi["sources"]} == {"Source A", "Source B", "Source C"}
    assert boulkessi["locked"] is False


@pytest.mark.parametrize(("query", "locations"), [
    ("country=mali", {"Boulkessi", "Menaka"}),
    ("country=Burkina%20Faso&from=2025-02-10", {"Djibo"}),
    ("from=2025-01-01&to=2025-01-31", {"Boulkessi"}),
    ("event_type=Protests", {"Niamey"}),
    ("sub_event_type=armed%20clash", {"Boulkessi", "Menaka"}),
    ("actor=military%20forces%20of%20mali", {"Boulkessi", "Menaka"}),
    ("partisan=true", {"Menaka"}),
    ("claimant=local", {"Djibo"}),
    ("claimant=government", {"Menaka"}),
    ("country=Chad", set()),
    # a repeated filter matches any of its values (it once kept only the last one)
    ("country=Mali&country=Niger", {"Boulkessi", "Menaka", "Niamey"}),
    ("country=Chad&country=burkina%20faso&from=2025-02-10", {"Djibo"}),
    ("event_type=Protests&event_type=Battles", {"Niamey", "Boulkessi", "Menaka"}),
    ("claimant=local&claimant=government", {"Djibo", "Menaka"}),
])
def test_incident_filters(api, query, locations):
    page = api.client.get(f"/api/incidents?{query}").json()
    assert {i["location"] for i in page["items"]} == locations
    assert page["total"] == len(locations)


def test_partisan_false_leaves_incidents_resting_on_a_party_out(api):
    items = api.client.get("/api/incidents?partisan=false").json()["items"]
    assert "Menaka" not in {i["location"] for i in items} and len(items) == 4


@pytest.mark.parametrize(("query", "status"), [
    ("limit=0", 422), ("limit=501", 422), ("limit=10000", 422), ("offset=-1", 422),
    ("limit=abc", 422), ("from=2025-13-01", 422), ("from=yesterday", 422),
    ("partisan=maybe", 422), ("from=2025-02-01&to=2025-01-01", 400),
])
def test_bad_parameters_are_4xx_with_a_detail(api, query, status):
    for path in ("/api/incidents", "/api/reports", "/api/timeline"):
        response = api.client.get(f"{path}?{query}")
        if path == "/api/timeline" and query.startswith(("limit", "offset")):
            continue  # the timeline is not paginated
        assert response.status_code == status, (path, query)
        assert response.json()["detail"]


def test_pagination_pages_through_everything_once(api):
    seen = []
    for offset in range(0, 5, 2):
        page = api.client.get(f"/api/incidents?limit=2&offset={offset}").json()
        assert page["limit"] == 2 and page["offset"] == offset and page["total"] == 5
        seen += [i["id"] for i in page["items"]]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == 5
    assert api.client.get("/api/incidents?offset=100").json()["items"] == []


def test_incident_page_has_reports_evidence_documents_and_reviews(api):
    boulkessi = _incident(api, "Boulkessi")
    detail = api.client.get(f"/api/incidents/{boulkessi['id']}").json()
    assert [r["report_id"] for r in detail["reports"]] == boulkessi["report_ids"]
    assert detail["reviews"] == [] and len(detail["documents"]) == 3
    for report in detail["reports"]:
        text = detail["documents"][report["doc_id"]]["text"]
        start, end = report["evidence"]["fatalities"][0]
        assert text[start:end].strip(), report["evidence"]
        assert report["incident_id"] == boulkessi["id"]


def test_reports_filters_and_one_report(api):
    page = api.client.get("/api/reports?lang=ar").json()
    assert page["total"] == 1 and page["items"][0]["doc_lang"] == "ar"
    assert page["items"][0]["doc_source"] == "Source A"
    partisan = api.client.get("/api/reports?partisan=true").json()["items"]
    assert [r["location"] for r in partisan] == ["Menaka"] and partisan[0]["partisan"] is True
    assert api.client.get("/api/reports?claimant=local%20official").json()["total"] == 1
    one = partisan[0]
    again = api.client.get(f"/api/reports/{one['report_id']}").json()
    assert again == one
    assert api.client.get("/api/reports?lang=de").status_code == 422


def test_documents_without_text_then_one_with_text(api):
    page = api.client.get("/api/documents?limit=3").json()
    assert page["total"] == 7 and len(page["items"]) == 3
    assert all("text" not in d for d in page["items"])
    doc = page["items"][0]
    full = api.client.get(f"/api/documents/{doc['doc_id']}").json()
    assert full["chars"] == len(full["text"]) and full["report_ids"]
    assert api.client.get("/api/documents?lang=fr").json()["total"] == 2


@pytest.mark.parametrize("path", [
    "/api/incidents/999999", "/api/reports/999999", "/api/documents/0123456789abcdef0123",
])
def test_unknown_ids_are_404(api, path):
    response = api.client.get(path)
    assert response.status_code == 404 and "no " in response.json()["detail"]


@pytest.mark.parametrize("path", ["/api/incidents/0", "/api/incidents/abc",
                                  "/api/reports/-3", "/api/documents/not-a-hash"])
def test_malformed_ids_are_422(api, path):
    assert api.client.get(path).status_code == 422


@pytest.mark.parametrize(("bucket", "expected"), [
    ("day", [("2025-01-09", 1, 14), ("2025-02-04", 1, 5), ("2025-02-17", 1, 4),
             ("2025-03-07", 1, 0), ("2025-03-19", 1, 20)]),
    ("week", [("2025-01-06", 1, 14), ("2025-02-03", 1, 5), ("2025-02-17", 1, 4),
              ("2025-03-03", 1, 0), ("2025-03-17", 1, 20)]),
    ("month", [("2025-01", 1, 14), ("2025-02", 2, 9), ("2025-03", 2, 20)]),
])
def test_timeline_buckets(api, bucket, expected):
    body = api.client.get(f"/api/timeline?bucket={bucket}").json()
    assert [(p["period"], p["incidents"], p["fatalities"]) for p in body] == expected


def test_timeline_filters_and_bad_bucket(api):
    body = api.client.get("/api/timeline?bucket=month&country=Mali").json()
    assert [(p["period"], p["incidents"]) for p in body] == [("2025-01", 1), ("2025-03", 1)]
    assert api.client.get("/api/timeline?bucket=year").status_code == 422


def test_article_markup_comes_back_as_a_plain_json_string(api):
    docs = api.client.get("/api/documents?limit=50").json()["items"]
    hostile = next(d for d in docs if d["source"] == "Source D")
    response = api.client.get(f"/api/documents/{hostile['doc_id']}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["text"] == HOSTILE[0]
    assert '<script>alert(1)</script>' in response.json()["text"]
    assert '" onmouseover="' in response.json()["text"]
    assert not response.text.lstrip().startswith("<")
