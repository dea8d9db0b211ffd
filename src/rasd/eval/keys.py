"""Scoring of the gold keys beyond docs/golden-events.md: `country`, `admin1`,
`location_latin`, `materiel` and `not_actors` (docs/eval.md).

Each key is scored only on the gold events that carry it, so gold sets without these keys
(tests/golden) are not scored on them. `country`, `admin1` and `location_latin` are
accuracies over the gold events with a non-null value (null there means "not settled"); a
missed event counts as wrong. `materiel` is a set F1 over (item, count, action) of paired
events. `not_actors` counts, over the names of paired events, those that the prediction makes
a party (actor1, actor2 or an associate): its accuracy is the share of names kept out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from rasd.eval.tally import Tally

PLACE_KEYS = ("country", "admin1", "location_latin")
PARTY_SLOTS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")
_PLACE_NOISE = re.compile(r"[\s\-‐‑‒–—_]+")
# typographic apostrophes are the same letter as the typewriter one ("Fada N’Gourma")
_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼʻ`´′"})


def place_key(name: str | None) -> str | None:
    """A place name without accents, case, hyphens or spaces ("Diafarabé" ~ "dia-farabe"),
    any apostrophe read as the typewriter one ("N’Gourma" ~ "N'Gourma")."""
    if name is None:
        return None
    decomposed = unicodedata.normalize("NFD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _PLACE_NOISE.sub("", bare).translate(_APOSTROPHES).casefold()


def _actor_key(name: str) -> str:
    return _PERIOD.sub("", name).strip().casefold()


def predicted_value(key: str, pred: dict[str, Any]) -> Any:
    """The predicted event's value for a place key (`location_latin` is its resolved `location`)."""
    return pred.get("location_resolved") if key == "location_latin" else pred.get(key)


def place_hit(key: str, gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Whether the predicted value of a place key agrees with the gold one."""
    want, got = gold.get(key), predicted_value(key, pred)
    if key == "location_latin":
        return place_key(want) == place_key(got)
    return got is not None and place_key(got) == place_key(want)


def materiel_items(items: Any) -> Counter:
    """A multiset of (item, count, action) from gold dicts or predicted records."""
    return Counter((m.get("item"), m.get("count"), m.get("action")) for m in items or ())


def wrongful_parties(gold: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    """The gold `not_actors` that the predicted event names as a party or an associate."""
    parties = {_actor_key(pred[slot]) for slot in PARTY_SLOTS if pred.get(slot)}
    return [name for name in gold.get("not_actors") or () if _actor_key(name) in parties]


def score_keys(gold: list[dict], pred: list[dict], pairs: dict[int, int]) -> dict[str, Tally]:
    """Tallies for the extra keys, over the gold events that carry them."""
    tallies: dict[str, Tally] = {}
    for key in PLACE_KEYS:
        scored = [gi for gi, g in enumerate(gold) if g.get(key) is not None]
        if scored:
            tallies[f"events.{key}"] = Tally(
                hits=sum(1 for gi in scored if gi in pairs and place_hit(key, gold[gi], pred[pairs[gi]])),
                total=len(scored))
    with_materiel = [gi for gi, g in enumerate(gold) if "materiel" in g]
    if with_materiel:
        tallies["events.materiel"] = _materiel_tally(gold, pred, pairs, with_materiel)
    with_not_actors = [gi for gi in pairs if gold[gi].get("not_actors")]
    if with_not_actors:
        names = sum(len(gold[gi]["not_actors"]) for gi in with_not_actors)
        wrong = sum(len(wrongful_parties(gold[gi], pred[pairs[gi]])) for gi in with_not_actors)
        tallies["events.not_actors"] = Tally(hits=names - wrong, total=names)
    return tallies


def _materiel_tally(gold: list[dict], pred: list[dict], pairs: dict[int, int],
                    scored: list[int]) -> Tally:
    tally = Tally()
    for gi in scored:
        want = materiel_items(gold[gi]["materiel"])
        got = materiel_items(pred[pairs[gi]].get("materiel")) if gi in pairs else Counter()
        common = sum((want & got).values())
        tally.tp += common
        tally.fn += sum(want.values()) - common
        tally.fp += sum(got.values()) - common
    return tally


def key_errors(gold: dict[str, Any], pred: dict[str, Any]) -> list[dict[str, Any]]:
    """The extra keys on which a paired predicted event differs from its gold event."""
    errors = []
    for key in PLACE_KEYS:
        if gold.get(key) is not None and not place_hit(key, gold, pred):
            errors.append({"field": key, "gold": gold[key], "predicted": predicted_value(key, pred)})
    if "materiel" in gold:
        want, got = materiel_items(gold["materiel"]), materiel_items(pred.get("materiel"))
        if want != got:
            errors.append({"field": "materiel", "gold": sorted(want.elements(), key=str),
                           "predicted": sorted(got.elements(), key=str)})
    wrong = wrongful_parties(gold, pred)
    if wrong:
        errors.append({"field": "not_actors", "gold": list(gold["not_actors"]), "predicted": wrong})
    return errors
