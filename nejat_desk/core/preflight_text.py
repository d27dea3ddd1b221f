"""The pre-flight check's text rules, run on every pause in typing: unbalanced quotes and
brackets, Persian and Arabic letter forms mixed in one article, digits of the wrong system,
double spaces, empty paragraphs, plain-http links; and the links themselves, for the checks
that look them up in the library.

Fast enough for a 5,000-word article in a few milliseconds (benchmarks/bench_preflight.py): one
pass of regular expressions over the text, code and link targets blanked once (same length, so
offsets stay true), line numbers found by bisection.

Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.i18n import translate
from nejat_desk.core.preflight import Finding, Location, NumberFormat, Place, Severity, field_at
from nejat_desk.core.typing_aids import DIGITS, DigitSystem

_FENCE = re.compile(r"^(```|~~~).*?(?:^\1[^\n]*$|\Z)", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_HTML_TAG = re.compile(r"<[^<>\n]+>")
# A Markdown link's address, with balanced parentheses inside it (Wikipedia's "Basra_(city)").
_LINK_TARGET = re.compile(r"\]\(\s*<?([^()\s>]+(?:\([^()\s]*\)[^()\s>]*)*)[^)]*\)")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
# Case-sensitive on purpose: the scan then skips ahead on its first letter (10x faster on a long body).
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"'«»]+")
_ENUMERATOR = re.compile(r"^[ \t]*(?:\d{1,3}|[A-Za-z])\)", re.MULTILINE)  # "1) item": no bracket to close
_SPACES = re.compile(r"  +")  # then kept only between two words (not indentation or a line's end)
# Lines with anything but spaces and tabs, run together: Markdown's paragraphs (and other blocks).
_PARAGRAPH = re.compile(r"(?:^[^\n]*[^ \t\n][^\n]*(?:\n|$))+", re.MULTILINE)
# A paragraph with nothing a reader sees: no-break spaces, zero-width characters, &nbsp;, <br>, <p></p>.
_EMPTY_PARAGRAPH = re.compile(r"^(?:[\s\u00a0\u200b-\u200f\u2060\ufeff]|&nbsp;|&#160;|<br\s*/?>|<p>\s*</p>|\\)+$",
                              re.IGNORECASE)
_PAIRS = {")": "(", "]": "[", "}": "{", "»": "«", "”": "“", "›": "‹"}
_OPENERS = set(_PAIRS.values())
_BRACKETS = re.compile("[()\\[\\]{}«»“”‹›\"]")

# The letter forms of each edition, and the other language's forms of the same letters.
_FORMS = {
    "fa": ("ar", {"yeh": ("ی", "يى"), "kaf": ("ک", "ك")}),  # i18n: ok (letters)
    "ar": ("fa", {"yeh": ("يى", "ی"), "kaf": ("ك", "ک")}),  # i18n: ok (letters)
}


@dataclass(frozen=True)
class Link:
    url: str
    start: int  # offsets of the address in the body
    end: int


class LineIndex:
    """Offsets of a text to 1-based line numbers and body locations."""

    def __init__(self, text: str, number: NumberFormat = str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.number = number  # how a line number or a count is written into a sentence

    def line_words(self, offset: int) -> str:
        return self.number(self.line(offset))

    def line(self, offset: int) -> int:
        return bisect_right(self.starts, offset)

    def at(self, start: int, end: int) -> Location:
        return Location(Place.BODY, start=start, end=end, first_line=self.line(start),
                        last_line=self.line(max(start, end - 1)))


def _blank(text: str, pattern: re.Pattern[str], group: int = 0) -> str:
    """`text` with every match of `pattern` (or its `group`) replaced by as many underscores: no
    letters, digits, brackets or spaces for the rules to find there, and the same offsets."""
    parts: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        start, end = m.span(group)
        if start < 0:
            continue
        parts.append(text[last:start])
        parts.append(re.sub(r"[^\n]", "_", text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def prose_of(body: str) -> str:
    """The body with code, HTML tags and link addresses blanked: what the text rules read."""
    text = _blank(body, _FENCE)
    text = _blank(text, _INLINE_CODE)
    text = _blank(text, _HTML_TAG)
    text = _blank(text, _LINK_TARGET, 1)
    return _blank(text, _BARE_URL)


def links(body: str) -> list[Link]:
    """Every address the body links to, in order (Markdown targets, href, bare addresses)."""
    return list(_links(body))


@lru_cache(maxsize=4)  # the text rules and the library's link check read the same body in one check
def _links(body: str) -> tuple[Link, ...]:
    outside_code = _blank(_blank(body, _FENCE), _INLINE_CODE)
    found: dict[int, Link] = {}
    patterns = (_LINK_TARGET, _HREF) if "href" in outside_code.lower() else (_LINK_TARGET,)
    for pattern in patterns:
        for m in pattern.finditer(outside_code):
            found[m.start(1)] = Link(m.group(1), m.start(1), m.end(1))
    covered = [(link.start, link.end) for link in found.values()]
    for m in _BARE_URL.finditer(outside_code):
        if not any(s <= m.start() < e for s, e in covered):
            url = m.group().rstrip(".,;:!?،؛")
            found[m.start()] = Link(url, m.start(), m.start() + len(url))
    return tuple(found[k] for k in sorted(found))


def text_findings(body: str, *, edition: str, title: str = "", excerpt: str = "", digits: str = "",
                  number: NumberFormat = str) -> list[Finding]:
    """Every text rule on one article's body (and its title and excerpt for the letter forms)."""
    lines = LineIndex(body, number)
    prose = prose_of(body)
    found: list[Finding] = []
    found += _brackets(prose, lines, edition)
    found += _letter_forms(prose, lines, edition, title, excerpt)
    if digits:
        found += _digits(prose, lines, edition, DigitSystem(digits))
    found += _double_spaces(prose, lines, edition)
    found += _empty_paragraphs(body, lines, edition)
    found += _http_links(body, lines, edition)
    return found


