import datetime as dt
import gzip
import json

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.errors import InputError
from rasd.ingest import iter_documents

CFG = load_config()
AR = "قُتل ثلاثة مدنيين في هجوم على قرية قرب دوينتزا."
FR = "Trois civils ont été tués dans une attaque contre un village près de Douentza."
EN = "Three civilians were killed in an attack on a village near Douentza."


def write_lines(path, lines):
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines))
    return path


def items(*paths, cfg=CFG, **defaults):
    return list(iter_documents(paths, cfg=cfg, **defaults))


def test_one_broken_line_among_good_ones_is_reported_with_its_line_number(tmp_path):
    path = write_lines(
        tmp_path / "feed.jsonl",
        [json.dumps({"text": AR}), json.dumps({"text": FR}), '{"text": "unterminated', json.dumps({"text": EN})],
    )
    found = items(path)
    assert [type(item) for item in found] == [ArticleDoc, ArticleDoc, InputError, ArticleDoc]
    assert [doc.text for doc in found if isinstance(doc, ArticleDoc)] == [AR, FR, EN]
    error = found[2]
    assert (error.path, error.line) == (str(path), 3)
    assert str(error).startswith(f"{path}:3: invalid JSON: ")


@pytest.mark.parametrize(
    "line,reason",
    [
        (b"not json at all", "invalid JSON: Expecting value (column 1)"),
        (b'["a list"]', "expected a JSON object, got array"),
        (b'"a string"', "expected a JSON object, got string"),
        (b'{"title": "no text"}', 'no "text" field'),
        (b'{"text": null}', '"text" is null'),
        (b'{"text": "  \\n "}', '"text" is empty'),
        (b'{"text": 42}', '"text" must be a string, got number'),
        (b'{"text": ["a"]}', '"text" must be a string, got array'),
        (b'{"text": "x", "url": 7}', '"url" must be a string, got number'),
        (b'{"text": "x", "id": {"a": 1}}', '"id" must be a string or an integer, got object'),
        (b'{"text": "caf\xe9"}', "not valid UTF-8 (invalid byte 0xE9 at offset 13); JSON Lines must be UTF-8"),
    ],
)
def test_each_bad_line_is_one_error_and_the_next_line_goes_on(tmp_path, line, reason):
    path = write_lines(tmp_path / "bad.jsonl", [line, json.dumps({"text": FR})])
    bad, good = items(path)
    assert isinstance(bad, InputError)
    assert str(bad).startswith(f"{path}:1: {reason}")
    assert isinstance(good, ArticleDoc) and good.origin == f"{path}:2"


def test_fields_are_kept_and_line_values_win_over_defaults(tmp_path):
    record = {
        "text": AR, "published": "2025-01-13T08:00:00Z", "source": "وكالة", "url": "https://x.example/1",
        "title": "هجوم", "lang": "AR", "id": "abc-1", "extra": "ignored",
    }
    path = write_lines(tmp_path / "f.ndjson", [json.dumps(record, ensure_ascii=False), "", json.dumps({"text": EN, "id": 9})])
    first, second = items(path, published=dt.date(2024, 5, 1), lang="fr")
    assert (first.published, first.lang, first.source, first.url, first.title) == (
        dt.date(2025, 1, 13), "ar", "وكالة", "https://x.example/1", "هجوم"
    )
    assert first.origin == f"{path}:1#abc-1"
    assert (second.published, second.lang, second.origin) == (dt.date(2024, 5, 1), "fr", f"{path}:3#9")


def test_bom_on_the_first_line_and_crlf_line_ends(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "سطر\r\nثان"}).encode() + b"\r\n")
    (doc,) = items(path)
    assert doc.text == "سطر\nثان"


def test_large_file_streams_but_an_oversized_line_is_skipped(tmp_path):
    cfg = load_config(ingest__max_bytes=1_000)
    lines = [json.dumps({"text": f"{FR} {i}"}) for i in range(500)]  # ~45 KB, far over 1 KB
    lines.insert(10, json.dumps({"text": "x" * 5_000}))
    found = items(write_lines(tmp_path / "big.jsonl", lines), cfg=cfg)
    errors = [item for item in found if isinstance(item, InputError)]
    assert len(found) == 501 and len(errors) == 1
    assert errors[0].line == 11
    assert "line is over the 1.0 KB limit for one document (ingest.max_bytes)" in str(errors[0])
    assert found[11].text == f"{FR} 10"


def test_document_over_max_chars_is_refused(tmp_path):
    cfg = load_config(ingest__max_chars=100)
    path = write_lines(tmp_path / "long.jsonl", [json.dumps({"text": "a" * 101}), json.dumps({"text": "a" * 100})])
    too_long, fine = items(path, cfg=cfg)
    assert isinstance(too_long, InputError) and "over the 100 limit (ingest.max_chars)" in str(too_long)
    assert isinstance(fine, ArticleDoc)


def test_gzipped_jsonl_is_streamed(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wb") as stream:
        stream.write(f"{json.dumps({'text': AR})}\n{json.dumps({'text': EN})}\n".encode())
    assert [doc.text for doc in items(path)] == [AR, EN]


def test_truncated_gzip_gives_an_error_after_the_readable_lines(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    payload = gzip.compress("".join(json.dumps({"text": f"{EN} {i}"}) + "\n" for i in range(2000)).encode())
    path.write_bytes(payload[: len(payload) // 2])
    found = items(path)
    assert isinstance(found[-1], InputError) and isinstance(found[0], ArticleDoc)


@pytest.mark.parametrize("published,reason", [
    ("2023-02", "bad \"published\" value '2023-02'"),  # a month: it once cost the document
    ("2025-13-45", "bad \"published\" value '2025-13-45'"),
    (20250113, "bad \"published\" value 20250113"),
    ("9999-12-31", "implausible year 9999"),
])
def test_an_unreadable_date_costs_the_date_not_the_document(tmp_path, published, reason):
    path = write_lines(tmp_path / "dates.jsonl", [json.dumps({"text": FR, "published": published})])
    (doc,) = items(path, published=dt.date(2024, 5, 1))
    assert isinstance(doc, ArticleDoc) and doc.published == dt.date(2024, 5, 1)
    assert any(reason in w for w in doc.warnings)
