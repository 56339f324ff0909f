"""Whether a place's short form opens an institution's, brand's or company's name
(浙江大学, 吉林全药网, 河北建滔能源发展有限公司): then it names that body, not the place.
Split from :mod:`reporter.text.gazetteer` to keep it small."""

from __future__ import annotations

import functools

from reporter.text.gazetteer_table import org_suffixes, stop_words_longest_first
from reporter.text.resources import HAN_COMMON_FIRST, HAN_COMMON_LAST

# A brand name puts at most this many characters between the place's short form
# and its company word (吉林全药网: one); more and the words are unrelated.
BRAND_GAP_MAX = 2
# Characters that make the gap part of a place phrase (吉林全省银行业 is about the
# province), so a brand word after them does not cancel the place.
_PLACE_GAP_CHARS = frozenset("省市县区州旗盟镇乡村")


@functools.cache
def _brand_suffixes() -> tuple[str, ...]:
    return stop_words_longest_first("brand_suffixes")


# A registered company name puts the firm's own words (建滔能源发展: six) between the
# place's short form and 有限公司; more than this many and it is a sentence, not a name.
COMPANY_GAP_MAX = 10


@functools.cache
def _company_suffixes() -> tuple[str, ...]:
    return stop_words_longest_first("company_suffixes")


def _names_company(text: str, end: int) -> bool:
    """Whether the short form ending at ``end`` opens a registered company name (河北建滔
    能源发展有限公司): only Han characters, none of a place phrase, up to the suffix."""
    for gap in range(COMPANY_GAP_MAX + 1):
        ch = text[end + gap : end + gap + 1]
        if text.startswith(_company_suffixes(), end + gap):
            return True
        if not ch or not "\u4e00" <= ch <= "\u9fff" or ch in _PLACE_GAP_CHARS:
            return False
    return False


def names_institution(text: str, end: int) -> bool:
    """Whether the short form ending at ``end`` starts an institution, brand or company
    name."""
    if text.startswith(org_suffixes(), end) or _names_company(text, end):
        return True
    brands = _brand_suffixes()
    for gap in range(BRAND_GAP_MAX + 1):
        between = text[end : end + gap]
        if len(between) < gap or not all(
            HAN_COMMON_FIRST <= ch <= HAN_COMMON_LAST for ch in between
        ):
            return False
        if _PLACE_GAP_CHARS.intersection(between):
            return False
        if text.startswith(brands, end + gap):
            return True
    return False
