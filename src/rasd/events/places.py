"""Placing an incident: its place mention resolved in the gazetteer (issue 4 builds on it).

A region the text names around the place decides the country and admin1; otherwise the
country the actors point to is tried first, then the focus countries ("French forces
struck in Gao": France is a side, not the place). The other places named around it
("Dounde (Bankass, Mopti)", "X, near Boni") anchor the look-up: a candidate near them wins
over a homonym far off, and when the name itself is unknown the record takes their
coordinates at a coarser precision, as ACLED codes an unknown village at a nearby town.
A name the gazetteer does not hold stays in the record as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rasd.doc import PlaceMention
from rasd.events.around import look_up
from rasd.events.place_cues import former_region, keeps_its_name
from rasd.geo.gazetteer import fold_name, haversine_km
from rasd.geo.latin_names import latin_name
from rasd.geo.reforms import former_admin1
from rasd.geo.resolve import (
    IN_COUNTRY_SCORE,
    KEPT_SEATS,
    NEAR_KM,
    MIN_SCORE,
    SEATS,
    focus_countries,
    gazetteer,
    in_region,
    is_division,
    natural_area,
    region_of,
    resolve,
    resolve_near,
    unit_centroid,
    unit_place,
)

PRECISION_BY_CUE = {"near": 2, "between": 2, "commune": 2, "region": 3, "coded": 2}
RELATIVE_CUES = frozenset({"near", "commune"})  # "X, near Y", "X, in Y Commune"
# a country after these is a landmark, not where the event is ("near Burkina Faso", "near
# the border with Mali"); after "border" it never says the place lies in it either
LANDMARK_CUES = frozenset({"near", "border"})
# characters: the places that qualify a place stand close to it ("X (Bankass, Mopti)",
# "X, near Boni", "near the village of X, 12 km from Y")
ANCHOR_AFTER, ANCHOR_BEFORE = 60, 80
FAR_KM = 200.0  # a place this far from all the areas named as its qualifiers is a homonym


def _latin(name: str) -> bool:
    return all(ord(c) < 0x0250 for c in name if c.isalpha())


def place_fields(place: PlaceMention | None, *, country_iso3: str | None,
                 other: PlaceMention | None = None, region: tuple[str, str] | None = None,
                 context: Sequence[PlaceMention] = ()) -> dict[str, Any]:
    """`_place_fields`, with `admin1_former`: the region before a reform (geo.reforms)."""
    fields = _place_fields(place, country_iso3=country_iso3, other=other, region=region,
                           context=context)
    country = fields.get("_country") or (region[1] if region else None) or country_iso3
    fields["admin1_former"] = former_admin1(fields.get("admin1"), country)
    if place is not None:  # "X (Ansongo, Gao)": the region the writer names held X's
        fields["admin1_former"] = former_region(place, context, fields.get("admin1"), country) \
            or fields["admin1_former"]
    return fields


def _place_fields(place: PlaceMention | None, *, country_iso3: str | None,
                  other: PlaceMention | None = None, region: tuple[str, str] | None = None,
                  context: Sequence[PlaceMention] = ()) -> dict[str, Any]:
    """ACLED place columns for an incident's place (all None without a place).

    `other` is the second place of "between A and B": when both resolve, the event sits
    at the point between them (DESIGN §4), with precision 2. `region`: a first-level
    division the text names and its country; it fills admin1, tells the country, and
    favours candidates inside it. `context`: the incident's place mentions, whose
    resolved neighbours of `place` anchor the look-up.
    """
    empty = dict.fromkeys(("location", "location_text", "geo_precision", "latitude",
                           "longitude", "admin1", "admin2", "admin3"))
    if place is None:
        return empty
    if _is_country(place.name):  # "in Mali" says which country, not where in it
        # ... and "near the border with Burkina Faso" not even that: the neighbour is a
        # landmark; the actors' or the report's country stands ("in western Niger" does
        # say the country)
        return empty if place.cue == "border" else dict(empty, _country=_country_code(place.name))
    coded = coded_place(place, context)
    if coded is not place:
        fields = _fields(coded, country_iso3=country_iso3, other=other, region=region,
                         context=context)
        return dict(fields, location_text=place.name)
    return _fields(place, country_iso3=country_iso3, other=other, region=region, context=context)


def _fields(place: PlaceMention, *, country_iso3: str | None, other: PlaceMention | None,
            region: tuple[str, str] | None, context: Sequence[PlaceMention]) -> dict[str, Any]:
    """`place_fields` for the mention the incident is coded at."""
    precision = PRECISION_BY_CUE.get(place.cue or "", 1)
    fields = dict.fromkeys(("latitude", "longitude", "admin1", "admin2", "admin3"))
    fields.update(location=place.name, location_text=place.name, geo_precision=precision)
    named = named_country(context, place)
    close = named is not None and named == named_country(context, place, close=True)
    countries = _countries(place.name, named or country_iso3, region, named=close)
    report = _report(place, context)
    beside = _neighbour(place, context)
    if beside is not None and region is None:
        # "X, near Mali": X lies across the border, wherever else the report names Mali
        countries = tuple(c for c in countries if c != beside) or (None,)
        report = dict(report, countries=tuple(c for c in report["countries"] if c != beside))
    if region is not None:
        fields.update(admin1=region[0])  # the text's own word, unless the place says more
    anchors = _anchors(place, context, countries, region)
    # "X in Mali": a looser transliteration will do in the country named right after X
    loose = close and _country_follows(place, context)
    resolved = _resolve(place.name, countries, region, anchors, report=report,
                        min_score=IN_COUNTRY_SCORE if loose else MIN_SCORE)
    if resolved is not None and (_outside(resolved[0], place, anchors)
                                 or _off_region(resolved[0], region)):
        resolved = None  # "X (Bandiagara, Mopti)": a homonym in another region is not X
    if place.cue == "region" and (resolved is None
                                  or not resolved[0].feature_code.startswith("ADM1")):
        # "the province of Yagha": the unit of that name, not a town that sounds like it
        # (the unit's seat, inside it or named like it, stays)
        unit = unit_place(place.name, countries)
        if unit is not None and not _off_region(unit, region) and (
                resolved is None or (resolved[0].admin2 != unit.admin2
                                     and fold_name(resolved[0].name) != fold_name(unit.name))):
            resolved = unit, _alpha3(unit)
    spelled = place.name  # as the text writes it, or as a slip in it is mended
    if resolved is None and place.cue != "region":
        mended = _swapped_seat(place.name, countries, region[0] if region else None)
        if mended is not None:
            resolved, spelled = mended[:2], mended[2]
    if resolved is None and not anchors:
        anchors = _base_village(place, countries, region)
    if resolved is None:
        if anchors:  # an unknown village: the nearby place the text names, less precisely
            mention, near = anchors[0]
            if mention.cue in RELATIVE_CUES and mention.span.start > place.span.start:
                fields.update(location=mention.name)  # "the hamlet of X, near Y" is coded at Y
            fields.update(latitude=near.latitude, longitude=near.longitude,
                          admin1=fields["admin1"] or near.admin1 or None,
                          geo_precision=max(precision, 2), _country=_alpha3(near))
        elif region is not None or close:
            fields.update(_country=region[1] if region is not None else named)
            if region is not None:  # only the region is known: its centroid, precision 3
                fields.update(_centroid(region[0], region[1]))
        # an unknown name whose close spellings all lie in one region is not evidence of
        # that region (right two times in three on the dev set): admin1 stays empty
        return fields
    best, country = resolved
    if best.feature_code.startswith("ADM1"):
        precision = 3
    elif place.cue == "region" and not best.feature_code.startswith("ADM1"):
        # "the cercle of Tominian", "the province of Yagha": a second-level unit is
        # precision 2 (a region 3), whether the place found is the unit or its seat
        unit = unit_centroid(place.name, country) if country else None
        if unit is not None and unit[2] == 2:
            precision = 2
    # ACLED writes a place as reports spell it; an Arabic-script name takes the gazetteer's
    location = place.name if _latin(place.name) else latin_name(spelled, best)
    fields.update(location=location, latitude=best.latitude, longitude=best.longitude,
                  admin1=best.admin1 or fields["admin1"], admin2=best.admin2 or None,
                  admin3=best.admin3 or None, geo_precision=precision, _country=country)
    second = _resolve(other.name, (country,), region, anchors) if other is not None else None
    if second is not None:
        fields.update(latitude=round((best.latitude + second[0].latitude) / 2, 5),
                      longitude=round((best.longitude + second[0].longitude) / 2, 5))
    return fields


def region_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """`place_fields` widened to the first-level region of the place: no location, the
    region's centroid at precision 3 (an incident said only to lie where the report is)."""
    country = fields.get("_country")
    widened = dict(fields, location=None, location_text=None, admin2=None, admin3=None,
                   latitude=None, longitude=None, geo_precision=None)
    if fields.get("admin1") and country:
        widened.update(_centroid(fields["admin1"], country))
    return widened


