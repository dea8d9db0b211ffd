"""`rasd serve`: the REST API and the analyst web app over a store."""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer

from rasd.cli.common import DB_HELP, config_or_exit


def serve(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default; put a TLS proxy in front before exposing it)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    config: Path | None = typer.Option(None, "--config", help="A TOML config file ([api] section)."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Server processes sharing the port (each with its own read cache and analysing child); one per core for the most reads per second."),
) -> None:
    """Serve the REST API (/api, described at /docs) and the web app (/) over a store.

    Writes (reviews) need a token from `rasd token create`; reads are open unless the
    config sets `[api] read_token_required = true`.
    """
    import uvicorn

    from rasd.api import create_app
    from rasd.api.app import SERVE_ENV
    from rasd.errors import StoreError

    cfg = config_or_exit(config)
    hosts = served_hosts(host, cfg.api.allowed_hosts)
    if not hosts:
        typer.echo("rasd: listening on every address with no [api] allowed_hosts: any Host "
                   "header is served (list the names clients use)", err=True)
    try:
        app = create_app(db, cfg=cfg, hosts=hosts)  # opened here too: a bad store fails once, now
    except StoreError as exc:
        typer.echo(f"rasd: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(f"rasd: serving on http://{host}:{port}/ (API description at /docs)"
               + (f" with {workers} processes" if workers > 1 else ""), err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
        return
    # each process builds its own app from what this one checked
    os.environ[SERVE_ENV] = json.dumps({"db": db, "config": None if config is None else str(config),
                                        "hosts": list(hosts)})
    app.state.rasd.store.close()
    uvicorn.run("rasd.api.app:app_from_env", factory=True, workers=workers, host=host,
                port=port, log_level="warning", server_header=False)


_LOOPBACK = ("localhost", "127.0.0.1", "[::1]")


def served_hosts(host: str, configured: tuple[str, ...]) -> tuple[str, ...]:
    """The Host names to serve: the configured ones, else the listening address and the
    loopback names (none, so any, when listening on every address)."""
    if configured:
        return configured
    if host in ("0.0.0.0", "::", ""):
        return ()
    return (f"[{host}]" if ":" in host else host, *_LOOPBACK)
