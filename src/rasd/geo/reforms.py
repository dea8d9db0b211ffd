"""Both sides of the reforms of first-level divisions (Mali 2023, Burkina Faso 2025).

`resources/taxonomy/regions.yaml` (`reforms`) maps every cercle/province to its region
today and before the reform. Records carry today's `admin1` and, where a reform changed
it, `admin1_former`: the name older data sets use (ACLED's Mali data before 2023 says
"Mopti" for a place now in Bandiagara), so users can join with either; filters accept
either name.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as pkg

import yaml

from rasd.normalize import fold

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    """Country (alpha-3) -> folded region today -> region before the reform."""
    text = pkg.files("rasd.resources").joinpath("taxonomy", "regions.yaml").read_text("utf-8")
    reforms = yaml.load(text, Loader=_YAML_LOADER).get("reforms") or {}
    return {cc: {fold(today): before for today, before in table["regions"].items()}
            for cc, table in reforms.items()}


def former_admin1(admin1: str | None, country_iso3: str | None) -> str | None:
    """The region a place of today's `admin1` belonged to before its country's reform,
    when the reform changed the name (Bandiagara -> Mopti, Liptako -> Sahel); else None."""
    if not admin1:
        return None
    countries = (country_iso3,) if country_iso3 else tuple(_tables())
    for cc in countries:
        before = _tables().get(cc or "", {}).get(fold(admin1))
        if before is not None:
            return None if fold(before) == fold(admin1) else before
    return None


def admin1_aliases(name: str) -> frozenset[str]:
    """The region names today, lower case, that a filter on `name` matches: the name
    itself and, for a former region, the regions today that were part of it ("Mopti":
    Mopti, Bandiagara, Douentza; "Sahel": Liptako, Soum)."""
    key = fold(name)
    out = {name.lower()} | {today for table in _tables().values()
                            for today, before in table.items() if key == fold(before)}
    return frozenset(_accented(out))


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Folded -> lower-case accented name of every region in the tables."""
    out: dict[str, str] = {}
    text = pkg.files("rasd.resources").joinpath("taxonomy", "regions.yaml").read_text("utf-8")
    for table in (yaml.load(text, Loader=_YAML_LOADER).get("reforms") or {}).values():
        for today, before in table["regions"].items():
            out[fold(today)] = today.lower()
            out[fold(before)] = before.lower()
    return out


def _accented(names: set[str]) -> set[str]:
    """The names as stored (accents kept) and as typed (folded)."""
    return {n for name in names for n in (name, _names().get(fold(name), name))}
