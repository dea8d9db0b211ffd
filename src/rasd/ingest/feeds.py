"""RSS and Atom feeds: one document per item, each bad item reported on its own.

Read: RSS 2.0 and 0.9x (`rss/channel/item`), RSS 1.0 (`rdf:RDF/item`) and Atom
(`feed/entry`), told apart by the root element; elements are matched with their namespace.
An item's text is the first non-empty of `content:encoded` and `description` (RSS: HTML,
escaped or in CDATA) or `content` and `summary` (Atom: by `type`, text, html or xhtml).
HTML becomes its main text by the rules for pages (`rasd.ingest.html`), the whole fragment
being the article; text without markup keeps its line breaks. Also kept: the title, the
link as url (RSS `link`, else a permalink `guid`; Atom `link` rel=alternate), the date
(RSS `pubDate` in RFC 822, else `dc:date`; Atom `published`, else `updated`, ISO 8601;
unreadable: a warning and the caller's default) and the channel or feed title as source.
The declared language (`language`, `xml:lang`) is not used, as for HTML pages.

The origin is "path:line", the line where the item starts, with "#id" for an RSS `guid`
or Atom `id`, as JSON Lines gives "path:line#id". An item without text is an InputError
for that item and the others go on; a file that is not well-formed XML, is not a feed or
has no items is one InputError naming the file.

Declared entities are never expanded: a DOCTYPE with an internal subset, the only place
an <!ENTITY> declaration can come from, is refused (an "XML bomb" expands a few lines into
gigabytes). A bare DOCTYPE naming an external DTD, as RSS 0.91 feeds have, is allowed;
the DTD is never fetched, and the HTML entities such feeds take from it (&eacute;) are
read as in HTML.

Bytes are read as the XML declaration says when it names an encoding other than UTF-8;
otherwise they are decoded as any text file is (`rasd.ingest.decode`), so an undeclared
Windows-1256 feed is read rather than refused.
"""

from __future__ import annotations

import copy
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import Element, TreeBuilder, tostring
from xml.parsers import expat

from rasd.config import Config
from rasd.doc import ArticleDoc
from rasd.errors import InputError
from rasd.ingest.build import Defaults, Where, build_doc
from rasd.ingest.decode import decode_bytes
from rasd.ingest.html import read_html
from rasd.ingest.published import parse_published

