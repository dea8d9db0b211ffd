"""Per-document SHA-256 digests of the pipeline's output, to prove a speed change changes nothing.

For every document of the golden set (tests/golden) and, when ../shared is present, of the
dev news corpus (../shared/data/dev/news), the document is analysed as `rasd extract` would
analyse it (language detected, publication date and source from the item's .json) and the
digest of its JSON output record is kept, one entry per document path:

    golden/ar/001-mopti-army-post  → sha256 of the record's canonical JSON
    news/fr/014-...                → ...

tests/scripts/test_output_digests.py recomputes them and lists the documents whose output
changed. A speed change must not change any. An accuracy change re-runs this script and
commits the file:

    PYTHONPATH=src .venv/bin/python scripts/output_digests.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
CORPUS = ROOT.parent / "shared" / "data" / "dev" / "news"
DIGESTS = GOLDEN / "output_digests.json"

# a section name → the directory of .txt + .json items it digests
SECTIONS = {"golden": GOLDEN, "news": CORPUS}


def record_digest(record: dict) -> str:
    """The SHA-256 of one output record's canonical JSON (sorted keys, no spacing)."""
    data = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def section_digests(section: str, root: Path, pipeline=None) -> dict[str, str]:
    """`section/<relative path without suffix>` → digest, for every item under `root`."""
    from rasd.config import load_config
    from rasd.doc import ArticleDoc
    from rasd.eval.gold import load_gold
    from rasd.pipeline import Pipeline
    from rasd.records import document_out

    if pipeline is None:
        pipeline = Pipeline.from_config(load_config())
    digests = {}
    for item in load_gold(root):
        key = f"{section}/{item.item_id}"
        doc = ArticleDoc.from_text(item.text, published=item.published, source=item.source,
                                   origin=key)
        record = document_out(pipeline(doc)).model_dump(mode="json")
        digests[key] = record_digest(record)
    return digests


def all_digests(sections: dict[str, Path] | None = None) -> dict[str, str]:
    """The digests of every present section, sorted by key."""
    from rasd.config import load_config
    from rasd.pipeline import Pipeline

    pipeline = Pipeline.from_config(load_config())
    digests: dict[str, str] = {}
    for section, root in (sections or SECTIONS).items():
        if root.is_dir():
            digests.update(section_digests(section, root, pipeline))
    return dict(sorted(digests.items()))


def changed(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """The keys whose digest differs, or that only one side has."""
    return sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DIGESTS, help="The digest file to write.")
    parser.add_argument("--check", action="store_true",
                        help="Compare with the file instead of writing it; exit 1 on a change.")
    args = parser.parse_args(argv)
    digests = all_digests()
    if args.check:
        old = json.loads(args.out.read_text(encoding="utf-8"))
        present = {k for k in old if SECTIONS[k.split("/", 1)[0]].is_dir()}
        diff = changed({k: old[k] for k in present}, digests)
        for key in diff:
            print(key)
        print(f"{len(diff)} of {len(digests)} document(s) changed", file=sys.stderr)
        return 1 if diff else 0
    args.out.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(digests)} digest(s) written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
