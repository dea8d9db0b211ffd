"""Building one EventRecord from one incident's sentences and the document's layers."""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rasd.actors import catalogue
from rasd.doc import (
    ActorMention,
    ArticleDoc,
    CasualtyMention,
    ClaimMention,
    DateMention,
    MaterielMention,
    PlaceMention,
    Span,
    TriggerMention,
)
from rasd.events import parties
from rasd.events.attribution import plural_claims
from rasd.events.figures import (
    ATTACKERS,
    GENERIC_GROUPS,
    additional,
    attached,
    beyond,
    claim_before,
    countable,
    rival_starts,
    total,
    voices,
)
from rasd.events.claimants import (
    NEUTRAL_ROLES,
    concurring,
    context_only,
    over_years,
    speaks_for_the_struck,
)
from rasd.events.lead_claims import lead_claims
from rasd.events.notes import describe
from rasd.events.place_choice import (
    eventful_places,
    is_area,
    main_place,
    refers_back,
    report_country,
    report_place,
)
from rasd.events.place_lists import listed_places
from rasd.events.places import named_region, place_fields, region_fields
from rasd.events.segment import PROPERTY_ACTIONS, Incident, is_town
from rasd.events.stance import stance, voice
from rasd.events.typing_rules import (before_an_earlier_incident, beyond_causes, choose_sub_event,
                                      like_the_one_before)
from rasd.records import Claim, EventRecord, Framing, Materiel
from rasd.stages.actors import country_names
from rasd.stages.claims import RELAYED, UNNAMED_SOURCE
from rasd.stages.lexical import hits
from rasd.stages.nearby import grouped_by_sentence, per_layers, sentence_index
from rasd.taxonomy import taxonomy

MATERIEL_ACTIONS = ("destroyed", "burnt", "captured", "seized", "damaged", "looted")


@dataclass(frozen=True)
class Scope:
    """The sentences of one incident (indices), all of them and the eventful ones, as sets
    and in order (sorted once: each step of the incident reads them)."""

    doc: ArticleDoc
    sentences: frozenset[int]
    eventful: frozenset[int]
    ordered: tuple[int, ...] = ()
    ordered_eventful: tuple[int, ...] = ()


def _scope(doc: ArticleDoc, incident: Incident) -> Scope:
    sentences, eventful = frozenset(incident.sentences), frozenset(incident.eventful)
    return Scope(doc, sentences, eventful, tuple(sorted(sentences)), tuple(sorted(eventful)))


def _pick(items, scope: Scope, *, eventful_only: bool = False) -> list:  # type: ignore[no-untyped-def]
    """The items whose start falls in the incident's (eventful) sentences, in order.

    The grouping by sentence is made once per document and layer (the incidents of a
    document all read the same layers)."""
    wanted = scope.ordered_eventful if eventful_only else scope.ordered
    grouped = grouped_by_sentence(scope.doc, items)
    # the incident's sentences, not the document's: a long report has thousands of them
    return [m for i in wanted for m in grouped.get(i, ())]


def event_id(doc_id: str, version: str, ordinal: int) -> str:
    """A deterministic id from the document, the pipeline version and the ordinal."""
    return hashlib.sha256(f"{doc_id}|{version}|{ordinal}".encode()).hexdigest()[:20]


def _spans(*groups: Sequence[Span]) -> tuple[tuple[int, int], ...]:
    return tuple(sorted({(s.start, s.end) for group in groups for s in group}))


def _passages(doc: ArticleDoc) -> list[int]:
    """Where the passages that list casualties once start: sentences and each source
    (found once per document and layers)."""
    return per_layers(doc, "assemble:passages", (doc.sentences, doc.claims, doc.lang),
                      lambda: _find_passages(doc))


def _find_passages(doc: ArticleDoc) -> list[int]:
    return sorted({*(s.span.start for s in doc.sentences or ()), *(c.span.start for c in doc.claims or ()),
                   *rival_starts(doc)})


def _landmarks(doc: ArticleDoc) -> set[int]:
    """Where the places named as a landmark ("near the border with Burkina Faso") start."""
    return {p.span.start for p in doc.places or () if p.cue == "border"}


