"""Summary noise of batches 11-14 at first sight (issue 16): a photo credit before the
full stop, a site's terms of use, a novel site's plea to its reader, a digit drawn as a
box, a template's placeholders.  Each such sentence is never chosen; its near neighbours
in the genre's style are."""

from __future__ import annotations

import pytest

from reporter.summarize.textrank_plus import reject_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a caption whose credit is followed by the full stop
        ("在某某区某某村，家长陪着孩子在新建的广场上玩耍（6月13日摄）。", "caption"),
        ("某某镇干部在田间查看小麦长势（记者 王某 摄）。", "caption"),
        ("干部们在田间查看小麦长势（6月13日）。", None),
        # a site's terms of use
        ("凡注明来源为“某某在线”的所有作品，版权均属某某在线或相关权利人所有。", "boilerplate"),
        ("凡本网注明“来源：某某日报”的作品，均转载自其他媒体。", "boilerplate"),
        ("二、未经本网书面授权，不得以任何形式下载、转载或建立镜像。", "boilerplate"),
        ("本文来自【某某新闻】，仅代表作者观点。", "boilerplate"),
        ("某某党媒信息公共平台提供信息发布传播服务。", "boilerplate"),
        ("该县明确，凡是群众反映强烈的问题都要限期整改。", None),
        # a template's placeholders
        ("为进一步加强XXX干部队伍建设，结合XXX工作实际，建立谈心谈话制度。", "gap"),
        ("全县共有到村任职的干部XX名，平均年龄XX岁。", "gap"),
        ("展会上XXL号的工装很受欢迎，驻村干部帮村民联系了销路。", None),
        # ... one X, or lower-case ones, where a name or a number would be
        ("刚才，X同志对全年项目建设工作进行了全面点评，讲得很到位。", "gap"),
        ("累计完成投资X亿元，年均增长X%，培育了一批好项目。", "gap"),
        ("会上，xx区长对全区项目观摩情况作了点评。", "gap"),
        ("卫生院新添了X光机和B超机，驻村干部帮着联系了设备。", None),
        # a novel site's plea to its reader
        ("某某提示您：看后求收藏，接着再看更方便。", "boilerplate"),
        # a digit drawn as a box: the number is lost
        ("20口8年的某省官场，一场干部选任改革再次掀起。", "gap"),
        ("全市共选派1□0名干部到村任职。", "gap"),
        ("全村1200多户、一家3口人的占多数，驻村干部逐户走访。", None),
        # a "?" for a lost character right after an opening quote
        ("学院围绕建成“?∑”培训中心的目标，先后举办83期培训班。", "garbled"),
        ("“为什么要下沉？”不少干部起初有疑问。", None),
    ],
)
def test_page_furniture_is_never_a_summary_sentence(text: str, reason: str | None) -> None:
    assert reject_reason(text) == reason
