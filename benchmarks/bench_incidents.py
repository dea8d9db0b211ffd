"""Incidents across sources: clustering quality end to end, and clustering time at scale.

    python benchmarks/bench_incidents.py [--incidents 900] [--seed 11] [--no-save]

1. Generates a seeded multi-source corpus: incidents in Mali, Burkina Faso and Niger (real
   towns), each reported 1–5 times in Arabic, French and English by templates written for
   rasd, figures varying ±20 % (a party's claim runs higher), publication 0–2 days after the
   event, and some outlets a day off on the event date.
2. Runs the real extractor on every text and keeps the main reports with the incident each
   document was generated from, so the quality figures include extraction errors.
3. Clusters them and scores report pairs: precision, recall, F1 (goal F1 ≥ 0.90).
4. Times `cluster_reports` alone (CPU time, best of 3) at 10,000 and 100,000 reports. Those
   are not extracted one by one: the extracted rows are replicated with new ids, each copy
   shifted by the corpus's span in days (so density per day and area stays that of the
   corpus, as in a longer period) and coordinates jittered by up to ±0.02°.
Writes benchmarks/results/incidents.json and prints it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.incidents import cluster_reports
from rasd.pipeline import Pipeline
from rasd.records import document_out

HERE = Path(__file__).resolve().parent
START = dt.date(2024, 1, 1)
SPAN_DAYS = 365

# (country key, French name, English name, Arabic name) — real towns of the three countries
TOWNS = {
    "ml": ["Gao|Gao|غاو", "Tombouctou|Timbuktu|تمبكتو", "Ménaka|Menaka|ميناكا", "Mopti|Mopti|موبتي",
           "Douentza|Douentza|دوينتزا", "Kidal|Kidal|كيدال", "Niono|Niono|نيونو",
           "Tessit|Tessit|تسيت", "Ansongo|Ansongo|أنسونغو", "Bandiagara|Bandiagara|باندياغارا",
           "Bankass|Bankass|بانكاس", "Sévaré|Sevare|سيفاري", "Djenné|Djenne|جينيه",
           "Léré|Lere|ليري", "Ségou|Segou|سيغو", "Boni|Boni|بوني"],
    "bf": ["Djibo|Djibo|جيبو", "Dori|Dori|دوري", "Ouahigouya|Ouahigouya|واهيغويا",
           "Kaya|Kaya|كايا", "Arbinda|Arbinda|أربيندا", "Sebba|Sebba|سيبا", "Titao|Titao|تيتاو",
           "Diapaga|Diapaga|دياباغا", "Gorom-Gorom|Gorom-Gorom|غوروم غوروم",
           "Fada N'Gourma|Fada N'Gourma|فادا نغورما", "Kantchari|Kantchari|كانتشاري",
           "Barsalogho|Barsalogho|بارسالوغو"],
    "ne": ["Tillabéri|Tillaberi|تيلابيري", "Ouallam|Ouallam|والام", "Téra|Tera|تيرا",
           "Diffa|Diffa|ديفا", "Banibangou|Banibangou|بانيبانغو", "Ayorou|Ayorou|أيورو",
           "Abala|Abala|أبالا", "Tahoua|Tahoua|تاهوا", "Filingué|Filingue|فيلينغي",
           "Torodi|Torodi|تورودي", "Makalondi|Makalondi|ماكالوندي"],
}
COUNTRY = {"ml": ("au Mali", "in Mali", "في مالي"),
           "bf": ("au Burkina Faso", "in Burkina Faso", "في بوركينا فاسو"),
           "ne": ("au Niger", "in Niger", "في النيجر")}
SOLDIERS = {"ml": ("soldats maliens", "Malian soldiers", "جنديا من الجيش المالي"),
            "bf": ("soldats burkinabè", "Burkinabe soldiers", "جنديا من الجيش البوركيني"),
            "ne": ("soldats nigériens", "Nigerien soldiers", "جنديا من الجيش النيجري")}
GROUPS = {
    "jnim": ("le Groupe de soutien à l'islam et aux musulmans (GSIM)",
             "the Group for Support of Islam and Muslims (JNIM)", "جماعة نصرة الإسلام والمسلمين"),
    "is": ("l'État islamique au Sahel", "Islamic State Sahel Province", "تنظيم الدولة الإسلامية في الساحل"),
    "gunmen": ("des hommes armés non identifiés", "unidentified gunmen", "مسلحون مجهولون"),
}
LANGS = ("fr", "en", "ar")
WEEKDAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]}
MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                 "أكتوبر", "نوفمبر", "ديسمبر"]}
YESTERDAY = {"fr": "hier", "en": "yesterday", "ar": "أمس"}
ATTRIBUTION = {  # independent or non-party sources
    "fr": ["selon des sources locales", "selon une source sécuritaire", "a-t-on appris de sources locales",
           "selon l'AFP", "selon des habitants joints par téléphone"],
    "en": ["local sources said", "a security source said", "according to AFP",
           "residents told reporters", "according to humanitarian sources"],
    "ar": ["بحسب مصادر محلية", "بحسب مصدر أمني", "وفق ما أفادت وكالة فرانس برس",
           "حسبما أفاد سكان محليون"],
}
TEMPLATES = {  # kind → language → templates; {g} group, {s} soldiers, {n} figure
    "post": {
        "fr": ["Une attaque attribuée à {g} contre un poste de l'armée à {town} {cty} a fait {n} morts parmi les {s} {day}, {attr}.",
               "Au moins {n} {s} ont été tués {day} lors d'une attaque contre leur position à {town} {cty}, {attr}.",
               "Une attaque menée {day} contre le camp militaire de {town} {cty} a fait {n} morts parmi les {s}, {attr}."],
        "en": ["{G} attacked an army post in {town} {cty} {day}, killing {n} {s}, {attr}.",
               "At least {n} {s} were killed {day} in an attack on their base in {town} {cty}, {attr}.",
               "An assault on the military camp at {town} {cty} {day} left {n} {s} dead, {attr}."],
        "ar": ["قتل {n} {s} {day} في هجوم شنه {g} على موقع عسكري في {town} {cty}، {attr}.",
               "هاجم {g} {day} معسكرا للجيش في {town} {cty} ما أسفر عن مقتل {n} {s}، {attr}."],
    },
    "village": {
        "fr": ["{n} civils ont été tués {day} dans le village de {town} {cty} lors d'une attaque attribuée à {g}, {attr}.",
               "Au moins {n} civils ont été tués {day} lors d'une attaque contre {town} {cty}, {attr}."],
        "en": ["{G} killed {n} civilians in the village of {town} {cty} {day}, {attr}.",
               "At least {n} villagers were killed {day} when gunmen raided {town} {cty}, {attr}."],
        "ar": ["قتل {g} {n} مدنيين {day} في قرية {town} {cty}، {attr}.",
               "لقي {n} مدنيين حتفهم {day} في هجوم على بلدة {town} {cty}، {attr}."],
    },
    "ied": {
        "fr": ["{n} {s} ont été tués {day} lorsque leur véhicule a sauté sur un engin explosif improvisé près de {town} {cty}, {attr}.",
               "L'explosion d'une mine artisanale au passage d'un convoi militaire près de {town} {cty} a tué {n} {s} {day}, {attr}."],
        "en": ["{n} {s} were killed {day} when their vehicle struck an improvised explosive device near {town} {cty}, {attr}.",
               "A roadside bomb hit a military convoy near {town} {cty} {day}, killing {n} {s}, {attr}."],
        "ar": ["قتل {n} {s} {day} إثر انفجار عبوة ناسفة بآليتهم قرب {town} {cty}، {attr}.",
               "انفجرت عبوة ناسفة {day} لدى مرور قافلة عسكرية قرب {town} {cty} ما أدى إلى مقتل {n} {s}، {attr}."],
    },
    "protest": {
        "fr": ["Des centaines de personnes ont manifesté {day} à {town} {cty} pour dénoncer l'insécurité, {attr}."],
        "en": ["Hundreds of people demonstrated in {town} {cty} {day} to denounce insecurity, {attr}."],
        "ar": ["تظاهر مئات الأشخاص {day} في {town} {cty} احتجاجا على تدهور الوضع الأمني، {attr}."],
    },
}
CLAIMS = {  # a party's claim, in the report that carries it instead of the neutral figure
    "fr": ["Dans un communiqué, {G} a revendiqué l'attaque de {day} à {town} {cty}, affirmant avoir tué {n} {s}."],
    "en": ["In a statement, {G} claimed responsibility for the attack {day} in {town} {cty}, saying it killed {n} {s}."],
    "ar": ["أعلنت {g} في بيان مسؤوليتها عن الهجوم الذي وقع {day} في {town} {cty}، مؤكدة مقتل {n} {s}."],
}
CONTEXT = {
    "fr": ["La région est confrontée depuis plusieurs années à des violences de groupes armés.",
           "Les autorités n'avaient pas encore communiqué de bilan officiel."],
    "en": ["The area has faced years of violence by armed groups.",
           "Officials had not yet released a toll."],
    "ar": ["وتشهد المنطقة منذ سنوات أعمال عنف تنفذها جماعات مسلحة.",
           "ولم تصدر السلطات بعد حصيلة رسمية."],
}
KINDS = (("post", 0.4), ("village", 0.25), ("ied", 0.25), ("protest", 0.1))


def _day_phrase(lang: str, event: dt.date, published: dt.date, rng: random.Random) -> str:
    choice = rng.random()
    if published - event == dt.timedelta(days=1) and choice < 0.3:
        return YESTERDAY[lang]
    if choice < 0.65 and (published - event).days < 6:
        name = WEEKDAYS[lang][event.weekday()]
        return {"fr": name, "en": f"on {name}", "ar": f"يوم {name}"}[lang]
    month = MONTHS[lang][event.month - 1]
    return {"fr": f"le {event.day} {month}", "en": f"on {event.day} {month}",
            "ar": f"في {event.day} {month}"}[lang]


def _report(incident: dict, lang: str, rng: random.Random) -> tuple[str, dt.date]:
    li = LANGS.index(lang)
    cc, kind = incident["cc"], incident["kind"]
    event = incident["date"]
    if rng.random() < 0.15:  # this outlet has the day wrong by one
        event += dt.timedelta(days=rng.choice((-1, 1)))
    published = event + dt.timedelta(days=rng.choice((0, 1, 1, 2)))
    partisan = kind != "protest" and incident["group"] != "gunmen" and rng.random() < 0.2
    n = incident["killed"]
    n = round(n * rng.uniform(1.5, 2.5)) if partisan else max(1, round(n * rng.uniform(0.8, 1.2)))
    pool = CLAIMS[lang] if partisan else TEMPLATES[kind][lang]
    group = GROUPS[incident["group"]][li]
    values = {"g": group, "G": group[0].upper() + group[1:], "s": SOLDIERS[cc][li], "n": n,
                  "town": incident["town"].split("|")[li], "cty": COUNTRY[cc][li],
                  "day": _day_phrase(lang, event, published, rng), "attr": rng.choice(ATTRIBUTION[lang])}
    text = " ".join([rng.choice(pool).format(**values), *rng.sample(CONTEXT[lang], k=rng.randint(0, 2))])
    return text, published


def generate(incidents: int, seed: int) -> list[dict]:
    """Documents as dicts: text, lang, published, source, url and the true incident id."""
    rng = random.Random(seed)
    towns = [(cc, t) for cc, names in TOWNS.items() for t in names]
    docs, seen = [], set()
    for k in range(incidents):
        cc, town = rng.choice(towns)
        kind = rng.choices([k_ for k_, _ in KINDS], weights=[w for _, w in KINDS])[0]
        incident = {"cc": cc, "town": town, "kind": kind, "group": rng.choice(list(GROUPS)),
                        "date": START + dt.timedelta(days=rng.randrange(SPAN_DAYS)),
                        "killed": rng.choice((2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40))}
        for r in range(rng.randint(1, 5)):
            lang = rng.choice(LANGS)
            text, published = _report(incident, lang, rng)
            if text in seen:
                continue  # the store keeps one copy of a text (content hash)
            seen.add(text)
            docs.append({"text": text, "lang": lang, "published": published, "source": f"outlet-{lang}-{r}",
                             "url": f"https://example.org/{k}/{r}", "incident": k})
    return docs


def extract(docs: list[dict]) -> tuple[list[dict], dict, float]:
    """Main report rows (with `incident`), counts, and extraction seconds."""
    pipeline = Pipeline.from_config(load_config())
    rows, counts = [], Counter()
    t0 = time.process_time()
    for d in docs:
        doc = pipeline(ArticleDoc.from_text(d["text"], published=d["published"], lang=d["lang"],
                                            source=d["source"], url=d["url"]))
        events = [e for e in document_out(doc).model_dump(mode="json")["events"] if e["role"] == "main"]
        counts["docs"] += 1
        counts["docs_without_main_event"] += not events
        counts["docs_with_several_main_events"] += len(events) > 1
        for e in events:
            rows.append({**e, "report_id": len(rows) + 1, "doc_lang": d["lang"],
                         "doc_published": d["published"].isoformat(), "doc_source": d["source"],
                         "doc_url": d["url"], "incident": d["incident"]})
    return rows, dict(counts), time.process_time() - t0


def pairwise(groups: list[list[int]], truth: dict[int, int]) -> dict:
    """Precision, recall and F1 over report pairs (same group vs same true incident)."""
    predicted = {p for g in groups for p in combinations(sorted(g), 2)}
    by_incident: dict[int, list[int]] = {}
    for rid, inc in truth.items():
        by_incident.setdefault(inc, []).append(rid)
    gold = {p for ids in by_incident.values() for p in combinations(sorted(ids), 2)}
    tp = len(predicted & gold)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "predicted_pairs": len(predicted), "true_pairs": len(gold), "groups": len(groups)}


def replicate(rows: list[dict], size: int, rng: random.Random) -> list[dict]:
    """`size` rows: copies of `rows` with new ids, shifted by the corpus's span, jittered."""
    out = []
    for k in range(size // len(rows) + 1):
        shift = dt.timedelta(days=k * (SPAN_DAYS + 10))
        for r in rows:
            if len(out) == size:
                return out
            new = dict(r, report_id=len(out) + 1, doc_id=f"{r['doc_id']}-{k}",
                       incident=(k, r["incident"]))
            for key in ("event_date", "doc_published"):
                if r.get(key):
                    new[key] = (dt.date.fromisoformat(r[key]) + shift).isoformat()
            if r.get("latitude") is not None:
                new["latitude"] = r["latitude"] + rng.uniform(-0.02, 0.02)
                new["longitude"] = r["longitude"] + rng.uniform(-0.02, 0.02)
            out.append(new)
    return out


def timed(rows: list[dict], repeat: int) -> tuple[float, list[list[int]]]:
    best, groups = float("inf"), []
    for _ in range(repeat):
        t0 = time.process_time()
        groups = cluster_reports(rows)
        best = min(best, time.process_time() - t0)
    return best, groups


def run(incidents: int, seed: int) -> dict:
    docs = generate(incidents, seed)
    rows, counts, extract_s = extract(docs)
    result = {"date": dt.date.today().isoformat(), "seed": seed, "incidents": incidents,
              "documents": len(docs), "languages": dict(Counter(d["lang"] for d in docs)),
              "main_reports": len(rows), **counts, "extract_docs_per_s": round(len(docs) / extract_s)}
    seconds, groups = timed(rows, 3)
    result["quality"] = pairwise(groups, {r["report_id"]: r["incident"] for r in rows})
    result["cluster_seconds"] = {str(len(rows)): round(seconds, 3)}
    rng = random.Random(seed)
    for size, repeat in ((10_000, 3), (100_000, 1)):
        big = replicate(rows, size, rng)
        seconds, groups = timed(big, repeat)
        result["cluster_seconds"][str(size)] = round(seconds, 3)
        result[f"quality_{size}"] = pairwise(groups, {r["report_id"]: r["incident"] for r in big})
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=900)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    result = run(args.incidents, args.seed)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if not args.no_save:
        (HERE / "results" / "incidents.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