def _figure_fields(casualties: list[CasualtyMention], doc: ArticleDoc,
                   cast: parties.Cast) -> dict:
    breaks = _passages(doc)
    casualties = countable(doc, casualties)
    added, others = additional(doc, casualties), attached(doc, casualties)
    counted = _beside_the_perpetrators(casualties, doc, cast, apart=added)
    kept = {id(m) for m in counted}
    boasts = [m for m in casualties if id(m) not in kept]
    casualties = counted
    sources = voices(doc, casualties, lambda claim: parties.claimant_role(claim, cast))
    killed = total(casualties, "killed", breaks=breaks, added=added, attached=others, sources=sources)
    if killed is not None and boasts:
        killed = beyond(killed, total(boasts, "killed", breaks=breaks, added=added, attached=others))
    fields: dict = {}
    told = {c.outcome for c in casualties}  # an outcome no figure tells has no total
    for outcome in ("injured", "abducted", "missing", "arrested"):
        figure = total(casualties, outcome, breaks=breaks, added=added, attached=others,
                       sources=sources) if outcome in told else None
        fields[outcome] = None if figure is None else figure.best
    if killed is None:
        fields.update(fatalities=0, fatalities_low=None, fatalities_best=None, fatalities_high=None)
    else:
        conservative = killed.low if killed.low is not None else killed.best
        fields.update(fatalities=conservative, fatalities_low=killed.low,
                      fatalities_best=killed.best, fatalities_high=killed.high)
    return fields


def _beside_the_perpetrators(casualties: list[CasualtyMention], doc: ArticleDoc,
                             cast: parties.Cast, *, apart: frozenset[int]) -> list[CasualtyMention]:
    """The figures without those the perpetrator claims, when anyone else gives one: a
    perpetrator's statement is not an independent report ("dozens of civilians and VDP
    were killed, the authorities said, while JNIM said it had killed more than 300
    militiamen" counts the dozens). The claim stays in the record's claims."""
    def claimed_by_perpetrator(mention: CasualtyMention) -> bool:
        """A figure of the other side's losses given by the perpetrator (its own losses,
        "one dead in its ranks", are an admission, not a boast). A figure of unnamed
        people in its claim is the other side's too, unless counted apart (`apart`: "two
        of our brothers were martyred")."""
        claim = claim_before(doc, mention)
        if claim is None or parties.claimant_role(claim, cast) != "perpetrator":
            return False
        if mention.group in GENERIC_GROUPS:
            return mention.span.start not in apart
        if mention.group == ATTACKERS:  # the perpetrator's own fighters: "four of its fighters"
            return False
        claimant = claim.claimant or (cast.actor1.actor_id if cast.actor1 else None)
        victims = parties.group_actor(mention.group) if mention.group else None
        return (claimant is not None and victims is not None
                and catalogue().actor(victims).side != catalogue().actor(claimant).side)

    theirs = [claimed_by_perpetrator(m) for m in casualties]
    if not any(theirs) or all(theirs):
        return casualties
    return [m for m, mine in zip(casualties, theirs) if not mine]


# words that sum up a list ("seized heavy and light weapons, including: ..."), not items
SUMMARY_ITEMS = frozenset({"weapons", "military_equipment"})


def _materiel(items: list[MaterielMention]) -> tuple[Materiel, ...]:
    """The incident's materiel with an action; an uncounted general word ("weapons",
    "equipment") is left out when counted items with its action list what it sums up."""
    items = [m for m in items if m.action in MATERIEL_ACTIONS]
    listed = {m.action for m in items if m.count is not None}
    return tuple(Materiel(item=m.item, count=m.count, action=m.action, span=(m.span.start, m.span.end))
                 for m in items
                 if not (m.count is None and m.item in SUMMARY_ITEMS and m.action in listed))


def _claims(claims: list[ClaimMention], cast: parties.Cast, scope_fields: dict[str, list[Span]],
            doc: ArticleDoc) -> tuple[Claim, ...]:
    out = []
    sentences = doc.sentences or ()
    # each field's evidence starts, sorted once: whether one lies in a claim's sentence is
    # a bisection (a scan of them all per claim is quadratic in a long document)
    # (by field name, so that the fields a claim covers come in order; a field without
    # evidence covers no claim)
    starts = [(f, sorted(s.start for s in spans)) for f, spans in sorted(scope_fields.items()) if spans]
    said: list[ClaimMention] = []  # the claims kept, in step with `out`
    for claim in claims:
        role = parties.claimant_role(claim, cast)
        index = sentence_index(sentences, claim.span)
        sentence = sentences[index].span if index >= 0 else claim.span
        low, high = sentence.start, sentence.end
        # whether one of a field's sorted starts lies in the sentence: one bisection
        covered = tuple(f for f, at in starts if (i := bisect_left(at, low)) < len(at) and at[i] < high)
        if (not covered and context_only(doc, claim)) or over_years(doc, claim, covered):
            continue  # "according to the UN, the region hosts 60,000 refugees"
        if role == "unknown" and covered and speaks_for_the_struck(claim, cast):
            role = "target"
        said.append(claim)
        out.append(Claim(
            claimant=parties.claimant_name(claim, doc, cast), claimant_role=role, fields=covered,
            partisan=role in parties.PARTISAN_ROLES, span=(claim.span.start, claim.span.end)))
    # hearsay ("reportedly", "auraient") next to a named source is that source's hedge, not
    # another, unidentified one ("a radio station reported; a dozen were reportedly killed")
    if any(c.claimant_role != "unknown" for c in out):
        named = any(c.claimant_role in NEUTRAL_ROLES for c in out)
        out = [c for c, m in zip(out, said, strict=True)
               if c.claimant_role != "unknown"
               or (m.role == UNNAMED_SOURCE and not (named and concurring(doc, m)))]
    return tuple(out)



