"""Refresh the screenshots of the analyst app in docs/screenshots/ (committed, shown in docs).

Builds the demo store (the bundled samples, as `rasd demo` does) in a temporary folder,
serves the app on a free loopback port, confirms one incident so the audit page has a row,
and photographs the main pages with Debian's Chromium under Playwright ($RASD_CHROMIUM or
/usr/bin/chromium; never a downloaded browser).

Usage: PYTHONPATH=src python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
# (file name, route, what must be visible before the picture is taken)
PAGES = (
    ("overview", "/#/", "#incidents tbody tr[data-incident-id]"),
    # the map zoomed in on central Mali: admin-1 lines, division labels, towns, markers
    ("map-zoomed", "/#/?country=Mali", "#incidents tbody tr[data-incident-id]"),
    ("filtered", "/#/?country=Mali&sort=-fatalities", "#incidents tbody tr[data-incident-id]"),
    ("review-queue", "/#/?reviewed=false&sort=-fatalities", "#incidents tbody tr[data-incident-id]"),
    ("incident", "/#/incidents/{incident}", "#incident-view h1"),
    ("audit", "/#/audit", "#audit-all tbody tr"),
)


def serve(db: Path) -> tuple[str, object]:
    """Start the app over `db` in a thread; returns (base URL, server)."""
    import uvicorn

    from rasd.api import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server


def confirm_first(url: str, token: str) -> int:
    """Confirm the incident with the most reports (so the audit page has a row); its id."""
    with urllib.request.urlopen(f"{url}/api/incidents?sort=-reports&limit=1") as answer:
        incident = json.load(answer)["items"][0]["id"]
    request = urllib.request.Request(
        f"{url}/api/incidents/{incident}/confirm", method="POST",
        data=json.dumps({"comment": "checked against the sources"}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    urllib.request.urlopen(request).close()
    return incident


def photograph(url: str, incident: int, out: Path) -> list[Path]:
    """One PNG per entry of PAGES in `out`."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    made = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-GB")
        for name, route, ready in PAGES:
            page.goto(url + route.format(incident=incident))
            page.locator(ready).first.wait_for()
            page.wait_for_timeout(800)  # markers and labels settle
            if name == "map-zoomed":  # two zoom levels in, around the Mopti region's label
                box = page.locator(".admin1-name", has_text="Mopti").first.bounding_box()
                page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                page.mouse.wheel(0, -120)
                page.wait_for_timeout(1200)
            path = out / f"{name}.png"
            page.screenshot(path=str(path), full_page=False)
            made.append(path)
        browser.close()
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    out = parser.parse_args().out
    from rasd.config import load_config
    from rasd.demo import build_demo_store

    with tempfile.TemporaryDirectory(prefix="rasd-shots-") as folder:
        made = build_demo_store(Path(folder) / "demo.db", cfg=load_config())
        url, server = serve(made.db)
        incident = confirm_first(url, made.token)
        for path in photograph(url, incident, out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        server.should_exit = True


if __name__ == "__main__":
    main()
