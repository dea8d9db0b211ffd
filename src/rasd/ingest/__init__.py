"""Files, directories and standard input to `ArticleDoc`s, with clear errors for bad input.

`iter_documents` is the entry point: it yields an `ArticleDoc` or an `InputError` per
document and never raises for bad input. The pieces it uses are public for other sources
(RSS, the web app): `decode_bytes`, `html_to_text`, `html_metadata`, `parse_published`.
"""

from rasd.ingest.decode import decode_bytes
from rasd.ingest.html import HtmlMeta, HtmlPage, html_metadata, html_to_text, read_html
from rasd.ingest.published import parse_published
from rasd.ingest.sources import iter_documents, iter_stdin

__all__ = [
    "HtmlMeta",
    "HtmlPage",
    "decode_bytes",
    "html_metadata",
    "html_to_text",
    "iter_documents",
    "iter_stdin",
    "parse_published",
    "read_html",
]
