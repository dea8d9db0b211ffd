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
   Arabic letters or Arabic punctuation. Windows-1252 / Latin-1 is accepted when every
   non-ASCII character is a Latin letter or common typographic mark, there are at least
   three letters per non-ASCII character and no run of four non-ASCII letters — French
   has é, è, à, ç inside mostly-ASCII words; Arabic or Cyrillic code pages read as
   Windows-1252 give long runs of accented capitals. Shares are measured on the first
   64 KB, so a 50 MB legacy file costs milliseconds, not seconds.
6. Anything else is refused with the first invalid byte and what to do about it.

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
_LATIN_MAX_NON_ASCII_SHARE = 1 / 3  # of the letters


def decode_bytes(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Decode one file's bytes; return (text, encoding name).

    Encoding names: "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le",
    "utf-32-be", "windows-1256", "windows-1252", "iso-8859-1".
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
        return _checked(data.decode("utf-8"), "utf-8", path), "utf-8"
    except UnicodeDecodeError as exc:
        return _decode_legacy(data, exc, path)


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
        "(Windows-1256, Latin-1/Windows-1252) fits; re-encode the file as UTF-8",
        path=path,
    )


def _as_arabic(data: bytes) -> tuple[str, str] | None:
    try:
        sample = data.decode("cp1256")[:_STATS_BYTES]
    except UnicodeDecodeError:
        return None
    non_ascii = _count_non_ascii(sample)
    arabic = len(sample) - len(sample.translate(_ARABIC_OK))
    if non_ascii and arabic >= _ARABIC_MIN_SHARE * non_ascii:
        return data.decode("cp1256"), "windows-1256"
    return None


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
