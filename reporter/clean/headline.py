"""The headline of an article: scored among the short lines at the head of the page,
else the HTML title, else derived from the lead; and the head made the text's first line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reporter.clean.headline_page import (
    TITLE_DASHES,
    above_trail,
    dropped_copies,
    fuller_copy,
    headline_before_dateline,
    join_two_line_headline,
    record_head_lines,
    recorded_pair,
    removed_titles,
    site_signature,
    trail_titles,
    without_corner_tail,
)
from reporter.clean.headline_text import (
    CLAUSE_JOINS,
    TITLE_LABEL_MAX_CHARS,
    TITLE_SHORT_CHARS,
    before_glued_lead,
    before_salutation,
    caption_title,
    clean_title,
    han_grams,
    is_body,
    listed_above_body,
    may_be_title,
    over_the_body,
    part_of,
    quoted_whole,
    quotes_body,
    stacked_main,
    summary_above,
    teaser_above,
    without_author,
    without_column_tag,
    words_of,
    wrapped_stub,
)
from reporter.clean.metadata_resources import (
    BRACKETED_LEAD_TITLE_RE,
    BRACKETED_LINE_RE,
    CHAPTER_HEADING_RE,
    CLAUSE_MARK_RE,
    CLAUSE_SPLIT_RE,
    DATE_RE,
    HAN_NUMBER_SPACE_RE,
    HEADLINE_BEFORE_DATELINE_RE,
    HEADLINE_BEFORE_LEAD_IN_RE,
    HEADLINE_BEFORE_SPEECH_RE,
    LEAD_TIME_CLAUSE_RE,
    LIST_ITEM_RE,
    SENTENCE_SPLIT_RE,
    TITLE_DATELINE_TAIL_RE,
    TITLE_EDGE_PUNCT_RE,
    TITLE_FEED_PREFIX_RE,
    TITLE_FILE_EXTENSION_RE,
    TITLE_MARKER_RE,
    TITLE_OUTLET_PREFIX_RE,
    TITLE_SERIES_PREFIX_RE,
    TITLE_TRAIL_PREFIX_RE,
    TITLE_TRUNCATED_RE,
)
from reporter.clean.resources import BODY_END_RE, HAN_RE
from reporter.clean.script import to_simplified_line
from reporter.clean.steps import title_without_site
from reporter.models import Article, Removal
from reporter.text.gazetteer import find_places

# What may follow a headline that the lead repeats as its opening words; anything else
# after a head line that opens a paragraph below means the line is that paragraph cut.
LEAD_STUB_BREAKS = "，。；：！？,.;:!? "
# A derived title is a clause or two of the lead, not a sentence.
DERIVED_TITLE_MAX_CHARS = 40
DERIVED_TITLE_MAX_CLAUSES = 2
# Paragraphs after the title that count as the lead (for a derived title, and for
# locality weighting in reporter.clean.metadata).
LEAD_PARAGRAPHS = 2

# The headline sits among the short lines at the head of a page (navigation, counters,
# a credit line, the headline, a subtitle); the first paragraph longer than a title or
# closed like a sentence ends the head.  At most this many lines are looked at.
HEAD_MAX_LINES = 12
# Score of a candidate line: its agreement with the text (share of its character pairs
# the body repeats) weighs most, each line further down costs a little, a label-sized
# line costs a lot, a line the page repeats (原标题：…, 题：…) gains.
AGREEMENT_WEIGHT = 3.0
# Beyond this agreement a line is simply about the article: a headline (0.25 on real
# pages) agrees no less than a subhead or a caption below it (0.4-0.5), which must
# not win by repeating the body's words.
AGREEMENT_ENOUGH = 0.3
# Each line further down costs this much: between two lines that both agree enough,
# the upper one is the headline (a subhead or a teaser follows it), yet a headline
# four lines under a banner still beats the banner's weaker agreement.
POSITION_PENALTY = 0.15
# A label-sized line (郭某某, 正文, 要闻) loses against any real candidate, even one
# that agrees half as much and stands a few lines below.
SHORT_PENALTY = 2.5
# A kicker, a line sharing no character pair with the lead above one that does,
# loses this much: the lead restates the news its headline states, a kicker (同台竞技
# 比学赶超争创一流: a slogan the body may echo further down) nothing the lead does.
# Enough for the headline one line below to win, too little for a line far below.
# (A bonus for agreeing with the lead would lift a subtitle that restates the lead
# over its main title, which is often a figure of speech.)
LEAD_SILENT_PENALTY = 0.5
# The lead that echoes the headline: the first two body paragraphs.  A main title of
# figures of speech (锻造有担当有作为的干部队伍) over a subtitle that restates the first
# paragraph is echoed by the second; a kicker's slogan comes back later if at all.
LEAD_ECHO_PARAGRAPHS = 2
# A repeated line gains as much as a third of full agreement: the page itself says
# it is the headline.
REPEATED_BONUS = 0.5
# A headline the page cut short (……) is a last resort: its full copy, or a complete
# line below it, is the headline.
TRUNCATED_PENALTY = 1.0
# A line sharing fewer pairs with the body is about something else (a spam line, a
# menu: none; a site's slogan: one by chance, as for spam lines in the cleaner):
# never the headline.  Real headlines share two (an interview's title, seed 002's
# People's Daily feature: 0.09-0.13 of their pairs) up to all of them ...
MIN_TITLE_SHARED_PAIRS = 2
# ... and at least this share, so a long spam line is not saved by two chance pairs.
MIN_TITLE_AGREEMENT = 0.05
# A breadcrumb's last item stands for the headline of a page that has no head line only
# when the body repeats at least this many of its character pairs (a channel name such
# as 新闻中心 shares none).
MIN_TRAIL_TITLE_SHARED_PAIRS = 4
# A sidebar of other stories lists at least this many items, a bullet opening each.
LIST_MIN_ITEMS = 3
# Marks that open a bulleted line: an intertitle (■镇里来了工作队), a byline (■ 记者 某某)
# or a caption (▲某某为获胜镇颁奖), never the headline; clean_title strips them.
BULLET_MARKS = ("■", "▲", "◆", "●", "▪", "►")
# A line printed twice among the head lines (the page's <title> over its <h1>) names
# the headline when it is this long; two equal short lines are a banner (某某网).
REPEATED_LINE_MIN_CHARS = 10
# A line printed above or below the best one that scores this much less is another
# story's headline or furniture, not the best line's kicker or subtitle.
STACKED_SCORE_GAP = 1.0


@dataclass(frozen=True)
class TitleChoice:
    """The headline chosen for an article: its text, the paragraph it stands on
    (None when it came from the HTML metadata or was derived), and whether it was
    derived from the lead because the page shows none."""

    text: str
    index: int | None
    derived: bool


def _list_items(paragraphs: Sequence[str]) -> frozenset[int]:
    """Lines that are items of a list of other stories above the story (a sidebar:
    · 标题... one per line): a run of at least :data:`LIST_MIN_ITEMS` bulleted lines (a
    page that bullets its breadcrumb and headline alike makes no such run)."""
    bulleted = [LIST_ITEM_RE.match(p.strip()) is not None for p in paragraphs]
    items: set[int] = set()
    start = 0
    for i in range(len(bulleted) + 1):
        if i == len(bulleted) or not bulleted[i]:
            if i - start >= LIST_MIN_ITEMS:
                items.update(range(start, i))
            start = i + 1
    return frozenset(items)


def _head(paragraphs: Sequence[str], listed: frozenset[int]) -> int:
    """Number of paragraphs before the body starts; the items of a list of other
    stories (``listed``) take no place among the head lines."""
    seen = 0
    for i, para in enumerate(paragraphs):
        if i in listed:
            continue
        if seen == HEAD_MAX_LINES or is_body(para.strip()):
            return i
        seen += 1
    return len(paragraphs)


def _as_repeated(text: str, repeated: Sequence[str]) -> str:
    """``text`` without a label the page put before its headline (热点关注：标题), when
    the page itself names the headline (原标题：标题): whatever the label's words."""
    for r in repeated:
        if r and text != r and text.endswith(r):
            label = text[: -len(r)].rstrip()
            if label.endswith((":", "：")) and len(label) <= TITLE_LABEL_MAX_CHARS:
                return r
    return text


