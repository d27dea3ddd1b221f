"""html_to_markdown's self-check: every converted block is checked in one render (issue #16)."""

from __future__ import annotations

import pytest

from nejat_desk.core import htmlmd
from nejat_desk.core.htmlmd import html_to_markdown

# Blocks markdownify turns into Markdown that renders as something else: they must stay raw HTML.
MIXED = ("<p>Intro with <a href=\"https://example.org/a\">a link</a>.</p><p>1986. A great year</p>"
         "<h2>Sub</h2><p>[x](y)</p><ul><li>one</li><li>two</li></ul><p>&lt;b&gt;x&lt;/b&gt;</p>"
         "<p># not a heading</p><blockquote><p>q</p></blockquote>")
MIXED_MD = ("Intro with [a link](https://example.org/a).\n\n<p>1986. A great year</p>\n\n## Sub\n\n"
            "<p>[x](y)</p>\n\n- one\n- two\n\n<p>&lt;b&gt;x&lt;/b&gt;</p>\n\n<p># not a heading</p>\n\n> q\n")


def test_blocks_that_do_not_render_back_stay_raw_among_clean_ones() -> None:
    assert html_to_markdown(MIXED) == MIXED_MD


def test_one_render_checks_all_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = htmlmd.render_markdown
    monkeypatch.setattr(htmlmd, "render_markdown", lambda md: calls.append(md) or real(md))
    assert html_to_markdown(MIXED) == MIXED_MD
    assert len(calls) == 1


@pytest.mark.parametrize("planted", ["<p>NejatBlockCheck7f3a1</p>", "<p>NejatBlockCheck7f3a99</p>",
                                     "<p>x NejatBlockCheck7f3a0 y</p>"])
def test_text_like_the_check_markers_does_not_confuse_the_check(planted: str) -> None:
    """A post holding the markers' text: the blocks are then checked one by one, same result."""
    expected = MIXED_MD + "\n" + html_to_markdown(planted)
    assert html_to_markdown(MIXED + planted) == expected


def test_paragraphs_of_plain_text_need_no_check_render(monkeypatch: pytest.MonkeyPatch) -> None:
    """Most news paragraphs are text only: they render as themselves and are not checked; one that
    Markdown would read as syntax (a number and a dot at the start) still is, and stays raw."""
    calls: list[str] = []
    real = htmlmd.render_markdown
    monkeypatch.setattr(htmlmd, "render_markdown", lambda md: calls.append(md) or real(md))
    plain = "<p>The harbour reopens, after 3 weeks (and 50% less traffic) — «finally».</p><p>بندر باز شد؛ چرا؟</p>"
    assert html_to_markdown(plain) == ("The harbour reopens, after 3 weeks (and 50% less traffic) — «finally».\n\n"
                                       "بندر باز شد؛ چرا؟\n")
    assert calls == []
    assert html_to_markdown(plain + "<p>1986. A great year</p>").endswith("\n\n<p>1986. A great year</p>\n")
    assert len(calls) == 1
