"""Stage 2: cleaning.  PLACEHOLDER: replaced by the issue-3 work."""

from __future__ import annotations

from reporter.models import Article, CleanArticle, CleaningReport, Metadata


def clean_article(article: Article) -> CleanArticle:
    import opencc

    converter = opencc.OpenCC("t2s")
    lines = [ln.strip() for ln in article.text.split("\n") if ln.strip()]
    text = converter.convert("\n".join(lines))
    meta = Metadata(
        title=lines[0][:40] if lines else article.id,
        title_derived=False,
        outlet=None,
        published=None,
        reposted=None,
        reporters=(),
        localities=(),
        primary_locality=None,
    )
    report = CleaningReport("simplified", (), (), len(article.text), len(text))
    return CleanArticle(article.id, article.source_path, text, text, meta, report)