def _main_title_above(paragraphs: Sequence[str], index: int, text: str) -> str | None:
    """The main title printed on the line above a subtitle that opens with a dash
    (先锋力量 / ——贵州脱贫攻坚……): a subtitle alone is half a headline, and when it
    outscored its main title (a few characters, which the scoring takes for a label)
    the page's headline is the two together."""
    if index == 0 or not text.startswith(TITLE_DASHES):
        return None
    above = clean_title(paragraphs[index - 1])
    if not above or not may_be_title(above) or above.endswith(TITLE_DASHES):
        return None
    return above


def _stacked_choice(
    scored: Sequence[tuple[float, int, str, bool]], index: int, text: str
) -> tuple[int, str]:
    """The main title when the best line and a candidate right above or below it are a
    kicker and its main title, or a main title and its subtitle (引题/主题/副题 printed
    on lines of their own): scores cannot tell them apart, both repeat the body."""
    by_index = {i: (score, t) for score, i, t, _ in scored}
    best = by_index[index][0]
    if any(text in t for i, (_, t) in by_index.items() if abs(i - index) > 1):
        return index, text  # printed again further down (with a column tag): no kicker
    for other in (index - 1, index + 1):
        if other not in by_index:
            continue
        score, line = by_index[other]
        if best - score > STACKED_SCORE_GAP:
            continue
        upper, lower = (line, text) if other < index else (text, line)
        main = stacked_main(upper, lower)
        if main is not None:
            chosen = min(index, other) + main
            return chosen, by_index[chosen][1]
    return index, text


