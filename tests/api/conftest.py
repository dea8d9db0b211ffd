"""API fixtures: an app over a small store on each backend (tests/store/conftest.py's
`db_url`), with incidents built and a reviewer's token."""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.config import Config, load_config
from rasd.store import open_store
from rasd.store.incidents import rebuild_incidents
from rasd.store.tokens import create_token

_spec = importlib.util.spec_from_file_location(
    "rasd_tests_store_conftest", Path(__file__).resolve().parent.parent / "store" / "conftest.py")
_store_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store_fixtures)
db_url = _store_fixtures.db_url
store = _store_fixtures.store
analysed = _store_fixtures.analysed

# one incident told by three sources in three languages, and two others elsewhere
BOULKESSI = [
    ("قتل 14 جنديا في هجوم شنه مسلحون على موقع للجيش في بولكيسي بمالي يوم الخميس.", "2025-01-13", "Source A"),
    ("Quatorze soldats ont été tués jeudi dans une attaque contre un poste de l'armée à Boulkessi, au Mali.", "2025-01-13", "Source B"),
    ("Gunmen killed 15 soldiers on Friday in an attack on an army post in Boulkessi, Mali.", "2025-01-11", "Source C"),
]
DJIBO = (("Au moins cinq civils ont été tués mardi dans l'attaque d'un village près de Djibo, "
          "au Burkina Faso."), "2025-02-05", "Source B")
NIAMEY = ("Protesters marched peacefully in Niamey, Niger, on Friday to demand higher wages.",
          "2025-03-08", "Source C")
MENAKA = ("The Malian army said it killed 20 terrorists in an operation near Menaka on Wednesday.",
          "2025-03-20", "Source E")
HOSTILE = (('Gunmen killed 4 villagers <script>alert(1)</script> near Djibo, Burkina Faso, on '
            'Monday, a local official said " onmouseover="alert(2)'), "2025-02-18", "Source D")


@dataclass
class Api:
    client: TestClient
    token: str
    db: str

    def auth(self, token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.token}"}


def fill(db: str) -> None:
    """Store the articles above and group them into incidents."""
    with open_store(db) as store:
        run = store.start_run(load_config(), command="test")
        docs = [analysed(text, published=dt.date.fromisoformat(day), source=source)
                for text, day, source in [*BOULKESSI, DJIBO, NIAMEY, MENAKA, HOSTILE]]
        store.add_documents(docs, run_id=run)
        rebuild_incidents(store)


def make_api(db: str, cfg: Config | None = None) -> Api:
    with open_store(db) as store:
        token = create_token(store, "alice")
    client = TestClient(create_app(db, cfg=cfg))
    return Api(client, token, db)


@pytest.fixture
def api(db_url):
    fill(db_url)
    made = make_api(db_url)
    with made.client:
        yield made
