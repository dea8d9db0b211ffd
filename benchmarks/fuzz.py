"""Long fuzz run of the extractor: at least 100,000 inputs, in process.

    python benchmarks/fuzz.py [--inputs 100000] [--seed 14] [--out results/fuzz.json]

(Several processes with other seeds and outputs may share the inputs on a busy machine;
the figures are written every 5,000 inputs, so a run cut short still reports.)

Inputs (seeded, so a run can be repeated): mutations of short reports in the three
languages (pieces cut, swapped, repeated, characters inserted), random Unicode with bidi
controls, zero-width marks and NUL bytes, 5,000-digit numbers, runs of number words, a
phrase repeated 10,000 times and 1 MB lines. Each must give a document or an InputError,
with every span inside the text and slicing to its text, valid dates, fatalities in order
and output that is valid JSON. Writes inputs, failures (by kind, with the first example),
the worst time per 10 KB and the peak RSS to benchmarks/results/fuzz.json.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

from rasd import ArticleDoc, Pipeline, load_config
from rasd.errors import InputError
from rasd.records import document_out

OUT = Path(__file__).resolve().parent / "results" / "fuzz.json"
REPORTS = [
    "قتل 12 جنديا في هجوم شنه مسلحون على موقع للجيش قرب موبتي يوم الاثنين وأصيب ثلاثة آخرون.",
    "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم الذي أودى بحياة عشرات المدنيين.",
    "Des hommes armés ont tué au moins cinq soldats près de Djibo mardi, selon l'armée.",
    "Une trentaine de civils ont été enlevés entre Mopti et Bandiagara le 13 janvier 2025.",
    "Gunmen killed between 10 and 15 soldiers in an attack near Menaka on Monday.",
    "JNIM said its fighters killed 20 Wagner men; the army gave no figure.",
]
ODD = ["\u202e", "\u202d", "\u2066", "\u2069", "\u200b", "\u200d", "\u200f", "\ufeff", "\x00",
       "\u0640", "٣", "۴", "\u00a0", "\u202f", "\r", "\t", "\ufffd", "\U0001f600", "[/]", "<p>"]
RUNS = ["quatre-vingt-", "cent ", "trois-", "million ", "مئة ", "ألف ", "5 6 ", "et "]


def mutate(rng: random.Random) -> str:
    """A report cut, joined, repeated or sprinkled with odd characters."""
    parts = [rng.choice(REPORTS) for _ in range(rng.randint(1, 4))]
    text = " ".join(parts)
    for _ in range(rng.randint(0, 6)):
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randint(0, 20))
        text = text[:i] + rng.choice([rng.choice(ODD), "", text[i:j] * 2, str(rng.randint(0, 10**9))]) + text[j:]
    return text


def random_unicode(rng: random.Random) -> str:
    """Code points from every plane but surrogates, with odd characters mixed in."""
    chars = []
    for _ in range(rng.randint(1, 200)):
        if rng.random() < 0.2:
            chars.append(rng.choice(ODD))
        else:
            point = rng.choice([rng.randint(32, 0x7F), rng.randint(0x600, 0x6FF), rng.randint(0, 0x10FFFF)])
            chars.append(chr(point) if not 0xD800 <= point <= 0xDFFF else "?")
    return "".join(chars)


def big(rng: random.Random, index: int) -> str:
    """The rare large inputs: long numbers, repeated phrases, 1 MB lines, a 1 MB report."""
    kind = index % 5
    if kind == 0:
        return f"{rng.choice(REPORTS)} " + "9" * 5000 + " soldiers were killed."
    if kind == 1:
        return rng.choice(RUNS) * rng.randint(1000, 4000)
    if kind == 2:
        return (rng.choice(REPORTS)[:60] + " ") * 10_000
    if kind == 3:
        return (rng.choice(REPORTS).rstrip(".") + ", ") * (1_000_000 // 90)
    # a whole report of several sentences in one language, repeated to 1 MB
    lang = rng.randrange(3)
    report = " ".join(REPORTS[2 * lang:2 * lang + 2]) + " "
    return report * (1_000_000 // len(report))


def check(doc: ArticleDoc) -> None:
    """The invariants of one analysed document (AssertionError when one fails)."""
    out = document_out(doc, include_text=True)
    json.loads(json.dumps(out.model_dump(mode="json"), allow_nan=False))
    for item in (*out.numbers, *out.dates):
        start, end = item.span
        assert 0 <= start <= end <= len(doc.text) and doc.text[start:end] == item.text, "span"
    for date in out.dates:
        assert date.start is None or date.end is None or date.start <= date.end, "date order"
    for event in out.events:
        present = [f for f in (event.fatalities_low, event.fatalities_best, event.fatalities_high)
                   if f is not None]
        assert present == sorted(present) and all(math.isfinite(f) for f in present), "figures"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--big-every", type=int, default=5_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pipeline = Pipeline.from_config(load_config())
    failures: Counter[str] = Counter()
    examples: dict[str, str] = {}
    refused = 0
    worst = (0.0, 0)
    started = time.monotonic()
    for index in range(args.inputs):
        if index % args.big_every == args.big_every - 1:
            text = big(rng, index // args.big_every)
        else:
            text = mutate(rng) if index % 2 else random_unicode(rng)
        lang = rng.choice([None, "ar", "fr", "en"])
        began = time.process_time()
        try:
            check(pipeline(ArticleDoc.from_text(text, lang=lang)))
        except InputError:
            refused += 1
        except Exception as exc:  # every other exception is a failure to report
            kind = f"{type(exc).__name__}: {str(exc)[:80]}"
            failures[kind] += 1
            examples.setdefault(kind, text[:300])
        per_10kb = (time.process_time() - began) / max(len(text), 1) * 10_000
        if len(text) >= 1_000 and per_10kb > worst[0]:
            worst = (per_10kb, len(text))
        if index % 5_000 == 4_999 or index == args.inputs - 1:
            write(args.out, {
                "inputs": index + 1, "seed": args.seed, "refused_as_input_errors": refused,
                "failures": sum(failures.values()), "failure_kinds": dict(failures),
                "examples": examples, "worst_seconds_per_10kb": round(worst[0], 4),
                "worst_at_chars": worst[1],
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "wall_seconds": round(time.monotonic() - started, 1)})


def write(path: Path, result: dict) -> None:
    """Write the figures so far (and say them on standard error)."""
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "examples"}), file=sys.stderr,
          flush=True)


if __name__ == "__main__":
    main()