def _kickers_demoted(
    scored: list[tuple[float, int, str, bool]], silent: Sequence[int]
) -> list[tuple[float, int, str, bool]]:
    """``scored`` with each kicker losing :data:`LEAD_SILENT_PENALTY`: a line the lead
    does not echo above a candidate it does (a subtitle opening with a dash does not
    count: it completes the line above, whatever the lead says)."""
    echoed = [i for _, i, t, _ in scored if i not in silent and not t.startswith(TITLE_DASHES)]
    return [
        (score - LEAD_SILENT_PENALTY, i, text, marked)
        if i in silent and any(k > i for k in echoed)
        else (score, i, text, marked)
        for score, i, text, marked in scored
    ]


def _lead_stub(line: str, below: Sequence[str]) -> bool:
    """Whether ``line`` is the lead cut short (a page's summary line): a line of more
    than one clause that a paragraph below starts with and runs on mid-clause, where a
    headline repeated as the lead's opening words would be followed by a mark (，。)."""
    if not CLAUSE_MARK_RE.search(line):
        return False  # one clause: a headline the lead may well open with
    for para in below:
        rest = para.strip()
        if len(rest) > len(line) and rest.startswith(line):
            return rest[len(line)] not in LEAD_STUB_BREAKS
    return False


def choose_title(
    paragraphs: Sequence[str],
    removed_titles: Sequence[str] = (),
    html_title: str | None = None,
    trail_titles: Sequence[str] = (),
    duplicates: Sequence[str] = (),
    banner_lines: int = 0,
) -> TitleChoice | None:
    """The headline among the head lines of ``paragraphs`` (simplified), scored; or the
    HTML page's title; None when neither exists (the caller derives one).

    ``removed_titles`` are headlines the page repeats in lines cleaning removed
    (原标题：…).  A candidate that another candidate contains is its truncated copy:
    the full one wins.  ``trail_titles`` end the page's breadcrumb trail: a head line
    equal to one is a candidate however few words the body repeats (a novel's chapter
    title), though it gains nothing over the others (a column banner may equal it too).
    ``duplicates`` are paragraphs cleaning dropped as copies of earlier ones: a head
    line among them was printed twice, as a line repeated among the head lines is.
    ``banner_lines`` head lines stand above the page's breadcrumb trail (首页 > 栏目 >
    正文): a site's banner and topic links, never the headline when a candidate stands
    below the trail.
    """
    # a one-paragraph text is all body: its line is no headline
    listed = _list_items(paragraphs)
    head = _head(paragraphs, listed) if len(paragraphs) >= 2 else 0
    # a one-sentence teaser above the headline: the line under it is the only candidate
    teaser = (
        head == 0
        and len(paragraphs) >= 3
        and (
            teaser_above(paragraphs[0], paragraphs[1])
            or summary_above(paragraphs[0], paragraphs[1])
        )
    )
    head = 2 if teaser else head
    again = listed_above_body(paragraphs, head) if not (teaser or html_title) else None
    if again is not None:
        return TitleChoice(clean_title(paragraphs[again].strip()), again, False)
    body = "\n".join(paragraphs[head:])
    body_grams = han_grams(body)
    if not body_grams:  # a page of short lines only: each line is the others' body
        body_grams = han_grams("\n".join(paragraphs))
    lead_grams = han_grams("\n".join(paragraphs[head : head + LEAD_ECHO_PARAGRAPHS]))
    repeated = [clean_title(t) for t in removed_titles]
    dropped_copies = {clean_title(t) for t in duplicates}
    trail = {words_of(t) for t in trail_titles}
    scored: list[tuple[float, int, str, bool]] = []
    silent: list[int] = []  # candidates sharing no character pair with the lead
    for i, para in enumerate(paragraphs[int(teaser) : head], start=int(teaser)):
        line = para.strip()
        if i in listed:
            continue
        text = _as_repeated(clean_title(line), repeated)
        # a line closed by a comma is a clause the scraper broke off its sentence
        # (某市政府在动员大会上宣布，), however headline-like: a headline ends without one
        if not text or not may_be_title(text) or line.endswith(tuple(CLAUSE_JOINS)):
            continue
        if line.startswith(BULLET_MARKS):
            continue  # ■镇里来了工作队: a bulleted line is an intertitle, byline or caption
        grams = han_grams(text)
        if not grams or _lead_stub(line, paragraphs[i + 1 :]):
            continue
        if site_signature(text, i, paragraphs):
            continue
        shared = len(grams & body_grams)
        agreement = shared / len(grams)
        unrelated = (
            shared < min(MIN_TITLE_SHARED_PAIRS, len(grams)) or agreement < MIN_TITLE_AGREEMENT
        )
        # repeated inside a longer line (a caption, a wire's dateline 某某社北京电/标题,
        # its 题：…); a line of the head holding it with a clause more (主题 副题 on
        # one line above the two printed apart) is its fuller copy, not a quotation
        quoted = [
            k
            for k, p in enumerate(paragraphs)
            if k != i
            and len(p) > len(line)
            and quoted_whole(text, p)
            and not (k < head and part_of(text, clean_title(p.strip())))
        ]
        # a headline of figures of speech (踔厉奋发向前进) shares few words with its
        # body; printed twice at the head of the page it is the headline all the same
        # (a label-sized line twice is a banner: 某某网 over 某某网 > 要闻)
        twice = len(text) >= TITLE_SHORT_CHARS and any(k < head for k in quoted)
        # ... and so it is when the page names it in a marker line (原标题：标题 under
        # 某某时评|标题): a commentary's headline is a figure of speech more often than not
        named = any(
            len(words_of(r)) >= TITLE_SHORT_CHARS and words_of(r) in words_of(text)
            for r in repeated
        )
        chapter = CHAPTER_HEADING_RE.match(text) is not None
        # right under the trail (首页 > 正文) is the headline, however figurative (b60_05)
        under_trail = banner_lines > 0 and i == banner_lines
        if (
            unrelated
            and words_of(text) not in trail
            and not twice
            and not named
            and not chapter
            and not under_trail
            and not quotes_body(text, body)
        ):
            continue
        rank = i - sum(1 for k in listed if k < i)
        score = AGREEMENT_WEIGHT * min(agreement, AGREEMENT_ENOUGH) - POSITION_PENALTY * rank
        if not grams & lead_grams:
            silent.append(i)
        if len(text) < TITLE_SHORT_CHARS:
            score -= SHORT_PENALTY
        if TITLE_TRUNCATED_RE.search(text):
            score -= TRUNCATED_PENALTY
        # repeated: by a marker line (原标题：…) or inside a longer line; two equal
        # short lines are a banner, not a headline
        copies = len(text) >= REPEATED_LINE_MIN_CHARS and (
            any(k != i and clean_title(paragraphs[k].strip()) == text for k in range(head))
            or text in dropped_copies
        )
        if quoted or copies or any(text in r or r in text for r in repeated if r):
            score += REPEATED_BONUS
        scored.append((score, i, text, TITLE_MARKER_RE.match(line) is not None))
    if any(i >= banner_lines for _, i, _, _ in scored):
        scored = [c for c in scored if c[1] >= banner_lines]  # the banner over the trail
    scored = _kickers_demoted(scored, silent)
    html = clean_title(html_title) if html_title else ""
    if html and not may_be_title(html):
        html = ""
    if scored:
        _, index, text, _ = max(scored, key=lambda c: (c[0], -c[1]))
        index, text = _stacked_choice(scored, index, text)
        main = _main_title_above(paragraphs, index, text)
        if main is not None:
            index, text = index - 1, main + text
        stub = wrapped_stub(paragraphs, index, head, text, body_grams)
        if stub is not None:
            text += stub
        # the full headline beats its truncated copy: 纪实 vs 干部去哪儿了？——…纪实
        stem = TITLE_TRUNCATED_RE.sub("", text)
        fuller = [c for c in scored if c[2] != text and fuller_copy(c[2], stem, c[3], stem != text)]
        if fuller:
            _, index, text, _ = min(fuller, key=lambda c: c[1])
        elif stem != text:
            # a headline cut short (……) is often printed in full below a page list
            for k, para in enumerate(paragraphs[:HEAD_MAX_LINES]):
                full = clean_title(para)
                if (
                    k > index
                    and full.startswith(stem)
                    and len(full) > len(stem)
                    and may_be_title(full)
                    and not TITLE_TRUNCATED_RE.search(full)
                ):
                    index, text = k, full
                    break
        text = without_corner_tail(text, body)
        # the page's declared title (<title>, og:title) wins unless the line is it
        # or holds it in full (a <title> cut short by the site)
        if html and html not in text:
            return TitleChoice(html, None, False)
        return TitleChoice(text, index, False)
    if html:
        return TitleChoice(html, None, False)
    return None


