"""The brief of a large corpus: every list within its budget, what is cut counted and the
reader sent to the JSON, and no need for the sentences of articles without a card.

The corpus is the seeds replicated (``conftest.replicate``): 60 articles, 4 with a card,
the other 56 "slim" (no sentences, no text) as the pipeline holds a large corpus.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
import weasyprint

from reporter.brief import DETAIL_FILE, Brief
from reporter.render.env import templates_dir
from reporter.render.html import render_html, render_print_html
from reporter.render.pdf import PackageFetcher, render_pdf
from reporter.render.view import build_view
from reporter.render.view.cover import OVERVIEW_ROWS
from reporter.render.view.matrix import MATRIX_ARTICLE_ROWS_MAX, MATRIX_LOCALITY_ROWS
from reporter.render.view.mechanisms import MAX_IDS_PER_ROW, MAX_LOCALITIES_PER_MECHANISM
from reporter.render.view.practices import MAX_CITES_PER_PRACTICE
from reporter.render.view.quality import MAX_SKIPPED_SHOWN

MODES = ("print", "screen")


class _Links(HTMLParser):
    """Element ids, internal links, and the citations that link nowhere."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.unlinked: list[str] = []  # title of each citation without a target
        self._in_unlinked = False
        self.unlinked_labels: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        href = a.get("href") or ""
        if href.startswith("#"):
            self.hrefs.append(href[1:])
        if "cite-missing" in (a.get("class") or "").split():
            self.unlinked.append(a.get("title") or "")
            self._in_unlinked = True

    def handle_data(self, data: str) -> None:
        if self._in_unlinked:
            self.unlinked_labels.append(data)
            self._in_unlinked = False


def _links(html: str) -> _Links:
    p = _Links()
    p.feed(html)
    return p


def _cards(brief: Brief) -> tuple[str, ...]:
    assert brief.cards is not None
    return brief.cards


def test_the_fixture_is_a_large_corpus_of_slim_articles(large_brief: Brief) -> None:
    assert len(large_brief.documents) > MATRIX_ARTICLE_ROWS_MAX
    assert 0 < len(_cards(large_brief)) < len(large_brief.documents)
    assert len(large_brief.skipped) > MAX_SKIPPED_SHOWN["print"]
    slim = [d for d in large_brief.documents if d.id not in _cards(large_brief)]
    assert slim and all(not d.sentences and not d.article.text for d in slim)


@pytest.mark.parametrize("mode", MODES)
def test_title_block_lists_the_cards_and_tallies_the_corpus(large_brief: Brief, mode: str) -> None:
    glance = build_view(large_brief, "zh", mode).glance
    n = len(large_brief.documents)
    assert [r.article_id for r in glance.rows] == list(_cards(large_brief))
    assert glance.rows_more == n - len(_cards(large_brief))
    assert glance.overview is not None
    for tally, key in (
        (glance.overview.localities, "locality"),
        (glance.overview.outlets, "outlet"),
        (glance.overview.years, "year"),
    ):
        assert len(tally.rows) <= OVERVIEW_ROWS[key]
        # Every article is counted once: the rows plus "others".
        assert sum(r.count for r in tally.rows) + tally.others_count == n
    places = Counter(d.article.metadata.primary_locality for d in large_brief.documents)
    localities = glance.overview.localities
    assert localities.others == len(places) - len(localities.rows) > 0
    # The largest localities are listed, largest first.
    assert [r.count for r in localities.rows] == sorted(places.values(), reverse=True)[
        : len(localities.rows)
    ]
    years = [r.label for r in glance.overview.years.rows]
    assert years == sorted(years)


