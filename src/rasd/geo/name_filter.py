"""Which names an index file may hold: a bitmap of hashes, built with the gazetteer.

A places stage asks the gazetteer about thousands of words per first pass, and nearly all of
them name nothing: each was searched (a bisection of a long sorted list) in every file that
may hold the country's places, the world file and the OpenStreetMap one. A file's filter
answers first, with one hash and one bit: a word no name or alternate name of the file
hashes to is not searched there. A bit set by another name gives a false "maybe" (about one
word in fifteen), never a false "no": the answers are those of searching every file.

`scripts/build_gazetteer.py` writes one filter per index file (`filter-<stem>.gz`, under
that file's licence) from the exact and alias keys it indexes; loading only decompresses it.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from zlib import crc32

# bits per key at least (the size is the next power of two): a false "maybe" for about
# 1 - exp(-1/16) = 6% of absent names at most
_BITS_PER_KEY = 16
KINDS = ("a\t", "e\t")  # the index lines whose keys a filter holds: alias and exact names


def name_hash(name: str) -> int:
    """The hash a filter keeps of a folded name (the same in every process, unlike `hash`)."""
    return crc32(name.encode("utf-8"))


class NameFilter:
    """The exact and alias keys of one index file, as bits of their hashes."""

    __slots__ = ("_bits", "_mask")

    def __init__(self, bits: bytes):
        if not bits or len(bits) & (len(bits) - 1):
            raise ValueError("a name filter's size is a power of two bytes")
        self._bits, self._mask = bits, len(bits) * 8 - 1

    @classmethod
    def of_keys(cls, keys: Iterable[str]) -> NameFilter:
        """The filter of `keys` (folded names, as the index writes them)."""
        hashes = [name_hash(key) for key in keys]
        size = 1
        while size * 8 < _BITS_PER_KEY * len(hashes):
            size *= 2
        bits = bytearray(size)
        mask = size * 8 - 1
        for h in hashes:
            bits[(h & mask) >> 3] |= 1 << (h & 7)
        return cls(bytes(bits))

    @classmethod
    def of_index(cls, index_text: str) -> NameFilter:
        """The filter of an index file's text (`gazetteer.INDEX_COLUMNS` lines)."""
        return cls.of_keys(line.split("\t", 2)[1] for line in index_text.split("\n")
                           if line.startswith(KINDS))

    def may_hold(self, hashed: int) -> bool:
        """False when no key of the file has hash `hashed` (`name_hash`): the name is
        none of its names nor alternate names."""
        return bool(self._bits[(hashed & self._mask) >> 3] >> (hashed & 7) & 1)

    def file_bytes(self, header: str) -> bytes:
        """The filter file's bytes: gzip of a `#` header line, then the bitmap (the same
        bytes every build: no time stamp)."""
        return gzip.compress(header.encode("utf-8") + b"\n" + self._bits, compresslevel=9,
                             mtime=0)

    @classmethod
    def from_file_bytes(cls, data: bytes) -> NameFilter:
        """The filter `file_bytes` wrote."""
        raw = gzip.decompress(data)
        return cls(raw[raw.index(b"\n") + 1:])
