"""Issue #18: the preview's date line is the line the exported page will show (the edition's
calendar, time zone and digits, each value isolated), and its byline is joined the edition's way."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from nejat_desk.core.domain import edition_defaults
from nejat_desk.exporters.model import ExEdition
from nejat_desk.exporters.page_frame import date_line
from nejat_desk.gui.articles.page import PageContext, page_html

WHEN = datetime(2024, 3, 2, 6, 0, tzinfo=UTC)


def _edition(code: str) -> ExEdition:
    d = edition_defaults(code)
    return ExEdition(d.code, d.name, d.native_name, d.language, d.direction.value, d.time_zone, d.site_url,
                     d.permalink_pattern, calendar=d.calendar)


def _meta(page: str) -> str:
    found = re.search(r'<p class="meta" dir="\w+">(.*?)</p>', page)
    assert found, page
    return found.group(1)


def test_the_preview_shows_the_exported_pages_date_line() -> None:
    for code in ("fa", "ar", "en", "sq"):
        edition = _edition(code)
        ctx = PageContext(edition=code, title="t", date=WHEN, time_zone=edition.time_zone, calendar=edition.calendar)
        exported = date_line(edition, WHEN, comments=True)
        assert exported == f'<p class="meta">{_meta(page_html("x", ctx))}</p>', code
    fa = _meta(page_html("x", PageContext(edition="fa", date=WHEN, time_zone="Asia/Tehran", calendar="jalali")))
    assert '<time datetime="2024-03-02T09:30:00+03:30" dir="rtl">۱۲ اسفند ۱۴۰۲</time>' in fa
    assert '<span dir="rtl"><bdi>۰</bdi> دیدگاه</span>' in fa


def test_the_preview_joins_bylines_the_editions_way() -> None:
    ar = _meta(page_html("x", PageContext(edition="ar", date=WHEN, byline="Jane Doe, سارة")))
    assert ar.endswith(" · <bdi>Jane Doe</bdi>، <bdi>سارة</bdi>")
    assert "٢٠٢٤" in ar and "2024" not in ar.split("datetime=")[1].split(">", 1)[1]
