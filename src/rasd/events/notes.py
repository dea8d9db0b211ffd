"""A short, neutral English description of an event record, ACLED-notes style."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained control of an area from",
    "Non-state actor overtakes territory": "took control of an area from",
    "Air/drone strike": "carried out an air or drone strike against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "used an explosive device against",
    "Grenade": "threw a grenade at",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "committed sexual violence against",
    "Arrests": "arrested",
    "Looting/property destruction": "looted or destroyed property of",
    "Disrupted weapons use": "disrupted weapons use by",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "used excessive force against",
    "Violent demonstration": "rioted",
    "Mob violence": "attacked",
    "Agreement": "reached an agreement with",
    "Non-violent transfer of territory": "handed over an area to",
    "Headquarters or base established": "established a base",
    "Change to group/activity": "changed activity",
    "Chemical weapon": "used a chemical weapon against",
    "Other": "was involved in an event with",
}


# English month names written out, not strftime's %B: that reads the process's locale, and
# formats a date about ten times slower
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def describe(record: dict[str, Any]) -> str:
    """One or two sentences from the record's own fields; unknown parts are left out."""
    parts = []
    day = record.get("event_date")
    if day:
        parts.append(f"On {day.day} {MONTHS[day.month - 1]} {day.year},")
    subject = record.get("actor1") or "An unidentified actor"
    sub = record.get("sub_event_type") or ""
    if record.get("actor2"):
        clause = f"{subject} {VERBS.get(sub, 'was involved in an event with')} {record['actor2']}"
    else:
        clause = f"{subject} was involved in an event coded {sub or 'unknown'}"
    parts.append(clause)
    place = _latin_place(record)
    if place:
        where = "near" if place == record.get("location") and record.get("geo_precision") == 2 \
            else "in"
        parts.append(f"{where} {place}")
    if record.get("country"):
        parts.append(f"({record['country']})")
    text = " ".join(parts).rstrip(",") + "."
    figures = _figures(record)
    if figures:
        text += " " + figures
    if record.get("role") == "background":
        text = "[Background] " + text
    return text


def _latin_place(record: dict[str, Any]) -> str | None:
    """The place an English note names: the resolved name, or when the place is known only
    as the text writes it in another script, the nearest admin unit with a Latin name
    (English notes carry no Arabic words)."""
    for key in ("location", "admin2", "admin1"):
        name = record.get(key)
        if name and _is_latin(name):
            return name
    return None


@lru_cache(maxsize=4096)
def _is_latin(name: str) -> bool:
    # asked for the same few place names by every event: a name look-up per letter, once
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def _figures(record: dict[str, Any]) -> str:
    bits = []
    if record.get("fatalities_best") is not None:
        low, best, high = record["fatalities_low"], record["fatalities_best"], record["fatalities_high"]
        if low is not None and high is not None and low != high:
            bits.append(f"{low}-{high} reported killed")
        elif low is not None and high is None and low == best:
            bits.append(f"at least {best} reported killed")
        else:
            bits.append(f"{best} reported killed")
    for outcome in ("injured", "abducted", "missing", "arrested"):
        if record.get(outcome):
            bits.append(f"{record[outcome]} {outcome}")
    partisan = sorted({c.claimant for c in record.get("claims", ()) if c.partisan})
    text = "; ".join(bits)
    if text:
        text = text[0].upper() + text[1:] + "."
    if partisan:
        text += f" Figures include claims by parties to the fighting ({', '.join(partisan)})."
    return text.strip()
