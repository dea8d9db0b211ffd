"""Scoring extracted layers against gold, per language.

A predicted mention matches a gold mention when their spans overlap (one-to-one,
largest overlap first). Detection is scored as precision/recall/F1; each field is
scored as accuracy over all gold mentions (a missed mention counts as wrong), so a
field score can never look better than detection allows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.doc import ArticleDoc, Span
from rasd.eval.assign import max_weight_pairs
from rasd.eval.gold import GoldItem, locate
from rasd.eval.keys import key_errors, score_keys
from rasd.eval.tally import Tally


@dataclass
class Report:
    """metric name → Tally, per language."""

    by_lang: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(dict))
    items: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)  # event mismatches, in order

    def add(self, lang: str, metric: str, tally: Tally) -> None:
        self.by_lang[lang].setdefault(metric, Tally()).add(tally)

    def as_dict(self) -> dict[str, Any]:
        return {"items": self.items,
                "languages": {lang: {m: t.as_dict() for m, t in sorted(metrics.items())}
                              for lang, metrics in sorted(self.by_lang.items())}}


def _pair(gold: list[Span], pred: list[Span]) -> dict[int, int]:
    """One-to-one matching of overlapping spans: gold index → predicted index."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, gi, pi))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def _number_fields(m: Any) -> dict[str, Any]:
    return {"value": m.value, "low": m.low, "high": m.high, "kind": m.kind.value}


def _date_fields(m: Any) -> dict[str, Any]:
    return {"date": None if m.date is None else m.date.isoformat(),
            "precision": None if m.precision is None else int(m.precision)}


# layer name → (fields compared, how to read them from a predicted mention)
MENTION_LAYERS: dict[str, tuple[tuple[str, ...], Callable[[Any], dict[str, Any]]]] = {
    "numbers": (("value", "low", "high", "kind"), _number_fields),
    "dates": (("date", "precision"), _date_fields),
}


def score_mentions(item: GoldItem, doc: ArticleDoc, layer: str) -> dict[str, Tally]:
    """Detection and per-field tallies for one mention layer of one document."""
    names, read = MENTION_LAYERS[layer]
    gold = item.expected[layer]
    gold_spans = [locate(item.text, g, where=item.item_id) for g in gold]
    predicted = list(getattr(doc, layer) or ())
    pairs = _pair(gold_spans, [p.span for p in predicted])
    tallies = {f"{layer}.detect": Tally(tp=len(pairs), fp=len(predicted) - len(pairs),
                                        fn=len(gold) - len(pairs))}
    exact = sum(1 for gi, pi in pairs.items() if gold_spans[gi] == predicted[pi].span)
    tallies[f"{layer}.span_exact"] = Tally(hits=exact, total=len(gold))
    for name in names:
        hits = sum(1 for gi, pi in pairs.items()
                   if read(predicted[pi]).get(name) == gold[gi].get(name))
        tallies[f"{layer}.{name}"] = Tally(hits=hits, total=len(gold))
    return tallies


def score_item(item: GoldItem, doc: ArticleDoc) -> dict[str, Tally]:
    """Every metric the item's `expected` block allows."""
    tallies: dict[str, Tally] = {}
    if "lang" in item.expected:
        tallies["lang"] = Tally(hits=int(doc.lang == item.expected["lang"]), total=1)
    for layer in MENTION_LAYERS:
        if layer in item.expected:
            tallies.update(score_mentions(item, doc, layer))
    if "events" in item.expected:
        tallies.update(score_events(item.expected["events"], [_event_dict(e) for e in doc.events or ()]))
    return tallies


EVENT_FIELDS = ("role", "event_type", "sub_event_type", "event_date", "time_precision",
                "fatalities", "location")


def _event_dict(event: Any) -> dict[str, Any]:
    data = event.model_dump(mode="json")
    data["claimant_roles"] = sorted({c["claimant_role"] for c in data.get("claims", ())})
    # gold writes `location` as the text does, and `location_latin` as the gazetteer names it
    data["location_resolved"] = data.get("location")
    data["location"] = data.get("location_text")
    return data


# How much two events agree: the incident's identity (role, date, place, actor, toll) and its type.
_IDENTITY_WEIGHTS = {"role": 2, "event_date": 2, "actor1": 1, "location": 1, "fatalities": 1}
_TYPE_WEIGHTS = {"sub_event_type": 1, "event_type": 1}


def _agreement(gold: dict[str, Any], pred: dict[str, Any], weights: dict[str, int]) -> int:
    return sum(w for key, w in weights.items() if gold.get(key) == pred.get(key))


def _similarity(gold: dict[str, Any], pred: dict[str, Any]) -> int:
    """The weight of a candidate pair; 0 when the two cannot be the same incident.

    A shared type is no evidence of a shared incident ("a peaceful protest" in Gao and one in
    Ouagadougou), so a pair needs an identity agreement of 2 (the role, the date, or two of
    place, actor and toll); the type then helps choose among such pairs."""
    identity = _agreement(gold, pred, _IDENTITY_WEIGHTS)
    return identity + _agreement(gold, pred, _TYPE_WEIGHTS) if identity >= 2 else 0


