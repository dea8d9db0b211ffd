"""The `rasd` Typer application; commands live in sibling modules."""

from __future__ import annotations

import typer

from rasd import __version__
from rasd.cli import batch, bench, demo, evaluate, export, extract, incidents, ingest, serve, token

app = typer.Typer(
    name="rasd",
    help="Turn conflict-incident reports into evidence-linked event records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts as written: "[api]" is a config section, not markup
)
app.command("extract")(extract.extract)
app.command("eval")(evaluate.evaluate)
app.command("ingest")(ingest.ingest)
app.command("incidents")(incidents.incidents)
app.command("export")(export.export)
app.command("batch")(batch.batch)
app.command("serve")(serve.serve)
app.command("bench")(bench.bench)
app.command("demo")(demo.demo)
app.add_typer(token.app, name="token")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """rasd: conflict-event records from news reports, offline and deterministic."""


if __name__ == "__main__":  # python -m rasd.cli.main
    app()
