"""The one registry of pipeline stages, each with what it requires and assigns.

A stage name carries its version (`dates.v1`); changing behaviour means a new name,
and tests/test_registry.py pins this table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rasd.config import Config
from rasd.doc import ArticleDoc

Stage = Callable[[ArticleDoc], ArticleDoc]


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A stage factory and its contract.

    requires: layers (ArticleDoc field names) that must be set before it runs.
    assigns: layers it sets.
    per_language: it reads language resources, so it runs only on supported languages
        (the pipeline assigns empty layers for other documents).
    """

    name: str
    factory: Callable[[Config], Stage]
    requires: frozenset[str]
    assigns: frozenset[str]
    per_language: bool = True


def layer_stage(name: str, *, layer: str, find: Callable[[ArticleDoc], Iterable[object]],
                requires: set[str]) -> StageSpec:
    """The spec of a stage that needs no configuration and assigns one layer, computed
    by `find(doc)` (most mention stages)."""

    def factory(cfg: Config) -> Stage:
        def stage(doc: ArticleDoc) -> ArticleDoc:
            return doc.with_layers(**{layer: tuple(find(doc))})

        stage.__name__ = layer
        return stage

    return StageSpec(name, factory, frozenset(requires), frozenset({layer}))


def _specs() -> list[StageSpec]:
    # imported here so that importing the registry does not load every stage's resources
    from rasd.stages import (
        actors,
        casualties,
        claims,
        dates,
        events,
        framing,
        langid,
        materiel,
        numbers,
        places,
        sentences,
        triggers,
    )

    return [langid.SPEC, sentences.SPEC, dates.SPEC, numbers.SPEC, actors.SPEC, triggers.SPEC,
            casualties.SPEC, materiel.SPEC, claims.SPEC, framing.SPEC, places.SPEC, events.SPEC]


def stage_specs() -> dict[str, StageSpec]:
    """Every registered stage by name."""
    return {spec.name: spec for spec in _specs()}
