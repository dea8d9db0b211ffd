import codecs

import pytest

from rasd.errors import InputError
from rasd.ingest import decode_bytes

ARABIC = "قُتل اثنا عشر جنديًا في هجوم على موقع عسكري قرب بلدة جافرابي، وفق مصادر محلية؟ «بيان» الجيش."
ARABIC_COMMAS = "في المدينة، والقرية، والبلدة، والولاية، قُتل مدنيون."
FRENCH = "L’armée a été attaquée près de Ménaka ; « une vingtaine » de soldats ont été tués, dit-on à Ségou."
FRENCH_LATIN1 = FRENCH.replace("’", "'")  # Latin-1 has no typographic apostrophe
ENGLISH = "Gunmen attacked an army post near Menaka on Sunday night, local sources said."


@pytest.mark.parametrize(
    "text,data,encoding",
    [
        (ARABIC, ARABIC.encode("utf-8"), "utf-8"),
        (ARABIC, codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC, codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16-le"),
        (ARABIC, codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16-be"),
        (ARABIC, codecs.BOM_UTF32_LE + ARABIC.encode("utf-32-le"), "utf-32-le"),
        (ARABIC, ARABIC.encode("cp1256"), "windows-1256"),
        # "ة،" is C9 A1 in Windows-1256: a well-formed UTF-8 pair by accident
        (ARABIC_COMMAS, ARABIC_COMMAS.encode("cp1256"), "windows-1256"),
        (FRENCH, FRENCH.encode("utf-8"), "utf-8"),
        (FRENCH_LATIN1, FRENCH_LATIN1.encode("latin-1"), "iso-8859-1"),
        (FRENCH, FRENCH.encode("cp1252"), "windows-1252"),
        (ENGLISH, ENGLISH.encode("ascii"), "utf-8"),
        (FRENCH_LATIN1, FRENCH_LATIN1.encode("utf-16-le"), "utf-16-le"),  # no BOM: NUL parity
    ],
)
def test_supported_encodings_are_detected_and_decoded(text, data, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_bom_is_stripped_and_line_endings_unified():
    text, _ = decode_bytes(codecs.BOM_UTF8 + "سطر أول\r\nسطر ثان\rثالث".encode())
    assert text == "سطر أول\nسطر ثان\nثالث"


@pytest.mark.parametrize(
    "data,offset",
    [
        # a few broken bytes in otherwise valid UTF-8 must not be read as Latin-1
        (ARABIC.encode()[:40] + b"\xe9" + ARABIC.encode()[40:], 40),
        (FRENCH.encode()[:10] + b"\xff" + FRENCH.encode()[10:], 10),
        (("é" * 3).encode() + b"\xe9", 6),
    ],
)
def test_damaged_utf8_is_refused_with_offset(data, offset):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, path="damaged.txt")
    message = str(caught.value)
    assert message.startswith("damaged.txt: not valid UTF-8 (invalid byte 0x")
    assert f"at offset {offset})" in message
    assert "re-encode the file as UTF-8" in message


@pytest.mark.parametrize(
    "data",
    [
        "Сообщается о нападении на военный пост недалеко от города".encode("cp1251"),
        "Η επίθεση σε στρατιωτικό φυλάκιο αναφέρθηκε χθες βράδυ".encode("cp1253"),
        bytes(range(0xA1, 0xC0)) * 3,  # symbols only: neither Arabic nor French prose
    ],
)
def test_unsupported_legacy_encodings_are_refused(data):
    with pytest.raises(InputError, match="no supported legacy encoding"):
        decode_bytes(data, path="legacy.txt")


def test_arabic_code_page_is_not_mistaken_for_latin_and_back():
    # Windows-1256 Arabic read as Windows-1252 gives long runs of accented capitals
    assert decode_bytes(ARABIC.encode("cp1256"))[1] == "windows-1256"
    assert decode_bytes(FRENCH.encode("cp1252"))[1] != "windows-1256"


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP/Office document), not text"),
        (b"text\x00with\x00\x00nul\x00bytes\x00\x00\x00here", "binary file, not text"),
        (bytes(range(1, 9)) * 40 + b"a few letters", "binary file, not text"),
    ],
)
def test_empty_and_binary_data_are_refused(data, reason):
    with pytest.raises(InputError) as caught:
        decode_bytes(data, path="bad.bin")
    assert str(caught.value).startswith(f"bad.bin: {reason}")


