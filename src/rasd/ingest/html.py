"""The main text of a news page, its title and metadata, with boilerplate left out.

How the text is found:

1. Boilerplate is marked (the tree is not mutated): scripts, styles, forms, frames, nav,
   header, footer, aside, hidden elements, ARIA landmarks that are not content, and any
   element whose class or id names a boilerplate block (cookie, consent, newsletter, share,
   social, related, comments, breadcrumb, menu, nav, footer, sidebar, advert, promo...).
   An element that contains the article itself is never marked, so a page wrapped in
   `<div class="has-sidebar">` keeps its story (an `<article class="comment">` does not
   count as the article).
2. The container is `[itemprop=articleBody]`, else `<article>`, else `<main>` /
   `[role=main]` (the one with most paragraph text when there are several) — unless it
   holds under a quarter of the paragraph text of the densest block, as when `<article>`
   only wraps a teaser. Otherwise the densest block wins: each `<p>` of 25+ characters
   credits its length, less its link text, to its parent and half to its grandparent.
3. Rendering: paragraphs, headings and other blocks are separated by a blank line, list
   items, table rows and `<br>` by a line break; runs of ASCII white space inside a block
   become one space (a no-break space is text and is kept); entities are decoded by the
   parser. Lists, tables and divisions that are mostly link text (menus) are left out.
4. If all this leaves nothing, the page is read again with only the tag-based marks.

The title is the `<h1>` inside the article, else `<title>`, else `og:title`. Metadata
(`HtmlMeta`) is read from the head: publication date, declared language, canonical URL
and site name. The declared language is reported but not trusted as `doc.lang`: page
templates often declare one language for every page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from rasd.errors import InputError

_JUNK_TAGS = (
    "script, style, noscript, template, iframe, frame, object, embed, svg, canvas, form, "
    "button, input, select, textarea, nav, header, footer, aside, figcaption, menu, dialog, "
    '[hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], '
    '[role="contentinfo"], [role="complementary"], [role="dialog"], [role="alert"]'
)
_JUNK_NAME = re.compile(
    r"(?:^|[^a-z])(?:cookie|consent|gdpr|newsletter|subscri|share|sharing|social|related"
    r"|recommend|comments?(?![a-z])|breadcrumb|menu|nav|footer|sidebar|advert|ads?(?![a-z])"
    r"|promo|banner|popup|modal|widget|sponsor|outbrain|taboola|tags(?![a-z])|pagination"
    r"|trending|most-?read|read-?more|skip"
    # French names used by francophone outlets: comments, sharing, subscription, ads, related
    r"|commentaires?(?![a-z])|partage|abonn|publicit|lire-?aussi|voir-?aussi)",
    re.IGNORECASE,
)
_PREFERRED = ('[itemprop="articleBody"]', "article", 'main, [role="main"]')
_PROTECTED = 'article, main, [itemprop="articleBody"]'
_PARAGRAPH_BREAK = frozenset(
    "p div section article main blockquote h1 h2 h3 h4 h5 h6 ul ol dl table pre figure "
    "address hr details summary center".split()
)
_LINE_BREAK = frozenset("li dt dd tr option caption".split())
_CELL = frozenset(("td", "th"))
_LINK_DENSE_TAGS = frozenset("ul ol dl table div section".split())
_MAX_LINK_SHARE = 0.5
_MIN_PARAGRAPH = 25
_WEAK_PREFERRED = 0.25
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
# break marks while rendering; NUL cannot occur in parsed text (the parser replaces it)
_PARA_MARK, _LINE_MARK, _BR_MARK = "\x00P", "\x00L", "\x00B"
_MARKS = re.compile(r"(?: *\x00[PLB] *)+")
_PUBLISHED_SELECTORS = (
    ('meta[property="article:published_time"]', "content"),
    ('meta[itemprop="datePublished"]', "content"),
    ('meta[name="date"]', "content"),
    ('meta[name="pubdate"]', "content"),
    ('meta[name="publishdate"]', "content"),
    ('meta[name="DC.date.issued"]', "content"),
    # last: a <time> in the body may date a teaser or an update rather than the story
    ("article time[datetime]", "datetime"),
    ("time[datetime]", "datetime"),
)


@dataclass(frozen=True, slots=True)
class HtmlMeta:
    """What the page says about itself; `published` is the raw string, not yet parsed."""

    title: str | None = None
    published: str | None = None
    lang: str | None = None
    url: str | None = None
    site_name: str | None = None


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The main text of a page (possibly empty) and its metadata."""

    text: str
    meta: HtmlMeta


