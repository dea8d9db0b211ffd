"""rasd: conflict-event records from news reports, with evidence offsets.

Public API: `extract()`, `Pipeline`, `ArticleDoc`, `Span`, `load_config`.
"""

from rasd.config import Config, load_config
from rasd.doc import ArticleDoc, Span
from rasd.pipeline import Pipeline

__version__ = "0.1.0"
PIPELINE_VERSION = __version__

__all__ = ["ArticleDoc", "Config", "Pipeline", "Span", "extract", "load_config", "__version__"]


def extract(text: str, *, published=None, lang=None, cfg: Config | None = None) -> ArticleDoc:  # type: ignore[no-untyped-def]
    """Run the default pipeline on one text and return the analysed document."""
    pipeline = Pipeline.from_config(cfg or load_config())
    return pipeline(ArticleDoc.from_text(text, published=published, lang=lang))
