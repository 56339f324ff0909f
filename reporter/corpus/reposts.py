"""Re-posted copies of one story: found with MinHash and LSH, counted once.

Scraped corpora hold the same story from many sites, in another script, with other
noise, often cut short.  Each cleaned (simplified) text is reduced to its Chinese
characters and digits -- what survives any re-posting -- and cut into overlapping
character shingles; MinHash signatures cut into LSH bands find candidate pairs without
comparing every pair.  A candidate pair is a re-post when the smaller text is mostly
contained in the larger one (:data:`MIN_CONTAINMENT`), which a truncated copy is and
two articles on the same theme are not.  Pairs join into groups transitively; then
every copy must also pass that test against the copy kept, so two articles that both
quote one short text are not merged through it.

The copy kept for the matrix and the findings is the cleanest complete one
(:func:`cleanliness`): only copies with nearly the longest text (:data:`COMPLETE_SHARE`)
compete, since a truncated copy has surely lost part of the story; among them the one
with the least garbled text wins, then the one that needed the fewest removals, then
the one with the most sentences, then the first in input order.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from types import ModuleType

import numpy as np
import numpy.typing as npt

from reporter.models import Document, record

# Characters in a shingle.  Five CJK characters are rarer than a word, so a shared
# shingle between two articles on the same theme is unusual, while re-posting
# (a converted script, annotations, other punctuation) leaves most of them intact.
SHINGLE = 5
# MinHash permutations: the Jaccard estimate's standard error is about 0.04 at 128.
NUM_PERM = 128
# Fixed so that signatures, candidate pairs and groups are the same on every run.
MINHASH_SEED = 20_171_128
# Candidate pairs: the Jaccard similarity the LSH bands are tuned to catch.  A copy
# cut to a share s of its original has a Jaccard of about s with it; at 0.3 a copy
# keeping 40 % is found 9 times in 10, one keeping half 99 times in 100.  (datasketch's
# LSH Ensemble, made for containment, needs minutes to index 1,000 texts.)
LSH_THRESHOLD = 0.3
# The LSH bands and rows per band datasketch's MinHashLSH derives from LSH_THRESHOLD and
# NUM_PERM (a test holds them equal).  Written out so that grouping cached fingerprints
# does not import datasketch, which imports scipy.integrate (0.3-0.5 s of start-up).
LSH_BANDS = 37
LSH_ROWS_PER_BAND = 3
# Candidates whose containment, estimated from MinHash, reaches this are checked
# exactly; below MIN_CONTAINMENT so the estimate's noise (about 0.1) loses no pair.
CANDIDATE_CONTAINMENT = 0.5
# A pair is a re-post when this share of the smaller text's shingles is in the larger.
# Copies measured here keep over 0.9 after noise; distinct articles stay under 0.2.
MIN_CONTAINMENT = 0.7
# Texts with fewer shingles than this are too short to tell a copy from a shared phrase.
MIN_SHINGLES = 40
# A copy is complete when its text has at least this share of the longest copy's
# shingles; below it, it was cut short.  Not 1.0: copies differ by noise lines.
COMPLETE_SHARE = 0.9
# Cleaning kinds and step names that mean the text was garbled (see models.Removal).
_GARBLED_MARK = "mojibake"
_REPLACEMENT_CHAR = "\ufffd"


@record
class RepostCopy:
    """One place a story appeared."""

    article_id: str
    source_path: str
    outlet: str | None
    published: str | None
    reposted: str | None
    containment: float  # share of the shorter of this copy and the kept one that the
    # other contains (shingles, exact); 1.0 for the kept copy


@record
class RepostGroup:
    """Copies of one story; only ``representative`` is counted in the comparison."""

    representative: str  # article id of the kept copy
    copies: tuple[RepostCopy, ...]  # the kept copy first, then the others in input order


# Code point ranges kept for the fingerprint: CJK unified ideographs, extension A and
# ASCII digits -- what every re-posted copy shares.  Full-width digits are folded first.
_KEPT_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x30, 0x39))
_FULLWIDTH_DIGITS = (0xFF10, 0xFF19)
# Polynomial rolling hash of a shingle: a base above every kept code point, then a
# multiplicative mix (the 64-bit golden ratio) whose high 32 bits are the hash.
_BASE = 1_000_003
_MIX = np.uint64(0x9E3779B97F4A7C15)
_POWERS = np.array([_BASE**k % 2**64 for k in range(SHINGLE)], dtype=np.uint64)
# MurmurHash3's 32-bit finalizer (fmix32): its three shifts and two multipliers.
_FMIX_SHIFTS = (np.uint32(16), np.uint32(13), np.uint32(16))
_FMIX_MULTIPLIERS = (np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35))
# A signature of no shingles: every permutation's minimum is still its maximum.
_EMPTY_SIGNATURE_VALUE = np.uint32(2**32 - 1)


def _kept_codepoints(text: str) -> npt.NDArray[np.uint32]:
    # Vectorised over code points: per-character Python costs ~1 ms an article.
    points = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint32)
    low, high = _FULLWIDTH_DIGITS
    wide = (points >= low) & (points <= high)
    points[wide] -= low - 0x30
    keep = np.zeros(points.shape, dtype=bool)
    for first, last in _KEPT_RANGES:
        keep |= (points >= first) & (points <= last)
    return points[keep]


def fingerprint_text(text: str) -> str:
    """The characters re-posting preserves: Chinese characters and digits (full-width
    digits become ASCII; pinyin, Latin, punctuation and spacing disappear)."""
    return "".join(map(chr, _kept_codepoints(text).tolist()))


def shingle_hashes(text: str) -> npt.NDArray[np.uint32]:
    """Sorted distinct 32-bit hashes of the fingerprint's :data:`SHINGLE`-character
    windows (computed in bulk: a Python loop per shingle costs seconds per thousand
    articles)."""
    points = _kept_codepoints(text).astype(np.uint64)
    if len(points) < SHINGLE:
        return np.zeros(0, dtype=np.uint32)
    windows = np.lib.stride_tricks.sliding_window_view(points, SHINGLE)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        mixed = (windows @ _POWERS) * _MIX
    hashes = np.sort((mixed >> np.uint64(32)).astype(np.uint32))
    # Sorted, then adjacent duplicates dropped: np.unique's hash path is slower here.
    return hashes[np.concatenate(([True], hashes[1:] != hashes[:-1]))]


@cache
def _datasketch() -> ModuleType:
    # Imported on first use: only a whole-corpus build needs it, not every import.
    return importlib.import_module("datasketch")


@cache
def _permutations() -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """datasketch's affine permutations ``h -> a h + b (mod 2**32)`` for the seed,
    derived once and shared by every signature."""
    template = _datasketch().MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme="affine32")
    a, b = template.permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def _fmix32(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finalizer, the pre-mix datasketch's ``affine32`` scheme
    applies to every input hash (uint32 arithmetic wraps, as the scheme intends)."""
    values = values ^ (values >> _FMIX_SHIFTS[0])
    values = values * _FMIX_MULTIPLIERS[0]
    values = values ^ (values >> _FMIX_SHIFTS[1])
    values = values * _FMIX_MULTIPLIERS[1]
    return values ^ (values >> _FMIX_SHIFTS[2])


