"""What an article says about itself: title (chosen by :mod:`reporter.clean.headline`),
outlet, dates, reporters, localities.

Metadata comes from three places: the cleaned simplified text (title line, places),
the lines and spans cleaning removed as datelines, source credits and bylines
(they are dropped from the text but read here, so nothing is lost), and what the
HTML extractor found (``Article.html_*``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reporter.clean.headline import LEAD_PARAGRAPHS, TitleChoice, title_of
from reporter.clean.metadata_resources import (
    AGGREGATOR_CREDIT_RE,
    BARE_DATE_LINE_RE,
    BYLINE_NAMES_RE,
    CLOCKED_DATE_RE,
    CN_DATE_RE,
    CN_DIGITS,
    COMPACT_DATE_LINE_RE,
    DATE_RE,
    DAY_FIRST_DATE_RE,
    EPAPER_BANNER_DATE_RE,
    FONT_TOOL_RE,
    FORUM_PROFILE_LABEL_RE,
    LABELLED_DATE_RE,
    LIBRARY_CREDIT_RE,
    NAME_SPLIT_RE,
    NEWS_FLASH_OUTLET_RE,
    POSTED_DATE_RE,
    PRINT_EDITION_RE,
    REPOST_DATE_HINT_RE,
    SERIAL_LISTING_RE,
    SHORT_YEAR_CENTURY,
    SHORT_YEAR_LABELLED_DATE_RE,
    SOURCE_CREDIT_RE,
    SPACED_YEAR_DATE_RE,
    SPEECH_DATE_RE,
    SPEECH_TITLE_RE,
    UPDATE_TIME_RE,
    URL_RE,
    WIRE_DATE_RE,
    WIRE_OUTLET_RE,
    YEARLESS_LABELLED_DATE_RE,
)
from reporter.clean.resources import (
    Outlet,
    outlets,
)
from reporter.clean.script import to_simplified_line
from reporter.compare.actors import (
    aided_places,
    headline_label,
    opening_organ_levels,
    relayed_levels,
    subject_mentions,
    unnamed_organ_levels,
)
from reporter.compare.descent import toured_places
from reporter.compare.home import home_division, paper_division
from reporter.compare.locality import (
    actor_mentions,
    gloss_starts,
    is_digest,
    is_national,
    mention_scores,
    opening_actor,
    outlet_places,
    primary_locality,
)
from reporter.compare.towns import find_towns
from reporter.models import Article, Locality, Metadata, Removal
from reporter.text.gazetteer import PlaceMention, find_places, outlet_home

# Reporter names are 2-4 characters (compound surnames and minority names in
# credits are written with a middle dot, still within this).
NAME_MIN_CHARS, NAME_MAX_CHARS = 2, 4
# Reporter credits that are institutions, not people.
_NOT_NAMES = ("记者", "报道", "摄影", "通讯员")
_OUTLET_RANK = {"newspaper": 0, "agency": 0, "broadcaster": 0, "website": 1}
_CREDIT_KINDS = ("source", "byline", "dateline")
# A paper prints a story the day after its dateline (本报南昌8月5日电 on the 6th's page)
# and a site posts a wire the day it is filed or the next: a page date at most this many
# days after the dateline is the publication itself (b5_21, b6_07 label it so); a later
# one is a repost, and the dateline's day is the nearer to the original.
WIRE_PUBLICATION_LAG_DAYS = 1
# The kind of removed line that credits an editor; it may carry the page's date too.
_EDITOR_KIND = "editor"
_NAVIGATION_KIND = "navigation"
# Bare date lines (2016-01-28 alone on a line) this many times or more are the dates of a
# list of other stories whose titles the scraper lost, not the page's dateline, which a
# page prints once (twice at most: at its head and its foot).  Round 10, batch 22: five
# such lines under a story that shows no date of its own dated it.
LIST_DATE_LINES_MIN = 3


@dataclass(frozen=True)
class _Credits:
    """Simplified texts of the removed lines that carry metadata, in text order."""

    source: tuple[str, ...]
    byline: tuple[str, ...]
    dateline: tuple[str, ...]


def _credits(removals: Iterable[Removal]) -> _Credits:
    found: dict[str, list[str]] = {k: [] for k in _CREDIT_KINDS}
    label = ""  # the removed line before this one, simplified
    for r in removals:
        joined, label = FORUM_PROFILE_LABEL_RE.match(label) is not None, to_simplified_line(r.text)
        if joined and BARE_DATE_LINE_RE.match(label):
            continue  # a forum poster's profile (注册 / 2002-10-07) dates the member
        if r.kind in found:
            found[r.kind].append(to_simplified_line(r.text))
        elif r.kind == _EDITOR_KIND:
            # 编辑：某某 来源：某某 发布时间：2023-04-06 went as an editor credit; the
            # date it gives under its label is the page's own
            view = to_simplified_line(r.text)
            # ... and so does a date with its clock (编辑：某某2018-07-06 16:34)
            if LABELLED_DATE_RE.search(view) or CLOCKED_DATE_RE.search(view):
                found["dateline"].append(view)
        elif r.kind == _NAVIGATION_KIND:
            # a reading-tools bar (字体：大 中 小 时间：2023-09-07) dates the page
            view = to_simplified_line(r.text)
            # and so does a document host's upload (- 2021-04-18 发布 |)
            tools = FONT_TOOL_RE.search(view) and LABELLED_DATE_RE.search(view)
            # a stamp with its clock beside the source it credits (字号： 2023-03-16
            # 10:13 来源：某某日报), and an e-paper's banner with the day
            credit = CLOCKED_DATE_RE.search(view) and SOURCE_CREDIT_RE.search(view)
            if tools or credit or POSTED_DATE_RE.search(view) or EPAPER_BANNER_DATE_RE.search(view):
                found["dateline"].append(view)
            # an e-paper's path names the print edition (某某日报/2024 年/2 月/27 日/第 001 版)
            elif PRINT_EDITION_RE.search(view):
                found["source"].append(view)
        elif PRINT_EDITION_RE.match(view := to_simplified_line(r.text.strip())):
            # a print-edition credit the page glued to a photo caption (《某报》( 2018年
            # 04月27日 16 版) 3月15日的某村……摄) went with the caption: it still dates the story
            found["source"].append(view)
    bare = [t for t in found["dateline"] if BARE_DATE_LINE_RE.match(t)]
    if len(bare) >= LIST_DATE_LINES_MIN:
        found["dateline"] = [t for t in found["dateline"] if t not in bare]
    return _Credits(tuple(found["source"]), tuple(found["byline"]), tuple(found["dateline"]))


def _iso(y: str, m: str, d: str) -> str | None:
    year, month, day = int(y), int(m), int(d)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _cn_count(numeral: str) -> int:
    """十 -> 10, 十二 -> 12, 二十 -> 20, 二十八 -> 28, 八 -> 8."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return CN_DIGITS.get(numeral, 0) if len(numeral) == 1 else 0
    return (CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (CN_DIGITS.get(units, 0) if units else 0)


def _cn_iso(m: re.Match[str]) -> str | None:
    """A date written in Chinese numerals (二〇一五年十月八日), as ISO."""
    year = "".join(str(CN_DIGITS[c]) for c in m["y"])
    return _iso(year, str(_cn_count(m["m"])), str(_cn_count(m["d"])))


def _first_date(texts: Iterable[str]) -> str | None:
    for text in texts:
        # 转自：http://…/2021-06/10/content_….htm shows the reader no date
        text = URL_RE.sub(" ", text)
        if COMPACT_DATE_LINE_RE.fullmatch(text) and (iso := _iso(text[:4], text[4:6], text[6:8])):
            return iso
        for m in (
            *DATE_RE.finditer(text),
            *DAY_FIRST_DATE_RE.finditer(text),
            *SPACED_YEAR_DATE_RE.finditer(text),
        ):
            iso = _iso(m["y"], m["m"], m["d"])
            if iso:
                return iso
        for m in SHORT_YEAR_LABELLED_DATE_RE.finditer(text):
            if iso := _iso(SHORT_YEAR_CENTURY + m["y"], m["m"], m["d"]):
                return iso
        for m in CN_DATE_RE.finditer(text):
            if (iso := _cn_iso(m)) and iso[:2] in ("19", "20"):
                return iso
    return None


def _banner_clock(published: str, credits: _Credits, text: str) -> bool:
    """Whether ``published`` is only a reader's clock: a bare date line (2026-01-25
    星期日) while the page labels its own day without a year (日期：10-31) on another."""
    own = YEARLESS_LABELLED_DATE_RE.search(text[:SERIAL_MARK_WINDOW])
    if own is None or published[5:] == f"{int(own['m']):02d}-{int(own['d']):02d}":
        return False
    bare = [t for t in credits.dateline if BARE_DATE_LINE_RE.match(t)]
    return published == _first_date(bare) and not any(
        _first_date([t]) == published for t in (*credits.source, *credits.dateline) if t not in bare
    )


def _wire_is_the_page(credits: _Credits) -> bool:
    """Whether the page credits as its source the outlet whose wire dateline opens
    the story (来源：中新网 over 中新网武汉9月26日电): then the page's date is the
    original publication, not a re-post of the wire."""
    wires = {m["outlet"] for t in credits.byline if (m := WIRE_OUTLET_RE.match(t.strip()))}
    sources = {
        m["source"]
        for t in (*credits.source, *credits.dateline)
        if (m := SOURCE_CREDIT_RE.search(t))
    }
    return bool(wires & sources)


def _print_edition(texts: Iterable[str]) -> tuple[str | None, str | None]:
    """(outlet, date) of a print-edition credit: 《光明日报》( 2018年06月27日 05版)."""
    for text in texts:
        m = PRINT_EDITION_RE.search(text)
        if m and m["outlet"]:
            return m["outlet"].strip(), _iso(m["y"], m["m"], m["d"])
        if m:
            return m["outlet2"], _iso(m["y2"], m["m2"], m["d2"])
    return None, None


def _printed_after(dateline: str | None, page: str) -> bool:
    """Whether ``page`` is the day a story filed on ``dateline`` was published."""
    if dateline is None:
        return False
    lag = (date.fromisoformat(page) - date.fromisoformat(dateline)).days
    return 0 <= lag <= WIRE_PUBLICATION_LAG_DAYS


def _wire_date(bylines: Iterable[str], reference: str | None) -> str | None:
    """The date of a dateline (新华社兰州5月11日电), which names no year: the year is
    the hosting page's, or the one before when the day would fall after the page."""
    if reference is None:
        return None
    for text in bylines:
        m = WIRE_DATE_RE.search(text)
        if m:
            iso = _iso(reference[:4], m["m"], m["d"])
            if iso and iso > reference:
                iso = _iso(str(int(reference[:4]) - 1), m["m"], m["d"])
            return iso
    return None


def _dateline_rank(text: str) -> int:
    """Datelines are read labelled first (发布日期：2022-02-09), then unlabelled, then a
    date alone on its line: a portal's banner shows today's date (2024-04-24 | 网站首页)
    above the article's, and only the article's own date carries a label.  A document
    library's upload credit comes last, labelled or not."""
    if LIBRARY_CREDIT_RE.search(text):
        return 3
    if LABELLED_DATE_RE.search(text):
        return 0
    return 2 if BARE_DATE_LINE_RE.match(text) else 1


def _dates(
    credits: _Credits, article: Article, print_date: str | None
) -> tuple[str | None, str | None]:
    """(published, reposted): the print date beats a wire dateline, which beats the
    hosting page's date."""
    # an aggregator's own time stamp (来源：网络整理) dates its copy only
    collected = [t for t in (*credits.source, *credits.dateline) if AGGREGATOR_CREDIT_RE.search(t)]
    reposts = [t for t in credits.dateline if REPOST_DATE_HINT_RE.search(t) and t not in collected]
    # A source line often carries the page date too (来源：新华网 发布时间：2021-05-12);
    # a print-edition credit's date is the print date, read separately.
    # A dated source credit (来源：四川日报 2015-12-23) dates the original article, so
    # it is read before the hosting page's own dateline.
    page_lines = [
        t for t in credits.source if not PRINT_EDITION_RE.search(t) and t not in collected
    ] + sorted(
        (t for t in credits.dateline if t not in reposts and t not in collected),
        key=_dateline_rank,
    )
    page_date = _first_date(page_lines)
    # A paper's credit at the foot of a repost ((2023年10月18日《河北日报》记者 某某)) gives
    # the full date of the original, as a print-edition credit does; a wire dateline
    # (新华社兰州5月11日电) names no year and is read below.
    byline_date = _first_date(credits.byline)
    repost_date = _first_date(reposts)
    html_date = _first_date([article.html_date]) if article.html_date else None
    wire_date = _wire_date(credits.byline, page_date or html_date or repost_date)
    if page_date and (_wire_is_the_page(credits) or _printed_after(wire_date, page_date)):
        wire_date = None
    published = print_date or byline_date or wire_date or page_date or html_date or repost_date
    later = [d for d in (repost_date, page_date, html_date) if d and d != published]
    reposted = max(later) if later and published and max(later) > published else None
    collected_date = _first_date(collected)
    if reposted is None and collected_date and (published is None or collected_date > published):
        reposted = collected_date
    return published, reposted


def _known_outlets(text: str) -> list[Outlet]:
    found = []
    for outlet in outlets():
        if any(name in text for name in outlet.names):
            found.append(outlet)
    # 中国日报网 contains 中国日报: keep only outlets not inside a longer hit.
    return [o for o in found if not any(o.name != p.name and o.name in p.name for p in found)]


def _outlet(credits: _Credits, print_outlet: str | None, article: Article) -> str | None:
    if print_outlet:
        known = _known_outlets(print_outlet)
        return known[0].name if known else print_outlet
    candidates: list[Outlet] = []
    for text in (*credits.byline, *credits.source, *credits.dateline):
        candidates.extend(_known_outlets(text))
    if article.html_author:
        candidates.extend(_known_outlets(to_simplified_line(article.html_author)))
    if candidates:
        return min(candidates, key=lambda o: _OUTLET_RANK.get(o.kind, 1)).name
    for text in credits.byline:
        m = NEWS_FLASH_OUTLET_RE.search(text)
        if m:
            return m["outlet"]
    # A credited source that is no known outlet: 来源：福州日报, 来源：武侯区委组织部.
    sources = [
        m["source"].strip("《》-")
        for text in (*credits.source, *credits.dateline)
        if (m := SOURCE_CREDIT_RE.search(text))
    ]
    if sources:
        # Two credited sources are a re-post's header over the page's own credit
        # (来源：党建网 above 来源：海安日报): the one named after a place or an organ of
        # it is the original's, a portal's name is the re-poster's.
        return next((s for s in sources if outlet_home(s) or outlet_places(s)), sources[0])
    for text in credits.source:
        # An issuing office credited in brackets: (中共淄博市临淄区委组织部).
        inner = text.strip("()（） ")
        if inner and not DATE_RE.search(inner) and "：" not in inner and ":" not in inner:
            return inner
    return None


def _reporters(credits: _Credits) -> tuple[str, ...]:
    names: list[str] = []
    for text in credits.byline:
        for m in BYLINE_NAMES_RE.finditer(text):
            for name in NAME_SPLIT_RE.split(m["names"]):
                name = name.strip()
                if (
                    NAME_MIN_CHARS <= len(name) <= NAME_MAX_CHARS
                    and not any(w in name for w in _NOT_NAMES)
                    and name not in names
                ):
                    names.append(name)
    return tuple(names)


# A serial's listing shows its marks (连载中, 分类：都市小说) at the head of the page,
# within this many characters of the text's start.
SERIAL_MARK_WINDOW = 400


# A labelled date the cleaner left in the text (a headline glued to 时间：2021-12-20 and
# the lead; a credit line garbled past recognition) stands at the head of the page, within
# this many characters; one further down is a date the article talks about.
TEXT_DATELINE_WINDOW = 200


def _text_dateline(text: str) -> str | None:
    """The page's own labelled date left in the head of its text, when no removed line
    dated the page."""
    head = text[:TEXT_DATELINE_WINDOW]
    m = LABELLED_DATE_RE.search(head)
    return _first_date([head[m.start() :]]) if m else None


# A speech's date stands under its title and speaker, within this many characters of
# the text's start (a document host glues title, speaker and date into one line).
SPEECH_DATE_WINDOW = 300


def _speech_date(
    text: str, title: str, published: str | None, reposted: str | None
) -> tuple[str | None, str | None]:
    """(published, reposted) for a speech that prints the day it was given: that day is
    its date, and a later page date (a document host's upload) the repost's."""
    if not SPEECH_TITLE_RE.search(title):
        return published, reposted
    m = SPEECH_DATE_RE.search(text[:SPEECH_DATE_WINDOW])
    if m is None:
        return published, reposted
    try:
        given = date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return published, reposted
    if published and published > given:
        reposted = max(published, reposted or published)
    return given, reposted


# --------------------------------------------------------------------------- places


def _localities(mentions: Sequence[PlaceMention]) -> tuple[Locality, ...]:
    """Places by mentions, most first; ties keep the order of first mention."""
    counts = Counter((m.name, m.level, m.province, m.city) for m in mentions)
    locs = [Locality(name, level, prov, city, n) for (name, level, prov, city), n in counts.items()]
    return tuple(sorted(locs, key=lambda loc: -loc.mentions))


# --------------------------------------------------------------------------- entry


def _within(mentions: Sequence[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def extract_metadata(
    text: str,
    removals: Sequence[Removal],
    article: Article,
    choice: TitleChoice | None = None,
) -> Metadata:
    """Metadata of a cleaned article from its simplified ``text`` and what was removed;
    ``choice`` is its headline when the caller has chosen it already."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    credits = _credits(removals)
    if SERIAL_LISTING_RE.search(text[:SERIAL_MARK_WINDOW]):
        # a serial's update time dates no text: when in doubt, no date
        kept = tuple(t for t in credits.dateline if not UPDATE_TIME_RE.match(t))
        credits = _Credits(credits.source, credits.byline, kept)
    print_outlet, print_date = _print_edition((*credits.source, *credits.dateline))
    published, reposted = _dates(credits, article, print_date)
    if (
        published is None
        and reposted is None
        and not SERIAL_LISTING_RE.search(text[:SERIAL_MARK_WINDOW])
    ):
        published = _text_dateline(text)
    if published and _banner_clock(published, credits, text):
        published = None  # the page's own day has no year: when in doubt, no date

    if choice is None:
        choice = title_of(text, removals, article)
    title, derived = choice.text, choice.derived
    published, reposted = _speech_date(text, title, published, reposted)
    at = choice.index
    in_text = at is not None
    # Places are found in one pass over title and text, so a short name in the
    # title (安吉) is read in the context of the whole article (湖州市 named below).
    # A title from the HTML metadata is scanned in front of the text; a derived
    # title is the lead's own words and gets no title weight.
    prefix = title + "\n" if not in_text and not derived else ""
    mentions = find_places(prefix + text)
    if at is not None:
        title_start = len("\n".join(paragraphs[:at])) + (1 if at else 0)
        title_span = (title_start, title_start + len(paragraphs[at]))
        first_lead = at + 1
    else:
        title_span = (0, len(prefix))
        first_lead = 0
    lead_start = len(prefix) + len("\n".join(paragraphs[:first_lead])) + (1 if first_lead else 0)
    lead_end = lead_start + len("\n".join(paragraphs[first_lead : first_lead + LEAD_PARAGRAPHS]))
    text_mentions = _within(mentions, len(prefix), len(prefix) + len(text))
    localities = _localities(text_mentions)
    actors = actor_mentions(prefix + text, mentions)
    away = {m.start for m in mentions} - {m.start for m in actors}
    first_paragraph = (
        lead_start,
        lead_start + len(paragraphs[first_lead] if first_lead < len(paragraphs) else ""),
    )
    outlet = _outlet(credits, print_outlet, article)
    # a place glossing a zone's name (福州(平潭)实验区) is no subject of the title or lead
    glosses = gloss_starts(prefix + text, mentions)
    actors = [m for m in actors if m.start not in glosses]
    organ_levels = unnamed_organ_levels(prefix + text, title_span, (lead_start, lead_end))
    title_actors = _within(actors, *title_span)
    home = home_division(
        (outlet, *credits.source, *credits.dateline, *credits.byline),
        prefix + text,
        (title_span, (lead_start, lead_end)),
        title_actors,
    )
    primary = (
        None
        if is_digest(prefix + text, mentions, title_span)
        or is_national(organ_levels, subject_mentions(prefix + text, title_actors))
        else primary_locality(
            _within(actors, *title_span),
            _within(subject_mentions(prefix + text, actors), lead_start, lead_end),
            localities,
            scores=mention_scores(prefix + text, text_mentions),
            outlet=outlet_places(outlet),
            towns=find_towns(prefix + text, mentions, title_span, (lead_start, lead_end)),
            organ_levels=opening_organ_levels(
                prefix + text,
                [m.start for m in subject_mentions(prefix + text, actors)],
                title_span,
                (lead_start, lead_end),
            ),
            home=home,
            paper=paper_division((outlet, *credits.source, *credits.dateline, *credits.byline)),
            label=None if derived else headline_label(prefix + text, title_span, actors),
            # an aid team's region received the sender's cadres (漯河援疆工作队 in 哈密)
            # ... and where the lead's study tour went (赴合肥市学习考察): its sender acts
            visited=[m for m in _within(mentions, *title_span) if m not in actors]
            + toured_places(prefix + text, mentions, away, first_paragraph),
            aided=aided_places(prefix + text, text_mentions),
            relayed=relayed_levels(prefix + text, *title_span),
            opening=opening_actor(
                prefix + text,
                subject_mentions(prefix + text, actors),
                first_paragraph,
            ),
        )
    )
    return Metadata(
        title=title,
        title_derived=derived,
        outlet=outlet,
        published=published,
        reposted=reposted,
        reporters=_reporters(credits),
        localities=localities,
        primary_locality=primary,
    )
