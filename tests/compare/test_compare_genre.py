"""The genre gate: fiction, explainers, exam guides and pages naming no official are not
news of cadre work; every real news page of the project's fixtures is."""

from __future__ import annotations

from pathlib import Path

import pytest

from reporter import article, pipeline
from reporter.compare import analyze, genre
from reporter.compare.genre import GenreError, parse_rules
from reporter.compare.prefilter import haystack
from reporter.compare.taxonomy import Taxonomy
from tests.compare.conftest import MakeDocument

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GENRE = FIXTURES / "compare" / "genre"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REAL_NEWS = sorted(
    [
        *EXAMPLES.glob("*.txt"),
        *(FIXTURES / "compare" / "heldout").glob("*.txt"),
        *(FIXTURES / "clean" / "unseen").glob("*.txt"),
    ]
)


def _doc(path: Path):  # type: ignore[no-untyped-def]
    return article.load_document(path, path.stem)


@pytest.mark.parametrize(
    ("name", "kind", "marker"),
    [
        ("novel_county.txt", "fiction", "叙述动作"),
        ("explainer_xiachen.txt", "explainer", "释义"),
        ("exam_xuandiaosheng.txt", "explainer", "考试"),
        ("company_hq.txt", "no_actor", None),
        # no chapter heading: the narration (神色凝重, 顿了顿, 吩咐) and lone dialogue lines
        ("novel_no_chapter.txt", "fiction", "神态描写"),
        # an award scene: the awards are a plot, the chapter heading has a space in it
        ("novel_award_scene.txt", "fiction", "章节"),
        # a chapter of dialogue set out line by line, "X表态:" then the words
        ("novel_dialogue_lines.txt", "fiction", "独立对白行"),
        # a model speech sold with placeholders: rhetoric, no place acted
        ("speech_template.txt", "speech_template", "范文网站"),
        # a journal paper names mechanisms as concepts
        ("academic_paper.txt", "academic", "期刊著录"),
        # a comparison of exams with a Baidu-Zhidao style 扩展资料
        ("exam_compare.txt", "explainer", "考试"),
        # a company's awards and its own command post; the second names a 党支部书记
        ("company_awards.txt", "company", "企业职务/部门"),
        ("company_road_hq.txt", "company", "企业主体"),
        # batch5 shapes: a Q&A answer opening each paragraph with a definition (是指), an
        # explainer announcing itself (引言, 本文将……详细解读), a party lecture's own words
        ("explainer_definition.txt", "explainer", "定义句"),
        ("explainer_intro.txt", "explainer", "导读"),
        ("lecture_party_class.txt", "speech_template", "党课自述"),
    ],
)
def test_pages_that_are_not_news_are_judged_so(name: str, kind: str, marker: str | None) -> None:
    verdict = genre.judge(_doc(GENRE / name))
    assert verdict.genre == kind
    assert verdict.reason is not None
    if marker:
        assert marker in verdict.markers
        assert marker in verdict.reason


@pytest.mark.parametrize("path", REAL_NEWS, ids=lambda p: p.name)
def test_real_news_pages_are_news(path: Path) -> None:
    verdict = genre.judge(_doc(path))
    assert verdict.reason is None, verdict


@pytest.mark.parametrize("path", [*sorted(GENRE.glob("*.txt")), *REAL_NEWS], ids=lambda p: p.name)
def test_scores_are_those_of_every_marker_run(path: Path) -> None:
    # the gate skips markers that cannot match and kinds out of reach: every kind
    # scored with every marker gives the same scores and markers where they count
    doc = _doc(path)
    r = genre.rules()
    meta = doc.article.metadata
    text = f"{meta.title}\n{doc.article.text}\n"
    evidence = genre.METADATA_NEWS_WEIGHT * sum(
        1 for known in (meta.published, meta.outlet, meta.reporters) if known
    )
    possible = r.prefilter.possible(haystack(text))
    for kind in r.genres:
        full = genre._score(kind, text, evidence, len(meta.localities))
        assert genre._score(kind, text, evidence, len(meta.localities), possible) == full
        fast = genre._score(kind, text, evidence, len(meta.localities), possible, kind.threshold)
        assert (fast is None and full is not None and full[0] < kind.threshold) or fast == full


def test_a_novel_is_skipped_with_its_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    from reporter.settings import Settings

    (tmp_path / "novel.txt").write_bytes((GENRE / "novel_county.txt").read_bytes())
    seed = sorted(EXAMPLES.glob("*.txt"))[0]
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    brief = pipeline.build_brief(Settings(inputs=(tmp_path,), jobs=1, formats=("json",)))
    assert [Path(s.source_path).name for s in brief.skipped] == ["novel.txt"]
    assert brief.skipped[0].reason.startswith("not a news report: fiction about officialdom")
    assert [d.id for d in brief.documents] == [seed.stem]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("县委书记出席了中铁十局项目建设指挥部的揭牌仪式，并看望了一线工人。", False),
        ("集团公司成立了新厂区建设指挥部，下设8个部门。", False),
        ("县委抽调15名干部组建高铁站片区建设指挥部，实行集中办公。", True),
    ],
)
def test_a_company_command_post_is_no_task_force(
    make_document: MakeDocument, taxonomy: Taxonomy, text: str, present: bool
) -> None:
    detections = analyze(make_document(text), taxonomy).detections
    assert next(d for d in detections if d.mechanism_id == "task_force").present is present