RUSSIAN = ("Вооружённые люди напали на армейский пост у города Мопти в понедельник, убив пятерых "
           "солдат, сообщил военный источник.")
UKRAINIAN = "Озброєні люди напали на військовий пост біля міста Мопті в понеділок, повідомило джерело."


@pytest.mark.parametrize(
    "data,named",
    [
        # Cyrillic in these code pages reads as Arabic letters in Windows-1256 (it was
        # taken for Arabic and stored garbled); alef and lam are what give it away
        (RUSSIAN.encode("koi8_r"), "KOI8-R"),
        (UKRAINIAN.encode("koi8_u"), "KOI8-U"),
        (RUSSIAN.encode("iso8859_5"), None),
        (RUSSIAN.encode("mac_cyrillic"), None),
        (RUSSIAN.encode("cp1251"), "Windows-1251"),
    ],
)
def test_cyrillic_code_pages_are_refused_not_read_as_arabic(data, named):
    with pytest.raises(InputError, match="no supported legacy encoding") as caught:
        decode_bytes(data, path="cyrillic.txt")
    if named:
        assert f"looks like {named}" in str(caught.value)


def test_cesu8_is_read_with_its_surrogate_pairs_joined():
    text = "Un communiqué \U0001f4e2 du groupe, publié lundi."
    cesu = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    data = "".join(
        c if ord(c) < 0x10000 else
        c.encode("utf-16-be").decode("utf-16-be", "surrogatepass") for c in cesu)
    raw = "".join(chr(int.from_bytes(c.encode("utf-16-be")[i:i + 2], "big")) if ord(c) >= 0x10000 else c
                  for c in data for i in ((0, 2) if ord(c) >= 0x10000 else (0,)))
    assert decode_bytes(raw.encode("utf-8", "surrogatepass")) == (text, "cesu-8")
    lone = "Un communiqué \ud83d publié.".encode("utf-8", "surrogatepass")
    with pytest.raises(InputError, match="lone surrogate"):
        decode_bytes(lone, path="lone.txt")


def test_an_undecodable_file_is_a_row_in_the_errors_table(tmp_path):
    from rasd.config import load_config
    from rasd.store import open_store
    from rasd.store.ingest import ingest

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ru.txt").write_bytes(RUSSIAN.encode("koi8_r"))
    (tmp_path / "in" / "ar.txt").write_bytes(ARABIC.encode("cp1256"))
    with open_store(tmp_path / "x.db") as store:
        result = ingest([tmp_path / "in"], store, cfg=load_config())
        rows = store.errors() if hasattr(store, "errors") else None
        assert (result.documents, result.errors) == (1, 1)
        assert store.counts()["errors"] == 1
    if rows is not None:
        assert any("KOI8-R" in str(r) for r in rows)


@pytest.mark.parametrize("text", [
    "Des tirs à Ménaka.\fPage 2: \x1b[1mrapport\x1b[0m sur la région de Gao, sans autre détail.",
    "اشتباكات قرب تمبكتو\x07 " * 8,
])
def test_utf8_with_a_few_control_characters_is_text(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


@pytest.mark.parametrize("text", ["\x01\x02\x03 Gao " * 20, "مالي\x1f\x1e" * 20])
def test_utf8_full_of_control_characters_is_binary(text):
    with pytest.raises(InputError, match="binary"):
        decode_bytes(text.encode("utf-8"))
