"""Language resources: `resources/<lang>/<name>.yaml`, the same file names for every language.

Code reads resources only through `load()`, never by branching on a language name.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources as _pkg
from typing import Any

import yaml

from rasd.errors import ResourceError

LANGUAGES = ("ar", "fr", "en")
# libyaml's safe loader when PyYAML has it: the same data, about ten times faster to read
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def resource_path(lang: str, name: str):  # type: ignore[no-untyped-def]
    """The packaged path of one resource file (a Traversable)."""
    return _pkg.files("rasd.resources").joinpath(lang, f"{name}.yaml")


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> dict[str, Any]:
    """The parsed content of `resources/<lang>/<name>.yaml`.

    Raises ResourceError when the file is missing or is not a YAML mapping.
    """
    path = resource_path(lang, name)
    where = f"resources/{lang}/{name}.yaml"
    if not path.is_file():
        raise ResourceError("no such resource file", resource=where)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        raise ResourceError(f"invalid YAML: {exc}", resource=where) from exc
    if not isinstance(data, dict):
        raise ResourceError("top level must be a mapping", resource=where)
    return data
