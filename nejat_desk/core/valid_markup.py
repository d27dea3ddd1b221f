"""What the sanitiser leaves must also be valid HTML (the W3C Nu HTML Checker finds no error in it).

nh3 keeps allowed elements and attributes whatever their values, and removes a dangerous URL by
removing the attribute, so a hostile body came out as `<a rel="noopener noreferrer">` with no href,
`<img src>` with no alt, `dir="sideways"`. Two steps fix that, both called by core/render.py:
  - `attribute_value` keeps an attribute only when its value is one HTML allows (or mends it: a
    URL's spaces and stray characters are percent-encoded, a time's fraction cut to milliseconds);
  - `repair` mends elements: an `<a>` without href is unwrapped (its text stays), an `<img>` without
    src is dropped and one without alt gets `alt=""`, a `<time>` without datetime is unwrapped.
`repair` works on the sanitiser's serialised output (double-quoted attributes, no nested links), and
is cheap enough to run over HTML kept at save on every export.
"""

from __future__ import annotations

import re

_ATTRS = r"""(?:[^<>"']|"[^"]*"|'[^']*')*"""
_LINK = re.compile(rf"<a\b({_ATTRS})>(.*?)</a\s*>", re.I | re.S)
_IMG = re.compile(rf"<img\b({_ATTRS})>", re.I)
_TIME = re.compile(rf"<time\b({_ATTRS})>(.*?)</time\s*>", re.I | re.S)


def _has(attrs: str, name: str) -> bool:
    return re.search(rf"""(?:^|\s){name}\s*=""", attrs, re.I) is not None


def _link(match: re.Match[str]) -> str:
    return match.group(0) if _has(match.group(1), "href") else match.group(2)


def _image(match: re.Match[str]) -> str:
    attrs = match.group(1)
    if not _has(attrs, "src"):
        return ""  # an image whose address was unsafe shows nothing: it goes
    if _has(attrs, "alt"):
        return match.group(0)
    closing = "/" if attrs.rstrip().endswith("/") else ""
    return f'<img{attrs.rstrip().removesuffix("/").rstrip()} alt=""{closing}>'


def _time(match: re.Match[str]) -> str:
    return match.group(0) if _has(match.group(1), "datetime") else match.group(2)


def repair(html: str) -> str:
    """Elements the sanitiser left without what HTML requires of them, mended (see the module)."""
    if "<a" in html or "<A" in html:
        html = _LINK.sub(_link, html)
    if "<img" in html or "<IMG" in html:
        html = _IMG.sub(_image, html)
    if "<time" in html or "<TIME" in html:
        html = _TIME.sub(_time, html)
    return html


# --- attribute values ------------------------------------------------------------------------------

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
_INTEGER = re.compile(r"-?\d{1,9}")
_DIGITS = re.compile(r"\d{1,9}")
_DATE_TIME = re.compile(
    r"(?P<date>\d{4,}-\d\d(?:-\d\d)?)?(?:(?(date)[T ])(?P<time>\d\d:\d\d(?::\d\d(?P<fraction>\.\d+)?)?)"
    r"(?P<zone>Z|[+-]\d\d:?\d\d)?)?")
_DURATION = re.compile(r"P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?|(?:\d+[wdhms] ?)+")
_URL_ATTRIBUTES = {"href", "src", "cite"}
# ASCII characters a URL may not hold as they are; percent-encoding keeps the address the same.
_URL_ESCAPES = {c: f"%{ord(c):02X}" for c in ' "<>\\^`{|}\t\n\r'}
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_CHOICES: dict[tuple[str, str], frozenset[str]] = {
    ("*", "dir"): frozenset({"ltr", "rtl", "auto"}),
    ("bdo", "dir"): frozenset({"ltr", "rtl"}),
    ("ol", "type"): frozenset({"1", "a", "A", "i", "I"}),
    ("th", "scope"): frozenset({"row", "col", "rowgroup", "colgroup"}),
}


def _date_time(value: str) -> str | None:
    """A valid `datetime` value, its fraction of a second cut to the three digits HTML allows; else None."""
    value = value.strip()
    if _DURATION.fullmatch(value):
        return value
    found = _DATE_TIME.fullmatch(value)
    if not value or found is None or not (found.group("date") or found.group("time")):
        return None
    fraction = found.group("fraction")
    if fraction and len(fraction) > 4:
        value = value[:found.start("fraction")] + fraction[:4] + value[found.end("fraction"):]
    return value


def url(value: str) -> str:
    """The URL with the characters HTML's URL rules forbid percent-encoded (never removed: a removed
    tab could join "java" and "script:" after the scheme was checked)."""
    value = value.strip(" ")
    value = _LONE_PERCENT.sub("%25", value)
    value = "".join(_URL_ESCAPES.get(c, c) for c in value)
    head, hash_, fragment = value.partition("#")
    return head + hash_ + fragment.replace("#", "%23")


def attribute_value(tag: str, attr: str, value: str) -> str | None:
    """`value` as HTML allows it on `tag`, mended where that keeps its meaning; None drops the attribute."""
    attr = attr.lower()
    if attr in _URL_ATTRIBUTES:
        return url(value)
    choices = _CHOICES.get((tag, attr)) or _CHOICES.get(("*", attr))
    if choices is not None:
        return value if value in choices else (value.lower() if value.lower() in choices else None)
    if attr in ("lang", "hreflang"):
        return value if (value == "" and attr == "lang") or _LANGUAGE_TAG.fullmatch(value) else None
    if attr == "id":
        return value if value and not any(c.isspace() for c in value) else None
    if attr in ("width", "height", "colspan"):
        return value if _DIGITS.fullmatch(value.strip()) and int(value) > (0 if attr == "colspan" else -1) else None
    if attr == "rowspan":
        return value if _DIGITS.fullmatch(value.strip()) else None
    if attr == "start":
        return value if _INTEGER.fullmatch(value.strip()) else None
    if attr == "datetime":
        return _date_time(value)
    if attr == "align":
        return None  # obsolete in HTML: tables align through the style Python-Markdown writes
    return value