def build_event(doc: ArticleDoc, incident: Incident, *, ordinal: int, version: str,
                where: dict | None = None,
                listed: list[EventRecord] | None = None) -> EventRecord | None:
    """The EventRecord for one incident, or None when nothing in it is an event.

    `where` carries the place of the incidents before this one ("place", "context"): an
    incident whose passage names no place of its own ("the same post was attacked on
    December 29", "a similar attack in the same commune") took place where the report
    is, and is coded there at precision 2 at best; this incident's place is written back,
    and so are its claims ("claims": a main incident that names no source carries them).
    `listed` receives the events of the places its sentence lists after its own
    (rasd.events.place_lists)."""
    scope = _scope(doc, incident)
    triggers: list[TriggerMention] = _pick(doc.triggers, scope, eventful_only=True)
    casualties: list[CasualtyMention] = _pick(doc.casualties, scope, eventful_only=True)
    if not incident.background:  # the earlier incident "N days after" counts from is not this one
        triggers = before_an_earlier_incident(doc, triggers) or triggers
        casualties = before_an_earlier_incident(doc, casualties)
    actors: list[ActorMention] = _pick(doc.actors, scope, eventful_only=True)
    claims: list[ClaimMention] = [c for c in _pick(doc.claims, scope) if c.role != RELAYED]
    passage = [doc.sentences[i].span for i in scope.ordered] if doc.sentences else []
    claims += [c for c in plural_claims(doc, passage) if c not in claims]  # "both attacks were claimed by JNIM" after it
    # a neighbour named as a landmark ("near the border with Burkina Faso") is no vote for the
    # incident's country
    landmarks = per_layers(doc, "assemble:landmarks", (doc.places,), lambda: _landmarks(doc))
    demonyms = [m.labels[0] for m in _pick(country_names(doc), scope)
                if m.span.start not in landmarks]
    cast = parties.cast(doc, actors, casualties, claims, on=_date(incident.date), demonyms=demonyms,
                        triggers=triggers, passage=passage)
    harm = any(c.outcome in ("killed", "injured") for c in casualties)
    armed = _pick(hits(doc, "context", "armed_targets"), scope, eventful_only=True)
    if armed:  # "opened fire on a checkpoint"
        cast = cast.updated(target_sides=cast.target_sides | {"state"},
                            armed_targets=tuple((m.labels[0], m.span) for m in armed))
    materiel: list[MaterielMention] = _pick(doc.materiel, scope)
    taken = [m for m in materiel if m.action in PROPERTY_ACTIONS]
    triggers = triggers + [TriggerMention(m.span, "Looting/property destruction") for m in taken]
    triggers = beyond_causes(doc, triggers)
    harmed = frozenset(c.group or "" for c in casualties if c.outcome in ("killed", "injured"))
    sub = choose_sub_event(triggers, target_sides=cast.target_sides, harm=harm, harmed=harmed,
                           armed_hit=bool(armed), party_sides=frozenset(p.side for p in cast.parties),
                           gunfire=bool(_pick(hits(doc, "triggers", "gunfire"), scope, eventful_only=True)))
    if where is not None:
        sub = like_the_one_before(doc, triggers, sub, where.get("sub"))
    if sub is None or not _anchored(incident, casualties):
        return None
    if where is not None and not incident.background:
        where["sub"] = sub  # the tactic "a similar attack" told after it refers to
    cast = parties.finalise(cast, sub.name, evidence=tuple(t.span for t in triggers[:1]))
    cast = _in_the_authors_voice(doc, cast, sub.name)
    places = _pick(doc.places, scope)
    place = main_place(places, incident.place)
    inherited = place is None and bool(where) and where.get("place") is not None
    # an earlier incident that names no place and does not name the report's again ("In
    # June, 24 villagers were killed") lies only in the report's region
    regional = inherited and incident.background and not refers_back(doc, scope.sentences)
    if inherited:
        place, places = where["place"], where["context"]  # type: ignore[index]
    elif where is not None and not where.get("place") and not incident.background \
            and (place is None or is_area(place)):
        # the first incident names only a country or nothing: the report's place
        place, places = report_place(eventful_places(doc), place, places)
        where.update(place=place, context=places)
    elif where is not None and place is not None:
        where.update(place=place, context=places)
    home = report_country(doc) or cast.country  # the report's country before the actors'
    region = named_region(places, place, home, actors_country=cast.country)
    placed = place_fields(place, country_iso3=home, other=_between_partner(doc, place),
                          region=region, context=places)
    if inherited and placed["geo_precision"] is not None:
        placed["geo_precision"] = max(placed["geo_precision"], 2)
    if regional:
        placed = region_fields(placed)
    place_country = placed.pop("_country", None)
    if place_country and place_country != cast.country:
        # the event happened where its place is: "in Gao" tells the country, and beats the
        # actors' ("French forces struck near Ansongo", "attackers fled to the Malian border")
        cast = cast.updated(country=place_country)
    figures = _figure_fields(casualties, doc, cast)
    evidence = {
        "event_date": [incident.date.span] if incident.date else [],
        "sub_event_type": [t.span for t in triggers if t.sub_event_type in (sub.name, None)],
        "actor1": cast.actor1_spans, "actor2": cast.actor2_spans,
        "fatalities": [c.span for c in casualties if c.outcome == "killed"],
        "location": [place.span] if place and not regional else [],
    }
    for outcome in ("injured", "abducted", "missing", "arrested"):
        evidence[outcome] = [c.span for c in casualties if c.outcome == outcome]
    record = dict(
        event_id=event_id(doc.doc_id, version, ordinal), doc_id=doc.doc_id,
        pipeline_version=version, role="background" if incident.background else "main",
        event_date=_date(incident.date),
        time_precision=None if incident.date is None or incident.date.precision is None
        else int(incident.date.precision),
        disorder_type=sub.disorder, event_type=sub.event_type, sub_event_type=sub.name,
        **cast.record_fields(), **placed, **figures,
        civilian_targeting="Civilian targeting" if cast.civilian_targeted else None,
        source=doc.source, materiel=_materiel(materiel),
        claims=_report_claims(_claims(claims, cast, evidence, doc)
                              + (() if incident.background else _voice_claim(doc, cast, claims, evidence)),
                              background=incident.background, where=where,
                              lead=lambda: _claims(lead_claims(doc, min(incident.sentences, default=0)),
                                                   cast, {}, doc)),
        framing=tuple(Framing(marker=f.marker, favours=f.favours, span=(f.span.start, f.span.end))
                      for f in doc.framing or ()),
        evidence={k: _spans(v) for k, v in evidence.items() if v},
    )
    record["interaction"] = taxonomy().interaction(record["inter1"], record["inter2"])
    record["notes"] = describe(record)
    if listed is not None and not inherited:
        listed += _listed_events(doc, scope, place, record,
                                 where=dict(home=home, places=places))
    return EventRecord(**record)