def _centroid(region: str, country_iso3: str) -> dict[str, Any]:
    """Coordinates and precision for an event known only by its region (or nothing)."""
    centre = unit_centroid(region, country_iso3)
    if centre is None:
        return {}
    return {"latitude": centre[0], "longitude": centre[1], "geo_precision": centre[2]}


def _countries(name: str, country_iso3: str | None, region: tuple[str, str] | None, *,
               named: bool = False) -> tuple[str | None, ...]:
    """Countries to search, in order: the named region's alone, or the country the text
    names alone (`named`: "Fada N'Gourma in Burkina Faso" is not a Fada in Niger), else
    the actors' and then the focus countries (None); with neither, the country of the
    name's best match first, so that the places around it are read in the same country."""
    if region is not None:
        return (region[1],)
    if named and country_iso3:
        return (country_iso3,)
    if country_iso3 is None:
        found = resolve(name, None)
        country_iso3 = found[1] if found is not None else None
    return (country_iso3, None) if country_iso3 else (None,)


def _report(place: PlaceMention, context: Sequence[PlaceMention]) -> dict[str, Any]:
    """What the report says around a place that tells homonyms apart (`resolve`'s
    `countries` and `around`): the focus countries it names, and the coordinates of its
    other places; those as a function, called only by a look-up that reads them
    (`rasd.events.around.look_up`): a name with no homonyms to tell apart needs no other
    place resolved."""
    named = tuple(dict.fromkeys(c for p in context if _is_country(p.name) and p.cue not in LANDMARK_CUES
                                and (c := _country_code(p.name)) in focus_countries()))
    others = dict.fromkeys(p.name for p in context if p.name != place.name
                           and not _is_country(p.name))
    points: list[tuple] = []

    def around() -> tuple:
        if not points:
            points.append(tuple((hit[0].latitude, hit[0].longitude) for name in others
                                if (hit := resolve(name, None, countries=named)) is not None))
        return points[0]
    return {"countries": named, "around": around}


def _resolve(name: str, countries: tuple[str | None, ...], region: tuple[str, str] | None,
             anchors: tuple, *, min_score: float = MIN_SCORE,  # type: ignore[no-untyped-def]
             report: dict[str, Any] | None = None):
    """The first country's answer for a name, near the anchors when there are some."""
    admin1 = region[0] if region else None
    points = tuple((a.latitude, a.longitude) for _, a in anchors)
    # villages named beside it, not a point it is measured from ("Boni, 250 km from
    # Mopti") nor a division or seat that holds it ("Nampala ... Ségou"): a commune seat
    # guessed from a spelling gives way to a namesake by them
    siblings = all(m.cue not in LANDMARK_CUES and a.feature_code not in KEPT_SEATS
                   and not a.feature_code.startswith("ADM") for m, a in anchors)
    found = None
    for country in countries:
        found = look_up(name, country, points, admin1, min_score=min_score, siblings=siblings,
                        report=report)
        if found is not None:
            break
    if found is None or countries[-1] is not None or len(countries) < 2:
        return None if found is None else found[:2]
    seat = found[0].feature_code in SEATS
    if seat and _has_name(name, found[0]):
        return found[:2]
    # the actors' country has a hamlet of the name, the Sahel a town: "Nigerien soldiers
    # in Kidal" are in Mali's Kidal; and a spelling guess there is not the place the Sahel
    # has by that very name ("Dioura", a town in Mali, is not Dori in Burkina Faso)
    # ... but not in a country the report does not name, when it names some; and a place
    # elsewhere known by the name only as an alternate one ("Tingara" for Tiangara, in
    # Mali) does not outrank the report's country's Ti-n-Gara
    other = resolve(name, None, admin1, countries=(report or {}).get("countries", ()))
    # (a seat found here is a spelling guess: it was kept above otherwise)
    if other is not None and ((not seat and other[0].feature_code in SEATS)
                              or (fold_name(name) == fold_name(other[0].name)
                                  and (seat or not _has_name(name, found[0])))):
        return other[:2]
    return found[:2]


