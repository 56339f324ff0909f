"""Findings that hold (issue 16): each finding checks its own support.

Three small articles modelled on real county pages (tests/fixtures/render/findings): 仪征市
sends 三百名 cadres (a Chinese numeral) and has 14.1万名 在职党员 report to their communities;
象山县 sends 120名 cadres and weighs a contest at 50%; 邓州市 sends 80名 young cadres who must
arrive 两天内.  Party members are no deployment, a weight is no result, and "largest" or
"only" needs the support it claims.
"""

from __future__ import annotations

import dataclasses as dc
from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.compare.model import Alignment, Detection
from reporter.pipeline import build_brief
from reporter.render.view import build_view
from reporter.settings import Settings

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render" / "findings"


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief(Settings(inputs=(FIXTURES,), jobs=1))


def _headlines(brief: Brief, lang: str = "zh") -> list[str]:
    return [f.headline + " " + f.detail for f in build_view(brief, lang, "print").findings]


def test_largest_deployment_compares_deployed_cadres_only(brief: Brief) -> None:
    text = "\n".join(_headlines(brief))
    assert "投入规模最大：仪征市 三百名" in text  # a Chinese numeral, read
    assert "其次为象山县 120名" in text
    assert "14.1万" not in text  # 在职党员 are not deployed cadres


def test_a_weight_or_a_deadline_is_never_a_finding(brief: Brief) -> None:
    text = "\n".join(_headlines(brief) + _headlines(brief, "en"))
    assert "50%" not in text
    assert "两天" not in text
    assert "量化成效" not in text  # no before/after change at all: nothing to say


def test_only_is_said_only_when_no_other_article_hints_at_it(brief: Brief) -> None:
    al = brief.alignment
    for _, article_id in al.unique:
        assert article_id == "xiangshan"
    text = "\n".join(_headlines(brief))
    assert "只有象山县（xiangshan）报道了“比拼/擂台/排名”" in text
    # a weak cue of leaderboard in another article makes "only" unsure: it is not said
    hinted = tuple(
        dc.replace(
            a,
            detections=tuple(
                dc.replace(d, cues=("排名",), score=0.5) if d.mechanism_id == "leaderboard" else d
                for d in a.detections
            ),
        )
        if a.article_id == "dengzhou"
        else a
        for a in al.analyses
    )
    unsure = dc.replace(brief, alignment=dc.replace(al, analyses=hinted))
    assert not any("比拼/擂台/排名" in h and "只有" in h for h in _headlines(unsure))


def _one_article(brief: Brief, article_id: str) -> Brief:
    al: Alignment = brief.alignment
    keep = [i for i, d in enumerate(brief.documents) if d.id == article_id]
    return dc.replace(
        brief,
        documents=tuple(brief.documents[i] for i in keep),
        summaries=tuple(brief.summaries[i] for i in keep),
        alignment=dc.replace(
            al,
            analyses=tuple(a for a in al.analyses if a.article_id == article_id),
            comparisons=tuple(
                dc.replace(
                    c,
                    rows=tuple(r for r in c.rows if article_id in r.article_ids),
                )
                for c in al.comparisons
            ),
            shared=(),
            unique=(),
            similarity=(),
        ),
    )


def test_one_place_is_no_largest_and_one_article_no_broadest(brief: Brief) -> None:
    single = _one_article(brief, "xiangshan")
    text = "\n".join(_headlines(single))
    assert "最大" not in text
    assert "最全" not in text


def test_two_places_of_one_article_are_no_comparison(brief: Brief) -> None:
    """One report naming where its cadres went (a second locality) gives no "largest"."""
    single = _one_article(brief, "xiangshan")
    al = single.alignment
    (analysis,) = al.analyses
    deployed = next(f for f in analysis.facts if f.text == "120名")
    elsewhere = dc.replace(deployed, text="500名", value=500.0, locality="宁波市")
    more = dc.replace(analysis, facts=(*analysis.facts, elsewhere))
    two_places = dc.replace(single, alignment=dc.replace(al, analyses=(more,)))
    assert not any("最大" in h for h in _headlines(two_places))


def _corroborated(brief: Brief, mechanism_id: str) -> Brief:
    """``brief`` with each article's one evidence sentence of ``mechanism_id`` seconded by
    another sentence of the article (as a report that returns to the practice would)."""
    al = brief.alignment

    def second(d: Detection) -> Detection:
        if d.mechanism_id != mechanism_id or len(d.evidence) != 1:
            return d
        (ev,) = d.evidence
        return dc.replace(d, evidence=(ev, dc.replace(ev, sentence_index=ev.sentence_index + 1)))

    analyses = tuple(
        dc.replace(a, detections=tuple(second(d) for d in a.detections)) for a in al.analyses
    )
    return dc.replace(brief, alignment=dc.replace(al, analyses=analyses))