def _listed_events(doc: ArticleDoc, scope: Scope, place: PlaceMention | None, record: dict,
                   *, where: dict) -> list[EventRecord]:
    """The events at the places listed after the incident's own: the same act, date and
    parties, at that place, with the toll the list gives the place (none when it gives
    only one toll for the whole list)."""
    out = []
    for item in listed_places(doc, scope.eventful, place, town=is_town):
        region = named_region(where["places"], item.place, where["home"])
        placed = place_fields(item.place, country_iso3=where["home"], region=region,
                              context=where["places"])
        placed.pop("_country", None)
        evidence = dict(record["evidence"], location=_spans([item.place.span]))
        evidence.pop("fatalities", None)
        toll = dict(fatalities=0, fatalities_low=None, fatalities_best=None, fatalities_high=None)
        if item.killed is not None:
            killed = item.killed
            toll = dict(fatalities=killed.low if killed.low is not None else killed.value,
                        fatalities_low=killed.low, fatalities_best=killed.value,
                        fatalities_high=killed.high)
            evidence["fatalities"] = _spans([killed.span])
        clone = dict(record, **placed, **toll, materiel=(), evidence=evidence,
                     injured=None, abducted=None, missing=None, arrested=None)
        if item.date is not None:
            evidence["event_date"] = _spans([item.date.span])
            clone.update(event_date=item.date.date, time_precision=None if item.date.precision is None
                         else int(item.date.precision))
        clone["notes"] = describe(clone)
        out.append(EventRecord(**clone))
    return out


