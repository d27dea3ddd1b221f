"""Titles and excerpts are plain text in the desk and HTML on WordPress.

WordPress stores a post's title and excerpt as HTML fragments and prints them as they are
(`the_title`, `the_excerpt`), and kses removes an unknown "tag" such as `<y matters` for users
without `unfiltered_html`. So the desk escapes `&`, `<` and `>` on the way out, and reads the raw
field back as a reader sees it: complete tags removed (core.render.plain_text), entities decoded.
A push followed by a pull is the identity, and the site shows the whole text.
"""

from __future__ import annotations

import html
from typing import Any

from nejat_desk.core.render import plain_text
from nejat_desk.services.wordpress.remote import raw_field


def to_site(text: str) -> str:
    """A title or excerpt as the HTML WordPress expects (quotes stay: the site curls them when shown)."""
    return html.escape(text, quote=False)


def from_site(fragment: str) -> str:
    """The text a reader sees for a title or excerpt the site holds (raw, or rendered when no raw)."""
    return html.unescape(plain_text(fragment))


def post_text(post: dict[str, Any], name: str) -> str:
    """A post's `title` or `excerpt` as text: `raw` (context=edit) when the site gives it, else `rendered`."""
    return from_site(raw_field(post, name))
