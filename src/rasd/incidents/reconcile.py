"""Reconcile the reports of one incident into the incident's fields.

Choices (docs/incidents.md has the reasons): the event date most reports give (earliest on a
tie); the sub-event type most reports give (ACLED precedence on a tie); the most reported
actors; the most precise place; `fatalities_low` the lowest and `fatalities_high` the highest
figure any report gives; `fatalities_best` the median of the figures from the most trusted
tier of sources present (independent, then other non-party sources, then parties to the
fight); `fatalities` ACLED's conservative count, the lowest figure from that same tier; and
`sources`, every report's figures with who gives them and whether that is a party.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from rasd.errors import InputError
from rasd.taxonomy import taxonomy

# trust tiers for a report's figure (lower is trusted more)
INDEPENDENT, NEUTRAL, PARTY = 0, 1, 2
_INDEPENDENT_ROLES = frozenset({"independent_media", "international_organisation", "local_source"})
_PARTY_ROLES = frozenset({"perpetrator", "target", "government"})
UNATTRIBUTED = "unattributed"  # the outlet's own voice: no claim covers the figure
_FIGURE_FIELDS = frozenset({"fatalities", "injured"})
PLACE_FIELDS = ("iso", "country", "admin1", "admin2", "admin3", "location", "latitude",
                "longitude", "geo_precision")


def _tier(role: str, partisan: bool) -> int:
    if partisan or role in _PARTY_ROLES:
        return PARTY
    return INDEPENDENT if role in _INDEPENDENT_ROLES else NEUTRAL


def figure_claim(row: dict) -> tuple[str | None, str, bool]:
    """(claimant, role, partisan) behind a report's figures: a non-party claim covering
    them if there is one, else a party's claim, else the outlet itself ("unattributed")."""
    covering = [c for c in row.get("claims") or () if _FIGURE_FIELDS & set(c.get("fields") or ())]
    covering.sort(key=lambda c: _tier(c.get("claimant_role", "unknown"), bool(c.get("partisan"))))
    if covering:
        c = covering[0]
        role = c.get("claimant_role", "unknown")
        return c.get("claimant"), role, _tier(role, bool(c.get("partisan"))) == PARTY
    return row.get("doc_source"), UNATTRIBUTED, False


def _killed(row: dict) -> int | None:
    for key in ("fatalities_best", "fatalities_low", "fatalities"):
        if row.get(key) is not None:
            return row[key]
    return None


def _mode(values: Iterable[Any], *, rank: Callable[[Any], Any]) -> Any:
    """The most frequent non-None value; ties go to the lowest `rank`."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], rank(v)))


def _median_low(values: list[int]) -> int:
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def _sub_rank(sub: str) -> int:
    subs = taxonomy().sub_event_types
    return subs[sub].precedence if sub in subs else len(subs)


def _kind(rows: Sequence[dict]) -> dict[str, Any]:
    sub = _mode((r.get("sub_event_type") for r in rows), rank=_sub_rank)
    typed = [r for r in rows if r.get("sub_event_type") == sub] or list(rows)
    subs = taxonomy().sub_event_types
    return {
        "sub_event_type": sub,
        "event_type": subs[sub].event_type if sub in subs else
        _mode((r.get("event_type") for r in typed), rank=str),
        "disorder_type": subs[sub].disorder if sub in subs else None,
        # the actors of the reports that agree on the type, named groups before "unidentified"
        "actor1": _mode((r.get("actor1") for r in typed), rank=_actor_rank),
        "actor2": _mode((r.get("actor2") for r in typed), rank=_actor_rank),
    }


def _actor_rank(name: str) -> tuple[bool, str]:
    return ("unidentified" in name.casefold(), name)


def _date(rows: Sequence[dict]) -> dict[str, Any]:
    dates = [r.get("event_date") for r in rows]
    best = _mode(dates, rank=str)
    known = sorted(str(d) for d in dates if d is not None)
    precisions = [r.get("time_precision") for r in rows
                  if r.get("event_date") == best and r.get("time_precision") is not None]
    return {"event_date": best, "time_precision": min(precisions) if precisions else None,
            "event_date_first": known[0] if known else None,
            "event_date_last": known[-1] if known else None}


def _place(rows: Sequence[dict]) -> dict[str, Any]:
    located = [r for r in rows if r.get("location") or r.get("latitude") is not None]
    if not located:
        return {k: _mode((r.get(k) for r in rows), rank=str) for k in PLACE_FIELDS}
    top = min(r.get("geo_precision") or 9 for r in located)
    finest = [r for r in located if (r.get("geo_precision") or 9) == top]
    name = _mode((r.get("location") for r in finest), rank=str)
    chosen = min((r for r in finest if r.get("location") == name),
                 key=lambda r: r["report_id"], default=finest[0])
    return {k: chosen.get(k) for k in PLACE_FIELDS}


def source_entry(row: dict) -> dict[str, Any]:
    """One report's figures with who gives them, its trust tier and document."""
    claimant, role, partisan = figure_claim(row)
    return {
        "report_id": row["report_id"], "doc_source": row.get("doc_source"),
        "doc_lang": row.get("doc_lang"), "doc_url": row.get("doc_url"),
        "doc_published": row.get("doc_published"), "claimant": claimant,
        "claimant_role": role, "partisan": partisan, "tier": _tier(role, partisan),
        **{k: row.get(k) for k in ("fatalities", "fatalities_low", "fatalities_best",
                                   "fatalities_high", "injured")},
    }


def _figures(sources: list[dict]) -> dict[str, Any]:
    lows = [v for s in sources for v in (s["fatalities_low"], s["fatalities_best"],
                                         s["fatalities"]) if v is not None]
    highs = [v for s in sources for v in (s["fatalities_high"], s["fatalities_best"],
                                          s["fatalities_low"]) if v is not None]
    given = [s for s in sources if _killed(s) is not None]
    tier = min((s["tier"] for s in given), default=None)
    trusted = [s for s in given if s["tier"] == tier]
    hurt = [s["injured"] for s in sources if s["injured"] is not None]
    conservative = [s["fatalities"] for s in trusted if s["fatalities"] is not None]
    return {
        "fatalities": min(conservative) if conservative else (min(lows) if lows else None),
        "fatalities_low": min(lows) if lows else None,
        "fatalities_best": _median_low([_killed(s) for s in trusted]) if trusted else None,
        "fatalities_high": max(highs) if highs else None,
        "fatalities_basis": {INDEPENDENT: "independent", NEUTRAL: "non-party",
                             PARTY: "party"}.get(tier),  # type: ignore[arg-type]
        "injured": _median_low(hurt) if hurt else None,
    }


def reconcile(reports: Sequence[dict]) -> dict[str, Any]:
    """The incident's fields from the report rows of one group (see the module docstring).

    Background reports count only when the group has no main report. Raises InputError
    for an empty group.
    """
    if not reports:
        raise InputError("no reports to reconcile")
    main = [r for r in reports if r.get("role", "main") == "main"]
    rows = sorted(main or reports, key=lambda r: r["report_id"])
    sources = [source_entry(r) for r in rows]
    return {
        "report_ids": [r["report_id"] for r in rows],
        "n_reports": len(rows),
        "n_sources": len({r.get("doc_source") or r["report_id"] for r in rows}),
        "languages": sorted({r["doc_lang"] for r in rows if r.get("doc_lang")}),
        **_date(rows), **_kind(rows), **_place(rows), **_figures(sources),
        "sources": sources,
    }
