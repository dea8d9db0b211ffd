"""`rasd demo`: the samples in a temporary store, a token that works, the app served."""

from __future__ import annotations

from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.config import load_config
from rasd.demo import build_demo_store
from rasd.store import open_store
from rasd.store.tokens import verify_token


def test_demo_store_holds_the_samples_grouped_with_a_working_token(tmp_path):
    made = build_demo_store(tmp_path / "demo.db", cfg=load_config())
    assert made.documents == 12 and made.reports >= 10 and made.incidents >= 8
    with open_store(made.db) as store:
        assert verify_token(store, made.token) == made.reviewer
        assert store.counts()["incidents"] == made.incidents


def test_demo_command_prints_the_token_and_serves_the_store(monkeypatch):
    served = {}

    def fake_run(api, *, host, port, **_):
        from fastapi.testclient import TestClient

        with TestClient(api) as client:
            served["total"] = client.get("/api/incidents").json()["total"]
        served.update(host=host, port=port)

    monkeypatch.setattr("uvicorn.run", fake_run)
    result = CliRunner().invoke(app, ["demo", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "review token (demo-reviewer): " in result.stdout
    assert "http://127.0.0.1:8123/" in result.stdout
    assert served["port"] == 8123 and served["total"] >= 8


def test_demo_with_missing_samples_fails_cleanly(tmp_path):
    result = CliRunner().invoke(app, ["demo", "--samples", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr
