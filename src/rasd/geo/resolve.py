"""Gazetteer look-ups for the pipeline: memoised, and constrained to where the text is.

Place names recur from report to report and a look-up by transliteration key costs
milliseconds, so every answer is kept for the life of the process.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources as pkg

import yaml

from rasd.geo.gazetteer import haversine_km
from rasd.geo.translit import phonetic
from rasd.normalize import fold

MIN_SCORE = 0.78  # below this a candidate is a guess, and the record keeps the name as text
BARE_NAME_SCORE = 0.8  # a bare word ("في جيبو") must match at least this well to be a place
# ... or this well when the text names its country right after it ("في تسيت في مالي")
IN_COUNTRY_SCORE = 0.77
# a place the text qualifies by other places ("Dounde (Bankass, Mopti)", "X, near Boni")
# lies near them: a candidate within NEAR_KM of one of them needs only NEAR_SCORE
NEAR_KM = 100.0
NEAR_SCORE = 0.7
# ... and one within NAMED_NEAR_KM that matches well (min_score) and RING_MARGIN better
# than every candidate within NEAR_KM counts as near too: a cercle or region is wider than
# NEAR_KM, its centroid may lie further from the village it qualifies ("Hombori (Douentza,
# Mopti)"), and a loose spelling close by is not that village
NAMED_NEAR_KM = 200.0
RING_MARGIN = 0.05
SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})
# ... and a commune's seat: a hamlet of its name near the places around it is not it
# ("Boni, 250 km from Mopti" is the commune seat, not a hamlet by Mopti town)
KEPT_SEATS = SEATS | {"PPLA3"}
WORLD_MIN_POPULATION = 1_000_000  # also the build's split of the world file (world-major)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1)
def gazetteer():  # type: ignore[no-untyped-def]
    """The shipped gazetteer, loaded on first use (about a second, 200 MB)."""
    from rasd.geo.gazetteer import Gazetteer

    return Gazetteer.load()


@lru_cache(maxsize=1)
def focus_countries() -> tuple[str, ...]:
    """Countries (ISO alpha-3) where a bare place name is looked for when the text names
    none (resources/taxonomy/regions.yaml)."""
    text = pkg.files("rasd.resources").joinpath("taxonomy", "regions.yaml").read_text("utf-8")
    return tuple(yaml.load(text, Loader=_YAML_LOADER)["focus_countries"])


Anchor = tuple[float, float]
HOMONYM_MARGIN = 0.01  # candidates this close in score are homonyms the text must tell apart


@lru_cache(maxsize=65536)
def resolve(name: str, country_iso3: str | None, admin1: str | None = None, *,  # type: ignore[no-untyped-def]
            min_score: float = MIN_SCORE, countries: tuple[str, ...] = (),
            around: tuple[Anchor, ...] = ()):
    """The best place for a name and its country's alpha-3, or None below `min_score`.

    With no country from the text, the focus countries are searched first (a Sahel
    village named "Dala" is not Dala in Senegal), then the world, where only an exact or
    alternate name counts (a transliteration guess abroad is noise: "Goma-Coura" is not
    Kumakura in Japan). `admin1`, a region the text names, favours places inside it.
    `countries`: the only countries (alpha-3) the report names or implies, searched
    instead of the focus countries (a report about Burkina Faso does not place "Solhan"
    in Mali). `around`: coordinates of the report's other places; among homonyms the
    text does not tell apart, the one nearest to them wins.
    """
    gaz = gazetteer()
    hint = country_iso3 if country_iso3 and gaz.country(country_iso3) else None
    if hint:
        found = _in_country(name, hint, admin1, min_score, around)
        return None if found is None else found[:2]
    # the best place across the focus countries, not the first country with one: Dori is
    # a town in Burkina Faso and a hamlet in Mali
    scored = _in_countries(name, countries or focus_countries(), admin1, around)
    if scored:
        # a name or alternate name beats a transliteration guess elsewhere ("Koury" is
        # Kouri in Mali, not Gouré in Niger), then the better score, then the nearer
        best = max(scored, key=lambda found: (found[3] != "translit", found[2]))
        ties = [f for f in scored if f[3] == best[3] and f[2] >= best[2] - HOMONYM_MARGIN]
        # (`around` is read only when homonyms tie: rasd.events.around resolves the
        # report's other places only for a look-up that reads it)
        return _nearest(ties, around)[:2] if len(ties) > 1 and around else best[:2]
    # abroad only a name or alternate name counts: a name that is neither is no place
    # there, and its spellings are never scored
    if countries or not gaz.names_any(name):
        return None
    # prominent places abroad are always read: the rest of the world file stays unread
    anywhere = [c for c in gaz.lookup(name, limit=1, late=False)
                if c.match in ("exact", "alias") and _prominent(c.place)]
    found = _best(anywhere)
    return None if found is None else found[:2]


def _nearest(found: list, around: tuple[Anchor, ...]):  # type: ignore[no-untyped-def]
    """The first of `found` ((place, ...) tuples) nearest to any point of `around`."""
    return min(found, key=lambda f: min(haversine_km(f[0].latitude, f[0].longitude, *a)
                                        for a in around))


Anchor = tuple[float, float]


@lru_cache(maxsize=65536)
def resolve_near(name: str, country_iso3: str | None, anchors: tuple[Anchor, ...],
                 admin1: str | None = None, *, min_score: float = MIN_SCORE,  # type: ignore[no-untyped-def]
                 countries: tuple[str, ...] = (), around: tuple[Anchor, ...] = (),
                 siblings: bool = False):
    """Like `resolve`, but among candidates within NEAR_KM of an anchor (the coordinates
    of other places the text names around this one) the best-matching one wins, even
    below MIN_SCORE: "Batouma (Douentza, Mopti)" is the Batouma near Douentza, not a
    homonym 300 km away, and a close spelling near the anchors beats an exact one far off.
    `countries` and `around` as for `resolve`. A seat far off keeps its name against a
    hamlet by the anchors, unless the anchors are `siblings` (places named beside it, not
    points it is measured from) and the seat is only a spelling guess that matches no
    better than the hamlet ("ماكو ودانغا": the Danga by Makou, not a commune seat 240 km
    away)."""
    near, ring = [], []
    for country in ((country_iso3,) if country_iso3 else countries or focus_countries()):
        for candidate in _candidates(name, country, NEAR_SCORE):
            place = candidate.place
            if candidate.score < NEAR_SCORE:
                continue
            km = min((haversine_km(place.latitude, place.longitude, *a) for a in anchors),
                     default=math.inf)
            if km <= NEAR_KM:
                near.append(candidate)
            elif km <= NAMED_NEAR_KM and candidate.score >= min_score:
                ring.append(candidate)
    # only looser spellings close by: a place that matches clearly better a bit further
    floor = max((c.score for c in near), default=0.0) + RING_MARGIN
    near += [c for c in ring if c.score >= floor]
    plain = resolve(name, country_iso3, admin1, min_score=min_score, countries=countries,
                    around=around)
    best = max(near, key=lambda c: (c.score, -c.place.geonameid), default=None)
    if best is None or (plain is not None and plain[0].feature_code in KEPT_SEATS
                        and plain[0].geonameid not in {c.place.geonameid for c in near}
                        and not (siblings and _guessed_no_better(name, plain, best, min_score))):
        return plain  # a capital or seat is not displaced by a hamlet of its name nearby
    best = _in_first_unit(best, [c for c in near if c.score >= best.score - HOMONYM_MARGIN],
                          anchors[0])
    found = gazetteer().country(best.place.iso)
    return best.place, None if found is None else found.alpha3


def _guessed_no_better(name: str, plain, near, min_score: float) -> bool:  # type: ignore[no-untyped-def]
    """Whether `plain` (place, alpha-3), `resolve`'s answer at `min_score`, matches `name`
    only by a transliteration guess and scores no more than RING_MARGIN above the `near`
    candidate. (In its country `resolve` answers a candidate no more than
    _CANDIDATE_MARGIN below `min_score`: the look-up reads none lower, and shares
    resolve_near's. Abroad it answers only by a name, never a guess, found or not.)"""
    if plain[1] is None:
        return False
    found = next((c for c in _candidates_above(name, plain[1], min_score - _CANDIDATE_MARGIN)
                  if c.place.geonameid == plain[0].geonameid), None)
    return found is not None and found.match == "translit" and near.score >= found.score - RING_MARGIN


def _in_first_unit(best, ties, anchor: Anchor):  # type: ignore[no-untyped-def]
    """Among homonyms as good as `best`, one in the cercle or province whose centroid lies
    nearest to the first anchor, the area the text names right after the place
    ("Sokoura (Bankass, Mopti)": the Sokoura of the Bankass cercle, not the one by Mopti
    town; "Amba (Douentza, Mopti)": of the Douentza cercle), the nearest to the anchor of
    those; `best` when it is in that unit."""
    units = {(c.place.iso, c.place.admin2) for c in ties if c.place.admin2}
    if len(units) < 2:
        return best
    unit = min(sorted(units), key=lambda u: _unit_distance(u[1], u[0], anchor))
    if (best.place.iso, best.place.admin2) == unit:
        return best
    inside = [(c.place, c) for c in ties if (c.place.iso, c.place.admin2) == unit]
    return _nearest(inside, (anchor,))[1]


def _unit_distance(name: str, iso: int, anchor: Anchor) -> float:
    """Km from a point to the centroid of a second-level division (inf when unknown)."""
    gaz = gazetteer()
    country = gaz.country(iso)
    unit = gaz.admin2(name, country=country.alpha3) if country is not None else None
    return math.inf if unit is None else haversine_km(unit.latitude, unit.longitude, *anchor)


_FLOORED: dict[tuple[str, str], tuple[float, tuple]] = {}  # the lowest floor asked so far


def _candidates(name: str, country: str, floor: float = 0.0):  # type: ignore[no-untyped-def]
    """The best 20 candidates of `name` in `country`; with `floor`, those scoring below it
    may be left out (callers that read only candidates above it save their scoring). The
    candidates above `floor` are the same, in the same order, whatever lower floor they
    were found with: an answer to a lower floor serves (one look-up per name and country
    when the callers ask with several floors)."""
    known = _FLOORED.get((name, country))
    if known is not None and known[0] <= floor:
        return known[1]
    gaz = gazetteer()
    found = tuple(gaz.lookup(name, country=country, limit=20, floor=floor)) \
        if gaz.country(country) else ()
    if len(_FLOORED) >= 65536:
        _FLOORED.clear()
    _FLOORED[(name, country)] = (floor, found)
    return found



def _prominent(place) -> bool:  # type: ignore[no-untyped-def]
    """A place a Sahel report may name abroad without saying where: a capital, an admin
    seat or a city ("Mandoli" in a Malian report is not a suburb of Delhi)."""
    return place.feature_code in SEATS or place.population >= WORLD_MIN_POPULATION


def _in_country(name: str, country: str, admin1: str | None,  # type: ignore[no-untyped-def]
                min_score: float = MIN_SCORE, around: tuple[Anchor, ...] = ()):
    """The best place in one country, inside the named region when one matches well
    enough (a region named in the text may be a former one, since divisions change);
    among homonyms as good as it, the one nearest to `around`."""
    settled, plain = _first_in_country(name, country, admin1, min_score)
    return plain if settled else _among_homonyms(name, country, plain, min_score, around)


def _in_countries(name: str, countries: tuple[str, ...], admin1: str | None,  # type: ignore[no-untyped-def]
                  around: tuple[Anchor, ...]) -> list:
    """`_in_country` of each country that found the name, in order, less those whose
    answer cannot be `resolve`'s best nor tie with it (their homonyms are never weighed:
    a spelling guess in Niger where Mali has the name itself). The countries where the
    name is no name nor alternate name answer only by a spelling guess, which loses to
    any name: they are searched (their spellings scored) only when no other country
    answers by a name."""
    gaz = gazetteer()
    named = tuple(country for country in countries if gaz.names_any(name, country=country))
    if len(named) < len(countries):
        found = _answers_in(name, named, admin1, around)
        # (a country's late files may name it: asked only of the countries left out)
        if any(f[3] != "translit" for f in found) and not any(
                _names_in(name, country) for country in countries if country not in named):
            return found
    return _answers_in(name, countries, admin1, around)


def _names_in(name: str, country: str) -> bool:
    """Whether `name` is the name or an alternate name of a place of `country` in the
    files a look-up there reads (the late ones too): the files read without them say so
    at the cost of a dictionary look-up, else a look-up that scores no spelling."""
    gaz = gazetteer()
    return gaz.names_any(name, country=country) or any(
        c.match != "translit" for c in gaz.lookup(name, country=country, limit=1, floor=math.inf))


def _answers_in(name: str, countries: tuple[str, ...], admin1: str | None,  # type: ignore[no-untyped-def]
                around: tuple[Anchor, ...]) -> list:
    """`_in_countries` of every country in `countries`. (A spelling guess elsewhere never
    outranks a name here, so the answers by a name are the same in any superset.)"""
    firsts = [(country, *_first_in_country(name, country, admin1, MIN_SCORE))
              for country in countries]
    sure = [plain for _, settled, plain in firsts if plain is not None
            and (settled or plain[2] - _TIE_REACH >= MIN_SCORE)]
    return [found for country, settled, plain in firsts if plain is not None
            and (settled or not any(_outranks(other, plain) for other in sure))
            and (found := plain if settled else _among_homonyms(
                name, country, plain, MIN_SCORE, around)) is not None]


# how far below its first match the homonyms of a country may take its answer (a little
# over HOMONYM_MARGIN: scores are floats)
_TIE_REACH = 0.0101


def _outranks(sure, plain) -> bool:  # type: ignore[no-untyped-def]
    """Whether a country's answer `sure` (settled, or an unsettled first match whose
    homonyms keep it at `MIN_SCORE` or more) beats whatever another country's unsettled
    first match `plain` becomes among its homonyms (its match kind, a score at most its
    own), and by more than `resolve` counts as a tie: a name or alternate name beats a
    spelling guess; of one kind, the score decides."""
    if (sure[3] != "translit") != (plain[3] != "translit"):
        return sure[3] != "translit"
    return plain[2] < sure[2] - _TIE_REACH - _TIE_REACH


def _first_in_country(name: str, country: str, admin1: str | None,  # type: ignore[no-untyped-def]
                      min_score: float) -> tuple[bool, tuple | None]:
    """(settled, found): the best match in one country, settled when its homonyms need
    not be weighed (none found, a seat, or the best inside the named region); unsettled,
    `_among_homonyms` gives the answer, of the same match kind and a score at most
    HOMONYM_MARGIN lower (or none)."""
    gaz = gazetteer()
    plain = _best(gaz.lookup(name, country=country, limit=1, floor=min_score), min_score)
    # a capital or seat is not displaced by a hamlet of its name in the named region (so
    # the region's look-up is not made)
    if admin1 and (plain is None or plain[0].feature_code not in SEATS) \
            and gaz.admin1(admin1, country=country):
        found = _best(gaz.lookup(name, country=country, admin1=admin1, limit=1,
                                 floor=min_score), min_score)
        if found is not None:
            return True, found
    return plain is None or plain[0].feature_code in SEATS, plain


def _among_homonyms(name: str, country: str, plain, min_score: float,  # type: ignore[no-untyped-def]
                    around: tuple[Anchor, ...]):
    """`_in_country` of a first match `plain` that is no seat: a seat or town known by the
    name as an alternate one, or among homonyms as good as it, the one nearest to `around`
    or that another data set corroborates."""
    # candidates more than _CANDIDATE_MARGIN below the best are never read here: a floor
    # spares their scoring (those above it come the same, in the same order, at any
    # floor). A spelling guess has no seat nor town known by the name: only its ties are
    # read, at their own floor (on the real news, more often than not no resolve_near
    # asks its name, so NEAR_SCORE would score spellings for nothing), and candidates a
    # little further down only when another data set must tell the ties apart
    candidates = _candidates(name, country, plain[2] - HOMONYM_MARGIN) \
        if plain[3] == "translit" \
        else _candidates_above(name, country, plain[2] - _CANDIDATE_MARGIN)
    # (the seat first: `around` is read only where it decides, as in `resolve`)
    if (seat := _seat_by_alias(plain, candidates)) is not None and not around:
        return (seat.place, *plain[1:])  # ranked abroad as the name it stands for
    if (town := _town_by_alias(plain, candidates)) is not None:
        return (town.place, *plain[1:])
    ties = [c for c in candidates if c.match == plain[3] and c.score >= plain[2] - HOMONYM_MARGIN]
    if len(ties) < 2:
        return plain
    if not around:  # a short name has namesakes everywhere: no cluster tells them apart
        return plain if len(phonetic(name)) < SUPPORT_MIN_LENGTH \
            else _best([_corroborated(ties, _candidates_above(
                name, country, ties[0].score - SUPPORT_MARGIN))], min_score)
    near = _nearest([(c.place, c) for c in ties], around)[1]
    return _best([near], min_score)


def _candidates_above(name: str, country: str, floor: float):  # type: ignore[no-untyped-def]
    """`_candidates` of `name` in `country` above `floor`, asked with NEAR_SCORE,
    resolve_near's floor, when `floor` is a little above it: one answer then serves both
    (a floor barely higher spares little scoring)."""
    return _candidates(name, country, NEAR_SCORE
                       if NEAR_SCORE <= floor < NEAR_SCORE + _SHARED_FLOORS else floor)


LOCAL_SEATS = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLA4"})
SEAT_ALIAS_MARGIN = 0.05
SEAT_MIN_LENGTH = 3  # sounds in the name


def _seat_by_alias(plain, candidates):  # type: ignore[no-untyped-def]
    """With nothing else in the text to go by, the seat of a commune or higher division
    known by the name as an alternate spelling, rather than a settlement that one data set
    spells exactly so ("Sangha": the commune seat GeoNames spells Sanga, not a hamlet of
    that spelling); None when the best match is itself a seat or none scores close."""
    if plain[3] != "exact" or plain[0].feature_code in LOCAL_SEATS \
            or len(phonetic(plain[0].name)) < SEAT_MIN_LENGTH:
        return None  # a name of a sound or two ("Pé") has seats of its name everywhere
    return next((c for c in candidates if c.match == "alias"
                 and c.place.feature_code in LOCAL_SEATS
                 and c.score >= plain[2] - SEAT_ALIAS_MARGIN), None)


def _town_by_alias(plain, candidates):  # type: ignore[no-untyped-def]
    """A town known by the name as an alternate one, rather than a well, hill or wadi that
    one data set spells exactly so ("Anéfis": the town GeoNames names Anefis i-n-Darane,
    not the well Anefis 250 km off): reports name towns; None when the best match is a
    populated place or no town scores close."""
    if plain[3] == "translit" or plain[0].feature_code.startswith("PPL"):
        return None
    return next((c for c in candidates if c.match == "alias"
                 and c.place.feature_code.startswith("PPL")
                 and c.score >= plain[2] - SEAT_ALIAS_MARGIN), None)


SUPPORT_KM = 15.0  # entries of one name this close are one place known to several sources
SUPPORT_MARGIN = 0.05
SUPPORT_MIN_LENGTH = 5  # sounds in the name ("Inatès": INATIS)
# the widest margin below the best score at which `_in_country` reads other candidates
# (homonyms, a seat known by an alias, support from another data set)
_CANDIDATE_MARGIN = max(HOMONYM_MARGIN, SEAT_ALIAS_MARGIN, HOMONYM_MARGIN + SUPPORT_MARGIN)
_SHARED_FLOORS = 0.1  # floors this close above NEAR_SCORE ask with NEAR_SCORE


def _corroborated(ties, candidates):  # type: ignore[no-untyped-def]
    """Among homonyms the text does not tell apart, the one that entries of about the same
    name from another data set stand close to ("Inatès": the village GeoNames and
    OpenStreetMap both place in Tillabéri, not a namesake one source knows); the first of
    `ties` when none is."""
    floor = ties[0].score - SUPPORT_MARGIN
    close = [c for c in candidates if c.score >= floor]

    def support(tie) -> int:  # type: ignore[no-untyped-def]
        here = (tie.place.latitude, tie.place.longitude)
        return sum(1 for c in close if _datasets(c.place) - _datasets(tie.place)
                   and haversine_km(*here, c.place.latitude, c.place.longitude) <= SUPPORT_KM)

    return max(ties, key=lambda tie: (support(tie), -ties.index(tie)))


def _datasets(place) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The data sets an entry comes from ("geonames", "ocha", "osm")."""
    return frozenset(s.split(":", 1)[0] for s in place.sources.split("|") if s)


@lru_cache(maxsize=4096)
def in_region(place, region: str, country_iso3: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a place lies in a region the text names, current or former ("Mopti" holds
    places now in Bandiagara and Douentza); a place with no known region may."""
    if not place.admin1:
        return True
    return fold(place.admin1) in gazetteer().admin1_names(region, country=country_iso3)


def _best(candidates, min_score: float = MIN_SCORE):  # type: ignore[no-untyped-def]
    """(place, country alpha-3, score, match kind) of the first candidate, or None below
    `min_score`."""
    if not candidates or candidates[0].score < min_score:
        return None
    place = candidates[0].place
    country = gazetteer().country(place.iso)
    return (place, None if country is None else country.alpha3, candidates[0].score,
            candidates[0].match)


@lru_cache(maxsize=65536)
def is_place_name(word: str, countries: tuple[str, ...], *,
                  min_score: float = BARE_NAME_SCORE) -> bool:
    """Whether a bare word names a populated place or area in one of `countries`
    (by its name or an alternate name, or by a transliteration scoring `min_score`)."""
    gaz = gazetteer()
    countries = tuple(c for c in countries if gaz.country(c) is not None)
    # a name of a populated place in any of them answers before any spelling is scored
    # (a look-up ranks such a name first), so most words cost dictionary look-ups only
    if any(gaz.names_populated(word, country=country) for country in countries):
        return True
    # abroad, only capitals and cities of a million: the rest of the world file stays
    # unread (a bare word is rarely a small town outside the Sahel and its neighbours);
    # the best candidate is not needed, only whether one is good enough
    return any(gaz.reaches(word, country=country, floor=min_score) for country in countries)


DIVISION_FEATURES = frozenset({"PPLC", "PPLA", "PPLA2", "ADM1", "ADM2", "PCLI"})


@lru_cache(maxsize=65536)
def is_division(name: str, countries: tuple[str, ...]) -> bool:
    """Whether a name denotes a first- or second-level division or its seat in one of
    `countries` ("Mopti", "Bankass"): a place qualified by it lies inside it."""
    gaz = gazetteer()
    for country in countries:
        if gaz.country(country) is None:
            continue
        if gaz.admin1(name, country=country) is not None:
            return True
        if not _names_in(name, country):
            continue  # a spelling guess is no division: none of its spellings is scored
        best = gaz.lookup(name, country=country, limit=1)
        if best and best[0].match != "translit" and best[0].place.feature_code in DIVISION_FEATURES:
            return True
    return False


@lru_cache(maxsize=65536)
def region_of(name: str, country_iso3: str | None) -> tuple[str, str] | None:
    """The first-level division a name denotes ("Mopti", "région de Ségou") and its
    country (alpha-3), or None; for a natural area several countries share ("Lake
    Chad"), the division holding that country's part, only when the country is given."""
    gaz = gazetteer()
    area = natural_area(name)
    if area is not None:
        region = _natural_areas()[area].get(country_iso3 or "")
        return None if region is None else (region, country_iso3)  # type: ignore[return-value]
    for country in ((country_iso3,) if country_iso3 else focus_countries()):
        if gaz.country(country) is None:
            continue
        found = gaz.admin1(name, country=country)
        if found is not None:
            return found.name, country
    return None


@lru_cache(maxsize=1)
def _natural_areas() -> dict[str, dict[str, str]]:
    """Natural area -> country (alpha-3) -> the first-level division holding its part
    (resources/taxonomy/regions.yaml, `natural_areas`)."""
    text = pkg.files("rasd.resources").joinpath("taxonomy", "regions.yaml").read_text("utf-8")
    return yaml.load(text, Loader=_YAML_LOADER).get("natural_areas") or {}


@lru_cache(maxsize=1)
def _natural_area_names() -> dict[str, str]:
    """Folded name in any language (resources/<lang>/places.yaml) -> natural area."""
    from rasd.resources import LANGUAGES, load

    return {fold(term): area for lang in LANGUAGES
            for area, terms in (load(lang, "places").get("natural_areas") or {}).items()
            for term in (area, *terms)}


def natural_area(name: str) -> str | None:
    """The natural area shared by several countries that a name denotes ("lac Tchad",
    "بحيرة تشاد": Lake Chad), or None."""
    return _natural_area_names().get(fold(name))


@lru_cache(maxsize=1)
def country_first_words() -> frozenset[str]:
    """The first words of every country name, folded: a quick test before `country_of`."""
    return frozenset(name.split(" ", 1)[0] for name in gazetteer().country_names())


@lru_cache(maxsize=65536)
def country_of(name: str) -> str | None:
    """The alpha-3 code of the country a name denotes ("Mali", "Burkina", "النيجر"), or
    None; short words are not taken for codes ("Am", "Ben")."""
    if len(name) < 4 or name.isdigit():
        return None
    country = gazetteer().country(name)
    return None if country is None else country.alpha3


@lru_cache(maxsize=4096)
def unit_centroid(name: str, country_iso3: str, *, admin1: str | None = None
                  ) -> tuple[float, float, int] | None:
    """(latitude, longitude, precision) of the division a name denotes: a region
    (precision 3), or, inside `admin1` when given and before a region, a cercle or
    province (precision 2); None when neither is known or its centroid is not."""
    gaz = gazetteer()
    if gaz.country(country_iso3) is None:
        return None
    unit = gaz.admin2(name, country=country_iso3, admin1=admin1)
    region = gaz.admin1(name, country=country_iso3)
    if unit is not None and (admin1 is not None or region is None):
        return unit.latitude, unit.longitude, 2
    if region is None or math.isnan(region.centroid_latitude):
        return None
    return region.centroid_latitude, region.centroid_longitude, 3


@lru_cache(maxsize=4096)
def unit_place(name: str, countries: tuple[str | None, ...]):  # type: ignore[no-untyped-def]
    """The second-level division (cercle, province) a name denotes in the first of
    `countries` that has one ("إقليم ياغا", "the province of Yagha"; None: the focus
    countries), as a place at its centroid (feature code ADM2), or None."""
    gaz = gazetteer()
    from rasd.geo.gazetteer import Place

    # None stands for the focus countries, after the named ones: "the province of
    # Oudalan" in a report that also names Mali is Burkina Faso's
    order = dict.fromkeys(c for code in countries for c in ((code,) if code else focus_countries()))
    for code in order:
        country = gaz.country(code) if code else None
        unit = gaz.admin2(name, country=code) if country is not None else None
        if unit is not None:
            return Place(geonameid=0, name=unit.name, iso=country.iso, country=country.name,
                         country_code=unit.country_code, admin1=unit.admin1, admin2=unit.name,
                         admin3="", latitude=unit.latitude, longitude=unit.longitude,
                         feature_code="ADM2", population=0)
    return None
