"""Stage 3: sentence splitting.  PLACEHOLDER: replaced by the issue-3 work."""

from __future__ import annotations

import re

from reporter.models import CleanArticle, Document, Sentence

_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]*[”’」』]?")


def split_sentences(article: CleanArticle) -> Document:
    sentences: list[Sentence] = []
    offset = 0
    for p, para in enumerate(article.text.split("\n")):
        for m in _SENT.finditer(para):
            s, e = offset + m.start(), offset + m.end()
            t = article.text[s:e]
            if t.strip():
                sentences.append(Sentence(len(sentences), p, s, e, t, article.original_text[s:e]))
        offset += len(para) + 1
    return Document(article, tuple(sentences))
