"""Documents in, analysed documents out: ingest, then the pipeline, errors kept apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import InputError, StageError
from rasd.ingest import iter_documents
from rasd.pipeline import Pipeline


def extract_paths(
    paths: Iterable[str | Path],
    *,
    cfg: Config,
    published: dt.date | None = None,
    lang: str | None = None,
) -> Iterator[ArticleDoc | InputError | StageError]:
    """Analyse every document found at `paths` ("-" is standard input), in order.

    Yields an analysed ArticleDoc per document, or the InputError/StageError that
    stopped that one document; never raises for a bad document.
    """
    pipeline = Pipeline.from_config(cfg)
    for item in iter_documents(paths, cfg=cfg, published=published, lang=lang):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield pipeline(item)
        except StageError as exc:
            yield exc
