"""Causes that batches 65-66 showed at first sight (round 19): a Chinese article printed
with its English translation (a paper database's page) was refused as not Chinese, and a
portal's rights notice run into the last paragraph reached the summary.  Every line is
written for the test in the genre's style (names and numbers invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter.clean import clean_article, clean_text
from reporter.clean.plausibility import remove_foreign_blocks
from reporter.clean.steps import remove_boilerplate_spans
from reporter.ingest import language_problem, read_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"
ARTICLE = (
    "近日，某某县从机关抽调120名年轻干部组成工作专班，下沉到重点项目一线开展征迁攻坚，"
    "县委组织部同步开展一线考察，把干部在攻坚中的表现记入实绩档案，作为选拔任用的重要依据。"
    "三个月来，专班完成签约1800余户，12名表现突出的干部得到提拔重用。"
)
TRANSLATION = (
    "Recently, the county drew 120 young officials from its departments into a special task "
    "force and sent them to the front line of key projects, where the organization department "
    "assessed their performance and recorded it in their files."
)


@pytest.mark.parametrize(
    "text",
    [
        f"{ARTICLE}\n{TRANSLATION}",  # the translation under the article
        f"{TRANSLATION}\n{ARTICLE}",  # ... or over it (a bilingual mirror)
        f"Abstract: {TRANSLATION} {TRANSLATION}\n{ARTICLE}",  # an English abstract
    ],
)
def test_a_chinese_article_with_a_foreign_block_passes_the_gate(text: str) -> None:
    assert language_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        TRANSLATION * 4,
        # an English page quoting Chinese names, or headed by a Chinese line
        "The county of Laoshan (崂山区) sent officials to the front line. " * 6,
        f"某某县干部下沉一线见闻\n{TRANSLATION}\n{TRANSLATION}",
    ],
)
def test_a_foreign_page_is_still_refused(text: str) -> None:
    problem = language_problem(text)
    assert problem is not None and "not Chinese text" in problem


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (f"{ARTICLE}\n{TRANSLATION}", ARTICLE),
        (f"{TRANSLATION}\n{ARTICLE}", ARTICLE),
        # English names, an acronym, a slogan or a copyright line inside a Chinese page stay
        (
            f"{ARTICLE}\nCopyright © 2022 All Rights Reserved",
            f"{ARTICLE}\nCopyright © 2022 All Rights Reserved",
        ),
        # a foreign page is left whole for the gate to refuse
        (TRANSLATION * 3, TRANSLATION * 3),
    ],
)
def test_foreign_blocks_are_dropped_beside_a_chinese_article(text_in: str, expected: str) -> None:
    assert remove_foreign_blocks(text_in) == expected


def test_the_translation_is_recorded_and_the_article_kept() -> None:
    path = FIXTURES / "bilingual_translation.txt"
    clean = clean_article(read_article(path, "bilingual"))
    assert "行政记过" in clean.text and "March" not in clean.text
    foreign = [r for r in clean.cleaning.removed if r.kind == "foreign"]
    assert len(foreign) == 1 and foreign[0].text.startswith("On March 5")


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        (
            "各级组织部门应把防汛一线作为考察识别干部的试金石 作者：某某 本网平台所刊载内容之"
            "知识产权为某某传媒集团股份有限公司及/或相关权利人专属所有或持有 。",
            "各级组织部门应把防汛一线作为考察识别干部的试金石 作者：某某",
        ),
        (
            "干部下沉一线。本站发布的内容版权归某某网所有。",
            "干部下沉一线。",
        ),
        # an article's sentence on an owner's rights stays
        (
            "某某公司投资20亿元，开发具有自主知识产权的抗体药物，项目专班由12名干部组成。",
            "某某公司投资20亿元，开发具有自主知识产权的抗体药物，项目专班由12名干部组成。",
        ),
    ],
)
def test_a_sites_rights_notice_is_cut_from_the_paragraph(text_in: str, expected: str) -> None:
    assert remove_boilerplate_spans(text_in) == expected


def test_a_rights_notice_never_reaches_the_cleaned_text() -> None:
    text = (
        "某某县组建防汛突击队\n近日，某某县抽调50名机关干部组建防汛突击队，奔赴堤防一线。"
        "本网平台所刊载内容之知识产权为某某传媒集团所有。"
    )
    assert "知识产权" not in clean_text(text)
