"""Issue 17: HTML ids unique per article whatever its name, so every citation lands on
the sentence of the article it names."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

from reporter.pipeline import build_brief
from reporter.render.html import render_html
from reporter.render.view.text import anchor_for, article_anchor
from reporter.settings import Settings

SAFETY = Path(__file__).resolve().parents[2] / "fixtures" / "ingest" / "safety"
ELEMENT_ID = re.compile(r'\bid="([^"]+)"')
HREF = re.compile(r'href="#([^"]+)"')
CARD = re.compile(r'<article class="card" id="([^"]+)"[^>]*>(.*?)</article>', re.S)
SENTENCE_ID = re.compile(r'<li class="sent" id="([^"]+)">')


def test_file_names_differing_by_punctuation_get_their_own_anchors(tmp_path: Path) -> None:
    """`x y`, `x_y` and `x.y` used to share the anchors a-x_y…: citations of two of
    them landed on the third."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sources = sorted(SAFETY.glob("*.txt"))
    for name, source in zip(("x y.txt", "x_y.txt", "x.y.txt"), sources, strict=True):
        shutil.copy(source, corpus / name)
    brief = build_brief(Settings(inputs=(corpus,)))
    assert sorted(d.id for d in brief.documents) == ["x y", "x.y", "x_y"]
    html = render_html(brief, "zh")
    ids = Counter(ELEMENT_ID.findall(html))
    assert [i for i, n in ids.items() if n > 1] == []
    assert set(HREF.findall(html)) <= set(ids)  # every link has its target
    cards = CARD.findall(html)
    assert len(cards) == 3
    texts = {d.id: {s.index: s.text for s in d.sentences} for d in brief.documents}
    for card_id, body in cards:
        sentence_ids = SENTENCE_ID.findall(body)
        assert sentence_ids and all(s.startswith(card_id + "-s-") for s in sentence_ids)
    # a sentence's anchor is in the card of its own article, holding its own text
    owner = {s: card_id for card_id, body in cards for s in SENTENCE_ID.findall(body)}
    by_card = {card_id: body for card_id, body in cards}
    for doc_id, sentences in texts.items():
        for index, text in sentences.items():
            anchor = anchor_for(doc_id, index)
            if anchor in owner:
                assert owner[anchor] == article_anchor(doc_id)
                start = by_card[owner[anchor]].index(f'id="{anchor}"')
                assert text[:20] in by_card[owner[anchor]][start : start + 2000]
