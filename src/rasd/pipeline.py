"""The pipeline: stages from the registry, in an order checked before anything runs."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from time import monotonic, process_time

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import ConfigError, RasdError, StageError
from rasd.registry import Stage, StageSpec, stage_specs

# layers every document has from ingest, before any stage runs
_INITIAL = frozenset({"text", "doc_id", "published", "source", "url", "title"})
# languages this process has analysed a document in (see settle_resources)
_SETTLED: set[str | None] = set()
# net new container objects between two young collections, at least (Python's default: 700)
YOUNG_COLLECTION = 10_000


@dataclass(frozen=True)
class Pipeline:
    """Built stages in order; call it on a document, or `pipe` many."""

    cfg: Config
    specs: tuple[StageSpec, ...]
    stages: tuple[Stage, ...]

    @classmethod
    def from_config(cls, cfg: Config) -> Pipeline:
        """Build every configured stage. Raises ConfigError for an unknown stage name
        or an order in which a stage runs before what it requires."""
        registry = stage_specs()
        unknown = [name for name in cfg.pipeline.stages if name not in registry]
        if unknown:
            raise ConfigError(f"unknown stage(s) {unknown}; known: {sorted(registry)}")
        specs = tuple(registry[name] for name in cfg.pipeline.stages)
        check_order(specs)
        return cls(cfg, specs, tuple(spec.factory(cfg) for spec in specs))

    def __call__(self, doc: ArticleDoc, *, timings: dict[str, float] | None = None,
                 deadline: float | None = None) -> ArticleDoc:
        """Run every stage on one document. Raises StageError naming the failing stage.

        With `timings`, each stage's CPU seconds are added to `timings[stage name]`. With
        `deadline` (a `time.monotonic()` value), TimeLimit is raised before a stage that
        would start after it (every stage is linear in the text, so the overrun is bounded).
        """
        if _SETTLED:
            return self._settled(self._run(doc, timings, deadline))
        # the process's first document loads most resources, long-lived objects all: the
        # collector's passes over them would find nothing (about 70 ms of start-up)
        with collector_paused():
            return self._settled(self._run(doc, timings, deadline))

    def _run(self, doc: ArticleDoc, timings: dict[str, float] | None,
             deadline: float | None) -> ArticleDoc:
        # one clock reading per stage: a stage's end is the next one's start (the loop's own
        # steps, a few hundred nanoseconds, count in the next stage's time)
        started = process_time() if timings is not None else 0.0
        for spec, stage in zip(self.specs, self.stages, strict=True):
            if deadline is not None and monotonic() > deadline:
                raise TimeLimit(f"stopped before stage {spec.name}: past the time limit",
                                stage=spec.name, doc_id=doc.doc_id)
            if spec.per_language and doc.lang not in self.cfg.pipeline.languages:
                doc = doc.with_layers(**{layer: () for layer in spec.assigns})
                continue
            try:
                doc = stage(doc)
            except RasdError:
                raise
            except Exception as exc:  # a bug in a stage: report it with its context
                raise StageError(f"{type(exc).__name__}: {exc}", stage=spec.name,
                                 doc_id=doc.doc_id) from exc
            if timings is not None:
                now = process_time()
                timings[spec.name] = timings.get(spec.name, 0.0) + now - started
                started = now
        return doc

    def _settled(self, doc: ArticleDoc) -> ArticleDoc:
        """`doc`, after settling its language's resources if it is the first of them."""
        if doc.lang not in _SETTLED:
            settle_resources(doc.lang, build=doc.lang in self.cfg.pipeline.languages)
        return doc

    def pipe(self, docs: Iterable[ArticleDoc]) -> Iterator[ArticleDoc | StageError]:
        """Run over many documents; a failing document yields its StageError and the rest go on."""
        for doc in docs:
            try:
                yield self(doc)
            except StageError as exc:
                yield exc


class TimeLimit(StageError):
    """The pipeline stopped because the caller's deadline passed."""


def settle_resources(lang: str | None, *, build: bool) -> None:
    """After the process's first document in `lang`: with `build`, run the language's
    remaining builders (`rasd.stages.lexical.build_language`), then keep the cyclic
    garbage collector off all the process holds. The resources loaded by then (lexicons,
    grammars, gazetteer: about 80,000 objects) live as long as the process, and every
    full collection would scan them again for nothing (about 65 ms, once in every 50-80
    real reports of a first pass).

    `gc.freeze()` is process-wide: whatever the host holds at that moment is frozen too.
    Frozen objects are still freed by reference counting; only a reference cycle that is
    garbage at that moment is never collected. The pipeline makes no cycles, and this
    runs at most once per language in a process, so what could stay is small and bounded.
    Forked workers gain too: collections no longer write to the pages they share with
    their parent.

    The young generation's threshold is raised to YOUNG_COLLECTION (never lowered, and
    left alone where the host set 0 to collect only by hand): a document's objects are
    freed by reference counting when it is done, and with Python's 700 the collector
    scanned them several times while it ran, and moved them to older generations that
    then needed full collections (2% of the CPU time on 3 KB documents)."""
    _SETTLED.add(lang)
    if build and lang:
        from rasd.stages.lexical import build_language  # the stages' module, loaded by now

        build_language(lang)
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < YOUNG_COLLECTION:
        gc.set_threshold(YOUNG_COLLECTION, *older)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block, back on after it if it was on."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def check_order(specs: Iterable[StageSpec]) -> None:
    """Raise ConfigError if a stage requires a layer no earlier stage assigns."""
    available = set(_INITIAL)
    for spec in specs:
        missing = spec.requires - available
        if missing:
            raise ConfigError(f"stage {spec.name} requires {sorted(missing)}, "
                              "which no earlier stage assigns")
        available |= spec.assigns
