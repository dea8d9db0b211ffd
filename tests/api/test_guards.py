"""Hostile requests get a 4xx naming what is wrong, before a route reads the body."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.cli.serve import served_hosts
from rasd.config import load_config


@pytest.fixture
def client(tmp_path):
    app = create_app(str(tmp_path / "guards.db"), cfg=load_config(api__max_body_bytes=4096))
    return TestClient(app, raise_server_exceptions=False)


def _post(client, path, body, **headers):
    return client.post(path, content=body, headers={"content-type": "application/json", **headers})


@pytest.mark.parametrize("body,field", [
    ('{"text": "Gunmen \\ud800 attacked Mopti."}', "text"),
    ('{"text": "Gunmen attacked Mopti.", "lang": "\\udfff"}', "lang"),
])
def test_a_lone_surrogate_is_a_422_naming_the_field(client, body, field):
    # it once made the error echo unencodable: a 500
    answer = _post(client, "/api/extract", body)
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["body", field]


@pytest.mark.parametrize("body,reason", [
    ('{"text": "   \\n "}', "empty"),
    ('{"text": "Gunmen attacked Mopti.", "published": "0001-01-01"}', "published"),
    ('{"text": "Gunmen attacked Mopti.", "published": "9999-12-31"}', "published"),
])
def test_a_text_or_date_the_pipeline_cannot_take_is_a_422(client, body, reason):
    answer = _post(client, "/api/extract", body)
    assert answer.status_code == 422 and reason in answer.json()["detail"]


def test_an_extract_past_its_time_limit_is_a_503(tmp_path):
    app = create_app(str(tmp_path / "slow.db"), cfg=load_config(api__max_extract_seconds=1e-9))
    answer = _post(TestClient(app), "/api/extract", '{"text": "Gunmen attacked Mopti."}')
    assert answer.status_code == 503 and "max_extract_seconds" in answer.json()["detail"]


@pytest.mark.parametrize("path", ["/api/extract", "/api/incidents/merge", "/api/reports/1"])
def test_an_oversized_body_is_refused_from_its_length_before_authentication(client, path):
    # no token sent: the size is answered first, whatever the endpoint
    answer = client.request("PATCH" if "reports" in path else "POST", path,
                            content=b"{}", headers={"content-length": str(10**9)})
    assert answer.status_code == 413


def test_a_chunked_body_is_cut_off_at_the_limit(client):
    def chunks():
        yield b'{"incident_ids": ['
        for _ in range(10_000):
            yield b"1, "
    answer = client.post("/api/incidents/merge", content=chunks())
    assert answer.status_code == 413


def test_ids_past_the_store_integers_are_a_422(client, tmp_path):
    from rasd.store import open_store
    from rasd.store.tokens import create_token
    token = create_token(open_store(str(tmp_path / "guards.db")), "analyst")
    answer = _post(client, "/api/incidents/merge", '{"incident_ids": [1, 9223372036854775808]}',
                   authorization=f"Bearer {token}")
    assert answer.status_code == 422


@pytest.mark.parametrize("host,status", [
    ("127.0.0.1:8000", 200), ("localhost", 200), ("[::1]:8000", 200),
    ("evil.example", 400), ("evil.example:8000", 400),
])
def test_only_the_served_hosts_are_answered(tmp_path, host, status):
    app = create_app(str(tmp_path / "hosts.db"), hosts=served_hosts("127.0.0.1", ()))
    answer = TestClient(app).get("/api/health", headers={"host": host})
    assert answer.status_code == status


def test_served_hosts_come_from_the_config_else_the_listening_address():
    assert served_hosts("0.0.0.0", ("rasd.example",)) == ("rasd.example",)
    assert served_hosts("0.0.0.0", ()) == ()
    assert served_hosts("10.0.0.5", ())[0] == "10.0.0.5"
