"""Dependencies shared by the routes: the store, tokens, filters and pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Annotated, Literal

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from rasd.api.cache import ReadCache
from rasd.config import Config
from rasd.store import ReportFilter, Store
from rasd.store.filters import FilterError, parse_filter
from rasd.store.tokens import verify_token

_bearer = HTTPBearer(auto_error=False, description="A token made with `rasd token create`.")


@dataclass(frozen=True, slots=True)
class AppState:
    """What every request needs: the open store, the config and the read cache."""

    store: Store
    cfg: Config
    cache: ReadCache


def state(request: Request) -> AppState:
    return request.app.state.rasd


def get_store(request: Request) -> Store:
    return state(request).store


def _reviewer(request: Request, credentials: HTTPAuthorizationCredentials | None) -> str:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorized("a token is required: send 'Authorization: Bearer <token>'")
    name = verify_token(state(request).store, credentials.credentials)
    if name is None:
        raise _unauthorized("unknown or revoked token")
    return name


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=message,
                         headers={"WWW-Authenticate": "Bearer"})


def writer(request: Request,
           credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """The reviewer (token name) of a write request; 401 without a valid token."""
    return _reviewer(request, credentials)


def reader(request: Request,
           credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
           ) -> str | None:
    """Reads are open unless `[api] read_token_required`; then as for writes."""
    app = state(request)
    if not app.cfg.api.read_token_required:
        return None
    at = app.cache.version.current()  # before the check: a later revocation moves it on
    name = _reviewer(request, credentials)
    header = request.headers.get("authorization")
    if header is not None:
        app.cache.admit(header, at)
    return name


@dataclass(frozen=True, slots=True)
class PageParams:
    limit: int
    offset: int


def page(limit: Annotated[int, Query(ge=1, le=500, description="Items per page.")] = 50,
         offset: Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")] = 0,
         ) -> PageParams:
    return PageParams(limit, offset)


MAX_VALUES = 20  # values of one repeated filter


def _filters(
    country: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="Country, e.g. Mali; repeat it for any of several.")] = None,
    admin1: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="First-level admin unit; repeatable.")] = None,
    date_from: Annotated[dt.date | None, Query(alias="from", description="On or after (YYYY-MM-DD).")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="On or before (YYYY-MM-DD).")] = None,
    event_type: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="ACLED event type; repeatable.")] = None,
    sub_event_type: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="ACLED sub-event type; repeatable.")] = None,
    actor: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="Part of an actor's name; repeatable.")] = None,
    claimant: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="Part of a claimant's name or role; repeatable.")] = None,
    partisan: Annotated[bool | None, Query(description="true: resting on a party's claim; false: not.")] = None,
    admin2: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="Second-level admin unit; repeatable.")] = None,
    location: Annotated[list[str] | None, Query(max_length=MAX_VALUES, description="Location name (the whole name); repeatable.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words that must all appear in the notes or the report's text.")] = None,
    reviewed: Annotated[bool | None, Query(description="true: reviewed (locked) incidents; false: not yet reviewed.")] = None,
    flagged: Annotated[bool | None, Query(description="true: incidents whose reports disagree on a field; false: not.")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=1_000_000, description="At least this many fatalities (ACLED count).")] = None,
) -> ReportFilter:
    """The filters of the query string, read by the store's parse_filter (as the CLI's are);
    a repeated text filter matches any of its values."""
    try:
        return parse_filter(country=country, admin1=admin1, date_from=date_from,
                            date_to=date_to, event_type=event_type,
                            sub_event_type=sub_event_type, actor=actor, claimant=claimant,
                            partisan=partisan, admin2=admin2, location=location, q=q,
                            reviewed=reviewed, flagged=flagged,
                            min_fatalities=min_fatalities, longest=128)
    except FilterError as exc:
        code = (status.HTTP_400_BAD_REQUEST if exc.name == "from"
                else status.HTTP_422_UNPROCESSABLE_CONTENT)
        detail = (f"'from' ({date_from}) is after 'to' ({date_to})" if exc.name == "from"
                  else f"'{exc.name}': {exc.message}")
        raise HTTPException(code, detail=detail) from exc


def incident_filter(where: Annotated[ReportFilter, Depends(_filters)]) -> ReportFilter:
    """The incident filters of the query string."""
    return where


def report_filter(
    where: Annotated[ReportFilter, Depends(_filters)],
    lang: Annotated[Literal["ar", "fr", "en"] | None, Query(description="The document's language.")] = None,
    role: Annotated[Literal["main", "background", "all"], Query(description="main: events of their own; background: incidents cited as context.")] = "main",
) -> ReportFilter:
    """The report filters of the query string (incident filters, `lang` and `role`)."""
    return replace(where, lang=lang, role=role)
