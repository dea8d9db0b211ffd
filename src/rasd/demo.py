"""A ready-to-browse store for first-time users: the bundled samples, grouped, with a token.

`rasd demo` builds one in a temporary folder and serves it; tests build one the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasd.config import Config
from rasd.errors import InputError
from rasd.store import open_store
from rasd.store.incidents import rebuild_incidents
from rasd.store.ingest import ingest
from rasd.store.tokens import create_token

# the checkout's samples/ (an editable install or a source tree); wheels do not ship them
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"
REVIEWER = "demo-reviewer"


@dataclass(frozen=True, slots=True)
class DemoStore:
    """What `build_demo_store` made: the database, a reviewer's token and the counts."""

    db: Path
    token: str
    reviewer: str
    documents: int
    reports: int
    incidents: int


def build_demo_store(db: Path, *, cfg: Config, sources: list[Path] | None = None) -> DemoStore:
    """Ingest `sources` (default: the bundled samples) into a new SQLite store at `db`,
    group the reports into incidents and create a review token.

    Raises InputError when a source does not exist (e.g. samples/ outside a checkout).
    """
    paths = sources or [SAMPLES]
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise InputError("no such file (pass --samples with articles to load; the bundled "
                         "samples ship with the source checkout)", path=missing[0])
    with open_store(db) as store:
        result = ingest([str(p) for p in paths], store, cfg=cfg)
        summary = rebuild_incidents(store)
        token = create_token(store, REVIEWER)
    return DemoStore(db=db, token=token, reviewer=REVIEWER, documents=result.documents,
                     reports=result.events, incidents=summary.incidents)
