"""What a PDF build needs of the installed fonts, asked without loading WeasyPrint.

The CLI checks the fonts before any article is read, so a machine without a CJK font
fails in a second; but importing :mod:`reporter.render.pdf` loads WeasyPrint (most of a
second), which a build whose PDF comes from the PDF cache never uses.  These checks
ask fontconfig's command line and the shared libraries directly; WeasyPrint is loaded
here only when fc-list is missing and nothing else can tell whether any font exists.
"""

from __future__ import annotations

import ctypes
import warnings
from functools import cache

from reporter.render.fontconfig import fc_list

# harfbuzz-subset before 4.1 lacks the calls WeasyPrint uses; it then uses fontTools.
HARFBUZZ_SUBSET_MIN_VERSION = (4, 1, 0)
# The family the stylesheet asks for first (templates/brief.css --serif); asked of
# fontconfig when fc-list is not there, only to learn whether any font exists at all.
PREFERRED_FAMILY = "Noto Serif CJK SC"
# What to install, named in the one-line error (Debian/Ubuntu; scripts/system-deps.sh).
CJK_FONT_PACKAGE = "fonts-noto-cjk"
# The names WeasyPrint tries for each library (weasyprint.text.ffi), in its order: the
# same libraries found the same way give the same answer as its own test.
HARFBUZZ_NAMES = (
    "libharfbuzz-0",
    "harfbuzz",
    "harfbuzz-0.0",
    "libharfbuzz.so.0",
    "libharfbuzz.0.dylib",
    "libharfbuzz-0.dll",
)
HARFBUZZ_SUBSET_NAMES = (
    "libharfbuzz-subset-0",
    "harfbuzz-subset",
    "harfbuzz-subset-0.0",
    "libharfbuzz-subset.so.0",
    "libharfbuzz-subset.0.dylib",
    "libharfbuzz-subset-0.dll",
)


class FontsMissing(RuntimeError):
    """No font can lay out the brief's Chinese text: the PDF would be empty boxes, and
    with no font at all WeasyPrint crashes the process."""


@cache
def cjk_fonts() -> tuple[str, ...] | None:
    """The families fontconfig says cover Chinese (``fc-list :lang=zh family``), or
    None when fc-list is not installed.  Cached: fonts do not change during a run."""
    listed = fc_list(":lang=zh", "family")
    if listed is None:
        return None
    # One line a font: "Noto Serif CJK SC,Noto Serif CJK JP,..." (every family name).
    names = {line.split(",")[0].strip() for line in listed.splitlines()}
    return tuple(sorted(n for n in names if n))


@cache
def _any_font() -> bool:
    """Whether fontconfig finds any font at all (WeasyPrint's own bindings); cached, as
    loading fontconfig's whole configuration takes a moment."""
    # Only without fc-list: WeasyPrint's bindings are then the one way to ask.  It warns
    # at import when fontconfig has no font; check_fonts says so in one line instead.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*FontConfig", category=UserWarning)
        from weasyprint.text import ffi as weasy_ffi

    fc = weasy_ffi.fontconfig
    config = fc.FcInitLoadConfigAndFonts()
    pattern = fc.FcPatternCreate()
    try:
        fc.FcPatternAddString(pattern, b"family", PREFERRED_FAMILY.encode())
        fc.FcConfigSubstitute(config, pattern, 0)  # FcMatchPattern
        fc.FcDefaultSubstitute(pattern)
        result = weasy_ffi.ffi.new("FcResult *")
        match = fc.FcFontMatch(config, pattern, result)
        if match == weasy_ffi.ffi.NULL:
            return False
        fc.FcPatternDestroy(match)
        return True
    finally:
        fc.FcPatternDestroy(pattern)
        fc.FcConfigDestroy(config)


def check_fonts() -> None:
    """Raise :class:`FontsMissing` unless some installed font covers Chinese.

    Any family fontconfig lists for ``:lang=zh`` will do: the stylesheet asks for Noto
    CJK first, and fontconfig falls back to whichever font covers a character.  Without
    fc-list, only "no font at all" can be detected (the case that crashes WeasyPrint).
    """
    families = cjk_fonts()
    if families == () or (families is None and not _any_font()):
        raise FontsMissing(
            "no installed font covers Chinese (fontconfig: fc-list :lang=zh lists none),"
            f" so the PDF cannot be laid out; install {CJK_FONT_PACKAGE}"
            f" (sudo apt-get install {CJK_FONT_PACKAGE}) or another CJK font,"
            " or build without PDF: --format html,json"
        )


def _load_library(names: tuple[str, ...]) -> ctypes.CDLL | None:
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


@cache
def fast_subsetting_available() -> bool:
    """True when WeasyPrint will subset fonts with HarfBuzz (about 1 s per PDF, not 15 s).

    This is WeasyPrint's own test (``weasyprint.pdf.fonts.Font.subset``): the
    harfbuzz-subset library can be loaded, and HarfBuzz is at least 4.1.
    """
    subset = _load_library(HARFBUZZ_SUBSET_NAMES)
    harfbuzz = _load_library(HARFBUZZ_NAMES)
    if subset is None or harfbuzz is None:
        return False
    return bool(harfbuzz.hb_version_atleast(*HARFBUZZ_SUBSET_MIN_VERSION))
