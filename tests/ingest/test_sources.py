import datetime as dt
import io
import json
import pathlib
import sys
import types

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.errors import InputError
from rasd.ingest import iter_documents

CFG = load_config()
AR = "قُتل ثلاثة مدنيين في هجوم على قرية قرب دوينتزا."
FR = "Trois civils ont été tués dans une attaque contre un village près de Douentza."
EN = "Three civilians were killed in an attack on a village near Douentza."
HTML = (
    '<html><head><title>Page</title><meta property="article:published_time" content="{date}">'
    '<meta property="og:site_name" content="Le Site"></head><body><nav>Menu</nav>'
    "<article><h1>Titre</h1><p>{text}</p></article><footer>Pied</footer></body></html>"
)


def items(*paths, cfg=CFG, **defaults):
    return list(iter_documents(paths, cfg=cfg, **defaults))


def reasons(found):
    return [item.reason if isinstance(item, InputError) else item.text for item in found]


def test_text_file_is_one_document_with_the_given_defaults(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(f"{FR}\r\n\r\n{EN}\n", encoding="utf-8")
    (doc,) = items(path, published=dt.date(2025, 1, 13), lang="fr")
    assert (doc.text, doc.origin, doc.published, doc.lang) == (
        f"{FR}\n\n{EN}\n", str(path), dt.date(2025, 1, 13), "fr"
    )


def test_legacy_encoded_file_is_decoded(tmp_path):
    path = tmp_path / "arabic.text"
    path.write_bytes(AR.encode("cp1256"))
    assert reasons(items(path)) == [AR]


def test_html_file_gives_main_text_title_site_and_page_date(tmp_path):
    path = tmp_path / "page.HTM"
    path.write_text(HTML.format(date="2025-01-13T07:00:00+01:00", text=FR), encoding="utf-8")
    (doc,) = items(path, published=dt.date(2024, 1, 1))
    assert (doc.text, doc.title, doc.source, doc.published) == (f"Titre\n\n{FR}", "Titre", "Le Site", dt.date(2025, 1, 13))


def test_html_page_with_unreadable_date_falls_back_with_a_warning(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML.format(date="last Tuesday", text=EN), encoding="utf-8")
    (doc,) = items(path, published=dt.date(2024, 1, 1))
    assert doc.published == dt.date(2024, 1, 1)
    assert doc.warnings and "ignored the page's publication date" in doc.warnings[0]


def test_html_page_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    assert reasons(items(path)) == ["no main text found in the HTML page"]


def test_json_file_with_one_record_or_an_array(tmp_path):
    single, many = tmp_path / "one.json", tmp_path / "many.json"
    single.write_text(json.dumps({"text": AR, "id": "a1"}), encoding="utf-8")
    many.write_text(json.dumps([{"text": FR}, {"nope": 1}, {"text": EN}]), encoding="utf-8")
    found = items(single, many)
    assert reasons(found) == [AR, FR, 'no "text" field', EN]
    assert [found[0].origin, found[1].origin, found[3].origin] == [
        f"{single}#a1", f"{many}[0]", f"{many}[2]"
    ]


def test_directory_is_walked_sorted_recursively_without_hidden_entries(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text(FR)
    (tmp_path / "a.txt").write_text(AR)
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": EN}) + "\n")
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "HEAD.txt").write_text("hidden too")
    (tmp_path / "b" / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "b" / "blob.dat").write_bytes(b"\x00\x01\x02\x03" * 100)
    found = items(tmp_path)
    assert reasons(found) == [
        AR,
        "binary file, not text",
        "unsupported binary file type .pdf; extract its text first",
        FR,
        EN,
    ]
    assert found[1].path == str(tmp_path / "b" / "blob.dat")


def test_directory_symlinks_are_not_followed_and_broken_links_reported(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(FR)
    (tmp_path / "real" / "loop").symlink_to(tmp_path)
    (tmp_path / "real" / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "real" / "link.txt").symlink_to(tmp_path / "real" / "a.txt")
    assert reasons(items(tmp_path)) == [FR, "broken symbolic link", FR]


def test_directory_with_no_documents_yields_nothing(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".only-hidden").write_text("x")
    assert items(tmp_path) == []


def test_sparse_200_mb_file_is_refused_by_size_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as stream:
        stream.truncate(200 * 1024 * 1024)

    def no_read(self):
        raise AssertionError("the file was read")

    monkeypatch.setattr(pathlib.Path, "read_bytes", no_read)
    (error,) = items(path)
    assert str(error) == (
        f"{path}: file is 209.7 MB, over the 50.0 MB limit for one document (ingest.max_bytes); "
        "split it or raise the limit"
    )


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\r\n ", "file contains only white space"),
        ("nul.txt", b"some text\x00\x00\x00more\x00", "binary file, not text"),
        ("controls.txt", bytes(range(1, 9)) * 50, "binary file, not text"),
        ("image.png", b"\x89PNG\r\n\x1a\n", "unsupported binary file type .png; extract its text first"),
        ("broken.txt", FR.encode()[:20] + b"\xc3" + FR.encode()[20:], "not valid UTF-8 (invalid byte 0xC3 at offset 20)"),
    ],
)
def test_bad_files_each_give_one_error_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    (error,) = items(path)
    assert isinstance(error, InputError) and error.path == str(path)
    assert error.reason.startswith(reason)


