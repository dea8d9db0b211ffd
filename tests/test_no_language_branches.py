"""The code never branches on a language name: what differs between languages lives in
resources/<lang>/*.yaml and rasd/languages/<lang>.py (the brief's rule, checked here)."""

import re
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "rasd"
_NAME = r"['\"](?:ar|fr|en)['\"]"
BRANCH = re.compile(rf"(?:==|!=)\s*{_NAME}|{_NAME}\s*(?:==|!=)|\bin\s*[(\[{{]\s*{_NAME}")
# language modules hold the per-language rules themselves
ALLOWED = {SRC / "languages"}


def _sources():
    return [p for p in sorted(SRC.rglob("*.py")) if not any(a in p.parents for a in ALLOWED)]


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_branch_on_a_language_name(path):
    hits = [f"{path.name}:{n}: {line.strip()}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if BRANCH.search(line)]
    assert not hits, hits


@pytest.mark.parametrize("line", ['if lang == "ar":', "if 'fr' != doc.lang:", 'if lang in ("ar", "fr"):'])
def test_the_check_catches_a_branch(line):
    assert BRANCH.search(line)
