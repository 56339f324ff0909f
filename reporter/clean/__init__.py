"""Stage 2: cleaning.  An :class:`~reporter.models.Article` in, a
:class:`~reporter.models.CleanArticle` out: simplified text without noise, the same
paragraphs as published, metadata, and a report of everything that was changed.

The text goes through :data:`STEPS`, small ``str -> str`` functions composed in
order (textacy's preprocessing style) on the text in the script it was published
in; each reports its changes and removals through :mod:`reporter.clean.record`.
The steps are repeated until the text stops changing (at most ``MAX_PASSES``
times), so cleaning a cleaned text changes nothing.  Conversion to simplified
Chinese comes last and maps each paragraph to one of the same length, so
``CleanArticle.original_text`` keeps the published script paragraph for paragraph.
"""

from __future__ import annotations

from reporter.clean.brands import drop_glued_brands
from reporter.clean.headline import settle_title, title_of
from reporter.clean.metadata import extract_metadata
from reporter.clean.normalize import (
    han_share,
    has_han,
    normalize_fullwidth_alphanumerics,
    normalize_punctuation,
    normalize_whitespace,
)
from reporter.clean.plausibility import drop_implausible_spans, remove_foreign_blocks
from reporter.clean.record import Recorder, Step, merge, run_step
from reporter.clean.repeats import collapse_doubled_leads, drop_duplicate_paragraphs
from reporter.clean.script import (
    convert_to_simplified,
    count_script,
    script_of,
    to_simplified,
)
from reporter.clean.shuffle import drop_headline_shuffle
from reporter.clean.spun import drop_injected_places, restore_spun_words
from reporter.clean.steps import (
    remove_boilerplate_lines,
    remove_boilerplate_spans,
    remove_seo_phrases,
    remove_spam_lines,
    repair_mojibake,
    strip_html_remnants,
    strip_pinyin_annotations,
    strip_title_site_suffix,
)
from reporter.clean.unwrap import join_hard_wrapped_lines
from reporter.clean.variants import normalize_variants
from reporter.ingest.provenance import apply_given
from reporter.models import Article, CleanArticle, CleaningReport, InputRejected, Removal

__all__ = ["STEPS", "clean_article", "clean_text", "convert_to_simplified"]

# Order matters: hard-wrapped paragraphs are joined first (the wrap was made on the text
# as published, whose line lengths every repair changes, and every later step judges whole
# lines), then mojibake (its garbled runs hold pinyin, tag fragments and full-width
# letters that are really shifted GBK bytes), tags, full-width digits and letters,
# paragraphs in another language printed with the article (a translation, an abstract:
# whole lines, judged once full-width letters are plain), annotations, variant characters
# (so the dictionary knows them), a spinner's substitutes (so the later steps read the
# words the article was written in), then whole lines (judged on their repaired text), the
# title suffix once the first line is the title, spans, runs that form no Chinese words
# (what the mojibake repair left and anti-scraping junk: judged once boilerplate is gone),
# pieces of the headline injected at clause starts (once the first line is the headline),
# spam, product words and betting brands injected into sentences, place names injected
# into a chain of places, repeats (whole paragraphs, then a doubled lead-in), and the two
# normalisations last so the other steps see the text as published.
STEPS: tuple[Step, ...] = (
    join_hard_wrapped_lines,
    repair_mojibake,
    strip_html_remnants,
    normalize_fullwidth_alphanumerics,
    remove_foreign_blocks,
    strip_pinyin_annotations,
    normalize_variants,
    restore_spun_words,
    remove_boilerplate_lines,
    strip_title_site_suffix,
    remove_boilerplate_spans,
    drop_implausible_spans,
    drop_headline_shuffle,
    remove_spam_lines,
    remove_seo_phrases,
    drop_glued_brands,
    drop_injected_places,
    drop_duplicate_paragraphs,
    collapse_doubled_leads,
    normalize_punctuation,
    normalize_whitespace,
)
# Below this share of Chinese characters among all letters (Han + Latin) a text is
# a foreign-language page quoting a few Chinese names, not an article to brief.
MIN_HAN_SHARE = 0.2
# Passes over STEPS until the text is stable.  One pass almost always suffices; a
# second confirms it.  A removed line can expose another (a footer under a spam
# line), which a third pass catches.
MAX_PASSES = 3


def _run_steps(text: str) -> tuple[str, dict[str, list[Recorder]]]:
    recorders: dict[str, list[Recorder]] = {s.__name__: [] for s in STEPS}
    for _ in range(MAX_PASSES):
        before = text
        for step in STEPS:
            text, rec = run_step(step, text)
            recorders[step.__name__].append(rec)
        if text == before:
            break
    return text, recorders


def clean_text(text: str) -> str:
    """The cleaned simplified text of ``text`` alone (no metadata, no report)."""
    cleaned, _ = _run_steps(text)
    return to_simplified(cleaned) if count_script(cleaned).traditional else cleaned


def clean_article(article: Article) -> CleanArticle:
    """Clean one article; raises InputRejected when no Chinese text is left."""
    original, recorders = _run_steps(article.text)
    counts = count_script(original)
    reports = [merge(step, recorders[step.__name__]) for step in STEPS]
    text = original
    if counts.traditional:
        text, rec = run_step(convert_to_simplified, original)
        reports.append(merge(convert_to_simplified, [rec]))
    removed: list[Removal] = [
        r for step in STEPS for rec in recorders[step.__name__] for r in rec.removals
    ]
    if not has_han(text):
        raise InputRejected(
            article.source_path,
            f"no Chinese text left after cleaning ({len(removed)} line(s) or span(s) removed)",
        )
    share = han_share(text)
    if share < MIN_HAN_SHARE:
        raise InputRejected(
            article.source_path,
            f"not a Chinese article: only {share:.0%} of its letters are Chinese characters",
        )
    # The headline is chosen once the text is clean; the page furniture above it goes.
    text, original, above, title = settle_title(text, original, title_of(text, removed, article))
    removed.extend(above)
    removed.extend(article.ingest_removed)
    return CleanArticle(
        id=article.id,
        source_path=article.source_path,
        text=text,
        original_text=original,
        metadata=apply_given(extract_metadata(text, removed, article, title), article),
        cleaning=CleaningReport(
            script=script_of(counts),
            steps=tuple(reports),
            removed=tuple(removed),
            chars_in=len(article.text),
            chars_out=len(text),
        ),
    )