def test_a_likeness_is_never_a_finding_but_its_pair_stays_measured(brief: Brief) -> None:
    """邓州市 and 仪征市 share rotation and incentives, each told by a second sentence too:
    "most alike" would still rest on four detections, one misreading of any making it
    false, so no finding says it; the pair and its shared mechanisms stay in the
    alignment's similarity records (brief.json ``similarity``) as measured likeness."""
    seconded = _corroborated(brief, "incentive_care")
    assert not any("相近" in h or "alike" in h.lower() for h in _headlines(seconded))
    assert not any("alike" in h.lower() for h in _headlines(seconded, "en"))
    pairs = [set(p.shared_mechanisms) for p in seconded.alignment.similarity]
    assert any({"frontline_rotation", "incentive_care"} <= s for s in pairs)


def test_key_figures_put_what_was_done_first_and_skip_anniversaries() -> None:
    from reporter.compare.facts import sentence_facts
    from reporter.compare.model import Fact
    from reporter.render.view.cards import key_figures

    text = "在建党百年之际，全区共有行政村85个，县委选派三百名干部驻村，完成任务1200项。"
    facts = [
        Fact("a", 0, s.kind, w, s.value, s.unit, s.before, s.after, (), None, text,
             s.approximate, s.label, s.counts, s.counts_detail, s.role)
        for w, s in sentence_facts(text)
    ]  # fmt: skip
    assert [f.text for f in key_figures(facts, 2)] == ["三百名", "1200项"]
    assert "建党百年" not in [f.text for f in key_figures(facts, 10)]


def test_a_deployment_with_no_place_is_not_ranked_among_localities(tmp_path: Path) -> None:
    """A page that names no place (a national total in a speech, 25.5万名 驻村干部 across the
    country) is no locality's deployment: the ranking would show its file name as a place."""
    for source in sorted(FIXTURES.glob("*.txt")):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "national.txt").write_text(
        "驻村工作综述\n数据显示，2022年各级党委组织部门累计选派驻村干部25.5万名，"
        "覆盖12.8万个行政村，其中第一书记5.2万名。\n",
        encoding="utf-8",
    )
    with_national = build_brief(Settings(inputs=(tmp_path,), jobs=1))
    assert "national" in {d.id for d in with_national.documents}
    text = "\n".join(_headlines(with_national))
    assert "national" not in text and "25.5万" not in text
    assert "投入规模最大：仪征市 三百名" in text


def test_a_province_total_quoted_by_a_county_story_is_not_ranked(tmp_path: Path) -> None:
    """A county story that quotes its province's total ("全省3100多名驻村第一书记") reports
    the county's work: the total is credited to neither the county nor ranked as the
    province's deployment against the other places."""
    for source in sorted(FIXTURES.glob("*.txt")):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    (tmp_path / "xiapu.txt").write_text(
        "霞浦县驻村第一书记节后返岗\n春节假期刚过，全省3100多名驻村第一书记都已按时返岗，"
        "霞浦县委组织部选派的驻村第一书记也陆续回到驻点村开展工作。\n",
        encoding="utf-8",
    )
    text = "\n".join(_headlines(build_brief(Settings(inputs=(tmp_path,), jobs=1))))
    assert "3100" not in text
    assert "投入规模最大：仪征市 三百名" in text


# A fourth report, after a real city page (batch 43): its 6,000 cadres go out to villages
# in a sentence the rules tie to no sending, so the deployment ranking leaves them out.
FUZHOU = (
    "抚州市开展“连心”活动\n\n"
    "本报讯 如何破解干群沟通难的问题？抚州市组织2000多支“连心”小分队、6000多名干部进农村、"
    "进社区，联系基层群众，帮助化解矛盾。\n\n"
    "活动开展以来，共走访群众12万户，收集意见建议3000多条。\n"
)


def test_largest_is_not_said_when_a_larger_head_count_was_left_out(tmp_path: Path) -> None:
    for f in FIXTURES.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "fuzhou.txt").write_text(FUZHOU, encoding="utf-8")
    four = build_brief(Settings(inputs=(tmp_path,), jobs=1))
    larger = [f for a in four.alignment.analyses for f in a.facts if f.text == "6000多名"]
    assert larger and all(f.article_id == "fuzhou" for f in larger)
    # 6000 is more than 仪征市's 三百名: "largest" would be false if they were sent, and the
    # brief cannot tell, so it says nothing rather than a superlative it cannot back
    assert not any("投入规模最大" in h for h in _headlines(four))
    # the three reports alone still get it
    assert any("投入规模最大：仪征市 三百名" in h for h in _headlines(brief_of(FIXTURES)))


def brief_of(folder: Path) -> Brief:
    return build_brief(Settings(inputs=(folder,), jobs=1))


def test_each_finding_states_its_claim_in_ids(brief: Brief) -> None:
    findings = build_view(brief, "zh", "print").findings
    claims = [f.claim for f in findings if f.claim is not None]
    assert len(claims) == len(findings)  # every finding says what it asserts
    (largest,) = [c for c in claims if c.kind == "largest"]
    assert largest.article_ids == ("yizheng",)
    assert [f.text for f in largest.facts] == ["三百名", "120名"]  # claimed, then runner-up
    uniques = {(c.article_ids, c.mechanism_ids) for c in claims if c.kind == "unique"}
    assert (("xiangshan",), ("leaderboard",)) in uniques
