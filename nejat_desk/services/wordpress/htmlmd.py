"""Site HTML to the library's Markdown (markdownify), block by block.

A block is converted only if its Markdown renders back (through the same `render_markdown` the
desk publishes with) to the same HTML; otherwise the block is kept as raw HTML, which Markdown
carries through unchanged. Gutenberg's block comments are dropped; classic-editor text without
paragraph tags is split into paragraphs first, as WordPress's wpautop would.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree
from markdownify import markdownify

from nejat_desk.core.render import render_markdown, sanitize_html

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK_TAG = re.compile(r"<(p|div|h[1-6]|ul|ol|blockquote|pre|table|figure|hr|dl|section|article)\b", re.I)
_SPACE = re.compile(r"\s+")
_BETWEEN_TAGS = re.compile(r">\s+<")
_AROUND_BR = re.compile(r"\s*<br\s*/?>\s*")
# Same meaning, different tag: Markdown writes <strong>/<em> for what the site may have as <b>/<i>.
_SYNONYMS = ((re.compile(r"<(/?)b>"), r"<\1strong>"), (re.compile(r"<(/?)i>"), r"<\1em>"))


def _autop(text: str) -> str:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _normal(html: str) -> str:
    text = _AROUND_BR.sub("<br>", _SPACE.sub(" ", sanitize_html(html)).strip())
    for pattern, replacement in _SYNONYMS:
        text = pattern.sub(replacement, text)
    return _BETWEEN_TAGS.sub("><", text)


def _to_markdown(html: str) -> str:
    return markdownify(html, heading_style="ATX", bullets="-", strong_em_symbol="*", escape_underscores=False,
                       escape_asterisks=True).strip()


def html_to_markdown(html: str) -> str:
    source = _COMMENT.sub("", html or "").strip()
    if not source:
        return ""
    if not _BLOCK_TAG.search(source):
        source = _autop(source)
    try:
        nodes = lxml.html.fragments_fromstring(source)
    except (etree.ParserError, ValueError):
        return source
    blocks: list[str] = []
    loose: list[str] = []  # top-level text or inline elements, gathered into one paragraph

    def flush_loose() -> None:
        if "".join(loose).strip():
            blocks.append(_convert(f"<p>{''.join(loose).strip()}</p>"))
        loose.clear()

    for node in nodes:
        if isinstance(node, str):
            loose.append(node)
            continue
        outer = etree.tostring(node, encoding="unicode", method="html", with_tail=False)
        if node.tag in ("a", "b", "strong", "i", "em", "span", "code", "br", "img", "small", "sub", "sup"):
            loose.append(outer)
        else:
            flush_loose()
            blocks.append(_convert(outer))
        if node.tail and node.tail.strip():
            loose.append(node.tail)
    flush_loose()
    return "\n\n".join(b for b in blocks if b) + "\n"


def _convert(block_html: str) -> str:
    markdown = _to_markdown(block_html)
    if markdown and _normal(render_markdown(markdown)) == _normal(block_html):
        return markdown
    return block_html.strip()
