"""HTML to the library's Markdown: the one converter behind WXR import, a site pull and paste.

Two entry points share the markdownify settings and the sanitiser:
- `html_to_markdown` keeps what a site holds: each top-level block becomes Markdown only when it
  holds markup Markdown can say and renders back (through `render_markdown`, as the desk
  publishes) with the same text, links and images; any other block stays as raw HTML, which
  Markdown carries through unchanged. Gutenberg's block comments go, other comments (such as
  `<!--more-->`) stay; classic-editor text without paragraph tags is split into paragraphs as
  WordPress's wpautop would; a YouTube or Vimeo iframe becomes the video's URL on its own line.
  A WXR file's `content:encoded` and the REST API's `content.raw` are the same text, so a post
  imported either way gives the same Markdown.
- `pasted_html_to_markdown` is for rich text pasted from a web page or a word processor: clean
  Markdown only, everything presentational (styles, scripts, spans, fonts) dropped.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from nejat_desk.core.render import render_markdown, sanitize_html, strip_forbidden_chars

# Tags markdownify turns into Markdown that renders back the same; anything else stays raw HTML.
CLEAN_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr"}
CLEAN_INLINE = {"a", "strong", "b", "em", "i", "code", "br", "li", "ul", "ol", "p", "img", "blockquote"}
CLEAN_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[^>]*?-->", re.S)
_BLOCK_TAGS = re.compile(r"<(p|div|h[1-6]|ul|ol|blockquote|pre|table|figure|hr|iframe)[\s>/]", re.I)
_EMBED = re.compile(r'<iframe[^>]*\ssrc="(?:https?:)?//(?:www\.)?(youtube\.com/embed/|youtube-nocookie\.com/embed/'
                    r'|player\.vimeo\.com/video/)([\w-]+)[^"]*"[^>]*>\s*</iframe>', re.I)
_NOT_CONTENT = re.compile(r"(?is)<(head|script|style|xml)\b.*?</\1\s*>")
# Separates the blocks of the one check render: letters and digits only, so Markdown leaves it a paragraph.
_MARKER_TEXT = "NejatBlockCheck7f3a"
# A line of these, starting with a letter, is a paragraph of itself in Python-Markdown with "extra":
# no block marker (#, >, -, +, *, digits and ":" only count at a line's start), no inline syntax
# (*, _, `, [, <, &, \\, |, {, ~ are all left out), and no typographic replacement (no smarty).
_PLAIN_LINE = re.compile("[^\\W\\d_](?:[^\\W_]|[ \\t\\xa0\\u200c\\u200d.,;:!?'\"()%/+=@$\\-\\u2010-\\u2015"
                         "\\u00ab\\u00bb\\u060c\\u061b\\u061f\\u066a-\\u066c])*")


def _markdownify(html: str, **options: Any) -> str:
    from markdownify import markdownify  # loaded with the first conversion, not at start-up

    return str(markdownify(html, heading_style="ATX", bullets="-", **options)).strip()


# --- what a site holds ---------------------------------------------------------------------------

# Each converted block costs markdownify's time; past this many (no post has them; 100 KB of "<p>[" has
# 25,000) blocks stay raw HTML, so an import stays fast.
MAX_CONVERTED_BLOCKS = 1000


def html_to_markdown(content: str) -> str:
    """Markdown for a post's HTML; blocks that do not convert cleanly stay as raw HTML blocks."""
    import lxml.html

    content = _BLOCK_COMMENT.sub("", strip_forbidden_chars(content or "")).strip()
    if not content:
        return ""
    content = _autop(_embeds_to_urls(content))
    try:
        blocks = lxml.html.fragments_fromstring(content)
    except Exception:  # noqa: BLE001 - unparsable markup is kept as it came
        return content + "\n"
    out: list[str] = []
    candidates: dict[int, tuple[str, str]] = {}  # index in out -> (Markdown, the block's HTML)
    for index, block in enumerate(blocks):
        if isinstance(block, str):  # loose text before the first element
            if block.strip():
                out.append(_markdownify(html_lib.escape(block)))
            continue
        tail = block.tail
        block.tail = None
        source = lxml.html.tostring(block, encoding="unicode")
        converted = _markdownify(source) if index < MAX_CONVERTED_BLOCKS and _is_clean(block) else ""
        if converted and not _plain_paragraph(block, converted):
            candidates[len(out)] = (converted, source)
        out.append(converted or _raw_block(source))
        if tail and tail.strip():
            out.append(_markdownify(html_lib.escape(tail)))
    for position in _failed_conversions(candidates):
        out[position] = _raw_block(candidates[position][1])
    return "\n\n".join(p for p in out if p) + "\n"


