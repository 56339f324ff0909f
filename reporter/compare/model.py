"""Records of the comparison stage (stage 5).

Per article: one :class:`Detection` per mechanism of the taxonomy and the
:class:`Fact` list (``ArticleAnalysis``).  Across articles: the
:class:`Alignment` (matrix, per-mechanism comparison, shared / unique
mechanisms, pairwise similarity, other practices).
"""

from __future__ import annotations

from reporter.models import record


@record
class Mechanism:
    """One entry of the taxonomy, as shown to readers (cues live in the taxonomy file)."""

    id: str  # "task_force"
    name_zh: str  # "专班/指挥部"
    name_en: str  # "Task force / command post"
    definition: str  # one line, English
    definition_zh: str = ""  # the same line in Chinese, for the zh brief ("" when not given)


@record
class Citation:
    """A pointer to the sentence a claim comes from."""

    article_id: str
    sentence_index: int
    text: str


@record
class Evidence:
    """A sentence that shows a mechanism, and why it was taken."""

    sentence_index: int
    text: str
    cues: tuple[str, ...]  # the cue patterns that fired in this sentence
    score: float
    locality: str | None  # the place this sentence is about, where the text says
    matched: tuple[str, ...] = ()  # the words the cues matched, for highlighting
    # The act model's probability that this sentence reports the act (None: not judged,
    # the rules were sure or ran alone; reporter.compare.act_model).
    act: float | None = None


@record
class Detection:
    """Whether one article describes one mechanism."""

    mechanism_id: str
    present: bool
    score: float
    evidence: tuple[Evidence, ...]  # strongest first
    cues: tuple[str, ...]  # every cue that fired in the article
    negative_cues: tuple[str, ...]  # rhetoric that matched and was discounted
    threshold: float = 0.0  # the rules' score needed for `present`
    # The act model's probability that the article reports the act, where it decided
    # `present` (the rules unsure); None where the rules' score decided.
    judged: float | None = None


@record
class Fact:
    """A comparable fact: a number with its unit and kind, or the rank of officials."""

    article_id: str
    sentence_index: int
    kind: str  # "officials", "duration", "frequency", "percentage", "area", "money",
    # "change", "count", "rank", "date" (an anniversary: 建党百年)
    text: str  # the span as written, e.g. "1628名", "30%提高到83%", "处级"
    value: float | None  # numeric value in `unit` (万/亿 applied); None for kind "rank"
    unit: str | None  # "名", "人次", "个月", "年", "天", "%", "百分点", "平方米", "元", ...;
    # kind "frequency": value is the period in days ("每季度" -> 91, unit "天")
    before: float | None  # for kind "change"
    after: float | None
    mechanism_ids: tuple[str, ...]  # mechanisms of the sentence or its paragraph
    locality: str | None
    sentence: str  # the whole sentence, for citation
    approximate: bool = False  # "4000多名", "近两年", "约390万平方米"
    label: str | None = None  # kind "rank": the rank shown to readers ("处级/科级")
    # What the number counts: "干部", "党员", "群众", "户", "项目", "队伍", "专班", "人次",
    # "元", "%", "个月" … (reporter.compare.facts); None when nothing says.
    counts: str | None = None
    # Which of them: the rank of the officials counted ("处级", "年轻干部", "一把手"),
    # "在职党员", or what a count of 人次 is of ("干部"); None when the text does not say.
    counts_detail: str | None = None
    # The role the number plays: "deployed", "promoted", "trained", "adjusted", "awarded",
    # "result", "target", "weight", "threshold", "anniversary" or "other".
    role: str = "other"


@record
class PracticeMention:
    """A named practice in one sentence (a candidate blind spot of the taxonomy), with
    what ``align`` needs to group it across articles without the article's text."""

    name: str  # “三单制”, as a practice name (no cue of the taxonomy matches it)
    sentence_index: int
    text: str  # the sentence, for citation
    outside_evidence: bool  # the sentence is not evidence of a mechanism present
    # The name's and the sentence's words (stop words removed, in order) joined by one
    # space, for keywords: one string, not a tuple of thousands of small ones at scale.
    name_words: str = ""
    words: str = ""


@record
class ArticleAnalysis:
    """Stage 5, per article."""

    article_id: str
    detections: tuple[Detection, ...]  # one per mechanism, taxonomy order
    facts: tuple[Fact, ...]  # document order
    # The article's words for similarity (jieba words of two or more Chinese characters,
    # stop words removed): distinct, in sorted order, joined by one space; and how often
    # each occurs.  A string and small ints: an article of ~550 distinct words holds 8 KB
    # this way, 79 KB as (word, count) pairs.
    terms: str = ""
    term_counts: tuple[int, ...] = ()
    practices: tuple[PracticeMention, ...] = ()  # document order
    # (sentence index, the kinds of work and posts it names) for each evidence sentence of
    # a present mechanism that names any: the "where" column of the comparison.
    where: tuple[tuple[int, tuple[str, ...]], ...] = ()

    def find_detection(self, mechanism_id: str) -> Detection | None:
        """The detection of ``mechanism_id``; None when the taxonomy had no such mechanism."""
        return next((d for d in self.detections if d.mechanism_id == mechanism_id), None)

    def detection(self, mechanism_id: str) -> Detection:
        det = self.find_detection(mechanism_id)
        if det is None:
            raise KeyError(mechanism_id)
        return det


@record
class ComparisonRow:
    """One locality's practice of one mechanism: the facts analysts line up."""

    locality: str
    article_ids: tuple[str, ...]
    who: tuple[Fact, ...]  # ranks of officials
    how_many: tuple[Fact, ...]  # officials counted
    how_long: tuple[Fact, ...]  # durations and frequencies
    where: tuple[str, ...]  # places or projects named in the evidence
    result: tuple[Fact, ...]  # percentages, changes, areas, money, promotions
    quotes: tuple[Citation, ...]  # the strongest evidence sentences


@record
class MechanismComparison:
    mechanism_id: str
    rows: tuple[ComparisonRow, ...]  # one per locality, ordered by locality name


@record
class Similarity:
    a: str  # article id
    b: str
    score: float  # 0..1: cosine of TF-IDF vectors of the articles' words
    mechanism_overlap: float = 0.0  # 0..1: Jaccard of the sets of mechanisms present
    shared_mechanisms: tuple[str, ...] = ()  # present in both, taxonomy order


@record
class OtherPractice:
    """A salient practice no mechanism covers, grouped across articles."""

    label: str
    keywords: tuple[str, ...]
    citations: tuple[Citation, ...]
    article_ids: tuple[str, ...] = ()  # articles that mention it, in input order


@record
class Alignment:
    """Stage 5, across articles."""

    mechanisms: tuple[Mechanism, ...]
    analyses: tuple[ArticleAnalysis, ...]  # input order
    comparisons: tuple[MechanismComparison, ...]  # taxonomy order
    shared: tuple[str, ...]  # mechanism ids every article has
    unique: tuple[tuple[str, str], ...]  # (mechanism id, article id) held by one article
    similarity: tuple[Similarity, ...]
    other_practices: tuple[OtherPractice, ...]
    taxonomy_sources: tuple[str, ...] = ()  # taxonomy files used, built-in first
