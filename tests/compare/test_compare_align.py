"""Alignment: comparison rows, shared/unique, similarity, other practices, determinism."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import compare
from reporter.compare.detect import match_sentence
from reporter.compare.model import Alignment, ArticleAnalysis
from reporter.compare.similarity import cosine
from reporter.compare.taxonomy import Taxonomy
from reporter.models import Document


def test_matrix_covers_every_article_and_mechanism(
    seed_alignment: Alignment, seed_docs: dict[str, Document]
) -> None:
    assert [a.article_id for a in seed_alignment.analyses] == sorted(seed_docs)
    ids = [m.id for m in seed_alignment.mechanisms]
    for analysis in seed_alignment.analyses:
        assert [d.mechanism_id for d in analysis.detections] == ids
    assert [c.mechanism_id for c in seed_alignment.comparisons] == ids


def test_shared_and_unique(seed_alignment: Alignment) -> None:
    present = {
        m.id: {a.article_id for a in seed_alignment.analyses if a.detection(m.id).present}
        for m in seed_alignment.mechanisms
    }
    n = len(seed_alignment.analyses)
    assert set(seed_alignment.shared) == {m for m, arts in present.items() if len(arts) == n}
    # every seed sends officials to the frontline
    assert "frontline_rotation" in seed_alignment.shared
    assert set(seed_alignment.unique) == {
        (m, next(iter(arts))) for m, arts in present.items() if len(arts) == 1
    }


def test_comparison_rows(seed_alignment: Alignment) -> None:
    rotation = next(c for c in seed_alignment.comparisons if c.mechanism_id == "frontline_rotation")
    localities = [r.locality for r in rotation.rows]
    assert localities == sorted(localities)
    facts = [f for r in rotation.rows for f in r.how_many]
    assert {"1628名", "90名", "129名", "137人次"} <= {f.text for f in facts}
    for row in rotation.rows:
        assert all(f.kind == "rank" for f in row.who)
        assert all(f.kind == "officials" for f in row.how_many)
        assert all(f.kind in {"duration", "frequency"} for f in row.how_long)
        for q in row.quotes:
            assert q.article_id in row.article_ids
    results = [f for r in rotation.rows for f in r.result]
    assert any(f.kind == "change" and (f.before, f.after) == (30, 83) for f in results)


def test_similarity_symmetric_and_bounded(
    seed_docs: dict[str, Document], seed_analyses: dict[str, ArticleAnalysis], taxonomy: Taxonomy
) -> None:
    ids = sorted(seed_docs)
    forward = compare.align(
        [seed_docs[i] for i in ids], [seed_analyses[i] for i in ids], [], taxonomy
    ).similarity
    backward = compare.align(
        [seed_docs[i] for i in reversed(ids)],
        [seed_analyses[i] for i in reversed(ids)],
        [],
        taxonomy,
    ).similarity
    assert len(forward) == len(ids) * (len(ids) - 1) // 2
    a = {frozenset((s.a, s.b)): (s.score, s.mechanism_overlap) for s in forward}
    b = {frozenset((s.a, s.b)): (s.score, s.mechanism_overlap) for s in backward}
    assert a == b
    for s in forward:
        assert 0.0 <= s.score <= 1.0 and 0.0 <= s.mechanism_overlap <= 1.0
        assert s.a != s.b
    # two reports on Qingdao share more mechanisms than the Longgang and Lüyuan ones
    assert (
        a[frozenset(("000_7ecb8a50a2b68392", "002_640841af2d42bf82"))][1]
        > a[frozenset(("001_fdf18b7b7cde6f83", "003_cddb78661fbf8839"))][1]
    )


words = st.dictionaries(st.sampled_from("甲乙丙丁戊己庚辛"), st.floats(0.01, 100), max_size=6)


@settings(max_examples=200)
@given(words, words)
def test_cosine_properties(a: dict[str, float], b: dict[str, float]) -> None:
    assert cosine(a, b) == cosine(b, a)
    assert 0.0 <= cosine(a, b) <= 1.0
    if a:
        assert abs(cosine(a, a) - 1.0) < 1e-9


def test_identical_articles_are_similar(
    make_document: Callable[..., Document], taxonomy: Taxonomy
) -> None:
    text = "区委组织部选派50名年轻干部到乡村振兴一线挂职锻炼。干部在一线经受考验。"
    docs = [
        make_document(text, "a"),
        make_document(text, "b"),
        make_document("今天天气晴朗，市民出游。", "c"),
    ]
    analyses = [compare.analyze(d, taxonomy) for d in docs]
    sims = {(s.a, s.b): s for s in compare.align(docs, analyses, [], taxonomy).similarity}
    assert sims[("a", "b")].score == 1.0
    assert sims[("a", "c")].score < 0.1
    assert sims[("a", "b")].shared_mechanisms == ("frontline_rotation",)


def test_other_practices_show_blind_spots(seed_alignment: Alignment, taxonomy: Taxonomy) -> None:
    labels = {p.label: p for p in seed_alignment.other_practices}
    assert "公职人员服务月" in labels
    assert "流动服务车" in labels
    assert labels["流动服务车"].article_ids == ("002_640841af2d42bf82",)
    for p in seed_alignment.other_practices:
        # a practice the taxonomy covers is not a blind spot
        assert not any(match_sentence(p.label, s, 1.0).score for s in taxonomy.specs), p.label
        assert p.citations and p.keywords
        for c in p.citations:
            assert c.article_id in p.article_ids


def test_other_practices_grouped_across_articles(
    make_document: Callable[..., Document], taxonomy: Taxonomy
) -> None:
    docs = [
        make_document("区里推行“三单制”，群众点单、部门接单。", "a"),
        make_document("街道全面推行“三单制”服务群众。", "b"),
        make_document("区委组织部成立项目攻坚专班。", "c"),
    ]
    analyses = [compare.analyze(d, taxonomy) for d in docs]
    practices = compare.align(docs, analyses, [], taxonomy).other_practices
    assert practices[0].label == "三单制"
    assert practices[0].article_ids == ("a", "b")
    assert all("专班" not in p.label for p in practices)


def test_deterministic(
    seed_docs: dict[str, Document], seed_alignment: Alignment, taxonomy: Taxonomy
) -> None:
    ids = sorted(seed_docs)
    docs = [seed_docs[i] for i in ids]
    model = compare.load_act_model()
    analyses = [compare.analyze(d, taxonomy, act_model=model) for d in docs]
    again = compare.align(docs, analyses, [], taxonomy)
    assert asdict(again) == asdict(seed_alignment)


def test_single_article_has_no_shared_or_unique(
    make_document: Callable[..., Document], taxonomy: Taxonomy
) -> None:
    doc = make_document("县委选派20名干部到村挂职。")
    alignment = compare.align([doc], [compare.analyze(doc, taxonomy)], [], taxonomy)
    assert alignment.shared == () and alignment.unique == () and alignment.similarity == ()


def test_large_batch_lists_nearest_neighbours(
    make_document: Callable[..., Document], taxonomy: Taxonomy
) -> None:
    from reporter.compare import similarity

    n = similarity.MAX_ALL_PAIRS_ARTICLES + 5
    topics = ["选派干部到乡村振兴一线挂职", "举办年轻干部培训班", "开展书记擂台赛打分排名"]
    docs = [make_document(f"第{i}篇：{topics[i % 3]}。编号{i}号。", f"d{i:03d}") for i in range(n)]
    analyses = [compare.analyze(d, taxonomy) for d in docs]
    sims = compare.align(docs, analyses, [], taxonomy).similarity
    assert len(sims) < n * (n - 1) // 2
    per_article = {d.id: 0 for d in docs}
    for s in sims:
        per_article[s.a] += 1
        per_article[s.b] += 1
        assert 0.0 <= s.score <= 1.0
    assert min(per_article.values()) >= similarity.MAX_NEIGHBOURS
    # the nearest neighbours of an article are articles on the same topic
    first = sorted((s for s in sims if "d000" in (s.a, s.b)), key=lambda s: -s.score)
    assert all(int((s.b if s.a == "d000" else s.a)[1:]) % 3 == 0 for s in first[:3])
