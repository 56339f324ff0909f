"""Patterns of jieba's part-of-speech cutter (``jieba/posseg/__init__.py``), which
:func:`reporter.text.segment.posseg` reproduces in its shared mode.  They must stay jieba's,
character for character: a test compares the two cutters' output."""

from __future__ import annotations

import re

# A run jieba segments with its dictionary: CJK ideographs (its range, not all of CJK),
# Latin letters, digits and + # & . _
JIEBA_HAN_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
# Outside those runs: a line break or one whitespace character is a token of its own.
JIEBA_SKIP = re.compile("(\r\n|\\s)")
# ... and every other character is one token: "m" for a digit or full stop, "eng" when
# its part starts with a Latin letter or digit, "x" otherwise.
JIEBA_NUM = re.compile("[\\.0-9]+")
JIEBA_ENG = re.compile("[a-zA-Z0-9]+")