def _has_name(name: str, place) -> bool:  # type: ignore[no-untyped-def]
    """Whether the gazetteer has `name` as the place's name or one of its alternate names
    (not a spelling guess)."""
    folded = fold_name(name)
    return folded == fold_name(place.name) or folded in gazetteer().alternate_names(place)


def _anchors(place: PlaceMention, context: Sequence[PlaceMention],
             countries: tuple[str | None, ...], region: tuple[str, str] | None = None) -> tuple:
    """(mention, place) for the resolved places named close to `place` (after it first:
    they qualify it), other than itself and its homonyms, and inside the region the text
    names ("Sokoura commune (Bankass, Mopti)" is not the Sokoura near Niafunké)."""
    at, end = place.span.start, place.span.end
    after = [p for p in context if end <= p.span.start <= end + ANCHOR_AFTER]
    before = [p for p in reversed(context) if at - ANCHOR_BEFORE <= p.span.start < at]
    found = []
    # "the towns of Tillia and X ... the department of Tillia": an area the text also
    # names as a town is that town's unit, however loosely its name is matched
    towns = {p.name for p in context if p.cue != "region"}
    for other in after + before:
        if other.name == place.name or _is_country(other.name):
            continue
        # "X in the province of Yagha": the province, not a town that sounds like it
        unit = unit_place(other.name, countries) \
            if other.cue == "region" else None
        hit = unit if unit is not None and not _off_region(unit, region) \
            else _in_region(other.name, countries, region)
        if hit is not None and unit is None and other.cue == "region" \
                and other.name not in towns and _guessed_area(other.name, _named(countries)):
            continue  # "في إقليم دوغون" (the Dogon country): a village that sounds like it is no area
        if hit is not None and all(hit != p for _, p in found):
            found.append((other, hit))
    return tuple(found)


@lru_cache(maxsize=65536)
def _guessed_area(name: str, countries: tuple[str, ...]) -> bool:
    """Whether an area the text names is no division and the gazetteer knows it only by a
    transliteration guess (a hamlet that sounds like "the Dogon country"), so it says
    nothing of where the places around it lie."""
    if is_division(name, countries):
        return False
    best = [c for code in countries for c in gazetteer().lookup(name, country=code, limit=1)]
    return bool(best) and all(c.match == "translit" for c in best)


def _named(countries: tuple[str | None, ...]) -> tuple[str, ...]:
    """The countries of a search, the focus countries standing for None."""
    return tuple(dict.fromkeys(code for c in countries
                               for code in ((c,) if c else focus_countries())))


def _in_region(name: str, countries: tuple[str | None, ...],  # type: ignore[no-untyped-def]
               region: tuple[str, str] | None):
    """The place a name resolves to in the first of `countries` that knows it, unless it
    lies outside the region the text names; or None."""
    admin1 = region[0] if region is not None else None
    hit = next((r for c in countries if (r := resolve(name, c, admin1)) is not None), None)
    return None if hit is None or _off_region(hit[0], region) else hit[0]


