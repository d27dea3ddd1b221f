from datetime import UTC, datetime

import pytest

from nejat_desk.core.domain import ArticleStatus
from nejat_desk.core.frontmatter import FrontMatterError, parse_document, render_document

DOC = """---
title: خبر مهم درباره John Smith
edition: fa
slug: خبر-مهم
category: جهان/عراق
tags: [سیاست, عراق]
byline: مریم
source: Reuters
source_url: https://example.org/a?b=1
excerpt: خلاصه
status: scheduled
date: 2024-05-01T08:00:00+03:30
scheduled: 2024-05-02T06:00:00Z
featured_image: images/cover.jpg
translation_of: {edition: en, slug: big-news}
custom_key: {nested: [1, 2]}
---
متن با عدد 42 و **تاکید**.
"""


def test_parse_all_known_keys():
    doc = parse_document(DOC)
    assert doc.title == "خبر مهم درباره John Smith" and doc.edition == "fa"
    assert doc.category == "جهان/عراق" and doc.tags == ["سیاست", "عراق"]
    assert doc.status is ArticleStatus.SCHEDULED
    assert doc.date == datetime(2024, 5, 1, 4, 30, tzinfo=UTC)
    assert doc.scheduled == datetime(2024, 5, 2, 6, 0, tzinfo=UTC)
    assert doc.translation_of == ("en", "big-news")
    assert doc.extra == {"custom_key": {"nested": [1, 2]}}
    assert doc.body == "متن با عدد 42 و **تاکید**.\n"


def test_round_trip_is_byte_stable():
    once = render_document(parse_document(DOC))
    assert render_document(parse_document(once)) == once
    assert "custom_key" in once  # unknown keys are written back, never dropped


@pytest.mark.parametrize("meta, key, words", [
    ("title: x\nedition: zz", "edition", "not an edition"),
    ("edition: en", "title", "missing"),
    ("title: x\nedition: en\ndate: 2024-02-30T10:00:00Z", "date", "not a valid"),
    ("title: x\nedition: en\ndate: 2024-02-01 10:00", "date", "UTC offset"),
    ("title: x\nedition: en\nstatus: flying", "status", "not a status"),
    ("title: x\nedition: en\nstatus: scheduled", "scheduled", "needs"),
    ("title: x\nedition: en\nsource_url: javascript:alert(1)", "source_url", "not an http"),
    ("title: x\nedition: en\ntags: {a: 1}", "tags", "list"),
    ("title: x\nedition: en\ntranslation_of: en/foo", "translation_of", "mapping"),
])
def test_bad_values_name_the_key(meta, key, words):
    with pytest.raises(FrontMatterError) as info:
        parse_document(f"---\n{meta}\n---\nbody\n")
    assert info.value.key == key and words in str(info.value)


def test_broken_yaml_and_missing_block():
    with pytest.raises(FrontMatterError, match="YAML front matter is broken"):
        parse_document("---\ntitle: [unclosed\nedition: en\n---\n")
    with pytest.raises(FrontMatterError, match="no YAML front matter"):
        parse_document("# just markdown\n")
    with pytest.raises(FrontMatterError, match="mapping"):
        parse_document("---\n- a\n- b\n---\n")
