"""Markdown to text: the syntax goes, the text and its lines stay."""

from __future__ import annotations

from reporter.ingest import resources as res


def markdown_to_text(markdown: str) -> tuple[str, dict[str, str]]:
    """Markdown without the syntax that is not text; one line stays one line.

    Headings, quote markers, bullets, table rules, emphasis, code fences and inline
    HTML go; links keep their text; images and link definitions are dropped.  YAML
    front matter is dropped too, its ``title``/``date``/``author``/``source`` kept
    as metadata.
    """
    meta: dict[str, str] = {}
    front = res.MD_FRONT_MATTER.match(markdown)
    if front:
        for key, value in res.MD_FRONT_MATTER_FIELD.findall(front.group(1)):
            name = {"source": "sitename", "site": "sitename"}.get(key.lower(), key.lower())
            value = value.strip().strip("\"'")
            if value and name not in meta:
                meta[name] = value
        markdown = markdown[front.end() :]
    markdown = res.MD_HTML_BLOCK.sub("", markdown)
    out: list[str] = []
    in_fence = False
    for line in markdown.split("\n"):
        if res.MD_FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)  # code is kept as text: it may be all a page quotes
            continue
        if (
            res.MD_SETEXT_OR_RULE.match(line)
            or res.MD_TABLE_DELIMITER.match(line)
            or res.MD_LINK_DEFINITION.match(line)
        ):
            out.append("")
            continue
        line = res.MD_BLOCKQUOTE.sub("", line)
        heading = res.MD_HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = res.MD_BULLET.sub("", line)
        if line.lstrip().startswith("|"):
            line = res.MD_TABLE_PIPE.sub(" ", line).strip()
        out.append(_markdown_inline(line))
    return "\n".join(out), meta


def _markdown_inline(line: str) -> str:
    line = res.MD_IMAGE.sub("", line)
    line = res.MD_LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), line)
    line = res.MD_AUTOLINK.sub("", line)
    line = res.MD_CODE_SPAN.sub(r"\2", line)
    line = res.MARKUP_LEFTOVER.sub("", line)
    line = res.MD_STRONG.sub(r"\2", line)
    for pattern in (res.MD_STRIKE, res.MD_EMPHASIS_STAR, res.MD_EMPHASIS_UNDERSCORE):
        line = pattern.sub(r"\1", line)
    return res.MD_ESCAPE.sub(r"\1", line)