def _base_village(place: PlaceMention, countries: tuple[str | None, ...],
                  region: tuple[str, str] | None) -> tuple:
    """An unknown compound name's first part as its anchor ("Mbella-Bambara",
    "Bamba-Tene": the quarter or hamlet of the village named first), when that part is a
    word of its own (not a prefix such as "Tin-") and resolves."""
    base, hyphen, _ = place.name.partition("-")
    if not hyphen or len(base) < BASE_MIN_CHARS:
        return ()
    hit = _in_region(base, countries, region)
    return () if hit is None else ((PlaceMention(place.span, base, "in"), hit),)


BASE_MIN_CHARS = 4  # "Tin-", "In-", "I-n-" open names in Tamasheq ("the place of")


SWAP_MIN_CHARS = 5  # letters: a shorter word meets a town by a swap too easily
_VOWEL_LETTERS = frozenset("aeiouyàâäéèêëîïôöùûüاأإآوؤيئىةهعء")


def _consonant(char: str) -> bool:
    return char.isalpha() and char.lower() not in _VOWEL_LETTERS
SWAP_FLOOR = 0.84  # a seat's spelling with its prior scores above this (Douentza .865)


@lru_cache(maxsize=16384)
def _swapped_seat(name: str, countries: tuple[str | None, ...],  # type: ignore[no-untyped-def]
                  admin1: str | None):
    """A town that seats a division (`SEATS`), found for an unknown name by swapping two
    adjacent letters ("دوينزتا" for دوينتزا, Douentza; "Douetnza"): a slip of the pen in a
    well-known town's name; a hamlet is too easily met so. (place, alpha-3, the mended
    spelling) when one town answers, else None."""
    if len(name) < SWAP_MIN_CHARS:
        return None  # "جيوب" (pockets) is Djibo with two letters swapped
    # two consonants: a vowel letter moved changes no skeleton a look-up would meet anew
    letters = [i for i in range(len(name) - 1) if name[i] != name[i + 1]
               and _consonant(name[i]) and _consonant(name[i + 1])]
    found = {}
    named = _named(countries)
    for i in letters:
        variant = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        # a seat's prior keeps its spelling above the floor: nothing below it is scored
        seats = [c.place for code in named for c in gazetteer().lookup(
            variant, country=code, admin1=admin1, limit=1, floor=SWAP_FLOOR, late=False)
            if c.score >= SWAP_FLOOR and c.place.feature_code in SEATS]
        for seat in seats[:1]:
            found[seat.geonameid] = (seat, _alpha3(seat), variant)
    return next(iter(found.values())) if len(found) == 1 else None


