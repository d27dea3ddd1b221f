"""Which addresses may leave the desk as links: the scheme a browser would read, found the browser's way.

Browsers remove tab, CR and LF anywhere in an address and spaces and controls at its ends before they
read the scheme (WHATWG URL standard), so "java<TAB>script:" is "javascript:"; Markdown and HTML decode
character references and backslash escapes first. Every scheme check in the desk goes through
`url_scheme` so none of them can be fooled by what a browser ignores.
"""

from __future__ import annotations

import html
import re

from nejat_desk.core.render import URL_SCHEMES

# What the URL parser drops anywhere in an address, and what it trims from its ends.
IGNORED_IN_URLS = re.compile("[\t\n\r]")
_ENDS = "".join(chr(c) for c in range(0x21))
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.\-]*):")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# An address's scheme is in its first characters; a longer look only costs time on hostile input.
_SCHEME_WINDOW = 256


def url_scheme(address: str, *, decode_html: bool = True) -> str:
    """The lower-case scheme a browser would use for `address` ("" for a relative address).

    With `decode_html`, character references are decoded first (an attribute value or a Markdown link
    destination as written in the source)."""
    head = address[: _SCHEME_WINDOW * 4]  # room for references such as "&#x0000006A;" before decoding
    if decode_html:
        head = html.unescape(head)
    head = IGNORED_IN_URLS.sub("", head).strip(_ENDS)[:_SCHEME_WINDOW]
    match = _SCHEME.match(head)
    return match.group(1).lower() if match else ""


def is_safe_address(address: str, *, decode_html: bool = True) -> bool:
    """True for a relative address or one whose scheme the sanitiser allows (http, https, mailto, tel)."""
    scheme = url_scheme(address, decode_html=decode_html)
    return not scheme or scheme in URL_SCHEMES


def is_safe_markdown_destination(destination: str) -> bool:
    """A Markdown link destination as written: references decoded and backslash escapes removed first."""
    return is_safe_address(_MARKDOWN_ESCAPE.sub(r"\1", html.unescape(destination[: _SCHEME_WINDOW * 4])),
                           decode_html=False)
