"""Keeps Python-Markdown linear on hostile input (a Python-Markdown extension used by core.render).

Profiling showed where Python-Markdown 3.x spends quadratic (or worse) time:

- every `[` that starts a link, image, reference or footnote is matched by scanning the rest of the
  paragraph for its `]` (`LinkInlineProcessor.getText`): 8 KB of `[` took 9 s, 50 KB minutes;
- after `[a](` the destination is scanned to the paragraph's end for its `)` (`getLink`): `[a](` x 20,000
  took 101 s;
- a start tag with no `>` makes the standard library's HTML parser, which reads raw HTML, match the rest
  of the document as its attributes (`check_for_whole_start_tag`): `<a ` x 30,000 took 87 s;
- each inline match (an escape, a tag, an emphasis) rebuilds the paragraph's text, so a paragraph with
  tens of thousands of them is quadratic whatever they are (`InlineProcessor.__applyPattern`);
- container markers nest without limit (`> > > ...`, `- - - ...`): 100 KB of them took seconds or
  overflowed the stack.

The guard neutralises each at its mechanism before the slow step runs:
- the `<` of a tag that never ends (when there are more than a few) is held as a private character
  through the parse and written as `&lt;` at the end: the same text, never read as a tag;
- a paragraph with more than MAX_INLINE_MARKS characters that start inline markup is shown as the text
  it is, without inline formatting (nothing is lost; no article has such a paragraph);
- an `[` that never closes or nests past MAX_NESTING, and a link's `(` that never closes, are escaped
  (`\\[`, `\\(`: the same characters shown), outside code spans;
- container markers past MAX_NESTING on one line are escaped.
"""

from __future__ import annotations

import bisect
import html
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

MAX_NESTING = 16
# Unfinished tags are few in real text; past this many each one's "<" is held as _LT (a scan is cheap).
MAX_UNFINISHED_TAGS = 16
# Characters that can start inline markup; a paragraph with more is plain text (each match costs a copy).
MAX_INLINE_MARKS = 1000
# Raw HTML elements open at once, code fences and bare "&" in one document: far past any article.
MAX_HTML_NESTING = 64
MAX_FENCES = 200
MAX_BARE_AMPERSANDS = 1000
_INLINE_MARKS = re.compile(r"[\[\]`*_<&\\!\ue002\ue003]")
# Private-use characters that hold a character as text through the parse; _Release writes them back.
_LT, _AMP, _BACKTICK, _TILDE = "\ue002", "\ue003", "\ue004", "\ue005"
_HELD = {_LT: "&lt;", _AMP: "&amp;", _BACKTICK: "`", _TILDE: "~"}
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
_FENCE = re.compile(r"(?m)^[ \t]{0,3}(?=```|~~~)")
_BARE_AMPERSAND = re.compile(r"&(?!#?[a-zA-Z0-9]{1,32};)")

_TAG_START = re.compile(r"</?[a-zA-Z]")
# A whole tag as the HTML parser would find its end: quoted values may hold "<" and ">".
_WHOLE_TAG = re.compile(r"""</?[a-zA-Z][^\s/>"'<]*(?:[^<>"']|"[^"]*"|'[^']*')*>""")
_CONTAINERS = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*")
_BACKTICKS = re.compile(r"`+")
_ESCAPED_OR_BRACKET = re.compile(r"\\.|[\[\]()]", re.S)


def _hold(text: str, positions: list[int], held: str) -> str:
    """`text` with the character at each of `positions` (ascending) replaced by `held`."""
    pieces, last = [], 0
    for pos in positions:
        pieces += [text[last:pos], held]
        last = pos + 1
    return "".join(pieces) + text[last:]


def _hold_hostile_tags(text: str) -> str:
    """_LT for each `<` that starts a tag with no end (when there are enough to cost time) or that opens
    an element MAX_HTML_NESTING deep."""
    unfinished: list[int] = []
    too_deep: list[int] = []
    depth = 0
    for match in _TAG_START.finditer(text):
        whole = _WHOLE_TAG.match(text, match.start())
        if whole is None:
            unfinished.append(match.start())
            continue
        tag = whole.group()
        name = re.match(r"</?([a-zA-Z][^\s/>]*)", tag)
        if tag.startswith("</"):
            depth = max(0, depth - 1)
        elif not tag.endswith("/>") and name is not None and name.group(1).lower() not in _VOID:
            depth += 1
            if depth > MAX_HTML_NESTING:
                too_deep.append(match.start())
                depth -= 1
    if len(unfinished) <= MAX_UNFINISHED_TAGS:
        unfinished = []
    return _hold(text, sorted(unfinished + too_deep), _LT) if unfinished or too_deep else text


def _cap_containers(line: str) -> str:
    """A line's leading `>`/list markers beyond MAX_NESTING escaped, so they are text."""
    end, count = 0, 0
    while count <= MAX_NESTING:
        match = _CONTAINERS.match(line, end)
        if match is None or match.end() == end:
            return line
        count += 1
        if count > MAX_NESTING:
            marker = match.start() + len(match.group()) - len(match.group().lstrip(" \t"))
            return line[:marker] + "\\" + line[marker:]
        end = match.end()
    return line


