"""Issue 15's "Done when", in a real browser: one command (`rasd demo`) shows the app with
the samples; every incident that has any place is on the map; several values of one filter;
the incident export has one row per incident with its id."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from .test_browser import _wait_markers


def _get(url: str, path: str, **params) -> dict:
    query = urllib.parse.urlencode(params, doseq=True)
    with urllib.request.urlopen(f"{url}{path}{'?' + query if query else ''}") as answer:
        return json.load(answer)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def demo():
    """`rasd demo --port N` as a new user runs it: (base URL, the token it printed)."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", "from rasd.cli.main import app; app()", "demo", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=dict(os.environ))
    token, deadline = None, time.monotonic() + 240
    try:
        for line in process.stdout:  # type: ignore[union-attr]
            if line.startswith("review token"):
                token = line.rsplit(": ", 1)[1].strip()
            if line.startswith("open http://"):
                break
            if time.monotonic() > deadline:
                break
        url = f"http://127.0.0.1:{port}"
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url + "/api/health").close()
                break
            except OSError:
                time.sleep(0.2)
        assert token, "the demo printed no review token"
        yield url, token
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_one_command_shows_the_samples_on_the_map_and_in_the_table(page, demo):
    from playwright.sync_api import expect

    url, token = demo
    items = _get(url, "/api/incidents", limit=500)["items"]
    assert len(items) >= 8
    page.goto(url + "/")
    expect(page.locator("#incidents tbody tr[data-incident-id]")).to_have_count(len(items))
    # every incident with any place (coordinates, an admin unit or a country) is on the map
    placed = [i for i in items if i["latitude"] is not None or i["admin1"] or i["country"]]
    assert len(placed) == len(items)
    _wait_markers(page, len(placed))
    expect(page.locator("path.admin1-line").first).to_be_attached()
    # the printed token works in the app
    page.fill("#token", token)
    page.click("#token-save")
    page.goto(f"{url}/#/incidents/{items[0]['id']}")
    expect(page.locator("#confirm-form button[type=submit]")).to_be_enabled()
    assert page.errors == []


def test_several_values_of_a_filter_match_any_of_them(page, demo):
    from playwright.sync_api import expect

    url, _token = demo
    both = _get(url, "/api/incidents", country=["Mali", "Niger"], limit=500)
    mali = _get(url, "/api/incidents", country="Mali")["total"]
    assert both["total"] > mali > 0
    page.goto(f"{url}/#/?country=Mali&country=Niger")
    expect(page.locator("#incidents tbody tr[data-incident-id]")).to_have_count(both["total"])
    countries = set(page.locator("#incidents tbody td:nth-child(4)").all_text_contents())
    assert countries == {"Mali", "Niger"}
    expect(page.locator("#filters input[name=country]")).to_have_value("Mali; Niger")
    # from the form: several values of a text filter separated by ";", several event types
    page.click("#filters-reset")
    page.fill("#filters input[name=country]", "Burkina Faso; Niger")
    page.select_option("#filters select[name=event_type]", ["Battles", "Protests"])
    page.click("#filters button[type=submit]")
    expect(page).to_have_url(re.compile(
        r"country=Burkina\+Faso&country=Niger.*event_type=Battles&event_type=Protests"))
    wanted = _get(url, "/api/incidents", country=["Burkina Faso", "Niger"],
                  event_type=["Battles", "Protests"])["total"]
    assert wanted > 0
    expect(page.locator("#incidents tbody tr[data-incident-id]")).to_have_count(wanted)
    assert page.errors == []


def test_the_incident_export_has_one_row_per_incident_with_its_id(page, demo):
    from playwright.sync_api import expect

    url, _token = demo
    page.goto(url + "/")
    expect(page.locator("#incidents tbody tr[data-incident-id]").first).to_be_visible()
    page.select_option("#download-level", "incidents")
    with page.expect_download() as caught:
        page.click("#downloads button[data-format=csv]:not([data-bom])")
    rows = list(csv.DictReader(io.StringIO(open(caught.value.path(), encoding="utf-8-sig").read())))  # noqa: SIM115
    ids = [int(r["incident_id"]) for r in rows]
    listed = {i["id"]: i for i in _get(url, "/api/incidents", limit=500)["items"]}
    assert sorted(ids) == sorted(listed) and len(set(ids)) == len(ids)
    for row in rows:
        reports = listed[int(row["incident_id"])]["report_ids"]
        assert sorted(int(n) for n in row["report_ids"].split(";")) == sorted(reports)
    assert page.errors == []
