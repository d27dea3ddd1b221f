"""Markdown to safe HTML: Python-Markdown renders, nh3 (Ammonia) sanitises.

Every path that turns an article into HTML (the preview, the body_html kept at save,
exports, publishing) goes through `render_markdown`, so none of them can carry a script,
an event handler, a `javascript:` URL or an embed, whatever the article contains.
"""

from __future__ import annotations

import re
import threading

import markdown
import nh3

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
        md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        _local.md = md
    return md


def strip_forbidden_chars(text: str) -> str:
    return XML_FORBIDDEN.sub("", text)


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    if attr == "style":  # only the table alignment Python-Markdown writes
        return value if _TABLE_ALIGN.match(value.strip()) else None
    return value


def sanitize_html(html: str) -> str:
    """Whitelist sanitising; scripts and styles are removed with their content."""
    return nh3.clean(
        strip_forbidden_chars(html),
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        clean_content_tags={"script", "style", "iframe", "object", "embed", "noscript", "template"},
        link_rel="noopener noreferrer",  # i18n: ok (HTML rel values)
        attribute_filter=_filter_attribute,
        strip_comments=True,
    )


def render_markdown(source: str) -> str:
    """Render Markdown to sanitised HTML (deterministic: the same source gives the same bytes)."""
    md = _converter()
    try:
        html = md.convert(strip_forbidden_chars(source))
    finally:
        md.reset()
    return sanitize_html(html)
