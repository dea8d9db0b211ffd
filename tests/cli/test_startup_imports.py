"""`rasd extract` starts without loading what only the store and the exports need: the
CLI's modules import pyarrow, SQLAlchemy and the store inside the commands that use them
(at the top they cost about 0.8 s of every start-up)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["pyarrow", "sqlalchemy", "rasd.store", "rasd.downloads"])
def test_loading_the_cli_does_not_load(module):
    code = f"import sys, rasd.cli.main; print({module!r} in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
