import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from rasd.cli.main import app
from rasd.store import open_store
from rasd.store.tokens import verify_token


def test_token_commands(tmp_path):
    db = str(tmp_path / "rasd.db")
    made = CliRunner().invoke(app, ["token", "create", "alice", "--db", db])
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip()
    with open_store(db) as store:
        assert verify_token(store, secret) == "alice"
    assert CliRunner().invoke(app, ["token", "create", "alice", "--db", db]).exit_code == 1
    listed = CliRunner().invoke(app, ["token", "list", "--db", db])
    assert "alice" in listed.stdout and "active" in listed.stdout and secret not in listed.stdout
    assert CliRunner().invoke(app, ["token", "revoke", "alice", "--db", db]).exit_code == 0
    assert "revoked" in CliRunner().invoke(app, ["token", "list", "--db", db]).stdout
    assert CliRunner().invoke(app, ["token", "revoke", "alice", "--db", db]).exit_code == 1
    with open_store(db) as store:
        assert verify_token(store, secret) is None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_on_loopback(tmp_path):
    port = _free_port()
    command = [sys.executable, "-m", "rasd.cli.main", "serve", "--db", str(tmp_path / "r.db"),
               "--port", str(port)]
    server = subprocess.Popen(command, stderr=subprocess.PIPE)
    try:
        for _ in range(100):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.json()["status"] == "ok"
        assert "server" not in response.headers
    finally:
        server.terminate()
        server.wait(timeout=10)


def _children(pid: int) -> list[int]:
    """The worker processes of `pid` (multiprocessing's resource tracker left out)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid and b"spawn_main" in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="counts processes through /proc")
def test_serve_with_workers_answers_from_that_many_processes_that_stop_with_it(tmp_path):
    port = _free_port()
    command = [sys.executable, "-m", "rasd.cli.main", "serve", "--db", str(tmp_path / "r.db"),
               "--port", str(port), "--workers", "2"]
    server = subprocess.Popen(command, stderr=subprocess.PIPE)
    workers: list[int] = []
    try:
        answered = None
        for _ in range(300):
            try:
                answered = httpx.get(f"http://127.0.0.1:{port}/api/incidents", timeout=2)
                if len(_children(server.pid)) >= 2:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        assert answered is not None and answered.status_code == 200
        workers = _children(server.pid)
        assert len(workers) == 2
    finally:
        server.terminate()
        server.wait(timeout=30)
    for _ in range(100):
        if not any(Path(f"/proc/{pid}").exists() for pid in workers):
            break
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}/stat").exists() and
                   (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z")
                   for pid in workers)
