"""rasd: conflict-event records from news reports, with evidence offsets.

Public API: `extract()`, `pipeline_for()`, `Pipeline`, `ArticleDoc`, `Span`, `load_config`.
"""

from rasd.config import Config, load_config
from rasd.doc import ArticleDoc, Span
from rasd.pipeline import Pipeline

__version__ = "0.1.0"
PIPELINE_VERSION = __version__

__all__ = ["ArticleDoc", "Config", "Pipeline", "Span", "extract", "load_config", "pipeline_for",
           "__version__"]


_PIPELINES: dict[str, Pipeline] = {}  # one built pipeline per configuration, as spaCy's load()
_MAX_PIPELINES = 8


def pipeline_for(cfg: Config | None = None) -> Pipeline:
    """The pipeline of `cfg` (default: the default config), built on the first call and
    reused after it: building costs far more than one document."""
    cfg = cfg or load_config()
    key = cfg.model_dump_json()
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        if len(_PIPELINES) >= _MAX_PIPELINES:
            _PIPELINES.pop(next(iter(_PIPELINES)))
        pipeline = _PIPELINES[key] = Pipeline.from_config(cfg)
    return pipeline


def extract(text: str, *, published=None, lang=None, cfg: Config | None = None) -> ArticleDoc:  # type: ignore[no-untyped-def]
    """Run the pipeline of `cfg` (default: the default config) on one text and return the
    analysed document. The pipeline is built once per configuration and kept, so calling
    this in a loop costs what a held `Pipeline` does."""
    return pipeline_for(cfg)(ArticleDoc.from_text(text, published=published, lang=lang))
