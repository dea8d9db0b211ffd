import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.config import load_config
from rasd.errors import StoreError
from rasd.store.tokens import create_token, list_tokens, revoke_token, token_hash, verify_token

from .conftest import make_api

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "object-src 'none'; frame-ancestors 'none'")


def test_openapi_lists_every_endpoint_of_the_contract(api):
    documented = set(re.findall(r"^\| `(GET|POST|PATCH|PUT|DELETE) (/api/[^`]*)`",
                                API_MD.read_text(encoding="utf-8"), re.MULTILINE))
    assert len(documented) >= 14
    paths = api.client.get("/openapi.json").json()["paths"]
    served = {(method.upper(), re.sub(r"\{[^}]+\}", "{id}", path))
              for path, methods in paths.items() for method in methods}
    for method, path in documented:
        assert (method, re.sub(r"\{[^}]+\}", "{id}", path)) in served, (method, path)
    incident = paths["/api/incidents"]["get"]["responses"]["200"]["content"]
    assert "$ref" in incident["application/json"]["schema"]  # a real schema, not "any"


@pytest.mark.parametrize("path", ["/api/health", "/api/incidents", "/api/incidents/999999",
                                  "/api/incidents?limit=0", "/docs", "/openapi.json", "/",
                                  "/docs-assets/init.js", "/static/nothing-here.js",
                                  "/no/such/page"])
def test_every_response_has_the_security_headers(api, path):
    response = api.client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_docs_page_loads_only_local_scripts(api):
    page = api.client.get("/docs").text
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts and all('src="/docs-assets/' in s for s in scripts)
    assert "<script>" not in page  # no inline script: the CSP would block it
    assert api.client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_reads_can_require_a_token(db_url):
    cfg = load_config(api__read_token_required=True)
    api = make_api(db_url, cfg)
    with api.client:
        assert api.client.get("/api/health").status_code == 200
        for path in ("/api/incidents", "/api/reports", "/api/documents", "/api/timeline",
                     "/api/reviews", "/api/incidents/1"):
            assert api.client.get(path).status_code == 401, path
            assert api.client.get(path, headers=api.auth("wrong")).status_code == 401
        assert api.client.get("/api/incidents", headers=api.auth()).status_code == 200
        assert api.client.post("/api/extract", json={"text": "x"}).status_code == 401


EXTRACT = {"text": "Gunmen killed 15 soldiers on Friday in an attack on an army post in "
                   "Boulkessi, Mali.", "published": "2025-01-13"}


def test_extract_analyses_without_storing(api):
    before = api.client.get("/api/documents").json()["total"]
    response = api.client.post("/api/extract", json=EXTRACT)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["lang"] == "en" and body["text"] == EXTRACT["text"]
    [event] = body["events"]
    assert event["fatalities"] == 15 and event["event_date"] == "2025-01-10"
    start, end = event["evidence"]["fatalities"][0]
    assert "15" in body["text"][start:end]
    assert api.client.get("/api/documents").json()["total"] == before
    forced = api.client.post("/api/extract", json={**EXTRACT, "lang": "fr"}).json()
    assert forced["lang"] == "fr"


@pytest.mark.parametrize(("body", "status"), [
    ({**EXTRACT, "published": "2025-02-30"}, 422),
    ({**EXTRACT, "published": "last week"}, 422),
    ({**EXTRACT, "lang": "de"}, 422),
    ({"text": ""}, 422),
    ({"published": "2025-01-13"}, 422),
    ({**EXTRACT, "extra": 1}, 422),
])
def test_extract_refuses_bad_bodies(api, body, status):
    response = api.client.post("/api/extract", json=body)
    assert response.status_code == status and response.json()["detail"]


def test_extract_refuses_huge_texts_with_413(db_url):
    api = make_api(db_url, load_config(api__max_extract_bytes=1000))
    with api.client:
        response = api.client.post("/api/extract", json={"text": "قتل " * 300})
        assert response.status_code == 413 and "1000 bytes" in response.json()["detail"]
        huge = api.client.post("/api/extract", content=b'{"text": "' + b"a" * 20_000 + b'"}',
                               headers={"content-type": "application/json"})
        assert huge.status_code == 413


def test_not_json_is_422(api):
    response = api.client.post("/api/extract", content=b"<html>",
                               headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_tokens_are_stored_hashed_listed_and_revoked(store):
    secret = create_token(store, "carol")
    assert len(secret) >= 40 and verify_token(store, secret) == "carol"
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT token_hash FROM tokens").scalars().all()
    assert stored == [token_hash(secret)] and secret not in stored
    with pytest.raises(StoreError, match="exists already"):
        create_token(store, "carol")
    with pytest.raises(StoreError, match="not a token name"):
        create_token(store, "two words")
    [info] = list_tokens(store)
    assert info.name == "carol" and info.revoked_at is None
    revoke_token(store, "carol")
    assert verify_token(store, secret) is None and list_tokens(store)[0].revoked_at
    with pytest.raises(StoreError, match="no active token"):
        revoke_token(store, "carol")
    assert verify_token(store, "") is None and verify_token(store, "x" * 600) is None


def test_index_serves_the_web_app_or_says_it_is_missing(tmp_path):
    with TestClient(create_app(str(tmp_path / "x.db"))) as client:
        response = client.get("/")
    if (Path(create_app.__code__.co_filename).parent.parent / "web" / "static"
            / "index.html").is_file():
        assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    else:
        assert response.status_code == 404 and response.json()["detail"]