def title_line(paragraphs: Sequence[str]) -> str | None:
    """The headline line of ``paragraphs`` when the page shows one."""
    choice = choose_title(paragraphs)
    return choice.text if choice is not None and choice.index is not None else None


def derive_title(paragraphs: Sequence[str]) -> str:
    """A title made from the lead: the first clause that opens with a place name
    (崂山区先后选派出1628名干部，...), else the lead's first clauses."""
    kept = [p for p in paragraphs if p.strip() and not BRACKETED_LINE_RE.fullmatch(p.strip())]
    lead = kept[:LEAD_PARAGRAPHS]  # an affiliation in brackets is a note, no lead
    # an excerpt cut before its body restates the headline (查处某一官员时为什么先把他调离 over
    # a paragraph on another point): the page's first line, one clause shaped like a
    # headline above its body, names the article better than a clause of the body
    # a Q&A or digest page opens its text with the headline in brackets (【标题】正文……)
    bracketed = BRACKETED_LEAD_TITLE_RE.match(lead[0].strip()) if lead else None
    if bracketed is not None and may_be_title(bracketed["title"]):
        return bracketed["title"]
    first = lead[0].strip() if len(lead) > 1 else ""
    one_clause = not CLAUSE_MARK_RE.search(first) and not BODY_END_RE.search(first)
    if len(first) >= TITLE_SHORT_CHARS and one_clause and may_be_title(first):
        return first
    for para in lead:
        for sentence in SENTENCE_SPLIT_RE.split(para):
            clauses = [c for c in CLAUSE_SPLIT_RE.split(sentence) if c.strip()]
            for i, clause in enumerate(clauses):
                places = find_places(clause)
                if places and places[0].start == 0:
                    return _clip_clauses(clauses[i:])
    # the first sentence with words (a line may open with marks a lost character left)
    sentences = [t for p in lead for t in SENTENCE_SPLIT_RE.split(p) if HAN_RE.search(t)]
    if sentences:
        first_sentence = before_salutation(TITLE_EDGE_PUNCT_RE.sub("", sentences[0]))
        # a speech's title run on into its words (在某某会议上的讲话今天是……): the title
        speech = HEADLINE_BEFORE_SPEECH_RE.match(first_sentence)
        if speech is not None:
            return speech["title"]
        clauses = [c for c in CLAUSE_SPLIT_RE.split(first_sentence) if c.strip()]
        # 5月19日上午，在……召开: the title starts with what happened, not when
        while len(clauses) > 1 and LEAD_TIME_CLAUSE_RE.match(clauses[0].strip()):
            clauses = clauses[1:]
        return _clip_clauses(clauses)
    return ""