def _plain_paragraph(block: Any, converted: str) -> bool:
    """A <p> of text only whose Markdown is one plain line with the same text: it renders back as
    itself, so it needs no check render (most paragraphs of news are such)."""
    if block.tag != "p" or len(block) or block.attrib:
        return False
    text = block.text_content()
    return (_PLAIN_LINE.fullmatch(converted) is not None
            and re.sub(r"\s+", "", converted) == re.sub(r"\s+", "", text))


def _failed_conversions(candidates: dict[int, tuple[str, str]]) -> list[int]:
    """The converted blocks whose Markdown does not render back (as the desk publishes) to the same
    text, links and images. All are rendered together once, each block between markers, and cut
    apart again: one render a post instead of one a block (it was a third of a site pull's time).
    A block the markers cannot be found around (it changed how they parse) is checked alone."""
    if not candidates:
        return []
    marker = _MARKER_TEXT
    joined = "\n\n".join(f"{marker}{n}\n\n{md}" for n, (md, _src) in enumerate(candidates.values()))
    rendered = render_markdown(joined + f"\n\n{marker}{len(candidates)}")
    pieces = re.split(rf"<p>{marker}(\d+)</p>", rendered)
    # pieces: [before, "0", html of block 0, "1", html of block 1, ..., str(len), after]
    by_number = ({int(pieces[i]): pieces[i + 1] for i in range(1, len(pieces) - 1, 2)}
                 if len(pieces) == 2 * len(candidates) + 3 else {})
    failed = []
    for n, (position, (converted, source)) in enumerate(candidates.items()):
        html = by_number.get(n)
        if html is None:
            html = render_markdown(converted)
        if _visible(html) != _visible(source):
            failed.append(position)
    return failed


def _autop(content: str) -> str:
    """Classic-editor content has no <p>: blank lines separate paragraphs and a single line break is
    a <br>, as wpautop reads them. Chunks that start with a block element are left alone."""
    if re.search(r"<p[\s>]", content, re.I):
        return content
    out = []
    for chunk in (c.strip() for c in re.split(r"\n\s*\n", content)):
        if not chunk:
            continue
        if _BLOCK_TAGS.match(chunk) or chunk.lower().startswith(("<iframe", "<!--", "<figure", "<div")):
            out.append(chunk)
        else:
            out.append("<p>" + re.sub(r"\s*\n\s*", "<br>\n", chunk) + "</p>")
    return "\n".join(out)


def _embeds_to_urls(content: str) -> str:
    """A video iframe becomes the video's URL on a line of its own (how WordPress embeds videos),
    so it survives sanitising exports instead of being dropped with the iframe."""
    def url(match: re.Match[str]) -> str:
        vid = match.group(2)
        link = (f"https://www.youtube.com/watch?v={vid}" if "youtube" in match.group(1).lower()
                else f"https://vimeo.com/{vid}")
        return f"\n\n{link}\n\n"

    return _EMBED.sub(url, content)


def _visible(html: str) -> str:
    import lxml.html

    if not html.strip():
        return ""
    frag = lxml.html.fragment_fromstring(html, create_parent="div")
    links = " ".join(sorted(a.get("href", "") for a in frag.iter("a")))
    images = " ".join(sorted(i.get("src", "") for i in frag.iter("img")))
    # Whitespace between elements differs harmlessly (<li>a</li><li>b</li> vs a list in Markdown).
    return re.sub(r"\s+", "", frag.text_content()) + "|" + links + "|" + images


def _is_clean(el: Any) -> bool:
    if not isinstance(el.tag, str):
        return False
    for node in el.iter():
        if not isinstance(node.tag, str):
            return False  # comments, processing instructions
        tag = node.tag.lower()
        if node is el and tag not in CLEAN_BLOCKS:
            return False
        if node is not el and tag not in CLEAN_INLINE:
            return False
        if set(node.attrib) - CLEAN_ATTRIBUTES.get(tag, set()):
            return False
    return True


def _raw_block(source: str) -> str:
    """Raw HTML as a Markdown block: no blank line inside (which would end the block)."""
    return re.sub(r"\n\s*\n", "\n", source.strip())


# --- what a person pastes ------------------------------------------------------------------------

def pasted_html_to_markdown(html: str) -> str:
    """Rich HTML from a web page or word processor as clean Markdown: scripts, styles,
    comments and every presentational attribute go first (the same sanitiser as the preview)."""
    clean = sanitize_html(_NOT_CONTENT.sub("", html or ""))
    text = _markdownify(clean, strip=["span", "div", "font"], escape_underscores=False, escape_asterisks=False)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text)