@pytest.mark.parametrize(
    ("text", "mechanism"),
    [
        # a contractor honoured by its client: corporate awards, not cadre incentives
        (
            "会上公布了竞赛表彰名单，中铁某局荣获先进单位称号，项目部获评优秀施工项目部。",
            "incentive_care",
        ),
        ("项目多次获得业主单位来信表扬，在各类评选中屡获佳绩。", "incentive_care"),
        # an exam guide's definition of 选调生: nobody is sent anywhere
        ("选调生是省委组织部有计划地从高校选调优秀毕业生到基层工作的群体。", "frontline_rotation"),
    ],
)
def test_a_veto_negative_leaves_the_sentence_nothing(
    make_document: MakeDocument, taxonomy: Taxonomy, text: str, mechanism: str
) -> None:
    detection = next(
        d for d in analyze(make_document(text), taxonomy).detections if d.mechanism_id == mechanism
    )
    assert detection.score == 0.0
    assert detection.negative_cues


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        ('[[genre]]\nid="x"\nreason="r"\nthreshold=0\n[actors]\npattern="干部"\n', "threshold"),
        (
            '[[genre]]\nid="x"\nreason="r"\nthreshold=1\n[[genre.marker]]\nlabel="l"\n'
            'pattern="("\nweight=1\n[actors]\npattern="干部"\n',
            "bad pattern",
        ),
        ('[actors]\npattern=""\n', "non-empty"),
        (
            '[[genre]]\nid="x"\nreason="r"\nthreshold=1\nnews_metadata="no"\n'
            '[actors]\npattern="干部"\n',
            "news_metadata",
        ),
    ],
)
def test_a_malformed_genre_file_is_refused_with_the_problem(toml: str, problem: str) -> None:
    with pytest.raises(GenreError, match=problem):
        parse_rules(toml)


def test_every_genre_skip_reason_has_a_chinese_label() -> None:
    from reporter.render.labels import labels

    zh = labels("zh")
    r = genre.rules()
    reasons = [f"not a news report: {g.reason} (章节、小说)" for g in r.genres] + [r.actors_reason]
    for reason in reasons:
        assert zh.skip_reason(reason) != zh["skip_reason_unknown"], reason


@pytest.mark.parametrize(
    "text",
    [
        # a headline alone: the words of cadre evaluation name officials
        "深圳市龙岗区：以实干论英雄，以实绩定进退",
        "某县选派30名年轻干部到乡镇挂职",
        # a government page naming its actors collectively, never 干部 or a 某某局
        "12个会战指挥部今日集结，自治区领导出席动员大会并为先进集体颁奖。",
        "年初，市四大班子包联领导对15个重大项目实行专班负责制，合力攻坚。",
        "根据市直单位提供的评定材料，督察组对本月红黑榜单位进行评定，结果如下。",
    ],
)
def test_a_short_page_about_cadre_work_is_news(make_document: MakeDocument, text: str) -> None:
    assert genre.judge(make_document(text)).reason is None


@pytest.mark.parametrize(
    "text",
    [
        # a contractor's own news: its client's leaders are no level's leaders
        "项目部在上级单位的领导下提前完成年度任务，得到交通厅领导的高度评价。",
        "物业公司召开小区领导碰头会，部署绿化养护工作。",
    ],
)
def test_a_page_naming_no_organ_stays_out(make_document: MakeDocument, text: str) -> None:
    assert genre.judge(make_document(text)).genre == "no_actor"


@pytest.mark.parametrize(
    ("page", "marker"),
    [
        # a novel site's page around a chapter: its own 作者/来源/更新时间 must not pass
        # for a news page's credits
        (
            "新任县长的第一个月\n\n分类: 都市小说\n作者:李某某\n主角:周明远,钱立群\n"
            "来源:某某书城\n更新时间:2025-03-02 08:10:11\n开始阅读\n\n精彩片段\n\n"
            "小说《新任县长的第一个月》，作者将周明远作为书中的主人公。"
            "周明远推开办公室的门，窗外的雨还没停。县委办主任跟在后面，说办公室已经收拾好了。"
            "他在桌前坐下，翻开了交接材料。",
            "小说网站",
        ),
        # dialogue tagged with 道, the way a novel writes it, in a county committee's office
        (
            "周书记放下茶杯，点头道：“那就先去党校看看培训准备得怎么样。”\n"
            "钱主任笑道：“书记放心，名单都排好了。”\n"
            "周书记又道：“基层干部底子薄，这也怪我们以前抓得松。”\n"
            "钱主任想了想，答道：“今年能调上来几个年轻人，情况就会好些。”",
            "某某道",
        ),
    ],
    ids=["novel-site", "dialogue-tags"],
)
def test_a_novel_page_is_fiction_whatever_its_credits(
    tmp_path: Path, page: str, marker: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    verdict = genre.judge(_doc(path))
    assert verdict.genre == "fiction"
    assert marker in verdict.markers


@pytest.mark.parametrize(
    "text",
    [
        # 报道：“ and a 街道 named before a quote are no dialogue tag
        "据某某日报报道：“全县选派120名干部下沉一线。”县委组织部表示，将建立纪实档案。",
        "某某街道：“党员干部带头包片，三天完成排查。”街道党工委书记介绍。",
    ],
)
def test_news_quoting_a_report_is_not_fiction(make_document: MakeDocument, text: str) -> None:
    assert genre.judge(make_document(text)).reason is None


def test_a_team_drawn_from_the_departments_is_cadre_work(make_document: MakeDocument) -> None:
    """A zone's service team whose members are drawn from its departments names no 干部 or
    organ, yet it is the government's own team (a page of batch 7 was skipped for this)."""
    doc = make_document(
        "高新区项目服务专班全力推进重点项目建设。专班成员从各部门抽调组成，"
        "驻扎工地板房办公，与企业同吃同住，协调解决建设中的问题。"
    )
    assert genre.judge(doc).reason is None
