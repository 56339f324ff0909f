"""Findings of a corpus where many articles tie: the finding says how many share it and
cites the one a reader would pick (strongest evidence), not the first of the list.

The large corpus is the seeds replicated (``conftest.replicate``): twelve copies of each
seed article, so every finding of the seeds is tied twelve ways (fewer where copies share
a locality).
"""

from __future__ import annotations

import dataclasses as dc
import re

from reporter.brief import Brief
from reporter.compare.model import ArticleAnalysis
from reporter.render.view import Finding, build_view


def _finding(brief: Brief, lang: str, marker: str) -> Finding:
    view = build_view(brief, lang, "print")
    found = [f for f in view.findings if marker in f.headline]
    assert len(found) == 1, [f.headline for f in view.findings]
    return found[0]


def _present(a: ArticleAnalysis) -> int:
    return sum(d.present for d in a.detections)


def test_seeds_keep_the_plain_breadth_finding(seed_brief: Brief) -> None:
    f = _finding(seed_brief, "zh", "机制最全")
    # 000 (崂山区) shows 7 of the 9 mechanisms, no other seed as many (read in the matrix).
    assert f.headline == "机制最全：崂山区涉及 7/9 类机制"
    assert f.detail.startswith("包括专班/指挥部、")
    assert {c.article_id for c in f.cites} == {"000_7ecb8a50a2b68392"}


def test_breadth_tie_counts_the_articles_and_their_places(large_brief: Brief) -> None:
    analyses = large_brief.alignment.analyses
    most = max(_present(a) for a in analyses)
    tied = [a.article_id for a in analyses if _present(a) == most]
    assert len(tied) == 12  # the twelve copies of 000
    f = _finding(large_brief, "zh", "机制最全")
    assert f.headline == f"机制最全：12 篇报道各涉及 {most}/9 类机制"
    # Copies 0, 3, 6 and 9 keep 崂山区, the other eight are places of their own: 9 places.
    # Equal evidence (copies): the first in input order, cited and named.
    assert f.detail == "分布于 9 个地区；证据最强的是崂山区（corpus_00_000）。"
    assert {c.article_id for c in f.cites} == {"corpus_00_000"}
    en = _finding(large_brief, "en", "Broadest toolkit")
    assert en.headline == f"Broadest toolkit: 12 articles show {most} of 9 mechanisms each"


def test_breadth_tie_is_broken_by_the_strongest_evidence(large_brief: Brief) -> None:
    """A later copy with stronger evidence in total is the one named and cited."""
    al = large_brief.alignment
    stronger = "corpus_07_000"
    analyses = tuple(
        dc.replace(
            a,
            detections=tuple(
                dc.replace(d, score=d.score + 1.0) if d.present else d for d in a.detections
            ),
        )
        if a.article_id == stronger
        else a
        for a in al.analyses
    )
    brief = dc.replace(large_brief, alignment=dc.replace(al, analyses=analyses))
    f = _finding(brief, "zh", "机制最全")
    assert "12 篇报道" in f.headline
    assert "（corpus_07_000）" in f.detail
    assert {c.article_id for c in f.cites} == {stronger}


def test_largest_deployment_tie_names_the_places_and_counts_them(large_brief: Brief) -> None:
    f = _finding(large_brief, "zh", "投入规模最大")
    # 莱西市 (4000多名, in 002) is kept by copies 0, 3, 6, 9 and renamed in the eight
    # others: nine places state the same largest count.
    assert f.headline == "投入规模最大：莱西市、莱西市1、莱西市10 等 9 个地区并列，均为 4000多名"
    # The runner-up is the next smaller count, not one of the tied places.
    assert "其次为崂山区 1628名" in f.detail
    assert [c.article_id for c in f.cites] == ["corpus_00_002"]
    en = _finding(large_brief, "en", "Largest deployment")
    assert en.headline.startswith("Largest deployment: 4000多名 in each of 莱西市, 莱西市1")
    assert en.headline.endswith("and 6 more")


