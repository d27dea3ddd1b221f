"""The pre-flight check's pure rules (no library): text, fields, pictures, snippets, edition rules."""

from __future__ import annotations

import pytest

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.preflight import (
    ArticleFields,
    EditionRules,
    PictureFacts,
    Severity,
    ShareFacts,
    open_graph_findings,
    picture_findings,
    required_fields,
    rules_from_json,
    snippet_findings,
    sort_findings,
)
from nejat_desk.core.preflight_text import links, text_findings


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_brackets_and_quotes_per_paragraph_code_and_enumerators_left_alone() -> None:
    body = ("A (closed) and [closed] «closed» “closed” \"closed\".\n\n"
            "1) a list item\nb) another one\n\n"
            "```\nprint((1)\n```\n\n"
            "Inline `f(` code and a [link](https://x.org/a_(b)) here.\n")
    assert codes(text_findings(body, edition="en")) == []
    found = text_findings("First para fine.\n\nSecond (never closed.\n\nThird ] stray.\n\nA \"lone quote.",
                          edition="en")
    assert [(f.code, f.location.first_line) for f in found] == [("unbalanced", 3), ("unbalanced", 5),
                                                                ("unbalanced", 7)]
    assert "(" in found[0].message and "]" in found[1].message and '"' in found[2].message


def test_letter_forms_of_the_other_language_in_farsi_and_arabic() -> None:
    farsi = text_findings("کتاب یک\n\nكتاب يك", edition="fa")
    assert codes(farsi) == ["letter_forms", "letter_forms"]
    assert all(f.location.first_line == 3 for f in farsi)
    assert "Arabic form of yeh" in farsi[0].message or "Arabic form of yeh" in farsi[1].message
    arabic = text_findings("كتاب ي", edition="ar", title="کتاب")
    assert codes(arabic) == ["letter_forms"] and "Farsi form of kaf" in arabic[0].message
    assert arabic[0].location.field == "title"  # found in the title only
    assert text_findings("كتاب يك", edition="en") == []  # no rule for other editions


def test_digits_follow_the_edition_rule_outside_links_and_code() -> None:
    body = "سال ۱۴۰۵ و [پیوند](https://x.org/2026) و `x = 3`\n\nامروز 12 نفر و ٣ خانه"
    assert codes(text_findings(body, edition="fa")) == []  # no rule: any digits
    [found] = text_findings(body, edition="fa", digits="persian")
    assert found.code == "digits" and found.location.first_line == 3 and "count: 2" in found.message
    assert body[found.location.start:found.location.end] == "12"
    assert text_findings("٣ و ٤", edition="ar", digits="arabic") == []


def test_double_spaces_empty_paragraphs_and_http_links() -> None:
    body = "Two  spaces here.  \nA hard break above is fine.\n\n&nbsp;\n\n\u200c\n\n<p></p>\n\nSee http://plain.org and https://safe.org."
    found = text_findings(body, edition="en")
    assert codes(found) == ["double_space", "empty_paragraph", "empty_paragraph", "empty_paragraph", "http_link"]
    assert found[0].severity is Severity.NOTE and "count: 1" in found[0].message
    assert [f.location.first_line for f in found if f.code == "empty_paragraph"] == [4, 6, 8]
    assert found[-1].location.first_line == 10 and "http://plain.org" in found[-1].message


def test_links_are_found_in_markdown_html_and_bare_addresses_once_each() -> None:
    body = ("[a](https://a.org/x) <a href=\"https://b.org/\">b</a> https://c.org/y, and "
            "<https://d.org> and `https://code.org`")
    assert [link.url for link in links(body)] == ["https://a.org/x", "https://b.org/", "https://c.org/y",
                                                  "https://d.org"]


