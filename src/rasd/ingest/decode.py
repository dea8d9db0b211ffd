"""Bytes to text: Unicode with or without a byte-order mark, two legacy code pages, or a refusal.

The order of tests, and why:

1. A byte-order mark is decisive (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); it is stripped.
2. Known binary signatures (PDF, ZIP/DOCX, images, archives) and NUL bytes mean binary.
   UTF-16 without a mark is the one text encoding full of NULs: it is accepted only when
   every NUL sits on the same byte parity and the result decodes to clean text.
3. Valid UTF-8 is taken as UTF-8: random legacy bytes almost never form valid UTF-8.
4. Otherwise, if the data holds at least as many well-formed UTF-8 multi-byte sequences as
   stray bytes, it is damaged UTF-8 and is refused: decoding it as a legacy code page would
   turn every correct letter into mojibake without telling anyone.
5. Windows-1256 is accepted when at least 80% of the non-ASCII characters it yields are
   Arabic letters or Arabic punctuation, and (from 40 letters on) at least a tenth of the
   letters are alef or lam (a fifth of any Arabic text; Cyrillic KOI8-R or Windows-1251
   bytes read as Windows-1256 give Arabic letters too, but 1-7% of them alef or lam). Windows-1252 / Latin-1 is accepted when every
   non-ASCII character is a Latin letter or common typographic mark, there are at least
   three letters per non-ASCII character and no run of four non-ASCII letters — French
   has é, è, à, ç inside mostly-ASCII words; Arabic or Cyrillic code pages read as
   Windows-1252 give long runs of accented capitals. Shares are measured on the first
   64 KB, so a 50 MB legacy file costs milliseconds, not seconds.
6. Anything else is refused with the first invalid byte, the code page it looks like
   (KOI8-R, KOI8-U, Windows-1251, -1253, -1255) when one turns it into letters of one script, and
   what to do about it. UTF-8 with characters past U+FFFF written as surrogate pairs
   (CESU-8) is read, the pairs joined; a lone surrogate is refused.

Text that decodes but is mostly control characters is binary. Line endings are unified to
"\\n" (as Python's text mode does), so every source gives the same paragraph markers.
"""

from __future__ import annotations

import codecs
import re

from rasd.errors import InputError

_BOMS = (  # UTF-32 first: its LE mark starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_SIGNATURES = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP/Office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable"),
)
_SNIFF_BYTES = 65536
_STATS_BYTES = 65536  # legacy-encoding statistics are taken on the first 64 KB
# C0 controls other than tab, newline, vertical tab, form feed and carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# every byte but those characters: in UTF-8 each of them is that one byte, and no byte of
# another character is one of them, so UTF-8 that is all these bytes (nothing left when
# translate deletes them, a C loop over the bytes) decodes to text without `_CONTROL`,
# found without the regex's scan of the text (several times dearer)
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
_MAX_CONTROL_SHARE = 0.05
# well-formed UTF-8 multi-byte sequences (RFC 3629, without overlongs or surrogates)
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}"
    rb"|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_C1_BYTES = bytes(range(0x80, 0xA0))  # where Windows-1252 and Latin-1 differ
# Arabic letters, digits and punctuation, plus marks Windows-1256 text carries with them
_ARABIC_OK = dict.fromkeys(
    [*range(0x0600, 0x0700), 0xA0, 0xAB, 0xBB, *range(0x200C, 0x2010), 0x2013, 0x2014,
     *range(0x2018, 0x201F), 0x2026]
)  # str.translate table deleting them: counting by deletion is C speed
_LATIN_1_LETTERS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0178"  # and Œ œ Ÿ
_NON_LETTERS = re.compile(f"[^A-Za-z{_LATIN_1_LETTERS}]+")
_LATIN_MARKS = r"\u00a0-\u00bf\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u2122"
_NOT_LATIN = re.compile(f"[^\x00-\x7f{_LATIN_1_LETTERS}{_LATIN_MARKS}]")
_NON_ASCII_LETTER_RUN = re.compile(f"[{_LATIN_1_LETTERS}]{{4,}}")
_NEWLINES = re.compile(r"\r\n?")

_ARABIC_MIN_SHARE = 0.8
_ARABIC_LETTERS = re.compile("[\u0621-\u064a]")
_ARABIC_TEST_LETTERS = 40  # fewer letters tell too little
_ALEF_LAM_MIN_SHARE = 0.1  # Arabic news: 18 % or more; Cyrillic read as Windows-1256: 1-7 %
_LATIN_MAX_NON_ASCII_SHARE = 1 / 3  # of the letters