def signature(hashes: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """The MinHash signature of a set of shingle hashes: what datasketch's
    ``MinHash(scheme="affine32").update_batch`` computes, value for value (a test holds
    them equal), in a sixth of its time.  datasketch lays its products out one
    shingle per row and reduces across rows; here each permutation is a contiguous
    row, reduced in place, without datasketch's Python call per shingle."""
    if hashes.size == 0:
        return np.full(NUM_PERM, _EMPTY_SIGNATURE_VALUE, dtype=np.uint32)
    a, b = _permutations()
    mixed = _fmix32(hashes.astype(np.uint32, copy=False))
    products = np.multiply.outer(a, mixed)
    products += b[:, None]
    minima: npt.NDArray[np.uint32] = products.min(axis=1)
    return minima


@record
class Fingerprint:
    """What grouping needs of one article: its MinHash and its shingle count.  Small
    (1 KB) and picklable, so workers compute it beside the article and the cache
    keeps it."""

    hashvalues: bytes  # the MinHash state, NUM_PERM little-endian uint64
    size: int  # distinct shingles in the text
    sentences: int  # so the parent may drop a large corpus's sentences before grouping


def fingerprint(doc: Document) -> Fingerprint:
    hashes = shingle_hashes(doc.article.text)
    values = signature(hashes).astype("<u8").tobytes()
    return Fingerprint(values, len(hashes), len(doc.sentences))


def estimated_containment(
    jaccard: npt.NDArray[np.float64],
    size_a: npt.NDArray[np.float64],
    size_b: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """Estimated share of the smaller set inside the larger, from the MinHash Jaccard
    and the exact set sizes (nonzero): ``|A ∩ B| = J (|A| + |B|) / (1 + J)``."""
    smaller = np.minimum(size_a, size_b)
    return np.minimum(1.0, jaccard * (size_a + size_b) / ((1.0 + jaccard) * smaller))


def garbled(doc: Document) -> int:
    """How much garbled text cleaning met or left (mojibake spans, U+FFFD)."""
    report = doc.article.cleaning
    steps = sum(s.changes for s in report.steps if _GARBLED_MARK in s.step)
    removed = sum(1 for r in report.removed if r.kind == _GARBLED_MARK)
    return steps + removed + doc.article.text.count(_REPLACEMENT_CHAR)


def cleanliness(
    doc: Document, print_: Fingerprint, longest: int, position: int
) -> tuple[bool, int, int, int, int]:
    """Sort key of the copy to keep, smaller is better (see the module docstring);
    ``longest`` is the largest shingle count in the copy's group."""
    truncated = print_.size < COMPLETE_SHARE * longest
    removals = len(doc.article.cleaning.removed)
    return (truncated, garbled(doc), removals, -print_.sentences, position)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _found_in(
    sorted_hashes: npt.NDArray[np.uint32], probes: npt.NDArray[np.uint32]
) -> npt.NDArray[np.bool_]:
    """For each of ``probes``, whether it is in ``sorted_hashes`` (sorted, non-empty): a
    binary search per probe, without the concatenation and sort of ``np.intersect1d``."""
    at = np.searchsorted(sorted_hashes, probes)
    at[at == len(sorted_hashes)] = 0
    found: npt.NDArray[np.bool_] = sorted_hashes[at] == probes
    return found


def exact_containment(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> float:
    """Share of the smaller of two sorted distinct shingle-hash arrays found in the other."""
    smaller = min(len(a), len(b))
    if smaller == 0:
        return 0.0
    larger, probes = (a, b) if len(a) >= len(b) else (b, a)
    return int(np.count_nonzero(_found_in(larger, probes))) / smaller


def _containments(
    hashes: npt.NDArray[np.uint32], others: Sequence[npt.NDArray[np.uint32]]
) -> list[float]:
    """:func:`exact_containment` of ``hashes`` with each of ``others`` (all non-empty),
    in one pass: every other's shingles searched in ``hashes`` at once, the hits
    counted per other.  The shared count is symmetric, so searching in one side is
    exact whichever is smaller."""
    lengths = [len(o) for o in others]
    hits = _found_in(hashes, np.concatenate(others))
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    shared = np.add.reduceat(hits.astype(np.int64), starts).tolist()
    return [count / min(len(hashes), size) for count, size in zip(shared, lengths, strict=True)]


def _bands() -> tuple[int, int]:
    """(bands, rows per band) that datasketch's MinHashLSH picks for
    :data:`LSH_THRESHOLD` and :data:`NUM_PERM` (a test holds them equal)."""
    return LSH_BANDS, LSH_ROWS_PER_BAND


def earlier_candidates(
    values: npt.NDArray[np.uint64], rows: npt.NDArray[np.int64]
) -> Iterator[tuple[int, npt.NDArray[np.int64]]]:
    """For each of ``rows`` (ascending), the earlier rows whose MinHash signature in
    ``values`` agrees with its own on every value of at least one LSH band: what a
    query of datasketch's MinHashLSH, with its band layout (:func:`_bands`), returns
    before the row is inserted.  Banded with numpy rather than through its index, which
    holds a dictionary entry per band and article (about 160 MB for 10,000 articles,
    against a few MB here)."""
    bands, width = _bands()
    # Per band: the rows sorted by bucket, where each row's bucket starts and its size.
    layout = []
    for band in range(bands):
        keys = np.ascontiguousarray(values[rows, band * width : (band + 1) * width])
        _, bucket = np.unique(keys, axis=0, return_inverse=True)
        bucket = bucket.reshape(-1)
        order = np.argsort(bucket, kind="stable")
        counts = np.bincount(bucket)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        layout.append((rows[order], starts[bucket].tolist(), counts[bucket].tolist()))
    for position, row in enumerate(rows.tolist()):
        shared = [
            members[starts[position] : starts[position] + counts[position]]
            for members, starts, counts in layout
            if counts[position] > 1
        ]
        if not shared:
            continue
        found = np.unique(np.concatenate(shared))
        found = found[found < row]
        if len(found):
            yield row, found


def _likely_candidates(
    values: npt.NDArray[np.uint64], sizes: npt.NDArray[np.float64], rows: npt.NDArray[np.int64]
) -> Iterator[tuple[int, list[int]]]:
    """For each row, the earlier rows whose containment with it, estimated from the
    MinHash Jaccard and the shingle counts, reaches :data:`CANDIDATE_CONTAINMENT`
    (same-theme articles make many candidates; only these are checked exactly)."""
    for i, found in earlier_candidates(values, rows):
        jaccard = (values[found] == values[i]).mean(axis=1)
        estimate = estimated_containment(jaccard, sizes[found], sizes[i])
        likely = found[estimate >= CANDIDATE_CONTAINMENT].tolist()
        if likely:
            yield i, likely


def _join_copies(
    parent: list[int],
    row: int,
    candidates: list[int],
    shingles_of: Callable[[int], npt.NDArray[np.uint32]],
) -> None:
    """Join ``row`` (still alone) with every group of ``candidates`` (earlier rows) that
    holds a copy of it.  The groups are what counts, not the pairs: one member that
    passes the exact check joins its whole group, so the other members of a group
    already joined are never checked -- with k copies of one story, about k checks
    rather than k²/2.  Each round checks, in one pass, the first unchecked candidate
    of every group not yet joined; the result is the same as checking every pair."""
    pending: dict[int, list[int]] = {}
    for j in candidates:
        pending.setdefault(_find(parent, j), []).append(j)
    mine = shingles_of(row)
    while pending:
        roots = list(pending)
        firsts = [pending[root].pop(0) for root in roots]
        shares = _containments(mine, [shingles_of(j) for j in firsts])
        for root, share in zip(roots, shares, strict=True):
            if share >= MIN_CONTAINMENT:
                del pending[root]
                here, there = _find(parent, row), _find(parent, root)
                parent[max(here, there)] = min(here, there)
            elif not pending[root]:
                del pending[root]


def group_reposts(
    docs: Sequence[Document], fingerprints: Sequence[Fingerprint | None] | None = None
) -> tuple[RepostGroup, ...]:
    """Groups of two or more copies of one story, ordered by their first copy's position.

    ``fingerprints`` (same order as ``docs``) are those the workers computed; a missing
    one is computed here.  Candidates come from MinHash LSH, are screened by their
    estimated containment, and are then checked exactly on the shingles of both texts.
    """
    prints = [
        given if given is not None else fingerprint(doc)
        for doc, given in zip(docs, fingerprints or [None] * len(docs), strict=True)
    ]
    counts = [fp.size for fp in prints]
    sizes = np.array(counts, dtype=np.float64)
    signed = [i for i, fp in enumerate(prints) if fp.size >= MIN_SHINGLES]
    values = np.zeros((len(docs), NUM_PERM), dtype=np.uint64)
    for i in signed:
        values[i] = np.frombuffer(prints[i].hashvalues, dtype="<u8")
    parent = list(range(len(docs)))
    shingle_cache: dict[int, npt.NDArray[np.uint32]] = {}

    def shingles_of(i: int) -> npt.NDArray[np.uint32]:
        if i not in shingle_cache:
            shingle_cache[i] = shingle_hashes(docs[i].article.text)
        return shingle_cache[i]

    for row, candidates in _likely_candidates(values, sizes, np.array(signed, dtype=np.int64)):
        _join_copies(parent, row, candidates, shingles_of)

    members: dict[int, list[int]] = {}
    for i in range(len(docs)):
        members.setdefault(_find(parent, i), []).append(i)
    groups = []
    for root in sorted(members):
        indices = members[root]
        if len(indices) < 2:
            continue
        longest = max(counts[i] for i in indices)
        kept = min(indices, key=lambda i: cleanliness(docs[i], prints[i], longest, i))
        others = [i for i in indices if i != kept]
        # Every copy against the kept one in one pass (see _containments).
        shares = [1.0, *_containments(shingles_of(kept), [shingles_of(i) for i in others])]
        copies = []
        for i, exact in zip([kept, *others], shares, strict=True):
            share = 1.0
            if i != kept:
                share = round(exact, 3)
                if share < MIN_CONTAINMENT:
                    # Joined through a third text (a passage both quote), not a copy
                    # of the kept one: it stays a story of its own.
                    continue
            meta = docs[i].article.metadata
            copies.append(
                RepostCopy(
                    docs[i].id,
                    docs[i].article.source_path,
                    meta.outlet,
                    meta.published,
                    meta.reposted,
                    share,
                )
            )
        if len(copies) > 1:
            groups.append(RepostGroup(docs[kept].id, tuple(copies)))
    return tuple(groups)


def counted_once(docs: Sequence[Document], groups: Sequence[RepostGroup]) -> list[int]:
    """Positions of the documents the comparison counts: every document outside a group
    and the kept copy of each group, in input order."""
    dropped = {c.article_id for g in groups for c in g.copies if c.article_id != g.representative}
    return [i for i, doc in enumerate(docs) if doc.id not in dropped]
