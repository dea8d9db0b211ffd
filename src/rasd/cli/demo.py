"""`rasd demo`: the bundled samples in a temporary store, a review token, and the app."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer

from rasd.cli.common import config_or_exit


def demo(
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    samples: list[Path] | None = typer.Option(None, "--samples", help="Articles to load instead of the bundled samples (repeatable)."),
    config: Path | None = typer.Option(None, "--config", help="A TOML config file."),
) -> None:
    """Load the sample articles into a temporary store and serve the app over it.

    Prints a review token to paste into the app. The store is deleted when the server stops.
    """
    import uvicorn

    from rasd.api import create_app
    from rasd.demo import build_demo_store
    from rasd.errors import RasdError

    cfg = config_or_exit(config)
    with tempfile.TemporaryDirectory(prefix="rasd-demo-") as folder:
        try:
            made = build_demo_store(Path(folder) / "demo.db", cfg=cfg, sources=samples or None)
        except RasdError as exc:
            typer.echo(f"rasd: {exc}", err=True)
            raise typer.Exit(2)
        typer.echo(f"demo store: {made.documents} documents, {made.reports} reports, "
                   f"{made.incidents} incidents")
        typer.echo(f"review token ({made.reviewer}): {made.token}")
        typer.echo(f"open http://{host}:{port}/ and paste the token to review "
                   "(Ctrl+C stops the server and deletes the store)")
        app = create_app(str(made.db), cfg=cfg)
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
