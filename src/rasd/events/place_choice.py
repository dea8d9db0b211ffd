"""Choosing an incident's place among the mentions of its passage (or of its report):
an area gives way to a place inside it, a capital where a source spoke to the place away
from it, a post's town to the place of the event; and whether two mentions may name one
incident's place. `rasd.events.places` then resolves the chosen mention."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.doc import ArticleDoc, PlaceMention
from rasd.events.place_cues import (
    capital_of_quarter,
    coded_mention,
    qualified_area,
    qualified_mention,
)
from rasd.events.places import NEAR_REACH, _country_code, _is_country
from rasd.geo.gazetteer import haversine_km
from rasd.geo.resolve import gazetteer, in_region, region_of, resolve
from rasd.normalize import fold
from rasd.stages.lexical import hits
from rasd.stages.nearby import by_sentence, grouped_by_sentence, per_layers

# characters after the first place where a more specific one may stand; beyond them, the
# incident's passage still may name one ("in the Mopti region ... [two sentences] ... the
# village of X")
MAIN_REACH = 200
EVENT_CUES = frozenset({"in", "settlement", "near", "between"})  # cues that say where it happened
INSIDE_CUES = EVENT_CUES | {"region"}  # the mentions that may name a place inside an area


def main_place(places: Sequence[PlaceMention], first: PlaceMention | None) -> PlaceMention | None:
    """The place an analyst's note says it is coded at, else `_main_place`, then a village
    said to lie in a unit named like it, if any."""
    place = coded_mention(places) or qualified_mention(places) \
        or qualified_area(places, first) or _main_place(places, first)
    place = place and (capital_of_quarter(place, places) or place)
    if place is not None and place.cue == "border":
        return None
    return None if place is None else _village_of_unit(place, places) or place


def _main_place(places: Sequence[PlaceMention], first: PlaceMention | None) -> PlaceMention | None:
    """The incident's place: its first place mention, unless that names a whole country
    or a region ("in Mali, in the capital Bamako") and a place inside it follows (closely
    first, else anywhere in the passage, else before it), or names the post of an official
    ("the mayor of X ... in Y": the event is in Y). With no place in its eventful
    sentences, the first place its passage names where something happened.
    `coded_place` then says which name the record is coded at."""
    if first is None:
        # with no place where something happened, a named small area ("in the X area")
        # still places the incident better than the report's other places
        first = _event_place(places, after=-1) or next(
            (p for p in places if p.cue == "region" and not is_area(p)), None)
    if first is None:
        return None
    if is_area(first) or first.cue == "region":
        # "in the Oudalan province … a village near Gorom-Gorom": the place inside the
        # area is more precise (the area still gives the region); a smaller area ("the
        # Boni area") gives way only to a place right after it
        # a capital after a region is where a source spoke ("in the Tongo-Tongo area, a
        # source in Niamey said"), not a place inside it
        # only the first mention of the first kind found counts: each is read lazily,
        # the cheap tests first (the gazetteer's are made for the candidates alone)
        country = _is_country(first.name)

        def is_inside(p: PlaceMention) -> bool:
            return p.cue in INSIDE_CUES and p is not first and not is_area(p) \
                and (country or not _is_capital(p.name))

        def is_close(p: PlaceMention) -> bool:
            return p.cue != "region" and first.span.end <= p.span.start <= first.span.end + MAIN_REACH

        if not is_area(first):
            # "in the north of the Banibangou province ... in Tillaberi": a first-level
            # region is no place inside a smaller unit
            # ... nor is a place that locates the area right after it ("the Anefis area,
            # southwest of Kidal": `coded_place` codes an unknown area there)
            # (the tests without the gazetteer first, the costliest last)
            return next((p for p in places if is_close(p) and not _locates(first, p)
                         and p.cue in INSIDE_CUES and p is not first and not is_area(p)
                         and region_of(p.name, None) is None
                         and (country or not _is_capital(p.name))), first)
        close = next((p for p in places if is_close(p) and is_inside(p)), None)
        if close is not None:
            return close
        # further off, a bare capitalised word after "in" that the gazetteer does not know
        # is no place inside the area ("reel in Mueller inquiry", a link's headline); one
        # after the area first, else one before it
        def kept(p: PlaceMention) -> bool:
            return is_inside(p) and (p.cue != "in" or _known(p.name))

        inside = next((p for p in places if p.span.start >= first.span.end and kept(p)), None) \
            or next((p for p in places if p.span.start < first.span.end and kept(p)), None)
        if inside is not None:
            return inside
        # "in a village of the south, the mayor of Bosso said": with no place where the
        # event happened inside the area, the official's commune is more precise
        post = next((p for p in places if p.cue == "affiliation" and not is_area(p)
                     and (country or _holds(first, p))), None)
        # a country with no place inside it: the region it names is still closer
        region = next((p for p in places if p.cue == "region" and not _is_country(p.name)),
                      None) if country else None
        return post or region or first
    if first.cue == "affiliation" or _capital_afar(first, places):
        first = _event_place(places, after=first.span.end) or first
    return _village_in_region(first, places) or _village_on_road(first, places) or first


@lru_cache(maxsize=65536)
def _known(name: str) -> bool:
    return resolve(name, None) is not None


ROAD_PLACE_CUES = frozenset({"settlement"})
AGAIN_CUES = frozenset({"near"})  # "near" a road's end again: where on the road it happened


def _village_on_road(first: PlaceMention, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """A village named closely after a road's two towns ("on the Fada-Kantchari axis, at
    the village of X", "على طريق A وB قرب X"): where on the road it happened, the more
    precise place; a country or an area is not ("near the Niger border")."""
    if first.cue != "between":
        return None
    # the road's other town is the mention right after the first, whatever its cue
    # ("between A and the village of B")
    after = [p for p in places if p.span.start >= first.span.end]
    ends = {p.name for p in places if p.cue == "between"} | {p.name for p in after[:1]}
    # "between Tillaberi and Ayorou ... found near Ayorou": the end named again as where
    # it happened
    again = next((p for p in after[1:] if p.cue in AGAIN_CUES and p.name in ends
                  and p.name != first.name and not is_area(p)), None)
    return again or next((p for p in after[1:] if p.cue in ROAD_PLACE_CUES and p.name not in ends
                          and first.span.end <= p.span.start <= first.span.end + MAIN_REACH
                          and not _is_country(p.name) and not is_area(p)), None)


UNIT_REACH = 40  # characters between a village and the unit it is said to lie in


def _village_of_unit(first: PlaceMention, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """A village the passage later says lies in a unit named like the first place ("in
    Tillia ... the camp of X, in the department of Tillia", "à Koro ... le village de X,
    cercle de Koro"): the first place was the unit's town, the village is more precise."""
    for village, unit in zip(places, places[1:]):
        if village.span.start > first.span.end and village.cue == "settlement" \
                and unit.cue == "region" and unit.name == first.name != village.name \
                and 0 <= unit.span.start - village.span.end <= UNIT_REACH \
                and not is_area(village):
            return village
    return None


def _locates(area: PlaceMention, place: PlaceMention) -> bool:
    """Whether a "near" place right after an area locates it ("the X area, 20 km north of
    Y", "بمنطقة X جنوب غرب Y")."""
    return place.cue == "near" and place.span.start - area.span.end <= NEAR_REACH


VILLAGE_CUES = frozenset({"settlement", "between"})


def _village_in_region(first: PlaceMention, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """A village named closely after a region's name written as a place ("a sweep in
    Tillaberi, between Teguey and Bankilare", "à Ségou, dans le village de X"), when the
    gazetteer does not put it outside that region: the more precise place."""
    region = region_of(first.name, None) if first.cue == "in" else None
    if region is None:
        return None
    area = PlaceMention(first.span, first.name, "region")
    return next((p for p in places if p.cue in VILLAGE_CUES and p.name != first.name
                 and first.span.end <= p.span.start <= first.span.end + MAIN_REACH
                 and not is_area(p) and _holds(area, p)), None)


CAPITAL_KM = 30.0  # a place this close to a capital is part of it (its quarters, airport)


@lru_cache(maxsize=65536)
def _is_capital(name: str) -> bool:
    found = resolve(name, None)
    return found is not None and found[0].feature_code == "PPLC"


def _capital_afar(first: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """Whether the first place is a capital where a statement was made and the passage
    then names a place away from it ("in Niamey, the ministry said ... near Inates")."""
    # the passage's later place first: the gazetteer is asked about a capital only then
    later = _event_place(places, after=first.span.end)
    if later is None or later.name == first.name:
        return False
    if fold(later.name).startswith(fold(first.name) + "-"):
        return False  # "Bamako-Sénou" (its airport) is part of Bamako, known or not
    if not _is_capital(first.name):
        return False
    capital = resolve(first.name, None)
    found = resolve(later.name, capital[1])
    return found is None or haversine_km(found[0].latitude, found[0].longitude,
                                         capital[0].latitude, capital[0].longitude) > CAPITAL_KM


def report_country(doc: ArticleDoc) -> str | None:
    """The country (alpha-3) a report is about: the one its place mentions name most often,
    the first named on a tie; None when it names none. Its places are looked up there first
    (a Niger report does not land on a Malian homonym). A country named as a landmark
    ("near the border with Burkina Faso", "قرب حدود مالي") is a neighbour, not the report's
    country; one after a direction word ("غربي النيجر", in western Niger) is. Counted once
    per document."""
    return per_layers(doc, "place_choice:report_country", (doc.places,), lambda: _report_country(doc))


def _report_country(doc: ArticleDoc) -> str | None:
    codes = [code for p in doc.places or () if _is_country(p.name) and p.cue != "border"
             and (code := _country_code(p.name)) is not None]
    if not codes:
        return None
    return max(dict.fromkeys(codes), key=codes.count)


def eventful_places(doc: ArticleDoc) -> list[PlaceMention]:
    """The report's place mentions in sentences that tell of an event (an event word or a
    toll): "analysts in Gao" is no place of the report's."""
    sentences = doc.sentences or ()
    places = by_sentence(sentences, doc.places or ())
    eventful = set(by_sentence(sentences, doc.triggers or ())) | set(
        by_sentence(sentences, doc.casualties or ()))
    return [p for i in sorted(places) if i in eventful for p in places[i]]


def report_place(everywhere: Sequence[PlaceMention], place: PlaceMention | None,
                 places: list[PlaceMention]) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """For a first incident that names no place or only an area (a headline: "Fifteen
    soldiers killed in Mali"), the report's place as `main_place` reads it among all its
    mentions, with them as its context; else the incident's own."""
    found = main_place(everywhere, None)
    if found is None or is_area(found):
        return place, places
    if place is not None and not _is_country(place.name) and not _holds(place, found):
        # "a unit in the Mopti region was attacked ... earlier, near Diabaly": a place the
        # region the incident names does not hold is another incident's
        return place, places
    return found, list(everywhere)


def refers_back(doc: ArticleDoc, sentences: frozenset[int]) -> bool:
    """Whether an incident's sentences name again a place the report named ("in the same
    area", "ce village", "بالمنطقة ذاتها"): an earlier incident that names no place of its
    own took place there only then ("In June, 24 villagers were killed in an attack" does
    not say where)."""
    found = grouped_by_sentence(doc, hits(doc, "places", "anaphora"))
    # ... or the sentence that leads into them ("It was the third attack in the region. On
    # 3 December, a post was attacked.")
    return any(i in found for i in sentences)


def _event_place(places: Sequence[PlaceMention], *, after: int) -> PlaceMention | None:
    """The first mention after offset `after` whose cue says where something happened."""
    return next((p for p in places if p.span.start > after and p.cue in EVENT_CUES
                 and not is_area(p)), None)


def same_place(one: PlaceMention, other: PlaceMention) -> bool:
    """Whether two mentions may name one incident's place: the same name, or a first-level
    region and a place the gazetteer puts inside it ("an ambush in the Mopti region" in
    the headline, "between Diafarabé and Nomo" in the body)."""
    return one.name == other.name or _holds(one, other) or _holds(other, one)


def _holds(area: PlaceMention, place: PlaceMention) -> bool:
    """Whether `area` is a first-level region (by a region cue) that holds `place`."""
    if area.cue != "region" or _is_country(area.name):
        return False
    region = region_of(area.name, None)
    if region is None:
        return False
    # a village the gazetteer does not know may lie in the region; one it knows must
    found = resolve(place.name, region[1])
    return found is None or in_region(found[0], region[0], region[1])


def is_area(place: PlaceMention) -> bool:
    """Whether a mention names a country, a first-level region by a region cue, or a
    division with no town of its name ("dans le Soum", "in the Sahel")."""
    return _is_country(place.name) or (place.cue == "region" and region_of(place.name, None)
                                       is not None) or _division_only(place.name)


SEATS = ("PPLC", "PPLA", "PPLA2", "PPLA3")
DIVISION_CODES = frozenset({"ADM1", "ADM2"})


@lru_cache(maxsize=65536)
def _division_only(name: str) -> bool:
    """A division whose seat has another name ("le Soum", seat Djibo): a hamlet of the
    same name in the settlement data does not make it a town ("Bourem" has a town seat).
    A name that names no division is none: its look-up is spared (most names, and all the
    more in Arabic script, where the gazetteer holds few alternate names; the look-up's
    name matches are the entries the name names, so without a division among them it
    finds none)."""
    gaz = gazetteer()
    if not gaz.named_features(name, country=None) & DIVISION_CODES:
        return False
    found = [c for c in gaz.lookup(name, limit=8, floor=1.0, late=False)
             if c.match != "translit"]  # a floor of 1: no spelling is scored
    codes = {c.place.feature_code for c in found}
    return bool(codes & DIVISION_CODES) and not codes & set(SEATS)
