"""The findings of the executive page: sentences composed from the alignment's own
records, each with the citations that let a reader check it."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from reporter.brief import Brief
from reporter.compare.localities import contains
from reporter.compare.model import (
    ArticleAnalysis,
    Fact,
)
from reporter.compare.resources import lexicon
from reporter.render.view.base import Builder, Cite
from reporter.render.view.deploy import (
    DEPLOYED_ROLE,
    DEPLOYMENT_MECHANISMS,
    HEAD_UNITS,
    NOT_CADRES,
    inherited_place,
    largest_officials,
    not_deployed,
)
from reporter.render.view.support import (
    clear,
    done_to_officials,
    has_place,
    hinted_elsewhere,
    own_evidence,
    strong_mechanisms,
    surely_present,
    unique_limits,
    varied,
)
from reporter.text.gazetteer_table import find_divisions

# Roles of a head count that may hide a deployment the ranking left out: its role misread
# ("6000多名干部进农村" read as other, "逾300名…选拔任职于街道" as promoted, a plan's count
# that was carried out).  A deployed count the rules tie to no sending may be one too.  A
# larger one of these makes "largest" unsure: over the labelled batches 1-46, 18 of 43
# "largest" findings were false, nearly all for a larger deployment the ranking had left
# out.  (Counts left out for their place -- none named, a province's total quoted by a
# county story -- were judged no locality's deployment and stay out of the comparison.)
RIVAL_ROLES = frozenset({"other", "target", "promoted"})
RIVAL_KINDS = frozenset({"officials", "count"})

# A reader scans three to five findings; more and the executive page stops being one page.
MAX_FINDINGS = 5


# Unique-mechanism findings compete with the size and result findings; two keep variety.
MAX_UNIQUE_FINDINGS = 2
# A shared-mechanism finding names at most this many mechanisms before it reads as a list.
MAX_SHARED_NAMED = 3


# A finding that says "largest", "most" or "strongest" compares: it needs at least this
# many articles (or places) stating a comparable figure, else it says less or nothing.
MIN_COMPARED = 2
# The role of a fact that is a measured result.
RESULT_ROLE = "result"
# "Broadest toolkit" of two mechanisms says little; from three it is a profile worth naming.
MIN_BREADTH = 3


# Citations per finding: enough to verify it without turning the line into a list.
MAX_CITES_PER_FINDING = 3
# Places a tied finding names before it counts the rest ("A、B、C 等 7 个地区").
MAX_TIED_NAMED = 3
# Relative changes this close are one size: the same ratio from other figures (30 -> 83,
# 60 -> 166) may differ in the last bits of a float.
RESULT_TIE_TOLERANCE = 1e-9
# Marks that close the clause before a change: the measure it changes is named after them.
_CLAUSE_MARKS = "，。；,;：:！？!?"


@dataclass(frozen=True)
class Claim:
    """What a finding asserts, in ids rather than words: what a checker holds it against
    (``bench/quality.py`` judges every finding against the hand labels with it).

    ``kind`` is one of :data:`CLAIM_KINDS`.  ``article_ids`` are the articles the finding
    is about (the tied leaders, the pair, the only one); ``mechanism_ids`` the mechanisms
    it names; ``facts`` the figures it states, the claimed one first (for ``largest``,
    then the runner-up's when there is one)."""

    kind: str
    article_ids: tuple[str, ...]
    mechanism_ids: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()


# shared: every article shows the mechanisms; largest: the largest deployment; result:
# the strongest measured result; unique: only this article shows the mechanism; breadth:
# the article(s) showing the most.  There is no "most alike" finding: it conjoined four or
# more detections, so one misreading of any made it false: 6 of the 16 it made were false
# (batches 1-68 with round 19's code, 69-72 at first sight), against 1 of 32 for the
# other kinds.  The pairs stay in brief.json
# (``similarity``), measured likeness with their shared mechanisms, not a claim.
CLAIM_KINDS = ("shared", "largest", "result", "unique", "breadth")


@dataclass(frozen=True)
class Finding:
    """One finding of the executive page (template partial ``sections/findings.html``)."""

    headline: str
    detail: str
    cites: tuple[Cite, ...]
    claim: Claim | None = None


def findings_json(brief: Brief, lang: str) -> tuple[dict[str, Any], ...]:
    """The findings of the executive page as brief.json's ``findings`` records: the
    sentences in ``lang`` as the page prints them, the claim in ids (what a reader's own
    check holds against the matrix and the facts) and each cited sentence with its
    article and index, so a finding is traced without the HTML."""
    b = Builder(brief, lang, "screen")
    return finding_records(build_findings(b, largest_officials(b)))


def finding_records(findings: Iterable[Finding]) -> tuple[dict[str, Any], ...]:
    """brief.json's records of findings a view has already built (the HTML's), so a
    build writing both composes them once."""
    return tuple(_finding_record(f) for f in findings)


def _finding_record(f: Finding) -> dict[str, Any]:
    claim = f.claim
    return {
        "kind": claim.kind if claim else None,
        "headline": str(f.headline),
        "detail": str(f.detail),
        "article_ids": list(claim.article_ids) if claim else [],
        "mechanism_ids": list(claim.mechanism_ids) if claim else [],
        # the facts as the top-level ``facts`` list writes them (same fields)
        "facts": [orjson.loads(orjson.dumps(x)) for x in claim.facts] if claim else [],
        "cites": [
            {"article_id": c.article_id, "sentence_index": c.sentence_index, "text": c.text}
            for c in f.cites
        ],
    }


def _join(b: Builder, names: Iterable[str]) -> str:
    return b.t["list_sep"].join(names)


def build_findings(b: Builder, deployed: Sequence[tuple[str, Fact]]) -> tuple[Finding, ...]:
    al = b.brief.alignment
    n_articles = len(al.analyses)
    found: list[Finding] = []

    # "every article uses it": one weak detection (a rule list) would make it false
    strong = {a.article_id: strong_mechanisms(b, a) for a in al.analyses}
    shared = [m for m in al.shared if m in b.mech_by_id and all(m in s for s in strong.values())]
    if shared and n_articles > 1:
        # Cite articles with a card first: on paper their citations carry a page.
        ordered = sorted(al.analyses, key=lambda a: a.article_id not in b.carded)
        cites = []
        for a in ordered:
            c = b.strongest_cite(a, shared[0])
            if c:
                cites.append(c)
            if len(cites) == MAX_CITES_PER_FINDING:
                break
        found.append(
            Finding(
                b.t.fmt(
                    "finding_shared",
                    n=f"{n_articles:,}",
                    mechanisms=_join(b, (b.mech_by_id[m].name for m in shared[:MAX_SHARED_NAMED])),
                ),
                b.t["finding_shared_detail"],
                tuple(cites[:MAX_CITES_PER_FINDING]),
                Claim(
                    "shared",
                    tuple(a.article_id for a in al.analyses),
                    tuple(shared[:MAX_SHARED_NAMED]),
                ),
            )
        )

    # a ranking of deployments counts only those told by a strong detection of sending or
    # of a task force: an explainer's or a plan's one line is no deployment to rank
    largest = _largest_finding(
        b,
        [
            (loc, f)
            for loc, f in deployed
            if DEPLOYMENT_MECHANISMS.intersection(f.mechanism_ids, strong.get(f.article_id, ()))
        ],
    )
    if largest is not None:
        found.append(largest)

    result = _result_finding(b)
    if result is not None:
        found.append(result)

    if n_articles > 1:
        uniques = []
        for mech_id, article_id in al.unique:
            if mech_id not in b.mech_by_id or article_id not in b.analyses:
                continue
            # and on few enough other articles that none likely hides a miss
            if hinted_elsewhere(b, mech_id, article_id) or unique_limits().unsure(
                mech_id, n_articles - 1
            ):
                continue
            # "only X" rests on X's detection alone: weak, it may be the only false one;
            # and a file id is no locality to name
            if mech_id not in strong[article_id] or not has_place(b, article_id):
                continue
            # and on a detection clear of its threshold: one sitting on it is the weakest
            # the matrix shows, the likeliest to be the false one (at first sight on
            # batch 32, a 揭榜领题 list of topics read as a ranking at exactly 2.0 of 2.0)
            if not clear(b.analyses[article_id], mech_id):
                continue
            # and on more than one reading: a scheme's name repeated (驻企体验服务员 in every
            # sentence, cadres posted to firms) matches one cue word each time, and "only
            # X" would rest on that word's one sense
            if not varied(b.analyses[article_id], mech_id):
                continue
            # and on officials: "only X has leaders work the front desk" is false when X's
            # evidence is citizens invited to try the services (政务服务体验官)
            if not done_to_officials(b.analyses[article_id], mech_id):
                continue
            # and on the place's own act: a commentary citing 郑州's promotion, or a
            # survey of other places' practice, is not X's practice
            own = own_evidence(b, b.analyses[article_id], mech_id)
            if own is None:
                continue
            det_score = _score(b.analyses[article_id], mech_id)
            uniques.append((-det_score, mech_id, article_id, own))
        ranked = sorted(uniques, key=lambda u: u[:3])[:MAX_UNIQUE_FINDINGS]
        for _, mech_id, article_id, own in ranked:
            c = b.cite(article_id, own.sentence_index, own.text)
            found.append(
                Finding(
                    b.t.fmt(
                        "finding_unique",
                        locality=f"{b.locality.get(article_id, article_id)}（{b.sid(article_id)}）"
                        if b.lang == "zh"
                        else f"{b.locality.get(article_id, article_id)} ({b.sid(article_id)})",
                        mechanism=b.mech_by_id[mech_id].name,
                    ),
                    b.t.fmt("finding_unique_detail", others=f"{n_articles - 1:,}"),
                    (c,),
                    Claim("unique", (article_id,), (mech_id,)),
                )
            )

    if len(found) < MAX_FINDINGS and n_articles >= MIN_COMPARED and b.mechs:
        breadth = _breadth_finding(b, strong)
        if breadth is not None:
            found.append(breadth)
    return tuple(found[:MAX_FINDINGS])


def _named(b: Builder, names: Sequence[str]) -> str:
    """The names joined ("A、B、C"); past ``MAX_TIED_NAMED`` the rest counted ("A、B、C 等
    7 个地区")."""
    shown = _join(b, names[:MAX_TIED_NAMED])
    if len(names) <= MAX_TIED_NAMED:
        return shown
    return shown + b.t.fmt(
        "localities_more", n=f"{len(names) - MAX_TIED_NAMED:,}", total=f"{len(names):,}"
    )


def _largest_finding(b: Builder, deployed: Sequence[tuple[str, Fact]]) -> Finding | None:
    """The largest deployment; localities that state the same largest count share it.
    Nothing when fewer than two articles state one: "largest" of one report is no
    finding."""
    ranked = deployed
    # two places of one article (a city and the district it sends to) are one report
    if len({f.article_id for _, f in ranked}) < MIN_COMPARED:
        return None
    top = ranked[0][1].value
    if _larger_unranked(b, top):
        return None
    tied = [(loc, f) for loc, f in ranked if f.value == top]
    # the runner-up comes from another report: a second place of the same article (where
    # its cadres were sent) is no comparison
    tied_articles = {f.article_id for _, f in tied}
    rest = [(loc, f) for loc, f in ranked[len(tied) :] if f.article_id not in tied_articles]
    loc, f = tied[0]
    detail = (
        b.t.fmt("finding_largest_detail", runner_up=f"{rest[0][0]} {rest[0][1].text}")
        if rest
        else b.t["finding_largest_alone"]
    )
    headline = (
        b.t.fmt("finding_largest", locality=loc, figure=f.text)
        if len(tied) == 1
        else b.t.fmt(
            "finding_largest_tied",
            localities=_named(b, [name for name, _ in tied]),
            n=f"{len(tied):,}",
            figure=f.text,
        )
    )
    # One citation, as for a single place: the chart below cites every tied place.
    claim = Claim(
        "largest",
        tuple(dict.fromkeys(t.article_id for _, t in tied)),
        facts=(f, rest[0][1]) if rest else (f,),
    )
    return Finding(headline, detail, (b.cite(f.article_id, f.sentence_index, f.sentence),), claim)


def _larger_unranked(b: Builder, top: float | None) -> bool:
    """Whether some report states a head count of cadres larger than ``top`` that the
    ranking left out but that may be a deployment (:data:`RIVAL_ROLES`): "largest" is then
    unsure, and a false superlative is worse than none."""
    if top is None:
        return True
    known = not_deployed(b)
    for f in b.all_facts():
        if f.kind not in RIVAL_KINDS or f.unit not in HEAD_UNITS or f.counts in NOT_CADRES:
            continue
        if (f.article_id, f.value) in known:
            continue  # the article reads it as members, the public, a plan or arrivals
        if f.value is None or f.value <= top:
            continue
        untied = f.role == DEPLOYED_ROLE and not DEPLOYMENT_MECHANISMS.intersection(f.mechanism_ids)
        if f.role not in RIVAL_ROLES and not untied:
            continue
        if not has_place(b, f.article_id):
            continue  # no locality's report: not compared (deploy.largest_officials)
        loc, own = b.fact_locality(f), b.locality.get(f.article_id)
        if own is not None and loc != own and contains(loc, own):
            continue  # the province's total a county story quotes (ditto)
        return True
    return False


def _result_finding(b: Builder) -> Finding | None:
    """The strongest measured result; how many other articles report one as large.  When
    fewer than two articles report a comparable result (a change in the same unit), the
    one found is stated without a superlative."""
    tied, compared = _strongest_results(b)
    if not tied:
        return None
    result = tied[0]
    if compared < MIN_COMPARED:
        return Finding(
            b.t.fmt("finding_result_one", locality=_result_place(b, result), figure=result.text),
            b.t["finding_result_one_detail"],
            (b.cite(result.article_id, result.sentence_index, result.sentence),),
            Claim("result", (result.article_id,), facts=(result,)),
        )
    others = len({f.article_id for f in tied} - {result.article_id})
    detail = b.t["finding_result_detail"]
    if others:
        detail += b.t.fmt("finding_result_tied", n=f"{others:,}")
    return Finding(
        b.t.fmt("finding_result", locality=_result_place(b, result), figure=result.text),
        detail,
        (b.cite(result.article_id, result.sentence_index, result.sentence),),
        Claim("result", (result.article_id,), facts=(result,)),
    )


def _result_place(b: Builder, f: Fact) -> str:
    """The place a result finding names: the one credited when the result's own sentence
    names a place, else (a place read from a sentence nearby) the article's primary
    locality (:func:`inherited_place`)."""
    loc = b.fact_locality(f)
    own = b.locality.get(f.article_id)
    if own is None or loc == own or find_divisions(f.sentence):
        return loc
    return inherited_place(loc, own)


def _evidence_total(analysis: ArticleAnalysis) -> float:
    """The detection scores of the mechanisms an article shows, added up."""
    return sum(d.score for d in analysis.detections if d.present)


def _breadth_finding(b: Builder, strong: Mapping[str, frozenset[str]]) -> Finding | None:
    """The article showing the most mechanisms.  When several show as many (a large
    corpus has dozens with all nine), the finding counts them and cites the one with the
    strongest evidence in total, the earliest in input order of equal strength.

    Said only with a clear margin, so that one false detection cannot make it: counting
    only its mechanisms with strong evidence (one rule list naming four policies is no
    four practices), each leader still shows at least ``MIN_BREADTH`` and more than any
    other article shows in all; and no other article shows or hints at as many as the
    leaders show (a missed detection there would make "broadest" false)."""
    analyses = b.brief.alignment.analyses
    counts = {a.article_id: len(b.present[a.article_id] & b.mech_by_id.keys()) for a in analyses}
    most = max(counts.values())
    tied = [a for a in analyses if counts[a.article_id] == most]
    tied_ids = {a.article_id for a in tied}
    others = [a for a in analyses if a.article_id not in tied_ids]
    # passing mentions added up (红黑榜, 评分) may make a false count (batch 39: 4/9 of two)
    surely = min(sum(surely_present(a, m) for m in strong[a.article_id]) for a in tied)
    if surely < MIN_BREADTH or any(counts[a.article_id] >= surely for a in others):
        return None
    if any(_possible_count(b, a) >= most for a in others):
        return None
    broadest = max(tied, key=_evidence_total)  # max keeps the first of equal totals
    # named and counted: only what the margin rests on, the sure and strong mechanisms;
    # one weak detection among five named made the finding false at first sight (batch 53)
    present = [
        b.mech_by_id[d.mechanism_id]
        for d in broadest.detections
        if d.present
        and d.mechanism_id in strong[broadest.article_id]
        and surely_present(broadest, d.mechanism_id)
    ]
    most = len(present) if len(tied) == 1 else most
    # one sentence may be the strongest of two mechanisms: cited once
    found_cites = (c for m in present if (c := b.strongest_cite(broadest, m.id)))
    cites = tuple(dict.fromkeys(found_cites))[:MAX_CITES_PER_FINDING]
    locality = b.locality.get(broadest.article_id, broadest.article_id)
    if len(tied) == 1:
        return Finding(
            b.t.fmt("finding_breadth", locality=locality, n=most, total=len(b.mechs)),
            b.t.fmt("finding_breadth_detail", mechanisms=_join(b, (m.name for m in present))),
            cites,
            Claim("breadth", (broadest.article_id,), tuple(m.id for m in present)),
        )
    places = {b.locality.get(a.article_id, a.article_id) for a in tied}
    return Finding(
        b.t.fmt("finding_breadth_tied", count=f"{len(tied):,}", n=most, total=len(b.mechs)),
        b.t.fmt(
            "finding_breadth_tied_detail",
            localities=f"{len(places):,}",
            locality=locality,
            id=b.sid(broadest.article_id),
        ),
        cites,
        Claim("breadth", tuple(a.article_id for a in tied), tuple(m.id for m in present)),
    )


def _possible_count(b: Builder, analysis: ArticleAnalysis) -> int:
    """The mechanisms an article shows or hints at (a cue fired below the threshold)."""
    return sum(
        1
        for d in analysis.detections
        if d.mechanism_id in b.mech_by_id and (d.present or d.cues or d.score > 0)
    )


def _score(analysis: ArticleAnalysis, mechanism_id: str) -> float:
    det = analysis.find_detection(mechanism_id)
    return det.score if det is not None else 0.0


def _strongest_results(b: Builder) -> tuple[list[Fact], int]:
    """The result changes with the largest relative change, the representative first (of
    equal size, the larger absolute change, then input order), and how many articles
    report a change in that unit.  Only changes whose role is a result, and only of the
    unit most articles report (a share of tasks done is no rank position or sum of
    money): a share stated alone (满意度98%, 成绩占50%) is never compared."""
    candidates: list[Fact] = [
        f
        for c in b.brief.alignment.comparisons
        for r in c.rows
        for f in r.result
        if f.kind == "change"
        and f.role == RESULT_ROLE
        and f.before is not None
        and f.after is not None
        and f.unit  # a change whose unit was not read whole is not stated (say less)
        and not _output_change(f)
    ]
    if not candidates:
        return [], 0
    order = {a.article_id: i for i, a in enumerate(b.brief.alignment.analyses)}
    by_unit: dict[str, set[str]] = {}
    for f in candidates:
        by_unit.setdefault(f.unit or "", set()).add(f.article_id)
    # the unit most articles report; of equal support, the one met first in input order
    first_seen = {u: min(order.get(a, len(order)) for a in arts) for u, arts in by_unit.items()}
    unit = min(by_unit, key=lambda u: (-len(by_unit[u]), first_seen[u], u))
    changes = [f for f in candidates if (f.unit or "") == unit]

    def first(f: Fact) -> tuple[float, int, int]:
        gain = abs((f.after or 0.0) - (f.before or 0.0))
        return (-gain, order.get(f.article_id, len(order)), f.sentence_index)

    top = max(_relative_change(f) for f in changes)
    tied = sorted(
        (
            f
            for f in changes
            if math.isclose(_relative_change(f), top, rel_tol=RESULT_TIE_TOLERANCE)
        ),
        key=first,
    )
    return tied, len(by_unit[unit])


def _relative_change(f: Fact) -> float:
    before, after = f.before or 0.0, f.after or 0.0
    return abs(after - before) / abs(before) if before else abs(after)


def _output_change(f: Fact) -> bool:
    """A change of what a firm or an economy produces or sells (日产量从3吨提升至22吨,
    产值, 营收): the firm's or the economy's result, however much officials helped,
    never a measured result of their work.  The measure is named in the change's own
    clause, before or inside the span."""
    at = f.sentence.find(f.text)
    if at < 0:
        return False
    head = f.sentence[:at]
    clause = head[max(head.rfind(m) for m in _CLAUSE_MARKS) + 1 :] + f.text
    return any(w in clause for w in lexicon().output_measures)