@pytest.mark.parametrize("mode", MODES)
def test_matrix_has_one_row_per_locality_counted_from_the_detections(
    large_brief: Brief, mode: str
) -> None:
    matrix = build_view(large_brief, "zh", mode).matrix
    assert matrix.by_locality and not matrix.rows
    assert len(matrix.locality_rows) == MATRIX_LOCALITY_ROWS[mode]
    place_of = {d.id: d.article.metadata.primary_locality for d in large_brief.documents}
    present: dict[str, Counter[str]] = {}
    articles: Counter[str] = Counter()
    for a in large_brief.alignment.analyses:
        place = place_of[a.article_id] or ""
        articles[place] += 1
        present.setdefault(place, Counter()).update(
            d.mechanism_id for d in a.detections if d.present
        )
    mech_ids = [m.id for m in matrix.mechanisms]
    for row in matrix.locality_rows:
        assert row.articles == articles[row.locality]
        assert row.counts == tuple(present[row.locality][m] for m in mech_ids)
    strength = [sum(r.counts) for r in matrix.locality_rows]
    assert strength == sorted(strength, reverse=True)
    hidden = set(articles) - {r.locality for r in matrix.locality_rows}
    assert matrix.localities_more == len(hidden)
    assert matrix.articles_more == sum(articles[p] for p in hidden)
    assert max(sum(present[p].values()) for p in hidden) <= min(strength)
    # The heat map writes each shown locality and each count.
    svg = str(matrix.svg)
    assert all(f">{r.locality}<" in svg for r in matrix.locality_rows)


@pytest.mark.parametrize("mode", MODES)
def test_comparison_keeps_the_localities_with_the_strongest_evidence(
    large_brief: Brief, mode: str
) -> None:
    view = build_view(large_brief, "zh", mode)
    limit = MAX_LOCALITIES_PER_MECHANISM[mode]
    comparisons = {c.mechanism_id: c for c in large_brief.alignment.comparisons}
    score = {
        (a.article_id, d.mechanism_id): d.score
        for a in large_brief.alignment.analyses
        for d in a.detections
    }
    cut = 0
    for section in view.mechanisms:
        all_rows = comparisons[section.mechanism.id].rows
        assert section.total == len(all_rows)
        assert len(section.rows) == min(limit, len(all_rows))
        assert section.more == len(all_rows) - len(section.rows)
        if not section.more:
            continue
        cut += 1

        def best(row_ids: tuple[str, ...], mech: str = section.mechanism.id) -> float:
            return max(score.get((a, mech), 0.0) for a in row_ids)

        shown = {r.locality for r in section.rows}
        shown_best = [best(r.article_ids) for r in all_rows if r.locality in shown]
        hidden_best = [best(r.article_ids) for r in all_rows if r.locality not in shown]
        assert min(shown_best) >= max(hidden_best)
        for r in section.rows:
            assert len(r.article_ids) <= MAX_IDS_PER_ROW
            assert r.ids_more == r.ids_total - len(r.article_ids)
    assert cut, "no mechanism of the large corpus was cut: the fixture is too small"
    assert any(r.ids_more for s in view.mechanisms for r in s.rows)


@pytest.mark.parametrize("mode", MODES)
def test_cards_appendix_and_lists_are_bounded(large_brief: Brief, mode: str) -> None:
    view = build_view(large_brief, "zh", mode)
    n = len(large_brief.documents)
    assert [c.id for c in view.articles] == list(_cards(large_brief))
    assert view.articles_more == n - len(_cards(large_brief))
    assert [q.article_id for q in view.quality] == list(_cards(large_brief))
    totals = view.quality_totals
    assert totals is not None and totals.articles == n
    assert totals.chars_in == sum(d.article.cleaning.chars_in for d in large_brief.documents)
    removed = Counter(r.kind for d in large_brief.documents for r in d.article.cleaning.removed)
    assert sum(r.count for r in totals.removed) == sum(removed.values())
    changes = sum(s.changes for d in large_brief.documents for s in d.article.cleaning.steps)
    assert sum(s.changes for s in totals.steps) == changes
    assert not view.step_overview  # no table with a column per article
    assert len(view.skipped) == min(len(large_brief.skipped), MAX_SKIPPED_SHOWN[mode])
    assert view.skipped_more == len(large_brief.skipped) - len(view.skipped)
    assert view.detail_file == DETAIL_FILE
    assert view.other, "the seeds' other practices are missing"
    for practice, source in zip(view.other, large_brief.alignment.other_practices, strict=False):
        assert len(practice.cites) <= MAX_CITES_PER_PRACTICE[mode]
        assert practice.cites_more == len(source.citations) - len(practice.cites)


