"""One configuration, validated: built-in defaults, a TOML file, then CLI overrides.

The resolved config is plain data (`Config.model_dump()`) so it can be stored with
every run and every record traced back to it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from rasd.errors import ConfigError

FOUNDATION_STAGES = ("langid.v1", "sentences.v1", "dates.v1", "numbers.v1")
EVENT_STAGES = ("actors.v1", "triggers.v1", "casualties.v1", "materiel.v1", "claims.v1",
                "framing.v1", "places.v1", "events.v1")
DEFAULT_STAGES = FOUNDATION_STAGES + EVENT_STAGES


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PipelineSection(_Section):
    stages: tuple[str, ...] = DEFAULT_STAGES
    languages: tuple[str, ...] = ("ar", "fr", "en")


class LangIdSection(_Section):
    # the identifier reads at most this many characters: enough for a reliable guess
    sample_chars: int = Field(default=400, ge=50)
    # below this probability the guess is reported as uncertain in the warnings
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)


class IngestSection(_Section):
    max_bytes: int = Field(default=50_000_000, ge=1)  # larger files are refused, not read
    max_chars: int = Field(default=1_000_000, ge=1)  # longer documents are refused


class ApiSection(_Section):
    read_token_required: bool = False  # reads need a token too (writes always do)
    max_extract_bytes: int = Field(default=1_000_000, ge=1)  # POST /api/extract text limit
    max_extract_seconds: float = Field(default=30.0, gt=0)  # then 503; the work stops
    max_body_bytes: int = Field(default=262_144, ge=1024)  # any other request body
    body_seconds: float = Field(default=30.0, gt=0)  # to receive a body, else 408
    # Host headers served (DNS rebinding); empty: the address `rasd serve` listens on
    # and the loopback names
    allowed_hosts: tuple[str, ...] = ()


class Config(_Section):
    pipeline: PipelineSection = PipelineSection()
    langid: LangIdSection = LangIdSection()
    ingest: IngestSection = IngestSection()
    api: ApiSection = ApiSection()


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """The default config, updated from a TOML file, then from dotted overrides.

    `overrides` use section__key names, e.g. `pipeline__languages=("ar",)`.
    Raises ConfigError naming the file and the offending key.
    """
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
    for key, value in overrides.items():
        section, _, name = key.partition("__")
        data.setdefault(section, {})[name] = value
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path or 'config'}: {exc}") from exc
