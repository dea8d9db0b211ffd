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


QUALIFIER_GAP = 12  # characters from a name to its qualifiers: " (", " (cercle de "
UNIT_GAP = 16  # characters between two units: ", " or "، ", ", région de "


def qualified_mention(places: Sequence[PlaceMention]) -> PlaceMention | None:
    """A place that locates the one before it and is qualified with the units it lies
    in, side by side right after it ("the hamlet of Y, near X (Koro, Mopti)", "Y, 12 km
    from X (Niono, Segou)", « Y, près de X (Koro, Mopti) »): the place its writer has
    located, which the village before it only details. Two places qualified together
    ("between A and B (Koro, Mopti)", "the villages of A and B (Koro, Mopti)") are not."""
    for before, place, unit, other in zip(places, places[1:], places[2:], places[3:]):
        if place.cue == "near" and before.cue not in LOCATED_BY and before.name != place.name \
                and unit.cue == other.cue == "region" \
                and 0 < unit.span.start - place.span.end <= QUALIFIER_GAP \
                and other.span.start - unit.span.end <= UNIT_GAP:
            return place
    return None


# a mention that does not name a village a place after it may locate
LOCATED_BY = frozenset({"region", "alias", "border", "affiliation", "coded"})