def test_seeds_largest_deployment_is_one_place(seed_brief: Brief) -> None:
    f = _finding(seed_brief, "zh", "投入规模最大")
    assert f.headline == "投入规模最大：莱西市 4000多名"
    assert "并列" not in f.headline


def test_strongest_result_tie_counts_the_other_articles(large_brief: Brief) -> None:
    f = _finding(large_brief, "zh", "最显著的量化成效")
    assert f.headline == "最显著的量化成效：龙岗区 从派驻前的30%提升到派驻后的83%"
    # The comparison table lists the result once per place: 龙岗区 (copies 0, 3, 6, 9
    # merged into one row) and eight renamed places, so eight other articles.
    m = re.search(r"另有 (\d+) 篇报道幅度相同", f.detail)
    assert m is not None and int(m[1]) == 8
    assert [c.article_id for c in f.cites] == ["corpus_00_001"]


def test_seeds_single_result_is_stated_not_ranked(seed_brief: Brief) -> None:
    """Only 001 reports a before/after change (30% -> 83%): one figure is no "strongest",
    so the finding states it without a superlative (issue 16: findings that hold)."""
    f = _finding(seed_brief, "zh", "量化成效")
    assert f.headline == "量化成效：龙岗区 从派驻前的30%提升到派驻后的83%"
    assert "最" not in f.headline
    assert "不作比较" in f.detail


def test_findings_do_not_depend_on_the_order_ties_arrive_in(large_brief: Brief) -> None:
    """Reversing the similarity list changes nothing: ties are broken by meaning and
    input order, never by the position in a list another stage made."""
    al = large_brief.alignment
    flipped = dc.replace(
        large_brief, alignment=dc.replace(al, similarity=tuple(reversed(al.similarity)))
    )
    assert (
        build_view(flipped, "zh", "print").findings
        == build_view(large_brief, "zh", "print").findings
    )


def test_breadth_is_not_claimed_when_another_article_hints_at_as_many(
    seed_brief: Brief,
) -> None:
    """崂山区 shows 7 of 9; if 青岛市's article had weak cues of every mechanism it lacks,
    a missed detection could make it as broad: "broadest" is then unsure and not said."""
    al = seed_brief.alignment
    hinted = tuple(
        dc.replace(
            a,
            detections=tuple(
                d if d.present else dc.replace(d, cues=("hint",), score=0.1) for d in a.detections
            ),
        )
        if a.article_id.startswith("002")
        else a
        for a in al.analyses
    )
    brief = dc.replace(seed_brief, alignment=dc.replace(al, analyses=hinted))
    view = build_view(brief, "zh", "print")
    assert not any("机制最全" in f.headline for f in view.findings)


def test_breadth_names_only_the_mechanisms_it_is_sure_of(seed_brief: Brief) -> None:
    """A weak detection added to the broadest seed (the act model near its line on one
    sentence) neither raises the count nor is named: one weak detection among those named
    made this finding false at first sight (batch 53)."""
    analyses = seed_brief.alignment.analyses
    leader = next(a for a in analyses if a.article_id.startswith("000"))
    weak = next(d for d in leader.detections if d.mechanism_id == "role_experience")
    sentence = leader.detections[0].evidence[0]
    unsure = dc.replace(
        weak, present=True, score=1.0, judged=0.55, evidence=(dc.replace(sentence, score=1.0),)
    )
    changed = dc.replace(
        leader,
        detections=tuple(unsure if d is weak else d for d in leader.detections),
    )
    brief = dc.replace(
        seed_brief,
        alignment=dc.replace(
            seed_brief.alignment,
            analyses=tuple(changed if a is leader else a for a in analyses),
        ),
    )
    f = _finding(brief, "zh", "机制最全")
    assert f.headline == "机制最全：崂山区涉及 7/9 类机制"
    assert "岗位体验" not in f.detail
    assert f.claim is not None and "role_experience" not in f.claim.mechanism_ids
