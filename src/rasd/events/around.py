"""Look-ups that read the report's other places only when they need them (issue 16).

`resolve` tells homonyms apart by the coordinates of the report's other places
(`around`); resolving those costs a look-up each, and most names have no homonym to tell
apart. A look-up is first made with a probe for `around` that notes whether it is read:
it runs alike, whatever `around` holds, up to the first reading, so an answer made
without one holds for any; only a look-up that reads it is made again with the places.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.geo.resolve import resolve, resolve_near


class Unread(tuple):  # type: ignore[type-arg]
    """An empty `around` that notes whether a look-up read it: a look-up that does not
    gives the same answer for any `around` (it runs alike up to the first reading).
    Hashed by identity: no cached answer for another `around` stands in for it."""

    read = False

    def _reading(self) -> None:
        self.read = True

    def __bool__(self) -> bool:
        self._reading()
        return False

    def __len__(self) -> int:
        self._reading()
        return 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        self._reading()
        return iter(())

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self._reading()
        return ()[index]

    def __contains__(self, item: object) -> bool:
        self._reading()
        return False

    def __add__(self, other):  # type: ignore[no-untyped-def]
        self._reading()
        return tuple(other)

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __hash__(self) -> int:
        return id(self)


_READS = object()  # `unread_around`'s answer for a look-up that reads `around`


@lru_cache(maxsize=65536)
def unread_around(name: str, country: str | None, points: tuple, admin1: str | None,  # type: ignore[no-untyped-def]
                   min_score: float, siblings: bool, countries: tuple[str, ...]):
    """`look_up`'s answer when it does not read the report's other places, else _READS."""
    probe = Unread()
    found = resolve_near(name, country, points, admin1, min_score=min_score, siblings=siblings,
                         countries=countries, around=probe) if points \
        else resolve(name, country, admin1, min_score=min_score, countries=countries, around=probe)
    return _READS if probe.read else found


def look_up(name: str, country: str | None, points: tuple, admin1: str | None, *,  # type: ignore[no-untyped-def]
             min_score: float, siblings: bool, report: dict[str, Any] | None):
    """A name in one country, near the anchors' `points` when there are some, with what the
    report says around it (`_report`); its other places are resolved only when read."""
    if report is not None:
        found = unread_around(name, country, points, admin1, min_score, siblings,
                               report["countries"])
        if found is not _READS:
            return found
        report = {"countries": report["countries"], "around": report["around"]()}
    return resolve_near(name, country, points, admin1, min_score=min_score,
                        siblings=siblings, **(report or {})) if points \
        else resolve(name, country, admin1, min_score=min_score, **(report or {}))