def _brackets(prose: str, lines: LineIndex, edition: str) -> list[Finding]:
    found: list[Finding] = []
    text = _blank(prose, _ENUMERATOR)
    for para in _PARAGRAPH.finditer(text):
        stack: list[tuple[str, int]] = []
        straight: list[int] = []
        problem: tuple[str, int] | None = None
        for m in _BRACKETS.finditer(para.group()):
            ch, at = m.group(), para.start() + m.start()
            if ch == '"':
                straight.append(at)
            elif ch in _OPENERS:
                stack.append((ch, at))
            elif stack and stack[-1][0] == _PAIRS[ch]:
                stack.pop()
            else:
                problem = (ch, at)
                break
        if problem is None and stack:
            problem = stack[-1]
        if problem is None and len(straight) % 2:
            problem = ('"', straight[-1])
        if problem is not None:
            ch, at = problem
            found.append(Finding("unbalanced", Severity.WARNS, translate(
                "core.preflight_text", "The {mark} on line {line} is not closed or opened: quotes or brackets are "
                "unbalanced in this paragraph.").format(mark=ch, line=lines.line_words(at)), edition,
                lines.at(para.start(), para.end())))
    return found


def _letter_forms(prose: str, lines: LineIndex, edition: str, title: str, excerpt: str) -> list[Finding]:
    if edition not in _FORMS:
        return []
    other_edition, forms = _FORMS[edition]
    found: list[Finding] = []
    for letter, (own, other) in forms.items():
        pattern = re.compile(f"[{other}]")
        match = pattern.search(prose)
        where: Location | None = lines.at(match.start(), match.end()) if match else None
        count = len(pattern.findall(prose))
        for name, text in (("title", title), ("excerpt", excerpt)):
            hits = len(pattern.findall(text))
            if hits and where is None:
                where = field_at(name)
            count += hits
        if not count or where is None:
            continue
        if letter == "yeh":
            message = translate("core.preflight_text", "This {edition} article mixes in the {language} form of yeh "
                                "({other}) where the {edition} form is {own}; count: {count}.")
        else:
            message = translate("core.preflight_text", "This {edition} article mixes in the {language} form of kaf "
                                "({other}) where the {edition} form is {own}; count: {count}.")
        found.append(Finding("letter_forms", Severity.WARNS, message.format(
            edition=edition_name(edition), language=edition_name(other_edition), other=" ".join(other), own=own,
            count=lines.number(count)), edition, where))
    return found


def _digits(prose: str, lines: LineIndex, edition: str, wanted: DigitSystem) -> list[Finding]:
    others = "".join(d for system, d in DIGITS.items() if system is not wanted)
    pattern = re.compile(f"[{others}]+")
    matches = list(pattern.finditer(prose))
    if not matches:
        return []
    first = matches[0]
    return [Finding("digits", Severity.WARNS, translate(
        "core.preflight_text", "The body writes numbers in other digits than the {edition} edition asks for "
        "({digits}); count: {count}, the first on line {line}.").format(
        edition=edition_name(edition), digits=DIGITS[wanted], count=lines.number(len(matches)),
        line=lines.line_words(first.start())),
        edition, lines.at(first.start(), first.end()))]


def _double_spaces(prose: str, lines: LineIndex, edition: str) -> list[Finding]:
    matches = [m for m in _SPACES.finditer(prose) if m.start() > 0 and m.end() < len(prose)
               and not prose[m.start() - 1].isspace() and not prose[m.end()].isspace()]
    if not matches:
        return []
    first = matches[0]
    return [Finding("double_space", Severity.NOTE, translate(
        "core.preflight_text", "Double spaces between words; count: {count}, the first on line {line}.").format(
        count=lines.number(len(matches)), line=lines.line_words(first.start())), edition,
        lines.at(first.start(), first.end()))]


def _empty_paragraphs(body: str, lines: LineIndex, edition: str) -> list[Finding]:
    found: list[Finding] = []
    for para in _PARAGRAPH.finditer(body):
        text = para.group().strip("\n")
        if _EMPTY_PARAGRAPH.match(text):
            found.append(Finding("empty_paragraph", Severity.WARNS, translate(
                "core.preflight_text", "Line {line} is an empty paragraph: readers see a gap.").format(
                line=lines.line_words(para.start())), edition, lines.at(para.start(), para.start() + len(text))))
    return found


def _http_links(body: str, lines: LineIndex, edition: str) -> list[Finding]:
    found: list[Finding] = []
    for link in links(body):
        if link.url.lower().startswith("http://"):
            found.append(Finding("http_link", Severity.WARNS, translate(
                "core.preflight_text", "The link {url} on line {line} is plain http: browsers warn readers or "
                "refuse it; use https.").format(url=link.url, line=lines.line_words(link.start)), edition,
                lines.at(link.start, link.end)))
    return found