def decode_bytes(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decode one file's bytes; return (text, encoding name).

    Encoding names: "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le",
    "utf-32-be", "cesu-8", "windows-1256", "windows-1252", "iso-8859-1".
    Raises InputError for empty, binary or undecodable data.
    """
    if not data:
        raise InputError("empty file", path=path)
    text, name = _decode(data, path)
    return unify_newlines(text), name


def _decode(data: bytes, path: str | None) -> tuple[str, str]:
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_unicode(data, codec, name, path), name, path), name
    _refuse_binary(data, path)
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        cesu = _as_cesu8(data, path)
        if cesu is not None:
            return _checked(cesu, "cesu-8", path), "cesu-8"
        return _decode_legacy(data, exc, path)
    if not data.translate(None, _NOT_CONTROL_BYTES):
        return text, "utf-8"  # no control character: nothing for _checked to count
    return _checked(text, "utf-8", path), "utf-8"


def _as_cesu8(data: bytes, path: str | None) -> str | None:
    """UTF-8 with characters past U+FFFF written as two encoded surrogates (CESU-8, Java's
    modified UTF-8): the pairs joined into their characters. None when the data is not
    that; a lone surrogate is refused."""
    try:
        raw = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None
    try:
        return raw.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"UTF-8 holding a lone surrogate (character {exc.start // 2}), which is no "
            "character; re-encode the file as UTF-8", path=path) from exc


def unify_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def utf8_error_message(exc: UnicodeDecodeError, *, offset: int = 0) -> str:
    """A short description of where UTF-8 decoding failed."""
    bad = exc.object[exc.start : exc.start + 1].hex().upper()
    return f"invalid byte 0x{bad} at offset {offset + exc.start}"


def _decode_unicode(data: bytes, codec: str, name: str, path: str | None) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"starts with a {name} byte-order mark but is not valid {name} "
            f"(at offset {exc.start}); re-encode the file as UTF-8",
            path=path,
        ) from exc


def _refuse_binary(data: bytes, path: str | None) -> None:
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"binary file ({kind}), not text; extract its text first", path=path)


def _decode_utf16_without_bom(data: bytes, path: str | None) -> tuple[str, str]:
    head = data[:_SNIFF_BYTES]
    even_nuls, odd_nuls = head[0::2].count(0), head[1::2].count(0)
    name = "utf-16-le" if even_nuls == 0 else "utf-16-be" if odd_nuls == 0 else None
    if name is None or len(data) % 2:
        raise InputError("binary file, not text", path=path)
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError("binary file, not text", path=path) from exc
    if "\x00" in text or _control_share(text) > 0:
        raise InputError("binary file, not text", path=path)
    return text, name


def _checked(text: str, name: str, path: str | None) -> str:
    if _control_share(text) > _MAX_CONTROL_SHARE or "\x00" in text[:_SNIFF_BYTES]:
        raise InputError("binary file, not text", path=path)
    return text


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _decode_legacy(data: bytes, exc: UnicodeDecodeError, path: str | None) -> tuple[str, str]:
    sample = data[:_STATS_BYTES]
    sequences = _UTF8_MULTI.findall(sample)
    high_bytes = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    stray_bytes = high_bytes - sum(map(len, sequences))
    if not sequences or len(sequences) < stray_bytes:
        for decode in (_as_arabic, _as_latin):
            found = decode(data)
            if found is not None:
                return _checked(found[0], found[1], path), found[1]
    raise InputError(
        f"not valid UTF-8 ({utf8_error_message(exc)}) and no supported legacy encoding "
        f"(Windows-1256, Latin-1/Windows-1252) fits{_looks_like(data)}; re-encode the file "
        "as UTF-8",
        path=path,
    )


# code pages rasd does not read but can name in its refusal: (codec, name, letters)
_OTHER_CODE_PAGES = (
    ("koi8_r", "KOI8-R", "\u0400-\u04ff"), ("koi8_u", "KOI8-U", "\u0400-\u04ff"),
    ("cp1251", "Windows-1251", "\u0400-\u04ff"),
    ("cp1253", "Windows-1253 (Greek)", "\u0370-\u03ff"),
    ("cp1255", "Windows-1255 (Hebrew)", "\u0590-\u05ff"),
)


def _looks_like(data: bytes) -> str:
    """", which looks like KOI8-R" when a code page rasd does not read turns nearly all
    the non-ASCII bytes into letters of one script, else "". Of several (KOI8-R and
    Windows-1251 both give Cyrillic letters), the one giving most lower-case letters:
    running text is mostly lower case, and the two swap the cases."""
    sample = data[:_STATS_BYTES]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    best, named = 0, ""
    for codec, name, letters in _OTHER_CODE_PAGES:
        found = re.findall(f"[{letters}]", sample.decode(codec, "replace"))
        lower = sum(1 for c in found if c.islower())
        if high and len(found) >= 0.9 * high and lower > best:
            best, named = lower, f" (it looks like {name})"
    return named


def _as_arabic(data: bytes) -> tuple[str, str] | None:
    try:
        sample = data.decode("cp1256")[:_STATS_BYTES]
    except UnicodeDecodeError:
        return None
    non_ascii = _count_non_ascii(sample)
    arabic = len(sample) - len(sample.translate(_ARABIC_OK))
    if not non_ascii or arabic < _ARABIC_MIN_SHARE * non_ascii:
        return None
    # Cyrillic (KOI8-R, Windows-1251) and other code pages also read as Arabic letters,
    # but not as Arabic: alef and lam, about a fifth of the letters of any Arabic text
    # (the article alone is "ال"), are rare in them (KOI8-R Russian: 1 %)
    letters = len(_ARABIC_LETTERS.findall(sample))
    if letters >= _ARABIC_TEST_LETTERS and \
            sample.count("\u0627") + sample.count("\u0644") < _ALEF_LAM_MIN_SHARE * letters:
        return None
    return data.decode("cp1256"), "windows-1256"


def _as_latin(data: bytes) -> tuple[str, str] | None:
    # Latin-1 and Windows-1252 agree outside 0x80-0x9F; name the smaller claim when they agree
    has_c1 = len(data.translate(None, _C1_BYTES)) < len(data)
    name = "windows-1252" if has_c1 else "iso-8859-1"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:_STATS_BYTES]
    if _NOT_LATIN.search(text) or _NON_ASCII_LETTER_RUN.search(sample):
        return None
    letters = len(sample) - sum(map(len, _NON_LETTERS.findall(sample)))
    if _count_non_ascii(sample) > _LATIN_MAX_NON_ASCII_SHARE * letters:
        return None
    return text, name


def _count_non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))