def test_required_fields_block_only_where_the_edition_says() -> None:
    bare = ArticleFields("en", "", "", "body", "", "", "", None)
    found = required_fields(bare, EditionRules())
    assert [(f.code, f.severity) for f in found] == [
        ("missing_title", Severity.BLOCKS), ("missing_excerpt", Severity.WARNS), ("missing_category", Severity.WARNS),
        ("missing_byline", Severity.WARNS), ("missing_featured", Severity.WARNS)]
    strict = required_fields(bare, EditionRules(required=frozenset({"category", "featured_image"})))
    assert {f.code for f in strict if f.severity is Severity.BLOCKS} == {"missing_title", "missing_category",
                                                                          "missing_featured"}
    assert sort_findings(reversed(strict))[0].severity is Severity.BLOCKS


def _picture(**changes) -> PictureFacts:
    values = dict(media_id=7, label="harbour.jpg", kind="image", alt="Harbour", caption="The harbour", credit="AP",
                  has_gps=False, focal_set=True, width=1600, height=900, role="featured")
    values.update(changes)
    return PictureFacts(**values)


def test_pictures_and_the_link_preview_image() -> None:
    assert picture_findings([_picture()], "fa") == []
    assert [(f.code, f.severity) for f in picture_findings([_picture(alt="", caption="", credit="", has_gps=True,
                                                                     focal_set=False)], "fa")] == [
        ("missing_alt", Severity.BLOCKS), ("missing_caption", Severity.WARNS), ("missing_credit", Severity.WARNS),
        ("gps", Severity.NOTE), ("focal_not_set", Severity.NOTE)]
    [flagged] = picture_findings([_picture(alt="", alt_flagged_from_site=True)], "en")
    assert flagged.severity is Severity.WARNS  # came that way from the site: not a reason to hold it
    assert picture_findings([_picture(kind="pdf", alt="")], "en") == []
    assert open_graph_findings(_picture(), "en") == []
    assert codes(open_graph_findings(_picture(width=1200, height=629), "en")) == ["small_og_image"]
    assert codes(open_graph_findings(None, "en")) == ["missing_og_image"]
    assert codes(open_graph_findings(_picture(kind="video"), "en")) == ["missing_og_image"]


def test_snippet_limits_by_platform() -> None:
    fine = ShareFacts("Harbour reopens", "Ships are back.", "https://nejat.example.org/x/", "en", ("Nejat",))
    assert snippet_findings(fine) == []
    long = ShareFacts("Word " * 30, "Word " * 300, "https://nejat.example.org/x/", "en")
    messages = [f.message for f in snippet_findings(long)]
    assert any("X text" in m for m in messages) and any("Telegram" in m for m in messages)
    assert all(f.severity is Severity.NOTE for f in snippet_findings(long) if f.code == "snippet_too_long")
    edited = ShareFacts("Short", "Short.", "https://n.org/x/", "en", edited={"x": "x" * 281, "pinterest": "p" * 501})
    over = [f for f in snippet_findings(edited) if f.code == "snippet_too_long"]
    assert [f.severity for f in over] == [Severity.WARNS, Severity.WARNS]
    assert "281" in over[0].message and "501" in over[1].message


def test_edition_rules_from_json_name_the_problem() -> None:
    assert rules_from_json({"fa": {"required": ["excerpt"], "translations": ["en"], "digits": "persian"},
                            "xx": {}})["fa"] == EditionRules(frozenset({"excerpt"}), ("en",), "persian")
    for bad, words in (({"required": ["colour"]}, "required fields"), ({"translations": ["fa"]}, "translations"),
                       ({"digits": "roman"}, "digits"), ([], "JSON object")):
        with pytest.raises(ValidationError, match=words):
            EditionRules.from_json("fa", bad)


def test_numbers_are_written_the_way_the_caller_asks() -> None:
    persian = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

    def digits(n: int) -> str:
        return str(n).translate(persian)

    [found] = text_findings("a\n\nb\n\nTwo  spaces.", edition="en", number=digits)
    assert "line ۵" in found.message and "count: ۱" in found.message
    [small] = open_graph_findings(_picture(width=640, height=360), "fa", digits)
    assert "۶۴۰ × ۳۶۰" in small.message and "۱۲۰۰ × ۶۳۰" in small.message
    [subject] = snippet_findings(ShareFacts("T" * 80, "", "", "en"), digits)
    assert "۸۰" in subject.message and "80" not in subject.message