def test_document_over_max_chars_is_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("a" * 101)
    (error,) = items(path, cfg=load_config(ingest__max_chars=100))
    assert error.reason.startswith("document is 101 characters, over the 100 limit (ingest.max_chars)")


def test_unreadable_paths_are_errors_and_the_rest_goes_on(tmp_path, monkeypatch):
    locked, fine = tmp_path / "locked.txt", tmp_path / "fine.txt"
    locked.write_text(EN)
    fine.write_text(FR)
    real_read = pathlib.Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # simulated: chmod does not stop root
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    found = items(tmp_path / "missing.txt", locked, "/dev/null", fine)
    assert reasons(found) == [
        "no such file or directory", "permission denied", "not a regular file or directory", FR
    ]


def stdin_with(monkeypatch, data):
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))


@pytest.mark.parametrize(
    "data,expected",
    [
        ((json.dumps({"text": AR}) + "\n\n" + json.dumps({"text": EN}) + "\n").encode(), [AR, EN]),
        ((json.dumps({"text": FR}) + "\n{broken\n").encode(), [FR, "invalid JSON: Expecting property name enclosed in double quotes (column 2)"]),
        (HTML.format(date="", text=FR).encode(), [f"Titre\n\n{FR}"]),
        (f"<p>{EN}</p>".encode(), [EN]),
        (f"<{EN}".encode(), [f"<{EN}"]),  # starts with "<" but is no HTML
        (json.dumps([{"text": AR}, {"text": FR}]).encode(), [AR, FR]),
        ('{"note": "a JSON object without text"}'.encode(), ['no "text" field']),
        (AR.encode("cp1256"), [AR]),
        (b"", ["empty file"]),
        # one line that is not UTF-8 is one error: the whole input was once decoded as
        # Windows-1256 instead, garbling the Arabic of the other lines
        ((json.dumps({"text": AR}, ensure_ascii=False) + "\n").encode() + b'{"text": "caf\xe9"}\n'
         + (json.dumps({"text": FR}, ensure_ascii=False) + "\n").encode(),
         [AR, "not valid UTF-8 (invalid byte 0xE9 at offset 13); JSON Lines must be UTF-8", FR]),
    ],
)
def test_stdin_is_sniffed(monkeypatch, data, expected):
    stdin_with(monkeypatch, data)
    found = items("-")
    assert reasons(found) == expected
    assert all((item.origin if isinstance(item, ArticleDoc) else item.path).startswith("<stdin>") for item in found)


def test_stdin_over_the_limit_streams_only_as_jsonl(monkeypatch):
    cfg = load_config(ingest__max_bytes=1_000)
    stdin_with(monkeypatch, "".join(json.dumps({"text": f"{EN} {i}"}) + "\n" for i in range(100)).encode())
    found = items("-", cfg=cfg)
    assert len(found) == 100 and found[-1].text == f"{EN} 99" and found[-1].origin == "<stdin>:100"
    stdin_with(monkeypatch, (EN * 100).encode())
    assert reasons(items("-", cfg=cfg)) == [
        "input is over the 1.0 KB limit for one document (ingest.max_bytes); split it or raise the limit"
    ]
