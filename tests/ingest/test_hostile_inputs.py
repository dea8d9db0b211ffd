"""Hostile or broken inputs give one error each and the rest of the run goes on."""

from __future__ import annotations

import os

import pytest

from rasd.config import load_config
from rasd.doc import ArticleDoc
from rasd.errors import InputError
from rasd.ingest.sources import iter_documents

BODY = "Gunmen attacked an army post near Mopti on Monday, the army said."


def _run(*paths):
    items = list(iter_documents([str(p) for p in paths], cfg=load_config()))
    return ([i for i in items if isinstance(i, ArticleDoc)],
            [i.reason for i in items if isinstance(i, InputError)])


@pytest.mark.parametrize("name,content,reason", [
    ("deep.jsonl", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("bigint.jsonl", '{"text": "x y z", "id": ' + "7" * 5_000 + "}", "4,300 digits"),
    ("bogus.rss", '<?xml version="1.0" encoding="x-bogus-9"?><rss version="2.0"><channel>'
                  f"<item><description>{BODY}</description></item></channel></rss>",
     "unknown encoding"),
    ("deep.atom", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                  '<title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                  + "<div>" * 5_000 + BODY + "</div>" * 5_000 + "</div></content></entry></feed>",
     "nested too deeply"),
])
def test_a_hostile_file_is_one_error_and_the_next_file_is_read(tmp_path, name, content, reason):
    bad, good = tmp_path / name, tmp_path / "good.txt"
    bad.write_text(content)
    good.write_text(BODY)
    docs, errors = _run(bad, good)
    assert len(docs) == 1 and len(errors) == 1 and reason in errors[0]


def test_a_jsonl_file_goes_on_after_a_hostile_line(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + '{"text": "%s"}\n' % BODY)
    docs, errors = _run(path)
    assert len(docs) == 1 and errors == ["invalid JSON: nested too deeply (column 1)"]


def test_a_folder_with_a_self_link_and_a_non_utf8_name_is_read(tmp_path):
    (tmp_path / "ok.txt").write_text(BODY)
    os.symlink("loop", tmp_path / "loop")
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xffname.txt"), "w") as handle:
        handle.write(BODY + " Again.")
    docs, errors = _run(tmp_path)
    assert len(docs) == 1
    assert sorted(errors) == ["cannot read: Too many levels of symbolic links",
                              "file name is not valid UTF-8; rename it"]
