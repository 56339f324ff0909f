"""The deployment chart of the executive page: per locality, the largest count of
officials sent to a task force or the frontline."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from reporter.compare.localities import contains
from reporter.compare.model import (
    Fact,
)
from reporter.compare.resources import lexicon
from reporter.render import charts
from reporter.render.resources import (
    CAME_FROM,
    CENTRAL_ORIGIN,
    CENTRAL_SENDER,
    CLAUSE_END,
    LOCAL_ACTOR,
    ORIGIN_SPAN,
    PLACE_LIST_LINK,
    RECEIVED_BEFORE,
    REPORTING_TO_COMMUNITY,
    SELF_SUBJECT,
    VENUE_AFTER,
    VENUE_BEFORE,
)
from reporter.render.view.base import Builder, Cite
from reporter.text.gazetteer_table import find_divisions

# Bars in the deployment chart: the executive page must stay one page.
MAX_BARS = 6
# "Officials deployed" means sent to a task force or the frontline: a head count in a
# sentence about training, promotion or party membership ("1.7万余名党员") is no deployment.
DEPLOYMENT_MECHANISMS = frozenset({"frontline_rotation", "task_force"})
# ... and the fact itself must count officials (干部, not 在职党员 or 群众) in the role of
# being sent (选派, 抽调, 下沉), in heads (not 人次): like is compared with like.
DEPLOYED_COUNTS = "干部"
DEPLOYED_ROLE = "deployed"
HEAD_UNITS = frozenset({"名", "人", "位"})
# What a head count counts when its people are no cadres (domain.md: 在职党员, 群众).  The
# same number of one article read so once is read so everywhere: "选派116名机关党员" are the
# "116名党建指导员" of a later sentence, whatever that one calls them.
NOT_CADRES = frozenset({"党员", "群众"})
# The role of a planned count (domain.md: 力争, 计划): no deployment yet.
PLANNED_ROLE = "target"


@dataclass(frozen=True)
class DeployView:
    """The deployment chart (template partial ``sections/deploy.html``) and its citations."""

    svg: Markup | None  # None when no article states a head count
    cites: tuple[Cite, ...]


def not_deployed(b: Builder) -> set[tuple[str, float | None]]:
    """(article, value) of the head counts that an article reads, somewhere, as no
    deployment of its own: the same number of one article counts the same people."""
    # the headline's "2600名党员干部下沉社区" are the 2600 whom the body has report to
    # their communities
    reporting = {(f.article_id, f.value) for f in b.all_facts() if _reporting_members(f)}
    # the same number of one article read once as party members or the public counts them,
    # not cadres (a finding ranking them as cadres would mix kinds); read once as a plan's
    # total ("从今年起分四批选派共1000名左右"), it is planned wherever the article repeats it
    # ("省委提出用五年时间选派1000名")
    reporting |= {
        (f.article_id, f.value)
        for f in b.all_facts()
        if f.unit in HEAD_UNITS and (f.counts in NOT_CADRES or f.role == PLANNED_ROLE)
    }
    # ... and read once as people received from elsewhere ("11名来自京城的官员"), the
    # article's other sentence on them ("11个部委……选派11名优秀年轻干部到重庆挂职") sent
    # them from there too
    reporting |= {
        (f.article_id, f.value)
        for f in b.all_facts()
        if f.unit in HEAD_UNITS and _received(f, b.fact_locality(f))
    }
    return reporting


def largest_officials(b: Builder) -> list[tuple[str, Fact]]:
    """Per locality, the largest count of officials deployed, largest first."""
    best: dict[str, Fact] = {}
    reporting = not_deployed(b)
    for f in b.all_facts():
        if f.kind != "officials" or f.value is None:
            continue
        if f.counts != DEPLOYED_COUNTS or f.role != DEPLOYED_ROLE or f.unit not in HEAD_UNITS:
            continue
        if not DEPLOYMENT_MECHANISMS.intersection(f.mechanism_ids):
            continue
        if (f.article_id, f.value) in reporting:
            continue
        loc = sender(b, f)
        if loc is None:
            continue  # an unnamed sender (我省) of people to the place named
        if _listed(f, loc):
            # "江苏、山东、江西……等29个省区市……近3万名干部到信访部门挂职": a count after a list
            # of places is theirs together, none of theirs alone
            continue
        if loc == f.article_id:
            # No place: a national total or a page naming none is no locality's
            # deployment, and a ranking of localities must not show a file name.
            continue
        own = b.locality.get(f.article_id)
        if own is not None and loc != own and contains(loc, own):
            # "全省2900多名驻村第一书记" quoted by a story about 霞浦县: the province's total
            # is the story's context, no report of the province's deployment to rank
            continue
        if loc not in best or f.value > (best[loc].value or 0.0):
            best[loc] = f
    return sorted(best.items(), key=lambda kv: (-(kv[1].value or 0.0), kv[0]))


def _sending_verb(sentence: str) -> int | None:
    """Where the first verb of sending (选派, 抽调, 下沉 ...) stands in ``sentence``."""
    words = [w for w, role in lexicon().role_words.items() if role == DEPLOYED_ROLE]
    found = [i for w in words if (i := sentence.find(w)) >= 0]
    return min(found) if found else None


def sender(b: Builder, f: Fact) -> str | None:
    """Who sent the officials a deployed count counts.  The place a fact is credited to
    is the one its sentence names; in "省委组织部在西宁召开选派干部到玉树、果洛挂职会议" that is
    the venue or where they went.  A place named only after the sentence's verb of sending
    (a destination) or only as where a meeting sat (在西宁) sent nobody: the deployment is
    the article's acting locality's (the province whose organisation department sends).
    When the division writing of itself (我省, 我市) is the count's subject and the place
    credited is named only after the count ("我省第四批援疆干部人才173人抵达新疆阿勒泰"), the
    sender is that unnamed division: the article's place if the sentence does not name it
    after the count as well (then it is a destination too), else ``None``, unknown."""
    loc = b.fact_locality(f)
    own = b.locality.get(f.article_id)
    unnamed = _self_sender(f)
    if unnamed is not None:
        after = {m.name for m in find_divisions(f.sentence) if m.start >= unnamed}
        if loc in after:
            return None if own is None or own in after else own
    if own is None or loc == own:
        return loc
    places = find_divisions(f.sentence)
    if not places:
        return inherited_place(loc, own)
    named = [m for m in places if m.name == loc]
    verb = _sending_verb(f.sentence)
    if verb is None or not named:
        return loc
    if all(m.start > verb or _venue(f.sentence, m.start, m.end) for m in named):
        return own
    return loc


def _self_sender(f: Fact) -> int | None:
    """Where the count ``f`` ends when a self-reference (我省, 我市) is its subject, in its
    clause before it and with no place named between them; else None."""
    at = f.sentence.find(f.text)
    if at < 0:
        return None
    head = f.sentence[:at]
    cut = max((m.end() for m in CLAUSE_END.finditer(head)), default=0)
    selves = list(SELF_SUBJECT.finditer(head, cut))
    if not selves or any(m.start >= selves[-1].end() for m in find_divisions(head)):
        return None
    return at + len(f.text)


def _received(f: Fact, loc: str) -> bool:
    """Whether the people a count counts were received (迎接131名挂职干部), sent by central
    organs named before the count with no local actor after them (……等11个部委，一次性
    集中选派11名优秀年轻干部到重庆挂职), or came from the centre or a place other than
    ``loc``, the one credited (11名来自京城的官员; 130名挂职干部……分别来自中央和国家机关):
    someone else sent them.  People from the credited place's own units (20名干部来自县直
    各单位) were sent by it."""
    at = f.sentence.find(f.text)
    if at < 0:
        return False
    if RECEIVED_BEFORE.search(f.sentence, 0, at):
        return True
    central = list(CENTRAL_SENDER.finditer(f.sentence, 0, at))
    if central:
        # the centre sends, unless a local division acts after it, before the count
        between = f.sentence[central[-1].end() : at]
        local = LOCAL_ACTOR.search(between) or SELF_SUBJECT.search(between)
        if local is None and not any(p.name == loc for p in find_divisions(between)):
            return True
    came = CAME_FROM.search(f.sentence, at + len(f.text))
    if came is None:
        return False
    origin = f.sentence[came.end() : came.end() + ORIGIN_SPAN]
    places = find_divisions(origin)
    return bool(CENTRAL_ORIGIN.search(origin)) or (
        bool(places) and not any(p.name == loc or loc in (p.province, p.city) for p in places)
    )


def _listed(f: Fact, loc: str) -> bool:
    """Whether ``loc``, the place credited with the count ``f``, is one item of a list of
    places before it in its sentence (江苏、山东、江西 …) and no place is written right after
    the count to own it (139名新疆维吾尔自治区机关干部).  A list of where the people went
    ("浙江……对新疆、西藏、青海……8省区……共选派干部3045名") leaves its sender alone."""
    at = f.sentence.find(f.text)
    if at < 0:
        return False
    places = find_divisions(f.sentence)
    end = at + len(f.text)
    if any(m.start == end for m in places):
        return False
    before = [m for m in places if m.end <= at]
    return any(
        PLACE_LIST_LINK.fullmatch(f.sentence[p.end : q.start]) is not None
        and p.name != q.name
        and loc in (p.name, q.name)
        for p, q in itertools.pairwise(before)
    )


def inherited_place(loc: str, own: str) -> str:
    """The place to credit with a figure whose sentence names no place, its
    article's primary locality being ``own``: ``loc`` was read from a sentence nearby
    (南宁讯 … / 据悉，今年共选派1300多名干部: the dateline's city; a district named the
    sentence before the zone's count).  A guess names too much, so the article's own
    place is named, unless ``loc`` contains it (全省2900多名 in a story about 霞浦县: the
    scope word says whose total it is)."""
    return loc if contains(loc, own) else own


def _venue(sentence: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is where a meeting sat (在西宁召开): not "在莱西市，
    像这样的下沉干部有4000多名", where 在 says whose the cadres are."""
    return bool(VENUE_BEFORE.search(sentence, 0, start)) and bool(VENUE_AFTER.match(sentence, end))


def _reporting_members(f: Fact) -> bool:
    """Whether the people a count counts report to the community where they live
    (2600名机关党员干部向居住地所在社区报到): party members serving at home after work, not
    officials sent anywhere; the clause after the number says so."""
    at = f.sentence.find(f.text)
    if at < 0:
        return False
    rest = f.sentence[at + len(f.text) :]
    end = CLAUSE_END.search(rest)
    return REPORTING_TO_COMMUNITY.search(rest[: end.start()] if end else rest) is not None


def build_deploy(b: Builder, deployed: Sequence[tuple[str, Fact]]) -> DeployView:
    ranked = deployed[:MAX_BARS]
    if not ranked:
        return DeployView(None, ())
    items: list[charts.Bar] = []
    cites: list[Cite] = []
    for loc, f in ranked:
        c = b.cite(f.article_id, f.sentence_index, f.sentence)
        cites.append(c)
        items.append(charts.Bar(loc, f.value or 0.0, f.text, f"[{c.label}]", c.anchor))
    return DeployView(charts.bars(items, title=b.t["deploy_chart"]), tuple(cites))