class _FenceGuard(Preprocessor):
    """Runs before fenced code is read (each fence copies the whole text once)."""

    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        for held in _HELD:  # the article's own private-use characters, kept as references
            text = text.replace(held, f"&#x{ord(held):x};")
        fences = [m.end() for m in _FENCE.finditer(text)]
        if len(fences) > MAX_FENCES:
            later = fences[MAX_FENCES:]
            text = _hold(_hold(text, [p for p in later if text[p] == "`"], _BACKTICK),
                         [p for p in later if text[p] == "~"], _TILDE)
        return text.split("\n")


class _SourceGuard(Preprocessor):
    """Runs after fenced code is set aside and before raw HTML is read."""

    def run(self, lines: list[str]) -> list[str]:
        lines = [_cap_containers(line) if len(line) > 2 * MAX_NESTING else line for line in lines]
        text = "\n".join(lines)
        if text.count("<") > MAX_UNFINISHED_TAGS:
            text = _hold_hostile_tags(text)
        if text.count("&") > MAX_BARE_AMPERSANDS:
            bare = [m.start() for m in _BARE_AMPERSAND.finditer(text)]
            if len(bare) > MAX_BARE_AMPERSANDS:
                text = _hold(text, bare, _AMP)
        return text.split("\n")


def _code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each code span: a backtick run up to the next run of the same length."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for start, end in runs:
        by_length.setdefault(end - start, []).append(start)
    spans: list[tuple[int, int]] = []
    covered = -1
    for start, end in runs:
        if start < covered:
            continue
        same = by_length[end - start]
        k = bisect.bisect_right(same, start)
        if k < len(same):
            close = same[k]
            covered = close + (end - start)
            spans.append((start, covered))
    return spans


def _escape_open_brackets(text: str) -> str:
    """`\\[` / `\\(` for each bracket that never closes or nests past MAX_NESTING (outside code spans)."""
    spans = _code_spans(text) if "`" in text else []
    starts = [s for s, _ in spans]
    escape: list[int] = []
    stacks: dict[str, list[int]] = {"[": [], "(": []}
    for match in _ESCAPED_OR_BRACKET.finditer(text):
        pos, ch = match.start(), match.group()
        if len(ch) == 2:
            continue
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < spans[k][1]:
            continue
        opener = "[" if ch in "[]" else "("
        stack = stacks[opener]
        if ch == opener:
            if len(stack) < MAX_NESTING:
                stack.append(pos)
            elif opener == "[" or text[pos - 1] == "]":  # a "(" only matters as a link's destination
                escape.append(pos)
        elif stack:
            stack.pop()
    escape += stacks["["] + [p for p in stacks["("] if p > 0 and text[p - 1] == "]"]
    if not escape:
        return text
    pieces, last = [], 0
    for pos in sorted(escape):
        pieces += [text[last:pos], "\\"]
        last = pos
    return "".join(pieces) + text[last:]


class _BracketGuard(Treeprocessor):
    """Runs on each block's text before the inline patterns (code blocks are not inline text)."""

    def run(self, root: Any) -> None:
        for element in root.iter():
            if element.tag in ("pre", "code"):
                continue
            for attr in ("text", "tail"):
                value = getattr(element, attr)
                if not value or isinstance(value, AtomicString):
                    continue
                if len(_INLINE_MARKS.findall(value)) > MAX_INLINE_MARKS:
                    setattr(element, attr, AtomicString(value))  # shown as the text it is
                elif "[" in value or "(" in value:
                    setattr(element, attr, _escape_open_brackets(value))


class _Release(Postprocessor):
    """The held characters written back, as text."""

    def run(self, text: str) -> str:
        for held, written in _HELD.items():
            if held in text:
                text = text.replace(held, written)
        return text


class GuardExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.preprocessors.register(_FenceGuard(md), "nejat_fence_guard", 27)  # before fenced code
        md.preprocessors.register(_SourceGuard(md), "nejat_source_guard", 22)  # after fences, before raw HTML
        md.treeprocessors.register(_BracketGuard(md), "nejat_bracket_guard", 25)  # before inline patterns
        md.postprocessors.register(_Release(md), "nejat_release", 5)  # after raw HTML is put back


# --- the last line of defence ------------------------------------------------------------------------
# Python-Markdown has more slow paths than the ones above (its block parser copies the rest of a block at
# each heading line: 25,000 of them took 36 s). Past the budget a render stops and the text is shown as
# plain paragraphs: every character kept and visible, no formatting, and the caller is told.
RENDER_BUDGET = 0.6  # seconds of this thread's CPU time (a busy machine does not shorten it)
GUARDED_SIZE = 10_000  # characters; below this even a quadratic path finishes well within the budget


class RenderTooSlow(Exception):
    """Raised inside a render that used up its budget."""


@contextmanager
def cpu_deadline(seconds: float) -> Iterator[None]:
    """Raise RenderTooSlow in this thread once the block has used `seconds` of its CPU time.

    A profile hook (this thread only) looks at the clock every 1,024 calls: Python-Markdown's slow paths
    are loops of Python calls, so it is reached within milliseconds of the deadline."""
    deadline = time.thread_time() + seconds
    calls = 0
    previous = sys.getprofile()

    def hook(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        calls += 1
        if calls & 0x3FF == 0 and time.thread_time() > deadline:
            raise RenderTooSlow

    sys.setprofile(hook)
    try:
        yield
    finally:
        sys.setprofile(previous)


def plain_paragraphs(text: str) -> str:
    """`text` as HTML paragraphs of escaped text (line breaks kept): what a render that gave up shows."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    return "\n".join("<p>" + html.escape(p.strip("\n")).replace("\n", "<br>\n") + "</p>" for p in paragraphs)

