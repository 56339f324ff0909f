"""Text that content farms put into copied articles (issue 16, round 10): a synonym
spinner's substitutes, a gambling site's brand in place of a name, a template site's
lead-in, a novel site's shelf of titles.  Every line is written for the test in the
genre's style (names and numbers invented)."""

from __future__ import annotations

import pytest

from reporter.clean import clean_text
from reporter.clean.spun import is_spun, restore_spun_words


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a spun page: the spinner's substitutes go back to the words of the article
        (
            "客岁以来，某县团委开荒青大除夜校12家，遮蔽全县9个州里，服务后生东谈主3000东谈主次。",
            "去年以来，某县团委建设青年夜校12家，覆盖全县9个乡镇，服务青年人3000人次。",
        ),
        (
            "县委副文告在责任鼓舞会上先容，咱们莫得条目各村一律照搬。",
            "县委副书记在工作推进会上介绍，我们没有要求各村一律照搬。",
        ),
        # a real word holding a substitute stays as written
        (
            "东谈主不雅观的步履被巨匠制止，客岁起不再出现。",
            "人不雅观的活动被大家制止，去年起不再出现。",
        ),
    ],
)
def test_a_spun_page_gets_its_words_back(text_in: str, expected: str) -> None:
    assert is_spun(text_in)
    assert restore_spun_words(text_in) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the real words the spinner uses as substitutes, in a page written by people
        "全县干部要扛起责任，鼓舞士气，咱们一起干。",
        "这是一次艰苦卓绝的步履，但愿大家平安。",
        # one rare literary word is not a spinner
        "客岁冬天，老书记带领群众修通了山路。",
    ],
)
def test_real_text_is_not_spun(text: str) -> None:
    assert not is_spun(text)
    assert restore_spun_words(text) == text


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a gambling brand where the copied article named a university
        (
            "培训班由某某大学ABCDEF某某唯一官网承办，为期5天。",
            "培训班由某某大学承办，为期5天。",
        ),
        # an e-sports brand with its app glued after a figure
        (
            "全年投资120亿元某某电竞官网app下载，其中新建项目8个。",
            "全年投资120亿元，其中新建项目8个。",
        ),
        # a site named as the place where a list was published is the article's own
        ("名单已在市委组织部官网公示。", "名单已在市委组织部官网公示。"),
        ("考生可登录NBA官网查询。", "考生可登录NBA官网查询。"),
    ],
)
def test_an_injected_brand_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        # a template site's lead-in before the document it copied
        (
            "村级组织管理办法5篇\n下面是某某网小编整理的村级组织管理办法5篇，以供参考。\n一、例会制度",
            "村级组织管理办法5篇\n一、例会制度",
        ),
        (
            "某镇选派12名干部驻村。以上就是小编为大家收集的内容，希望对大家有所帮助！",
            "某镇选派12名干部驻村。",
        ),
        # a novel site's shelf of other books, and its page tools
        (
            "会员书架\n最新都市言情小说：某某传奇，我在县城当首富重生之官路\n第一章\n那年夏天，他到县里报到。",
            "第一章\n那年夏天，他到县里报到。",
        ),
        # an exam-prep site's credit and pointer to itself after the copied essay's title
        (
            "2021年某省公务员考试申论范文：让年轻干部在一线淬炼成长由某某公务员考试网申论栏目提供，"
            "更多关于某省申论备考的内容，请关注某某公务员考试网/某省公务员考试网!\n"
            "年轻干部是党和国家事业发展的生力军。",
            "2021年某省公务员考试申论范文：让年轻干部在一线淬炼成长\n"
            "年轻干部是党和国家事业发展的生力军。",
        ),
        (
            "某区选派80名干部驻企服务。更多精彩内容，欢迎访问某某区新闻网。",
            "某区选派80名干部驻企服务。",
        ),
        # a portal's disclaimer over its comment box, and over a repost
        (
            "某县选派50名干部驻村。\n网友评论仅供网友表达个人看法，并不表明某某网同意其观点或证实其描述。",
            "某县选派50名干部驻村。",
        ),
        (
            "某县选派50名干部驻村。\n本文仅代表作者个人观点，不代表本网立场。",
            "某县选派50名干部驻村。",
        ),
        (
            "某县选派50名干部驻村。\n会上，他表示不同意其观点，并提出了三条意见。",
            "某县选派50名干部驻村。\n会上，他表示不同意其观点，并提出了三条意见。",
        ),
        # ... while a notice pointing to where to apply, and a sentence about 更多 cadres, stay
        (
            "报名时间为5月1日至10日，请关注区人社局官网通知。",
            "报名时间为5月1日至10日，请关注区人社局官网通知。",
        ),
        (
            "今年将选派更多年轻干部到一线，欢迎各单位推荐。",
            "今年将选派更多年轻干部到一线，欢迎各单位推荐。",
        ),
    ],
)
def test_site_furniture_around_copied_text_is_cut(text_in: str, expected: str) -> None:
    assert clean_text(text_in) == expected
