"""Accuracy on the real-news development corpus (../shared/data/dev/news; never committed).

    python benchmarks/dev_news.py [--news DIR] [--no-save]

Runs `rasd eval` (docs/eval.md) over the corpus's ar, fr and en reports and prints one
markdown table: a row per metric, a column per language. Skips (exit 0, with a message)
when the corpus is absent. Only figures are written (benchmarks/results/dev_news.json):
no text, no gold value, no document name.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rasd.config import load_config
from rasd.eval import evaluate_path

HERE = Path(__file__).resolve().parent
NEWS = HERE.parent.parent / "shared" / "data" / "dev" / "news"
LANGS = ("all", "ar", "fr", "en")


def _figure(values: dict) -> float | None:
    return values.get("f1", values.get("accuracy"))


def markdown(result: dict) -> str:
    """One row per metric (F1 for detection-like metrics, accuracy otherwise)."""
    languages = result["languages"]
    langs = [lang for lang in LANGS if lang in languages]
    metrics = sorted({m for per_lang in languages.values() for m in per_lang})
    lines = ["| metric | " + " | ".join(langs) + " |", "|---" * (len(langs) + 1) + "|"]
    for metric in metrics:
        cells = []
        for lang in langs:
            value = languages[lang].get(metric)
            figure = None if value is None else _figure(value)
            cells.append("-" if figure is None else f"{figure:.3f}")
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    if not args.news.is_dir():
        print(f"skipped: {args.news} is absent (the real-news corpus is not redistributed)")
        return 0
    result = evaluate_path(args.news, cfg=load_config()).as_dict()
    print(markdown(result))
    if not args.no_save:
        (HERE / "results" / "dev_news.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