def test_notes_tell_the_reader_how_much_more_and_where(large_brief: Brief) -> None:
    n = len(large_brief.documents)
    html = render_print_html(large_brief, "zh")
    text = re.sub(r"<[^>]+>", "", html)
    assert f"另有 {n - len(_cards(large_brief))} 篇报道未列出，全部见 brief.json。" in text
    assert f"另有 {n - len(_cards(large_brief))} 篇报道未附卡片，全部见 {DETAIL_FILE}。" in text
    assert re.search(r"另有 \d+ 个地区也有这一做法", text)
    assert re.search(r"另有 \d+ 个地区（\d+ 篇报道）未列入矩阵", text)
    assert re.search(r"等 \d+ 篇", text)
    skipped_more = len(large_brief.skipped) - MAX_SKIPPED_SHOWN["print"]
    assert f"另有 {skipped_more} 个未采用的输入未列出" in text
    en = re.sub(r"<[^>]+>", "", render_print_html(large_brief, "en"))
    assert (
        f"{n - len(_cards(large_brief))} more articles are not listed; all are in brief.json." in en
    )


@pytest.mark.parametrize("mode", MODES)
def test_citations_of_slim_articles_show_their_text_and_link_nowhere(
    large_brief: Brief, mode: str
) -> None:
    html = (
        render_html(large_brief, "zh") if mode == "screen" else render_print_html(large_brief, "zh")
    )
    links = _links(html)
    missing = sorted(set(links.hrefs) - links.ids)
    assert not missing, missing[:5]  # every link lands, though most articles have no card
    cards = set(_cards(large_brief))
    assert links.unlinked, "no citation of an article without a card"
    for label in links.unlinked_labels:
        article_id = label.strip("[]").split("·")[0]
        assert article_id not in cards, label
    # The citation carries the evidence's sentence, from the analysis, not the document.
    evidence = {
        e.text
        for a in large_brief.alignment.analyses
        for d in a.detections
        for e in d.evidence
        if a.article_id not in cards
    }
    assert any(title in evidence for title in links.unlinked)
    # Cards hold the sentences of the cited card articles only.
    anchors = {i for i in links.ids if re.fullmatch(r"a-[\w-]+-s-\d+", i)}
    assert anchors and all(any(f"a-{c}-s-" in i for c in cards) for i in anchors)


def test_small_corpus_keeps_the_per_article_layout(seed_brief: Brief) -> None:
    view = build_view(seed_brief, "zh", "print")
    assert not view.matrix.by_locality
    assert len(view.matrix.rows) == len(seed_brief.documents)
    assert view.glance.overview is None and view.glance.rows_more == 0
    assert view.quality_totals is None and view.articles_more == 0
    assert all(s.more == 0 and s.total == len(s.rows) for s in view.mechanisms)
    assert not view.long_ids


def _pdf_text(brief: Brief, path: Path) -> tuple[int, str]:
    path.write_bytes(render_pdf(render_print_html(brief, "zh")))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    found = re.search(r"Pages:\s+(\d+)", info.stdout)
    assert found
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return int(found[1]), text


@pytest.mark.slow
def test_pdf_does_not_grow_with_the_corpus_and_never_breaks_an_id(
    large_brief: Brief, replicated_seeds: Callable[[int, int], Brief], tmp_path: Path
) -> None:
    pages, text = _pdf_text(large_brief, tmp_path / "large.pdf")
    copies = 2 * len(large_brief.documents) // 5  # the seeds are five articles
    twice = replicated_seeds(copies, len(_cards(large_brief)))
    # Laid out only (no PDF written): the page count is what is compared.
    laid_out = weasyprint.HTML(
        string=render_print_html(twice, "zh"),
        base_url=templates_dir().as_uri() + "/",
        url_fetcher=PackageFetcher(),
    ).render()
    # Twice the articles, the same cards: the same brief but for the counts.
    assert len(laid_out.pages) <= pages + 1
    executive = text.split("\f")[text.count("\f", 0, text.index("主要发现"))]
    assert "各地投入干部人数" in executive  # findings, matrix and chart on one page
    for article_id in _cards(large_brief):
        # The corpus table, the card and the appendix each print the id whole.
        assert text.count(article_id) >= 3, article_id
