"""The analyst web app in a real browser (Debian's Chromium under Playwright) against the
real API over a store filled through the real pipeline (see conftest.py)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .conftest import XSS, browser_expect, get_json, shot, zoom

STATIC = Path(__file__).resolve().parents[2] / "src" / "rasd" / "web" / "static"






def _placed(served, **filters) -> int:
    """Incidents with coordinates or at least an admin1 or a country (drawn at the unit)."""
    items = get_json(served, "/api/incidents", limit=500, **filters)["items"]
    return sum(1 for i in items if i["latitude"] is not None or i["admin1"] or i["country"])


def _wait_markers(page, count: int) -> None:
    """Wait until the map shows `count` incidents, as markers or inside clusters."""
    page.wait_for_function(
        """(n) => document.querySelectorAll('path.incident-marker').length
             + [...document.querySelectorAll('.cluster')]
                 .reduce((s, c) => s + Number(c.dataset.count || 0), 0) === n""", arg=count)




def _incident_with(served, lang: str) -> dict:
    """The first incident with a report in `lang` (per the API)."""
    for item in get_json(served, "/api/incidents", limit=500)["items"]:
        detail = get_json(served, f"/api/incidents/{item['id']}")
        if any(doc["lang"] == lang for doc in detail["documents"].values()):
            return detail
    raise AssertionError(f"no incident has a report in {lang}")


def _xss_incident(served) -> dict:
    for item in get_json(served, "/api/incidents", limit=500)["items"]:
        detail = get_json(served, f"/api/incidents/{item['id']}")
        if any(XSS in (doc["text"] or "") for doc in detail["documents"].values()):
            return detail
    raise AssertionError("the hostile article made no incident")


def test_index_html_has_no_inline_script_or_handler():
    # the API's Content-Security-Policy forbids inline scripts: the page must not need them
    found: list[str] = []

    class Scan(HTMLParser):
        def handle_starttag(self, tag, attrs):
            names = dict(attrs)
            if tag == "script" and not names.get("src"):
                found.append("inline <script>")
            found.extend(f"{tag} {name}=" for name in names if name.startswith("on"))

    Scan().feed((STATIC / "index.html").read_text(encoding="utf-8"))
    assert found == []
    scripts = " ".join(p.read_text(encoding="utf-8") for p in STATIC.rglob("*.js")
                       if "vendor" not in p.parts)
    assert not re.search(r"\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write", scripts)


def test_vendored_files_are_small_and_licensed():
    vendor = STATIC / "vendor"
    total = sum(p.stat().st_size for p in vendor.rglob("*") if p.is_file())
    assert total < 2_000_000
    for name in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE",
                 "boundaries/africa-nw.geojson", "context/places.geojson", "README.md"):
        assert (vendor / name).is_file(), name


def test_map_timeline_and_table_show_the_incidents(page, served):
    expect = browser_expect()
    total = get_json(served, "/api/incidents")["total"]
    page.goto(served.url + "/")
    expect(page.locator("#incidents tbody tr[data-incident-id]")).to_have_count(total)
    _wait_markers(page, _placed(served))
    expect(page.locator("path.country").first).to_be_attached()
    assert page.locator("#timeline svg rect.bar").count() >= 1
    shot(page, "overview")

    # one bar per month with incidents, on a time axis (empty months are gaps, not bars)
    months = sorted({i["event_date"][:7] for i in get_json(served, "/api/incidents", limit=500)["items"]
                     if i["event_date"]})
    page.select_option("#bucket", "month")
    expect(page.locator("#timeline svg rect.bar")).to_have_count(len(months))

    # a marker's popup links to its incident page (zoomed in: no clusters)
    zoom(page, +3)
    expect(page.locator("path.incident-marker").first).to_be_attached()
    page.locator("path.incident-marker").first.dispatch_event("click")
    link = page.locator(".leaflet-popup-content a")
    expect(link).to_contain_text("Incident")
    link.click()
    expect(page.locator("#incident-view h1")).to_contain_text("Incident")
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith(served.url + "/")] == []
    assert any(url.endswith("/static/vendor/leaflet/leaflet.js") for url in page.requests)


def test_filters_update_map_timeline_and_table(page, served):
    expect = browser_expect()
    total = get_json(served, "/api/incidents")["total"]
    in_burkina = get_json(served, "/api/incidents", country="Burkina Faso")["total"]
    assert 0 < in_burkina < total
    page.goto(served.url + "/")
    rows = page.locator("#incidents tbody tr[data-incident-id]")
    expect(rows).to_have_count(total)
    page.fill("#filters input[name=country]", "Burkina Faso")
    page.click("#filters button[type=submit]")
    expect(rows).to_have_count(in_burkina)
    _wait_markers(page, _placed(served, country="Burkina Faso"))
    assert "country=Burkina+Faso" in page.url
    for country in page.locator("#incidents tbody td:nth-child(4)").all_text_contents():
        assert country == "Burkina Faso"

    partisan = get_json(served, "/api/incidents", partisan="true")["total"]
    page.click("#filters-reset")
    expect(rows).to_have_count(total)
    page.check("#filters input[name=partisan]")
    page.click("#filters button[type=submit]")
    expect(rows).to_have_count(partisan)
    assert partisan < total

    page.click("#filters-reset")
    expect(rows).to_have_count(total)
    page.select_option("#filters select[name=event_type]", "Protests")
    page.click("#filters button[type=submit]")
    expect(rows).to_have_count(get_json(served, "/api/incidents", event_type="Protests")["total"])
    shot(page, "filtered")
    assert page.errors == []


def test_incident_page_highlights_arabic_evidence_right_to_left(page, served):
    expect = browser_expect()
    incident = _incident_with(served, "ar")
    page.goto(served.url + "/")
    page.click(f"#incidents tbody a[href='#/incidents/{incident['id']}']")
    expect(page.locator("#incident-view h1")).to_contain_text(f"Incident {incident['id']}")
    cards = page.locator("article.report")
    expect(cards).to_have_count(len(incident["reports"]))
    arabic = page.locator('.doc-text[dir="rtl"][lang="ar"]')
    expect(arabic).to_have_count(1)
    assert arabic.locator("mark").count() >= 1
    # a figure of the Arabic report is evidenced in its text, and clicking the field picks it
    card = page.locator("article.report", has=arabic)
    card.locator("button.field-key[data-field=fatalities]").click()
    chosen = arabic.locator("mark.on")
    expect(chosen.first).to_be_visible()
    assert "12" in "".join(chosen.all_text_contents())
    assert page.locator('.doc-text[dir="auto"] mark').count() >= 1  # fr, en: left to right
    shot(page, "incident-arabic")
    assert page.errors == []


def test_review_actions_need_a_token_and_show_in_the_audit_trail(page, served):
    expect = browser_expect()
    incident = _incident_with(served, "ar")
    page.goto(f"{served.url}/#/incidents/{incident['id']}")
    page.fill("#confirm-form input[name=comment]", "checked")
    page.click("#confirm-form button[type=submit]")
    expect(page.locator("#status")).to_contain_text("need a token")

    page.fill("#token", "not-a-token")
    page.click("#token-save")
    page.click("#confirm-form button[type=submit]")
    expect(page.locator("#status")).to_contain_text("401")

    page.fill("#token", served.token)
    page.click("#token-save")
    expect(page.locator("#token-state")).to_contain_text("token set")
    assert page.evaluate("sessionStorage.getItem('rasd.token')") == served.token
    page.fill("#confirm-form input[name=comment]", "checked against two sources")
    page.click("#confirm-form button[type=submit]")
    audit = page.locator("#audit tbody tr")
    expect(audit.filter(has_text="confirm")).to_have_count(1)
    expect(audit.first).to_contain_text(served.reviewer)
    expect(audit.first).to_contain_text("checked against two sources")
    expect(page.locator("#incident-view h1 .badge.locked")).to_be_visible()

    report_id = str(incident["reports"][0]["report_id"])
    page.select_option("#correct-form select[name=report]", report_id)
    page.select_option("#correct-form select[name=field]", "fatalities")
    page.fill("#correct-form input[name=value]", "14")
    page.click("#correct-form button[type=submit]")
    expect(audit.filter(has_text="correct")).to_have_count(1)
    row = audit.filter(has_text="correct")
    expect(row).to_contain_text("fatalities")
    expect(row).to_contain_text("14")
    expect(row).to_contain_text(served.reviewer)
    stored = get_json(served, f"/api/reports/{report_id}")
    assert stored["fatalities"] == 14
    shot(page, "review")
    assert [e for e in page.errors if "401" not in e] == []


def test_split_then_merge_from_the_incident_page(page, served):
    expect = browser_expect()
    incident = next(i for i in get_json(served, "/api/incidents", limit=500)["items"]
                    if len(i["report_ids"]) >= 2)
    moved = incident["report_ids"][-1]
    page.goto(f"{served.url}/")
    page.fill("#token", served.token)
    page.click("#token-save")
    page.goto(f"{served.url}/#/incidents/{incident['id']}")
    cards = page.locator("article.report")
    expect(cards).to_have_count(len(incident["report_ids"]))
    page.check(f".split-check[value='{moved}']")
    page.click("#split-form button[type=submit]")
    expect(cards).to_have_count(len(incident["report_ids"]) - 1)
    expect(page.locator("#status")).to_contain_text("now incident")
    new_id = int(re.search(r"incident (\d+)", page.locator("#status").inner_text()).group(1))
    assert get_json(served, f"/api/incidents/{new_id}")["report_ids"] == [moved]

    page.fill("#merge-form input[name=other]", str(new_id))
    page.click("#merge-form button[type=submit]")
    expect(cards).to_have_count(len(incident["report_ids"]))
    expect(page.locator("#audit tbody tr").filter(has_text="merge")).not_to_have_count(0)
    expect(page.locator("#audit tbody tr").filter(has_text="split")).not_to_have_count(0)
    assert page.errors == []


def test_hostile_article_text_stays_inert(page, served):
    expect = browser_expect()
    incident = _xss_incident(served)
    page.goto(f"{served.url}/#/incidents/{incident['id']}")
    expect(page.locator(".doc-text").filter(has_text=XSS)).to_have_count(1)
    expect(page.locator(".doc-title").filter(has_text=XSS)).to_have_count(1)
    page.wait_for_timeout(300)  # give an injected onerror handler time to fire
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#incident-view img, #incident-view script").count() == 0
    page.goto(f"{served.url}/")
    expect(page.locator("#incidents tbody tr[data-incident-id]").first).to_be_visible()
    assert page.evaluate("typeof window.__xss") == "undefined"
    shot(page, "hostile")
    assert page.errors == []
