"""Is a sentence an institutional act?  One check for every mechanism.

The cue tables say which act a sentence names (选派, 表彰, 提拔, 培训 …); a mechanism is
present only where the act was done by a Party or government organ TO officials or work
units.  Each new batch of real pages brought false positives of the same few kinds, whatever
the mechanism: an award to brave citizens, a health check for delivery riders, a definition
of 挂职, a list of policy headings, a candidate proposed for promotion.  This module reads
those kinds once per sentence from ``reporter/data/act.toml`` (word lists and frames as
data) and tells the detector, per mechanism, which sentences to veto and which spans to
blank before its cues are matched.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import Any

from reporter.compare.prefilter import Prefilter, haystack
from reporter.compare.resources import alternation

ACT_NAME = "reporter/data/act.toml"
_EFFECTS = frozenset({"veto", "mask"})
# Distinct sentences whose verdict is remembered: a build reads each sentence once per
# mechanism (nine times), so a small cache serves them all; bounded for long corpora.
_CACHE_SIZE = 4096


class ActRulesError(ValueError):
    """The packaged act rules are broken (a packaging bug, never user input)."""


@dataclass(frozen=True)
class Frame:
    label: str
    kind: str
    pattern: re.Pattern[str]
    veto: bool  # False: blank the frame's span only
    mechanisms: frozenset[str] | None  # None: every mechanism


@dataclass(frozen=True)
class Occasion:
    """The occasion of a whole page's prizes: a sports meeting, a gala, a citizens' honour."""

    label: str
    mechanisms: frozenset[str]
    lead: int  # sentences (headline first) where the occasion is looked for
    events: re.Pattern[str]
    cadre_honours: re.Pattern[str]


@dataclass(frozen=True)
class ActRules:
    object_label: str
    object_mechanisms: frozenset[str]
    article_mechanisms: frozenset[str]
    cadre: re.Pattern[str]
    look_alikes: re.Pattern[str]
    public: re.Pattern[str]
    frames: tuple[Frame, ...]
    occasion: Occasion | None = None

    @functools.cached_property
    def prefilter(self) -> Prefilter:
        """The frames' patterns by what their matches must contain (spelled: a frame that
        cannot match vetoes and masks nothing, so only the time changes)."""
        return Prefilter.build((f.pattern for f in self.frames), spell=True)


@dataclass(frozen=True)
class ActVerdict:
    """What the check found in one sentence."""

    vetoes: tuple[tuple[str, frozenset[str] | None], ...]  # (label, mechanisms or all)
    masks: tuple[tuple[str, frozenset[str] | None, tuple[tuple[int, int], ...]], ...]

    def veto_for(self, mechanism_id: str) -> str | None:
        """The label of the first veto that applies to ``mechanism_id``, else None."""
        for label, scope in self.vetoes:
            if scope is None or mechanism_id in scope:
                return label
        return None

    def masks_for(self, mechanism_id: str) -> list[tuple[str, tuple[tuple[int, int], ...]]]:
        """The (label, spans) of the masks that apply to ``mechanism_id``."""
        return [
            (lab, spans)
            for lab, scope, spans in self.masks
            if scope is None or mechanism_id in scope
        ]


NO_VERDICT = ActVerdict((), ())


def _alternation(source: str, key: str, value: Any) -> re.Pattern[str]:
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w for w in value):
        raise ActRulesError(f"{source}: {key} must be a non-empty list of strings")
    return re.compile(alternation(value))


def _mechanisms(source: str, where: str, value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not value or not all(isinstance(m, str) for m in value):
        raise ActRulesError(f"{source}: {where}.mechanisms must be a non-empty list of ids")
    return frozenset(value)


# Placeholders a frame's pattern may hold for the [object] word lists (who is rewarded).
_PLACEHOLDERS = ("{public}", "{cadre}")


def _occasion(source: str, raw: Any) -> Occasion | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("label"), str):
        raise ActRulesError(f"{source}: [occasion] needs a label")
    lead = raw.get("lead")
    if not isinstance(lead, int) or isinstance(lead, bool) or lead < 1:
        raise ActRulesError(f"{source}: occasion.lead must be a positive integer")
    mechs = _mechanisms(source, "occasion", raw.get("mechanisms"))
    if mechs is None:
        raise ActRulesError(f"{source}: occasion.mechanisms is required")
    events = _alternation(source, "occasion.events", raw.get("events"))
    extra = raw.get("event_patterns", [])
    if not isinstance(extra, list) or not all(isinstance(p, str) and p for p in extra):
        raise ActRulesError(f"{source}: occasion.event_patterns must be a list of regexes")
    try:
        events = re.compile("|".join([events.pattern, *extra]))
    except re.error as exc:
        raise ActRulesError(f"{source}: occasion.event_patterns: bad regex: {exc}") from exc
    honours = _alternation(source, "occasion.cadre_honours", raw.get("cadre_honours"))
    return Occasion(raw["label"], mechs, lead, events, honours)


def parse_rules(text: str, source: str = ACT_NAME) -> ActRules:
    data = tomllib.loads(text)
    obj = data.get("object")
    if not isinstance(obj, dict) or not isinstance(obj.get("label"), str):
        raise ActRulesError(f"{source}: [object] with a label is required")
    cadre = _alternation(source, "object.cadre", obj.get("cadre"))
    public = _alternation(source, "object.public", obj.get("public"))
    lists = dict(zip(_PLACEHOLDERS, (public.pattern, cadre.pattern), strict=True))
    scope = _mechanisms(source, "object", obj.get("mechanisms"))
    article_scope = _mechanisms(source, "object.article", obj.get("article_mechanisms"))
    if scope is None or article_scope is None:
        raise ActRulesError(f"{source}: object.mechanisms and article_mechanisms are required")
    frames: list[Frame] = []
    for i, raw in enumerate(data.get("frame", [])):
        where = f"frame #{i + 1}"
        if not isinstance(raw, dict):
            raise ActRulesError(f"{source}: {where} must be a table")
        label, kind, effect, pattern = (raw.get(k) for k in ("label", "kind", "effect", "pattern"))
        if not all(isinstance(v, str) and v for v in (label, kind, pattern)):
            raise ActRulesError(f"{source}: {where} needs label, kind and pattern")
        if effect not in _EFFECTS:
            raise ActRulesError(f"{source}: {where}: effect must be one of {sorted(_EFFECTS)}")
        expanded = str(pattern)
        for name, words in lists.items():
            expanded = expanded.replace(name, f"(?:{words})")
        try:
            compiled = re.compile(expanded)
        except re.error as exc:
            raise ActRulesError(f"{source}: {where}: bad regex: {exc}") from exc
        mechs = _mechanisms(source, where, raw.get("mechanisms"))
        frames.append(Frame(str(label), str(kind), compiled, effect == "veto", mechs))
    return ActRules(
        obj["label"],
        scope,
        article_scope,
        cadre,
        _alternation(source, "object.look_alikes", obj.get("look_alikes")),
        public,
        tuple(frames),
        _occasion(source, data.get("occasion")),
    )


@functools.cache
def rules() -> ActRules:
    text = importlib_resources.files("reporter").joinpath("data", "act.toml").read_text("utf-8")
    return parse_rules(text)


def judge(text: str, act_rules: ActRules | None = None) -> ActVerdict:
    """The vetoes and masks of one (simplified) sentence."""
    if act_rules is None:
        return _judge_cached(text)
    return _judge(text, act_rules)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _judge_cached(text: str) -> ActVerdict:
    return _judge(text, rules())


def _judge(text: str, r: ActRules) -> ActVerdict:
    vetoes: list[tuple[str, frozenset[str] | None]] = []
    masks: list[tuple[str, frozenset[str] | None, tuple[tuple[int, int], ...]]] = []
    # who the act is done to: people outside the state's ranks, and no official at all
    if r.public.search(text) and not names_officials(text, r):
        vetoes.append((r.object_label, r.object_mechanisms))
    # only the frames that may match are run: the others find nothing
    for f in r.prefilter.possible(haystack(text)).select(r.frames):
        if f.veto:
            if f.pattern.search(text):
                vetoes.append((f.label, f.mechanisms))
            continue
        spans = tuple(m.span() for m in f.pattern.finditer(text) if m.end() > m.start())
        if spans:
            masks.append((f.label, f.mechanisms, spans))
    if not vetoes and not masks:
        return NO_VERDICT
    return ActVerdict(tuple(vetoes), tuple(masks))


def names_officials(text: str, act_rules: ActRules | None = None) -> bool:
    """Whether ``text`` names officials, Party members or units rewarded as such."""
    r = act_rules or rules()
    return r.cadre.search(r.look_alikes.sub("", text)) is not None


ARTICLE_OBJECT_LABEL = "全文未提及干部（对象不是干部）"


@functools.lru_cache(maxsize=64)
def _article_names_officials(sentences: tuple[str, ...]) -> bool:
    return any(names_officials(s) for s in sentences)


@functools.lru_cache(maxsize=64)
def _article_occasion(sentences: tuple[str, ...]) -> str | None:
    occasion = rules().occasion
    if occasion is None or not any(occasion.events.search(s) for s in sentences[: occasion.lead]):
        return None
    if any(occasion.cadre_honours.search(s) for s in sentences):
        return None
    return occasion.label


def article_veto(mechanism_id: str, sentences: Sequence[str]) -> str | None:
    """The veto of a whole article for ``mechanism_id``: a page that never names an
    official, a Party member or a work unit (farmers on a course, teachers on Teachers'
    Day, riders honoured by their platform) trains, sends or rewards none, whatever each
    sentence's cue says; the sentence check alone misses the sentences that name no one
    (培训班组织学员前往……观摩学习).  Likewise a page whose lead is a sports meeting or a
    citizens' honour rewards no official, whoever hands the prizes over."""
    r = rules()
    if r.occasion is not None and mechanism_id in r.occasion.mechanisms:
        # the prizes of a sports meeting or a citizens' honour (see act.toml [occasion])
        vetoed = _article_occasion(tuple(sentences))
        if vetoed is not None:
            return vetoed
    if mechanism_id not in r.article_mechanisms:
        return None
    return None if _article_names_officials(tuple(sentences)) else ARTICLE_OBJECT_LABEL


def blank(text: str, spans: Sequence[tuple[int, int]], mask: str) -> str:
    """``text`` with each span replaced by ``mask`` characters (positions kept)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = mask * (b - a)
    return "".join(chars)
