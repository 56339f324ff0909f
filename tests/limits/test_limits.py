"""Issue 17: one input must not stop the batch.  Each test is named after a defect
reproduced on main; the inputs are small (the 5 MiB versions are in
bench/bench_limits.py)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from reporter import article, pipeline, split
from reporter.compare import localities
from reporter.compare.regex_risk import regex_risk
from reporter.compare.taxonomy import TaxonomyError, load_taxonomy
from reporter.models import CleanArticle, CleaningReport, Document, Metadata, Skipped
from reporter.scale import executor
from reporter.scale.budget import BudgetExceeded, time_budget
from reporter.scale.executor import ScaleOptions, map_articles
from reporter.settings import Settings
from reporter.split import limits
from reporter.split.limits import CAP_STEP, REMOVAL_KIND, SPLIT_STEP, apply_limits
from reporter.summarize.textrank_plus import fact_count

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "limits"


def _body(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8").splitlines()[1]


def _doc(text: str) -> Document:
    meta = Metadata("t", False, None, None, None, (), (), None)
    report = CleaningReport("simplified", (), (), len(text), len(text))
    return split.split_sentences(CleanArticle("a", "a.txt", text, text, meta, report))


# --------------------------------------------------------------------------- caps


def test_a_file_with_tens_of_thousands_of_sentences_is_capped_and_says_so() -> None:
    sentences = [f"{s}第{i}次。" for i, s in enumerate([_body("article.txt")[:20]] * 400)]
    doc = _doc("".join(sentences))
    assert len(doc.sentences) == 400
    capped = apply_limits(doc, max_sentences=100)
    assert len(capped.sentences) == 100
    assert [s.index for s in capped.sentences] == list(range(100))
    assert capped.sentences == doc.sentences[:100]
    step = capped.article.cleaning.steps[-1]
    assert (step.step, step.changes) == (CAP_STEP, 300)
    (removal,) = capped.article.cleaning.removed
    assert removal.kind == REMOVAL_KIND
    # what was left out starts where the 101st sentence did, and the text is all kept
    assert removal.text.startswith(doc.sentences[100].text)
    assert capped.article.text == doc.article.text


def test_a_sentence_without_punctuation_is_cut_into_pieces_and_says_so() -> None:
    body = _body("no_punctuation.txt") * 30  # no separator the splitter may cut at
    doc = _doc(body)
    assert len(doc.sentences) == 1  # the splitter never cuts mid-word
    cut = apply_limits(doc, max_chars=500)
    assert [len(s.text) for s in cut.sentences] == [500] * (len(body) // 500) + [len(body) % 500]
    assert "".join(s.text for s in cut.sentences) == body
    for i, s in enumerate(cut.sentences):
        assert s.index == i
        assert body[s.start : s.end] == s.text == s.original
    step = cut.article.cleaning.steps[-1]
    assert (step.step, step.changes) == (SPLIT_STEP, 1)
    assert not cut.article.cleaning.removed  # cut, nothing left out


def test_articles_within_the_limits_come_back_unchanged(
    seed_documents: dict[str, Document],
) -> None:
    for doc in seed_documents.values():
        assert apply_limits(doc) is doc


def test_limits_show_in_the_json_of_a_built_article(tmp_path: Path) -> None:
    path = tmp_path / "run_on.txt"
    path.write_text("崂山区干部下沉一线\n" + _body("no_punctuation.txt") * 20, "utf-8")
    doc = article.load_document(path, "run_on")
    assert max(len(s.text) for s in doc.sentences) <= limits.MAX_SENTENCE_CHARS
    assert SPLIT_STEP in [s.step for s in doc.article.cleaning.steps]


# --------------------------------------------------------------------------- linear patterns


def test_place_matching_on_a_sentence_without_punctuation_is_linear() -> None:
    # "m not in actors" on a list made this quadratic in the mentions of one sentence
    body = ("崂山区干部赴李沧区学习" * 3000)[: limits.MAX_SENTENCE_CHARS * 30]
    doc = _doc(body)  # one sentence: the splitter finds nowhere to cut
    places = localities.sentence_places(doc)  # bench/bench_limits.py times it
    (only,) = places
    assert only.named == "崂山区" and "李沧区" in only.destinations


def _nearest_by_search(doc: Document, named: list[str | None]) -> list[str | None]:
    """The old per-sentence search, for comparison."""
    out = []
    for i, s in enumerate(doc.sentences):
        loc = named[i]
        for b in range(i - 1, -1, -1):
            if loc is not None or doc.sentences[b].paragraph != s.paragraph:
                break
            loc = named[b]
        for f in range(i + 1, len(doc.sentences)):
            if loc is not None or doc.sentences[f].paragraph != s.paragraph:
                break
            loc = named[f]
        out.append(loc)
    return out


def test_a_paragraph_of_many_sentences_without_places_is_linear() -> None:
    doc = _doc("区委组织部干部下沉一线。" * 10 + "\n" + "干部下沉一线。" * 5)
    named: list[str | None] = [None] * len(doc.sentences)
    named[3], named[7], named[12] = "崂山区", "李沧区", "城阳区"
    before, after = localities._nearest_named(doc, named)
    got = [n or b or a for n, b, a in zip(named, before, after, strict=True)]
    assert got == _nearest_by_search(doc, named)


@pytest.mark.parametrize(
    ("text_in", "expected"),
    [
        ("全区共选派干部1628名下沉一线", 1),
        ("投入资金3.5亿元，建成12个专班", 2),
        ("完成率达到九成", 1),
        ("2023年5月12日召开会议", 0),  # a date is not a quantity
        ("编号" + "7" * 20_000 + "无单位", 0),
        ("编号" + "7" * 20_000 + "名", 1),
        ("三" * 20_000 + "无单位", 0),
        ("十" * 20_000 + "名", 0),  # no number has 20,000 numerals
        ("一三" * 10_000 + "无单位", 0),  # every 三 may start one: bounded rescans
        ("共选派干部一千二百三十四名", 1),
    ],
)
def test_a_run_of_digits_is_scanned_once_by_the_fact_pattern(text_in: str, expected: int) -> None:
    t0 = time.perf_counter()
    assert fact_count(text_in) == expected
    assert time.perf_counter() - t0 < 1.0  # 48 s for 20,000 digits when it rescanned


# The fact patterns as they were before their runs got a start (for the comparison).
_RESCANNING = (
    r"(\d+(\.\d+)?|[两三四五六七八九十百千万][一二两三四五六七八九十百千万]*|"
    r"一[十百千万][一二两三四五六七八九十百千万]*)\s*(多|余|个)?\s*"
    r"(名|人次|人|位|个月|个|家|项|次|批|支|处|户|亿元|万元|元|亩|万平方米|平方米|公里|千米|米|"
    r"%|％|倍|年|天|日|周|条|件|所|座|场|期|轮|类)",
    r"(\d+(\.\d+)?|[两三四五六七八九十]+)\s*(成|个百分点)",
)


def test_the_linear_fact_patterns_find_what_the_rescanning_ones_found() -> None:
    import random

    from reporter.summarize.resources import patterns

    rng = random.Random(17)
    alphabet = list("一二两三四五六七八九十百千万12.名人次个月元平方米成百分点亿 干")
    pairs = list(zip(_RESCANNING, patterns().quantity, strict=True))
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        for before, now in pairs:
            spans = [m.span() for m in re.finditer(before, text)]
            assert spans == [m.span() for m in now.finditer(text)], text


# --------------------------------------------------------------------------- time budget


def test_the_time_budget_interrupts_a_catastrophic_regex() -> None:
    with pytest.raises(BudgetExceeded), time_budget(0.3):
        re.match(r"(a+)+$", "a" * 40 + "!")


def test_the_time_budget_leaves_a_quick_block_alone() -> None:
    with time_budget(5):
        pass
    time.sleep(0.01)  # the timer is off: nothing fires later


def test_an_article_over_the_time_budget_is_skipped_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a_slow.txt", "b_fine.txt"):
        (tmp_path / name).write_text((FIXTURES / "article.txt").read_text("utf-8"), "utf-8")
    real = executor.process_file

    def slow_for_one(path: Path, *args: object) -> object:
        if path.name == "a_slow.txt":
            time.sleep(30)
        return real(path, *args)  # type: ignore[arg-type]

    options = article.ArticleOptions.from_settings(Settings())
    real(tmp_path / "b_fine.txt", "warm", options)  # models loaded before the clock runs
    monkeypatch.setattr(executor, "process_file", slow_for_one)
    items = pipeline.assign_ids(sorted(tmp_path.glob("*.txt")))
    t0 = time.perf_counter()
    works = list(map_articles(items, options, ScaleOptions(jobs=1, article_seconds=0.5)))
    assert time.perf_counter() - t0 < 20
    slow, fine = (w.outcome for w in works)
    assert isinstance(slow, Skipped) and "per-article limit of 0.5 s" in slow.reason
    assert not isinstance(fine, Skipped)


@pytest.mark.slow  # a process pool, a subprocess or LibreOffice: seconds
def test_a_slow_taxonomy_regex_is_stopped_by_the_time_budget_in_a_pool_worker(
    tmp_path: Path,
) -> None:
    # Lookaheads of ".*" are no nested quantifier, so the check lets this cue through,
    # yet on a sentence of 800 characters with no "X" after its "干" it backtracks for
    # minutes (about n^4 steps): only the budget stops it, in the worker that runs it.
    cue = "干(?=.*部.*部.*部.*X)"
    assert regex_risk(cue) is None
    taxonomy = tmp_path / "slow.toml"
    taxonomy.write_text(
        "[[mechanism]]\nid = 'task_force'\n[[mechanism.cue]]\n"
        f"label = 'slow cue'\npattern = '{cue}'\nweight = 1.0\n",
        "utf-8",
    )
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a_slow.txt").write_text("崂山区干部下沉一线\nX" + "干部" * 400 + "\n", "utf-8")
    (corpus / "b_fine.txt").write_text((FIXTURES / "article.txt").read_text("utf-8"), "utf-8")
    items = pipeline.assign_ids(sorted(corpus.glob("*.txt")))
    options = article.ArticleOptions.from_settings(Settings(taxonomy=taxonomy))
    scale = ScaleOptions(jobs=2, pool_min_articles=0, article_seconds=5.0)
    t0 = time.perf_counter()
    slow, fine = (w.outcome for w in map_articles(items, options, scale))
    assert time.perf_counter() - t0 < 60
    assert isinstance(slow, Skipped) and "per-article limit of 5 s" in slow.reason
    assert not isinstance(fine, Skipped)


# --------------------------------------------------------------------------- --taxonomy


@pytest.mark.parametrize(
    ("pattern", "unsafe"),
    [
        ("(干部+)+", True),
        (r"(\d*名?)*", True),
        ("(?:专班|专门)+", False),
        ("(下沉|下派)(一线|基层)", False),
        (r"选派\d+名干部", False),
        ("(a|ab)*c", True),
    ],
)
def test_a_taxonomy_regex_with_nested_quantifiers_is_refused(
    tmp_path: Path, pattern: str, unsafe: bool
) -> None:
    assert (regex_risk(pattern) is not None) == unsafe
    path = tmp_path / "extra.toml"
    literal = pattern.replace("'", "")
    path.write_text(
        f"[[mechanism]]\nid = 'task_force'\n[[mechanism.cue]]\nlabel = 'user cue'\n"
        f"pattern = '{literal}'\nweight = 1.0\n",
        "utf-8",
    )
    if unsafe:
        with pytest.raises(TaxonomyError, match="unsafe regex"):
            load_taxonomy(path)
    else:
        load_taxonomy(path)


# --------------------------------------------------------------------------- the appendix


def test_the_limits_are_explained_in_the_zh_appendix_with_their_numbers() -> None:
    from reporter.models import StepReport
    from reporter.render.labels import labels

    zh = labels("zh")
    split_step = zh.step_description(StepReport(SPLIT_STEP, "", 1))
    cap_step = zh.step_description(StepReport(CAP_STEP, "", 1))
    assert f"{limits.MAX_SENTENCE_CHARS:,}" in split_step
    assert f"{limits.MAX_SENTENCES:,}" in cap_step
    assert zh.removal_kind(REMOVAL_KIND) != zh.fmt("removal_kind_unknown", code=REMOVAL_KIND)
    assert zh.removal_reason(REMOVAL_KIND, limits.REMOVAL_REASON) != zh.removal_kind(REMOVAL_KIND)
    skipped = str(BudgetExceeded(120.0))
    assert zh.skip_reason(skipped) != zh["skip_reason_unknown"]
    assert "120" in zh.skip_reason(skipped)


def test_a_cut_run_on_sentence_shows_in_brief_json_and_the_appendix(tmp_path: Path) -> None:
    import json

    from reporter.brief import to_json
    from reporter.render.html import render_html
    from reporter.render.labels import labels

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "run_on.txt").write_text(
        "崂山区干部下沉一线\n" + _body("no_punctuation.txt") * 20, "utf-8"
    )
    brief = pipeline.build_brief(Settings(inputs=(folder,)))
    (article,) = to_json(brief)["articles"]
    steps = {s["step"]: s for s in article["cleaning"]["steps"]}
    assert steps[SPLIT_STEP]["changes"] == 1
    json.dumps(to_json(brief))  # plain data
    described = labels("zh").step_description(brief.documents[0].article.cleaning.steps[-1])
    assert described in render_html(brief, "zh")
