"""Pictures inside a post's body: the library's copy in the desk, the site's address on the site.

In an article's Markdown a picture of the media store is a relative path ending in its SHA-256,
`media/<first two hex digits>/<sha256>` (the store's own layout; the preview serves exactly
these, docs/decisions.md "Articles workspace"), so a pulled post previews offline. A push writes
the site's address of that file instead (uploading it first if the site has none) with WordPress's
`wp-image-<id>` class, which tells the next pull which attachment it is. Only `<img>` tags are
read and rewritten here; everything else in the HTML is left byte for byte.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

_IMG = re.compile(r"""<img(?=[\s/>])(?:[^<>"']|"[^"]*"|'[^']*')*>""", re.I)
_ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_WP_IMAGE = re.compile(r"(?:^|\s)wp-image-(\d+)(?:\s|$)")
_CANDIDATE_WIDTH = re.compile(r"^(\d+)w$")


@dataclass(frozen=True)
class BodyImage:
    """One `<img>` of a body: where it is in the HTML and its attributes (entities decoded)."""

    start: int
    end: int
    attrs: dict[str, str]

    @property
    def src(self) -> str:
        return self.attrs.get("src", "").strip()

    @property
    def remote_id(self) -> int | None:
        """The attachment WordPress's editors (and the desk's pushes) name in the class."""
        found = _WP_IMAGE.search(self.attrs.get("class", ""))
        return int(found.group(1)) if found else None

    def largest(self, base_url: str) -> str:
        """The address of the largest file offered (`srcset`'s widest candidate, else `src`), absolute."""
        best, best_width = self.src, 0
        for candidate in self.attrs.get("srcset", "").split(","):
            parts = candidate.split()
            width = _CANDIDATE_WIDTH.match(parts[1]) if len(parts) == 2 else None
            if width and int(width.group(1)) > best_width:
                best, best_width = parts[0], int(width.group(1))
        return urljoin(base_url + "/", best) if best else ""


def images(fragment: str) -> list[BodyImage]:
    found = []
    for match in _IMG.finditer(fragment):
        attrs: dict[str, str] = {}
        for attr in _ATTR.finditer(match.group(0)[4:].rstrip("/>")):
            name = attr.group(1).lower()
            value = next((v for v in attr.groups()[1:] if v is not None), "")
            attrs.setdefault(name, html.unescape(value))
        found.append(BodyImage(match.start(), match.end(), attrs))
    return found


def local_ref(sha256: str) -> str:
    """How a body refers to a file of the media store."""
    return f"media/{sha256[:2]}/{sha256}"


def local_sha(src: str) -> str | None:
    """The SHA-256 a body's picture address names in the media store, or None (an address elsewhere)."""
    parts = urlsplit(src.strip())
    if parts.scheme or parts.netloc:
        return None
    stem = parts.path.rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
    return stem if _SHA.match(stem) else None


def image_tag(src: str, alt: str, extra: dict[str, str] | None = None) -> str:
    attrs = {"src": src, "alt": alt, **(extra or {})}
    return "<img " + " ".join(f'{name}="{html.escape(value)}"' for name, value in attrs.items()) + ">"


def rewrite(fragment: str, new_tag: Callable[[int, BodyImage], str | None]) -> str:
    """`fragment` with each `<img>` replaced by `new_tag(index, image)` (None: left as it is)."""
    out, at = [], 0
    for index, image in enumerate(images(fragment)):
        replacement = new_tag(index, image)
        if replacement is not None:
            out += [fragment[at:image.start], replacement]
            at = image.end
    out.append(fragment[at:])
    return "".join(out)
