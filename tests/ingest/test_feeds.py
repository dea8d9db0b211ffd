import datetime as dt
import pathlib
import re

import pytest

from rasd.config import load_config
from rasd.errors import InputError
from rasd.ingest import iter_documents

CFG = load_config()
DEFAULT_DAY = dt.date(2024, 12, 31)
AR1 = "أعلن الجيش مقتل خمسة مسلحين في اشتباك قرب تمبكتو يوم الأحد."
AR2 = "أفادت مصادر محلية بنزوح مئات الأسر من قرى في منطقة موبتي."
FR1 = "Deux soldats ont été blessés lors d'une embuscade près de Djibo, selon une source sécuritaire."
FR2 = "Une mine artisanale a explosé au passage d'un véhicule civil dans la région de Tillabéri."
EN1 = "Four people were killed when gunmen attacked a market near Gao on Saturday, officials said."
EN2 = "The army said it had repelled an attack on a checkpoint in the north of the country."
NS = (
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"'
)


def rss(*items: str, title: str = "Agence Sahel Info") -> str:
    body = "\n".join(items)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" {NS}>\n<channel>\n'
        f"<title>{title}</title>\n<link>https://agence.example/</link>\n{body}\n</channel>\n</rss>\n"
    )


def atom(*entries: str, prefix: str = "") -> str:
    p = f"{prefix}:" if prefix else ""
    body = re.sub(r"<(/?)(entry|title|link|id|published|updated|summary|content)\b", rf"<\1{p}\2", "\n".join(entries))
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<{p}feed xmlns{":" + prefix if prefix else ""}='
        f'"http://www.w3.org/2005/Atom">\n<{p}title type="text">Dépêches du Sahel</{p}title>\n'
        f"<{p}id>urn:feed:sahel</{p}id>\n{body}\n</{p}feed>\n"
    )


def items(tmp_path, name, content, *, cfg=CFG, **defaults):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path, list(iter_documents([path], cfg=cfg, **defaults))


def fields(doc):
    return (doc.text, doc.title, doc.url, doc.published)


@pytest.mark.parametrize(
    "lang,item,expected",
    [
        (   # content:encoded wins over description; its boilerplate is left out
            "ar",
            (f"<item><title>اشتباك قرب تمبكتو</title><link>https://agence.example/ar/1</link>"
             f"<pubDate>Sun, 12 Jan 2025 09:30:00 +0000</pubDate><description>ملخص قصير</description>"
             f'<content:encoded><![CDATA[<p>{AR1}</p><div class="share">مشاركة</div><p>{AR2}</p>]]>'
             f"</content:encoded></item>"),
            (f"{AR1}\n\n{AR2}", "اشتباك قرب تمبكتو", "https://agence.example/ar/1", dt.date(2025, 1, 12)),
        ),
        (   # escaped HTML in description, RFC 822 date with a zone name
            "fr",
            (f"<item><title>Embuscade près de Djibo</title><link>https://agence.example/fr/2</link>"
             f"<pubDate>Mon, 13 Jan 2025 07:00:00 GMT</pubDate>"
             f"<description>&lt;p&gt;{FR1}&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</description></item>"),
            (FR1, "Embuscade près de Djibo", "https://agence.example/fr/2", dt.date(2025, 1, 13)),
        ),
        (   # plain text keeps its paragraphs; a permalink guid is the url; no date: the default
            "en",
            (f'<item><title>Market attack</title><guid isPermaLink="true">https://agence.example/en/3</guid>'
             f"<description>\n  {EN1}\n\n{EN2}\n  </description></item>"),
            (f"{EN1}\n\n{EN2}", "Market attack", "https://agence.example/en/3", DEFAULT_DAY),
        ),
        (   # content:encoded without text (an image) falls back to description
            "fr",
            (f'<item><title>Mine</title><content:encoded><![CDATA[<img src="m.jpg">]]></content:encoded>'
             f"<description>{FR2}</description><dc:date>2025-01-14T10:00:00+01:00</dc:date></item>"),
            (FR2, "Mine", None, dt.date(2025, 1, 14)),
        ),
        (   # XHTML written as elements inside description; a guid that is no permalink is no url
            "en",
            (f'<item><title>Checkpoint</title><guid isPermaLink="false">https://agence.example/x</guid>'
             f"<description><p>{EN1}</p><p>{EN2}</p></description></item>"),
            (f"{EN1}\n\n{EN2}", "Checkpoint", None, DEFAULT_DAY),
        ),
        (   # Media RSS title and description are not the item's own
            "ar",
            (f"<item><media:title>صورة</media:title><title>نزوح في موبتي</title>"
             f"<media:description>تعليق على الصورة</media:description><description>{AR2}</description></item>"),
            (AR2, "نزوح في موبتي", None, DEFAULT_DAY),
        ),
    ],
)
def test_rss_item_fields(tmp_path, lang, item, expected):
    _path, (doc,) = items(tmp_path, f"{lang}.rss", rss(item), published=DEFAULT_DAY)
    assert fields(doc) == expected
    assert doc.source == "Agence Sahel Info" and doc.lang is None


