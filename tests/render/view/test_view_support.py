"""Findings count only support that holds (issue 16): a superlative, an "only", a "most
alike" or an "every article" rests on detections with strong evidence, so that one false
detection cannot make a finding.

The general cause seen on real pages: a measures document's catalogue (围绕提拔重用、晋升
职级、评优表彰、培训指导……出台激励措施) fires several mechanisms from one sentence without
reporting any act; the article then looked the broadest of its batch.
"""

from __future__ import annotations

import dataclasses as dc
from pathlib import Path

import pytest

from reporter.brief import Brief
from reporter.compare.model import ArticleAnalysis, Detection, Evidence
from reporter.pipeline import build_brief
from reporter.render.view import build_view
from reporter.render.view.base import Builder
from reporter.render.view.support import done_to_officials, strong_mechanisms, surely_present
from reporter.settings import Settings

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render" / "findings"

# A city that sends cadres (one real act, told twice) and lists the incentives of its
# measures document in one sentence: promotion, awards, training and fault tolerance named,
# none reported done.
CATALOGUE = (
    "临汾市选派机关干部到村任职\n\n"
    "本报讯 临汾市委组织部今年选派320名机关干部到村担任第一书记，全脱产驻村两年。\n\n"
    "为让选派干部安心履职，临汾市围绕提拔重用、晋升职级、评优表彰、关爱保障、培训指导、"
    "容错纠错等方面出台二十条激励措施。\n"
)


def _corpus(tmp_path: Path, names: tuple[str, ...], extra: dict[str, str]) -> Brief:
    for name in names:
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    for name, text in extra.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return build_brief(Settings(inputs=(tmp_path,), jobs=1))


def _headlines(brief: Brief) -> list[str]:
    return [f.headline for f in build_view(brief, "zh", "print").findings]


def test_a_catalogue_sentence_makes_no_broadest_only_or_alike(tmp_path: Path) -> None:
    brief = _corpus(tmp_path, ("dengzhou.txt", "yizheng.txt"), {"linfen.txt": CATALOGUE})
    linfen = next(a for a in brief.alignment.analyses if a.article_id == "linfen")
    # the detector reads the catalogue as three mechanisms (the matrix shows them) ...
    assert sum(d.present for d in linfen.detections) >= 3
    text = "\n".join(_headlines(brief))
    # ... but no finding rests on that one sentence
    assert "机制最全" not in text
    assert "只有临汾市" not in text
    assert "临汾市与" not in text and "与临汾市" not in text
    assert "激励关爱" not in text  # "every article uses incentives": one is a list
    assert "投入规模最大：临汾市 320名" in text  # the real act still counts


def test_breadth_is_said_when_each_mechanism_stands_on_its_own(tmp_path: Path) -> None:
    """象山县 forms task forces, ranks them and sends cadres, each told in sentences of
    its own: three mechanisms against two elsewhere is a lead a false detection cannot
    make."""
    brief = _corpus(tmp_path, ("dengzhou.txt", "yizheng.txt", "xiangshan.txt"), {})
    assert "机制最全：象山县涉及 3/9 类机制" in _headlines(brief)


def test_only_is_not_said_of_an_article_without_a_place(tmp_path: Path) -> None:
    """ "只有b3_22_…报道了" names a file as a place: the finding is left out."""
    brief = _corpus(tmp_path, ("dengzhou.txt", "yizheng.txt", "xiangshan.txt"), {})
    assert any(h.startswith("只有象山县") for h in _headlines(brief))
    placeless = dc.replace(
        brief,
        documents=tuple(
            dc.replace(
                d,
                article=dc.replace(
                    d.article,
                    metadata=dc.replace(d.article.metadata, primary_locality=None, localities=()),
                ),
            )
            if d.id == "xiangshan"
            else d
            for d in brief.documents
        ),
    )
    assert not any(h.startswith("只有") for h in _headlines(placeless))


def _det(mechanism: str, *sentences: tuple[int, float]) -> Detection:
    evidence = tuple(Evidence(i, f"s{i}", ("cue",), score, None) for i, score in sentences)
    score = sum(s for _, s in sentences)
    return Detection(mechanism, True, score, evidence, ("cue",), (), threshold=2.0)


