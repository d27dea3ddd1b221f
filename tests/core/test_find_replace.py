import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.find_replace import (
    codepoint_offset,
    compile_pattern,
    find_all,
    plan_replace_all,
    utf16_offset,
)


def test_literal_find_is_escaped_and_case_insensitive_by_default() -> None:
    pattern = compile_pattern("a.b")
    assert find_all("A.B axb a.b", pattern) == [(0, 3), (8, 11)]


def test_regex_replace_with_groups() -> None:
    pattern = compile_pattern(r"(\d+)-(\d+)", regex=True)
    edits = plan_replace_all("pages 10-12 and 3-4", pattern, r"\2–\1", regex=True)
    assert [(e.start, e.end, e.replacement) for e in edits] == [(6, 11, "12–10"), (16, 19, "4–3")]


def test_bad_regex_and_empty_query_give_clear_messages() -> None:
    with pytest.raises(ValidationError, match="not valid"):
        compile_pattern("(unclosed", regex=True)
    with pytest.raises(ValidationError, match="Type something"):
        compile_pattern("")
    with pytest.raises(ValidationError, match="replacement is not valid"):
        plan_replace_all("abc", compile_pattern("b", regex=True), r"\9", regex=True)


def test_utf16_offsets_round_trip_past_an_emoji() -> None:
    text = "a😀b"
    assert utf16_offset(text, 2) == 3
    assert codepoint_offset(text, 3) == 2


def test_diff_html_marks_added_and_removed_lines_escaped() -> None:
    from nejat_desk.core.textdiff import diff_counts, diff_html

    html = diff_html("one\n<two>\nthree", "one\nTWO\nthree")
    assert "− &lt;two&gt;" in html and "+ TWO" in html
    assert diff_counts("a\nb", "a\nc\nd") == (2, 1)
    assert "No differences" in diff_html("same", "same")


def test_block_rendering_matches_a_whole_render() -> None:
    from nejat_desk.core.render import render_markdown
    from nejat_desk.gui.articles.page import BlockRenderer, markdown_blocks

    text = ("# Title\n\nPara one with **bold**.\n\n- a\n- b\n\n- c loose\n\n1. one\n\n2. two\n\n"
            "```\ncode\n\nmore code\n```\n\n> quote\n\n> more\n\n    indented\n\n    code\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nEnd <script>x()</script>")
    renderer = BlockRenderer()
    assert renderer.render(text) == render_markdown(text).replace("\n\n", "\n") or \
        _normal(renderer.render(text)) == _normal(render_markdown(text))
    assert "script" not in renderer.render(text)
    assert len(markdown_blocks(text)) == 4
    assert len(markdown_blocks("one\n\ntwo\n\n## three\n\nfour")) == 4
    # References across blocks fall back to a whole render.
    ref = "See [the site][s].\n\n[s]: https://example.org"
    assert 'href="https://example.org"' in renderer.render(ref)


def _normal(html: str) -> str:
    return "".join(html.split())