def _pair_events(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    """One-to-one pairs of gold and predicted events that can be the same incident, of the
    greatest total similarity (an optimal assignment: greedy pairing, best pair first, can
    strand an event whose only partner a slightly better pair took)."""
    return max_weight_pairs([[_similarity(g, p) for p in pred] for g in gold])


def _in_range(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The predicted best figure lies within the gold low–high range (0 when no toll)."""
    best = pred.get("fatalities_best")
    low, high = gold.get("fatalities_low"), gold.get("fatalities_high")
    if low is None and gold.get("fatalities_best") is None:
        return best is None and pred.get("fatalities") in (0, None)
    if best is None:
        return False
    lower = low if low is not None else gold.get("fatalities_best")
    return lower <= best and (high is None or best <= high)


def _actor_tally(gold: list[dict], pred: list[dict], pairs: dict[int, int], slot: str) -> Tally:
    tally = Tally()
    matched_pred = set(pairs.values())
    for gi, g in enumerate(gold):
        p = pred[pairs[gi]] if gi in pairs else {}
        if g.get(slot) and p.get(slot) == g.get(slot):
            tally.tp += 1
        else:
            tally.fn += bool(g.get(slot))
            tally.fp += bool(p.get(slot))
    tally.fp += sum(bool(p.get(slot)) for pi, p in enumerate(pred) if pi not in matched_pred)
    return tally


def score_events(gold: list[dict], pred: list[dict]) -> dict[str, Tally]:
    """Detection F1, per-field accuracy over gold events, actor F1, claimant roles."""
    pairs = _pair_events(gold, pred)
    tallies = {"events.detect": Tally(tp=len(pairs), fp=len(pred) - len(pairs),
                                      fn=len(gold) - len(pairs))}
    for name in EVENT_FIELDS:
        hits = sum(1 for gi, pi in pairs.items() if pred[pi].get(name) == gold[gi].get(name))
        tallies[f"events.{name}"] = Tally(hits=hits, total=len(gold))
    tallies["events.fatalities_in_range"] = Tally(
        hits=sum(1 for gi, pi in pairs.items() if _in_range(gold[gi], pred[pi])), total=len(gold))
    tallies["events.claimant_roles"] = Tally(
        hits=sum(1 for gi, pi in pairs.items()
                 if pred[pi].get("claimant_roles") == sorted(gold[gi].get("claimant_roles") or [])),
        total=len(gold))
    for slot in ("actor1", "actor2"):
        tallies[f"events.{slot}"] = _actor_tally(gold, pred, pairs, slot)
    background = [g.get("role") == "background" for g in gold]
    found = [p.get("role") == "background" for p in pred]
    tallies["events.background"] = Tally(
        tp=sum(1 for gi, pi in pairs.items() if background[gi] and found[pi]),
        fp=sum(1 for pi, f in enumerate(found) if f and pi not in set(pairs.values()))
        + sum(1 for gi, pi in pairs.items() if found[pi] and not background[gi]),
        fn=sum(1 for gi, b in enumerate(background) if b and not (gi in pairs and found[pairs[gi]])))
    tallies["events.no_incident_texts"] = Tally(hits=int(not pred), total=1) if not gold else Tally()
    tallies.update(score_keys(gold, pred, pairs))
    return tallies


ERROR_FIELDS = (*EVENT_FIELDS, "actor1", "actor2", "claimant_roles")


def event_errors(gold: list[dict], pred: list[dict]) -> list[dict[str, Any]]:
    """Each way the predicted events differ from the gold ones: a field of a paired event
    (`event` is the gold event's index), a gold event missed, or an extra event."""
    pairs = _pair_events(gold, pred)
    errors: list[dict[str, Any]] = []
    for gi, g in enumerate(gold):
        if gi not in pairs:
            errors.append({"event": gi, "field": "(missed)", "gold": _brief(g), "predicted": None})
            continue
        p = pred[pairs[gi]]
        for name in ERROR_FIELDS:
            want = sorted(g.get(name) or []) if name == "claimant_roles" else g.get(name)
            if name in g and p.get(name) != want:
                errors.append({"event": gi, "field": name, "gold": want, "predicted": p.get(name)})
        errors += [{"event": gi, **error} for error in key_errors(g, p)]
    paired = set(pairs.values())
    errors += [{"event": None, "field": "(extra)", "gold": None, "predicted": _brief(p)}
               for pi, p in enumerate(pred) if pi not in paired]
    return errors


def _brief(event: dict[str, Any]) -> str:
    return " / ".join(str(event.get(k)) for k in ("role", "sub_event_type", "event_date", "location"))


def evaluate(items: Iterable[GoldItem], run: Callable[[GoldItem], ArticleDoc]) -> Report:
    """Run the pipeline over gold items and tally every metric per language; the event
    mismatches go to `Report.errors`."""
    report = Report()
    for item in items:
        doc = run(item)
        lang = item.expected.get("lang") or doc.lang or "und"
        report.items += 1
        for metric, tally in score_item(item, doc).items():
            report.add(lang, metric, tally)
            report.add("all", metric, tally)
        if "events" in item.expected:
            pred = [_event_dict(e) for e in doc.events or ()]
            report.errors += [{"item": item.item_id, "lang": lang, **error}
                              for error in event_errors(item.expected["events"], pred)]
    return report
