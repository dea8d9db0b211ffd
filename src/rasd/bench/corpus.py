"""A generated benchmark corpus: ~3 KB news-style documents in Arabic, French and English.

Sentences are built from templates written for rasd with seeded random slots (places,
figures, dates), mixed with context sentences that carry no figure or date (60 % of
sentences), so the corpus is the same on every machine and holds about 10 figures and 3
to 4 dates per 3 KB document, as news reports do. Used by `rasd bench` and benchmarks/.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

_LATIN = ["Mopti", "Gao", "Ménaka", "Tombouctou", "Djibo", "Dori", "Tillabéri", "Ouallam",
          "Boulkessi", "Diafarabé", "Ségou", "Kidal", "Fada N'Gourma", "Arbinda"]
PLACES = {"ar": ["موبتي", "غاو", "ميناكا", "تمبكتو", "جيبو", "دوري", "تيلابيري", "ولام", "بولكيسي",
                 "جافرابي", "سيغو", "كيدال", "فادا نغورما", "أربيندا"],
          "fr": _LATIN, "en": _LATIN}

TEMPLATES = {
    "ar": [
        "قتل {n} جنود على الأقل في هجوم استهدف معسكراً للجيش قرب بلدة {p} يوم {wd_ar} الماضي، وفقاً لمصادر أمنية.",
        "وأعلنت جماعة مسلحة في بيان مسؤوليتها عن الهجوم، مؤكدة أن مقاتليها استولوا على {n2} مركبات وكميات من الذخيرة.",
        "وقال مسؤول محلي إن أكثر من {n} مدنياً فروا من قرى محيطة بمدينة {p} منذ أمس.",
        "وأضاف المصدر أن نحو {n2} من المهاجمين قتلوا خلال الاشتباكات التي استمرت عدة ساعات.",
        "وفي {d} {m_ar} {y}، تعرضت دورية عسكرية لكمين على الطريق بين {p} و{p2}، ما أسفر عن مقتل ثلاثة جنود وإصابة خمسة آخرين.",
        "وتشهد المنطقة منذ سنوات هجمات متكررة تنسب إلى جماعات مرتبطة بتنظيمي القاعدة والدولة الإسلامية.",
        "وأفاد شهود عيان بأن عشرات المسلحين على دراجات نارية هاجموا السوق الأسبوعية في البلدة.",
        "ولم يصدر الجيش حتى الآن أي بيان رسمي بشأن حصيلة الخسائر، بينما تحدثت مصادر محلية عن ٢٢ قتيلاً.",
    ],
    "fr": [
        "Au moins {n} soldats ont été tués {wd_fr} dernier dans une attaque contre un camp militaire près de {p}, selon des sources sécuritaires.",
        "Dans un communiqué, un groupe armé a revendiqué l'attaque et affirmé avoir saisi {n2} véhicules et des munitions.",
        "Selon un élu local, plus d'une dizaine de civils ont fui les villages environnants de {p} depuis hier.",
        "Une trentaine d'assaillants ont été « neutralisés » lors des combats qui ont duré plusieurs heures, a indiqué l'armée.",
        "Le {d} {m_fr} {y}, une patrouille est tombée dans une embuscade sur l'axe {p}-{p2}, faisant trois morts et cinq blessés.",
        "La région est confrontée depuis des années à des attaques attribuées à des groupes liés à Al-Qaïda et à l'État islamique.",
        "Des témoins ont rapporté que des dizaines d'hommes armés à moto ont attaqué le marché hebdomadaire de la localité.",
        "L'armée n'a publié aucun bilan officiel, tandis que des sources locales font état de 1 200 déplacés.",
    ],
    "en": [
        "At least {n} soldiers were killed last {wd_en} in an attack on an army base near {p}, security sources said.",
        "In a statement, an armed group claimed responsibility and said its fighters seized {n2} vehicles and ammunition.",
        "A local official said more than {n} civilians had fled villages around {p} since yesterday.",
        "About {n2} attackers were killed during clashes that lasted several hours, the army said.",
        "On {d} {m_en} {y}, a patrol was ambushed on the road between {p} and {p2}, killing three soldiers and wounding five.",
        "The region has for years faced repeated attacks blamed on groups linked to al-Qaeda and the Islamic State.",
        "Witnesses said dozens of gunmen on motorbikes attacked the weekly market in the town.",
        "The army has not released an official toll, while local sources reported 1,200 displaced people.",
    ],
}
# context sentences without figures or dates: news articles carry far more of these than
# the incident sentences above, so the corpus mixes them in at a realistic density
CONTEXT = {
    "ar": [
        "وتعاني المنطقة من تدهور الأوضاع الأمنية منذ سنوات، ما دفع آلاف السكان إلى النزوح نحو المدن الكبرى.",
        "ويقول مراقبون إن الجماعات المسلحة تستغل ضعف حضور الدولة في المناطق الريفية لتوسيع نفوذها.",
        "وتطالب منظمات إنسانية بتسهيل وصول المساعدات إلى المناطق المحاصرة التي تعاني من نقص الغذاء والدواء.",
        "وأكد مسؤولون محليون أن الطرق المؤدية إلى البلدة باتت غير آمنة، وأن الأسواق الأسبوعية توقفت عن العمل.",
        "ويعتمد معظم سكان المنطقة على الزراعة وتربية الماشية، وقد تضررت أنشطتهم بشدة بسبب انعدام الأمن.",
    ],
    "fr": [
        "La région est confrontée depuis plusieurs années à une dégradation de la situation sécuritaire qui a poussé de nombreux habitants à fuir vers les villes.",
        "Selon des observateurs, les groupes armés profitent de la faible présence de l'État dans les zones rurales pour étendre leur influence.",
        "Des organisations humanitaires réclament un accès facilité aux zones enclavées, où la population manque de nourriture et de soins.",
        "Des responsables locaux affirment que les routes menant à la localité sont devenues dangereuses et que les marchés hebdomadaires ont cessé de fonctionner.",
        "La plupart des habitants vivent de l'agriculture et de l'élevage, des activités durement touchées par l'insécurité.",
    ],
    "en": [
        "The region has faced a worsening security situation for years, pushing many residents to flee to larger towns.",
        "Observers say armed groups exploit the weak presence of the state in rural areas to expand their influence.",
        "Humanitarian organisations are calling for easier access to cut-off areas, where people lack food and medical care.",
        "Local officials say the roads leading to the town have become unsafe and that weekly markets have stopped operating.",
        "Most residents live from farming and herding, activities that have been hit hard by the insecurity.",
    ],
}
WEEKDAYS = {"ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
            "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
MONTHS = {"ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                 "أكتوبر", "نوفمبر", "ديسمبر"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"]}


def _sentence(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.6:
        return rng.choice(CONTEXT[lang])
    template = rng.choice(TEMPLATES[lang])
    places = PLACES[lang]
    return template.format(
        n=rng.randint(2, 60), n2=rng.randint(2, 20), p=rng.choice(places), p2=rng.choice(places),
        d=rng.randint(1, 28), y=rng.choice([2023, 2024, 2025]),
        wd_ar=rng.choice(WEEKDAYS["ar"]), wd_fr=rng.choice(WEEKDAYS["fr"]),
        wd_en=rng.choice(WEEKDAYS["en"]), m_ar=rng.choice(MONTHS["ar"]),
        m_fr=rng.choice(MONTHS["fr"]), m_en=rng.choice(MONTHS["en"]),
    )


def documents(count: int, *, size: int = 3000, seed: int = 7) -> Iterator[dict]:
    """`count` JSONL-ready documents of about `size` characters, languages in rotation."""
    rng = random.Random(seed)
    for i in range(count):
        lang = ("ar", "fr", "en")[i % 3]
        paragraphs: list[str] = []
        length = 0
        while length < size:
            paragraph = " ".join(_sentence(rng, lang) for _ in range(rng.randint(2, 4)))
            paragraphs.append(paragraph)
            length += len(paragraph) + 2
        yield {"id": f"bench-{i}", "published": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "source": "rasd benchmark corpus", "text": "\n\n".join(paragraphs)}


def write_corpus(path: Path, count: int, *, size: int = 3000, seed: int = 7) -> Path:
    """Write the corpus as JSONL (once; reused when it already exists with that name)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for doc in documents(count, size=size, seed=seed):
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        tmp.rename(path)
    return path