def _off_region(best, region: tuple[str, str] | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a resolved place other than a seat lies outside the region the text names."""
    if region is None or best.feature_code in SEATS:
        return False
    return not in_region(best, region[0], region[1])


def _outside(best, place: PlaceMention, anchors: tuple) -> bool:  # type: ignore[no-untyped-def]
    """Whether a resolved place lies far from every area that qualifies it right after it
    ("X (Bandiagara, Mopti)": a homonym 500 km off is not X)."""
    qualifiers = [(mention, near) for mention, near in anchors
                  if mention.cue == "region" and mention.span.start >= place.span.end]
    return bool(qualifiers) and all(_far_from(best, mention, near) for mention, near in qualifiers)


def _far_from(best, mention: PlaceMention, near) -> bool:  # type: ignore[no-untyped-def]
    """Whether a resolved place lies far from an area that qualifies it, and, when the area
    is a first-level region (current or former), outside it ("Kita (Kita, Kayes)": Kita
    lies 260 km from the town of Kayes, but inside its region)."""
    if haversine_km(best.latitude, best.longitude, near.latitude, near.longitude) <= FAR_KM:
        return False
    country = _alpha3(near)
    region = region_of(mention.name, country) if country else None
    return region is None or not in_region(best, region[0], region[1])


def named_country(places: Sequence[PlaceMention], place: PlaceMention | None, *,
                  close: bool = False) -> str | None:
    """The country (alpha-3) the text names for an incident: the one right after its
    place ("X in Mali", "X في النيجر"), else (unless `close`) the first one its
    mentions name."""
    countries = [p for p in places if _is_country(p.name)]
    at = place.span.end if place is not None else -1
    after = [p for p in countries if 0 <= p.span.start - at <= ANCHOR_AFTER
             and p.cue != "border" and (p.cue != "near" or place is None or _lies_in(place.name, p.name))]
    # "X near Mali" does not say X is in Mali: a country named only after a proximity
    # word is no fallback
    chosen = after or ([] if close else [p for p in countries if p.cue not in LANDMARK_CUES])
    return _country_code(chosen[0].name) if chosen else None


def _neighbour(place: PlaceMention, context: Sequence[PlaceMention]) -> str | None:
    """The country (alpha-3) named right after a place as a landmark ("ايناتيس قرب مالي",
    Inatès near Mali; "X, near the border with Niger") that the place is not found in:
    the place lies in a neighbour of it."""
    for other in context:
        if 0 <= other.span.start - place.span.end <= NEIGHBOUR_REACH \
                and other.cue in LANDMARK_CUES and _is_country(other.name) \
                and not _lies_in(place.name, other.name):
            return _country_code(other.name)
    return None


NEIGHBOUR_REACH = 40  # characters: "X near Mali", "X, près de la frontière avec le Mali"


def _country_follows(place: PlaceMention, context: Sequence[PlaceMention]) -> bool:
    """Whether a country is named right after the place ("X in Mali", "X في مالي")."""
    return any(0 <= p.span.start - place.span.end <= 6 and _is_country(p.name)
               and p.cue != "border" and (p.cue != "near" or _lies_in(place.name, p.name))
               for p in context)


@lru_cache(maxsize=65536)
def _lies_in(name: str, country: str) -> bool:
    """Whether a place named with a country after a direction or proximity word lies in
    that country: "تيرا غربي النيجر" (Téra, in western Niger) does, "X, near the Algerian
    border" or "ايناتيس قرب مالي" (Inatès, near Mali) need not."""
    code = _country_code(country)
    return code is not None and resolve(name, code) is not None


@lru_cache(maxsize=65536)
def _country_code(name: str) -> str | None:
    country = gazetteer().country(name)
    return None if country is None else country.alpha3


def _alpha3(place) -> str | None:  # type: ignore[no-untyped-def]
    country = gazetteer().country(place.iso)
    return None if country is None else country.alpha3


# characters between a place and the "near" place that locates it ("X, about 12km
# northeast of Y", "X [location unknown], near Y")
NEAR_REACH = 40
ALIAS_REACH = 3  # "X [Y]", "X (Y)": the other name stands right after the first
PLACE_CUES = frozenset({"between", "near", "affiliation", "alias"})  # a place, not an area


def coded_place(place: PlaceMention, context: Sequence[PlaceMention]) -> PlaceMention:
    """The mention ACLED codes an incident's place at: the place itself, or the other name
    written right after it ("Dala [Dallah]", "Gama (Gawa)": the writer's correction,
    usually the gazetteer's), or the nearby place that locates a small one ("the village
    of X, near Y", "X, 12 km from Y") when X is unknown there, as ACLED codes a village it
    cannot place at the town next to it (precision 2)."""
    alias = _next(context, place, "alias", ALIAS_REACH)
    if alias is not None and not keeps_its_name(place.name, alias.name):
        place = PlaceMention(alias.span, alias.name, place.cue)
    near = _next(context, place, "near", NEAR_REACH)
    if near is None or _is_country(near.name) or _placed_itself(place.name, near.name):
        return place
    return near


@lru_cache(maxsize=65536)
def _placed_itself(name: str, reference: str) -> bool:
    """Whether a place located from another is coded itself, not at the reference: a town
    that seats a division within reach of it ("Fada N'Gourma, 220 km east of
    Ouagadougou"), or a place the gazetteer knows close to it ("Kokolo, near Koro");
    ACLED codes at the town next to it only a village it cannot place."""
    other = resolve(reference, None)
    if other is None:
        return False  # (the place itself is not looked up: nothing to measure it from)
    found = resolve(name, None)
    if found is None:
        # a looser spelling of a village close to the reference is that village, as
        # `resolve_near` reads a place next to the places that qualify it ("the village of
        # Djiguibombo, some tens of km from Bandiagara": Djiguibambo, 25 km off)
        near = resolve_near(name, other[1], ((other[0].latitude, other[0].longitude),))
        return near is not None and near[0].geonameid != other[0].geonameid and haversine_km(
            near[0].latitude, near[0].longitude, other[0].latitude, other[0].longitude) <= NEAR_KM
    km = haversine_km(found[0].latitude, found[0].longitude, other[0].latitude,
                      other[0].longitude)
    # a village the gazetteer knows, close to the reference, is placed itself; so is a
    # seat of the reference's country, however far ("the town of Boni, 250 km from Mopti")
    if found[0].feature_code in SEATS | {"PPLA3"} and found[1] == other[1]:
        return True
    if km <= (FAR_KM * 2 if found[0].feature_code in SEATS else NEAR_KM):
        return True
    # ... and so is one a little further in the reference's own region ("the village of
    # Tichift, north of Timbuktu": 110 km off, in the Tombouctou region)
    return km <= FAR_KM and found[1] == other[1] and bool(found[0].admin1) \
        and found[0].admin1 == other[0].admin1


def _next(places: Sequence[PlaceMention], place: PlaceMention, cue: str,
          reach: int) -> PlaceMention | None:
    """The first mention with `cue` starting within `reach` characters after `place`."""
    return next((p for p in places if p.cue == cue
                 and 0 <= p.span.start - place.span.end <= reach), None)


@lru_cache(maxsize=65536)
def _is_country(name: str) -> bool:
    return len(name) > 3 and gazetteer().country(name) is not None  # not a code ("Am")


def named_region(places: list[PlaceMention], place: PlaceMention | None,
                 country_iso3: str | None, *, actors_country: str | None = None
                 ) -> tuple[str, str] | None:
    """The first-level division the text names around an incident ("in the Mopti region",
    "Dounde (Bankass, Mopti)"): a place mention that is itself a region, with its country.
    The place itself when a region word names it, then the mentions right after it (they
    qualify it), then those before it, nearest first; the given country (the report's, else
    the actors') is tried first, then `actors_country`, then the focus countries. A
    natural area several countries share ("Lake Chad") is read in the actors' country
    first: a Chadian post on the lake is in Chad, whichever neighbour the report names."""
    at = place.span.start if place is not None else -1
    # a town that shares a region's name is a town when the text names it as a place
    # ("between Bamako and Sikasso"), a region when it qualifies one ("X (Niono, Ségou)")
    areas = [p for p in places if p.cue not in PLACE_CUES]
    # ... and a town named further on, not by a region word, is where something else
    # happened ("near Anéfis ... flown to Gao for treatment"), no region of the place
    end = place.span.end if place is not None else -1
    after = [p for p in areas if p.span.start > at and (
        place is None or p.cue == "region" or p.span.start - end <= ANCHOR_AFTER)]
    before = [p for p in reversed(areas) if p.span.start < at]
    # the place itself when an area word names it ("in the Soum province")
    itself = [place] if place is not None and place.cue == "region" else []
    named = named_country(places, place, close=True)
    tried = (named,) if named else (*dict.fromkeys(c for c in (country_iso3, actors_country) if c),
                                     None)
    shared = tuple(c for c in (actors_country, named or country_iso3) if c)
    for country in tried:
        for other in itself + after + before:
            region = next((r for c in shared if (r := region_of(other.name, c))), None) \
                if natural_area(other.name) else region_of(other.name, country)
            # (a capital is asked about only when it would name the region)
            if region is not None and (other is place or not _capital_city(other)):
                return region
    return None


def _capital_city(place: PlaceMention) -> bool:
    """Whether a mention with no region word names a national capital ("200 km from the
    capital Niamey"): the capital district is not a region the text names for the places
    around it."""
    if place.cue == "region":
        return False
    found = resolve(place.name, None)
    return found is not None and found[0].feature_code == "PPLC"
