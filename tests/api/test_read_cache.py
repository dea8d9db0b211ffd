"""The read cache (rasd.api.cache): repeated reads are served from it, and no answer
outlives a change to the store, whoever makes it (this server's reviews, another process's
ingest), on both backends."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi import Request

from rasd.api.cache import ReadCache
from rasd.config import load_config
from rasd.store import open_store, schema
from rasd.store.tokens import revoke_token
from rasd.store.version import DataVersion

from .conftest import fill, make_api

READS = ["/api/incidents", "/api/incidents?country=Mali&limit=2", "/api/facets",
         "/api/timeline?bucket=month", "/api/reports?limit=3"]


def _cache(api) -> ReadCache:
    return api.client.app.state.rasd.cache


def test_a_repeated_read_is_a_hit_and_answers_the_same(api):
    cache = _cache(api)
    first = [api.client.get(url) for url in READS]
    misses, hits = cache.misses, cache.hits
    again = [api.client.get(url) for url in READS]
    assert [r.status_code for r in first + again] == [200] * 2 * len(READS)
    assert [r.json() for r in again] == [r.json() for r in first]
    assert (cache.misses, cache.hits) == (misses, hits + len(READS))
    assert all(r.headers["content-type"] == "application/json" for r in again)


def test_a_change_by_another_connection_is_seen_on_the_next_read(api):
    before = api.client.get("/api/incidents?country=Mali").json()
    assert before["total"] >= 1
    # another process (an ingest, a script) changes the store behind the server's back
    with open_store(api.db) as other, other.engine.begin() as conn:
        conn.execute(sa.update(schema.incidents).where(schema.incidents.c.country == "Mali")
                     .values(country="Niger"))
    after = api.client.get("/api/incidents?country=Mali").json()
    assert after["total"] == 0 and after["items"] == []


def test_a_review_through_the_api_is_seen_on_the_next_read(api):
    page = api.client.get("/api/incidents").json()
    target = next(i for i in page["items"] if i["location"] == "Boulkessi")
    response = api.client.patch(f"/api/reports/{target['report_ids'][0]}", headers=api.auth(),
                                json={"field": "fatalities_best", "value": 40})
    assert response.status_code == 200, response.text
    now = {i["id"]: i for i in api.client.get("/api/incidents").json()["items"]}
    assert now[target["id"]]["fatalities_high"] == 40 and now[target["id"]]["locked"] is True


def test_the_data_version_changes_with_every_commit_of_another_connection(db_url):
    with open_store(db_url) as store, open_store(db_url) as other:
        version = DataVersion(store.engine)
        try:
            first = version.current()
            assert first is not None and version.current() == first  # reading changes nothing
            with other.engine.begin() as conn:
                conn.execute(sa.insert(schema.tokens).values(
                    name="probe", token_hash="0" * 64, created_at=sa.func.now()))
            assert version.current() != first
        finally:
            version.close()


def test_an_in_memory_store_is_never_cached():
    with open_store("sqlite:///:memory:") as store:
        assert DataVersion(store.engine).current() is None


class _Fixed:
    def __init__(self) -> None:
        self.value = 1

    def current(self) -> int:
        return self.value


def test_memory_is_bounded_oldest_out_and_a_new_version_empties_it():
    version = _Fixed()
    cache = ReadCache(version, max_bytes=25)  # type: ignore[arg-type]
    made: list[str] = []

    def make(name: str):
        return lambda: made.append(name) or name.encode() * 10

    for name in "abc":
        cache.get(("/x", name), make(name))
    assert made == ["a", "b", "c"]
    cache.get(("/x", "c"), make("c"))  # kept
    cache.get(("/x", "b"), make("b"))  # kept (20 bytes of 25)
    cache.get(("/x", "a"), make("a"))  # pushed out by b and c
    assert made == ["a", "b", "c", "a"]
    version.value = 2
    cache.get(("/x", "a"), make("a"))
    assert made == ["a", "b", "c", "a", "a"]


def _routed(api) -> list[int]:
    """A list that grows by one each time a request reaches a route (the store dependency)."""
    from rasd.api.deps import get_store

    calls: list[int] = []
    app = api.client.app

    def counted(request: Request):
        calls.append(1)
        return get_store(request)

    app.dependency_overrides[get_store] = counted
    return calls


def test_a_kept_answer_is_sent_before_routing_with_the_security_headers(api):
    routed = _routed(api)
    first = api.client.get("/api/incidents?country=Mali&limit=2")
    again = api.client.get("/api/incidents?country=Mali&limit=2")
    assert first.status_code == again.status_code == 200 and again.content == first.content
    assert again.headers["content-type"] == "application/json"
    assert "default-src 'self'" in again.headers["content-security-policy"]
    local = _cache(api).version.local  # SQLite file: the version costs no round trip
    assert len(routed) == (1 if local else 2)


def test_bad_queries_are_never_answered_from_the_cache(api):
    api.client.get("/api/incidents?limit=2")
    for url in ("/api/incidents?limit=0", "/api/incidents?limit=2&from=2025-02-01&to=2025-01-01"):
        assert api.client.get(url).status_code in (400, 422)
        assert api.client.get(url).status_code in (400, 422)


@pytest.fixture
def token_api(db_url):
    fill(db_url)
    made = make_api(db_url, load_config(api__read_token_required=True))
    with made.client:
        yield made


def test_with_read_tokens_a_kept_answer_needs_an_admitted_live_token(token_api):
    api = token_api
    url = "/api/incidents?country=Mali"
    assert api.client.get(url, headers=api.auth()).status_code == 200
    assert api.client.get(url, headers=api.auth()).status_code == 200  # kept, token admitted
    assert api.client.get(url).status_code == 401
    assert api.client.get(url, headers=api.auth("not-a-token")).status_code == 401
    with open_store(api.db) as store:
        revoke_token(store, "alice")
    assert api.client.get(url, headers=api.auth()).status_code == 401
