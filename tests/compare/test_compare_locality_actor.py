"""The primary locality on short pages shaped like batch 6-8 failures (issue 16): the
province behind a provincial paper's county examples, a province written 河南 or 河北, a
company named after its province. Each sentence written here in the genre's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import pipeline
from reporter.text.gazetteer import find_places


def _primary(tmp_path: Path, text: str) -> str | None:
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    docs, skipped = pipeline.load_documents((page,))
    assert not skipped, skipped
    return docs[0].article.metadata.primary_locality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the provinces' usual short forms are the provinces, not river banks
        ("近年来，河南纪检监察机关持续为干部澄清正名", ["河南省"]),
        ("河北选派千名干部驻村帮扶", ["河北省"]),
        # ... while a word crossing them keeps them words
        ("黄河南岸的村庄里，干部们正在巡堤", []),
        ("运河北岸新建了一座公园", []),
        # a registered company name opens with its province: the firm, not the province
        ("河北鑫达钢铁有限公司今日开工", []),
        ("湖南天岳能源股份有限公司签约", []),
        # a place phrase before the suffix is the place again
        ("河北省属国有企业", ["河北省"]),
    ],
)
def test_province_short_forms_and_company_names(text: str, expected: list[str]) -> None:
    assert [m.name for m in find_places(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial paper's report: two counties' examples, neither the subject
        (
            "为担当者撑腰\n近日，河南纪检监察机关召开澄清正名会，为受诬告干部澄清正名。"
            "省纪委监委细化澄清流程，做到应澄尽澄。\n"
            "西峡县纪委监委建立按月排查机制，西峡县做到澄清及时；"
            "固始县纪委监委建立闭环机制。\n省纪委监委负责人表示，将持续推进。",
            "河南省",
        ),
        # one county far ahead of the others is the subject
        (
            "西峡县为担当者撑腰\n近日，西峡县纪委监委召开澄清正名会。西峡县建立按月排查"
            "机制，西峡县各乡镇配合，固始县派员观摩。西峡县将持续推进。",
            "西峡县",
        ),
    ],
)
def test_county_examples_in_a_provincial_report(tmp_path: Path, text: str, expected: str) -> None:
    assert _primary(tmp_path, text) == expected
