"""Summary noise batches 57-58 let through at first sight (round 17), by general cause:
Hangul syllables glued into Chinese words (Chinese bytes read through a Korean code page,
or a reading site's glyph swap), and a photo caption of an inspection standing as its own
paragraph (who, 实地查看 or 调研, what, in one clause without a date).  Sentences written
for the test in the genre's style (names and numbers invented); each rule has a news
neighbour that must stay in."""

from __future__ import annotations

import pytest

from reporter.summarize.textrank_plus import reject_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Hangul inside Han words
        ("组织上的考察也更为严格놌细致，谈话范围扩大到了部分乡镇놌科局。", "garbled"),
        ("消息传开后，大家都说小周녦能要被重뇾了。", "garbled"),
        ("县长说：“让놛去最前线锻炼！”", "garbled"),
        # Korean set apart from the Chinese (in brackets) stays, as does plain Chinese
        ("代表团访问了韩国首尔（서울）的地方政府。", None),
        ("组织上的考察也更为严格和细致，谈话范围扩大到了部分乡镇和科局。", None),
        # a caption of an inspection: one clause, no date, ends on 情况/现场/进展
        ("某市委组织部“河长制”专项考察组实地查看某街道河道整治情况。", "caption"),
        ("观摩团实地走访某园区项目建设现场。", "caption"),
        # the same visit reported as news: a date, a comma going on, or a plan
        ("3月5日，某市委组织部专项考察组实地查看某街道河道整治情况。", None),
        ("考察组实地查看了河道整治情况，并听取了街道的汇报。", None),
        ("考察组将实地查看各乡镇重点项目推进情况。", None),
    ],
)
def test_noise_of_batches_57_58_keeps_the_sentence_out_of_the_summary(
    text: str, reason: str | None
) -> None:
    assert reject_reason(text) == reason