@pytest.mark.parametrize(
    ("detections", "expected"),
    [
        # one catalogue sentence is an act of three mechanisms: none of them is strong;
        # rotation, told in two sentences, is
        (
            (
                _det("frontline_rotation", (0, 3.0), (1, 2.0)),
                _det("merit_promotion", (2, 3.0)),
                _det("incentive_care", (2, 3.0)),
                _det("training", (2, 2.0)),
            ),
            {"frontline_rotation"},
        ),
        # one sentence, an act of this mechanism alone (a topical word of another one in it
        # is no second act: 驻村干部关爱基金)
        (
            (_det("incentive_care", (3, 3.0)), _det("frontline_rotation", (0, 2.5), (3, 1.0))),
            {"incentive_care", "frontline_rotation"},
        ),
        # promotion and sanction in one sentence, sanction told again later
        (
            (_det("merit_promotion", (8, 3.0)), _det("accountability", (8, 3.0), (12, 1.0))),
            {"accountability"},
        ),
    ],
)
def test_strong_mechanisms(
    seed_brief: Brief, detections: tuple[Detection, ...], expected: set[str]
) -> None:
    b = Builder(seed_brief, "zh", "print")
    assert strong_mechanisms(b, ArticleAnalysis("x", detections, ())) == expected


@pytest.mark.parametrize(
    ("sentences", "judged", "expected"),
    [
        # one sentence reaches the threshold alone: an act the rules read
        (((5, 2.0),), None, True),
        # passing mentions added up (榜 in the title, 评分 in a sentence): no act alone
        (((0, 1.5), (7, 1.0)), None, False),
        # the rules below the threshold, the act model near its line: unsure
        (((0, 1.0), (7, 0.5)), 0.64, False),
        # ... or far from it: sure
        (((9, 1.5),), 0.99, True),
    ],
)
def test_breadth_counts_only_sure_detections(
    sentences: tuple[tuple[int, float], ...], judged: float | None, expected: bool
) -> None:
    det = dc.replace(_det("leaderboard", *sentences), judged=judged)
    assert surely_present(ArticleAnalysis("x", (det,), ()), "leaderboard") is expected


def test_a_deployment_told_in_one_shared_line_is_not_ranked(tmp_path: Path) -> None:
    """A survey's one line ("三年内2万名干部进驻基层；表现突出的提拔重用") is both its only
    sign of sending and of promotion: too weak to top a ranking of deployments."""
    survey = (
        "各地干部工作做法综述\n\n"
        "近年来，各地探索了多种做法，成效各异。\n\n"
        "和田县：三年内2万名干部进驻基层；表现突出的优秀干部提拔重用。\n"
    )
    brief = _corpus(tmp_path, ("dengzhou.txt", "yizheng.txt"), {"survey.txt": survey})
    survey_analysis = next(a for a in brief.alignment.analyses if a.article_id == "survey")
    assert any(d.present for d in survey_analysis.detections)
    text = "\n".join(_headlines(brief))
    assert "2万名" not in text and "和田县" not in text
    assert "投入规模最大：仪征市 三百名" in text


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # citizens made service testers: one line names the department that recommended them
        (
            (
                "南湖区举行“政务服务体验官”聘任仪式，首批体验官到办事大厅体验办事流程。",
                "这批体验官共25人，由8个职能部门推荐，包括人大代表、个体户和企业职工。",
                "体验官们现场填写表单，对办事指引提出改进意见。",
            ),
            False,
        ),
        # residents on a course: no official in any line
        (("社区组织居民参加垃圾分类培训。", "培训结束后，居民们纷纷表示很有收获。"), False),
        # leaders at the window, told twice
        (
            (
                "县长、副县长轮流到政务大厅窗口坐班，体验群众办事流程。",
                "局长们当了一天窗口办事员，现场梳理出12项堵点。",
            ),
            True,
        ),
        # one sentence, one explicit act on officials
        (("区委组织部选派30名年轻干部到信访窗口跟班体验。",), True),
    ],
)
def test_only_rests_on_evidence_about_officials(sentences: tuple[str, ...], expected: bool) -> None:
    """ "只有X报道了岗位体验" is false when X's evidence is citizens testing the services
    (体验官): an "only" needs its evidence to be about officials."""
    evidence = tuple(Evidence(i, s, ("cue",), 2.0, None) for i, s in enumerate(sentences))
    det = Detection("role_experience", True, 2.0 * len(sentences), evidence, ("cue",), ())
    assert done_to_officials(ArticleAnalysis("x", (det,), ()), "role_experience") is expected
