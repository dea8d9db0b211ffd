"""`rasd token`: make, list and revoke the API tokens that review actions need."""

from __future__ import annotations

import typer

from rasd.cli.common import DB_HELP, store_or_exit

app = typer.Typer(help="Make, list and revoke API tokens (the name is the reviewer).",
                  no_args_is_help=True, rich_markup_mode=None)


@app.command("create")
def create(
    name: str = typer.Argument(..., help="The reviewer's name, recorded with every action."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Make a token and print it once (only its SHA-256 hash is stored)."""
    from rasd.errors import StoreError
    from rasd.store.tokens import create_token

    with store_or_exit(db, create=True) as store:
        try:
            secret = create_token(store, name)
        except StoreError as exc:
            typer.echo(f"rasd: {exc}", err=True)
            raise typer.Exit(1)
    typer.echo(secret)
    typer.echo(f"rasd: token {name!r} made; keep it now, it cannot be shown again", err=True)


@app.command("list")
def list_(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """List tokens: name, when made, when revoked (never the secret)."""
    from rasd.store.tokens import list_tokens

    with store_or_exit(db) as store:
        tokens = list_tokens(store)
    for info in tokens:
        revoked = f"revoked {info.revoked_at:%Y-%m-%d %H:%M}" if info.revoked_at else "active"
        typer.echo(f"{info.name}\tmade {info.created_at:%Y-%m-%d %H:%M}\t{revoked}")


@app.command("revoke")
def revoke(
    name: str = typer.Argument(..., help="The token's name."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Revoke a token at once; its past reviews keep its name."""
    from rasd.errors import StoreError
    from rasd.store.tokens import revoke_token

    with store_or_exit(db) as store:
        try:
            revoke_token(store, name)
        except StoreError as exc:
            typer.echo(f"rasd: {exc}", err=True)
            raise typer.Exit(1)
    typer.echo(f"rasd: token {name!r} revoked", err=True)