@pytest.mark.parametrize(
    "lang,entry,expected",
    [
        (   # summary only, plain text; published (ISO 8601) wins over updated
            "ar",
            (f'<entry><title>اشتباك قرب تمبكتو</title><link rel="alternate" href="https://agence.example/ar/1"/>'
             f"<id>urn:ar:1</id><published>2025-01-12T08:00:00Z</published><updated>2025-01-15T08:00:00Z</updated>"
             f"<summary>{AR1}</summary></entry>"),
            (AR1, "اشتباك قرب تمبكتو", "https://agence.example/ar/1", dt.date(2025, 1, 12)),
        ),
        (   # escaped HTML content wins over summary; updated when there is no published
            "fr",
            (f'<entry><title type="html">&lt;b&gt;Embuscade&lt;/b&gt; près de Djibo</title>'
             f'<link rel="self" href="https://agence.example/api/2"/><link href="https://agence.example/fr/2"/>'
             f"<updated>2025-01-13T06:00:00+01:00</updated><summary>Résumé</summary>"
             f'<content type="html">&lt;p&gt;{FR1}&lt;/p&gt;&lt;p&gt;{FR2}&lt;/p&gt;</content></entry>'),
            (f"{FR1}\n\n{FR2}", "Embuscade près de Djibo", "https://agence.example/fr/2", dt.date(2025, 1, 13)),
        ),
        (   # inline XHTML content
            "en",
            (f'<entry><title>Market attack</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
             f"<p>{EN1}</p><p>{EN2}</p></div></content></entry>"),
            (f"{EN1}\n\n{EN2}", "Market attack", None, DEFAULT_DAY),
        ),
        (   # out-of-line content (src) has no text here: the summary is used
            "fr",
            (f'<entry><title>Mine</title><content type="video/mp4" src="https://agence.example/v.mp4"/>'
             f"<summary>{FR2}</summary></entry>"),
            (FR2, "Mine", None, DEFAULT_DAY),
        ),
    ],
)
@pytest.mark.parametrize("prefix", ["", "a"])
def test_atom_entry_fields_with_default_or_prefixed_namespace(tmp_path, lang, entry, expected, prefix):
    _path, (doc,) = items(tmp_path, f"{lang}.atom", atom(entry, prefix=prefix), published=DEFAULT_DAY)
    assert fields(doc) == expected
    assert doc.source == "Dépêches du Sahel"


def test_origin_is_the_line_of_each_item_with_its_guid_or_id(tmp_path):
    path, found = items(
        tmp_path,
        "feed.xml",
        rss(f"<item><guid>urn:1</guid><description>{AR1}</description></item>",
             f"<item><description>{FR1}</description></item>"),
    )
    assert [doc.origin for doc in found] == [f"{path}:6#urn:1", f"{path}:7"]
    path, found = items(tmp_path, "feed.atom", atom(f"<entry><id>urn:en:1</id><summary>{EN1}</summary></entry>"))
    assert [doc.origin for doc in found] == [f"{path}:5#urn:en:1"]


def test_rss_1_0_items_in_the_rdf_namespace(tmp_path):
    feed = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel rdf:about="https://agence.example/">'
        "<title>Agence RDF</title></channel>\n"
        f'<item rdf:about="https://agence.example/1"><title>Djibo</title><link>https://agence.example/1</link>'
        f"<description>{FR1}</description><dc:date>2025-01-13</dc:date></item>\n</rdf:RDF>"
    )
    _path, (doc,) = items(tmp_path, "rdf.xml", feed)
    assert fields(doc) + (doc.source,) == (FR1, "Djibo", "https://agence.example/1", dt.date(2025, 1, 13), "Agence RDF")


def test_item_without_text_is_its_own_error_and_the_rest_go_on(tmp_path):
    path, found = items(
        tmp_path,
        "feed.rss",
        rss(f"<item><description>{AR1}</description></item>",
            "<item><title>Sans texte</title><description>  </description></item>",
             f"<item><description>{EN1}</description></item>"),
    )
    assert [getattr(item, "text", None) for item in found] == [AR1, None, EN1]
    error = found[1]
    assert (error.path, error.line, error.reason) == (
        str(path), 7, "item has no text (no <content:encoded> or <description>)"
    )
    _path, (error,) = items(tmp_path, "feed.atom", atom("<entry><title>Sans texte</title></entry>"))
    assert error.reason == "entry has no text (no <content> or <summary>)"