def html_to_text(html: str) -> tuple[str, str | None]:
    """The main text of a page and its title (None when the page has none)."""
    page = read_html(html)
    return page.text, page.meta.title


def html_metadata(html: str) -> HtmlMeta:
    """Title, raw publication date, declared language, canonical URL and site name."""
    return read_html(html).meta


# Hostile pages: the parser takes time quadratic in the attributes of one tag and in the
# depth of nesting (0.2 s at 8,000 levels, 4 s at 40,000). No news page comes near either
# limit (a browser's parser stops nesting at 512), so a page past one is refused.
MAX_DEPTH = 8_000
MAX_ATTRIBUTES = 1_000
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{16000,}>")
_ATTRIBUTE = re.compile(r"""\s[^\s"'=<>/]+\s*=""")
# the parser's own time grows with the square of the depth: the markup is measured first,
# counting the elements that must be closed (not void ones, nor those closed implicitly)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(/?)>")
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta source track wbr p li dt dd tr td th "
    "option optgroup thead tbody tfoot colgroup caption rb rt rtc rp".split())


def _open_depth(html: str) -> int:
    """The most elements open at once in the markup (a quick upper reading of the depth)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def read_html(html: str) -> HtmlPage:
    """Main text and metadata from one parse of the page. Raises InputError for a page
    nested deeper than MAX_DEPTH or with a tag of more than MAX_ATTRIBUTES attributes."""
    for tag in _LONG_TAG.finditer(html):
        if len(_ATTRIBUTE.findall(tag.group())) > MAX_ATTRIBUTES:
            raise InputError(f"HTML tag with more than {MAX_ATTRIBUTES} attributes; refused")
    if _open_depth(html) > MAX_DEPTH:
        raise InputError(f"HTML nested more than {MAX_DEPTH} elements deep; refused")
    tree = LexborHTMLParser(html)
    protected = _protected(tree)
    junk = _tag_junk(tree, protected)
    all_junk = junk | _named_junk(tree, protected)
    container = _main_container(tree, all_junk)
    text = _render(container, all_junk) if container is not None else ""
    if not text:
        container = _main_container(tree, junk)
        text = _render(container, junk) if container is not None else ""
    return HtmlPage(text=text, meta=_metadata(tree, container))


def _protected(tree: LexborHTMLParser) -> frozenset[int]:
    """Article-like elements and all their ancestors: never boilerplate.

    An `<article class="comment">` is not article-like: comment threads and teaser lists
    are often built from <article> elements.
    """
    ids: set[int] = set()
    for node in tree.css(_PROTECTED):
        if _junk_name(node):
            continue
        current: LexborNode | None = node
        while current is not None and current.mem_id not in ids:
            ids.add(current.mem_id)
            current = current.parent
    return frozenset(ids)


def _tag_junk(tree: LexborHTMLParser, protected: frozenset[int]) -> frozenset[int]:
    return frozenset(node.mem_id for node in tree.css(_JUNK_TAGS)) - protected


def _named_junk(tree: LexborHTMLParser, protected: frozenset[int]) -> frozenset[int]:
    named = frozenset(node.mem_id for node in tree.css("[class], [id]") if _junk_name(node))
    return named - protected - {tree.root.mem_id, tree.body.mem_id if tree.body else 0}


def _junk_name(node: LexborNode) -> bool:
    attributes = node.attributes
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}"
    return _JUNK_NAME.search(names) is not None


def _inside(node: LexborNode, marked: frozenset[int]) -> bool:
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id in marked:
            return True
        current = current.parent
    return False


def _main_container(tree: LexborHTMLParser, junk: frozenset[int]) -> LexborNode | None:
    densest, densest_score = _densest(tree, junk)
    for selector in _PREFERRED:
        candidates = [node for node in tree.css(selector) if not _inside(node, junk)]
        scored = [(_paragraph_chars(node, junk), node) for node in candidates]
        scored = [(score, node) for score, node in scored if node.text(strip=True)]
        if scored:
            score, best = max(scored, key=lambda pair: pair[0])
            # an article written with <br> instead of <p> is weighed by its plain text
            if max(score, _paragraph_score(best)) >= _WEAK_PREFERRED * densest_score:
                return best
    return densest if densest is not None else tree.body


def _paragraph_score(node: LexborNode) -> int:
    """Text length less link text."""
    links = sum(len(a.text()) for a in node.css("a"))
    return len(node.text()) - links


def _paragraph_chars(node: LexborNode, junk: frozenset[int]) -> int:
    return sum(
        _paragraph_score(p)
        for p in node.css("p")
        if len(p.text()) >= _MIN_PARAGRAPH and not _inside(p, junk)
    )


def _densest(tree: LexborHTMLParser, junk: frozenset[int]) -> tuple[LexborNode | None, float]:
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in tree.css("p"):
        if len(p.text()) < _MIN_PARAGRAPH or _inside(p, junk):
            continue
        score = _paragraph_score(p)
        for weight, ancestor in ((1.0, p.parent), (0.5, p.parent and p.parent.parent)):
            if ancestor is not None:
                scores[ancestor.mem_id] = scores.get(ancestor.mem_id, 0.0) + weight * score
                nodes[ancestor.mem_id] = ancestor
    if not scores:
        return None, 0.0
    best = max(scores, key=lambda key: scores[key])  # first maximum: document order
    return nodes[best], scores[best]


def _render(root: LexborNode, junk: frozenset[int]) -> str:
    parts: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            parts.append(_mark(node.tag))
        elif node.is_text_node:
            parts.append(_SPACES.sub(" ", node.text_content or ""))
        elif node.is_element_node and node.mem_id not in junk and not _link_dense(node):
            if node.tag == "br":
                parts.append(_BR_MARK)
                continue
            parts.append(_mark(node.tag))
            stack.append((node, True))
            children = list(node.iter(include_text=True))
            stack.extend((child, False) for child in reversed(children))
    return _tidy("".join(parts))


def _mark(tag: str | None) -> str:
    if tag in _PARAGRAPH_BREAK:
        return _PARA_MARK
    if tag in _LINE_BREAK:
        return _LINE_MARK
    return " " if tag in _CELL else ""


def _link_dense(node: LexborNode) -> bool:
    if node.tag not in _LINK_DENSE_TAGS or node.css_first("a") is None:
        return False
    text = len(node.text(strip=True))
    links = sum(len(a.text(strip=True)) for a in node.css("a"))
    return text > 0 and links > _MAX_LINK_SHARE * text


def _tidy(marked: str) -> str:
    def one_break(match: re.Match[str]) -> str:
        marks = match.group()
        paragraph = _PARA_MARK in marks or marks.count(_BR_MARK) > 1  # <br><br> in soup
        return "\n\n" if paragraph else "\n"

    text = _MARKS.sub(one_break, marked).strip(" \n")
    return re.sub(r" {2,}", " ", text)


def _metadata(tree: LexborHTMLParser, container: LexborNode | None) -> HtmlMeta:
    return HtmlMeta(
        title=_title(tree, container),
        published=_first_attribute(tree, _PUBLISHED_SELECTORS),
        lang=_declared_lang(tree),
        url=_first_attribute(
            tree, (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content"))
        ),
        site_name=_first_attribute(tree, (('meta[property="og:site_name"]', "content"),)),
    )


def _title(tree: LexborHTMLParser, container: LexborNode | None) -> str | None:
    article = container
    while article is not None and article.tag not in ("article", "main", "body", "html"):
        article = article.parent
    if article is not None and article.tag in ("body", "html"):
        article = None  # an <h1> elsewhere on the page is often the site's logo
    for scope in (container if article is not None else None, article):
        heading = scope.css_first("h1") if scope is not None else None
        if heading is not None and (title := _clean(heading.text())):
            return title
    head_title = tree.css_first("title")
    if head_title is not None and (title := _clean(head_title.text())):
        return title
    return _first_attribute(tree, (('meta[property="og:title"]', "content"),))


def _first_attribute(tree: LexborHTMLParser, selectors: tuple[tuple[str, str], ...]) -> str | None:
    for selector, attribute in selectors:
        for node in tree.css(selector):
            value = _clean(node.attributes.get(attribute) or "")
            if value:
                return value
    return None


def _declared_lang(tree: LexborHTMLParser) -> str | None:
    root = tree.css_first("html")
    lang = _clean((root.attributes.get("lang") or "") if root is not None else "")
    return lang.split("-")[0].lower() if lang else None


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