def _between_partner(doc: ArticleDoc, place: PlaceMention | None) -> PlaceMention | None:
    """The B of "between A and B" when the incident's place is A."""
    if place is None or place.cue != "between":
        return None
    starts, between = per_layers(doc, "assemble:between", (doc.places,), lambda: _between_places(doc))
    i = bisect_right(starts, place.span.end)
    return between[i] if i < len(between) and between[i].span.start - place.span.end < 12 else None


def _between_places(doc: ArticleDoc) -> tuple[list[int], list[PlaceMention]]:
    """The document's "between" places in order of start, with their starts."""
    between = sorted((p for p in doc.places or () if p.cue == "between"), key=lambda p: p.span.start)
    return [p.span.start for p in between], between


def _report_claims(own: tuple[Claim, ...], *, background: bool, where: dict | None,
                   lead: Callable[[], tuple[Claim, ...]]) -> tuple[Claim, ...]:
    """A main incident's claims; one whose passage names no source is told in the voice of
    the report's source so far ("the statement said 32 were killed in Nagraogo. In Alamou,
    four more died"): it carries the claims of the last main incident that had some, as
    made there (they cover none of this incident's fields), or before the first, those of
    the opening lines that tell no incident (`lead`: a communiqué's heading). `where`
    keeps them."""
    if background or where is None:
        return own
    if "claims" not in where:
        where["claims"] = lead()
    if own:
        where["claims"] = own
        return own
    return tuple(c.model_copy(update={"fields": ()}) for c in where.get("claims", ()))


VOICE_ROLES = {"jihadist": "perpetrator", "state": "government"}


def _voice_claim(doc: ArticleDoc, cast: parties.Cast, claims: list[ClaimMention],
                 evidence: dict[str, list[Span]]) -> tuple[Claim, ...]:
    """The claim a partisan document makes in its own voice: a group's statement ("the
    soldiers of the Caliphate attacked the apostate army") or an army communiqué, when no
    sentence names who speaks. The evidence is the document's framing markers."""
    side = voice(doc)
    role = VOICE_ROLES.get(side or "")
    # any named source of the incident speaks instead: the framing may be its words
    if role is None or any(parties.claimant_role(c, cast) != "unknown" for c in claims):
        return ()
    sides = {"perpetrator": parties.NON_STATE_ARMED, "government": parties.STATE_SIDES}[role]
    speaker = next((p for p in (cast.actor1, cast.actor2) if p is not None and p.side in sides), None)
    speaker = speaker or _author(doc, sides)
    if speaker is None:
        return ()
    markers = [f.span for f in doc.framing or () if f.favours == side]
    return (Claim(claimant=cast.name(speaker) or speaker.actor_id, claimant_role=role,
                  fields=tuple(sorted(k for k, v in evidence.items() if v)), partisan=True,
                  span=(markers[0].start, markers[0].end)),)


def _in_the_authors_voice(doc: ArticleDoc, cast: parties.Cast, sub_event_type: str) -> parties.Cast:
    """A partisan document's own operations, told without naming who acted: an army
    communiqué's "a ground operation led to the arrest of a few suspects" is the army's, a
    group's "another detachment planted an explosive device" is the group's (actor1)."""
    role = VOICE_ROLES.get(stance(doc).favours or "")
    acting = cast.actor1
    if role == "government" and acting is None and sub_event_type in parties.STATE_INITIATED:
        author = _author(doc, parties.STATE_SIDES)
    elif role == "perpetrator" and (acting is None or acting.actor_id == parties.UNIDENTIFIED):
        author = _author(doc, parties.NON_STATE_ARMED - {"unknown"})
    else:
        return cast
    if author is None or (cast.actor2 is not None and cast.actor2.actor_id == author.actor_id):
        return cast
    return cast.updated(actor1=author)


def _author(doc: ArticleDoc, sides: frozenset[str]) -> parties.Party | None:
    """The side a partisan document speaks for, as first named in it: a communiqué reports
    every operation in the army's voice, also one whose actors are "our units"."""
    for mention in doc.actors or ():
        party = parties.Party(mention.actor_id, mention.country if mention.generic else None,
                              (mention.span,))
        if party.side in sides:
            return party
    return None


def _date(date: DateMention | None):  # type: ignore[no-untyped-def]
    return None if date is None else date.date


def _anchored(incident: Incident, casualties: list[CasualtyMention]) -> bool:
    """An event needs something concrete: a date, a place or a casualty figure.

    Analysis that speaks of "attacks" in general has none of these.
    """
    return not incident.hypothetical and bool(incident.date or incident.place or casualties
                                              or incident.answering)