def test_unreadable_item_date_is_a_warning_and_the_default_applies(tmp_path):
    item = f"<item><pubDate>mardi dernier</pubDate><description>{FR1}</description></item>"
    _path, (doc,) = items(tmp_path, "feed.rss", rss(item), published=DEFAULT_DAY)
    assert doc.published == DEFAULT_DAY
    assert doc.warnings[0].startswith("ignored the item's publication date: bad \"published\" value")


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("unclosed.rss", rss(f"<item><description>{FR1}</description>"),
         "not well-formed XML: mismatched tag (line 7, column 3)"),
        ("prose.xml", EN1, "not well-formed XML: syntax error (line 1, column 1)"),
        ("entity.rss", rss("<item><description>caf&eacute;</description></item>"),
         "not well-formed XML: undefined entity (line 6, column 23)"),
        ("prefix.atom", "<feed><x:entry/></feed>", "not well-formed XML: unbound prefix (line 1, column 7)"),
        ("sitemap.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>',
         "not an RSS or Atom feed: the root element is <urlset>, expected <rss>, <feed> or <rdf:RDF>"),
        ("page.rss", f"<html><body><p>{EN1}</p></body></html>",
         "not an RSS or Atom feed: the root element is <html>, expected <rss>, <feed> or <rdf:RDF>"),
        ("empty.atom", atom(), "the feed has no <entry> elements"),
        ("bare.rss", '<rss version="2.0"><title>x</title></rss>', "RSS feed without a <channel> element"),
        ("nothing.xml", b"", "empty file"),
    ],
)
def test_bad_feed_is_one_error_naming_the_file(tmp_path, name, content, reason):
    path, (error,) = items(tmp_path, name, content)
    assert isinstance(error, InputError)
    assert (error.path, error.line, error.reason) == (str(path), None, reason)


def test_doctype_with_entities_is_refused_without_expanding_them(tmp_path):
    lols = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol0 "lol">{lols}]>\n<rss><channel>' \
           "<item><description>&lol9;</description></item></channel></rss>"
    _path, (error,) = items(tmp_path, "bomb.rss", bomb)
    assert error.reason.startswith("DOCTYPE with an internal subset refused")


def test_bare_external_doctype_is_allowed_and_its_html_entities_read(tmp_path):
    feed = (
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        '<rss version="0.91"><channel><title>Agence</title>'
        "<item><description>Attaque pr&egrave;s de Djibo</description></item></channel></rss>"
    )
    _path, (doc,) = items(tmp_path, "old.rss", feed)
    assert doc.text == "Attaque près de Djibo"


@pytest.mark.parametrize(
    "declaration,encoding,text",
    [
        ('<?xml version="1.0" encoding="windows-1256"?>', "cp1256", AR1),
        ("<?xml version='1.0' encoding='ISO-8859-1'?>", "latin-1", FR2),
        ("", "cp1256", AR2),  # undeclared: decoded as any text file is
        ('<?xml version="1.0" encoding="utf-16"?>', "utf-16", EN1),  # with a byte-order mark
    ],
)
def test_encodings(tmp_path, declaration, encoding, text):
    feed = declaration + rss(f"<item><description>{text}</description></item>").split("\n", 1)[1]
    _path, (doc,) = items(tmp_path, "feed.xml", feed.encode(encoding))
    assert doc.text == text


def test_feed_over_max_bytes_is_refused_without_being_read(tmp_path, monkeypatch):
    def no_read(self):
        raise AssertionError("the file was read")

    monkeypatch.setattr(pathlib.Path, "read_bytes", no_read)
    feed = rss(*(f"<item><description>{EN1}</description></item>" for _ in range(20)))
    _path, (error,) = items(tmp_path, "big.rss", feed, cfg=load_config(ingest__max_bytes=1_000))
    assert error.reason.startswith("file is 2.9 KB, over the 1.0 KB limit for one document")


def test_feeds_are_dispatched_by_suffix_in_a_directory_walk(tmp_path):
    (tmp_path / "a.RSS").write_text(rss(f"<item><description>{AR1}</description></item>"), encoding="utf-8")
    (tmp_path / "b.atom").write_text(atom(f"<entry><summary>{FR1}</summary></entry>"), encoding="utf-8")
    (tmp_path / "c.xml").write_text("<config><item>1</item></config>", encoding="utf-8")
    (tmp_path / "d.txt").write_text(rss(f"<item><description>{EN1}</description></item>"), encoding="utf-8")
    found = list(iter_documents([tmp_path], cfg=CFG))
    assert [getattr(item, "reason", None) or item.text[:5] for item in found] == [
        AR1[:5],
        FR1[:5],
        "not an RSS or Atom feed: the root element is <config>, expected <rss>, <feed> or <rdf:RDF>",
        "<?xml",  # a .txt file is text, whatever it holds
    ]