_ROOTS = frozenset(("rss", "feed", "RDF"))
_ITEMS = frozenset(("item", "entry"))
_CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_DECLARED = re.compile(rb"""\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")
_DECLARATION_BYTES = 512
_SPACES = re.compile(r"\s+")
_NO_TEXT = {
    "item": "item has no text (no <content:encoded> or <description>)",
    "entry": "entry has no text (no <content> or <summary>)",
}


@dataclass(frozen=True, slots=True)
class FeedItem:
    """What one RSS item or Atom entry says; `published` is the raw date string."""

    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    guid: str | None = None


def iter_feed(
    data: bytes, *, path: str, cfg: Config, defaults: Defaults
) -> Iterator[ArticleDoc | InputError]:
    """One ArticleDoc or InputError per item of an RSS or Atom feed, in file order.

    A file that is not a readable feed gives a single InputError naming it.
    """
    try:
        reader = _FeedReader(path)
        source, elements = _channel(reader.read(_xml_source(data, path=path)), path=path)
    except InputError as exc:
        yield exc
        return
    for element in elements:
        where = Where(path, reader.lines.get(id(element)))
        try:
            yield _item_doc(element, where=where, source=source, cfg=cfg, defaults=defaults)
        except InputError as exc:
            yield exc
        except RecursionError:  # markup nested past the interpreter's stack (copy, tostring)
            yield where.error("the item's markup is nested too deeply")


def read_item(element: Element) -> FeedItem:
    """The fields of one parsed `<item>` or `<entry>` element; `text` may be empty."""
    namespace, kind = _split(element.tag)
    if kind == "entry":
        return _atom_entry(element, namespace)
    return _rss_item(element, namespace)


def _xml_source(data: bytes, *, path: str) -> bytes | str:
    """Bytes for expat when a non-UTF-8 encoding is declared, else text decoded as files are."""
    declared = _DECLARED.match(data[:_DECLARATION_BYTES])
    if declared is not None and declared[1].lower() not in (b"utf-8", b"utf8"):
        return data
    text, _encoding = decode_bytes(data, path=path)
    return text  # expat reads a str as UTF-8 whatever the declaration says


class _FeedReader:
    """An expat parse into ElementTree elements that refuses entity declarations.

    Checks the root element as soon as it opens and notes the line of every item.
    """

    def __init__(self, path: str):
        self.path = path
        self.lines: dict[int, int] = {}
        self._root: str | None = None
        self._builder = TreeBuilder()
        self._parser = parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._builder.data
        parser.StartDoctypeDeclHandler = self._doctype
        parser.SkippedEntityHandler = self._skipped_entity

    def read(self, source: bytes | str) -> Element:
        """The root element; InputError for XML that is not well-formed or not a feed."""
        try:
            self._parser.Parse(source, True)
        except expat.ExpatError as exc:
            reason = expat.ErrorString(exc.code)
            raise InputError(
                f"not well-formed XML: {reason} (line {exc.lineno}, column {exc.offset + 1})",
                path=self.path,
            ) from exc
        except LookupError as exc:  # expat cannot read the declared encoding
            raise InputError(f"unknown encoding declared in the XML ({exc})", path=self.path) from None
        return self._builder.close()

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        tag = _qualified(name)
        local = _split(tag)[1]
        if self._root is None:
            self._root = local
            if local not in _ROOTS:
                raise InputError(
                    f"not an RSS or Atom feed: the root element is <{local}>, "
                    "expected <rss>, <feed> or <rdf:RDF>",
                    path=self.path,
                )
        element = self._builder.start(tag, {_qualified(key): value for key, value in attrs.items()})
        if local in _ITEMS:
            self.lines[id(element)] = self._parser.CurrentLineNumber

    def _end(self, name: str) -> None:
        self._builder.end(_qualified(name))

    def _doctype(self, name: str, system: str | None, public: str | None, internal: int) -> None:
        if internal:
            raise InputError(
                "DOCTYPE with an internal subset refused: it can declare entities that expand "
                "without bound (an XML bomb); entities are never expanded, remove the DOCTYPE",
                path=self.path,
            )

    def _skipped_entity(self, name: str, is_parameter: int) -> None:
        # only reached after a bare external DOCTYPE (RSS 0.91): its entities are HTML's
        if not is_parameter:
            self._builder.data(html.unescape(f"&{name};"))


def _channel(root: Element, *, path: str) -> tuple[str | None, list[Element]]:
    """The feed's title and its item or entry elements; InputError when there are none."""
    namespace, kind = _split(root.tag)
    if kind == "feed":
        source, holders = _atom_text(_child(root, f"{namespace}title")), [root]
        tag = f"{namespace}entry"
    else:
        channel = next((child for child in root if _split(child.tag)[1] == "channel"), None)
        if channel is None:
            raise InputError("RSS feed without a <channel> element", path=path)
        namespace = _split(channel.tag)[0]
        source, holders = _text(_child(channel, f"{namespace}title")), [channel, root]
        tag = f"{namespace}item"
    elements = [child for holder in holders for child in holder if child.tag == tag]
    if not elements:
        raise InputError(f"the feed has no <{_split(tag)[1]}> elements", path=path)
    return _clean(source), elements


def _item_doc(
    element: Element, *, where: Where, source: str | None, cfg: Config, defaults: Defaults
) -> ArticleDoc:
    item = read_item(element)
    if not item.text:
        raise where.error(_NO_TEXT[_split(element.tag)[1]])
    warnings: tuple[str, ...] = ()
    try:
        published = parse_published(item.published, path=where.path, line=where.line)
    except InputError as exc:
        published, warnings = None, (f"ignored the item's publication date: {exc.reason}",)
    return build_doc(
        item.text,
        where=Where(where.path, where.line, item.guid),
        cfg=cfg,
        published=published or defaults.published,
        lang=defaults.lang,
        source=source,
        url=item.url,
        title=item.title,
        warnings=warnings,
    )


def _rss_item(item: Element, namespace: str) -> FeedItem:
    bodies = (_child(item, _CONTENT_ENCODED), _child(item, f"{namespace}description"))
    guid = _child(item, f"{namespace}guid")
    guid_text = _clean(_text(guid))
    permalink = guid is not None and guid.get("isPermaLink", "true").lower() == "true"
    link = _clean(_text(_child(item, f"{namespace}link")))
    if link is None and permalink and guid_text and guid_text.startswith(("http://", "https://")):
        link = guid_text
    return FeedItem(
        text=next((text for body in bodies if (text := _html_text(_markup(body)))), ""),
        title=_clean(_text(_child(item, f"{namespace}title"))),
        url=link,
        published=_clean(_text(_child(item, f"{namespace}pubDate")))
        or _clean(_text(_child(item, _DC_DATE))),
        guid=guid_text,
    )


def _atom_entry(entry: Element, namespace: str) -> FeedItem:
    bodies = (_child(entry, f"{namespace}content"), _child(entry, f"{namespace}summary"))
    return FeedItem(
        text=next((text for body in bodies if (text := _atom_text(body))), ""),
        title=_clean(_atom_text(_child(entry, f"{namespace}title"))),
        url=_atom_link(entry, namespace),
        published=_clean(_text(_child(entry, f"{namespace}published")))
        or _clean(_text(_child(entry, f"{namespace}updated"))),
        guid=_clean(_text(_child(entry, f"{namespace}id"))),
    )


def _atom_text(element: Element | None) -> str:
    """The text of an Atom text construct or content, by its type; "" for out-of-line media."""
    if element is None or element.get("src"):
        return ""
    kind = (element.get("type") or "text").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        return _html_text(_xhtml(element))
    if kind in ("html", "text/html"):
        return _html_text(_markup(element))
    if kind == "text" or kind.startswith("text/"):
        return _text(element).strip()
    return ""  # base64-encoded media


def _atom_link(entry: Element, namespace: str) -> str | None:
    links = (link for link in entry if link.tag == f"{namespace}link")
    alternates = (link for link in links if link.get("rel", "alternate") == "alternate")
    return next((href for link in alternates if (href := _clean(link.get("href")))), None)


def _html_text(markup: str) -> str:
    """The main text of an HTML fragment; text without markup keeps its line breaks."""
    if "<" not in markup:
        return html.unescape(markup).strip()
    # the fragment is the article: without the wrapper, page heuristics may keep one block
    return read_html(f"<article>{markup}</article>").text


def _markup(element: Element | None) -> str:
    """HTML source held as text (escaped or CDATA), or XHTML written as child elements."""
    if element is None:
        return ""
    return element.text or "" if len(element) == 0 else _xhtml(element)


def _xhtml(element: Element) -> str:
    """The children of an element as HTML source, without namespace prefixes."""
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        plain = copy.deepcopy(child)
        for node in plain.iter():
            node.tag = _split(node.tag)[1]
        parts.append(tostring(plain, encoding="unicode"))
    return "".join(parts)


def _child(element: Element, tag: str) -> Element | None:
    return next((child for child in element if child.tag == tag), None)


def _text(element: Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _clean(text: str | None) -> str | None:
    return _SPACES.sub(" ", text).strip() or None if text else None


def _qualified(name: str) -> str:
    """ElementTree's "{uri}local" from expat's "uri}local"."""
    return f"{{{name}" if "}" in name else name


def _split(tag: str) -> tuple[str, str]:
    """("{uri}", "local") or ("", "local")."""
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return f"{{{uri}}}", local
    return "", tag
