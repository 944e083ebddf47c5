"""Syndicated copies: documents whose text is the same, or nearly, as one already in the ledger.

An agency story runs on many sites with a changed headline, a byline or a
trailing "यह भी पढ़ें" block; counted as separate sources it would make one voice
look like many. Each document gets a MinHash signature of its word 3-shingles
(datasketch), stored in the ledger; an LSH index over the stored signatures
finds the earlier documents whose estimated Jaccard similarity is at least
``THRESHOLD``, and the new document is recorded as a copy of the first one's
origin. Page furniture is left out of the shingles.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from datasketch import MinHash, MinHashLSH

from .model import Document
from .normalize import fold

NUM_PERM = 64
THRESHOLD = 0.8
SHINGLE = 3
#: Texts with fewer words than this are compared whole (one shingle): too short to call near.
MIN_WORDS = 8
_SEED = 1
#: datasketch's hash scheme, fixed so stored signatures stay comparable across versions.
_SCHEME = "affine32"


def shingles(text: str, furniture: Iterable[tuple[int, int]] = ()) -> set[bytes]:
    """Word ``SHINGLE``-grams of ``text`` outside ``furniture``, folded (spelling variants alike)."""
    kept, pos = [], 0
    for start, end in sorted(furniture):
        kept.append(text[pos:start])
        pos = max(pos, end)
    kept.append(text[pos:])
    words = [w for w in fold(" ".join(kept))[0].split() if any(ch.isalnum() for ch in w)]
    if len(words) < MIN_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(doc: Document) -> MinHash | None:
    """The document's MinHash, None when it has no words."""
    grams = shingles(doc.text, doc.furniture)
    if not grams:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    m.update_batch(list(grams))
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype("<u8").tobytes()


def from_bytes(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashvalues=numpy.frombuffer(blob, dtype="<u8"))


def _jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two stored signatures (the share of equal hash values)."""
    x, y = numpy.frombuffer(a, dtype="<u8"), numpy.frombuffer(b, dtype="<u8")
    return float(numpy.count_nonzero(x == y)) / len(x)


class CopyIndex:
    """Stored signatures, queried and extended as documents are stored in order.

    ``add(canonical, copy_of, minhash)`` registers a stored document; ``original(doc, blob)``
    is the canonical path of the document ``doc`` copies ("" when none).
    """

    def __init__(self, stored: Iterable[tuple[str, str, bytes]] = ()) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        #: only copies: a document missing here is its own origin
        self.origin: dict[str, str] = {}
        #: signatures as stored (bytes, not MinHash objects, which carry their own permutations)
        self.hashes: dict[str, bytes] = {}
        for canonical, copy_of, blob in stored:
            if len(blob) == 8 * NUM_PERM:
                self.add(canonical, copy_of, from_bytes(blob))

    def add(self, canonical: str, copy_of: str, m: MinHash) -> None:
        if canonical in self.hashes:
            self.lsh.remove(canonical)
        self.lsh.insert(canonical, m)
        self.hashes[canonical] = to_bytes(m)
        if copy_of and copy_of != canonical:
            self.origin[canonical] = copy_of
        else:
            self.origin.pop(canonical, None)

    def original(self, doc: Document, blob: bytes | None) -> str:
        """The canonical path of the original ``doc`` copies ("" when none), its signature
        being ``blob`` (:func:`signature` as bytes, None when it has no words); registers ``doc`` too."""
        if blob is None or not doc.canonical:
            return ""
        m = from_bytes(blob)
        best, best_j = "", 0.0
        for key in self.lsh.query(m):
            if key == doc.canonical or self.origin.get(key) == doc.canonical:
                continue
            j = _jaccard(blob, self.hashes[key])
            if j >= THRESHOLD and (j > best_j or (j == best_j and key < best)):
                best, best_j = key, j
        copy_of = self.origin.get(best, best) if best else ""
        self.add(doc.canonical, copy_of, m)
        return copy_of
