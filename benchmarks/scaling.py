"""How time grows with a document's length: CPU time per character from 1 KB to 100 KB.

    PYTHONPATH=src python benchmarks/scaling.py [--tries 3] [--no-save]

For each language a short report of several sentences (attack, toll, materiel, a claim,
a denial; written for this benchmark) is repeated to 1, 3, 10, 30 and 100 KB and run
through one held `Pipeline` (the full pipeline, resources loaded first); the best CPU time
of `--tries` runs is kept per size, with the garbage collector off while timing. The
exponent is the slope of log(time) against log(length), fitted by least squares: 1.0 is
linear time (issue 16 asks for at most 1.05), 2.0 quadratic. Results go to
benchmarks/results/scaling.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import platform
import sys
import time
from pathlib import Path

from rasd import ArticleDoc, Pipeline, __version__, load_config

RESULTS = Path(__file__).resolve().parent / "results" / "scaling.json"
SIZES = (1_000, 3_000, 10_000, 30_000, 100_000)
REPORTS = {
    "ar": ("هاجم مسلحون مجهولون موقعا للجيش قرب بلدة دوينتزا بوسط مالي فجر الثلاثاء، ما أسفر "
           "عن مقتل سبعة جنود وإصابة أربعة آخرين، بحسب مصدر عسكري. وأحرق المهاجمون ثلاث سيارات "
           "واستولوا على أسلحة قبل أن ينسحبوا. وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان، "
           "فيما نفى الجيش حصيلة الجماعة. "),
    "fr": ("Des hommes armés ont attaqué mardi à l'aube un poste de l'armée près de Douentza, dans "
           "le centre du Mali, tuant sept soldats et en blessant quatre autres, selon une source "
           "militaire. Les assaillants ont incendié trois véhicules et emporté des armes avant de "
           "se retirer. Le JNIM a revendiqué l'attaque dans un communiqué ; l'armée a démenti son "
           "bilan. "),
    "en": ("Unidentified gunmen attacked an army post near Douentza in central Mali at dawn on "
           "Tuesday, killing seven soldiers and wounding four others, a military source said. "
           "The attackers burned three vehicles and took weapons before withdrawing. JNIM claimed "
           "the attack in a statement, while the army rejected the group's toll. "),
}


def _seconds(pipeline: Pipeline, lang: str, text: str, tries: int) -> float:
    best = float("inf")
    for _ in range(tries):
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()
            pipeline(ArticleDoc.from_text(text, lang=lang))
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def exponent(points: list[tuple[int, float]]) -> float:
    """The least-squares slope of log(seconds) against log(characters)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(s, 1e-6)) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=3)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline.from_config(load_config())
    languages: dict[str, object] = {}
    for lang, unit in REPORTS.items():
        _seconds(pipeline, lang, unit * 4, 1)  # lexicons and gazetteer loaded
        points = []
        for size in SIZES:
            text = unit * max(1, round(size / len(unit)))
            points.append((len(text), _seconds(pipeline, lang, text, args.tries)))
        languages[lang] = {
            "exponent": round(exponent(points), 3),
            "sizes": [{"chars": n, "cpu_s": round(s, 4), "us_per_char": round(1e6 * s / n, 2)}
                      for n, s in points],
        }
        print(f"{lang}: exponent {languages[lang]['exponent']}  " +  # type: ignore[index]
              "  ".join(f"{n / 1000:.0f} KB {1e6 * s / n:.1f} µs/char" for n, s in points),
              file=sys.stderr)
    result = {
        "date": dt.date.today().isoformat(), "version": __version__,
        "python": platform.python_version(), "cpu_count": os.cpu_count(),
        "measure": "CPU time, best of --tries, one held Pipeline, a report repeated to each size",
        "tries": args.tries, "load_avg_1m": round(os.getloadavg()[0], 2), "languages": languages,
    }
    if not args.no_save:
        RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    json.dump({lang: v["exponent"] for lang, v in languages.items()}, sys.stdout)  # type: ignore[index]
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
