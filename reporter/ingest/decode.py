"""Bytes to text: byte-order marks, strict UTF-8, then the legacy Chinese codecs and
UTF-16 ranked by how readable their Chinese is; and whether a text is Chinese at all."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from reporter.ingest import resources as res

# A text needs this many Chinese characters to be an article at all (a headline).
MIN_HAN_CHARS = 10
# ... and Chinese characters must be this share of its letters: news text quotes
# English names and acronyms, but an English page quoting a few Chinese names stays
# far below (a Chinese word is 1-3 characters, an English word ~5 letters).
MIN_HAN_SHARE = 0.3
# Japanese is about 40 % kanji and Korean may carry hanja; kana or hangul above this
# share of the letters means the text is not Chinese.
MAX_KANA_SHARE = 0.1
MAX_HANGUL_SHARE = 0.1
# A paragraph written in a foreign language (a translation printed under the article,
# an English abstract, a bilingual mirror's other half) holds at least this many words
# of two or more Latin or Cyrillic letters: a Chinese line quotes an English name or an
# acronym or two, a slogan or a copyright line four or five words, and anti-scraping
# junk single letters (9 Y8 f3 E5 k.); the corpus's translations run to 40-160 words.
FOREIGN_BLOCK_MIN_WORDS = 8
# ... with Chinese characters at most this share of its letters: a translation keeps a
# Chinese name in brackets now and then, a Chinese sentence is mostly Han.
FOREIGN_BLOCK_MAX_HAN_SHARE = 0.1
# With its foreign paragraphs set aside, a page is a Chinese article (and the paragraphs
# its noise) when the rest holds at least this many Chinese characters, a short news
# item's length (the corpus's bilingual pages keep 142-216 of an excerpt), and passes
# the share test on its own; an English page quoting Chinese names keeps none, one
# with a Chinese headline line a few dozen.
MIN_ARTICLE_HAN_CHARS = 100

# A legacy decoding (GBK, Big5, UTF-16 without BOM) must put at least this share of
# its Chinese characters among the frequently used ones of either script; correct
# decodings of the seeds score 0.97-0.99, wrong ones 0.1-0.6.
MIN_COMMON_SHARE = 0.7
# Invalid byte sequences tolerated, as a share of the decoded characters: a truncated
# download or one bad byte should not cost a whole article (the cleaner sees the
# U+FFFD), but a file that decodes only with many replacements is undecodable.
MAX_REPLACED_SHARE = 0.001
# Decoding a NUL-bearing file as UTF-16 without BOM is accepted only when at most this
# share of the characters are controls or private-use (real text has none).
MAX_GARBAGE_SHARE = 0.01
# Readability is scored on this many leading characters of each candidate decoding:
# enough to decide, and it keeps a 5 MB file from costing seconds per codec.
SCORE_SAMPLE_CHARS = 200_000
# charset-normalizer looks at this prefix only; its guess is one candidate among ours.
CHARSET_SAMPLE_BYTES = 64 * 1024
# charset-normalizer guesses from bytes alone (cp949 and cp874 for a text of Chinese
# punctuation); a Chinese article is far likelier in one of our Chinese codecs, so its
# guess must read better by more than one character (a common character scores +1,
# a rare one -1) to win: with a few Han characters the scores are that close.
GUESS_PENALTY = -2
# Codecs tried, in order of preference when two read equally well.  gb18030 is a
# superset of GBK and GB2312; cp950 and big5hkscs extend Big5 with characters that
# Taiwan and Hong Kong pages use.
CJK_CODECS = ("utf_8", "gb18030", "big5", "cp950", "big5hkscs", "utf_16_le", "utf_16_be")
# Byte-order marks; UTF-32 LE must be tested before UTF-16 LE (same first two bytes).
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf_8", "utf_8_sig"),
    (b"\xff\xfe\x00\x00", "utf_32_le", "utf_32_le"),
    (b"\x00\x00\xfe\xff", "utf_32_be", "utf_32_be"),
    (b"\xff\xfe", "utf_16_le", "utf_16_le"),
    (b"\xfe\xff", "utf_16_be", "utf_16_be"),
)


class NotAnArticle(Exception):
    """Why some bytes or text cannot be used; :func:`read_article` turns it into
    :class:`InputRejected` with the path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class _Candidate:
    codec: str
    text: str
    replaced: int  # U+FFFD the decoder had to insert
    han: int  # Chinese characters in the scored sample
    common: int  # of which frequently used (best of the two scripts)
    garbage: int  # controls, private use, U+FFFD in the sample
    misread: int  # letters of scripts Chinese text does not use (hangul, Thai ...)

    @property
    def score(self) -> int:
        # a wrong decoding scatters characters over rare ones (and may read ASCII pairs
        # as ideographs, or GBK pairs as hangul); a right one has almost none, so rare
        # ones count against it, and letters of foreign scripts as much as garbage
        return 2 * self.common - self.han - 2 * self.garbage - 2 * self.misread


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; returns ``(text, codec)`` with ``\\n`` line breaks, NFC.

    Order: refuse known binary formats by their magic bytes; honour a byte-order
    mark; a NUL-bearing file is UTF-16 without BOM or binary; strict UTF-8; else
    every candidate codec (and charset-normalizer's guess) is tried and the one
    whose text holds the most frequently used Chinese characters wins.  Raises
    :class:`NotAnArticle` for binary and undecodable input.
    """
    fmt = _binary_format(data)
    if fmt:
        raise NotAnArticle(f"binary file ({fmt}), not text")
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            if len(data) == len(bom):
                raise NotAnArticle("empty file (only a byte-order mark)")
            candidate = _candidate(data[len(bom) :], codec)
            if not _tolerable(candidate):
                raise NotAnArticle(f"undecodable: not valid {label} despite its byte-order mark")
            return normalise(candidate.text), label
    if b"\x00" in data:
        utf16 = [c for c in (_candidate(data, k) for k in ("utf_16_le", "utf_16_be")) if _texty(c)]
        if utf16:
            best = max(utf16, key=lambda c: c.score)
            return normalise(best.text), best.codec
        # a stray NUL or two in a UTF-8 text is a scraper artefact, not a binary file
        if data.count(b"\x00") <= MAX_GARBAGE_SHARE * len(data):
            utf8 = _candidate(data, "utf_8")
            if utf8.replaced == 0:
                return normalise(utf8.text), "utf_8"
        raise NotAnArticle("binary file (contains NUL bytes), not text")
    try:
        return normalise(data.decode("utf_8")), "utf_8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    codecs = list(CJK_CODECS)
    guess = _charset_normalizer_guess(data)
    if guess and guess not in codecs:
        codecs.append(guess)
    else:
        guess = None  # one of ours: no penalty
    candidates = [_candidate(data, codec) for codec in codecs]
    usable = [c for c in candidates if _tolerable(c)]
    if not usable:
        least = min(candidates, key=lambda c: c.replaced)
        raise NotAnArticle(
            f"undecodable: every encoding tried leaves invalid bytes "
            f"(best: {least.codec}, {least.replaced:,} replacement characters)"
        )
    # max() keeps the first of equals: our codecs, in CJK_CODECS order, before the guess
    best = max(usable, key=lambda c: c.score + (GUESS_PENALTY if c.codec == guess else 0))
    if best.han >= MIN_HAN_CHARS and best.common < MIN_COMMON_SHARE * best.han:
        raise NotAnArticle(
            f"undecodable: no encoding gives readable Chinese (tried {', '.join(codecs)}; "
            f"best {best.codec}: {best.common / best.han:.0%} common characters)"
        )
    return normalise(best.text), best.codec


def _charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:CHARSET_SAMPLE_BYTES]).best()
    encoding = getattr(match, "encoding", None)
    return encoding if isinstance(encoding, str) else None


def _candidate(data: bytes, codec: str) -> _Candidate:
    try:
        text, replaced = data.decode(codec), 0
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        replaced = text.count("\ufffd")
    except LookupError:  # a codec name charset-normalizer knows and Python does not
        text, replaced = "", len(data)
    sample = text[:SCORE_SAMPLE_CHARS]
    simplified, traditional = res.common_hanzi()
    counts = Counter(sample)
    han = sum(n for ch, n in counts.items() if res.HAN.match(ch))
    common = max(
        sum(n for ch, n in counts.items() if ch in simplified),
        sum(n for ch, n in counts.items() if ch in traditional),
    )
    garbage = _count(res.GARBAGE_CHARS, sample)
    misread = _count(res.MISREAD_LETTER, sample)
    return _Candidate(codec, text, replaced, han, common, garbage, misread)


def _tolerable(candidate: _Candidate) -> bool:
    allowed = max(1.0, MAX_REPLACED_SHARE * len(candidate.text))
    return bool(candidate.text) and candidate.replaced <= allowed


def _texty(candidate: _Candidate) -> bool:
    sample_len = min(len(candidate.text), SCORE_SAMPLE_CHARS)
    return (
        _tolerable(candidate)
        and candidate.replaced == 0
        and candidate.garbage <= MAX_GARBAGE_SHARE * sample_len
    )


def _binary_format(data: bytes) -> str | None:
    for sig in res.binary_signatures():
        if data[sig.offset : sig.offset + len(sig.magic)] == sig.magic:
            return sig.name
    return None


def normalise(text: str) -> str:
    # splitlines() knows every line break (\r\n, \r, U+2028, NEL, ...); controls are
    # never text and break XML/PDF output later; NFC only, because NFKC would also
    # turn full-width punctuation half-width, which the cleaner decides about.
    text = "\n".join(text.splitlines())
    text = res.CONTROL_CHARS.sub("", text)
    return unicodedata.normalize("NFC", text)


def language_problem(text: str) -> str | None:
    """Why ``text`` is not a Chinese article, or None when it is.

    Judged on the prose only: markup, entities, data URIs and addresses inside any
    file (a .txt of ``<p style="…">`` paragraphs) are not letters of its language.
    """
    if "<" in text or "&" in text or "data:" in text or "://" in text:
        text = res.NOT_PROSE.sub(" ", text)
    han = _count_outside(res.NOT_HAN_RUN, text)
    letters = _count_outside(res.NOT_LETTER_RUN, text)
    if (han < MIN_HAN_CHARS or han < MIN_HAN_SHARE * letters) and not beside_foreign_blocks(
        text, foreign_blocks(text)
    ):
        return (
            f"not Chinese text: {han:,} Chinese characters among {letters:,} letters "
            f"(an article needs at least {MIN_HAN_CHARS}, and {MIN_HAN_SHARE:.0%} of its letters)"
        )
    if _count(res.KANA, text) > MAX_KANA_SHARE * letters:
        return "Japanese text (kana), not Chinese"
    if _count(res.HANGUL, text) > MAX_HANGUL_SHARE * letters:
        return "Korean text (hangul), not Chinese"
    return None


def _is_foreign_block(line: str) -> bool:
    if len(res.FOREIGN_WORD.findall(line)) < FOREIGN_BLOCK_MIN_WORDS:
        return False
    han = _count_outside(res.NOT_HAN_RUN, line)
    return han <= FOREIGN_BLOCK_MAX_HAN_SHARE * _count_outside(res.NOT_LETTER_RUN, line)


def foreign_blocks(text: str) -> list[int]:
    """Indices of the lines of ``text`` (split on ``\\n``) written in a foreign
    language: :data:`FOREIGN_BLOCK_MIN_WORDS` words or more, hardly any Chinese."""
    return [i for i, line in enumerate(text.split("\n")) if _is_foreign_block(line)]


def beside_foreign_blocks(text: str, blocks: list[int]) -> bool:
    """Whether ``text`` is a Chinese article once its foreign lines ``blocks`` are set
    aside (a translation or abstract printed with it): the rest holds
    :data:`MIN_ARTICLE_HAN_CHARS` Chinese characters and passes the share test."""
    if not blocks:
        return False
    skip = set(blocks)
    rest = "\n".join(ln for i, ln in enumerate(text.split("\n")) if i not in skip)
    han = _count_outside(res.NOT_HAN_RUN, rest)
    letters = _count_outside(res.NOT_LETTER_RUN, rest)
    return han >= MIN_ARTICLE_HAN_CHARS and han >= MIN_HAN_SHARE * letters


def _count(pattern: Any, text: str) -> int:
    # len - len(sub) counts matches at C speed without a list of one-character strings
    return len(text) - len(pattern.sub("", text))


def _count_outside(runs: re.Pattern[str], text: str) -> int:
    """Characters of ``text`` outside the runs ``runs`` finds: for a class most of
    the text belongs to (Han, letters), a few runs of the rest are cheaper to find
    than one match per character."""
    return len(text) - sum(map(len, runs.findall(text)))
