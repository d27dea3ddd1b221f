"""Markdown that carries no script to whatever renders it next (the Markdown export's bodies).

An exported body goes to other tools (static site generators, editors) whose Markdown and HTML
rules differ from ours, so the checks err on the side of what any of them, or a browser, would read:

- raw HTML: script-like elements go with their content, other dangerous elements go, event handler
  attributes go, and an address attribute (href, src, action...) with an unsafe scheme becomes "#";
  a tag is read with its quoted attribute values, so `title=">"` cannot hide what follows;
- Markdown links, images, reference definitions and autolinks: an unsafe destination becomes "#",
  found by its start (core.url_safety), so "[Read](javascript:alert(document.cookie))" becomes
  "[Read](#)", never "[Read](#))".

Words are never deleted: "JavaScript: the good parts" in a paragraph is text, and stays.
Each scan is linear in the text (no pattern that rescans the rest of the text from every "<" or "[").
Text without raw HTML or unsafe links passes unchanged, so ordinary articles round-trip byte for byte.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from nejat_desk.core.render import strip_forbidden_chars
from nejat_desk.core.url_safety import is_safe_address, is_safe_markdown_destination

# Elements dropped with their content, and elements dropped (their content stays as text).
_WITH_CONTENT = ("script", "style", "iframe", "object", "embed", "noscript", "template", "frame", "frameset",
                 "applet", "noembed", "noframes", "xmp", "plaintext")
_DROPPED = frozenset({*_WITH_CONTENT, "base", "meta", "link", "form", "input", "button", "textarea", "select",
                      "option", "svg", "math", "portal", "isindex"})
_ADDRESS_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "background",
                                 "cite", "data", "codebase", "dynsrc", "lowsrc", "longdesc", "manifest", "icon",
                                 "ping", "usemap", "srcset", "imagesrcset"})
_STYLE_HOSTILE = re.compile(r"expression|url\s*\(|@import|behavior|javascript|vbscript", re.I)

# A start or end tag read with its quoted values: "<", a name, then anything but "<" and ">" outside quotes.
_TAG = re.compile(r"""<(/?)([a-zA-Z][^\s/>"'<]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>""")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_WITH_CONTENT_OPEN = re.compile(r"<(" + "|".join(_WITH_CONTENT) + r")(?=[\s/>])", re.I)

# Markdown destinations: after "](" (inline links and images), after "]:" at a line start (reference
# definitions), and autolinks. The destination's extent allows one level of balanced parentheses.
# Tab, CR and LF count as part of it (a browser drops them from an address: "java<TAB>script:").
_DESTINATION = r"""(<[^<>\n]*>|(?:[^ ()\\\n]|\n(?![ \t]*\n)|\\.|\((?:[^ ()\\\n]|\\.)*\))+)"""
_INLINE_LINK = re.compile(r"\]\([ \t]*\n?[ \t]*" + _DESTINATION)
_REFERENCE = re.compile(r"(?m)^[ ]{0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:[ \t]*\n?[ \t]*" + _DESTINATION)
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^\s<>]*)>")


def _drop_hidden_content(text: str) -> str:
    """Remove script-like elements with their content; an unclosed one loses only its tag (below)."""
    lowered = text.lower()
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()  # names with no end tag after some point: none after any later one either
    for match in _WITH_CONTENT_OPEN.finditer(text):
        name = match.group(1).lower()
        if match.start() < pos or name in unclosed:
            continue
        close = lowered.find(f"</{name}", match.end())
        if close == -1:
            unclosed.add(name)
            continue
        end = lowered.find(">", close)
        out.append(text[pos:match.start()])
        pos = len(text) if end == -1 else end + 1
    out.append(text[pos:])
    return "".join(out)


def _clean_attribute(written: str, name: str, value: str | None) -> str:
    """The attribute as it should be written: `written` when nothing is wrong, "" to drop it."""
    lowered = name.lower()
    if lowered.startswith("on") or lowered == "srcdoc":
        return ""
    if value is None:
        return written
    unquoted = value[1:-1] if value[:1] in "\"'" and len(value) >= 2 else value
    if lowered in _ADDRESS_ATTRIBUTES:
        addresses = unquoted.split(",") if lowered.endswith("srcset") else [unquoted]
        if not all(is_safe_address(a.strip()) for a in addresses):
            return f'{name}="#"'
    if lowered == "style" and _STYLE_HOSTILE.search(html.unescape(unquoted)):
        return ""
    return written


def _clean_tag(match: re.Match[str]) -> str:
    closing, name, rest = match.group(1), match.group(2), match.group(3)
    if name.lower() in _DROPPED:
        return ""
    if closing or not rest.strip():
        return match.group(0)
    pieces: list[str] = []
    last = 0
    for attr in _ATTRIBUTE.finditer(rest):
        cleaned = _clean_attribute(attr.group(0), attr.group(1), attr.group(2))
        if cleaned != attr.group(0):
            pieces += [rest[last:attr.start()], cleaned]
            last = attr.end()
    if not pieces:
        return match.group(0)
    return f"<{name}{''.join(pieces)}{rest[last:]}>"


def _neutralise(pattern: re.Pattern[str], text: str, safe: Callable[[str], bool]) -> str:
    """Replace each unsafe destination (the pattern's last group) with "#"."""
    def repl(match: re.Match[str]) -> str:
        destination = match.group(match.lastindex or 0)
        inner = destination[1:-1] if destination.startswith("<") else destination
        if safe(inner):
            return match.group(0)
        start = match.start(match.lastindex or 0) - match.start()
        return match.group(0)[:start] + "#"

    return pattern.sub(repl, text)


def sanitize_markdown(source: str) -> str:
    """`source` with every way to a script closed; see the module's rules."""
    text = strip_forbidden_chars(source or "")
    if "](" in text:
        text = _neutralise(_INLINE_LINK, text, is_safe_markdown_destination)
    if "]:" in text:
        text = _neutralise(_REFERENCE, text, is_safe_markdown_destination)
    if "<" in text:
        text = _TAG.sub(_clean_tag, _drop_hidden_content(text))
        text = _AUTOLINK.sub(lambda m: m.group(0) if is_safe_address(m.group(1)) else html.escape(m.group(0)), text)
    return text
