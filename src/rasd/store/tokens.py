"""API tokens for write actions: made once, stored as a SHA-256 hash, revocable.

The secret (`secrets.token_urlsafe(32)`) is shown once by `create_token` and never stored;
the `tokens` table keeps its hash, so a copy of the database gives no usable token. The
token's name is the reviewer that the audit trail records.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from rasd.errors import StoreError
from rasd.store import Store, schema

_NAME = re.compile(r"[^\s/\\]{1,128}")


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """A token as listed: never its secret."""

    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


def token_hash(token: str) -> str:
    """The stored form of a token: its SHA-256, hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> str:
    """A new token for reviewer `name` (1–128 characters, no spaces or slashes); returns
    the secret, which is not stored and cannot be shown again."""
    if not _NAME.fullmatch(name):
        raise StoreError(f"{name!r} is not a token name: 1-128 characters, no spaces or slashes")
    secret = secrets.token_urlsafe(32)
    table = schema.tokens
    with store.engine.begin() as conn:
        if conn.execute(sa.select(table.c.id).where(table.c.name == name)).first():
            raise StoreError(f"a token named {name!r} exists already (revoked tokens keep "
                             "their name, so the audit trail stays unambiguous)")
        conn.execute(sa.insert(table), {"name": name, "token_hash": token_hash(secret),
                                        "created_at": _now()})
    return secret


def list_tokens(store: Store) -> list[TokenInfo]:
    """Every token, oldest first (revoked ones too)."""
    table = schema.tokens
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(table.c.name, table.c.created_at, table.c.revoked_at)
                            .order_by(table.c.id))
        return [TokenInfo(row.name, row.created_at, row.revoked_at) for row in rows]


def revoke_token(store: Store, name: str) -> None:
    """Revoke the token `name` at once; StoreError if there is none or it is revoked."""
    table = schema.tokens
    with store.engine.begin() as conn:
        done = conn.execute(sa.update(table).where(
            table.c.name == name, table.c.revoked_at.is_(None)).values(revoked_at=_now()))
        if done.rowcount != 1:
            raise StoreError(f"no active token named {name!r}")


def verify_token(store: Store, token: str) -> str | None:
    """The name of the active token `token`, or None."""
    if not token or len(token) > 512:
        return None
    digest = token_hash(token)
    table = schema.tokens
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(table.c.name, table.c.token_hash).where(
            table.c.token_hash == digest, table.c.revoked_at.is_(None))).first()
    # the lookup is by hash, so its timing says nothing about the secret; the constant-time
    # comparison guards against a collation or driver that matches loosely
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return row.name


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
