"""Cues in the text that say which mention an incident's place is coded at, over the
order in which its passage names places: an analyst's "coded as X" (`places.yaml`,
cue `coded`) names the point itself, whatever place the sentence told of first."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.doc import PlaceMention

CODED = "coded"  # the cue of a place an analyst says the event is coded at


def coded_mention(places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The first place the passage says the event is coded at ("the village of X (coded
    as Y)", « codé à Y », "مرمز باسم Y"), if any: the record's place, not X."""
    return next((p for p in places if p.cue == CODED), None)
