"""Markdown to safe HTML: Python-Markdown renders, nh3 (Ammonia) sanitises.

Every path that turns an article into HTML (the preview, the body_html kept at save,
exports, publishing) goes through `render_markdown`, so none of them can carry a script,
an event handler, a `javascript:` URL or an embed, whatever the article contains.
"""

from __future__ import annotations

import re
import threading
from contextlib import nullcontext

import markdown
import nh3

from nejat_desk.core import valid_markup
from nejat_desk.core.markdown_guard import (  # hostile input renders in linear time, or as plain text
    GUARDED_SIZE,
    RENDER_BUDGET,
    GuardExtension,
    RenderTooSlow,
    cpu_deadline,
    plain_paragraphs,
)

ALLOWED_TAGS: frozenset[str] = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var",
})
_COMMON_ATTRS = {"lang", "dir", "title", "id", "class"}
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "*": _COMMON_ATTRS,
    "a": {"href", "hreflang"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align", "style"},
    "th": {"colspan", "rowspan", "align", "scope", "style"},
    "ol": {"start", "type", "reversed"},
    "time": {"datetime"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "bdo": {"dir"},
}
URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", "tel"})
# Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; surrogates; U+FFFE/FFFF).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TABLE_ALIGN = re.compile(r"^text-align: (left|right|center);?$")

_local = threading.local()


def _converter() -> markdown.Markdown:
    # Python-Markdown instances are not thread-safe; one per thread, reset between uses.
    md = getattr(_local, "md", None)
    if md is None:
        md = markdown.Markdown(extensions=["extra", "sane_lists", GuardExtension()], output_format="html")
        _local.md = md
    return md


def strip_forbidden_chars(text: str) -> str:
    return XML_FORBIDDEN.sub("", text)


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    if attr == "style":  # only the table alignment Python-Markdown writes
        return value if _TABLE_ALIGN.match(value.strip()) else None
    return valid_markup.attribute_value(tag, attr, value)  # only values HTML allows (core/valid_markup.py)


def sanitize_html(html: str) -> str:
    """Whitelist sanitising; scripts and styles are removed with their content. What is left is valid
    HTML too: elements missing what HTML requires are mended (core/valid_markup.py)."""
    return valid_markup.repair(nh3.clean(
        strip_forbidden_chars(html),
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template"},
        link_rel="noopener noreferrer",  # i18n: ok (HTML rel values)
        attribute_filter=_filter_attribute,
        strip_comments=True,
    ))


# --- plain text ------------------------------------------------------------------------------------
# Only complete tags of real HTML elements (and comments) are markup in a plain-text field: "Why x<y
# matters", "<Leader>" and "JavaScript: the good parts" are text. Plain text is escaped where it goes out,
# so nothing in it needs deleting for safety; scripts and styles lose their content, which is not text.
_HTML_ELEMENTS = (
    "a|abbr|acronym|address|applet|area|article|aside|audio|b|base|basefont|bdi|bdo|big|blink|blockquote|body|br|"
    "button|canvas|caption|center|cite|code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|dir|div|dl|dt|em|"
    "embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hgroup|hr|html|i|iframe|"
    "image|img|input|ins|kbd|label|legend|li|link|main|map|mark|marquee|math|menu|meta|meter|nav|nobr|noembed|"
    "noframes|noscript|object|ol|optgroup|option|output|p|param|picture|plaintext|pre|progress|q|rp|rt|ruby|s|samp|"
    "script|search|section|select|slot|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|"
    "template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var|video|wbr|xmp")
_COMPLETE_TAG = re.compile(rf"""<!--.*?-->|</?(?:{_HTML_ELEMENTS})(?=[\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>""",
                           re.I | re.S)
_HIDDEN_CONTENT = re.compile(r"<(script|style|template|noscript|iframe|object|embed|textarea|title)\b"
                             r"""(?:[^<>"']|"[^"]*"|'[^']*')*>.*?</\1\s*>""", re.I | re.S)


def plain_text(text: str) -> str:
    """A title, excerpt, caption or byline as plain text: complete HTML tags removed (scripts and styles
    with their content), characters XML forbids removed, every other character kept as written.

    The one home for this rule (exports, snippets, previews): callers escape the result for where it goes."""
    cleaned = _HIDDEN_CONTENT.sub("", strip_forbidden_chars(text or ""))
    return _COMPLETE_TAG.sub("", cleaned)


def render_markdown(source: str) -> str:
    """Render Markdown to sanitised HTML (deterministic: the same source gives the same bytes).

    A long text that would take more than markdown_guard.RENDER_BUDGET is shown as plain paragraphs
    instead; `rendered_as_plain_text()` then says so to this thread."""
    md = _converter()
    text = strip_forbidden_chars(source)
    _local.plain = False
    try:
        with cpu_deadline(RENDER_BUDGET) if len(text) > GUARDED_SIZE else nullcontext():
            html = md.convert(text)
    except RenderTooSlow:
        _local.md = None  # a parse cut short may leave state behind: a fresh converter next time
        _local.plain = True
        html = plain_paragraphs(text)
    finally:
        md.reset()
    return sanitize_html(html)


def rendered_as_plain_text() -> bool:
    """True when this thread's last render_markdown gave up formatting (hostile or extreme input)."""
    return bool(getattr(_local, "plain", False))
