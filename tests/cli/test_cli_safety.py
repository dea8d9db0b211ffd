"""The CLI prints stored text and help texts as written, and reads only stores that exist."""

from __future__ import annotations

import pytest
from rich.console import Console
from typer.testing import CliRunner

from rasd.cli.incidents import _table
from rasd.cli.main import app

ROW = {"id": 7, "event_date": "2025-01-13", "sub_event_type": "Attack", "location": "[/]",
       "admin1": "[bold]Mopti[/bold]", "country": "Mali", "actor1": "[approx.]", "actor2": None,
       "fatalities_low": 3, "fatalities_best": 3, "fatalities_high": 3, "reports": 1}


def test_stored_text_is_printed_as_it_is():
    # "[/]" once raised a MarkupError, "[approx.]" vanished as an unknown style
    console = Console(record=True, width=200)
    console.print(_table([ROW], total=1, offset=0))
    shown = console.export_text()
    assert "[/]" in shown and "[bold]Mopti[/bold]" in shown and "[approx.]" in shown


def test_help_texts_show_section_names():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "[api]" in result.stdout


@pytest.mark.parametrize("command", [["incidents"], ["export", "--format", "jsonl"], ["token", "list"]])
def test_read_commands_refuse_a_store_that_does_not_exist(tmp_path, command):
    path = tmp_path / "typo.db"
    result = CliRunner().invoke(app, [*command, "--db", str(path)])
    assert result.exit_code == 2 and "no store" in result.output
    assert not path.exists()
