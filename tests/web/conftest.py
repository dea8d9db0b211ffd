"""Browser-test fixtures: the real app (`rasd.api.create_app`) served by uvicorn on a free
loopback port, over a temporary SQLite store filled through the real pipeline, and Debian's
Chromium driven by Playwright (never `playwright install`).

Without /usr/bin/chromium (or $RASD_CHROMIUM) the browser tests are skipped, except when CI is
set (CI=true), where they fail.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]

_spec = importlib.util.spec_from_file_location(
    "rasd_tests_store_conftest_web",
    Path(__file__).resolve().parent.parent / "store" / "conftest.py")
_store_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_fixtures)
analysed = _store_fixtures.analysed

XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'

# (text, published, source, title). The Gao attack is told three times (ar, fr, en).
GAO_AR = ("قتل 12 جنديا في هجوم شنه مسلحون على موقع للجيش قرب مدينة غاو في شمال مالي "
          "يوم الخميس، حسبما أفاد مصدر أمني.")
GAO_FR = ("Douze soldats ont été tués jeudi dans une attaque contre un poste de l'armée près "
          "de Gao, au Mali, selon une source sécuritaire.")
GAO_EN = "Gunmen killed 13 soldiers on Thursday in an attack on an army post near Gao, Mali."
DJIBO = ("Au moins huit civils ont été tués mardi dans l'attaque d'un village près de Djibo, "
         "au Burkina Faso, selon des sources locales.")
DORI = ("Des terroristes ont attaqué jeudi un poste de l'armée près de Dori, au Burkina Faso. "
        "L'armée affirme avoir neutralisé une vingtaine d'assaillants lors de la riposte, "
        "selon un communiqué.")
NIAMEY = "Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages."
MENAKA = ("Militants from JNIM claimed responsibility for an attack on Monday that they said "
          f"killed 30 soldiers near Menaka, Mali. {XSS}")
ARTICLES = [
    (GAO_AR, "2025-01-10", "Source A", "هجوم على موقع للجيش قرب غاو"),
    (GAO_FR, "2025-01-10", "Source B", "Attaque près de Gao"),
    (GAO_EN, "2025-01-10", "Source C", "Army post attacked near Gao"),
    (DJIBO, "2025-02-05", "Source B", "Civils tués près de Djibo"),
    (DORI, "2025-02-14", "Source B", "Attaque repoussée à Dori"),
    (NIAMEY, "2025-03-08", "Source C", "Wage protest in Niamey"),
    (MENAKA, "2025-03-18", "Source D", f"JNIM claim {XSS}"),
]


@dataclass(frozen=True)
class Served:
    """The running app: its base URL, its database and a reviewer's token."""

    url: str
    db: str
    token: str
    reviewer: str


def fill(db: str) -> None:
    """Store the articles through the real pipeline and group them into incidents."""
    from rasd.config import load_config
    from rasd.store import open_store
    from rasd.store.incidents import rebuild_incidents

    with open_store(db) as store:
        run = store.start_run(load_config(), command="test")
        docs = [analysed(text, published=dt.date.fromisoformat(day), source=source, title=title,
                         url="https://example.org/" + str(i))
                for i, (text, day, source, title) in enumerate(ARTICLES)]
        store.add_documents(docs, run_id=run)
        rebuild_incidents(store)


def _token(db: str, name: str) -> str:
    from rasd.store import open_store
    from rasd.store.tokens import create_token

    with open_store(db) as store:
        return create_token(store, name)


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[Served]:
    """The app over a fresh store, on 127.0.0.1 and a free port, for one test module."""
    import uvicorn

    from rasd.api import create_app

    db = str(tmp_path_factory.mktemp("web") / "rasd.db")
    fill(db)
    token = _token(db, "analyst-1")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API server did not start")
        time.sleep(0.05)
    yield Served(f"http://127.0.0.1:{port}", db, token, "analyst-1")
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium under Playwright; skipped (or failed under CI) when it is missing."""
    if not CHROMIUM.is_file():
        reason = f"{CHROMIUM} not found: install Debian's chromium package to run browser tests"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI is set: the browser tests must run)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, served):
    """A fresh page (its own context: its own sessionStorage) that fails on script errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-GB")
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    opened.errors = errors
    opened.requests = []  # every URL the page asked for: the app must work offline
    opened.on("request", lambda request: opened.requests.append(request.url))
    yield opened
    context.close()


def shot(page, name: str) -> Path:
    """Save a full-page screenshot to tests/web/artifacts/NAME.png."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def get_json(served, path: str, **params):
    """The app's JSON answer to GET `path` with `params` (repeatable values as lists)."""
    query = urllib.parse.urlencode(params)
    with urllib.request.urlopen(f"{served.url}{path}{'?' + query if query else ''}") as answer:
        return json.load(answer)


def browser_expect():
    """Playwright's `expect`, imported only where a browser test runs."""
    from playwright.sync_api import expect

    return expect


def zoom(page, steps: int) -> None:
    """Zoom the map in (steps > 0) or out, waiting for each animation to end."""
    button = page.locator(".leaflet-control-zoom-in" if steps > 0 else ".leaflet-control-zoom-out")
    for _ in range(abs(steps)):
        button.click()
        page.wait_for_timeout(100)
        page.wait_for_function("() => !document.querySelector('.leaflet-zoom-anim')")
        page.wait_for_timeout(150)