def _clip_clauses(clauses: Sequence[str]) -> str:
    out = ""
    for clause in clauses[:DERIVED_TITLE_MAX_CLAUSES]:
        if out and len(out) + len(clause) > DERIVED_TITLE_MAX_CHARS:
            break
        out += clause
    out = before_glued_lead(HAN_NUMBER_SPACE_RE.sub("", out)).rstrip("，,；;：:。！？!? ")
    if len(out) > DERIVED_TITLE_MAX_CHARS:
        out = out[: DERIVED_TITLE_MAX_CHARS - 1] + "…"
    return out


def title_of(text: str, removals: Sequence[Removal], article: Article) -> TitleChoice:
    """The article's headline: a scored head line, the HTML title, else derived."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    html_title = to_simplified_line(article.html_title) if article.html_title else None
    choice = choose_title(
        paragraphs,
        removed_titles(removals),
        html_title,
        trail_titles(removals),
        duplicates=dropped_copies(removals),
        banner_lines=above_trail(paragraphs[:HEAD_MAX_LINES], removals, article.text),
    )
    if choice is not None:
        text, at = without_author(choice.text), choice.index
        recorded = record_head_lines(removals, article.text)
        pair = recorded_pair(paragraphs, at, text, recorded) if at is not None else None
        at, text = pair if pair else (at, text)
        return TitleChoice(without_column_tag(text), at, choice.derived)
    # no head line is a headline, but the repost names the original's (原标题：标题,
    # removed as a note): that is the headline the page shows
    for marked in removed_titles(removals):
        title = clean_title(marked)
        if title and may_be_title(title):
            return TitleChoice(title, None, False)
    # no head line is a headline, but the photo opening the page is captioned with it
    captioned = caption_title(removals, article.text, "\n".join(paragraphs[:LEAD_PARAGRAPHS]))
    if captioned is not None:
        return TitleChoice(captioned, None, False)
    # no head line is a headline, but the trail ends with one the body speaks of: the
    # page shows its title there (首页 > 通辽市 > 标题), better than a derived one
    body_grams = han_grams("\n".join(paragraphs))
    for trail in trail_titles(removals):
        title = clean_title(trail)
        if (
            may_be_title(title)
            and len(han_grams(title) & body_grams) >= MIN_TRAIL_TITLE_SHARED_PAIRS
        ):
            return TitleChoice(title, None, False)
    head = _head(paragraphs, _list_items(paragraphs)) if len(paragraphs) >= 2 else 0
    over = over_the_body(paragraphs, head)
    line = paragraphs[over].strip() if over is not None else ""
    # a bulleted line over the body is a point of the deck (●……), as choose_title has it
    if line and not line.startswith(BULLET_MARKS) and may_be_title(title := clean_title(line)):
        return TitleChoice(title, over, False)
    # a one-line excerpt that kept the headline before the outlet's lead-in or dateline
    first = paragraphs[0] if paragraphs else ""
    glued = HEADLINE_BEFORE_LEAD_IN_RE.match(first) or HEADLINE_BEFORE_DATELINE_RE.match(first)
    if glued and may_be_title(glued["title"].strip()):
        return TitleChoice(glued["title"].strip(), None, False)
    # ... or before its dateline on the page's first line, which went whole as a dateline
    if (before := headline_before_dateline(removals, article.text)) is not None:
        return TitleChoice(before, None, False)
    # a document host's page derives its title from the file's name (年鉴.doc)
    derived = TITLE_FILE_EXTENSION_RE.sub("", derive_title(paragraphs) or "")
    return TitleChoice(derived or article.id, None, True)


# Removals made once the headline is known are reported with the line-removal step.
_HEAD_STEP = "remove_boilerplate_lines"
_ABOVE_TITLE_REASON = "page furniture above the headline"


def settle_title(
    text: str, original: str, choice: TitleChoice
) -> tuple[str, str, list[Removal], TitleChoice]:
    """``text`` and ``original`` (same lines, other script) with the headline chosen
    on a head line made the first line: the short lines above it (menus, banners,
    counters no rule knew) are dropped and recorded, and the line keeps only the
    headline (no glued site name or junk tail)."""
    if choice.index is None:
        return text, original, [], choice
    lines, orig_lines = text.split("\n"), original.split("\n")
    if len(lines) != len(orig_lines):  # never expected: leave the text as it is
        return text, original, [], choice
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    at = nonblank[choice.index]
    removals = [
        Removal(_HEAD_STEP, "navigation", orig_lines[i].strip(), _ABOVE_TITLE_REASON)
        for i in nonblank[: choice.index]
    ]
    if choice.index + 1 < len(nonblank):
        join_two_line_headline(lines, orig_lines, at, nonblank[choice.index + 1], choice.text)
    # The line keeps what the site-name step keeps of a first line (so a second
    # cleaning changes nothing), and of that only the headline when nothing but
    # space stands before it: a glued tail (junk, an outlet) goes, while a marker in
    # front (题：) is the page's own wording and stays.
    line = lines[at]
    kept = title_without_site(line.strip())
    lo = line.find(kept)
    hi = lo + len(kept)
    start = line.find(choice.text, lo)
    front = line[lo:start].strip() if start >= 0 else ""
    credit = any(
        r.fullmatch(front)
        for r in (TITLE_FEED_PREFIX_RE, TITLE_OUTLET_PREFIX_RE, TITLE_SERIES_PREFIX_RE)
    )
    credit = credit or TITLE_TRAIL_PREFIX_RE.fullmatch(f"{front} ") is not None
    if start >= 0 and (not front or credit):
        lo, hi = start, start + len(choice.text)
    elif start >= 0 and TITLE_DATELINE_TAIL_RE.match(line, start + len(choice.text)):
        hi = start + len(choice.text)  # a dateline after the headline is no part of it
    if (lo, hi) != (0, len(line)) and line[lo:hi].strip():
        cut = f"{orig_lines[at][:lo]}…{orig_lines[at][hi:]}".strip(" …")
        if cut and DATE_RE.search(to_simplified_line(orig_lines[at][hi:])):
            # the page's dateline printed after the headline dates the article
            removals.append(Removal(_HEAD_STEP, "dateline", cut, "dateline on the title line"))
        elif cut:
            removals.append(
                Removal(_HEAD_STEP, "navigation", cut, "site name or column label around the title")
            )
        lines[at], orig_lines[at] = line[lo:hi], orig_lines[at][lo:hi]
    return (
        "\n".join(lines[at:]),
        "\n".join(orig_lines[at:]),
        removals,
        TitleChoice(choice.text, 0, False),
    )
